"""blind9 #2 — director's column in a local newspaper, Смілянський міський ЦСС (Черкаська), I півріччя 2025. TXT (UTF-8)."""
from common import F, write_gold, CORPUS
import os

DOC = "b9_02_smila_css_kolonka.txt"
TEXT = """ВІСТІ СМІЛЯНЩИНИ
громадсько-політичний тижневик (м. Сміла, Черкаська область)
№ 28 (10 412) | 11 липня 2025 року | стор. 5

КОЛОНКА ДИРЕКТОРА

«Ми поруч, навіть коли про це не говорять»: півроку роботи Смілянського міського центру соціальних служб

Ольга ТКАЧЕНКО, директорка Смілянського міського центру соціальних служб

Мене часто запитують знайомі: а чим, власне, займається наш центр? Відповім цифрами, бо вони кажуть більше за слова.

За перше півріччя 2025 року до нас звернулися 486 сімей та 132 одинокі особи. Хтось прийшов по довідку, хтось – по пораду, а хтось – у найважчий день свого життя. Понад 300 родин отримали консультації психолога чи фахівця із соціальної роботи.

Соціальний супровід ми надавали 58 сім'ям, у яких виховується 117 дітей, а саме: 21 родина внутрішньо переміщених осіб, 14 сімей військовослужбовців, 19 сімей, де батьки неналежно виконують батьківські обов'язки, та 6 сімей, які виховують дітей з інвалідністю. З 58 сімей 11 (19 %) уже подолали складні життєві обставини, ще 37 (62 %) продовжують отримувати супровід.

Мобільна бригада соціально-психологічної допомоги здійснила 64 виїзди і надала допомогу 89 особам, які постраждали від домашнього насильства або насильства за ознакою статі. На «гарячу лінію» центру надійшов 241 дзвінок – у середньому по 9–10 дзвінків на тиждень.

Ми провели 26 групових заходів – тренінги для батьків, «кава-зустрічі» для дружин військових, заняття для підлітків, – у яких узяли участь 612 мешканців громади.

У червні ми вперше опитали 75 отримувачів послуг. 69 з них (92 %) повністю задоволені нашою роботою, 6 (8 %) – задоволені частково. Незадоволених не було, скарг теж не надходило.

Нас небагато: у центрі працює 9 людей – директор, психолог і 7 фахівців із соціальної роботи. За півріччя використано 1,9 млн грн, з них на оплату праці – 1,6 млн грн.

Для порівняння: торік за весь рік до центру звернулася 871 сім'я. До кінця 2025 року плануємо взяти під супровід ще 20 сімей і відкрити кімнату для дітей на 12 місць.

Центр працює з 2003 року, тобто вже 22 роки. Ми чекаємо вас за адресою: вул. Соборна, 39, каб. 4. Телефон «гарячої лінії»: 067-470-12-35 (цілодобово).

Передплатний індекс газети 61247. Наклад 3 200 примірників.
"""

def main():
    with open(os.path.join(CORPUS, DOC), "w", encoding="utf-8") as fh:
        fh.write(TEXT)
    facts = [
        F("applied", "families", 486, "до нас звернулися 486 сімей"),
        F("applied", "persons", 132, "486 сімей та 132 одинокі особи", category="одинокі особи"),
        F("served", "families", 300, "Понад 300 родин отримали консультації психолога чи фахівця із соціальної роботи", service="counselling",
          note="«понад 300» taken as 300"),
        F("served", "families", 58, "Соціальний супровід ми надавали 58 сім'ям", service="social_support_sjo", tag="ss"),
        F("served", "children", 117, "у яких виховується 117 дітей", service="social_support_sjo", parent_id="ss"),
        F("served", "families", 21, "21 родина внутрішньо переміщених осіб", service="social_support_sjo",
          category="сім'ї внутрішньо переміщених осіб", parent_id="ss", group="support_58_by_category", tag="p1"),
        F("served", "families", 14, "14 сімей військовослужбовців", service="social_support_sjo",
          category="сім'ї військовослужбовців", parent_id="ss", group="support_58_by_category", tag="p2"),
        F("served", "families", 19, "19 сімей, де батьки неналежно виконують батьківські обов'язки", service="social_support_sjo",
          category="сім'ї, де батьки неналежно виконують батьківські обов'язки", parent_id="ss", group="support_58_by_category", tag="p3"),
        F("served", "families", 6, "6 сімей, які виховують дітей з інвалідністю", service="social_support_sjo",
          category="сім'ї, які виховують дітей з інвалідністю", parent_id="ss", group="support_58_by_category", tag="p4"),
        F("outcome_positive", "families", 11, "З 58 сімей 11 (19 %) уже подолали складні життєві обставини", percent=19,
          service="social_support_sjo", parent_id="ss", tag="pos"),
        F("support_ongoing", "families", 37, "ще 37 (62 %) продовжують отримувати супровід", percent=62,
          service="social_support_sjo", parent_id="ss", tag="ong"),
        F("served", "persons", 89, "надала допомогу 89 особам, які постраждали від домашнього насильства",
          category="особи, які постраждали від домашнього насильства або насильства за ознакою статі",
          label="мобільна бригада соціально-психологічної допомоги"),
        F("calls", "calls", 241, "На «гарячу лінію» центру надійшов 241 дзвінок"),
        F("events", "events", 26, "Ми провели 26 групових заходів"),
        F("event_participants", "persons", 612, "у яких узяли участь 612 мешканців громади"),
        F("survey_respondents", "recipients", 75, "опитали 75 отримувачів послуг", unit_alt="persons", tag="sr"),
        F("survey_respondents", "recipients", 69, "69 з них (92 %) повністю задоволені нашою роботою", percent=92,
          unit_alt="persons", label="повністю задоволені", parent_id="sr", group="survey_75_by_answer",
          uncertain=True, note="count of fully satisfied respondents; the 92 % is this count's percent (SPEC §3), not a separate satisfaction row"),
        F("survey_respondents", "recipients", 6, "6 (8 %) – задоволені частково", percent=8, unit_alt="persons",
          label="задоволені частково", parent_id="sr", group="survey_75_by_answer", uncertain=True),
        F("complaints", "complaints", 0, "скарг теж не надходило"),
        F("staff_actual", "staff", 9, "у центрі працює 9 людей", tag="st"),
        F("staff_actual", "staff", 7, "7 фахівців із соціальної роботи", label="фахівці із соціальної роботи", parent_id="st"),
        F("budget_spent", "uah", 1900000, "За півріччя використано 1,9 млн грн", tag="bs"),
        F("budget_spent", "uah", 1600000, "з них на оплату праці – 1,6 млн грн", label="оплата праці", parent_id="bs"),
    ]
    audit = [
        {"rule": "parts_sum", "severity": "error",
         "quote": "Соціальний супровід ми надавали 58 сім'ям, у яких виховується 117 дітей, а саме: 21 родина внутрішньо переміщених осіб, 14 сімей військовослужбовців, 19 сімей, де батьки неналежно виконують батьківські обов'язки, та 6 сімей, які виховують дітей з інвалідністю",
         "reported": 58, "expected": 60, "fact_ids": ["ss", "p1", "p2", "p3", "p4"],
         "note": "«а саме» breakdown: 21 + 14 + 19 + 6 = 60 families, 2 more than the 58 stated."},
        {"rule": "percent_mismatch", "severity": "error", "quote": "ще 37 (62 %) продовжують отримувати супровід",
         "reported": 62, "expected": 64, "fact_ids": ["ong", "ss"],
         "note": "37 of the 58 families («З 58 сімей … ще 37»): 37/58 = 63.8 % → 64 %, written 62 %."},
    ]
    checks = [
        {"rule": "percent_mismatch", "quote": "З 58 сімей 11 (19 %) уже подолали складні життєві обставини", "note": "11/58 = 18.97 % → 19 %"},
        {"rule": "percent_mismatch", "quote": "69 з них (92 %) повністю задоволені нашою роботою", "note": "69/75 = 92.0 %"},
        {"rule": "percent_mismatch", "quote": "6 (8 %) – задоволені частково", "note": "6/75 = 8.0 %"},
        {"rule": "parts_sum", "quote": "69 з них (92 %) повністю задоволені нашою роботою, 6 (8 %) – задоволені частково", "note": "69 + 6 = 75 respondents"},
        {"rule": "percents_sum", "quote": "69 з них (92 %) повністю задоволені нашою роботою, 6 (8 %) – задоволені частково", "note": "92 + 8 = 100 %"},
        {"rule": "parts_sum", "quote": "у центрі працює 9 людей – директор, психолог і 7 фахівців із соціальної роботи", "note": "1 + 1 + 7 = 9"},
    ]
    skipped = [
        {"quote": "№ 28 (10 412) | 11 липня 2025 року | стор. 5", "values": [28, 10412, 11, 2025, 5], "reason": "issue number, date (meta published), page number"},
        {"quote": "здійснила 64 виїзди", "values": [64], "reason": "trips of the mobile team; no §3 id"},
        {"quote": "у середньому по 9–10 дзвінків на тиждень", "values": [9, 10], "reason": "average per week, derived"},
        {"quote": "торік за весь рік до центру звернулася 871 сім'я", "values": [871], "reason": "previous year's figure"},
        {"quote": "До кінця 2025 року плануємо взяти під супровід ще 20 сімей і відкрити кімнату для дітей на 12 місць", "values": [20, 12], "reason": "plans"},
        {"quote": "Центр працює з 2003 року, тобто вже 22 роки", "values": [2003, 22], "reason": "founding year, duration"},
        {"quote": "вул. Соборна, 39, каб. 4. Телефон «гарячої лінії»: 067-470-12-35", "values": [39, 4], "reason": "address, room, phone"},
        {"quote": "Передплатний індекс газети 61247. Наклад 3 200 примірників.", "values": [61247, 3200], "reason": "newspaper furniture"},
        {"quote": "Незадоволених не було", "values": [0], "reason": "no dissatisfied respondents: a zero share not written as a number; not annotated"},
    ]
    notes = [
        "period: «За перше півріччя 2025 року» → 2025-01-01..2025-06-30; published = newspaper issue date 11.07.2025",
        "the column is a director's newspaper text about the centre; report_kind period_report (half-year summary); «other» accepted as meta_alt",
        "«Понад 300 родин» → 300 families (convention «понад N» is N)",
        "the percentages 19 % and 62 % are of the 58 families stated in the same sentence («З 58 сімей»)",
        "«89 особам» helped by the mobile team: served persons; no service id (crisis intervention not named)",
        "survey answers «69 з них (92 %) … 6 (8 %)»: the percentages are written next to counts, so per SPEC §3 they are the counts' percent (survey_respondents parts of the 75, uncertain) and not separate satisfaction/share rows",
        "budget: «використано … з них на оплату праці» → budget_spent; no KEKV code written, so none set",
    ]
    meta = {"centre": "Смілянський міський центр соціальних служб", "centre_type": "css", "settlement": "Сміла",
            "oblast": "Черкаська", "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
            "published": "2025-07-11"}
    write_gold(DOC, meta, facts, audit, checks, skipped, notes, meta_alt={"report_kind": ["other"]})

if __name__ == "__main__":
    main()
