"""Reference marks glued to a word or figure («особа[8]») are no figures and hide no words
(extract/marks.py)."""

from __future__ import annotations

import pytest

from zvitparse.extract import extract_facts
from zvitparse.extract.marks import view
from zvitparse.read import read_bytes

_TEXT = ("Звіт центру за 2024 рік.\n\nУ 2024 році послуги отримала 3 421 особа{m}, з них 1 287 — внутрішньо "
         "переміщені особи. За видами послуг:\n\nдогляд вдома — 612;\n\nконсультування — 1 904{m};\n\n"
         "натуральна допомога — 730.\n")


@pytest.mark.parametrize("mark", ["[8]", "[12]", "[a]"])
def test_a_glued_mark_reads_as_if_it_were_not_there(mark: str) -> None:
    def got(text: str) -> list:
        return sorted((f.indicator, f.value, f.service) for f in extract_facts(read_bytes(text.encode(), "t.txt")))

    marked = got(_TEXT.format(m=mark))
    assert marked == got(_TEXT.format(m=""))
    assert ("served", 3421, None) in marked and not any(v in (8, 12) for _, v, _ in marked)


def test_the_view_keeps_offsets_and_leaves_a_list_of_sources() -> None:
    doc = read_bytes("Отримали 1 904[8] особи.\n\n[1] Звіт центру за 2024 рік.".encode(), "t.txt")
    seen = view(doc)
    assert len(seen.text) == len(doc.text)
    assert "1 904    особи" in seen.text and "[1] Звіт" in seen.text
