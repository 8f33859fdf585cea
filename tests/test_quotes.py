"""Quotes: spans, interrupted and multi-paragraph quotes, and kinds."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclaims
from newsclaims._marks import scan_marks
from newsclaims._quotes import build_quotes
from newsclaims._segment import segment
from newsclaims._types import Quote

SEED = Path(__file__).parent.parent / "seeds" / "000_0e4e2480f77082a7.txt"


def _quotes(text: str) -> tuple[Quote, ...]:
    view = segment(text)
    quotes, _ = build_quotes(view, scan_marks(view))
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert q.start == q.spans[0][0]
        assert q.end == q.spans[-1][1]
    return quotes


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in _quotes(text)]


def test_quote_covers_the_words_without_the_marks() -> None:
    text = "“We will rebuild every school,” the mayor said."
    (q,) = _quotes(text)
    assert q.text == "We will rebuild every school,"
    assert (q.start, q.end) == (1, 30)
    assert q.spans == ((1, 30),)
    assert q.marks == (0, 30)
    assert q.kind == "full"


def test_interrupted_quote_is_one_quote_with_two_spans() -> None:
    text = "“The plan is sound,” he said, “and we will carry it out.”"
    (q,) = _quotes(text)
    assert [text[s:e] for s, e in q.spans] == ["The plan is sound,", "and we will carry it out."]
    assert q.text == "The plan is sound,” he said, “and we will carry it out."
    assert [text[m] for m in q.marks] == ["“", "”", "“", "”"]
    assert q.kind == "full"


@pytest.mark.parametrize(
    "text",
    [
        '"It is late," said Ms. Ortiz, "but not too late."',
        '"It is late", the minister told reporters, "but not too late."',
        '"It is late," she added on Tuesday, "but not too late."',
    ],
)
def test_interruption_layouts(text: str) -> None:
    (q,) = _quotes(text)
    assert [text[s:e].strip(",") for s, e in q.spans] == ["It is late", "but not too late."]


def test_two_quotes_with_a_sentence_between_stay_apart() -> None:
    text = "“We are ready,” she said. Then she left. “Nobody asked,” he said."
    assert [q.text for q in _quotes(text)] == ["We are ready,", "Nobody asked,"]


def test_multi_paragraph_quote_has_one_span_per_paragraph() -> None:
    text = (
        "The report was blunt.\r\n"
        "“Our hospitals are full.\r\n"
        "“Our staff are exhausted,” the director wrote.\r\n"
        "Nobody replied."
    )
    (q,) = _quotes(text)
    assert [text[s:e] for s, e in q.spans] == [
        "Our hospitals are full.",
        "Our staff are exhausted,",
    ]
    assert q.kind == "full"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will win,” she said.", [("We will win,", "full")]),
        ("She said: “We will win.”", [("We will win.", "full")]),
        ("He added, “Nothing has changed.”", [("Nothing has changed.", "full")]),
        (
            "The union leader said the wage offer was “an insult to nurses” and left.",
            [("an insult to nurses", "partial")],
        ),
        (
            "She called the ruling “a victory for common sense.”",
            [("a victory for common sense.", "partial")],
        ),
        ("Senator Wanjiru called the tally “cooked” on Wednesday.", [("cooked", "partial")]),
        ("The fans in Recife chanted “one more goal” all night.", [("one more goal", "partial")]),
        ("The so-called “reset” never happened.", [("reset", "scare")]),
        ("The city planned a “floating market” beside the quay.", [("floating market", "scare")]),
        ("The party pushed its “law and order” message.", [("law and order", "scare")]),
        (
            "She starred in the film “Gone With the Wind” in 1939.",
            [("Gone With the Wind", "title")],
        ),
        ("She spoke on NTV's “Meet the Growers” on Sunday.", [("Meet the Growers", "title")]),
        ("In her book, “A Lagos Childhood,” she tells it.", [("A Lagos Childhood,", "title")]),
        ("The documentary “Ferrywoman” opens today.", [("Ferrywoman", "title")]),
        ("“Law and Order” returns to television next week.", [("Law and Order", "title")]),
    ],
)
def test_kinds(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


def test_a_cue_in_the_next_sentence_does_not_make_a_title_speech() -> None:
    text = "She set the aim of “Growth Through Trade.” She told the crowd to vote."
    assert _kinds(text) == [("Growth Through Trade.", "title")]


def test_capitalised_speech_with_a_cue_is_not_a_title() -> None:
    assert _kinds("“Thank You Very Much,” he said.") == [("Thank You Very Much,", "full")]
    assert _kinds("“Never!” she shouted.") == [("Never!", "full")]


def test_quote_in_a_subheading_is_a_title() -> None:
    text = (
        "The mayor defended the budget on Monday.\n"
        "“We cut nothing that matters,” she said.\n"
        "‘A budget for everyone’\n"
        "Council members were not convinced."
    )
    assert _kinds(text) == [
        ("We cut nothing that matters,", "full"),
        ("A budget for everyone", "title"),
    ]


def test_quote_in_a_link_line_is_a_title() -> None:
    text = (
        "“Prices will fall,” the minister said.\n"
        "READ MORE: Minister says ‘prices will fall’ by spring\n"
        "Economists disagreed."
    )
    assert _kinds(text)[1] == ("prices will fall", "title")


def test_single_quoted_paragraph_in_a_single_quote_article_is_speech() -> None:
    text = (
        "‘We will not give up,’ the coach said after the match.\n"
        "‘We have played worse and won.’\n"
        "The team flies home on Sunday."
    )
    assert [kind for _, kind in _kinds(text)] == ["full", "full"]


def test_paragraph_announced_by_a_colon_is_speech() -> None:
    text = "The statement read:\n‘We regret the delay’\nNo one was available."
    assert _kinds(text) == [("We regret the delay", "full")]


def test_empty_quotations_are_listed_as_unpaired_marks() -> None:
    text = 'They said "" and then “ ” nothing.'
    view = segment(text)
    quotes, empty = build_quotes(view, scan_marks(view))
    assert quotes == ()
    assert [text[i] for i in empty] == ['"', '"', "“", "”"]


def test_unpaired_marks_reach_the_article() -> None:
    text = 'He said "yes and then left.\nA lone “ mark.\nShe said "" loudly.'
    art = newsclaims.parse_article(text)
    assert art.quotes == ()
    assert [text[i] for i in art.unpaired_marks] == ['"', "“", '"', '"']


def test_two_apostrophe_marks_are_given_by_their_outer_character() -> None:
    text = "''We will win,'' he said."
    (q,) = _quotes(text)
    assert q.text == "We will win,"
    assert q.marks == (0, text.index(" he") - 1)


@pytest.mark.parametrize(
    "text",
    [
        "“" * 5000,
        "”" * 5000 + "“",
        "'" * 10_001,
        '"a" ' * 3000,
        "“A,” he said, “" * 500,
        "\r" * 1000 + "“x\r“y\r“z”",
        "\u2028“a\u2029“b”\x85",
    ],
)
def test_messy_marks_never_raise(text: str) -> None:
    quotes = _quotes(text)
    for q in quotes:
        assert all(0 <= s < e <= len(text) for s, e in q.spans)


def test_seed_article_has_its_eight_quotations() -> None:
    text = SEED.read_text(encoding="utf-8")
    quotes = _quotes(text)
    speech = [q for q in quotes if q.kind in ("full", "partial")]
    assert len(speech) == 8
    assert len(quotes) == 8
    # Each one runs from the word after the opening mark to the character
    # before the closing one.
    for q in speech:
        assert text[q.start - 1] == "“"
        assert text[q.end] == "”"
    assert [q.kind for q in speech] == ["partial", "partial"] + ["full"] * 6
    assert speech[0].text == "this is a matter of days, not months,"
    assert speech[1].text == "silence is striking."
    assert speech[2].text.startswith("I gave an interview to South Korea’s KBS")
    assert speech[-1].text.endswith("they want Russia’s support in return.")
