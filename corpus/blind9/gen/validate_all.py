"""Check every blind9 gold JSON: parses, quotes occur in `zvitparse read` text, parent ids exist, 20–50 facts."""
import glob, json, os
from common import GOLD, CORPUS, read_text

ok = True
for g in sorted(glob.glob(os.path.join(GOLD, "*.json"))):
    d = json.load(open(g, encoding="utf-8"))
    text = read_text(os.path.join(CORPUS, d["doc"]))
    ids = {f["id"] for f in d["facts"]}
    bad = [f["id"] for f in d["facts"] if f["quote"] not in text or (f.get("parent_id") and f["parent_id"] not in ids)]
    for k in ("audit", "checks_passed", "skipped", "audit_uncertain"):
        bad += [k + ":" + r["quote"][:30] for r in d.get(k, []) if r["quote"] not in text]
        bad += [k + ":" + x for r in d.get(k, []) for x in r.get("fact_ids", []) if x not in ids]
    n = len(d["facts"])
    print("%-48s facts %2d audit %d checks %d skipped %2d %s" % (d["doc"], n, len(d["audit"]), len(d["checks_passed"]), len(d["skipped"]), "OK" if not bad and 20 <= n <= 50 else "BAD %s" % bad))
    ok &= not bad and 20 <= n <= 50
print("ALL OK" if ok else "PROBLEMS")
