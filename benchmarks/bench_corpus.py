"""Make a bench corpus: N reports of mixed formats, the real reports with their figures varied.

Each document is a real report's text (from `corpus/seeds`, `corpus/own`, else `../shared/seeds`)
with every number shifted by the copy's index, so every document is distinct (no hash or
rendition shortcut in the store) yet has a real report's structure and density of figures. It
is then rendered as TXT (UTF-8 or windows-1251), HTML (paragraphs and a table, windows-1251 or
UTF-8), DOCX (python-docx) or PDF (LibreOffice from the DOCX). Files land in one folder per
format so a benchmark can build a format group alone.

    python benchmarks/bench_corpus.py --n 400 --out /tmp/bench   # prints the folder
"""

from __future__ import annotations

import argparse
import html
import itertools
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
MIX = {"txt": 4, "html": 3, "docx": 1, "pdf": 2}  # parts per format
_NUM = re.compile(r"\d+")


def seed_texts(min_kb: float = 0) -> list[tuple[str, str]]:
    """(name, text) of the real reports to replicate, those of at least `min_kb` KB of text."""
    found: list[Path] = []
    for folder in (ROOT / "corpus" / "seeds", ROOT / "corpus" / "own", SHARED / "seeds"):
        found += sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not found:
        sys.exit("no seed reports found under corpus/ or ../shared/seeds")
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    for p in found:
        text = p.read_text(encoding="utf-8", errors="replace")
        if text not in seen and len(text.encode("utf-8")) >= min_kb * 1024:
            seen.add(text)
            out.append((p.stem, text))
    if not out:
        sys.exit(f"no seed report of {min_kb} KB or more")
    return out


def vary(text: str, k: int) -> str:
    """Shift every figure by k: a new document with the same shape."""
    return _NUM.sub(lambda m: str(int(m.group()) + k), text) if k else text


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def to_html(text: str, title: str) -> str:
    paras = _paragraphs(text)
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
    # a small table of the first figures, so the HTML reader's table path is exercised
    nums = _NUM.findall(text)[:6]
    rows = "".join(f"<tr><td>Показник {i + 1}</td><td>{n}</td></tr>" for i, n in enumerate(nums))
    return (f"<!DOCTYPE html><html><head><meta charset=\"{{charset}}\"><title>{html.escape(title)}</title>"
            f"</head><body><nav><a href=\"/\">Головна</a></nav><article>{body}"
            f"<table>{rows}</table></article><footer>© ЦСС</footer></body></html>")


def to_docx(text: str, path: Path) -> None:
    import docx

    d = docx.Document()
    for p in _paragraphs(text):
        d.add_paragraph(p)
    d.save(str(path))


def docx_to_pdf(files: list[Path], out_dir: Path) -> None:
    """LibreOffice converts in batches (one start-up per batch, not per file)."""
    profile = Path(tempfile.mkdtemp(prefix="zvit-lo-"))
    try:
        for i in range(0, len(files), 50):
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, files[i:i + 50])],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1800)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def make_corpus(out: Path, n: int, mix: dict[str, int] | None = None, min_kb: float = 0) -> dict[str, list[Path]]:
    """Write n documents under out/<format>/; reuse a complete earlier corpus of the same n."""
    mix = mix or MIX
    marker = out / (f".complete-{n}-kb{min_kb:g}-" + "-".join(f"{k}{v}" for k, v in mix.items()))
    formats = list(itertools.chain.from_iterable([f] * w for f, w in mix.items()))
    if not marker.exists():
        shutil.rmtree(out, ignore_errors=True)
        for f in mix:
            (out / f).mkdir(parents=True, exist_ok=True)
        seeds = seed_texts(min_kb)
        pdf_sources: list[Path] = []
        tmp_docx = out / "_pdf_src"
        tmp_docx.mkdir()
        for i in range(n):
            name, base = seeds[i % len(seeds)]
            k = i // len(seeds) + 1
            text = vary(base, k)
            fmt = formats[i % len(formats)]
            stem = f"{i:05d}_{name[:24]}"
            if fmt == "txt":
                enc = "cp1251" if i % 3 == 0 else "utf-8"
                (out / "txt" / f"{stem}.txt").write_bytes(text.encode(enc, errors="replace"))
            elif fmt == "html":
                enc = "windows-1251" if i % 2 == 0 else "utf-8"
                page = to_html(text, name).replace("{charset}", enc)
                (out / "html" / f"{stem}.html").write_bytes(page.encode(enc, errors="replace"))
            elif fmt == "docx":
                to_docx(text, out / "docx" / f"{stem}.docx")
            else:
                src = tmp_docx / f"{stem}.docx"
                to_docx(text, src)
                pdf_sources.append(src)
        if pdf_sources and shutil.which("soffice") is None:
            # a machine without LibreOffice still benches the other formats
            print("LibreOffice (soffice) is not installed: the bench corpus has no PDF files", file=sys.stderr)
        elif pdf_sources:
            docx_to_pdf(pdf_sources, out / "pdf")
        shutil.rmtree(tmp_docx)
        marker.touch()
    return {f: sorted((out / f).iterdir()) for f in mix}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "zvitparse-bench")
    ap.add_argument("--min-kb", type=float, default=0, help="replicate only reports of at least this many KB")
    args = ap.parse_args()
    groups = make_corpus(args.out / f"n{args.n}-kb{args.min_kb:g}", args.n, min_kb=args.min_kb)
    for fmt, files in groups.items():
        print(f"{fmt:5s} {len(files):6d} files {sum(f.stat().st_size for f in files) / 1e6:8.1f} MB")
    print(args.out / f"n{args.n}-kb{args.min_kb:g}")


if __name__ == "__main__":
    main()
