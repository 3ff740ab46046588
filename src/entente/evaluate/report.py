"""Evaluation reports: a Markdown summary, and a folder with Markdown, HTML and PNG plots."""
from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from ..records import EVENT_TYPES
from . import Evaluation
from .score import NONE

GSR_ATTRIBUTION = ("PLOVER gold-standard records: openeventdata/PLOVER, CC BY-SA 4.0.")


def _share(n: int, total: int) -> str:
    # one decimal: 218/273 is 79.9%, not the "80%" a target of 80% asks for
    return f"{n}/{total} ({100 * n / total:.1f}%)" if total else "-"


def summary_markdown(evals: list[Evaluation], command: str) -> str:
    """The figures of several evaluations, for docs/quality.md."""
    lines = ["# Quality", "", f"Measured on {date.today().isoformat()} with `{command}`.", ""]
    arts = [e for e in evals if e.kind == "article"]
    if arts:
        lines += ["## Articles", "",
                  "F1 of claims (occurred or planned) on (source, target, type), by the rules of "
                  "`../shared/tools/score_events.py`; violations are claims on passages the "
                  "gold marks negated, hypothetical or page furniture.", "",
                  "| gold set | documents | precision | recall | F1 | status acc. | date acc. "
                  "| violations | quotes found | right speaker |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for e in arts:
            s = e.articles.summary()
            lines.append(f"| {e.name} | {e.documents} | {s['precision']:.3f} | "
                         f"{s['recall']:.3f} | {s['f1']:.3f} | {s['status_acc']:.3f} | "
                         f"{s['date_acc']:.3f} | {s['violations']} | "
                         f"{_share(e.quotes_found, e.quotes_total)} | "
                         f"{_share(e.quotes_right, e.quotes_total)} |")
        lines.append("")
        for e in arts:
            lines += [f"### Per type: {e.name}", "", _type_table(e.articles.per_type()), ""]
    for e in (x for x in evals if x.kind == "sentence"):
        s = e.sentences.summary()
        lines += [f"## Sentences: {e.name}", "",
                  f"{s['sentences']} sentences, one coded event each. Event-type macro F1 "
                  f"**{s['type_macro_f1']:.3f}** (type accuracy {s['type_accuracy']:.3f}); "
                  f"(source, target, type) micro F1 **{s['dyad_micro_f1']:.3f}** (precision "
                  f"{s['dyad_precision']:.3f}, recall {s['dyad_recall']:.3f}).", "",
                  "Two readings of entente's claims: the sentence's main event (the claim "
                  "highest in the parse, with its group), and every claim it makes in the "
                  "sentence, where extra or wrong claims beside the gold event count as false "
                  "positives.", "",
                  "| reading | type macro F1 | (source, target, type) F1 | dyad precision | "
                  "dyad recall |", "|---|---:|---:|---:|---:|",
                  f"| main event | {s['type_macro_f1']:.3f} | {s['dyad_micro_f1']:.3f} | "
                  f"{s['dyad_precision']:.3f} | {s['dyad_recall']:.3f} |",
                  f"| every claim | {s['every_type_macro_f1']:.3f} | "
                  f"{s['every_dyad_micro_f1']:.3f} | {s['every_dyad_precision']:.3f} | "
                  f"{s['every_dyad_recall']:.3f} |", "",
                  "Per type, main event:", "",
                  "| type | gold sentences | precision | recall | F1 |",
                  "|---|---:|---:|---:|---:|"]
        for t, v in e.sentences.per_type().items():
            lines.append(f"| {t} | {v['support']} | {v['precision']:.3f} | {v['recall']:.3f} "
                         f"| {v['f1']:.3f} |")
        lines += ["", GSR_ATTRIBUTION, ""]
    return "\n".join(lines) + "\n"


def _type_table(per: dict) -> str:
    rows = ["| type | tp | fp | fn | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|---:|"]
    for t, v in per.items():
        rows.append(f"| {t} | {v['tp']} | {v['fp']} | {v['fn']} | {v['precision']:.3f} | "
                    f"{v['recall']:.3f} | {v['f1']:.3f} |")
    return "\n".join(rows)


def write_report(ev: Evaluation, folder: Path) -> list[Path]:
    """Markdown, HTML and PNG plots for one evaluation, with every miss and false claim."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = ev.name.replace("/", "_").replace(".", "_")
    pngs = _plots(ev, folder, stem)
    md = [summary_markdown([ev], f"entente eval {ev.name} --report {folder}")]
    md += [f"![confusion matrix]({p.name})" for p in pngs]
    md.append("")
    if ev.kind == "article":
        t = ev.articles
        md += ["## Misses", "", "| document | type | source → target | status | date | "
               "evidence |", "|---|---|---|---|---|---|"]
        md += [f"| {d} | {g.type} | {g.src} → {g.tgt} | {g.status} | {g.date} | "
               f"{_cell(g.evidence)} |" for d, g in t.misses]
        md += ["", "## False claims", "", "| document | kind | type | source → target | "
               "status | date | evidence |", "|---|---|---|---|---|---|---|"]
        md += [f"| {d} | {k} | {p.type} | {p.src} → {p.tgt} | {p.status} | {p.date} | "
               f"{_cell(p.evidence)} |" for d, p, k in t.false_claims]
    else:
        md += ["## Sentences coded wrongly", "", "| id | gold | ours | gold dyads | our dyads "
               "| sentence |", "|---|---|---|---|---|---|"]
        md += [f"| {r['id']} | {r['gold']} | {r['pred']} | {r['gold_dyads']} | "
               f"{r['pred_dyads']} | {_cell(r['text'])} |" for r in ev.sentences.rows
               if r["gold"] != r["pred"] or not r["dyad_tp"]]
        md += ["", "## Claims beside the gold event (every-claim reading)", "",
               "Each claim here matches no gold dyad: a wrong type, a wrong pair, or a second "
               "event the gold does not code.", "",
               "| id | gold | gold dyads | unmatched claims | sentence |", "|---|---|---|---|---|"]
        md += [f"| {r['id']} | {r['gold']} | {r['gold_dyads']} | {r['extra_claims']} | "
               f"{_cell(r['text'])} |" for r in ev.sentences.rows if r["extra_claims"]]
        md += ["", GSR_ATTRIBUTION]
    text = "\n".join(md) + "\n"
    md_path = folder / f"{stem}.md"
    md_path.write_text(text, encoding="utf-8")
    html_path = folder / f"{stem}.html"
    html_path.write_text(_html(text, ev.name), encoding="utf-8")
    return [md_path, html_path, *pngs]


def _cell(s: str) -> str:
    return " ".join(s.split()).replace("|", "\\|")[:300]


def _html(markdown: str, title: str) -> str:
    """A plain HTML rendering of our own Markdown (tables, headings, images, paragraphs)."""
    out, table = [], False
    for line in markdown.splitlines():
        if line.startswith("|"):
            cells = [c.strip().replace("\\|", "|") for c in line.strip("|").split(" | ")]
            if set(line) <= set("|-: "):
                continue
            tag = "th" if not table else "td"
            if not table:
                out.append("<table>")
                table = True
            out.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in cells)
                       + "</tr>")
            continue
        if table:
            out.append("</table>")
            table = False
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            out.append(f"<h{level}>{html.escape(line.lstrip('# '))}</h{level}>")
        elif line.startswith("!["):
            src = line[line.index("(") + 1:-1]
            out.append(f'<p><img src="{html.escape(src)}" alt="plot"></p>')
        elif line.strip():
            out.append(f"<p>{html.escape(line)}</p>")
    if table:
        out.append("</table>")
    style = ("body{font-family:sans-serif;max-width:72rem;margin:2rem auto}table{border-collapse:"
             "collapse}td,th{border:1px solid #ccc;padding:.2rem .4rem;font-size:.85rem;"
             "vertical-align:top}img{max-width:100%}")
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}"
            f"</title><style>{style}</style></head><body>{''.join(out)}</body></html>")


def _plots(ev: Evaluation, folder: Path, stem: str) -> list[Path]:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    if ev.kind == "article":
        per = ev.articles.per_type()
        confusion = ev.articles.confusion
    else:
        per = ev.sentences.per_type()
        confusion = ev.sentences.confusion
    labels = list(EVENT_TYPES) + [NONE]
    idx = {t: i for i, t in enumerate(labels)}
    grid = [[0] * len(labels) for _ in labels]
    for (g, p), n in confusion.items():
        if g in idx and p in idx:
            grid[idx[g]][idx[p]] += n
    fig, ax = plt.subplots(figsize=(9, 8))
    ax.imshow(grid, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels, rotation=90)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlabel("predicted ( - : none)")
    ax.set_ylabel("gold ( - : none)")
    for i, row in enumerate(grid):
        for j, n in enumerate(row):
            if n:
                ax.text(j, i, str(n), ha="center", va="center", fontsize=7,
                        color="white" if n > max(map(max, grid)) / 2 else "black")
    ax.set_title(f"Types: {ev.name}")
    fig.tight_layout()
    conf_path = folder / f"{stem}_confusion.png"
    fig.savefig(conf_path, dpi=110)
    plt.close(fig)
    types = [t for t in per if per[t].get("support", per[t].get("tp", 0) + per[t].get("fn", 0))
             or per[t].get("fp")]
    fig, ax = plt.subplots(figsize=(9, 4))
    xs = range(len(types))
    ax.bar([x - 0.2 for x in xs], [per[t]["precision"] for t in types], 0.4, label="precision")
    ax.bar([x + 0.2 for x in xs], [per[t]["recall"] for t in types], 0.4, label="recall")
    ax.set_xticks(list(xs), types, rotation=60)
    ax.set_ylim(0, 1)
    ax.legend()
    ax.set_title(f"Per type: {ev.name}")
    fig.tight_layout()
    bars_path = folder / f"{stem}_per_type.png"
    fig.savefig(bars_path, dpi=110)
    plt.close(fig)
    return [conf_path, bars_path]
