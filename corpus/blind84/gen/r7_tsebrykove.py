"""b84_07 (less common style 1): КУ «ЦНСП» Цебриківської селищної ради (Одеська), annual report 2025.
DOCX whose key figures are in a native Word column chart (word/charts/chart1.xml, c:barChart, two
series «2024 рік» / «2025 рік», category and value caches), caption «Діаграма 1. …», prose that names
only some of the chart's figures. Slip: internal_conflict (prose says догляд вдома 114, chart 104)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip, bar_chart_xml, insert_chart

NAME = "b84_07_tsebrykove_cnsp_annual2025.docx"
d = docx.Document()
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(14)
fix_docx_props(d, "user")


def p(text, bold=False, center=False, italic=False, size=None):
    par = d.add_paragraph()
    r = par.add_run(text); r.bold = bold; r.italic = italic
    if size:
        r.font.size = Pt(size)
    if center:
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return par


CATS = ["Догляд вдома", "Денний догляд", "Натуральна допомога", "Консультування", "Соціальна адаптація",
        "Соціальне таксі", "Інформування"]
V24 = [96, 31, 402, 188, 27, 39, 311]
V25 = [104, 28, 437, 215, 33, 46, 358]

p("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»\nЦЕБРИКІВСЬКОЇ СЕЛИЩНОЇ РАДИ", bold=True, center=True)
p("67033, Одеська обл., Березівський р-н, смт Цебрикове, вул. Центральна, 40, тел. (04856) 0-93-14, "
  "ЄДРПОУ 44508133", center=True, size=10)
p("№ 03-07/12 від 16.01.2026", size=11)
p("Звіт про роботу КУ «Центр надання соціальних послуг» Цебриківської селищної ради за 2025 рік", bold=True, center=True)
p("")
p("У 2025 році до Центру звернулися 864 особи, оцінку потреб у соціальних послугах проведено 291 особі. "
  "Загалом протягом року Центр надав соціальні послуги 812 особам (з них 173 – внутрішньо переміщені особи), "
  "що на 39 осіб більше, ніж у 2024 році. Надано 9 417 соціальних послуг.")
p("Динаміку кількості отримувачів за видами послуг відображено на діаграмі 1.")
p("@@CHART1@@")
p("Діаграма 1. Кількість отримувачів соціальних послуг у 2024–2025 роках, осіб", italic=True, center=True, size=11)
p("")
p("Найбільше отримувачів традиційно має натуральна допомога – 437 осіб (у 2024 році – 402). Консультування "
  "отримали 215 осіб, догляд вдома – 114 осіб, соціальне таксі – 46 осіб з інвалідністю. Денний догляд "
  "відвідували на 3 особи менше, ніж попереднього року, через ремонт приміщення відділення з 1 березня по 30 квітня.")
p("Послугу догляду вдома надають 17 соціальних робітників, які обслуговують 14 населених пунктів громади; "
  "середнє навантаження – 6 отримувачів на одного працівника.")
p("Протягом року на обслуговування взято 97 осіб, знято з обслуговування 61 особу (з них 38 – у зв'язку зі смертю, "
  "23 – з інших причин). У відділенні денного догляду діють 2 групи по 14 місць.")
p("До Дня людей похилого віку та Міжнародного дня осіб з інвалідністю проведено 18 заходів, якими охоплено "
  "342 особи.")
p("У грудні 2025 року проведено опитування 52 отримувачів соціальних послуг: якістю послуг задоволені 96,2 % "
  "опитаних. Скарг протягом року не надходило.")
p("Касові видатки на утримання Центру у 2025 році склали 7 842,6 тис. грн, у тому числі: КЕКВ 2111 – "
  "5 402,3 тис. грн, КЕКВ 2120 – 1 188,5 тис. грн, КЕКВ 2273 – 412,0 тис. грн, інші видатки – 839,8 тис. грн.")
p("Штатним розписом передбачено 31 посаду, фактично працює 28 осіб.")
p("")
p("Директор КУ «ЦНСП»                    ________________")

path = report_path(NAME)
d.save(path)
chart = bar_chart_xml("Кількість отримувачів соціальних послуг, осіб", CATS,
                      [("2024 рік", V24), ("2025 рік", V25)], bar_dir="col")
insert_chart(path, "@@CHART1@@", chart, name="Діаграма 1")
freeze_zip(path, when=(2026, 1, 16, 9, 30, 0))

g = Gold(NAME, {
    "centre": "Комунальна установа «Центр надання соціальних послуг» Цебриківської селищної ради",
    "centre_type": "cnsp", "settlement": "Цебрикове", "oblast": "Одеська", "report_kind": "annual_report",
    "period_start": "2025-01-01", "period_end": "2025-12-31"},
    meta_alt={"centre": ["Центр надання соціальних послуг Цебриківської селищної ради",
                         "КУ «Центр надання соціальних послуг» Цебриківської селищної ради"]})
n = lambda x: x[1:]
ap = g.f("applied", "persons", 864, "до Центру звернулися 864 особи")
na = g.f("needs_assessed", "persons", 291, "оцінку потреб у соціальних послугах проведено 291 особі")
sv = g.f("served", "persons", 812, "Центр надав соціальні послуги 812 особам")
svi = g.f("served", "persons", 173, "з них 173 – внутрішньо переміщені особи", category="внутрішньо переміщені особи", parent=sv)
spv = g.f("services_provided", "services", 9417, "Надано 9 417 соціальних послуг")
SVC = ["home_care", "day_care", "natural_aid", "counselling", "social_adaptation", "social_taxi", "informing"]
ch = {}
for c, v, s in zip(CATS, V25, SVC):
    ch[s] = g.f("served", "persons", v, f"2025 рік – {c} – {v}", service=s, evidence="chart", parent=sv,
                note="from the chart's value cache (series «2025 рік»); `zvitparse read` prints nothing for the chart")
pn = g.f("served", "persons", 437, "натуральна допомога – 437 осіб", service="natural_aid")
pc = g.f("served", "persons", 215, "Консультування отримали 215 осіб", service="counselling")
ph = g.f("served", "persons", 114, "догляд вдома – 114 осіб", service="home_care")
pt = g.f("served", "persons", 46, "соціальне таксі – 46 осіб з інвалідністю", service="social_taxi", category="особи з інвалідністю")
tk = g.f("served", "persons", 97, "на обслуговування взято 97 осіб", alt=["registered_new", "support_started"])
dr = g.f("deregistered", "persons", 61, "знято з обслуговування 61 особу")
dr1 = g.f("deregistered", "persons", 38, "з них 38 – у зв'язку зі смертю", label="у зв'язку зі смертю", alt=["outcome_other"],
          group="dereg_61_by_reason", parent=dr)
dr2 = g.f("deregistered", "persons", 23, "23 – з інших причин", label="з інших причин", alt=["outcome_other"],
          group="dereg_61_by_reason", parent=dr)
ev = g.f("events", "events", 18, "проведено 18 заходів")
evp = g.f("event_participants", "persons", 342, "якими охоплено \n342 особи".replace(" \n", " "), parent=ev)
rs = g.f("survey_respondents", "recipients", 52, "проведено опитування 52 отримувачів соціальних послуг", unit_alt="persons")
sat = g.f("satisfaction", "percent", 96.2, "якістю послуг задоволені 96,2 %")
cm = g.f("complaints", "complaints", 0, "Скарг протягом року не надходило")
bs = g.f("budget_spent", "uah", 7842600, "Касові видатки на утримання Центру у 2025 році склали 7 842,6 тис. грн")
b1 = g.f("budget_spent", "uah", 5402300, "КЕКВ 2111 – 5 402,3 тис. грн", kekv="2111",
         group="spent_7842_6_by_kekv", parent=bs)
b2 = g.f("budget_spent", "uah", 1188500, "КЕКВ 2120 – 1 188,5 тис. грн", kekv="2120", group="spent_7842_6_by_kekv", parent=bs)
b3 = g.f("budget_spent", "uah", 412000, "КЕКВ 2273 – 412,0 тис. грн", kekv="2273", group="spent_7842_6_by_kekv", parent=bs)
b4 = g.f("budget_spent", "uah", 839800, "інші видатки – 839,8 тис. грн", label="інші видатки", group="spent_7842_6_by_kekv", parent=bs)
sp = g.f("staff_positions", "positions", 31, "передбачено 31 посаду")
sa = g.f("staff_actual", "staff", 28, "фактично працює 28 осіб")
sw = g.f("staff_actual", "staff", 17, "Послугу догляду вдома надають 17 соціальних робітників", service="home_care",
         label="соціальні робітники", parent=sa)

g.slip("internal_conflict", "error", "догляд вдома – 114 осіб", 114, 104, [ph, ch["home_care"]],
       "the prose says 114 home-care recipients in 2025; the chart's «2025 рік» bar for Догляд вдома holds 104",
       f"f{n(ph)} == f{n(ch['home_care'])}")
g.check("internal_conflict", "натуральна допомога – 437 осіб", "prose 437 / 215 / 46 equal the chart's 2025 values",
        f"f{n(pn)} == f{n(ch['natural_aid'])} and f{n(pc)} == f{n(ch['counselling'])} and f{n(pt)} == f{n(ch['social_taxi'])}")
g.check("parts_sum", "Денний догляд відвідували на 3 особи менше, ніж попереднього року",
        "chart: 2025 денний догляд 28 = 2024's 31 − 3 (2024 value and difference as literals)", f"f{n(ch['day_care'])} == 31 - 3")
g.check("parts_sum", "Касові видатки на утримання Центру у 2025 році склали 7 842,6 тис. грн, у тому числі",
        "5 402,3 + 1 188,5 + 412,0 + 839,8 = 7 842,6 тис. грн", f"f{n(b1)} + f{n(b2)} + f{n(b3)} + f{n(b4)} == f{n(bs)}")
g.check("parts_sum", "з них 38 – у зв'язку зі смертю", "38 + 23 = 61", f"f{n(dr1)} + f{n(dr2)} == f{n(dr)}")
g.check("percent_impossible", "якістю послуг задоволені 96,2 %", "96,2 % of 52 = 50 respondents, reachable", f"grim_ok(f{n(sat)}, f{n(rs)}, 1)")
g.check("parts_sum", "Центр надав соціальні послуги 812 особам (з них 173", "173 ≤ 812; 812 ≤ 864 applied; each chart bar ≤ 812",
        f"f{n(svi)} <= f{n(sv)} and f{n(sv)} <= f{n(ap)} and " + " and ".join(f"f{n(x)} <= f{n(sv)}" for x in ch.values()))
g.check("parts_sum", "фактично працює 28 осіб", "28 ≤ 31; 17 social workers ≤ 28", f"f{n(sa)} <= f{n(sp)} and f{n(sw)} <= f{n(sa)}")

for c, v in zip(CATS, V24):
    g.skip(f"2024 рік – {c} – {v}", [v], "chart series «2024 рік»: prior-year figure", evidence="chart")
g.skip("67033, Одеська обл., Березівський р-н, смт Цебрикове, вул. Центральна, 40, тел. (04856) 0-93-14, ЄДРПОУ 44508133",
       [67033, 40, 4856, 9314, 44508133], "postcode, address, phone, ЄДРПОУ")
g.skip("№ 03-07/12 від 16.01.2026", [3, 7, 12, 16, 1, 2026], "outgoing number and date")
g.skip("за 2025 рік", [2025], "year of the report")
g.skip("У 2025 році до Центру", [2025], "year")
g.skip("що на 39 осіб більше, ніж у 2024 році", [39, 2024], "difference from the prior year")
g.skip("діаграмі 1", [1], "chart number")
g.skip("Діаграма 1. Кількість отримувачів соціальних послуг у 2024–2025 роках, осіб", [1, 2024, 2025], "caption: chart number, years")
g.skip("(у 2024 році – 402)", [2024, 402], "prior-year figure")
g.skip("на 3 особи менше, ніж попереднього року", [3], "difference from the prior year")
g.skip("з 1 березня по 30 квітня", [1, 30], "dates")
g.skip("обслуговують 14 населених пунктів громади; середнє навантаження – 6 отримувачів на одного працівника", [14, 6],
       "settlement count, ratio")
g.skip("У відділенні денного догляду діють 2 групи по 14 місць", [2, 14], "capacity (no §3 id)")
g.skip("У грудні 2025 року", [2025], "survey date")
g.skip("КЕКВ 2111", [2111, 2120, 2273], "budget codes (carried as kekv)")
g.note("chart: `zvitparse read` prints nothing for the native chart (word/charts/chart1.xml). Its «2025 рік» series values are facts (served persons by service, parent the 812), quoted «series – category – value» from the chart caches and marked evidence: chart; the «2024 рік» series is the prior year and is skipped the same way")
g.note("a figure both in the chart and in the prose is two facts (437, 215, 46 and the conflicting 114/104)")
g.note("the chart bars do not sum to the 812: a person may receive several services; no parts_sum is drawn from them")
g.note("the planted slip: prose догляд вдома 114, chart 104")
g.note("budget: cash expenditure by KEKV (2111, 2120, 2273) plus «інші видатки» without a code")
g.write()
