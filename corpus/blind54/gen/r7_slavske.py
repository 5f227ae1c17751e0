"""b54_07: external quality assessment of home care provided in 2024 by the ТЦСО of Славська селищна
рада (Львівська). DOCX whose numbering is Word's automatic numbering: a numbering.xml written here
(multi-level «1.», «1.1.», «а)»), Heading 1 paragraphs numbered through their style, items and
sub-items numbered by w:numPr; the numbers are not in the text. A criteria table sits inside
section 3. Runs are split mid-number and carry proofErr marks, as Word leaves them."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b54_07_slavske_tcso_external2024.docx"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

NUMBERING = f'''<w:numbering {W}>
<w:abstractNum w:abstractNumId="7"><w:nsid w:val="5A1C3E21"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0419001F"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="792" w:hanging="432"/></w:pPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="russianLower"/><w:lvlText w:val="%3)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1224" w:hanging="504"/></w:pPr></w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1728" w:hanging="360"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>
</w:numbering>'''

# (kind, text): H = Heading 1 (numbered by style), L1 = «1.1.», L2 = «а)», P = plain, T = table
BODY = [
    ("H", "Загальні відомості"),
    ("L1", "Оцінку проведено комісією відділу соціального захисту населення Славської селищної ради у складі 4 осіб відповідно до розпорядження селищного голови від 11.02.2025 № 23-р у період з 17.02.2025 по 28.02.2025."),
    ("L1", "Територіальний центр обслуговує 27 населених пунктів громади, вартість однієї години послуги догляду вдома у 2024 році становила 92,00 грн."),
    ("L1", "Протягом 2024 року послугу догляду вдома отримали 1|91 особа, у тому числі:"),
    ("L2", "одинокі громадяни похилого віку – 82 особи;"),
    ("L2", "особи з інвалідністю – 67 осіб;"),
    ("L2", "інші категорії отримувачів – 42 особи."),
    ("L1", "Послугу надавали 22 соціальні робітники при 24 штатних посадах соціальних робітників."),
    ("H", "Методи оцінки"),
    ("L1", "Вивчено 40 особових справ отримувачів, відібраних випадковим чином."),
    ("L1", "Проведено анкетування 52 отримувачів послуги, а також опитано 9 родичів отримувачів."),
    ("L1", "Здійснено 12 спостережень за наданням послуги за місцем проживання отримувачів."),
    ("H", "Результати оцінки за критеріями якості"),
    ("L1", "Рівень дотримання критерію визначено за часткою позитивних відповідей: 80–100 % – «добре», 60–79,9 % – «задовільно», нижче 60 % – «незадовільно»."),
    ("P", "Результати анкетування 52 отримувачів:"),
    ("T", None),
    ("L1", "Загальна оцінка якості надання послуги догляду вдома – «добре»."),
    ("H", "Результативність надання послуги"),
    ("L1", "Протягом року взято на обслуговування 31 особу, знято з обслуговування 27 осіб, з них:"),
    ("L2", "у зв'язку зі смертю – 16;"),
    ("L2", "у зв'язку з переїздом до родичів – 7;"),
    ("L2", "у зв'язку з влаштуванням до стаціонарного закладу – 4."),
    ("L1", "Станом на 31.12.2024 на обслуговуванні перебувало 1|64 особи."),
    ("L1", "Частка отримувачів, у яких покращився або стабілізувався стан, становить 73,1 % опитаних."),
    ("L1", "Скарг на якість послуги не надходило; надійшло 3 письмові подяки соціальним робітникам."),
    ("H", "Висновки та рекомендації"),
    ("L1", "Послуга надається відповідно до Державного стандарту. Водночас протягом року з обслуговування знято 29 осіб, переважно у зв'язку зі смертю, тому комісія рекомендує активніше інформувати громаду про послугу."),
    ("L1", "Рекомендовано:"),
    ("L2", "до 01.09.2025 забезпечити підвищення кваліфікації не менше 6 соціальних робітників;"),
    ("L2", "щороку проводити внутрішню оцінку якості із залученням не менше 30 % отримувачів."),
]
TABLE = [["Критерій", "Позитивних відповідей", "%", "Оцінка"],
         ["Адресність та індивідуальний підхід", "49", "94,2", "добре"],
         ["Своєчасність", "44", "84,6", "добре"],
         ["Доступність та відкритість", "47", "90,4", "добре"],
         ["Повага до гідності", "52", "100", "добре"],
         ["Професійність", "45", "86,5", "добре"],
         ["Результативність", "41", "78,8", "задовільно"]]


def add_numpr(p, ilvl):
    pPr = p._p.get_or_add_pPr()
    _insert_numpr(pPr, parse_xml(f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="3"/></w:numPr>'))


_BEFORE_NUMPR = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl")


def _insert_numpr(pPr, numpr):
    """Put w:numPr where the schema wants it: after pStyle/keepNext/keepLines/… ."""
    idx = 0
    for i, ch in enumerate(pPr):
        if ch.tag.split("}")[1] in _BEFORE_NUMPR:
            idx = i + 1
    pPr.insert(idx, numpr)


def add_text(p, text):
    """Word-like runs: a '|' in the text splits a run mid-number; the first word gets proofErr marks."""
    pieces = text.split("|")
    p._p.append(parse_xml(f'<w:proofErr {W} w:type="gramStart"/>'))
    for i, piece in enumerate(pieces):
        r = p.add_run(piece)
        r._r.set(qn("w:rsidRPr"), "00A3%04X" % (len(piece) * 7 + i))
    p._p.append(parse_xml(f'<w:proofErr {W} w:type="gramEnd"/>'))


def build(path):
    d = docx.Document()
    fix_docx_props(d, "ВСЗН")
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(13)
    d.part.numbering_part._element = parse_xml(NUMBERING)
    h1 = d.styles["Heading 1"]
    _insert_numpr(h1.element.get_or_add_pPr(), parse_xml(f'<w:numPr {W}><w:numId w:val="3"/></w:numPr>'))
    for t in ["ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ СЛАВСЬКОЇ СЕЛИЩНОЇ РАДИ",
              "ЗВІТ про проведення зовнішньої оцінки якості соціальної послуги догляду вдома, наданої Територіальним центром соціального обслуговування (надання соціальних послуг) Славської селищної ради у 2024 році"]:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(t).bold = True
    d.add_paragraph("")
    for kind, text in BODY:
        if kind == "H":
            d.add_paragraph(text, style="Heading 1")
        elif kind in ("L1", "L2"):
            p = d.add_paragraph(style="List Paragraph")
            add_numpr(p, 1 if kind == "L1" else 2)
            add_text(p, text)
        elif kind == "P":
            d.add_paragraph(text)
        else:
            tb = d.add_table(rows=0, cols=4)
            tb.style = "Table Grid"
            for row in TABLE:
                cells = tb.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
            d.add_paragraph("")
    d.add_paragraph("")
    d.add_paragraph("Голова комісії\t\t\t\t____________")
    d.add_paragraph("82660, смт Славське, вул. Івана Франка, 53, тел. (03251) 0-42-86")
    d.save(path)
    freeze_zip(path)


BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
CRIT = {"Адресність та індивідуальний підхід": "targeting", "Своєчасність": "timeliness",
        "Доступність та відкритість": "accessibility", "Повага до гідності": "dignity",
        "Професійність": "professionalism", "Результативність": "effectiveness"}
RID = {"добре": "good", "задовільно": "satisfactory"}


def num(s):
    v = float(s.replace(",", "."))
    return int(v) if v.is_integer() else v


def main():
    build(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Славської селищної ради",
        "centre_type": "tcso", "settlement": "Славське", "oblast": "Львівська",
        "report_kind": "external_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"period_start": ["2025-02-17"], "period_end": ["2025-02-28"]})
    f = g.f
    s = f("served", "persons", 191, "Протягом 2024 року послугу догляду вдома отримали 191 особа", service="home_care")
    parts = [f("served", "persons", v, q, service="home_care", category=c, parent=s, group="served_191_by_category")
             for q, v, c in [("одинокі громадяни похилого віку – 82 особи", 82, "одинокі громадяни похилого віку"),
                             ("особи з інвалідністю – 67 осіб", 67, "особи з інвалідністю"),
                             ("інші категорії отримувачів – 42 особи", 42, None)]]
    act = f("staff_actual", "staff", 22, "Послугу надавали 22 соціальні робітники")
    pos = f("staff_positions", "positions", 24, "при 24 штатних посадах соціальних робітників")
    sv = f("survey_respondents", "recipients", 52, "Проведено анкетування 52 отримувачів послуги", service="home_care",
           unit_alt="persons")
    f("survey_respondents", "persons", 9, "опитано 9 родичів отримувачів", label="родичі отримувачів", service="home_care")
    pairs = []
    for row in TABLE[1:]:
        q = "\t".join(row)
        k = f("survey_respondents", "persons", int(row[1]), q, service="home_care", criterion=CRIT[row[0]], parent=sv,
              label=f"позитивні відповіді: {row[0]}",
              note="count of positive answers per criterion; not a partition of the 52")
        a = f("share", "percent", num(row[2]), q, service="home_care", criterion=CRIT[row[0]], alt=["satisfaction"],
              label=f"частка позитивних відповідей: {row[0]}")
        b = f("rating", "rating", RID[row[3]], q, service="home_care", criterion=CRIT[row[0]])
        pairs.append((row, k, a, b))
    ov = f("rating", "rating", "good", "Загальна оцінка якості надання послуги догляду вдома – «добре»", service="home_care",
           criterion="overall")
    nw = f("served", "persons", 31, "Протягом року взято на обслуговування 31 особу", service="home_care",
           alt=["registered_new", "support_started"], parent=s)
    dr = f("deregistered", "persons", 27, "знято з обслуговування 27 осіб", service="home_care")
    dparts = [f("deregistered", "persons", v, q, service="home_care", label=l, parent=dr, group="deregistered_27_by_reason")
              for q, v, l in [("у зв'язку зі смертю – 16", 16, "смерть"),
                              ("у зв'язку з переїздом до родичів – 7", 7, "переїзд до родичів"),
                              ("у зв'язку з влаштуванням до стаціонарного закладу – 4", 4, "влаштування до стаціонарного закладу")]]
    og = f("support_ongoing", "persons", 164, "Станом на 31.12.2024 на обслуговуванні перебувало 164 особи", service="home_care",
           alt=["served"])
    sh = f("share", "percent", 73.1, "Частка отримувачів, у яких покращився або стабілізувався стан, становить 73,1 % опитаних",
           service="home_care", label="частка отримувачів, у яких покращився або стабілізувався стан")
    f("complaints", "complaints", 0, "Скарг на якість послуги не надходило", service="home_care")
    dr2 = f("deregistered", "persons", 29, "протягом року з обслуговування знято 29 осіб", service="home_care")

    g.slip("internal_conflict", "error", "протягом року з обслуговування знято 29 осіб", 29, 27, [dr, dr2],
           "section 4 says 27 removed (16 + 7 + 4 = 27, and 191 − 27 = 164 at year end); the conclusions say 29 for the same year",
           f"{dr2} == {dr}")
    for row, k, a, b in pairs:
        g.check("percent_mismatch", "\t".join(row), f"{row[0]}: {row[1]} of 52 = {row[2]} %", f"pct_ok({a}, {k}, {sv}, 1)")
        g.check("rating_band", "\t".join(row), f"{row[0]}: {row[2]} % is «{row[3]}» by the document's bands",
                f"band({a}, {BANDS}) == {b}")
    g.check("parts_sum", "Протягом 2024 року послугу догляду вдома отримали 191 особа, у тому числі:", "82 + 67 + 42 = 191",
            " + ".join(parts) + f" == {s}")
    g.check("parts_sum", "знято з обслуговування 27 осіб, з них:", "16 + 7 + 4 = 27", " + ".join(dparts) + f" == {dr}")
    g.check("parts_sum", "Станом на 31.12.2024 на обслуговуванні перебувало 164 особи", "191 served − 27 removed = 164 at year end",
            f"{s} - {dr} == {og}")
    g.check("percent_impossible", "Частка отримувачів, у яких покращився або стабілізувався стан, становить 73,1 % опитаних",
            "73,1 % of 52 respondents = 38 of 52", f"grim_ok({sh}, {sv}, 1)")
    g.check("parts_sum", "Послугу надавали 22 соціальні робітники при 24 штатних посадах", "22 ≤ 24", f"{act} <= {pos}")
    g.check("parts_sum", "Протягом року взято на обслуговування 31 особу", "31 new ≤ 191 served", f"{nw} <= {s}")

    g.skip("у складі 4 осіб відповідно до розпорядження селищного голови від 11.02.2025 № 23-р у період з 17.02.2025 по 28.02.2025",
           [4, 11, 2, 2025, 23, 17, 28], "commission size, order date/number, assessment dates")
    g.skip("Територіальний центр обслуговує 27 населених пунктів громади, вартість однієї години послуги догляду вдома у 2024 році становила 92,00 грн.",
           [27, 2024, 92], "settlement count, tariff")
    g.skip("Вивчено 40 особових справ отримувачів", [40], "case files studied: method, no §3 id")
    g.skip("Здійснено 12 спостережень за наданням послуги", [12], "observations: method, no §3 id")
    g.skip("80–100 % – «добре», 60–79,9 % – «задовільно», нижче 60 % – «незадовільно»", [80, 100, 60, 79.9], "rating bands")
    g.skip("Результати анкетування 52 отримувачів:", [52], "the 52 respondents again, as the table's caption (not a second fact)")
    g.skip("надійшло 3 письмові подяки соціальним робітникам", [3], "letters of thanks: no §3 id")
    g.skip("до 01.09.2025 забезпечити підвищення кваліфікації не менше 6 соціальних робітників", [1, 9, 2025, 6], "recommendation, deadline")
    g.skip("щороку проводити внутрішню оцінку якості із залученням не менше 30 % отримувачів", [30], "recommendation target")
    g.skip("82660, смт Славське, вул. Івана Франка, 53, тел. (03251) 0-42-86", [82660, 53, 3251, 4286], "postcode, address, phone")
    g.note("numbering is automatic (w:numPr into a numbering.xml written by the generator): section numbers 1.–5., items 1.1.–5.2. and sub-items а)–в) are not in the text and are not facts")
    g.note("runs are split inside «191» and «164» («1» + «91», «1» + «64»); the reader joins them")
    g.note("criteria table: each row gives the count of positive answers (survey_respondents with criterion, parent the 52), the share (alt satisfaction) and the rating")
    g.note("«Результати анкетування 52 отримувачів» above the table repeats the 52 as a caption; skipped, not a second fact")
    g.note("«на обслуговуванні перебувало 164 особи» at 31.12 → support_ongoing (alt served)")
    g.note("the centre assessed is the ТЦСО; the author is the селищна рада's відділ соціального захисту населення. meta_alt: the assessment period 17.02–28.02.2025")
    g.write()


if __name__ == "__main__":
    main()
