"""b101_04: КУ «ЦНСП» Маяківської сільської ради (Одеська), internal quality assessment of home care, 2024.
DOCX, impersonal voice, criteria table with the document's own rating bands.
Planted slip: rating_band (Своєчасність 78,8 % rated «добре»; the text's band for «добре» is 80–100 %)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, save_docx, docx_table, report_path

DOC = "b101_04_maiaky_cnsp_internal2024.docx"

d = docx.Document()
d.styles["Normal"].font.name = "Times New Roman"
d.styles["Normal"].font.size = Pt(12)


def para(text, bold=False, center=False, style=None):
    p = d.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("Комунальна установа «Центр надання соціальних послуг» Маяківської сільської ради", bold=True, center=True)
para("Одеського району Одеської області", center=True)
para("67662, Одеська обл., Одеський р-н, с. Маяки, вул. Соборна, 22; тел. (048) 057-40-13; "
     "cnsp.maiaky@example.ua; ЄДРПОУ 44093751", center=True)
para("ЗВІТ", bold=True, center=True)
para("про проведення внутрішньої оцінки якості надання соціальної послуги догляду вдома за 2024 рік",
     bold=True, center=True)

para("Внутрішню оцінку якості проведено відповідно до наказу директора КУ «ЦНСП» від 03.02.2025 № 14-ОД "
     "робочою групою у складі 4 осіб у період з 05.02.2025 по 21.02.2025. Оцінювався період "
     "з 01.01.2024 по 31.12.2024.")

d.add_heading("1. Загальна інформація про послугу", level=2)
para("Соціальну послугу догляду вдома у 2024 році отримували 74 особи, з них 19 осіб з інвалідністю I групи "
     "та 8 внутрішньо переміщених осіб. Середній вік отримувачів – 79 років. Протягом року надано 9 836 "
     "соціальних послуг догляду вдома.")
para("Взято на обслуговування 17 осіб. Знято з обслуговування 12 осіб, з них: у зв'язку зі смертю – 7, "
     "у зв'язку з влаштуванням до стаціонарних закладів – 2, у зв'язку з переїздом – 3.")
para("Послугу надають 11 соціальних робітників при 12 штатних посадах. Протягом року 4 працівники пройшли "
     "навчання за програмою підвищення кваліфікації.")

d.add_heading("2. Методи оцінювання", level=2)
para("Аналіз 30 особових справ отримувачів;", style="List Number")
para("анкетування отримувачів послуги (взяли участь 52 отримувачі);", style="List Number")
para("співбесіди з 11 соціальними робітниками та спостереження під час 15 візитів.", style="List Number")

d.add_heading("3. Результати оцінювання за критеріями", level=2)
para("Рівень якості за кожним критерієм визначався за часткою позитивних відповідей: «добре» – від 80 до 100 %, "
     "«задовільно» – від 60 до 79,9 %, «незадовільно» – менше 60 %.")
para("Таблиця 2. Результати оцінки якості за критеріями", bold=True)
TABLE = [
    ["Критерій", "Частка позитивних відповідей, %", "Оцінка"],
    ["Адресність та індивідуальний підхід", "92,3", "добре"],
    ["Результативність", "84,6", "добре"],
    ["Своєчасність", "78,8", "добре"],
    ["Доступність та відкритість", "96,2", "добре"],
    ["Зручність", "88,5", "добре"],
    ["Повага до гідності отримувача соціальної послуги", "100,0", "добре"],
    ["Професійність", "94,2", "добре"],
    ["Захист та безпека", "71,2", "задовільно"],
    ["Конфіденційність інформації", "98,1", "добре"],
    ["Загальна оцінка", "–", "добре"],
]
docx_table(d, TABLE)

d.add_heading("4. Висновки та рекомендації", level=2)
para("Рівень задоволеності отримувачів якістю послуги догляду вдома становить 94,2 %. Скарг протягом 2024 року "
     "надійшла 1 (щодо заміни соціального робітника), її розглянуто у встановлений строк. Порушень "
     "конфіденційності не виявлено.")
para("За результатами внутрішньої оцінки якість надання соціальної послуги догляду вдома визнано на рівні «добре».")
para("Рекомендовано:")
para("до 01.06.2025 облаштувати кнопки тривожного виклику у 5 отримувачів, які проживають самотньо;",
     style="List Bullet")
para("переглянути графіки відвідувань з урахуванням побажань отримувачів;", style="List Bullet")
para("у ІІ кварталі 2025 року провести навчання з питань безпеки для всіх соціальних робітників.",
     style="List Bullet")
para("Голова робочої групи                    (підпис)")

path = report_path(DOC)
save_docx(d, path, author="КУ ЦНСП")

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Маяківської сільської ради",
    "centre_type": "cnsp",
    "settlement": "Маяки",
    "oblast": "Одеська",
    "report_kind": "internal_assessment",
    "period_start": "2024-01-01",
    "period_end": "2024-12-31",
})
g.meta_alt = {"centre": ["Комунальна установа «Центр надання соціальних послуг» Маяківської сільської ради",
                         "КУ «Центр надання соціальних послуг» Маяківської сільської ради"]}

f_srv = g.f("served", "persons", 74, "Соціальну послугу догляду вдома у 2024 році отримували 74 особи",
            service="home_care")
f_dis = g.f("served", "persons", 19, "з них 19 осіб з інвалідністю I групи", service="home_care",
            category="особи з інвалідністю I групи", parent=f_srv)
f_idp = g.f("served", "persons", 8, "8 внутрішньо переміщених осіб", service="home_care",
            category="внутрішньо переміщені особи", parent=f_srv)
f_sp = g.f("services_provided", "services", 9836, "Протягом року надано 9 836 соціальних послуг догляду вдома",
           service="home_care")
f_new = g.f("served", "persons", 17, "Взято на обслуговування 17 осіб.", service="home_care",
            label="взято на обслуговування", alt=["registered_new", "support_started"], parent=f_srv)
f_der = g.f("deregistered", "persons", 12, "Знято з обслуговування 12 осіб", service="home_care")
f_d1 = g.f("deregistered", "persons", 7, "у зв'язку зі смертю – 7", label="смерть",
           group="dereg12_by_reason", parent=f_der)
f_d2 = g.f("deregistered", "persons", 2, "у зв'язку з влаштуванням до стаціонарних закладів – 2",
           label="влаштування до стаціонарних закладів", group="dereg12_by_reason", parent=f_der)
f_d3 = g.f("deregistered", "persons", 3, "у зв'язку з переїздом – 3", label="переїзд",
           group="dereg12_by_reason", parent=f_der)
f_sa = g.f("staff_actual", "staff", 11, "Послугу надають 11 соціальних робітників")
f_spos = g.f("staff_positions", "positions", 12, "при 12 штатних посадах")
f_tr = g.f("staff_trained", "staff", 4, "Протягом року 4 працівники пройшли навчання")
f_sr = g.f("survey_respondents", "recipients", 52, "взяли участь 52 отримувачі", unit_alt="persons")

crit = {"Адресність та індивідуальний підхід": "targeting", "Результативність": "effectiveness",
        "Своєчасність": "timeliness", "Доступність та відкритість": "accessibility", "Зручність": "convenience",
        "Повага до гідності отримувача соціальної послуги": "dignity", "Професійність": "professionalism",
        "Захист та безпека": "safety", "Конфіденційність інформації": "confidentiality"}
RID = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}
pairs = {}
for row in TABLE[1:-1]:
    q = "\t".join(row)
    v = float(row[1].replace(",", "."))
    v = int(v) if v.is_integer() else v
    s = g.f("share", "percent", v, q, criterion=crit[row[0]], label="частка позитивних відповідей",
            alt=["satisfaction"])
    r = g.f("rating", "rating", RID[row[2]], q, criterion=crit[row[0]])
    pairs[row[0]] = (s, r)
f_ov1 = g.f("rating", "rating", "good", "Загальна оцінка\t–\tдобре", criterion="overall")
f_sat = g.f("satisfaction", "percent", 94.2,
            "Рівень задоволеності отримувачів якістю послуги догляду вдома становить 94,2 %",
            label="задоволеність якістю послуги догляду вдома")
f_cmp = g.f("complaints", "complaints", 1, "Скарг протягом 2024 року надійшла 1")
f_ov2 = g.f("rating", "rating", "good",
            "якість надання соціальної послуги догляду вдома визнано на рівні «добре»", criterion="overall",
            note="the overall rating is written twice (table and conclusions): two facts")

BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
for name, (s, r) in pairs.items():
    q = "\t".join(next(row for row in TABLE if row[0] == name))
    if name == "Своєчасність":
        g.slip("rating_band", "error", q, "good", "satisfactory", [s, r],
               "78,8 % lies in the document's band «задовільно» (60–79,9 %), but the table rates it «добре»",
               f"band({s}, {BANDS}) == {r}")
    else:
        g.check("rating_band", q, f"{name}: the share lies in the band of the rating written",
                f"band({s}, {BANDS}) == {r}")
shares = [pairs[n][0] for n in pairs]
g.check("percent_impossible", "Частка позитивних відповідей, %",
        "every criterion share is reachable with 52 respondents (48, 44, 41, 50, 46, 52, 49, 37, 51 of 52)",
        "all([" + ", ".join(f"grim_ok({s}, {f_sr}, 1)" for s in shares) + "])")
g.check("percent_impossible", "становить 94,2 %", "94,2 % = 49 of 52", f"grim_ok({f_sat}, {f_sr}, 1)")
g.check("parts_sum", "Знято з обслуговування 12 осіб", "7 + 2 + 3 = 12", f"{f_d1} + {f_d2} + {f_d3} == {f_der}")
g.check("parts_sum", "з них 19 осіб з інвалідністю I групи", "19 and 8 ≤ 74; 17 taken ≤ 74; 52 respondents ≤ 74",
        f"{f_dis} <= {f_srv} and {f_idp} <= {f_srv} and {f_new} <= {f_srv} and {f_sr} <= {f_srv}")
g.check("parts_sum", "Послугу надають 11 соціальних робітників", "11 ≤ 12 positions; 4 trained ≤ 11",
        f"{f_sa} <= {f_spos} and {f_tr} <= {f_sa}")

g.skip("67662, Одеська обл., Одеський р-н, с. Маяки, вул. Соборна, 22; тел. (048) 057-40-13", [67662, 22, 48, 574013],
       "postcode, address, phone (invalid 0 after the area code)")
g.skip("ЄДРПОУ 44093751", [44093751], "ЄДРПОУ")
g.skip("догляду вдома за 2024 рік", [2024], "year")
g.skip("від 03.02.2025 № 14-ОД", [3, 2, 2025, 14], "order date and number")
g.skip("робочою групою у складі 4 осіб у період з 05.02.2025 по 21.02.2025", [4, 5, 2, 2025, 21],
       "size of the working group, assessment dates")
g.skip("Оцінювався період з 01.01.2024 по 31.12.2024.", [1, 2024, 31, 12], "assessed period (dates)")
g.skip("Середній вік отримувачів – 79 років.", [79], "average age")
g.skip("Аналіз 30 особових справ отримувачів;", [30], "case files analysed: method, no §3 id")
g.skip("співбесіди з 11 соціальними робітниками та спостереження під час 15 візитів.", [11, 15],
       "method: interviews (the same 11 workers) and observed visits")
g.skip("«добре» – від 80 до 100 %, «задовільно» – від 60 до 79,9 %, «незадовільно» – менше 60 %.",
       [80, 100, 60, 79.9], "the document's rating bands (used in the checks)")
g.skip("Таблиця 2. Результати оцінки якості за критеріями", [2], "table number")
g.skip("1. Загальна інформація про послугу", [1, 2, 3, 4], "section numbers")
g.skip("до 01.06.2025 облаштувати кнопки тривожного виклику у 5 отримувачів", [1, 6, 2025, 5],
       "recommendation with a deadline")
g.skip("у ІІ кварталі 2025 року провести навчання", ["ІІ", 2025], "recommendation, next year")
g.skip("Порушень конфіденційності не виявлено.", [0], "no violations: not a §3 figure")

g.note("criterion shares of the table → share with criterion (alt satisfaction), label «частка позитивних відповідей»; "
       "each rating cell → rating with the same criterion; both quoted by their row")
g.note("the overall rating is written twice (table row «Загальна оцінка» and the conclusions): two facts")
g.note("«Повага до гідності» 100,0 % is stored as 100")
g.note("the rating bands are the document's own: добре 80–100, задовільно 60–79,9, незадовільно < 60")
g.note("«Скарг … надійшла 1» → complaints 1")
g.note("«взято на обслуговування 17 осіб» → served (alt registered_new, support_started) under the 74, as in blind18")
g.note("the 11 social workers appear twice (staff and interviewees); the interview count is a method and is skipped")
g.write()
