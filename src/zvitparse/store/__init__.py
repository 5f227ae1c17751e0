"""The regional database: one row per distinct report, its facts, findings and errors.

Contract for writers (the batch builder) — stable; new keyword arguments only ever get defaults:

    store = Store.open("regional.sqlite")      # `.duckdb` → DuckDB if installed, else StoreError
    store.source_state(path) -> str | None     # content hash last stored for that path (also for
                                               # a file that failed), None if never seen
    store.write_result(path, content_hash, report, reader=None, url=None, scraped_at=None,
                       text_key=None) -> list[str]
    store.write_error(path, content_hash, stage, reason) -> list[str]
    store.forget_source(path) -> list[str]     # a file that vanished
    store.load_manifest("scraped.csv") -> int  # columns path, url, scraped_at, …; fills url
    store.start_run(command) -> int; store.finish_run(run_id, counts)   # the only clock times
    store.stats() -> dict; store.close()       # also a context manager

Each call is ONE transaction: a document is never half-written. Between `begin_batch()` and
`commit_batch()` (SQLite: `store.can_batch`), the calls share one transaction, each call a
savepoint in it (a refused call leaves nothing; `rollback_batch()` drops the batch). `write_result`:
- keys the document by `report.doc_id` and by a text key (`text_key(doc.text)`: text without
  whitespace, dashes, page-number lines). The worker may drop `report.document` to save
  pickling; then pass `text_key=zvitparse.store.text_key(doc.text)` or renditions whose
  reader doc_ids differ are not merged (doc_id is used as the key).
- the same report in several files is stored once; every path lands in `sources` and in
  `documents.source_paths`. Its facts come from the primary rendition (txt < docx < html < pdf,
  then the smallest path), so the result does not depend on the order of writes.
- a path that held another document before (a changed file) is detached from it first; a
  report with no doc_id, or with errors and neither meta nor facts, is written as an error.
- the path's previous errors are cleared; `report.errors` of a readable file are kept as rows.
All three writers return paths that must be extracted again: when a document's primary
rendition changes or vanishes, its remaining renditions lose their rows (their `source_state`
becomes None) and are listed, so the caller can re-submit them in the same build. An unknown
path is simply ignored by `forget_source`.

Readers (export, stats): `Store.open(path, readonly=True)`, `store.query(sql, params)`,
`store.frame(sql)` → pandas, `store.reports()` → the documents back as `Report`s (no text), e.g.
for `zvitparse.audit.audit_reports` (cross_document) over a whole database. Tables and views: see `schema.py` (`documents`, `sources`, `facts`,
`findings`, `errors`, `manifest`, `runs`; views `facts_long`, `indicators`).
"""

from __future__ import annotations

from zvitparse.store.core import Store
from zvitparse.store.rows import centre_id, text_key
from zvitparse.store.schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "Store", "centre_id", "text_key"]
