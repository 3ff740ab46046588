"""The kit of hostile values: each goes through the CLI as a user (or an attacker) would type
it, and must give a clear message that names what is wrong, a non-zero exit, and no traceback.

Add a value here when a new one is found; every row is (what it is, arguments, words the
message must hold).
"""
from __future__ import annotations

import json
import os
import sqlite3

import pytest
from click.testing import CliRunner

from entente.cli import main

from .test_hardening import actor, document, event, write  # noqa: F401  (store builders)

STORE = "{store}"
HOSTILE = [
    # dates and windows at and past the calendar's edges
    ("since far future", ["ties", "JPN", "--since", "9999-12-31"], "outside the calendar"),
    ("since year one", ["ties", "JPN", "--since", "0001-01-01"], "outside the calendar"),
    ("until last day", ["ties", "JPN", "--until", "9999-12-31"], "last day"),
    ("window of years", ["ties", "JPN", "--window", "9999y"], "outside the calendar"),
    ("window of days", ["ties", "JPN", "--window", "1000000000d"], "outside the calendar"),
    ("window zero", ["ties", "JPN", "--window", "0m"], "not a window"),
    ("window negative", ["ties", "JPN", "--window", "-3m"], "not a window"),
    ("window words", ["ties", "JPN", "--window", "twelve months"], "not a window"),
    ("window empty", ["ties", "JPN", "--window", ""], "not a window"),
    ("since not a day", ["events", "--since", "2024-02-30"], "not a date"),
    ("since empty", ["events", "--since", ""], "not a date"),
    ("since SQL", ["events", "--since", "2024'; DROP TABLE events; --"], "not a date"),
    ("until before since", ["events", "--since", "2024-06-01", "--until", "2024-01-01"],
     "after until"),
    ("window and both ends", ["ties", "JPN", "--since", "2024-01-01", "--until", "2024-06-30",
                              "--window", "3m"], "drop --window"),
    ("until garbage", ["network", "--until", "tomorrow"], "not a date"),
    # counts
    ("limit huge", ["events", "--limit", "99999999999999999999"], "range"),
    ("limit negative", ["events", "--limit", "-1"], "range"),
    ("limit words", ["events", "--limit", "ten"], "not a valid integer"),
    # codes, types, modes, regions
    ("unknown type", ["events", "--type", "ATTACK"], "not a PLOVER type"),
    ("type typo", ["events", "--type", "COOPERAT"], "did you mean COOPERATE"),
    ("type with bad mode", ["events", "--type", "CONSULT/port cal"], "did you mean 'port call'"),
    ("type empty", ["events", "--type", ""], "not a PLOVER type"),
    ("mode unknown", ["events", "--mode", "teleport"], "not a mode"),
    ("mode of another type", ["events", "--type", "ASSAULT", "--mode", "port call"],
     "not a mode of ASSAULT"),
    ("actor empty", ["events", "--actor", ""], "empty"),
    ("actor blank", ["events", "--actor", "   "], "empty"),
    ("actor SQL", ["events", "--actor", "' OR 1=1 --"], "not an actor code"),
    ("actor unknown", ["events", "--actor", "XYZ"], "not an actor code"),
    ("dyad one side", ["events", "--dyad", "ITA"], "two codes"),
    ("dyad dash", ["events", "--dyad", "-"], "two codes"),
    ("dyad unknown side", ["events", "--dyad", "ITA-XYZ"], "not an actor code"),
    ("status unknown", ["events", "--status", "rumoured"], "rumoured"),
    ("region unknown", ["events", "--region", "Atlantis"], "not a region"),
    ("region typo", ["ties", "JPN", "--region", "Europ"], "did you mean Europe"),
    ("ties unknown country", ["ties", "XYZ"], "not an actor code"),
    ("ties empty country", ["ties", ""], "empty"),
    ("ties typo", ["ties", "Japn"], "did you mean JPN"),
    ("timeline same twice", ["timeline", "JPN", "jpn"], "both JPN"),
    ("timeline unknown", ["timeline", "XYZ", "ITA"], "not an actor code"),
    ("network unknown type", ["network", "--type", "HUG"], "not a PLOVER type"),
    ("export unknown actor", ["export", "--format", "csv", "--actor", "Narnia"],
     "not an actor code"),
    ("codes unknown kind", ["codes", "weapons"], "weapons"),
    ("codes no match", ["codes", "--search", "zzzzqq"], "nothing"),
    # output files
    ("output missing folder", ["export", "--format", "csv", "--output", "/nonexistent/x"],
     "does not exist"),
    ("output is a folder", ["export", "--format", "csv", "--output", "{tmp}"], "directory"),
    ("parquet to stdout", ["export", "--format", "parquet"], "--output"),
    ("export format", ["export", "--format", "xlsx"], "xlsx"),
    ("network output missing folder", ["network", "--export", "graphml", "--output",
                                       "/nonexistent/x"], "does not exist"),
    ("network output without export", ["network", "--output", "{tmp}/n.graphml"], "--export"),
    ("plot unknown type", ["timeline", "JPN", "ITA", "--plot", "x.xyz"], "file type"),
    ("network plot unknown type", ["network", "--plot", "{tmp}/net.jpeg2"], "file type"),
    ("plot missing folder", ["timeline", "JPN", "ITA", "--plot", "/nonexistent/t.png"],
     "does not exist"),
    # stores that are not stores
    ("memory store", ["events", "--db", ":memory:"], ":memory:"),
    ("memory ingest", ["ingest", "{tmp}/a.txt", "--db", ":memory:"], ":memory:"),
    ("motherduck", ["events", "--db", "md:my_db"], "MotherDuck"),
    ("url store", ["ties", "JPN", "--db", "https://example.org/x.duckdb"], "URL"),
    ("sqlite store", ["events", "--db", "{tmp}/old.sqlite"], "SQLite"),
    ("sqlite ingest", ["ingest", "{tmp}/a.txt", "--db", "{tmp}/old.sqlite"], "SQLite"),
    ("text as store", ["events", "--db", "{tmp}/a.txt"], "not a DuckDB file"),
    ("folder as store", ["events", "--db", "{tmp}"], "folder"),
    ("missing store", ["events", "--db", "{tmp}/none.duckdb"], "no such store"),
    ("cut store", ["events", "--db", "{tmp}/cut.duckdb"], "damaged"),
    ("cut store ties", ["ties", "JPN", "--db", "{tmp}/cut.duckdb"], "damaged"),
    ("cut store ingest", ["ingest", "{tmp}/a.txt", "--db", "{tmp}/cut.duckdb"], "damaged"),
    ("corrupt store", ["events", "--db", "{tmp}/corrupt.duckdb"], "damaged"),
    ("corrupt export", ["export", "--format", "csv", "--db", "{tmp}/corrupt.duckdb"],
     "damaged"),
    # ingest options
    ("ingest bad published", ["ingest", "{tmp}/a.txt", "--published", "2024-13-45"],
     "not a date"),
    ("ingest no workers", ["ingest", "{tmp}/a.txt", "--workers", "0"], "range"),
    ("ingest huge batch", ["ingest", "{tmp}/a.txt", "--batch-size", "99999999999999"],
     "range"),
]


@pytest.fixture(scope="module")
def hostile_tmp(tmp_path_factory):
    """A good store, and the bad files the kit names: a SQLite file, a text file, a store cut
    short and one with corrupt bytes."""
    tmp = tmp_path_factory.mktemp("hostile")
    store = str(tmp / "good.duckdb")
    write(store, [document("d", "2024-06-20", [
        event(1, "COOPERATE", "JPN", "ITA", "2024-06-10", "day",
              "Japan and Italy held naval drills near Yokosuka."),
        event(2, "CONSULT", "ITA", "JPN", "2024-06-20", "day",
              "The Italian carrier made a port call at Yokosuka.", mode="port call")])])
    sqlite3.connect(tmp / "old.sqlite").execute("CREATE TABLE t (a)").connection.commit()
    (tmp / "a.txt").write_text("Japan and Italy held naval drills near Yokosuka on Monday.")
    data = open(store, "rb").read()
    (tmp / "cut.duckdb").write_bytes(data[:len(data) // 2])
    (tmp / "corrupt.duckdb").write_bytes(data[:12288] + b"\xa5" * (len(data) - 12288))
    return tmp, store


def _fill(args: list[str], tmp, store) -> list[str]:
    out = [a.replace("{tmp}", str(tmp)).replace("{store}", store) for a in args]
    if not any(a == "--db" for a in out) and out[0] not in ("codes",):
        out += ["--db", store]
    return out


@pytest.mark.parametrize("what,args,words", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_a_hostile_value_gives_a_message_not_a_traceback(hostile_tmp, what, args, words):
    tmp, store = hostile_tmp
    r = CliRunner().invoke(main, _fill(args, tmp, store))
    assert r.exit_code != 0, f"{what}: exit 0\n{r.output}"
    assert r.exception is None or isinstance(r.exception, SystemExit), \
        f"{what}: {type(r.exception).__name__}: {r.exception}"
    assert "Traceback" not in r.output
    assert words.lower() in r.output.lower(), f"{what}: {r.output}"
    assert "Error" in r.output or "entente:" in r.output


def test_the_good_store_answers_so_the_kit_tests_the_values(hostile_tmp):
    """The kit's store is sound: a refusal above is the value's doing, not the store's."""
    tmp, store = hostile_tmp
    r = CliRunner().invoke(main, ["events", "--format", "json", "--db", store])
    assert r.exit_code == 0 and len(json.loads(r.output)) == 2


@pytest.mark.model
def test_extract_refuses_a_fifo_and_a_jsonl_date_that_is_none(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": "Japan and Italy held naval drills near Yokosuka.",
                               "published": "9999-99-99T99:99"}) + "\n")
    for path, words in ((fifo, "not a regular file"), (bad, "not a date")):
        r = CliRunner().invoke(main, ["extract", str(path), "--format", "jsonl"])
        assert r.exit_code == 1 and words in r.output and "Traceback" not in r.output
        assert not [x for x in r.output.splitlines() if x.startswith("{")]
