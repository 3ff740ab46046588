"""The shipped lexicon files: a list named twice in one YAML file is silently replaced by the
later one (the parser keeps the last), so a new list must never reuse an old list's name."""
from __future__ import annotations

import re
from collections import Counter
from importlib import resources

import pytest

DATA = resources.files("entente") / "data"


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.iterdir()
                                        if p.name.endswith(".yaml")))
def test_no_list_is_named_twice_in_a_lexicon_file(name):
    text = (DATA / name).read_text(encoding="utf-8")
    keys = re.findall(r"^([A-Za-z_][\w-]*):", text, re.M)
    assert [k for k, n in Counter(keys).items() if n > 1] == []
