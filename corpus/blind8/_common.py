"""Shared helpers for the blind8 generators: build a gold JSON from a compact fact list."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.normpath(os.path.join(HERE, "..", "blind8_gold"))

ORDER = ["id", "indicator", "unit", "value", "percent", "service", "criterion", "kekv",
         "category", "district", "label", "group", "alt", "unit_alt", "parent_id",
         "parent_quote", "quote", "uncertain", "note"]


def F(key, indicator, unit, value, quote, **kw):
    d = dict(key=key, indicator=indicator, unit=unit, value=value, quote=quote)
    d.update(kw)
    return d


def write_text(name, text, encoding="utf-8"):
    with open(os.path.join(HERE, name), "w", encoding=encoding, newline="\n") as fh:
        fh.write(text)


def write_gold(stem, doc, meta, facts, audit=(), checks=(), skipped=(), notes=(), meta_alt=None):
    ids, quotes, out = {}, {}, []
    for i, f in enumerate(facts, 1):
        k = f.get("key")
        if k:
            assert k not in ids, k
            ids[k] = f"f{i}"
            quotes[k] = f["quote"]
    for i, f in enumerate(facts, 1):
        f = dict(f)
        f.pop("key", None)
        f["id"] = f"f{i}"
        p = f.pop("parent", None)
        if p:
            f["parent_id"] = ids[p]
            f["parent_quote"] = quotes[p]
        out.append({k: f[k] for k in ORDER if k in f} | {k: v for k, v in f.items() if k not in ORDER})
    aud = []
    for a in audit:
        a = dict(a)
        if "facts" in a:
            a["fact_ids"] = [ids[k] for k in a.pop("facts")]
        aud.append(a)
    g = {"doc": doc, "meta": meta}
    if meta_alt:
        g["meta_alt"] = meta_alt
    g.update({"facts": out, "audit": aud, "checks_passed": list(checks),
              "audit_uncertain": [], "skipped": list(skipped), "notes": list(notes)})
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(stem, len(out), "facts")
