"""b122_07: Територіальний центр надання соціальних послуг Суботцівської сільської ради (Кіровоградська),
information bulletin on 2022, laid out in two text columns.

Less common style: a DOCX whose body is a Word section with w:cols num=2 (with separator line); the left column
is prose, a column break moves to the right column, which is a text-box-free sidebar of figures («ЦИФРИ РОКУ»);
then a continuous one-column section holds a table spanning both columns; then two columns again for plans and
contacts. First person plural (newsletter voice)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_SECTION
from common import Gold, report_path, save_docx, docx_table, set_cols

NAME = "b122_07_subottsi_tcso_annual2022.docx"

d = docx.Document()
d.styles["Normal"].font.name = "Arial"
d.styles["Normal"].font.size = Pt(10)


def para(text, bold=False, center=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


# -- section 1: masthead, one column
set_cols(d.sections[0], 1)
para("Територіальний центр надання соціальних послуг Суботцівської сільської ради", bold=True, center=True, size=11)
para("ІНФОРМАЦІЙНИЙ ВІСНИК № 1 (5) • січень 2023", center=True, size=9)
para("ПІДСУМКИ РОБОТИ ЗА 2022 РІК", bold=True, center=True, size=16)

# -- section 2: two columns, prose | column break | sidebar of figures
s2 = d.add_section(WD_SECTION.CONTINUOUS)
set_cols(s2, 2, space=567, sep=True)
para("Рік, який змінив усе", bold=True, size=12)
para("2022 рік ми зустріли звичайними планами, а провели його в умовах війни. До нашої громади прибули сотні "
     "переселенців, і територіальний центр став для багатьох першим місцем, куди вони приходили по допомогу.")
para("За рік до нас надійшло 1 126 звернень. Соціальні послуги отримали 642 особи, з них 283 – внутрішньо "
     "переміщені особи. Взято на обслуговування 57 осіб, знято з обслуговування – 41.")
para("Послугу догляду вдома надавали 17 соціальних робітників. Середнє навантаження на одного робітника – "
     "7 підопічних, найвіддаленіше село розташоване за 23 км від центру.")
para("У квітні ми відкрили відділення денного перебування. Його відвідували 46 осіб, для них проведено "
     "64 заходи – гуртки, заняття з психологом, кіновечори, – участь у яких взяли 1 020 учасників.")
para("Гуманітарну допомогу (продукти, ковдри, засоби гігієни) отримала 301 особа на загальну суму 517,9 тис. грн.")
last = para("У грудні ми провели анкетування: взяли участь 87 отримувачів, 95,4 % з них задоволені якістю послуг. "
            "Скарг за рік – жодної. Надходження від платних послуг склали 74,2 тис. грн. У штаті 28 посад, "
            "працює 26 осіб.")
last.add_run().add_break(WD_BREAK.COLUMN)
para("ЦИФРИ РОКУ", bold=True, size=12)
for line in ("1 126 — звернень", "642 — отримувачі послуг", "283 — з них ВПО", "27 600 — наданих послуг",
             "17 — соціальних робітників", "0 — скарг", "5 років — працюємо для громади",
             "14 сіл — у зоні обслуговування"):
    para(line, bold=False, size=11)

# -- section 3: one column, table across the page width
s3 = d.add_section(WD_SECTION.CONTINUOUS)
set_cols(s3, 1)
para("Соціальні послуги у 2022 році", bold=True, center=True)
rows = [["Соціальна послуга", "Отримувачів, осіб", "з них ВПО", "Надано послуг"],
        ["Догляд вдома", "118", "9", "21 604"],
        ["Денний догляд", "46", "12", "4 312"],
        ["Натуральна допомога", "301", "187", "301"],
        ["Консультування", "154", "63", "1 287"],
        ["Соціальне таксі", "23", "2", "96"],
        ["Разом", "642", "283", "27 600"]]
docx_table(d, rows)

# -- section 4: two columns again
s4 = d.add_section(WD_SECTION.CONTINUOUS)
set_cols(s4, 2, space=567, sep=True)
para("Наші плани на 2023 рік", bold=True)
para("Відкрити 2 пункти прокату засобів реабілітації, довести кількість отримувачів догляду вдома до 130 осіб "
     "та запровадити послугу супроводу під час працевлаштування.")
last = para("Дякуємо всім, хто був поруч!")
last.add_run().add_break(WD_BREAK.COLUMN)
para("Контакти", bold=True)
para("27415, Кіровоградська обл., Кропивницький р-н, с. Суботці, вул. Шевченка, 50")
para("тел. (0522) 0-31-74-16, tcnsp.subottsi@example.ua")
para("Код ЄДРПОУ 41286307. Прийом: пн–пт, 8:00–17:00")
save_docx(d, report_path(NAME), author="ТЦНСП")

# ---------------------------------------------------------------- gold
g = Gold(NAME, {
    "centre": "Територіальний центр надання соціальних послуг Суботцівської сільської ради",
    "centre_type": "tcso", "settlement": "Суботці", "oblast": "Кіровоградська",
    "report_kind": "annual_report", "period_start": "2022-01-01", "period_end": "2022-12-31"},
    meta_alt={"centre_type": ["cnsp"], "report_kind": ["other"]})

AP = g.f("applied", "applications", 1126, "За рік до нас надійшло 1 126 звернень")
SV = g.f("served", "persons", 642, "Соціальні послуги отримали 642 особи")
VP = g.f("served", "persons", 283, "з них 283 – внутрішньо переміщені особи", category="внутрішньо переміщені особи",
         parent=SV)
g.f("served", "persons", 57, "Взято на обслуговування 57 осіб", alt=["registered_new", "support_started"])
g.f("deregistered", "persons", 41, "знято з обслуговування – 41")
SW = g.f("staff_actual", "staff", 17, "Послугу догляду вдома надавали 17 соціальних робітників",
         label="соціальні робітники")
DC = g.f("served", "persons", 46, "Його відвідували 46 осіб", service="day_care", note="repeat of the table row")
EV = g.f("events", "events", 64, "64 заходи")
g.f("event_participants", "persons", 1020, "участь у яких взяли 1 020 учасників", parent=EV)
NA = g.f("served", "persons", 301, "отримала 301 особа", service="natural_aid", note="repeat of the table row")
g.f("aid_value", "uah", 517900, "на загальну суму 517,9 тис. грн", service="natural_aid")
RS = g.f("survey_respondents", "persons", 87, "взяли участь 87 отримувачів", unit_alt="recipients")
SAT = g.f("satisfaction", "percent", 95.4, "95,4 % з них задоволені якістю послуг", alt=["share"])
g.f("complaints", "complaints", 0, "Скарг за рік – жодної", note="«жодної» = 0")
g.f("budget_received", "uah", 74200, "Надходження від платних послуг склали 74,2 тис. грн",
    label="платні соціальні послуги")
SP = g.f("staff_positions", "positions", 28, "У штаті 28 посад")
SA = g.f("staff_actual", "staff", 26, "працює 26 осіб")
# sidebar
g.f("applied", "applications", 1126, "1 126 — звернень", note="sidebar repeat")
S642 = g.f("served", "persons", 642, "642 — отримувачі послуг", note="sidebar repeat")
S283 = g.f("served", "persons", 283, "283 — з них ВПО", category="внутрішньо переміщені особи", parent=S642,
           note="sidebar repeat")
S276 = g.f("services_provided", "services", 27600, "27 600 — наданих послуг", note="sidebar repeat of the table total")
g.f("staff_actual", "staff", 17, "17 — соціальних робітників", label="соціальні робітники", note="sidebar repeat")
g.f("complaints", "complaints", 0, "0 — скарг", note="sidebar repeat")
# table
TOT = "Разом\t642\t283\t27 600"
T1 = g.f("served", "persons", 642, TOT, label="Разом (таблиця)")
T2 = g.f("served", "persons", 283, TOT, category="внутрішньо переміщені особи", label="Разом (таблиця), з них ВПО",
         parent=T1)
T3 = g.f("services_provided", "services", 27600, TOT, label="Разом (таблиця)")
trows = [("home_care", "Догляд вдома\t118\t9\t21 604", 118, 9, 21604),
         ("day_care", "Денний догляд\t46\t12\t4 312", 46, 12, 4312),
         ("natural_aid", "Натуральна допомога\t301\t187\t301", 301, 187, 301),
         ("counselling", "Консультування\t154\t63\t1 287", 154, 63, 1287),
         ("social_taxi", "Соціальне таксі\t23\t2\t96", 23, 2, 96)]
c1, c2, c3 = [], [], []
for svc, q, a, b, c in trows:
    r = g.f("served", "persons", a, q, service=svc, parent=T1, group="table_served")
    c1.append(r)
    c2.append(g.f("served", "persons", b, q, service=svc, category="внутрішньо переміщені особи", parent=T2,
                  group="table_served_idp"))
    c3.append(g.f("services_provided", "services", c, q, service=svc, parent=T3, group="table_services"))

g.slip("table_arithmetic", "error", TOT, 283, 273, [T2] + c2,
       "the «з них ВПО» column sums to 9 + 12 + 187 + 63 + 2 = 273, but Разом says 283; the prose and the sidebar "
       "repeat 283. The other two columns add up (642, 27 600).", " + ".join(c2) + f" == {T2}")
g.check("table_arithmetic", TOT, "118 + 46 + 301 + 154 + 23 = 642", " + ".join(c1) + f" == {T1}")
g.check("table_arithmetic", TOT, "21 604 + 4 312 + 301 + 1 287 + 96 = 27 600", " + ".join(c3) + f" == {T3}")
g.check("internal_conflict", "642 — отримувачі послуг", "prose, sidebar and table give 642 recipients, 283 IDPs, "
        "27 600 services; day care 46 and natural aid 301 equal their rows",
        f"{SV} == {S642} == {T1} and {VP} == {S283} == {T2} and {S276} == {T3} and {DC} == {c1[1]} and {NA} == {c1[2]}")
g.check("percent_impossible", "95,4 % з них задоволені якістю послуг", "95,4 % of 87 = 83 respondents (95,40 %)",
        f"grim_ok({SAT}, {RS}, 1)")
g.check("parts_sum", "У штаті 28 посад, працює 26 осіб", "26 ≤ 28; 17 social workers ≤ 26", f"{SW} <= {SA} <= {SP}")
g.check("parts_sum", "з них 283 – внутрішньо переміщені особи", "283 ≤ 642", f"{VP} <= {SV}")

g.skip("ІНФОРМАЦІЙНИЙ ВІСНИК № 1 (5) • січень 2023", [1, 5, 2023], "bulletin issue number and date")
g.skip("ПІДСУМКИ РОБОТИ ЗА 2022 РІК", [2022], "year")
g.skip("2022 рік ми зустріли звичайними планами", [2022], "year")
g.skip("Середнє навантаження на одного робітника – 7 підопічних, найвіддаленіше село розташоване за 23 км від центру",
       [1, 7, 23], "ratio and distance")
g.skip("5 років — працюємо для громади", [5], "years of work (sidebar)")
g.skip("14 сіл — у зоні обслуговування", [14], "settlement count (sidebar)")
g.skip("Соціальні послуги у 2022 році", [2022], "year in the table title")
g.skip("Наші плани на 2023 рік", [2023], "year")
g.skip("Відкрити 2 пункти прокату засобів реабілітації, довести кількість отримувачів догляду вдома до 130 осіб", [2, 130], "plans for 2023")
g.skip("27415, Кіровоградська обл., Кропивницький р-н, с. Суботці, вул. Шевченка, 50", [27415, 50], "postcode, address")
g.skip("тел. (0522) 0-31-74-16", [522, 317416], "phone")
g.skip("Код ЄДРПОУ 41286307. Прийом: пн–пт, 8:00–17:00", [41286307, 8, 0, 17, 0], "ЄДРПОУ, office hours")

g.note("two-column layout: the reader prints the left column, then the right-column sidebar, then the table, then the "
       "second two-column section; the column break gives no marker")
g.note("sidebar «ЦИФРИ РОКУ» lines are facts when they repeat a figure of the year (1 126, 642, 283, 27 600, 17, 0) "
       "and skipped otherwise (5 років, 14 сіл)")
g.note("a figure written in prose, the sidebar and the table is three facts")
g.note("the 283 IDPs appear as «з них» under 642 in prose, sidebar and table; in the table the IDP column hangs on "
       "its Разом cell, which hangs on the Разом of recipients")
g.note("«Територіальний центр надання соціальних послуг» → tcso (provider_types lists «територіальний центр надання "
       "соціальних послуг» as a tcso synonym); meta_alt allows cnsp")
g.note("published: only «січень 2023» is written (bulletin month, no day) → no published in meta. report_kind "
       "annual_report (a year's results), meta_alt other (a newsletter)")
g.note("«Скарг за рік – жодної» and the sidebar «0 — скарг» → complaints 0, twice")
g.note("«Взято на обслуговування 57 осіб» → served (alt registered_new, support_started); «знято з обслуговування – 41» "
       "→ deregistered")
g.write()
