"""Country codes for the bundled world map: its shapes carry ISO 3166 numeric ids (world-atlas,
from Natural Earth), the store alpha-3 codes."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=None)
def numeric_codes() -> dict[str, str]:
    """ISO 3166 numeric id ('392') -> alpha-3 code ('JPN'), for every country pycountry knows."""
    import pycountry
    return {c.numeric: c.alpha_3 for c in pycountry.countries}
