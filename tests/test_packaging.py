"""Release readiness: metadata, and the built wheel in a fresh environment.

The quick checks always run.  Building the distributions and installing the
wheel into a new virtual environment takes a minute and needs the package
index, so it runs when ``NEWSCLAIMS_PACKAGING=1`` (``.ci/run`` sets it, with
the ``release`` extra installed)::

    pip install -e ".[release]"
    NEWSCLAIMS_PACKAGING=1 python -m pytest tests/test_packaging.py -s
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import venv
import zipfile
from importlib.metadata import version
from pathlib import Path

import pytest

import newsclaims

tomllib = pytest.importorskip("tomllib", reason="reads pyproject.toml with Python 3.11's tomllib")
ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
BIN = "Scripts" if sys.platform == "win32" else "bin"


# ------------------------------------------------------------ quick checks


def test_typed_classifier_and_marker_file():
    assert "Typing :: Typed" in PYPROJECT["project"]["classifiers"]
    assert (ROOT / "src" / "newsclaims" / "py.typed").is_file()


def test_version_is_served_from_the_installed_metadata():
    assert newsclaims.__version__ == version("newsclaims")
    assert re.fullmatch(r"\d+\.\d+\.\d+((a|b|rc)\d+)?(\.dev\d+)?", newsclaims.__version__)


def test_changelog_is_ready_for_a_release():
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in text
    versions = re.findall(r"^## \[([^\]]+)\]", text, re.MULTILINE)
    assert versions[0] == "Unreleased"
    # Every heading has a link reference at the bottom, as Keep a Changelog does.
    for v in versions:
        assert re.search(rf"^\[{re.escape(v)}\]: \S+", text, re.MULTILINE), v


# ------------------------------------------------- build, check, install

slow = pytest.mark.skipif(
    not os.environ.get("NEWSCLAIMS_PACKAGING"),
    reason="builds and installs the distributions: set NEWSCLAIMS_PACKAGING=1 "
    "(with the release extra installed)",
)


def run(*cmd: str | Path, cwd: Path = ROOT) -> str:
    proc = subprocess.run(  # noqa: S603 -- fixed commands on paths made here
        [str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, f"{cmd} failed:\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", out, ROOT)
    return out


def the(dist: Path, pattern: str) -> Path:
    (found,) = dist.glob(pattern)
    return found


@slow
def test_twine_check_is_clean(dist):
    files = sorted(dist.iterdir())
    assert sorted(f.suffix for f in files) == [".gz", ".whl"]
    output = run(sys.executable, "-m", "twine", "check", "--strict", *files)
    print(output)
    assert output.count("PASSED") == 2


@slow
def test_wheel_holds_the_package_and_its_data_only(dist):
    wheel = the(dist, "newsclaims-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        meta = zf.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
        entry_points = zf.read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "newsclaims/py.typed" in names
    assert "newsclaims/__init__.py" in names
    assert any(n.startswith("newsclaims/data/") for n in names)
    assert not [n for n in names if n.startswith(("tests/", "docs/", "seeds/"))]
    assert "Classifier: Typing :: Typed" in meta
    assert "License-Expression: MIT" in meta
    assert "Requires-Python: >=3.10" in meta
    assert "Description-Content-Type: text/markdown" in meta
    assert "newsclaims = newsclaims._cli:main" in entry_points


@slow
def test_sdist_builds_the_tests_and_docs_too(dist):
    sdist = the(dist, "newsclaims-*.tar.gz")
    with tarfile.open(sdist) as tf:
        names = {n.split("/", 1)[1] for n in tf.getnames() if "/" in n}
    for needed in ("pyproject.toml", "LICENSE", "README.md", "CHANGELOG.md", "mkdocs.yml",
                   "src/newsclaims/py.typed", "tests/test_html.py", "docs/index.md",
                   "seeds/000_0e4e2480f77082a7.txt"):  # fmt: skip
        assert needed in names, needed


@slow
def test_wheel_works_in_a_fresh_virtual_environment(dist, tmp_path):
    env = tmp_path / "venv"
    venv.create(env, with_pip=True, clear=True)
    python = env / BIN / "python"
    run(python, "-m", "pip", "install", "--quiet", the(dist, "newsclaims-*.whl"))
    # Run from an empty folder, so the checkout's src/ cannot be imported.
    shown = run(env / BIN / "newsclaims", "--version", cwd=tmp_path)
    assert shown.strip() == f"newsclaims {newsclaims.__version__}"
    script = (
        "import newsclaims, pathlib, sys\n"
        "assert pathlib.Path(newsclaims.__file__).is_relative_to(sys.prefix), newsclaims.__file__\n"
        "art = newsclaims.parse_article('“We will rebuild,” Mayor Ana Ruiz said.')\n"
        "page = newsclaims.render_html(art)\n"
        "print('import newsclaims:', newsclaims.__version__, 'from', newsclaims.__file__)\n"
        "print('quotes:', [q.text for q in art.quotes], 'html:', len(page), 'chars')\n"
    )
    smoke = run(python, "-c", script, cwd=tmp_path)
    print(f"$ newsclaims --version\n{shown}$ python -c ...\n{smoke}")
    assert "quotes: ['We will rebuild,']" in smoke
