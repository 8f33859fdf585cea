"""Speaker mentions: the noun phrase next to a reporting verb.

Works on the words of one short window (never more than a sentence) around
a cue.  Reading words left of a cue ("Ukrainian President Volodymyr
Zelenskyy said") or right of it ("said the country's foreign ministry") is a
walk over at most a dozen words, so its cost is bounded per cue, and the
rules stay readable where one large pattern would not.

A mention is split into its title ("Ukrainian President", "Stein
spokeswoman") and its name ("Volodymyr Zelenskyy"); a mention without a
name is a description ("the ministry", "police", "a senior official") or a
pronoun.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

import attrs
import regex

from newsclaims._lexicon import (
    ABBREVIATIONS,
    FIRST_NAMES,
    GROUPS,
    HONORIFICS,
    NAME_GENDERS,
    PRONOUNS,
    SKIP_WORDS,
    TITLES,
    read_lines,
    word_set,
)

__all__ = [
    "DETERMINERS",
    "FUNCTION_WORDS",
    "PARTICLES",
    "Mention",
    "Token",
    "WordIndex",
    "generic_mention",
    "left_mention",
    "right_mention",
    "tokens",
    "walk_left",
]

# A word: letters and digits with inner apostrophes, hyphens and ampersands
# ("O'Brien", "al-Assad", "AT&T"), or a dotted abbreviation ("U.S.").  Any
# other non-space character is a token of its own (punctuation, marks).
# Every repeat is bounded and possessive: a run of letters is read once.
_TOKEN: Final = regex.compile(
    r"(?:\p{L}\.){2,6}+"
    r"|[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-&]{0,40}+"
    r"|[^\s\p{L}\p{N}]"
)
# The same tokens for a window of ASCII text (most windows of most English
# articles), in the standard library's re, which reads them two to three
# times faster.  Restricted to ASCII, \p{L} is [A-Za-z], \p{N} is [0-9],
# \p{M} is empty and regex's \s is [\t\n\v\f\r ] (written out: re's \s
# would also take \x1c-\x1f).
_TOKEN_ASCII: Final = re.compile(
    r"(?:[A-Za-z]\.){2,6}+"
    r"|[A-Za-z0-9][A-Za-z0-9'\-&]{0,40}+"
    r"|[^\t\n\x0b\x0c\r A-Za-z0-9]"
)

# Words that start a noun phrase and end a leftward walk.
DETERMINERS: Final = word_set("determiners.txt")
# Words that never belong to a speaker mention: conjunctions, prepositions,
# relative and function words, and the capitalised sentence openers that look
# like names ("But", "Then").
FUNCTION_WORDS: Final = word_set("function_words_mentions.txt")
# Participles that modify a speaker ("a retired general"); other words in
# -ed or -ing before a noun are verbs of the clause ("the government
# received expert reports").
_PARTICIPLE_ADJECTIVES: Final = frozenset(
    w.lower() for w in read_lines("participle_adjectives.txt")
)
# Quantifiers that stand alone for a group of speakers ("Some believe").
_QUANTIFIERS: Final = frozenset(("some", "many", "most", "several", "few", "others"))
# Prepositions that may join a role to its organisation inside a mention
# ("a spokesman for the ministry", "Secretary of State", "director at NASA").
_JOINERS: Final = frozenset(("of", "for", "at", "with", "from"))
# Possessive endings ("Ukraine's", "Ukraine’s", "officials'").
_POSSESSIVE: Final = ("'s", "’s", "s'", "s’")

# Lowercase particles inside a person's name ("Mohammed bin Salman", "Ursula
# von der Leyen", "Luiz Inácio Lula da Silva").
PARTICLES: Final = word_set("name_particles.txt")

# Word classes.
PRON, DET, CAP, ROLE, GROUP, POSS, LOWER, FUNC, PUNCT, JOIN = range(10)


class Token:
    """One word or punctuation character of a window, with its offsets.

    A plain slotted class rather than an attrs one: windows are tokenised
    for every cue, and construction cost matters here.
    """

    __slots__ = ("end", "kind", "start", "text")

    def __init__(self, start: int, end: int, text: str, kind: int) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r}, {self.kind})"


@attrs.frozen(kw_only=True)
class Mention:
    """A speaker mention as found next to a cue.

    Attributes:
        start: offset of the mention.
        end: offset after the mention.
        title: ``(start, end)`` of the title part, or None.
        name: ``(start, end)`` of the name part, or None.
        pronoun: True for a pronoun mention.
        head: the lowercase head word of a description ("ministry").
    """

    start: int
    end: int
    title: tuple[int, int] | None = None
    name: tuple[int, int] | None = None
    pronoun: bool = False
    head: str = ""


# The class of each word seen, a pure function of the word.  A plain dict
# read with ``get`` costs less than an lru_cache call in the token loop; it
# is emptied when full, so memory stays bounded over any number of texts.
_KINDS: Final[dict[str, int]] = {}
_KINDS_MAX: Final = 50_000


def _kind(word: str) -> int:
    """The word class of ``word``, cached in ``_KINDS``."""
    kind = _kind_uncached(word)
    if len(_KINDS) >= _KINDS_MAX:
        _KINDS.clear()
    _KINDS[word] = kind
    return kind


def _kind_uncached(word: str) -> int:
    """The word class of ``word``."""
    low = word.lower()
    first = word[0]
    if not (first.isalpha() or first.isdigit()):
        return PUNCT
    if low in PRONOUNS and low not in ("her", "him", "them"):
        return PRON
    if low in DETERMINERS:
        return DET
    if low in _JOINERS:
        return JOIN
    if low in FUNCTION_WORDS or low in SKIP_WORDS:
        return FUNC
    if low.endswith(_POSSESSIVE) and len(low) > 2:
        return POSS
    if low in TITLES or low.rstrip(".") in TITLES or low.rstrip(".") in HONORIFICS:
        return ROLE
    if first.isdigit() and low.endswith("-year-old") and low[: -len("-year-old")].isdigit():
        return ROLE  # "the 78-year-old": a person, by age
    dash = low.find("-")
    if dash > 0 and low[:dash] in TITLES and low[:dash] not in ("ex", "co"):
        return ROLE  # "Sergeant-at-Arms", "President-elect", "Attorney-General"
    if low in GROUPS:
        return GROUP
    if low.endswith("s") and len(low) > 3:
        # Plurals: "spokesmen" aside, "analysts", "groups", "companies".
        stem = low[:-3] + "y" if low.endswith("ies") else low[:-1]
        if stem in GROUPS or stem in TITLES:
            return GROUP
    if first.isupper():
        return CAP
    dash = word.find("-")
    if 0 < dash < 4 and word[dash + 1 : dash + 2].isupper():
        return CAP  # "al-Shabaab", "el-Sisi"
    if first.isdigit():
        return LOWER
    return LOWER


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``, classified.

    A word followed by a full stop takes the stop when the word is an
    abbreviation or an initial ("Sen.", "J."), so that a title or a middle
    initial stays inside the mention.
    """
    out: list[Token] = []
    # findall, not finditer: this runs some twenty times per article, and a
    # match object per token costs more than the rest of the loop.  Tokens
    # cover every character but white space, so each one is the first
    # occurrence of its text at or after the end of the one before.
    find, append, cached = text.find, out.append, _KINDS.get  # locals: a hot loop
    pos = start
    taken = False  # the word before took the full stop that comes next
    prev = PUNCT  # the kind of the token before
    window = text[start:end]
    dots = "." in window  # most windows have none: skip the test per word
    pattern = _TOKEN_ASCII if window.isascii() else _TOKEN
    for found in pattern.findall(text, start, end):
        s = find(found, pos)
        e = pos = s + len(found)
        if taken:
            taken = False
            continue  # the stop was taken by the word before
        word = found
        if (
            dots
            and e < end
            and text[e] == "."
            and word[0].isalpha()
            and (len(word) == 1 or word.lower() in ABBREVIATIONS or word.lower() + "." in TITLES)
        ):
            e += 1
            word = text[s:e]
            taken = True
        kind = cached(word)
        if kind is None:
            kind = _kind(word)
        if kind == FUNC and word[0].isupper() and (
            prev == ROLE or (prev == CAP and out[-1].text.lower() in NAME_GENDERS)
        ):
            kind = CAP  # a name that is also a word: "Ms. May", "Mr. Will", "Mark Said"
        elif (
            kind in (GROUP, ROLE)
            and prev == CAP
            and word[0].isupper()
            and out[-1].text.lower() in FIRST_NAMES
        ):
            kind = CAP  # a surname that is also a word: "Ana Police", "John Marshall"
        append(Token(s, e, word, kind))
        prev = kind
    return out


class WordIndex:
    """Every token of a text, classified once; a window is a slice of it.

    Layers that read words around a position (a cue, a name) take them from
    here instead of tokenising the same characters again, and look positions
    up by bisection, so the cost per article is one pass over its words.

    Attributes:
        tokens: the tokens of the whole text, in order.
        starts: the start offset of each token, for bisection.
    """

    __slots__ = ("starts", "tokens")

    def __init__(self, text: str) -> None:
        self.tokens = tokens(text, 0, len(text))
        self.starts = [t.start for t in self.tokens]

    def at(self, pos: int) -> int:
        """The index of the first token that starts at or after ``pos``."""
        return bisect.bisect_left(self.starts, pos)

    def window(self, start: int, end: int) -> list[Token]:
        """The tokens that lie wholly within ``[start, end)``, as a new list."""
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end, i)
        if j > i and self.tokens[j - 1].end > end:
            j -= 1
        return self.tokens[i:j]


def is_adverb(tok: Token) -> bool:
    """True for a word that may stand between a speaker and the cue."""
    low = tok.text.lower()
    return low in SKIP_WORDS or (tok.kind == LOWER and low.endswith("ly") and len(low) > 4)


def _split(toks: list[Token], i: int, j: int) -> Mention:
    """Split the mention ``toks[i:j]`` into title and name."""
    start, end = toks[i].start, toks[j - 1].end
    # The head: the last role or group word before any joined organisation
    # ("a spokesman for the ministry" is a spokesman).
    # An organisation before the joiner does not stop the search: "University
    # of Toronto professor" is a professor.
    head = ""
    for t in toks[i:j]:
        if t.kind == JOIN and head in TITLES:
            break
        if t.kind in (ROLE, GROUP):
            head = t.text.lower().rstrip(".")
    t0 = i
    while t0 < j and toks[t0].kind == DET:
        t0 += 1
    if t0 >= j:
        return Mention(start=start, end=end, head=head)
    # An affiliation joined to the person ("Ms. Mensah of the Cocoa Board",
    # "a spokesman for the ministry") is no part of the name; a joined title
    # without a determiner ("Secretary of State Mike Pompeo") is.
    # A role and a name after the organisation ("Reserve Bank of Malawi
    # governor Chikondi Banda") make the organisation part of the title.
    titled = toks[j - 1].kind == CAP and any(t.kind == ROLE for t in toks[t0:j])
    for n in range(t0, j):
        joined = toks[n].kind == JOIN
        if titled and not any(t.kind == ROLE for t in toks[n + 1 : j]):
            titled = False  # the role stands before the joiner: "Mr. Morgan of the Club"
        if titled:
            continue
        if joined and (
            (n + 1 < j and toks[n + 1].kind == DET)
            or (toks[n - 1].kind == CAP and (toks[t0].kind == ROLE or _person_of(toks, n, j)))
        ):
            inner = _split(toks, i, n) if n > t0 else None
            if inner is not None and inner.name is not None:
                return attrs.evolve(inner, end=end)
            return Mention(start=start, end=end, title=(toks[t0].start, end), head=head)
    # A person: the run of capitalised words at the end is the name, and
    # what stands before it is the title ("Ukrainian President").
    k = j
    while k > t0 and (
        toks[k - 1].kind == CAP
        or (toks[k - 1].kind == FUNC and _given_word(toks, k - 1))
        or (
            k < j
            and toks[k - 1].text in PARTICLES
            and (toks[k].kind == CAP or toks[k].text in PARTICLES)
        )
    ):
        k -= 1  # a lowercase particle belongs to the name: "bin Salman", "van der Berg"
    if t0 < k < j and toks[k - 1].kind == JOIN:
        k = _after_joiner(toks, t0, k, j)
    if k < j:
        title = (toks[t0].start, toks[k - 1].end) if k > t0 else None
        return Mention(start=start, end=end, title=title, name=(toks[k].start, end), head=head)
    # An organisation named in capitals ("the Foreign Ministry", "Ministry of
    # Defence"): the whole phrase is its name.  A lone capitalised role or
    # group word is only a description ("Police said").
    # A role in capitals is a title, whoever holds it ("the Union Minister",
    # "the Foreign Minister", "Secretary of State").
    body = toks[t0:j]
    role = body[-1].kind == ROLE or (
        body[0].kind == ROLE and all(t.kind != GROUP for t in body)
    )
    if (
        len(body) > 1
        and not role
        and all(t.text[:1].isupper() or t.kind == JOIN for t in body)
    ):
        return Mention(start=start, end=end, name=(toks[t0].start, end), head=head)
    return Mention(start=start, end=end, title=(toks[t0].start, end), head=head)


def _person_of(toks: list[Token], n: int, end: int) -> bool:
    """True for a person's name, the joiner ``toks[n]``, then an affiliation.

    "Lena Ortiz of ABC", "Jin Pan of IG": two capitalised words before the
    joiner, the first a known given name or the affiliation an acronym, and
    a short capitalised affiliation that ends the phrase.
    """
    if n < 2 or toks[n - 1].kind != CAP or toks[n - 2].kind != CAP:
        return False
    body = toks[n + 1 : end]
    if not 1 <= len(body) <= 3 or any(t.kind not in (CAP, GROUP) for t in body):
        return False
    acronym = len(body) == 1 and body[0].text.isupper() and len(body[0].text) <= 5
    return acronym or toks[n - 2].text.lower() in FIRST_NAMES


def _after_joiner(toks: list[Token], t0: int, k: int, j: int) -> int:
    """Where the name starts in ``toks[t0:j]`` whose capitalised run ``toks[k:j]`` follows a joiner.

    "Secretary of State Mike Pompeo": a role, its joined office, then the
    name, which starts at a known given name ("Minister of Health Ana
    Ruiz"); without one the whole run stays the name ("a spokeswoman for
    Hanover Re"), unless it follows an organisation's joiner with three or
    more words.  "the Bank of England": no role opens it and every word is
    capitalised, so it is one organisation's name.
    """
    for n in range(k + 1, j):
        if toks[n].text.lower() in FIRST_NAMES:
            return n
    if toks[t0].kind == ROLE:
        return k
    if all(t.text[:1].isupper() or t.kind == JOIN for t in toks[t0:j]):
        # An organisation's name, unless three or more words follow its
        # joiner: then the last two are a person's ("Ministry of Finance
        # Halima Sule"; "Bank of Central Africa" stays whole).
        return j - 2 if j - k >= 3 and toks[t0].kind == GROUP else t0
    return k


def _has_head(toks: list[Token], i: int, j: int) -> bool:
    return any(t.kind in (CAP, ROLE, GROUP) for t in toks[i:j])


def left_mention(toks: list[Token], j: int) -> Mention | None:
    """The mention ending just before ``toks[j]`` (the cue), or None.

    Skips adverbs and auxiliaries ("Zelenskyy also said"), a parenthesis
    ("Mike Pence (R-IN) said") and an appositive between commas
    ("Zelenskyy, Ukraine's president, said").
    """
    k = j - 1
    skipped = 0
    while k >= 0 and is_adverb(toks[k]) and skipped < 3:
        k -= 1
        skipped += 1
    if k < 0:
        return None
    t = toks[k]
    low = t.text.lower()
    if t.kind == PRON:
        return Mention(start=t.start, end=t.end, pronoun=True, head=low)
    if low in ("who", "which") and k >= 1:
        # "Democrats, who have argued that …", "economists who argue": the
        # mention is the relative pronoun as written; its name and title
        # are the antecedent's.
        a = k - 2 if toks[k - 1].text in (",", "—", "–", "-") else k - 1
        ante = walk_left(toks, a)
        if ante is None:
            return None
        return attrs.evolve(ante, start=t.start, end=t.end)
    if low in _QUANTIFIERS and (k == 0 or toks[k - 1].kind in (PUNCT, FUNC)):
        # "Some believe …", "Many say …": an unnamed group.
        return Mention(start=t.start, end=t.end, title=(t.start, t.end), head=low)
    if toks[k].text == ")":
        # A parenthesis after the name: party and state, an age.
        n = k - 1
        while n >= 0 and k - n < 8 and toks[n].text != "(":
            n -= 1
        if n <= 0 or toks[n].text != "(":
            return None
        k = n - 1
    if toks[k].text == ",":
        c = _skip_asides(toks, k)
        if c < k and c > 0:
            # "Tomas Berg, 60, from Leith, Edinburgh, said": past the age and
            # the home town to the name.
            m = _appositive(toks, c) if toks[c - 1].text != ")" else None
            return m or walk_left(toks, c - 1)
        return _appositive(toks, k)
    m = walk_left(toks, k)
    return _before_place(toks, m) if m is not None else None


# Prepositions of a place between a speaker and the verb ("Police in Mumbai
# said", "Officials from the ministry in Abuja said").
_IN_PLACE: Final = frozenset(("in", "from", "at", "across", "near"))


def _before_place(toks: list[Token], m: Mention) -> Mention:
    """The speaker before "in X" when ``m`` is only the place after it.

    "Regulators in Nairobi said", "Police in Mumbai told reporters": the
    speaker is who is there, not where.
    """
    if m.title is not None or m.pronoun:
        return m
    n = next((i for i, t in enumerate(toks) if t.start == m.start), -1)
    if n < 2 or toks[n - 1].text not in _IN_PLACE:
        return m
    outer = walk_left(toks, n - 2)
    if outer is None or (outer.name is None and not outer.head):
        return m
    return outer


# Words that open an aside about where a person is from or lives.
_FROM: Final = frozenset(("from", "of", "in", "near", "at", "aged"))


def _skip_asides(toks: list[Token], comma: int) -> int:
    """The comma before the asides that end at ``toks[comma]``, or ``comma``.

    An aside is an age (", 60,"), a home town (", from Leith,") and the
    region that follows it (", Edinburgh,"): they stand between a name and
    its verb but name nobody.
    """
    segments: list[tuple[int, int]] = []  # (start comma, end comma), rightmost first
    end = comma
    while len(segments) < 4:
        n = end - 1
        while n >= 0 and end - n <= 8 and toks[n].text != ",":
            if toks[n].kind == PUNCT and toks[n].text not in ".-'’":
                return comma
            n -= 1
        if n <= 0 or toks[n].text != ",":
            break
        segments.append((n, end))
        end = n
    out = comma
    pending = False  # a run of capitals that only an earlier "from …" explains
    for start, stop in segments:
        body = toks[start + 1 : stop]
        if not body:
            break
        first = body[0].text.lower()
        if all(t.text[:1].isdigit() for t in body) and len(body) <= 2:
            out, pending = start, False  # an age
        elif first in _FROM and len(body) <= 6:
            out, pending = start, False  # a home town
        elif all(t.kind == CAP for t in body) and len(body) <= 3 and not pending:
            pending = True  # "Edinburgh": kept only if a home town comes before
            continue
        else:
            break
    return out


def walk_left(toks: list[Token], k: int) -> Mention | None:
    """The noun phrase ending at ``toks[k]`` (inclusive), walking leftwards."""
    if k < 0 or toks[k].kind not in (CAP, ROLE, GROUP):
        return None
    end = k + 1
    i = k
    pending = 0  # lowercase words taken on trust: kept only if the phrase closes
    n = k - 1
    while n >= 0 and end - n <= 12:
        t = toks[n]
        if t.kind in (CAP, ROLE, GROUP) or t.kind == POSS or (
            t.kind == FUNC and n + 1 == i and _given_word(toks, n)
        ):
            i, pending = n, 0
        elif t.kind == DET:
            i, pending = n, 0
            # "a spokesman for the ministry": the determiner may belong to
            # an organisation joined to a role.
            if n >= 2 and toks[n - 1].kind == JOIN and (
                toks[n - 2].kind in (ROLE, GROUP)
                or (toks[n - 1].text != "for" and toks[n - 2].kind == CAP)
            ):
                n -= 2
                i = n
                continue
            break
        elif t.kind == JOIN and n >= 1 and (
            toks[n - 1].kind in (ROLE, GROUP)
            or (t.text != "for" and toks[n - 1].kind == CAP and toks[i].kind == DET)
            or (
                # One organisation's name: "National Bureau of Statistics",
                # "British Chambers of Commerce".
                t.text == "of"
                and toks[n - 1].kind == CAP
                and toks[i].kind == CAP
                and i == n + 1
                and (n < 2 or not _person_of(toks, n, end))
            )
            or (
                # A person's affiliation: "Lena Ortiz of ABC", a given name
                # and a surname before a capitalised body that ends the phrase.
                t.text in ("of", "at", "from")
                and n >= 2
                and i == n + 1
                and _person_of(toks, n, end)
            )
        ):
            # A role joined to its organisation ("a spokesman for the
            # ministry"), a name to its affiliation ("Mr. Morgan of the Club").
            i, pending = n, 0
        elif (
            t.kind == LOWER
            and pending < 2
            and t.text[:1].islower()
            and (not t.text.endswith(("ed", "ing")) or t.text.lower() in _PARTICIPLE_ADJECTIVES)
        ):
            pending += 1
        else:
            break
        n -= 1
    else:
        n = -1
    if pending:
        # Lowercase words before the phrase: adjectives ("longtime") when
        # the phrase starts the clause, otherwise words of the clause.
        before = toks[n] if n >= 0 else None
        if before is None or before.kind in (PUNCT, DET, POSS):
            i = n + 1
    # A capitalised opener that is a function word ("But", "Then") is not
    # part of the mention, unless it is a given name ("Will Power").
    while i < end and toks[i].kind == FUNC and not _given_word(toks, i):
        i += 1
    while i < end and toks[i].kind == JOIN:
        i += 1
    if i >= end or not _has_head(toks, i, end):
        return None
    return _split(toks, i, end)


def _given_word(toks: list[Token], n: int) -> bool:
    """True for a capitalised function word that is a given name before a name.

    "Will Power", "May Chen", "Grace Mensah": a modal or a month that is a
    person's first name, followed by a capitalised word.
    """
    t = toks[n]
    return (
        t.text[:1].isupper()
        and t.text.lower() in NAME_GENDERS
        and n + 1 < len(toks)
        and toks[n + 1].kind == CAP
    )


def _joined(toks: list[Token], m: Mention) -> bool:
    """True when a preposition stands right before mention ``m``."""
    for n, t in enumerate(toks):
        if t.start == m.start:
            return n > 0 and toks[n - 1].kind == JOIN
    return False


def _appositive(toks: list[Token], comma: int) -> Mention | None:
    """``X, <appositive>, said``: the mention is X, or the name inside."""
    n = comma - 1
    while n >= 0 and comma - n <= 20 and toks[n].text != ",":
        if toks[n].kind == PUNCT and toks[n].text not in ".-'’()+&/":
            return None
        n -= 1
    if n < 1 or toks[n].text != ",":
        return None
    o = n - 1
    if toks[o].text == ")":
        # A parenthesis after the name, before the appositive ("Rep. Ann
        # Lee (D-Ohio), a panel member, said").
        while o > 0 and n - o < 8 and toks[o].text != "(":
            o -= 1
        if toks[o].text != "(":
            return None
        o -= 1
    outer = walk_left(toks, o)
    a0, a1 = n + 1, comma
    inner_caps = [t for t in toks[a0:a1] if t.kind == CAP]
    pure_name = len(inner_caps) >= 2 and len(inner_caps) == a1 - a0
    if pure_name and (outer is None or outer.head or _joined(toks, outer)):
        # "the head of logistics at Tata Steel, Meera Iyer, says"
        return _split(toks, a0, a1)
    if outer is None:
        return None
    at = next((i for i, t in enumerate(toks) if t.start == outer.start), 0)
    # A title that itself holds commas: "Ana Ruiz, Minister of Health,
    # Labour and Welfare, said": the name stands before the title.
    if (outer.name is None or toks[at].kind == ROLE) and at >= 2 and toks[at - 1].text == ",":
        named = walk_left(toks, at - 2)
        if named is not None and named.name is not None:
            return attrs.evolve(named, title=named.title or outer.title)
    # The appositive itself: a name ("the country's president, Volodymyr
    # Zelenskyy, said") or a description ("Zelenskyy, Ukraine's president,").
    if outer.name is None and inner_caps and all(
        t.kind in (CAP, ROLE) for t in toks[a0:a1]
    ):
        inner = _split(toks, a0, a1)
        return attrs.evolve(inner, title=inner.title or outer.title)
    if outer.name is None and inner_caps and toks[a1 - 1].kind == CAP:
        # "Fellow protester, mechanical engineer Ana Ruiz, said": a named
        # person with a title of lowercase words.
        named_inner = walk_left(toks, a1 - 1)
        if (
            named_inner is not None
            and named_inner.name is not None
            and named_inner.start >= toks[a0].start
        ):
            return attrs.evolve(named_inner, title=named_inner.title or outer.title)
    if outer.name is not None and outer.title is None and a1 > a0:
        t0 = a0
        while t0 < a1 and toks[t0].kind == DET:
            t0 += 1
        if t0 < a1 and any(t.kind in (ROLE, GROUP) for t in toks[t0:a1]):
            return attrs.evolve(outer, title=(toks[t0].start, toks[a1 - 1].end))
    return outer


def right_mention(toks: list[Token], i: int) -> Mention | None:
    """The mention starting at ``toks[i]`` (after a cue or "according to")."""
    if i >= len(toks):
        return None
    t = toks[i]
    if t.kind == PRON:
        # "…,” said he." but not "said he would go" (a clause, not a speaker).
        if i + 1 < len(toks) and toks[i + 1].kind != PUNCT:
            return None
        return Mention(start=t.start, end=t.end, pronoun=True, head=t.text.lower())
    j = i
    last_head = -1
    pending = 0
    while j < len(toks) and j - i < 12:
        t = toks[j]
        if t.kind in (CAP, ROLE, GROUP):
            last_head = j
            pending = 0
        elif t.kind in (DET, POSS):
            if t.kind == DET and j > i and toks[j - 1].kind != JOIN:
                break
        elif t.kind == JOIN:
            if (
                last_head < 0
                or j + 1 >= len(toks)
                or toks[j + 1].kind not in (DET, CAP, GROUP)
                or (toks[j - 1].kind == CAP and t.text != "of")
            ):
                break
        elif t.kind == LOWER and pending < 2 and last_head < 0:
            pending += 1
        elif (
            t.kind == LOWER
            and last_head >= 0
            and j + 1 < len(toks)
            and toks[j + 1].kind == CAP
            and t.text[:1].islower()
            and not t.text.endswith(("ly", "ed", "ing"))
        ):
            pass  # a role between a place and a name: "Springfield cartoonist Ana Ruiz"
        else:
            break
        j += 1
    if last_head < 0:
        return None
    end = last_head + 1
    while i < end and toks[i].kind == FUNC and not _given_word(toks, i):
        i += 1
    if i >= end:
        return None
    return _split(toks, i, end)


def generic_mention(toks: list[Token], j: int) -> Mention | None:
    """A short noun phrase just before ``toks[j]`` that follows a comma.

    For the end of a sentence of reported speech, where any noun phrase can
    be the source: "…, one slide says." / "…, the study notes."
    """
    k = j - 1
    n = k
    while n >= 0 and k - n < 8 and toks[n].kind in (LOWER, CAP, ROLE, GROUP, POSS, DET, JOIN):
        n -= 1
    if n < 0 or n == k or toks[n].text not in (",", "—", "–"):
        return None
    i = n + 1
    if toks[i].kind not in (DET, POSS, CAP, GROUP, ROLE) or toks[k].kind in (DET, POSS):
        return None
    if toks[k].text.lower().endswith("ly"):
        return None
    return _split(toks, i, j)

