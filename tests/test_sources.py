"""News as it comes: URLs for extract and ingest (with the page's own metadata), and the
documents inside web archives (WARC, WARC.gz) and tables (CSV, Parquet)."""
from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest
from click.testing import CliRunner

from entente.analytics import failures, stats
from entente.cli import main
from entente.errors import InputError
from entente.ingest import iter_inputs
from entente.ingest.runner import Ingester
from entente.store import read_connection

from .conftest import FIXTURES
from .localserver import fast_http, only_loopback, server  # noqa: F401  (fixtures)

WEB = FIXTURES / "web"
JAPAN = (WEB / "japan_italy_pact.html").read_bytes()
BALTIC = (WEB / "baltic_air_policing.html").read_bytes()


def run(*args):
    return CliRunner().invoke(main, list(args))


# --- URLs -------------------------------------------------------------------------------------

@pytest.mark.model
def test_extract_a_url_uses_the_pages_own_metadata(server, fast_http):  # noqa: F811
    r = run("extract", server.url("/web/japan_italy_pact.html"), "--format", "json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    doc = out["document"]
    assert (doc["published"], doc["author"], doc["outlet"]) == \
        ("2024-03-12", "Marta Colli", "Harbour Ledger")
    assert doc["url"] == server.url("/web/japan_italy_pact.html")
    assert any(e["source"]["code"] == "JPN" and e["target"]["code"] == "ITA"
               for e in out["events"])


@pytest.mark.model
def test_ingest_urls_stores_failures_by_url_goes_on_and_asks_conditionally(
        server, fast_http, tmp_path, pipeline):  # noqa: F811
    db = str(tmp_path / "urls.duckdb")
    urls = [server.url(p) for p in ("/web/japan_italy_pact.html", "/missing", "/loop-a",
                                    "/binary.html", "/french.html", "/huge-undeclared",
                                    "/web/baltic_air_policing.html", "/private/secret.html")]
    report = Ingester(db, pipeline=pipeline).run(urls)
    assert report.stored == 2 and len(report.failures) == 6
    got = {f.origin: f.reason for f in failures(db)}
    assert got == {urls[1]: "http-404", urls[2]: "redirects", urls[3]: "binary",
                   urls[4]: "not-english", urls[5]: "too-large", urls[7]: "robots"}
    with read_connection(db) as con:
        cached = dict(con.execute("SELECT url, etag FROM http_cache").fetchall())
    # validators of the pages that were read, stored or refused for their content (an
    # unchanged French page stays refused), never of pages that could not be fetched
    assert set(cached) == {urls[0], urls[4], urls[6]}
    again = Ingester(db, pipeline=pipeline).run([urls[0], urls[6]])
    assert again.skipped == 2 and again.stored == 0
    assert server.hits["/web/japan_italy_pact.html"] == 2       # asked twice, sent once (304)
    assert stats(db)["documents"] == 2


@pytest.mark.model
def test_ingest_command_takes_urls_and_exits_1_naming_the_failed_one(server, fast_http,
                                                                      tmp_path):  # noqa: F811
    db = str(tmp_path / "cli.duckdb")
    r = run("ingest", server.url("/web/baltic_air_policing.html"), server.url("/error"),
            "--db", db)
    assert r.exit_code == 1
    assert f"{server.url('/error')}: the server answered HTTP 500" in r.output
    assert "1 stored" in r.output and "1 failed" in r.output


def test_a_mistyped_url_is_not_read_as_a_file():
    item, = iter_inputs(["htp:/example"])
    assert isinstance(item, InputError) and "https://" in str(item)


# --- web archives -------------------------------------------------------------------------------

def write_warc(path, gz: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        records = [("http://news.test/japan-italy", "text/html; charset=utf-8", "200 OK", JAPAN),
                   ("http://news.test/logo.png", "image/png", "200 OK", b"\x89PNG\r\n\x1a\n"),
                   ("http://news.test/gone", "text/html", "404 Not Found", b"<p>gone</p>"),
                   ("http://news.test/blob", "text/html", "200 OK", b"\x00\x01\x02" * 500),
                   ("http://news.test/baltic", "text/html", "200 OK",
                    BALTIC.decode("utf-8").encode("utf-16"))]
        for uri, ctype, status, body in records:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                http_headers=headers))


@pytest.mark.parametrize("name,gz", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_a_warc_gives_its_html_pages_and_names_the_bad_ones(tmp_path, name, gz):
    path = tmp_path / name
    write_warc(path, gz)
    items = list(iter_inputs([str(path)]))
    docs = [i for i in items if not isinstance(i, InputError)]
    bad = [i for i in items if isinstance(i, InputError)]
    assert [d.url for d in docs] == ["http://news.test/japan-italy", "http://news.test/baltic"]
    assert "Poland received" in docs[1].html              # UTF-16 inside the archive
    assert [b.origin for b in bad] == [f"{path}#http://news.test/blob"]
    assert bad[0].reason == "binary"


def test_a_folder_with_a_warc_reads_it(tmp_path):
    write_warc(tmp_path / "crawl.warc.gz", True)
    assert sum(not isinstance(i, InputError) for i in iter_inputs([str(tmp_path)])) == 2


def test_a_damaged_warc_is_a_named_failure(tmp_path):
    path = tmp_path / "cut.warc.gz"
    write_warc(path, True)
    path.write_bytes(path.read_bytes()[:-200])
    items = list(iter_inputs([str(path)]))
    assert isinstance(items[-1], InputError) and str(path) in items[-1].origin


# --- tables -------------------------------------------------------------------------------------

def test_a_csv_with_a_text_column_gives_a_document_a_row(tmp_path):
    path = tmp_path / "articles.csv"
    with path.open("w", newline="", encoding="cp1252") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "title", "published", "text"])
        w.writerow(["a1", "Talks", "2024-02-01", "Japan and Italy held talks in Rome, the "
                                                  "ministers said. Café diplomacy."])
        w.writerow(["a2", "Empty", "", ""])
    items = list(iter_inputs([str(path)]))
    assert items[0].id == "a1" and items[0].published == "2024-02-01"
    assert "Café" in items[0].text                       # cp1252 detected
    assert isinstance(items[1], InputError) and items[1].origin == f"{path}:3"


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16"])
def test_a_csv_with_a_byte_order_mark_keeps_its_header(tmp_path, codec):
    path = tmp_path / "bom.csv"
    path.write_bytes("text,url\n\"Poland and Spain held drills, officials said.\",u1\n"
                     .encode(codec))
    item, = iter_inputs([str(path)])
    assert item.text.startswith("Poland and Spain") and item.url == "u1"


def test_a_table_without_a_text_column_says_which_columns_it_has(tmp_path):
    path = tmp_path / "wrong.csv"
    path.write_text("headline,body_text\nA,B\n")
    item, = iter_inputs([str(path)])
    assert "no 'text' or 'html' column" in str(item) and "body_text" in str(item)


def test_a_parquet_file_with_an_html_column(tmp_path):
    path = tmp_path / "pages.parquet"
    con = duckdb.connect()
    con.execute("CREATE TABLE t (url VARCHAR, html VARCHAR)")
    con.execute("INSERT INTO t VALUES (?, ?), (?, ?)",
                ["http://news.test/a", JAPAN.decode(), "http://news.test/b", None])
    con.execute("COPY t TO ? (FORMAT parquet)", [str(path)])
    con.close()
    items = list(iter_inputs([str(path)]))
    assert items[0].url == "http://news.test/a" and "Japan and Italy" in items[0].html
    assert isinstance(items[1], InputError) and items[1].origin == f"{path}:2"


# --- issue 11's refusals hold for the new inputs too -------------------------------------------

@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_a_table_row_whose_published_is_no_date_is_refused_with_its_row(tmp_path, suffix):
    path = tmp_path / f"dates{suffix}"
    con = duckdb.connect()
    con.execute("CREATE TABLE t (published VARCHAR, text VARCHAR)")
    con.execute("INSERT INTO t VALUES (?, ?), (?, ?)",
                ["2024-13-45", "Japan and Italy held talks in Rome.",
                 "2024-06-29", "Japan and Italy held talks in Tokyo."])
    fmt = "csv, HEADER" if suffix == ".csv" else "parquet"
    con.execute(f"COPY t TO ? (FORMAT {fmt})", [str(path)])
    con.close()
    bad, good = iter_inputs([str(path)])
    first_row = f"{path}:2" if suffix == ".csv" else f"{path}:1"
    assert isinstance(bad, InputError) and bad.origin == first_row
    assert "'2024-13-45', which is not a date" in str(bad)
    assert good.published == "2024-06-29"


@pytest.mark.parametrize("name", ["pipe.csv", "pipe.warc"])
def test_a_fifo_named_as_an_archive_is_refused_not_waited_on(tmp_path, name):
    import os
    fifo = tmp_path / name
    os.mkfifo(fifo)
    item, = iter_inputs([str(fifo)])         # returns at once: nothing opens the FIFO
    assert isinstance(item, InputError) and "not a regular file" in str(item)
