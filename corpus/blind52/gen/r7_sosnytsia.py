"""b52_07: «Інформаційна картка надавача соціальних послуг» for 2024, filled in by the ТЦСО of Сосницька селищна рада
(Чернігівська) on a Word form template with content controls (w:sdt): text fields (some left on the placeholder
«Клацніть або торкніться тут, щоб ввести текст.»), a date picker, drop-down lists for the period and the ratings,
check boxes ☒/☐ for the services provided, and a table whose number cells are content controls.
Slip: table_arithmetic (services column 18 240 + 2 604 + 1 187 + 540 = 22 571, Усього says 22 517)."""
import docx
from docx.shared import Pt, RGBColor
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from xml.sax.saxutils import escape
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b52_07_sosnytsia_tcso_form2024.docx"
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')
PLACEHOLDER = "Клацніть або торкніться тут, щоб ввести текст."
_ids = iter(range(-1790001234, -1790000000, 7))


def _pr(alias, tag, extra, placeholder):
    a = f'<w:alias w:val="{escape(alias)}"/><w:tag w:val="{tag}"/>' if alias else ""
    ph = '<w:showingPlcHdr/>' if placeholder else ""
    lock = '<w:lock w:val="sdtLocked"/>'
    return (f'<w:sdtPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="24"/></w:rPr>'
            f'{a}<w:id w:val="{next(_ids)}"/>{lock}{ph}{extra}</w:sdtPr>')


def _run(text, placeholder=False, sym_font=None):
    rpr = ""
    if placeholder:
        rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
    elif sym_font:
        rpr = f'<w:rPr><w:rFonts w:ascii="{sym_font}" w:eastAsia="{sym_font}" w:hAnsi="{sym_font}" w:hint="eastAsia"/></w:rPr>'
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def sdt_text(value, alias="", tag="", block=False):
    ph = value is None
    text = PLACEHOLDER if ph else value
    extra = "<w:text/>"
    content = _run(text, placeholder=ph)
    if block:
        content = f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{content}</w:p>'
    return parse_xml(f'<w:sdt {NS}>{_pr(alias, tag, extra, ph)}<w:sdtEndPr/><w:sdtContent>{content}</w:sdtContent></w:sdt>')


def sdt_drop(value, items, alias, tag):
    li = '<w:listItem w:displayText="Виберіть елемент." w:value=""/>' + "".join(
        f'<w:listItem w:displayText="{escape(i)}" w:value="{escape(i)}"/>' for i in items)
    extra = f'<w:dropDownList w:lastValue="{escape(value)}">{li}</w:dropDownList>'
    return parse_xml(f'<w:sdt {NS}>{_pr(alias, tag, extra, False)}<w:sdtEndPr/><w:sdtContent>{_run(value)}</w:sdtContent></w:sdt>')


def sdt_date(value, iso, alias, tag):
    extra = (f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="uk-UA"/>'
             '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    return parse_xml(f'<w:sdt {NS}>{_pr(alias, tag, extra, False)}<w:sdtEndPr/><w:sdtContent>{_run(value)}</w:sdtContent></w:sdt>')


def sdt_check(checked):
    extra = (f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
             '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>')
    return parse_xml(f'<w:sdt {NS}>{_pr("", "", extra, False)}<w:sdtEndPr/><w:sdtContent>{_run("☒" if checked else "☐", sym_font="MS Gothic")}</w:sdtContent></w:sdt>')


def para(d, text="", bold=False, center=False, size=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def put_cell(cell, sdt):
    """Replace the cell's paragraph with a block-level content control holding one paragraph."""
    tc = cell._tc
    for p in tc.findall(qn("w:p")):
        tc.remove(p)
    tc.append(sdt)


FIELDS = [("Повне найменування надавача", "Комунальна установа «Територіальний центр соціального обслуговування (надання соціальних послуг)» Сосницької селищної ради", "name"),
          ("Код ЄДРПОУ", "41872096", "edrpou"),
          ("Місцезнаходження", "16100, Чернігівська обл., смт Сосниця, вул. Чернігівська, 27", "address"),
          ("Телефон", "(04655) 0-21-94", "phone"),
          ("Електронна пошта", None, "email"),
          ("Вебсайт", None, "site"),
          ("Кількість населених пунктів, що обслуговуються", "29", "settl"),
          ("Кількість структурних підрозділів (відділень)", "3", "units")]
CHECKS = [("догляд вдома", True), ("денний догляд", True), ("паліативний догляд", False), ("натуральна допомога", True),
          ("консультування", True), ("соціальна адаптація", False), ("представництво інтересів", False),
          ("соціальне таксі", False)]
TABLE = [("1", "Догляд вдома", "96", "7", "18 240", "home_care"),
         ("2", "Денний догляд", "31", "4", "2 604", "day_care"),
         ("3", "Натуральна допомога", "412", "138", "1 187", "natural_aid"),
         ("4", "Консультування", "268", "59", "540", "counselling"),
         ("", "Усього", "807", "208", "22 517", None)]
RATINGS = [("Адресність та індивідуальний підхід", "добре", "targeting"),
           ("Доступність та відкритість", "добре", "accessibility"),
           ("Своєчасність", "задовільно", "timeliness"),
           ("Результативність", "добре", "effectiveness"),
           ("Загальна оцінка якості", "добре", "overall")]
FIELDS2 = [("Загальна кількість осіб, яким надано соціальні послуги (без повторного врахування)", "689", "uniq"),
           ("Штатна чисельність, шт. од.", "26,5", "pos"),
           ("Фактична чисельність працівників, осіб", "24", "act"),
           ("з них соціальних робітників", "17", "sw"),
           ("Кількість отримувачів, охоплених опитуванням", "64", "surv"),
           ("Частка отримувачів, задоволених якістю послуг, %", "93,8", "sat"),
           ("Кількість скарг на якість послуг", "0", "compl"),
           ("Касові видатки за рік (загальний фонд), тис. грн", "9 418,6", "spent"),
           ("Надходження за платні послуги (спецфонд), тис. грн", "112,4", "recv"),
           ("Керівник (П.І.Б.)", None, "head")]


def field_table(d, rows):
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value, tag in rows:
        c = t.add_row().cells
        c[0].text = label
        put_cell(c[1], parse_xml(f'<w:sdt {NS}>{_pr(label, tag, "<w:text/>", value is None)}<w:sdtEndPr/><w:sdtContent>'
                                 f'<w:p>{_run(PLACEHOLDER if value is None else value, placeholder=value is None)}</w:p>'
                                 f'</w:sdtContent></w:sdt>'))
    return t


def build(path):
    d = docx.Document()
    fix_docx_props(d, "Departament")
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    ph = d.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    p = para(d, "Додаток 3 до листа Департаменту соціального захисту населення від 12.12.2024 № 07-19/3318")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(d, "ІНФОРМАЦІЙНА КАРТКА НАДАВАЧА СОЦІАЛЬНИХ ПОСЛУГ", bold=True, center=True)
    p = para(d, "Звітний період: ", center=True)
    p._p.append(sdt_drop("2024 рік", ["I квартал", "I півріччя", "9 місяців", "2024 рік"], "Звітний період", "period"))
    para(d, "Розділ 1. Загальні відомості", bold=True)
    field_table(d, FIELDS)
    para(d, "Розділ 2. Соціальні послуги, які надає надавач (позначте)", bold=True)
    for name, on in CHECKS:
        p = d.add_paragraph()
        p._p.append(sdt_check(on))
        p.add_run(" " + name)
    para(d, "Розділ 3. Обсяги надання соціальних послуг", bold=True)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["№", "Соціальна послуга", "Кількість отримувачів, осіб", "з них ВПО",
                                      "Кількість наданих послуг, од."]):
        c.text = h
    for no, name, a, b, c_, _ in TABLE:
        r = t.add_row().cells
        r[0].text, r[1].text = no, name
        for cell, val, tag in ((r[2], a, "rcp"), (r[3], b, "idp"), (r[4], c_, "srv")):
            put_cell(cell, sdt_text(val, alias=name, tag=tag, block=True))
    para(d, "Розділ 4. Результати внутрішньої оцінки якості (виберіть)", bold=True)
    for name, val, _ in RATINGS:
        p = d.add_paragraph(name + ": ")
        p._p.append(sdt_drop(val, ["добре", "задовільно", "незадовільно"], name, "rate"))
    para(d, "Розділ 5. Кадри, якість, фінансування", bold=True)
    field_table(d, FIELDS2)
    p = para(d, "Дата заповнення: ")
    p._p.append(sdt_date("17.01.2025", "2025-01-17", "Дата", "date"))
    p = para(d, "Відповідальна особа: ")
    p._p.append(sdt_text(None, alias="Відповідальна особа", tag="resp"))
    d.save(path)
    freeze_zip(path)


build(report_path(DOC))

CENTRE = "Територіальний центр соціального обслуговування (надання соціальних послуг) Сосницької селищної ради"
g = Gold(DOC, {"centre": CENTRE, "centre_type": "tcso", "settlement": "Сосниця", "oblast": "Чернігівська",
               "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
         meta_alt={"centre": ["Комунальна установа «Територіальний центр соціального обслуговування (надання соціальних послуг)» Сосницької селищної ради"],
                   "report_kind": ["other"]})
f = g.f
rows = []
for no, name, a, b, c, svc in TABLE:
    q = f"{no}\t{name}\t{a}\t{b}\t{c}"
    rows.append(q)
R = {}
for i, (no, name, a, b, c, svc) in enumerate(TABLE):
    q = rows[i]
    kw = {"service": svc} if svc else {"label": "усього (з повторним урахуванням)"}
    R[(i, 0)] = f("served", "persons", int(a.replace(" ", "")), q, **kw)
    R[(i, 1)] = f("served", "persons", int(b.replace(" ", "")), q, category="внутрішньо переміщені особи", **kw)
    R[(i, 2)] = f("services_provided", "services", int(c.replace(" ", "")), q, **kw)
for i in range(4):
    for col in range(3):
        fact = g.facts[int(R[(i, col)][1:]) - 1]
        fact["parent_id"] = R[(4, col)]
        fact["parent_quote"] = rows[4]
        fact["group"] = ["served_807_by_service", "idp_208_by_service", "services_22517_by_service"][col]
    fact = g.facts[int(R[(i, 1)][1:]) - 1]
    fact["note"] = "the IDP cell of the row; parent is the column total (the row's own recipients cell is its other whole)"
from common import FACT_KEYS
g.facts[:] = [{k: fx[k] for k in FACT_KEYS if k in fx} for fx in g.facts]
g._by_id = {fx["id"]: fx for fx in g.facts}

u = f("served", "persons", 689, "Загальна кількість осіб, яким надано соціальні послуги (без повторного врахування)\t689",
      label="без повторного врахування")
sp = f("staff_positions", "positions", 26.5, "Штатна чисельність, шт. од.\t26,5")
sa = f("staff_actual", "staff", 24, "Фактична чисельність працівників, осіб\t24")
sw = f("staff_actual", "staff", 17, "з них соціальних робітників\t17", label="соціальні робітники", parent=sa)
rs = f("survey_respondents", "recipients", 64, "Кількість отримувачів, охоплених опитуванням\t64", unit_alt="persons")
sat = f("satisfaction", "percent", 93.8, "Частка отримувачів, задоволених якістю послуг, %\t93,8")
cp = f("complaints", "complaints", 0, "Кількість скарг на якість послуг\t0")
bs = f("budget_spent", "uah", 9418600, "Касові видатки за рік (загальний фонд), тис. грн\t9 418,6", label="загальний фонд")
br = f("budget_received", "uah", 112400, "Надходження за платні послуги (спецфонд), тис. грн\t112,4",
       label="спеціальний фонд, платні послуги")
RV = {"добре": "good", "задовільно": "satisfactory"}
rt = [f("rating", "rating", RV[v], f"{n}: {v}", criterion=c) for n, v, c in RATINGS]

tot_srv = R[(4, 2)]
parts = " + ".join(R[(i, 2)] for i in range(4))
g.slip("table_arithmetic", "error", rows[4], 22517, 22571, [tot_srv] + [R[(i, 2)] for i in range(4)],
       "the services column sums to 18 240 + 2 604 + 1 187 + 540 = 22 571; Усього says 22 517 (digits swapped)",
       f"{parts} == {tot_srv}")
g.check("table_arithmetic", rows[4], "recipients column: 96 + 31 + 412 + 268 = 807",
        " + ".join(R[(i, 0)] for i in range(4)) + f" == {R[(4, 0)]}")
g.check("table_arithmetic", rows[4], "IDP column: 7 + 4 + 138 + 59 = 208",
        " + ".join(R[(i, 1)] for i in range(4)) + f" == {R[(4, 1)]}")
g.check("table_arithmetic", rows[0], "in every row the IDP cell ≤ the recipients cell",
        " and ".join(f"{R[(i, 1)]} <= {R[(i, 0)]}" for i in range(5)))
g.check("parts_sum", "Загальна кількість осіб, яким надано соціальні послуги (без повторного врахування)\t689",
        "689 persons without repeats ≤ 807 with repeats, and ≥ the largest row (412)",
        f"{R[(2, 0)]} <= {u} <= {R[(4, 0)]}")
g.check("parts_sum", "з них соціальних робітників\t17", "17 ≤ 24 ≤ 26,5", f"{sw} <= {sa} <= {sp}")
g.check("percent_impossible", "Частка отримувачів, задоволених якістю послуг, %\t93,8", "60 of 64 = 93,75 → 93,8",
        f"grim_ok({sat}, {rs}, 1)")
g.check("parts_sum", "Кількість отримувачів, охоплених опитуванням\t64", "64 respondents ≤ 689 recipients", f"{rs} <= {u}")

g.skip("Додаток 3 до листа Департаменту соціального захисту населення від 12.12.2024 № 07-19/3318",
       [3, 12, 12, 2024, 7, 19, 3318], "annex number, letter date and number")
g.skip("Звітний період: 2024 рік", [2024], "period (meta)")
g.skip("Код ЄДРПОУ\t41872096", [41872096], "ЄДРПОУ")
g.skip("16100, Чернігівська обл., смт Сосниця, вул. Чернігівська, 27", [16100, 27], "postcode, address")
g.skip("Телефон\t(04655) 0-21-94", [4655, 2194], "phone")
g.skip("Кількість населених пунктів, що обслуговуються\t29", [29], "settlement count")
g.skip("Кількість структурних підрозділів (відділень)\t3", [3], "number of departments (no §3 id)")
g.skip("Розділ 1. Загальні відомості", [1, 2, 3, 4, 5], "section numbers")
g.skip("№\tСоціальна послуга", [1, 2, 3, 4], "row numbers")
g.skip("Дата заповнення: 17.01.2025", [17, 1, 2025], "date")
g.note("a form with content controls: the filled values are the controls' text; fields left on the placeholder «Клацніть або торкніться тут, щоб ввести текст.» (e-mail, website, head, responsible person) hold nothing")
g.note("check boxes (☒/☐) say which services the provider offers; they carry no figure and give no facts")
g.note("drop-downs: the period «2024 рік» → meta; the five ratings → rating facts quoted as «Критерій: значення»")
g.note("table: every cell is a fact quoted by its row; rows hang on the Усього cell of the same column. The Усього recipients row (807) counts persons once per service; the form's separate «без повторного врахування» field (689) is its own served fact with a label")
g.note("report_kind: a yearly information card on 2024 → annual_report (alt other)")
g.write()
