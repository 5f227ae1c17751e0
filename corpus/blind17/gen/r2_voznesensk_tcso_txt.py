"""b17_02: ТЦСО Вознесенської міської ради (Миколаївська), information note for H1 2024, windows-1251 TXT, CRLF."""
from common import Gold, report_path, write_text

DOC = "b17_02_voznesensk_tcso_h1_2024.txt"

TEXT = """ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
(НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) ВОЗНЕСЕНСЬКОЇ МІСЬКОЇ РАДИ
Миколаївська область

Вих. № 01-12/318 від 05.07.2024

                    ІНФОРМАЦІЙНА ДОВІДКА
     про роботу територіального центру за І півріччя 2024 року

Територіальний центр діє відповідно до Положення, затвердженого рішенням
Вознесенської міської ради від 23.02.2021 № 14, і обслуговує мешканців
міста та 18 сіл громади (понад 36 тис. жителів).

1. Контингент
Станом на 01.07.2024 на обслуговуванні в територіальному центрі перебуває
684 особи, у тому числі:
   - у відділенні соціальної допомоги вдома – 412 осіб;
   - у відділенні денного догляду – 96 осіб;
   - у відділенні організації надання адресної натуральної та грошової
     допомоги – 176 осіб.
Серед підопічних відділення соціальної допомоги вдома одинокі громадяни
становлять 254 особи (61,7 %), особи з інвалідністю – 137 осіб (35,2 %).
Для порівняння: на 01.01.2024 у відділенні обслуговувалося 389 осіб.

2. Звернення та рух отримувачів
За шість місяців надійшло 74 заяви про надання соціальних послуг. Взято на
обслуговування 69 осіб, п’ятьом заявникам відмовлено (не належать до
категорій отримувачів).
Знято з обслуговування 47 осіб, з них:
   у зв’язку зі смертю                      – 29
   у зв’язку з переїздом                    – 6
   влаштовані до інтернатних закладів       – 4
   за власним бажанням                      – 8

3. Обсяг наданих послуг
Протягом І півріччя надано 58 417 соціальних послуг (за І півріччя
2023 року – 54 102), з них:
   відділенням соціальної допомоги вдома – 41 260;
   відділенням денного догляду – 9 874;
   відділенням адресної допомоги – 7 283.

4. Платні послуги
На платній основі обслуговується 38 осіб; від надання платних послуг
надійшло 141,7 тис. грн. Вартість однієї години догляду – 58,60 грн.

5. Адресна допомога
Натуральну допомогу (продуктові набори, засоби гігієни, ковдри) отримали
176 осіб на суму 212,4 тис. грн. Послугою «соціальне таксі» скористалися
43 особи, здійснено 118 поїздок (вартість 1 км – 9,50 грн).

6. Денний догляд
У відділенні працюють гуртки «Берегиня» та «Рукодільниця», група
скандинавської ходьби. Проведено 34 заходи, в яких взяли участь 742 особи.

7. Кадрове забезпечення
Штатна чисельність – 118 посад, фактично працює 109 працівників, з них
86 соціальних робітників; вакантними залишаються 9 посад. Навчання
пройшли 12 соціальних робітників.

8. Якість послуг
Проведено анкетування 120 отримувачів послуги догляду вдома. Рівень
задоволеності якістю послуги – 95 %. Надійшло 2 скарги, обидві розглянуто,
факти не підтвердилися.


Директор                                         (підпис)

Виконавець: відділ організаційної роботи, тел. (05134) 0-27-16
"""


def build():
    write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Вознесенської міської ради",
        "centre_type": "tcso", "settlement": "Вознесенськ", "oblast": "Миколаївська",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-06-30",
    })
    F = g.f
    Q = QUOTES
    tot = F("served", "persons", 684, Q["tot"], alt=["support_ongoing", "registered"])
    d1 = F("served", "persons", 412, Q["d1"], service="home_care", district="відділення соціальної допомоги вдома",
           group="contingent_684_by_department", alt=["support_ongoing", "registered"], parent=tot)
    d2 = F("served", "persons", 96, Q["d2"], service="day_care", district="відділення денного догляду",
           group="contingent_684_by_department", alt=["support_ongoing", "registered"], parent=tot)
    d3 = F("served", "persons", 176, Q["d3"],
           district="відділення організації надання адресної натуральної та грошової допомоги",
           group="contingent_684_by_department", alt=["support_ongoing", "registered"], parent=tot)
    c1 = F("served", "persons", 254, Q["c1"],
           percent=61.7, service="home_care", category="одинокі громадяни", parent=d1)
    c2 = F("served", "persons", 137, Q["c2"], percent=35.2, service="home_care", category="особи з інвалідністю",
           parent=d1)
    ap = F("applied", "applications", 74, Q["ap"])
    tk = F("served", "persons", 69, Q["tk"], label="взято на обслуговування", alt=["registered_new", "support_started"],
           parent=ap)
    dr = F("deregistered", "persons", 47, Q["dr"])
    reasons = [("r1", 29, "у зв'язку зі смертю"), ("r2", 6, "у зв'язку з переїздом"),
               ("r3", 4, "влаштовані до інтернатних закладів"), ("r4", 8, "за власним бажанням")]
    rids = [F("deregistered", "persons", v, Q[k], label=lab, group="deregistered_47_by_reason",
              alt=["outcome_other"], parent=dr) for k, v, lab in reasons]
    sv = F("services_provided", "services", 58417, Q["sv"])
    s1 = F("services_provided", "services", 41260, Q["s1"], service="home_care",
           district="відділення соціальної допомоги вдома", group="services_58417_by_department", parent=sv)
    s2 = F("services_provided", "services", 9874, Q["s2"], service="day_care", district="відділення денного догляду",
           group="services_58417_by_department", parent=sv)
    s3 = F("services_provided", "services", 7283, Q["s3"], district="відділення адресної допомоги",
           group="services_58417_by_department", parent=sv)
    F("served", "persons", 38, Q["paid"], label="на платній основі")
    F("budget_received", "uah", 141700, Q["paidm"], label="платні послуги")
    nat = F("served", "persons", 176, Q["nat"], service="natural_aid")
    F("aid_value", "uah", 212400, Q["natm"], service="natural_aid")
    F("served", "persons", 43, Q["taxi"], service="social_taxi")
    F("events", "events", 34, Q["ev"])
    F("event_participants", "persons", 742, Q["evp"])
    pos = F("staff_positions", "positions", 118, Q["pos"])
    act = F("staff_actual", "staff", 109, Q["act"])
    sw = F("staff_actual", "staff", 86, Q["sw"], label="соціальні робітники", parent=act)
    F("staff_trained", "staff", 12, Q["tr"], label="соціальні робітники")
    resp = F("survey_respondents", "recipients", 120, Q["resp"], unit_alt="persons", service="home_care")
    sat = F("satisfaction", "percent", 95, Q["sat"], service="home_care")
    F("complaints", "complaints", 2, Q["compl"])

    g.slip("percent_mismatch", "error", Q["c2"], 35.2, 33.3, [c2, d1],
           "137 of the 412 home-care clients: 137/412 = 33.25 % → 33,3 (33,2 half-even/floor), written 35,2 %. "
           "35,2 % is 137/389, the department's head-count at 01.01.2024 given in the next sentence: the author "
           "divided by the start-of-period figure. The sibling share (254 → 61,7 %) uses 412.",
           f"pct({c2}, {d1}, 35.2, 1)")
    g.check("parts_sum", Q["tot"], "412 + 96 + 176 = 684", f"{d1} + {d2} + {d3} == {tot}")
    g.check("percent_mismatch", Q["c1"], "254/412 = 61.65 % → 61,7", f"pct({c1}, {d1}, 61.7, 1)")
    g.check("parts_sum", Q["dr"], "29 + 6 + 4 + 8 = 47", f"S({', '.join(rids)}) == {dr}")
    g.check("parts_sum", Q["sv"], "41 260 + 9 874 + 7 283 = 58 417", f"{s1} + {s2} + {s3} == {sv}")
    g.check("parts_sum", Q["tk"], "69 taken on + 5 refused («п'ятьом», a word) = 74 applications", f"{tk} + 5 == {ap}")
    g.check("internal_conflict", Q["nat"], "176 natural-aid recipients = the 176 of the адресна допомога department",
            f"{nat} == {d3}")
    g.check("parts_sum", Q["act"], "109 working + 9 vacant = 118 positions; 86 social workers ≤ 109",
            f"{act} + 9 == {pos} and {sw} <= {act}")
    g.check("percent_impossible", Q["sat"], "95 % of 120 = 114 respondents: achievable", f"grim({resp}, {sat}, 0)")

    g.skip("Вих. № 01-12/318 від 05.07.2024", [1, 12, 318, 5, 7, 2024], "outgoing number and date")
    g.skip(Q["dec"], [23, 2, 2021, 14],
           "decision date and number")
    g.skip(Q["pop"], [18, 36000], "villages and population of the hromada")
    g.skip("Станом на 01.07.2024", [1, 7, 2024], "date")
    g.skip(Q["jan"], [1, 1, 2024, 389], "head-count at the start of the year (another point in time)")
    g.skip(Q["five"], [5], "refusals, written as a word; no §3 id")
    g.skip(Q["prev"], [2023, 54102], "prior-year figure")
    g.skip("Вартість однієї години догляду – 58,60 грн", [58.6], "tariff per hour")
    g.skip("здійснено 118 поїздок", [118], "trips of the social taxi; no §3 id")
    g.skip("(вартість 1 км – 9,50 грн)", [1, 9.5], "tariff per km")
    g.skip("вакантними залишаються 9 посад", [9], "vacancies; no §3 id")
    g.skip("тел. (05134) 0-27-16", [5134], "phone")
    g.skip("1. Контингент", [1, 2, 3, 4, 5, 6, 7, 8], "section numbers")
    g.note("«перебуває на обслуговуванні» at 01.07.2024 → served (alt support_ongoing, registered); the departments "
           "go to «district» with one group, as the seed gold does for ТЦСО departments")
    g.note("«одинокі» and «особи з інвалідністю» overlap (a person can be both) → parent only, no group")
    g.note("reasons for taking people off service → deregistered with the reason in label (alt outcome_other)")
    g.note("176 is written twice (department head-count and natural-aid recipients): two facts")
    g.write()


# quotes as `zvitparse read` prints them (line breaks kept, runs of spaces collapsed)
QUOTES = {
    "tot": "на обслуговуванні в територіальному центрі перебуває\n684 особи",
    "d1": "у відділенні соціальної допомоги вдома – 412 осіб",
    "d2": "у відділенні денного догляду – 96 осіб",
    "d3": "допомоги – 176 осіб",
    "c1": "одинокі громадяни\nстановлять 254 особи (61,7 %)",
    "c2": "особи з інвалідністю – 137 осіб (35,2 %)",
    "jan": "на 01.01.2024 у відділенні обслуговувалося 389 осіб",
    "ap": "За шість місяців надійшло 74 заяви про надання соціальних послуг",
    "tk": "Взято на\nобслуговування 69 осіб",
    "five": "п'ятьом заявникам відмовлено",
    "dr": "Знято з обслуговування 47 осіб",
    "r1": "у зв'язку зі смертю – 29",
    "r2": "у зв'язку з переїздом – 6",
    "r3": "влаштовані до інтернатних закладів – 4",
    "r4": "за власним бажанням – 8",
    "sv": "Протягом І півріччя надано 58 417 соціальних послуг",
    "prev": "2023 року – 54 102",
    "s1": "відділенням соціальної допомоги вдома – 41 260",
    "s2": "відділенням денного догляду – 9 874",
    "s3": "відділенням адресної допомоги – 7 283",
    "paid": "На платній основі обслуговується 38 осіб",
    "paidm": "надійшло 141,7 тис. грн",
    "nat": "176 осіб на суму 212,4 тис. грн",
    "natm": "на суму 212,4 тис. грн",
    "taxi": "43 особи, здійснено 118 поїздок",
    "ev": "Проведено 34 заходи",
    "evp": "в яких взяли участь 742 особи",
    "pos": "Штатна чисельність – 118 посад",
    "act": "фактично працює 109 працівників",
    "sw": "86 соціальних робітників",
    "tr": "пройшли 12 соціальних робітників",
    "resp": "Проведено анкетування 120 отримувачів послуги догляду вдома",
    "sat": "задоволеності якістю послуги – 95 %",
    "compl": "Надійшло 2 скарги",
    "dec": "від 23.02.2021 № 14",
    "pop": "18 сіл громади (понад 36 тис. жителів)",
}


if __name__ == "__main__":
    build()
    gold()
