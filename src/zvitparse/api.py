"""The public Python API; the CLI calls exactly these functions.

Data flows one way: read → normalize → NLP → extract → link → audit. Each stage is a module of
its own; this one only wires them and turns a failure in a stage into an error row.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from zvitparse.errors import ZvitparseError
from zvitparse.model import Document, Report

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)


def parse_document(doc: Document, *, audit: bool = True, timings: dict[str, float] | None = None) -> Report:
    """Extract metadata and facts from a read document, then audit them."""
    from zvitparse.extract import extract_facts
    from zvitparse.extract.meta import extract_meta
    from zvitparse.nlp import nlp_seconds

    timings = timings if timings is not None else {}
    report = Report(doc_id=doc.doc_id, source=doc.source, document=doc)
    t0, nlp0 = time.perf_counter(), nlp_seconds()
    report.meta = extract_meta(doc)
    report.facts = extract_facts(doc, report.meta)
    timings["extract"] = timings.get("extract", 0.0) + time.perf_counter() - t0
    # the part of extraction spent in spaCy (tokens and lemmas), for the build's stage figures
    timings["nlp"] = timings.get("nlp", 0.0) + nlp_seconds() - nlp0
    if audit:
        from zvitparse.audit import audit_report

        t0 = time.perf_counter()
        report.findings, report.coverage = audit_report(report)
        timings["audit"] = timings.get("audit", 0.0) + time.perf_counter() - t0
    return report


def parse(path: str | Path, *, audit: bool = True) -> Report:
    """Read one file and extract everything from it. Never raises for a bad file:
    the reason is in `report.errors`."""
    from zvitparse.read import read_path

    source = str(path)
    try:
        doc = read_path(path)
    except ZvitparseError as exc:
        return Report(doc_id="", source=source, errors=[{"stage": "read", "reason": str(exc)}])
    try:
        return parse_document(doc, audit=audit)
    except ZvitparseError as exc:
        return Report(doc_id=doc.doc_id, source=source, errors=[{"stage": "extract", "reason": str(exc)}])


def to_frame(reports: Iterable[Report]) -> pd.DataFrame:
    """One row per fact with the document's metadata columns (SPEC §2, §5)."""
    import pandas as pd

    from zvitparse.export import fact_rows

    return pd.DataFrame(fact_rows(reports))
