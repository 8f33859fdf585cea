"""Quotes and figures from a Spark DataFrame of articles, with ``mapInArrow``.

Each Spark task parses its share of the articles with newsclaims and hands
back Arrow record batches in the library's own row schema, so no row goes
through pandas and no schema is written by hand.  Articles are parsed once:
one ``mapInArrow`` pass gives one row per article holding its quotes,
claims, figures and dates as arrays, which ``inline`` then turns into one
DataFrame per table.

Run it in local mode on a JSON Lines file of ``{"id", "text"}`` objects
(needs ``pip install 'newsclaims[spark]'`` and Java 17)::

    PYSPARK_PYTHON="$(command -v python)" python examples/spark_quotes.py articles.jsonl

``PYSPARK_PYTHON`` must name the interpreter that has newsclaims installed:
otherwise Spark starts its Python workers with the system interpreter.  On a
cluster, install newsclaims on every worker the same way.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import pyarrow as pa

import newsclaims
from newsclaims import ROW_TABLES

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import StructType


def nested_arrow_schema() -> pa.Schema:
    """One row per article: its id, then each table's rows as a list of structs."""
    fields = [pa.field("article_id", pa.string())]
    fields += [
        pa.field(table, pa.list_(pa.struct(list(newsclaims.arrow_schema(table)))))
        for table in ROW_TABLES
    ]
    return pa.schema(fields)


def nested_spark_schema() -> StructType:
    """:func:`nested_arrow_schema` as a Spark schema (converted, not written twice)."""
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(nested_arrow_schema())


def parse_batches(
    id_column: str = "id", text_column: str = "text"
) -> Callable[[Iterator[pa.RecordBatch]], Iterator[pa.RecordBatch]]:
    """The function that ``mapInArrow`` runs on each partition's batches."""

    def parse(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        schema = nested_arrow_schema()
        for batch in batches:
            ids = batch.column(id_column).to_pylist()
            texts = batch.column(text_column).to_pylist()
            # Optional columns, passed on to the parser when the frame has them.
            none = [None] * batch.num_rows
            names = batch.schema.names
            published = batch.column("published").to_pylist() if "published" in names else none
            headlines = batch.column("headline").to_pylist() if "headline" in names else none
            out = []
            for aid, text, pub, head in zip(ids, texts, published, headlines, strict=True):
                if isinstance(text, str):
                    art = newsclaims.parse_article(text, published=pub, headline=head)
                    rows = newsclaims.to_rows(art, article_id=aid)
                else:
                    # Nothing dropped: an article without text is a row that
                    # says so in the articles table.
                    rows = {t: [] for t in ROW_TABLES}
                    rows["articles"] = [newsclaims.error_row(aid, None, "no text")]
                out.append({"article_id": rows["articles"][0]["article_id"], **rows})
            yield pa.RecordBatch.from_pylist(out, schema=schema)

    return parse


def extract(
    articles: DataFrame, id_column: str = "id", text_column: str = "text"
) -> dict[str, DataFrame]:
    """One DataFrame per table (articles, quotes, claims, figures, dates).

    Args:
        articles: a DataFrame with a string id column and a string text
            column, and optionally ``published`` (a date or an ISO 8601
            string) and ``headline`` columns, passed on to the parser.
        id_column: the name of the id column.
        text_column: the name of the text column.

    Returns:
        A dict from table name to a DataFrame whose columns are those of
        ``newsclaims.arrow_schema(table)``.  They share one cached parse.
    """
    from pyspark.sql import functions as F  # noqa: N812 -- Spark's own convention

    columns = [F.col(id_column).cast("string").alias(id_column), F.col(text_column)]
    columns += [F.col(c) for c in ("published", "headline") if c in articles.columns]
    articles = articles.select(*columns)
    parsed = articles.mapInArrow(
        parse_batches(id_column, text_column), nested_spark_schema()
    ).persist()
    return {table: parsed.select(F.inline(table)) for table in ROW_TABLES}


def local_session(app: str = "newsclaims") -> SparkSession:
    """A local Spark session whose Python workers use this interpreter."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master("local[2]")
        .appName(app)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def main(argv: list[str]) -> int:
    """Print quote and figure counts and a few quotes with their speakers."""
    if len(argv) != 1:
        print(__doc__)
        return 2
    spark = local_session()
    try:
        articles = spark.read.json(argv[0])
        tables = extract(articles)
        quotes, figures = tables["quotes"], tables["figures"]
        print(f"quotes: {quotes.count()}, figures: {figures.count()}")
        quotes.where("kind = 'full'").select(
            "article_id", "speaker_name", "speaker_text", "text"
        ).show(10, truncate=60)
        figures.select("article_id", "text", "value", "kind", "unit", "speaker_name").show(
            10, truncate=40
        )
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
