"""Shared fixtures: the loaded pipeline (once per session) and the ../shared material."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_TXT = SHARED / "seed" / "000_267c10b8c2325093.txt"
SEED_GOLD = SHARED / "seed" / "expected.json"
CORPUS = ROOT / "examples" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def need_shared(path: Path) -> Path:
    if not path.exists():
        pytest.fail(f"{path} is missing: the tests read ../shared beside the project")
    return path


@pytest.fixture(scope="session")
def pipeline():
    from entente.pipeline import Pipeline
    return Pipeline()


@pytest.fixture(scope="session")
def scorer():
    """The project-independent scorer in ../shared/tools, imported in place."""
    path = need_shared(SHARED / "tools" / "score_events.py")
    spec = importlib.util.spec_from_file_location("score_events", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def seed_doc(pipeline):
    from entente.ingest import read_file
    return pipeline.extract(read_file(need_shared(SEED_TXT)))


@pytest.fixture(scope="session")
def seed_gold():
    return json.loads(need_shared(SEED_GOLD).read_text())


@pytest.fixture(scope="session")
def corpus_docs(pipeline):
    """(document, gold) for every article of the example corpus."""
    from entente.ingest import read_file
    pairs = []
    for txt in sorted(CORPUS.glob("*.txt")):
        gold = json.loads(txt.with_suffix(".json").read_text())
        pairs.append((pipeline.extract(read_file(txt)), gold))
    return pairs


@pytest.fixture(scope="session")
def corpus_store(pipeline, tmp_path_factory):
    """The example corpus ingested once into a store: (path, IngestReport)."""
    from entente.ingest import ingest
    db = str(tmp_path_factory.mktemp("store") / "corpus.duckdb")
    return db, ingest([str(CORPUS)], db, pipeline=pipeline)
