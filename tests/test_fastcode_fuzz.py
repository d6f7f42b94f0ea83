"""Untrusted text through the compiled engine: long, odd and non-ASCII input must never crash it
and must code exactly as the Python rules do. Run under AddressSanitizer and UBSan by
scripts/sanitize.sh (CI), where any memory error or undefined behaviour fails the run."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebrief.codebook import load_codebook
from casebrief.coding import fast
from casebrief.coding.coder import Coder, SentenceToCode
from casebrief.model import SECTION_KINDS

if not os.environ.get("CASEBRIEF_REQUIRE_COMPILED") and not fast.available():
    pytest.skip("the compiled coding engine is not built", allow_module_level=True)

CODER_PAIRS = {
    name: (Coder(load_codebook(name), compiled=False), Coder(load_codebook(name), compiled=True))
    for name in ("online-harm", "neglect")
}
WORDS = ["groomed", "online", "not", "no", "Snapchat", "self-harm", "IIOC", "SEND", "may", "she"]
WORDS += ["May", "3", "2025", "in", "mid", "\u0663"]  # the month or the modal, and digits

odd_text = st.one_of(
    st.text(max_size=400),  # any code points, control characters and NUL included
    st.text(alphabet=st.characters(max_codepoint=127), max_size=2000),  # ASCII, odd glue
    st.lists(st.sampled_from([*WORDS, " ", "\x00", "\t", "-", "'", "..", "#1"]), max_size=600).map(
        "".join
    ),
    st.integers(1, 3_000).map(lambda n: ("online groomed not " * n)[:n]),  # long runs
)
# The Python scope rules are quadratic on run-on "sentences" with many matches; past this size
# only the engine runs, and must not fail.
HUGE = st.integers(20_000, 200_000).map(lambda n: ("groomed online, not via Snapchat; " * n)[:n])


@settings(
    max_examples=300,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    book=st.sampled_from(sorted(CODER_PAIRS)),
    text=odd_text,
    kind=st.sampled_from([None, "", "not-a-kind", *SECTION_KINDS]),
    names=st.sampled_from([(), ("Child R",), ("", "Ž"), ("x" * 300,)]),
)
def test_odd_input_is_coded_as_python_does(book, text, kind, names):
    python, compiled = CODER_PAIRS[book]
    assert compiled.code_sentence(text, kind, names) == python.code_sentence(text, kind, names)


@settings(max_examples=60, derandomize=True, deadline=None)
@given(texts=st.lists(odd_text, max_size=12), names=st.sampled_from([(), ("Child R",)]))
def test_odd_reviews_are_coded_as_python_does(texts, names):
    python, compiled = CODER_PAIRS["online-harm"]
    sentences = [SentenceToCode(i, t, None) for i, t in enumerate(texts)]
    assert compiled.code(sentences, names) == python.code(sentences, names)


@settings(max_examples=8, derandomize=True, deadline=None)
@given(text=HUGE, kind=st.sampled_from([None, "findings"]))
def test_huge_input_is_coded_without_failing(text, kind):
    _, compiled = CODER_PAIRS["online-harm"]
    found = compiled.code_sentence(text, kind, ("Child R",))
    assert found and all(0 <= c.start < c.end <= len(text) for c in found)
