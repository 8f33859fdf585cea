"""Figures: values, bounds, kinds, counted nouns, qualifiers, links, traps."""

from pathlib import Path

import pytest

import newsclaims
from newsclaims._figures import find_figures
from newsclaims._segment import segment

SEED = Path(__file__).parent.parent / "seeds" / "000_0e4e2480f77082a7.txt"


def figures(text):
    found = find_figures(segment(text))
    for f in found:
        assert text[f.start : f.end] == f.text
        if f.unit_span is not None:
            assert text[f.unit_span[0] : f.unit_span[1]] == f.unit
        if f.qualifier_span is not None:
            assert text[f.qualifier_span[0] : f.qualifier_span[1]] == f.qualifier
    return found


def one(text):
    found = figures(text)
    assert len(found) == 1, found
    return found[0]


# --- values and spans ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "kind"),
    [
        ("The plant employs 1,250 workers.", "1,250", 1250, "count"),
        ("The scheme cost 5,00,000 rupees.", "5,00,000 rupees", 500000, "money"),
        ("They counted 40 000 ballots.", "40 000", 40000, "count"),
        ("It fell to -4.5 overnight.", "-4.5", -4.5, "count"),
        ("The firm raised $1.13bn in May.", "$1.13bn", 1.13e9, "money"),
        ("Sales reached US$4.2 billion.", "US$4.2 billion", 4.2e9, "money"),
        ("Profit was USD34.6 million.", "USD34.6 million", 34.6e6, "money"),
        ("A ticket costs £600m in total.", "£600m", 600e6, "money"),
        ("The fund holds €2 million.", "€2 million", 2e6, "money"),
        ("The grant was ₹5 crore.", "₹5 crore", 5e7, "money"),
        ("The loan was Rs 3 lakh.", "Rs 3 lakh", 3e5, "money"),
        ("Turnout rose to 12.5 per cent.", "12.5 per cent", 12.5, "percent"),
        ("Turnout rose to 40%.", "40%", 40, "percent"),
        ("Rates rose by two percentage points.", "two percentage points", 2, "percent"),
        ("The road is 5 km long.", "5 km", 5, "measure"),
        ("The lorry carried 12 tonnes of grain.", "12 tonnes", 12, "measure"),
        ("It reached 38°C in the shade.", "38°C", 38, "temperature"),
        ("The siege lasted 1,000 days.", "1,000 days", 1000, "duration"),
        ("A five-year-old boy was found.", "five-year-old", 5, "age"),
        ("She came fifth in the race.", "fifth", 5, "ordinal"),
        ("He finished 22nd overall.", "22nd", 22, "ordinal"),
    ],
)
def test_value_span_and_kind(text, span, value, kind):
    f = one(text)
    assert (f.text, f.kind) == (span, kind)
    assert f.value == pytest.approx(value)


def test_money_in_two_currencies_gives_two_figures():
    found = figures("The club paid $1.13bn (£600m) for the land.")
    assert [(f.text, f.value, f.unit) for f in found] == [
        ("$1.13bn", 1.13e9, "dollar"),
        ("£600m", 600e6, "pound sterling"),
    ]


def test_measure_unit_is_named():
    f = one("The tunnel runs 14 km under the hills.")
    assert (f.text, f.unit, f.unit_span) == ("14 km", "kilometre", None)


def test_counted_noun_has_its_span():
    text = "The tunnel took 40 workers."
    f = one(text)
    assert text[f.unit_span[0] : f.unit_span[1]] == f.unit == "workers"


# --- counted nouns and qualifiers -----------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Officials said 3,000 North Korean troops are at the camp.", 3000, "North Korean troops"),
        ("The army has 12,000 soldiers and officers soon.", 12000, "soldiers and officers"),
        ("They bought 3.5 million artillery shells.", 3.5e6, "artillery shells"),
        ("The pact joins two countries against a third.", 2, "countries"),
        ("About 2 million people live there.", 2e6, "people"),
    ],
)
def test_counted_noun(text, value, unit):
    f = figures(text)[0]
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("The firm employs more than 700 staff.", "more than", 700, None),
        ("The plant will hire up to 400 people.", "up to", None, 400),
        ("At least 30 homes were flooded.", "At least", 30, None),
        ("Fewer than 20 boats returned.", "Fewer than", None, 20),
        ("It weighs about 5 kg.", "about", None, None),
        ("Roughly 80 cars were sold.", "Roughly", None, None),
        ("We expect 500 or more guests.", "or more", 500, None),
    ],
)
def test_qualifier_and_one_sided_bounds(text, qualifier, low, high):
    f = figures(text)[0]
    assert f.qualifier == qualifier
    assert (f.low, f.high) == (low, high)
    assert f.value is not None  # the number as stated, whatever the bound


# --- ranges and vague amounts ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Each box holds 10-15 apples.", 10, 15),
        ("Prices fell to 12.8–13.0 in trading.", 12.8, 13.0),
        ("The town has between 10 and 15 doctors.", 10, 15),
        ("The bill is $10 to $15 billion.", 10e9, 15e9),
        ("Growth of 2-3% is forecast.", 2, 3),
        ("The rent went from 500 to 650 pounds.", 500, 650),
    ],
)
def test_ranges_spread_scale_to_both_ends(text, low, high):
    f = one(text)
    assert f.value is None
    assert (f.low, f.high) == (pytest.approx(low), pytest.approx(high))


def test_two_bounds_join_into_one_range():
    f = one("The score must be more than 10 and less than 20.")
    assert (f.low, f.high) == (10, 20)


def test_change_is_two_figures_not_a_range():
    found = figures("Exports rose 5% to 7% of output.")
    assert [f.value for f in found] == [5, 7]


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("They fired millions of artillery shells.", 1e6, 1e7, "artillery shells"),
        ("Dozens of homes were lost.", 12, 120, "homes"),
        ("Hundreds of people gathered.", 100, 1000, "people"),
        ("Tens of thousands of fans came.", 1e4, 1e5, "fans"),
    ],
)
def test_vague_amounts_are_flagged_ranges(text, low, high, unit):
    f = one(text)
    assert f.vague
    assert f.value is None
    assert (f.low, f.high, f.unit) == (low, high, unit)


# --- traps -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "No one came to the meeting.",
        "One of the guards left early.",
        "It was a long day for a team.",
        "The 2012–13 season was his best.",
        "The COVID-19 rules were lifted.",
        "The G7 leaders met in Rome.",
        "An F-16 flew over the town.",
        "Fans in Section 427 Row 21 cheered.",
        "Call +44 20 7946 0000 or 020 7946 0000 for help.",
        "Music from the 1990s is back.",
        "The meeting at No. 10 ended late.",
        "The vote was held in 2019.",
        "Polls open on 5 May and close on May 6.",
        "The train left at 10.45pm and came back at 5am.",
        "They won 3-1 at home.",
        "Visit https://example.org/page/2024/report-55 for more.",
        "The Big 12 champions flew home.",
        "Sales between 2001 and 2003 were flat.",
        "The mill closed five years ago.",
        "The 2004/05 season was long.",
        "The first half of 2004 was quiet.",
    ],
)
def test_traps_give_no_figure(text):
    assert figures(text) == ()


def test_a_fraction_needs_of_and_a_dollar_sign_stays_a_dollar():
    assert figures("He seeks a third term in office.") == ()
    assert one("A third of the staff left.").value == pytest.approx(1 / 3)
    assert one("They paid a $5 fee.").unit == "dollar"


def test_a_year_does_not_open_a_range():
    found = figures("Profit rose in 2003 to £2.89bn.")
    assert [(f.text, f.value) for f in found] == [("£2.89bn", 2.89e9)]


def test_m_is_million_before_a_count_and_metres_before_a_race():
    assert one("The agency has 3m customers.").value == 3e6
    assert one("A charge of 790m euros was booked.").kind == "money"
    assert one("He won the 400m race.").unit == "metre"
    found = figures("She ran in the 800m and 1500m finals.")
    assert [(f.value, f.unit) for f in found] == [(800, "metre"), (1500, "metre")]


def test_season_range_is_no_figure_but_decimals_range_is():
    assert figures("In 2012-13 it grew.") == ()
    assert one("It grew 12.8-13.0 points.").low == 12.8


# --- robustness --------------------------------------------------------------


def test_long_runs_of_digits_and_separators_do_not_raise():
    text = ("1,234.5," * 20000) + " and " + ("9" * 100000) + " " + ("one two " * 5000)
    found = figures(text)
    assert found


def test_messy_unicode_keeps_offsets():
    text = "\u200b£\u00a05\u00a0million \ud800 and ½ of 3 000 000\u202fkm\x00"
    figures(text)


# --- links and statements ------------------------------------------------------


def test_seed_figures_and_their_speaker():
    text = SEED.read_text(encoding="utf-8")
    art = newsclaims.parse_article(text)
    got = {}
    for f in art.figures:
        holder = None
        if f.quote is not None:
            holder = art.quotes[f.quote]
        elif f.claim is not None:
            holder = art.claims[f.claim]
        speaker = holder.speaker.name if holder is not None and holder.speaker else None
        got[(f.text, f.qualifier)] = (f.value, f.low, f.high, f.unit, f.vague, speaker)
    zel = "Volodymyr Zelenskyy"
    assert got == {
        ("two", None): (2, None, None, "countries", False, zel),
        ("3.5 million", "approximately"): (3.5e6, None, None, "artillery shells", False, zel),
        ("two years", "More than"): (2, 2, None, "year", False, zel),
        ("1,000 days", None): (1000, None, None, "day", False, zel),
        ("millions", None): (None, 1e6, 1e7, "artillery shells", True, zel),
        ("3.5 million", "around"): (3.5e6, None, None, "artillery shells", False, zel),
        ("3,000", None): (3000, None, None, "North Korean troops", False, zel),
        ("12,000", None): (12000, None, None, "soldiers and officers", False, zel),
    }


def test_figure_in_a_quote_links_to_it():
    text = "“We lost 40 tanks,” the general said."
    art = newsclaims.parse_article(text)
    [f] = art.figures
    assert f.quote == 0


def test_own_voice_sentence_with_a_figure_is_a_statement():
    text = "Exports rose 12% to $4.2bn last year. The minister smiled."
    art = newsclaims.parse_article(text)
    statements = [c for c in art.claims if c.kind == "statement"]
    assert [c.text for c in statements] == ["Exports rose 12% to $4.2bn last year."]
    assert all(f.claim is not None for f in art.figures)
    assert art.claims[art.figures[0].claim].kind == "statement"


def test_reported_or_quoted_figures_are_no_statement():
    text = "“Exports rose 12%,” the minister said. Is it 5%?"
    art = newsclaims.parse_article(text)
    assert [c for c in art.claims if c.kind == "statement"] == []


def test_statement_speaker_is_the_agency_and_skips_the_dateline():
    text = (
        "LONDON, Nov 5 (Reuters) - Exports rose 12% to $4.2bn last year.\n\n"
        "The firm cut 300 jobs."
    )
    art = newsclaims.parse_article(text)
    statements = [c for c in art.claims if c.kind == "statement"]
    assert [c.text for c in statements] == [
        "Exports rose 12% to $4.2bn last year.",
        "The firm cut 300 jobs.",
    ]
    assert {c.speaker.name for c in statements} == {"Reuters"}



# --- the fast paths of the figures layer read what the plain scans read ----


def test_wide_spaces_are_every_white_space_outside_ascii():
    from newsclaims._figures import _WIDE_SPACES

    assert set(_WIDE_SPACES) == {chr(c) for c in range(128, 0x110000) if chr(c).isspace()}


@pytest.mark.parametrize(
    "text",
    [
        "one two three",
        "ONE hundred, first two, point five and a half",
        "£five million and one° two\u2009three",
        "a hundred and twenty-one\tthousand\x01seven",
        "İstanbul has two million people and one-off costs; someone paid ten",
        "second - one, tens of thousands, a dozen",
        "the first second point a an and",
        "Twenty One twenty-first half a million three quarters",
    ],
)
def test_word_runs_are_those_of_the_full_scan_that_hold_numbers(text):
    from newsclaims._figures import _WORD_RUN, _word_amounts, _word_runs

    every = list(_WORD_RUN.finditer(text))
    holding = [m.span() for m in every if _word_amounts(text, m, len(text))]
    fast = [m.span() for m in _word_runs(text, 0, len(text))]
    assert [span for span in fast if span in holding] == holding
    assert set(fast) <= {m.span() for m in every}
