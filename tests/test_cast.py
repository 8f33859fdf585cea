"""The cast: who an article names, and whom each mention resolves to.

Every sentence here is written for these tests, with names and newsrooms
from many countries: the cast must hold for all of them, not only for names
a given-name lexicon knows.
"""

from __future__ import annotations

import pytest

import newsclaims
from newsclaims._cast import build_cast, name_words
from newsclaims._segment import segment


def _speakers(text: str) -> list[tuple[str, str | None]]:
    """(mention as written, resolved name) of each speaking quote, in order."""
    art = newsclaims.parse_article(text)
    return [
        (q.speaker.text, q.speaker.name)
        for q in art.quotes
        if q.kind in ("full", "partial") and q.speaker is not None
    ]


def _cast(text: str) -> dict[str, str]:
    """Each entity of the cast by name, with its kind."""
    cast = build_cast(segment(text), [], [])
    return {e.name: e.kind for e in cast.entities}


# --- names from every culture ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Initials, then the surname alone.
        (
            ("Bengaluru: Karnataka Deputy Chief Minister P.K. Raman on Monday opened the"
            " new ward. “The hospital will serve every taluk,” Raman said."),
            [("Raman", "P.K. Raman")],
        ),
        # A name of three words; the short form is its last.
        (
            ("Union Minister Lakshmi Devi Narayanan defended the rules on Saturday."
            " “They protect small traders,” Narayanan said."),
            [("Narayanan", "Lakshmi Devi Narayanan")],
        ),
        # Surname first: the short form is the family name, which comes first.
        (
            ("Vietnamese Trade Minister Nguyen Hong Dien arrived in Jakarta on Tuesday."
            " “Our exports are growing,” Nguyen said."),
            [("Nguyen", "Nguyen Hong Dien")],
        ),
        # A single name with a title.
        (
            ("Odisha Chief Minister Sanjukta inaugurated the bridge on Sunday.\n\n"
            "“It will cut the journey by an hour,” she said."),
            [("she", "Sanjukta")],
        ),
        # Honorifics are no part of the name.
        (
            ("Shri Harish Chandra Pandey, the Railways Minister, toured the line.\n\n"
            "“The trains will run on time,” the minister said."),
            [("the minister", "Harish Chandra Pandey")],
        ),
        (
            ("Datuk Seri Aminah Yusof chaired the meeting in Putrajaya.\n\n"
            "“We agreed on the budget,” Aminah said."),
            [("Aminah", "Aminah Yusof")],
        ),
        # Particles join the name.
        (
            ("Crown Prince Khalid bin Faisal met the delegation.\n\n"
            "“We welcome investment,” bin Faisal said."),
            [("bin Faisal", "Khalid bin Faisal")],
        ),
        (
            ("Dutch economist Pieter van der Molen presented the study.\n\n"
            "“The data are clear,” van der Molen said."),
            [("van der Molen", "Pieter van der Molen")],
        ),
        # A quoted nickname stands for the full name.
        (
            ("Former rebel leader Ram Bahadur Thapa 'Badal' met the envoy on Friday."
            " “The talks went well,” Badal said."),
            [("Badal", "Ram Bahadur Thapa")],
        ),
        # A name the given-name lexicon does not know.
        (
            ("Chidiebere Nwankwo had queued for two days for fuel in Enugu.\n\n"
            "“I have never seen it this bad,” he said."),
            [("he", "Chidiebere Nwankwo")],
        ),
        (
            ("Sunita Oraon had walked six kilometres for water.\n\n"
            "“The well is dry,” she said."),
            [("she", "Sunita Oraon")],
        ),
    ],
)
def test_names_from_every_culture(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(text) == expected


def test_name_words_drop_honorifics_and_suffixes() -> None:
    assert name_words("Smt. Kavita Rao") == ("kavita", "rao")
    assert name_words("Dr Emeka Obi Jr") == ("emeka", "obi")
    assert name_words("M.K. Raman") == ("m.k", "raman")


# --- titles and roles ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        (
            "“The border is calm,” said Indonesian Defence Minister Budi Santoso.",
            "Indonesian Defence Minister",
            "Budi Santoso",
        ),
        (
            "“We reject the claim,” Ghana Foreign Ministry spokesperson Efua Mensah said.",
            "Ghana Foreign Ministry spokesperson",
            "Efua Mensah",
        ),
        (
            "“The party will contest alone,” Lok Dal chief Vikram Chaudhary said.",
            "Lok Dal chief",
            "Vikram Chaudhary",
        ),
        (
            "“Our drivers will be paid,” Zentek co-founder Tunde Bakare said.",
            "Zentek co-founder",
            "Tunde Bakare",
        ),
    ],
)
def test_multi_word_and_regional_titles(text: str, title: str, name: str) -> None:
    (q,) = newsclaims.parse_article(text).quotes
    assert q.speaker is not None
    assert (q.speaker.title, q.speaker.name) == (title, name)


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        # A role resolves to the person who holds it in the article.
        (
            ("Punjab Chief Minister Harpreet Gill visited the flooded villages.\n\n"
            "“No family will be left behind,” the chief minister added."),
            "the chief minister",
            "Harpreet Gill",
        ),
        (
            ("Foreign Minister Ama Owusu met her counterpart in Accra.\n\n"
            "“We agreed on a framework,” the Foreign Minister said."),
            "the Foreign Minister",
            "Ama Owusu",
        ),
        # A role the article gives nobody: the person the story is about.
        (
            ("Wangari Njoroge was awarded the prize in Oslo on Friday.\n\n"
            "The Nobel laureate said, “This belongs to the farmers.”"),
            "The Nobel laureate",
            "Wangari Njoroge",
        ),
        (
            ("Rahim Uddin was released after 20 years in prison.\n\n"
            "“I have forgiven them,” the 71-year-old said."),
            "the 71-year-old",
            "Rahim Uddin",
        ),
        # A title held before the person's term ("President-elect").
        (
            ("President-elect Luisa Ferreira apologised on Sunday.\n\n"
            "“I regret what happened,” the future President said."),
            "the future President",
            "Luisa Ferreira",
        ),
    ],
)
def test_roles_resolve_to_their_holder(text: str, mention: str, name: str) -> None:
    quotes = [q for q in newsclaims.parse_article(text).quotes if q.speaker is not None]
    assert [(q.speaker.text, q.speaker.name) for q in quotes if q.speaker] == [
        (mention, name)
    ]


def test_a_role_is_never_itself_a_name() -> None:
    (q,) = newsclaims.parse_article("“The bill will pass,” the Union Minister said.").quotes
    assert q.speaker is not None
    assert q.speaker.name is None
    assert q.speaker.title == "Union Minister"
    assert q.speaker.kind == "person"


# --- what is no person -----------------------------------------------------------


def test_places_weekdays_and_streets_are_nobody() -> None:
    cast = _cast(
        "Amina Yusuf arrived in Kano on Monday. Bank Road was closed. Tamil Nadu"
        " and Kenya sent aid. Frank Street was empty."
    )
    assert cast["Amina Yusuf"] == "person"
    assert "Monday" not in cast
    assert cast.get("Bank Road", "place") == "place"
    assert cast.get("Frank Street", "place") == "place"
    assert cast.get("Tamil Nadu", "place") == "place"


def test_a_place_in_an_aside_is_not_the_speaker() -> None:
    text = 'Fisherman Kwame Asante, 58, from Elmina, Central Region, said: "The catch is gone."'
    assert _speakers(text) == [("Fisherman Kwame Asante", "Kwame Asante")]


def test_a_place_before_a_role_is_not_the_speaker() -> None:
    text = "“Our farms are dying,” says Kisumu cartoonist Otieno Ouma."
    (q,) = newsclaims.parse_article(text).quotes
    assert q.speaker is not None
    assert (q.speaker.title, q.speaker.name) == ("Kisumu cartoonist", "Otieno Ouma")


def test_the_speaker_is_who_is_there_not_where() -> None:
    assert _speakers("Police in Mumbai said, “Stay indoors.”") == [("Police", None)]
    assert _speakers("“We are ready,” officials in Abuja told reporters.") == [
        ("officials", None)
    ]


def test_a_sentence_adverb_is_no_name() -> None:
    text = (
        "Deepa Menon led the inquiry.\n\n"
        "Nevertheless, she said, “The rules were followed.”"
    )
    assert _cast(text) == {"Deepa Menon": "person"}


# --- pronouns --------------------------------------------------------------------


def test_a_pronoun_prefers_the_subject_over_the_object_of_told() -> None:
    text = (
        "Governor Halima Sule told reporter Chinedu Eze about the plan.\n\n"
        "“The roads will be repaired,” he said."
    )
    # "he" cannot be Halima Sule (a woman, by the article's own "she" below);
    # the subject of "told" wins only where the gender agrees.
    text_f = (
        "Governor Halima Sule told Chinedu Eze that she would act.\n\n"
        "“The roads will be repaired,” she said."
    )
    assert _speakers(text_f) == [("she", "Halima Sule")]
    assert _speakers(text) == [("he", "Chinedu Eze")]


def test_a_pronoun_skips_a_contrast() -> None:
    text = (
        "Ravi Menon spoke first.\n\n"
        "Unlike Arjun Pillai, he backed the plan. “It is the only way,” he said."
    )
    assert _speakers(text) == [("he", "Ravi Menon")]


def test_a_pronoun_skips_a_photo_caption() -> None:
    text = (
        "Maria Tavares runs a school in Recife.\n\n"
        "João Lima at the school gate (Photo: Recife Daily)\n\n"
        "“We teach 300 children,” she said."
    )
    assert _speakers(text) == [("she", "Maria Tavares")]


def test_the_articles_own_pronouns_decide_gender() -> None:
    # "Anna" is a woman's name to the lexicon, a man's here: the article's
    # pronouns say so twice.
    text = (
        "Anna Kadam said he would fast until the law was passed, and he asked"
        " his supporters to stay calm.\n\n"
        "Anna Kadam said he would meet the minister.\n\n"
        "“We will not give up,” he said."
    )
    assert _speakers(text) == [("he", "Anna Kadam")]


def test_it_refers_to_an_organisation() -> None:
    text = (
        "The Kenya Power Company said crews were at work.\n\n"
        "“Most homes will have power by Friday,” it said."
    )
    assert _speakers(text) == [("it", "Kenya Power Company")]


# --- descriptions, documents, organisations ---------------------------------------


def test_an_acronym_spells_the_organisation_named_before() -> None:
    text = (
        "The National Disaster Management Authority issued a warning.\n\n"
        "“Residents must move to higher ground,” the NDMA said."
    )
    assert _speakers(text) == [("the NDMA", "National Disaster Management Authority")]


def test_the_airline_and_its_spokesperson_are_the_organisation() -> None:
    text = (
        "Sunbird Airlines cancelled all flights on Monday.\n\n"
        "“We are working on a revival plan,” an airline spokesperson said.\n\n"
        "“Passengers will be refunded,” the airline said."
    )
    assert _speakers(text) == [
        ("an airline spokesperson", "Sunbird Airlines"),
        ("the airline", "Sunbird Airlines"),
    ]


def test_a_report_speaks_for_whoever_issued_it() -> None:
    text = (
        "Economist Farah Siddiqui wrote in a report for the institute that costs had"
        " doubled.\n\n"
        "“Few projects were ever reviewed,” the report said."
    )
    assert _speakers(text) == [("the report", "Farah Siddiqui")]


def test_a_possessive_role_is_somebody_else() -> None:
    text = (
        "Kofi Boateng was killed in the attack.\n\n"
        "“He was a kind man,” his father said."
    )
    assert _speakers(text) == [("his father", None)]


def test_a_possessive_reply_is_the_owners_words() -> None:
    text = (
        "Minister Tendai Moyo was asked about the drought.\n\n"
        "His reply: “We have imported maize.”"
    )
    assert _speakers(text) == [("His reply", "Tendai Moyo")]


# --- the long tail of reporting frames --------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        ("“The river is low,” notes Priya Raghavan, a hydrologist in Pune.", "notes",
         "Priya Raghavan"),
        ("“Prices will fall,” Kofi Mensah reports from Accra.", "reports", "Kofi Mensah"),
        ("“We need doctors,” echoes Dr Amina Bello, who runs a clinic.", "echoes",
         "Amina Bello"),
        ("“That is right,” Siti Rahmah chimed in.", "chimed", "Siti Rahmah"),
        ("Rafael Souza spoke first. He went on to say, “The budget is not enough.”", "say",
         "Rafael Souza"),
        ("Actor Lwazi Dube uttered the lines: “The storm begins!”", "uttered", "Lwazi Dube"),
    ],
)
def test_reporting_frames(text: str, cue: str, name: str) -> None:
    quotes = [q for q in newsclaims.parse_article(text).quotes if q.kind != "scare"]
    assert len(quotes) == 1
    (q,) = quotes
    assert q.cue is not None
    assert q.speaker is not None
    assert (q.cue.text, q.speaker.name) == (cue, name)


def test_a_letter_reads() -> None:
    text = (
        "The ministry sent a letter to the farmers' union.\n\n"
        "“Your demands will be studied,” the letter reads."
    )
    (q,) = newsclaims.parse_article(text).quotes
    assert q.cue is not None
    assert q.speaker is not None
    assert (q.cue.text, q.speaker.text) == ("reads", "the letter")


# --- speech versus terms -----------------------------------------------------------


def test_a_title_of_a_work_is_a_title_wherever_it_is_quoted() -> None:
    text = (
        "The Nigerian thriller “Tidewater” won the top prize.\n\n"
        "“Tidewater,” a story of two fishermen, was shot in Badagry.\n\n"
        "“Tidewater” director Ama Boateng thanked the crew."
    )
    kinds = [q.kind for q in newsclaims.parse_article(text).quotes]
    assert kinds == ["title", "title", "title"]


def test_a_year_in_brackets_makes_a_title() -> None:
    (q,) = newsclaims.parse_article("She starred in “Monsoon Road” (2004) as a teacher.").quotes
    assert q.kind == "title"


def test_words_on_a_placard_are_no_speech() -> None:
    text = "Protesters in Colombo carried placards reading “we want water” through the city."
    (q,) = newsclaims.parse_article(text).quotes
    assert q.kind == "title"


# --- one cast per article -----------------------------------------------------------


def test_speakers_are_the_casts_speaking_members() -> None:
    text = (
        "Kenyan Health Secretary Wanjiru Kamau opened the clinic in Kisumu.\n\n"
        "“Every county will have one,” Kamau said.\n\n"
        "“It is a start,” she added."
    )
    art = newsclaims.parse_article(text)
    (sp,) = art.speakers
    assert sp.name == "Wanjiru Kamau"
    assert sp.title == "Kenyan Health Secretary"
    assert sp.kind == "person"
    assert [m.text for m in sp.mentions] == ["Kamau", "she"]
    for m in sp.mentions:
        assert text[m.start : m.end] == m.text


def test_a_few_quoted_words_nobody_says_are_a_term() -> None:
    text = "The syrup carries a “red label notice” on every bottle sold in Nairobi."
    (q,) = newsclaims.parse_article(text).quotes
    assert q.kind == "scare"
    # With somebody saying them, the same words are a partial quote.
    text = "Health Minister Amina Wanjiku called the syrup “a red label risk” on Monday."
    (q,) = newsclaims.parse_article(text).quotes
    assert q.kind == "partial"
    assert q.speaker is not None
    assert q.speaker.name == "Amina Wanjiku"
