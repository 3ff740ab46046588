"""Rendering Documents for people (rich tables) and programs (JSON, JSONL, CSV)."""
from __future__ import annotations

import csv
import json
from typing import Iterable, TextIO

from .records import Document

CSV_COLUMNS = ["document", "published", "event_id", "type", "mode", "status", "source",
               "source_sector", "target", "target_sector", "date", "date_precision",
               "location", "confidence", "group", "rule", "evidence", "evidence_start",
               "evidence_end", "background", "retells"]


def to_dict(doc: Document, key: str | None = None) -> dict:
    """The output contract; with ``key`` (the store's id: the content hash), the document's
    ``id`` is it and ``name`` is the input's own id (file stem or JSONL "id"), as in the
    store."""
    out = doc.to_dict()
    if key:
        meta = out["document"]
        out["document"] = {"id": key, "name": meta["id"],
                           **{k: v for k, v in meta.items() if k != "id"}}
    return out


def to_json(doc: Document, key: str | None = None) -> str:
    return json.dumps(to_dict(doc, key), ensure_ascii=False, indent=2)


def to_jsonl(doc: Document, key: str | None = None) -> str:
    return json.dumps(to_dict(doc, key), ensure_ascii=False)


def csv_rows(doc: Document, key: str | None = None) -> Iterable[list]:
    for e in doc.events + doc.background:
        yield [key or doc.id, doc.metadata.published, e.id, e.type, e.mode, e.status,
               e.source.code if e.source else None, e.source.sector if e.source else None,
               e.target.code if e.target else None, e.target.sector if e.target else None,
               e.date, e.date_precision, e.location, e.confidence, e.group, e.rule,
               e.evidence.text, e.evidence.start, e.evidence.end, e.background, e.retells]


def write_csv_header(out: TextIO) -> None:
    csv.writer(out).writerow(CSV_COLUMNS)


def write_csv(doc: Document, out: TextIO, key: str | None = None) -> None:
    from .analytics.export import safe_cell
    w = csv.writer(out)
    for row in csv_rows(doc, key):
        w.writerow([safe_cell(v) for v in row])


def table(doc: Document, console, key: str | None = None) -> None:
    """Print one document as a table of events and a table of quotes.

    Only the evidence and quote columns wrap, so the table stays readable at any width.
    Dimmed rows are events the article does not claim happened (hypothetical or negated).
    """
    m = doc.metadata
    meta = " · ".join(x for x in (m.outlet, m.published, m.author, m.dateline,
                                  f"id {key}" if key else None) if x)
    console.print(f"[bold]{m.title or m.id}[/bold]  [dim]{meta}[/dim]")
    if doc.events:
        rows = []
        for e in doc.events:
            src = f"{e.source.code} {e.source.sector or ''}".strip() if e.source else "-"
            tgt = f"{e.target.code} {e.target.sector or ''}".strip() if e.target else "-"
            rows.append({"event": e.type + (f"/{e.mode}" if e.mode else ""),
                         "status": e.status, "source → target": f"{src} → {tgt}",
                         "date": e.date or "", "evidence": _short(e.evidence.text)})
        rows_table(rows, console, wrap=("evidence",), dim="status")
    else:
        console.print("  [dim]no events[/dim]")
    if doc.background:
        n = len(doc.background)
        console.print(f"  [dim]background: {n} earlier event{'s' if n != 1 else ''} the story "
                      f"recalls, with {'their' if n != 1 else 'its'} own date{'s' if n != 1 else ''}"
                      f"[/dim]")
        rows_table([{"event": _event_label(e), "status": e.status,
                     "source → target": f"{e.source.code if e.source else '-'} → "
                                        f"{e.target.code if e.target else '-'}",
                     "date": e.date or "", "evidence": _short(e.evidence.text)}
                    for e in doc.background], console, wrap=("evidence",), dim="status")
    if doc.quotes:
        quotes = []
        for quote in doc.quotes:
            who = quote.speaker.name or "?"
            if quote.speaker.code:
                who += f" ({quote.speaker.code})"
            if quote.medium:
                who += f" via {quote.medium}"
            quotes.append({"speaker": who, "quote": quote.text})
        rows_table(quotes, console, wrap=("speaker", "quote"))
    console.print()


def _event_label(e) -> str:
    return e.type + (f"/{e.mode}" if e.mode else "")


def _short(text: str, n: int = 200) -> str:
    return text if len(text) <= n else text[:n - 3] + "..."


def event_rows(events) -> list[dict]:
    return [{"id": e.id, "date": e.date or (e.day.isoformat() if e.day else ""),
             "event": _event_label(e), "status": e.status,
             "source → target": f"{e.source or '-'} → {e.target or '-'}",
             "reports": e.reports, "evidence": _short(e.evidence),
             "sources": "; ".join(f"{s.outlet or s.title or s.document[:12]}"
                                  f"{' ' + s.published.isoformat() if s.published else ''}"
                                  for s in e.sources)} for e in events]


def tie_rows(ties) -> list[dict]:
    return [{"partner": t.partner, "name": t.name or "", "intensity": t.intensity,
             "previous": t.previous, "change": f"{t.change:+g}",
             "score": "" if t.score is None else f"{t.score:+.2f}", "events": t.events,
             "reports": t.reports, "first": t.first or "", "latest": t.latest or "",
             "stepping up": ("first tie" if t.first_tie else "yes") if t.stepping_up else ""}
            for t in ties.ties]


def timeline_rows(tl) -> list[dict]:
    """Months with events (the record keeps the empty ones too, for charts), and a row per
    year for the events dated only to the year ("2019", before that year's months)."""
    shown = sorted([m for m in tl.months if m.events] + list(tl.years), key=lambda m: m.month)
    return [{"month": m.month, "events": m.events, "reports": m.reports,
             "score": "" if m.score is None else f"{m.score:+.2f}",
             **{t: m.types.get(t, 0) for t in tl.types}} for m in shown]


def edge_rows(net) -> list[dict]:
    return [{"a": e.source, "b": e.target, "events": e.events, "reports": e.reports,
             "intensity": e.intensity, "cooperation": e.cooperation, "conflict": e.conflict,
             "score": "" if e.score is None else f"{e.score:+.2f}"} for e in net.edges]


def rows_csv(rows: list[dict], out: TextIO) -> None:
    from .analytics.export import safe_cell
    if not rows:
        return
    w = csv.writer(out)
    w.writerow(rows[0].keys())
    for r in rows:
        w.writerow([safe_cell(v) for v in r.values()])


def jsonl_records(records, data) -> list[dict]:
    """The lines of a jsonl output: each record of a list; of a Ties, Timeline or Network,
    each tie, month or edge (with the fields that say whose it is)."""
    if isinstance(data, list):
        return data
    for key, head in (("ties", ("country", "start", "end")), ("months", ("a", "b")),
                      ("edges", ())):
        if key in data:
            extra = [*data.get("years", [])] if key == "months" else []
            return [{**{h: data[h] for h in head}, **r} for r in data[key] + extra]
    return [data]


_MIN_WRAP = {"evidence": 24, "sources": 16, "quote": 30, "speaker": 16}


def rows_table(rows: list[dict], console, title: str | None = None,
               wrap: tuple[str, ...] = ("evidence", "sources", "name"),
               dim: str | None = None) -> None:
    """A table of ``rows``; columns named in ``wrap`` fold, the rest stay on one line and are
    never cut, headers included; rows whose ``dim`` column is not a claim status are dimmed,
    as `extract` dims them. When the console is too narrow for that (under about 120 columns
    for events), each row is printed as a short line with its long fields wrapped under it."""
    from rich import box
    from rich.table import Table

    if title:
        console.print(f"[bold]{title}[/bold]")
    if not rows:
        console.print("  [dim]nothing found[/dim]")
        return
    cols = list(rows[0])
    width = {c: max(len(c), *(len(str(r[c])) for r in rows)) if c not in wrap else
             max(len(c), _MIN_WRAP.get(c, 12)) for c in cols}
    if sum(width.values()) + 2 * (len(cols) - 1) > console.width:
        _rows_list(rows, console, wrap, dim)
        return
    t = Table(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False)
    for col in cols:
        if col in wrap:
            t.add_column(col, overflow="fold", min_width=width[col],
                         ratio=3 if col in ("evidence", "quote") else 1)
        else:
            t.add_column(col, no_wrap=True, min_width=width[col])
    for r in rows:
        style = "dim" if dim and r.get(dim) not in ("occurred", "planned") else ""
        t.add_row(*(str(v) for v in r.values()), style=style)
    console.print(t)


def _rows_list(rows: list[dict], console, wrap: tuple[str, ...], dim: str | None) -> None:
    from rich.markup import escape
    from rich.padding import Padding
    from rich.text import Text

    for r in rows:
        style = "dim" if dim and r.get(dim) not in ("occurred", "planned") else ""
        head = "  ".join(f"{escape(str(v))}" if k in ("id", "partner", "month", "a", "code",
                                                      "type", "group", "region")
                         else f"[bold]{escape(k)}[/bold] {escape(str(v))}"
                         for k, v in r.items() if k not in wrap and str(v) != "")
        console.print(head, style=style)
        for k in wrap:
            if str(r.get(k, "")):
                console.print(Padding(Text(f"{k}: {r[k]}", style=style), (0, 0, 0, 4)))
    console.print()


def stepping_up(ties, console) -> None:
    """The partners stepping up, each with the events and sentences behind it."""
    if not ties.stepping_up:
        console.print("[dim]No partner is stepping up in this window.[/dim]")
        return
    console.print(f"[bold]Stepping up[/bold] (intensity rose against {ties.previous_start} – "
                  f"{ties.start}, more cooperation than conflict; by first event)")
    for t in ties.stepping_up:
        what = "first tie" if t.first_tie else f"{t.previous:g} → {t.intensity:g}"
        console.print(f"  [bold]{t.partner}[/bold] {t.name or ''}: {what}, {t.events} events "
                      f"from {t.reports} reports, {t.first} – {t.latest}")
        for e in t.evidence:
            console.print(f"    {e.date or e.day}  {_event_label(e)} ({e.status})  "
                          f"{e.source} → {e.target}")
            console.print(f"      “{_short(e.evidence, 300)}”", style="italic")
            for s in e.sources:
                where = ", ".join(x for x in (s.outlet, s.title) if x) or s.origin or ""
                console.print(f"      [dim]{where} ({s.published or 'no date'})[/dim]")
