"""b108_06: external quality assessment of the services of КУ «ЦНСП» Ганнопільської сільської ради
(Хмельницька) in 2023, written by the oblast department. DOCX, third person. Slip: rating_band."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, save_docx

NAME = "b108_06_hannopil_cnsp_external2023.docx"
CRIT = [
    ("Адресність та індивідуальний підхід", "89,1", "добре"),
    ("Результативність", "76,6", "задовільно"),
    ("Своєчасність", "92,2", "добре"),
    ("Доступність та відкритість", "84,4", "добре"),
    ("Повага до гідності отримувача соціальної послуги", "96,9", "добре"),
    ("Професійність", "78,1", "добре"),
    ("Загальна оцінка", "86,2", "добре"),
]
d = docx.Document()
d.styles["Normal"].font.name = "Times New Roman"
d.styles["Normal"].font.size = Pt(12)


def para(text, bold=False, center=False, italic=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("ДЕПАРТАМЕНТ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ХМЕЛЬНИЦЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ", bold=True, center=True)
para("ВИСНОВОК", bold=True, center=True)
para("за результатами зовнішньої оцінки якості соціальних послуг, наданих комунальною установою «Центр надання "
     "соціальних послуг» Ганнопільської сільської ради у 2023 році", bold=True, center=True)
para("Зовнішню оцінку проведено відповідно до Порядку, затвердженого постановою Кабінету Міністрів України від "
     "01.06.2020 № 449, та наказу Департаменту від 15.01.2024 № 12-ОД у період з 22 січня по 2 лютого 2024 року "
     "комісією у складі 4 фахівців. Об'єкт оцінки – послуги догляду вдома, денного догляду, консультування та "
     "соціального супроводу сімей (осіб), які перебувають у складних життєвих обставинах.")
para("Відомості про надавача. Установа розташована за адресою: 30030, Хмельницька обл., Шепетівський р-н, "
     "с. Ганнопіль, вул. Миру, 37, тел. (03840) 0-63-15, код ЄДРПОУ 43915062. Обслуговує 18 населених пунктів "
     "громади. Штатна чисельність – 31 посада, фактично працює 29 працівників, серед них 11 соціальних "
     "робітників; вакантними залишаються 2 посади соціальних робітників.")
para("Обсяги послуг. Протягом 2023 року Центр надав соціальні послуги 534 особам, зокрема догляду вдома – 87 "
     "особам, денного догляду – 26, консультування – 391, соціального супроводу – 30 особам (13 сімей). "
     "Відділення денного догляду розраховане на 15 місць. Серед отримувачів догляду вдома 61 особа похилого віку "
     "та 26 осіб з інвалідністю; на одного соціального робітника припадає в середньому 8 отримувачів.")
para("Із 13 сімей, які перебували під соціальним супроводом, у 2023 році супровід завершено 7 сім'ям: у 5 сім'ях "
     "складні життєві обставини подолано, у 2 – мінімізовано. Протягом року до Центру надійшла 1 скарга (щодо "
     "графіка відвідувань), її розглянуто та задоволено.")
para("Методи оцінки. Комісія вивчила 48 особових справ, провела 36 інтерв'ю з отримувачами та 5 спостережень за "
     "наданням послуг, а також анкетування, в якому взяли участь 64 отримувачі. В цілому якістю послуг задоволені "
     "90,6 % опитаних.")
para("Рівні якості визначено за часткою позитивних відповідей: від 80 до 100 % – «добре»; від 50 до 79,9 % – "
     "«задовільно»; менше 50 % – «незадовільно». Загальна оцінка – середнє значення за критеріями.")
para("Таблиця 1. Результати оцінки за критеріями", italic=True)
t = d.add_table(rows=len(CRIT) + 1, cols=3)
t.style = "Table Grid"
for j, h in enumerate(("Критерій", "Частка позитивних відповідей, %", "Рівень якості")):
    t.cell(0, j).text = h
for i, r in enumerate(CRIT, start=1):
    for j, v in enumerate(r):
        t.cell(i, j).text = v
para("Висновки. Загальний рівень якості соціальних послуг, наданих Центром у 2023 році, комісія оцінила як "
     "«добрий». Найнижчий результат – за критерієм «Результативність»: частина отримувачів не бачить змін у "
     "своєму становищі.")
para("Рекомендації: 1) до 30.06.2024 заповнити вакантні посади соціальних робітників; 2) облаштувати пандус "
     "до входу у відділення денного догляду; 3) щокварталу інформувати отримувачів про результати роботи.")
para("Голова комісії ____________          05.02.2024")
save_docx(d, report_path(NAME), author="ДСЗН")

g = Gold(NAME, {"centre": "Центр надання соціальних послуг Ганнопільської сільської ради", "centre_type": "cnsp",
                "settlement": "Ганнопіль", "oblast": "Хмельницька", "report_kind": "external_assessment",
                "period_start": "2023-01-01", "period_end": "2023-12-31"},
         {"centre": ["Комунальна установа «Центр надання соціальних послуг» Ганнопільської сільської ради",
                     "КУ «Центр надання соціальних послуг» Ганнопільської сільської ради"]})
F = g.f
sp = F("staff_positions", "positions", 31, "Штатна чисельність – 31 посада")
sa = F("staff_actual", "staff", 29, "фактично працює 29 працівників")
sw = F("staff_actual", "staff", 11, "серед них 11 соціальних\nробітників".replace("\n", " "), label="соціальні робітники",
       parent=sa)
sv = F("served", "persons", 534, "Центр надав соціальні послуги 534 особам")
s1 = F("served", "persons", 87, "догляду вдома – 87 особам", service="home_care", group="served_534_by_service", parent=sv)
s2 = F("served", "persons", 26, "денного догляду – 26", service="day_care", group="served_534_by_service", parent=sv)
s3 = F("served", "persons", 391, "консультування – 391", service="counselling", group="served_534_by_service", parent=sv)
s4 = F("served", "persons", 30, "соціального супроводу – 30 особам", service="social_support_sjo",
       group="served_534_by_service", parent=sv)
s4f = F("served", "families", 13, "(13 сімей)", service="social_support_sjo", parent=s4)
h1 = F("served", "persons", 61, "61 особа похилого віку", service="home_care", category="особи похилого віку",
       group="home_care_87", parent=s1)
h2 = F("served", "persons", 26, "26 осіб з інвалідністю", service="home_care", category="особи з інвалідністю",
       group="home_care_87", parent=s1)
sc = F("support_completed", "families", 7, "супровід завершено 7 сім'ям", service="social_support_sjo", parent=s4f)
o1 = F("outcome_positive", "families", 5, "у 5 сім'ях складні життєві обставини подолано", service="social_support_sjo",
       group="completed_7", parent=sc)
o2 = F("outcome_minimized", "families", 2, "у 2 – мінімізовано", service="social_support_sjo", group="completed_7",
       parent=sc)
cp = F("complaints", "complaints", 1, "до Центру надійшла 1 скарга")
rs = F("survey_respondents", "recipients", 64, "в якому взяли участь 64 отримувачі", unit_alt="persons")
sat = F("satisfaction", "percent", 90.6, "якістю послуг задоволені 90,6 % опитаних")
CR = ["targeting", "effectiveness", "timeliness", "accessibility", "dignity", "professionalism", "overall"]
RT = {"добре": "good", "задовільно": "satisfactory"}
pairs = []
for c, r in zip(CR, CRIT):
    q = "\t".join(r)
    a = F("share", "percent", float(r[1].replace(",", ".")), q, criterion=c, label=r[0], alt=["satisfaction"])
    b = F("rating", "rating", RT[r[2]], q, criterion=c)
    pairs.append((a, b))
ov2 = F("rating", "rating", "good", "комісія оцінила як\n«добрий»".replace("\n", " "), criterion="overall")

BANDS = "[(80, 100, 'good'), (50, 79.9, 'satisfactory'), (0, 49.9, 'unsatisfactory')]"
prof = pairs[5]
g.slip("rating_band", "error", "Професійність\t78,1\tдобре", "добре", "задовільно", [prof[0], prof[1]],
       "Професійність 78,1 % is rated «добре», but the document's own band for «добре» is 80–100 % (78,1 falls in "
       "«задовільно», 50–79,9 %)", f"band({prof[0]}, {BANDS}) == {prof[1]}")
others = [p for i, p in enumerate(pairs) if i != 5]
g.check("rating_band", "Рівні якості визначено за часткою позитивних відповідей", "the other five criteria and the "
        "overall row match the bands (89,1; 92,2; 84,4; 96,9; 86,2 → добре; 76,6 → задовільно)",
        " and ".join(f"band({a}, {BANDS}) == {b}" for a, b in others))
g.check("table_arithmetic", "Загальна оцінка\t86,2\tдобре", "Загальна оцінка = mean of the six criteria: "
        "517,3 / 6 = 86,22 → 86,2", "abs((" + " + ".join(a for a, b in pairs[:6]) + f") / 6 - {pairs[6][0]}) < 0.05")
g.check("percent_impossible", "Таблиця 1. Результати оцінки за критеріями", "each criterion share is reachable with "
        "64 respondents (57, 49, 59, 54, 62, 50 of 64), and so is 90,6 % satisfied (58/64)",
        " and ".join(f"grim_ok({a}, {rs}, 1)" for a, b in pairs[:6]) + f" and grim_ok({sat}, {rs}, 1)")
g.check("parts_sum", "Центр надав соціальні послуги 534 особам, зокрема", "87 + 26 + 391 + 30 = 534",
        f"{s1} + {s2} + {s3} + {s4} == {sv}")
g.check("parts_sum", "Серед отримувачів догляду вдома 61 особа", "61 + 26 = 87", f"{h1} + {h2} == {s1}")
g.check("parts_sum", "супровід завершено 7 сім'ям", "5 + 2 = 7 ≤ 13", f"{o1} + {o2} == {sc} and {sc} <= {s4f}")
g.check("parts_sum", "фактично працює 29 працівників", "11 ≤ 29; 29 + 2 vacancies (literal) = 31",
        f"{sw} <= {sa} and {sa} + 2 == {sp}")
g.check("internal_conflict", "комісія оцінила як «добрий»", "the conclusion repeats the table's overall «добре»",
        f"{ov2} == {pairs[6][1]}")

g.skip("постановою Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449], "legal act date and number")
g.skip("наказу Департаменту від 15.01.2024 № 12-ОД у період з 22 січня по 2 лютого 2024 року", [15, 1, 2024, 12, 22, 2, 2024],
       "order, assessment dates")
g.skip("комісією у складі 4 фахівців", [4], "commission size")
g.skip("у 2023 році", [2023], "year")
g.skip("30030, Хмельницька обл., Шепетівський р-н, с. Ганнопіль, вул. Миру, 37, тел. (03840) 0-63-15",
       [30030, 37, 3840, 6315], "postcode, address, phone")
g.skip("код ЄДРПОУ 43915062", [43915062], "ЄДРПОУ")
g.skip("Обслуговує 18 населених пунктів", [18], "settlements")
g.skip("вакантними залишаються 2 посади соціальних робітників", [2], "vacancies (no §3 id); a literal in a check")
g.skip("Відділення денного догляду розраховане на 15 місць", [15], "capacity")
g.skip("в середньому 8 отримувачів", [8], "ratio")
g.skip("Комісія вивчила 48 особових справ, провела 36 інтерв'ю з отримувачами та 5 спостережень", [48, 36, 5],
       "assessment methods (case files, interviews, observations)")
g.skip("від 80 до 100 % – «добре»; від 50 до 79,9 % – «задовільно»; менше 50 % – «незадовільно»",
       [80, 100, 50, 79.9, 50], "rating bands")
g.skip("Таблиця 1. Результати оцінки за критеріями", [1], "table number")
g.skip("Рекомендації: 1) до 30.06.2024", [1, 30, 6, 2024, 2, 3], "recommendation numbers, deadline")
g.skip("05.02.2024", [5, 2, 2024], "date")
g.note("the assessor is the oblast Департамент; the provider assessed (centre in meta) is the ЦНСП; the period is "
       "the year of the services assessed (2023), not the assessment dates (January–February 2024)")
g.note("«соціального супроводу – 30 особам (13 сімей)» → served 30 persons (part of 534) and served 13 families "
       "hanging on it; outcomes hang on the 13 families")
g.note("criteria table: share with criterion (alt satisfaction) and rating per row; «Загальна оцінка» → criterion "
       "overall; the conclusion's «добрий» is the overall rating written twice (two facts)")
g.note("«серед них 11 соціальних робітників» → staff_actual with label, parent the 29 working")
g.write()
