"""b92_06: КУ «ЦНСП» Глеюватської сільської ради (Дніпропетровська), analytic note for Q3 2024. UTF-8 TXT (LF),
first person plural, numbered sections, a space-aligned plain-text table, dash lists.
Planted slip: percent_impossible («62,5 %» of the 45 surveyed recipients: no whole number of 45 gives 62,5 %)."""
from common import Gold, write_text, report_path

DOC = "b92_06_hleiuvatka_cnsp_q3_2024.txt"

TEXT = """Комунальна установа «Центр надання соціальних послуг» Глеюватської сільської ради
Криворізького району Дніпропетровської області
53050, с. Глеюватка, вул. Шкільна, 9, тел. (0564) 0-93-21, cnsp.hleiuvatka@example.ua

Вих. № 205 від 07.10.2024
Відділу соціального захисту населення та охорони здоров'я

АНАЛІТИЧНА ЗАПИСКА
про роботу Центру у III кварталі 2024 року (01.07.2024 – 30.09.2024)

1. ЗВЕРНЕННЯ
За липень–вересень до нас звернулася 241 особа (у III кварталі 2023 р. – 198). Вперше звернулися 63 особи, серед них 22 внутрішньо переміщені особи. Оцінку індивідуальних потреб ми провели 29 особам, усім складено індивідуальні плани.

2. ПОСЛУГИ
Кількість отримувачів і наданих послуг у III кварталі:

   Послуга                   Отримувачі    Послуг
   Інформування                  96          131
   Консультування               118          264
   Догляд вдома                  57         2915
   Соціальна адаптація           14           52
   Натуральна допомога           73           73
   Разом                        358         3435

У графі «Разом» кожного отримувача враховано стільки разів, скільки послуг він отримав.
Догляд вдома отримували 57 осіб віком 65+ та осіб з інвалідністю I групи; тариф на платний догляд – 78,20 грн за годину. Натуральну допомогу (продуктові набори від благодійного фонду) ми видали 73 особам на суму 112,4 тис. грн.

3. СОЦІАЛЬНИЙ СУПРОВІД
Під соціальним супроводом у кварталі перебували 19 сімей, у яких виховується 41 дитина. Протягом кварталу:
- взяли під супровід три сім'ї;
- завершили супровід 4 сімей, усі – з позитивним результатом;
- продовжують отримувати послугу на 01.10.2024 – 15 сімей.

4. ЗАХОДИ, ГАРЯЧА ЛІНІЯ
Провели 5 заходів клубу «Срібний вік» (майстер-класи, екскурсія до Кривого Рогу), участь взяли 87 осіб. На гарячу лінію Центру надійшло 34 дзвінки, переважно щодо гуманітарної допомоги.

5. ЯКІСТЬ
У вересні ми опитали 45 отримувачів догляду вдома. 93,3 % опитаних оцінили якість послуги як добру; 62,5 % відзначили покращення самопочуття. Надійшла одна скарга (на графік відвідувань), розглянута, підтвердилася частково.

6. КАДРИ І КОШТИ
За штатним розписом у нас 23 посади, працюють 21 особа, з них 12 соціальних робітників. Вакантні 2 посади (соціальний робітник, психолог). Від платних послуг за квартал надійшло 38,7 тис. грн, які спрямовано на придбання засобів гігієни.

На IV квартал плануємо відкрити відділення денного догляду на 15 місць і залучити ще 2 соціальних робітників.

Директор (підпис)
Виконавиця: тел. (0564) 0-93-25
"""
write_text(report_path(DOC), TEXT)

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Глеюватської сільської ради",
    "centre_type": "cnsp", "settlement": "Глеюватка", "oblast": "Дніпропетровська",
    "report_kind": "period_report", "period_start": "2024-07-01", "period_end": "2024-09-30"},
    {"centre": ["Комунальна установа «Центр надання соціальних послуг» Глеюватської сільської ради"]})
f = g.f
ap = f("applied", "persons", 241, "до нас звернулася 241 особа")
ap1 = f("applied", "persons", 63, "Вперше звернулися 63 особи", label="вперше", parent=ap)
ap2 = f("applied", "persons", 22, "серед них 22 внутрішньо переміщені особи", category="внутрішньо переміщені особи",
        parent=ap1)
na = f("needs_assessed", "persons", 29, "Оцінку індивідуальних потреб ми провели 29 особам")
TQ = "Разом\t358\t3435"
TR = f("served", "recipients", 358, TQ, label="Разом (отримувачі за послугами)", unit_alt="persons")
TS = f("services_provided", "services", 3435, TQ, label="Разом")
rows = [("informing", "Інформування", 96, 131, "Інформування\t96\t131"),
        ("counselling", "Консультування", 118, 264, "Консультування\t118\t264"),
        ("home_care", "Догляд вдома", 57, 2915, "Догляд вдома\t57\t2915"),
        ("social_adaptation", "Соціальна адаптація", 14, 52, "Соціальна адаптація\t14\t52"),
        ("natural_aid", "Натуральна допомога", 73, 73, "Натуральна допомога\t73\t73")]
R, S = [], []
for sid, name, r, s, q in rows:
    R.append(f("served", "recipients", r, q, service=sid, label=name, unit_alt="persons", group="table_recipients",
               parent=TR))
    S.append(f("services_provided", "services", s, q, service=sid, label=name, group="table_services", parent=TS))
hc = f("served", "persons", 57, "Догляд вдома отримували 57 осіб", service="home_care")
nat = f("served", "persons", 73, "ми видали 73 особам", service="natural_aid")
av = f("aid_value", "uah", 112400, "на суму 112,4 тис. грн")
su = f("served", "families", 19, "Під соціальним супроводом у кварталі перебували 19 сімей", service="social_support_sjo",
       alt=["support_ongoing"])
suc = f("served", "children", 41, "у яких виховується 41 дитина", service="social_support_sjo",
        alt=["support_ongoing"], parent=su)
st = f("support_started", "families", 3, "взяли під супровід три сім'ї", service="social_support_sjo", parent=su,
       note="number in words")
sc = f("support_completed", "families", 4, "завершили супровід 4 сімей, усі – з позитивним результатом",
       service="social_support_sjo", alt=["outcome_positive"], parent=su,
       note="«усі – з позитивним результатом»: one figure, completed and positive; one row")
og = f("support_ongoing", "families", 15, "продовжують отримувати послугу на 01.10.2024 – 15 сімей",
       service="social_support_sjo", parent=su)
ev = f("events", "events", 5, "Провели 5 заходів клубу «Срібний вік»")
ep = f("event_participants", "persons", 87, "участь взяли 87 осіб", parent=ev)
cl = f("calls", "calls", 34, "На гарячу лінію Центру надійшло 34 дзвінки")
sr = f("survey_respondents", "recipients", 45, "ми опитали 45 отримувачів догляду вдома", unit_alt="persons")
sat = f("satisfaction", "percent", 93.3, "93,3 % опитаних оцінили якість послуги як добру", alt=["share"])
imp = f("share", "percent", 62.5, "62,5 % відзначили покращення самопочуття",
        label="частка опитаних, які відзначили покращення самопочуття")
cm = f("complaints", "complaints", 1, "Надійшла одна скарга", note="number in words")
pos = f("staff_positions", "positions", 23, "За штатним розписом у нас 23 посади")
act = f("staff_actual", "staff", 21, "працюють 21 особа")
act2 = f("staff_actual", "staff", 12, "з них 12 соціальних робітників", category="соціальні робітники", parent=act)
rec = f("budget_received", "uah", 38700, "Від платних послуг за квартал надійшло 38,7 тис. грн",
        label="плата за платні соціальні послуги")

g.slip("percent_impossible", "error", "62,5 % відзначили покращення самопочуття", 62.5, "62,2 or 64,4", [imp, sr],
       "of 45 respondents no whole number gives 62,5 %: 28 of 45 = 62,2 %, 29 of 45 = 64,4 %",
       f"grim_ok({imp}, {sr}, 1)")
g.check("percent_impossible", "93,3 % опитаних оцінили якість послуги як добру", "42 of 45 = 93,33 % → 93,3",
        f"grim_ok({sat}, {sr}, 1)")
g.check("table_arithmetic", TQ, "recipients 96 + 118 + 57 + 14 + 73 = 358", " + ".join(R) + f" == {TR}")
g.check("table_arithmetic", TQ, "services 131 + 264 + 2 915 + 52 + 73 = 3 435", " + ".join(S) + f" == {TS}")
g.check("internal_conflict", "Догляд вдома отримували 57 осіб", "prose 57 and 73 equal the table rows",
        f"{hc} == {R[2]} and {nat} == {R[4]}")
g.check("parts_sum", "продовжують отримувати послугу на 01.10.2024 – 15 сімей", "19 − 4 completed = 15 continuing",
        f"{su} - {sc} == {og}")
g.check("parts_sum", "Вперше звернулися 63 особи, серед них 22", "22 ≤ 63 ≤ 241; 29 assessed ≤ 241; 3 taken ≤ 19",
        f"{ap2} <= {ap1} <= {ap} and {na} <= {ap} and {st} <= {su}")
g.check("parts_sum", "працюють 21 особа, з них 12 соціальних робітників", "12 ≤ 21 ≤ 23", f"{act2} <= {act} <= {pos}")
g.skip("53050, с. Глеюватка, вул. Шкільна, 9, тел. (0564) 0-93-21", [53050, 9, 564, 9321], "postcode, address, phone")
g.skip("Вих. № 205 від 07.10.2024", [205, 7, 10, 2024], "outgoing number and date")
g.skip("про роботу Центру у III кварталі 2024 року (01.07.2024 – 30.09.2024)", [3, 2024, 1, 7, 2024, 30, 9, 2024],
       "period")
g.skip("(у III кварталі 2023 р. – 198)", [3, 2023, 198], "prior-year figure")
g.skip("1. ЗВЕРНЕННЯ", [1, 2, 3, 4, 5, 6], "section numbers")
g.skip("осіб віком 65+ та осіб з інвалідністю I групи", [65, 1], "age, disability group")
g.skip("тариф на платний догляд – 78,20 грн за годину", [78.2], "tariff")
g.skip("на 01.10.2024", [1, 10, 2024], "date")
g.skip("екскурсія до Кривого Рогу", [], "no figure (place name)")
g.skip("Вакантні 2 посади (соціальний робітник, психолог).", [2], "vacancies: no §3 id")
g.skip("На IV квартал плануємо відкрити відділення денного догляду на 15 місць і залучити ще 2 соціальних робітників.",
       [4, 15, 2], "plan")
g.skip("Виконавиця: тел. (0564) 0-93-25", [564, 9325], "phone")
g.note("the plain-text table is space-aligned; the reader prints its rows tab-separated, so each row quote is "
       "«name<TAB>recipients<TAB>services»")
g.note("table «Отримувачі» with no kind → recipients (unit_alt persons); the text says the Разом counts a person once "
       "per service, so 358 > 241 applied is no conflict")
g.note("the prose 57 (home care) and 73 (natural aid) repeat table rows → separate facts with unit persons")
g.note("«взяли під супровід три сім'ї» and «одна скарга»: numbers in words are facts")
g.note("«завершили супровід 4 сімей, усі – з позитивним результатом» → support_completed (alt outcome_positive), one row")
g.note("survey: bare percentages of 45 respondents: 93,3 % → satisfaction (alt share), 62,5 % → share with a label")
g.write()
