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


@pytest.mark.parametrize("mark", ["[8]", "[12]", "[a]", "¹", "¹²"])
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


def test_a_raised_footnote_number_is_a_mark_but_opens_its_footnote() -> None:
    """Glued to a figure it is blanked; glued to a word it stays, for the footnote to find the
    sentence it notes («наборів³»); opening a line it opens the footnote."""
    doc = read_bytes("Послуги надано 1 274¹ сім'ям/особам, 79,5 %² задоволені. Видано 466 наборів³.\n\n"
                     "¹ Без урахування 212 телефонних консультацій.".encode(), "t.txt")
    seen = view(doc)
    assert "1 274  сім'ям" in seen.text and "79,5 %  задоволені" in seen.text
    assert "наборів³" in seen.text and "¹ Без" in seen.text
