"""b59_08: external quality assessment of the home-care service provided in 2023 by the ТЦСО of
Рожнятівська селищна рада (Івано-Франківська), written by the селищна рада's відділ соціального захисту.
reportlab PDF (Liberation fonts), impersonal; criteria given as a numbered prose list «критерій – % – рівень»
with the document's own bands. No planted slip: everything adds up."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph
from common import Gold, report_path, register_fonts

DOC = "b59_08_rozhniativ_tcso_external2023.pdf"
register_fonts()
N = ParagraphStyle("n", fontName="LSerif", fontSize=11, leading=14.5, spaceAfter=5, firstLineIndent=10 * mm)
L = ParagraphStyle("l", parent=N, firstLineIndent=0, leftIndent=8 * mm, spaceAfter=2)
H = ParagraphStyle("h", parent=N, fontName="LSerif-B", alignment=1, firstLineIndent=0)

CRIT = [
    ("1", "адресність та індивідуальний підхід", "96,2", "добре", "targeting", 96.2),
    ("2", "результативність", "84,6", "добре", "effectiveness", 84.6),
    ("3", "своєчасність", "88,5", "добре", "timeliness", 88.5),
    ("4", "доступність та відкритість", "78,8", "задовільно", "accessibility", 78.8),
    ("5", "повага до гідності отримувача", "100", "добре", "dignity", 100),
    ("6", "професійність", "92,3", "добре", "professionalism", 92.3),
    ("7", "захист та безпека", "90,4", "добре", "safety", 90.4),
    ("8", "конфіденційність інформації", "98,1", "добре", "confidentiality", 98.1),
]
RID = {"добре": "good", "задовільно": "satisfactory"}
PARTS = [
    ("H", "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ РОЖНЯТІВСЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("H", "ЗВІТ за результатами зовнішньої оцінки якості соціальної послуги догляду вдома, наданої "
          "Територіальним центром соціального обслуговування (надання соціальних послуг) Рожнятівської селищної ради у 2023 році"),
    ("N", "Оцінку проведено комісією у складі 5 осіб, утвореною розпорядженням селищного голови від 12.01.2024 № 14-р, "
          "у період з 22 січня по 9 лютого 2024 року. Територіальний центр розташований за адресою: 77600, "
          "смт Рожнятів, вул. Шевченка, 101, тел. (03474) 0-22-38, код ЄДРПОУ 41029584."),
    ("N", "Протягом 2023 року послугу догляду вдома отримували 263 особи, з них 187 жінок і 76 чоловіків; серед "
          "отримувачів 41 особа з інвалідністю I групи. Середній вік отримувачів – 78 років. Взято на обслуговування "
          "49 осіб, знято з обслуговування 38 осіб, зокрема у зв'язку зі смертю – 27, у зв'язку з переїздом до родичів – 7, "
          "у зв'язку з влаштуванням до стаціонарного закладу – 4."),
    ("N", "Послугу надає 31 соціальний робітник при 33 штатних посадах; кожен відвідує отримувачів у середньому 2–3 рази "
          "на тиждень. У 2023 року надійшла 1 скарга щодо графіка відвідувань, яку вирішено в робочому порядку."),
    ("N", "Під час оцінки вивчено 40 особових справ, проведено інтерв'ю з 52 отримувачами послуги та спостереження "
          "за наданням послуги у 9 домогосподарствах."),
    ("N", "Рівень якості визначено за часткою позитивних відповідей: 80 % і більше – «добре», від 60 до 80 % – "
          "«задовільно», менше 60 % – «незадовільно». Результати за критеріями:"),
] + [("L", f"{n}) {name} – {pc} % – «{rt}»;" if n != "8" else f"{n}) {name} – {pc} % – «{rt}».")
     for n, name, pc, rt, _, _ in CRIT] + [
    ("N", "Загальна оцінка якості соціальної послуги догляду вдома – «добре»."),
    ("N", "Рекомендовано до 30.06.2024: забезпечити інформування отримувачів про графік роботи територіального центру "
          "на сайті селищної ради; переглянути маршрути соціальних робітників у 6 віддалених селах."),
    ("N", "Начальник відділу соціального захисту населення                  (підпис)"),
]
story = [Paragraph(t, {"H": H, "N": N, "L": L}[k]) for k, t in PARTS]
SimpleDocTemplate(report_path(DOC), pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                  bottomMargin=18 * mm, invariant=1, title="Зовнішня оцінка 2023", author="Відділ СЗН").build(story)

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Рожнятівської селищної ради",
    "centre_type": "tcso", "settlement": "Рожнятів", "report_kind": "external_assessment",
    "period_start": "2023-01-01", "period_end": "2023-12-31"},
    meta_alt={"centre": ["Територіальний центр соціального обслуговування Рожнятівської селищної ради"]})
HC = "home_care"
f_srv = g.f("served", "persons", 263, "послугу догляду вдома отримували 263 особи", service=HC)
f_w = g.f("served", "persons", 187, "з них 187 жінок", service=HC, label="жінки", group="served_263_by_sex", parent=f_srv)
f_m = g.f("served", "persons", 76, "76 чоловіків", service=HC, label="чоловіки", group="served_263_by_sex", parent=f_srv)
f_dis = g.f("served", "persons", 41, "серед отримувачів 41 особа з інвалідністю I групи", service=HC,
            category="особи з інвалідністю I групи", parent=f_srv)
f_new = g.f("served", "persons", 49, "Взято на обслуговування 49 осіб", service=HC, label="взято на обслуговування",
            alt=["registered_new", "support_started"], parent=f_srv)
f_off = g.f("deregistered", "persons", 38, "знято з обслуговування 38 осіб", service=HC, parent=f_srv)
offs = []
for lab, v, q in (("у зв'язку зі смертю", 27, "у зв'язку зі смертю – 27"),
                  ("переїзд до родичів", 7, "у зв'язку з переїздом до родичів – 7"),
                  ("влаштування до стаціонарного закладу", 4, "у зв'язку з влаштуванням до стаціонарного закладу – 4.")):
    offs.append(g.f("deregistered", "persons", v, q, service=HC, label=lab, group="deregistered_38_by_reason", parent=f_off))
f_act = g.f("staff_actual", "staff", 31, "Послугу надає 31 соціальний робітник")
f_pos = g.f("staff_positions", "positions", 33, "при 33 штатних посадах")
f_c = g.f("complaints", "complaints", 1, "надійшла 1 скарга щодо графіка відвідувань")
f_sv = g.f("survey_respondents", "recipients", 52, "проведено інтерв'ю з 52 отримувачами послуги", service=HC,
           unit_alt="persons")
shares, ratings = [], []
for n, name, pc, rt, cid, val in CRIT:
    q = f"{n}) {name} – {pc} % – «{rt}»"
    shares.append(g.f("share", "percent", val, q, criterion=cid, service=HC, alt=["satisfaction"],
                      label="частка позитивних відповідей"))
    ratings.append(g.f("rating", "rating", RID[rt], q, criterion=cid, service=HC))
f_ov = g.f("rating", "rating", "good", "Загальна оцінка якості соціальної послуги догляду вдома – «добре».",
           criterion="overall", service=HC)

B = "[(80, 100, 'good'), (60, 79.99, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"
for k, (n, name, pc, rt, cid, val) in enumerate(CRIT):
    g.check("rating_band", f"{n}) {name} – {pc} % – «{rt}»", f"{pc} % → «{rt}» per the document's bands",
            f"band({shares[k]}, {B}) == {ratings[k]}")
g.check("percent_impossible", "Результати за критеріями:", "each share is k/52 for a whole k (50, 44, 46, 41, 52, 48, 47, 51)",
        "all([" + ", ".join(f"grim_ok({s}, {f_sv}, 1)" for s in shares) + "])")
g.check("parts_sum", "з них 187 жінок і 76 чоловіків", "187 + 76 = 263", f"{f_w} + {f_m} == {f_srv}")
g.check("parts_sum", "знято з обслуговування 38 осіб, зокрема", "27 + 7 + 4 = 38", " + ".join(offs) + f" == {f_off}")
g.check("parts_sum", "серед отримувачів 41 особа з інвалідністю I групи", "41 ≤ 263; 49 taken and 38 removed ≤ 263",
        f"{f_dis} <= {f_srv} and {f_new} <= {f_srv} and {f_off} <= {f_srv}")
g.check("parts_sum", "Послугу надає 31 соціальний робітник при 33 штатних посадах", "31 ≤ 33", f"{f_act} <= {f_pos}")

g.skip("Оцінку проведено комісією у складі 5 осіб, утвореною розпорядженням селищного голови від 12.01.2024 № 14-р",
       [5, 12, 1, 2024, 14], "commission size, order date and number")
g.skip("у період з 22 січня по 9 лютого 2024 року.", [22, 9, 2024], "assessment dates")
g.skip("77600, смт Рожнятів, вул. Шевченка, 101, тел. (03474) 0-22-38, код ЄДРПОУ 41029584.",
       [77600, 101, 3474, 2238, 41029584], "postcode, address, phone, ЄДРПОУ")
g.skip("Середній вік отримувачів – 78 років.", [78], "average age")
g.skip("у середньому 2–3 рази", [2, 3], "visit frequency")
g.skip("Під час оцінки вивчено 40 особових справ", [40], "case files studied (method)")
g.skip("спостереження за наданням послуги у 9 домогосподарствах.", [9], "observations (method)")
g.skip("80 % і більше – «добре», від 60 до 80 % – «задовільно», менше 60 % – «незадовільно».", [80, 60, 80, 60],
       "rating band definitions")
g.skip("Рекомендовано до 30.06.2024", [30, 6, 2024], "recommendation deadline")
g.skip("переглянути маршрути соціальних робітників у 6 віддалених селах.", [6], "number of villages")
g.skip("1) адресність та індивідуальний підхід", [1, 2, 3, 4, 5, 6, 7, 8], "item numbers 1)–8)")
g.skip("У 2023 року надійшла", [2023], "year (the typo «У 2023 року» is the document's)")
g.note("oblast: the text names only Рожнятівська селищна рада, not the oblast → omitted from meta (Івано-Франківська)")
g.note("criteria are a numbered prose list «name – % – «rating»»: each item gives a share (alt satisfaction) and a rating")
g.note("«з них 187 жінок і 76 чоловіків» is a partition by sex (group); «серед отримувачів 41 особа з інвалідністю» overlaps (parent only)")
g.note("the bands «від 60 до 80 %» and «80 % і більше» overlap at 80; 78,8 is «задовільно» either way")
g.write()
