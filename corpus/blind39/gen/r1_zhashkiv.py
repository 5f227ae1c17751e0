"""b39_01: ЦСС Жашківської міської ради, annual report 2024 (DOCX with a service table)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

NAME = "b39_01_zhashkiv_css_annual2024.docx"

HEAD = [
    "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ЖАШКІВСЬКОЇ МІСЬКОЇ РАДИ",
    "19201, Черкаська обл., м. Жашків, вул. Соборна, 14; тел. (04747) 0-32-18; e-mail: css.zhashkiv@example.ua; код ЄДРПОУ 44193270",
    "Вих. № 01-12/58 від 27.01.2025",
]
TITLE = "ЗВІТ про діяльність Центру соціальних служб Жашківської міської ради за 2024 рік"

S1 = [
    "1. Загальні відомості",
    "Центр соціальних служб Жашківської міської ради (далі – Центр) утворено рішенням міської ради від 24.12.2020 № 3-17/VIII. Центр обслуговує 37 населених пунктів громади, в яких проживає близько 32,6 тис. осіб.",
    "Штатним розписом Центру на 2024 рік передбачено 14 посад, фактично працювало 12 працівників, з них 5 фахівців із соціальної роботи. Упродовж року 9 працівників підвищили кваліфікацію на онлайн-курсах та у Черкаському обласному центрі соціальних служб.",
    "2. Виявлення сімей, які перебувають у складних життєвих обставинах",
    "Протягом звітного року до Центру надійшли повідомлення щодо 146 сімей (у 2023 році – 131). Оцінювання потреб проведено 141 сім'ї; стосовно 5 сімей оцінювання не проводилося, оскільки вони змінили місце проживання. За результатами оцінювання 118 сімей визнано такими, що перебувають у складних життєвих обставинах; у цих сім'ях виховується 247 дітей.",
    "3. Надання соціальних послуг",
    "Обсяги надання соціальних послуг наведено в таблиці 2.",
    "Таблиця 2. Надання соціальних послуг Центром у 2024 році",
]
TABLE = [
    ["№ з/п", "Назва соціальної послуги", "Кількість отримувачів, сімей/осіб", "з них ВПО", "Кількість наданих послуг"],
    ["1", "Інформування", "612", "148", "1 904"],
    ["2", "Консультування", "538", "131", "2 276"],
    ["3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "64", "12", "1 117"],
    ["4", "Соціальне супроводження прийомних сімей та ДБСТ", "7", "–", "236"],
    ["5", "Представництво інтересів", "41", "9", "87"],
    ["6", "Посередництво (медіація)", "13", "2", "29"],
    ["7", "Екстрене (кризове) втручання", "18", "6", "42"],
    ["", "Усього", "1 293", "308", "5 719"],
]
S2 = [
    "Загалом за рік Центр надав 5 719 соціальних послуг 1 293 отримувачам.",
    "Під соціальним супроводом протягом 2024 року перебували 64 сім'ї, у яких виховується 139 дітей. З них 29 сімей взято під супровід у звітному році, решта отримували послугу з попереднього року. Надання послуги завершено 31 сім'ї: у 22 сім'ях складні життєві обставини подолано, у 6 сім'ях – мінімізовано, 3 сім'ї відмовилися від подальшої співпраці. На 2025 рік супровід продовжено 33 сім'ям.",
    "Соціальне супроводження здійснювалося стосовно 5 прийомних сімей та 2 дитячих будинків сімейного типу, в яких виховується 23 дитини.",
    "4. Профілактична робота",
    "Фахівці Центру провели 24 групові заходи (тренінги, заняття «Школи відповідального батьківства»), участь у яких взяли 317 осіб. Тривалість одного заняття – 1,5 години. Здійснено 96 відвідувань сімей за місцем проживання.",
    "5. Звернення громадян",
    "За 2024 рік до Центру звернулися 684 особи. Скарг на якість надання соціальних послуг не надходило.",
    "6. Завдання на 2025 рік",
    "У 2025 році Центр планує охопити соціальним супроводом не менше 70 сімей та запровадити послугу денного догляду для дітей віком від 3 до 18 років.",
    "Директор Центру                                        (підпис)",
]


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for line in HEAD:
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    r = p.add_run(TITLE)
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in S1:
        if line[:2] in ("1.", "2.", "3.", "4.", "5.", "6."):
            d.add_heading(line, level=2)
        else:
            d.add_paragraph(line)
    t = d.add_table(rows=len(TABLE), cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    for line in S2:
        if line[:2] in ("1.", "2.", "3.", "4.", "5.", "6."):
            d.add_heading(line, level=2)
        else:
            d.add_paragraph(line)
    fix_docx_props(d, "ЦСС")
    path = report_path(NAME)
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(NAME, {
        "centre": "Центр соціальних служб Жашківської міської ради",
        "centre_type": "css", "settlement": "Жашків", "oblast": "Черкаська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    pos = f("staff_positions", "positions", 14, "передбачено 14 посад")
    act = f("staff_actual", "staff", 12, "фактично працювало 12 працівників")
    sw = f("staff_actual", "staff", 5, "з них 5 фахівців із соціальної роботи", label="фахівці із соціальної роботи", parent=act)
    tr = f("staff_trained", "staff", 9, "Упродовж року 9 працівників підвищили кваліфікацію")
    ntf = f("notified", "families", 146, "до Центру надійшли повідомлення щодо 146 сімей")
    na = f("needs_assessed", "families", 141, "Оцінювання потреб проведено 141 сім'ї")
    sjo = f("in_difficult_circumstances", "families", 118, "118 сімей визнано такими, що перебувають у складних життєвих обставинах")
    sjo_ch = f("in_difficult_circumstances", "children", 247, "у цих сім'ях виховується 247 дітей", parent=sjo)
    # table
    rows = [
        ("informing", "Інформування", 612, 148, 1904, "1\tІнформування\t612\t148\t1 904"),
        ("counselling", "Консультування", 538, 131, 2276, "2\tКонсультування\t538\t131\t2 276"),
        ("social_support_sjo", "Соціальний супровід сімей (осіб), які перебувають у СЖО", 64, 12, 1117,
         "3\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t64\t12\t1 117"),
        ("social_support_foster", "Соціальне супроводження прийомних сімей та ДБСТ", 7, None, 236,
         "4\tСоціальне супроводження прийомних сімей та ДБСТ\t7\t–\t236"),
        ("representation", "Представництво інтересів", 41, 9, 87, "5\tПредставництво інтересів\t41\t9\t87"),
        ("mediation", "Посередництво (медіація)", 13, 2, 29, "6\tПосередництво (медіація)\t13\t2\t29"),
        ("crisis_intervention", "Екстрене (кризове) втручання", 18, 6, 42, "7\tЕкстрене (кризове) втручання\t18\t6\t42"),
    ]
    tot_q = "Усього\t1 293\t308\t5 719"
    T_r = f("served", "families_persons", 1293, tot_q, label="Усього (таблиця 2)")
    T_v = f("served", "families_persons", 308, tot_q, category="внутрішньо переміщені особи", label="Усього (таблиця 2), з них ВПО", parent=T_r)
    T_s = f("services_provided", "services", 5719, tot_q, label="Усього (таблиця 2)")
    ids = {}
    for svc, lab, r, v, s, q in rows:
        a = f("served", "families_persons", r, q, service=svc, label=lab, group="table2_recipients", parent=T_r)
        b = None
        if v is not None:
            b = f("served", "families_persons", v, q, service=svc, category="внутрішньо переміщені особи",
                  label=lab + ", з них ВПО", group="table2_idp", parent=T_v)
        c = f("services_provided", "services", s, q, service=svc, label=lab, group="table2_services", parent=T_s)
        ids[svc] = (a, b, c)
    P_s = f("services_provided", "services", 5719, "Загалом за рік Центр надав 5 719 соціальних послуг 1 293 отримувачам")
    P_r = f("served", "recipients", 1293, "Загалом за рік Центр надав 5 719 соціальних послуг 1 293 отримувачам", unit_alt="families_persons",
            note="the table total said again in prose")
    ss = f("served", "families", 64, "Під соціальним супроводом протягом 2024 року перебували 64 сім'ї", service="social_support_sjo",
           alt=["support_ongoing"])
    ss_ch = f("served", "children", 139, "у яких виховується 139 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=ss)
    st = f("support_started", "families", 29, "З них 29 сімей взято під супровід у звітному році", service="social_support_sjo", parent=ss)
    sc = f("support_completed", "families", 31, "Надання послуги завершено 31 сім'ї", service="social_support_sjo", parent=ss)
    o1 = f("outcome_positive", "families", 22, "у 22 сім'ях складні життєві обставини подолано", service="social_support_sjo",
           group="completed_31_by_result", parent=sc)
    o2 = f("outcome_minimized", "families", 6, "у 6 сім'ях – мінімізовано", service="social_support_sjo",
           group="completed_31_by_result", parent=sc)
    o3 = f("outcome_other", "families", 3, "3 сім'ї відмовилися від подальшої співпраці", service="social_support_sjo",
           label="відмова від співпраці", group="completed_31_by_result", parent=sc)
    cont = f("support_ongoing", "families", 33, "На 2025 рік супровід продовжено 33 сім'ям", service="social_support_sjo",
             note="a 2024 figure: support carried into 2025")
    fo1 = f("served", "families", 5, "стосовно 5 прийомних сімей", service="social_support_foster", label="прийомні сім'ї",
            group="foster_7_by_form", parent=ids["social_support_foster"][0])
    fo2 = f("served", "families", 2, "та 2 дитячих будинків сімейного типу", service="social_support_foster",
            label="дитячі будинки сімейного типу", group="foster_7_by_form", parent=ids["social_support_foster"][0])
    fo_ch = f("served", "children", 23, "в яких виховується 23 дитини", service="social_support_foster",
              parent=ids["social_support_foster"][0])
    ev = f("events", "events", 24, "Фахівці Центру провели 24 групові заходи")
    evp = f("event_participants", "persons", 317, "участь у яких взяли 317 осіб", parent=ev)
    ap = f("applied", "persons", 684, "За 2024 рік до Центру звернулися 684 особи")
    cp = f("complaints", "complaints", 0, "Скарг на якість надання соціальних послуг не надходило")

    rr = [ids[s][0] for s in ids]
    rv = [ids[s][1] for s in ids if ids[s][1]]
    rs = [ids[s][2] for s in ids]
    num = lambda l: " + ".join(x for x in l)
    g.slip("table_arithmetic", "error", tot_q, 5719, 5691, rs + [T_s],
           "the «Кількість наданих послуг» column sums to 1 904 + 2 276 + 1 117 + 236 + 87 + 29 + 42 = 5 691, but «Усього» says 5 719 (28 extra); the prose repeats 5 719",
           f"{num(rs)} == {T_s}")
    g.check("table_arithmetic", tot_q, "recipients column: 612 + 538 + 64 + 7 + 41 + 13 + 18 = 1 293", f"{num(rr)} == {T_r}")
    g.check("table_arithmetic", tot_q, "ВПО column: 148 + 131 + 12 + 9 + 2 + 6 = 308 (the «–» of row 4 read as none)", f"{num(rv)} == {T_v}")
    g.check("internal_conflict", "Загалом за рік Центр надав 5 719 соціальних послуг 1 293 отримувачам",
            "prose repeats the table totals (1 293 recipients, 5 719 services) without conflict", f"{P_s} == {T_s} and {P_r} == {T_r}")
    g.check("internal_conflict", "Під соціальним супроводом протягом 2024 року перебували 64 сім'ї",
            "64 families in prose = row 3 of table 2", f"{ss} == {ids['social_support_sjo'][0]}")
    g.check("parts_sum", "Надання послуги завершено 31 сім'ї", "22 + 6 + 3 = 31", f"{o1} + {o2} + {o3} == {sc}")
    g.check("parts_sum", "На 2025 рік супровід продовжено 33 сім'ям", "64 − 31 = 33 continued into 2025", f"{ss} - {sc} == {cont}")
    g.check("parts_sum", "З них 29 сімей взято під супровід у звітному році", "29 ≤ 64", f"{st} <= {ss}")
    g.check("parts_sum", "стосовно 5 прийомних сімей", "5 foster families + 2 ДБСТ = 7 recipients of row 4",
            f"{fo1} + {fo2} == {ids['social_support_foster'][0]}")
    g.check("parts_sum", "Оцінювання потреб проведено 141 сім'ї", "141 assessed + 5 not assessed (moved) = 146 notified; 118 ≤ 141",
            f"{na} + 5 == {ntf} and {sjo} <= {na}")
    g.check("parts_sum", "з них 5 фахівців із соціальної роботи", "5 ≤ 12 ≤ 14; 9 trained ≤ 12", f"{sw} <= {act} <= {pos} and {tr} <= {act}")
    g.skip("19201, Черкаська обл., м. Жашків, вул. Соборна, 14; тел. (04747) 0-32-18", [19201, 14, 4747, 3218], "postcode, address, phone")
    g.skip("код ЄДРПОУ 44193270", [44193270], "ЄДРПОУ")
    g.skip("Вих. № 01-12/58 від 27.01.2025", [1, 12, 58, 27, 1, 2025], "outgoing number and date")
    g.skip("рішенням міської ради від 24.12.2020 № 3-17/VIII", [24, 12, 2020, 3, 17], "decision date and number")
    g.skip("Центр обслуговує 37 населених пунктів громади, в яких проживає близько 32,6 тис. осіб", [37, 32600], "settlements and population")
    g.skip("Штатним розписом Центру на 2024 рік", [2024], "year")
    g.skip("(у 2023 році – 131)", [2023, 131], "prior-year figure")
    g.skip("стосовно 5 сімей оцінювання не проводилося", [5], "notifications not assessed (no §3 id); used as a literal in a check")
    g.skip("Таблиця 2. Надання соціальних послуг Центром у 2024 році", [2, 2024], "table number, year")
    g.skip("№ з/п", [1, 2, 3, 4, 5, 6, 7], "row numbers of table 2")
    g.skip("Тривалість одного заняття – 1,5 години", [1.5], "duration")
    g.skip("Здійснено 96 відвідувань сімей за місцем проживання", [96], "home visits (no §3 id)")
    g.skip("На 2025 рік", [2025], "year")
    g.skip("охопити соціальним супроводом не менше 70 сімей", [70], "plan for 2025")
    g.skip("для дітей віком від 3 до 18 років", [3, 18], "ages (plan)")
    g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6], "section numbers")
    g.note("table 2: every cell is a fact quoted by its row; rows hang on the «Усього» cell of the same column; the ВПО cells carry category and hang on the ВПО total, which hangs on the recipients total")
    g.note("row 4 has «–» in the ВПО column: no fact (none written); the ВПО check treats it as 0")
    g.note("the table's recipients are «сімей/осіб» → families_persons; the prose «1 293 отримувачам» → recipients (unit_alt families_persons)")
    g.note("«решта отримували послугу з попереднього року» gives no figure (64 − 29 = 35 is not written) → no fact")
    g.note("«На 2025 рік супровід продовжено 33 сім'ям» is a 2024 figure → support_ongoing")
    g.write()


if __name__ == "__main__":
    build()
    gold()
