"""The compiled coding engine gives exactly the codings of the Python matcher and scope rules.

The Python code is the specification. These tests compare the two on the sample corpus, on the
scope-rule sentences, and on many generated sentences built from the codebooks' own words, the
scope rules' cue words and the punctuation that trips rules up (commas, apostrophes,
underscores, runs of spaces, new lines, capitals)."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebrief.codebook import load_codebook
from casebrief.coding import fast
from casebrief.coding.coder import Coder, SentenceToCode
from casebrief.coding.service import code_store
from casebrief.config import database_url
from casebrief.ingest import ingest
from casebrief.model import SECTION_KINDS
from casebrief.store import Store
from casebrief.store import codings as coding_store
from casebrief.text.scopes import assess, is_generic
from tests.test_scopes import CASES

CODEBOOKS = ("online-harm", "neglect")

if os.environ.get("CASEBRIEF_REQUIRE_COMPILED"):
    pass  # test_engine_is_built fails instead of the rest skipping
elif not fast.available():
    pytest.skip("the compiled coding engine is not built", allow_module_level=True)


@pytest.fixture(scope="module", params=CODEBOOKS)
def coders(request) -> tuple[Coder, Coder]:
    codebook = load_codebook(request.param)
    return Coder(codebook, compiled=False), Coder(codebook, compiled=True)


def test_engine_is_built():
    """CI sets CASEBRIEF_REQUIRE_COMPILED: a build without the engine must not pass unnoticed."""
    assert fast.available(), "casebrief.coding._fastcode did not build (is a C compiler installed?)"


def test_the_sample_corpus_is_coded_the_same(coders, corpus_store):
    python, compiled = coders
    with corpus_store.engine.connect() as conn:
        review_ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM reviews ORDER BY id")]
        reviews = [coding_store.sentences_for_coding(conn, r) for r in review_ids]
    total = 0
    for names, sentences in reviews:
        expected = python.code(sentences, names)
        assert compiled.code(sentences, names) == expected
        total += len(expected)
    assert total > 100  # the corpus does exercise the themes


@pytest.fixture(scope="module")
def engine() -> fast.FastEngine:
    return Coder(load_codebook("online-harm"), compiled=True).engine


@pytest.mark.parametrize(("sentence", "span", "negated", "hedged", "generic"), CASES)
def test_scope_rules_agree(engine, sentence, span, negated, hedged, generic):
    start = sentence.index(span)
    for kind in (None, "learning", "findings"):
        expected = assess(sentence, start, start + len(span), ["Child R"], kind)
        got = engine.assess(sentence, start, start + len(span), ("Child R",), kind)
        assert got == (expected.negated, expected.hedged, expected.generic, expected.practice)


def test_a_sentence_that_is_not_ascii_is_coded_in_python(coders):
    python, compiled = coders
    text = "She was groomed online — the man met her on Snapchat and she felt neglected."
    assert compiled.engine.code(text, "findings", ()) is None
    assert compiled.code_sentence(text, "findings") == python.code_sentence(text, "findings")


def test_a_review_mixing_ascii_and_other_sentences_keeps_sentence_order(coders):
    python, compiled = coders
    texts = [
        "She was groomed online by a man she met on Snapchat.",
        "Her café job ended; she was groomed online and sent nude images.",
        "The home was neglected and the children were hungry.",
        "Über the summer she talked to adults online; nobody noticed the neglect.",
        "Professionals did not ask about her use of social media.",
    ]
    sentences = [SentenceToCode(10 + i, t, "findings") for i, t in enumerate(texts)]
    expected = python.code(sentences, ["Child A"])
    got = compiled.code(sentences, ["Child A"])
    assert got == expected
    assert [c.sentence_id for c in got] == sorted(c.sentence_id for c in got)


def test_a_huge_sentence_is_coded_the_same(coders):
    """A run-on "sentence" from a PDF without full stops: 14,000 characters, 200 matches."""
    python, compiled = coders
    clause = "The child was not groomed online, however she may have been neglected;"
    text = " ".join([clause] * 200)
    expected = python.code_sentence(text, "findings")
    assert compiled.code_sentence(text, "findings") == expected
    # Ten times longer: the compiled engine still copes (the Python rules take minutes here).
    longer = compiled.code_sentence(" ".join([clause] * 2000), "findings")
    assert len(longer) == 10 * len(expected)


def test_empty_and_wordless_sentences(coders):
    _, compiled = coders
    for text in ("", " ", "...", "\n\t", "_"):
        assert compiled.code_sentence(text, None) == []


def test_bad_arguments_raise_instead_of_crashing(coders):
    _, compiled = coders
    engine = compiled.engine
    with pytest.raises(TypeError):
        engine.code(b"bytes are not text", None, ())
    with pytest.raises(TypeError):
        engine.code_many([(1, "a sentence without its section kind")], ())
    with pytest.raises(TypeError):
        engine.code_many([(1, 42, None)], ())
    with pytest.raises(ValueError):
        engine.assess("short", 3, 99, (), None)


def test_tables_with_a_slot_naming_a_missing_word_are_refused():
    """The engine trusts the ids in its tables while it codes: a pattern slot that names a word
    or prefix the tables do not hold is refused when the engine is built, not read out of
    bounds later."""
    from casebrief.coding.coder import Coding, confidence
    from casebrief.coding.matcher import Matcher

    arguments = fast.engine_arguments(Matcher(load_codebook("neglect")), set(), confidence, Coding)
    words, prefixes, _nodes, scanners = arguments[:4]
    patterns = scanners[0][0]
    for marker in (2 * len(words), 2 * len(prefixes) + 1, -2):
        root, theme, role, source, letters, _ = patterns[0]
        patterns[0] = (root, theme, role, source, letters, ((marker,),))
        with pytest.raises(ValueError, match="missing word or prefix"):
            fast._fastcode.Engine(*arguments)


# Words the scope rules look for (text/scopes.py), and words near them.
SCOPE_CUES = """law legislation guidance act says treats sets requires no not never nor neither none nothing without denied denies deny denying absence
    lack of evidence ruled rule out unfounded disproved substantiated unsubstantiated didn't
    couldn't won't can't isn't was were is are has have had been be being found identified
    present the case a factor only just doubt least longer until one else delay before
    professionals practitioner workers agency ask asked consider explored recognised identify
    told tell disclosed reported said wanted believed felt like fully really clearly may might
    could possibly potential perhaps if whether suspected alleged allegations at risk risks
    unclear known unknown likely appears seemed would can concern concerns that worried
    suggestion children children's young people child person parents carers schools staff
    everyone she he her him his herself should must need needs to often usually tend in general
    but and although though however whereas yet while so Child R Sam threatened warned
    promised offered demanding insisted claims saying tells unless pay confirmed established
    sure certain proved verified excluded met as As what appeared seemed teachers colleges
    evidence indication suggest of contacted looked sending anyone anything any did
    social workers health visitors nurses clinicians police officers platforms companies
    partnerships Recommendation recommendation 7.2 : 2 them me you us off better cannot will
    ? How his their name names giving consent permission warning knowing asking clothes nobody
    no-one all everything whatever best from for with into after we i they whom knew
    services agencies visitors workers officers appear overnight online again across impersonating
    which who there this it account saw seen viewed treated regarded perceived understood
    considered labelled labeled described framed interpreted recorded handled managed then how
    when where why these those its our my Mr Mrs Ms miss Dr"""


def _vocabulary() -> list[str]:
    words: set[str] = set()
    for name in CODEBOOKS:
        tables = fast._Flattener(Coder(load_codebook(name), compiled=False).matcher)
        words.update(tables.words)
        words.update(p + "ing" for p in tables.prefixes)
    cues = SCOPE_CUES.split()
    return sorted(words | set(cues))


VOCABULARY = _vocabulary()
GLUE = [
    " ",
    " ",
    " ",
    " ",
    "  ",
    ", ",
    ",",
    "; ",
    ": ",
    "\n",
    "-",
    "'",
    "_",
    ". ",
    " (",
    ") ",
    "? ",
]


@st.composite
def sentences(draw) -> str:
    count = draw(st.integers(1, 30))
    parts = []
    for _ in range(count):
        word = draw(st.sampled_from(VOCABULARY))
        case = draw(st.sampled_from(["same", "same", "same", "title", "upper"]))
        word = word.title() if case == "title" else word.upper() if case == "upper" else word
        parts.append(word)
        parts.append(draw(st.sampled_from(GLUE)))
    return "".join(parts).strip()


@settings(
    max_examples=400,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    text=sentences(),
    kind=st.sampled_from([None, *SECTION_KINDS]),
    names=st.sampled_from([(), ("Child R",), ("Sam", "")]),
)
def test_generated_sentences_are_coded_the_same(coders, text, kind, names):
    python, compiled = coders
    assert compiled.code_sentence(text, kind, names) == python.code_sentence(text, kind, names)
    assert compiled.engine.assess(text, 0, 0, names, kind)[2] == is_generic(text, names, kind)


def test_without_the_engine_coding_works_and_says_why_it_is_slow(corpus_dir, tmp_path, monkeypatch):
    """An install without a C compiler: same codings, in Python, and a warning naming the fix."""
    codebook = load_codebook("online-harm")
    reports = sorted(p for p in corpus_dir.iterdir() if p.suffix in {".pdf", ".docx", ".html"})
    results = {}
    for built in (True, False):
        if not built:
            monkeypatch.setattr(fast, "_fastcode", None)
        store = Store(database_url(tmp_path / f"built-{built}.db"))
        ingest(reports[:6], store, workers=1)
        report = code_store(store, codebook, workers=1)
        with store.engine.connect() as conn:
            results[built] = conn.exec_driver_sql(
                'SELECT sentence_id, theme, start, "end", negated, hedged, generic FROM codings '
                "ORDER BY sentence_id, theme, start"
            ).all()
        assert any("C compiler" in w for w in report.warnings) is (not built)
    assert results[False] == results[True]
    assert len(results[True]) > 20
