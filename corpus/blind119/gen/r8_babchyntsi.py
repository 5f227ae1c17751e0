"""b119_08: **calculation of the cost of a social service** («розрахунок вартості соціальної послуги догляду вдома»)
of the КУ «ЦНСП» Бабчинецької сільської ради (Вінницька), on the actual figures of 2024, for the 2025 tariff.
DOCX with three tables (source data, cost items by KEKV, time norms per visit) and a short explanatory note."""
from docx import Document
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip, FACT_KEYS

DOC = "b119_08_babchyntsi_cnsp_cost2024.docx"
path = report_path(DOC)

d = Document()
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)
P = d.add_paragraph

def table(rows, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
    return t

P("Додаток 2\nдо рішення виконавчого комітету\nБабчинецької сільської ради\nвід 23.01.2025 № 14")
d.add_heading("РОЗРАХУНОК\nвартості соціальної послуги догляду вдома, що надається КУ «Центр надання соціальних послуг» "
              "Бабчинецької сільської ради, на 2025 рік", 1)
P("Розрахунок здійснено відповідно до Методичних рекомендацій розрахунку вартості соціальних послуг, затверджених "
  "Мінсоцполітики, на підставі фактичних показників діяльності відділення соціальної допомоги вдома за 2024 рік "
  "(24531, Вінницька обл., Могилів-Подільський р-н, с. Бабчинці, вул. Миру, 6; тел. (04337) 0-25-63; ЄДРПОУ 44609127).")
P("Таблиця 1. Вихідні дані (2024 рік)")
table([("№ з/п", "Показник", "Значення"),
       ("1", "Кількість отримувачів послуги протягом року, осіб", "58"),
       ("2", "з них на платній основі, осіб", "11"),
       ("3", "Кількість соціальних робітників (фактично), осіб", "9"),
       ("4", "Штатна чисельність соціальних робітників, посад", "9,5"),
       ("5", "Річний фонд робочого часу одного соціального робітника, год", "1 992"),
       ("6", "Частка часу на безпосереднє надання послуги, %", "75"),
       ("7", "Фонд часу на надання послуги (р. 3 × р. 5 × р. 6), год", "13 446"),
       ("8", "Кількість наданих послуг (відвідувань) за рік", "7 236")])
P("Таблиця 2. Витрати на надання послуги за 2024 рік (касові видатки), грн")
table([("КЕКВ", "Стаття витрат", "Сума, грн"),
       ("2111", "Заробітна плата соціальних робітників", "1 486 320,00"),
       ("2120", "Нарахування на оплату праці (22 %)", "326 990,40"),
       ("2210", "Предмети, матеріали (спецодяг, мийні засоби)", "18 450,00"),
       ("2240", "Оплата послуг (крім комунальних)", "12 300,00"),
       ("2250", "Проїзд соціальних робітників", "9 840,00"),
       ("2270", "Оплата комунальних послуг (частка приміщення)", "21 560,00"),
       ("", "Разом прямі витрати", "1 857 460,40"),
       ("", "Адміністративні витрати (10 % прямих витрат)", "185 746,04"),
       ("", "Усього витрат на надання послуги", "2 043 206,44")])
P("Вартість однієї години послуги: 2 043 206,44 грн : 13 446 год = 151,96 грн. Вартість одного відвідування "
  "(середня тривалість 1,86 год) – 282,37 грн.")
P("Таблиця 3. Норми часу на виконання окремих робіт під час відвідування")
table([("Вид роботи", "Норма часу, хв"),
       ("Прибирання житла", "45"),
       ("Приготування їжі", "60"),
       ("Придбання та доставка продуктів, ліків", "40"),
       ("Оплата комунальних послуг", "30")])
d.add_heading("Пояснювальна записка", 2)
P("Протягом 2024 року послугу догляду вдома отримали 58 осіб: 31 – безоплатно, 11 – на платній основі, 16 – з установленням "
  "диференційованої плати. Взято на обслуговування 12 осіб, знято з обслуговування 9 осіб. Станом на 01.01.2025 послугу "
  "отримують 49 осіб; у черзі на отримання послуги перебувають 3 особи. Оцінку потреб проведено 14 особам.")
P("Кошторисом Центру на 2024 рік на утримання відділення затверджено 1 960,0 тис. грн. До спеціального фонду у 2024 році "
  "надійшло 38 412,00 грн плати за послугу.")
P("Пропонується встановити з 01.03.2025 тариф на платну послугу догляду вдома – 151,96 грн за годину; для отримувачів "
  "з диференційованою платою – від 5 до 75 % тарифу залежно від середньомісячного доходу.")
P("Головний бухгалтер                          (підпис)\nДиректор                                   (підпис)")
fix_docx_props(d, author="ЦНСП Бабчинці")
d.save(path)
freeze_zip(path)

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Бабчинецької сільської ради",
    "centre_type": "cnsp", "settlement": "Бабчинці", "oblast": "Вінницька",
    "report_kind": "other", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Бабчинецької сільської ради",
                         "КУ «Центр надання соціальних послуг» Бабчинецької сільської ради"],
              "settlement": ["Бабчинецька сільська громада"],
              "report_kind": ["period_report"],
              "period_start": ["2025-01-01"], "period_end": ["2025-12-31"]})
F = g.f
t1 = F("served", "persons", 58, "1\tКількість отримувачів послуги протягом року, осіб\t58", service="home_care", label="таблиця 1")
t2 = F("served", "persons", 11, "2\tз них на платній основі, осіб\t11", service="home_care", parent=t1, label="на платній основі")
t3 = F("staff_actual", "staff", 9, "3\tКількість соціальних робітників (фактично), осіб\t9", label="соціальні робітники")
t4 = F("staff_positions", "positions", 9.5, "4\tШтатна чисельність соціальних робітників, посад\t9,5", label="соціальні робітники")
t8 = F("services_provided", "services", 7236, "8\tКількість наданих послуг (відвідувань) за рік\t7 236", service="home_care")
k = {}
for code, q, v in [("2111", "2111\tЗаробітна плата соціальних робітників\t1 486 320,00", 1486320),
                   ("2120", "2120\tНарахування на оплату праці (22 %)\t326 990,40", 326990.4),
                   ("2210", "2210\tПредмети, матеріали (спецодяг, мийні засоби)\t18 450,00", 18450),
                   ("2240", "2240\tОплата послуг (крім комунальних)\t12 300,00", 12300),
                   ("2250", "2250\tПроїзд соціальних робітників\t9 840,00", 9840),
                   ("2270", "2270\tОплата комунальних послуг (частка приміщення)\t21 560,00", 21560)]:
    k[code] = F("budget_spent", "uah", v, q, kekv=code)
dir_ = F("budget_spent", "uah", 1857460.4, "Разом прямі витрати\t1 857 460,40", label="разом прямі витрати")
for c in k:  # the KEKV lines come before their «Разом» row in the table: attach them now, keep the key order
    i = int(k[c][1:]) - 1
    fact = dict(g.facts[i], parent_id=dir_, parent_quote=g._by_id[dir_]["quote"], group="direct_costs_by_kekv")
    g.facts[i] = {key: fact[key] for key in FACT_KEYS if key in fact}
    g._by_id[k[c]] = g.facts[i]
adm = F("budget_spent", "uah", 185746.04, "Адміністративні витрати (10 % прямих витрат)\t185 746,04",
        label="адміністративні витрати (10 % прямих)", note="an allocation computed in the calculation; kept as a money row of the table")
tot = F("budget_spent", "uah", 2043206.44, "Усього витрат на надання послуги\t2 043 206,44",
        label="усього витрат на надання послуги")
pr = F("served", "persons", 58, "Протягом 2024 року послугу догляду вдома отримали 58 осіб", service="home_care")
grp = "served_58_by_payment"
p1 = F("served", "persons", 31, "31 – безоплатно", service="home_care", parent=pr, group=grp, label="безоплатно")
p2 = F("served", "persons", 11, "11 – на платній основі", service="home_care", parent=pr, group=grp, label="на платній основі")
p3 = F("served", "persons", 16, "16 – з установленням диференційованої плати", service="home_care", parent=pr, group=grp,
       label="з диференційованою платою")
tk = F("served", "persons", 12, "Взято на обслуговування 12 осіб", service="home_care", alt=["registered_new", "support_started"])
dr = F("deregistered", "persons", 9, "знято з обслуговування 9 осіб", service="home_care")
og = F("support_ongoing", "persons", 49, "Станом на 01.01.2025 послугу отримують 49 осіб", service="home_care", alt=["served"])
na = F("needs_assessed", "persons", 14, "Оцінку потреб проведено 14 особам")
ba = F("budget_approved", "uah", 1960000, "на утримання відділення затверджено 1 960,0 тис. грн", label="відділення соціальної допомоги вдома, 2024")
br = F("budget_received", "uah", 38412, "надійшло 38 412,00 грн плати за послугу", label="спеціальний фонд, плата за послугу")

kk = " + ".join(k.values())
g.slip("table_arithmetic", "error", "Разом прямі витрати\t1 857 460,40", 1857460.4, 1875460.4, [dir_] + list(k.values()),
       "the six KEKV lines sum to 1 875 460,40 грн, but «Разом прямі витрати» says 1 857 460,40 (two digits swapped, 18 000 грн short). "
       "The administrative 10 % and the total were computed from the wrong sum, so the hourly cost 151,96 грн is understated.",
       f"near({kk}, {dir_})")
g.check("table_arithmetic", "Адміністративні витрати (10 % прямих витрат)\t185 746,04",
        "10 % of the written direct costs: 1 857 460,40 × 0,1 = 185 746,04; total 1 857 460,40 + 185 746,04 = 2 043 206,44",
        f"near({dir_} * 0.1, {adm}) and near({dir_} + {adm}, {tot})")
g.check("table_arithmetic", "2120\tНарахування на оплату праці (22 %)\t326 990,40", "22 % of 1 486 320,00 = 326 990,40",
        f"near({k['2111']} * 0.22, {k['2120']})")
g.check("table_arithmetic", "7\tФонд часу на надання послуги (р. 3 × р. 5 × р. 6), год\t13 446",
        "9 × 1 992 × 0,75 = 13 446 год (literals; hours are skipped)", f"{t3} * 1992 * 75 == 13446 * 100")
g.check("parts_sum", "31 – безоплатно, 11 – на платній основі, 16 – з установленням диференційованої плати",
        "31 + 11 + 16 = 58", f"{p1} + {p2} + {p3} == {pr}")
g.check("internal_conflict", "Протягом 2024 року послугу догляду вдома отримали 58 осіб",
        "the note repeats table 1: 58 recipients, 11 paying", f"{pr} == {t1} and {p2} == {t2}")
g.check("parts_sum", "Станом на 01.01.2025 послугу отримують 49 осіб", "58 − 9 taken off = 49 at the end", f"{pr} - {dr} == {og}")
g.check("parts_sum", "3\tКількість соціальних робітників (фактично), осіб\t9", "9 ≤ 9,5", f"{t3} <= {t4}")
g.check("parts_sum", "на утримання відділення затверджено 1 960,0 тис. грн",
        "even the correct direct costs (1 875 460,40) stay within the approval; the 2024 total with the allocation (2 043 206,44) "
        "is a calculated cost, not spending against the approval", f"{kk} <= {ba}")

g.skip("Додаток 2", [2, 23, 1, 2025, 14], "annex number, decision date and number")
g.skip("вартості соціальної послуги догляду вдома, що надається КУ «Центр надання соціальних послуг» Бабчинецької сільської ради, на 2025 рік",
       [2025], "year the tariff is for")
g.skip("за 2024 рік (24531, Вінницька обл., Могилів-Подільський р-н, с. Бабчинці, вул. Миру, 6; тел. (04337) 0-25-63; ЄДРПОУ 44609127)",
       [2024, 24531, 6, 4337, 2563, 44609127], "year, postcode, address, phone, ЄДРПОУ")
g.skip("Таблиця 1. Вихідні дані (2024 рік)", [1, 2024], "table number, year")
g.skip("№ з/п", [1, 2, 3, 4, 5, 6, 7, 8], "row numbers of table 1")
g.skip("5\tРічний фонд робочого часу одного соціального робітника, год\t1 992", [5, 1992], "working-time fund in hours (duration)")
g.skip("6\tЧастка часу на безпосереднє надання послуги, %\t75", [6, 75], "a norm of the calculation (share of time), not an indicator")
g.skip("7\tФонд часу на надання послуги (р. 3 × р. 5 × р. 6), год\t13 446", [7, 3, 5, 6, 13446], "hours (duration) and row references")
g.skip("Таблиця 2. Витрати на надання послуги за 2024 рік (касові видатки), грн", [2, 2024], "table number, year")
g.skip("2111\tЗаробітна плата соціальних робітників\t1 486 320,00", [2111, 2120, 2210, 2240, 2250, 2270], "KEKV codes (in the kekv field)")
g.skip("Нарахування на оплату праці (22 %)", [22], "contribution rate")
g.skip("Адміністративні витрати (10 % прямих витрат)", [10], "allocation rate")
g.skip("Вартість однієї години послуги: 2 043 206,44 грн : 13 446 год = 151,96 грн.", [2043206.44, 13446, 151.96],
       "the total and hours repeated inside a formula; cost per hour (tariff)")
g.skip("(середня тривалість 1,86 год) – 282,37 грн", [1.86, 282.37], "duration, cost per visit")
g.skip("Таблиця 3. Норми часу на виконання окремих робіт під час відвідування", [3, 45, 60, 40, 30], "table number, time norms in minutes")
g.skip("у черзі на отримання послуги перебувають 3 особи", [3], "waiting list (no §3 id)")
g.skip("Кошторисом Центру на 2024 рік", [2024], "year")
g.skip("Пропонується встановити з 01.03.2025 тариф на платну послугу догляду вдома – 151,96 грн за годину; для отримувачів з диференційованою платою – від 5 до 75 % тарифу залежно від середньомісячного доходу.",
       [1, 3, 2025, 151.96, 5, 75], "proposed tariff and its date, percentage range of the tariff")

g.note("A cost calculation (розрахунок вартості) → report_kind other (meta_alt period_report). Its figures are the actual figures of 2024, so the period is 2024 (meta_alt 2025, the year the tariff is for).")
g.note("Table 2 is headed «касові видатки» for 2024 → each KEKV line is budget_spent with kekv (no service: money rows carry none); «Разом прямі витрати», the administrative 10 % and «Усього» are budget_spent rows with labels. The administrative line is an allocation computed in the calculation; a reader may reasonably skip it and the «Усього» that includes it.")
g.note("Planted slip: the KEKV lines sum to 1 875 460,40 but «Разом прямі витрати» says 1 857 460,40 (table_arithmetic). Everything computed from it (10 %, total, hourly cost) is consistent with the wrong figure.")
g.note("Table 1 rows and the note's sentences repeat 58 and 11 → two facts each. Table 1 row 3 (social workers actually working) → staff_actual, row 4 → staff_positions 9,5; hours, norms, the 75 % share of time, tariffs and costs per hour/visit are skipped.")
g.note("«Станом на 01.01.2025 послугу отримують 49 осіб» → support_ongoing (alt served): on the register at the end of 2024.")
g.note("Money with kopecks is stored as a decimal number of hryvnias (326 990,40 → 326990.4).")
g.write()
