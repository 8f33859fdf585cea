"""Date and time expressions: spans, values, granularity, relative dates."""

import datetime as dt
import json
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclaims
from newsclaims._dates import _dateparser_spec, coerce_published, date_spans
from newsclaims._segment import segment

# 2005-01-05 is a Wednesday.
BASE = dt.date(2005, 1, 5)

# (sentence, expression, value against BASE, granularity, relative)
CASES = [
    ("The talks ended on 5 November 2004.", "5 November 2004", "2004-11-05", "day", False),
    (
        "It was signed on Tuesday, 5 November 2004.",
        "Tuesday, 5 November 2004",
        "2004-11-05",
        "day",
        False,
    ),
    ("It opened on November 5, 2004 in Ohio.", "November 5, 2004", "2004-11-05", "day", False),
    ("The vote is set for 20 January.", "20 January", "2005-01-20", "day", True),
    ("The strike began on Dec. 28.", "Dec. 28", "2004-12-28", "day", True),
    ("It was the 5th of November.", "5th of November", "2004-11-05", "day", True),
    ("The games run on 4-6 March.", "4-6 March", "2005-03-04/2005-03-06", "day", True),
    ("The games ran March 4–6, 2004.", "March 4–6, 2004", "2004-03-04/2004-03-06", "day", False),
    ("Sales rose in March 2004.", "March 2004", "2004-03", "month", False),
    ("Prices fell in 2003.", "2003", "2003", "year", False),
    ("The scheme has run since 1999.", "1999", "1999", "year", False),
    ("Plans for the 2006/07 season were set.", "2006/07", "2006/2007", "year", False),
    ("Growth slowed in the 1990s.", "1990s", "1990/1999", "decade", False),
    ("The report was published on 2004-11-05.", "2004-11-05", "2004-11-05", "day", False),
    ("The report was published on 13/11/2004.", "13/11/2004", "2004-11-13", "day", False),
    ("The report was published on 5.11.2004.", "5.11.2004", "2004-11-05", "day", False),
    ("Trading closes at 4.30pm.", "4.30pm", "16:30", "time", False),
    ("The meeting starts at 10:30 GMT.", "10:30 GMT", "10:30", "time", False),
    ("The polls close at midnight.", "midnight", "00:00", "time", False),
    ("The minister resigned yesterday.", "yesterday", "2005-01-04", "day", True),
    ("The result is due tomorrow.", "tomorrow", "2005-01-06", "day", True),
    ("The shops were busy last night.", "last night", "2005-01-04", "day", True),
    ("He left the day before yesterday.", "the day before yesterday", "2005-01-03", "day", True),
    ("He said so on Monday.", "Monday", "2005-01-03", "weekday", True),
    ("The board met on Wednesday.", "Wednesday", "2005-01-05", "weekday", True),
    ("The board will meet on Monday.", "Monday", "2005-01-10", "weekday", True),
    ("It happened last Tuesday.", "last Tuesday", "2005-01-04", "weekday", True),
    ("It happened last Wednesday.", "last Wednesday", "2004-12-29", "weekday", True),
    ("It opens next Friday.", "next Friday", "2005-01-07", "weekday", True),
    ("The deal was agreed on Friday morning.", "Friday morning", "2004-12-31", "weekday", True),
    ("Sales slowed last week.", "last week", "2004-W53", "week", True),
    ("Sales will pick up next week.", "next week", "2005-W02", "week", True),
    ("Sales slowed last month.", "last month", "2004-12", "month", True),
    ("Sales grew this year.", "this year", "2005", "year", True),
    ("Sales grew last year.", "last year", "2004", "year", True),
    ("The firm was sold two days ago.", "two days ago", "2005-01-03", "day", True),
    ("The firm was sold 3 weeks ago.", "3 weeks ago", "2004-W51", "week", True),
    ("The firm was sold six months ago.", "six months ago", "2004-07", "month", True),
    ("The firm was sold a year ago.", "a year ago", "2004", "year", True),
    # A month without a year: in the past before the base, in the future
    # after it, and the nearest without a tense word.
    ("The law changed in March.", "March", "2004-03", "month", True),
    ("The law changed last March.", "last March", "2004-03", "month", True),
    ("The law will change in December.", "December", "2005-12", "month", True),
    ("The law changed in January.", "January", "2005-01", "month", True),
    ("Work ends by March.", "March", "2005-03", "month", True),
    ("Work stops by December.", "December", "2004-12", "month", True),
    ("It was sold in May last year.", "May last year", "2004-05", "month", True),
    ("He spoke on Saturday night.", "Saturday night", "2005-01-01", "weekday", True),
]


@pytest.mark.parametrize(("sentence", "expr", "value", "gran", "relative"), CASES)
def test_date_expressions(sentence, expr, value, gran, relative):
    art = newsclaims.parse_article(sentence, published=BASE)
    assert [d.text for d in art.dates] == [expr]
    d = art.dates[0]
    assert sentence[d.start : d.end] == expr
    assert (d.value, d.granularity, d.relative) == (value, gran, relative)


@pytest.mark.parametrize(("sentence", "expr", "value", "gran", "relative"), CASES)
def test_relative_dates_stay_unresolved_without_a_base(sentence, expr, value, gran, relative):
    d = newsclaims.parse_article(sentence).dates[0]
    assert (d.text, d.granularity) == (expr, gran)
    assert d.relative is relative
    assert d.value == (None if relative else value)


@pytest.mark.parametrize(
    "sentence",
    [
        "Theresa May said the plan would work.",
        "May I ask a question?",
        "They may march on the capital.",
        "March on, she told the crowd.",
        "We will see what happens.",
        "It rose by 15 to 42.",
        "About 2000 people marched.",
        "The fee is $2004 a year.",
        "Turnout was 1999 votes higher.",
        "She goes swimming every Monday.",
        "He told the Mail on Sunday it was over.",
        "He told the Sunday Times it was over.",
        "He told Sky News' Sunday programme it was over.",
        "The film Saturday Night Fever was a hit.",
        "The shop shuts on Mondays.",
        "He told Radio Kenya's Today show the road was open.",
        "The June Carter album sold well.",
        "She read verse 3:16 aloud.",
        "The lab clock showed 2:07.31 when the sample turned blue.",
    ],
)
def test_not_dates(sentence):
    assert newsclaims.parse_article(sentence, published=BASE).dates == ()


def test_ambiguous_numeric_date_is_not_guessed():
    d = newsclaims.parse_article("It was filed on 05/11/2004.", published=BASE).dates[0]
    assert d.text == "05/11/2004"
    assert d.value is None


def test_invalid_calendar_date_has_no_value():
    d = newsclaims.parse_article("It was due on 31 February 2004.").dates[0]
    assert d.text == "31 February 2004"
    assert d.value is None


def test_count_dateparser_cannot_read_stays_unresolved():
    art = newsclaims.parse_article("It closed a few days ago.", published=BASE)
    assert [(d.text, d.value, d.relative) for d in art.dates] == [("a few days ago", None, True)]


def test_dateline_date_is_the_base_when_it_has_a_year():
    text = "PARIS, Nov 5, 2024 (AFP) - The minister resigned on Monday.\n\nMore."
    art = newsclaims.parse_article(text)
    assert [(d.text, d.value) for d in art.dates] == [
        ("Nov 5, 2024", "2024-11-05"),
        ("Monday", "2024-11-04"),
    ]


def test_dateline_date_without_year_takes_the_year_from_published():
    text = "KYIV, Jan 3 (Reuters) - The army said on Monday it had moved.\n\nMore."
    art = newsclaims.parse_article(text, published=dt.date(2005, 1, 3))
    assert [(d.text, d.value) for d in art.dates] == [
        ("Jan 3", "2005-01-03"),
        ("Monday", "2005-01-03"),
    ]


def test_dateline_date_without_year_and_no_published_gives_no_base():
    text = "KYIV, Jan 3 (Reuters) - The army said on Monday it had moved.\n\nMore."
    art = newsclaims.parse_article(text)
    assert [d.value for d in art.dates] == [None, None]


@pytest.mark.parametrize(
    "published",
    [
        dt.date(2005, 1, 5),
        dt.datetime(2005, 1, 5, 23, 0, tzinfo=dt.timezone.utc),
        "2005-01-05",
        "2005-01-05T10:00:00Z",
        "2005-01-05 10:00",
    ],
)
def test_published_accepts_dates_datetimes_and_iso_strings(published):
    art = newsclaims.parse_article("It happened yesterday.", published=published)
    assert art.dates[0].value == "2005-01-04"


def test_published_rejects_other_strings_and_types():
    with pytest.raises(ValueError, match="ISO 8601"):
        coerce_published("5 January 2005")
    with pytest.raises(TypeError, match="int"):
        coerce_published(20050105)


def test_dates_are_in_json():
    art = newsclaims.parse_article("Sales grew in 2004.")
    assert art.to_dict()["dates"] == [
        {
            "text": "2004",
            "start": 14,
            "end": 18,
            "value": "2004",
            "granularity": "year",
            "relative": False,
        }
    ]


def test_date_spans_for_other_layers():
    text = "In 2004, 300 people left on 5 May at 3pm."
    spans = date_spans(segment(text))
    assert [text[s:e] for s, e in spans] == ["2004", "5 May", "3pm"]


def test_import_does_not_load_dateparser():
    code = (
        "import sys, newsclaims\n"
        "assert 'dateparser' not in sys.modules, 'import'\n"
        "art = newsclaims.parse_article('On Monday, 5 May 2004, two days ago, at 3pm.',"
        " published='2004-05-07')\n"
        "assert len(art.dates) == 3, art.dates\n"
        "assert 'dateparser' not in sys.modules, 'common shapes'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603 -- our own code


def test_long_adversarial_inputs_do_not_raise():
    for text in (
        "1 " * 50_000,
        "May " * 30_000,
        "last " * 30_000,
        "2004-" * 20_000,
        "a " * 40_000 + "days ago",
        "12:" * 30_000,
        "5 of " * 20_000,
    ):
        art = newsclaims.parse_article(text, published=BASE)
        for d in art.dates:
            assert text[d.start : d.end] == d.text


# ------------------------------------------------------------------ tense

# 2024-03-05 is a Tuesday.
TUESDAY = dt.date(2024, 3, 5)

# (sentence, expression, published, value): a weekday, a month or a day
# without a year takes the tense of its own clause, not of a quotation.
TENSE_CASES = [
    ("“We will rebuild,” Mayor Ana Ruiz said on Monday.", "Monday", TUESDAY, "2024-03-04"),
    ("“We rebuilt it,” Mayor Ana Ruiz said on Monday.", "Monday", TUESDAY, "2024-03-04"),
    (
        "“The ferry will sail on Monday,” the port officer in Mombasa said.",
        "Monday",
        TUESDAY,
        "2024-03-11",
    ),
    (
        "The governor said on Monday that the dam in Assam will open soon.",
        "Monday",
        TUESDAY,
        "2024-03-04",
    ),
    ("The governor said the dam in Assam will open on Monday.", "Monday", TUESDAY, "2024-03-11"),
    ("On Monday, the court in Lagos will hear the appeal.", "Monday", TUESDAY, "2024-03-11"),
    ("On Monday, the court in Lagos heard the appeal.", "Monday", TUESDAY, "2024-03-04"),
    (
        "The ministry will publish its “Green Budget” on Monday.",
        "Monday",
        TUESDAY,
        "2024-03-11",
    ),
    (
        "The stadium in Surabaya will be formally opened on Monday.",
        "Monday",
        TUESDAY,
        "2024-03-11",
    ),
    ("Monsoon rains flooded the coast road in Kerala on Monday.", "Monday", TUESDAY, "2024-03-04"),
    ("The flooded coast road in Kerala reopens on Monday.", "Monday", TUESDAY, "2024-03-11"),
    ("Exports from Mombasa have grown since May.", "May", TUESDAY, "2023-05"),
    (
        "Campaigning is heating up in Nairobi ahead of the 1 June vote.",
        "1 June",
        dt.date(2024, 11, 1),
        "2025-06-01",
    ),
    (
        "The ferry sank off Zanzibar on 28 December.",
        "28 December",
        dt.date(2024, 1, 5),
        "2023-12-28",
    ),
    (
        "The new terminal at Chennai port will open on 28 December.",
        "28 December",
        dt.date(2024, 1, 5),
        "2024-12-28",
    ),
    ("The terminal opens on 8 January.", "8 January", dt.date(2024, 1, 5), "2024-01-08"),
    ("Rice prices in Dhaka rose in February.", "February", dt.date(2024, 1, 20), "2023-02"),
    (
        "Rice prices in Dhaka are expected to rise in February.",
        "February",
        dt.date(2024, 1, 20),
        "2024-02",
    ),
]


@pytest.mark.parametrize(("sentence", "expr", "published", "value"), TENSE_CASES)
def test_tense_of_the_clause_decides(sentence, expr, published, value):
    dates = newsclaims.parse_article(sentence, published=published).dates
    assert [(d.text, d.value) for d in dates] == [(expr, value)]


def test_a_range_takes_the_year_of_its_last_day():
    text = "Fares were cut from 20 December to 5 January 2004 in Manila."
    dates = newsclaims.parse_article(text, published=TUESDAY).dates
    assert [(d.text, d.value, d.relative) for d in dates] == [
        ("20 December", "2003-12-20", False),
        ("5 January 2004", "2004-01-05", False),
    ]


@pytest.mark.parametrize("published", [None, TUESDAY])
def test_a_named_day_takes_the_year_given_after_it(published):
    text = "Security in the city was tightened after the 26 November attacks in 2008."
    dates = newsclaims.parse_article(text, published=published).dates
    assert [(d.text, d.value, d.relative) for d in dates] == [
        ("26 November", "2008-11-26", False),
        ("2008", "2008", False),
    ]


def test_a_day_with_its_year_keeps_it():
    text = "Flights over Lagos stopped after 11 September 2001, the airline said."
    dates = newsclaims.parse_article(text, published=TUESDAY).dates
    assert [(d.text, d.value) for d in dates] == [("11 September 2001", "2001-09-11")]


# ------------------------------------------------------------------ counts


@pytest.mark.parametrize(
    ("sentence", "expr", "value"),
    [
        ("The temple was built 3,000,000 days ago.", "3,000,000 days ago", None),
        ("The well was dug 1,000 years ago.", "1,000 years ago", "1024"),
        ("The port closed 1.5 years ago.", "1.5 years ago", "2022-09"),
        ("The port closed a couple of weeks ago.", "a couple of weeks ago", "2024-W08"),
        ("The port closed 10,000 years ago.", "10,000 years ago", None),
    ],
)
def test_a_count_is_read_whole(sentence, expr, value):
    dates = newsclaims.parse_article(sentence, published=TUESDAY).dates
    assert [(d.text, d.value) for d in dates] == [(expr, value)]


@given(
    st.integers(min_value=1, max_value=10**9),
    st.sampled_from([",", ".", ""]),
    st.sampled_from(["days", "weeks", "years"]),
)
def test_no_date_starts_inside_a_number(number, sep, unit):
    digits = f"{number:,}".replace(",", sep) if sep != "." else f"{number}.5"
    text = f"It happened {digits} {unit} ago."
    for d in newsclaims.parse_article(text, published=TUESDAY).dates:
        assert text[d.start : d.end] == d.text
        before = text[d.start - 2 : d.start]
        assert not before[-1:].isdigit()
        assert not (before[-1:] in ",." and before[:1].isdigit()), d.text


# ------------------------------------------------------------------ any published date

_EXPRESSIONS = st.sampled_from(
    [
        "next Tuesday",
        "last Tuesday",
        "on Tuesday",
        "will meet on Friday",
        "tomorrow",
        "yesterday",
        "the day after tomorrow",
        "next week",
        "last week",
        "next month",
        "last year",
        "next year",
        "in March",
        "will open in December",
        "on 5 May",
        "opened on 31 December",
        "by 1 January",
        "in May last year",
        "two days ago",
        "3,000,000 days ago",
        "9,999 years ago",
        "a decade ago",
        "1.5 years ago",
        "the 4-6 March games",
        "in 2004",
    ]
)
_OFFSETS = st.sampled_from([None, dt.timezone.utc]) | st.integers(-23, 23).map(
    lambda h: dt.timezone(dt.timedelta(hours=h))
)
_PUBLISHED = st.one_of(
    st.dates(),
    st.dates().map(dt.date.isoformat),
    st.datetimes(timezones=_OFFSETS),
    st.sampled_from(
        [
            dt.date.min,
            dt.date.max,
            dt.datetime.min,  # noqa: DTZ901 -- a naive datetime passes validation too
            dt.datetime.max,  # noqa: DTZ901
            dt.datetime.max.replace(tzinfo=dt.timezone(dt.timedelta(hours=14))),
            dt.datetime.min.replace(tzinfo=dt.timezone(dt.timedelta(hours=-12))),
            "0001-01-01",
            "9999-12-31",
            "9999-12-31T23:59:59+14:00",
            "0001-01-01T00:00:00Z",
        ]
    ),
)


@given(st.lists(_EXPRESSIONS, min_size=1, max_size=6), _PUBLISHED)
def test_any_valid_published_date_gives_values_or_none(expressions, published):
    text = "It was said. " + ". ".join(f"The board met {e}" for e in expressions) + "."
    art = newsclaims.parse_article(text, published=published)
    assert art.dates
    for d in art.dates:
        assert text[d.start : d.end] == d.text
        assert d.value is None or isinstance(d.value, str)
    json.dumps(art.to_dict(), allow_nan=False)


@pytest.mark.parametrize(
    ("published", "expr"),
    [("9999-12-31", "next Tuesday"), ("0001-01-01", "last Tuesday"), ("9999-12-31", "tomorrow")],
)
def test_dates_beyond_the_calendar_have_no_value(published, expr):
    dates = newsclaims.parse_article(f"It happens {expr}.", published=published).dates
    assert [(d.text, d.value) for d in dates] == [(expr, None)]


# ------------------------------------------------------------------ properties

_WORDS = st.sampled_from(
    [
        "on",
        "Monday",
        "last",
        "next",
        "week",
        "5",
        "November",
        "2004",
        "in",
        "May",
        "March",
        "ago",
        "two",
        "days",
        "a",
        "the",
        "day",
        "before",
        "yesterday",
        "3pm",
        "10:30",
        "GMT",
        "1990s",
        "2004-05",
        "13/11/2004",
        "said",
        "people",
        "2000",
        ",",
        ".",
        "\n\n",
        "Today",
        "every",
        "this",
        "year",
        "of",
        "-",
        "$",
    ]
)


@given(st.lists(_WORDS, max_size=25).map(" ".join), st.booleans())
def test_date_spans_are_exact_sorted_and_disjoint(text, with_base):
    art = newsclaims.parse_article(text, published=BASE if with_base else None)
    end = 0
    for d in art.dates:
        assert end <= d.start < d.end <= len(text)
        assert text[d.start : d.end] == d.text
        end = d.end
        if not with_base and d.relative:
            assert d.value is None


@given(st.lists(_WORDS, max_size=25).map(" ".join))
def test_base_changes_values_not_spans(text):
    a = newsclaims.parse_article(text, published=BASE)
    b = newsclaims.parse_article(text, published=dt.date(1999, 7, 1))
    assert [(d.start, d.end, d.granularity) for d in a.dates] == [
        (d.start, d.end, d.granularity) for d in b.dates
    ]
    for x, y in zip(a.dates, b.dates, strict=True):
        if not x.relative:
            assert x.value == y.value


@given(st.text(max_size=300))
def test_any_text_gives_exact_spans(text):
    art = newsclaims.parse_article(text, published=BASE)
    for d in art.dates:
        assert text[d.start : d.end] == d.text


@pytest.mark.parametrize("odd", ["\x00", "\udcff ago", "9" * 500, "", "  ", "tomorrow" * 50])
def test_dateparser_fallback_never_raises(odd):
    spec = _dateparser_spec(odd, "day")
    assert spec.mode in ("days", "none")
