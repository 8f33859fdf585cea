"""Quotation marks: apostrophes, pairing, nesting, paragraphs, stray marks."""

from __future__ import annotations

import pytest

from newsclaims._marks import MarkScan, scan_marks
from newsclaims._segment import segment


def _scan(text: str) -> MarkScan:
    return scan_marks(segment(text))


def _contents(text: str) -> list[list[str]]:
    """The content of each part of each top-level quotation."""
    return [[text[s:e] for s, e in q.spans] for q in _scan(text).quotes]


@pytest.mark.parametrize(
    "text",
    [
        "I don't think it's over, she said.",
        "The farmers' union met the ministers' staff on Monday.",
        "Back in the ’90s he played rock ’n’ roll with O’Brien.",
        "In the '80s, rock 'n' roll ruled, said O'Neill.",
        "Jesus' words were read at the 1990's service.",
        "The dogs’ owners and the cats’ keepers agreed.",
        "Ngozi Adebayo's side beat Femi Williams' Lagos Stars on Sunday.",
        "We’ll see, we’d hoped, y’all know it’s true.",
    ],
)
def test_apostrophes_are_not_quotation_marks(text: str) -> None:
    scan = _scan(text)
    assert scan.quotes == ()
    assert scan.unpaired == ()


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She said: ‘45% of them will leave by May.’", "45% of them will leave by May."),
        ("He wrote: ‘12.5 million people voted for it.’", "12.5 million people voted for it."),
    ],
)
def test_a_quotation_may_open_with_a_number(text: str, content: str) -> None:
    # Two digits after the mark are an elided year ("’90s", "’05") only when
    # no percent sign or decimal part follows.
    assert _contents(text) == [[content]]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Shops want ‘fair prices’ in the spring.", "fair prices"),
        ("‘The workers’ pay is too low,’ he said.", "The workers’ pay is too low,"),
        ("Fans cheered ‘the winners’ Smith and Jones.", "the winners"),
        ("‘Our farmers' union and their ministers' aides agree,’ she said.", None),
    ],
)
def test_a_possessive_mark_closes_only_when_nothing_else_can(
    text: str, content: str | None
) -> None:
    expected = content or text[1 : text.index(",’") + 1]
    assert _contents(text) == [[expected]]
    assert _scan(text).unpaired == ()


def test_a_possessive_mark_before_a_later_quotation_closes_the_first() -> None:
    text = "They hailed ‘the champions’ Smith and Jones. ‘Great,’ one said."
    assert _contents(text) == [["the champions"], ["Great,"]]


def test_apostrophes_inside_single_quotes_do_not_end_them() -> None:
    text = "She wrote: ‘I don’t know O’Brien’s plans for the ’90s revival.’"
    assert _contents(text) == [["I don’t know O’Brien’s plans for the ’90s revival."]]


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        (
            "“She told me ‘never again’ and left,” he said.",
            "She told me ‘never again’ and left,",
            "‘",
        ),
        (
            "‘He called it “a disgrace” and left,’ she said.",
            "He called it “a disgrace” and left,",
            "“",
        ),
        (
            "\"They shouted 'go home' at us,\" she said.",
            "They shouted 'go home' at us,",
            "'",
        ),
    ],
)
def test_nested_quotation_stays_inside_the_outer_one(text: str, outer: str, inner: str) -> None:
    scan = _scan(text)
    assert _contents(text) == [[outer]]
    assert len(scan.nested) == 2
    assert text[scan.nested[0]] == inner
    assert scan.unpaired == ()


def test_an_inner_quote_of_an_unclosed_one_stands_alone() -> None:
    text = "He wrote “one “two” three."
    scan = _scan(text)
    assert _contents(text) == [["two"]]
    assert scan.unpaired == (text.index("“"),)
    assert scan.nested == ()


def test_same_curly_marks_nest_one_level() -> None:
    text = "“We would sooner sleep in what she calls “paradise” than stay,” he said."
    scan = _scan(text)
    assert _contents(text) == [["We would sooner sleep in what she calls “paradise” than stay,"]]
    assert [text[i] for i in scan.nested] == ["“", "”"]


def test_multi_paragraph_quote_opens_each_paragraph_and_closes_once() -> None:
    text = (
        "The minister spoke at length.\n\n"
        "“We have rebuilt the bridges.\n\n"
        "“We have reopened the schools.\n\n"
        "“And we will finish the job,” she said.\n\n"
        "The audience applauded."
    )
    scan = _scan(text)
    assert len(scan.quotes) == 1
    quote = scan.quotes[0]
    assert [text[s:e] for s, e in quote.spans] == [
        "We have rebuilt the bridges.",
        "We have reopened the schools.",
        "And we will finish the job,",
    ]
    assert [text[m] for m in quote.marks] == ["“", "“", "“", "”"]
    assert scan.unpaired == ()


def test_a_paragraph_opened_with_another_mark_does_not_continue_a_quote() -> None:
    text = '“An opening that never closes.\n\n"A separate, closed quote." The end.'
    scan = _scan(text)
    assert _contents(text) == [["A separate, closed quote."]]
    assert [text[i] for i in scan.unpaired] == ["“"]


def test_a_quote_reopened_after_a_sentence_end_continues() -> None:
    # The multi-paragraph convention with the paragraph breaks lost.
    text = "He said: “We lost. “We regrouped. “We won,” he said. “Next.”"
    scan = _scan(text)
    assert [[text[s:e] for s, e in q.spans] for q in scan.quotes] == [
        ["We lost.", "We regrouped.", "We won,"],
        ["Next."],
    ]
    assert scan.unpaired == ()


def test_two_apostrophe_marks_reopened_keep_their_widths() -> None:
    text = "''First part. ''Second part,'' he said."
    (quote,) = _scan(text).quotes
    assert [text[s:e] for s, e in quote.spans] == ["First part.", "Second part,"]
    assert quote.widths == (2, 2, 2)


def test_an_open_quote_before_a_plain_paragraph_is_unpaired() -> None:
    text = "He said “we will see.\n\nThe next paragraph is narrative."
    scan = _scan(text)
    assert scan.quotes == ()
    assert scan.unpaired == (text.index("“"),)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("„Wir schaffen das“, sagte sie.", "Wir schaffen das"),
        ("«Nous allons gagner», a-t-il dit.", "Nous allons gagner"),
        ("‹Oui›, dit-elle.", "Oui"),
        ("»Ja«, sagte er.", "Ja"),
        ("‚So nicht‘, sagte er.", "So nicht"),
    ],
)
def test_european_marks_pair(text: str, content: str) -> None:
    assert _contents(text) == [[content]]
    assert _scan(text).unpaired == ()


@pytest.mark.parametrize(
    ("text", "stray"),
    [
        ('He said "yes and then left.', ['"']),
        ("A stray ” here. And “another.", ["”", "“"]),
        ("Unbalanced “one “two” three.", ["“"]),
        ('Curly “open and straight" close, then ” alone.', ["”"]),
        ("”Closing first, then nothing", ["”"]),
    ],
)
def test_stray_and_unbalanced_marks_are_listed_unpaired(text: str, stray: list[str]) -> None:
    scan = _scan(text)
    assert [text[i] for i in scan.unpaired] == stray


def test_two_apostrophes_are_one_double_mark() -> None:
    text = "''We will win,'' he said, ''and 'soon,' too.''"
    scan = _scan(text)
    assert [[text[s:e] for s, e in q.spans] for q in scan.quotes] == [
        ["We will win,"],
        ["and 'soon,' too."],
    ]
    assert all(q.double for q in scan.quotes)
    assert scan.quotes[0].widths == (2, 2)
    assert scan.quotes[0].closer_end == text.index(" he")
    assert scan.unpaired == ()


def test_three_apostrophes_close_a_single_then_a_double_quote() -> None:
    text = "''He told me 'never,''' she said."
    scan = _scan(text)
    assert _contents(text) == [["He told me 'never,'"]]
    assert [text[i] for i in scan.nested] == ["'", "'"]


def test_feet_and_inches_are_not_quotation_marks() -> None:
    text = '“He is 6\'2" and fast,” the coach said of the 5’11" winger.'
    scan = _scan(text)
    assert _contents(text) == [["He is 6'2\" and fast,"]]
    # The double primes open and close nothing; the single ones are no marks.
    assert [text[i] for i in scan.unpaired] == ['"', '"']


def test_marks_tight_against_punctuation_still_pair() -> None:
    text = 'The senator:"We will vote no." Aides agreed.'
    assert _contents(text) == [["We will vote no."]]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_ends_of_every_kind_separate_paragraph_parts(newline: str) -> None:
    text = f"“First part of it.{newline}“Second part.”{newline}After."
    scan = _scan(text)
    assert [[text[s:e] for s, e in q.spans] for q in scan.quotes] == [
        ["First part of it.", "Second part."]
    ]


def test_offsets_are_into_the_original_text() -> None:
    text = "\r\n  “Ça va,” dit-il.\r\n"
    quote = _scan(text).quotes[0]
    assert text[quote.marks[0]] == "“"
    assert text[quote.marks[-1]] == "”"
    assert quote.spans == ((text.index("Ç"), text.index("”")),)


def test_empty_quotation_pairs_with_empty_content() -> None:
    text = 'They said "" and nothing else.'
    scan = _scan(text)
    assert [q.spans for q in scan.quotes] == [((11, 11),)]


@pytest.mark.parametrize("text", ["", "'", '"', "“”‘’", "'" * 6, "«»‹›„“", "'\"'\"'\""])
def test_mark_only_text_accounts_for_every_mark(text: str) -> None:
    scan = _scan(text)
    covered = set(scan.unpaired) | set(scan.nested)
    for q in scan.quotes:
        for m, w in zip(q.marks, q.widths, strict=True):
            covered.update(range(m, m + w))
    # Every mark is paired, nested or unpaired; the second apostrophe of a
    # double mark ('') is part of the mark listed at the first.
    for i in range(len(text)):
        assert i in covered or text[i - 1 : i + 1] == "''"
