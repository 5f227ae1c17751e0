"""A SmartArt diagram's text: the points of its data part (`word/diagrams/dataN.xml`, `dgm:pt` →
`dgm:t`), one paragraph each, read where the document anchors the diagram. Word draws each
point as a box («148 осіб отримували догляд вдома»); its connectors and the diagram's own root
hold no text a reader sees.
"""

from __future__ import annotations

from zvitparse.read.assemble import RawBlock
from zvitparse.read.docx_charts import related_xml

DGM = "{http://schemas.openxmlformats.org/drawingml/2006/diagram}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
R_DM = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}dm"
# the points that are no box of the drawing: the diagram itself, its connectors, layout nodes
_NO_BOX = frozenset({"doc", "parTrans", "sibTrans", "pres"})
# (a diagram's data part is small; a huge one is no diagram a report draws)
MAX_DIAGRAM_BYTES = 2 * 1024 * 1024


def diagram_ids(p) -> list[str]:
    """The relationship ids of the diagram data parts a paragraph anchors."""
    return [el.get(R_DM) for el in p.iter(DGM + "relIds") if el.get(R_DM)]


def diagram_blocks(part, r_id: str) -> list[RawBlock]:
    """One paragraph per box of the diagram (nothing for a part that is not one)."""
    root = related_xml(part, r_id, MAX_DIAGRAM_BYTES)
    if root is None:
        return []
    out = []
    for pt in root.iter(DGM + "pt"):
        if pt.get("type") in _NO_BOX:
            continue
        for para in pt.iterfind(f"{DGM}t/{A}p"):
            text = " ".join("".join(t.text or "" for t in para.iter(A + "t")).split())
            if text:
                out.append(RawBlock("paragraph", text))
    return out
