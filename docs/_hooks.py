"""MkDocs hooks: the examples of every page run while the site is built.

In each page, a fenced ``python`` or ``pycon`` block that holds ``>>>``
prompts is a doctest, and the blocks of one page share their names, like one
interpreter session.  Other ``python`` blocks are compiled, so a syntax error
fails the build, but not run (the Spark example needs a cluster).  A page
whose examples need optional packages says so in a comment at its top::

    <!-- requires: pandas, pyarrow -->

The build fails when an example fails; ``tests/test_docs.py`` runs the same
examples under pytest and skips a page whose requirements are not installed.

The hooks also add the HTML highlight view of the seed article to the site,
as ``examples/seed.html``.
"""

from __future__ import annotations

import doctest
import importlib.util
import io
import os
import re
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_0e4e2480f77082a7.txt"

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<lang>[\w+-]*)")
_REQUIRES = re.compile(r"<!--\s*requires:\s*(?P<names>[\w., \t-]+?)\s*-->")
_OPTIONS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def requirements(markdown: str) -> list[str]:
    """The modules a page's examples need, from its ``requires:`` comment."""
    found = _REQUIRES.search(markdown)
    if found is None:
        return []
    return [n.strip() for n in found.group("names").split(",") if n.strip()]


def missing_requirements(markdown: str) -> list[str]:
    """The required modules of a page that cannot be imported here."""
    return [n for n in requirements(markdown) if importlib.util.find_spec(n) is None]


def code_blocks(markdown: str) -> Iterator[tuple[int, str, str]]:
    """``(first line number, language, dedented code)`` of each fenced block."""
    lines = markdown.splitlines()
    i = 0
    while i < len(lines):
        opening = _FENCE.match(lines[i])
        if opening is None:
            i += 1
            continue
        indent, fence, lang = opening.group("indent", "fence", "lang")
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not lines[j].strip().startswith(fence):
            line = lines[j]
            body.append(line[len(indent) :] if line.startswith(indent) else line.lstrip())
            j += 1
        yield i + 2, lang.lower(), "\n".join(body) + "\n"
        i = j + 1


@contextmanager
def _in_root() -> Iterator[None]:
    # Examples name files relative to the project root, as a reader's
    # shell in a checkout would.
    before = Path.cwd()
    os.chdir(ROOT)
    try:
        yield
    finally:
        os.chdir(before)


def run_examples(markdown: str, name: str) -> list[str]:
    """Run the examples of one page; a report of each failure, or nothing."""
    failures: list[str] = []
    doctest_source: list[str] = []
    for lineno, lang, code in code_blocks(markdown):
        if lang not in ("python", "py", "pycon"):
            continue
        if ">>>" in code:
            # Padded with blank lines so doctest reports the page's own
            # line numbers.
            doctest_source.extend([""] * (lineno - 1 - len(doctest_source)))
            doctest_source.extend(code.splitlines())
            doctest_source.append("")
        else:
            try:
                compile(textwrap.dedent(code), f"{name}:{lineno}", "exec")
            except SyntaxError as exc:
                failures.append(f"{name}, line {lineno + (exc.lineno or 1) - 1}: {exc.msg}")
    if not doctest_source:
        return failures
    parser = doctest.DocTestParser()
    test = parser.get_doctest("\n".join(doctest_source), {}, name, name, 0)
    out = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=_OPTIONS)
    with _in_root():
        runner.run(test, out=out.write, clear_globs=True)
    if runner.failures:
        failures.append(out.getvalue())
    return failures


# --- MkDocs events -------------------------------------------------------------


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:  # noqa: ANN401 -- MkDocs types
    """Run the page's examples; a failure fails the build."""
    from mkdocs.exceptions import PluginError

    missing = missing_requirements(markdown)
    if missing:
        msg = f"{page.file.src_uri}: examples need {', '.join(missing)} (pip install -e '.[docs]')"
        raise PluginError(msg)
    failures = run_examples(markdown, f"docs/{page.file.src_uri}")
    if failures:
        raise PluginError("an example in the docs failed:\n" + "\n".join(failures))
    return markdown


def on_files(files: Any, config: Any, **_: Any) -> Any:  # noqa: ANN401 -- MkDocs types
    """Add the HTML view of the seed article, so the docs can link to it."""
    from mkdocs.structure.files import File

    import newsclaims

    page = newsclaims.render_html(
        newsclaims.parse_article(SEED.read_text(encoding="utf-8")),
        title="Seed article: who said what",
    )
    files.append(File.generated(config, "examples/seed.html", content=page))
    return files
