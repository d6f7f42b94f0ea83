"""Find codebook themes in sentences, fast.

Every expanded pattern gets an *anchor*: its most distinctive word. An Aho-Corasick automaton
over the anchors finds, in one C-speed pass, the few places where any pattern could match;
only there are the sentence's words compared with the whole pattern. Most sentences in a
report contain no anchor and cost one automaton pass."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain
from typing import Any

import ahocorasick

from casebrief.codebook import WORD, Codebook, Constraint, MacroMemo, expand_pattern
from casebrief.coding.common_words import COMMON_WORDS

# Function words: in nearly every sentence, so neither anchors nor worth checking for.
_STOPWORDS = frozenset(
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
# Words too common to be worth anchoring on when the pattern has anything better.
_COMMON = COMMON_WORDS | _STOPWORDS
ROLES = ("pattern", "exclude", "context")
_NON_WORD = re.compile(r"[^a-z0-9]")
_SPACE_OUT = str.maketrans({chr(c): " " for c in range(128) if _NON_WORD.match(chr(c)) is not None})


class _Node:
    """A trie of constraint sequences: one source pattern's expansions share their prefixes."""

    __slots__ = ("cased", "lits", "others", "terminal")

    def __init__(self) -> None:
        self.lits: dict[str, _Node] = {}  # lower-case literal word -> child
        self.cased: dict[str, _Node] = {}  # case-sensitive literal (acronyms) -> child
        self.others: list[tuple[Constraint, _Node]] = []  # prefixes, numbers, gaps
        self.terminal = False

    def add(self, constraints: tuple[Constraint, ...]) -> None:
        node = self
        for c in constraints:
            if c.kind == "lit":
                table = node.cased if c.case_sensitive else node.lits
                child = table.get(c.value)
                if child is None:
                    child = table[c.value] = _Node()
                node = child
            else:
                key = Constraint(c.kind, c.value, gap=c.gap)
                for existing, child in node.others:
                    if existing == key:
                        node = child
                        break
                else:
                    child = _Node()
                    node.others.append((key, child))
                    node = child
        node.terminal = True

    def match(self, sentence: _Sentence, i: int) -> int | None:
        """Index of the last word of the shortest match starting at word i, or None."""
        if self.terminal:
            return i - 1
        lowers = sentence.lowers
        n = len(lowers)
        best: int | None = None
        if i < n:
            children = [self.lits.get(lowers[i])]
            if self.cased:
                children.append(self.cased.get(sentence.originals[i]))
            for child in children:
                if child is not None:
                    end = child.match(sentence, i + 1)
                    if end is not None and (best is None or end < best):
                        best = end
        for c, child in self.others:
            if c.kind == "gap":
                for skip in range(c.gap + 1):
                    if i + skip > n:
                        break
                    end = child.match(sentence, i + skip)
                    if end is not None and (best is None or end < best):
                        best = end
                        break
            elif i < n:
                lower = lowers[i]
                if (c.kind == "pre" and lower.startswith(c.value)) or (
                    c.kind == "num" and lower.isdigit()
                ):
                    end = child.match(sentence, i + 1)
                    if end is not None and (best is None or end < best):
                        best = end
        return best


@dataclass(frozen=True)
class _Starts:
    """What a pattern's first word can be: `prefixes` holds its literal first words and first
    prefixes (a literal word also passes as a prefix; the trie then checks it exactly)."""

    prefixes: tuple[str, ...]
    any_word: bool  # a number or an acronym can start it: test every position

    @classmethod
    def of(cls, root: _Node) -> _Starts:
        prefixes = tuple(root.lits) + tuple(c.value for c, _ in root.others if c.kind == "pre")
        any_word = bool(root.cased) or any(c.kind not in {"pre"} for c, _ in root.others)
        return cls(prefixes, any_word)


@dataclass
class CompiledPattern:
    theme: int  # index into codebook.themes
    role: str  # pattern | exclude | context
    source: str
    trie: _Node


@dataclass(frozen=True)
class Match:
    theme: str
    start: int  # character offsets in the sentence
    end: int
    text: str
    pattern: str


def _anchor(constraints: tuple[Constraint, ...]) -> int:
    def score(c: Constraint) -> tuple:
        # A word written in the pattern beats one of a macro's alternatives ("groom*" rather
        # than "phone" in "groom* ** {online}"): it is far rarer in reports.
        if c.kind == "lit":
            return (not c.from_macro, 2 if c.value.lower() not in _COMMON else 0, len(c.value))
        if c.kind == "pre":
            return (not c.from_macro, 1, len(c.value))
        return (False, -1, 0)

    return max(range(len(constraints)), key=lambda i: score(constraints[i]))


class _Scanner:
    """Aho-Corasick over the anchors of a set of patterns, then trie verification at each hit."""

    def __init__(
        self, codebook: Codebook, sources: list[tuple[int, str, str]], memo: MacroMemo
    ) -> None:
        self.patterns: list[CompiledPattern] = []
        self.starts: list[_Starts] = []
        self.unanchored: list[int] = []
        # Per pattern, word sets ("=word", "^stem") each of which must have a member in a
        # sentence before the pattern is worth checking against its trie (see _slots).
        self.requirements: list[tuple[frozenset[str], ...]] = []
        witnesses: set[str] = set()
        # (anchor word, whole word?) -> {pattern id: (fewest, most words before the anchor)}
        anchors: dict[tuple[str, bool], dict[int, tuple[int, int]]] = defaultdict(dict)
        for t_index, role, source in sources:
            pid = len(self.patterns)
            trie = _Node()
            required: set[frozenset[str]] = set()
            for constraints in expand_pattern(source, codebook.macros, memo=memo):
                trie.add(constraints)
                required.add(
                    frozenset(
                        ("=" if c.kind == "lit" else "^") + c.value.lower()
                        for c in constraints
                        if c.kind in {"lit", "pre"} and c.value.lower() not in _STOPWORDS
                    )
                )
                anchor = _anchor(constraints)
                if constraints[anchor].kind not in {"lit", "pre"}:
                    self.unanchored.append(pid)
                    continue
                before = constraints[:anchor]
                lo = sum(1 for c in before if c.kind != "gap")
                hi = lo + sum(c.gap for c in before if c.kind == "gap")
                key = (constraints[anchor].value.lower(), constraints[anchor].kind == "lit")
                old = anchors[key].get(pid, (lo, hi))
                anchors[key][pid] = (min(old[0], lo), max(old[1], hi))
            self.patterns.append(CompiledPattern(t_index, role, source, trie))
            self.starts.append(_Starts.of(trie))
            slots = () if frozenset() in required else _slots(required)
            self.requirements.append(slots)
            witnesses.update(w for slot in slots for w in slot)
        self.unanchored = sorted(set(self.unanchored))
        self.anchors = anchors
        # Keys are padded with spaces, and sentences have every non-word character turned into a
        # space, so the automaton itself enforces word boundaries: " groom" finds words that
        # start with "groom", " police " the whole word only.
        keys: dict[str, list] = defaultdict(list)
        for (word, whole), entries in anchors.items():
            if word:
                keys[f" {word} " if whole else f" {word}"].extend(
                    (pid, lo, hi) for pid, (lo, hi) in entries.items()
                )
        for marker in witnesses:
            keys[
                f" {marker[1:]} " if marker[0] == "=" else f" {marker[1:]}"
            ]  # found, anchors nothing
        self.automaton = ahocorasick.Automaton()
        for key, entries in keys.items():
            word = key.strip()
            # A whole word also counts as a prefix of itself.
            markers = ("=" + word, "^" + word) if key.endswith(" ") else ("^" + word,)
            self.automaton.add_word(key, (markers, len(key), tuple(entries)))
        if len(self.automaton):
            self.automaton.make_automaton()

    def find(self, sentence: _Sentence) -> dict[int, list[tuple[int, int, str]]]:
        """pattern id -> [(start char, end char, source)]."""
        candidates: dict[tuple[int, int], tuple[int, int]] = {}  # (anchor char, pid) -> (lo, hi)
        found: set[str] = set()
        if len(self.automaton):
            for end, (markers, length, entries) in self.automaton.iter(sentence.padded):
                start = end - length + 1  # the key's leading space: the word's offset in the text
                found.update(markers)
                for pid, lo, hi in entries:
                    old = candidates.get((start, pid))
                    candidates[(start, pid)] = (
                        (lo, hi) if old is None else (min(old[0], lo), max(old[1], hi))
                    )
        if not candidates and not self.unanchored:
            return {}
        requirements = self.requirements
        worth: dict[int, bool] = {}
        for _, pid in candidates:
            if pid not in worth:
                worth[pid] = all(not slot.isdisjoint(found) for slot in requirements[pid])
        if not self.unanchored and not any(worth.values()):
            return {}
        hits: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        for (char_start, pid), (lo, hi) in candidates.items():
            if not worth[pid]:
                continue
            anchor_word = sentence.word_index(char_start)
            trie = self.patterns[pid].trie
            lowers = sentence.lowers
            starts = self.starts[pid]
            for first in range(max(0, anchor_word - hi), anchor_word - lo + 1):
                # Most start positions fail on their first word: test it here, in C.
                if not starts.any_word and not lowers[first].startswith(starts.prefixes):
                    continue
                last = trie.match(sentence, first)
                if last is not None and last >= anchor_word:
                    hits[pid].append((*sentence.span(first, last), self.patterns[pid].source))
                    break
        for pid in self.unanchored:
            for first in range(len(sentence.lowers)):
                last = self.patterns[pid].trie.match(sentence, first)
                if last is not None:
                    hits[pid].append((*sentence.span(first, last), self.patterns[pid].source))
                    break
        return hits


def _slots(expansions: set[frozenset[str]]) -> tuple[frozenset[str], ...]:
    """Word sets that every expansion of a pattern meets, so that a sentence lacking all the
    words of any one set cannot match: {plan, plans, assessment} and {online, content} for
    "(plan|plans|assessment) * not * (online|content)". Each set is built greedily from words
    the earlier ones did not use. Testing two or three sets is much cheaper than testing every
    expansion, and nearly as selective."""
    unused = set().union(*expansions)
    slots: list[frozenset[str]] = []
    while True:
        # Each expansion's words that may still be chosen, counted once per slot and then kept
        # up to date as expansions are covered: recounting at every choice was a fifth of a
        # large codebook's compile.
        uncovered = [e & unused for e in expansions]
        counts = Counter(chain.from_iterable(uncovered))
        slot: set[str] = set()
        while uncovered:
            most = max(counts.values(), default=0)
            if not most:
                return tuple(slots)
            best = min(word for word, count in counts.items() if count == most)
            slot.add(best)
            still = []
            for e in uncovered:
                if best in e:
                    counts.subtract(e)
                else:
                    still.append(e)
            uncovered = still
        slots.append(frozenset(slot))
        unused -= slot


class _Sentence:
    """A sentence, its lower-cased text (same offsets) and, only when needed, its words.
    Words are found with findall, not match objects: on long runs that is most of the cost."""

    __slots__ = ("_lowers", "_originals", "lowered", "padded", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        lowered = text.lower()
        self.lowered = (
            lowered if len(lowered) == len(text) else "".join(c.lower()[:1] for c in text)
        )
        lowered = self.lowered
        # str.translate is several times faster than a regex, but only for ASCII text.
        spaced = lowered.translate(_SPACE_OUT) if lowered.isascii() else _NON_WORD.sub(" ", lowered)
        self.padded = " " + spaced + " "
        self._lowers: list[str] | None = None
        self._originals: list[str] | None = None

    @property
    def lowers(self) -> list[str]:
        if self._lowers is None:
            self._lowers = WORD.findall(self.lowered)
        return self._lowers

    @property
    def originals(self) -> list[str]:
        if self._originals is None:
            self._originals = WORD.findall(self.text)
        return self._originals

    def word_index(self, char: int) -> int:
        """The index of the word starting at `char` (a word boundary)."""
        return len(WORD.findall(self.lowered, 0, char))

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Character span from the start of word `first` to the end of word `last`."""
        start = 0
        for index, m in enumerate(WORD.finditer(self.lowered)):
            if index == first:
                start = m.start()
            if index == last:
                return start, m.end()
        return start, len(self.text)


class Matcher:
    """Scanners arranged so that most sentences cost one automaton pass over few anchors: themes
    for any section; themes limited to some sections (run only there); and each theme's exclude
    and context patterns (run only where that theme matched)."""

    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook
        self.themes = [t.id for t in codebook.themes]
        anywhere, sectioned = [], []
        self.checks: dict[int, _Scanner] = {}  # per theme: its exclude and context patterns
        memo: MacroMemo = {}
        for t_index, theme in enumerate(codebook.themes):
            target = sectioned if theme.sections else anywhere
            target.extend((t_index, "pattern", p) for p in theme.patterns)
            checks = [(t_index, "exclude", p) for p in theme.exclude]
            checks += [(t_index, "context", p) for p in theme.context]
            if checks:
                self.checks[t_index] = _Scanner(codebook, checks, memo)
        self.anywhere = _Scanner(codebook, anywhere, memo)
        self.sectioned = _Scanner(codebook, sectioned, memo)
        self.process = _Scanner(codebook, [(-1, "pattern", p) for p in codebook.process], memo)
        self.sectioned_kinds = {kind for t in codebook.themes for kind in t.sections}

    def __getstate__(self) -> dict[str, Any]:
        """Pickled without its codebook: compiled_cache keys an entry by the codebook and gives
        the loaded matcher the caller's own."""
        state = self.__dict__.copy()
        state["codebook"] = None
        return state

    def is_process(self, text: str) -> bool:
        """Whether the sentence matches one of the codebook's `process` patterns."""
        return bool(self.process.patterns) and bool(self.process.find(_Sentence(text)))

    def match(self, text: str, section_kind: str | None = None) -> list[Match]:
        """Theme matches in one sentence, after exclusions, context and section rules."""
        sentence = _Sentence(text)
        found: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        scanners = [self.anywhere]
        if section_kind in self.sectioned_kinds:
            scanners.append(self.sectioned)
        for scanner in scanners:
            for pid, spans in scanner.find(sentence).items():
                t_index = scanner.patterns[pid].theme
                theme = self.codebook.themes[t_index]
                if theme.sections and section_kind not in theme.sections:
                    continue
                found[t_index].extend(spans)
        if not found:
            return []
        excluded: set[int] = set()
        has_context: set[int] = set()
        for t_index in found:
            checks = self.checks.get(t_index)
            if checks is None:
                continue
            for pid in checks.find(sentence):
                pattern = checks.patterns[pid]
                (excluded if pattern.role == "exclude" else has_context).add(pattern.theme)
        matches: list[Match] = []
        for t_index, spans in found.items():
            theme = self.codebook.themes[t_index]
            if t_index in excluded or (theme.context and t_index not in has_context):
                continue
            for start, end, source in _merge(spans):
                matches.append(Match(theme.id, start, end, text[start:end], source))
        matches.sort(key=lambda m: (m.start, m.theme))
        return matches


_MENTION_FINDERS: dict[str, _Scanner] = {}


def mention_finder(codebook: Codebook) -> Callable[[str], bool]:
    """Whether a sentence matches one of the key-factor rule's `requires_mention` patterns.
    The scanner is built once per pattern set and macros: re-scoring a review after each
    analyst decision must not compile the whole codebook."""
    patterns = codebook.key_factor.requires_mention
    key = json.dumps([patterns, codebook.macros], sort_keys=True)
    scanner = _MENTION_FINDERS.get(key)
    if scanner is None:
        if len(_MENTION_FINDERS) >= 8:
            _MENTION_FINDERS.clear()
        scanner = _MENTION_FINDERS[key] = _Scanner(
            codebook, [(-1, "pattern", p) for p in patterns], {}
        )
    return lambda text: bool(scanner.find(_Sentence(text)))


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
