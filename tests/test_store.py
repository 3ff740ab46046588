"""The store: migrations, idempotent and resumable ingest, duplicates, clusters, concurrency."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date

import pytest

from entente.analytics import stats
from entente.errors import StoreError
from entente.records import RawDocument
from entente.ingest import ingest
from entente.ingest.runner import Ingester
from entente.store import read_connection, write_connection
from entente.store import cluster, dedup

from .conftest import CORPUS

TABLES = ("documents", "events", "quotes", "failures", "duplicates", "minhash", "clusters")


def snapshot(db: str) -> dict[str, list]:
    """Every row of every data table, in a stable order."""
    with read_connection(db) as con:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}


# --- schema -----------------------------------------------------------------------------------

def test_migrations_build_the_schema_once_and_record_it(tmp_path):
    db = str(tmp_path / "s.duckdb")
    with write_connection(db) as con:
        versions = con.execute("SELECT version, name FROM schema_version ORDER BY 1").fetchall()
    assert versions == [(1, "documents_events"), (2, "clusters"), (3, "feeds"),
                        (4, "reports_by_event"), (5, "candidates"), (6, "furniture"),
                        (7, "key_indexes"), (8, "background"), (9, "retells")]
    with write_connection(db) as con:          # opening again applies nothing twice
        assert con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == 9
    with read_connection(db) as con:
        cols = {r[0] for r in con.execute("DESCRIBE events").fetchall()}
    assert {"cluster", "dyad_a", "evidence", "date_lo", "background"} <= cols


def test_a_new_store_has_small_blocks_and_one_made_with_duckdbs_default_still_works(tmp_path):
    """New store files are made with 16 KiB blocks (a commit into a large store then loads
    16 KiB, not 256 KiB, for each stored candidate it reads); a file made with DuckDB's
    default blocks, as every store made before was, is still migrated, written and read."""
    import duckdb

    new = str(tmp_path / "new.duckdb")
    with write_connection(new) as con:
        assert con.execute("PRAGMA database_size").fetchone()[2] == 16384
    old = str(tmp_path / "old.duckdb")
    duckdb.connect(old).close()
    with write_connection(old) as con:
        con.execute("INSERT INTO failures VALUES ('a.txt', 'empty', 'no text in a.txt')")
    with read_connection(old) as con:
        assert con.execute("PRAGMA database_size").fetchone()[2] == 256 * 1024
        assert con.execute("SELECT origin FROM failures").fetchall() == [("a.txt",)]


def test_a_store_from_a_newer_entente_is_refused(tmp_path):
    db = str(tmp_path / "s.duckdb")
    with write_connection(db) as con:
        con.execute("INSERT INTO schema_version (version, name) VALUES (99, 'future')")
    with pytest.raises(StoreError, match="newer entente"):
        with write_connection(db):
            pass


def test_reading_a_missing_store_says_how_to_make_one(tmp_path):
    with pytest.raises(StoreError, match="entente ingest"):
        stats(str(tmp_path / "nothing.duckdb"))


# --- duplicates and clusters, without the model -------------------------------------------------

def _article(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


WIRE = [
    "Italy's flagship aircraft carrier Cavour completed three days of exercises with Japan's "
    "Maritime Self-Defense Force on Thursday, capping the first visit by an Italian carrier.",
    "The drills, which began on Tuesday in waters off the southern Kanto region, also involved "
    "warships from Australia, Germany and France, Japanese officials said.",
    "The Cavour, carrying F-35B stealth fighters and Harrier jump jets, docked at the Yokosuka "
    "naval base south of Tokyo on August 22 together with the frigate Alpino.",
    "The carrier left Taranto on June 1 and took part in the Pitch Black air exercise in "
    "Australia in July. It is expected to stop in India before heading home in November.",
]


def test_a_syndicated_copy_is_near_and_another_story_is_not():
    original = dedup.shingles(_article(WIRE))
    copy = dedup.shingles(_article(["Italian carrier ends Japan drills", "By a staff writer"] +
                                   WIRE + ["Reporting by a regional desk."]))
    other = dedup.shingles(_article(WIRE[:1] + ["Germany's air force will send Eurofighter "
                                                "jets to Japan next month for its first joint "
                                                "exercise with the Japan Air Self-Defense "
                                                "Force in Japanese airspace."]))
    assert dedup.jaccard(original, copy) >= dedup.NEAR_DUPLICATE
    assert dedup.jaccard(original, other) < dedup.NEAR_DUPLICATE
    assert set(dedup.band_keys(original)) & set(dedup.band_keys(copy))


def test_the_content_hash_ignores_whitespace_only():
    a = RawDocument(id="a", origin="a.txt", text="Italy and Japan\n\nheld drills.")
    b = RawDocument(id="b", origin="b.jsonl:3", text="  Italy and Japan held   drills.\n")
    c = RawDocument(id="c", origin="c.txt", text="Italy and Japan held talks.")
    assert dedup.content_hash(a) == dedup.content_hash(b) != dedup.content_hash(c)


def test_an_event_dated_by_its_story_spans_a_week_either_side_like_an_undated_one():
    pub = date(2022, 2, 25)
    assert cluster.span("2022-02-25", "story", pub) == cluster.span(None, None, pub) == (
        date(2022, 2, 18), date(2022, 3, 4))
    assert cluster.span("2022-02-25", "day", pub) == (pub, pub)


def _report(id, doc, src, tgt, when, precision, evidence, typ="ASSAULT", mode=None,
            status="occurred"):
    a, b = cluster.dyad(src, tgt)
    lo, hi = cluster.span(when, precision, date(2022, 2, 25))
    return cluster.Report(id, doc, (a, b, typ, mode, cluster.standing(status, True)), lo, hi,
                          cluster.content_words(evidence))


def test_two_articles_telling_one_attack_are_one_event_and_others_are_not():
    x = _report("1", "d1", "RUS", "UKR", "2022-02-24", "day",
                "Russian forces attacked Ukraine from the north, east and south on Thursday, "
                "firing missiles at airfields and military depots.")
    y = _report("2", "d2", "RUS", "UKR", "2022-02-24", "day",
                "Russia began a large-scale military assault on Ukraine on Thursday, pounding "
                "cities and bases with missiles as troops crossed from the north, east and "
                "south.")
    assert cluster.same_event(x, y)
    reversed_dyad = _report("3", "d3", "UKR", "RUS", "2022-02-24", "day",
                            "Ukraine and Russia: missiles from the north, east and south on "
                            "Thursday as the assault began.")
    assert cluster.same_event(x, reversed_dyad)
    same_article = _report("4", "d1", "RUS", "UKR", "2022-02-24", "day",
                           "Russia began a large-scale military assault on Ukraine on Thursday.")
    assert not cluster.same_event(x, same_article)       # the extractor already merged those
    a_month_later = _report("5", "d5", "RUS", "UKR", "2022-03-28", "day",
                            "Russian forces attacked Ukraine from the north, east and south.")
    assert not cluster.same_event(x, a_month_later)
    other_type = _report("6", "d6", "RUS", "UKR", "2022-02-24", "day",
                         "Russian forces attacked Ukraine from the north, east and south.",
                         typ="THREATEN")
    assert not cluster.same_event(x, other_type)


def test_a_year_precise_date_needs_more_shared_words():
    day = _report("1", "d1", "JPN", "ITA", "2023-12-14", "day",
                  "Japan, Italy and Britain signed a treaty in Tokyo setting up a body to run "
                  "their fighter programme.", typ="SUPPORT", mode="sign agreement")
    loose = _report("2", "d2", "ITA", "JPN", "2023", "year",
                    "Italy signed a deal with Japan last year.", typ="SUPPORT",
                    mode="sign agreement")
    close = _report("3", "d3", "ITA", "JPN", "2023", "year",
                    "Japan, Italy and Britain signed a treaty setting up a body to run the "
                    "fighter programme.", typ="SUPPORT", mode="sign agreement")
    assert not cluster.same_event(day, loose)
    assert cluster.same_event(day, close)


# --- readers while the writer writes --------------------------------------------------------------

WRITER_SCRIPT = textwrap.dedent("""
    import sys, time
    from entente.records import Actor, Document, Event, Evidence, Metadata
    from entente.store.writer import Arrival, Writer

    w = Writer(sys.argv[1])
    for n in range(12):
        text = f"Article {n}: Italy and Japan held talks number {n} in Tokyo on Monday."
        ev = Event(id=f"e{n}", type="CONSULT", mode="meeting", status="occurred",
                   source=Actor("ITA", "Italy", "GOV", "Italy"),
                   target=Actor("JPN", "Japan", "GOV", "Japan"), date="2024-02-05",
                   date_precision="day", location=None,
                   evidence=Evidence(text, 0, len(text)), confidence=1.0, group=None,
                   rule="test")
        doc = Document(Metadata(id=f"a{n}", published="2024-02-06"), text, events=(ev,))
        w.add(doc, Arrival(f"hash{n:03d}", f"a{n}.txt", f"a{n}"))
        w.commit()
        # (the pause between commits is longer than a reader's longest wait between tries,
        # 0.5 s in store.schema._connect, so that a reader gets in between commits even on a
        # loaded machine: with 0.05 s pauses a reader backing off could miss every one)
        time.sleep(0.6)
""")


def test_readers_query_while_the_writer_commits(tmp_path):
    db = str(tmp_path / "live.duckdb")
    script = tmp_path / "writer.py"
    script.write_text(WRITER_SCRIPT)
    with write_connection(db):
        pass
    proc = subprocess.Popen([sys.executable, str(script), db], stderr=subprocess.PIPE,
                            text=True)
    seen = []
    while proc.poll() is None:
        seen.append(stats(db)["documents"])
    assert proc.returncode == 0, proc.stderr.read()
    assert stats(db)["documents"] == 12
    assert seen == sorted(seen)                      # every read saw whole batches, in order
    assert any(0 < n < 12 for n in seen), seen       # and some were made mid-run


# --- ingest with the model --------------------------------------------------------------------

@pytest.mark.model
def test_the_corpus_is_stored_with_every_event_and_no_failure(corpus_store):
    db, report = corpus_store
    n = len(list(CORPUS.glob("*.txt")))
    assert (report.stored, report.failed, report.duplicates) == (n, 0, 0)
    s = stats(db)
    assert s["documents"] == n and s["reports"] == report.events
    assert s["events"] < s["reports"]           # some events were reported more than once


@pytest.mark.model
def test_ingesting_the_corpus_twice_changes_no_count(corpus_store, pipeline, tmp_path):
    db, _ = corpus_store
    copy = str(tmp_path / "again.duckdb")
    shutil.copy(db, copy)
    before = snapshot(copy)
    again = ingest([str(CORPUS)], copy, pipeline=pipeline)
    assert again.stored == 0 and again.skipped == len(list(CORPUS.glob("*.txt")))
    assert snapshot(copy) == before


@pytest.mark.model
def test_an_ingest_killed_half_way_resumes_to_the_same_tables(corpus_store, pipeline, tmp_path):
    db = str(tmp_path / "killed.duckdb")
    total = len(list(CORPUS.glob("*.txt")))
    proc = subprocess.Popen([sys.executable, "-m", "entente", "ingest", str(CORPUS), "--db", db,
                             "--batch-size", "3"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if os.path.exists(db):
            try:
                stored = stats(db)["documents"]
            except StoreError:
                stored = 0
            if stored >= 3:
                break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < stored < total, f"the kill came at {stored} of {total} documents"
    resumed = Ingester(db, batch_size=3, pipeline=pipeline).run([str(CORPUS)])
    assert resumed.skipped >= stored and resumed.skipped + resumed.stored == total
    assert snapshot(db) == snapshot(corpus_store[0])


@pytest.mark.model
def test_ctrl_c_keeps_what_was_extracted_and_a_rerun_finishes(corpus_store, pipeline, tmp_path):
    db = str(tmp_path / "interrupted.duckdb")
    ing = Ingester(db, batch_size=4, pipeline=pipeline)

    def stop_after_ten(report):
        if report.done == 10:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ing.run([str(CORPUS)], progress=stop_after_ten)
    assert stats(db)["documents"] == 10              # the half batch was committed too
    ingest([str(CORPUS)], db, pipeline=pipeline)
    assert snapshot(db) == snapshot(corpus_store[0])


@pytest.mark.model
def test_a_syndicated_copy_and_a_second_url_are_stored_once(pipeline, tmp_path):
    story = (CORPUS / "006_cavour_drills_japan.txt").read_text()
    paragraphs = story.split("\n\n")
    body = paragraphs[next(i for i, p in enumerate(paragraphs) if p.startswith("TOKYO")):-1]
    copy = "\n\n".join(["Home | World | Asia", "Italy's Cavour finishes first drills in Japan",
                        "By a staff reporter", "30 August 2024"] + body +
                       ["Additional reporting by the regional desk."])
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_original.txt").write_text(story)
    (folder / "b_copy.txt").write_text(copy)
    (folder / "c_again.jsonl").write_text(
        '{"id": "same", "url": "https://example.org/other", "text": %s}\n'
        % json.dumps(story))
    db = str(tmp_path / "dups.duckdb")
    report = ingest([str(folder)], db, pipeline=pipeline)
    assert (report.stored, report.duplicates, report.skipped) == (1, 1, 1)
    with read_connection(db) as con:
        (origin, of, sim), = con.execute(
            "SELECT d.origin, x.origin, d.similarity FROM duplicates d "
            "JOIN documents x ON x.id = d.duplicate_of").fetchall()
    assert origin.endswith("b_copy.txt") and of.endswith("a_original.txt")
    assert sim >= dedup.NEAR_DUPLICATE


@pytest.mark.model
def test_failures_are_stored_with_their_reason_and_cleared_when_fixed(pipeline, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS / "001_japan_uk_access_pact.txt", folder)
    bad = folder / "empty.txt"
    bad.write_text("")
    db = str(tmp_path / "f.duckdb")
    report = ingest([str(folder)], db, pipeline=pipeline)
    assert report.stored == 1 and report.failed == 1
    with read_connection(db) as con:
        rows = con.execute("SELECT origin, reason, message FROM failures").fetchall()
    assert rows == [(str(bad), "empty", "the file is empty; give a file with article text")]
    shutil.copy(CORPUS / "002_gcap_fighter_launch.txt", bad)
    ingest([str(folder)], db, pipeline=pipeline)
    assert stats(db)["failures"] == 0 and stats(db)["documents"] == 2


@pytest.mark.model
def test_reports_of_the_invasion_in_two_articles_are_one_event(corpus_store):
    db, _ = corpus_store
    with read_connection(db) as con:
        rows = con.execute(
            """SELECT c.reports, c.documents, list(d.name ORDER BY d.name)
               FROM clusters c JOIN events e ON e.cluster = c.id
               JOIN documents d ON d.id = e.document
               WHERE c.claim AND c.type = 'ASSAULT' AND c.dyad_a = 'RUS' AND c.dyad_b = 'UKR'
                 AND c.day = DATE '2022-02-24'
               GROUP BY c.id, c.reports, c.documents""").fetchall()
    assert len(rows) == 1
    reports, documents, names = rows[0]
    assert documents == 2 and reports == len(names)
    assert any(n.startswith("017_") for n in names) and any(n.startswith("034_") for n in names)


@pytest.mark.model
def test_workers_store_what_one_process_stores(pipeline, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(CORPUS.glob("*.txt"))[:6]:
        shutil.copy(f, folder)
    one, two = str(tmp_path / "one.duckdb"), str(tmp_path / "two.duckdb")
    ingest([str(folder)], one, pipeline=pipeline)
    report = ingest([str(folder)], two, workers=2)
    assert report.stored == 6
    assert snapshot(one) == snapshot(two)


# --- reading lists of events at scale ---------------------------------------------------------

def test_an_events_reports_are_found_by_key_not_by_scanning_every_report(tmp_path):
    """Every list of events looks its reports up by cluster (the web app's lists, a tie's
    evidence): on a million reports a scan took ~110 ms per list, the index ~5 ms."""
    db = str(tmp_path / "s.duckdb")
    with write_connection(db):
        pass
    with read_connection(db) as con:
        indexed = con.execute("SELECT expressions FROM duckdb_indexes() "
                              "WHERE table_name = 'events'").fetchall()
    assert [e for (e,) in indexed if "cluster" in str(e)], indexed


def test_a_commit_looks_its_keys_up_in_an_index_not_by_reading_every_stored_key(tmp_path):
    """A commit's near-duplicate band keys and cluster keys are found through the indexes of
    migration 007, so finding them does not grow with the store (reading the key columns took
    0.2 s and 0.5 s a commit at 10 million events). Cluster keys above 2**63 must be bound as
    UBIGINT: an untyped one is bound as HUGEINT and DuckDB then reads the whole column."""
    from entente.store.writer import _by_keys, keys_sql

    db = str(tmp_path / "s.duckdb")
    with write_connection(db) as con:
        con.execute("INSERT INTO cluster_keys SELECT hash(i), 'e' || i FROM range(5000) t(i)")
        con.execute("INSERT INTO minhash SELECT 'd' || i, (hash(i) >> 1)::BIGINT FROM range(5000) t(i)")
    with write_connection(db) as con:
        high = con.execute("SELECT key, event FROM cluster_keys WHERE key > 9223372036854775807 "
                           "LIMIT 1").fetchone()
        low = con.execute("SELECT key, document FROM minhash LIMIT 1").fetchone()
        for select, key, kind in (("SELECT key, event FROM cluster_keys", high[0], "UBIGINT"),
                                  ("SELECT key, document FROM minhash", low[0], "BIGINT")):
            plan = con.execute("EXPLAIN ANALYZE " + keys_sql(select, 2, kind),
                               [key, 7]).fetchall()[0][1]
            assert "Index Scan" in plan, plan
        assert _by_keys(con, "SELECT key, event FROM cluster_keys", [7, high[0]],
                        "UBIGINT") == [high]


def test_a_list_longer_than_one_key_lookup_comes_back_whole_and_in_order(tmp_path):
    """Events are fetched 50 keys at a time (and in one scan past a few hundred): none is
    lost, each keeps its sources, and the order is newest first."""
    from entente.analytics import events

    from .test_hardening import document, event, write
    db = str(tmp_path / "many.duckdb")
    for n in (120, 450):      # below and above the one-scan bound, in one store
        start = 0 if n == 120 else 120
        # dates 60 days apart: no two reports are one event
        write(db, [document(f"d{i}", "2024-01-01", [
            event(1, "CONSULT", "JPN", "ITA",
                  date.fromordinal(date(1950, 1, 1).toordinal() + 60 * i).isoformat(), "day",
                  f"Japan and Italy held talks number {i} in Rome on item {i * 7}.")])
            for i in range(start, n)])
    for limit in (120, 0):
        found = events(db, limit=limit)
        assert len(found) == (limit or 450)
        days = [e.day for e in found]
        assert days == sorted(days, reverse=True)
        assert all(len(e.sources) == 1 and e.sources[0].evidence == e.evidence for e in found)


def _clusters_from_scratch(db: str) -> dict[str, str]:
    """Every stored report's cluster computed from all pairs of reports at once (the
    definition in cluster.py), not batch by batch: event id -> smallest id of its component."""
    with read_connection(db) as con:
        rows = con.execute("SELECT id, document, dyad_a, dyad_b, type, mode, status, claim, "
                           "date_lo, date_hi, evidence, retells FROM events ORDER BY id"
                           ).fetchall()
    reports = [cluster.Report(i, d, (a, b, t, m, cluster.standing(s, c)), lo, hi,
                              cluster.content_words(ev), retells)
               for i, d, a, b, t, m, s, c, lo, hi, ev, retells in rows]
    parent = {r.id: r.id for r in reports}

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    by_key: dict[tuple, list] = {}
    for r in reports:
        by_key.setdefault(r.key, []).append(r)
    for group in by_key.values():
        for i, x in enumerate(group):
            for y in group[i + 1:]:
                if cluster.same_event(x, y):
                    a, b = sorted((find(x.id), find(y.id)))
                    parent[b] = a
    return {r.id: find(r.id) for r in reports}


@pytest.mark.model
def test_clusters_committed_batch_by_batch_equal_those_of_all_reports_at_once(
        corpus_store, pipeline, tmp_path):
    db, _ = corpus_store
    one_by_one = str(tmp_path / "one.duckdb")
    Ingester(one_by_one, batch_size=1, pipeline=pipeline).run([str(CORPUS)])
    for store in (db, one_by_one):
        with read_connection(store) as con:
            stored = dict(con.execute("SELECT id, cluster FROM events").fetchall())
            n_clusters = con.execute("SELECT count(*) FROM clusters").fetchone()[0]
        expected = _clusters_from_scratch(store)
        assert stored == expected
        assert n_clusters == len(set(expected.values()))
        assert len(set(expected.values())) < len(expected)     # some reports do merge
    assert snapshot(db) == snapshot(one_by_one)


def _story_and_copy() -> tuple[str, str]:
    story = (CORPUS / "006_cavour_drills_japan.txt").read_text()
    paragraphs = story.split("\n\n")
    body = paragraphs[next(i for i, p in enumerate(paragraphs) if p.startswith("TOKYO")):-1]
    copy = "\n\n".join(["Home | World | Asia", "Italy's Cavour finishes first drills in Japan",
                        "By a staff reporter", "30 August 2024"] + body +
                       ["Additional reporting by the regional desk."])
    return story, copy


@pytest.mark.model
def test_a_copy_is_checked_against_the_stored_shingles_not_the_text_read_again(
        pipeline, tmp_path):
    story, copy = _story_and_copy()
    (tmp_path / "a.txt").write_text(story)
    (tmp_path / "b.txt").write_text(copy)
    db = str(tmp_path / "s.duckdb")
    ingest([str(tmp_path / "a.txt")], db, pipeline=pipeline)
    with write_connection(db) as con:
        (text, hashes), = con.execute("SELECT d.text, s.hashes FROM documents d "
                                      "JOIN shingles s ON s.document = d.id").fetchall()
        assert set(hashes) == dedup.shingles(text) and len(hashes) > 100
        con.execute("UPDATE documents SET text = 'nothing alike'")    # the text is not read
    report = ingest([str(tmp_path / "b.txt")], db, pipeline=pipeline)
    assert (report.stored, report.duplicates) == (0, 1)


@pytest.mark.model
def test_a_store_without_shingles_has_its_texts_shingled_once_when_needed(pipeline, tmp_path):
    story, copy = _story_and_copy()
    (tmp_path / "a.txt").write_text(story)
    (tmp_path / "b.txt").write_text(copy)
    db = str(tmp_path / "s.duckdb")
    ingest([str(tmp_path / "a.txt")], db, pipeline=pipeline)
    with write_connection(db) as con:
        con.execute("DELETE FROM shingles")         # as a store written before migration 005
    report = ingest([str(tmp_path / "b.txt")], db, pipeline=pipeline)
    assert (report.stored, report.duplicates) == (0, 1)
    with read_connection(db) as con:
        assert con.execute("SELECT count(*) FROM shingles").fetchone()[0] == 1


@pytest.mark.model
def test_the_migration_files_stored_reports_under_the_keys_the_writer_uses(corpus_store,
                                                                            tmp_path):
    """A store from before migration 005 gets the same candidate keys as one written since,
    so its old reports are found when new ones of the same event arrive."""
    from entente.store.schema import migrations

    db = str(tmp_path / "copy.duckdb")
    shutil.copy(corpus_store[0], db)
    sql = next(s for v, _, s in migrations() if v == 5)
    backfill = sql[sql.index("INSERT INTO cluster_keys"):]
    with write_connection(db) as con:
        written = con.execute("SELECT * FROM cluster_keys ORDER BY ALL").fetchall()
        con.execute("DELETE FROM cluster_keys")
        con.execute(backfill)
        filled = con.execute("SELECT * FROM cluster_keys ORDER BY ALL").fetchall()
        reports = con.execute("SELECT count(*) FROM events WHERE dyad_a IS NOT NULL "
                              "AND date_lo IS NOT NULL").fetchone()[0]
    assert filled == written
    assert len({e for _, e in written}) == reports


@pytest.mark.model
def test_background_events_are_stored_with_their_own_dates_and_marked(pipeline, tmp_path):
    # a story of ours: news of this week, with an act of eight years before told as background
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "talks.txt").write_text(
        "Chile and Peru hold border talks\n\n12 March 2024\n\n"
        "Chile expelled Peruvian diplomats in 2016. On Monday the two countries began two days "
        "of talks on their maritime border in Lima.\n")
    db = str(tmp_path / "bg.duckdb")
    ingest([str(folder)], db, pipeline=pipeline)
    with read_connection(db) as con:
        rows = con.execute("SELECT type, date, background FROM events ORDER BY date").fetchall()
    assert ("SANCTION", "2016", True) in rows
    assert any(t == "CONSULT" and d.startswith("2024-03") and not b for t, d, b in rows)


RETOLD = ("Yemen\n\nDanish warplanes struck targets in Yemen on Friday. The Houthis vowed to "
          "respond. Shipping firms rerouted vessels around Africa. Insurers raised their "
          "premiums. Oil prices rose. Analysts said the Danish strikes on Yemen had hit radar "
          "sites and drone depots.")


@pytest.mark.model
def test_an_act_told_again_is_two_reports_of_one_event(pipeline, tmp_path):
    src = tmp_path / "yemen.txt"
    src.write_text(RETOLD)
    doc = pipeline.extract(RawDocument(id="yemen", origin=str(src), text=RETOLD,
                                       published="2024-01-12"))
    strikes = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(strikes) == 2 and strikes[1].retells == strikes[0].id
    assert strikes[0].evidence.text != strikes[1].evidence.text
    db = str(tmp_path / "s.duckdb")
    ingest([str(src)], db, pipeline=pipeline)
    with read_connection(db) as con:
        rows = con.execute("SELECT id, retells, cluster FROM events WHERE type = 'ASSAULT' "
                           "ORDER BY evidence_start").fetchall()
        (reports, documents), = con.execute("SELECT reports, documents FROM clusters "
                                            "WHERE type = 'ASSAULT'").fetchall()
    (first, none, c1), (second, named, c2) = rows
    assert none is None and named == first and c1 == c2 == min(first, second)
    assert (reports, documents) == (2, 1)
