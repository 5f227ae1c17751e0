"""Reader speed: milliseconds per file per format over the corpus, and the PDF reader against
pdfplumber's own `extract_text` on the same files.

    python benchmarks/bench_read.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from pathlib import Path

from zvitparse.read import read_bytes, sniff

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
FOLDERS = ("seeds", "renditions", "site", "formats")


def _files() -> list[Path]:
    out = []
    for folder in FOLDERS:
        for p in sorted((CORPUS / folder).glob("*")):
            if p.suffix in (".txt", ".html", ".pdf", ".docx") and ".scan." not in p.name:
                out.append(p)
    return out


def _time(fn, repeat: int) -> float:
    """Best CPU time of `repeat` runs (CPU, not wall: other jobs on the machine do not count)."""
    best = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best.append(time.process_time() - t0)
    return min(best)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    files = _files()
    read_bytes(files[0].read_bytes(), str(files[0]))  # load patterns and parsers once
    per_fmt: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for p in files:
        data = p.read_bytes()
        fmt = sniff(data)
        sec = _time(lambda data=data, p=p: read_bytes(data, str(p)), args.repeat)
        per_fmt[fmt].append((sec, len(data)))
    print(f"{'format':6} {'files':>5} {'KB/file':>8} {'ms/file':>8} {'max ms':>7} {'files/s':>8}")
    for fmt, rows in sorted(per_fmt.items()):
        ms = [s * 1000 for s, _ in rows]
        kb = statistics.mean(n for _, n in rows) / 1024
        print(f"{fmt:6} {len(rows):5d} {kb:8.1f} {statistics.mean(ms):8.2f} {max(ms):7.2f} "
              f"{1000 / statistics.mean(ms):8.1f}")

    import pdfplumber

    pdfs = [p for p in files if p.suffix == ".pdf"]
    ours = sum(_time(lambda p=p: read_bytes(p.read_bytes(), str(p)), args.repeat) for p in pdfs)

    def plumber(p: Path) -> None:
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                page.extract_text()

    theirs = sum(_time(lambda p=p: plumber(p), max(1, args.repeat // 2)) for p in pdfs)
    pages = sum(read_bytes(p.read_bytes(), str(p)).pages or 0 for p in pdfs)
    print(f"\nPDF, {len(pdfs)} files, {pages} pages: zvitparse read {ours * 1000:.0f} ms "
          f"(tables included), pdfplumber extract_text {theirs * 1000:.0f} ms: {theirs / ours:.1f}x faster")


if __name__ == "__main__":
    main()
