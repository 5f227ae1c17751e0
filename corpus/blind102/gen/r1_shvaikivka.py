"""b102_01: ЦСС Швайківської сільської ради (Житомирська), annual report 2024. DOCX, first person plural."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, save_docx

DOC = "b102_01_shvaikivka_css_annual2024.docx"

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)
sec = d.sections[0]
sec.footer.paragraphs[0].text = "ЦСС Швайківської сільської ради • звіт за 2024 рік"


def para(text, bold=False, center=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("ШВАЙКІВСЬКА СІЛЬСЬКА РАДА\nЦЕНТР СОЦІАЛЬНИХ СЛУЖБ", bold=True, center=True)
para("13322, Житомирська обл., Бердичівський р-н, с. Швайківка, вул. Шкільна, 23-А; "
     "тел. (04143) 0-61-74; e-mail: css.shvaikivka@example.ua; код ЄДРПОУ 44873015", center=True)
para("Вих. № 02-17/31 від 14.01.2025")
para("ЗВІТ\nпро роботу Центру соціальних служб Швайківської сільської ради у 2024 році", bold=True, center=True)

d.add_heading("1. Загальна інформація", level=2)
para("Центр соціальних служб Швайківської сільської ради (далі – Центр) діє відповідно до Положення, "
     "затвердженого рішенням 19 сесії сільської ради 8 скликання від 23.02.2022 № 418. Ми обслуговуємо "
     "18 населених пунктів громади, де проживає близько 9,4 тис. мешканців.")
para("Штатним розписом Центру передбачено 8 посад, на кінець року фактично працювали 7 фахівців. "
     "Протягом року п'ятеро працівників підвищили кваліфікацію на курсах обласного центру соціальних служб "
     "(обсягом 30 годин кожен).")

d.add_heading("2. Виявлення сімей та оцінка потреб", level=2)
para("Упродовж 2024 року до Центру особисто або телефоном звернулися 296 осіб, у тому числі "
     "58 внутрішньо переміщених осіб. На телефон довіри Центру надійшов 71 дзвінок.")
para("Ми отримали повідомлення про 47 сімей, члени яких могли перебувати у складних життєвих обставинах "
     "(для порівняння: у 2023 році – 39). Оцінку потреб здійснено 44 сім'ям, у яких виховується 83 дитини; "
     "щодо трьох сімей інформація не підтвердилася. За результатами оцінки 31 сім'ю визнано такими, що "
     "перебувають у СЖО.")

d.add_heading("3. Надання соціальних послуг", level=2)
para("Загалом у звітному році соціальними послугами охоплено 519 сімей/осіб. Розподіл отримувачів та "
     "кількість наданих послуг за видами наведено в таблиці 1.")
para("Таблиця 1. Соціальні послуги, надані Центром у 2024 році")
rows = [
    ("№ з/п", "Соціальна послуга", "Отримувачі, сімей/осіб", "Надано послуг, од."),
    ("1", "Інформування", "214", "236"),
    ("2", "Консультування", "167", "305"),
    ("3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "35", "35"),
    ("4", "Соціальне супроводження прийомних сімей та ДБСТ", "3", "3"),
    ("5", "Представництво інтересів", "12", "14"),
    ("6", "Натуральна допомога", "88", "88"),
    ("Усього", "", "519", "681"),
]
t = d.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, c in enumerate(row):
        if c:
            t.cell(i, j).text = c
t.cell(len(rows) - 1, 0).merge(t.cell(len(rows) - 1, 1))

para("")
para("Соціальний супровід. Протягом року під соціальним супроводом перебувало 35 сімей, у яких "
     "виховується 62 дитини. З них 22 сім'ї ми взяли під супровід у 2024 році, а 13 сімей продовжували "
     "отримувати послугу з попереднього року. Серед сімей під супроводом – 9 сімей ВПО (28,6 %).")
para("Надання послуги завершено 24 сім'ям, з яких:")
para("з позитивним результатом – 17 сімей (70,8 %);", )
para("у зв'язку зі зміною місця проживання – 3 сім'ї;")
para("через відмову сім'ї від подальшого отримання послуги – 4 сім'ї.")
para("Станом на 31.12.2024 під супроводом залишаються 11 сімей. Середня тривалість супроводу "
     "становила 5 місяців.")
para("Соціальне супроводження здійснювалося у двох прийомних сім'ях та одному дитячому будинку сімейного "
     "типу, де виховуються 14 дітей.")
para("Натуральну допомогу (продуктові набори, засоби гігієни, одяг, дитячі речі) отримали 88 сімей/осіб: "
     "роздано 146 наборів на загальну суму 131,7 тис. грн за кошти благодійних фондів.")

d.add_heading("4. Профілактична робота", level=2)
para("Ми провели 12 групових заходів (тренінги для батьків, «батьківська школа», заняття для підлітків "
     "12–17 років), у яких взяли участь 187 осіб.")
para("Скарг на роботу Центру у 2024 році не надходило.")

d.add_heading("5. Завдання на 2025 рік", level=2)
para("У 2025 році плануємо запровадити послугу денного догляду для 10 дітей з інвалідністю та збільшити "
     "кількість групових заходів до 15.")
para("Директор Центру соціальних служб _____________ (підпис)")

path = report_path(DOC)
save_docx(d, path, author="ЦСС Швайківської сільської ради")

g = Gold(DOC, {
    "centre": "Центр соціальних служб Швайківської сільської ради",
    "centre_type": "css",
    "settlement": "Швайківка",
    "oblast": "Житомирська",
    "report_kind": "annual_report",
    "period_start": "2024-01-01",
    "period_end": "2024-12-31",
}, meta_alt={"settlement": ["Швайківська сільська громада"]})

f = g.f
pos = f("staff_positions", "positions", 8, "Штатним розписом Центру передбачено 8 посад")
act = f("staff_actual", "staff", 7, "на кінець року фактично працювали 7 фахівців")
tr = f("staff_trained", "staff", 5, "п'ятеро працівників підвищили кваліфікацію",
       note="number in words: «п'ятеро» = 5")
ap = f("applied", "persons", 296, "до Центру особисто або телефоном звернулися 296 осіб")
ap_idp = f("applied", "persons", 58, "у тому числі 58 внутрішньо переміщених осіб",
           category="внутрішньо переміщені особи", parent=ap)
calls = f("calls", "calls", 71, "На телефон довіри Центру надійшов 71 дзвінок")
notif = f("notified", "families", 47, "Ми отримали повідомлення про 47 сімей")
na = f("needs_assessed", "families", 44, "Оцінку потреб здійснено 44 сім'ям", parent=notif)
na_ch = f("needs_assessed", "children", 83, "у яких виховується 83 дитини", parent=na)
sjo = f("in_difficult_circumstances", "families", 31, "31 сім'ю визнано такими, що перебувають у СЖО",
        parent=na)
tot = f("served", "families_persons", 519, "соціальними послугами охоплено 519 сімей/осіб")

T = {}
svc_rows = [("informing", "Інформування\t214\t236", 214, 236),
            ("counselling", "Консультування\t167\t305", 167, 305),
            ("social_support_sjo", "Соціальний супровід сімей (осіб), які перебувають у СЖО\t35\t35", 35, 35),
            ("social_support_foster", "Соціальне супроводження прийомних сімей та ДБСТ\t3\t3", 3, 3),
            ("representation", "Представництво інтересів\t12\t14", 12, 14),
            ("natural_aid", "Натуральна допомога\t88\t88", 88, 88)]
t_tot_r = f("served", "families_persons", 519, "Усього\t519\t681", label="Усього (таблиця 1)")
t_tot_s = f("services_provided", "services", 681, "Усього\t519\t681", label="Усього (таблиця 1)")
for svc, q, r, s in svc_rows:
    T[svc] = (f("served", "families_persons", r, q, service=svc, group="table1_recipients", parent=t_tot_r),
              f("services_provided", "services", s, q, service=svc, group="table1_services", parent=t_tot_s))

sup = f("served", "families", 35, "під соціальним супроводом перебувало 35 сімей", service="social_support_sjo",
        alt=["support_ongoing"])
sup_ch = f("served", "children", 62, "виховується 62 дитини", service="social_support_sjo",
           alt=["support_ongoing"], parent=sup)
st_ = f("support_started", "families", 22, "22 сім'ї ми взяли під супровід у 2024 році",
        service="social_support_sjo", group="support_35_new_vs_carried", parent=sup)
carried = f("served", "families", 13, "13 сімей продовжували отримувати послугу з попереднього року",
            service="social_support_sjo", alt=["support_ongoing"], label="продовжували з попереднього року",
            group="support_35_new_vs_carried", parent=sup)
idp = f("served", "families", 9, "9 сімей ВПО (28,6 %)", percent=28.6, service="social_support_sjo",
        category="внутрішньо переміщені особи", parent=sup)
comp = f("support_completed", "families", 24, "Надання послуги завершено 24 сім'ям", service="social_support_sjo",
         parent=sup)
pos_o = f("outcome_positive", "families", 17, "з позитивним результатом – 17 сімей (70,8 %)", percent=70.8,
          service="social_support_sjo", group="completed_24_by_reason", parent=comp)
mv = f("outcome_other", "families", 3, "у зв'язку зі зміною місця проживання – 3 сім'ї",
       service="social_support_sjo", label="зміна місця проживання", group="completed_24_by_reason", parent=comp)
ref = f("outcome_other", "families", 4, "через відмову сім'ї від подальшого отримання послуги – 4 сім'ї",
        service="social_support_sjo", label="відмова сім'ї від послуги", group="completed_24_by_reason",
        parent=comp)
ong = f("support_ongoing", "families", 11, "під супроводом залишаються 11 сімей", service="social_support_sjo")
fos_f = f("served", "families", 2, "у двох прийомних сім'ях", service="social_support_foster",
          label="прийомні сім'ї", group="foster_3_by_form", parent=T["social_support_foster"][0],
          note="number in words: «двох» = 2")
fos_d = f("served", "families", 1, "одному дитячому будинку сімейного типу", service="social_support_foster",
          label="ДБСТ", group="foster_3_by_form", parent=T["social_support_foster"][0],
          note="number in words: «одному» = 1")
fos_ch = f("served", "children", 14, "де виховуються 14 дітей", service="social_support_foster",
           parent=T["social_support_foster"][0])
nat = f("served", "families_persons", 88, "Натуральну допомогу (продуктові набори, засоби гігієни, одяг, дитячі речі) отримали 88 сімей/осіб",
        service="natural_aid")
aid = f("aid_value", "uah", 131700, "на загальну суму 131,7 тис. грн")
ev = f("events", "events", 12, "Ми провели 12 групових заходів")
evp = f("event_participants", "persons", 187, "у яких взяли участь 187 осіб", parent=ev)
cmp_ = f("complaints", "complaints", 0, "Скарг на роботу Центру у 2024 році не надходило")

# checks
g.check("table_arithmetic", "Усього\t519\t681", "214 + 167 + 35 + 3 + 12 + 88 = 519",
        " + ".join(f"f{T[s][0][1:]}" for s in T) + f" == {t_tot_r}")
g.check("table_arithmetic", "Усього\t519\t681", "236 + 305 + 35 + 3 + 14 + 88 = 681",
        " + ".join(f"f{T[s][1][1:]}" for s in T) + f" == {t_tot_s}")
g.check("internal_conflict", "соціальними послугами охоплено 519 сімей/осіб",
        "prose 519 = table Усього 519; prose 88 natural aid = table row 88; 35 under support = table row 35",
        f"{tot} == {t_tot_r} and {nat} == {T['natural_aid'][0]} and {sup} == {T['social_support_sjo'][0]}")
g.check("parts_sum", "З них 22 сім'ї ми взяли під супровід у 2024 році, а 13 сімей продовжували",
        "22 new + 13 carried over = 35", f"{st_} + {carried} == {sup}")
g.check("parts_sum", "Надання послуги завершено 24 сім'ям, з яких:", "17 + 3 + 4 = 24",
        f"{pos_o} + {mv} + {ref} == {comp}")
g.check("percent_mismatch", "з позитивним результатом – 17 сімей (70,8 %)", "17 / 24 = 70,83 % → 70,8",
        f"pct_ok(p{pos_o[1:]}, {pos_o}, {comp}, 1)")
g.check("parts_sum", "Станом на 31.12.2024 під супроводом залишаються 11 сімей",
        "35 under support − 24 completed = 11 remaining", f"{sup} - {comp} == {ong}")
g.check("parts_sum", "у двох прийомних сім'ях та одному дитячому будинку сімейного типу",
        "2 foster families + 1 ДБСТ = 3 (table row 4)", f"{fos_f} + {fos_d} == {T['social_support_foster'][0]}")
g.check("parts_sum", "Оцінку потреб здійснено 44 сім'ям",
        "44 assessed + 3 not confirmed = 47 notified; 31 in СЖО ≤ 44",
        f"{na} + 3 == {notif} and {sjo} <= {na}")
g.check("parts_sum", "на кінець року фактично працювали 7 фахівців", "7 ≤ 8 positions; 5 trained ≤ 7",
        f"{act} <= {pos} and {tr} <= {act}")
g.check("parts_sum", "у тому числі 58 внутрішньо переміщених осіб", "58 ≤ 296", f"{ap_idp} <= {ap}")
g.slip("percent_mismatch", "error", "Серед сімей під супроводом – 9 сімей ВПО (28,6 %)", 28.6, 25.7,
       [idp, sup],
       "9 of the 35 families under support is 25,7 %; 28,6 % is 10 of 35. The percentage is reachable with 35 "
       "(so not percent_impossible), but it does not match the count written.",
       f"pct_ok(p{idp[1:]}, {idp}, {sup}, 1)")

g.skip("13322, Житомирська обл., Бердичівський р-н, с. Швайківка, вул. Шкільна, 23-А; тел. (04143) 0-61-74",
       [13322, 23, 4143, 6174], "postcode, address, phone")
g.skip("код ЄДРПОУ 44873015", [44873015], "ЄДРПОУ")
g.skip("Вих. № 02-17/31 від 14.01.2025", [2, 17, 31, 14, 1, 2025], "outgoing number and date")
g.skip("у 2024 році", [2024], "years (title, headings, text)")
g.skip("рішенням 19 сесії сільської ради 8 скликання від 23.02.2022 № 418", [19, 8, 23, 2, 2022, 418],
       "session, convocation, decision date and number")
g.skip("Ми обслуговуємо 18 населених пунктів громади, де проживає близько 9,4 тис. мешканців", [18, 9400],
       "settlements and population")
g.skip("(обсягом 30 годин кожен)", [30], "duration of the course")
g.skip("(для порівняння: у 2023 році – 39)", [2023, 39], "prior-year figure")
g.skip("щодо трьох сімей інформація не підтвердилася", [3],
       "notifications not confirmed: no §3 id (used as a literal in a check)")
g.skip("Таблиця 1. Соціальні послуги, надані Центром у 2024 році", [1, 2024], "table number, year")
g.skip("1\tІнформування\t214\t236", [1, 2, 3, 4, 5, 6], "row numbers «№ з/п» 1–6")
g.skip("Середня тривалість супроводу становила 5 місяців", [5], "duration")
g.skip("роздано 146 наборів", [146], "items (sets) handed out")
g.skip("заняття для підлітків 12–17 років", [12, 17], "ages")
g.skip("У 2025 році плануємо запровадити послугу денного догляду для 10 дітей з інвалідністю та збільшити "
       "кількість групових заходів до 15", [2025, 10, 15], "plan for 2025")
g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")
g.skip("1. Загальна інформація", [1, 2, 3, 4, 5], "section numbers")

g.note("table 1: every cell is a fact quoted by its row; rows hang on the Усього cell of the same column "
       "(groups table1_recipients / table1_services). The unit of the recipients column is «сімей/осіб» → "
       "families_persons")
g.note("figures written twice are two facts: 519 (prose and table Усього), 35 under support (table row and "
       "prose, the prose one with children and its breakdown), 88 natural aid (table row and prose)")
g.note("«під соціальним супроводом перебувало 35 сімей» → served (alt support_ongoing); «13 сімей продовжували "
       "отримувати послугу з попереднього року» → served with a label (alt support_ongoing); «під супроводом "
       "залишаються 11 сімей» (at 31.12.2024) → support_ongoing")
g.note("outcomes: «з позитивним результатом» → outcome_positive; moving away and refusal → outcome_other with the "
       "reason in label; all three hang on support_completed 24 (group completed_24_by_reason)")
g.note("«звернулися 296 осіб … у тому числі 58 ВПО» → applied persons; «щодо трьох сімей інформація не "
       "підтвердилася» has no §3 id and is skipped (literal 3 in a check)")
g.note("«п'ятеро працівників», «двох прийомних сім'ях», «одному дитячому будинку» are numbers in words that are "
       "the figure itself → facts")
g.note("the settlement is the village Швайківка; the hromada name is accepted in meta_alt")
g.write()
