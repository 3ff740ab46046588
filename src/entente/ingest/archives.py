"""Many documents in one file: web archives (WARC, WARC.gz) and tables (CSV, Parquet).

Each yields a RawDocument per record or row, or an InputError in its place, so one bad record
never stops the file. A WARC's HTML responses are read as pages (other records, such as
requests, images and scripts, are not documents); a table needs a ``text`` or ``html`` column
and may have ``id``, ``title``, ``url``, ``published`` and ``outlet`` columns.
"""
from __future__ import annotations

import csv
import stat
import sys
from pathlib import Path
from typing import Iterator

from .. import config
from ..errors import EmptyInput, InputError, TooLarge
from ..records import RawDocument

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
TABLE_SUFFIXES = (".csv", ".parquet")
META_COLUMNS = ("title", "url", "published", "outlet")


def is_archive(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES + TABLE_SUFFIXES)


def iter_archive(path: Path) -> Iterator[RawDocument | InputError]:
    """The documents in a WARC, CSV or Parquet file."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            # a FIFO or a device would block or never end: only regular files are read
            yield InputError(str(path), "not a regular file (a pipe, socket or device); give "
                                        "a file, or - to read standard input")
            return
    except OSError as exc:
        yield InputError(str(path), f"cannot be read ({exc.strerror or exc})")
        return
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        yield from iter_warc(path)
    elif name.endswith(".csv"):
        yield from iter_csv(path)
    else:
        yield from iter_parquet(path)


def iter_warc(path: Path) -> Iterator[RawDocument | InputError]:
    """The HTML (and plain-text) responses of a WARC file, each named ``path#URL``."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from .reader import decode, looks_like_html

    origin = str(path)
    limit = config.get("max_bytes")
    n = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type not in ("response", "resource"):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                http = record.http_headers
                if http is not None and not (http.get_statuscode() or "").startswith("2"):
                    continue
                ctype = (http.get_header("Content-Type") if http is not None else
                         record.rec_headers.get_header("Content-Type")) or ""
                mime = ctype.split(";")[0].strip().lower()
                if mime and not (mime.startswith("text/") or "html" in mime):
                    continue            # images, scripts, styles: not documents
                n += 1
                where = f"{origin}#{uri or n}"
                data = record.content_stream().read(limit + 1)
                if len(data) > limit:
                    yield TooLarge(where, f"this record is larger than the {limit / 1e6:.1f} MB "
                                          f"limit for one document")
                    continue
                encoded = http is not None and (http.get_header("Content-Encoding") or
                                                http.get_header("Transfer-Encoding"))
                if not encoded and 0 < len(data) < record.payload_length:
                    yield InputError(where, f"the record is cut short ({len(data)} of "
                                            f"{record.payload_length} bytes): the archive is "
                                            f"damaged or incomplete")
                    continue
                if not data.strip():
                    continue            # an empty answer (a redirect's body): not a document
                charset = None
                if "charset=" in ctype.lower():
                    charset = ctype.lower().split("charset=")[1].split(";")[0].strip(' "\'')
                try:
                    text = decode(data, where, declared=charset)
                except InputError as exc:
                    yield exc
                    continue
                doc_id = f"{path.name.split('.')[0]}-{n}"
                if "html" in mime or looks_like_html(text):
                    yield RawDocument(id=doc_id, origin=where, html=text, url=uri or None)
                else:
                    yield RawDocument(id=doc_id, origin=where, text=text, url=uri or None)
    except ArchiveLoadFailed as exc:
        yield InputError(origin if not n else f"{origin}#record-{n + 1}",
                         f"not a readable WARC file ({str(exc).strip()[:120]}); check that it "
                         f"is a complete .warc or .warc.gz")
    except (OSError, EOFError) as exc:
        yield InputError(origin, f"the archive is damaged or cut short after {n} documents "
                                 f"({exc}); the documents before it were read")


def _row_document(row: dict, where: str, default_id: str, column: str
                  ) -> RawDocument | InputError:
    from .reader import check_published, read_text
    body = row.get(column)
    if body is None or not str(body).strip():
        return EmptyInput(where, f"the '{column}' column is empty in this row")
    body = str(body)
    if len(body.encode("utf-8", "surrogatepass")) > config.get("max_bytes"):
        return TooLarge(where, "this row is larger than the limit for one document")
    meta = {k: (str(row[k]) if row.get(k) not in (None, "") else None) for k in META_COLUMNS}
    try:        # a date that is not one would undate every event of the article
        meta["published"] = check_published(meta["published"], where)
    except InputError as exc:
        return exc
    doc_id = str(row.get("id") or default_id)
    if column == "html":
        return RawDocument(id=doc_id, origin=where, html=body, **meta)
    return read_text(body, where, doc_id, **meta)


def _text_column(columns, origin: str) -> str | InputError:
    lower = {str(c).lower(): c for c in columns}
    for name in ("html", "text"):
        if name in lower:
            return lower[name]
    return InputError(origin, f"no 'text' or 'html' column (it has: "
                              f"{', '.join(map(str, columns)) or 'none'}); rename the column "
                              f"that holds the article")


def iter_csv(path: Path) -> Iterator[RawDocument | InputError]:
    """Rows of a CSV file with a header, streamed; the encoding is detected on the file's first
    megabyte as for a text file."""
    import codecs

    from .reader import detect
    origin = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield InputError(origin, f"cannot be read ({exc.strerror or exc})")
        return
    with fh:
        head = fh.read(1_000_000)
        try:
            encoding = detect(head, origin, head=len(head) == 1_000_000)[1]
        except InputError as exc:
            yield exc
            return
        fh.seek(0)
        text = codecs.getreader(encoding)(fh)
        csv.field_size_limit(min(sys.maxsize, 2 ** 31 - 1))
        n = 1
        try:
            reader = csv.DictReader(text)
            column = _text_column(reader.fieldnames or [], origin)
            if isinstance(column, InputError):
                yield column
                return
            for n, row in enumerate(reader, 2):
                row = {str(k).lower(): v for k, v in row.items() if k is not None}
                yield _row_document(row, f"{origin}:{n}", f"{path.stem}-{n}", column.lower())
        except csv.Error as exc:
            yield InputError(f"{origin}:{n + 1}", f"not a readable CSV row ({exc}); check the "
                                                  f"quoting; the rows before it were read")
        except UnicodeDecodeError:
            yield InputError(f"{origin}:{n + 1}", f"the file changes encoding after row {n} "
                                                  f"(it began as {encoding}); convert it to "
                                                  f"UTF-8 first; the rows before were read")


def iter_parquet(path: Path) -> Iterator[RawDocument | InputError]:
    """Rows of a Parquet file, read through DuckDB a thousand at a time."""
    import duckdb
    origin = str(path)
    try:
        # no extension is fetched or loaded: entente never reaches the network on its own
        con = duckdb.connect(config={"autoinstall_known_extensions": False,
                                     "autoload_known_extensions": False})
        rel = con.execute("SELECT * FROM read_parquet(?)", [origin])
    except duckdb.Error as exc:
        yield InputError(origin, f"not a readable Parquet file ({str(exc).splitlines()[0]})")
        return
    try:
        columns = [d[0] for d in rel.description]
        column = _text_column(columns, origin)
        if isinstance(column, InputError):
            yield column
            return
        names = [c.lower() for c in columns]
        n = 0
        while True:
            rows = rel.fetchmany(1000)
            if not rows:
                break
            for values in rows:
                n += 1
                row = dict(zip(names, values))
                yield _row_document(row, f"{origin}:{n}", f"{path.stem}-{n}", column.lower())
    finally:
        con.close()
