"""b96_05: internal quality assessment of home care provided in 2021 by the КЗ «ЦНСП» of
Привільненська сільська рада (Рівненська). DOCX, impersonal (commission), criteria table with the
document's own rating bands."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, save_docx

DOC = "b96_05_pryvilne_cnsp_internal2021.docx"

d = Document()
d.styles["Normal"].font.name = "Times New Roman"
d.styles["Normal"].font.size = Pt(12)


def para(text, bold=False, center=False, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("ЗАТВЕРДЖЕНО\nнаказ директора КЗ «ЦНСП»\nвід 31.01.2022 № 9-ОД")
para("ЗВІТ\nпро результати внутрішньої оцінки якості соціальної послуги догляду вдома, наданої "
     "комунальним закладом «Центр надання соціальних послуг» Привільненської сільської ради у 2021 році",
     bold=True, center=True)
para("Внутрішню оцінку якості проведено відповідно до Порядку, затвердженого постановою Кабінету Міністрів "
     "України від 01.06.2020 № 449, та Методичних рекомендацій, затверджених наказом Мінсоцполітики "
     "від 27.12.2013 № 904. Оцінювання здійснювала робоча група у складі 5 осіб у період з 17 по 28 січня "
     "2022 року; оцінюваний період – з 01.01.2021 по 31.12.2021.")
para("Загальні відомості", bold=True)
para("КЗ «Центр надання соціальних послуг» Привільненської сільської ради (35361, Рівненська обл., "
     "Рівненський р-н, с. Привільне, вул. Миру, 8; тел. (0362) 0-64-91; код ЄДРПОУ 42905617) надає "
     "послугу догляду вдома жителям 11 населених пунктів громади. Послугу надають 11 соціальних робітників "
     "під керівництвом завідувача відділення.")
para("У 2021 році послугу догляду вдома отримували 73 особи, з них 48 – одинокі громадяни. Середній вік "
     "отримувачів – 81 рік. Отримувачам надано 9 874 послуги догляду вдома (у 2020 році – 9 412).")
para("Методи оцінювання", bold=True)
para("Під час оцінювання вивчено 20 особових справ отримувачів, проведено 12 спостережень за наданням "
     "послуги, опитано 46 отримувачів послуги, що становить 63,0 % від загальної кількості отримувачів. "
     "Анкета містила 24 запитання.")
para("Шкала оцінювання", bold=True)
para("Частка позитивних відповідей та підтверджених показників від 85 до 100 % відповідає оцінці «добре», "
     "від 60 до 84,9 % – «задовільно», менше 60 % – «незадовільно».")
para("Результати оцінювання за критеріями", bold=True)
para("Таблиця. Результати внутрішньої оцінки якості за критеріями (опитано 46 отримувачів)")
rows = [
    ("№", "Критерій якості", "Кількість позитивних відповідей", "Частка, %", "Оцінка"),
    ("1", "Адресність та індивідуальний підхід", "43", "93,5", "добре"),
    ("2", "Доступність та відкритість", "41", "89,1", "добре"),
    ("3", "Своєчасність", "38", "82,6", "добре"),
    ("4", "Результативність", "40", "87,0", "добре"),
    ("5", "Повага до гідності отримувача", "46", "100,0", "добре"),
    ("6", "Професійність", "42", "91,3", "добре"),
    ("7", "Конфіденційність інформації", "45", "97,8", "добре"),
    ("8", "Захист та безпека", "39", "84,8", "задовільно"),
    ("", "Загальна оцінка якості (середнє значення)", "–", "90,8", "добре"),
]
t = d.add_table(rows=len(rows), cols=5)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
para("Скарг від отримувачів послуги та їхніх родичів протягом 2021 року не надходило.")
para("Висновки та рекомендації", bold=True)
para("Якість соціальної послуги догляду вдома, наданої у 2021 році, оцінено як «добре». Найнижчі показники "
     "отримано за критеріями своєчасності та захисту і безпеки. Рекомендовано:")
para("1) переглянути графіки відвідувань отримувачів у віддалених селах до 01.04.2022;", style="List Number")
para("2) провести для соціальних робітників навчання з безпеки в побуті (не менше 2 занять);",
     style="List Number")
para("3) повторно провести опитування отримувачів у IV кварталі 2022 року.", style="List Number")
para("Голова робочої групи                    (підпис)")

path = report_path(DOC)
save_docx(d, path, author="КЗ ЦНСП Привільне")

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Привільненської сільської ради",
    "centre_type": "cnsp",
    "settlement": "Привільне",
    "oblast": "Рівненська",
    "report_kind": "internal_assessment",
    "period_start": "2021-01-01",
    "period_end": "2021-12-31",
}, meta_alt={"centre": ["Комунальний заклад «Центр надання соціальних послуг» Привільненської сільської ради",
                        "КЗ «Центр надання соціальних послуг» Привільненської сільської ради"]})
n = lambda fid: fid[1:]  # noqa: E731
sa = g.f("staff_actual", "staff", 11, "Послугу надають 11 соціальних робітників", label="соціальні робітники")
sv = g.f("served", "persons", 73, "У 2021 році послугу догляду вдома отримували 73 особи", service="home_care")
s1 = g.f("served", "persons", 48, "з них 48 – одинокі громадяни", service="home_care",
         category="одинокі громадяни", parent=sv)
sp = g.f("services_provided", "services", 9874, "Отримувачам надано 9 874 послуги догляду вдома",
         service="home_care")
rs = g.f("survey_respondents", "recipients", 46, "опитано 46 отримувачів послуги", percent=63.0,
         unit_alt="persons", note="«що становить 63,0 % від загальної кількості отримувачів» is this count's percent")
CR = [("targeting", "1\tАдресність та індивідуальний підхід\t43\t93,5\tдобре", 43, 93.5, "good"),
      ("accessibility", "2\tДоступність та відкритість\t41\t89,1\tдобре", 41, 89.1, "good"),
      ("timeliness", "3\tСвоєчасність\t38\t82,6\tдобре", 38, 82.6, "good"),
      ("effectiveness", "4\tРезультативність\t40\t87,0\tдобре", 40, 87.0, "good"),
      ("dignity", "5\tПовага до гідності отримувача\t46\t100,0\tдобре", 46, 100.0, "good"),
      ("professionalism", "6\tПрофесійність\t42\t91,3\tдобре", 42, 91.3, "good"),
      ("confidentiality", "7\tКонфіденційність інформації\t45\t97,8\tдобре", 45, 97.8, "good"),
      ("safety", "8\tЗахист та безпека\t39\t84,8\tзадовільно", 39, 84.8, "satisfactory")]
sh, rt = {}, {}
for crit, q, k, p, r in CR:
    pv = int(p) if float(p).is_integer() else p
    sh[crit] = g.f("share", "percent", pv, q, criterion=crit, alt=["satisfaction"],
                   label="частка позитивних відповідей")
    rt[crit] = g.f("rating", "rating", r, q, criterion=crit)
QO = "Загальна оцінка якості (середнє значення)\t–\t90,8\tдобре"
so = g.f("share", "percent", 90.8, QO, criterion="overall", alt=["satisfaction"],
         label="середнє значення часток за критеріями")
ro = g.f("rating", "rating", "good", QO, criterion="overall")
ro2 = g.f("rating", "rating", "good", "Якість соціальної послуги догляду вдома, наданої у 2021 році, оцінено як «добре»",
          criterion="overall", note="the overall rating written again in the conclusions")
cm = g.f("complaints", "complaints", 0, "Скарг від отримувачів послуги та їхніх родичів протягом 2021 року не надходило")

BANDS = "[(85, 100, 'good'), (60, 84.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
g.slip("rating_band", "error", CR[2][1], "добре", "задовільно", [sh["timeliness"], rt["timeliness"]],
       "Своєчасність 82,6 % is rated «добре», but the document's own scale gives «добре» only from 85 %; "
       "82,6 % falls in 60–84,9 % «задовільно» (as Захист та безпека 84,8 % is rated correctly).",
       f"band(f{n(sh['timeliness'])}, {BANDS}) == f{n(rt['timeliness'])}")
for crit, q, k, p, r in CR:
    if crit != "timeliness":
        g.check("rating_band", q, f"{p} % → {r} on the document's scale",
                f"band(f{n(sh[crit])}, {BANDS}) == f{n(rt[crit])}")
    g.check("percent_mismatch", q, f"{k} of 46 respondents = {p} %",
            f"pct_ok(f{n(sh[crit])}, {k}, f{n(rs)}, 1)")
g.check("rating_band", QO, "90,8 % → добре", f"band(f{n(so)}, {BANDS}) == f{n(ro)} and f{n(ro2)} == f{n(ro)}")
g.check("table_arithmetic", QO, "mean of the eight shares = 726,1 / 8 = 90,76 → 90,8",
        "round((" + " + ".join(f"f{n(sh[c])}" for c, *_ in CR) + f") / 8, 1) == f{n(so)}")
g.check("percent_mismatch", "опитано 46 отримувачів послуги, що становить 63,0 %", "46 / 73 = 63,01 %",
        f"pct_ok(p{n(rs)}, f{n(rs)}, f{n(sv)}, 1)")
g.check("parts_sum", "з них 48 – одинокі громадяни", "48 ≤ 73", f"f{n(s1)} <= f{n(sv)}")

g.skip("від 31.01.2022 № 9-ОД", [31, 1, 2022, 9], "order date and number")
g.skip("наданої комунальним закладом «Центр надання соціальних послуг» Привільненської сільської ради у 2021 році",
       [2021], "year in the title")
g.skip("від 01.06.2020 № 449", [1, 6, 2020, 449], "act date and number")
g.skip("від 27.12.2013 № 904", [27, 12, 2013, 904], "act date and number")
g.skip("у складі 5 осіб у період з 17 по 28 січня 2022 року", [5, 17, 28, 2022], "working group size, dates")
g.skip("оцінюваний період – з 01.01.2021 по 31.12.2021", [1, 1, 2021, 31, 12, 2021], "assessed period")
g.skip("35361, Рівненська обл., Рівненський р-н, с. Привільне, вул. Миру, 8; тел. (0362) 0-64-91; код ЄДРПОУ 42905617",
       [35361, 8, 362, 6491, 42905617], "postcode, address, phone, ЄДРПОУ")
g.skip("жителям 11 населених пунктів громади", [11], "number of settlements")
g.skip("Середній вік отримувачів – 81 рік", [81], "average age")
g.skip("(у 2020 році – 9 412)", [2020, 9412], "prior-year figure")
g.skip("вивчено 20 особових справ отримувачів, проведено 12 спостережень", [20, 12],
       "case files and observations (method sizes, no §3 id)")
g.skip("Анкета містила 24 запитання", [24], "questionnaire length")
g.skip("від 85 до 100 % відповідає оцінці «добре», від 60 до 84,9 % – «задовільно», менше 60 % – «незадовільно»",
       [85, 100, 60, 84.9, 60], "rating bands (used in rating_band checks)")
g.skip("(опитано 46 отримувачів)", [46], "respondents repeated in the table caption")
g.skip("Кількість позитивних відповідей", [43, 41, 38, 40, 46, 42, 45, 39],
       "counts of positive answers (no §3 id); literals in the percent checks")
g.skip("№\tКритерій якості", [1, 2, 3, 4, 5, 6, 7, 8], "row numbers")
g.skip("до 01.04.2022", [1, 4, 2022], "deadline")
g.skip("(не менше 2 занять)", [2], "recommendation")
g.skip("у IV кварталі 2022 року", [2022], "recommendation period")
g.skip("1) переглянути графіки", [1, 2, 3], "recommendation numbers")

g.note("report_kind internal_assessment of home care in 2021; the assessment itself was done in January 2022")
g.note("criteria table: each row gives a share (criterion set, alt satisfaction) and a rating; the counts of "
       "positive answers are skipped (no §3 id) and used as literals; «Повага до гідності отримувача» → dignity; "
       "«Захист та безпека» → safety")
g.note("the overall rating is written twice (table and conclusions): two facts; the overall 90,8 % is the mean "
       "of the eight shares → share with criterion overall")
g.note("«опитано 46 отримувачів послуги, що становить 63,0 %» → survey_respondents 46 (recipients, unit_alt "
       "persons) with percent 63,0 of the 73 served")
g.note("«Послугу надають 11 соціальних робітників» → staff_actual 11 with a label (the 11 settlements are skipped)")
g.note("centre: «комунальний заклад» (КЗ) is the legal form; variants in meta_alt")
g.write()
