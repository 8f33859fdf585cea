"""Hostile input at small sizes: no exception, every invariant holds.

The same builders run at a megabyte in ``benchmarks/adversarial.py``, where
time is measured; nothing here is timed.  Also the error contract of
``docs/errors.md``: what ``parse_article`` raises, and when.
"""

from __future__ import annotations

import importlib.util
import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import newsclaims
from invariants import assert_invariants, lost_marks

_BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "adversarial.py"


def _load_cases() -> dict[str, tuple[object, int, str]]:
    spec = importlib.util.spec_from_file_location("adversarial_cases", _BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CASES


CASES = _load_cases()


def _small(name: str) -> str:
    build, large, _unit = CASES[name]
    # A thousandth of the benchmark size: a few hundred marks, words or
    # levels, enough to exercise every path without a timed run.
    return build(max(large // 1000, 50))


@pytest.mark.parametrize("name", sorted(CASES))
def test_adversarial_case(name):
    text = _small(name)
    art = newsclaims.parse_article(text)
    assert art.text is text
    assert_invariants(art)
    assert lost_marks(art) == []


def test_alternating_marks_enclose_nothing():
    # "“"“… : no mark encloses a character, so none makes a quote; every one
    # is listed as unpaired rather than silently dropped.
    text = '"“' * 200
    art = newsclaims.parse_article(text)
    assert art.quotes == ()
    assert art.unpaired_marks == tuple(range(len(text)))


def test_nested_quotations_keep_every_mark():
    text = CASES["nested_quotations"][0](200)
    art = newsclaims.parse_article(text)
    assert art.quotes
    assert lost_marks(art) == []


def test_quotation_nested_in_another_family_stays_inside():
    text = "“Ana said, ‘Kwame said, yes,’ she said,” he said."
    art = newsclaims.parse_article(text)
    assert [(q.marks[0], q.marks[-1]) for q in art.quotes] == [(0, text.index("”"))]
    assert art.unpaired_marks == ()


def test_open_quote_over_paragraphs_is_accounted_for():
    text = "“Word said.\r\n" * 300
    art = newsclaims.parse_article(text)
    assert lost_marks(art) == []
    assert len(art.paragraphs) == 300


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00",
        "\udcff",
        "\ud800\udc00",
        "“\udcff”",
        "“a\x00b,” she said.",
        "\u202e“\u200fA,\u200e” \u2066he\u2069 said.",
        "“e\u0301\u0301\u0301,” said Zoe\u0308.",
        "“\U0001f469\u200d\U0001f52c done,” she said.",
        "“One,”\r\nshe said.\r“Two.”\r\n",
        "\ufeff“BOM first,” he said.",
        "“" + "a" * 100_000 + "”",
        "said " * 2_000,
        "“x,” " + "said " * 2_000,
        "Mr. " * 2_000,
        "U.S. " * 2_000,
        "1,000," * 2_000,
        "$" * 5_000 + "1",
        "%" * 5_000,
    ],
    ids=lambda t: repr(t[:20]),
)
def test_hostile_strings(text):
    art = newsclaims.parse_article(text)
    assert_invariants(art)
    assert lost_marks(art) == []


def test_line_ends_do_not_change_quotes():
    # The same article with \n, \r\n and \r line ends: same quotes, offsets
    # moved by the longer line ends only.
    lines = ["“We will rebuild,” Mayor Ana Ruiz said.", "“It will take years,” she added."]
    shapes = []
    for sep in ("\n", "\r\n", "\r", "\u2028"):
        text = sep.join(lines)
        art = newsclaims.parse_article(text)
        assert len(art.paragraphs) == 2
        shapes.append([(q.text, q.kind) for q in art.quotes])
    assert all(s == shapes[0] for s in shapes)
    assert len(shapes[0]) == 2


def test_invisible_characters_keep_offsets():
    text = "\u200b“We\u200d will\u00ad rebuild,”\u200f Mayor Ana Ruiz said.\u200e"
    art = newsclaims.parse_article(text)
    assert_invariants(art)
    assert [q.text for q in art.quotes] == ["We\u200d will\u00ad rebuild,"]


# -- the error contract (docs/errors.md) ---------------------------------------


@pytest.mark.parametrize(
    "bad", [b"bytes", bytearray(b"x"), memoryview(b"x"), 3, 2.5, None, ["a"], object()]
)
def test_non_str_raises_type_error_naming_the_type(bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        newsclaims.parse_article(bad)


@pytest.mark.parametrize("bad", [b"bytes", bytearray(b"x"), memoryview(b"x")])
def test_bytes_error_says_to_decode(bad):
    with pytest.raises(TypeError, match="decode"):
        newsclaims.parse_article(bad)


def test_str_subclass_is_a_str():
    class Text(str):
        __slots__ = ()

    art = newsclaims.parse_article(Text("“Yes,” she said."))
    assert [q.text for q in art.quotes] == ["Yes,"]


def test_max_length_unset_never_raises():
    text = "x" * 100_000
    assert newsclaims.parse_article(text).text is text


def test_max_length_allows_text_at_the_limit():
    text = "“Yes,” she said."
    art = newsclaims.parse_article(text, max_length=len(text))
    assert len(art.quotes) == 1


def test_max_length_exceeded_raises_documented_error():
    text = "“Yes,” she said."
    with pytest.raises(newsclaims.InputTooLongError) as info:
        newsclaims.parse_article(text, max_length=len(text) - 1)
    err = info.value
    assert isinstance(err, ValueError)
    assert (err.length, err.max_length) == (len(text), len(text) - 1)
    assert str(err) == f"text has {len(text)} characters, more than max_length={len(text) - 1}"
    again = pickle.loads(pickle.dumps(err))  # noqa: S301 -- our own bytes, just written
    assert (again.length, again.max_length, str(again)) == (err.length, err.max_length, str(err))


@pytest.mark.parametrize("bad", ["10", 1.5, True])
def test_max_length_of_wrong_type_raises_type_error(bad):
    with pytest.raises(TypeError, match="max_length"):
        newsclaims.parse_article("text", max_length=bad)


@pytest.mark.parametrize("bad", [-1, -100])
def test_negative_max_length_raises_value_error(bad):
    # A negative limit would refuse every text, the empty one included.
    for text in ("", "“Yes,” she said."):
        with pytest.raises(ValueError, match=f"max_length must be 0 or more, not {bad}") as info:
            newsclaims.parse_article(text, max_length=bad)
        assert not isinstance(info.value, newsclaims.InputTooLongError)


def test_max_length_zero_allows_only_the_empty_text():
    assert newsclaims.parse_article("", max_length=0).text == ""
    with pytest.raises(newsclaims.InputTooLongError):
        newsclaims.parse_article("x", max_length=0)


def test_type_error_comes_before_the_length_check():
    with pytest.raises(TypeError, match="bytes"):
        newsclaims.parse_article(b"x" * 10, max_length=1)


def test_json_of_lone_surrogates_is_valid_utf8():
    text = "“Hi \udcff there,” she said."
    out = newsclaims.to_json(newsclaims.parse_article(text), include_text=True)
    data = json.loads(out.encode("utf-8"))
    assert data["text"] == text
    assert data["quotes"][0]["text"] == "Hi \udcff there,"


def test_cli_batch_survives_hostile_lines(tmp_path):
    lines = [
        json.dumps({"id": 1, "text": "“Hi \udcff there,” she said."}).encode(),
        b"\xff\xfe not utf-8\n",
        b"not json\n",
        json.dumps({"id": 4, "text": '"' * 1000}).encode(),
        json.dumps({"id": 5, "text": 5}).encode(),
        json.dumps({"id": 6, "text": "\x00\r\n\r“”"}).encode(),
    ]
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    dst = tmp_path / "out.jsonl"
    proc = subprocess.run(  # noqa: S603 -- this interpreter, fixed arguments
        [sys.executable, "-m", "newsclaims", "--jsonl", str(src), "-o", str(dst)],
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    out = [json.loads(line) for line in dst.read_bytes().decode("utf-8").splitlines()]
    assert len(out) == len(lines)
    errors = ["error" in rec for rec in out]
    assert errors == [False, True, True, False, True, False]
    assert out[0]["quotes"][0]["text"] == "Hi \udcff there,"
    assert len(out[3]["unpaired_marks"]) == 1000


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"published": 5}, TypeError, "int"),
        ({"published": b"2024-01-01"}, TypeError, "bytes"),
        ({"published": "not a date"}, ValueError, "not a date"),
        ({"headline": 5}, TypeError, "int"),
        ({"headline": b"x"}, TypeError, "bytes"),
    ],
)
def test_wrong_arguments_raise_documented_errors(kwargs, error, match):
    with pytest.raises(error, match=match):
        newsclaims.parse_article("“Yes,” she said on Monday.", **kwargs)


@pytest.mark.parametrize("headline", ["", "\udcff", "“", "“Yes,” she said", "\x00" * 100])
def test_hostile_headline_never_raises(headline):
    text = "“Yes,” she said on Monday."
    art = newsclaims.parse_article(text, headline=headline)
    assert_invariants(art)
