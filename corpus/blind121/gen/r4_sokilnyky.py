"""b121_04: КУ «ЦНСП» Сокільницької сільської ради, analytic note for H1 2025 (UTF-8 TXT, impersonal,
a pipe table)."""
from common import Gold, report_path, write_text

NAME = "b121_04_sokilnyky_cnsp_h1_2025.txt"
TEXT = """\
КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» СОКІЛЬНИЦЬКОЇ СІЛЬСЬКОЇ РАДИ
81130, Львівська обл., Львівський р-н, с. Сокільники, вул. Стрийська, 9
тел. (032) 0-22-47-11, e-mail: cnsp.sokilnyky@example.ua, ЄДРПОУ 43871206

АНАЛІТИЧНА ДОВІДКА
щодо діяльності КУ «ЦНСП» за І півріччя 2025 року

1. Охоплення послугами

У січні – червні 2025 р. соціальні послуги отримали 1 146 осіб, що на 9 % більше, ніж за аналогічний
період минулого року. Серед отримувачів внутрішньо переміщених осіб – 318 (27,7 %).

Розподіл отримувачів і наданих послуг за видами:

Послуга                  | Отримувачів | Надано послуг
-------------------------+-------------+--------------
Консультування           |         612 |         1 487
Догляд вдома             |          94 |         6 210
Денний догляд            |          38 |         2 044
Соціальна адаптація      |          57 |           410
Натуральна допомога      |         345 |           345
Разом                    |       1 146 |        10 496

Станом на 30.06.2025 у черзі на отримання послуги догляду вдома перебуває 5 осіб.

2. Робота з сім'ями у СЖО

Оцінку потреб проведено 76 сім'ям/особам. Соціальний супровід надавався 29 сім'ям, у яких
виховується 52 дитини. Кризове та екстрене втручання здійснено у 7 випадках (у середньому
протягом 2 годин з моменту звернення). Мобільна бригада здійснила 38 виїздів до 6 старостинських
округів.

Для внутрішньо переміщених осіб проведено 12 групових занять (арт-терапія, групи взаємопідтримки),
охоплено 146 осіб.

3. Моніторинг якості

У травні 2025 р. в опитуванні взяли участь 84 отримувачі. Якість послуг оцінили як «відмінно»
58,3 % опитаних, «добре» – 35,7 %, «задовільно» – 8,3 %. Надійшла одна скарга (щодо графіка
відвідування соціального робітника), яку розглянуто та задоволено.

4. Кадри

Штатна чисельність установи – 32 посади, фактично зайнято 29. Підвищили кваліфікацію
4 працівники.

5. Фінансування

Кошторисом на 2025 рік по загальному фонду затверджено 8 412,6 тис. грн. Касові видатки за
півріччя становлять 3 987,4 тис. грн, у тому числі:
заробітна плата з нарахуваннями – 3 402,1 тис. грн;
оплата комунальних послуг та енергоносіїв – 311,8 тис. грн;
інші видатки – 273,5 тис. грн.
Від надання платних соціальних послуг до спеціального фонду надійшло 41,7 тис. грн.

Довідку складено відповідно до наказу від 02.07.2025 № 41-од.
07.07.2025
"""
write_text(report_path(NAME), TEXT)
import re
T = lambda row: re.sub(r"\s*\|\s*", "\t", row)   # the reader prints the pipe table tab-separated

g = Gold(NAME, {"centre": "Центр надання соціальних послуг Сокільницької сільської ради", "centre_type": "cnsp",
                "settlement": "Сокільники", "oblast": "Львівська", "report_kind": "period_report",
                "period_start": "2025-01-01", "period_end": "2025-06-30"},
         {"centre": ["Комунальна установа «Центр надання соціальних послуг» Сокільницької сільської ради",
                     "КУ «Центр надання соціальних послуг» Сокільницької сільської ради"],
          "settlement": ["Сокільницька сільська громада"]})
F = g.f
srv = F("served", "persons", 1146, "соціальні послуги отримали 1 146 осіб")
idp = F("served", "persons", 318, "внутрішньо переміщених осіб – 318 (27,7 %)", category="внутрішньо переміщені особи",
        percent=27.7, parent=srv)
rows = [("counselling", "Консультування", 612, 1487, "Консультування           |         612 |         1 487"),
        ("home_care", "Догляд вдома", 94, 6210, "Догляд вдома             |          94 |         6 210"),
        ("day_care", "Денний догляд", 38, 2044, "Денний догляд            |          38 |         2 044"),
        ("social_adaptation", "Соціальна адаптація", 57, 410, "Соціальна адаптація      |          57 |           410"),
        ("natural_aid", "Натуральна допомога", 345, 345, "Натуральна допомога      |         345 |           345")]
TOT = T("Разом                    |       1 146 |        10 496")
tr = F("served", "persons", 1146, TOT, label="Разом (таблиця)", unit_alt="recipients")
ts = F("services_provided", "services", 10496, TOT, label="Разом (таблиця)")
rr, ss = [], []
for sid, lab, r, s, q in [(a, b, c, d_, T(e)) for a, b, c, d_, e in rows]:
    rr.append(F("served", "persons", r, q, service=sid, label=lab, group="table_recipients", parent=tr, unit_alt="recipients"))
    ss.append(F("services_provided", "services", s, q, service=sid, label=lab, group="table_services", parent=ts))
F("needs_assessed", "families_persons", 76, "Оцінку потреб проведено 76 сім'ям/особам")
sup = F("served", "families", 29, "Соціальний супровід надавався 29 сім'ям", service="social_support_sjo", alt=["support_ongoing"])
F("served", "children", 52, "виховується 52 дитини", service="social_support_sjo", alt=["support_ongoing"], parent=sup)
F("services_provided", "services", 7, "Кризове та екстрене втручання здійснено у 7 випадках", service="crisis_intervention",
  alt=["served"], note="«у 7 випадках»: cases of intervention, read as acts of the service")
ev = F("events", "events", 12, "проведено 12 групових занять")
F("event_participants", "persons", 146, "охоплено 146 осіб", parent=ev)
resp = F("survey_respondents", "recipients", 84, "в опитуванні взяли участь 84 отримувачі", unit_alt="persons")
s1 = F("share", "percent", 58.3, "«відмінно»\n58,3 % опитаних", label="оцінили якість послуг як «відмінно»", alt=["satisfaction"])
s2 = F("share", "percent", 35.7, "«добре» – 35,7 %", label="оцінили якість послуг як «добре»", alt=["satisfaction"])
s3 = F("share", "percent", 8.3, "«задовільно» – 8,3 %", label="оцінили якість послуг як «задовільно»")
F("complaints", "complaints", 1, "Надійшла одна скарга", note="number in words")
pos = F("staff_positions", "positions", 32, "Штатна чисельність установи – 32 посади")
act = F("staff_actual", "staff", 29, "фактично зайнято 29")
trn = F("staff_trained", "staff", 4, "Підвищили кваліфікацію\n4 працівники")
F("budget_approved", "uah", 8412600, "Кошторисом на 2025 рік по загальному фонду затверджено 8 412,6 тис. грн",
  label="загальний фонд, кошторис на 2025 рік (річний)")
sp = F("budget_spent", "uah", 3987400, "Касові видатки за\nпівріччя становлять 3 987,4 тис. грн", label="загальний фонд")
b1 = F("budget_spent", "uah", 3402100, "заробітна плата з нарахуваннями – 3 402,1 тис. грн", label="заробітна плата з нарахуваннями",
       group="spent_by_item", parent=sp)
b2 = F("budget_spent", "uah", 311800, "оплата комунальних послуг та енергоносіїв – 311,8 тис. грн",
       label="оплата комунальних послуг та енергоносіїв", group="spent_by_item", parent=sp)
b3 = F("budget_spent", "uah", 273500, "інші видатки – 273,5 тис. грн", label="інші видатки", group="spent_by_item", parent=sp)
F("budget_received", "uah", 41700, "до спеціального фонду надійшло 41,7 тис. грн", label="спеціальний фонд, платні послуги")

g.slip("percents_sum", "error", "«відмінно»\n58,3 % опитаних, «добре» – 35,7 %, «задовільно» – 8,3 %", 102.3, 100, [s1, s2, s3],
       "the three answers partition the 84 respondents but sum to 102,3 %. Each share alone is reachable with 84 (49, 30, 7), but 49 + 30 + 7 = 86 > 84",
       f"psum_ok([{s1}, {s2}, {s3}], 1)")
C = g.check
C("table_arithmetic", TOT, "recipients 612 + 94 + 38 + 57 + 345 = 1 146", " + ".join(rr) + f" == {tr}")
C("table_arithmetic", TOT, "services 1 487 + 6 210 + 2 044 + 410 + 345 = 10 496", " + ".join(ss) + f" == {ts}")
C("internal_conflict", "соціальні послуги отримали 1 146 осіб", "prose 1 146 = table Разом 1 146", f"{srv} == {tr}")
C("percent_mismatch", "внутрішньо переміщених осіб – 318 (27,7 %)", "318/1146 = 27,75 → 27,7 (floor) / 27,7 (half-up of 27,748)",
  f"pct_ok(p{idp[1:]}, {idp}, {srv}, 1)")
C("percent_impossible", "в опитуванні взяли участь 84 отримувачі", "each share is reachable with 84 respondents (49, 30, 7 of 84)",
  f"grim_ok({s1}, {resp}, 1) and grim_ok({s2}, {resp}, 1) and grim_ok({s3}, {resp}, 1)")
C("parts_sum", "Касові видатки за\nпівріччя становлять 3 987,4 тис. грн, у тому числі:", "3 402,1 + 311,8 + 273,5 = 3 987,4 тис. грн",
  f"{b1} + {b2} + {b3} == {sp}")
C("parts_sum", "Штатна чисельність установи – 32 посади, фактично зайнято 29", "4 trained ≤ 29 ≤ 32", f"{trn} <= {act} <= {pos}")
S = g.skip
S("81130, Львівська обл., Львівський р-н, с. Сокільники, вул. Стрийська, 9", [81130, 9], "postcode, address")
S("тел. (032) 0-22-47-11", [32, 224711], "phone")
S("ЄДРПОУ 43871206", [43871206], "ЄДРПОУ")
S("щодо діяльності КУ «ЦНСП» за І півріччя 2025 року", [2025], "period in the title")
S("що на 9 % більше, ніж за аналогічний", [9], "growth rate over H1 2024; no §3 id")
S("Станом на 30.06.2025 у черзі на отримання послуги догляду вдома перебуває 5 осіб.", [30, 6, 2025, 5], "date; waiting list, no §3 id")
S("протягом 2 годин з моменту звернення", [2], "duration")
S("Мобільна бригада здійснила 38 виїздів до 6 старостинських", [38, 6], "trips and number of starosta districts; no §3 id")
S("У травні 2025 р.", [2025], "survey month")
S("1. Охоплення послугами", [1, 2, 3, 4, 5], "section numbers")
S("Довідку складено відповідно до наказу від 02.07.2025 № 41-од.", [2, 7, 2025, 41], "order date and number")
S("07.07.2025", [7, 7, 2025], "compile date")
g.note("the pipe table is annotated cell by cell, quoted by its row as printed; rows hang on the Разом cells. The column «Отримувачів» of a ЦНСП serving individuals: unit persons (unit_alt recipients), consistent with the prose «1 146 осіб»")
g.note("1 146 is written twice (prose and table Разом): two facts")
g.note("survey answers «відмінно / добре / задовільно» are standalone percentages → share with labels (alt satisfaction for the two positive answers)")
g.note("«Кризове та екстрене втручання здійснено у 7 випадках» → services_provided with service crisis_intervention (alt served)")
g.note("«Надійшла одна скарга» → complaints 1 (a number written in words that is the figure itself)")
g.note("the annual approval 8 412,6 is a budget_approved fact labelled as annual (b18_06 convention); the half-year spending is not compared with it")
g.write()
