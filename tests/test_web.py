"""The web app and its JSON API, in process (FastAPI's TestClient) over the corpus store."""
from __future__ import annotations

import html
import inspect
import json
import re
import shutil

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from entente import analytics
from entente.analytics.article import Article, ArticleEvent, ArticleQuote, Span
from entente.cli import main
from entente.web import create_app, serve
from entente.web.app import EXTRACT_LIMIT
from entente.web.highlight import highlighted

from .conftest import CORPUS, ROOT

pytestmark = pytest.mark.model
TEXT = (CORPUS / "035_meloni_tokyo_visit.txt")


@pytest.fixture(scope="module")
def client(corpus_store, pipeline):
    db, _ = corpus_store
    with TestClient(create_app(db, pipeline=pipeline), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def doc_id(corpus_store):
    db, _ = corpus_store
    ev = analytics.events(db, dyad="ITA-JPN", status="claims", limit=1)[0]
    return ev.sources[0].document


def cli_json(*args):
    out = CliRunner().invoke(main, [*args, "--format", "json"])
    assert out.exit_code == 0, out.output
    return json.loads(out.output)


def no_traceback(r):
    assert r.status_code < 500, r.text
    assert "Traceback" not in r.text and 'File "' not in r.text


# --- every page and its JSON twin ---------------------------------------------------------------

def test_every_page_answers_and_names_its_json_twin(client, doc_id):
    for url, twin in [("/", "/api/overview"), ("/state/JPN", "/api/state/JPN"),
                      ("/dyad/ITA/JPN", "/api/dyad/ITA/JPN"), ("/network", "/api/network"),
                      (f"/article/{doc_id}", f"/api/article/{doc_id}"),
                      ("/extract", "/api/extract")]:
        r = client.get(url)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        assert f'href="{twin}' in r.text, url
        if twin != "/api/extract":
            j = client.get(twin)
            assert j.status_code == 200 and j.headers["content-type"] == "application/json"


def test_the_api_returns_the_records_the_cli_prints(client, corpus_store):
    db, _ = corpus_store
    assert client.get("/api/events", params={"dyad": "ITA-JPN", "limit": 50}).json() == \
        cli_json("events", "--dyad", "ITA-JPN", "--db", db)
    assert client.get("/api/state/JPN", params={"region": "Europe", "since": "2024-01-01"}
                      ).json() == cli_json("ties", "JPN", "--region", "Europe", "--since",
                                           "2024-01-01", "--db", db)
    assert client.get("/api/timeline/JPN/ITA").json() == \
        cli_json("timeline", "ITA", "JPN", "--db", db)
    assert client.get("/api/network", params={"type": "AGREE"}).json() == \
        cli_json("network", "--type", "AGREE", "--db", db)
    assert client.get("/api/dyad/JPN/ITA").json()["timeline"] == \
        cli_json("timeline", "ITA", "JPN", "--db", db)


def test_openapi_documents_every_api_endpoint(client):
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui-bundle.js" in docs.text
    assert not re.findall(r'(?:src|href)="(?:https?:)?//', docs.text)
    assert client.get("/static/vendor/swagger-ui-bundle.js").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/events", "/api/overview", "/api/moves", "/api/state/{country}",
              "/api/dyad/{a}/{b}", "/api/timeline/{a}/{b}", "/api/network",
              "/api/article/{doc_id}", "/api/extract", "/api/stats", "/api/regions"):
        assert p in paths, p


def test_stats_and_regions(client, corpus_store):
    db, _ = corpus_store
    assert client.get("/api/stats").json() == analytics.stats(db)
    assert {"Europe", "NATO"} <= set(client.get("/api/regions").json())


# --- overview -----------------------------------------------------------------------------------

def test_overview_shows_italy_japan_stepping_up_and_the_latest_events(client):
    data = client.get("/api/overview").json()
    up = {(m["a"], m["b"]) for m in data["moves"]["stepping_up"]}
    assert ("ITA", "JPN") in up
    assert all(m["change"] > 0 and m["score"] > 0 for m in data["moves"]["stepping_up"])
    assert all(m["change"] < 0 for m in data["moves"]["pulling_back"])
    days = [e["day"] for e in data["events"] if e["day"]]
    assert days == sorted(days, reverse=True) and len(data["events"]) == 50
    page = client.get("/").text
    assert "Stepping up" in page and "Pulling back" in page and "Italy – Japan" in page
    italy = client.get("/api/moves", params={"state": "Italy"}).json()
    assert italy["stepping_up"] and all("ITA" in (m["a"], m["b"])
                                        for m in italy["stepping_up"] + italy["pulling_back"])
    europe = client.get("/api/overview", params={"region": "Europe"}).json()["moves"]
    members = analytics.members("Europe", analytics.scoring.parse_date(europe["end"], "x"))
    both = europe["stepping_up"] + europe["pulling_back"]
    assert both and all(m["a"] in members or m["b"] in members for m in both)
    assert ("JPN", "PHL") in up and ("JPN", "PHL") not in {(m["a"], m["b"]) for m in both}


def test_overview_filters_narrow_the_events(client):
    def get(**params):
        r = client.get("/api/events", params={"limit": 500, **params})
        assert r.status_code == 200, r.text
        return r.json()
    everything = get()
    assert get(state="ITA") and all("ITA" in (e["source"], e["target"]) for e in get(state="ITA"))
    assert all({e["source"], e["target"]} == {"ITA", "JPN"} for e in get(dyad="JPN-ITA"))
    assert all(e["type"] == "AGREE" for e in get(type="agree")) and get(type="AGREE")
    assert all(e["status"] == "planned" for e in get(status="planned"))
    exercises = get(mode="exercise")
    assert exercises and all(e["mode"] == "exercise" for e in exercises)
    dated = get(since="2024-01-01", until="2024-06-30")
    assert dated and all("2024-01-01" <= e["day"] <= "2024-06-30" for e in dated)
    fighter = get(text="FIGHTER")
    assert fighter and all("fighter" in e["evidence"].lower() for e in fighter)
    europe = analytics.members("Europe", analytics.scoring.parse_date("2026-01-01", "x"))
    eu = get(region="Europe")
    assert eu and len(eu) < len(everything)
    assert all(e["source"] in europe or e["target"] in europe for e in eu)
    page = client.get("/", params={"text": "fighter", "state": "ITA"}).text
    assert page.count('class="event ') == len(get(text="fighter", state="ITA"))
    assert 'value="fighter"' in page


def test_answers_are_kept_while_the_store_is_unchanged(corpus_store):
    db, _ = corpus_store
    app = create_app(db)
    with TestClient(app) as c:
        first = c.get("/api/state/JPN").json()
        assert c.get("/api/state/JPN").json() == first
        assert app.state.cache.hits >= 1
    with TestClient(create_app(db, cache=False)) as c:
        assert c.get("/api/state/JPN").json() == first


def test_nested_answers_never_wait_for_their_own_turn(corpus_store):
    import concurrent.futures
    db, _ = corpus_store
    app = create_app(db)
    with TestClient(app) as c, concurrent.futures.ThreadPoolExecutor(12) as pool:
        urls = [f"/api/overview?limit={n}" for n in range(1, 13)]   # 12 distinct, each nests two
        done = list(pool.map(lambda u: c.get(u).status_code, urls, timeout=60))
    assert done == [200] * 12


def test_paging_moves_on_to_older_events(client):
    first = client.get("/api/events", params={"limit": 5}).json()
    second = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert not {e["id"] for e in first} & {e["id"] for e in second}
    page = client.get("/", params={"state": "JPN", "limit": 5, "offset": 5}).text
    older = html.unescape(re.search(r'<a href="\?([^"]+)">older</a>', page).group(1))
    assert "offset=10" in older and "state=JPN" in older and older.count("offset=") == 1


# --- state, dyad, network, article --------------------------------------------------------------

def test_state_page_ranks_partners_with_map_and_network(client):
    r = client.get("/state/Japan")
    assert r.status_code == 200
    data = json.loads(re.search(r'<script type="application/json" id="data">(.*?)</script>',
                                r.text, re.S).group(1))
    intensities = [t["intensity"] for t in data["ties"]]
    assert intensities == sorted(intensities, reverse=True) and data["country"] == "JPN"
    numeric = json.loads(re.search(r'id="numeric">(.*?)</script>', r.text, re.S).group(1))
    assert numeric["392"] == "JPN" and numeric["380"] == "ITA"
    assert 'id="map"' in r.text and 'id="graph"' in r.text
    assert "/static/vendor/leaflet.js" in r.text and "Pulling back" in r.text


def test_dyad_page_lists_the_events_behind_each_bar(client):
    data = client.get("/api/dyad/ITA/JPN").json()
    assert data["events"] and all({e["source"], e["target"]} == {"ITA", "JPN"}
                                  for e in data["events"])
    assert data["weights"]["COOPERATE"] > 0 > data["weights"]["ASSAULT"]
    page = client.get("/dyad/ITA/JPN").text
    for e in data["events"][:5]:
        assert f'id="c-{e["id"]}"' in page
        assert f'data-type="{e["type"]}" data-status="{e["status"]}"' in page
    assert page.count("<blockquote") == len(data["events"])
    planned = client.get("/api/dyad/ITA/JPN", params={"status": "planned"}).json()["events"]
    assert all(e["status"] == "planned" for e in planned)


def test_network_filters_by_type_region_and_period(client):
    full = client.get("/api/network").json()
    agree = client.get("/api/network", params={"type": "AGREE"}).json()
    assert 0 < len(agree["edges"]) < len(full["edges"])
    nato = client.get("/api/network", params={"region": "NATO"}).json()
    members = analytics.members("NATO", analytics.scoring.parse_date("2030-01-01", "x"))
    assert nato["edges"] and all(e["source"] in members or e["target"] in members
                                 for e in nato["edges"])
    y2024 = client.get("/api/network", params={"since": "2024-01-01", "until": "2024-12-31"})
    assert y2024.json()["since"] == "2024-01-01"
    assert "cytoscape.min.js" in client.get("/network", params={"type": "AGREE"}).text


def test_article_page_marks_events_actors_and_quotes_in_place(client, doc_id):
    art = client.get(f"/api/article/{doc_id}").json()
    assert art["events"] and art["spans"]
    text = art["text"]
    for s in art["spans"]:
        assert 0 <= s["start"] < s["end"] <= len(text)
    for e in art["events"]:
        assert text[e["start"]:e["end"]] == e["evidence"]
    kinds = {s["kind"] for s in art["spans"]}
    assert {"event", "source", "title"} <= kinds
    page = client.get(f"/article/{doc_id}").text
    for e in art["events"]:
        assert f'id="ev-{e["id"]}"' in page and f'href="#ev-{e["id"]}"' in page
        assert f'id="c-{e["cluster"]}"' in page          # where the event lists link to
    assert 'class="mark event' in page and "mark source" in page
    if art["quotes"]:
        assert 'class="mark' in page and "quote" in page
    assert any(e["title_event"] for e in art["events"]) and "★" in page


def test_highlighting_escapes_the_text_and_nests_marks():
    text = "Title <b>\n\nItaly & Japan signed <script>x</script> a pact."
    i = text.index("Italy")
    ev = ArticleEvent("e1", None, "AGREE", None, "occurred", "ITA", "Italy", "JPN", "Japan",
                      None, text[i:], i, len(text), "r", False)
    q = ArticleQuote("q0", "Meloni", "ITA", "a pact", len(text) - 7, len(text) - 1)
    spans = [Span("title", 0, 9, "title"), Span("event", i, len(text), "e1"),
             Span("source", i, i + 5, "e1"), Span("quote", q.start, q.end, "q0")]
    html = str(highlighted(Article("d", "Title <b>", None, None, None, None, text, [], [ev],
                                   [q], spans)))
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp;" in html
    assert '<a class="mark event source" data-refs="e1" href="#ev-e1">Italy</a>' in html
    assert 'class="mark event quote" data-refs="e1 q0" href="#q-q0">a pact' in html
    assert '<span class="mark title">Title &lt;b&gt;</span>' in html
    assert re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">") \
        .replace("&amp;", "&") == text


# --- extract ------------------------------------------------------------------------------------

def test_extract_pasted_text_and_uploaded_file_store_nothing(client, corpus_store):
    db, _ = corpus_store
    before = analytics.stats(db)
    r = client.post("/api/extract", data={"text": TEXT.read_text()})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["stored"] is False and body["document"]["events"]
    assert len(body["article"]["events"]) == len(body["document"]["events"])
    up = client.post("/extract", files={"file": ("pact.txt", TEXT.read_bytes(), "text/plain")})
    assert up.status_code == 200 and 'class="mark event' in up.text and "not stored" in up.text
    assert analytics.stats(db) == before
    refused = client.post("/api/extract", data={"text": TEXT.read_text(), "store": "true"})
    assert refused.status_code == 403 and "--allow-ingest" in refused.json()["error"]


def test_extract_shows_removed_furniture_struck_out(client):
    page = "Skip to main content\nSubscribe to our newsletter\n\n" + TEXT.read_text()
    r = client.post("/extract", data={"text": page})
    assert r.status_code == 200
    art = client.post("/api/extract", data={"text": page}).json()["article"]
    assert "Skip to main content" in art["furniture"]
    for line in art["furniture"]:
        assert f"<s>{html.escape(line, quote=False)}</s>" in r.text
        assert line not in art["text"].splitlines()


def test_allow_ingest_stores_what_is_extracted(corpus_store, pipeline, tmp_path):
    db, _ = corpus_store
    copy = str(tmp_path / "copy.duckdb")
    shutil.copy(db, copy)
    before = analytics.stats(copy)["documents"]
    text = ("Poland and South Korea sign tank deal\n\nPoland signed a contract with South Korea "
            "on 12 March 2024 to buy 180 more K2 tanks, the defence ministry in Warsaw said.\n")
    with TestClient(create_app(copy, allow_ingest=True, pipeline=pipeline)) as c:
        assert c.get("/api/stats").json()["documents"] == before       # now kept in the cache
        r = c.post("/api/extract", data={"text": text, "store": "true", "published": "2024-03-13"})
        assert r.status_code == 200 and r.json()["stored"] is True
        again = c.post("/api/extract", data={"text": text, "store": "true"}).json()
        assert again["stored"] is False and again["store"] == "already in the store"
        copied = c.post("/api/extract", data={"text": TEXT.read_text() + "\nOne more line.\n",
                                              "store": "true"}).json()
        assert copied["stored"] is False and "near-duplicate" in copied["store"]
        # the store changed, so the kept answers are not served any more
        assert c.get("/api/stats").json()["documents"] == before + 1
        assert c.get("/api/events", params={"state": "KOR", "text": "K2 tanks"}).json()
    assert analytics.stats(copy)["documents"] == before + 1


def test_a_stored_articles_furniture_shows_struck_out(pipeline, tmp_path):
    from entente.ingest import ingest
    page = tmp_path / "page.txt"
    page.write_text("Skip to main content\nSubscribe to our newsletter\n\n" + TEXT.read_text())
    db = str(tmp_path / "f.duckdb")
    ingest([str(page)], db, pipeline=pipeline)
    doc = analytics.events(db, limit=1)[0].sources[0].document
    art = analytics.article(db, doc)
    assert "Skip to main content" in art.furniture
    with TestClient(create_app(db, pipeline=pipeline)) as c:
        r = c.get(f"/article/{doc}")
    assert r.status_code == 200 and "<s>Skip to main content</s>" in r.text


# --- bad requests: 4xx with a message, never a 500 or a traceback -------------------------------

@pytest.mark.parametrize("url,status,words", [
    ("/state/XYZ", 404, "unknown state 'XYZ'"),
    ("/api/state/XYZ", 404, "unknown state 'XYZ'"),
    ("/api/state/12345678", 404, "not an actor code"),    # one code table: unknown is unknown
    ("/dyad/ITA/QQQ", 404, "unknown state 'QQQ'"),
    ("/api/events?since=2024-13-45", 400, "since '2024-13-45' is not a date"),
    ("/api/events?until=yesterday", 400, "is not a date"),
    ("/?since=31/12/2024", 400, "is not a date"),
    ("/api/timeline/ITA/JPN?since=2024-99", 400, "is not a date"),
    ("/api/network?until=2024-02-30", 400, "is not a date"),
    ("/api/events?limit=abc", 422, "limit"),
    ("/api/events?limit=-1", 422, "limit"),
    ("/api/events?limit=100000", 422, "limit"),
    ("/api/events?type=%3Cscript%3E", 400, "not a PLOVER event type"),
    ("/api/events?status=maybe", 400, "not a status"),
    ("/api/events?region=Atlantis", 400, "not a region or group"),
    ("/api/events?dyad=ITA-JPN-USA", 400, "not a dyad"),
    ("/api/events?state=%00%FF", 400, "not an actor code"),
    ("/api/events?text=" + "x" * 300, 422, "text"),
    ("/api/moves?window=forever", 400, "window 'forever' is not a window"),
    ("/api/article/nope", 404, "no article 'nope'"),
    ("/article/..%2F..%2Fetc%2Fpasswd", 404, "no page at /article/../../etc/passwd"),
    ("/article/%27%20OR%201=1", 404, "no article"),
    ("/api/nowhere", 404, "no page at /api/nowhere"),
])
def test_bad_requests_get_a_clear_4xx(client, url, status, words):
    r = client.get(url)
    no_traceback(r)
    assert r.status_code == status, r.text
    assert words in (r.json()["error"] if url.startswith("/api") else html.unescape(r.text))


def test_odd_query_strings_are_answered(client):
    for qs in ("state=ITA&state=JPN", "limit=5&limit=6", "%%%", "text=%E2%80%AE%F0%9F%92%A3",
               "since=&until=&type=", "foo=bar", "a" * 2000):
        no_traceback(client.get("/api/events?" + qs))
        no_traceback(client.get("/?" + qs))


def test_bad_uploads_get_a_clear_4xx(client):
    huge = client.post("/api/extract", files={"file": ("big.txt", b"a " * EXTRACT_LIMIT)})
    assert huge.status_code == 413 and "MB" in huge.json()["error"]
    binary = client.post("/api/extract",
                         files={"file": ("x.pdf", bytes(range(256)) * 40, "application/pdf")})
    assert binary.status_code == 415 and "binary" in binary.json()["error"]
    latin = client.post("/api/extract", files={"file": ("l.txt", "Caf\xe9 " .encode("latin-1")
                                                        * 50)})
    # a latin-1 file is decoded (charset detection), then refused for what it is: not English
    assert latin.status_code == 400 and "not in English" in latin.json()["error"]
    empty = client.post("/api/extract", data={"text": "   "})
    assert empty.status_code == 400 and "nothing to extract" in empty.json()["error"]
    date = client.post("/api/extract", data={"text": "x", "published": "2024-99-99"})
    assert date.status_code == 400 and "not a date" in date.json()["error"]
    def chunks():                                   # no Content-Length: counted as it comes
        boundary = b"--xyz\r\n"
        yield boundary + b'Content-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n'
        for _ in range(40):
            yield b"a " * 50_000
        yield b"\r\n--xyz--\r\n"
    chunked = client.post("/api/extract", content=chunks(),
                          headers={"content-type": "multipart/form-data; boundary=xyz"})
    assert chunked.status_code == 413 and "one article at a time" in chunked.json()["error"]
    big_page = client.post("/extract", files={"file": ("big.txt", b"a " * EXTRACT_LIMIT)})
    assert big_page.status_code == 413 and "<h1>413</h1>" in big_page.text
    page = client.post("/extract", files={"file": ("x.bin", b"\x00\x01" * 500)})
    assert page.status_code == 415 and "binary" in page.text and "<html" in page.text
    for r in (huge, binary, latin, empty, page):
        no_traceback(r)


def test_user_input_never_reaches_sql_as_text(client, corpus_store):
    db, _ = corpus_store
    before = analytics.stats(db)
    for evil in ("'; DROP TABLE clusters; --", "%' OR '1'='1", "x\\' OR 1=1 --"):
        r = client.get("/api/events", params={"text": evil})
        assert r.status_code == 200 and r.json() == []
        r = client.get("/api/events", params={"mode": evil})     # not a mode the table has
        assert r.status_code == 400 and "is not a mode" in r.json()["error"]
        no_traceback(client.get("/api/events", params={"state": evil}))
        no_traceback(client.get("/api/article/" + evil))
    assert analytics.stats(db) == before
    web = ROOT / "src" / "entente" / "web"
    code = "\n".join(p.read_text() for p in web.glob("*.py"))
    assert not re.search(r"import duckdb|\.execute\(|\bSELECT\b|\bINSERT\b", code)


def test_a_missing_store_is_a_503_that_says_how_to_make_one(tmp_path):
    with TestClient(create_app(str(tmp_path / "none.duckdb"))) as c:
        r = c.get("/api/events")
        assert r.status_code == 503 and "entente ingest" in r.json()["error"]
        assert c.get("/").status_code == 503


def test_the_server_binds_to_loopback_unless_told(monkeypatch):
    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"
    calls = []
    monkeypatch.setattr("entente.web.serve", lambda db, **kw: calls.append((db, kw)))
    out = CliRunner().invoke(main, ["serve", "--db", "x.duckdb"])
    assert out.exit_code == 0, out.output
    assert calls == [("x.duckdb", {"host": "127.0.0.1", "port": 8000, "allow_ingest": False})]
    assert "http://127.0.0.1:8000/" in out.output
    CliRunner().invoke(main, ["serve", "--db", "x.duckdb", "--host", "0.0.0.0",
                              "--allow-ingest"])
    assert calls[1][1]["host"] == "0.0.0.0" and calls[1][1]["allow_ingest"] is True


def test_the_pages_load_nothing_from_the_internet(client):
    html = "".join(client.get(u).text for u in ("/", "/state/JPN", "/dyad/ITA/JPN", "/network",
                                                 "/extract"))
    assert not re.findall(r'(?:src|href)="(?:https?:)?//', html)
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', html):
        assert client.get(asset).status_code == 200, asset
    assert client.get("/static/vendor/countries-110m.json").json()["type"] == "Topology"


def test_events_sharing_their_evidence_are_each_linked_from_the_text():
    text = "Title\n\nJapan, Italy and Britain agreed to build a fighter together."
    i = text.index("Japan")
    evs = [ArticleEvent(f"e{n}", None, kind, None, "occurred", "JPN", "Japan", "ITA", "Italy",
                        None, text[i:], i, len(text), "r", False)
           for n, kind in enumerate(("AGREE", "COOPERATE", "AGREE"))]
    spans = [Span("event", i, len(text), e.id) for e in evs] + \
        [Span("source", i, i + 5, "e0")]
    html = str(highlighted(Article("d", "Title", None, None, None, None, text, [], evs, [],
                                   spans)))
    for e in evs:
        assert f'href="#ev-{e.id}"' in html
    assert re.sub(r"<[^>]+>", "", html) == text
