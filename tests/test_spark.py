"""Integration test: the Spark example in local mode (pyspark, Java 17)."""

import importlib.util
import os
import shutil
import sys
from pathlib import Path

import pytest

import newsclaims
from newsclaims._rows import export_text

# CI installs the spark extra and sets this, so that there the test runs or
# fails, never skips.
REQUIRED = os.environ.get("NEWSCLAIMS_REQUIRE_SPARK") == "1"


def _missing(reason):
    if REQUIRED:
        pytest.fail(f"NEWSCLAIMS_REQUIRE_SPARK=1 but {reason}", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


for _module in ("pyspark", "pyarrow", "pandas"):
    if importlib.util.find_spec(_module) is None:
        _missing(f"{_module} is not installed (pip install -e '.[test,spark]' to run this test)")
if shutil.which("java") is None:
    _missing("Spark needs Java (17) on the PATH")

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "spark_quotes.py"

ARTICLES = [
    ("a1", "“We will rebuild,” Mayor Ana Ruiz said on Monday. She added: “Soon.”"),
    ("a2", "Nothing quoted here, though 3,000 people came."),
    ("a3", "“Caf\udce9 owners,” said Tom Reed, “lost 12 per cent of their trade.”"),
    ("a4", None),
    ("a5", ""),
]


@pytest.fixture(scope="module")
def example():
    spec = importlib.util.spec_from_file_location("spark_quotes", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def spark(example):
    # The workers must start this interpreter, which has newsclaims; the
    # example's session sets PYSPARK_PYTHON unless it is already set.
    mp = pytest.MonkeyPatch()
    mp.setenv("PYSPARK_PYTHON", sys.executable)
    session = example.local_session("newsclaims-test")
    yield session
    session.stop()
    mp.undo()


def _key(row):
    return tuple((k, repr(v)) for k, v in row.items())


def test_spark_tables_equal_the_library_rows(example, spark):
    # A Spark string is UTF-8 and cannot hold a lone surrogate: the text
    # arrives with U+FFFD in its place, as newsclaims exports it.
    rows = [(aid, None if t is None else export_text(t)) for aid, t in ARTICLES]
    df = spark.createDataFrame(rows, "id string, text string")
    tables = example.extract(df)
    assert set(tables) == set(newsclaims.ROW_TABLES)
    for name, frame in tables.items():
        assert frame.columns == newsclaims.arrow_schema(name).names
        got = [r.asDict(recursive=True) for r in frame.collect()]
        expected = _expected(name)
        assert sorted(got, key=_key) == sorted(expected, key=_key), name
    assert tables["quotes"].count() >= 3
    quotes = tables["quotes"].where("article_id = 'a1'").orderBy("quote").collect()
    assert quotes[0]["text"] == "We will rebuild,"
    assert quotes[0]["speaker_text"] == "Mayor Ana Ruiz"


def _expected(table):
    rows = []
    for aid, text in ARTICLES:
        if text is None:
            if table == "articles":
                rows.append(newsclaims.error_row(aid, None, "no text"))
            continue
        art = newsclaims.parse_article(export_text(text))
        rows.extend(newsclaims.to_rows(art, article_id=aid)[table])
    return rows


def test_published_and_headline_columns_are_passed_on(example, spark):
    text = "“We will rebuild,” Mayor Ana Ruiz said last Monday."
    df = spark.createDataFrame(
        [("p1", text, "2005-01-31", "Rebuild")], "id string, text string, published string, "
        "headline string"
    )
    tables = example.extract(df)
    art = newsclaims.parse_article(text, published="2005-01-31", headline="Rebuild")
    expected = newsclaims.to_rows(art, article_id="p1")
    for name in ("articles", "dates"):
        got = [r.asDict(recursive=True) for r in tables[name].collect()]
        assert got == expected[name], name
    assert tables["articles"].collect()[0]["headline"] == "Rebuild"


def test_spark_schema_is_the_library_schema(example):
    from pyspark.sql.types import ArrayType, StructType

    schema = example.nested_spark_schema()
    assert schema.names == ["article_id", *newsclaims.ROW_TABLES]
    quotes = schema["quotes"].dataType
    assert isinstance(quotes, ArrayType)
    assert isinstance(quotes.elementType, StructType)
    assert quotes.elementType.names == newsclaims.arrow_schema("quotes").names
