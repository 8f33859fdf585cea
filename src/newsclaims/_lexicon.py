"""Lexicons: word lists kept as data files in ``newsclaims/data``.

Each file is UTF-8 text, one entry per line; ``#`` starts a comment.  Its
header says what an entry holds (a word, columns separated by spaces, or
fields separated by `` | ``).  The entries of each block (lines between two
comments or blank lines) are sorted, unless a comment ``# order: …`` says
how they are ordered instead (``calendar``, ``by value``); no entry is
listed twice.  ``tests/test_data_files.py`` checks all of this, and that no
word sits in two files that contradict each other.  The lists are read once,
at import, into frozensets and dicts; patterns that need them are built from
them with :func:`alternation`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Final

import regex

__all__ = [
    "ABBREVIATIONS",
    "CALENDAR_NAMES",
    "CUE_FORMS",
    "DAY_WORDS",
    "FIRST_NAMES",
    "GROUPS",
    "HONORIFICS",
    "NAME_GENDERS",
    "NOUN_FORMS",
    "OBJECT_VERBS",
    "PRONOUNS",
    "SKIP_WORDS",
    "THAT_VERBS",
    "TITLES",
    "alternation",
    "columns",
    "read_lines",
    "trie_alternation",
    "word_set",
]


# The package's data directory.  Files are read through the package's
# loader, as ``pkgutil.get_data`` does, which also serves a package imported
# from a zip archive; ``importlib.resources`` would do the same but costs a
# tenth of the package's import time to load.
# (os.path rather than pathlib, which is not otherwise loaded at import.)
_DATA: Final = os.path.join(os.path.dirname(__file__), "data")  # noqa: PTH118, PTH120


def read_lines(name: str) -> tuple[str, ...]:
    """The entries of data file ``name``: stripped, without comments or blanks."""
    path = os.path.join(_DATA, name)  # noqa: PTH118
    get_data = getattr(__spec__.loader, "get_data", None)
    if get_data is not None:
        raw = get_data(path).decode("utf-8")
    else:
        with open(path, encoding="utf-8") as f:
            raw = f.read()
    out = []
    for line in raw.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            out.append(entry)
    return tuple(out)


def word_set(name: str) -> frozenset[str]:
    """The entries of data file ``name``, lowercased, as a set for lookups."""
    return frozenset(w.lower() for w in read_lines(name))


def alternation(words: object) -> str:
    """A regex alternation of ``words``, longest first so none hides another.

    >>> alternation(["said", "say", "says"])
    '(?:said|says|say)'
    """
    items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "(?:" + "|".join(regex.escape(w) for w in items) + ")"


_Trie = dict[str, "_Trie"]


def trie_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` as a trie: shared prefixes once.

    Matches the same words as :func:`alternation`, longest first, but the
    engine reads each prefix once instead of trying every word in turn, so
    a pattern over a thousand forms stays fast.  No repeats: its cost is
    bounded by the longest word.

    >>> trie_alternation(["said", "say", "says"])
    '(?:sa(?:id|y(?:s)?))'
    """
    root: _Trie = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        alts = [regex.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        group = "(?:" + "|".join(alts) + ")"
        return group + "?" if "" in node else group

    return "(?:" + build(root) + ")"


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
ABBREVIATIONS: Final = word_set("abbreviations.txt")
#: Every inflected form of a reporting verb, mapped to its lemma.
CUE_FORMS: Final = _cue_forms()
def columns(name: str) -> dict[str, str]:
    """Map the first column of data file ``name`` to its second ("" if none)."""
    out: dict[str, str] = {}
    for line in read_lines(name):
        words = line.split()
        out[words[0].lower()] = words[1] if len(words) > 1 else ""
    return out


#: Personal pronouns that can stand for a speaker, mapped to a gender
#: ("m", "f", "n" for neuter/plural, "x" for never resolved).
PRONOUNS: Final = columns("pronouns.txt")
#: Titles and roles ("president", "sen.", "spokeswoman"), mapped to the
#: gender they imply ("m", "f" or "").
TITLES: Final = columns("titles.txt")
#: Weekday and month names and their abbreviations, lowercase, without those
#: marked "!" as also a word or a person's name ("May").
CALENDAR_NAMES: Final = frozenset(
    w.lower()
    for name in ("weekdays.txt", "months.txt")
    for line in read_lines(name)
    for w in line.split()
    if w.isalpha()
)
#: Words for a day that stand where a date does ("said today").
DAY_WORDS: Final = frozenset(("today", "tonight", "yesterday", "tomorrow"))
#: Honorifics ("shri", "dr", "mr"), without a final stop, mapped to the
#: gender they imply ("m", "f" or "").
HONORIFICS: Final = columns("honorifics.txt")


def _given_names() -> tuple[dict[str, str], dict[str, str]]:
    """Every given name → its gender; those that are a sign of a person → gender.

    A name marked with a trailing "!" is also a common word ("frank!"): it
    has a gender but is no sign of a person.
    """
    genders: dict[str, str] = {}
    persons: dict[str, str] = {}
    for line in read_lines("first_names.txt"):
        words = line.split()
        name = words[0].lower()
        gender = words[1] if len(words) > 1 else ""
        genders[name.rstrip("!")] = gender
        if not name.endswith("!"):
            persons[name] = gender
    return genders, persons


_GIVEN: Final = _given_names()
#: Every common given name, mapped to the gender it usually carries ("m",
#: "f", or "" for either): for pronoun agreement.
NAME_GENDERS: Final = _GIVEN[0]
#: The given names that show a capitalised pair is a person's name ("Ana
#: Ruiz"), mapped to their gender: those that are also common words
#: ("Frank", "Grace", "Will") are left out.
FIRST_NAMES: Final = _GIVEN[1]
#: Nouns that head a group ("officials": "g") or organisation ("ministry": "o").
GROUPS: Final = columns("groups.txt")
#: Adverbs and auxiliaries that may stand between a speaker and the cue.
SKIP_WORDS: Final = word_set("skip_words.txt")
#: Cue forms that are as often nouns ("a question", "state officials").
NOUN_FORMS: Final = word_set("noun_forms.txt")
#: Lemmas that report a claim only with "that" ("feels that …").
THAT_VERBS: Final = word_set("that_verbs.txt")
#: Lemmas whose direct object is the claim ("condemned the decision").
OBJECT_VERBS: Final = word_set("object_verbs.txt")
