"""b104_04: internal quality assessment of home care provided in 2023 by КУ «ЦНСП» Бедевлянської сільської ради
(Закарпатська). DOCX, impersonal voice, criteria table with the document's own bands, a respondents-by-age table."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, save_docx

NAME = "b104_04_bedevlia_cnsp_internal2023.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(12)


def para(text, bold=False, center=False, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v


para("ЗАТВЕРДЖУЮ", bold=True)
para("Директор КУ «ЦНСП» Бедевлянської сільської ради")
para("31.01.2024")
para("ЗВІТ", bold=True, center=True)
para("про проведення внутрішньої оцінки якості соціальної послуги догляду вдома, наданої Комунальною установою "
     "«Центр надання соціальних послуг» Бедевлянської сільської ради Тячівського району Закарпатської області "
     "у 2023 році", bold=True, center=True)

para("Внутрішню оцінку якості проведено відповідно до Порядку, затвердженого постановою Кабінету Міністрів "
     "України від 01.06.2020 № 449, та наказу директора від 08.01.2024 № 3-ОД. Оцінювання здійснювала робоча "
     "група у складі 5 осіб з 15 по 26 січня 2024 року. Оцінювався період з 01.01.2023 по 31.12.2023.")
para("Методи оцінювання: аналіз 18 особових справ отримувачів, анкетування отримувачів, спостереження "
     "(6 візитів до отримувачів разом із соціальними робітниками), співбесіди з працівниками.")

para("1. Загальна характеристика послуги", bold=True)
para("Послуга догляду вдома надається мешканцям 7 населених пунктів громади. Упродовж 2023 року послугу "
     "отримували 52 особи, середній вік отримувачів – 78 років. Протягом року взято на обслуговування 9 осіб. "
     "Надання послуги припинено 7 особам: у зв'язку зі смертю – 4, у зв'язку з влаштуванням до закладу "
     "стаціонарного догляду – 2, за особистою заявою – 1. За рік надано 9 416 послуг догляду вдома.")
para("Послугу надають 9 соціальних робітників; у 2023 році четверо з них пройшли навчання за програмою "
     "«Догляд за людьми з деменцією» (24 години). Скарги від отримувачів послуги протягом 2023 року не надходили.")

para("2. Анкетування", bold=True)
para("В анкетуванні взяли участь 34 отримувачі послуги, що становить 65,4 % від їх загальної кількості. "
     "Розподіл респондентів за віком наведено в таблиці 1.")
para("Таблиця 1. Респонденти за віком")
table([
    ("Вікова група", "Кількість респондентів"),
    ("60–69 років", "7"),
    ("70–79 років", "14"),
    ("80 років і старше", "13"),
    ("Усього", "34"),
])

para("3. Результати оцінювання за критеріями", bold=True)
para("Оцінка за кожним критерієм визначалася за часткою позитивних відповідей: від 81 до 100 % – «добре», "
     "від 61 до 80 % – «задовільно», 60 % і менше – «незадовільно».")
para("Таблиця 2. Оцінка якості послуги догляду вдома за критеріями")
crit = [
    ("Адресність та індивідуальний підхід", "94,1", "добре"),
    ("Результативність", "85,3", "добре"),
    ("Своєчасність", "91,2", "добре"),
    ("Доступність та відкритість", "76,5", "задовільно"),
    ("Зручність", "88,2", "добре"),
    ("Повага до гідності отримувача", "100", "добре"),
    ("Професійність", "58,8", "задовільно"),
]
table([("Критерій", "Частка позитивних відповідей, %", "Оцінка")] + crit + [("Загальна оцінка", "–", "добре")])

para("4. Висновки та рекомендації", bold=True)
para("Загальна оцінка якості надання соціальної послуги догляду вдома у 2023 році – «добре». Найнижчі "
     "показники отримано за критеріями «Професійність» та «Доступність та відкритість».")
para("Рекомендовано:")
para("1) до 01.06.2024 організувати навчання соціальних робітників з надання першої допомоги;")
para("2) розмістити інформацію про порядок отримання послуги в кожному з 7 старостинських округів;")
para("3) повторно провести анкетування у IV кварталі 2024 року.")
para("Голова робочої групи                                   (підпис)")

path = report_path(NAME)
save_docx(doc, path, author="ЦНСП Бедевля")

g = Gold(NAME, {
    "centre": "Центр надання соціальних послуг Бедевлянської сільської ради",
    "centre_type": "cnsp", "settlement": "Бедевля", "oblast": "Закарпатська",
    "report_kind": "internal_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31",
}, meta_alt={"centre": [
    "Комунальна установа «Центр надання соціальних послуг» Бедевлянської сільської ради",
    "КУ «ЦНСП» Бедевлянської сільської ради",
    "Комунальна установа «Центр надання соціальних послуг» Бедевлянської сільської ради Тячівського району Закарпатської області",
]})
F = g.f
n = lambda x: x[1:]
f_srv = F("served", "persons", 52, "Упродовж 2023 року послугу отримували 52 особи", service="home_care")
f_new = F("served", "persons", 9, "Протягом року взято на обслуговування 9 осіб", service="home_care",
          alt=["registered_new", "support_started"], label="взято на обслуговування")
f_stop = F("support_completed", "persons", 7, "Надання послуги припинено 7 особам", service="home_care",
           alt=["deregistered"])
f_o1 = F("outcome_other", "persons", 4, "у зв'язку зі смертю – 4", label="смерть", group="stopped_7", parent=f_stop)
f_o2 = F("outcome_other", "persons", 2, "у зв'язку з влаштуванням до закладу стаціонарного догляду – 2",
         label="влаштування до закладу стаціонарного догляду", group="stopped_7", parent=f_stop)
f_o3 = F("outcome_other", "persons", 1, "за особистою заявою – 1", label="за особистою заявою", group="stopped_7", parent=f_stop)
f_sp = F("services_provided", "services", 9416, "За рік надано 9 416 послуг догляду вдома", service="home_care")
f_st = F("staff_actual", "staff", 9, "Послугу надають 9 соціальних робітників", label="соціальні робітники")
f_tr = F("staff_trained", "staff", 4, "четверо з них пройшли навчання", parent=f_st,
         note="number written in words")
f_cmp = F("complaints", "complaints", 0, "Скарги від отримувачів послуги протягом 2023 року не надходили.")
f_sv = F("survey_respondents", "persons", 34, "В анкетуванні взяли участь 34 отримувачі послуги, що становить 65,4 %", percent=65.4,
         unit_alt="recipients")
tot_q = "Усього\t34"
f_svt = F("survey_respondents", "persons", 34, tot_q, label="Усього (табл. 1)", unit_alt="recipients")
ages = []
for lab, v in (("60–69 років", 7), ("70–79 років", 14), ("80 років і старше", 13)):
    ages.append(F("survey_respondents", "persons", v, f"{lab}\t{v}", label=lab, group="respondents_by_age",
                  parent=f_svt, unit_alt="recipients"))
cid = {"Адресність та індивідуальний підхід": "targeting", "Результативність": "effectiveness",
       "Своєчасність": "timeliness", "Доступність та відкритість": "accessibility", "Зручність": "convenience",
       "Повага до гідності отримувача": "dignity", "Професійність": "professionalism"}
rv = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}
sh, rt = {}, {}
for name, pct, r in crit:
    q = f"{name}\t{pct}\t{r}"
    v = float(pct.replace(",", "."))
    v = int(v) if v.is_integer() else v
    sh[cid[name]] = F("share", "percent", v, q, criterion=cid[name], alt=["satisfaction"], label=name)
    rt[cid[name]] = F("rating", "rating", rv[r], q, criterion=cid[name])
f_ov = F("rating", "rating", "good", "Загальна оцінка\t–\tдобре", criterion="overall")
f_ov2 = F("rating", "rating", "good", "Загальна оцінка якості надання соціальної послуги догляду вдома у 2023 році – «добре»",
          criterion="overall", note="the overall rating written a second time, in the conclusions")

BANDS = "[(81, 100, 'good'), (61, 80.99, 'satisfactory'), (0, 60.99, 'unsatisfactory')]"
g.slip("rating_band", "error", "Професійність\t58,8\tзадовільно", "satisfactory", "unsatisfactory",
       [sh["professionalism"], rt["professionalism"]],
       "58,8 % of positive answers is «незадовільно» under the document's own bands (60 % і менше); the table says «задовільно»",
       f"band(f{n(sh['professionalism'])}, {BANDS}) == f{n(rt['professionalism'])}")
others = [c for c in cid.values() if c != "professionalism"]
g.check("rating_band", "Оцінка за кожним критерієм визначалася за часткою позитивних відповідей",
        "the six other criteria fall in the band of their rating",
        " and ".join(f"band(f{n(sh[c])}, {BANDS}) == f{n(rt[c])}" for c in others))
g.check("percent_impossible", "Таблиця 2. Оцінка якості послуги догляду вдома за критеріями",
        "every share is k/34 for a whole k (32, 29, 31, 26, 30, 34, 20)",
        " and ".join(f"grim_ok(f{n(sh[c])}, f{n(f_sv)}, 1)" for c in cid.values()))
g.check("percent_mismatch", "В анкетуванні взяли участь 34 отримувачі послуги, що становить 65,4 %",
        "34 / 52 = 65,38 % → 65,4", f"pct_ok(p{n(f_sv)}, f{n(f_sv)}, f{n(f_srv)}, 1)")
g.check("table_arithmetic", tot_q, "7 + 14 + 13 = 34", " + ".join(f"f{n(x)}" for x in ages) + f" == f{n(f_svt)} == f{n(f_sv)}")
g.check("parts_sum", "Надання послуги припинено 7 особам", "4 + 2 + 1 = 7", f"f{n(f_o1)} + f{n(f_o2)} + f{n(f_o3)} == f{n(f_stop)}")
g.check("parts_sum", "четверо з них пройшли навчання", "4 ≤ 9", f"f{n(f_tr)} <= f{n(f_st)}")

g.skip("31.01.2024", [31, 1, 2024], "approval date")
g.skip("у 2023 році", [2023], "year of the title")
g.skip("постановою Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449], "act date and number")
g.skip("наказу директора від 08.01.2024 № 3-ОД", [8, 1, 2024, 3], "order date and number")
g.skip("робоча група у складі 5 осіб з 15 по 26 січня 2024 року", [5, 15, 26, 2024], "working group size, assessment dates")
g.skip("Оцінювався період з 01.01.2023 по 31.12.2023.", [1, 1, 2023, 31, 12, 2023], "assessed period")
g.skip("аналіз 18 особових справ отримувачів", [18], "case files analysed (method)")
g.skip("(6 візитів до отримувачів разом із соціальними робітниками)", [6], "observation visits (method)")
g.skip("1. Загальна характеристика послуги", [1, 2, 3, 4], "section numbers 1.–4.")
g.skip("мешканцям 7 населених пунктів громади", [7], "settlements")
g.skip("середній вік отримувачів – 78 років", [78], "average age")
g.skip("«Догляд за людьми з деменцією» (24 години)", [24], "duration of the course")
g.skip("Таблиця 1. Респонденти за віком", [1], "table number")
g.skip("наведено в таблиці 1", [1], "table number")
g.skip("60–69 років\t7", [60, 69, 70, 79, 80], "ages in the labels of table 1")
g.skip("від 81 до 100 % – «добре», від 61 до 80 % – «задовільно», 60 % і менше – «незадовільно»",
       [81, 100, 61, 80, 60], "band definitions")
g.skip("Таблиця 2. Оцінка якості послуги догляду вдома за критеріями", [2], "table number")
g.skip("1) до 01.06.2024 організувати навчання", [1, 1, 6, 2024], "recommendation number, deadline")
g.skip("2) розмістити інформацію про порядок отримання послуги в кожному з 7 старостинських округів", [2, 7],
       "recommendation number, number of округи")
g.skip("3) повторно провести анкетування у IV кварталі 2024 року", [3, 4, 2024], "recommendation number, plan")

g.note("criterion shares → share with criterion (alt satisfaction); ratings → rating with criterion; the «Загальна "
       "оцінка» row and the conclusions give the overall rating twice: two facts")
g.note("«четверо з них пройшли навчання» is a number in words: staff_trained 4")
g.note("«Надання послуги припинено 7 особам» → support_completed (alt deregistered) with reasons as outcome_other, as in blind18; "
       "«взято на обслуговування 9 осіб» → served (alt registered_new, support_started)")
g.note("the 34 respondents are written twice (prose with 65,4 % and the «Усього» row of table 1): two facts; the "
       "age groups hang on the table total")
g.note("bands: «від 81 до 100 %», «від 61 до 80 %», «60 % і менше»; in `verify` they are written (81, 100), "
       "(61, 80.99), (0, 60.99) so that decimals between the written bounds fall somewhere")
g.write()
