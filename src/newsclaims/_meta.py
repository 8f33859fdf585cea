"""Metadata: dateline, agency, byline, headline and dates.

Placeholder until the metadata layer lands: finds nothing yet.
"""

from __future__ import annotations

import datetime as dt

import attrs

from newsclaims._segment import TextView
from newsclaims._types import Dateline, DateMention, Span

__all__ = ["Metadata", "find_metadata"]


@attrs.frozen(kw_only=True)
class Metadata:
    """What the metadata layer found (see the fields of the same name on Article)."""

    dateline: Dateline | None = None
    agency: Span | None = None
    headline: Span | None = None
    byline: Span | None = None
    dates: tuple[DateMention, ...] = ()


def find_metadata(
    view: TextView, *, published: dt.date | None = None, headline: str | None = None
) -> Metadata:
    """Dateline, credits, headline and dates of ``view``."""
    del view, published, headline
    return Metadata()
