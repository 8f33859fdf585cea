"""Statements: the article's own checkable numeric sentences as claims.

Placeholder until the figures layer lands: finds no statements yet.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclaims._meta import Metadata
from newsclaims._segment import TextView
from newsclaims._types import Claim, Figure, Quote

__all__ = ["find_statements"]


def find_statements(
    view: TextView,
    figures: Sequence[Figure],
    quotes: Sequence[Quote],
    claims: Sequence[Claim],
    meta: Metadata,
) -> tuple[Claim, ...]:
    """Claims of kind "statement" for sentences in the article's own voice."""
    del view, figures, quotes, claims, meta
    return ()
