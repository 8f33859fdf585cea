"""The pipeline: one pure function per layer over one immutable view.

segment → quotation marks → quotes → the cast of people and organisations →
attribution → claims → figures →
metadata and dates → statements → links.  Each layer reads what the earlier
ones produced and adds typed items; none re-scans what another found.
"""

from __future__ import annotations

import datetime as dt

from newsclaims._attribution import attribute, find_frames, frame_speakers
from newsclaims._cast import build_cast
from newsclaims._claims import find_claims
from newsclaims._confidence import Trace
from newsclaims._dates import coerce_published, scan_dates
from newsclaims._errors import InputTooLongError
from newsclaims._figures import find_figures
from newsclaims._headline import attribute_headline
from newsclaims._link import link_figures
from newsclaims._marks import scan_marks
from newsclaims._meta import find_metadata
from newsclaims._quotes import build_quotes
from newsclaims._resolve import collect_speakers, resolve
from newsclaims._segment import segment
from newsclaims._statements import find_statements
from newsclaims._types import Article

__all__ = ["parse_article"]


def _type_error(obj: object) -> str:
    hint = ""
    if isinstance(obj, (bytes, bytearray, memoryview)):
        hint = " (decode it first, e.g. data.decode('utf-8'))"
    return f"parse_article() needs a str, not {type(obj).__name__}{hint}"


def _check_length(text: str, max_length: int | None) -> None:
    """Enforce the caller's limit before any work is done."""
    if max_length is None:
        return
    if isinstance(max_length, bool) or not isinstance(max_length, int):
        msg = f"max_length must be an int or None, not {type(max_length).__name__}"
        raise TypeError(msg)
    if max_length < 0:
        # A negative limit would refuse every text, the empty one included.
        msg = f"max_length must be 0 or more, not {max_length}"
        raise ValueError(msg)
    if len(text) > max_length:
        raise InputTooLongError(len(text), max_length)


def parse_article(
    text: str,
    *,
    published: dt.date | dt.datetime | str | None = None,
    headline: str | None = None,
    max_length: int | None = None,
) -> Article:
    """Find who said what, and with which numbers, in one news article.

    Args:
        text: the article text.  Every offset in the result points into this
            exact string.
        published: the publication date, against which relative dates
            ("last Tuesday") are resolved: a ``date``, a ``datetime`` or an
            ISO 8601 string ("2005-01-31").  Without it, the dateline's date
            serves when it gives a year; otherwise relative dates get no value.
        headline: the headline, when the caller has it apart from ``text``.
            It is kept in ``Article.headline_text``; ``Article.headline``
            spans it only if ``text`` starts with it.
        max_length: refuse texts longer than this many characters (code
            points); 0 or more.  None, the default, sets no limit: parsing
            time grows linearly with the length, so the limit is the
            caller's choice.

    Returns:
        The :class:`Article` with its quotes, claims, figures and metadata.

    Raises:
        TypeError: ``text`` is not a ``str`` (decode ``bytes`` first), or
            ``max_length`` is not an int, or ``published`` or ``headline``
            is of the wrong type.
        ValueError: ``published`` is a string but not an ISO 8601 date, or
            ``max_length`` is negative.
        InputTooLongError: ``max_length`` is set and ``text`` is longer.
            Never raised when ``max_length`` is None.

    >>> art = parse_article('“We will rebuild,” the mayor said.')
    >>> art.quotes[0].text
    'We will rebuild,'
    >>> art.quotes[0].speaker.text
    'the mayor'
    """
    return _parse(text, published=published, headline=headline, max_length=max_length)


def _parse(
    text: str,
    *,
    published: dt.date | dt.datetime | str | None = None,
    headline: str | None = None,
    max_length: int | None = None,
    trace: Trace | None = None,
) -> Article:
    """``parse_article``, with the evidence of each attribution put in ``trace``."""
    if not isinstance(text, str):
        raise TypeError(_type_error(text))
    _check_length(text, max_length)
    base = coerce_published(published)  # before any work: a bad date fails fast
    view = segment(text)
    scan = scan_marks(view)
    quotes, empty = build_quotes(view, scan)
    frames = find_frames(view, quotes)
    cast = build_cast(
        view,
        [span for q in quotes for span in q.spans],
        [(f.mention.start, f.mention.end) for f in frames if f.mention is not None],
    )
    quotes = attribute(view, quotes, frames, trace)
    quotes = attribute_headline(view, quotes, headline)
    reported = find_claims(view, quotes, frames)
    quotes, reported = resolve(quotes, reported, frame_speakers(view, frames), cast, trace=trace)
    date_hits = scan_dates(view)
    figures = find_figures(view)
    meta = find_metadata(
        view, published=base, headline=headline, date_hits=date_hits
    )
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
        headline_text=meta.headline_text,
        byline=meta.byline,
        credits=meta.credits,
        speakers=collect_speakers(quotes, claims),
    )
