"""Resolution: pronouns, surnames and descriptions to full names.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import newsclaims


def test_pronoun_resolves_to_the_named_speaker_with_title() -> None:
    text = (
        "Moldovan President Elena Rusu said on Monday that the border stays open.\n\n"
        "“We will not close it,” she said."
    )
    art = newsclaims.parse_article(text)
    (q,) = art.quotes
    assert q.speaker is not None
    assert q.speaker.text == "she"
    assert q.speaker.name == "Elena Rusu"
    assert q.speaker.title == "Moldovan President"
    assert q.speaker.kind == "person"


def test_surname_resolves_to_the_full_name_seen_earlier() -> None:
    text = (
        "“The harvest is late,” said farmer Tomas Berg.\n\n"
        "“We lost a month to the rain,” Berg added."
    )
    art = newsclaims.parse_article(text)
    assert [q.speaker.name for q in art.quotes if q.speaker] == ["Tomas Berg", "Tomas Berg"]
    assert art.quotes[1].speaker is not None
    assert art.quotes[1].speaker.text == "Berg"


def test_pronoun_skips_a_speaker_of_the_other_gender() -> None:
    text = (
        "Mr. Tomas Berg spoke first. “The roads are open,” he said.\n\n"
        "Ms. Ana Ruiz disagreed. “They are not,” she said.\n\n"
        "“We checked them this morning,” he said."
    )
    art = newsclaims.parse_article(text)
    names = [q.speaker.name for q in art.quotes if q.speaker]
    assert names == ["Tomas Berg", "Ana Ruiz", "Tomas Berg"]


def test_unresolvable_pronoun_keeps_its_mention_and_no_name() -> None:
    text = "“Nobody told us anything,” she said."
    art = newsclaims.parse_article(text)
    (q,) = art.quotes
    assert q.speaker is not None
    assert q.speaker.text == "she"
    assert q.speaker.name is None
    assert q.confidence < 0.6


def test_organisation_pronoun() -> None:
    text = (
        "The Harbour Authority said the port would reopen.\n\n"
        "“Ships can dock again from Friday,” it said."
    )
    art = newsclaims.parse_article(text)
    (q,) = art.quotes
    assert q.speaker is not None
    assert q.speaker.text == "it"
    assert q.speaker.name == "Harbour Authority"
    assert q.speaker.kind == "organization"


def test_name_joined_by_of_is_an_organisation() -> None:
    # Capitalised words joined by "of" name one organisation, which a later
    # "it" refers to; neither "Ruritania" alone nor a person.
    text = (
        "The Bank of Ruritania said rates would stay where they are.\n\n"
        "“Inflation is falling,” it said."
    )
    art = newsclaims.parse_article(text)
    (q,) = art.quotes
    assert q.speaker is not None
    assert q.speaker.name == "Bank of Ruritania"
    assert q.speaker.kind == "organization"


def test_a_long_title_does_not_hide_the_speaker_from_a_pronoun() -> None:
    text = (
        "“The pumps will run all night,” Kisumu county flood response deputy chief"
        " Achieng Otieno said.\n\n"
        "“Nobody will be left behind,” she added."
    )
    art = newsclaims.parse_article(text)
    assert [q.speaker.name for q in art.quotes if q.speaker] == ["Achieng Otieno"] * 2


def test_subject_after_a_long_opener_is_the_most_recent_person() -> None:
    # "Vela" opens the third paragraph's clause after a long adverbial: she
    # is the one a following "she" refers to, not the last speaker.
    text = (
        "Maria Vela and Ana Berg met voters on Monday.\n\n"
        "“We disagree on the budget,” Berg said.\n\n"
        "In a long post to her voters on Tuesday night, Vela attacked the plan.\n\n"
        "“It cannot pass,” she said."
    )
    art = newsclaims.parse_article(text)
    assert [q.speaker.name for q in art.quotes if q.speaker] == ["Ana Berg", "Maria Vela"]


def test_acronym_resolves_to_the_name_the_article_defines() -> None:
    text = (
        "Figures from the Office for Harbour Statistics (OHS) came out on Monday.\n\n"
        "“Exports fell,” the OHS said.\n\n"
        "“Imports rose,” it added."
    )
    art = newsclaims.parse_article(text)
    names = [(q.speaker.text, q.speaker.name, q.speaker.kind) for q in art.quotes if q.speaker]
    assert names == [
        ("the OHS", "Office for Harbour Statistics", "organization"),
        ("it", "Office for Harbour Statistics", "organization"),
    ]


def test_an_undefined_acronym_stays_as_written() -> None:
    art = newsclaims.parse_article("“Exports fell,” the OHS said.")
    (q,) = art.quotes
    assert q.speaker is not None
    assert q.speaker.name == "OHS"


def test_the_company_refers_to_the_organisation_named_last() -> None:
    text = (
        "Brightwell Foods Ltd said sales rose.\n\n"
        "“Demand is strong,” the company said.\n\n"
        "“Prices will rise,” a company said."
    )
    art = newsclaims.parse_article(text)
    names = [(q.speaker.text, q.speaker.name) for q in art.quotes if q.speaker]
    # Only the definite description refers back: "a company" is another one.
    assert names == [("the company", "Brightwell Foods Ltd"), ("a company", None)]


def test_a_title_with_an_organisation_in_it_keeps_a_person() -> None:
    # The bank in the relative clause does not make the economist an
    # organisation; "she" then finds her.
    text = (
        "Dewi Lestari, a freelance economist who studies the central bank,"
        " noted that rates would stay high.\n\n"
        "“Borrowers will feel it,” she said."
    )
    art = newsclaims.parse_article(text)
    (claim,) = art.claims
    assert claim.speaker is not None
    assert claim.speaker.kind == "person"
    (q,) = art.quotes
    assert q.speaker is not None
    assert (q.speaker.text, q.speaker.name) == ("she", "Dewi Lestari")


def test_article_speakers_and_lookups() -> None:
    text = (
        "Mayor Ana Ruiz said the bridge would reopen in May.\n\n"
        "“We owe it to the people who cross it every day,” she said.\n\n"
        "“It is a question of safety,” said Tomas Berg, an engineer."
    )
    art = newsclaims.parse_article(text)
    names = [sp.name for sp in art.speakers]
    assert names == ["Ana Ruiz", "Tomas Berg"]
    ruiz = art.speaker("Ruiz")
    assert ruiz is not None
    assert ruiz.title == "Mayor"
    assert [m.text for m in ruiz.mentions] == ["Mayor Ana Ruiz", "she"]
    assert [q.text for q in art.quotes_by("Ana Ruiz")] == [
        "We owe it to the people who cross it every day,"
    ]
    assert [c.text for c in art.claims_by("Ruiz")] == ["the bridge would reopen in May"]
    assert art.speaker("Nobody") is None
    assert art.quotes_by("Nobody") == ()
    for sp in art.speakers:
        for m in sp.mentions:
            assert text[m.start : m.end] == m.text


def test_speakers_in_json() -> None:
    art = newsclaims.parse_article("“It works,” said Ana Ruiz.")
    data = art.to_dict()
    assert data["speakers"] == [
        {
            "name": "Ana Ruiz",
            "title": None,
            "kind": "person",
            "mentions": [{"text": "Ana Ruiz", "start": 17, "end": 25}],
            "quotes": [0],
            "claims": [],
        }
    ]


def test_confidence_orders_named_above_unresolved() -> None:
    text = (
        "“The dam will hold,” said engineer Tomas Berg.\n\n"
        "“Nobody knows,” one of them said."
    )
    art = newsclaims.parse_article(text)
    named = art.quotes[0]
    assert named.speaker is not None
    assert named.speaker.name == "Tomas Berg"
    other = art.quotes[1]
    assert other.confidence < named.confidence
