"""Check every gold file in corpus/blind10_gold/ against its report in corpus/blind10/.

For each: the JSON parses; every fact, parent, audit, check and skipped quote occurs verbatim in
the text `zvitparse read REPORT` prints (skipped entries marked in_read_text: false excepted);
parent ids and audit fact ids resolve; 20..50 facts; the metadata fields are there.
Exit status 0 only if all pass. Run:  python corpus/blind10/gen/validate_all.py
"""
import glob, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, GOLD, read_text, verify_gold

UNITS = {"families", "persons", "children", "families_persons", "recipients", "services", "staff", "positions",
         "applications", "complaints", "events", "calls", "percent", "uah", "rating"}
INDICATORS = {"applied", "notified", "needs_assessed", "in_difficult_circumstances", "registered", "registered_new",
              "deregistered", "served", "services_provided", "support_started", "support_completed", "support_ongoing",
              "outcome_positive", "outcome_minimized", "outcome_negative", "outcome_other", "survey_respondents",
              "complaints", "staff_positions", "staff_actual", "staff_trained", "events", "event_participants", "calls",
              "share", "satisfaction", "rating", "budget_approved", "budget_spent", "budget_savings", "budget_received",
              "aid_value"}
RULES = {"percent_mismatch", "percent_impossible", "percents_sum", "parts_sum", "table_arithmetic", "percent_range",
         "rating_band", "stale_period", "internal_conflict", "cross_document"}


def main():
    golds = sorted(glob.glob(os.path.join(GOLD, "b10_*.json")))
    reports = sorted(p for p in glob.glob(os.path.join(OUT, "b10_*")) if os.path.isfile(p))
    bad = 0
    total = 0
    if len(golds) != len(reports):
        print(f"{len(golds)} gold files but {len(reports)} reports")
        bad += 1
    for gp in golds:
        try:
            g = json.load(open(gp, encoding="utf-8"))
        except Exception as e:
            print(f"{os.path.basename(gp)}: JSON does not parse: {e}")
            bad += 1
            continue
        rp = os.path.join(OUT, g["doc"])
        if os.path.splitext(g["doc"])[0] != os.path.splitext(os.path.basename(gp))[0] or not os.path.exists(rp):
            print(f"{os.path.basename(gp)}: doc {g['doc']} missing or stem differs")
            bad += 1
            continue
        errs = verify_gold(g, read_text(rp))
        for x in g["facts"]:
            if x["indicator"] not in INDICATORS:
                errs.append(f"{x['id']}: unknown indicator {x['indicator']}")
            for a in x.get("alt", []):
                if a not in INDICATORS:
                    errs.append(f"{x['id']}: unknown alt {a}")
            if x["unit"] not in UNITS:
                errs.append(f"{x['id']}: unknown unit {x['unit']}")
        for a in g.get("audit", []):
            if a["rule"] not in RULES:
                errs.append(f"audit: unknown rule {a['rule']}")
        if not g.get("audit"):
            errs.append("no planted slip in audit")
        n = len(g["facts"])
        total += n
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{g['doc']}: {n} facts, {len(g.get('audit', []))} audit, {len(g.get('skipped', []))} skipped — {status}")
        for e in errs:
            print("   -", e)
        bad += bool(errs)
    print(f"total facts: {total}")
    if bad:
        print(f"FAILED: {bad} file(s)")
        sys.exit(1)
    print("all gold files pass")


if __name__ == "__main__":
    main()
