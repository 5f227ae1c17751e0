"""b64_04: служба у справах дітей Савранської селищної ради (Одеська), annual information 2023.
DOCX (python-docx): letterhead, prose in the third person, a register table by starosta district
(numbered rows, start-of-year column, Разом). Nothing planted: everything adds up."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip, read_text

DOC = "b64_04_savran_ssd_annual2023.docx"

ROWS = [  # округ, 01.01.2023, поставлено, знято, 31.12.2023
    ("1", "Савранський (селище)", 21, 9, 7, 23),
    ("2", "Осичківський", 6, 2, 3, 5),
    ("3", "Концебівський", 8, 4, 2, 10),
    ("4", "Байбузівський", 5, 1, 2, 4),
]
TOTAL = ("", "Разом", 40, 16, 14, 42)

PARAS = [
    ("c", "САВРАНСЬКА СЕЛИЩНА РАДА ПОДІЛЬСЬКОГО РАЙОНУ ОДЕСЬКОЇ ОБЛАСТІ"),
    ("c", "СЛУЖБА У СПРАВАХ ДІТЕЙ"),
    ("c", "66201, смт Саврань, вул. Соборна, 9, тел. (04865) 0-27-43, код ЄДРПОУ 43982157"),
    ("p", "від 15.01.2024 № 01-08/26"),
    ("h", "Інформація про роботу служби у справах дітей Савранської селищної ради за 2023 рік"),
    ("p", "На території громади проживає 3 912 дітей. Служба діє відповідно до Положення, затвердженого рішенням селищної ради від 22.12.2020 № 48-VIII; структура служби – 3 штатні посади, фактично працюють 3 особи."),
    ("p", "Станом на 31.12.2023 на первинному обліку служби перебуває 74 дитини-сироти та дитини, позбавлені батьківського піклування, з них 31 – діти-сироти, 43 – діти, позбавлені батьківського піклування. Протягом року статус надано 12 дітям."),
    ("p", "З обліку знято 15 дітей: у зв'язку з досягненням повноліття – 9, усиновлено – 2, повернуто на виховання батькам – 4. Під опікою, піклуванням перебуває 49 дітей, у прийомних сім'ях – 14, у дитячих будинках сімейного типу – 8, у закладах – 3."),
    ("p", "Облік дітей, які перебувають у складних життєвих обставинах, ведеться в розрізі старостинських округів (таблиця 1). На кінець року на такому обліку перебувало 42 дитини."),
    ("t", "Таблиця 1. Облік дітей, які перебувають у СЖО, у 2023 році"),
    ("TABLE", None),
    ("p", "До служби надійшло 96 звернень громадян, з них 27 – щодо визначення місця проживання дитини. Від закладів освіти, поліції та закладів охорони здоров'я отримано 19 повідомлень про дітей, які можуть перебувати у СЖО."),
    ("p", "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2023 році надано 37 дітям (усього з 2022 року – 118 дітей)."),
    ("p", "Проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 64 питання, та 6 рейдів «Діти вулиці». Фахівцями служби проведено 14 профілактичних заходів у закладах освіти, якими охоплено 520 учнів 5–11 класів. На телефон служби надійшло 23 дзвінки щодо порушення прав дітей."),
    ("p", "Двоє працівників служби пройшли навчання з питань ведення ЄІАС «Діти» (по 16 годин)."),
    ("p", "У 2024 році планується поставити на облік кандидатів в усиновлювачі не менше 3 сімей."),
    ("p", "Начальник служби у справах дітей                    (підпис)"),
]


def build(path):
    d = docx.Document()
    fix_docx_props(d, author="ССД")
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for kind, text in PARAS:
        if kind == "TABLE":
            tb = d.add_table(rows=1, cols=6)
            tb.style = "Table Grid"
            hdr = ["№ з/п", "Старостинський округ", "На обліку на 01.01.2023", "Поставлено на облік",
                   "Знято з обліку", "На обліку на 31.12.2023"]
            for i, h in enumerate(hdr):
                tb.rows[0].cells[i].text = h
            for r in ROWS + [TOTAL]:
                cells = tb.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = str(v)
            continue
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind in ("c", "h"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
        if kind == "t":
            run.italic = True
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    text = read_text(path)
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Савранської селищної ради",
        "centre_type": "other", "settlement": "Саврань", "oblast": "Одеська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31"},
        meta_alt={"report_kind": ["period_report"]})
    f = g.f
    o = f("registered", "children", 74, "на первинному обліку служби перебуває 74 дитини-сироти та дитини, позбавлені батьківського піклування",
          label="діти-сироти та діти, позбавлені батьківського піклування")
    o1 = f("registered", "children", 31, "з них 31 – діти-сироти", label="діти-сироти", group="orphans_74", parent=o)
    o2 = f("registered", "children", 43, "43 – діти, позбавлені батьківського піклування",
           label="діти, позбавлені батьківського піклування", group="orphans_74", parent=o)
    f("registered_new", "children", 12, "Протягом року статус надано 12 дітям",
      label="статус дитини-сироти або дитини, позбавленої батьківського піклування")
    dr = f("deregistered", "children", 15, "З обліку знято 15 дітей",
           label="діти-сироти та діти, позбавлені батьківського піклування")
    gd = "dereg_15_by_reason"
    d1 = f("deregistered", "children", 9, "у зв'язку з досягненням повноліття – 9", label="досягнення повноліття",
           group=gd, parent=dr)
    d2 = f("deregistered", "children", 2, "усиновлено – 2", label="усиновлення", group=gd, parent=dr)
    d3 = f("deregistered", "children", 4, "повернуто на виховання батькам – 4", label="повернуто батькам",
           group=gd, parent=dr)
    pr = f("registered", "children", 42, "На кінець року на такому обліку перебувало 42 дитини",
           label="діти, які перебувають у СЖО")
    # table
    lines = {r[1]: next(l for l in text.split("\n") if r[1] in l and "\t" in l) for r in ROWS + [TOTAL]}
    tl = lines["Разом"]
    tn = f("registered_new", "children", 16, tl, label="діти у СЖО; Разом")
    td = f("deregistered", "children", 14, tl, label="діти у СЖО; Разом")
    te = f("registered", "children", 42, tl, label="діти у СЖО; Разом")
    cells = {}
    for r in ROWS:
        q = lines[r[1]]
        a = f("registered_new", "children", r[3], q, district=r[1], label="діти у СЖО", group="new_16_by_district",
              parent=tn)
        b = f("deregistered", "children", r[4], q, district=r[1], label="діти у СЖО", group="dereg_14_by_district",
              parent=td)
        c = f("registered", "children", r[5], q, district=r[1], label="діти у СЖО", group="reg_42_by_district",
              parent=te)
        cells[r[1]] = (r[2], a, b, c)
    ap = f("applied", "applications", 96, "До служби надійшло 96 звернень громадян", unit_alt="persons")
    ap1 = f("applied", "applications", 27, "з них 27 – щодо визначення місця проживання дитини",
            label="визначення місця проживання дитини", parent=ap, unit_alt="persons")
    f("notified", "children", 19, "отримано 19 повідомлень про дітей, які можуть перебувати у СЖО")
    f("registered_new", "children", 37,
      "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2023 році надано 37 дітям",
      label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    e = f("events", "events", 14, "Фахівцями служби проведено 14 профілактичних заходів")
    f("event_participants", "children", 520, "якими охоплено 520 учнів 5–11 класів", unit_alt="persons", parent=e)
    f("calls", "calls", 23, "На телефон служби надійшло 23 дзвінки")
    sp = f("staff_positions", "positions", 3, "структура служби – 3 штатні посади")
    sa = f("staff_actual", "staff", 3, "фактично працюють 3 особи")
    f("staff_trained", "staff", 2, "Двоє працівників служби пройшли навчання", note="number written in words")

    g.check("parts_sum", "з них 31 – діти-сироти, 43 – діти, позбавлені батьківського піклування",
            "31 + 43 = 74", f"{o1} + {o2} == {o}")
    g.check("parts_sum", "З обліку знято 15 дітей:", "9 + 2 + 4 = 15", f"{d1} + {d2} + {d3} == {dr}")
    g.check("parts_sum", "Під опікою, піклуванням перебуває 49 дітей",
            "placements 49 + 14 + 8 + 3 (literals, no §3 id) = 74 on the register", f"49 + 14 + 8 + 3 == {o}")
    ids = list(cells.values())
    g.check("table_arithmetic", tl, "column «Поставлено на облік»: 9 + 2 + 4 + 1 = 16",
            " + ".join(x[1] for x in ids) + f" == {tn}")
    g.check("table_arithmetic", tl, "column «Знято з обліку»: 7 + 3 + 2 + 2 = 14",
            " + ".join(x[2] for x in ids) + f" == {td}")
    g.check("table_arithmetic", tl, "column «На обліку на 31.12.2023»: 23 + 5 + 10 + 4 = 42",
            " + ".join(x[3] for x in ids) + f" == {te}")
    g.check("table_arithmetic", tl,
            "every row and the total: start (literal) + put on − taken off = end of year; start column 21 + 6 + 8 + 5 = 40",
            " and ".join(f"{x[0]} + {x[1]} - {x[2]} == {x[3]}" for x in ids) + f" and 40 + {tn} - {td} == {te}"
            + " and " + " + ".join(str(x[0]) for x in ids) + " == 40")
    g.check("internal_conflict", "На кінець року на такому обліку перебувало 42 дитини",
            "prose 42 = table Разом 42", f"{pr} == {te}")
    g.check("parts_sum", "з них 27 – щодо визначення місця проживання дитини", "27 ≤ 96; 3 working = 3 positions",
            f"{ap1} <= {ap} and {sa} <= {sp}")

    sk = g.skip
    sk("66201, смт Саврань, вул. Соборна, 9, тел. (04865) 0-27-43, код ЄДРПОУ 43982157",
       [66201, 9, 4865, 2743, 43982157], "postcode, address, phone, ЄДРПОУ")
    sk("від 15.01.2024 № 01-08/26", [15, 1, 2024, 1, 8, 26], "outgoing date and number")
    sk("за 2023 рік", [2023], "year of the period")
    sk("На території громади проживає 3 912 дітей.", [3912], "child population")
    sk("рішенням селищної ради від 22.12.2020 № 48-VIII", [22, 12, 2020, 48], "decision date and number")
    sk("Станом на 31.12.2023", [31, 12, 2023], "date")
    sk("Під опікою, піклуванням перебуває 49 дітей, у прийомних сім'ях – 14, у дитячих будинках сімейного типу – 8, у закладах – 3.",
       [49, 14, 8, 3], "placements by form: no §3 id (literals in a check)")
    sk("(таблиця 1)", [1], "table number")
    sk("Таблиця 1. Облік дітей, які перебувають у СЖО, у 2023 році", [1, 2023], "table caption")
    sk("На обліку на 01.01.2023", [1, 1, 2023],
       "column header date; the start-of-year column (21, 6, 8, 5, Разом 40) is the state before the period and is skipped")
    sk(lines["Савранський (селище)"], [1, 21], "row number and start-of-year register")
    sk(lines["Осичківський"], [2, 6], "row number and start-of-year register")
    sk(lines["Концебівський"], [3, 8], "row number and start-of-year register")
    sk(lines["Байбузівський"], [4, 5], "row number and start-of-year register")
    sk(tl, [40], "start-of-year register total")
    sk("На обліку на 31.12.2023", [31, 12, 2023], "column header date")
    sk("(усього з 2022 року – 118 дітей)", [2022, 118], "cumulative figure since 2022")
    sk("Проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 64 питання, та 6 рейдів «Діти вулиці».",
       [11, 64, 6], "commission sittings, questions, raids: no §3 id")
    sk("учнів 5–11 класів", [5, 11], "school grades")
    sk("(по 16 годин)", [16], "duration")
    sk("У 2024 році планується поставити на облік кандидатів в усиновлювачі не менше 3 сімей.", [2024, 3], "plan")

    g.note("служба у справах дітей → centre_type other; registers as registered / registered_new / deregistered (children)")
    g.note("every table cell of the three period columns is a fact quoted by its row; district rows hang on the Разом cell of the same column")
    g.note("the year-end register 42 is written in prose and in the table: two facts")
    g.note("«Двоє працівників» (a number in words) is staff_trained 2")
    g.note("report_kind: «Інформація … за 2023 рік» is an annual information; meta_alt allows period_report")
    g.write()


if __name__ == "__main__":
    main()
