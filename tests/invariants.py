"""Invariants every parsed article must satisfy, whatever the input.

Shared by the property tests and the adversarial tests; each check names
the item that broke it, so a failing example explains itself.
"""

from __future__ import annotations

import bisect
import json

import newsclaims
from newsclaims import Article

__all__ = ["MARKS", "assert_invariants", "is_apostrophe", "lost_marks"]

MARKS = frozenset('"“”„‟«»' + "'‘’‚‛‹›")
_DOUBLE = frozenset('"“”„‟«»')
_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def _span(text: str, what: str, start: int, end: int, expected: str | None = None) -> None:
    assert 0 <= start <= end <= len(text), f"{what}: ({start}, {end}) out of bounds"
    if expected is not None:
        assert text[start:end] == expected, f"{what}: {text[start:end]!r} != {expected!r}"


def _sorted(what: str, items: list[tuple[int, int]]) -> None:
    assert items == sorted(items), f"{what} not in text order: {items}"


def assert_invariants(art: Article) -> None:
    """Check offsets, order and structure of everything in ``art``."""
    text = art.text
    # Paragraphs: non-empty, in order, disjoint, without a line break inside.
    prev_end = 0
    for s, e in art.paragraphs:
        _span(text, "paragraph", s, e)
        assert s < e, f"empty paragraph at {s}"
        assert s >= prev_end, f"paragraph ({s}, {e}) overlaps the previous one"
        assert not _BREAKS & set(text[s:e]), f"line break inside paragraph ({s}, {e})"
        prev_end = e

    # Quotes: offsets, spans, marks, order, no overlap.
    prev_last = -1
    for i, q in enumerate(art.quotes):
        what = f"quote {i}"
        _span(text, what, q.start, q.end, q.text)
        assert q.spans, f"{what} has no span"
        assert q.start == q.spans[0][0], f"{what}: start is not the first span's start"
        assert q.end == q.spans[-1][1], f"{what}: end is not the last span's end"
        prev = q.start
        for s, e in q.spans:
            _span(text, f"{what} span", s, e)
            assert prev <= s < e, f"{what}: spans empty or out of order: {q.spans}"
            prev = e
        assert q.marks, f"{what} has no marks"
        assert list(q.marks) == sorted(set(q.marks)), f"{what}: marks out of order"
        for m in q.marks:
            assert 0 <= m < len(text), f"{what}: mark {m} out of bounds"
            assert text[m] in MARKS, f"{what}: {text[m]!r} at {m} is no quotation mark"
        assert q.marks[0] < q.start, f"{what}: first mark is not before the text"
        assert q.marks[-1] >= q.end, f"{what}: last mark is inside the text"
        assert q.marks[0] > prev_last, f"{what} overlaps the previous quote"
        prev_last = q.marks[-1]
        assert q.kind in ("full", "partial", "scare", "title"), f"{what}: kind {q.kind!r}"
        assert 0.0 <= q.confidence <= 1.0, f"{what}: confidence {q.confidence}"
        if q.speaker is not None:
            _span(text, f"{what} speaker", q.speaker.start, q.speaker.end, q.speaker.text)
        if q.cue is not None:
            _span(text, f"{what} cue", q.cue.start, q.cue.end, q.cue.text)
            assert q.cue.text, f"{what}: an empty cue (no cue is None)"

    # Claims.
    _sorted("claims", [(c.start, c.end) for c in art.claims])
    for i, c in enumerate(art.claims):
        what = f"claim {i}"
        _span(text, what, c.start, c.end, c.text)
        assert c.kind in ("reported", "statement"), f"{what}: kind {c.kind!r}"
        assert 0.0 <= c.confidence <= 1.0, f"{what}: confidence {c.confidence}"
        if c.speaker is not None:
            _span(text, f"{what} speaker", c.speaker.start, c.speaker.end, c.speaker.text)
        if c.cue is not None:
            _span(text, f"{what} cue", c.cue.start, c.cue.end, c.cue.text)
            assert c.cue.text, f"{what}: an empty cue (no cue is None)"
        for qi in c.quotes:
            assert 0 <= qi < len(art.quotes), f"{what}: quote index {qi} out of range"

    # Figures.
    _sorted("figures", [(f.start, f.end) for f in art.figures])
    for i, f in enumerate(art.figures):
        what = f"figure {i}"
        _span(text, what, f.start, f.end, f.text)
        if f.unit_span is not None:
            _span(text, f"{what} unit", *f.unit_span, f.unit)
        if f.qualifier_span is not None:
            _span(text, f"{what} qualifier", *f.qualifier_span, f.qualifier)
        if f.quote is not None:
            assert 0 <= f.quote < len(art.quotes), f"{what}: quote index out of range"
            q = art.quotes[f.quote]
            assert q.start <= f.start, f"{what} starts before its quote"
            assert f.end <= q.end, f"{what} ends after its quote"
        if f.claim is not None:
            assert 0 <= f.claim < len(art.claims), f"{what}: claim index out of range"
            c = art.claims[f.claim]
            assert c.start <= f.start, f"{what} starts before its claim"
            assert f.end <= c.end, f"{what} ends after its claim"

    # Dates and metadata.
    _sorted("dates", [(d.start, d.end) for d in art.dates])
    for i, d in enumerate(art.dates):
        _span(text, f"date {i}", d.start, d.end, d.text)
    if art.dateline is not None:
        dl = art.dateline
        _span(text, "dateline", dl.start, dl.end, dl.text)
        for name in ("location", "date", "agency"):
            part = getattr(dl, name)
            if part is not None:
                _span(text, f"dateline {name}", part.start, part.end, part.text)
                assert dl.start <= part.start, f"dateline {name} starts before it"
                assert part.end <= dl.end, f"dateline {name} ends after it"
    for name in ("agency", "byline", "headline"):
        part = getattr(art, name, None)
        if part is not None:
            _span(text, name, part.start, part.end, part.text)
    for i, part in enumerate(getattr(art, "credits", ())):
        _span(text, f"credit {i}", part.start, part.end, part.text)

    # Speakers: every mention points into the text, every index is valid.
    for i, sp in enumerate(getattr(art, "speakers", ())):
        for part in sp.mentions:
            _span(text, f"speaker {i} mention", part.start, part.end, part.text)
        for qi in sp.quotes:
            assert 0 <= qi < len(art.quotes), f"speaker {i}: quote index {qi} out of range"
        for ci in sp.claims:
            assert 0 <= ci < len(art.claims), f"speaker {i}: claim index {ci} out of range"

    # Unpaired marks: quotation marks, in order, each listed once.
    um = list(art.unpaired_marks)
    assert um == sorted(set(um)), "unpaired_marks not sorted and unique"
    for m in um:
        assert 0 <= m < len(text), f"unpaired mark {m} out of bounds"
        assert text[m] in MARKS, f"unpaired mark {m} is no mark"

    # The JSON form is always serialisable, even for lone surrogates.
    json.dumps(newsclaims.to_json(art) if hasattr(newsclaims, "to_json") else art.to_dict())


def is_apostrophe(text: str, pos: int, art: Article) -> bool:
    """True when the marks layer reads the single mark at ``pos`` as an apostrophe."""
    from newsclaims._marks import _is_apostrophe  # the layer's own rule

    i = bisect.bisect_right(art.paragraphs, (pos, len(text) + 1)) - 1
    if i < 0 or not art.paragraphs[i][0] <= pos < art.paragraphs[i][1]:
        return False
    s, e = art.paragraphs[i]
    return _is_apostrophe(text, pos, s, e)


def lost_marks(art: Article) -> list[int]:
    """Quotation marks that are in no quote and not listed as unpaired.

    A mark belongs to a quote when the quote lists it or when it lies between
    the quote's first and last marks (a nested quotation counts as part of
    the quotation that holds it).  Apostrophes are not quotation marks.  Two
    straight apostrophes ``''`` may stand for one double mark, listed by the
    offset of one of its two characters.
    """
    text = art.text
    accounted = set(art.unpaired_marks)
    accounted.update(m for q in art.quotes for m in q.marks)
    for m in list(accounted):
        if text[m : m + 2] == "''":
            accounted.add(m + 1)
        if m > 0 and text[m - 1 : m + 1] == "''":
            accounted.add(m - 1)
    extents = [(q.marks[0], q.marks[-1]) for q in art.quotes]
    lost: list[int] = []
    k = 0
    for pos, ch in enumerate(text):
        if ch not in MARKS or pos in accounted:
            continue
        while k < len(extents) and extents[k][1] < pos:
            k += 1
        if k < len(extents) and extents[k][0] <= pos <= extents[k][1]:
            continue
        if ch not in _DOUBLE and is_apostrophe(text, pos, art):
            continue
        lost.append(pos)
    return lost
