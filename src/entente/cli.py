"""The command line: each command parses options and calls the library."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from . import __version__
from .errors import ConfigError, EntenteError, InputError


def _console():
    from rich.console import Console
    console = Console(highlight=False)
    if not console.is_terminal:      # piped or under make: a width that fits a table
        console = Console(highlight=False, width=160)
    return console


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="entente")
def main() -> None:
    """entente: source-cited international security events from news articles."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", metavar="YYYY-MM-DD",
              help="Publication date, for documents whose page does not give one.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]),
              default=None, help="Output format (default: table on a terminal, else jsonl).")
@click.option("--raw", is_flag=True, help="Keep every line as article text (no furniture "
                                          "removal).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes extracting in parallel, each loading the model once (output "
                   "is the same, in input order).")
def extract(paths: tuple[str, ...], published: str | None, fmt: str | None, raw: bool,
            workers: int) -> None:
    """Extract events and quotes from PATHS (.txt, .html, .jsonl, .warc[.gz], .csv, .parquet
    files, folders, http(s) URLs, or - for standard input)."""
    from dataclasses import replace

    from collections import deque

    from .ingest import iter_inputs
    from .pipeline import Pipeline
    from .store.dedup import content_hash
    from . import render

    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    if published:
        _check_date(published)
    try:
        pipe = Pipeline()
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    inputs = (replace(x, published=x.published or published)
              if published and not isinstance(x, InputError) else x
              for x in iter_inputs(paths))
    # the store's id for each document (its content hash), so that extract and the store
    # name a document alike; the pipeline yields one item per input, in order
    ids: deque[str | None] = deque()

    def keyed(items):
        for x in items:
            ids.append(None if isinstance(x, InputError) else content_hash(x))
            yield x

    out = _console()
    failed = total = 0
    docs = []
    if fmt == "csv":
        render.write_csv_header(sys.stdout)
    for item in pipe.extract_many(keyed(inputs), keep_all=raw, workers=workers):
        total += 1
        key = ids.popleft()
        if isinstance(item, InputError):
            failed += 1
            click.echo(f"entente: {item}", err=True)
            continue
        if fmt == "table":
            render.table(item, out, key)
        elif fmt == "jsonl":
            sys.stdout.write(json.dumps(render.to_dict(item, key), ensure_ascii=False) + "\n")
        elif fmt == "csv":
            render.write_csv(item, sys.stdout, key)
        else:
            docs.append(render.to_dict(item, key))
    if fmt == "json" and docs:
        sys.stdout.write(json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False,
                                    indent=2) + "\n")
    if total > 1 and failed:
        click.echo(f"entente: {failed} of {total} documents failed; the rest were processed",
                   err=True)
    if failed:
        sys.exit(1)


@main.command("eval")
@click.argument("golds", nargs=-1, required=True)
@click.option("--report", "report_dir", type=click.Path(file_okay=False),
              help="Write Markdown, HTML and PNG reports with every miss into this folder.")
@click.option("--markdown", type=click.Path(dir_okay=False),
              help="Write the figures of all GOLDS as one Markdown file (docs/quality.md).")
def eval_(golds: tuple[str, ...], report_dir: str | None, markdown: str | None) -> None:
    """Score the pipeline against GOLDS: article gold (.json beside its article, or a folder
    of them) or sentence gold (.jsonl, e.g. the PLOVER gold standard)."""
    from pathlib import Path

    from .evaluate import evaluate
    from .evaluate.report import summary_markdown, write_report
    from .pipeline import Pipeline

    try:
        pipe = Pipeline()
        evals = [evaluate(g, pipe) for g in golds]
    except EntenteError as exc:
        raise click.ClickException(str(exc)) from None
    out = _console()
    for ev in evals:
        _print_eval(ev, out)
        for f in ev.failures:
            click.echo(f"entente: {f}", err=True)
        if report_dir:
            for path in write_report(ev, Path(report_dir)):
                out.print(f"  wrote {path}")
    if markdown:
        Path(markdown).parent.mkdir(parents=True, exist_ok=True)
        command = "entente eval " + " ".join(golds) + f" --markdown {markdown}"
        Path(markdown).write_text(summary_markdown(evals, command), encoding="utf-8")
        out.print(f"wrote {markdown}")


def _print_eval(ev, out) -> None:
    from rich import box
    from rich.table import Table

    out.print(f"[bold]{ev.name}[/bold]  {ev.documents} "
              f"{'sentences' if ev.kind == 'sentence' else 'documents'}")
    head = ev.headline()
    out.print("  " + "  ".join(f"{k}={v}" for k, v in head.items()))
    per = ev.articles.per_type() if ev.kind == "article" else ev.sentences.per_type()
    t = Table(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False)
    for col in ("type", "precision", "recall", "F1", "n"):
        t.add_column(col, justify="left" if col == "type" else "right")
    for name, v in per.items():
        n = v.get("support", v.get("tp", 0) + v.get("fn", 0))
        if n or v.get("fp"):
            t.add_row(name, f"{v['precision']:.2f}", f"{v['recall']:.2f}", f"{v['f1']:.2f}",
                      str(n))
    out.print(t)


def _check_date(value: str) -> None:
    from datetime import date
    try:
        date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date; use YYYY-MM-DD",
                                 param_hint="--published") from None


# --- the store and its analytics --------------------------------------------------------------

def _db_option(f):
    return click.option("--db", metavar="FILE|DIR", default=None,
                        help="The DuckDB store file (default: $ENTENTE_DB, else "
                             "entente.duckdb), or the folder of Parquet files `ingest --dask "
                             "--out DIR` wrote (read in place).")(f)


FORMATS = ["table", "json", "jsonl", "csv"]


def _list_format(f):
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
                        help="table for people; json is one document (the web API's), jsonl "
                             "one record a line; csv rows.")(f)


# The filters, with the same names and help on every command that has them.
_FILTERS = {
    "actor": click.option("--actor", metavar="CODE", help="Only events with this actor on "
                          "either side: a code or a name (JPN, EU, Japan; see `entente codes`)."),
    "region": click.option("--region", metavar="NAME", help="Only events with an actor in this "
                           "region, subregion or group (Europe, Eastern Asia, NATO, EU, ...)."),
    "type": click.option("--type", "type_", metavar="TYPE", help="Only events of this PLOVER "
                         "type, e.g. COOPERATE, or TYPE/mode as tables print it."),
    "mode": click.option("--mode", metavar="MODE", help="Only events of this mode, e.g. "
                         "\"port call\" (`entente codes modes` lists them)."),
    "since": click.option("--since", metavar="DATE", help="Only events on or after DATE "
                          "(YYYY[-MM[-DD]]); a date of 2024 or 2024-06 counts only when its "
                          "whole span is in the period."),
    "until": click.option("--until", metavar="DATE", help="Only events on or before DATE "
                          "(YYYY[-MM[-DD]]: --until 2024 takes in all of 2024)."),
}


def _filters(*names):
    def deco(f):
        for name in reversed(names):
            f = _FILTERS[name](f)
        return f
    return deco


def _db(db: str | None) -> str:
    from . import config
    return db or config.get("db")


def _library(fn, *args, **kwargs):
    """Call the library; its errors (which name the input and the fix) become CLI errors."""
    try:
        return fn(*args, **kwargs)
    except EntenteError as exc:
        raise click.ClickException(str(exc)) from None


def _check_output(path: str | None, option: str, suffixes: tuple[str, ...] = ()) -> None:
    """Refuse an output file that cannot be written before any work is done."""
    if not path:
        return
    from .analytics.export import writable
    if suffixes and Path(path).suffix.lower() not in suffixes:
        raise click.BadParameter(f"'{path}' has no known file type; end it in "
                                 f"{', '.join(suffixes)}", param_hint=option)
    try:
        writable(path)
    except EntenteError as exc:
        raise click.BadParameter(str(exc), param_hint=option) from None


def _emit(fmt: str, records, rows, title: str | None = None, dim: str | None = None) -> None:
    from . import render
    if fmt in ("json", "jsonl"):
        data = records.to_dict() if hasattr(records, "to_dict") else \
            [r.to_dict() for r in records]
        if fmt == "json":
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        else:
            for r in render.jsonl_records(records, data):
                sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        render.rows_csv(rows, sys.stdout)
    else:
        render.rows_table(rows, _console(), title=title, dim=dim)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_db_option
@click.option("--workers", type=click.IntRange(min=1, max=64), default=1, show_default=True,
              help="Processes that run the pipeline (each loads the model); one writes.")
@click.option("--batch-size", type=click.IntRange(min=1, max=100_000), default=32,
              show_default=True,
              help="Documents committed at a time: a kill loses at most one batch.")
@click.option("--published", metavar="YYYY-MM-DD",
              help="Publication date, for documents whose page does not give one.")
@click.option("--raw", is_flag=True, help="Keep every line as article text (no furniture "
                                          "removal).")
@click.option("--dask", "dask_spec", metavar="local[:N]|tcp://HOST:PORT", default=None,
              help="Run on a Dask cluster and write Parquet under --out instead of a store.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=None,
              help="With --dask: the folder of Parquet files (TABLE/month=YYYY-MM/...).")
@click.option("--partition-size", type=click.IntRange(min=1, max=100_000), default=16,
              show_default=True, help="With --dask: documents a task extracts and writes "
                                      "(bigger: fewer, larger files).")
def ingest(paths: tuple[str, ...], db: str | None, workers: int, batch_size: int,
           published: str | None, raw: bool, dask_spec: str | None,
           out_dir: str | None, partition_size: int) -> None:
    """Run PATHS (files, folders, .jsonl, web archives, tables, URLs, - for stdin) into the
    store. Running it again skips what is stored, so an interrupted run resumes."""
    if dask_spec or out_dir:
        if not (dask_spec and out_dir):
            raise click.UsageError("--dask and --out go together: --dask local:2 --out DIR")
        if published:
            _check_date(published)
        from .backfill import backfill
        try:
            r = backfill(paths, out_dir, cluster=dask_spec, chunk=partition_size,
                         published=published, keep_all=raw)
        except ValueError as exc:
            raise click.UsageError(str(exc)) from None
        except EntenteError as exc:
            raise click.ClickException(str(exc)) from None
        for f in r.failures:
            click.echo(f"entente: {f}", err=True)
        d = r.dataset
        click.echo(f"{r.documents} documents in {r.partitions} partitions: {r.stored} stored "
                   f"({r.events} event reports), {r.skipped} already stored, {r.duplicates} "
                   f"near-duplicates of stored articles, {r.failed} failed", err=True)
        click.echo(f"{out_dir}: {d.documents} documents, {d.clusters} events from {d.reports} "
                   f"reports, {d.duplicates} near-duplicates (query it with --db {out_dir}, "
                   f"or `entente merge {out_dir} --db FILE`)", err=True)
        if r.failed:
            sys.exit(1)
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, \
        TimeRemainingColumn

    from .analytics import stats
    from .ingest.runner import Ingester

    db = _db(db)
    if published:
        _check_date(published)
    ing = Ingester(db, workers=workers, batch_size=batch_size, published=published,
                   keep_all=raw)
    err = Console(stderr=True, highlight=False)
    bar = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("{task.description}"), TimeRemainingColumn(), console=err,
                   disable=not err.is_terminal)

    def update(r) -> None:
        bar.update(task, total=r.total, completed=r.done,
                   description=f"{r.stored} stored, {r.skipped} skipped, {r.failed} failed")

    interrupted = False
    with bar:
        task = bar.add_task("", total=None)
        try:
            _library(ing.run, paths, progress=update)
        except KeyboardInterrupt:
            interrupted = True
    r = ing.report
    for f in r.failures:
        click.echo(f"entente: {f}", err=True)
    if r.undated:
        shown = ", ".join(r.undated[:5]) + (" ..." if len(r.undated) > 5 else "")
        click.echo(f"entente: warning: {len(r.undated)} document(s) have no publication "
                   f"date ({shown}); their relative dates are unresolved. Give "
                   f"--published YYYY-MM-DD or a 'published' field", err=True)
    click.echo(f"{r.done} documents read: {r.stored} stored ({r.events} event reports), "
               f"{r.skipped} already stored, {r.duplicates} near-duplicates of stored "
               f"articles, {len(r.failures)} failed", err=True)
    s = _library(stats, db)
    click.echo(f"{db}: {s['documents']} documents, {s['events']} events from {s['reports']} "
               f"reports ({s['claims']} claims), {s['duplicates']} near-duplicates, "
               f"{s['failures']} failures", err=True)
    if interrupted:
        click.echo("entente: interrupted; what was extracted is stored. Run the same command "
                   "again to resume.", err=True)
        sys.exit(130)
    if r.failures:
        sys.exit(1)


@main.command()
@_filters("actor")
@click.option("--dyad", metavar="A-B", help="Only events between two actors, either "
                                            "direction, e.g. ITA-JPN.")
@_filters("type", "mode", "region")
@click.option("--status", type=click.Choice(["occurred", "planned", "hypothetical", "negated",
                                             "claims"]),
              help="Only events of this status; claims = occurred or planned.")
@_filters("since", "until")
@click.option("--limit", type=click.IntRange(min=0, max=1_000_000), default=50,
              show_default=True, help="At most this many events, newest first (0: all).")
@_db_option
@_list_format
def events(actor, dyad, type_, mode, region, status, since, until, limit, db, fmt) -> None:
    """Events (each reported once or many times) with their evidence and sources."""
    from . import analytics, render
    found = _library(analytics.events, _db(db), actor=actor, dyad=dyad, type=type_,
                     mode=mode, region=region, status=status, since=since, until=until,
                     limit=limit or None)
    _emit(fmt, found, render.event_rows(found), dim="status")


@main.command()
@click.argument("country")
@click.option("--region", metavar="NAME", help="Only partners in this region, subregion or "
                                               "group (Europe, Eastern Asia, NATO, EU, ...).")
@click.option("--since", metavar="DATE", help="Start of the window (default: the window "
                                              "that ends with the newest article).")
@click.option("--until", metavar="DATE", help="End of the window (inclusive); with --since "
                                              "the window runs from one to the other.")
@click.option("--window", default="12m", show_default=True,
              help="Window length: 12m, 6m, 90d, 2y. The previous window is as long.")
@_db_option
@_list_format
def ties(country, region, since, until, window, db, fmt) -> None:
    """COUNTRY's partners ranked by tie intensity, with the change against the previous window
    and the partners stepping up, each with the events behind it."""
    from . import analytics, render
    source = click.get_current_context().get_parameter_source("window")
    if since and until and source == click.core.ParameterSource.COMMANDLINE:
        raise click.UsageError("--since and --until give the window's both ends; drop "
                               "--window, or give --window with only one of them")
    t = _library(analytics.ties, _db(db), country, region=region, since=since, until=until,
                 window=window)
    end = date.fromordinal(t.end.toordinal() - 1)
    title = (f"{t.name or t.country} ({t.country}): ties {t.start} – {end}"
             f"{' in ' + t.region if t.region else ''} (previous window from "
             f"{t.previous_start})")
    _emit(fmt, t, render.tie_rows(t), title=title)
    if fmt == "table":
        render.stepping_up(t, _console())
        if t.imprecise:
            _console().print(f"[dim]{t.imprecise} event(s) dated only to a month or year "
                             f"that crosses a window's edge are counted in neither "
                             f"window.[/dim]")


PLOTS = (".png", ".svg", ".pdf")


@main.command()
@click.argument("a")
@click.argument("b")
@_filters("since", "until")
@click.option("--plot", "plot_file", type=click.Path(dir_okay=False),
              help="Also draw the timeline into this PNG, SVG or PDF file.")
@_db_option
@_list_format
def timeline(a, b, since, until, plot_file, db, fmt) -> None:
    """Monthly events between A and B by PLOVER type, with the cooperation-conflict score."""
    from . import analytics, render
    _check_output(plot_file, "--plot", PLOTS)
    tl = _library(analytics.timeline, _db(db), a, b, since=since, until=until)
    _emit(fmt, tl, render.timeline_rows(tl),
          title=f"{tl.a_name or tl.a} – {tl.b_name or tl.b}: events per month (claims, "
                f"each event once)")
    if plot_file:
        from .plot import timeline_chart
        _library(timeline_chart, tl, plot_file)
        click.echo(f"wrote {plot_file}", err=True)


@main.command()
@_filters("actor", "region", "type", "mode", "since", "until")
@click.option("--export", "export_fmt", type=click.Choice(["graphml", "gexf", "json"]),
              help="Write the network in this format (to --output, else standard output).")
@click.option("--output", type=click.Path(dir_okay=False), help="File for --export.")
@click.option("--plot", "plot_file", type=click.Path(dir_okay=False),
              help="Draw the network into this PNG, SVG or PDF file.")
@_db_option
@_list_format
def network(actor, region, type_, mode, since, until, export_fmt, output, plot_file, db,
            fmt) -> None:
    """The weighted network of ties between actors (for Gephi or networkx)."""
    from . import analytics, render
    from .analytics.network import export
    if output and not export_fmt:
        raise click.UsageError("--output is the file for --export; give --export graphml, "
                               "gexf or json too")
    _check_output(output, "--output")
    _check_output(plot_file, "--plot", PLOTS)
    net = _library(analytics.network, _db(db), since=since, until=until, type=type_,
                   actor=actor, region=region, mode=mode)
    if export_fmt:
        text = export(net, export_fmt)
        if output:
            Path(output).write_text(text, encoding="utf-8")
            click.echo(f"wrote {output}: {len(net.nodes)} actors, {len(net.edges)} ties",
                       err=True)
        else:
            sys.stdout.write(text + "\n")
    elif not plot_file:
        _emit(fmt, net, render.edge_rows(net), title=f"{len(net.nodes)} actors, "
                                                      f"{len(net.edges)} ties")
    if plot_file:
        from .plot import network_chart
        _library(network_chart, net, plot_file)
        click.echo(f"wrote {plot_file}", err=True)


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(["csv", "parquet", "json", "jsonl",
                                                    "polecat"]),
              required=True, help="One row per report; json is jsonl (one record a line); "
                                  "polecat: POLECAT's tab-separated columns, claims only.")
@click.option("--output", type=click.Path(dir_okay=False),
              help="File to write (default: standard output; parquet needs a file).")
@_filters("actor", "region", "type", "mode", "since", "until")
@_db_option
def export_(fmt, output, actor, region, type_, mode, since, until, db) -> None:
    """The event table, one row per report with its event cluster."""
    from .analytics import export
    if fmt == "parquet" and not output:
        raise click.UsageError("parquet is binary; give --output FILE.parquet")
    _check_output(output, "--output")
    n = _library(export, _db(db), "jsonl" if fmt == "json" else fmt, out=sys.stdout,
                 path=output, actor=actor, region=region, type=type_, mode=mode, since=since,
                 until=until)
    if output:
        click.echo(f"wrote {output}: {n} rows", err=True)


@main.command()
@click.argument("what", type=click.Choice(["types", "modes", "actors", "groups", "regions"]),
                required=False)
@click.option("--search", metavar="TEXT", help="Only entries whose code, name or definition "
                                               "holds TEXT (any case).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
              help="table for people; json, jsonl or csv for programs.")
def codes(what, search, fmt) -> None:
    """The codes entente writes and reads: PLOVER types and modes with their definitions,
    actor codes with their names, groups with their members, regions. Without WHAT, with
    --search: every kind that matches; without either: the PLOVER types."""
    from . import codes as table
    kinds = [what] if what else (["types", "modes", "actors", "groups", "regions"] if search
                                 else ["types"])
    found = 0
    for kind in kinds:
        rows = _library(table.listing, kind, search)
        if not rows:
            continue
        found += len(rows)
        if fmt == "table":
            from . import render
            render.rows_table(rows, _console(), title=kind,
                              wrap=("definition", "members", "aliases", "name"))
        elif fmt == "csv":
            from . import render
            render.rows_csv(rows, sys.stdout)
        elif fmt == "jsonl":
            for r in rows:
                sys.stdout.write(json.dumps({"kind": kind, **r}, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(json.dumps({kind: rows}, ensure_ascii=False, indent=2) + "\n")
    if not found:
        raise click.ClickException(f"nothing in {', '.join(kinds)} matches '{search}'; try a "
                                   f"shorter part of the name")


# --- news as it comes: feeds, and what was not stored --------------------------------------

@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--every", default="15m", show_default=True,
              help="Time between polls: 30s, 15m, 1h.")
@click.option("--once", is_flag=True, help="Poll each feed once and exit (for cron).")
@_db_option
@click.option("--raw", is_flag=True, help="Keep every line as article text (no furniture "
                                          "removal).")
def watch(sources: tuple[str, ...], every: str, once: bool, db: str | None, raw: bool) -> None:
    """Poll RSS/Atom feeds (SOURCES: feed URLs, feed files, or text files with one feed URL a
    line) and run each new item's page into the store, once. Keeps running; a kill loses no
    item, and a restart goes on where it stopped."""
    import signal
    from datetime import datetime

    from .ingest.watch import Watcher, parse_every

    try:
        seconds = parse_every(every)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--every") from None
    def log(line: str) -> None:
        click.echo(f"{datetime.now().isoformat(timespec='seconds')} {line}", err=True)

    watcher = Watcher(_db(db), sources, keep_all=raw)
    _library(watcher.ingester.load)
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))

    def report(r) -> None:
        log(r.line())

    try:
        if once:
            reports = _library(watcher.poll, report)
            if any(r.status == "failed" for r in reports):
                sys.exit(1)
            return
        log(f"watching {len(sources)} source(s) every {every} into {_db(db)}; "
                 f"Ctrl-C stops")
        _library(watcher.run, seconds, report, stop=lambda: bool(stopping))
    except KeyboardInterrupt:
        log("stopped; every item handled so far is stored")
        sys.exit(130)


@main.command()
@click.option("--reason", help="Only this reason (a tag such as http-404, or a prefix: http).")
@click.option("--limit", type=click.IntRange(min=0), default=0, help="At most this many "
                                                                       "(0: all).")
@_db_option
@_list_format
def failures(reason: str | None, limit: int, db: str | None, fmt: str) -> None:
    """Inputs that were not stored (files, URLs, feed items), with their source and why."""
    from . import analytics, render
    found = _library(analytics.failures, _db(db), reason=reason, limit=limit or None)
    rows = [f.to_dict() for f in found]
    if fmt == "table":
        render.rows_table(rows, _console(), title=f"{len(found)} failures",
                          wrap=("origin", "message"))
    else:
        _emit(fmt, found, rows)


@main.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--db", metavar="FILE", required=True, help="The new DuckDB store file.")
def merge(folder: str, db: str) -> None:
    """Load the Parquet dataset FOLDER (`ingest --dask --out FOLDER`) into a new store file."""
    from .store.dataset import merge as merge_dataset
    counts = _library(merge_dataset, folder, db)
    click.echo(f"{db}: {counts['documents']} documents, {counts['clusters']} events from "
               f"{counts['events']} reports, {counts['duplicates']} near-duplicates, "
               f"{counts['failures']} failures", err=True)


@main.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 opens the app to the network.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--allow-ingest", is_flag=True, help="Let the Extract page store what it "
                                                     "extracts (read-only otherwise).")
def serve(db, host, port, allow_ingest) -> None:
    """The web app and its JSON API over the store (API docs at /docs)."""
    from .web import serve as run_server
    click.echo(f"entente: serving {_db(db)} at http://{host}:{port}/ (Ctrl-C stops)", err=True)
    run_server(_db(db), host=host, port=port, allow_ingest=allow_ingest)


def run() -> None:
    try:
        main()
    except EntenteError as exc:
        click.echo(f"entente: {exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    run()
