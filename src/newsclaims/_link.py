"""Links: each figure to the quote or claim it lies in, hence to its speaker."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from newsclaims._types import Claim, Figure, Quote

__all__ = ["link_figures"]

# How many earlier claims to look back over for one that holds a figure:
# claims rarely nest, so the innermost holder is among the last few that
# start before the figure.
_LOOK_BACK = 8


def _with_link(f: Figure, quote: int | None, claim: int | None) -> Figure:
    """``f`` with its links; spelt out, as ``attrs.evolve`` costs several times more."""
    return Figure(
        text=f.text, start=f.start, end=f.end, value=f.value, low=f.low, high=f.high,
        kind=f.kind, unit=f.unit, unit_span=f.unit_span, qualifier=f.qualifier,
        qualifier_span=f.qualifier_span, vague=f.vague, quote=quote, claim=claim,
    )


def link_figures(
    figures: Sequence[Figure], quotes: Sequence[Quote], claims: Sequence[Claim]
) -> tuple[Figure, ...]:
    """``figures`` with ``quote``/``claim`` set to the index of the item holding them.

    A figure belongs to a quote when it lies inside one of the quote's parts
    (not in the attribution between two parts), and to the innermost claim
    whose content holds it.  Quotes and claims are in text order, so each
    figure costs two binary searches.

    >>> q = Quote(text="3 people", start=1, end=9, spans=((1, 9),))
    >>> f = Figure(text="3", start=1, end=2, value=3.0)
    >>> link_figures([f], [q], [])[0].quote
    0
    """
    parts = sorted((s, e, qi) for qi, q in enumerate(quotes) for s, e in q.spans)
    part_starts = [p[0] for p in parts]
    claim_starts = [c.start for c in claims]
    out = []
    for f in figures:
        quote = None
        i = bisect.bisect_right(part_starts, f.start) - 1
        if i >= 0 and f.end <= parts[i][1]:
            quote = parts[i][2]
        claim = None
        best = None
        j = bisect.bisect_right(claim_starts, f.start) - 1
        for k in range(j, max(-1, j - _LOOK_BACK), -1):
            c = claims[k]
            if c.start <= f.start and f.end <= c.end and (best is None or c.end - c.start < best):
                claim, best = k, c.end - c.start
        out.append(f if quote is None and claim is None else _with_link(f, quote, claim))
    return tuple(out)
