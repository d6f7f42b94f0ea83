"""Shared fixtures: the sample corpus is built once per session and ingested into a real store."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from casebrief.config import database_url
from casebrief.ingest import ingest
from casebrief.sample.build import build_corpus
from casebrief.store import Store


def _pin_the_encoder() -> None:
    """The figures the tests expect are MiniLM's, the encoder CI installs. With the optional
    MPNet packages installed too, casebrief would prefer them, so the suite (and the commands it
    runs) names MiniLM unless CASEBRIEF_EMBEDDING_MODEL is set already; the MPNet code path is
    tested on a tiny model (test_encoder.py)."""
    from casebrief.learning.encoder import ENV_VAR, packaged_encoder

    if ENV_VAR not in os.environ and (folder := packaged_encoder("all-MiniLM-L6-v2")) is not None:
        os.environ[ENV_VAR] = str(folder)


_pin_the_encoder()


def pytest_configure(config: pytest.Config) -> None:
    """The compiled coders the suite builds (one per codebook variant, up to 32 MB each) and the
    encoder it unpacks go to a cache folder of the suite's own under .pytest_cache, not the
    user's: kept between runs, so a rerun does not build them again, and removed with
    `pytest --cache-clear`. Set CASEBRIEF_CACHE to choose another folder."""
    if "CASEBRIEF_CACHE" in os.environ:
        return
    cache = getattr(config, "cache", None)  # None under `-p no:cacheprovider`
    folder = cache.mkdir("casebrief") if cache is not None else tempfile.mkdtemp(prefix="cb-")
    os.environ["CASEBRIEF_CACHE"] = str(folder)


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("corpus")
    build_corpus(target)
    return target


@pytest.fixture(scope="session")
def truth(corpus_dir) -> dict:
    return json.loads((corpus_dir / "truth.json").read_text())


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def corpus_store(request, corpus_dir, tmp_path_factory) -> Store:
    """The sample corpus ingested once per backend."""
    if request.param == "sqlite":
        url = database_url(tmp_path_factory.mktemp("db") / "corpus.db")
    else:
        url = new_pg_database(request.getfixturevalue("pg_server"), "corpus")
    store = Store(url)
    report = ingest([corpus_dir], store, workers=2)
    assert report.count("ingested") == 32, [o for o in report.outcomes if o.status != "ingested"]
    return store


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path) -> Store:
    """A new, empty store on each backend."""
    if request.param == "sqlite":
        return Store(database_url(tmp_path / "test.db"))
    return Store(request.getfixturevalue("pg_url"))


@pytest.fixture(scope="session")
def coded_db_template(corpus_dir, tmp_path_factory) -> Path:
    """The sample corpus ingested and coded with online-harm, once; tests copy the file."""
    from casebrief.codebook import load_codebook
    from casebrief.coding.service import code_store

    path = tmp_path_factory.mktemp("coded") / "coded.db"
    store = Store(database_url(path))
    ingest([corpus_dir], store, workers=2)
    code_store(store, load_codebook("online-harm"), workers=1)
    store.close()
    return path


@pytest.fixture()
def coded_db(coded_db_template, tmp_path) -> Path:
    """A private copy of the coded sample store, free to change."""
    import shutil

    target = tmp_path / "casebrief.db"
    shutil.copyfile(coded_db_template, target)
    return target


# -- PostgreSQL ---------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A real PostgreSQL server: $CASEBRIEF_TEST_PG (CI starts one), else a throwaway cluster
    started here. Missing PostgreSQL skips, or fails under CASEBRIEF_REQUIRE_PG=1 (CI)."""
    from tests import pg_cluster

    if url := os.environ.get("CASEBRIEF_TEST_PG"):
        yield url
        return
    if not pg_cluster.available():
        if os.environ.get("CASEBRIEF_REQUIRE_PG"):
            pytest.fail("PostgreSQL (initdb, pg_ctl) is required: apt-get install postgresql")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    import shutil
    import tempfile

    # Not under pytest's private temporary folder: as root, the server runs as `postgres`.
    base = Path(tempfile.mkdtemp(prefix="casebrief-pg-"))
    try:
        yield pg_cluster.start(base)
    finally:
        pg_cluster.stop(base)
        shutil.rmtree(base, ignore_errors=True)


def new_pg_database(server: str, prefix: str, template: str | None = None) -> str:
    """A new database on the test server (a copy of `template` if given); returns its URL."""
    import uuid

    import psycopg

    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(server, autocommit=True) as conn:
        copy = f' TEMPLATE "{template}"' if template else ""
        conn.execute(f'CREATE DATABASE "{name}"{copy}')
    return server.rsplit("/", 1)[0] + "/" + name


def drop_pg_database(server: str, url: str) -> None:
    import psycopg

    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


@pytest.fixture()
def pg_url(pg_server) -> Iterator[str]:
    """A fresh, empty database on the test server, dropped afterwards."""
    url = new_pg_database(pg_server, "t")
    yield url
    drop_pg_database(pg_server, url)


@pytest.fixture(scope="session")
def coded_pg_template(pg_server, corpus_dir) -> str:
    """The sample corpus ingested and coded in PostgreSQL, once: the template coded_pg copies."""
    from casebrief.codebook import load_codebook
    from casebrief.coding.service import code_store

    url = new_pg_database(pg_server, "coded_template")
    store = Store(url)
    ingest([corpus_dir], store, workers=2)
    code_store(store, load_codebook("online-harm"), workers=1)
    store.close()
    return url.rsplit("/", 1)[1]


@pytest.fixture()
def coded_pg(pg_server, coded_pg_template) -> Iterator[str]:
    """A private copy of the coded sample store on PostgreSQL."""
    url = new_pg_database(pg_server, "coded", template=coded_pg_template)
    yield url
    drop_pg_database(pg_server, url)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    """The URL of a new, empty store on each backend."""
    if request.param == "sqlite":
        return database_url(tmp_path / "new.db")
    return request.getfixturevalue("pg_url")


@pytest.fixture(params=["sqlite", "postgresql"])
def coded_url(request) -> str:
    """A private copy of the coded sample store, on each backend (a path or a URL)."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("coded_db"))
    return request.getfixturevalue("coded_pg")
