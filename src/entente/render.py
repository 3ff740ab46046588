"""Rendering Documents for people (rich tables) and programs (JSON, JSONL, CSV)."""
from __future__ import annotations

import csv
import io
import json
from typing import Iterable, TextIO

from .records import Document

CSV_COLUMNS = ["document", "published", "event_id", "type", "mode", "status", "source",
               "source_sector", "target", "target_sector", "date", "date_precision",
               "location", "confidence", "group", "rule", "evidence", "evidence_start",
               "evidence_end"]


def to_json(doc: Document) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False, indent=2)


def to_jsonl(doc: Document) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False)


def csv_rows(doc: Document) -> Iterable[list]:
    for e in doc.events:
        yield [doc.id, doc.metadata.published, e.id, e.type, e.mode, e.status,
               e.source.code if e.source else None, e.source.sector if e.source else None,
               e.target.code if e.target else None, e.target.sector if e.target else None,
               e.date, e.date_precision, e.location, e.confidence, e.group, e.rule,
               e.evidence.text, e.evidence.start, e.evidence.end]


def write_csv_header(out: TextIO) -> None:
    csv.writer(out).writerow(CSV_COLUMNS)


def write_csv(doc: Document, out: TextIO) -> None:
    w = csv.writer(out)
    for row in csv_rows(doc):
        w.writerow(row)


def table(doc: Document, console) -> None:
    """Print one document as a table of events and a table of quotes.

    Only the evidence and quote columns wrap, so the table stays readable at any width.
    Dimmed rows are events the article does not claim happened (hypothetical or negated).
    """
    from rich import box
    from rich.table import Table

    m = doc.metadata
    meta = " · ".join(x for x in (m.outlet, m.published, m.author, m.dateline) if x)
    console.print(f"[bold]{m.title or m.id}[/bold]  [dim]{meta}[/dim]")
    if doc.events:
        t = Table(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False)
        t.add_column("event", no_wrap=True)
        t.add_column("status", no_wrap=True)
        t.add_column("source → target", no_wrap=True)
        t.add_column("date", no_wrap=True)
        t.add_column("evidence", overflow="fold", min_width=30)
        for e in doc.events:
            src = f"{e.source.code} {e.source.sector or ''}".strip() if e.source else "-"
            tgt = f"{e.target.code} {e.target.sector or ''}".strip() if e.target else "-"
            ev = e.evidence.text if len(e.evidence.text) < 200 else e.evidence.text[:197] + "..."
            t.add_row(e.type + (f"/{e.mode}" if e.mode else ""), e.status, f"{src} → {tgt}",
                      e.date or "", ev, style="" if e.is_claim else "dim")
        console.print(t)
    else:
        console.print("  [dim]no events[/dim]")
    if doc.quotes:
        q = Table(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False)
        q.add_column("speaker", no_wrap=True)
        q.add_column("quote", overflow="fold", min_width=30)
        for quote in doc.quotes:
            who = quote.speaker.name or "?"
            if quote.speaker.code:
                who += f" ({quote.speaker.code})"
            if quote.medium:
                who += f" via {quote.medium}"
            q.add_row(who, quote.text)
        console.print(q)
    console.print()


def csv_string(docs: Iterable[Document]) -> str:
    buf = io.StringIO()
    write_csv_header(buf)
    for d in docs:
        write_csv(d, buf)
    return buf.getvalue()
