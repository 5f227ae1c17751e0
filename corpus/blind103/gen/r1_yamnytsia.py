"""b103_01: КУ «ЦНСП» Ямницької сільської ради, internal quality assessment for 2024 (DOCX, first person plural)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from common import Gold, report_path, save_docx, set_cell_text

DOC = "b103_01_yamnytsia_cnsp_internal2024.docx"

d = Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(12)


def p(text, bold=False, center=False, style=None):
    par = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = par.add_run(text)
    r.bold = bold
    if center:
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return par


p("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ЯМНИЦЬКОЇ СІЛЬСЬКОЇ РАДИ", bold=True, center=True)
p("77422, Івано-Франківська обл., Івано-Франківський р-н, с. Ямниця, вул. Незалежності, 41; "
  "тел. (0342) 0-51-27; e-mail: cnsp.yamnytsia@example.ua; код ЄДРПОУ 44123987", center=True)
p("ЗВІТ", bold=True, center=True)
p("про результати проведення внутрішньої оцінки якості надання соціальних послуг за 2024 рік", bold=True, center=True)

d.add_heading("1. Загальні положення", level=2)
p("Внутрішню оцінку якості ми провели відповідно до наказу директора КУ «ЦНСП» від 06.01.2025 № 3-од "
  "у період з 13 по 24 січня 2025 року. Оцінювалися соціальні послуги, які Центр надавав мешканцям "
  "громади протягом 2024 року. До складу робочої групи увійшли 5 працівників Центру. Громада об'єднує "
  "9 населених пунктів, у яких проживає близько 14,2 тис. осіб.")
p("Під час оцінки ми опрацювали особові справи отримувачів, журнали обліку, результати анкетування "
  "та спостереження за наданням послуг.")

d.add_heading("2. Отримувачі соціальних послуг", level=2)
p("Упродовж звітного року до нас звернулися 418 осіб (у 2023 році – 377). Оцінку індивідуальних потреб "
  "ми провели 296 особам. Соціальні послуги отримали 402 особи, а саме:")
for line in ("консультування – 211;",
             "інформування – 97;",
             "догляд вдома – 58;",
             "соціальна адаптація – 21;",
             "натуральна допомога – 15."):
    p(line, style="List Bullet")
p("Усього за рік фахівці Центру надали 6 914 соціальних послуг. Тривалість одного відвідування "
  "отримувача послуги догляду вдома становить у середньому 2 години.")
p("Соціальний супровід сімей, які перебувають у складних життєвих обставинах. Протягом 2024 року під "
  "супроводом у нас перебувало 23 сім'ї, у яких виховується 49 дітей. Під супровід взяли 14 сімей. "
  "Завершили надання послуги 11 сім'ям, з них:")
for line in ("з позитивним результатом – 8 сімей;",
             "із мінімізацією складних життєвих обставин – 2 сім'ї;",
             "у зв'язку зі зміною місця проживання – 1 сім'я."):
    p(line, style="List Bullet")
p("На 2025 рік супровід продовжено 12 сім'ям.")
p("Ми провели 12 групових заходів (тренінги для батьків, клуб «Родинне коло»), якими охоплено 187 осіб.")

d.add_heading("3. Опитування отримувачів", level=2)
p("В анкетуванні взяли участь 64 отримувачі, що становить 15,9 % від загальної кількості отримувачів "
  "послуг. Якістю послуг задоволені 59 опитаних (92,2 %). Вік респондентів – від 19 до 87 років.")
p("Для висновків ми застосовували такі межі: 80–100 % позитивних відповідей – «добре»; 60–79,9 % – "
  "«задовільно»; менше 60 % – «незадовільно».")
p("Таблиця 1. Результати оцінки за критеріями якості", bold=True)
rows = [("Критерій", "Частка позитивних відповідей, %", "Оцінка"),
        ("Адресність та індивідуальний підхід", "93,8", "добре"),
        ("Результативність", "84,4", "добре"),
        ("Своєчасність", "78,1", "добре"),
        ("Доступність та відкритість", "90,6", "добре"),
        ("Зручність", "71,9", "задовільно"),
        ("Повага до гідності", "100", "добре"),
        ("Професійність", "95,3", "добре")]
t = d.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        set_cell_text(t.cell(i, j), v, bold=(i == 0))
p("")
p("Загальна оцінка якості надання соціальних послуг за 2024 рік – «добре».")

d.add_heading("4. Кадрове забезпечення та зворотний зв'язок", level=2)
p("Штатним розписом Центру передбачено 19,5 штатної одиниці, фактично працюють 18 працівників. "
  "Шестеро фахівців підвищили кваліфікацію на курсах обласного центру перепідготовки. Скарг на якість "
  "соціальних послуг у 2024 році до Центру не надходило.")

d.add_heading("5. Висновки та пропозиції", level=2)
p("За результатами оцінки вважаємо за доцільне: 1) до 01.06.2025 переглянути графік відвідувань "
  "отримувачів послуги догляду вдома; 2) облаштувати пандус біля входу до приміщення; 3) у 2025 році "
  "запровадити послугу денного догляду для 10 осіб.")
p("Звіт розглянуто на нараді працівників Центру 27.01.2025, протокол № 2.")

path = report_path(DOC)
save_docx(d, path, author="ЦНСП Ямниця")

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Ямницької сільської ради",
    "centre_type": "cnsp", "settlement": "Ямниця", "oblast": "Івано-Франківська",
    "report_kind": "internal_assessment",
    "period_start": "2024-01-01", "period_end": "2024-12-31"},
    meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Ямницької сільської ради",
                         "КУ «Центр надання соціальних послуг» Ямницької сільської ради"]})

f1 = g.f("applied", "persons", 418, "до нас звернулися 418 осіб")
f2 = g.f("needs_assessed", "persons", 296, "Оцінку індивідуальних потреб ми провели 296 особам")
f3 = g.f("served", "persons", 402, "Соціальні послуги отримали 402 особи")
grp = "served_402_by_service"
f4 = g.f("served", "persons", 211, "консультування – 211;", service="counselling", group=grp, parent=f3)
f5 = g.f("served", "persons", 97, "інформування – 97;", service="informing", group=grp, parent=f3)
f6 = g.f("served", "persons", 58, "догляд вдома – 58;", service="home_care", group=grp, parent=f3)
f7 = g.f("served", "persons", 21, "соціальна адаптація – 21;", service="social_adaptation", group=grp, parent=f3)
f8 = g.f("served", "persons", 15, "натуральна допомога – 15.", service="natural_aid", group=grp, parent=f3)
f9 = g.f("services_provided", "services", 6914, "фахівці Центру надали 6 914 соціальних послуг")
f10 = g.f("served", "families", 23, "під супроводом у нас перебувало 23 сім'ї", service="social_support_sjo",
          alt=["support_ongoing"])
f11 = g.f("served", "children", 49, "у яких виховується 49 дітей", service="social_support_sjo",
          alt=["support_ongoing"], parent=f10)
f12 = g.f("support_started", "families", 14, "Під супровід взяли 14 сімей", service="social_support_sjo",
          parent=f10)
f13 = g.f("support_completed", "families", 11, "Завершили надання послуги 11 сім'ям",
          service="social_support_sjo", parent=f10)
grp = "completed_11_by_result"
f14 = g.f("outcome_positive", "families", 8, "з позитивним результатом – 8 сімей", group=grp, parent=f13,
          service="social_support_sjo")
f15 = g.f("outcome_minimized", "families", 2, "із мінімізацією складних життєвих обставин – 2 сім'ї",
          group=grp, parent=f13, service="social_support_sjo")
f16 = g.f("outcome_other", "families", 1, "у зв'язку зі зміною місця проживання – 1 сім'я", group=grp,
          parent=f13, label="зміна місця проживання", service="social_support_sjo")
f17 = g.f("support_ongoing", "families", 12, "На 2025 рік супровід продовжено 12 сім'ям",
          service="social_support_sjo", note="continued into 2025: a 2024 figure (state at the end of 2024)")
f18 = g.f("events", "events", 12, "Ми провели 12 групових заходів")
f19 = g.f("event_participants", "persons", 187, "якими охоплено 187 осіб", parent=f18)
f20 = g.f("survey_respondents", "recipients", 64, "В анкетуванні взяли участь 64 отримувачі",
          percent=15.9, unit_alt="persons")
f21 = g.f("survey_respondents", "persons", 59, "Якістю послуг задоволені 59 опитаних (92,2 %)", percent=92.2,
          parent=f20, label="задоволені якістю послуг",
          note="a count of satisfied respondents with its percent: by SPEC §3 the percent belongs to the count, "
               "not a separate satisfaction row; the count is a labelled part of the respondents (as shared "
               "gold 001 does for respondents by sex)")
crit = [("targeting", "Адресність та індивідуальний підхід", 93.8, "good", "добре"),
        ("effectiveness", "Результативність", 84.4, "good", "добре"),
        ("timeliness", "Своєчасність", 78.1, "good", "добре"),
        ("accessibility", "Доступність та відкритість", 90.6, "good", "добре"),
        ("convenience", "Зручність", 71.9, "satisfactory", "задовільно"),
        ("dignity", "Повага до гідності", 100, "good", "добре"),
        ("professionalism", "Професійність", 95.3, "good", "добре")]
cid = {}
for c, name, pc, r, rw in crit:
    pcs = str(pc).replace(".", ",")
    q = f"{name}\t{pcs}\t{rw}"
    a = g.f("share", "percent", pc, q, criterion=c, alt=["satisfaction"], label=f"частка позитивних відповідей: {name}")
    b = g.f("rating", "rating", r, q, criterion=c)
    cid[c] = (a, b)
f36 = g.f("rating", "rating", "good", "Загальна оцінка якості надання соціальних послуг за 2024 рік – «добре»",
          criterion="overall")
f37 = g.f("staff_positions", "positions", 19.5, "передбачено 19,5 штатної одиниці")
f38 = g.f("staff_actual", "staff", 18, "фактично працюють 18 працівників")
f39 = g.f("staff_trained", "staff", 6, "Шестеро фахівців підвищили кваліфікацію",
          note="number written as a collective numeral «шестеро»")
f40 = g.f("complaints", "complaints", 0, "Скарг на якість соціальних послуг у 2024 році до Центру не надходило")

BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
ts, tr = cid["timeliness"]
g.slip("rating_band", "error", "Своєчасність\t78,1\tдобре", "good", "satisfactory", [ts, tr],
       "Своєчасність 78,1 % is rated «добре», but the document's own bands give «добре» only for 80–100 %; "
       "78,1 % falls in 60–79,9 % «задовільно».",
       f"band({ts}, {BANDS}) == {tr}", slip=1)

g.check("parts_sum", "Соціальні послуги отримали 402 особи, а саме:", "211 + 97 + 58 + 21 + 15 = 402",
        "f4 + f5 + f6 + f7 + f8 == f3")
g.check("parts_sum", "Оцінку індивідуальних потреб ми провели 296 особам",
        "296 assessed ≤ 418 applied; 402 served ≤ 418 applied", "f2 <= f1 and f3 <= f1")
g.check("parts_sum", "Завершили надання послуги 11 сім'ям, з них:", "8 + 2 + 1 = 11", "f14 + f15 + f16 == f13")
g.check("parts_sum", "На 2025 рік супровід продовжено 12 сім'ям",
        "23 under support − 11 completed = 12 continued; 14 taken ≤ 23", "f10 - f13 == f17 and f12 <= f10")
g.check("percent_mismatch", "В анкетуванні взяли участь 64 отримувачі, що становить 15,9 %",
        "64 / 402 = 15,92 % → 15,9", "pct_ok(p20, f20, f3, 1)")
g.check("percent_mismatch", "Якістю послуг задоволені 59 опитаних (92,2 %)", "59 / 64 = 92,19 % → 92,2",
        "pct_ok(p21, f21, f20, 1)")
allshares = " and ".join(f"grim_ok({cid[c][0]}, f20, 1)" for c, *_ in crit)
g.check("percent_impossible", "Таблиця 1. Результати оцінки за критеріями якості",
        "each criterion share is reachable with 64 respondents (60, 54, 50, 58, 46, 64, 61 of 64)", allshares)
okb = " and ".join(f"band({cid[c][0]}, {BANDS}) == {cid[c][1]}" for c, *_ in crit if c != "timeliness")
g.check("rating_band", "80–100 % позитивних відповідей – «добре»",
        "the other six criteria carry the rating their share's band gives", okb)
g.check("parts_sum", "фактично працюють 18 працівників", "18 staff ≤ 19,5 positions", "f38 <= f37")

g.skip("77422, Івано-Франківська обл., Івано-Франківський р-н, с. Ямниця, вул. Незалежності, 41; "
       "тел. (0342) 0-51-27", [77422, 41, 342, 5127], "postcode, address, phone")
g.skip("код ЄДРПОУ 44123987", [44123987], "ЄДРПОУ")
g.skip("наказу директора КУ «ЦНСП» від 06.01.2025 № 3-од", [6, 1, 2025, 3], "order date and number")
g.skip("у період з 13 по 24 січня 2025 року", [13, 24, 2025], "dates of the assessment")
g.skip("До складу робочої групи увійшли 5 працівників Центру", [5], "size of the working group (no §3 id)")
g.skip("Громада об'єднує 9 населених пунктів, у яких проживає близько 14,2 тис. осіб", [9, 14200],
       "settlements and population")
g.skip("(у 2023 році – 377)", [2023, 377], "prior-year figure")
g.skip("Тривалість одного відвідування отримувача послуги догляду вдома становить у середньому 2 години",
       [2], "duration")
g.skip("Вік респондентів – від 19 до 87 років", [19, 87], "ages")
g.skip("80–100 % позитивних відповідей – «добре»; 60–79,9 % – «задовільно»; менше 60 % – «незадовільно»",
       [80, 100, 60, 79.9, 60], "rating band definitions")
g.skip("Таблиця 1.", [1], "table number")
g.skip("1) до 01.06.2025 переглянути графік відвідувань отримувачів послуги догляду вдома; 2) облаштувати пандус біля входу до приміщення; 3) у 2025 році запровадити послугу денного догляду для 10 осіб.", [1, 1, 6, 2025, 2, 3, 2025, 10],
       "recommendation numbers, deadline, 2025 plan (денний догляд для 10 осіб)")
g.skip("Звіт розглянуто на нараді працівників Центру 27.01.2025, протокол № 2", [27, 1, 2025, 2],
       "meeting date and minutes number")
g.skip("1. Загальні положення", [1, 2, 3, 4, 5], "section numbers 1.–5.")

g.note("period: the services assessed are those of 2024 («протягом 2024 року»); the assessment itself ran in "
       "January 2025 and is not the period")
g.note("«Соціальні послуги отримали 402 особи, а саме: …» → served by service, one group; the list sums to 402")
g.note("«під супроводом у нас перебувало 23 сім'ї» → served social_support_sjo (alt support_ongoing); the "
       "outcomes hang on the 11 completed and carry the service")
g.note("«задоволені 59 опитаних (92,2 %)» → survey_respondents persons 59 with percent 92.2 and a label (the "
       "percent is the count's, SPEC §3), not a separate satisfaction row; the "
       "table's criterion shares → share with criterion (alt satisfaction), each with a rating row quoted by "
       "the same table row")
g.note("«Шестеро фахівців» (number in words) → staff_trained 6; «19,5 штатної одиниці» → staff_positions 19.5")
g.note("the 15,9 % next to 64 respondents is the share of the 402 recipients → percent of the respondents row")
g.write()
