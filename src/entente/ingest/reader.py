"""Reading inputs: files, folders, JSONL, web archives, tables, URLs, or standard input."""
from __future__ import annotations

import json
import re
import stat
import sys
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from .. import config
from ..errors import BinaryInput, EmptyInput, EncodingError, InputError, TooLarge
from ..records import RawDocument

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
READABLE = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]|$)")
# in a folder, web archives are read too (a crawl); tables only when named
FOLDER_ARCHIVES = (".warc", ".warc.gz")


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32-le"),
         (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe", "utf-16-le"),
         (b"\xfe\xff", "utf-16-be"))


# The encodings web pages use, commonest first (W3Techs); among candidates that read equally
# well, a short Western text is far likelier Windows-1252 than HP Roman-8.
_WEB = ("cp1252", "cp1251", "shift_jis", "euc_jp", "gb18030", "gbk", "euc_kr", "cp1250",
        "cp1256", "iso8859_2", "big5", "cp1253", "cp1254", "cp1255", "cp1257", "cp874",
        "koi8_r", "iso8859_15", "latin_1", "iso8859_7", "iso8859_9")


def _candidates(results) -> list[str]:
    """charset-normalizer's guesses, those that read as well as the best one first, ranked by
    how common they are on the web."""
    results = list(results)
    if not results:
        return []
    best = min(r.chaos for r in results)
    rank = {c: i for i, c in enumerate(_WEB)}
    ties = sorted((r for r in results if r.chaos <= best + 0.02),
                  key=lambda r: rank.get(r.encoding, len(rank)))
    # charset-normalizer leaves cp1252 out when cp1250 reads the same bytes alike
    names = [r.encoding for r in ties]
    if names and names[0] in ("cp1250", "iso8859_2") and "cp1252" not in names:
        names.insert(0, "cp1252")
    return names + [r.encoding for r in results if r not in ties]


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


_WHATWG_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
                "windows-1252", "cp1252", "x-cp1252"}


def meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag within its first 2 KB."""
    m = _META_CHARSET.search(data[:2048])
    return m.group(1).decode("ascii", "replace").lower() if m else None


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    return b"\x00" in head or sum(b < 9 or 13 < b < 32 for b in head) > len(head) * 0.05


def decode(data: bytes, origin: str, declared: str | None = None) -> str:
    """Bytes -> text: a byte-order mark first, then UTF-8, then ``declared`` (an HTTP or WARC
    charset) or the page's <meta charset>, then the encoding charset-normalizer detects.

    Raises EmptyInput, BinaryInput or EncodingError, each naming ``origin``.
    """
    return detect(data, origin, declared)[0]


def detect(data: bytes, origin: str, declared: str | None = None, head: bool = False
           ) -> tuple[str, str]:
    """(text, codec) as :func:`decode` reads them; ``head`` says ``data`` is the start of a
    longer file, so a character cut at its end is not an error."""
    for bom, codec in _BOMS:
        if data.startswith(bom):     # UTF-16 text is full of NUL bytes: it is text all the same
            try:
                text = data[len(bom):].decode(codec.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                raise EncodingError(origin, f"starts with a {codec} byte-order mark but does "
                                            f"not decode as {codec} ({exc.reason}); re-save "
                                            f"it as UTF-8") from None
            if not text.strip():
                break
            # the codec that reads the mark itself, for a caller that streams the whole file
            return text, codec if codec == "utf-8-sig" else codec[:6]
    if not data.strip() or (data.startswith(tuple(b for b, _ in _BOMS)) and
                            not data.lstrip(b"\xef\xbb\xbf\xff\xfe\x00").strip()):
        raise EmptyInput(origin, "the file is empty; give a file with article text")
    if declared and declared.lower().replace("_", "-").startswith(("utf-16", "utf-32")):
        try:
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    if _looks_binary(data):
        raise BinaryInput(origin, "this is a binary file, not text or HTML; "
                                  "give a .txt, .html or .jsonl file")
    # valid UTF-8 with non-ASCII bytes is UTF-8 whatever the label says (a page that declares
    # ISO-8859-1 and is UTF-8 is common; the other way round cannot decode)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc
        if head and exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            return data[:exc.start].decode("utf-8"), "utf-8"
    declared = declared or meta_charset(data)
    if declared and declared.lower().replace("_", "-") in _WHATWG_1252:
        declared = "cp1252"     # what browsers read these labels as (WHATWG Encoding)
    if declared:
        try:
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass        # a wrong label is common on the web: detect instead
    from charset_normalizer import from_bytes
    found = _candidates(from_bytes(data[:1_000_000]))
    for codec in found:
        try:
            return data.decode(codec), codec
        except (LookupError, UnicodeDecodeError):
            continue
    raise EncodingError(origin, f"not UTF-8 (byte 0x{data[first_bad.start]:02x} at offset "
                                f"{first_bad.start}) and no other encoding fits; convert it "
                                f"first, e.g. iconv -f latin1 -t utf-8") from None


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or \
        ("<body" in head and "</" in head)


def read_text(text: str, origin: str, doc_id: str, **meta: str | None) -> RawDocument:
    """Wrap decoded text as a RawDocument, deciding between plain text and HTML."""
    if looks_like_html(text):
        return RawDocument(id=doc_id, origin=origin, html=text, **meta)
    return RawDocument(id=doc_id, origin=origin, text=text, **meta)


def _read_limited(stream: BinaryIO, origin: str, limit: int) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(origin, f"larger than the {_mb(limit)} limit; split it, or raise "
                               f"ENTENTE_MAX_BYTES if it really is one article")
    return data


def check_published(value: str | None, origin: str, name: str = "'published'") -> str | None:
    """``value`` if it is an ISO date (YYYY-MM-DD, optionally with a time), else InputError.

    A date that is not one (2024-13-45) must never reach the store: it would override the
    page's own date line and undate every event of the article.
    """
    if value is None or not value.strip():     # an empty field is no date given
        return None
    v = value.strip()
    try:
        if not _ISO_DAY.match(v):       # 20240629 and 2024-W26 parse too, but read as no date
            raise ValueError(v)
        date.fromisoformat(v[:10])
        if len(v) > 10:
            datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(origin, f"{name} is {value!r}, which is not a date; give YYYY-MM-DD "
                                 f"(a time may follow, as in 2024-06-29T10:00:00Z), or leave "
                                 f"it out to take the page's own date") from None
    return v


def read_file(path: Path) -> RawDocument:
    """Read one .txt or .html file. Raises an InputError subclass naming the path."""
    origin = str(path)
    limit = config.get("max_bytes")
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # a FIFO or a device would block or never end: only regular files are read
            raise InputError(origin, "not a regular file (a pipe, socket or device); give a "
                                     "file, or - to read standard input")
        size = info.st_size
        if size > limit:
            raise TooLarge(origin, f"{_mb(size)} is larger than the {_mb(limit)} limit; split "
                                   f"it, or raise ENTENTE_MAX_BYTES if it is one article")
        with path.open("rb") as fh:
            data = _read_limited(fh, origin, limit)
    except OSError as exc:
        raise InputError(origin, f"cannot be read ({exc.strerror or exc})") from None
    text = decode(data, origin)
    if path.suffix.lower() in HTML_SUFFIXES:
        return RawDocument(id=path.stem, origin=origin, html=text)
    return read_text(text, origin, path.stem)


def _parse_jsonl_line(line: str, origin: str, n: int) -> RawDocument | InputError | None:
    if not line.strip():
        return None
    where = f"{origin}:{n}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(where, f"not valid JSON ({exc.msg}); one JSON object a line")
    if not isinstance(obj, dict) or not (obj.get("text") or obj.get("html")):
        return EmptyInput(where, "no 'text' or 'html' field; each line needs one of them")
    meta = {k: (str(obj[k]) if obj.get(k) is not None else None)
            for k in ("title", "url", "published", "outlet")}
    try:
        meta["published"] = check_published(meta["published"], where)
    except InputError as exc:
        return exc
    doc_id = str(obj.get("id") or f"{Path(origin).stem}-{n}")
    if obj.get("html"):
        return RawDocument(id=doc_id, origin=where, html=str(obj["html"]), **meta)
    return read_text(str(obj["text"]), where, doc_id, **meta)


def _jsonl_documents(lines: Iterable[str], origin: str) -> Iterator[RawDocument | InputError]:
    for n, line in enumerate(lines, 1):
        item = _parse_jsonl_line(line, origin, n)
        if item is not None:
            yield item


def _iter_jsonl(path: Path) -> Iterator[RawDocument | InputError]:
    """A JSONL corpus may be large: the size limit applies to each line, not the file."""
    origin = str(path)
    limit = config.get("max_bytes")
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            yield InputError(origin, "not a regular file (a pipe, socket or device); give a "
                                     "file, or - to read standard input")
            return
        fh = path.open("rb")
    except OSError as exc:
        yield InputError(origin, f"cannot be read ({exc.strerror or exc})")
        return
    with fh:
        for n, raw in enumerate(fh, 1):
            if len(raw) > limit:
                yield TooLarge(f"{origin}:{n}", f"this line is larger than the {_mb(limit)} "
                                                f"limit for one document")
                continue
            try:
                line = raw.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                yield EncodingError(f"{origin}:{n}", f"not UTF-8 (byte 0x{raw[exc.start]:02x} "
                                                     f"at column {exc.start}); convert the file "
                                                     f"to UTF-8 first")
                continue
            item = _parse_jsonl_line(line, origin, n)
            if item is not None:
                yield item


def readable_in_folder(f: Path) -> bool:
    return f.is_file() and (f.suffix.lower() in READABLE or
                            f.name.lower().endswith(FOLDER_ARCHIVES))


def _expand(paths: Iterable[str]) -> Iterator[Path | str]:
    from .fetch import is_url
    for p in paths:
        if p == "-" or is_url(p):
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(f for f in path.rglob("*") if readable_in_folder(f))
            if not found:
                yield f"!{p}"
            yield from found
        else:
            yield path


def iter_inputs(paths: Iterable[str], stdin: BinaryIO | None = None, fetcher=None
                ) -> Iterator[RawDocument | InputError]:
    """Yield a RawDocument, or an InputError in its place, for every input named.

    ``paths`` holds files (.txt, .html, .jsonl, .warc[.gz], .csv, .parquet), folders (read for
    .txt, .html, .jsonl and .warc files), http(s) URLs (fetched with ``fetcher``, a
    :class:`~entente.ingest.fetch.Fetcher`, made from the settings when not given) or ``-``
    for stdin.
    """
    from .archives import is_archive, iter_archive
    from .fetch import is_url
    own_fetcher = None
    try:
        for item in _expand(paths):
            if isinstance(item, str) and is_url(item):
                if fetcher is None:
                    from .fetch import Fetcher
                    fetcher = own_fetcher = Fetcher()
                try:
                    yield fetcher.document(item)
                except InputError as exc:
                    yield exc
                continue
            if item == "-":
                yield from _read_stdin(stdin)
                continue
            if isinstance(item, str):  # a folder with nothing readable
                yield InputError(item[1:], "no .txt, .html, .jsonl or .warc files in this "
                                           "folder")
                continue
            if not item.exists():
                yield InputError(str(item), "no such file; check the path (a web page needs "
                                            "its full address, https://...)")
                continue
            if item.suffix.lower() in JSONL_SUFFIXES:
                yield from _iter_jsonl(item)
                continue
            if is_archive(item):
                yield from iter_archive(item)
                continue
            try:
                yield read_file(item)
            except InputError as exc:
                yield exc
    finally:
        if own_fetcher is not None:
            own_fetcher.close()


def _read_stdin(stdin: BinaryIO | None) -> Iterator[RawDocument | InputError]:
    stream = stdin or sys.stdin.buffer
    try:
        data = _read_limited(stream, "<stdin>", config.get("max_bytes"))
        text = decode(data, "<stdin>")
    except InputError as exc:
        yield exc
        return
    first = text.lstrip()[:1]
    if first == "{":
        yield from _jsonl_documents(text.splitlines(), "<stdin>")
    else:
        yield read_text(text, "<stdin>", "stdin")
