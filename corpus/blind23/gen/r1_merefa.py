"""b23_01: Центр соціальних служб Мереф'янської міської ради (Харківська), annual report 2024, DOCX.

Formal numbered sections, a service table (Сімей / Осіб / Надано послуг) with an «Усього» row,
prose that repeats the totals, a breakdown by старостинський округ, social support with outcomes.
Planted slip: the families by place of residence sum to 481, not 487 (parts_sum).
"""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, fix_docx_props, freeze_zip, report_path

DOC = "b23_01_merefa_css_annual2024.docx"

doc = docx.Document()
fix_docx_props(doc, author="ЦСС Мереф'янської МР")


def para(text, bold=False, center=False, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ МЕРЕФ'ЯНСЬКОЇ МІСЬКОЇ РАДИ", bold=True, center=True)
para("62472, Харківська обл., м. Мерефа, вул. Дніпровська, 16; тел. (05745) 0-41-27; "
     "e-mail: css.merefa@example.ua; код ЄДРПОУ 44218735", center=True)
para("ЗВІТ", bold=True, center=True)
para("про роботу Центру соціальних служб Мереф'янської міської ради за 2024 рік", bold=True, center=True)

doc.add_heading("1. Загальні відомості", level=2)
para("Центр соціальних служб Мереф'янської міської ради (далі – Центр) утворено рішенням міської ради "
     "від 23.12.2020 № 1217. Центр обслуговує мешканців 15 населених пунктів громади, де проживає "
     "близько 34,6 тис. осіб, у тому числі 6 118 внутрішньо переміщених осіб, взятих на облік.")

doc.add_heading("2. Звернення та оцінка потреб", level=2)
para("Протягом 2024 року до Центру звернулося 1 482 особи, що на 214 більше, ніж роком раніше. "
     "Надійшли повідомлення про 96 сімей, які можуть перебувати у складних життєвих обставинах, "
     "у тому числі: від служби у справах дітей – 41, від закладів освіти – 23, від ювенальної "
     "поліції – 18, від інших суб'єктів – 14.")
para("Оцінку потреб здійснено 88 сім'ям, у 61 з них (69,3 %) виявлено складні життєві обставини.")

doc.add_heading("3. Надання соціальних послуг", level=2)
para("Таблиця 1. Отримувачі соціальних послуг у 2024 році")
rows = [
    ["№", "Соціальна послуга", "Сімей", "Осіб", "Надано послуг"],
    ["1", "Інформування", "212", "640", "1 905"],
    ["2", "Консультування", "187", "503", "2 736"],
    ["3", "Соціальний супровід сімей у СЖО", "58", "–", "1 344"],
    ["4", "Соціальне супроводження прийомних сімей та ДБСТ", "9", "–", "412"],
    ["5", "Кризове та екстрене втручання", "14", "6", "57"],
    ["6", "Посередництво (медіація)", "7", "–", "31"],
    ["", "Усього", "487", "1 149", "6 485"],
]
t = doc.add_table(rows=len(rows), cols=5)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, c in enumerate(row):
        t.cell(i, j).text = c

para("Отже, послугами Центру скористалися 487 сімей, у яких виховується 903 дитини, а також "
     "1 149 осіб. За місцем проживання сім'ї-отримувачі розподіляються так: м. Мерефа – 302, "
     "Утківський старостинський округ – 71, Островерхівський – 52, Яковлівський – 56.")

doc.add_heading("4. Соціальний супровід", level=2)
para("Під соціальним супроводом протягом року перебувало 58 сімей, у яких виховується 131 дитина. "
     "Взято під супровід 37 сімей, з них 11 сімей внутрішньо переміщених осіб (29,7 %).")
para("Завершено надання послуги 33 сім'ям, а саме:")
for s in ("з позитивним результатом (подолано СЖО) – 21 сім'я;",
          "мінімізовано складні життєві обставини – 8 сімей;",
          "у зв'язку зі зміною місця проживання – 3 сім'ї;",
          "з негативним результатом – 1 сім'я."):
    para(s, style="List Bullet")
para("На 2025 рік супровід продовжено 25 сім'ям. Середня тривалість супроводу становила 4,5 місяця.")
para("Соціальне супроводження здійснювалося 9 прийомним сім'ям і дитячим будинкам сімейного типу, "
     "де виховуються 27 дітей.")

doc.add_heading("5. Профілактична та групова робота", level=2)
para("Проведено 46 групових заходів (тренінги, батьківські групи, «Школа відповідального "
     "батьківства»), участь у яких взяли 612 осіб. Мобільна бригада соціально-психологічної "
     "допомоги здійснила 74 виїзди. На телефон довіри Центру надійшло 239 дзвінків.")
para("Спільно з благодійним фондом сім'ям з дітьми видано 350 продуктових наборів на загальну суму "
     "245,0 тис. грн.")

doc.add_heading("6. Кадрове забезпечення та якість послуг", level=2)
para("Штатним розписом передбачено 19,5 посади, фактично працює 17 фахівців, вакантними "
     "залишаються 2,5 посади. Підвищили кваліфікацію 12 працівників.")
para("У грудні 2024 року проведено внутрішню оцінку якості: в анкетуванні взяли участь 143 отримувачі, "
     "92,3 % з них задоволені якістю послуг. Загальна оцінка якості надання соціальних послуг – "
     "«добре». Скарг на дії працівників Центру у 2024 році не надходило.")

doc.add_heading("7. Завдання на 2025 рік", level=2)
para("Запровадити послугу денного догляду для 15 дітей з інвалідністю віком від 3 до 18 років; "
     "охопити соціальним супроводом не менше 60 сімей.")
para("Директор Центру (підпис)")
para("20.01.2025")

out = report_path(DOC)
doc.save(out)
freeze_zip(out)

# ---------------------------------------------------------------- gold
g = Gold(DOC, {
    "centre": "Центр соціальних служб Мереф'янської міської ради",
    "centre_type": "css",
    "settlement": "Мерефа",
    "oblast": "Харківська",
    "report_kind": "annual_report",
    "period_start": "2024-01-01",
    "period_end": "2024-12-31",
})
f = g.f
a1 = f("applied", "persons", 1482, "Протягом 2024 року до Центру звернулося 1 482 особи")
n = f("notified", "families", 96, "Надійшли повідомлення про 96 сімей")
n1 = f("notified", "families", 41, "від служби у справах дітей – 41", label="від служби у справах дітей",
       group="notified_96_by_source", parent=n)
n2 = f("notified", "families", 23, "від закладів освіти – 23", label="від закладів освіти",
       group="notified_96_by_source", parent=n)
n3 = f("notified", "families", 18, "від ювенальної поліції – 18", label="від ювенальної поліції",
       group="notified_96_by_source", parent=n)
n4 = f("notified", "families", 14, "від інших суб'єктів – 14", label="від інших суб'єктів",
       group="notified_96_by_source", parent=n)
na = f("needs_assessed", "families", 88, "Оцінку потреб здійснено 88 сім'ям")
sjo = f("in_difficult_circumstances", "families", 61, percent=69.3,
        quote="у 61 з них (69,3 %) виявлено складні життєві обставини", parent=na)

# table
TOT = "Усього\t487\t1 149\t6 485"
tf = f("served", "families", 487, TOT, label="Усього")
tp = f("served", "persons", 1149, TOT, label="Усього")
ts = f("services_provided", "services", 6485, TOT, label="Усього")
R = {
    "informing": ("1\tІнформування\t212\t640\t1 905", 212, 640, 1905, "Інформування"),
    "counselling": ("2\tКонсультування\t187\t503\t2 736", 187, 503, 2736, "Консультування"),
    "social_support_sjo": ("3\tСоціальний супровід сімей у СЖО\t58\t–\t1 344", 58, None, 1344,
                           "Соціальний супровід сімей у СЖО"),
    "social_support_foster": ("4\tСоціальне супроводження прийомних сімей та ДБСТ\t9\t–\t412", 9, None, 412,
                              "Соціальне супроводження прийомних сімей та ДБСТ"),
    "crisis_intervention": ("5\tКризове та екстрене втручання\t14\t6\t57", 14, 6, 57,
                            "Кризове та екстрене втручання"),
    "mediation": ("6\tПосередництво (медіація)\t7\t–\t31", 7, None, 31, "Посередництво (медіація)"),
}
rowf, rowp, rows_ = {}, {}, {}
for svc, (q, fam, per, srv, lab) in R.items():
    rowf[svc] = f("served", "families", fam, q, service=svc, label=lab, group="table1_families", parent=tf)
    if per is not None:
        rowp[svc] = f("served", "persons", per, q, service=svc, label=lab, group="table1_persons", parent=tp)
    rows_[svc] = f("services_provided", "services", srv, q, service=svc, label=lab, group="table1_services",
                   parent=ts)

pf = f("served", "families", 487, "послугами Центру скористалися 487 сімей")
pc = f("served", "children", 903, "у яких виховується 903 дитини", parent=pf)
pp = f("served", "persons", 1149, "а також 1 149 осіб")
v1 = f("served", "families", 302, "м. Мерефа – 302", district="Мерефа", group="families_487_by_place", parent=pf)
v2 = f("served", "families", 71, "Утківський старостинський округ – 71", district="Утківський старостинський округ",
       group="families_487_by_place", parent=pf)
v3 = f("served", "families", 52, "Островерхівський – 52", district="Островерхівський старостинський округ",
       group="families_487_by_place", parent=pf)
v4 = f("served", "families", 56, "Яковлівський – 56", district="Яковлівський старостинський округ",
       group="families_487_by_place", parent=pf)

ss = f("served", "families", 58, "Під соціальним супроводом протягом року перебувало 58 сімей",
       service="social_support_sjo", alt=["support_ongoing"])
ssc = f("served", "children", 131, "у яких виховується 131 дитина", service="social_support_sjo",
        alt=["support_ongoing"], parent=ss)
st = f("support_started", "families", 37, "Взято під супровід 37 сімей", service="social_support_sjo", parent=ss)
sti = f("support_started", "families", 11, "з них 11 сімей внутрішньо переміщених осіб (29,7 %)", percent=29.7,
        service="social_support_sjo", category="внутрішньо переміщені особи", parent=st)
sc = f("support_completed", "families", 33, "Завершено надання послуги 33 сім'ям", service="social_support_sjo",
       parent=ss)
o1 = f("outcome_positive", "families", 21, "з позитивним результатом (подолано СЖО) – 21 сім'я",
       service="social_support_sjo", group="completed_33_by_outcome", parent=sc)
o2 = f("outcome_minimized", "families", 8, "мінімізовано складні життєві обставини – 8 сімей",
       service="social_support_sjo", group="completed_33_by_outcome", parent=sc)
o3 = f("outcome_other", "families", 3, "у зв'язку зі зміною місця проживання – 3 сім'ї",
       service="social_support_sjo", label="зміна місця проживання", group="completed_33_by_outcome", parent=sc)
o4 = f("outcome_negative", "families", 1, "з негативним результатом – 1 сім'я",
       service="social_support_sjo", group="completed_33_by_outcome", parent=sc)
so = f("support_ongoing", "families", 25, "На 2025 рік супровід продовжено 25 сім'ям", service="social_support_sjo",
       parent=ss)
fo = f("served", "families", 9, "Соціальне супроводження здійснювалося 9 прийомним сім'ям",
       service="social_support_foster")
foc = f("served", "children", 27, "де виховуються 27 дітей", service="social_support_foster", parent=fo)

ev = f("events", "events", 46, "Проведено 46 групових заходів")
evp = f("event_participants", "persons", 612, "участь у яких взяли 612 осіб", parent=ev)
cl = f("calls", "calls", 239, "На телефон довіри Центру надійшло 239 дзвінків")
aid = f("aid_value", "uah", 245000, "на загальну суму 245,0 тис. грн", label="продуктові набори від благодійного фонду",
        note="aid from a charity handed out by the centre; no service is named, so no service; the 350 sets are items")
sp = f("staff_positions", "positions", 19.5, "Штатним розписом передбачено 19,5 посади")
sa = f("staff_actual", "staff", 17, "фактично працює 17 фахівців")
stt = f("staff_trained", "staff", 12, "Підвищили кваліфікацію 12 працівників")
sv = f("survey_respondents", "recipients", 143, "в анкетуванні взяли участь 143 отримувачі", unit_alt="persons")
sat = f("satisfaction", "percent", 92.3, "92,3 % з них задоволені якістю послуг")
rt = f("rating", "rating", "good", "Загальна оцінка якості надання соціальних послуг – «добре»", criterion="overall")
cp = f("complaints", "complaints", 0, "Скарг на дії працівників Центру у 2024 році не надходило")

g.slip("parts_sum", "error",
       "За місцем проживання сім'ї-отримувачі розподіляються так: м. Мерефа – 302, Утківський старостинський "
       "округ – 71, Островерхівський – 52, Яковлівський – 56.",
       reported=481, expected=487, fact_ids=[pf, v1, v2, v3, v4],
       note="the 487 families by place of residence: 302 + 71 + 52 + 56 = 481, 6 short of 487. The city and "
            "the three старостинські округи cover the whole hromada, so the list is a partition.",
       verify=f"{v1} + {v2} + {v3} + {v4} == {pf}")
g.check("parts_sum", "у тому числі: від служби у справах дітей – 41", "41 + 23 + 18 + 14 = 96",
        f"{n1} + {n2} + {n3} + {n4} == {n}")
g.check("percent_mismatch", "у 61 з них (69,3 %)", "61 / 88 = 69,32 % → 69,3; 61 ≤ 88",
        f"pct_ok(p{sjo[1:]}, {sjo}, {na}, 1) and {sjo} <= {na}")
g.check("table_arithmetic", TOT, "families column: 212 + 187 + 58 + 9 + 14 + 7 = 487",
        " + ".join(rowf.values()) + f" == {tf}")
g.check("table_arithmetic", TOT, "persons column: 640 + 503 + 6 = 1 149 (the «–» cells are empty)",
        " + ".join(rowp.values()) + f" == {tp}")
g.check("table_arithmetic", TOT, "services column: 1 905 + 2 736 + 1 344 + 412 + 57 + 31 = 6 485",
        " + ".join(rows_.values()) + f" == {ts}")
g.check("internal_conflict", "послугами Центру скористалися 487 сімей", "prose repeats the table totals 487 and 1 149",
        f"{pf} == {tf} and {pp} == {tp}")
g.check("internal_conflict", "Під соціальним супроводом протягом року перебувало 58 сімей",
        "58 families in support = table row 3; 9 foster families = table row 4",
        f"{ss} == {rowf['social_support_sjo']} and {fo} == {rowf['social_support_foster']}")
g.check("percent_mismatch", "з них 11 сімей внутрішньо переміщених осіб (29,7 %)", "11 / 37 = 29,73 % → 29,7",
        f"pct_ok(p{sti[1:]}, {sti}, {st}, 1)")
g.check("parts_sum", "Завершено надання послуги 33 сім'ям, а саме:", "21 + 8 + 3 + 1 = 33",
        f"{o1} + {o2} + {o3} + {o4} == {sc}")
g.check("parts_sum", "На 2025 рік супровід продовжено 25 сім'ям", "58 in support − 33 completed = 25 continued",
        f"{ss} - {sc} == {so}")
g.check("parts_sum", "Штатним розписом передбачено 19,5 посади", "19,5 positions − 17 staff = 2,5 vacant",
        f"near({sp} - {sa}, 2.5)")
g.check("percent_impossible", "92,3 % з них задоволені якістю послуг", "132 of 143 = 92,31 % → reachable",
        f"grim_ok({sat}, {sv}, 1)")

g.skip("62472, Харківська обл., м. Мерефа, вул. Дніпровська, 16; тел. (05745) 0-41-27", [62472, 16, 5745, 4127],
       "postcode, address, phone")
g.skip("код ЄДРПОУ 44218735", [44218735], "ЄДРПОУ code")
g.skip("рішенням міської ради від 23.12.2020 № 1217", [23, 12, 2020, 1217], "decision date and number")
g.skip("мешканців 15 населених пунктів громади, де проживає близько 34,6 тис. осіб, у тому числі 6 118 "
       "внутрішньо переміщених осіб, взятих на облік", [15, 34.6, 6118],
       "settlements, population and IDPs registered in the hromada (not the centre's recipients)")
g.skip("що на 214 більше, ніж роком раніше", [214], "difference with the previous year")
g.skip("Таблиця 1. Отримувачі соціальних послуг у 2024 році", [1, 2024], "table number, year")
g.skip("1\tІнформування", [1, 2, 3, 4, 5, 6], "row numbers of table 1 (the other rows likewise)")
g.skip("Середня тривалість супроводу становила 4,5 місяця", [4.5], "duration")
g.skip("Мобільна бригада соціально-психологічної допомоги здійснила 74 виїзди", [74], "trips; no §3 id")
g.skip("видано 350 продуктових наборів", [350], "items (food sets)")
g.skip("вакантними залишаються 2,5 посади", [2.5], "vacancies; no §3 id (used as a literal in a check)")
g.skip("У грудні 2024 року проведено внутрішню оцінку якості", [2024], "date of the assessment")
g.skip("Запровадити послугу денного догляду для 15 дітей з інвалідністю віком від 3 до 18 років; охопити "
       "соціальним супроводом не менше 60 сімей.", [15, 3, 18, 60], "2025 plans, ages")
g.skip("20.01.2025", [20, 1, 2025], "date of the report")
g.skip("6. Кадрове забезпечення", [1, 2, 3, 4, 5, 6, 7], "section numbers 1.–7.")

g.note("table 1: every cell is a fact quoted by its row; rows hang on the «Усього» cell of the same column; "
       "«–» cells give no fact")
g.note("the prose repeats the table totals (487 families, 1 149 persons) and rows 3 and 4 (58 and 9 families): "
       "a figure written twice is two facts")
g.note("families by place of residence are served families with `district`; they do not add up (planted slip)")
g.note("«На 2025 рік супровід продовжено 25 сім'ям» is a 2024 figure (support_ongoing)")
g.note("«телефон довіри» calls → calls")
g.write()
