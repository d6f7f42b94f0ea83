"""Briefings from web form fields: the same composition and renderers as `casebrief brief`."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from fastapi.responses import Response

from casebrief.briefing.compose import Selection, compose
from casebrief.briefing.model import Briefing
from casebrief.errors import UsageError
from casebrief.parsing import id_list, year_range
from casebrief.store import Store
from casebrief.store.codings import choose_codebook, stored_codebook

FORMATS = {
    "html": ("text/html; charset=utf-8", ".html"),
    "pdf": ("application/pdf", ".pdf"),
    "docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".docx",
    ),
    "markdown": ("text/markdown; charset=utf-8", ".md"),
}
# The preview may style itself but never run script; it is shown in a frame of our own page.
PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'"


@dataclass
class BriefingForm:
    """The briefing's choices, as query parameters of the page, the preview and the API."""

    codebook: str = ""
    years: str = ""
    review_type: str = ""
    area: str = ""
    include: str = ""
    exclude: str = ""

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def selection(form: dict[str, str]) -> Selection:
    return Selection(
        year_range(form.get("years"), "years"),
        (form.get("review_type") or "").strip() or None,
        (form.get("area") or "").strip() or None,
        id_list(form.get("include"), "include"),
        id_list(form.get("exclude"), "exclude"),
    )


def build(store: Store, form: dict[str, str]) -> Briefing:
    if not form.get("codebook"):
        raise UsageError("Choose a codebook; nothing in the store is coded yet.")
    with store.engine.connect() as conn:
        codebook = stored_codebook(conn, form["codebook"])
    return compose(store, codebook, selection(form))


def render(briefing: Briefing, fmt: str) -> bytes:
    from casebrief.briefing.render_docx import render_docx
    from casebrief.briefing.render_html import render_html
    from casebrief.briefing.render_md import render_markdown
    from casebrief.briefing.render_pdf import render_pdf

    if fmt == "pdf":
        return render_pdf(briefing)
    if fmt == "docx":
        return render_docx(briefing)
    if fmt == "markdown":
        return render_markdown(briefing).encode("utf-8")
    return render_html(briefing).encode("utf-8")


def response(store: Store, form: dict[str, Any], fmt: str, *, download: bool) -> Response:
    if fmt not in FORMATS:
        raise UsageError(f"Unknown format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    book = choose_codebook(store, form.get("codebook") or None)
    form = form | {"codebook": book["id"] if book else ""}
    briefing = build(store, form)
    media, suffix = FORMATS[fmt]
    headers = {}
    if download:
        headers["Content-Disposition"] = (
            f'attachment; filename="{briefing.codebook_id}-briefing{suffix}"'
        )
    else:
        headers["Content-Security-Policy"] = PREVIEW_CSP
    return Response(render(briefing, fmt), media_type=media, headers=headers)
