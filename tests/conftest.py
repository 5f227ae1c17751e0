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
