"""Exchange with other tools: REFI-QDA projects (validated against the standard's schema, round
trip, a hand-built foreign project, bad files), .qdc codebooks, spreadsheets, references."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from casebrief.cli import app
from casebrief.codebook import load_codebook
from casebrief.config import database_url
from casebrief.store import Store
from casebrief.store.decisions import decide
from casebrief.store.schema import coding_decisions, codings, reviews

runner = CliRunner()
SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "standards" / "refi-qda" / "Project.xsd"
NS = "urn:QDA-XML:project:1.0"


@pytest.fixture(scope="module")
def schema():
    import xmlschema

    assert SCHEMA.is_file(), f"the REFI-QDA schema is expected at {SCHEMA}"
    return xmlschema.XMLSchema(str(SCHEMA))


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def _selections(qdpx: Path) -> set[tuple[str, int, int, str]]:
    """(source name, start, end, code name) for every coding in a project."""
    from lxml import etree

    root = etree.fromstring(zipfile.ZipFile(qdpx).read("project.qde"))
    names = {c.get("guid"): c.get("name") for c in root.iter(f"{{{NS}}}Code")}
    out = set()
    for source in root.iter(f"{{{NS}}}TextSource"):
        for sel in source.iter(f"{{{NS}}}PlainTextSelection"):
            for ref in sel.iter(f"{{{NS}}}CodeRef"):
                out.add(
                    (
                        source.get("name"),
                        int(sel.get("startPosition")),
                        int(sel.get("endPosition")),
                        names[ref.get("targetGUID")],
                    )
                )
    return out


def _counts(db: Path) -> tuple[int, int, int]:
    store = Store(database_url(db))
    with store.engine.connect() as conn:
        counts = tuple(
            conn.execute(select(func.count()).select_from(t)).scalar()
            for t in (reviews, codings, coding_decisions)
        )
    store.close()
    return counts


@pytest.fixture()
def decided_db(coded_db) -> Path:
    """The coded sample store with two analyst decisions, one with a note."""
    store = Store(database_url(coded_db))
    with store.engine.connect() as conn:
        ids = conn.execute(select(codings.c.id).order_by(codings.c.id).limit(2)).scalars().all()
    decide(store, ids[0], "accept", user="asha", note="Clear grooming: gifts and secrecy.")
    decide(store, ids[1], "accept", user="ben")
    store.close()
    return coded_db


def test_qdpx_export_validates_against_the_refi_qda_schema(decided_db, tmp_path, schema):
    out = tmp_path / "library.qdpx"
    data = json.loads(
        _run(
            "export",
            "--format",
            "qdpx",
            "--out",
            str(out),
            "--status",
            "all",
            "--db",
            str(decided_db),
            "--json",
        )
    )
    assert data["sources"] == 32 and data["codings"] > 500 and data["notes"] == 1
    archive = zipfile.ZipFile(out)
    project = archive.read("project.qde").decode("utf-8")
    schema.validate(project)  # raises with the first violation
    sources = [n for n in archive.namelist() if n.startswith("Sources/")]
    assert len(sources) == 32
    # Selections point at the sentence text in the source file.
    from lxml import etree

    root = etree.fromstring(project.encode())
    source = next(root.iter(f"{{{NS}}}TextSource"))
    text = archive.read("Sources/" + source.get("plainTextPath").split("//")[1]).decode()
    sel = next(source.iter(f"{{{NS}}}PlainTextSelection"))
    assert text[int(sel.get("startPosition")) : int(sel.get("endPosition"))].startswith(
        sel.get("name")[:40]
    )
    users = {u.get("name") for u in root.iter(f"{{{NS}}}User")}
    assert {"asha", "ben"} <= users
    variables = {v.get("name") for v in root.iter(f"{{{NS}}}Variable")}
    assert {"Year", "Review type", "Partnership", "Nation", "Key factor"} <= variables
    categories = [c for c in root.find(f"{{{NS}}}CodeBook/{{{NS}}}Codes")]
    assert all(c.get("isCodable") == "false" and len(c) > 1 for c in categories)
    assert _run(
        "export", "--format", "qdpx", "--out", str(tmp_path / "a.qdpx"), "--db", str(decided_db)
    ).startswith("Wrote")
    accepted = _selections(tmp_path / "a.qdpx")
    assert len(accepted) == 2  # only the two accepted codings


def test_qdpx_round_trip_through_an_empty_store(decided_db, tmp_path):
    first = tmp_path / "first.qdpx"
    _run(
        "export",
        "--format",
        "qdpx",
        "--out",
        str(first),
        "--status",
        "all",
        "--db",
        str(decided_db),
    )
    empty = tmp_path / "empty.db"
    report = json.loads(_run("import", str(first), "--db", str(empty), "--json"))
    assert report["reviews_new"] == 32 and report["selections_not_placed"] == 0
    assert load_codebook(report["codebook_yaml"]).themes  # the YAML written loads and checks
    second = tmp_path / "second.qdpx"
    _run("export", "--format", "qdpx", "--out", str(second), "--status", "all", "--db", str(empty))
    assert _selections(first) == _selections(second)
    # Imported codings are analysts' decisions, each in the audit trail.
    _, n_codings, n_decisions = _counts(empty)
    assert n_codings == n_decisions == report["codings"]
    store = Store(database_url(empty))
    row = next(r for r in store.list_reviews() if r["year"])
    assert row["partnership"] and row["review_type"]


def test_a_casebrief_project_comes_back_to_its_own_store(decided_db, tmp_path):
    out = tmp_path / "own.qdpx"
    _run(
        "export", "--format", "qdpx", "--out", str(out), "--status", "all", "--db", str(decided_db)
    )
    before = _counts(decided_db)
    report = json.loads(_run("import", str(out), "--db", str(decided_db), "--json"))
    assert report["reviews_matched"] == 32 and report["reviews_new"] == 0
    assert report["codebook"] == "online-harm" and report["codebook_yaml"] is None
    assert _counts(decided_db)[0] == before[0]


FOREIGN_TEXT = (
    "Learning review: Child N\n\nChild N was 14 when she met a man online. "
    "He sent her gifts and asked her to keep it secret.\nShe stopped going to school.\n\n"
    "The school did not share its concerns with social care."
)


def _foreign_project(tmp_path: Path, *, missing_file: bool = False) -> Path:
    """A project in the shape NVivo or QualCoder write: codes three deep, one source inline and
    one in Sources/, a selection crossing a sentence boundary, users, notes and variables."""
    g = iter(f"00000000-0000-4000-8000-{i:012d}" for i in range(1, 100))
    ids = {
        k: next(g)
        for k in (
            "u1",
            "root",
            "harm",
            "online",
            "groom",
            "practice",
            "share",
            "s1",
            "s2",
            "sel1",
            "sel2",
            "c1",
            "c2",
            "note",
            "var",
            "case",
        )
    }
    start = FOREIGN_TEXT.index("He sent her gifts")
    end = FOREIGN_TEXT.index("She stopped") + len("She stopped")  # crosses into the next sentence
    s2 = FOREIGN_TEXT.index("The school did not")
    xml = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="{NS}" name="Thematic study" origin="Hand-made">
 <Users><User guid="{ids["u1"]}" name="Dana"/></Users>
 <CodeBook><Codes>
  <Code guid="{ids["root"]}" name="Study codes" isCodable="false">
   <Code guid="{ids["harm"]}" name="Harm" isCodable="false">
    <Code guid="{ids["online"]}" name="Online abuse" isCodable="true">
     <Code guid="{ids["groom"]}" name="Grooming" isCodable="true"><Description>Gifts, secrecy</Description></Code>
    </Code>
   </Code>
   <Code guid="{ids["practice"]}" name="Practice" isCodable="false">
    <Code guid="{ids["share"]}" name="Information sharing" isCodable="true"/>
   </Code>
  </Code>
 </Codes></CodeBook>
 <Variables><Variable guid="{ids["var"]}" name="Year" typeOfVariable="Integer"/></Variables>
 <Cases><Case guid="{ids["case"]}" name="N"><VariableValue><VariableRef targetGUID="{ids["var"]}"/><IntegerValue>2021</IntegerValue></VariableValue><SourceRef targetGUID="{ids["s1"]}"/></Case></Cases>
 <Sources>
  <TextSource guid="{ids["s1"]}" name="Review N">
   <PlainTextContent>{FOREIGN_TEXT}</PlainTextContent>
   <PlainTextSelection guid="{ids["sel1"]}" startPosition="{start}" endPosition="{end}" creatingUser="{ids["u1"]}">
    <Coding guid="{ids["c1"]}" creatingUser="{ids["u1"]}" creationDateTime="2024-05-01T10:00:00Z"><CodeRef targetGUID="{ids["groom"]}"/><NoteRef targetGUID="{ids["note"]}"/></Coding>
   </PlainTextSelection>
  </TextSource>
  <TextSource guid="{ids["s2"]}" name="Review N, second copy" plainTextPath="internal://second.txt">
   <PlainTextSelection guid="{ids["sel2"]}" startPosition="{s2}" endPosition="{len(FOREIGN_TEXT)}">
    <Coding guid="{ids["c2"]}"><CodeRef targetGUID="{ids["share"]}"/></Coding>
   </PlainTextSelection>
  </TextSource>
 </Sources>
 <Notes><Note guid="{ids["note"]}" name="memo"><PlainTextContent>Classic grooming pattern.</PlainTextContent></Note></Notes>
</Project>"""
    out = tmp_path / "foreign.qdpx"
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("project.qde", xml)
        if not missing_file:
            z.writestr("Sources/second.txt", FOREIGN_TEXT + "\n\nA second copy differs here.")
    return out


def test_import_a_hand_built_foreign_project(tmp_path, schema):
    project = _foreign_project(tmp_path)
    schema.validate(zipfile.ZipFile(project).read("project.qde").decode())
    db = tmp_path / "f.db"
    report = json.loads(
        _run("import", str(project), "--db", str(db), "--codebook-id", "study", "--json")
    )
    assert report["reviews_new"] == 2
    assert report["codings"] == 3  # the crossing selection codes both sentences it touches
    book = load_codebook(report["codebook_yaml"])
    assert book.id == "study" and book.categories == ["harm", "practice"]
    assert {t.label for t in book.themes} == {"Online abuse", "Grooming", "Information sharing"}
    grooming = next(t for t in book.themes if t.label == "Grooming")
    assert "Online abuse" in grooming.description  # its place in the tree is kept
    store = Store(database_url(db))
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(
                codings.c.theme,
                codings.c.matched,
                codings.c.decided_by,
                codings.c.note,
                codings.c.status,
            )
        ).all()
    matched = {r.matched for r in rows if r.theme == grooming.id}
    assert matched == {"He sent her gifts and asked her to keep it secret.", "She stopped"}
    assert all(r.status == "accepted" for r in rows)
    assert {r.decided_by for r in rows if r.theme == grooming.id} == {"Dana"}
    assert {r.note for r in rows if r.theme == grooming.id} == {"Classic grooming pattern."}
    review = next(r for r in store.list_reviews() if r["title"] == "Review N")
    assert review["year"] == 2021
    # The review text is the source text, so positions mean the same in both tools.
    assert store.get_review(review["id"])["n_chars"] == len(FOREIGN_TEXT)


@pytest.mark.parametrize(
    "make, message",
    [
        (
            lambda p: _foreign_project(p, missing_file=True),
            "text of source 'Review N, second copy' is missing",
        ),
        (
            lambda p: _write(
                p / "bad.qdpx", zip_with=b"<Project xmlns='urn:QDA-XML:project:1.0'><Users>"
            ),
            "not well-formed XML",
        ),
        (lambda p: _write(p / "plain.qdpx", raw=b"just text"), "not a REFI-QDA project"),
        (lambda p: _write(p / "empty.qdpx", raw=b""), "not a REFI-QDA project"),
        (
            lambda p: _write(
                p / "other.qdpx", zip_with=b"<CodeBook xmlns='urn:QDA-XML:codebook:1.0'/>"
            ),
            "not a REFI-QDA project",
        ),
    ],
)
def test_bad_projects_fail_clearly_and_change_nothing(decided_db, tmp_path, make, message):
    before = _counts(decided_db)
    path = make(tmp_path)
    result = runner.invoke(app, ["import", str(path), "--db", str(decided_db)])
    assert result.exit_code != 0
    assert message in " ".join(result.output.split())
    assert str(path.name) in result.output.replace("\n", "")
    assert _counts(decided_db) == before


def _write(path: Path, *, raw: bytes | None = None, zip_with: bytes | None = None) -> Path:
    if raw is not None:
        path.write_bytes(raw)
    else:
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("project.qde", zip_with)
    return path


def test_codebook_as_qdc_and_back(tmp_path):
    qdc = tmp_path / "online.qdc"
    _run("codebook", "export", "online-harm", "--format", "qdc", "--out", str(qdc))
    back = tmp_path / "back.yaml"
    _run("codebook", "import", str(qdc), "--out", str(back))
    original, imported = load_codebook("online-harm"), load_codebook(back)
    assert [t.label for t in imported.themes] == [t.label for t in original.themes]
    assert imported.categories == original.categories
    assert all(not t.patterns for t in imported.themes)
    _run("codebook", "check", str(back))
    (tmp_path / "bad.qdc").write_text("<CodeBook><Codes>")
    result = runner.invoke(
        app, ["codebook", "import", str(tmp_path / "bad.qdc"), "--out", str(tmp_path / "x.yaml")]
    )
    assert result.exit_code != 0 and "not well-formed XML" in " ".join(result.output.split())


def test_spreadsheets_open_with_their_libraries(decided_db, tmp_path):
    from openpyxl import load_workbook

    xlsx, csv_path = tmp_path / "c.xlsx", tmp_path / "c.csv"
    data = json.loads(
        _run(
            "export",
            "--format",
            "xlsx",
            "--out",
            str(xlsx),
            "--status",
            "all",
            "--db",
            str(decided_db),
            "--json",
        )
    )
    book = load_workbook(xlsx)
    codebook = load_codebook("online-harm")
    assert book.sheetnames[0] == "Summary"
    assert len(book.sheetnames) == 1 + len(codebook.categories)
    harm = book["Harm type"]
    assert harm.freeze_panes == "A2" and harm.auto_filter.ref
    assert [c.value for c in harm[1]][:4] == ["Review id", "Review", "Year", "Partnership"]
    assert harm.column_dimensions["G"].width == 90  # the sentence column
    rows = sum(book[s].max_row - 1 for s in book.sheetnames[1:])
    assert rows == data["codings"]
    summary = book["Summary"]
    assert summary.max_row == 33 and summary.cell(1, summary.max_column).value == "Total"

    _run(
        "export",
        "--format",
        "csv",
        "--out",
        str(csv_path),
        "--status",
        "all",
        "--db",
        str(decided_db),
    )
    parsed = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    assert len(parsed) == data["codings"]
    noted = [r for r in parsed if r["Note"]]
    assert noted and noted[0]["Analyst"] == "asha" and noted[0]["Status"] == "accepted"


def test_references_parse_back(decided_db, tmp_path):
    import bibtexparser
    import rispy

    ris, bib = tmp_path / "r.ris", tmp_path / "r.bib"
    _run("export", "--format", "ris", "--out", str(ris), "--db", str(decided_db))
    _run("export", "--format", "bibtex", "--out", str(bib), "--db", str(decided_db))
    entries = rispy.loads(ris.read_text())
    assert len(entries) == 32
    first = entries[0]
    assert first["type_of_reference"] == "RPRT" and first["title"] and first["year"].isdigit()
    assert first["authors"][0].endswith(("Partnership", "Board", "Committee", "Ireland"))
    library = bibtexparser.parse_string(bib.read_text())
    assert len(library.entries) == 32 and not library.failed_blocks
    assert len({e.key for e in library.entries}) == 32
    entry = library.entries[0]
    assert entry.entry_type == "techreport" and entry.fields_dict["year"].value.isdigit()


def test_export_refuses_mismatched_suffix_and_unknown_format(decided_db, tmp_path):
    result = runner.invoke(
        app,
        ["export", "--format", "xlsx", "--out", str(tmp_path / "c.csv"), "--db", str(decided_db)],
    )
    assert result.exit_code == 2 and ".xlsx file" in " ".join(result.output.split())
    result = runner.invoke(
        app,
        ["export", "--format", "sav", "--out", str(tmp_path / "c.sav"), "--db", str(decided_db)],
    )
    assert result.exit_code == 2 and "qdpx, xlsx, csv, ris, bibtex" in " ".join(
        result.output.split()
    )


def test_briefing_appends_its_reference_list(decided_db, tmp_path):
    import rispy

    refs = tmp_path / "briefing.ris"
    _run(
        "brief", "--out", str(tmp_path / "b.md"), "--references", str(refs), "--db", str(decided_db)
    )
    entries = rispy.loads(refs.read_text())
    briefing = (tmp_path / "b.md").read_text()
    assert entries and all(e["title"] in briefing for e in entries)
