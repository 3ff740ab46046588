"""The backfill on a Dask LocalCluster of 2 workers writes what the single-process store holds."""
from __future__ import annotations

import shutil

import duckdb
import pytest

from entente.ingest import ingest
from entente.store import read_connection

from .conftest import CORPUS

pytestmark = pytest.mark.model


def _parquet(out, table: str, order: str) -> list[tuple]:
    con = duckdb.connect()
    try:
        return con.execute(f"SELECT * EXCLUDE (month) FROM read_parquet('{out}/{table}/*/*.parquet', "
                           f"hive_partitioning = true) ORDER BY {order}").fetchall()
    finally:
        con.close()


def test_a_backfill_on_two_workers_equals_a_single_process_ingest_and_a_rerun_overwrites(
        pipeline, tmp_path):
    from entente.backfill import backfill

    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(CORPUS.glob("*.txt"))[:6]:
        shutil.copy(f, folder)
    (folder / "empty.txt").write_text("")
    db = str(tmp_path / "one.duckdb")
    ingest([str(folder)], db, pipeline=pipeline)
    with read_connection(db) as con:
        docs = con.execute("SELECT * FROM documents ORDER BY id").fetchall()
        events = con.execute("SELECT * EXCLUDE (cluster) FROM events ORDER BY id").fetchall()
        quotes = con.execute("SELECT * FROM quotes ORDER BY document, seq").fetchall()
        failures = con.execute("SELECT * FROM failures ORDER BY origin").fetchall()
    out = tmp_path / "out"
    report = backfill([str(folder)], str(out), cluster="local:2", chunk=3)
    assert (report.partitions, report.stored, report.failed) == (3, 6, 1)
    assert _parquet(out, "documents", "id") == docs
    got = duckdb.connect().execute(
        f"SELECT * EXCLUDE (month, cluster) FROM read_parquet('{out}/events/*/*.parquet', "
        f"hive_partitioning = true) ORDER BY id").fetchall()
    assert got == events and len(events) > 20
    assert _parquet(out, "quotes", "document, seq") == quotes
    assert _parquet(out, "failures", "origin") == failures
    months = {p.name for p in (out / "documents").iterdir()}
    assert months and all(m.startswith("month=") for m in months)
    files = sorted(p for p in out.rglob("*.parquet"))
    again = backfill([str(folder)], str(out), cluster="local:2", chunk=3)     # a retry
    assert sorted(p for p in out.rglob("*.parquet")) == files
    assert again.stored == 6 and _parquet(out, "documents", "id") == docs


def test_a_bad_cluster_is_refused_with_the_forms_it_takes(tmp_path):
    from entente.backfill import backfill

    with pytest.raises(ValueError, match="local:N"):
        backfill([str(CORPUS / "001_japan_uk_access_pact.txt")], str(tmp_path / "o"),
                 cluster="yarn")


def test_a_worker_killed_mid_run_leaves_the_output_complete_and_nothing_doubled(tmp_path):
    import os
    import threading
    import time

    from distributed import Client, LocalCluster

    from entente.backfill import backfill

    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(CORPUS.glob("*.txt"))[:12]:
        shutil.copy(f, folder)
    whole = tmp_path / "whole"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        done = {}
        out = tmp_path / "out"
        run = threading.Thread(target=lambda: done.update(r=backfill(
            [str(folder)], str(out), cluster=cluster.scheduler_address, chunk=2)))
        run.start()
        deadline = time.time() + 120
        while not list(out.rglob("*.parquet")) and time.time() < deadline:
            time.sleep(0.05)
        killed = client.run(os.getpid)          # {worker: pid}
        os.kill(next(iter(killed.values())), 9)  # one worker dies while others still run
        run.join(300)
        assert done["r"].stored == 12
    backfill([str(folder)], str(whole), cluster="local:2", chunk=2)
    for table, order in (("documents", "id"), ("events", "id"), ("quotes", "document, seq")):
        assert _parquet(out, table, order) == _parquet(whole, table, order)
    assert not list(out.rglob("*.tmp"))


def test_cli_ingest_on_dask_writes_parquet(tmp_path):
    from click.testing import CliRunner

    from entente.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(CORPUS.glob("*.txt"))[:2]:
        shutil.copy(f, folder)
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["ingest", str(folder), "--dask", "local:1", "--out",
                                  str(out)])
    assert r.exit_code == 0, r.output
    assert "2 stored" in r.output
    assert len(_parquet(out, "documents", "id")) == 2
    r = CliRunner().invoke(main, ["ingest", str(folder), "--out", str(out)])
    assert r.exit_code == 2 and "--dask and --out go together" in r.output
