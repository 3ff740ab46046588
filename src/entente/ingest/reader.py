"""Reading inputs: one file, a folder, a JSONL file of documents, or standard input."""
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


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def decode(data: bytes, origin: str) -> str:
    """Bytes -> text, refusing what is not a UTF-8 article.

    Raises EmptyInput, BinaryInput or EncodingError, each naming ``origin``.
    """
    if not data.strip():
        raise EmptyInput(origin, "the file is empty; give a file with article text")
    head = data[:8192]
    if b"\x00" in head or sum(b < 9 or 13 < b < 32 for b in head) > len(head) * 0.05:
        raise BinaryInput(origin, "this is a binary file, not text or HTML; "
                                  "give a .txt, .html or .jsonl file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingError(origin, f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset "
                                    f"{exc.start}); convert it first, e.g. "
                                    f"iconv -f latin1 -t utf-8") from None


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


def _expand(paths: Iterable[str]) -> Iterator[Path | str]:
    for p in paths:
        if p == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(f for f in path.rglob("*")
                           if f.is_file() and f.suffix.lower() in READABLE)
            if not found:
                yield f"!{p}"
            yield from found
        else:
            yield path


def iter_inputs(paths: Iterable[str], stdin: BinaryIO | None = None
                ) -> Iterator[RawDocument | InputError]:
    """Yield a RawDocument, or an InputError in its place, for every input named.

    ``paths`` holds files, folders (read for .txt, .html and .jsonl files) or ``-`` for stdin.
    """
    for item in _expand(paths):
        if item == "-":
            stream = stdin or sys.stdin.buffer
            try:
                data = _read_limited(stream, "<stdin>", config.get("max_bytes"))
                text = decode(data, "<stdin>")
            except InputError as exc:
                yield exc
                continue
            first = text.lstrip()[:1]
            if first == "{":
                yield from _jsonl_documents(text.splitlines(), "<stdin>")
            else:
                yield read_text(text, "<stdin>", "stdin")
            continue
        if isinstance(item, str):  # a folder with nothing readable
            yield InputError(item[1:], "no .txt, .html or .jsonl files in this folder")
            continue
        if not item.exists():
            yield InputError(str(item), "no such file; check the path")
            continue
        if item.suffix.lower() in JSONL_SUFFIXES:
            yield from _iter_jsonl(item)
            continue
        try:
            yield read_file(item)
        except InputError as exc:
            yield exc
