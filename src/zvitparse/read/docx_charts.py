"""A Word chart's figures: the values a chart part caches for each series and category
(`word/charts/chartN.xml`, `c:ser` → `c:tx`, `c:cat`, `c:val`), read as the table a reader sees
in the bars' labels: a header row of the series' names, a row per category. Its title, when it
has one, is a paragraph above it. A chart is read where the document anchors it.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from lxml import etree

from zvitparse.read.assemble import RawBlock, RawCell

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
CHART = C + "chart"
# (a chart part is small; a huge one is no chart a report draws)
MAX_CHART_BYTES = 4 * 1024 * 1024


def chart_ids(p) -> list[str]:
    """The relationship ids of the charts a paragraph anchors."""
    return [el.get(R_ID) for el in p.iter(CHART) if el.get(R_ID)]


def related_xml(part, r_id: str, max_bytes: int):
    """The parsed XML of a part the document relates by `r_id` (a chart, a diagram's data), or
    None when there is none, it is too large or it is no XML."""
    try:
        blob = part.related_parts[r_id].blob
    except (KeyError, AttributeError):
        return None
    if len(blob) > max_bytes:
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(blob, parser)
    except etree.XMLSyntaxError:
        return None


def chart_blocks(part, r_id: str) -> list[RawBlock]:
    """The title paragraph and the table of one chart (nothing for a part that is not one)."""
    root = related_xml(part, r_id, MAX_CHART_BYTES)
    if root is None:
        return []
    series = [_series(s) for s in root.iter(C + "ser")]
    series = [s for s in series if s[2]]
    if not series:
        return []
    cats: list[str] = []
    for _, cat, _ in series:
        cats += [c for c in cat if c not in cats]
    rows = [[RawCell("", 0), *(RawCell(name, k + 1) for k, (name, _, _) in enumerate(series))]]
    for i, cat in enumerate(cats or [""] * max(len(v) for _, _, v in series)):
        rows.append([RawCell(cat, 0), *(RawCell(_value_at(s, cat, i), k + 1) for k, s in enumerate(series))])
    head = root.find(f"{C}chart/{C}title")
    title = "" if head is None else " ".join("".join(t.text or "" for t in head.iter(A + "t")).split())
    return ([RawBlock("paragraph", title)] if title else []) + [RawBlock("table", rows=rows)]


def _points(el) -> dict[int, str]:
    if el is None:
        return {}
    return {int(pt.get("idx", "0")): (pt.findtext(C + "v") or "").strip() for pt in el.iter(C + "pt")}


def _series(ser) -> tuple[str, list[str], dict[int, str]]:
    name = " ".join(_points(ser.find(C + "tx")).values()) or (ser.findtext(f"{C}tx/{C}v") or "").strip()
    cat = _points(ser.find(C + "cat"))
    return name, [cat[k] for k in sorted(cat)], _points(ser.find(C + "val"))


def _value_at(s: tuple[str, list[str], dict[int, str]], cat: str, i: int) -> str:
    _, cats, values = s
    k = cats.index(cat) if cat in cats else i
    return _number(values.get(k, ""))


def _number(text: str) -> str:
    """«104» for «104.0», «92,5» for «92.5»: as a label on the bar shows it."""
    try:
        d = Decimal(text)
    except (InvalidOperation, ValueError):
        return text
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f").replace(".", ",")
