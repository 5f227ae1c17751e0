"""Slides and social-media posts: one figure per short line, pictographs as list marks."""

from __future__ import annotations

import pytest

from zvitparse.extract import extract_facts
from zvitparse.read import read_bytes
from zvitparse.read.pdf_lines import is_slide, join_lines


def _facts(text: str, meta: dict | None = None) -> set:
    facts = extract_facts(read_bytes(text.encode(), "t.txt"), meta or {})
    return {(f.indicator, f.value, f.unit, f.service) for f in facts}


SLIDE = ["ЗВЕРНЕННЯ ТА ВИЯВЛЕННЯ", "2 964", "звернення мешканців надійшло до центру", "612",
         "сімей — надійшли повідомлення про можливі СЖО", "+11 % звернень порівняно з 2024 роком"]


def test_a_sparse_page_is_a_slide_whose_lines_are_items() -> None:
    assert is_slide(SLIDE)
    assert join_lines(SLIDE, slide=True) == [
        "ЗВЕРНЕННЯ ТА ВИЯВЛЕННЯ", "2 964 звернення мешканців надійшло до центру",
        "612 сімей — надійшли повідомлення про можливі СЖО", "+11 % звернень порівняно з 2024 роком"]
    prose = ["Протягом року до центру звернулося 2 964 мешканці громади, з яких значна частина — особи"] * 12
    assert not is_slide(prose)


@pytest.mark.parametrize(("text", "expected"), [
    ("4 118 осіб отримали соціальні послуги\n\n1 036 з них — діти\n\n1 245 з них — внутрішньо переміщені особи",
     {("served", 4118, "persons", None), ("served", 1036, "children", None), ("served", 1245, "persons", None)}),
    ("17 530 соціальних послуг за рік\n\nКонсультування — 8 214 (47 %)\n\nСоціальний супровід сімей у СЖО — 2 186 (14 %)",
     {("services_provided", 17530, "services", None), ("services_provided", 8214, "services", "counselling"),
      ("services_provided", 2186, "services", "social_support_sjo")}),
    ("248 сімей під супроводом протягом року\n\n431 дитина виховується в цих сім'ях",
     {("served", 248, "families", "social_support_sjo"), ("served", 431, "children", "social_support_sjo")}),
    ("14 прийомних сімей на супроводі\n\n62 дитини виховується в них",
     {("served", 14, "families", "social_support_foster"), ("served", 62, "children", "social_support_foster")}),
    ("14,62 млн грн затверджено на 2025 рік\n\n14,38 млн грн використано (98,4 %)\n\n"
     "Проєкт кошторису на 2026 рік — 15,9 млн грн",
     {("budget_approved", 14620000, "uah", None), ("budget_spent", 14380000, "uah", None)}),
])
def test_slide_lines(text: str, expected: set) -> None:
    assert _facts(text, {"period_start": "2025-01-01", "period_end": "2025-12-31"}) == expected


POSTS = """📦 Гуманітарний напрям — підсумки 2025

✅ натуральну допомогу отримали 612 мешканців

────────────────────────────

👵👴 Відділення соціальної допомоги вдома: як ми працювали у 2025 році

🔹 214 підопічних отримували догляд вдома
🔹 надано 15 380 послуг: прибирання, покупка ліків

────────────────────────────

🚐 Соціальне таксі: 2025 рік

➡️ 97 осіб з інвалідністю скористалися послугою
➡️ 412 поїздок — до лікарні, ЦНАПу

────────────────────────────

🎄 Святий Миколай завітав до наших маленьких друзів!

👉 подарунки отримали 57 дітей
"""


def test_posts_of_a_feed_each_head_their_own_service() -> None:
    got = _facts(POSTS)
    assert {("served", 214, "persons", "home_care"), ("services_provided", 15380, "services", "home_care"),
            ("served", 97, "persons", "social_taxi"),
            ("served", 612, "persons", "natural_aid")} <= got
    # a rule line ends a post: the next one takes no service from the one before
    assert ("served", 57, "children", None) in got


POST = """📊 Рік у цифрах 💙💛

💬 Звернулися по допомогу – 1 870 людей
🆘 Кризове втручання – 12 випадків
👨👩👧 Під соціальним супроводом – 29 родин
📦 Гуманітарна допомога: 1 015 родин отримали 2 340 наборів (продукти, гігієна)
📞 Гаряча лінія – 506 дзвінків
🎨 43 заходи для дітей і дорослих – понад 900 учасників
👩🏫 14 працівників підвищили кваліфікацію"""


def test_post_lines_marked_by_several_pictographs() -> None:
    """«👨👩👧», «👩🏫» mark a line as «🆘» does; a hotline's calls are counted, not a phone number;
    cases of a service are its services; a line's own «…:» lists nothing of the lines below."""
    got = {(i, v, u) for i, v, u, _s in _facts(POST)}
    assert {("applied", 1870, "persons"), ("services_provided", 12, "services"), ("served", 29, "families"),
            ("served", 1015, "families"), ("calls", 506, "calls"), ("events", 43, "events"),
            ("event_participants", 900, "persons"), ("staff_trained", 14, "staff")} <= got
    assert not any(v == 506 and i != "calls" for i, v, _u in got)


@pytest.mark.parametrize(("text", "expected"), [
    # an infographic's bar list under a caption that asks «how many»
    ("Скільки людей отримали кожну послугу\n\nнатуральна допомога ▇▇▇▇▇▇ 1 204\n\nдогляд вдома ▇▇ 391",
     {("served", 1204, "persons", "natural_aid"), ("served", 391, "persons", "home_care")}),
    ("СКІЛЬКИ СІМЕЙ ОТРИМАЛИ ПОСЛУГИ\n\nконсультування – 312\n\nсоціальний супровід – 48",
     {("served", 312, "families", "counselling"), ("served", 48, "families", "social_support_sjo")}),
    # a heading above a whole that is written: the items hang on it, not on the heading
    ("НАДАНО ПОСЛУГ\n\n17 530 соціальних послуг за рік\n\nКонсультування — 8 214 (47 %)\n\nІнформування — 5 907",
     {("services_provided", 17530, "services", None), ("services_provided", 8214, "services", "counselling"),
      ("services_provided", 5907, "services", "informing")}),
])
def test_a_heading_right_above_labelled_items_introduces_them(text: str, expected: set) -> None:
    assert _facts(text, {"period_start": "2025-01-01", "period_end": "2025-12-31"}) == expected
