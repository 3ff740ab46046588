"""The backfill on a Dask LocalCluster of 2 workers: its Parquet dataset, once the pass over the
whole of it has run, holds what a single-process ingest of the same inputs stores (copies,
clusters and ids included), also when a worker dies mid-run; analytics read it in place
(--db DIR) and `entente merge` makes it a store file."""
from __future__ import annotations

import os
import shutil
import sys

import duckdb
import pytest
from distributed import WorkerPlugin

from entente.ingest import ingest
from entente.store import read_connection

from .conftest import CORPUS

pytestmark = pytest.mark.model

COMPARED = ("documents", "events", "quotes", "failures", "duplicates", "clusters")
# our own words, standing in for a wire story's other tail and another outlet's lead
TAIL = ("Defence officials in both capitals said further visits were being discussed for "
        "next year, and a joint statement was expected after the autumn meetings. Analysts "
        "told this outlet the steps were modest but would be watched closely in the region.")
LEAD = ("Readers of our evening bulletin will recall the earlier coverage of this story; what "
        "follows is the fuller account that reached the desk overnight, lightly edited.")


def _paragraphs(path) -> list[str]:
    return [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def write_corpus(folder) -> dict[str, str]:
    """Six corpus articles, then (in file-name order, so in input order): an exact copy of
    one, a wire copy of another with a new tail, and a chain: B copies A, C copies B but not
    A. Returns the names of the interesting files."""
    from entente.store.dedup import jaccard, shingles

    folder.mkdir()
    articles = sorted(CORPUS.glob("*.txt"))[:6]
    for f in articles:
        shutil.copy(f, folder)
    a = _paragraphs(articles[0])
    b = a[:-2] + [TAIL]                                  # A's copy with another tail
    # B's copy with a lead of its own after the dateline (dated, so its reports cluster)
    c = a[:3] + [LEAD] + b[4:] + [TAIL.replace("next year", "the spring")]
    (folder / "101_exact_copy.txt").write_bytes(articles[2].read_bytes())
    wire = _paragraphs(articles[4])
    (folder / "102_wire_copy.txt").write_text("\n\n".join(wire[:-2] + [TAIL]), encoding="utf-8")
    (folder / "103_chain_b.txt").write_text("\n\n".join(b), encoding="utf-8")
    (folder / "104_chain_c.txt").write_text("\n\n".join(c), encoding="utf-8")
    (folder / "105_empty.txt").write_text("")
    sh = {k: shingles("\n\n".join(v)) for k, v in (("a", a), ("b", b), ("c", c))}
    # the premise of the chain: C copies B, not A; so C is stored once B is found a copy of A
    assert jaccard(sh["a"], sh["b"]) >= 0.7 and jaccard(sh["b"], sh["c"]) >= 0.7
    assert jaccard(sh["a"], sh["c"]) < 0.7
    return {"a": articles[0].name, "chain_b": "103_chain_b.txt", "chain_c": "104_chain_c.txt",
            "wire": "102_wire_copy.txt"}


def _rows(db: str, table: str) -> list[tuple]:
    with read_connection(db) as con:
        return con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()


def assert_same_as(single: str, dataset: str) -> None:
    for table in COMPARED:
        assert _rows(dataset, table) == _rows(single, table), table


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, pipeline):
    """The corpus folder, its single-process store (batches of 4) and its interesting names."""
    root = tmp_path_factory.mktemp("backfill")
    names = write_corpus(root / "in")
    db = str(root / "one.duckdb")
    ingest([str(root / "in")], db, batch_size=4, pipeline=pipeline)
    return root / "in", db, names


@pytest.fixture(scope="module")
def dataset(corpus, tmp_path_factory):
    from entente.backfill import backfill

    folder, _, _ = corpus
    out = tmp_path_factory.mktemp("dataset") / "out"
    report = backfill([str(folder)], str(out), cluster="local:2", chunk=3)
    return out, report


def test_the_dataset_equals_a_single_process_ingest_copies_clusters_and_ids(corpus, dataset):
    folder, db, names = corpus
    out, report = dataset
    assert (report.stored, report.skipped, report.duplicates, report.failed) == (7, 1, 2, 1)
    assert_same_as(db, str(out))
    with read_connection(str(out)) as con:
        copies = dict(con.execute("SELECT origin, duplicate_of FROM duplicates").fetchall())
        origin_of = dict(con.execute("SELECT id, origin FROM documents").fetchall())
        stored = set(origin_of.values())
        # a copy whose original was in another partition, and the chain C -> B -> A: C is
        # stored, because B (its original within the partition) is itself a copy of A
        assert origin_of[copies[str(folder / names["chain_b"])]] == str(folder / names["a"])
        assert str(folder / names["wire"]) in copies
        assert str(folder / names["chain_c"]) in stored
        # reports of one event in articles of different partitions share a cluster
        spread = con.execute("SELECT count(*) FROM clusters WHERE documents > 1").fetchone()[0]
        assert spread > 0
        # and an act an article tells again is one event with its first telling
        retold = con.execute("SELECT count(*), count(*) FILTER (WHERE r.cluster = e.cluster) "
                             "FROM events e JOIN events r ON r.id = e.retells").fetchone()
        assert retold[0] > 0 and retold[0] == retold[1]


def test_a_rerun_adds_nothing_and_keeps_the_files(corpus, dataset):
    from entente.backfill import backfill

    folder, db, _ = corpus
    out, _ = dataset
    files = sorted(p for p in out.rglob("*.parquet") if "month=" in str(p))
    again = backfill([str(folder)], str(out), cluster="local:1", chunk=3)
    # what is stored (or copied) is skipped; the input that failed is tried again, as
    # `entente ingest` does, and fails once more in the same file
    assert (again.partitions, again.stored, again.skipped, again.failed) == (1, 0, 10, 1)
    assert sorted(p for p in out.rglob("*.parquet") if "month=" in str(p)) == files
    assert_same_as(db, str(out))


def test_analytics_read_the_dataset_in_place_as_they_read_the_store(corpus, dataset):
    from click.testing import CliRunner
    from fastapi.testclient import TestClient

    from entente.cli import main
    from entente.web import create_app

    _, db, _ = corpus
    out, _ = dataset
    for args in (["ties", "JPN", "--region", "Europe", "--format", "json"],
                 ["events", "--actor", "JPN", "--format", "jsonl"],
                 ["failures", "--format", "json"]):
        on_file = CliRunner().invoke(main, args + ["--db", db])
        on_dir = CliRunner().invoke(main, args + ["--db", str(out)])
        assert on_file.exit_code == 0 and on_dir.exit_code == 0, on_dir.output
        assert on_dir.output == on_file.output and len(on_file.output) > 50
    with TestClient(create_app(db)) as f, TestClient(create_app(str(out))) as d:
        for url in ("/api/stats", "/api/events?actor=JPN", "/api/overview"):
            assert d.get(url).json() == f.get(url).json()
    assert not list(out.rglob("*.duckdb"))          # nothing was copied into a store file
    from entente.errors import StoreError
    with pytest.raises(StoreError, match="serve it without --allow-ingest"):
        create_app(str(out), allow_ingest=True)


def test_merge_makes_the_dataset_a_store_equal_to_a_single_process_ingest(corpus, dataset,
                                                                         tmp_path):
    from click.testing import CliRunner

    from entente.cli import main

    _, db, _ = corpus
    out, _ = dataset
    merged = str(tmp_path / "merged.duckdb")
    r = CliRunner().invoke(main, ["merge", str(out), "--db", merged])
    assert r.exit_code == 0, r.output
    with read_connection(db) as con:
        tables = [t for (t,) in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
            "AND table_name <> 'schema_version'").fetchall()]
    assert {"documents", "events", "minhash", "shingles", "cluster_keys"} <= set(tables)
    for table in tables:
        assert _rows(merged, table) == _rows(db, table), table
    again = CliRunner().invoke(main, ["merge", str(out), "--db", merged])
    assert again.exit_code == 1 and "merge into a new --db file" in again.output


def test_an_unfinished_dataset_is_refused_with_how_to_finish_it(corpus, dataset, tmp_path):
    from entente.analytics import stats
    from entente.errors import StoreError

    out, _ = dataset
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    (copy / "dataset.json").unlink()
    with pytest.raises(StoreError, match="run the same `entente ingest"):
        stats(str(copy))
    with pytest.raises(StoreError, match="not an entente dataset"):
        stats(str(tmp_path / "copy" / "documents"))


def test_a_bad_cluster_is_refused_with_the_forms_it_takes(tmp_path):
    from entente.backfill import backfill

    with pytest.raises(ValueError, match="local:N"):
        backfill([str(CORPUS / "001_japan_uk_access_pact.txt")], str(tmp_path / "o"),
                 cluster="yarn")


class _KillOnce(WorkerPlugin):
    """A worker plugin: the first partition to finish, on whichever worker, kills its own
    worker process (os._exit) once its files are written and before it reports back; the
    marker file makes it happen once in the whole run."""

    name = "kill-once"

    def __init__(self, marker: str):
        self.marker = marker

    def setup(self, worker) -> None:
        import entente.backfill as here
        real, marker = here.extract_partition, self.marker

        def extract_partition(*args, **kwargs):
            got = real(*args, **kwargs)
            try:
                fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                return got
            os.close(fd)
            os._exit(1)

        here.extract_partition = extract_partition


def test_a_worker_killed_mid_run_leaves_the_output_complete_and_nothing_doubled(corpus,
                                                                                tmp_path):
    import cloudpickle
    from distributed import Client, LocalCluster

    from entente.backfill import backfill

    folder, db, _ = corpus
    marker = tmp_path / "killed"
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    try:
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            client.register_plugin(_KillOnce(str(marker)))
            out = tmp_path / "out"
            report = backfill([str(folder)], str(out), cluster=cluster.scheduler_address,
                              chunk=2)
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert marker.exists()                          # a worker did die
    assert report.stored == 7
    assert_same_as(db, str(out))
    assert not list(out.rglob("*.tmp"))


class _KillOn(WorkerPlugin):
    """A worker plugin: a partition holding an input named ``poison`` kills its worker every
    time (a document that makes the worker run out of memory, say)."""

    name = "kill-on"

    def __init__(self, poison: str):
        self.poison = poison

    def setup(self, worker) -> None:
        import entente.backfill as here
        real, poison = here.extract_partition, self.poison

        def extract_partition(items, *args, **kwargs):
            if any(x.origin.endswith(poison) for x in items):
                os._exit(1)
            return real(items, *args, **kwargs)

        here.extract_partition = extract_partition


def test_a_partition_that_kills_its_worker_each_time_is_recorded_and_the_run_goes_on(tmp_path):
    import cloudpickle
    import dask
    from distributed import Client, LocalCluster

    from entente.backfill import backfill
    from entente.store.dataset import read_dataset

    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(CORPUS.glob("*.txt"))[:3]:
        shutil.copy(f, folder)
    (folder / "zz_poison.txt").write_text("Japan and Italy held talks in Rome on Monday.")
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    try:
        with dask.config.set({"distributed.scheduler.allowed-failures": 0}), \
                LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                             dashboard_address=None) as cluster, Client(cluster) as client:
            client.register_plugin(_KillOn("zz_poison.txt"))
            report = backfill([str(folder)], str(tmp_path / "out"),
                              cluster=cluster.scheduler_address, chunk=2)
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert (report.stored, report.failed) == (2, 2)      # the poisoned partition of two
    assert all("run the same command again" in f for f in report.failures)
    with read_dataset(str(tmp_path / "out")) as con:
        failed = sorted(o for (o,) in con.execute("SELECT origin FROM failures").fetchall())
        stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert failed == [str(folder / "003_queen_elizabeth_japan_visit.txt"),
                      str(folder / "zz_poison.txt")] and stored == 2


def test_cli_ingest_on_dask_writes_parquet(tmp_path):
    from click.testing import CliRunner

    from entente.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(CORPUS.glob("*.txt"))[:2]:
        shutil.copy(f, folder)
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["ingest", str(folder), "--dask", "local:1", "--out",
                                  str(out), "--partition-size", "1"])
    assert r.exit_code == 0, r.output
    assert "2 documents in 2 partitions: 2 stored" in r.output
    with duckdb.connect() as con:
        assert con.execute(f"SELECT count(*) FROM read_parquet('{out}/documents/*/*.parquet')"
                           ).fetchone()[0] == 2
    r = CliRunner().invoke(main, ["ingest", str(folder), "--out", str(out)])
    assert r.exit_code == 2 and "--dask and --out go together" in r.output


# our own words: two wire stories in a table, as a crawl's export might hold them
ROWS = [
    ("wire-1", "http://news.test/rome-talks", "Italy and Japan agree on Pacific drills",
     "2024-07-10",
     "ROME - Italy's defence minister met his Japanese counterpart in Rome on Tuesday, and the "
     "two agreed to hold a joint naval exercise in the western Pacific next spring, officials "
     "from both ministries said.\n\nThe ministers also signed a memorandum on sharing "
     "information about maritime traffic, the Italian ministry said in a statement."),
    ("wire-2", "http://news.test/manila-patrols", "Manila and Canberra widen patrols",
     "2024-07-12",
     "MANILA - The Philippines and Australia agreed on Friday to expand joint maritime patrols "
     "in the South China Sea, the Philippine foreign ministry said.\n\nAustralia will also "
     "send two patrol aircraft to an air base on Luzon for training in September."),
    ("wire-3", None, None, None, "   "),
]


def test_warc_and_parquet_inputs_on_dask_equal_a_single_process_ingest(pipeline, tmp_path):
    from entente.backfill import backfill

    from .test_sources import write_warc

    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, True)
    table = tmp_path / "wire.parquet"
    with duckdb.connect() as con:
        con.execute("CREATE TABLE t (id VARCHAR, url VARCHAR, title VARCHAR, published VARCHAR, "
                    "text VARCHAR)")
        con.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?)", ROWS)
        con.execute("COPY t TO ? (FORMAT parquet)", [str(table)])
    inputs = [str(warc), str(table)]
    db = str(tmp_path / "one.duckdb")
    ingest(inputs, db, pipeline=pipeline)
    out = tmp_path / "out"
    report = backfill(inputs, str(out), cluster="local:2", chunk=2)
    assert (report.stored, report.failed) == (4, 2)
    assert_same_as(db, str(out))
    with read_connection(str(out)) as con:
        got = dict(con.execute("SELECT name, title FROM documents").fetchall())
        failed = {o for (o,) in con.execute("SELECT origin FROM failures").fetchall()}
    assert got["wire-1"] == "Italy and Japan agree on Pacific drills"
    assert failed == {f"{warc}#http://news.test/blob", f"{table}:3"}
