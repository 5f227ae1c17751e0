"""b50_03: КУ «ЦНСП» Лисянської селищної ради (Черкаська), internal quality assessment of 2023.
DOCX (python-docx) with a criteria table (merged cell in the overall row), first person plural."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b50_03_lysianka_cnsp_internal2023.docx"

HEAD = [
    ("c", "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ЛИСЯНСЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("c", "19301, Черкаська обл., Звенигородський р-н, смт Лисянка, вул. Шевченка, 62, тел. (04749) 0-51-33, ЄДРПОУ 43891576"),
    ("h", "ЗВІТ про результати внутрішньої оцінки якості соціальних послуг, наданих у 2023 році"),
    ("p", "Внутрішню оцінку якості ми проводили з 05 по 23 лютого 2024 року робочою групою з 4 осіб, утвореною наказом директора від 01.02.2024 № 9-од, відповідно до Методичних рекомендацій, затверджених наказом Мінсоцполітики від 27.12.2013 № 904."),
    ("p", "Наш Центр обслуговує 27 населених пунктів громади. У 2023 році ми надали послугу догляду вдома 118 особам, консультування – 406 особам, соціальну адаптацію – 23 особам. Середній вік отримувачів догляду вдома – 79 років."),
    ("p", "Протягом року до Центру надійшла 71 заява про надання соціальних послуг. Під час оцінки ми вивчили 40 особових справ отримувачів, провели 12 спостережень за наданням послуг вдома."),
    ("p", "В анкетуванні та телефонних інтерв'ю взяли участь 57 отримувачів послуг. Частки позитивних відповідей за критеріями наведено в таблиці 1. Оцінку за кожним критерієм ми визначали так: «добре» – 80–100 % позитивних відповідей, «задовільно» – 60–79,9 %, «незадовільно» – менше 60 %."),
    ("t", "Таблиця 1. Результати оцінки за критеріями якості"),
]
ROWS = [
    ("1", "Адресність та індивідуальний підхід", "94,7", "добре"),
    ("2", "Результативність", "86,0", "добре"),
    ("3", "Своєчасність", "89,5", "добре"),
    ("4", "Доступність та відкритість", "78,9", "задовільно"),
    ("5", "Зручність", "84,6", "добре"),
    ("6", "Повага до гідності отримувача", "100,0", "добре"),
    ("7", "Професійність", "91,2", "добре"),
    ("8", "Незалежність отримувача", "87,7", "добре"),
    ("9", "Захист та безпека", "93,0", "добре"),
    ("10", "Конфіденційність інформації", "96,5", "добре"),
]
TAIL = [
    ("p", "Рівень задоволеності отримувачів якістю послуг загалом становить 91 % (у 2022 році – 89,6 %)."),
    ("p", "Скарг від отримувачів за 2023 рік не надходило. Випадків порушення конфіденційності не виявлено."),
    ("p", "Послуги надають 22 працівники, з них 16 соціальних робітників. Протягом року 6 наших працівників пройшли навчання за програмою «Догляд вдома: сучасні підходи» (40 годин)."),
    ("h2", "Висновки та рекомендації"),
    ("p", "За результатами внутрішньої оцінки якість соціальних послуг, наданих Центром у 2023 році, оцінено як «добре». Нижчим є рівень доступності: 2 старостинські округи не мають регулярного транспортного сполучення."),
    ("p", "1. До 01.06.2024 розмістити на сайті селищної ради графік прийому фахівців у старостинських округах."),
    ("p", "2. У II кварталі 2024 року провести повторне анкетування отримувачів послуги соціальної адаптації."),
    ("p", "Директор                                                         (підпис)"),
]

CRIT = ["targeting", "effectiveness", "timeliness", "accessibility", "convenience", "dignity",
        "professionalism", "independence", "safety", "confidentiality"]
RAT = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for kind, s in HEAD:
        add(d, kind, s)
    t = d.add_table(rows=len(ROWS) + 2, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["№ з/п", "Критерій", "Частка позитивних відповідей, %", "Оцінка"]):
        t.cell(0, j).text = h
    for i, r in enumerate(ROWS, start=1):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
    last = len(ROWS) + 1
    m = t.cell(last, 0).merge(t.cell(last, 2))
    m.text = "Загальна оцінка якості"
    t.cell(last, 3).text = "добре"
    for kind, s in TAIL:
        add(d, kind, s)
    fix_docx_props(d, author="ЦНСП")
    d.save(path)
    freeze_zip(path)


def add(d, kind, s):
    if kind == "h":
        p = d.add_paragraph()
        r = p.add_run(s)
        r.bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif kind == "h2":
        d.add_heading(s, level=2)
    elif kind == "c":
        p = d.add_paragraph(s)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif kind == "t":
        p = d.add_paragraph()
        p.add_run(s).italic = True
    else:
        d.add_paragraph(s)


g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Лисянської селищної ради",
    "centre_type": "cnsp",
    "settlement": "Лисянка",
    "oblast": "Черкаська",
    "report_kind": "internal_assessment",
    "period_start": "2023-01-01",
    "period_end": "2023-12-31",
}, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Лисянської селищної ради",
               "КУ «Центр надання соціальних послуг» Лисянської селищної ради"]})

f1 = g.f("served", "persons", 118, "У 2023 році ми надали послугу догляду вдома 118 особам", service="home_care")
f2 = g.f("served", "persons", 406, "консультування – 406 особам", service="counselling")
f3 = g.f("served", "persons", 23, "соціальну адаптацію – 23 особам", service="social_adaptation")
f4 = g.f("applied", "applications", 71, "Протягом року до Центру надійшла 71 заява про надання соціальних послуг.")
f5 = g.f("survey_respondents", "recipients", 57, "В анкетуванні та телефонних інтерв'ю взяли участь 57 отримувачів послуг.",
         unit_alt="persons")
ids = {}
for (n, name, pct, rat), crit in zip(ROWS, CRIT):
    q = f"{n}\t{name}\t{pct}\t{rat}"
    v = float(pct.replace(",", "."))
    v = int(v) if v.is_integer() else v
    ids[crit] = (g.f("share", "percent", v, q, criterion=crit, label=name, alt=["satisfaction"]),
                 g.f("rating", "rating", RAT[rat], q, criterion=crit))
f_ov_t = g.f("rating", "rating", "good", "Загальна оцінка якості\tдобре", criterion="overall",
             note="table row; the merged cell prints once")
f_sat = g.f("satisfaction", "percent", 91,
            "Рівень задоволеності отримувачів якістю послуг загалом становить 91 %")
f_cmp = g.f("complaints", "complaints", 0, "Скарг від отримувачів за 2023 рік не надходило.")
f_st = g.f("staff_actual", "staff", 22, "Послуги надають 22 працівники, з них 16 соціальних робітників.")
f_sw = g.f("staff_actual", "staff", 16, "з них 16 соціальних робітників", label="соціальні робітники", parent=f_st)
f_tr = g.f("staff_trained", "staff", 6, "Протягом року 6 наших працівників пройшли навчання")
f_ov = g.f("rating", "rating", "good", "якість соціальних послуг, наданих Центром у 2023 році, оцінено як «добре»",
           criterion="overall", note="the overall rating again, in the conclusions: a second fact")

conv_share, conv_rating = ids["convenience"]
g.slip("percent_impossible", "error", "5\tЗручність\t84,6\tдобре", 84.6, "84,2 or 86,0",
       [conv_share, f5],
       "with 57 respondents the one-decimal shares are k/57: 48/57 = 84,2 %, 49/57 = 86,0 %; no whole number of "
       "respondents gives 84,6 %. All nine other criterion shares are reachable with 57.",
       f"grim_ok(f{conv_share[1:]}, f5, 1)")

BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
others = [c for c in CRIT if c != "convenience"]
g.check("percent_impossible", "Частки позитивних відповідей за критеріями наведено в таблиці 1.",
        "the nine other shares are reachable with 57 respondents (54, 49, 51, 45, 57, 52, 50, 53, 55 of 57)",
        "all([" + ", ".join(f"grim_ok(f{ids[c][0][1:]}, f5, 1)" for c in others) + "])")
g.check("rating_band", "«добре» – 80–100 % позитивних відповідей, «задовільно» – 60–79,9 %",
        "every criterion rating fits the document's own bands (78,9 % → «задовільно», the rest ≥ 80 % → «добре»)",
        "all([" + ", ".join(f"band(f{ids[c][0][1:]}, {BANDS}) == f{ids[c][1][1:]}" for c in CRIT) + "])")
g.check("internal_conflict", "оцінено як «добре»", "the overall rating is «добре» in the table and in the conclusions",
        f"{f_ov_t} == {f_ov}")
g.check("percent_impossible", "Рівень задоволеності отримувачів якістю послуг загалом становить 91 %",
        "91 % is reachable with 57 respondents (52 of 57 = 91,2 %)", f"grim_ok({f_sat}, f5, 0)")
g.check("parts_sum", "з них 16 соціальних робітників", "16 ≤ 22; 6 trained ≤ 22", f"{f_sw} <= {f_st} and {f_tr} <= {f_st}")

g.skip("19301, Черкаська обл., Звенигородський р-н, смт Лисянка, вул. Шевченка, 62, тел. (04749) 0-51-33, ЄДРПОУ 43891576",
       [19301, 62, 4749, 5133, 43891576], "postcode, address, phone, ЄДРПОУ")
g.skip("з 05 по 23 лютого 2024 року робочою групою з 4 осіб, утвореною наказом директора від 01.02.2024 № 9-од",
       [5, 23, 2024, 4, 1, 2, 2024, 9], "assessment dates, size of the working group, order date/number")
g.skip("від 27.12.2013 № 904", [27, 12, 2013, 904], "legal act date/number")
g.skip("Наш Центр обслуговує 27 населених пунктів громади.", [27], "settlement count")
g.skip("Середній вік отримувачів догляду вдома – 79 років.", [79], "age")
g.skip("ми вивчили 40 особових справ отримувачів, провели 12 спостережень", [40, 12],
       "case files and observations of the assessment; no §3 id")
g.skip("Таблиця 1. Результати оцінки за критеріями якості", [1], "table number")
g.skip("«добре» – 80–100 % позитивних відповідей, «задовільно» – 60–79,9 %, «незадовільно» – менше 60 %",
       [80, 100, 60, 79.9, 60], "rating band definitions (used as literals in the rating_band check)")
g.skip("(у 2022 році – 89,6 %)", [2022, 89.6], "prior-year figure")
g.skip("(40 годин)", [40], "duration of training")
g.skip("2 старостинські округи не мають регулярного транспортного сполучення", [2], "count of districts; no §3 id")
g.skip("1. До 01.06.2024 розмістити на сайті", [1, 1, 6, 2024], "recommendation number and deadline")
g.skip("2. У II кварталі 2024 року провести повторне анкетування", [2, 2, 2024], "recommendation number, plan")
g.skip("1\tАдресність та індивідуальний підхід\t94,7\tдобре", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "row numbers of table 1")

g.note("first person plural («ми надали», «наш Центр»); period 2023 from the title, the assessment itself ran in February 2024")
g.note("criterion shares → share with criterion (alt satisfaction); each table row gives a share and a rating")
g.note("whole percentages (86,0; 100,0; 93,0; 91) are stored as ints")
g.note("the overall rating is annotated twice: table row and conclusions")
g.note("survey respondents written «отримувачів послуг» → unit recipients with unit_alt persons (blind18 convention)")

if __name__ == "__main__":
    build(report_path(DOC))
    g.write()
