"""Validate the whole blind15 set.

For every gold file in corpus/blind15_gold/:
  - its report exists in corpus/blind15/, and every report has a gold file;
  - the JSON has the expected keys, metadata values from SPEC §5, ISO dates;
  - every fact, parent, skipped, checks_passed and audit quote is a verbatim substring of
    what `zvitparse read REPORT` prints (the only zvitparse command used);
  - indicator / unit / service / kekv / criterion ids are known; parent ids resolve;
  - every checks_passed entry is arithmetically TRUE and every audit entry FALSE, as
    recomputed from its "verify" description (see common.evaluate);
  - audit rules are SPEC §6 rule names, severities are error / warning / info.
Prints a table of facts / planted findings per file and exits non-zero on any problem.
"""
import datetime
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

RULES = {"percent_mismatch", "percent_impossible", "percents_sum", "parts_sum", "table_arithmetic",
         "percent_range", "rating_band", "stale_period", "internal_conflict", "cross_document"}
CENTRE_TYPES = {"css", "tcso", "cnsp", "uszn", "other"}
KINDS = {"internal_assessment", "external_assessment", "annual_report", "period_report", "other"}
TOP_KEYS = {"doc", "meta", "meta_alt", "facts", "audit", "checks_passed", "skipped", "notes"}


def iso(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


def check_file(path):
    errs = []
    with open(path, encoding="utf-8") as fh:
        d = json.load(fh)
    extra = set(d) - TOP_KEYS
    if extra:
        errs.append(f"unexpected top-level keys {sorted(extra)}")
    rep = os.path.join(REPORTS, d["doc"])
    if not os.path.exists(rep):
        return d, [f"report {d['doc']} missing"]
    if os.path.splitext(os.path.basename(path))[0] != os.path.splitext(d["doc"])[0]:
        errs.append("gold stem differs from report stem")
    meta = d["meta"]
    if meta.get("centre_type") not in CENTRE_TYPES:
        errs.append(f"centre_type {meta.get('centre_type')}")
    if meta.get("report_kind") not in KINDS:
        errs.append(f"report_kind {meta.get('report_kind')}")
    for k in ("period_start", "period_end", "published"):
        if k in meta and not iso(meta[k]):
            errs.append(f"meta {k} not ISO: {meta[k]}")
    if meta["period_start"] > meta["period_end"]:
        errs.append("period_start after period_end")
    for k, alts in d.get("meta_alt", {}).items():
        if k not in meta or not isinstance(alts, list):
            errs.append(f"meta_alt {k} malformed")
    for a in d.get("audit", []):
        if a.get("rule") not in RULES:
            errs.append(f"audit rule {a.get('rule')} not in SPEC §6")
        if a.get("severity") not in ("error", "warning", "info"):
            errs.append(f"audit severity {a.get('severity')}")
    for c in d.get("checks_passed", []):
        if c.get("rule") not in RULES:
            errs.append(f"checks_passed rule {c.get('rule')} not in SPEC §6")
        if "verify" not in c:
            errs.append(f"checks_passed without verify: {c.get('note')}")
    for a in d.get("audit", []):
        if "verify" not in a:
            errs.append(f"audit without verify: {a.get('note')}")
    errs += validate(d, read_text(rep))
    return d, errs


def main():
    golds = sorted(f for f in os.listdir(GOLD) if f.endswith(".json"))
    reports = sorted(f for f in os.listdir(REPORTS) if f.startswith("b15_"))
    bad = 0
    stems = {os.path.splitext(g)[0] for g in golds}
    for r in reports:
        if os.path.splitext(r)[0] not in stems:
            print(f"{r}: no gold file")
            bad += 1
    tot_f = tot_a = tot_c = 0
    print(f"{'gold file':45} {'facts':>5} {'audit':>5} {'checks':>6} {'skipped':>7}")
    for g in golds:
        d, errs = check_file(os.path.join(GOLD, g))
        nf, na, nc, ns = (len(d.get(k, [])) for k in ("facts", "audit", "checks_passed", "skipped"))
        tot_f, tot_a, tot_c = tot_f + nf, tot_a + na, tot_c + nc
        print(f"{g:45} {nf:5} {na:5} {nc:6} {ns:7}  {'OK' if not errs else 'FAIL'}")
        for e in errs:
            print("    -", e)
        bad += len(errs)
    print(f"{'total':45} {tot_f:5} {tot_a:5} {tot_c:6}")
    if bad:
        print(f"{bad} problem(s)")
        sys.exit(1)
    print("all quotes verbatim, all checks true, all planted slips false")


if __name__ == "__main__":
    main()
