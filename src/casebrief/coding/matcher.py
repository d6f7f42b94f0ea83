"""Find codebook themes in sentences, fast.

Every expanded pattern gets an *anchor*: its most distinctive word. An Aho-Corasick automaton
over the anchors finds, in one C-speed pass, the few places where any pattern could match;
only there are the sentence's words compared with the whole pattern. Most sentences in a
report contain no anchor and cost one automaton pass."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import ahocorasick

from casebrief.codebook import WORD, Codebook, Constraint, expand_pattern

# Words too common to be worth anchoring on when the pattern has anything better.
_COMMON = set(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "being",
        "but",
        "by",
        "did",
        "do",
        "does",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "him",
        "his",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "no",
        "not",
        "of",
        "on",
        "or",
        "our",
        "she",
        "so",
        "than",
        "that",
        "the",
        "their",
        "them",
        "they",
        "this",
        "to",
        "too",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "who",
        "whom",
        "will",
        "with",
        "would",
        "you",
        "your",
    ]
)
ROLES = ("pattern", "exclude", "context")


@dataclass(frozen=True)
class CompiledPattern:
    theme: int  # index into codebook.themes
    role: str  # pattern | exclude | context
    source: str
    constraints: tuple[Constraint, ...]
    anchor: int  # index of the anchor constraint
    before_min: int  # fewest / most words between the match start and the anchor
    before_max: int


@dataclass(frozen=True)
class Match:
    theme: str
    start: int  # character offsets in the sentence
    end: int
    text: str
    pattern: str


def _anchor(constraints: tuple[Constraint, ...]) -> int:
    def score(c: Constraint) -> tuple:
        if c.kind == "lit":
            return (2 if c.value.lower() not in _COMMON else 0, len(c.value))
        if c.kind == "pre":
            return (1, len(c.value))
        return (-1, 0)

    return max(range(len(constraints)), key=lambda i: score(constraints[i]))


class Matcher:
    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook
        self.themes = [t.id for t in codebook.themes]
        self.patterns: list[CompiledPattern] = []
        self.automaton = ahocorasick.Automaton()
        # word -> (ids anchored on the whole word, ids anchored on it as a prefix)
        anchors: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
        for t_index, theme in enumerate(codebook.themes):
            for role, field in zip(ROLES, ("patterns", "exclude", "context"), strict=True):
                for source in getattr(theme, field):
                    for constraints in expand_pattern(source, codebook.macros):
                        anchor = _anchor(constraints)
                        before = constraints[:anchor]
                        lo = sum(1 for c in before if c.kind != "gap")
                        hi = lo + sum(c.gap for c in before if c.kind == "gap")
                        compiled = CompiledPattern(
                            t_index, role, source, constraints, anchor, lo, hi
                        )
                        word = constraints[anchor].value.lower()
                        anchors[word][0 if constraints[anchor].kind == "lit" else 1].append(
                            len(self.patterns)
                        )
                        self.patterns.append(compiled)
        self._has_unanchored = any(
            p.constraints[p.anchor].kind not in {"lit", "pre"} for p in self.patterns
        )
        self._unanchored = [
            i
            for i, p in enumerate(self.patterns)
            if p.constraints[p.anchor].kind not in {"lit", "pre"}
        ]
        for word, (whole, prefix) in anchors.items():
            if word:
                self.automaton.add_word(word, (word, tuple(whole), tuple(prefix)))
        self.automaton.make_automaton()

    def find(self, text: str) -> dict[int, list[tuple[int, int, str]]]:
        """Raw hits: pattern index -> [(start char, end char, source)] for every role."""
        lowered = (
            text.lower() if len(text.lower()) == len(text) else "".join(c.lower()[:1] for c in text)
        )
        candidates: set[tuple[int, int]] = set()  # (char position of anchor start, pattern id)
        for end, (word, whole, prefix) in self.automaton.iter(lowered):
            start = end - len(word) + 1
            if start > 0 and lowered[start - 1].isalnum():
                continue
            for pid in prefix:
                candidates.add((start, pid))
            if end + 1 < len(lowered) and lowered[end + 1].isalnum():
                continue
            for pid in whole:
                candidates.add((start, pid))
        if not candidates and not self._has_unanchored:
            return {}
        words = [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(text)]
        index_at = {start: i for i, (start, _, _) in enumerate(words)}
        hits: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        for char_start, pid in candidates:
            anchor_word = index_at.get(char_start)
            if anchor_word is None:
                continue
            pattern = self.patterns[pid]
            for first in range(
                max(0, anchor_word - pattern.before_max), anchor_word - pattern.before_min + 1
            ):
                last = _match_at(pattern.constraints, words, first)
                if last is not None:
                    hits[pid].append((words[first][0], words[last][1], pattern.source))
                    break
        for pid in self._unanchored:
            for first in range(len(words)):
                last = _match_at(self.patterns[pid].constraints, words, first)
                if last is not None:
                    hits[pid].append((words[first][0], words[last][1], self.patterns[pid].source))
                    break
        return hits

    def match(self, text: str, section_kind: str | None = None) -> list[Match]:
        """Theme matches in one sentence, after exclusions, context and section rules."""
        hits = self.find(text)
        if not hits:
            return []
        found: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        excluded: set[int] = set()
        has_context: set[int] = set()
        for pid, spans in hits.items():
            pattern = self.patterns[pid]
            if pattern.role == "pattern":
                found[pattern.theme].extend(spans)
            elif pattern.role == "exclude":
                excluded.add(pattern.theme)
            else:
                has_context.add(pattern.theme)
        matches: list[Match] = []
        for t_index, spans in found.items():
            theme = self.codebook.themes[t_index]
            if t_index in excluded:
                continue
            if theme.context and t_index not in has_context:
                continue
            if theme.sections and section_kind not in theme.sections:
                continue
            for start, end, source in _merge(spans):
                matches.append(Match(theme.id, start, end, text[start:end], source))
        matches.sort(key=lambda m: (m.start, m.theme))
        return matches


def _match_at(
    constraints: tuple[Constraint, ...], words: list[tuple[int, int, str]], first: int
) -> int | None:
    """Index of the last word of the shortest match starting at word `first`, or None."""

    def go(k: int, i: int) -> int | None:
        if k == len(constraints):
            return i - 1
        c = constraints[k]
        if c.kind == "gap":
            for skip in range(c.gap + 1):
                if i + skip > len(words):
                    break
                end = go(k + 1, i + skip)
                if end is not None:
                    return end
            return None
        if i >= len(words):
            return None
        word = words[i][2]
        if c.kind == "lit":
            ok = word == c.value if c.case_sensitive else word.lower() == c.value
        elif c.kind == "pre":
            ok = word.lower().startswith(c.value)
        else:
            ok = word.isdigit()
        return go(k + 1, i + 1) if ok else None

    return go(0, first)


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping spans of one theme become one, named after the longest pattern hit."""
    merged: list[tuple[int, int, str]] = []
    for start, end, source in sorted(spans, key=lambda s: (s[0], -s[1])):
        if merged and start < merged[-1][1]:
            last = merged[-1]
            best = source if end - start > last[1] - last[0] else last[2]
            merged[-1] = (last[0], max(last[1], end), best)
        else:
            merged.append((start, end, source))
    return merged
