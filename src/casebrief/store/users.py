"""Web app accounts: names, roles and argon2 password hashes, kept in the same store."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, insert, select, update

from casebrief.errors import UsageError
from casebrief.store.repository import Store
from casebrief.store.schema import users

ROLES = ("viewer", "analyst", "admin")
MIN_PASSWORD = 8
_hasher = PasswordHasher()


@dataclass(frozen=True)
class User:
    name: str
    role: str

    @property
    def can_decide(self) -> bool:
        return self.role in {"analyst", "admin"}

    @property
    def can_upload(self) -> bool:
        return self.role == "admin"


def _check(name: str, role: str, password: str) -> None:
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}", name):
        raise UsageError(
            f"User name {name!r}: use letters, digits, '.', '_', '@' or '-' (up to 64 characters)."
        )
    if role not in ROLES:
        raise UsageError(f"Unknown role {role!r}; use one of {', '.join(ROLES)}.")
    if len(password) < MIN_PASSWORD:
        raise UsageError(f"The password must have at least {MIN_PASSWORD} characters.")


def add_user(store: Store, name: str, role: str, password: str, *, replace: bool = False) -> None:
    _check(name, role, password)
    values = {"role": role, "password_hash": _hasher.hash(password)}
    with store.transaction() as conn:
        exists = conn.execute(select(users.c.name).where(users.c.name == name)).scalar()
        if exists and not replace:
            raise UsageError(f"User {name!r} already exists; add --replace to change it.")
        if exists:
            conn.execute(update(users).where(users.c.name == name).values(**values))
        else:
            conn.execute(
                insert(users).values(
                    name=name, created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None), **values
                )
            )


def remove_user(store: Store, name: str) -> None:
    with store.transaction() as conn:
        if conn.execute(delete(users).where(users.c.name == name)).rowcount == 0:
            raise UsageError(f"No user {name!r}; `casebrief user list` shows them.")


def list_users(store: Store) -> list[dict]:
    with store.engine.connect() as conn:
        return [
            dict(r)
            for r in conn.execute(
                select(users.c.name, users.c.role, users.c.created_at).order_by(users.c.name)
            ).mappings()
        ]


def authenticate(store: Store, name: str, password: str) -> User | None:
    with store.engine.connect() as conn:
        row = conn.execute(
            select(users.c.role, users.c.password_hash).where(users.c.name == name)
        ).first()
    if row is None:
        _hasher.hash(password)  # same work as a real check, so timing does not reveal names
        return None
    try:
        _hasher.verify(row.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    return User(name, row.role)


def get_user(store: Store, name: str) -> User | None:
    with store.engine.connect() as conn:
        role = conn.execute(select(users.c.role).where(users.c.name == name)).scalar()
    return User(name, role) if role else None
