"""Charts of analytics records, written to PNG or SVG files with matplotlib (no display)."""
from __future__ import annotations

import math

from .analytics import Network, Timeline


def _pyplot():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    return plt


def timeline_chart(tl: Timeline, path: str) -> None:
    """Stacked monthly bars of events by PLOVER type, and the month's score as a line."""
    plt = _pyplot()
    months = [m.month for m in tl.months]
    fig, ax = plt.subplots(figsize=(min(14.0, max(6.0, 0.35 * len(months) + 2)), 4.2))
    bottom = [0] * len(months)
    cmap = plt.get_cmap("tab20")
    for i, typ in enumerate(tl.types):
        counts = [m.types.get(typ, 0) for m in tl.months]
        ax.bar(range(len(months)), counts, bottom=bottom, label=typ, color=cmap(i % 20))
        bottom = [b + c for b, c in zip(bottom, counts)]
    ax.set_ylabel("events (clusters)")
    step = max(1, math.ceil(len(months) / 36))
    ax.set_xticks(range(0, len(months), step))
    ax.set_xticklabels(months[::step], rotation=90, fontsize=7)
    ax2 = ax.twinx()
    xs = [i for i, m in enumerate(tl.months) if m.score is not None]
    # points, not a line: a month without events has no score to draw through
    ax2.plot(xs, [tl.months[i].score for i in xs], "ko", markersize=4, label="score")
    ax2.set_ylim(-1.05, 1.05)
    ax2.set_ylabel("cooperation - conflict score")
    ax2.axhline(0, color="grey", lw=0.5)
    ax.legend(loc="upper left", fontsize=7, ncol=2)
    ax.set_title(f"{tl.a_name or tl.a} – {tl.b_name or tl.b}: events per month")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def network_chart(net: Network, path: str, top: int = 60) -> None:
    """The ``top`` strongest actors on a circle, edges as wide as their intensity and coloured
    by score (red conflict, blue cooperation)."""
    plt = _pyplot()
    nodes = net.nodes[:top]
    keep = {n.id for n in nodes}
    pos = {n.id: (math.cos(2 * math.pi * i / max(len(nodes), 1)),
                  math.sin(2 * math.pi * i / max(len(nodes), 1))) for i, n in enumerate(nodes)}
    fig, ax = plt.subplots(figsize=(8, 8))
    cmap = plt.get_cmap("coolwarm_r")
    heaviest = max((e.intensity for e in net.edges), default=1) or 1
    for e in reversed(net.edges):
        if e.source in keep and e.target in keep:
            (x1, y1), (x2, y2) = pos[e.source], pos[e.target]
            ax.plot([x1, x2], [y1, y2], color=cmap(((e.score or 0) + 1) / 2),
                    lw=0.5 + 5 * e.intensity / heaviest, alpha=0.7, zorder=1)
    strongest = max((n.strength for n in nodes), default=1) or 1
    for n in nodes:
        x, y = pos[n.id]
        ax.scatter([x], [y], s=40 + 400 * n.strength / strongest, color="#444", zorder=2)
        ax.annotate(n.id, (x * 1.08, y * 1.08), ha="center", va="center", fontsize=8)
    ax.set_axis_off()
    ax.set_aspect("equal")
    what = f" ({net.type})" if net.type else ""
    ax.set_title(f"Ties between actors{what}: width = intensity, colour = score")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
