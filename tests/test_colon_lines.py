"""Lines naming a figure before a colon, read as label–value rows."""

from __future__ import annotations

import pytest

from zvitparse.extract import colon_lines, extract_facts
from zvitparse.read import read_bytes


def facts(text: str) -> set[tuple]:
    doc = read_bytes(text.encode(), "t.txt")
    return {(f.indicator, f.value, f.unit) for f in extract_facts(doc, {"period_end": "2024-12-31"})}


@pytest.mark.parametrize(("lines", "expected"), [
    ("Сім'ї у СЖО: 52\nПідвищили кваліфікацію: 11\n", {("in_difficult_circumstances", 52, "families"),
                                                      ("staff_trained", 11, "staff")}),
    ("- Звернулися до Центру, осіб: 731\n- Скарги: 0\n", {("applied", 731, "persons"), ("complaints", 0, "complaints")}),
    # a filled-in template writes its fields one after another on a line
    ("Штатних посад фахівців: 5; фактично працюють: 5; підвищили кваліфікацію: 3.\n",
     {("staff_positions", 5, "positions"), ("staff_actual", 5, "staff"), ("staff_trained", 3, "staff")}),
    ("5.1. Проведено групових заходів: 24, охоплено ними осіб: 412.\n",
     {("events", 24, "events"), ("event_participants", 412, "persons")}),
])
def test_runs_of_colon_lines_are_read_as_rows(lines: str, expected: set) -> None:
    assert expected <= facts("Основні показники 2024 року\n\n" + lines)


def test_a_colon_line_alone_or_with_more_figures_is_no_row(make_doc) -> None:
    doc = make_doc(["Сім'ї у СЖО: 52\n\nРазом за 2023–2024 роки: 45 і 52\n\n"
                    "Графік роботи: 8:00–17:00; обідня перерва: 13:00."])
    assert colon_lines.lines(doc) == []


def test_the_key_value_lines_of_a_register_s_export() -> None:
    text = ("; Вивантаження звітних показників\n[ЗВЕРНЕННЯ]\nЗВЕРНЕНЬ_ВСЬОГО=327\nЗВЕРНЕНЬ_ВПО=64\n\n"
            "[ОТРИМУВАЧІ]\nОТРИМУВАЧІВ_ДОГЛЯД_ВДОМА = 118\nОТРИМУВАЧІВ_ДЕННИЙ_ДОГЛЯД = 26\n")
    doc = read_bytes(text.encode(), "t.txt")
    got = {(f.indicator, f.value, f.service) for f in extract_facts(doc, {})}
    assert {("applied", 327, None), ("served", 118, "home_care"), ("served", 26, "day_care")} <= got
