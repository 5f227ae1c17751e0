"""Validate every gold file of blind65 against its report: JSON, quotes (in `zvitparse read` text, or for
gold with "quotes_from": "pdf_viewer" in viewer_text()), ids, parents, 20–60 facts, 3–8 KB of text,
checks true, slips false, 4–8 slips in the set."""
import glob, json, os, sys
from common import GOLD, REPORTS, validate, gold_text
errs, slips = 0, set()
for p in sorted(glob.glob(os.path.join(GOLD, "b65_*.json"))):
    d = json.load(open(p, encoding="utf-8"))
    text = gold_text(os.path.join(REPORTS, d["doc"]), d.get("quotes_from"))
    e = validate(d, text)
    size = len(text.encode("utf-8"))
    if not 3000 <= size <= 8192:
        e.append(f"text size {size} outside 3000..8192")
    per = {a["slip"] for a in d["audit"]}
    if len(per) > 2:
        e.append("more than 2 slips")
    slips |= per
    print(f"{os.path.basename(p)}: {len(d['facts'])} facts, {len(d['audit'])} findings, {size} bytes", "OK" if not e else e)
    errs += len(e)
if not 4 <= len(slips) <= 8:
    print("slip count", len(slips)); errs += 1
print(f"{len(slips)} slips; {'all OK' if not errs else str(errs) + ' problem(s)'}")
sys.exit(1 if errs else 0)
