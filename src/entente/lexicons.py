"""Loading the project's data files, extended by the user's own.

Every lexicon is a CSV or YAML file in ``entente/data``. A user extends one by putting a file of
the same name (same columns) in the folder named by ``ENTENTE_LEXICON_DIR``: its rows are added
after the shipped ones (for YAML, its lists are appended and its mappings merged), so adding a
country, an office holder or a trigger word never needs a code change.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from . import config
from .errors import ConfigError


# libyaml's parser when PyYAML was built with it (ten times faster than the pure-Python one,
# which was a fifth of `entente extract`'s start-up); the same constructor and resolvers either way
_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):
    """YAML where only true/false are booleans: "on", "off" and "no" are words in a lexicon."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(
    r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def _user_file(name: str) -> Path | None:
    folder = config.get("lexicon_dir")
    if not folder:
        return None
    path = Path(folder) / name
    return path if path.is_file() else None


def _shipped(name: str) -> str:
    try:
        return resources.files("entente.data").joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"entente/data/{name} is missing; reinstall entente") from None


def split(field: str | None) -> list[str]:
    """A multi-valued field: values separated by '|'."""
    return [v.strip() for v in (field or "").split("|") if v.strip()]


@lru_cache(maxsize=None)
def load_csv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of data file ``name`` (shipped rows first, then the user's), as dicts."""
    texts = [(f"entente/data/{name}", _shipped(name))]
    user = _user_file(name)
    if user:
        texts.append((str(user), user.read_text(encoding="utf-8")))
    rows: list[dict[str, str]] = []
    for origin, text in texts:
        reader = csv.DictReader(text.splitlines())
        for n, row in enumerate(reader, 2):
            if None in row:
                raise ConfigError(f"{origin}:{n}: more fields than the header has; quote "
                                  f"fields that contain commas")
            rows.append({k: (v or "").strip() for k, v in row.items()})
    return tuple(rows)


@lru_cache(maxsize=None)
def load_yaml(name: str) -> Any:
    """Data file ``name`` parsed as YAML, merged with the user's file of the same name."""
    data = yaml.load(_shipped(name), Loader=_Loader)
    user = _user_file(name)
    if user:
        try:
            extra = yaml.load(user.read_text(encoding="utf-8"), Loader=_Loader)
        except yaml.YAMLError as exc:
            raise ConfigError(f"{user}: not valid YAML ({exc})") from None
        data = _merge(data, extra)
    return data


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for k, v in extra.items():
            out[k] = _merge(base[k], v) if k in base else v
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + extra
    return extra if extra is not None else base


def frame_words(key: str) -> frozenset[str]:
    """The lower-case words listed under ``key`` in data/frames.yaml: the verbs and nouns that
    play a part around a trigger ("traded fire" goes both ways, "drew criticism from X" is X's
    reaction), extended by a user's file of the same name."""
    data = load_yaml("frames.yaml") or {}
    if key not in data:
        raise ConfigError(f"frames.yaml: no list '{key}'; add it (a list of words) to your "
                          f"own frames.yaml, or remove that file to use the shipped one")
    return frozenset(str(w).lower() for w in data[key] or [])
