"""b18_06: КУ «ЦНСП» Баранівської міської ради (Житомирська), short information on the first quarter of 2025,
UTF-8 TXT with numbered paragraphs, a survey paragraph and a budget paragraph in тис. грн.
Planted slip: percents_sum (satisfaction 71,4 + 23,8 + 7,1 = 102,3 %)."""
from common import Gold, report_path, write_text

DOC = "b18_06_baranivka_cnsp_q1_2025.txt"

TEXT = """КУ «Центр надання соціальних послуг» Баранівської міської ради
12701, Житомирська обл., м. Баранівка, вул. Звягельська, 7; тел. (04144) 0-21-58; cnsp.baranivka@example.ua

Вих. № 112/01-15 від 04.04.2025

                              Начальнику управління соціального захисту населення
                              Баранівської міської ради

КОРОТКА ІНФОРМАЦІЯ
про роботу Центру надання соціальних послуг за I квартал 2025 року

1. За I квартал 2025 року до Центру звернулося 389 осіб (у I кварталі 2024 року – 341 особа). Вперше звернулися 47 осіб, з них 19 – внутрішньо переміщені особи.

2. Соціальні послуги надано 356 особам, у тому числі:
   консультування – 204 особам;
   соціальну адаптацію – 61 особі;
   денний догляд – 18 особам;
   догляд вдома – 73 особам.
Оцінку потреб проведено 52 особам.

3. Під соціальним супроводом перебувало 12 сімей (у них 27 дітей); у звітному кварталі під супровід взято 3 сім'ї, 2 сім'ям завершено надання послуги з позитивним результатом.

4. Проведено 9 групових заходів (заняття клубу «Активне довголіття», тренінги для батьків), у яких взяли участь 134 учасники. Тривалість заняття – 45 хвилин.

5. Опитування. У березні 2025 року проведено анкетування отримувачів соціальних послуг, в якому взяли участь 126 осіб. Якістю послуг повністю задоволені 71,4 % опитаних, частково задоволені – 23,8 %, не задоволені – 7,1 %. Найвище оцінено ввічливість персоналу – 4,8 бала з 5 можливих.

6. Фінансування. Кошторисом на 2025 рік по загальному фонду затверджено 9 874,0 тис. грн, у тому числі на I квартал – 2 846,3 тис. грн. Касові видатки за I квартал склали 2 712,9 тис. грн, з них: оплата праці з нарахуваннями – 2 301,7 тис. грн, оплата комунальних послуг та енергоносіїв – 318,4 тис. грн, інші видатки – 92,8 тис. грн. Економія становить 133,4 тис. грн (4,7 % від планових призначень кварталу). До спеціального фонду надійшло 46,2 тис. грн благодійних внесків.

7. Станом на 31.03.2025 у Центрі працює 34 особи при штатній чисельності 37 посад. Скарг не надходило.


Директор Центру                                   (підпис)
"""
write_text(report_path(DOC), TEXT)

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Баранівської міської ради",
    "centre_type": "cnsp",
    "settlement": "Баранівка",
    "oblast": "Житомирська",
    "report_kind": "period_report",
    "period_start": "2025-01-01",
    "period_end": "2025-03-31",
}, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Баранівської міської ради",
               "КУ «Центр надання соціальних послуг» Баранівської міської ради"]})
f_app = g.f("applied", "persons", 389, "до Центру звернулося 389 осіб")
f_first = g.f("applied", "persons", 47, "Вперше звернулися 47 осіб", label="вперше", parent=f_app)
f_idp = g.f("applied", "persons", 19, "з них 19 – внутрішньо переміщені особи", category="внутрішньо переміщені особи",
            parent=f_first)
f_srv = g.f("served", "persons", 356, "Соціальні послуги надано 356 особам")
S = []
for q, svc, v in [("консультування – 204 особам", "counselling", 204),
                  ("соціальну адаптацію – 61 особі", "social_adaptation", 61),
                  ("денний догляд – 18 особам", "day_care", 18),
                  ("догляд вдома – 73 особам", "home_care", 73)]:
    S.append(g.f("served", "persons", v, q, service=svc, group="served_356_by_service", parent=f_srv))
f_na = g.f("needs_assessed", "persons", 52, "Оцінку потреб проведено 52 особам")
f_sup = g.f("served", "families", 12, "Під соціальним супроводом перебувало 12 сімей", service="social_support_sjo",
            alt=["support_ongoing"])
f_supch = g.f("served", "children", 27, "(у них 27 дітей)", service="social_support_sjo", alt=["support_ongoing"],
              parent=f_sup)
f_st = g.f("support_started", "families", 3, "під супровід взято 3 сім'ї", service="social_support_sjo", parent=f_sup)
f_cp = g.f("support_completed", "families", 2, "2 сім'ям завершено надання послуги з позитивним результатом",
           service="social_support_sjo", alt=["outcome_positive"], parent=f_sup,
           note="one figure for two readings (completed, with positive result); one row")
f_ev = g.f("events", "events", 9, "Проведено 9 групових заходів")
f_evp = g.f("event_participants", "persons", 134, "у яких взяли участь 134 учасники", parent=f_ev)
f_sv = g.f("survey_respondents", "persons", 126, "в якому взяли участь 126 осіб")
f_s1 = g.f("satisfaction", "percent", 71.4, "Якістю послуг повністю задоволені 71,4 % опитаних",
           label="повністю задоволені якістю послуг", alt=["share"])
f_s2 = g.f("share", "percent", 23.8, "частково задоволені – 23,8 %", label="частково задоволені якістю послуг",
           alt=["satisfaction"])
f_s3 = g.f("share", "percent", 7.1, "не задоволені – 7,1 %", label="не задоволені якістю послуг")
f_ann = g.f("budget_approved", "uah", 9874000, "Кошторисом на 2025 рік по загальному фонду затверджено 9 874,0 тис. грн",
            label="загальний фонд, кошторис на 2025 рік (річний)",
            note="the annual approval of the year the quarter belongs to; the quarter's own approval follows")
f_q = g.f("budget_approved", "uah", 2846300, "у тому числі на I квартал – 2 846,3 тис. грн",
          label="загальний фонд, на I квартал", parent=f_ann)
f_sp = g.f("budget_spent", "uah", 2712900, "Касові видатки за I квартал склали 2 712,9 тис. грн", label="загальний фонд")
b1 = g.f("budget_spent", "uah", 2301700, "оплата праці з нарахуваннями – 2 301,7 тис. грн",
         label="оплата праці з нарахуваннями", group="spent_2712_9_by_item", parent=f_sp)
b2 = g.f("budget_spent", "uah", 318400, "оплата комунальних послуг та енергоносіїв – 318,4 тис. грн",
         label="оплата комунальних послуг та енергоносіїв", group="spent_2712_9_by_item", parent=f_sp)
b3 = g.f("budget_spent", "uah", 92800, "інші видатки – 92,8 тис. грн", label="інші видатки",
         group="spent_2712_9_by_item", parent=f_sp)
f_ec = g.f("budget_savings", "uah", 133400, "Економія становить 133,4 тис. грн (4,7 %", percent=4.7,
           label="загальний фонд, I квартал")
f_rec = g.f("budget_received", "uah", 46200, "До спеціального фонду надійшло 46,2 тис. грн благодійних внесків",
            label="спеціальний фонд, благодійні внески")
f_act = g.f("staff_actual", "staff", 34, "у Центрі працює 34 особи")
f_pos = g.f("staff_positions", "positions", 37, "при штатній чисельності 37 посад")
f_cmp = g.f("complaints", "complaints", 0, "Скарг не надходило.")

g.slip("percents_sum", "error",
       "Якістю послуг повністю задоволені 71,4 % опитаних, частково задоволені – 23,8 %, не задоволені – 7,1 %.",
       102.3, 100, [f_s1, f_s2, f_s3],
       "the three answers (fully / partly / not satisfied) partition the 126 respondents but sum to 102,3 %. Each "
       "share alone is reachable with 126 (90, 30 and 9 of 126), but 90 + 30 + 9 = 129 > 126.",
       f"psum_ok([{f_s1}, {f_s2}, {f_s3}], 1)")

g.check("parts_sum", "Соціальні послуги надано 356 особам, у тому числі", "204 + 61 + 18 + 73 = 356",
        f"{' + '.join(S)} == {f_srv}")
g.check("parts_sum", "Вперше звернулися 47 осіб, з них 19", "19 ≤ 47 ≤ 389; 356 served ≤ 389 applied",
        f"{f_idp} <= {f_first} <= {f_app} and {f_srv} <= {f_app}")
g.check("parts_sum", "Під соціальним супроводом перебувало 12 сімей", "3 taken and 2 completed ≤ 12",
        f"{f_st} <= {f_sup} and {f_cp} <= {f_sup}")
g.check("percent_impossible", "Якістю послуг повністю задоволені 71,4 % опитаних",
        "each share is reachable with 126 respondents (90, 30, 9 of 126)",
        f"grim_ok({f_s1}, {f_sv}, 1) and grim_ok({f_s2}, {f_sv}, 1) and grim_ok({f_s3}, {f_sv}, 1)")
g.check("parts_sum", "Касові видатки за I квартал склали 2 712,9 тис. грн, з них",
        "2 301,7 + 318,4 + 92,8 = 2 712,9 тис. грн", f"{b1} + {b2} + {b3} == {f_sp}")
g.check("table_arithmetic", "Економія становить 133,4 тис. грн",
        "економія = затверджено − видатки: 2 846,3 − 2 712,9 = 133,4 тис. грн", f"{f_q} - {f_sp} == {f_ec}")
g.check("percent_mismatch", "Економія становить 133,4 тис. грн (4,7 %", "133,4 / 2 846,3 = 4,69 % → 4,7",
        f"pct_ok(p{f_ec[1:]}, {f_ec}, {f_q}, 1)")
g.check("parts_sum", "у тому числі на I квартал – 2 846,3 тис. грн", "quarter 2 846,3 ≤ year 9 874,0",
        f"{f_q} <= {f_ann}")
g.check("parts_sum", "у Центрі працює 34 особи", "34 ≤ 37 positions", f"{f_act} <= {f_pos}")

g.skip("12701, Житомирська обл., м. Баранівка, вул. Звягельська, 7; тел. (04144) 0-21-58", [12701, 7, 4144, 2158],
       "postcode, address, phone")
g.skip("Вих. № 112/01-15 від 04.04.2025", [112, 1, 15, 4, 4, 2025], "outgoing number and date")
g.skip("(у I кварталі 2024 року – 341 особа)", [2024, 341], "prior-year figure")
g.skip("Тривалість заняття – 45 хвилин.", [45], "duration")
g.skip("У березні 2025 року", [2025], "date of the survey")
g.skip("Найвище оцінено ввічливість персоналу – 4,8 бала з 5 можливих.", [4.8, 5], "score on a 5-point scale")
g.skip("Станом на 31.03.2025", [31, 3, 2025], "date")
g.skip("1. За I квартал 2025 року", [1, 2, 3, 4, 5, 6, 7], "paragraph numbers 1.–7.")

g.note("«у тому числі: консультування – 204 особам …» → served by service with group; the four services sum to 356")
g.note("survey: «повністю задоволені 71,4 %» → satisfaction (alt share); «частково задоволені» → share (alt "
       "satisfaction); «не задоволені» → share. They are standalone percentages (no counts written)")
g.note("budget amounts are in тис. грн, stored in hryvnias; no KEKV code is written, so no kekv; the annual approval "
       "(9 874,0) and the quarter's approval (2 846,3) are two budget_approved facts told apart by label")
g.note("«2 сім'ям завершено надання послуги з позитивним результатом» → support_completed, alt outcome_positive")
g.write()
