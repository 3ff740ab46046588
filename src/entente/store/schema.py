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


def _connect(path: str, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait
    delay = 0.02
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            if _LOCKED not in str(exc):
                raise StoreError(f"{path}: cannot be opened ({exc})") from None
            if time.monotonic() >= deadline:
                who = "another process is writing to it" if read_only else \
                    "another process has it open"
                raise StoreError(f"{path}: {who} and did not let go within {wait:.0f} s; wait "
                                 f"for it to finish, or use another --db file") from None
        time.sleep(delay)
        delay = min(delay * 2, 0.5)


@contextmanager
def write_connection(path: str, wait: float = 120.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """The file opened for writing and migrated, for one commit; closed afterwards."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    con = _connect(path, read_only=False, wait=wait)
    try:
        migrate(con, path)
        yield con
    finally:
        con.close()


@contextmanager
def read_connection(path: str, wait: float = 30.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """The file opened read-only for one query; closed afterwards."""
    if not Path(path).is_file():
        raise StoreError(f"{path}: no such store; create it with `entente ingest PATH --db "
                         f"{path}`")
    con = _connect(path, read_only=True, wait=wait)
    try:
        version = schema_version(con)
        latest = migrations()[-1][0]
        if version != latest:
            raise StoreError(f"{path}: the store is at schema {version}, this entente reads "
                             f"{latest}; run `entente ingest` with this version to upgrade it"
                             if version < latest else
                             f"{path}: written by a newer entente (schema {version}); upgrade "
                             f"entente to read it")
        yield con
    finally:
        con.close()
