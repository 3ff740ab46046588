"""A folder of Parquet files as a store: the pass that finishes a backfill, the views that let
the analytics read it in place, and ``entente merge`` into a store file.

A backfill (entente.backfill) writes each partition's rows under the folder, one file per
partition and publication month (``TABLE/month=YYYY-MM/part-DIGEST.parquet``):

    documents/  events/  quotes/   every document read (copies too), its reports and quotes;
                                   events without their cluster
    inputs/                        seq (the input order), id, origin, name, url and title of
                                   each document: what a duplicate's row is made of
    shingles/  minhash/            each document's word 5-gram hashes and MinHash band keys
    failures/                      the inputs that failed, with their seq

Near-duplicates and event clusters are decided over the whole folder by :func:`finish`, which
writes three tables of its own and a mark of what it saw:

    duplicates/  event_clusters/  clusters/     (part-0.parquet each)
    dataset.json                               the partition files the pass covered

It decides as the single-process store does (see writer.py, dedup.py and cluster.py): a
document is a copy when a document stored before it in input order shares a MinHash band and
has Jaccard similarity NEAR_DUPLICATE or more (the most similar one, the smallest id on a tie,
is the original); reports of one event are the connected components of cluster.same_event
over the stored reports, named by their smallest id. So an ingest of the same inputs in the
same order into a store file gives the same rows and ids.

:func:`read_dataset` opens the folder as views with the store's tables and columns (copies
left out, clusters joined in), which is what ``--db DIR`` queries; :func:`merge` loads them
into a store file.
"""
from __future__ import annotations

import json
import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import duckdb

from ..errors import StoreError
from . import cluster, dedup
from .schema import _CONFIG, migrate, write_connection

RAW = ("documents", "events", "quotes", "inputs", "shingles", "minhash", "failures")
DECIDED = ("duplicates", "event_clusters", "clusters")
MARK = "dataset.json"
_INPUT_COLUMNS = (("seq", "BIGINT"), ("id", "VARCHAR"), ("origin", "VARCHAR"),
                  ("name", "VARCHAR"), ("url", "VARCHAR"), ("title", "VARCHAR"))
_CLUSTER_COLUMNS = (("event", "VARCHAR"), ("cluster", "VARCHAR"))


@dataclass
class PassReport:
    """The dataset after the pass; ``new_*`` count the inputs numbered ``since`` or later."""

    documents: int = 0        # stored (copies left out)
    duplicates: int = 0
    reports: int = 0
    clusters: int = 0
    new_documents: int = 0
    new_duplicates: int = 0
    new_reports: int = 0


def part_files(folder: Path) -> list[str]:
    """The partition files of the raw tables, as paths relative to ``folder``, sorted."""
    out = []
    for table in RAW:
        for f in (folder / table).glob("month=*/*.parquet"):
            out.append(f.relative_to(folder).as_posix())
    return sorted(out)


def _glob(folder: Path, table: str) -> str | None:
    """The read_parquet glob of ``table``, or None when it has no file."""
    if table in DECIDED:
        files = list((folder / table).glob("*.parquet"))
        return str(folder / table / "*.parquet") if files else None
    files = list((folder / table).glob("month=*/*.parquet"))
    return str(folder / table / "month=*" / "*.parquet") if files else None


def _quote(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _store_columns(con) -> dict[str, list[tuple[str, str]]]:
    """(column, type) of each table of the migrated store on ``con``, in the store's order."""
    out: dict[str, list[tuple[str, str]]] = {}
    for table, column, kind in con.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position").fetchall():
        out.setdefault(table, []).append((column, kind))
    return out


def _empty(columns: list[tuple[str, str]]) -> str:
    """A relation with ``columns`` and no rows."""
    select = ", ".join(f"CAST(NULL AS {t}) AS {_ident(c)}" for c, t in columns)
    return f"(SELECT {select} WHERE false)"


def _source(folder: Path, table: str, columns: list[tuple[str, str]]) -> str:
    """A relation with ``columns`` over the Parquet files of ``table``; empty without files.

    Paths are ours (the folder given and our table names), quoted as SQL literals."""
    select = ", ".join(f"CAST({_ident(c)} AS {t}) AS {_ident(c)}" for c, t in columns)
    glob = _glob(folder, table)
    if glob is None:
        return _empty(columns)
    hive = "true" if table in RAW else "false"
    return (f"(SELECT {select} FROM read_parquet({_quote(glob)}, hive_partitioning = {hive}, "
            f"union_by_name = true))")


def _views(con, folder: Path, columns: dict[str, list[tuple[str, str]]], prefix: str,
           temp: bool, decided: str | None = None) -> None:
    """Views named ``prefix + TABLE`` with the store's columns over the dataset at ``folder``:
    copies left out of documents, events, quotes and signatures, events given their cluster,
    the latest failure of each input kept (none when it was read after it). With ``decided``
    the duplicates and event clusters are read from the tables ``decided + TABLE`` instead of
    the folder (the pass, while it decides them)."""
    kind = "TEMP VIEW" if temp else "VIEW"
    p = prefix
    raw_events = [c for c in columns["events"] if c[0] != "cluster"]
    sources = {
        "documents": _source(folder, "documents", columns["documents"]),
        "events": _source(folder, "events", raw_events),
        "quotes": _source(folder, "quotes", columns["quotes"]),
        "inputs": _source(folder, "inputs", list(_INPUT_COLUMNS)),
        "shingles": _source(folder, "shingles", columns["shingles"]),
        "minhash": _source(folder, "minhash", columns["minhash"]),
        "failures": _source(folder, "failures", columns["failures"] + [("seq", "BIGINT")]),
        "duplicates": _source(folder, "duplicates", columns["duplicates"]),
        "event_clusters": _source(folder, "event_clusters", list(_CLUSTER_COLUMNS)),
        "clusters": _source(folder, "clusters", columns["clusters"]),
    }
    if decided:
        sources["duplicates"] = f"{decided}duplicates"
        sources["event_clusters"] = f"{decided}event_clusters"
    for name in ("inputs", "event_clusters", "duplicates", "clusters"):
        con.execute(f"CREATE {kind} {p}{name} AS SELECT * FROM {sources[name]}")
    for table, key in (("documents", "id"), ("quotes", "document"),
                       ("shingles", "document"), ("minhash", "document")):
        con.execute(f"CREATE {kind} {p}{table} AS SELECT t.* FROM {sources[table]} t "
                    f"ANTI JOIN {p}duplicates x ON x.id = t.{key}")
    cols = ", ".join(f"e.{_ident(c)}" if c != "cluster" else "coalesce(c.cluster, e.id) AS cluster"
                     for c, _ in columns["events"])
    con.execute(f"CREATE {kind} {p}events AS SELECT {cols} FROM {sources['events']} e "
                f"ANTI JOIN {p}duplicates x ON x.id = e.document "
                f"LEFT JOIN {p}event_clusters c ON c.event = e.id")
    # as the writer does: one row per input, its latest failure, and none once it was read
    con.execute(f"""CREATE {kind} {p}failures AS
        SELECT origin, reason, message FROM (
            SELECT f.*, row_number() OVER (PARTITION BY f.origin ORDER BY f.seq DESC) AS n
            FROM {sources['failures']} f) f
        WHERE n = 1 AND NOT EXISTS (SELECT 1 FROM {p}inputs i
                                    WHERE i.origin = f.origin AND i.seq > f.seq)""")


def _memory() -> duckdb.DuckDBPyConnection:
    """An in-memory connection with the store's schema (its tables, empty)."""
    con = duckdb.connect(config=_CONFIG)
    migrate(con, ":memory:")
    return con


def _check_finished(folder: Path) -> None:
    if not folder.is_dir():
        raise StoreError(f"{folder}: no such dataset folder; make one with `entente ingest "
                         f"PATH --dask local:2 --out {folder}`")
    if not (folder / "documents").is_dir() and not (folder / "failures").is_dir():
        raise StoreError(f"{folder}: is a folder but not an entente dataset (no documents/ "
                         f"or failures/ in it); give the --out folder of `entente ingest "
                         f"--dask`, or a .duckdb store file")
    try:
        mark = json.loads((folder / MARK).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        mark = None
    if mark is None or mark.get("parts") != part_files(folder):
        raise StoreError(f"{folder}: the dataset's last pass (near-duplicates and event "
                         f"clusters over all its partitions) did not run over what it holds "
                         f"now; run the same `entente ingest ... --dask ... --out {folder}` "
                         f"again: it skips what is stored and finishes the pass")


def _bare_columns(con) -> dict:
    """The store's columns by table, with the tables the dataset's views stand in for
    dropped from ``con``."""
    columns = _store_columns(con)
    for table in ("documents", "events", "quotes", "failures", "duplicates", "clusters",
                  "shingles", "minhash"):
        con.execute(f"DROP TABLE {table}")
    return columns


@contextmanager
def read_dataset(path: str) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only view of the dataset at ``path`` with the store's tables (documents, events,
    quotes, failures, duplicates, clusters, ...) over its Parquet files, nothing copied.

    Raises StoreError when ``path`` is not a finished dataset."""
    folder = Path(path)
    _check_finished(folder)
    con = _memory()
    try:
        columns = _bare_columns(con)
        _views(con, folder, columns, "", temp=False)
        yield con
    except duckdb.Error as exc:
        raise StoreError(f"{path}: the dataset cannot be read ({str(exc).splitlines()[0]}); "
                         f"run the `entente ingest --dask` that made it again") from None
    finally:
        con.close()


# --- the pass ---------------------------------------------------------------------------------

def finish(path: str, since: int = 0) -> PassReport:
    """Decide near-duplicates and event clusters over the whole dataset at ``path`` and write
    them (duplicates/, event_clusters/, clusters/) and the mark of what it saw. The report's
    ``new_*`` counts are of the inputs numbered ``since`` or later (a run's own)."""
    from .writer import _refresh_clusters, filed_under

    folder = Path(path)
    (folder / MARK).unlink(missing_ok=True)      # readers refuse while the pass runs
    parts = part_files(folder)
    report = PassReport()
    con = _memory()
    try:
        columns = _bare_columns(con)
        # what the pass decides, empty for now: the views leave out nothing yet
        con.execute("CREATE TABLE decided_duplicates AS SELECT * FROM "
                    + _empty(columns["duplicates"]))
        con.execute("CREATE TABLE decided_event_clusters AS SELECT * FROM "
                    + _empty(list(_CLUSTER_COLUMNS)))
        _views(con, folder.resolve(), columns, "all_", temp=False, decided="decided_")
        copies = _near_duplicates(con)
        if copies:
            con.executemany("INSERT INTO decided_duplicates SELECT ?, ?, ?, ?, ?, ?, ?", copies)
        report.duplicates = len(copies)
        # all_events leaves the copies out now; its cluster is the report's own id until
        # decided_event_clusters is filled
        moved = _clusters(con, filed_under)
        if moved:
            con.execute("INSERT INTO decided_event_clusters SELECT unnest(?), unnest(?)",
                        [list(moved), list(moved.values())])
        con.execute("CREATE VIEW events AS SELECT * FROM all_events")
        con.execute("CREATE TABLE clusters AS SELECT * FROM " + _empty(columns["clusters"]))
        ids = [r[0] for r in con.execute("SELECT DISTINCT cluster FROM events").fetchall()]
        _refresh_clusters(con, ids, [])
        report.clusters = len(ids)
        (report.documents, report.new_documents), = con.execute(
            "SELECT count(*), count(*) FILTER (WHERE i.seq >= ?) FROM all_documents d "
            "JOIN all_inputs i ON i.id = d.id", [since]).fetchall()
        (report.reports, report.new_reports), = con.execute(
            "SELECT count(*), count(*) FILTER (WHERE i.seq >= ?) FROM all_events e "
            "JOIN all_inputs i ON i.id = e.document", [since]).fetchall()
        report.new_duplicates = con.execute(
            "SELECT count(*) FROM decided_duplicates x JOIN all_inputs i ON i.id = x.id "
            "WHERE i.seq >= ?", [since]).fetchone()[0]
        for table, sql in (("duplicates", "SELECT * FROM decided_duplicates ORDER BY id"),
                           ("event_clusters",
                            "SELECT * FROM decided_event_clusters ORDER BY event"),
                           ("clusters", "SELECT * FROM clusters ORDER BY id")):
            _replace(con, folder, table, sql)
    except duckdb.Error as exc:
        raise StoreError(f"{path}: the pass over the dataset failed ({str(exc).splitlines()[0]});"
                         f" run the same `entente ingest --dask` again to finish it") from None
    finally:
        con.close()
    tmp = folder / (MARK + ".tmp")
    tmp.write_text(json.dumps({"format": 1, "parts": parts, "documents": report.documents,
                               "duplicates": report.duplicates, "reports": report.reports,
                               "clusters": report.clusters}, indent=1), encoding="utf-8")
    os.replace(tmp, folder / MARK)
    return report


def _replace(con, folder: Path, table: str, sql: str) -> None:
    """Write ``table`` as ``folder/table/part-0.parquet``, replacing what was there."""
    new = folder / f"{table}.new"
    shutil.rmtree(new, ignore_errors=True)
    new.mkdir(parents=True)
    # the path is ours: the dataset folder and one of this module's table names
    con.execute(f"COPY ({sql}) TO {_quote(str(new / 'part-0.parquet'))} (FORMAT parquet)")
    old = folder / f"{table}.old"
    shutil.rmtree(old, ignore_errors=True)
    if (folder / table).exists():
        os.replace(folder / table, old)
    os.replace(new, folder / table)
    shutil.rmtree(old, ignore_errors=True)


def _near_duplicates(con) -> list[tuple]:
    """Rows of the duplicates table: each document that copies a document stored before it.

    Candidates are pairs that share a MinHash band key (as the writer looks them up); the
    decision walks the documents in input order, because a copy is not an original for those
    after it."""
    rows = con.execute(f"""
        WITH k AS (SELECT m.document, m.key, i.seq FROM all_minhash m
                   JOIN all_inputs i ON i.id = m.document),
             pairs AS (SELECT DISTINCT a.document AS early, b.document AS late, b.seq AS seq
                       FROM k a JOIN k b ON a.key = b.key AND a.seq < b.seq
                       WHERE a.document <> b.document)
        SELECT p.early, p.late, p.seq, len(list_intersect(x.hashes, y.hashes)) AS shared,
               len(x.hashes) + len(y.hashes) AS total
        FROM pairs p JOIN all_shingles x ON x.document = p.early
                     JOIN all_shingles y ON y.document = p.late
        WHERE len(list_intersect(x.hashes, y.hashes))
              >= {dedup.NEAR_DUPLICATE - 0.01} * (len(x.hashes) + len(y.hashes)
                  - len(list_intersect(x.hashes, y.hashes)))""").fetchall()
    edges: dict[tuple[int, str], list[tuple[str, float]]] = {}
    for early, late, seq, shared, total in rows:
        sim = shared / (total - shared)          # dedup.jaccard, on the counts
        if sim >= dedup.NEAR_DUPLICATE:
            edges.setdefault((seq, late), []).append((early, sim))
    originals: dict[str, tuple[str, float]] = {}
    for seq, late in sorted(edges):
        found = [(-sim, early) for early, sim in edges[(seq, late)] if early not in originals]
        if found:
            sim, early = min(found)              # the most similar; the smallest id on a tie
            originals[late] = (early, -sim)
    if not originals:
        return []
    meta = {r[0]: r[1:] for r in con.execute(
        "SELECT id, origin, name, url, title FROM all_inputs WHERE id IN (SELECT unnest(?))",
        [list(originals)]).fetchall()}
    return [(d, *meta[d], early, round(sim, 4)) for d, (early, sim) in originals.items()]


def _clusters(con, filed_under) -> dict[str, str]:
    """{event: cluster} for every stored report that is not alone in its cluster.

    Candidate pairs share a key of filed_under (the dyad, type, mode, standing and a month
    their windows touch: the writer's own); cluster.same_event decides each pair, in its SQL
    form so that the pairs never leave DuckDB, and the components are joined here."""
    # (and each report with the one it tells again, dated or not; a folder written before
    # reports named what they retell has no such column)
    columns = {c[0] for c in con.execute("SELECT * FROM all_events LIMIT 0").description}
    retold = ("UNION SELECT least(id, retells), greatest(id, retells) FROM all_events "
              "WHERE retells IS NOT NULL") if "retells" in columns else ""
    con.execute(f"""CREATE TABLE candidates AS
        WITH wide AS ({filed_under('all_events', cluster.TOLERANCE)}),
             own AS ({filed_under('all_events', 0)})
        SELECT DISTINCT least(a.event, b.event) AS x, greatest(a.event, b.event) AS y
        FROM wide a JOIN own b ON a.key = b.key AND a.event <> b.event
        {retold}""")
    con.execute("CREATE TABLE words (id VARCHAR, words VARCHAR[])")
    reader = con.cursor()        # a result of its own, read while ``con`` inserts
    rows = reader.execute("SELECT id, evidence FROM all_events WHERE id IN "
                          "(SELECT x FROM candidates UNION SELECT y FROM candidates)")
    while True:
        chunk = rows.fetchmany(50_000)
        if not chunk:
            break
        con.execute("INSERT INTO words SELECT unnest(?), unnest(?)",
                    [[i for i, _ in chunk], [sorted(cluster.content_words(e)) for _, e in chunk]])
    # the candidates' reports once, as a table, with their word counts; the words shared by a
    # pair are counted by a join on (report, word) rows (list_intersect per pair was 10 times
    # slower); a pair that shares none has similarity 0 and is no match
    retells = "e.retells" if "retells" in columns else "NULL::VARCHAR"
    con.execute(f"""CREATE TABLE ev AS
        SELECT e.id, e.document, e.dyad_a, e.dyad_b, e.type, e.mode, e.status, e.claim,
               e.date_lo, e.date_hi, {retells} AS retells, len(w.words) AS n
        FROM all_events e JOIN words w ON w.id = e.id""")
    con.execute("CREATE TABLE word_rows AS SELECT id, unnest(words) AS word FROM words")
    edges = con.execute(f"""
        WITH shared AS (
            SELECT c.x, c.y, count(*) AS k
            FROM candidates c JOIN word_rows a ON a.id = c.x
                              JOIN word_rows b ON b.id = c.y AND b.word = a.word
            GROUP BY c.x, c.y)
        SELECT s.x, s.y FROM shared s JOIN ev x ON x.id = s.x JOIN ev y ON y.id = s.y
        WHERE {cluster.same_event_sql('x', 'y', cluster.similarity_sql('s.k', 'x.n', 'y.n'))}
        UNION
        -- an article's telling again of an act it told before, whatever words they share
        SELECT c.x, c.y FROM candidates c JOIN ev x ON x.id = c.x JOIN ev y ON y.id = c.y
        WHERE x.document = y.document AND {cluster.same_event_sql('x', 'y', '0.0')}""")
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])     # halve the path
            x = parent[x]
        return x

    while True:
        chunk = edges.fetchmany(100_000)
        if not chunk:
            break
        for x, y in chunk:
            rx, ry = find(x), find(y)
            if rx != ry:
                lo_id, hi_id = sorted((rx, ry))
                parent[hi_id] = lo_id
    reader.close()
    con.execute("DROP TABLE candidates")
    con.execute("DROP TABLE words")
    con.execute("DROP TABLE ev")
    con.execute("DROP TABLE word_rows")
    return {x: find(x) for x in parent}


# --- merge ------------------------------------------------------------------------------------

MERGED = ("documents", "events", "quotes", "failures", "duplicates", "clusters", "shingles",
          "minhash")


def merge(path: str, db: str) -> dict[str, int]:
    """Load the finished dataset at ``path`` into a new store file ``db`` (the store's schema,
    migrated, with the keys a later ingest into it needs); return rows per table.

    Raises StoreError when the dataset is not finished or ``db`` already holds documents."""
    from .writer import filed_under

    folder = Path(path).resolve()
    _check_finished(folder)
    counts: dict[str, int] = {}
    with write_connection(db) as con:
        held = con.execute("SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM "
                           "duplicates) + (SELECT count(*) FROM failures)").fetchone()[0]
        if held:
            raise StoreError(f"{db}: already holds {held} documents and failures; merge into "
                             f"a new --db file (or ingest the inputs into this one)")
        mem = _memory()
        try:
            columns = _store_columns(mem)
        finally:
            mem.close()
        con.execute("BEGIN TRANSACTION")
        try:
            _views(con, folder, columns, "dataset_", temp=True)
            for table in MERGED:
                con.execute(f"INSERT INTO {table} SELECT * FROM dataset_{table}")
                counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            con.execute(f"INSERT INTO cluster_keys {filed_under('events', cluster.TOLERANCE)}")
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"{db}: the dataset {path} could not be merged "
                             f"({str(exc).splitlines()[0]}); nothing of it was stored") from None
    return counts
