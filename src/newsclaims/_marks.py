"""Quotation marks: find them, tell quotes from apostrophes, pair them.

The layer reads the segmented view and returns raw quotations (content spans
and the marks around them) plus every mark that opens or closes nothing.  It
never raises: unbalanced, stray or mixed marks are left unpaired and listed.

Pairing works in two steps.  Within a paragraph, marks of one family are
paired left to right by what each can do in its context (open, close, or
either).  Across paragraphs, a quotation left open at a paragraph's end
continues when the next paragraph starts with an opening mark of the same
family: the newspaper convention for a quotation over several paragraphs.

Double marks (" “ ” „ ‟ « ») are paired first, then single marks
(' ‘ ’ ‚ ‛ ‹ ›), each within its region: inside one double quotation (a
nested quotation, which stays part of it) or outside them all.  A
single-quoted passage that holds double-quoted ones (British style) keeps
them nested in turn.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Final

import attrs
import regex

from newsclaims._segment import TextView

__all__ = ["DOUBLE_MARKS", "SINGLE_MARKS", "MarkScan", "RawQuote", "scan_marks"]

DOUBLE_MARKS: Final = '"“”„‟«»'
SINGLE_MARKS: Final = "'‘’‚‛‹›"
_DOUBLE: Final = frozenset(DOUBLE_MARKS)
_SINGLE: Final = frozenset(SINGLE_MARKS)

# Marks whose shape says "open" or "close"; the straight marks (and “ in
# German „…“) decide by context.
_OPENERS: Final = frozenset("“„‟«‘‚‛‹")
_CLOSERS: Final = frozenset("”»’›")
# Characters after which a mark still opens: brackets, dashes, slashes and
# other marks ("(“", "—“", "“‘").
_OPEN_CONTEXT: Final = frozenset(
    "([{<-/\u2010\u2011\u2012\u2013\u2014\u2015" + DOUBLE_MARKS + SINGLE_MARKS
)

# Every mark in one pass over the text.  A character class: linear, no
# backtracking.
_MARK: Final = regex.compile("[" + regex.escape(DOUBLE_MARKS + SINGLE_MARKS) + "]")

# (offset, can open, can close)
_Mark = tuple[int, bool, bool]


@attrs.frozen(kw_only=True)
class RawQuote:
    """A paired quotation before it is classified.

    Attributes:
        spans: content spans (between the marks), one per paragraph.
        marks: offsets of the marks that delimit the parts, in text order.
        double: True for double marks, False for single ones.
    """

    spans: tuple[tuple[int, int], ...]
    marks: tuple[int, ...]
    double: bool


@attrs.frozen(kw_only=True)
class MarkScan:
    """What the marks layer found.

    Attributes:
        quotes: top-level quotations, in text order, never overlapping.
        unpaired: offsets of marks that open or close nothing, in order.
        nested: offsets of marks of quotations inside another quotation.
    """

    quotes: tuple[RawQuote, ...]
    unpaired: tuple[int, ...]
    nested: tuple[int, ...]


def _is_space(c: str) -> bool:
    return c.isspace() or unicodedata.category(c) in ("Zs", "Cc", "Cf")


def _is_punct(c: str) -> bool:
    return unicodedata.category(c)[0] in "PS"


def _flanks(text: str, pos: int, start: int, end: int) -> _Mark:
    """(offset, can open, can close) for the mark at ``pos`` in ``[start, end)``."""
    prev = text[pos - 1] if pos > start else " "
    nxt = text[pos + 1] if pos + 1 < end else " "
    prev_space = _is_space(prev)
    next_space = _is_space(nxt)
    can_open = not next_space and (prev_space or prev in _OPEN_CONTEXT)
    can_close = not prev_space and (next_space or _is_punct(nxt))
    return pos, can_open, can_close


def _is_apostrophe(text: str, pos: int, start: int, end: int) -> bool:
    """True for a single mark that is an apostrophe, not a quotation mark."""
    prev = text[pos - 1] if pos > start else " "
    nxt = text[pos + 1] if pos + 1 < end else " "
    if prev.isalnum() and nxt.isalpha():
        return True  # don't, it's, O'Brien, 1990's
    if nxt.isdigit() and not prev.isalnum() and pos + 2 < end and text[pos + 2].isdigit():
        after = text[pos + 3] if pos + 3 < end else " "
        return after == "s" or not after.isalnum()  # '90s, ’05
    if nxt == "n" and pos + 2 < end and text[pos + 2] in "'’" and _is_space(prev):
        return True  # rock ’n’ roll: the first mark
    if prev == "n" and pos >= start + 2 and text[pos - 2] in "'’":
        return True  # rock ’n’ roll: the second mark
    # farmers' union, Jesus' words: a possessive before a lowercase word.
    return (
        prev in "sSzZ"
        and _is_space(nxt)
        and pos + 2 < end
        and text[pos + 2].islower()
    )


def _pair_paragraph(
    text: str, marks: Sequence[_Mark]
) -> tuple[list[tuple[int, int]], list[int], int | None]:
    """Pair one family's marks of a paragraph, left to right.

    Returns the pairs ``(open, close)``, the unpaired marks, and the mark
    left open at the paragraph's end (or None).
    """
    pairs: list[tuple[int, int]] = []
    unpaired: list[int] = []
    open_at: int | None = None
    for pos, can_open, can_close in marks:
        ch = text[pos]
        if open_at is None:
            if can_open or (ch in _OPENERS and not can_close):
                open_at = pos
            else:
                unpaired.append(pos)
        elif can_close and not (can_open and ch in _OPENERS and ch != "“"):
            pairs.append((open_at, pos))
            open_at = None
        elif can_open:
            # A second opener while one is open: the first never closed.
            unpaired.append(open_at)
            open_at = pos
        else:
            # Neither opens nor closes by context (" ” " between spaces):
            # it closes, since a quotation cannot hold an unmatched closer.
            pairs.append((open_at, pos))
            open_at = None
    return pairs, unpaired, open_at


def _pair_family(
    view: TextView, per_para: Sequence[Sequence[_Mark]], double: bool
) -> tuple[list[RawQuote], list[int]]:
    """Pair one family over all paragraphs, chaining multi-paragraph quotes."""
    text = view.text
    quotes: list[RawQuote] = []
    unpaired: list[int] = []
    # The quotation carried over from earlier paragraphs.
    chain_spans: list[tuple[int, int]] = []
    chain_marks: list[int] = []
    n = len(per_para)
    for i, marks in enumerate(per_para):
        pstart, pend = view.paragraphs[i]
        pairs, lost, trailing = _pair_paragraph(text, marks)
        unpaired.extend(lost)
        if chain_marks:
            if pairs and pairs[0][0] == pstart:
                o, c = pairs.pop(0)
                chain_spans.append((o + 1, c))
                quotes.append(
                    RawQuote(
                        spans=tuple(chain_spans),
                        marks=(*chain_marks, o, c),
                        double=double,
                    )
                )
                chain_spans, chain_marks = [], []
            elif trailing == pstart and not pairs:
                chain_spans.append((trailing + 1, pend))
                chain_marks.append(trailing)
                trailing = None
            else:
                unpaired.extend(chain_marks)
                chain_spans, chain_marks = [], []
        quotes.extend(
            RawQuote(spans=((o + 1, c),), marks=(o, c), double=double) for o, c in pairs
        )
        if trailing is not None:
            chain_spans.append((trailing + 1, pend))
            chain_marks.append(trailing)
        if chain_marks:
            nxt = per_para[i + 1] if i + 1 < n else ()
            opens_next = bool(nxt) and nxt[0][0] == view.paragraphs[i + 1][0] and nxt[0][1]
            if not opens_next:
                unpaired.extend(chain_marks)
                chain_spans, chain_marks = [], []
    unpaired.extend(chain_marks)
    return quotes, unpaired


def scan_marks(view: TextView) -> MarkScan:
    """Pair the quotation marks of ``view`` into raw quotations."""
    text = view.text
    paragraphs = view.paragraphs
    doubles: list[list[_Mark]] = [[] for _ in paragraphs]
    singles: list[list[_Mark]] = [[] for _ in paragraphs]
    for m in _MARK.finditer(text):
        pos = m.start()
        i = view.paragraph_index(pos)
        # A mark is never white space, so it always lies in a paragraph.
        start, end = paragraphs[i]
        ch = text[pos]
        if ch in _DOUBLE:
            doubles[i].append(_flanks(text, pos, start, end))
        elif not _is_apostrophe(text, pos, start, end):
            singles[i].append(_flanks(text, pos, start, end))

    dquotes, unpaired = _pair_family(view, doubles, double=True)

    # Split the single marks into those inside a double quotation (nested)
    # and those outside.
    inside: dict[int, list[_Mark]] = {}
    outside: list[list[_Mark]] = [[] for _ in paragraphs]
    regions = sorted(
        (s - 1, e, qi) for qi, q in enumerate(dquotes) for s, e in q.spans
    )
    r = 0
    for i, marks in enumerate(singles):
        for mark in marks:
            pos = mark[0]
            while r < len(regions) and regions[r][1] <= pos:
                r += 1
            if r < len(regions) and regions[r][0] < pos < regions[r][1]:
                inside.setdefault(regions[r][2], []).append(mark)
            else:
                outside[i].append(mark)
    nested: list[int] = []
    for marks in inside.values():
        pairs, lost, trailing = _pair_paragraph(text, marks)
        nested.extend(p for pair in pairs for p in pair)
        # Inside a quotation a lone single mark is usually an elision
        # ("’em"); it is still a mark that closes nothing, so it is listed.
        unpaired.extend(lost)
        if trailing is not None:
            unpaired.append(trailing)
    squotes, lost_s = _pair_family(view, outside, double=False)
    unpaired.extend(lost_s)

    # A single-quoted passage may hold double-quoted ones: keep the outer
    # quotation, list the inner marks as nested.  Quotations that cross keep
    # the earlier one; the later one's marks are unpaired.
    kept: list[RawQuote] = []
    for q in sorted(dquotes + squotes, key=lambda q: q.marks[0]):
        if kept and q.marks[0] < kept[-1].marks[-1]:
            if q.marks[-1] < kept[-1].marks[-1]:
                nested.extend(q.marks)
            else:
                unpaired.extend(q.marks)
            continue
        kept.append(q)
    return MarkScan(
        quotes=tuple(kept), unpaired=tuple(sorted(unpaired)), nested=tuple(sorted(nested))
    )
