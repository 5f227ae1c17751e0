"""b78_08: Центр соціальних служб Вишневої міської ради (Київська), annual report for 2025.
Less common style 2: a long-form DOCX whose first page is a «ЗМІСТ» with dot-leader lines (real tab
stops with a dot leader) and page numbers, and whose body gives its figures as dot-leader lines too:
some with tab leaders, some with typed dots or ellipses."""
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_TAB_LEADER, WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b78_08_vyshneve_css_annual2025.docx"
TOC = [("1. Загальні відомості про Центр", "3"), ("2. Основні підсумки 2025 року", "4"),
       ("3. Виявлення сімей та оцінка потреб", "5"), ("4. Соціальні послуги", "6"),
       ("5. Соціальний супровід сімей у СЖО", "8"), ("6. Прийомні сім'ї та ДБСТ", "9"),
       ("7. Групова робота", "10"), ("8. Кадрове та фінансове забезпечення", "11"),
       ("Додаток 1. Перелік партнерів", "13")]
# body: ("h", text) heading; ("p", text) prose; ("t", label, value) tab-leader line; ("d", text) typed dots
BODY = [
    ("h", "1. Загальні відомості про Центр"),
    ("p", "Центр соціальних служб Вишневої міської ради Бучанського району Київської області (далі – Центр) утворено рішенням міської ради від 23.02.2021 № 1-07/IV. Адреса: 08132, м. Вишневе, вул. Святошинська, 29; тел. (04598) 0-56-12; код ЄДРПОУ 44036718. Центр обслуговує громаду з населенням понад 41 тис. осіб, у тому числі близько 6,3 тис. внутрішньо переміщених осіб."),
    ("h", "2. Основні підсумки 2025 року"),
    ("p", "У 2025 році соціальними послугами Центру охоплено 1 874 сім'ї/особи, під соціальним супроводом перебувало 48 сімей. Порівняно з 2024 роком (1 702) кількість отримувачів зросла на 172."),
    ("h", "3. Виявлення сімей та оцінка потреб"),
    ("d", "Надійшло повідомлень про сім'ї/осіб, які можуть перебувати у СЖО ............ 211"),
    ("d", "   з них від закладів освіти ............................ 64"),
    ("d", "   від служби у справах дітей ……… 52"),
    ("d", "   від ювенальної поліції ....... 38"),
    ("t", "Проведено оцінку потреб сімей/осіб", "187"),
    ("t", "Виявлено сімей у складних життєвих обставинах", "73"),
    ("h", "4. Соціальні послуги"),
    ("t", "Кількість отримувачів послуг (сімей/осіб)", "1 874"),
    ("d", "Надано послуг ….. 5 312"),
    ("d", "   у тому числі: інформування ............ 2 140"),
    ("d", "   консультування ............ 2 388"),
    ("d", "   посередництво (медіація) ............ 46"),
    ("d", "   соціальний супровід сімей у СЖО ............ 612"),
    ("d", "   соціальне супроводження прийомних сімей і ДБСТ ............ 126"),
    ("p", "Послуги надавались як у приміщенні Центру (каб. 104, 106), так і за місцем проживання отримувачів; середня тривалість консультації – 40 хвилин."),
    ("h", "5. Соціальний супровід сімей у СЖО"),
    ("d", "Кількість сімей, охоплених соціальним супроводом ............ 46"),
    ("d", "у них дітей ............ 97"),
    ("t", "Взято під соціальний супровід у 2025 році", "29"),
    ("t", "Завершено надання послуги", "27"),
    ("d", "   з них: подолано СЖО ..... 19"),
    ("d", "   мінімізовано СЖО ..... 5"),
    ("d", "   з негативним результатом ..... 1"),
    ("d", "   у зв'язку зі зміною місця проживання ..... 2"),
    ("t", "Продовжено надання послуги у 2026 році (сімей)", "19"),
    ("h", "6. Прийомні сім'ї та ДБСТ"),
    ("d", "Прийомних сімей під супроводженням .......... 5"),
    ("d", "Дитячих будинків сімейного типу .......... 1"),
    ("d", "Дітей, які в них виховуються .......... 21"),
    ("h", "7. Групова робота"),
    ("t", "Проведено групових заходів", "36"),
    ("t", "Кількість учасників (осіб)", "544"),
    ("t", "Дзвінків на «гарячу лінію» Центру", "312"),
    ("h", "8. Кадрове та фінансове забезпечення"),
    ("d", "Штатних посад .......... 21"),
    ("d", "Фактично працюють .......... 19"),
    ("d", "Пройшли навчання (підвищення кваліфікації) .......... 14"),
    ("d", "Затверджено кошторисом (загальний фонд), тис. грн ........ 10 112,0"),
    ("d", "Касові видатки, тис. грн ........ 9 846,2"),
    ("d", "Економія, тис. грн ........ 265,8"),
    ("p", "Скарг на роботу Центру у звітному році не надходило. На 2026 рік заплановано створити ще 2 прийомні сім'ї та збільшити кількість групових заходів до 40."),
    ("h", "Додаток 1. Перелік партнерів"),
    ("p", "Вишнівський ліцей № 1, ліцей № 2, Вишнівська дитяча школа мистецтв, ГО «Родина разом», Бучанський районний центр зайнятості."),
    ("p", "Директор Центру                                             (підпис)"),
]


def leader(p):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    for s in ("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ВИШНЕВОЇ МІСЬКОЇ РАДИ", "ЗВІТ ПРО РОБОТУ ЗА 2025 РІК", "м. Вишневе – 2026"):
        p = d.add_paragraph(s); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.runs[0].bold = True
    p = d.add_paragraph("ЗМІСТ"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.runs[0].bold = True
    for title, pg in TOC:
        p = d.add_paragraph(f"{title}\t{pg}"); leader(p)
    d.add_page_break()
    for item in BODY:
        if item[0] == "h":
            d.add_heading(item[1], 2)
        elif item[0] == "p":
            d.add_paragraph(item[1])
        elif item[0] == "t":
            p = d.add_paragraph(f"{item[1]}\t{item[2]}"); leader(p)
        else:
            d.add_paragraph(item[1])
    fix_docx_props(d, "ЦСС")
    d.save(path)
    freeze_zip(path)


build(report_path(DOC))

g = Gold(DOC, {
    "centre": "Центр соціальних служб Вишневої міської ради",
    "centre_type": "css", "settlement": "Вишневе", "oblast": "Київська",
    "report_kind": "annual_report", "period_start": "2025-01-01", "period_end": "2025-12-31"},
    {"centre": ["Центр соціальних служб Вишневої міської ради Бучанського району Київської області"]})
f = g.f
sm = f("served", "families_persons", 1874, "соціальними послугами Центру охоплено 1 874 сім'ї/особи")
ss1 = f("served", "families", 48, "під соціальним супроводом перебувало 48 сімей", service="social_support_sjo", alt=["support_ongoing"])
nt = f("notified", "families_persons", 211, "Надійшло повідомлень про сім'ї/осіб, які можуть перебувати у СЖО ............ 211")
n1 = f("notified", "families_persons", 64, "з них від закладів освіти ............................ 64", label="від закладів освіти", parent=nt)
n2 = f("notified", "families_persons", 52, "від служби у справах дітей ……… 52", label="від служби у справах дітей", parent=nt)
n3 = f("notified", "families_persons", 38, "від ювенальної поліції ....... 38", label="від ювенальної поліції", parent=nt)
na = f("needs_assessed", "families_persons", 187, "Проведено оцінку потреб сімей/осіб 187")
sj = f("in_difficult_circumstances", "families", 73, "Виявлено сімей у складних життєвих обставинах 73")
sr = f("served", "families_persons", 1874, "Кількість отримувачів послуг (сімей/осіб) 1 874",
       note="the 1 874 of the summing-up written again in the body: two facts")
sp = f("services_provided", "services", 5312, "Надано послуг ….. 5 312")
G = "services_5312_by_service"
s = [f("services_provided", "services", 2140, "у тому числі: інформування ............ 2 140", service="informing", group=G, parent=sp),
     f("services_provided", "services", 2388, "консультування ............ 2 388", service="counselling", group=G, parent=sp),
     f("services_provided", "services", 46, "посередництво (медіація) ............ 46", service="mediation", group=G, parent=sp),
     f("services_provided", "services", 612, "соціальний супровід сімей у СЖО ............ 612", service="social_support_sjo", group=G, parent=sp),
     f("services_provided", "services", 126, "соціальне супроводження прийомних сімей і ДБСТ ............ 126", service="social_support_foster", group=G, parent=sp)]
ss2 = f("served", "families", 46, "Кількість сімей, охоплених соціальним супроводом ............ 46", service="social_support_sjo", alt=["support_ongoing"])
f("served", "children", 97, "у них дітей ............ 97", service="social_support_sjo", alt=["support_ongoing"], parent=ss2)
st = f("support_started", "families", 29, "Взято під соціальний супровід у 2025 році 29", service="social_support_sjo", parent=ss2)
sc = f("support_completed", "families", 27, "Завершено надання послуги 27", service="social_support_sjo", parent=ss2)
G2 = "completed_27_by_result"
o = [f("outcome_positive", "families", 19, "з них: подолано СЖО ..... 19", service="social_support_sjo", group=G2, parent=sc),
     f("outcome_minimized", "families", 5, "мінімізовано СЖО ..... 5", service="social_support_sjo", group=G2, parent=sc),
     f("outcome_negative", "families", 1, "з негативним результатом ..... 1", service="social_support_sjo", group=G2, parent=sc),
     f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання ..... 2", service="social_support_sjo",
       label="зміна місця проживання", group=G2, parent=sc)]
on = f("support_ongoing", "families", 19, "Продовжено надання послуги у 2026 році (сімей) 19", service="social_support_sjo", parent=ss2,
       note="a 2025 figure that names 2026 (continued into the next year)")
f("served", "families", 5, "Прийомних сімей під супроводженням .......... 5", service="social_support_foster", label="прийомні сім'ї")
f("served", "families", 1, "Дитячих будинків сімейного типу .......... 1", service="social_support_foster", label="дитячі будинки сімейного типу")
f("served", "children", 21, "Дітей, які в них виховуються .......... 21", service="social_support_foster")
ev = f("events", "events", 36, "Проведено групових заходів 36")
f("event_participants", "persons", 544, "Кількість учасників (осіб) 544", parent=ev)
f("calls", "calls", 312, "Дзвінків на «гарячу лінію» Центру 312")
ps = f("staff_positions", "positions", 21, "Штатних посад .......... 21")
sa = f("staff_actual", "staff", 19, "Фактично працюють .......... 19")
tr = f("staff_trained", "staff", 14, "Пройшли навчання (підвищення кваліфікації) .......... 14")
ba = f("budget_approved", "uah", 10112000, "Затверджено кошторисом (загальний фонд), тис. грн ........ 10 112,0", label="загальний фонд")
bs = f("budget_spent", "uah", 9846200, "Касові видатки, тис. грн ........ 9 846,2", label="загальний фонд")
be = f("budget_savings", "uah", 265800, "Економія, тис. грн ........ 265,8", label="загальний фонд")
f("complaints", "complaints", 0, "Скарг на роботу Центру у звітному році не надходило.")

g.slip("internal_conflict", "error", "під соціальним супроводом перебувало 48 сімей", 48, 46, [ss1, ss2],
       "the summing-up (section 2) says 48 families were under social support in 2025, section 5 says 46. "
       "Section 5 is the one that balances (46 − 27 completed = 19 continued into 2026).",
       f"{ss1} == {ss2}")
g.check("parts_sum", "Надано послуг ….. 5 312", "2 140 + 2 388 + 46 + 612 + 126 = 5 312", " + ".join(s) + f" == {sp}")
g.check("parts_sum", "Завершено надання послуги 27", "19 + 5 + 1 + 2 = 27", " + ".join(o) + f" == {sc}")
g.check("parts_sum", "Продовжено надання послуги у 2026 році (сімей) 19", "46 under support − 27 completed = 19 continued",
        f"{ss2} - {sc} == {on}")
g.check("parts_sum", "з них від закладів освіти", "sources listed are a subset: 64 + 52 + 38 = 154 ≤ 211 (the list does not claim to be complete)",
        f"{n1} + {n2} + {n3} <= {nt}")
g.check("parts_sum", "Виявлено сімей у складних життєвих обставинах 73", "73 ≤ 187 ≤ 211", f"{sj} <= {na} <= {nt}")
g.check("internal_conflict", "Кількість отримувачів послуг (сімей/осіб) 1 874", "the body repeats the summing-up's 1 874", f"{sm} == {sr}")
g.check("table_arithmetic", "Економія, тис. грн ........ 265,8", "10 112,0 − 9 846,2 = 265,8", f"{ba} - {bs} == {be}")
g.check("parts_sum", "Фактично працюють .......... 19", "14 trained ≤ 19 working ≤ 21 positions", f"{tr} <= {sa} <= {ps}")
g.check("parts_sum", "Взято під соціальний супровід у 2025 році 29", "29 taken ≤ 46 under support", f"{st} <= {ss2}")

for title, pg in TOC:
    g.skip(f"{title} {pg}", [int(pg)] + ([int(title.split('.')[0].split()[-1])] if title[0].isdigit() or title.startswith("Додаток") else []),
           "table of contents: section number and page number")
g.skip("ЗВІТ ПРО РОБОТУ ЗА 2025 РІК", [2025], "year")
g.skip("м. Вишневе – 2026", [2026], "year of the cover")
g.skip("утворено рішенням міської ради від 23.02.2021 № 1-07/IV", [23, 2, 2021, 1, 7], "decision date and number")
g.skip("Адреса: 08132, м. Вишневе, вул. Святошинська, 29; тел. (04598) 0-56-12; код ЄДРПОУ 44036718", [8132, 29, 4598, 5612, 44036718], "postcode, address, phone, ЄДРПОУ")
g.skip("з населенням понад 41 тис. осіб, у тому числі близько 6,3 тис. внутрішньо переміщених осіб", [41000, 6300], "population")
g.skip("Порівняно з 2024 роком (1 702) кількість отримувачів зросла на 172.", [2024, 1702, 172], "prior-year figure and difference")
g.skip("(каб. 104, 106)", [104, 106], "room numbers")
g.skip("середня тривалість консультації – 40 хвилин", [40], "duration")
g.skip("На 2026 рік заплановано створити ще 2 прийомні сім'ї та збільшити кількість групових заходів до 40.", [2026, 2, 40], "plan")
g.skip("Вишнівський ліцей № 1, ліцей № 2", [1, 2], "school numbers")
g.skip("1. Загальні відомості про Центр\n", [1, 2, 3, 4, 5, 6, 7, 8], "section headings 1.–8. in the body")
g.note("the ЗМІСТ lines are printed as «title page» (the tab leader becomes a space); page and section numbers are not facts")
g.note("figures come as dot-leader lines: tab-leader lines print as «label value», typed-dot lines keep their dots; the quote is the whole line as printed")
g.note("the summing-up's 48 families under support vs the body's 46 is the planted slip (internal_conflict); both are facts")
g.note("«Продовжено надання послуги у 2026 році» in a 2025 report → support_ongoing (a 2025 figure)")
g.note("foster homes: 5 прийомних сімей and 1 ДБСТ → served social_support_foster with labels; the 21 children belong to both, no parent")
g.note("the list of notification sources is «з них» with no claim of completeness → parent_id, no group")
g.write()
