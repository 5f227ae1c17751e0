"""`Store`: opening the database and writing one file's result in one transaction.

The contract is in the package docstring (`zvitparse.store`).
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zvitparse.errors import StoreError
from zvitparse.model import Report
from zvitparse.store import connect, manifest, rows
from zvitparse.store.schema import DOCUMENT_COLUMNS, SQLITE, Dialect

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

CROSS_DOCUMENT = "cross_document"


def _guarded(method):
    """Database failures (locked, disk full, corrupt) become a StoreError naming the file."""

    @functools.wraps(method)
    def wrapper(self: Store, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except self._db_errors as exc:
            raise StoreError(f"{self.path}: {exc}") from exc

    return wrapper


class Store:
    """The regional database (SQLite by default, DuckDB for a `.duckdb` path)."""

    def __init__(self, conn: Any, dialect: Dialect, path: str, db_errors: tuple[type[Exception], ...]) -> None:
        self.conn = conn
        self.dialect = dialect
        self.path = path
        self._db_errors = db_errors
        self._batch = False  # inside `begin_batch`: writer calls are savepoints of one transaction

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False) -> Store:
        p = Path(path)
        if readonly and not p.exists():
            raise StoreError(f"{p}: no such database")
        if not readonly and not p.parent.exists():
            raise StoreError(f"{p}: directory {p.parent} does not exist")
        conn, dialect, db_errors = (connect.open_duckdb if p.suffix.lower() == ".duckdb" else
                                    connect.open_sqlite)(p, readonly)
        store = cls(conn, dialect, str(p), db_errors)
        try:
            connect.prepare(store, readonly)
        except StoreError:
            store.close()
            raise
        return store

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- low level -------------------------------------------------------------------------
    def _x(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(sql, tuple(params))

    def _one(self, sql: str, params: Sequence[Any] = ()) -> tuple | None:
        return self._x(sql, params).fetchone()

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return self._x(sql, params).fetchall()

    def _many(self, sql: str, seq: list[tuple]) -> None:
        if not seq:
            return
        if self.dialect is SQLITE:
            self.conn.executemany(sql, seq)
            return
        # DuckDB runs executemany row by row; one multi-row VALUES per chunk is ~20× faster
        head, marks = sql.split(" VALUES ", 1)
        for i in range(0, len(seq), 200):
            chunk = seq[i:i + 200]
            self._x(f"{head} VALUES {', '.join([marks] * len(chunk))}", [v for row in chunk for v in row])

    @contextmanager
    def _tx(self) -> Iterator[None]:
        if self._batch:
            # one document inside a batch: a savepoint, so a refused write leaves nothing of itself
            self._x("SAVEPOINT write")
            try:
                yield
            except BaseException:
                if self.conn.in_transaction:  # an I/O error may have ended the whole transaction
                    self._x("ROLLBACK TO write")
                    self._x("RELEASE write")
                raise
            self._x("RELEASE write")
            return
        self._x("BEGIN IMMEDIATE" if self.dialect is SQLITE else "BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self._x("ROLLBACK")
            raise
        self._x("COMMIT")

    # -- batches ---------------------------------------------------------------------------
    @property
    def can_batch(self) -> bool:
        """Whether writes can share a transaction (SQLite; DuckDB has no savepoints)."""
        return self.dialect is SQLITE

    @_guarded
    def begin_batch(self) -> None:
        """Open one transaction for the writer calls that follow, until `commit_batch`.

        The commit is most of the cost of writing a small document; a batch pays it once. Each
        call still writes whole documents (a savepoint), and a process killed before the commit
        loses the batch's documents whole: a rerun extracts them again, as if never written."""
        self._x("BEGIN IMMEDIATE")
        self._batch = True

    @_guarded
    def commit_batch(self) -> None:
        self._batch = False
        self._x("COMMIT")

    def rollback_batch(self) -> None:
        """Drop the open batch (after a failed write or commit); never raises."""
        self._batch = False
        try:
            if self.conn.in_transaction:
                self._x("ROLLBACK")
        except self._db_errors as exc:
            log.warning("%s: rollback failed: %s", self.path, exc)

    @_guarded
    def query(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[tuple]]:
        """Run a read query; returns column names and rows."""
        cur = self._x(sql, params)
        return [c[0] for c in cur.description], cur.fetchall()

    def frame(self, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        import pandas as pd

        cols, data = self.query(sql, params)
        return pd.DataFrame.from_records(data, columns=cols)

    # -- state -----------------------------------------------------------------------------
    @_guarded
    def source_state(self, path: str | Path) -> str | None:
        """The content hash last stored for `path` (a failed file too), or None."""
        row = self._one("SELECT content_hash FROM sources WHERE path = ?", (str(path),))
        return row[0] if row else None

    # -- writing ---------------------------------------------------------------------------
    @_guarded
    def write_result(self, source_path: str | Path, content_hash: str, report: Report, *,
                     reader: str | None = None, url: str | None = None, scraped_at: str | None = None,
                     text_key: str | None = None) -> list[str]:
        path = str(source_path)
        if not report.doc_id or (report.errors and not report.facts and not report.meta):
            errs = report.errors or [{"stage": "read", "reason": "no document"}]
            return self._write_errors(path, content_hash, errs)
        key = text_key or (rows.text_key(report.document.text) if report.document else report.doc_id)
        with self._tx():
            url, scraped_at = manifest.origin(self, path, url, scraped_at)
            doc = rows.document_row(report, key=key, source=path, content_hash=content_hash,
                                    reader=reader, url=url, scraped_at=scraped_at)
            existing = (self._one("SELECT doc_id, source, format FROM documents WHERE text_key = ?", (key,))
                        or self._one("SELECT doc_id, source, format FROM documents WHERE doc_id = ?",
                                     (report.doc_id,)))
            primary = existing is None or existing[1] == path or (
                rows.source_rank(doc["format"], path) < rows.source_rank(existing[2], existing[1]))
            target = report.doc_id if primary else existing[0]
            orphans: list[str] = []
            prior = self._one("SELECT doc_id FROM sources WHERE path = ?", (path,))
            if prior and prior[0] and prior[0] not in (target, existing and existing[0]):
                orphans += self._detach(path, prior[0])
            self._x("DELETE FROM errors WHERE path = ?", (path,))
            if primary:
                if existing:
                    self._delete_document(existing[0])
                    if existing[0] != target:
                        self._x("UPDATE sources SET doc_id = ? WHERE doc_id = ?", (target, existing[0]))
                self._insert_document(doc, report)
            self._x("DELETE FROM sources WHERE path = ?", (path,))
            self._x("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, 'ok')",
                    (path, target, content_hash, doc["format"], doc["reader"], url, scraped_at))
            self._insert_errors(path, content_hash, report.errors)
            self._refresh_sources(target)
        log.debug("stored %s as %s (%s)", path, target, "primary" if primary else "rendition")
        return orphans

    @_guarded
    def write_error(self, source_path: str | Path, content_hash: str, stage: str, reason: str) -> list[str]:
        """Record that a file could not be read or extracted; its old rows go."""
        return self._write_errors(str(source_path), content_hash, [{"stage": stage, "reason": reason}])

    @_guarded
    def forget_source(self, source_path: str | Path) -> list[str]:
        """Drop a file that no longer exists; its document goes with it if it was the last one."""
        path = str(source_path)
        with self._tx():
            prior = self._one("SELECT doc_id FROM sources WHERE path = ?", (path,))
            orphans = self._detach(path, prior[0]) if prior and prior[0] else []
            self._x("DELETE FROM sources WHERE path = ?", (path,))
            self._x("DELETE FROM errors WHERE path = ?", (path,))
        return orphans

    def _write_errors(self, path: str, content_hash: str, errors: list[dict[str, str]]) -> list[str]:
        with self._tx():
            prior = self._one("SELECT doc_id FROM sources WHERE path = ?", (path,))
            orphans = self._detach(path, prior[0]) if prior and prior[0] else []
            url, scraped_at = manifest.origin(self, path, None, None)
            self._x("DELETE FROM errors WHERE path = ?", (path,))
            self._x("DELETE FROM sources WHERE path = ?", (path,))
            self._x("INSERT INTO sources VALUES (?, NULL, ?, NULL, NULL, ?, ?, 'error')",
                    (path, content_hash, url, scraped_at))
            self._insert_errors(path, content_hash, errors)
        return orphans

    def _insert_errors(self, path: str, content_hash: str, errors: list[dict[str, str]]) -> None:
        merged: dict[str, list[str]] = {}
        for e in errors:
            merged.setdefault(str(e.get("stage") or "unknown"), []).append(str(e.get("reason") or ""))
        self._many("INSERT INTO errors VALUES (?, ?, ?, ?)",
                   [(path, stage, content_hash, "; ".join(reasons)) for stage, reasons in sorted(merged.items())])

    def _insert_document(self, doc: dict[str, Any], report: Report) -> None:
        marks = ", ".join("?" for _ in DOCUMENT_COLUMNS)
        self._x(f"INSERT INTO documents VALUES ({marks})", [doc[c] for c in DOCUMENT_COLUMNS])
        doc_id = doc["doc_id"]
        self._many(f"INSERT INTO facts VALUES ({', '.join('?' * 22)})",
                   [rows.fact_row(doc_id, i, f) for i, f in enumerate(report.facts)])
        self._many(f"INSERT INTO findings VALUES ({', '.join('?' * 12)})",
                   [rows.finding_row(doc_id, i, f) for i, f in enumerate(report.findings)])

    def _delete_document(self, doc_id: str) -> None:
        self._x("DELETE FROM facts WHERE doc_id = ?", (doc_id,))
        self._x("DELETE FROM findings WHERE doc_id = ?", (doc_id,))
        self._x("DELETE FROM documents WHERE doc_id = ?", (doc_id,))

    def _detach(self, path: str, doc_id: str) -> list[str]:
        """Take `path` off document `doc_id`. If the document's rows came from this path, they
        go, and its other renditions are returned to be extracted again."""
        self._x("DELETE FROM sources WHERE path = ?", (path,))
        row = self._one("SELECT source FROM documents WHERE doc_id = ?", (doc_id,))
        if row is None:
            return []
        if row[0] != path:
            self._refresh_sources(doc_id)
            return []
        rest = [r[0] for r in self._all("SELECT path FROM sources WHERE doc_id = ? ORDER BY path", (doc_id,))]
        for p in rest:
            self._x("DELETE FROM errors WHERE path = ?", (p,))
        self._x("DELETE FROM sources WHERE doc_id = ?", (doc_id,))
        self._delete_document(doc_id)
        if rest:
            log.info("%s changed: %d other rendition(s) of its report need extracting again", path, len(rest))
        return rest

    def _refresh_sources(self, doc_id: str) -> None:
        """Recompute a document's list of source paths and its URL (the primary's, else any)."""
        src = self._all("SELECT path, url, scraped_at FROM sources WHERE doc_id = ? ORDER BY path", (doc_id,))
        primary = self._one("SELECT source FROM documents WHERE doc_id = ?", (doc_id,))
        with_url = [s for s in src if s[0] == (primary and primary[0]) and s[1]] or [s for s in src if s[1]]
        url, scraped_at = (with_url[0][1], with_url[0][2]) if with_url else (None, None)
        self._x("UPDATE documents SET source_paths = ?, n_sources = ?, url = ?, scraped_at = ? WHERE doc_id = ?",
                (json.dumps([s[0] for s in src], ensure_ascii=False), len(src), url, scraped_at, doc_id))

    # -- manifest, runs, stats -------------------------------------------------------------
    @_guarded
    def load_manifest(self, csv_path: str | Path) -> int:
        """Read a scrape manifest (columns path, url, scraped_at, …); returns the rows loaded."""
        entries = manifest.read_csv(Path(csv_path))
        with self._tx():
            manifest.store(self, entries)
            for (path,) in self._all("SELECT path FROM sources WHERE url IS NULL ORDER BY path"):
                url, scraped_at = manifest.origin(self, path, None, None)
                if url or scraped_at:
                    self._x("UPDATE sources SET url = ?, scraped_at = ? WHERE path = ?", (url, scraped_at, path))
            for (doc_id,) in self._all("SELECT doc_id FROM documents ORDER BY doc_id"):
                self._refresh_sources(doc_id)
        return len(entries)

    @_guarded
    def start_run(self, command: str) -> int:
        with self._tx():
            run_id = int(self._one("SELECT COALESCE(MAX(run_id), 0) + 1 FROM runs")[0])
            self._x("INSERT INTO runs VALUES (?, ?, ?, NULL, NULL)", (run_id, command, _now()))
        return run_id

    @_guarded
    def finish_run(self, run_id: int, counts: dict[str, Any] | None = None) -> None:
        with self._tx():
            self._x("UPDATE runs SET finished_at = ?, counts = ? WHERE run_id = ?",
                    (_now(), json.dumps(counts or {}, sort_keys=True), run_id))

    @_guarded
    def refresh_cross_document(self, lang: str = "uk") -> int:
        """Store the findings between documents (one centre and period, two values of one figure)
        beside each document's own; rewritten only when they changed. Returns how many there are."""
        from zvitparse.audit import audit_reports_by_doc
        from zvitparse.store.load import iter_reports, sharing_centre_period

        doc_ids = sharing_centre_period(self)
        reports = []
        for r in iter_reports(self, doc_ids) if doc_ids else ():
            r.findings = [f for f in r.findings if f.rule != CROSS_DOCUMENT]
            reports.append(r)
        own = {r.doc_id: len(r.findings) for r in reports}
        new, k = [], {}
        for doc_id, f in audit_reports_by_doc(reports, lang):
            k[doc_id] = k.get(doc_id, 0) + 1
            new.append(rows.finding_row(doc_id, own[doc_id] + k[doc_id] - 1, f))
        cols = "doc_id, seq, finding_id, rule, severity, message, reported, expected, fact_ids, start, \"end\", quote"
        old = self._all(f"SELECT {cols} FROM findings WHERE rule = ? ORDER BY doc_id, seq", (CROSS_DOCUMENT,))
        if [tuple(r) for r in old] != sorted(new):
            with self._tx():
                self._x("DELETE FROM findings WHERE rule = ?", (CROSS_DOCUMENT,))
                self._many(f"INSERT INTO findings VALUES ({', '.join('?' * 12)})", sorted(new))
        return len(new)

    def reports(self) -> Iterator[Report]:
        """Every stored document as a `Report` (metadata, facts, findings; no text), by doc_id."""
        from zvitparse.store.load import iter_reports

        return iter_reports(self)

    @_guarded
    def stats(self) -> dict[str, Any]:
        from zvitparse.store.stats import collect

        return collect(self)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
