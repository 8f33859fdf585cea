"""Quotes: turn paired marks into quotations with spans and a kind.

Reads the raw quotations of the marks layer.  Joins a quotation interrupted
by its attribution (``"A," he said, "B."``) into one quote with two spans,
and tells full quotes from partial ones, scare quotes and quoted titles.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from newsclaims._lexicon import alternation, read_lines
from newsclaims._marks import MarkScan, RawQuote
from newsclaims._patterns import CUE, SPEAKER
from newsclaims._segment import TextView
from newsclaims._types import Quote, QuoteKind

__all__ = ["build_quotes"]

_TITLE_CUES: Final = read_lines("title_cues.txt")
_SCARE_CUES: Final = read_lines("scare_cues.txt")

# The gap between the two parts of an interrupted quotation: a comma (inside
# or outside the first part), a speaker and a cue in either order, a comma or
# a colon.  Bounded by the window it is matched in (one short gap).
_INTERRUPTION: Final = regex.compile(
    rf"""
    \s{{0,3}}+,?+\s{{1,3}}+
    (?:
        {SPEAKER}(?:,[^,\n]{{1,80}}+,)?+\s{{1,3}}+(?:\p{{Ll}}{{1,15}}+\s{{1,3}}+)?+{CUE}
      | {CUE}\s{{1,3}}+{SPEAKER}
    )
    [^,:;.!?\n"“”]{{0,60}}+         # "in a statement", "on Tuesday"
    [,:;]\s{{0,3}}+$
    """,
    regex.VERBOSE,
)

# Before a quotation: words that make it a title ("the film “…”") or a scare
# quote ("so-called “…”").
_TITLE_BEFORE: Final = regex.compile(
    r"(?i:\b" + alternation(_TITLE_CUES)[3:] + r"[,:]?+\s{1,3}+(?:\p{Lu}\p{L}{0,30}+\s){0,3}+$"
)
_SCARE_BEFORE: Final = regex.compile(r"(?i:\b" + alternation(_SCARE_CUES)[3:] + r"\s{1,3}+$")

# Words inside a quotation; terminal punctuation at its end.
_WORDS: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]{0,40}+")
_TERMINAL: Final = regex.compile(r"[.!?\u2026][\"'’”)\]]{0,3}+\s{0,3}+$")
# The end of the text before a quotation: a cue then a comma or a colon
# ("he said, “…" / "said:") makes the quotation a full one.
# (A lazy, bounded filler: it must give back the final comma or colon.)
_CUE_BEFORE: Final = regex.compile(rf"{CUE}[^.!?\n]{{0,80}}?[,:]\s{{0,3}}+$")


def _interruption(text: str, a: RawQuote, b: RawQuote) -> bool:
    """True when ``b`` continues ``a`` after an attribution between them."""
    a_end = a.spans[-1][1]
    b_start = b.spans[0][0]
    gap_start, gap_end = a.marks[-1] + 1, b.marks[0]
    if gap_end - gap_start > 160 or "\n" in text[gap_start:gap_end]:
        return False
    # The first part ends with a comma, inside the marks or right after.
    comma_inside = text[max(a.spans[-1][0], a_end - 1) : a_end].rstrip() .endswith(",")
    comma_after = text[gap_start : gap_start + 1] == ","
    if not (comma_inside or comma_after):
        return False
    if not text[b_start : b_start + 1].strip():
        return False
    return _INTERRUPTION.match(text, gap_start - (1 if comma_after else 0), gap_end) is not None


def _merge(text: str, raws: Sequence[RawQuote]) -> list[RawQuote]:
    out: list[RawQuote] = []
    for raw in raws:
        q = raw
        if out and len(q.spans) == 1 and _interruption(text, out[-1], q):
            prev = out.pop()
            q = RawQuote(
                spans=prev.spans + q.spans, marks=prev.marks + q.marks, double=prev.double
            )
        out.append(q)
    return out


def _kind(view: TextView, q: RawQuote) -> QuoteKind:
    text = view.text
    start, end = q.spans[0][0], q.spans[-1][1]
    sent = view.sentences[view.sentence_index(q.marks[0])]
    para = view.paragraphs[view.paragraph_index(q.marks[0])]
    before_start = max(para[0], q.marks[0] - 80)
    before = text[before_start : q.marks[0]]
    words = _WORDS.findall(text, start, min(end, start + 400))
    n_words = len(words)
    terminal = _TERMINAL.search(text, max(start, end - 8), end) is not None
    capitalised = bool(words) and all(w[0].isupper() or len(w) <= 3 for w in words)
    if (
        n_words <= 10
        and capitalised
        and not terminal
        and _TITLE_BEFORE.search(text, before_start, q.marks[0])
    ):
        return "title"
    if n_words <= 4 and _SCARE_BEFORE.search(text, before_start, q.marks[0]):
        return "scare"
    lead = text[max(sent[0], para[0]) : q.marks[0]].strip()
    starts_lower = bool(words) and words[0][0].islower()
    if n_words <= 2 and not terminal and lead and not lead.endswith(":") and not (
        _CUE_BEFORE.search(before)
    ):
        # One or two words inside a sentence with no cue before them: a term
        # in quotation marks ("the so-called “reset”").
        return "scare"
    if not lead or lead.endswith(":"):
        return "partial" if starts_lower and n_words <= 3 else "full"
    if _CUE_BEFORE.search(before) and not starts_lower:
        return "full"
    return "partial"


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def build_quotes(view: TextView, scan: MarkScan) -> tuple[tuple[Quote, ...], tuple[int, ...]]:
    """Quotations of ``view`` with spans and kinds; no speakers yet.

    Returns the quotes and the marks of empty quotations (``""``), which
    enclose nothing and so are reported as unpaired.
    """
    text = view.text
    out: list[Quote] = []
    empty: list[int] = []
    for q in _merge(text, scan.quotes):
        spans = tuple(t for t in (_trim(text, s) for s in q.spans) if t[1] > t[0])
        if not spans:
            empty.extend(q.marks)
            continue
        start, end = spans[0][0], spans[-1][1]
        out.append(
            Quote(
                text=text[start:end],
                start=start,
                end=end,
                spans=spans,
                marks=q.marks,
                kind=_kind(view, q),
            )
        )
    return tuple(out), tuple(empty)
