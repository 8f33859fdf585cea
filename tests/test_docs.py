"""The documentation cannot drift from the code.

- Every example in ``docs/*.md`` and ``README.md`` runs (the same runner the
  docs build uses, in ``docs/_hooks.py``).
- ``docs/schema.md`` documents exactly the keys that ``article_to_dict``
  writes: an article with every field filled is serialised, and each object
  in the output is compared, key by key, with its section of the page.
- Every page is in the site's navigation.

Some checks need the docs extra (``pip install -e '.[docs]'``) and skip
without it; ``.ci/run`` installs it before the tests and sets
``NEWSCLAIMS_REQUIRE_DOCS=1``, which turns such a skip into a failure.
"""

from __future__ import annotations

import importlib.util
import os
import re
import types
import typing
from pathlib import Path

import attrs
import pytest

import newsclaims
from newsclaims._json import article_to_dict

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SCHEMA = DOCS / "schema.md"
SEED = ROOT / "seeds" / "000_0e4e2480f77082a7.txt"


def _load_hooks() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("newsclaims_docs_hooks", DOCS / "_hooks.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hooks = _load_hooks()
PAGES = [*sorted(DOCS.glob("*.md")), ROOT / "README.md"]


def _without_docs_extra(reason: str) -> None:
    """Skip for want of the docs extra; fail where CI requires it."""
    if os.environ.get("NEWSCLAIMS_REQUIRE_DOCS") == "1":
        pytest.fail(f"NEWSCLAIMS_REQUIRE_DOCS=1 but {reason}", pytrace=False)
    pytest.skip(f"{reason}: pip install -e '.[docs]'")


# --------------------------------------------------------------- examples


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_examples_run(page):
    markdown = page.read_text(encoding="utf-8")
    missing = hooks.missing_requirements(markdown)
    if missing:
        _without_docs_extra(f"examples need {', '.join(missing)}")
    failures = hooks.run_examples(markdown, page.relative_to(ROOT).as_posix())
    assert not failures, "\n".join(failures)


def test_the_example_runner_catches_a_wrong_output():
    page = "Text.\n\n```pycon\n>>> 1 + 1\n3\n\n```\n"
    (failure,) = hooks.run_examples(page, "broken.md")
    assert "line 4" in failure
    assert "Expected:\n    3\nGot:\n    2" in failure


def test_the_example_runner_checks_the_syntax_of_plain_blocks():
    page = "```python\ndef f(:\n    pass\n```\n"
    (failure,) = hooks.run_examples(page, "broken.md")
    assert failure.startswith("broken.md, line 2")


def test_the_example_runner_reads_indented_fences():
    page = "- item\n\n    ```pycon\n    >>> 2 * 2\n    4\n\n    ```\n"
    assert list(hooks.code_blocks(page)) == [(4, "pycon", ">>> 2 * 2\n4\n\n")]
    assert hooks.run_examples(page, "ok.md") == []


# ------------------------------------------------------------ the schema


def _sample(tp: object, owner: str) -> object:
    """A value of type ``tp``, every optional part filled, every tuple non-empty."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Literal:
        return args[0]
    if origin in (typing.Union, types.UnionType):
        return _sample(next(a for a in args if a is not type(None)), owner)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return (_sample(args[0], owner),)
        return tuple(_sample(a, owner) for a in args)
    if isinstance(tp, type) and attrs.has(tp):
        return _instance(tp)
    # Offsets and indices are 0, so every index points at the single item
    # of each tuple; text is long enough for any offset used here.
    simple = {str: "x", int: 0, float: 1.5, bool: True}
    if tp in simple:
        return simple[tp]  # type: ignore[index]
    pytest.fail(f"{owner}: teach tests/test_docs.py::_sample about the type {tp!r}")


def _instance(cls: type) -> object:
    hints = typing.get_type_hints(cls)
    values = {f.name: _sample(hints[f.name], f"{cls.__name__}.{f.name}") for f in attrs.fields(cls)}
    return cls(**values)


def _walk(obj: object, path: str, out: dict[str, set[str]]) -> None:
    """Record the keys of every object in ``obj``, by path (``quotes[].speaker``)."""
    if isinstance(obj, dict):
        out.setdefault(path, set()).update(obj)
        for key, value in obj.items():
            _walk(value, f"{path}.{key}" if path else key, out)
    elif isinstance(obj, list):
        for item in obj:
            _walk(item, f"{path}[]", out)


def output_objects() -> dict[str, set[str]]:
    """Keys of each object that ``article_to_dict`` writes, by path."""
    found: dict[str, set[str]] = {}
    articles = [
        _instance(newsclaims.Article),
        newsclaims.parse_article(SEED.read_text(encoding="utf-8")),
    ]
    for art in articles:
        _walk(article_to_dict(art, include_text=True), "", found)
    return found


_HEADING = re.compile(r"^#{2,6}\s+(?P<title>.+?)\s*$")
_AT = re.compile(r"^At:\s*(?P<paths>.+)$")
_ROW = re.compile(r"^\|\s*`(?P<key>[^`]+)`\s*\|")
_PATH = re.compile(r"`([^`]*)`")


def documented_objects() -> dict[str, tuple[str, set[str]]]:
    """Path to (section title, documented keys), from ``docs/schema.md``.

    A section documents an object when its first paragraph is a line
    ``At: `path`, `path` `` (the top-level object's path is ``(top level)``);
    its keys are the first cells of the table rows that follow, in backticks.
    """
    objects: dict[str, tuple[str, set[str]]] = {}
    title, paths, keys = "", [], set()

    def flush():
        for p in paths:
            assert p not in objects, f"docs/schema.md documents `{p}` twice"
            objects[p] = (title, keys)

    for line in SCHEMA.read_text(encoding="utf-8").splitlines():
        if heading := _HEADING.match(line):
            flush()
            title, paths, keys = heading.group("title"), [], set()
        elif at := _AT.match(line):
            paths = ["" if p == "(top level)" else p for p in _PATH.findall(at.group("paths"))]
        elif paths and (row := _ROW.match(line)):
            keys.add(row.group("key"))
    flush()
    return objects


def schema_problems(
    written: dict[str, set[str]], documented: dict[str, tuple[str, set[str]]]
) -> list[str]:
    """What to fix in docs/schema.md, one line per key."""
    problems = []
    for path, keys in sorted(written.items()):
        shown = f"`{path}`" if path else "the top-level object"
        if path not in documented:
            problems.append(
                f"{shown} is written by article_to_dict but documented nowhere: add a section "
                f"to docs/schema.md with the line 'At: `{path or '(top level)'}`' and a table "
                f"row for each of its keys: {', '.join(sorted(keys))}"
            )
            continue
        title, doc_keys = documented[path]
        problems.extend(
            f"key `{key}` of {shown} is written by article_to_dict but not documented: add a "
            f"row '| `{key}` | type | meaning |' to the section '{title}' of docs/schema.md"
            for key in sorted(keys - doc_keys)
        )
        problems.extend(
            f"key `{key}` is documented in the section '{title}' of docs/schema.md but "
            f"article_to_dict does not write it at {shown}: remove or rename the row"
            for key in sorted(doc_keys - keys)
        )
    problems.extend(
        f"docs/schema.md, section '{title}': 'At: `{path}`' is not an object that "
        "article_to_dict writes"
        for path, (title, _) in sorted(documented.items())
        if path not in written
    )
    return problems


def test_schema_page_documents_exactly_the_keys_the_code_writes():
    problems = schema_problems(output_objects(), documented_objects())
    assert not problems, "\n".join(problems)


def test_schema_page_names_the_current_schema_version():
    text = SCHEMA.read_text(encoding="utf-8")
    assert f"`schema_version`: `{newsclaims.SCHEMA_VERSION}`" in text, (
        f"docs/schema.md must say '`schema_version`: `{newsclaims.SCHEMA_VERSION}`' "
        "and describe what changed"
    )


def test_the_schema_check_names_the_key_to_document():
    written = output_objects()
    written["quotes[]"] = written["quotes[]"] | {"brand_new"}
    written["novel[]"] = {"a"}
    documented = documented_objects()
    problems = schema_problems(written, documented)
    assert any("key `brand_new` of `quotes[]`" in p for p in problems), problems
    assert any(p.startswith("`novel[]` is written") for p in problems), problems
    del written["novel[]"]
    written["quotes[]"] = written["quotes[]"] - {"brand_new", "text"}
    problems = schema_problems(written, documented)
    assert any(p.startswith("key `text` is documented in the section") for p in problems)


# ------------------------------------------------------------ API page


def test_api_page_covers_every_public_name():
    text = (DOCS / "api.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^::: newsclaims\.(\w+)\s*$", text, re.MULTILINE))
    public = set(newsclaims.__all__) - {"__version__"}
    assert public - documented == set(), "add '::: newsclaims.NAME' to docs/api.md"
    assert documented - public == set(), "docs/api.md names what newsclaims does not export"


def test_docstrings_are_read_as_markdown_in_the_api_reference():
    if importlib.util.find_spec("griffe") is None:
        _without_docs_extra("griffe is not installed")
    spec = importlib.util.spec_from_file_location("newsclaims_docs_griffe", DOCS / "_griffe.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    doc = (
        "Sum, see :func:`~newsclaims.parse_article`.\n\n>>> [1, 0]\n[1, 0]\n\n"
        "Then::\n\n    x = 1\n\nEnd."
    )
    assert module.to_markdown(doc) == (
        "Sum, see `newsclaims.parse_article`.\n\n```pycon\n>>> [1, 0]\n[1, 0]\n```\n\n"
        "Then:\n\n```python\nx = 1\n```\n\nEnd."
    )


# ------------------------------------------------------------------ nav


def test_every_page_is_in_the_nav():
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = set(re.findall(r":\s*([\w/-]+\.md)\s*$", config, re.MULTILINE))
    pages = {p.name for p in DOCS.glob("*.md")}
    assert pages - nav == set(), "add these pages to the nav in mkdocs.yml"
    assert nav - pages == set(), "these pages are in mkdocs.yml but not in docs/"


# ------------------------------------------------- shown output is real output


def test_getting_started_shows_what_the_command_prints(capsys):
    """The JSON shown after ``newsclaims seeds/...`` is the head of its real output."""
    from newsclaims._cli import main

    page = (DOCS / "getting-started.md").read_text(encoding="utf-8")
    blocks = [code for _, lang, code in hooks.code_blocks(page) if lang == "json"]
    shown = blocks[0].rstrip("\n").splitlines()
    assert shown[-1] == "...", "the block ends with '...' where the output goes on"
    assert main([str(SEED)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert shown[:-1] == printed[: len(shown) - 1]
    assert len(printed) > len(shown)
