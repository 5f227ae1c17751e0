"""b116_05: УСЗН Орининської сільської ради, analytic note on social services in 2021. DOCX with
headings, a bulleted list and a table with percentages. Third person."""
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, save_docx

DOC = "b116_05_oryny_uszn_analytic2021.docx"
NB = "\u00a0"

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)


def para(text, bold=False, align=None, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


para("ОРИНИНСЬКА СІЛЬСЬКА РАДА\nКам'янець-Подільського району Хмельницької області\n"
     "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ", bold=True, align="c")
para("32442, с. Оринин, вул. Соборна, 55, тел. (03849) 0-62-17, uszn.oryny@example.ua, код ЄДРПОУ 44170358",
     align="c")
d.add_heading("Аналітична записка щодо стану надання соціальних послуг в Орининській "
              "територіальній громаді у 2021 році", level=1)
para("Управління соціального захисту населення Орининської сільської ради (далі – Управління) відповідно до "
     "Закону України «Про соціальні послуги» організовує надання соціальних послуг мешканцям громади "
     "(близько 12,9 тис. осіб у 28 населених пунктах). Послуги надають КУ «Центр надання соціальних послуг» "
     "Орининської сільської ради та фахівці із соціальної роботи Управління.", align="j")
d.add_heading("1. Звернення та визначення потреб", level=2)
para("Протягом 2021 року до Управління звернулося 1" + NB + "274 особи, з них щодо отримання соціальних "
     "послуг – 236. Оцінку потреб проведено 212 сім'ям/особам. Виявлено 58 сімей, які перебувають у "
     "складних життєвих обставинах, у них виховується 131 дитина.", align="j")
d.add_heading("2. Отримувачі соціальних послуг", level=2)
para("Загалом соціальними послугами у 2021 році охоплено 1" + NB + "018 осіб (у 2020 році – 894), серед них "
     "64 внутрішньо переміщені особи. Розподіл отримувачів за видами послуг наведено в таблиці.", align="j")
rows = [["Соціальна послуга", "Кількість отримувачів, осіб", "% від загальної кількості"],
        ["Консультування", "612", "60,1"],
        ["Натуральна допомога", "177", "17,4"],
        ["Догляд вдома", "142", "13,9"],
        ["Соціальна адаптація", "51", "5,0"],
        ["Денний догляд", "36", "3,5"],
        ["Разом", "1" + NB + "018", "100,0"]]
t = d.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
para("")
para("Крім того:", align="j")
for s in ["під соціальним супроводом перебувало 23 сім'ї, у яких виховується 49 дітей;",
          "послугою соціального таксі скористалися 39 осіб (здійснено 120 поїздок);",
          "одноразову матеріальну допомогу надано 94 особам на загальну суму 287,5 тис. грн."]:
    para(s, style="List Bullet")
d.add_heading("3. Якість послуг", level=2)
para("У жовтні 2021 року Управлінням проведено анкетування отримувачів соціальних послуг, в якому взяли "
     "участь 48 осіб. Як високу якість послуг оцінили 87,6 % опитаних, як задовільну – 10,4 %, "
     "2,1 % висловили зауваження щодо графіка надання послуг. Скарг на якість соціальних послуг до "
     "Управління не надходило.", align="j")
d.add_heading("4. Ресурсне забезпечення", level=2)
para("Штатна чисельність Управління – 16 посад, з них фахівців із соціальної роботи – 7; фактично працює "
     "15 осіб. Протягом року 5 фахівців пройшли навчання з питань організації надання соціальних послуг.",
     align="j")
para("Касові видатки на утримання КУ «Центр надання соціальних послуг» у 2021 році становили "
     "6" + NB + "318,4 тис. грн, або 98,9 % від затверджених призначень (6" + NB + "388,7 тис. грн).", align="j")
d.add_heading("5. Висновки та пропозиції", level=2)
para("Потреба мешканців громади в базових соціальних послугах задоволена. Доцільно у 2022 році запровадити "
     "послугу підтриманого проживання (орієнтовно для 6 осіб) та ввести ще 2 посади фахівців із соціальної "
     "роботи відповідно до Програми соціального захисту населення на 2021–2023 роки.", align="j")
para("Начальник Управління                                              (підпис)")
para("Виконавець: відділ соціальних послуг, тел. (03849) 0-62-19")
save_docx(d, report_path(DOC), author="УСЗН Оринин")

g = Gold(DOC, {
    "centre": "Управління соціального захисту населення Орининської сільської ради",
    "centre_type": "uszn", "settlement": "Оринин", "oblast": "Хмельницька",
    "report_kind": "period_report", "period_start": "2021-01-01", "period_end": "2021-12-31",
}, {"report_kind": ["annual_report"]})
f = g.f
o1 = f("applied", "persons", 1274, "до Управління звернулося 1 274 особи")
o2 = f("applied", "persons", 236, "з них щодо отримання соціальних послуг – 236", label="щодо отримання соціальних послуг",
       parent=o1)
o3 = f("needs_assessed", "families_persons", 212, "Оцінку потреб проведено 212 сім'ям/особам")
o4 = f("in_difficult_circumstances", "families", 58, "Виявлено 58 сімей")
o5 = f("in_difficult_circumstances", "children", 131, "у них виховується 131 дитина", parent=o4)
o6 = f("served", "persons", 1018, "Загалом соціальними послугами у 2021 році охоплено 1 018 осіб")
o7 = f("served", "persons", 64, "серед них 64 внутрішньо переміщені особи", category="внутрішньо переміщені особи",
       parent=o6)
o8 = f("served", "persons", 1018, "Разом\t1 018\t100,0", percent=100.0, label="Разом")
G = "served_1018_by_service"
o9 = f("served", "persons", 612, "Консультування\t612\t60,1", percent=60.1, service="counselling", group=G, parent=o8)
o10 = f("served", "persons", 177, "Натуральна допомога\t177\t17,4", percent=17.4, service="natural_aid", group=G, parent=o8)
o11 = f("served", "persons", 142, "Догляд вдома\t142\t13,9", percent=13.9, service="home_care", group=G, parent=o8)
o12 = f("served", "persons", 51, "Соціальна адаптація\t51\t5,0", percent=5.0, service="social_adaptation", group=G, parent=o8)
o13 = f("served", "persons", 36, "Денний догляд\t36\t3,5", percent=3.5, service="day_care", group=G, parent=o8)
o14 = f("served", "families", 23, "під соціальним супроводом перебувало 23 сім'ї", service="social_support_sjo",
        alt=["support_ongoing"])
o15 = f("served", "children", 49, "у яких виховується 49 дітей", service="social_support_sjo",
        alt=["support_ongoing"], parent=o14)
o16 = f("served", "persons", 39, "послугою соціального таксі скористалися 39 осіб", service="social_taxi")
o17 = f("served", "persons", 94, "одноразову матеріальну допомогу надано 94 особам",
        label="одноразова матеріальна допомога")
o18 = f("aid_value", "uah", 287500, "на загальну суму 287,5 тис. грн", label="одноразова матеріальна допомога")
o19 = f("survey_respondents", "persons", 48, "в якому взяли участь 48 осіб")
o20 = f("satisfaction", "percent", 87.6, "Як високу якість послуг оцінили 87,6 % опитаних",
        label="оцінили якість послуг як високу", alt=["share"])
o21 = f("share", "percent", 10.4, "як задовільну – 10,4 %", label="оцінили якість послуг як задовільну",
        alt=["satisfaction"])
o22 = f("share", "percent", 2.1, "2,1 % висловили зауваження щодо графіка надання послуг",
        label="висловили зауваження щодо графіка надання послуг")
o23 = f("complaints", "complaints", 0, "Скарг на якість соціальних послуг до Управління не надходило")
o24 = f("staff_positions", "positions", 16, "Штатна чисельність Управління – 16 посад")
o25 = f("staff_positions", "positions", 7, "з них фахівців із соціальної роботи – 7",
        label="фахівці із соціальної роботи", parent=o24)
o26 = f("staff_actual", "staff", 15, "фактично працює 15 осіб")
o27 = f("staff_trained", "staff", 5, "5 фахівців пройшли навчання")
o28 = f("budget_spent", "uah", 6318400, "становили 6 318,4 тис. грн, або 98,9 %", percent=98.9,
        label="утримання КУ «Центр надання соціальних послуг»")
o29 = f("budget_approved", "uah", 6388700, "від затверджених призначень (6 388,7 тис. грн)",
        label="утримання КУ «Центр надання соціальних послуг»")

g.slip("percent_impossible", "error", "Як високу якість послуг оцінили 87,6 % опитаних", 87.6, 87.5,
       [o19, o20],
       "no whole number of the 48 respondents gives 87,6 %: 42 of 48 is 87,5 %, 43 is 89,6 %. The three "
       "shares still sum to 100,1 %, within rounding, so percents_sum does not fire",
       "grim_ok(f20, f19, 1)")

g.check("percents_sum", "як задовільну – 10,4 %", "87,6 + 10,4 + 2,1 = 100,1 (within ±0,15)",
        "psum_ok([f20, f21, f22], 1)")
g.check("percent_impossible", "як задовільну – 10,4 %", "10,4 % = 5 of 48; 2,1 % = 1 of 48",
        "grim_ok(f21, f19, 1) and grim_ok(f22, f19, 1)")
g.check("table_arithmetic", "Разом\t1 018\t100,0", "612 + 177 + 142 + 51 + 36 = 1 018",
        "f9 + f10 + f11 + f12 + f13 == f8")
g.check("percent_mismatch", "Консультування\t612\t60,1", "each row's % of 1 018 holds at one decimal",
        "pct_ok(p9, f9, f8, 1) and pct_ok(p10, f10, f8, 1) and pct_ok(p11, f11, f8, 1) and "
        "pct_ok(p12, f12, f8, 1) and pct_ok(p13, f13, f8, 1)")
g.check("percents_sum", "Разом\t1 018\t100,0", "60,1 + 17,4 + 13,9 + 5,0 + 3,5 = 99,9 (within ±0,25)",
        "psum_ok([p9, p10, p11, p12, p13], 1)")
g.check("internal_conflict", "Загалом соціальними послугами у 2021 році охоплено 1 018 осіб",
        "the prose total equals the table's Разом", "f6 == f8")
g.check("parts_sum", "серед них 64 внутрішньо переміщені особи", "64 ≤ 1 018; 236 ≤ 1 274", "f7 <= f6 and f2 <= f1")
g.check("percent_mismatch", "становили 6 318,4 тис. грн, або 98,9 %", "6 318,4 / 6 388,7 = 98,90 %",
        "pct_ok(p28, f28, f29, 1)")
g.check("parts_sum", "фактично працює 15 осіб", "7 ≤ 16; 15 ≤ 16", "f25 <= f24 and f26 <= f24")

g.skip("32442, с. Оринин, вул. Соборна, 55, тел. (03849) 0-62-17", [32442, 55, 3849, 0, 62, 17],
       "postcode, address, phone")
g.skip("код ЄДРПОУ 44170358", [44170358], "ЄДРПОУ")
g.skip("територіальній громаді у 2021 році", [2021], "year in the title")
g.skip("(близько 12,9 тис. осіб у 28 населених пунктах)", [12.9, 28], "population and settlement count")
g.skip("Протягом 2021 року", [2021], "year")
g.skip("(у 2020 році – 894)", [2020, 894], "prior-year figure")
g.skip("(здійснено 120 поїздок)", [120], "trips: no §3 id")
g.skip("У жовтні 2021 року", [2021], "survey date")
g.skip("у 2021 році становили", [2021], "year")
g.skip("Доцільно у 2022 році запровадити послугу підтриманого проживання (орієнтовно для 6 осіб) та ввести ще 2 посади",
       [2022, 6, 2], "proposal for the next year")
g.skip("на 2021–2023 роки", [2021, 2023], "programme years")
g.skip("1. Звернення та визначення потреб", [1, 2, 3, 4, 5], "section numbers 1.–5.")
g.skip("Виконавець: відділ соціальних послуг, тел. (03849) 0-62-19", [3849, 0, 62, 19], "phone")

g.note("report_kind: an analytic note (аналітична записка) on the year 2021 → period_report, with annual_report "
       "accepted (meta_alt)")
g.note("the УСЗН is the author; the figures are the hromada's (УСЗН and its КУ «ЦНСП»). centre is the УСЗН")
g.note("table: the % column is each row's percent; rows hang on the Разом cell (percent 100,0)")
g.note("«1 018 осіб» is written twice (prose and Разом): two facts")
g.note("survey: three standalone percentages; the first → satisfaction (alt share), the other two → share")
g.note("one-off material aid (94 persons, 287,5 тис. грн) is not a social service: served with a label, no service; "
       "its amount → aid_value")
g.note("the spending is the ЦНСП's budget reported by the УСЗН: budget_spent with its percent of the approved amount")
g.write()
