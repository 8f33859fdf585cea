"""Named pattern fragments, composed into the compiled patterns of the layers.

Each fragment is a plain string with a comment saying what it matches and
why it departs from the obvious form.  Every repeat is bounded or possessive,
and patterns are applied to one paragraph or one short window at a time, so
no match can backtrack over more than a bounded stretch of text.
"""

from __future__ import annotations

from typing import Final

from newsclaims._lexicon import PRONOUNS, alternation

__all__ = [
    "NAME",
    "PRONOUN",
    "SPEAKER",
    "WORD",
]

# One word: letters with inner apostrophes, hyphens or dots ("O'Brien",
# "al-Assad", "U.S.").  Bounded so a 1 MB "word" costs one bounded match.
WORD: Final = r"\p{L}[\p{L}\p{M}'’.\-]{0,40}+"

# A capitalised word: "Zelenskyy", "McDonald", "O'Neill", "al-Assad" (a
# lowercase particle joined by a hyphen), "DeSantis".
# An initial or a short abbreviated title takes its full stop only before
# another capitalised word ("John F. Kennedy", "Prof. Ana Ruiz", "Gen.
# Musa Bello"), so a name at a sentence end does not swallow the stop.
CAP_WORD: Final = (
    r"(?:\p{Lu}\p{Ll}{0,4}+\.(?=[ \u00a0]\p{Lu})"
    r"|(?:(?:al|el|de|van|von|bin|ibn)-)?\p{Lu}[\p{L}\p{M}'’\-]{0,40}+)"
)

# Lowercase particles that may stand inside a name ("Ursula von der Leyen",
# "Charles de Gaulle", "Ahmad bin Ali").
_PARTICLE: Final = r"(?:von|van|der|den|de|da|di|du|del|la|le|bin|ibn|al|el|y|dos|das|ter)"

# A proper name: capitalised words, possibly joined by particles; at most six
# words, so the repeat is bounded.
NAME: Final = rf"{CAP_WORD}(?:[ \u00a0](?:{_PARTICLE}[ \u00a0]){{0,2}}+{CAP_WORD}){{0,5}}+"

# A pronoun that can stand for a speaker.
PRONOUN: Final = r"\b(?i:" + alternation(PRONOUNS)[3:] + r"\b"

# No pattern of the reporting-verb lexicon: compiled, a thousand forms cost
# tens of milliseconds per pattern at import.  Where a cue may stand, a
# pattern stops at a word and the word is looked up in CUE_FORMS (see
# _quotes._cue_runs, _attribution._cue_positions).

# A speaker mention: a pronoun, a name, or a short noun phrase headed by a
# determiner: the ministry, a spokesman for the army.  The
# noun phrase repeat is greedy but bounded (at most four ways to split), so
# it can give words back to the cue that follows.
SPEAKER: Final = (
    rf"\b(?:{NAME}|{PRONOUN}|(?:[Tt]he|[Aa]n?)[ \u00a0](?:{WORD}[ \u00a0]){{0,3}}{WORD})"
)
