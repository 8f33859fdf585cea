"""No text of the evaluation corpora in the project: benchmarks/overlap.py.

The corpora (``../shared/corpora`` beside the checkout) are read only to
measure; no sentence of theirs may enter the tests, docs or comments.  The
check runs when they are present and skips otherwise; with
``NEWSCLAIMS_REQUIRE_CORPORA=1`` a missing corpus fails instead.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "overlap.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("overlap", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["overlap"] = module
    spec.loader.exec_module(module)
    return module


overlap = _load()

# Shared sequences in files whose rewrite belongs to other work of the same
# issue, by id (``overlap.shingle_id``: this list copies no corpus text), with
# where each is.  Listed exactly, so that a new copy anywhere still fails, and
# strict: once one is gone, drop it from this list.
PENDING: dict[str, str] = {}


def _need(reason: str) -> None:
    if os.environ.get("NEWSCLAIMS_REQUIRE_CORPORA") == "1":
        pytest.fail(f"NEWSCLAIMS_REQUIRE_CORPORA=1 but {reason}", pytrace=False)
    pytest.skip(reason)


def test_no_corpus_text_in_the_project() -> None:
    if not overlap.DEFAULT.is_dir():
        _need(f"no corpora at {os.path.relpath(overlap.DEFAULT, ROOT)} beside the checkout")
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        _need("not a git checkout: the check reads the tracked files")
    findings = overlap.findings(ROOT, overlap.DEFAULT)
    found = {overlap.shingle_id(g): places for g, (places, _) in findings.items()}
    new = {i: places for i, places in found.items() if i not in PENDING}
    assert new == {}, "text shared with the corpora: rewrite it from scratch"
    gone = {i: where for i, where in PENDING.items() if i not in found}
    assert gone == {}, "no longer shared: drop these from PENDING"


# The script itself, on a project and a corpus made up here.


def _git_project(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(root)], check=True)  # noqa: S603, S607 -- git from PATH
    subprocess.run(["git", "-C", str(root), "add", "."], check=True)  # noqa: S603, S607


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_the_check_finds_a_shared_sequence_and_nothing_else(tmp_path: Path) -> None:
    project, corpora = tmp_path / "project", tmp_path / "corpora"
    copied = "The ferry to Zanzibar left two hours late on Friday."
    _git_project(
        project,
        {
            # Reworded case and punctuation are still the same words.
            "tests/test_x.py": f"TEXT = {copied.upper()!r}\n",
            "docs/own.md": "A sentence nobody else wrote, about tea in Assam.\n",
            # The seed article stays, and so do its words elsewhere.
            "seeds/001.txt": "The harbour in Mombasa opened at dawn for the fishing boats.\n",
            "docs/seed.md": "As the seed says: the harbour in Mombasa opened at dawn.\n",
            # A listed common phrase is no finding.
            "docs/common.md": "Kwame said in an interview with the radio that it rained.\n",
        },
    )
    (corpora / "quotes").mkdir(parents=True)
    records = [
        {"id": 1, "text": f"News. {copied} More news.", "quotes": [{"text": "ok"}]},
        {"id": 2, "text": "The harbour in Mombasa opened at dawn for the fishing boats."},
        {"id": 3, "text": "The mayor said in an interview with the daily paper."},
    ]
    (corpora / "quotes" / "x.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8"
    )
    (corpora / "README.md").write_text("A sentence nobody else wrote, about tea in Assam.\n")
    found = overlap.findings(project, corpora)
    assert set(found) == {
        "the ferry to zanzibar left two",
        "ferry to zanzibar left two hours",
        "to zanzibar left two hours late",
        "zanzibar left two hours late on",
        "left two hours late on friday",
    }
    assert found["the ferry to zanzibar left two"] == (["tests/test_x.py:1"], ["quotes/x.jsonl"])

    res = subprocess.run(  # noqa: S603 -- this interpreter, our own script
        [sys.executable, str(SCRIPT), str(corpora), "--root", str(project)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert res.returncode == 1, res.stderr
    assert res.stdout.splitlines()[-1] == "shared 6-word sequences: 5"
    assert "'said in an interview with the': the commonest reporting formula" in res.stdout


def test_words_are_normalised() -> None:
    assert overlap.words("Don’t STOP -- the U.N.'s  vote,\n2,000 times!") == [
        "dont", "stop", "the", "u", "n", "s", "vote", "2", "000", "times",
    ]
