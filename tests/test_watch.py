"""Watching feeds served by a local server: each item once, failures stored with their source,
passing failures retried, broken feeds reported while the other feeds go on, and a watch
killed with SIGKILL at random moments that loses no item and stores none twice."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from entente.analytics import failures, stats
from entente.cli import main
from entente.ingest.watch import Watcher, parse_every, parse_feed
from entente.store import read_connection

from .localserver import fast_http, only_loopback, rss, server  # noqa: F401  (fixtures)

pytestmark = pytest.mark.model


def rows(db: str, sql: str) -> list[tuple]:
    with read_connection(db) as con:
        return con.execute(sql).fetchall()


@pytest.fixture
def watcher_for(pipeline, fast_http, tmp_path):  # noqa: F811
    def make(*sources: str) -> Watcher:
        return Watcher(str(tmp_path / "w.duckdb"), sources, pipeline=pipeline)
    return make


def test_each_item_is_read_once_and_failures_keep_their_source(server, watcher_for):
    japan = server.url("/web/japan_italy_pact.html")
    baltic = server.url("/web/baltic_air_policing.html")
    french, missing = server.url("/french.html"), server.url("/missing")
    server.feeds["/changing.xml"] = rss([("a", japan, "Pact"), ("b", baltic, "Jets"),
                                         ("a", japan, "Pact (repeated)"), ("c", french, "Fr"),
                                         ("d", missing, "Gone")])
    w = watcher_for(server.url("/changing.xml"))
    first, = w.poll()
    assert (first.items, first.new, first.stored, first.failed) == (4, 4, 2, 2)
    db = w.db
    assert sorted(r[0] for r in rows(db, "SELECT url FROM documents")) == sorted([baltic, japan])
    got = {f.origin: f for f in failures(db)}
    assert got[missing].reason == "http-404"
    assert got[french].reason == "not-english" and "French (fr)" in got[french].message
    assert server.hits["/web/japan_italy_pact.html"] == 1     # the repeat was not fetched

    second, = w.poll()                       # the same feed: the server answers 304
    assert second.status == "not-modified" and stats(db)["documents"] == 2

    # the feed changes: item a gets a new title, e is new, b repeats
    server.feeds["/changing.xml"] = rss([("a", japan, "Pact, updated"), ("b", baltic, "Jets"),
                                         ("e", server.url("/story/1"), "Story one")])
    third, = w.poll()
    assert (third.items, third.new, third.stored) == (3, 1, 1)
    assert stats(db)["documents"] == 3
    assert server.hits["/web/japan_italy_pact.html"] == 1
    polls = rows(db, "SELECT status, items, new, stored, failed FROM feed_polls ORDER BY polled")
    assert polls == [("ok", 4, 4, 2, 2), ("not-modified", 0, 0, 0, 0), ("ok", 3, 1, 1, 0)]


def test_a_page_without_a_date_takes_the_feed_items_date(server, watcher_for):
    undated, dated = server.url("/web/undated_patrol.html"), server.url("/story/3")
    server.feeds["/stories.xml"] = rss([("u", undated, "Patrol"), ("d", dated, "Story")])
    w = watcher_for(server.url("/stories.xml"))
    w.poll()
    got = dict(rows(w.db, "SELECT url, CAST(published AS VARCHAR) FROM documents"))
    assert got == {undated: "2024-03-12",        # the feed's pubDate
                   dated: "2024-04-04"}          # the page's own date wins over the feed's


def test_a_broken_feed_is_a_stored_failure_and_the_next_feed_goes_on(server, watcher_for):
    server.feeds["/stories.xml"] = rss([("s0", server.url("/story/0"), "Zero")])
    w = watcher_for(server.url("/broken.xml"), server.url("/slow"), server.url("/stories.xml"))
    broken, slow, good = w.poll()
    assert broken.status == slow.status == "failed" and good.stored == 1
    f, = failures(w.db, reason="bad-feed")
    assert f.origin == server.url("/broken.xml") and "feed" in f.message
    f, = failures(w.db, reason="timeout")
    assert f.origin == server.url("/slow") and server.hits["/slow"] == 3
    # the feed mends: its failure is cleared at the next poll that reads it
    server.routes["/broken.xml"] = server.routes["/stories.xml"]
    server.feeds["/stories.xml"] += b" "
    w.poll()
    assert [f.origin for f in failures(w.db)] == [server.url("/slow")]


def test_a_page_failing_for_a_passing_reason_is_tried_at_later_polls(server, watcher_for,
                                                                     monkeypatch):
    monkeypatch.setenv("ENTENTE_FEED_ATTEMPTS", "2")
    server.feeds["/stories.xml"] = rss([("x", server.url("/error"), "Down")])
    w = watcher_for(server.url("/stories.xml"))
    for _ in range(3):                       # the feed is unchanged (304) after the first
        w.poll()
    assert server.hits["/error"] == 2 * 3    # two polls of three tries each, then it gave up
    assert rows(w.db, "SELECT outcome, attempts FROM feed_items") == [("retry", 2)]
    assert failures(w.db)[0].reason == "http-500"


def test_feed_parsing_handles_atom_and_refuses_a_page():
    atom = (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
            b'<entry><id>urn:1</id><title>One</title><link href="http://127.0.0.1/a"/>'
            b'<updated>2024-02-03T10:00:00Z</updated></entry></feed>')
    e, = parse_feed(atom, "atom.xml")
    assert (e.key, e.link, e.published) == ("urn:1", "http://127.0.0.1/a", "2024-02-03")
    with pytest.raises(Exception, match="not an RSS or Atom feed|not a readable"):
        parse_feed(b"<html><body><p>A page</p></body></html>", "page.html")


def test_every_understands_units():
    assert parse_every("15m") == 900 and parse_every("30s") == 30 and parse_every("1h") == 3600
    with pytest.raises(ValueError):
        parse_every("soon")


def test_watch_once_and_failures_from_the_command_line(server, fast_http, tmp_path):  # noqa: F811
    server.feeds["/stories.xml"] = rss([("s2", server.url("/story/2"), "Two"),
                                        ("m", server.url("/missing"), "Gone")])
    listing = tmp_path / "feeds.txt"
    listing.write_text(f"# my feeds\n{server.url('/stories.xml')}\n")
    db = str(tmp_path / "cli.duckdb")
    r = CliRunner().invoke(main, ["watch", str(listing), "--once", "--db", db])
    assert r.exit_code == 0, r.output
    assert "2 items, 2 new: 1 stored" in r.output and "1 failed" in r.output
    r = CliRunner().invoke(main, ["failures", "--db", db, "--format", "json"])
    import json
    assert json.loads(r.output) == [{"origin": server.url("/missing"), "reason": "http-404",
                                     "message": "the server answered HTTP 404 Not Found; "
                                                "check the link"}]


def test_watch_keeps_polling_until_sigterm(server, tmp_path):
    server.feeds["/stories.xml"] = rss([("s5", server.url("/story/5"), "Five")])
    db = str(tmp_path / "term.duckdb")
    proc = subprocess.Popen([sys.executable, "-m", "entente", "watch",
                             server.url("/stories.xml"), "--db", db, "--every", "1s"],
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 90
    while server.hits.get("/stories.xml", 0) < 3 and time.monotonic() < deadline:
        time.sleep(0.1)                      # three polls: it keeps running
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "1 items, 1 new: 1 stored" in err and "not modified since the last poll" in err
    assert rows(db, "SELECT count(*) FROM feed_polls")[0][0] >= 3


def test_a_death_before_a_commit_loses_no_item(server, watcher_for, monkeypatch):
    """What SIGKILL does to the store, made exact: the process dies as a batch is about to be
    written, so neither those documents nor their items' marks are stored; the next run
    reads exactly those again."""
    from entente.store.writer import Writer
    items = [(f"k{i}", server.url(f"/story/{i}"), f"S{i}") for i in range(12)]
    server.feeds["/stories.xml"] = rss(items)
    w = watcher_for(server.url("/stories.xml"))
    real, commits = Writer.commit, []

    def dying_commit(self):
        if len(commits) == 1 and self._docs:
            raise SystemExit("killed")          # the second batch never reaches the file
        commits.append(1)
        return real(self)

    monkeypatch.setattr(Writer, "commit", dying_commit)
    with pytest.raises(SystemExit):
        w.poll()
    monkeypatch.setattr(Writer, "commit", real)
    kept = rows(w.db, "SELECT count(*) FROM feed_items")[0][0]
    assert 0 < kept < 12 and rows(w.db, "SELECT count(*) FROM documents")[0][0] == kept
    again = watcher_for(server.url("/stories.xml"))
    report, = again.poll()
    assert report.new == 12 - kept
    stored = rows(w.db, "SELECT origin FROM documents UNION ALL SELECT origin FROM duplicates")
    assert sorted(o for (o,) in stored) == sorted(link for _, link, _ in items)


def test_kill_9_at_random_moments_loses_no_item_and_stores_none_twice(server, tmp_path):
    server.story_delay = 0.05
    db = str(tmp_path / "kill.duckdb")
    env = dict(os.environ, ENTENTE_HTTP_TIMEOUT="2", ENTENTE_HTTP_BACKOFF="0.01")
    cmd = [sys.executable, "-m", "entente", "watch", server.url("/stories.xml"), "--db", db,
           "--every", "1s"]
    rng = random.Random(10)
    items: list[tuple[str, str, str]] = []
    seen_after_kill = []

    def stories_fetched() -> int:
        return sum(v for k, v in server.hits.items() if k.startswith("/story/"))

    for round_ in range(4):
        # the feed grows by ten items a round, so each run has work to be killed in
        items += [(f"story-{i}", server.url(f"/story/{i}"), f"Story {i}")
                  for i in range(10 * round_, 10 * round_ + 10)]
        server.feeds["/stories.xml"] = rss(items)
        before = stories_fetched()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        # a random moment of the poll: after 1 to 10 of the new pages were fetched, and up
        # to 2 s more (extraction, the commits); start-up on a busy machine varies, so the
        # moment is found by progress rather than by the clock
        wanted, deadline = rng.randint(1, 10), time.monotonic() + 90
        while stories_fetched() - before < wanted and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(rng.uniform(0, 2.0))
        assert proc.poll() is None, "watch stopped by itself"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        if os.path.exists(db):
            seen_after_kill.append(rows(db, "SELECT count(*) FROM feed_items")[0][0])
    done = subprocess.run(cmd + ["--once"], env=env, capture_output=True, text=True,
                          timeout=180)
    assert done.returncode == 0, done.stderr
    links = [link for _, link, _ in items]
    stored = rows(db, "SELECT origin FROM documents UNION ALL SELECT origin FROM duplicates")
    assert sorted(o for (o,) in stored) == sorted(links), seen_after_kill  # each once, all
    marks = rows(db, "SELECT item, outcome FROM feed_items")
    assert sorted(i for i, _ in marks) == sorted(g for g, _, _ in items)
    assert {o for _, o in marks} <= {"read", "known"}
    assert rows(db, "SELECT count(*) FROM failures") == [(0,)]


def test_an_ingest_while_a_watch_runs_is_refused_and_told_why(server, tmp_path):  # noqa: F811
    """One job writes to a store at a time: the watch holds the store across its polls."""
    from entente.errors import StoreError
    from entente.ingest.runner import Ingester
    db = str(tmp_path / "held.duckdb")
    watcher = Watcher(db, [server.url("/stories.xml")], pipeline=object())
    refused = []

    def stop() -> bool:         # asked between polls, while the watch holds the store
        try:
            Ingester(db, pipeline=object()).run([])
        except StoreError as exc:
            refused.append(str(exc))
        return True

    watcher.run(60, stop=stop)
    assert refused and "another `entente ingest` is writing to this store" in refused[0]
    assert "entente watch" in refused[0]
    Ingester(db, pipeline=object()).run([])   # free again once the watch has stopped
