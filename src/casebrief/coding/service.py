"""Code the whole store with a codebook: only reviews not yet coded with this version (and this
learned model, when there is one), in parallel worker processes that read the store themselves;
the main process writes."""

from __future__ import annotations

import gc
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field

from casebrief.codebook import Codebook, parse_codebook
from casebrief.coding import fast
from casebrief.coding.coder import Coder, Coding, shared_coder
from casebrief.learning.model import LearnedCoder
from casebrief.learning.suggest import ReviewChild, Suggester, suggestions_key
from casebrief.learning.vectors import for_store
from casebrief.metadata import age_in_years
from casebrief.store import Store
from casebrief.store import codings as coding_store
from casebrief.store import models as model_store

BATCH = 8  # reviews per worker task


@dataclass
class CodingReport:
    codebook: str
    version: int
    coded: int = 0  # coded with the codebook (and the model, if any)
    refreshed: int = 0  # only their model suggestions renewed
    rules_changed: int = 0  # of `coded`, reviews coded before under earlier coding rules
    already_coded: int = 0
    codings: int = 0
    suggested_by_model: int = 0
    model: str | None = None
    key_factor: int = 0
    warnings: list[str] = field(default_factory=list)
    interrupted: bool = False


def code_store(
    store: Store,
    codebook: Codebook,
    *,
    workers: int = 1,
    use_model: bool = True,
    on_total: Callable[[int], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> CodingReport:
    """Code with the codebook, and with the newest learned model for it unless `use_model` is
    off or none has been trained."""
    from casebrief.learning.service import load_model

    report = CodingReport(codebook.id, codebook.version)
    if warning := coding_store.register_codebook(store, codebook):
        report.warnings.append(warning)
    current = (
        model_store.latest_fingerprint(store, codebook.id, codebook.version) if use_model else None
    )
    report.model = current
    if (
        use_model
        and current is None
        and (older := model_store.trained_versions(store, codebook.id))
    ):
        report.warnings.append(
            f"the learned coder was trained for {codebook.id} v{max(older)}, not v{codebook.version}: "
            f"coding with the codebook only; run `casebrief learn --codebook {codebook.id}`, then "
            "`casebrief code` again for its suggestions."
        )
    # Reviews new to this codebook version are coded in full; reviews coded with it under
    # another model (or none, or under earlier suggestion rules) only get fresh model
    # suggestions, so that the codebook's codings keep their ids while analysts work on them.
    full = coding_store.reviews_to_code(store, codebook)
    report.rules_changed = coding_store.coded_under_older_rules(store, codebook)
    # Suggestions are keyed by the fingerprint stored with the model, so the model itself is
    # only unpickled (seconds) when some review needs it.
    made_with = suggestions_key(current) if current else None
    refresh = coding_store.reviews_to_suggest(store, codebook, made_with)
    todo = sorted([(r, True) for r in full] + [(r, False) for r in refresh])
    learned = load_model(store, codebook, current) if current and todo else None
    if learned is None:
        made_with = None
    if full and (note := fast.missing()):
        report.warnings.append(note)
    report.already_coded = store.counts()["reviews"] - len(todo)
    if on_total:
        on_total(len(todo))
    try:
        for review_id, found, suggested in _code_batches(store, codebook, learned, todo, workers):
            if found is None:
                score = coding_store.save_model_suggestions(
                    store, review_id, codebook, suggested, model=made_with
                )
                report.refreshed += 1
            else:
                score = coding_store.save_review_codings(
                    store, review_id, codebook, found, suggested, model=made_with
                )
                report.codings += len(found)
                report.coded += 1
            report.suggested_by_model += len(suggested)
            report.key_factor += score.key_factor
            if on_progress:
                on_progress(report.coded + report.refreshed)
    except KeyboardInterrupt:
        report.interrupted = True
    return report


# review id, codebook codings (None: kept as stored), model suggestions
Coded = tuple[int, list[Coding] | None, list[Coding]]
Todo = list[tuple[int, bool]]  # review id, code with the codebook too


def _code_batches(
    store: Store, codebook: Codebook, learned: LearnedCoder | None, todo: Todo, workers: int
) -> Iterator[Coded]:
    if not todo:
        return  # nothing to code: no coder to read back or build (1 to 2 s for online-harm)
    batches = [todo[i : i + BATCH] for i in range(0, len(todo), BATCH)]
    if workers <= 1 or len(batches) <= 1:
        coder = long_lived(shared_coder(codebook))
        if learned:
            learned.features.adopt(coder)
        suggester = Suggester(learned, codebook) if learned else None
        for batch in batches:
            yield from _code_reviews(store, coder, suggester, batch)
        return
    pool = ProcessPoolExecutor(
        max_workers=workers,
        initializer=_init_worker,
        initargs=(
            store.url,
            codebook.source,
            _codebook_text(codebook),
            learned.dumps() if learned else None,
        ),
    )
    try:
        queue = list(reversed(batches))
        running: dict[Future, Todo] = {}
        while queue or running:
            while queue and len(running) < workers * 2:
                batch = queue.pop()
                running[pool.submit(_worker_code, batch)] = batch
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                running.pop(future)
                for review_id, rows, suggested in future.result():
                    yield (
                        review_id,
                        None if rows is None else list(map(Coding._make, rows)),
                        list(map(Coding._make, suggested)),
                    )
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def long_lived(coder: Coder) -> Coder:
    """The matcher's tries are many small objects that live as long as the process: keep the
    cyclic garbage collector from scanning them again and again (about a tenth of coding time)."""
    gc.collect()
    gc.freeze()
    return coder


def _code_reviews(
    store: Store, coder: Coder, suggester: Suggester | None, batch: Todo
) -> list[Coded]:
    out: list[Coded] = []
    with store.engine.connect() as conn:
        for review_id, with_codebook in batch:
            names, sentences = coding_store.sentences_for_coding(conn, review_id)
            if with_codebook:
                found: list[Coding] | None = coder.code(sentences, names)
                coded = {(c.sentence_id, c.theme) for c in found}
            else:
                found = None
                coded = coding_store.lexicon_keys(conn, review_id, coder.codebook.id)
            suggested = []
            if suggester:
                age, gender = coding_store.child_age_and_gender(conn, review_id)
                child = ReviewChild(tuple(names), age_in_years(age), gender)
                suggested = suggester.suggest(sentences, coded, child)
            out.append((review_id, found, suggested))
    return out


def _codebook_text(codebook: Codebook) -> str:
    from pathlib import Path

    return Path(codebook.source).read_text(encoding="utf-8")


_worker: tuple[Store, Coder, Suggester | None] | None = None


def _init_worker(url: str, source: str, text: str, model: bytes | None) -> None:
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    codebook = parse_codebook(text, source)
    store = Store(url)
    coder = long_lived(shared_coder(codebook))
    suggester = None
    if model:
        learned = LearnedCoder.loads(model)
        if learned.encoder_name:
            learned.vector_source = for_store(store)
        learned.features.adopt(coder)
        suggester = Suggester(learned, codebook)
    _worker = (store, coder, suggester)


def _worker_code(batch: Todo) -> list[tuple[int, list[tuple] | None, list[tuple]]]:
    """Codings go back as plain tuples: pickled in C, not through a method per coding."""
    assert _worker is not None
    return [
        (review_id, None if found is None else list(map(tuple, found)), list(map(tuple, suggested)))
        for review_id, found, suggested in _code_reviews(*_worker, batch)
    ]
