"""Opening the store file, and its schema as numbered migrations.

The schema lives in ``migrations/NNN_name.sql``, applied in order, each in its own transaction,
and recorded in ``schema_version``; a store is brought up to date when the writer opens it.

DuckDB lets one process open a file for writing, or several processes open it read-only, never
both at once (the lock is on the file). So the writer opens the file only for the moment of a
commit and readers open it read-only for the moment of a query; each side waits, for a bounded
time, while the other holds the file.
"""
from __future__ import annotations

import re
import time
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Iterator

import duckdb

from ..errors import StoreError

_LOCKED = "Could not set lock"
_MIGRATION = re.compile(r"^(\d{3})_(\w+)\.sql$")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")     # md:, s3://, http:// (not C:\)
_MAGIC = b"DUCK"                                      # bytes 8-12 of every DuckDB file
# A store file is made with 16 KiB blocks, not DuckDB's 256 KiB: a commit reads its candidates
# (stored reports, band keys) here and there in a large store, and each is a block loaded,
# checked and freed again, since every commit opens the file afresh. At 10 million events,
# six batches committed alternately into both kinds took 1.28 s (median) with 16 KiB blocks
# and 1.58 s with 256 KiB ones; the analytics' scans took about the same time, and opening
# such a file costs ~50 ms more. A file keeps the block size it was made with.
BLOCK_SIZE = 16384
# entente never reaches the network on its own: DuckDB must not fetch or load extensions
# (it would, to read a SQLite file or an md: MotherDuck name)
_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}


def check_path(path: str) -> None:
    """Refuse what is not a DuckDB file on this machine: StoreError saying what to give.

    ``:memory:`` would store into nothing; ``md:`` and URLs would go over the network; a
    SQLite or other file would make DuckDB look for an extension to read it.
    """
    p = str(path)
    if not p.strip():
        raise StoreError("the store path is empty; give --db FILE.duckdb")
    if p.strip() == ":memory:" or p.startswith(":memory:"):
        raise StoreError(":memory: is not a store (what is written there is lost when "
                         "entente exits); give a file, e.g. --db entente.duckdb")
    if _SCHEME.match(p):
        raise StoreError(f"{p}: entente stores only to a DuckDB file on this machine, not to "
                         f"MotherDuck or a URL; give a file path, e.g. --db entente.duckdb")
    f = Path(p)
    if f.exists() and not f.is_file():
        raise StoreError(f"{p}: is a folder or a device, not a store file; give a .duckdb "
                         f"file")
    if f.is_file():
        try:
            with f.open("rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise StoreError(f"{p}: cannot be read ({exc.strerror or exc})") from None
        if head and head[8:12] != _MAGIC:
            what = "a SQLite database" if head.startswith(b"SQLite format 3") else \
                "not a DuckDB file"
            raise StoreError(f"{p}: {what}, not an entente store; give a .duckdb file that "
                             f"`entente ingest` made, or a new file name")


def damaged(path: str, exc: Exception) -> StoreError:
    """The error for a store DuckDB cannot read (cut short, or corrupt bytes)."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return StoreError(f"{path}: the store is damaged and cannot be read ({first}); restore it "
                      f"from a copy, or ingest again into a new --db file")


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, SQL) of every shipped migration, in order."""
    folder = resources.files("entente.store").joinpath("migrations")
    out = []
    for item in folder.iterdir():
        m = _MIGRATION.match(item.name)
        if m:
            out.append((int(m.group(1)), m.group(2), item.read_text(encoding="utf-8")))
    return sorted(out)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest migration applied to the store, 0 for a new file."""
    has = con.execute("SELECT count(*) FROM information_schema.tables "
                      "WHERE table_name = 'schema_version'").fetchall()[0][0]
    if not has:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()[0][0]


def migrate(con: duckdb.DuckDBPyConnection, path: str) -> int:
    """Apply the migrations the store lacks; return the version it is at."""
    known = migrations()
    latest = known[-1][0]
    current = schema_version(con)
    if current > latest:
        raise StoreError(f"{path}: written by a newer entente (schema {current}, this one knows "
                         f"{latest}); upgrade entente to use it")
    if current == 0:
        con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    "name VARCHAR NOT NULL, applied_at TIMESTAMP DEFAULT current_timestamp)")
    for version, name, sql in known:
        if version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)",
                        [version, name])
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"{path}: migration {version:03d}_{name} failed ({exc}); the store "
                             f"is left at schema {current}") from None
        current = version
    return current


_HEADERS = 3 * 4096      # DuckDB's file header and its two database headers


def check_whole(con: duckdb.DuckDBPyConnection, path: str) -> None:
    """A file cut short still opens, and answers until a query reaches a missing block (so an
    ingest with nothing new would report a healthy store): compare its size with the last
    block its tables use, from the storage metadata alone. Raises StoreError."""
    try:
        size = Path(path).stat().st_size
        block_size = con.execute("PRAGMA database_size").fetchall()[0][2]
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
            "AND table_type = 'BASE TABLE'").fetchall()]
        last = -1
        for t in tables:
            (top,), = con.execute("SELECT max(block_id) FROM pragma_storage_info(?) "
                                  "WHERE persistent", [t]).fetchall()
            last = max(last, top if top is not None else -1)
    except (OSError, duckdb.Error) as exc:
        raise damaged(path, exc) from None
    need = _HEADERS + (last + 1) * block_size
    if last >= 0 and size < need:
        raise StoreError(f"{path}: the store is damaged: the file is cut short ({size:,} bytes, "
                         f"its tables reach byte {need:,}); restore it from a copy, or ingest "
                         f"again into a new --db file")


def _connect(path: str, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait
    delay = 0.02
    while True:
        try:
            # the block size is read only when the file is made; readers pass it too, as
            # DuckDB refuses a second connection to an open file with another configuration
            return duckdb.connect(path, read_only=read_only,
                                  config={**_CONFIG, "default_block_size": str(BLOCK_SIZE)})
        except duckdb.IOException as exc:
            if _LOCKED not in str(exc):
                raise damaged(path, exc) from None
            if time.monotonic() >= deadline:
                who = "another process is writing to it" if read_only else \
                    "another process has it open"
                raise StoreError(f"{path}: {who} and did not let go within {wait:.0f} s; wait "
                                 f"for it to finish, or use another --db file") from None
        except duckdb.Error as exc:
            raise damaged(path, exc) from None
        time.sleep(delay)
        delay = min(delay * 2, 0.5)


@contextmanager
def write_connection(path: str, wait: float = 120.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """The file opened for writing and migrated, for one commit; closed afterwards.

    Raises StoreError when ``path`` is not a DuckDB file (see check_path) or is damaged.
    """
    check_path(path)
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{path}: its folder cannot be made ({exc.strerror or exc}); give "
                         f"--db a path you can write") from None
    con = _connect(path, read_only=False, wait=wait)
    try:
        try:
            migrate(con, path)
        except duckdb.Error as exc:
            raise damaged(path, exc) from None
        yield con
    except duckdb.Error as exc:
        raise damaged(path, exc) from None
    finally:
        con.close()


@contextmanager
def read_connection(path: str, wait: float = 30.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """The file opened read-only for one query; closed afterwards.

    A folder is read as a Parquet dataset (``entente ingest --dask``'s output) through views
    with the store's tables, nothing copied (see dataset.py).

    Raises StoreError when there is no store at ``path``, it is not one, or it is damaged.
    """
    if Path(path).is_dir():
        from .dataset import read_dataset
        with read_dataset(path) as con:
            yield con
        return
    check_path(path)
    if not Path(path).is_file():
        raise StoreError(f"{path}: no such store; create it with `entente ingest PATH --db "
                         f"{path}`")
    con = _connect(path, read_only=True, wait=wait)
    try:
        try:
            version = schema_version(con)
        except duckdb.Error as exc:
            raise damaged(path, exc) from None
        latest = migrations()[-1][0]
        if version != latest:
            raise StoreError(f"{path}: the store is at schema {version}, this entente reads "
                             f"{latest}; run `entente ingest` with this version to upgrade it"
                             if version < latest else
                             f"{path}: written by a newer entente (schema {version}); upgrade "
                             f"entente to read it")
        yield con
    except duckdb.Error as exc:
        raise damaged(path, exc) from None
    finally:
        con.close()
