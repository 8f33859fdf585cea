"""Segmentation: paragraphs and sentences, as offsets into the original text.

The view never copies or rewrites the text: every boundary is an offset into
the caller's string, so later layers report positions without translation.
"""

from __future__ import annotations

import bisect
from typing import Final

import attrs
import regex

from newsclaims._lexicon import ABBREVIATIONS
from newsclaims._mentions import WordIndex

__all__ = ["TextView", "segment"]

# A paragraph is a maximal run of characters without a line break.  Every
# Unicode line break counts (\n, \r\n, \r, U+2028, U+2029, ...), so text with
# old Mac or Windows line ends segments the same way.  Possessive: a run of
# non-break characters cannot be split differently, so nothing backtracks.
_PARAGRAPH: Final = regex.compile(r"[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]++")

# A candidate sentence end: terminal punctuation, optional closing quotes or
# brackets, then white space.  The following character decides (see
# _is_boundary).  Every repeat is bounded, so a run of "?!?!" costs one match.
_SENTENCE_END: Final = regex.compile(
    r"""
    (?P<term>[.!?\u2026]{1,8}+)        # . ! ? or an ellipsis, a few at most
    (?P<close>["'”’»)\]]{0,4}+)        # closing quotes or brackets
    (?P<space>[ \t\u00a0]{1,50}+)      # the gap before the next sentence
    """,
    regex.VERBOSE,
)

# How far back from a full stop the word before it is read ("Mr", "U.S",
# "e.g"), to tell an abbreviation from a sentence end.
_WORD_BEFORE_MAX: Final = 30


@attrs.frozen(kw_only=True)
class TextView:
    """The original text with its paragraph and sentence boundaries.

    Attributes:
        text: the caller's string, unchanged.
        paragraphs: ``(start, end)`` of each non-empty line, in order.
        sentences: ``(start, end)`` of each sentence, in order; a sentence
            never crosses a paragraph boundary.
        words: every word of the text, classified once, for the layers that
            read the words around a position.
    """

    text: str
    paragraphs: tuple[tuple[int, int], ...]
    sentences: tuple[tuple[int, int], ...]
    words: WordIndex = attrs.field(eq=False, repr=False)
    _para_starts: tuple[int, ...] = attrs.field(alias="para_starts")
    _sent_starts: tuple[int, ...] = attrs.field(alias="sent_starts")

    def paragraph_index(self, pos: int) -> int:
        """Index of the paragraph holding ``pos`` (or the last one before it)."""
        return max(0, bisect.bisect_right(self._para_starts, pos) - 1)

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence holding ``pos`` (or the last one before it)."""
        return max(0, bisect.bisect_right(self._sent_starts, pos) - 1)


def _is_boundary(text: str, term_start: int, term: str, next_pos: int) -> bool:
    """Decide whether a candidate sentence end really ends a sentence."""
    if next_pos >= len(text):
        return True
    nxt = text[next_pos]
    # A sentence starts with a capital, a digit, or an opening mark/bracket.
    if not (nxt.isupper() or nxt.isdigit() or nxt in "\"'“‘«(["):
        return False
    if term != ".":
        return True
    # The letters and inner dots right before the stop: a backward scan over
    # at most _WORD_BEFORE_MAX characters.
    lo = max(0, term_start - _WORD_BEFORE_MAX)
    s = term_start
    while s > lo and (text[s - 1].isalpha() or text[s - 1] == "."):
        s -= 1
    word = text[s:term_start].strip(".").lower()
    if not word:
        return True
    if word in ABBREVIATIONS:
        return False
    # A single capital ("J. Smith") or dotted initials ("U.S.") are not ends,
    # unless the next word plainly starts a new sentence; keep them joined.
    return not (len(word) == 1 or (len(word) <= 6 and "." in word))


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if _is_boundary(text, m.start("term"), m.group("term"), m.end()):
            out.append((pos, m.start("space")))
            pos = m.end()
    if pos < end:
        out.append((pos, end))
    return out


def segment(text: str) -> TextView:
    """Split ``text`` into paragraphs and sentences without moving offsets."""
    paragraphs: list[tuple[int, int]] = []
    sentences: list[tuple[int, int]] = []
    for m in _PARAGRAPH.finditer(text):
        s, e = m.span()
        # Trim white space at both ends; a line of spaces is no paragraph.
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            paragraphs.append((s, e))
            sentences.extend(_sentences(text, s, e))
    return TextView(
        text=text,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        words=WordIndex(text),
        para_starts=tuple(p[0] for p in paragraphs),
        sent_starts=tuple(s[0] for s in sentences),
    )
