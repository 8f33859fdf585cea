"""Claims: reported speech with its claimant, cue and content.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import json
import typing

import pytest

import newsclaims


def _claims(text: str, *, as_written: bool = False) -> list[tuple[str, str | None, str | None]]:
    """(content, claimant, cue) of each reported claim: the claimant's
    resolved name, or with ``as_written`` its mention as written."""
    art = newsclaims.parse_article(text)
    out = []
    for c in art.claims:
        if c.kind != "reported":
            continue
        assert text[c.start : c.end] == c.text
        who = None
        if c.speaker is not None:
            who = c.speaker.text if as_written else c.speaker.name
        out.append((c.text, who, c.cue.text if c.cue else None))
    return out


def _written(text: str) -> list[tuple[str, str | None, str | None]]:
    """As _claims, with each claimant's mention as written."""
    return _claims(text, as_written=True)


@pytest.mark.parametrize(
    ("text", "claim", "cue"),
    [
        ("Ana Ruiz said that the bridge would reopen in May.",
         "the bridge would reopen in May", "said"),
        ("Ana Ruiz said the bridge would reopen in May.",
         "the bridge would reopen in May", "said"),
        ("Ana Ruiz warned that the river could rise again.",
         "the river could rise again", "warned"),
        ("Ana Ruiz told reporters on Monday that the budget was spent.",
         "the budget was spent", "told"),
        ("Ana Ruiz denied the report.", "the report", "denied"),
        ("Ana Ruiz condemned the decision to close the school.",
         "the decision to close the school", "condemned"),
        ("Ana Ruiz questioned the figures in the audit.", "the figures in the audit",
         "questioned"),
        ("The bridge will reopen in May, Ana Ruiz said.", "The bridge will reopen in May",
         "said"),
        ("The bridge will reopen in May, said Ana Ruiz.", "The bridge will reopen in May",
         "said"),
        ("According to Ana Ruiz, the bridge will reopen in May.",
         "the bridge will reopen in May", "According to"),
        ("The bridge will reopen in May, according to Ana Ruiz.",
         "The bridge will reopen in May", "according to"),
    ],
)
def test_claim_layouts(text: str, claim: str, cue: str) -> None:
    assert _claims(text) == [(claim, "Ana Ruiz", cue)]


def test_coordinated_claims_share_the_claimant() -> None:
    text = (
        "Mayor Ana Ruiz said that the dikes held and emphasised that the next "
        "days would be hard."
    )
    assert _claims(text) == [
        ("the dikes held", "Ana Ruiz", "said"),
        ("the next days would be hard", "Ana Ruiz", "emphasised"),
    ]


def test_participle_claim_and_partial_quote() -> None:
    text = (
        "Ruiz questioned the budget, highlighting that for a city this size the "
        "plan is “a fantasy built on sand.”"
    )
    art = newsclaims.parse_article(text)
    claims = [c for c in art.claims if c.kind == "reported"]
    assert [c.text for c in claims] == [
        "the budget",
        "for a city this size the plan is “a fantasy built on sand.”",
    ]
    second = claims[1]
    assert second.cue is not None
    assert second.cue.text == "highlighting"
    # The partial quotation is a quote and part of the claim.
    (qi,) = second.quotes
    assert art.quotes[qi].text == "a fantasy built on sand."
    assert art.quotes[qi].kind == "partial"


def test_direct_quotation_is_no_claim() -> None:
    assert _claims("Ana Ruiz said: “We will rebuild the bridge by May.”") == []
    assert _claims("“We will rebuild the bridge by May,” Ana Ruiz said.") == []


def test_pronoun_claimant_is_resolved() -> None:
    text = "Ana Ruiz arrived late.\n\nShe said the meeting had been moved."
    assert _claims(text) == [("the meeting had been moved", "Ana Ruiz", "said")]


def test_writer_opinion_is_no_reported_claim() -> None:
    assert _claims("I believe the plan will fail.") == []


def test_nouns_are_no_cues() -> None:
    assert _claims("The mayor issued a warning about the river on Monday.") == []
    assert _claims("It was a polarizing question for the council.") == []


def _claim_texts(text: str) -> list[tuple[str, str | None]]:
    """(content, claimant as written) of each reported claim."""
    return [(content, who) for content, who, _ in _written(text)]


@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        ("Most residents now back the new bridge, according to a county poll taken in May.",
         "Most residents now back the new bridge", "a county poll"),
        ("This hall had two stages and forty seats, according to city records.",
         "This hall had two stages and forty seats", "city records"),
        ("According to recent surveys, the mayor holds a narrow lead.",
         "the mayor holds a narrow lead", "recent surveys"),
    ],
)
def test_according_to_a_source_that_is_no_person(text: str, claim: str, source: str) -> None:
    assert _claim_texts(text) == [(claim, source)]


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        # A subject the mention layer does not know.
        ("Over a third said the clinic fees in Kano were too high.",
         "the clinic fees in Kano were too high", "Over a third"),
        ("The rent rose, though her tax return suggests she paid it late.",
         "she paid it late", "her tax return"),
        # A bare verb, a contraction, an irregular past in the clause.
        ("Ana Ruiz said her neighbours feel the same way.",
         "her neighbours feel the same way", "Ana Ruiz"),
        ("Ana Ruiz said she'd rebuild the pier by June.",
         "she'd rebuild the pier by June", "Ana Ruiz"),
        ("Ana Ruiz said the party lost the vote.", "the party lost the vote", "Ana Ruiz"),
        # An adverbial or a subordinate clause opens the reported clause.
        ("Ana Ruiz said too often, the ward becomes a shelter for other programs.",
         "too often, the ward becomes a shelter for other programs", "Ana Ruiz"),
        ("Ana Ruiz said when the council ignores the river, it floods the farms.",
         "when the council ignores the river, it floods the farms", "Ana Ruiz"),
        # A short adverbial before a pronoun subject.
        ("Ana Ruiz said on Monday they would stay.", "they would stay", "Ana Ruiz"),
        # A listener before a pronoun subject.
        ("Ana Ruiz told investigators she was upset with the plan.",
         "she was upset with the plan", "Ana Ruiz"),
    ],
)
def test_clauses_without_that(text: str, claim: str, speaker: str) -> None:
    assert _claim_texts(text) == [(claim, speaker)]


def test_content_ends_before_the_speakers_next_verb() -> None:
    text = "Ana Ruiz said the pier was safe, but called the repairs a first step."
    assert _claim_texts(text) == [("the pier was safe", "Ana Ruiz")]


def test_a_capitalised_clause_is_no_adverbial() -> None:
    text = "After the vote, Ana Ruiz said Mr. Lee had not won her over, but she smiled."
    assert _claim_texts(text) == [("Mr. Lee had not won her over", "Ana Ruiz")]


def test_verbs_that_take_no_bare_clause() -> None:
    # An object, not a reported clause: "endorsed X, who …", "added 1.7 per cent".
    assert _claim_texts("Ana Ruiz endorsed the mayor, who has promised a new pier.") == []
    assert _claim_texts("The index added 1.7 per cent to 3,518.42 while bonds held firm.") == []
    assert _claim_texts("In Lisbon, she said.") == []


def test_link_to_another_story_is_no_claim() -> None:
    text = (
        "The vote was close.\n\nREAD MORE: Mayor says the pier will reopen in May\n\n"
        "Ana Ruiz said the pier was safe."
    )
    assert _claim_texts(text) == [("the pier was safe", "Ana Ruiz")]


def test_longer_subjects_without_a_known_mention() -> None:
    assert _claim_texts(
        "Several of the mayor's oldest allies said they now back the harbour plan."
    ) == [("they now back the harbour plan", "Several of the mayor's oldest allies")]
    assert _claim_texts("By a wide margin, those surveyed said the library should stay open.") == [
        ("the library should stay open", "those surveyed")
    ]


def test_reported_speech_inside_a_relative_clause() -> None:
    assert _claim_texts("Ana Ruiz cited the new rules, which she said had harmed the port.") == [
        ("had harmed the port", "she")
    ]
    assert _claim_texts("The board approved a fee that critics said would hurt renters.") == [
        ("would hurt renters", "critics")
    ]


def test_according_to_after_a_short_adverbial() -> None:
    text = "A week later, according to Chidi Okafor, the contractor raised his price."
    assert ("the contractor raised his price", "Chidi Okafor") in _claim_texts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An indirect question from its opening word, and a request.
        ("Ana Ruiz asked whether the port would close.",
         [("whether the port would close", "Ana Ruiz", "asked")]),
        ("Ana Ruiz asked the council to delay the vote.",
         [("the council to delay the vote", "Ana Ruiz", "asked")]),
        # No asker named: the question has no claimant; it ends at its comma.
        ("Asked whether the port would close, Ana Ruiz shook her head.",
         [("whether the port would close", None, "Asked")]),
        ("Asked about the delay, Ana Ruiz said she had no comment.",
         [("the delay", None, "Asked"), ("she had no comment", "Ana Ruiz", "said")]),
        # A question after any reporting verb.
        ("Ana Ruiz did not say whether the port would close.",
         [("whether the port would close", "Ana Ruiz", "say")]),
        ("Ana Ruiz explained why the pier had to close.",
         [("why the pier had to close", "Ana Ruiz", "explained")]),
    ],
)
def test_reported_questions(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _written(text) == expected


def test_no_claim_for_a_request_for_a_thing() -> None:
    assert _written("Ana Ruiz asked the captain for an autograph.") == []


@pytest.mark.parametrize(
    ("text", "claim", "cue"),
    [
        # A contracted subject and verb.
        ("Ana Ruiz said it's unsafe to fish after dark.", "it's unsafe to fish after dark", "said"),
        # A whole listener, then a clause without "that".
        ("Ana Ruiz told reporters most of the loans were repaid.",
         "most of the loans were repaid", "told"),
        ("Ana Ruiz told The Porto Courier's editors the pier was unsafe.",
         "the pier was unsafe", "told"),
        # A long listener or adverbial before "that".
        ("Ana Ruiz told a packed hall in downtown Porto on Friday that the bridge would reopen.",
         "the bridge would reopen", "told"),
        # After "say", a noun phrase opens the clause though its verb is unknown.
        ("Ana Ruiz says tax inspectors overlook the cocoa trade.",
         "tax inspectors overlook the cocoa trade", "says"),
        # "to" and an infinitive after "told".
        ("Ana Ruiz told the crew to leave the pier.", "the crew to leave the pier", "told"),
        # A date right after the verb.
        ("Ana Ruiz said Friday that the port would close.", "the port would close", "said"),
        # A "that" clause after a verb that asserts nothing itself.
        ("Ana Ruiz responded that the figures were wrong.", "the figures were wrong",
         "responded"),
        # The infinitive of the sentence's subject.
        ("Ana Ruiz went on to say that the budget was spent.", "the budget was spent", "say"),
    ],
)
def test_more_clause_layouts(text: str, claim: str, cue: str) -> None:
    assert _written(text) == [(claim, "Ana Ruiz", cue)]


def test_a_date_after_the_verb_is_no_claim() -> None:
    assert _written("“We are ready,” Ana Ruiz said Friday as she left the hall.") == []


def test_an_expletive_subject_reports_nothing() -> None:
    assert _written("It is safe to say that the budget was spent.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("According to a census of boat owners carried out for the Mombasa port authority, "
          "most crews fish at night."),
         [("most crews fish at night",
           "a census of boat owners carried out for the Mombasa port authority", "According to")]),
        ("But according to Ana Ruiz, the pier was never safe.",
         [("the pier was never safe", "Ana Ruiz", "according to")]),
        ("One of the steps, according to Ana Ruiz, is to close the pier.",
         [("One of the steps", "Ana Ruiz", "according to"),
          ("is to close the pier", "Ana Ruiz", "according to")]),
    ],
)
def test_according_to_with_long_sources_and_leads(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _written(text) == expected


def test_an_appositive_after_according_to_is_no_claim() -> None:
    text = "Sales fell by a third, according to Tom Lee, a trader who follows the port."
    assert ("a trader who follows the port", "Tom Lee", "according to") not in _written(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A non-restrictive relative pronoun is the claimant as written.
        ("The last question came from a young voter, who said she had moved from Porto.",
         [("she had moved from Porto", "who", "said")]),
        # "two in three" is a subject.
        ("Two in three said they would back the plan.",
         [("they would back the plan", "Two in three", "said")]),
        # A subject with a long modifier: the mention opening the sentence.
        ("An official familiar with the inquiry said the port would close.",
         [("the port would close", "An official familiar with the inquiry", "said")]),
        # "As X reported, …": the clause after the comma.
        ("As the Porto Courier reported, the mayor will resign in May.",
         [("the mayor will resign in May", "the Porto Courier", "reported")]),
        # A verb read as "told X" whose speaker stands before a long appositive.
        (("Tom Lee, 39, a fisherman visiting Porto with his family, told the Courier that "
          "he had seen the storm."),
         [("he had seen the storm", "Tom Lee", "told")]),
        # A relative clause without its pronoun.
        ("The mayor cited a storm she believes could flood the port.",
         [("could flood the port", "she", "believes")]),
    ],
)
def test_more_claimants(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _written(text) == expected


def test_restrictive_who_gives_no_claimant() -> None:
    assert _written("The plan angered those who say the port is too small.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sentence opened by a subordinator: its main clause is no claim.
        ("Though Ana Ruiz said the port was safe, she ordered an inspection.",
         [("the port was safe", "Ana Ruiz", "said")]),
        # A new subject with a verb of its own after a comma ends the claim.
        ("Ana Ruiz said the plan was sound, Tom Lee said that it was not.",
         [("the plan was sound", "Ana Ruiz", "said"), ("it was not", "Tom Lee", "said")]),
    ],
)
def test_where_claims_end(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _written(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Praise and blame take a person, not a proposition.
        "Ana Ruiz praised the mayor for his work on the bridge.",
        "Ana Ruiz criticized Tom Lee for the delay.",
        # A participle after a number is an adjective.
        "Farmers in Eldoret counted 40 promised tractors that never came.",
        # A relative clause at the end of a sentence reports nothing before it.
        "The bridge will close, said Ana Ruiz, an engineer, who writes about roads on her blog.",
    ],
)
def test_no_claim(text: str) -> None:
    rows = _claims(text)
    # Only the first sentence's own report may be found, never the object of
    # praise or blame, an adjective or the antecedent's clause.
    assert all(cue not in ("praised", "criticized", "promised", "writes")
               for _, _, cue in rows), rows


def test_a_number_may_be_the_subject_of_said() -> None:
    rows = _claims("Of the voters polled, 61 said they would vote again.")
    assert ("they would vote again", None, "said") in [(t, None, c) for t, _, c in rows]



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruiz claims he is worth ten million dollars.",
         [("he is worth ten million dollars", "Ruiz", "claims")]),
        ("The ministry claims Lee runs a network of agents.",
         [("Lee runs a network of agents", "The ministry", "claims")]),
        # A noun: a determiner before it, or no clause after it.
        ("The claims he made were false.", []),
        ("State officials met on Monday.", []),
    ],
)
def test_a_noun_form_used_as_a_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _written(text) == expected


# ---------------------------------------------------------------- force


def _forces(text: str) -> list[tuple[str, str]]:
    """(content, force) of each reported claim."""
    art = newsclaims.parse_article(text)
    return [(c.text, c.force) for c in art.claims if c.kind == "reported"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Assertions: what the claimant holds true.
        ("Finance Minister Nirmala Rao said the deficit fell to 4.5 per cent.",
         [("the deficit fell to 4.5 per cent", "assertion")]),
        ("The Lagos port authority denied the report.", [("the report", "assertion")]),
        ("Kofi Mensah agreed that the tender had been rigged.",
         [("the tender had been rigged", "assertion")]),
        # Questions.
        ("The Kenyan auditor asked whether the funds had reached the counties.",
         [("whether the funds had reached the counties", "question")]),
        ("Senator Okonjo asked if the ferry would run on Sunday.",
         [("if the ferry would run on Sunday", "question")]),
        # Commitments.
        ("Governor Babajide Adeyemi pledged to repair the bridge by December.",
         [("to repair the bridge by December", "commitment")]),
        ("The rebels vowed to free the hostages.", [("to free the hostages", "commitment")]),
        ("Mayor Ines Duarte promised to reopen the clinic in Recife.",
         [("to reopen the clinic in Recife", "commitment")]),
        ("Kofi Mensah agreed to a two-year deal with the cooperative.",
         [("to a two-year deal with the cooperative", "commitment")]),
        # Beliefs and predictions.
        ("Hiroshi Tanaka thinks the yen will recover.", [("the yen will recover", "belief")]),
        ("Dewi Lestari believes the harvest in Java was the best in a decade.",
         [("the harvest in Java was the best in a decade", "belief")]),
        ("Amina Bello hopes that the rains will come before July.",
         [("the rains will come before July", "belief")]),
        ("The central bank of Egypt expects the pound to steady.",
         [("the pound to steady", "belief")]),
        ("Analysts predicted that rice prices would double.",
         [("rice prices would double", "belief")]),
        # Negated reports: nothing was asserted.
        ("The ministry won't say what the figures show.", [("what the figures show", "negated")]),
        ("Ana Ruiz did not immediately say whether the port would close.",
         [("whether the port would close", "negated")]),
        ("Minister Chukwu has never said that the loan was repaid.",
         [("the loan was repaid", "negated")]),
        ("Tanaka doesn't think the yen will recover.", [("the yen will recover", "negated")]),
    ],
)
def test_force_of_each_claim(text: str, expected: list[tuple[str, str]]) -> None:
    assert _forces(text) == expected


def test_force_is_a_type_of_its_own_and_statements_assert() -> None:
    art = newsclaims.parse_article(
        "Exports from Mombasa rose 12 per cent to $4.2bn last year. "
        "The trade minister pledged to double them by 2030."
    )
    assert [(c.kind, c.force) for c in art.claims] == [
        ("statement", "assertion"),
        ("reported", "commitment"),
    ]
    assert typing.get_args(newsclaims.ClaimForce) == (
        "assertion", "question", "commitment", "belief", "negated",
    )


def test_force_in_json() -> None:
    art = newsclaims.parse_article("Hiroshi Tanaka thinks the yen will recover.")
    data = json.loads(newsclaims.to_json(art))
    assert [c["force"] for c in data["claims"]] == ["belief"]


@pytest.mark.parametrize(
    "text",
    [
        # A plain noun phrase after a verb of reporting is no claim.
        "The Eagles denied the visitors several chances in the second half.",
        "Tata Steel reported a profit of 300 crore rupees.",
        "The bank wrote off assets worth $2bn.",
        "Ana Ruiz announced her candidacy for the council.",
        "The central bank suggested a new approach to lending.",
        "The council denied the request by the school board.",
        "The court in Abuja denied him bail.",
        "Kano Pillars added two more goals before the break.",
        "Officials in Jakarta have reported little progress but are hopeful.",
        # The noun "states" is no verb.
        "Voters in the 36 states that hold primaries this month are restless.",
        # A place after "said" reports nothing.
        "“We will win,” he said inside his factory in Surabaya.",
        # "said something" takes an object.
        "Okonjo must have said something to settle the traders.",
        # The writer's idiom, a noun after "a" and an adjective.
        "It goes without saying that taxes in Lima are too high.",
        "The reforms send a strong signal that graft will not be tolerated.",
        # A noun form after a preposition.
        "The army held the ridge, long seen as part of a future buffer state, for a decade.",
    ],
)
def test_no_claim_for_a_thing_said(text: str) -> None:
    assert _claims(text) == []


# ---------------------------------------------------------------- frames


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A post-posed cue after a group.
        ("Prices of onions will rise next year, researchers report.",
         [("Prices of onions will rise next year", "researchers", "report")]),
        # A parenthetical cue: one claim over it when the part before is short.
        ("The dam, they promise, will be finished by June.",
         [("The dam, they promise, will be finished by June", "they", "promise")]),
        # A parenthetical with a listener: one claim over a short subject, two
        # around a longer one.
        ("Inflation, the trader told me, is falling fast.",
         [("Inflation, the trader told me, is falling fast", "the trader", "told")]),
        ("The best solution, the trader told me, is to sell the shares.",
         [("The best solution", "the trader", "told"),
          ("is to sell the shares", "the trader", "told")]),
        # "A, she writes; B": both parts.
        ("The Nile is rising, she writes; the farmers in Aswan have left.",
         [("The Nile is rising", "she", "writes"),
          ("the farmers in Aswan have left", "she", "writes")]),
        # A listener, then a clause with "there".
        ("Kamau told the court there were no records of the payment.",
         [("there were no records of the payment", "Kamau", "told")]),
        # An adverbial with an object before "that".
        ("Kamau noted for the judge that the records were missing.",
         [("the records were missing", "Kamau", "noted")]),
        ("Ben Okri told a crowded hall in downtown Lagos that he is not giving up.",
         [("he is not giving up", "Ben Okri", "told")]),
        ("The union has said for weeks that it will not end the strike.",
         [("it will not end the strike", "The union", "said")]),
        # "was quoted as saying", before and after the words.
        ("Kamau was quoted as saying the records were missing.",
         [("the records were missing", "Kamau", "saying")]),
        ("The records were missing, Kamau was quoted as saying.",
         [("The records were missing", "Kamau", "saying")]),
        # "said as …" / "said while …"
        ("Kamau said as he left the court that the records were missing.",
         [("the records were missing", "Kamau", "said")]),
        ("The records are missing, Kamau said as he left the court.",
         [("The records are missing", "Kamau", "said")]),
        ("The port will expand, Wanjiru said while visiting Mombasa.",
         [("The port will expand", "Wanjiru", "said")]),
        # A sentence opened by a participle: its subject follows the clause.
        ("Noting that both parties had lost seats, Wanjiru called for unity.",
         [("both parties had lost seats", "Wanjiru", "Noting")]),
        # An aside between dashes before the verb.
        ("Farmers — and some traders — say that the new levy will hurt them.",
         [("the new levy will hurt them", "Farmers", "say")]),
        # A contraction holds the speaker.
        ("He's suggesting that the delegates should switch sides.",
         [("the delegates should switch sides", "He", "suggesting")]),
    ],
)
def test_frames_read_now(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _written(text) == expected


@pytest.mark.parametrize("space", ["\u200b", "\u00a0", "\u2060"])
def test_a_zero_width_or_no_break_space_before_the_verb(space: str) -> None:
    text = f"Priya Raman{space}said the port would close in May."
    assert _claims(text) == [("the port would close in May", "Priya Raman", "said")]


def test_a_relative_that_after_a_listener_opens_no_claim() -> None:
    text = "Merkel told reporters after the meeting that was held on a boat in Vienna."
    assert _written(text) == []
    text = "Brian Okoye announced on Sunday that he'll be leaving the board in June."
    assert _written(text) == [("he'll be leaving the board in June", "Brian Okoye", "announced")]


def test_a_zero_width_space_after_the_verb() -> None:
    text = "Priya Raman said\u200bthe port would close in May."
    assert _written(text) == [("the port would close in May", "Priya Raman", "said")]


# ---------------------------------------------------------------- boundaries


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # A relative clause between the subject and its verb is read through.
        (("The IMF said the proposals, which sent the rupee lower, would likely increase "
          "inequality."),
         "the proposals, which sent the rupee lower, would likely increase inequality"),
        # Words between dashes likewise.
        ("Wanjiru said the levy — the first of its kind in Kenya — was passed in May.",
         "the levy — the first of its kind in Kenya — was passed in May"),
        # A relative clause after a whole clause is the writer's aside.
        ("The IMF said the proposals would increase inequality, which has grown since 2010.",
         "the proposals would increase inequality"),
        # A single dash ends the reported words.
        ("Ruiz said the port would close — at least until the monsoon ends.",
         "the port would close"),
        # ", and" goes on in the tense of reported speech, not with a new verb.
        ("Ana Ruiz said the port would close, and the ferries would stop in May.",
         "the port would close, and the ferries would stop in May"),
        ("Ana Ruiz said the port is closing, and the mayor has already left.",
         "the port is closing"),
        # A subject of two nouns is not cut at ", and".
        ("Lee said the loyalty of the army, and the support of the clergy, were decisive.",
         "the loyalty of the army, and the support of the clergy, were decisive"),
    ],
)
def test_content_follows_the_clause(text: str, claim: str) -> None:
    assert [c for c, _ in _claim_texts(text)] == [claim]


def test_a_later_subject_with_its_own_verb_ends_the_claim() -> None:
    text = (
        "Most voters said the mayor was honest, and more than four in ten said the "
        "governor was."
    )
    assert _claim_texts(text)[0][0] == "the mayor was honest"


# ---------------------------------------------------------------- claimants


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # A date between the speaker and the verb is no speaker.
        ("Prasad on Saturday cited the rail budget, saying farmers earned more this year.",
         "Prasad"),
        ("The election commission on Thursday said the count would finish by noon.",
         "The election commission"),
        ("Band leader Tunde Bakare in July said he was tired of excuses.",
         "Band leader Tunde Bakare"),
        ("Mr Okoro late on Friday said the deal was off.", "Mr Okoro"),
        ("Okafor in Lagos later said the market would reopen.", "Okafor"),
        # A capitalised word of time alone may be a surname.
        ("Day said the new language in the platform divides the party.", "Day"),
        # A participle after a comma has the subject of its clause.
        (("Mr. Tanaka, in an interview on Friday, dismissed his rivals, saying that he was "
          "looking ahead."), "Mr. Tanaka"),
        # The opening pronoun of a participle's clause.
        ("She compared the governor to the mayor, saying they are both to blame.", "She"),
        # A subject before a long appositive.
        (("Deborah Osei - his co-host on the channel - told the Daily Graphic that his doubts "
          "began in 2002."), "Deborah Osei"),
    ],
)
def test_claimants_that_are_someone(text: str, claimant: str) -> None:
    rows = _written(text)
    assert rows
    assert {who for _, who, _ in rows} == {claimant}


@pytest.mark.parametrize(
    "text",
    [
        # A queue or a sign makes no claim.
        "Queues formed outside petrol stations in Lagos, with signs saying they had no fuel.",
        "Crowds gathered in Dhaka, with placards saying the vote was stolen.",
    ],
)
def test_nobody_makes_these_claims(text: str) -> None:
    assert _claims(text) == []


def test_no_claimant_is_a_day_a_month_or_a_crowd() -> None:
    text = (
        "Tessa Mbeki on Tuesday said the clinic would reopen. Bob Adeyemi in July said he "
        "was tired of excuses. The panel late on Friday saying it would resign surprised "
        "nobody. Queues grew, with banners saying the shops were empty."
    )
    nobody = {"tuesday", "july", "friday", "queues", "banners", "today"}
    for content, who, _ in _written(text):
        assert who is not None
        assert who.lower() not in nobody, (content, who)
