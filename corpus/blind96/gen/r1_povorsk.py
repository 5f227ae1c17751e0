"""b96_01: ЦСС Поворської сільської ради (Волинська), annual report 2024, DOCX, first person plural."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, save_docx

DOC = "b96_01_povorsk_css_annual2024.docx"

d = Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)


def para(text, bold=False, center=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("ПОВОРСЬКА СІЛЬСЬКА РАДА", bold=True, center=True)
para("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ", bold=True, center=True)
para("45021, Волинська обл., Ковельський р-н, с. Поворськ, вул. Незалежності, 41; "
     "тел. (03352) 0-41-27; e-mail: css.povorsk@example.ua; код ЄДРПОУ 44187302", center=True)
para("21.01.2025 № 08-14/27")
para("ЗВІТ\nпро роботу Центру соціальних служб Поворської сільської ради за 2024 рік", bold=True, center=True)

d.add_heading("1. Загальні відомості", level=2)
para("Центр соціальних служб Поворської сільської ради (далі – Центр) утворено рішенням сільської ради "
     "від 17.12.2020 № 3/41. Ми обслуговуємо 14 населених пунктів громади, у яких проживає близько "
     "8,6 тис. жителів, з них понад 1,9 тис. дітей.")
para("Штатним розписом Центру передбачено 9 посад, фактично у 2024 році працювали 8 фахівців "
     "(одна посада психолога залишається вакантною). Протягом року шестеро наших працівників "
     "підвищили кваліфікацію на навчаннях Волинського обласного центру соціальних служб "
     "(загалом 72 години).")

d.add_heading("2. Виявлення сімей та звернення", level=2)
para("Упродовж 2024 року ми отримали повідомлення про 63 сім'ї, які можуть перебувати у складних "
     "життєвих обставинах (у 2023 році – 58). За кожним повідомленням фахівці виїжджали до сім'ї "
     "не пізніше ніж за 3 робочі дні. Оцінку потреб здійснено 63 сім'ям, в яких виховується "
     "118 дітей. За її результатами 41 сім'ю визнано такою, що перебуває у складних життєвих "
     "обставинах, у 22 випадках СЖО не підтвердилися.")
para("Крім того, до Центру особисто або телефоном звернулися 176 осіб – переважно з питань "
     "оформлення допомог, влаштування дітей та психологічної підтримки.")

d.add_heading("3. Надання соціальних послуг", level=2)
para("У таблиці 1 наведено кількість отримувачів та наданих послуг за їх видами.")
para("Таблиця 1. Соціальні послуги, надані Центром у 2024 році")
rows = [
    ("№ з/п", "Соціальна послуга", "Кількість отримувачів, сімей/осіб", "Кількість наданих послуг"),
    ("1", "Інформування", "212", "486"),
    ("2", "Консультування", "187", "642"),
    ("3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "47", "1 128"),
    ("4", "Соціальне супроводження прийомних сімей та ДБСТ", "4", "96"),
    ("5", "Соціальна профілактика", "35", "70"),
    ("", "Усього", "485", "2 422"),
]
t = d.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
para("Загалом у 2024 році соціальними послугами ми охопили 485 сімей/осіб і надали їм 2 422 послуги.")

d.add_heading("4. Соціальний супровід сімей у СЖО", level=2)
para("Під соціальним супроводом протягом року перебувало 47 сімей, у яких виховується 93 дитини. "
     "З них 31 сім'ю взято під супровід у звітному році, решта 16 сімей отримували послугу з 2023 року.")
para("Серед сімей, які перебували під супроводом:")
para("сімей внутрішньо переміщених осіб – 14 (29,8 %);")
para("багатодітних сімей – 9 (21,3 %);")
para("сімей, де батьки зловживають алкоголем, – 6 (12,8 %).")
para("Завершено надання послуги 27 сім'ям: з позитивним результатом – 19 (70,4 %), з мінімізацією "
     "складних життєвих обставин – 5 (18,5 %), без результату – 3 (11,1 %). Середня тривалість "
     "супроводу становила 5,5 місяця. Продовжено надання послуги у 2025 році 20 сім'ям.")
para("Окремо ми супроводжуємо 4 сім'ї, які виховують дітей-сиріт та дітей, позбавлених батьківського "
     "піклування: 3 прийомні сім'ї та 1 дитячий будинок сімейного типу, де виховується 17 дітей.")

d.add_heading("5. Групова та профілактична робота", level=2)
para("Ми провели 38 групових заходів (тренінги, батьківські збори, заняття «Школи відповідального "
     "батьківства»), якими охоплено 412 учасників. У тому числі 6 тренінгів – для прийомних батьків "
     "та батьків-вихователів. Фахівці здійснили 214 виїздів до населених пунктів громади.")
para("На телефон довіри Центру надійшло 57 дзвінків, усім абонентам надано консультації.")

d.add_heading("6. Оцінка якості та звернення громадян", level=2)
para("У грудні 2024 року ми провели анкетування 64 отримувачів послуг: 92,2 % опитаних "
     "повністю задоволені якістю послуг. Скарг на роботу Центру протягом року не надходило.")

d.add_heading("7. Фінансування", level=2)
para("Кошторисом Центру на 2024 рік затверджено 3 250,0 тис. грн. Фактичні видатки склали "
     "3 184,6 тис. грн, з них на оплату праці з нарахуваннями – 2 811,2 тис. грн.")

d.add_heading("8. Завдання на 2025 рік", level=2)
para("У 2025 році плануємо охопити соціальним супроводом не менше 50 сімей, відкрити 2 групи "
     "підтримки для підлітків 14–17 років та заповнити вакантну посаду психолога.")
para("Директор Центру соціальних служб                    (підпис)")

path = report_path(DOC)
save_docx(d, path, author="ЦСС Поворськ")

g = Gold(DOC, {
    "centre": "Центр соціальних служб Поворської сільської ради",
    "centre_type": "css",
    "settlement": "Поворськ",
    "oblast": "Волинська",
    "report_kind": "annual_report",
    "period_start": "2024-01-01",
    "period_end": "2024-12-31",
})
Q_STAFF = "Штатним розписом Центру передбачено 9 посад, фактично у 2024 році працювали 8 фахівців"
f1 = g.f("staff_positions", "positions", 9, "Штатним розписом Центру передбачено 9 посад")
f2 = g.f("staff_actual", "staff", 8, "фактично у 2024 році працювали 8 фахівців")
f3 = g.f("staff_trained", "staff", 6, "шестеро наших працівників підвищили кваліфікацію",
         note="number in words («шестеро»)")
f4 = g.f("notified", "families", 63, "ми отримали повідомлення про 63 сім'ї")
f5 = g.f("needs_assessed", "families", 63, "Оцінку потреб здійснено 63 сім'ям")
f6 = g.f("needs_assessed", "children", 118, "в яких виховується 118 дітей", parent=f5)
f7 = g.f("in_difficult_circumstances", "families", 41,
         "41 сім'ю визнано такою, що перебуває у складних життєвих обставинах", parent=f5)
f8 = g.f("applied", "persons", 176, "звернулися 176 осіб")
# table 1
svc = [("informing", "1\tІнформування\t212\t486"),
       ("counselling", "2\tКонсультування\t187\t642"),
       ("social_support_sjo", "3\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t47\t1 128"),
       ("social_support_foster", "4\tСоціальне супроводження прийомних сімей та ДБСТ\t4\t96"),
       ("social_prevention", "5\tСоціальна профілактика\t35\t70")]
Q_TOT = "Усього\t485\t2 422"
t_served = g.f("served", "families_persons", 485, Q_TOT, label="Усього (таблиця 1)")
t_serv = g.f("services_provided", "services", 2422, Q_TOT, label="Усього (таблиця 1)")
vals = {"informing": (212, 486), "counselling": (187, 642), "social_support_sjo": (47, 1128),
        "social_support_foster": (4, 96), "social_prevention": (35, 70)}
row_served, row_serv = {}, {}
for s, q in svc:
    a, b = vals[s]
    row_served[s] = g.f("served", "families_persons", a, q, service=s, group="t1_served_by_service",
                        parent=t_served)
    row_serv[s] = g.f("services_provided", "services", b, q, service=s, group="t1_services_by_service",
                      parent=t_serv)
f_pr1 = g.f("served", "families_persons", 485, "соціальними послугами ми охопили 485 сімей/осіб",
            note="the table total written again in prose")
f_pr2 = g.f("services_provided", "services", 2422, "надали їм 2 422 послуги")
# social support
Q_SUP = "Під соціальним супроводом протягом року перебувало 47 сімей"
s1 = g.f("served", "families", 47, Q_SUP, service="social_support_sjo", alt=["support_ongoing"])
s2 = g.f("served", "children", 93, "у яких виховується 93 дитини", service="social_support_sjo",
         alt=["support_ongoing"], parent=s1)
s3 = g.f("support_started", "families", 31, "З них 31 сім'ю взято під супровід у звітному році",
         service="social_support_sjo", group="sup47_by_start", parent=s1)
s4 = g.f("served", "families", 16, "решта 16 сімей отримували послугу з 2023 року",
         service="social_support_sjo", alt=["support_ongoing"], label="отримували послугу з 2023 року",
         group="sup47_by_start", parent=s1)
s5 = g.f("served", "families", 14, "сімей внутрішньо переміщених осіб – 14 (29,8 %)", percent=29.8,
         service="social_support_sjo", category="внутрішньо переміщені особи", parent=s1)
s6 = g.f("served", "families", 9, "багатодітних сімей – 9 (21,3 %)", percent=21.3,
         service="social_support_sjo", category="багатодітні сім'ї", parent=s1)
s7 = g.f("served", "families", 6, "сімей, де батьки зловживають алкоголем, – 6 (12,8 %)", percent=12.8,
         service="social_support_sjo", category="сім'ї, де батьки зловживають алкоголем", parent=s1)
s8 = g.f("support_completed", "families", 27, "Завершено надання послуги 27 сім'ям",
         service="social_support_sjo", group="sup47_by_end", parent=s1)
s9 = g.f("outcome_positive", "families", 19, "з позитивним результатом – 19 (70,4 %)", percent=70.4,
         group="completed27_by_outcome", parent=s8)
s10 = g.f("outcome_minimized", "families", 5,
          "з мінімізацією складних життєвих обставин – 5 (18,5 %)", percent=18.5,
          group="completed27_by_outcome", parent=s8)
s11 = g.f("outcome_negative", "families", 3, "без результату – 3 (11,1 %)", percent=11.1,
          group="completed27_by_outcome", parent=s8)
s12 = g.f("support_ongoing", "families", 20, "Продовжено надання послуги у 2025 році 20 сім'ям",
          service="social_support_sjo", group="sup47_by_end", parent=s1)
Q_FOS = "Окремо ми супроводжуємо 4 сім'ї"
p1 = g.f("served", "families", 4, Q_FOS, service="social_support_foster")
p2 = g.f("served", "families", 3, "3 прийомні сім'ї", service="social_support_foster",
         label="прийомні сім'ї", group="foster4", parent=p1)
p3 = g.f("served", "families", 1, "1 дитячий будинок сімейного типу", service="social_support_foster",
         label="дитячий будинок сімейного типу", group="foster4", parent=p1)
p4 = g.f("served", "children", 17, "де виховується 17 дітей", service="social_support_foster", parent=p1)
e1 = g.f("events", "events", 38, "Ми провели 38 групових заходів")
e2 = g.f("event_participants", "persons", 412, "якими охоплено 412 учасників", parent=e1)
e3 = g.f("events", "events", 6, "У тому числі 6 тренінгів", label="тренінги для прийомних батьків та батьків-вихователів",
         parent=e1)
c1 = g.f("calls", "calls", 57, "На телефон довіри Центру надійшло 57 дзвінків")
v1 = g.f("survey_respondents", "recipients", 64, "анкетування 64 отримувачів послуг", unit_alt="persons")
v2 = g.f("satisfaction", "percent", 92.2, "92,2 % опитаних повністю задоволені якістю послуг",
         alt=["share"], label="повністю задоволені якістю послуг")
v3 = g.f("complaints", "complaints", 0, "Скарг на роботу Центру протягом року не надходило")
b1 = g.f("budget_approved", "uah", 3250000, "Кошторисом Центру на 2024 рік затверджено 3 250,0 тис. грн")
b2 = g.f("budget_spent", "uah", 3184600, "Фактичні видатки склали 3 184,6 тис. грн")
b3 = g.f("budget_spent", "uah", 2811200, "з них на оплату праці з нарахуваннями – 2 811,2 тис. грн",
         label="оплата праці з нарахуваннями", parent=b2)

n = lambda fid: fid[1:]  # noqa: E731

g.slip("percent_mismatch", "error", "багатодітних сімей – 9 (21,3 %)", 21.3, 19.1, [s6, s1],
       "9 of the 47 families under support is 19,1 %, written 21,3 % (21,3 % is 10 of 47). The shares "
       "of the two neighbouring categories (14 → 29,8 %, 6 → 12,8 %) are computed on the same 47.",
       f"pct_ok(p{n(s6)}, f{n(s6)}, f{n(s1)}, 1)")

g.check("table_arithmetic", Q_TOT, "212 + 187 + 47 + 4 + 35 = 485",
        " + ".join(f"f{n(row_served[s])}" for s, _ in svc) + f" == f{n(t_served)}")
g.check("table_arithmetic", Q_TOT, "486 + 642 + 1128 + 96 + 70 = 2422",
        " + ".join(f"f{n(row_serv[s])}" for s, _ in svc) + f" == f{n(t_serv)}")
g.check("internal_conflict", "соціальними послугами ми охопили 485 сімей/осіб",
        "prose repeats the table totals (485, 2 422)",
        f"f{n(f_pr1)} == f{n(t_served)} and f{n(f_pr2)} == f{n(t_serv)}")
g.check("parts_sum", "За її результатами 41 сім'ю визнано",
        "41 in СЖО + 22 not confirmed = 63 assessed = 63 notified (22 has no §3 id: literal)",
        f"f{n(f7)} + 22 == f{n(f5)} and f{n(f5)} == f{n(f4)}")
g.check("parts_sum", "З них 31 сім'ю взято під супровід у звітному році",
        "31 new + 16 from 2023 = 47", f"f{n(s3)} + f{n(s4)} == f{n(s1)}")
g.check("internal_conflict", "3\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t47\t1 128",
        "table row 3 (47) equals the 47 families under support in §4",
        f"f{n(row_served['social_support_sjo'])} == f{n(s1)}")
g.check("percent_mismatch", "сімей внутрішньо переміщених осіб – 14 (29,8 %)", "14 / 47 = 29,79 %",
        f"pct_ok(p{n(s5)}, f{n(s5)}, f{n(s1)}, 1)")
g.check("percent_mismatch", "сімей, де батьки зловживають алкоголем, – 6 (12,8 %)", "6 / 47 = 12,77 %",
        f"pct_ok(p{n(s7)}, f{n(s7)}, f{n(s1)}, 1)")
g.check("parts_sum", "Завершено надання послуги 27 сім'ям",
        "19 + 5 + 3 = 27", f"f{n(s9)} + f{n(s10)} + f{n(s11)} == f{n(s8)}")
g.check("percent_mismatch", "з позитивним результатом – 19 (70,4 %)",
        "19/27 = 70,37; 5/27 = 18,52; 3/27 = 11,11",
        f"pct_ok(p{n(s9)}, f{n(s9)}, f{n(s8)}, 1) and pct_ok(p{n(s10)}, f{n(s10)}, f{n(s8)}, 1) "
        f"and pct_ok(p{n(s11)}, f{n(s11)}, f{n(s8)}, 1)")
g.check("percents_sum", "з позитивним результатом – 19 (70,4 %)", "70,4 + 18,5 + 11,1 = 100,0",
        f"psum_ok([p{n(s9)}, p{n(s10)}, p{n(s11)}], 1)")
g.check("parts_sum", "Продовжено надання послуги у 2025 році 20 сім'ям",
        "27 completed + 20 continued = 47", f"f{n(s8)} + f{n(s12)} == f{n(s1)}")
g.check("parts_sum", Q_FOS, "3 + 1 = 4 = table row 4",
        f"f{n(p2)} + f{n(p3)} == f{n(p1)} and f{n(p1)} == f{n(row_served['social_support_foster'])}")
g.check("parts_sum", "У тому числі 6 тренінгів", "6 ≤ 38", f"f{n(e3)} <= f{n(e1)}")
g.check("percent_impossible", "92,2 % опитаних", "59 of 64 = 92,19 %", f"grim_ok(f{n(v2)}, f{n(v1)}, 1)")
g.check("parts_sum", "з них на оплату праці з нарахуваннями", "2 811,2 ≤ 3 184,6 ≤ 3 250,0",
        f"f{n(b3)} <= f{n(b2)} <= f{n(b1)}")
g.check("parts_sum", Q_STAFF, "8 working + 1 vacancy (одна посада) = 9", f"f{n(f2)} + 1 == f{n(f1)}")

g.skip("45021, Волинська обл., Ковельський р-н, с. Поворськ, вул. Незалежності, 41; тел. (03352) 0-41-27",
       [45021, 41, 3352, 4127], "postcode, address, phone")
g.skip("код ЄДРПОУ 44187302", [44187302], "ЄДРПОУ")
g.skip("21.01.2025 № 08-14/27", [21, 1, 2025, 8, 14, 27], "outgoing date and number")
g.skip("від 17.12.2020 № 3/41", [17, 12, 2020, 3, 41], "decision date and number")
g.skip("Ми обслуговуємо 14 населених пунктів громади, у яких проживає близько 8,6 тис. жителів, з них понад 1,9 тис. дітей",
       [14, 8600, 1900], "settlements and population")
g.skip("одна посада психолога залишається вакантною", [1], "vacancy (no §3 id); used as a literal in the staff check")
g.skip("(загалом 72 години)", [72], "duration of training")
g.skip("(у 2023 році – 58)", [2023, 58], "prior-year figure")
g.skip("не пізніше ніж за 3 робочі дні", [3], "duration")
g.skip("у 22 випадках СЖО не підтвердилися", [22], "not confirmed (no §3 id); literal in a check")
g.skip("Таблиця 1. Соціальні послуги, надані Центром у 2024 році", [1, 2024], "table number, year")
g.skip("№ з/п", [1, 2, 3, 4, 5], "row numbers 1–5 of table 1")
g.skip("Середня тривалість супроводу становила 5,5 місяця", [5.5], "duration")
g.skip("Фахівці здійснили 214 виїздів до населених пунктів громади", [214], "field visits (no §3 id)")
g.skip("У грудні 2024 року", [2024], "date of the survey")
g.skip("У 2025 році плануємо охопити соціальним супроводом не менше 50 сімей, відкрити 2 групи підтримки для підлітків 14–17 років",
       [2025, 50, 2, 14, 17], "plan for 2025, ages")
g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6, 7, 8], "section numbers 1.–8.")

g.note("the table «Кількість отримувачів, сімей/осіб» → unit families_persons; every cell is a fact quoted "
       "by its row and hangs on the «Усього» cell of its column; services by row: informing, counselling, "
       "social_support_sjo, social_support_foster (соціальне супроводження прийомних сімей та ДБСТ), "
       "social_prevention")
g.note("485 and 2 422 are written twice (table total and prose): two facts each")
g.note("«перебувала 47 сімей» under support → served (alt support_ongoing); «отримували послугу з 2023 року» → "
       "served with a label (alt support_ongoing); «Продовжено надання послуги у 2025 році» → support_ongoing")
g.note("the three categories of the 47 supported families (ВПО, багатодітні, алкоголь) overlap and do not "
       "exhaust the 47 → parent_id only, no group")
g.note("the 4 foster families are table row 4; the 3 + 1 breakdown is a partition (group foster4)")
g.note("«анкетування 64 отримувачів» → survey_respondents, unit recipients (unit_alt persons); the 92,2 % "
       "is a bare percentage → satisfaction (alt share)")
g.note("«шестеро наших працівників» is a number in words → staff_trained 6")
g.note("budget: no KEKV codes written → no kekv; «Фактичні видатки» → budget_spent")
g.write()
