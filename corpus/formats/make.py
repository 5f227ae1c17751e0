"""Our own table-bearing reports, for what the real seeds lack (see corpus/README.md).

Run from the repository root: python corpus/formats/make.py
Makes: nizhyn_css_budget_2021.docx (merged cells) and its LibreOffice PDF, voznesensk_cnsp_quality_2021.html
(rowspan/colspan, a layout table around a data table, a nested table in a cell),
fastiv_tcso_services_2022.pdf (a table over three pages with a running header and a
«Сторінка N з M» footer, via LibreOffice) and
fastiv_tcso_services_2022.scan.pdf (the same pages as images: no text layer).
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
import pypdfium2 as pdfium
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

HERE = Path(__file__).resolve().parent

BUDGET = [
    ("2111", "Заробітна плата", "4 512,6", "2 201,3", "2 187,9", "13,4"),
    ("2120", "Нарахування на оплату праці", "992,8", "484,3", "481,4", "2,9"),
    ("2210", "Предмети, матеріали, обладнання та інвентар", "86,0", "41,5", "39,2", "2,3"),
    ("2240", "Оплата послуг (крім комунальних)", "154,2", "77,1", "70,6", "6,5"),
    ("2250", "Видатки на відрядження", "12,0", "6,0", "3,1", "2,9"),
    ("2271", "Оплата теплопостачання", "118,4", "71,0", "68,2", "2,8"),
    ("2273", "Оплата електроенергії", "36,5", "18,2", "17,9", "0,3"),
    ("2282", "Окремі заходи по реалізації державних (регіональних) програм, не віднесені до заходів розвитку", "60,0", "30,0", "24,5", "5,5"),
]
BUDGET_TOTAL = ("Всього", "5 972,5", "2 929,4", "2 892,8", "36,6")

QUALITY = [
    ("Інформування", "Адресність та індивідуальний підхід", "96 %", "добре"),
    ("Інформування", "Результативність", "92 %", "добре"),
    ("Консультування", "Своєчасність", "88 %", "добре"),
    ("Консультування", "Доступність та відкритість", "74 %", "задовільно"),
    ("Консультування", "Професійність", "90 %", "добре"),
]


def _heading_row(row) -> None:
    """Mark a table row as a header repeated on every page."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def budget_docx(path: Path) -> None:
    d = docx.Document()
    d.add_heading("Звіт про використання бюджетних коштів Ніжинським міським центром соціальних служб "
                  "за І півріччя 2021 року", level=1)
    d.add_paragraph("Ніжинський міський центр соціальних служб (далі – Центр) утримується за рахунок коштів "
                    "бюджету Ніжинської міської територіальної громади. Кошторисом Центру на 2021 рік "
                    "затверджено видатки загального фонду в сумі 5 972,5 тис. грн.")
    d.add_heading("Використання коштів загального фонду за кодами економічної класифікації видатків", level=2)
    t = d.add_table(rows=2 + len(BUDGET) + 1, cols=6)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    h0[0].text, h0[1].text, h0[2].text, h0[3].text = "КЕКВ", "Найменування видатків", "Затверджено на 2021 рік (тис. грн)", "І півріччя 2021 року (тис. грн)"
    h1[3].text, h1[4].text, h1[5].text = "План", "Касові видатки", "Економія"
    h0[0].merge(h1[0])
    h0[1].merge(h1[1])
    h0[2].merge(h1[2])
    h0[3].merge(h0[5])
    for r, row in enumerate(BUDGET, start=2):
        for c, val in enumerate(row):
            t.rows[r].cells[c].text = val
    last = t.rows[-1].cells
    last[0].merge(last[1])
    last[0].text = BUDGET_TOTAL[0]
    for c, val in enumerate(BUDGET_TOTAL[1:], start=2):
        last[c].text = val
    d.add_paragraph("Економія коштів загального фонду склала 36,6 тис. грн, з них по оплаті праці – 13,4 тис. грн.")
    d.add_heading("Оцінка якості надання соціальних послуг", level=2)
    q = d.add_table(rows=1 + len(QUALITY), cols=4)
    q.style = "Table Grid"
    for c, val in enumerate(("Соціальна послуга", "Критерій", "Рівень дотримання", "Оцінка")):
        q.rows[0].cells[c].text = val
    for r, row in enumerate(QUALITY, start=1):
        for c, val in enumerate(row):
            if c == 0 and r > 1 and QUALITY[r - 2][0] == val:
                continue
            q.rows[r].cells[c].text = val
    q.cell(1, 0).merge(q.cell(2, 0))
    q.cell(3, 0).merge(q.cell(5, 0))
    d.add_paragraph("Висновки:", style="List Bullet")
    d.add_paragraph("забезпечити дотримання критерію доступності та відкритості послуги консультування;",
                    style="List Bullet")
    d.add_paragraph("оновити інформаційні стенди у приміщенні Центру.", style="List Bullet")
    d.add_paragraph("Директор Центру                                  Олена КОВАЛЕНКО")
    d.core_properties.author = "Ніжинський МЦСС"
    d.save(str(path))


QUALITY_HTML = """<!DOCTYPE html>
<html lang="uk"><head><meta charset="utf-8"><title>Оцінка якості | Вознесенська міська рада</title>
<style>td {{ vertical-align: top }}</style></head>
<body>
<table class="layout" width="100%"><tr>
<td class="leftcol" width="200">
  <ul class="menu"><li><a href="/">Головна</a></li><li><a href="/cnsp">ЦНСП</a></li><li><a href="/news">Новини</a></li></ul>
  <div class="news-list"><h4>Новини</h4><p><a href="/n/1">Видано 215 продуктових наборів</a></p>
  <p><a href="/n/2">Проведено 31 засідання мультидисциплінарної команди</a></p></div>
</td>
<td class="content">
<h1>Звіт про проведення внутрішньої оцінки якості соціальних послуг Центром надання соціальних послуг Вознесенської міської ради за 2021 рік</h1>
<p>Внутрішня оцінка якості проводилась з 10 по 28 січня 2022 року комісією у складі 5 осіб. Протягом 2021 року
Центром надано соціальні послуги 1&nbsp;284 особам, з них послугу догляду вдома отримали 312 осіб,
послугу консультування – 972 особи.</p>
<h2>Результати анкетування отримувачів послуг</h2>
<table border="1" class="data">
<thead>
<tr><th rowspan="2">№</th><th rowspan="2">Соціальна послуга</th><th colspan="3">Кількість отримувачів</th><th rowspan="2">Оцінка</th></tr>
<tr><th>всього</th><th>опитано</th><th>задоволені</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>Догляд вдома</td><td>312</td><td>104</td><td>98</td><td rowspan="2">добре</td></tr>
<tr><td>2</td><td>Консультування</td><td>972</td><td>150</td><td>139</td></tr>
<tr><td>3</td><td>Натуральна допомога</td><td>416</td><td>60</td><td>51</td><td>задовільно</td></tr>
<tr><td colspan="2"><b>Разом</b></td><td><b>1&nbsp;700</b></td><td><b>314</b></td><td><b>288</b></td><td></td></tr>
</tbody>
</table>
<h2>Кадрове забезпечення</h2>
<table border="1" class="data">
<tr><th>Відділення</th><th>Штатні одиниці</th><th>Фактично працює</th></tr>
<tr><td>Відділення соціальної допомоги вдома
  <table class="inner"><tr><td>соціальні робітники</td><td>18</td></tr><tr><td>фахівці</td><td>2</td></tr></table></td>
  <td>20</td><td>19</td></tr>
<tr><td>Відділення організації надання адресної натуральної та грошової допомоги</td><td>3</td><td>3</td></tr>
</table>
<ul>
<li>Показники якості оцінено за рівнем «добре».</li>
<li>Скарг від отримувачів соціальних послуг не надходило.</li>
</ul>
<p>Директор Центру<br>Ігор ПЕТРЕНКО</p>
<div class="share"><a href="#">Facebook</a> <a href="#">Telegram</a></div>
</td></tr></table>
<div id="footer">Вознесенська міська рада, тел. (05134) 3-21-90 © 2022</div>
</body></html>
"""


def services_docx(path: Path) -> None:
    d = docx.Document()
    d.add_heading("Інформація про надання соціальних послуг територіальним центром соціального "
                  "обслуговування (надання соціальних послуг) Фастівської міської ради у 2022 році", level=1)
    d.add_paragraph("Протягом 2022 року територіальним центром надано соціальні послуги отримувачам "
                    "у 24 населених пунктах громади. Помісячні дані наведено в таблиці.")
    months = ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень",
              "вересень", "жовтень", "листопад", "грудень"]
    services = [("догляд вдома", 40), ("натуральна допомога", 25), ("консультування", 60),
                ("денний догляд", 12), ("соціальний супровід", 8), ("представництво інтересів", 5)]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, val in enumerate(("Місяць", "Соціальна послуга", "Отримувачів (осіб)", "Надано послуг", "З них ВПО")):
        t.rows[0].cells[c].text = val
    _heading_row(t.rows[0])
    for m, month in enumerate(months):
        for s, (service, base) in enumerate(services):
            cells = t.add_row().cells
            people = base + (m * 3 + s * 7) % 11
            cells[0].text, cells[1].text = month, service
            cells[2].text, cells[3].text = str(people), str(people * (3 + s % 4))
            cells[4].text = str(people // 4)
    t.autofit = False
    for c, width in enumerate((2.6, 5.4, 3.2, 3.0, 2.6)):
        t.columns[c].width = Cm(width)
        for cell in t.columns[c].cells:
            cell.width = Cm(width)
    d.add_paragraph("Усього за рік надано 9 863 соціальні послуги.")
    # a running header and a «Сторінка N з M» footer on every page, as reports exported from Word have
    section = d.sections[0]
    section.header.paragraphs[0].text = "ТЦСО Фастівської міської ради · Інформація за 2022 рік"
    footer = section.footer.paragraphs[0]
    footer.add_run("Сторінка ")
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    footer.add_run(" з ")
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="NUMPAGES"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    d.save(str(path))


def convert(src: Path, fmt: str, outdir: Path) -> Path:
    profile = Path(tempfile.mkdtemp(prefix="lo_profile_"))
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
                        "--outdir", str(outdir), str(src)], check=True, capture_output=True, timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return outdir / f"{src.stem}.{fmt}"


def scan(pdf_path: Path, out: Path, dpi: int = 80) -> None:
    """The pages as grey images in a PDF: what a scanner produces, no text layer."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    images = [pdf[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(pdf))]
    buf = io.BytesIO()
    images[0].save(buf, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    out.write_bytes(buf.getvalue())


def main() -> None:
    budget_docx(HERE / "nizhyn_css_budget_2021.docx")
    convert(HERE / "nizhyn_css_budget_2021.docx", "pdf", HERE)
    (HERE / "voznesensk_cnsp_quality_2021.html").write_text(QUALITY_HTML.format(), encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "fastiv_tcso_services_2022.docx"
        services_docx(src)
        pdf = convert(src, "pdf", Path(tmp))
        shutil.copy(pdf, HERE / pdf.name)
    scan(HERE / "fastiv_tcso_services_2022.pdf", HERE / "fastiv_tcso_services_2022.scan.pdf")


if __name__ == "__main__":
    main()
