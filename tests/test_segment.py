"""Segmentation: paragraphs and sentences as offsets into the original text."""

from __future__ import annotations

import pytest

from newsclaims._segment import segment


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in segment(text).sentences]


def _paragraphs(text: str) -> list[str]:
    return [text[s:e] for s, e in segment(text).paragraphs]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith flew to the U.S. on Sept. 5. He came back on Friday.",
            ["Mr. Smith flew to the U.S. on Sept. 5.", "He came back on Friday."],
        ),
        (
            "Dr. Jones met Gov. Lee and Sen. Park. Nothing was agreed.",
            ["Dr. Jones met Gov. Lee and Sen. Park.", "Nothing was agreed."],
        ),
        (
            "The firm, Acme Inc., grew fast. Its rivals did not.",
            ["The firm, Acme Inc., grew fast.", "Its rivals did not."],
        ),
        (
            "It was John F. Kennedy who said it. Nobody else did.",
            ["It was John F. Kennedy who said it.", "Nobody else did."],
        ),
        (
            "Really? Yes! It happened… Then silence.",
            ["Really?", "Yes!", "It happened…", "Then silence."],
        ),
        (
            "“We won,” she said. “Now we rest.” The crowd cheered.",
            ["“We won,” she said.", "“Now we rest.”", "The crowd cheered."],
        ),
        (
            "Prices rose 2.5 per cent in March. Wages did not, e.g. in retail.",
            ["Prices rose 2.5 per cent in March.", "Wages did not, e.g. in retail."],
        ),
        (
            "She lives in Sacramento, Calif. Her brother fell ill. He recovered.",
            ["She lives in Sacramento, Calif. Her brother fell ill.", "He recovered."],
        ),
        (
            "the meeting ended at 5 p.m. and everyone went home.",
            ["the meeting ended at 5 p.m. and everyone went home."],
        ),
    ],
)
def test_sentences_split_at_ends_not_at_abbreviations(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "\u2028", "\u2029", "\n\n\n"])
def test_every_line_break_ends_a_paragraph(newline: str) -> None:
    text = f"First line here.{newline}Second line here.{newline}Third."
    assert _paragraphs(text) == ["First line here.", "Second line here.", "Third."]


def test_paragraphs_are_trimmed_and_blank_lines_skipped() -> None:
    text = "  Indented start.  \n \t \nLast one. \r\n"
    view = segment(text)
    assert [text[s:e] for s, e in view.paragraphs] == ["Indented start.", "Last one."]
    assert view.paragraphs[0] == (2, 17)


def test_a_sentence_never_crosses_a_paragraph() -> None:
    text = "He said the U.S.\r\nThe next paragraph starts here."
    view = segment(text)
    for s, e in view.sentences:
        assert any(ps <= s and e <= pe for ps, pe in view.paragraphs)
    assert _sentences(text) == ["He said the U.S.", "The next paragraph starts here."]


def test_offsets_point_into_the_original_text() -> None:
    text = "\ufeffCafé owners met.\r\n\r\n  Señor Núñez spoke. Then he left.\n"
    view = segment(text)
    assert view.text is text
    assert [text[s:e] for s, e in view.sentences] == [
        "\ufeffCafé owners met.",
        "Señor Núñez spoke.",
        "Then he left.",
    ]


def test_index_lookups_find_the_enclosing_paragraph_and_sentence() -> None:
    text = "One. Two.\nThree."
    view = segment(text)
    assert view.paragraph_index(text.index("Two")) == 0
    assert view.paragraph_index(text.index("Three")) == 1
    assert view.sentence_index(text.index("Two")) == 1
    assert view.sentence_index(text.index("Three")) == 2
    # A position in the gap between paragraphs belongs to the one before.
    assert view.paragraph_index(text.index("\n")) == 0


@pytest.mark.parametrize("text", ["", " ", "\n\r\n", "\t \u00a0"])
def test_empty_and_blank_text_has_no_paragraphs(text: str) -> None:
    view = segment(text)
    assert view.paragraphs == ()
    assert view.sentences == ()
    assert view.paragraph_index(0) == 0


def test_long_runs_of_punctuation_stay_one_boundary() -> None:
    text = "What?!?!?!?!?!?! " * 3 + "End."
    assert _sentences(text) == ["What?!?!?!?!?!?!"] * 3 + ["End."]
