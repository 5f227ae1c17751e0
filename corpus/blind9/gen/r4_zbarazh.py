"""blind9 #4 — ТЦСО Збаразької міської ради (Тернопільська), annual 2024: догляд вдома, натуральна допомога, соціальне таксі, платні послуги з тарифами. TXT (UTF-8)."""
from common import F, write_gold, CORPUS
import os

DOC = "b9_04_zbarazh_tcso_taksi.txt"
BROWS = [("2110", "Оплата праці", "9 412,6", "9 386,1", "26,5"),
         ("2120", "Нарахування на оплату праці", "2 070,8", "2 064,9", "5,9"),
         ("2230", "Продукти харчування", "402,5", "351,2", "51,3"),
         ("2270", "Оплата комунальних послуг та енергоносіїв", "405,4", "276,1", "129,3")]
BTOT = ("Всього", "12 291,3", "12 078,3", "203,0")
def brow(r):
    return "\t".join(r)
BTABLE = "\n".join(["КЕКВ\tНайменування видатків\tЗатверджено, тис. грн\tКасові видатки, тис. грн\tЕкономія, тис. грн"] +
                   [brow(r) for r in BROWS] + ["\t" + brow(BTOT)])

TEXT = f"""ЗВІТ
про роботу Територіального центру соціального обслуговування (надання соціальних послуг) Збаразької міської ради Тернопільської області за 2024 рік

Територіальний центр (вул. Грушевського, 8, м. Збараж, тел. (03550) 2-14-39) обслуговує мешканців Збаразької міської територіальної громади, у якій проживає 30,5 тис. осіб.

1. Кадрове забезпечення
Штатна чисельність – 42 посади, фактично працює 40 працівників, з них 31 соціальний робітник.

2. Загальні показники
Протягом 2024 року територіальним центром обслуговано 1 157 осіб. Скарг на роботу працівників не надходило.

3. Відділення соціальної допомоги вдома
До відділення за послугою догляду вдома звернулося 370 осіб. Відділення обслуговувало 356 осіб (96,2 % від тих, хто звернувся), з них 212 одиноких громадян, 98 осіб з інвалідністю I–II групи, 46 осіб, рідні яких не можуть забезпечити догляд. Безоплатно обслуговувалось 298 осіб, платно – 58 осіб. Надано 41 260 соціальних послуг догляду вдома. Середнє навантаження на одного соціального робітника – 11 підопічних.

4. Натуральна допомога
Відділенням організації надання адресної натуральної допомоги натуральну допомогу отримали 612 осіб, у тому числі продуктові набори – 405 осіб, засоби гігієни – 164 особи, одяг та взуття – 43 особи, на загальну суму 518,4 тис. грн.

5. Соціальне таксі
Послугою «Соціальне таксі» скористалися 87 осіб з інвалідністю, здійснено 394 поїздки, загальний пробіг автомобіля – 9 860 км. Вартість 1 км пробігу для отримувачів – 12,00 грн, для осіб з інвалідністю I групи послуга безоплатна.

6. Відділення денного перебування
Відділення відвідували 143 особи, з них 97 жінок (69 %). Проведено 52 заходи (гуртки, лекції, екскурсії), в яких взяли участь 1 025 осіб.

7. Платні соціальні послуги
Платні послуги надаються за тарифами, затвердженими рішенням виконавчого комітету від 14.12.2023 № 311:
прибирання житла – 58,00 грн за 1 годину;
приготування їжі – 46,50 грн за 1 послугу;
прання білизни – 35,00 грн за 1 кг;
супровід до лікувального закладу – 72,00 грн за 1 годину.
Надходження до спеціального фонду від надання платних послуг склали 214,7 тис. грн, з них використано 198,2 тис. грн на придбання миючих засобів та спецодягу.

8. Виконання кошторису загального фонду

{BTABLE}

Для порівняння: у 2023 році обслуговано 1 098 осіб. На 2025 рік кошторис територіального центру затверджено в сумі 13 520,0 тис. грн.

Директор територіального центру                                 Р. І. МАРТИНЮК
"""

def main():
    with open(os.path.join(CORPUS, DOC), "w", encoding="utf-8") as fh:
        fh.write(TEXT)
    facts = [
        F("staff_positions", "positions", 42, "Штатна чисельність – 42 посади"),
        F("staff_actual", "staff", 40, "фактично працює 40 працівників", tag="st"),
        F("staff_actual", "staff", 31, "з них 31 соціальний робітник", label="соціальні робітники", parent_id="st"),
        F("served", "persons", 1157, "територіальним центром обслуговано 1 157 осіб"),
        F("complaints", "complaints", 0, "Скарг на роботу працівників не надходило"),
        F("applied", "persons", 370, "За послугою догляду вдома звернулося 370 осіб".replace("За", "за"), service="home_care", tag="hca"),
        F("served", "persons", 356, "Відділення обслуговувало 356 осіб (96,2 % від тих, хто звернувся)", percent=96.2, service="home_care",
          district="відділення соціальної допомоги вдома", tag="hc"),
        F("served", "persons", 212, "з них 212 одиноких громадян", service="home_care", category="одинокі громадяни", parent_id="hc", group="home_care_356_by_category"),
        F("served", "persons", 98, "98 осіб з інвалідністю I–II групи", service="home_care", category="особи з інвалідністю I–II групи", parent_id="hc", group="home_care_356_by_category"),
        F("served", "persons", 46, "46 осіб, рідні яких не можуть забезпечити догляд", service="home_care", category="особи, рідні яких не можуть забезпечити догляд", parent_id="hc", group="home_care_356_by_category"),
        F("served", "persons", 298, "Безоплатно обслуговувалось 298 осіб", service="home_care", label="безоплатно", parent_id="hc", group="home_care_356_by_payment"),
        F("served", "persons", 58, "платно – 58 осіб", service="home_care", label="платно", parent_id="hc", group="home_care_356_by_payment"),
        F("services_provided", "services", 41260, "Надано 41 260 соціальних послуг догляду вдома", service="home_care"),
        F("served", "persons", 612, "натуральну допомогу отримали 612 осіб", service="natural_aid", tag="na"),
        F("served", "persons", 405, "продуктові набори – 405 осіб", service="natural_aid", label="продуктові набори", parent_id="na", group="natural_aid_612"),
        F("served", "persons", 164, "засоби гігієни – 164 особи", service="natural_aid", label="засоби гігієни", parent_id="na", group="natural_aid_612"),
        F("served", "persons", 43, "одяг та взуття – 43 особи", service="natural_aid", label="одяг та взуття", parent_id="na", group="natural_aid_612"),
        F("aid_value", "uah", 518400, "на загальну суму 518,4 тис. грн", service="natural_aid"),
        F("served", "persons", 87, "Послугою «Соціальне таксі» скористалися 87 осіб з інвалідністю", service="social_taxi", category="особи з інвалідністю"),
        F("services_provided", "services", 394, "здійснено 394 поїздки", service="social_taxi", label="поїздки", uncertain=True,
          note="trips of the social taxi read as service acts"),
        F("served", "persons", 143, "Відділення відвідували 143 особи", district="відділення денного перебування", service="day_care", tag="dd",
          uncertain=True, note="service id from the unit name «відділення денного перебування»; the text names no service"),
        F("served", "persons", 97, "з них 97 жінок (69 %)", percent=69, district="відділення денного перебування", service="day_care",
          category="жінки", parent_id="dd", tag="ddw"),
        F("events", "events", 52, "Проведено 52 заходи"),
        F("event_participants", "persons", 1025, "в яких взяли участь 1 025 осіб"),
        F("budget_received", "uah", 214700, "Надходження до спеціального фонду від надання платних послуг склали 214,7 тис. грн",
          label="спеціальний фонд, платні послуги"),
        F("budget_spent", "uah", 198200, "з них використано 198,2 тис. грн", label="спеціальний фонд, платні послуги"),
    ]
    for r in BROWS:
        q = brow(r)
        for ind, v, g in (("budget_approved", r[2], "approved"), ("budget_spent", r[3], "spent"), ("budget_savings", r[4], "savings")):
            facts.append(F(ind, "uah", int(round(float(v.replace(" ", "").replace(",", ".")) * 1000)), q, kekv=r[0], label=r[1],
                           group="general_fund_" + g, parent_id="tot_" + g))
    tq = "\t" + brow(BTOT)
    for ind, v, g in (("budget_approved", BTOT[1], "approved"), ("budget_spent", BTOT[2], "spent"), ("budget_savings", BTOT[3], "savings")):
        facts.append(F(ind, "uah", int(round(float(v.replace(" ", "").replace(",", ".")) * 1000)), tq, label="Всього", tag="tot_" + g))
    audit = [
        {"rule": "table_arithmetic", "severity": "error", "quote": tq, "reported": 203.0, "expected": 213.0,
         "fact_ids": ["tot_savings", "tot_approved", "tot_spent"],
         "note": "Економія Всього: rows 26,5 + 5,9 + 51,3 + 129,3 = 213,0, and 12 291,3 − 12 078,3 = 213,0; written 203,0 (тис. грн). Approved and spent columns add up."},
        {"rule": "percent_mismatch", "severity": "error", "quote": "з них 97 жінок (69 %)", "reported": 69, "expected": 68,
         "fact_ids": ["ddw", "dd"], "note": "97/143 = 67.8 % → 68 %, written 69 %."},
    ]
    checks = [
        {"rule": "percent_mismatch", "quote": "Відділення обслуговувало 356 осіб (96,2 % від тих, хто звернувся)", "note": "356/370 = 96.22 % → 96,2 %"},
        {"rule": "parts_sum", "quote": "з них 212 одиноких громадян, 98 осіб з інвалідністю I–II групи, 46 осіб, рідні яких не можуть забезпечити догляд", "note": "212 + 98 + 46 = 356"},
        {"rule": "parts_sum", "quote": "Безоплатно обслуговувалось 298 осіб, платно – 58 осіб", "note": "298 + 58 = 356"},
        {"rule": "parts_sum", "quote": "натуральну допомогу отримали 612 осіб, у тому числі продуктові набори – 405 осіб, засоби гігієни – 164 особи, одяг та взуття – 43 особи", "note": "405 + 164 + 43 = 612"},
        {"rule": "table_arithmetic", "quote": brow(BROWS[0]), "note": "per row економія = затверджено − видатки: 9412,6−9386,1 = 26,5; 2070,8−2064,9 = 5,9; 402,5−351,2 = 51,3; 405,4−276,1 = 129,3"},
        {"rule": "table_arithmetic", "quote": "\t" + brow(BTOT), "note": "затверджено 9412,6+2070,8+402,5+405,4 = 12291,3; видатки 9386,1+2064,9+351,2+276,1 = 12078,3 (the economy column does not: see audit)"},
    ]
    skipped = [
        {"quote": "вул. Грушевського, 8, м. Збараж, тел. (03550) 2-14-39", "values": [8, 3550], "reason": "address and phone"},
        {"quote": "у якій проживає 30,5 тис. осіб", "values": [30500], "reason": "population"},
        {"quote": "Середнє навантаження на одного соціального робітника – 11 підопічних", "values": [11], "reason": "ratio (load per worker); no §3 id"},
        {"quote": "загальний пробіг автомобіля – 9 860 км", "values": [9860], "reason": "mileage"},
        {"quote": "Вартість 1 км пробігу для отримувачів – 12,00 грн", "values": [1, 12.0], "reason": "tariff, price per unit"},
        {"quote": "рішенням виконавчого комітету від 14.12.2023 № 311", "values": [14, 12, 2023, 311], "reason": "date and decision number"},
        {"quote": "прибирання житла – 58,00 грн за 1 годину", "values": [58.0, 46.5, 35.0, 72.0], "reason": "tariffs of paid services (all four lines)"},
        {"quote": "у 2023 році обслуговано 1 098 осіб", "values": [1098], "reason": "previous year's figure"},
        {"quote": "На 2025 рік кошторис територіального центру затверджено в сумі 13 520,0 тис. грн", "values": [13520000], "reason": "next year's budget"},
    ]
    notes = [
        "«обслуговано 1 157 осіб» (whole centre) is a separate served fact with no service",
        "home care 356 carries two breakdowns (category and free/paid): two groups, both with parent = 356",
        "social taxi: «87 осіб» served (service social_taxi); «394 поїздки» as services_provided, uncertain",
        "special fund (paid services): «Надходження … 214,7 тис. грн» → budget_received; «використано 198,2» → budget_spent; no KEKV written",
        "the general-fund table: every cell a fact with kekv; the Всього row has no kekv",
    ]
    meta = {"centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Збаразької міської ради", "centre_type": "tcso",
            "settlement": "Збараж", "oblast": "Тернопільська", "report_kind": "annual_report",
            "period_start": "2024-01-01", "period_end": "2024-12-31"}
    meta_alt = {"centre": ["Територіальний центр соціального обслуговування (надання соціальних послуг) Збаразької міської ради Тернопільської області"]}
    write_gold(DOC, meta, facts, audit, checks, skipped, notes, meta_alt=meta_alt)

if __name__ == "__main__":
    main()
