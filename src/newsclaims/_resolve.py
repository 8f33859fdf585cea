"""Resolution: from speaker mentions as written to the people they name.

Consults the article's cast (``_cast``) and walks it in text order, keeping
track of who was named last and how (as a sentence subject, a speaker, an
object):

* a name resolves to the cast's entity for it: the full name that carries a
  short form ("Prasad" → "Ravi Shankar Prasad"), the organisation an
  acronym spells ("the NDMA" → "National Disaster Management Authority");
* a pronoun resolves to the person (he, she) or organisation (it, they)
  named most recently in a sentence before it, subjects and speakers before
  objects, whose gender agrees;
* a role ("the chief minister", "the Foreign Minister") resolves to the
  person whose title holds it; a definite role that no title holds ("the
  Nobel laureate", "the 78-year-old") to the person the story is about
  just then; an organisation's noun ("the company", "the airline") to the
  organisation that carries it; a document ("the report", "the statement")
  to whoever issued it; an unnamed spokesperson to the organisation;
* anything else keeps its mention with a null name: no guess.

Titles are kept apart from names: "Ukrainian President Volodymyr
Zelenskyy" gives the name "Volodymyr Zelenskyy" and the title "Ukrainian
President", which later mentions ("He") inherit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

import attrs
import regex

from newsclaims._cast import (
    OBJECT,
    OTHER,
    POSSESSOR,
    SPEAKER,
    SUBJECT,
    Cast,
    Entity,
    name_words,
)
from newsclaims._confidence import RESOLUTION_CONFIDENCE, Trace
from newsclaims._lexicon import GROUPS, PRONOUNS, TITLES, word_set
from newsclaims._segment import TextView
from newsclaims._types import Claim, Quote, Span, Speaker, SpeakerProfile

__all__ = ["collect_speakers", "resolve"]

# How many of the most recent namings a pronoun or a description may refer
# to, and over how many sentences.  Bounds the work per mention, so a long
# text stays linear.
_LOOKBACK: Final = 60
_MAX_SENTENCES: Final = 25
# How many entities of the cast a role is looked for among when the recent
# namings hold none.
_HOLDERS: Final = 200
# A definite role that no title holds refers to the person the story is
# about only when that person was named this recently (in sentences).
_ROLE_REACH: Final = 3
# What a role in the sentence costs an antecedent, in sentences of distance.
_ROLE_COST: Final = {SUBJECT: 0.0, SPEAKER: 0.0, OTHER: 1.0, POSSESSOR: 1.5, OBJECT: 2.0}

# The words of a name or title.  Bounded repeat.
_NAME_WORD: Final = regex.compile(r"[\p{L}\p{M}\p{N}'’\-]{1,40}+\.?+")
# Nouns that refer back to the organisation named last ("the company").
_ORG_ANAPHORS: Final = word_set("org_anaphors.txt")
# Nouns of documents that speak for whoever issued them ("the report said").
_DOCUMENTS: Final = word_set("document_nouns.txt")
# How far before a document's speech its naming is looked for, in characters.
_DOCUMENT_REACH: Final = 3000
# Roles that speak for an organisation when no person holds them ("an
# airline spokesperson", "a spokesman for the ministry").
_SPOKESPEOPLE: Final = frozenset(
    ("spokesman", "spokeswoman", "spokesperson", "representative", "official", "source")
)
# Roles that a definite description uses for somebody the article does not
# name ("the official", "the expert"), unlike roles that describe the person
# the story is about ("the Nobel laureate", "the rookie goalie").
_ANONYMOUS: Final = _SPOKESPEOPLE | frozenset(
    ("expert", "analyst", "witness", "resident", "officer", "aide", "adviser", "advisor",
     "lawyer", "attorney", "prosecutor", "doctor", "member", "diplomat", "economist",
     "investigator", "researcher", "scientist", "neighbour", "neighbor", "friend", "relative",
     "source", "insider", "employee", "worker", "volunteer", "survivor")
)
# Words before a role that say when the person holds it, not which role.
_ROLE_MODIFIERS: Final = frozenset(
    ("former", "future", "new", "then", "outgoing", "incoming", "late", "current", "acting",
     "interim", "ex", "veteran", "longtime", "long-time", "embattled", "beleaguered")
)
# An age as a description: "the 78-year-old".  Bounded.
_AGE: Final = regex.compile(r"\b\d{1,3}+-year-old\b")
# Possessive determiners, with the gender of the pronoun they stand for:
# "her statement said" is the statement of the last woman named.
_POSSESSIVES: Final = {"his": "m", "her": "f", "its": "n", "their": "n"}
# Prepositions that join a role to its organisation ("spokeswoman for").
_JOINERS: Final = frozenset(("of", "for", "at", "with", "from"))
# Words that open a relative clause inside a title.
_RELATIVES: Final = frozenset(("who", "whose", "which", "that"))


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.lower().rstrip(".") for w in _NAME_WORD.findall(text))


def _kind_of(title: str | None, head: str) -> str:
    """The kind of a speaker known only by a description."""
    if head in TITLES and head not in GROUPS:
        return "person"
    if title and any(GROUPS.get(w) == "o" for w in _words(title)) and head not in TITLES:
        return "organization"
    g = GROUPS.get(head)
    if g == "g":
        return "group"
    if g == "o":
        return "organization"
    if head in TITLES:
        return "person"
    return "unknown"


def _head(sp: Speaker) -> str:
    """The head of a description: its last role or group word.

    Words of an organisation joined to a role do not count: the head of "a
    spokeswoman for the hospital" is "spokeswoman".
    """
    head = ""
    for w in _words(sp.title or sp.text):
        if w in _JOINERS and head in TITLES:
            break  # "a spokeswoman for the hospital"; not "University of X professor"
        if w in _RELATIVES:
            break  # "an expert who writes about the Kremlin" is an expert
        if w in GROUPS or w in TITLES or w in _ORG_ANAPHORS or w in _DOCUMENTS:
            head = w
    return head


def _role_words(sp: Speaker, head: str) -> tuple[str, ...]:
    """The role a description names: its words up to the head.

    Without determiners, possessives and modifiers: "the future President"
    → ("president",); "Tamil Nadu's chief minister" → ("chief", "minister").
    """
    out: list[str] = []
    for w in _words(sp.title or sp.text):
        if w.endswith(("'s", "’s")) or w in ("the", "a", "an", "this", "that", "its", "his",
                                                "her", "their", "our"):
            out.clear()  # what stands before a possessive is whose role it is
            continue
        if w in _ROLE_MODIFIERS or _AGE.fullmatch(w):
            continue
        out.append(w)
        if w == head:
            break
    return tuple(out)


class _Entry:
    __slots__ = ("entity", "pos", "role", "sentence")

    def __init__(self, pos: int, sentence: int, role: int, entity: Entity) -> None:
        self.pos = pos
        self.sentence = sentence
        self.role = role
        self.entity = entity


class _Resolver:
    """Who was named last, and how: the state of one pass in text order."""

    def __init__(self, view: TextView, cast: Cast) -> None:
        self.view = view
        self.cast = cast
        self.recent: list[_Entry] = []

    def seen(self, pos: int, sentence: int, role: int, ent: Entity, salient: bool = True) -> None:
        if salient:
            self.recent.append(_Entry(pos, sentence, role, ent))

    def _candidates(
        self,
        pos: int,
        sentence: int,
        accept: Callable[[Entity], float | None],
        reach: int = _MAX_SENTENCES,
    ) -> list[tuple[float, int, Entity]]:
        """``(score, -pos, entity)`` of the accepted entities named before ``pos``.

        Best first: the fewer sentences back and the more prominent the
        naming (a subject before an object), the better.
        """
        best: dict[int, tuple[float, int, Entity]] = {}
        for n, e in enumerate(reversed(self.recent)):
            if n >= _LOOKBACK:
                break
            if e.pos >= pos:
                continue
            dist = sentence - e.sentence
            if dist > reach:
                break
            ent = e.entity
            cost = accept(ent)
            if cost is None:
                continue
            score = dist + _ROLE_COST[e.role] + cost
            if dist == 0 and e.role not in (SUBJECT, SPEAKER):
                score += 0.5
            old = best.get(ent.index)
            if old is None or score < old[0]:
                best[ent.index] = (score, -e.pos, ent)
        return sorted(best.values(), key=lambda t: (t[0], t[1]))

    def pronoun(self, gender: str, pos: int) -> tuple[Entity | None, str]:
        sentence = self.view.sentence_index(pos)

        def accept(ent: Entity) -> float | None:
            if gender in ("m", "f"):
                if ent.kind == "person":
                    if ent.gender == gender:
                        return 0.0
                    if not ent.gender:
                        return 0.75
                    # The given-name lexicon's guess, against the pronoun.
                    return 2.0 if ent.given_gender else None
                if ent.kind == "unknown" and len(ent.words) == 1 and not ent.gender:
                    return 1.5  # a single name that nothing says is a person
                return None
            return 0.0 if ent.kind == "organization" else None

        found = self._candidates(pos, sentence, accept)
        if not found:
            return None, "pronoun-none"
        score, _, ent = found[0]
        margin = found[1][0] - score if len(found) > 1 else 9.0
        how = "pronoun-sure" if margin >= 1.5 else "pronoun-close"
        if gender in ("m", "f") and ent.gender != gender and (
            len(found) == 1 or (margin >= 1.5 and (not ent.gender or ent.given_gender))
        ):
            # The person it clearly is: the pronoun gives the gender.
            ent.gender = gender
            ent.given_gender = False
            if ent.kind == "unknown":
                ent.kind = "person"
        return ent, how

    def described(self, sp: Speaker, pos: int) -> tuple[Entity | None, str]:
        low = sp.text.lower()
        head = _head(sp)
        definite = low.startswith(("the ", "this ", "that ")) or (
            low.split(maxsplit=1)[0].endswith(("'s", "’s")) if " " in low else False
        )
        sentence = self.view.sentence_index(pos)
        if head in _DOCUMENTS and definite:
            ent = self.issuer(head, pos)
            if ent is not None:
                return ent, "document"
            return None, "description"
        if GROUPS.get(head) == "o" or head in _ORG_ANAPHORS:
            return self._organisation(head, definite, pos, sentence)
        role = _role_words(sp, head)
        if head in TITLES or (not head and _AGE.search(low)):
            if role:
                ent = self._holder(role, pos, sentence)
                if ent is None and len(role) > 1:
                    ent = self._holder(role[-1:], pos, sentence)
                if ent is not None:
                    return ent, "role"
            if head in _SPOKESPEOPLE:
                org = self._spokesperson_of(sp, role, pos, sentence)
                if org is not None:
                    return org, "spokesperson"
            if definite and head not in _ANONYMOUS:
                gender = TITLES.get(head, "")

                def accept(ent: Entity) -> float | None:
                    if ent.kind != "person" or (gender and ent.gender not in ("", gender)):
                        return None
                    return 0.0

                found = self._candidates(pos, sentence, accept)
                if found and found[0][0] <= _ROLE_REACH:
                    return found[0][2], "role-story"
        return None, "description"

    def issuer(self, noun: str, pos: int) -> Entity | None:
        """Who issued the document ``noun`` ("the report"), named last before ``pos``.

        The subject, speaker or possessor of the sentence that last named a
        document of that kind ("X wrote in a report that …").  Read only
        when a document speaks, within a bounded stretch before it.
        """
        text = self.view.text
        lo = max(0, pos - _DOCUMENT_REACH)
        at = text.rfind(noun, lo, self.view.sentences[self.view.sentence_index(pos)][0])
        while at >= lo:
            before = text[at - 1 : at]
            after = text[at + len(noun) : at + len(noun) + 1]
            if not before.isalpha() and not after.isalpha():
                break
            at = text.rfind(noun, lo, at)
        if at < lo:
            return None
        sentence = self.view.sentence_index(at)
        for e in reversed(self.recent):
            if e.sentence < sentence:
                break
            if e.sentence == sentence and e.role in (SUBJECT, SPEAKER, POSSESSOR):
                return e.entity
        return None

    def _holder(self, role: Sequence[str], pos: int, sentence: int) -> Entity | None:
        """The person named last whose titles hold ``role``."""
        found = self._candidates(
            pos,
            sentence,
            lambda ent: 0.0 if ent.kind == "person" and ent.holds_role(role) else None,
            reach=10**6,
        )
        if found:
            return found[0][2]
        # Named before, but further back than the pass remembers (among the
        # last _HOLDERS entities of the cast, a bound on hostile texts).
        best: Entity | None = None
        for ent in self.cast.entities[-_HOLDERS:]:
            if ent.first < pos and ent.kind == "person" and ent.holds_role(role):
                best = ent
        return best

    def _organisation(
        self, head: str, definite: bool, pos: int, sentence: int
    ) -> tuple[Entity | None, str]:
        stems = {head, head + "s", head.removesuffix("s")}

        def holds(ent: Entity) -> float | None:
            if ent.kind != "organization":
                return None
            return 0.0 if stems & set(ent.words) else None

        found = self._candidates(pos, sentence, holds)
        if found:
            return found[0][2], "organisation-noun"
        if definite and head in _ORG_ANAPHORS:
            # "Acme said … the company said": the organisation named last; a
            # name of several words that nothing says is a person or a place
            # may be one too ("Coast Watch Kenya … The group says").
            def named_body(ent: Entity) -> float | None:
                if ent.kind == "organization":
                    return 0.0
                return 1.0 if ent.kind == "unknown" and len(ent.words) > 1 else None

            found = self._candidates(pos, sentence, named_body)
            if found:
                return found[0][2], "organisation-noun"
        return None, "description"

    def _spokesperson_of(
        self, sp: Speaker, role: Sequence[str], pos: int, sentence: int
    ) -> Entity | None:
        """The organisation an unnamed spokesperson speaks for, if the article names it."""
        head = role[-1] if role else ""
        for w in _words(sp.text):
            if w in _JOINERS or w == head or w in ("the", "a", "an"):
                continue
            stems = frozenset((w, w + "s", w.removesuffix("s")))

            def holds(ent: Entity, stems: frozenset[str] = stems) -> float | None:
                return 0.0 if ent.kind == "organization" and stems & set(ent.words) else None

            found = self._candidates(pos, sentence, holds)
            if found:
                return found[0][2]
        return None

    def named(self, sp: Speaker) -> tuple[Entity | None, str]:
        assert sp.name is not None
        occ = self.cast.occurrence_in(sp.start, sp.end)
        ent: Entity | None
        if occ is not None:
            ent = occ.entity
        else:
            ent = self.cast.link(name_words(sp.name), sp.start)
            if ent is None and sp.name.isupper():
                ent = self.cast.by_initials(sp.name)
        if ent is None:
            return None, "name-single" if " " not in sp.name.strip() else "name"
        if len(ent.words) > len(name_words(sp.name)):
            return ent, "short-name"
        if len(ent.words) == 1:
            return ent, "name-unknown" if ent.kind == "unknown" else "name-single"
        return ent, "name"


def _resolved(sp: Speaker, ent: Entity | None, kind: str) -> Speaker:
    if ent is None:
        return attrs.evolve(sp, name=None, kind=kind)
    if ent.kind == "place" or (sp.name is not None and ent.kind == "unknown"):
        # A single name that the article says nothing more of.
        return attrs.evolve(sp, name=ent.name, title=ent.title or sp.title, kind="unknown")
    return attrs.evolve(sp, name=ent.name, title=ent.title or sp.title, kind=ent.kind)


def resolve(
    quotes: Sequence[Quote],
    claims: Sequence[Claim],
    extra: Sequence[Speaker],
    cast: Cast,
    *,
    trace: Trace | None = None,
) -> tuple[tuple[Quote, ...], tuple[Claim, ...]]:
    """Resolve the speakers of ``quotes`` and ``claims`` against ``cast``.

    ``extra`` are speaker mentions of reporting verbs that introduce neither
    a quote nor a claim: they too name people that later pronouns refer to.
    Each item's confidence is scaled by how often its way of resolution is
    right (``_confidence``); ``trace``, when given, receives that way for
    each speaker mention, by its offsets (for ``benchmarks/calibrate.py``).
    """
    view = cast.view
    assert view is not None
    mentions: dict[tuple[int, int], Speaker] = {}
    for sp in extra:
        mentions.setdefault((sp.start, sp.end), sp)
    for said in (*(q.speaker for q in quotes), *(c.speaker for c in claims)):
        if said is not None:
            mentions.setdefault((said.start, said.end), said)
    # Events in text order: namings of the cast, speaker mentions, and
    # pronouns that open a sentence.  At one offset a naming comes first.
    spoken = {s for s, _ in mentions}
    namings = [o for o in cast.occurrences if o.salient]
    keys = sorted(mentions)
    pronouns = [p for p in cast.pronouns if p[0] not in spoken]
    events = sorted(
        [(o.start, 0, n) for n, o in enumerate(namings)]
        + [(key[0], 1, n) for n, key in enumerate(keys)]
        + [(p[0], 2, n) for n, p in enumerate(pronouns)]
    )
    res = _Resolver(view, cast)
    done: dict[tuple[int, int], tuple[Speaker, str]] = {}
    for pos, what, n in events:
        sentence = view.sentence_index(pos)
        if what == 0:
            occ = namings[n]
            res.seen(pos, sentence, occ.role, occ.entity)
        elif what == 1:
            key = keys[n]
            done[key] = _resolve_one(res, mentions[key], sentence)
        else:
            gender = pronouns[n][2]
            ent, _ = res.pronoun(gender, pos)
            if ent is not None:
                res.seen(pos, sentence, SUBJECT, ent)

    if trace is not None:
        for key, (_, how) in done.items():
            trace.resolutions[key] = how

    def fix_q(q: Quote) -> Quote:
        if q.speaker is None:
            return q
        sp, how = done[(q.speaker.start, q.speaker.end)]
        conf = q.confidence * RESOLUTION_CONFIDENCE[how]
        return attrs.evolve(q, speaker=sp, confidence=round(conf, 4))

    def fix_c(c: Claim) -> Claim:
        if c.speaker is None:
            return c
        sp, how = done[(c.speaker.start, c.speaker.end)]
        conf = c.confidence * RESOLUTION_CONFIDENCE[how]
        return attrs.evolve(c, speaker=sp, confidence=round(conf, 4))

    return tuple(fix_q(q) for q in quotes), tuple(fix_c(c) for c in claims)


def _resolve_one(res: _Resolver, sp: Speaker, sentence: int) -> tuple[Speaker, str]:
    """The resolved speaker of mention ``sp``, and how it was resolved."""
    low = sp.text.lower()
    pos = sp.start
    # A mention in a caption is resolved, but is no antecedent for what follows.
    salient = res.view.paragraph_index(pos) not in res.cast.captions
    if sp.name is not None:
        ent, how = res.named(sp)
        if ent is not None:
            res.seen(pos, sentence, SPEAKER, ent, salient)
            return _resolved(sp, ent, ent.kind), how
        return attrs.evolve(sp, kind="unknown"), how
    if low in PRONOUNS:
        gender = PRONOUNS[low]
        if gender == "x":
            return attrs.evolve(sp, name=None, kind="unknown"), "first-person"
        ent, how = res.pronoun(gender, pos)
        if ent is not None:
            res.seen(pos, sentence, SPEAKER, ent, salient)
        kind = "person" if gender in ("m", "f") else "unknown"
        return _resolved(sp, ent, kind), how
    first = low.split(maxsplit=1)[0]
    if first in _POSSESSIVES and " " in low:
        if _head(sp) in _DOCUMENTS:
            # "her statement said": the statement speaks for its author.
            ent, how = res.pronoun(_POSSESSIVES[first], pos)
            kind = "person" if _POSSESSIVES[first] in ("m", "f") else "unknown"
            return _resolved(sp, ent, kind), "document" if ent is not None else how
        # "his father", "her lawyer": somebody else, whom the article does
        # not name here.
        return _resolved(sp, None, _kind_of(sp.title, _head(sp))), "other-person"
    ent, how = res.described(sp, pos)
    if ent is not None:
        res.seen(pos, sentence, SPEAKER, ent, salient)
    return _resolved(sp, ent, _kind_of(sp.title, _head(sp))), how


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
