"""Helpers for the blind9 generators: fact builder and gold writer with quote checks."""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
GOLD = os.path.join(os.path.dirname(CORPUS), "blind9_gold")


def F(indicator, unit, value, quote, **kw):
    d = {"indicator": indicator, "unit": unit, "value": value}
    d.update(kw)
    d["quote"] = quote
    return d


def read_text(path):
    r = subprocess.run(["zvitparse", "read", path], capture_output=True, text=True)
    if r.returncode != 0:
        print(r.stderr, file=sys.stderr)
        raise SystemExit("zvitparse read failed for " + path)
    return r.stdout


def write_gold(doc, meta, facts, audit, checks, skipped, notes, meta_alt=None, audit_uncertain=None):
    tags = {}
    for i, f in enumerate(facts, 1):
        f["id"] = "f%d" % i
        if "tag" in f:
            tags[f.pop("tag")] = f["id"]
    for f in facts:
        if f.get("parent_id") in tags:
            f["parent_id"] = tags[f["parent_id"]]
    for rows in (audit, checks, audit_uncertain or []):
        for a in rows:
            if "fact_ids" in a:
                a["fact_ids"] = [tags.get(x, x) for x in a["fact_ids"]]
    # reorder so id comes first
    facts = [{"id": f["id"], **{k: v for k, v in f.items() if k != "id"}} for f in facts]
    gold = {"doc": doc, "meta": meta}
    if meta_alt:
        gold["meta_alt"] = meta_alt
    gold.update({"facts": facts, "audit": audit, "checks_passed": checks,
                 "audit_uncertain": audit_uncertain or [], "skipped": skipped, "notes": notes})
    path = os.path.join(GOLD, os.path.splitext(doc)[0] + ".json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    # validate quotes against zvitparse read
    text = read_text(os.path.join(CORPUS, doc))
    bad = []
    ids = {f["id"] for f in facts}
    for f in facts:
        if f["quote"] not in text:
            bad.append(("fact", f["id"], f["quote"]))
        if f.get("parent_id") and f["parent_id"] not in ids:
            bad.append(("parent", f["id"], f["parent_id"]))
    for kind, rows in (("audit", audit), ("checks", checks), ("skipped", skipped), ("audit_uncertain", audit_uncertain or [])):
        for a in rows:
            if a["quote"] not in text:
                bad.append((kind, a.get("rule"), a["quote"]))
            for fid in a.get("fact_ids", []):
                if fid not in ids:
                    bad.append((kind + "-factid", fid, a["quote"][:40]))
    print(doc, "facts:", len(facts), "audit:", len(audit), "checks:", len(checks), "BAD:", len(bad))
    for b in bad:
        print("   ", b)
    return gold
