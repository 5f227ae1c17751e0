"""patterns/furniture.yaml: each entry's examples are furniture, its `not:` lines are prose."""

from __future__ import annotations

import pytest

from zvitparse import patterns
from zvitparse.read.furniture import is_furniture

ENTRIES = patterns.load()["furniture"]


@pytest.mark.parametrize(
    ("entry_id", "text", "furniture"),
    [(e.id, ex, True) for e in ENTRIES for ex in e.get("examples") or []]
    + [(e.id, ex, False) for e in ENTRIES for ex in e.get("not") or []],
)
def test_examples(entry_id: str, text: str, furniture: bool) -> None:
    where = next(e.get("where") or "any" for e in ENTRIES if e.id == entry_id)
    # (an entry of one scope, «html» or a PDF page's «pdf_page», is tried in it; the rest as TXT lines)
    assert is_furniture(text, "txt" if where == "any" else where) is furniture


@pytest.mark.parametrize("text", ["Facebook", "Поділитися", "Пошук"])
def test_html_only_phrases_stay_in_text(text: str) -> None:
    assert is_furniture(text, "html") and not is_furniture(text, "txt")


def test_long_lines_are_never_furniture() -> None:
    assert not is_furniture("Повернутись " * 100)
