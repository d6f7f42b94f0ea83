"""Many analysts at once on a real PostgreSQL server: 4 web workers, 20 analysts making 50
decisions each over fresh connections, and a `casebrief code` run re-coding every review at the
same time. Every decision must be stored exactly once, carried over by the re-coding, and in the
audit trail. Also: several processes opening one new store at the same moment."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from casebrief.store import Store
from casebrief.store.migrate import HEAD
from casebrief.store.schema import coding_decisions, coding_runs, codings
from casebrief.store.users import add_user
from tests.helpers import free_port

ANALYSTS, DECISIONS_EACH, WORKERS = 20, 50, 4
PASSWORD = "correct horse battery"


def _serve(url: str, port: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "casebrief.cli",
            "serve",
            "--db",
            url,
            "--port",
            str(port),
            "--workers",
            str(WORKERS),
            "--auth",
            "--retrain-every",
            "0",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.time() + 90
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/session", timeout=5)
            return server
        except httpx.TransportError as exc:
            if server.poll() is not None or time.time() > deadline:
                server.kill()
                raise RuntimeError(f"serve did not start: {server.stderr.read()!r}") from exc
            time.sleep(0.3)


def _work(base: str, name: str, pairs: list, results: list, errors: list) -> None:
    """One analyst: log in, then for each (review, sentence, theme) find the coding and decide;
    a coding re-coded between finding and deciding (404) is looked up again."""
    no_reuse = httpx.Limits(max_keepalive_connections=0)  # a fresh connection per request
    with httpx.Client(base_url=base, limits=no_reuse, timeout=120) as client:
        login = client.post("/api/login", json={"name": name, "password": PASSWORD})
        if login.status_code != 200:
            errors.append((name, "login", login.status_code, login.text))
            return
        token = login.json()["csrf_token"]
        for review_id, sentence_id, theme, decision in pairs:
            for _attempt in range(20):
                listed = client.get(f"/api/reviews/{review_id}/codings", params={"theme": theme})
                coding = next(
                    (
                        c
                        for c in listed.json()
                        if c["sentence_id"] == sentence_id and c["method"] == "lexicon"
                    ),
                    None,
                )
                if coding is None:
                    errors.append((name, "missing", sentence_id, theme))
                    break
                response = client.post(
                    f"/api/codings/{coding['id']}/decision",
                    json={"decision": decision},
                    headers={"X-CSRF-Token": token},
                )
                if response.status_code == 200:
                    results.append((name, sentence_id, theme, decision))
                    break
                if response.status_code != 404:
                    errors.append((name, "decision", response.status_code, response.text[:200]))
                    break
            else:
                errors.append((name, "gave up", sentence_id, theme))


def test_analysts_and_a_recoding_at_once_lose_and_duplicate_nothing(coded_pg, tmp_path):
    store = Store(coded_pg)
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(codings.c.review_id, codings.c.sentence_id, codings.c.theme)
            .where(codings.c.method == "lexicon", codings.c.status == "suggested")
            .distinct()
            .order_by(codings.c.sentence_id, codings.c.theme)
        ).all()
    needed = ANALYSTS * DECISIONS_EACH
    assert len(rows) >= needed * 0.8, f"the sample store has only {len(rows)} codings"
    names = [f"analyst{i:02d}" for i in range(ANALYSTS)]
    for name in names:
        add_user(store, name, "analyst", PASSWORD)
    opposite = {"accept": "reject", "reject": "accept"}
    work = {}
    for k, name in enumerate(names):
        # Each analyst their own codings; with fewer codings than decisions, an analyst
        # changes their mind on their first few (a second decision on the same coding).
        own = [(*rows[i], "accept" if i % 3 else "reject") for i in range(k, len(rows), ANALYSTS)]
        own = own[:DECISIONS_EACH]
        again = [(*p[:3], opposite[p[3]]) for p in own[: DECISIONS_EACH - len(own)]]
        work[name] = own + again
    # A new codebook version: `code` re-codes every review while the analysts work.
    codebook = Path(__file__).parents[1] / "src/casebrief/data/codebooks/online-harm.yaml"
    text = codebook.read_text()
    version = next(line for line in text.splitlines() if line.startswith("version:"))
    bumped = tmp_path / "online-harm.yaml"
    bumped.write_text(text.replace(version, f"version: {int(version.split()[1]) + 1}", 1))

    port = free_port()
    server = _serve(coded_pg, port)
    try:
        results: list = []
        errors: list = []
        threads = [
            threading.Thread(
                target=_work, args=(f"http://127.0.0.1:{port}", n, work[n], results, errors)
            )
            for n in names
        ]
        for t in threads:
            t.start()
        recode = subprocess.run(
            [
                sys.executable,
                "-m",
                "casebrief.cli",
                "code",
                "--db",
                coded_pg,
                "--codebook",
                str(bumped),
                "--workers",
                "2",
                "--no-model",
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
        for t in threads:
            t.join(timeout=600)
    finally:
        server.terminate()
        server.wait(timeout=60)
    assert recode.returncode == 0, recode.stderr
    assert not errors, errors[:5]
    assert len(results) == needed

    with store.engine.connect() as conn:
        runs = conn.execute(select(coding_runs.c.version)).scalars().all()
        audit = conn.execute(
            select(
                coding_decisions.c.decided_by,
                coding_decisions.c.sentence_id,
                coding_decisions.c.theme,
                coding_decisions.c.decision,
            )
        ).all()
        final = conn.execute(
            select(
                codings.c.sentence_id,
                codings.c.theme,
                codings.c.start,
                codings.c.end,
                codings.c.status,
                codings.c.decided_by,
            ).where(codings.c.method == "lexicon")
        ).all()
    assert set(runs) == {int(version.split()[1]) + 1}  # the re-coding happened, everywhere
    # The audit trail: each successful decision exactly once.
    assert Counter((a.decided_by, a.sentence_id, a.theme, a.decision) for a in audit) == Counter(
        results
    )
    # Each decision is in force on the (re-coded) coding, and no coding is duplicated.
    assert len({tuple(f[:4]) for f in final}) == len(final)
    now: dict[tuple, set] = {}
    for sentence_id, theme, _start, _end, state, by in final:
        now.setdefault((sentence_id, theme), set()).add((state, by))
    status = {"accept": "accepted", "reject": "rejected"}
    last = {(s, t): (status[d], n) for n, s, t, d in results}  # each analyst decides in order
    for pair, expected in last.items():
        assert expected in now[pair], (pair, now[pair])


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_processes_opening_a_new_store_together_all_succeed(backend, tmp_path, request):
    """Several commands started at once on a store that does not exist yet: the schema is
    created once, and nobody is told the store is not a casebrief database."""
    url = str(tmp_path / "new.db") if backend == "sqlite" else request.getfixturevalue("pg_url")
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "casebrief.cli", "db", "status", "--db", url, "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(6)
    ]
    outcomes = [(*p.communicate(timeout=120), p.returncode) for p in processes]
    assert all(code == 0 for _, _, code in outcomes), [err for _, err, _ in outcomes]
    assert all(
        f'"current": "{HEAD}"' in out or f'"current":"{HEAD}"' in out.replace(" ", "")
        for out, _, _ in outcomes
    )
