"""Write the VOA stories of ../shared/corpora/voa/ as articles beside their gold.

The stories are public domain (Voice of America, a work of the US government); each keeps its
URL in SOURCES.md for credit. The split is fixed by the story id: a story whose id's SHA-1
ends in a digit below 6 (hex, about 3 in 8) is in test/, the rest in dev/. Test stories are
scored, never read while tuning rules.

    python examples/voa/make_voa.py [../shared/corpora/voa/stories.jsonl]
"""
from __future__ import annotations

import hashlib
import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parents[2] / "shared" / "corpora" / "voa" / "stories.jsonl"


def split_of(story_id: str) -> str:
    return "test" if hashlib.sha1(story_id.encode()).hexdigest()[-1] in "012345" else "dev"


def render(rec: dict) -> str:
    when = datetime.strptime(rec["published"][:10], "%Y-%m-%d")
    lines = [rec["title"], ""]
    if rec.get("author"):
        lines.append(f"By {rec['author']}")
    lines += [f"{when:%B} {when.day}, {when.year}", "", rec["text"].strip(), ""]
    return "\n".join(lines)


def main(source: Path = DEFAULT) -> None:
    credits = ["# Sources", "", "Voice of America stories, public domain (works of the US "
               "government), copied from `shared/corpora/voa/stories.jsonl`.", "",
               "| split | file | url |", "|---|---|---|"]
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        split = split_of(rec["id"])
        out = HERE / split / f"{rec['id']}.txt"
        out.parent.mkdir(exist_ok=True)
        out.write_text(render(rec), encoding="utf-8")
        credits.append(f"| {split} | {split}/{rec['id']}.txt | {rec['url']} |")
    (HERE / "SOURCES.md").write_text("\n".join(credits) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
