"""b78_06: external quality assessment of home care provided in 2023 by the КУ «ЦНСП» Бабанківської
селищної ради (Черкаська), written by the селищна рада's відділ соціального захисту населення.
reportlab PDF (Liberation fonts), impersonal voice, criteria table with counts, % and ratings."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path, register_fonts

DOC = "b78_06_babanka_cnsp_external2023.pdf"
register_fonts()
N = ParagraphStyle("n", fontName="LSerif", fontSize=12, leading=15, firstLineIndent=1.25 * cm, spaceAfter=5, alignment=4)
H = ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, alignment=1, spaceAfter=6)
T = ParagraphStyle("t", fontName="LSans", fontSize=10, leading=12)

HEAD = ["БАБАНКІВСЬКА СЕЛИЩНА РАДА УМАНСЬКОГО РАЙОНУ ЧЕРКАСЬКОЇ ОБЛАСТІ",
        "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ",
        "ЗВІТ про результати зовнішньої оцінки якості надання соціальної послуги догляду вдома Комунальною установою «Центр надання соціальних послуг» Бабанківської селищної ради за 2023 рік"]
P1 = [
    "Зовнішню оцінку проведено відповідно до розпорядження селищного голови від 25.09.2023 № 187-р комісією у складі 4 осіб у період з 02.10.2023 по 13.10.2023. Оцінювалась якість послуги догляду вдома, наданої у 2023 році.",
    "Комунальна установа «Центр надання соціальних послуг» Бабанківської селищної ради (далі – Центр; 20430, смт Бабанка, вул. Соборна, 118, тел. (04744) 0-52-31, код ЄДРПОУ 42815590) обслуговує 23 населені пункти громади.",
    "Протягом 2023 року послугу догляду вдома отримували 112 осіб, з них 67 – одинокі громадяни похилого віку, 28 – особи з інвалідністю. Середній вік отримувачів – 79 років. Взято на обслуговування 24 особи, знято з обслуговування 19 осіб (з них 14 – у зв'язку зі смертю, 5 – за власним бажанням). Отримувачам надано 9 874 послуги догляду вдома.",
    "Послугу надають 18 соціальних робітників при 20 штатних посадах соціальних робітників; 2 посади вакантні.",
    "Методи оцінювання: анкетування, вивчення особових справ (вивчено 30 справ), бесіди з отримувачами. В анкетуванні взяли участь 39 отримувачів послуги, або 34,8 % загальної кількості. Рівень якості визначався за часткою позитивних відповідей: 80–100 % – «добре», 60–79,9 % – «задовільно», до 60 % – «незадовільно».",
    "Таблиця 2. Результати оцінювання за критеріями",
]
CRIT = [("Адресність та індивідуальний підхід", "targeting", 36, "92,3", "добре"),
        ("Результативність", "effectiveness", 33, "84,6", "добре"),
        ("Своєчасність", "timeliness", 35, "89,7", "добре"),
        ("Доступність та відкритість", "accessibility", 31, "79,5", "задовільно"),
        ("Зручність", "convenience", 34, "87,2", "добре"),
        ("Повага до гідності", "dignity", 39, "100", "добре"),
        ("Професійність", "professionalism", 37, "94,9", "добре"),
        ("Захист та безпека", "safety", 38, "97,4", "добре")]
P2 = [
    "Загальний стан обслуговування отримувачі оцінили так: «відмінно» – 46,2 %, «добре» – 38,5 %, «задовільно» – 17,9 %. Скарг на якість послуги у 2023 році не зареєстровано.",
    "Висновок: якість надання соціальної послуги догляду вдома Центром у 2023 році оцінено як «добре».",
    "Рекомендації: 1) до 01.06.2024 забезпечити інформування про послугу на сайті селищної ради; 2) заповнити 2 вакантні посади соціальних робітників; 3) наступну зовнішню оцінку провести у 2026 році.",
    "Члени комісії: (підписи, 4 особи)",
]


def build(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=3 * cm, rightMargin=1.5 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, invariant=1, title="Зовнішня оцінка", author="ВСЗН")
    st = [Paragraph(h, H) for h in HEAD] + [Spacer(1, 6)] + [Paragraph(p, N) for p in P1]
    data = [[Paragraph(c, T) for c in ("Критерій", "Кількість позитивних відповідей", "%", "Оцінка")]]
    data += [[Paragraph(a, T), Paragraph(str(k), T), Paragraph(p, T), Paragraph(r, T)] for a, _, k, p, r in CRIT]
    t = Table(data, colWidths=[6.5 * cm, 4 * cm, 2 * cm, 3 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [t, Spacer(1, 8)] + [Paragraph(p, N) for p in P2]
    doc.build(st)


build(report_path(DOC))

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Бабанківської селищної ради",
    "centre_type": "cnsp", "settlement": "Бабанка", "oblast": "Черкаська",
    "report_kind": "external_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31"},
    {"centre": ["Комунальна установа «Центр надання соціальних послуг» Бабанківської селищної ради",
                "КУ «Центр надання соціальних послуг» Бабанківської селищної ради"]})
f = g.f
hc = f("served", "persons", 112, "послугу догляду вдома отримували 112 осіб", service="home_care")
c1 = f("served", "persons", 67, "з них 67 – одинокі громадяни похилого віку", service="home_care",
       category="одинокі громадяни похилого віку", parent=hc)
c2 = f("served", "persons", 28, "28 – особи з інвалідністю", service="home_care", category="особи з інвалідністю", parent=hc)
nw = f("served", "persons", 24, "Взято на обслуговування 24 особи", service="home_care", alt=["registered_new", "support_started"])
dr = f("deregistered", "persons", 19, "знято з обслуговування 19 осіб", service="home_care")
d1 = f("deregistered", "persons", 14, "з них 14 – у зв'язку зі смертю", service="home_care", label="у зв'язку зі смертю",
       group="deregistered_19_by_reason", parent=dr)
d2 = f("deregistered", "persons", 5, "5 – за власним бажанням", service="home_care", label="за власним бажанням",
       group="deregistered_19_by_reason", parent=dr)
sp = f("services_provided", "services", 9874, "Отримувачам надано 9 874 послуги догляду вдома", service="home_care")
sa = f("staff_actual", "staff", 18, "Послугу надають 18 соціальних робітників")
ps = f("staff_positions", "positions", 20, "при 20 штатних посадах соціальних робітників")
sv = f("survey_respondents", "recipients", 39, "В анкетуванні взяли участь 39 отримувачів послуги", unit_alt="persons",
       service="home_care", percent=34.8)
cids = {}
for name, cid, k, p, r in CRIT:
    q = f"{name}\t{k}\t{p}\t{r}"
    pv = float(p.replace(",", "."))
    pv = int(pv) if pv.is_integer() else pv
    cids[cid] = (f("share", "percent", pv, q, criterion=cid, service="home_care", alt=["satisfaction"],
                   label="частка позитивних відповідей"),
                 f("rating", "rating", {"добре": "good", "задовільно": "satisfactory"}[r], q, criterion=cid, service="home_care"),
                 k)
e1 = f("satisfaction", "percent", 46.2, "«відмінно» – 46,2 %", label="загальний стан обслуговування оцінено «відмінно»",
       alt=["share"], service="home_care")
e2 = f("share", "percent", 38.5, "«добре» – 38,5 %", label="загальний стан обслуговування оцінено «добре»",
       alt=["satisfaction"], service="home_care")
e3 = f("share", "percent", 17.9, "«задовільно» – 17,9 %", label="загальний стан обслуговування оцінено «задовільно»",
       service="home_care")
f("complaints", "complaints", 0, "Скарг на якість послуги у 2023 році не зареєстровано.")
f("rating", "rating", "good", "якість надання соціальної послуги догляду вдома Центром у 2023 році оцінено як «добре»",
  criterion="overall", service="home_care")

g.slip("percents_sum", "error", "«відмінно» – 46,2 %, «добре» – 38,5 %, «задовільно» – 17,9 %", 102.6, 100, [e1, e2, e3],
       "the three answers partition the 39 respondents but sum to 102,6 %. Each alone is reachable with 39 (18, 15 and 7 of 39), "
       "but 18 + 15 + 7 = 40 > 39.", f"psum_ok([{e1}, {e2}, {e3}], 1)")
g.check("percent_impossible", "«відмінно» – 46,2 %", "each answer share is reachable with 39 respondents",
        f"grim_ok({e1}, {sv}, 1) and grim_ok({e2}, {sv}, 1) and grim_ok({e3}, {sv}, 1)")
B = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
g.check("percent_mismatch", "Критерій\tКількість позитивних відповідей\t%\tОцінка",
        "each criterion %: count of positive answers (a skipped literal) / 39, e.g. 36/39 = 92,3; 31/39 = 79,5",
        " and ".join(f"pct_ok({s}, {k}, {sv}, 1)" for s, r, k in cids.values()))
g.check("rating_band", "Критерій\tКількість позитивних відповідей\t%\tОцінка", "every rating agrees with the bands (79,5 → «задовільно»)",
        " and ".join(f"band({s}, {B}) == {r}" for s, r, k in cids.values()))
g.check("percent_mismatch", "В анкетуванні взяли участь 39 отримувачів послуги, або 34,8 %", "39 / 112 = 34,82 % → 34,8",
        f"pct_ok(p{sv[1:]}, {sv}, {hc}, 1)")
g.check("parts_sum", "знято з обслуговування 19 осіб (з них 14", "14 + 5 = 19", f"{d1} + {d2} == {dr}")
g.check("parts_sum", "з них 67 – одинокі громадяни похилого віку, 28 – особи з інвалідністю",
        "overlapping categories, each ≤ 112; 18 ≤ 20 (2 vacancies: 18 + 2 = 20, the 2 a skipped literal)",
        f"{c1} <= {hc} and {c2} <= {hc} and {sa} + 2 == {ps}")

g.skip("від 25.09.2023 № 187-р комісією у складі 4 осіб у період з 02.10.2023 по 13.10.2023", [25, 9, 2023, 187, 4, 2, 10, 2023, 13, 10, 2023], "order date/number, commission size, assessment dates")
g.skip("20430, смт Бабанка, вул. Соборна, 118, тел. (04744) 0-52-31, код ЄДРПОУ 42815590", [20430, 118, 4744, 5231, 42815590], "postcode, address, phone, ЄДРПОУ")
g.skip("обслуговує 23 населені пункти громади", [23], "settlement count")
g.skip("Середній вік отримувачів – 79 років.", [79], "average age")
g.skip("2 посади вакантні", [2], "vacancies (no §3 id); literal in a check")
g.skip("(вивчено 30 справ)", [30], "case files studied (no §3 id)")
g.skip("80–100 % – «добре», 60–79,9 % – «задовільно», до 60 % – «незадовільно»", [80, 100, 60, 79.9, 60], "rating bands")
g.skip("Таблиця 2. Результати оцінювання за критеріями", [2], "table number")
for name, cid, k, p, r in CRIT:
    g.skip(f"{name}\t{k}\t", [k], "count of positive answers (no §3 id); used as a literal in the percent check")
g.skip("1) до 01.06.2024 забезпечити", [1, 1, 6, 2024], "recommendation number, deadline")
g.skip("2) заповнити 2 вакантні посади соціальних робітників; 3) наступну зовнішню оцінку провести у 2026 році.", [2, 2, 3, 2026], "recommendation numbers, vacancies, plan")
g.skip("(підписи, 4 особи)", [4], "signatures")
g.note("the assessed provider is the ЦНСП (meta centre); the report is written by the селищна рада's відділ соціального захисту населення")
g.note("criteria table: the % column → share with criterion (alt satisfaction), the Оцінка column → rating; the counts of positive answers have no §3 id and are skipped")
g.note("«Загальний стан обслуговування … «відмінно» – 46,2 %» → satisfaction (alt share); «добре», «задовільно» → share with labels; they do not sum to 100 (planted slip)")
g.note("«Взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → deregistered with labelled reasons")
g.write()
