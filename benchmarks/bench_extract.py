"""Extraction speed: milliseconds per report of ~30 KB on one core, after start-up.

Reads each report once, then times `extract_meta` + `extract_facts` on fresh `Document`s (no
per-document cache carries over; the lemma cache, like in a long batch, is warm). Prints the
figures; the target (issue 3) is ≤ 50 ms for a 30 KB report.

    python benchmarks/bench_extract.py [--repeat 20] [FILE ...]
"""

from __future__ import annotations

import argparse
import copy
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _reports(paths: list[Path]) -> list[Path]:
    if paths:
        return paths
    found = sorted((ROOT / "corpus" / "seeds").glob("*.txt")) + sorted((ROOT / "corpus" / "own").glob("*.txt"))
    return found or sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args()

    from zvitparse.extract import extract_facts
    from zvitparse.extract.meta import extract_meta
    from zvitparse.extract.numbers import _find_numbers, not_figure_spans
    from zvitparse.nlp import _tokens, get_nlp
    from zvitparse.read import read_path

    t0 = time.perf_counter()
    get_nlp()
    print(f"start-up (spaCy + pymorphy3 + patterns): {(time.perf_counter() - t0) * 1000:.0f} ms")
    docs = [read_path(p) for p in _reports(args.files)]
    for d in docs:  # warm the lemma cache, as a batch does after its first documents
        extract_facts(d, extract_meta(d))

    per_kb, rows = [], []
    for d in docs:
        times = []
        for _ in range(args.repeat):
            fresh = copy.copy(d)
            fresh.__dict__ = {k: v for k, v in d.__dict__.items() if not k.startswith("_")}
            _tokens.cache_clear()
            not_figure_spans.cache_clear()
            _find_numbers.cache_clear()
            t = time.perf_counter()
            extract_facts(fresh, extract_meta(fresh))
            times.append(time.perf_counter() - t)
        ms = statistics.median(times) * 1000
        kb = len(d.text.encode("utf-8")) / 1024
        per_kb.append(ms / kb)
        rows.append((Path(d.source).name, kb, ms))
    for name, kb, ms in rows:
        print(f"{name:45s} {kb:6.1f} KB  {ms:7.1f} ms")
    med = statistics.median(per_kb)
    print(f"median {med:.2f} ms per KB → {med * 30:.0f} ms for a 30 KB report (target ≤ 50 ms)")


if __name__ == "__main__":
    main()
