"""Claims: attributed assertions in reported speech ("X said that …").

Reads the reporting verbs found by the attribution layer (their *frames*)
and takes the reported words of each, within its sentence:

* after the verb: ``X said (that) …``, ``X told KBS that …``, ``X warned on
  Tuesday that …``; for verbs whose object is the claim, the object:
  ``X condemned the decision``, ``X questioned the figures``;
* before it: ``…, X said.`` / ``…, said X.`` / ``…, according to X.``;
* both sides of a parenthetical: ``…, he says, and …``;
* ``According to X, …``;
* an indirect question or a request: ``X asked whether …``, ``X did not say
  why …``, ``X asked the council to …`` (``Asked whether …, she said``: no
  asker, no claimant).

The content follows the clause: it reads through a relative clause or an
aside between dashes that stands between the reported subject and its verb,
and stops at the end of the sentence, at an aside, or where a coordinated
verb takes over (``X said that A and emphasised that B`` gives A and B).  A
verb with a plain noun phrase for object reports no claim (``reported a
profit``).  A content that is a full direct quotation is left to the quote;
a partial quotation inside a claim is linked through ``Claim.quotes``.

Each claim has a force (``Claim.force``), read from data files: what the
cue's lemma reports (a question, a commitment, a belief, else an assertion),
or "negated" when the words before the cue negate it.  The claimant is the
frame's speaker or the subject its verb shares; a weekday, a month, a time
word or a crowd noun is no claimant.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

import attrs
import regex

from newsclaims._attribution import (
    Frame,
    find_frames,
    frame_mention,
    sentence_subject,
    to_speaker,
)
from newsclaims._lexicon import (
    CALENDAR_NAMES,
    CUE_FORMS,
    DAY_WORDS,
    OBJECT_VERBS,
    PRONOUNS,
    THAT_VERBS,
    read_lines,
    word_set,
)
from newsclaims._mentions import (
    CAP,
    DET,
    DETERMINERS,
    FUNC,
    GROUP,
    JOIN,
    LOWER,
    POSS,
    PRON,
    PUNCT,
    ROLE,
    Mention,
    Token,
    is_adverb,
    left_mention,
    right_mention,
    tokens,
)
from newsclaims._segment import TextView
from newsclaims._types import Claim, ClaimForce, Quote

__all__ = ["find_claims"]

# Verbs that introduce no claim of their own ("asked", "joked").
_NO_CLAIM: Final = word_set("claimless_verbs.txt")
# Verbs that report a question ("asked whether …"), and the words that open
# the question.
_QUESTION: Final = word_set("question_verbs.txt")
_QUESTION_WORDS: Final = word_set("question_words.txt")
# Prepositions after a question verb whose object is what was asked
# ("asked about the delay").
_QUESTION_TOPICS: Final = word_set("question_topics.txt")
# Words after which no question follows a question verb ("asked for …").
_QUESTION_STOPS: Final = word_set("question_stops.txt")
# Verbs that take a listener before "that" ("told KBS that").
_LISTENER: Final = word_set("listener_verbs.txt")
# Words that may open an adverbial between a verb and "that" ("said in a
# statement that", "wrote on Tuesday that").
_ADVERBIAL: Final = word_set("adverbial_openers.txt")
# Words that start a time adverbial ("this month", "last week").
_TIME_OPENERS: Final = word_set("time_openers.txt")
_MONTHS: Final = frozenset(
    w.lower() for line in read_lines("months.txt") for w in line.split() if w.isalpha()
) - {"may"}  # a surname too
_TIME_WORDS: Final = word_set("time_words.txt") | _MONTHS
# Auxiliaries and common finite verbs: a reported clause without "that"
# has one of these, or an inflected verb, within its first words.
_AUXILIARIES: Final = word_set("auxiliaries.txt")
# Verbs whose claim may be an infinitive ("pledged to push for …").
_INFINITIVE: Final = word_set("infinitive_verbs.txt")
# Labels of a link to another story ("READ MORE: …"): no claims there.
_TEASER: Final = word_set("teaser_labels.txt")
# Verbs whose reported clause may follow without "that".
_CLAUSE_VERBS: Final = word_set("clause_verbs.txt")
# Subordinators that may open a reported clause ("said when …, he …").
_CLAUSE_OPENERS: Final = frozenset(
    ("when", "if", "after", "before", "because", "since", "while", "although", "though",
     "despite", "once", "unless", "until", "too", "often", "sometimes")
)
# Objects that make a stance verb a refusal ("denied the request").
_REFUSED: Final = word_set("refusal_objects.txt")
# Words that name no one who can make a claim: crowd and sign nouns, time
# words and months ("Saturday" in "Prasad on Saturday said").  "May" is a
# surname too.
_NOBODY: Final = word_set("no_claimants.txt") | _TIME_WORDS
# Of these, the words that are never a name ("Saturday", "Today"); the
# others may be a surname or a title when capitalised ("Day", "Night").
_PROPER_TIMES: Final = (CALENDAR_NAMES - {"sun"}) | DAY_WORDS
# The word just before a cue, read from a short window that ends at it.
_PREV_WORD: Final = regex.compile(r"([\p{L}'’]{1,30}+)[\s\u00a0]{1,3}+$")
# Subjects that may be contracted with their verb ("it's", "there's").
_CONTRACTED: Final = word_set("contracted_subjects.txt")
# Particles of a phrasal verb: "wrote off assets", "added up the cost" report
# nothing.  ("pointed out that …" is read before: its "that".)
_PARTICLES: Final = frozenset(("off", "up", "down", "out", "away", "back"))
# Words of quantity before a plural noun: "more goals", "fewer jobs".
_QUANTITY_WORDS: Final = frozenset(("more", "most", "less", "fewer", "few", "many", "several"))
# Words that open a clause of circumstance after "said": "said as he left",
# "said while visiting Mombasa", "said when asked".
_CIRCUMSTANCE: Final = frozenset(
    ("as", "while", "when", "after", "before", "upon", "inside", "outside")
)
# Words that are the object of "say", not a clause's subject: "said
# something to redeem himself", "says much about the vehicle".
_SAID_OBJECTS: Final = word_set("said_objects.txt")
# Words that open a short listener after "told" in a parenthetical
# ("…, she told reporters, …").
_LISTENER_HEADS: Final = frozenset(("reporters", "journalists", "the", "a", "an", "his", "her"))
# Object pronouns that may be the listener of "told" ("told him …").
_OBJECT_PRONOUNS: Final = word_set("object_pronouns.txt")
# Verbs after which a subject-like word opens the reported clause even
# when no verb of it is recognised ("says news outlets undercount …").
_BARE_CLAUSE: Final = word_set("bare_clause_verbs.txt")
# Subjects that stand for no speaker ("it is safe to say …").
_EXPLETIVE: Final = word_set("expletive_subjects.txt")
# Number words: the end of a subject such as "two in three".
_NUMBER_WORDS: Final = frozenset(
    line.split()[0].lower() for line in read_lines("number_words.txt")
)
# Subordinators that, opening the sentence, put the reporting verb in a
# subordinate clause ("Though the judge said A, he believed B").
_LEAD_SUBORDINATORS: Final = word_set("lead_subordinators.txt")
# Words that open an indirect question after any reporting verb ("did not
# say whether …", "explained why …"): the question words but "if", which
# after "said" opens a conditional clause as often.
_WH_CLAUSE: Final = _QUESTION_WORDS - _CLAUSE_OPENERS
# Auxiliaries that may open a reported clause whose subject is a relative
# left out ("a levy they think might raise funds").
_GAP_AUXILIARIES: Final = word_set("gap_auxiliaries.txt")
# Words that end a subject: a relative clause begins ("a pollster who …").
_RELATIVES: Final = word_set("relative_words.txt")
# Subject pronouns: with an auxiliary after a clause verb ("said he would
# …") they surely open the reported clause, read without tokenising.
_SUBJECT_PRONOUNS: Final = word_set("subject_pronouns.txt")
# Verbs for that shortcut: clause verbs that take no listener, no infinitive
# and no bare "that" (those need the full reading).
_PRONOUN_FAST: Final = _CLAUSE_VERBS - _LISTENER - _INFINITIVE - THAT_VERBS
# Words that may start a clause reported without "that".
_CLAUSE_START: Final = word_set("clause_starts.txt")
# The end of a coordinated part before a second verb: ", and" / "and" /
# "but" / ";" / ",".  Bounded, anchored at the end of a short window.
_COORD_END: Final = regex.compile(r"(?:,|;|\band|\bbut)(?:\s{1,3}+(?:and|but|then))?+\s{0,3}+$")
# Where an aside starts inside reported words: a semicolon, a dash, a
# parenthesis, a link, or a comma before a relative or contrasting clause
# (", which …", ", while …", ", compared with …").  A short window is searched
# for a literal alternation: linear.
_ASIDE: Final = regex.compile(
    r";|[ \u00a0][—–]|—[ \u00a0]|[ \u00a0]\(|https?://"
    r"|,[ \u00a0](?:which|who|whose|while|whereas|however|although|though|compared|putting"
    r"|making|according)\b"
)
# The force of what a cue reports, by lemma, when it is no assertion: the
# force, and whether it holds only for an infinitive ("agreed to pay").
_FORCE_NAMES: Final[dict[str, ClaimForce]] = {
    "question": "question", "commitment": "commitment", "belief": "belief"
}


def _force_table() -> dict[str, tuple[ClaimForce, bool]]:
    out: dict[str, tuple[ClaimForce, bool]] = {}
    for line in read_lines("claim_forces.txt"):
        lemma, force, *only = line.split()
        out[lemma] = (_FORCE_NAMES[force], only == ["to"])
    return out


_FORCES: Final = _force_table()
# Words before a cue that negate it ("did not say", "never said"), and those
# that negate it through "to" ("declined to say", "has yet to explain").
_NEGATORS: Final = frozenset(w for w in word_set("claim_negators.txt") if " " not in w)
_NEGATORS_BEFORE_TO: Final = frozenset(
    w.split()[0] for w in word_set("claim_negators.txt") if w.endswith(" to")
)
# Substrings one of which a negated cue has before it: a cheap first test.
_NEGATION_HINTS: Final = (
    *(_NEGATORS - {"not"}),
    *_NEGATORS_BEFORE_TO,
    "not",
    "n't",
    "n’t",
)
# Characters that take no width: reported words start after them.
_ZERO_WIDTH: Final = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# A comma that separates words, not the digits of a number ("20,000").
_COMMA: Final = regex.compile(r",(?!\d)")
# Where a clause with a new subject may begin: ", and", ", but", ";".
_CLAUSE_BREAK: Final = regex.compile(r",[ \u00a0](?:and|but)[ \u00a0]|;[ \u00a0]")
# The verbs of reported speech in the past ("would", "could", "had"): a
# clause after ", and" that has one goes on with what was reported.
_BACKSHIFT: Final = frozenset(("would", "could", "might", "should", "must", "had"))
# How many asides of one claim are read (each crossed one moves on).
_ASIDES_READ: Final = 6
# A dash that opens or closes a parenthesis.
_DASH: Final = regex.compile(r"[ \u00a0][—–]|—[ \u00a0]")
# How much text after a verb is tokenised to find where its claim starts.
_WINDOW: Final = 90
# The shortest claim, in characters (and two words).
_SHORT: Final = 8
# How far after a participle's clause its subject is read.
_RIGHT_REACH: Final = 90
# How far before a verb its speaker's mention may start (with an appositive).
_LEFT_REACH: Final = 140
# How many words after the verb a "that" may open its clause: after any
# words, and after a listener or an adverbial with no verb.
_THAT_NEAR: Final = 9
_THAT_REACH: Final = 24
# "that" right after the verb.
_THAT: Final = regex.compile(r"[ \u00a0]{1,3}+that\b")
# A comma and a conjunction that may open an independent clause.
_AND_CLAUSE: Final = regex.compile(r",[ \u00a0](?:and|but)[ \u00a0]")
# Characters trimmed from the end of a content: spaces and punctuation, but
# not a closing quotation mark (its stop belongs to the quotation).
_TRIM: Final = " \t\u00a0,;:.—–-"
_QUOTE_CLOSERS: Final = "\"”’'»"
# How much of a sentence a content may span, in characters.
_MAX: Final = 600


# Where the source named after "according to" ends: a comma, a semicolon, a
# colon, a parenthesis, a dash, or a full stop before a space.  Searched in a
# window of at most ``_SOURCE_MAX`` characters: linear.
_SOURCE_END: Final = regex.compile(r"[,;:()!?]|[ \u00a0][—–-]|—|\.(?:\s|$)")
_SOURCE_MAX: Final = 90
# How far the comma that ends a long source may be.
_SOURCE_LONG: Final = 200


def _source_mention(text: str, f: Frame, s1: int) -> Mention | None:
    """The source after "according to" when it names no person ("a new poll")."""
    s = f.cue.end
    limit = min(s1, s + _SOURCE_MAX)
    while s < limit and text[s].isspace():
        s += 1
    m = _SOURCE_END.search(text, s, limit)
    e = m.start() if m is not None else limit
    if m is None and limit < s1:
        return None  # the source runs on: no clear end
    while e > s and text[e - 1].isspace():
        e -= 1
    if e - s < 2 or not text[s].isalnum():
        return None
    words = text[s:e].split()
    return Mention(start=s, end=e, head=words[-1].lower().strip(".'’\"”"))


# Words that may stand between a subject and its verb ("would only say",
# "both stressed", "have long argued").
_BETWEEN: Final = frozenset(
    ("would", "will", "could", "can", "may", "might", "should", "must", "did", "does",
     "do", "has", "have", "had", "both", "all", "also", "only", "still", "long", "often",
     "now", "not", "never", "even", "just")
)
# Words before which no subject of a reporting verb is sought: a relative
# clause, a comparison, an infinitive.
_SUBJECT_STOPS: Final = frozenset(
    ("that", "which", "who", "whom", "whose", "what", "than", "where", "whether", "to", "not",
     "or")
)
# Conjunctions that open the clause of a subject ("… though her disclosure
# suggests …", "But the research suggests …").
_SUBJECT_OPENERS: Final = frozenset(
    ("and", "but", "though", "although", "because", "while", "as", "when", "if", "so", "yet",
     "since")
)


def _subject_before(view: TextView, f: Frame) -> tuple[Mention | None, bool]:
    """A short noun phrase right before the cue: "most of them said", "42% say".

    For a verb that the attribution layer gave no speaker: any noun phrase of
    a few words that opens the sentence or follows a comma.  Also whether the
    word before the cue (adverbs and auxiliaries aside) ends a noun phrase, as
    a subject does: not "his previously stated", "except add", "those who
    say", nor a run of verbs ("said, told, warned").
    """
    s0 = view.sentences[f.sentence][0]
    toks = view.words.window(max(s0, f.cue.start - 80), f.cue.start)
    j = len(toks)
    while j > 0 and (toks[j - 1].text.lower() in _BETWEEN or is_adverb(toks[j - 1])):
        j -= 1
    noun = j > 0 and toks[j - 1].text.lower() not in CUE_FORMS and (
        toks[j - 1].kind in (CAP, LOWER, GROUP, ROLE) or toks[j - 1].text == ")"
    )
    return _subject_at(toks, j, s0, f.cue.start - 80), noun


def _subject_at(toks: Sequence[Token], j: int, s0: int, lo: int) -> Mention | None:
    """The subject ending at ``toks[j - 1]``, for ``_subject_before``."""
    if j > 1 and toks[j - 2].text == ",":
        rel = toks[j - 1]
        if rel.text.lower().replace("’", "'").split("'", 1)[0] == "who":
            # "a young voter, who said …", "the senator, who's said …": the
            # relative pronoun as written (the resolver finds its antecedent).
            # Not a restrictive one ("those who say …"): a group, no speaker.
            return Mention(start=rel.start, end=rel.start + 3, head="who", pronoun=True)
    i = j
    while i > 0 and j - i < 8:
        t = toks[i - 1]
        low = t.text.lower()
        if (t.kind == PUNCT and t.text != "%") or low in _SUBJECT_OPENERS:
            break
        if low in _SUBJECT_STOPS or low in _AUXILIARIES:
            return None
        i -= 1
    if i == j or j - i >= 8:
        return None
    if i > 0 and toks[i - 1].text not in (",", ":", ";", "—", "–") and (
        toks[i - 1].text.lower() not in _SUBJECT_OPENERS
    ):
        return None  # not at a clause's start
    if i == 0 and toks[0].start > s0 + 2 and lo > s0:
        return None  # the window starts inside a longer phrase
    first, last = toks[i], toks[j - 1]
    if first.text[:1].islower() and first.kind not in (DET, POSS, GROUP, ROLE, LOWER):
        return None
    if last.kind in (DET, POSS, FUNC, PUNCT) and last.text != "%" and not (
        last.text.lower() in _NUMBER_WORDS and j - i > 1
    ):
        return None  # ("two in three said" is a subject)
    return Mention(start=first.start, end=last.end, head=last.text.lower())


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


# How many commas after "Though X said A" are tried for the main clause.
_COMMAS_READ: Final = 6
# How much text after "X said" is read for a short adverbial: one longer
# than 60 characters is none (only a source after "according to" may run on).
_TAIL_READ: Final = 100
# The longest lead before "according to" that can be a short adverbial
# ("Later that week, according to X, …"): five words.
_LEAD_MAX: Final = 250


def _comma_before(text: str, s0: int, end: int) -> bool:
    """True when ``text[s0:end]`` ends with a comma, spaces aside.

    Reads back from ``end`` only, not the whole sentence: a slice from the
    sentence start for every cue made a run-on text quadratic.
    """
    k = end
    while k > s0 and text[k - 1].isspace():
        k -= 1
    return k > s0 and text[k - 1] == ","


def _words(text: str, s: int, e: int) -> int:
    """The number of words of ``text[s:e]``, counted up to two."""
    return len(text[s:e].split(None, 1))


class _Quotes:
    """The article's quotes, for overlap tests by offset."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        self.quotes = quotes
        self.starts = [q.marks[0] if q.marks else q.start for q in quotes]

    def inside(self, s: int, e: int) -> tuple[int, ...]:
        lo = bisect.bisect_left(self.starts, s)
        out = []
        for i in range(lo, len(self.quotes)):
            q = self.quotes[i]
            if self.starts[i] >= e:
                break
            if q.start < e and q.end <= e + 1:
                out.append(i)
        return tuple(out)

    def mostly_full(self, s: int, e: int) -> bool:
        """True when a full quotation covers half or more of ``[s, e)``."""
        lo = bisect.bisect_right(self.starts, s) - 1
        covered = 0
        for i in range(max(0, lo), len(self.quotes)):
            q = self.quotes[i]
            if self.starts[i] >= e:
                break
            if q.kind == "full":
                covered += max(0, min(e, q.end) - max(s, q.start))
        return covered * 2 >= e - s


def _is_verbish(t: Token) -> bool:
    """True for a word that is probably a finite verb or an auxiliary."""
    low = t.text.lower()
    return (
        low in _AUXILIARIES
        or low.endswith(("n't", "n’t", "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'d", "’d"))
        # "it's", "that's", but not a possessive ("the ministry's")
        or (low.endswith(("'s", "’s")) and low[:-2] in _CONTRACTED)
        or (t.kind == LOWER and low.endswith(("ed", "es")) and len(low) > 3)
        or (t.kind == LOWER and low.endswith("s") and not low.endswith("ss") and len(low) > 3)
    )


def _contracted_subject(t: Token) -> bool:
    """True for a subject contracted with its verb: "it's", "they're", "I'm"."""
    low = t.text.lower().replace("’", "'")
    cut = low.find("'")
    return cut > 0 and low[:cut] in _CONTRACTED and _is_verbish(t)


def _listener_end(toks: Sequence[Token]) -> int:
    """The number of tokens of a listener after "told"; 0 when none.

    "him", "reporters", "The Associated Press", "the crowd", "Mrs. Lee's aides".
    """
    if not toks:
        return 0
    if toks[0].text.lower() in _OBJECT_PRONOUNS:
        return 1
    i = 1 if toks[0].kind in (DET, POSS) else 0
    j = i
    while j < min(len(toks), i + 5) and (
        toks[j].kind in (CAP, ROLE, GROUP, POSS)
        or (j == i and i == 1 and toks[j].kind == LOWER)
        or (j > 0 and toks[j - 1].kind == POSS and toks[j].kind == LOWER)
    ):
        if toks[j].text.lower() in _TIME_WORDS:
            return 0  # "told CNN Monday": no clause reported after a date
        j += 1
    return j if j > i else 0


def _starts_clause(toks: Sequence[Token], n: int) -> bool:
    """True when the words from ``toks[n]`` read as a reported clause."""
    t = toks[n]
    if _contracted_subject(t):
        return True
    if t.kind == PRON:
        return n + 1 < len(toks) and (toks[n + 1].kind == LOWER or _is_verbish(toks[n + 1]))
    low = t.text.lower()
    starts = (
        t.kind in (DET, CAP, POSS, ROLE, GROUP)
        or low in _CLAUSE_START
        or t.text[:1].isdigit()
        or (t.kind == LOWER and not is_adverb(t) and low not in _ADVERBIAL)
    )
    return starts and low not in _TIME_WORDS and _clause(toks[: n + 6], n)


def _verb_soon(toks: Sequence[Token], i: int) -> bool:
    """True when a short subject from ``toks[i]`` is followed by a sure verb.

    An auxiliary or a past tense: "the plan would fail", "the city lost".
    Stricter than ``_clause``: a plural noun is no verb here, and a relative
    ("a pollster who …") ends the subject.
    """
    if _contracted_subject(toks[i]):
        return True
    for t in toks[i + 1 : i + 9]:
        low = t.text.lower()
        if low in _AUXILIARIES or (t.kind == LOWER and low.endswith("ed") and len(low) > 3):
            return True
        if t.kind == PUNCT or low in _RELATIVES:
            return False
    return False


def _clause(toks: Sequence[Token], i: int) -> bool:
    """True when the words from ``toks[i]`` read as a clause: a verb soon."""
    return any(_is_verbish(t) for t in toks[i + 1 : i + 15])


def _in_infinitive_object(t: Token) -> bool:
    """True for a word of the listener before an infinitive.

    "urged the mayor and his council not to …": no punctuation, no
    preposition.
    """
    return t.kind not in (PUNCT, FUNC) or t.text.lower() in ("and", "not", "never")


def _sure_verb(t: Token) -> bool:
    """True for a word that is surely a verb.

    True for an auxiliary, a past tense or a contracted verb: "would",
    "rose", "fell", "isn't", "they'll" (not a plural noun, as "-s" may be).
    """
    low = t.text.lower()
    return (
        low in _AUXILIARIES
        or (t.kind == LOWER and low.endswith("ed") and len(low) > 3)
        or (_is_verbish(t) and ("'" in low or "’" in low))
    )


def _subject_then_verb(toks: Sequence[Token], i: int) -> bool:
    """True when the words from ``toks[i]`` read as a subject and its verb.

    Stricter than ``_clause``, for verbs whose object may be a plain noun
    phrase ("reported a profit of 30 crore rupees", "suggested a dip in
    registrations"): a word in "-s" is a verb only before any preposition
    ("the cost of the plan rises" is left to a surer verb); the verb of a
    relative clause ("the end of a siege that echoed …") or of a clause
    after a comma does not count.  A relative clause between commas is read
    through ("the proposals, which sent the pound lower, would …").
    """
    n = i + 1
    end = min(len(toks), i + 18)
    plain = True  # no preposition yet
    relative = False  # inside a relative clause: its first verb is its own
    while n < end:
        t = toks[n]
        low = t.text.lower()
        if t.text == "," and n + 1 < end and toks[n + 1].text.lower() in _RELATIVES:
            close = next((k for k in range(n + 2, end) if toks[k].text == ","), -1)
            if close < 0:
                return False
            n = close + 1
            continue
        if t.kind == PUNCT and t.text not in ("%", "’", "'"):
            return False
        if low in _RELATIVES:
            relative = True
        elif low in ("and", "but", "or") and n + 1 < end and _sure_verb(toks[n + 1]):
            return False  # "reported little progress but are hopeful": its own verb
        elif _adjective(toks, n):
            pass
        elif _sure_verb(t) or (plain and _plural_or_verb(toks, n) and not _after_modifier(toks, n)):
            if not relative:
                return True
            relative = False
        elif t.kind in (FUNC, JOIN) and not is_adverb(t):
            plain = False  # a preposition ("still", "also" are adverbs)
        n += 1
    return False


def _plural_or_verb(toks: Sequence[Token], n: int) -> bool:
    """True for a lowercase word in "-s": a verb ("grows") or a plural noun."""
    return toks[n].kind == LOWER and _is_verbish(toks[n])


def _after_modifier(toks: Sequence[Token], n: int) -> bool:
    """True when ``toks[n]`` follows a word that modifies a noun.

    A determiner, a number, a quantity or a participle ("three more
    unanswered goals", "300 crore rupees"): ``toks[n]`` is a plural noun.
    """
    prev = toks[n - 1]
    low = prev.text.lower()
    return (
        prev.kind in (DET, POSS)
        or low in DETERMINERS
        or low in _NUMBER_WORDS
        or low in _QUANTITY_WORDS
        or prev.text[:1].isdigit()
        or (prev.kind == LOWER and low.endswith("ed"))
    )


def _adjective(toks: Sequence[Token], n: int) -> bool:
    """True for a participle in "-ed" before a noun.

    "three unanswered goals", "unsweetened milk": an adjective, not the
    verb of a clause.
    """
    t = toks[n]
    low = t.text.lower()
    if t.kind != LOWER or not low.endswith("ed") or n + 1 >= len(toks):
        return False
    nxt = toks[n + 1]
    return (
        nxt.kind == LOWER
        and not is_adverb(nxt)
        and not _sure_verb(nxt)
        and nxt.text.lower() not in DETERMINERS
    )


def _lead_in(first: Token, lemma: str) -> bool:
    """True when a listener or an adverbial may come before "that".

    "told KBS that", "said in a statement that".
    """
    return lemma in _LISTENER or first.text.lower() in _ADVERBIAL or is_adverb(first)


def _according_rest(
    view: TextView, f: Frame, s0: int, s1: int, comma_end: int
) -> tuple[int, float] | None:
    """``According to X, …``: where the clause after the source's comma starts.

    The cue opens the sentence, or follows a short lead ("But", "But the next
    day,"), or stands in a parenthetical after a clause ("…, according to X,
    is to …"), where what follows must read as a clause.
    """
    text = view.text
    rest = view.words.window(comma_end, min(s1, comma_end + 110))
    if not rest or rest[0].text in ('"', "“", "'", "‘", "«") or rest[0].kind == PUNCT:
        return None
    if f.cue.start - s0 < 4:
        return rest[0].start, 0.8
    if f.cue.start - s0 > _LEAD_MAX:
        return None  # no short adverbial (and not read per cue: linear)
    before = view.words.window(s0, f.cue.start)
    if all(t.text.lower() in _SUBJECT_OPENERS or is_adverb(t) or t.text == "," for t in before):
        return rest[0].start, 0.75  # "But according to X, …"
    if not _comma_before(text, s0, f.cue.start):
        return None
    if len(before) <= 6 and not any(_is_verbish(t) for t in before):
        return rest[0].start, 0.7  # "Later that week, according to X, …"
    if rest[0].text.lower() in _AUXILIARIES or (_starts_clause(rest, 0) and _verb_soon(rest, 0)):
        return rest[0].start, 0.6  # "One step, according to X, is to …"
    return None


def _misread_inverted(view: TextView, f: Frame, s0: int, s1: int) -> int | None:
    """Where the clause starts when "X, …, said CLAUSE" was read as "said X".

    A comma stands before the verb, and after the name comes a verb ("said
    Mexico must act"), or after a listener "that" or a clause ("told ABC News
    that …", "told the Post he …").  None otherwise.
    """
    m = f.mention
    if not f.inverted or m is None or f.cue.lemma == "according to":
        return None
    text = view.text
    if not _comma_before(text, s0, f.cue.start):
        return None
    word = text[m.end : m.end + 24].split(None, 1)
    if not word or not word[0][:1].isalpha() or (
        f.cue.lemma not in _LISTENER and not word[0][:1].islower()
    ):
        return None  # cheap: "…, said Mr. Lee, a …" (the common case) reads no tokens
    toks = view.words.window(m.end, min(s1, m.end + 60))
    if len(toks) < 2:
        return None
    first = toks[0]
    if f.cue.lemma in _LISTENER:
        if first.text.lower() == "that":
            return first.end
        if _starts_clause(toks, 0) and _verb_soon(toks, 0):
            return first.start
        return None
    if f.cue.lemma in _CLAUSE_VERBS and (
        first.text.lower() in _AUXILIARIES or (first.kind == LOWER and _is_verbish(first))
    ):
        return m.start
    return None


@attrs.frozen(kw_only=True)
class _After:
    """What the readers of ``_forward_start`` see after a verb.

    Attributes:
        view: the article.
        f: the frame.
        s0: start of the sentence.
        s1: end of the sentence.
        pos: where the words after the verb (and an inverted speaker) start.
        toks: the tokens of a window from ``pos``.
        lemma: the cue's lemma.
    """

    view: TextView
    f: Frame
    s0: int
    s1: int
    pos: int
    toks: Sequence[Token]
    lemma: str

    @property
    def first(self) -> Token:
        return self.toks[0]

    @property
    def low(self) -> str:
        return self.toks[0].text.lower()


# A reader's answer that ends the search with no claim (None goes on).
_STOP: Final = (-1, 0.0)
_Start = tuple[int, float] | None


def _forward_start(
    view: TextView, f: Frame, s0: int, s1: int
) -> tuple[int, float] | None:
    """Where the reported words after the verb start, and how sure that is.

    A few cheap tests on the characters after the verb first; then the
    readers of ``_READERS`` in turn, each for one layout, until one answers.
    """
    text = view.text
    pos = f.cue.end
    if f.inverted and f.mention is not None:
        pos = max(pos, f.mention.end)
    pos = _after_zero_width(text, pos, s1)
    head = text[pos : pos + 4].lstrip()
    if head[:1] in (",", ":") and head[1:].lstrip()[:1] in ('"', "“", "'", "‘", "«"):
        return None  # a direct quotation follows: "she said, “…"
    that = _THAT.match(text, pos, s1)
    if that is not None and not f.inverted:
        return that.end(), 0.85  # the common case, read without tokenising
    if head[:1] == ";" and f.mention is not None and not f.inverted and (
        _comma_before(text, s0, f.mention.start)
    ):
        # "A, she writes; B": what follows the semicolon is hers as well.
        semi = text.index(";", pos)
        return semi + 1, 0.6
    if head[:1] in (".", "!", "?", "”", '"', ")", ";") or not head:
        return None  # the verb ends its sentence: "…, she said."
    if f.inverted and f.cue.lemma != "according to" and head[:1] != ",":
        return None
    if f.cue.lemma in _PRONOUN_FAST and not f.inverted:
        # The common "said he would …", "says it was …", read without
        # tokenising: a subject pronoun and an auxiliary open the clause.
        near = text[pos : min(s1, pos + 24)]
        words = near.split(None, 2)
        if (
            len(words) > 2
            and words[0].lower() in _SUBJECT_PRONOUNS
            and words[1].lower() in _AUXILIARIES
        ):
            return pos + len(near) - len(near.lstrip()), 0.7
    toks = view.words.window(pos, min(s1, pos + _WINDOW))
    if not toks:
        return None
    after = _After(view=view, f=f, s0=s0, s1=s1, pos=pos, toks=toks, lemma=f.cue.lemma)
    for read in _READERS:
        found = read(after)
        if found is not None:
            return None if found == _STOP else found
    return None


def _after_zero_width(text: str, pos: int, s1: int) -> int:
    """``pos``, moved on over zero-width characters ("said\u200bthe …")."""
    while pos < s1 and text[pos] in _ZERO_WIDTH:
        pos += 1
    return pos


def _read_that_after_lead(a: _After) -> _Start:
    """A "that" soon after the verb, after a listener or an adverbial.

    "told KBS that", "said in a statement that", "said Monday on X that",
    "has said for months that", "told a crowded hall in downtown Lagos
    that", "told friends, at fundraisers and dinners, that".  The words
    before it hold no verb, and the "that" opens a clause, not a relative
    one ("said the report that was …").
    """
    toks, first, lemma = a.toks, a.first, a.lemma
    lead = _lead_in(first, lemma) or _opens_adverbial(first)
    for n, t in enumerate(toks[:_THAT_REACH]):
        low = t.text.lower()
        if low == "that":
            if n == 0:
                return t.end, 0.85
            if not lead or (_verb_in_lead(toks[:n]) and first.text.lower() not in _CIRCUMSTANCE):
                return None  # (a clause of circumstance has a verb: "said as he left that …")
            nxt = toks[n + 1] if n + 1 < len(toks) else None
            if nxt is None or (_sure_verb(nxt) and not _contracted_subject(nxt)):
                return None  # "told reporters after the meeting that was held …"
            if n < _THAT_NEAR or (not _is_verbish(nxt) and nxt.kind not in (FUNC, PUNCT)):
                return t.end, 0.8
            return None
        if n >= _THAT_NEAR and not lead:
            return None
        if t.text in (";", ":", ".", "“", '"', "(", ")") or low == "but":
            return None
        if t.text in (",", "—", "–") and not lead:
            return None  # a comma or dash may close a listener or an adverbial
        if low == "and" and lemma not in _LISTENER and not lead:
            return None
    return None


def _opens_adverbial(t: Token) -> bool:
    """True for a word that opens an adverbial.

    A preposition ("for months", "at a rally"), a date ("Monday"), a dash.
    """
    low = t.text.lower()
    return (
        (t.kind in (FUNC, JOIN) and low not in ("and", "but", "or", "that", "if", "whether", "to"))
        or low in _TIME_WORDS
        or low in _TIME_OPENERS
        or t.text in ("—", "–")
    )


def _verb_in_lead(toks: Sequence[Token]) -> bool:
    """True when a listener or adverbial holds a verb.

    Its "that" is then a relative pronoun.  A participle after a determiner
    is an adjective ("a crowded hall").
    """
    return any(
        _sure_verb(t) and toks[n - 1].kind not in (DET, POSS) for n, t in enumerate(toks) if n
    )


def _read_wh_clause(a: _After) -> _Start:
    """"did not say whether …", "explained why …"."""
    if a.low in _WH_CLAUSE and not a.f.inverted and a.lemma != "according to":
        return a.first.start, 0.65
    return None


def _read_that_verb(a: _After) -> _Start:
    """"citizens feel stung": a verb that reports only with "that"."""
    return _STOP if a.lemma in THAT_VERBS else None


def _read_that_after_commas(a: _After) -> _Start:
    """An adverbial between commas before "that".

    ("keeps arguing,
    on radio and in print, that …").
    """
    toks = a.toks
    if a.first.text != ",":
        return None
    for n in range(1, min(len(toks) - 1, 16)):
        if toks[n].text == ",":
            if toks[n + 1].text.lower() == "that":
                return toks[n + 1].end, 0.75
            break
    return None


def _read_infinitive(a: _After) -> _Start:
    """An infinitive after a verb of commitment or request.

    "pledged to push for …", "urged parliament to keep the subsidy",
    "urged people not to spread rumours", "urged the mayor and his council
    to act".
    """
    toks = a.toks
    if a.lemma not in _INFINITIVE or not any(t.text.lower() == "to" for t in toks[:7]):
        return None
    n = next(i for i, t in enumerate(toks[:7]) if t.text.lower() == "to")
    if all(_in_infinitive_object(t) for t in toks[:n]):
        return a.first.start, 0.65
    return None


def _read_listener(a: _After) -> _Start:
    """A clause after the listener of "told".

    After "told": a short listener, then a clause with a pronoun subject
    ("told AFP he was leaving …"), or a whole listener, then a clause ("told
    the committee nearly half the wells had dried up", "told The Post the plan was
    dead").  Nothing else follows a listener.
    """
    toks = a.toks
    if a.lemma not in _LISTENER or a.lemma == "warn":
        return None
    for n in range(1, min(len(toks) - 1, 6)):
        t = toks[n]
        if t.kind in (PUNCT, FUNC):
            break
        if t.kind == PRON and (toks[n + 1].kind == LOWER or _is_verbish(toks[n + 1])):
            return t.start, 0.6
    n = _listener_end(toks)
    if n and n < len(toks) and _starts_clause(toks, n) and _verb_soon(toks, n):
        return toks[n].start, 0.6
    return _STOP


def _read_after_comma(a: _After) -> _Start:
    """What follows a comma or colon right after the verb.

    A comma or colon right after the verb: "According to X, …", a
    parenthetical ("…, he said, the party should …") or "As the paper
    reported, the mayor …".
    """
    toks, first, f, text = a.toks, a.first, a.f, a.view.text
    if first.text not in (",", ":"):
        return None
    nxt = toks[1] if len(toks) > 1 else None
    if nxt is None or nxt.text in ('"', "“", "'", "‘", "«"):
        return _STOP  # a direct quotation follows
    if a.lemma == "according to":
        return _according_rest(a.view, f, a.s0, a.s1, first.end) or _STOP
    m = f.mention
    if nxt.text.lower() in ("and", "but") and len(toks) > 2:
        nxt = toks[2]  # "…, he said, and the ferries will stop"
    if m is not None and not f.inverted and _comma_before(text, a.s0, m.start):
        return nxt.start, 0.7
    if (
        m is not None
        and not f.inverted
        and text[max(a.s0, m.start - 4) : m.start].strip().lower() == "as"
        and _starts_clause(toks, 1)
    ):
        return nxt.start, 0.7
    return _STOP


def _read_parenthetical_tail(a: _After) -> _Start:
    """The clause after a short adverbial and its comma.

    "…, the council said in an April memo, and others …": after a short
    adverbial, the clause after its comma.
    """
    text, f = a.view.text, a.f
    comma = _COMMA.search(text, a.pos, a.pos + 60)
    if comma is None or not _aside_tail(text[a.pos : comma.start()], a.lemma):
        return None
    if any(_is_verbish(t) for t in a.toks if t.end <= comma.start()):
        return None
    m = f.mention or _subject_before(a.view, f)[0]
    if m is None or f.inverted or not _comma_before(text, a.s0, m.start) or _relative(text, m):
        return None
    c = comma.start()
    rest = a.view.words.window(c + 1, min(a.s1, c + 60))
    if rest and rest[0].text.lower() in ("and", "but") and len(rest) > 1:
        rest = rest[1:]  # "…, the agency said, and those …"
    if rest and rest[0].text not in ('"', "“", "'", "‘"):
        return rest[0].start, 0.65
    return None


def _read_long_source(a: _After) -> _Start:
    """The clause after a long source of "according to".

    A source longer than its mention ("According to first counts of
    ballots cast in the northern districts, …"): the clause after its
    comma.  After "according to" or an inverted speaker nothing else is
    read.
    """
    f, text = a.f, a.view.text
    if a.lemma == "according to" and f.cue.start - a.s0 <= _LEAD_MAX:
        c = text.find(",", a.pos, min(a.s1, f.cue.end + _SOURCE_LONG))
        if c > 0 and not any(ch in text[a.pos : c] for ch in '"“”(;:'):
            return _according_rest(a.view, f, a.s0, a.s1, c + 1) or _STOP
        return _STOP
    if f.inverted or a.lemma == "according to":
        return _STOP
    return None


def _read_relative_gap(a: _After) -> _Start:
    """The rest of a relative clause that holds the report.

    Reported speech inside a relative clause: "…, which she said had
    slowed the harvest" reports "had slowed the harvest"; the same without
    a relative pronoun: "a levy they think might raise funds".
    """
    m, low, first, text = a.f.mention, a.low, a.first, a.view.text
    if m is None or a.lemma not in _CLAUSE_VERBS:
        return None
    if (low in _AUXILIARIES or (first.kind == LOWER and _is_verbish(first))) and text[
        max(a.s0, m.start - 8) : m.start
    ].split()[-1:] in (["which"], ["that"], ["what"], ["who"]):
        return first.start, 0.6
    if low in _GAP_AUXILIARIES and len(a.toks) > 1 and a.toks[1].kind not in (PUNCT, PRON):
        return first.start, 0.6
    return None


def _read_time_word(a: _After) -> _Start:
    """A date right after the verb.

    "said Friday the plan …" reports a clause, "said Friday that …" too;
    "said Friday as he left", "said Thursday on Fox News" or "said this
    month on CNBC" is only a date.
    """
    toks, low = a.toks, a.low
    if low in _TIME_OPENERS and len(toks) > 1 and toks[1].text.lower() in _TIME_WORDS:
        return _STOP
    if low not in _TIME_WORDS:
        return None
    n = 1
    while n < min(len(toks), 3) and toks[n].text.lower() in _TIME_WORDS:
        n += 1
    if n < len(toks) and toks[n].text.lower() == "that":
        return toks[n].end, 0.8
    if n < len(toks) and toks[n].kind in (FUNC, PUNCT):
        return _STOP
    return None


def _read_clause(a: _After) -> _Start:
    """A clause without "that", after verbs that take one.

    A subject and its
    verb ("said the plan would fail"); after "say" any noun phrase ("says
    news outlets undercount …"); a pronoun and a word ("said they want …");
    a contracted subject ("said she'd rebuild …", "says it's …").
    """
    toks, first, low, lemma = a.toks, a.first, a.low, a.lemma
    if lemma not in _CLAUSE_VERBS:
        return None
    if _contracted_subject(first):
        return first.start, 0.7
    if low in _SAID_OBJECTS and not (len(toks) > 1 and toks[1].text.lower() == "of"):
        return _STOP  # "said something to …", "says much about …" (not "much of …")
    if low in _PARTICLES and not (len(toks) > 1 and toks[1].text.lower() == "to"):
        return _STOP  # "wrote off assets", "added up the costs" (not "said up to …")
    if (low in _ADVERBIAL and low not in _CLAUSE_START and low not in _TIME_WORDS) or (
        not _may_open_clause(toks)
    ):
        return None  # ("said inside the hall the …": an adverbial first)
    if (
        (_clause(toks, 0) if lemma in _BARE_CLAUSE else _subject_then_verb(toks, 0))
        or (
            lemma in _BARE_CLAUSE
            and a.f.mention is not None
            and not is_adverb(first)
            and low not in _ADVERBIAL
            and low not in _TIME_OPENERS
            and low not in _TIME_WORDS
            and len(toks) > 2
        )
        or (first.kind == PRON and len(toks) > 1 and toks[1].kind == LOWER)
        or (first.kind == LOWER and ("'" in first.text or "’" in first.text) and _is_verbish(first))
    ):
        return first.start, 0.7
    return None


def _may_open_clause(toks: Sequence[Token]) -> bool:
    """True when ``toks[0]`` may open a clause's subject.

    A
    figure is an object unless a verb follows soon ("added 2.5 points to
    …").
    """
    first = toks[0]
    if first.text[:1].isdigit():
        return any(
            t.text.lower() in _AUXILIARIES or (t.kind == LOWER and t.text.lower().endswith("ed"))
            for t in toks[1:6]
        )
    return (
        first.kind in (DET, CAP, POSS, PRON, ROLE, GROUP, LOWER)
        or first.text.lower() in _CLAUSE_START
        or first.text in ("“", '"')
    )


def _read_adverbial_then_clause(a: _After) -> _Start:
    """A short adverbial, then a clause.

    "stated in March it rejected the tariff", "said on Monday they would
    stay", "said inside the hall the machines were idle".
    """
    toks = a.toks
    if a.lemma not in _CLAUSE_VERBS or not (a.low in _ADVERBIAL or a.low in _TIME_OPENERS):
        return None
    for n in range(1, min(len(toks) - 1, 7)):
        t = toks[n]
        if t.kind == PUNCT:
            break
        if t.kind == PRON and (toks[n + 1].kind == LOWER or _is_verbish(toks[n + 1])):
            return t.start, 0.6
        if (
            t.kind in (DET, POSS)
            and n >= 2
            and toks[n - 1].kind in (LOWER, CAP, GROUP, ROLE)
            and _verb_soon(toks, n)
        ):
            return t.start, 0.6  # the adverbial's noun, then a new subject
    return None


def _read_adverbial_comma(a: _After) -> _Start:
    """An adverbial or a subordinate clause before the reported clause.

    "said too often, the ER becomes …", "said when X dismisses …, he …".
    """
    toks, low = a.toks, a.low
    if a.lemma not in _CLAUSE_VERBS or not (
        is_adverb(a.first) or low in _ADVERBIAL or low in _CLAUSE_OPENERS
    ):
        return None
    for n in range(1, min(len(toks) - 1, 12)):
        t = toks[n]
        if t.text in (";", ":", "(", ")", '"', "“", "—"):
            break
        if t.text == ",":
            nxt = toks[n + 1]
            if _contracted_subject(nxt) or (
                (
                    nxt.kind in (DET, CAP, PRON, POSS, ROLE, GROUP)
                    or nxt.text[:1].isdigit()
                    or nxt.text.lower() in _CLAUSE_START
                )
                and _clause(toks, n + 1)
            ):
                return a.first.start, 0.6
            break
    return None


def _read_object(a: _After) -> _Start:
    """The object of a verb of stance.

    "condemned the decision": the object of a verb of stance is the claim.
    (A participle with an object, "challenging the law", reports an
    action.)
    """
    first = a.first
    if (
        a.lemma in OBJECT_VERBS
        and not a.f.cue.text.lower().endswith("ing")
        and (first.kind in (DET, CAP, POSS, LOWER, GROUP, ROLE) or first.text in ("“", '"'))
        and _disputed_object(a.toks)
    ):
        return first.start, 0.65
    return None


# The readers of the words after a verb, in the order they are tried: each
# answers for one layout (a start and a confidence), stops the search with
# no claim (_STOP), or leaves it to the next (None).
_READERS: Final = (
    _read_that_after_lead,
    _read_wh_clause,
    _read_that_verb,
    _read_that_after_commas,
    _read_infinitive,
    _read_after_comma,
    _read_parenthetical_tail,
    _read_listener,
    _read_long_source,
    _read_relative_gap,
    _read_time_word,
    _read_clause,
    _read_adverbial_then_clause,
    _read_adverbial_comma,
    _read_object,
)


def _disputed_object(toks: Sequence[Token]) -> bool:
    """True when the object of a stance verb is something claimed.

    Not a thing
    refused: not "denied the request", nor two objects ("denied the visitors
    several chances", "denied his party the victory").
    """
    prev: Token | None = None
    for t in toks[:8]:
        low = t.text.lower()
        if t.kind in (FUNC, PUNCT) and low not in DETERMINERS:
            break
        if low in _REFUSED:
            return False
        if prev is not None and prev.kind in (CAP, LOWER, ROLE, GROUP) and (
            t.kind in (DET, POSS) or low in DETERMINERS or low in _NUMBER_WORDS
        ):
            return False  # a second object starts
        prev = t
    return True


def _question_start(view: TextView, f: Frame, s1: int) -> tuple[int, bool] | None:
    """Where the words reported after a question verb start.

    ``asked (the mayor) whether …`` gives the indirect question from its
    opening word (True: it ends at the next comma); ``asked the council to
    vote …`` gives the request from the listener (False).
    """
    pos = f.cue.end
    if f.inverted and f.mention is not None:
        pos = max(pos, f.mention.end)
    toks = view.words.window(pos, min(s1, pos + 90))
    for n, t in enumerate(toks[:8]):
        low = t.text.lower()
        if low in _QUESTION_WORDS:
            return t.start, True
        listener = all(u.kind not in (PUNCT, FUNC) for u in toks[:n])
        if low == "to" and n < 5 and listener:
            return toks[0].start, False  # "asked the council to vote", "asked to leave"
        if low in _QUESTION_TOPICS and n < 5 and listener and n + 1 < len(toks):
            return toks[n + 1].start, True  # "asked (the mayor) about the delay"
        if t.kind == PUNCT or low in _QUESTION_STOPS or low in _QUESTION_TOPICS:
            return None
    return None


def _negates(t: Token) -> bool:
    """True for "not", "never", "won't", "isn't": a word that negates a verb."""
    low = t.text.lower()
    return low in _NEGATORS or low.endswith(("n't", "n’t"))


def _negated(text: str, s0: int, cue_start: int) -> bool:
    """True when the words before a cue negate it.

    "did not say", "won't
    say", "never said", "declined to say", "has yet to explain".

    Adverbs may stand between ("did not immediately say").  Reads a short
    window before the cue only.
    """
    lo = max(s0, cue_start - 40)
    window = text[lo:cue_start].lower()
    if not any(w in window for w in _NEGATION_HINTS):
        return False  # most cues: no negating word near, read without tokenising
    toks = tokens(text, lo, cue_start)
    k = len(toks)
    to = False
    while k > 0:
        t = toks[k - 1]
        low = t.text.lower()
        if low == "to" and not to:
            to = True
        elif (to and low in _NEGATORS_BEFORE_TO) or (not to and _negates(t)):
            return True
        elif not is_adverb(t):
            return False
        k -= 1
    return False


def _force(view: TextView, f: Frame, start: int) -> ClaimForce:
    """The force of the claim starting at ``start`` reported by frame ``f``."""
    text = view.text
    if _negated(text, view.sentences[f.sentence][0], f.cue.start):
        return "negated"
    found = _FORCES.get(f.cue.lemma)
    if found is None:
        return "assertion"
    force, infinitive_only = found
    if infinitive_only and text[start : start + 3].lower() != "to ":
        return "assertion"
    return force


def _subordinate(text: str, start: int) -> bool:
    """True when the words at ``start`` open with a subordinator ("if", …)."""
    return text[start : start + 9].partition(" ")[0].lower() in _CLAUSE_OPENERS


def _aside_end(text: str, start: int, end: int) -> int:
    """Where an aside ends reported words that start at ``start``.

    A
    semicolon, a parenthesis, a dash, a link, a relative or contrasting
    clause (", which …", ", while …").

    A relative clause or words between dashes that stand between the
    reported clause's subject and its verb are read through: "the
    proposals, which sent the pound lower, would …", "the decision — the
    first of its kind — was …".
    """
    pos = start
    for _ in range(_ASIDES_READ):  # bounded: each step moves on
        m = _ASIDE.search(text, pos, end)
        if m is None:
            return end
        mark = m.group()
        relative = mark.startswith(",") and mark[2:].lower() in _RELATIVES
        dash = mark.strip() in ("—", "–")
        if not (relative or dash) or _has_verb(text, start, m.start()):
            return m.start()
        # The aside ends at the next comma or dash; the clause goes on after it.
        close = (_DASH if dash else _COMMA).search(text, m.end(), end)
        if close is None:
            return m.start()
        pos = close.end()
    return pos


def _has_verb(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` holds a verb, not only a noun phrase.

    A word in "-s" after a determiner or at the end is a plural noun ("the
    proposals").  Reads the first 30 words at most.
    """
    toks = tokens(text, start, min(end, start + 240))[:30]
    for n, t in enumerate(toks):
        if _sure_verb(t):
            return True
        if (
            t.kind == LOWER
            and _is_verbish(t)
            and 0 < n < len(toks) - 1
            and toks[n - 1].kind not in (DET, POSS)
            and toks[n - 1].text.lower() not in DETERMINERS
        ):
            return True
    return False


def _ends_at_and(text: str, start: int, at: int, after: int, end: int) -> bool:
    """True when ", and" / ", but" at ``at`` ends reported words from ``start``.

    It does before a second verb of the speaker's own ("…, but called it a
    start", "…, and then pointed out …") and before a clause with a subject
    of its own ("they back the plan, and two-thirds said the same"), but not
    inside a subject ("her loyalty, and the support of the party, were
    factors"), nor where the reported clause goes on in the tense of
    reported speech ("the port would close, and the ferries would stop").
    """
    toks = tokens(text, after, min(end, after + 50))
    if not toks:
        return False
    first = toks[0]
    low = first.text.lower()
    if first.kind in (LOWER, FUNC):
        return low in _AUXILIARIES or low == "then" or (low.endswith("ed") and len(low) > 4)
    if not (
        (first.kind in (DET, CAP, PRON, ROLE, GROUP) or low[:1].isdigit()) and _clause(toks[:5], 0)
    ):
        return False
    return _has_verb(text, start, at) and not _backshifted(toks)


def _backshifted(toks: Sequence[Token]) -> bool:
    """True when the first verb of ``toks`` is one of reported speech.

    A modal or "had" of reported
    speech: "the ferries would stop", "the talks could resume".
    """
    for t in toks[:8]:
        if _sure_verb(t):
            return t.text.lower() in _BACKSHIFT
    return False


def _forward_end(view: TextView, frames: Sequence[Frame], k: int, start: int, s1: int) -> int:
    """Where reported words that start at ``start`` end."""
    text = view.text
    end = min(s1, start + _MAX)
    end = _aside_end(text, start, end)
    for a in _AND_CLAUSE.finditer(text, start, end):
        if _ends_at_and(text, start, a.start(), a.end(), end):
            end = a.start()
            break
    # "Though the judge said A, he believed B": the sentence's main clause
    # follows the first comma that opens a clause (unless the reported words
    # open with a subordinate clause of their own).
    s0 = view.sentences[frames[k].sentence][0]
    lead = text[s0 : min(start, s0 + 9)].partition(" ")[0].lower()
    opens = frames[k].cue.text.endswith("ing") and not text[s0 : frames[k].cue.start].strip()
    if (lead in _LEAD_SUBORDINATORS or opens) and not _subordinate(text, start):
        comma = text.find(", ", start, end)
        for _ in range(_COMMAS_READ):  # bounded: a list of commas is no clause
            if comma < 0:
                break
            toks = view.words.window(comma + 2, min(end, comma + 60))
            if toks and _starts_clause(toks, 0):
                end = comma
                break
            comma = text.find(", ", comma + 2, end)
    # A later verb of the same sentence that is coordinated with this one
    # ("said that A and emphasised that B"), or a parenthetical attribution
    # ("A, he said, and B").
    n = k + 1
    sentence = frames[k].sentence
    while n < len(frames) and frames[n].sentence == sentence and frames[n].cue.start < end:
        g = frames[n]
        if g.cue.lemma in _NO_CLAIM:
            n += 1
            continue  # "says … and points to …": one claim
        b = g.cue.start
        if g.mention is not None and not g.inverted and g.mention.start < b:
            b = g.mention.start
        if b > start:
            # Most gaps end in no coordinator: a cheap exact test first (a
            # run of reporting verbs has thousands of such gaps).
            gap = text[max(start, b - 12) : b].rstrip()
            c = (
                _COORD_END.search(text, max(start, b - 12), b)
                if gap.endswith((",", ";", "and", "but", "then"))
                else None
            )
            # A bare comma ends the part only before a verb without a subject
            # of its own ("…, highlighting that …"); a new subject after a
            # comma may be the reported clause itself ("if X, he would …").
            if c is not None and (
                c.group().strip() != ","
                or g.mention is None
                or g.inverted
                # Reported words that open with a subordinate clause ("if X,
                # he would …") may hold a subject of their own after a comma;
                # others end there ("his book, Mr. Lee said that …").
                or not _subordinate(text, start)
            ):
                end = min(end, c.start())
                break
            if c is None and g.mention is None and not _shares_subject(view, g):
                # A subject the mention layer does not know: "…, and more
                # than four in ten said …".  The part ends at the ", and".
                cut = _break_before_subject(text, start, b)
                if cut is not None:
                    end = min(end, cut)
                    break
        n += 1
    return end


def _break_before_subject(text: str, start: int, b: int) -> int | None:
    """The break before the subject of a later verb, or None.

    The ", and" / ", but" / ";" shortly before ``b`` that opens a subject
    with no verb of its own (the subject of the verb at ``b``), or None.
    """
    lo = max(start, b - 80)
    found = None
    for m in _CLAUSE_BREAK.finditer(text, lo, b):
        found = m
    if found is None or _has_verb(text, found.end(), b):
        return None
    return found.start()


def _backward(view: TextView, f: Frame, s0: int, s1: int) -> tuple[int, int] | None:
    """``…, X said.``: the reported words before a verb at the sentence's end."""
    text = view.text
    att_start = f.cue.start
    att_end = f.cue.end
    mention = f.mention
    if mention is None and f.cue.lemma == "according to":
        mention = _source_mention(text, f, s1)
    elif mention is None and "," in text[max(s0, f.cue.start - 80) : f.cue.start]:
        mention = _subject_before(view, f)[0]  # "…, the trader told me."
    if mention is None:
        # "Nate Cohn, writing in the Times, noted …", "Ana Ruiz, 35, the
        # mayor's daughter, said on Monday": with no speaker next to the
        # verb, the words before are its subject, not words it reports.
        return None
    if _relative(text, mention):
        # "…, said X, who writes about food.": what comes before is the
        # antecedent's own clause, not words the relative clause reports.
        return None
    if mention is not None:
        att_start = min(att_start, mention.start)
        att_end = max(att_end, mention.end)
    # Only a short adverbial may follow ("in a statement", "on Tuesday").
    # Read no further than _TAIL_READ (a source, _MAX): a longer tail is no
    # adverbial anyway, and a slice to the end of a run-on "sentence" per cue
    # made it quadratic.
    reach = _MAX if f.cue.lemma == "according to" else _TAIL_READ
    tail = text[att_end : min(s1, att_end + reach)].lstrip()
    found = _COMMA.search(tail)
    comma = found.start() if found is not None else -1
    if tail.startswith(";"):
        pass  # "A, she writes; B": A before the semicolon
    elif comma >= 0 and _aside_tail(tail[:comma], f.cue.lemma):
        # A parenthetical ("…, he says, and …", "…, the agency said in a
        # report, and …") but not a quotation's introduction ("X wrote, “…").
        if tail[comma + 1 :].lstrip()[:1] in ('"', "“", "'", "‘", "«"):
            return None
    elif tail.rstrip('.!?"”’ ') and not _adverbial_tail(tail) and (
        f.cue.lemma != "according to" or comma >= 0
    ):
        return None  # (a source may run on: "according to a poll taken in May")
    k = att_start
    while k > s0 and text[k - 1].isspace():
        k -= 1
    if k <= s0 or text[k - 1] != ",":
        return None
    if k - s0 > _MAX:
        # Reported words longer than any clause: a text without sentence
        # ends, not a sentence.  (Claims that long made output quadratic.)
        return None
    first = text[s0 : min(k, s0 + 30)].split(maxsplit=1)[0].lower()
    if first in ("when", "if", "as", "while", "asked"):
        return None  # an adverbial clause ("When asked, she said")
    if first in _ADVERBIAL and not _clause(view.words.window(s0, min(k, s0 + 200)), 0):
        return None  # an adverbial ("In Kyiv, she said")
    if first.endswith("ing") and not _clause(view.words.window(s0, min(k, s0 + 200)), 0):
        return None  # a participle ("Sharing a post on X, she wrote")
    return s0, k - 1


def _relative(text: str, m: Mention) -> bool:
    """True for a mention that is a relative pronoun ("…, who said …")."""
    return text[m.start : m.end].lower() in ("who", "which")


def _aside_tail(tail: str, lemma: str) -> bool:
    """True when ``tail`` (after "X said" or "X told") closes a parenthetical.

    A short adverbial, or a short listener after "told": "…, the partner
    told me, …", "…, she told reporters, …".
    """
    if _adverbial_tail(tail):
        return True
    words = tail.split()
    return (
        lemma in _LISTENER
        and 0 < len(words) <= 4
        and (words[0].lower() in _OBJECT_PRONOUNS or words[0].lower() in _LISTENER_HEADS)
    )


def _adverbial_tail(tail: str) -> bool:
    """True when ``tail`` (after "X said") is a short adverbial only."""
    if len(tail) > 60:
        return False
    words = tail.split()
    if words and words[0].lower().strip(",.") in ("that", "and", "but"):
        return False
    if not words:
        return True
    first = words[0].lower().strip(",.")
    return (
        first in _ADVERBIAL
        or first in _CIRCUMSTANCE
        or first in _TIME_WORDS
        or first in _TIME_OPENERS
        or first in ("of", "with", "by", "for", "about")
        or (first.endswith("ly") and len(first) > 4)
        or words[0][:1].isupper()
    )


def _first_person(text: str, m: Mention) -> bool:
    """True for the writer's own "I" or "we" ("I don't ever recall …")."""
    words = text[m.start : m.end].split(None, 1)
    return bool(words) and PRONOUNS.get(words[0].lower()) == "x"


def _is_nobody(text: str, m: Mention) -> bool:
    """True when mention ``m`` names no one: "Saturday", "last week", "Queues".

    A capitalised word of time or crowd noun alone may be a name ("Day",
    "Banner"); after "the" it is none ("the Night").
    """
    words = [w.strip(".,;:'’\"“”") for w in text[m.start : m.end].split()]
    words = [w for w in words if w]
    led = bool(words) and words[0].lower() in DETERMINERS
    rest = [w for w in words if w.lower() not in DETERMINERS and w.lower() not in _TIME_OPENERS]
    return bool(rest) and all(
        w.lower() in _PROPER_TIMES or (w.lower() in _NOBODY and (w.islower() or led))
        for w in rest
    )


def _after_nobody(text: str, s0: int, f: Frame) -> bool:
    """True for a participle right after a noun that names no one.

    "Queues formed, with signs saying they had no fuel": the signs, not the
    queues, say it, and a sign is no claimant.
    """
    if not f.cue.text.endswith("ing"):
        return False
    m = _PREV_WORD.search(text, max(s0, f.cue.start - 24), f.cue.start)
    return m is not None and m.group(1).lower() in _NOBODY


def _idiom(text: str, f: Frame) -> bool:
    """True for the writer's phrase, no one's report.

    "it goes without saying that", "it is worth noting that".
    """
    if not f.cue.text.endswith("ing"):
        return False
    before = text[max(0, f.cue.start - 12) : f.cue.start].split()
    return bool(before) and before[-1].lower() in ("without", "worth")


def _shares_subject(view: TextView, f: Frame) -> bool:
    """True for a verb that takes the subject of its clause.

    A participle
    ("…, saying …") or a coordinated verb ("… and said …").
    """
    if f.cue.text.lower().endswith("ing"):
        return True
    s0 = view.sentences[f.sentence][0]
    words = view.text[max(s0, f.cue.start - 12) : f.cue.start].split()
    return bool(words) and words[-1].lower() in ("and", "but", "then", "or")


def _opening_pronoun(view: TextView, f: Frame) -> Mention | None:
    """The subject pronoun that opens the sentence of ``f``.

    After "But",
    "And" and the like: "She compared A to B, saying …".
    """
    s0 = view.sentences[f.sentence][0]
    toks = view.words.window(s0, min(f.cue.start, s0 + 40))
    i = 0
    while i < len(toks) and toks[i].kind == FUNC and toks[i].text[:1].isupper():
        i += 1
    if i < len(toks) and toks[i].kind == PRON and toks[i].text.lower() in _SUBJECT_PRONOUNS:
        t = toks[i]
        return Mention(start=t.start, end=t.end, pronoun=True, head=t.text.lower())
    return None


def _subject_before_appositive(view: TextView, f: Frame) -> Mention | None:
    """The mention that opens the sentence when an appositive ends at the cue.

    "Deborah Reynolds - his co-host on the channel - told the paper that
    …", "Ruiz, the longtime owner of the "Lagos Star" pageant, said …": the
    appositive runs from a comma or dash right after the mention to one
    right before the verb (adverbs and auxiliaries aside).
    """
    text = view.text
    s0 = view.sentences[f.sentence][0]
    if f.cue.start - s0 > _LEFT_REACH * 2:
        return None
    k = f.cue.start
    words = text[max(s0, k - 40) : k].split()
    while words and (words[-1].lower() in _BETWEEN or words[-1].lower().endswith("ly")):
        k = text.rindex(words.pop(), s0, k)
    closing = text[s0:k].rstrip()
    if not closing.endswith((",", "-", "—", "–")):
        return None
    subject = sentence_subject(view, f.sentence, f.cue.start)
    if subject is None:
        return None
    opening = text[subject.end : subject.end + 3].lstrip()[:1]
    return subject if opening and opening in ",-—–" else None


def _subject_after_clause(view: TextView, f: Frame, end: int) -> Mention | None:
    """The subject after a participle's clause that opens the sentence.

    "Noting that both parties had lost seats, the mayor called for …": the
    mention after the comma that ends the reported words at ``end``.
    """
    text = view.text
    s0, s1 = view.sentences[f.sentence]
    if text[s0 : f.cue.start].strip() or not text[end : end + 2].startswith(","):
        return None
    toks = view.words.window(end + 1, min(s1, end + 1 + _RIGHT_REACH))
    return right_mention(toks, 0)


def _claimant(
    view: TextView, frames: Sequence[Frame], k: int, confidence: float, end: int
) -> Mention | None:
    """The claimant's mention for the claim of ``frames[k]``, or None.

    The frame's own speaker, or the subject its verb shares; a source after
    "according to"; a subject with a long modifier ("An official familiar
    with the inquiry said …").  A mention that names no one (a weekday, a
    month, a crowd noun) is no claimant.
    """
    text = view.text
    f = frames[k]
    mention = frame_mention(view, frames, k)
    if mention is not None and _is_nobody(text, mention):
        mention = None
    if mention is None and f.cue.lemma == "according to":
        mention = _source_mention(text, f, view.sentences[f.sentence][1])
    elif mention is None and _shares_subject(view, f):
        # "She compared A to B, saying …": the opening pronoun, which the
        # sentence's subject, read as a name, leaves out; "Noting that A,
        # the mayor …": the subject after the participle's clause.
        mention = _opening_pronoun(view, f) or _subject_after_clause(view, f, end)
    elif mention is None:
        # A subject with a long modifier ("An official familiar with the
        # inquiry said …"): the mention that opens the sentence.
        mention, after_noun = _subject_before(view, f)
        if (
            mention is None
            and after_noun
            and confidence >= 0.7
            and f.cue.lemma in _CLAUSE_VERBS
        ):
            mention = sentence_subject(view, f.sentence, f.cue.start)
        if mention is None:
            mention = _subject_before_appositive(view, f)
    if mention is not None and _is_nobody(text, mention):
        return None
    return mention


def _around_aside(view: TextView, f: Frame, fwd: int) -> int | None:
    """Where one claim starts around a parenthetical attribution, or None.

    "The dam, they promise, will be finished by June", "Inflation, he
    said, is falling": the words before the attribution are too short to
    stand as a claim, so the claim runs from the sentence's start over the
    aside.  "The port will close, she said, and the ferries will stop" and
    "Freeing her husband, he said, was his first aim" give two claims, the
    words before and after the attribution (as news corpora annotate them).
    """
    text = view.text
    s0 = view.sentences[f.sentence][0]
    near = text[max(s0, f.cue.start - _LEFT_REACH) : f.cue.start]
    if f.inverted or fwd <= f.cue.end or "," not in near:
        return None  # cheap tests first: no comma before the verb, no aside
    m = f.mention or _subject_before(view, f)[0]
    if m is None or not _comma_before(text, s0, m.start):
        return None
    comma = text.rfind(",", s0, m.start)
    if comma - s0 > _MAX or text[fwd - 2 : fwd].strip() not in (",", ""):
        return None
    after = view.words.window(fwd, min(view.sentences[f.sentence][1], fwd + 30))
    if not after or after[0].text.lower() in ("and", "but"):
        return None
    start = s0
    while start < comma and text[start].isspace():
        start += 1
    if comma - start >= _SHORT and _words(text, start, comma) > 1:
        return None  # words that stand as a claim of their own
    first = text[start : start + 30].split(maxsplit=1)[:1]
    if not first or first[0].lower().strip(",") in _ADVERBIAL or first[0][:1] in "\"“'‘":
        return None
    return start


def find_claims(
    view: TextView, quotes: Sequence[Quote], frames: Sequence[Frame] | None = None
) -> tuple[Claim, ...]:
    """Reported claims of ``view``, in text order; ``quotes`` are linked by index.

    Claimants are unresolved here; ``_resolve.resolve`` names them.
    """
    text = view.text
    if frames is None:
        frames = find_frames(view, quotes)
    qs = _Quotes(quotes)
    out: list[Claim] = []
    seen: set[tuple[int, int]] = set()

    def question(k: int, f: Frame) -> None:
        """``asked whether …``: the question, by its asker if one is named."""
        s0, s1 = view.sentences[f.sentence]
        before = text[max(s0, f.cue.start - 4) : f.cue.start].split()
        if before and before[-1].lower() == "to":
            return
        found = _question_start(view, f, s1)
        if found is None:
            return
        start, to_comma = found
        end = _forward_end(view, frames, k, start, s1)
        if to_comma:
            comma = text.find(",", start, end)
            if comma > 0:
                end = comma
        add(start, end, k, 0.6, asker=to_comma)

    def add(  # noqa: PLR0913 -- two optional keywords for the special cases
        s: int,
        e: int,
        k: int,
        confidence: float,
        *,
        subject: Mention | None = None,
        asker: bool = False,
    ) -> None:
        """Add the claim ``text[s:e]`` of frame ``k``.

        ``subject`` overrides the frame's speaker; ``asker`` allows a question
        whose asker is unnamed ("Asked whether …, she said").
        """
        s, e = _trim(text, s, e)
        if e - s < _SHORT or _words(text, s, e) < 2 or (s, e) in seen:
            return
        if qs.mostly_full(s, e):
            return
        f = frames[k]
        if _after_nobody(text, view.sentences[f.sentence][0], f) or _idiom(text, f):
            return  # "signs saying they had no fuel": nobody makes the claim
        mention = subject or _claimant(view, frames, k, confidence, e)
        if mention is None and not asker:
            return
        if mention is not None and _first_person(text, mention):
            return  # "I believe …": the writer's own view, not reported speech
        seen.add((s, e))
        out.append(
            Claim(
                text=text[s:e],
                start=s,
                end=e,
                kind="reported",
                force=_force(view, f, s),
                speaker=to_speaker(text, mention) if mention is not None else None,
                cue=f.cue,
                quotes=qs.inside(s, e),
                confidence=confidence,
            )
        )

    for k, f in enumerate(frames):
        if f.cue.lemma in _NO_CLAIM:
            if f.cue.lemma in _QUESTION:
                question(k, f)
            else:
                # "responded that …", "joked that …": a "that" clause is
                # reported words even after a verb that asserts nothing itself.
                s0, s1 = view.sentences[f.sentence]
                that = _THAT.match(text, f.cue.end, s1)  # cheap: most have none
                fwd = _forward_start(view, f, s0, s1) if that is not None else None
                if fwd is not None and fwd[1] >= 0.85:
                    nxt = view.words.window(fwd[0], min(s1, fwd[0] + 30))
                    if nxt and not _is_verbish(nxt[0]) and nxt[0].kind != FUNC:
                        add(fwd[0], _forward_end(view, frames, k, fwd[0], s1), k, fwd[1])
            continue
        p0 = view.paragraphs[view.paragraph_index(f.cue.start)][0]
        label = text[p0 : min(f.cue.start, p0 + 16)].split(":", 1)
        if len(label) == 2 and label[0].strip().lower() in _TEASER:
            continue  # "READ MORE: Mayor says …": a link to another story
        s0, s1 = view.sentences[f.sentence]
        before = text[max(s0, f.cue.start - 4) : f.cue.start].split()
        if before and before[-1].lower() == "to":
            # "went on to add that …", "called friends to say they …": the
            # sentence's subject reports; an infinitive with no clause after
            # it reports nothing ("will find it hard to repeat …").
            fwd = _forward_start(view, f, s0, s1)
            if fwd is not None and fwd[1] >= 0.7:
                subject = f.mention or sentence_subject(view, f.sentence, f.cue.start)
                if subject is not None and (
                    text[subject.start : subject.end].lower() not in _EXPLETIVE
                ):
                    end = _forward_end(view, frames, k, fwd[0], s1)
                    add(fwd[0], end, k, 0.6, subject=subject)
            continue
        inner = _misread_inverted(view, f, s0, s1) if f.inverted else None
        if inner is not None:
            # "X, an adviser to Y, said Mexico must act": the name after the
            # verb is not its speaker but the reported clause's subject (or,
            # after "told", the listener); the speaker stands before.
            toks = view.words.window(max(s0, f.cue.start - _LEFT_REACH), f.cue.start)
            speaker = left_mention(toks, len(toks)) or sentence_subject(
                view, f.sentence, f.cue.start
            )
            if speaker is not None:
                add(inner, _forward_end(view, frames, k, inner, s1), k, 0.6, subject=speaker)
            continue
        back = None
        if f.cue.lemma != "according to" or f.cue.start > s0 + 2:
            back = _backward(view, f, s0, s1)
        fwd = _forward_start(view, f, s0, s1)
        whole = _around_aside(view, f, fwd[0]) if fwd is not None else None
        if whole is not None:
            # "The dam, they promise, will be finished by June": one claim
            # around the parenthetical attribution.
            add(whole, _forward_end(view, frames, k, whole, s1), k, 0.7)
            continue
        if back is not None:
            add(back[0], back[1], k, 0.75)
        if fwd is None:
            continue
        start, conf = fwd
        add(start, _forward_end(view, frames, k, start, s1), k, conf)
    out.sort(key=lambda c: (c.start, c.end))
    return tuple(out)

