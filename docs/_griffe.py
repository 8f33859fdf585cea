"""A griffe extension: docstrings written for doctest and reST read as Markdown.

The package's docstrings hold doctests (run by ``pytest --doctest-modules``)
and a few reST habits (``::`` literal blocks, ``:func:`x``` roles).  The API
reference renders docstrings as Markdown, where a bare doctest would run into
the paragraph before it and ``[1, 0]`` would read as a link.  This fences
doctest and literal blocks as code and turns roles into inline code; the
docstrings themselves stay as they are.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:func|meth|class|data|attr|exc|mod|obj):`~?([^`]+)`")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def to_markdown(doc: str) -> str:
    """``doc`` with doctest and ``::`` blocks fenced, reST roles as code."""
    lines = _ROLE.sub(r"`\1`", doc).splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith(">>>") and (not out or not out[-1].strip()):
            pad = " " * _indent(line)
            out.append(f"{pad}```pycon")
            while i < len(lines) and lines[i].strip():
                out.append(lines[i])
                i += 1
            out.append(f"{pad}```")
            continue
        if stripped.endswith("::") and not stripped.startswith(".."):
            # "text::" then an indented block: a reST literal block.
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines) and _indent(lines[j]) > _indent(line):
                out.append(line[:-1])
                pad = " " * _indent(line)
                block_indent = _indent(lines[j])
                out.extend(["", f"{pad}```python"])
                k = j
                while k < len(lines) and (
                    not lines[k].strip() or _indent(lines[k]) >= block_indent
                ):
                    out.append(pad + lines[k][block_indent:])
                    k += 1
                while out and not out[-1].strip():
                    out.pop()
                out.extend([f"{pad}```", ""])
                i = k
                continue
        out.append(line)
        i += 1
    return "\n".join(out)


class MarkdownDocstrings(griffe.Extension):
    """Rewrite each docstring with :func:`to_markdown` as it is loaded."""

    def on_instance(self, *, obj: griffe.Object, **_: Any) -> None:  # noqa: ANN401
        """Called by griffe for every object it loads."""
        if obj.docstring is not None:
            obj.docstring.value = to_markdown(obj.docstring.value)
