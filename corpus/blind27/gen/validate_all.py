"""Validate every blind27 gold file against its report (`zvitparse read` text) and the set-wide rules:
JSON shape, quotes, ids, parents, 20–60 facts, 3 000–8 192 bytes of UTF-8 read text, checks true,
slips false, 4–8 planted slips (at most 2 per report), names and formats."""
import glob
import json
import os
import re
import sys

from common import GOLD, REPORTS, read_text, validate

NAME_RE = re.compile(r"^b27_0([1-8])_[a-z_]+_[a-z]+_[a-z0-9_]+\.(docx|pdf|html|txt|md)$")


def main():
    reports = sorted(p for p in os.listdir(REPORTS) if os.path.isfile(os.path.join(REPORTS, p))
                     and p.startswith("b27_"))
    golds = sorted(glob.glob(os.path.join(GOLD, "*.json")))
    errs = []
    if len(reports) != 8:
        errs.append(f"{len(reports)} reports, expected 8")
    if len(golds) != len(reports):
        errs.append(f"{len(golds)} gold files for {len(reports)} reports")
    slips = set()
    nfacts = 0
    exts = set()
    for rp in reports:
        if not NAME_RE.match(rp):
            errs.append(f"{rp}: name does not follow b27_0N_<place>_<body>_<kind><year>.<ext>")
        exts.add(rp.rsplit(".", 1)[1])
        gp = os.path.join(GOLD, os.path.splitext(rp)[0] + ".json")
        if not os.path.exists(gp):
            errs.append(f"{rp}: no gold")
            continue
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        if d.get("doc") != rp:
            errs.append(f"{gp}: doc is {d.get('doc')!r}")
        path = os.path.join(REPORTS, rp)
        raw = open(path, "rb").read()
        text = read_text(path)
        try:
            text.encode("utf-8")
        except UnicodeError:
            errs.append(f"{rp}: read text is not UTF-8")
        e = validate(d, text)
        errs += [f"{rp}: {x}" for x in e]
        file_slips = {a["slip"] for a in d["audit"]}
        if len(file_slips) > 2:
            errs.append(f"{rp}: {len(file_slips)} slips (at most 2)")
        slips |= file_slips
        nfacts += len(d["facts"])
        print(f"{rp}: {len(d['facts'])} facts, {len(d['audit'])} findings ({len(file_slips)} slip(s)), "
              f"{len(d['checks_passed'])} checks, {len(d['skipped'])} skipped, "
              f"{len(text.encode('utf-8'))} B read text, {len(raw)} B file")
    if not 4 <= len(slips) <= 8:
        errs.append(f"{len(slips)} planted slips in the set, expected 4–8")
    for need in ("docx", "pdf", "html", "txt", "md"):
        if need not in exts:
            errs.append(f"no .{need} report")
    print(f"total: {nfacts} facts, {len(slips)} slips")
    if errs:
        print("PROBLEMS:")
        for x in errs:
            print("  -", x)
        sys.exit(1)
    print("validate_all: OK")


if __name__ == "__main__":
    main()
