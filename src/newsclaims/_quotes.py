"""Quotes: turn paired marks into quotations with spans and a kind.

Reads the raw quotations of the marks layer.  Joins a quotation interrupted
by its attribution (``"A," he said, "B."``) into one quote with two spans,
and tells full quotes from partial ones, scare quotes and quoted titles.

The kind answers "is this somebody's speech?":

* ``full``: an utterance quoted as such ("“We will win,” she said").
* ``partial``: a fragment of speech woven into a sentence of reported speech
  or narrative ("she called the plan “a disgrace”").
* ``scare``: a term in marks that nobody is being quoted as saying (the
  so-called “reset”, a “dry port”).
* ``title``: the name of a work, programme, law or campaign (the film
  “Casablanca”, CBS's “Face the Nation”), or a quotation standing in a
  heading: a headline, a subheading, a "READ MORE:" link.  Headings repeat
  words the body quotes, so they are not counted as speech twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

import regex

from newsclaims._lexicon import ABBREVIATIONS, CUE_FORMS, alternation, read_lines, word_set
from newsclaims._marks import MarkScan, RawQuote
from newsclaims._patterns import NAME, SPEAKER
from newsclaims._segment import TextView
from newsclaims._types import Quote, QuoteKind

__all__ = ["build_quotes"]

_TITLE_CUES: Final = read_lines("title_cues.txt")
_SCARE_CUES: Final = read_lines("scare_cues.txt")
_NAMING_CUES: Final = read_lines("naming_cues.txt")
#: Words a title may leave in lowercase ("Law and Order", "Face the Nation").
_TITLE_SMALL_WORDS: Final = word_set("title_small_words.txt")
_FUNCTION_WORDS: Final = word_set("function_words.txt")
#: The last word of every reporting or naming cue: what must stand right
#: before an opening mark for a cue to end there.  (One compiled splitter:
#: the module-level ``regex.split`` pays a cache lookup per word.)
_NON_LETTERS: Final = regex.compile(r"[^\p{L}]++")
_CUE_LAST_WORDS: Final = frozenset(
    _NON_LETTERS.split(w.lower())[-1] for w in (*CUE_FORMS, *_NAMING_CUES)
)

# The reporting-verb lexicon (a thousand forms) is not compiled into the
# patterns below: as an alternation it cost a quarter of a second at import
# (it stood in four patterns) for no gain at run time.  Instead a pattern
# stops where a cue may stand, and the word there is looked up in CUE_FORMS.
# A cue is a whole word (``\b…\b`` around letters only), so it is exactly a
# maximal run of word characters: _RUN finds those runs, with the same
# ``\b`` semantics at the window's edges as the alternation had.
_RUN: Final = regex.compile(r"\b\w++")


def _cue_runs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """``(start, end)`` of every reporting-verb form in ``text[lo:hi]`` (a short window)."""
    return [m.span() for m in _RUN.finditer(text, lo, hi) if m.group().lower() in CUE_FORMS]


# What stands before a cue is matched whole, in a window that ends at the
# cue.  There a name could stop only because the window does: in the whole
# text the name's possessive repeat would take a capitalised cue ("…,” Wesley
# Snipes' …" reads "Wesley Snipes'" as the name, and finds no cue).  So the
# name alternative of SPEAKER is captured, checked against the name read in
# the whole window (_NAME_AT), and the other forms tried when it differs.
_SPEAKER_NAMED: Final = SPEAKER.replace(NAME, f"(?P<name>{NAME})", 1)
_SPEAKER_NAMELESS: Final = SPEAKER.replace(NAME + "|", "", 1)
_NAME_AT: Final = regex.compile(NAME)


def _lead_to(
    named: regex.Pattern[str], nameless: regex.Pattern[str], text: str, span: tuple[int, int],
    end: int,
) -> bool:
    """True when ``named`` matches all of ``text[span[0]:span[1]]`` as the whole window would.

    ``span`` runs from the window's start to a cue; ``end`` is the window's
    end.  ``nameless`` is ``named`` without the name alternative.
    """
    start, cue = span
    m = named.fullmatch(text, start, cue)
    if m is None:
        return False
    ns = m.start("name")
    if ns < 0:
        return True
    full = _NAME_AT.match(text, ns, end)
    if full is not None and full.end() == m.end("name"):
        return True
    return nameless.fullmatch(text, start, cue) is not None


def _any_word(words: Iterable[str]) -> str:
    """A pattern for any of ``words`` as a whole word, in any case."""
    return r"\b(?i:" + alternation(words)[3:] + r"\b"


# The gap between the two parts of an interrupted quotation: a comma (inside
# or outside the first part), a speaker and a cue in either order, a comma or
# a colon.  Matched at one position in a gap of at most 160 characters.  The
# adverb before the cue ("she quickly added") is optional, not possessive: it
# must be able to give its word back to the cue ("she added on Tuesday").
# The filler after the cue holds no sentence end, but may hold the full stop
# of an abbreviation or an initial ("said Ms. Ortiz", "said John F. Smith").
#
# The pattern is ``LEAD (SPEAKER … CUE | CUE SPEAKER) TAIL``, split at the
# cue (see _RUN): _INTERRUPTION_LEAD is what stands before the cue in the
# first order (matched whole, from the gap's start to the cue), and
# _INTERRUPTION_TAIL what follows the cue, matched from its end.
_GAP_LEAD: Final = r"(?:\s{0,3}+,)?+\s{1,3}+"  # a comma unless the first part holds it
_INTERRUPTION_FILLER: Final = (
    r'(?:[^,:;.!?\n"“”]|(?<=\b(?:\p{Lu}|' + _any_word(ABBREVIATIONS) + r"))\.){0,60}+"
    r"[,:;]\s{0,3}+$"
)
_INTERRUPTION_GAP: Final = regex.compile(_GAP_LEAD)
_INTERRUPTION_LEAD_TAIL: Final = r"(?:,[^,\n]{1,80}+,)?+\s{1,3}+(?:\p{Ll}{1,15}+\s{1,3}+)?"
_INTERRUPTION_LEAD: Final = regex.compile(_GAP_LEAD + _SPEAKER_NAMED + _INTERRUPTION_LEAD_TAIL)
_INTERRUPTION_LEAD_NAMELESS: Final = regex.compile(
    _GAP_LEAD + _SPEAKER_NAMELESS + _INTERRUPTION_LEAD_TAIL
)
# After the cue: the filler, in the first order; the speaker, then the
# filler, in the second ("…,” said the minister, “…").
_INTERRUPTION_TAIL: Final = regex.compile(_INTERRUPTION_FILLER)
_INTERRUPTION_SPEAKER_TAIL: Final = regex.compile(
    rf"\s{{1,3}}+{SPEAKER}{_INTERRUPTION_FILLER}"
)

# Before a quotation: words that make it a title ("the film “…”", "CBS's
# “…”") or a scare quote ("so-called “…”").  Searched in a window of at
# most 80 characters that ends at the opening mark; every repeat is bounded.
_TITLE_BEFORE: Final = regex.compile(
    rf"(?:{_any_word(_TITLE_CUES)}[,:]?+|\p{{L}}['’]s?+)\s{{1,3}}+(?:\p{{Lu}}\p{{L}}{{0,30}}+\s){{0,3}}+$"
)
# After a quotation: a year in brackets, or the role of someone who made
# the work ("“Monsoon Road” (2004)", "“Salt Lines” director Ama Boateng").
# Matched at the closing mark; bounded.
_TITLE_AFTER: Final = regex.compile(
    r"[,.]?+[ \u00a0]{0,2}+(?:\((?:1[89]|20)\d\d\)|(?:director|creator|star|actor|actress"
    r"|author|producer|writer|host|composer|singer|presenter|showrunner|co-star|cast)s?+\b)"
)
# Before a quotation: a sign, a placard or a banner with the words it bears
# ("placards reading “Save Our Forests”"): text on display, not speech,
# whatever its case.  Searched in a window of 60 characters; bounded.
_SIGN_BEFORE: Final = regex.compile(
    r"\b(?i:signs?|placards?|banners?|posters?|t-shirts?|slogans?|graffiti)\b"
    r"[^.!?\n\"“”]{0,30}?(?i:reading|read|saying|bearing|with)?+[:,]?+\s{1,3}+$"
)
# Anchored at the end of a window of 80 characters before the opening mark;
# the cue list is a fixed alternation and the gap possessive, so each start
# costs a few steps.
_SCARE_BEFORE: Final = regex.compile(rf"{_any_word(_SCARE_CUES)}\s{{1,3}}+$")

# Words inside a quotation.
_WORDS: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.\-]{0,40}+")
# Terminal punctuation at a quotation's end, inside or just after the marks.
_TERMINAL: Final = regex.compile(r"[.!?\u2026][\"'’”)\]]{0,3}+\s{0,3}+$")
# The end of the text before a quotation: a cue then a comma or a colon
# ("he said, “…" / "said:") makes the quotation a full one.
# (A lazy, bounded filler: it must give back the final comma or colon.)
# (Only what follows the cue: the cue itself is found by _cue_runs.)
_CUE_BEFORE_TAIL: Final = regex.compile(r"[^.!?\n]{0,80}?[,:]\s{0,3}+$")
# A cue right before the opening mark, without a comma ("chanting “…",
# "said “…").  Searched in a short window ending at the mark; for a
# reporting verb, only the spaces after it are matched (_SPACES_TO_END).
_NAMING_RIGHT_BEFORE: Final = regex.compile(rf"{_any_word(_NAMING_CUES)}\s{{0,3}}+$")
_SPACES_TO_END: Final = regex.compile(r"\s{0,3}+$")
# Right after the closing mark: a speaker and a cue in either order ("…,” he
# said", "…,” said Ms. Smith").  Matched at one position in a short window;
# the optional adverb gives its word back to the cue, as in _INTERRUPTION_LEAD.
# Split at the cue (see _RUN): _CUE_AFTER_LEAD is matched whole from the
# closing mark to a cue, _CUE_AFTER_GAP finds where a cue must stand when
# it comes first.
_CUE_AFTER_GAP: Final = regex.compile(r"[\s,]{0,4}+")
_CUE_AFTER_LEAD_TAIL: Final = r"\s{1,3}+(?:\p{Ll}{1,15}+\s{1,3}+)?"
_CUE_AFTER_LEAD: Final = regex.compile(r"[\s,]{0,4}+" + _SPEAKER_NAMED + _CUE_AFTER_LEAD_TAIL)
_CUE_AFTER_LEAD_NAMELESS: Final = regex.compile(
    r"[\s,]{0,4}+" + _SPEAKER_NAMELESS + _CUE_AFTER_LEAD_TAIL
)
# A speech or naming verb shortly before a short quoted term, in its
# sentence ("the senator called the tally “cooked”", "the coach admitted they were
# “lucky”"): the term is somebody's words, a partial quote, not a scare
# quote.  The verbs are inflected forms that are rarely nouns: the whole
# reporting-verb lexicon is too loose here ("the auditor's report would
# rate the scheme as a “high-risk” loan").
_NAMING_BEFORE: Final = regex.compile(_any_word(_NAMING_CUES))

# Around a quoted modifier: a determiner or possessive right before the
# opening mark, and the lowercase word right after the closing one ("the
# “law and order” issue", "Romney's “47 percent” comment").  Each is matched
# at one position in a window of a few dozen characters.
_DETERMINER_BEFORE: Final = regex.compile(
    r"(?:\b(?i:the|a|an|this|that|these|those|its|his|her|their|our|my|your)|\p{L}['’]s?+)"
    r"\s{1,3}+$"
)
_NEXT_WORD: Final = regex.compile(r"\s{1,3}+(\p{Ll}[\p{L}\-]{0,30}+)")

# A sentence break inside a quotation: a stop, a space, a capital.
_SENTENCE_BREAK: Final = regex.compile(r"[.!?]\s\p{Lu}")

# Characters that may close a paragraph after its terminal punctuation.
_TRAILING_CLOSERS: Final = "\"'’”»›)]} \t\u00a0"
_TERMINAL_CHARS: Final = frozenset(".!?\u2026")

# How many words a quoted title may have, and a heading.
_MAX_TITLE_WORDS: Final = 12
_MAX_HEADING_WORDS: Final = 30


def _interruption(text: str, a: RawQuote, b: RawQuote) -> bool:
    """True when ``b`` continues ``a`` after an attribution between them."""
    a_end = a.spans[-1][1]
    b_start = b.spans[0][0]
    gap_start, gap_end = a.closer_end, b.marks[0]
    if gap_end - gap_start > 160 or "\n" in text[gap_start:gap_end]:
        return False
    # The first part ends with a comma, inside the marks or right after.
    comma_inside = text[max(a.spans[-1][0], a_end - 1) : a_end].rstrip().endswith(",")
    comma_after = text[gap_start : gap_start + 1] == ","
    if not (comma_inside or comma_after):
        return False
    if not text[b_start : b_start + 1].strip():
        return False
    return _interruption_match(text, gap_start, gap_end)


def _interruption_match(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is an attribution between two quote parts.

    ``, he said,`` / ``, said the minister,``: see _INTERRUPTION_LEAD.
    """
    cues = _cue_runs(text, start, end)
    if not cues:
        return False
    for cs, ce in cues:
        # "…,” Smith told reporters, “…": speaker first, then the cue.
        if _INTERRUPTION_TAIL.match(text, ce, end) is not None and _lead_to(
            _INTERRUPTION_LEAD, _INTERRUPTION_LEAD_NAMELESS, text, (start, cs), end
        ):
            return True
    # "…,” said Smith, “…": the cue first, right after the lead.
    lead = _INTERRUPTION_GAP.match(text, start, end)
    if lead is None:
        return False
    for cs, ce in cues:
        if cs == lead.end():
            return _INTERRUPTION_SPEAKER_TAIL.match(text, ce, end) is not None
    return False


def _merge(text: str, raws: Sequence[RawQuote]) -> list[RawQuote]:
    """Join each quotation interrupted by its attribution to its first part.

    A quotation is interrupted once at most ("“A,” he said, “B.”"): a third
    part after another attribution starts a new quote, which keeps a run of
    thousands of attributed fragments linear.
    """
    out: list[RawQuote] = []
    merged = False
    for q in raws:
        if out and not merged and len(q.spans) == 1 and _interruption(text, out[-1], q):
            prev = out.pop()
            q = RawQuote(  # noqa: PLW2901 - the joined quotation replaces its parts
                spans=prev.spans + q.spans,
                marks=prev.marks + q.marks,
                widths=prev.widths + q.widths,
                double=prev.double,
            )
            merged = True
        else:
            merged = False
        out.append(q)
    return out


def _is_title_case(words: Sequence[str]) -> bool:
    """True when every word is capitalised but small ones ("Face the Nation")."""
    if not words or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words)


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` ends with terminal punctuation."""
    tail = text[max(start, end - 12) : end].rstrip(_TRAILING_CLOSERS)
    return bool(tail) and tail[-1] in _TERMINAL_CHARS


class _Article:
    """What the kinds depend on beyond one quotation, computed once."""

    def __init__(self, view: TextView, raws: Sequence[RawQuote]) -> None:
        self.view = view
        self.text = view.text
        # The article's own quoting style: double marks unless most of its
        # quotations use single ones (British style).  In a double-mark
        # article, single marks outside quotations are the headline style.
        singles = sum(1 for q in raws if not q.double)
        self.single_style = singles > len(raws) - singles
        self._by_para: dict[int, list[RawQuote]] = {}
        for q in raws:
            self._by_para.setdefault(view.paragraph_index(q.marks[0]), []).append(q)
        self._heading: dict[int, bool] = {}
        self._headline_case: dict[int, bool] = {}

    def is_heading(self, i: int) -> bool:
        """True when paragraph ``i`` is a headline, a subheading or a link line."""
        cached = self._heading.get(i)
        if cached is None:
            cached = self._heading[i] = self._compute_heading(i)
        return cached

    def _outside_words(self, i: int) -> list[str]:
        """The words of paragraph ``i`` outside its quotations."""
        text = self.text
        pstart, pend = self.view.paragraphs[i]
        outside: list[str] = []
        pos = pstart
        for q in self._by_para.get(i, ()):
            outside.extend(_WORDS.findall(text, pos, q.marks[0]))
            pos = q.closer_end
        outside.extend(_WORDS.findall(text, pos, pend))
        return outside

    def is_headline_case(self, i: int) -> bool:
        """True when paragraph ``i`` capitalises its words like a headline.

        There a quotation's capitals say nothing about it being a title.
        """
        cached = self._headline_case.get(i)
        if cached is None:
            pstart, pend = self.view.paragraphs[i]
            cached = False
            if pend - pstart <= 400:
                longer = [w for w in self._outside_words(i) if len(w) > 3]
                cached = len(longer) >= 3 and all(not w[0].islower() for w in longer)
            self._headline_case[i] = cached
        return cached

    def _compute_heading(self, i: int) -> bool:
        text = self.text
        pstart, pend = self.view.paragraphs[i]
        quotes = self._by_para.get(i, [])
        if not quotes or pend - pstart > 400:
            return False
        outside = self._outside_words(i)
        inside = sum(len(_WORDS.findall(text, s, e)) for q in quotes for s, e in q.spans)
        if len(outside) + inside > _MAX_HEADING_WORDS:
            return False
        if i > 0:
            prev_end = self.view.paragraphs[i - 1][1]
            if text[prev_end - 1] == ":":
                return False  # speech announced by the paragraph before
        ends = _ends_sentence(text, pstart, pend)
        single = any(not q.double for q in quotes) and not self.single_style
        if not outside:
            # A paragraph that is only a quotation: a subheading when it is in
            # the headline style (single marks) or has no final stop.
            return single or not ends
        return single and not ends


def _last_char(text: str, lo: int, pos: int) -> str:
    """The last character before ``pos`` that is not white space, down to ``lo``."""
    while pos > lo and text[pos - 1].isspace():
        pos -= 1
    return text[pos - 1] if pos > lo else ""


def _words(text: str, q: RawQuote) -> list[str]:
    """The words of the quoted parts (not of an attribution between them).

    Only the first 400 characters of quoted text are read: the kinds need
    the first words and the count of a short quotation, nothing more.
    """
    words: list[str] = []
    budget = 400
    for start, end in q.spans:
        if budget <= 0:
            break
        words.extend(_WORDS.findall(text, start, min(end, start + budget)))
        budget -= end - start
    return words


def _cue_before(text: str, lo: int, opener: int) -> bool:
    """True for a cue, then a comma or a colon, before the opening mark.

    ("he said, “…", "said in a statement: “…").  The pattern runs only where
    the text before the mark ends with a comma or a colon: the reporting-verb
    alternation is large, and most quotations fail this cheap test.
    """
    e = opener
    while e > lo and text[e - 1] in " \t\u00a0":
        e -= 1
    if e == lo or text[e - 1] not in ",:":
        return False
    return any(
        _CUE_BEFORE_TAIL.match(text, ce, opener) is not None
        for _, ce in _cue_runs(text, lo, opener)
    )


def _cue_right_before(text: str, lo: int, opener: int) -> bool:
    """True for a reporting or naming verb right before the opening mark.

    ("chanting “…", "called it “…").  The pattern runs only where the last
    word before the mark can end a cue, a set lookup.
    """
    e = opener
    while e > lo and text[e - 1].isspace():
        e -= 1
    s = e
    while s > lo and text[s - 1].isalpha():
        s -= 1
    if text[s:e].lower() not in _CUE_LAST_WORDS:
        return False
    if _NAMING_RIGHT_BEFORE.search(text, lo, opener) is not None:
        return True
    return any(
        _SPACES_TO_END.match(text, ce, opener) is not None for _, ce in _cue_runs(text, lo, opener)
    )


def _cue_adjacent(text: str, q: RawQuote, para: tuple[int, int]) -> bool:
    """True when a cue stands right before or right after the quotation."""
    opener = q.marks[0]
    before_start = max(para[0], opener - 80)
    if _cue_before(text, before_start, opener) or _cue_right_before(
        text, max(para[0], opener - 30), opener
    ):
        return True
    if text[before_start:opener].rstrip().endswith(":"):
        return True
    after = q.closer_end
    end = q.spans[-1][1]
    if _ends_sentence(text, q.spans[-1][0], end):
        # "“Peace Through Strength.” He told the crowd…": a new sentence
        # starts after the quotation, and its cue is not the quotation's.
        nxt, stop = after, min(para[1], after + 10)
        while nxt < stop and text[nxt].isspace():
            nxt += 1
        if nxt < stop and text[nxt].isupper():
            return False
    return _cue_after(text, after, min(para[1], after + 80))


def _cue_after(text: str, start: int, end: int) -> bool:
    """A speaker and a cue in either order at ``start`` ("…,” he said")."""
    cues = _cue_runs(text, start, end)
    if not cues:
        return False
    gap = _CUE_AFTER_GAP.match(text, start, end)
    first = gap.end() if gap is not None else start
    return any(
        cs == first
        or _lead_to(_CUE_AFTER_LEAD, _CUE_AFTER_LEAD_NAMELESS, text, (start, cs), end)
        for cs, _ in cues
    )


def _is_title(art: _Article, q: RawQuote, words: Sequence[str], para: tuple[int, int]) -> bool:
    """True for a quoted name of a work, programme, law or campaign."""
    text = art.text
    if len(q.spans) > 1 or not (0 < len(words) <= _MAX_TITLE_WORDS):
        return False
    start, end = q.spans[0]
    if not _is_title_case(words) or art.is_headline_case(art.view.paragraph_index(q.marks[0])):
        return False
    if _SENTENCE_BREAK.search(text, start, end):
        return False  # "The Donald. Big Daddy.": sentences, not a name
    if _TITLE_BEFORE.search(text, max(para[0], q.marks[0] - 80), q.marks[0]):
        # "his book, “An American Son”", "the ad, titled “Unifier?”".
        return True
    if _TITLE_AFTER.match(text, q.closer_end, min(para[1], q.closer_end + 24)):
        return True  # "“Monsoon Road” (2004)", "“Salt Lines” creator …"
    # A capitalised exclamation or question is speech ("“Thank You!”").
    tail = text[max(start, end - 3) : end].rstrip(_TRAILING_CLOSERS)
    if tail.endswith(("!", "?")) or _cue_adjacent(text, q, para):
        return False
    # One capitalised word is a title only where the words before say so
    # ("the documentary “Weiner”", "CNN's “Politicking”").
    return sum(1 for w in words if w[0].isupper() or w[0].isdigit()) >= 2


def _is_modifier(text: str, q: RawQuote, para: tuple[int, int]) -> bool:
    """True for a short quotation used as a modifier of the noun after it."""
    start, end = q.spans[0]
    if len(q.spans) > 1 or not text[start : start + 1].islower():
        return False
    # A single quoted word modifying a noun is as often a speaker's adjective
    # (an “awful” job) as a term; a phrase ending in punctuation is a clause.
    if " " not in text[start:end].strip() or not text[end - 1 : end].isalnum():
        return False
    if _NAMING_BEFORE.search(text, max(para[0], q.marks[0] - 60), q.marks[0]):
        return False
    if not _DETERMINER_BEFORE.search(text, max(para[0], q.marks[0] - 20), q.marks[0]):
        return False
    m = _NEXT_WORD.match(text, q.closer_end, min(para[1], q.closer_end + 40))
    return m is not None and m.group(1).lower() not in _FUNCTION_WORDS


def _kind(art: _Article, q: RawQuote) -> QuoteKind:
    view, text = art.view, art.text
    start, end = q.spans[0][0], q.spans[-1][1]
    pi = view.paragraph_index(q.marks[0])
    para = view.paragraphs[pi]
    sent = view.sentences[view.sentence_index(q.marks[0])]
    if len(q.spans) == 1 and art.is_heading(pi):
        return "title"
    if _SIGN_BEFORE.search(text, max(para[0], q.marks[0] - 60), q.marks[0]):
        return "title"  # words on a placard or a banner
    before_start = max(para[0], q.marks[0] - 80)
    words = _words(text, q)
    n_words = len(words)
    terminal = _TERMINAL.search(text, max(start, end - 8), end) is not None
    if _is_title(art, q, words, para):
        return "title"
    if n_words <= 4 and (
        _SCARE_BEFORE.search(text, before_start, q.marks[0]) or _is_modifier(text, q, para)
    ):
        return "scare"
    lead_start = max(sent[0], para[0])
    # The last character of the sentence before the quotation ("" when the
    # quotation starts it): a backward scan over white space only, so a
    # quotation deep in a huge sentence costs no more than one near its start.
    lead = _last_char(text, lead_start, q.marks[0])
    starts_lower = bool(words) and words[0][0].islower()
    cue_before = _cue_before(text, before_start, q.marks[0])
    if (
        n_words <= 2
        and (starts_lower or not terminal)
        and lead
        and lead != ":"
        and not cue_before
        and not _cue_right_before(text, max(lead_start, q.marks[0] - 30), q.marks[0])
        and not _NAMING_BEFORE.search(text, max(lead_start, q.marks[0] - 60), q.marks[0])
    ):
        # One or two lowercase words inside a sentence with no speech verb
        # before them: a term in quotation marks ("the so-called “reset”",
        # "a “mutant.”": a stop inside the marks is the American placement,
        # not the end of a quoted sentence).
        return "scare"
    if lead in ("", ":"):
        return "partial" if starts_lower and n_words <= 3 else "full"
    if cue_before and not starts_lower:
        return "full"
    return "partial"


def _outer_marks(q: RawQuote) -> tuple[int, ...]:
    """The offsets of the marks, a two-character mark by its outer character.

    An opening ``''`` is given by its first character and a closing one by
    its last, so that the text before the first mark and after the last one
    lies outside the quotation, as with one-character marks.
    """
    if all(w == 1 for w in q.widths):
        return q.marks
    closers = {e for _, e in q.spans}
    return tuple(m + w - 1 if m in closers else m for m, w in zip(q.marks, q.widths, strict=True))


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _named_title(art: _Article, q: RawQuote) -> bool:
    """True for a quotation that the words around it name as a work's title."""
    text = art.text
    para = art.view.paragraphs[art.view.paragraph_index(q.marks[0])]
    return (
        _TITLE_BEFORE.search(text, max(para[0], q.marks[0] - 80), q.marks[0]) is not None
        or _TITLE_AFTER.match(text, q.closer_end, min(para[1], q.closer_end + 24)) is not None
    )


def _title_key(text: str, q: RawQuote) -> str:
    """The words of a short one-part quotation, for finding it again ("" if none)."""
    if len(q.spans) != 1:
        return ""
    start, end = q.spans[0]
    if end - start > 120:
        return ""
    return " ".join(_WORDS.findall(text, start, end)).casefold()


def build_quotes(view: TextView, scan: MarkScan) -> tuple[tuple[Quote, ...], tuple[int, ...]]:
    """Quotations of ``view`` with spans and kinds; no speakers yet.

    Returns the quotes and the marks of empty quotations (``""``), which
    enclose nothing and so are reported as unpaired.
    """
    text = view.text
    out: list[Quote] = []
    empty: list[int] = []
    raws = _merge(text, scan.quotes)
    art = _Article(view, raws)
    kinds = [_kind(art, q) for q in raws]
    # A name of a work is one wherever the article quotes it: "the Nigerian
    # thriller “Tidewater”" makes a later “Tidewater,” a title too, unless a
    # cue makes that one speech.  Only a title the words around it name (a
    # work's noun before it, a year or a maker after it) spreads.
    titles = {
        _title_key(text, q)
        for q, k in zip(raws, kinds, strict=True)
        if k == "title" and _named_title(art, q)
    }
    titles.discard("")
    if titles:
        for n, q in enumerate(raws):
            if (
                kinds[n] in ("full", "partial")
                and _title_key(text, q) in titles
                and not _cue_adjacent(text, q, view.paragraphs[view.paragraph_index(q.marks[0])])
            ):
                kinds[n] = "title"
    for q, kind in zip(raws, kinds, strict=True):
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
                marks=_outer_marks(q),
                kind=kind,
            )
        )
    return tuple(out), tuple(empty)
