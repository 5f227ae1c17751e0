"""The population category of a count of people (SPEC §2 `category`)."""

from __future__ import annotations

import pytest

from zvitparse import api
from zvitparse.extract import extract_facts
from zvitparse.extract.categories import category_of, is_catch_all
from zvitparse.read import read_bytes


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("сім'ї/особи з числа ВПО", "внутрішньо переміщені особи"),
        ("сімей внутрішньо переміщених осіб", "внутрішньо переміщені особи"),
        ("особи з інвалідністю І групи", "особи з інвалідністю"),
        ("дітей з інвалідністю", "діти з інвалідністю"),
        ("сімей, що виховують дітей з інвалідністю", "сім'ї, які виховують дітей з інвалідністю"),
        ("самотніх громадян похилого віку", "одинокі громадяни похилого віку"),
        ("сімей учасників бойових дій", "ветерани війни та члени їхніх сімей"),
        ("відділення денного перебування", None),
        ("громадяни похилого віку та особи з інвалідністю", None),  # two apart: the count is of both
        ("інших суб'єктів", None),
    ],
)
def test_category_of(text, category):
    assert category_of(text) == category


def test_only_others_is_a_catch_all():
    assert is_catch_all("інші") and not is_catch_all("внутрішньо переміщені особи") and not is_catch_all(None)


def _doc(text):
    return read_bytes(text.encode(), "t.txt")


def test_parts_and_figures_get_their_category():
    facts = extract_facts(_doc("Послугу отримали 731 сім'я/особа, з них 214 – сім'ї/особи з числа ВПО. "
                               "Соціальним таксі скористалися 58 осіб з інвалідністю."), {})
    assert {f.value: f.category for f in facts} == {
        731: None, 214: "внутрішньо переміщені особи", 58: "особи з інвалідністю"}


LIST = "Послугу отримували 512 осіб, з них:\n- одинокі громадяни – 318;\n- особи з інвалідністю – 47;\n- {last} – 26."


def test_categories_without_others_need_not_add_up():
    findings = api.parse_document(_doc(LIST.format(last="внутрішньо переміщені особи"))).findings
    assert not [f for f in findings if f.rule == "parts_sum"]


def test_categories_with_others_are_a_partition():
    findings = api.parse_document(_doc(LIST.format(last="інші громадяни"))).findings
    assert [f.rule for f in findings] == ["parts_sum"]


def test_a_category_inside_a_service_s_name_is_the_service_s():
    facts = extract_facts(_doc("Усі вісім сімей охоплені послугою соціального супроводження прийомних сімей."), {})
    assert [(f.value, f.category) for f in facts] == [(8, None)]
