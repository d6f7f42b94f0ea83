"""HTML: a standalone, accessible page (semantic sections, headings, print stylesheet)."""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape

from casebrief.briefing.model import Briefing

_ENV = Environment(
    loader=PackageLoader("casebrief.briefing", "templates"),
    autoescape=select_autoescape(["html", "j2"]),
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


def render_html(b: Briefing) -> str:
    return _ENV.get_template("briefing.html.j2").render(b=b)
