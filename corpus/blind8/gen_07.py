"""blind8/07: УСЗН half-year report (Волинська) mixing Arabic and word numerals, Roman-numeral quarters, footnotes,
KEKV in prose and a signature block. TXT UTF-8."""
from _common import F, write_text, write_gold

STEM = "07_kovel_uszn_h1_2025"
TEXT = """КОВЕЛЬСЬКА МІСЬКА РАДА
УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ

45000, Волинська обл., м. Ковель, вул. Незалежності, 73, тел. (03352) 5-12-44, e-mail: uszn@kovel-rada.gov.ua

ІНФОРМАЦІЯ
про роботу управління соціального захисту населення Ковельської міської ради за І півріччя 2025 року

І. Прийом громадян та звернення

За І півріччя 2025 року до управління надійшло 4 318 звернень громадян¹, з них у І кварталі – 2 107, у ІІ кварталі – 2 311. За І півріччя 2024 року надійшло 3 975 звернень.
Прийнято 1 126 заяв на призначення державних соціальних допомог, з них в електронній формі через портал «Дія» – 487 (43,2 %).
На «гарячу лінію» управління надійшло 386 дзвінків.
Надійшло три скарги, з них дві визнано обґрунтованими²; усі розглянуто у встановлений Законом України «Про звернення громадян» термін – 30 днів.
Проведено дев'ять виїзних прийомів у старостинських округах, на яких прийнято сто двадцять сім осіб.

ІІ. Соціальні послуги

Оцінку потреб у соціальних послугах проведено 71 особі. Рішення про надання послуги догляду вдома прийнято щодо 64 осіб.
Послугою соціального таксі скористалися 52 особи з інвалідністю (здійснено 134 поїздки).
Технічними та іншими засобами реабілітації забезпечено 96 осіб.
Одноразову матеріальну допомогу надано 214 особам на загальну суму 642,0 тис. грн.

ІІІ. Фінансування

За КЕКВ 2730 «Інші виплати населенню» на І півріччя 2025 року затверджено 700,0 тис. грн, касові видатки склали 642,0 тис. грн (91,7 %). На ІІІ квартал заплановано ще 350,0 тис. грн.

IV. Кадри

Штатна чисельність управління – 47 посад, фактично працює сорок чотири працівники. У ІІ кварталі 6 працівників підвищили кваліфікацію в Навчально-методичному центрі цивільного захисту та безпеки життєдіяльності Волинської області (обсягом 36 годин).

_______________
¹ Дані ЄІССС станом на 01.07.2025; без урахування 6 218 внутрішньо переміщених осіб, які перебувають на обліку.
² Скарги стосувалися строків перерахунку пенсій (2) та субсидії (1).

Начальник управління                                              Олег КОВАЛЬЧУК

Виконавець: Наталія Савчук
(03352) 5-12-44
"""
facts = [
    F("ap", "applied", "applications", 4318, "до управління надійшло 4 318 звернень громадян"),
    F("q1", "applied", "applications", 2107, "у І кварталі – 2 107", label="І квартал", group="appeals_by_quarter", parent="ap"),
    F("q2", "applied", "applications", 2311, "у ІІ кварталі – 2 311", label="ІІ квартал", group="appeals_by_quarter", parent="ap"),
    F("za", "applied", "applications", 1126, "Прийнято 1 126 заяв на призначення державних соціальних допомог", label="заяви на призначення державних соціальних допомог"),
    F(None, "applied", "applications", 487, "в електронній формі через портал «Дія» – 487 (43,2 %)", percent=43.2, label="в електронній формі", parent="za"),
    F(None, "calls", "calls", 386, "На «гарячу лінію» управління надійшло 386 дзвінків"),
    F("sk", "complaints", "complaints", 3, "Надійшло три скарги"),
    F(None, "complaints", "complaints", 2, "з них дві визнано обґрунтованими", label="обґрунтовані", parent="sk"),
    F(None, "events", "events", 9, "Проведено дев'ять виїзних прийомів", label="виїзні прийоми"),
    F(None, "event_participants", "persons", 127, "на яких прийнято сто двадцять сім осіб", alt=["applied"]),
    F(None, "needs_assessed", "persons", 71, "Оцінку потреб у соціальних послугах проведено 71 особі"),
    F(None, "served", "persons", 64, "Рішення про надання послуги догляду вдома прийнято щодо 64 осіб", service="home_care", alt=["support_started"]),
    F(None, "served", "persons", 52, "Послугою соціального таксі скористалися 52 особи з інвалідністю", service="social_taxi", category="особи з інвалідністю"),
    F(None, "served", "persons", 96, "Технічними та іншими засобами реабілітації забезпечено 96 осіб", label="забезпечення засобами реабілітації"),
    F(None, "served", "persons", 214, "Одноразову матеріальну допомогу надано 214 особам", label="одноразова матеріальна допомога"),
    F(None, "aid_value", "uah", 642000, "на загальну суму 642,0 тис. грн", label="одноразова матеріальна допомога"),
    F(None, "budget_approved", "uah", 700000, "на І півріччя 2025 року затверджено 700,0 тис. грн", kekv="2730"),
    F(None, "budget_spent", "uah", 642000, "касові видатки склали 642,0 тис. грн (91,7 %)", kekv="2730", percent=91.7),
    F(None, "staff_positions", "positions", 47, "Штатна чисельність управління – 47 посад"),
    F(None, "staff_actual", "staff", 44, "фактично працює сорок чотири працівники"),
    F(None, "staff_trained", "staff", 6, "6 працівників підвищили кваліфікацію"),
]
audit = [
    {"rule": "parts_sum", "severity": "error",
     "quote": "до управління надійшло 4 318 звернень громадян¹, з них у І кварталі – 2 107, у ІІ кварталі – 2 311",
     "reported": 4318, "expected": 4418, "facts": ["ap", "q1", "q2"],
     "note": "PLANTED. The two quarters make the half-year: 2 107 + 2 311 = 4 418, 100 more than the 4 318 stated."},
]
checks = [
    {"rule": "percent_mismatch", "quote": "в електронній формі через портал «Дія» – 487 (43,2 %)", "note": "487 / 1 126 = 43,25 % → 43,2 % (half-even / floor) or 43,3 % (half-up): accepted"},
    {"rule": "percent_mismatch", "quote": "касові видатки склали 642,0 тис. грн (91,7 %)", "note": "642,0 / 700,0 = 91,71 % → 91,7 %"},
    {"rule": "parts_sum", "quote": "Надійшло три скарги, з них дві визнано обґрунтованими", "note": "2 ≤ 3; footnote ² gives 2 + 1 = 3 by subject"},
    {"rule": "internal_conflict", "quote": "Одноразову матеріальну допомогу надано 214 особам на загальну суму 642,0 тис. грн", "note": "aid value 642,0 equals the KEKV 2730 cash expenditure 642,0: consistent"},
]
skipped = [
    {"quote": "45000, Волинська обл., м. Ковель, вул. Незалежності, 73, тел. (03352) 5-12-44", "values": [45000, 73], "reason": "postal code, address, phone"},
    {"quote": "І. Прийом громадян та звернення", "values": [1], "reason": "Roman section number"},
    {"quote": "звернень громадян¹", "values": [1], "reason": "footnote mark, not part of 4 318"},
    {"quote": "За І півріччя 2024 року надійшло 3 975 звернень", "values": [3975], "reason": "previous year"},
    {"quote": "термін – 30 днів", "values": [30], "reason": "legal deadline (duration)"},
    {"quote": "(здійснено 134 поїздки)", "values": [134], "reason": "trips; no unit for trips"},
    {"quote": "За КЕКВ 2730", "values": [2730], "reason": "KEKV code in prose (kept in the money facts' kekv)"},
    {"quote": "На ІІІ квартал заплановано ще 350,0 тис. грн", "values": [350000], "reason": "plan for the next quarter"},
    {"quote": "(обсягом 36 годин)", "values": [36], "reason": "duration of training"},
    {"quote": "без урахування 6 218 внутрішньо переміщених осіб, які перебувають на обліку", "values": [6218], "reason": "IDPs on the state register (population-type count, footnote); no §3 id"},
    {"quote": "Скарги стосувалися строків перерахунку пенсій (2) та субсидії (1)", "values": [2, 1], "reason": "footnote breakdown of the 3 complaints by subject; repeats 3 = 2 + 1 but the «2» here is not the «дві обґрунтовані» – not annotated (ambiguous)"},
]
notes = [
    "УСЗН report → centre_type uszn; period «за І півріччя 2025 року» → 2025-01-01..2025-06-30",
    "«звернень громадян» → applied, unit applications (appeals)",
    "«на яких прийнято сто двадцять сім осіб» at field receptions → event_participants, alt applied (unit persons)",
    "aid_value 642 000 (material aid) and budget_spent 642 000 KEKV 2730 are the same money written twice with different framing: two facts",
    "footnote marks ¹ ² follow words, never numbers; the superscript ¹ after «громадян» must not be read as a figure",
]
write_text(STEM + ".txt", TEXT)
write_gold(STEM, STEM + ".txt",
           {"settlement": "Ковель", "centre": "Управління соціального захисту населення Ковельської міської ради",
            "centre_type": "uszn", "oblast": "Волинська", "report_kind": "period_report",
            "period_start": "2025-01-01", "period_end": "2025-06-30"},
           facts, audit, checks, skipped, notes)
