"""Extraction speed: milliseconds per report of ~30 KB on one core, after start-up.

Every timed run is a different document: the report with each of its numbers shifted (as the
bench corpus of `bench_build.py` does), so no per-text cache carries over from an earlier run;
the lemma cache is warm, as in a long batch. Times `extract_meta` + `extract_facts`; prints the
figures. The target (issue 3) is ≤ 50 ms for a 30 KB report.

    python benchmarks/bench_extract.py [--repeat 20] [FILE ...]
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _reports(paths: list[Path]) -> list[Path]:
    if paths:
        return paths
    found = sorted((ROOT / "corpus" / "seeds").glob("*.txt")) + sorted((ROOT / "corpus" / "own").glob("*.txt"))
    return found or sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))


def _vary(raw: bytes, k: int) -> bytes:
    """The same report with every number shifted by k: a new text for every cache."""
    return re.sub(rb"\d+", lambda m: str(int(m.group()) + k).encode(), raw)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args()

    from zvitparse.extract import extract_facts
    from zvitparse.extract.meta import extract_meta
    from zvitparse.nlp import get_nlp
    from zvitparse.read import read_bytes, read_path

    t0 = time.perf_counter()
    get_nlp()
    print(f"start-up (spaCy + pymorphy3 + patterns): {(time.perf_counter() - t0) * 1000:.0f} ms")
    docs = [read_path(p) for p in _reports(args.files)]
    for d in docs:  # warm the lemma cache, as a batch does after its first documents
        extract_facts(d, extract_meta(d))

    per_kb, rows = [], []
    for d in docs:
        raw = Path(d.source).read_bytes()
        times = []
        for r in range(args.repeat):
            fresh = read_bytes(_vary(raw, r + 1), d.source)
            t = time.perf_counter()
            extract_facts(fresh, extract_meta(fresh))
            times.append(time.perf_counter() - t)
        ms = statistics.median(times) * 1000
        kb = len(d.text.encode("utf-8")) / 1024
        per_kb.append(ms / kb)
        rows.append((Path(d.source).name, kb, ms))
    for name, kb, ms in rows:
        print(f"{name:45s} {kb:6.1f} KB  {ms:7.1f} ms")
    big = [ms for _, kb, ms in rows if kb >= 25]
    if big:
        print(f"reports of 25 KB or more: median {statistics.median(big):.1f} ms (target ≤ 50 ms for 30 KB)")
    print(f"median {statistics.median(per_kb):.2f} ms per KB (small reports carry a fixed cost of ≈10 ms)")


if __name__ == "__main__":
    main()
