"""Hypothesis strategies for news-like and hostile text.

Two families:

* :func:`hostile_text` mixes what breaks parsers of news text: every kind of
  quotation mark, apostrophes in words, line ends of every platform, numbers
  with separators, reporting verbs, names, control characters, zero-width
  and bidirectional marks, combining marks, emoji and lone surrogates.
* :func:`paired_article` builds articles whose quotation marks all pair up
  (plain quotes, quotes interrupted by their attribution, nested quotes,
  quotations over several paragraphs), for the properties that compare
  articles with each other (concatenation, insertion of a paragraph).

Everything here is written for the tests; no corpus text is used.
"""

from __future__ import annotations

import functools
import random

from hypothesis import strategies as st

__all__ = [
    "ALL_MARKS",
    "arbitrary_text",
    "hostile_text",
    "paired_article",
    "paired_articles_in_one_style",
    "plain_paragraph",
]

DOUBLE = '"“”„‟«»'
SINGLE = "'‘’‚‛‹›"
ALL_MARKS = DOUBLE + SINGLE

FIRST_NAMES = ("Ana", "Kwame", "Li", "María", "Olu", "Sean", "Yuki", "Zoë")
SURNAMES = ("Ruiz", "O'Neill", "al-Sayed", "von der Berg", "Mensah", "Tanaka", "Dubois", "Ng")
TITLES = ("Mayor", "Dr", "President", "Minister", "Prof.", "Sen.")
VERBS = (
    "said",
    "says",
    "told",
    "added",
    "warned",
    "insisted",
    "according to",
    "explained",
    "tweeted",
    "wrote",
)
PRONOUNS = ("he", "she", "they", "He", "She", "They", "It", "we")
WORDS = (
    "the",
    "council",
    "budget",
    "will",
    "rebuild",
    "city",
    "bridge",
    "was",
    "closed",
    "on",
    "Monday",
    "after",
    "storm",
    "flood",
    "water",
    "in",
    "a",
    "statement",
    "that",
    "residents",
    "percent",
    "million",
    "workers",
    "hospital",
    "ministry",
    "spokesman",
    "so-called",
    "reset",
)
APOSTROPHE_WORDS = (
    "don't",
    "it's",
    "O'Brien",
    "’90s",
    "'05",
    "farmers' union",
    "Jesus' words",
    "rock ’n’ roll",
    "’em",
    "y'all",
    "1990's",
)
NUMBERS = (
    "0",
    "7",
    "12",
    "1,200",
    "3.5",
    "45%",
    "45 per cent",
    "$1.13bn",
    "£600m",
    "€2,5",
    "1.000.000",
    "two",
    "twenty-one",
    "more than 700",
    "between 20 and 30",
    "1990s",
    "2024",
    "-4°C",
    "10:30",
    "½",
    "1/2",
    "٣",
)
DATES = (
    "Monday",
    "last Tuesday",
    "5 November 2024",
    "Nov 5",
    "on Friday",
    "yesterday",
    "2023-01-02",
    "March",
)
PUNCT = (". ", ", ", ": ", "; ", "? ", "! ", "… ", " — ", " - ", "(", ")", "[", "]", "...", ".")
SPACES = (" ", " ", " ", "\n", "\n\n", "\r\n", "\r", "\t", "\u00a0", "\u2028", "\u2029", "\x0b")
# Characters that are legal in a str but hostile to text processing.
HOSTILE = (
    "\x00",
    "\x01",
    "\x1b",
    "\x7f",
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\ufeff",  # byte order mark
    "\u0301",  # combining acute accent
    "e\u0301",
    "\u0627\u0644\u0633\u0644\u0627\u0645",  # Arabic
    "\u05e9\u05dc\u05d5\u05dd",  # Hebrew
    "\U0001f600",
    "\U0001f469\u200d\U0001f52c",  # emoji joined by a zero-width joiner
    "\U0001f1fa\U0001f1f8",  # a flag: two regional indicators
    "\udcff",  # lone low surrogate
    "\ud800",  # lone high surrogate
    "\ufffd",
    "\u00ad",  # soft hyphen
    "ﬁ",
    "İ",
    "ß",
)


# Every name the tests use, precomputed so that drawing one costs one choice.
NAMES = (
    *(f"{f} {s}" for f in FIRST_NAMES for s in SURNAMES),
    *(f"{t} {f} {s}" for t in TITLES for f in FIRST_NAMES[:3] for s in SURNAMES[:3]),
    *SURNAMES,
)
# Words of narration and quotation: plain words, numbers and dates.
VOCABULARY = WORDS + NUMBERS + DATES


def _name() -> st.SearchStrategy[str]:
    return st.sampled_from(NAMES)


# Every fixed piece of hostile text, each with and without a following
# space; quotation marks and white space appear several times so that they
# are drawn often.  One flat pool makes drawing a token one choice, which
# keeps generation cheap enough for 100,000 examples per property.
_PIECES = (
    *WORDS,
    *(ALL_MARKS * 4),
    *VERBS,
    *PRONOUNS,
    *NAMES[::4],
    *APOSTROPHE_WORDS,
    *NUMBERS,
    *DATES,
    *PUNCT,
    *(SPACES * 2),
    *HOSTILE,
)
_POOL = tuple(sorted({x for piece in _PIECES for x in (piece, piece + " ")}))


def _token() -> st.SearchStrategy[str]:
    """One piece of hostile text: a word, a mark, a number, a space, ..."""
    return st.one_of(st.sampled_from(_POOL), st.text(max_size=3))


@st.composite
def hostile_text(draw: st.DrawFn, max_tokens: int = 60) -> str:
    """News-like text salted with every kind of mark and hostile character."""
    return "".join(draw(st.lists(_token(), max_size=max_tokens)))


def arbitrary_text() -> st.SearchStrategy[str]:
    """Any str: Hypothesis' own text (surrogates included) or hostile text."""
    return st.one_of(
        st.text(st.characters(codec=None), max_size=200),
        st.text(st.sampled_from(ALL_MARKS + " \n\r\tabAB.,:1'"), max_size=80),
        hostile_text(),
    )


# -- articles whose quotation marks all pair up ------------------------------

# (open, close) pairs of outer and inner marks, by house style.
STYLES = (
    (("“", "”"), ("‘", "’")),
    (('"', '"'), ("'", "'")),
    (("‘", "’"), ("“", "”")),  # British: single outside, double inside
    (("«", "»"), ("‹", "›")),
    (("„", "“"), ("‚", "‘")),  # German
)


def _phrases() -> tuple[tuple[str, ...], ...]:
    """Phrases of 1 to 12 words from the vocabulary, by length.

    Built once from a fixed seed, so that a phrase costs one choice when
    drawn (and shrinks towards the first, shortest ones), which keeps
    generation cheap enough for 100,000 examples per property.
    """
    rng = random.Random(0)  # noqa: S311 -- fixed test data, not secrets
    return tuple(
        tuple(" ".join(rng.choice(VOCABULARY) for _ in range(n)) for _ in range(40))
        for n in range(1, 13)
    )


_PHRASES = _phrases()


@functools.cache
def _words(min_size: int = 1, max_size: int = 8, capital: bool = False) -> st.SearchStrategy[str]:
    pool = [p for n in range(min_size, max_size + 1) for p in _PHRASES[n - 1]]
    if capital:
        pool = [p[:1].upper() + p[1:] for p in pool]
    return st.sampled_from(pool)


@st.composite
def _sentence(draw: st.DrawFn, style: tuple[tuple[str, str], tuple[str, str]]) -> str:
    """One sentence: narration, or a quotation in one of the usual layouts."""
    (o, c), (io, ic) = style
    kind = draw(st.integers(0, 6))
    if kind == 0:  # narration, no marks
        return draw(_words(capital=True, max_size=12)) + "."
    if kind == 5:  # a partial quote inside narration
        lead = draw(_words(capital=True, max_size=5))
        frag = draw(_words(max_size=4))
        return f"{lead} {o}{frag}{c}."
    if kind == 6:  # a scare quote
        lead = draw(_words(capital=True, max_size=5))
        return f"{lead} the so-called {o}{draw(st.sampled_from(WORDS))}{c}."
    speaker = draw(st.sampled_from(NAMES + PRONOUNS[:3]))
    verb = draw(st.sampled_from(VERBS[:8]))
    body = draw(_words(capital=True))
    if kind == 1:  # “Body,” X said.
        return f"{o}{body},{c} {speaker} {verb}."
    if kind == 2:  # X said: “Body.”
        return f"{speaker[:1].upper()}{speaker[1:]} {verb}: {o}{body}.{c}"
    if kind == 3:  # “A,” X said, “b.”
        rest = draw(_words())
        return f"{o}{body},{c} {speaker} {verb}, {o}{rest}.{c}"
    # nested: “A ‘b’ c,” X said.
    inner = draw(_words(max_size=4))
    tail = draw(_words(max_size=3))
    return f"{o}{body} {io}{inner}{ic} {tail},{c} {speaker} {verb}."


@st.composite
def _paragraphs(draw: st.DrawFn, style: tuple[tuple[str, str], tuple[str, str]]) -> list[str]:
    """One to three paragraphs; sometimes a quotation running over several."""
    (o, c), _ = style
    if draw(st.integers(0, 4)) == 0:
        # A quotation over paragraphs: each continued paragraph reopens the
        # quotation and leaves it open; the last one closes it.
        parts = draw(st.lists(_words(capital=True, min_size=2), min_size=2, max_size=3))
        speaker = draw(_name())
        first = f"{speaker} said: {o}{parts[0]}."
        middle = [f"{o}{p}." for p in parts[1:-1]]
        last = f"{o}{parts[-1]}.{c}"
        return [first, *middle, last]
    n = draw(st.integers(1, 3))
    return [" ".join(draw(st.lists(_sentence(style), min_size=1, max_size=n)))]


@st.composite
def paired_article(
    draw: st.DrawFn, min_paragraphs: int = 1, max_paragraphs: int = 6, style: int | None = None
) -> str:
    """An article whose quotation marks all pair up, paragraphs on lines.

    The marks follow one house style per article (``style`` indexes
    ``STYLES``; drawn when None).  Tests still check that the parser found no
    unpaired mark (and discard the example otherwise), so the property is
    about what the parser does with balanced input.
    """
    chosen = STYLES[draw(st.integers(0, len(STYLES) - 1)) if style is None else style]
    blocks = draw(st.lists(_paragraphs(chosen), min_size=min_paragraphs, max_size=max_paragraphs))
    paragraphs = [p for block in blocks for p in block]
    sep = draw(st.sampled_from(("\n\n", "\n", "\r\n\r\n")))
    return sep.join(paragraphs)


def paired_articles_in_one_style(max_paragraphs: int = 3) -> st.SearchStrategy[tuple[str, str]]:
    """Two balanced articles in the same house style, as from one outlet."""
    return st.integers(0, len(STYLES) - 1).flatmap(
        lambda i: st.tuples(
            paired_article(max_paragraphs=max_paragraphs, style=i),
            paired_article(max_paragraphs=max_paragraphs, style=i),
        )
    )


@st.composite
def plain_paragraph(draw: st.DrawFn) -> str:
    """A paragraph with no quotation mark, no name and no reporting verb."""
    return draw(_words(capital=True, min_size=3, max_size=12)) + "."
