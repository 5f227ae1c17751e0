"""Monthly reports written in abbreviations: «87 ос.», «23 сім.», «К-ть отрим.», «з позит. рез-том»."""

from __future__ import annotations

import pytest

from zvitparse.extract import extract_facts
from zvitparse.read import read_bytes

OCTOBER = {"period_start": "2025-10-01", "period_end": "2025-10-31"}


def _facts(text: str, meta: dict | None = None) -> set:
    facts = extract_facts(read_bytes(text.encode(), "t.txt"), meta if meta is not None else OCTOBER)
    return {(f.indicator, f.value, f.unit) for f in facts}


@pytest.mark.parametrize(("text", "expected"), [
    ("У жовтні до ЦСС звернулось 87 ос. (у вересні — 79 ос.).", {("applied", 87, "persons")}),
    ("Надійшли повідомл. щодо 23 сім., які можуть перебувати у СЖО.", {("notified", 23, "families")}),
    ("Проведено оцінку потреб 21 сім. (39 дит.), з них СЖО визнано у 17 сім. (81 %).",
     {("needs_assessed", 21, "families"), ("in_difficult_circumstances", 17, "families")}),
    ("У жовтні взято під супровід 6 сім. (35 % від визнаних у СЖО), завершено — 4 сім., з них: з позит. рез-том — 3.",
     {("support_started", 6, "families"), ("support_completed", 4, "families"), ("outcome_positive", 3, "families")}),
    ("На 31.10.2025 під соц. супроводом — 58 сім.", {("support_ongoing", 58, "families")}),
    ("Проведено 9 груп. заходів, охоплено 214 ос.", {("events", 9, "events"), ("event_participants", 214, "persons")}),
    ("План на листопад: 3 тренінги «Батьківська школа», 1 рейд «Діти вулиці».", set()),
])
def test_abbreviated_prose(text: str, expected: set) -> None:
    assert expected <= _facts(text)
    if not expected:
        assert _facts(text) == set()


def test_the_month_before_the_period_is_another_period() -> None:
    assert _facts("У березні звернулося 40 осіб.") == set()
    assert _facts("У березні звернулося 40 осіб.", {"period_start": "2025-01-01", "period_end": "2025-12-31"}) == {
        ("applied", 40, "persons")}


def test_a_table_whose_cells_name_their_people() -> None:
    text = ("2. Надання соц. послуг у жовтні 2025 р.\n\n№\tПослуга\tК-ть отрим.\tК-ть послуг\n"
            "1\tІнформування\t142 ос.\t188\n3\tСоц. супровід сімей у СЖО\t58 сім.\t174\n\tРазом\t—\t362\n")
    got = {(f.indicator, f.value, f.unit, f.service) for f in extract_facts(read_bytes(text.encode(), "t.txt"), OCTOBER)}
    assert {("served", 142, "persons", "informing"), ("served", 58, "families", "social_support_sjo"),
            ("services_provided", 188, "services", "informing"),
            ("services_provided", 174, "services", "social_support_sjo"), ("services_provided", 362, "services", None)} <= got
