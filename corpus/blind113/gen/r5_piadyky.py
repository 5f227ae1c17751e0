"""b113_05: КУ «ЦНСП» П'ядицької сільської ради (Івано-Франківська), internal quality assessment 2021.
DOCX, impersonal voice, criteria table with the document's own rating bands."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, report_path, save_docx
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

DOC = "b113_05_piadyky_cnsp_internal2021.docx"
d = Document()
d.styles["Normal"].font.name = "Times New Roman"
d.styles["Normal"].font.size = Pt(12)


def para(text, bold=False, center=False, style=None):
    p = d.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» П'ЯДИЦЬКОЇ СІЛЬСЬКОЇ РАДИ", bold=True, center=True)
para("78222, Івано-Франківська обл., с. П'ядики, вул. Шевченка, 21, тел. (03433) 0-52-80, "
     "ЄДРПОУ 44102937", center=True)
para("ЗВІТ\nпро результати внутрішньої оцінки якості надання соціальних послуг за 2021 рік", bold=True, center=True)
para("Внутрішню оцінку якості проведено відповідно до Методичних рекомендацій, затверджених наказом "
     "Мінсоцполітики від 27.12.2013 № 904, та наказу директора установи від 15.11.2021 № 38-од. "
     "Комісією у складі 4 осіб оцінювання здійснювалося з 22.11.2021 по 10.12.2021.")
para("Оцінено дві послуги: догляд вдома, яку у 2021 році отримували 52 особи, та консультування, "
     "надане 174 особам. Загалом у 2021 році до установи з питань надання соціальних послуг звернулася "
     "211 осіб, надано 9 846 соціальних послуг.")
para("Методи оцінювання", bold=True)
para("вивчення особових справ отримувачів: переглянуто 30 справ із 52 (58 %);", style="List Bullet")
para("анкетування отримувачів: анкети заповнили 48 отримувачів, з них 31 – отримувачі послуги догляду "
     "вдома, 17 – отримувачі послуги консультування;", style="List Bullet")
para("інтерв'ю з працівниками та спостереження під час надання послуг.", style="List Bullet")
para("Рівень дотримання критеріїв визначено за часткою позитивних відповідей: 81–100 % – «добре», "
     "61–80 % – «задовільно», 60 % і менше – «незадовільно».")
para("Таблиця. Результати оцінювання за критеріями якості")
rows = [("№", "Критерій", "Частка позитивних відповідей, %", "Оцінка"),
        ("1", "Адресність та індивідуальний підхід", "93,8", "«добре»"),
        ("2", "Результативність", "87,5", "«добре»"),
        ("3", "Своєчасність", "79,2", "«добре»"),
        ("4", "Доступність та відкритість", "95,8", "«добре»"),
        ("5", "Повага до гідності отримувача", "100", "«добре»"),
        ("6", "Професійність", "89,6", "«добре»"),
        ("", "Загальна оцінка", "91,0", "«добре»")]
t = d.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        t.cell(i, j).text = v
para("Кадрове забезпечення", bold=True)
para("Послуги надає 14 працівників при штатній чисельності 15,5 посади, з них 9 соціальних робітників. "
     "Протягом року 7 працівників пройшли навчання з питань надання послуги догляду вдома.")
para("Протягом 2021 року надійшла 1 скарга (щодо графіка відвідування), яку розглянуто та задоволено. "
     "Порушень конфіденційності інформації не виявлено.")
para("Висновки та рекомендації", bold=True)
para("Загальний рівень якості надання соціальних послуг установою оцінено як «добре».")
para("1) переглянути графік відвідування отримувачів у віддалених селах – до 01.03.2022;")
para("2) забезпечити навчання 2 новоприйнятих соціальних робітників – у І кварталі 2022 року.")
para("Голова комісії  ____________")
save_docx(d, report_path(DOC), author="КУ ЦНСП")

g = Gold(DOC, {"centre": "Центр надання соціальних послуг П'ядицької сільської ради", "centre_type": "cnsp",
               "settlement": "П'ядики", "oblast": "Івано-Франківська", "report_kind": "internal_assessment",
               "period_start": "2021-01-01", "period_end": "2021-12-31"},
         {"centre": ["Комунальна установа «Центр надання соціальних послуг» П'ядицької сільської ради",
                     "КУ «Центр надання соціальних послуг» П'ядицької сільської ради"]})
f_hc = g.f("served", "persons", 52, "догляд вдома, яку у 2021 році отримували 52 особи", service="home_care")
f_co = g.f("served", "persons", 174, "консультування, надане 174 особам", service="counselling")
f_ap = g.f("applied", "persons", 211, "звернулася 211 осіб")
f_sp = g.f("services_provided", "services", 9846, "надано 9 846 соціальних послуг")
f_sr = g.f("survey_respondents", "recipients", 48, "анкети заповнили 48 отримувачів", unit_alt="persons")
f_s1 = g.f("survey_respondents", "recipients", 31, "з них 31 – отримувачі послуги догляду вдома",
           service="home_care", group="survey48_by_service", parent=f_sr, unit_alt="persons")
f_s2 = g.f("survey_respondents", "recipients", 17, "17 – отримувачі послуги консультування", service="counselling",
           group="survey48_by_service", parent=f_sr, unit_alt="persons")
SH, RT = {}, {}
for name, crit, p in (("Адресність та індивідуальний підхід", "targeting", "93,8"),
                      ("Результативність", "effectiveness", "87,5"), ("Своєчасність", "timeliness", "79,2"),
                      ("Доступність та відкритість", "accessibility", "95,8"),
                      ("Повага до гідності отримувача", "dignity", "100"), ("Професійність", "professionalism", "89,6"),
                      ("Загальна оцінка", "overall", "91,0")):
    q = f"{name}\t{p}\t«добре»"
    val = float(p.replace(",", "."))
    val = int(val) if val.is_integer() else val
    SH[crit] = g.f("share", "percent", val, q, criterion=crit, alt=["satisfaction"],
                   label="частка позитивних відповідей")
    RT[crit] = g.f("rating", "rating", "good", q, criterion=crit)
f_ov2 = g.f("rating", "rating", "good", "Загальний рівень якості надання соціальних послуг установою оцінено як «добре».",
            criterion="overall", note="the overall rating again, in the conclusions: two facts")
f_act = g.f("staff_actual", "staff", 14, "Послуги надає 14 працівників")
f_pos = g.f("staff_positions", "positions", 15.5, "при штатній чисельності 15,5 посади")
f_sw = g.f("staff_actual", "staff", 9, "з них 9 соціальних робітників", label="соціальні робітники", parent=f_act)
f_tr = g.f("staff_trained", "staff", 7, "7 працівників пройшли навчання")
f_cp = g.f("complaints", "complaints", 1, "надійшла 1 скарга")

BANDS = "[(81, 100, 'good'), (61, 80.99, 'satisfactory'), (0, 60.99, 'unsatisfactory')]"
g.slip("rating_band", "error", "Своєчасність\t79,2\t«добре»", "good", "satisfactory",
       [SH["timeliness"], RT["timeliness"]],
       "79,2 % lies in the document's own band 61–80 % «задовільно», but the table rates Своєчасність «добре»",
       f"band({SH['timeliness']}, {BANDS}) == 'good'")
others = [c for c in SH if c != "timeliness"]
g.check("rating_band", "Рівень дотримання критеріїв визначено за часткою позитивних відповідей",
        "every other criterion (and the overall 91,0) lies in 81–100 % and is rated «добре»",
        " and ".join(f"band({SH[c]}, {BANDS}) == 'good'" for c in others))
g.check("percent_impossible", "Адресність та індивідуальний підхід\t93,8\t«добре»",
        "each criterion share is reachable with 48 respondents (45, 42, 38, 46, 48, 43 of 48)",
        " and ".join(f"grim_ok({SH[c]}, {f_sr}, 1)" for c in SH if c != "overall"))
g.check("parts_sum", "з них 31 – отримувачі послуги догляду вдома", "31 + 17 = 48", f"{f_s1} + {f_s2} == {f_sr}")
g.check("percent_mismatch", "переглянуто 30 справ із 52 (58 %)", "30/52 = 57,7 → 58 (case files: literal)",
        f"pct_ok(58, 30, {f_hc}, 0)")
g.check("parts_sum", "з них 9 соціальних робітників", "9 ≤ 14 ≤ 15,5; 7 trained ≤ 14",
        f"{f_sw} <= {f_act} <= {f_pos} and {f_tr} <= {f_act}")
g.check("parts_sum", "звернулася 211 осіб", "52 + 174 = 226 served ≠ applied 211 is not a breakdown; checked only "
        "that each service ≤ applied", f"{f_hc} <= {f_ap} and {f_co} <= {f_ap}")

g.skip("78222, Івано-Франківська обл., с. П'ядики, вул. Шевченка, 21, тел. (03433) 0-52-80, ЄДРПОУ 44102937",
       [78222, 21, 3433, 5280, 44102937], "postcode, address, phone, ЄДРПОУ")
g.skip("за 2021 рік", [2021], "year")
g.skip("наказом Мінсоцполітики від 27.12.2013 № 904, та наказу директора установи від 15.11.2021 № 38-од",
       [27, 12, 2013, 904, 15, 11, 2021, 38], "act dates and numbers")
g.skip("Комісією у складі 4 осіб оцінювання здійснювалося з 22.11.2021 по 10.12.2021.", [4, 22, 11, 2021, 10, 12, 2021],
       "commission size, assessment dates")
g.skip("переглянуто 30 справ із 52 (58 %)", [30, 52, 58], "case files reviewed (no §3 id); 52 repeats home-care served")
g.skip("81–100 % – «добре», 61–80 % – «задовільно», 60 % і менше – «незадовільно»", [81, 100, 61, 80, 60],
       "rating bands")
g.skip("1\tАдресність та індивідуальний підхід", [1, 2, 3, 4, 5, 6], "row numbers")
g.skip("Порушень конфіденційності інформації не виявлено.", [], "no figure (confidentiality), no fact")
g.skip("1) переглянути графік відвідування отримувачів у віддалених селах – до 01.03.2022;", [1, 1, 3, 2022],
       "recommendation number, deadline")
g.skip("2) забезпечити навчання 2 новоприйнятих соціальних робітників – у І кварталі 2022 року.", [2, 2, 2022],
       "recommendation, plan")
g.note("Criterion shares → share with criterion (alt satisfaction); each table row also gives a rating fact. The "
       "overall rating is written twice (table, conclusions): two facts.")
g.note("The Загальна оцінка 91,0 % equals the mean of the six criterion shares (545,9 / 6 = 90,98); no §6 rule covers "
       "means, so it is not a check.")
g.note("Bands: 81–100 «добре», 61–80 «задовільно», ≤ 60 «незадовільно»; the verify encodes 61–80,99 for «задовільно» so "
       "that 79,2 falls in it.")
g.note("52 + 174 = 226 served exceeds the 211 applicants; the text does not present them as a breakdown, and one person "
       "may receive both services, so no finding.")
g.note("«15,5 посади» → staff_positions 15.5; «надійшла 1 скарга» → complaints 1.")
g.write()
