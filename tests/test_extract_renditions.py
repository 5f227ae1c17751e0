"""The same report gives the same figures whatever its format, and a site page's furniture
(menus, sidebars with other news, footers with phones) gives none."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from zvitparse import parse

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SEEDS = sorted((CORPUS / "seeds").glob("*.txt"))


def _figures(path: Path) -> Counter:
    report = parse(path, audit=False)
    assert not report.errors, report.errors
    return Counter((f.indicator, f.unit, f.value, f.service) for f in report.facts)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
@pytest.mark.parametrize("suffix", [".cp1251.txt", ".docx", ".html", ".pdf"])
def test_rendition_gives_the_seeds_figures(seed, suffix):
    rendition = CORPUS / "renditions" / f"{seed.stem}{suffix}"
    if not rendition.exists():
        pytest.skip(f"no {suffix} rendition")
    want, got = _figures(seed), _figures(rendition)
    # a PDF may lose a table's tabs (its figures then come from prose): allow a small difference
    slack = 3 if suffix == ".pdf" else 0
    assert sum((want - got).values()) <= slack and sum((got - want).values()) <= slack, (want - got, got - want)


@pytest.mark.parametrize("page", sorted((CORPUS / "site").glob("*.html")), ids=lambda p: p.stem)
def test_site_furniture_gives_no_figure(page):
    seed = CORPUS / "seeds" / f"{page.name.split('.')[0]}.txt"
    assert _figures(page) == _figures(seed)
