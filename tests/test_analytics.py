"""Analytics over the corpus store, and the CLI commands that print them."""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
from datetime import date

import duckdb
import pytest
from click.testing import CliRunner

from entente import analytics
from entente.analytics import scoring
from entente.cli import main
from entente.errors import QueryError

from .conftest import CORPUS, ROOT

NEW_ITALY_JAPAN = ("035_", "036_", "037_")


# --- definitions, without the store ---------------------------------------------------------------

def test_the_score_runs_from_conflict_to_cooperation():
    assert scoring.score(6, 0) == 1 and scoring.score(0, 4) == -1
    assert scoring.score(3, 1) == 0.5 and scoring.score(0, 0) is None


def test_weights_come_from_the_data_file_with_mode_rows_first():
    types, modes, weights = scoring.weights()
    table = {(t, m): w for t, m, w in zip(types, modes, weights)}
    assert table[("COOPERATE", "exercise")] > table[("COOPERATE", "")] > 0
    assert table[("ASSAULT", "")] < table[("ACCUSE", "")] < 0


def test_windows_and_dates_are_checked():
    assert scoring.shift(date(2024, 1, 1), "12m") == date(2025, 1, 1)
    assert scoring.shift(date(2024, 3, 31), "1m", -1) == date(2024, 2, 29)
    assert scoring.shift(date(2024, 1, 1), "90d") == date(2024, 3, 31)
    assert scoring.parse_date("2024-06", "--since") == date(2024, 6, 1)
    with pytest.raises(QueryError, match="window '12 months'"):
        scoring.shift(date(2024, 1, 1), "12 months")
    with pytest.raises(QueryError, match="YYYY-MM-DD"):
        scoring.parse_date("1/2/2024", "--since")


def test_the_weights_in_the_docs_are_the_weights_in_the_data_file():
    text = (ROOT / "docs" / "store.md").read_text()
    documented = {(t, "" if m == "(any other)" else m): float(w) for t, m, w in
                  re.findall(r"^\| ([A-Z]+) \| ([^|]+?) \| (-?[\d.]+) \|$", text, re.M)}
    types, modes, weights = scoring.weights()
    assert documented == {(t, m): w for t, m, w in zip(types, modes, weights)}


def test_groups_have_members_on_a_date_and_unknown_regions_are_named():
    assert "FIN" not in analytics.members("NATO", date(2023, 4, 3))
    assert "FIN" in analytics.members("nato", date(2023, 4, 4))
    assert "GBR" in analytics.members("EU", date(2019, 1, 1))
    assert "GBR" not in analytics.members("EU", date(2021, 1, 1))
    assert {"ITA", "DEU"} <= analytics.members("Europe", date(2024, 1, 1))
    with pytest.raises(QueryError, match="Eastern Asia"):
        analytics.members("Europa", date(2024, 1, 1))


# --- over the corpus store ----------------------------------------------------------------------


@pytest.mark.model
def test_italy_is_among_the_europeans_stepping_up_ties_with_japan_in_2024(corpus_store):
    db, _ = corpus_store
    t = analytics.ties(db, "JPN", region="Europe", since="2024-01-01")
    assert (t.start, t.end, t.previous_start) == (date(2024, 1, 1), date(2025, 1, 1),
                                                 date(2023, 1, 1))
    assert all(x.partner in analytics.members("Europe", date(2024, 12, 31)) for x in t.ties)
    italy = next(x for x in t.stepping_up if x.partner == "ITA")
    assert italy.name == "Italy" and italy.intensity > italy.previous and italy.score > 0
    assert italy.evidence and all(e.day.year == 2024 for e in italy.evidence)
    sources = {s.origin.rsplit("/", 1)[-1][:4] for e in italy.evidence for s in e.sources}
    assert sources & set(NEW_ITALY_JAPAN)
    assert any("Meloni" in e.evidence or "Crosetto" in e.evidence for e in italy.evidence)
    for e in italy.evidence:            # every sentence is the article's own words
        assert all(s.evidence in _text(db, s.document) for s in e.sources)


def _text(db: str, document: str) -> str:
    with duckdb.connect(db, read_only=True) as con:
        return con.execute("SELECT text FROM documents WHERE id = ?", [document]).fetchone()[0]


@pytest.mark.model
def test_the_default_window_ends_with_the_newest_article(corpus_store):
    db, _ = corpus_store
    t = analytics.ties(db, "Japan", region="Europe")
    with duckdb.connect(db, read_only=True) as con:
        newest = con.execute("SELECT max(published) FROM documents").fetchone()[0]
    assert t.end.toordinal() == newest.toordinal() + 1
    assert "ITA" in [x.partner for x in t.stepping_up]


@pytest.mark.model
def test_ties_count_events_not_reports(corpus_store):
    db, _ = corpus_store
    t = analytics.ties(db, "JPN", since="2023-01-01", window="2y")
    assert any(x.reports > x.events for x in t.ties)       # the GCAP treaty told twice


@pytest.mark.model
def test_the_timeline_counts_each_event_once_by_month_and_type(corpus_store):
    db, _ = corpus_store
    tl = analytics.timeline(db, "JPN", "ITA")
    assert (tl.a, tl.b) == ("ITA", "JPN")
    by_month = {m.month: m for m in tl.months}
    assert by_month["2024-02"].events >= 1 and by_month["2024-08"].events >= 2
    for m in tl.months:
        assert m.events == sum(m.types.values()) <= m.reports
        assert m.score is None or -1 <= m.score <= 1
    months = [m.month for m in tl.months]
    assert months == sorted(months) and len(months) == len(set(months))


@pytest.mark.model
def test_events_filter_by_dyad_either_way_and_carry_their_sources(corpus_store):
    db, _ = corpus_store
    a = analytics.events(db, dyad="JPN-ITA", limit=None)
    b = analytics.events(db, dyad="ita-jpn", limit=None)
    assert [e.id for e in a] == [e.id for e in b] and a
    assert all({e.source, e.target} == {"ITA", "JPN"} for e in a)
    # an event told by several articles, or twice by one, carries each telling
    told_twice = [e for e in a if e.reports > 1]
    assert told_twice and all(len(e.sources) == e.reports for e in told_twice)
    assert any(len({s.document for s in e.sources}) > 1 for e in told_twice)
    claims = analytics.events(db, dyad="ITA-JPN", status="claims", since="2024-01-01",
                              limit=None)
    assert claims and all(e.status in ("occurred", "planned") and e.day >= date(2024, 1, 1)
                          for e in claims)
    with pytest.raises(QueryError, match="ITA-JPN"):
        analytics.events(db, dyad="ITA")


@pytest.mark.model
def test_the_network_exports_open_as_graphml_gexf_and_node_link_json(corpus_store):
    from entente.analytics.network import to_gexf, to_graphml, to_json
    db, _ = corpus_store
    net = analytics.network(db)
    pair = next(e for e in net.edges if {e.source, e.target} == {"ITA", "JPN"})
    assert pair.intensity > 0 and pair.events > 0
    g = ET.fromstring(to_graphml(net))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(g.findall(".//g:node", ns)) == len(net.nodes)
    assert len(g.findall(".//g:edge", ns)) == len(net.edges)
    keys = g.findall("g:key", ns)
    assert len({k.get("id") for k in keys}) == len(keys)       # GraphML key ids are unique
    x = ET.fromstring(to_gexf(net))
    assert len(x.findall(".//{http://gexf.net/1.3}edge")) == len(net.edges)
    types = {a.get("type") for a in x.iter("{http://gexf.net/1.3}attribute")}
    assert types <= {"integer", "double", "string"}            # GEXF's type names
    data = json.loads(to_json(net))
    assert {n["id"] for n in data["nodes"]} >= {"ITA", "JPN"} and len(data["links"]) == \
        len(net.edges)
    only = analytics.network(db, type="cooperate")
    assert only.edges and len(only.edges) < len(net.edges)


@pytest.mark.model
def test_exports_hold_every_report_and_polecat_its_columns(corpus_store, tmp_path):
    db, report = corpus_store
    buf = io.StringIO()
    assert analytics.export(db, "csv", out=buf) == report.events
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(rows) == report.events and {"cluster", "evidence", "type"} <= set(rows[0])
    buf = io.StringIO()
    n = analytics.export(db, "polecat", out=buf)
    lines = buf.getvalue().splitlines()
    header = lines[0].split("\t")
    assert len(header) == 40 and header[:4] == ["Event ID", "Event Date", "Event Type",
                                                "Event Mode"]
    assert n == len(lines) - 1 == analytics.stats(db)["reports"] - _non_claims(db)
    path = str(tmp_path / "events.parquet")
    assert analytics.export(db, "parquet", path=path) == report.events
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{path}')").fetchall()[0][0] == \
        report.events
    buf = io.StringIO()
    analytics.export(db, "jsonl", out=buf)
    first = json.loads(buf.getvalue().splitlines()[0])
    assert first["event_id"] and first["evidence"]


def _non_claims(db: str) -> int:
    with duckdb.connect(db, read_only=True) as con:
        return con.execute("SELECT count(*) FROM events WHERE NOT claim").fetchone()[0]


# --- the CLI ------------------------------------------------------------------------------------

def run(*args):
    return CliRunner().invoke(main, list(args))


@pytest.mark.model
def test_cli_ingest_twice_stores_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(CORPUS.glob("*.txt"))[:3]:
        shutil.copy(f, folder)
    db = str(tmp_path / "cli.duckdb")
    first = run("ingest", str(folder), "--db", db)
    assert first.exit_code == 0, first.output
    assert "3 stored" in first.output
    again = run("ingest", str(folder), "--db", db)
    assert again.exit_code == 0 and "0 stored" in again.output and "3 already stored" in \
        again.output
    assert analytics.stats(db)["documents"] == 3


@pytest.mark.model
def test_cli_ties_names_italy_with_its_sentences(corpus_store):
    db, _ = corpus_store
    r = run("ties", "JPN", "--region", "Europe", "--since", "2024-01-01", "--db", db)
    assert r.exit_code == 0, r.output
    assert "Italy" in r.output and "Stepping up" in r.output and "Meloni" in r.output
    j = run("ties", "JPN", "--region", "Europe", "--db", db, "--format", "json")
    data = json.loads(j.output)
    assert "ITA" in [t["partner"] for t in data["stepping_up"]]
    c = run("ties", "JPN", "--db", db, "--format", "csv")
    assert c.output.splitlines()[0].startswith("partner,name,intensity")
    bad = run("ties", "JPN", "--region", "Atlantis", "--db", db)
    assert bad.exit_code == 1 and "not a region or group" in bad.output


@pytest.mark.model
def test_cli_events_timeline_network_and_export(corpus_store, tmp_path):
    db, _ = corpus_store
    ev = run("events", "--dyad", "ITA-JPN", "--format", "json", "--db", db)
    assert ev.exit_code == 0 and all({e["source"], e["target"]} == {"ITA", "JPN"}
                                     for e in json.loads(ev.output))
    png = tmp_path / "tl.png"
    tl = run("timeline", "ITA", "JPN", "--plot", str(png), "--db", db)
    assert tl.exit_code == 0 and "2024-08" in tl.output
    assert png.read_bytes()[:4] == b"\x89PNG"
    gml = run("network", "--export", "graphml", "--db", db)
    assert gml.exit_code == 0 and ET.fromstring(gml.output.strip()) is not None
    svg = tmp_path / "net.svg"
    assert run("network", "--plot", str(svg), "--db", db).exit_code == 0
    assert b"<svg" in svg.read_bytes()[:400]
    pol = run("export", "--format", "polecat", "--db", db)
    assert pol.exit_code == 0 and pol.output.startswith("Event ID\tEvent Date")
    assert run("export", "--format", "parquet", "--db", db).exit_code == 2
    missing = run("events", "--db", str(tmp_path / "none.duckdb"))
    assert missing.exit_code == 1 and "entente ingest" in missing.output
