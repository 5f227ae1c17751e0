"""The DOCX reader on small documents made with python-docx."""

from __future__ import annotations

import io

import docx
import pytest

from zvitparse.read import read_bytes
from zvitparse.read.assemble import RawBlock
from zvitparse.read.docx import tab_tables


def save(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_order_kinds_and_levels() -> None:
    d = docx.Document()
    d.add_heading("Звіт", level=0)  # the Title style
    d.add_heading("Розділ 1", level=2)
    d.add_paragraph("Текст із\u00a0нерозривним пробілом.")
    d.add_paragraph("пункт", style="List Number")
    t = d.add_table(rows=2, cols=2)
    for r in range(2):
        for c in range(2):
            t.cell(r, c).text = f"{r}{c}"
    d.add_paragraph("Після таблиці")
    doc = read_bytes(save(d), "x.docx")
    assert [(b.kind, b.level) for b in doc.blocks] == [
        ("heading", 1), ("heading", 2), ("paragraph", None), ("list_item", None), ("table", None), ("paragraph", None)]
    assert doc.text == "Звіт\n\nРозділ 1\n\nТекст із нерозривним пробілом.\n\n1. пункт\n\n00\t01\n10\t11\n\nПісля таблиці"


def test_merged_cells() -> None:
    d = docx.Document()
    t = d.add_table(rows=3, cols=3)
    t.cell(0, 0).merge(t.cell(0, 2)).text = "Заголовок"
    t.cell(1, 0).merge(t.cell(2, 0)).text = "Послуга"
    for r, c, v in ((1, 1, "12"), (1, 2, "13"), (2, 1, "14"), (2, 2, "15")):
        t.cell(r, c).text = v
    doc = read_bytes(save(d), "x.docx")
    (tb,) = doc.tables()
    assert [[(c.text, c.col, c.rowspan, c.colspan) for c in r] for r in tb.rows] == [
        [("Заголовок", 0, 1, 3)],
        [("Послуга", 0, 2, 1), ("12", 1, 1, 1), ("13", 2, 1, 1)],
        [("14", 1, 1, 1), ("15", 2, 1, 1)],
    ]


def test_a_nested_table_s_rows_are_rows_of_the_outer_table() -> None:
    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Відділення"
    inner = t.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "робітники", "18"
    doc = read_bytes(save(d), "x.docx")
    (tb,) = doc.tables()
    assert [c.text for c in tb.rows[0]] == ["Відділення", "робітники", "18"]


def _nested_by_service() -> bytes:
    """«Послуга | Отримувачі за категоріями | Надано послуг», each service's categories a table
    of their own in its cell, with its own header and «Усього»."""
    d = docx.Document()
    t = d.add_table(rows=3, cols=3)
    for k, text in enumerate(["Соціальна послуга", "Отримувачі за категоріями", "Надано послуг, од."]):
        t.cell(0, k).text = text
    groups = [("Догляд вдома", [("особи похилого віку", "41"), ("особи з інвалідністю", "23"), ("Усього", "64")], "12 480"),
              ("Денний догляд", [("діти з інвалідністю", "9"), ("особи з інвалідністю", "14"), ("Усього", "23")], "2 310")]
    for r, (service, cats, done) in enumerate(groups, 1):
        t.cell(r, 0).text, t.cell(r, 2).text = service, done
        cell = t.cell(r, 1)
        inner = cell.add_table(rows=len(cats) + 1, cols=2)
        inner.cell(0, 0).text, inner.cell(0, 1).text = "Категорія", "Осіб"
        for i, (name, n) in enumerate(cats, 1):
            inner.cell(i, 0).text, inner.cell(i, 1).text = name, n
        cell._tc.remove(cell.paragraphs[0]._p)  # (the cell holds the table alone)
    return save(d)


def test_nested_tables_by_service_become_groups_of_rows() -> None:
    doc = read_bytes(_nested_by_service(), "x.docx")
    (tb,) = doc.tables()
    rows = [[c.text for c in r] for r in tb.rows]
    assert rows[0] == ["Соціальна послуга", "Отримувачі за категоріями: Категорія", "Отримувачі за категоріями: Осіб",
                       "Надано послуг, од."]
    assert rows[1] == ["Догляд вдома", "особи похилого віку", "41", "12 480"]
    assert rows[2:4] == [["особи з інвалідністю", "23"], ["Усього", "64"]]
    assert tb.rows[1][0].rowspan == 3 and tb.rows[1][3].rowspan == 3


def test_the_total_of_a_group_of_nested_rows_is_its_service_s() -> None:
    from zvitparse.audit import audit_report
    from zvitparse.extract import extract_facts
    from zvitparse.model import Report

    doc = read_bytes(_nested_by_service(), "x.docx")
    facts = extract_facts(doc, {})
    got = {(f.indicator, f.value, f.unit, f.service) for f in facts}
    assert {("served", 64, "persons", "home_care"), ("served", 41, "persons", "home_care"),
            ("served", 23, "persons", "day_care"), ("services_provided", 12480, "services", "home_care"),
            ("services_provided", 2310, "services", "day_care")} <= got
    total = next(f for f in facts if f.value == 64)
    assert {f.value for f in facts if f.parent_id == total.fact_id} == {41, 23}
    # each group adds up within itself: no false alarm from the next group's rows
    findings, _ = audit_report(Report(doc_id="x", source="x.docx", document=doc, facts=facts))
    assert not [f for f in findings if f.rule == "table_arithmetic"]


def test_furniture_paragraphs_dropped() -> None:
    d = docx.Document()
    for text in ("Звіт", "Повернутись", "Надано 12 послуг.", "Друк статті"):
        d.add_paragraph(text)
    assert read_bytes(save(d), "x.docx").text == "Звіт\n\nНадано 12 послуг."


@pytest.mark.parametrize(
    ("texts", "kinds"),
    [
        (["Вступ", "\tКЕКВ", "\tСума", "(тис. грн)", "", "\t2210", "\t51,0", "Далі текст."],
         ["paragraph", "table", "paragraph"]),
        (["\tодин рядок з табуляцією", "Текст"], ["paragraph", "paragraph"]),
    ],
)
def test_tab_led_paragraphs(texts: list[str], kinds: list[str]) -> None:
    out = tab_tables([RawBlock("paragraph", t) for t in texts])
    assert [b.kind for b in out if b.text.strip() or b.rows] == kinds


def test_text_box_read_once() -> None:
    from docx.oxml import parse_xml

    d = docx.Document()
    p = d.add_paragraph("Звіт ")
    box = (
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>у рамці</w:t></w:r></w:p>'
        "</w:txbxContent></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>у рамці</w:t></w:r></w:p></w:txbxContent>"
        "</w:pict></mc:Fallback></mc:AlternateContent>"
    )
    run = p.add_run()
    run._r.append(parse_xml(box))
    # (the box's text is a line of its own, and only once: Word keeps a VML copy for old readers)
    assert read_bytes(save(d), "x.docx").text.split() == ["Звіт", "у", "рамці"]


def test_a_text_box_s_paragraphs_are_lines_of_their_own() -> None:
    from docx.oxml import parse_xml

    d = docx.Document()
    p = d.add_paragraph()
    paras = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in ("1 384 особи", "отримали соціальні послуги"))
    p.add_run()._r.append(parse_xml(
        '<w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:txbxContent>{paras}</w:txbxContent></w:drawing>"))
    text = read_bytes(save(d), "x.docx").text
    assert "особиотримали" not in text and "1 384 особи\nотримали соціальні послуги" in text


def test_a_superscript_run_is_a_footnote_mark_not_a_figure() -> None:
    d = docx.Document()
    p = d.add_paragraph("Взято під супровід 38 сімей")
    p.add_run("4").font.superscript = True
    p.add_run("; площа 40 м")
    p.add_run("2").font.superscript = True
    buf = io.BytesIO()
    d.save(buf)
    assert read_bytes(buf.getvalue(), "t.docx").text == "Взято під супровід 38 сімей⁴; площа 40 м²"


def _layout(with_nested: bool) -> bytes:
    d = docx.Document()
    page = d.add_table(rows=1, cols=2)
    left, right = page.cell(0, 0), page.cell(0, 1)
    left.text = "Центр соціальних служб\nтел. (03376) 0-22-81"
    right.text = "ЗВІТ про діяльність Центру за 2024 рік"
    for p in ("Протягом 2024 року до Центру звернулася 891 особа, з них 214 – внутрішньо переміщені особи.",
              "Центр отримав повідомлення про 73 сім'ї з ознаками складних життєвих обставин.",
              "Проведено 38 групових заходів, у яких взяли участь 1 127 осіб.",
              "Штат Центру – 12 посад, працюють 12 осіб, з них 10 фахівців із соціальної роботи."):
        right.add_paragraph(p)
    if with_nested:
        inner = right.add_table(rows=2, cols=3)
        for r, row in enumerate((["Показник", "2023", "2024"], ["Сімей під соціальним супроводом", "58", "64"])):
            for c, text in enumerate(row):
                inner.cell(r, c).text = text
    return save(d)


@pytest.mark.parametrize("with_nested", [True, False])
def test_a_table_that_lays_out_the_page_is_read_as_its_cells_blocks(with_nested) -> None:
    doc = read_bytes(_layout(with_nested), "layout.docx")
    kinds = [b.kind for b in doc.blocks]
    assert kinds.count("table") == int(with_nested)
    assert "Протягом 2024 року до Центру звернулася 891 особа" in doc.text
    if with_nested:
        table = next(b for b in doc.blocks if b.kind == "table")
        assert [c.text for c in table.rows[1]] == ["Сімей під соціальним супроводом", "58", "64"]


def test_a_data_table_with_short_cells_stays_a_table() -> None:
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    for r, row in enumerate((["Послуга", "Отримувачів"], ["Догляд вдома", "143"])):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    assert [b.kind for b in read_bytes(save(d), "x.docx").blocks] == ["table"]


def test_footnotes_and_endnotes_follow_the_body_with_their_marks() -> None:
    import zipfile

    d = docx.Document()
    p = d.add_paragraph("Соціальні послуги отримали 684 особи")
    p.add_run()._r.append(__import__("docx.oxml", fromlist=["parse_xml"]).parse_xml(
        '<w:footnoteReference xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:id="1"/>'))
    p.add_run(".")
    raw = io.BytesIO(save(d))
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    notes = (f'<w:footnotes {ns}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
             '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
             '<w:r><w:t xml:space="preserve"> Без урахування 117 осіб, які отримали лише інформування.</w:t></w:r>'
             '</w:p></w:footnote></w:footnotes>')
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/'
                                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            zout.writestr(item, data)
        zout.writestr("word/footnotes.xml", notes)
    text = read_bytes(out.getvalue(), "x.docx").text
    assert "684 особи¹." in text
    assert text.rstrip().endswith("¹ Без урахування 117 осіб, які отримали лише інформування.")


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _wrap_in_control(el, placeholder: bool = False) -> None:
    """Wrap `el` in a content control (`w:sdt`), as a form template does."""
    from docx.oxml import parse_xml

    flag = "<w:showingPlcHdr/>" if placeholder else ""
    sdt = parse_xml(f'<w:sdt {_W}><w:sdtPr><w:alias w:val="Поле"/>{flag}</w:sdtPr><w:sdtContent/></w:sdt>')
    el.addprevious(sdt)
    sdt[1].append(el)


@pytest.mark.parametrize("wrap", ["rows", "cells", "both"])
def test_rows_and_cells_inside_content_controls_are_read(wrap: str) -> None:
    d = docx.Document()
    t = d.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate((("Послуга", "Отримувачів"), ("Догляд вдома", "96"), ("Усього", "127"))):
        t.cell(r, 0).text, t.cell(r, 1).text = a, b
    if wrap in ("cells", "both"):
        for tr in t._tbl.tr_lst:
            _wrap_in_control(tr.tc_lst[1])
    if wrap in ("rows", "both"):
        for tr in list(t._tbl.tr_lst)[1:]:
            _wrap_in_control(tr)
    (tb,) = read_bytes(save(d), "x.docx").tables()
    assert [[c.text for c in r] for r in tb.rows] == [["Послуга", "Отримувачів"], ["Догляд вдома", "96"], ["Усього", "127"]]


def test_a_field_still_showing_word_s_prompt_is_empty() -> None:
    d = docx.Document()
    filled = d.add_paragraph("Кількість отримувачів: 96")
    _wrap_in_control(filled._p)
    empty = d.add_paragraph("Клацніть або торкніться тут, щоб ввести текст.")
    _wrap_in_control(empty._p, placeholder=True)
    d.add_paragraph("Кінець")
    assert read_bytes(save(d), "x.docx").text == "Кількість отримувачів: 96\n\nКінець"


def _outline_doc(items: list[tuple[int, str, str]], levels: list[tuple[str, str]], restart_second: bool = False) -> bytes:
    """A DOCX whose paragraphs (level, list, text) are numbered by Word's multi-level lists:
    `levels` gives each level's format and text («decimal», «%1.»); lists «A» and «B» share
    the definition, «B» restarting its first level when `restart_second`."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    numbering = d.part.numbering_part.element
    lvls = "".join(f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
                   for k, (fmt, text) in enumerate(levels))
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{lvls}</w:abstractNum>'))
    override = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart_second else ""
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="92"><w:abstractNumId w:val="90"/>{override}</w:num>'))
    for level, which, text in items:
        para = d.add_paragraph(text)
        para._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{91 if which == "A" else 92}"/></w:numPr>'))
    return save(d)


def test_word_list_numbers_are_read_before_their_items() -> None:
    """Word keeps a list's numbers out of the text: the reader counts them as Word shows them,
    so an outline says which figure is a part of which."""
    levels = [("decimal", "%1."), ("decimal", "%1.%2."), ("russianLower", "%3)")]
    items = [(0, "A", "Звернення"), (1, "A", "Звернулися 538 осіб"), (2, "A", "ВПО – 164"), (2, "A", "інші – 374"),
             (1, "A", "Оцінено потреби 212 осіб"), (2, "A", "базова – 171"), (0, "A", "Послуги"), (1, "A", "Надано 14 126 послуг")]
    doc = read_bytes(_outline_doc(items, levels), "x.docx")
    assert doc.text.split("\n\n") == [
        "1. Звернення", "1.1. Звернулися 538 осіб", "а) ВПО – 164", "б) інші – 374", "1.2. Оцінено потреби 212 осіб",
        "а) базова – 171", "2. Послуги", "2.1. Надано 14 126 послуг"]


@pytest.mark.parametrize("restart, second", [(False, "3. Третій"), (True, "1. Третій")])
def test_lists_sharing_a_definition_go_on_counting_unless_restarted(restart: bool, second: str) -> None:
    items = [(0, "A", "Перший"), (0, "A", "Другий"), (0, "B", "Третій")]
    doc = read_bytes(_outline_doc(items, [("decimal", "%1.")], restart_second=restart), "x.docx")
    assert doc.text.split("\n\n") == ["1. Перший", "2. Другий", second]


@pytest.mark.parametrize("fmt, text, shown", [
    ("bullet", "\uf0b7", "• пункт"), ("bullet", "–", "– пункт"), ("upperRoman", "%1.", "I. пункт"),
    ("lowerLetter", "%1)", "a) пункт"), ("none", "", "пункт")])
def test_a_list_level_s_format(fmt: str, text: str, shown: str) -> None:
    doc = read_bytes(_outline_doc([(0, "A", "пункт")], [(fmt, text)]), "x.docx")
    assert doc.text == shown


def test_a_list_definition_with_garbage_numbers_is_read_with_defaults() -> None:
    """A damaged numbering part («w:ilvl="x"», «w:start="?"») numbers as Word's defaults would,
    and never stops the reading."""
    data = _outline_doc([(0, "A", "Перший"), (0, "A", "Другий")], [("decimal", "%1.")])
    import io as _io
    import zipfile

    src = zipfile.ZipFile(_io.BytesIO(data))
    out = _io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "word/numbering.xml":
                body = body.replace(b'<w:start w:val="1"/>', b'<w:start w:val="?"/>', 1).replace(
                    b'w:abstractNumId="90"><w:lvl w:ilvl="0">', b'w:abstractNumId="90"><w:lvl w:ilvl="x">')
            z.writestr(item, body)
    doc = read_bytes(out.getvalue(), "x.docx")
    assert "Перший" in doc.text and "Другий" in doc.text
