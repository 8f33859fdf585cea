"""Statements: the article's own checkable numeric sentences as claims.

A sentence that states a figure in the article's own voice (not inside a
quotation, not reported speech, not a question) is a checkable assertion of
the outlet: "Exports rose 12% to $4.2bn last year."  It becomes a Claim of
kind "statement" whose speaker is the wire agency when the article names
one, else None, so that a fact-checker gets every numeric assertion in one
list with the reported claims.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

from newsclaims._lexicon import CUE_FORMS
from newsclaims._meta import AGENCIES, Metadata
from newsclaims._segment import TextView
from newsclaims._types import Claim, Figure, Quote, Span, Speaker

__all__ = ["find_statements"]

# A reporting verb anywhere in the sentence makes it someone's speech, even
# when the claims layer found no content for it ("Sales rose 5%, it said.").
# The verbs are single words: a set test on the sentence's lower-cased words
# runs at C speed, where a search with the verb alternation would not.
_CUES: Final = frozenset(CUE_FORMS)
_TO_SPACE: Final = str.maketrans(dict.fromkeys(
    '!"#$%&()*+,./:;<=>?@[\\]^_`{|}~\u00a0\u2013\u2014\u201c\u201d\u2026', " "))
# Own-voice statements are assertions, not reported speech: how sure we are.
_CONFIDENCE: Final = 0.6


def _outlet(meta: Metadata) -> Speaker | None:
    """The wire agency credited by the article, as the statements' speaker."""
    span: Span | None = meta.agency
    if span is None and meta.dateline is not None:
        span = meta.dateline.agency
    if span is None:
        return None
    return Speaker(
        name=AGENCIES.get(span.text, span.text),
        text=span.text,
        start=span.start,
        end=span.end,
        kind="organization",
    )


def _overlaps(starts: list[int], items: Sequence[tuple[int, int]], s: int, e: int) -> bool:
    """Whether any of ``items`` (sorted by start) overlaps ``[s, e)``."""
    i = bisect.bisect_left(starts, e) - 1
    # Items rarely overlap each other, so a few steps back suffice.
    return any(items[k][1] > s for k in range(i, max(-1, i - 8), -1))


def find_statements(
    view: TextView,
    figures: Sequence[Figure],
    quotes: Sequence[Quote],
    claims: Sequence[Claim],
    meta: Metadata,
) -> tuple[Claim, ...]:
    """Claims of kind "statement" for sentences in the article's own voice.

    Args:
        view: the segmented article.
        figures: the figures found in it.
        quotes: its quotations; a sentence that holds or touches one is not
            in the article's own voice.
        claims: its reported claims; a sentence that overlaps one is speech.
        meta: its metadata, for the agency named as the outlet.
    """
    text = view.text
    # Quotation marks included: a quote's marks stand just outside its parts.
    spoken = sorted(
        [(s - 1, e + 1) for q in quotes for s, e in q.spans]
        + [(c.start, c.end) for c in claims]
    )
    spoken_starts = [s for s, _ in spoken]
    speaker = _outlet(meta)
    out: list[Claim] = []
    last_sentence = -1
    for f in figures:
        if f.kind == "ordinal":
            continue
        si = view.sentence_index(f.start)
        if si == last_sentence or si >= len(view.sentences):
            continue
        s, e = view.sentences[si]
        if not s <= f.start < e:
            continue
        last_sentence = si
        dl = meta.dateline
        if dl is not None and s <= dl.start < e and dl.end < f.start:
            # "LONDON (Reuters) - Exports rose 12%": the dateline is no assertion
            s = dl.end
            while s < e and text[s].isspace():
                s += 1
        sentence = text[s:e]
        if sentence.rstrip().endswith("?") or _overlaps(spoken_starts, spoken, s, e):
            continue
        if not _CUES.isdisjoint(sentence.lower().translate(_TO_SPACE).split()):
            continue
        out.append(
            Claim(
                text=sentence,
                start=s,
                end=e,
                kind="statement",
                speaker=speaker,
                confidence=_CONFIDENCE,
            )
        )
    return tuple(out)
