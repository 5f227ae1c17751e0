"""Store and export speed: writing synthetic reports (one transaction each) into SQLite and
DuckDB, a rebuild's skip check, and exporting the result as CSV, XLSX and Parquet.

    python benchmarks/bench_store.py [--docs 500] [--facts 100]
"""

from __future__ import annotations

import argparse
import importlib.util
import tempfile
import time
from pathlib import Path

from zvitparse.export import tables_from_store, write_tables
from zvitparse.model import Document, Fact, Report
from zvitparse.store import Store, text_key

META = {"centre": "Centre", "centre_type": "css", "settlement": "Town", "centre_id": "town/css/city",
        "report_kind": "annual_report", "format": "txt"}


def _report(i: int, n_facts: int) -> Report:
    text = f"report {i}"
    meta = {**META, "centre_id": f"town{i % 50}/css/city", "period_start": f"{2015 + i % 8}-01-01",
            "period_end": f"{2015 + i % 8}-12-31"}
    facts = [Fact(f"f{k}", "served", k + i, "families", k, k + 5, "quote " * 20, "bench",
                  service=("counselling", "informing", None)[k % 3], parent_id=f"f{k - 1}" if k % 4 else None)
             for k in range(n_facts)]
    doc = Document(source=f"{i}.txt", doc_id=text_key(text), format="txt", encoding="utf-8", text=text)
    return Report(doc_id=doc.doc_id, source=doc.source, meta=meta, facts=facts, document=doc)


def bench(path: Path, docs: int, n_facts: int) -> None:
    reports = [_report(i, n_facts) for i in range(docs)]
    with Store.open(path) as store:
        t0 = time.perf_counter()
        for r in reports:
            store.write_result(r.source, f"hash{r.source}", r)
        write = time.perf_counter() - t0
        t0 = time.perf_counter()
        for r in reports:
            store.source_state(r.source)
        check = time.perf_counter() - t0
        t0 = time.perf_counter()
        tables = tables_from_store(store)
        load = time.perf_counter() - t0
    print(f"{path.suffix[1:]:>7}: write {write / docs * 1000:6.1f} ms/doc ({docs * n_facts / write:,.0f} facts/s), "
          f"skip check {check / docs * 1e6:5.0f} µs/file, tables {load:5.2f} s, "
          f"file {path.stat().st_size / 1e6:.1f} MB")
    for fmt in ("csv", "parquet", "xlsx"):
        t0 = time.perf_counter()
        write_tables(tables, fmt, path.with_suffix(f".{fmt}"), main="facts")
        print(f"         export {fmt:<8}{time.perf_counter() - t0:6.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--facts", type=int, default=100, help="facts per document")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        suffixes = [".sqlite"] + ([".duckdb"] if importlib.util.find_spec("duckdb") else [])
        for suffix in suffixes:
            bench(Path(tmp) / f"bench{suffix}", args.docs, args.facts)


if __name__ == "__main__":
    main()
