r"""Rows for data frames: flat records, an Arrow schema, Parquet files.

An article becomes rows in six tables, one row per item, each row carrying
the article's id so the tables join back together:

- ``articles``: one row per article (counts, metadata, or the error that
  kept it from being parsed);
- ``quotes``, ``claims``, ``figures``, ``dates``: one row per item, with its
  offsets and, for quotes, claims and figures, the speaker;
- ``speakers``: one row per person, organisation or group who speaks, with
  their mentions and the indices of their quotes and claims.

The rows are plain dicts of str, int, float, bool, None and lists, so any
data-frame library takes them.  :func:`arrow_schema`, :func:`to_arrow` and
:class:`ParquetWriter` need pyarrow, the optional extra
``pip install newsclaims[arrow]``; it is imported only when they are called.

Text policy: a Python ``str`` may hold lone surrogates (``'\udcff'``, left
by ``bytes.decode(errors="surrogateescape")``), which neither UTF-8 nor Arrow
can encode.  Every text field of a row has each of them replaced by U+FFFD.
The replacement is one code point for one, so lengths are unchanged and the
offsets, which always point into the caller's original string, still line
up with the exported text.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import regex

from newsclaims._types import Article, Cue, Speaker

if TYPE_CHECKING:
    from types import TracebackType

    # typing.Self needs Python 3.11; only the type checker reads this.
    from typing_extensions import Self

__all__ = [
    "COLUMNS",
    "ROW_TABLES",
    "ParquetWriter",
    "arrow_schema",
    "error_row",
    "export_text",
    "to_arrow",
    "to_rows",
    "write_parquet",
]

Row = dict[str, object]

#: The tables, in the order they are written.
ROW_TABLES: Final = ("articles", "quotes", "claims", "figures", "dates", "speakers")

_SPEAKER_COLUMNS: Final = (
    ("speaker_name", "string"),
    ("speaker_title", "string"),
    ("speaker_text", "string"),
    ("speaker_start", "int64"),
    ("speaker_end", "int64"),
    ("speaker_kind", "string"),
)
_CUE_COLUMNS: Final = (
    ("cue_text", "string"),
    ("cue_start", "int64"),
    ("cue_end", "int64"),
    ("cue_lemma", "string"),
)

#: Each table's columns as (name, type), the types named as in Arrow.  Kept
#: free of pyarrow so the layout can be read without it; ``docs/schema.md``
#: describes each column.
COLUMNS: Final[Mapping[str, tuple[tuple[str, str], ...]]] = {
    "articles": (
        ("article_id", "string"),
        ("line", "int64"),
        ("error", "string"),
        ("length", "int64"),
        ("quotes", "int32"),
        ("claims", "int32"),
        ("figures", "int32"),
        ("dates", "int32"),
        ("speakers", "int32"),
        ("unpaired_marks", "list<int64>"),
        ("headline", "string"),
        ("byline", "string"),
        ("dateline", "string"),
        ("dateline_location", "string"),
        ("agency", "string"),
        ("credits", "list<string>"),
    ),
    "quotes": (
        ("article_id", "string"),
        ("quote", "int32"),
        ("text", "string"),
        ("start", "int64"),
        ("end", "int64"),
        ("spans", "list<list<int64>>"),
        ("kind", "string"),
        ("confidence", "double"),
        *_SPEAKER_COLUMNS,
        *_CUE_COLUMNS,
    ),
    "claims": (
        ("article_id", "string"),
        ("claim", "int32"),
        ("text", "string"),
        ("start", "int64"),
        ("end", "int64"),
        ("kind", "string"),
        ("force", "string"),
        ("confidence", "double"),
        *_SPEAKER_COLUMNS,
        *_CUE_COLUMNS,
        ("quotes", "list<int32>"),
    ),
    "figures": (
        ("article_id", "string"),
        ("figure", "int32"),
        ("text", "string"),
        ("start", "int64"),
        ("end", "int64"),
        ("value", "double"),
        ("low", "double"),
        ("high", "double"),
        ("kind", "string"),
        ("unit", "string"),
        ("unit_start", "int64"),
        ("unit_end", "int64"),
        ("qualifier", "string"),
        ("qualifier_start", "int64"),
        ("qualifier_end", "int64"),
        ("vague", "bool"),
        ("quote", "int32"),
        ("claim", "int32"),
        ("speaker_name", "string"),
        ("speaker_text", "string"),
        ("speaker_start", "int64"),
        ("speaker_end", "int64"),
    ),
    "dates": (
        ("article_id", "string"),
        ("date", "int32"),
        ("text", "string"),
        ("start", "int64"),
        ("end", "int64"),
        ("value", "string"),
        ("granularity", "string"),
        ("relative", "bool"),
    ),
    "speakers": (
        ("article_id", "string"),
        ("speaker", "int32"),
        ("name", "string"),
        ("title", "string"),
        ("kind", "string"),
        ("mentions", "list<string>"),
        ("mention_starts", "list<int64>"),
        ("quotes", "list<int32>"),
        ("claims", "list<int32>"),
    ),
}

# Any UTF-16 surrogate code point: in a Python str it always stands alone
# (a valid pair would have been decoded to one code point).
_SURROGATE: Final = regex.compile(r"[\ud800-\udfff]")


def export_text(s: str | None) -> str | None:
    r"""``s`` with every lone surrogate replaced by U+FFFD, length unchanged.

    >>> export_text("caf\udce9!")
    'caf\ufffd!'
    >>> export_text(None) is None
    True
    """
    if s is None or s.isascii():
        return s
    return _SURROGATE.sub("\ufffd", s)


def _export_id(article_id: object) -> str | None:
    """Ids are strings in every table; other JSON values are written as JSON."""
    if article_id is None or isinstance(article_id, str):
        return export_text(article_id)
    if isinstance(article_id, int) and not isinstance(article_id, bool):
        return str(article_id)
    return export_text(json.dumps(article_id, ensure_ascii=False, default=str))


def _speaker(sp: Speaker | None) -> Row:
    if sp is None:
        return dict.fromkeys(name for name, _ in _SPEAKER_COLUMNS)
    return {
        "speaker_name": export_text(sp.name),
        "speaker_title": export_text(sp.title),
        "speaker_text": export_text(sp.text),
        "speaker_start": sp.start,
        "speaker_end": sp.end,
        "speaker_kind": sp.kind,
    }


def _cue(cue: Cue | None) -> Row:
    if cue is None:
        return dict.fromkeys(name for name, _ in _CUE_COLUMNS)
    return {
        "cue_text": export_text(cue.text),
        "cue_start": cue.start,
        "cue_end": cue.end,
        "cue_lemma": export_text(cue.lemma),
    }


def _float(x: float | None) -> float | None:
    if x is None:
        return None
    try:
        return float(x)
    except OverflowError:
        # An int too large for a double (10**400): its sign and size are
        # all a double can keep.
        return float("inf") if x > 0 else float("-inf")


def error_row(article_id: object, line: int | None, error: str) -> Row:
    """The ``articles`` row of an input that could not be parsed.

    Args:
        article_id: the input's id, if it had one.
        line: the input's line number, if it came from a line.
        error: what was wrong with it.
    """
    row: Row = dict.fromkeys(name for name, _ in COLUMNS["articles"])
    row.update({"article_id": _export_id(article_id), "line": line, "error": export_text(error)})
    return row


def to_rows(
    article: Article, *, article_id: object = None, line: int | None = None
) -> dict[str, list[Row]]:
    """The rows of ``article`` in each table of :data:`ROW_TABLES`.

    Args:
        article: a parsed article.
        article_id: its identifier, repeated in every row.  Written as a
            string: an int becomes its digits, other values their JSON.
        line: the line number it was read from, if any.

    Returns:
        A dict from table name to rows; ``"articles"`` holds one row.

    >>> import newsclaims
    >>> rows = to_rows(newsclaims.parse_article('“Yes,” Ann Lee said.'), article_id=7)
    >>> q = rows["quotes"][0]
    >>> q["article_id"], q["text"], q["speaker_name"], q["cue_lemma"]
    ('7', 'Yes,', 'Ann Lee', 'say')
    """
    aid = _export_id(article_id)
    dl = article.dateline
    articles: Row = {
        "article_id": aid,
        "line": line,
        "error": None,
        "length": len(article.text),
        "quotes": len(article.quotes),
        "claims": len(article.claims),
        "figures": len(article.figures),
        "dates": len(article.dates),
        "speakers": len(article.speakers),
        "unpaired_marks": list(article.unpaired_marks),
        "headline": export_text(_headline(article)),
        "byline": None if article.byline is None else export_text(article.byline.text),
        "dateline": None if dl is None else export_text(dl.text),
        "dateline_location": None
        if dl is None or dl.location is None
        else export_text(dl.location.text),
        "agency": None if article.agency is None else export_text(article.agency.text),
        "credits": [export_text(c.text) for c in article.credits],
    }
    quotes: list[Row] = []
    for i, q in enumerate(article.quotes):
        row: Row = {
            "article_id": aid,
            "quote": i,
            "text": export_text(q.text),
            "start": q.start,
            "end": q.end,
            "spans": [[s, e] for s, e in q.spans],
            "kind": q.kind,
            "confidence": float(q.confidence),
        }
        row.update(_speaker(q.speaker))
        row.update(_cue(q.cue))
        quotes.append(row)
    claims: list[Row] = []
    for i, c in enumerate(article.claims):
        row = {
            "article_id": aid,
            "claim": i,
            "text": export_text(c.text),
            "start": c.start,
            "end": c.end,
            "kind": c.kind,
            "force": c.force,
            "confidence": float(c.confidence),
        }
        row.update(_speaker(c.speaker))
        row.update(_cue(c.cue))
        row["quotes"] = list(c.quotes)
        claims.append(row)
    figures = [_figure_row(article, aid, i) for i in range(len(article.figures))]
    dates: list[Row] = [
        {
            "article_id": aid,
            "date": i,
            "text": export_text(d.text),
            "start": d.start,
            "end": d.end,
            "value": export_text(d.value),
            "granularity": export_text(d.granularity),
            "relative": d.relative,
        }
        for i, d in enumerate(article.dates)
    ]
    speakers: list[Row] = [
        {
            "article_id": aid,
            "speaker": i,
            "name": export_text(sp.name),
            "title": export_text(sp.title),
            "kind": sp.kind,
            "mentions": [export_text(m.text) for m in sp.mentions],
            "mention_starts": [m.start for m in sp.mentions],
            "quotes": list(sp.quotes),
            "claims": list(sp.claims),
        }
        for i, sp in enumerate(article.speakers)
    ]
    return {
        "articles": [articles],
        "quotes": quotes,
        "claims": claims,
        "figures": figures,
        "dates": dates,
        "speakers": speakers,
    }


def _headline(article: Article) -> str | None:
    # The caller's headline= need not be part of the text; prefer the string.
    if article.headline_text is not None:
        return article.headline_text
    return None if article.headline is None else article.headline.text


def _figure_row(article: Article, aid: str | None, i: int) -> Row:
    f = article.figures[i]
    # Who states the figure: the speaker of the quote it lies in, else of
    # the claim.  An index out of range (a layer's bug) gives no speaker
    # rather than an exception: export never raises on a parsed article.
    speaker: Speaker | None = None
    if f.quote is not None and 0 <= f.quote < len(article.quotes):
        speaker = article.quotes[f.quote].speaker
    if speaker is None and f.claim is not None and 0 <= f.claim < len(article.claims):
        speaker = article.claims[f.claim].speaker
    unit_s, unit_e = f.unit_span if f.unit_span is not None else (None, None)
    qual_s, qual_e = f.qualifier_span if f.qualifier_span is not None else (None, None)
    return {
        "article_id": aid,
        "figure": i,
        "text": export_text(f.text),
        "start": f.start,
        "end": f.end,
        "value": _float(f.value),
        "low": _float(f.low),
        "high": _float(f.high),
        "kind": f.kind,
        "unit": export_text(f.unit),
        "unit_start": unit_s,
        "unit_end": unit_e,
        "qualifier": export_text(f.qualifier),
        "qualifier_start": qual_s,
        "qualifier_end": qual_e,
        "vague": f.vague,
        "quote": f.quote,
        "claim": f.claim,
        "speaker_name": None if speaker is None else export_text(speaker.name),
        "speaker_text": None if speaker is None else export_text(speaker.text),
        "speaker_start": None if speaker is None else speaker.start,
        "speaker_end": None if speaker is None else speaker.end,
    }


# --- Arrow and Parquet (pyarrow, imported on first use) ---------------------


def _pyarrow() -> Any:  # noqa: ANN401 -- pyarrow ships no type information
    try:
        import pyarrow as pa
    except ImportError:
        msg = (
            "Arrow and Parquet output need pyarrow: "
            "pip install 'newsclaims[arrow]' (or pip install pyarrow)"
        )
        raise ImportError(msg) from None
    return pa


def _arrow_type(pa: Any, name: str) -> Any:  # noqa: ANN401 -- pyarrow types are untyped
    if name.startswith("list<") and name.endswith(">"):
        return pa.list_(_arrow_type(pa, name[5:-1]))
    return {
        "string": pa.string(),
        "int64": pa.int64(),
        "int32": pa.int32(),
        "double": pa.float64(),
        "bool": pa.bool_(),
    }[name]


def arrow_schema(table: str) -> Any:  # noqa: ANN401 -- a pyarrow.Schema; pyarrow is untyped
    """The Arrow schema of one table of :data:`ROW_TABLES`.

    Args:
        table: one of :data:`ROW_TABLES`.

    Returns:
        A ``pyarrow.Schema``; every column is nullable.

    Raises:
        KeyError: ``table`` is not one of the tables.
        ImportError: pyarrow is not installed.
    """
    if table not in COLUMNS:
        msg = f"no table {table!r}; the tables are {', '.join(ROW_TABLES)}"
        raise KeyError(msg)
    pa = _pyarrow()
    schema = pa.schema([pa.field(name, _arrow_type(pa, t)) for name, t in COLUMNS[table]])
    return schema.with_metadata({"newsclaims.table": table})


def _pairs(
    articles: Iterable[Article | tuple[object, Article]],
) -> Iterable[tuple[object, Article]]:
    for i, item in enumerate(articles):
        if isinstance(item, Article):
            yield i, item
        else:
            yield item


def to_arrow(articles: Iterable[Article | tuple[object, Article]]) -> dict[str, Any]:
    """The rows of ``articles`` as one ``pyarrow.Table`` per table.

    Args:
        articles: ``(article_id, Article)`` pairs, or bare articles, which
            take their position in the input (0, 1, ...) as id.

    Returns:
        A dict from table name to ``pyarrow.Table`` (in memory: for a large
        archive, stream to files with :class:`ParquetWriter`).
    """
    pa = _pyarrow()
    rows: dict[str, list[Row]] = {t: [] for t in ROW_TABLES}
    for aid, art in _pairs(articles):
        for table, part in to_rows(art, article_id=aid).items():
            rows[table].extend(part)
    return {t: pa.Table.from_pylist(rows[t], schema=arrow_schema(t)) for t in ROW_TABLES}


class ParquetWriter:
    """Stream articles into one Parquet file per table, in bounded memory.

    Writes ``articles.parquet``, ``quotes.parquet``, ``claims.parquet``,
    ``figures.parquet``, ``dates.parquet`` and ``speakers.parquet`` in
    ``directory`` (created if needed).  Every file is written, with its
    schema, even when it gets no rows.  Use it as a context manager, or call
    :meth:`close`::

        with ParquetWriter("out") as w:
            for aid, text in records:
                w.add(parse_article(text), article_id=aid)

    The tables are written to temporary files beside their final names and
    renamed, replacing any files of those names, only when all of them are
    complete.  When writing fails (a full disk) or the ``with`` block ends
    in an exception, the temporary files are removed and the directory is
    left as it was: never a half-written Parquet file.

    Args:
        directory: where the files go.
        batch_rows: rows of one table held before they are written as a
            row group.
    """

    def __init__(self, directory: str | os.PathLike[str], *, batch_rows: int = 10_000) -> None:
        pa = _pyarrow()
        import pyarrow.parquet as pq

        self._pa = pa
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self._batch_rows = max(1, batch_rows)
        self._schemas = {t: arrow_schema(t) for t in ROW_TABLES}
        self._buffers: dict[str, list[Row]] = {t: [] for t in ROW_TABLES}
        self._temps: dict[str, Path] = {}
        self._writers: dict[str, Any] = {}
        self._closed = False
        try:
            for t in ROW_TABLES:
                self._temps[t] = self._temporary(t)
                self._writers[t] = pq.ParquetWriter(self._temps[t], self._schemas[t])
        except BaseException:
            self._discard()
            raise

    def _temporary(self, table: str) -> Path:
        # A name no other writer picks; created by pyarrow, so with the
        # usual permissions (mkstemp would make it private to its owner).
        import secrets

        return self.directory / f".{table}.{os.getpid()}.{secrets.token_hex(6)}.parquet.tmp"

    def path(self, table: str) -> Path:
        """The file that holds ``table`` once the writer is closed."""
        return self.directory / f"{table}.parquet"

    def add(self, article: Article, *, article_id: object = None, line: int | None = None) -> None:
        """Add the rows of one article (see :func:`to_rows`)."""
        for table, rows in to_rows(article, article_id=article_id, line=line).items():
            self._extend(table, rows)

    def add_error(self, article_id: object, line: int | None, error: str) -> None:
        """Add an ``articles`` row for an input that could not be parsed."""
        self._extend("articles", [error_row(article_id, line, error)])

    def add_rows(self, rows: Mapping[str, list[Row]]) -> None:
        """Add rows made elsewhere (by :func:`to_rows` in a worker process)."""
        for table, part in rows.items():
            self._extend(table, part)

    def _extend(self, table: str, rows: list[Row]) -> None:
        buf = self._buffers[table]
        buf.extend(rows)
        if len(buf) >= self._batch_rows:
            self._flush(table)

    def _flush(self, table: str) -> None:
        buf = self._buffers[table]
        if buf:
            batch = self._pa.RecordBatch.from_pylist(buf, schema=self._schemas[table])
            self._writers[table].write_batch(batch)
            buf.clear()

    def close(self) -> None:
        """Write what is buffered, close the files and put them in place.

        A second call does nothing.  When a file cannot be completed, none is
        put in place, the temporary files are removed, and the error is
        raised.
        """
        if self._closed:
            return
        try:
            for table in ROW_TABLES:
                self._flush(table)
                self._writers.pop(table).close()
        except BaseException:
            self._discard()
            raise
        self._closed = True
        for table in ROW_TABLES:
            self._temps[table].replace(self.path(table))
        self._temps.clear()

    def _discard(self) -> None:
        """Close and remove the temporary files; the final ones are untouched."""
        self._closed = True
        for writer in self._writers.values():
            with contextlib.suppress(Exception):
                writer.close()
        self._writers.clear()
        for temp in self._temps.values():
            with contextlib.suppress(OSError):
                temp.unlink()
        self._temps.clear()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self._discard()

    def __del__(self) -> None:
        # Never closed (an exception outside a with block): leave no
        # temporary file behind.
        if not getattr(self, "_closed", True):
            self._discard()


def write_parquet(
    articles: Iterable[Article | tuple[object, Article]], directory: str | os.PathLike[str]
) -> dict[str, Path]:
    """Write the rows of ``articles`` to one Parquet file per table.

    Args:
        articles: ``(article_id, Article)`` pairs, or bare articles, which
            take their position in the input (0, 1, ...) as id.  Consumed
            lazily: memory stays bounded.
        directory: where the files go (see :class:`ParquetWriter`).

    Returns:
        A dict from table name to the file written.

    Raises:
        ImportError: pyarrow is not installed.
    """
    with ParquetWriter(directory) as w:
        for aid, art in _pairs(articles):
            w.add(art, article_id=aid)
    return {t: w.path(t) for t in ROW_TABLES}
