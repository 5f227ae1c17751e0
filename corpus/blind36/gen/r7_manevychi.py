"""b36_07: Центр соціальних служб Маневицької селищної ради, annual report 2024, laid out as a borderless
LAYOUT TABLE (narrow left column: contacts and motto; wide right column: the report), with a data table nested
in a cell, and the centre's name / phone / page line in the page header and footer."""
import docx
from docx.shared import Pt, Cm
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from common import Gold, report_path, fix_docx_props, freeze_zip

NAME = "b36_07_manevychi_css_annual2024.docx"

LEFT = [
    ["Центр соціальних служб Маневицької селищної ради", "44601, смт Маневичі,", "вул. Незалежності, 12",
     "тел. (03376) 0-22-81", "css.manevychi@example.ua", "Пн–Пт 8:00–17:00"],
    ["«Підтримка поруч – сила громади»"],
    ["Директор", "_____________"],
]
RIGHT1 = [
    "ЗВІТ про діяльність Центру соціальних служб Маневицької селищної ради за 2024 рік",
    "Центр працює в громаді, що об'єднує 27 населених пунктів, з 2021 року (рішення селищної ради від 17.02.2021 № 4/12).",
    "Протягом 2024 року до Центру звернулася 891 особа, з них 214 – внутрішньо переміщені особи. Центр отримав "
    "повідомлення про 73 сім'ї з ознаками складних життєвих обставин; за результатами оцінки потреб, проведеної "
    "68 сім'ям, складні життєві обставини підтверджено у 47 сімей, в яких виховується 109 дітей.",
    "Основні показники роботи порівняно з попереднім роком:",
]
NESTED = [
    ["Показник", "2023", "2024"],
    ["Сімей під соціальним супроводом", "58", "64"],
    ["з них взято під супровід протягом року", "25", "21"],
    ["Завершено супровід", "29", "33"],
    ["Отримали послугу консультування, осіб", "610", "702"],
    ["Проведено групових заходів", "31", "38"],
]
RIGHT2 = [
    "Із 33 сімей, яким завершено супровід, у 24 складні життєві обставини подолано, у 6 – мінімізовано, "
    "3 сім'ї відмовилися від послуги.",
    "У 2024 році під супровід взято 23 сім'ї, з них 8 сімей ВПО.",
]
RIGHT3 = [
    "Під соціальним супроводженням перебувало 11 сімейних форм виховання (9 прийомних сімей і 2 дитячі будинки "
    "сімейного типу), у яких виховується 38 дітей.",
    "Проведено 38 групових заходів, у яких взяли участь 1 127 осіб. Фахівці Центру надали 2 946 соціальних послуг, "
    "у тому числі 1 418 послуг консультування та 861 – інформування.",
    "Штат Центру – 12 посад, працюють 12 осіб, з них 10 фахівців із соціальної роботи. На «гарячу лінію» Центру "
    "надійшло 94 дзвінки; скарг упродовж року не зареєстровано.",
    "Завдання на 2025 рік: охопити соціальним супроводом не менше 70 сімей, створити 1 прийомну сім'ю.",
    "Вих. № 45 від 20.01.2025",
]


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def page_field(par):
    f = OxmlElement("w:fldSimple")
    f.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    f.append(r)
    par._p.append(f)


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Центр соціальних служб Маневицької селищної ради  |  тел. (03376) 0-22-81"
    fp = sec.footer.paragraphs[0]
    fp.text = "Звіт про діяльність за 2024 рік  ·  сторінка "
    page_field(fp)
    lay = d.add_table(rows=3, cols=2)
    no_borders(lay)
    lay.autofit = False
    for row in lay.rows:
        row.cells[0].width = Cm(4.5)
        row.cells[1].width = Cm(12.5)
    for i, lines in enumerate(LEFT):
        c = lay.cell(i, 0)
        c.paragraphs[0].text = lines[0]
        for s in lines[1:]:
            c.add_paragraph(s)
    c = lay.cell(0, 1)
    c.paragraphs[0].add_run(RIGHT1[0]).bold = True
    for s in RIGHT1[1:]:
        c.add_paragraph(s)
    c = lay.cell(1, 1)
    c.paragraphs[0].text = "Соціальний супровід сімей"
    nt = c.add_table(rows=len(NESTED), cols=3)
    nt.style = "Table Grid"
    for i, row in enumerate(NESTED):
        for j, v in enumerate(row):
            nt.cell(i, j).text = v
    for s in RIGHT2:
        c.add_paragraph(s)
    c = lay.cell(2, 1)
    c.paragraphs[0].text = RIGHT3[0]
    for s in RIGHT3[1:]:
        c.add_paragraph(s)
    fix_docx_props(d, author="ЦСС")
    path = report_path(NAME)
    d.save(path)
    freeze_zip(path, when=(2025, 1, 20, 9, 0, 0))


def gold():
    g = Gold(NAME, {
        "centre": "Центр соціальних служб Маневицької селищної ради",
        "centre_type": "css", "settlement": "Маневичі",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    n = lambda x: x[1:]
    ap = f("applied", "persons", 891, "до Центру звернулася 891 особа")
    ai = f("applied", "persons", 214, "з них 214 – внутрішньо переміщені особи", category="внутрішньо переміщені особи", parent=ap)
    no = f("notified", "families", 73, "повідомлення про 73 сім'ї")
    na = f("needs_assessed", "families", 68, "проведеної 68 сім'ям")
    sj = f("in_difficult_circumstances", "families", 47, "складні життєві обставини підтверджено у 47 сімей", parent=na)
    f("in_difficult_circumstances", "children", 109, "в яких виховується 109 дітей", parent=sj)
    T = lambda a, b, c: f"{a} {b} {c}"
    tsup = f("served", "families", 64, T("Сімей під соціальним супроводом", 58, 64), service="social_support_sjo",
             alt=["support_ongoing"], label="таблиця, 2024")
    tst = f("support_started", "families", 21, T("з них взято під супровід протягом року", 25, 21), service="social_support_sjo",
            parent=tsup, label="таблиця, 2024")
    tcp = f("support_completed", "families", 33, T("Завершено супровід", 29, 33), service="social_support_sjo", label="таблиця, 2024")
    f("served", "persons", 702, T("Отримали послугу консультування, осіб", 610, 702), service="counselling", label="таблиця, 2024")
    tev = f("events", "events", 38, T("Проведено групових заходів", 31, 38), label="таблиця, 2024")
    cp = f("support_completed", "families", 33, "Із 33 сімей, яким завершено супровід", service="social_support_sjo")
    o1 = f("outcome_positive", "families", 24, "у 24 складні життєві обставини подолано", service="social_support_sjo",
           group="completed_33_by_result", parent=cp)
    o2 = f("outcome_minimized", "families", 6, "у 6 – мінімізовано", service="social_support_sjo",
           group="completed_33_by_result", parent=cp)
    o3 = f("outcome_other", "families", 3, "3 сім'ї відмовилися від послуги", service="social_support_sjo", label="відмова від послуги",
           group="completed_33_by_result", parent=cp)
    pst = f("support_started", "families", 23, "У 2024 році під супровід взято 23 сім'ї", service="social_support_sjo")
    pid = f("support_started", "families", 8, "з них 8 сімей ВПО", service="social_support_sjo", category="внутрішньо переміщені особи",
            parent=pst)
    fo = f("served", "families", 11, "Під соціальним супроводженням перебувало 11 сімейних форм виховання", service="social_support_foster")
    fo1 = f("served", "families", 9, "9 прийомних сімей", service="social_support_foster", label="прийомні сім'ї",
            group="foster_11_by_form", parent=fo)
    fo2 = f("served", "families", 2, "2 дитячі будинки сімейного типу", service="social_support_foster", label="дитячі будинки сімейного типу",
            group="foster_11_by_form", parent=fo)
    f("served", "children", 38, "у яких виховується 38 дітей", service="social_support_foster", parent=fo)
    ev = f("events", "events", 38, "Проведено 38 групових заходів")
    f("event_participants", "persons", 1127, "у яких взяли участь 1 127 осіб", parent=ev)
    sp = f("services_provided", "services", 2946, "Фахівці Центру надали 2 946 соціальних послуг")
    s1 = f("services_provided", "services", 1418, "1 418 послуг консультування", service="counselling", parent=sp)
    s2 = f("services_provided", "services", 861, "861 – інформування", service="informing", parent=sp)
    ps = f("staff_positions", "positions", 12, "Штат Центру – 12 посад")
    ac = f("staff_actual", "staff", 12, "працюють 12 осіб")
    sw = f("staff_actual", "staff", 10, "з них 10 фахівців із соціальної роботи", label="фахівці із соціальної роботи", parent=ac)
    f("calls", "calls", 94, "надійшло 94 дзвінки")
    f("complaints", "complaints", 0, "скарг упродовж року не зареєстровано")

    g.slip("internal_conflict", "error", "У 2024 році під супровід взято 23 сім'ї", 23, 21, [pst, tst],
           "the comparison table gives 21 families taken under support in 2024 («з них взято під супровід протягом року … 21»), "
           "the prose 23", f"f{n(pst)} == f{n(tst)}")
    g.check("parts_sum", "Із 33 сімей, яким завершено супровід", "24 + 6 + 3 = 33", f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(cp)}")
    g.check("internal_conflict", "Завершено супровід 29 33", "table and prose agree on 33 completed and 38 events",
            f"f{n(tcp)} == f{n(cp)} and f{n(tev)} == f{n(ev)}")
    g.check("parts_sum", "9 прийомних сімей і 2 дитячі будинки", "9 + 2 = 11", f"f{n(fo1)} + f{n(fo2)} == f{n(fo)}")
    g.check("parts_sum", "у тому числі 1 418 послуг консультування та 861 – інформування", "1 418 + 861 ≤ 2 946",
            f"f{n(s1)} + f{n(s2)} <= f{n(sp)}")
    g.check("parts_sum", "складні життєві обставини підтверджено у 47 сімей", "47 ≤ 68 ≤ 73; 214 ≤ 891; 8 ≤ 23; 21 ≤ 64; 10 ≤ 12 ≤ 12",
            f"f{n(sj)} <= f{n(na)} <= f{n(no)} and f{n(ai)} <= f{n(ap)} and f{n(pid)} <= f{n(pst)} and f{n(tst)} <= f{n(tsup)} "
            f"and f{n(sw)} <= f{n(ac)} <= f{n(ps)}")
    g.skip("44601, смт Маневичі, вул. Незалежності, 12 тел. (03376) 0-22-81", [44601, 12, 3376, 2281],
           "postcode, address, phone (left column of the layout table)")
    g.skip("Пн–Пт 8:00–17:00", [8, 17], "office hours")
    g.skip("за 2024 рік Центр працює в громаді, що об'єднує 27 населених пунктів, з 2021 року", [27, 2021],
           "settlement count, year")
    g.skip("(рішення селищної ради від 17.02.2021 № 4/12)", [17, 2, 2021, 4, 12], "decision date and number")
    g.skip("Показник 2023 2024", [2023, 2024], "column headings (years)")
    g.skip("Сімей під соціальним супроводом 58", [58, 25, 29, 610, 31], "the 2023 column of the comparison table")
    g.skip("охопити соціальним супроводом не менше 70 сімей, створити 1 прийомну сім'ю", [2025, 70, 1], "2025 plan")
    g.skip("Вих. № 45 від 20.01.2025", [45, 20, 1, 2025], "outgoing number and date")
    g.note("the reader flattens the layout table: each layout cell's paragraphs come out joined by spaces, the two columns "
           "of a row separated by a tab, and the nested table's cells joined by single spaces; the table rows are quoted that way")
    g.note("the page header (name, phone) and footer (page line) are not in the read text, so they need no skip")
    g.note("nested comparison table: only the 2024 column gives facts; the 2023 column is skipped")
    g.note("the 33 completed and 38 events are written in the table and in the prose: two facts each; the table's 21 "
           "families taken under support conflict with the prose's 23 (planted)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
