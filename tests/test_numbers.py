"""The number grammar: digits and spelt-out numbers to values."""

import pytest

from newsclaims._numbers import digits_value, split_words


def values(text):
    return [(text[n.start : n.end], n.value, n.ordinal) for n in split_words(text, 0, len(text))]


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1,000", 1000.0),
        ("12,345,678", 12345678.0),
        ("5,00,000", 500000.0),
        ("1,00,00,000", 10000000.0),
        ("40 000", 40000.0),
        ("40\u202f000", 40000.0),
        ("3.5", 3.5),
        ("27,349.19", 27349.19),
    ],
)
def test_digits_value(raw, value):
    assert digits_value(raw) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two", 2),
        ("twenty-eight thousand six hundred forty-two", 28642),
        ("two hundred and five", 205),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("half a million", 500_000),
        ("quarter million", 250_000),
        ("one and a half", 1.5),
        ("two and a half million", 2_500_000),
        ("one million and a half", 1_500_000),
        ("a third", 1 / 3),
        ("two thirds", 2 / 3),
        ("three-quarters", 0.75),
        ("a hundred thousand", 100_000),
        ("nine point nought four", 9.04),
        ("zero eight", 8),
        ("seven quadrillion four", 7e15 + 4),
    ],
)
def test_one_spelt_out_number(text, value):
    [(span, got, ordinal)] = values(text)
    assert span == text
    assert got == pytest.approx(value)
    assert not ordinal


@pytest.mark.parametrize(
    ("text", "value"),
    [("twenty-first", 21), ("fifty fifth", 55), ("two thousand and fifth", 2005), ("sixth", 6)],
)
def test_ordinals(text, value):
    [(span, got, ordinal)] = values(text)
    assert (span, got, ordinal) == (text, value, True)


def test_a_run_of_separate_numbers_splits():
    assert [v for _, v, _ in values("one two three twenty fifteen")] == [1, 2, 3, 20, 15]


def test_bare_article_is_no_number():
    assert values("a") == []
    assert values("an") == []


def test_article_before_a_plain_unit_is_left_out():
    assert values("a five") == [("five", 5, False)]


def test_thirteen_thousand_then_ninety():
    assert [v for _, v, _ in values("thirteen thousand zero ninety")] == [13000, 90]


@pytest.mark.parametrize("reverse", [False, True])
def test_grouped_alternation_matches_what_the_longest_first_alternation_matches(reverse):
    import random

    import regex

    from newsclaims._lexicon import alternation
    from newsclaims._numbers import grouped_alternation

    rng = random.Random(7)  # noqa: S311 -- fixed test data, not secrets
    words = {"".join(rng.choice("ab$ ") for _ in range(rng.randint(1, 5))) for _ in range(40)}
    flag = "(?r)" if reverse else ""
    # What stands after the words (before them, read backwards) makes the
    # engine give back: an "x", or no "b" next.
    head, tail = "(?:x|(?<!b))", "(?:x|(?!b))"
    plain = regex.compile(flag + head + alternation(words) + tail)
    built = regex.compile(flag + head + grouped_alternation(words, reverse=reverse) + tail)
    for _ in range(3000):
        text = "".join(rng.choice("ab$ x") for _ in range(rng.randint(0, 9)))
        for pos in range(len(text) + 1):
            if reverse:
                m, n = plain.match(text, 0, pos), built.match(text, 0, pos)
            else:
                m, n = plain.match(text, pos), built.match(text, pos)
            assert (m and m.span()) == (n and n.span()), (text, pos)
