"""Helpers shared by the benchmarks: a generated PDF corpus, peak memory, JSON output."""

from __future__ import annotations

import dataclasses
import json
import platform
import random
import resource
import string
import tempfile
import time
from pathlib import Path

from casebrief.config import database_url
from casebrief.model import Metadata, Page, ParsedReview, Section, Sentence
from casebrief.sample.build import build_corpus
from casebrief.sample.compose import compose
from casebrief.sample.render import render_pdf
from casebrief.sample.specs import SPECS
from casebrief.text.pipeline import parse_file

RESULTS = Path(__file__).parent / "results"


def generated_pdf_corpus(target: Path, min_pages: int) -> list[Path]:
    """Variants of the sample reviews (other children, years, wording order) as PDFs until the
    corpus has at least `min_pages` pages. Reuses files from an earlier run."""
    import pypdfium2 as pdfium

    target.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    pages = 0
    copy = 0
    while pages < min_pages:
        for spec in SPECS:
            letter = string.ascii_uppercase[copy % 26]
            variant = dataclasses.replace(
                spec,
                key=f"{spec.key}-v{copy}",
                child=f"Child {letter}{copy}",
                year=spec.year - copy % 5,
                format="pdf",
            )
            out = target / f"{variant.key}.pdf"
            if not out.exists():
                render_pdf(compose(variant), out)
            with pdfium.PdfDocument(str(out)) as pdf:
                pages += len(pdf)
            files.append(out)
            if pages >= min_pages:
                break
        copy += 1
    return files


def peak_rss_mb() -> float:
    """Peak resident memory of this process and its finished children, in MiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def write_results(name: str, data: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    data = {
        "benchmark": name,
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "python": platform.python_version(),
        **data,
    }
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, indent=2) + "\n")
    return path


def sentence_pool(corpus: Path) -> list[list[tuple[str, str, list[str]]]]:
    """Each sample review as its sections: (kind, heading, sentences)."""
    pool = []
    for path in sorted(corpus.iterdir()):
        if path.suffix in {".pdf", ".docx", ".html"}:
            parsed = parse_file(path)
            sections = [(sec.kind, sec.heading, []) for sec in parsed.sections]
            for sentence in parsed.sentences:
                sections[sentence.section][2].append(sentence.text)
            pool.append([section for section in sections if section[2]])
    return pool


def synthetic_review(n: int, pool: list, size: int, rng: random.Random) -> ParsedReview:
    """A review shaped like one of the sample reviews (its sections, in order), repeated with
    other children's names until it has `size` sentences."""
    base = pool[n % len(pool)]
    name = f"Child {n % 26}{n}"
    sentences: list[Sentence] = []
    sections: list[Section] = []
    offset = 0
    parts: list[str] = []
    while len(sentences) < size:
        for kind, heading, texts in base:
            start = offset
            for text in texts:
                text = text.replace("Child", name)
                page = 1 + len(sentences) // 30
                sentences.append(Sentence(text, offset, offset + len(text), page, len(sections)))
                parts.append(text)
                offset += len(text) + 1
            sections.append(
                Section(
                    kind,
                    heading,
                    start,
                    offset,
                    sentences[-1].page,
                    sentences[-1].page,
                    len(sections),
                )
            )
            if len(sentences) >= size:
                break
    body = " ".join(parts)
    pages = [Page(p, 0, 0) for p in range(1, sentences[-1].page + 1)]
    meta = Metadata(
        title=f"Synthetic review {n}",
        area=rng.choice(["Northshire", "Eastmoor", "Wexley"]),
        review_type="child safeguarding practice review",
        year=rng.randint(2012, 2024),
        child_pseudonyms=[name],
    )
    return ParsedReview(
        f"synthetic-{n}.pdf", "pdf", f"{n:064x}", len(body), body, pages, sections, sentences, meta
    )


def synthetic_store(path: Path, sentences: int, per_review: int = 750):
    """A store of at least `sentences` sentences: reviews recombined from the sample corpus's
    sentences, so vocabulary and theme density are those of the corpus. Reused between runs."""
    from casebrief.store import Store

    store = Store(database_url(path))
    have = store.counts()["sentences"]
    if have < sentences:
        with tempfile.TemporaryDirectory() as tmp:
            build_corpus(tmp)
            pool = sentence_pool(Path(tmp))
        rng = random.Random(7)
        n = store.counts()["reviews"]
        start = time.perf_counter()
        added = 0
        while have + added < sentences:
            review = synthetic_review(n, pool, per_review, rng)
            store.save_review(review, review.path, 0)
            added += len(review.sentences)
            n += 1
        seconds = time.perf_counter() - start
        print(
            f"stored {added:,} sentences in {seconds:.1f}s ({added / seconds:,.0f} sentences/s incl. index)"
        )
    return store


def bench_stores(dbs: list[str] | None, default: Path, sentences: int, per_review: int = 750):
    """(label, store) for each `--db` given (paths or postgresql:// URLs), filled to `sentences`:
    SQLite stores by generating reviews, PostgreSQL ones by copying the SQLite bench store, so
    both backends hold the same library. Without `--db`: the SQLite store at `default`."""
    from casebrief.store import Store
    from casebrief.store.copy import copy_store

    sqlite_given = [db for db in dbs or [] if not database_url(db).startswith("postgresql")]
    base = synthetic_store(
        Path(sqlite_given[0]) if sqlite_given else default, sentences, per_review
    )
    stores = []
    for db in dbs or [str(default)]:
        url = database_url(db)
        if url == base.url:
            stores.append(("sqlite", base))
            continue
        store = Store(url)
        if store.counts()["sentences"] < base.counts()["sentences"]:
            start = time.perf_counter()
            copy_store(base, store)
            print(
                f"copied the bench library into {store.where} in {time.perf_counter() - start:.0f}s"
            )
        stores.append((store.backend, store))
    return stores
