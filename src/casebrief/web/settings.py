"""How a server is configured: store, accounts on or off, uploads."""

from __future__ import annotations

import getpass
import ipaddress
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from casebrief.errors import UsageError

DEFAULT_MAX_UPLOAD_MB = 100.0
# How `serve --workers N` hands its settings to the worker processes uvicorn starts.
SETTINGS_ENV = "CASEBRIEF_WEB_SETTINGS"


@dataclass
class WebSettings:
    database_url: str
    auth: bool = False
    upload_dir: Path | None = None  # default: "uploads" next to the database file
    max_upload_bytes: int = int(DEFAULT_MAX_UPLOAD_MB * 1024 * 1024)
    secret_key: str = field(default_factory=lambda: os.environ.get("CASEBRIEF_SECRET_KEY") or "")
    local_user: str = field(default_factory=lambda: _login_name())
    # Retrain the learned coder in the background after this many new decisions (0: never).
    retrain_every: int = 10

    def __post_init__(self) -> None:
        if not self.secret_key:
            # Sessions then last as long as the server; set CASEBRIEF_SECRET_KEY to keep them.
            self.secret_key = secrets.token_urlsafe(32)
        if self.upload_dir is None:
            if self.database_url.startswith("sqlite:///"):
                db = Path(self.database_url.removeprefix("sqlite:///"))
                self.upload_dir = db.parent / f"{db.stem}-uploads"
            else:
                self.upload_dir = Path("casebrief-uploads").resolve()

    def to_env(self) -> None:
        """Publish these settings (the secret key included, so that every worker accepts the
        others' session cookies) to child processes."""
        os.environ[SETTINGS_ENV] = json.dumps(
            {
                "database_url": self.database_url,
                "auth": self.auth,
                "upload_dir": str(self.upload_dir),
                "max_upload_bytes": self.max_upload_bytes,
                "secret_key": self.secret_key,
                "local_user": self.local_user,
                "retrain_every": self.retrain_every,
            }
        )

    @classmethod
    def from_env(cls) -> WebSettings:
        try:
            values = json.loads(os.environ[SETTINGS_ENV])
        except (KeyError, ValueError) as exc:
            raise UsageError(
                f"${SETTINGS_ENV} is missing or not JSON; start the server with `casebrief serve`."
            ) from exc
        values["upload_dir"] = Path(values["upload_dir"])
        return cls(**values)


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "local"


def max_upload_bytes_from_env() -> int:
    """$CASEBRIEF_MAX_UPLOAD_MB megabytes (default 100)."""
    try:
        megabytes = float(os.environ.get("CASEBRIEF_MAX_UPLOAD_MB", DEFAULT_MAX_UPLOAD_MB))
    except ValueError:
        megabytes = DEFAULT_MAX_UPLOAD_MB
    return int(megabytes * 1024 * 1024)


def check_bind(host: str, auth: bool) -> None:
    """Without accounts, anyone who can reach the port can read and change everything: only
    this machine may."""
    if auth:
        return
    if host == "localhost":
        return
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise UsageError(
            f"Refusing to serve on {host} without accounts: anyone on the network could read the "
            "reviews. Add --auth (and create users with `casebrief user add`), or use --host 127.0.0.1."
        )
