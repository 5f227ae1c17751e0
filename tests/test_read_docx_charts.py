"""A Word chart's cached figures read as the table its bars show."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from zvitparse.read import read_path
from zvitparse.read.docx_charts import chart_blocks

_CHART = """<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart>
<c:title><c:tx><c:rich><a:p><a:r><a:t>Отримувачі послуг, осіб</a:t></a:r></a:p></c:rich></c:tx></c:title>
<c:plotArea><c:barChart>{series}</c:barChart></c:plotArea></c:chart></c:chartSpace>"""
_SER = """<c:ser><c:tx><c:strRef><c:strCache><c:pt idx="0"><c:v>{name}</c:v></c:pt></c:strCache></c:strRef></c:tx>
<c:cat><c:strRef><c:strCache><c:pt idx="0"><c:v>Догляд вдома</c:v></c:pt><c:pt idx="1"><c:v>Денний догляд</c:v></c:pt>
</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:numCache><c:pt idx="0"><c:v>{a}</c:v></c:pt>
<c:pt idx="1"><c:v>{b}</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>"""


def _part(xml: str) -> SimpleNamespace:
    # (the document's part only hands the chart's bytes over: python-docx keeps them as they are)
    return SimpleNamespace(related_parts={"rId7": SimpleNamespace(blob=xml.encode())})


def test_a_chart_reads_as_a_table_of_its_series() -> None:
    series = _SER.format(name="2024 рік", a="96", b="31") + _SER.format(name="2025 рік", a="104.0", b="28.5")
    title, table = chart_blocks(_part(_CHART.format(series=series)), "rId7")
    assert title.text == "Отримувачі послуг, осіб"
    assert [[c.text for c in r] for r in table.rows] == [
        ["", "2024 рік", "2025 рік"], ["Догляд вдома", "96", "104"], ["Денний догляд", "31", "28,5"]]


@pytest.mark.parametrize("xml", ["<c:chartSpace", "<x/>", _CHART.format(series="")])
def test_a_broken_or_empty_chart_gives_nothing(xml: str) -> None:
    assert chart_blocks(_part(xml), "rId7") == []
    assert chart_blocks(_part(xml), "rId9") == []


BLIND = Path(__file__).resolve().parents[1] / "corpus" / "blind84" / "b84_07_tsebrykove_cnsp_annual2025.docx"


@pytest.mark.skipif(not BLIND.exists(), reason="corpus not present")
def test_a_docx_chart_is_read_where_it_stands() -> None:
    text = read_path(BLIND).text
    assert "Догляд вдома\t96\t104" in text
    assert text.index("діаграмі 1") < text.index("Догляд вдома\t96") < text.index("Діаграма 1.")
