"""Shared helpers for the blind10 generators.

Each generator writes its report into corpus/blind10/ and its gold JSON into
corpus/blind10_gold/, then checks that every quote in the gold occurs verbatim in
the text that `zvitparse read FILE` prints.  Nothing here imports zvitparse code:
the only call is the `zvitparse read` command line.
"""
import json
import os
import subprocess
import sys

GEN = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(GEN)                                   # corpus/blind10
GOLD = os.path.join(os.path.dirname(OUT), "blind10_gold")    # corpus/blind10_gold

FACT_KEYS = ["id", "indicator", "unit", "value", "percent", "service", "criterion",
             "kekv", "category", "district", "label", "parent_id", "parent_quote",
             "group", "alt", "unit_alt", "uncertain", "note", "quote"]


def read_text(path):
    """The text `zvitparse read` makes of the file (the only zvitparse call allowed)."""
    r = subprocess.run(["zvitparse", "read", path], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"zvitparse read failed on {path}:\n{r.stderr}")
    return r.stdout


def write_bytes(name, data):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


def soffice_to_pdf(docx_path):
    """DOCX -> PDF with LibreOffice, output next to the DOCX in a temp dir; returns PDF bytes."""
    import tempfile, shutil
    tmp = tempfile.mkdtemp(prefix="b10pdf_")
    try:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp,
                        docx_path], check=True, capture_output=True, timeout=180)
        pdf = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        with open(pdf, "rb") as f:
            return f.read()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def nq(q):
    """Quotes as the reader prints them: typographic apostrophes become '."""
    if isinstance(q, str):
        return q.replace("\u2019", "'").replace("\u02bc", "'")
    return q


class Gold:
    def __init__(self, doc, meta, meta_alt=None):
        self.doc = doc
        self.meta = meta
        self.meta_alt = meta_alt or {}
        self.facts = []
        self.audit = []
        self.audit_uncertain = []
        self.checks = []
        self.skipped = []
        self.notes = []
        self._by_id = {}

    # -- facts -------------------------------------------------------------
    def f(self, indicator, unit, value, quote, **kw):
        fid = f"f{len(self.facts) + 1}"
        rec = {"id": fid, "indicator": indicator, "unit": unit, "value": value}
        rec.update({k: v for k, v in kw.items()})
        rec["quote"] = nq(quote)
        if rec.get("parent_id"):
            rec["parent_quote"] = self._by_id[rec["parent_id"]]["quote"]
        rec = {k: rec[k] for k in FACT_KEYS if k in rec and rec[k] is not None}
        self.facts.append(rec)
        self._by_id[fid] = rec
        return fid

    def skip(self, quote, values, reason, in_read_text=True):
        rec = {"quote": nq(quote), "values": values, "reason": reason}
        if not in_read_text:
            rec["in_read_text"] = False
        self.skipped.append(rec)

    def bad(self, rule, severity, quote, reported, expected, fact_ids, note):
        self.audit.append({"rule": rule, "severity": severity, "quote": nq(quote),
                           "reported": reported, "expected": expected,
                           "fact_ids": fact_ids, "note": note})

    def ok(self, rule, quote, note):
        self.checks.append({"rule": rule, "quote": nq(quote), "note": note})

    def note(self, text):
        self.notes.append(text)

    # -- output --------------------------------------------------------------
    def to_json(self):
        d = {"doc": self.doc, "meta": self.meta}
        if self.meta_alt:
            d["meta_alt"] = self.meta_alt
        d.update({"facts": self.facts, "audit": self.audit,
                  "checks_passed": self.checks, "audit_uncertain": self.audit_uncertain,
                  "skipped": self.skipped, "notes": self.notes})
        return d

    def verify(self, text):
        errs = verify_gold(self.to_json(), text)
        return errs

    def write(self, report_path):
        text = read_text(report_path)
        errs = self.verify(text)
        os.makedirs(GOLD, exist_ok=True)
        stem = os.path.splitext(self.doc)[0]
        gpath = os.path.join(GOLD, stem + ".json")
        with open(gpath, "w", encoding="utf-8") as fh:
            json.dump(self.to_json(), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        if errs:
            print(f"{self.doc}: {len(errs)} problem(s)")
            for e in errs:
                print("  -", e)
            sys.exit(1)
        print(f"{self.doc}: {len(self.facts)} facts, {len(self.audit)} audit findings, OK")
        return gpath


def verify_gold(g, text):
    """Problems with one gold dict against the read text (empty list = fine)."""
    errs = []
    facts = g.get("facts", [])
    ids = {x["id"] for x in facts}
    if len(ids) != len(facts):
        errs.append("duplicate fact ids")
    if not 20 <= len(facts) <= 50:
        errs.append(f"fact count {len(facts)} outside 20..50")
    for x in facts:
        for k in ("indicator", "unit", "value", "quote"):
            if k not in x:
                errs.append(f"{x.get('id')}: missing {k}")
        if x.get("quote") and x["quote"] not in text:
            errs.append(f"{x['id']}: quote not in text: {x['quote']!r}")
        if x.get("parent_quote") and x["parent_quote"] not in text:
            errs.append(f"{x['id']}: parent_quote not in text")
        if x.get("parent_id") and x["parent_id"] not in ids:
            errs.append(f"{x['id']}: parent_id {x['parent_id']} does not resolve")
    for a in g.get("audit", []):
        for fid in a.get("fact_ids", []):
            if fid not in ids:
                errs.append(f"audit {a['rule']}: fact id {fid} does not resolve")
        if a.get("quote") and a["quote"] not in text:
            errs.append(f"audit {a['rule']}: quote not in text: {a['quote']!r}")
    for key in ("checks_passed", "skipped"):
        for c in g.get(key, []):
            if isinstance(c, dict) and c.get("in_read_text") is False:
                continue
            if isinstance(c, dict) and c.get("quote") and c["quote"] not in text:
                errs.append(f"{key}: quote not in text: {c['quote']!r}")
    for k in ("centre", "centre_type", "settlement", "report_kind", "period_start", "period_end"):
        if not g.get("meta", {}).get(k):
            errs.append(f"meta.{k} missing")
    return errs


def pct(k, n, d=1):
    """Round-half-up percentage, for asserting the planted-correct figures."""
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-d)
    return float((Decimal(k) * 100 / Decimal(n)).quantize(q, rounding=ROUND_HALF_UP))
