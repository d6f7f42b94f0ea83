"""What the library page shows, prepared in Python: facet links and snippet markup for one
search are a few hundred small strings, and building them in the template cost more than the
search itself."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

from markupsafe import Markup, escape

from casebrief.browse import FACETS, BrowseResult
from casebrief.store.search_sqlite import MARK_END, MARK_START

FACET_NAMES = {
    "year": "Year",
    "review_type": "Review type",
    "partnership": "Partnership",
    "nation": "Nation",
    "theme": "Theme",
    "key_factor": "Key factor",
}


@dataclass
class FacetValue:
    label: str
    count: int
    href: str  # adds this filter, or removes it when active
    active: bool


@dataclass
class Facet:
    name: str
    title: str
    values: list[FacetValue]


@dataclass
class Snippet:
    href: str
    page: int | None
    html: Markup


def page_link(params: dict[str, Any], **changes: object) -> str:
    """The library URL with some parameters changed; any change but paging goes to page 1."""
    merged = params | changes
    return "/?" + urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def facets(result: BrowseResult, params: dict[str, Any]) -> list[Facet]:
    out = []
    for name in FACETS:
        values = []
        for value, count in result.facets.get(name, []):
            if name == "key_factor":
                label, param = ("Yes", "yes") if value else ("No", "no")
            elif name == "theme":
                label, param = result.theme_labels.get(value, value), value
            else:
                label, param = str(value), value
            active = params.get(name) == str(param)
            href = page_link(params, **{name: "" if active else param})
            values.append(FacetValue(label, count, href, active))
        if values:
            out.append(Facet(name, FACET_NAMES[name], values))
    return out


def review_href(review_id: int, q: str, sentence: int | None = None) -> str:
    """A review page link; with a sentence, the page opens at that sentence's section."""
    params = [f"q={quote(q)}"] if q else []
    if sentence is not None:
        params.append(f"sentence={sentence}")
    anchor = f"#s{sentence}" if sentence is not None else ""
    return f"/reviews/{review_id}" + (f"?{'&'.join(params)}" if params else "") + anchor


def snippet_html(text: str) -> Markup:
    """A snippet, escaped, with the search engine's match markers as <mark>."""
    escaped = str(escape(text))
    return Markup(escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


def snippets(review_id: int, q: str, found: list[dict[str, Any]]) -> list[Snippet]:
    return [
        Snippet(review_href(review_id, q, s["sentence_id"]), s["page"], snippet_html(s["snippet"]))
        for s in found
    ]
