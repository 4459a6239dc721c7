"""Run a corpus of text files through tifa with Dask and write Parquet.

    python examples/dask_corpus.py OUT_DIR FILE_OR_DIR [FILE_OR_DIR ...] [--scheduler S]

Writes ``OUT_DIR/items`` (one row per list item, the columns of ``tifa.ITEM_COLUMNS``)
and ``OUT_DIR/names`` (one row per mention of an initiative or concept,
``tifa.NAME_COLUMNS``) as Parquet datasets, one file per partition. The work is a
``dask.bag`` over file paths: each task reads its files and parses them, so the same code
runs on Dask's local schedulers (``threads``, ``processes``, ``synchronous``) and, with a
``dask.distributed.Client`` created first, on a cluster whose workers have ``tifa-parser``
installed and can read the paths.

Read the result with pandas, Polars or DuckDB::

    pandas.read_parquet("out/items")
    polars.read_parquet("out/names/*.parquet")
    duckdb -c "SELECT name, count(*) FROM 'out/names/*.parquet' GROUP BY name"
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Dict, Iterable, List, Sequence, Tuple

import dask
import dask.bag as db
import dask.dataframe as dd
import pandas as pd

import tifa

# JSON types of the schema-derived columns as pandas nullable dtypes, so that every
# partition has the same Parquet schema even when a column is all null in it.
_DTYPES = {"string": "string", "integer": "Int64", "boolean": "boolean", "number": "Float64"}


def frame(rows: List[Dict], columns: Dict[str, str]) -> pd.DataFrame:
    """Flat tifa records as a DataFrame with fixed columns and dtypes."""
    df = pd.DataFrame.from_records(rows, columns=list(columns))
    return df.astype({name: _DTYPES[kind] for name, kind in columns.items()})


def parse_file(path: str) -> Tuple[List[Dict], List[Dict]]:
    """The item and name records of one file (named by its file name)."""
    doc = tifa.parse_bytes(Path(path).read_bytes(), name=Path(path).name)
    return doc.items(), doc.names()


def list_files(inputs: Iterable[str]) -> List[str]:
    """The .txt files named, or found directly in the folders named, sorted."""
    files = []
    for name in inputs:
        p = Path(name)
        files.extend(sorted(str(f) for f in p.glob("*.txt")) if p.is_dir() else [str(p)])
    return files


def run(inputs: Sequence[str], out: str, scheduler: str = "threads", partitions: int = 0) -> Dict[str, int]:
    """Parse every file and write ``out/items`` and ``out/names``; returns row counts."""
    files = list_files(inputs)
    if not files:
        raise SystemExit("no .txt files found")
    bag = db.from_sequence(files, npartitions=partitions or min(len(files), 8))
    parsed = bag.map(parse_file)
    writes = []
    for index, (table, columns) in enumerate((("items", tifa.ITEM_COLUMNS), ("names", tifa.NAME_COLUMNS))):
        records = parsed.pluck(index).flatten()
        parts = [dask.delayed(frame)(part, columns) for part in records.to_delayed()]
        df = dd.from_delayed(parts, meta=frame([], columns), verify_meta=True)
        writes.append(df.to_parquet(str(Path(out) / table), write_index=False, overwrite=True, compute=False))
    # One computation for both tables, so each file is read and parsed once.
    dask.compute(*writes, scheduler=scheduler)
    written = {table: len(pd.read_parquet(Path(out) / table)) for table in ("items", "names")}
    return written


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", help="folder for the Parquet datasets")
    ap.add_argument("inputs", nargs="+", help=".txt files or folders of them")
    ap.add_argument("--scheduler", default="threads", choices=["threads", "processes", "synchronous"])
    ap.add_argument("--partitions", type=int, default=0, help="bag partitions (default: files, at most 8)")
    args = ap.parse_args(argv)
    counts = run(args.inputs, args.out, args.scheduler, args.partitions)
    print(f"{counts['items']} items, {counts['names']} name mentions written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
