"""b26_03: КУ «ЦНСП» Калинівської міської ради (Вінницька), information for 9 months of 2026.
windows-1251 plain text with CRLF, third-person voice, numbers partly in words, home care by starosta district."""
from common import Gold, report_path, write_text

NAME = "b26_03_kalynivka_cnsp_9m2026.txt"

TEXT = """КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»
КАЛИНІВСЬКОЇ МІСЬКОЇ РАДИ ВІННИЦЬКОЇ ОБЛАСТІ
22400, м. Калинівка, вул. Незалежності, 31, тел. (04333) 0-21-47, cnsp.kalynivka@example.ua

Управлінню соціального захисту населення
Калинівської міської ради

ІНФОРМАЦІЯ
про діяльність установи за 9 місяців 2026 року

Установа обслуговує мешканців Калинівської міської територіальної громади (34,6 тис. осіб,
43 населені пункти, 9 старостинських округів). Нижче наведено основні показники роботи
за січень – вересень 2026 року.

Звернення та оцінка потреб

Упродовж звітного періоду до установи звернулися 409 осіб, з них 63 – внутрішньо переміщені
особи. Визначення індивідуальних потреб проведено 214 особам; ще 9 осіб перебувають у черзі
на отримання послуги денного догляду.

Отримувачі послуг

Соціальні послуги за дев'ять місяців отримали 376 осіб, у тому числі:
  - догляд вдома – 148 осіб;
  - денний догляд – 22 особи;
  - консультування – 131 особа;
  - соціальна адаптація – 29 осіб;
  - натуральна допомога – 46 осіб.

Послугу догляду вдома отримувачам надають у всіх старостинських округах. За місцем
проживання 148 отримувачів догляду вдома розподіляються так: м. Калинівка – 57,
Гущинецький округ – 31, Павлівський округ – 24, Черепашинецький округ – 19,
Сальницький округ – 21. Соціальними робітниками надано 11 284 послуги догляду вдома.
На платній основі послугу отримують дванадцять осіб (тариф – 74 грн за годину).

Соціальний супровід

Під соціальним супроводом установи перебувало 19 сімей, у яких виховується 41 дитина.
Протягом періоду під супровід взято вісім сімей, завершено супровід семи сімей: у шести
з них складні життєві обставини подолано, одна сім'я вибула за межі громади. Станом на
30 вересня супровід продовжується для 12 сімей.

Групова робота

Фахівці провели 12 групових заходів (заняття «Школи догляду», зустрічі груп
взаємопідтримки), у яких взяли участь 164 особи. Тривалість одного заняття – 1,5 години.

Кадри

Штатним розписом передбачено 47 посад, фактично працює 44 особи. Навчання за програмами
підвищення кваліфікації пройшли 12 працівників, ще 3 працівники перебувають у декретній
відпустці.

Фінансування

Касові видатки на утримання установи за 9 місяців склали 7 416,2 тис. грн, або 71,3 % річних
призначень (10 401,4 тис. грн). Заборгованості із заробітної плати немає.

Звернення громадян

Надійшло дві скарги на дії працівників, обидві розглянуто у встановлений строк; одна з них
визнана обґрунтованою, з працівником проведено роботу.

Директор                                   (підпис)
Вих. № 01-14/412 від 06.10.2026
"""
write_text(report_path(NAME), TEXT, encoding="cp1251", newline="\r\n")

g = Gold(NAME, {
    "centre": "Центр надання соціальних послуг Калинівської міської ради", "centre_type": "cnsp",
    "settlement": "Калинівка", "oblast": "Вінницька", "report_kind": "period_report",
    "period_start": "2026-01-01", "period_end": "2026-09-30"},
    {"centre": ["Комунальна установа «Центр надання соціальних послуг» Калинівської міської ради",
                "КУ «Центр надання соціальних послуг» Калинівської міської ради"]})
f = g.f
ap = f("applied", "persons", 409, "до установи звернулися 409 осіб")
ip = f("applied", "persons", 63, "з них 63 – внутрішньо переміщені\nособи", category="внутрішньо переміщені особи", parent=ap)
na = f("needs_assessed", "persons", 214, "Визначення індивідуальних потреб проведено 214 особам")
sv = f("served", "persons", 376, "Соціальні послуги за дев'ять місяців отримали 376 осіб")
GS = "served_376_by_service"
s1 = f("served", "persons", 148, "догляд вдома – 148 осіб", service="home_care", group=GS, parent=sv)
s2 = f("served", "persons", 22, "денний догляд – 22 особи", service="day_care", group=GS, parent=sv)
s3 = f("served", "persons", 131, "консультування – 131 особа", service="counselling", group=GS, parent=sv)
s4 = f("served", "persons", 29, "соціальна адаптація – 29 осіб", service="social_adaptation", group=GS, parent=sv)
s5 = f("served", "persons", 46, "натуральна допомога – 46 осіб", service="natural_aid", group=GS, parent=sv)
hc = f("served", "recipients", 148, "За місцем\nпроживання 148 отримувачів догляду вдома", service="home_care", label="повторно, перед розподілом за округами", unit_alt="persons")
GD = "home_care_148_by_district"
d1 = f("served", "recipients", 57, "м. Калинівка – 57", service="home_care", district="м. Калинівка", group=GD, parent=hc, unit_alt="persons")
d2 = f("served", "recipients", 31, "Гущинецький округ – 31", service="home_care", district="Гущинецький", group=GD, parent=hc, unit_alt="persons")
d3 = f("served", "recipients", 24, "Павлівський округ – 24", service="home_care", district="Павлівський", group=GD, parent=hc, unit_alt="persons")
d4 = f("served", "recipients", 19, "Черепашинецький округ – 19", service="home_care", district="Черепашинецький", group=GD, parent=hc, unit_alt="persons")
d5 = f("served", "recipients", 21, "Сальницький округ – 21", service="home_care", district="Сальницький", group=GD, parent=hc, unit_alt="persons")
sp = f("services_provided", "services", 11284, "Соціальними робітниками надано 11 284 послуги догляду вдома", service="home_care")
paid = f("served", "persons", 12, "На платній основі послугу отримують дванадцять осіб", service="home_care", label="на платній основі", parent=hc, note="number in words")
sup = f("served", "families", 19, "Під соціальним супроводом установи перебувало 19 сімей", service="social_support_sjo", alt=["support_ongoing"])
ch = f("served", "children", 41, "у яких виховується 41 дитина", service="social_support_sjo", alt=["support_ongoing"], parent=sup)
stt = f("support_started", "families", 8, "під супровід взято вісім сімей", service="social_support_sjo", parent=sup, note="number in words")
cmp_ = f("support_completed", "families", 7, "завершено супровід семи сімей", service="social_support_sjo", parent=sup, note="number in words")
pos_ = f("outcome_positive", "families", 6, "у шести\nз них складні життєві обставини подолано", service="social_support_sjo", group="completed_7_by_outcome", parent=cmp_, note="number in words")
oth = f("outcome_other", "families", 1, "одна сім'я вибула за межі громади", service="social_support_sjo", label="вибула за межі громади", group="completed_7_by_outcome", parent=cmp_, note="number in words")
ong = f("support_ongoing", "families", 12, "супровід продовжується для 12 сімей", service="social_support_sjo", parent=sup)
ev = f("events", "events", 12, "Фахівці провели 12 групових заходів")
f("event_participants", "persons", 164, "у яких взяли участь 164 особи", parent=ev)
psn = f("staff_positions", "positions", 47, "Штатним розписом передбачено 47 посад")
act = f("staff_actual", "staff", 44, "фактично працює 44 особи")
trn = f("staff_trained", "staff", 12, "пройшли 12 працівників")
spent = f("budget_spent", "uah", 7416200, "Касові видатки на утримання установи за 9 місяців склали 7 416,2 тис. грн, або 71,3 % річних\nпризначень", percent=71.3, label="утримання установи, 9 місяців")
appr = f("budget_approved", "uah", 10401400, "(10 401,4 тис. грн)", label="річні призначення 2026 року", note="the annual approval of the year the 9 months belong to")
cpl = f("complaints", "complaints", 2, "Надійшло дві скарги на дії працівників", note="number in words")

g.slip("parts_sum", "error", "За місцем\nпроживання 148 отримувачів догляду вдома розподіляються так: м. Калинівка – 57,\nГущинецький округ – 31, Павлівський округ – 24, Черепашинецький округ – 19,\nСальницький округ – 21.",
       152, 148, [hc, d1, d2, d3, d4, d5],
       "the five districts (town + four starosta districts) partition the 148 home-care recipients but sum to 57+31+24+19+21 = 152: 4 extra",
       f"{d1} + {d2} + {d3} + {d4} + {d5} == {hc}")
g.check("parts_sum", "Соціальні послуги за дев'ять місяців отримали 376 осіб, у тому числі:", "148+22+131+29+46 = 376", f"{s1} + {s2} + {s3} + {s4} + {s5} == {sv}")
g.check("internal_conflict", "За місцем\nпроживання 148 отримувачів догляду вдома", "148 home-care recipients = the services list line", f"{hc} == {s1}")
g.check("parts_sum", "до установи звернулися 409 осіб, з них 63", "63 ≤ 409; 376 served ≤ 409 applied; 214 assessed ≤ 409", f"{ip} <= {ap} and {sv} <= {ap} and {na} <= {ap}")
g.check("parts_sum", "у шести\nз них складні життєві обставини подолано, одна сім'я вибула за межі громади", "6 + 1 = 7 completed", f"{pos_} + {oth} == {cmp_}")
g.check("parts_sum", "супровід продовжується для 12 сімей", "7 completed + 12 continuing = 19", f"{cmp_} + {ong} == {sup}")
g.check("parts_sum", "На платній основі послугу отримують дванадцять осіб", "12 paid ≤ 148", f"{paid} <= {hc}")
g.check("percent_mismatch", "або 71,3 % річних\nпризначень (10 401,4 тис. грн)", "7 416,2 / 10 401,4 = 71,30 %", f"pct_ok(p{spent[1:]}, {spent}, {appr}, 1)")
g.check("parts_sum", "фактично працює 44 особи", "44 ≤ 47; 12 trained ≤ 44", f"{act} <= {psn} and {trn} <= {act}")

S = g.skip
S("22400, м. Калинівка, вул. Незалежності, 31, тел. (04333) 0-21-47", [22400, 31, 4333, 0, 21, 47], "postcode, address, phone")
S("за 9 місяців 2026 року", [9, 2026], "period")
S("(34,6 тис. осіб,\n43 населені пункти, 9 старостинських округів)", [34.6, 43, 9], "population, settlements, districts")
S("за січень – вересень 2026 року", [2026], "period")
S("ще 9 осіб перебувають у черзі\nна отримання послуги денного догляду", [9], "waiting list")
S("(тариф – 74 грн за годину)", [74], "tariff")
S("Станом на\n30 вересня", [30], "date")
S("Тривалість одного заняття – 1,5 години.", [1.5], "duration")
S("ще 3 працівники перебувають у декретній\nвідпустці", [3], "staff on leave: no §3 id")
S("Касові видатки на утримання установи за 9 місяців", [9], "period length")
S("одна з них\nвизнана обґрунтованою", [1], "complaints found justified: no §3 id (word «одна»)")
S("Вих. № 01-14/412 від 06.10.2026", [1, 14, 412, 6, 10, 2026], "outgoing number and date")
g.note("the 148 home-care recipients are written twice (services list and the district breakdown): two facts; the district breakdown is the planted parts_sum slip")
g.note("the district breakdown counts «отримувачів» (no further kind): unit recipients, unit_alt persons, as the convention for bare «отримувачі»")
g.note("numbers in words are facts: «дванадцять», «вісім», «семи», «шести», «одна» (сім'я), «дві» (скарги)")
g.note("«Касові видатки … 7 416,2 тис. грн, або 71,3 % річних призначень (10 401,4 тис. грн)» → budget_spent with percent 71,3; the annual approval is budget_approved")
g.note("«Навчання … пройшли 12 працівників» → staff_trained")
g.write()
