"""Reports added through the browser: size and type checked while the bytes arrive, stored in
a generated folder, then ingested exactly as `casebrief ingest` would."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from fastapi import UploadFile

from casebrief.errors import ReadError
from casebrief.ingest import ingest
from casebrief.readers import SUPPORTED_SUFFIXES
from casebrief.readers.detect import detect_format
from casebrief.store import Store

CHUNK = 1024 * 1024
EXTENSION = {"pdf": ".pdf", "docx": ".docx", "html": ".html", "text": ".txt"}


@dataclass
class UploadOutcome:
    name: str  # as the browser sent it, for the user's eyes only
    status: str  # ingested | updated | unchanged | failed | needs_ocr | rejected
    message: str | None = None
    review_id: int | None = None


def display_name(raw: str | None) -> str:
    """The file's own name without any folders a browser or a crafted request put in front."""
    name = PureWindowsPath(PurePosixPath(raw or "").name).name.strip()
    return name[:200] or "unnamed file"


def stored_name(name: str, extension: str) -> str:
    """The browser's file name made safe (letters, digits, spaces, '.', '-', '_', brackets) with
    the extension of its real type; it lives in a folder named by a random token, so names from
    different uploads never collide and never leave the upload folder."""
    stem = re.sub(r"[^\w .()-]", "_", PurePosixPath(name).stem).strip(" .") or "report"
    return f"{stem[:120]}{extension}"


async def receive(
    upload: UploadFile, folder: Path, limit: int
) -> tuple[Path | None, UploadOutcome]:
    """Write one upload to `folder` under a generated name; None and a 'rejected' outcome when
    it is too big or not a report. Nothing reaches the store here."""
    name = display_name(upload.filename)
    folder.mkdir(parents=True, exist_ok=True)
    suffix = PurePosixPath(name.lower()).suffix
    token = uuid.uuid4().hex
    partial = folder / f".{token}.partial{suffix if suffix in SUPPORTED_SUFFIXES else ''}"
    size = 0
    try:
        with partial.open("wb") as out:
            while chunk := await upload.read(CHUNK):
                size += len(chunk)
                if size > limit:
                    return None, UploadOutcome(
                        name,
                        "rejected",
                        f"{name}: larger than the {limit / 2**20:,.0f} MB upload limit; "
                        "ask the administrator to raise --max-upload-mb.",
                    )
                out.write(chunk)
        try:
            fmt = detect_format(partial)
        except ReadError as exc:
            return None, UploadOutcome(name, "rejected", str(exc).replace(str(partial), name))
        final = folder / token / stored_name(name, EXTENSION[fmt])
        final.parent.mkdir()
        partial.replace(final)
        return final, UploadOutcome(name, "received")
    finally:
        partial.unlink(missing_ok=True)


def ingest_uploads(store: Store, received: list[tuple[Path, UploadOutcome]]) -> None:
    """Ingest the received files; each outcome gets its status, message and review id."""
    if not received:
        return
    by_path = {str(path): outcome for path, outcome in received}
    report = ingest([path for path, _ in received], store, workers=1)
    for result in report.outcomes:
        outcome = by_path.get(result.path)
        if outcome is None:
            continue
        outcome.status = result.status
        outcome.review_id = result.review_id
        if result.message:
            outcome.message = result.message.replace(result.path, outcome.name)
    for path, outcome in received:
        if outcome.status == "failed":
            path.unlink(missing_ok=True)  # an unreadable file is not kept
            path.parent.rmdir()


async def handle(store: Store, settings, files: list[UploadFile]) -> list[UploadOutcome]:
    """Receive every file first (rejecting the wrong ones), then ingest those that passed."""
    outcomes: list[UploadOutcome] = []
    received: list[tuple[Path, UploadOutcome]] = []
    for upload in files:
        path, outcome = await receive(upload, settings.upload_dir, settings.max_upload_bytes)
        outcomes.append(outcome)
        if path is not None:
            received.append((path, outcome))
    if received:
        import anyio

        await anyio.to_thread.run_sync(ingest_uploads, store, received)
    return outcomes


MAX_FILES_PER_REQUEST = 20


class UploadSizeLimit:
    """ASGI middleware: refuse an upload request bigger than the limit allows before its body is
    read (multipart parsing would otherwise spool all of it to disk first)."""

    def __init__(self, app, limit_bytes: int, paths: tuple[str, ...] = ("/upload", "/api/upload")):
        self.app = app
        self.limit = limit_bytes * MAX_FILES_PER_REQUEST + 1024 * 1024
        self.paths = paths

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] not in self.paths:
            return await self.app(scope, receive, send)
        headers = dict(scope["headers"])
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            return await _too_large(send, self.limit)
        seen = 0

        async def counted():
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise UploadTooLarge()
            return message

        try:
            await self.app(scope, counted, send)
        except UploadTooLarge:
            await _too_large(send, self.limit)


class UploadTooLarge(Exception):
    pass


async def _too_large(send, limit: int) -> None:
    body = (
        f'{{"detail": "The upload is larger than {limit / 2**20:,.0f} MB in total; '
        'send fewer or smaller files."}'
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
