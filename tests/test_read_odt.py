"""The ODT reader on OpenDocument files written by hand (a zip: `mimetype` first, stored, then
`content.xml`), as LibreOffice Writer lays them out."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

import zvitparse
from zvitparse.errors import ReadError
from zvitparse.model import Block, Document
from zvitparse.read import READERS, read_bytes, sniff

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:xlink="http://www.w3.org/1999/xlink"'
)
TEXT_MIME = "application/vnd.oasis.opendocument.text"
MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>{extra}'
    "</manifest:manifest>"
)


def content_xml(body: str, styles: str = "", kind: str = "text") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} office:version="1.3">'
            f"<office:automatic-styles>{styles}</office:automatic-styles>"
            f"<office:body><office:{kind}>{body}</office:{kind}></office:body></office:document-content>")


def odt(body: str, styles: str = "", *, mime: str = TEXT_MIME, content: str | bytes | None = None,
        manifest_extra: str = "", extra: dict[str, bytes] | None = None) -> bytes:
    """An ODT as LibreOffice writes one: `mimetype` first and uncompressed, then the parts."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), mime, compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", content if content is not None else content_xml(body, styles))
        zf.writestr("styles.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}>'
                                  "<office:master-styles><style:master-page style:name=\"Standard\">"
                                  "<style:header><text:p>Колонтитул центру</text:p></style:header>"
                                  "</style:master-page></office:master-styles></office:document-styles>")
        zf.writestr("meta.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NS}>'
                                "<office:meta><dc:title>Назва з властивостей</dc:title></office:meta>"
                                "</office:document-meta>")
        zf.writestr("META-INF/manifest.xml", MANIFEST.format(mime=mime, extra=manifest_extra))
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


def grid(table: Block) -> list[list[tuple[str, int, int, int]]]:
    return [[(c.text, c.col, c.rowspan, c.colspan) for c in row] for row in table.rows or ()]


def spans_ok(doc: Document) -> None:
    for b in doc.blocks:
        for row in b.rows or ():
            for c in row:
                assert doc.text[c.start:c.end] == c.text


def test_sniffed_as_odt_and_read() -> None:
    data = odt("<text:p>Надано 12 послуг.</text:p>")
    assert sniff(data) == "odt" and "odt" in READERS
    doc = read_bytes(data, "x.odt")
    assert doc.format == "odt" and doc.text == "Надано 12 послуг." and doc.pages is None


@pytest.mark.parametrize(
    ("body", "text", "kinds"),
    [
        pytest.param('<text:h text:outline-level="1">Звіт</text:h><text:h text:outline-level="3">Розділ</text:h>'
                     "<text:p>Текст.</text:p>",
                     "Звіт\n\nРозділ\n\nТекст.", [("heading", 1), ("heading", 3), ("paragraph", None)], id="headings"),
        pytest.param('<text:p text:style-name="P1">Звіт за 2024 рік</text:p>'
                     '<text:p text:style-name="Heading_20_2">Послуги</text:p>',
                     "Звіт за 2024 рік\n\nПослуги", [("heading", 1), ("heading", 2)], id="title-and-heading-styles"),
        pytest.param("<text:list><text:list-item><text:p>перший</text:p>"
                     "<text:list><text:list-item><text:p>вкладений</text:p></text:list-item></text:list>"
                     "</text:list-item><text:list-item><text:p>другий</text:p></text:list-item></text:list>"
                     "<text:p>після</text:p>",
                     "перший\n\nвкладений\n\nдругий\n\nпісля",
                     [("list_item", None)] * 3 + [("paragraph", None)], id="nested-lists"),
        pytest.param('<text:h text:outline-level="2"><text:number>1.</text:number>Вступ</text:h>',
                     "Вступ", [("heading", 2)], id="list-number-dropped-as-in-docx"),
        pytest.param('<text:p>Надано<text:s text:c="3"/>12<text:tab/>послуг<text:line-break/>'
                     '<text:span text:style-name="T1">сім<text:span>ям</text:span></text:span> та '
                     '<text:a xlink:href="https://example.org">особам</text:a>.</text:p>',
                     "Надано 12 послуг\nсімям та особам.", [("paragraph", None)], id="inline"),
        pytest.param("<text:p>\n   Рядок,\n   зламаний   у  XML\n</text:p>", "Рядок, зламаний у XML",
                     [("paragraph", None)], id="xml-whitespace-collapses"),
        pytest.param("<text:section><text:p>У розділі</text:p></text:section>"
                     "<text:table-of-content><text:table-of-content-source><text:index-title-template>Зміст"
                     "</text:index-title-template></text:table-of-content-source><text:index-body>"
                     "<text:p>Вступ 1</text:p></text:index-body></text:table-of-content>",
                     "У розділі\n\nВступ 1", [("paragraph", None)] * 2, id="sections-and-index-bodies"),
        pytest.param("<text:tracked-changes><text:changed-region text:id=\"ct1\"><text:deletion>"
                     "<text:p>видалений абзац 999</text:p></text:deletion></text:changed-region>"
                     "</text:tracked-changes><text:p>Надано <text:change-start text:change-id=\"ct2\"/>15"
                     "<text:change-end text:change-id=\"ct2\"/> послуг.<text:change text:change-id=\"ct1\"/></text:p>",
                     "Надано 15 послуг.", [("paragraph", None)], id="tracked-deletion-dropped"),
        pytest.param("<text:p>Надано 12 послуг.<office:annotation><dc:creator>Редактор</dc:creator>"
                     "<text:p>перевірити 77</text:p></office:annotation></text:p>",
                     "Надано 12 послуг.", [("paragraph", None)], id="comment-not-read"),
        pytest.param('<text:p>Друк статті</text:p><text:p>Надано 12 послуг.</text:p>', "Надано 12 послуг.",
                     [("paragraph", None)], id="furniture-dropped"),
    ],
)
def test_text_and_kinds(body: str, text: str, kinds: list[tuple[str, int | None]]) -> None:
    styles = ('<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>'
              '<style:style style:name="T1" style:family="text"/>')
    doc = read_bytes(odt(body, styles), "x.odt")
    assert doc.text == text
    assert [(b.kind, b.level) for b in doc.blocks] == kinds


def test_headers_footers_and_properties_are_not_read() -> None:
    doc = read_bytes(odt("<text:p>Тіло звіту</text:p>"), "x.odt")
    assert "Колонтитул" not in doc.text and "властивостей" not in doc.text


def test_footnotes_and_endnotes_as_in_docx() -> None:
    body = ('<text:p>Послуги отримали 318 осіб<text:note text:id="ftn0" text:note-class="footnote">'
            "<text:note-citation>1</text:note-citation><text:note-body><text:p>За даними журналу.</text:p>"
            "<text:p>Без повторів.</text:p></text:note-body></text:note> і 12 сімей"
            '<text:note text:id="ftn1" text:note-class="endnote"><text:note-citation>i</text:note-citation>'
            "<text:note-body><text:p>Станом на 31.12.</text:p></text:note-body></text:note>.</text:p>"
            "<text:p>Далі.</text:p>")
    doc = read_bytes(odt(body), "x.odt")
    assert doc.text == ("Послуги отримали 318 осіб¹ і 12 сімей¹.\n\nДалі.\n\n"
                        "¹ За даними журналу. Без повторів.\n\n¹ Станом на 31.12.")


def test_text_box_paragraphs_are_lines_of_their_paragraph() -> None:
    body = ('<text:p>Усього<draw:frame draw:name="Рамка1" text:anchor-type="as-char"><draw:text-box>'
            "<text:p>1 384 особи</text:p><text:p>отримали соціальні послуги</text:p></draw:text-box></draw:frame>"
            '</text:p><text:p><draw:frame draw:name="Рисунок1"><draw:image xlink:href="Pictures/1.png">'
            "<text:p>підпис 55</text:p></draw:image><svg:desc>опис 66</svg:desc></draw:frame>Після.</text:p>")
    doc = read_bytes(odt(body), "x.odt")
    assert doc.text == "Усього\n1 384 особи\nотримали соціальні послуги\n\nПісля."


TABLE_HEAD = '<table:table table:name="Т1"><table:table-column table:number-columns-repeated="3"/>'


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param("<table:table-header-rows><table:table-row>"
                     "<table:table-cell><text:p>Послуга</text:p></table:table-cell>"
                     "<table:table-cell><text:p>Осіб</text:p></table:table-cell></table:table-row>"
                     "</table:table-header-rows><table:table-row>"
                     '<table:table-cell office:value-type="string"><text:p>Догляд вдома</text:p></table:table-cell>'
                     '<table:table-cell office:value-type="float" office:value="120"><text:p>120</text:p>'
                     "</table:table-cell></table:table-row>",
                     [[("Послуга", 0, 1, 1), ("Осіб", 1, 1, 1)], [("Догляд вдома", 0, 1, 1), ("120", 1, 1, 1)]],
                     id="header-rows"),
        pytest.param('<table:table-row><table:table-cell table:number-columns-spanned="2">'
                     "<text:p>Кількість</text:p></table:table-cell><table:covered-table-cell/>"
                     '<table:table-cell table:number-rows-spanned="2"><text:p>Разом</text:p></table:table-cell>'
                     "</table:table-row><table:table-row><table:table-cell><text:p>2023</text:p></table:table-cell>"
                     "<table:table-cell><text:p>2024</text:p></table:table-cell><table:covered-table-cell/>"
                     "</table:table-row>",
                     [[("Кількість", 0, 1, 2), ("Разом", 2, 2, 1)], [("2023", 0, 1, 1), ("2024", 1, 1, 1)]],
                     id="spans-and-covered-cells"),
        pytest.param('<table:table-row><table:table-cell table:number-columns-repeated="2"><text:p>так</text:p>'
                     '</table:table-cell><table:table-cell table:number-columns-repeated="16000"/></table:table-row>'
                     '<table:table-row table:number-rows-repeated="2"><table:table-cell><text:p>1</text:p>'
                     '</table:table-cell></table:table-row><table:table-row table:number-rows-repeated="1048000">'
                     "<table:table-cell/></table:table-row>",
                     [[("так", 0, 1, 1), ("так", 1, 1, 1)] + [("", 2 + k, 1, 1) for k in range(100)],
                      [("1", 0, 1, 1)], [("1", 0, 1, 1)]],
                     id="repeats-capped"),
        pytest.param("<table:table-row><table:table-cell><text:p>Відділення</text:p></table:table-cell>"
                     "<table:table-cell><table:table><table:table-row><table:table-cell><text:p>робітники</text:p>"
                     "</table:table-cell><table:table-cell><text:p>18</text:p></table:table-cell></table:table-row>"
                     "</table:table></table:table-cell></table:table-row>",
                     [[("Відділення", 0, 1, 1), ("робітники 18", 1, 1, 1)]], id="nested-table-is-cell-text"),
        pytest.param("<table:table-row><table:table-cell><text:p>Кількість</text:p><text:p>осіб</text:p>"
                     "</table:table-cell><table:table-cell><text:list><text:list-item><text:p>а</text:p>"
                     "</text:list-item><text:list-item><text:p>б</text:p></text:list-item></text:list>"
                     "</table:table-cell></table:table-row>",
                     [[("Кількість осіб", 0, 1, 1), ("а б", 1, 1, 1)]], id="cell-paragraphs-joined"),
    ],
)
def test_tables(rows: str, expected: list[list[tuple[str, int, int, int]]]) -> None:
    doc = read_bytes(odt("<text:p>До</text:p>" + TABLE_HEAD + rows + "</table:table><text:p>Після</text:p>"), "x.odt")
    (table,) = doc.tables()
    assert grid(table) == expected
    assert doc.text.startswith("До\n\n") and doc.text.endswith("\n\nПісля")
    spans_ok(doc)


def test_layout_table_is_read_as_its_blocks() -> None:
    prose = "".join(f"<text:p>Абзац {k} звіту про роботу центру, де описано надані послуги й отримувачів.</text:p>"
                    for k in range(5))
    body = (TABLE_HEAD + f"<table:table-row><table:table-cell>{prose}</table:table-cell>"
            "<table:table-cell><text:p>Бічна колонка</text:p></table:table-cell></table:table-row></table:table>")
    doc = read_bytes(odt(body), "x.odt")
    assert not doc.tables() and len(doc.blocks) == 6 and doc.text.endswith("Бічна колонка")


def test_soft_page_breaks_give_pages() -> None:
    body = ("<text:p>Перша сторінка</text:p><text:soft-page-break/><text:p>Друга сторінка</text:p>"
            "<text:p><text:soft-page-break/>Третя сторінка</text:p>"
            + TABLE_HEAD + "<table:table-row><table:table-cell><text:p>а</text:p></table:table-cell></table:table-row>"
            "<text:soft-page-break/><table:table-row><table:table-cell><text:p>б</text:p></table:table-cell>"
            "</table:table-row></table:table>")
    doc = read_bytes(odt(body), "x.odt")
    assert doc.pages == 4
    assert [b.page for b in doc.blocks] == [1, 2, 3, 3]
    assert [doc.page_at(doc.text.index(w)) for w in ("Перша", "Друга", "Третя")] == [1, 2, 3]
    (a, b), = [[row[0] for row in t.rows] for t in doc.tables()]  # a table continued over a page
    assert (a.text, doc.page_at(a.start), b.text, doc.page_at(b.start)) == ("а", 3, "б", 4)


def test_tab_led_paragraphs_read_as_a_table_as_in_docx() -> None:
    body = "".join(f"<text:p>{t}</text:p>" for t in
                   ("Вступ", "<text:tab/>КЕКВ", "<text:tab/>Сума", "", "<text:tab/>2210", "<text:tab/>51,0", "Далі."))
    doc = read_bytes(odt(body), "x.odt")
    assert [b.kind for b in doc.blocks] == ["paragraph", "table", "paragraph"]


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        pytest.param(lambda: odt("", mime="application/vnd.oasis.opendocument.spreadsheet",
                                 content=content_xml("<table:table/>", kind="spreadsheet")),
                     "spreadsheet (ODS)", id="ods"),
        pytest.param(lambda: odt("", mime="", content=content_xml("", kind="presentation")), "presentation",
                     id="odp-without-mimetype"),
        pytest.param(lambda: odt("", content=b"\x8a\x13binary ciphertext",
                                 manifest_extra='<manifest:file-entry manifest:full-path="content.xml">'
                                                "<manifest:encryption-data/></manifest:file-entry>"),
                     "password", id="encrypted"),
        pytest.param(lambda: odt("", content="<office:document-content><office:body><office:text><text:p>"),
                     "content.xml is damaged", id="bad-xml"),
        pytest.param(lambda: odt("<text:p>  </text:p>"), "no text found in this ODT", id="no-text"),
        pytest.param(lambda: odt('<text:p><draw:frame><draw:image xlink:href="Pictures/scan.png"/></draw:frame>'
                                 "</text:p>"), "needs OCR", id="only-images"),
        pytest.param(lambda: odt("<text:p>x</text:p>", extra={"Pictures/big.bmp": bytes(3 * 1024 * 1024)}),
                     "ODT part Pictures/big.bmp is compressed", id="zip-bomb"),
    ],
)
def test_clear_errors(make, reason: str) -> None:
    with pytest.raises(ReadError) as err:
        read_bytes(make(), "bad.odt")
    assert err.value.source == "bad.odt" and reason in err.value.reason


def test_entities_are_not_expanded() -> None:
    content = ('<?xml version="1.0"?><!DOCTYPE office:document-content [<!ENTITY a "aaaaaaaaaa">'
               + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
               + "]>" + content_xml("<text:p>&i;</text:p><text:p>Надано 12 послуг.</text:p>").split("?>", 1)[1])
    try:
        doc = read_bytes(odt("", content=content), "lol.odt")
    except ReadError as exc:  # libxml2 refuses the amplification outright
        assert exc.source == "lol.odt" and "entities" in exc.reason
    else:
        assert "Надано 12 послуг." in doc.text and len(doc.text) < 1000


@pytest.mark.parametrize("depth", [200, 5000])
def test_deep_nesting_is_read_or_refused(depth: int) -> None:
    body = "<text:p>до</text:p><text:p>" + "<text:span>" * depth + "глибоко" + "</text:span>" * depth + "</text:p>"
    try:
        doc = read_bytes(odt(body), "deep.odt")
    except ReadError as exc:  # libxml2 stops at 256 levels: never a RecursionError of ours
        assert depth > 250 and exc.source == "deep.odt" and "deeper than 256" in exc.reason
    else:
        assert depth < 250 and doc.text == "до\n\nглибоко"


REPORT_BODY = (
    '<text:h text:outline-level="1">Звіт про діяльність центру надання соціальних послуг</text:h>'
    "<text:p>За 2024 рік центром надано 1 204 послуги 318 особам.</text:p>"
    + TABLE_HEAD + "<table:table-header-rows><table:table-row><table:table-cell><text:p>Назва послуги</text:p>"
    "</table:table-cell><table:table-cell><text:p>Кількість отримувачів</text:p></table:table-cell></table:table-row>"
    "</table:table-header-rows>"
    + "".join(f"<table:table-row><table:table-cell><text:p>{s}</text:p></table:table-cell>"
              f"<table:table-cell><text:p>{n}</text:p></table:table-cell></table:table-row>"
              for s, n in (("Догляд вдома", 120), ("Соціальний супровід", 85), ("Консультування", 113)))
    + "</table:table>"
)


def test_report_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "zvit.odt"
    path.write_bytes(odt(REPORT_BODY))
    report = zvitparse.parse(path)
    assert not report.errors and report.meta["format"] == "odt"
    facts = {(f.indicator, f.value, f.service) for f in report.facts}
    assert {("services_provided", 1204, None), ("served", 318, None)} <= facts
    assert {("served", 120, "home_care"), ("served", 85, "social_support_sjo"), ("served", 113, "counselling")} <= facts
