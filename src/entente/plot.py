"""Charts of analytics records, written to PNG, SVG or PDF files with matplotlib (no display).

Every chart gives a PLOVER type the same colour (:data:`COLOURS`): cooperation in cool blues
and greens, conflict in warm reds and oranges, so that charts can be read side by side.
"""
from __future__ import annotations

import math
from pathlib import Path

from .analytics import Network, Timeline
from .errors import QueryError

SUFFIXES = (".png", ".svg", ".pdf")

# cooperation (verbal, then material) cool; conflict (verbal, then material) warm
COLOURS = {
    "AGREE": "#9ecae1", "CONSULT": "#4292c6", "SUPPORT": "#2171b5", "CONCEDE": "#084594",
    "COOPERATE": "#41ab5d", "AID": "#238b45", "RETREAT": "#74c476",
    "REQUEST": "#fdd0a2", "ACCUSE": "#fdae6b", "REJECT": "#fd8d3c", "THREATEN": "#f16913",
    "PROTEST": "#fc9272", "SANCTION": "#ef3b2c", "MOBILIZE": "#cb181d", "COERCE": "#a50f15",
    "ASSAULT": "#67000d",
}
GOLDEN = (math.sqrt(5) - 1) / 2


def _pyplot():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    return plt


def _check(path: str) -> None:
    if Path(path).suffix.lower() not in SUFFIXES:
        raise QueryError(f"{path}: a chart is written as {', '.join(SUFFIXES)}; end the file "
                         f"name in one of them")


def _save(fig, path: str) -> None:
    plt = _pyplot()
    try:
        fig.savefig(path)
    except OSError as exc:
        raise QueryError(f"{path}: cannot be written ({exc.strerror or exc}); give another "
                         f"file") from None
    finally:
        plt.close(fig)


def timeline_figure(tl: Timeline):
    """Stacked monthly bars of events by PLOVER type above the month's score (points on their
    own axis, with its zero line), the x-axis running from the first month to the last."""
    from matplotlib.ticker import MaxNLocator

    plt = _pyplot()
    months = [m.month for m in tl.months]
    n = max(len(months), 1)
    fig, (ax, ax2) = plt.subplots(2, 1, sharex=True, height_ratios=(3, 1),
                                  figsize=(min(14.0, max(6.0, 0.35 * n + 2)), 5.2))
    bottom = [0] * len(months)
    for typ in tl.types:
        counts = [m.types.get(typ, 0) for m in tl.months]
        ax.bar(range(len(months)), counts, bottom=bottom, label=typ,
               color=COLOURS.get(typ, "#999999"), width=0.8)
        bottom = [b + c for b, c in zip(bottom, counts)]
    ax.set_ylabel("events (clusters)")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlim(-0.6, n - 0.4)
    ax.set_ylim(0, max(bottom, default=0) + 1)
    xs = [i for i, m in enumerate(tl.months) if m.score is not None]
    # points, not a line: a month without events has no score to draw through
    ax2.axhline(0, color="grey", lw=0.6, label="zero: as much conflict as cooperation",
                zorder=1)
    ax2.plot(xs, [tl.months[i].score for i in xs], "ko", markersize=4,
             label="score (+1 cooperation, -1 conflict)", zorder=2)
    ax2.set_ylim(-1.1, 1.1)
    ax2.set_yticks([-1, 0, 1])
    ax2.set_ylabel("score")
    step = max(1, math.ceil(n / 36))
    ax2.set_xticks(range(0, len(months), step))
    ax2.set_xticklabels(months[::step], rotation=90, fontsize=7)
    ax.legend(loc="upper left", fontsize=7, ncol=2, title="PLOVER type", title_fontsize=7)
    ax2.legend(loc="lower left", fontsize=6)
    extra = sum(y.events for y in tl.years)
    note = f" ({extra} dated only to the year, not drawn)" if extra else ""
    ax.set_title(f"{tl.a_name or tl.a} – {tl.b_name or tl.b}: events per month{note}")
    fig.tight_layout()
    return fig


def timeline_chart(tl: Timeline, path: str) -> None:
    """Draw :func:`timeline_figure` into ``path`` (.png, .svg or .pdf); QueryError if not."""
    _check(path)
    _save(timeline_figure(tl), path)


def circle_positions(n: int) -> list[tuple[float, float]]:
    """Evenly spaced places on a circle for nodes ranked by strength. The k-th would go k golden
    turns round (the busiest then lie far apart, as the golden sequence spreads its first
    terms); each takes the slot of its rank among those turns, so the spacing stays even."""
    turns = [(k * GOLDEN) % 1 for k in range(n)]
    slot = {k: i for i, k in enumerate(sorted(range(n), key=turns.__getitem__))}
    return [(math.cos(2 * math.pi * slot[k] / n), math.sin(2 * math.pi * slot[k] / n))
            for k in range(n)]


def network_figure(net: Network, top: int = 60):
    """The ``top`` strongest actors on a circle, edges as wide as their intensity and coloured
    by score (red conflict, blue cooperation), with a colour scale."""
    from matplotlib.cm import ScalarMappable
    from matplotlib.colors import Normalize

    plt = _pyplot()
    nodes = net.nodes[:top]
    keep = {n.id for n in nodes}
    pos = dict(zip((n.id for n in nodes), circle_positions(len(nodes))))
    fig, ax = plt.subplots(figsize=(8.8, 8))
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
        ax.annotate(n.id, (x * 1.13, y * 1.13), ha="center", va="center", fontsize=8)
    bar = fig.colorbar(ScalarMappable(Normalize(-1, 1), cmap), ax=ax, shrink=0.6, pad=0.02)
    bar.set_label("tie score: -1 conflict, +1 cooperation")
    ax.set_xlim(-1.25, 1.25)
    ax.set_ylim(-1.25, 1.25)
    ax.set_axis_off()
    ax.set_aspect("equal")
    what = f" ({net.type})" if net.type else ""
    ax.set_title(f"Ties between actors{what}: width = intensity, colour = score, "
                 f"dot = strength")
    return fig


def network_chart(net: Network, path: str, top: int = 60) -> None:
    """Draw :func:`network_figure` into ``path`` (.png, .svg or .pdf); QueryError if not."""
    _check(path)
    _save(network_figure(net, top), path)
