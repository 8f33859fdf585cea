"""Attribution: the speaker and cue of each quotation.

Looks next to each quotation, inside its paragraph, for a speaker and a
reporting verb in the plain layouts: ``…,” X said``, ``…,” said X``,
``X said: “…``, ``X, a doctor, said, “…``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs
import regex

from newsclaims._lexicon import CUE_FORMS, PRONOUNS
from newsclaims._patterns import CUE, SPEAKER
from newsclaims._segment import TextView
from newsclaims._types import Cue, Quote, Speaker

__all__ = ["attribute"]

# How far from a quotation its attribution may stand, in characters.  The
# patterns run on this window only, so their cost is bounded per quotation.
_WINDOW: Final = 200

# After the closing mark: "…,” she said" / "…,” said the minister".
_AFTER: Final = regex.compile(
    rf"""
    [\s,]{{0,4}}+
    (?:
        (?P<spk>{SPEAKER})(?:,[^,\n]{{1,80}}+,)?+\s{{1,3}}+(?:\p{{Ll}}{{1,15}}+\s{{1,3}}+)?+(?P<cue>{CUE})
      | (?P<cue>{CUE})\s{{1,3}}+(?P<spk>{SPEAKER})
    )
    """,
    regex.VERBOSE,
)

# Before the opening mark: "She said, “…" / "Said the minister: “…".
_BEFORE: Final = regex.compile(
    rf"""
    (?:
        (?P<spk>{SPEAKER})(?:,[^,\n]{{1,80}}+,)?+\s{{1,3}}+(?:\p{{Ll}}{{1,15}}+\s{{1,3}}+)?+(?P<cue>{CUE})
      | (?P<cue>{CUE})\s{{1,3}}+(?P<spk>{SPEAKER})
    )
    [^.!?\n"“”,]{{0,60}}+          # "in a statement", "on Tuesday"
    [,:]?+\s{{0,3}}+$
    """,
    regex.VERBOSE,
)


def _speaker(text: str, m: regex.Match[str]) -> Speaker:
    s, e = m.span("spk")
    mention = text[s:e]
    low = mention.lower()
    if low in PRONOUNS:
        return Speaker(name=None, text=mention, start=s, end=e, kind="unknown")
    if mention[:1].isupper() and not low.startswith(("the ", "a ", "an ")):
        return Speaker(name=mention, text=mention, start=s, end=e, kind="person")
    return Speaker(name=None, text=mention, start=s, end=e, kind="unknown")


def _cue(text: str, m: regex.Match[str]) -> Cue:
    s, e = m.span("cue")
    word = text[s:e]
    return Cue(text=word, start=s, end=e, lemma=CUE_FORMS.get(word.lower(), word.lower()))


def attribute(view: TextView, quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """The quotes of ``view`` with speaker and cue where the layout is plain."""
    text = view.text
    out: list[Quote] = []
    for q in quotes:
        if q.kind in ("scare", "title"):
            out.append(q)
            continue
        pstart, pend = view.paragraphs[view.paragraph_index(q.marks[-1])]
        close = q.marks[-1] + 1
        m = _AFTER.match(text, close, min(pend, close + _WINDOW))
        confidence = 0.8
        if m is None:
            first = q.marks[0]
            pstart = view.paragraphs[view.paragraph_index(first)][0]
            m = _BEFORE.search(text, max(pstart, first - _WINDOW), first)
            confidence = 0.7
        if m is None:
            out.append(q)
            continue
        out.append(
            attrs.evolve(q, speaker=_speaker(text, m), cue=_cue(text, m), confidence=confidence)
        )
    return tuple(out)
