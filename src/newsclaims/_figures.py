"""Figures: numbers with what they count, their bounds and their kind.

Placeholder until the figures layer lands: finds no figures yet.
"""

from __future__ import annotations

from newsclaims._segment import TextView
from newsclaims._types import Figure

__all__ = ["find_figures"]


def find_figures(view: TextView) -> tuple[Figure, ...]:
    """Figures of ``view`` in text order, not yet linked to quotes or claims."""
    del view
    return ()
