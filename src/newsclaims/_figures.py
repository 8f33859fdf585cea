"""Figures: numbers with what they count, their bounds and their kind.

Two fast scans find where numbers start in a paragraph: one for digits (a
pattern that opens with a digit, so the engine skips ahead at C speed, once
for the whole text) and one for runs of number words, tried only where a
number word stands (see _word_runs).  Short anchored patterns then read
what stands around each number: a currency, sign or qualifier on the left
(matched backwards from the number), a multiplier, unit, currency, bound or
counted noun on the right, and a second number that makes a range.  Each of
those looks at a window of a few dozen characters, so a paragraph is read
once, in linear time.  Cheap tests of the characters after a number skip
the patterns that cannot match there (see _fits).

Years, dates, times, phone numbers, labels ("No. 10", "Section 427") and
names ("G7", "F-16", "COVID-19") are not figures and are skipped: the dates
layer reports dates and years.
"""

from __future__ import annotations

import bisect
import math
import string
from collections.abc import Iterable, Sequence
from typing import Final

import attrs
import regex

from newsclaims._lexicon import alternation, read_lines
from newsclaims._numbers import (
    DIGITS,
    MULTIPLIERS,
    NUMBER_WORDS,
    VAGUE,
    WORDS,
    digits_value,
    grouped_alternation,
    split_words,
)
from newsclaims._segment import TextView
from newsclaims._types import Figure, FigureKind

__all__ = ["find_figures"]


def _table(name: str) -> list[list[str]]:
    """Rows of a data file whose columns are separated by ``|``."""
    return [[c.strip() for c in line.split("|")] for line in read_lines(name)]


def _fold(word: str) -> bool:
    """Whether a surface matches case-insensitively: words, not symbols or codes."""
    return len(word) >= 3 and word.replace(" ", "").replace("-", "").isalpha() and word.islower()


def _case_alt(words: Iterable[str], *, reverse: bool = False, grouped: bool = True) -> str:
    """An alternation matching words case-insensitively and symbols exactly.

    Grouped by first character (see ``grouped_alternation``), which matches
    faster; ``reverse`` for a pattern matched backwards.  Not ``grouped``,
    it compiles faster, for a pattern seldom tried.
    """
    items = [str(w) for w in words]
    folded = [w for w in items if _fold(w)]
    exact = [w for w in items if not _fold(w)]
    parts = []
    if folded:
        alt = grouped_alternation(folded, reverse=reverse) if grouped else alternation(folded)
        parts.append("(?i:" + alt + ")")
    if exact:
        parts.append(grouped_alternation(exact, reverse=reverse) if grouped else alternation(exact))
    return "(?:" + "|".join(parts) + ")"


def _cases(c: str) -> set[str]:
    """The characters a case-insensitive pattern reads as ``c`` ("k": "k", "K", Kelvin sign)."""
    fold = c.casefold()
    out = {c, c.lower(), c.upper()}
    if len(fold) == 1:
        out |= {fold, fold.upper()}
    return out


def _heads(words: Iterable[str], *, folded: Iterable[str] = ()) -> frozenset[str]:
    """The first one or two characters of ``words``, and of ``folded`` in any case.

    See _may_start: a test that rules out most places where a long word
    list cannot match, for a fraction of what trying the pattern costs.
    """
    out = {w[:2] for w in words}
    for w in folded:
        out.update(a + b for a in _cases(w[0]) for b in (_cases(w[1]) if len(w) > 1 else [""]))
    return frozenset(out)


def _may_start(text: str, p: int, hi: int, heads: frozenset[str]) -> bool:
    """False only when no word whose ``heads`` these are can start at ``p``.

    Decides on ASCII only: a word spelt with other characters, or read
    case-insensitively, might match text that is not ASCII.
    """
    head = text[p : min(p + 2, hi)]
    return not head.isascii() or head in heads or head[:1] in heads


class _Lazy:
    """A pattern of a rare path, compiled the first time it is used.

    Compiling every pattern at import would cost more than most texts need:
    those that few numbers reach wait until one does (a fraction of a
    millisecond, once).
    """

    __slots__ = ("_compiled", "_source")

    def __init__(self, source: str) -> None:
        self._source = source
        self._compiled: regex.Pattern[str] | None = None

    def match(self, text: str, pos: int, endpos: int) -> regex.Match[str] | None:
        if self._compiled is None:
            self._compiled = regex.compile(self._source)
        return self._compiled.match(text, pos, endpos)


# --- lexicons -------------------------------------------------------------

_CURRENCIES: Final = _table("currencies.txt")
_CUR_PRE: Final = {r[0]: r[2] for r in _CURRENCIES if "pre" in r[1].split()}
_CUR_POST: Final = {r[0]: r[2] for r in _CURRENCIES if "post" in r[1].split()}
_CUR_PRE_FOLD: Final = {k.lower(): v for k, v in _CUR_PRE.items()}
_CUR_POST_FOLD: Final = {k.lower(): v for k, v in _CUR_POST.items()}
# Signs that are also parts of names ("N64", "R800", "PS3"): see _strict_ok.
_CUR_STRICT: Final = frozenset(r[0] for r in _CURRENCIES if "strict" in r[1].split())

# The figure's kind by the unit's dimension (see units.txt); any other
# dimension is a measure.
_DIMENSION_KIND: Final[dict[str, FigureKind]] = {
    "ratio": "percent", "temperature": "temperature", "time": "duration", "age": "age",
}
_UNIT_ROWS: Final = _table("units.txt")
# Each unit surface with the figure's kind and the unit's name.
_UNITS: Final = {r[0]: (_DIMENSION_KIND.get(r[2], "measure"), r[1]) for r in _UNIT_ROWS}
_UNITS_FOLD: Final = {k.lower(): v for k, v in _UNITS.items() if _fold(k)}
_QUALS: Final = {r[0].lower(): r[1] for r in _table("qualifiers.txt")}
_SUFFIX: Final = {r[0].lower(): r[1] for r in _table("figure_suffix_bounds.txt")}
_PREP_HEADS: Final[dict[str, frozenset[str]]] = {
    prep: frozenset(r[0].lower() for r in _table("figure_preposition_heads.txt") if r[1] == prep)
    for prep in {r[1] for r in _table("figure_preposition_heads.txt")}
}
_STREETS: Final = frozenset(read_lines("figure_street_words.txt"))
_STOP: Final = frozenset(read_lines("counted_stop_words.txt"))
_PLURALS: Final = frozenset(read_lines("counted_plurals.txt"))
# Endings of compound plurals: "grandchildren", "townspeople", "fishermen".
_PLURAL_ENDINGS: Final = (
    "children", "people", "women", "smen", "chairmen", "firemen", "freshmen", "gunmen",
    "policemen",
)
_LABELS: Final = frozenset(read_lines("figure_labels.txt"))
_MONTHS: Final = frozenset(read_lines("figure_date_words.txt"))
_CHANGE: Final = frozenset(read_lines("figure_change_verbs.txt"))
_MULT_FOLD: Final = {m.lower(): f for m, (f, where) in MULTIPLIERS.items() if where != "attached"}

_VAGUE: Final = {
    "tens": (10.0, 100.0),
    "dozens": (12.0, 120.0),
    "scores": (20.0, 200.0),
    "hundreds": (100.0, 1000.0),
    "thousands": (1e3, 1e4),
    "lakhs": (1e5, 1e6),
    "millions": (1e6, 1e7),
    "crores": (1e7, 1e8),
    "billions": (1e9, 1e10),
    "trillions": (1e12, 1e13),
}
_VULGAR: Final = {
    "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅙": 1 / 6,
    "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
}
# Denominators of fractions written in digits: "3/4", "1/3", "7/10".  Others
# ("9/11", "24/7") are names and slogans, not fractions.
_DENOMINATORS: Final = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 32, 40, 50, 64, 100})

# --- scans ----------------------------------------------------------------

# Where a numeral in digits starts: a digit not preceded by another.  The
# pattern opens with a character class, so the engine skips to candidates
# at C speed; the lookbehind only runs on digits.  A class of ASCII digits
# alone is four times faster to skip over than one with the vulgar
# fractions, so those get their own pattern, for the rare text holding one.
_DIGIT_START: Final = regex.compile(r"[0-9](?<![\p{N}_][0-9])")
_DIGIT_OR_VULGAR_START: Final = regex.compile(r"[0-9½⅓⅔¼¾⅕⅙⅛⅜⅝⅞](?<![\p{N}_][0-9])")
# A numeral at a digit start, anchored there:
#   frac      a fraction ("3/4", "2 1/4"); checked against _DENOMINATORS
#   dig       digits with separators and decimals (see DIGITS)
_NUMERAL: Final = regex.compile(
    r"(?P<frac>(?:[0-9]{1,3}[ \u00a0]{1,2})?[0-9]{1,3}/[0-9]{1,3})(?![0-9/])"
    r"|(?P<dig>" + DIGITS + r")",
    regex.VERBOSE,
)
_DIGITS_ONLY: Final = regex.compile(DIGITS, regex.VERBOSE)
# The digits of a name or a code, with the separators inside them ("PS21,700",
# "Y=28,030"), but not a group after a space ("i7 860").
_CODE_DIGITS: Final = regex.compile(r"[0-9]{1,30}+(?:[,.][0-9]{1,30}+){0,10}+")
# A run of number words (see WORDS; vague plurals such as "millions" open
# runs too).  Trying the word list at every word start would cost more than
# the rest of the layer, so a paragraph is scanned only when its set of
# lower-cased words shares one with _TRIGGERS (a test that runs at C speed),
# and then only where those words stand (see _word_runs).
_WORD_RUN: Final = regex.compile(r"\b(?P<words>" + WORDS + r")")
_TRIGGERS: Final = frozenset([*(w for w in NUMBER_WORDS if w not in ("first", "second")),
                              *VAGUE])
# Every word that may stand in a run (lower-cased): number words, "first",
# "second", "point", and the joining "a", "an", "and".
_RUN_WORDS: Final = frozenset([*NUMBER_WORDS, *VAGUE, "first", "second", "third", "point",
                               "a", "an", "and"])
_RUN_GAPS: Final = frozenset(" \u00a0-")
_ASCII_LETTERS: Final = frozenset(string.ascii_letters)
_TO_SPACE: Final = str.maketrans(dict.fromkeys(
    "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026", " "))
# The same as bytes (see _spaced), white space included: str.split() splits
# at \x1c-\x1f and at the white space that is not ASCII, bytes.split() not.
_ASCII_SPACES: Final = [k for k in _TO_SPACE if k < 128] + [
    ord(c) for c in "\t\n\v\f\r\x1c\x1d\x1e\x1f"]
_TO_SPACE_BYTES: Final = bytes.maketrans(bytes(_ASCII_SPACES), b" " * len(_ASCII_SPACES))
# Every character outside ASCII that is white space to str.split() (a test
# checks the list against str.isspace()), or punctuation in _TO_SPACE.
_WIDE_SPACES: Final = (
    "\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u2028\u2029\u202f\u205f\u3000"
)
_WIDE_SPACE: Final = _WIDE_SPACES + "".join(chr(k) for k in _TO_SPACE if k >= 128)
_NOT_ASCII: Final = regex.compile(r"[^\x00-\x7f]")
_TRIGGERS_BYTES: Final = frozenset(w.encode("ascii") for w in _TRIGGERS)
# A letter beside a character that is none of letters, digits or spaces, once
# spaced out: it might glue a word to its neighbour.
# (Opening with the rare class lets the engine skip to it at C speed.)
_GLUED: Final = regex.compile(rb"[^ -~](?:(?<=[a-z].)|(?=[a-z]))")
_PLAIN: Final = (string.ascii_lowercase + string.digits + " ").encode("ascii")
# "tens of thousands": a vague plural of a vague plural.
_OF_VAGUE: Final = _Lazy(
    r"[ \u00a0]of[ \u00a0](?P<v>thousands|lakhs|millions|crores|billions)(?![\p{L}])"
)

# --- left of a number -----------------------------------------------------

# Currency prefixes; those that combine letters with a symbol ("US$", "HK $")
# also match in lower case, as some copy is lower-cased whole; not those of
# one letter, or "a $5 fee" would be in Australian dollars.
_CUR_PRE_ALT: Final = (
    "(?:(?i:"
    + alternation([c for c in _CUR_PRE if "$" in c and sum(ch.isalpha() for ch in c) > 1])[3:]
    + "|"
    + alternation(_CUR_PRE)[3:]
)
# Left of a number, matched backwards from it (REVERSE): "between"/"from", a
# qualifier, a currency, a sign, in that order in the text.  A dash with a
# space after it is punctuation ("City of David - 50 miles"), not a sign,
# unless it opens the paragraph ("- 10").  Each part is a
# fixed alternation with a bounded gap, tried once per number over a window
# of 60 characters.
_LEFT: Final = regex.compile(
    r"(?r)(?:(?<![\p{L}])(?P<rng>(?i:between|from))[ \u00a0]{1,3})?"
    r"(?:(?<![\p{L}])(?P<qual>" + _case_alt(_QUALS, reverse=True) + r")[ \u00a0]{0,3})?"
    r"(?:(?<![\p{L}])(?P<cur>" + _CUR_PRE_ALT + r")[ \u00a0]?)?"
    r"(?P<sign>(?<![\p{L}\p{N}\-])[-−+]|(?m:^)[-−][ \u00a0]"
    r"|(?<![\p{L}])(?i:minus|negative|plus)[ \u00a0])?"
)
# The last word of anything _LEFT reads: a cheap test before trying it.
_LEFT_WORDS: Final = frozenset(
    [q.split()[-1].rstrip(".") for q in _QUALS]
    + [c.lower().split()[-1].rstrip(".") for c in _CUR_PRE]
    + ["between", "from", "minus", "negative", "plus"]
)
# "per cent of 20": a percentage written before its number.
_PCT_OF: Final = _Lazy(r"(?r)(?<![\p{N}][ ]?)(?i:per[ ]?cents?|percents?)[ ]of[ ]")
# The word before a number, backwards: a label ("No.", "Section"), a month,
# or a capitalised word that makes the number part of a name ("Big 12").
# Not possessive: backwards, the word's first letter is matched last.
_WORD_BEFORE: Final = regex.compile(r"(?r)(?P<w>\p{L}[\p{L}.&'’\-]{0,25}|#)[ \u00a0]{0,2}")
# A currency glued to the digits, matched backwards from them.
_GLUED_CUR: Final = _Lazy(r"(?r)" + _CUR_PRE_ALT)
# A currency before the second end of a range ("$10 to $15").
_LEFT_CUR: Final = _Lazy(r"(?P<cur>" + _CUR_PRE_ALT + r")[ \u00a0]?(?=[0-9])")

# --- right of a number ----------------------------------------------------

# Each pattern below is matched (``match``) at one offset right after a
# number.  Their repeats are bounded to a few characters and their
# alternations are fixed word lists, so a failed attempt gives back at most
# those few characters: no pattern can backtrack over the text.

_ORDINAL_SUFFIX: Final = regex.compile(r"(?i:st|nd|rd|th)(?![\p{L}\p{N}])")
# A clock time after its hour: "10.45pm", "5am", "10:30", "1400 GMT".
_TIME: Final = regex.compile(
    r"(?:[:.][0-5][0-9](?![0-9]))?[ \u00a0]?(?i:am|pm|a\.m\.|p\.m\.|gmt|bst|utc|cet|edt|est|pst)"
    r"(?![\p{L}])|:[0-5][0-9](?![0-9])"
)
# The rest of a numeric date after its first number: "/17/2018", "-05-12".
_DATE_TAIL: Final = regex.compile(r"(?P<s>[/.\-])[0-9]{1,2}(?P=s)[0-9]{2,4}(?![0-9])")
# Scientific notation after the digits: "1.3e6", "6.23x10^-4", "1.1^23".
_EXPONENT: Final = _Lazy(
    r"(?:(?P<e>[eE])|(?P<ten>[x×][ ]?10(?:\^|(?=[+\-−])))|\^)(?P<p>[+\-−]?[0-9]{1,3})(?![0-9\p{L}])"
)
_MULT_ANY: Final = [m for m, (_, where) in MULTIPLIERS.items() if where == "any"]
_MULT_ATTACHED: Final = [m for m, (_, where) in MULTIPLIERS.items() if where == "attached"]
_MULT_MONEY: Final = [m for m, (_, where) in MULTIPLIERS.items() if where == "money"]
# A multiplier: a word after a space or hyphen ("3.5 million", "two-million"),
# or a letter touching the digits ("10k", "1MM").
_MULT: Final = regex.compile(
    r"(?:(?P<a>" + alternation(_MULT_ATTACHED) + r")"
    r"|(?:[ \u00a0]|-)?(?P<m>(?i:" + alternation(_MULT_ANY)[3:] + r"))(?![\p{L}\p{N}])"
)
# What _MULT may start with: right at the number, or after a gap.
_MULT_HEADS: Final = _heads(_MULT_ATTACHED, folded=_MULT_ANY)
_MULT_GAP_HEADS: Final = _heads((), folded=_MULT_ANY)
# Beside a currency "m" and "bn" are multipliers too ("$1.13bn", "£600m").
_MULT_MONEY_RE: Final = regex.compile(
    r"(?:(?P<a>" + alternation(_MULT_ATTACHED) + r")"
    r"|[ \u00a0]?(?P<m>(?i:" + alternation(_MULT_MONEY + _MULT_ANY)[3:] + r"))(?![\p{L}\p{N}])"
)
# Units written apart from the number ("5 km", "12.5 per cent") and those
# that must touch it: one letter, hyphenated forms and those marked
# "attached" ("5m", "30C", "two-year", "40pc"), which apart are too often
# words or initials; one-letter symbols marked "apart" stand apart too, but
# only before what cannot follow an initial (see _UNIT_STRICT_AFTER).
_SPACING: Final = {r[0]: r[3] for r in _UNIT_ROWS if len(r) > 3}
_ATTACHED_ONLY: Final = [
    u for u in _UNITS
    if u.startswith("-") or (len(u) == 1 and u.isalpha()) or _SPACING.get(u) == "attached"
]
_APART: Final = [u for u in _UNITS if u not in _ATTACHED_ONLY]
_APART_STRICT: Final = [u for u in _ATTACHED_ONLY if _SPACING.get(u) == "apart"]
# After a one-letter unit standing apart: a lowercase word ("a 250 W
# pump"), closing punctuation, or the end of the paragraph, also after a
# full stop.  Not a capital or a digit ("350 W Main St", "W. Smith").
_UNIT_STRICT_AFTER: Final = (
    r"(?=[ \u00a0]\p{Ll}|[,;:)\]!?\u201d\u2019\"\u2013\u2014]|\.?$|\.[ \u00a0]\p{Ll})"
)
_UNIT: Final = regex.compile(
    r"(?:(?P<a>" + grouped_alternation(_ATTACHED_ONLY) + r")"
    r"|(?:[ \u00a0\u202f\u2009]|-)?(?P<u>" + _case_alt(_APART) + r"))"
    r"(?![\p{L}\p{N}])"
    r"|[ \u00a0\u202f\u2009](?P<s>" + grouped_alternation(_APART_STRICT) + r")"
    + _UNIT_STRICT_AFTER
)
# What _UNIT may start with (see _case_alt for which units fold case).
_UNIT_GAP_HEADS: Final = _heads(
    [u for u in _APART if not _fold(u)] + _APART_STRICT, folded=[u for u in _APART if _fold(u)]
)
_UNIT_HEADS: Final = _UNIT_GAP_HEADS | _heads(_ATTACHED_ONLY)
_GAP: Final = frozenset(" \u00a0\u202f\u2009-")
# A currency after the number: "50p", "20 billion francs", "10 Swiss francs"
# (one word may qualify a currency word); a symbol only when no number
# follows it, for "1 $10" is one and ten dollars.
_CUR_POST_APART: Final = [c for c in _CUR_POST if c != "p"]
_CUR_WORDS: Final = [c for c in _CUR_POST_APART if c.isalpha() and len(c) > 3]
# Tried only where _cur_may_follow lets it, so its lists need not be grouped.
_CUR_WORD_ALT: Final = _case_alt(_CUR_WORDS, grouped=False)
_CUR_POST_ALT: Final = _case_alt(_CUR_POST_APART, grouped=False)
_CUR_AFTER: Final = regex.compile(
    r"(?:(?P<a>p)|[ \u00a0]?(?:(?P<q>\p{L}{2,12}+)[ \u00a0](?=" + _CUR_WORD_ALT + r"))?"
    r"(?P<c>" + _CUR_POST_ALT + r"))(?![\p{L}\p{N}]|[ \u00a0]?[0-9])"
)
# A currency word after a vague amount: "millions of dollars", "crores of
# rupees", "billions of yen".
_OF_CURRENCY: Final = _Lazy(
    r"[ ]of[ \u00a0](?P<a>)(?P<q>)(?P<c>"
    + _case_alt([c for c in _CUR_POST if c.replace(" ", "").isalpha() and len(c) > 2],
                grouped=False)
    + r")(?![\p{L}\p{N}])"
)
# What the currency of _CUR_AFTER may start with, and the currency word
# after a word that qualifies it.
_CUR_HEADS: Final = _heads([c for c in _CUR_POST_APART if not _fold(c)],
                           folded=[c for c in _CUR_POST_APART if _fold(c)])
_CUR_WORD_HEADS: Final = _heads([c for c in _CUR_WORDS if not _fold(c)],
                                folded=[c for c in _CUR_WORDS if _fold(c)])
_CUR_AFTER_FIRST: Final = frozenset(h[:1] for h in _CUR_HEADS)
# The next part of "7 thousand 2 hundred and 15": digits or a word.
_MIXED_NEXT: Final = _Lazy(
    r"[ \u00a0](?:and[ \u00a0])?(?:(?P<d>[0-9]{1,3})(?![0-9,.])|(?P<w>(?=[a-z])))"
)
# "two thirds of a million"
_OF_A_MULT: Final = _Lazy(
    r"[ \u00a0]of[ \u00a0]an?[ \u00a0](?P<m>thousand|million|billion)\b"
)
# "3 million and a half"
_AND_HALF: Final = _Lazy(r"[ \u00a0]and[ \u00a0]an?[ \u00a0](?P<f>half|quarter)(?![\p{L}])")
# Cents after a whole amount of money: "15 dollars 50", "17 USD 25".
_CENTS: Final = _Lazy(
    r"[ \u00a0](?:and[ \u00a0])?(?:(?P<d>[0-9]{1,2})(?:[ \u00a0](?:cents?|pence|p))?(?![0-9\p{L}])"
    r"|(?P<w>(?=\p{L})))"
)
_CENT_WORD: Final = _Lazy(r"[ \u00a0](?:cents?|pence)(?![\p{L}])")
# A bound after the number: "500 or more", "30 or less".
_SUFFIX_RE: Final = regex.compile(
    r"[ \u00a0]{1,2}(?P<s>" + _case_alt(_SUFFIX) + r")(?![\p{L}\p{N}])"
)
# Between the two ends of a range: a dash or tilde ("10-15", "12.8–13.0"),
# or a word ("10 to 15", "between 10 and 15").
_RANGE_SEP: Final = regex.compile(
    r"-?[ \u00a0]{1,3}(?P<w>(?i:to|through|and|up[ \u00a0]to))[ \u00a0]{1,3}"
    r"|[ \u00a0]?(?P<d>[-–—~])[ \u00a0]?(?=[0-9$£€¥₹]|\p{L})"
)
_RANGE_FIRST: Final = frozenset(" \u00a0-–—~")
# After a space, _RANGE_SEP goes on with a dash, a space or "to", "and".
_RANGE_AFTER_SPACE: Final = frozenset(" \u00a0-–—~tTaAuU")
# Periods of a rate after a percentage: "5% a year", "2 per cent per month".
_PERIODS: Final = frozenset({"annum", "day", "decade", "hour", "month", "quarter", "week", "year"})
# A rate after money: "$58.24 per barrel", "$5 a share".
_PER: Final = regex.compile(r"[ \u00a0](?:per|an?)[ \u00a0](?P<w>\p{L}[\p{L}\-]{0,20}+)")
# Between the two numbers of a ratio: "one out of three", "2000 over 3",
# "one in five" (only after one).
_OVER: Final = regex.compile(r"[ \u00a0](?P<w>over|out[ \u00a0]of|in)[ \u00a0]")
# A noun joined to the number by a hyphen: "four-cylinder", "two-door".
_HYPHEN_NOUN: Final = regex.compile(r"-(?P<w>\p{Ll}{3,20}+)(?![\p{L}\-])")
# An age between commas after a name: "Maddon, 66, has ...".
# Backwards, so not possessive: the capital is matched last.
_AGE_COMMAS: Final = _Lazy(r"(?r)\p{Lu}\p{L}{1,30},[ \u00a0]")
_AGE_AFTER: Final = _Lazy(r",[ \u00a0]\p{Ll}")
# The word after a number: a possible counted noun.
_NEXT_WORD: Final = regex.compile(r"[ \u00a0]{1,2}(?P<w>\p{L}[\p{L}\p{M}'’\-]{0,30}+)")
_OF: Final = regex.compile(r"[ \u00a0]{1,2}of(?=[ \u00a0])")
# How far back a count may take the noun of an earlier one (see
# _carry_nouns), and what ends the sentence between them.
_CARRY_REACH: Final = 200
_SENTENCE_END: Final = regex.compile(r"[.!?;][)\]\"'”’]{0,2}[ \u00a0\n]")
_AGE_WORDS: Final = frozenset({"aged", "age", "ages", "turn", "turned", "turning", "turns"})
# A second number joined to a first: "22 and 24 years old", "from 6 to 9
# January", "in three or five years".
_PAIRED: Final = regex.compile(r"[ \u00a0](?:to|and|or)[ \u00a0](?P<n>[0-9]|\p{L}{3,9}+)")
# Words after which a number takes no noun from before it: a rank or a rate.
_NO_CARRY_AFTER: Final = frozenset({"top", "per", *_LABELS})
_RANGE_WORDS: Final = frozenset({"between", "from", "of"})
# A street after a house number: up to three capitalised words (or a
# direction, or an ordinal) and a word of figure_street_words.txt: "575 Station Road",
# "9 E 71st St", "22 Ave Foch", "14 Jalan Ampang".
_ADDRESS: Final = regex.compile(
    r"(?:[ \u00a0](?:[NSEW]\.?|\p{Lu}[\p{L}'’\-]{0,20}+|[0-9]{1,3}(?:st|nd|rd|th))){0,3}"
    r"[ \u00a0](?P<s>" + alternation(_STREETS) + r")\.?(?![\p{L}\p{N}])"
)
# A partitive between a count and its noun: "two-thirds of the 900 workers",
# "12 of the 40 passengers", "nine of 10 limes", "half of all those screened".
_PARTITIVE: Final = regex.compile(
    r"[ ]of(?:[ \u00a0](?:all[ \u00a0])?(?:the|those|these|its|their|his|her|our|your|this|that)"
    r"(?=[ \u00a0])|(?=[ \u00a0][0-9]))(?:[ \u00a0][0-9][0-9,.]{0,15}+(?<=[0-9])"
    r"(?:[ \u00a0](?i:" + alternation(_MULT_ANY)[3:] + r"(?![\p{L}]))?)?"
)
# The noun that a suspended hyphen waits for: "four-, five- and six-cylinder
# engines", "two- or three-bedroom flats".  The gap is bounded and holds no
# sentence end.
_SUSPENDED: Final = regex.compile(
    r"-(?:,[ \u00a0]|[ \u00a0](?=and[ \u00a0]|or[ \u00a0]|to[ \u00a0]))"
    r"[^.;:!?\n]{1,40}?[\p{L}\p{N}]-(?P<w>\p{Ll}{3,20}+)(?![\p{L}\-])"
)
# A word of a counted noun phrase: a word, or a number or measure inside the
# phrase ("two new 737 jets", "eight million 250ml bottles"), never its last.
_NOUN_WORD: Final = regex.compile(
    r"[ \u00a0]{1,2}(?P<w>\p{L}[\p{L}\p{M}\p{N}'’\-]{0,30}+"
    r"|[0-9](?:[0-9\p{L}.,\-]{0,15}(?<=[0-9\p{L}]))?(?=[ \u00a0]{1,2}\p{L}))"
)
# A lowercase word that may be a noun: no adverb, participle or past form.
_MODIFIER_WORD: Final = regex.compile(r"\p{Ll}{2,30}+(?<!ly|ed|ing)")
# A plural of capitals: "MPs", "SUVs", "TDs" (but not "US" nor "AIDS").
_ACRONYM_PLURAL: Final = regex.compile(r"\p{Lu}{2,6}s")
# What a counted noun is made of: "categories of products", "bags of rice".
_OF_NOUN: Final = regex.compile(
    r"[ \u00a0]of[ \u00a0](?P<n>\p{Ll}[\p{Ll}\-]{1,30}+)(?![\p{L}\p{N}])"
)
# A phone number: "+44 20 7946 0000", "(555) 123-4567", "222-2222-2222",
# "020 7946 0000".  Every group is bounded, and the repeats possessive.
_PHONE: Final = regex.compile(
    r"(?:\+[0-9]{1,3}[ .\-/]?(?:\([0-9]{1,5}\)[ .\-]?)?[0-9]{1,5}(?:[ .\-/][0-9]{2,5}){1,4}+"
    r"|\([0-9]{2,5}\)[ .\-]?[0-9]{2,5}(?:[ .\-][0-9]{2,5}){1,3}+"
    r"|[0-9]{2,5}(?:[.\-/][0-9]{3,5}){2,4}+"
    r"|0[0-9]{2,4}(?:[ \u00a0][0-9]{3,4}){1,3}+)(?![0-9])"
)
_PHONE_SEPS: Final = frozenset(".-/")
# Between a lower and an upper bound that make one range: "more than 37
# and less than 52".
_BOUND_JOIN: Final = _Lazy(r"[ \u00a0,]{0,3}(?:(?i:and|but)[ \u00a0]{1,3})?")
_URL_CHARS: Final = frozenset("/=?&%#@_")
# Words joined to a number by a hyphen that leave it a figure: "near-400,000",
# "sub-500 sq m", "his now-18-month-old daughter", "a top-10 finish".
_HYPHEN_PREFIXES: Final = frozenset(
    {"about", "almost", "around", "near", "nearly", "now", "over", "some", "sub", "then", "top",
     "under"}
)
# Words that may stand before a counted noun but are none alone ("eight
# more picks", but "300 more than before").
_COMPARATIVES: Final = frozenset({"more", "fewer", "less", "extra", "additional", "other"})
_METRE_WORDS: Final = frozenset(read_lines("figure_metre_words.txt"))
_LEADING_NUMBER: Final = regex.compile(r"[0-9]{1,7}$")
_NOT_ONE_BEFORE: Final = frozenset(
    {"no", "any", "every", "each", "this", "that", "which", "the", "another", "someone"}
)
# Only ever fullmatched against one figure's own short text, so its open
# repeat reads a few letters once.
_ARTICLE_FRACTION: Final = regex.compile(r"an?[ \u00a0]\p{L}+")
_NOT_HALF_BEFORE: Final = frozenset(
    {"first", "second", "third", "fourth", "last", "latter", "former", "other", "the", "this",
     "that", "each", "every", "next", "final", "opening", "closing"}
)
_NOT_ONE_AFTER: Final = frozenset(
    {"of", "another", "who", "that", "which", "is", "was", "or", "by", "after"}
)


class _Amount:
    """One number with what is written around it, before it becomes a Figure.

    Mutable and slotted: it is built up step by step, and building many
    frozen copies would cost more than the rest of the layer.
    """

    __slots__ = (
        "currency", "digits", "end", "high", "kind", "low", "mult", "num_start", "ordinal",
        "plain", "start", "unit", "unit_span", "vague", "value",
    )

    def __init__(  # noqa: PLR0913 -- keyword flags of one plain record
        self, start: int, end: int, value: float | None, *, digits: bool = False,
        plain: str = "", low: float | None = None, high: float | None = None,
        vague: bool = False, ordinal: bool = False,
    ) -> None:
        self.start = start  # first character of the span (currency, sign or number)
        self.end = end  # after the number, multiplier, unit or currency
        self.num_start = start  # first character of the number itself
        self.value = value
        self.low = low
        self.high = high
        self.kind: FigureKind = "ordinal" if ordinal else "count"
        self.unit: str | None = None
        self.unit_span: tuple[int, int] | None = None
        self.currency: str | None = None
        self.mult: float | None = None
        self.ordinal = ordinal
        self.vague = vague
        self.digits = digits
        self.plain = plain  # the digits as written, for the year check

    def bare(self) -> bool:
        """No unit, currency, multiplier: a plain number such as a label or a year."""
        return self.unit is None and self.currency is None and self.mult is None and not self.vague

    def year_like(self) -> bool:
        """Four plain digits from 1000 to 2100: a year unless a unit says otherwise."""
        return (
            self.digits and len(self.plain) == 4 and self.plain.isdigit()
            and 1000 <= int(self.plain) <= 2100 and self.bare()
        )


def _fraction(raw: str) -> float | None:
    """The value of "3/4" or "2 1/4", or None if it is no fraction."""
    whole, _, frac = raw.replace("\u00a0", " ").rpartition(" ")
    num, _, den = frac.partition("/")
    n, d = int(num), int(den)
    if d not in _DENOMINATORS or not 0 < n < d:
        return None
    return (int(whole) if whole.strip() else 0) + n / d


def _numeral_at(text: str, p: int, hi: int) -> _Amount | None:
    """The numeral in digits (or a vulgar fraction) starting at ``p``."""
    if text[p] in _VULGAR:
        return _Amount(p, p + 1, _VULGAR[text[p]])
    # A fraction has its "/" within 8 characters: without one, DIGITS alone
    # reads what _NUMERAL would, for less.
    has_slash = "/" in text[p : min(p + 9, hi)]
    m = _NUMERAL.match(text, p, hi) if has_slash else _DIGITS_ONLY.match(text, p, hi)
    if m is None:
        return None  # a run of more than 30 digits: no numeral
    if has_slash and m.group("frac"):
        if p > 0 and text[p - 1] == "/":
            return None
        value = _fraction(m.group("frac"))
        if value is not None:
            return _Amount(p, m.end(), value, digits=True, plain=m.group("frac"))
        m = _DIGITS_ONLY.match(text, p, hi)  # "24/7": read the first number only
        if m is None:  # pragma: no cover - the fraction's digits match DIGITS
            return None
        raw = m.group()
    else:
        raw = m.group("dig") if has_slash else m.group()
    if p >= 1 and text[p - 1] == "." and (p < 2 or not text[p - 2].isalnum()):
        # ".08": a decimal without its leading zero
        frac = regex.match(r"[0-9]{1,20}", raw)
        digits = frac.group() if frac is not None else raw
        return _Amount(p - 1, p + len(digits), float("." + digits), digits=True, plain=digits)
    value = digits_value(raw)
    if value is None:  # pragma: no cover - DIGITS only matches valid numerals
        return None
    return _Amount(p, m.end(), value, digits=True, plain=raw)


def _word_amounts(text: str, m: regex.Match[str], hi: int) -> list[_Amount]:
    """The amounts in a run of number words."""
    s, e = m.span()
    out: list[_Amount] = []
    i = s
    while i < e and text[i].isalpha():
        i += 1
    head = text[s:i].lower()
    if head in _VAGUE:
        # "millions of", "tens of thousands", "dozens": ranges, flagged vague
        low, high = _VAGUE[head]
        vend = i
        om = _OF_VAGUE.match(text, i, hi)
        if om is not None:
            f = _VAGUE[om.group("v")][0]
            low, high, vend = low * f, high * f, om.end()
        out.append(_Amount(s, vend, None, low=low, high=high, vague=True))
        if vend > i:
            return out
        s = i
    out.extend(_Amount(n.start, n.end, n.value, ordinal=n.ordinal) for n in split_words(text, s, e))
    return out


def _right(text: str, a: _Amount, cur: str | None, hi: int) -> bool:
    """Extend ``a`` with its multiplier, unit or currency; False if it is no figure."""
    e = a.end
    nxt = text[e] if e < hi else ""
    if a.digits and nxt and not nxt.isspace():
        if nxt in ":.apAPgGbBuUcCeEpP/-":
            tm = _TIME.match(text, e, hi) or _DATE_TAIL.match(text, e, hi)
            if tm is not None:
                a.end = tm.end()  # a time or a date: skip all of it
                return False
        if nxt in "snrtSNRT":
            om = _ORDINAL_SUFFIX.match(text, e, hi)
            if om is not None:
                a.end = om.end()
                a.kind = "ordinal"
                a.ordinal = True
                return True
        if nxt in "eE^x×" and a.value is not None:
            xm = _EXPONENT.match(text, e, hi)
            if xm is not None:
                power = int(xm.group("p").replace("−", "-"))
                try:
                    if xm.group("e") or xm.group("ten"):
                        a.value *= 10.0**power
                    else:
                        a.value **= power
                except (OverflowError, ZeroDivisionError):
                    return False
                a.value = float(f"{a.value:.12g}")  # 12e-1 is 1.2, not 1.2000000000000002
                a.end = e = xm.end()
    elif (a.digits and nxt == " " and e + 1 < hi and text[e + 1] in "apAPGBUCEgbuce"
          and _TIME.match(text, e, hi)):
        return False
    if a.vague and cur is None and text.startswith(" of ", e):
        vm = _OF_CURRENCY.match(text, e, hi)
        post = _post_currency(vm) if vm is not None else None
        if vm is not None and post is not None:
            # "millions of dollars", "crores of rupees": vague money
            a.kind = "money"
            a.unit = a.currency = post
            a.unit_span = vm.span("c")
            a.end = vm.end()
    if a.ordinal or a.vague:
        return True
    if a.value is not None and 0 < a.value < 1 and not a.digits:
        fm = _OF_A_MULT.match(text, e, hi)
        if fm is not None:
            a.value *= _MULT_FOLD[fm.group("m")]  # "two thirds of a million"
            e = fm.end()
    mm = None
    if cur is not None:
        mm = _MULT_MONEY_RE.match(text, e, hi) or _MULT.match(text, e, hi)
    elif a.value is not None and _fits(text, e, hi, _MULT_HEADS, _MULT_GAP_HEADS):
        mm = _MULT.match(text, e, hi)
        if mm is not None and mm.group("a") and not a.digits:
            mm = None
    if mm is not None:
        a.mult = MULTIPLIERS[mm.group("a")][0] if mm.group("a") else _MULT_FOLD[
            mm.group("m").lower()]
        e = mm.end()
        m2 = _MULT.match(text, e, hi)
        if m2 is not None and m2.group("m") and _MULT_FOLD[m2.group("m").lower()] > a.mult:
            a.mult *= _MULT_FOLD[m2.group("m").lower()]  # "4 hundred million"
            e = m2.end()
        hm = _AND_HALF.match(text, e, hi)
        if hm is not None and a.value is not None:
            a.value += 0.5 if hm.group("f").lower() == "half" else 0.25  # "3 million and a half"
            e = hm.end()
        elif mm.group("m") and a.digits and a.value is not None and a.value.is_integer():
            e = _mixed_rest(text, a, e, hi)
    um = _UNIT.match(text, e, hi) if _fits(text, e, hi, _UNIT_HEADS, _UNIT_GAP_HEADS) else None
    if um is not None and um.lastgroup != "a":
        # Only a unit apart that opens with a capital may be no unit (see _unit_ok).
        head = text[um.start() + (text[um.start()] in _GAP)]
        if head.isupper() and not _unit_ok(text, um, hi):
            um = None
    # A unit that is no currency word leaves no room for a currency after it.
    cm = (_CUR_AFTER.match(text, e, hi)
          if cur is None and (um is None or um.group().strip().lower() in _CUR_POST_FOLD)
          and _cur_may_follow(text, e, hi)
          else None)
    post = _post_currency(cm) if cm is not None else None
    if post is None:
        cm = None  # "in 2016 Rand Paul ran": a name, not a currency
    # "20 pounds" weighs; "20 million pounds" pays
    if (cm is not None and um is not None and um.end() >= cm.end()
            and (a.mult is None or not um.group().strip().lower().startswith("pound"))):
        cm = None
    if cm is not None:
        surface = cm.group("a") or cm.group("c")
        cur = post
        a.unit_span = cm.span("a") if cm.group("a") else cm.span("c")
        e = cm.end()
        if _million_code(surface):
            a.mult = (a.mult or 1.0) * 1e6
        elif a.mult is None:
            m2 = _MULT.match(text, e, hi)
            if m2 is not None and m2.group("m"):
                a.mult = _MULT_FOLD[m2.group("m").lower()]  # "75 USD million"
                e = m2.end()
        if a.mult is None and a.value is not None and float(a.value).is_integer():
            xm = _CENTS.match(text, e, hi)
            if xm is not None:
                # "15 dollars 50", "eleven dollars and twenty cents"
                wm = None if xm.group("d") else _WORD_RUN.match(text, xm.start("w"), hi)
                cents = float(xm.group("d")) if xm.group("d") else None
                if wm is not None:
                    ws = split_words(text, wm.start(), wm.end())
                    if ws and ws[0].start == wm.start() and ws[0].value < 100:
                        cents = ws[0].value
                        cm2 = _CENT_WORD.match(text, ws[0].end, hi)
                        e = cm2.end() if cm2 is not None else ws[0].end
                elif cents is not None:
                    e = xm.end()
                if cents is not None:
                    a.value += cents / 100
    elif um is not None:
        surface = um.group(um.lastgroup or 0)
        entry = _UNITS.get(surface) or _UNITS_FOLD.get(surface.lower())
        if entry is not None:
            if surface == "m" and a.mult is None and _million_m(text, um.end(), hi):
                a.mult = 1e6  # "3m people": a million, not metres
                cm = _CUR_AFTER.match(text, um.end(), hi) if cur is None else None
                post = _post_currency(cm) if cm is not None else None
                um2 = _UNIT.match(text, um.end(), hi) if post is None else None
                if cm is not None and post is not None:  # "790m euros"
                    cur = post
                    a.unit_span = cm.span("c")
                    um = cm
                elif um2 is not None and um2.group("u") and _unit_ok(text, um2, hi):
                    # "12.3m tonnes"
                    _set_unit(a, um2)
                    um = um2
            else:
                a.kind, a.unit = entry
                a.unit_span = um.span(um.lastgroup or 0)
            e = um.end()
    if cur is not None:
        a.kind = "money"
        a.unit = a.currency = cur
        pm = _PER.match(text, e, hi)
        if pm is not None and pm.group("w").lower() not in _STOP:
            a.unit = f"{cur} per {pm.group('w')}"
            a.unit_span = (a.unit_span[0] if a.unit_span else pm.start("w"), pm.end())
    elif a.digits and e < hi and text[e].isalpha():
        return False  # "3D", "5G", "1990s": a name, not a figure
    elif a.unit == "percent" and text.startswith((" a", " p"), e):
        pm = _PER.match(text, e, hi)
        if pm is not None and pm.group("w").lower() in _PERIODS:
            a.unit = f"percent per {pm.group('w').lower()}"  # "5% a year": a rate
    if a.mult is not None and a.value is not None:
        # Round away binary noise: 16.4 million is 16400000, not 16399999.999999998.
        a.value = round(a.value * a.mult, 6) if abs(a.value * a.mult) < 1e15 else a.value * a.mult
    a.end = e
    return True


def _unit_ok(text: str, um: regex.Match[str], hi: int) -> bool:
    """Whether the unit that _UNIT matched apart from its number is one."""
    if um.lastgroup == "u":
        w = um.group("u")
        # "in 2016 Stone spoke": a name, not a unit
        return not w[0].isupper() or w.isupper() or w in _UNITS
    if _UNITS[um.group("s")][0] == "temperature":
        # A temperature letter apart ends its clause ("minus 30 C, the
        # coldest", "30 C in Delhi"); before another word it is a grade or
        # a name ("3 F grade students").
        nm = _NEXT_WORD.match(text, um.end(), hi)
        return nm is None or nm.start() != um.end() or nm.group("w").lower() in _STOP
    return True


def _set_unit(a: _Amount, um: regex.Match[str]) -> None:
    """Give ``a`` the kind and unit that ``um`` (a match of _UNIT) names."""
    group = um.lastgroup or 0
    surface = um.group(group)
    kind, name = _UNITS.get(surface) or _UNITS_FOLD[surface.lower()]
    a.kind = kind
    a.unit = name
    a.unit_span = um.span(group)


def _post_currency(cm: regex.Match[str]) -> str | None:
    """The currency that _CUR_AFTER matched, by its name; None for a name.

    A currency word read case-insensitively but written capitalised is a
    name ("in 2016 Rand Paul ran", "Sen"); a word qualifying it may make a
    currency of its own ("Egyptian pounds").
    """
    if cm.group("a"):
        return _CUR_POST[cm.group("a")]
    surface = cm.group("c")
    if (surface[0].isupper() and not surface.isupper() and not surface.endswith("s")
            and surface not in _CUR_POST):
        return None
    q = cm.group("q")
    if q:
        qualified = f"{q} {surface}"
        name = _CUR_POST.get(qualified) or _CUR_POST_FOLD.get(qualified.lower())
        if name is not None:
            return name
    return _CUR_POST.get(surface) or _CUR_POST_FOLD.get(surface.lower())


def _fits(text: str, e: int, hi: int, heads: frozenset[str], gap_heads: frozenset[str]) -> bool:
    """Whether a word of ``heads``, or of ``gap_heads`` after a gap, may stand at ``e``.

    False only when neither can (see _may_start); the gap is a space or a
    hyphen, as in _UNIT and _MULT.
    """
    if e >= hi:
        return False
    # (Characters past ``hi`` in the heads only make the test looser.)
    head = text[e : e + 2]
    if not head.isascii() or head in heads or head[:1] in heads:
        return True
    if head[:1] not in _GAP:
        return False
    head = text[e + 1 : e + 3]
    return not head.isascii() or head in gap_heads or head[:1] in gap_heads


def _cur_may_follow(text: str, e: int, hi: int) -> bool:
    """Whether _CUR_AFTER may match at ``e``; False only when it cannot.

    It opens with a space, a letter (a currency word, or one qualifying it)
    or a symbol.
    """
    c = text[e : e + 1]
    if c != " ":
        return c.isalpha() or not c.isascii() or c in _CUR_AFTER_FIRST
    if _may_start(text, e + 1, hi, _CUR_HEADS):
        return True  # "20 euros"
    # "10 Swiss francs": a word of at most 12 letters, a space, a currency word
    stop = min(e + 15, hi)
    if "\u00a0" in text[e + 1 : stop]:
        return True
    space = text.find(" ", e + 2, stop)
    return space >= 0 and _may_start(text, space + 1, hi, _CUR_WORD_HEADS)


def _mixed_rest(text: str, a: _Amount, e: int, hi: int) -> int:
    """Read "7 thousand 2 hundred and 15" on from "7 thousand"; return its end.

    Each further part (digits or words, with a smaller multiplier or none)
    must be smaller than the multiplier before it.  When a part is read, the
    whole value goes to ``a.value`` and ``a.mult`` is cleared.
    """
    assert a.mult is not None
    assert a.value is not None
    total = a.value * a.mult
    scale = a.mult
    while scale >= 100:
        cm = _MIXED_NEXT.match(text, e, hi)
        if cm is None:
            break
        part = float(cm.group("d")) if cm.group("d") else None
        p = cm.end()
        if part is None:
            wm = _WORD_RUN.match(text, cm.start("w"), hi)
            ws = split_words(text, wm.start(), wm.end()) if wm is not None else []
            if not ws or ws[0].start != cm.start("w") or ws[0].ordinal:
                break
            part, p = ws[0].value, ws[0].end
        mm = _MULT.match(text, p, hi)
        factor = _MULT_FOLD[mm.group("m").lower()] if mm is not None and mm.group("m") else 1.0
        if part * factor >= scale or factor >= scale:
            break
        total += part * factor
        e = mm.end() if mm is not None and factor > 1 else p
        scale = factor
    if scale != a.mult:
        a.value = total
        a.mult = None
    return e


def _million_code(surface: str) -> bool:
    """Whether a currency code counts millions ("MUSD": millions of US dollars)."""
    return len(surface) == 4 and surface[0] == "M" and surface[1:] in _CUR_PRE


def _million_m(text: str, pos: int, hi: int) -> bool:
    """Whether "m" after a number is a million ("2.7m sales") rather than metres.

    British copy writes millions as "m"; metres are followed by punctuation,
    a bracketed conversion or a word of size or sport ("37m (121ft)",
    "100m sprint", "50m long").
    """
    nm = _NEXT_WORD.match(text, pos, hi)
    if nm is None or nm.start("w") != pos + 1 or not nm.group("w").islower():
        return False
    word = nm.group("w")
    if word in _METRE_WORDS or word in _STOP:
        return False  # "the 800m and 1000m", "50m long"
    if word in _CUR_POST_FOLD:
        return True  # "790m euros"
    # "2.7m sales", "3m people"; but "400m runners" are athletes
    if "." in text[max(0, pos - 8) : pos]:
        return True
    lead = _LEADING_NUMBER.search(text, max(0, pos - 8), pos - 1)
    return _is_plural(word) and lead is not None and int(lead.group()) < 100


def _is_plural(word: str) -> bool:
    low = word.lower()
    if low in _PLURALS:
        return True
    if not low.endswith("s"):
        return low.endswith(_PLURAL_ENDINGS)  # "grandchildren", "gunmen", "townspeople"
    return len(low) > 3 and not low.endswith(
        ("ss", "us", "is", "ous", "'s", "’s"))  # (not "the world's population")


def _counted_noun(text: str, pos: int, hi: int, singular: bool) -> tuple[int, int] | None:
    """The span of the counted noun phrase after ``pos``, if any.

    The phrase ends after its first plural ("3,000 North Korean troops are"),
    joined to one more plural by "and" ("12,000 soldiers and officers"), or
    to what it is made of ("5,700 categories of products"); it may open with
    a comparative ("eight other staff") and hold numbers and names ("two new
    737 jets", "63,000 Model X sedans").  A singular count takes up to two
    words ("one particular demand").
    """
    words: list[tuple[int, int, str, bool]] = []  # start, end, lowercase, plural
    p = pos
    while len(words) < 6:
        nm = _NOUN_WORD.match(text, p, hi)
        if nm is None:
            break
        w = nm.group("w")
        end = nm.end("w")
        if w[-1] in "'’":
            w = w.rstrip("'’")  # "the workers' union": the noun is "workers"
            end = nm.start("w") + len(w)
        low = w.lower()
        if low in _STOP:
            # (capitals are a name: "the US population", not "us")
            if not ((low == "and" and words) or (low in _COMPARATIVES and not words)
                    or (len(w) > 1 and w.isupper())):
                break
        elif low in NUMBER_WORDS:
            if not w.isupper():
                break  # "one two one two": numbers, not a noun
        elif (low in _MONTHS and w[0].isupper()) or (
                low[0].isdigit() and words and words[-1][2] == "and"):
            break  # a date; "one litre and 20 litres": a count of its own
        # "40 MPs", "3 SUVs": a plural of capitals
        plural = _is_plural(low) or (
            w[0].isupper() and w[-1] == "s" and _ACRONYM_PLURAL.fullmatch(w) is not None)
        words.append((nm.start("w"), end, low, plural))
        p = nm.end()
    if not words:
        return None
    for i, (_, we, low, plural) in enumerate(words[:5]):
        if low == "and":
            if i == 0:
                break
            continue  # "460 Kia and Hyundai vehicles"
        if plural and not low[:1].isdigit():
            end = we
            if (i + 2 < len(words) and words[i + 1][2] == "and" and words[i + 2][3]
                    and text[words[i + 2][0]].islower()):  # not "two goals and Joonas"
                end = words[i + 2][1]
            else:
                end = _made_of(text, end, hi)
            return (words[0][0], end)
    first = words[0]
    if first[2] in _COMPARATIVES or first[2][:1].isdigit():
        return None  # "300 more than last year"
    if (not singular and len(words) > 1 and words[1][2] not in _STOP
            and _MODIFIER_WORD.fullmatch(text, first[0], first[1])
            and _MODIFIER_WORD.fullmatch(text, words[1][0], words[1][1])):
        # "the 12 page document", "a 3 bedroom flat": the noun written as a
        # modifier of another (as "a 12-page report" is)
        return (first[0], first[1])
    if singular:
        end = first[1]
        if (len(words) > 1 and words[1][2] != "and" and not words[1][2][:1].isdigit()
                and not words[1][2].endswith(("ly", "ed"))):
            end = words[1][1]
        return (first[0], end)
    # A count of more than one with no plural after it counts nothing named
    # ("fell to -4.5 overnight").
    return None


def _made_of(text: str, end: int, hi: int) -> int:
    """The end of a counted noun that goes on with what it is made of, from ``end``.

    "5,700 categories of products", "300 bags of rice.": "of" and one word,
    when that word is a plural or ends the phrase; not "3 cases of bird
    flu" (the noun would be cut in two) nor "of the" (a determiner).
    """
    om = _OF_NOUN.match(text, end, hi) if text.startswith(" of ", end) else None
    if om is None:
        return end
    word = om.group("n")
    if word in _STOP or word in _COMPARATIVES or word in NUMBER_WORDS:
        return end  # "two groups of four"
    if _is_plural(word):
        return om.end()
    nm = _NEXT_WORD.match(text, om.end(), hi)
    if nm is not None and nm.start() == om.end() and (
            nm.group("w").lower() not in _STOP or nm.group("w").lower() in ("and", "or")):
        return end  # "buyers of farm and garden tools"
    return om.end()


def _word_before(text: str, pos: int, lo: int) -> tuple[str, int] | None:
    wm = _WORD_BEFORE.match(text, max(lo, pos - 30), pos)
    if wm is None:
        return None
    return wm.group("w"), wm.start("w")


def _sentence_initial(text: str, pos: int, lo: int) -> bool:
    """Whether only spaces and opening marks stand between ``pos`` and a sentence start."""
    i = pos - 1
    while i >= lo and text[i] in " \u00a0\"'“‘«(":
        i -= 1
    return i < lo or text[i] in ".!?:;…—–-"


def _in_url(text: str, pos: int, lo: int) -> bool:
    i = pos
    stop = max(lo, pos - 200)
    while i > stop and not text[i - 1].isspace():
        i -= 1
    token = text[i : min(len(text), pos + 50)].split(None, 1)[0]
    return "://" in token or "www." in token or "%2" in token


def _skip_digits(text: str, p: int, lo: int) -> bool:
    """Whether the digits at ``p`` belong to a name, a URL or a code."""
    if p == lo:
        return False
    before = text[p - 1]
    if before == "-" and p >= lo + 2 and text[p - 2].isalpha():
        # "COVID-19", "F-16", "MH-17"; but "near-400,000", "sub-500"
        i = p - 2
        while i > lo and text[i - 1].isalpha():
            i -= 1
        return text[i : p - 1] not in _HYPHEN_PREFIXES
    if before == "/" and p >= lo + 2 and text[p - 2].isdigit():
        return True  # "2004/05", "24/7": the second half of a season or a slogan
    if before.isalpha() or before == "=":
        # Glued to letters: a currency ("USD34.6", "$US113", "RM2.70") or a
        # name ("G7", "MP3").
        gm = _GLUED_CUR.match(text, max(lo, p - 6), p)
        return gm is None or (gm.start() > lo and text[gm.start() - 1].isalpha())
    return before in _URL_CHARS and _in_url(text, p, lo)


def _figures_in(
    text: str, lo: int, hi: int, out: list[Figure], starts: Sequence[int] | None = None
) -> None:
    """Append the figures of ``text[lo:hi]`` (one paragraph) to ``out``.

    ``starts`` are the digit starts of the paragraph (see _digit_starts), when
    the caller found them for the whole text at once.
    """
    first = len(out)
    if starts is None:
        starts = _digit_starts(text, lo, hi)
    runs = _word_runs(text, lo, hi)
    i = j = 0
    pos = lo
    while i < len(starts) or j < len(runs):
        if j >= len(runs) or (i < len(starts) and starts[i] < runs[j].start()):
            p = starts[i]
            i += 1
            if p < pos:
                continue
            if _skip_digits(text, p, lo):
                # The whole numeral is a name or a code, with any multiplier
                # after it: "MP3", "v2.0", "COVID-19 million" (not "19" then
                # "million")
                dm = _CODE_DIGITS.match(text, p, hi)
                pos = dm.end() if dm is not None else p + 1
                mm = _MULT.match(text, pos, hi)
                pos = mm.end() if mm is not None else pos
                continue
            pm = _phone_at(text, p, lo, hi)
            if pm is not None:
                pos = pm.end()
                continue
            a = _numeral_at(text, p, hi)
            amounts = [] if a is None else [a]
        else:
            m = runs[j]
            j += 1
            if m.start() < pos:
                continue
            if m.start() >= lo + 2 and text[m.start() - 1] == "-" and text[
                    m.start() - 2].isalpha():
                continue
            amounts = _word_amounts(text, m, hi)
        for a in amounts:
            if a.start >= pos:
                pos = max(pos, _one(text, lo, hi, a, out))
    if len(out) - first > 1:
        _join_bounds(text, out, first)
        _carry_nouns(text, lo, out, first)


def _carry_nouns(text: str, lo: int, out: list[Figure], first: int) -> None:
    """Give a count that names nothing the noun counted before it, in place.

    "435 homes by auction and 187 by private sale", "lost 162 points, or
    2%, to 7,425", "millions of shells, around 3.5 million, from ...": the
    noun of the last count of the same sentence that names one, with that
    noun's span.  Not across a sentence end, nor to an age ("three
    children aged 5 and 7").
    """
    last: Figure | None = None
    checked = False  # whether ``last`` was found a source (see _carry_source)
    for k in range(first, len(out)):
        f = out[k]
        if f.kind != "count":
            continue
        if f.unit_span is not None:
            last, checked = f, False
            continue
        if f.unit is not None or last is None:
            continue
        if not checked:
            if not _carry_source(text, last, lo):
                last = None
                continue
            checked = True
        if _age_before(text, f.start, lo):
            last = None  # nor to the ages coordinated with it: "aged 5 and 7"
            continue
        if (f.start - last.end > _CARRY_REACH or not _may_carry(text, f, lo)
                or _SENTENCE_END.search(text, last.end, f.start) is not None):
            continue
        out[k] = attrs.evolve(f, unit=last.unit, unit_span=last.unit_span)


def _carry_source(text: str, f: Figure, lo: int) -> bool:
    """Whether the noun that the count ``f`` names may be taken by a later count.

    Not from "one" or a fraction ("A quarter of the pupils tested were
    under 12"), a hyphenated modifier ("a four-stroke motor - the 125, 150"),
    a rate ("per 100 people, ... 12.4 in Ghana") or a span of time ("the
    last four weeks - to 88,000").
    """
    assert f.unit_span is not None
    if (f.value is not None and f.value <= 1) or text.startswith("-", f.end):
        return False
    before = _word_before(text, f.start, lo)
    if before is not None and before[0].lower() == "per":
        return False
    last_word = text[f.unit_span[0] : f.unit_span[1]].rsplit(None, 1)[-1]
    return last_word not in _UNITS and last_word.lower() not in _UNITS_FOLD


def _may_carry(text: str, f: Figure, lo: int) -> bool:
    """Whether the count ``f``, which names no noun, may take an earlier one.

    Not "one" ("the middle one") nor a fraction ("three quarters" of a
    year), not a year ("until at least 2021"), not one side of a score
    ("beat them 7-4") or of two numbers ("22 and 24 years old"), not an
    age after a name ("James, 15,"), nor a number in a name ("Ninety Mile
    beach", "Underground 2", "Five's share", "became Six") or before a noun
    the lexicon takes for a verb ("2 million accounts").
    """
    if f.value is not None and (f.value <= 1 or (f.text.isdigit() and 1900 <= f.value <= 2100)):
        return False
    if f.start > lo and text[f.start - 1] in "-–'’":
        return False  # "7-4", "in '94"
    if _AGE_COMMAS.match(text, max(lo, f.start - 34), f.start) is not None:
        return False
    before = _word_before(text, f.start, lo)
    if before is not None and before[0].lower() in _NO_CARRY_AFTER:
        return False  # "the top 10", "eight per thousand"
    capital = (text[f.start].isupper()
               or (before is not None and not before[0].islower() and before[0] != "#"))
    if capital and not _sentence_initial(text, before[1] if before else f.start, lo):
        return False
    pm = _PAIRED.match(text, f.end)
    if pm is not None and (pm.group("n")[0].isdigit() or pm.group("n").lower() in NUMBER_WORDS):
        return False
    nm = _NEXT_WORD.match(text, f.end)
    if nm is None or nm.start() != f.end:
        return not text.startswith(("-", "–", "'s", "’s"), f.end)
    word = nm.group("w")
    return not word[0].isupper() and not _is_plural(word)


def _age_before(text: str, pos: int, lo: int) -> bool:
    """Whether "aged" ("age", "turns" ...) stands before ``pos``, maybe with "between"/"of"."""
    before = _word_before(text, pos, lo)
    if before is not None and before[0].lower() in _RANGE_WORDS:
        before = _word_before(text, before[1], lo)
    return before is not None and before[0].lower() in _AGE_WORDS


def _digit_starts(text: str, lo: int, hi: int) -> list[int]:
    """Where numerals in digits (or vulgar fractions) start in ``text[lo:hi]``."""
    vulgar = any(c in text for c in _VULGAR)  # a test at C speed
    pattern = _DIGIT_OR_VULGAR_START if vulgar else _DIGIT_START
    return [m.start() for m in pattern.finditer(text, lo, hi)]


def _word_runs(text: str, lo: int, hi: int) -> list[regex.Match[str]]:
    """The runs of number words in ``text[lo:hi]`` that may hold a number.

    The same runs as ``_WORD_RUN.finditer`` finds, but for those made only of
    words that are no number alone ("first", "point", "a", "and"), which
    hold none: instead of trying the pattern at every word, it is tried
    only at the words of _TRIGGERS and the run-words just before them (see
    _runs_at).  Nothing is tried when the paragraph holds no such word.

    A word of a run stands between spaces once the paragraph is spaced out
    (see _spaced), so finding the words of _TRIGGERS there finds them all;
    unless a character that is neither letter, digit nor space touches a
    letter (a control character, or one that is not ASCII, such as "£five"),
    or lower-casing moved offsets: then the whole paragraph is scanned.
    """
    low = text[lo:hi].lower()
    spaced = _spaced(low)
    offsets = _trigger_offsets(spaced, _TRIGGERS_BYTES.intersection(spaced.split()), lo)
    if not offsets:
        return []
    if len(low) != hi - lo or (spaced.translate(None, _PLAIN) and _GLUED.search(spaced)):
        return list(_WORD_RUN.finditer(text, lo, hi))
    return _runs_at(text, lo, hi, offsets)


def _spaced(low: str) -> bytes:
    """``low`` (lower-cased) as ASCII bytes, one byte a character, its words apart.

    Punctuation (_TO_SPACE) and white space become spaces and any other
    character that is not ASCII a NUL, so that ``split()`` gives the words
    of ``low.translate(_TO_SPACE).split()`` as far as they can be words of
    _TRIGGERS, at C speed (str.translate of text that is not ASCII is slow).
    """
    if not low.isascii():
        for c in _WIDE_SPACE:  # a few fast tests: most are absent
            if c in low:
                low = low.replace(c, " ")
        low = _NOT_ASCII.sub("\x00", low)
    return low.encode("ascii").translate(_TO_SPACE_BYTES)


def _runs_at(text: str, lo: int, hi: int, offsets: Sequence[int]) -> list[regex.Match[str]]:
    """The runs of number words in ``text[lo:hi]`` that hold a word at ``offsets``.

    Each is the run ``_WORD_RUN.finditer`` would find: the pattern is tried
    at the words a run holding the word may start at, in text order, and
    the search goes on after each run found, as finditer does.  Runs that
    hold none of ``offsets`` are skipped: they hold no number.
    """
    runs: list[regex.Match[str]] = []
    pos = lo  # where finditer would search on from: the end of the last run
    floor = lo  # no run holding a trigger starts before this, but those in runs
    for c in offsets:
        if c < pos:
            continue  # inside the last run
        for q in _run_starts(text, max(pos, floor), c):
            if q < pos:
                continue
            m = _WORD_RUN.match(text, q, hi)
            if m is not None:
                runs.append(m)
                pos = m.end()
                if pos > c:
                    break
        # No run starts before c but those found: none can hold c any more.
        floor = max(pos, c + 1)
    return runs


def _trigger_offsets(spaced: bytes, present: frozenset[bytes], lo: int) -> list[int]:
    """Offsets (from ``lo``) of the words of ``present`` standing alone in ``spaced``."""
    out = []
    n = len(spaced)
    space = ord(" ")
    for w in present:
        i = spaced.find(w)
        while i >= 0:
            j = i + len(w)
            if (i == 0 or spaced[i - 1] == space) and (j == n or spaced[j] == space):
                out.append(lo + i)
            i = spaced.find(w, j)
    out.sort()
    return out


def _run_starts(text: str, floor: int, c: int) -> list[int]:
    """Where a run of number words reaching the word at ``c`` may start, in order.

    Walks back from ``c`` over gaps and run-words (see _RUN_WORDS) to ``floor``:
    a run is made of nothing else, so it cannot start before the first word
    of that stretch, nor hold the character before it.
    """
    starts = [c]
    x = c
    while x > floor:
        i = x
        while i > floor and text[i - 1] in _RUN_GAPS:
            i -= 1
        j = i
        while j > floor and text[j - 1] in _ASCII_LETTERS:
            j -= 1
        if i in (x, j) or text[j:i].lower() not in _RUN_WORDS:
            break
        starts.append(j)
        x = j
    starts.reverse()
    return starts


def _phone_at(text: str, p: int, lo: int, hi: int) -> regex.Match[str] | None:
    """The phone number whose digits start at ``p``, if any."""
    q = p - 1 if p > lo and text[p - 1] in "+(" else p
    # Without "+", "(" or a leading 0, a phone number has a separator after
    # its first 2-5 digits: a cheap test first.
    if q == p and text[p] != "0" and _PHONE_SEPS.isdisjoint(text[p + 2 : min(p + 6, hi)]):
        return None
    return _PHONE.match(text, q, hi)


def _strict_ok(text: str, a: _Amount, hi: int) -> bool:
    """Whether a currency sign marked "strict" ("N", "R", "PS") may stand before ``a``.

    Only before an amount written with separators or decimals, or followed
    by a multiplier: "N5,000", "R2.50", "R15 million", "PS8.1bn"; not
    "N64", "R800", "PS3".
    """
    if not a.digits or a.value is None:
        return False
    if not a.plain.isdigit():
        return True
    return _MULT_MONEY_RE.match(text, a.end, hi) is not None


def _inside_noun(text: str, f: Figure, pos: int) -> bool:
    """Whether ``pos`` lies inside the noun that ``f`` counts, written right after it.

    "two new 737 jets"; not "a tenth of the region's 300 biggest farms"
    (the noun after a partitive holds a count of its own).
    """
    span = f.unit_span
    return (span is not None and span[0] <= pos < span[1] and f.end < span[0]
            and text[f.end : span[0]].isspace())


def _preposition(text: str, lo: int, qual: tuple[int, int]) -> bool:
    """Whether the qualifier at ``qual`` is a preposition of the word before it.

    "spoke about three films", "a row over two islands" (see
    figure_preposition_heads.txt).
    """
    heads = _PREP_HEADS.get(text[qual[0] : qual[1]].lower())
    if heads is None:
        return False
    before = _word_before(text, qual[0], lo)
    return before is not None and before[0].lower() in heads


def _left_worth(text: str, lo: int, pos: int, before: tuple[str, int] | None) -> bool:
    """Whether anything _LEFT reads can stand before ``pos``: a cheap test first.

    ``before`` is the word before ``pos`` (see _word_before).
    """
    if pos == lo:
        return False
    if not text[pos - 1].isspace():
        return True  # "$5", "-5", "~5", "USD34"
    if before is None:
        return True  # a symbol before the space: "£ 5", "> 5"
    return before[0].lower().rstrip(".") in _LEFT_WORDS


def _one(text: str, lo: int, hi: int, a: _Amount, out: list[Figure]) -> int:
    """Turn ``a`` into a figure (or a range, or nothing); return where to go on."""
    num_start = a.num_start
    word_before = _word_before(text, num_start, lo)
    lm = (_LEFT.match(text, max(lo, num_start - 60), num_start)
          if _left_worth(text, lo, num_start, word_before) else None)
    cur = None
    sign = 1.0
    qual: tuple[int, int] | None = None
    sense = None
    rng = None
    if lm is not None:
        surface = lm.group("cur")
        if surface in _CUR_STRICT and not _strict_ok(text, a, hi):
            if lm.end("cur") == num_start:
                return a.end  # "N64", "R800": a name
            surface = None
        if surface:
            cur = _CUR_PRE.get(surface) or _CUR_PRE_FOLD[surface.lower()]
            a.start = lm.start("cur")
            if _million_code(surface) and a.value is not None:
                a.value *= 1e6
        sg = (lm.group("sign") or "").lower().rstrip()
        if sg and not a.vague and (a.digits or sg.isalpha()):
            sign = -1.0 if sg in ("-", "−", "minus", "negative") else 1.0
            a.start = min(a.start, lm.start("sign"))
        if lm.group("qual"):
            qual = lm.span("qual")
            sense = _QUALS[lm.group("qual").lower()]
        if lm.group("rng"):
            rng = lm.group("rng").lower()
    if not _right(text, a, cur, hi):
        return a.end
    if a.value is not None and sign < 0:
        a.value = -a.value
    end = a.end
    if qual is not None and a.kind == "count" and _preposition(text, lo, qual):
        qual = sense = None  # "He spoke about three films": about the films
    if a.digits and not a.ordinal and a.bare() and a.plain.isdigit():
        if out and out[-1].unit_span is not None and _inside_noun(text, out[-1], num_start):
            return end  # "two new 737 jets": a name inside what is counted
        if (end + 1 < hi and text[end] == " " and text[end + 1].isupper()
                and _ADDRESS.match(text, end, hi) is not None):
            return end  # "575 Station Road", "22 Ave Foch": an address
    # Words that make it a date, a label or a name rather than a figure.
    before = None
    if a.kind != "money":
        before = word_before if a.start == num_start else _word_before(text, a.start, lo)
    if before is not None:
        word, wstart = before
        wl = word.lower()
        if wl in _MONTHS and word[0].isupper() and a.value is not None and a.value <= 31:
            return end  # "February 11", "Oct. 31"
        if a.bare() and qual is None and not a.ordinal and (
            wl in _LABELS
            or word == "#"
            or (not word.islower() and wl not in _QUALS and not _sentence_initial(text, wstart, lo))
        ):
            return end  # "No. 10", "Section 427", "Big 12"
    if (a.bare() and a.digits and qual is None and a.value is not None
            and a.plain.isdigit() and 0 < a.value < 120 and text.startswith(",", end)
            and _AGE_AFTER.match(text, end, hi)
            and _AGE_COMMAS.match(text, max(lo, a.start - 34), a.start) is not None):
        a.kind = "age"  # "Maddon, 66, has ..."
        a.unit = "year of age"
    # The next word, read only where a test below needs it.
    nw = (_NEXT_WORD.match(text, end, hi)
          if a.ordinal or a.kind == "duration" or (
              a.value is not None and a.value <= 31 and a.bare())
          else None)
    if (nw is not None and nw.group("w").lower() in _MONTHS and nw.group("w")[0].isupper()
            and a.value is not None and a.value <= 31 and a.bare()):
        return end  # "11 February"
    if a.ordinal:
        if nw is not None and nw.group("w").lower() == "of":
            nn = _NEXT_WORD.match(text, nw.end(), hi)
            if nn is not None and nn.group("w").lower() in _MONTHS:
                return end  # "the 5th of May"
        out.append(_figure(text, a, qual, sense, hi))
        return end
    if not a.digits and a.bare() and a.value is not None and not _word_number_ok(
            text, lo, hi, a, qual):
        return end
    # A ratio: "one out of three", "2000 over 3".
    after = text[end : end + 2]  # cheap tests before the patterns below
    om = (_OVER.match(text, end, hi)
          if after[1:] in ("o", "i") and a.bare() and a.value is not None and not a.ordinal
          else None)
    if om is not None:
        ratio = _ratio(text, lo, hi, a, om)
        if ratio is not None:
            out.append(_figure(text, ratio, qual, sense, hi))
            return ratio.end
    # A range: "10-15", "between 10 and 15", "$10 to $15 billion".
    sm = (_RANGE_SEP.match(text, end, hi)
          if after[:1] in _RANGE_FIRST and (after[:1] != " " or after[1:] in _RANGE_AFTER_SPACE)
          and a.value is not None and not a.vague else None)
    if sm is not None:
        r = _range(text, lo, hi, a, sm, rng)
        if isinstance(r, int):
            return r  # a season ("2012-13") or a score ("3-1"): neither is a figure
        if r is not None:
            bounded = sense if sense not in ("lower", "upper") else None
            out.append(_figure(text, r, qual, bounded, hi))
            return r.end
    if a.year_like() and not (qual is not None and sense is not None):
        return end
    if a.kind == "duration" and nw is not None and nw.group("w").lower() == "ago":
        return end  # "five years ago" is a date
    # A bound written after the number: "500 or more".
    xm = _SUFFIX_RE.match(text, end, hi) if after[1:] in ("o", "a", "+") else None
    if xm is not None:
        qual = xm.span("s")
        sense = _SUFFIX[xm.group("s").lower()]
    if qual is None and a.value is not None and text[max(lo, a.start - 3) : a.start] == "of ":
        pm = _PCT_OF.match(text, max(lo, a.start - 20), a.start)
        if pm is not None:
            # "per cent of 20"
            a.start = pm.start()
            a.kind = "percent"
            a.unit = "percent"
    out.append(_figure(text, a, qual, sense, hi))
    return end


def _word_number_ok(text: str, lo: int, hi: int, a: _Amount,
                    qual: tuple[int, int] | None) -> bool:
    """Whether a bare spelt-out number is a figure ("No one", "one of the" are not)."""
    low = text[a.num_start : a.end].lower()
    if (NUMBER_WORDS.get(low, (0.0, ""))[1] in ("scale", "hundred") and text[a.num_start].isupper()
            and (a.num_start > lo or a.end < hi)):
        return False  # "Million Dollar Baby", "Thousand Oaks": a scale alone, in a name
    nw = _NEXT_WORD.match(text, a.end, hi)
    nxt = nw.group("w").lower() if nw is not None else ""
    if low == "one" and a.start == a.num_start:
        before = _word_before(text, a.start, lo)
        if before is not None and before[0].lower() in _NOT_ONE_BEFORE:
            return False
        if not nxt:
            # "One" standing alone is a number; "against one." ends a clause
            return a.num_start == lo and a.end == hi
        return nxt not in _NOT_ONE_AFTER and not nxt.startswith("'")
    if (a.value is not None and a.value < 1 and _ARTICLE_FRACTION.fullmatch(low)
            and nxt not in ("of", "")):
        return False  # "a third term", "an eighth firm": ordinals, not fractions
    if low in ("half", "quarter"):
        before = _word_before(text, a.start, lo)
        if before is not None and before[0].lower() in _NOT_HALF_BEFORE:
            return False  # "the first half of 2004", "the third quarter"
        return qual is not None or nxt in ("of", "a", "an")
    return True


def _ratio(text: str, lo: int, hi: int, a: _Amount, om: regex.Match[str]) -> _Amount | None:
    """The ratio that ``a`` opens ("one out of three"), extended in place, or None."""
    if om.group("w") == "in" and a.value != 1:
        return None
    p = om.end()
    if p < hi and text[p].isdigit():
        b = _numeral_at(text, p, hi)
    else:
        wm = _WORD_RUN.match(text, p, hi)
        bs = _word_amounts(text, wm, hi) if wm is not None else []
        b = bs[0] if bs and bs[0].start == p and not bs[0].vague and not bs[0].ordinal else None
    if (b is None or not _right(text, b, None, hi) or not b.bare() or not b.value or b.ordinal
            or b.year_like()):
        return None
    if om.group("w") == "over":
        # "2000 over 3", but not "over 3 years" or "over 3 days ago"
        nw = _NEXT_WORD.match(text, b.end, hi)
        if nw is not None or (b.end < hi and text[b.end].isalnum()):
            return None
    assert a.value is not None
    if om.group("w") != "over" and a.value > b.value:
        return None  # "12 out of 10": two numbers
    a.value /= b.value
    a.end = b.end
    del lo
    return a


def _range(  # noqa: PLR0913, PLR0917 -- the paragraph window and what the left side found
    text: str, lo: int, hi: int, a: _Amount, sm: regex.Match[str], rng: str | None
) -> _Amount | int | None:
    """The range that ``a`` opens (extended in place), None, or where to skip to."""
    dash = sm.group("d")
    word = " ".join((sm.group("w") or "").lower().split())
    if word == "and" and rng != "between":
        return None
    p = sm.end()
    cur = None
    cm = _LEFT_CUR.match(text, p, hi)
    if cm is not None:
        cur = _CUR_PRE.get(cm.group("cur")) or _CUR_PRE_FOLD[cm.group("cur").lower()]
        p = cm.end()
    neg = p + 1 < hi and text[p] in "-−" and text[p + 1].isdigit() and not dash
    if neg:
        p += 1
    if p < hi and text[p].isdigit():
        b = _numeral_at(text, p, hi) if not _PHONE.match(text, p, hi) else None
    else:
        wm = _WORD_RUN.match(text, p, hi)
        bs = _word_amounts(text, wm, hi) if wm is not None else []
        b = bs[0] if bs and bs[0].start == p and not bs[0].vague and not bs[0].ordinal else None
    if b is None or (dash and not (a.digits and b.digits)):
        return None  # "three-nought-four" is read out digit by digit
    raw_b = b.value
    if not _right(text, b, cur, hi) or b.value is None or raw_b is None or b.ordinal:
        return b.end if dash else None
    if neg:
        b.value, raw_b = -b.value, -raw_b
    if a.kind != "money" and a.unit is not None and b.unit is not None and a.unit != b.unit:
        return None  # "from 20 kg to 35 litres": two figures
    av = a.value
    if av is None:
        return None
    if a.year_like() and b.digits and (len(b.plain) == 2 or b.year_like()):
        return b.end  # "2012-13", "between 2001 and 2003": seasons and spans of years
    if (a.year_like() or b.year_like()) and not (a.bare() and b.bare()):
        return None  # "in 2003 to £2.89bn": a year, then a figure
    nm = _NEXT_WORD.match(text, b.end, hi)
    if nm is not None and nm.group("w").lower() in _MONTHS and nm.group("w")[0].isupper():
        return None  # "the six weeks to 14 March": a date
    # Spread the scale, the currency and the unit of the second end to the
    # first: "$10 to $15 billion", "10-15%".
    bare_a = a.bare()
    if a.mult is None and b.mult is not None and av <= raw_b:
        av *= b.mult
    if a.kind != "count" and b.kind not in ("count", a.kind):
        return None
    if dash:
        if av >= b.value:
            # "3-1": a score, not a range; "45 seconds - 22secs" are two figures
            return (b.end if a.digits and av < 100 and float(b.value).is_integer()
                    and bare_a and b.bare() else None)
    elif word in ("to", "through") and rng != "from":
        if av >= b.value:
            return None
        before = _word_before(text, a.start, lo)
        if before is not None and before[0].lower() in _CHANGE and not (
                bare_a and not b.bare() and (b.mult is None or av != a.value)):
            # "rose 5% to 7%", "rose 18,000 to 2.6 million": a change, two
            # figures; but "cooled by 2 to 2.5 degrees" writes its unit once,
            # for a range
            return None
    elif word == "up to" and rng != "from":
        return None  # "300 sq m up to 700": only "from 300 up to 700" is a range
    if a.kind == "count" and b.kind != "count":
        a.kind, a.unit, a.unit_span, a.currency = b.kind, b.unit, b.unit_span, b.currency
    a.low, a.high = (av, b.value) if av <= b.value else (b.value, av)
    a.value = None
    a.mult = b.mult or a.mult
    a.end = b.end
    return a


def _figure(text: str, a: _Amount, qual: tuple[int, int] | None, sense: str | None,
            hi: int) -> Figure:
    low, high = a.low, a.high
    if a.value is not None and low is None and high is None:
        if sense == "lower":
            low = a.value
        elif sense == "upper":
            high = a.value
    unit, unit_span = a.unit, a.unit_span
    value = a.value if a.value is None or math.isfinite(a.value) else None
    if low is not None or high is not None:
        low, high = _finite(low), _finite(high)
    if unit is None and a.kind == "count" and not a.ordinal:
        span = (_noun_of(text, a, hi) if a.vague or text.startswith(("-", " of "), a.end)
                else _counted_noun(text, a.end, hi, singular=a.value == 1))
        if span is not None:
            unit, unit_span = text[span[0] : span[1]], span
    if unit_span is not None and text[unit_span[0] : unit_span[1]] != unit:
        # A unit reported by its name ("kilometre" for "km") has no span of
        # its own: the span would not hold the name.  It stays in the text.
        unit_span = None
    return Figure(
        text=text[a.start : a.end],
        start=a.start,
        end=a.end,
        value=value,
        low=low,
        high=high,
        kind=a.kind,
        unit=unit,
        unit_span=unit_span,
        qualifier=None if qual is None else text[qual[0] : qual[1]],
        qualifier_span=qual,
        vague=a.vague,
    )


def _finite(x: float | None) -> float | None:
    """``x``, or None where it cannot be represented ("1" and 103 ",000" groups)."""
    return x if x is None or math.isfinite(x) else None


def _noun_of(text: str, a: _Amount, hi: int) -> tuple[int, int] | None:
    """The span of the noun that the count ``a`` counts, written after it.

    After a hyphen ("a four-cylinder engine", "four-, five- and six-cylinder
    engines"), after a partitive ("two-thirds of the 900 workers", "12 of
    the 40 passengers"), after "of" for a vague amount ("thousands of
    protesters"), or right after the number.
    """
    p = a.end
    if text.startswith("-", p):
        hm = _HYPHEN_NOUN.match(text, p, hi) or _SUSPENDED.match(text, p, hi)
        return hm.span("w") if hm is not None else None
    fraction = a.value is not None and 0 < a.value < 1
    pm = _PARTITIVE.match(text, p, hi) if text.startswith(" of ", p) else None
    if pm is not None:
        span = _counted_noun(text, pm.end(), hi, singular=fraction)
        if span is not None or not a.vague:
            return span
    if a.vague:
        om = _OF.match(text, p, hi)
        if om is not None:
            p = om.end()
    return _counted_noun(text, p, hi, singular=a.value == 1)


def _join_bounds(text: str, out: list[Figure], first: int) -> None:
    """Join "more than 37 and less than 52" into one range, in place."""
    k = first
    while k + 1 < len(out):
        f, g = out[k], out[k + 1]
        if (
            f.value is not None and g.value is not None and f.qualifier_span is not None
            and g.qualifier_span is not None and f.kind == g.kind
            and ((f.low is not None and f.high is None and g.high is not None and g.low is None
                  and f.value < g.value)
                 or (f.high is not None and f.low is None and g.low is not None
                     and g.high is None and g.value < f.value))
        ):
            jm = _BOUND_JOIN.match(text, f.end, g.qualifier_span[0])
            if jm is not None and jm.end() == g.qualifier_span[0]:
                lo_v, hi_v = sorted((f.value, g.value))
                start = f.start
                out[k] = Figure(
                    text=text[start : g.end], start=start, end=g.end, value=None, low=lo_v,
                    high=hi_v, kind=f.kind, unit=f.unit or g.unit,
                    unit_span=f.unit_span or g.unit_span, qualifier=f.qualifier,
                    qualifier_span=f.qualifier_span,
                )
                del out[k + 1]
        k += 1


def find_figures(view: TextView) -> tuple[Figure, ...]:
    """Figures of ``view`` in text order, not yet linked to quotes or claims."""
    out: list[Figure] = []
    text = view.text
    # One scan for digits over the whole text costs less than one per
    # paragraph; each paragraph then takes its slice.
    starts = _digit_starts(text, 0, len(text))
    for lo, hi in view.paragraphs:
        _figures_in(text, lo, hi, out, _between(starts, lo, hi))
    return tuple(out)


def _between(offsets: list[int], lo: int, hi: int) -> list[int]:
    """The sorted ``offsets`` from ``lo`` to before ``hi``."""
    return offsets[bisect.bisect_left(offsets, lo) : bisect.bisect_left(offsets, hi)]

