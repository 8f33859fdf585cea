"""Claims: attributed assertions in reported speech ("X said that …").

Placeholder until the claims layer lands: finds no claims yet.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclaims._segment import TextView
from newsclaims._types import Claim, Quote

__all__ = ["find_claims"]


def find_claims(view: TextView, quotes: Sequence[Quote]) -> tuple[Claim, ...]:
    """Reported claims of ``view``, in text order; ``quotes`` are linked by index."""
    del view, quotes
    return ()
