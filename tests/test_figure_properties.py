"""Property: a number written into a sentence is found again with its value.

The numbers are rendered by the strategies below in digits (with or without
thousands separators, with decimals) or in words, optionally followed by a
multiplier, and placed in sentences written for this test.
"""

import math

from hypothesis import given
from hypothesis import strategies as st

from newsclaims._figures import find_figures
from newsclaims._segment import segment

_UNITS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int, use_and: bool) -> str:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words.append(f"{_UNITS[hundreds]} hundred")
    if rest or not hundreds:
        if hundreds and use_and:
            words.append("and")
        if rest < 20:
            words.append(_UNITS[rest])
        else:
            tens, unit = divmod(rest, 10)
            words.append(_TENS[tens - 2] + (f"-{_UNITS[unit]}" if unit else ""))
    return " ".join(words)


def to_words(n: int, use_and: bool) -> str:
    """English words for 0 <= n < 10**9: "twenty-eight thousand six hundred forty-two"."""
    parts = []
    for scale, name in ((10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            parts.append(f"{_below_thousand(n // scale, use_and)} {name}")
            n %= scale
    if n or not parts:
        parts.append(_below_thousand(n, use_and))
    return " ".join(parts)


def with_separators(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def indian_grouping(n: int) -> str:
    """``n`` grouped as South Asian copy writes it: 1,20,000 and 5,00,00,000."""
    digits = str(n)
    head, tail = digits[:-3], digits[-3:]
    pairs = []
    while len(head) > 2:
        head, pair = head[:-2], head[-2:]
        pairs.insert(0, pair)
    return ",".join([p for p in [head, *pairs] if p] + [tail])


@st.composite
def rendered_numbers(draw):
    """(text, value): a number as a reporter might write it."""
    style = draw(st.sampled_from(
        ["digits", "grouped", "decimal", "words", "multiplied", "indian"]))
    if style == "indian":
        n = draw(st.integers(min_value=1_00_000, max_value=99_99_99_99_999))
        return indian_grouping(n), float(n)
    if style == "words":
        n = draw(st.integers(min_value=2, max_value=999_999_999))
        return to_words(n, draw(st.booleans())), float(n)
    if style == "multiplied":
        whole = draw(st.integers(min_value=1, max_value=999))
        tenths = draw(st.integers(min_value=0, max_value=9))
        mult_text, mult = draw(st.sampled_from(
            [(" million", 1e6), (" billion", 1e9), (" thousand", 1e3), ("bn", 1e9), (" mn", 1e6)]
        ))
        number = f"{whole}.{tenths}" if tenths else str(whole)
        return number + mult_text, float(number) * mult
    if style == "decimal":
        whole = draw(st.integers(min_value=0, max_value=99_999))
        frac = draw(st.integers(min_value=1, max_value=99))
        return f"{whole:,}.{frac:02d}", float(f"{whole}.{frac:02d}")
    n = draw(st.integers(min_value=2, max_value=10**12))
    if style == "grouped" or 1000 <= n <= 2100:
        # Four plain digits from 1000 to 2100 read as a year, which is no
        # figure by design; reporters group such counts ("1,999").
        sep = draw(st.sampled_from([",", ",", "\u202f"])) if n >= 1000 else ","
        return with_separators(n, sep), float(n)
    return str(n), float(n)


_SENTENCES = (
    "Officials said {} residents had been moved.",
    "The report counted {} cases last month.",
    "Volunteers collected {} bottles on the beach, according to the charity.",
    "“We have {} tickets left,” the manager said.",
    "In all, {} vehicles were checked by the police.",
)


@given(rendered_numbers(), st.sampled_from(_SENTENCES))
def test_rendered_number_is_found_with_its_value(rendered, sentence):
    number, value = rendered
    text = sentence.format(number)
    start = text.index(number)
    end = start + len(number)
    found = find_figures(segment(text))
    for f in found:
        assert text[f.start : f.end] == f.text
    hits = [f for f in found if f.start <= start and end <= f.end]
    assert hits, (text, found)
    assert math.isclose(hits[0].value, value, rel_tol=1e-9), (text, hits[0])


@given(rendered_numbers(), st.sampled_from(_SENTENCES), st.text(max_size=40))
def test_any_prefix_keeps_offsets(rendered, sentence, prefix):
    text = prefix + "\n" + sentence.format(rendered[0])
    for f in find_figures(segment(text)):
        assert text[f.start : f.end] == f.text
        assert 0 <= f.start < f.end <= len(text)


# Currency signs and codes before an amount, from many countries, with the
# currency's name.
_CURRENCIES = (
    ("Rs ", "rupee"), ("₹", "Indian rupee"), ("Tk ", "taka"), ("KSh ", "Kenyan shilling"),
    ("N", "naira"), ("R", "rand"), ("Rp ", "rupiah"), ("GH₵", "cedi"), ("USh ", "Ugandan shilling"),
    ("R$", "Brazilian real"), ("RM", "Malaysian ringgit"), ("$", "dollar"), ("€", "euro"),
)


@given(st.integers(min_value=1_000, max_value=10**11), st.sampled_from(_CURRENCIES),
       st.booleans())
def test_money_in_any_currency_is_found_with_its_value(n, currency, indian):
    sign, name = currency
    number = indian_grouping(n) if indian and n >= 1_00_000 else f"{n:,}"
    text = f"The council in the capital approved {sign}{number} for new clinics."
    found = find_figures(segment(text))
    assert [(f.text, f.kind, f.unit) for f in found] == [(sign + number, "money", name)]
    assert found[0].value == float(n)


_DIGITISH = st.text(alphabet="0123456789,.e ", min_size=1, max_size=400)


@given(_DIGITISH, st.sampled_from([" troops", " km", "%", " crore", " lakh rupees", ""]))
def test_values_are_finite_or_none(number, tail):
    text = "They counted " + number + tail + " in the end."
    for f in find_figures(segment(text)):
        assert text[f.start : f.end] == f.text
        for x in (f.value, f.low, f.high):
            assert x is None or math.isfinite(x), (text, f)
