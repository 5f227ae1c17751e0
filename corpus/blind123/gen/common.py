"""Shared helpers for the blind123 generators (copied from blind18's common.py, paths changed;
added: save_docx, docx_table).

Each generator r<N>_*.py writes one report into corpus/blind123/ and its gold
into corpus/blind123_gold/, then checks every quote against the text that
`zvitparse read FILE` prints (the only zvitparse command these scripts use)
and evaluates every `verify` expression of `checks_passed` (must be true) and
`audit` (must be false: the planted slips).

`verify` mini-language: a Python expression evaluated with no builtins except
the helpers below. Names `f<N>` are the gold value of fact fN, `p<N>` its
`percent`. Helpers:
  pct_ok(p, k, n, d)  p equals 100*k/n at d decimals (half-up, half-even, floor or ceiling)
  grim_ok(p, n, d)    some whole k in 0..n gives p at d decimals
  psum_ok(ps, d)      percentages of one partition sum to 100 within the rounding d decimals allow
  band(x, bands)      the label of the band (lo, hi, label) that holds x
  near(a, b)          |a - b| < 1e-6 (for sums of decimal numbers)
plus sum, abs, round, min, max, all, any, len.
"""
import csv
import json
import os
import re
import subprocess
import sys
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_FLOOR, ROUND_CEILING

GEN = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.dirname(GEN)                                   # corpus/blind123
GOLD = os.path.join(os.path.dirname(REPORTS), "blind123_gold")    # corpus/blind123_gold
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
RULES = {"percent_mismatch", "percent_impossible", "percents_sum", "parts_sum",
         "table_arithmetic", "percent_range", "rating_band", "stale_period",
         "internal_conflict", "cross_document"}
META_FIELDS = {"centre", "centre_type", "settlement", "oblast", "report_kind",
               "period_start", "period_end", "published"}
FACT_KEYS = ["id", "indicator", "unit", "value", "percent", "service", "criterion", "kekv",
             "category", "district", "label", "group", "alt", "parent_id", "parent_quote",
             "quote", "unit_alt", "uncertain", "note"]
MIN_FACTS, MAX_FACTS = 20, 60


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
    """The text `zvitparse read` prints for a file, apostrophes unified."""
    if path not in _read_cache:
        res = subprocess.run(["zvitparse", "read", path], capture_output=True, text=True)
        if res.returncode != 0:
            raise SystemExit(f"zvitparse read failed on {path}: {res.stderr}")
        _read_cache[path] = nq(res.stdout)
    return _read_cache[path]


def nq(s):
    """Quote as the reader prints it: apostrophes unified, no-break spaces as spaces."""
    return s.replace("\u2019", "'").replace("\u02bc", "'").replace("\u00a0", " ")


def write_text(path, text, encoding="utf-8", newline="\n"):
    data = text.replace("\n", newline)
    with open(path, "wb") as fh:
        fh.write(data.encode(encoding))


def report_path(name):
    return os.path.join(REPORTS, name)


# -- verify helpers ------------------------------------------------------
_MODES = (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_FLOOR, ROUND_CEILING)


def pct_ok(p, k, n, d):
    if n == 0:
        return False
    x = Decimal(k) * 100 / Decimal(n)
    q = Decimal(1).scaleb(-d)
    return Decimal(str(p)).quantize(q) in {x.quantize(q, rounding=m) for m in _MODES}


def grim_ok(p, n, d):
    return any(pct_ok(p, k, n, d) for k in range(0, int(n) + 1))


def psum_ok(ps, d):
    tol = Decimal(len(ps)) * Decimal("0.5") * Decimal(1).scaleb(-d)
    return abs(sum(Decimal(str(p)) for p in ps) - 100) <= tol


def band(x, bands):
    for lo, hi, label in bands:
        if lo <= x <= hi:
            return label
    return None


def near(a, b):
    return abs(a - b) < 1e-6


HELPERS = {"pct_ok": pct_ok, "grim_ok": grim_ok, "psum_ok": psum_ok, "band": band,
           "near": near, "sum": sum, "abs": abs, "round": round, "min": min, "max": max,
           "all": all, "any": any, "len": len}


def eval_verify(expr, facts):
    env = dict(HELPERS)
    for f in facts:
        n = f["id"][1:]
        env["f" + n] = f["value"]
        env["p" + n] = f.get("percent")
    return eval(expr, {"__builtins__": {}}, env)


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

    def check(self, rule, quote, note, verify):
        self.checks.append({"rule": rule, "quote": nq(quote), "note": note, "verify": verify})

    def slip(self, rule, severity, quote, reported, expected, fact_ids, note, verify, slip=1):
        """One audit finding. `slip` numbers the planted slip within the file: two findings that
        record the same slip (different rules or evidence) share the number."""
        self.audit.append({"rule": rule, "severity": severity, "quote": nq(quote),
                           "reported": reported, "expected": expected,
                           "fact_ids": fact_ids, "note": note, "verify": verify,
                           "slip": f"{os.path.splitext(self.doc)[0]}#{slip}"})

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
        print(f"{self.doc}: {len(self.facts)} facts, {len(self.audit)} audit finding(s), "
              f"{len(self.checks)} checks, {len(self.skipped)} skipped, "
              f"{len(text.encode('utf-8'))} bytes of read text, quotes OK")


def validate(d, text):
    """Structural and arithmetic checks on one gold dict against the read text."""
    errs = []
    facts = d.get("facts", [])
    ids = [f.get("id") for f in facts]
    if len(set(ids)) != len(ids):
        errs.append("duplicate fact ids")
    idset = set(ids)
    if not MIN_FACTS <= len(facts) <= MAX_FACTS:
        errs.append(f"fact count {len(facts)} outside {MIN_FACTS}..{MAX_FACTS}")
    for k in ("period_start", "period_end", "centre", "centre_type", "settlement", "report_kind"):
        if k not in d.get("meta", {}):
            errs.append(f"meta lacks {k}")
    for k in d.get("meta_alt", {}):
        if k not in META_FIELDS:
            errs.append(f"meta_alt has unknown field {k}")
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
        v = f.get("value")
        if not isinstance(v, (int, float, str)) or isinstance(v, bool):
            errs.append(f"{fid}: bad value {v!r}")
        if isinstance(v, float) and v.is_integer():
            errs.append(f"{fid}: whole value written as float {v}")
        if f.get("unit") == "rating" and v not in ("good", "satisfactory", "unsatisfactory"):
            errs.append(f"{fid}: bad rating {v!r}")
        if f.get("quote", "") == "" or f["quote"] not in text:
            errs.append(f"{fid}: quote not in read text: {f.get('quote')!r}")
        if "parent_id" in f:
            if f["parent_id"] not in idset:
                errs.append(f"{fid}: parent {f['parent_id']} does not resolve")
            if f.get("parent_quote") and f["parent_quote"] not in text:
                errs.append(f"{fid}: parent_quote not in read text")
    for a in d.get("audit", []):
        if a.get("rule") not in RULES:
            errs.append(f"audit: unknown rule {a.get('rule')}")
        if a.get("quote") not in text:
            errs.append(f"audit quote not in read text: {a.get('quote')!r}")
        for fid in a.get("fact_ids", []):
            if fid not in idset:
                errs.append(f"audit fact id {fid} does not resolve")
        if not a.get("fact_ids"):
            errs.append("audit finding without fact_ids")
        try:
            ok = eval_verify(a["verify"], facts)
        except Exception as e:  # noqa: BLE001
            errs.append(f"audit verify {a.get('verify')!r} raised {e!r}")
        else:
            if ok is not False:
                errs.append(f"audit verify should be False (a slip): {a['verify']!r} -> {ok!r}")
    for c in d.get("checks_passed", []):
        if c.get("rule") not in RULES:
            errs.append(f"check: unknown rule {c.get('rule')}")
        if c.get("quote") not in text:
            errs.append(f"checks_passed quote not in read text: {c.get('quote')!r}")
        try:
            ok = eval_verify(c["verify"], facts)
        except Exception as e:  # noqa: BLE001
            errs.append(f"check verify {c.get('verify')!r} raised {e!r}")
        else:
            if ok is not True:
                errs.append(f"check verify should be True: {c['verify']!r} -> {ok!r}")
    for s in d.get("skipped", []):
        if s.get("quote") not in text:
            errs.append(f"skipped quote not in read text: {s.get('quote')!r}")
    return errs


def freeze_zip(path, when=(2025, 2, 1, 9, 0, 0)):
    """Rewrite a DOCX (zip) with fixed entry timestamps so regenerating gives the same bytes."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def fix_docx_props(doc, author="Центр"):
    """Fixed core properties so the DOCX bytes do not depend on the clock."""
    import datetime as _dt
    cp = doc.core_properties
    when = _dt.datetime(2025, 2, 1, 9, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1


# reportlab helpers ------------------------------------------------------
FONT_DIR = "/usr/share/fonts/truetype/liberation/"


def register_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, fn in (("LSerif", "LiberationSerif-Regular.ttf"),
                     ("LSerif-B", "LiberationSerif-Bold.ttf"),
                     ("LSerif-I", "LiberationSerif-Italic.ttf"),
                     ("LSans", "LiberationSans-Regular.ttf"),
                     ("LSans-B", "LiberationSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, FONT_DIR + fn))


# added for blind123 ------------------------------------------------------
def save_docx(doc, path, author="Центр"):
    """Save a python-docx Document with fixed core properties and zip timestamps."""
    fix_docx_props(doc, author)
    doc.save(path)
    freeze_zip(path)


def docx_table(doc, rows, style="Table Grid", merge_first=None):
    """Add a table from a list of rows (lists of str). merge_first: row indexes whose first two
    cells are merged (an «Усього» cell spanning № and name); the row then holds len-1 values."""
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    try:
        t.style = style
    except Exception:  # noqa: BLE001
        pass
    for i, r in enumerate(rows):
        cells = t.rows[i].cells
        if merge_first and i in merge_first:
            m = cells[0].merge(cells[1])
            m.text = r[0]
            for j, v in enumerate(r[1:]):
                cells[j + 2].text = v
        else:
            for j, v in enumerate(r):
                cells[j].text = v
    return t
