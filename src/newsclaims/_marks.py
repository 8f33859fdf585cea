"""Quotation marks: find them, tell quotes from apostrophes, pair them.

The layer reads the segmented view and returns raw quotations (content spans
and the marks around them) plus every mark that opens or closes nothing.  It
never raises: unbalanced, stray or mixed marks are left unpaired and listed.

Pairing works in two steps.  Within a paragraph, marks of one family are
paired left to right by what each can do in its context (open, close, or
either).  Across paragraphs, a quotation left open at a paragraph's end
continues when the next paragraph starts with the same opening mark: the
newspaper convention for a quotation over several paragraphs.

Double marks (" “ ” „ ‟ « », and two straight apostrophes '' standing for
one double mark, as wire archives write them) are paired first, then single
marks (' ‘ ’ ‚ ‛ ‹ ›), each within its region: inside one double quotation
(a nested quotation, which stays part of it) or outside them all.  A
single-quoted passage that holds double-quoted ones (British style) keeps
them nested in turn.
"""

from __future__ import annotations

import itertools
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

# Marks whose shape says "open" or "close"; the straight marks (and “ in
# German „…“) decide by context.
_OPENERS: Final = frozenset("“„‟«‘‚‛‹")
# Characters after which a mark still opens: brackets, dashes, slashes and
# other marks ("(“", "—“", "“‘").
_OPEN_CONTEXT: Final = frozenset(
    "([{<-/\u2010\u2011\u2012\u2013\u2014\u2015" + DOUBLE_MARKS + SINGLE_MARKS
)
# Punctuation that a quotation may follow, or end with, with no space between
# the mark and the next word ('said:"We', 'home."We'): a mark between one of
# these and a letter or digit may open or close; the pairing decides.
_TIGHT_PUNCT: Final = frozenset(".,;:!?\u2026")

# Every mark in one pass over the text.  Two or three straight apostrophes
# in a row are one double mark, or a double and a single one, split by
# context in _tokens.  A bounded possessive run, else one character of a
# class: linear, nothing to backtrack into.
_MARK: Final = regex.compile("'{2,3}+|[" + regex.escape(DOUBLE_MARKS + SINGLE_MARKS) + "]")

# Feet and inches right before a double mark (6'2", 5’11"): the mark is a
# double prime.  Searched in a window of the four characters before the mark.
_INCHES: Final = regex.compile(r"\d['’]\d{1,2}$")

# (offset, width, can open, can close, weak): a weak mark is a possessive
# apostrophe that may also close a single quotation ("‘fair prices’ in");
# the pairing decides.
_Mark = tuple[int, int, bool, bool, bool]


@attrs.frozen(kw_only=True)
class RawQuote:
    """A paired quotation before it is classified.

    Attributes:
        spans: content spans (between the marks), one per paragraph.
        marks: offsets of the marks that delimit the parts, in text order.
        widths: the width of each mark of ``marks``: 1, or 2 for ``''``.
        double: True for double marks, False for single ones.
    """

    spans: tuple[tuple[int, int], ...]
    marks: tuple[int, ...]
    widths: tuple[int, ...]
    double: bool

    @property
    def closer_end(self) -> int:
        """Offset just after the last closing mark."""
        return self.marks[-1] + self.widths[-1]


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


def _flanks(text: str, pos: int, width: int, start: int, end: int) -> _Mark:
    """(offset, width, can open, can close, weak) of the mark at ``pos`` in ``[start, end)``."""
    prev = text[pos - 1] if pos > start else " "
    nxt = text[pos + width] if pos + width < end else " "
    prev_space = _is_space(prev)
    next_space = _is_space(nxt)
    tight = prev in _TIGHT_PUNCT and nxt.isalnum()
    # At a paragraph's start a mark can only open: there is nothing before it
    # to close ("” … and then" is a quotation whose opener was typed the
    # wrong way round).
    can_open = pos == start or tight or (not next_space and (prev_space or prev in _OPEN_CONTEXT))
    can_close = tight or (not prev_space and (next_space or _is_punct(nxt)))
    return pos, width, can_open, can_close, False


def _is_apostrophe(text: str, pos: int, start: int, end: int) -> bool:
    """True for a single mark that is an apostrophe, not a quotation mark."""
    prev = text[pos - 1] if pos > start else " "
    nxt = text[pos + 1] if pos + 1 < end else " "
    if prev.isalnum() and nxt.isalpha():
        return True  # don't, it's, O'Brien, 1990's
    if prev.isdigit() and nxt.isdigit():
        return True  # a prime: 6'2"
    if nxt.isdigit() and not prev.isalnum() and pos + 2 < end and text[pos + 2].isdigit():
        after = text[pos + 3] if pos + 3 < end else " "
        if after == "%" or (
            after in ".,:" and pos + 4 < end and text[pos + 4].isdigit()
        ):
            return False  # a number opens a quotation: ‘45% of them …’, ‘10.5 …’
        return after == "s" or not after.isalnum()  # '90s, ’05
    if nxt == "n" and pos + 2 < end and text[pos + 2] in "'’" and _is_space(prev):
        return True  # rock ’n’ roll: the first mark
    if prev == "n" and pos >= start + 2 and text[pos - 2] in "'’":
        return True  # rock ’n’ roll: the second mark
    # A plural possessive reads as an apostrophe too, unless the pairing uses
    # it to close a single quotation (see _is_possessive).
    return _is_possessive(text, pos, end)


def _is_possessive(text: str, pos: int, end: int) -> bool:
    """True for a single mark that reads as a plural possessive.

    ("farmers' union", "Jesus' words", "Reynolds' Portrait": after an s,
    before a space and a word.)  It may as well close a quotation ("‘fair
    prices’ in the"): such a mark is weak, and the pairing decides.
    """
    return (
        pos > 0
        and text[pos] in "'’"
        and text[pos - 1] in "sSzZ"
        and pos + 2 < end
        and _is_space(text[pos + 1])
        and not _is_space(text[pos + 2])
    )


def _tokens(text: str, pos: int, run: int, start: int) -> tuple[tuple[int, int, bool], ...]:
    """Split a run of marks into ``(offset, width, double)`` tokens.

    Only straight apostrophes form runs: two are one double mark; three are
    a double and a single mark, in the order that nests them: where they
    open, the double comes first; where they close (after a word), the
    single one does.
    """
    if run == 1:
        return ((pos, 1, text[pos] in _DOUBLE),)
    if run == 2:
        return ((pos, 2, True),)
    if pos > start and not _is_space(text[pos - 1]):
        return ((pos, 1, False), (pos + 1, 2, True))
    return ((pos, 2, True), (pos + 2, 1, False))


def _pair_paragraph(
    text: str, marks: Sequence[_Mark], nested: list[int]
) -> tuple[list[tuple[_Mark, ...]], list[int], _Mark | None]:
    """Pair one family's marks of a paragraph, left to right.

    Returns the pairs ``(open, close)``, the offsets of unpaired marks, and
    the mark left open at the paragraph's end (or None).  A curly opener
    inside a quotation opened by the same mark, where it cannot close, opens
    a quotation nested one level deep (“A “B” C”): when the outer one closes,
    the offsets of the inner marks go to ``nested``; when it never closes,
    the inner quotations are quotations of their own.
    """
    pairs: list[tuple[_Mark, ...]] = []
    unpaired: list[int] = []
    open_at: _Mark | None = None
    inner: _Mark | None = None
    # Inner quotations closed while open_at is open.
    pending: list[tuple[_Mark, _Mark]] = []
    # Whether a mark that closes for certain follows mark i before the next
    # mark that can only open: a weak mark closes only when none does
    # ("‘The workers’ pay is low,’ he said").
    strong_after = [False] * len(marks)
    seen = False
    for i in range(len(marks) - 1, -1, -1):
        strong_after[i] = seen
        _, _, can_open, can_close, weak = marks[i]
        if can_close and not weak:
            seen = True
        elif can_open and not can_close:
            seen = False
    for i, mark in enumerate(marks):
        pos, _, can_open, can_close, weak = mark
        if weak and (strong_after[i] or open_at is None):
            continue  # an apostrophe after all
        ch = text[pos]
        closes = can_close and not (can_open and ch in _OPENERS and ch != "“")
        if open_at is None:
            if can_open or (ch in _OPENERS and not can_close):
                open_at = mark
            else:
                unpaired.append(pos)
            continue
        if inner is not None:
            if closes or not can_open:
                pending.append((inner, mark))
                inner = None
                continue
            # Neither quotation closed before this opener.
            unpaired.append(inner[0])
            inner = None
        if closes:
            nested.extend(m[0] for pair in pending for m in pair)
            pending.clear()
            pairs.append((open_at, mark))
            open_at = None
        elif can_open:
            if ch in _OPENERS and ch == text[open_at[0]] and not can_close:
                inner = mark
            else:
                # A second opener while one is open: the first never closed.
                unpaired.append(open_at[0])
                pairs.extend(pending)
                pending.clear()
                open_at = mark
        else:
            # Neither opens nor closes by context (" ” " between spaces):
            # it closes, since a quotation cannot hold an unmatched closer.
            nested.extend(m[0] for pair in pending for m in pair)
            pending.clear()
            pairs.append((open_at, mark))
            open_at = None
    if inner is not None:
        # The inner quotation never closed: the outer one may go on into the
        # next paragraph; the inner opener is a stray.
        unpaired.append(inner[0])
    # The outer quotation is still open: its inner ones stand on their own
    # (a quotation over several paragraphs nests them again later).
    pairs.extend(pending)
    pairs.sort(key=lambda pair: pair[0][0])
    if pairs and (unpaired or open_at is not None):
        loose = set(unpaired)
        if open_at is not None:
            loose.add(open_at[0])
        pairs, joined = _join_lost_breaks(text, marks, pairs, loose)
        unpaired = [p for p in unpaired if p not in joined]
        if open_at is not None and open_at[0] in joined:
            open_at = None
    return pairs, unpaired, open_at


def _continues(text: str, opener: _Mark, nxt: _Mark) -> bool:
    """True when ``nxt`` reopens the quotation ``opener`` left unclosed.

    That is the multi-paragraph convention with the paragraph break lost
    ("“First part. “Second part.”"): the same mark again, after a sentence
    end.
    """
    if not opener[2] or _glyph(text, opener) != _glyph(text, nxt):
        return False
    e = nxt[0]
    while e > opener[0] + opener[1] and text[e - 1].isspace():
        e -= 1
    return e > opener[0] + opener[1] and e < nxt[0] and text[e - 1] in ".!?\u2026"


def _join_lost_breaks(
    text: str,
    marks: Sequence[_Mark],
    pairs: Sequence[tuple[_Mark, ...]],
    loose: set[int],
) -> tuple[list[tuple[_Mark, ...]], set[int]]:
    """Join each unclosed opener to the quotation that reopens it.

    An opener left unclosed (its offset in ``loose``) right before the mark
    that opens the next quotation of the paragraph, when that one follows a
    sentence end, starts the same quotation: its parts become one quote over
    "paragraphs" whose break was lost.  Returns the quotations and the
    offsets of the openers joined.  One pass over the pairs, each mark looked
    at once.
    """
    index = {m[0]: i for i, m in enumerate(marks)}
    joined: set[int] = set()
    out: list[tuple[_Mark, ...]] = []
    for parts in pairs:
        j = index[parts[0][0]]
        while (
            j > 0
            and marks[j - 1][0] in loose
            and marks[j - 1][0] not in joined
            and _continues(text, marks[j - 1], parts[0])
        ):
            joined.add(marks[j - 1][0])
            parts = (marks[j - 1], *parts)  # noqa: PLW2901 - grows to the left
            j -= 1
        out.append(parts)
    return out, joined


def _raw(parts: Sequence[_Mark], spans: Sequence[tuple[int, int]], double: bool) -> RawQuote:
    return RawQuote(
        spans=tuple(spans),
        marks=tuple(m[0] for m in parts),
        widths=tuple(m[1] for m in parts),
        double=double,
    )


def _part_spans(text: str, parts: Sequence[_Mark]) -> list[tuple[int, int]]:
    """The content spans of openers ``parts[:-1]`` closed by ``parts[-1]``.

    A part that the next opener ends (a quotation whose paragraph break was
    lost) ends at its last character before the space: only a closing mark
    stands at the end of a span.
    """
    spans = []
    for o, nxt in itertools.pairwise(parts):
        e = nxt[0]
        if nxt is not parts[-1]:
            while e > o[0] + o[1] and text[e - 1].isspace():
                e -= 1
        spans.append((o[0] + o[1], e))
    return spans


def _glyph(text: str, mark: _Mark) -> str:
    return text[mark[0] : mark[0] + mark[1]]


def _pair_family(
    view: TextView, per_para: Sequence[Sequence[_Mark]], double: bool, nested: list[int]
) -> tuple[list[RawQuote], list[int]]:
    """Pair one family over all paragraphs, chaining multi-paragraph quotes.

    A quotation left open at a paragraph's end continues into the next
    paragraph when that one starts with the same opening mark as the
    quotation did: a paragraph opened with a straight mark in a run of curly
    ones is a stray, not a continuation.
    """
    text = view.text
    quotes: list[RawQuote] = []
    unpaired: list[int] = []
    # The quotation carried over from earlier paragraphs.
    chain_spans: list[tuple[int, int]] = []
    chain_marks: list[_Mark] = []
    n = len(per_para)
    for i, marks in enumerate(per_para):
        if not marks:
            # No marks, so no quotation carried into this paragraph either:
            # a chain only goes on into a paragraph that opens with a mark.
            continue
        pstart, pend = view.paragraphs[i]
        pairs, lost, trailing = _pair_paragraph(text, marks, nested)
        unpaired.extend(lost)
        if chain_marks:
            if pairs and pairs[0][0][0] == pstart:
                parts = pairs.pop(0)
                chain_spans.extend(_part_spans(text, parts))
                quotes.append(_raw((*chain_marks, *parts), chain_spans, double))
                chain_spans, chain_marks = [], []
            elif trailing is not None and trailing[0] == pstart and not pairs:
                chain_spans.append((trailing[0] + trailing[1], pend))
                chain_marks.append(trailing)
                trailing = None
            else:
                unpaired.extend(m[0] for m in chain_marks)
                chain_spans, chain_marks = [], []
        quotes.extend(_raw(parts, _part_spans(text, parts), double) for parts in pairs)
        if trailing is not None:
            chain_spans.append((trailing[0] + trailing[1], pend))
            chain_marks.append(trailing)
        if chain_marks:
            nxt = per_para[i + 1] if i + 1 < n else ()
            opens_next = (
                bool(nxt)
                and nxt[0][0] == view.paragraphs[i + 1][0]
                and _glyph(text, nxt[0]) == _glyph(text, chain_marks[0])
            )
            if not opens_next:
                unpaired.extend(m[0] for m in chain_marks)
                chain_spans, chain_marks = [], []
    unpaired.extend(m[0] for m in chain_marks)
    return quotes, unpaired


def scan_marks(view: TextView) -> MarkScan:
    """Pair the quotation marks of ``view`` into raw quotations."""
    text = view.text
    paragraphs = view.paragraphs
    doubles: list[list[_Mark]] = [[] for _ in paragraphs]
    singles: list[list[_Mark]] = [[] for _ in paragraphs]
    primes: list[int] = []
    for m in _MARK.finditer(text):
        pos = m.start()
        i = view.paragraph_index(pos)
        # A mark is never white space, so it always lies in a paragraph.
        start, end = paragraphs[i]
        for tpos, width, double in _tokens(text, pos, m.end() - pos, start):
            if double and width == 1 and _INCHES.search(text, max(start, tpos - 4), tpos):
                # The double prime of 6'2": it opens and closes nothing.
                primes.append(tpos)
                continue
            if double:
                doubles[i].append(_flanks(text, tpos, width, start, end))
            elif _is_possessive(text, tpos, end):
                singles[i].append((tpos, width, False, True, True))
            elif not _is_apostrophe(text, tpos, start, end):
                singles[i].append(_flanks(text, tpos, width, start, end))

    nested: list[int] = []
    dquotes, unpaired = _pair_family(view, doubles, double=True, nested=nested)
    unpaired.extend(primes)

    # Split the single marks into those inside a double quotation (nested)
    # and those outside.
    inside: dict[int, list[_Mark]] = {}
    outside: list[list[_Mark]] = [[] for _ in paragraphs]
    regions = sorted((s - 1, e, qi) for qi, q in enumerate(dquotes) for s, e in q.spans)
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
    for marks in inside.values():
        pairs, lost, trailing = _pair_paragraph(text, marks, nested)
        nested.extend(m[0] for pair in pairs for m in pair)
        # Inside a quotation a lone single mark is usually an elision
        # ("’em"); it is still a mark that closes nothing, so it is listed.
        unpaired.extend(lost)
        if trailing is not None:
            unpaired.append(trailing[0])
    squotes, lost_s = _pair_family(view, outside, double=False, nested=nested)
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
