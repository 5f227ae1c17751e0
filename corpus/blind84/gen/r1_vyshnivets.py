"""b84_01: Центр соціальних служб Вишнівецької селищної ради (Тернопільська), annual report 2024.
DOCX, first person plural, numbered sections, a table by service. Slip: percent_mismatch (ВПО share)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

NAME = "b84_01_vyshnivets_css_annual2024.docx"

d = docx.Document()
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
fix_docx_props(d, "ЦСС Вишнівець")


def p(text, bold=False, center=False):
    par = d.add_paragraph()
    r = par.add_run(text); r.bold = bold
    if center:
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return par


p("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ВИШНІВЕЦЬКОЇ СЕЛИЩНОЇ РАДИ", bold=True, center=True)
p("47311, Тернопільська обл., Кременецький р-н, смт Вишнівець, вул. Волинська, 14, "
  "тел. (03558) 0-31-72, код ЄДРПОУ 44219687", center=True)
p("Вих. № 01-12/36 від 14.01.2025", center=False)
p("ЗВІТ\nпро роботу Центру соціальних служб Вишнівецької селищної ради за 2024 рік", bold=True, center=True)
p("Центр соціальних служб Вишнівецької селищної ради (далі – Центр) діє на підставі Положення, "
  "затвердженого рішенням селищної ради від 22.12.2021 № 517, і обслуговує 38 населених пунктів "
  "громади, де проживає близько 19,6 тис. мешканців. Нижче подаємо основні підсумки нашої роботи "
  "за рік.")
p("1. Звернення, повідомлення та оцінка потреб", bold=True)
p("Протягом 2024 року до нас звернулися 412 осіб (у 2023 році – 377). За результатами розгляду "
  "звернень ми провели оцінку потреб 186 сімей/осіб, з яких 64 – сім'ї внутрішньо переміщених "
  "осіб (36,8 %).")
p("Від служби у справах дітей, закладів освіти, охорони здоров'я та старост ми отримали 53 "
  "повідомлення про сім'ї, які можуть перебувати у складних життєвих обставинах. Складні життєві "
  "обставини виявили у 31 сім'ї, де виховується 58 дітей; щодо решти сімей інформація не "
  "підтвердилася.")
p("2. Надання соціальних послуг", bold=True)
p("Кількість отримувачів та обсяг послуг, які ми надали у звітному році, наведено в таблиці 1.")
p("Таблиця 1. Отримувачі та надані соціальні послуги у 2024 році")
rows = [
    ("№ з/п", "Соціальна послуга", "Отримувачі, сімей/осіб", "Надано послуг"),
    ("1", "Інформування", "268", "611"),
    ("2", "Консультування", "231", "947"),
    ("3", "Соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах", "37", "412"),
    ("4", "Соціальна профілактика", "96", "188"),
    ("5", "Екстрене (кризове) втручання", "9", "23"),
    ("6", "Соціальне супроводження прийомних сімей та ДБСТ", "4", "96"),
    ("", "Усього", "645", "2277"),
]
t = d.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
p("Отже, впродовж року соціальними послугами ми охопили 645 сімей/осіб і надали їм 2277 послуг. "
  "Найбільше звернень стосувалося консультування з питань оформлення допомог та соціальних гарантій.")
p("3. Соціальний супровід сімей у складних життєвих обставинах", bold=True)
p("Під нашим соціальним супроводом протягом року перебувало 37 сімей, у яких виховується 71 дитина. "
  "З них 22 сім'ї ми взяли під супровід у 2024 році, а 15 продовжували отримувати послугу з 2023 року. "
  "Середня тривалість супроводу становила 5,5 місяця.")
p("Завершили супровід 19 сімей: з позитивним результатом – 13 (68,4 %), з мінімізацією складних "
  "життєвих обставин – 4 (21,1 %), у зв'язку зі зміною місця проживання – 2 (10,5 %). "
  "Станом на 01.01.2025 під супроводом залишаються 18 сімей.")
p("4. Групова робота", bold=True)
p("Ми провели 28 групових заходів (тренінги, заняття «Школи відповідального батьківства», "
  "інформаційні акції), участь у яких взяли 403 особи. До Дня захисту дітей 1 червня дітям "
  "із сімей, які ми супроводжуємо, передали 120 подарункових наборів від благодійників.")
p("5. Кадрове забезпечення", bold=True)
p("Штатним розписом Центру передбачено 11,5 посади, фактично працює 10 фахівців. Підвищили "
  "кваліфікацію 7 працівників (курси та вебінари тривалістю від 2 до 30 годин). Скарг на якість "
  "наших послуг протягом року не надходило.")
p("6. Завдання на 2025 рік", bold=True)
p("У 2025 році плануємо охопити послугами не менше 700 сімей/осіб, створити 1 нову прийомну сім'ю "
  "та відкрити консультаційний пункт у 2 старостинських округах.")
p("Директор Центру                                   (підпис)")

path = report_path(NAME)
d.save(path)
freeze_zip(path)

g = Gold(NAME, {
    "centre": "Центр соціальних служб Вишнівецької селищної ради", "centre_type": "css",
    "settlement": "Вишнівець", "oblast": "Тернопільська", "report_kind": "annual_report",
    "period_start": "2024-01-01", "period_end": "2024-12-31"})
f1 = g.f("applied", "persons", 412, "до нас звернулися 412 осіб")
f2 = g.f("needs_assessed", "families_persons", 186, "ми провели оцінку потреб 186 сімей/осіб")
f3 = g.f("needs_assessed", "families", 64, "з яких 64 – сім'ї внутрішньо переміщених осіб (36,8 %)",
         percent=36.8, category="внутрішньо переміщені особи", parent=f2)
f4 = g.f("notified", "families", 53, "ми отримали 53 повідомлення про сім'ї",
         note="53 notifications about families; unit families")
f5 = g.f("in_difficult_circumstances", "families", 31, "Складні життєві обставини виявили у 31 сім'ї",
         parent=f4)
f6 = g.f("in_difficult_circumstances", "children", 58, "де виховується 58 дітей", parent=f5)
# table 1
tot = g.f("served", "families_persons", 645, "Усього\t645\t2277", label="Усього")
tots = g.f("services_provided", "services", 2277, "Усього\t645\t2277", label="Усього")
svc = [("informing", "1\tІнформування\t268\t611", 268, 611),
       ("counselling", "2\tКонсультування\t231\t947", 231, 947),
       ("social_support_sjo", "перебувають у складних життєвих обставинах\t37\t412", 37, 412),
       ("social_prevention", "4\tСоціальна профілактика\t96\t188", 96, 188),
       ("crisis_intervention", "5\tЕкстрене (кризове) втручання\t9\t23", 9, 23),
       ("social_support_foster", "6\tСоціальне супроводження прийомних сімей та ДБСТ\t4\t96", 4, 96)]
rid, sid = [], []
for s, q, a, b in svc:
    rid.append(g.f("served", "families_persons", a, q, service=s, group="t1_served_645", parent=tot))
    sid.append(g.f("services_provided", "services", b, q, service=s, group="t1_services_2277", parent=tots))
f_pr1 = g.f("served", "families_persons", 645, "соціальними послугами ми охопили 645 сімей/осіб",
            note="the table total said again in prose")
f_pr2 = g.f("services_provided", "services", 2277, "і надали їм 2277 послуг", parent=None)
sj = g.f("served", "families", 37, "Під нашим соціальним супроводом протягом року перебувало 37 сімей",
         service="social_support_sjo", alt=["support_ongoing"])
sjc = g.f("served", "children", 71, "у яких виховується 71 дитина", service="social_support_sjo",
          alt=["support_ongoing"], parent=sj)
st1 = g.f("support_started", "families", 22, "З них 22 сім'ї ми взяли під супровід у 2024 році",
          service="social_support_sjo", group="sjo_37_by_start", parent=sj)
st2 = g.f("served", "families", 15, "15 продовжували отримувати послугу з 2023 року",
          service="social_support_sjo", alt=["support_ongoing"], label="продовжували з 2023 року",
          group="sjo_37_by_start", parent=sj, note="a 2024 figure that names 2023")
comp = g.f("support_completed", "families", 19, "Завершили супровід 19 сімей", service="social_support_sjo",
           parent=sj)
o1 = g.f("outcome_positive", "families", 13, "з позитивним результатом – 13 (68,4 %)", percent=68.4,
         service="social_support_sjo", group="completed_19_by_outcome", parent=comp)
o2 = g.f("outcome_minimized", "families", 4, "з мінімізацією складних життєвих обставин – 4 (21,1 %)",
         percent=21.1, service="social_support_sjo", group="completed_19_by_outcome", parent=comp)
o3 = g.f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2 (10,5 %)", percent=10.5,
         service="social_support_sjo", label="зміна місця проживання", group="completed_19_by_outcome",
         parent=comp)
ong = g.f("support_ongoing", "families", 18, "під супроводом залишаються 18 сімей",
          service="social_support_sjo")
ev = g.f("events", "events", 28, "Ми провели 28 групових заходів")
evp = g.f("event_participants", "persons", 403, "участь у яких взяли 403 особи", parent=ev)
sp = g.f("staff_positions", "positions", 11.5, "передбачено 11,5 посади")
sa = g.f("staff_actual", "staff", 10, "фактично працює 10 фахівців")
stt = g.f("staff_trained", "staff", 7, "Підвищили кваліфікацію 7 працівників")
cm = g.f("complaints", "complaints", 0, "Скарг на якість наших послуг протягом року не надходило")

n = lambda x: x[1:]
g.slip("percent_mismatch", "error", "з яких 64 – сім'ї внутрішньо переміщених осіб (36,8 %)", 36.8, 34.4,
       [f3, f2], "64 of the 186 assessed is 34,4 %, not 36,8 % (36,8 % would be 64 of 174)",
       f"pct_ok(p{n(f3)}, f{n(f3)}, f{n(f2)}, 1)")
g.check("table_arithmetic", "Усього\t645\t2277", "268 + 231 + 37 + 96 + 9 + 4 = 645",
        " + ".join("f" + n(x) for x in rid) + f" == f{n(tot)}")
g.check("table_arithmetic", "Усього\t645\t2277", "611 + 947 + 412 + 188 + 23 + 96 = 2277",
        " + ".join("f" + n(x) for x in sid) + f" == f{n(tots)}")
g.check("internal_conflict", "соціальними послугами ми охопили 645 сімей/осіб",
        "prose repeats the table totals 645 and 2277", f"f{n(f_pr1)} == f{n(tot)} and f{n(f_pr2)} == f{n(tots)}")
g.check("internal_conflict", "перебувають у складних життєвих обставинах\t37\t412",
        "table row social support 37 = the 37 families of section 3", f"f{n(rid[2])} == f{n(sj)}")
g.check("parts_sum", "З них 22 сім'ї ми взяли під супровід у 2024 році", "22 + 15 = 37",
        f"f{n(st1)} + f{n(st2)} == f{n(sj)}")
g.check("parts_sum", "Завершили супровід 19 сімей", "13 + 4 + 2 = 19", f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(comp)}")
g.check("percent_mismatch", "з позитивним результатом – 13 (68,4 %)", "13/19 = 68,4; 4/19 = 21,1; 2/19 = 10,5",
        f"pct_ok(p{n(o1)}, f{n(o1)}, f{n(comp)}, 1) and pct_ok(p{n(o2)}, f{n(o2)}, f{n(comp)}, 1) and pct_ok(p{n(o3)}, f{n(o3)}, f{n(comp)}, 1)")
g.check("percents_sum", "з позитивним результатом – 13 (68,4 %)", "68,4 + 21,1 + 10,5 = 100,0",
        f"psum_ok([p{n(o1)}, p{n(o2)}, p{n(o3)}], 1)")
g.check("parts_sum", "під супроводом залишаються 18 сімей", "37 − 19 = 18", f"f{n(sj)} - f{n(comp)} == f{n(ong)}")
g.check("parts_sum", "Складні життєві обставини виявили у 31 сім'ї", "31 ≤ 53 notified", f"f{n(f5)} <= f{n(f4)}")
g.check("parts_sum", "фактично працює 10 фахівців", "10 ≤ 11,5 positions; 7 trained ≤ 10",
        f"f{n(sa)} <= f{n(sp)} and f{n(stt)} <= f{n(sa)}")

g.skip("47311, Тернопільська обл., Кременецький р-н, смт Вишнівець, вул. Волинська, 14, тел. (03558) 0-31-72, код ЄДРПОУ 44219687",
       [47311, 14, 3558, 3172, 44219687], "postcode, address, phone, ЄДРПОУ")
g.skip("Вих. № 01-12/36 від 14.01.2025", [1, 12, 36, 14, 1, 2025], "outgoing number and date")
g.skip("за 2024 рік", [2024], "year of the report")
g.skip("Протягом 2024 року до нас", [2024], "year")
g.skip("взяли під супровід у 2024 році", [2024], "year")
g.skip("рішенням селищної ради від 22.12.2021 № 517", [22, 12, 2021, 517], "decision date and number")
g.skip("обслуговує 38 населених пунктів громади, де проживає близько 19,6 тис. мешканців", [38, 19600],
       "settlement count and population")
g.skip("(у 2023 році – 377)", [2023, 377], "prior-year figure")
g.skip("Таблиця 1. Отримувачі та надані соціальні послуги у 2024 році", [1, 2024], "table number, year")
g.skip("1\tІнформування\t268\t611", [1, 2, 3, 4, 5, 6], "row numbers 1–6 of table 1")
g.skip("Середня тривалість супроводу становила 5,5 місяця", [5.5], "duration")
g.skip("Станом на 01.01.2025", [1, 1, 2025], "date")
g.skip("До Дня захисту дітей 1 червня", [1], "date")
g.skip("передали 120 подарункових наборів", [120], "items handed out")
g.skip("(курси та вебінари тривалістю від 2 до 30 годин)", [2, 30], "durations")
g.skip("плануємо охопити послугами не менше 700 сімей/осіб, створити 1 нову прийомну сім'ю та відкрити консультаційний пункт у 2 старостинських округах",
       [2025, 700, 1, 2], "2025 plan")
g.skip("1. Звернення, повідомлення та оцінка потреб", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")
g.note("the ВПО share (36,8 %) is the planted slip: 64 of 186 is 34,4 %")
g.note("«15 продовжували отримувати послугу з 2023 року» → served (alt support_ongoing) with a label; with the 22 taken in 2024 it partitions the 37")
g.note("«Станом на 01.01.2025 під супроводом залишаються 18 сімей» → support_ongoing (end of the period)")
g.note("table 1: every cell a fact quoted by its row; rows hang on the Усього cell of the same column; the prose repeats the totals (two more facts)")
g.note("«53 повідомлення про сім'ї» → notified, unit families; the 31 families in СЖО hang on it")
g.write()
