"""Attribution layouts: who said each quotation, and with which cue.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

import newsclaims


def _only(text: str):
    art = newsclaims.parse_article(text)
    quotes = [q for q in art.quotes if q.kind in ("full", "partial")]
    assert len(quotes) == 1, [q.text for q in art.quotes]
    return quotes[0]


@pytest.mark.parametrize(
    ("text", "mention", "name", "cue"),
    [
        # Speaker after the quotation, in both orders.
        ("“We will rebuild the bridge,” Ana Ruiz said.", "Ana Ruiz", "Ana Ruiz", "said"),
        ("“We will rebuild the bridge,” said Ana Ruiz.", "Ana Ruiz", "Ana Ruiz", "said"),
        # Inverted, with a title before the name.
        (
            "“The talks are over,” said Moldovan President Elena Rusu.",
            "Moldovan President Elena Rusu",
            "Elena Rusu",
            "said",
        ),
        # Speaker before the quotation.
        ("Ana Ruiz said: “We will rebuild the bridge.”", "Ana Ruiz", "Ana Ruiz", "said"),
        ("Ana Ruiz told reporters, “We will rebuild it.”", "Ana Ruiz", "Ana Ruiz", "told"),
        # An adverb between the speaker and the verb.
        ("“It is too early,” Ruiz also warned.", "Ruiz", "Ruiz", "warned"),
        # An appositive after the name, and a name after a description.
        (
            "“We are ready,” Rusu, Moldova's president, said on Monday.",
            "Rusu",
            "Rusu",
            "said",
        ),
        (
            "The country's president, Elena Rusu, said: “We are ready.”",
            "Elena Rusu",
            "Elena Rusu",
            "said",
        ),
        # British and American spellings of the same verb.
        ("“Costs will rise,” Ruiz emphasised.", "Ruiz", "Ruiz", "emphasised"),
        ("“Costs will rise,” Ruiz emphasized.", "Ruiz", "Ruiz", "emphasized"),
        # "according to".
        (
            "“The dam will hold,” according to engineer Tomas Berg.",
            "engineer Tomas Berg",
            "Tomas Berg",
            "according to",
        ),
        # A post: an adverbial clause before the speaker.
        (
            "In a post on social media, Ruiz wrote, “The bridge reopens today.”",
            "Ruiz",
            "Ruiz",
            "wrote",
        ),
        # A person's affiliation after the name.
        (
            "“Traders are nervous about the outlook,” Lena Ortiz of ABC said in a note.",
            "Lena Ortiz of ABC",
            "Lena Ortiz",
            "said",
        ),
        (
            "“Rates will stay low this year,” Jin Pan of IG said.",
            "Jin Pan of IG",
            "Jin Pan",
            "said",
        ),
        (
            "“Wages have not kept up,” Omar Haddad of Westbrook University said.",
            "Omar Haddad of Westbrook University",
            "Omar Haddad",
            "said",
        ),
        # A title too long for the walk from the verb: the words between the
        # closing mark and the name are its title.
        (
            (
                "“The pumps will run all night,” Kisumu county flood response"
                " deputy chief Achieng Otieno said."
            ),
            "Kisumu county flood response deputy chief Achieng Otieno",
            "Achieng Otieno",
            "said",
        ),
        # A role joined to its office, then the name.
        (
            "“Clinics stay open,” Minister of Health Ana Ruiz said.",
            "Minister of Health Ana Ruiz",
            "Ana Ruiz",
            "said",
        ),
        # An organisation and a role in the title.
        (
            "“Rates will hold until June,” Reserve Bank of Malawi governor Chikondi Banda said.",
            "Reserve Bank of Malawi governor Chikondi Banda",
            "Chikondi Banda",
            "said",
        ),
    ],
)
def test_named_layouts(text: str, mention: str, name: str, cue: str) -> None:
    q = _only(text)
    assert q.speaker is not None
    assert q.speaker.text == mention
    assert q.speaker.name == name
    assert q.cue is not None
    assert q.cue.text == cue
    assert text[q.speaker.start : q.speaker.end] == q.speaker.text
    assert text[q.cue.start : q.cue.end] == q.cue.text


@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        ("“The road is closed,” the ministry said.", "the ministry", "organization"),
        ("“Two men were arrested,” police said.", "police", "group"),
        ("“The vote was fair,” officials told reporters.", "officials", "group"),
        ("“We need more beds,” a spokeswoman for the hospital said.",
         "a spokeswoman for the hospital", "person"),
    ],
)
def test_organisations_and_groups(text: str, mention: str, kind: str) -> None:
    q = _only(text)
    assert q.speaker is not None
    assert q.speaker.text == mention
    assert q.speaker.name is None  # a description names nobody
    assert q.speaker.kind == kind


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("“Rates will rise,” the Bank of Ruritania said.", "Bank of Ruritania", None),
        ("“Rates will rise,” the Chamber of Commerce said.", "Chamber of Commerce", None),
        ("“Rates will rise,” Secretary of State Mike Dunn said.", "Mike Dunn",
         "Secretary of State"),
        ("“Rates will rise,” a spokeswoman for Hanover Re said.", "Hanover Re",
         "spokeswoman for"),
    ],
)
def test_names_joined_by_of(text: str, name: str, title: str | None) -> None:
    q = _only(text)
    assert q.speaker is not None
    assert q.speaker.name == name
    assert q.speaker.title == title


def test_a_title_needs_no_verb_before_the_name() -> None:
    # Words that read as a clause stay out of the title: no speaker is
    # invented from "and then".
    q = _only("“We will keep going,” and then Sam Reyes said it.")
    assert q.speaker is None


def test_dash_layout_after_the_quotation() -> None:
    text = "“Nobody is above the law.” — Moldovan President Elena Rusu"
    q = _only(text)
    assert q.speaker is not None
    assert q.speaker.name == "Elena Rusu"
    assert q.speaker.title == "Moldovan President"
    assert q.cue is not None
    assert q.cue.text == "—"


def test_colon_layout_with_a_description() -> None:
    text = "President Elena Rusu spoke last. And from the president: “We stay the course.”"
    q = _only(text)
    assert q.speaker is not None
    assert q.speaker.text == "the president"
    # The description resolves to the person who carries that title.
    assert q.speaker.name == "Elena Rusu"
    assert q.cue is not None
    assert q.cue.text == ":"


def test_cue_earlier_in_the_sentence() -> None:
    text = (
        "Ruiz also spoke about the floods on Tuesday and said, "
        "“The river has never been this high.”"
    )
    q = _only(text)
    assert q.speaker is not None
    assert q.speaker.text == "Ruiz"
    assert q.cue is not None
    assert q.cue.text == "said"


def test_subject_shared_by_coordinated_verbs() -> None:
    text = (
        "Mayor Ana Ruiz issued a warning about the river, said that the dikes held "
        "and stressed that the next days are “critical for the city.”"
    )
    q = _only(text)
    assert q.kind == "partial"
    assert q.speaker is not None
    assert q.speaker.name == "Ana Ruiz"
    assert q.cue is not None
    assert q.cue.text == "stressed"


def test_partial_quote_after_a_participle() -> None:
    text = (
        "Ruiz questioned the budget, adding that the plan was “a fantasy built on sand.”"
    )
    q = _only(text)
    assert q.speaker is not None
    assert q.speaker.text == "Ruiz"
    assert q.cue is not None
    assert q.cue.text == "adding"


def test_continuation_paragraph_takes_the_previous_speaker() -> None:
    text = (
        "“The first week was the hardest,” said Tomas Berg, a volunteer.\n\n"
        "“We slept in the school and cooked for everyone.”"
    )
    art = newsclaims.parse_article(text)
    assert len(art.quotes) == 2
    first, second = art.quotes
    assert first.speaker is not None
    assert second.speaker is not None
    assert second.speaker.name == "Tomas Berg"
    # A continued quotation is less sure than one with its own cue.
    assert second.confidence < first.confidence


def test_second_quote_in_a_paragraph_keeps_the_speaker() -> None:
    text = "“We tried,” says Berg. “Nobody came.”"
    art = newsclaims.parse_article(text)
    assert [q.speaker.name for q in art.quotes if q.speaker] == ["Berg", "Berg"]


def test_interrupted_quotation() -> None:
    text = "“We tried,” Berg said, “but nobody came.”"
    q = _only(text)
    assert q.speaker is not None
    assert q.speaker.text == "Berg"
    assert len(q.spans) == 2


def test_no_speaker_is_no_guess() -> None:
    text = "The sign on the door read only “Closed for the season.”"
    art = newsclaims.parse_article(text)
    for q in art.quotes:
        if q.speaker is not None:
            assert q.speaker.text in text


def test_reporting_verbs_are_data() -> None:
    from newsclaims._lexicon import CUE_FORMS

    lemmas = set(CUE_FORMS.values())
    assert len(lemmas) >= 200
    for form, lemma in [("said", "say"), ("emphasised", "emphasise"),
                        ("emphasized", "emphasize"), ("tweeted", "tweet"),
                        ("conceded", "concede"), ("insisted", "insist")]:
        assert CUE_FORMS[form] == lemma


def test_seed_article_speakers_and_claims() -> None:
    from pathlib import Path

    seed = Path(__file__).resolve().parents[1] / "seeds" / "000_0e4e2480f77082a7.txt"
    text = seed.read_text(encoding="utf-8")
    art = newsclaims.parse_article(text)
    assert len(art.quotes) == 8
    for q in art.quotes:
        assert q.speaker is not None
        assert q.speaker.name == "Volodymyr Zelenskyy"
        assert q.speaker.title == "Ukrainian President"
        assert q.cue is not None
    assert [q.speaker.text for q in art.quotes if q.speaker and q.speaker.text == "He"] == [
        "He"
    ] * 3
    assert [q.cue.text for q in art.quotes if q.cue] == [
        "emphasised", "highlighting", "wrote", "said", "added", "said", "said", "added",
    ]
    claims = [(c.text, c.cue.text if c.cue else None) for c in art.claims if c.kind == "reported"]
    assert claims == [
        ("North Korean troops have not yet engaged in combat", "said"),
        ("“this is a matter of days, not months,” before they are drawn into battle",
         "emphasised"),
        ("China’s silence on the issue", "questioned"),
        ("as a regional security guarantor, China’s “silence is striking.”", "highlighting"),
        ("Russia’s decision to involve North Korean troops in the ongoing war against Ukraine",
         "condemned"),
        (
            (
                "Russia has openly partnered with North Korea, acquiring approximately "
                "3.5 million artillery shells"
            ),
            "emphasised",
        ),
    ]
    assert all(
        c.speaker is not None and c.speaker.name == "Volodymyr Zelenskyy"
        for c in art.claims
        if c.kind == "reported"
    )
    (zelenskyy,) = art.speakers
    assert len(zelenskyy.quotes) == 8
    assert len(zelenskyy.claims) == 6


def test_surname_that_is_also_a_group_word_stays_in_the_name():
    # "Police" after a known first name is a surname, not the police.
    art = newsclaims.parse_article("Mayor Ana Police said the bridge would reopen in May.")
    speaker = art.claims[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.title) == ("Ana Police", "Mayor")
