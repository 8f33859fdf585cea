"""Properties of attribution, resolution and claims.

* every speaker mention, cue and claim lies in the text where it says;
* renaming a speaker consistently throughout an article changes the
  resolved name and nothing else.
"""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

import newsclaims
from newsclaims._cast import _ORG_WORDS, _PLACES, _SENTENCE_ADVERBS, _TIME_NAMES
from newsclaims._lexicon import (
    CUE_FORMS,
    FIRST_NAMES,
    GROUPS,
    HONORIFICS,
    PRONOUNS,
    SKIP_WORDS,
    TITLES,
)
from newsclaims._mentions import CAP, DETERMINERS, FUNCTION_WORDS, PARTICLES, _kind

_WORDS = (
    set(CUE_FORMS) | set(FIRST_NAMES) | set(GROUPS) | set(PRONOUNS) | set(SKIP_WORDS)
    | set(TITLES) | set(HONORIFICS) | DETERMINERS | FUNCTION_WORDS | PARTICLES
    | _ORG_WORDS | _PLACES | _SENTENCE_ADVERBS | _TIME_NAMES
)


class _Taken:
    """Words a surname must not be: lexicon words, and the plurals the
    mention classifier reads as group words ("Speakers said" is a group)."""

    def __contains__(self, word: object) -> bool:
        w = str(word)
        return w in _WORDS or _kind(w.capitalize()) != CAP


_TAKEN = _Taken()

# Pieces of news prose written for these tests, with {F} for a full name and
# {S} for the surname alone.
_PIECES = [
    "Mayor {F} said the bridge would reopen in May.",
    "“We will rebuild it,” {S} said.",
    "“The river is still rising,” said {F}, an engineer.",
    "{S} also warned that the dikes might not hold.",
    "“It is too early to tell,” she said.",
    "According to {S}, the repairs will cost more than planned.",
    "The council met on Tuesday.",
    "“Nobody came,” police said.",
    "{S} questioned the figures, adding that the plan was “a fantasy built on sand.”",
    "“We waited for hours.”",
    "The work will take a year, {S} said.",
    "And from the mayor: “Patience, please.”",
]

_surnames = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=5, max_size=9).filter(
    lambda w: w not in _TAKEN
).map(str.capitalize)


def _article(pieces: list[int], paragraphs: list[bool], surname: str) -> str:
    out = []
    for i, (k, new_para) in enumerate(zip(pieces, paragraphs, strict=False)):
        if i:
            out.append("\n\n" if new_para else " ")
        out.append(_PIECES[k].format(F=f"Ana {surname}", S=surname))
    return "".join(out)


_layout = st.lists(st.integers(0, len(_PIECES) - 1), min_size=1, max_size=8)


def _check_spans(text: str, art: newsclaims.Article) -> None:
    for item in (*art.quotes, *art.claims):
        assert text[item.start : item.end] == item.text
        sp = item.speaker
        if sp is not None:
            assert 0 <= sp.start <= sp.end <= len(text)
            assert text[sp.start : sp.end] == sp.text
        cue = item.cue
        if cue is not None:
            assert text[cue.start : cue.end] == cue.text
    for profile in art.speakers:
        assert profile.mentions
        for m in profile.mentions:
            assert text[m.start : m.end] == m.text
        for qi in profile.quotes:
            assert art.quotes[qi].speaker is not None
        for ci in profile.claims:
            assert art.claims[ci].speaker is not None


@given(_layout, st.lists(st.booleans(), min_size=8, max_size=8), _surnames)
def test_speaker_spans_lie_in_the_text(
    pieces: list[int], paragraphs: list[bool], surname: str
) -> None:
    text = _article(pieces, paragraphs, surname)
    _check_spans(text, newsclaims.parse_article(text))


@given(st.text(max_size=300))
def test_speaker_spans_lie_in_any_text(text: str) -> None:
    _check_spans(text, newsclaims.parse_article(text))


def _who_said_what(art: newsclaims.Article) -> str:
    """Quotes, reported claims and speakers as JSON: what attribution decides.

    (Figures and statements are left out: a random surname may be a number
    word, "Dozens", which those layers rightly read.)
    """
    data = art.to_dict()
    claims = data["claims"]
    # Indices into all claims would shift with the statements: use offsets.
    for sp in data["speakers"]:
        sp["claims"] = [[claims[i]["start"], claims[i]["end"]] for i in sp["claims"]]
    data["claims"] = [c for c in claims if c["kind"] == "reported"]
    keep = ("quotes", "claims", "speakers")
    return json.dumps({k: data[k] for k in keep}, sort_keys=True)


@given(_layout, st.lists(st.booleans(), min_size=8, max_size=8), _surnames, st.data())
def test_renaming_a_speaker_changes_only_the_name(
    pieces: list[int], paragraphs: list[bool], surname: str, data: st.DataObject
) -> None:
    # A second surname of the same length keeps every offset in place, so
    # the two results must be equal once the name is swapped back.
    other = data.draw(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=len(surname),
                max_size=len(surname))
        .filter(lambda w: w not in _TAKEN)
        .map(str.capitalize)
        .filter(lambda w: w != surname)
    )
    one = newsclaims.parse_article(_article(pieces, paragraphs, surname))
    two = newsclaims.parse_article(_article(pieces, paragraphs, other))
    assert _who_said_what(one).replace(surname, other) == _who_said_what(two)
    names_one = {sp.name for sp in one.speakers}
    if any(surname in (n or "") for n in names_one):
        assert any(other in (sp.name or "") for sp in two.speakers)
