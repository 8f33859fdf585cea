"""Headline, byline, dateline, agency and credit lines."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclaims

SEED = Path(__file__).parent.parent / "seeds" / "000_0e4e2480f77082a7.txt"

BODY = (
    "The minister said on Tuesday that the plan to rebuild the bridge would cost more than "
    "expected and take two years longer."
)


def _check_span(text, span, expected):
    if expected is None:
        assert span is None
        return
    assert span is not None, f"expected {expected!r}"
    assert span.text == expected
    assert text[span.start : span.end] == span.text


# (opening written in the manner of a wire service, location, date, agency)
DATELINES = [
    ("KYIV, Nov 5 (Reuters) - ", "KYIV", "Nov 5", "Reuters"),
    ("KYIV/MOSCOW, Nov 5 (Reuters) - ", "KYIV/MOSCOW", "Nov 5", "Reuters"),
    ("WASHINGTON (AP) — ", "WASHINGTON", None, "AP"),
    ("SAN JOSE, Calif. (AP) — ", "SAN JOSE, Calif.", None, "AP"),
    ("UNITED NATIONS (AP) — ", "UNITED NATIONS", None, "AP"),
    ("New Delhi, Nov 5 (IANS) ", "New Delhi", "Nov 5", "IANS"),
    ("New Delhi [India], November 5 (ANI): ", "New Delhi", "November 5", "ANI"),
    ("Mumbai, Nov 5 (PTI) ", "Mumbai", "Nov 5", "PTI"),
    ("LONDON — ", "LONDON", None, None),
    ("Beijing, November 5 (Xinhua) -- ", "Beijing", "November 5", "Xinhua"),
    ("PARIS (AFP) - ", "PARIS", None, "AFP"),
    ("PARIS, Nov 5, 2024 (AFP) - ", "PARIS", "Nov 5, 2024", "AFP"),
    ("MOSCOW, November 5. /TASS/. ", "MOSCOW", "November 5", "TASS"),
    ("WASHINGTON, Nov. 5 (UPI) -- ", "WASHINGTON", "Nov. 5", "UPI"),
    ("TOKYO (Kyodo) -- ", "TOKYO", None, "Kyodo"),
    ("Berlin (dpa) - ", "Berlin", None, "dpa"),
    ("Madrid, 5 Nov (EFE).- ", "Madrid", "5 Nov", "EFE"),
    ("Port-au-Prince, Haiti (AP) — ", "Port-au-Prince, Haiti", None, "AP"),
    ("(CNN) — ", None, None, "CNN"),
    ("Kyiv: ", "Kyiv", None, None),
    ("NEW DELHI: ", "NEW DELHI", None, None),
    ("Rio de Janeiro, Tuesday — ", "Rio de Janeiro", "Tuesday", None),
]


@pytest.mark.parametrize(("opening", "location", "date", "agency"), DATELINES)
def test_dateline_formats(opening, location, date, agency):
    text = opening + BODY + "\n\nA second paragraph follows here."
    art = newsclaims.parse_article(text)
    dl = art.dateline
    assert dl is not None, opening
    assert dl.text == opening.rstrip()
    assert text[dl.start : dl.end] == dl.text
    _check_span(text, dl.location, location)
    _check_span(text, dl.date, date)
    _check_span(text, dl.agency, agency)
    _check_span(text, art.agency, agency)


@pytest.mark.parametrize(("opening", "location", "date", "agency"), DATELINES[:6])
def test_dateline_after_headline_and_byline(opening, location, date, agency):
    text = f"Plan will cost more\n\nBy Ana Ruiz\n\n{opening}{BODY}"
    art = newsclaims.parse_article(text)
    assert art.headline is not None
    assert art.headline.text == "Plan will cost more"
    assert art.byline is not None
    assert art.byline.text == "Ana Ruiz"
    assert art.dateline is not None
    _check_span(text, art.dateline.location, location)
    _check_span(text, art.dateline.date, date)
    _check_span(text, art.dateline.agency, agency)


NOT_DATELINES = [
    "Meanwhile: the talks went on until late in the evening.",
    "Meanwhile — the talks went on until late in the evening.",
    "However: nobody expected the vote to pass.",
    "Update: this story has been changed to add a comment.",
    "Police said on Monday that two men had been arrested.",
    "The UN (UNHCR) said the camps were full.",
    "London is a big city - more than eight million people live there.",
    "In London (where it rained all day) the march went ahead.",
    "Q: What did you see that night?",
    "Editor's note: some names have been changed.",
    "US-China talks resumed in Geneva.",
    "Smith: We will win this election.\n\nJones: No, you will not.",
    "Poll: Clinton Leads Trump In Ohio By Four Points After The Second Debate In St. Louis",
    "Kyiv: the short line of a headline.",
]


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_no_dateline(text):
    art = newsclaims.parse_article(text + "\n\nAnother paragraph of the story.")
    assert art.dateline is None


# (last paragraph, credit line, agency)
CREDITS = [
    ("He left early. (IANS)", "(IANS)", "IANS"),
    ("He left early. — PTI", "— PTI", "PTI"),
    ("He left early. -- AFP", "-- AFP", "AFP"),
    ("He left early. (Reuters)", "(Reuters)", "Reuters"),
    ("(With inputs from agencies)", "(With inputs from agencies)", "agencies"),
    ("(With inputs from PTI)", "(With inputs from PTI)", "PTI"),
    (
        "Reporting by Ana Ruiz in Madrid; Editing by Tom Reed",
        "Reporting by Ana Ruiz in Madrid; Editing by Tom Reed",
        None,
    ),
    (
        "The Associated Press contributed to this report.",
        "The Associated Press contributed to this report.",
        "The Associated Press",
    ),
]


@pytest.mark.parametrize(("last", "credit", "agency"), CREDITS)
def test_credit_lines(last, credit, agency):
    text = f"{BODY}\n\nThe vote is due next month.\n\n{last}"
    art = newsclaims.parse_article(text)
    assert [c.text for c in art.credits] == [credit]
    for c in art.credits:
        assert text[c.start : c.end] == c.text
    _check_span(text, art.agency, agency)


def test_dateline_after_a_headline_ending_in_a_full_stop():
    text = f"Plan to rebuild the bridge will cost more.\n\nKYIV, Nov 5 (Reuters) - {BODY}"
    art = newsclaims.parse_article(text)
    assert art.dateline is not None
    assert art.dateline.text == "KYIV, Nov 5 (Reuters) -"
    assert art.headline is not None
    assert art.headline.text == "Plan to rebuild the bridge will cost more."


def test_no_credit_in_an_ordinary_ending():
    text = f"{BODY}\n\nShe said the (new) rules would help."
    art = newsclaims.parse_article(text)
    assert art.credits == ()
    assert art.agency is None


@pytest.mark.parametrize(
    ("line", "byline", "agency"),
    [
        ("By Ana Ruiz", "Ana Ruiz", None),
        (
            "By Ana Ruiz and Tom Reed, Associated Press",
            "Ana Ruiz and Tom Reed, Associated Press",
            "Associated Press",
        ),
        ("By ANA RUIZ | Reuters", "ANA RUIZ | Reuters", "Reuters"),
    ],
)
def test_byline(line, byline, agency):
    text = f"{line}\n\n{BODY}"
    art = newsclaims.parse_article(text)
    _check_span(text, art.byline, byline)
    _check_span(text, art.agency, agency)


def test_a_sentence_starting_with_by_is_no_byline():
    text = "By the end of the day the rain had stopped and the roads reopened.\n\nMore."
    assert newsclaims.parse_article(text).byline is None


def test_seed_metadata():
    text = SEED.read_text(encoding="utf-8")
    art = newsclaims.parse_article(text)
    assert art.dateline is not None
    assert art.dateline.location is not None
    assert art.dateline.location.text == "Kyiv"
    assert art.agency is not None
    assert art.agency.text == "IANS"
    assert text[art.agency.start : art.agency.end] == "IANS"
    assert art.headline is None
    assert art.headline_text is None


# ------------------------------------------------------------------ headline


def test_headline_detected():
    text = "Plan to cut rail fares dropped\n\nThe government has dropped its plan."
    art = newsclaims.parse_article(text)
    assert art.headline is not None
    assert art.headline.text == "Plan to cut rail fares dropped"
    assert art.headline_text == art.headline.text


@pytest.mark.parametrize(
    "text",
    [
        "Plan to cut rail fares dropped\nThe government has dropped its plan.",
        "The government has dropped its plan.\n\nIt said so on Monday.",
        "Plan dropped. Fares rise\n\nThe government has dropped its plan.",
        "A single line that is not followed by anything",
        "By Ana Ruiz\n\nThe government has dropped its plan.",
    ],
)
def test_no_headline(text):
    assert newsclaims.parse_article(text).headline is None


def test_given_headline_not_in_text():
    text = "The government has dropped its plan."
    art = newsclaims.parse_article(text, headline="Fare plan dropped")
    assert art.headline is None
    assert art.headline_text == "Fare plan dropped"
    assert art.to_dict()["headline_text"] == "Fare plan dropped"


def test_given_headline_at_the_start_of_the_text():
    text = "Fare plan dropped\n\nThe government has dropped its plan."
    art = newsclaims.parse_article(text, headline="  Fare  plan dropped ")
    assert art.headline is not None
    assert (art.headline.start, art.headline.end) == (0, 17)
    assert art.headline_text == "  Fare  plan dropped "


@pytest.mark.parametrize("text", ["", "The council met."])
def test_blank_given_headline_is_none(text):
    assert newsclaims.parse_article(text, headline="  ").headline_text is None


def test_headline_must_be_a_str():
    with pytest.raises(TypeError, match="headline"):
        newsclaims.parse_article("Text.", headline=b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("headline", "speaker", "cue"),
    [
        ("Zelenskyy warns of ‘matter of days’", "Zelenskyy", "warns"),
        ("Mayor Ana Ruiz says city ‘will rebuild’", "Mayor Ana Ruiz", "says"),
        ("Ruiz: ‘We will rebuild the bridge’", "Ruiz", None),
        ("Ruiz Says City ‘Will Rebuild’ Soon", "Ruiz", "Says"),
        ("Bridge ‘safe to reopen’ says engineer", "engineer", "says"),
    ],
)
def test_headline_quote_gets_the_subject_as_speaker(headline, speaker, cue):
    text = f"{headline}\n\nThe city council met on Monday to discuss the damage."
    art = newsclaims.parse_article(text)
    assert art.headline is not None
    quotes = [q for q in art.quotes if q.end <= art.headline.end]
    assert len(quotes) == 1
    q = quotes[0]
    assert q.speaker is not None
    assert q.speaker.text == speaker
    assert text[q.speaker.start : q.speaker.end] == speaker
    if cue is None:
        # The attribution layer may already have taken the colon, or given a
        # zero-width cue to a name followed by a quote.
        assert q.cue is None or q.cue.text in ("", ":")
    else:
        assert q.cue is not None
        assert q.cue.text == cue


@pytest.mark.parametrize(
    "headline",
    ["The ‘miracle’ cure that was not", "Why ‘reset’ with Moscow failed"],
)
def test_headline_quote_without_a_speaking_subject(headline):
    text = f"{headline}\n\nThe council met on Monday."
    art = newsclaims.parse_article(text)
    assert art.headline is not None
    assert all(q.speaker is None for q in art.quotes)


def test_body_quotes_keep_their_own_attribution():
    text = "Bridge ‘will reopen’\n\n“It will take a year,” the mayor said."
    art = newsclaims.parse_article(text)
    body = [q for q in art.quotes if q.start > 20]
    assert body
    assert body[0].speaker is not None
    assert body[0].speaker.text == "the mayor"


# ------------------------------------------------------------------ invariants

_PIECES = st.sampled_from(
    [
        "KYIV, Nov 5 (Reuters) - ",
        "LONDON — ",
        "Kyiv: ",
        "Meanwhile: ",
        "By Ana Ruiz",
        "(IANS)",
        "— PTI",
        "Reporting by Tom Reed; Editing by Ana Ruiz",
        "Plan dropped",
        "The minister said it.",
        "\n\n",
        "\n",
        " ",
        "‘matter of days’",
        "(",
        ":",
    ]
)


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_metadata_spans_point_into_the_text(text):
    art = newsclaims.parse_article(text)
    spans = [art.headline, art.byline, art.agency, *art.credits]
    if art.dateline is not None:
        dl = art.dateline
        assert text[dl.start : dl.end] == dl.text
        spans += [dl.location, dl.date, dl.agency]
    for span in spans:
        if span is not None:
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
