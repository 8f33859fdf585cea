"""Lexicons: word lists kept as data files in ``newsclaims/data``.

Each file is UTF-8 text, one entry per line; ``#`` starts a comment.  The
lists are read once, at import, into frozensets and dicts; patterns that need
them are built from them with :func:`alternation`.
"""

from __future__ import annotations

from importlib import resources
from typing import Final

import regex

__all__ = [
    "ABBREVIATIONS",
    "CUE_FORMS",
    "PRONOUNS",
    "alternation",
    "read_lines",
]


def read_lines(name: str) -> tuple[str, ...]:
    """The entries of data file ``name``: stripped, without comments or blanks."""
    raw = resources.files("newsclaims").joinpath("data", name).read_text("utf-8")
    out = []
    for line in raw.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            out.append(entry)
    return tuple(out)


def alternation(words: object) -> str:
    """A regex alternation of ``words``, longest first so none hides another.

    >>> alternation(["said", "say", "says"])
    '(?:said|says|say)'
    """
    items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "(?:" + "|".join(regex.escape(w) for w in items) + ")"


def _cue_forms() -> dict[str, str]:
    """Map each inflected reporting verb ("emphasised") to its lemma ("emphasise")."""
    forms: dict[str, str] = {}
    for line in read_lines("reporting_verbs.txt"):
        words = line.split()
        lemma = words[0]
        for w in words:
            forms.setdefault(w.lower(), lemma)
    return forms


#: Abbreviations that end in a full stop without ending a sentence (lowercase).
ABBREVIATIONS: Final = frozenset(w.lower() for w in read_lines("abbreviations.txt"))
#: Every inflected form of a reporting verb, mapped to its lemma.
CUE_FORMS: Final = _cue_forms()
#: Personal pronouns that can stand for a speaker, mapped to a gender
#: ("m", "f", "n" for neuter/plural).
PRONOUNS: Final = {
    w.split()[0].lower(): w.split()[1] for w in read_lines("pronouns.txt")
}
