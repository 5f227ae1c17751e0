"""Mutation benchmark of the audit: alter one number of a consistent statement so that its
arithmetic breaks, run the whole pipeline (`zvitparse.parse` on a file), and count how often an
error or warning follows. The unaltered statements must raise none.

    python benchmarks/mutation.py [--seed 7] [--verbose]

Statements (our own, in the phrasings of real reports) are in benchmarks/data/mutation_statements.yaml;
`{name:value}` marks a figure and `checks` say how the figures must agree. Prints the detection
rate and the false-alarm count, overall and per kind of check.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter
from decimal import Decimal
from pathlib import Path

import regex
import yaml

from zvitparse.api import parse
from zvitparse.audit.arith import percent_consistent, sum_within_rounding

DATA = Path(__file__).resolve().parent / "data" / "mutation_statements.yaml"
MARK = regex.compile(r"\{(\w+):(\d+(?:,\d+)?)\}")
HEADER = "Звіт про роботу Центру надання соціальних послуг Новоселицької міської ради за 2023 рік\n\n"
DELTAS = (1, -1, 2, -2, 3, -3, 5, -5, 10, -10, 20, -20)


def parse_marks(text: str) -> dict[str, tuple[Decimal, int]]:
    out = {}
    for m in MARK.finditer(text):
        lit = m.group(2)
        out[m.group(1)] = (Decimal(lit.replace(",", ".")), len(lit.split(",")[1]) if "," in lit else 0)
    return out


def render(text: str, values: dict[str, tuple[Decimal, int]]) -> str:
    def one(m: regex.Match) -> str:
        v, d = values[m.group(1)]
        return f"{v:.{d}f}".replace(".", ",")
    return MARK.sub(one, text)


def broken(checks: list[str], values: dict[str, tuple[Decimal, int]]) -> list[str]:
    """The checks the figures fail (the oracle: plain decimal arithmetic)."""
    bad = []
    for check in checks:
        kind, *names = check.split()
        vals = [values[n][0] for n in names]
        if kind == "pct":
            k, n, p = vals
            ok = n > 0 and k == int(k) and percent_consistent(int(k), n, p, values[names[2]][1])
        elif kind == "sum":
            ok = vals[0] == sum(vals[1:], Decimal(0))
        elif kind == "diff":
            ok = vals[0] == vals[1] - vals[2]
        elif kind == "psum":
            ok = sum_within_rounding(sum(vals, Decimal(0)), Decimal(100), [values[n][1] for n in names])
        else:
            raise ValueError(f"unknown check {check!r}")
        if not ok:
            bad.append(check)
    return bad


def mutations(stmt: dict, rng: random.Random) -> list[tuple[str, dict, list[str]]]:
    """One alteration per marked figure: the first realistic slip that breaks a check."""
    values = parse_marks(stmt["text"])
    out = []
    for name, (v, d) in values.items():
        deltas = list(DELTAS)
        rng.shuffle(deltas)
        for delta in deltas:
            nv = v + Decimal(delta).scaleb(-d)
            is_pct = any(c.split()[0] in ("pct", "psum") and c.split()[-1 if c.startswith("pct") else 1:].count(name)
                         for c in stmt["checks"])
            if nv < 0 or (is_pct and nv > 100):
                continue
            changed = dict(values)
            changed[name] = (nv, d)
            bad = broken(stmt["checks"], changed)
            if bad:
                out.append((name, changed, bad))
                break
    return out


def alarms(path: Path, altered: Decimal | None = None) -> tuple[list, bool]:
    """Errors and warnings of the pipeline on one file, and whether the altered figure was read."""
    report = parse(path)
    # money is stored in hryvnias, tables are written in thousands
    read = altered is None or any(v in (_dec(f.value), _dec(f.percent)) for f in report.facts
                                  for v in (altered, altered * 1000))
    return [f for f in report.findings if f.severity in ("error", "warning")], read


def _dec(x) -> Decimal | None:
    try:
        return Decimal(str(x)) if isinstance(x, (int, float)) and not isinstance(x, bool) else None
    except ArithmeticError:
        return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--verbose", action="store_true", help="list every missed alteration and false alarm")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    statements = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    false_alarms, found, total, read_total, read_found = [], 0, 0, 0, 0
    by_kind: Counter[str] = Counter()
    by_kind_found: Counter[str] = Counter()
    missed = []
    with tempfile.TemporaryDirectory() as tmp:
        for stmt in statements:
            values = parse_marks(stmt["text"])
            assert not broken(stmt["checks"], values), f"{stmt['id']} is not consistent as written"
            clean = Path(tmp) / f"{stmt['id']}.txt"
            clean.write_text(HEADER + render(stmt["text"], values) + "\n", encoding="utf-8")
            hits, _ = alarms(clean)
            if hits:
                false_alarms.append((stmt["id"], hits))
            for i, (name, changed, bad) in enumerate(mutations(stmt, rng)):
                path = Path(tmp) / f"{stmt['id']}_m{i}.txt"
                text = render(stmt["text"], changed)
                path.write_text(HEADER + text + "\n", encoding="utf-8")
                kinds = {b.split()[0] for b in bad}
                total += 1
                by_kind.update(kinds)
                new = changed[name][0]
                hits, read = alarms(path, new)
                read_total += read
                if hits:
                    found += 1
                    read_found += read
                    by_kind_found.update(kinds)
                else:
                    missed.append((stmt["id"], name, values[name][0], new, bad, read))
    rate = found / total if total else 0.0
    print(f"statements: {len(statements)}, alterations: {total}")
    print(f"detected: {found}/{total} = {100 * rate:.1f} %")
    print(f"false alarms on unaltered statements: {len(false_alarms)}")
    print(f"altered figure read by the extractor: {read_total}/{total}; detected among those: "
          f"{read_found}/{read_total} = {100 * read_found / max(read_total, 1):.1f} %")
    for kind in sorted(by_kind):
        print(f"  {kind:5s} broken in {by_kind[kind]:3d} alterations, detected {by_kind_found[kind]:3d}")
    if args.verbose:
        for sid, name, old, new, bad, read in missed:
            print(f"MISSED {sid}: {name} {old} → {new} breaks {bad}" + ("" if read else " (figure not read)"))
        for sid, hits in false_alarms:
            for f in hits:
                print(f"FALSE ALARM {sid}: {f.rule} {f.severity}: {f.message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
