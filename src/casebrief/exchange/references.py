"""Reviews as references for a reference manager (RIS, BibTeX): the partnership as corporate
author, the review type as the kind of report, the area and nation as place."""

from __future__ import annotations

import re
from typing import Any


def reference(record: dict[str, Any]) -> dict[str, Any]:
    """The fields both formats draw on; absent values stay absent, never invented."""
    place = ", ".join(p for p in (record.get("area"), record.get("nation")) if p)
    return {
        "id": record["id"],
        "title": record["title"] or record["filename"],
        "author": record.get("partnership"),
        "year": record.get("year"),
        "type": record.get("review_type"),
        "place": place or None,
        "url": record.get("url"),
    }


def to_ris(records: list[dict[str, Any]]) -> str:
    import rispy

    entries = []
    for ref in map(reference, records):
        entry: dict[str, Any] = {"type_of_reference": "RPRT", "title": ref["title"]}
        if ref["author"]:
            entry["authors"] = [ref["author"]]
            entry["publisher"] = ref["author"]
        if ref["year"]:
            entry["year"] = str(ref["year"])
        if ref["type"]:
            entry["type_of_work"] = ref["type"]
        if ref["place"]:
            entry["place_published"] = ref["place"]
        if ref["url"]:
            entry["urls"] = [ref["url"]]
        entry["id"] = f"casebrief-{ref['id']}"
        entries.append(entry)
    return rispy.dumps(entries)


def to_bibtex(records: list[dict[str, Any]]) -> str:
    import bibtexparser
    from bibtexparser.model import Entry, Field

    library = bibtexparser.Library()
    keys: set[str] = set()
    for ref in map(reference, records):
        fields = [Field("title", _braced(ref["title"]))]
        if ref["author"]:
            # Double braces keep a corporate author whole ("{Kent Safeguarding Children Board}").
            fields.append(Field("author", "{" + _braced(ref["author"]) + "}"))
            fields.append(Field("institution", _braced(ref["author"])))
        if ref["year"]:
            fields.append(Field("year", str(ref["year"])))
        if ref["type"]:
            fields.append(Field("type", _braced(ref["type"].capitalize())))
        if ref["place"]:
            fields.append(Field("address", _braced(ref["place"])))
        if ref["url"]:
            fields.append(Field("url", ref["url"]))
        library.add(Entry("techreport", _key(ref, keys), fields))
    return bibtexparser.write_string(library)


def _key(ref: dict[str, Any], used: set[str]) -> str:
    words = re.findall(r"[A-Za-z]+", ref["author"] or ref["title"] or "review")
    base = (words[0] if words else "review").lower() + str(ref["year"] or "")
    key, n = base, 0
    while key in used:
        n += 1
        key = f"{base}{chr(ord('a') + n - 1) if n <= 26 else n}"
    used.add(key)
    return key


def _braced(text: str) -> str:
    """BibTeX text with its special characters escaped."""
    return re.sub(r"([{}&%$#_])", r"\\\1", text)
