"""Ingestion: find files, skip what is already stored, parse the rest in parallel, store each
review in its own transaction so a failure or Ctrl-C never leaves half a review behind."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from casebrief.errors import CasebriefError, ReadError, UsageError
from casebrief.model import ParsedReview
from casebrief.readers import NOT_REPORT_SUFFIXES, SUPPORTED_SUFFIXES
from casebrief.readers.ocr import missing as ocr_missing
from casebrief.store import Store
from casebrief.text.pipeline import file_sha256, parse_file

STATUSES = ("ingested", "updated", "unchanged", "failed", "needs_ocr", "skipped")


@dataclass
class FileOutcome:
    path: str
    status: str  # one of STATUSES
    message: str | None = None
    review_id: int | None = None


@dataclass
class IngestReport:
    outcomes: list[FileOutcome] = field(default_factory=list)
    interrupted: bool = False

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def problems(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status in {"failed", "needs_ocr"}]


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[FileOutcome]]:
    """Files to ingest, and outcomes for paths that cannot be (missing, unsupported in a folder)."""
    found: list[Path] = []
    skipped: list[FileOutcome] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if name.startswith("."):
                        continue
                    child = Path(root) / name
                    if child.suffix.lower() in SUPPORTED_SUFFIXES:
                        found.append(child)
                    else:
                        skipped.append(
                            FileOutcome(
                                str(child.resolve()),
                                "skipped",
                                f"unsupported file type '{child.suffix or name}'",
                            )
                        )
        elif path.is_file() and path.suffix.lower() in NOT_REPORT_SUFFIXES:
            # "casebrief ingest reports/*" names a stray labels.py or notes.json explicitly; read
            # by content, it would pass as plain text and become a review.
            skipped.append(
                FileOutcome(
                    str(path.resolve()),
                    "skipped",
                    f"'{path.suffix}' is a data or code file, not a report; rename it to .txt "
                    "to ingest it as plain text",
                )
            )
        elif path.is_file():
            found.append(path)  # named explicitly: try it, and say what is wrong if it fails
        else:
            skipped.append(FileOutcome(str(path), "failed", "no such file or folder"))
    unique = list(dict.fromkeys(p.resolve() for p in found))
    return unique, skipped


@dataclass(frozen=True)
class OcrSettings:
    mode: str = "auto"  # auto | always | never (readers/ocr.py)
    page_timeout: float | None = None


def _parse_job(
    path: str, sha256: str, ocr: OcrSettings = OcrSettings()
) -> ParsedReview | tuple[str, str]:
    """Runs in a worker process: a ParsedReview, or (status, message) for an unusable file."""
    try:
        return parse_file(path, sha256, ocr_mode=ocr.mode, ocr_timeout=ocr.page_timeout)
    except ReadError as exc:
        return exc.status, str(exc)
    except CasebriefError as exc:
        return "failed", str(exc)
    except (
        Exception
    ) as exc:  # a reader library crashing on a malformed file must not stop the batch
        return "failed", f"{path}: could not be read ({type(exc).__name__}: {exc})"


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    workers: int = 1,
    ocr: OcrSettings = OcrSettings(),
    on_progress: Callable[[FileOutcome, int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest files and folders into `store`. `on_progress(outcome, done)` is called per file.
    Scanned PDFs are read with OCR as `ocr.mode` says; files stored as needs_ocr are read
    again on every run, so a later run with OCR available picks them up."""
    if ocr.mode == "always" and (why := ocr_missing()):
        raise UsageError(f"--ocr always: {why}.")
    files, early = discover(paths)
    report = IngestReport(outcomes=list(early))
    if on_total:
        on_total(len(files))
    known = store.file_records()
    ocr_ready = ocr.mode != "never" and not ocr_missing()
    done = 0

    def finish(outcome: FileOutcome) -> None:
        nonlocal done
        done += 1
        report.outcomes.append(outcome)
        if on_progress:
            on_progress(outcome, done)

    pending: list[tuple[Path, str, int, int]] = []  # path, sha256, size, mtime_ns
    duplicates: list[Path] = []  # same content as a file already pending in this batch
    try:
        hashes: set[str] = set()
        for path in files:
            outcome, job = _triage(path, store, known.get(str(path)), ocr_ready)
            if outcome:
                finish(outcome)
            elif job and job[1] in hashes:
                duplicates.append(path)
            elif job:
                hashes.add(job[1])
                pending.append(job)
        for job, result in _run_parsers(pending, workers, ocr):
            finish(_store_result(store, job, result))
        for path in duplicates:  # now linked to the review stored above, or failed like it
            outcome, job = _triage(path, store, None)
            if job:
                outcome = _store_result(store, job, _parse_job(str(job[0]), job[1], ocr))
            finish(outcome)
    except KeyboardInterrupt:
        report.interrupted = True
    return report


def _triage(
    path: Path, store: Store, record: dict | None, ocr_ready: bool = False
) -> tuple[FileOutcome | None, tuple | None]:
    """Decide without parsing whether a file is unchanged; hash only when size or time moved.
    A file stored with pages left unread for want of OCR is read again once OCR is ready."""
    try:
        stat = path.stat()
    except OSError as exc:
        return FileOutcome(str(path), "failed", f"{path}: cannot be read ({exc.strerror})."), None
    reread = ocr_ready and _left_pages_unread(record)
    if (
        not reread
        and record
        and record["status"] == "ingested"
        and (record["size"], record["mtime_ns"]) == (stat.st_size, stat.st_mtime_ns)
    ):
        return FileOutcome(str(path), "unchanged", review_id=record["review_id"]), None
    try:
        sha = file_sha256(path)
    except OSError as exc:
        return FileOutcome(str(path), "failed", f"{path}: cannot be read ({exc.strerror})."), None
    existing = store.review_id_for_hash(sha)
    if existing is not None and not reread:
        store.link_file(str(path), existing, sha, stat.st_size, stat.st_mtime_ns)
        return FileOutcome(
            str(path), "unchanged", "same content as a stored review", existing
        ), None
    return None, (path, sha, stat.st_size, stat.st_mtime_ns)


def _left_pages_unread(record: dict | None) -> bool:
    """The file holds a review stored with pages left unread (see ParsedReview.unread)."""
    return bool(record and record["status"] == "ingested" and record["unread"])


def _run_parsers(
    jobs: list[tuple], workers: int, ocr: OcrSettings
) -> Iterator[tuple[tuple, ParsedReview | tuple[str, str]]]:
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield job, _parse_job(str(job[0]), job[1], ocr)
        return
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts)
    try:
        queue = list(reversed(jobs))
        running: dict[Future, tuple] = {}
        while queue or running:
            while queue and len(running) < workers * 2:  # bounded: parsed reviews wait in memory
                job = queue.pop()
                running[pool.submit(_parse_job, str(job[0]), job[1], ocr)] = job
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                yield running.pop(future), future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the main process, which stops the batch cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _store_result(store: Store, job: tuple, result: ParsedReview | tuple[str, str]) -> FileOutcome:
    path, _sha, size, mtime_ns = job
    if isinstance(result, tuple):
        status, message = result
        store.record_failure(
            str(path), size=size, mtime_ns=mtime_ns, status=status, message=message
        )
        return FileOutcome(str(path), status, message)
    result.path = str(path)
    review_id, replaced = store.save_review(result, str(path), mtime_ns)
    return FileOutcome(
        str(path),
        "updated" if replaced else "ingested",
        "\n".join(result.warnings) or None,
        review_id=review_id,
    )


@dataclass
class Reextracted:
    review_id: int
    status: str  # changed | unchanged | failed
    message: str = ""
    changes: dict = field(default_factory=dict)


def reextract_metadata(
    store: Store,
    review_ids: list[int],
    ocr: OcrSettings = OcrSettings(),
    on_progress: Callable[[Reextracted, int], None] | None = None,
) -> list[Reextracted]:
    """Read stored reviews' metadata again from their files (after an upgrade of casebrief's
    extraction); analysts' corrections stay in force. Text, sentences and codings are untouched."""
    from casebrief.store.corrections import replace_extracted

    results: list[Reextracted] = []
    for done, review_id in enumerate(review_ids, 1):
        review = store.get_review(review_id)
        path = next((Path(p) for p in review["files"] if Path(p).is_file()), None)
        if path is None:
            result = Reextracted(
                review_id,
                "failed",
                f"review {review_id}: none of its files is where it was ingested from "
                f"({', '.join(review['files']) or 'no path recorded'}); ingest it again.",
            )
        elif (sha := file_sha256(path)) != store.sha_for_review(review_id):
            result = Reextracted(
                review_id,
                "failed",
                f"{path}: the file changed since it was ingested; run `casebrief ingest {path}`.",
            )
        else:
            outcome = _parse_job(str(path), sha, ocr)
            if isinstance(outcome, tuple):
                result = Reextracted(review_id, "failed", outcome[1])
            else:
                changes = replace_extracted(
                    store, review_id, outcome.metadata, outcome.metadata_sources
                )
                result = Reextracted(review_id, "changed" if changes else "unchanged", "", changes)
        results.append(result)
        if on_progress:
            on_progress(result, done)
    return results
