"""The JSON API under /api/: the pages' operations for scripts, described by /api/openapi.json."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Query, Request, UploadFile
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from casebrief.browse import BrowseQuery, browse
from casebrief.errors import UsageError
from casebrief.store import codings as coding_store
from casebrief.store import run_sql
from casebrief.store.decisions import (
    CodingNotFound,
    add_coding,
    coding_detail,
    decide,
    review_queue,
)
from casebrief.store.users import authenticate
from casebrief.web import briefings, uploads
from casebrief.web.pages import settings_of, store_of
from casebrief.web.security import (
    check_csrf,
    csrf_token,
    current_user,
    require_admin,
    require_analyst,
)

router = APIRouter(prefix="/api", tags=["api"])


class Login(BaseModel):
    name: str
    password: str


class Decision(BaseModel):
    decision: str = Field(description="accept, reject or retheme")
    theme: str | None = Field(default=None, description="the new theme, for retheme")
    note: str | None = None
    seen: str | None = Field(
        default=None,
        description="the coding's `seen` value when you read it; if it changed since, the "
        "response's `replaced` says whose decision yours overrode",
    )


class NewCoding(BaseModel):
    sentence_id: int
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    theme: str
    codebook: str
    note: str | None = None


@router.post("/login")
def login(request: Request, body: Login) -> dict[str, Any]:
    """Start a session (cookie). Writes then need the returned csrf_token in X-CSRF-Token."""
    if request.app.state.settings.auth:
        user = authenticate(store_of(request), body.name.strip(), body.password)
        if user is None:
            return JSONResponse({"detail": "Unknown name or wrong password."}, status_code=401)
        request.session.clear()
        request.session["user"] = user.name
    return session(request)


@router.get("/session")
def session(request: Request) -> dict[str, Any]:
    user = current_user(request)
    return {
        "user": user.name,
        "role": user.role,
        "auth": request.app.state.settings.auth,
        "csrf_token": csrf_token(request),
    }


@router.get("/codebooks")
def codebooks(request: Request) -> list[dict[str, Any]]:
    current_user(request)
    return coding_store.coded_codebooks(store_of(request))


@router.get("/search")
def search(
    request: Request,
    q: str = "",
    year: int | None = None,
    review_type: str | None = None,
    partnership: str | None = None,
    nation: str | None = None,
    theme: str | None = None,
    key_factor: bool | None = None,
    sort: str = "relevance",
    page: Annotated[int, Query(ge=1)] = 1,
    per_page: Annotated[int, Query(ge=1, le=100)] = 20,
    codebook: str | None = None,
) -> dict[str, Any]:
    """Reviews matching a query (same language as `casebrief search`) and filters, with facets."""
    current_user(request)
    result = browse(
        store_of(request),
        BrowseQuery(
            q,
            year,
            review_type,
            partnership,
            nation,
            theme,
            key_factor,
            sort,
            page,
            per_page,
            codebook,
        ),
    )
    return {
        "query": dataclasses.asdict(result.query),
        "total": result.total,
        "pages": result.pages,
        "codebook": result.codebook and {k: result.codebook[k] for k in ("id", "title", "version")},
        "facets": {name: [list(pair) for pair in pairs] for name, pairs in result.facets.items()},
        "results": [
            {
                "review": r.review,
                "score": r.score,
                "matches": r.matches,
                "key_factor": r.key_factor,
                "themes": r.themes,
                "snippets": r.snippets,
            }
            for r in result.results
        ],
    }


@router.get("/reviews")
def reviews(request: Request) -> list[dict[str, Any]]:
    current_user(request)
    return store_of(request).list_reviews()


@router.get("/reviews/{review_id}")
def review(request: Request, review_id: int, codebook: str | None = None) -> dict[str, Any]:
    current_user(request)
    store = store_of(request)
    found = store.get_review(review_id)
    book = coding_store.choose_codebook(store, codebook)
    found["screening"] = coding_store.review_score(store, review_id, book["id"]) if book else None
    return found


@router.get("/reviews/{review_id}/codings")
def review_codings(
    request: Request, review_id: int, codebook: str | None = None, theme: str | None = None
) -> list[dict[str, Any]]:
    """Every coding of the review, negated and rejected ones included, with their flags."""
    current_user(request)
    store = store_of(request)
    store.get_review(review_id)
    book = coding_store.choose_codebook(store, codebook)
    return coding_store.review_codings(store, review_id, book["id"], theme) if book else []


@router.post("/reviews/{review_id}/codings", dependencies=[Depends(check_csrf)], status_code=201)
def new_coding(request: Request, review_id: int, body: NewCoding) -> dict[str, Any]:
    user = require_analyst(request)
    store = store_of(request)
    with store.engine.connect() as conn:
        owner = run_sql(
            conn, "SELECT review_id FROM sentences WHERE id = ?", (body.sentence_id,)
        ).scalar()
    if owner != review_id:
        raise UsageError(f"Sentence {body.sentence_id} is not in review {review_id}.")
    outcome = add_coding(
        store,
        body.sentence_id,
        body.start,
        body.end,
        codebook_id=body.codebook,
        theme=body.theme,
        user=user.name,
        note=body.note,
    )
    request.app.state.retrainer.after_decision(outcome.codebook_id)
    return dataclasses.asdict(outcome)


@router.patch("/reviews/{review_id}/metadata", dependencies=[Depends(check_csrf)])
def correct_metadata(request: Request, review_id: int, body: dict[str, str]) -> dict[str, Any]:
    """Correct metadata fields (field -> text; an empty text blanks the field). Returns the
    corrections in force, each with the extracted value, who and when."""
    from casebrief.store.corrections import correct, parse_value

    user = require_analyst(request)
    changes = {field: parse_value(field, value) for field, value in body.items()}
    if not changes:
        raise UsageError("Send at least one field to correct.")
    return correct(store_of(request), review_id, changes, user.name)


@router.get("/codings/{coding_id}")
def coding(request: Request, coding_id: int) -> dict[str, Any]:
    """One coding with its sentence, context and decision history."""
    current_user(request)
    with store_of(request).engine.connect() as conn:
        found = coding_detail(conn, coding_id)
    if found is None:
        raise CodingNotFound(f"No coding with id {coding_id}.")
    return found


@router.post("/codings/{coding_id}/decision", dependencies=[Depends(check_csrf)])
def decision(request: Request, coding_id: int, body: Decision) -> dict[str, Any]:
    user = require_analyst(request)
    outcome = decide(
        store_of(request),
        coding_id,
        body.decision,
        user=user.name,
        note=body.note,
        theme=body.theme,
        seen=body.seen,
    )
    request.app.state.retrainer.after_decision(outcome.codebook_id)
    return dataclasses.asdict(outcome)


@router.get("/queue")
def queue(
    request: Request,
    codebook: str | None = None,
    theme: str | None = None,
    review: int | None = None,
    after: int | None = None,
    status: str = "suggested",
    order: str = "reading",
) -> dict[str, Any]:
    """The next coding awaiting a decision, and how many remain. `order`: reading, missed (the
    learned coder's most probable suggestions first) or uncertain (nearest its threshold)."""
    current_user(request)
    store = store_of(request)
    book = coding_store.choose_codebook(store, codebook)
    if book is None:
        return {"remaining": 0, "coding": None}
    return review_queue(
        store,
        book["id"],
        theme=theme,
        review_id=review,
        after=after,
        status=status,
        order=order,
    )


@router.get("/themes")
def themes(request: Request, codebook: str | None = None) -> dict[str, Any]:
    """Prevalence, analysts' decisions, counts per year and co-occurring pairs per theme."""
    from casebrief.theme_stats import theme_stats

    current_user(request)
    store = store_of(request)
    book = coding_store.choose_codebook(store, codebook)
    if book is None:
        raise UsageError("Nothing is coded yet; run `casebrief code` first.")
    stats = theme_stats(store, book["id"])
    return {
        "codebook": stats.codebook,
        "reviews": stats.reviews,
        "key_factor_reviews": stats.key_factor_reviews,
        "themes": [dataclasses.asdict(t) for t in stats.themes],
        "per_year": stats.per_year,
        "pairs": [{"a": a, "b": b, "reviews": n, "jaccard": j} for a, b, n, j in stats.pairs],
    }


@router.get("/briefing")
def briefing(
    request: Request, form: Annotated[briefings.BriefingForm, Depends()], format: str = "html"
) -> Response:
    """The briefing as a file: html, pdf, docx or markdown."""
    current_user(request)
    return briefings.response(store_of(request), form.as_dict(), format, download=True)


@router.post("/upload", dependencies=[Depends(check_csrf)])
async def upload(request: Request, files: Annotated[list[UploadFile], File()]) -> JSONResponse:
    """Add report files (admins). Each file gets a status: ingested, updated, unchanged,
    needs_ocr, failed, or rejected (too big or not a report; nothing stored)."""
    require_admin(request)
    outcomes = await uploads.handle(store_of(request), settings_of(request), files)
    ok = all(o.status not in {"rejected", "failed"} for o in outcomes)
    return JSONResponse(
        {"files": [dataclasses.asdict(o) for o in outcomes]}, status_code=200 if ok else 422
    )
