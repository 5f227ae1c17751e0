"""Shared helpers for the blind15 generators (adapted from blind11's common.py).

Each generator r<N>_*.py writes one report into corpus/blind15/ and its gold
into corpus/blind15_gold/, then checks every quote against the text that
`zvitparse read FILE` prints (the only zvitparse command these scripts use).
"""
import csv
import json
import os
import re
import subprocess
import sys

GEN = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.dirname(GEN)                                   # corpus/blind15
GOLD = os.path.join(os.path.dirname(REPORTS), "blind15_gold")    # corpus/blind15_gold
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

    def check(self, rule, quote, note, verify):
        """A sum, percentage or band that holds; `verify` says how to recompute it."""
        self.checks.append({"rule": rule, "quote": nq(quote), "note": note, "verify": verify})

    def slip(self, rule, severity, quote, reported, expected, fact_ids, note, verify):
        """A planted slip; `verify` recomputes it and must come out false."""
        self.audit.append({"rule": rule, "severity": severity, "quote": nq(quote),
                           "reported": reported, "expected": expected,
                           "fact_ids": fact_ids, "note": note, "verify": verify})

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

    def resolve_quotes(self, text):
        """Quotes are written with single spaces; where the read text wraps a line or runs spaces
        together, replace the quote by the verbatim stretch of the read text (first match)."""
        def fix(q):
            if q is None or q in text:
                return q
            pat = r"\s+".join(re.escape(w) for w in q.split())
            m = re.search(pat, text)
            return m.group(0) if m else q
        for fct in self.facts:
            fct["quote"] = fix(fct["quote"])
        for fct in self.facts:
            if "parent_id" in fct:
                fct["parent_quote"] = self._by_id[fct["parent_id"]]["quote"]
        for lst in (self.audit, self.checks, self.skipped):
            for item in lst:
                item["quote"] = fix(item["quote"])

    def write(self):
        path = report_path(self.doc)
        text = read_text(path)
        self.resolve_quotes(text)
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


# -- arithmetic of checks_passed / audit ------------------------------------
#
# Each check or slip carries "verify", one of
#   {"kind": "sum", "parts": [ref, ...], "total": ref}          sum(parts) == total
#   {"kind": "diff", "a": ref, "b": ref, "c": ref}                a - b == c
#   {"kind": "pct", "k": ref, "n": ref, "p": ref, "decimals": d}  p == 100k/n at d decimals
#                    (round half-up, half-even, floor or ceiling all accepted, SPEC §6)
#   {"kind": "pct_sum", "percents": [ref, ...], "decimals": d}    sum == 100 within rounding
#   {"kind": "band", "value": ref, "rating": id, "bands": [[lo, hi, id], ...]}
#   {"kind": "equal", "a": ref, "b": ref}                         a == b
#   {"kind": "le", "a": ref, "b": ref}                            a <= b
# A ref is a number, a fact id ("f7": its value) or "f7.percent".

def _ref(r, facts):
    if isinstance(r, (int, float)) and not isinstance(r, bool):
        return r
    if isinstance(r, str):
        fid, _, attr = r.partition(".")
        f = facts[fid]
        return f[attr] if attr else f["value"]
    raise ValueError(f"bad ref {r!r}")


def _pct_ok(k, n, p, d):
    from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_FLOOR, ROUND_CEILING
    exact = Decimal(k) * 100 / Decimal(n)
    q = Decimal(1).scaleb(-d)
    target = Decimal(str(p)).quantize(q)
    return any(exact.quantize(q, rounding=m) == target
               for m in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_FLOOR, ROUND_CEILING))


def evaluate(v, facts):
    """True when the arithmetic described by `v` holds."""
    kind = v["kind"]
    r = lambda x: _ref(x, facts)
    if kind == "sum":
        return abs(sum(r(x) for x in v["parts"]) - r(v["total"])) < 1e-6
    if kind == "diff":
        return abs(r(v["a"]) - r(v["b"]) - r(v["c"])) < 1e-6
    if kind == "pct":
        return _pct_ok(r(v["k"]), r(v["n"]), r(v["p"]), v.get("decimals", 0))
    if kind == "pct_sum":
        ps = [r(x) for x in v["percents"]]
        tol = len(ps) * 0.5 * 10 ** -v.get("decimals", 0) + 1e-9
        return abs(sum(ps) - 100) <= tol
    if kind == "band":
        val = r(v["value"])
        for lo, hi, rid in v["bands"]:
            if lo <= val <= hi:
                return rid == v["rating"]
        return False
    if kind == "equal":
        return r(v["a"]) == r(v["b"])
    if kind == "le":
        return r(v["a"]) <= r(v["b"])
    raise ValueError(f"unknown verify kind {kind}")


def validate(d, text):
    """Structural checks on one gold dict against the read text. Returns a list of errors."""
    errs = []
    facts = d.get("facts", [])
    ids = [f.get("id") for f in facts]
    if len(set(ids)) != len(ids):
        errs.append("duplicate fact ids")
    idset = set(ids)
    if not 15 <= len(facts) <= 60:
        errs.append(f"fact count {len(facts)} outside 15..60")
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
        try:
            if not evaluate(c["verify"], {f["id"]: f for f in facts}):
                errs.append(f"checks_passed does not hold: {c['note']}")
        except (KeyError, ValueError, TypeError) as e:
            errs.append(f"checks_passed not verifiable ({e!r}): {c.get('note')}")
    for a in d.get("audit", []):
        try:
            if evaluate(a["verify"], {f["id"]: f for f in facts}):
                errs.append(f"audit slip adds up after all: {a['note']}")
        except (KeyError, ValueError, TypeError) as e:
            errs.append(f"audit not verifiable ({e!r}): {a.get('note')}")
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


# -- format helpers ------------------------------------------------------------

def write_docx(path, blocks, when=(2025, 1, 20, 9, 0, 0)):
    """blocks: ("h", text, level) | ("p", text) | ("table", rows[, merges]).

    merges: list of (row, col_from, col_to) horizontal merges; the merged cell keeps
    the text of its first cell. Timestamps are fixed so the bytes are reproducible.
    """
    import datetime
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = v
            for (ri, c0, c1) in (b[2] if len(b) > 2 else []):
                keep = t.cell(ri, c0).text
                m = t.cell(ri, c0).merge(t.cell(ri, c1))
                m.text = keep
        else:
            raise ValueError(b[0])
    cp = d.core_properties
    stamp = datetime.datetime(*when)
    cp.created = stamp
    cp.modified = stamp
    cp.last_printed = stamp
    cp.author = ""
    cp.last_modified_by = ""
    cp.revision = 1
    d.save(path)
    freeze_zip(path, when)


def ua(n, dec=None):
    """Ukrainian number: thin groups with a no-break space, decimal comma."""
    if dec is None:
        s = f"{n:,}".replace(",", "\u00a0")
    else:
        s = f"{n:,.{dec}f}".replace(",", "\u00a0").replace(".", ",")
    return s


def pdf_styles():
    """Liberation fonts (Cyrillic) registered once; returns a dict of paragraph styles."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/liberation/"
    if "LSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("LSerif", base + "LiberationSerif-Regular.ttf"))
        pdfmetrics.registerFont(TTFont("LSerifB", base + "LiberationSerif-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("LSans", base + "LiberationSans-Regular.ttf"))
        pdfmetrics.registerFont(TTFont("LSansB", base + "LiberationSans-Bold.ttf"))
    return {
        "body": ParagraphStyle("body", fontName="LSerif", fontSize=11, leading=14, spaceAfter=6,
                               firstLineIndent=18, alignment=4),
        "title": ParagraphStyle("title", fontName="LSerifB", fontSize=13, leading=16, spaceAfter=10,
                                alignment=1),
        "h": ParagraphStyle("h", fontName="LSerifB", fontSize=11, leading=14, spaceBefore=6,
                            spaceAfter=4),
        "cell": ParagraphStyle("cell", fontName="LSerif", fontSize=9.5, leading=11.5),
        "cellb": ParagraphStyle("cellb", fontName="LSerifB", fontSize=9.5, leading=11.5),
        "small": ParagraphStyle("small", fontName="LSerif", fontSize=9, leading=11),
    }
