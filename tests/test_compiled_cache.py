"""The compiled coder kept on disk: read back, it codes as one built afresh; an edited codebook,
a damaged entry or a cache that cannot be written never changes what is coded."""

from __future__ import annotations

import os
import pickle
import time

import pytest

from casebrief import codebook as codebook_module
from casebrief.codebook import CodebookError, load_codebook, parse_codebook
from casebrief.coding import compiled_cache, fast
from casebrief.coding.coder import Coder
from tests.test_codebook import MINIMAL

pytestmark = pytest.mark.skipif(
    not fast.available(), reason="the cache holds the compiled engine's tables"
)

SENTENCES = [
    ("He groomed her online and sent nude images of her to his friends.", "findings"),
    ("There was no evidence that she had been groomed online.", "findings"),
    ("The family lived in a cold flat with little food and no heating.", "background"),
    ("Professionals should ask children about their lives online.", "learning"),
    ("Exploitation can begin with a friendly message from a stranger.", None),
    ("Staff did not see that the baby was underweight and often left alone.", "analysis"),
]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CASEBRIEF_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(compiled_cache, "WORTH_KEEPING_S", 0.0)  # keep the tiny codebooks too
    return tmp_path / "cache" / "coders"


def _codings(coder: Coder) -> list:
    return [coder.code_sentence(text, kind) for text, kind in SENTENCES]


@pytest.mark.parametrize("name", ["neglect", "online-harm"])
def test_a_coder_read_back_codes_as_one_built_afresh(cache, name):
    book = load_codebook(name)
    assert compiled_cache.load(book) is None
    built = Coder(book)
    assert compiled_cache.entry_path(book).exists()
    assert compiled_cache.load(book) is not None
    read_back = Coder(load_codebook(name))  # another reading of the same file
    assert read_back.matcher.codebook is not book  # the caller's codebook, not the pickled one
    assert _codings(read_back) == _codings(built) == _codings(Coder(book, compiled=False))
    review = [(i, text, kind) for i, (text, kind) in enumerate(SENTENCES)]
    assert read_back.engine.code_many(review, ()) == built.engine.code_many(review, ())


def test_an_edited_codebook_never_reads_the_entry_of_the_one_before(cache):
    first = parse_codebook(MINIMAL, "tiny.yaml")
    assert Coder(first).code_sentence("He was groomed online.", None)
    assert not Coder(first).code_sentence("He was sent links to a live stream.", None)
    edited = parse_codebook(
        MINIMAL.replace(
            'patterns: ["groom* online"]', 'patterns: ["groom* online", "live stream"]'
        ),
        "tiny.yaml",
    )
    assert Coder(edited).code_sentence("He was sent links to a live stream.", None)
    assert len(list(cache.glob("*.pickle"))) == 2
    # A codebook changed in memory after it was read is keyed by what it now holds.
    before = compiled_cache.entry_path(first)
    first.themes[0].patterns.append("sent links")
    assert compiled_cache.entry_path(first) != before


def test_a_codebook_whose_coder_is_kept_is_not_checked_again_but_an_edited_one_is(
    cache, monkeypatch
):
    """Expanding every pattern only to check it took 0.6 s of each command's start. A kept coder
    was built from the same patterns by the same code, so they are known good; an edit is not."""
    checked = []
    check = codebook_module._compile_all
    monkeypatch.setattr(
        codebook_module, "_compile_all", lambda *args: (checked.append(args[2]), check(*args))
    )
    assert Coder(parse_codebook(MINIMAL, "tiny.yaml")).code_sentence("He was groomed online.", None)
    assert checked == ["tiny.yaml"]
    again = parse_codebook(MINIMAL, "again.yaml")
    assert checked == ["tiny.yaml"]
    assert Coder(again).code_sentence("He was groomed online.", None)
    broken = MINIMAL.replace('patterns: ["groom* online"]', 'patterns: ["groom* (online"]')
    with pytest.raises(
        CodebookError, match=r"^broken\.yaml:10: themes\[0\]\.patterns\[0\] .*unclosed"
    ):
        parse_codebook(broken, "broken.yaml")
    assert checked == ["tiny.yaml", "broken.yaml"]


@pytest.mark.parametrize("damage", [b"", b"not a pickle at all", b"\x80\x05\x95truncated"])
def test_a_damaged_entry_is_built_afresh_and_replaced(cache, damage):
    book = parse_codebook(MINIMAL, "tiny.yaml")
    path = compiled_cache.entry_path(book)
    path.parent.mkdir(parents=True)
    path.write_bytes(damage)
    assert compiled_cache.load(book) is None
    assert Coder(book).code_sentence("He was groomed online.", None)
    assert compiled_cache.load(book) is not None  # replaced by a good entry


def test_an_entry_that_holds_something_else_is_not_used(cache):
    book = parse_codebook(MINIMAL, "tiny.yaml")
    path = compiled_cache.entry_path(book)
    path.parent.mkdir(parents=True)
    path.write_bytes(pickle.dumps({"matcher": None}))
    assert compiled_cache.load(book) is None
    assert Coder(book).code_sentence("He was groomed online.", None)


def test_a_cache_that_cannot_be_written_is_skipped(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("CASEBRIEF_CACHE", str(blocker))
    monkeypatch.setattr(compiled_cache, "WORTH_KEEPING_S", 0.0)
    book = parse_codebook(MINIMAL, "tiny.yaml")
    assert Coder(book).code_sentence("He was groomed online.", None)
    assert compiled_cache.load(book) is None
    assert blocker.read_text(encoding="utf-8").startswith("a file")  # untouched


def test_only_the_newest_entries_are_kept(cache, monkeypatch):
    monkeypatch.setattr(compiled_cache, "KEEP", 2)
    for version in (1, 2, 3):
        Coder(parse_codebook(MINIMAL.replace("version: 1", f"version: {version}"), "tiny.yaml"))
    kept = {p.name for p in cache.glob("*.pickle")}
    newest = parse_codebook(MINIMAL.replace("version: 1", "version: 3"), "tiny.yaml")
    assert len(kept) == 2 and compiled_cache.entry_path(newest).name in kept
    assert not list(cache.glob("*.part"))  # no half-written file left behind


def test_a_small_codebook_is_not_kept_and_a_stale_half_written_file_is_removed(cache, monkeypatch):
    monkeypatch.setattr(compiled_cache, "WORTH_KEEPING_S", 3600.0)
    assert Coder(parse_codebook(MINIMAL, "tiny.yaml")).code_sentence("He was groomed online.", None)
    assert not cache.exists() or not list(cache.glob("*.pickle"))
    monkeypatch.setattr(compiled_cache, "WORTH_KEEPING_S", 0.0)
    cache.mkdir(parents=True, exist_ok=True)
    stale, fresh = cache / "old.part", cache / "writing-now.part"
    for part in (stale, fresh):
        part.write_bytes(b"half")
    hours_ago = time.time() - 2 * compiled_cache.STALE_PART_S
    os.utime(stale, (hours_ago, hours_ago))
    Coder(parse_codebook(MINIMAL, "tiny.yaml"))
    assert not stale.exists() and fresh.exists()  # another process may still be writing it
