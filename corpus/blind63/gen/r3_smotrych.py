"""b63_03: КУ «ЦНСП» Смотрицької селищної ради (Хмельницька), internal quality assessment of home care, 2024. PDF."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

NAME = "b63_03_smotrych_cnsp_internal2024.pdf"
register_fonts()
body = ParagraphStyle("b", fontName="LSerif", fontSize=11, leading=14, spaceAfter=5, firstLineIndent=10 * mm)
head = ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, alignment=1, spaceAfter=6)
small = ParagraphStyle("s", fontName="LSerif", fontSize=9, leading=11)

PARAS = [
    ("h", "ЗВІТ<br/>про результати внутрішньої оцінки якості соціальної послуги догляду вдома, "
          "наданої Комунальною установою «Центр надання соціальних послуг» Смотрицької селищної ради у 2024 році"),
    ("b", "Оцінювання проведено робочою групою у складі 4 осіб, утвореною наказом директора від 02.12.2024 "
          "№ 41-ОД, у період з 09.12.2024 по 20.12.2024 відповідно до Методичних рекомендацій, "
          "затверджених наказом Мінсоцполітики від 27.12.2013 № 904."),
    ("b", "Протягом 2024 року послугу догляду вдома отримала 81 особа, станом на 01.12.2024 – 64 особи. "
          "Середній вік отримувачів – 78 років. Упродовж року Центром надано 14 736 послуг догляду вдома. "
          "З обслуговування знято 17 осіб: 11 – у зв'язку зі смертю, 4 – у зв'язку з влаштуванням до "
          "будинку-інтернату, 2 – за власною заявою."),
    ("b", "Послугу надають 9 соціальних робітників, 2 з яких у 2024 році пройшли навчання за програмою "
          "обласного центру перепідготовки (обсяг – 40 годин)."),
    ("b", "Для оцінювання використано анкетування отримувачів, аналіз 30 особових справ та 12 спостережень "
          "під час відвідувань. В анкетуванні взяли участь 47 отримувачів послуги (58,0 % від їх "
          "загальної кількості за рік). Рівень якості за кожним критерієм визначено за шкалою: 80–100 % "
          "позитивних відповідей – «добре», 60–79 % – «задовільно», менше 60 % – «незадовільно»."),
]
ROWS = [
    ("1", "Адресність та індивідуальний підхід", "93,6", "добре"),
    ("2", "Результативність", "81,4", "добре"),
    ("3", "Своєчасність", "87,2", "добре"),
    ("4", "Доступність та відкритість", "74,5", "задовільно"),
    ("5", "Повага до гідності отримувача", "97,9", "добре"),
    ("6", "Професійність", "89,4", "добре"),
]
AFTER = [
    ("b", "Загальний рівень задоволеності отримувачів якістю послуги становить 91,5 %. Протягом року надійшло "
          "2 скарги (обидві – щодо графіка відвідувань), їх розглянуто та вирішено."),
    ("b", "Загальна оцінка якості надання соціальної послуги догляду вдома – «добре»."),
    ("b", "Рекомендації: 1) розмістити інформацію про порядок отримання послуги на сайті селищної ради та у 5 "
          "старостатах до 01.03.2025; 2) забезпечити навчання ще 3 соціальних робітників у 2025 році."),
]


def para(kind, s):
    return Paragraph(s, head if kind == "h" else body)


story = [para(k, s) for k, s in PARAS]
story.append(Paragraph("Таблиця 1. Результати оцінювання за критеріями", body))
data = [["№", "Критерій", "Позитивних відповідей, %", "Рівень якості"]] + [list(r) for r in ROWS]
t = Table(data, colWidths=[10 * mm, 75 * mm, 45 * mm, 30 * mm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 10),
                       ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [t, Spacer(1, 5 * mm)]
story += [para(k, s) for k, s in AFTER]
story.append(Paragraph("Голова робочої групи ________________ 23.12.2024", body))


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSerif", 8)
    canvas.drawString(20 * mm, 10 * mm, "Сторінка %d" % doc.page)
    canvas.restoreState()


path = report_path(NAME)
SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=20 * mm,
                  bottomMargin=20 * mm, invariant=1, title="Внутрішня оцінка", author="ЦНСП").build(
    story, onFirstPage=footer, onLaterPages=footer)

g = Gold(NAME, {
    "centre": "Центр надання соціальних послуг Смотрицької селищної ради",
    "centre_type": "cnsp", "settlement": "Смотрич", "report_kind": "internal_assessment",
    "period_start": "2024-01-01", "period_end": "2024-12-31"},
    {"centre": ["Комунальна установа «Центр надання соціальних послуг» Смотрицької селищної ради",
                "КУ «Центр надання соціальних послуг» Смотрицької селищної ради"]})
f = g.f
se = f("served", "persons", 81, "Протягом 2024 року послугу догляду вдома отримала 81 особа", service="home_care")
on = f("served", "persons", 64, "станом на 01.12.2024 – 64 особи", service="home_care", alt=["support_ongoing"],
       label="станом на 01.12.2024", parent=se)
sv = f("services_provided", "services", 14736, "Упродовж року Центром надано 14 736 послуг догляду вдома",
       service="home_care")
de = f("deregistered", "persons", 17, "З обслуговування знято 17 осіб", service="home_care", parent=se)
r1 = f("deregistered", "persons", 11, "11 – у зв'язку зі смертю", label="смерть", group="deregistered_17", parent=de)
r2 = f("deregistered", "persons", 4, "4 – у зв'язку з влаштуванням до будинку-інтернату",
       label="влаштування до будинку-інтернату", group="deregistered_17", parent=de)
r3 = f("deregistered", "persons", 2, "2 – за власною заявою", label="за власною заявою", group="deregistered_17",
       parent=de)
sa = f("staff_actual", "staff", 9, "Послугу надають 9 соціальних робітників", label="соціальні робітники")
stt = f("staff_trained", "staff", 2, "2 з яких у 2024 році пройшли навчання", parent=sa)
sr = f("survey_respondents", "recipients", 47, "В анкетуванні взяли участь 47 отримувачів послуги (58,0 %",
       unit_alt="persons", percent=58.0, service="home_care")
CRIT = ["targeting", "effectiveness", "timeliness", "accessibility", "dignity", "professionalism"]
RAT = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}
sh, rt = {}, {}
for (n, name, p, r), c in zip(ROWS, CRIT):
    q = f"{n}\t{name}\t{p}\t{r}"
    sh[c] = f("share", "percent", float(p.replace(",", ".")), q, criterion=c, label=name, alt=["satisfaction"],
              service="home_care")
    rt[c] = f("rating", "rating", RAT[r], q, criterion=c, service="home_care")
sat = f("satisfaction", "percent", 91.5, "Загальний рівень задоволеності отримувачів якістю послуги становить 91,5 %",
        alt=["share"], service="home_care")
cp = f("complaints", "complaints", 2, "Протягом року надійшло 2 скарги")
ov = f("rating", "rating", "good",
       "Загальна оцінка якості надання соціальної послуги догляду вдома – «добре»", criterion="overall",
       service="home_care")
n = lambda x: x[1:]
g.slip("percent_impossible", "error", "2\tРезультативність\t81,4\tдобре", 81.4, "80,9 or 83,0",
       [sh["effectiveness"], sr],
       "with 47 respondents the possible shares near 81,4 % are 38/47 = 80,9 % and 39/47 = 83,0 %; no whole "
       "number of answers gives 81,4 %", f"grim_ok({sh['effectiveness']}, {sr}, 1)")
for c in CRIT:
    if c == "effectiveness":
        continue
    g.check("percent_impossible", [q for q in [f"{r[0]}\t{r[1]}" for r in ROWS]][CRIT.index(c)],
            f"{c}: the share is reachable with 47 respondents", f"grim_ok({sh[c]}, {sr}, 1)")
BANDS = "[(80, 100, 'good'), (60, 79.99, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"
g.check("rating_band", "80–100 % позитивних відповідей", "each criterion's rating agrees with the bands "
        "80–100 добре, 60–79 задовільно, < 60 незадовільно",
        " and ".join(f"band({sh[c]}, {BANDS}) == {rt[c]}" for c in CRIT))
g.check("percent_impossible", "Загальний рівень задоволеності отримувачів якістю послуги становить 91,5 %",
        "43 of 47 = 91,49 % → 91,5", f"grim_ok({sat}, {sr}, 1)")
g.check("percent_mismatch", "В анкетуванні взяли участь 47 отримувачів послуги (58,0 %",
        "47 / 81 = 58,02 % → 58,0", f"pct_ok(p{n(sr)}, {sr}, {se}, 1)")
g.check("parts_sum", "З обслуговування знято 17 осіб", "11 + 4 + 2 = 17; 81 − 17 = 64 at 01.12",
        f"{r1} + {r2} + {r3} == {de} and {se} - {de} == {on}")
g.check("parts_sum", "2 з яких у 2024 році пройшли навчання", "2 ≤ 9", f"{stt} <= {sa}")
g.skip("робочою групою у складі 4 осіб, утвореною наказом директора від 02.12.2024 № 41-ОД", [4, 2, 12, 2024, 41],
       "commission size, order date and number")
g.skip("у період з 09.12.2024 по 20.12.2024", [9, 12, 2024, 20, 12, 2024], "assessment dates")
g.skip("наказом Мінсоцполітики від 27.12.2013 № 904", [27, 12, 2013, 904], "order of the ministry")
g.skip("Середній вік отримувачів – 78 років.", [78], "age")
g.skip("(обсяг – 40 годин)", [40], "duration of training")
g.skip("аналіз 30 особових справ та 12 спостережень", [30, 12], "assessment methods (case files, observations)")
g.skip("80–100 % позитивних відповідей – «добре», 60–79 % – «задовільно», менше 60 % – «незадовільно»",
       [80, 100, 60, 79, 60], "rating bands")
g.skip("Таблиця 1. Результати оцінювання за критеріями", [1], "table number")
g.skip("1\tАдресність та індивідуальний підхід", [1, 2, 3, 4, 5, 6], "row numbers")
g.skip("у 5 старостатах до 01.03.2025", [5, 1, 3, 2025], "recommendation: number of starosta districts, deadline")
g.skip("забезпечити навчання ще 3 соціальних робітників у 2025 році", [3, 2025], "recommendation (plan)")
g.skip("Голова робочої групи ________________ 23.12.2024", [23, 12, 2024], "signature date")
g.note("criteria table: each row gives a share (share, alt satisfaction, with criterion) and a rating; both quoted by the row")
g.note("«станом на 01.12.2024 – 64 особи» → served with a label, alt support_ongoing, hung on the 81")
g.note("47 «отримувачів» → recipients, unit_alt persons; the (58,0 %) is its percent of the 81 served")
g.note("the centre is named with its legal form in the title; meta_alt lists it")
g.write()
