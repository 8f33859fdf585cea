import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsclaims
from newsclaims._cli import main

NEEDS_ARROW = "pyarrow is not installed (pip install -e '.[test,arrow]' to run this test)"

ARTICLE = "“We will rebuild,” Mayor Ana Ruiz said on Monday.\n\nShe added: “Soon.”\n"
SECOND = "Nothing quoted here."


def _run_module(*args, stdin=b""):
    """``python -m newsclaims`` in a child process; stderr kept apart."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(  # noqa: S603 -- this interpreter, arguments from the test
        [sys.executable, "-m", "newsclaims", *args],
        input=stdin,
        capture_output=True,
        check=False,
        env=env,
        timeout=120,
    )


def _jsonl(*objs_or_lines):
    out = []
    for item in objs_or_lines:
        if isinstance(item, bytes):
            out.append(item)
        elif isinstance(item, str):
            out.append(item.encode("utf-8"))
        else:
            out.append(json.dumps(item).encode("utf-8"))
    return b"\n".join(out) + b"\n"


@pytest.fixture
def article_file(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _stdin(monkeypatch, data: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# --- files and stdin --------------------------------------------------------


def test_a_file_gives_its_article_as_indented_json(article_file, capsys):
    assert main([str(article_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("{\n  ")
    obj = json.loads(out)
    assert obj == newsclaims.parse_article(ARTICLE).to_dict()
    for q in obj["quotes"]:
        assert ARTICLE[q["start"] : q["end"]] == q["text"]


def test_stdin_is_read_when_no_file_is_given(monkeypatch, capsys):
    _stdin(monkeypatch, ARTICLE.encode("utf-8"))
    assert main([]) == 0
    assert json.loads(capsys.readouterr().out)["quotes"][0]["text"] == "We will rebuild,"


def test_dash_means_stdin_and_indent_and_include_text_apply(monkeypatch, capsys):
    _stdin(monkeypatch, SECOND.encode("utf-8"))
    assert main(["-", "--indent", "0", "--include-text"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("{\n")
    assert json.loads(out)["text"] == SECOND


def test_several_files_give_one_line_each_with_the_file_name(article_file, tmp_path, capsys):
    other = tmp_path / "other.txt"
    other.write_text(SECOND, encoding="utf-8")
    assert main([str(article_file), str(other)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["file"] for line in lines] == [str(article_file), str(other)]


def test_output_file(article_file, tmp_path, capsys):
    out = tmp_path / "out.json"
    assert main([str(article_file), "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    assert json.loads(out.read_text(encoding="utf-8"))["quotes"]


def test_encoding_option(tmp_path, capsys):
    path = tmp_path / "latin.txt"
    path.write_bytes("«Café», a-t-il dit.".encode("latin-1"))
    assert main([str(path), "--encoding", "latin-1"]) == 0
    assert json.loads(capsys.readouterr().out)["length"] == len("«Café», a-t-il dit.")


def test_missing_file_is_a_clear_message_not_a_traceback(tmp_path):
    res = _run_module(str(tmp_path / "nope.txt"))
    assert res.returncode == 2
    err = res.stderr.decode()
    assert "cannot read" in err
    assert "nope.txt" in err
    assert "Traceback" not in err
    assert res.stdout == b""


def test_undecodable_file_names_the_byte_and_its_offset(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"abc\xffdef")
    res = _run_module(str(path))
    assert res.returncode == 2
    err = res.stderr.decode()
    assert "not valid utf-8" in err
    assert "0xff at offset 3" in err
    assert "--encoding" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("args", [["--encoding", "no-such-codec"], ["--workers", "-1"]])
def test_bad_options_exit_2_with_a_message(article_file, args, capsys):
    assert main([str(article_file), *args]) == 2
    assert capsys.readouterr().err.startswith("newsclaims: ")


def test_unwritable_output_exits_2(article_file, tmp_path, capsys):
    assert main([str(article_file), "-o", str(tmp_path / "no" / "such" / "dir.json")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"newsclaims {newsclaims.__version__}\n"


def test_python_dash_m_reads_stdin():
    res = _run_module(stdin=ARTICLE.encode("utf-8"))
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["quotes"][0]["text"] == "We will rebuild,"


# --- JSON Lines ---------------------------------------------------------------


def _mixed_input(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(
        _jsonl(
            {"id": "a", "text": ARTICLE, "source": "ignored"},
            "this is not json",
            {"id": 7},
            "",
            {"id": "n", "text": 42},
            '["a", "list"]',
            b'{"id": "bytes", "text": "\xff\xfe"}',
            {"id": None, "text": SECOND},
            {"text": ""},
        )
    )
    return path


def test_jsonl_one_output_line_per_input_line_and_nothing_dropped(tmp_path, capsys):
    assert main(["--jsonl", str(_mixed_input(tmp_path))]) == 1
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    # Nine input lines, one blank: eight output lines, in input order.
    assert [(o.get("id"), o.get("line")) for o in lines] == [
        ("a", None),
        (None, 2),
        (7, 3),
        ("n", 5),
        (None, 6),
        (None, 7),
        (None, None),
        (None, None),
    ]
    ok = lines[0]
    assert ok["schema_version"] == newsclaims.SCHEMA_VERSION
    assert {k: v for k, v in ok.items() if k != "id"} == newsclaims.parse_article(ARTICLE).to_dict()
    assert "source" not in ok
    assert lines[1]["error"].startswith("not JSON")
    assert lines[2]["error"] == 'no "text"'
    assert "not a string" in lines[3]["error"]
    assert "not a JSON object" in lines[4]["error"]
    assert "not valid text" in lines[5]["error"]
    assert lines[6]["quotes"] == []
    assert lines[7]["length"] == 0
    assert all(set(o) == {"id", "line", "error"} for o in lines[1:6])
    assert captured.err == "newsclaims: 5 line(s) could not be parsed\n"


def test_jsonl_all_good_exits_0(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    path.write_bytes(_jsonl({"id": 1, "text": ARTICLE}, {"id": 2, "text": SECOND}))
    assert main(["--jsonl", str(path)]) == 0
    captured = capsys.readouterr()
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == [1, 2]
    assert captured.err == ""


def test_jsonl_from_stdin_to_an_output_file(monkeypatch, tmp_path, capsys):
    _stdin(monkeypatch, _jsonl({"id": "x", "text": ARTICLE}))
    out = tmp_path / "out.jsonl"
    assert main(["--jsonl", "-", "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    (line,) = out.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["id"] == "x"


def test_jsonl_with_workers_gives_the_same_output(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    records = [{"id": i, "text": (ARTICLE, SECOND, "bad")[i % 3]} for i in range(60)]
    records[17] = {"id": 17}
    path.write_bytes(_jsonl(*records))
    assert main(["--jsonl", str(path)]) == 1
    one = capsys.readouterr()
    assert main(["--jsonl", str(path), "--workers", "2"]) == 1
    two = capsys.readouterr()
    assert one.out == two.out
    assert one.err == two.err == "newsclaims: 1 line(s) could not be parsed\n"
    assert [json.loads(line)["id"] for line in two.out.splitlines()] == list(range(60))


def test_jsonl_lone_surrogate_escape_gives_valid_json(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    # "\udcff" is a valid JSON escape that decodes to a lone surrogate.
    path.write_bytes(b'{"id": 1, "text": "\\u201cCaf\\udcff,\\u201d she said."}\n')
    assert main(["--jsonl", str(path), "--include-text"]) == 0
    out = capsys.readouterr().out
    obj = json.loads(out)
    assert obj["text"] == "“Caf\udcff,” she said."
    assert obj["quotes"][0]["text"] == "Caf\udcff,"


def test_jsonl_max_length_gives_an_error_line(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    path.write_bytes(_jsonl({"id": 1, "text": "short"}, {"id": 2, "text": "x" * 100}))
    assert main(["--jsonl", str(path), "--max-length", "50"]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[0]["length"] == 5
    assert lines[1]["id"] == 2
    assert lines[1]["line"] == 2
    assert "max_length" in lines[1]["error"]


def test_jsonl_missing_input_exits_2(tmp_path, capsys):
    assert main(["--jsonl", str(tmp_path / "nope.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().err


# --- progress -----------------------------------------------------------------


def test_progress_is_silent_when_stderr_is_not_a_terminal(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(_jsonl(*({"id": i, "text": ARTICLE} for i in range(20))))
    res = _run_module("--jsonl", str(path))
    assert res.returncode == 0
    assert res.stderr == b""
    assert len(res.stdout.splitlines()) == 20


def test_progress_bar_when_asked(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    path.write_bytes(_jsonl(*({"id": i, "text": ARTICLE} for i in range(20)), {"id": "bad"}))
    assert main(["--jsonl", str(path), "--progress"]) == 1
    err = capsys.readouterr().err
    bar, summary = err.rsplit("\n", 2)[-3:-1]
    last = bar.rsplit("\r", 1)[-1]
    # The final redraw: all bytes done, 20 articles, 1 error, a rate, a clock.
    assert last.startswith("newsclaims: 100% |████████████████████|")
    assert "20 articles" in last
    assert "1 errors" in last
    assert "/s" in last
    assert "eta 0:00:00" in last
    assert summary == "newsclaims: 1 line(s) could not be parsed"


def test_no_progress_overrides(tmp_path, capsys, monkeypatch):
    path = tmp_path / "in.jsonl"
    path.write_bytes(_jsonl({"id": 1, "text": ARTICLE}))
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["--jsonl", str(path), "--no-progress"]) == 0
    assert capsys.readouterr().err == ""


def test_progress_by_default_on_a_terminal_when_the_output_goes_elsewhere(
    tmp_path, capsys, monkeypatch
):
    path = tmp_path / "in.jsonl"
    path.write_bytes(_jsonl({"id": 1, "text": ARTICLE}))
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
    assert main(["--jsonl", str(path)]) == 0
    assert "1 articles" in capsys.readouterr().err
    # Results printed on the terminal itself: no bar drawn over them.
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["--jsonl", str(path)]) == 0
    assert capsys.readouterr().err == ""
    assert main(["--jsonl", str(path), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert "1 articles" in capsys.readouterr().err


def test_progress_from_a_pipe_shows_no_percentage(monkeypatch, capsys):
    _stdin(monkeypatch, _jsonl({"id": 1, "text": ARTICLE}))
    assert main(["--jsonl", "-", "--progress"]) == 0
    last = capsys.readouterr().err.rstrip("\n").rsplit("\r", 1)[-1]
    assert last.startswith("newsclaims: 1 articles")
    assert "%" not in last


# --- Parquet --------------------------------------------------------------------


def test_parquet_output_has_every_table_and_the_error_lines(tmp_path, capsys):
    pytest.importorskip("pyarrow", reason=NEEDS_ARROW)
    import pyarrow.parquet as pq

    out = tmp_path / "tables"
    args = ["--jsonl", str(_mixed_input(tmp_path)), "--format", "parquet", "-o", str(out)]
    assert main(args) == 1
    assert capsys.readouterr().err == "newsclaims: 5 line(s) could not be parsed\n"
    articles = pq.read_table(out / "articles.parquet").to_pylist()
    assert [(a["article_id"], a["line"], a["error"] is None) for a in articles] == [
        ("a", 1, True),
        (None, 2, False),
        ("7", 3, False),
        ("n", 5, False),
        (None, 6, False),
        (None, 7, False),
        (None, 8, True),
        (None, 9, True),
    ]
    quotes = pq.read_table(out / "quotes.parquet").to_pylist()
    expected = newsclaims.to_rows(newsclaims.parse_article(ARTICLE), article_id="a")["quotes"]
    assert quotes == expected
    for name in ("claims", "figures", "dates"):
        assert (out / f"{name}.parquet").exists()


def test_parquet_with_workers_equals_in_process(tmp_path):
    pytest.importorskip("pyarrow", reason=NEEDS_ARROW)
    import pyarrow.parquet as pq

    path = tmp_path / "in.jsonl"
    path.write_bytes(_jsonl(*({"id": i, "text": (ARTICLE, SECOND)[i % 2]} for i in range(30))))
    assert main(["--jsonl", str(path), "--format", "parquet", "-o", str(tmp_path / "a")]) == 0
    args = ["--jsonl", str(path), "--format", "parquet", "-o", str(tmp_path / "b")]
    args += ["--workers", "2"]
    assert main(args) == 0
    for name in ("articles", "quotes"):
        a = pq.read_table(tmp_path / "a" / f"{name}.parquet")
        b = pq.read_table(tmp_path / "b" / f"{name}.parquet")
        assert a.equals(b)


def test_parquet_from_files_uses_the_path_as_id(article_file, tmp_path):
    pytest.importorskip("pyarrow", reason=NEEDS_ARROW)
    import pyarrow.parquet as pq

    out = tmp_path / "tables"
    assert main([str(article_file), "--format", "parquet", "-o", str(out)]) == 0
    ids = pq.read_table(out / "quotes.parquet").column("article_id").to_pylist()
    assert ids == [str(article_file)] * len(newsclaims.parse_article(ARTICLE).quotes)


def test_parquet_needs_an_output_directory(article_file, capsys):
    assert main([str(article_file), "--format", "parquet"]) == 2
    assert "-o DIR" in capsys.readouterr().err


def test_parquet_without_pyarrow_says_what_to_install(
    article_file, tmp_path, monkeypatch, capsys
):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    assert main([str(article_file), "--format", "parquet", "-o", str(tmp_path / "t")]) == 2
    err = capsys.readouterr().err
    assert "newsclaims[arrow]" in err
    assert "Traceback" not in err


def test_a_dead_worker_is_a_message_not_a_traceback(tmp_path, monkeypatch, capsys):
    from concurrent.futures.process import BrokenProcessPool

    def broken(*_args, **_kwargs):
        msg = "a child process terminated abruptly"
        raise BrokenProcessPool(msg)

    monkeypatch.setattr("newsclaims._batch.map_ordered", broken)
    path = tmp_path / "in.jsonl"
    path.write_bytes(_jsonl({"id": 1, "text": ARTICLE}))
    assert main(["--jsonl", str(path), "--workers", "2"]) == 2
    assert "a worker process died" in capsys.readouterr().err


def test_progress_bar_on_a_real_terminal(tmp_path):
    pty = pytest.importorskip("pty", reason="needs a pseudo-terminal (POSIX)")
    path = tmp_path / "in.jsonl"
    path.write_bytes(_jsonl(*({"id": i, "text": ARTICLE} for i in range(30))))
    main_fd, term_fd = pty.openpty()
    try:
        res = subprocess.run(  # noqa: S603 -- this interpreter, arguments from the test
            [sys.executable, "-m", "newsclaims", "--jsonl", str(path), "-o", str(tmp_path / "o")],
            stdin=subprocess.DEVNULL,
            stderr=term_fd,
            check=False,
            timeout=120,
        )
        os.close(term_fd)
        screen = b""
        while True:
            try:
                chunk = os.read(main_fd, 4096)
            except OSError:  # the terminal is closed and drained
                break
            if not chunk:
                break
            screen += chunk
    finally:
        os.close(main_fd)
    assert res.returncode == 0
    last = screen.decode("utf-8").replace("\r\n", "\n").rstrip("\n").rsplit("\r", 1)[-1]
    assert last.startswith("newsclaims: 100% |")
    assert "30 articles" in last
    assert len((tmp_path / "o").read_text(encoding="utf-8").splitlines()) == 30


def test_jsonl_published_and_headline_are_passed_on(tmp_path, capsys):
    text = "“We will rebuild,” Mayor Ana Ruiz said last Monday."
    path = tmp_path / "in.jsonl"
    path.write_bytes(
        _jsonl(
            {"id": 1, "text": text, "published": "2005-01-31", "headline": "Rebuild"},
            {"id": 2, "text": text, "published": "last year"},
            {"id": 3, "text": text, "headline": ["not", "text"]},
        )
    )
    assert main(["--jsonl", str(path)]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    expected = newsclaims.parse_article(text, published="2005-01-31", headline="Rebuild")
    assert {k: v for k, v in lines[0].items() if k != "id"} == expected.to_dict()
    assert (lines[1]["id"], lines[1]["line"]) == (2, 2)
    assert "published" in lines[1]["error"]
    assert (lines[2]["id"], lines[2]["line"]) == (3, 3)
    assert "headline" in lines[2]["error"]


# --- nothing lost at the edges ------------------------------------------------------


def _strict_json(line):
    """``json.loads`` that refuses NaN and Infinity, as strict JSON readers do."""

    def refuse(token):
        msg = f"not strict JSON: {token}"
        raise ValueError(msg)

    return json.loads(line, parse_constant=refuse)


DEEP = "[" * 1000 + "]" * 1000


def _deep_input(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_bytes(
        _jsonl(
            {"id": "before", "text": ARTICLE},
            DEEP,
            '{"id": ' + "[" * 1000 + "]" * 1000 + ', "text": "x"}',
            *({"id": f"after-{i}", "text": SECOND} for i in range(30)),
        )
    )
    return path


@pytest.mark.parametrize("workers", ["1", "2"])
def test_jsonl_nested_1000_deep_is_an_error_line_and_nothing_after_is_lost(
    tmp_path, capsys, workers
):
    assert main(["--jsonl", str(_deep_input(tmp_path)), "--workers", workers]) == 1
    captured = capsys.readouterr()
    lines = [_strict_json(line) for line in captured.out.splitlines()]
    assert [o["id"] for o in lines] == ["before", None, None] + [f"after-{i}" for i in range(30)]
    assert lines[1] == {"id": None, "line": 2, "error": lines[1]["error"]}
    assert "nested too deeply" in lines[1]["error"]
    assert lines[2]["line"] == 3
    assert captured.err == "newsclaims: 2 line(s) could not be parsed\n"


@pytest.mark.parametrize("workers", ["1", "2"])
def test_parquet_nested_1000_deep_is_an_error_row_and_nothing_after_is_lost(
    tmp_path, capsys, workers
):
    pytest.importorskip("pyarrow", reason=NEEDS_ARROW)
    import pyarrow.parquet as pq

    out = tmp_path / "tables"
    args = ["--jsonl", str(_deep_input(tmp_path)), "--format", "parquet", "-o", str(out)]
    assert main([*args, "--workers", workers]) == 1
    rows = pq.read_table(out / "articles.parquet").to_pylist()
    assert [r["article_id"] for r in rows] == ["before", None, None] + [
        f"after-{i}" for i in range(30)
    ]
    assert "nested too deeply" in rows[1]["error"]
    assert capsys.readouterr().err == "newsclaims: 2 line(s) could not be parsed\n"


def test_ids_that_strict_json_cannot_hold_are_echoed_as_strings(tmp_path, capsys):
    path = tmp_path / "ids.jsonl"
    path.write_text(
        '{"id": NaN, "text": "a"}\n{"id": Infinity, "text": "b"}\n'
        '{"id": -Infinity, "text": "c"}\n{"id": 1e400, "text": "d"}\n'
        '{"id": 2.5, "text": "e"}\n{"id": [1, NaN], "text": "f"}\n'
        '{"id": NaN}\n',
        encoding="utf-8",
    )
    assert main(["--jsonl", str(path)]) == 1
    lines = [_strict_json(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in lines] == [
        "NaN", "Infinity", "-Infinity", "1e400", 2.5, [1, "NaN"], "NaN"
    ]  # fmt: skip
    assert lines[-1]["error"] == 'no "text"'


def test_a_byte_order_mark_on_the_first_line_is_accepted(tmp_path, capsys):
    path = tmp_path / "bom.jsonl"
    lines = _jsonl({"id": 1, "text": ARTICLE}, {"id": 2, "text": SECOND})
    path.write_bytes(b"\xef\xbb\xbf" + lines)
    assert main(["--jsonl", str(path)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in lines] == [1, 2]
    assert lines[0]["quotes"][0]["text"] == "We will rebuild,"


def test_a_byte_order_mark_elsewhere_is_text_and_kept(tmp_path, capsys):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(_jsonl({"id": 1, "text": "\ufeffx"}, b"\xef\xbb\xbf" + b'{"id": 2}'))
    assert main(["--jsonl", str(path), "--include-text"]) == 1
    first, second = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert first["text"] == "\ufeffx"
    assert second["line"] == 2
    assert second["error"].startswith("not JSON")


DEV_FULL = "/dev/full"


@pytest.mark.skipif(not Path(DEV_FULL).exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize(
    "args",
    [
        ["--jsonl", "{jsonl}"],
        ["{article}"],
        ["{article}", "{article}"],
        ["--html", "{article}"],
    ],
    ids=["jsonl", "one-file", "two-files", "html"],
)
def test_a_full_disk_is_a_clear_message_and_exit_2(tmp_path, args):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_bytes(_jsonl(*({"id": i, "text": ARTICLE} for i in range(5))))
    filled = [a.format(jsonl=jsonl, article=article) for a in args]
    res = _run_module(*filled, "-o", DEV_FULL)
    err = res.stderr.decode()
    assert res.returncode == 2, err
    assert err.startswith(f"newsclaims: cannot write {DEV_FULL}: No space left on device")
    assert "Traceback" not in err


def test_a_write_that_fails_half_way_leaves_only_whole_lines(tmp_path, monkeypatch, capsys):
    import errno

    import newsclaims._cli as cli

    monkeypatch.setattr(cli, "_FLUSH_BYTES", 1)  # one write per line
    real_write, calls = os.write, []

    def write(fd, data):
        calls.append(len(data))
        if len(calls) < 3:
            return real_write(fd, data)
        if len(calls) == 3:  # the disk fills in the middle of the third line
            return real_write(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cli.os, "write", write)
    src = tmp_path / "in.jsonl"
    src.write_bytes(_jsonl(*({"id": i, "text": ARTICLE} for i in range(6))))
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"old content that is replaced\n")
    assert main(["--jsonl", str(src), "-o", str(out)]) == 2
    assert "No space left on device" in capsys.readouterr().err
    data = out.read_bytes()
    assert data.endswith(b"\n")
    assert [json.loads(line)["id"] for line in data.splitlines()] == [0, 1]


def test_parquet_that_cannot_be_written_leaves_the_directory_as_it_was(
    tmp_path, monkeypatch, capsys
):
    pytest.importorskip("pyarrow", reason=NEEDS_ARROW)
    import errno

    import pyarrow.parquet as pq

    src = tmp_path / "in.jsonl"
    src.write_bytes(_jsonl(*({"id": i, "text": ARTICLE} for i in range(3))))
    out = tmp_path / "tables"
    assert main(["--jsonl", str(src), "--format", "parquet", "-o", str(out)]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pq.ParquetWriter, "write_batch", full)
    args = ["--jsonl", str(_mixed_input(tmp_path)), "--format", "parquet", "-o", str(out)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"newsclaims: cannot write {out}: No space left on device")
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert after == before  # no temporary file left, no table changed
    assert pq.read_table(out / "quotes.parquet").num_rows > 0


def test_blank_lines_are_described_the_same_in_help_and_docs(capsys):
    from newsclaims._cli import BLANK_LINES

    with pytest.raises(SystemExit):
        main(["--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    docs = Path(__file__).resolve().parent.parent / "docs"
    assert BLANK_LINES in help_text
    for page in ("cli.md", "errors.md"):
        text = " ".join((docs / page).read_text(encoding="utf-8").split())
        assert BLANK_LINES in text, page
        assert "one output line per input line" not in text, page


# --- a command line without surprises -----------------------------------------------


def test_jsonl_and_files_together_are_refused(tmp_path, article_file, capsys):
    path = tmp_path / "in.jsonl"
    path.write_bytes(_jsonl({"id": 1, "text": ARTICLE}))
    assert main(["--jsonl", str(path), str(article_file), str(article_file)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "not both" in captured.err
    assert "2 FILE(s)" in captured.err


class _Terminal(io.TextIOWrapper):
    def isatty(self):
        return True


@pytest.mark.parametrize(
    ("args", "what"), [([], "an article"), (["-"], "an article"), (["--jsonl", "-"], "JSON Lines")]
)
def test_a_terminal_on_standard_input_gets_a_hint(monkeypatch, capsys, args, what):
    data = _jsonl({"id": 1, "text": SECOND}) if "--jsonl" in args else SECOND.encode()
    monkeypatch.setattr(sys, "stdin", _Terminal(io.BytesIO(data), encoding="utf-8"))
    assert main(args) == 0
    captured = capsys.readouterr()
    (hint,) = captured.err.splitlines()
    assert hint.startswith(f"newsclaims: reading {what} from standard input; end it with")
    assert json.loads(captured.out)["length"] == len(SECOND)


def test_no_hint_when_standard_input_is_not_a_terminal(monkeypatch, capsys):
    _stdin(monkeypatch, SECOND.encode())
    assert main([]) == 0
    assert capsys.readouterr().err == ""


def test_max_length_applies_to_one_file(article_file, capsys):
    assert main([str(article_file), "--max-length", "10"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"newsclaims: {article_file}: text has {len(ARTICLE)} ")
    assert "max_length=10" in captured.err


def test_max_length_applies_to_several_files(article_file, tmp_path, capsys):
    short = tmp_path / "short.txt"
    short.write_text("Short.", encoding="utf-8")
    assert main([str(article_file), str(short), "--max-length", "10"]) == 1
    captured = capsys.readouterr()
    first, second = [json.loads(line) for line in captured.out.splitlines()]
    assert first["file"] == str(article_file)
    assert "max_length=10" in first["error"]
    assert second["file"] == str(short)
    assert second["length"] == len("Short.")
    assert captured.err == "newsclaims: 1 file(s) could not be parsed\n"


def test_max_length_applies_to_html(article_file, capsys):
    assert main(["--html", str(article_file), "--max-length", "10"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "max_length=10" in captured.err


@pytest.mark.parametrize(("content", "state"), [("", "is empty"), ("  \n\n", "holds only white")])
def test_an_empty_file_is_said(tmp_path, capsys, content, state):
    path = tmp_path / "empty.txt"
    path.write_text(content, encoding="utf-8")
    assert main([str(path)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["length"] == len(content)
    assert captured.err.startswith(f"newsclaims: warning: {path} {state}")
