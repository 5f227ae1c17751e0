"""blind9 #3 — Центр життєстійкості на базі ЦНСП Олександрійської міської ради (Кіровоградська), 9 місяців 2025. TXT windows-1251."""
from common import F, write_gold, CORPUS
import os

DOC = "b9_03_oleksandriia_zhyttiestiikist.txt"

Q1 = [("Так", "78"), ("Частково", "17"), ("Ні", "3"), ("Важко відповісти", "2")]
Q2 = [("Дуже задоволений (-на)", "64"), ("Задоволений (-на)", "31"), ("Не задоволений (-на)", "5")]
Q3 = [("Так", "91"), ("Ні", "4"), ("Не знаю", "8")]

def tab(title, rows):
    return title + "\nВаріант відповіді\tЧастка відповідей, %\n" + "\n".join("%s\t%s" % r for r in rows)

TEXT = f"""Олександрійська міська рада
Кіровоградська область

ІНФОРМАЦІЯ
про роботу Центру життєстійкості, утвореного на базі комунальної установи «Центр надання соціальних послуг» Олександрійської міської ради, за 9 місяців 2025 року

Центр життєстійкості відкрито 15.03.2024 відповідно до розпорядження міського голови № 87-р. Центр розміщено за адресою: просп. Соборний, 92, графік роботи: понеділок – п’ятниця з 9.00 до 18.00, безкоштовна лінія 0800-50-33-17. Послуги центру доступні всім мешканцям громади, де проживає понад 93 тис. осіб.

1. Звернення та послуги

За 9 місяців 2025 року до Центру життєстійкості звернулося 1 046 осіб, з них: внутрішньо переміщених осіб – 318, ветеранів війни та членів їхніх сімей – 274, дітей та підлітків віком 12–17 років – 196, інших мешканців громади – 248.

Фахівцями надано 3 912 послуг, у тому числі: індивідуальні консультації психолога – 1 204, групові заняття з відновлення – 862, інформування – 1 530, заняття з арт-терапії – 316.

Проведено 97 групових заходів (тренінги, групи підтримки, «Школа стресостійкості» – курс із 8 занять по 90 хвилин), якими охоплено 1 388 учасників. Групи взаємопідтримки для родин зниклих безвісти відвідували 34 особи. На лінію психологічної підтримки надійшло 155 дзвінків.

2. Результати анкетування учасників

Анкетування проведено у вересні 2025 року серед 212 учасників групових заходів. Результати наведено у відсотках від кількості опитаних.

{tab("Таблиця 1. Чи покращився ваш емоційний стан після занять?", Q1)}

{tab("Таблиця 2. Чи задоволені ви якістю послуг Центру?", Q2)}

{tab("Таблиця 3. Чи порекомендуєте ви Центр знайомим?", Q3)}

3. Кадрове та фінансове забезпечення

Штатним розписом Центру життєстійкості передбачено 5 посад. Фактично працюють 4 фахівці: 2 психологи, фахівець із соціальної роботи та адміністратор. Усі працівники пройшли навчання за програмою «Базові навички турботи про психічне здоров’я» (4 працівники).

Утримання Центру здійснюється за рахунок бюджету громади. За 9 місяців 2025 року касові видатки склали 1 284,5 тис. грн, з них за КЕКВ 2110 – 962,3 тис. грн, КЕКВ 2120 – 211,7 тис. грн, КЕКВ 2210 – 110,5 тис. грн.

Для порівняння: за весь 2024 рік до Центру звернулося 1 120 осіб. У IV кварталі 2025 року планується провести ще 30 групових заходів та відкрити сенсорну кімнату.

Директор КУ «Центр надання соціальних послуг»                Н. В. БОНДАР
Тел. (05235) 7-41-06
"""

def main():
    with open(os.path.join(CORPUS, DOC), "w", encoding="cp1251", newline="\r\n") as fh:
        fh.write(TEXT)
    facts = [
        F("applied", "persons", 1046, "до Центру життєстійкості звернулося 1 046 осіб", tag="app"),
        F("applied", "persons", 318, "внутрішньо переміщених осіб – 318", category="внутрішньо переміщені особи", parent_id="app", group="applied_1046_by_category", tag="a1"),
        F("applied", "persons", 274, "ветеранів війни та членів їхніх сімей – 274", category="ветерани війни та члени їхніх сімей", parent_id="app", group="applied_1046_by_category", tag="a2"),
        F("applied", "children", 196, "дітей та підлітків віком 12–17 років – 196", category="діти та підлітки", unit_alt="persons", parent_id="app", group="applied_1046_by_category", tag="a3"),
        F("applied", "persons", 248, "інших мешканців громади – 248", category="інші мешканці громади", parent_id="app", group="applied_1046_by_category", tag="a4"),
        F("services_provided", "services", 3912, "Фахівцями надано 3 912 послуг", tag="sv"),
        F("services_provided", "services", 1204, "індивідуальні консультації психолога – 1 204", service="counselling", label="індивідуальні консультації психолога", parent_id="sv", group="services_3912"),
        F("services_provided", "services", 862, "групові заняття з відновлення – 862", label="групові заняття з відновлення", parent_id="sv", group="services_3912"),
        F("services_provided", "services", 1530, "інформування – 1 530", service="informing", parent_id="sv", group="services_3912"),
        F("services_provided", "services", 316, "заняття з арт-терапії – 316", label="заняття з арт-терапії", parent_id="sv", group="services_3912"),
        F("events", "events", 97, "Проведено 97 групових заходів"),
        F("event_participants", "persons", 1388, "якими охоплено 1 388 учасників"),
        F("served", "persons", 34, "Групи взаємопідтримки для родин зниклих безвісти відвідували 34 особи",
          category="родини зниклих безвісти", label="групи взаємопідтримки", alt=["event_participants"]),
        F("calls", "calls", 155, "На лінію психологічної підтримки надійшло 155 дзвінків"),
        F("survey_respondents", "persons", 212, "серед 212 учасників групових заходів"),
    ]
    for rows, lab, g, salt in ((Q1, "емоційний стан після занять", "survey_q1", False),
                               (Q2, "задоволеність якістю послуг", "survey_q2", True),
                               (Q3, "порекомендують Центр знайомим", "survey_q3", False)):
        for ans, v in rows:
            kw = dict(label="%s: %s" % (lab, ans.lower()), group=g)
            if salt and ans != "Не задоволений (-на)":
                kw["alt"] = ["satisfaction"]
            if g == "survey_q3":
                kw["tag"] = "q3_%d" % (rows.index((ans, v)) + 1)
            facts.append(F("share", "percent", int(v), "%s\t%s" % (ans, v), **kw))
    facts += [
        F("staff_positions", "positions", 5, "передбачено 5 посад"),
        F("staff_actual", "staff", 4, "Фактично працюють 4 фахівці", tag="st"),
        F("staff_actual", "staff", 2, "2 психологи", label="психологи", parent_id="st"),
        F("staff_trained", "staff", 4, "(4 працівники)"),
        F("budget_spent", "uah", 1284500, "касові видатки склали 1 284,5 тис. грн", tag="bs"),
        F("budget_spent", "uah", 962300, "КЕКВ 2110 – 962,3 тис. грн", kekv="2110", parent_id="bs", group="spent_by_kekv"),
        F("budget_spent", "uah", 211700, "КЕКВ 2120 – 211,7 тис. грн", kekv="2120", parent_id="bs", group="spent_by_kekv"),
        F("budget_spent", "uah", 110500, "КЕКВ 2210 – 110,5 тис. грн", kekv="2210", parent_id="bs", group="spent_by_kekv"),
    ]
    q3quote = tab("Таблиця 3. Чи порекомендуєте ви Центр знайомим?", Q3).split("\n")
    audit = [
        {"rule": "parts_sum", "severity": "error",
         "quote": "до Центру життєстійкості звернулося 1 046 осіб, з них: внутрішньо переміщених осіб – 318, ветеранів війни та членів їхніх сімей – 274, дітей та підлітків віком 12–17 років – 196, інших мешканців громади – 248",
         "reported": 1046, "expected": 1036, "fact_ids": ["app", "a1", "a2", "a3", "a4"],
         "note": "318 + 274 + 196 + 248 = 1036, 10 short of the 1046 stated; «інших мешканців громади» closes the list, so it is a partition."},
        {"rule": "percents_sum", "severity": "error", "quote": "Так\t91",
         "reported": 103, "expected": 100, "fact_ids": ["q3_1", "q3_2", "q3_3"],
         "note": "Таблиця 3: 91 + 4 + 8 = 103 %; three whole-percent parts can miss 100 by at most 1.5 through rounding."},
    ]
    checks = [
        {"rule": "parts_sum", "quote": "Фахівцями надано 3 912 послуг, у тому числі: індивідуальні консультації психолога – 1 204, групові заняття з відновлення – 862, інформування – 1 530, заняття з арт-терапії – 316",
         "note": "1204 + 862 + 1530 + 316 = 3912"},
        {"rule": "percents_sum", "quote": "Так\t78", "note": "Таблиця 1: 78 + 17 + 3 + 2 = 100 %"},
        {"rule": "percents_sum", "quote": "Дуже задоволений (-на)\t64", "note": "Таблиця 2: 64 + 31 + 5 = 100 %"},
        {"rule": "parts_sum", "quote": "касові видатки склали 1 284,5 тис. грн, з них за КЕКВ 2110 – 962,3 тис. грн, КЕКВ 2120 – 211,7 тис. грн, КЕКВ 2210 – 110,5 тис. грн",
         "note": "962,3 + 211,7 + 110,5 = 1284,5 тис. грн"},
    ]
    skipped = [
        {"quote": "Центр життєстійкості відкрито 15.03.2024 відповідно до розпорядження міського голови № 87-р", "values": [15, 3, 2024, 87], "reason": "date and order number"},
        {"quote": "просп. Соборний, 92, графік роботи: понеділок – п'ятниця з 9.00 до 18.00, безкоштовна лінія 0800-50-33-17", "values": [92, 9, 18], "reason": "address, hours, phone"},
        {"quote": "громади, де проживає понад 93 тис. осіб", "values": [93000], "reason": "population"},
        {"quote": "віком 12–17 років", "values": [12, 17], "reason": "ages"},
        {"quote": "курс із 8 занять по 90 хвилин", "values": [8, 90], "reason": "course length and duration"},
        {"quote": "Таблиця 1. Чи покращився", "values": [1, 2, 3], "reason": "table numbers"},
        {"quote": "за весь 2024 рік до Центру звернулося 1 120 осіб", "values": [1120], "reason": "previous year's figure"},
        {"quote": "У IV кварталі 2025 року планується провести ще 30 групових заходів", "values": [30], "reason": "plan"},
        {"quote": "Тел. (05235) 7-41-06", "values": [5235], "reason": "phone"},
    ]
    notes = [
        "file is windows-1251 with CRLF line ends; quotes checked against `zvitparse read` output",
        "the provider is the ЦНСП (the Центр життєстійкості is its unit): centre = the ЦНСП, centre_type cnsp; «Центр життєстійкості» name and type other accepted as meta_alt",
        "survey tables give percentages only (no counts); each row annotated as share with a label (question: answer) and a group per table; «дуже задоволений»/«задоволений» carry alt satisfaction",
        "percents_sum finding for Таблиця 3: evidence = the first row of that table («Так\\t91»)",
        "reader normalizes ’ to \' : quotes use the ASCII apostrophe where the text has one",
        "«дітей та підлітків … – 196» unit children (unit_alt persons) as a part of persons who applied",
        "«Групи взаємопідтримки … відвідували 34 особи»: served persons (alt event_participants)",
        "«Усі працівники пройшли навчання … (4 працівники)» → staff_trained 4",
    ]
    meta = {"centre": "Комунальна установа «Центр надання соціальних послуг» Олександрійської міської ради", "centre_type": "cnsp",
            "settlement": "Олександрія", "oblast": "Кіровоградська", "report_kind": "period_report",
            "period_start": "2025-01-01", "period_end": "2025-09-30"}
    meta_alt = {"centre": ["Центр життєстійкості", "Центр надання соціальних послуг Олександрійської міської ради"], "centre_type": ["other"]}
    # attach fact ids of table 3 to the percents_sum finding
    g = write_gold(DOC, meta, facts, audit, checks, skipped, notes, meta_alt=meta_alt)

if __name__ == "__main__":
    main()
