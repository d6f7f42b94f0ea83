"""Who is asking and may they: session users, roles, and CSRF tokens on every write."""

from __future__ import annotations

import hmac
import secrets

from fastapi import Request

from casebrief.store.users import User, get_user

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


class NotLoggedIn(Exception):
    """Pages redirect to the login form; the API answers 401."""


class Forbidden(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class CsrfFailed(Exception):
    pass


def csrf_token(request: Request) -> str:
    """The session's token, created on first use. Sessions exist without accounts too: a web
    page elsewhere must not be able to post decisions to a server on this machine."""
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


async def check_csrf(request: Request) -> None:
    expected = request.session.get("csrf")
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        sent = (await request.form()).get(CSRF_FIELD)
    if not expected or not isinstance(sent, str) or not hmac.compare_digest(expected, sent):
        raise CsrfFailed()


def current_user(request: Request) -> User:
    settings = request.app.state.settings
    if not settings.auth:
        return User(settings.local_user, "admin")
    name = request.session.get("user")
    user = get_user(request.app.state.store, name) if name else None
    if user is None:
        raise NotLoggedIn()
    return user


def optional_user(request: Request) -> User | None:
    try:
        return current_user(request)
    except NotLoggedIn:
        return None


def require_analyst(request: Request) -> User:
    user = current_user(request)
    if not user.can_decide:
        raise Forbidden(f"{user.name} is a {user.role}: only analysts and admins change codings.")
    return user


def require_admin(request: Request) -> User:
    user = current_user(request)
    if not user.can_upload:
        raise Forbidden(f"{user.name} is a {user.role}: only admins add reports.")
    return user
