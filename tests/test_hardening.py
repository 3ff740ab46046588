"""Issue 11: nothing wrong lands in the store, and every command speaks plainly.

Most tests here build a small store from hand-made records through the one Writer (no spaCy
model), so that dates, precisions and codes are exactly what each test needs.
"""
from __future__ import annotations

import csv
import io
import json
import math
import os
import threading
from datetime import date

import pytest
from click.testing import CliRunner

from entente import analytics, codes
from entente.cli import main
from entente.errors import InputError, QueryError, StoreError
from entente.ingest import iter_inputs
from entente.records import Actor, Document, Event, Evidence, Metadata, RawDocument
from entente.store import read_connection
from entente.store.dedup import content_hash
from entente.store.writer import Arrival, Writer

from .conftest import CORPUS


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def actor(code: str) -> Actor:
    return Actor(code, codes.name_of(code), "GOV", code)


def event(n: int, typ: str, src: str, tgt: str, when: str | None, precision: str | None,
          text: str, mode: str | None = None, status: str = "occurred") -> Event:
    return Event(f"e{n}", typ, mode, status, actor(src), actor(tgt), when, precision, None,
                 Evidence(text, 0, len(text)), 0.9, None, "test")


def document(name: str, published: str, events: list[Event]) -> Document:
    text = " ".join(e.evidence.text for e in events) + f" ({name})"
    return Document(Metadata(name, title=name, published=published), text, tuple(events))


def write(db: str, docs: list[Document]) -> None:
    w = Writer(db)
    w.known_ids()
    for d in docs:
        w.add(d, Arrival(content_hash(RawDocument(d.id, d.id, text=d.text)), d.id, d.id))
    w.commit()


@pytest.fixture
def store(tmp_path):
    """Japan's ties: a year-precision event, month- and day-precision ones, blocs as partners,
    and a cell that a spreadsheet would run as a formula."""
    db = str(tmp_path / "h.duckdb")
    write(db, [
        document("year", "2024-03-01", [
            event(1, "COOPERATE", "JPN", "ITA", "2019", "year",
                  "Japan and Italy cooperated on fighter research in 2019.")]),
        document("month", "2024-07-01", [
            event(1, "COOPERATE", "JPN", "ITA", "2024-06", "month",
                  "Japan and Italy held naval exercises in June.", mode="exercise"),
            event(2, "CONSULT", "ITA", "JPN", "2024-06-20", "day",
                  "The Italian carrier made a port call at Yokosuka.", mode="port call")]),
        document("blocs", "2024-06-15", [
            event(1, "CONSULT", "JPN", "G7", "2024-06-14", "day",
                  "Japan met the G7 leaders in Apulia."),
            event(2, "ACCUSE", "EU", "RUS", "2024-06-10", "day",
                  "The European Union accused Russia of hybrid attacks."),
            event(3, "SUPPORT", "NATO", "UKR", "2024-06-12", "day",
                  "=HYPERLINK(\"http://x\") NATO backed Ukraine.")]),
    ])
    return db


# --- wrong data in the store ----------------------------------------------------------------

@pytest.mark.parametrize("bad", ["2024-13-45", "9999-99-99T99:99", "yesterday", "2024-02-30",
                                 "20240629", "2024-06-29T25:00"])
def test_a_jsonl_published_that_is_not_a_date_is_refused_naming_the_line(tmp_path, bad):
    f = tmp_path / "docs.jsonl"
    f.write_text(json.dumps({"id": "a", "text": "Italy and Japan held drills.",
                             "published": "2024-06-29"}) + "\n" +
                 json.dumps({"id": "b", "text": "Japan and Italy met.", "published": bad}) + "\n")
    items = list(iter_inputs([str(f)]))
    assert isinstance(items[0], RawDocument) and items[0].published == "2024-06-29"
    assert isinstance(items[1], InputError)
    assert items[1].origin == f"{f}:2" and bad in str(items[1]) and "YYYY-MM-DD" in str(items[1])


def test_a_published_with_a_time_is_still_a_date_and_an_empty_one_is_none(tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text(json.dumps({"text": "Japan met Italy.", "published": "2024-06-29T10:00:00Z"})
                 + "\n" + json.dumps({"text": "Japan met Italy again.", "published": " "}))
    timed, empty = iter_inputs([str(f)])
    assert isinstance(timed, RawDocument) and timed.published.startswith("2024-06-29")
    assert isinstance(empty, RawDocument) and empty.published is None


def test_a_document_stored_by_another_writer_meanwhile_is_not_its_own_duplicate(tmp_path):
    """Two writers that both asked the store before either committed (two ingests of the same
    input at once): the second finds the documents stored, and records no copy of itself."""
    db = str(tmp_path / "twice.duckdb")
    docs = [document(f"d{i}", "2024-06-01", [
        event(1, "CONSULT", "JPN", "ITA", "2024-06-01", "day",
              f"Japan and Italy met for talks number {i} on defence ties in Rome.")])
        for i in range(3)]
    first, second = Writer(db), Writer(db)
    first.known_ids(), second.known_ids()
    for w in (first, second):
        for d in docs:
            w.add(d, Arrival(content_hash(RawDocument(d.id, d.id, text=d.text)), d.id, d.id))
    assert first.commit().stored == 3
    again = second.commit()
    assert again.stored == 0 and again.duplicates == 0 and again.skipped == 3
    with read_connection(db) as con:
        assert con.execute("SELECT count(*) FROM duplicates").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 3


def test_a_second_ingest_into_the_same_store_is_refused_while_the_first_runs(tmp_path):
    from filelock import FileLock

    from entente.ingest.runner import Ingester
    db = str(tmp_path / "busy.duckdb")
    with FileLock(f"{db}.lock"):          # the first ingest holds the store
        done = {}

        def second():
            try:
                Ingester(db, pipeline=object()).run([str(CORPUS)])
            except StoreError as exc:
                done["error"] = str(exc)

        t = threading.Thread(target=second)
        t.start()
        t.join(30)
    assert "another `entente ingest` is writing" in done["error"]


def test_non_duckdb_stores_are_refused_and_no_extension_is_fetched(tmp_path):
    import sqlite3
    lite = tmp_path / "old.sqlite"
    sqlite3.connect(lite).execute("CREATE TABLE t (a)").connection.commit()
    for db, words in ((str(lite), "SQLite"), ("md:my_db", "MotherDuck"),
                      ("s3://bucket/x.duckdb", "URL"), (":memory:", ":memory:")):
        with pytest.raises(StoreError, match=words):
            analytics.stats(db)
    with pytest.raises(StoreError, match="SQLite"):
        Writer(str(lite)).known_ids()
    assert not (tmp_path / ".duckdb").exists()


def test_duckdb_extensions_are_never_installed_or_loaded():
    from entente.store import schema
    assert schema._CONFIG == {"autoinstall_known_extensions": False,
                              "autoload_known_extensions": False}


def test_analytics_accept_every_code_extraction_writes(store):
    assert codes.name_of("EU") == "European Union"          # not Europol, the last EU row
    assert codes.name_of("NATO") == "North Atlantic Treaty Organization"
    assert codes.actor_code("G7") == "G7" and codes.actor_code("Group of Seven") == "G7"
    assert codes.actor_code("european union") == "EU"
    g7 = analytics.ties(store, "G7", since="2024-01-01")
    assert g7.name == "Group of Seven" and [t.partner for t in g7.ties] == ["JPN"]
    assert [t.partner for t in analytics.ties(store, "NATO", since="2024-01-01").ties] == \
        ["UKR"]
    tl = analytics.timeline(store, "EU", "RUS")
    assert tl.a_name == "European Union" and sum(m.events for m in tl.months) == 1


def test_the_lexicon_and_the_code_table_give_the_same_names():
    from entente.actors.lexicon import load_lexicon
    lex = load_lexicon()
    assert set(lex.country_names) == set(codes.actors())
    for code in codes.actors():
        assert lex.name_of(code) == codes.name_of(code), code


def test_year_and_month_precision_are_kept(store):
    tl = analytics.timeline(store, "JPN", "ITA")
    assert [m.month for m in tl.years] == ["2019"]
    assert "2019-01" not in [m.month for m in tl.months if m.events]
    t = analytics.ties(store, "JPN", since="2024-06-01", window="1m")
    ita = next(x for x in t.ties if x.partner == "ITA")
    assert ita.first == "2024-06" and ita.latest == "2024-06-20"
    buf = io.StringIO()
    analytics.export(store, "polecat", out=buf)
    dates = {r["Event Date"] for r in csv.DictReader(io.StringIO(buf.getvalue()),
                                                      delimiter="\t")}
    assert {"2019", "2024-06"} <= dates and "2019-01-01" not in dates


def test_a_year_is_not_placed_in_a_window_that_holds_only_part_of_it(store):
    part = analytics.ties(store, "JPN", since="2019-06-01", window="12m")
    assert part.ties == [] and part.imprecise == 1
    whole = analytics.ties(store, "JPN", since="2019-01-01", until="2019-12-31")
    assert [t.partner for t in whole.ties] == ["ITA"]


def test_exports_escape_cells_a_spreadsheet_would_run(store, tmp_path):
    buf = io.StringIO()
    analytics.export(store, "csv", out=buf)
    cells = [c for row in csv.reader(io.StringIO(buf.getvalue())) for c in row]
    assert "'=HYPERLINK(\"http://x\") NATO backed Ukraine." in cells
    assert not any(c.startswith(("=", "@")) for c in cells)
    pol = run("export", "--format", "polecat", "--db", store)
    assert "\t=" not in pol.output
    ev = run("events", "--format", "csv", "--db", store)
    assert ",=" not in ev.output and "'=HYPERLINK" in ev.output


def test_numbers_stay_numbers_in_csv():
    from entente.analytics.export import safe_cell
    assert safe_cell("-0.50") == "-0.50" and safe_cell("+1") == "+1" and safe_cell(-3) == -3
    assert safe_cell("-cmd") == "'-cmd" and safe_cell("@SUM(A1)") == "'@SUM(A1)"


# --- tracebacks instead of messages ---------------------------------------------------------

def test_a_store_cut_short_is_refused_by_ingest_and_readers(store, tmp_path):
    cut = tmp_path / "cut.duckdb"
    data = open(store, "rb").read()
    cut.write_bytes(data[:len(data) // 2])
    with pytest.raises(StoreError, match="damaged"):
        Writer(str(cut)).known_ids()
    r = run("events", "--db", cut)
    assert r.exit_code == 1 and "damaged" in r.output and "Traceback" not in r.output


def test_corrupt_bytes_give_a_message(store, tmp_path):
    bad = tmp_path / "bad.duckdb"
    data = bytearray(open(store, "rb").read())
    data[12288:] = b"\xff" * (len(data) - 12288)
    bad.write_bytes(bytes(data))
    for args in (["events"], ["ties", "JPN"], ["export", "--format", "csv"]):
        r = run(*args, "--db", bad)
        assert r.exit_code != 0 and r.exc_info[0] is SystemExit, r.output
        assert "damaged" in r.output or "cannot be opened" in r.output


def test_a_fifo_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (item,) = iter_inputs([str(fifo)])        # returns at once: nothing opens the FIFO
    assert isinstance(item, InputError) and "not a regular file" in str(item)


def test_timeline_dates_and_windows_at_the_calendars_edges(store):
    with pytest.raises(QueryError, match="outside the calendar"):
        analytics.ties(store, "JPN", since="9999-12-31")
    with pytest.raises(QueryError, match="outside the calendar"):
        analytics.ties(store, "JPN", window="9999y")
    with pytest.raises(QueryError, match="since 2024-06-01 is after until"):
        analytics.events(store, since="2024-06-01", until="2024-05-01")


# --- silent nothing -------------------------------------------------------------------------

def test_unknown_types_modes_codes_and_regions_name_the_valid_ones():
    with pytest.raises(QueryError, match="ASSAULT"):
        codes.event_type("ATTACK")
    with pytest.raises(QueryError, match="did you mean COOPERATE"):
        codes.event_type("COOPERAT")
    assert codes.event_type("CONSULT/port call") == ("CONSULT", "port call")
    with pytest.raises(QueryError, match="did you mean 'port call'"):
        codes.check_mode("port cal")
    with pytest.raises(QueryError, match="did you mean JPN"):
        codes.actor_code("JPNN")
    with pytest.raises(QueryError, match="is empty"):
        codes.actor_code("")
    from entente.analytics.regions import region_name
    with pytest.raises(QueryError, match="did you mean Europe"):
        region_name("Europ")


def test_every_mode_the_triggers_write_has_a_definition():
    from entente.lexicons import load_yaml
    written = {(s["type"], s["mode"]) for s in load_yaml("triggers.yaml")["senses"]
               if s.get("mode")}
    defined = {(t, m) for t, ms in codes.modes().items() for m in ms}
    assert written and written <= defined


# --- filters --------------------------------------------------------------------------------

def test_mode_region_and_type_slash_mode_filter_events(store):
    calls = analytics.events(store, mode="port call")
    assert [e.mode for e in calls] == ["port call"]
    assert [e.id for e in analytics.events(store, type="CONSULT/port call")] == \
        [e.id for e in calls]
    europe = analytics.events(store, region="Eastern Europe")
    assert {e.target for e in europe} == {"RUS", "UKR"}


def test_network_and_export_take_the_same_filters(store):
    net = analytics.network(store, actor="JPN", since="2024")
    assert {(e.source, e.target) for e in net.edges} == {("G7", "JPN"), ("ITA", "JPN")}
    buf = io.StringIO()
    n = analytics.export(store, "jsonl", out=buf, region="Eastern Europe", until="2024-06-11")
    assert n == 1 and json.loads(buf.getvalue())["target"] == "RUS"


def test_ties_until_ends_the_window(store):
    t = analytics.ties(store, "JPN", until="2024-06-30", window="1m")
    assert t.start == date(2024, 6, 1) and t.end == date(2024, 7, 1)


@pytest.mark.parametrize("args", [["events"], ["ties", "JPN"], ["timeline", "JPN", "ITA"],
                                  ["network"]])
def test_jsonl_wherever_json(store, args):
    r = run(*args, "--format", "jsonl", "--db", store)
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.output.splitlines() if x.strip()]
    assert lines and all(isinstance(x, dict) for x in lines)


def test_codes_lists_types_modes_actors_and_blocs():
    r = run("codes", "types", "--format", "json")
    types = json.loads(r.output)["types"]
    assert len(types) == 16 and all(t["definition"] for t in types)
    g = json.loads(run("codes", "groups", "--search", "G7", "--format", "json").output)
    assert "JPN" in g["groups"][0]["members"]
    found = run("codes", "--search", "europol")
    assert "EU" in found.output and "European Union" in found.output
    none = run("codes", "--search", "zzzz")
    assert none.exit_code == 1 and "nothing" in none.output


def test_tables_are_readable_at_100_columns(store):
    from rich.console import Console

    from entente import render
    out = io.StringIO()
    console = Console(file=out, width=100, highlight=False)
    render.rows_table(render.tie_rows(analytics.ties(store, "JPN", since="2024-06-01",
                                                      window="1m")), console)
    render.rows_table(render.event_rows(analytics.events(store)), console)
    text = out.getvalue()
    assert "…" not in text and "intensity" in text and "previous" in text
    assert max(len(line) for line in text.splitlines()) <= 100
    assert "naval exercises" in text            # evidence wraps, words whole
    out = io.StringIO()
    doc = document("wide", "2024-06-01", [event(
        1, "COOPERATE", "ITA", "JPN", "2024-08", "month", "Italy's flagship aircraft carrier "
        "Cavour completed three days of exercises with Japan's Maritime Self-Defense Force.",
        mode="joint development")])
    render.table(doc, Console(file=out, width=100, highlight=False))
    text = out.getvalue()
    assert max(len(line) for line in text.splitlines()) <= 100
    words = " ".join(text.split())
    assert "Self-Defense" in words and "three days" in words and "COOPERATE/joint" in words


# --- the Python API -------------------------------------------------------------------------

def test_the_api_exports_rawdocument_and_names_python_arguments():
    import entente
    assert entente.RawDocument is RawDocument and "RawDocument" in entente.__all__
    with pytest.raises(InputError, match="published="):
        entente.extract("Japan and Italy held drills.", published="2024-13-45")
    with pytest.raises(QueryError, match="^window"):
        analytics.scoring.shift(date(2024, 1, 1), "forever")


# --- charts ---------------------------------------------------------------------------------

def test_a_plover_type_has_one_colour_in_every_chart(store):
    from matplotlib.colors import to_hex

    from entente.plot import COLOURS, timeline_figure
    seen = {}
    for a, b in (("JPN", "ITA"), ("JPN", "G7"), ("EU", "RUS")):
        fig = timeline_figure(analytics.timeline(store, a, b))
        bars = fig.axes[0]
        for container in bars.containers:
            colour = to_hex(container.patches[0].get_facecolor())
            assert colour == COLOURS[container.get_label()]
            seen.setdefault(container.get_label(), set()).add(colour)
    assert all(len(c) == 1 for c in seen.values()) and len(seen) >= 3
    coop = [COLOURS[t] for t in ("CONSULT", "COOPERATE", "AID")]
    conflict = [COLOURS[t] for t in ("ACCUSE", "SANCTION", "ASSAULT")]
    # cool against warm: blue-green has more blue than red, conflict more red than blue
    assert all(int(c[5:7], 16) > int(c[1:3], 16) for c in coop)
    assert all(int(c[1:3], 16) > int(c[5:7], 16) for c in conflict)


def test_the_timeline_chart_has_legends_integer_ticks_and_its_own_score_axis(store):
    from entente.plot import timeline_figure
    tl = analytics.timeline(store, "JPN", "ITA")
    fig = timeline_figure(tl)
    bars, score = fig.axes
    labels = [t.get_text() for t in bars.get_legend().get_texts()]
    assert set(labels) == set(tl.types)
    assert any("score" in t.get_text() for t in score.get_legend().get_texts())
    assert all(float(v).is_integer() for v in bars.get_yticks())
    lo, hi = bars.get_xlim()
    assert -1 < lo and hi < len(tl.months)           # only where the events are
    assert not bars.lines and score.lines            # the zero line is on the score's axis
    assert "dated only to the year" in bars.get_title()


def test_the_busiest_nodes_are_not_side_by_side_and_the_colours_have_a_scale(store):
    from entente.plot import circle_positions, network_figure
    pos = circle_positions(40)
    adjacent = 2 * math.sin(math.pi / 40)            # the chord between neighbouring places
    for i in range(5):
        for j in range(i + 1, 5):
            assert math.dist(pos[i], pos[j]) > 2 * adjacent
    gaps = sorted(math.dist(p, q) for i, p in enumerate(pos) for q in pos[i + 1:])
    assert gaps[0] > 0.99 * adjacent and len({(round(x, 6), round(y, 6)) for x, y in pos}) == 40
    fig = network_figure(analytics.network(store))
    assert len(fig.axes) == 2 and "score" in fig.axes[1].get_ylabel()


# --- memory: long articles are parsed in pieces ----------------------------------------------

def test_pieces_are_cut_at_paragraph_starts_and_join_to_the_text(pipeline):
    from entente.clean import clean
    from entente.ingest import read_file
    from entente.nlp import pieces
    doc = clean(read_file(sorted(CORPUS.glob("*.txt"))[0]))
    cut = pieces(doc, limit=600)
    starts = {b.start for b in doc.blocks}
    assert len(cut) > 2 and "".join(cut) == doc.text
    at = 0
    for p in cut[:-1]:
        at += len(p)
        assert at in starts


@pytest.mark.model
def test_an_article_parsed_in_pieces_gives_the_events_of_one_parse(pipeline, monkeypatch):
    from entente import nlp
    from entente.ingest import read_file
    src = max(CORPUS.glob("*.txt"), key=lambda f: f.stat().st_size)
    whole = pipeline.extract(read_file(src))
    monkeypatch.setattr(nlp, "PIECE_CHARS", 800)
    monkeypatch.setattr(nlp, "BATCH_CHARS", 800)
    cut = pipeline.extract(read_file(src))
    assert len(nlp.pieces(pipeline._clean(read_file(src), False), 800)) > 2
    assert [(e.type, e.source, e.target, e.evidence) for e in cut.events] == \
        [(e.type, e.source, e.target, e.evidence) for e in whole.events]


# --- the Python API, with the model -----------------------------------------------------------

@pytest.mark.model
def test_extract_many_takes_plain_strings(pipeline):
    out = list(pipeline.extract_many(["Italy and Japan held joint naval drills on Monday, "
                                      "officials said.", "   "]))
    assert out[0].id == "text-1" and any(e.type == "COOPERATE" for e in out[0].events)
    assert isinstance(out[1], InputError) and out[1].origin == "items[1]"
    with pytest.raises(TypeError, match="items"):
        list(pipeline.extract_many("one article as a string"))
    with pytest.raises(TypeError, match=r"items\[0\] is a int"):
        list(pipeline.extract_many([42]))


@pytest.mark.model
def test_errors_name_the_python_argument(pipeline):
    with pytest.raises(InputError, match="keep_all=True"):
        pipeline.extract(RawDocument("nav", "nav", text="Home\nNews\nSport\nWeather"))


@pytest.mark.model
def test_extract_and_the_store_give_a_document_the_same_id(tmp_path):
    src = sorted(CORPUS.glob("*.txt"))[0]
    db = tmp_path / "same.duckdb"
    r = run("extract", src, "--format", "json")
    doc = json.loads(r.output)["document"]
    assert doc["name"] == src.stem
    assert run("ingest", src, "--db", db).exit_code == 0
    with read_connection(str(db)) as con:
        assert con.execute("SELECT id, name FROM documents").fetchall() == \
            [(doc["id"], src.stem)]


@pytest.mark.model
def test_two_ingests_of_the_same_input_at_once_store_each_document_once(tmp_path):
    import subprocess
    import sys
    db = tmp_path / "race.duckdb"
    cmd = [sys.executable, "-m", "entente", "ingest", str(CORPUS), "--db", str(db)]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
             for _ in range(2)]
    outs = [(p.wait(300), p.stdout.read()) for p in procs]
    assert sorted(code for code, _ in outs) == [0, 1], outs
    refused = next(out for code, out in outs if code == 1)
    assert "another `entente ingest` is writing to this store" in refused
    assert "Traceback" not in refused
    with read_connection(str(db)) as con:
        assert con.execute("SELECT count(*) FROM duplicates").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == \
            len(list(CORPUS.glob("*.txt")))


def test_the_timeline_table_shows_a_year_as_a_year(store):
    r = run("timeline", "JPN", "ITA", "--format", "csv", "--db", store)
    months = [row["month"] for row in csv.DictReader(io.StringIO(r.output))]
    assert months == ["2019", "2024-06"]
