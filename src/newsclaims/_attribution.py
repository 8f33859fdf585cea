"""Attribution: the speaker and cue of each quotation.

First finds the article's *frames*: every reporting verb outside the
quotations ("said", "emphasised", "according to") with the speaker mention
next to it, read from a bounded window of its sentence.  Then gives each
quotation the frame that introduces it, trying the layouts in turn:

* after the closing mark: ``…,” she said`` / ``…,” said the minister`` /
  ``…,” Zelenskyy, Ukraine's president, said`` / ``…,” according to X`` /
  ``” — Ukrainian President Volodymyr Zelenskyy``;
* before the opening mark: ``He added, “…`` / ``X told KBS: “…`` /
  ``And from the president: “…``; for a partial quotation, the nearest
  reporting verb earlier in its sentence (``X questioned …, highlighting
  that … “silence is striking.”``), whose subject may be shared by
  coordinated verbs (``X issued … and said that … and emphasised that``);
* the speaker of the quotation just before it in the same paragraph
  (``“…,” says X. “…”``);
* the speaker of the previous paragraph, for a paragraph that opens with a
  quotation and has no cue of its own (a continued quotation).

Speakers are resolved to names afterwards (``_resolve``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

import attrs
import regex

from newsclaims._confidence import LAYOUT_CONFIDENCE, Trace
from newsclaims._lexicon import (
    CALENDAR_NAMES,
    CUE_FORMS,
    DAY_WORDS,
    GROUPS,
    NOUN_FORMS,
    PRONOUNS,
    TITLES,
    word_set,
)
from newsclaims._mentions import (
    CAP,
    DET,
    DETERMINERS,
    FUNC,
    FUNCTION_WORDS,
    GROUP,
    JOIN,
    LOWER,
    POSS,
    PUNCT,
    ROLE,
    Mention,
    Token,
    generic_mention,
    is_adverb,
    left_mention,
    right_mention,
)
from newsclaims._segment import TextView
from newsclaims._types import Cue, Quote, Speaker

__all__ = [
    "Frame",
    "attribute",
    "find_frames",
    "frame_mention",
    "frame_speakers",
    "sentence_subject",
    "to_speaker",
]

# Candidate cue words: a lowercase word, or a capitalised "According" /
# "Said" that opens a sentence (see _cue_positions).  Every reporting-verb
# form is ASCII, so the standard library's engine serves, and it scans plain
# character classes faster.  Bounded repeat.
_WORD: Final = re.compile(
    r"\b(?:[a-z][a-z\-]{1,17}|According|Said|Says|Asked|[A-Z][a-z]{1,14}ing)\b"
)
# The words _WORD finds that are cues, as written, with their lemma.
_CUE_WORDS: Final = {
    **CUE_FORMS,
    "according": "according to",
    "According": "according to",
    **{w: CUE_FORMS[w.lower()] for w in ("Said", "Says", "Asked") if w.lower() in CUE_FORMS},
    # A participle that opens a sentence: "Noting that …, the mayor …".
    **{w.capitalize(): lemma for w, lemma in CUE_FORMS.items() if w.endswith("ing")},
}
# "according to" / "according to a"...
_ACCORDING_TO: Final = regex.compile(r"[ \u00a0]{1,3}+to\b")

# How far around a cue its speaker is read, in characters.
_LEFT: Final = 140
_LEFT_SHORT: Final = 50
_RIGHT: Final = 90
# At most this many words in a partial quotation with no speaker make it a
# quoted term.
_TERM_WORDS: Final = 6
# How far from a quotation its attribution may stand, in characters.
_NEAR: Final = 160
# Words after which a cue word is a noun ("a warning", "his statement") or a
# passive ("was told"), not a verb with a speaker.
_NOUN_BEFORE: Final = word_set("noun_before.txt")
_PASSIVE_BEFORE: Final = word_set("passive_before.txt")
# What may stand between a cue and the quotation it introduces: a comma or
# colon, "that", a short adverbial ("in a statement", "on Tuesday").
_GAP_BEFORE: Final = regex.compile(
    r"[^.!?\n\"“”„«»]{0,70}+$"
)
# Between the closing mark and a speaker that follows: punctuation only.
_GAP_AFTER: Final = regex.compile(r"[\s,;:]{0,6}+")
# The word right after a cue.  Bounded.
_NEXT_WORD: Final = regex.compile(r"[ \u00a0]{1,3}+([\p{L}][\p{L}'’\-]{0,30}+)")
# Words that open a clause as its subject ("claims he …", "claims their …").
_CLAUSE_SUBJECTS: Final = frozenset(
    ("he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "our", "there")
)
# A closing quotation mark (and its comma), then at most four words (a name
# or a description), right before a cue.  Searched in a window of 60 characters
# that ends at the cue; bounded.
_QUOTE_THEN_NAME: Final = regex.compile(
    r"[”\"’'»][,.]?+[ \u00a0]{1,2}+(?:[\p{L}][\p{L}'’.\-]{0,30}+[ \u00a0]{1,2}+){0,4}+$"
)
# A number right before a cue, and a year.  Bounded.
# (A number that ends in a comma or a full stop ends a clause instead.)
_COUNT_BEFORE: Final = regex.compile(r"(?<![\d.,])(\d[\d,.]{0,12}+)(?<=\d)[ \u00a0]{1,3}+$")
_YEAR: Final = regex.compile(r"1[6-9]\d\d|20\d\d")
# The word just before a cue, read from a short window that ends at it.
_PREV_WORD: Final = regex.compile(r"([\p{L}'’]{1,30}+)[\s\u00a0]{1,3}+$")
# Nouns for somebody's words that may introduce a quotation after a colon
# ("His reply: “…”", "Moyo's answer: “…”").
_SPEECH_NOUNS: Final = frozenset(
    ("reply", "response", "answer", "retort", "verdict", "message", "words", "advice",
     "explanation", "comment", "remark", "warning", "plea", "promise", "conclusion")
)
# Lead-ins to an infinitive cue: "went on to say", "proceeded to add".
_GO_ON: Final = frozenset(("went", "goes", "go", "going", "gone"))
_LEAD_INS: Final = frozenset(
    ("proceeded", "proceeds", "quick", "hastened", "continued", "continues")
)
# A dash that attributes a quotation ("” — Ukrainian President X").
_DASH: Final = regex.compile(r"[ \u00a0]{0,3}+[—–―-]{1,2}+[ \u00a0]{0,3}+")
# Sentence-final punctuation inside a short gap.
_TERMINAL: Final = regex.compile(r"[.!?](?:[\s\"”’)]|$)")
# Words of a time adverbial between a speaker and the cue ("X on Friday
# said", "X in July said", "X late on Friday saying"): the time words, then
# the prepositions and modifiers that lead them.  "May" is a surname too.
_PROPER_TIMES: Final = CALENDAR_NAMES | DAY_WORDS
_TIME_WORDS: Final = (word_set("time_words.txt") | _PROPER_TIMES) - {"may", "sun"}
_TIME_LEADS: Final = frozenset(
    ("on", "in", "at", "by", "last", "this", "early", "late", "earlier", "later", "until")
)
# Characters that take no width ("Ana Ruiz\u200bsaid"): the speaker's words
# end, and the clause's start, where they stop.
_ZERO_WIDTH: Final = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Subject pronouns, which a contraction may join to an auxiliary ("he's").
_SUBJECT_PRONOUNS: Final = word_set("subject_pronouns.txt")
# Prepositions: a word after one is no subject ("of state", "in states").
_PREPOSITIONS: Final = frozenset(
    ("of", "in", "on", "at", "for", "from", "with", "by", "into", "about", "across", "under",
     "over", "between", "among", "within", "throughout")
)
# Dashes that open and close an aside.
_DASHES: Final = frozenset(("—", "–", "--"))
# Verbs that take a listener: "…, told X that …" names the listener after
# the verb, never the speaker.
_LISTENER_VERBS: Final = word_set("listener_verbs.txt")


@attrs.frozen(kw_only=True)
class Frame:
    """A reporting verb and its speaker.

    Attributes:
        cue: the reporting words.
        mention: the speaker mention, or None when the verb has no subject
            of its own (a participle, a coordinated verb).
        inverted: True when the speaker follows the cue ("said X",
            "according to X").
        sentence: index of the sentence in the view.
    """

    cue: Cue
    mention: Mention | None
    inverted: bool
    sentence: int


def _inside(starts: Sequence[int], spans: Sequence[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def sentence_subject(view: TextView, sentence: int, limit: int) -> Mention | None:
    """The subject of a sentence: the mention that opens it, before ``limit``.

    Skips a dateline ("Kyiv:", "WASHINGTON —") and an opening adverbial up to
    its comma ("On Tuesday, ...", "Sharing a post on X, ...").
    """
    s, _ = view.sentences[sentence]
    end = min(limit, s + 200)
    toks = view.words.window(s, end)
    i = 0
    for _ in range(3):
        while i < len(toks) and (toks[i].kind == FUNC and toks[i].text[:1].isupper()):
            # "But", "And", "Then": an opener that is no part of the subject;
            # a capitalised preposition starts an adverbial: skip to its comma.
            low = toks[i].text.lower()
            if low in ("in", "on", "at", "after", "before", "during", "while", "when", "as",
                       "since", "for", "from", "with", "without", "despite", "although",
                       "though", "if", "because", "by", "under", "over", "about"):
                n = i
                while n < len(toks) and toks[n].text != "," and n - i < 20:
                    n += 1
                i = n + 1 if n < len(toks) and toks[n].text == "," else len(toks)
            else:
                i += 1
        while i < len(toks) and is_adverb(toks[i]):
            i += 1
        m = right_mention(toks, i)
        if m is None:
            # A participle clause ("Sharing a post on X, Zelenskyy wrote"):
            # the subject follows its comma.
            n = i
            while n < len(toks) and toks[n].text != "," and n - i < 20:
                n += 1
            if n >= len(toks) or toks[n].text != "," or n == i:
                return None
            i = n + 1
            continue
        j = i
        while j < len(toks) and toks[j].end <= m.end:
            j += 1
        if j < len(toks) and toks[j].text in (":", "—", "–") and j + 1 < len(toks):
            i = j + 1  # a dateline: "Kyiv: ..." / "WASHINGTON — ..."
            continue
        return m
    return None


def _frame_at(view: TextView, start: int, end: int, lemma: str, sentence: int) -> Frame | None:
    """The frame of the cue ``text[start:end]``, or None if it is no cue here."""
    text = view.text
    s0, s1 = view.sentences[sentence]
    word = text[start:end].lower()
    # The word before decides cheaply, before any tokenising, whether this is
    # a noun ("a warning", "his statement") or a passive ("was told").
    pw = _PREV_WORD.search(text, max(s0, start - 24), start)
    if text[start].isupper() and pw is not None and pw.group(1)[:1].isupper():
        return None  # "Mark Said said": a capitalised cue after a name is a name
    if (word.endswith("ed") or word in NOUN_FORMS) and _after_count(text, s0, start):
        # An adjective or a noun after a number: "40 promised tractors",
        # "the 50 states".  (A number may be the subject of "said".)
        return None
    contracted = _contracted_speaker(pw)
    if pw is not None and contracted is None:
        low = pw.group(1).lower()
        if low in _NOUN_BEFORE or low.endswith(("'s", "’s")):
            return None
        if low in _PASSIVE_BEFORE and not word.endswith("ing"):
            return None
    if word in NOUN_FORMS and pw is not None and (
        pw.group(1).lower() in _PREPOSITIONS or _after_article_and_adjective(text, s0, pw)
    ):
        return None  # "secretary of state", "in states that …", "a strong signal that"
    if word in NOUN_FORMS and not (pw is not None and pw.group(1).lower() in PRONOUNS):
        after = text[end : end + 8].lstrip()
        if not (
            after[:1] in (",", ":", '"', "“", "'", "‘")
            or after.lower().startswith("that")
            or _verb_between(text, pw, end, s1)
            or _after_quotation(text, s0, start)
            or (after[:1] in (".", ";") and _postposed_subject(text, pw, s0))
        ):
            return None  # "a polarizing question", "state officials"
    # A short window first; a long one only when the mention may run past it
    # (an appositive, a long title).
    stop = _before_zero_width(text, s0, start)
    lo = max(s0, start - _LEFT_SHORT)
    left = view.words.window(lo, stop)
    if lo > s0 and _may_run_past(left):
        lo = max(s0, start - _LEFT)
        left = view.words.window(lo, stop)
    j = _before_time(left, len(left))
    prev = left[j - 1] if j > 0 else None
    cue = Cue(text=text[start:end], start=start, end=end, lemma=lemma)
    if lemma == "according to":
        right = view.words.window(end, min(s1, end + _RIGHT))
        m = right_mention(right, 0)
        return Frame(cue=cue, mention=m, inverted=True, sentence=sentence)
    # "Okafor then went on to add", "she was quick to say": the speaker stands
    # before the phrase that leads to the infinitive.
    j = _before_lead_in(left, j)
    if word.endswith("ing") and j >= 2 and left[j - 1].text.lower() == "as" and (
        left[j - 2].text.lower() in ("quoted", "cited")
    ):
        # "X was quoted as saying": the speaker stands before the passive.
        j -= 2
        while j > 0 and left[j - 1].text.lower() in _PASSIVE_BEFORE:
            j -= 1
    if word.endswith("ing") and prev is not None and prev.text == ",":
        # "…, barely dwelled on his rivals, saying …": a participle after a
        # comma has the subject of its clause, not a mention before it.
        return Frame(cue=cue, mention=None, inverted=False, sentence=sentence)
    mention = contracted or left_mention(left, j) or _before_dashes(left, j)
    if mention is not None and word in NOUN_FORMS and _after_preposition(text, s0, mention):
        return None  # "part of a future buffer state, …": a noun
    if mention is not None:
        return Frame(cue=cue, mention=mention, inverted=False, sentence=sentence)
    # "…, one slide says.": any short noun phrase after a comma, when the
    # verb ends the sentence.
    if text[end : end + 1] in (".", ",") or end >= s1:
        mention = generic_mention(left, j)
        if mention is not None:
            return Frame(cue=cue, mention=mention, inverted=False, sentence=sentence)
    # Inverted order: "…,” said X" / "…, says X." / "Said the minister: …".
    if word.endswith("ing"):
        return Frame(cue=cue, mention=None, inverted=False, sentence=sentence)
    if prev is None or prev.kind == PUNCT:
        rstart = _after_zero_width(text, end, s1)
        right = view.words.window(rstart, min(s1, rstart + _RIGHT))
        m = right_mention(right, 0)
        if m is not None and not (lemma in _LISTENER_VERBS and _listener_then_clause(text, m, s1)):
            return Frame(cue=cue, mention=m, inverted=True, sentence=sentence)
    return Frame(cue=cue, mention=None, inverted=False, sentence=sentence)


def _before_lead_in(left: Sequence[Token], j: int) -> int:
    """Where the speaker's words end before a lead-in to an infinitive cue.

    "went on to (say)", "goes on to", "proceeded to", "was quick to":
    the index before the lead-in, or ``j`` when there is none.
    """
    if j < 2 or left[j - 1].text.lower() != "to":
        return j
    k = j - 2
    if left[k].text.lower() == "on" and k >= 1:
        k -= 1
        return k if left[k].text.lower() in _GO_ON else j
    if left[k].text.lower() in _LEAD_INS:
        while k > 0 and left[k - 1].text.lower() in ("was", "were", "is", "are"):
            k -= 1
        return k
    return j


def _after_article_and_adjective(text: str, s0: int, pw: regex.Match[str]) -> bool:
    """True for "a strong" before a noun form: an adjective after "a".

    "send a strong signal that …", "a clear message that …"; "the letter
    reads", "a spokesman states" have a subject there.
    """
    word = pw.group(1)
    if not word.islower() or word in TITLES or word in GROUPS:
        return False
    ppw = _PREV_WORD.search(text, max(s0, pw.start(1) - 24), pw.start(1))
    return ppw is not None and ppw.group(1).lower() in ("a", "an")


def _after_preposition(text: str, s0: int, m: Mention) -> bool:
    """True when a preposition stands right before mention ``m``.

    The words are then the object of a phrase ("part of a future buffer
    state"), no subject of a verb.
    """
    pw = _PREV_WORD.search(text, max(s0, m.start - 24), m.start)
    return pw is not None and pw.group(1).lower() in _PREPOSITIONS


def _contracted_speaker(pw: regex.Match[str] | None) -> Mention | None:
    """The pronoun of "he's", "I've", "they're" right before a cue.

    "He's suggesting that …", "I've been saying …": the contraction holds the
    speaker and an auxiliary; it is no possessive ("the ministry's").
    """
    if pw is None:
        return None
    word = pw.group(1).replace("’", "'")
    cut = word.find("'")
    if cut <= 0 or word[cut:].lower() not in ("'s", "'ve", "'re", "'d", "'ll", "'m"):
        return None
    pronoun = word[:cut].lower()
    if pronoun not in _SUBJECT_PRONOUNS:
        return None
    start = pw.start(1)
    return Mention(start=start, end=start + cut, pronoun=True, head=pronoun)


def _before_dashes(left: list[Token], j: int) -> Mention | None:
    """The mention before words between dashes that end right before the cue.

    "Democrats — and some Republicans — say …": the speaker stands before
    the aside.
    """
    if j < 3 or left[j - 1].text not in _DASHES:
        return None
    k = j - 2
    while k > 0 and j - k < 25 and left[k].text not in _DASHES:
        k -= 1
    if k <= 0 or left[k].text not in _DASHES:
        return None
    return left_mention(left, k)


def _before_zero_width(text: str, s0: int, pos: int) -> int:
    """``pos``, moved back over zero-width characters ("Ruiz\u200bsaid")."""
    while pos > s0 and text[pos - 1] in _ZERO_WIDTH:
        pos -= 1
    return pos


def _after_zero_width(text: str, pos: int, s1: int) -> int:
    """``pos``, moved on over zero-width characters ("said\u200bRuiz")."""
    while pos < s1 and text[pos] in _ZERO_WIDTH:
        pos += 1
    return pos


def _before_time(left: Sequence[Token], j: int) -> int:
    """Where the words before ``left[j]`` end once a time adverbial is left out.

    "Prasad on Saturday said", "Geldof in July said", "X late on Friday
    saying", "X on 4 July said": the speaker stands before the date, which
    is no speaker.  ``j`` itself when no date ends the words, or when
    nothing stands before it.  A word of time with no preposition is a date
    only when it names a day or a month ("Britain Monday said", not "Day
    said": a surname).
    """
    k = j
    while k > 0 and is_adverb(left[k - 1]) and left[k - 1].text.lower() not in _TIME_WORDS:
        k -= 1  # "Trump this week also said"
    j_adverbs = k
    named = False
    while k > 0 and (left[k - 1].text.lower() in _TIME_WORDS or left[k - 1].text.isdigit()):
        named = named or left[k - 1].text.lower() in _PROPER_TIMES
        k -= 1
    if k == j_adverbs or all(t.text.isdigit() for t in left[k:j_adverbs]):
        return j
    n = k
    while n > 0 and left[n - 1].text.lower() in _TIME_LEADS:
        n -= 1
    if n == 0 or (n == k and not (named and left[k - 1].kind in (CAP, ROLE, GROUP))):
        return j
    return n


def _listener_then_clause(text: str, m: Mention, s1: int) -> bool:
    """True when the mention after "told" is followed by "that" or a clause.

    "…, told BBC Radio that the plan …", "…, told reporters he …": the
    mention is the listener, and the speaker stands before the verb.
    """
    words = text[m.end : min(s1, m.end + 24)].split(None, 1)
    if not words:
        return False
    word = words[0].strip(",;:").lower()
    return word == "that" or word in PRONOUNS or (words[0][:1].islower() and words[0][:1].isalpha())


def _verb_between(text: str, pw: regex.Match[str] | None, end: int, s1: int) -> bool:
    """True when a noun form reads as a verb between a subject and a clause.

    "Trump claims he is worth more", "the government claims its critics …":
    a name or a role before the word, and a subject pronoun, a possessive or
    a capitalised name right after it.  "the claims he made" has a
    determiner before it, "state officials" no clause after it.
    """
    if pw is None:
        return False
    before = pw.group(1)
    low = before.lower()
    if not (before[0].isupper() and low not in DETERMINERS and low not in FUNCTION_WORDS) and not (
        low in TITLES or low in GROUPS
    ):
        return False
    m = _NEXT_WORD.match(text, end, s1)
    if m is None:
        return False
    nxt = m.group(1)
    return nxt.lower() in _CLAUSE_SUBJECTS or (nxt[0].isupper() and nxt.lower() not in DETERMINERS)


def _after_quotation(text: str, s0: int, start: int) -> bool:
    """True when a quotation closes right before ``start``, or before a short name.

    "…,” notes Priya Raghavan", "…,” Kofi Mensah reports", "…,” the letter
    reads": a cue that is as often a noun is a verb where it attributes the
    quotation just closed.
    """
    m = _QUOTE_THEN_NAME.search(text, max(s0, start - 60), start)
    return m is not None


def _postposed_subject(text: str, pw: regex.Match[str] | None, s0: int) -> bool:
    """True when a noun form ends a sentence after its subject.

    "…, researchers report.", "…, the ministry states." (not "…, according
    to the police report.": the words after the comma are a short subject,
    no phrase).  The word before must head a group or a title, or be a name.
    """
    if pw is None:
        return False
    before = pw.group(1)
    low = before.lower()
    if not (low in GROUPS or low in TITLES or (before[0].isupper() and low not in DETERMINERS)):
        return False
    comma = text.rfind(",", max(s0, pw.start(1) - 40), pw.start(1))
    if comma < 0:
        return False
    words = text[comma + 1 : pw.end(1)].split()
    return 0 < len(words) <= 4 and not any(w.lower() in FUNCTION_WORDS for w in words)


def _after_count(text: str, s0: int, start: int) -> bool:
    """True when a number that is no year stands right before ``start``.

    "40 promised tractors", "12 reported cases": the word is an adjective.
    A year is an adverbial before a verb ("the senator in 2014 said").
    """
    m = _COUNT_BEFORE.search(text, max(s0, start - 16), start)
    return m is not None and _YEAR.fullmatch(m.group(1)) is None


def _may_run_past(left: Sequence[Token]) -> bool:
    """True when a mention ending a short window may start before it."""
    if len(left) < 3:
        return True
    k = len(left) - 1
    while k > 0 and is_adverb(left[k]):
        k -= 1
    # An appositive or a parenthesis ends right before the verb ("X, the
    # president, said"), or the window starts inside a noun phrase.
    return left[k].text in (",", ")") or (
        left[0].kind != FUNC and all(t.kind not in (PUNCT, FUNC) for t in left[: k + 1])
    )


def _cue_positions(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, lemma)`` of every reporting-verb form in ``text``.

    The distinct lowercase words of the text are collected in one pass and
    looked up in the lexicon; only the few forms present are then located
    with ``str.find``.  This is much faster than one alternation of a
    thousand forms, or a Python loop over every word.
    """
    out: list[tuple[int, int, str]] = []
    # A set intersection keeps the per-word work in C: an article has some
    # 160 distinct words and only a handful of cue forms.
    for word in _CUE_WORDS.keys() & _WORD.findall(text):
        lemma = _CUE_WORDS[word]
        n = len(word)
        pos = text.find(word)
        while pos >= 0:
            end = pos + n
            before = text[pos - 1] if pos else " "
            after = text[end] if end < len(text) else " "
            if not (before.isalnum() or before == "-" or after.isalnum() or after == "-"):
                if lemma == "according to":
                    t = _ACCORDING_TO.match(text, end)
                    if t is not None:
                        out.append((pos, t.end(), lemma))
                else:
                    out.append((pos, end, lemma))
            pos = text.find(word, end)
    out.sort()
    return out


def find_frames(view: TextView, quotes: Sequence[Quote]) -> tuple[Frame, ...]:
    """Every reporting verb of ``view`` outside the quotations, with its speaker."""
    text = view.text
    # The quoted parts only: the attribution between the parts of an
    # interrupted quotation ("A," he said, "B.") lies outside them.
    spans = sorted(span for q in quotes for span in q.spans)
    starts = [s for s, _ in spans]
    out: list[Frame] = []
    for start, end, lemma in _cue_positions(text):
        if _inside(starts, spans, start):
            continue
        frame = _frame_at(view, start, end, lemma, view.sentence_index(start))
        if frame is not None:
            out.append(frame)
    return tuple(out)


def to_speaker(text: str, m: Mention) -> Speaker:
    """The unresolved speaker of mention ``m``: name and title as written."""
    name = text[m.name[0] : m.name[1]] if m.name else None
    title = text[m.title[0] : m.title[1]] if m.title else None
    return Speaker(
        name=name, title=title, text=text[m.start : m.end], start=m.start, end=m.end,
        kind="unknown",
    )


def _dash_speaker(view: TextView, close: int, pend: int) -> tuple[Mention, Cue] | None:
    """``” — Ukrainian President Volodymyr Zelenskyy``: a name after a dash."""
    text = view.text
    d = _DASH.match(text, close, pend)
    if d is None:
        return None
    toks = view.words.window(d.end(), min(pend, d.end() + 120))
    m = right_mention(toks, 0)
    if m is None or m.name is None:
        return None
    # Only an appositive or the end of the sentence may follow the name.
    if m.end < pend and text[m.end] not in ",.;)" and not text[m.end].isspace():
        return None
    ds = d.start()
    while text[ds].isspace():
        ds += 1
    de = ds
    while de < d.end() and not text[de].isspace():
        de += 1
    return m, Cue(text=text[ds:de], start=ds, end=de, lemma="—")


def _colon_speaker(view: TextView, open_mark: int, sentence: int) -> Mention | None:
    """``And from the president: “…`` / ``X: “…``: the mention before a colon."""
    text = view.text
    s0 = view.sentences[sentence][0]
    k = open_mark - 1
    while k > s0 and text[k].isspace():
        k -= 1
    if k < s0 or text[k] != ":":
        return None
    toks = view.words.window(max(s0, k - _LEFT), k)
    m = left_mention(toks, len(toks)) if toks else None
    if m is not None and (m.name is not None or m.pronoun or m.head):
        return m
    whose = _whose_words(toks)
    if whose is not None:
        return whose
    return sentence_subject(view, sentence, k)


def _whose_words(toks: Sequence[Token]) -> Mention | None:
    """``His reply: “…`` / ``Moyo's answer: “…``: the words of whom, before a colon.

    A possessive pronoun keeps the whole phrase as the mention, which
    resolution reads as the words of the person it refers to; a possessive
    name gives the name.
    """
    if len(toks) < 2 or toks[-1].text.lower() not in _SPEECH_NOUNS:
        return None
    owner = toks[-2]
    low = owner.text.lower()
    if low in ("his", "her", "their", "its"):
        return Mention(start=owner.start, end=toks[-1].end, head=toks[-1].text.lower())
    if owner.kind == POSS and owner.text[:1].isupper():
        cut = 2 if low.endswith(("'s", "’s")) else 1
        end = owner.end - cut
        return Mention(start=owner.start, end=end, name=(owner.start, end))
    return None


def _short_gap(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` may stand between a cue and its quote."""
    if end - start > 70:
        return False
    gap = text[start:end]
    if _TERMINAL.search(gap) is not None:
        return False
    return _GAP_BEFORE.match(text, start, end) is not None


def attribute(
    view: TextView,
    quotes: Sequence[Quote],
    frames: Sequence[Frame] | None = None,
    trace: Trace | None = None,
) -> tuple[Quote, ...]:
    """The quotes of ``view`` with a speaker mention and cue where one is found.

    Speakers are unresolved here (``name`` is the name as written, or None);
    ``_resolve.resolve`` fills in full names, titles and kinds.
    """
    text = view.text
    if frames is None:
        frames = find_frames(view, quotes)
    cue_starts = [f.cue.start for f in frames]
    out: list[Quote] = []
    for q in quotes:
        if q.kind in ("scare", "title"):
            out.append(q)
            continue
        found = _attribute_one(view, q, frames, cue_starts, out)
        if found is None:
            if q.kind == "partial" and len(q.text.split()) <= _TERM_WORDS:
                # A few quoted words that nobody is said to say: a term
                # ("the so-called black box warning"), not speech.
                q = attrs.evolve(q, kind="scare")  # noqa: PLW2901
            out.append(q)
            continue
        mention, cue, layout = found
        if trace is not None:
            trace.layouts[q.start] = layout
        out.append(
            attrs.evolve(
                q, speaker=to_speaker(text, mention), cue=cue, confidence=LAYOUT_CONFIDENCE[layout]
            )
        )
    return tuple(out)


def frame_mention(view: TextView, frames: Sequence[Frame], k: int) -> Mention | None:
    """The speaker of ``frames[k]``: its own, or the subject it shares."""
    f = frames[k]
    if f.mention is not None:
        return f.mention
    # A participle or coordinated verb ("…, adding that", "… and said") has
    # the subject of an earlier verb in the sentence, else the sentence's
    # opening mention.  Any other verb without a subject has no speaker.
    s0 = view.sentences[f.sentence][0]
    before = view.words.window(max(s0, f.cue.start - 40), f.cue.start)
    while before and is_adverb(before[-1]):
        before.pop()
    joined = bool(before) and before[-1].text.lower() in ("and", "but", ",", "then", "or")
    if not (joined or f.cue.text.lower().endswith("ing") or not before):
        return None
    n = k - 1
    while n >= 0 and frames[n].sentence == f.sentence:
        if frames[n].mention is not None and not frames[n].inverted:
            return frames[n].mention
        n -= 1
    return sentence_subject(view, f.sentence, f.cue.start)


def _attribute_one(
    view: TextView,
    q: Quote,
    frames: Sequence[Frame],
    cue_starts: Sequence[int],
    done: Sequence[Quote],
) -> tuple[Mention, Cue | None, str] | None:
    text = view.text
    close = q.marks[-1] + 1
    open_mark = q.marks[0]
    pend = view.paragraphs[view.paragraph_index(q.marks[-1])][1]
    pi = view.paragraph_index(open_mark)
    pstart = view.paragraphs[pi][0]
    # 1. After a closing mark (of the first part of an interrupted quotation,
    # or of the last part): the first frame in a short window whose speaker
    # or cue starts right after the mark.
    for after in (*(m + 1 for m in q.marks[1:-1]), close):
        found = _after(view, frames, cue_starts, after, pend)
        if found is not None:
            return found
    dash = _dash_speaker(view, close, pend)
    if dash is not None:
        return dash[0], dash[1], "dash"
    # 2. Before the opening mark: the last frame before it in the paragraph.
    k = bisect.bisect_left(cue_starts, open_mark) - 1
    si = view.sentence_index(open_mark)
    if k >= 0 and frames[k].cue.end <= open_mark and frames[k].cue.start >= pstart:
        f = frames[k]
        near = _short_gap(text, f.cue.end, open_mark)
        same_sentence = f.sentence == si or view.sentence_index(f.cue.start) == si
        if near or (q.kind == "partial" and same_sentence):
            m = frame_mention(view, frames, k)
            if m is not None:
                return m, f.cue, "before" if near else "before-sentence"
    colon = _colon_speaker(view, open_mark, si)
    if colon is not None:
        return colon, _colon_cue(text, open_mark), "colon"
    # A partial quotation with no reporting verb in its sentence belongs to
    # the sentence's subject ("X called the plan “reckless”").
    if q.kind == "partial":
        subject = sentence_subject(view, si, open_mark)
        if subject is not None and (subject.name is not None or subject.pronoun):
            return subject, _colon_cue(text, open_mark), "subject"
    # 3. The quotation just before, in the same paragraph.
    prev = next((p for p in reversed(done) if p.kind not in ("scare", "title")), None)
    if prev is not None and prev.speaker is not None and prev.marks[-1] >= pstart:
        gap = (prev.marks[-1], open_mark)
        if gap[1] - gap[0] < 300 and _no_cue(text, frames, cue_starts, gap, prev):
            return _as_mention(prev), prev.cue or _colon_cue(text, open_mark), "previous"
    # A quotation that opens a sentence after a sentence of reported speech
    # in the same paragraph ("X said his group would act. “…”").
    s0 = view.sentences[si][0]
    if text[s0:open_mark].strip() == "" and s0 > pstart:
        k = bisect.bisect_left(cue_starts, s0) - 1
        if k >= 0 and frames[k].cue.start >= pstart and view.sentence_index(
            frames[k].cue.start
        ) == si - 1:
            m = frame_mention(view, frames, k)
            if m is not None and frames[k].cue.lemma != "according to":
                return m, frames[k].cue, "after-reported"
    # 4. A paragraph that opens with the quotation continues the speaker of
    # the paragraph before.
    if open_mark == pstart and pi > 0:
        before = _previous_speaker(view, frames, cue_starts, done, pi - 1)
        if before is not None:
            return before[0], before[1], "continuation"
    return None


def _after(
    view: TextView, frames: Sequence[Frame], cue_starts: Sequence[int], close: int, pend: int
) -> tuple[Mention, Cue | None, str] | None:
    """The frame that follows the closing mark before ``close``, if any."""
    text = view.text
    if close >= pend or text[close] in "\n\r":
        return None
    k = bisect.bisect_left(cue_starts, close)
    if k >= len(frames) or frames[k].cue.start >= min(pend, close + _NEAR):
        return None
    f = frames[k]
    g = _GAP_AFTER.match(text, close, pend)
    gap_end = g.end() if g is not None else close
    first = f.cue.start
    if f.mention is not None and not f.inverted:
        first = f.mention.start
    if first <= gap_end + 1 or _only_adverbs(view, gap_end, first):
        m = frame_mention(view, frames, k)
        if m is not None:
            return m, f.cue, "after"
    if f.mention is not None and not f.inverted and f.mention.name is not None:
        # A title too long for the mention walk ("…,” Kisumu county flood
        # response deputy chief Achieng Otieno said): the words between the mark and
        # the name become the title.
        m = _titled(view, gap_end, f.mention)
        if m is not None:
            return m, f.cue, "after-titled"
    return None


# What a title before a name is made of: words and possessives, no
# punctuation, pronouns or function words.
_TITLE_KINDS: Final = frozenset((CAP, LOWER, ROLE, GROUP, POSS, DET, JOIN))


def _titled(view: TextView, start: int, m: Mention) -> Mention | None:
    """``m`` with the words of ``text[start:m.start]`` as its title, if they make one."""
    if m.name is None or m.start - start > 90:
        return None
    toks = view.words.window(start, m.start)
    if not 1 <= len(toks) <= 8 or toks[0].kind == JOIN or toks[-1].kind in (DET, JOIN):
        return None
    if any(t.kind not in _TITLE_KINDS for t in toks):
        return None
    # A lowercase word must be a noun of the title, not a verb of a clause.
    if any(t.kind == LOWER and t.text.endswith(("ed", "ing")) for t in toks):
        return None
    end = m.title[1] if m.title is not None else toks[-1].end
    return attrs.evolve(m, start=toks[0].start, title=(toks[0].start, end))


def _only_adverbs(view: TextView, start: int, end: int) -> bool:
    """True when ``text[start:end]`` holds nothing but a few adverbs."""
    if end - start > 40:
        return False
    toks = view.words.window(start, end)
    return len(toks) <= 3 and all(is_adverb(t) for t in toks)


def _no_cue(
    text: str,
    frames: Sequence[Frame],
    cue_starts: Sequence[int],
    gap: tuple[int, int],
    prev: Quote,
) -> bool:
    """No cue between ``start`` and ``end`` other than ``prev``'s own.

    A verb of a relative clause about the speaker does not count ("said X,
    who writes about food on his blog.").
    """
    lo = bisect.bisect_left(cue_starts, gap[0])
    hi = bisect.bisect_left(cue_starts, gap[1])
    own = prev.cue.start if prev.cue is not None else -1
    for i in range(lo, hi):
        if cue_starts[i] == own:
            continue
        m = frames[i].mention
        if m is not None and text[m.start : m.end].lower() in ("who", "which"):
            continue  # a relative clause about the speaker
        return False
    return True


def _colon_cue(text: str, open_mark: int) -> Cue | None:
    """The colon that introduces a quotation as its cue, or None if there is none."""
    k = open_mark - 1
    while k > 0 and text[k].isspace():
        k -= 1
    if text[k] == ":":
        return Cue(text=":", start=k, end=k + 1, lemma=":")
    return None


def _as_mention(q: Quote) -> Mention:
    sp = q.speaker
    assert sp is not None
    return _from_speaker(sp)


def _from_speaker(sp: Speaker) -> Mention:
    """Rebuild a mention from a speaker (offsets of the title and name parts)."""
    name = None
    title = None
    if sp.name is not None:
        i = sp.text.rfind(sp.name)
        if i >= 0:
            name = (sp.start + i, sp.start + i + len(sp.name))
    if sp.title is not None:
        i = sp.text.find(sp.title)
        if i >= 0:
            title = (sp.start + i, sp.start + i + len(sp.title))
    low = sp.text.lower()
    return Mention(
        start=sp.start,
        end=sp.end,
        title=title,
        name=name,
        pronoun=name is None and title is None and " " not in low,
        head=low if name is None and title is None else "",
    )


def _previous_speaker(
    view: TextView,
    frames: Sequence[Frame],
    cue_starts: Sequence[int],
    done: Sequence[Quote],
    pi: int,
) -> tuple[Mention, Cue | None] | None:
    """The last speaker of paragraph ``pi``: a quotation's, or a frame's."""
    pstart, pend = view.paragraphs[pi]
    best: tuple[int, Mention, Cue | None] | None = None
    for q in reversed(done):
        if q.marks[-1] < pstart:
            break
        if q.speaker is not None:
            best = (q.marks[-1], _as_mention(q), q.cue)
            break
    hi = bisect.bisect_left(cue_starts, pend) - 1
    k = hi
    while k >= 0 and frames[k].cue.start >= pstart:
        f = frames[k]
        if f.mention is not None and f.cue.lemma != "according to":
            if best is None or f.cue.start > best[0]:
                best = (f.cue.start, f.mention, f.cue)
            break
        k -= 1
    if best is None:
        return None
    return best[1], best[2]



def frame_speakers(view: TextView, frames: Sequence[Frame]) -> tuple[Speaker, ...]:
    """The speaker mentions of ``frames``, unresolved, for name resolution."""
    return tuple(to_speaker(view.text, f.mention) for f in frames if f.mention is not None)
