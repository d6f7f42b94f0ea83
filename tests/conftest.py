"""Shared fixtures: the sample corpus is built once per session and ingested into a real store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casebrief.config import database_url
from casebrief.ingest import ingest
from casebrief.sample.build import build_corpus
from casebrief.store import Store


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("corpus")
    build_corpus(target)
    return target


@pytest.fixture(scope="session")
def truth(corpus_dir) -> dict:
    return json.loads((corpus_dir / "truth.json").read_text())


@pytest.fixture(scope="session")
def corpus_store(corpus_dir, tmp_path_factory) -> Store:
    store = Store(database_url(tmp_path_factory.mktemp("db") / "corpus.db"))
    report = ingest([corpus_dir], store, workers=2)
    assert report.count("ingested") == 32, [o for o in report.outcomes if o.status != "ingested"]
    return store


@pytest.fixture()
def store(tmp_path) -> Store:
    return Store(database_url(tmp_path / "test.db"))


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
