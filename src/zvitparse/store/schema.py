"""The database schema: explicit DDL, one version number, the same tables in SQLite and DuckDB.

Every compared table has a primary key that fixes its row order (SQLite: WITHOUT ROWID), so two
builds of the same input give identical tables whatever order documents were written in.
Timestamps live only in `runs`.
"""

from __future__ import annotations

from dataclasses import dataclass

SCHEMA_VERSION = 1

DOCUMENT_COLUMNS = (
    "doc_id", "text_key", "centre_id",
    "centre", "centre_type", "settlement", "oblast", "report_kind",
    "period_start", "period_end", "published", "format", "encoding", "pages",
    "reader", "source", "content_hash", "url", "scraped_at", "source_paths", "n_sources",
    "text_chars", "n_facts", "n_findings", "n_errors", "coverage",
)

FACT_COLUMNS = (
    "doc_id", "seq", "fact_id", "indicator", "value", "value_num", "unit", "percent", "service",
    "criterion", "kekv", "category", "district", "label", "parent_id", "group_id",
    "start", "end", "page", "quote", "extractor", "confidence",
)

FINDING_COLUMNS = (
    "doc_id", "seq", "finding_id", "rule", "severity", "message", "reported", "expected",
    "fact_ids", "start", "end", "quote",
)

SOURCE_COLUMNS = ("path", "doc_id", "content_hash", "format", "reader", "url", "scraped_at", "status")

ERROR_COLUMNS = ("path", "stage", "content_hash", "reason")


@dataclass(frozen=True)
class Dialect:
    name: str
    any_type: str  # a column that keeps ints as ints and text as text where the engine can
    rowid_clause: str  # clause after a keyed table's closing parenthesis
    references: bool  # whether to declare foreign keys


SQLITE = Dialect("sqlite", "", " WITHOUT ROWID", True)
DUCKDB = Dialect("duckdb", "VARCHAR", "", False)


def _ref(d: Dialect, target: str) -> str:
    # Deferred: a document row is replaced (delete + insert) inside one transaction.
    return f" REFERENCES {target} DEFERRABLE INITIALLY DEFERRED" if d.references else ""


def ddl(d: Dialect) -> list[str]:
    """The CREATE statements, in dependency order."""
    w = d.rowid_clause
    return [
        f"""CREATE TABLE IF NOT EXISTS documents (
            doc_id TEXT PRIMARY KEY, text_key TEXT NOT NULL UNIQUE, centre_id TEXT,
            centre TEXT, centre_type TEXT, settlement TEXT, oblast TEXT, report_kind TEXT,
            period_start TEXT, period_end TEXT, published TEXT,
            format TEXT, encoding TEXT, pages INTEGER,
            reader TEXT, source TEXT NOT NULL, content_hash TEXT NOT NULL, url TEXT, scraped_at TEXT,
            source_paths TEXT NOT NULL, n_sources INTEGER NOT NULL,
            text_chars INTEGER, n_facts INTEGER NOT NULL, n_findings INTEGER NOT NULL,
            n_errors INTEGER NOT NULL, coverage TEXT
        ){w}""",
        f"""CREATE TABLE IF NOT EXISTS sources (
            path TEXT PRIMARY KEY, doc_id TEXT{_ref(d, 'documents(doc_id)')},
            content_hash TEXT NOT NULL, format TEXT, reader TEXT, url TEXT, scraped_at TEXT,
            status TEXT NOT NULL
        ){w}""",
        f"""CREATE TABLE IF NOT EXISTS facts (
            doc_id TEXT NOT NULL{_ref(d, 'documents(doc_id)')}, seq INTEGER NOT NULL,
            fact_id TEXT NOT NULL, indicator TEXT NOT NULL, value {d.any_type}, value_num DOUBLE,
            unit TEXT NOT NULL, percent DOUBLE, service TEXT, criterion TEXT, kekv TEXT,
            category TEXT, district TEXT, label TEXT, parent_id TEXT, group_id TEXT,
            start INTEGER, "end" INTEGER, page INTEGER, quote TEXT, extractor TEXT, confidence DOUBLE,
            PRIMARY KEY (doc_id, seq), UNIQUE (doc_id, fact_id)
        ){w}""",
        f"""CREATE TABLE IF NOT EXISTS findings (
            doc_id TEXT NOT NULL{_ref(d, 'documents(doc_id)')}, seq INTEGER NOT NULL,
            finding_id TEXT NOT NULL, rule TEXT NOT NULL, severity TEXT NOT NULL, message TEXT,
            reported TEXT, expected TEXT, fact_ids TEXT, start INTEGER, "end" INTEGER, quote TEXT,
            PRIMARY KEY (doc_id, seq)
        ){w}""",
        f"""CREATE TABLE IF NOT EXISTS errors (
            path TEXT NOT NULL, stage TEXT NOT NULL, content_hash TEXT, reason TEXT NOT NULL,
            PRIMARY KEY (path, stage)
        ){w}""",
        f"""CREATE TABLE IF NOT EXISTS manifest (
            path TEXT PRIMARY KEY, resolved TEXT, name TEXT, url TEXT, scraped_at TEXT, extra TEXT
        ){w}""",
        # Not compared between builds: the only table with clock times.
        """CREATE TABLE IF NOT EXISTS runs (
            run_id INTEGER PRIMARY KEY, command TEXT, started_at TEXT, finished_at TEXT, counts TEXT
        )""",
        "CREATE TABLE IF NOT EXISTS schema_info (key TEXT PRIMARY KEY, value TEXT)",
        "CREATE INDEX IF NOT EXISTS facts_indicator ON facts (indicator, unit, service)",
        "CREATE INDEX IF NOT EXISTS documents_centre ON documents (centre_id, period_start, period_end)",
        "CREATE INDEX IF NOT EXISTS sources_doc ON sources (doc_id)",
        "CREATE INDEX IF NOT EXISTS findings_rule ON findings (rule)",
        "CREATE INDEX IF NOT EXISTS manifest_resolved ON manifest (resolved)",
        "CREATE INDEX IF NOT EXISTS manifest_name ON manifest (name)",
    ]


VIEWS = ("facts_long", "indicators", "centres")


def view_ddl() -> list[str]:
    """Views hold no data: a writable open drops and re-creates them, so a database built by an
    older zvitparse of the same schema version gets the current ones."""
    return [f"DROP VIEW IF EXISTS {v}" for v in VIEWS] + [_FACTS_LONG, _INDICATORS, _CENTRES]


# One row per centre: how many documents and differently spelled names one id gathered.
_CENTRES = """CREATE VIEW centres AS
SELECT centre_id, MIN(settlement) AS settlement, MIN(centre_type) AS centre_type, MIN(oblast) AS oblast,
       COUNT(*) AS n_documents, COUNT(DISTINCT centre) AS n_names,
       MIN(period_start) AS first_period, MAX(period_end) AS last_period
FROM documents WHERE centre_id IS NOT NULL
GROUP BY centre_id"""


# The long table of the exports: SPEC §2 columns with the §5 metadata repeated on every row.
_FACTS_LONG = """CREATE VIEW facts_long AS
SELECT f.doc_id, d.source, f.fact_id, f.indicator, f.value, f.unit, f.percent, f.service,
       f.criterion, f.kekv, f.category, f.district, f.label, f.parent_id, f.group_id,
       f.start, f."end", f.page, f.quote, f.extractor, f.confidence,
       d.centre_id, d.centre, d.centre_type, d.settlement, d.oblast, d.report_kind,
       d.period_start, d.period_end, d.published, d.format, d.encoding, d.pages, d.url,
       f.value_num, f.seq
FROM facts f JOIN documents d ON d.doc_id = f.doc_id"""

# One row per centre × period × indicator × unit × service (criterion and kekv refine the
# indicator for ratings and money; for the indicators a label defines — a share «of what», an
# outcome's reason — the label does too). Only headline facts count: parts of a breakdown (a
# parent, a district, a category) would double the figure. `value` is the most confident
# headline fact's; `n_values` > 1 means the documents or sentences disagree.
LABELLED_INDICATORS = ("share", "outcome_other")
_INDICATORS = f"""CREATE VIEW indicators AS
WITH headline AS (
    SELECT d.centre_id, d.centre, d.settlement, d.centre_type, d.period_start, d.period_end,
           f.indicator, f.unit, f.service, f.criterion, f.kekv, f.label, f.value, f.value_num, f.doc_id,
           f.confidence, f.seq
    FROM facts f JOIN documents d ON d.doc_id = f.doc_id
    WHERE f.parent_id IS NULL AND f.district IS NULL AND f.category IS NULL
), keyed AS (
    SELECT *, CASE WHEN indicator IN {LABELLED_INDICATORS!r} THEN label END AS what
    FROM headline
), ranked AS (
    SELECT *, ROW_NUMBER() OVER (
               PARTITION BY centre_id, period_start, period_end, indicator, unit, service, criterion, kekv, what
               ORDER BY confidence DESC, doc_id, seq) AS rank
    FROM keyed
)
SELECT centre_id, MIN(centre) AS centre, MIN(settlement) AS settlement,
       MIN(centre_type) AS centre_type, period_start, period_end,
       indicator, unit, service, criterion, kekv, what AS label,
       MAX(CASE WHEN rank = 1 THEN value END) AS value,
       MAX(CASE WHEN rank = 1 THEN value_num END) AS value_num,
       COUNT(*) AS n_facts, COUNT(DISTINCT doc_id) AS n_documents,
       COUNT(DISTINCT value) AS n_values, MIN(value_num) AS min_value, MAX(value_num) AS max_value
FROM ranked
GROUP BY centre_id, period_start, period_end, indicator, unit, service, criterion, kekv, what"""
