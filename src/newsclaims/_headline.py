"""Headline: find it at the head of the text, and attribute its quotes.

A headline is the first line when it is short, does not end with a full
stop and is followed by a blank line (the layout of most article dumps).
Quotes in a headline have no reporting verb ("Zelenskyy warns of ‘matter
of days’"): their speaker is the headline's subject.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Final

import attrs
import regex

from newsclaims._lexicon import CUE_FORMS, word_set
from newsclaims._segment import TextView
from newsclaims._types import Cue, Quote, Span, Speaker

__all__ = ["attribute_headline", "find_headline", "locate_headline"]

_NOT_SUBJECTS: Final = word_set("headline_subject_stopwords.txt")

# A headline is at most this long; a longer first line is a paragraph.
_MAX_CHARS: Final = 160
_MAX_WORDS: Final = 22

# Line breaks, as the segmenter counts them ("\r\n" is one).
_BREAK: Final = regex.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_WORD: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.\-]{0,40}+")
# "By Jane Doe" starts a byline, not a headline.
_BYLINE_START: Final = regex.compile(r"(?i:by)[ \u00a0]\p{Lu}")
# A headline in the "‘quote’ says speaker" form: a reporting verb after the
# closing mark, then the rest of the headline (bounded by its length).
# (The verb is any word here, checked against the lexicon in code: the
# reporting-verb alternation would cost more to compile than the rest of
# this module.)
_SAYS_AFTER: Final = regex.compile(
    r"[ \u00a0,]{1,3}+(?P<cue>\p{L}{2,20}+)[ \u00a0]{1,3}+(?P<spk>[\p{L}\p{N}][^\n]{0,80}+)$"
)
# A headline in the "Speaker: ‘quote’" form.
_COLON_QUOTE: Final = regex.compile(
    r"(?P<spk>\p{Lu}[\p{L}\p{M}'’.\-]{0,30}+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’.\-]{0,30}+){0,3}+)"
    r"[ \u00a0]?+:[ \u00a0]{0,3}+[\"'‘“]"
)


def _blank_line_after(text: str, end: int, next_start: int) -> bool:
    # Two line breaks are enough to know: stop there, however long the gap.
    return len(list(itertools.islice(_BREAK.finditer(text, end, next_start), 2))) == 2


def find_headline(view: TextView) -> Span | None:
    """The first line of ``view`` when it is laid out as a headline."""
    if len(view.paragraphs) < 2:
        return None
    (s, e), (ns, _) = view.paragraphs[0], view.paragraphs[1]
    text = view.text
    if e - s > _MAX_CHARS or not _blank_line_after(text, e, ns):
        return None
    line = text[s:e]
    bare = line.rstrip("\"'’”»)] ")
    if bare.endswith((".", ",", ":", ";")) and not bare.endswith("..."):
        return None
    if view.sentence_index(e - 1) != view.sentence_index(s):
        return None  # two sentences: a paragraph, not a headline
    words = _WORD.findall(line)
    if not words or len(words) > _MAX_WORDS:
        return None
    if _BYLINE_START.match(line):
        return None
    if line[0].islower() and line[1:2].islower():
        return None  # a line starting with a plain lowercase word ("iTunes" may start one)
    return Span(start=s, end=e, text=line)


def _squash(s: str) -> str:
    return " ".join(s.split()).casefold()


def locate_headline(view: TextView, given: str) -> Span | None:
    """The span of a caller-given headline when the text starts with it."""
    if not view.paragraphs or not given.strip():
        return None
    s, e = view.paragraphs[0]
    if _squash(view.text[s:e]) == _squash(given):
        return Span(start=s, end=e, text=view.text[s:e])
    return None


def _plural(word: str) -> bool:
    """True for a plural subject ("MPs", "Tories"), which takes the base form."""
    return len(word) > 2 and word.endswith("s") and not word.isupper()


def _speaks(word: str, *, plural: bool) -> bool:
    """True when ``word`` is a reporting verb in the present of a headline.

    "warns", "says" (or "demand" after a plural: "MPs demand"), and "said".
    A form in -ing or -ed is a noun or a passive in a headline ("Security
    warning over …", "Labour accused of …"), and a base form after a
    singular subject is a noun ("Drink remark …").
    """
    low = word.lower()
    if low not in CUE_FORMS or low.endswith(("ing", "ed")):
        return False
    if low == "said" or low.endswith("s"):
        return True
    return plural and CUE_FORMS[low] == low


def _subject(text: str, start: int, end: int) -> tuple[int, int, tuple[int, int] | None] | None:
    """The headline's subject before ``end``: its start, end and cue span or None.

    The leading run of capitalised words ("Zelenskyy", "UK PM"), stopping at
    a lowercase word or at a reporting verb (so a Title Case headline,
    "Zelenskyy Warns Of …", still yields "Zelenskyy").  It is the speaker of
    the quote only when a reporting verb follows it ("Zelenskyy warns of ‘…’").
    """
    words = list(_WORD.finditer(text, start, end))
    if not words or words[0].start() != start:
        return None
    if words[0].group().lower() in _NOT_SUBJECTS:
        return None
    last = None
    nxt = None
    for m in words[:6]:
        w = m.group()
        if not w[0].isupper() or (last is not None and w.lower() in CUE_FORMS):
            nxt = m
            break
        last = m
    if last is None:
        return None
    if nxt is not None and _speaks(nxt.group(), plural=_plural(last.group())):
        return start, last.end(), nxt.span()
    # "Economy ‘stronger than forecast’": a quote right after the subject is
    # more often someone else's claim about it than the subject's words.
    return None


def _headline_speaker(
    text: str, head: Span, q: Quote
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """Who says quote ``q`` of headline ``head``: the speaker span and cue span."""
    colon = _COLON_QUOTE.match(text, head.start, q.marks[0] + 1)
    if colon is not None and colon.end() == q.marks[0] + 1:
        return colon.span("spk"), None
    after = _SAYS_AFTER.match(text, q.marks[-1] + 1, head.end)
    if after is not None and _speaks(after.group("cue"), plural=False):
        return after.span("spk"), after.span("cue")
    found = _subject(text, head.start, q.marks[0])
    if found is None:
        return None
    s, e, cue = found
    return (s, e), cue


def attribute_headline(
    view: TextView, quotes: Sequence[Quote], given: str | None = None
) -> tuple[Quote, ...]:
    """``quotes`` with the headline's subject as speaker of its unattributed quotes.

    Args:
        view: the segmented article.
        quotes: the attributed quotes.
        given: the caller's headline, if any; the text's first line is the
            headline only when it matches it.  Without it the headline is
            found with :func:`find_headline`.
    """
    if given is not None and not isinstance(given, str):
        # Unreachable for type-checked callers; others may pass anything.
        msg = f"headline must be a str or None, not {type(given).__name__}"  # type: ignore[unreachable]
        raise TypeError(msg)
    head = find_headline(view) if given is None else locate_headline(view, given)
    if head is None or not quotes or quotes[0].start > head.end:
        return tuple(quotes)
    text = view.text
    out: list[Quote] = []
    for q in quotes:
        inside = head.start <= q.marks[0] and q.marks[-1] < head.end
        # A speaker found without reporting words (a zero-width cue: "Blair
        # ‘will quit’") gives way to a headline's own "‘…’ says X".
        weak = q.speaker is not None and (q.cue is None or not q.cue.text)
        if not inside or (q.speaker is not None and not weak):
            out.append(q)
            continue
        found = _headline_speaker(text, head, q)
        if found is None or (weak and found[1] is None):
            out.append(q)
            continue
        (s, e), cue_span = found
        mention = text[s:e]
        cue = None
        if cue_span is not None:
            cs, ce = cue_span
            word = text[cs:ce]
            cue = Cue(text=word, start=cs, end=ce, lemma=CUE_FORMS.get(word.lower(), word))
        speaker = Speaker(name=mention, text=mention, start=s, end=e, kind="unknown")
        # A quoted phrase that a headline gives to a speaker is speech, not a
        # scare quote or a title, whatever its capitals.
        kind = "partial" if q.kind in ("scare", "title") else q.kind
        out.append(attrs.evolve(q, speaker=speaker, cue=cue, kind=kind, confidence=0.5))
    return tuple(out)
