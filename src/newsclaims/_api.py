"""The pipeline: one pure function per layer over one immutable view.

segment → quotation marks → quotes → attribution → claims → figures →
metadata and dates → statements → links.  Each layer reads what the earlier
ones produced and adds typed items; none re-scans what another found.
"""

from __future__ import annotations

import datetime as dt

from newsclaims._attribution import attribute
from newsclaims._claims import find_claims
from newsclaims._figures import find_figures
from newsclaims._link import link_figures
from newsclaims._marks import scan_marks
from newsclaims._meta import find_metadata
from newsclaims._quotes import build_quotes
from newsclaims._segment import segment
from newsclaims._statements import find_statements
from newsclaims._types import Article

__all__ = ["parse_article"]


def _type_error(obj: object) -> str:
    hint = ""
    if isinstance(obj, (bytes, bytearray, memoryview)):
        hint = " (decode it first, e.g. data.decode('utf-8'))"
    return f"parse_article() needs a str, not {type(obj).__name__}{hint}"


def parse_article(
    text: str, *, published: dt.date | None = None, headline: str | None = None
) -> Article:
    """Find who said what, and with which numbers, in one news article.

    Args:
        text: the article text.  Every offset in the result points into this
            exact string.
        published: the publication date, against which relative dates
            ("last Tuesday") are resolved.
        headline: the headline, when it is not part of ``text``.

    Returns:
        The :class:`Article` with its quotes, claims, figures and metadata.

    Raises:
        TypeError: ``text`` is not a ``str`` (decode ``bytes`` first).

    >>> art = parse_article('“We will rebuild,” the mayor said.')
    >>> art.quotes[0].text
    'We will rebuild,'
    >>> art.quotes[0].speaker.text
    'the mayor'
    """
    if not isinstance(text, str):
        raise TypeError(_type_error(text))
    view = segment(text)
    scan = scan_marks(view)
    quotes, empty = build_quotes(view, scan)
    quotes = attribute(view, quotes)
    reported = find_claims(view, quotes)
    figures = find_figures(view)
    meta = find_metadata(view, published=published, headline=headline)
    statements = find_statements(view, figures, quotes, reported, meta)
    claims = tuple(sorted(reported + statements, key=lambda c: (c.start, c.end)))
    figures = link_figures(figures, quotes, claims)
    return Article(
        text=text,
        quotes=quotes,
        claims=claims,
        figures=figures,
        dates=meta.dates,
        unpaired_marks=tuple(sorted(scan.unpaired + empty)),
        paragraphs=view.paragraphs,
        dateline=meta.dateline,
        agency=meta.agency,
        headline=meta.headline,
        byline=meta.byline,
    )
