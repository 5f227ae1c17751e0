"""b31_01: ТЦСО (надання соціальних послуг) Лебединської міської ради Сумської області, annual report 2024.
DOCX with numbered sections, prose in the first person plural and a real table by department.
Planted slip: table_arithmetic (recipients column: rows sum to 1 052, «Разом» says 1 062)."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, save_docx

DOC = "b31_01_lebedyn_tcso_annual2024.docx"
CENTRE = ("Територіальний центр соціального обслуговування (надання соціальних послуг) "
          "Лебединської міської ради Сумської області")

HEAD = [
    CENTRE,
    "Код ЄДРПОУ 21104583; 42200, Сумська обл., м. Лебедин, вул. Сумська, 14; тел. (05445) 0-26-11",
]
TITLE = ["ЗВІТ", "про роботу територіального центру за 2024 рік"]
INTRO = ("Наш територіальний центр діє відповідно до Положення, затвердженого рішенням Лебединської міської ради "
         "від 23.12.2021 № 412-МР. Ми обслуговуємо 38 населених пунктів громади, де проживає близько 9,8 тис. осіб "
         "віком понад 60 років.")
S1 = "1. Загальні показники"
P1 = ("У 2024 році до нас звернулися 1 146 осіб, з них 203 – внутрішньо переміщені особи. Ми взяли на "
      "обслуговування 168 осіб, зняли з обслуговування 141 особу, з них у зв'язку зі смертю – 97, з переїздом – 26, "
      "за власним бажанням – 18.")
P2 = ("Загалом протягом року соціальні послуги отримали 1 062 особи, яким надано 86 417 соціальних послуг "
      "(у 2023 році – 79 230). Розподіл за структурними підрозділами наведено в таблиці 1.")
TCAP = "Таблиця 1. Отримувачі та надані послуги за структурними підрозділами у 2024 році"
TABLE = [
    ["№ з/п", "Структурний підрозділ", "Отримувачів, осіб", "Надано послуг"],
    ["1", "Відділення соціальної допомоги вдома", "412", "51 230"],
    ["2", "Відділення денного перебування", "96", "7 845"],
    ["3", "Відділення організації надання адресної натуральної допомоги", "388", "9 612"],
    ["4", "Відділення соціальної адаптації", "94", "12 118"],
    ["5", "Стаціонарне відділення для постійного або тимчасового проживання", "62", "5 612"],
    ["Разом", "", "1 062", "86 417"],
]
S2 = "2. Догляд вдома"
P3 = ("Послугу догляду вдома надавали 43 соціальні робітники. З 412 отримувачів цієї послуги 287 (69,7 %) – "
      "особи з інвалідністю, 64 – одинокі особи. На платній основі обслуговувалися 58 осіб, безоплатно – 354 особи. "
      "Вартість однієї години послуги на платній основі – 68,40 грн. Найстаршій нашій підопічній виповнилося 97 років.")
S3 = "3. Натуральна допомога та соціальне таксі"
P4 = ("Через відділення організації надання адресної натуральної допомоги 388 особам видано 1 240 продуктових наборів "
      "та 316 комплектів засобів гігієни на загальну суму 612,4 тис. грн. Послугою соціального таксі скористалися "
      "74 особи (у 2023 році – 61).")
S4 = "4. Кадрове забезпечення"
P5 = ("Штатним розписом передбачено 71,5 штатної одиниці, фактично працюють 66 осіб. Підвищили кваліфікацію "
      "19 працівників. Скарг на якість послуг у 2024 році не надходило.")
S5 = "5. Фінансування"
P6 = ("Касові видатки на утримання центру за 2024 рік склали 18 264,7 тис. грн при затверджених кошторисом "
      "18 390,0 тис. грн; економія – 125,3 тис. грн. Від надання платних послуг до спеціального фонду надійшло "
      "284,6 тис. грн.")
S6 = "6. Завдання на 2025 рік"
P7 = ("У 2025 році плануємо відкрити відділення денного догляду на 20 місць для осіб з інвалідністю віком від 18 до "
      "35 років та збільшити кількість отримувачів догляду вдома до 430 осіб.")
SIGN = "Директор територіального центру                                  (підпис)"
OUT = "Вих. № 02-14/38 від 17.01.2025"


def build(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for line in HEAD:
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in TITLE:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(line).bold = True
    d.add_paragraph(INTRO)
    for h, ps in ((S1, [P1, P2]),):
        d.add_heading(h, level=2)
        for x in ps:
            d.add_paragraph(x)
    d.add_paragraph(TCAP)
    t = d.add_table(rows=len(TABLE), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, c in enumerate(row):
            if c:
                t.cell(i, j).text = c
    last = len(TABLE) - 1
    t.cell(last, 0).merge(t.cell(last, 1))
    for h, x in ((S2, P3), (S3, P4), (S4, P5), (S5, P6), (S6, P7)):
        d.add_heading(h, level=2)
        d.add_paragraph(x)
    d.add_paragraph(SIGN)
    d.add_paragraph(OUT)
    save_docx(d, path, author="ТЦСО")


def row(i):
    return "\t".join(c for c in TABLE[i] if c)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": CENTRE,
        "centre_type": "tcso",
        "settlement": "Лебедин",
        "oblast": "Сумська",
        "report_kind": "annual_report",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    }, meta_alt={"centre": ["Територіальний центр соціального обслуговування (надання соціальних послуг) "
                            "Лебединської міської ради"]})
    f = g.f
    n = lambda x: x[1:]
    app = f("applied", "persons", 1146, "до нас звернулися 1 146 осіб")
    app_idp = f("applied", "persons", 203, "з них 203 – внутрішньо переміщені особи",
                category="внутрішньо переміщені особи", parent=app)
    taken = f("served", "persons", 168, "Ми взяли на обслуговування 168 осіб", label="взято на обслуговування",
              alt=["registered_new", "support_started"])
    dereg = f("deregistered", "persons", 141, "зняли з обслуговування 141 особу")
    grp = "deregistered_141_by_reason"
    d1 = f("deregistered", "persons", 97, "у зв'язку зі смертю – 97", label="у зв'язку зі смертю", group=grp,
           parent=dereg)
    d2 = f("deregistered", "persons", 26, "з переїздом – 26", label="з переїздом", group=grp, parent=dereg)
    d3 = f("deregistered", "persons", 18, "за власним бажанням – 18", label="за власним бажанням", group=grp,
           parent=dereg)
    srv = f("served", "persons", 1062, "соціальні послуги отримали 1 062 особи")
    sp = f("services_provided", "services", 86417, "яким надано 86 417 соціальних послуг")
    # table
    tot_q = row(6)
    t_rec = f("served", "persons", 1062, tot_q, label="Разом")
    t_srv = f("services_provided", "services", 86417, tot_q, label="Разом")
    deps = [
        (1, "home_care", 412, 51230), (2, "day_care", 96, 7845), (3, "natural_aid", 388, 9612),
        (4, "social_adaptation", 94, 12118), (5, "residential_care", 62, 5612),
    ]
    rec_ids, srv_ids = [], []
    for i, svc, rv, sv in deps:
        q = row(i)
        dep = TABLE[i][1]
        rec_ids.append(f("served", "persons", rv, q, service=svc, district=dep, group="table1_recipients",
                         parent=t_rec))
        srv_ids.append(f("services_provided", "services", sv, q, service=svc, district=dep,
                         group="table1_services", parent=t_srv))
    sw = f("staff_actual", "staff", 43, "Послугу догляду вдома надавали 43 соціальні робітники",
           label="соціальні робітники (догляд вдома)")
    hc = f("served", "persons", 412, "З 412 отримувачів цієї послуги", service="home_care")
    hc_dis = f("served", "persons", 287, "287 (69,7 %) – особи з інвалідністю", percent=69.7, service="home_care",
               category="особи з інвалідністю", parent=hc)
    hc_lone = f("served", "persons", 64, "64 – одинокі особи", service="home_care", category="одинокі особи",
                parent=hc)
    hc_paid = f("served", "persons", 58, "На платній основі обслуговувалися 58 осіб", service="home_care",
                label="на платній основі", group="home_care_412_by_payment", parent=hc)
    hc_free = f("served", "persons", 354, "безоплатно – 354 особи", service="home_care", label="безоплатно",
                group="home_care_412_by_payment", parent=hc)
    na = f("served", "persons", 388, "388 особам видано", service="natural_aid")
    aid = f("aid_value", "uah", 612400, "на загальну суму 612,4 тис. грн",
            label="продуктові набори та засоби гігієни (натуральна допомога)")
    taxi = f("served", "persons", 74, "Послугою соціального таксі скористалися 74 особи", service="social_taxi")
    pos = f("staff_positions", "positions", 71.5, "Штатним розписом передбачено 71,5 штатної одиниці")
    act = f("staff_actual", "staff", 66, "фактично працюють 66 осіб")
    tr = f("staff_trained", "staff", 19, "Підвищили кваліфікацію 19 працівників")
    comp = f("complaints", "complaints", 0, "Скарг на якість послуг у 2024 році не надходило.")
    spent = f("budget_spent", "uah", 18264700, "Касові видатки на утримання центру за 2024 рік склали 18 264,7 тис. грн",
              label="загальний фонд")
    appr = f("budget_approved", "uah", 18390000, "при затверджених кошторисом 18 390,0 тис. грн", label="загальний фонд")
    sav = f("budget_savings", "uah", 125300, "економія – 125,3 тис. грн", label="загальний фонд")
    rec = f("budget_received", "uah", 284600, "до спеціального фонду надійшло 284,6 тис. грн",
            label="спеціальний фонд, платні послуги")

    g.check("parts_sum", "з них 203 – внутрішньо переміщені особи", "203 ≤ 1 146 (served 1 062 is not compared with applied: it includes persons "
            "served since earlier years)",
            f"f{n(app_idp)} <= f{n(app)}")
    g.check("parts_sum", "зняли з обслуговування 141 особу, з них", "97 + 26 + 18 = 141",
            f"f{n(d1)} + f{n(d2)} + f{n(d3)} == f{n(dereg)}")
    g.check("table_arithmetic", tot_q, "services column: 51 230 + 7 845 + 9 612 + 12 118 + 5 612 = 86 417",
            " + ".join(f"f{n(x)}" for x in srv_ids) + f" == f{n(t_srv)}")
    g.check("internal_conflict", "соціальні послуги отримали 1 062 особи, яким надано 86 417 соціальних послуг",
            "prose totals equal the table's Разом (1 062; 86 417); 388 natural-aid recipients in prose = table row 3",
            f"f{n(srv)} == f{n(t_rec)} and f{n(sp)} == f{n(t_srv)} and f{n(na)} == f{n(rec_ids[2])}")
    g.check("percent_mismatch", "287 (69,7 %) – особи з інвалідністю", "287/412 = 69,66 → 69,7",
            f"pct_ok(p{n(hc_dis)}, f{n(hc_dis)}, f{n(hc)}, 1)")
    g.check("parts_sum", "На платній основі обслуговувалися 58 осіб, безоплатно – 354 особи", "58 + 354 = 412; 412 in prose = table row 1",
            f"f{n(hc_paid)} + f{n(hc_free)} == f{n(hc)} and f{n(hc_lone)} <= f{n(hc)} and f{n(hc)} == f{n(rec_ids[0])}")
    g.check("parts_sum", "фактично працюють 66 осіб", "66 ≤ 71,5 positions; 43 social workers and 19 trained ≤ 66",
            f"f{n(act)} <= f{n(pos)} and f{n(sw)} <= f{n(act)} and f{n(tr)} <= f{n(act)}")
    g.check("table_arithmetic", "економія – 125,3 тис. грн", "18 390,0 − 18 264,7 = 125,3 тис. грн",
            f"f{n(appr)} - f{n(spent)} == f{n(sav)}")
    g.slip("table_arithmetic", "error", tot_q, 1052, 1062, rec_ids + [t_rec],
           "recipients column of table 1: 412 + 96 + 388 + 94 + 62 = 1 052, «Разом» says 1 062 (10 missing). "
           "The prose repeats 1 062, so the slip is in a row (or the total was carried over).",
           " + ".join(f"f{n(x)}" for x in rec_ids) + f" == f{n(t_rec)}")

    g.skip("Код ЄДРПОУ 21104583; 42200, Сумська обл., м. Лебедин, вул. Сумська, 14; тел. (05445) 0-26-11",
           [21104583, 42200, 14, 5445, 2611], "ЄДРПОУ, postcode, address, phone")
    g.skip("про роботу територіального центру за 2024 рік", [2024], "period (year)")
    g.skip("від 23.12.2021 № 412-МР", [23, 12, 2021, 412], "decision date and number")
    g.skip("Ми обслуговуємо 38 населених пунктів громади, де проживає близько 9,8 тис. осіб віком понад 60 років.",
           [38, 9800, 60], "settlement count, population, age")
    g.skip("(у 2023 році – 79 230)", [2023, 79230], "prior-year figure")
    g.skip("Таблиця 1. Отримувачі та надані послуги за структурними підрозділами у 2024 році", [1, 2024],
           "table number, year")
    g.skip("№ з/п", [1, 2, 3, 4, 5], "row numbers")
    g.skip("Вартість однієї години послуги на платній основі – 68,40 грн.", [68.4], "tariff")
    g.skip("Найстаршій нашій підопічній виповнилося 97 років.", [97], "age")
    g.skip("видано 1 240 продуктових наборів та 316 комплектів засобів гігієни", [1240, 316], "items (sets)")
    g.skip("(у 2023 році – 61)", [2023, 61], "prior-year figure")
    g.skip("У 2025 році плануємо відкрити відділення денного догляду на 20 місць для осіб з інвалідністю віком від 18 до "
           "35 років та збільшити кількість отримувачів догляду вдома до 430 осіб.", [2025, 20, 18, 35, 430],
           "plan, capacity, ages, target")
    g.skip(OUT, [2, 14, 38, 17, 1, 2025], "outgoing number and date")
    g.note("first person plural («до нас звернулися», «ми взяли»); oblast stated in the centre's name")
    g.note("«взяли на обслуговування» → served with a label (alt registered_new, support_started); «зняли з "
           "обслуговування» → deregistered, reasons as labelled parts of one group")
    g.note("table 1: every cell is a fact quoted by its row; rows hang on the «Разом» cell of the same column; the "
           "department goes to district and the service id follows the department (адресна натуральна допомога → "
           "natural_aid, стаціонарне відділення → residential_care)")
    g.note("figures said twice are two facts: 1 062 and 86 417 (prose and Разом), 412 and 388 (table and sections 2–3)")
    g.note("«43 соціальні робітники» → staff_actual with a label (a part of the staff, not hung on 66 because the text "
           "does not say «з них»)")
    g.note("71,5 staff positions is a fractional fact")
    g.write()


if __name__ == "__main__":
    main()
