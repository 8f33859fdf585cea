"""The ``newsclaims`` command: articles in, JSON (or Parquet) out.

Exit status: 0 when every input was read and parsed; 1 when some inputs
could not be used (each gives an ``"error"`` record, and their count is
printed on standard error); 2 for a usage error, an input that cannot be read
at all or an output that cannot be written; 130 when interrupted.

Output is written in whole records: a JSON line, an article's JSON or a page
is written in full or, when the write fails, not at all (a regular file is
cut back to the end of the last whole record).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import math
import os
import stat
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any, TypeVar

from newsclaims._api import parse_article
from newsclaims._errors import InputTooLongError
from newsclaims._json import article_to_dict
from newsclaims._types import Article

if TYPE_CHECKING:
    from newsclaims._rows import ParquetWriter, Row

__all__ = ["main"]

_R = TypeVar("_R")


class _InputError(Exception):
    """An input that cannot be read at all (missing file, bad bytes)."""


class _UsageError(Exception):
    """Options that do not go together, or an output that cannot be made."""


class _OutputError(Exception):
    """An output that cannot be written (a full disk, an I/O error)."""


# The rule for blank lines of --jsonl input, said the same way in --help,
# docs/cli.md and docs/errors.md.
BLANK_LINES = (
    "blank input lines are skipped; every other input line gives one output line, in input order"
)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsclaims",
        description="Find who said what, and with which numbers, in news articles.",
        epilog="With no FILE and no --jsonl, the article is read from standard input. "
        "Exit status: 0 all parsed, 1 some inputs could not be used (each has an error "
        "record), 2 usage, input or output error.",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="article text files ('-' for stdin)")
    p.add_argument(
        "--jsonl",
        metavar="IN",
        help="JSON Lines input ('-' for stdin): one {\"id\", \"text\"} object per line, "
        'optionally with "published" (an ISO date) and "headline"; '
        f"writes {BLANK_LINES}; not together with FILE",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write here instead of standard output (a directory for --format parquet)",
    )
    p.add_argument(
        "--format",
        choices=("json", "parquet"),
        default="json",
        help="json (the default): one JSON object per article; parquet: one Parquet file "
        "per table (articles, quotes, claims, figures, dates, speakers) in the directory OUT; "
        "needs pyarrow (pip install 'newsclaims[arrow]')",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="with --jsonl: parse on N processes (0: one per CPU; default 1)",
    )
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="with --jsonl: show a progress bar on standard error "
        "(default: when standard error is a terminal and the output is not)",
    )
    p.add_argument(
        "--max-length",
        type=int,
        default=None,
        metavar="N",
        help="give an error record for a text longer than N characters instead of "
        "parsing it",
    )
    p.add_argument("--indent", type=int, default=None, help="indent JSON by this many spaces")
    p.add_argument(
        "--include-text", action="store_true", help="include the article text in the output"
    )
    p.add_argument(
        "--encoding", default="utf-8", help="encoding of the input files (default: utf-8)"
    )
    p.add_argument(
        "--html",
        action="store_true",
        help="write the HTML highlight view of one article (a FILE or standard input) "
        "instead of JSON: quotes coloured by speaker, claims underlined, figures with "
        "a tooltip",
    )
    p.add_argument("--version", action="store_true", help="print the version and exit")
    return p


# --- input --------------------------------------------------------------------


def _hint_if_terminal(what: str) -> None:
    """Say on standard error that standard input is awaited, when it is a terminal."""
    with contextlib.suppress(AttributeError, ValueError, OSError):
        if sys.stdin.isatty():
            end = "Ctrl-Z then Enter" if os.name == "nt" else "Ctrl-D"
            print(
                f"newsclaims: reading {what} from standard input; end it with {end} "
                "(newsclaims --help for the options)",
                file=sys.stderr,
            )


def _read_text(path: str, encoding: str) -> str:
    try:
        if path == "-":
            _hint_if_terminal("an article")
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


def _open_input(path: str) -> IO[bytes]:
    if path == "-":
        _hint_if_terminal("JSON Lines")
    try:
        return sys.stdin.buffer if path == "-" else open(path, "rb")
    except OSError as exc:
        msg = f"cannot read {path}: {exc.strerror or exc}"
        raise _InputError(msg) from None


def _input_size(fh: IO[bytes]) -> int | None:
    """The size in bytes of a regular file, for the progress bar; else None."""
    try:
        st = os.fstat(fh.fileno())
    except (OSError, ValueError, AttributeError):
        return None
    return st.st_size if stat.S_ISREG(st.st_mode) else None


# One input line: (line number, the line or None when it cannot be decoded,
# its size in bytes).
_Line = tuple[int, "str | None", int]


def _lines(fh: IO[bytes], encoding: str, name: str) -> Iterator[_Line]:
    n = 0
    try:
        for n, raw in enumerate(fh, 1):
            try:
                line = raw.decode(encoding)
            except UnicodeDecodeError:
                yield n, None, len(raw)
                continue
            if n == 1:
                # A byte-order mark (as some Windows tools write) is no part
                # of the first record.
                line = line.removeprefix("\ufeff")
            yield n, line, len(raw)
    except OSError as exc:
        msg = f"cannot read {name} after line {n:,}: {exc.strerror or exc}"
        raise _InputError(msg) from None


def _json_number(token: str) -> float | str:
    """A JSON number as a float, or as the token itself when no float holds it.

    Strict JSON has no NaN or Infinity, and a number such as 1e400 overflows
    a double to infinity: an id written so is echoed as a string of the token
    as written ("1e400"), so that every output stays strict JSON.
    """
    value = float(token)
    return value if math.isfinite(value) else token


def _loads(line: str) -> object:
    """One JSON value, numbers kept finite (see :func:`_json_number`)."""
    return json.loads(line, parse_float=_json_number, parse_constant=str)


def _jsonl_input(
    n: int, line: str | None
) -> tuple[object, dict[str, Any]] | dict[str, object] | None:
    """``(id, record)`` of one input line, its error object, or None when blank."""
    if line is None:
        return {"id": None, "line": n, "error": "line is not valid text in the input encoding"}
    if not line.strip():
        return None
    try:
        obj = _loads(line)
    except ValueError as exc:
        return {"id": None, "line": n, "error": f"not JSON: {exc}"}
    except RecursionError:
        return {"id": None, "line": n, "error": "not JSON that can be read: nested too deeply"}
    if not isinstance(obj, dict):
        return {"id": None, "line": n, "error": f"not a JSON object but {type(obj).__name__}"}
    ident = obj.get("id")
    text = obj.get("text")
    if not isinstance(text, str):
        what = 'no "text"' if text is None else f'"text" is {type(text).__name__}, not a string'
        return {"id": ident, "line": n, "error": what}
    return ident, obj


# --- work done per line (in worker processes when --workers > 1) -------------

# The result of one line: (0 for an article, 1 for an error line, -1 for a
# blank line; the output; the input's size in bytes).


def _json_bytes(obj: dict[str, object], indent: int | None = None) -> bytes:
    """``obj`` as strict JSON in UTF-8 bytes, with a newline, whatever the text holds."""
    s = json.dumps(obj, ensure_ascii=False, indent=indent, allow_nan=False)
    try:
        return s.encode("utf-8") + b"\n"
    except UnicodeEncodeError:
        # A lone surrogate (from a "\udcff" escape in the input) cannot be
        # written as UTF-8; as a JSON escape it is valid and loses nothing.
        return json.dumps(obj, ensure_ascii=True, indent=indent, allow_nan=False).encode() + b"\n"


# An id nested almost as deeply as the JSON reader allows reads, but one
# level more, in the output object, is too deep to write.
_TOO_DEEP = "the id is nested too deeply to be written"


def _error_line(ident: object, n: int, error: str) -> bytes:
    """The error line of input line ``n``."""
    try:
        return _json_bytes({"id": ident, "line": n, "error": error})
    except RecursionError:
        return _json_bytes({"id": None, "line": n, "error": f"{error}; {_TOO_DEEP}"})


def _parse(record: dict[str, Any], max_length: int | None) -> Article | str:
    """The article of a record, or what kept it from being parsed."""
    from newsclaims._batch import _parse_item

    try:
        return _parse_item(max_length, record)
    except (InputTooLongError, TypeError, ValueError) as exc:
        # Too long, or a "published" or "headline" of the wrong form.
        return str(exc)
    except Exception as exc:  # noqa: BLE001 -- a bug must not stop a batch
        return f"internal error: {type(exc).__name__}: {exc}"


def _line_to_json(
    include_text: bool, max_length: int | None, item: _Line
) -> tuple[int, bytes, int]:
    n, line, size = item
    got = _jsonl_input(n, line)
    if got is None:
        return -1, b"", size
    if isinstance(got, dict):
        return 1, _error_line(got["id"], n, str(got["error"])), size
    ident, record = got
    art = _parse(record, max_length)
    if isinstance(art, str):
        return 1, _error_line(ident, n, art), size
    out: dict[str, object] = {"id": ident}
    out.update(article_to_dict(art, include_text=include_text))
    try:
        return 0, _json_bytes(out), size
    except RecursionError:
        return 1, _error_line(None, n, _TOO_DEEP), size


def _line_to_rows(max_length: int | None, item: _Line) -> tuple[int, dict[str, list[Row]], int]:
    from newsclaims._rows import error_row, to_rows

    n, line, size = item
    got = _jsonl_input(n, line)
    if got is None:
        return -1, {}, size
    if isinstance(got, dict):
        return 1, {"articles": [error_row(got["id"], n, str(got["error"]))]}, size
    ident, record = got
    art = _parse(record, max_length)
    try:
        if isinstance(art, str):
            return 1, {"articles": [error_row(ident, n, art)]}, size
        return 0, to_rows(art, article_id=ident, line=n), size
    except RecursionError:
        return 1, {"articles": [error_row(None, n, _TOO_DEEP)]}, size


# --- progress -----------------------------------------------------------------


class _Progress:
    """A one-line progress bar on standard error, redrawn at most 10 times a second.

    Shows the articles done, their rate, and, for a regular file, the share
    of its bytes done, a bar and the time left.
    """

    def __init__(self, total_bytes: int | None, stream: IO[str]) -> None:
        self.total = total_bytes
        self.stream = stream
        self.articles = 0
        self.errors = 0
        self.done_bytes = 0
        self.t0 = time.monotonic()
        self._last = 0.0
        self._width = 0

    def update(self, articles: int, errors: int, size: int) -> None:
        self.articles += articles
        self.errors += errors
        self.done_bytes += size
        now = time.monotonic()
        if now - self._last >= 0.1:
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.t0, 1e-9)
        rate = self.articles / elapsed
        parts = []
        if self.total:
            frac = min(1.0, self.done_bytes / self.total)
            filled = int(frac * 20)
            parts.append(f"{frac:4.0%} |{'█' * filled}{' ' * (20 - filled)}|")
        parts.append(f"{self.articles:,} articles")
        if self.errors:
            parts.append(f"{self.errors:,} errors")
        parts.append(f"{rate:,.0f}/s")
        parts.append(_clock(elapsed))
        if self.total and self.done_bytes:
            left = elapsed * (self.total - self.done_bytes) / self.done_bytes
            parts.append(f"eta {_clock(max(0.0, left))}")
        line = "newsclaims: " + "  ".join(parts)
        pad = " " * max(0, self._width - len(line))
        self._width = len(line)
        self.stream.write("\r" + line + pad)
        self.stream.flush()

    def close(self) -> None:
        self._draw(time.monotonic())
        self.stream.write("\n")
        self.stream.flush()


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"


# --- output -------------------------------------------------------------------

# Whole records are gathered up to this many bytes before they are written.
_FLUSH_BYTES = 1 << 16


class _Sink:
    """The output, written in whole records.

    Records are gathered and written together.  When a write fails (a full
    disk, an I/O error), a regular file is cut back to the end of the last
    record written whole, so that no partial record is left, and
    :class:`_OutputError` says what happened.
    """

    def __init__(self, path: str | None) -> None:
        self.pending: list[bytes] = []
        self.size = 0
        if path is None:
            self.name = "standard output"
            self.fh: IO[bytes] = sys.stdout.buffer
            self.own = False
            with contextlib.suppress(OSError, ValueError):
                sys.stdout.flush()
        else:
            self.name = path
            try:
                self.fh = open(path, "wb", buffering=0)  # noqa: SIM115 -- closed by close()
            except OSError as exc:
                msg = f"cannot write {path}: {exc.strerror or exc}"
                raise _UsageError(msg) from None
            self.own = True
        self.fd: int | None = None
        self.good: int | None = None  # offset after the last whole record
        with contextlib.suppress(OSError, ValueError, AttributeError):
            self.fd = self.fh.fileno()
            if stat.S_ISREG(os.fstat(self.fd).st_mode):
                self.good = os.lseek(self.fd, 0, os.SEEK_CUR)

    def write(self, record: bytes) -> None:
        """Add one whole record (a JSON line, an article, a page)."""
        self.pending.append(record)
        self.size += len(record)
        if self.size >= _FLUSH_BYTES:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        data = b"".join(self.pending)
        self.pending.clear()
        self.size = 0
        try:
            self._write_all(data)
        except BrokenPipeError:
            raise  # the reader went away: main() stops quietly
        except OSError as exc:
            self._cut_back()
            msg = (
                f"cannot write {self.name}: {exc.strerror or exc}; "
                "the records before were written whole"
            )
            raise _OutputError(msg) from None
        if self.good is not None and self.fd is not None:
            self.good = os.lseek(self.fd, 0, os.SEEK_CUR)

    def _write_all(self, data: bytes) -> None:
        if self.fd is None:
            self.fh.write(data)
            self.fh.flush()
            return
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view) :]

    def _cut_back(self) -> None:
        if self.good is not None and self.fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self.fd, self.good)
                os.lseek(self.fd, self.good, os.SEEK_SET)

    def close(self) -> None:
        try:
            self.flush()
        finally:
            if self.own:
                try:
                    self.fh.close()
                except OSError as exc:
                    msg = f"cannot write {self.name}: {exc.strerror or exc}"
                    raise _OutputError(msg) from None


# --- running ------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    if args.version:
        from newsclaims import __version__

        print(f"newsclaims {__version__}")
        return 0
    try:
        return _run(args)
    except (_InputError, _UsageError, _OutputError) as exc:
        print(f"newsclaims: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep Python
        # from complaining when it flushes standard output at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("newsclaims: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        from concurrent.futures import BrokenExecutor

        if isinstance(exc, BrokenExecutor):
            # A worker was killed (out of memory, a signal): say so plainly.
            print(f"newsclaims: a worker process died ({exc}); try fewer --workers",
                  file=sys.stderr)
            return 2
        raise


def _check_usage(args: argparse.Namespace) -> None:
    if args.workers < 0:
        msg = f"--workers must be 0 or more, not {args.workers}"
        raise _UsageError(msg)
    if args.jsonl and args.files:
        msg = (
            f"give FILEs or --jsonl, not both (got --jsonl {args.jsonl} and "
            f"{len(args.files)} FILE(s)); run once for each"
        )
        raise _UsageError(msg)
    if args.html and (args.jsonl or len(args.files) > 1 or args.format != "json"):
        msg = "--html shows one article: give one FILE (or standard input), without --jsonl"
        raise _UsageError(msg)


def _run(args: argparse.Namespace) -> int:
    _check_usage(args)
    if args.format == "parquet":
        return _run_parquet(args)
    out = _Sink(args.output)
    try:
        if args.html:
            return _run_html(args, out)
        if args.jsonl:
            return _run_jsonl(args, out)
        return _run_files(args, out)
    finally:
        out.close()


def _results(
    args: argparse.Namespace, func: Callable[[_Line], tuple[int, _R, int]]
) -> Iterator[tuple[int, _R, int]]:
    """The results of ``func`` over the ``--jsonl`` lines, in order, with progress."""
    from newsclaims._batch import map_ordered

    try:
        "".encode(args.encoding)
    except LookupError:
        msg = f"unknown encoding {args.encoding!r}"
        raise _InputError(msg) from None
    fh = _open_input(args.jsonl)
    name = "standard input" if args.jsonl == "-" else args.jsonl
    show = args.progress
    if show is None:
        # On a terminal, unless the results are printed on that terminal too,
        # where the bar would be redrawn over them.
        to_screen = args.format == "json" and not args.output and sys.stdout.isatty()
        show = sys.stderr.isatty() and not to_screen
    progress = _Progress(_input_size(fh), sys.stderr) if show else None
    try:
        for status, result, size in map_ordered(
            func, _lines(fh, args.encoding, name), workers=args.workers
        ):
            if progress is not None:
                progress.update(status == 0, status == 1, size)
            yield status, result, size
    finally:
        if progress is not None:
            progress.close()
        if fh is not sys.stdin.buffer:
            fh.close()


def _report(errors: int, what: str = "line") -> int:
    if errors:
        print(f"newsclaims: {errors:,} {what}(s) could not be parsed", file=sys.stderr)
        return 1
    return 0


def _run_jsonl(args: argparse.Namespace, out: _Sink) -> int:
    errors = 0
    func = functools.partial(_line_to_json, args.include_text, args.max_length)
    for status, line, _size in _results(args, func):
        if status < 0:
            continue
        errors += status
        out.write(line)
    return _report(errors)


def _file_article(path: str, args: argparse.Namespace) -> Article | str:
    """The article of one FILE, or why it was not parsed (``--max-length``)."""
    text = _read_text(path, args.encoding)
    if not text.strip():
        what = "standard input" if path == "-" else path
        state = "is empty" if not text else "holds only white space"
        print(f"newsclaims: warning: {what} {state}: no article in it", file=sys.stderr)
    try:
        return parse_article(text, max_length=args.max_length)
    except InputTooLongError as exc:
        return f"{path}: {exc}"


def _run_files(args: argparse.Namespace, out: _Sink) -> int:
    files = args.files or ["-"]
    errors = 0
    for path in files:
        art = _file_article(path, args)
        if isinstance(art, str):
            errors += 1
            if len(files) > 1:
                out.write(_json_bytes({"file": path, "error": art}))
            else:
                print(f"newsclaims: {art}", file=sys.stderr)
            continue
        rec = article_to_dict(art, include_text=args.include_text)
        if len(files) > 1:
            out.write(_json_bytes({"file": path, **rec}))
        else:
            indent = args.indent if args.indent is not None else 2
            out.write(_json_bytes(rec, indent=indent))
    return _report(errors, "file")


def _run_html(args: argparse.Namespace, out: _Sink) -> int:
    from pathlib import PurePath

    from newsclaims._html import render_html

    path = args.files[0] if args.files else "-"
    art = _file_article(path, args)
    if isinstance(art, str):
        print(f"newsclaims: {art}", file=sys.stderr)
        return 1
    # Without a headline, the file's name is a better page title than none.
    title = None if path == "-" or art.headline_text else PurePath(path).name
    out.write(render_html(art, title=title).encode("utf-8"))
    return 0


def _parquet_writer(args: argparse.Namespace) -> ParquetWriter:
    if not args.output:
        msg = "--format parquet needs -o DIR, the directory to write the tables to"
        raise _UsageError(msg)
    try:
        from newsclaims._rows import ParquetWriter
    except ImportError as exc:  # pragma: no cover -- _rows itself needs nothing
        raise _UsageError(str(exc)) from None
    try:
        return ParquetWriter(args.output)
    except ImportError as exc:
        raise _UsageError(str(exc)) from None
    except OSError as exc:
        msg = f"cannot write {args.output}: {exc.strerror or exc}"
        raise _UsageError(msg) from None


def _run_parquet(args: argparse.Namespace) -> int:
    writer = _parquet_writer(args)
    errors = 0
    try:
        with writer:
            if args.jsonl:
                func = functools.partial(_line_to_rows, args.max_length)
                for status, rows, _size in _results(args, func):
                    if status < 0:
                        continue
                    errors += status
                    writer.add_rows(rows)
            else:
                for path in args.files or ["-"]:
                    art = _file_article(path, args)
                    if isinstance(art, str):
                        errors += 1
                        writer.add_error(path, None, art)
                    else:
                        writer.add(art, article_id=path)
    except OSError as exc:
        # The tables are written to temporary files, renamed only when all
        # are complete: a failure leaves the directory as it was.
        msg = f"cannot write {args.output}: {exc.strerror or exc}; no table was changed"
        raise _OutputError(msg) from None
    return _report(errors, "line" if args.jsonl else "file")
