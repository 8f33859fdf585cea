"""Dates: date and time expressions with their span, value and granularity.

Two steps, so that other layers can use the first alone:

1. :func:`scan_dates` finds the expressions: a scan of each paragraph for
   trigger words and digits, the patterns of the shapes that can start
   with each trigger, and a few checks of the words around them ("in 2004"
   is a year, "2000 people" is not).  It parses nothing; :func:`date_spans`
   gives the spans, for a layer that must not report a year as a number.
2. :func:`find_dates` turns each expression into a value.  What an
   expression means is worked out once per normalised string and cached
   across articles (``"last tuesday"`` → "the Tuesday before the base"); the
   base date is applied afterwards, in plain date arithmetic, so the cache
   does not depend on the article.  The common shapes are parsed here;
   dateparser, imported on first need, handles the rest ("two and a half
   years ago").

A relative expression ("on Monday", "next week") gets a value only when a
base date is known; otherwise it is reported with ``value=None``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Final

import attrs
import regex

from newsclaims._lexicon import alternation, read_lines
from newsclaims._segment import TextView
from newsclaims._types import DateMention

__all__ = [
    "DateHit",
    "coerce_published",
    "date_spans",
    "find_dates",
    "scan_dates",
    "trie",
]


# --------------------------------------------------------------------------
# Lexicons


def _months() -> tuple[dict[str, int], frozenset[str], frozenset[str]]:
    """Month forms (lowercase) → number; the full names; the ambiguous names."""
    forms: dict[str, int] = {}
    full: set[str] = set()
    weak: set[str] = set()
    for number, line in enumerate(read_lines("months.txt"), start=1):
        words = line.split()
        name = words[0].rstrip("!").lower()
        if words[0].endswith("!"):
            weak.add(name)
        full.add(name)
        for w in (name, *words[1:]):
            forms.setdefault(w.lower(), number)
    return forms, frozenset(full), frozenset(weak)


def _weekdays() -> tuple[dict[str, int], frozenset[str]]:
    """Weekday forms (lowercase) → 0 for Monday …; the full names."""
    forms: dict[str, int] = {}
    full: set[str] = set()
    for number, line in enumerate(read_lines("weekdays.txt")):
        words = line.split()
        full.add(words[0].lower())
        for w in words:
            forms.setdefault(w.lower(), number)
    return forms, frozenset(full)


def _relative() -> dict[str, tuple[str, int]]:
    out: dict[str, tuple[str, int]] = {}
    for line in read_lines("date_relative.txt"):
        phrase, gran, offset = (part.strip() for part in line.split("|"))
        out[" ".join(phrase.lower().split())] = (gran, int(offset))
    return out


def _numbers() -> tuple[dict[str, int], frozenset[str]]:
    """Count words with a value; all count words (some without a value)."""
    values: dict[str, int] = {}
    words: set[str] = set()
    for line in read_lines("date_numbers.txt"):
        word, value = line.split()
        words.add(word.lower())
        if value != "-":
            values[word.lower()] = int(value)
    return values, frozenset(words)


def _units() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in read_lines("date_units.txt"):
        forms, gran = (part.strip() for part in line.split("|"))
        for w in forms.split():
            out[w.lower()] = gran
    return out


def _year_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    kinds: dict[str, set[str]] = {"strong": set(), "weak": set(), "next": set()}
    for line in read_lines("year_cues.txt"):
        kind, word = line.split(None, 1)
        kinds[kind].add(word.lower())
    return frozenset(kinds["strong"]), frozenset(kinds["weak"]), frozenset(kinds["next"])


MONTHS: Final = _months()[0]
_FULL_MONTHS: Final = _months()[1]
_WEAK_MONTHS: Final = _months()[2]
WEEKDAYS: Final = _weekdays()[0]
_FULL_WEEKDAYS: Final = _weekdays()[1]
_RELATIVE: Final = _relative()
_NUMBER_VALUES: Final = _numbers()[0]
_COUNT_WORDS: Final = _numbers()[1]
_UNITS: Final = _units()
_YEAR_STRONG, _YEAR_WEAK, _YEAR_NEXT = _year_cues()


def _month_cues() -> tuple[frozenset[str], frozenset[str]]:
    kinds: dict[str, set[str]] = {"strong": set(), "weak": set()}
    for line in read_lines("month_cues.txt"):
        kind, word = line.split(None, 1)
        kinds[kind].add(word.lower())
    return frozenset(kinds["strong"]), frozenset(kinds["weak"])


# Words before a bare month name that make it a month ("in May", not "Theresa
# May"); the weak ones only for names that are not also words ("by March").
_MONTH_CUES, _MONTH_WEAK_CUES = _month_cues()


def trie(words: list[str]) -> str:
    """A regex matching exactly ``words``, factored by common prefixes.

    >>> trie(["Jun", "June", "Jul"])
    'Ju(?:l|ne?)'
    """
    groups: dict[str, list[str]] = {}
    ends = False
    for w in words:
        if w:
            groups.setdefault(w[0], []).append(w[1:])
        else:
            ends = True
    alts = [re.escape(c) + trie(sorted(rest)) for c, rest in sorted(groups.items())]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if ends:
        return ("(?:" + body + ")" if len(alts) == 1 and len(body) > 1 else body) + "?"
    return body


def _cased(words: frozenset[str] | set[str]) -> str:
    """An alternation of ``words`` in Title case and in capitals."""
    return alternation({w.title() for w in words} | {w.upper() for w in words})


_ABBR_MONTHS: Final = frozenset(MONTHS) - _FULL_MONTHS

# --------------------------------------------------------------------------
# Pattern fragments.  Every repeat is bounded; each is matched within one
# paragraph, so a match costs at most a few dozen characters of backtracking.

# Spaces inside an expression: never a line break.
_SP: Final = r"[ \u00a0]{1,3}+"
# A month: a full name, or an abbreviation with an optional full stop.
# The \b stops "Jun" from matching the start of "June" or "Junta".
MONTH: Final = rf"(?:{_cased(_FULL_MONTHS)}\b|{_cased(_ABBR_MONTHS)}\b\.?+)"
_MONTH_FULL: Final = rf"{_cased(_FULL_MONTHS)}\b"
# Weekdays: full names in running text; abbreviations only in datelines.
_WEEKDAY: Final = rf"{_cased(_FULL_WEEKDAYS)}\b"
_ABBR_WEEKDAYS: Final = frozenset(WEEKDAYS) - _FULL_WEEKDAYS
WEEKDAY_ANY: Final = rf"(?:{_cased(_FULL_WEEKDAYS)}\b|{_cased(_ABBR_WEEKDAYS)}\b\.?+)"
# A day of the month, with an optional ordinal suffix, not followed by more
# digits or letters ("5th", "31", not the "3" of "35" or of "3am").
DAY: Final = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?+(?![\p{L}\p{N}])"
# A year from 1600 to 2099, not followed by another digit.
YEAR: Final = r"(?:1[6-9][0-9]{2}|20[0-9]{2})(?![0-9])"
_AMPM: Final = r"(?:[apAP]\.[mM]\.|[apAP][mM]\b)"
_TZ: Final = r"(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|IST|local[ ]time)\b"
_RELATIVE_ALT: Final = alternation(_RELATIVE)
_UNIT_ALT: Final = alternation(_UNITS)
_COUNT_ALT: Final = alternation(_COUNT_WORDS)

# The branches of the scan, one per shape.  Each is a named group: the name
# is the shape ("dmy", "year", ...).  A clock time with a one-digit hour needs
# "am", "pm" or a time zone: "3:16" may be a verse or a score, "10:30" is a
# time.  Every repeat is bounded or possessive.
_B_ISO: Final = (
    r"(?P<iso>[0-9]{4}-[01][0-9]-[0-3][0-9](?:T[0-2][0-9]:[0-5][0-9](?::[0-5][0-9])?+)?+)"
    r"(?![0-9])"
)
_B_NUM: Final = (
    r"(?P<num>[0-3]?[0-9]/[01]?[0-9]/(?:[0-9]{4}|[0-9]{2})"
    r"|[0-3]?[0-9]\.[01]?[0-9]\.[0-9]{4}"
    r"|[0-9]{4}/[01]?[0-9]/[0-3]?[0-9])"
    r"(?![0-9]|[/.][0-9])"
)
_WD_PREFIX: Final = rf"{_WEEKDAY},?+{_SP}"
# A day or a range of days in one month ("4-6 March", "March 4-6").
_DAYS: Final = rf"{DAY}(?:[-–]{DAY})?+"
_DMY: Final = rf"{_DAYS}(?:{_SP}of)?+{_SP}{MONTH}(?:{_SP}{YEAR})?+"
_MDY: Final = rf"{MONTH}{_SP}{_DAYS}(?!,[0-9])(?:,?+{_SP}{YEAR})?+"
_LNT_WORD: Final = r"(?i:last|next|this|coming)"
_B_REL: Final = rf"(?P<rel>(?i:{_RELATIVE_ALT[3:]})\b"
_B_LNT: Final = rf"(?P<lnt>{_LNT_WORD}{_SP}(?i:week|month|year|weekend)\b)"
_B_WD: Final = (
    rf"(?P<wd>(?:{_LNT_WORD}{_SP})?+{_WEEKDAY}"
    rf"(?:{_SP}(?:morning|afternoon|evening|night)\b)?+)"
)
_B_MON: Final = (
    rf"(?P<mon>(?:(?i:last|next|this){_SP})?+{_MONTH_FULL}(?![ \u00a0]{{1,3}}[0-9]|['’]s\b)"
    rf"(?:{_SP}(?:last|this|next){_SP}year\b)?+)"
)
_B_TIME: Final = (
    rf"(?P<time>(?:[01][0-9]|2[0-3]):[0-5][0-9](?![0-9:]|[.,][0-9])"
    rf"(?:[ \u00a0]?+{_AMPM}|{_SP}{_TZ})?+"
    rf"|[0-9]:[0-5][0-9](?:[ \u00a0]?+{_AMPM}|{_SP}{_TZ})"
    rf"|(?:1[0-2]|0?[1-9])(?:[.:][0-5][0-9])?+[ \u00a0]?+{_AMPM}"
    rf"|(?:[01][0-9]|2[0-3])[0-5][0-9]{_SP}(?:GMT|UTC|BST)\b)"
)
_B_YEARS: Final = (
    rf"(?P<decade>(?:1[6-9]|20)[0-9]0s)\b"
    rf"|(?P<span>{YEAR}[-–/](?:{YEAR}|[0-9]{{2}}(?![0-9])))"
    rf"|(?P<year>{YEAR}(?!,[0-9]|\.[0-9]|%|[-–][0-9]))"
)
# A match may not start inside a word or a number ("B2004", "1.2004",
# "3,000,000").
_GUARD: Final = r"(?<![\p{L}\p{N}_])(?<![0-9][.,])"


def _shapes(*branches: str) -> regex.Pattern[str]:
    return regex.compile(_GUARD + "(?:" + "|".join(branches) + ")")


# One pattern per kind of trigger, so that each is small: the regex module
# compiles one large alternation several times slower than its parts, and
# matching tries only the shapes that can start with the trigger.  Branches
# are tried in order, the longer shapes first ("5 November 2004" before
# "5 November").
_AT_DIGIT: Final = _shapes(_B_ISO, _B_NUM, rf"(?P<dmy>{_DMY})", _B_TIME, _B_YEARS)
_AT_MONTH: Final = _shapes(rf"(?P<mdy>{_MDY})", rf"(?P<my>{MONTH}{_SP}{YEAR})", _B_MON)
_AT_WEEKDAY: Final = _shapes(
    rf"(?P<dmy>{_WD_PREFIX}{_DMY})", rf"(?P<mdy>{_WD_PREFIX}{_MDY})", _B_WD
)
_AT_LNT: Final = _shapes(_B_REL, _B_LNT, _B_WD, _B_MON)
_AT_REL: Final = _shapes(_B_REL)
_AT_CLOCK_WORD: Final = _shapes(r"(?P<time>noon|midday|midnight)\b")
_LNT_WORDS: Final = frozenset({"last", "next", "this", "coming"})
_CLOCK_WORDS: Final = frozenset({"noon", "midday", "midnight"})


def _pattern_for(word: str) -> regex.Pattern[str]:
    """The pattern to try where trigger ``word`` stands."""
    if word[0].isdigit():
        return _AT_DIGIT
    low = word.lower()
    if low in MONTHS:
        return _AT_MONTH
    if low in WEEKDAYS:
        return _AT_WEEKDAY
    if low in _LNT_WORDS:
        return _AT_LNT
    if low in _CLOCK_WORDS:
        return _AT_CLOCK_WORD
    return _AT_REL


# "a few days ago": found from its "ago", looking back over a short window
# (at most five count words of at most 12 letters).
_AGO: Final = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}_])(?<![0-9][.,])      # not inside a word or a number
    (?:(?:(?i:{_COUNT_ALT[3:]}                  # a count word ("two", "a", "few")
        |[0-9]{{1,3}}+(?:,[0-9]{{3}}){{1,4}}+    # "1,000", "3,000,000"
        |[0-9]{{1,4}}+(?:\.[0-9]{{1,3}}+)?+     # "10", "2.5"
       )[ \u00a0-]){{1,5}}+
    (?i:{_UNIT_ALT[3:]}{_SP}(?i:ago)\b
    """,
    regex.VERBOSE,
)
_AGO_WINDOW: Final = 90


def _trigger_words() -> tuple[list[str], list[str]]:
    """Words that start an expression; words of a phrase before its trigger.

    The first word of each fixed phrase triggers it, unless that word is
    too common ("the day before yesterday" is triggered by "yesterday",
    and found by looking back for "the day before").
    """
    start = {"last", "next", "this", "coming", "noon", "midday", "midnight", "ago"}
    back: list[str] = []
    for phrase in _RELATIVE:
        words = phrase.split()
        if words[0] == "the":
            start.add(words[-1])
            back.append(" ".join(words[:-1]))
        else:
            start.add(words[0])
    forms = {f for w in start for f in (w, w.title(), w.upper())}
    for names in (MONTHS, _FULL_WEEKDAYS):
        forms |= {f for w in names for f in (w.title(), w.upper())}
    return sorted(forms, key=lambda w: (-len(w), w)), back


# Where an expression may start, after a non-word character: four digits (a
# year, an ISO date, "1500 GMT"), one or two digits that go on like a date
# or a time ("5 November", "5th of", "05/11", "4-6 March", "10:30", "3pm"),
# or a trigger word.  Numbers such as "76%" or "1,000" start nothing, and
# most numbers in news are such.  The words are factored into a trie and compiled with the
# standard library's re, which scans this several times faster than a flat
# alternation in the regex module; the full pattern then runs only at these
# positions.  Bounded repeats only: each position costs a few characters.
_TRIGGER: Final = re.compile(
    # The first-character class comes first: re then skips to candidates
    # with a fast set scan (twice as fast on news text as the bare guard).
    "(?=[0-9" + "".join(sorted({w[0] for w in _trigger_words()[0]})) + "])"
    r"(?<!\w)(?<![0-9][.,])(?:[0-9]{4}(?![0-9])"
    r"|[0-9]{1,2}(?:st|nd|rd|th)?(?=[:/.\-–][0-9]|[ \u00a0]{0,3}(?:[A-Z]|[apAP]\.?[mM]|of\b))"
    r"|" + trie(sorted(set(_trigger_words()[0]))) + r"\b)"
)
_BACK_TRIGGERS: Final = frozenset(p.split()[-1] for p in _RELATIVE if p.startswith("the "))
# The words of a phrase before its trigger, just before it ("the day before ").
_BACK: Final = regex.compile(
    r"(?<![\p{L}\p{N}_])(?i:" + alternation(_trigger_words()[1])[3:] + r"[ \u00a0]$"
)

# The word before a year or a month, within a short window that ends at it
# ("mid-", "summer of ", "(").
_WORD_BEFORE: Final = regex.compile(r"([\p{L}.]{1,12}+)[ \u00a0\-]{1,3}+$")
# The word after a year: punctuation, the end, or the next word.
_WORD_AFTER: Final = regex.compile(r"(?:['’]s\b|[ \u00a0]{1,3}+(\p{L}[\p{L}\-]{0,20}+)|)")


def _tense_phrases() -> dict[str, dict[tuple[str, ...], str]]:
    """The phrases of ``date_tense.txt`` by kind group, as word tuples.

    ``"verb"``: the future and past phrases, keyed by their words, the
    kind as value; ``"prep"``: the "since" and "ahead" phrases.  An
    apostrophe is always ' ("won’t" is read as "won't").
    """
    out: dict[str, dict[tuple[str, ...], str]] = {"verb": {}, "prep": {}}
    for line in read_lines("date_tense.txt"):
        kind, phrase = line.split(None, 1)
        group = "verb" if kind in ("future", "past") else "prep"
        out[group][tuple(phrase.lower().replace("’", "'").split())] = kind
    return out


_TENSE_PHRASES: Final = _tense_phrases()
# The tense phrases by their first word, longest first.
_TENSE_BY_FIRST: Final = {
    first: sorted((p for p in _TENSE_PHRASES["verb"] if p[0] == first), key=len, reverse=True)
    for first in {p[0] for p in _TENSE_PHRASES["verb"]}
}
_CLITICS: Final = tuple(p[0] for p in _TENSE_PHRASES["verb"] if p[0].startswith("'"))
_TENSE_ENDINGS: Final = ("ed", *_CLITICS)
# A past form right after "be" ("will be held", "is to be officially
# opened") is a passive participle, and one after an article an adjective
# ("the revised timetable"): it says nothing of the tense.
_NOT_PASSIVE: Final = frozenset(
    {"be", "been", "being", "is", "are", "am", "the", "a", "an", "its", "their", "his", "her"}
)
# Words that may stand between a preposition and its date: "ahead of the
# 1 June vote", "since early May".
_PREP_FILLERS: Final = frozenset({"the", "early", "late", "mid"})
# The punctuation around a word, as text.split() leaves it.
_PUNCT: Final = "\"'“”‘’«»„()[]{}.,;:!?…-–—"
# The marks that bound a date's clause, for its tense: an opening and a
# closing quotation mark or bracket, and a colon or a semicolon.  An
# apostrophe inside a word ("won’t") is neither; a straight mark opens
# before a word and closes after one.
_MARK: Final = regex.compile(
    r"(?P<open>[“«„(\[]|(?<![\p{L}\p{N}.,;:!?])[\"'‘](?=[\p{L}\p{N}…]))"
    r"|(?P<close>[”»)\]]|(?<=[\p{L}\p{N}.,;:!?…])[\"'’](?![\p{L}\p{N}]))"
    r"|(?P<stop>[;:])"
)
# What joins the first day of a range to the last ("8 June to 14 June
# 1999", "3 May and 9 July 2011").
_RANGE_JOIN: Final = regex.compile(
    r"[ \u00a0]{0,3}+(?:[-–]|to|and|until|till|through)[ \u00a0]{0,3}+"
)
# "the" just before a date: "the 11 September attacks".
_THE_BEFORE: Final = regex.compile(r"(?<!\p{L})(?i:the)[ \u00a0]{1,2}+$")
# A few words, then "in" or "of" a year: "… attacks in 2001".  The words
# are few and bounded, so trying each count costs little.
_EVENT_YEAR: Final = regex.compile(
    rf"(?:[ \u00a0]{{1,3}}+\p{{L}}[\p{{L}}\-]{{0,20}}+){{1,6}}?[ \u00a0]{{1,3}}+(?:in|of)"
    rf"[ \u00a0]{{1,3}}+(?P<y>{YEAR})"
)
# A date at the head of its clause ("On Monday, the board will meet", "In
# late March the …") takes its tense from the words after it: at most this
# many words stand before it.
_HEAD_WORDS: Final = 2
# How far from a date its tense words are looked for.
_TENSE_BEFORE: Final = 80
_TENSE_AFTER: Final = 60
# A run of letters (with its full stop) or of digits.  Possessive: a run is
# read once and never given back, however long.
_TOKENS: Final = regex.compile(r"\p{L}++\.?+|[0-9]++")


@attrs.frozen(kw_only=True)
class DateHit:
    """A date or time expression found by the scan, not yet resolved.

    Attributes:
        start: offset of the expression.
        end: offset after it.
        kind: which shape matched ("dmy", "year", "wd", ...).
    """

    start: int
    end: int
    kind: str


def _year_ok(text: str, pstart: int, s: int, e: int, pend: int) -> bool:
    """True when the bare four-digit number at ``s:e`` is a year."""
    before = text[s - 1 : s] if s > pstart else ""
    if before in ("$", "£", "€", "¥", "#"):
        return False
    after = text[e : e + 1]
    if before == "(" and after == ")":
        return True
    m = _WORD_BEFORE.search(text, max(pstart, s - 16), s)
    prev = m.group(1).lower() if m else ""
    if prev in _YEAR_STRONG:
        return True
    if prev and prev not in _YEAR_WEAK:
        return False
    n = _WORD_AFTER.match(text, e, min(pend, e + 24))
    nxt = n.group(1) if n is not None else None
    return nxt is None or nxt[0].isupper() or nxt.lower() in _YEAR_NEXT


def _month_ok(text: str, pstart: int, s: int, name: str) -> bool:
    """True when a bare month name at ``s`` stands after a date cue."""
    low = name.lower()
    if low.startswith(("last", "next", "this")):
        return True
    m = _WORD_BEFORE.search(text, max(pstart, s - 16), s)
    if m is None:
        return False
    prev = m.group(1).lower()
    if prev in _MONTH_CUES:
        return True
    return prev in _MONTH_WEAK_CUES and low not in _WEAK_MONTHS


_WEEKDAY_TITLES: Final = tuple(line + " " for line in read_lines("weekday_titles.txt"))
# "Sky News' Sunday": a capitalised name's possessive right before.
_POSSESSIVE_BEFORE: Final = regex.compile(r"\p{Lu}\p{L}{0,20}+['’]s?+[ \u00a0]$")


def _weekday_ok(text: str, pstart: int, s: int, e: int, pend: int) -> bool:
    """False for a recurring weekday or one in a title.

    "every Monday"; "the Sunday Times" (a capitalised word after it); "the
    Mail on Sunday", "Sky News' Sunday" (a title or a possessive name before).
    """
    m = _WORD_BEFORE.search(text, max(pstart, s - 12), s)
    if m is not None and m.group(1).lower() in ("every", "each"):
        return False
    after = text[e : min(pend, e + 2)]
    if len(after) == 2 and after[0] == " " and after[1].isupper():
        return False
    before = text[max(pstart, s - 24) : s]
    return not (before.endswith(_WEEKDAY_TITLES) or _POSSESSIVE_BEFORE.search(before))


def _relative_ok(view: TextView, s: int) -> bool:
    """False for a capitalised "Today" inside a sentence: a title, not a date."""
    text = view.text
    if not text[s].isupper() or text[s + 1 : s + 2].isupper():
        return True
    ss = view.sentences[view.sentence_index(s)][0]
    lead = text[ss:s].rstrip()
    return not lead or lead[-1] in "\"'“‘(:—–-"


def scan_dates(view: TextView) -> tuple[DateHit, ...]:
    """The date and time expressions of ``view``, in text order, unparsed.

    Cheap: one scan for trigger words per paragraph, and the full pattern
    only where one stands.  Years are kept only where the words around them
    make them years.
    """
    text = view.text
    out: list[DateHit] = []
    for pstart, pend in view.paragraphs:
        done = pstart  # no expression may start before the end of the last one
        for t in _TRIGGER.finditer(text, pstart, pend):
            pos = t.start()
            if pos < done:
                continue
            if text.startswith("ago", pos):
                m = _AGO.search(text, max(done, pos - _AGO_WINDOW), pos + 3)
                if m is None or m.end() != pos + 3:
                    continue
                kind = "ago"
            else:
                b = None
                if t.group().lower() in _BACK_TRIGGERS:
                    b = _BACK.search(text, max(done, pos - 30), pos)
                m = _pattern_for(t.group()).match(text, b.start() if b else pos, pend)
                if m is None:
                    continue
                kind = m.lastgroup or ""
            s, e = m.span()
            done = e
            if kind == "year" and not _year_ok(text, pstart, s, e, pend):
                continue
            if kind == "mon" and not _month_ok(text, pstart, s, m.group()):
                continue
            if kind == "wd" and not _weekday_ok(text, pstart, s, e, pend):
                continue
            if kind == "rel" and not _relative_ok(view, s):
                continue
            out.append(DateHit(start=s, end=e, kind=kind))
    return tuple(out)


def date_spans(view: TextView) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of every date and time expression of ``view``.

    For layers that must not read a year, a day of the month or a clock time
    as a number: a number inside one of these spans is part of a date.

    >>> from newsclaims._segment import segment
    >>> date_spans(segment("In 2004, 300 people left on 5 May."))
    ((3, 7), (28, 33))
    """
    return tuple((h.start, h.end) for h in scan_dates(view))


# --------------------------------------------------------------------------
# Meaning of an expression, independent of the base date (cached)


@attrs.frozen(kw_only=True)
class _Spec:
    """What an expression means before a base date is applied.

    ``mode`` says how to resolve it:

    - ``abs``: ``iso`` is the value;
    - ``md``: month ``m`` and day ``d`` in the year nearest the base;
    - ``mon``: month ``m``; ``n`` is -1/0/1 for last/this/next, None nearest;
    - ``days``/``weeks``/``months``/``years``: ``n`` units from the base;
    - ``wd``: weekday ``m``; ``how`` is "last", "next", "this" or "bare";
    - ``none``: cannot be resolved, even with a base.
    """

    mode: str
    gran: str
    iso: str | None = None
    m: int = 0
    d: int = 0
    n: int | None = None
    how: str = ""


_NONE_DAY: Final = _Spec(mode="none", gran="day")


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _parse_calendar(tokens: list[str], gran_day: bool) -> _Spec:
    """A date with a month name: day (or a range of days) and year where given.

    A range ("4-6 March 2004") is an ISO 8601 interval, "2004-03-04/2004-03-06".
    """
    month = year = 0
    days: list[int] = []
    for t in tokens:
        low = t.lower().rstrip(".")
        if not month and low in MONTHS:
            month = MONTHS[low]
        elif t.isdigit():
            if len(t) == 4:
                year = int(t)
            else:
                days.append(int(t))
        elif t[:-2].isdigit():  # "5th"
            days.append(int(t[:-2]))
    if not gran_day:
        return _Spec(mode="abs", gran="month", iso=f"{year:04d}-{month:02d}")
    day, last = days[0], days[-1]
    if last < day or any(_iso(2000, month, x) is None for x in (day, last)):
        return _NONE_DAY  # 2000 is a leap year: 29 February passes
    if year:
        first = _iso(year, month, day)
        end = _iso(year, month, last)
        if first is None or end is None:
            return _NONE_DAY
        return _Spec(mode="abs", gran="day", iso=first if last == day else f"{first}/{end}")
    return _Spec(mode="md", gran="day", m=month, d=day, n=last)


def _parse_numeric(norm: str) -> _Spec:
    """A numeric date: unresolved when the order of day and month is unknown.

    "2024/11/05" is year first; "5.11.2024" is day first (dots are never
    month first); "05/11/2024" is ambiguous, "13/11/2024" is not.
    """
    parts = [int(p) for p in regex.split(r"[/.]", norm)]
    if parts[0] > 31:
        y, m, d = parts
    elif "." in norm:
        d, m, y = parts
    else:
        a, b, y = parts
        if y < 100:
            y += 2000 if y < 70 else 1900
        if a > 12 >= b:
            d, m = a, b
        elif b > 12 >= a:
            m, d = a, b
        elif a == b:
            d = m = a
        else:
            return _NONE_DAY  # 05/11: May or November; not guessed
    iso = _iso(y, m, d)
    return _Spec(mode="abs", gran="day", iso=iso) if iso else _NONE_DAY


_DECIMAL: Final = regex.compile(r"[0-9]{1,4}+\.[0-9]{1,3}+")
# A unit → the finer unit a fraction of it is counted in, and how many.
_FINER: Final = {
    "decade": ("years", "year", 10),
    "year": ("months", "month", 12),
    "month": ("days", "day", 30),
    "fortnight": ("days", "day", 14),
    "week": ("days", "day", 7),
    "day": ("days", "day", 1),
}


def _decimal_ago(count: float, unit: str) -> _Spec:
    """A count with a fraction, in the finer unit: "1.5 years ago" is 18 months ago."""
    if unit in ("hour", "minute"):
        return _Spec(mode="days", gran="day", n=0)
    mode, gran, per = _FINER[unit]
    return _Spec(mode=mode, gran=gran, n=-round(count * per))


def _parse_ago(norm: str) -> _Spec:
    words = norm.replace("-", " ").split()
    unit, count = words[-2], words[:-2]
    gran = _UNITS.get(unit, "day")
    base_unit = unit.rstrip("s")
    n: int | None = None
    if len(count) == 1:
        w = count[0].replace(",", "")
        n = int(w) if w.isdigit() else _NUMBER_VALUES.get(w)
    elif count in (["a", "couple", "of"], ["couple", "of"]):
        n = 2
    elif count in (["a", "dozen"], ["dozen"]):
        n = 12
    elif len(count) == 2 and count[1] in _NUMBER_VALUES and count[0] in _NUMBER_VALUES:
        # "twenty five", "a hundred"
        a, b = _NUMBER_VALUES[count[0]], _NUMBER_VALUES[count[1]]
        n = a * b if b == 100 else a + b
    if n is None and len(count) == 1 and _DECIMAL.fullmatch(count[0]):
        return _decimal_ago(float(count[0]), base_unit)
    if n is None:
        return _dateparser_spec(norm, gran)
    if base_unit in ("hour", "minute"):
        return _Spec(mode="days", gran="day", n=0)
    if base_unit == "fortnight":
        return _Spec(mode="days", gran="day", n=-14 * n)
    if base_unit == "decade":
        return _Spec(mode="years", gran="year", n=-10 * n)
    mode = {"day": "days", "week": "weeks", "month": "months", "year": "years"}[base_unit]
    return _Spec(mode=mode, gran=gran, n=-n)


# dateparser resolves what the shapes above do not cover, against this fixed
# base; the result is kept as an offset in days and applied to the real base
# later, so one call serves every article.
_DP_BASE: Final = dt.datetime(2000, 6, 15, 12, 0)  # noqa: DTZ001 -- a naive reference point


@functools.lru_cache(maxsize=1)
def _date_parser() -> object:
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": _DP_BASE,
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )


def _dateparser_spec(norm: str, gran: str) -> _Spec:
    """An offset in days from dateparser, or unresolvable."""
    try:
        parser = _date_parser()
        data = parser.get_date_data(norm)  # type: ignore[attr-defined]
        when = data.date_obj
    except Exception:  # noqa: BLE001 -- dateparser may fail on any odd string: no date then
        return _Spec(mode="none", gran=gran)
    if not isinstance(when, dt.datetime):
        return _Spec(mode="none", gran=gran)
    return _Spec(mode="days", gran=gran, n=(when.date() - _DP_BASE.date()).days)


_LNT_SIGN: Final = {"last": -1, "next": 1, "coming": 1, "this": 0}


@functools.lru_cache(maxsize=4096)
def _spec(kind: str, norm: str) -> _Spec:
    """The meaning of expression ``norm`` (lowercase, single spaces) of shape ``kind``."""
    tokens = _TOKENS.findall(norm)
    if kind == "iso":
        if "t" in norm:
            return _Spec(mode="abs", gran="time", iso=norm.upper())
        y, m, d = (int(p) for p in norm.split("-"))
        iso = _iso(y, m, d)
        return _Spec(mode="abs", gran="day", iso=iso) if iso else _NONE_DAY
    if kind == "num":
        return _parse_numeric(norm)
    if kind in ("dmy", "mdy"):
        return _parse_calendar(tokens, gran_day=True)
    if kind == "my":
        return _parse_calendar(tokens, gran_day=False)
    if kind == "rel":
        gran, offset = _RELATIVE[norm]
        return _Spec(mode="days", gran=gran, n=offset)
    if kind == "ago":
        return _parse_ago(norm)
    if kind == "lnt":
        sign = _LNT_SIGN[tokens[0]]
        unit = tokens[1]
        if unit == "weekend":
            return _Spec(mode="weeks", gran="week", n=sign)
        return _Spec(mode=unit + "s", gran=unit, n=sign)
    if kind == "wd":
        how = tokens[0] if tokens[0] in _LNT_SIGN else "bare"
        name = tokens[1] if how != "bare" else tokens[0]
        return _Spec(mode="wd", gran="weekday", m=WEEKDAYS[name], how=how)
    if kind == "mon":
        if tokens[-1] == "year":  # "May last year": that month in the year before the base
            return _Spec(mode="mony", gran="month", m=MONTHS[tokens[-3]], n=_LNT_SIGN[tokens[-2]])
        n = _LNT_SIGN.get(tokens[0]) if len(tokens) > 1 else None
        return _Spec(mode="mon", gran="month", m=MONTHS[tokens[-1]], n=n)
    if kind == "time":
        return _Spec(mode="abs", gran="time", iso=_clock(norm))
    if kind == "decade":
        first = int(norm[:4])
        return _Spec(mode="abs", gran="decade", iso=f"{first}/{first + 9}")
    if kind == "span":
        first, second = int(norm[:4]), int(norm[5:])
        if second < 100:
            second += first - first % 100
            if second <= first:
                second += 100
        if not first < second <= first + 100:
            return _Spec(mode="none", gran="year")
        return _Spec(mode="abs", gran="year", iso=f"{first}/{second}")
    # The last shape: a bare year.
    return _Spec(mode="abs", gran="year", iso=norm)


def _clock(norm: str) -> str | None:
    """The clock time of ``norm``: "3.30pm" → "15:30", "noon" → "12:00"."""
    if norm in ("noon", "midday"):
        return "12:00"
    if norm == "midnight":
        return "00:00"
    digits = regex.match(r"([0-9]{1,2}+)(?:[:.]?+([0-9]{2}))?+", norm)
    if digits is None:  # pragma: no cover -- the scan only passes times with digits
        return None
    hour, minute = int(digits.group(1)), int(digits.group(2) or 0)
    rest = norm[digits.end() :].replace(".", "").strip()
    if rest.startswith("pm") and hour < 12:
        hour += 12
    elif rest.startswith("am") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


# --------------------------------------------------------------------------
# Applying the base date


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _in_calendar(y: int) -> bool:
    return dt.MINYEAR <= y <= dt.MAXYEAR


def _pick(options: list[int], here: int, tense: str | None) -> int | None:
    """The option for ``here`` in a clause of ``tense``.

    On or before ``here`` in the past, on or after it in the future, else
    the nearest (the earlier on a tie).
    """
    if tense == "past":
        options = [k for k in options if k <= here]
    elif tense == "future":
        options = [k for k in options if k >= here]
    if not options:
        return None
    return min(options, key=lambda k: (abs(k - here), k))


def _md_in_year(spec: _Spec, year: int) -> str | None:
    """Day (or days) ``spec`` of year ``year``: "2004-03-04" or "2004-03-04/2004-03-06"."""
    first = _iso(year, spec.m, spec.d) if _in_calendar(year) else None
    if first is None or not spec.n or spec.n == spec.d:
        return first
    last = _iso(year, spec.m, spec.n)
    return None if last is None else f"{first}/{last}"


def _resolve_md(spec: _Spec, base: dt.date, tense: str | None) -> str | None:
    """A day of a month without a year ("5 November", "4-6 March")."""
    options = [
        dt.date(y, spec.m, spec.d).toordinal()
        for y in (base.year - 1, base.year, base.year + 1)
        if _in_calendar(y) and _iso(y, spec.m, spec.d)
    ]
    k = _pick(options, base.toordinal(), tense)
    return None if k is None else _md_in_year(spec, dt.date.fromordinal(k).year)


def _resolve_mon(spec: _Spec, base: dt.date, tense: str | None) -> str | None:
    """A month without a year: "in March", "last March", "next March"."""
    here = base.year * 12 + base.month - 1
    k: int | None = base.year * 12 + spec.m - 1
    if spec.n is None:
        options = [y * 12 + spec.m - 1 for y in range(base.year - 1, base.year + 2)]
        k = _pick(options, here, tense)
    elif spec.n < 0 and k is not None and k >= here:
        k -= 12
    elif spec.n > 0 and k is not None and k <= here:
        k += 12
    if k is None or not _in_calendar(k // 12):
        return None
    return f"{k // 12:04d}-{k % 12 + 1:02d}"


def _resolve_wd(spec: _Spec, base: dt.date, tense: str | None) -> str:
    """A weekday: "last", "next" and "this" as said; a bare one by its tense."""
    wd, today = spec.m, base.weekday()
    if spec.how == "last":
        delta = -((today - wd) % 7 or 7)
    elif spec.how in ("next", "coming") or (spec.how == "bare" and tense == "future"):
        delta = (wd - today) % 7 or 7
    elif spec.how == "this":
        delta = wd - today
    else:
        delta = -((today - wd) % 7)
    return (base + dt.timedelta(days=delta)).isoformat()


def _resolve(spec: _Spec, base: dt.date, tense: str | None = None) -> str | None:
    """The value of ``spec`` seen from ``base``, in a clause of ``tense``.

    None when the value falls outside the calendar (years 1 to 9999): a
    ``published`` near either end gives what can be given, never an error.
    """
    mode, n = spec.mode, spec.n or 0
    try:
        if mode == "days":
            return (base + dt.timedelta(days=n)).isoformat()
        if mode == "weeks":
            y, w, _ = (base + dt.timedelta(days=7 * n)).isocalendar()
            return f"{y:04d}-W{w:02d}"
        if mode == "months":
            y, m = _add_months(base.year, base.month, n)
            return f"{y:04d}-{m:02d}" if _in_calendar(y) else None
        if mode in ("years", "mony"):
            y = base.year + n
            if not _in_calendar(y):
                return None
            return f"{y:04d}" if mode == "years" else f"{y:04d}-{spec.m:02d}"
        if mode == "md":
            return _resolve_md(spec, base, tense)
        if mode == "mon":
            return _resolve_mon(spec, base, tense)
        if mode == "wd":
            return _resolve_wd(spec, base, tense)
    except (OverflowError, ValueError):
        return None  # beyond date.min or date.max
    return None  # pragma: no cover -- abs and none are handled by the caller


def _norm(s: str) -> str:
    return " ".join(s.replace("\u00a0", " ").lower().split())


def _tensed(spec: _Spec) -> bool:
    """True when the tense of its clause decides the value of ``spec``.

    A day or a month without a year and a bare weekday: "changed in March"
    is the March before the base, "will change in March" the one after.
    """
    return (
        spec.mode == "md"
        or (spec.mode == "mon" and spec.n is None)
        or (spec.mode == "wd" and spec.how == "bare")
    )


def _outside_quotes(text: str, lo: int, start: int) -> list[tuple[int, int]]:
    """The stretches of ``text[lo:start]`` in the clause of what is at ``start``.

    Nearest first.  A quotation (or a bracket) that closes before ``start``
    is left out, and the words before it count: in `"We will rebuild," she
    said on Monday` the words are "she said on".  One that opens before
    ``start`` and is still open holds it: its words count, and no more.
    """
    marks = [(m.start(), m.lastgroup) for m in _MARK.finditer(text, lo, start)]
    out: list[tuple[int, int]] = []
    hi = start
    i = len(marks) - 1
    while i >= 0:
        pos, kind = marks[i]
        out.append((pos + 1, hi))
        if kind != "close":
            return out  # the date is inside this quotation, or the clause begins here
        while i >= 0 and marks[i][1] != "open":
            i -= 1
        if i < 0:
            return out  # the quotation opened out of sight
        hi = marks[i][0]
        i -= 1
    out.append((lo, hi))
    return out


def _words(text: str, lo: int, hi: int) -> list[str]:
    """The words of ``text[lo:hi]`` as written, with their punctuation.

    Split at white space (which is much cheaper than a pattern); a word cut
    by ``lo`` ("…ected to") is left out.
    """
    words = text[lo:hi].split()
    if words and lo > 0 and not text[lo - 1].isspace() and not text[lo].isspace():
        del words[0]
    return words


def _bare(word: str) -> str:
    """``word`` without the punctuation around it, with ' for ’."""
    return word.strip(_PUNCT).replace("’", "'")


def _tense_at(words: list[str], i: int) -> str | None:
    """The tense that ``words[i:]`` opens with: "future", "past", "ed" or None.

    A phrase of the lexicon (all its words in lowercase as written, with no
    punctuation inside it: "set to", not "set, to"), a clitic ("we'll"), or
    a lowercase word in "-ed" ("ed", weak: not after "e", as in "need"; not
    "hundred").  A past form right after "be" or an article, with at most
    an adverb in "-ly" between, is no tense at all.
    """
    word = _bare(words[i])
    # Most words are none of these: they are passed over with one lookup.
    if word not in _TENSE_BY_FIRST and not word.endswith(_TENSE_ENDINGS):
        return None
    if not word.islower() or not word.replace("'", "").isalpha():
        return None
    if word.endswith(_CLITICS):
        return "future"
    kind = None
    for phrase in _TENSE_BY_FIRST.get(word, ()):
        n = len(phrase)
        tail = words[i + 1 : i + n]
        if (
            len(tail) == n - 1
            and all(
                _bare(w) == p and w[-1].isalpha()
                for w, p in zip(tail[:-1], phrase[1:-1], strict=True)
            )
            and (n == 1 or (words[i][-1].isalpha() and _bare(tail[-1]) == phrase[-1]))
        ):
            kind = _TENSE_PHRASES["verb"][phrase]
            break
    if kind is None and len(word) > 3 and word.endswith("ed") and word[-3] != "e":
        kind = "ed" if word != "hundred" else None
    if kind in ("past", "ed") and _passive(words, i):
        return None
    return kind


def _passive(words: list[str], i: int) -> bool:
    """True when ``words[i]`` follows "be" or an article.

    "will be held", "the revised timetable", "is to be formally opened":
    at most an adverb in "-ly" between.
    """
    k = i - 1
    if k >= 0 and words[k][-1].isalpha() and words[k].endswith("ly") and k > 0:
        k -= 1
    return k >= 0 and words[k][-1].isalpha() and words[k].lower() in _NOT_PASSIVE


def _prep_tense(text: str, start: int) -> str | None:
    """"past" after "since", "future" after "ahead of", right before ``start``."""
    words = [_bare(w).lower() for w in _words(text, max(0, start - 30), start)]
    while words and words[-1] in _PREP_FILLERS:
        words.pop()
    for phrase, kind in _TENSE_PHRASES["prep"].items():
        if tuple(words[-len(phrase) :]) == phrase:
            return "past" if kind == "since" else "future"
    return None


def _tense(view: TextView, start: int, end: int) -> str | None:
    """"past", "future" or None: the tense of the clause of the date at ``start:end``.

    A preposition right before the date ("since May"); else the nearest
    strong tense word before it in its clause, not counting quotations that
    close before it, or the nearest weak one ("-ed") when there is none;
    else, when the date heads its clause ("On Monday, the board will
    meet"), the first after it.
    """
    text = view.text
    prep = _prep_tense(text, start)
    if prep is not None:
        return prep
    ss, se = view.sentences[view.sentence_index(start)]
    weak = None
    head = 0
    for lo, hi in _outside_quotes(text, max(ss, start - _TENSE_BEFORE), start):
        words = _words(text, lo, hi)
        for i in range(len(words) - 1, -1, -1):
            kind = _tense_at(words, i)
            if kind in ("future", "past"):
                return kind
            if kind == "ed" and weak is None:
                weak = "past"
        head += len(words)
    if weak is not None or head > _HEAD_WORDS:
        return weak
    hi = min(se, end + _TENSE_AFTER)
    stop = _MARK.search(text, end, hi)
    words = _words(text, end, stop.start() if stop else hi)
    for i in range(len(words)):
        kind = _tense_at(words, i)
        if kind is not None:
            return "future" if kind == "future" else "past"
    return None


def _event_year(view: TextView, h: DateHit) -> int | None:
    """The year that a named day ("the 11 September attacks in 2001") gives itself.

    A day and month without a year, after "the", followed in its sentence by
    a few words and "in" or "of" a year, is that year's day, whatever the
    base: the date names an event.
    """
    text = view.text
    if not _THE_BEFORE.search(text, max(0, h.start - 6), h.start):
        return None
    se = view.sentences[view.sentence_index(h.start)][1]
    m = _EVENT_YEAR.match(text, h.end, min(se, h.end + 80))
    return int(m.group("y")) if m is not None else None


def _range_year(view: TextView, h: DateHit, nxt: DateHit | None, spec: _Spec) -> int | None:
    """The year of a range's first day, from its last: "from 8 June to 14 June 1999".

    A day crossing a new year takes the year before ("from 20 December to 5
    January 2005").
    """
    if nxt is None or not _RANGE_JOIN.fullmatch(view.text, h.end, nxt.start):
        return None
    other = _spec(nxt.kind, _norm(view.text[nxt.start : nxt.end]))
    if other.mode != "abs" or other.gran != "day" or other.iso is None:
        return None
    year, month, day = (int(p) for p in other.iso[:10].split("-"))
    return year - 1 if (spec.m, spec.d) > (month, day) else year


def find_dates(
    view: TextView, hits: tuple[DateHit, ...], base: dt.date | None
) -> tuple[DateMention, ...]:
    """The :class:`DateMention` of each hit, resolved against ``base`` if given.

    Never raises on a ``base`` anywhere in the calendar: what cannot be
    resolved gets ``value=None``.
    """
    text = view.text
    out: list[DateMention] = []
    for i, h in enumerate(hits):
        raw = text[h.start : h.end]
        spec = _spec(h.kind, _norm(raw))
        year = None
        if spec.mode == "md":
            nxt = hits[i + 1] if i + 1 < len(hits) else None
            year = _range_year(view, h, nxt, spec) or _event_year(view, h)
        if year is not None:
            value, relative = _md_in_year(spec, year), False
        elif spec.mode == "abs":
            value, relative = spec.iso, False
        elif spec.mode == "none":
            value, relative = None, h.kind == "ago"
        else:
            relative = True
            value = None
            if base is not None:
                tense = _tense(view, h.start, h.end) if _tensed(spec) else None
                try:
                    value = _resolve(spec, base, tense)
                except OverflowError:
                    # Seen from a base near year 1 or 9999: no date to give.
                    value = None
        out.append(
            DateMention(
                text=raw,
                start=h.start,
                end=h.end,
                value=value,
                granularity=spec.gran,
                relative=relative,
            )
        )
    return tuple(out)


def coerce_published(value: object) -> dt.date | None:
    """The publication date from a ``date``, a ``datetime`` or an ISO 8601 string.

    Raises:
        TypeError: ``value`` is of another type.
        ValueError: ``value`` is a string that is not an ISO 8601 date.

    >>> coerce_published("2005-01-01T09:30:00Z")
    datetime.date(2005, 1, 1)
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        s = value.strip()
        try:
            if len(s) == 10:
                return dt.date.fromisoformat(s)
            if s.endswith(("Z", "z")):
                s = s[:-1] + "+00:00"
            return dt.datetime.fromisoformat(s).date()
        except ValueError:
            msg = f"published must be an ISO 8601 date such as '2005-01-31', not {value!r}"
            raise ValueError(msg) from None
    msg = f"published must be a date, a datetime or an ISO 8601 str, not {type(value).__name__}"
    raise TypeError(msg)
