"""Resolution: from speaker mentions as written to the people they name.

Reads every speaker mention of the article in text order (those of quotes,
of claims, and of reporting verbs that introduce neither) and keeps a small
table of the people and organisations seen so far:

* a full name is its own entry; a shorter form ("Zelenskyy", "Mr Smith")
  resolves to the full name that carries it, seen before or, failing that,
  after (a headline may use the surname first);
* a pronoun resolves to the most recently mentioned person whose gender
  agrees ("he", "she"), or organisation or group ("it", "they");
* a description ("the president", "the ministry") resolves to the most
  recent entry whose title or name holds its head word;
* anything else keeps its mention with a null name: no guess.

Titles are kept apart from names: "Ukrainian President Volodymyr
Zelenskyy" gives the name "Volodymyr Zelenskyy" and the title "Ukrainian
President", which later mentions ("He") inherit.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import Final

import attrs
import regex

from newsclaims._lexicon import (
    FIRST_NAMES,
    GROUPS,
    NAME_GENDERS,
    PRONOUNS,
    SKIP_WORDS,
    TITLES,
    word_set,
)
from newsclaims._mentions import DETERMINERS, FUNCTION_WORDS
from newsclaims._segment import TextView
from newsclaims._types import Claim, Quote, Span, Speaker, SpeakerProfile

__all__ = ["collect_speakers", "person_mentions", "resolve"]

# How far into a sentence an opener may reach before its subject, in
# characters ("In a post to his voters at the time, Smith …").
_OPENER: Final = 80
# How many of the most recently named people and organisations a pronoun or
# a description ("the minister") may refer to.  Far more than an article
# names; it bounds the work per mention, so a long text stays linear.
_LOOKBACK: Final = 1000

# A person's full name: a given name then one to three capitalised words
# ("Amina Yusuf", "Rahul K. Mehta").  Only names whose first word is a
# known given name are kept (see person_mentions).  Bounded repeats, one
# pass over the text.
_FULL_NAME: Final = regex.compile(
    r"\b\p{Lu}\p{Ll}{1,15}+(?:[ \u00a0]\p{Lu}\.)?+(?:[ \u00a0]\p{Lu}[\p{L}'’\-]{1,25}+){1,3}+"
)

# The words of a name or title, for comparing names ("Zelenskyy" with
# "Volodymyr Zelenskyy").  Bounded repeat.
_NAME_WORD: Final = regex.compile(r"[\p{L}\p{M}\p{N}'’\-]{1,40}+\.?+")
# A run of capitalised words ("Darian Lonechild", "But Lonechild"), read
# once over the text to see where each known person is named again.
_CAPITALISED: Final = regex.compile(
    r"\b\p{Lu}[\p{L}\p{M}'’\-]{0,30}+"
    r"(?:[ \u00a0](?:\p{Lu}\.[ \u00a0])?+\p{Lu}[\p{L}\p{M}'’\-]{0,30}+){0,3}+"
)
# Nouns that refer back to the organisation named last ("the company").
_ORG_ANAPHORS: Final = word_set("org_anaphors.txt")
# An acronym in brackets after the name it stands for: "(IRCC)".  Bounded.
_ACRONYM_DEF: Final = regex.compile(r"\((\p{Lu}{2,8}+)\)")
# A word of the name before such a bracket.
_DEF_WORD: Final = regex.compile(r"[\p{L}&][\p{L}\p{M}'’\-&]{0,30}+")
# Small words inside a name that give no letter to its acronym.
_ACRONYM_SMALL: Final = frozenset(("and", "of", "for", "the", "on", "in", "&", "de", "du", "la"))
# A given name right before a surname: "Darian " in "Darian Lonechild".
# Searched in a 30-character window that ends at the surname.
_GIVEN: Final = regex.compile(r"\b(\p{Lu}[\p{Ll}'’\-]{1,20}+)[ \u00a0](?:\p{Lu}\.[ \u00a0])?+$")
# Capitalised words that open a run without being part of a name.
_NOT_NAME: Final = DETERMINERS | FUNCTION_WORDS | SKIP_WORDS
# Possessive determiners, with the gender of the pronoun they stand for:
# "her statement said" is the statement of the last woman named.
_POSSESSIVES: Final = {"his": "m", "her": "f", "its": "n", "their": "n"}
# An acronym in a name makes it an organisation ("Burnaby RCMP", "the SEC").
_ACRONYM: Final = regex.compile(r"\b\p{Lu}{2,8}+\b")
# Prepositions that join a role to its organisation ("spokeswoman for").
_JOINERS: Final = frozenset(("of", "for", "at", "with", "from"))
# Words that open a relative clause inside a title.
_RELATIVES: Final = frozenset(("who", "whose", "which", "that"))
# Name parts that are no surname.
_SUFFIXES: Final = frozenset(("jr", "jr.", "sr", "sr.", "ii", "iii", "iv"))


@attrs.define
class _Entity:
    name: str
    words: tuple[str, ...]
    title: str | None
    kind: str
    gender: str
    last: int


def _words(name: str) -> tuple[str, ...]:
    out = tuple(w.lower().rstrip(".") for w in _NAME_WORD.findall(name))
    while len(out) > 1 and out[-1] in _SUFFIXES:
        out = out[:-1]
    # Honorifics left in a name ("Mr Smith" written without a title split).
    while len(out) > 1 and out[0] in TITLES:
        out = out[1:]
    return out


def _gender_of(words: Sequence[str], title: str | None) -> str:
    if title:
        for w in _words(title):
            g = TITLES.get(w) or TITLES.get(w + ".")
            if g in ("m", "f"):
                return g
    if len(words) > 1:
        return NAME_GENDERS.get(words[0], "")
    return ""


def _kind_of(words: Sequence[str], title: str | None, head: str) -> str:
    if head in TITLES and head not in GROUPS:
        # A person's role heads the title: "a spokeswoman for the hospital",
        # "primary school teacher Amina Yusuf".
        return "person"
    if any(GROUPS.get(w) == "o" for w in words):
        return "organization"
    if len(words) > 1 and words[0] in FIRST_NAMES:
        # A given name and a surname: a person, whatever the title holds
        # ("Dewi Lestari, an economist who studies the central bank").
        return "person"
    if title and any(GROUPS.get(w) == "o" for w in _words(title)):
        return "organization"
    if len(words) > 2 and any(w in _JOINERS for w in words[1:-1]):
        return "organization"  # "British Chambers of Commerce", "Bank of England"
    if head:
        g = GROUPS.get(head)
        if g == "g":
            return "group"
        if g == "o":
            return "organization"
    if words or head in TITLES:
        return "person"
    return "unknown"


def _head(sp: Speaker) -> str:
    """The head of a description: its last role or group word.

    Words of an organisation joined to a role do not count: the head of "a
    spokeswoman for the hospital" is "spokeswoman".
    """
    head = ""
    for word in _NAME_WORD.findall(sp.title or sp.text):
        w = word.lower().rstrip(".")
        if w in _JOINERS and head in TITLES:
            break  # "a spokeswoman for the hospital"; not "University of X professor"
        if w in _RELATIVES:
            break  # "an expert who writes about the Kremlin" is an expert
        if w in GROUPS or w in TITLES:
            head = w
    return head


class _Table:
    """The people and organisations seen so far, in text order."""

    def __init__(
        self,
        full_names: Sequence[tuple[int, tuple[str, ...], str]],
        acronyms: dict[str, str] | None = None,
    ) -> None:
        self.entities: dict[str, _Entity] = {}
        self.full = full_names
        # Acronyms the article defines ("… Citizenship Canada (IRCC)") → the name.
        self.acronyms = acronyms or {}
        # Each full name once, under each of its words, with the sorted
        # offsets where it stands: a mention is compared with the few names
        # that share its word, not with every naming in the article (which
        # made a long text quadratic).
        self._by_word: dict[str, dict[tuple[tuple[str, ...], str], list[int]]] = {}
        for at, fw, fname in full_names:
            for w in set(fw):
                self._by_word.setdefault(w, {}).setdefault((fw, fname), []).append(at)
        for names in self._by_word.values():
            for ats in names.values():
                ats.sort()
        # Entities by their last word, in the order they were added.
        self._by_last: dict[tuple[str, ...], list[_Entity]] = {}
        # Entities by id: in the order they were last named (the most recent
        # last), and the order they were added in.
        self._recency: dict[int, _Entity] = {}
        self._index: dict[int, int] = {}

    def _seen(self, ent: _Entity, pos: int) -> None:
        """Record that ``ent`` is named at ``pos``: it becomes the most recent."""
        ent.last = pos
        self._recency.pop(id(ent), None)
        self._recency[id(ent)] = ent

    def _most_recent(self, pos: int, accept: Callable[[_Entity], bool]) -> _Entity | None:
        """The accepted entity named last at or before ``pos`` (ties: the first added).

        Positions are recorded in text order, so the most recently named
        entities come first; only the _LOOKBACK most recent are considered: a
        pronoun or a description refers to someone named recently, and a scan
        of every entity made long texts quadratic.
        """
        best: _Entity | None = None
        for n, ent in enumerate(reversed(self._recency.values())):
            if n >= _LOOKBACK or (best is not None and ent.last < best.last):
                break
            if ent.last > pos or not accept(ent):
                continue
            if best is None or self._index[id(ent)] < self._index[id(best)]:
                best = ent
        return best

    def _canonical(self, words: tuple[str, ...], name: str, pos: int) -> tuple[str, float]:
        """The full name that ``words`` stand for, and how sure that is."""
        best: tuple[int, str] | None = None
        # Every candidate holds the mention's (last) word.
        for (fw, fname), ats in self._by_word.get(words[-1], {}).items():
            if len(fw) <= len(words) and fw != words:
                continue
            if len(words) == 1:
                # A surname matches best; a first name ("Hillary") next.
                rank = 0 if fw[-1] == words[0] else 1
            else:
                if fw[-1] != words[-1] or not set(words) <= set(fw):
                    continue
                rank = 0
            # Prefer the nearest full name before the mention, then after.
            i = bisect.bisect_right(ats, pos)
            dist = pos - ats[i - 1] if i else 10**9 + ats[0] - pos
            key = rank * 10**10 + dist
            if best is None or key < best[0]:
                best = (key, fname)
        if best is None:
            return name, 1.0
        return best[1], 0.97

    def named(self, sp: Speaker, pos: int) -> tuple[_Entity, float]:
        assert sp.name is not None
        expanded = self.acronyms.get(sp.name)
        if expanded is not None:
            name, conf = expanded, 0.95
        else:
            words = _words(sp.name)
            if not words:
                words = (sp.name.lower(),)
            name, conf = self._canonical(words, sp.name, pos)
        key = name.lower()
        ent = self.entities.get(key)
        head = _head(sp) if sp.title else ""
        if ent is None:
            fw = _words(name)
            org = expanded is not None or _ACRONYM.search(name) is not None
            ent = _Entity(
                name=name,
                words=fw,
                title=sp.title,
                kind="organization" if org else _kind_of(fw, sp.title, head),
                gender=_gender_of(fw, sp.title),
                last=pos,
            )
            self.entities[key] = ent
            self._by_last.setdefault(fw[-1:], []).append(ent)
            self._index[id(ent)] = len(self._index)
            self._seen(ent, pos)
        else:
            if ent.title is None and sp.title is not None:
                ent.title = sp.title
            if not ent.gender:
                ent.gender = _gender_of(ent.words, sp.title)
            self._seen(ent, pos)
        return ent, conf

    def touch(self, words: tuple[str, ...], pos: int) -> None:
        """A known person named again at ``pos`` (as a sentence subject)."""
        best: _Entity | None = None
        for ent in self._by_last.get(words[-1:], ()):
            if len(words) == 1 or words == ent.words:
                best = ent
        if best is not None and best.last < pos:
            self._seen(best, pos)

    def pronoun(self, gender: str, pos: int) -> tuple[_Entity | None, float]:
        def accept(ent: _Entity) -> bool:
            if gender in ("m", "f"):
                if ent.kind != "person" or ent.gender not in ("", gender):
                    return False
                # A single capitalised word may name a place.
                return bool(ent.gender or ent.title or len(ent.words) > 1)
            return ent.kind in ("organization", "group")

        best = self._most_recent(pos, accept)
        if best is None:
            return None, 0.5
        conf = 0.92 if best.gender == gender else 0.85
        if gender in ("m", "f") and not best.gender:
            best.gender = gender
        self._seen(best, pos)
        return best, conf

    def described(self, head: str, pos: int, definite: bool = False) -> _Entity | None:
        if not head or GROUPS.get(head) == "g":
            return None
        org = GROUPS.get(head) == "o"

        def accept(ent: _Entity) -> bool:
            if org:
                # "the ministry": an organisation whose name holds the word.
                return ent.kind == "organization" and head in ent.words
            return ent.kind == "person" and bool(ent.title) and head in _words(ent.title or "")

        best = self._most_recent(pos, accept)
        if best is None and definite and head in _ORG_ANAPHORS:
            # "Acme said … the company said": the organisation named last.
            best = self._most_recent(pos, lambda ent: ent.kind == "organization")
        if best is not None:
            self._seen(best, pos)
        return best


def _resolved(sp: Speaker, ent: _Entity | None, kind: str) -> Speaker:
    if ent is None:
        return attrs.evolve(sp, name=None, kind=kind)
    return attrs.evolve(sp, name=ent.name, title=ent.title or sp.title, kind=ent.kind)


def person_mentions(view: TextView) -> tuple[Speaker, ...]:
    """Full names of people that open a sentence or follow its first words.

    These are the subjects a later "he" or "she" most often refers to
    ("Kofi Boateng spent the week in Kumasi … “…,” he said"), even when they
    introduce no quotation themselves.
    """
    text = view.text
    out: list[Speaker] = []
    for m in _FULL_NAME.finditer(text):
        if m.group().endswith(("'s", "’s")):
            continue  # "Bashar Assad’s government": no subject
        if text[m.end() : m.end() + 1] in ("/", ")") or text[m.start() - 1 : m.start()] == "(":
            continue  # a photo credit: "(Ana Ruiz/Reuters)"
        words = m.group().split()
        # A title may open the match ("Mayor Doug McCallum").
        k = 0
        for n, w in enumerate(words[:-1]):
            if w.lower().rstrip(".") in TITLES or w.lower() in _NOT_NAME:
                k = n + 1
        if k >= len(words) - 1:
            continue
        titled = k > 0 and words[k - 1].lower().rstrip(".") in TITLES
        if not titled and (
            words[k].lower() not in FIRST_NAMES or not _subject_position(view, m.start())
        ):
            continue  # "Mayor Doug McCallum" anywhere; a bare name as a subject
        start = m.start()
        for w in words[:k]:
            start = text.index(w, start) + len(w)
        start = text.index(words[k], start)
        name = text[start : m.end()]
        title = text[m.start() : start].strip() or None
        out.append(
            Speaker(
                name=name, title=title, text=name, start=start, end=m.end(), kind="person"
            )
        )
    return tuple(out)


def _subject_position(view: TextView, start: int) -> bool:
    """True when ``start`` lies among the first words of its sentence."""
    s0 = view.sentences[view.sentence_index(start)][0]
    return start - s0 <= 25


def _strip_openers(text: str, m: regex.Match[str]) -> tuple[int, list[str]] | None:
    """The start and words of the name in a capitalised run, without openers.

    "But Lonechild" gives "Lonechild"; "Russian President Vladimir Putin"
    gives "Vladimir Putin".  None when nothing of a name is left.
    """
    words = m.group().split()
    k = 0
    for n, w in enumerate(words[:-1]):
        low = w.lower()
        if low in _NOT_NAME or low.rstrip(".") in TITLES:
            k = n + 1
    lows = [w.lower() for w in words[k:]]
    if lows[-1] in _NOT_NAME or any(w in GROUPS or w in TITLES for w in lows):
        return None
    start = m.start()
    for w in words[:k]:
        start = text.index(w, start) + len(w)
    return text.index(words[k], start), words[k:]


def _last_word(name: str) -> str:
    """The surname of ``name`` as written: its last word but a suffix ("Jr")."""
    words = _NAME_WORD.findall(name)
    while len(words) > 1 and words[-1].lower() in _SUFFIXES:
        words.pop()
    return words[-1].rstrip(".") if words else ""


def _subjects(view: TextView, names: Iterable[str]) -> list[tuple[int, tuple[str, ...]]]:
    """Names that open a sentence before a lowercase word ("Lonechild said").

    A few anchored matches per sentence: at its start, then after each
    comma of an opener ("However, Smith …", "In a post to his voters at the
    time, Smith …"), within the first _OPENER characters.  Only sentences
    that hold the last word of one of ``names`` near their start are read:
    a subject matters only if it names a known speaker.
    """
    text = view.text
    starts = [s for s, _ in view.sentences]
    wanted: set[int] = set()
    for word in {_last_word(name) for name in names} - {""}:
        pos = text.find(word)
        while pos >= 0:
            i = bisect.bisect_right(starts, pos) - 1
            if i >= 0 and pos - starts[i] <= _OPENER + 40:
                wanted.add(i)
            pos = text.find(word, pos + len(word))
    out: list[tuple[int, tuple[str, ...]]] = []
    for i in sorted(wanted):
        s0, s1 = view.sentences[i]
        pos = s0
        for _ in range(3):
            m = _CAPITALISED.match(text, pos, s1)
            if m is not None:
                nxt = text[m.end() : m.end() + 2]
                # The cheap test first: most runs are not followed by a lowercase word.
                if nxt[:1] == " " and nxt[1:].islower():
                    found = _strip_openers(text, m)
                    if found is not None:
                        out.append((found[0], tuple(w.lower() for w in found[1])))
                        break
            comma = text.find(",", pos if m is None else m.end(), min(s1, s0 + _OPENER))
            if comma < 0:
                break
            pos = comma + 1
            while pos < s1 and text[pos].isspace():
                pos += 1
    return out


def _full_name(text: str, surname: str) -> tuple[int, str] | None:
    """The first "Given Surname" in ``text`` for a bare ``surname``."""
    pos = text.find(surname)
    while pos >= 0:
        end = pos + len(surname)
        if end >= len(text) or not text[end].isalpha():
            m = _GIVEN.search(text, max(0, pos - 30), pos)
            if m is not None and m.group(1).lower() not in _NOT_NAME:
                low = m.group(1).lower().rstrip(".")
                if low not in TITLES and low not in GROUPS:
                    return m.start(1), text[m.start(1) : end]
        pos = text.find(surname, end)
    return None


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
                # "Lagos Ferry Owners' (LFO)": no possessive in the name.
                out[acr] = name.removesuffix("'s").removesuffix("’s").rstrip("'’")
                break
    return out


def resolve(
    quotes: Sequence[Quote],
    claims: Sequence[Claim],
    extra: Sequence[Speaker] = (),
    view: TextView | None = None,
) -> tuple[tuple[Quote, ...], tuple[Claim, ...]]:
    """Resolve the speakers of ``quotes`` and ``claims`` to full names.

    ``extra`` are speaker mentions of reporting verbs that introduce neither
    a quote nor a claim: they name people that later pronouns refer to.
    ``view``, when given, is searched for further namings of the speakers:
    full names a surname stands for, people named at the start of a
    sentence, and sentence subjects that make a known person the most recent
    one.  That search is made only when a pronoun, a description or a bare
    surname needs it.
    Each item's confidence is scaled by how sure its resolution is.
    """
    needs_context = any(
        sp is not None and (sp.name is None or " " not in sp.name)
        for sp in (*(q.speaker for q in quotes), *(c.speaker for c in claims))
    )
    if view is not None and needs_context:
        extra = (*extra, *person_mentions(view))
    else:
        view = None
    events: dict[tuple[int, int], Speaker] = {}
    for sp in extra:
        events.setdefault((sp.start, sp.end), sp)
    for q in quotes:
        if q.speaker is not None:
            events.setdefault((q.speaker.start, q.speaker.end), q.speaker)
    for c in claims:
        if c.speaker is not None:
            events.setdefault((c.speaker.start, c.speaker.end), c.speaker)
    full: list[tuple[int, tuple[str, ...], str]] = []
    for (start, _), sp in sorted(events.items()):
        if sp.name is not None:
            w = _words(sp.name)
            if len(w) > 1:
                full.append((start, w, sp.name))
    subjects: list[tuple[int, tuple[str, ...]]] = []
    if view is not None:
        known = {f[1][-1] for f in full}
        for sp in list(events.values()):
            w = _words(sp.name) if sp.name is not None else ()
            if len(w) == 1 and w[0] not in known and sp.name is not None:
                known.add(w[0])
                longer = _full_name(view.text, sp.name)
                if longer is not None:
                    full.append((longer[0], _words(longer[1]), longer[1]))
    acronyms: dict[str, str] = {}
    if view is not None and any(
        sp.name is not None and sp.name.isupper() and " " not in sp.name for sp in events.values()
    ):
        acronyms = _acronyms(view.text)
    if view is not None:
        # Only a sentence that names someone the table can hold may touch it.
        names = [sp.name for sp in events.values() if sp.name is not None]
        names += [f[2] for f in full]
        names += acronyms.values()
        subjects = _subjects(view, names)
    table = _Table(full, acronyms)
    done: dict[tuple[int, int], tuple[Speaker, float]] = {}
    touches = iter(subjects)
    touch = next(touches, None)
    for key, sp in sorted(events.items()):
        pos = sp.start
        while touch is not None and touch[0] < pos:
            table.touch(touch[1], touch[0])
            touch = next(touches, None)
        low = sp.text.lower()
        if sp.name is not None:
            ent, conf = table.named(sp, pos)
            done[key] = (_resolved(sp, ent, ent.kind), conf)
        elif low in PRONOUNS:
            gender = PRONOUNS[low]
            if gender == "x":
                done[key] = (attrs.evolve(sp, name=None, kind="unknown"), 0.5)
                continue
            found, conf = table.pronoun(gender, pos)
            kind = "person" if gender in ("m", "f") else "unknown"
            done[key] = (_resolved(sp, found, kind), conf)
        elif low.split(maxsplit=1)[0] in _POSSESSIVES and " " in low:
            # "her statement said": the statement speaks for its author.
            gender = _POSSESSIVES[low.split(maxsplit=1)[0]]
            found, conf = table.pronoun(gender, pos)
            kind = "person" if gender in ("m", "f") else "unknown"
            done[key] = (_resolved(sp, found, kind), conf * 0.95)
        else:
            head = _head(sp)
            found = table.described(head, pos, definite=low.startswith("the "))
            kind = _kind_of((), sp.title, head)
            done[key] = (_resolved(sp, found, kind), 0.8 if found is not None else 0.75)

    def fix_q(q: Quote) -> Quote:
        if q.speaker is None:
            return q
        sp, conf = done[(q.speaker.start, q.speaker.end)]
        return attrs.evolve(q, speaker=sp, confidence=round(q.confidence * conf, 4))

    def fix_c(c: Claim) -> Claim:
        if c.speaker is None:
            return c
        sp, conf = done[(c.speaker.start, c.speaker.end)]
        return attrs.evolve(c, speaker=sp, confidence=round(c.confidence * conf, 4))

    return tuple(fix_q(q) for q in quotes), tuple(fix_c(c) for c in claims)


@attrs.define
class _Group:
    first: Speaker
    title: str | None
    mentions: dict[tuple[int, int], str] = attrs.field(factory=dict)
    quotes: list[int] = attrs.field(factory=list)
    claims: list[int] = attrs.field(factory=list)


def collect_speakers(
    quotes: Sequence[Quote], claims: Sequence[Claim]
) -> tuple[SpeakerProfile, ...]:
    """Each resolved speaker with its mentions, quotes and claims.

    Speakers with a name are grouped by name; a description that resolved to
    no name ("police", "the ministry") is grouped by its wording.  Pronouns
    that resolved to nobody are left out.  Ordered by first mention.
    """
    groups: dict[str, _Group] = {}

    def group(sp: Speaker) -> _Group | None:
        if sp.name is not None:
            key = "n:" + sp.name
        elif sp.text.lower() in PRONOUNS:
            return None
        else:
            key = "d:" + (sp.title or sp.text).lower()
        g = groups.get(key)
        if g is None:
            g = groups[key] = _Group(first=sp, title=sp.title)
        g.mentions[(sp.start, sp.end)] = sp.text
        if g.title is None:
            g.title = sp.title
        return g

    for i, q in enumerate(quotes):
        if q.speaker is not None and (g := group(q.speaker)) is not None:
            g.quotes.append(i)
    for i, c in enumerate(claims):
        if c.speaker is not None and (g := group(c.speaker)) is not None:
            g.claims.append(i)
    out = [
        SpeakerProfile(
            name=g.first.name,
            title=g.title,
            kind=g.first.kind,
            mentions=tuple(
                Span(start=s, end=e, text=t) for (s, e), t in sorted(g.mentions.items())
            ),
            quotes=tuple(g.quotes),
            claims=tuple(g.claims),
        )
        for g in groups.values()
    ]
    out.sort(key=lambda p: p.mentions[0].start)
    return tuple(out)
