"""Fuzz the whole pipeline with the ugly texts scraping makes: corpus reports with tabs, pipes,
line breaks, dashes, brackets, form feeds and stray fragments of other reports put in at random
places, and characters deleted. Prints how many documents crashed (a read error that names the
file is no crash) and keeps each crashing text under `--out` to turn into a test.

    python benchmarks/fuzz_corpus.py [--seed 7] [--n 300] [--out /tmp/zvitparse-fuzz]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

from zvitparse.api import parse_document
from zvitparse.errors import ReadError
from zvitparse.read import read_bytes

ROOT = Path(__file__).resolve().parents[1] / "corpus"
# what scraped pages put where it does not belong
INSERTS = ["\t", " | ", "|", "  ", "    ", "\n", "-\n", " – ", "%", "(", ")", "«", "»", ":", "\n\n", "1 234",
           "12,5 %", "так", "Разом", "КЕКВ 2111", "\f", "**", "[^1]", "\n## ", "\n[^2]: ", "¹", "<sup>3</sup>"]
# the sets kept for one honest blind score are not read, not even by the fuzzer
UNSEEN = ("blind8", "blind14")


def _mangle(raw: str, rng: random.Random) -> str:
    chars = list(raw)
    for _ in range(rng.randint(5, 80)):
        pos = rng.randrange(len(chars) + 1)
        op = rng.random()
        if op < 0.5:
            chars.insert(pos, rng.choice(INSERTS))
        elif op < 0.8 and chars:
            del chars[min(pos, len(chars) - 1)]
        else:
            chars[pos:pos] = list(raw[rng.randrange(len(raw)):][:200])
    return "".join(chars)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--out", type=Path, default=Path("/tmp/zvitparse-fuzz"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    files = sorted(p for p in ROOT.glob("*/*") if p.suffix in (".txt", ".html") and p.parts[-2] not in UNSEEN)
    crashes, t0 = 0, time.perf_counter()
    for k in range(args.n):
        text = _mangle(rng.choice(files).read_bytes().decode("utf-8", "replace"), rng)
        name = f"fuzz{k}.html" if "<html" in text[:500].lower() else f"fuzz{k}.txt"
        try:
            doc = read_bytes(text.encode("utf-8"), name)
            report = parse_document(doc)
            for f in report.facts:  # evidence must point into the text
                assert f.start == f.end or doc.text[f.start:f.end], ("empty evidence span", f)
        except ReadError:
            continue
        except Exception as exc:  # noqa: BLE001 - a crash of any kind is what is counted
            crashes += 1
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / name).write_text(text, encoding="utf-8")
            if crashes <= 5:
                print(f"CRASH {name}: {type(exc).__name__}: {exc}", file=sys.stderr)
                traceback.print_exc(limit=3)
    print(f"documents: {args.n}, crashes: {crashes}, seconds: {time.perf_counter() - t0:.0f}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
