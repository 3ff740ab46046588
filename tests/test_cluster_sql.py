"""The dataset's pass decides whether two reports tell of one event in SQL
(cluster.same_event_sql); it must agree with cluster.same_event, which the store's writer uses,
on every pair, or a dataset and a store of the same inputs would cluster differently."""
from __future__ import annotations

import random
from datetime import date, timedelta

import duckdb

from entente.store import cluster


def _reports(n: int, seed: int) -> list[tuple]:
    rng = random.Random(seed)
    # twenty words, up to ten a sentence: similarities fall exactly on 0.15 (3/20) and 0.3
    # (3/10), the thresholds, as well as either side of them
    vocab = ["drills", "navy", "frigate", "pact", "visit", "tokyo", "rome", "signed", "talks",
             "carrier", "fighter", "jets", "treaty", "access", "troops", "minister", "defence",
             "summit", "exercise", "port"]
    out = []
    for i in range(n):
        a, b = rng.choice([("ITA", "JPN"), ("ITA", "JPN"), ("DEU", "JPN"), ("JPN", None),
                           (None, None)])
        lo = date(2024, 6, 1) + timedelta(days=rng.randrange(40)) if rng.random() > 0.1 \
            else None
        span = rng.choice([0, 0, 6, 29, 30, 31, 32, 365])
        hi = lo + timedelta(days=span) if lo else None
        words = rng.sample(vocab, rng.randrange(0, 11))
        doc = f"d{rng.randrange(n // 3)}"
        # (a report may tell again one told before in its article, whatever it says)
        earlier = [r[0] for r in out if r[1] == doc]
        retells = rng.choice(earlier) if earlier and rng.random() < 0.5 else None
        out.append((f"e{i:04d}", doc, a, b,
                    rng.choice(["COOPERATE", "CONSULT"]), rng.choice([None, "exercise"]),
                    rng.choice(["occurred", "planned", "negated"]), rng.random() < 0.5, lo, hi,
                    " ".join(words), retells))
    return out


def test_the_sql_rule_agrees_with_same_event_on_every_pair():
    rows = _reports(400, 7)
    con = duckdb.connect()
    con.execute("CREATE TABLE ev (id VARCHAR, document VARCHAR, dyad_a VARCHAR, dyad_b VARCHAR, "
                "type VARCHAR, mode VARCHAR, status VARCHAR, claim BOOLEAN, date_lo DATE, "
                "date_hi DATE, evidence VARCHAR, retells VARCHAR, words VARCHAR[])")
    con.executemany("INSERT INTO ev VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [r + (sorted(cluster.content_words(r[-2])),) for r in rows])
    sim = cluster.similarity_sql("len(list_intersect(x.words, y.words))", "len(x.words)",
                                 "len(y.words)")
    got = set(con.execute(f"SELECT x.id, y.id FROM ev x, ev y WHERE x.id < y.id AND "
                          f"{cluster.same_event_sql('x', 'y', sim)}").fetchall())
    reports = [cluster.Report(i, d, (a, b, t, m, cluster.standing(s, c)), lo, hi,
                              cluster.content_words(ev), retells)
               for i, d, a, b, t, m, s, c, lo, hi, ev, retells in rows]
    want = {(x.id, y.id) for x in reports for y in reports
            if x.id < y.id and cluster.same_event(x, y)}
    assert got == want
    assert 20 < len(want) < len(rows) ** 2 / 20      # the sample has both answers, often
    # and pairs within one article, linked by a retelling, among them
    assert any(x.document == y.document for x in reports for y in reports
               if (x.id, y.id) in want)
