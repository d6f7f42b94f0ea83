"""REFI-QDA projects (`.qdpx`: a zip of `project.qde` and `Sources/*.txt`), written from the store
and read into it.

Export: the codebook as codes, each review as a text source, each coded sentence as a
`PlainTextSelection` (character positions into the source text) with one `Coding` per theme,
analysts as users, decision notes as notes, review metadata as case variables.

Import: a project another tool wrote. Everything is read and checked before anything is stored,
then stored in one transaction: a bad file leaves the store as it was."""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from lxml import etree
from sqlalchemy import select

from casebrief import __version__
from casebrief.codebook import Codebook
from casebrief.errors import UsageError
from casebrief.exchange.codes import (
    PROJECT_NS,
    codebook_from_codes,
    codes_element,
    guid,
    theme_guid,
)
from casebrief.exchange.plaintext import parse_plain_text
from casebrief.gazetteer import lookup
from casebrief.store.codings import stored_codebook
from casebrief.store.exchange import (
    coding_rows,
    insert_decided_codings,
    now,
    review_records,
    review_texts,
    sentence_spans,
)
from casebrief.store.repository import Store
from casebrief.store.schema import codebooks, reviews

NS = PROJECT_NS
_Q = f"{{{NS}}}"
AUTOMATIC_USER = "casebrief (automatic coding)"

# Case variables: (name, type, review field).
VARIABLES = (
    ("Year", "Integer", "year"),
    ("Review type", "Text", "review_type"),
    ("Partnership", "Text", "partnership"),
    ("Nation", "Text", "nation"),
    ("Key factor", "Boolean", "key_factor"),
)


class QdpxError(UsageError):
    """A REFI-QDA file that cannot be used; the message names the file and the problem."""


# -- export -------------------------------------------------------------------------------------


def export_qdpx(
    store: Store,
    out: Path,
    codebook_id: str,
    review_ids: list[int],
    status: str = "accepted",
    on_progress=None,
) -> dict[str, int]:
    """Write the project; returns counts of what it holds."""
    with store.engine.connect() as conn:
        codebook = stored_codebook(conn, codebook_id)
    rows = coding_rows(store, codebook_id, review_ids, status)
    records = review_records(store, review_ids, codebook_id)
    stamp = _xml_time(now())

    project = etree.Element(
        f"{_Q}Project",
        nsmap={None: NS},
        name=f"casebrief library: {codebook.title}",
        origin=f"casebrief {__version__}",
        creationDateTime=stamp,
    )
    users = sorted({r["decided_by"] or AUTOMATIC_USER for r in rows} | {AUTOMATIC_USER})
    users_el = etree.SubElement(project, f"{_Q}Users")
    for name in users:
        etree.SubElement(users_el, f"{_Q}User", guid=guid("user", name), name=name)
    codebook_el = etree.SubElement(project, f"{_Q}CodeBook")
    codebook_el.append(codes_element(codebook, NS))
    variables_el = etree.SubElement(project, f"{_Q}Variables")
    for name, kind, _ in VARIABLES:
        etree.SubElement(
            variables_el,
            f"{_Q}Variable",
            guid=guid("variable", name),
            name=name,
            typeOfVariable=kind,
        )
    if records:
        cases_el = etree.SubElement(project, f"{_Q}Cases")
        for record in records:
            case = etree.SubElement(
                cases_el,
                f"{_Q}Case",
                guid=guid("case", record["sha256"]),
                name=_source_name(record),
            )
            for name, kind, key in VARIABLES:
                value = record.get(key)
                if value is None:
                    continue
                holder = etree.SubElement(case, f"{_Q}VariableValue")
                etree.SubElement(holder, f"{_Q}VariableRef", targetGUID=guid("variable", name))
                etree.SubElement(holder, f"{_Q}{kind}Value").text = (
                    str(value).lower() if kind == "Boolean" else str(value)
                )
            etree.SubElement(case, f"{_Q}SourceRef", targetGUID=guid("source", record["sha256"]))

    notes: list[tuple[str, str, str]] = []  # guid, author, text
    by_review: dict[int, list[dict]] = {}
    for row in rows:
        by_review.setdefault(row["review_id"], []).append(row)
    count = {"sources": 0, "selections": 0, "codings": 0}
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        if records:
            sources_el = etree.SubElement(project, f"{_Q}Sources")
        texts = dict.fromkeys(r["id"] for r in records)
        for done, (review_id, text) in enumerate(review_texts(store, list(texts)), 1):
            record = next(r for r in records if r["id"] == review_id)
            source_guid = guid("source", record["sha256"])
            archive.writestr(f"Sources/{source_guid}.txt", text.encode("utf-8"))
            source = etree.SubElement(
                sources_el,
                f"{_Q}TextSource",
                guid=source_guid,
                name=_source_name(record),
                plainTextPath=f"internal://{source_guid}.txt",
                creationDateTime=stamp,
            )
            count["sources"] += 1
            _selections(source, by_review.get(review_id, []), codebook, notes, count)
            if on_progress:
                on_progress(done, len(texts))
        if notes:
            notes_el = etree.SubElement(project, f"{_Q}Notes")
            for note_guid, author, text in notes:
                note = etree.SubElement(
                    notes_el,
                    f"{_Q}Note",
                    guid=note_guid,
                    name="Decision note",
                    creatingUser=guid("user", author),
                )
                etree.SubElement(note, f"{_Q}PlainTextContent").text = text
        archive.writestr(
            "project.qde",
            etree.tostring(project, xml_declaration=True, encoding="utf-8", pretty_print=True),
        )
    count["notes"] = len(notes)
    count["users"] = len(users)
    return count


def _selections(source, rows: list[dict], codebook: Codebook, notes: list, count: dict) -> None:
    """One selection per coded sentence (the unit casebrief codes), one Coding per theme in it."""
    by_sentence: dict[int, list[dict]] = {}
    for row in rows:
        by_sentence.setdefault(row["sentence_id"], []).append(row)
    for sentence_id, group in by_sentence.items():
        first = group[0]
        selection = etree.SubElement(
            source,
            f"{_Q}PlainTextSelection",
            guid=guid("selection", sentence_id),
            name=first["sentence"][:60],
            startPosition=str(first["sentence_start"]),
            endPosition=str(first["sentence_end"]),
            creatingUser=guid("user", first["decided_by"] or AUTOMATIC_USER),
        )
        count["selections"] += 1
        seen: set[str] = set()
        for row in group:
            if row["theme"] in seen:
                continue
            seen.add(row["theme"])
            user = row["decided_by"] or AUTOMATIC_USER
            attrs = {"guid": guid("coding", row["id"]), "creatingUser": guid("user", user)}
            if row["decided_at"]:
                attrs["creationDateTime"] = _xml_time(row["decided_at"])
            coding = etree.SubElement(selection, f"{_Q}Coding", **attrs)
            etree.SubElement(
                coding, f"{_Q}CodeRef", targetGUID=theme_guid(codebook.id, row["theme"])
            )
            if row["note"]:
                note_guid = guid("note", row["id"])
                notes.append((note_guid, user, row["note"]))
                etree.SubElement(coding, f"{_Q}NoteRef", targetGUID=note_guid)
            count["codings"] += 1


def _source_name(record: dict) -> str:
    return record["title"] or record["filename"] or f"review {record['id']}"


def _xml_time(value: dt.datetime) -> str:
    return value.replace(microsecond=0).isoformat() + "Z"


# -- import -------------------------------------------------------------------------------------


@dataclass
class _Source:
    guid: str
    name: str
    text: str
    selections: list[tuple[int, int, list[tuple[str, str, str | None, str | None]]]]
    # (start, end, [(code guid, user name, iso time, note text)])
    variables: dict[str, Any] = field(default_factory=dict)


@dataclass
class ImportReport:
    codebook_id: str
    codebook_yaml: Path | None
    reviews_new: int = 0
    reviews_matched: int = 0
    codings: int = 0
    sentences_unplaced: int = 0
    selections_unplaced: int = 0
    warnings: list[str] = field(default_factory=list)


def import_qdpx(
    store: Store, path: Path, *, codebook_id: str | None = None, codebook_out: Path | None = None
) -> ImportReport:
    project = _read_project(path)
    users = {
        _g(u.get("guid")): (u.get("name") or u.get("id") or "imported")
        for u in project.iter(f"{_Q}User")
    }
    notes = {_g(n.get("guid")): _note_text(n) for n in project.iter(f"{_Q}Note")}
    codes_el = project.find(f"{_Q}CodeBook/{_Q}Codes")
    if codes_el is None:
        raise QdpxError(f"{path}: the project has no codebook (CodeBook/Codes); nothing to import.")
    warnings: list[str] = []
    sources = _read_sources(project, path, users, notes, warnings)
    _read_cases(project, sources)

    codebook, theme_of, definition = _choose_codebook(
        store,
        codes_el,
        codebook_id or _slug_id(project.get("name") or path.stem),
        project.get("name") or path.stem,
    )
    report = ImportReport(codebook.id, None, warnings=warnings)
    prepared = []
    for source in sources:
        existing = _matching_review(store, source.text)
        parsed, lost = (None, 0) if existing else parse_plain_text(source.text, source.name)
        report.sentences_unplaced += lost
        prepared.append((source, existing, parsed))

    with store.transaction() as conn:
        if definition is not None:
            _store_codebook(conn, codebook, definition)
        for source, existing, parsed in prepared:
            if existing is None:
                _apply_variables(parsed, source)
                review_id = store._insert_review(conn, parsed)
                store.record_file(
                    conn,
                    f"{path}::{source.name}",
                    sha256=parsed.sha256,
                    size=parsed.size,
                    mtime_ns=0,
                    status="ingested",
                    message=None,
                    review_id=review_id,
                )
                report.reviews_new += 1
            else:
                review_id = existing
                report.reviews_matched += 1
            rows, unplaced = _codings_for(conn, review_id, source, theme_of)
            report.selections_unplaced += unplaced
            report.codings += insert_decided_codings(conn, codebook, review_id, rows)
    if definition is not None and codebook_out is not None:
        import yaml

        codebook_out.write_text(
            "# Imported from " + path.name + ". Add patterns to themes to code them "
            "automatically; check with `casebrief codebook check`.\n"
            + yaml.safe_dump(definition, sort_keys=False, allow_unicode=True),
            encoding="utf-8",
        )
        report.codebook_yaml = codebook_out
    return report


def _read_project(path: Path) -> etree._Element:
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise QdpxError(f"{path}: no such file.") from exc
    except (zipfile.BadZipFile, OSError) as exc:
        raise QdpxError(
            f"{path}: not a REFI-QDA project (a .qdpx file is a zip holding project.qde): {exc}."
        ) from exc
    with archive:
        names = [n for n in archive.namelist() if n.lower().endswith(".qde") and "/" not in n]
        if not names:
            raise QdpxError(f"{path}: the zip holds no project.qde; is this a .qdpx project?")
        data = archive.read(names[0])
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
        try:
            root = etree.fromstring(data, parser)
        except etree.XMLSyntaxError as exc:
            raise QdpxError(f"{path}: {names[0]} is not well-formed XML ({exc}).") from exc
        if root.tag != f"{_Q}Project":
            raise QdpxError(
                f"{path}: {names[0]} is not a REFI-QDA project (root element {root.tag!r}, "
                f"expected Project in namespace {NS})."
            )
        _attach_source_files(root, archive)
    return root


def _attach_source_files(root: etree._Element, archive: zipfile.ZipFile) -> None:
    """Read the text files sources point to now, while the zip is open."""
    names = {n.lower(): n for n in archive.namelist()}
    for source in root.iter(f"{_Q}TextSource", f"{_Q}Representation"):
        target = source.get("plainTextPath")
        if not target or source.find(f"{_Q}PlainTextContent") is not None:
            continue
        relative = target.split("internal://", 1)[1] if target.startswith("internal://") else target
        candidates = [f"sources/{relative}".lower(), relative.lower().lstrip("./")]
        found = next((names[c] for c in candidates if c in names), None)
        if found is not None:
            data = archive.read(found)
            source.set("{urn:casebrief}text", data.decode("utf-8-sig", errors="replace"))


def _read_sources(project, path, users, notes, warnings) -> list[_Source]:
    sources: list[_Source] = []
    for element in project.iter(f"{_Q}TextSource", f"{_Q}PDFSource"):
        if element.tag == f"{_Q}PDFSource":
            representation = element.find(f"{_Q}Representation")
            if representation is None:
                warnings.append(
                    f"PDF source {element.get('name')!r} has no text representation; skipped."
                )
                continue
            text_el, name = representation, element.get("name") or representation.get("name")
        else:
            text_el, name = element, element.get("name")
        name = (name or "").strip() or f"source {element.get('guid')}"
        text = _source_text(text_el, name, path, project)
        selections = []
        for selection in text_el.findall(f"{_Q}PlainTextSelection"):
            try:
                start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            except (TypeError, ValueError) as exc:
                raise QdpxError(
                    f"{path}: selection {selection.get('guid')} in {name!r} has no valid "
                    "startPosition/endPosition."
                ) from exc
            if not 0 <= start < end <= len(text):
                raise QdpxError(
                    f"{path}: selection {start}-{end} in {name!r} lies outside its text "
                    f"({len(text)} characters)."
                )
            codings = []
            for coding in selection.findall(f"{_Q}Coding"):
                ref = coding.find(f"{_Q}CodeRef")
                if ref is None:
                    continue
                user = users.get(_g(coding.get("creatingUser") or selection.get("creatingUser")))
                note_refs = [*coding.findall(f"{_Q}NoteRef"), *selection.findall(f"{_Q}NoteRef")]
                note = "\n".join(notes.get(_g(r.get("targetGUID")), "") for r in note_refs).strip()
                codings.append(
                    (
                        _g(ref.get("targetGUID")),
                        user or "imported",
                        coding.get("creationDateTime") or selection.get("creationDateTime"),
                        note or None,
                    )
                )
            if codings:
                selections.append((start, end, codings))
        if text_el.findall(f"{_Q}Coding"):
            warnings.append(f"{name!r}: codings of the whole source are not imported.")
        sources.append(_Source(_g(element.get("guid")), name, text, selections))
    if not sources:
        raise QdpxError(f"{path}: the project has no text sources to import.")
    return sources


def _source_text(element, name: str, path: Path, project) -> str:
    inline = element.find(f"{_Q}PlainTextContent")
    if inline is not None:
        return inline.text or ""
    text = element.get("{urn:casebrief}text")
    if text is not None:
        return text
    target = element.get("plainTextPath")
    if target and not target.startswith("internal://"):
        outside = (path.parent / PurePosixPath(target.removeprefix("file://"))).resolve()
        if outside.is_file():
            return outside.read_text(encoding="utf-8-sig", errors="replace")
    raise QdpxError(
        f"{path}: the text of source {name!r} is missing (plainTextPath {target!r} is neither in "
        "the project's Sources folder nor next to it); nothing was imported."
    )


def _read_cases(project, sources: list[_Source]) -> None:
    kinds = {
        _g(v.get("guid")): (v.get("name") or "").strip().lower()
        for v in project.iter(f"{_Q}Variable")
    }
    by_guid = {s.guid: s for s in sources}
    for case in project.iter(f"{_Q}Case"):
        values = {}
        for holder in case.findall(f"{_Q}VariableValue"):
            ref = holder.find(f"{_Q}VariableRef")
            name = kinds.get(_g(ref.get("targetGUID"))) if ref is not None else None
            value = next((c.text for c in holder if c.tag != f"{_Q}VariableRef"), None)
            if name and value is not None:
                values[name] = value.strip()
        for ref in case.findall(f"{_Q}SourceRef"):
            if (source := by_guid.get(_g(ref.get("targetGUID")))) is not None:
                source.variables.update(values)


def _apply_variables(parsed, source: _Source) -> None:
    meta = parsed.metadata
    v = source.variables
    if (year := v.get("year", "")).isdigit():
        meta.year = int(year)
    meta.review_type = v.get("review type") or meta.review_type
    if partnership := v.get("partnership"):
        body = lookup(partnership)
        meta.partnership = partnership
        meta.area = body.area if body else None
        meta.nation = (body.nation if body else None) or meta.nation
    meta.nation = v.get("nation") or meta.nation
    if v or not meta.title:  # a casebrief export names sources by title; others by file
        meta.title = source.name


def _choose_codebook(store: Store, codes_el, wanted_id: str, title: str):
    """A stored codebook whose exported GUIDs the project uses (a casebrief project coming back),
    else a new codebook built from the code tree. Returns (codebook, guid -> theme, definition to
    store or None)."""
    with store.engine.connect() as conn:
        stored = [row for row in conn.execute(select(codebooks.c.id))]
        guids = {_g(c.get("guid")) for c in codes_el.iter(f"{_Q}Code")}
        for (book_id,) in stored:
            book = stored_codebook(conn, book_id)
            mapping = {theme_guid(book.id, t.id): t.id for t in book.themes}
            if (
                guids
                and {g for g in guids if g in mapping}
                and all(g in mapping or _is_category(codes_el, g) for g in guids)
            ):
                return book, mapping, None
    definition, theme_of = codebook_from_codes(codes_el, NS, wanted_id, title)
    with store.engine.connect() as conn:
        if conn.execute(select(codebooks.c.id).where(codebooks.c.id == wanted_id)).first():
            raise QdpxError(
                f"The store already has a codebook {wanted_id!r} with other codes; import with "
                "--codebook-id NEW_ID."
            )
    book = Codebook.model_validate(definition)
    book.source = f"imported:{wanted_id}"
    book.sha256 = hashlib.sha256(repr(definition).encode()).hexdigest()
    return book, theme_of, definition


def _is_category(codes_el, code_guid: str) -> bool:
    for code in codes_el.iter(f"{_Q}Code"):
        if _g(code.get("guid")) == code_guid:
            return code.get("isCodable") == "false"
    return False


def _store_codebook(conn, codebook: Codebook, definition: dict) -> None:
    from sqlalchemy import insert

    conn.execute(
        insert(codebooks).values(
            id=codebook.id,
            version=codebook.version,
            title=codebook.title,
            sha256=codebook.sha256,
            source=codebook.source,
            definition=codebook.model_dump(mode="json"),
            loaded_at=now(),
        )
    )


def _matching_review(store: Store, text: str) -> int | None:
    """A stored review with exactly this text (a casebrief export coming back)."""
    with store.engine.connect() as conn:
        for review_id, stored in conn.execute(
            select(reviews.c.id, reviews.c.text).where(reviews.c.n_chars == len(text))
        ):
            if stored == text:
                return review_id
    return None


def _codings_for(conn, review_id: int, source: _Source, theme_of: dict[str, str]):
    """Each selection codes every sentence it overlaps (selections may cross sentence
    boundaries); the coded span is the overlap. One coding per sentence and theme."""
    spans = sentence_spans(conn, review_id)
    rows: dict[tuple[int, str], dict] = {}
    unplaced = 0
    for start, end, codings in source.selections:
        hit = [s for s in spans if s[1] < end and start < s[2]]
        if not hit:
            unplaced += 1
            continue
        for code_guid, user, when, note in codings:
            theme = theme_of.get(code_guid)
            if theme is None:
                continue
            for sentence_id, s_start, s_end, s_text in hit:
                key = (sentence_id, theme)
                if key in rows:
                    continue
                lo, hi = max(start, s_start) - s_start, min(end, s_end) - s_start
                rows[key] = {
                    "sentence_id": sentence_id,
                    "theme": theme,
                    "start": lo,
                    "end": hi,
                    "matched": s_text[lo:hi],
                    "user": user,
                    "at": _parse_time(when),
                    "note": note,
                }
    return list(rows.values()), unplaced


def _parse_time(value: str | None) -> dt.datetime:
    if value:
        try:
            parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            return parsed.astimezone(dt.UTC).replace(tzinfo=None) if parsed.tzinfo else parsed
        except ValueError:
            pass
    return now()


def _note_text(note) -> str:
    inline = note.find(f"{_Q}PlainTextContent")
    return (inline.text or "").strip() if inline is not None else ""


def _g(value: str | None) -> str:
    return (value or "").strip("{}").lower()


def _slug_id(name: str) -> str:
    import re

    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:50]
    return slug if slug and slug[0].isalnum() else f"imported-{slug or 'codebook'}"
