"""Opening a database file: SQLite or DuckDB, pragmas, schema creation and version check."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zvitparse.errors import StoreError
from zvitparse.store.schema import DUCKDB, SCHEMA_VERSION, SQLITE, Dialect, ddl, view_ddl

if TYPE_CHECKING:
    from zvitparse.store.core import Store

Opened = tuple[Any, Dialect, tuple[type[Exception], ...]]


def open_sqlite(p: Path, readonly: bool) -> Opened:
    try:
        if readonly:
            conn = sqlite3.connect(p.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
        else:
            conn = sqlite3.connect(str(p), isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 30000")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            # WAL + NORMAL: a killed process loses nothing committed; only power loss could
            conn.execute("PRAGMA synchronous = NORMAL")
            # a batch of documents dirties more pages than the default 2 MB cache holds; spilling
            # them mid-transaction cost more CPU than the commits a batch saves
            conn.execute("PRAGMA cache_size = -32768")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        raise StoreError(f"{p}: cannot open as SQLite: {exc}") from exc
    return conn, SQLITE, (sqlite3.Error,)


def open_duckdb(p: Path, readonly: bool) -> Opened:
    try:
        import duckdb
    except ImportError as exc:
        raise StoreError(f"{p}: a .duckdb database needs DuckDB: pip install 'zvitparse[duckdb]'") from exc
    try:
        conn = duckdb.connect(str(p), read_only=readonly)
    except duckdb.Error as exc:
        raise StoreError(f"{p}: cannot open as DuckDB: {exc}") from exc
    return conn, DUCKDB, (duckdb.Error,)


def _version(db: Store) -> int:
    if db.dialect is SQLITE:
        return int(db._one("PRAGMA user_version")[0])
    tables = db._one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_info'")
    if not tables[0]:
        return 0
    row = db._one("SELECT value FROM schema_info WHERE key = 'schema_version'")
    return int(row[0]) if row else 0


def prepare(db: Store, readonly: bool) -> None:
    """Create the schema in a new file, refuse another version, refresh the views."""
    try:
        version = _version(db)
        if version not in (0, SCHEMA_VERSION):
            raise StoreError(f"{db.path}: database schema version {version}, this zvitparse "
                             f"uses {SCHEMA_VERSION}: build a new database")
        if version == 0 and readonly:
            raise StoreError(f"{db.path}: not a zvitparse database")
        if readonly:
            # temporary views shadow the stored ones, so a reader always sees the current
            # definitions even in a database an older zvitparse built
            for stmt in view_ddl():
                if stmt.startswith("CREATE VIEW "):
                    db._x(stmt.replace("CREATE VIEW ", "CREATE TEMP VIEW ", 1))
            return
        with db._tx():
            if version == 0:
                for stmt in ddl(db.dialect):
                    db._x(stmt)
                db._x("INSERT INTO schema_info VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
                if db.dialect is SQLITE:
                    db._x(f"PRAGMA user_version = {SCHEMA_VERSION}")
            for stmt in view_ddl():
                db._x(stmt)
    except db._db_errors as exc:
        raise StoreError(f"{db.path}: not a usable database: {exc}") from exc
