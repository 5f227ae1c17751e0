"""A CSV preview headed by machine field names reads its columns by the descriptions the page
gives them (extract/field_names.py)."""

from __future__ import annotations

import pytest

from zvitparse.extract import extract_facts
from zvitparse.extract.field_names import view
from zvitparse.read import read_bytes

_PAGE = """<html><body><h1>Набір даних: показники ЦНСП за 2024 рік</h1>
<p>Попередній перегляд: dani_2024.csv</p>
<table><tr>{head}</tr>
<tr><td>2024</td><td>015.1</td><td>Догляд вдома</td><td>142</td><td>14208</td></tr>
<tr><td>2024</td><td>002.0</td><td>Консультування</td><td>516</td><td>1874</td></tr>
<tr><td>2024</td><td></td><td>Разом</td><td>658</td><td>16082</td></tr></table>
<h2>Структура ресурсу</h2>
<table><tr><th>{field}</th><th>Тип</th><th>Опис</th></tr>
{fields}</table></body></html>"""
_KEYS = ["rik", "kod_poslugy", "posluga", "kilkist_otrymuvachiv", "kilkist_poslug"]
_WORDS = ["Звітний рік", "Код послуги за Класифікатором", "Назва соціальної послуги",
          "Кількість отримувачів, осіб", "Кількість наданих послуг, од."]


def _page(keys: list[str], words: list[str], field: str = "Поле") -> bytes:
    fields = "".join(f"<tr><td>{k}</td><td>integer</td><td>{w}</td></tr>" for k, w in zip(keys, words, strict=True))
    head = "".join(f"<th>{k}</th>" for k in keys)
    return _PAGE.format(head=head, fields=fields, field=field).encode()


def _counts(data: bytes) -> set[tuple[str, float, str, str | None]]:
    doc = read_bytes(data, "dataset.html")
    return {(f.indicator, f.value, f.unit, f.service) for f in extract_facts(doc)}


@pytest.mark.parametrize("field", ["Поле", "Назва поля", "Field"])
def test_fields_read_by_their_descriptions(field: str) -> None:
    got = _counts(_page(_KEYS, _WORDS, field))
    assert ("served", 142, "persons", "home_care") in got
    assert ("services_provided", 1874, "services", "counselling") in got
    assert ("served", 658, "persons", None) in got
    assert not any(v == 2024 for _, v, _, _ in got)  # the year column is no figure


def test_without_a_table_of_fields_the_names_stay_as_written() -> None:
    data = _page(_KEYS, _WORDS).split(b"<h2>")[0] + b"</body></html>"
    doc = read_bytes(data, "dataset.html")
    assert view(doc) is doc


def test_the_view_keeps_the_text_and_offsets() -> None:
    doc = read_bytes(_page(_KEYS, _WORDS), "dataset.html")
    seen = view(doc)
    assert seen.text == doc.text
    head = next(b for b in seen.blocks if b.kind == "table").rows[0]
    assert [c.text for c in head] == _WORDS
    assert all(doc.text[c.start:c.end] in _KEYS for c in head)
