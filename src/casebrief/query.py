"""The search language users type, checked and translated for the full-text engine.

Supported: words, "quoted phrases", prefix* terms, AND / OR / NOT (upper case), parentheses.
Words next to each other must all match. Anything else (hyphens, apostrophes, colons) is read
as part of a phrase rather than as syntax, so `self-harm` and `Child R's` simply work."""

from __future__ import annotations

import re
from dataclasses import dataclass

from casebrief.errors import QueryError

_TOKEN = re.compile(r'\s*(?:(")|(\()|(\))|([^\s()"]+))')
_WORD_CHARS = re.compile(r"[^\W_]+", re.UNICODE)
OPERATORS = {"AND", "OR", "NOT"}
MAX_QUERY_LENGTH = 500


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    prefix: bool = False


def parse(query: str) -> list[Term | str]:
    """Tokens: Terms, operators ('AND', 'OR', 'NOT') and parentheses; raises QueryError."""
    if not query or not query.strip():
        raise QueryError(
            'The search query is empty; type some words, e.g. casebrief search "groomed online".'
        )
    if len(query) > MAX_QUERY_LENGTH:
        raise QueryError(
            f"The search query is {len(query)} characters long; keep it under {MAX_QUERY_LENGTH}."
        )
    tokens: list[Term | str] = []
    pos = 0
    text = query.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            break
        pos = m.end()
        if m.group(1):
            close = text.find('"', pos)
            if close < 0:
                raise QueryError(
                    f'Unbalanced quote in {query!r}: close the phrase with a second ".'
                )
            words = tuple(w.lower() for w in _WORD_CHARS.findall(text[pos:close]))
            pos = close + 1
            prefix = text[pos : pos + 1] == "*"
            pos += 1 if prefix else 0
            if words:
                tokens.append(Term(words, prefix))
        elif m.group(2):
            tokens.append("(")
        elif m.group(3):
            tokens.append(")")
        else:
            raw = m.group(4)
            if raw in OPERATORS:
                tokens.append(raw)
                continue
            prefix = raw.endswith("*")
            words = tuple(w.lower() for w in _WORD_CHARS.findall(raw))
            if words:
                tokens.append(Term(words, prefix))
    _check(tokens, query)
    return tokens


def _check(tokens: list[Term | str], query: str) -> None:
    if not any(isinstance(t, Term) for t in tokens):
        raise QueryError(f'{query!r} has no words to search for; add a word or a "phrase".')
    depth = 0
    previous: Term | str | None = None
    for token in tokens:
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
            if depth < 0:
                raise QueryError(f"Unbalanced ')' in {query!r}: remove it or add a matching '('.")
            if previous in OPERATORS or previous == "(":
                raise QueryError(f"Empty or incomplete group before ')' in {query!r}.")
        elif token in OPERATORS and (previous is None or previous in OPERATORS or previous == "("):
            raise QueryError(
                f"{token} needs a term on each side in {query!r}, e.g. 'grooming {token} Snapchat'."
            )
        previous = token
    if depth:
        raise QueryError(f"Unbalanced '(' in {query!r}: add the closing ')'.")
    if previous in OPERATORS:
        raise QueryError(f"{query!r} ends with {previous}; add the term it applies to.")


def to_fts5(tokens: list[Term | str]) -> str:
    """The FTS5 MATCH expression for parsed tokens."""
    parts: list[str] = []
    previous: Term | str | None = None
    for token in tokens:
        if (isinstance(token, Term) or token == "(") and (
            isinstance(previous, Term) or previous == ")"
        ):
            parts.append("AND")  # FTS5 rejects implicit AND next to a group: "(a OR b) c"
        if isinstance(token, Term):
            phrase = '"' + " ".join(token.words) + '"'
            parts.append(phrase + ("*" if token.prefix else ""))
        else:
            parts.append(token)
        previous = token
    return " ".join(parts)


def to_tsquery(tokens: list[Term | str]) -> str:
    """The PostgreSQL to_tsquery expression for parsed tokens, with FTS5's meaning: words next
    to each other must all match, NOT is 'and not', phrases keep word order (<->), prefix:*."""
    parts: list[str] = []
    previous: Term | str | None = None
    for token in tokens:
        operand = isinstance(token, Term) or token == "("
        if operand and (isinstance(previous, Term) or previous == ")"):
            parts.append("&")  # implicit AND between neighbours
        if isinstance(token, Term):
            words = list(token.words)
            if token.prefix:
                words[-1] += ":*"
            phrase = " <-> ".join(words)
            parts.append(f"({phrase})" if len(words) > 1 else phrase)
        elif token == "AND":
            parts.append("&")
        elif token == "OR":
            parts.append("|")
        elif token == "NOT":
            parts.append("& !")
        else:
            parts.append(token)
        previous = token
    return " ".join(parts)


def without_negations(tokens: list[Term | str]) -> list[Term | str]:
    """The tokens with every 'NOT x' (x a term or a group) left out: what ranking needs, since a
    matching sentence holds none of the negated words."""
    out: list[Term | str] = []
    i = 0
    while i < len(tokens):
        if tokens[i] != "NOT":
            out.append(tokens[i])
            i += 1
            continue
        i += 1  # skip the operand: a term, or a whole group
        depth = 0
        while i < len(tokens):
            depth += (tokens[i] == "(") - (tokens[i] == ")")
            i += 1
            if depth == 0:
                break
    return out


def highlight_terms(tokens: list[Term | str]) -> list[Term]:
    return [t for t in tokens if isinstance(t, Term)]


_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "e", "y")


def _stem(word: str) -> str:
    """A crude stem, close enough to the engine's Porter stemmer to highlight what it matched."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def highlighter(query: str) -> re.Pattern[str] | None:
    """A regex finding the words a query asks for (not those after NOT), for marking snippets
    without asking the engine again: with prefix terms that costs milliseconds per sentence."""
    tokens = parse(query)
    words: set[str] = set()
    for i, token in enumerate(tokens):
        if isinstance(token, Term) and not (i and tokens[i - 1] == "NOT"):
            words.update(_stem(w) for w in token.words)
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE)


def mark(text: str, pattern: re.Pattern[str] | None, start: str, end: str, width: int = 320) -> str:
    """`text` with matches wrapped in `start`/`end`, cut to about `width` characters around the
    first match."""
    if pattern is None:
        return text[:width]
    first = pattern.search(text)
    if len(text) > width:
        begin = max(0, (first.start() if first else 0) - width // 3)
        text = ("\u2026" if begin else "") + text[begin : begin + width] + "\u2026"
    return pattern.sub(lambda m: f"{start}{m.group(0)}{end}", text)
