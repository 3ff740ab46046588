"""Extraction in worker processes gives what one process gives, in input order."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from entente.cli import main
from entente.errors import InputError

from .conftest import CORPUS

pytestmark = pytest.mark.model


def test_extract_many_with_two_workers_equals_one_process_in_order(pipeline):
    from entente.ingest import read_file

    files = sorted(CORPUS.glob("*.txt"))[:9]
    items = [read_file(f) for f in files]
    items.insert(4, "   ")                                   # a failure in the middle
    items.append("Japan and Italy held talks in Tokyo on Monday about the fighter jet.")
    def same(out):     # an exception equals only itself: compare its kind and message
        return [(type(x).__name__, str(x)) if isinstance(x, InputError) else x for x in out]

    one = list(pipeline.extract_many(items))
    two = list(pipeline.extract_many(items, workers=2))
    assert same(two) == same(one)
    assert isinstance(two[4], InputError)
    assert [d.metadata.id for d in two if not isinstance(d, InputError)] == \
        [f.stem for f in files] + ["text-11"]


def test_workers_below_one_are_refused(pipeline):
    with pytest.raises(ValueError, match="at least 1"):
        list(pipeline.extract_many(["Japan and Italy held talks."], workers=0))


def test_cli_extract_with_workers_prints_what_one_process_prints(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(CORPUS.glob("*.txt"))[:5]:
        (folder / f.name).write_text(f.read_text())
    runner = CliRunner()
    one = runner.invoke(main, ["extract", str(folder), "--format", "jsonl"])
    two = runner.invoke(main, ["extract", str(folder), "--format", "jsonl", "--workers", "2"])
    assert one.exit_code == 0 and two.exit_code == 0, two.output
    assert two.output == one.output
    assert len([json.loads(line) for line in two.output.splitlines()]) == 5
