"""b15_01: ТЦСО Тиврівської селищної ради (Вінницька), annual report 2024, DOCX.

Ordinary report: a table of recipients by form of service and a general-fund
budget table by KEKV (затверджено / касові видатки / економія), prose around them.
No planted slip: everything adds up.
"""
from common import Gold, report_path, write_docx, ua

DOC = "b15_01_tyvriv_tcso_annual2024.docx"
CENTRE = ("Територіальний центр соціального обслуговування (надання соціальних послуг) "
          "Тиврівської селищної ради")

# form of service: (name, persons, services)
FORMS = [
    ("Соціальна допомога вдома (догляд вдома)", 318, 41236),
    ("Денне перебування (денний догляд)", 146, 5872),
    ("Стаціонарне відділення (стаціонарний догляд)", 23, 8395),
    ("Адресна натуральна та грошова допомога", 412, 1264),
]
TOT_P = sum(f[1] for f in FORMS)
TOT_S = sum(f[2] for f in FORMS)
assert TOT_P == 899 and TOT_S == 56767

BUDGET = [
    ("2111", "Заробітна плата", 9846200, 9812734),
    ("2120", "Нарахування на оплату праці", 2166200, 2158801),
    ("2210", "Предмети, матеріали, обладнання та інвентар", 214500, 198362),
    ("2230", "Продукти харчування", 486000, 471925),
    ("2274", "Оплата природного газу", 178600, 161233),
]
B_APP = sum(b[2] for b in BUDGET)
B_SP = sum(b[3] for b in BUDGET)
B_EC = B_APP - B_SP
PCT_SPENT = round(B_SP * 100 / B_APP, 1)
assert (B_APP, B_SP, B_EC) == (12891500, 12803055, 88445), (B_APP, B_SP, B_EC)
assert PCT_SPENT == 99.3


def m(v):
    return ua(v, 2)


def build():
    blocks = [
        ("p", "Затверджую"),
        ("p", "Директор територіального центру"),
        ("p", "20.01.2025"),
        ("h", "ЗВІТ про роботу Територіального центру соціального обслуговування (надання соціальних "
              "послуг) Тиврівської селищної ради Вінницької області за 2024 рік", 1),
        ("p", "Територіальний центр соціального обслуговування (надання соціальних послуг) Тиврівської "
              "селищної ради (далі – Територіальний центр) є бюджетною установою, що діє на підставі "
              "Положення, затвердженого рішенням 21 сесії 8 скликання Тиврівської селищної ради від "
              "23.02.2022 № 0417. Код ЄДРПОУ 41870296."),
        ("p", "Територіальний центр надає соціальні послуги громадянам похилого віку, особам з "
              "інвалідністю, хворим, які не здатні до самообслуговування, внутрішньо переміщеним особам "
              "та іншим вразливим категоріям населення громади, у якій проживає близько 27 тисяч осіб. "
              "До складу Територіального центру входять відділення соціальної допомоги вдома, "
              "відділення денного перебування, стаціонарне відділення постійного або тимчасового "
              "проживання на 25 ліжко-місць та відділення організації надання адресної натуральної "
              "та грошової допомоги."),
        ("h", "1. Прийняття на обслуговування", 2),
        ("p", "Протягом 2024 року до Територіального центру надійшло 156 заяв про надання соціальних "
              "послуг. За результатами оцінки індивідуальних потреб взято на обслуговування 149 осіб, "
              "7 заявникам відмовлено через відсутність підстав."),
        ("p", "Знято з обслуговування 131 особу, з них у зв’язку зі смертю – 58, зі зміною місця "
              "проживання – 19, з влаштуванням до інтернатних установ – 11, за власним бажанням – 43."),
        ("h", "2. Отримувачі соціальних послуг", 2),
        ("p", "Таблиця 1. Кількість отримувачів соціальних послуг за формами обслуговування у 2024 році"),
        ("table", [["№ з/п", "Форма обслуговування", "Обслуговано осіб", "Надано послуг"]]
            + [[str(i + 1), n, ua(p), ua(s)] for i, (n, p, s) in enumerate(FORMS)]
            + [["", "Разом", ua(TOT_P), ua(TOT_S)]]),
        ("p", "Для порівняння: у 2023 році Територіальний центр обслуговував 873 особи. Зростання "
              "пов’язане насамперед зі збільшенням кількості внутрішньо переміщених осіб."),
        ("p", "Відділення соціальної допомоги вдома обслуговувало 318 осіб, з них 74 особи – "
              "безоплатно, 229 – платно, 15 – з установленням диференційованої плати. Вартість однієї "
              "години догляду вдома у 2024 році становила 68,40 грн. Навантаження на одного "
              "соціального робітника – в середньому 11 осіб."),
        ("p", "Відділення денного перебування відвідувало 146 осіб, з них 38 внутрішньо переміщених "
              "осіб. Для них проведено 64 групові заходи (заняття гуртків, лекції, екскурсії, "
              "святкові концерти), у яких взяли участь 1 180 осіб."),
        ("p", "Адресну натуральну допомогу отримали 412 осіб на загальну суму 387,6 тис. грн, а саме: "
              "продуктові набори – 268 осіб, засоби гігієни – 144 особи."),
        ("h", "3. Кадрове забезпечення", 2),
        ("p", "Штатним розписом Територіального центру передбачено 46,5 штатної одиниці. Станом на "
              "31.12.2024 фактично працює 43 працівники, з них 29 соціальних робітників. "
              "Протягом року 12 працівників підвищили кваліфікацію на курсах при Вінницькому "
              "обласному центрі соціальних служб."),
        ("h", "4. Фінансове забезпечення", 2),
        ("p", "Таблиця 2. Використання коштів загального фонду у 2024 році, грн"),
        ("table", [["КЕКВ", "Найменування видатків", "Затверджено на рік", "Касові видатки", "Економія"]]
            + [[k, n, m(a), m(s), m(a - s)] for k, n, a, s in BUDGET]
            + [["", "Разом", m(B_APP), m(B_SP), m(B_EC)]]),
        ("p", f"Касові видатки загального фонду склали {ua(B_SP)} грн, або 99,3 % затверджених "
              "призначень. Економія утворилася переважно за рахунок листків непрацездатності та "
              "нижчих, ніж плановані, цін на природний газ."),
        ("p", "До спеціального фонду за 2024 рік від надання платних соціальних послуг надійшло "
              "612,4 тис. грн, використано 598,1 тис. грн (на оплату праці та придбання "
              "миючих засобів). Бюджет Територіального центру на 2025 рік затверджено в сумі "
              "13,9 млн грн."),
        ("h", "5. Якість послуг", 2),
        ("p", "У грудні 2024 року проведено анкетування отримувачів соціальних послуг, у якому "
              "взяли участь 120 отримувачів. Рівень задоволеності якістю соціальних послуг "
              "за результатами анкетування становить 95 %. Скарг на якість обслуговування протягом "
              "року не надходило."),
        ("p", "Адреса: 23300, Вінницька обл., смт Тиврів, вул. Шевченка, 9; тел. (04355) 0-21-47; "
              "e-mail: tcso.tyvriv@example.ua"),
    ]
    write_docx(report_path(DOC), blocks)


def gold():
    g = Gold(DOC, {
        "centre": CENTRE, "centre_type": "tcso", "settlement": "Тиврів", "oblast": "Вінницька",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, meta_alt={"centre": [CENTRE + " Вінницької області"]})
    f = g.f
    app = f("applied", "applications", 156,
            "надійшло 156 заяв про надання соціальних послуг")
    took = f("served", "persons", 149, "взято на обслуговування 149 осіб",
             label="взято на обслуговування", alt=["registered_new", "support_started"],
             parent=app)
    dereg = f("deregistered", "persons", 131, "Знято з обслуговування 131 особу",
              alt=["support_completed"])
    d1 = f("outcome_other", "persons", 58, "у зв'язку зі смертю – 58", label="смерть",
           group="deregistered_131_by_reason", alt=["deregistered"], parent=dereg)
    d2 = f("outcome_other", "persons", 19, "зі зміною місця проживання – 19",
           label="зміна місця проживання", group="deregistered_131_by_reason",
           alt=["deregistered"], parent=dereg)
    d3 = f("outcome_other", "persons", 11, "з влаштуванням до інтернатних установ – 11",
           label="влаштування до інтернатних установ", group="deregistered_131_by_reason",
           alt=["deregistered"], parent=dereg)
    d4 = f("outcome_other", "persons", 43, "за власним бажанням – 43", label="за власним бажанням",
           group="deregistered_131_by_reason", alt=["deregistered"], parent=dereg)
    # Table 1
    tot_row = f"Разом\t{TOT_P:,}\t{TOT_S:,}".replace(",", " ")
    tp = f("served", "persons", TOT_P, tot_row, label="Разом")
    ts = f("services_provided", "services", TOT_S, tot_row, label="Разом")
    services = ["home_care", "day_care", "residential_care", "natural_aid"]
    rp, rs = [], []
    for i, (n, p, s) in enumerate(FORMS):
        row = f"{i + 1}\t{n}\t{ua(p)}\t{ua(s)}".replace("\u00a0", " ")
        rp.append(f("served", "persons", p, row, service=services[i], label=n,
                    group="table1_persons_by_form", parent=tp))
        rs.append(f("services_provided", "services", s, row, service=services[i], label=n,
                    group="table1_services_by_form", parent=ts))
    # home care prose
    hc = f("served", "persons", 318, "Відділення соціальної допомоги вдома обслуговувало 318 осіб",
           service="home_care")
    h1 = f("served", "persons", 74, "з них 74 особи – безоплатно", service="home_care",
           label="безоплатно", group="home_care_318_by_payment", parent=hc)
    h2 = f("served", "persons", 229, "229 – платно", service="home_care", label="платно",
           group="home_care_318_by_payment", parent=hc)
    h3 = f("served", "persons", 15, "15 – з установленням диференційованої плати",
           service="home_care", label="з установленням диференційованої плати",
           group="home_care_318_by_payment", parent=hc)
    dc = f("served", "persons", 146, "Відділення денного перебування відвідувало 146 осіб",
           service="day_care")
    f("served", "persons", 38, "з них 38 внутрішньо переміщених осіб", service="day_care",
      category="внутрішньо переміщені особи", parent=dc)
    f("events", "events", 64, "проведено 64 групові заходи")
    f("event_participants", "persons", 1180, "у яких взяли участь 1 180 осіб")
    na = f("served", "persons", 412, "Адресну натуральну допомогу отримали 412 осіб",
           service="natural_aid")
    f("aid_value", "uah", 387600, "на загальну суму 387,6 тис. грн", service="natural_aid")
    n1 = f("served", "persons", 268, "продуктові набори – 268 осіб", service="natural_aid",
           label="продуктові набори", group="natural_aid_412_by_kind", parent=na)
    n2 = f("served", "persons", 144, "засоби гігієни – 144 особи", service="natural_aid",
           label="засоби гігієни", group="natural_aid_412_by_kind", parent=na)
    pos = f("staff_positions", "positions", 46.5,
            "Штатним розписом Територіального центру передбачено 46,5 штатної одиниці")
    act = f("staff_actual", "staff", 43, "фактично працює 43 працівники")
    sw = f("staff_actual", "staff", 29, "з них 29 соціальних робітників",
           label="соціальні робітники", parent=act)
    f("staff_trained", "staff", 12, "12 працівників підвищили кваліфікацію")
    # Table 2
    tot_b = f"Разом\t{m(B_APP)}\t{m(B_SP)}\t{m(B_EC)}".replace("\u00a0", " ")
    ba = f("budget_approved", "uah", B_APP, tot_b, label="Разом")
    bs = f("budget_spent", "uah", B_SP, tot_b, label="Разом")
    be = f("budget_savings", "uah", B_EC, tot_b, label="Разом")
    rows = []
    for k, n, a, s in BUDGET:
        row = f"{k}\t{n}\t{m(a)}\t{m(s)}\t{m(a - s)}".replace("\u00a0", " ")
        x = f("budget_approved", "uah", a, row, kekv=k, label=n, group="general_fund_approved",
              parent=ba)
        y = f("budget_spent", "uah", s, row, kekv=k, label=n, group="general_fund_spent",
              parent=bs)
        z = f("budget_savings", "uah", a - s, row, kekv=k, label=n, group="general_fund_savings",
              parent=be)
        rows.append((k, row, x, y, z))
    bsp2 = f("budget_spent", "uah", B_SP, f"Касові видатки загального фонду склали {ua(B_SP)} грн",
             percent=99.3, label="загальний фонд")
    f("budget_received", "uah", 612400, "надійшло 612,4 тис. грн", label="спеціальний фонд, платні послуги")
    f("budget_spent", "uah", 598100, "використано 598,1 тис. грн", label="спеціальний фонд, платні послуги")
    f("survey_respondents", "recipients", 120, "взяли участь 120 отримувачів", unit_alt="persons")
    f("satisfaction", "percent", 95, "за результатами анкетування становить 95 %")
    f("complaints", "complaints", 0, "Скарг на якість обслуговування протягом року не надходило")

    # checks
    g.check("parts_sum", "взято на обслуговування 149 осіб, 7 заявникам відмовлено",
            "149 taken on + 7 refused = 156 applications",
            {"kind": "sum", "parts": [took, 7], "total": app})
    g.check("parts_sum", "Знято з обслуговування 131 особу", "58 + 19 + 11 + 43 = 131",
            {"kind": "sum", "parts": [d1, d2, d3, d4], "total": dereg})
    g.check("table_arithmetic", tot_row, "Обслуговано осіб: 318 + 146 + 23 + 412 = 899",
            {"kind": "sum", "parts": rp, "total": tp})
    g.check("table_arithmetic", tot_row, "Надано послуг: 41 236 + 5 872 + 8 395 + 1 264 = 56 767",
            {"kind": "sum", "parts": rs, "total": ts})
    g.check("parts_sum", "Відділення соціальної допомоги вдома обслуговувало 318 осіб",
            "74 + 229 + 15 = 318 (= table row 1)", {"kind": "sum", "parts": [h1, h2, h3], "total": hc})
    g.check("parts_sum", "Адресну натуральну допомогу отримали 412 осіб", "268 + 144 = 412 (= table row 4)",
            {"kind": "sum", "parts": [n1, n2], "total": na})
    g.check("table_arithmetic", tot_b, "Затверджено: column sums to 12 891 500,00",
            {"kind": "sum", "parts": [r[2] for r in rows], "total": ba})
    g.check("table_arithmetic", tot_b, "Касові видатки: column sums to 12 803 055,00",
            {"kind": "sum", "parts": [r[3] for r in rows], "total": bs})
    g.check("table_arithmetic", tot_b, "Економія: column sums to 88 445,00",
            {"kind": "sum", "parts": [r[4] for r in rows], "total": be})
    g.check("table_arithmetic", tot_b, "Разом: 12 891 500 − 12 803 055 = 88 445",
            {"kind": "diff", "a": ba, "b": bs, "c": be})
    for k, row, x, y, z in rows:
        g.check("table_arithmetic", row, f"КЕКВ {k}: економія = затверджено − касові видатки",
                {"kind": "diff", "a": x, "b": y, "c": z})
    g.check("percent_mismatch", "або 99,3 % затверджених призначень",
            "12 803 055 / 12 891 500 = 99.31 % → 99,3", {"kind": "pct", "k": bsp2, "n": ba,
                                                         "p": "%s.percent" % bsp2, "decimals": 1})
    g.check("parts_sum", "з них 29 соціальних робітників", "29 social workers ≤ 43 staff ≤ 46,5 positions",
            {"kind": "le", "a": act, "b": pos})

    # skipped
    g.skip("20.01.2025", [20, 1, 2025], "approval date of the report")
    g.skip("рішенням 21 сесії 8 скликання Тиврівської селищної ради від 23.02.2022 № 0417",
           [21, 8, 23, 2, 2022, 417], "session, convocation, decision date and number")
    g.skip("Код ЄДРПОУ 41870296", [41870296], "ЄДРПОУ code")
    g.skip("близько 27 тисяч осіб", [27000], "population of the hromada")
    g.skip("на 25 ліжко-місць", [25], "capacity of the residential unit")
    g.skip("7 заявникам відмовлено через відсутність підстав", [7],
           "refusals; no §3 id (used in checks: 149 + 7 = 156)")
    g.skip("Таблиця 1.", [1], "table number")
    g.skip("1\tСоціальна допомога вдома (догляд вдома)", [1, 2, 3, 4], "row numbers (№ з/п) of Таблиця 1")
    g.skip("у 2023 році Територіальний центр обслуговував 873 особи", [2023, 873], "prior-year figure")
    g.skip("Вартість однієї години догляду вдома у 2024 році становила 68,40 грн", [68.4],
           "price per hour (tariff)")
    g.skip("Навантаження на одного соціального робітника – в середньому 11 осіб", [1, 11], "ratio")
    g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")
    g.skip("Таблиця 2.", [2], "table number")
    g.skip("КЕКВ\tНайменування видатків", [2111, 2120, 2210, 2230, 2274],
           "KEKV codes (in kekv, not values)")
    g.skip("Бюджет Територіального центру на 2025 рік затверджено в сумі 13,9 млн грн",
           [2025, 13900000], "next year's budget")
    g.skip("23300, Вінницька обл., смт Тиврів, вул. Шевченка, 9; тел. (04355) 0-21-47",
           [23300, 9, 4355, 2147], "postcode, address, phone")

    g.note("table rows: every cell is a fact quoted by its row; rows hang on the Разом cell of the "
           "same column (parent_id) with one group per column")
    g.note("«взято на обслуговування» → served (alt registered_new, support_started), as the seed "
           "gold does; «знято з обслуговування» → deregistered (alt support_completed), reasons → "
           "outcome_other with the reason as label (alt deregistered)")
    g.note("prose repeats table row 1 (318), row 3 is not repeated, row 2 (146) and row 4 (412) are "
           "repeated in prose: a figure written twice is two facts")
    g.note("«46,5 штатної одиниці» → staff_positions 46.5 (positions)")
    g.note("the prose total of cash expenditure (12 803 055 грн, 99,3 %) repeats the table's Разом: two facts")
    g.note("special fund: received and spent → budget_received / budget_spent with label, no kekv")
    g.note("«120 отримувачів» without a further kind → recipients (unit_alt persons)")
    g.note("no planted slip: every sum, difference and percentage in this report holds")
    g.write()


if __name__ == "__main__":
    build()
    gold()
