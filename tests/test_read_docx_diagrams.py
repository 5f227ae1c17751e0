"""A SmartArt diagram's boxes read as paragraphs where the diagram stands."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from zvitparse.read import read_path
from zvitparse.read.docx_diagrams import diagram_blocks

_DATA = """<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst>
<dgm:pt modelId="0" type="doc"><dgm:t><a:p><a:r><a:t>схема</a:t></a:r></a:p></dgm:t></dgm:pt>
{points}
<dgm:pt modelId="9" type="parTrans"><dgm:t><a:p><a:r><a:t>зв'язок</a:t></a:r></a:p></dgm:t></dgm:pt>
</dgm:ptLst></dgm:dataModel>"""
_PT = """<dgm:pt modelId="{i}"><dgm:t><a:p><a:r><a:t>{a}</a:t></a:r><a:r><a:t>{b}</a:t></a:r></a:p></dgm:t></dgm:pt>"""


def _part(xml: str) -> SimpleNamespace:
    return SimpleNamespace(related_parts={"rId100": SimpleNamespace(blob=xml.encode())})


def test_each_box_of_a_diagram_is_a_paragraph() -> None:
    points = _PT.format(i=1, a="148", b=" осіб отримували догляд вдома") + _PT.format(i=2, a="4 127", b=" послуг")
    got = [(b.kind, b.text) for b in diagram_blocks(_part(_DATA.format(points=points)), "rId100")]
    assert got == [("paragraph", "148 осіб отримували догляд вдома"), ("paragraph", "4 127 послуг")]


@pytest.mark.parametrize("xml", ["<dgm:dataModel", "<x/>", _DATA.format(points="")])
def test_a_broken_or_empty_diagram_gives_nothing(xml: str) -> None:
    assert diagram_blocks(_part(xml), "rId100") == []
    assert diagram_blocks(_part(xml), "rId9") == []


BLIND = Path(__file__).resolve().parents[1] / "corpus" / "blind108" / "b108_07_kurne_tcso_q3_2024.docx"


@pytest.mark.skipif(not BLIND.exists(), reason="corpus not present")
def test_a_docx_diagram_is_read_where_it_stands() -> None:
    text = read_path(BLIND).text
    assert text.index("Основні показники ІІІ кварталу") < text.index("148 осіб отримували догляд вдома") \
        < text.index("обслуговувало 146 осіб")
