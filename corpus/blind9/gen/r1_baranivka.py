"""blind9 #1 — ЦНСП Баранівської міської ради (Житомирська), annual 2024, quarterly table. TXT (UTF-8)."""
from common import F, write_gold, CORPUS
import os

DOC = "b9_01_baranivka_cnsp_kvartaly.txt"
rows = [  # service id, label, q1..q4, written year total
    ("home_care", "Догляд вдома", ["4 812", "4 905", "4 760", "4 998"], "19 475"),
    ("natural_aid", "Натуральна допомога", ["226", "198", "241", "305"], "970"),
    ("counselling", "Консультування", ["412", "388", "356", "431"], "1 587"),
    ("social_support_sjo", "Соціальний супровід сімей (осіб), які перебувають у СЖО", ["64", "71", "69", "75"], "279"),
    ("day_care", "Денний догляд", ["118", "124", "97", "131"], "480"),
]
total = ("Всього послуг", ["5 632", "5 686", "5 523", "5 940"], "22 781")

def line(label, qs, y):
    return "\t".join([label] + qs + [y])

table = "\n".join(["№ з/п\tНайменування соціальної послуги\tI кв.\tII кв.\tIII кв.\tIV кв.\tРазом за рік"] +
                  ["%d.\t%s" % (i + 1, line(r[1], r[2], r[3])) for i, r in enumerate(rows)] +
                  ["\t" + line(total[0], total[1], total[2])])

TEXT = f"""Головна / Соціальний захист / Центр надання соціальних послуг

Звіт про роботу комунальної установи «Центр надання соціальних послуг» Баранівської міської ради Звягельського району Житомирської області за 2024 рік

Опубліковано: 14.01.2025 | Переглядів: 212

Комунальна установа «Центр надання соціальних послуг» Баранівської міської ради (далі – Центр) утворена рішенням міської ради від 23.12.2020 № 112 і розташована за адресою: м. Баранівка, вул. Звягельська, 35, тел. (04144) 2-16-57. Чисельність населення громади станом на 01.01.2024 становить 21 480 осіб, з них 6 312 осіб пенсійного віку.

Штатним розписом на 2024 рік передбачено 38,5 штатних одиниць, фактично працює 36 працівників, з них 27 соціальних робітників. Протягом року 9 працівників пройшли навчання з підвищення кваліфікації (курси тривалістю 40 годин в Житомирському обласному центрі соціальних служб).

Протягом 2024 року до Центру звернулося 1 274 особи, з них 412 внутрішньо переміщених осіб (31,3 %). Оцінку індивідуальних потреб проведено 318 особам/сім'ям.

Кількість наданих соціальних послуг за кварталами 2024 року

{table}

Послугою догляду вдома протягом року охоплено 214 осіб, з них 139 осіб похилого віку та 75 осіб з інвалідністю. Середній вік отримувачів послуги – 79 років, найстаршій отримувачці виповнилося 97 років.

Натуральну допомогу (продуктові набори, засоби гігієни, теплі ковдри) отримали 388 осіб на загальну суму 412,6 тис. грн.

Послугу денного догляду у відділенні денного перебування отримували 22 особи з інвалідністю; відділення працює з понеділка по п'ятницю з 8.00 до 17.00.

Під соціальним супроводом перебувало 46 сімей (в них 91 дитина). Взято під соціальний супровід 19 сімей, завершено супровід 17 сімей, з них з позитивним результатом – 14 сімей, 3 сім'ї вибули за межі громади.

Скарг на якість надання соціальних послуг протягом звітного року не надходило.

Для порівняння: у 2023 році Центром було надано 21 904 послуги, отже обсяг послуг зріс на 4,0 %. У 2025 році планується відкрити відділення соціальної адаптації на 15 місць та збільшити кількість отримувачів догляду вдома до 240 осіб.

Директор Центру Світлана КОВАЛЬЧУК

Поділитися: Facebook | Viber | Telegram
© 2025 Баранівська міська рада. Усі права захищено.
"""

def main():
    with open(os.path.join(CORPUS, DOC), "w", encoding="utf-8") as fh:
        fh.write(TEXT)
    facts = []
    facts += [
        F("staff_positions", "positions", 38.5, "передбачено 38,5 штатних одиниць"),
        F("staff_actual", "staff", 36, "фактично працює 36 працівників", tag="staff"),
        F("staff_actual", "staff", 27, "з них 27 соціальних робітників", label="соціальні робітники", parent_id="staff"),
        F("staff_trained", "staff", 9, "Протягом року 9 працівників пройшли навчання з підвищення кваліфікації"),
        F("applied", "persons", 1274, "до Центру звернулося 1 274 особи", tag="app"),
        F("applied", "persons", 412, "з них 412 внутрішньо переміщених осіб (31,3 %)", percent=31.3,
          category="внутрішньо переміщені особи", parent_id="app", tag="vpo"),
        F("needs_assessed", "families_persons", 318, "Оцінку індивідуальних потреб проведено 318 особам/сім'ям"),
    ]
    for i, (svc, label, qs, y) in enumerate(rows):
        q = "%d.\t%s" % (i + 1, line(label, qs, y))
        ytag = "y_" + svc
        facts.append(F("services_provided", "services", int(y.replace(" ", "")), q, service=svc,
                       label=label + ", разом за рік", group="services_2024_by_service", parent_id="y_total", tag=ytag))
        for qn, v in zip(["I кв.", "II кв.", "III кв.", "IV кв."], qs):
            facts.append(F("services_provided", "services", int(v.replace(" ", "")), q, service=svc,
                           label=label + ", " + qn, group="quarters_" + svc, parent_id=ytag))
    tq = "\t" + line(total[0], total[1], total[2])
    facts.append(F("services_provided", "services", 22781, tq, label="Всього послуг, разом за рік", tag="y_total"))
    for qn, v in zip(["I кв.", "II кв.", "III кв.", "IV кв."], total[1]):
        facts.append(F("services_provided", "services", int(v.replace(" ", "")), tq,
                       label="Всього послуг, " + qn, group="quarters_total", parent_id="y_total"))
    facts += [
        F("served", "persons", 214, "Послугою догляду вдома протягом року охоплено 214 осіб", service="home_care", tag="hc"),
        F("served", "persons", 139, "з них 139 осіб похилого віку", service="home_care", category="особи похилого віку",
          parent_id="hc", group="home_care_214"),
        F("served", "persons", 75, "75 осіб з інвалідністю", service="home_care", category="особи з інвалідністю",
          parent_id="hc", group="home_care_214"),
        F("served", "persons", 388, "отримали 388 осіб", service="natural_aid"),
        F("aid_value", "uah", 412600, "на загальну суму 412,6 тис. грн", service="natural_aid"),
        F("served", "persons", 22, "отримували 22 особи з інвалідністю", service="day_care", category="особи з інвалідністю"),
        F("served", "families", 46, "Під соціальним супроводом перебувало 46 сімей", service="social_support_sjo", tag="ss"),
        F("served", "children", 91, "46 сімей (в них 91 дитина)", service="social_support_sjo", parent_id="ss"),
        F("support_started", "families", 19, "Взято під соціальний супровід 19 сімей", service="social_support_sjo"),
        F("support_completed", "families", 17, "завершено супровід 17 сімей", service="social_support_sjo", tag="sc"),
        F("outcome_positive", "families", 14, "з них з позитивним результатом – 14 сімей", service="social_support_sjo", parent_id="sc"),
        F("outcome_other", "families", 3, "3 сім'ї вибули за межі громади", service="social_support_sjo",
          label="вибули за межі громади", parent_id="sc"),
        F("complaints", "complaints", 0, "Скарг на якість надання соціальних послуг протягом звітного року не надходило"),
    ]
    audit = [
        {"rule": "table_arithmetic", "severity": "error", "quote": "5.\t" + line(*rows[4][1:]),
         "reported": 480, "expected": 470, "fact_ids": ["y_day_care"],
         "note": "Денний догляд: 118 + 124 + 97 + 131 = 470, «Разом за рік» says 480 (10 extra). The Всього row agrees with 470: column «Разом за рік» 19475 + 970 + 1587 + 279 + 480 = 22791 ≠ 22781 written, while the quarter totals 5632 + 5686 + 5523 + 5940 = 22781."},
        {"rule": "percent_mismatch", "severity": "error", "quote": "з них 412 внутрішньо переміщених осіб (31,3 %)",
         "reported": 31.3, "expected": 32.3, "fact_ids": ["vpo", "app"],
         "note": "412 / 1274 = 32.34 % → 32,3 %, written 31,3 %."},
    ]
    checks = [
        {"rule": "table_arithmetic", "quote": "1.\t" + line(*rows[0][1:]), "note": "4812 + 4905 + 4760 + 4998 = 19475"},
        {"rule": "table_arithmetic", "quote": "2.\t" + line(*rows[1][1:]), "note": "226 + 198 + 241 + 305 = 970"},
        {"rule": "table_arithmetic", "quote": "3.\t" + line(*rows[2][1:]), "note": "412 + 388 + 356 + 431 = 1587"},
        {"rule": "table_arithmetic", "quote": "4.\t" + line(*rows[3][1:]), "note": "64 + 71 + 69 + 75 = 279"},
        {"rule": "table_arithmetic", "quote": tq, "note": "quarter columns: I 4812+226+412+64+118 = 5632; II 4905+198+388+71+124 = 5686; III 4760+241+356+69+97 = 5523; IV 4998+305+431+75+131 = 5940; 5632+5686+5523+5940 = 22781 (the Разом column does not add up: see audit)"},
        {"rule": "parts_sum", "quote": "Послугою догляду вдома протягом року охоплено 214 осіб, з них 139 осіб похилого віку та 75 осіб з інвалідністю", "note": "139 + 75 = 214"},
        {"rule": "parts_sum", "quote": "завершено супровід 17 сімей, з них з позитивним результатом – 14 сімей, 3 сім'ї вибули за межі громади", "note": "14 + 3 = 17"},
    ]
    skipped = [
        {"quote": "рішенням міської ради від 23.12.2020 № 112", "values": [23, 12, 2020, 112], "reason": "date and number of the founding decision"},
        {"quote": "вул. Звягельська, 35, тел. (04144) 2-16-57", "values": [35, 4144], "reason": "address and phone"},
        {"quote": "Чисельність населення громади станом на 01.01.2024 становить 21 480 осіб, з них 6 312 осіб пенсійного віку", "values": [21480, 6312], "reason": "population of the hromada, not recipients"},
        {"quote": "курси тривалістю 40 годин", "values": [40], "reason": "duration"},
        {"quote": "Опубліковано: 14.01.2025 | Переглядів: 212", "values": [212], "reason": "publication date (meta) and page-view counter"},
        {"quote": "Середній вік отримувачів послуги – 79 років, найстаршій отримувачці виповнилося 97 років", "values": [79, 97], "reason": "ages"},
        {"quote": "з 8.00 до 17.00", "values": [8, 17], "reason": "opening hours"},
        {"quote": "у 2023 році Центром було надано 21 904 послуги", "values": [21904], "reason": "previous year's figure"},
        {"quote": "обсяг послуг зріс на 4,0 %", "values": [4.0], "reason": "growth percentage, not a share"},
        {"quote": "У 2025 році планується відкрити відділення соціальної адаптації на 15 місць та збільшити кількість отримувачів догляду вдома до 240 осіб", "values": [15, 240], "reason": "plans for next year"},
        {"quote": "№ з/п\tНайменування соціальної послуги", "values": [1, 2, 3, 4, 5], "reason": "table row numbers"},
    ]
    notes = [
        "quarter cells annotated as services_provided with the quarter in label; each row's quarters have parent_id → that row's «Разом за рік»; the row totals are parts of the «Всього послуг» year total",
        "«38,5 штатних одиниць» → staff_positions 38.5 positions (fractional as written)",
        "«9 працівників пройшли навчання з підвищення кваліфікації» → staff_trained",
        "centre: the text writes «Комунальна установа «Центр надання соціальних послуг» Баранівської міської ради»; the short form without «Комунальна установа» is accepted as meta_alt",
    ]
    meta = {"centre": "Комунальна установа «Центр надання соціальних послуг» Баранівської міської ради", "centre_type": "cnsp",
            "settlement": "Баранівка", "oblast": "Житомирська", "report_kind": "annual_report",
            "period_start": "2024-01-01", "period_end": "2024-12-31", "published": "2025-01-14"}
    meta_alt = {"centre": ["Центр надання соціальних послуг Баранівської міської ради"]}
    write_gold(DOC, meta, facts, audit, checks, skipped, notes, meta_alt=meta_alt)

if __name__ == "__main__":
    main()
