"""Text shared with the evaluation corpora: every 6-word sequence, reported.

Usage::

    python benchmarks/overlap.py [CORPORA_DIR]

The corpora are read at run time from ``../shared/corpora`` beside the
checkout unless a directory is given.  Their texts belong to their
publishers and serve only to measure: no sentence of theirs may enter the
project, reworded or not.  This script makes that checkable.

Every git-tracked text file of the project and every file under the corpora
directory is cut into 6-word shingles after normalising: casefolded,
apostrophes deleted ("don't" is "dont"), every other character that is not a
letter or a digit a word break, whitespace collapsed.  For a ``.jsonl`` file
each string value of each record (the article text, the quotation, the
speaker ...) is one text; any other file is one text.

Left out, and printed so that nobody has to guess:

* the seed article under ``seeds/`` (the user's own example, which stays),
  with its golden output: those files are not read, and a shingle that also
  occurs in the seed article is not reported elsewhere either;
* ``ALLOWED``: a short list of phrases so common in English that sharing
  them copies nothing;
* a ``README`` in the corpora directory: the project's own description of
  the corpora, not corpus text.

The project's shingles (a few hundred thousand) are indexed in a set once;
each corpus text is then streamed through it, so the run takes a few seconds
and little memory however large the corpora grow.  Prints every shared
shingle with the project lines it occurs on and the corpus files that hold
it, then the count; the exit status is 1 when any is found.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import os
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora"
N = 6

# A word: a run of letters and digits, apostrophes inside it deleted.
_APOSTROPHES = str.maketrans("", "", "'\u2019\u02bc")
_WORD = regex.compile(r"[\p{L}\p{N}\p{M}]+")

# Project files that are the user's own example: read neither as project
# text nor as a source of findings.
SEED_DIR = "seeds/"

# Phrases common enough in any English prose that sharing one of their
# 6-word shingles copies nothing.  Each entry is written as the words of the
# phrase; every shingle inside it is allowed.  Keep the list short and say
# why beside each entry.
ALLOWED: tuple[tuple[str, str], ...] = (
    ("said in an interview with the", "the commonest reporting formula"),
    ("more than the rest of the", "a plain comparison"),
    ("at the start of the second", "a plain time phrase"),
    ("by the end of the day the", "a plain time phrase and the subject after it"),
    ("which may or may not be the", "an idiom"),
    ("one two three four five six seven eight nine", "counting"),
)


#: A run of N normalised words.
Shingle = tuple[str, ...]


def words(text: str) -> list[str]:
    """The normalised words of ``text``.

    >>> words("Don't stop -- the U.N.'s  VOTE, 2,000 times!")
    ['dont', 'stop', 'the', 'u', 'n', 's', 'vote', '2', '000', 'times']
    """
    return _WORD.findall(text.casefold().translate(_APOSTROPHES))


def shingles(ws: list[str]) -> Iterator[Shingle]:
    """Every run of ``N`` consecutive words."""
    return zip(*(ws[i:] for i in range(N)), strict=False)  # the shifted copies run short


def shingle_id(gram: str) -> str:
    """A short stable id of a shingle (its words joined by spaces).

    Lists of known findings (tests/test_overlap.py) hold ids, not the words,
    so that they copy no corpus text themselves.

    >>> shingle_id("one two three four five six")
    'bab7fd6e5bd624f4'
    """
    return hashlib.sha256(gram.encode("utf-8")).hexdigest()[:16]


def allowed_shingles() -> set[Shingle]:
    """The shingles inside the phrases of ``ALLOWED``."""
    out: set[Shingle] = set()
    for phrase, _reason in ALLOWED:
        out.update(shingles(words(phrase)))
    return out


def tracked_files(root: Path) -> list[str]:
    """The project's files as git tracks them (paths relative to ``root``)."""
    res = subprocess.run(  # noqa: S603 -- a fixed git command
        ["git", "-C", str(root), "ls-files", "-z"],  # noqa: S607 -- git from PATH
        capture_output=True,
        check=True,
    )
    return sorted(p for p in res.stdout.decode("utf-8").split("\0") if p)


def read_text(path: Path) -> str | None:
    """The file's text, or None for a binary or missing file."""
    if not path.is_file():
        return None  # tracked but deleted in the working tree
    data = path.read_bytes()
    if b"\0" in data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def project_index(root: Path) -> tuple[dict[Shingle, set[tuple[str, int]]], set[Shingle]]:
    """Shingle -> the (file, line) places it starts on; and the seed's shingles."""
    index: dict[Shingle, set[tuple[str, int]]] = defaultdict(set)
    seed: set[Shingle] = set()
    for rel in tracked_files(root):
        text = read_text(root / rel)
        if text is None:
            continue
        if rel.startswith(SEED_DIR):
            if rel.endswith(".txt"):
                seed.update(shingles(words(text)))
            continue
        folded = text.casefold().translate(_APOSTROPHES)
        found = [(m.group(), m.start()) for m in _WORD.finditer(folded)]
        # Line numbers from offsets in the folded text: casefolding may
        # lengthen a character but never adds a newline.
        starts = [i for i, ch in enumerate(folded) if ch == "\n"]
        for k, gram in enumerate(shingles([w for w, _ in found])):
            line = _line_of(starts, found[k][1])
            index[gram].add((rel, line))
    return index, seed


def _line_of(newlines: list[int], offset: int) -> int:
    return bisect.bisect_left(newlines, offset) + 1


def _strings(value: object) -> Iterator[str]:
    """Every string inside a decoded JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def corpus_texts(path: Path) -> Iterable[str]:
    """The texts of one corpus file: each string of each JSON line, or the file."""
    text = read_text(path)
    if text is None:
        return []
    if path.suffix != ".jsonl":
        return [text]
    out: list[str] = []
    for line in text.splitlines():
        if line.strip():
            out.extend(_strings(json.loads(line)))
    return out


def corpus_files(corpora: Path) -> list[Path]:
    """Every file under ``corpora`` but its READMEs."""
    return sorted(
        p for p in corpora.rglob("*") if p.is_file() and not p.name.upper().startswith("README")
    )


def shared(
    corpora: Path, index: dict[Shingle, set[tuple[str, int]]], skip: set[Shingle]
) -> dict[Shingle, set[str]]:
    """Project shingles found in the corpora -> the corpus files holding them."""
    wanted = set(index) - skip
    found: dict[Shingle, set[str]] = defaultdict(set)
    for path in corpus_files(corpora):
        name = path.relative_to(corpora).as_posix()
        for text in corpus_texts(path):
            # set.intersection walks the shingles in C: the whole corpus
            # passes through in seconds.
            for gram in wanted.intersection(shingles(words(text))):
                found[gram].add(name)
    return found


def findings(root: Path, corpora: Path) -> dict[str, tuple[list[str], list[str]]]:
    """Each shared shingle (its words joined by spaces) -> (the project's
    ``file:line`` places, the corpus files), seed and allowed phrases left out."""
    index, seed = project_index(root)
    found = shared(corpora, index, seed | allowed_shingles())
    return {
        " ".join(gram): (
            [f"{f}:{n}" for f, n in sorted(index[gram])],
            sorted(found[gram]),
        )
        for gram in sorted(found, key=lambda g: (sorted(index[g]), g))
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--root", type=Path, default=ROOT, help="the project checkout")
    args = parser.parse_args(argv)
    if not args.corpora.is_dir():
        print(f"no corpora directory at {args.corpora}", file=sys.stderr)
        return 2
    found = findings(args.root, args.corpora)
    where = os.path.relpath(args.corpora, args.root)
    print(f"corpora: {len(corpus_files(args.corpora))} files under {where}")
    print(f"left out: {SEED_DIR} (the seed article), and these phrases:")
    for phrase, reason in ALLOWED:
        print(f"  {phrase!r}: {reason}")
    for gram, (places, sources) in found.items():
        where, corpus = ", ".join(places), ", ".join(sources)
        print(f"{gram!r} [{shingle_id(gram)}]  in {where}  (corpus: {corpus})")
    print(f"shared {N}-word sequences: {len(found)}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
