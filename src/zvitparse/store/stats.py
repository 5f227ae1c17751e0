"""What `zvitparse stats` reports: counts, facts per indicator, and coverage gaps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from zvitparse.store.core import Store


def _year(iso: str | None) -> int | None:
    try:
        return int(str(iso)[:4]) if iso else None
    except ValueError:
        return None


def collect(db: Store) -> dict[str, Any]:
    """Counts, the centres with the years their reports cover, and the gaps between them:
    a gap is a year inside the database's span for which a centre has no report."""
    count = {t: db._one(f"SELECT count(*) FROM {t}")[0] for t in ("documents", "facts", "findings", "errors")}
    count["sources"] = db._one("SELECT count(*) FROM sources WHERE status = 'ok'")[0]
    count["failed_files"] = db._one("SELECT count(*) FROM sources WHERE status = 'error'")[0]
    per_indicator = db._all("SELECT indicator, count(*) FROM facts GROUP BY indicator ORDER BY 2 DESC, 1")
    periods = db._all("SELECT period_start, period_end, count(*) FROM documents "
                      "GROUP BY period_start, period_end ORDER BY period_start, period_end")
    docs = db._all("SELECT centre_id, centre, settlement, period_start, period_end FROM documents "
                   "ORDER BY centre_id, period_start, doc_id")
    centres: dict[str, dict[str, Any]] = {}
    for cid, centre, settlement, start, end in docs:
        c = centres.setdefault(cid or "", {"centre_id": cid, "centre": centre, "settlement": settlement,
                                           "documents": 0, "years": set()})
        c["documents"] += 1
        first, last = _year(start), _year(end) or _year(start)
        if first and last and first <= last:
            c["years"].update(range(first, last + 1))
    all_years = sorted(set().union(*(c["years"] for c in centres.values()))) if centres else []
    span = range(all_years[0], all_years[-1] + 1) if all_years else range(0)
    gaps = [{"centre_id": c["centre_id"], "centre": c["centre"], "settlement": c["settlement"], "year": y}
            for c in centres.values() if c["centre_id"] for y in span if y not in c["years"]]
    centre_list = [{**c, "years": sorted(c["years"])} for c in centres.values()]
    # documents on one centre and period that give one figure different values
    cols, rows = db.query("SELECT settlement, centre_id, period_start, period_end, indicator, unit, service, "
                          "criterion, kekv, label, min_value, max_value, n_documents FROM indicators "
                          "WHERE n_documents > 1 AND n_values > 1 "
                          "ORDER BY settlement, centre_id, period_start, indicator, unit, service")
    conflicts = [dict(zip(cols, r, strict=True)) for r in rows]
    return {
        **count,
        "centres": sum(1 for c in centres.values() if c["centre_id"]),
        "periods": len(periods),
        "years": list(span),
        "facts_per_indicator": [{"indicator": i, "facts": n} for i, n in per_indicator],
        "period_list": [{"period_start": s, "period_end": e, "documents": n} for s, e, n in periods],
        "centre_list": centre_list,
        "gaps": gaps,
        "conflicts": conflicts,
    }
