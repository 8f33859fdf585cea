"""Batches: many articles, streamed, in input order, on one or more processes.

:func:`parse_articles` reads its input lazily and keeps only a bounded
number of articles in flight, so an archive of millions of articles streams
through in constant memory.  With ``workers > 1`` the articles are parsed in
worker processes (the parser is pure Python, so threads would not run in
parallel) and the results still come back in input order.
"""

from __future__ import annotations

import functools
import io
import itertools
import operator
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from newsclaims import _types
from newsclaims._api import parse_article
from newsclaims._types import Article

if TYPE_CHECKING:
    from concurrent.futures import Future

    # What a pickle reducer returns: a function, and its arguments.
    _Reduced = tuple[Callable[..., object], tuple[object, ...]]

__all__ = ["map_ordered", "parse_articles", "resolve_workers"]

_T = TypeVar("_T")
_R = TypeVar("_R")

# Articles per task sent to a worker: large enough that the cost of sending a
# task (pickling, a pipe round trip) is small beside parsing ~50 articles,
# small enough that the first results come back at once.
DEFAULT_CHUNKSIZE = 50

# Tasks in flight per worker: two keeps every worker busy while the caller
# consumes results, and bounds memory at about 2 * workers * chunksize inputs.
_INFLIGHT_PER_WORKER = 2


def _check_int(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{name} must be an int, not {type(value).__name__}"
        raise TypeError(msg)


def resolve_workers(workers: int | None) -> int:
    """The number of processes to use: ``None`` or 0 means one per CPU.

    >>> resolve_workers(3)
    3
    >>> resolve_workers(None) >= 1
    True
    """
    if workers is None or (workers == 0 and not isinstance(workers, bool)):
        return _cpu_count()
    if isinstance(workers, bool) or not isinstance(workers, int):
        msg = f"workers must be an int or None, not {type(workers).__name__}"
        raise TypeError(msg)
    if workers < 0:
        msg = f"workers must be >= 0, not {workers}"
        raise ValueError(msg)
    return workers


def _check_chunksize(chunksize: int) -> None:
    _check_int("chunksize", chunksize)
    if chunksize < 1:
        msg = f"chunksize must be >= 1, not {chunksize}"
        raise ValueError(msg)


def _cpu_count() -> int:
    # The CPUs this process may run on, which a container or taskset may
    # limit below the machine's count.
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def _apply_chunk(
    func: Callable[[_T], _R], chunk: list[_T]
) -> tuple[list[_R], BaseException | None]:
    """The results of ``func`` over ``chunk`` up to the first exception, and it.

    The exception is returned, not raised, so that the results before it
    still reach the caller, in order, before it is raised there.
    """
    out: list[_R] = []
    for item in chunk:
        try:
            out.append(func(item))
        except Exception as exc:  # noqa: BLE001 -- handed to the caller, raised there
            return out, exc
    return out, None


def map_ordered(
    func: Callable[[_T], _R],
    items: Iterable[_T],
    *,
    workers: int | None = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Iterator[_R]:
    """``map(func, items)`` on ``workers`` processes, lazily and in order.

    ``func`` must be a module-level function (it is pickled by reference).
    At most ``2 * workers`` chunks of ``chunksize`` items are in flight, so
    memory stays bounded however long ``items`` is.  With one worker nothing
    is sent anywhere: ``func`` runs in this process.  An exception raised by
    ``func``, or by ``items`` itself, is raised here at the position where it
    happened, after every result before it.

    >>> list(map_ordered(str.upper, ["a", "b"]))
    ['A', 'B']
    """
    n = resolve_workers(workers)
    _check_chunksize(chunksize)
    if n == 1:
        return map(func, items)
    return (result for _, result in _map_processes(func, iter(items), n, chunksize))


def _next_chunk(items: Iterator[_T], size: int) -> tuple[list[_T], BaseException | None]:
    """Up to ``size`` items, and the exception that cut them short, if any.

    Read one by one, so that the items read before a failure of the input
    itself are kept and parsed, as a plain ``map`` would.
    """
    chunk: list[_T] = []
    try:
        for item in itertools.islice(items, size):
            chunk.append(item)  # noqa: PERF402 -- one by one, to keep what came before a failure
    except Exception as exc:  # noqa: BLE001 -- raised after the results before it
        return chunk, exc
    return chunk, None


def _map_processes(
    func: Callable[[_T], _R], items: Iterator[_T], workers: int, chunksize: int
) -> Iterator[tuple[_T, _R]]:
    """``(item, func(item))`` over ``items``, computed on ``workers`` processes."""
    # Imported here: multiprocessing costs import time that a caller who
    # never asks for processes should not pay.
    from concurrent.futures import ProcessPoolExecutor

    pending: deque[tuple[list[_T], Future[tuple[list[_R], BaseException | None]]]] = deque()
    limit = workers * _INFLIGHT_PER_WORKER
    input_error: BaseException | None = None
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_start_worker)
    try:
        while True:
            while input_error is None and len(pending) < limit:
                chunk, input_error = _next_chunk(items, chunksize)
                if not chunk:
                    break
                pending.append((chunk, pool.submit(_apply_chunk, func, chunk)))
            if not pending:
                if input_error is not None:
                    raise input_error
                return
            chunk, future = pending.popleft()
            results, exc = future.result()
            # Fewer results than items when an item failed: ``exc`` follows.
            yield from zip(chunk, results, strict=False)
            if exc is not None:
                raise exc
    finally:
        # The caller may stop early (break, an exception): drop the work not
        # yet started instead of finishing it for nobody.
        pool.shutdown(wait=True, cancel_futures=True)


def _start_worker() -> None:
    """Set up a worker process.

    A forked worker starts with a copy of the parent's objects (the caller's
    whole heap), which its garbage collector would otherwise walk again and
    again, touching, and so copying, every page of it.  Frozen, they are left
    alone; what the worker itself allocates is collected as usual.
    """
    import gc

    gc.freeze()


# --- the trip back from a worker ---------------------------------------------
#
# A parsed article pickled as it is costs more to send than a fifth of the
# time it took to parse: every attrs object goes through its own
# ``__getstate__``/``__setstate__``.  A worker sends instead each object as
# its class and the tuple of its field values, read in one C call, and the
# article without its text, which the parent still holds; the parent builds
# the objects again through their own constructors.  The fields are read
# from the classes themselves, so a field added to a result type travels
# without a change here.  Built on first use: ``import newsclaims`` does not
# pay for pickle.


def _maker(cls: type, names: tuple[str, ...]) -> Callable[[tuple[object, ...]], object]:
    """A function that calls ``cls`` with the values of a tuple as ``names``.

    Written out per class, as attrs writes ``__init__``: a third of the time
    of ``cls(**dict(zip(names, values)))``, and the constructor, with
    whatever it checks, still runs.
    """
    args = ", ".join(f"{name}=v[{i}]" for i, name in enumerate(names))
    namespace: dict[str, Any] = {"cls": cls}
    exec(f"def make(v):\n    return cls({args})\n", namespace)  # noqa: S102 -- field names only
    make: Callable[[tuple[object, ...]], object] = namespace["make"]
    return make


class _Codec:
    """How results are packed in a worker and rebuilt in the parent."""

    # A plain class: an attrs class costs import time that only batches need.
    def __init__(self) -> None:
        import copyreg

        types = [cls for name in _types.__all__ if attrs.has(cls := getattr(_types, name))]
        fields = {cls: tuple(f.name for f in attrs.fields(cls)) for cls in types}
        # The article's text is its first field; the parent puts it back.
        assert fields[Article][0] == "text"
        self.makers = {cls: _maker(cls, fields[cls]) for cls in types}
        self.dispatch = dict(copyreg.dispatch_table)
        self.dispatch.update(
            {cls: _reducer(cls, fields[cls]) for cls in types if cls is not Article}
        )
        self.article_rest = operator.attrgetter(*fields[Article][1:])


def _reducer(cls: type, names: tuple[str, ...]) -> Callable[[object], _Reduced]:
    """The pickle reducer of ``cls``: rebuild it from its field values."""
    values = operator.attrgetter(*names)

    def reduce(obj: object) -> _Reduced:
        return (_rebuild, (cls, values(obj)))

    return reduce


@functools.cache
def _codec() -> _Codec:
    return _Codec()


def _rebuild(cls: type, values: tuple[object, ...]) -> object:
    """An object of ``cls`` from its field values, in the order of its fields."""
    return _codec().makers[cls](values)


def _pack(article: Article) -> bytes:
    """``article`` as compact bytes, without its text (see :func:`_unpack`)."""
    import pickle

    codec = _codec()
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = codec.dispatch
    pickler.dump(codec.article_rest(article))
    return buffer.getvalue()


def _unpack(data: bytes, text: str) -> Article:
    """The article that :func:`_pack` made ``data`` of, with ``text`` put back."""
    import pickle

    rest = pickle.loads(data)  # noqa: S301 -- bytes from this program's own workers
    article = _codec().makers[Article]((text, *rest))
    assert isinstance(article, Article)
    return article


def _text_of(item: str | Mapping[str, Any]) -> str:
    """The text an item of :func:`parse_articles` was parsed from."""
    if isinstance(item, Mapping):
        text = item["text"]
        assert isinstance(text, str)  # a worker parsed it
        return text
    return item


def _parse_item(max_length: int | None, item: str | Mapping[str, Any]) -> Article:
    """Parse one item of :func:`parse_articles`: a text or a record."""
    if not isinstance(item, Mapping):
        # A str, or the wrong type, which parse_article names in its error.
        return parse_article(item, max_length=max_length)
    text = item.get("text")
    if not isinstance(text, str):
        msg = f'a record needs a str "text", not {type(text).__name__}'
        raise TypeError(msg)
    headline = item.get("headline")
    if headline is not None and not isinstance(headline, str):
        msg = f'a record\'s "headline" must be a str or None, not {type(headline).__name__}'
        raise TypeError(msg)
    return parse_article(
        text, published=item.get("published"), headline=headline, max_length=max_length
    )


def _parse_packed(max_length: int | None, item: str | Mapping[str, Any]) -> bytes:
    """Parse one item in a worker; the article in its compact form."""
    return _pack(_parse_item(max_length, item))


def _check_items(items: object) -> None:
    # A str, bytes or a single record is iterable too, and would give one
    # "article" per character, byte or key: refuse them by name.
    if isinstance(items, (str, bytes, bytearray, Mapping)):
        what = "a record" if isinstance(items, Mapping) else f"a {type(items).__name__}"
        msg = (
            f"parse_articles() needs an iterable of articles, not {what}: "
            "wrap a single article in a list, or call parse_article()"
        )
        raise TypeError(msg)
    if not isinstance(items, Iterable):
        msg = f"parse_articles() needs an iterable of articles, not {type(items).__name__}"
        raise TypeError(msg)


def parse_articles(
    items: Iterable[str | Mapping[str, Any]],
    *,
    workers: int | None = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    max_length: int | None = None,
) -> Iterator[Article]:
    """Parse many articles, streaming, with results in input order.

    Args:
        items: the articles, read lazily (a generator over a file of
            millions of articles is fine): each a text, or a record (a
            mapping, such as a parsed JSON line) with a ``"text"`` and
            optionally a ``"published"`` date and a ``"headline"``, passed
            on to :func:`parse_article`; other keys are ignored.
        workers: processes to parse on; 1 (the default) parses in this
            process, ``None`` or 0 uses one process per CPU.
        chunksize: articles sent to a worker at a time.
        max_length: passed on to :func:`parse_article`: refuse texts longer
            than this many characters.

    Yields:
        One :class:`Article` per item, in the order of ``items``.

    Raises:
        TypeError: at once, when ``items`` is a ``str``, ``bytes`` or a
            single record rather than an iterable of articles, or
            ``workers`` or ``chunksize`` is not an int.  Later, when an item
            is neither a ``str`` nor a record with a ``str`` text (raised
            when that item's result is reached, after the results before it).
        ValueError: a record's ``"published"`` is not an ISO 8601 date, or
            ``max_length`` is set and a text is longer
            (:class:`InputTooLongError`); raised in the same way.

    An exception raised by ``items`` itself (a file that fails half way) is
    raised in the same way too: after the result of every item read before
    it, whatever the number of workers.

    Memory is bounded: at most ``2 * workers * chunksize`` items and results
    are held at once.  To keep each record beside its article, iterate over
    the records twice with :func:`itertools.tee`, which buffers only what is
    in flight::

        mine, theirs = itertools.tee(records)
        for rec, art in zip(mine, parse_articles(theirs, workers=2)):
            ...

    >>> [len(a.quotes) for a in parse_articles(['“Yes,” she said.', 'No quote.'])]
    [1, 0]
    >>> [a.headline_text for a in parse_articles([{"text": "Hi.", "headline": "Greeting"}])]
    ['Greeting']
    """
    _check_items(items)
    n = resolve_workers(workers)
    _check_chunksize(chunksize)
    if n == 1:
        # A partial of a module-level function, like the one sent to workers.
        return map(functools.partial(_parse_item, max_length), items)
    # A partial of a module-level function pickles by reference, so it can
    # be sent to worker processes.
    func = functools.partial(_parse_packed, max_length)
    pairs = _map_processes(func, iter(items), n, chunksize)
    return (_unpack(data, _text_of(item)) for item, data in pairs)
