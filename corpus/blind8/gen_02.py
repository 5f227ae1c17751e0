"""blind8/02: quarterly ЦСС report (Чернівецька), figures in sentences with inverted word order. TXT UTF-8."""
from _common import F, write_text, write_gold

STEM = "02_hlyboka_css_q3_2024"
TEXT = """Центр соціальних служб Глибоцької селищної ради
Чернівецького району Чернівецької області

вул. Центральна, 92, смт Глибока, 60400, тел. (03734) 2-15-08
Вих. № 01-12/217 від 04.10.2024

Глибоцькій селищній раді

ІНФОРМАЦІЯ
про роботу Центру соціальних служб Глибоцької селищної ради за ІІІ квартал 2024 року

(підготовлено відповідно до розпорядження селищного голови від 12.02.2024 № 31-р)

1. Виявлення сімей та оцінка потреб

Звернулося до Центру за звітний період сімей/осіб – 74, з них вперше – 41. За аналогічний період 2023 року звернулося 61 сім'я/особа (зростання на 21,3 %).
Надійшло повідомлень про сім'ї, які можуть перебувати у складних життєвих обставинах, – 29 (від служби у справах дітей – 12, від закладів освіти – 9, від поліції – 5, від закладів охорони здоров'я – 3).
Оцінку потреб проведено: сімей – 27, осіб – 6.
Виявлено сімей, які перебувають у складних життєвих обставинах, – 19, дітей у них – 37.

2. Соціальний супровід

Охоплено соціальним супроводом: сімей – 12, дітей у них – 25.
Взято під соціальний супровід у звітному кварталі сімей – 5.
Сімей, з якими завершено роботу, – 7, з них: з позитивним результатом (подолано складні життєві обставини) – 4, мінімізовано складні життєві обставини – 2, з негативним результатом – 2.
Частка сімей, у яких подолано складні життєві обставини, від кількості завершених випадків становить 57,1 %.
Продовжують отримувати послугу станом на 01.10.2024 сімей – 5.
Прийомних сімей та дитячих будинків сімейного типу, що перебувають під супроводом, – 3 (дітей у них – 9).

3. Консультування та профілактична робота

Консультацій надано – 118, у тому числі психологічних – 46, юридичних – 21.
Проведено групових заходів – 6, учасників – 87. Тривалість одного заходу – 1,5 години.
Дзвінків на «гарячу лінію» Центру (тел. 050 371 22 19) надійшло – 34.

4. Кадрове забезпечення

Штатна чисельність Центру – 5 посад, фактично працює – 4 фахівці (1 посада фахівця із соціальної роботи вакантна з 15.08.2024).
Скарг від отримувачів послуг – не надходило.

5. Заплановано на IV квартал 2024 року

- провести 8 групових заходів до Міжнародного дня боротьби з насильством;
- взяти під соціальний супровід не менше 4 сімей.

Директор Центру                                       Ірина ТКАЧУК
"""
SJO = "social_support_sjo"
facts = [
    F("ap", "applied", "families_persons", 74, "Звернулося до Центру за звітний період сімей/осіб – 74"),
    F(None, "applied", "families_persons", 41, "з них вперше – 41", label="вперше", parent="ap"),
    F("nt", "notified", "families", 29, "Надійшло повідомлень про сім'ї, які можуть перебувати у складних життєвих обставинах, – 29"),
    F(None, "notified", "families", 12, "від служби у справах дітей – 12", label="від служби у справах дітей", group="notified_29_by_source", parent="nt"),
    F(None, "notified", "families", 9, "від закладів освіти – 9", label="від закладів освіти", group="notified_29_by_source", parent="nt"),
    F(None, "notified", "families", 5, "від поліції – 5", label="від поліції", group="notified_29_by_source", parent="nt"),
    F(None, "notified", "families", 3, "від закладів охорони здоров'я – 3", label="від закладів охорони здоров'я", group="notified_29_by_source", parent="nt"),
    F(None, "needs_assessed", "families", 27, "Оцінку потреб проведено: сімей – 27"),
    F(None, "needs_assessed", "persons", 6, "осіб – 6"),
    F("sjo", "in_difficult_circumstances", "families", 19, "Виявлено сімей, які перебувають у складних життєвих обставинах, – 19"),
    F(None, "in_difficult_circumstances", "children", 37, "дітей у них – 37", parent="sjo"),
    F("sv", "served", "families", 12, "Охоплено соціальним супроводом: сімей – 12", service=SJO),
    F(None, "served", "children", 25, "дітей у них – 25", service=SJO, parent="sv"),
    F(None, "support_started", "families", 5, "Взято під соціальний супровід у звітному кварталі сімей – 5", service=SJO),
    F("cp", "support_completed", "families", 7, "Сімей, з якими завершено роботу, – 7", service=SJO),
    F("o1", "outcome_positive", "families", 4, "з позитивним результатом (подолано складні життєві обставини) – 4", service=SJO, group="completed_7", parent="cp"),
    F("o2", "outcome_minimized", "families", 2, "мінімізовано складні життєві обставини – 2", service=SJO, group="completed_7", parent="cp"),
    F("o3", "outcome_negative", "families", 2, "з негативним результатом – 2", service=SJO, group="completed_7", parent="cp"),
    F(None, "share", "percent", 57.1, "Частка сімей, у яких подолано складні життєві обставини, від кількості завершених випадків становить 57,1 %", service=SJO, label="частка сімей, у яких подолано СЖО, від завершених випадків"),
    F("og", "support_ongoing", "families", 5, "Продовжують отримувати послугу станом на 01.10.2024 сімей – 5", service=SJO),
    F("fo", "served", "families", 3, "Прийомних сімей та дитячих будинків сімейного типу, що перебувають під супроводом, – 3", service="social_support_foster", category="прийомні сім'ї та дитячі будинки сімейного типу"),
    F(None, "served", "children", 9, "(дітей у них – 9)", service="social_support_foster", parent="fo"),
    F("cons", "services_provided", "services", 118, "Консультацій надано – 118", service="counselling"),
    F(None, "services_provided", "services", 46, "психологічних – 46", service="counselling", label="психологічні консультації", parent="cons"),
    F(None, "services_provided", "services", 21, "юридичних – 21", service="counselling", label="юридичні консультації", parent="cons"),
    F(None, "events", "events", 6, "Проведено групових заходів – 6"),
    F(None, "event_participants", "persons", 87, "учасників – 87"),
    F(None, "calls", "calls", 34, "надійшло – 34"),
    F(None, "staff_positions", "positions", 5, "Штатна чисельність Центру – 5 посад"),
    F(None, "staff_actual", "staff", 4, "фактично працює – 4 фахівці"),
    F(None, "complaints", "complaints", 0, "Скарг від отримувачів послуг – не надходило"),
]
audit = [
    {"rule": "parts_sum", "severity": "error",
     "quote": "Сімей, з якими завершено роботу, – 7, з них: з позитивним результатом (подолано складні життєві обставини) – 4, мінімізовано складні життєві обставини – 2, з негативним результатом – 2",
     "reported": 7, "expected": 8, "facts": ["cp", "o1", "o2", "o3"],
     "note": "PLANTED. outcomes 4 + 2 + 2 = 8 families, 1 more than the 7 completed. The 7 is confirmed by 7 completed + 5 continuing = 12 under support and by 4/7 = 57,1 %, so one outcome count is too high."},
]
checks = [
    {"rule": "parts_sum", "quote": "Надійшло повідомлень про сім'ї, які можуть перебувати у складних життєвих обставинах, – 29", "note": "12 + 9 + 5 + 3 = 29"},
    {"rule": "parts_sum", "quote": "Охоплено соціальним супроводом: сімей – 12", "note": "7 completed + 5 continuing = 12 under support"},
    {"rule": "percent_mismatch", "quote": "від кількості завершених випадків становить 57,1 %", "note": "4 / 7 = 57,14 % → 57,1 %"},
    {"rule": "parts_sum", "quote": "Консультацій надано – 118, у тому числі психологічних – 46, юридичних – 21", "note": "«у тому числі» subset: 46 + 21 = 67 ≤ 118"},
    {"rule": "parts_sum", "quote": "Звернулося до Центру за звітний період сімей/осіб – 74, з них вперше – 41", "note": "41 ≤ 74"},
]
skipped = [
    {"quote": "вул. Центральна, 92, смт Глибока, 60400, тел. (03734) 2-15-08", "values": [92, 60400], "reason": "address, postal code, phone"},
    {"quote": "Вих. № 01-12/217 від 04.10.2024", "values": [217], "reason": "outgoing letter number and date"},
    {"quote": "від 12.02.2024 № 31-р", "values": [31], "reason": "order date and number"},
    {"quote": "За аналогічний період 2023 року звернулося 61 сім'я/особа (зростання на 21,3 %)", "values": [61, 21.3], "reason": "previous year's figure and growth rate (74/61 = +21,3 %, consistent)"},
    {"quote": "Тривалість одного заходу – 1,5 години", "values": [1.5], "reason": "duration"},
    {"quote": "тел. 050 371 22 19", "values": [50, 371, 22, 19], "reason": "phone"},
    {"quote": "1 посада фахівця із соціальної роботи вакантна з 15.08.2024", "values": [1], "reason": "vacant position (follows from 5 − 4); no §3 id; date"},
    {"quote": "провести 8 групових заходів", "values": [8], "reason": "plan for Q4"},
    {"quote": "взяти під соціальний супровід не менше 4 сімей", "values": [4], "reason": "plan for Q4"},
]
notes = [
    "period «за ІІІ квартал 2024 року» → 2024-07-01..2024-09-30",
    "«сімей/осіб – 74» → unit families_persons",
    "«Продовжують отримувати послугу станом на 01.10.2024» – the first day after the quarter; read as the quarter-end stock (support_ongoing)",
    "needs assessment «сімей – 27, осіб – 6» is two facts (families, persons)",
    "published not set: only the outgoing-letter date 04.10.2024 is given, not a publication date",
]
write_text(STEM + ".txt", TEXT)
write_gold(STEM, STEM + ".txt",
           {"settlement": "Глибока", "centre": "Центр соціальних служб Глибоцької селищної ради",
            "centre_type": "css", "oblast": "Чернівецька", "report_kind": "period_report",
            "period_start": "2024-07-01", "period_end": "2024-09-30"},
           facts, audit, checks, skipped, notes)
