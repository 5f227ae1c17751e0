"""b51_03: КУ «ЦНСП» Іваничівської селищної ради (Волинська), information for H1 2025.
DOCX (python-docx): letterhead, impersonal prose, a table by service with an IDP column, a KEKV paragraph."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b51_03_ivanychi_cnsp_h1_2025.docx"

HEAD = [
    "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ІВАНИЧІВСЬКОЇ СЕЛИЩНОЇ РАДИ",
    "45301, Волинська обл., смт Іваничі, вул. Незалежності, 61; тел. (03372) 0-31-26; код ЄДРПОУ 43590214",
    "04.07.2025 № 212/02-18",
    "Відділу соціального захисту населення Іваничівської селищної ради",
]
TITLE = "ІНФОРМАЦІЯ\nпро діяльність установи за І півріччя 2025 року"
BODY1 = [
    "Протягом січня – червня 2025 року до установи надійшло 96 заяв про надання соціальних послуг. "
    "За 91 заявою прийнято рішення про надання послуг, у 5 випадках відмовлено через відсутність підстав.",
    "Оцінювання індивідуальних потреб проведено 88 особам. Соціальні послуги отримали 574 особи "
    "(без урахування повторних звернень; у І півріччі 2024 року – 531 особа).",
    "Розподіл отримувачів і наданих послуг за видами наведено в таблиці 1.",
    "Таблиця 1",
]
ROWS = [
    ["№ з/п", "Соціальна послуга", "Кількість отримувачів, осіб", "з них ВПО", "Кількість наданих послуг"],
    ["1", "Інформування", "268", "74", "402"],
    ["2", "Консультування", "231", "66", "517"],
    ["3", "Соціальний супровід сімей (осіб) у СЖО", "34", "9", "286"],
    ["4", "Догляд вдома", "142", "11", "9 846"],
    ["5", "Денний догляд", "28", "3", "1 312"],
    ["6", "Натуральна допомога", "119", "45", "119"],
    ["", "Усього", "822", "208", "12 428"],
]
BODY2 = [
    "Надання послуги соціального супроводу завершено 9 отримувачам: 7 – з позитивним результатом, "
    "2 – у зв'язку з відмовою від послуги.",
    "Вартість однієї години послуги догляду вдома, що надається за плату, становить 74,20 грн "
    "(рішення виконавчого комітету від 27.02.2025 № 38).",
    "Мобільна бригада соціально-психологічної допомоги здійснила 63 виїзди до 22 населених пунктів громади.",
    "Проведено 14 групових заходів (тренінги з фінансової грамотності, заняття групи взаємопідтримки), "
    "учасниками яких стали 203 особи.",
    "Штатна чисельність установи – 41,5 штатної одиниці, фактично працює 37 працівників, у т. ч. "
    "24 соціальні робітники та 4 фахівці із соціальної роботи. Вакантними залишаються 4,5 посади.",
    "Касові видатки загального фонду за І півріччя склали 6 418,3 тис. грн, у т. ч. за КЕКВ 2111 – "
    "4 977,0 тис. грн, КЕКВ 2120 – 1 094,9 тис. грн, КЕКВ 2273 – 346,4 тис. грн.",
    "Директор\t(підпис)",
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for i, s in enumerate(HEAD):
        p = d.add_paragraph()
        r = p.add_run(s)
        if i == 0:
            r.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i == 3:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line in TITLE.split("\n"):
        p = d.add_paragraph()
        p.add_run(line).bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for s in BODY1:
        d.add_paragraph(s)
    t = d.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    t.style = "Table Grid"
    for i, row in enumerate(ROWS):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    for s in BODY2:
        d.add_paragraph(s)
    fix_docx_props(d, author="ЦНСП")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Іваничівської селищної ради",
        "centre_type": "cnsp", "settlement": "Іваничі", "oblast": "Волинська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Іваничівської селищної ради",
        "КУ «Центр надання соціальних послуг» Іваничівської селищної ради"]})
    ap = g.f("applied", "applications", 96, "до установи надійшло 96 заяв про надання соціальних послуг")
    na = g.f("needs_assessed", "persons", 88, "Оцінювання індивідуальних потреб проведено 88 особам")
    uniq = g.f("served", "persons", 574, "Соціальні послуги отримали 574 особи",
               label="без урахування повторних звернень",
               note="unique persons; the table's 822 counts a person once per service")
    total_q = "\tУсього\t822\t208\t12 428"
    T = g.f("served", "persons", 822, total_q, label="Усього (за видами послуг)")
    TV = g.f("served", "persons", 208, total_q, category="внутрішньо переміщені особи", label="Усього", parent=T)
    TS = g.f("services_provided", "services", 12428, total_q, label="Усього")
    svc = {"Інформування": "informing", "Консультування": "counselling",
           "Соціальний супровід сімей (осіб) у СЖО": "social_support_sjo", "Догляд вдома": "home_care",
           "Денний догляд": "day_care", "Натуральна допомога": "natural_aid"}
    R, V, S = [], [], []
    for row in ROWS[1:-1]:
        q = "\t".join(row)
        sid = svc[row[1]]
        R.append(g.f("served", "persons", int(row[2].replace(" ", "")), q, service=sid,
                     group="table1_recipients_by_service", parent=T))
        V.append(g.f("served", "persons", int(row[3].replace(" ", "")), q, service=sid,
                     category="внутрішньо переміщені особи", group="table1_idp_by_service", parent=TV))
        S.append(g.f("services_provided", "services", int(row[4].replace(" ", "")), q, service=sid,
                     group="table1_services_by_service", parent=TS))
    sc = g.f("support_completed", "persons", 9, "Надання послуги соціального супроводу завершено 9 отримувачам",
             service="social_support_sjo", unit_alt="recipients", alt=["deregistered"])
    o1 = g.f("outcome_positive", "persons", 7, "7 – з позитивним результатом", service="social_support_sjo",
             group="completed_9_by_result", parent=sc)
    o2 = g.f("outcome_other", "persons", 2, "2 – у зв'язку з відмовою від послуги", service="social_support_sjo",
             label="відмова від послуги", group="completed_9_by_result", parent=sc)
    ev = g.f("events", "events", 14, "Проведено 14 групових заходів")
    ep = g.f("event_participants", "persons", 203, "учасниками яких стали 203 особи", parent=ev)
    pos = g.f("staff_positions", "positions", 41.5, "Штатна чисельність установи – 41,5 штатної одиниці")
    act = g.f("staff_actual", "staff", 37, "фактично працює 37 працівників")
    a1 = g.f("staff_actual", "staff", 24, "24 соціальні робітники", label="соціальні робітники", parent=act)
    a2 = g.f("staff_actual", "staff", 4, "4 фахівці із соціальної роботи", label="фахівці із соціальної роботи", parent=act)
    bs = g.f("budget_spent", "uah", 6418300, "Касові видатки загального фонду за І півріччя склали 6 418,3 тис. грн",
             label="загальний фонд")
    gb = "spent_6418_3_by_kekv"
    b1 = g.f("budget_spent", "uah", 4977000, "КЕКВ 2111 – 4 977,0 тис. грн", kekv="2111", group=gb, parent=bs)
    b2 = g.f("budget_spent", "uah", 1094900, "КЕКВ 2120 – 1 094,9 тис. грн", kekv="2120", group=gb, parent=bs)
    b3 = g.f("budget_spent", "uah", 346400, "КЕКВ 2273 – 346,4 тис. грн", kekv="2273", group=gb, parent=bs)

    g.slip("table_arithmetic", "error", total_q, 12428, 12482, [TS] + S,
           "the «Кількість наданих послуг» column sums to 402 + 517 + 286 + 9 846 + 1 312 + 119 = 12 482; "
           "the Усього row says 12 428 (two digits swapped)",
           " + ".join(S) + f" == {TS}")

    g.check("table_arithmetic", total_q, "recipients 268 + 231 + 34 + 142 + 28 + 119 = 822",
            " + ".join(R) + f" == {T}")
    g.check("table_arithmetic", total_q, "IDP 74 + 66 + 9 + 11 + 3 + 45 = 208",
            " + ".join(V) + f" == {TV}")
    g.check("table_arithmetic", "Догляд вдома\t142\t11\t9 846", "each row: IDP ≤ recipients",
            " and ".join(f"{v} <= {r}" for v, r in zip(V, R)) + f" and {TV} <= {T}")
    g.check("parts_sum", "Надання послуги соціального супроводу завершено 9 отримувачам", "7 + 2 = 9; 9 ≤ 34 under support",
            f"{o1} + {o2} == {sc} and {sc} <= {R[2]}")
    g.check("parts_sum", "Касові видатки загального фонду за І півріччя склали 6 418,3 тис. грн",
            "4 977,0 + 1 094,9 + 346,4 = 6 418,3 тис. грн", f"near({b1} + {b2} + {b3}, {bs})")
    g.check("parts_sum", "фактично працює 37 працівників", "24 + 4 ≤ 37; 41,5 − 37 = 4,5 vacant (literal)",
            f"{a1} + {a2} <= {act} and near({pos} - {act}, 4.5)")
    g.check("parts_sum", "Соціальні послуги отримали 574 особи", "574 unique ≤ 822 by service; 88 assessed ≤ 96 applications",
            f"{uniq} <= {T} and {na} <= {ap}")

    g.skip("45301, Волинська обл., смт Іваничі, вул. Незалежності, 61; тел. (03372) 0-31-26; код ЄДРПОУ 43590214",
           [45301, 61, 3372, 3126, 43590214], "postcode, address, phone, ЄДРПОУ")
    g.skip("04.07.2025 № 212/02-18", [4, 7, 2025, 212, 2, 18], "outgoing date and number")
    g.skip("про діяльність установи за І півріччя 2025 року", [1, 2025], "period in the title")
    g.skip("За 91 заявою прийнято рішення про надання послуг, у 5 випадках відмовлено", [91, 5],
           "decisions and refusals; no §3 id")
    g.skip("у І півріччі 2024 року – 531 особа", [2024, 531], "prior-year figure")
    g.skip("Таблиця 1", [1], "table number")
    g.skip("№ з/п", [1, 2, 3, 4, 5, 6], "row numbers")
    g.skip("74,20 грн (рішення виконавчого комітету від 27.02.2025 № 38)", [74.2, 27, 2, 2025, 38],
           "tariff, decision date and number")
    g.skip("63 виїзди до 22 населених пунктів громади", [63, 22], "trips and settlements")
    g.skip("Вакантними залишаються 4,5 посади.", [4.5], "vacancies (used as a literal in a check)")

    g.note("the table has one row per service; recipients, IDP and services cells are facts quoted by the row "
           "(tab-separated). The Усього row has an empty first cell, so its quote starts with a tab")
    g.note("the 574 unique persons and the 822 by-service total are two different figures, both facts")
    g.note("«завершено 9 отримувачам» → support_completed, unit persons (unit_alt recipients)")
    g.note("KEKV amounts in тис. грн, stored in hryvnias, with kekv set")
    g.write()


if __name__ == "__main__":
    main()
