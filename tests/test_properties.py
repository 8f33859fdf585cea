"""Properties over generated text.

Run with the ``ci`` profile (1,000 examples per property) by default; set
``HYPOTHESIS_PROFILE=dev`` while iterating and ``HYPOTHESIS_PROFILE=thorough``
(100,000 per property) before a release.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import assume, example, given
from hypothesis import strategies as st

import newsclaims
from invariants import assert_invariants, lost_marks
from newsclaims import Article, Figure, Quote
from strategies import (
    arbitrary_text,
    hostile_text,
    paired_article,
    paired_articles_in_one_style,
    plain_paragraph,
)

_BREAK_SEPARATORS = ("\r\n", "\n", "\r")


def _quote_shape(q: Quote, shift: int = 0) -> tuple[object, ...]:
    """What a quote is, independent of its neighbours: spans, marks and kind."""
    return (
        tuple((s + shift, e + shift) for s, e in q.spans),
        tuple(m + shift for m in q.marks),
        q.kind,
    )


def _figure_shape(f: Figure, shift: int = 0) -> tuple[object, ...]:
    """What a figure is, independent of its neighbours (its quote or claim aside)."""
    unit_span = None if f.unit_span is None else (f.unit_span[0] + shift, f.unit_span[1] + shift)
    return (f.start + shift, f.end + shift, f.value, f.low, f.high, f.kind, f.unit, unit_span)


def _local_attribution(art: Article, q: Quote, shift: int = 0) -> tuple[object, ...] | None:
    """Speaker mention and cue when both stand in the quote's own paragraph.

    Cross-paragraph attribution (a continuation paragraph credited to the
    previous speaker) may rightly change when paragraphs move; attribution
    found inside the quote's paragraph must not.
    """
    if q.speaker is None or q.cue is None:
        return None
    para = next(p for p in art.paragraphs if p[0] <= q.marks[-1] < p[1])
    if not (para[0] <= q.speaker.start and q.speaker.end <= para[1]):
        return None
    return (
        q.speaker.start + shift,
        q.speaker.end + shift,
        q.cue.start + shift,
        q.cue.end + shift,
    )


def _fully_paired(text: str) -> Article:
    art = newsclaims.parse_article(text)
    assume(not art.unpaired_marks)
    return art


@given(arbitrary_text())
@example("")
@example("\udcff")
@example("“\r\n\r”")
@example("'\x00'\u200f“”" * 3)
def test_never_raises_and_offsets_hold(text):
    art = newsclaims.parse_article(text)
    assert art.text is text
    assert_invariants(art)


@given(hostile_text(max_tokens=120))
def test_offsets_hold_on_news_like_text(text):
    assert_invariants(newsclaims.parse_article(text))


@given(arbitrary_text())
def test_deterministic(text):
    first = newsclaims.parse_article(text)
    again = newsclaims.parse_article(text)
    assert first == again
    assert newsclaims.to_json(first) == newsclaims.to_json(again)


@given(st.one_of(hostile_text(max_tokens=120), arbitrary_text()))
@example("“a ‘b’ c”")
@example("‘a “b” c’")
@example("\"\" '' “”")
def test_nothing_lost(text):
    art = newsclaims.parse_article(text)
    assert lost_marks(art) == []


@given(paired_article())
def test_balanced_articles_keep_invariants(text):
    art = newsclaims.parse_article(text)
    assert_invariants(art)
    assert lost_marks(art) == []


def _words(text: str) -> str:
    """The words of a quotation, for finding the same quotation again."""
    return " ".join(regex.findall(r"[\p{L}\p{N}][\p{L}\p{N}'’.\-]*", text)).casefold()


def _check_concatenation(art_a: Article, art_b: Article, *, kinds: bool) -> None:
    a, b = art_a.text, art_b.text
    art = newsclaims.parse_article(a + "\n\n" + b)
    shift = len(a) + 2

    # A quoted name of a work is a title wherever an article quotes it: when
    # both articles quote the same words and one of them as a title, that
    # kind rightly spreads to the other once they are one text.
    titled = {_words(q.text) for q in (*art_a.quotes, *art_b.quotes) if q.kind == "title"}

    def shape(q: Quote, by: int = 0) -> tuple[object, ...]:
        full = _quote_shape(q, by)
        return full if kinds and _words(q.text) not in titled else full[:2]

    expected = [shape(q) for q in art_a.quotes] + [shape(q, shift) for q in art_b.quotes]
    assert [shape(q) for q in art.quotes] == expected
    assert not art.unpaired_marks
    # Numbers are read within their sentence: each article keeps its own.
    assert [_figure_shape(f) for f in art.figures] == [_figure_shape(f) for f in art_a.figures] + [
        _figure_shape(f, shift) for f in art_b.figures
    ]
    if not kinds:
        # Kinds may change across house styles (see the xfail below), and
        # attribution passes over titles and scare quotes, so it is compared
        # only where kinds must hold.
        return
    # Attribution inside a quote's own paragraph does not depend on the
    # other article.
    expected_attr = [_local_attribution(art_a, q) for q in art_a.quotes] + [
        _local_attribution(art_b, q, shift) for q in art_b.quotes
    ]
    got_attr = [_local_attribution(art, q) for q in art.quotes]
    for want, got in zip(expected_attr, got_attr, strict=True):
        if want is not None:
            assert got == want


@given(paired_articles_in_one_style())
def test_concatenation_gives_the_quotes_of_each(pair):
    a, b = pair
    _check_concatenation(_fully_paired(a), _fully_paired(b), kinds=True)


@given(paired_article(max_paragraphs=3), paired_article(max_paragraphs=3))
def test_concatenation_in_two_house_styles_keeps_quote_spans(a, b):
    _check_concatenation(_fully_paired(a), _fully_paired(b), kinds=False)


@pytest.mark.xfail(
    strict=True,
    reason="quote kinds depend on the article-wide house style: a paragraph that is only "
    "a single-quoted sentence is a subheading (kind 'title') unless single marks are the "
    "article's style, so appending a double-style article changes the kinds of a "
    "single-style one",
)
def test_concatenation_in_two_house_styles_keeps_kinds():
    a = "Ana Ruiz said: “The budget.” Kwame Mensah said: “The city.”"
    b = "Ana Ruiz said: ‘The council.’\n\n‘The bridge.’"
    art_a, art_b = newsclaims.parse_article(a), newsclaims.parse_article(b)
    assert not art_a.unpaired_marks
    assert not art_b.unpaired_marks
    _check_concatenation(art_a, art_b, kinds=True)


@given(paired_article(min_paragraphs=2), plain_paragraph(), st.data())
def test_inserting_an_unrelated_paragraph_shifts_quotes(text, extra, data):
    art = _fully_paired(text)
    sep = next((s for s in _BREAK_SEPARATORS if s in text), "\n")
    # Paragraph boundaries that no quotation runs across.
    bounds = [
        e
        for (_, e) in art.paragraphs[:-1]
        if not any(q.marks[0] < e < q.marks[-1] for q in art.quotes)
    ]
    assume(bounds)
    at = data.draw(st.sampled_from(bounds), label="insert after offset")
    inserted = sep + extra
    new = text[:at] + inserted + text[at:]
    art2 = newsclaims.parse_article(new)
    shift = len(inserted)

    def moved(q: Quote) -> tuple[object, ...]:
        return _quote_shape(q, shift if q.start > at else 0)

    assert [_quote_shape(q) for q in art2.quotes] == [moved(q) for q in art.quotes]
    assert not art2.unpaired_marks
    # The figures outside the new paragraph stay as they were, shifted.
    inside = range(at, at + shift)
    assert [_figure_shape(f) for f in art2.figures if f.start not in inside] == [
        _figure_shape(f, shift if f.start >= at else 0) for f in art.figures
    ]
    for q, q2 in zip(art.quotes, art2.quotes, strict=True):
        want = _local_attribution(art, q, shift if q.start > at else 0)
        if want is not None:
            assert _local_attribution(art2, q2) == want
