"""b101_06: ЦСС Ліплявської сільської ради (Черкаська), report for Q3 2022. UTF-8 TXT (LF), first person plural,
numbered sections, dash list of services.
Planted slip: internal_conflict (7 families taken under support in section 3, «6 сімей» in the summary)."""
from common import Gold, write_text, report_path

DOC = "b101_06_lipliave_css_q3_2022.txt"

TEXT = """\
ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ЛІПЛЯВСЬКОЇ СІЛЬСЬКОЇ РАДИ
Золотоніського району Черкаської області
19023, с. Ліпляве, вул. Миру, 12, тел. (04737) 061-18-40, css.lipliave@example.ua

Звіт про роботу центру у III кварталі 2022 року

1. Звернення та виявлення

У III кварталі 2022 року до нашого центру звернулися 143 особи, з них 58 – внутрішньо переміщені особи (40,6 %). Станом на 30.09.2022 у громаді зареєстровано 612 внутрішньо переміщених осіб, майже кожна третя з них – дитина.

Протягом кварталу ми отримали повідомлення про 9 сімей, які можуть перебувати у складних життєвих обставинах, від закладів освіти, старост і поліції. Оцінку потреб ми провели всім 9 сім'ям; складні життєві обставини виявили у 6 з них (16 дітей).

2. Соціальні послуги

Соціальні послуги в кварталі отримали 267 отримувачів:
– інформування – 121;
– консультування – 98;
– соціальний супровід сімей (осіб) у СЖО – 19;
– соціальне супроводження прийомної сім'ї – 1;
– натуральна допомога – 28.

3. Соціальний супровід

Під нашим соціальним супроводом у кварталі перебувало 19 сімей, у яких виховується 37 дітей. Під супровід ми взяли 7 сімей. Завершили супровід 5 сімей: з них 4 – з позитивним результатом, 1 – у зв'язку з переїздом до іншої громади. Середня тривалість супроводу у нас – від 3 до 6 місяців.

Соціальне супроводження надаємо 1 прийомній сім'ї, в якій виховується 3 дитини (прийомна сім'я створена у 2019 році).

4. Гуманітарна допомога та групова робота

28 отримувачам передали натуральну допомогу (гігієнічні набори, дитячий одяг, ковдри) на суму 36,9 тис. грн від благодійних організацій; всього роздано 54 набори.

Для внутрішньо переміщених осіб провели 5 групових заходів (адаптація, психологічна підтримка, заняття для дітей), участь взяли 74 особи. На мобільний телефон центру надійшов 61 дзвінок.

5. Кадри

Штат центру – 5 посад, фактично працюють 4 фахівці; один фахівець з вересня мобілізований до лав ЗСУ. Скарг на нашу роботу не надходило.

6. Підсумки

За III квартал ми взяли під соціальний супровід 6 сімей, надали послуги 267 отримувачам і провели 5 групових заходів. У IV кварталі плануємо підготувати 2 кандидатів у прийомні батьки.

Директор центру (підпис)
07.10.2022
"""

path = report_path(DOC)
write_text(path, TEXT)

g = Gold(DOC, {
    "centre": "Центр соціальних служб Ліплявської сільської ради",
    "centre_type": "css",
    "settlement": "Ліпляве",
    "oblast": "Черкаська",
    "report_kind": "period_report",
    "period_start": "2022-07-01",
    "period_end": "2022-09-30",
})
g.meta_alt = {"settlement": ["Ліплявська сільська громада"]}

f_app = g.f("applied", "persons", 143, "до нашого центру звернулися 143 особи")
f_appi = g.f("applied", "persons", 58, "з них 58 – внутрішньо переміщені особи (40,6 %)", percent=40.6,
             category="внутрішньо переміщені особи", parent=f_app)
f_not = g.f("notified", "families", 9, "ми отримали повідомлення про 9 сімей")
f_na = g.f("needs_assessed", "families", 9, "Оцінку потреб ми провели всім 9 сім'ям")
f_sj = g.f("in_difficult_circumstances", "families", 6, "складні життєві обставини виявили у 6 з них",
           parent=f_na)
f_sjc = g.f("in_difficult_circumstances", "children", 16, "(16 дітей)", parent=f_sj)
f_all = g.f("served", "recipients", 267, "Соціальні послуги в кварталі отримали 267 отримувачів",
            unit_alt="persons")
L = [("– інформування – 121;", 121, "informing"), ("– консультування – 98;", 98, "counselling"),
     ("– соціальний супровід сімей (осіб) у СЖО – 19;", 19, "social_support_sjo"),
     ("– соціальне супроводження прийомної сім'ї – 1;", 1, "social_support_foster"),
     ("– натуральна допомога – 28.", 28, "natural_aid")]
parts = [g.f("served", "recipients", v, q, service=s, unit_alt="persons", group="served267_by_service",
             parent=f_all) for q, v, s in L]
f_ss = g.f("served", "families", 19, "Під нашим соціальним супроводом у кварталі перебувало 19 сімей",
           service="social_support_sjo", alt=["support_ongoing"])
f_ssc = g.f("served", "children", 37, "у яких виховується 37 дітей", service="social_support_sjo",
            alt=["support_ongoing"], parent=f_ss)
f_st = g.f("support_started", "families", 7, "Під супровід ми взяли 7 сімей.", service="social_support_sjo",
           parent=f_ss)
f_comp = g.f("support_completed", "families", 5, "Завершили супровід 5 сімей", service="social_support_sjo",
             parent=f_ss)
f_pos = g.f("outcome_positive", "families", 4, "з них 4 – з позитивним результатом",
            group="completed5_by_outcome", parent=f_comp)
f_oth = g.f("outcome_other", "families", 1, "1 – у зв'язку з переїздом до іншої громади",
            label="переїзд до іншої громади", group="completed5_by_outcome", parent=f_comp)
f_fos = g.f("served", "families", 1, "Соціальне супроводження надаємо 1 прийомній сім'ї",
            service="social_support_foster", alt=["support_ongoing"])
f_fosc = g.f("served", "children", 3, "в якій виховується 3 дитини", service="social_support_foster",
             alt=["support_ongoing"], parent=f_fos)
f_nat = g.f("served", "recipients", 28, "28 отримувачам передали натуральну допомогу", service="natural_aid",
            unit_alt="persons", note="repeats the list item")
f_aid = g.f("aid_value", "uah", 36900, "на суму 36,9 тис. грн", service="natural_aid")
f_ev = g.f("events", "events", 5, "провели 5 групових заходів")
f_evp = g.f("event_participants", "persons", 74, "участь взяли 74 особи", parent=f_ev)
f_calls = g.f("calls", "calls", 61, "надійшов 61 дзвінок")
f_sp = g.f("staff_positions", "positions", 5, "Штат центру – 5 посад")
f_sa = g.f("staff_actual", "staff", 4, "фактично працюють 4 фахівці")
f_cmp = g.f("complaints", "complaints", 0, "Скарг на нашу роботу не надходило.")
f_st2 = g.f("support_started", "families", 6, "ми взяли під соціальний супровід 6 сімей",
            service="social_support_sjo", label="підсумки кварталу",
            note="the summary repeats section 3 with a different value (planted slip)")
f_all2 = g.f("served", "recipients", 267, "надали послуги 267 отримувачам", unit_alt="persons",
             label="підсумки кварталу")
f_ev2 = g.f("events", "events", 5, "провели 5 групових заходів.", label="підсумки кварталу")

g.check("percent_mismatch", "з них 58 – внутрішньо переміщені особи (40,6 %)", "58 / 143 = 40,56 % → 40,6",
        f"pct_ok(p{f_appi[1:]}, {f_appi}, {f_app}, 1)")
g.check("parts_sum", "Соціальні послуги в кварталі отримали 267 отримувачів",
        "121 + 98 + 19 + 1 + 28 = 267", f"{' + '.join(parts)} == {f_all}")
g.check("parts_sum", "Завершили супровід 5 сімей", "4 + 1 = 5", f"{f_pos} + {f_oth} == {f_comp}")
g.check("parts_sum", "Оцінку потреб ми провели всім 9 сім'ям", "9 assessed = 9 notified; 6 with СЖО ≤ 9",
        f"{f_na} == {f_not} and {f_sj} <= {f_na}")
g.check("internal_conflict", "Під нашим соціальним супроводом у кварталі перебувало 19 сімей",
        "19 families in support = the list item 19; 1 foster family = list item 1; 28 natural aid = list item 28",
        f"{f_ss} == {parts[2]} and {f_fos} == {parts[3]} and {f_nat} == {parts[4]}")
g.check("internal_conflict", "надали послуги 267 отримувачам",
        "summary 267 and 5 events repeat sections 2 and 4", f"{f_all2} == {f_all} and {f_ev2} == {f_ev}")
g.check("parts_sum", "Штат центру – 5 посад", "4 ≤ 5", f"{f_sa} <= {f_sp}")
g.slip("internal_conflict", "error", "ми взяли під соціальний супровід 6 сімей", 6, 7, [f_st, f_st2],
       "section 3 says 7 families were taken under social support in the quarter, the summary says 6",
       f"{f_st2} == {f_st}")

g.skip("19023, с. Ліпляве, вул. Миру, 12, тел. (04737) 061-18-40", [19023, 12, 4737, 611840],
       "postcode, address, phone (invalid 0 after the area code)")
g.skip("Звіт про роботу центру у III кварталі 2022 року", ["III", 2022], "period in the title")
g.skip("У III кварталі 2022 року до нашого центру", ["III", 2022], "period")
g.skip("Станом на 30.09.2022 у громаді зареєстровано 612 внутрішньо переміщених осіб", [30, 9, 2022, 612],
       "date; IDPs registered in the hromada (population figure, not the centre's)")
g.skip("майже кожна третя з них – дитина", [3], "«кожна третя»: a proportion in words, not a figure")
g.skip("Середня тривалість супроводу у нас – від 3 до 6 місяців.", [3, 6], "duration")
g.skip("(прийомна сім'я створена у 2019 році)", [2019], "year")
g.skip("всього роздано 54 набори", [54], "items (sets), not a §3 unit")
g.skip("один фахівець з вересня мобілізований до лав ЗСУ", [1], "mobilised staff member: no §3 id")
g.skip("За III квартал ми взяли", ["III"], "period")
g.skip("У IV кварталі плануємо підготувати 2 кандидатів у прийомні батьки.", ["IV", 2], "plan for the next quarter")
g.skip("07.10.2022", [7, 10, 2022], "signature date")
g.skip("1. Звернення та виявлення", [1, 2, 3, 4, 5, 6], "section numbers")

g.note("period: «у III кварталі 2022 року» = 2022-07-01..2022-09-30")
g.note("«267 отримувачів» and the list items carry no kind → unit recipients (unit_alt persons); the 19 families "
       "under support, the foster family and the 28 natural-aid recipients are also written in prose: two facts each")
g.note("«складні життєві обставини виявили у 6 з них (16 дітей)» → in_difficult_circumstances 6 families, 16 children")
g.note("section 6 «Підсумки» repeats figures of the quarter: facts with label «підсумки кварталу»; its 6 families "
       "taken under support contradict the 7 of section 3 (the planted internal_conflict)")
g.write()
