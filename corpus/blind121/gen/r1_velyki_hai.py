"""b121_01: ЦСС Великогаївської сільської ради, annual report 2024 (DOCX, first person plural)."""
import docx
from docx.shared import Pt
from common import Gold, report_path, save_docx

NAME = "b121_01_velyki_hai_css_annual2024.docx"

d = docx.Document()
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)
P = d.add_paragraph
P("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ВЕЛИКОГАЇВСЬКОЇ СІЛЬСЬКОЇ РАДИ ТЕРНОПІЛЬСЬКОГО РАЙОНУ ТЕРНОПІЛЬСЬКОЇ ОБЛАСТІ")
P("47722, Тернопільська обл., Тернопільський р-н, с. Великі Гаї, вул. Галицька, 21, тел. (0352) 0-43-17, "
  "e-mail: css.vgai@example.ua, код ЄДРПОУ 44123587")
P("10.01.2025 № 03-12/7")
d.add_heading("Звіт про роботу Центру соціальних служб за 2024 рік", 1)
d.add_heading("1. Загальні відомості", 2)
P("Наш Центр діє на підставі Положення, затвердженого рішенням сесії Великогаївської сільської ради від "
  "17.12.2020 № 92. Громада об'єднує 14 населених пунктів, у яких проживає близько 17,8 тис. мешканців. "
  "Штатним розписом Центру передбачено 11 посад, фактично у 2024 році працювали 9 працівників, серед "
  "них 6 фахівців із соціальної роботи.")
d.add_heading("2. Виявлення сімей і оцінка потреб", 2)
P("Упродовж звітного року до нас надійшли повідомлення про 94 сім'ї/особи, які можуть перебувати у "
  "складних життєвих обставинах (СЖО). Оцінку потреб ми провели 87 сім'ям/особам, ще 7 повідомлень не "
  "опрацьовано, оскільки сім'ї вибули за межі громади. За результатами оцінки 61 сім'я/особа визнані "
  "такими, що перебувають у СЖО (70,1 % від тих, кому проведено оцінку).")
P("Особисто, телефоном або через старост до Центру звернулося 203 особи.")
d.add_heading("3. Соціальні послуги", 2)
P("Загалом протягом року ми надали 3 826 соціальних послуг (у 2023 році – 3 412). Розподіл за видами "
  "послуг наведено в таблиці 1.")
P("Таблиця 1. Соціальні послуги, надані у 2024 році")
rows = [["№ з/п", "Соціальна послуга", "Отримувачів, сімей/осіб", "Надано послуг"],
        ["1", "Інформування", "412", "958"],
        ["2", "Консультування", "267", "1 134"],
        ["3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "38", "1 402"],
        ["4", "Соціальне супроводження прийомних сімей та ДБСТ", "4", "196"],
        ["5", "Посередництво (медіація)", "9", "21"],
        ["6", "Натуральна допомога", "115", "115"],
        ["", "Усього", "845", "3 826"]]
t = d.add_table(rows=len(rows), cols=4); t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, c in enumerate(r):
        t.cell(i, j).text = c
d.add_heading("4. Соціальний супровід", 2)
P("Під соціальним супроводом протягом року перебувало 38 сімей (у них 71 дитина). З них 27 сімей ми "
  "взяли під супровід у 2024 році, решта 11 отримували послугу ще з 2023 року.")
P("Серед сімей під супроводом: сімей внутрішньо переміщених осіб – 6 (15,8 %); сімей, де батьки "
  "ухиляються від виконання батьківських обов'язків, – 14 (36,8 %); сімей, які виховують дітей з "
  "інвалідністю, – 5 (18,4 %).")
P("Завершили надання послуги 24 сім'ям, а саме:")
d.add_paragraph("з позитивним результатом (СЖО подолано) – 17;", style="List Bullet")
d.add_paragraph("СЖО мінімізовано – 5;", style="List Bullet")
d.add_paragraph("з негативним результатом – 2 (сім'ї відмовилися від співпраці).", style="List Bullet")
P("На кінець року під супроводом залишаються 14 сімей. Середня тривалість супроводу становила 6 місяців.")
P("Крім того, ми здійснюємо соціальне супроводження 4 сімей (3 прийомні сім'ї та 1 дитячий будинок "
  "сімейного типу), у яких виховується 17 дітей.")
d.add_heading("5. Профілактична робота та натуральна допомога", 2)
P("Провели 23 групові заходи: тренінги для батьків, «батьківські кола», заходи до Дня захисту дітей і "
  "Дня сім'ї. Участь у них взяли 318 осіб, з них 146 дітей. Тривалість одного тренінгу – 2 години.")
P("За кошти благодійників 115 отримувачам видано 230 продуктових і гігієнічних наборів на загальну "
  "суму 96,6 тис. грн (вартість одного набору – 420 грн).")
d.add_heading("6. Кадри, якість, скарги", 2)
P("Протягом року 7 працівників підвищили кваліфікацію (навчання в обласному центрі соціальних служб, "
  "вебінари Національної соціальної сервісної служби).")
P("В анкетуванні отримувачів послуг взяли участь 64 особи; 59 з них повністю задоволені якістю "
  "послуг, тобто 92,2 %. Скарг на роботу Центру у 2024 році не надходило.")
d.add_heading("7. Завдання на 2025 рік", 2)
P("У 2025 році плануємо охопити соціальним супроводом не менше 40 сімей та облаштувати 2 кімнати "
  "психологічного розвантаження у старостинських округах.")
P("Директорка Центру соціальних служб                                    (підпис)")
save_docx(d, report_path(NAME), author="ЦСС Великогаївської сільської ради")

g = Gold(NAME, {"centre": "Центр соціальних служб Великогаївської сільської ради", "centre_type": "css",
                "settlement": "Великі Гаї", "oblast": "Тернопільська", "report_kind": "annual_report",
                "period_start": "2024-01-01", "period_end": "2024-12-31"},
         {"centre": ["Центр соціальних служб Великогаївської сільської ради Тернопільського району Тернопільської області"],
          "settlement": ["Великогаївська сільська громада"]})
F = g.f
pos = F("staff_positions", "positions", 11, "Штатним розписом Центру передбачено 11 посад")
act = F("staff_actual", "staff", 9, "фактично у 2024 році працювали 9 працівників")
F("staff_actual", "staff", 6, "серед них 6 фахівців із соціальної роботи", label="фахівці із соціальної роботи", parent=act)
noti = F("notified", "families_persons", 94, "до нас надійшли повідомлення про 94 сім'ї/особи")
need = F("needs_assessed", "families_persons", 87, "Оцінку потреб ми провели 87 сім'ям/особам")
sjo = F("in_difficult_circumstances", "families_persons", 61, "61 сім'я/особа визнані такими, що перебувають у СЖО (70,1 %",
        percent=70.1)
F("applied", "persons", 203, "до Центру звернулося 203 особи")
tot_prose = F("services_provided", "services", 3826, "Загалом протягом року ми надали 3 826 соціальних послуг")
tr = [("informing", "Інформування", 412, 958, "1\tІнформування\t412\t958"),
      ("counselling", "Консультування", 267, 1134, "2\tКонсультування\t267\t1 134"),
      ("social_support_sjo", "Соціальний супровід сімей (осіб), які перебувають у СЖО", 38, 1402,
       "3\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t38\t1 402"),
      ("social_support_foster", "Соціальне супроводження прийомних сімей та ДБСТ", 4, 196,
       "4\tСоціальне супроводження прийомних сімей та ДБСТ\t4\t196"),
      ("mediation", "Посередництво (медіація)", 9, 21, "5\tПосередництво (медіація)\t9\t21"),
      ("natural_aid", "Натуральна допомога", 115, 115, "6\tНатуральна допомога\t115\t115")]
TOT = "Усього\t845\t3 826"
trow = F("served", "families_persons", 845, TOT, label="Усього (таблиця 1)")
tsvc = F("services_provided", "services", 3826, TOT, label="Усього (таблиця 1)")
rs, ss = [], []
for sid, lab, r, s, q in tr:
    rs.append(F("served", "families_persons", r, q, service=sid, label=lab, group="table1_recipients", parent=trow))
    ss.append(F("services_provided", "services", s, q, service=sid, label=lab, group="table1_services", parent=tsvc))
sup = F("served", "families", 38, "Під соціальним супроводом протягом року перебувало 38 сімей", service="social_support_sjo",
        alt=["support_ongoing"])
F("served", "children", 71, "(у них 71 дитина)", service="social_support_sjo", alt=["support_ongoing"], parent=sup)
st1 = F("support_started", "families", 27, "З них 27 сімей ми взяли під супровід у 2024 році", service="social_support_sjo",
        group="support_38_by_start", parent=sup)
st2 = F("served", "families", 11, "решта 11 отримували послугу ще з 2023 року", service="social_support_sjo",
        label="отримували послугу з 2023 року", alt=["support_ongoing"], group="support_38_by_start", parent=sup)
c1 = F("served", "families", 6, "сімей внутрішньо переміщених осіб – 6 (15,8 %)", service="social_support_sjo",
       category="внутрішньо переміщені особи", percent=15.8, parent=sup)
c2 = F("served", "families", 14, "сімей, де батьки ухиляються від виконання батьківських обов'язків, – 14 (36,8 %)",
       service="social_support_sjo", category="сім'ї, де батьки ухиляються від виконання батьківських обов'язків",
       percent=36.8, parent=sup)
c3 = F("served", "families", 5, "сімей, які виховують дітей з інвалідністю, – 5 (18,4 %)", service="social_support_sjo",
       category="сім'ї, які виховують дітей з інвалідністю", percent=18.4, parent=sup)
comp = F("support_completed", "families", 24, "Завершили надання послуги 24 сім'ям", service="social_support_sjo")
o1 = F("outcome_positive", "families", 17, "з позитивним результатом (СЖО подолано) – 17", service="social_support_sjo",
       group="completed_24_by_outcome", parent=comp)
o2 = F("outcome_minimized", "families", 5, "СЖО мінімізовано – 5", service="social_support_sjo",
       group="completed_24_by_outcome", parent=comp)
o3 = F("outcome_negative", "families", 2, "з негативним результатом – 2 (сім'ї відмовилися від співпраці)",
       service="social_support_sjo", group="completed_24_by_outcome", parent=comp)
ong = F("support_ongoing", "families", 14, "На кінець року під супроводом залишаються 14 сімей", service="social_support_sjo")
fos = F("served", "families", 4, "соціальне супроводження 4 сімей", service="social_support_foster")
fo1 = F("served", "families", 3, "3 прийомні сім'ї", service="social_support_foster", label="прийомні сім'ї",
        group="foster_4_by_form", parent=fos)
fo2 = F("served", "families", 1, "1 дитячий будинок сімейного типу", service="social_support_foster",
        label="дитячі будинки сімейного типу", group="foster_4_by_form", parent=fos)
F("served", "children", 17, "у яких виховується 17 дітей", service="social_support_foster", parent=fos)
ev = F("events", "events", 23, "Провели 23 групові заходи")
evp = F("event_participants", "persons", 318, "Участь у них взяли 318 осіб", parent=ev)
evc = F("event_participants", "children", 146, "з них 146 дітей", parent=evp)
na = F("served", "recipients", 115, "115 отримувачам видано 230 продуктових і гігієнічних наборів", service="natural_aid",
       unit_alt="persons")
aid = F("aid_value", "uah", 96600, "на загальну суму 96,6 тис. грн")
F("staff_trained", "staff", 7, "7 працівників підвищили кваліфікацію")
resp = F("survey_respondents", "persons", 64, "В анкетуванні отримувачів послуг взяли участь 64 особи")
sat = F("satisfaction", "percent", 92.2, "тобто 92,2 %", label="повністю задоволені якістю послуг")
F("complaints", "complaints", 0, "Скарг на роботу Центру у 2024 році не надходило.")

g.slip("percent_mismatch", "error", "сімей, які виховують дітей з інвалідністю, – 5 (18,4 %)", 18.4, 13.2, [c3, sup],
       "5 of the 38 families under support is 13,2 %; 18,4 % is 7 of 38 (reachable, so not percent_impossible)",
       f"pct_ok(p{c3[1:]}, {c3}, {sup}, 1)")
C = g.check
C("parts_sum", "Усього\t845\t3 826", "table 1 recipients: 412+267+38+4+9+115 = 845", " + ".join(rs) + f" == {trow}")
C("table_arithmetic", "Усього\t845\t3 826", "table 1 services: 958+1134+1402+196+21+115 = 3826", " + ".join(ss) + f" == {tsvc}")
C("internal_conflict", "Загалом протягом року ми надали 3 826 соціальних послуг", "prose 3 826 = table Усього 3 826",
  f"{tot_prose} == {tsvc}")
C("internal_conflict", "Під соціальним супроводом протягом року перебувало 38 сімей",
  "38 families in prose = 38 recipients in table row 3; 4 foster families = table row 4; 115 natural aid = table row 6",
  f"{sup} == {rs[2]} and {fos} == {rs[3]} and {na} == {rs[5]}")
C("parts_sum", "З них 27 сімей ми взяли під супровід у 2024 році, решта 11", "27 + 11 = 38", f"{st1} + {st2} == {sup}")
C("percent_mismatch", "сімей внутрішньо переміщених осіб – 6 (15,8 %)", "6/38 = 15,79 → 15,8; 14/38 = 36,84 → 36,8",
  f"pct_ok(p{c1[1:]}, {c1}, {sup}, 1) and pct_ok(p{c2[1:]}, {c2}, {sup}, 1)")
C("parts_sum", "Завершили надання послуги 24 сім'ям, а саме:", "17 + 5 + 2 = 24", f"{o1} + {o2} + {o3} == {comp}")
C("parts_sum", "На кінець року під супроводом залишаються 14 сімей", "completed 24 + remaining 14 = 38 under support",
  f"{comp} + {ong} == {sup}")
C("parts_sum", "3 прийомні сім'ї та 1 дитячий будинок", "3 + 1 = 4", f"{fo1} + {fo2} == {fos}")
C("percent_mismatch", "61 сім'я/особа визнані такими, що перебувають у СЖО (70,1 %",
  "61/87 = 70,11 → 70,1 (the text names the base: those assessed)", f"pct_ok(p{sjo[1:]}, {sjo}, {need}, 1)")
C("parts_sum", "ще 7 повідомлень не опрацьовано", "assessed 87 + not processed 7 = 94 notified (7 is a skipped literal)",
  f"{need} + 7 == {noti}")
C("percent_mismatch", "59 з них повністю задоволені якістю послуг, тобто 92,2 %", "59/64 = 92,19 → 92,2 (59 is skipped, used as a literal)",
  f"pct_ok({sat}, 59, {resp}, 1)")
C("parts_sum", "фактично у 2024 році працювали 9 працівників", "6 ≤ 9 ≤ 11 positions", f"{act} <= {pos}")
C("parts_sum", "Участь у них взяли 318 осіб, з них 146 дітей", "146 ≤ 318", f"{evc} <= {evp}")
S = g.skip
S("47722, Тернопільська обл., Тернопільський р-н, с. Великі Гаї, вул. Галицька, 21, тел. (0352) 0-43-17",
  [47722, 21, 352, 4317], "postcode, address, phone")
S("код ЄДРПОУ 44123587", [44123587], "ЄДРПОУ")
S("10.01.2025 № 03-12/7", [10, 1, 2025, 3, 12, 7], "outgoing date and number")
S("Звіт про роботу Центру соціальних служб за 2024 рік", [2024], "year in the title")
S("рішенням сесії Великогаївської сільської ради від 17.12.2020 № 92", [17, 12, 2020, 92], "decision date and number")
S("Громада об'єднує 14 населених пунктів, у яких проживає близько 17,8 тис. мешканців", [14, 17800],
  "settlements and population")
S("ще 7 повідомлень не опрацьовано", [7], "notifications not processed (families left the hromada); no §3 id; used as a literal in a check")
S("(у 2023 році – 3 412)", [2023, 3412], "prior-year figure")
S("1. Загальні відомості", [1, 2, 3, 4, 5, 6, 7], "section numbers 1.–7.")
S("Таблиця 1. Соціальні послуги, надані у 2024 році", [1, 2024], "table number, year")
S("1\tІнформування", [1, 2, 3, 4, 5, 6], "table row numbers")
S("Середня тривалість супроводу становила 6 місяців.", [6], "duration")
S("Тривалість одного тренінгу – 2 години.", [2], "duration")
S("230 продуктових і гігієнічних наборів", [230], "items (sets), not persons")
S("(вартість одного набору – 420 грн)", [420], "price of one set")
S("59 з них повністю задоволені якістю послуг", [59], "count of fully satisfied respondents; no §3 count id (the 92,2 % is the satisfaction fact); used as a literal")
S("У 2025 році плануємо охопити соціальним супроводом не менше 40 сімей та облаштувати 2 кімнати", [2025, 40, 2], "plan for 2025")
g.note("table 1: every cell is a fact quoted by its row; rows hang on the Усього cell of their column (groups table1_recipients / table1_services). Unit families_persons from the column head «сімей/осіб»")
g.note("the 3 826 services are written twice (prose and table Усього): two facts")
g.note("the 38 families under support (section 4) repeat table row 3, the 4 foster families repeat row 4 and the 115 natural-aid recipients repeat row 6: separate facts (prose vs table), as in blind18")
g.note("«серед сімей під супроводом» categories overlap (a family can be both IDP and raise a disabled child): parent_id only, no group")
g.note("«решта 11 отримували послугу ще з 2023 року» → served with a label, alt support_ongoing (blind18 convention); «взяли під супровід у 2024 році» → support_started")
g.note("«115 отримувачам» natural aid → unit recipients (unit_alt persons); 230 sets are items (skipped)")
g.note("«9 працівників, серед них 6 фахівців» → staff_actual 6 with label and parent")
g.note("meta_alt: the centre's long name with district and oblast; settlement as the hromada name")
g.write()
