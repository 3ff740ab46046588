"""An article's text as HTML, with its event, actor and quote spans marked in place.

The text is cut at every span boundary; each piece is wrapped in one element whose classes say
which kinds of span cover it and which links to the innermost record (an event's or a quote's
entry in the list beside the text). Everything from the text is escaped.
"""
from __future__ import annotations

from html import escape

from markupsafe import Markup

from ..analytics import Article

_ANCHOR = {"event": "ev", "source": "ev", "target": "ev", "quote": "q"}


def highlighted(art: Article) -> Markup:
    """The article's text as safe HTML with <a class="mark ..."> around every marked piece."""
    text = art.text
    cuts = sorted({0, len(text), *(s.start for s in art.spans), *(s.end for s in art.spans)})
    title_ids = {e.id for e in art.events if e.title_event}
    pieces = []
    for x, y in zip(cuts, cuts[1:]):
        over = [s for s in art.spans if s.start <= x and s.end >= y]
        inner = min((s for s in over if s.kind != "title"),
                    key=lambda s: s.end - s.start, default=None)
        pieces.append((x, y, over, inner))
    # events that share their evidence with another are linked by no piece of it (each piece
    # links its innermost mark): each gets a small link of its own where its evidence ends,
    # drawn by the style sheet so the text stays the article's
    linked = {inner.ref for *_, inner in pieces if inner is not None}
    unlinked = [s for s in art.spans if s.kind == "event" and s.ref not in linked]
    out = []
    for x, y, over, inner in pieces:
        piece = escape(text[x:y])
        if not over:
            out.append(piece)
        elif inner is None:
            out.append(f'<span class="mark title">{piece}</span>')
        else:
            kinds = sorted({s.kind for s in over})
            if any(s.kind == "event" and s.ref in title_ids for s in over):
                kinds.append("title-event")
            refs = " ".join(sorted({s.ref for s in over if s.kind != "title"}))
            out.append(f'<a class="mark {" ".join(kinds)}" data-refs="{escape(refs)}" '
                       f'href="#{_ANCHOR[inner.kind]}-{escape(inner.ref)}">{piece}</a>')
        for s in unlinked:
            if s.end == y:
                out.append(f'<a class="mark-more" href="#ev-{escape(s.ref)}" '
                           f'title="another event told here"></a>')
                linked.add(s.ref)
        unlinked = [s for s in unlinked if s.ref not in linked]
    return Markup("".join(out))
