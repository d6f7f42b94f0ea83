"""The compiled coding engine (`_fastcode`, built from `_fastcode.c` at install time).

The Python matcher and scope rules are the specification; the engine runs the same rules for
ASCII sentences about 30 times faster. When the extension was not built (no C compiler) or
`CASEBRIEF_PURE_PYTHON` is set, coding runs in Python and gives the same codings, slower."""

from __future__ import annotations

import os
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from typing import Any

from casebrief.coding.matcher import ROLES, Matcher, _Node, _Scanner


def _load_engine() -> Any:
    """The built extension, or the one at $CASEBRIEF_FASTCODE: the sanitizer job
    (scripts/sanitize.sh) builds it with AddressSanitizer and UBSan and points here."""
    path = os.environ.get("CASEBRIEF_FASTCODE")
    if path:
        import importlib.util

        spec = importlib.util.spec_from_file_location("casebrief.coding._fastcode", path)
        if spec is None or spec.loader is None:
            raise ImportError(f"$CASEBRIEF_FASTCODE={path} is not a loadable extension")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    try:
        from casebrief.coding import _fastcode
    except ImportError:  # pragma: no cover - depends on the build
        return None
    return _fastcode


_fastcode = _load_engine()

# Sections whose sentences speak in general unless they name the child (scopes.is_generic).
GENERAL_SECTIONS = ("analysis", "learning", "recommendations")
_OTHER_KINDS = {"pre": 0, "num": 1, "gap": 2}


def available() -> bool:
    """Is the compiled engine importable and not switched off?"""
    return _fastcode is not None and not os.environ.get("CASEBRIEF_PURE_PYTHON")


def missing() -> str | None:
    """What to tell a user whose install lacks the engine (None when it is built)."""
    if _fastcode is not None:
        return None
    return (
        "the compiled coding engine is not built (there was no C compiler when casebrief was "
        "installed), so coding runs in pure Python, about 30 times slower; install a C compiler "
        "(Debian: apt install gcc) and reinstall casebrief to build it"
    )


class FastEngine:
    """A Matcher's tables flattened for the compiled engine.

    `code(text, section_kind, names)` returns, for an ASCII sentence, its codings (made as
    `coding_type`, sentence id 0), and None for any other sentence, which the caller codes in
    Python. `code_many(sentences, names)` does the same for a review's sentences, given as
    (id, text, section kind) tuples, and returns (codings, indexes of the sentences it left to
    Python)."""

    def __init__(self, arguments: tuple[Any, ...]) -> None:
        """`arguments`: from `engine_arguments`, or compiled_cache's copy of them."""
        if _fastcode is None:
            raise RuntimeError("the compiled coding engine (_fastcode) is not built")
        self._engine = _fastcode.Engine(*arguments)
        self.code = self._engine.code
        self.code_many = self._engine.code_many

    def assess(
        self, text: str, start: int, end: int, names: tuple[str, ...], section_kind: str | None
    ) -> tuple[bool, bool, bool, bool] | None:
        return self._engine.assess(text, start, end, names, section_kind in GENERAL_SECTIONS)


def engine_arguments(
    matcher: Matcher,
    negation_exempt: AbstractSet[str],
    confidence: Callable[[bool, bool, bool], float],
    coding_type: type[tuple],
) -> tuple[Any, ...]:
    """`_fastcode.Engine`'s arguments: the matcher's flattened tables (words, prefixes, nodes,
    scanners, themes and section masks, in that order), then what the engine needs of the
    codebook and of the coder."""
    tables = _Flattener(matcher)
    themes = matcher.codebook.themes
    return (
        *tables.arguments(),
        tuple(t.id for t in themes),
        tuple(t.category for t in themes),
        tuple(t.id in negation_exempt for t in themes),
        tuple(tables.sources),
        tuple(
            confidence(n, h, g) for n in (False, True) for h in (False, True) for g in (False, True)
        ),
        tables.kind_codes,
        coding_type,
    )


_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789"  # the engine's order (KEY37)
_ANY_LETTER = (1 << 37) - 1


def _first_letters(root: _Node) -> int:
    """Bit per letter or digit a match of the trie can start with (lower case); every bit when
    a number, a gap or anything else can come first."""
    if root.terminal or any(c.kind != "pre" for c, _ in root.others):
        return _ANY_LETTER
    firsts = [w for w in root.lits] + [w.lower() for w in root.cased]
    firsts += [c.value for c, _ in root.others]
    mask = 0
    for word in firsts:
        index = _LETTERS.find(word[:1].lower())
        if index < 0:
            return _ANY_LETTER
        mask |= 1 << index
    return mask


class _Flattener:
    """Numbers every word, prefix, trie node and pattern source of a Matcher."""

    def __init__(self, matcher: Matcher) -> None:
        codebook = matcher.codebook
        kinds = {k for t in codebook.themes for k in t.sections} | set(GENERAL_SECTIONS)
        self.kind_codes = {kind: code for code, kind in enumerate(sorted(kinds))}
        if len(self.kind_codes) > 64:
            raise ValueError("the compiled engine supports at most 64 section kinds")
        self.words: dict[str, int] = {}
        self.prefixes: dict[str, int] = {}
        self.nodes: list[tuple] = []
        self.sources: list[str] = []
        self._source_ids: dict[str, int] = {}
        self.matcher = matcher
        # First the scanners' anchors, so every word and prefix has an id; then the tries.
        scanners = [matcher.anywhere, matcher.sectioned]
        check_index: dict[int, int] = {}
        for t_index, scanner in sorted(matcher.checks.items()):
            check_index[t_index] = len(scanners)
            scanners.append(scanner)
        self.scanners = [self._scanner(s) for s in scanners]
        order = sorted(range(len(codebook.themes)), key=lambda i: codebook.themes[i].id)
        rank = {t_index: position for position, t_index in enumerate(order)}
        self.themes = [
            (
                rank[i],
                sum(1 << self.kind_codes[k] for k in set(theme.sections)),
                1 if theme.context else 0,
                check_index.get(i, -1),
            )
            for i, theme in enumerate(codebook.themes)
        ]

    def arguments(self) -> tuple[Any, ...]:
        sectioned = sum(
            1 << self.kind_codes[k] for k in self.matcher.sectioned_kinds if k in self.kind_codes
        )
        general = sum(1 << self.kind_codes[k] for k in GENERAL_SECTIONS)
        return (
            list(self.words),
            list(self.prefixes),
            self.nodes,
            self.scanners,
            self.themes,
            sectioned,
            general,
        )

    def _word(self, word: str) -> int:
        return self.words.setdefault(word, len(self.words))

    def _prefix(self, prefix: str) -> int:
        return self.prefixes.setdefault(prefix, len(self.prefixes))

    def _marker(self, marker: str) -> int:
        """A slot's "=word" or "^prefix" as the engine reads it: word id * 2, prefix id * 2 + 1."""
        if marker[0] == "=":
            return 2 * self._word(marker[1:])
        return 2 * self._prefix(marker[1:]) + 1

    def _source(self, source: str) -> int:
        if source not in self._source_ids:
            self._source_ids[source] = len(self.sources)
            self.sources.append(source)
        return self._source_ids[source]

    def _scanner(self, scanner: _Scanner) -> tuple:
        patterns = [
            (
                self._trie(p.trie),
                p.theme,
                ROLES.index(p.role),
                self._source(p.source),
                _first_letters(p.trie),
                tuple(tuple(map(self._marker, sorted(slot))) for slot in slots),
            )
            for p, slots in zip(scanner.patterns, scanner.requirements, strict=True)
        ]
        by_word, by_prefix = [], []
        for (word, whole), entries in scanner.anchors.items():
            if not word:
                continue
            if whole:
                key = self._word(word)
                by_word.extend((key, pid, lo, hi) for pid, (lo, hi) in entries.items())
            else:
                key = self._prefix(word)
                by_prefix.extend((key, pid, lo, hi) for pid, (lo, hi) in entries.items())
        return (patterns, by_word, by_prefix, list(scanner.unanchored))

    def _trie(self, node: _Node) -> int:
        index = len(self.nodes)
        self.nodes.append(())  # reserved: children are numbered after their parent
        lits = [(self._word(word), self._trie(child)) for word, child in node.lits.items()]
        cased = [(self._word(word), self._trie(child)) for word, child in node.cased.items()]
        others = [
            (_OTHER_KINDS[c.kind], c.value if c.kind == "pre" else "", c.gap, self._trie(child))
            for c, child in node.others
        ]
        self.nodes[index] = (node.terminal, lits, cased, others)
        return index
