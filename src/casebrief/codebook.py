"""Codebooks: the YAML schema, loading with line-precise errors, and the pattern language.

A pattern is a sequence of words matched against a sentence's words, case-insensitively:
`word`, `stem*` (prefix), `*` (up to 3 words), `**` (up to 8 words), `#` (a number),
`(a|b c)` (alternatives), `(a|b)?` (optional), `{macro}` (any phrase of a macro). A word written in capitals
(`SEND`, `ASD`) matches only in capitals, so acronyms do not match ordinary words."""

from __future__ import annotations

import gc
import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from casebrief.errors import UsageError
from casebrief.model import SECTION_KINDS

CODEBOOK_DIR = Path(__file__).parent / "data" / "codebooks"
GAP_SHORT, GAP_LONG = 3, 8
MAX_EXPANSIONS = 20000


class CodebookError(UsageError):
    """A codebook that cannot be used; the message names the file, line and field."""


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid")
    positive: list[str] = Field(default_factory=list)
    negative: list[str] = Field(default_factory=list)


class Theme(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    category: str
    label: str
    description: str = ""
    # A theme without patterns is coded only by analysts and the learned coder (e.g. imported).
    patterns: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)
    context: list[str] = Field(default_factory=list)
    sections: list[str] = Field(default_factory=list)
    agency: str | None = None
    # A harm this theme's evidence takes as given: "the intelligence about indecent images was
    # not acted on for seven months" is a practice issue, and also says the review is about
    # indecent images. Key-factor screening counts such evidence for the harm it presupposes.
    presupposes: str | None = None
    # Years below which the harm cannot be the child's own (a baby is not groomed online, nor
    # bullied in a chat): in a review of a younger child, the learned coder's suggestions for the
    # theme are possibilities for an analyst to decide, never quoted unseen.
    min_child_age: float | None = Field(default=None, gt=0)
    examples: Examples = Field(default_factory=Examples)

    @field_validator("sections")
    @classmethod
    def _known_sections(cls, value: list[str]) -> list[str]:
        unknown = [s for s in value if s not in SECTION_KINDS]
        if unknown:
            raise ValueError(f"unknown section kind(s) {unknown}; use {list(SECTION_KINDS)}")
        return value


class KeyFactorRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    categories: list[str] = Field(min_length=1)
    min_score: float = Field(default=6.0, gt=0)
    min_sentences: int = Field(default=3, ge=1)
    min_section_kinds: int = Field(default=2, ge=1)
    # Weighted evidence from which one kind of section is enough: a short report (an executive
    # summary) can tell the whole harm in its account of what happened. None: always asked.
    min_score_one_kind: float | None = Field(default=None, gt=0)
    # Share of the review's sentences carrying the evidence from which one kind of section is
    # enough: in a short summary the account of what happened is much of the report, while a long
    # review that names the harm in one place only gives it a small share. None: never.
    min_share_one_kind: float | None = Field(default=None, gt=0, le=1)
    # Weighted evidence asked of each sentence of a review too short to reach min_score: a
    # seven-minute briefing of a dozen sentences cannot sum what a sixty-page review does, so it
    # is asked for this much per sentence instead, and for min_sentences scaled the same way (at
    # least one). None: min_score and min_sentences whatever the length.
    min_score_per_sentence: float | None = Field(default=None, gt=0)
    # Patterns (the codebook's syntax, macros allowed) one of which a sentence of the evidence
    # must match: evidence that never names where the harm happened (a girl exploited by men met
    # in a park, read by the model as abuse online) is not this key factor. Empty: not asked.
    requires_mention: list[str] = Field(default_factory=list)
    # What those patterns name, for the screening reasons.
    mention_label: str = "a required mention"


class Codebook(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    title: str
    version: int = Field(ge=1)
    description: str = ""
    categories: list[str] = Field(min_length=1)
    key_factor: KeyFactorRule
    # Categories, or single themes, whose evidence is usually phrased as a negation
    # ("information was not shared", "her mother had never heard of the app"): negation cues do
    # not cancel their codings.
    negation_exempt: list[str] = Field(default_factory=list)
    # Categories whose statements about children in general still count as evidence (learning).
    generic_ok: list[str] = Field(default_factory=list)
    macros: dict[str, list[str]] = Field(default_factory=dict)
    # Sentences about how professionals worked ("the strategy meeting was held online", "an
    # online referral form"): themes exclude them by name ("{online_process}"), and the learned
    # coder's key-factor suggestions in them wait for an analyst instead of being quoted.
    process: list[str] = Field(default_factory=list)
    themes: list[Theme] = Field(min_length=1)
    source: str = Field(default="", exclude=True)
    sha256: str = Field(default="", exclude=True)

    @model_validator(mode="after")
    def _consistent(self) -> Codebook:
        seen: set[str] = set()
        for theme in self.themes:
            if theme.id in seen:
                raise ValueError(f"theme id {theme.id!r} is used twice")
            seen.add(theme.id)
            if theme.category not in self.categories:
                raise ValueError(
                    f"theme {theme.id!r} has category {theme.category!r}, which is not in categories {self.categories}"
                )
        for theme in self.themes:
            if theme.presupposes is None:
                continue
            harm = next((t for t in self.themes if t.id == theme.presupposes), None)
            if harm is None or harm.category not in self.key_factor.categories:
                raise ValueError(
                    f"theme {theme.id!r} presupposes {theme.presupposes!r}, which is not a theme in the key-factor categories {self.key_factor.categories}"
                )
            if theme.category in self.key_factor.categories:
                raise ValueError(
                    f"theme {theme.id!r} is itself in a key-factor category; only other themes presuppose a harm"
                )
        for category in [*self.key_factor.categories, *self.generic_ok]:
            if category not in self.categories:
                raise ValueError(f"category {category!r} is not in categories {self.categories}")
        for name in self.negation_exempt:
            if name in self.key_factor.categories:
                raise ValueError(
                    f"negation_exempt lists {name!r}, a key-factor category: a denied harm must stay denied"
                )
            if name not in self.categories and name not in seen:
                raise ValueError(
                    f"negation_exempt lists {name!r}, which is neither a category {self.categories} nor a theme id"
                )
            theme = next((t for t in self.themes if t.id == name), None)
            if theme is not None and theme.category in self.key_factor.categories:
                raise ValueError(
                    f"negation_exempt lists theme {name!r}, which is in a key-factor category: a denied harm must stay denied"
                )
        return self

    @property
    def negation_exempt_themes(self) -> frozenset[str]:
        """Themes whose codings negation cues leave standing, by category or by name."""
        exempt = set(self.negation_exempt)
        return frozenset(t.id for t in self.themes if t.category in exempt or t.id in exempt)

    def theme(self, theme_id: str) -> Theme:
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise UsageError(
            f"Codebook {self.id!r} has no theme {theme_id!r}; themes: {', '.join(t.id for t in self.themes)}."
        )


# -- loading -----------------------------------------------------------------------------------


def shipped_codebooks() -> dict[str, Path]:
    return {p.stem: p for p in sorted(CODEBOOK_DIR.glob("*.yaml"))}


def resolve_codebook_path(name_or_path: str) -> Path:
    """A shipped codebook by name ('online-harm') or a YAML file path."""
    shipped = shipped_codebooks()
    if name_or_path in shipped:
        return shipped[name_or_path]
    path = Path(name_or_path).expanduser()
    if path.is_file():
        return path
    raise UsageError(
        f"No codebook {name_or_path!r}: give a YAML file path or one of: {', '.join(shipped) or 'none'}."
    )


def load_codebook(name_or_path: str | Path) -> Codebook:
    path = resolve_codebook_path(str(name_or_path))
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CodebookError(f"{path}: cannot be read ({exc}).") from exc
    return parse_codebook(text, str(path))


# libyaml's loader when PyYAML was built with it: the same documents and marks, ten times faster
# on a large codebook (0.26 s to 0.02 s for online-harm.yaml, read twice below).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_codebook(text: str, name: str = "<codebook>") -> Codebook:
    try:
        root = yaml.compose(text, Loader=_YAML_LOADER)
        data = yaml.load(text, Loader=_YAML_LOADER)  # a safe loader, C or Python
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{name}:{mark.line + 1}" if mark else name
        problem = getattr(exc, "problem", None) or str(exc)
        raise CodebookError(f"{where}: not valid YAML ({problem}).") from exc
    if not isinstance(data, dict):
        raise CodebookError(
            f"{name}: a codebook is a YAML mapping with id, title, version, categories and themes."
        )
    try:
        codebook = Codebook.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = tuple(error["loc"])
        line = _line_of(root, loc)
        field = _dotted(loc) or "(top level)"
        more = f" (and {len(exc.errors()) - 1} more problems)" if len(exc.errors()) > 1 else ""
        raise CodebookError(f"{name}:{line}: {field}: {error['msg']}{more}.") from exc
    codebook.source = name
    codebook.sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if not _compiled_before(codebook):
        _compile_all(codebook, root, name)
    return codebook


def _compiled_before(codebook: Codebook) -> bool:
    """Whether a compiled coder is kept for this very codebook, built by this code: its patterns
    then all expanded without error, and expanding them again only to check them took some 0.6 s
    of every command's start (online-harm). A codebook with no entry is checked as before."""
    from casebrief.coding import compiled_cache  # the cache is keyed by this module's output

    return compiled_cache.has_entry(codebook)


def _dotted(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _line_of(root: Any, loc: tuple) -> int:
    """The 1-based line of the YAML node at `loc` (or of the deepest node found)."""
    node = root
    line = node.start_mark.line + 1 if node is not None else 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            found = None
            for key, value in node.value:
                if key.value == part:
                    found = value
                    break
            if found is None:
                break
            node = found
        elif (
            isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value)
        ):
            node = node.value[part]
        else:
            break
        line = node.start_mark.line + 1
    return line


@contextmanager
def collector_paused() -> Iterator[None]:
    """Expanding and compiling a codebook's patterns makes a few million small objects that form
    no cycles. As they pile up, the cyclic garbage collector walks them again and again, for over
    half of a compile's time; nothing it could free is made meanwhile."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _compile_all(codebook: Codebook, root: Any, name: str) -> None:
    """Compile every pattern once so that syntax errors surface at load time, with their line."""
    with collector_paused():
        _expand_all(codebook, root, name)


def _expand_all(codebook: Codebook, root: Any, name: str) -> None:
    memo: MacroMemo = {}
    for p_index, pattern in enumerate(codebook.key_factor.requires_mention):
        try:
            expand_pattern(pattern, codebook.macros, memo=memo)
        except PatternError as exc:
            line = _line_of(root, ("key_factor", "requires_mention", p_index))
            raise CodebookError(
                f"{name}:{line}: key_factor.requires_mention[{p_index}] {pattern!r}: {exc}."
            ) from exc
    for p_index, pattern in enumerate(codebook.process):
        try:
            expand_pattern(pattern, codebook.macros, memo=memo)
        except PatternError as exc:
            line = _line_of(root, ("process", p_index))
            raise CodebookError(f"{name}:{line}: process[{p_index}] {pattern!r}: {exc}.") from exc
    for t_index, theme in enumerate(codebook.themes):
        for field in ("patterns", "exclude", "context"):
            for p_index, pattern in enumerate(getattr(theme, field)):
                try:
                    expand_pattern(pattern, codebook.macros, memo=memo)
                except PatternError as exc:
                    line = _line_of(root, ("themes", t_index, field, p_index))
                    raise CodebookError(
                        f"{name}:{line}: themes[{t_index}].{field}[{p_index}] {pattern!r}: {exc}."
                    ) from exc


# -- the pattern language ----------------------------------------------------------------------


class PatternError(ValueError):
    pass


@dataclass(frozen=True)
class Constraint:
    """One position of an expanded pattern: a literal word, a prefix, a number, or a gap."""

    kind: str  # lit | pre | num | gap
    value: str = ""
    case_sensitive: bool = False
    gap: int = 0
    from_macro: bool = False  # one of a macro's many alternatives: a poor anchor for matching


WORD = re.compile(r"[A-Za-z0-9]+")
_ELEMENT = re.compile(
    r"\s*(\*\*|\*|#|\(|\)|\||\{[a-z0-9_]+\}|[A-Za-z0-9]+\*?|[^\sA-Za-z0-9*#(){}|]+)"
)


# A macro's expansions by name, kept by the caller while it expands many patterns of one
# codebook: a macro used by many patterns is then expanded once (most of compiling a codebook).
MacroMemo = dict[str, list[tuple["Constraint", ...]]]


def expand_pattern(
    pattern: str,
    macros: dict[str, list[str]],
    _depth: int = 0,
    memo: MacroMemo | None = None,
) -> list[tuple[Constraint, ...]]:
    """All the constraint sequences a pattern stands for."""
    if _depth > 5:
        raise PatternError("macros nest more than 5 deep (a macro may refer to itself)")
    tokens = [m.group(1) for m in _ELEMENT.finditer(pattern)]
    sequences, position = _parse_sequence(tokens, 0, macros, _depth, memo)
    if position != len(tokens):
        raise PatternError(f"unexpected {tokens[position]!r}")
    cleaned = []
    for seq in sequences:
        seq = _strip_gaps(seq)
        if not any(c.kind != "gap" for c in seq):
            raise PatternError("the pattern has no words to match")
        cleaned.append(seq)
    if not cleaned:
        raise PatternError("the pattern is empty")
    return cleaned


def _strip_gaps(seq: tuple[Constraint, ...]) -> tuple[Constraint, ...]:
    items = list(seq)
    while items and items[0].kind == "gap":
        items.pop(0)
    while items and items[-1].kind == "gap":
        items.pop()
    merged: list[Constraint] = []
    for item in items:
        if item.kind == "gap" and merged and merged[-1].kind == "gap":
            merged[-1] = Constraint("gap", gap=merged[-1].gap + item.gap)
        else:
            merged.append(item)
    return tuple(merged)


def _parse_sequence(tokens: list[str], i: int, macros: dict, depth: int, memo: MacroMemo | None):
    sequences: list[tuple[Constraint, ...]] = [()]
    while i < len(tokens) and tokens[i] not in {")", "|"}:
        token = tokens[i]
        if token == "(":
            options, i = _parse_alternatives(tokens, i + 1, macros, depth, memo)
            if i < len(tokens) and tokens[i] == "?":  # "(the )?": the group may be left out
                options = [(), *options]
                i += 1
        elif token.startswith("{"):
            name = token[1:-1]
            if name not in macros:
                raise PatternError(f"unknown macro {{{name}}}; define it under macros")
            options = _macro(name, macros, depth, memo)
            i += 1
        elif token in {"*", "**"}:
            options = [(Constraint("gap", gap=GAP_SHORT if token == "*" else GAP_LONG),)]
            i += 1
        elif token == "#":
            options = [(Constraint("num"),)]
            i += 1
        elif WORD.match(token):
            word = token.rstrip("*")
            if token.endswith("*"):
                if len(word) < 3:
                    raise PatternError(f"prefix {token!r} is too short; use at least 3 letters")
                options = [(Constraint("pre", word.lower()),)]
            else:
                sensitive = len(word) >= 2 and word.isupper() and word.isalpha()
                options = [(Constraint("lit", word if sensitive else word.lower(), sensitive),)]
            i += 1
        else:  # punctuation: apostrophes, hyphens, commas separate words and match nothing
            i += 1
            continue
        sequences = [s + o for s in sequences for o in options]
        if len(sequences) > MAX_EXPANSIONS:
            raise PatternError(f"expands to more than {MAX_EXPANSIONS} alternatives; simplify it")
    return sequences, i


def _in_macro(c: Constraint) -> Constraint:
    """`c` as one of a macro's alternatives (`dataclasses.replace` took a fifth of a load)."""
    if c.from_macro:
        return c
    return Constraint(c.kind, c.value, c.case_sensitive, c.gap, True)


def _macro(
    name: str, macros: dict, depth: int, memo: MacroMemo | None
) -> list[tuple[Constraint, ...]]:
    if memo is not None and name in memo:
        return memo[name]
    options = [
        tuple(_in_macro(c) for c in seq)
        for phrase in macros[name]
        for seq in expand_pattern(str(phrase), macros, depth + 1, memo)
    ]
    if memo is not None:
        memo[name] = options
    return options


def _parse_alternatives(
    tokens: list[str], i: int, macros: dict, depth: int, memo: MacroMemo | None
):
    options: list[tuple[Constraint, ...]] = []
    while True:
        seqs, i = _parse_sequence(tokens, i, macros, depth, memo)
        options.extend(seqs)
        if i >= len(tokens):
            raise PatternError("unclosed '('")
        if tokens[i] == ")":
            return options, i + 1
        i += 1  # '|'
