import math
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclaims
from newsclaims import Article, Claim, Cue, DateMention, Figure, Quote, Span, Speaker
from newsclaims._rows import COLUMNS, ROW_TABLES, error_row, export_text, to_rows
from newsclaims._types import SpeakerProfile

NEEDS_ARROW = "pyarrow is not installed (pip install -e '.[test,arrow]' to run this test)"

# A hand-made article, so the mapping to rows is checked independently of
# what the layers find: one quote with speaker and cue, one claim holding it,
# a figure inside both, a date.
TEXT = "Ann Lee said that “prices rose 12 per cent” in March."
#       0         1         2         3         4         5
#       0123456789012345678901234567890123456789012345678901234


def _handmade():
    ann = Speaker(name="Ann Lee", title="Mayor", text="Ann Lee", start=0, end=7, kind="person")
    said = Cue(text="said", start=8, end=12, lemma="say")
    quote = Quote(
        text="prices rose 12 per cent",
        start=19,
        end=42,
        spans=((19, 42),),
        marks=(18, 42),
        kind="partial",
        speaker=ann,
        cue=said,
        confidence=0.75,
    )
    claim = Claim(
        text="“prices rose 12 per cent” in March",
        start=18,
        end=52,
        kind="reported",
        force="belief",
        speaker=ann,
        cue=said,
        quotes=(0,),
        confidence=0.5,
    )
    figure = Figure(
        text="12 per cent",
        start=31,
        end=42,
        value=12,
        kind="percent",
        qualifier=None,
        quote=0,
        claim=0,
    )
    date = DateMention(text="March", start=47, end=52, value=None, granularity="month")
    profile = SpeakerProfile(
        name="Ann Lee",
        title="Mayor",
        kind="person",
        mentions=(Span(text="Ann Lee", start=0, end=7),),
        quotes=(0,),
        claims=(0,),
    )
    art = Article(
        text=TEXT,
        quotes=(quote,),
        claims=(claim,),
        figures=(figure,),
        dates=(date,),
        paragraphs=((0, len(TEXT)),),
        speakers=(profile,),
        credits=(Span(text="Ann", start=0, end=3),),
    )
    for item in (quote, claim, figure, date):
        assert TEXT[item.start : item.end] == item.text
    return art


def test_rows_of_a_handmade_article():
    rows = to_rows(_handmade(), article_id="a1", line=3)
    assert set(rows) == set(ROW_TABLES)
    (art,) = rows["articles"]
    assert art["article_id"] == "a1"
    assert art["line"] == 3
    assert art["error"] is None
    assert (art["length"], art["quotes"], art["claims"], art["figures"], art["dates"]) == (
        len(TEXT),
        1,
        1,
        1,
        1,
    )
    (q,) = rows["quotes"]
    assert q["quote"] == 0
    assert (q["text"], q["start"], q["end"]) == ("prices rose 12 per cent", 19, 42)
    assert q["spans"] == [[19, 42]]
    assert (q["kind"], q["confidence"]) == ("partial", 0.75)
    assert (q["speaker_name"], q["speaker_title"]) == ("Ann Lee", "Mayor")
    assert q["speaker_text"] == "Ann Lee"
    assert (q["speaker_start"], q["speaker_end"], q["speaker_kind"]) == (0, 7, "person")
    assert (q["cue_text"], q["cue_start"], q["cue_end"], q["cue_lemma"]) == ("said", 8, 12, "say")
    (c,) = rows["claims"]
    assert (c["claim"], c["kind"], c["quotes"]) == (0, "reported", [0])
    assert c["force"] == "belief"
    assert c["speaker_name"] == "Ann Lee"
    (f,) = rows["figures"]
    assert (f["figure"], f["text"], f["value"], f["kind"]) == (0, "12 per cent", 12.0, "percent")
    assert isinstance(f["value"], float)
    assert f["low"] is None
    assert f["high"] is None
    assert (f["quote"], f["claim"]) == (0, 0)
    # The figure carries the speaker of the quote it lies in.
    assert (f["speaker_name"], f["speaker_start"], f["speaker_end"]) == ("Ann Lee", 0, 7)
    (d,) = rows["dates"]
    assert (d["date"], d["text"], d["granularity"], d["relative"]) == (0, "March", "month", False)
    (s,) = rows["speakers"]
    assert (s["speaker"], s["name"], s["title"], s["kind"]) == (0, "Ann Lee", "Mayor", "person")
    assert (s["mentions"], s["mention_starts"]) == (["Ann Lee"], [0])
    assert (s["quotes"], s["claims"]) == ([0], [0])
    assert art["speakers"] == 1
    assert art["credits"] == ["Ann"]


def test_every_row_has_exactly_the_columns_of_its_table_in_order():
    rows = to_rows(_handmade(), article_id=1)
    for table, part in rows.items():
        for row in part:
            assert list(row) == [name for name, _ in COLUMNS[table]]
    assert list(error_row("x", 1, "bad")) == [name for name, _ in COLUMNS["articles"]]


def test_offsets_in_rows_point_into_the_original_text():
    text = "Intro.\n\n“We will rebuild,” Mayor Ana Ruiz said on Monday. “Soon.”"
    rows = to_rows(newsclaims.parse_article(text))
    assert rows["quotes"]
    for q in rows["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]
        if q["speaker_start"] is not None:
            assert text[q["speaker_start"] : q["speaker_end"]] == q["speaker_text"]


@pytest.mark.parametrize(
    ("given_id", "stored"),
    [(None, None), ("a", "a"), (12, "12"), (1.5, "1.5"), (["x", 1], '["x", 1]'), (True, "true")],
)
def test_ids_are_stored_as_strings(given_id, stored):
    rows = to_rows(newsclaims.parse_article("x"), article_id=given_id)
    assert rows["articles"][0]["article_id"] == stored


def test_error_row_keeps_the_id_the_line_and_the_message():
    row = error_row(None, 7, "not JSON")
    assert (row["article_id"], row["line"], row["error"]) == (None, 7, "not JSON")
    assert row["length"] is None


def test_figure_with_an_index_out_of_range_gets_no_speaker_and_no_exception():
    art = Article(text="5", figures=(Figure(text="5", start=0, end=1, value=5, quote=3, claim=9),))
    (f,) = to_rows(art)["figures"]
    assert f["speaker_name"] is None
    assert (f["quote"], f["claim"]) == (3, 9)


def test_a_huge_integer_value_becomes_infinity_not_an_error():
    art = Article(text="5", figures=(Figure(text="5", start=0, end=1, value=10**400),))  # type: ignore[arg-type]
    (f,) = to_rows(art)["figures"]
    assert f["value"] == math.inf


# --- lone surrogates --------------------------------------------------------


def test_export_text_replaces_each_surrogate_by_one_replacement_character():
    s = "a\udcffb\ud800\udc00c"  # a lone low, then a high and a low that stay unpaired in a str
    out = export_text(s)
    assert out == "a\ufffdb\ufffd\ufffdc"
    assert len(out) == len(s)
    out.encode("utf-8")  # encodable now
    assert export_text("plain ascii") == "plain ascii"
    assert export_text("café “ok”") == "café “ok”"


def test_surrogates_are_replaced_in_rows_and_offsets_still_line_up():
    text = "“Caf\udce9 owners are angry,” said Ana Ruiz."
    art = newsclaims.parse_article(text)
    (q,) = to_rows(art)["quotes"]
    original = text[q["start"] : q["end"]]
    assert "\udce9" in original
    assert q["text"] == original.replace("\udce9", "\ufffd")
    assert len(q["text"]) == q["end"] - q["start"]


# Text of any kind, lone surrogates included (Hypothesis leaves them out of
# st.text() unless asked).
_ANY_CHAR = st.characters(codec=None, categories=None)
_MESSY = st.text(
    alphabet=st.one_of(_ANY_CHAR, st.sampled_from("“”‘’\"'«» \n.,:Ann Lee said\udcff\ud800")),
    max_size=200,
)


@given(_MESSY)
def test_rows_never_raise_and_keep_offsets_on_any_text(text):
    rows = to_rows(newsclaims.parse_article(text), article_id="p")
    for part in rows.values():
        for row in part:
            for value in row.values():
                for s in value if isinstance(value, list) else [value]:
                    if isinstance(s, str):
                        s.encode("utf-8")  # always encodable
            if "start" in row:  # an item of the text (not an article or a speaker)
                assert len(row["text"]) == row["end"] - row["start"]
                assert row["text"] == export_text(text[row["start"] : row["end"]])
    for sp in rows["speakers"]:
        for mention, start in zip(sp["mentions"], sp["mention_starts"], strict=True):
            assert mention == export_text(text[start : start + len(mention)])


# --- Arrow and Parquet ------------------------------------------------------


def test_arrow_schema_matches_the_columns():
    pa = pytest.importorskip("pyarrow", reason=NEEDS_ARROW)
    for table in ROW_TABLES:
        schema = newsclaims.arrow_schema(table)
        assert schema.names == [name for name, _ in COLUMNS[table]]
        assert schema.metadata == {b"newsclaims.table": table.encode()}
    quotes = newsclaims.arrow_schema("quotes")
    assert quotes.field("spans").type == pa.list_(pa.list_(pa.int64()))
    assert quotes.field("start").type == pa.int64()
    assert newsclaims.arrow_schema("claims").field("quotes").type == pa.list_(pa.int32())
    assert newsclaims.arrow_schema("claims").field("force").type == pa.string()
    with pytest.raises(KeyError, match="quotes"):
        newsclaims.arrow_schema("people")


@given(_MESSY)
def test_arrow_takes_the_rows_of_any_text(text):
    pa = pytest.importorskip("pyarrow", reason=NEEDS_ARROW)
    rows = to_rows(newsclaims.parse_article(text))
    for table, part in rows.items():
        batch = pa.RecordBatch.from_pylist(part, schema=newsclaims.arrow_schema(table))
        assert batch.num_rows == len(part)


def _articles():
    texts = [
        "“We will rebuild,” Mayor Ana Ruiz said on Monday.",
        "Nothing quoted.",
        "“Caf\udce9,” he said. “Twice,” said Tom Reed, “in two parts.”",
        "",
    ]
    pairs = [(f"id{i}", newsclaims.parse_article(t)) for i, t in enumerate(texts)]
    pairs.append((99, _handmade()))
    return pairs


def _expected(pairs):
    rows = {t: [] for t in ROW_TABLES}
    for aid, art in pairs:
        for table, part in to_rows(art, article_id=aid).items():
            rows[table].extend(part)
    return rows


def test_parquet_written_and_read_back_equal(tmp_path):
    pytest.importorskip("pyarrow", reason=NEEDS_ARROW)
    import pyarrow.parquet as pq

    pairs = _articles()
    paths = newsclaims.write_parquet(pairs, tmp_path / "out")
    assert set(paths) == set(ROW_TABLES)
    expected = _expected(pairs)
    assert expected["quotes"]
    assert expected["figures"]
    for table, path in paths.items():
        got = pq.read_table(path)
        assert got.schema.equals(newsclaims.arrow_schema(table), check_metadata=False)
        assert got.to_pylist() == expected[table]


def test_parquet_writer_streams_in_small_row_groups_and_keeps_errors(tmp_path):
    pytest.importorskip("pyarrow", reason=NEEDS_ARROW)
    import pyarrow.parquet as pq

    pairs = _articles() * 3
    with newsclaims.ParquetWriter(tmp_path, batch_rows=2) as w:
        for aid, art in pairs:
            w.add(art, article_id=aid)
        w.add_error("broken", 12, "not JSON")
    meta = pq.ParquetFile(w.path("articles")).metadata
    assert meta.num_row_groups > 1
    articles = pq.read_table(w.path("articles")).to_pylist()
    assert len(articles) == len(pairs) + 1
    assert articles[-1]["article_id"] == "broken"
    assert articles[-1]["error"] == "not JSON"
    assert pq.read_table(w.path("quotes")).to_pylist() == _expected(pairs)["quotes"]


def test_empty_tables_are_still_written_with_their_schema(tmp_path):
    pytest.importorskip("pyarrow", reason=NEEDS_ARROW)
    import pyarrow.parquet as pq

    paths = newsclaims.write_parquet([newsclaims.parse_article("No quotes.")], tmp_path)
    quotes = pq.read_table(paths["quotes"])
    assert quotes.num_rows == 0
    assert quotes.schema.names == [name for name, _ in COLUMNS["quotes"]]
    assert pq.read_table(paths["articles"]).column("article_id").to_pylist() == ["0"]


def test_to_arrow_numbers_bare_articles_by_position():
    pytest.importorskip("pyarrow", reason=NEEDS_ARROW)
    arts = [newsclaims.parse_article("“A,” she said."), newsclaims.parse_article("“B,” he said.")]
    tables = newsclaims.to_arrow(arts)
    assert tables["quotes"].column("article_id").to_pylist() == ["0", "1"]
    assert tables["quotes"].column("text").to_pylist() == ["A,", "B,"]


def test_without_pyarrow_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # makes `import pyarrow` fail
    with pytest.raises(ImportError, match=r"newsclaims\[arrow\]"):
        newsclaims.arrow_schema("quotes")
    # The rows themselves need nothing.
    assert to_rows(newsclaims.parse_article("“A,” she said."))["quotes"]
