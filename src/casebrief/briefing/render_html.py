"""HTML: a standalone, accessible page (semantic sections, headings, print stylesheet)."""

from __future__ import annotations

import base64

from jinja2 import Environment, PackageLoader, select_autoescape

from casebrief.briefing.charts import briefing_charts
from casebrief.briefing.model import Briefing

_ENV = Environment(
    loader=PackageLoader("casebrief.briefing", "templates"),
    autoescape=select_autoescape(["html", "j2"]),
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


def render_html(b: Briefing, *, for_print: bool = False) -> str:
    """The standalone page; `for_print` adds a contents list with page numbers and embeds charts
    as images (what WeasyPrint lays out for the PDF)."""
    charts = []
    for chart in briefing_charts(b):
        src = "data:image/svg+xml;base64," + base64.b64encode(chart.svg.encode()).decode()
        charts.append(
            {
                "title": chart.title,
                "alt": chart.alt,
                "svg": chart.svg,
                "src": src,
                "svg_inline": not for_print,
            }
        )
    return _ENV.get_template("briefing.html.j2").render(b=b, charts=charts, contents=for_print)
