"""What a Word document's styles say about its headings. Word's own heading styles are named
"Heading 1", "Title" and so on, but a partnership's template often brings its own ("Report
Heading", "CSPR Level 1"), based on Word's or given an outline level, which is what Word's
navigation pane lists as headings. A style's type size, and the body's, tell a heading typed
larger than the text when no style marks it."""

from __future__ import annotations

from dataclasses import dataclass

from docx.oxml.ns import qn

BODY_TEXT_LEVEL = 9  # Word's outline level for body text; 0 to 8 are heading levels


@dataclass(frozen=True, slots=True)
class _Style:
    based_on: str | None
    outline: int | None  # Word's outline level, 0 for a first-level heading
    size: float | None  # type size in points


class WordStyles:
    """A document's paragraph styles: which are headings, at what level, and in what size."""

    def __init__(self, styles_element) -> None:
        self._styles: dict[str, _Style] = {}
        default_size = _size(styles_element.find(f"{qn('w:docDefaults')}//{qn('w:rPr')}"))
        normal = None
        for style in styles_element.iter(qn("w:style")):
            if style.get(qn("w:type")) != "paragraph":
                continue
            style_id = style.get(qn("w:styleId"), "")
            based = style.find(qn("w:basedOn"))
            self._styles[style_id] = _Style(
                based.get(qn("w:val")) if based is not None else None,
                outline_level(style.find(qn("w:pPr"))),
                _size(style.find(qn("w:rPr"))),
            )
            if style.get(qn("w:default")) in {"1", "true"}:
                normal = style_id
        self.default = normal
        self.body_size = self.size(normal) if normal else None
        if self.body_size is None:
            self.body_size = default_size

    def level(self, style_id: str) -> int | None:
        """The heading level of a paragraph style (Title 1, Heading 1 2, a heading of no level
        0): from the style's name, or the first outline level along the styles it is based on,
        or the name of a Word heading style it is based on; None for body text."""
        for current in self._chain(style_id):
            if (level := named_level(current)) is not None:
                return level
            style = self._styles.get(current)
            if style is not None and style.outline is not None:
                return style.outline + 2 if style.outline < BODY_TEXT_LEVEL else None
        return None

    def size(self, style_id: str | None) -> float | None:
        """The type size a paragraph style sets, along the styles it is based on."""
        for current in self._chain(style_id or self.default or ""):
            style = self._styles.get(current)
            if style is not None and style.size is not None:
                return style.size
        return None

    def _chain(self, style_id: str) -> list[str]:
        """The style and those it is based on, nearest first (a loop is cut)."""
        chain: list[str] = []
        current: str | None = style_id
        while current and current not in chain:
            chain.append(current)
            style = self._styles.get(current)
            current = style.based_on if style else None
        return chain


def named_level(style_id: str) -> int | None:
    """Word's "Title" is the top level, "Heading 1" the next; a heading style with no number is
    a heading of no level (0); any other style, None."""
    lowered = style_id.lower()
    if lowered.startswith("title"):
        return 1
    if not lowered.startswith("heading"):
        return None
    digits = "".join(ch for ch in style_id if ch.isdigit())
    return int(digits) + 1 if digits else 0


def paragraph_level(ppr) -> int | None:
    """The heading level a paragraph's own outline level gives it (as `WordStyles.level`), if it
    sets one below body text."""
    outline = outline_level(ppr)
    return outline + 2 if outline is not None and outline < BODY_TEXT_LEVEL else None


def outline_level(ppr) -> int | None:
    """A paragraph's or style's own outline level (0 to 9), if it sets one."""
    node = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
    if node is None:
        return None
    try:
        return int(node.get(qn("w:val"), ""))
    except ValueError:
        return None


def _size(rpr) -> float | None:
    """A run properties element's type size in points (Word stores half-points)."""
    node = rpr.find(qn("w:sz")) if rpr is not None else None
    if node is None:
        return None
    try:
        return int(node.get(qn("w:val"), "")) / 2
    except ValueError:
        return None


def run_size(run) -> float | None:
    """A run's own type size in points, if it sets one."""
    return _size(run.find(qn("w:rPr")))
