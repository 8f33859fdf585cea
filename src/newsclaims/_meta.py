"""Metadata: headline, byline, dateline, agency, credit lines and dates.

Reads the opening block of a story (a headline, a standfirst, bullets, a
byline or a line of web page furniture, then the dateline) and its last two
paragraphs for the furniture of a story, and hands the dates to
:mod:`newsclaims._dates`.  A headline the caller passes (``headline=``) is
not part of the text: it is kept as a string (``headline_text``) and gets a
span only when the text itself starts with it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
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
from newsclaims._lexicon import FIRST_NAMES, alternation, read_lines, word_set
from newsclaims._patterns import NAME
from newsclaims._segment import TextView
from newsclaims._types import Dateline, DateMention, Span

__all__ = ["AGENCIES", "Metadata", "agency_name", "find_metadata"]


# --------------------------------------------------------------------------
# Lexicons


def _agencies() -> dict[str, str]:
    """Every way an agency is written → its canonical name."""
    out: dict[str, str] = {}
    for line in read_lines("agencies.txt"):
        forms = [f.strip() for f in line.split("|")]
        for f in forms:
            out.setdefault(f, forms[0])
    return out


def _fold(name: str) -> str:
    """``name`` lowercased, without accents and with single spaces."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.lower().split())


def _speech_words() -> tuple[frozenset[str], frozenset[str]]:
    kinds: dict[str, set[str]] = {"opener": set(), "person": set()}
    for line in read_lines("lead_speech.txt"):
        kind, word = line.split(None, 1)
        kinds[kind].add(word.lower())
    return frozenset(kinds["opener"]), frozenset(kinds["person"])


def _byline_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Role words (persons and units), person words, modifiers of bylines."""
    kinds: dict[str, set[str]] = {"person": set(), "unit": set(), "modifier": set()}
    for line in read_lines("byline_roles.txt"):
        kind, word = line.split(None, 1)
        kinds[kind].add(word.lower())
    persons = frozenset(kinds["person"])
    return persons | kinds["unit"], persons, frozenset(kinds["modifier"])


#: Agency names as written in credits and datelines → the canonical name.
AGENCIES: Final = _agencies()
_STOPWORDS: Final = word_set("dateline_stopwords.txt")
_CREDIT_CUES: Final = read_lines("credit_cues.txt")
_PLACES: Final = frozenset(_fold(p) for p in read_lines("places.txt"))
_BYLINE_ROLES, _BYLINE_PERSONS, _BYLINE_MODIFIERS = _byline_words()
_CITED: Final = frozenset(read_lines("cited_agencies.txt"))
_SPEECH_OPENERS, _SPEECH_PERSON = _speech_words()
# Words a Title Case headline leaves in lowercase ("Poll Puts Ruto in the
# Lead"): they do not tell a lead from a headline.
_SMALL_WORDS: Final = word_set("title_small_words.txt")


def agency_name(written: str) -> str:
    """The canonical name of an agency as written ("Press Trust of India" → "PTI").

    A name the table does not know is returned as written.

    >>> agency_name("Press Trust of India"), agency_name("(unknown)")
    ('PTI', '(unknown)')
    """
    return AGENCIES.get(written, written)


# --------------------------------------------------------------------------
# Patterns

# A word of a name: letters, "&", "-" and "." ("ITAR-TASS", "Agence").
_WORDS_OF_NAME: Final = regex.compile(r"\p{L}[\p{L}&\-]{0,30}+")
# Agency names are not compiled into the patterns (an alternation of a
# hundred names costs more to compile than all the rest): the patterns take
# a short name-like run, and code looks it up in AGENCIES.
_NAMEISH: Final = r"\p{L}[\p{L}.&\-]{0,30}+(?:[ \u00a0]\p{L}[\p{L}.&\-]{0,30}+){0,3}+"
_MAX_AGENCY_WORDS: Final = max(len(a.split()) for a in AGENCIES)
# The first words of the agencies' names: a word that is none of these
# starts no agency, and is passed over at once.
_AGENCY_FIRST_WORDS: Final = frozenset(_WORDS_OF_NAME.findall(a)[0] for a in AGENCIES)
_SP: Final = r"[ \u00a0]{1,3}+"

# A word of a place name: "KYIV", "New", "Port-au-Prince", "ST.".
_LOCWORD: Final = r"\p{Lu}[\p{L}\p{M}'’.\-]{0,24}+"
# Words that join the parts of a place name ("Rio de Janeiro") or two places
# ("KYIV/MOSCOW", "Washington/ New Delhi").
_LOCJOIN: Final = (
    r"(?:[ \u00a0](?:(?:de|da|del|do|dos|el|es|al|la|le|los|las|of|upon|on|am|an|der|sur)"
    r"[ \u00a0])?+|[ \u00a0]?+/[ \u00a0]?+)"
)
_LOC: Final = rf"{_LOCWORD}(?:{_LOCJOIN}{_LOCWORD}){{0,4}}+"
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

# A dateline at the start of a paragraph: a place, a date, and the agency
# in brackets or between slashes ("(Reuters)", "/TASS/") or after a comma
# ("Riyadh, Nov 5, SPA --"), a known name or a short capitalised one
# ("(CNN)").  Each part is optional but the place; the place-name words are
# possessive (a place name is never given back to what follows), and the
# whole match is bounded by the window it runs in.  A region after a comma
# ("SAN JOSE, Calif.", "ABUJA, Nigeria") is neither a weekday nor followed
# by a day number ("KYIV, Nov 5").
_DATELINE: Final = regex.compile(
    rf"""
    (?P<loc>{_LOC}
        (?:,{_SP}(?!{WEEKDAY_ANY})
            {_LOCWORD}(?:[ \u00a0]{_LOCWORD}){{0,2}}+
            (?![ \u00a0]{{1,3}}+[0-9])(?=[,( \u00a0:–—-]))?+)
    (?:[ \u00a0]?+\[[^\]\n]{{1,30}}+\])?+
    (?:,?+{_SP}(?P<date>{_DL_DATE}))?+
    (?:\.?+[ \u00a0]{{0,3}}+[(/](?P<ag>{_NAMEISH})[)/]
      |,{_SP}(?P<ag2>\p{{Lu}}[\p{{L}}.&\-]{{1,30}}+)(?=[ \u00a0]{{0,2}}+[-–—:]))?+
    {_DL_SEP}
    """,
    regex.VERBOSE,
)
# A dateline that is only the agency: "(CNN) — ".  The name is checked
# against the lexicon (or for capitals) in code.  A place may follow it
# ("(ANSA) - ROME, NOV 5 -").
_DATELINE_AGENCY: Final = regex.compile(rf"\((?P<ag>\p{{L}}[\p{{L}}.&\- ]{{1,30}}+)\){_DL_SEP}")
# The agency before the place, on a line of its own or before a dash: "AFP,
# MANILA", "Reuters, LONDON —".
_AGENCY_PLACE: Final = regex.compile(
    rf"(?P<ag>{_NAMEISH}),{_SP}(?P<loc>{_LOC})"
    rf"(?P<sep>[ \u00a0]{{0,2}}+[-–—:]{{1,2}}+(?=[ \u00a0])|$)"
)
# "Name:" at the start of a paragraph: a transcript, whose first "Name:"
# is a speaker label, not a dateline.
_LABEL: Final = regex.compile(r"\p{Lu}[\p{L}.'’ \-]{0,40}+:")

# The place of a byline ("By Jane Doe in Lagos"): up to three capitalised
# words, simpler than a dateline's place.
_PLAIN_PLACE: Final = r"\p{Lu}[\p{L}.\-]{0,24}+(?:[ \u00a0]\p{Lu}[\p{L}.\-]{0,24}+){0,2}+"
# A byline: "By Jane Doe", "By Jane Doe and John Roe, Associated Press",
# "By JANE DOE | Reuters", "Written by Jane Doe | PTI | New Delhi",
# "BYLINE: Jane Doe.", "By Jane Doe in Lagos".
_BYLINE: Final = regex.compile(
    rf"""
    (?:(?i:(?:written|edited|reported|posted|compiled)[ ]by|by){_SP}|(?i:byline):{_SP})
    (?P<names>{NAME}(?:(?:,{_SP}|{_SP}(?:and|&){_SP}){NAME}){{0,3}}+)
    (?:{_SP}(?:in|from){_SP}{_PLAIN_PLACE})?+
    (?:(?:,|[ \u00a0]?+[|–—/-]){_SP}(?P<org>[^\n]{{1,120}}+))?+
    \.?+$
    """,
    regex.VERBOSE,
)
# The first words of a byline with "By" ("By", "Written by", "BYLINE:").
_BYLINE_OPENERS: Final = frozenset(
    {"by", "written", "edited", "reported", "posted", "compiled", "byline"}
)
# What parts a name from its role in a byline without "By".
_SEPARATOR: Final = re.compile(r"[,|/–—]")
# A name in a byline's own shape: two to four capitalised words ("Ana Ruiz",
# "M.K. Nair", "Mei-Ling O'Brien").  Simpler than the speakers' NAME, and
# cheaper to compile.
_PLAIN_NAME: Final = r"\p{Lu}[\p{L}.'’\-]{0,30}+(?:[ \u00a0]\p{Lu}[\p{L}.'’\-]{0,30}+){1,3}+"
# A byline that opens the story's first paragraph: "By Jane Doe: The ...",
# "By Jane Doe — The ...".
_BYLINE_INLINE: Final = regex.compile(
    rf"(?i:by){_SP}(?P<names>{_PLAIN_NAME})[ \u00a0]?+[:–—]{_SP}\p{{Lu}}"
)
# A byline without "By": a name, a separator and a role or an agency ("Ana
# Ruiz, Special Correspondent", "Ana Ruiz | TNN", "Ana Ruiz / Staff
# reporter"), or a role alone ("Staff writer, with CNA").
_NAME_ROLE: Final = regex.compile(
    rf"(?P<names>{_PLAIN_NAME})"
    rf"(?:,|[ \u00a0]?+[|/–—]){_SP}(?P<role>[^\n]{{1,80}}+)$"
)

# A credit line: "Reporting by …; Editing by …", "(With inputs from PTI)".
_CREDIT: Final = regex.compile(r"[(\[]?+(?i:" + alternation(_CREDIT_CUES)[3:] + r"\b")
_CREDIT_ANYWHERE: Final = "contributed to this report"
# A credit at the very end of the story: "(IANS)" after a sentence, "— PTI",
# "-- AFP", "— With AFP", "AFP, MANILA", "Source: Xinhua" or "The Canadian
# Press" on a line of its own.  Tried where it may start (see
# _trailing_credit), so each try is anchored.
_TRAILING_AGENCY: Final = regex.compile(
    rf"""
    (?:[(\[]|[-–—]{{1,2}}+)?+[ \u00a0]?+
    (?:(?i:with|source|courtesy|via)[: \u00a0]{{1,3}}+)?+
    (?P<a>{_NAMEISH})
    (?:[ \u00a0]?+[/,][ \u00a0]?+\p{{L}}[\p{{L}}.\-]{{1,20}}+){{0,2}}+   # "(PTI/IANS)"
    [)\]]?+[ \u00a0.]{{0,3}}+$
    """,
    regex.VERBOSE,
)
# Where a closing credit may start: an opening bracket or a dash.
_CREDIT_OPENER: Final = re.compile(r"[(\[]|[-–—]{1,2}")
# What ends a sentence before a bracketed credit ("… in return.” (IANS)").
_SENTENCE_END_CHARS: Final = '.!?…"”’)]'
_TRAILING_WINDOW: Final = 80
# An agency as the listener of a story's own interview: "…, he told PTI."
# In a datelined story that names no other agency, it is the story's wire.
# Not "told the Reuters news agency", which another outlet writes, nor an
# agency that other outlets cite by name (cited_agencies.txt).
_LISTENER: Final = regex.compile(
    r"(?<!\p{L})(?:told|(?:speaking|talking|spoke|said)[ \u00a0]to|interview[ \u00a0]with)"
    r"[ \u00a0]{1,3}+(?:the[ \u00a0]{1,3}+)?+"
    r"(?P<a>\p{Lu}[\p{L}.&\-]{0,30}+(?:[ \u00a0]\p{Lu}[\p{L}.&\-]{0,30}+){0,3}+)"
    r"(?![ \u00a0]{1,3}+(?:news[ \u00a0]{1,3}+)?+agency|['’]s?+(?!\p{L}))"
)
_WORDS: Final = _WORDS_OF_NAME
# A bullet: "* Exports fell", "• Imports rose", "- Talks resume".
_BULLET: Final = re.compile(r"[*•·▪►■◦‣⁃●–—-][ \u00a0\t]")
# A line of web page furniture: "Updated: Oct 13, 2019 13:45 IST".
_WEB_CUE: Final = re.compile(
    r"(?<![^\W\d_])(?i:"
    + alternation(read_lines("web_line_cues.txt"))[3:].replace(r"\ ", "[ \u00a0]")
    + r"(?![^\W\d_])"
)
_DIGIT: Final = re.compile(r"[0-9]")
# A quotation mark: the words of a lead are read up to the first one.
_QUOTE: Final = re.compile(r"[\"“”«»„]|(?<![^\W\d_])['‘]")
# A question before the first full stop of a lead: speech, not news.
_FIRST_STOP: Final = re.compile(r"[.?!]")

_DATELINE_WINDOW: Final = 160
# Every dateline but "AFP, MANILA" has one of these in its first
# characters (a bracket, a slash, a colon, a dash, a digit of its date): a
# paragraph without any is passed over at once.
_DATELINE_HINT: Final = re.compile(r"[(\[/:\-–—0-9]")
_HINT_WINDOW: Final = 90
# A "Place:" dateline opens a paragraph at least this long.
_COLON_MIN_PARAGRAPH: Final = 100
# The lead after "Place:" is read over this many characters and words.
_LEAD_CHARS: Final = 240
_LEAD_WORDS: Final = 16
# A first line at most this long, in one sentence, may be a headline ending
# in a full stop when a dateline follows it.
_HEADLINE_MAX: Final = 200
_CREDIT_MAX: Final = 300
_BYLINE_MAX: Final = 160
# A byline without a name ("Staff writer, with CNA") is at most this long.
_ROLE_LINE_MAX: Final = 60
# The opening block: at most this many paragraphs before the dateline, of
# which at most two standfirsts (short paragraphs of any kind), each at most
# this long.
_OPENING_MAX: Final = 8
_STANDFIRSTS: Final = 2
_STANDFIRST_MAX: Final = 320
_WEB_LINE_MAX: Final = 200
# A line made mostly of a date and a time ("Tuesday, 5 November 2024, 10:30
# IST") is web furniture too.
_STAMP_MAX: Final = 80
_STAMP_SHARE: Final = 0.5


@attrs.frozen(kw_only=True)
class _Page:
    """The segmented article and its date expressions (with their starts)."""

    view: TextView
    hits: tuple[DateHit, ...]
    starts: tuple[int, ...]

    def has_date(self, start: int, end: int) -> bool:
        """True when a date or time expression starts between ``start`` and ``end``."""
        i = bisect.bisect_left(self.starts, start)
        return i < len(self.hits) and self.hits[i].start < end

    def date_chars(self, start: int, end: int) -> int:
        """How many characters between ``start`` and ``end`` dates cover."""
        i = bisect.bisect_left(self.starts, start)
        covered = 0
        while i < len(self.hits) and self.hits[i].start < end:
            covered += min(self.hits[i].end, end) - self.hits[i].start
            i += 1
        return covered


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


# --------------------------------------------------------------------------
# Agencies


def _agency_like(name: str) -> bool:
    """A known agency, or a short name in capitals ("(CNN)", "(KUNA)")."""
    return name in AGENCIES or (
        2 <= len(name) <= 11 and name[0].isupper() and all(c.isupper() or c in ".&-" for c in name)
    )


def _find_agency(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first agency named between ``start`` and ``end`` (a short line)."""
    words = [m.span() for m in _WORDS.finditer(text, start, end)]
    for i, (s, _) in enumerate(words):
        if text[s : words[i][1]] not in _AGENCY_FIRST_WORDS:
            continue
        for n in range(min(_MAX_AGENCY_WORDS, len(words) - i), 0, -1):
            e = words[i + n - 1][1]
            if text[s:e] in AGENCIES:
                return s, e
    return None


def _listener_agency(view: TextView, start: int) -> Span | None:
    """The first agency told something after ``start`` ("…, he told PTI.")."""
    text = view.text
    for m in _LISTENER.finditer(text, start):
        a = _find_agency(text, *m.span("a"))
        if a is not None and a[0] == m.start("a"):
            name = AGENCIES[text[a[0] : a[1]]]
            if name != "agencies" and name not in _CITED:
                return _span(text, *a)
    return None


# --------------------------------------------------------------------------
# Datelines


def _known_place(loc: str) -> bool:
    """True when ``loc`` (or one of its parts) is a listed dateline place."""
    if _fold(loc) in _PLACES:
        return True
    parts = regex.split(r"[ \u00a0]?+[/,][ \u00a0]?+", loc)
    return len(parts) > 1 and _fold(parts[0]) in _PLACES


def _region(name: str) -> bool:
    """True for a region in brackets after a place ("Kerala", "J&K"), not an agency."""
    if name in AGENCIES:
        return False
    words = name.split()
    if "&" in name:
        return True
    return all(w[0].isupper() for w in words) and not _agency_like(name)


def _not_a_place(loc: str) -> bool:
    """True for a discourse word, a month, a weekday or a byline's "By"."""
    low = _fold(loc)
    words = low.split()
    return (
        low in _STOPWORDS
        or words[0] in _STOPWORDS
        or low in MONTHS
        or low in WEEKDAYS
        or len(words) > 4
    )


def _reads_as_lead(page: _Page, index: int, start: int) -> tuple[bool, bool]:
    """Whether the text at ``start`` reads as a news lead, and as a dated one.

    A lead runs on (the paragraph is long), is not in Title Case ("Poll:
    Clinton Leads In Ohio" is a headline: a lead has lowercase words other
    than "of", "in", …) and is not speech ("Sanders: Well, I think …"
    opens a transcript turn: first or second person before any quotation
    mark, a turn's opener, a question).  Dated: a date or time expression
    stands in its first words ("… on Monday said …").
    """
    text = page.view.text
    ps, pe = page.view.paragraphs[index]
    if pe - ps < _COLON_MIN_PARAGRAPH:
        return False, False
    hi = min(pe, start + _LEAD_CHARS)
    q = _QUOTE.search(text, start, hi)
    words = [w.lower() for w in _WORDS.findall(text, start, q.start() if q else hi)]
    if not words or words[0] in _SPEECH_OPENERS or not _SPEECH_PERSON.isdisjoint(words):
        return False, False
    stop = _FIRST_STOP.search(text, start, hi)
    if stop is not None and stop.group() == "?":
        return False, False
    lowercase = [
        w for w in _WORDS.findall(text, start, hi)[:_LEAD_WORDS] if w[0].islower()
    ]
    if sum(w not in _SMALL_WORDS for w in lowercase) < 2:
        return False, False
    return True, page.has_date(start, hi)


def _colon_place(page: _Page, index: int, loc: str, body: int, *, strict: bool) -> bool:
    """True when ``Place:`` opening paragraph ``index`` is a dateline.

    What follows must read as a news lead, and the next paragraph must not
    open with another "Name:" (a transcript).  A listed place is enough; a
    place that is not listed needs a dated lead ("Kaushambi: Police on
    Monday …") and not to start with a given name ("Bernie Sanders:"), and
    is not taken after a standfirst (``strict``).
    """
    view = page.view
    if loc.endswith(".") or _not_a_place(loc):
        return False
    if index + 1 < len(view.paragraphs):
        ns, ne = view.paragraphs[index + 1]
        if _LABEL.match(view.text, ns, min(ne, ns + 44)):
            return False
    lead, dated = _reads_as_lead(page, index, body)
    if not lead:
        return False
    if _known_place(loc):
        return True
    # A place that is not listed: one word ("Kaushambi:") or in capitals
    # ("SAN CRISTOBAL:"), not "Tokyo Olympics:", a topic.
    words = loc.split()
    shape = len(words) == 1 or loc.upper() == loc
    return dated and shape and not strict and _fold(words[0]) not in FIRST_NAMES


def _dateline(page: _Page, index: int, *, strict: bool = False) -> Dateline | None:
    """The dateline at the start of paragraph ``index``, if there is one.

    ``strict`` after a standfirst: only a dateline that shows itself as one
    (with an agency or a date, a place in capitals before a dash, or a
    listed place) is taken.
    """
    text = page.view.text
    ps, pe = page.view.paragraphs[index]
    window = min(pe, ps + _DATELINE_WINDOW)
    if _DATELINE_HINT.search(text, ps, min(pe, ps + _HINT_WINDOW)) is not None:
        found = _place_dateline(page, index, window, strict=strict)
        if found is not None:
            return found
        found = _agency_dateline(text, ps, window)
        if found is not None:
            return found
    return _agency_place(text, ps, window)


def _place_dateline(page: _Page, index: int, window: int, *, strict: bool) -> Dateline | None:
    """A dateline that opens paragraph ``index`` with its place: "KYIV, Nov 5 (Reuters) -"."""
    text = page.view.text
    start = page.view.paragraphs[index][0]
    m = _DATELINE.match(text, start, window)
    if m is None or m.end() == start:
        return None
    loc = m.group("loc")
    date = m.group("date")
    ag = "ag" if m.group("ag") is not None else "ag2"
    agency = m.group(ag)
    sep = m.group("sep").strip()
    if sep == "." and not (agency or date):
        return None
    if agency is not None and ag == "ag" and sep and _region(agency):
        agency = None  # "Kozhikode (Kerala):": the region, as in "New Delhi [India]"
    if agency is not None and (
        not _agency_like(agency)  # "In London (where it rained) -": brackets, not an agency
        or (ag == "ag2" and agency not in AGENCIES)  # "SAN JOSE, Calif. -"
        or (not sep and agency not in AGENCIES)  # "The UN (UNHCR) said": an acronym
    ):
        return None
    if agency is None and "," in loc:
        # "Riyadh, SPA --": the agency after a comma reads as a region.
        place, _, region = loc.rpartition(",")
        if region.strip() in AGENCIES:
            s = m.start("loc") + len(place)
            region_start = s + 1 + len(region) - len(region.lstrip())
            return Dateline(
                text=text[start : m.end()],
                start=start,
                end=m.end(),
                location=_span(text, m.start("loc"), s),
                agency=_span(text, region_start, m.end("loc")),
            )
    if agency is None:
        if not sep or _not_a_place(loc):
            return None
        if date is None and sep in ("-", "–", "—", "--", "––", "——"):
            # "LONDON —", "Nairobi —": a place in capitals or a listed one, so
            # "Meanwhile —" is no dateline.
            caps = loc.upper() == loc and sum(c.isalpha() for c in loc) >= 2
            if not (caps or _known_place(loc)):
                return None
        elif date is None and not _colon_place(page, index, loc, m.end(), strict=strict):
            return None
    return Dateline(
        text=text[start : m.end()],
        start=start,
        end=m.end(),
        location=_span(text, *m.span("loc")),
        date=_span(text, *m.span("date")) if date else None,
        agency=_span(text, *m.span(ag)) if agency else None,
    )


def _agency_dateline(text: str, start: int, window: int) -> Dateline | None:
    """A dateline that opens with its agency: "(CNN) —", "(ANSA) - ROME, Nov 5 -"."""
    if text[start] != "(":
        return None
    m = _DATELINE_AGENCY.match(text, start, window)
    if m is None or not _agency_like(m.group("ag")) or not m.group("sep").strip():
        return None
    agency = _span(text, *m.span("ag"))
    # A place and a date may follow the agency.
    after = m.end()
    while after < window and text[after] in " \u00a0":
        after += 1
    place = _DATELINE.match(text, after, window)
    if (
        place is not None
        and place.group("sep").strip()
        and place.group("ag") is None
        and (place.group("date") is not None or _known_place(place.group("loc")))
    ):
        return Dateline(
            text=text[start : place.end()],
            start=start,
            end=place.end(),
            location=_span(text, *place.span("loc")),
            date=_span(text, *place.span("date")) if place.group("date") else None,
            agency=agency,
        )
    return Dateline(text=text[start : m.end()], start=start, end=m.end(), agency=agency)


def _agency_place(text: str, start: int, window: int) -> Dateline | None:
    """A known agency, a comma and a place: "AFP, MANILA"."""
    first = _WORDS.match(text, start, window)
    if first is None or first.group() not in _AGENCY_FIRST_WORDS:
        return None
    m = _AGENCY_PLACE.match(text, start, window)
    if m is None or m.group("ag") not in AGENCIES:
        return None
    loc = m.group("loc")
    if not (loc.upper() == loc or _known_place(loc)) or _not_a_place(loc):
        return None
    end = m.end() if m.group("sep") else m.end("loc")
    return Dateline(
        text=text[start:end],
        start=start,
        end=end,
        location=_span(text, *m.span("loc")),
        agency=_span(text, *m.span("ag")),
    )


# --------------------------------------------------------------------------
# Bylines, web lines and the opening block


def _byline(view: TextView, index: int) -> tuple[Span, Span | None] | None:
    """The byline at paragraph ``index`` (without "By") and its agency."""
    text = view.text
    ps, pe = view.paragraphs[index]
    if pe - ps > _BYLINE_MAX:
        return None
    first = _WORDS.match(text, ps, pe)
    m = None
    if first is not None and first.group().lower() in _BYLINE_OPENERS:
        m = _BYLINE.match(text, ps, pe)
    if m is not None and _person_like(m.group("names")) and _credit_like(m.group("org")):
        end = pe - 1 if text[pe - 1] == "." and m.group("org") is None else pe
        byline = _span(text, m.start("names"), end)
        # The organisation may follow a comma, like one more name ("…,
        # Associated Press"), so the agency is looked for in the whole byline.
        a = _find_agency(text, m.start("names"), pe)
        return byline, _span(text, *a) if a is not None else None
    r = _NAME_ROLE.match(text, ps, pe) if _SEPARATOR.search(text, ps, pe) else None
    if r is not None:
        if not _person_like(r.group("names")):
            return None
        role_start = r.start("role")
    elif pe - ps > _ROLE_LINE_MAX:
        return None
    elif text[ps:pe] in AGENCIES:
        return _span(text, ps, pe), _span(text, ps, pe)  # "Reuters" alone
    elif not _has_role(text, ps, pe):
        return None  # a line without a name is a role: "Staff writer, with CNA"
    else:
        role_start = ps
    a = _find_agency(text, role_start, pe)
    if _role_like(text[role_start:pe], agency=a is not None):
        return _span(text, ps, pe), _span(text, *a) if a is not None else None
    return None


def _has_role(text: str, start: int, end: int) -> bool:
    """True when the line opens with a journalist's role ("Staff writer", "Our Correspondent")."""
    words = [w.strip(",.:;|/").lower() for w in text[start:end].split(None, 2)[:2]]
    if not words:
        return False
    if words[0] in _BYLINE_PERSONS:
        return True
    return words[0] in _BYLINE_MODIFIERS and len(words) == 2 and words[1] in _BYLINE_PERSONS


def _person_like(names: str) -> bool:
    """False for a weekday or a month read as a name ("By Monday, the …")."""
    first = names.split(maxsplit=1)[0].lower()
    return first not in WEEKDAYS and first not in MONTHS


def _credit_like(org: str | None) -> bool:
    """True for what may follow a byline's names: none, or an organisation.

    "Associated Press", "Reuters | New Delhi | Updated: Nov 5, 2024", "Staff
    Reporter": capitalised words, numbers and role words, not a sentence
    ("By Monday, the rain had stopped").
    """
    if org is None:
        return True
    lowercase = [w for w in _WORDS.findall(org) if w[0].islower()]
    return sum(w not in _SMALL_WORDS and w not in _BYLINE_ROLES for w in lowercase) <= 1


def _role_like(role: str, *, agency: bool) -> bool:
    """True for the role of a byline without "By" ("Special Correspondent", "TNN").

    Its lowercase words are role words ("reporter") or small words ("with"),
    and it names a role or an agency ("Staff writer, with CNA").
    """
    words = [w.lower() for w in _WORDS.findall(role)]
    if not words or len(words) > 8:
        return False
    lowercase = [w for w in _WORDS.findall(role) if w[0].islower()]
    if any(w not in _SMALL_WORDS and w not in _BYLINE_ROLES for w in lowercase):
        return False
    return agency or not _BYLINE_ROLES.isdisjoint(words)


def _inline_byline(view: TextView, index: int) -> Span | None:
    """A byline opening a paragraph of the story: "By Jane Doe: The ..."."""
    ps, pe = view.paragraphs[index]
    if view.text[ps : ps + 3].lower() != "by ":
        return None
    m = _BYLINE_INLINE.match(view.text, ps, min(pe, ps + _BYLINE_MAX))
    return _span(view.text, *m.span("names")) if m is not None else None


def _web_line(page: _Page, index: int) -> bool:
    """True for a line of web page furniture ("ANI | Updated: Oct 13, 2019").

    A short line with a web cue and a digit, or one made mostly of a date
    and a time ("Tuesday, 5 November 2024, 10:30 IST").
    """
    text = page.view.text
    ps, pe = page.view.paragraphs[index]
    if pe - ps > _WEB_LINE_MAX:
        return False
    if _WEB_CUE.search(text, ps, pe) and _DIGIT.search(text, ps, pe):
        return True
    if pe - ps > _STAMP_MAX or not page.has_date(ps, pe):
        return False
    letters = len("".join(text[ps:pe].split()))
    return page.date_chars(ps, pe) >= _STAMP_SHARE * letters


def _bullet(view: TextView, index: int) -> bool:
    ps, pe = view.paragraphs[index]
    return pe - ps <= _STANDFIRST_MAX and _BULLET.match(view.text, ps, pe) is not None


def _short_line(view: TextView, index: int) -> bool:
    """True when paragraph ``index`` is one short sentence (a headline's shape)."""
    s, e = view.paragraphs[index]
    return e - s <= _HEADLINE_MAX and view.sentence_index(e - 1) == view.sentence_index(s)


@attrs.frozen(kw_only=True)
class _Opening:
    """What the opening block holds: its furniture and its dateline."""

    dateline: Dateline | None = None
    byline: Span | None = None
    agency: Span | None = None
    headline: Span | None = None
    body: int = 0  # the paragraph after the dateline, or where the walk stopped


def _walk(page: _Page, start: int, *, may_head: bool) -> _Opening:
    """The opening block from paragraph ``start`` to the dateline.

    Headlines, bylines, web lines, bullets and up to two standfirsts may
    stand before the dateline; the first paragraph of another kind ends the
    block.  After a standfirst, only a dateline that shows itself as one is
    taken.  ``may_head``: the first line may turn out to be the headline
    (when a byline or a wire dateline follows it).
    """
    view = page.view
    text = view.text
    n = len(view.paragraphs)
    byline = agency = None
    standfirsts = 0
    # The first line may be the headline, counted as a standfirst until a
    # byline or a dateline shows it is one.
    allowed = _STANDFIRSTS if may_head else _STANDFIRSTS - 1
    first_short = False
    for i in range(start, min(n, start + _OPENING_MAX)):
        dl = _dateline(page, i, strict=standfirsts > (1 if first_short else 0))
        if dl is not None:
            head = None
            if first_short and i > start:
                head = _span(text, *view.paragraphs[start])
            return _Opening(dateline=dl, byline=byline, agency=agency, headline=head, body=i + 1)
        if byline is None:
            found = _byline(view, i)
            if found is not None:
                byline, agency = found
                continue
            inline = _inline_byline(view, i)
            if inline is not None:
                byline = inline
                break
        ps, pe = view.paragraphs[i]
        if _web_line(page, i):
            if agency is None:
                a = _find_agency(text, ps, pe)
                agency = _span(text, *a) if a is not None else None
            continue
        if _bullet(view, i):
            continue
        if pe - ps <= _STANDFIRST_MAX and standfirsts < allowed and i + 1 < n:
            if i == start and may_head and _short_line(view, i):
                first_short = True
            standfirsts += 1
            continue
        break
    head = None
    if first_short and byline is not None and byline.start > view.paragraphs[start][1]:
        head = _span(text, *view.paragraphs[start])
    return _Opening(byline=byline, agency=agency, headline=head, body=start + 1)


def _credits(view: TextView, first_body: int) -> tuple[list[Span], Span | None]:
    """Credit lines among the last two paragraphs, and the agency they name."""
    text = view.text
    out: list[Span] = []
    agency: Span | None = None
    n = len(view.paragraphs)
    for i in range(max(first_body, n - 2), n):
        ps, pe = view.paragraphs[i]
        if pe - ps <= _CREDIT_MAX and (
            _CREDIT.match(text, ps, pe) or _CREDIT_ANYWHERE in text[ps:pe].lower()
        ):
            out.append(_span(text, ps, pe))
            a = _find_agency(text, ps, pe)
            if a is not None:
                agency = _span(text, *a)
            continue
        if i == n - 1:
            t = _trailing_credit(text, ps, pe)
            if t is not None:
                out.append(_span(text, t.start(), pe))
                agency = _span(text, *t.span("a"))
    return out, agency


def _trailing_credit(text: str, ps: int, pe: int) -> regex.Match[str] | None:
    """The agency credit that ends paragraph ``ps:pe``, if any.

    It starts the line, or at a dash, or at a bracket that follows a
    sentence: in "… won by the ruling People's Action Party (PAP)." the
    brackets hold the party's name.
    """
    lo = max(ps, pe - _TRAILING_WINDOW)
    starts = [ps] if ps == lo else []
    starts += [m.start() for m in _CREDIT_OPENER.finditer(text, lo, pe)]
    for s in starts:
        if text[s] in "([" and text[ps:s].rstrip()[-1:] not in ("", *_SENTENCE_END_CHARS):
            continue
        m = _TRAILING_AGENCY.match(text, s, pe)
        if m is not None and m.group("a") in AGENCIES:
            return m
    return None


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
    hits = scan_dates(view) if date_hits is None else date_hits
    page = _Page(view=view, hits=hits, starts=tuple(h.start for h in hits))
    if headline is not None:
        head = locate_headline(view, headline)
        head_text: str | None = headline if headline.strip() else None
    else:
        head = find_headline(view)
        if head is not None and (_web_line(page, 0) or _byline(view, 0) is not None):
            # "ANI | Updated: Oct 13, 2019 13:45 IST", "Ana Ruiz, The Canadian
            # Press": web page furniture or a byline, not a headline.
            head = None
        if head is not None:
            first = _dateline(page, 0)
            if first is not None and (first.agency or first.date):
                head = None  # "LONDON, Nov 5 (Reuters) - Shares fell" on a line of its own
        head_text = head.text if head is not None else None
    opening = _walk(page, 1 if head is not None else 0, may_head=headline is None and head is None)
    if opening.headline is not None and head is None:
        head, head_text = opening.headline, opening.headline.text
    dateline = opening.dateline
    agency = dateline.agency if dateline is not None and dateline.agency else opening.agency
    credit_lines, credit_agency = _credits(view, opening.body)
    if agency is None:
        agency = credit_agency
    if agency is None and dateline is not None and opening.byline is None:
        agency = _listener_agency(view, dateline.end)
    base = published
    if base is None and dateline is not None and dateline.date is not None:
        absolute = find_dates(view, tuple(h for h in hits if h.start == dateline.date.start), None)
        base = _base_from_dateline(dateline, absolute)
    return Metadata(
        dateline=dateline,
        agency=agency,
        headline=head,
        headline_text=head_text,
        byline=opening.byline,
        credits=tuple(credit_lines),
        dates=find_dates(view, hits, base),
    )
