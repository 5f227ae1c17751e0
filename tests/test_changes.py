"""Changes written with an arrow: the figure after it is the report's, the one before it and
the differences after it are no figures."""

from __future__ import annotations

import pytest

from zvitparse.extract import changes, extract_facts
from zvitparse.read import read_bytes


@pytest.mark.parametrize(("text", "kept", "gone"), [
    ("Сім'ї у СЖО: 45 → 52 (+7; +15,6 %)", "52", ["45", "+7", "15,6"]),
    ("Звернулися до Центру, осіб: 684 → 731", "731", ["684"]),
    ("Частка ВПО: 18,2 % → 21,4 %", "21,4 %", ["18,2"]),
    ("Касові видатки, тис. грн: 7 902,6 -> 8 655,1", "8 655,1", ["7 902,6"]),
    ("Штатні посади: 31 → 31 (=)", "31", ["(=)"]),
])
def test_the_earlier_figure_and_the_differences_are_written_over(make_doc, text, kept, gone):
    seen = changes.view(make_doc([text])).text
    assert kept in seen and not any(g in seen for g in gone)
    assert len(seen) == len(text)


def test_a_text_without_arrows_is_the_same_document(make_doc):
    doc = make_doc(["У 2023 році – 45 сімей, у 2024 – 52."])
    assert changes.view(doc) is doc


def test_a_table_of_changes_gives_the_later_figures():
    page = ("<html><body><p>Динаміка отримувачів послуг Центру у 2024 році.</p><table>"
            "<tr><th>Послуга</th><th>Отримувачів, осіб (2023 → 2024)</th><th>Δ</th></tr>"
            "<tr><td>Догляд вдома</td><td>118 → 109</td><td>−9</td></tr>"
            "<tr><td>Денний догляд</td><td>21 → 26</td><td>+5</td></tr></table></body></html>")
    doc = read_bytes(page.encode(), "p.html")
    got = {(f.indicator, f.value, f.service) for f in extract_facts(doc, {"period_end": "2024-12-31"})}
    assert {("served", 109, "home_care"), ("served", 26, "day_care")} <= got
    assert not {f for f in got if f[1] in (118, 21, 9, 5)}
