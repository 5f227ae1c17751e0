"""b119_02: КЗ «Центр соціальних служб» Боратинської сільської ради (Волинська), annual report 2024.
DOCX, first person plural, headings, prose, a table by service with a merged «Усього» cell."""
from docx import Document
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b119_02_boratyn_css_annual2024.docx"
path = report_path(DOC)

d = Document()
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)
P = d.add_paragraph
P("Комунальний заклад «Центр соціальних служб» Боратинської сільської ради Луцького району Волинської області")
P("45640, Волинська обл., Луцький р-н, с. Боратин, вул. Шкільна, 3; тел. (0332) 07-19-35; csss.boratyn@example.ua; код ЄДРПОУ 44217650")
P("15.01.2025 № 04-05/12")
d.add_heading("Звіт про роботу Центру соціальних служб за 2024 рік", 1)
P("Центр утворено рішенням сесії Боратинської сільської ради від 17.12.2020 № 3/12. Громада об'єднує 27 населених пунктів, "
  "у яких проживає понад 15 тисяч мешканців. Наше завдання – вчасно помітити сім'ю, якій потрібна допомога, і супроводжувати її, "
  "доки складні обставини не будуть подолані.")
d.add_heading("1. Виявлення сімей та оцінка потреб", 2)
P("Упродовж 2024 року до Центру надійшли повідомлення про 64 сім'ї, які можуть перебувати у складних життєвих обставинах "
  "(у 2023 році – 51). Ми провели оцінку потреб 58 сімей, ще 6 повідомлень не підтвердилися. За результатами оцінки "
  "41 сім'ю визнано такою, що перебуває у СЖО; у цих сім'ях виховується 87 дітей.")
d.add_heading("2. Соціальний супровід", 2)
P("Під соціальним супроводом протягом року перебувало 47 сімей (у них 102 дитини). З них 29 сімей ми взяли під супровід "
  "у 2024 році, а 18 продовжували отримувати послугу з 2023 року.")
P("Серед сімей під супроводом: сімей внутрішньо переміщених осіб – 9 (21,3 %), сімей, де батьки зловживають алкоголем, – "
  "14 (29,8 %), багатодітних сімей – 11 (23,4 %).")
P("Закрито 31 випадок: з позитивним результатом (СЖО подолано) – 22 сім'ї, СЖО мінімізовано – 6, у зв'язку зі зміною місця "
  "проживання – 2, у зв'язку з відмовою від послуги – 1. На кінець року супровід триває для 16 сімей.")
d.add_heading("3. Соціальні послуги", 2)
P("Таблиця 1. Соціальні послуги, надані Центром у 2024 році")
rows = [("№", "Послуга", "Отримувачі, сімей/осіб", "Надано послуг"),
        ("1", "Інформування", "412", "506"),
        ("2", "Консультування", "367", "731"),
        ("3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "47", "1 128"),
        ("4", "Соціальне супроводження прийомних сімей та ДБСТ", "5", "214"),
        ("5", "Кризове та екстрене втручання", "6", "19"),
        ("6", "Посередництво (медіація)", "8", "23"),
        ("", "Усього", "845", "2 621")]
t = d.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, c in enumerate(r):
        t.cell(i, j).text = c
t.cell(7, 0).merge(t.cell(7, 1)).text = "Усього"
P("Загалом соціальними послугами ми охопили 845 сімей/осіб і надали 2 621 послугу.")
P("Соціальне супроводження здійснювалося для 4 прийомних сімей та 1 дитячого будинку сімейного типу, де виховується 19 дітей. "
  "Дві подружні пари пройшли навчання як кандидати у прийомні батьки.")
d.add_heading("4. Профілактична робота, кадри", 2)
P("Ми провели 23 групові заходи (тренінги, «батьківські школи», профілактичні акції), в яких узяли участь 356 осіб. "
  "Сім'ям з дітьми видано 64 набори гуманітарної допомоги.")
P("Штатна чисельність Центру – 9 посад, фактично працює 8 фахівців; 7 з них у 2024 році підвищили кваліфікацію. "
  "Скарг щодо надання соціальних послуг до Центру не надходило.")
P("У 2025 році плануємо охопити послугами не менше 900 сімей/осіб та запровадити послугу денного догляду для 10 дітей з інвалідністю віком від 3 до 18 років.")
P("Директор Центру                                   (підпис)")
fix_docx_props(d, author="ЦСС Боратин")
d.save(path)
freeze_zip(path)

g = Gold(DOC, {
    "centre": "Центр соціальних служб Боратинської сільської ради",
    "centre_type": "css", "settlement": "Боратин", "oblast": "Волинська",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    meta_alt={"centre": ["Комунальний заклад «Центр соціальних служб» Боратинської сільської ради",
                         "Комунальний заклад «Центр соціальних служб» Боратинської сільської ради Луцького району Волинської області"],
              "settlement": ["Боратинська сільська громада"]})
F = g.f
nt = F("notified", "families", 64, "до Центру надійшли повідомлення про 64 сім'ї")
na = F("needs_assessed", "families", 58, "Ми провели оцінку потреб 58 сімей", parent=nt)
sj = F("in_difficult_circumstances", "families", 41, "41 сім'ю визнано такою, що перебуває у СЖО", parent=na)
sjc = F("in_difficult_circumstances", "children", 87, "у цих сім'ях виховується 87 дітей", parent=sj)
ss = F("served", "families", 47, "Під соціальним супроводом протягом року перебувало 47 сімей", service="social_support_sjo",
       alt=["support_ongoing"])
ssc = F("served", "children", 102, "(у них 102 дитини)", service="social_support_sjo", alt=["support_ongoing"], parent=ss)
st_ = F("support_started", "families", 29, "З них 29 сімей ми взяли під супровід", service="social_support_sjo",
        parent=ss, group="support_47_by_start")
so = F("served", "families", 18, "а 18 продовжували отримувати послугу з 2023 року", service="social_support_sjo",
       alt=["support_ongoing"], label="отримували послугу з 2023 року", parent=ss, group="support_47_by_start")
c1 = F("served", "families", 9, "сімей внутрішньо переміщених осіб – 9 (21,3 %)", service="social_support_sjo", percent=21.3,
       category="сім'ї внутрішньо переміщених осіб", parent=ss)
c2 = F("served", "families", 14, "сімей, де батьки зловживають алкоголем, – 14 (29,8 %)", service="social_support_sjo", percent=29.8,
       category="сім'ї, де батьки зловживають алкоголем", parent=ss)
c3 = F("served", "families", 11, "багатодітних сімей – 11 (23,4 %)", service="social_support_sjo", percent=23.4,
       category="багатодітні сім'ї", parent=ss)
cm = F("support_completed", "families", 31, "Закрито 31 випадок", service="social_support_sjo", parent=ss)
grp = "completed_31_by_outcome"
o1 = F("outcome_positive", "families", 22, "з позитивним результатом (СЖО подолано) – 22 сім'ї", service="social_support_sjo",
       parent=cm, group=grp)
o2 = F("outcome_minimized", "families", 6, "СЖО мінімізовано – 6", service="social_support_sjo", parent=cm, group=grp)
o3 = F("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2", service="social_support_sjo", parent=cm,
       group=grp, label="у зв'язку зі зміною місця проживання")
o4 = F("outcome_other", "families", 1, "у зв'язку з відмовою від послуги – 1", service="social_support_sjo", parent=cm,
       group=grp, label="у зв'язку з відмовою від послуги")
og = F("support_ongoing", "families", 16, "На кінець року супровід триває для 16 сімей", service="social_support_sjo")
# table
svc = [("informing", "1\tІнформування\t412\t506", 412, 506),
       ("counselling", "2\tКонсультування\t367\t731", 367, 731),
       ("social_support_sjo", "3\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t47\t1 128", 47, 1128),
       ("social_support_foster", "4\tСоціальне супроводження прийомних сімей та ДБСТ\t5\t214", 5, 214),
       ("crisis_intervention", "5\tКризове та екстрене втручання\t6\t19", 6, 19),
       ("mediation", "6\tПосередництво (медіація)\t8\t23", 8, 23)]
tq = "Усього\t845\t2 621"
tr = F("served", "families_persons", 845, tq, label="таблиця 1, усього")
ts = F("services_provided", "services", 2621, tq, label="таблиця 1, усього")
rr, rs = [], []
for sid, q, a, b in svc:
    rr.append(F("served", "families_persons", a, q, service=sid, parent=tr, group="table1_recipients"))
    rs.append(F("services_provided", "services", b, q, service=sid, parent=ts, group="table1_services"))
pr = F("served", "families_persons", 845, "Загалом соціальними послугами ми охопили 845 сімей/осіб")
ps = F("services_provided", "services", 2621, "і надали 2 621 послугу")
fo1 = F("served", "families", 4, "Соціальне супроводження здійснювалося для 4 прийомних сімей", service="social_support_foster",
        label="прийомні сім'ї", group="foster_5")
fo2 = F("served", "families", 1, "та 1 дитячого будинку сімейного типу", service="social_support_foster",
        label="дитячі будинки сімейного типу", group="foster_5")
foc = F("served", "children", 19, "де виховується 19 дітей", service="social_support_foster", parent=fo1)
ev = F("events", "events", 23, "Ми провели 23 групові заходи")
evp = F("event_participants", "persons", 356, "в яких узяли участь 356 осіб", parent=ev)
sp_ = F("staff_positions", "positions", 9, "Штатна чисельність Центру – 9 посад")
sa = F("staff_actual", "staff", 8, "фактично працює 8 фахівців")
stt = F("staff_trained", "staff", 7, "7 з них у 2024 році підвищили кваліфікацію", parent=sa)
cp = F("complaints", "complaints", 0, "Скарг щодо надання соціальних послуг до Центру не надходило.")

g.slip("percent_mismatch", "error", "сімей внутрішньо переміщених осіб – 9 (21,3 %)", 21.3, 19.1, [c1, ss],
       "9 of the 47 families under support is 19,1 %; 21,3 % would be 10 of 47. The other two shares (14 → 29,8 %, 11 → 23,4 %) are right.",
       f"pct_ok({'p' + c1[1:]}, {c1}, {ss}, 1)")
g.check("percent_mismatch", "сімей, де батьки зловживають алкоголем, – 14 (29,8 %)", "14/47 = 29,79 → 29,8; 11/47 = 23,40 → 23,4",
        f"pct_ok({'p' + c2[1:]}, {c2}, {ss}, 1) and pct_ok({'p' + c3[1:]}, {c3}, {ss}, 1)")
g.check("parts_sum", "Ми провели оцінку потреб 58 сімей, ще 6 повідомлень не підтвердилися",
        "58 assessed + 6 unconfirmed = 64 notified; 41 in СЖО ≤ 58", f"{na} + 6 == {nt} and {sj} <= {na}")
g.check("parts_sum", "З них 29 сімей ми взяли під супровід у 2024 році, а 18 продовжували",
        "29 + 18 = 47", f"{st_} + {so} == {ss}")
g.check("parts_sum", "Закрито 31 випадок", "22 + 6 + 2 + 1 = 31", f"{o1} + {o2} + {o3} + {o4} == {cm}")
g.check("parts_sum", "На кінець року супровід триває для 16 сімей", "47 − 31 closed = 16 still under support",
        f"{ss} - {cm} == {og}")
g.check("table_arithmetic", tq, "recipients 412 + 367 + 47 + 5 + 6 + 8 = 845; services 506 + 731 + 1 128 + 214 + 19 + 23 = 2 621",
        " and ".join([" + ".join(rr) + f" == {tr}", " + ".join(rs) + f" == {ts}"]))
g.check("internal_conflict", "Загалом соціальними послугами ми охопили 845 сімей/осіб", "prose repeats the table total: 845 and 2 621",
        f"{pr} == {tr} and {ps} == {ts}")
g.check("internal_conflict", "3\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t47\t1 128",
        "table row 47 = prose 47 families under support; foster row 5 = 4 прийомні + 1 ДБСТ",
        f"{rr[2]} == {ss} and {fo1} + {fo2} == {rr[3]}")
g.check("parts_sum", "фактично працює 8 фахівців; 7 з них", "7 ≤ 8 ≤ 9", f"{stt} <= {sa} <= {sp_}")

g.skip("45640, Волинська обл., Луцький р-н, с. Боратин, вул. Шкільна, 3; тел. (0332) 07-19-35; csss.boratyn@example.ua; код ЄДРПОУ 44217650",
       [45640, 3, 332, 71935, 44217650], "postcode, address, phone, ЄДРПОУ")
g.skip("15.01.2025 № 04-05/12", [15, 1, 2025, 4, 5, 12], "outgoing date and number")
g.skip("Звіт про роботу Центру соціальних служб за 2024 рік", [2024], "year in the title")
g.skip("Центр утворено рішенням сесії Боратинської сільської ради від 17.12.2020 № 3/12. Громада об'єднує 27 населених пунктів, у яких проживає понад 15 тисяч мешканців.",
       [17, 12, 2020, 3, 12, 27, 15000], "decision date/number, settlement count, population")
g.skip("(у 2023 році – 51)", [2023, 51], "prior-year figure")
g.skip("ще 6 повідомлень не підтвердилися", [6], "unconfirmed notifications (no §3 id); used as a literal in a check")
g.skip("1. Виявлення сімей та оцінка потреб", [1, 2, 3, 4], "section numbers")
g.skip("Таблиця 1. Соціальні послуги, надані Центром у 2024 році", [1, 2024], "table number, year")
g.skip("1\tІнформування\t412\t506", [1, 2, 3, 4, 5, 6], "row numbers of table 1")
g.skip("Дві подружні пари пройшли навчання як кандидати у прийомні батьки.", [2], "candidate foster parents trained (no §3 id), number in words")
g.skip("Сім'ям з дітьми видано 64 набори гуманітарної допомоги.", [64], "items (aid sets)")
g.skip("У 2025 році плануємо охопити послугами не менше 900 сімей/осіб та запровадити послугу денного догляду для 10 дітей з інвалідністю віком від 3 до 18 років.",
       [2025, 900, 10, 3, 18], "plan for 2025, ages")

g.note("«Під соціальним супроводом протягом року перебувало 47 сімей» → served (alt support_ongoing), social_support_sjo; the 29 taken on in 2024 and the 18 continuing from 2023 are a partition of it.")
g.note("«серед сімей під супроводом» categories (ВПО, alcohol, large families) overlap → parent_id only, no group; their percentages are the counts' percent.")
g.note("Planted slip: «сімей ВПО – 9 (21,3 %)» of 47 is 19,1 % (percent_mismatch).")
g.note("The table total (845, 2 621) and the prose total are written twice → two facts each. Table unit «сімей/осіб» → families_persons; each cell is a fact quoted by its row, hanging on the Усього cell of its column.")
g.note("The foster-care row (5) and the prose «4 прийомних сімей та 1 дитячого будинку сімейного типу» are separate facts (written twice in different form); the 19 children hang on the 4 foster families' row (the sentence gives one children figure for both).")
g.note("«41 сім'ю визнано такою, що перебуває у СЖО» → in_difficult_circumstances, with the 87 children as its own row.")
g.note("«взяли участь 356 осіб» → event_participants persons.")
g.write()
