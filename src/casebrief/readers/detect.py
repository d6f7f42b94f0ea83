"""Decide a file's format from its content, not only its name, so misnamed files fail clearly."""

from __future__ import annotations

import zipfile
from pathlib import Path

from casebrief.config import max_file_bytes
from casebrief.errors import ReadError

_MAGIC = {
    b"%PDF-": "pdf",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"\xd0\xcf\x11\xe0": "an encrypted Office file or a legacy .doc file",
    b"{\\rtf": "an RTF file",
    b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
    b"MZ": "a Windows program",
    b"\x7fELF": "a Linux program",
}

_TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
_HTML_SUFFIXES = {".html", ".htm"}


def detect_format(path: Path) -> str:
    """Return 'pdf', 'docx', 'html' or 'text', or raise ReadError saying what the file really is."""
    if not path.is_file():
        raise ReadError(f"{path}: not a file, or it does not exist.")
    size = path.stat().st_size
    if size == 0:
        raise ReadError(f"{path}: the file is empty (0 bytes).")
    limit = max_file_bytes()
    if size > limit:
        raise ReadError(
            f"{path}: {size / 2**20:,.0f} MB is over the {limit / 2**20:,.0f} MB limit for one "
            "report; set CASEBRIEF_MAX_FILE_MB to raise it."
        )
    with path.open("rb") as fh:
        head = fh.read(4096)
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    # PDF writers may put junk before the header; the spec allows it within the first 1 KiB.
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_format(path)
    for magic, name in _MAGIC.items():
        if head.startswith(magic):
            raise ReadError(
                f"{path}: this is {name}, not a supported report format "
                "(PDF, DOCX, HTML, TXT or Markdown)."
                + (
                    " Save it as an unencrypted .docx or PDF and try again."
                    if "Office" in name
                    else ""
                )
            )
    lowered = stripped[:512].lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or (
        path.suffix.lower() in _HTML_SUFFIXES and lowered.startswith(b"<")
    ):
        return "html"
    if _looks_like_text(head):
        if path.suffix.lower() in _HTML_SUFFIXES:
            return "html"
        if path.suffix.lower() == ".pdf":
            raise ReadError(f"{path}: named .pdf but contains plain text, not a PDF.")
        if path.suffix.lower() == ".docx":
            raise ReadError(f"{path}: named .docx but contains plain text, not a Word document.")
        return "text"
    raise ReadError(
        f"{path}: unrecognised binary file; casebrief reads PDF, DOCX, HTML, TXT and Markdown."
    )


def _zip_format(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except zipfile.BadZipFile as exc:
        raise ReadError(f"{path}: damaged or truncated ZIP/DOCX file ({exc}).") from exc
    if "word/document.xml" in names:
        return "docx"
    if any(n.startswith("xl/") for n in names):
        raise ReadError(f"{path}: this is an Excel workbook, not a report document.")
    if any(n.startswith("ppt/") for n in names):
        raise ReadError(f"{path}: this is a PowerPoint file, not a report document.")
    raise ReadError(f"{path}: a ZIP archive, not a Word document; unpack it and ingest the files.")


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        sample = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut by the 4 KiB read is still text.
        if exc.start < len(head) - 4:
            try:
                sample = head.decode("cp1252")
            except UnicodeDecodeError:
                return False
        else:
            sample = head[: exc.start].decode("utf-8")
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\f")
    return controls <= max(2, len(sample) // 100)
