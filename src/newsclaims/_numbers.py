"""Number grammar: pattern fragments for numerals and their values.

The fragments are plain strings, composed into the compiled patterns of the
figures layer; the converters next to them turn what a fragment matched into
a value.  Number words, multipliers, currencies and units are data files in
``newsclaims/data`` (see :mod:`newsclaims._lexicon`).

Every repeat is bounded or possessive, so a pattern never backtracks over
more than a few characters, whatever the input.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import attrs
import regex

from newsclaims._lexicon import read_lines

__all__ = [
    "DIGITS",
    "MULTIPLIERS",
    "NUMBER_WORDS",
    "VAGUE",
    "WORDS",
    "WordNumber",
    "digits_value",
    "grouped_alternation",
    "split_words",
    "word_alternation",
]


def _number_words() -> dict[str, tuple[float, str]]:
    out: dict[str, tuple[float, str]] = {}
    for line in read_lines("number_words.txt"):
        word, value, cls = line.split()
        out[word] = (float(value), cls)
    return out


def _multipliers() -> dict[str, tuple[float, str]]:
    out: dict[str, tuple[float, str]] = {}
    for line in read_lines("multipliers.txt"):
        word, factor, where = line.split()
        out[word] = (float(factor), where)
    return out


#: Every number word (lowercase) with its value and class (see the data file).
NUMBER_WORDS: Final = _number_words()
#: Every multiplier with its factor and where it counts: "any", "attached"
#: (touching the digits, case-sensitive) or "money" (beside a currency).
MULTIPLIERS: Final = _multipliers()

# Ordinals that only count after a tens word ("twenty-first"): alone they are
# adverbs ("first"), a unit of time ("second") or a fraction ("third").
_LOW_ORDINALS: Final = {"first": 1.0, "second": 2.0, "third": 3.0}

# A numeral in digits.  The alternatives are tried in order and each is
# anchored at the end by (?![0-9]) or a possessive repeat, so a run of a
# million digits and commas costs one linear pass:
#   1,234,567       thousands separated by commas (possessive groups of 3)
#   5,00,000        Indian grouping: pairs, then a final group of 3 (the
#                   pairs are greedy but bounded at 6, so at most 6 retries)
#   40 000          thousands separated by a (thin, no-break) space
#   1234            plain digits, at most 30 (a longer run is no figure)
# then an optional decimal part.
DIGITS: Final = r"""
(?:
    [0-9]{1,3}(?:,[0-9]{3})++(?![0-9])
  | [0-9]{1,2}(?:,[0-9]{2}){1,6},[0-9]{3}(?![0-9])
  | [1-9][0-9]{0,2}(?:[\u00a0\u202f\u2009 ][0-9]{3})++(?![0-9,])
  | [0-9]{1,30}+(?![0-9])
)
(?:\.[0-9]{1,20}+)?
"""

def word_alternation(words: object) -> str:
    """A regex alternation of lowercase ``words``, grouped by first letter.

    The first letter may be a capital ("Two"); the rest is lowercase, which
    covers running text at a fraction of the cost of case-insensitive
    matching.  Grouping by first letter lets the engine reject most
    positions after one character.

    >>> word_alternation(["two", "ten", "one"])
    '(?:[oO](?:ne)|[tT](?:en|wo))'
    """
    groups: dict[str, list[str]] = {}
    for w in sorted({str(x) for x in words}, key=lambda w: (-len(w), w)):  # type: ignore[attr-defined]
        groups.setdefault(w[0], []).append(w[1:])
    parts = []
    for first in sorted(groups):
        rests = "|".join(regex.escape(r) for r in groups[first])
        parts.append(f"[{first}{first.upper()}](?:{rests})")
    return "(?:" + "|".join(parts) + ")"


def grouped_alternation(words: Iterable[str], *, reverse: bool = False) -> str:
    r"""A regex alternation of ``words``, grouped by first character, longest first.

    It matches what ``_lexicon.alternation`` matches, in the same order:
    only the words of one group can match at a place, and within it the
    longer come first.  The engine tries a few dozen first characters
    instead of hundreds of words in turn: a failed match of the 300 units
    costs 0.8 µs instead of 2.1 µs, and the pattern compiles no slower.
    For a ``(?r)`` pattern, matched backwards, the words are grouped by
    their last character (``reverse``).

    >>> grouped_alternation(["said", "say", "says", "told"])
    '(?:s(?:aid|ays|ay)|t(?:old))'
    >>> grouped_alternation(["$", "US$"], reverse=True)
    '(?:(?:US|)\\$)'
    """
    groups: dict[str, list[str]] = {}
    for w in set(words):
        key, rest = (w[-1], w[:-1]) if reverse else (w[0], w[1:])
        groups.setdefault(key, []).append(rest)
    parts = []
    for key in sorted(groups):
        rests = "|".join(regex.escape(r) for r in sorted(groups[key], key=lambda r: (-len(r), r)))
        first = regex.escape(key)
        parts.append(f"(?:{rests}){first}" if reverse else f"{first}(?:{rests})")
    return "(?:" + "|".join(parts) + ")"


#: Vague plurals that may open a run of number words ("millions of",
#: "tens of thousands", "lakhs of"); the figures layer turns them into ranges.
VAGUE: Final = ("tens", "dozens", "scores", "hundreds", "thousands", "lakhs", "millions",
                 "crores", "billions", "trillions")

# Words that may stand inside a spelt-out number.  "a"/"an" and "and" only
# join words ("a hundred", "one and a half"); split_words decides which runs
# are numbers.
_NUMBER_WORD: Final = (
    word_alternation([*NUMBER_WORDS, *_LOW_ORDINALS, "point", *VAGUE]) + r"(?![\p{L}\p{N}])"
)
# A run of number words: words joined by spaces, hyphens or "and"/"a".  At
# most 61 words; each joint is one of a few fixed strings (spaces bounded), so no retry spans
# more than one joint.  The run must start a word (checked by the caller).
# "a"/"an" is taken only before a number word: if none follows, the engine
# gives it back and the run cannot start there.  (Written out, not defined
# once and called as a group, (?&name): calls match three times slower.)
WORDS: Final = (
    r"(?:[aA]n?[ \u00a0])?"
    + _NUMBER_WORD
    + r"(?:(?:[ \u00a0]{1,20}+(?:and[ \u00a0]{1,20}+)?(?:an?[ \u00a0]{1,20}+)?|[ ]?-[ ]?)"
    + _NUMBER_WORD
    + r"){0,60}+"
)


def digits_value(text: str) -> float | None:
    """The value of a numeral matched by ``DIGITS`` ("1,234.5", "5,00,000").

    >>> digits_value("5,00,000")
    500000.0
    >>> digits_value("40\u202f000")
    40000.0
    """
    clean = text.replace(",", "")
    if not clean.isascii() or " " in clean:  # thousands apart: "40 000"
        clean = clean.replace(" ", "").replace("\u00a0", "")
        clean = clean.replace("\u202f", "").replace("\u2009", "")
    try:
        return float(clean)
    except ValueError:  # pragma: no cover - DIGITS only matches valid numerals
        return None


@attrs.frozen(kw_only=True)
class WordNumber:
    """A number found in a run of number words.

    Attributes:
        start: offset of its first word.
        end: offset after its last word.
        value: its value.
        ordinal: True for "twenty-first", "fifth".
        words: how many number words it holds (not counting "a" and "and").
    """

    start: int
    end: int
    value: float
    ordinal: bool = False
    words: int = 1


class _Builder:
    """The value of one spelt-out number, built word by word."""

    def __init__(self) -> None:
        self.total = 0.0  # completed scale groups ("two million" of "two million six")
        self.group = 0.0  # the group below the last scale ("six hundred")
        self.last = ""  # class of the last word taken ("" before the first)
        self.scale = float("inf")  # the last scale taken; scales must fall
        self.article = False  # began with "a"/"an"
        self.count = 0
        self.zeros = 0  # leading "zero" words

    @property
    def value(self) -> float:
        return self.total + self.group


def _take(b: _Builder, word: str, prev: str, nxt: str = "") -> bool | None:
    """Add ``word`` to ``b``; False if it cannot continue the number.

    Returns None when the word ends the number as an ordinal.
    """
    last = b.last
    if word in _LOW_ORDINALS and last == "tens" and b.group % 10 == 0:
        b.group += _LOW_ORDINALS[word]  # "twenty-first"
        return None
    if word not in NUMBER_WORDS:
        return False
    value, cls = NUMBER_WORDS[word]
    one = (
        b.article
        or (last == "unit" and b.group == 1 and b.total == 0)
        or (last == "and" and prev in ("a", "an", "one"))
    )
    if cls == "unit":
        if value == 0 and not last and b.count == b.zeros:
            # leading zeros, as read out: "zero eight" is 8
            b.zeros += 1
            b.count += 1
            return True
        if value == 0 and last:
            return False
        if not (last in ("", "hundred", "scale", "and") or (last == "tens" and b.group % 10 == 0)):
            return False
        b.group += value
    elif cls in ("teen", "tens"):
        if last not in ("", "hundred", "scale", "and"):
            return False
        b.group += value
    elif cls == "hundred":
        if last == "":
            b.group = 100.0
        elif last in ("unit", "teen", "tens") and b.group < 100:
            b.group *= 100
        else:
            return False
    elif cls == "scale":
        if value >= b.scale or last not in ("", "unit", "teen", "tens", "hundred", "dozen", "frac"):
            return False
        b.total += (b.group or 1.0) * value
        b.group = 0.0
        b.scale = value
    elif cls == "dozen":
        if last not in ("", "unit", "teen", "tens", "frac") or b.total:
            return False
        b.group = (b.group or 1.0) * 12
    elif cls == "ordinal" and (not one or (value >= 100 and not b.article)):
        # "fifth", "fifty-fifth", "two thousand and fifth", "six hundred
        # twelfth", "one hundredth"
        if value >= 100:
            if last not in ("", "unit", "teen", "tens", "hundred") or b.group >= 1000:
                return False
            b.total += (b.group or 1.0) * value
            b.group = 0.0
        elif last not in ("", "tens", "hundred", "scale", "and"):
            return False
        else:
            b.group += value
        b.last = "ordinal"
        b.count += 1
        return None
    else:
        # A fraction: "half", "a third", "two thirds", "one and a half", and
        # an ordinal after "a"/"one" ("a fifth", "one hundredth").
        if last == "and" and prev in ("a", "an", "one"):
            nxt_value, nxt_cls = NUMBER_WORDS.get(nxt, (0.0, ""))
            if nxt_cls == "scale" and nxt_value < b.scale != float("inf"):
                b.group = 1.0 / value  # "two billion and a half million"
            elif b.group == 0 and b.scale != float("inf"):
                b.total += b.scale / value  # "one million and a half"
            else:
                b.group += 1.0 / value
        elif last == "" and (b.article or word in ("half", "quarter")):
            b.group = 1.0 / value
        elif last in ("unit", "teen", "tens") and b.total == 0 and b.group < 100:
            b.group /= value
        else:
            return False
        cls = "frac"
    b.last = cls
    b.count += 1
    return True


def _decimals(toks: list[tuple[str, int, int]], j: int) -> tuple[str, int]:
    """The digits spelt after "point" from token ``j``, and the token after them."""
    if j < len(toks):
        value, cls = NUMBER_WORDS.get(toks[j][0], (0.0, ""))
        if cls in ("teen", "tens"):
            if (cls == "tens" and j + 1 < len(toks)
                    and NUMBER_WORDS.get(toks[j + 1][0], (0.0, ""))[1] == "unit"):
                return str(int(value) + int(NUMBER_WORDS[toks[j + 1][0]][0])), j + 2
            return str(int(value)), j + 1
    digits = ""
    while j < len(toks) and NUMBER_WORDS.get(toks[j][0], (0.0, ""))[1] == "unit":
        digits += str(int(NUMBER_WORDS[toks[j][0]][0]))
        j += 1
    return digits, j


def _and_fraction(toks: list[tuple[str, int, int]], j: int) -> float | None:
    """The fraction "three quarters" or "two fifths" at token ``j``, after "and"."""
    if j + 1 >= len(toks):
        return None
    num, ncls = NUMBER_WORDS.get(toks[j][0], (0.0, ""))
    den, dcls = NUMBER_WORDS.get(toks[j + 1][0], (0.0, ""))
    if ncls != "unit" or num < 2 or dcls != "denom" or not toks[j + 1][0].endswith("s"):
        return None
    # "three quarters", but not "and three thirty" (den is a denominator)
    if j + 2 < len(toks) and NUMBER_WORDS.get(toks[j + 2][0], (0.0, ""))[1] == "scale":
        return None
    return num / den


def _value_of(toks: list[tuple[str, int, int]], k: int, end: int) -> float | None:
    """The value of tokens ``k..end`` (inclusive) read as one number, or None."""
    b = _Builder()
    for j in range(k, end + 1):
        w = toks[j][0]
        if w == "and" and b.last in ("hundred", "scale"):
            b.last = "and"
            continue
        if _take(b, w, toks[j - 1][0] if j else "") is not True:
            return None
    return b.value if b.count else None


def _denominator(toks: list[tuple[str, int, int]], k: int, last: int) -> tuple[float, float] | None:
    """(numerator, denominator) when a plural fraction word follows a number.

    The builder takes "two thirds" itself; this reads what it leaves, a
    fraction after a numerator of a hundred or more: "one hundred thirty
    fifths" (100/35: a tens word just before the fraction word joins the
    denominator), "four thousand six hundred seven eighths".
    """
    if last + 1 >= len(toks):
        return None
    word = toks[last + 1][0]
    den, cls = NUMBER_WORDS.get(word, (0.0, ""))
    if cls != "denom" or not word.endswith("s") or word in ("halves", "quarters"):
        return None
    tens, tcls = NUMBER_WORDS.get(toks[last][0], (0.0, ""))
    if tcls == "tens" and last > k and toks[last - 1][0] != "and" and den < 10:
        numerator = _value_of(toks, k, last - 1)
        return None if numerator is None else (numerator, tens + den)
    numerator = _value_of(toks, k, last)
    return None if numerator is None else (numerator, den)


def _tokens(seg: str, pos: int) -> list[tuple[str, int, int]]:
    """The words (runs of letters) of ``seg``, lower-cased, with offsets from ``pos``."""
    spaced = seg.replace("-", " ").replace("\u00a0", " ")
    if spaced.isascii() and spaced.replace(" ", "").isalpha():
        # A run that WORDS matched: ASCII words between spaces, hyphens and
        # no-break spaces, each one character, so split() gives the words.
        toks = []
        for word in spaced.split(" "):
            if word:
                toks.append((word.lower(), pos, pos + len(word)))
            pos += len(word) + 1
        return toks
    toks = []
    i = 0
    n = len(seg)
    while i < n:
        if seg[i].isalpha():
            j = i
            while j < n and seg[j].isalpha():
                j += 1
            toks.append((seg[i:j].lower(), pos + i, pos + j))
            i = j
        else:
            i += 1
    return toks


def split_words(text: str, start: int, end: int) -> list[WordNumber]:
    """The numbers in ``text[start:end]``, a run matched by ``WORDS``.

    A run may hold several numbers ("one two three", "twenty fifteen") or
    joining words that belong to none; each number is returned with its own
    offsets.

    >>> [(n.value, n.words) for n in split_words("two hundred and five", 0, 20)]
    [(205.0, 3)]
    >>> [n.value for n in split_words("one and a half", 0, 14)]
    [1.5]
    """
    toks = _tokens(text[start:end], start)
    out: list[WordNumber] = []
    k = 0
    while k < len(toks):
        word = toks[k][0]
        b = _Builder()
        first = k
        if word in ("a", "an"):
            b.article = True
            k += 1
            if k >= len(toks):
                break
        if toks[k][0] == "and":
            k += 1
            continue
        last_end = -1
        ordinal = False
        j = k
        while j < len(toks):
            w = toks[j][0]
            prev = toks[j - 1][0] if j > 0 else ""
            nxt = toks[j + 1][0] if j + 1 < len(toks) else ""
            if w == "and":
                frac = _and_fraction(toks, j + 1)
                if frac is not None and b.count and b.last in (
                        "unit", "teen", "tens", "hundred", "scale"):
                    # "twenty and three fifths", "five billion and three quarters"
                    if b.group == 0 and b.scale != float("inf"):
                        b.total += frac * b.scale
                    else:
                        b.group += frac
                    b.last = "frac"
                    last_end = j + 2
                    j += 3
                    continue
                # "and" joins only "hundred and five", "million and two",
                # "one and a half"
                if b.last in ("hundred", "scale") or (
                    b.last in ("unit", "teen", "tens")
                    and nxt in ("a", "an", "one")
                    and j + 2 < len(toks)
                    and NUMBER_WORDS.get(toks[j + 2][0], (0.0, ""))[1] in ("denom", "ordinal")
                ):
                    b.last = "and"
                    j += 1
                    continue
                break
            nxt_cls = NUMBER_WORDS.get(nxt, (0.0, ""))[1]
            if w in ("a", "an") or (w == "one" and b.last == "and" and nxt_cls in (
                    "denom", "ordinal")):
                # "one and a half", "two million and one half", "half a million"
                if b.last == "and" or (b.last == "frac" and nxt_cls in ("scale", "dozen")):
                    j += 1
                    continue
                break
            if w == "point":
                # "five point five", "two hundred point seventy-one"
                digits, j2 = _decimals(toks, j + 1)
                if not digits or b.count == 0 or b.last in ("frac", "and"):
                    break
                b.group += float("0." + digits)
                b.last = "point"
                last_end = j2 - 1
                j = j2
                break
            res = _take(b, w, prev, nxt)
            if res is False:
                break
            last_end = j
            j += 1
            if res is None:
                ordinal = True
                break
        if last_end < k:
            k = max(k + 1, first + 1)
            continue
        if b.count == 0:
            k = last_end + 1
            continue
        # "a" counts only before "hundred", "million", "dozen", "third"
        article = b.article and not (b.count == 1 and b.last in ("unit", "teen", "tens"))
        value = b.value
        den = _denominator(toks, k, last_end) if not ordinal else None
        if den is not None:
            # "one hundred thirty-two fifths": a fraction of a large numerator
            numerator, divisor = den
            value = numerator / divisor
            last_end += 1
        out.append(
            WordNumber(
                start=toks[first][1] if article else toks[k][1],
                end=toks[last_end][2],
                value=value,
                ordinal=ordinal,
                words=b.count,
            )
        )
        k = last_end + 1
    return out
