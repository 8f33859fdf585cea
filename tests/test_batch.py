import itertools

import pytest
from hypothesis import given, settings

import newsclaims
from newsclaims._batch import map_ordered, resolve_workers
from strategies import hostile_text

TEXTS = [
    "“We will rebuild,” Mayor Ana Ruiz said on Monday.",
    "No quotation here at all.",
    "The minister said: “Prices will fall.” Nobody believed it.",
    "",
    "‘Short,’ he added. “Another,” said Tom Reed, “in two parts.”",
] * 7


def _counting(texts, pulled):
    for t in texts:
        pulled.append(t)
        yield t


@pytest.mark.parametrize("workers", [1, 2])
def test_results_in_input_order_and_equal_to_parse_article(workers):
    got = list(newsclaims.parse_articles(TEXTS, workers=workers, chunksize=3))
    assert got == [newsclaims.parse_article(t) for t in TEXTS]


def test_input_is_read_lazily_in_process():
    pulled = []
    results = newsclaims.parse_articles(_counting(TEXTS, pulled))
    assert pulled == []  # nothing read before the first result is asked for
    first = next(results)
    assert first.text == TEXTS[0]
    assert len(pulled) == 1


def test_processes_keep_a_bounded_number_of_articles_in_flight():
    pulled = []
    endless = _counting(itertools.cycle(TEXTS), pulled)
    results = newsclaims.parse_articles(endless, workers=2, chunksize=4)
    first_ten = list(itertools.islice(results, 10))
    results.close()  # stopping early must not hang or read on
    assert [a.text for a in first_ten] == list(itertools.islice(itertools.cycle(TEXTS), 10))
    # 2 workers x 2 chunks in flight x 4 articles, plus the chunks refilled
    # while the ten results were taken.
    assert len(pulled) <= 10 + 2 * 2 * 4


@pytest.mark.parametrize("workers", [1, 2])
def test_a_non_str_raises_type_error_after_the_results_before_it(workers):
    items = ["“One,” she said.", "Two.", b"bytes", "Four."]
    results = newsclaims.parse_articles(items, workers=workers, chunksize=10)
    assert next(results).text == items[0]
    assert next(results).text == items[1]
    with pytest.raises(TypeError, match="bytes"):
        next(results)


@pytest.mark.parametrize("workers", [1, 2])
def test_max_length_is_passed_on(workers):
    from newsclaims import InputTooLongError

    results = newsclaims.parse_articles(["short", "x" * 50], workers=workers, max_length=10)
    assert next(results).text == "short"
    with pytest.raises(InputTooLongError):
        next(results)


def test_empty_input_gives_nothing():
    assert list(newsclaims.parse_articles([], workers=2)) == []
    assert list(newsclaims.parse_articles(iter(()))) == []


def test_worker_count_is_checked_before_any_work():
    with pytest.raises(TypeError, match="str"):
        newsclaims.parse_articles(TEXTS, workers="2")
    with pytest.raises(TypeError):
        newsclaims.parse_articles(TEXTS, workers=True)
    with pytest.raises(ValueError, match="-1"):
        newsclaims.parse_articles(TEXTS, workers=-1)
    with pytest.raises(ValueError, match="chunksize"):
        newsclaims.parse_articles(TEXTS, chunksize=0)


def test_none_or_zero_workers_means_one_per_cpu():
    assert resolve_workers(None) >= 1
    assert resolve_workers(0) == resolve_workers(None)
    assert resolve_workers(3) == 3


def test_map_ordered_over_processes_keeps_order():
    items = list(range(103))
    assert list(map_ordered(abs, [-i for i in items], workers=2, chunksize=5)) == items


def test_a_worker_that_dies_raises_broken_process_pool():
    import os
    from concurrent.futures.process import BrokenProcessPool

    with pytest.raises(BrokenProcessPool):
        list(map_ordered(os._exit, [3, 3, 3], workers=2, chunksize=1))


@pytest.mark.parametrize("workers", [1, 2])
def test_records_pass_published_and_headline_on(workers):
    text = "“We will rebuild,” Mayor Ana Ruiz said on Monday."
    records = [
        {"id": 1, "text": text, "published": "2005-01-31", "headline": "Rebuild"},
        {"text": text},
        text,
    ]
    got = list(newsclaims.parse_articles(records, workers=workers, chunksize=1))
    assert got[0] == newsclaims.parse_article(text, published="2005-01-31", headline="Rebuild")
    assert got[0].headline_text == "Rebuild"
    assert got[1] == got[2] == newsclaims.parse_article(text)


@pytest.mark.parametrize(
    ("record", "error", "match"),
    [
        ({"id": 1}, TypeError, '"text"'),
        ({"text": b"bytes"}, TypeError, '"text"'),
        ({"text": "x", "headline": 3}, TypeError, "headline"),
        ({"text": "x", "published": "not a date"}, ValueError, "published"),
    ],
)
def test_bad_records_raise_with_what_is_wrong(record, error, match):
    results = newsclaims.parse_articles(["fine", record])
    assert next(results).text == "fine"
    with pytest.raises(error, match=match):
        next(results)


def test_tee_keeps_records_beside_their_articles():
    records = [{"id": i, "text": t} for i, t in enumerate(TEXTS)]
    mine, theirs = itertools.tee(records)
    pairs = list(zip(mine, newsclaims.parse_articles(theirs, workers=2, chunksize=2), strict=True))
    assert [(rec["id"], art.text) for rec, art in pairs] == list(enumerate(TEXTS))


# --- nothing lost at the edges --------------------------------------------------


@pytest.mark.parametrize("items", ["“Yes,” she said.", b"bytes", {"text": "A record."}])
def test_a_single_text_or_record_is_refused_not_parsed_per_character(items):
    with pytest.raises(TypeError, match="iterable of articles"):
        newsclaims.parse_articles(items)


def test_a_non_iterable_is_refused_at_once():
    with pytest.raises(TypeError, match="int"):
        newsclaims.parse_articles(42)


@pytest.mark.parametrize("chunksize", [2.5, "3", True, None])
def test_chunksize_must_be_an_int(chunksize):
    with pytest.raises(TypeError, match="chunksize"):
        newsclaims.parse_articles(TEXTS, workers=2, chunksize=chunksize)
    with pytest.raises(TypeError, match="chunksize"):
        map_ordered(str, TEXTS, chunksize=chunksize)


def _failing_after(texts, n):
    yield from texts[:n]
    msg = "the archive is truncated"
    raise OSError(msg)


@pytest.mark.parametrize("workers", [1, 2])
def test_an_input_that_fails_yields_the_results_before_the_failure(workers):
    texts = [f"“Result {i},” Ngozi Okafor said in Lagos." for i in range(7)]
    results = newsclaims.parse_articles(_failing_after(texts, 5), workers=workers, chunksize=2)
    got = []
    with pytest.raises(OSError, match="truncated"):
        got.extend(a.text for a in results)
    assert got == texts[:5]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The ministry in Nairobi said yesterday that the port reopened.", "0001-01-01"),
        ("The court in Lagos sits again tomorrow, its registrar said.", "9999-12-31"),
        ("The council in Recife meets next Monday and again next week.", "9999-12-31"),
    ],
)
def test_dates_that_fall_outside_the_calendar_get_no_value_and_never_raise(text, published):
    art = newsclaims.parse_article(text, published=published)
    assert art.dates
    assert all(d.value is None or d.value[:1].isdigit() for d in art.dates)
    (batch,) = newsclaims.parse_articles([{"text": text, "published": published}])
    assert batch == art


# --- the compact form sent back by workers ----------------------------------------


def test_articles_from_workers_hold_the_callers_own_text():
    texts = [t + " " for t in TEXTS]  # new string objects
    for text, art in zip(texts, newsclaims.parse_articles(texts, workers=2), strict=True):
        assert art.text is text
        assert art == newsclaims.parse_article(text)


def _filled(cls):
    """An instance of an attrs result type with every field set, none to its default."""
    import typing

    import attrs

    def value(tp, name):
        origin, args = typing.get_origin(tp), typing.get_args(tp)
        if origin is typing.Literal:
            return args[-1]
        if origin in (typing.Union, __import__("types").UnionType):
            return value(next(a for a in args if a is not type(None)), name)
        if origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                return (value(args[0], name), value(args[0], name))
            return tuple(value(a, name) for a in args)
        if attrs.has(tp):
            return _filled(tp)
        return {str: f"{name}-x", int: 3, float: 0.25, bool: True}[tp]

    hints = typing.get_type_hints(cls)
    return cls(**{f.name: value(hints[f.name], f.name) for f in attrs.fields(cls)})


def test_the_compact_form_carries_every_field_of_every_type():
    import attrs

    from newsclaims._batch import _pack, _unpack

    art = attrs.evolve(_filled(newsclaims.Article), text="Text of a story from Dhaka.")
    assert _unpack(_pack(art), art.text) == art
    # The text is not sent: the parent puts its own back.
    assert b"Dhaka" not in _pack(art)


@settings(max_examples=200)
@given(hostile_text())
def test_the_compact_form_rebuilds_any_parsed_article(text):
    from newsclaims._batch import _pack, _unpack

    art = newsclaims.parse_article(text)
    back = _unpack(_pack(art), text)
    assert back == art
    assert back.text is text
