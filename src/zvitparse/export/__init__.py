"""Output tables and the files they are written to.

`tables` shapes rows (from reports or from the database); `writers` writes them as CSV,
XLSX or Parquet. `fact_rows` is what `zvitparse.to_frame` builds its DataFrame from.
"""

from __future__ import annotations

from zvitparse.export.tables import (
    FACT_COLUMNS,
    LONG_COLUMNS,
    fact_rows,
    report_json,
    report_record,
    tables_from_reports,
    tables_from_store,
    wide_table,
)
from zvitparse.export.writers import TABLE_FORMATS, write_tables

__all__ = ["FACT_COLUMNS", "LONG_COLUMNS", "TABLE_FORMATS", "fact_rows", "report_json", "report_record",
           "tables_from_reports", "tables_from_store", "wide_table", "write_tables"]
