"""The FastAPI application: middleware, error pages, templates, and the routers."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.sessions import SessionMiddleware

from casebrief import __version__
from casebrief.coding.scoring import MODEL_EVIDENCE, is_possible
from casebrief.errors import CasebriefError, ReviewNotFound, UsageError
from casebrief.store import Store
from casebrief.store.decisions import CodingNotFound
from casebrief.web.retrain import Retrainer
from casebrief.web.security import CsrfFailed, Forbidden, NotLoggedIn, csrf_token, optional_user
from casebrief.web.settings import WebSettings
from casebrief.web.uploads import UploadSizeLimit

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.autoescape = True  # every template is HTML; review text is untrusted
templates.env.trim_blocks = True
templates.env.lstrip_blocks = True
# From this probability a model suggestion may be quoted; below it the page calls it possible.
templates.env.globals["model_evidence"] = MODEL_EVIDENCE
templates.env.tests["possible"] = is_possible

# Scripts only from our own static files; report text can never run as code. Inline styles
# are allowed because matplotlib's SVG charts carry style attributes.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'self'"
)


def app_from_env() -> FastAPI:
    """The app factory each worker process of `serve --workers N` calls."""
    return create_app(WebSettings.from_env())


def create_app(settings: WebSettings) -> FastAPI:
    from casebrief.web import api, pages

    app = FastAPI(
        title="casebrief",
        version=__version__,
        description="Search, code and brief on child safeguarding case reviews.",
        docs_url=None,  # Swagger UI loads from a CDN; the schema itself is served locally
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.settings = settings
    app.state.store = Store(settings.database_url)
    app.state.retrainer = Retrainer(app.state.store, settings.retrain_every)
    app.add_middleware(UploadSizeLimit, limit_bytes=settings.max_upload_bytes)
    app.add_middleware(
        SessionMiddleware,
        secret_key=settings.secret_key,
        session_cookie="casebrief_session",
        same_site="lax",
        https_only=False,
        max_age=12 * 3600,
    )

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        if "text/html" in response.headers.get("content-type", ""):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    _error_handlers(app)
    return app


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error_handlers(app: FastAPI) -> None:
    def error(request: Request, status: int, message: str) -> Response:
        if wants_json(request):
            return JSONResponse({"detail": message}, status_code=status)
        return render(request, "error.html.j2", {"status": status, "message": message}, status)

    @app.exception_handler(NotLoggedIn)
    async def not_logged_in(request: Request, _exc: NotLoggedIn) -> Response:
        if wants_json(request):
            return JSONResponse(
                {"detail": "Log in first: POST /api/login with name and password."},
                status_code=401,
            )
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target)}", status_code=303)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> Response:
        return error(request, 403, exc.message)

    @app.exception_handler(CsrfFailed)
    async def csrf_failed(request: Request, _exc: CsrfFailed) -> Response:
        return error(
            request,
            403,
            "The form's security token is missing or out of date. Reload the page and try again.",
        )

    @app.exception_handler(ReviewNotFound)
    @app.exception_handler(CodingNotFound)
    async def not_found(request: Request, exc: CasebriefError) -> Response:
        return error(request, 404, str(exc))

    @app.exception_handler(UsageError)
    async def bad_request(request: Request, exc: UsageError) -> Response:
        return error(request, 400, str(exc))


def render(
    request: Request, name: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    """A page with what every template needs: who is logged in, the CSRF token, messages."""
    user = optional_user(request)
    flashes = request.session.pop("flash", []) if "session" in request.scope else []
    base = {
        "request": request,
        "user": user,
        "auth": request.app.state.settings.auth,
        "csrf": csrf_token(request),
        "flashes": flashes,
        "version": __version__,
    }
    return templates.TemplateResponse(request, name, base | context, status_code=status_code)


def flash(request: Request, message: str, kind: str = "info") -> None:
    request.session.setdefault("flash", [])
    request.session["flash"] = [*request.session["flash"], {"kind": kind, "message": message}]
