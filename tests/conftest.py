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
