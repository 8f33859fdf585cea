"""Batches: many articles, streamed, in input order, on one or more processes.

:func:`parse_articles` reads its input lazily and keeps only a bounded
number of articles in flight, so an archive of millions of articles streams
through in constant memory.  With ``workers > 1`` the articles are parsed in
worker processes (the parser is pure Python, so threads would not run in
parallel) and the results still come back in input order.
"""

from __future__ import annotations

import functools
import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from newsclaims._api import parse_article
from newsclaims._types import Article

if TYPE_CHECKING:
    from concurrent.futures import Future

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


def resolve_workers(workers: int | None) -> int:
    """The number of processes to use: ``None`` or 0 means one per CPU.

    >>> resolve_workers(3)
    3
    >>> resolve_workers(None) >= 1
    True
    """
    if workers is None or workers == 0:
        return _cpu_count()
    if isinstance(workers, bool) or not isinstance(workers, int):
        msg = f"workers must be an int or None, not {type(workers).__name__}"
        raise TypeError(msg)
    if workers < 0:
        msg = f"workers must be >= 0, not {workers}"
        raise ValueError(msg)
    return workers


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
    ``func`` is raised here, at the position of the item that caused it.

    >>> list(map_ordered(str.upper, ["a", "b"]))
    ['A', 'B']
    """
    n = resolve_workers(workers)
    if chunksize < 1:
        msg = f"chunksize must be >= 1, not {chunksize}"
        raise ValueError(msg)
    if n == 1:
        return map(func, items)
    return _map_processes(func, iter(items), n, chunksize)


def _map_processes(
    func: Callable[[_T], _R], items: Iterator[_T], workers: int, chunksize: int
) -> Iterator[_R]:
    # Imported here: multiprocessing costs import time that a caller who
    # never asks for processes should not pay.
    from concurrent.futures import ProcessPoolExecutor

    pending: deque[Future[tuple[list[_R], BaseException | None]]] = deque()
    limit = workers * _INFLIGHT_PER_WORKER
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        while True:
            while len(pending) < limit:
                chunk = list(itertools.islice(items, chunksize))
                if not chunk:
                    break
                pending.append(pool.submit(_apply_chunk, func, chunk))
            if not pending:
                return
            results, exc = pending.popleft().result()
            yield from results
            if exc is not None:
                raise exc
    finally:
        # The caller may stop early (break, an exception): drop the work not
        # yet started instead of finishing it for nobody.
        pool.shutdown(wait=True, cancel_futures=True)


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
        TypeError: an item is neither a ``str`` nor a record with a ``str``
            text (raised when that item's result is reached, after the
            results before it).
        ValueError: a record's ``"published"`` is not an ISO 8601 date, or
            ``max_length`` is set and a text is longer
            (:class:`InputTooLongError`); raised in the same way.

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
    # A partial of a module-level function pickles by reference, so it can
    # be sent to worker processes.
    func = functools.partial(_parse_item, max_length)
    return map_ordered(func, items, workers=workers, chunksize=chunksize)
