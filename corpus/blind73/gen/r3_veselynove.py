"""b73_03: КУ «Центр надання соціальних послуг» Веселинівської селищної ради (Миколаївська),
information for 9 months of 2023. DOCX (python-docx) with a table by service; first person plural.
Planted slip: table_arithmetic (the «Кількість наданих послуг» column sums to 13 983, Разом says 14 983)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b73_03_veselynove_cnsp_9m2023.docx"

HEAD = [
    "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ВЕСЕЛИНІВСЬКОЇ СЕЛИЩНОЇ РАДИ",
    "57001, Миколаївська обл., смт Веселинове, вул. Центральна, 88, тел. (05163) 0-19-42, "
    "e-mail: cnsp.veselynove@example.ua, код ЄДРПОУ 43627105",
]
TITLE = "ІНФОРМАЦІЯ\nпро роботу Центру за 9 місяців 2023 року"
P1 = [
    "Центр утворено рішенням Веселинівської селищної ради від 30.03.2021 № 14 (VIII скликання). "
    "Ми обслуговуємо 24 населені пункти громади, де проживає близько 11,3 тис. мешканців.",
    "За січень–вересень 2023 року до нас звернулися 463 особи, у тому числі 139 внутрішньо "
    "переміщених осіб. Для порівняння: за весь 2022 рік звернулося 388 осіб.",
    "Ми провели оцінку потреб 171 особи та за її результатами склали індивідуальні плани. "
    "Кількість отримувачів і наданих послуг наведено в таблиці 1.",
]
TCAP = "Таблиця 1. Соціальні послуги, надані у січні–вересні 2023 року"
TABLE = [
    ["№ з/п", "Назва соціальної послуги", "Кількість отримувачів, осіб", "з них ВПО", "Кількість наданих послуг"],
    ["1", "Інформування", "412", "63", "598"],
    ["2", "Консультування", "287", "41", "455"],
    ["3", "Догляд вдома", "96", "8", "9 840"],
    ["4", "Денний догляд", "38", "5", "2 736"],
    ["5", "Натуральна допомога", "354", "118", "354"],
    ["", "Разом", "1 187", "235", "14 983"],
]
P2 = [
    "Середній вік наших підопічних, які отримують догляд вдома, – 78 років; тривалість одного "
    "консультування становить 30–40 хвилин.",
    "Соціальний супровід сімей, які перебувають у складних життєвих обставинах, ми здійснювали "
    "щодо 17 сімей (39 дітей). Протягом трьох кварталів взяли під супровід 6 сімей, завершили "
    "супровід 5 сімей: 4 – з позитивним результатом, 1 – у зв’язку з відмовою сім’ї від послуги.",
    "Ми провели 12 групових заходів, участь у яких взяли 164 учасники. До Дня людей похилого віку "
    "1 жовтня (поза звітним періодом) готуємо концерт у Будинку культури.",
    "У Центрі працює 29 працівників при 31,5 штатної одиниці; 2,5 ставки соціальних робітників "
    "вакантні. У звітному періоді 6 наших працівників пройшли навчання.",
    "Надійшла 1 скарга (щодо графіка відвідувань), її розглянуто у встановлений строк, "
    "графік змінено.",
    "На IV квартал 2023 року заплановано взяти на догляд вдома ще 10 осіб.",
]
SIGN = "Директор КУ «ЦНСП»                                    (підпис)\nВих. № 01-12/317 від 09.10.2023"


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for h in HEAD:
        p = d.add_paragraph(h)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in TITLE.split("\n"):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(line).bold = True
    for t in P1:
        d.add_paragraph(t)
    d.add_paragraph(TCAP)
    tb = d.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    tb.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, c in enumerate(row):
            tb.cell(i, j).text = c
    for t in P2:
        d.add_paragraph(t)
    for line in SIGN.split("\n"):
        d.add_paragraph(line)
    fix_docx_props(d, "ЦНСП Веселинове")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Веселинівської селищної ради", "centre_type": "cnsp",
        "settlement": "Веселинове", "oblast": "Миколаївська", "report_kind": "period_report",
        "period_start": "2023-01-01", "period_end": "2023-09-30"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Веселинівської селищної ради",
                    "КУ «Центр надання соціальних послуг» Веселинівської селищної ради"]})
    ap = g.f("applied", "persons", 463, "до нас звернулися 463 особи")
    ai = g.f("applied", "persons", 139, "у тому числі 139 внутрішньо переміщених осіб",
             category="внутрішньо переміщені особи", parent=ap)
    na = g.f("needs_assessed", "persons", 171, "Ми провели оцінку потреб 171 особи")
    rows = [("informing", "Інформування\t412\t63\t598", 412, 63, 598),
            ("counselling", "Консультування\t287\t41\t455", 287, 41, 455),
            ("home_care", "Догляд вдома\t96\t8\t9 840", 96, 8, 9840),
            ("day_care", "Денний догляд\t38\t5\t2 736", 38, 5, 2736),
            ("natural_aid", "Натуральна допомога\t354\t118\t354", 354, 118, 354)]
    tq = "Разом\t1 187\t235\t14 983"
    T = g.f("served", "persons", 1187, tq, label="Разом, отримувачів",
            note="sum of recipients over services; a person receiving two services counts twice")
    TI = g.f("served", "persons", 235, tq, category="внутрішньо переміщені особи", label="Разом, з них ВПО", parent=T)
    TS = g.f("services_provided", "services", 14983, tq, label="Разом")
    R, RI, RS = [], [], []
    for svc, q, n, i, s in rows:
        r = g.f("served", "persons", n, q, service=svc, group="table1_recipients", parent=T)
        R.append(r)
        RI.append(g.f("served", "persons", i, q, service=svc, category="внутрішньо переміщені особи",
                      group="table1_idp", parent=TI))
        RS.append(g.f("services_provided", "services", s, q, service=svc, group="table1_services", parent=TS))
    ss = g.f("served", "families", 17, "щодо 17 сімей (39 дітей)", service="social_support_sjo", alt=["support_ongoing"])
    g.f("served", "children", 39, "щодо 17 сімей (39 дітей)", service="social_support_sjo", alt=["support_ongoing"], parent=ss)
    st = g.f("support_started", "families", 6, "взяли під супровід 6 сімей", service="social_support_sjo", parent=ss)
    sc = g.f("support_completed", "families", 5, "завершили \nсупровід 5 сімей".replace(" \n", " "),
             service="social_support_sjo", parent=ss)
    o1 = g.f("outcome_positive", "families", 4, "4 – з позитивним результатом", service="social_support_sjo",
             group="completed_5_by_result", parent=sc)
    o2 = g.f("outcome_other", "families", 1, "1 – у зв’язку з відмовою сім’ї від послуги", service="social_support_sjo",
             label="відмова сім'ї від послуги", group="completed_5_by_result", parent=sc)
    ev = g.f("events", "events", 12, "Ми провели 12 групових заходів")
    g.f("event_participants", "persons", 164, "участь у яких взяли 164 учасники", parent=ev)
    sa = g.f("staff_actual", "staff", 29, "У Центрі працює 29 працівників")
    sp = g.f("staff_positions", "positions", 31.5, "при 31,5 штатної одиниці")
    tr = g.f("staff_trained", "staff", 6, "6 наших працівників пройшли навчання")
    g.f("complaints", "complaints", 1, "Надійшла 1 скарга")

    g.slip("table_arithmetic", "error", tq, 14983, 13983, [TS] + RS,
           "«Кількість наданих послуг»: 598 + 455 + 9 840 + 2 736 + 354 = 13 983, but Разом says 14 983 (1 000 more)",
           " + ".join(RS) + f" == {TS}")
    g.check("table_arithmetic", tq, "recipients: 412 + 287 + 96 + 38 + 354 = 1 187", " + ".join(R) + f" == {T}")
    g.check("table_arithmetic", tq, "з них ВПО: 63 + 41 + 8 + 5 + 118 = 235", " + ".join(RI) + f" == {TI}")
    g.check("table_arithmetic", "Натуральна допомога\t354\t118\t354", "each row: ВПО ≤ recipients",
            " and ".join(f"{i} <= {r}" for i, r in zip(RI, R)))
    g.check("parts_sum", "у тому числі 139 внутрішньо переміщених осіб", "139 ≤ 463; 171 assessed ≤ 463",
            f"{ai} <= {ap} and {na} <= {ap}")
    g.check("parts_sum", "4 – з позитивним результатом, 1 – у зв’язку з відмовою", "4 + 1 = 5; 6 and 5 ≤ 17",
            f"{o1} + {o2} == {sc} and {st} <= {ss} and {sc} <= {ss}")
    g.check("parts_sum", "2,5 ставки соціальних робітників",
            "31,5 positions − 29 working = 2,5 vacant (the vacancies are a literal)", f"near({sp} - {sa}, 2.5) and {tr} <= {sa}")

    g.skip("57001, Миколаївська обл., смт Веселинове, вул. Центральна, 88, тел. (05163) 0-19-42",
           [57001, 88, 5163, 1942], "postcode, address, phone")
    g.skip("код ЄДРПОУ 43627105", [43627105], "ЄДРПОУ")
    g.skip("про роботу Центру за 9 місяців 2023 року", [9, 2023], "report period")
    g.skip("рішенням Веселинівської селищної ради від 30.03.2021 № 14 (VIII скликання)", [30, 3, 2021, 14], "decision date and number")
    g.skip("Ми обслуговуємо 24 населені пункти громади, де проживає близько 11,3 тис. мешканців.", [24, 11300],
           "settlement count, population")
    g.skip("За січень–вересень 2023 року", [2023], "period")
    g.skip("за весь 2022 рік звернулося 388 осіб", [2022, 388], "prior-year figure")
    g.skip("Таблиця 1. Соціальні послуги, надані у січні–вересні 2023 року", [1, 2023], "table number, period")
    g.skip("№ з/п", [1, 2, 3, 4, 5], "row numbers")
    g.skip("Середній вік наших підопічних, які отримують догляд вдома, – 78 років", [78], "age")
    g.skip("становить 30–40 хвилин", [30, 40], "duration")
    g.skip("Протягом трьох кварталів", [3], "period in words")
    g.skip("До Дня людей похилого віку \n1 жовтня".replace(" \n", " "), [1], "date outside the period")
    g.skip("2,5 ставки соціальних робітників \nвакантні".replace(" \n", " "), [2.5], "vacancies (no §3 id); literal in a check")
    g.skip("На IV квартал 2023 року заплановано взяти на догляд вдома ще 10 осіб.", [4, 2023, 10], "plan")
    g.skip("Вих. № 01-12/317 від 09.10.2023", [1, 12, 317, 9, 10, 2023], "outgoing number and date")
    g.note("table 1: every cell is a fact quoted by its row; rows hang on the Разом cell of the same column (one group per column)")
    g.note("the Разом recipients (1 187) add recipients over services; kept as served persons with a label")
    g.note("«завершили супровід 5 сімей: 4 – з позитивним результатом, 1 – у зв'язку з відмовою» → support_completed with outcome_positive and outcome_other parts")
    g.write()


if __name__ == "__main__":
    main()
