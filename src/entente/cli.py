"""The command line: each command parses options and calls the library."""
from __future__ import annotations

import json
import sys

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
def extract(paths: tuple[str, ...], published: str | None, fmt: str | None, raw: bool) -> None:
    """Extract events and quotes from PATHS (.txt, .html, .jsonl files, folders, or - for
    standard input)."""
    from dataclasses import replace

    from .ingest import iter_inputs
    from .pipeline import Pipeline
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
    out = _console()
    failed = total = 0
    docs = []
    if fmt == "csv":
        render.write_csv_header(sys.stdout)
    for item in pipe.extract_many(inputs, keep_all=raw):
        total += 1
        if isinstance(item, InputError):
            failed += 1
            click.echo(f"entente: {item}", err=True)
            continue
        if fmt == "table":
            render.table(item, out)
        elif fmt == "jsonl":
            sys.stdout.write(render.to_jsonl(item) + "\n")
        elif fmt == "csv":
            render.write_csv(item, sys.stdout)
        else:
            docs.append(item.to_dict())
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


def run() -> None:
    try:
        main()
    except EntenteError as exc:
        click.echo(f"entente: {exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    run()
