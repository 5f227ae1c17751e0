"""blind8/04: internal quality assessment of «соціальна адаптація» (Рівненська), survey table questions × answers,
criteria ratings table. DOCX made with python-docx (real Word tables)."""
import os
import docx
from docx.shared import Pt
from _common import F, HERE, write_gold

STEM = "04_sarny_cnsp_adaptation_2024"
SA = "social_adaptation"

P = [
    ("h", "Центр надання соціальних послуг Сарненської міської ради Рівненської області"),
    ("h", "ЗВІТ про результати внутрішньої оцінки якості соціальної послуги соціальної адаптації, наданої у 2024 році"),
    ("p", "Відповідно до постанови Кабінету Міністрів України від 01.06.2020 № 449 «Про затвердження Порядку проведення моніторингу надання та оцінки якості соціальних послуг» та наказу директора Центру від 14.01.2025 № 6-ОД комісією у складі 4 осіб з 20 січня по 14 лютого 2025 року проведено внутрішню оцінку якості соціальної послуги соціальної адаптації."),
    ("h2", "1. Загальні відомості про надання послуги"),
    ("p", "У 2024 році послугу соціальної адаптації отримали 64 особи, з них 23 особи з інвалідністю, 18 внутрішньо переміщених осіб, 9 осіб, звільнених з місць позбавлення волі. Надано 1 536 послуг (занять). Проведено 96 групових занять тривалістю від 45 до 90 хвилин."),
    ("p", "Послугу надавали 3 фахівці із соціальної роботи та практичний психолог. Заняття проводяться у приміщенні Центру (м. Сарни, вул. Широка, 31, каб. 12) щовівторка та щочетверга."),
    ("p", "Частка отримувачів, які досягли цілей індивідуального плану, – 81,3 %. Скарг щодо надання послуги протягом 2024 року не надходило."),
    ("h2", "2. Результати анкетування"),
    ("p", "В анкетуванні взяли участь 50 отримувачів послуги (78,1 % від загальної кількості). Більшість респондентів (42 особи, або 84 %) відзначили, що послуга допомогла їм адаптуватися до нових умов життя. Відповіді на запитання анкети наведено в таблиці 1."),
    ("cap", "Таблиця 1. Результати анкетування отримувачів послуги (N = 50)"),
    ("t1", None),
    ("p", "Примітка: «–» означає, що такої відповіді не надано."),
    ("h2", "3. Оцінка за показниками якості"),
    ("p", "Оцінювання проводилося за шкалою: від 80 до 100 % – «добре», від 51 до 79 % – «задовільно», від 0 до 50 % – «незадовільно». Показник доступності та відкритості становить 78 %: приміщення Центру розташоване на другому поверсі, ліфт відсутній."),
    ("cap", "Таблиця 2. Оцінка якості соціальної послуги соціальної адаптації"),
    ("t2", None),
    ("h2", "4. Рекомендації"),
    ("p", "1. До 01.09.2025 облаштувати кабінет для групових занять на першому поверсі. 2. Збільшити кількість отримувачів послуги у 2025 році до 80 осіб."),
    ("p", "Голова комісії, заступник директора                                   Оксана ЛЕВЧУК"),
]
T1 = [["№", "Запитання", "Так, осіб", "Так, %", "Частково, осіб", "Частково, %", "Ні, осіб", "Ні, %"],
      ["1", "Чи задоволені Ви якістю послуги?", "44", "88", "5", "10", "1", "2"],
      ["2", "Чи вчасно Вам надавалася послуга?", "47", "94", "3", "6", "–", "–"],
      ["3", "Чи зручний для Вас графік занять?", "39", "78", "8", "16", "3", "6"],
      ["4", "Чи шанобливо ставляться до Вас працівники?", "50", "100", "–", "–", "–", "–"],
      ["5", "Чи рекомендували б Ви послугу знайомим?", "45", "90", "4", "8", "1", "4"]]
T2 = [["Показник якості", "Оцінка"],
      ["Адресність та індивідуальний підхід", "добре"],
      ["Результативність", "добре"],
      ["Своєчасність", "добре"],
      ["Доступність та відкритість", "задовільно"],
      ["Повага до гідності отримувача соціальної послуги", "добре"],
      ["Професійність", "добре"],
      ["Загальна оцінка", "добре"]]


def build():
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    for kind, txt in P:
        if kind == "h":
            d.add_heading(txt, level=1)
        elif kind == "h2":
            d.add_heading(txt, level=2)
        elif kind in ("p", "cap"):
            d.add_paragraph(txt)
        else:
            rows = T1 if kind == "t1" else T2
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
    d.save(os.path.join(HERE, STEM + ".docx"))


build()
resp = "В анкетуванні взяли участь 50 отримувачів послуги (78,1 % від загальної кількості)"
facts = [
    F("sv", "served", "persons", 64, "У 2024 році послугу соціальної адаптації отримали 64 особи", service=SA),
    F(None, "served", "persons", 23, "з них 23 особи з інвалідністю", service=SA, category="особи з інвалідністю", parent="sv"),
    F(None, "served", "persons", 18, "18 внутрішньо переміщених осіб", service=SA, category="внутрішньо переміщені особи", parent="sv"),
    F(None, "served", "persons", 9, "9 осіб, звільнених з місць позбавлення волі", service=SA, category="особи, звільнені з місць позбавлення волі", parent="sv"),
    F(None, "services_provided", "services", 1536, "Надано 1 536 послуг (занять)", service=SA),
    F(None, "events", "events", 96, "Проведено 96 групових занять", service=SA),
    F(None, "staff_actual", "staff", 3, "Послугу надавали 3 фахівці із соціальної роботи", service=SA, label="фахівці із соціальної роботи"),
    F(None, "share", "percent", 81.3, "Частка отримувачів, які досягли цілей індивідуального плану, – 81,3 %", service=SA, criterion="effectiveness", label="частка отримувачів, які досягли цілей індивідуального плану"),
    F(None, "complaints", "complaints", 0, "Скарг щодо надання послуги протягом 2024 року не надходило", service=SA),
    F("r", "survey_respondents", "recipients", 50, resp, percent=78.1, service=SA, unit_alt="persons"),
    F(None, "survey_respondents", "persons", 42, "Більшість респондентів (42 особи, або 84 %)", percent=84, service=SA, label="послуга допомогла адаптуватися до нових умов життя", parent="r"),
]
Q = {"1": "задоволені якістю послуги", "2": "послуга надавалася вчасно", "3": "зручний графік занять",
     "4": "працівники ставляться шанобливо", "5": "рекомендували б послугу знайомим"}
keys = {}
for row in T1[1:]:
    q = "\t".join(row)
    for (ci, ans) in ((2, "так"), (4, "частково"), (6, "ні")):
        if row[ci] == "–":
            continue
        k = f"q{row[0]}{ans}"
        keys[k] = True
        facts.append(F(k, "survey_respondents", "persons", int(row[ci]), q, percent=float(row[ci + 1]) if "," in row[ci + 1] else int(row[ci + 1]),
                       service=SA, label=f"{Q[row[0]]} — {ans}", group=f"survey_q{row[0]}", parent="r"))
facts.append(F(None, "share", "percent", 78, "Показник доступності та відкритості становить 78 %", service=SA, criterion="accessibility", label="показник доступності та відкритості"))
CRIT = {"Адресність та індивідуальний підхід": "targeting", "Результативність": "effectiveness", "Своєчасність": "timeliness",
        "Доступність та відкритість": "accessibility", "Повага до гідності отримувача соціальної послуги": "dignity",
        "Професійність": "professionalism", "Загальна оцінка": "overall"}
RAT = {"добре": "good", "задовільно": "satisfactory"}
for name, r in T2[1:]:
    facts.append(F(None, "rating", "rating", RAT[r], f"{name}\t{r}", service=SA, criterion=CRIT[name]))

q5 = "\t".join(T1[5])
audit = [
    {"rule": "percent_mismatch", "severity": "error", "quote": q5, "reported": 4, "expected": 2, "facts": ["q5ні", "r"],
     "note": "PLANTED. Question 5, answer «ні»: 1 of N = 50 = 2 %, written 4 %."},
    {"rule": "percents_sum", "severity": "error", "quote": q5, "reported": 102, "expected": 100, "facts": ["q5так", "q5частково", "q5ні"],
     "note": "same slip seen as a partition: 90 + 8 + 4 = 102 %, while the counts 45 + 4 + 1 = 50 do add up."},
]
checks = [
    {"rule": "percent_mismatch", "quote": resp, "note": "50 / 64 = 78,125 % → 78,1 %"},
    {"rule": "percent_mismatch", "quote": "Більшість респондентів (42 особи, або 84 %)", "note": "42 / 50 = 84 %"},
    {"rule": "parts_sum", "quote": "\t".join(T1[1]), "note": "44 + 5 + 1 = 50; 88 + 10 + 2 = 100; each % = count / 50"},
    {"rule": "parts_sum", "quote": "\t".join(T1[2]), "note": "47 + 3 = 50; 94 + 6 = 100"},
    {"rule": "parts_sum", "quote": "\t".join(T1[3]), "note": "39 + 8 + 3 = 50; 78 + 16 + 6 = 100"},
    {"rule": "parts_sum", "quote": "\t".join(T1[4]), "note": "50 = 50; 100 %"},
    {"rule": "rating_band", "quote": "Доступність та відкритість\tзадовільно", "note": "78 % falls in 51–79 % «задовільно»: consistent"},
    {"rule": "percent_impossible", "quote": "Частка отримувачів, які досягли цілей індивідуального плану, – 81,3 %", "note": "52 / 64 = 81,25 % → 81,3 % (half-up): achievable"},
    {"rule": "parts_sum", "quote": "з них 23 особи з інвалідністю, 18 внутрішньо переміщених осіб, 9 осіб, звільнених з місць позбавлення волі", "note": "23 + 18 + 9 = 50 ≤ 64 (categories of a subset)"},
]
skipped = [
    {"quote": "від 01.06.2020 № 449", "values": [449], "reason": "legal act"},
    {"quote": "від 14.01.2025 № 6-ОД", "values": [6], "reason": "order number and date"},
    {"quote": "комісією у складі 4 осіб", "values": [4], "reason": "commission size"},
    {"quote": "з 20 січня по 14 лютого 2025 року", "values": [20, 14, 2025], "reason": "dates of the assessment"},
    {"quote": "тривалістю від 45 до 90 хвилин", "values": [45, 90], "reason": "duration"},
    {"quote": "вул. Широка, 31, каб. 12", "values": [31, 12], "reason": "address, room"},
    {"quote": "Таблиця 1. Результати анкетування отримувачів послуги (N = 50)", "values": [1, 50], "reason": "table caption; N repeats the 50 respondents"},
    {"quote": "від 80 до 100 % – «добре», від 51 до 79 % – «задовільно», від 0 до 50 % – «незадовільно»", "values": [80, 100, 51, 79, 0, 50], "reason": "rating bands"},
    {"quote": "До 01.09.2025 облаштувати кабінет", "values": [], "reason": "recommendation with a date"},
    {"quote": "Збільшити кількість отримувачів послуги у 2025 році до 80 осіб", "values": [80], "reason": "plan"},
]
notes = [
    "survey table: each non-empty count cell is a survey_respondents fact (unit persons) with its % in `percent`, label «question — answer», parent the 50 respondents; «–» cells give no fact",
    "question numbers (1–5) in the first column are not facts",
    "«3 фахівці із соціальної роботи та практичний психолог» → staff_actual 3 (the psychologist has no numeral)",
    "«50 отримувачів послуги» → unit recipients, persons accepted (unit_alt)",
    "81,3 % share of recipients reaching their plan's goals given criterion effectiveness; an extractor leaving criterion empty will not match – acceptable risk, noted",
]
write_gold(STEM, STEM + ".docx",
           {"settlement": "Сарни", "centre": "Центр надання соціальних послуг Сарненської міської ради",
            "centre_type": "cnsp", "oblast": "Рівненська", "report_kind": "internal_assessment",
            "period_start": "2024-01-01", "period_end": "2024-12-31"},
           facts, audit, checks, skipped, notes)
