"""Headline, byline, dateline, agency and credit lines."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclaims
from newsclaims._meta import agency_name

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


# ------------------------------------------------------------------ world openings

# Written for these tests in the manner of wires and papers of many
# countries.  The lead and the story that follow an opening:
LEAD = (
    "officials said on Tuesday that the new flyover would open to traffic next month after "
    "two years of delays caused by land disputes and heavy monsoon rains in the region."
)
STORY = (
    "The police in the district said two men had been arrested after the protest turned violent."
)
MORE = " The collector said compensation would be paid within a week to every family hit."

# (id, text, dateline place as written, agency by canonical name)
WORLD = [
    # India: papers' "Place:" datelines before a title and a name
    (
        "in-chennai-title-name",
        "Chennai: Tamil Nadu Chief Minister M.K. Stalin on Monday said the state would build "
        "new schools in every district this year." + MORE,
        "Chennai",
        None,
    ),
    (
        "in-mumbai-role-name",
        "Mumbai: Infosys co-founder N.R. Narayana Murthy on Friday said young engineers should "
        "work longer hours." + MORE,
        "Mumbai",
        None,
    ),
    (
        "in-delhi-honorific-apposition",
        "New Delhi: Shri Rajnath Singh, the Defence Minister, on Monday inaugurated a new bridge "
        "across the river in Ladakh." + MORE,
        "New Delhi",
        None,
    ),
    (
        "in-bengaluru-no-time-word",
        "Bengaluru: Karnataka Chief Minister Siddaramaiah announced a relief package for farmers "
        "hit by the drought in the northern districts." + MORE,
        "Bengaluru",
        None,
    ),
    (
        "in-caps-colon",
        "PESHAWAR: Khyber Pakhtunkhwa police on Saturday arrested three suspects in the killing "
        "of a lawyer outside the high court." + MORE,
        "PESHAWAR",
        None,
    ),
    (
        "in-unlisted-town-dated",
        "Kaushambi: A 45-year-old farmer was killed on Sunday when a wall of his house "
        "collapsed after heavy rain." + MORE,
        "Kaushambi",
        None,
    ),
    (
        "in-region-in-brackets",
        "Kozhikode (Kerala): Two fishermen went missing after their boat capsized off the coast "
        "on Friday night." + MORE,
        "Kozhikode",
        None,
    ),
    ("in-pti", "NEW DELHI, Nov 5 (PTI) " + LEAD, "NEW DELHI", "PTI"),
    ("in-ians", "Lucknow, Nov 5 (IANS) " + LEAD, "Lucknow", "IANS"),
    ("in-ani", "Srinagar [India], November 5 (ANI): " + LEAD, "Srinagar", "ANI"),
    ("in-uni", "Patna, Nov 5 (UNI) " + LEAD, "Patna", "UNI"),
    (
        "in-told-pti",
        "Kolkata: " + STORY + " The men were sent to police custody for a week, the officer "
        "told PTI.",
        "Kolkata",
        "PTI",
    ),
    # Pakistan, Bangladesh, China, Japan, Korea, Malaysia, Indonesia
    ("pk-app", "ISLAMABAD, Nov 5 (APP): " + LEAD, "ISLAMABAD", "APP"),
    ("bd-bss", "DHAKA, Nov 5, 2024 (BSS) - " + LEAD, "DHAKA", "BSS"),
    ("cn-xinhua", "BEIJING, Nov. 5 (Xinhua) -- " + LEAD, "BEIJING", "Xinhua"),
    ("jp-kyodo", "TOKYO, Nov. 5 (Kyodo) -- " + LEAD, "TOKYO", "Kyodo"),
    ("kr-yonhap", "SEOUL, Nov. 5 (Yonhap) -- " + LEAD, "SEOUL", "Yonhap"),
    ("my-bernama", "KUALA LUMPUR, Nov 5 (Bernama) -- " + LEAD, "KUALA LUMPUR", "Bernama"),
    ("id-antara", "Jakarta (ANTARA) - " + LEAD, "Jakarta", "Antara"),
    # Gulf and Egypt
    ("kw-kuna", "KUWAIT, Nov 5 (KUNA) -- " + LEAD, "KUWAIT", "KUNA"),
    ("ae-wam", "ABU DHABI, 5th November, 2024 (WAM) -- " + LEAD, "ABU DHABI", "WAM"),
    ("sa-spa-after-comma", "Riyadh, Nov 5, SPA -- " + LEAD, "Riyadh", "SPA"),
    ("sa-spa-no-date", "Riyadh, SPA -- " + LEAD, "Riyadh", "SPA"),
    ("eg-mena", "CAIRO, Nov 5 (MENA) - " + LEAD, "CAIRO", "MENA"),
    # Africa
    ("ng-nan", "Abuja, Nov. 5, 2024 (NAN) " + LEAD, "Abuja", "NAN"),
    ("ng-country", "ABUJA, Nigeria — " + LEAD, "ABUJA, Nigeria", None),
    ("ke-kna", "Kisumu, Kenya, Nov 5 (KNA) — " + LEAD, "Kisumu, Kenya", "KNA"),
    (
        "ke-title-name",
        "Nairobi: Kenya's Interior Cabinet Secretary Kithure Kindiki on Sunday ordered police "
        "to patrol the border towns." + MORE,
        "Nairobi",
        None,
    ),
    (
        "zw-listed-place-dash",
        "Harare — Zimbabwe's central bank on Monday raised its policy rate to curb inflation."
        + MORE,
        "Harare",
        None,
    ),
    # Europe, Latin America, Oceania, Canada
    ("es-efe", "Bogotá, Nov 5 (EFE).- " + LEAD, "Bogotá", "EFE"),
    ("it-ansa", "ROME, November 5 (ANSA) - " + LEAD, "ROME", "ANSA"),
    ("it-ansa-agency-first", "(ANSA) - ROME, NOV 5 - " + LEAD, "ROME", "ANSA"),
    ("de-dpa", "Berlin (dpa) - " + LEAD, "Berlin", "dpa"),
    ("au-aap", "SYDNEY, Nov 5 (AAP) - " + LEAD, "SYDNEY", "AAP"),
    ("nz-nzpa", "WELLINGTON, Nov 5 (NZPA) - " + LEAD, "WELLINGTON", "NZPA"),
    (
        "ca-cp-closing-line",
        "OTTAWA — " + LEAD + "\n\n" + STORY + "\n\nThis report by The Canadian Press was first "
        "published Nov. 5, 2024.",
        "OTTAWA",
        "CP",
    ),
    ("ph-manila-title-name", "Manila: Philippine Coast Guard spokesperson Jay Tarriela said on "
     "Monday that Chinese vessels had blocked a resupply mission." + MORE, "Manila", None),
    ("two-places", "Washington/ New Delhi, Nov 5 (Reuters) - " + LEAD, "Washington/ New Delhi",
     "Reuters"),
    ("agency-then-place", "AFP, MANILA\n\n" + STORY + "\n\n" + STORY, "MANILA", "AFP"),
    # What may stand before the dateline
    (
        "bullets-before",
        "Floods cut off hill towns\n\n* Roads washed away\n* Schools shut\n\n"
        "GUWAHATI, Sept 28 (Reuters) – " + LEAD,
        "GUWAHATI",
        "Reuters",
    ),
    (
        "web-line-before",
        "ANI | Updated: Oct 13, 2019 13:45 IST\n\nSrinagar [India], Oct 13 (ANI): " + LEAD,
        "Srinagar",
        "ANI",
    ),
    (
        "web-posted-line",
        "Posted on November 5, 2024 by Admin\n\nKANDY, Nov 5 (Xinhua) -- " + LEAD,
        "KANDY",
        "Xinhua",
    ),
    (
        "web-read-time",
        "5 min read\n\nDAR ES SALAAM, Tanzania — Tanzania's parliament passed a new mining law "
        "on Wednesday." + MORE,
        "DAR ES SALAAM, Tanzania",
        None,
    ),
    (
        "standfirst-before",
        "Flyover to open next month\n\nRoads in the city will be free of tolls, the state says."
        "\n\nLAGOS, Nov 5 (Reuters) - " + LEAD,
        "LAGOS",
        "Reuters",
    ),
    (
        "byline-role-before",
        "Flyover to open next month\n\nPriya Nair, Special Correspondent\n\nKOCHI: " + STORY
        + MORE,
        "KOCHI",
        None,
    ),
    # No dateline: the agency from a byline or a credit
    (
        "byline-written-by-pti",
        "Flyover to open next month\n\nWritten by Ana Ruiz | PTI | Pune | Updated: November 5,"
        " 2024 10:30:15 am\n\n" + STORY,
        None,
        "PTI",
    ),
    ("byline-cp", "Mei Chen, The Canadian Press\n\n" + STORY + "\n\n" + STORY, None, "CP"),
    ("byline-role-cna", "Staff writer, with CNA\n\n" + STORY + "\n\n" + STORY, None, "CNA"),
    ("credit-inputs-pti", STORY + "\n\nThe two appeared in court.\n\n(With inputs from PTI)",
     None, "PTI"),
    ("credit-closing-ians", STORY + "\n\nThe two appeared in court on Wednesday. (IANS)", None,
     "IANS"),
    ("credit-with-afp", STORY + "\n\nThe two appeared in court.\n\n— With AFP", None, "AFP"),
]


@pytest.mark.parametrize(
    ("text", "place", "agency"), [w[1:] for w in WORLD], ids=[w[0] for w in WORLD]
)
def test_world_openings(text, place, agency):
    art = newsclaims.parse_article(text)
    found = art.dateline.location.text if art.dateline and art.dateline.location else None
    assert found == place
    assert (agency_name(art.agency.text) if art.agency else None) == agency
    if art.dateline is not None:
        dl = art.dateline
        assert text[dl.start : dl.end] == dl.text
        for span in (dl.location, dl.date, dl.agency):
            if span is not None:
                assert text[span.start : span.end] == span.text
    if art.agency is not None:
        assert text[art.agency.start : art.agency.end] == art.agency.text


def test_world_openings_cover_ten_countries():
    countries = {w[0].split("-")[0] for w in WORLD if len(w[0].split("-")[0]) == 2}
    assert len(countries) >= 10, countries


# Not datelines, though they open a paragraph with "Name:" or "Word —".
NOT_DATELINES_WORLD = [
    ("Sanders: I have said for a long time that this economy is rigged against working "
     "families, and tonight I will say it again to every voter in this state."),
    ("SANDERS: Well, let me answer that question, because the people of this country are tired "
     "of politicians who promise everything and deliver nothing at all."),
    ("Mehta: We are not going to let this bill pass in the form it has come to us, and on "
     "Monday we will tell the Speaker that in the House."),
    ("Fatima: Thank you for having me. On Monday my lawyers filed the appeal in the high court "
     "in Lahore, and we hope for a fair hearing."),
    ("Update: This story has been updated on Tuesday to include a statement from the health "
     "ministry, which had not replied by the deadline."),
    ("Note: The figures in this report were revised on Monday after the statistics office "
     "corrected an error in its data for the northern provinces."),
    ("Q: Why did the government decide on Monday to close the schools in the district before "
     "the floods had even reached the capital city?"),
    ("Editor's note: Some names in this story were changed on Monday to protect the women who "
     "spoke to our reporter in Lagos last week."),
    ("Poll: Ruto Leads Odinga In Nairobi By Six Points After The Second Televised Debate Of "
     "The Long Campaign Season"),
    ("Moderator: Minister, your government promised on Monday to bring down food prices within "
     "a month; why have they kept rising in every market?"),
    ("Okonjo: The minister told parliament on Monday that the budget would be balanced by next "
     "year, but economists in Abuja doubt the figures.\n\nAdeyemi: That is not what the budget "
     "papers say at all."),
    ("Bernie Sanders: The senator on Tuesday told a crowd of supporters in the town hall that "
     "the minimum wage must rise to fifteen dollars an hour."),
    ("Explained: Why the Reserve Bank raised interest rates on Wednesday and what it means for "
     "home loans, car loans and savings accounts."),
    ("Breaking: Fire at a chemical factory near Surat on Monday has killed at least four "
     "workers and injured dozens more, officials said."),
    ("Tokyo Olympics: India's hockey team on Tuesday beat Spain in a tense quarter-final to "
     "reach the semi-finals of the tournament."),
    ("Cricket: India on Tuesday beat Australia by six wickets in the second Test at the MCG to "
     "level the four-match series."),
    ("Kumar: The company has not paid its workers for three months and the union says it will "
     "strike unless the wages are paid in full soon."),
    ("By Wanjiru Kamau: The county government has not paid its nurses for three months, and "
     "the union says a strike will begin on Monday."),
]


@pytest.mark.parametrize("text", NOT_DATELINES_WORLD)
def test_not_datelines_world(text):
    art = newsclaims.parse_article(text + "\n\nAnother paragraph of the story follows here.")
    assert art.dateline is None


def test_inline_byline_before_the_story():
    text = NOT_DATELINES_WORLD[-1] + "\n\nMore."
    art = newsclaims.parse_article(text)
    _check_span(text, art.byline, "Wanjiru Kamau")


def test_byline_on_its_own_line_after_the_headline():
    text = "Flyover to open next month\nBy Priya Nair\n\n" + STORY
    art = newsclaims.parse_article(text)
    _check_span(text, art.headline, "Flyover to open next month")
    _check_span(text, art.byline, "Priya Nair")


def test_a_web_line_is_not_the_headline():
    text = "ANI | Updated: Oct 13, 2019 13:45 IST\n\nSrinagar [India], Oct 13 (ANI): " + LEAD
    art = newsclaims.parse_article(text)
    assert art.headline is None
    assert art.dateline is not None


def test_a_headline_ending_in_a_full_stop_before_a_staff_dateline():
    text = "Floods cut off hill towns.\n\nSHILLONG — " + LEAD
    art = newsclaims.parse_article(text)
    _check_span(text, art.headline, "Floods cut off hill towns.")
    assert art.dateline is not None
    assert art.dateline.text == "SHILLONG —"


@pytest.mark.parametrize(
    ("story", "agency"),
    [
        ("Abuja: " + STORY + " The men would be charged, a police spokesman told NAN.", "NAN"),
        # Other outlets cite the global wires' interviews by name.
        ("ACCRA — " + STORY + " The men would be charged, a police spokesman told Reuters.", None),
        (
            "ACCRA — " + STORY + " The men would be charged, a spokesman told the Reuters news "
            "agency.",
            None,
        ),
        # No dateline: a story that quotes an agency's interview is not its copy.
        (STORY + " The men would be charged, a police spokesman told PTI.", None),
    ],
)
def test_an_agency_told_in_a_datelined_story_is_its_wire(story, agency):
    art = newsclaims.parse_article(story + "\n\nMore.")
    assert (agency_name(art.agency.text) if art.agency else None) == agency


def test_a_party_in_brackets_ending_the_story_is_no_credit():
    text = STORY + "\n\nThe vote was won by the ruling People's Action Party (PAP)."
    art = newsclaims.parse_article(text)
    assert art.credits == ()
    assert art.agency is None


def test_agency_names_are_canonical():
    assert agency_name("Press Trust of India") == "PTI"
    assert agency_name("The Canadian Press") == "CP"
    assert agency_name("ANTARA") == "Antara"
    assert agency_name("Unknown Wire") == "Unknown Wire"


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
        "Chennai: ",
        "Sanders: ",
        "Meanwhile: ",
        "AFP, MANILA",
        "* ",
        "ANI | Updated: Oct 13, 2019 13:45 IST",
        "Priya Nair, Special Correspondent",
        "Kozhikode (Kerala): ",
        "Riyadh, SPA -- ",
        " told PTI.",
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
