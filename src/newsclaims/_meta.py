"""Metadata: headline, byline, dateline, agency, credit lines and dates.

Reads only the first three and the last two paragraphs for the furniture of
a story (headline, byline, dateline, credits), and hands the dates to
:mod:`newsclaims._dates`.  A headline the caller passes (``headline=``) is
not part of the text: it is kept as a string (``headline_text``) and gets a
span only when the text itself starts with it.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import attrs
import regex

from newsclaims._dates import (
    DAY,
    MONTHS,
    WEEKDAY_ANY,
    WEEKDAYS,
    YEAR,
    DateHit,
    find_dates,
    scan_dates,
)
from newsclaims._dates import MONTH as _MONTH_TEXT
from newsclaims._headline import find_headline, locate_headline
from newsclaims._lexicon import alternation, read_lines, word_set
from newsclaims._patterns import NAME
from newsclaims._segment import TextView
from newsclaims._types import Dateline, DateMention, Span

__all__ = ["AGENCIES", "Metadata", "find_metadata"]


def _agencies() -> dict[str, str]:
    """Every way an agency is written → its canonical name."""
    out: dict[str, str] = {}
    for line in read_lines("agencies.txt"):
        forms = [f.strip() for f in line.split("|")]
        for f in forms:
            out.setdefault(f, forms[0])
    return out


#: Agency names as written in credits and datelines → the canonical name.
AGENCIES: Final = _agencies()
_STOPWORDS: Final = word_set("dateline_stopwords.txt")
_CREDIT_CUES: Final = read_lines("credit_cues.txt")

# Agency names are not compiled into the patterns (an alternation of a
# hundred names costs more to compile than all the rest): the patterns take
# a short name-like run, and code looks it up in AGENCIES.
_NAMEISH: Final = r"\p{L}[\p{L}.&\-]{0,30}+(?:[ \u00a0]\p{L}[\p{L}.&\-]{0,30}+){0,3}+"
_MAX_AGENCY_WORDS: Final = max(len(a.split()) for a in AGENCIES)
_SP: Final = r"[ \u00a0]{1,3}+"

# A word of a place name: "KYIV", "New", "Port-au-Prince", "ST.".
_LOCWORD: Final = r"\p{Lu}[\p{L}\p{M}'’.\-]{0,24}+"
# Words that join the parts of a place name ("Rio de Janeiro") or two places
# ("KYIV/MOSCOW").
_LOCJOIN: Final = (
    r"(?:[ \u00a0](?:(?:de|da|del|do|dos|el|es|al|la|le|los|las|of|upon|on|am|an|der|sur)"
    r"[ \u00a0])?+|/)"
)
# The date of a dateline: "Nov 5", "Nov. 5, 2024", "5 November", "Tuesday",
# "Tuesday, Nov 5".  The day stands before or after the month: a
# conditional, so that the month alternation is written once.
_DL_MONTH_DAY: Final = rf"(?:(?P<dd>{DAY}){_SP})?+{_MONTH_TEXT}(?(dd)|{_SP}{DAY})"
_DL_DATE: Final = (
    rf"(?P<wdd>{WEEKDAY_ANY})?+(?(wdd)(?:,?+{_SP}{_DL_MONTH_DAY})?+|{_DL_MONTH_DAY})"
    rf"(?:,?+{_SP}{YEAR})?+"
)
# What separates a dateline from the story: a dash, a colon, ".-" (EFE) or
# a full stop after a date or an agency ("November 5. /TASS/.").
_DL_SEP: Final = r"(?P<sep>[ \u00a0]{0,2}+(?:[-–—]{1,2}+|:|\.-|\.)|)(?=[ \u00a0\t]|$)"

# A dateline at the start of the first body paragraph: a place, a date, and
# the agency in brackets or between slashes ("(Reuters)", "/TASS/"), a known
# name or a short capitalised one ("(CNN)").  Each part is optional but the
# place; the place-name words are possessive (a place name is never given
# back to what follows), and the whole match is bounded by the window it
# runs in.  A region after a comma ("SAN JOSE, Calif.") is neither a weekday
# nor followed by a day number ("KYIV, Nov 5").
_DATELINE: Final = regex.compile(
    rf"""
    (?P<loc>{_LOCWORD}(?:{_LOCJOIN}{_LOCWORD}){{0,4}}+
        (?:,{_SP}(?!{WEEKDAY_ANY})
            {_LOCWORD}(?:[ \u00a0]{_LOCWORD}){{0,2}}+
            (?![ \u00a0]{{1,3}}+[0-9])(?=[,( \u00a0:–—-]))?+)
    (?:[ \u00a0]?+\[[^\]\n]{{1,30}}+\])?+
    (?:,?+{_SP}(?P<date>{_DL_DATE}))?+
    (?:\.?+[ \u00a0]{{0,3}}+[(/](?P<ag>{_NAMEISH})[)/])?+
    {_DL_SEP}
    """,
    regex.VERBOSE,
)
# A dateline that is only the agency: "(CNN) — ".  The name is checked
# against the lexicon (or for capitals) in code.
_DATELINE_AGENCY: Final = regex.compile(rf"\((?P<ag>\p{{L}}[\p{{L}}.&\- ]{{1,30}}+)\){_DL_SEP}")
# "Name:" at the start of the second paragraph: a transcript, whose first
# "Name:" is a speaker label, not a dateline.
_LABEL: Final = regex.compile(r"\p{Lu}[\p{L}.'’ \-]{0,40}+:")

# A byline: "By Jane Doe", "By Jane Doe and John Roe, Associated Press",
# "By JANE DOE | Reuters".
_BYLINE: Final = regex.compile(
    rf"""
    (?i:by){_SP}
    (?P<names>{NAME}(?:(?:,{_SP}|{_SP}(?:and|&){_SP}){NAME}){{0,3}}+)
    (?:(?:,|[ \u00a0]?+[|–—-]){_SP}(?P<org>[^\n|]{{1,60}}+))?+
    $
    """,
    regex.VERBOSE,
)

# A credit line: "Reporting by …; Editing by …", "(With inputs from PTI)".
_CREDIT: Final = regex.compile(r"[(\[]?+(?i:" + alternation(_CREDIT_CUES)[3:] + r"\b")
_CREDIT_ANYWHERE: Final = regex.compile(r"(?i:contributed[ ]to[ ]this[ ]report)")
# A credit at the very end of the story: "(IANS)", "— PTI", "-- AFP".
_TRAILING_AGENCY: Final = regex.compile(
    rf"""
    (?:[(\[]|(?m:^)|[-–—]{{1,2}}+)[ \u00a0]?+
    (?P<a>{_NAMEISH})
    (?:[ \u00a0]?+[/,][ \u00a0]?+\p{{L}}[\p{{L}}.\-]{{1,20}}+){{0,2}}+   # "(PTI/IANS)"
    [)\]]?+[ \u00a0.]{{0,3}}+$
    """,
    regex.VERBOSE,
)
_WORDS: Final = regex.compile(r"\p{L}[\p{L}&\-]{0,30}+")


def _is_agency(name: str) -> bool:
    return name in AGENCIES


def _agency_like(name: str) -> bool:
    """A known agency, or a short name in capitals ("(CNN)", "(KUNA)")."""
    return name in AGENCIES or (
        2 <= len(name) <= 11 and name[0].isupper() and all(c.isupper() or c in ".&-" for c in name)
    )


def _find_agency(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first agency named between ``start`` and ``end`` (a short line)."""
    words = [m.span() for m in _WORDS.finditer(text, start, end)]
    for i in range(len(words)):
        for n in range(min(_MAX_AGENCY_WORDS, len(words) - i), 0, -1):
            s, e = words[i][0], words[i + n - 1][1]
            if text[s:e] in AGENCIES:
                return s, e
    return None


_DATELINE_WINDOW: Final = 160
# A "Place:" dateline opens a paragraph at least this long.
_COLON_MIN_PARAGRAPH: Final = 100
# A first line at most this long, in one sentence, may be a headline ending
# in a full stop when a dateline follows it.
_HEADLINE_MAX: Final = 200
_CREDIT_MAX: Final = 300


@attrs.frozen(kw_only=True)
class Metadata:
    """What the metadata layer found (see the fields of the same name on Article)."""

    dateline: Dateline | None = None
    agency: Span | None = None
    headline: Span | None = None
    headline_text: str | None = None
    byline: Span | None = None
    credits: tuple[Span, ...] = ()
    dates: tuple[DateMention, ...] = ()


def _span(text: str, s: int, e: int) -> Span:
    return Span(start=s, end=e, text=text[s:e])


def _dateline(view: TextView, index: int) -> Dateline | None:
    """The dateline at the start of paragraph ``index``, if there is one."""
    text = view.text
    ps, pe = view.paragraphs[index]
    window = min(pe, ps + _DATELINE_WINDOW)
    m = _DATELINE.match(text, ps, window)
    if m is None or m.end() == ps:
        m = _DATELINE_AGENCY.match(text, ps, window)
        if m is None:
            return None
        if not _agency_like(m.group("ag")):
            return None
        if not m.group("sep").strip():
            return None
        return Dateline(
            text=text[ps : m.end()],
            start=ps,
            end=m.end(),
            agency=_span(text, *m.span("ag")),
        )
    loc = m.group("loc")
    date = m.group("date")
    agency = m.group("ag")
    sep = m.group("sep").strip()
    if sep == "." and not (agency or date):
        return None
    if agency is not None and not _agency_like(agency):
        return None  # "In London (where it rained) -": brackets, not an agency
    if agency is not None and not sep and agency not in AGENCIES:
        return None  # "The UN (UNHCR) said": a bracketed acronym, not a wire credit
    if agency is None:
        if not sep:
            return None
        if date is None and sep in ("-", "–", "—", "--", "––", "——"):
            # "LONDON —": only a place in capitals, so "Meanwhile —" is no dateline.
            if loc.upper() != loc or sum(c.isalpha() for c in loc) < 2:
                return None
        elif date is None and not _colon_place(view, index, loc):
            return None
    end = m.end()
    return Dateline(
        text=text[ps:end],
        start=ps,
        end=end,
        location=_span(text, *m.span("loc")) if loc else None,
        date=_span(text, *m.span("date")) if date else None,
        agency=_span(text, *m.span("ag")) if agency else None,
    )


def _colon_place(view: TextView, index: int, loc: str) -> bool:
    """True when ``Place:`` opening paragraph ``index`` is a dateline."""
    low = loc.lower()
    words = low.split()
    if low in _STOPWORDS or words[0] in _STOPWORDS or len(words) > 4:
        return False
    if low in MONTHS or low in WEEKDAYS or loc.endswith("."):
        return False
    if index + 1 < len(view.paragraphs):
        ns, ne = view.paragraphs[index + 1]
        if _LABEL.match(view.text, ns, min(ne, ns + 44)):
            return False
    # "Poll: Clinton Leads In Ohio." is a headline: a dateline opens the
    # story's first paragraph, which runs long and is not in Title Case.
    ps, pe = view.paragraphs[index]
    if pe - ps < _COLON_MIN_PARAGRAPH:
        return False
    after = _WORDS.findall(view.text, ps + len(loc) + 1, min(pe, ps + len(loc) + 80))[:6]
    capitals = sum(w[0].isupper() for w in after)
    return not (len(after) >= 4 and capitals >= len(after) - 1)


def _short_line(view: TextView) -> bool:
    """True when the first paragraph is one short sentence and others follow."""
    if len(view.paragraphs) < 2:
        return False
    s, e = view.paragraphs[0]
    return e - s <= _HEADLINE_MAX and view.sentence_index(e - 1) == view.sentence_index(s)


def _byline(view: TextView, index: int) -> tuple[Span, Span | None] | None:
    """The byline at paragraph ``index`` (without "By") and its agency."""
    text = view.text
    ps, pe = view.paragraphs[index]
    if pe - ps > 160:
        return None
    m = _BYLINE.match(text, ps, pe)
    if m is None:
        return None
    byline = _span(text, m.start("names"), pe)
    # The organisation may follow a comma, like one more name ("…, Associated
    # Press"), so the agency is looked for in the whole byline.
    a = _find_agency(text, m.start("names"), pe)
    agency = _span(text, *a) if a is not None else None
    return byline, agency


def _credits(view: TextView, first_body: int) -> tuple[list[Span], Span | None]:
    """Credit lines among the last two paragraphs, and the agency they name."""
    text = view.text
    out: list[Span] = []
    agency: Span | None = None
    n = len(view.paragraphs)
    for i in range(max(first_body, n - 2), n):
        ps, pe = view.paragraphs[i]
        if pe - ps <= _CREDIT_MAX and (
            _CREDIT.match(text, ps, pe) or _CREDIT_ANYWHERE.search(text, ps, pe)
        ):
            out.append(_span(text, ps, pe))
            a = _find_agency(text, ps, pe)
            if a is not None:
                agency = _span(text, *a)
            continue
        if i == n - 1:
            t = _TRAILING_AGENCY.search(text, max(ps, pe - 80), pe)
            if t is not None and _is_agency(t.group("a")):
                out.append(_span(text, t.start(), pe))
                agency = _span(text, *t.span("a"))
    return out, agency


def _base_from_dateline(
    dateline: Dateline | None, dates: tuple[DateMention, ...]
) -> dt.date | None:
    """The dateline's date as a base, when it gives a full date."""
    if dateline is None or dateline.date is None:
        return None
    for d in dates:
        if d.start == dateline.date.start and not d.relative and d.granularity == "day" and d.value:
            return dt.date.fromisoformat(d.value)
    return None


def find_metadata(
    view: TextView,
    *,
    published: dt.date | None = None,
    headline: str | None = None,
    date_hits: tuple[DateHit, ...] | None = None,
) -> Metadata:
    """Headline, byline, dateline, agency, credits and dates of ``view``.

    Args:
        view: the segmented article.
        published: the publication date, the base of relative dates.
        headline: a headline the caller knows, which may or may not be the
            first line of the text.
        date_hits: the output of :func:`newsclaims._dates.scan_dates`, when
            an earlier layer already ran it.
    """
    paragraphs = view.paragraphs
    if not paragraphs:
        return Metadata(headline_text=headline if headline and headline.strip() else None)
    dateline = _dateline(view, 0)
    if headline is not None:
        head = locate_headline(view, headline)
        head_text: str | None = headline if headline.strip() else None
    else:
        head = find_headline(view)
        if head is not None and dateline is not None and (dateline.agency or dateline.date):
            head = None  # "LONDON, Nov 5 (Reuters) - Shares fell" on a line of its own
        head_text = head.text if head is not None else None
    index = 0
    if head is not None:
        dateline = None
        index = 1
    byline = agency = None
    if dateline is None and index < len(paragraphs):
        found = _byline(view, index)
        if found is not None:
            byline, agency = found
            index += 1
        if index < len(paragraphs) and index > 0:
            dateline = _dateline(view, index)
    if dateline is None and head is None and byline is None and _short_line(view):
        # "Stein removed from debate site.\n\nHEMPSTEAD, N.Y., Sept. 26 (UPI) —":
        # a wire dateline in the second paragraph makes the first a headline.
        dl = _dateline(view, 1)
        if dl is not None and (dl.agency is not None or dl.date is not None):
            dateline, index = dl, 1
            if headline is None:
                head = _span(view.text, *paragraphs[0])
                head_text = head.text
    if dateline is not None and dateline.agency is not None:
        agency = dateline.agency
    credit_lines, credit_agency = _credits(view, index + 1)
    if agency is None:
        agency = credit_agency
    hits = scan_dates(view) if date_hits is None else date_hits
    base = published
    if base is None and dateline is not None and dateline.date is not None:
        absolute = find_dates(view, tuple(h for h in hits if h.start == dateline.date.start), None)
        base = _base_from_dateline(dateline, absolute)
    return Metadata(
        dateline=dateline,
        agency=agency,
        headline=head,
        headline_text=head_text,
        byline=byline,
        credits=tuple(credit_lines),
        dates=find_dates(view, hits, base),
    )
