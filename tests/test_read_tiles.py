"""Figure tiles laid out as a table become caption–figure rows."""

from __future__ import annotations

import pytest

from zvitparse.read.assemble import RawCell
from zvitparse.read.tiles import as_pairs


def _rows(*rows: list[str]) -> list[list[RawCell]]:
    return [[RawCell(t, c) for c, t in enumerate(r)] for r in rows]


@pytest.mark.parametrize(
    ("rows", "pairs"),
    [
        (_rows(["412", "1 287", "14"], ["отримувачів послуг", "наданих соціальних послуг", "групових заходів"]),
         [["отримувачів послуг", "412"], ["наданих соціальних послуг", "1 287"], ["групових заходів", "14"]]),
        (_rows(["96 %", "38"], ["задоволені якістю послуг*", "сімей під супроводом"], ["0", "5"], ["скарг", "рейдів"]),
         [["задоволені якістю послуг*", "96 %"], ["сімей під супроводом", "38"], ["скарг", "0"], ["рейдів", "5"]]),
        # a table whose header comes first, or whose captions hold figures, is no tiles
        (_rows(["Послуга", "Осіб"], ["Догляд вдома", "96"]), None),
        (_rows(["412", "14"], ["отримувачів за 2024 рік", "заходів"]), None),
        (_rows(["412", "14"], ["отримувачів"]), None),
        (_rows(["412", "14"]), None),
    ],
)
def test_tiles_read_as_caption_figure_rows(rows, pairs):
    got = as_pairs(rows)
    assert ([[c.text for c in r] for r in got] if got is not None else None) == pairs
