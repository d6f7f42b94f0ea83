"""Server-rendered pages: library, review, coding review, themes, briefing, upload, login."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from casebrief.browse import FACETS, BrowseQuery, browse
from casebrief.coding.scoring import in_queues_only
from casebrief.errors import ReviewNotFound, UsageError
from casebrief.store import Store
from casebrief.store import codings as coding_store
from casebrief.store.corrections import FIELDS, correct, corrections, parse_value
from casebrief.store.decisions import QUEUE_ORDERS, add_coding, decide, review_queue
from casebrief.store.models import model_summaries
from casebrief.store.users import authenticate
from casebrief.web import briefings, library_view, uploads
from casebrief.web.app import flash, render
from casebrief.web.review_view import (
    SectionView,
    evidence_by_theme,
    readable_sections,
    review_sections,
    sections_to_load,
)
from casebrief.web.security import (
    check_csrf,
    current_user,
    require_admin,
    require_analyst,
)
from casebrief.web.settings import WebSettings

router = APIRouter(include_in_schema=False)

CATEGORY_NAMES = {
    "harm_type": "Harm",
    "platform": "Platform",
    "vulnerability": "Vulnerability",
    "practice_issue": "Practice issue",
    "learning": "Learning",
}


def store_of(request: Request) -> Store:
    return request.app.state.store


def settings_of(request: Request) -> WebSettings:
    return request.app.state.settings


def safe_next(target: str | None, default: str = "/") -> str:
    """Only same-site paths: a crafted link must not bounce a user to another site."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return default


# -- library ---------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def library(
    request: Request,
    q: str = "",
    year: Annotated[str, Query()] = "",
    review_type: str = "",
    partnership: str = "",
    nation: str = "",
    theme: str = "",
    key_factor: str = "",
    sort: str = "relevance",
    page: Annotated[int, Query(ge=1, le=10000)] = 1,
    codebook: str = "",
) -> Response:
    current_user(request)
    query = BrowseQuery(
        q=q.strip()[:500],
        year=int(year) if year.strip().isdigit() else None,
        review_type=review_type or None,
        partnership=partnership or None,
        nation=nation or None,
        theme=theme or None,
        key_factor={"yes": True, "no": False}.get(key_factor),
        sort=sort,
        page=page,
        codebook=codebook or None,
    )
    error = None
    try:
        result = browse(store_of(request), query)
    except UsageError as exc:  # a malformed query: show the page with the message, not a crash
        error = str(exc)
        result = browse(store_of(request), BrowseQuery(codebook=codebook or None))
        result.results, result.total, result.pages = [], 0, 1
    params = {
        k: v
        for k, v in {
            "q": query.q,
            "year": year,
            "review_type": review_type,
            "partnership": partnership,
            "nation": nation,
            "theme": theme,
            "key_factor": key_factor,
            "sort": sort if sort != "relevance" else "",
            "codebook": codebook,
        }.items()
        if v
    }
    return render(
        request,
        "library.html.j2",
        {
            "result": result,
            "query": query,
            "params": params,
            "error": error,
            "facets": library_view.facets(result, params),
            "hits": [
                (
                    hit,
                    library_view.review_href(
                        hit.review["id"],
                        query.q,
                        hit.snippets[0]["sentence_id"] if query.q and hit.snippets else None,
                    ),
                    library_view.snippets(hit.review["id"], query.q, hit.snippets),
                )
                for hit in result.results
            ],
            "clear_filters": library_view.page_link(params, **dict.fromkeys(FACETS, "")),
            "previous_page": library_view.page_link(params, page=query.page - 1),
            "next_page": library_view.page_link(params, page=query.page + 1),
        },
        400 if error else 200,
    )


# -- review ----------------------------------------------------------------------------------


def _review_codings(store: Store, review_id: int, codebook: str):
    book = coding_store.choose_codebook(store, codebook or None)
    codings, themes = [], []
    if book:
        definition = coding_store.codebook_definition(store, book["id"]) or {"themes": []}
        themes = definition["themes"]
        codings = [
            c
            for c in coding_store.review_codings(store, review_id, book["id"])
            if not in_queues_only(c)
        ]
    return book, codings, themes


@router.get("/reviews/{review_id}", response_class=HTMLResponse)
def review_page(
    request: Request,
    review_id: int,
    codebook: str = "",
    q: str = "",
    section: int | None = None,
    sentence: int | None = None,
) -> Response:
    """The review with the sections in view rendered; the others load on demand (a link per
    section without script, fetched as the reader scrolls with it)."""
    user = current_user(request)
    store = store_of(request)
    review = store.get_review(review_id)
    book, codings, themes = _review_codings(store, review_id, codebook)
    score = coding_store.review_score(store, review_id, book["id"]) if book else None
    labels = {t["id"]: t["label"] for t in themes}
    if section is None and sentence is not None:  # a link to a sentence shows its section
        section = store.sentence_section(review_id, sentence)
    readable = readable_sections(store, review_id)
    load = sections_to_load(readable, section)
    return render(
        request,
        "review.html.j2",
        {
            "review": review,
            "codebook": book,
            "codebooks": coding_store.coded_codebooks(store),
            "sections": review_sections(store, review, codings, labels, load, readable),
            "loaded": load,
            "evidence": evidence_by_theme(codings, themes),
            "themes": themes,
            "score": score,
            "labels": labels,
            "category_names": CATEGORY_NAMES,
            "can_decide": user.can_decide,
            "corrections": corrections(store, review_id),
            "correctable": FIELDS,
            "q": q,
        },
    )


@router.get("/reviews/{review_id}/sections/{ordinal}", response_class=HTMLResponse)
def review_section_fragment(
    request: Request, review_id: int, ordinal: int, codebook: str = ""
) -> Response:
    """One section of a review page, as the page renders it, for loading on demand."""
    current_user(request)
    store = store_of(request)
    review = store.get_review(review_id)
    book, codings, themes = _review_codings(store, review_id, codebook)
    labels = {t["id"]: t["label"] for t in themes}
    wanted = [c for c in codings if c["section_ordinal"] == ordinal]
    known = {s["ordinal"]: s for s in review["sections"]}
    if ordinal not in known:
        raise ReviewNotFound(f"Review {review_id} has no section {ordinal}.")
    views = [
        s for s in review_sections(store, review, wanted, labels, {ordinal}) if s.ordinal == ordinal
    ]
    # A section whose text is only its heading has no sentences: it comes back as a heading.
    section = (
        views[0]
        if views
        else SectionView(
            ordinal,
            known[ordinal]["heading"],
            known[ordinal]["kind"],
            known[ordinal]["page_start"],
            [],
        )
    )
    return render(
        request,
        "review_section.html.j2",
        {"s": section, "review": review, "codebook": book, "loaded": {ordinal}},
    )


@router.post("/reviews/{review_id}/metadata", dependencies=[Depends(check_csrf)])
async def metadata_form(request: Request, review_id: int) -> Response:
    """Analysts correct a review's metadata; fields left as they were are not recorded."""
    user = require_analyst(request)
    store = store_of(request)
    form = await request.form()
    review = store.get_review(review_id)
    changes = {}
    for field in FIELDS:
        if field not in form:
            continue
        value = parse_value(field, str(form[field]))
        if value != (review[field] or ([] if field == "child_pseudonyms" else None)):
            changes[field] = value
    if changes:
        correct(store, review_id, changes, user.name)
        flash(request, f"Corrected: {', '.join(changes)}.")
    else:
        flash(request, "No field changed.")
    return RedirectResponse(f"/reviews/{review_id}", status_code=303)


@router.get("/reviews/{review_id}/file")
def review_file(request: Request, review_id: int) -> Response:
    """The original report, if one of the files it was read from is still where it was."""
    current_user(request)
    review = store_of(request).get_review(review_id)
    for name in review["files"]:
        path = Path(name)
        if path.is_file():
            media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            download = f"review-{review_id}{path.suffix.lower()}"
            disposition = "inline" if media == "application/pdf" else "attachment"
            return FileResponse(
                path, media_type=media, filename=download, content_disposition_type=disposition
            )
    raise ReviewNotFound(
        f"The original file of review {review_id} is no longer at {', '.join(review['files']) or 'its path'}."
    )


@router.post("/reviews/{review_id}/codings", dependencies=[Depends(check_csrf)])
def add_coding_form(
    request: Request,
    review_id: int,
    sentence_id: Annotated[int, Form()],
    start: Annotated[int, Form()],
    end: Annotated[int, Form()],
    theme: Annotated[str, Form()],
    codebook: Annotated[str, Form()],
    note: Annotated[str, Form()] = "",
) -> Response:
    user = require_analyst(request)
    store = store_of(request)
    outcome = add_coding(
        store, sentence_id, start, end, codebook_id=codebook, theme=theme, user=user.name, note=note
    )
    if outcome.review_id != review_id:
        raise UsageError(f"Sentence {sentence_id} is not in review {review_id}.")
    request.app.state.retrainer.after_decision(outcome.codebook_id)
    flash(request, f"Coding added: {theme}.")
    return RedirectResponse(
        f"/reviews/{review_id}?codebook={codebook}#s{sentence_id}", status_code=303
    )


# -- coding review ---------------------------------------------------------------------------


@router.get("/coding", response_class=HTMLResponse)
def coding_queue(
    request: Request,
    codebook: str = "",
    theme: str = "",
    review: Annotated[int | None, Query()] = None,
    after: Annotated[int | None, Query()] = None,
    status: str = "suggested",
    order: str = "reading",
) -> Response:
    user = current_user(request)
    store = store_of(request)
    book = coding_store.choose_codebook(store, codebook or None)
    if status not in {"suggested", "accepted", "rejected"}:
        raise UsageError("status is one of suggested, accepted, rejected.")
    queue = (
        review_queue(
            store,
            book["id"],
            theme=theme or None,
            review_id=review,
            after=after,
            status=status,
            order=order,
        )
        if book
        else {"remaining": 0, "coding": None}
    )
    retrainer = request.app.state.retrainer
    model = None
    if book:
        trained = model_summaries(store, book["id"])
        model = {
            "trained": trained[0] if trained else None,
            "pending": retrainer.pending(book["id"]),
            "retraining": retrainer.is_running(book["id"]),
            "error": retrainer.last_error.get(book["id"]),
            "every": retrainer.every,
        }
    definition = coding_store.codebook_definition(store, book["id"]) if book else None
    themes = definition["themes"] if definition else []
    here = {
        "codebook": book["id"] if book else "",
        "theme": theme,
        "review": review or "",
        "status": status,
        "order": "" if order == "reading" else order,
    }
    here = {k: v for k, v in here.items() if v}
    return render(
        request,
        "coding.html.j2",
        {
            "codebook": book,
            "queue": queue,
            "coding": queue["coding"],
            "themes": themes,
            "labels": {t["id"]: t["label"] for t in themes},
            "theme": theme,
            "review_filter": review,
            "status": status,
            "order": order,
            "orders": QUEUE_ORDERS,
            "model": model,
            "here": here,
            "here_query": urlencode(here),
            "can_decide": user.can_decide,
        },
    )


@router.post("/codings/{coding_id}/decision", dependencies=[Depends(check_csrf)])
def decision_form(
    request: Request,
    coding_id: int,
    decision: Annotated[str, Form()],
    theme: Annotated[str, Form()] = "",
    note: Annotated[str, Form()] = "",
    seen: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/coding",
) -> Response:
    user = require_analyst(request)
    outcome = decide(
        store_of(request),
        coding_id,
        decision,
        user=user.name,
        note=note,
        theme=theme or None,
        seen=seen or None,
    )
    request.app.state.retrainer.after_decision(outcome.codebook_id)
    if outcome.replaced:
        replaced = outcome.replaced
        flash(
            request,
            f"{replaced['decided_by'] or 'Someone'} had already marked this coding "
            f"{replaced['status']} at {replaced['decided_at']}; your decision ({outcome.status}) "
            "replaced it. Both are kept in its history.",
            "warning",
        )
    else:
        flash(request, f"Coding {coding_id} {outcome.status}.")
    return RedirectResponse(safe_next(next, "/coding"), status_code=303)


# -- themes ----------------------------------------------------------------------------------


@router.get("/themes", response_class=HTMLResponse)
def themes_page(request: Request, codebook: str = "", trend: str = "") -> Response:
    from casebrief.briefing.charts import per_year_chart
    from casebrief.theme_stats import theme_stats

    current_user(request)
    store = store_of(request)
    book = coding_store.choose_codebook(store, codebook or None)
    stats = theme_stats(store, book["id"]) if book else None
    chart = stats.charts.get(trend) if stats else None
    if stats and stats.per_year and chart is None:
        labels = {t.id: t.label for t in stats.themes}
        if trend and trend not in labels:
            raise UsageError(f"Codebook {book['id']!r} has no theme {trend!r}.")
        rows = []
        for year, counts in stats.per_year.items():
            with_theme = counts.get(trend, 0) if trend else counts.get("key_factor", 0)
            rows.append((year, with_theme, counts["reviews"] - with_theme))
        legend = f"reviews raising {labels[trend].lower()}" if trend else None
        chart = stats.charts[trend] = per_year_chart(rows, book["title"].lower(), legend)
    return render(
        request,
        "themes.html.j2",
        {
            "codebook": book,
            "codebooks": coding_store.coded_codebooks(store),
            "stats": stats,
            "chart": chart,
            "trend": trend,
            "labels": {t.id: t.label for t in stats.themes} if stats else {},
            "category_names": CATEGORY_NAMES,
        },
    )


@router.get("/export/codings.{fmt}")
def codings_download(
    request: Request, fmt: str, codebook: str = "", status: str = "accepted"
) -> Response:
    """The codings as a spreadsheet, the same file `casebrief export --format xlsx|csv` writes."""
    from casebrief.exchange.sheets import codings_spreadsheet
    from casebrief.store.exchange import STATUSES

    current_user(request)
    if fmt not in {"xlsx", "csv"} or status not in STATUSES:
        raise UsageError("Download codings as codings.xlsx or codings.csv, status accepted or all.")
    store = store_of(request)
    book = coding_store.choose_codebook(store, codebook or None)
    if book is None:
        raise UsageError("No reviews are coded yet.")
    ids = [r["id"] for r in store.list_reviews()]
    data, _ = codings_spreadsheet(store, fmt, book["id"], ids, status)
    media = {
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "csv": "text/csv; charset=utf-8",
    }[fmt]
    name = f"{book['id']}-codings-{status}.{fmt}"
    return Response(
        data, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'}
    )


# -- briefing --------------------------------------------------------------------------------


@router.get("/briefing", response_class=HTMLResponse)
def briefing_page(
    request: Request, choices: Annotated[briefings.BriefingForm, Depends()]
) -> Response:
    current_user(request)
    store = store_of(request)
    book = coding_store.choose_codebook(store, choices.codebook or None)
    form = choices.as_dict() | {"codebook": book["id"] if book else ""}
    error = None
    summary = None
    if book:
        try:
            summary = briefings.build(store, form)
        except UsageError as exc:
            error = str(exc)
    return render(
        request,
        "briefing.html.j2",
        {
            "codebook": book,
            "codebooks": coding_store.coded_codebooks(store),
            "form": form,
            "query": urlencode({k: v for k, v in form.items() if v}),
            "summary": summary,
            "error": error,
            "formats": briefings.FORMATS,
        },
        400 if error else 200,
    )


@router.get("/briefing/preview")
def briefing_preview(
    request: Request, form: Annotated[briefings.BriefingForm, Depends()]
) -> Response:
    current_user(request)
    return briefings.response(store_of(request), form.as_dict(), "html", download=False)


@router.get("/briefing/download")
def briefing_download(
    request: Request, form: Annotated[briefings.BriefingForm, Depends()], format: str = "html"
) -> Response:
    current_user(request)
    return briefings.response(store_of(request), form.as_dict(), format, download=True)


# -- upload ----------------------------------------------------------------------------------


@router.get("/upload", response_class=HTMLResponse)
def upload_page(request: Request) -> Response:
    require_admin(request)
    return render(
        request,
        "upload.html.j2",
        {"limit_mb": settings_of(request).max_upload_bytes / 2**20, "outcomes": None},
    )


@router.post("/upload", dependencies=[Depends(check_csrf)])
async def upload_form(request: Request, files: Annotated[list[UploadFile], File()]) -> Response:
    require_admin(request)
    outcomes = await uploads.handle(request.app.state.store, settings_of(request), files)
    return render(
        request,
        "upload.html.j2",
        {"limit_mb": settings_of(request).max_upload_bytes / 2**20, "outcomes": outcomes},
    )


# -- accounts --------------------------------------------------------------------------------


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/") -> Response:
    return render(request, "login.html.j2", {"next": safe_next(next), "error": None})


@router.post("/login", dependencies=[Depends(check_csrf)])
def login_form(
    request: Request,
    name: Annotated[str, Form()],
    password: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/",
) -> Response:
    if not settings_of(request).auth:
        return RedirectResponse(safe_next(next), status_code=303)
    user = authenticate(store_of(request), name.strip(), password)
    if user is None:
        return render(
            request,
            "login.html.j2",
            {"next": safe_next(next), "error": "Unknown name or wrong password."},
            401,
        )
    request.session.clear()  # a fresh session (and CSRF token) for the logged-in user
    request.session["user"] = user.name
    return RedirectResponse(safe_next(next), status_code=303)


@router.post("/logout", dependencies=[Depends(check_csrf)])
def logout(request: Request) -> Response:
    request.session.clear()
    return RedirectResponse("/login", status_code=303)
