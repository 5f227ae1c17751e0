"""Check every blind8 gold JSON parses and every quote occurs in `zvitparse read` output."""
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "blind8_gold")
INDICATORS = set("""applied notified needs_assessed in_difficult_circumstances registered registered_new deregistered
served services_provided support_started support_completed support_ongoing outcome_positive outcome_minimized
outcome_negative outcome_other survey_respondents complaints staff_positions staff_actual staff_trained events
event_participants calls share satisfaction rating budget_approved budget_spent budget_savings budget_received aid_value""".split())
UNITS = set("families persons children families_persons recipients services staff positions applications complaints events calls percent uah rating".split())
bad = 0
only = sys.argv[1:]
for g in sorted(glob.glob(os.path.join(GOLD, "*.json"))):
    if only and not any(o in g for o in only):
        continue
    d = json.load(open(g, encoding="utf-8"))
    doc = os.path.join(HERE, d["doc"])
    text = subprocess.run(["zvitparse", "read", doc], capture_output=True, text=True, check=True).stdout
    probs = []
    for f in d["facts"]:
        if f["indicator"] not in INDICATORS:
            probs.append(f"{f['id']} bad indicator {f['indicator']}")
        for a in f.get("alt", []):
            if a not in INDICATORS:
                probs.append(f"{f['id']} bad alt {a}")
        if f["unit"] not in UNITS or f.get("unit_alt", "persons") not in UNITS:
            probs.append(f"{f['id']} bad unit")
        for key in ("quote", "parent_quote"):
            if key in f and f[key] not in text:
                probs.append(f"{f['id']} {key} not found: {f[key]!r}")
    for sec in ("audit", "checks_passed", "skipped"):
        for a in d.get(sec, []):
            if isinstance(a, dict) and a.get("quote") and a["quote"] not in text:
                probs.append(f"{sec} quote not found: {a['quote']!r}")
    n = len(d["facts"])
    print(f"{os.path.basename(g)}: {n} facts, {len(d['audit'])} audit, {len(d['checks_passed'])} checks, {len(probs)} problems")
    for p in probs:
        print("   ", p)
    bad += len(probs)
sys.exit(1 if bad else 0)
