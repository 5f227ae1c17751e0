"""Shared helpers for the blind14 generators.

Each generator r<N>_*.py writes one report into corpus/blind14/ and its gold
into corpus/blind14_gold/, then checks every quote against the text that
`zvitparse read FILE` prints (the only zvitparse command these scripts use).
"""
import csv
import json
import os
import re
import subprocess
import sys

GEN = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.dirname(GEN)                                   # corpus/blind14
GOLD = os.path.join(os.path.dirname(REPORTS), "blind14_gold")    # corpus/blind14_gold
SHARED = os.environ.get("ZVIT_SHARED", "/work/shared")

INDICATORS = {
    "applied", "notified", "needs_assessed", "in_difficult_circumstances", "registered",
    "registered_new", "deregistered", "served", "services_provided", "support_started",
    "support_completed", "support_ongoing", "outcome_positive", "outcome_minimized",
    "outcome_negative", "outcome_other", "survey_respondents", "complaints",
    "staff_positions", "staff_actual", "staff_trained", "events", "event_participants",
    "calls", "share", "satisfaction", "rating", "budget_approved", "budget_spent",
    "budget_savings", "budget_received", "aid_value",
}
UNITS = {
    "families", "persons", "children", "families_persons", "recipients", "services",
    "staff", "positions", "applications", "complaints", "events", "calls", "percent",
    "uah", "rating",
}
META_FIELDS = {"centre", "centre_type", "settlement", "oblast", "report_kind",
               "period_start", "period_end", "published"}
FACT_KEYS = ["id", "indicator", "unit", "value", "percent", "service", "criterion", "kekv",
             "category", "district", "label", "group", "alt", "parent_id", "parent_quote",
             "quote", "unit_alt", "uncertain", "note"]


def _vocab_ids(name, col):
    path = os.path.join(SHARED, "vocab", name)
    try:
        with open(path, encoding="utf-8") as fh:
            return {row[col] for row in csv.DictReader(fh)}
    except OSError:
        return None


SERVICES = _vocab_ids("services.csv", "id")
KEKV = _vocab_ids("kekv.csv", "code")
CRITERIA = _vocab_ids("criteria.csv", "id")

_read_cache = {}


def read_text(path):
    """The normalized text `zvitparse read` prints for a file."""
    if path not in _read_cache:
        res = subprocess.run(["zvitparse", "read", path], capture_output=True, text=True)
        if res.returncode != 0:
            raise SystemExit(f"zvitparse read failed on {path}: {res.stderr}")
        _read_cache[path] = res.stdout
    return _read_cache[path]


def squash(s):
    """Collapse runs of spaces (what the reader does to plain-text lines)."""
    return re.sub(r"[ \u00a0]+", " ", s).strip()


def nq(s):
    """Quote as the reader prints it: apostrophes unified, no-break spaces as spaces."""
    return s.replace("\u2019", "'").replace("\u02bc", "'").replace("\u00a0", " ")


def write_text(path, text, encoding="utf-8", newline="\n"):
    data = text.replace("\n", newline)
    with open(path, "wb") as fh:
        fh.write(data.encode(encoding))


def report_path(name):
    return os.path.join(REPORTS, name)


class Gold:
    def __init__(self, doc, meta, meta_alt=None):
        bad = set(meta) - META_FIELDS
        assert not bad, bad
        self.doc = doc
        self.meta = meta
        self.meta_alt = meta_alt or {}
        self.facts = []
        self.audit = []
        self.checks = []
        self.skipped = []
        self.notes = []
        self._by_id = {}

    # -- facts -----------------------------------------------------------
    def f(self, indicator, unit, value, quote, **kw):
        fid = f"f{len(self.facts) + 1}"
        fact = {"id": fid, "indicator": indicator, "unit": unit, "value": value, "quote": nq(quote)}
        parent = kw.pop("parent", None)
        if parent is not None:
            fact["parent_id"] = parent
            fact["parent_quote"] = self._by_id[parent]["quote"]
        for k, v in kw.items():
            if k not in FACT_KEYS:
                raise KeyError(k)
            if v is not None:
                fact[k] = v
        ordered = {k: fact[k] for k in FACT_KEYS if k in fact}
        self.facts.append(ordered)
        self._by_id[fid] = ordered
        return fid

    def skip(self, quote, values, reason):
        self.skipped.append({"quote": nq(quote), "values": values, "reason": reason})

    def check(self, rule, quote, note):
        self.checks.append({"rule": rule, "quote": nq(quote), "note": note})

    def slip(self, rule, severity, quote, reported, expected, fact_ids, note):
        self.audit.append({"rule": rule, "severity": severity, "quote": nq(quote),
                           "reported": reported, "expected": expected,
                           "fact_ids": fact_ids, "note": note})

    def note(self, s):
        self.notes.append(s)

    # -- output ----------------------------------------------------------
    def as_dict(self):
        d = {"doc": self.doc, "meta": self.meta}
        if self.meta_alt:
            d["meta_alt"] = self.meta_alt
        d.update({"facts": self.facts, "audit": self.audit, "checks_passed": self.checks,
                  "skipped": self.skipped, "notes": self.notes})
        return d

    def write(self):
        path = report_path(self.doc)
        text = read_text(path)
        errors = validate(self.as_dict(), text)
        out = os.path.join(GOLD, os.path.splitext(self.doc)[0] + ".json")
        os.makedirs(GOLD, exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(self.as_dict(), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        if errors:
            print(f"{self.doc}: {len(errors)} problem(s)")
            for e in errors:
                print("  -", e)
            sys.exit(1)
        print(f"{self.doc}: {len(self.facts)} facts, {len(self.audit)} planted slip finding(s), "
              f"{len(self.skipped)} skipped, quotes OK")


def validate(d, text):
    """Structural checks on one gold dict against the read text. Returns a list of errors."""
    errs = []
    facts = d.get("facts", [])
    ids = [f.get("id") for f in facts]
    if len(set(ids)) != len(ids):
        errs.append("duplicate fact ids")
    idset = set(ids)
    if not 20 <= len(facts) <= 50:
        errs.append(f"fact count {len(facts)} outside 20..50")
    for k in ("period_start", "period_end", "centre", "centre_type", "settlement", "report_kind"):
        if k not in d.get("meta", {}):
            errs.append(f"meta lacks {k}")
    for f in facts:
        fid = f.get("id")
        if f.get("indicator") not in INDICATORS:
            errs.append(f"{fid}: unknown indicator {f.get('indicator')}")
        for a in f.get("alt", []):
            if a not in INDICATORS:
                errs.append(f"{fid}: unknown alt indicator {a}")
        if f.get("unit") not in UNITS:
            errs.append(f"{fid}: unknown unit {f.get('unit')}")
        if f.get("unit_alt") and f["unit_alt"] not in UNITS:
            errs.append(f"{fid}: unknown unit_alt {f['unit_alt']}")
        if SERVICES is not None and f.get("service") and f["service"] not in SERVICES:
            errs.append(f"{fid}: unknown service {f['service']}")
        if KEKV is not None and f.get("kekv") and f["kekv"] not in KEKV:
            errs.append(f"{fid}: unknown kekv {f['kekv']}")
        if CRITERIA is not None and f.get("criterion") and f["criterion"] not in CRITERIA:
            errs.append(f"{fid}: unknown criterion {f['criterion']}")
        if not isinstance(f.get("value"), (int, float, str)) or isinstance(f.get("value"), bool):
            errs.append(f"{fid}: bad value {f.get('value')!r}")
        if isinstance(f.get("value"), float) and f["value"].is_integer():
            errs.append(f"{fid}: whole value written as float {f['value']}")
        if f.get("quote", "") == "" or f["quote"] not in text:
            errs.append(f"{fid}: quote not in read text: {f.get('quote')!r}")
        if "parent_id" in f:
            if f["parent_id"] not in idset:
                errs.append(f"{fid}: parent {f['parent_id']} does not resolve")
            if f.get("parent_quote") and f["parent_quote"] not in text:
                errs.append(f"{fid}: parent_quote not in read text")
    for a in d.get("audit", []):
        if a.get("quote") not in text:
            errs.append(f"audit quote not in read text: {a.get('quote')!r}")
        for fid in a.get("fact_ids", []):
            if fid not in idset:
                errs.append(f"audit fact id {fid} does not resolve")
        if not a.get("fact_ids"):
            errs.append("audit finding without fact_ids")
    for c in d.get("checks_passed", []):
        q = c.get("quote") if isinstance(c, dict) else None
        if q is not None and q not in text:
            errs.append(f"checks_passed quote not in read text: {q!r}")
    for s in d.get("skipped", []):
        if s.get("quote") not in text:
            errs.append(f"skipped quote not in read text: {s.get('quote')!r}")
    return errs


def freeze_zip(path, when=(2024, 2, 1, 9, 0, 0)):
    """Rewrite a DOCX (zip) with fixed entry timestamps so regenerating gives the same bytes."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
