"""Writing a benchmark's Markdown section into docs/performance.md, in place."""
from __future__ import annotations

from pathlib import Path


def write_section(out: str, text: str, begin: str, end: str) -> None:
    """Replace the section between ``begin`` and ``end`` in the file ``out`` with ``text``
    (which carries both marks); a file without them gets the section before the store
    benchmark's, or at its end."""
    path = Path(out)
    old = path.read_text(encoding="utf-8")
    if begin in old and end in old:
        head, rest = old.split(begin, 1)
        new = head + text + rest.split(end, 1)[1]
    else:
        at = old.find("<!-- bench/store.py")
        new = (old[:at] + text + "\n\n" + old[at:]) if at >= 0 else \
            old.rstrip("\n") + "\n\n" + text + "\n"
    path.write_text(new, encoding="utf-8")
