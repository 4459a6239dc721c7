"""Flat records into pandas and Polars, and the Dask example's Parquet output."""

import importlib.util
import math
from pathlib import Path

import pandas as pd
import polars as pl

import tifa
from conftest import CORPUS, CORPUS_FILES, read

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "dask_corpus.py"


def all_rows(method):
    rows = []
    for path in CORPUS_FILES:
        rows.extend(getattr(tifa.parse(read(path), name=path.name), method)())
    return rows


def test_item_records_have_every_column_in_order(reference):
    rows = reference.items()
    assert len(rows) == 10 + 6 + 6
    assert all(list(r) == list(tifa.ITEM_COLUMNS) for r in rows)
    first = rows[0]
    assert first["document"] == "reference"
    assert (first["list"], first["heading"], first["kind"], first["declared_count"]) == (0, "Ten Achievements", "achievements", 10)
    assert (first["ordinal"], first["marker"], first["marker_kind"], first["line"], first["column"]) == (1, "First,", "word", 13, 1)
    for name in ("document", "list", "heading", "ordinal", "marker", "text", "start", "end", "start_byte", "end_byte"):
        assert name in tifa.ITEM_COLUMNS


def test_name_records_have_every_column_in_order(reference):
    rows = reference.names()
    assert len(rows) == sum(len(i.mentions) for i in reference.initiatives) + sum(
        len(c.mentions) for c in reference.concepts
    )
    assert all(list(r) == list(tifa.NAME_COLUMNS) for r in rows)
    bri = [r for r in rows if r["name"] == "Belt and Road Initiative"]
    assert [(r["category"], r["acronym"], r["mention"], r["text"], r["line"]) for r in bri] == [
        ("initiative", "BRI", 0, "Belt and Road", 25),
        ("initiative", "BRI", 1, "Belt and Road", 81),
    ]
    concepts = [r for r in rows if r["category"] == "concept"]
    assert concepts and all(r["acronym"] is None for r in concepts)


def test_pandas_frames_of_the_corpus():
    items = pd.DataFrame(all_rows("items"))
    names = pd.DataFrame(all_rows("names"))
    assert list(items.columns) == list(tifa.ITEM_COLUMNS)
    assert list(names.columns) == list(tifa.NAME_COLUMNS)
    expected_items = sum(
        len(e.items) for p in CORPUS_FILES for e in tifa.parse(read(p)).enumerations
    )
    assert len(items) == expected_items > 50
    assert items["start"].dtype.kind == "i" and items["ordinal"].dtype.kind == "i"
    assert set(items["document"]) <= {p.name for p in CORPUS_FILES}
    # Mentions per initiative across the corpus, the DataFrame way.
    per_name = names[names["category"] == "initiative"].groupby("name").size()
    assert per_name["Belt and Road Initiative"] >= 2
    for row in names.itertuples():
        text = read(CORPUS / row.document)
        assert text[row.start : row.end] == row.text


def test_polars_frames_of_the_corpus():
    items = pl.DataFrame(all_rows("items"))
    names = pl.DataFrame(all_rows("names"))
    assert items.columns == list(tifa.ITEM_COLUMNS)
    assert names.columns == list(tifa.NAME_COLUMNS)
    assert items.schema["start"] == pl.Int64 and items.schema["text"] == pl.String
    assert names.schema["known"] == pl.Boolean
    assert items.height == len(all_rows("items"))
    by_kind = dict(items.group_by("kind").len().iter_rows())
    assert sum(by_kind.values()) == items.height
    assert names.filter(pl.col("category") == "concept").height > 0


def load_example():
    spec = importlib.util.spec_from_file_location("dask_corpus", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def same(a, b):
    return a == b or (a is None or a is pd.NA or (isinstance(a, float) and math.isnan(a))) and (
        b is None or b is pd.NA or (isinstance(b, float) and math.isnan(b))
    )


def test_dask_example_writes_the_corpus_to_parquet(tmp_path):
    example = load_example()
    out = tmp_path / "out"
    assert example.main([str(out), str(CORPUS), "--scheduler", "processes", "--partitions", "3"]) == 0
    for table, columns, method in (("items", tifa.ITEM_COLUMNS, "items"), ("names", tifa.NAME_COLUMNS, "names")):
        got = pd.read_parquet(out / table)
        assert list(got.columns) == list(columns)
        assert len(list((out / table).glob("*.parquet"))) == 3
        expected = all_rows(method)
        assert len(got) == len(expected) > 0
        key = ["document", "start"] if table == "items" else ["document", "category", "name", "mention"]
        got_rows = got.sort_values(key).to_dict("records")
        expected_rows = sorted(expected, key=lambda r: tuple(r[k] for k in key))
        for g, e in zip(got_rows, expected_rows):
            assert all(same(g[c], e[c]) for c in columns), (g, e)


def test_dask_example_threads_scheduler_gives_the_same_rows(tmp_path):
    example = load_example()
    a = example.run([str(CORPUS)], str(tmp_path / "a"), scheduler="threads")
    b = example.run([str(p) for p in CORPUS_FILES], str(tmp_path / "b"), scheduler="synchronous", partitions=1)
    assert a == b == {"items": len(all_rows("items")), "names": len(all_rows("names"))}
