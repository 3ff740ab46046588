"""Plain records: what every analytics function returns, and how it becomes JSON."""
from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date
from typing import Any


def plain(value: Any) -> Any:
    """Dataclasses, lists and dates -> dicts, lists and ISO strings (JSON-ready)."""
    if is_dataclass(value):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 4)
    return value


class Record:
    """Mixin for the frozen dataclasses the analytics return."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return plain(self)
