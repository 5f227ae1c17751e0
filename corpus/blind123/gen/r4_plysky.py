"""b123_04: ТЦСО Плисківської сільської ради (Чернігівська), internal quality assessment of home care, 2022.
DOCX, impersonal voice, criteria table with the document's own rating bands."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, save_docx, docx_table

DOC = "b123_04_plysky_tcso_internal2022.docx"

d = docx.Document()
d.styles["Normal"].font.name = "Times New Roman"
d.styles["Normal"].font.size = Pt(13)
P = d.add_paragraph

p = P("ЗАТВЕРДЖЕНО\nнаказ директора Терцентру\nвід 10.02.2023 № 9-ОД")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p = P("ЗВІТ\nпро проведення внутрішньої оцінки якості соціальної послуги догляду вдома, наданої "
      "Територіальним центром соціального обслуговування (надання соціальних послуг) Плисківської "
      "сільської ради Ніжинського району Чернігівської області у 2022 році")
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
P("16550, Чернігівська обл., Ніжинський р-н, с. Плиски, вул. Незалежності, 3а; тел. (04631) 0-27-09; "
  "plysky.tc@example.ua; код ЄДРПОУ 41562278")

d.add_heading("I. Організація оцінювання", level=2)
P("Внутрішню оцінку якості проведено відповідно до Методичних рекомендацій, затверджених наказом "
  "Міністерства соціальної політики України від 27.12.2013 № 904, робочою групою у складі 5 осіб, "
  "утвореною наказом директора від 09.01.2023 № 3-ОД. Оцінювання тривало з 16 січня по 3 лютого 2023 року.")
P("Під час оцінювання проаналізовано 40 особових справ отримувачів, здійснено 12 спостережень за наданням "
  "послуги вдома, проведено анкетування отримувачів. З розданих 90 анкет повернуто заповненими 82.")

d.add_heading("II. Загальна характеристика послуги", level=2)
P("Упродовж 2022 року послугу догляду вдома отримували 117 осіб, з них 39 – одинокі громадяни, 12 – "
  "внутрішньо переміщені особи. Середній вік отримувачів – 78 років. Протягом року взято на обслуговування "
  "28 осіб. Загалом надано 14 608 послуг догляду вдома.")
P("Надання послуги припинено 21 особі, у тому числі: у зв'язку зі смертю – 11, у зв'язку з влаштуванням до "
  "інтернатної установи – 6, за заявою отримувача – 4.")
P("Послугу надають 14 соціальних робітників (штатним розписом передбачено 15 посад). У 2022 році "
  "6 працівників пройшли навчання з питань догляду за особами з деменцією.")

d.add_heading("III. Результати оцінювання за критеріями", level=2)
P("Рівень якості за кожним критерієм визначався за часткою позитивних відповідей отримувачів: 80–100 % – "
  "«добре», 51–79 % – «задовільно», 50 % і менше – «незадовільно».")
P("Таблиця 2")
rows = [
    ["Критерій якості", "Частка позитивних відповідей, %", "Оцінка"],
    ["Адресність та індивідуальний підхід", "91,5", "добре"],
    ["Результативність", "84,1", "добре"],
    ["Своєчасність", "78,0", "добре"],
    ["Доступність та відкритість", "89,0", "добре"],
    ["Повага до гідності отримувача", "97,6", "добре"],
    ["Професійність", "86,6", "добре"],
    ["Захист та безпека", "68,3", "задовільно"],
    ["Конфіденційність інформації", "95,1", "добре"],
    ["Загальна оцінка якості", "–", "добре"],
]
docx_table(d, rows)
P("")
P("Загалом якістю послуги задоволені 93 % опитаних. Скарг на якість послуги протягом 2022 року не надходило. "
  "Порушень конфіденційності не виявлено.")

d.add_heading("IV. Висновки та рекомендації", level=2)
P("За результатами внутрішньої оцінки якість соціальної послуги догляду вдома, наданої у 2022 році, "
  "визнано на рівні «добре».")
P("1. Облаштувати до 01.06.2023 засоби тривожної кнопки для 7 одиноких отримувачів, які проживають у "
  "віддалених селах.", style="List Number")
P("2. Переглянути графіки відвідувань з урахуванням відстані (понад 15 км) між селами.", style="List Number")
P("Голова робочої групи ____________")

save_docx(d, report_path(DOC), author="Терцентр")

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Плисківської сільської ради",
    "centre_type": "tcso", "settlement": "Плиски", "oblast": "Чернігівська",
    "report_kind": "internal_assessment", "period_start": "2022-01-01", "period_end": "2022-12-31",
}, meta_alt={"settlement": ["Плисківська сільська громада"]})
F = g.f
n = lambda i: int(i[1:])
rs = F("survey_respondents", "persons", 82, "повернуто заповненими 82")
sv = F("served", "persons", 117, "послугу догляду вдома отримували 117 осіб", service="home_care")
F("served", "persons", 39, "з них 39 – одинокі громадяни", service="home_care", category="одинокі громадяни", parent=sv)
F("served", "persons", 12, "12 – внутрішньо переміщені особи", service="home_care",
  category="внутрішньо переміщені особи", parent=sv)
nw = F("served", "persons", 28, "взято на обслуговування 28 осіб", service="home_care",
       alt=["registered_new", "support_started"], label="взято на обслуговування", parent=sv)
F("services_provided", "services", 14608, "надано 14 608 послуг догляду вдома", service="home_care")
sc = F("support_completed", "persons", 21, "Надання послуги припинено 21 особі", service="home_care",
       alt=["deregistered"])
r1 = F("outcome_other", "persons", 11, "у зв'язку зі смертю – 11", service="home_care", label="смерть",
       alt=["deregistered"], group="stopped_21", parent=sc)
r2 = F("outcome_other", "persons", 6, "у зв'язку з влаштуванням до інтернатної установи – 6", service="home_care",
       label="влаштування до інтернатної установи", alt=["deregistered"], group="stopped_21", parent=sc)
r3 = F("outcome_other", "persons", 4, "за заявою отримувача – 4", service="home_care", label="за заявою отримувача",
       alt=["deregistered"], group="stopped_21", parent=sc)
act = F("staff_actual", "staff", 14, "Послугу надають 14 соціальних робітників", label="соціальні робітники")
pos = F("staff_positions", "positions", 15, "штатним розписом передбачено 15 посад")
F("staff_trained", "staff", 6, "6 працівників пройшли навчання")

crit = [("targeting", "Адресність та індивідуальний підхід\t91,5\tдобре", 91.5, "good"),
        ("effectiveness", "Результативність\t84,1\tдобре", 84.1, "good"),
        ("timeliness", "Своєчасність\t78,0\tдобре", 78, "good"),
        ("accessibility", "Доступність та відкритість\t89,0\tдобре", 89, "good"),
        ("dignity", "Повага до гідності отримувача\t97,6\tдобре", 97.6, "good"),
        ("professionalism", "Професійність\t86,6\tдобре", 86.6, "good"),
        ("safety", "Захист та безпека\t68,3\tзадовільно", 68.3, "satisfactory"),
        ("confidentiality", "Конфіденційність інформації\t95,1\tдобре", 95.1, "good")]
pairs = []
for cid, q, pct, rt in crit:
    s = F("share", "percent", pct, q, criterion=cid, service="home_care", alt=["satisfaction"],
          label="частка позитивних відповідей")
    r = F("rating", "rating", rt, q, criterion=cid, service="home_care")
    pairs.append((cid, s, r))
ov = F("rating", "rating", "good", "Загальна оцінка якості\t–\tдобре", criterion="overall", service="home_care")
sat = F("satisfaction", "percent", 93, "якістю послуги задоволені 93 % опитаних", service="home_care")
F("complaints", "complaints", 0, "Скарг на якість послуги протягом 2022 року не надходило.")
ov2 = F("rating", "rating", "good", "визнано на рівні «добре»", criterion="overall", service="home_care",
        note="the overall rating again, in the conclusions")

B = "[(80, 100, 'good'), (51, 79, 'satisfactory'), (0, 50, 'unsatisfactory')]"
tim = [p for p in pairs if p[0] == "timeliness"][0]
g.slip("rating_band", "error", "Своєчасність\t78,0\tдобре", "good", "satisfactory", [tim[1], tim[2]],
       "78,0 % lies in the document's own band 51–79 % «задовільно», but the table rates timeliness «добре»",
       f"band(f{n(tim[1])}, {B}) == f{n(tim[2])}")
others = [p for p in pairs if p[0] != "timeliness"]
g.check("rating_band", "80–100 % – «добре», 51–79 % – «задовільно», 50 % і менше – «незадовільно»",
        "the other seven criteria are rated by the stated bands",
        " and ".join(f"band(f{n(s)}, {B}) == f{n(r)}" for _, s, r in others))
g.check("percent_impossible", "Частка позитивних відповідей, %",
        "every criterion share is reachable with 82 respondents (75, 69, 64, 73, 80, 71, 56, 78 of 82)",
        " and ".join(f"grim_ok(f{n(s)}, f{n(rs)}, 1)" for _, s, _r in pairs))
g.check("percent_impossible", "якістю послуги задоволені 93 % опитаних", "76 of 82 = 92,7 → 93",
        f"grim_ok(f{n(sat)}, f{n(rs)}, 0)")
g.check("parts_sum", "Надання послуги припинено 21 особі, у тому числі:", "11 + 6 + 4 = 21",
        f"f{n(r1)} + f{n(r2)} + f{n(r3)} == f{n(sc)}")
g.check("parts_sum", "Протягом року взято на обслуговування", "28 taken ≤ 117 served; 21 stopped ≤ 117",
        f"f{n(nw)} <= f{n(sv)} and f{n(sc)} <= f{n(sv)}")
g.check("parts_sum", "Послугу надають 14 соціальних робітників", "14 ≤ 15", f"f{n(act)} <= f{n(pos)}")
g.check("internal_conflict", "визнано на рівні «добре»", "the overall rating of the conclusions = the table's",
        f"f{n(ov)} == f{n(ov2)}")

g.skip("наказ директора Терцентру\nвід 10.02.2023 № 9-ОД", [10, 2, 2023, 9], "approval order date and number")
g.skip("у 2022 році", [2022], "year in the title")
g.skip("16550, Чернігівська обл., Ніжинський р-н, с. Плиски, вул. Незалежності, 3а; тел. (04631) 0-27-09",
       [16550, 3, 4631, 2709], "postcode, address, phone")
g.skip("код ЄДРПОУ 41562278", [41562278], "ЄДРПОУ")
g.skip("від 27.12.2013 № 904, робочою групою у складі 5 осіб, утвореною наказом директора від 09.01.2023 № 3-ОД",
       [27, 12, 2013, 904, 5, 9, 1, 2023, 3], "legal act, order numbers and dates, size of the working group")
g.skip("Оцінювання тривало з 16 січня по 3 лютого 2023 року.", [16, 3, 2023], "assessment dates")
g.skip("проаналізовано 40 особових справ отримувачів, здійснено 12 спостережень", [40, 12],
       "method: case files and observations (no §3 id)")
g.skip("З розданих 90 анкет", [90], "questionnaires handed out (the respondents are the 82 returned)")
g.skip("Середній вік отримувачів – 78 років.", [78], "age")
g.skip("У 2022 році 6 працівників", [2022], "year")
g.skip("80–100 % – «добре», 51–79 % – «задовільно», 50 % і менше – «незадовільно»", [80, 100, 51, 79, 50],
       "rating bands")
g.skip("Таблиця 2", [2], "table number")
g.skip("1. Облаштувати до 01.06.2023 засоби тривожної кнопки для 7 одиноких отримувачів", [1, 1, 6, 2023, 7],
       "recommendation: number, deadline, planned count")
g.skip("2. Переглянути графіки відвідувань з урахуванням відстані (понад 15 км) між селами.", [2, 15],
       "recommendation number, distance")
g.skip("I. Організація оцінювання", [], "Roman section numbers I–IV")

g.note("impersonal voice («проведено», «визнано»); the assessed provider is the ТЦСО, the period assessed is 2022 "
       "(the assessment itself ran in January–February 2023)")
g.note("criteria table: each row gives a share (share, alt satisfaction, with criterion) and a rating; the "
       "«Загальна оцінка» row has «–» for the share, so only the rating; the overall rating is written again in "
       "the conclusions: two facts")
g.note("«припинено 21 особі, у тому числі …» → support_completed (alt deregistered), reasons outcome_other")
g.note("39 одинокі and 12 ВПО are overlapping categories of the 117 (parent only, no group)")
g.note("planted slip: Своєчасність 78,0 % rated «добре» against the text's band 80–100 %")
g.write()
