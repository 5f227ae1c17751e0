"""Fixtures shared by every test module (the only place fixtures live)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import regex

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    """The real reports in shared/seeds (skip when shared/ is not beside the repo)."""
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip("shared/seeds is not available")
    return seeds


@pytest.fixture()
def make_report_corpus(seed_paths: list[Path]) -> Callable[[Path, int], list[Path]]:
    """`make(folder, n)` writes n distinct TXT reports: the seeds with every figure shifted by
    the copy's number, so each copy is a different document with the same structure."""

    def make(folder: Path, n: int) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        out = []
        for i in range(n):
            seed = seed_paths[i % len(seed_paths)]
            k = i // len(seed_paths)
            text = seed.read_text(encoding="utf-8")
            if k:
                text = regex.sub(r"\d+", lambda m, k=k: str(int(m.group()) + k), text)
            path = folder / f"{i:03d}_{seed.stem[:12]}.txt"
            path.write_text(text, encoding="utf-8")
            out.append(path)
        return out

    return make


@pytest.fixture()
def make_doc():
    """`make([part, ...])` builds a `Document` the way readers assemble one: each part is a
    paragraph (str) or a table (list of rows of cell texts); blocks are joined by a blank
    line, table rows by newlines and cells by tabs, with every offset right."""
    from zvitparse.model import Block, Cell, Document

    def make(parts, source: str = "test.txt", pages: list[int] | None = None) -> Document:
        text, blocks = "", []
        for part in parts:
            if text:
                text += "\n\n"
            start = len(text)
            if isinstance(part, str):
                text += part
                blocks.append(Block("paragraph", start, len(text)))
                continue
            grid = []
            for r, row in enumerate(part):
                if r:
                    text += "\n"
                cells = []
                for c, cell in enumerate(row):
                    if c:
                        text += "\t"
                    cells.append(Cell(cell, r, c, len(text), len(text) + len(cell)))
                    text += cell
                grid.append(tuple(cells))
            blocks.append(Block("table", start, len(text), rows=tuple(grid)))
        return Document(source=source, doc_id="test", format="txt", encoding="utf-8", text=text,
                        blocks=blocks, page_starts=pages or [])

    return make


@pytest.fixture(scope="session")
def renditions_db(tmp_path_factory: pytest.TempPathFactory, seed_paths: list[Path]) -> Path:
    """A regional database built by `zvitparse build` from corpus/seeds and corpus/renditions
    (each seed as TXT, cp1251 TXT, DOCX, HTML and PDF): 25 files, 5 reports."""
    from zvitparse.cli import main

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    db = tmp_path_factory.mktemp("renditions") / "regional.sqlite"
    assert main(["-q", "build", str(corpus / "seeds"), str(corpus / "renditions"), "--db", str(db),
                 "--no-progress"]) == 0
    return db
