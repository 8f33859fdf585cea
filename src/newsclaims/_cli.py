"""The ``newsclaims`` command: articles in, JSON out.

Exit status: 0 when every input was read and parsed; 1 when some lines of a
``--jsonl`` input could not be used (each gives an ``"error"`` line); 2 for a
usage error or an input that cannot be read at all.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from typing import IO

from newsclaims._api import parse_article
from newsclaims._json import article_to_dict

__all__ = ["main"]


class _InputError(Exception):
    """An input that cannot be read at all (missing file, bad bytes)."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsclaims",
        description="Find who said what, and with which numbers, in news articles.",
        epilog="With no FILE and no --jsonl, the article is read from standard input.",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="article text files ('-' for stdin)")
    p.add_argument(
        "--jsonl",
        metavar="IN",
        help="JSON Lines input ('-' for stdin): one {\"id\", \"text\"} object per line; "
        "writes one output line per input line",
    )
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of standard output")
    p.add_argument("--indent", type=int, default=None, help="indent JSON by this many spaces")
    p.add_argument(
        "--include-text", action="store_true", help="include the article text in the output"
    )
    p.add_argument(
        "--encoding", default="utf-8", help="encoding of the input files (default: utf-8)"
    )
    p.add_argument("--version", action="store_true", help="print the version and exit")
    return p


def _read_text(path: str, encoding: str) -> str:
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as fh:
                data = fh.read()
    except OSError as exc:
        msg = f"cannot read {path}: {exc.strerror or exc}"
        raise _InputError(msg) from None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        msg = (
            f"{path} is not valid {encoding}: byte 0x{data[exc.start]:02x} at offset "
            f"{exc.start}; pass --encoding"
        )
        raise _InputError(msg) from None
    except LookupError:
        msg = f"unknown encoding {encoding!r}"
        raise _InputError(msg) from None


def _lines(path: str, encoding: str) -> Iterator[tuple[int, str | None, bytes]]:
    """(line number, decoded line or None when undecodable, raw bytes)."""
    try:
        fh: IO[bytes] = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        msg = f"cannot read {path}: {exc.strerror or exc}"
        raise _InputError(msg) from None
    try:
        for n, raw in enumerate(fh, 1):
            try:
                yield n, raw.decode(encoding), raw
            except UnicodeDecodeError:
                yield n, None, raw
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()


def _jsonl_record(n: int, line: str | None, include_text: bool) -> dict[str, object] | None:
    """The output object for one input line, or None for a blank line."""
    if line is None:
        return {"id": None, "line": n, "error": "line is not valid text in the input encoding"}
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return {"id": None, "line": n, "error": f"not JSON: {exc}"}
    if not isinstance(obj, dict):
        return {"id": None, "line": n, "error": "not a JSON object"}
    ident = obj.get("id")
    text = obj.get("text")
    if not isinstance(text, str):
        what = 'no "text"' if text is None else '"text" is not a string'
        return {"id": ident, "line": n, "error": what}
    out: dict[str, object] = {"id": ident}
    try:
        out.update(article_to_dict(parse_article(text), include_text=include_text))
    except Exception as exc:  # noqa: BLE001 -- a bug must not stop a batch
        return {"id": ident, "line": n, "error": f"internal error: {type(exc).__name__}: {exc}"}
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    if args.version:
        from newsclaims import __version__

        print(f"newsclaims {__version__}")
        return 0
    out: IO[str]
    try:
        out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    except OSError as exc:
        print(f"newsclaims: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
        return 2
    try:
        return _run(args, out)
    except _InputError as exc:
        print(f"newsclaims: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    finally:
        if out is not sys.stdout:
            out.close()


def _run(args: argparse.Namespace, out: IO[str]) -> int:
    def dump(obj: dict[str, object], indent: int | None) -> None:
        out.write(json.dumps(obj, ensure_ascii=False, indent=indent))
        out.write("\n")

    if args.jsonl:
        errors = 0
        for n, line, _raw in _lines(args.jsonl, args.encoding):
            rec = _jsonl_record(n, line, args.include_text)
            if rec is None:
                continue
            errors += "error" in rec
            dump(rec, None)
        if errors:
            print(f"newsclaims: {errors} line(s) could not be parsed", file=sys.stderr)
            return 1
        return 0
    files = args.files or ["-"]
    for path in files:
        art = parse_article(_read_text(path, args.encoding))
        rec = article_to_dict(art, include_text=args.include_text)
        if len(files) > 1:
            rec = {"file": path, **rec}
            dump(rec, None)
        else:
            dump(rec, args.indent if args.indent is not None else 2)
    return 0
