"""The rules' revisions are raised when the rules change.

Stored codings are re-coded when `CODING_RULES_REVISION` differs from the one they were made
under, and model suggestions renewed when the suggestion rules' `RULES_REVISION` does; so a change
to the matcher, the scope rules, the compiled engine, key-factor scoring or the suggestion filters
that leaves its revision alone leaves every library on its old codings. These tests fail when
those sources change: raise the revision if codings, suggestions or scores can differ (a comment
or a speed-up that the equivalence tests show codes the same need not), then record the new
digest here."""

from __future__ import annotations

import hashlib
from pathlib import Path

from casebrief.coding.coder import CODING_RULES_REVISION
from casebrief.learning.suggest import RULES_REVISION as SUGGESTION_RULES_REVISION

RULE_SOURCES = (
    "codebook.py",
    "coding/coder.py",
    "coding/common_words.py",
    "coding/fast.py",
    "coding/_fastcode.c",
    "coding/matcher.py",
    "coding/scoring.py",
    "text/scopes.py",
)
SUGGESTION_SOURCES = ("learning/suggest.py", "text/scopes.py", "text/targets.py")
RECORDED_SUGGESTIONS = {
    "revision": 15,
    "sha256": "13fea5fa53a95ef67424a017493a8fd5053a0d1b55cf4c8a1491458ad54d71a3",
}
RECORDED = {
    "revision": 12,
    "sha256": "3407e954dff02198db7d7c3566db35b2b05d00b824ab810e57e75410cce8e0fb",
}


def _digest(sources: tuple[str, ...] = RULE_SOURCES) -> str:
    package = Path(__file__).parents[1] / "src" / "casebrief"  # the sources, however installed
    digest = hashlib.sha256()
    for name in sources:
        digest.update(name.encode())
        digest.update((package / name).read_bytes())
    return digest.hexdigest()


def test_rule_sources_match_the_recorded_revision():
    assert (CODING_RULES_REVISION, _digest()) == (RECORDED["revision"], RECORDED["sha256"]), (
        "the coding rules' sources changed: if codings or scores can differ, raise "
        "CODING_RULES_REVISION in casebrief/coding/coder.py; then record the revision and "
        f"digest {_digest()} in tests/test_coding_rules.py"
    )


def test_suggestion_rule_sources_match_the_recorded_revision():
    found = _digest(SUGGESTION_SOURCES)
    assert (SUGGESTION_RULES_REVISION, found) == (
        RECORDED_SUGGESTIONS["revision"],
        RECORDED_SUGGESTIONS["sha256"],
    ), (
        "the suggestion rules' sources changed: if suggestions can differ, raise "
        "RULES_REVISION in casebrief/learning/suggest.py; then record the revision and "
        f"digest {found} in tests/test_coding_rules.py"
    )
