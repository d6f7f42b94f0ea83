"""A review laid out for reading: sections, paragraphs, sentences, and the coded spans in them."""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from casebrief.coding.scoring import is_possible
from casebrief.readers.ocr import LOW_CONFIDENCE
from casebrief.store import Store, run_sql


@dataclass
class Segment:
    text: str
    codings: list[dict[str, Any]] = field(default_factory=list)

    @property
    def css(self) -> str:
        live = [c for c in self.codings if c["status"] != "rejected"]
        if not live:
            return "rejected" if self.codings else ""
        classes = {f"cat-{live[0]['category']}"}
        if all(c["negated"] and c["status"] != "accepted" for c in live):
            classes.add("negated")
        if any(c["status"] == "accepted" for c in live):
            classes.add("accepted")
        if all(is_possible(c) for c in live):
            classes.add("possible")
        return " ".join(sorted(classes))

    @property
    def title(self) -> str:
        return "; ".join(
            f"{c['label']} ({c['status']}{', negated' if c['negated'] else ''}"
            f"{', possible' if is_possible(c) else ''})"
            for c in self.codings
        )


@dataclass
class SentenceView:
    id: int
    page: int
    segments: list[Segment]
    ocr_confidence: float | None = None  # the page's, when it was read by OCR

    @property
    def ocr_warning(self) -> str:
        """What an analyst should know about this sentence's text, if anything."""
        if self.ocr_confidence is None or self.ocr_confidence >= LOW_CONFIDENCE:
            return ""
        return (
            f"Read by OCR with low confidence ({self.ocr_confidence:.0f}%): check the words "
            f"against page {self.page} of the original."
        )


@dataclass
class SectionView:
    ordinal: int
    heading: str
    kind: str
    page_start: int
    paragraphs: list[list[SentenceView]]
    loaded: bool = True  # False: the page shows a link and loads the text when it is needed
    page_end: int = 0


SECTIONS_FIRST = 2  # sections a review page renders before any is asked for


def readable_sections(store: Store, review_id: int) -> list[int]:
    """The sections that hold sentences, in order. A section of headings, cover labels or a table
    of contents only has text but nothing to read or code."""
    with store.engine.connect() as conn:
        rows = run_sql(
            conn,
            "SELECT DISTINCT section FROM sentences WHERE review_id = ? ORDER BY section",
            [review_id],
        ).all()
    return [row[0] for row in rows]


def sections_to_load(readable: list[int], wanted: int | None) -> set[int]:
    """The sections a review page renders at once: the one asked for, else the first ones with
    sentences. The others load when the reader gets near them (or follows a link to them)."""
    if wanted is not None and wanted in readable:
        return {wanted}
    return set(readable[:SECTIONS_FIRST])


def review_sections(
    store: Store,
    review: dict[str, Any],
    codings: list[dict[str, Any]],
    labels: dict[str, str],
    load: set[int] | None = None,
    readable: list[int] | None = None,
) -> list[SectionView]:
    """Every section of the review that holds sentences (`readable`, read from the store when not
    given), with text for those in `load` (all when None)."""
    text = store.review_text(review["id"])
    if readable is None:
        readable = readable_sections(store, review["id"])
    where, params = "s.review_id = ?", [review["id"]]
    if load is not None:
        where += f" AND s.section IN ({','.join(str(int(o)) for o in load) or '-1'})"
    with store.engine.connect() as conn:
        rows = run_sql(
            conn,
            'SELECT s.id, s.section, s.page, s.start, s."end", s.text, p.ocr_confidence '
            "FROM sentences s LEFT JOIN pages p ON p.review_id = s.review_id AND p.number = s.page "
            f"WHERE {where} ORDER BY s.ordinal",
            params,
        ).all()
    by_sentence: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for coding in codings:
        by_sentence[coding["sentence_id"]].append(
            coding | {"label": labels.get(coding["theme"], coding["theme"])}
        )
    sections = {
        s["ordinal"]: SectionView(
            s["ordinal"],
            s["heading"],
            s["kind"],
            s["page_start"],
            [],
            load is None or s["ordinal"] in load,
            s["page_end"],
        )
        for s in review["sections"]
        if s["ordinal"] in readable
    }
    previous_end: int | None = None
    for sentence_id, section, page, start, end, sentence, confidence in rows:
        view = sections.setdefault(section, SectionView(section, "", "other", page, []))
        gap = text[previous_end:start] if previous_end is not None else "\n"
        if not view.paragraphs or "\n" in gap:
            view.paragraphs.append([])
        view.paragraphs[-1].append(
            SentenceView(
                sentence_id,
                page,
                _segments(sentence, by_sentence.get(sentence_id, [])),
                confidence,
            )
        )
        previous_end = end
    return [
        sections[k] for k in sorted(sections) if sections[k].paragraphs or not sections[k].loaded
    ]


def _segments(sentence: str, codings: list[dict[str, Any]]) -> list[Segment]:
    """Split a sentence at every coding boundary, so overlapping codings highlight correctly."""
    if not codings:
        return [Segment(sentence)]
    cuts = sorted({0, len(sentence)} | {c["start"] for c in codings} | {c["end"] for c in codings})
    segments = []
    for a, b in itertools.pairwise(cuts):
        if a >= b or a >= len(sentence):
            continue
        covering = [c for c in codings if c["start"] <= a and c["end"] >= b]
        segments.append(Segment(sentence[a:b], covering))
    return segments


def evidence_by_theme(
    codings: list[dict[str, Any]], themes: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The side panel: per theme (in codebook order), its codings in reading order."""
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for coding in codings:
        grouped[coding["theme"]].append(coding)
    return [
        {"id": t["id"], "label": t["label"], "category": t["category"], "codings": grouped[t["id"]]}
        for t in themes
        if grouped.get(t["id"])
    ]
