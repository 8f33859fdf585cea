"""The cast: the people and organisations an article names, built once.

One pass over the article's words finds every capitalised name ("Tamil Nadu
Chief Minister M.K. Stalin", "Samajwadi Party", "Siddaramaiah") and splits
it into title and name with the walk that reads speaker mentions
(``_mentions``).  What each name is, the article itself decides, before any
lexicon of given names:

* a person: a title or honorific before it ("Union Minister", "Shri"), an
  age after it (", 45,"), a role in apposition (", the defence minister,"),
  he or she later in its sentence, the subject of a reporting verb, a
  sentence subject of two or more words; a known given name counts last;
* an organisation: a word such as "Ministry", "Party" or "Ltd" in it, or
  an acronym ("BJP");
* neither: a place (after "in", "from", …, or a known country, state or
  city), a weekday, a month.

Short forms link to the full form that carries their words, the one named
nearest before them (or after, for a headline): "Prasad" → "Ravi Shankar
Prasad", "Yoon" → "Yoon Suk Yeol", "Amara" → "Amara Nwosu", and the acronym
"NDMA" → "National Disaster Management Authority".  Each entity keeps the titles the article
gives it, its gender (titles and honorifics first, then the article's own
pronouns, then the given-name lexicon) and its occurrences, each with its
role in its sentence (subject, speaker, object, possessor, other) and
whether a later pronoun may refer to it (not inside a quotation, a caption
or a contrast such as "Unlike X, …").

``_resolve`` walks the cast in text order to resolve pronouns and
descriptions ("the chief minister", "the company").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final, NamedTuple

import regex

from newsclaims._lexicon import (
    CALENDAR_NAMES,
    DAY_WORDS,
    FIRST_NAMES,
    GROUPS,
    HONORIFICS,
    NAME_GENDERS,
    PRONOUNS,
    TITLES,
    word_set,
)
from newsclaims._mentions import (
    CAP,
    DET,
    FUNC,
    JOIN,
    LOWER,
    PARTICLES,
    POSS,
    PRON,
    PUNCT,
    ROLE,
    Token,
    walk_left,
)
from newsclaims._segment import TextView

__all__ = [
    "OBJECT",
    "OTHER",
    "POSSESSOR",
    "SPEAKER",
    "SUBJECT",
    "Cast",
    "Entity",
    "Occurrence",
    "build_cast",
    "name_words",
    "person_title",
]

# Roles of an occurrence in its sentence, best antecedent first (a person
# introduced with an age or a role counts as a subject).
SUBJECT, SPEAKER, OTHER, POSSESSOR, OBJECT = range(5)
INTRODUCED: Final = SPEAKER

# Names that are no one: weekdays, months, and words of time that open a
# sentence capitalised.
_TIME_NAMES: Final = CALENDAR_NAMES | DAY_WORDS | frozenset(
    ("christmas", "easter", "diwali", "eid", "ramadan", "holi", "new", "year", "day")
)
# Countries, demonyms, states and cities: a name that is one of these is a
# place, not a speaker ("South Korean" in a title is kept with the title).
_PLACES: Final = word_set("geography.txt") | word_set("places.txt")
# The last word of each known place, for a quick first test.
_PLACE_ENDS: Final = frozenset(p.rsplit(" ", 1)[-1] for p in _PLACES)
# Last words of a place's name ("… Street", "… Beach").
_PLACE_WORDS: Final = word_set("place_words.txt")
# Prepositions after which a capitalised name is a place.
_PLACE_BEFORE: Final = frozenset(
    ("in", "from", "near", "across", "outside", "inside", "throughout", "towards", "toward",
     "into", "around", "via", "to", "at", "of")
)
# Of these, the ones that also take a person or organisation ("spoke to X",
# "a lawyer at X", "the leader of X"): place evidence only with a known place.
_WEAK_PLACE_BEFORE: Final = frozenset(("to", "at", "of"))
# Words before a name that make it the object of a verb or preposition.
_OBJECT_BEFORE: Final = frozenset(
    ("to", "with", "by", "against", "for", "about", "on", "than", "like", "told", "asked",
     "met", "thanked", "praised", "criticised", "criticized", "attacked", "accused", "urged",
     "called", "named", "replaced", "defeated", "beat", "appointed", "sacked", "fired",
     "interviewed", "quoted", "cited", "blamed", "hit", "slammed", "backed", "endorsed",
     "supported", "joined", "visited", "invited", "congratulated", "welcomed", "greeted")
)
# Words that open a contrast: a person named there is not whom a pronoun
# after it refers to ("Unlike Rao, she …").
_CONTRAST: Final = frozenset(("unlike", "besides", "except", "instead", "whereas"))
# Adverbs, connectives and participles that open a sentence capitalised.
_SENTENCE_ADVERBS: Final = word_set("sentence_adverbs.txt")
# Subject pronouns that give the gender of the person they refer to ("Obi
# said he …"); possessives refer to others too often ("… stems from his
# view") to count.
_GENDERED: Final = {"he": "m", "she": "f"}
# An age after a name: ", 45," / " (45)" / ", 21-year-old".  Bounded.
_AGE_AFTER: Final = regex.compile(r"(?:,[ \u00a0]|[ \u00a0]\()\d{1,3}+(?:-year-old)?+[,)]")
# A quoted nickname right after a name: "Ram Bahadur Thapa 'Badal'".
_OPEN_QUOTES: Final = "\"'“‘"
_NICKNAME: Final = regex.compile(r"[ \u00a0][\"'“‘](\p{Lu}[\p{Ll}\p{M}\-]{1,30}+)[\"'”’]")
# An acronym in brackets after the name it stands for: "(IRCC)".  Bounded.
_ACRONYM_DEF: Final = regex.compile(r"\((\p{Lu}{2,8}+)\)")
# A word of the name before such a bracket.
_DEF_WORD: Final = regex.compile(r"[\p{L}&][\p{L}\p{M}'’\-&]{0,30}+")
# Small words inside a name that give no letter to its acronym.
_ACRONYM_SMALL: Final = frozenset(("and", "of", "for", "the", "on", "in", "&", "de", "du", "la"))
# Where a capitalised word starts: a capital after no letter, digit or
# joining mark.  One scan of the text finds the runs the cast reads.
_CAPITAL: Final = regex.compile(r"(?<![\p{L}\p{M}\p{N}'’\-&.])\p{Lu}")
# Legal forms and other last words of an organisation's name.
_ORG_WORDS: Final = word_set("org_words.txt")
# A paragraph that is a photo caption or credit, not a sentence of the story.
_CAPTION: Final = regex.compile(
    r"\((?:Photo|Picture|Image|Submitted|File|AP|AFP|Reuters|Getty|PTI|IANS|ANI)\b"
    r"|,[ \u00a0](?:left|right|centre|center)[,)]"
    r"|\b(?:Photo|Picture|Image)(?:[ \u00a0]credit)?+:"
    r"|/(?:Getty|Reuters|AP|AFP|PTI|Shutterstock)\b"
    r"|^(?:WATCH|READ|RELATED|ALSO|SEE|LISTEN|VIDEO|PHOTOS?|MORE|STORY)\b"
    r"|^Story continues\b"
    r"|^\p{Lu}[\p{L}.\-]{1,20}+(?:[ \u00a0]\p{Lu}[\p{L}.\-]{1,20}+){0,3}+[ \u00a0]/[ \u00a0]",
    regex.IGNORECASE,
)
# How many tokens of a sentence a name's title and name may span.
_WALK: Final = 14
# How many entities that share a word a short form is compared with: every
# one in any article, and a bound on a hostile text of thousands of names.
_SCAN: Final = 64
# How many words a name may have.
_MAX_NAME_WORDS: Final = 6
# Affixes written with a name that are no part of comparing names.
_SUFFIXES: Final = frozenset(("jr", "sr", "ii", "iii", "iv"))


def name_words(name: str) -> tuple[str, ...]:
    """The lowercase words of a name, without honorifics and suffixes.

    >>> name_words("Shri Rajnath Singh")
    ('rajnath', 'singh')
    >>> name_words("M.K. Stalin")
    ('m.k', 'stalin')
    """
    out = [w.lower().rstrip(".").removesuffix("'s").removesuffix("’s") for w in name.split()]
    out = [w for w in out if w]
    while len(out) > 1 and out[-1] in _SUFFIXES:
        out.pop()
    while len(out) > 1 and (out[0] in HONORIFICS or out[0] in TITLES):
        out.pop(0)
    return tuple(out)


def person_title(title: str | None) -> bool:
    """True when ``title`` ends in a person's role ("Union Minister", "co-founder")."""
    if not title:
        return False
    words = title.lower().split()
    return bool(words) and (words[-1].rstrip(".") in TITLES or words[-1] in TITLES) and (
        GROUPS.get(words[-1]) != "o"
    )


class Entity:
    """One person or organisation of the article (mutable while the cast is built).

    Attributes:
        index: position in ``Cast.entities``.
        name: the fullest form of the name, as written.
        words: its lowercase words.
        kind: "person", "organization", "place" or "unknown".
        title: the first title the article gives, as written, or None.
        roles: every title and apposition, as lowercase word tuples.
        gender: "m", "f" or "" (unknown).
        given_gender: True when the gender comes only from the given-name
            lexicon, which the article's own pronouns may overrule ("Anna"
            is a man's name in Marathi).
        first: offset of the first occurrence.
    """

    __slots__ = (
        "first", "gender", "given_gender", "index", "kind", "name", "roles", "title", "words",
    )

    def __init__(self, index: int, name: str, words: tuple[str, ...], first: int) -> None:
        self.index = index
        self.name = name
        self.words = words
        self.kind = "unknown"
        self.title: str | None = None
        self.roles: list[tuple[str, ...]] = []
        self.gender = ""
        self.given_gender = False  # True when the gender is only the lexicon's guess
        self.first = first

    def __repr__(self) -> str:
        return f"Entity({self.name!r}, {self.kind}, {self.gender or '-'}, {self.title!r})"

    def holds_role(self, role: Sequence[str]) -> bool:
        """True when one of the entity's titles holds the words of ``role`` in order."""
        for have in self.roles:
            n = 0
            for w in have:
                if n < len(role) and w == role[n]:
                    n += 1
            if n == len(role):
                return True
        return False


class Occurrence(NamedTuple):
    """One naming of an entity in the text.

    Attributes:
        start: offset of the name.
        end: offset after the name.
        entity: the entity named.
        role: SUBJECT, SPEAKER, OTHER, POSSESSOR or OBJECT.
        sentence: index of the sentence.
        salient: False inside a quotation, a caption or a contrast.
    """

    start: int
    end: int
    entity: Entity
    role: int
    sentence: int
    salient: bool


class _Found:
    """A capitalised name as found, before it is linked to an entity."""

    __slots__ = (
        "age", "apposed", "end", "gender", "given", "mstart", "name", "org",
        "person", "place", "possessive", "quoted", "role", "said_gender", "salient",
        "sentence", "speaker", "start", "subject", "title", "words",
    )

    def __init__(self, start: int, end: int, name: str, words: tuple[str, ...]) -> None:
        self.start = start
        self.end = end
        self.mstart = start  # where the mention starts, title included
        self.name = name
        self.words = words
        self.title: str | None = None
        self.sentence = 0
        self.role = OTHER
        self.salient = True
        self.quoted = False
        self.possessive = False
        self.subject = False
        self.speaker = False
        self.age = False
        self.apposed = False
        self.place = 0  # 2: a known place; 1: after a place preposition
        self.org = False  # an organisation's noun before it ("firm Zentek")
        self.person = 0  # 3: titled or honorific; 2: apposition, age, pronoun; 1: given name
        self.gender = ""  # from a title or an honorific
        self.said_gender = ""  # from a pronoun that follows it
        self.given = ""  # from the given-name lexicon


class Cast:
    """The people and organisations of one article.

    Attributes:
        entities: every entity, in order of first occurrence.
        occurrences: every naming of a person or organisation, in text order.
        pronouns: ``(offset, end, gender, sentence)`` of each he/she/it/they
            that opens a sentence outside quotations.
        captions: indices of the paragraphs that are captions, credits or
            headings: nobody named there is whom a later pronoun means.
        view: the article the cast was read from.
    """

    __slots__ = (
        "_by_word", "_exact", "_initials", "_occ_starts", "captions", "entities", "occurrences",
        "pronouns", "view",
    )

    def __init__(
        self,
        entities: list[Entity],
        occurrences: list[Occurrence],
        pronouns: list[tuple[int, int, str, int]],
        captions: frozenset[int] = frozenset(),
        view: TextView | None = None,
    ) -> None:
        self.view = view
        self.captions = captions
        self.entities = entities
        self.occurrences = occurrences
        self.pronouns = pronouns
        self._occ_starts = [o.start for o in occurrences]
        self._by_word: dict[str, list[Entity]] = {}
        self._exact: dict[tuple[str, ...], Entity] = {}
        self._initials: dict[str, Entity] | None = None
        for ent in entities:
            self.add(ent)

    def new_entity(self, name: str, words: tuple[str, ...], first: int) -> Entity:
        """A new entity, added to the cast."""
        ent = Entity(len(self.entities), name, words, first)
        self.entities.append(ent)
        self.add(ent)
        return ent

    def add(self, ent: Entity) -> None:
        """Index entity ``ent``, added while the cast is built."""
        for w in set(ent.words):
            self._by_word.setdefault(w, []).append(ent)
        self._exact.setdefault(ent.words, ent)
        if self._initials is not None and ent.kind == "organization":
            self._initials.setdefault(_initials(ent.name), ent)

    def occurrence_in(self, start: int, end: int) -> Occurrence | None:
        """The last occurrence that lies within ``[start, end)``, or None."""
        i = bisect.bisect_right(self._occ_starts, end - 1) - 1
        while i >= 0 and self.occurrences[i].start >= start:
            if self.occurrences[i].end <= end:
                return self.occurrences[i]
            i -= 1
        return None

    def link(self, words: Sequence[str], pos: int) -> Entity | None:
        """The entity whose name holds ``words``: the full form named nearest ``pos``.

        An exact name wins; otherwise a longer name that holds every word in
        order, the one whose first occurrence is nearest before ``pos``
        (failing that, nearest after it).
        """
        if not words:
            return None
        exact = self._exact.get(tuple(words))
        if exact is not None:
            return exact
        best: tuple[int, Entity] | None = None
        for ent in self._by_word.get(words[-1], ())[-_SCAN:]:
            if not _subsequence(words, ent.words):
                continue
            dist = pos - ent.first if ent.first <= pos else 10**9 + ent.first - pos
            if best is None or dist < best[0]:
                best = (dist, ent)
        return best[1] if best is not None else None

    def longer(self, words: Sequence[str], pos: int) -> Entity | None:
        """The entity with a longer name that holds ``words``, named nearest ``pos``."""
        best: tuple[int, Entity] | None = None
        for ent in self._by_word.get(words[-1], ())[-_SCAN:] if words else ():
            if _subsequence(words, ent.words):
                dist = abs(pos - ent.first)
                if best is None or dist < best[0]:
                    best = (dist, ent)
        return best[1] if best is not None else None

    def by_initials(self, acronym: str) -> Entity | None:
        """The organisation whose capitalised words spell ``acronym`` ("EC").

        The organisations are indexed by their initials on the first call,
        once their kinds are known.
        """
        if self._initials is None:
            self._initials = {}
            for ent in self.entities:
                if ent.kind == "organization":
                    self._initials.setdefault(_initials(ent.name), ent)
        return self._initials.get(acronym)


def _subsequence(short: Sequence[str], long: Sequence[str]) -> bool:
    """True when every word of ``short`` appears in ``long``, in order."""
    n = 0
    for w in long:
        if n < len(short) and w == short[n]:
            n += 1
    return n == len(short) and len(short) < len(long)


_SMALL: Final = frozenset(("and", "of", "for", "the", "on", "in", "&", "de", "du", "la", "des"))


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in _SMALL)


def _is_place(words: Sequence[str]) -> bool:
    """True when ``words`` name a known place ("Tamil Nadu", "Kenya", "Frank Street")."""
    last = words[-1]
    if last not in _PLACE_ENDS and last not in _PLACE_WORDS:
        return False  # most names: one set lookup
    return (
        " ".join(words) in _PLACES
        or all(w in _PLACES for w in words)
        or (len(words) > 1 and last in _PLACE_WORDS)
    )


def _opener(t: Token, toks: Sequence[Token], i: int) -> bool:
    """True for a capitalised word ``toks[i]`` that opens a clause as a common word.

    "Nevertheless", "Hoping", "Asked": an adverb, a connective or a
    participle is no name (see sentence_adverbs.txt); nor is any single
    word before a comma and a pronoun ("Separately, she said").
    """
    if t.kind not in (CAP, LOWER, FUNC):
        return False
    if t.text.lower() in _SENTENCE_ADVERBS:
        return True
    return i + 2 < len(toks) and toks[i + 1].text == "," and toks[i + 2].kind == PRON


def _capital(t: Token) -> bool:
    return t.kind != PUNCT and t.text[:1].isupper()


def _joined(text: str, a: Token, b: Token) -> bool:
    """True when only a space stands between tokens ``a`` and ``b``."""
    return b.start - a.end == 1 and text[a.end] in " \u00a0"


def _in_spans(starts: Sequence[int], spans: Sequence[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _subject_token(toks: Sequence[Token], i0: int, i1: int, lead: bool) -> int:
    """The index of the token that opens the subject of ``toks[i0:i1]``.

    Skips a capitalised conjunction ("But"), an opening adverbial up to its
    comma ("On Monday, …", "Speaking in Lagos, …") and, in a sentence that
    opens one of the first paragraphs (``lead``), a dateline ("Chennai:",
    "LAGOS —").
    """
    i = i0
    for _ in range(3):
        if i >= i1:
            return i1
        t = toks[i]
        low = t.text.lower()
        if _opener(t, toks, i):
            i += 2 if i + 1 < i1 and toks[i + 1].text == "," else 1
            continue
        if t.kind in (FUNC, JOIN) and t.text[:1].isupper() and low not in ("he", "she", "it"):
            # An opening preposition or conjunction: an adverbial up to its
            # comma, or a conjunction before the subject ("But Rao said").
            n = i + 1
            while n < i1 and n - i < 20 and toks[n].text != ",":
                n += 1
            if n < i1 and toks[n].text == "," and low not in ("but", "and", "so", "yet", "or"):
                i = n + 1
                continue
            i += 1
            continue
        if t.kind == LOWER and t.text[:1].isupper() and low.endswith(("ing", "ed")):
            # "Speaking in Lagos, Obi said": a participle clause.
            n = i + 1
            while n < i1 and n - i < 20 and toks[n].text != ",":
                n += 1
            if n < i1:
                i = n + 1
                continue
            return i1
        # A dateline: a few capitalised words, then a colon, or in capitals
        # then a dash.
        n = i
        while lead and n < i1 and n - i < 4 and toks[n].kind != PUNCT:
            n += 1
        if lead and i < n < i1 - 1 and (
            toks[n].text == ":"
            or (toks[n].text in ("—", "–") and all(t.text.isupper() for t in toks[i:n]))
        ):
            lead = False
            i = n + 1
            continue
        return i
    return i


def _caption_paragraphs(view: TextView) -> set[int]:
    """Indices of paragraphs that are captions, credits or headings."""
    text = view.text
    out: set[int] = set()
    last = len(view.paragraphs) - 1
    for i, (s, e) in enumerate(view.paragraphs):
        tail = text[max(s, e - 4) : e].rstrip("\"'’”»)] \t")
        unfinished = i < last and (not tail or tail[-1] not in ".!?…:;,")
        if unfinished or (e - s < 400 and _CAPTION.search(text[s:e]) is not None):
            out.add(i)
    return out


def _as_name_end(t: Token) -> Token:
    """The token ``t`` without its possessive ending, as a name word."""
    cut = 2 if t.text.endswith(("'s", "’s")) else 1
    return Token(t.start, t.end - cut, t.text[:-cut], CAP)


def build_cast(
    view: TextView,
    quoted: Sequence[tuple[int, int]],
    speakers: Sequence[tuple[int, int]],
) -> Cast:
    """The cast of the article in ``view``.

    Args:
        view: the segmented article, with its word index.
        quoted: ``(start, end)`` of every quotation (names there are not
            antecedents of pronouns).
        speakers: ``(start, end)`` of every speaker mention next to a
            reporting verb (evidence that a name is somebody).
    """
    reader = _Reader(view, quoted, speakers)
    found, pronouns = reader.read()
    reader.pronoun_evidence(found)
    cast = _entities(view.text, found, reader.nicknames)
    cast.view = view
    cast.pronouns = pronouns
    cast.captions = frozenset(reader.captions)
    return cast


# Kinds of the token before a run after which the run has no title to read.
_PLAIN_BEFORE: Final = frozenset((LOWER, FUNC, PUNCT, PRON))


class _Reader:
    """One pass over the capitalised runs of an article, and what surrounds them."""

    def __init__(
        self,
        view: TextView,
        quoted: Sequence[tuple[int, int]],
        speakers: Sequence[tuple[int, int]],
    ) -> None:
        self.view = view
        self.text = view.text
        self.words = view.words
        self.toks = view.words.tokens
        self.q_spans = sorted(quoted)
        self.q_starts = [s for s, _ in self.q_spans]
        self.s_spans = sorted(speakers)
        self.s_starts = [s for s, _ in self.s_spans]
        self.captions = _caption_paragraphs(view)
        self.sent_first = [self.words.at(s) for s, _ in view.sentences]
        self._subjects: dict[int, int] = {}
        # A quoted nickname after a full name, as its lowercase word, with
        # the name it belongs to ("Pushpa Kamal Dahal 'Prachanda'").
        self.nicknames: dict[str, tuple[str, ...]] = {}

    def quoted(self, pos: int) -> bool:
        return _in_spans(self.q_starts, self.q_spans, pos)

    def read(self) -> tuple[list[_Found], list[tuple[int, int, str, int]]]:
        """The names of the article, and the pronouns that open its sentences."""
        text, toks, words, view = self.text, self.toks, self.words, self.view
        found: list[_Found] = []
        pronouns: list[tuple[int, int, str, int]] = []
        done = 0  # tokens before this index belong to a run already read
        si = 0  # the sentence of the run: runs come in text order
        starts, last = self.sent_first, len(self.sent_first) - 1
        for m in _CAPITAL.finditer(text):
            i = words.at(m.start())
            if i < done or i >= len(toks) or toks[i].start != m.start():
                continue
            t = toks[i]
            if t.kind == PUNCT:
                continue
            while si < last and starts[si + 1] <= i:
                si += 1
            first = starts[si]
            if (i == first or toks[i - 1].text == ",") and _opener(t, toks, i):
                continue
            j = done = self._run_end(i)
            if j == i + 1 and t.kind not in (CAP, POSS):
                # One capitalised function word, role or group word: no name,
                # but a pronoun that opens the sentence is noted.
                gender = PRONOUNS.get(t.text.lower(), "x") if t.kind == PRON else "x"
                if gender != "x" and i == self._subject(si) and not self.quoted(t.start):
                    pronouns.append((t.start, t.end, gender, si))
                continue
            f = self.name_of(i, j, first, si)
            if f is not None:
                if len(f.words) > 1 and text[f.end + 1 : f.end + 2] in _OPEN_QUOTES:
                    nick = _NICKNAME.match(text, f.end)
                    if nick is not None:
                        self.nicknames.setdefault(nick.group(1).lower(), f.words)
                self.evidence(f, j, self._subject(si))
                f.quoted = self.quoted(f.start)
                f.speaker = _in_spans(self.s_starts, self.s_spans, f.start)
                if f.quoted or (
                    self.captions and view.paragraph_index(f.start) in self.captions
                ):
                    f.salient = False
                found.append(f)
        return found, pronouns

    def _run_end(self, i: int) -> int:
        """Where the run of capitalised words (and name particles) at ``i`` ends."""
        text, toks = self.text, self.toks
        n = len(toks)
        j = i + 1
        while j < n and j - i < 12 and _joined(text, toks[j - 1], toks[j]):
            nxt = toks[j]
            if _capital(nxt) and toks[j - 1].kind != POSS:
                j += 1
            elif nxt.text.lower() in PARTICLES:
                # One or two particles, then a capitalised word: "bin Faisal",
                # "van der Molen".
                e = j + 1
                if e < n and toks[e].text.lower() in PARTICLES and _joined(text, nxt, toks[e]):
                    e += 1
                if e < n and _joined(text, toks[e - 1], toks[e]) and _capital(toks[e]):
                    j = e + 1
                else:
                    break
            else:
                break
        return j

    def _subject(self, si: int) -> int:
        """The index of the token that opens the subject of sentence ``si``."""
        first = self.sent_first[si]
        subj = self._subjects.get(first)
        if subj is None:
            view = self.view
            s0, s1 = view.sentences[si]
            pi = view.paragraph_index(s0)
            lead = pi <= 3 and view.paragraphs[pi][0] == s0
            subj = self._subjects[first] = _subject_token(
                self.toks, first, self.words.at(s1), lead
            )
        return subj

    def name_of(self, i: int, j: int, first: int, sentence: int) -> _Found | None:
        """The name that ends the capitalised run ``toks[i:j]``, with its title."""
        text, toks = self.text, self.toks
        k = j - 1
        possessive = toks[k].kind == POSS
        title: tuple[int, int] | None = None
        if (
            (i == first or toks[i - 1].kind in _PLAIN_BEFORE)
            and all(toks[n].kind == CAP for n in range(i, k))
            and (possessive or toks[k].kind == CAP)
        ):
            # The common case, read without the walk: capitalised words only,
            # after a verb, a preposition or punctuation ("said Obi", "in Kano").
            ns, ne = toks[i].start, toks[k].end
            mstart = ns
        else:
            if first < k and _opener(toks[first], toks, first):
                first += 1
            window = list(toks[max(first, k - _WALK) : k + 1])
            if possessive:
                window[-1] = _as_name_end(toks[k])
            walked = walk_left(window, len(window) - 1)
            if walked is None or walked.name is None:
                return None
            ns, ne = walked.name
            mstart, title = walked.start, walked.title
        name = text[ns:ne]
        if possessive:
            name = name.removesuffix("'s").removesuffix("’s")
            ne = ns + len(name)
        words = name_words(name)
        if not words or len(words) > _MAX_NAME_WORDS:
            return None
        if len(words) == 1 and words[0] in _TIME_NAMES:
            return None  # "Monday"; but "Ana Ramadan" is a name
        cut = _after_organisation(words)
        if cut:
            # "Lagos Herald Ngozi Adaeze Okafor": a credit run into a name.
            parts = name.split()
            ns = text.index(parts[cut], ns + len(" ".join(parts[:cut])))
            name = text[ns:ne]
            words = words[cut:]
        f = _Found(ns, ne, name, words)
        f.mstart = mstart
        f.sentence = sentence
        f.possessive = possessive
        if title is not None:
            _read_title(f, text[title[0] : title[1]])
        return f

    def evidence(self, f: _Found, j: int, subj: int) -> None:
        """What the words around name ``f`` (a run that ends at ``toks[j]``) say it is."""
        text, toks, words = self.text, self.toks, self.words
        k = words.at(f.start)
        before = toks[k - 1] if k > 0 else None
        blow = before.text.lower() if before is not None else ""
        if _is_place(f.words):
            f.place = 2
        if (
            before is not None
            and blow in _PLACE_BEFORE
            and f.title is None
            and (blow not in _WEAK_PLACE_BEFORE or f.place)
        ):
            f.place = max(f.place, 1)
        # Its role in the sentence.
        if f.possessive:
            f.role = POSSESSOR
        elif words.at(f.mstart) == subj:
            f.role = SUBJECT
            f.subject = True
        elif before is not None and (blow in _OBJECT_BEFORE or before.kind == JOIN):
            f.role = OBJECT
        # A contrast right before it in its sentence: "Unlike Rao, she …",
        # "Except for Rao, …".
        first = self.sent_first[f.sentence]
        for n in (k - 1, k - 2):
            if n >= first and toks[n].text.lower() in _CONTRAST:
                f.salient = False
        # An age or an apposition after it.
        if text[f.end : f.end + 1] in (",", " ") and _AGE_AFTER.match(text, f.end) is not None:
            f.person = max(f.person, 2)
            f.age = True
        elif j < len(toks) and toks[j].text == "," and f.title is None:
            role = _apposition(toks, j + 1)
            if role is not None:
                f.person = max(f.person, 2)
                f.title = role
                f.apposed = True
        if len(f.words) > 1:
            f.given = NAME_GENDERS.get(f.words[0], "")
            if f.words[0] in FIRST_NAMES:
                f.person = max(f.person, 1)

    def pronoun_evidence(self, found: Sequence[_Found]) -> None:
        """The first he or she later in the sentence of its subject: "Obi said he …".

        Subject continuity: the pronoun of a later clause of the sentence
        most often refers to its subject, whoever else the sentence names.
        A lone capitalised word that opens the sentence ("Simple …") is not
        read: it is as often no name.
        """
        toks, words, view = self.toks, self.words, self.view
        for f in found:
            if f.quoted or not f.subject or f.place or f.gender:
                continue
            s0, s1 = view.sentences[f.sentence]
            if len(f.words) == 1 and f.mstart == s0:
                continue
            k = words.at(f.end)
            while k < len(toks) and toks[k].start < s1:
                g = _GENDERED.get(toks[k].text.lower())
                if g is not None and not self.quoted(toks[k].start):
                    f.person = max(f.person, 2)
                    f.said_gender = g
                    break
                k += 1


def _read_title(f: _Found, title: str) -> None:
    """What the title before name ``f`` says of it: organisation, person, gender."""
    low = title.lower().split()
    if low[-1] in _ORG_WORDS or GROUPS.get(low[-1]) == "o":
        f.org = True  # "logistics firm Zentek"
        f.title = title
        return
    if all(w.rstrip(".") in HONORIFICS for w in low):
        f.person = 3  # "Shri", "Dr": a person; the role may follow in apposition
    elif low[-1].rstrip(".") in HONORIFICS or person_title(title):
        # A title ends in a role or an honorific right before the name;
        # other words there are the clause's ("the country like X").
        f.title = title
        f.person = 3
    else:
        return
    for w in low:
        g = (
            HONORIFICS.get(w.rstrip("."))
            or TITLES.get(w)
            or TITLES.get(w.rstrip(".") + ".")
            or TITLES.get(w.rstrip("."))
        )
        if g in ("m", "f"):
            f.gender = g


def _apposition(toks: Sequence[Token], a: int) -> str | None:
    """The role in apposition at ``toks[a:]`` (", the Defence Minister,"), or None."""
    n = a
    while n < len(toks) and n - a < 8 and toks[n].kind in (DET, POSS, CAP, ROLE, LOWER, JOIN):
        n += 1
    if n == a or n >= len(toks) or toks[n].text not in (",", ".", ";", "—", "–"):
        return None
    body = [t for t in toks[a:n] if t.kind != DET]
    if not body:
        return None
    head = None
    for t in body:
        if t.kind == JOIN:
            break
        if t.kind == ROLE:
            head = t
    if head is None or toks[a].kind not in (DET, POSS, CAP, ROLE):
        return None
    return " ".join(t.text for t in body)


def _entities(
    text: str, found: Sequence[_Found], nicknames: dict[str, tuple[str, ...]]
) -> Cast:
    """The cast: the names found, grouped into entities, each of a kind.

    A nickname quoted after a full name is that person wherever it stands
    alone.

    An acronym the article defines in brackets ("… Citizenship Canada
    (IRCC)") is the organisation it stands for; one it does not define
    stands for the organisation whose initials it spells, if any.
    """
    by_words: dict[tuple[str, ...], Entity] = {}
    entities: list[Entity] = []
    evidence: dict[int, list[_Found]] = {}

    def new(f: _Found) -> Entity:
        ent = Entity(len(entities), f.name, f.words, f.start)
        entities.append(ent)
        by_words[f.words] = ent
        return ent

    # Full names first; then each shorter form links to the full name that
    # holds it, and only a single name that links to none, with evidence of
    # its own (a title, an age, a reporting verb), is an entity of its own.
    for f in found:
        if len(f.words) > 1 and f.words not in by_words:
            new(f)
    cast = Cast(entities, [], [])
    # A name that a longer one holds is its short form ("Nguyen Van" of
    # "Nguyen Van Thanh"): the longer entity stands for both.
    alias: dict[int, Entity] = {}
    for short in entities:
        longer = cast.longer(short.words, short.first)
        if longer is not None and _extends(short.words, longer.words):
            alias[short.index] = longer
    links: list[tuple[_Found, Entity]] = []
    for f in found:
        ent: Entity | None = by_words.get(f.words)
        if ent is None and len(f.words) == 1 and f.words[0] in nicknames:
            ent = by_words.get(nicknames[f.words[0]])  # "Prachanda said"
        if ent is None or len(ent.words) == 1:
            longer = cast.link(f.words, f.start)
            if longer is not None:
                ent = longer
        if ent is not None:
            ent = alias.get(ent.index, ent)
        elif f.person >= 2 or f.speaker or _acronym(f.name):
            ent = new(f)
            cast.add(ent)
        else:
            continue
        links.append((f, ent))
        evidence.setdefault(ent.index, []).append(f)
    for ent in entities:
        _decide(ent, evidence.get(ent.index, []))
    # An acronym names the organisation it spells once kinds are known.
    if any(_acronym(f.name) for f, _ in links):
        defined = _acronyms(text)
        for n, (f, ent) in enumerate(links):
            if not _acronym(f.name) or ent.words != f.words:
                continue
            longer = None
            expanded = defined.get(f.name)
            if expanded is not None:
                words = name_words(expanded)
                longer = cast.link(words, f.start)
                if longer is None:
                    longer = cast.new_entity(expanded, words, f.start)
                longer.kind = "organization"
            else:
                longer = cast.by_initials(f.name)
            if longer is not None and longer is not ent:
                links[n] = (f, longer)
    occurrences: list[Occurrence] = []
    introduced: set[int] = set()
    for f, ent in links:
        if ent.kind not in ("person", "organization", "unknown"):
            continue
        role = SPEAKER if f.speaker else f.role
        if ent.index not in introduced:
            introduced.add(ent.index)
            if f.age or f.apposed:
                # "… went to Pune baker Sunil Joshi, 52.": a
                # person introduced with an age or a role in apposition is
                # whom the story turns to, wherever the sentence names them.
                role = min(role, INTRODUCED)
        occurrences.append(Occurrence(f.start, f.end, ent, role, f.sentence, f.salient))
    cast.occurrences = occurrences
    cast._occ_starts = [o.start for o in occurrences]  # noqa: SLF001 - built here
    return cast


def _extends(short: Sequence[str], long: Sequence[str]) -> bool:
    """True when ``long`` is a fuller form of the name ``short``.

    It starts with it ("Nguyen Van" of "Nguyen Van Thanh"), or
    adds given names before it ("Maria Santos" of "Ana Maria Santos"); other
    words before a name are a title or a credit the walk did not split off
    ("Photo Desk Tendai Moyo").
    """
    n = len(short)
    if tuple(long[:n]) == tuple(short):
        return True
    if tuple(long[-n:]) == tuple(short):
        return all(w in NAME_GENDERS for w in long[: len(long) - n])
    return False


def _after_organisation(words: Sequence[str]) -> int:
    """Where a person's name starts after an organisation's in one run, or 0.

    An organisation word followed by two or more words that start with a
    known given name: "Lagos Herald Ngozi Adaeze Okafor" → 2.
    """
    for n in range(len(words) - 2, 0, -1):
        if words[n - 1] in _ORG_WORDS and words[n] in FIRST_NAMES:
            return n
    return 0


def _plural_role(word: str) -> bool:
    """True for the plural of a role ("mps", "ministers")."""
    return len(word) > 3 and word.endswith("s") and word[:-1] in TITLES


def _acronyms(text: str) -> dict[str, str]:
    """Acronyms defined in ``text`` → the names they stand for.

    "Immigration, Refugees and Citizenship Canada (IRCC)": the capitalised
    words before the bracket whose initials spell the acronym; small words
    ("and", "of") and commas may stand between them.  The first definition
    of each acronym counts.
    """
    out: dict[str, str] = {}
    for m in _ACRONYM_DEF.finditer(text):
        acr = m.group(1)
        if acr in out:
            continue
        words = list(_DEF_WORD.finditer(text, max(0, m.start() - 160), m.start()))
        need = len(acr)
        for k in range(len(words) - 1, -1, -1):
            w = words[k].group()
            if w.lower() in _ACRONYM_SMALL:
                continue
            if not w[0].isupper() or need == 0 or w[0] != acr[need - 1]:
                break
            need -= 1
            if need == 0:
                name = text[words[k].start() : words[-1].end()]
                # "Incomes Data Services' (IDS)": no possessive in the name.
                out[acr] = name.removesuffix("'s").removesuffix("’s").rstrip("'’")
                break
    return out


def _acronym(name: str) -> bool:
    return 2 <= len(name) <= 8 and name.isupper() and name.isalpha()


def _decide(ent: Entity, seen: Sequence[_Found]) -> None:
    """The kind, titles and gender of ``ent`` from every naming of it."""
    person = max((f.person for f in seen), default=0)
    place = max((f.place for f in seen), default=0)
    speaker = any(f.speaker for f in seen)
    subject = any(f.subject for f in seen)
    parts = ent.name.split()
    org = (
        any(f.org for f in seen)
        or any(w in _ORG_WORDS or GROUPS.get(w) == "o" for w in ent.words)
        or (any(_acronym(w) for w in parts) and (len(parts) == 1 or not ent.name.isupper()))
    )
    multi = len(ent.words) > 1
    if org and person < 3:
        ent.kind = "organization"
    elif GROUPS.get(ent.words[-1]) == "g" or _plural_role(ent.words[-1]):
        ent.kind = "group"  # "Labour MPs", "Congress Leaders"
    elif person >= 3 or (person == 2 and place < 2) or (person == 1 and not place):
        ent.kind = "person"
    elif place:
        ent.kind = "place"
    elif multi and (subject or speaker):
        ent.kind = "person"
    else:
        ent.kind = "unknown"
    for f in seen:
        if f.title is not None and ent.kind != "place":
            if ent.title is None:
                ent.title = f.title
            role = tuple(w.lower().rstrip(".") for w in f.title.replace("-", " ").split())
            if role not in ent.roles:
                ent.roles.append(role)
        if f.gender and not ent.gender:
            ent.gender = f.gender
    if not ent.gender:
        # The article's own pronouns, then the given-name lexicon: a single
        # pronoun may belong to someone else in the sentence, so it takes
        # two, and a clear majority, to overrule the lexicon ("Anna" is a
        # man's name in Marathi).
        votes = [f.said_gender for f in seen if f.said_gender]
        given = next((f.given for f in seen if f.given), "")
        said = max(("m", "f"), key=votes.count) if votes else ""
        if said and (not given or (len(votes) >= 2 and 3 * votes.count(said) >= 2 * len(votes))):
            ent.gender = said
        else:
            ent.gender = given
            ent.given_gender = bool(given)
