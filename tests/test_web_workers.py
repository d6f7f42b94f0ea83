"""`casebrief serve --workers N`: several server processes behave as one app."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.helpers import free_port


@pytest.fixture()
def two_workers(coded_db: Path) -> Iterator[str]:
    port = free_port()
    command = [sys.executable, "-m", "casebrief.cli", "serve", "--db", str(coded_db)]
    server = subprocess.Popen(
        [*command, "--port", str(port), "--workers", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while True:
        try:
            httpx.get(base + "/api/session", timeout=5)
            break
        except httpx.TransportError as exc:
            if server.poll() is not None or time.time() > deadline:
                server.kill()
                message = f"serve --workers 2 did not start: {server.stderr.read()!r}"
                raise RuntimeError(message) from exc
            time.sleep(0.2)
    yield base
    server.terminate()
    server.wait(timeout=30)


def test_a_session_from_one_worker_is_accepted_by_the_others(two_workers):
    """Every request on a fresh connection, so the kernel spreads them over both processes: a
    CSRF token or cookie signed by one must be good in the other."""
    no_reuse = httpx.Limits(max_keepalive_connections=0)
    with httpx.Client(base_url=two_workers, limits=no_reuse, timeout=30) as client:
        token = client.get("/api/session").json()["csrf_token"]
        decided = []
        for _ in range(12):
            coding = client.get("/api/queue").json()["coding"]
            response = client.post(
                f"/api/codings/{coding['id']}/decision",
                json={"decision": "accept", "seen": coding["seen"]},
                headers={"X-CSRF-Token": token},
            )
            assert response.status_code == 200, response.text
            decided.append(coding["id"])
        assert len(set(decided)) == 12  # each decision took the coding out of the queue
        themes = client.get("/api/themes").json()
        assert sum(t["accepted"] for t in themes["themes"]) == 12


def test_search_pages_agree_across_workers(two_workers):
    no_reuse = httpx.Limits(max_keepalive_connections=0)
    with httpx.Client(base_url=two_workers, limits=no_reuse, timeout=30) as client:
        totals = {
            client.get("/api/search", params={"q": "online"}).json()["total"] for _ in range(6)
        }
    assert len(totals) == 1 and totals.pop() > 0
