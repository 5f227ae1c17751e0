"""b16_02: ТЦСО Золочівської міської ради (Львівська), letter with figures for I квартал 2024.

Ordinary reply letter (лист-довідка) to the oblast department; windows-1251, CRLF, numbered points.
Planted slip: percent_mismatch, 312 of 486 home-care recipients written 62,4 % (is 64,2 %;
62,4 % is 312 of the 500-place norm).
"""
from common import Gold, write_text, report_path

NAME = "b16_02_zolochiv_tcso_q1_2024.txt"

TEXT = """ЗОЛОЧІВСЬКА МІСЬКА РАДА
ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
(НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)
80700, Львівська обл., м. Золочів, вул. Тернопільська, 19
тел. (03265) 0-41-73, e-mail: tercentr.zolochiv@example.ua
Код ЄДРПОУ 03192846

08.04.2024 № 214/01-12
На № 31-08/1275 від 01.04.2024

                              Департаменту соціального захисту
                              населення Львівської обласної
                              військової адміністрації

Про надання інформації

На Ваш лист щодо роботи територіальних центрів у I кварталі 2024 року повідомляємо.

1. Протягом I кварталу 2024 року на обслуговуванні в територіальному центрі перебувало 1 138 осіб, у тому числі:
   - у відділенні соціальної допомоги вдома - 486 осіб;
   - у відділенні організації надання адресної натуральної та грошової допомоги - 537 осіб;
   - у відділенні денного перебування - 115 осіб.
   (Для порівняння: у IV кварталі 2023 року - 1 121 особа.)

2. Послугу догляду вдома 486 отримувачам надавали: безоплатно - 412 особам, з установленням диференційованої плати - 51 особі, платно - 23 особам. Серед отримувачів цієї послуги 312 осіб (62,4 %) мають інвалідність. Нормативна наповнюваність відділення - 500 осіб.

3. Усього за квартал надано 21 946 соціальних послуг, з них:
   догляд вдома                       - 17 804;
   денний догляд                      -  3 543;
   натуральна допомога                -    537;
   соціальне таксі                    -     62.

4. За звітний період надійшло 64 заяви про надання соціальних послуг. Взято на обслуговування 58 осіб, відмовлено у наданні послуг 2 особам (не належать до категорії отримувачів), ще 4 заяви перебувають на розгляді.

5. Знято з обслуговування 41 особу, а саме: у зв'язку зі смертю - 23, з причини переїзду - 7, влаштовано до інтернатних закладів - 4, за власним бажанням - 7.

6. Послуги догляду вдома надають соціальні робітники: за штатним розписом - 41 штатна одиниця, фактично працює 38 осіб. Середнє навантаження - 12,8 отримувача на одного соціального робітника.

7. Відділенням натуральної допомоги видано 537 продуктових наборів на загальну суму 268,5 тис. грн (вартість одного набору - 500 грн).

8. У відділенні денного перебування проведено 46 групових заходів (гуртки, лекції, екскурсії), участь у яких взяли 115 осіб.

9. Соціальним таксі протягом кварталу скористалися 29 осіб з інвалідністю, їм надано 62 послуги перевезення.

10. Надходження від надання платних соціальних послуг за I квартал склали 97,3 тис. грн (річний план надходжень - 360,0 тис. грн). Вартість однієї години догляду вдома у 2024 році становить 78,40 грн.

11. З метою внутрішнього моніторингу якості у березні проведено анкетування 74 отримувачів послуги догляду вдома; рівень задоволеності якістю обслуговування становить 95,9 %. Скарг на дії працівників у I кварталі не надходило.

Директор територіального центру                       (підпис)

Виконавець: відділ соціальної роботи
тел. (03265) 0-41-75
"""


def build():
    write_text(report_path(NAME), TEXT, encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(NAME, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Золочівської міської ради",
        "centre_type": "tcso", "settlement": "Золочів", "oblast": "Львівська",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-03-31",
    }, {"report_kind": ["other"]})
    f = g.f
    tot = f("served", "persons", 1138,
            "Протягом I кварталу 2024 року на обслуговуванні в територіальному центрі перебувало 1 138 осіб")
    gd = "served_1138_by_department"
    hc = f("served", "persons", 486, "у відділенні соціальної допомоги вдома - 486 осіб", service="home_care",
           district="відділення соціальної допомоги вдома", group=gd, parent=tot)
    na = f("served", "persons", 537, "у відділенні організації надання адресної натуральної та грошової допомоги - 537 осіб",
           service="natural_aid", district="відділення організації надання адресної натуральної та грошової допомоги",
           group=gd, parent=tot)
    dc = f("served", "persons", 115, "у відділенні денного перебування - 115 осіб", service="day_care",
           district="відділення денного перебування", group=gd, parent=tot)
    hc2 = f("served", "persons", 486, "Послугу догляду вдома 486 отримувачам надавали", service="home_care",
            unit_alt="recipients", note="repeat of the department figure 486")
    gp = "home_care_486_by_payment"
    p1 = f("served", "persons", 412, "безоплатно - 412 особам", service="home_care", label="безоплатно", group=gp, parent=hc2)
    p2 = f("served", "persons", 51, "з установленням диференційованої плати - 51 особі", service="home_care",
           label="з установленням диференційованої плати", group=gp, parent=hc2)
    p3 = f("served", "persons", 23, "платно - 23 особам", service="home_care", label="платно", group=gp, parent=hc2)
    dis = f("served", "persons", 312, "Серед отримувачів цієї послуги 312 осіб (62,4 %) мають інвалідність",
            percent=62.4, service="home_care", category="особи з інвалідністю", parent=hc2)
    sv = f("services_provided", "services", 21946, "Усього за квартал надано 21 946 соціальних послуг")
    gs = "services_21946_by_service"
    s = [
        f("services_provided", "services", 17804, "догляд вдома - 17 804", service="home_care", group=gs, parent=sv),
        f("services_provided", "services", 3543, "денний догляд - 3 543", service="day_care", group=gs, parent=sv),
        f("services_provided", "services", 537, "натуральна допомога - 537", service="natural_aid", group=gs, parent=sv),
        f("services_provided", "services", 62, "соціальне таксі - 62", service="social_taxi", group=gs, parent=sv),
    ]
    ap = f("applied", "applications", 64, "надійшло 64 заяви про надання соціальних послуг")
    tk = f("served", "persons", 58, "Взято на обслуговування 58 осіб", label="взято на обслуговування",
           alt=["registered_new", "support_started"], parent=ap)
    de = f("deregistered", "persons", 41, "Знято з обслуговування 41 особу")
    gr = "deregistered_41_by_reason"
    r = [
        f("deregistered", "persons", 23, "у зв'язку зі смертю - 23", label="у зв'язку зі смертю", group=gr, parent=de, alt=["outcome_other"]),
        f("deregistered", "persons", 7, "з причини переїзду - 7", label="переїзд", group=gr, parent=de, alt=["outcome_other"]),
        f("deregistered", "persons", 4, "влаштовано до інтернатних закладів - 4", label="влаштовано до інтернатних закладів", group=gr, parent=de, alt=["outcome_other"]),
        f("deregistered", "persons", 7, "за власним бажанням - 7", label="за власним бажанням", group=gr, parent=de, alt=["outcome_other"]),
    ]
    pos = f("staff_positions", "positions", 41, "за штатним розписом - 41 штатна одиниця", label="соціальні робітники")
    act = f("staff_actual", "staff", 38, "фактично працює 38 осіб", label="соціальні робітники")
    av = f("aid_value", "uah", 268500, "видано 537 продуктових наборів на загальну суму 268,5 тис. грн",
           service="natural_aid", label="продуктові набори")
    ev = f("events", "events", 46, "У відділенні денного перебування проведено 46 групових заходів")
    f("event_participants", "persons", 115, "участь у яких взяли 115 осіб")
    tx = f("served", "persons", 29, "Соціальним таксі протягом кварталу скористалися 29 осіб з інвалідністю",
           service="social_taxi", category="особи з інвалідністю")
    tx2 = f("services_provided", "services", 62, "їм надано 62 послуги перевезення", service="social_taxi",
            note="repeat of the 62 in the services list")
    f("budget_received", "uah", 97300, "Надходження від надання платних соціальних послуг за I квартал склали 97,3 тис. грн",
      label="платні соціальні послуги")
    sr = f("survey_respondents", "recipients", 74, "проведено анкетування 74 отримувачів послуги догляду вдома",
           service="home_care", unit_alt="persons")
    sat = f("satisfaction", "percent", 95.9, "рівень задоволеності якістю обслуговування становить 95,9 %", service="home_care")
    f("complaints", "complaints", 0, "Скарг на дії працівників у I кварталі не надходило.")

    g.slip("percent_mismatch", "error", "312 осіб (62,4 %)", 62.4, 64.2, [dis, hc2],
           f"pct_ok({dis}, {hc2}, P['{dis}'], 1)",
           "312 of the 486 home-care recipients: 312/486 = 64.20 % → 64,2, written 62,4 % (= 312/500, the "
           "norm of the department given in the next sentence)")
    g.check("parts_sum", "на обслуговуванні в територіальному центрі перебувало 1 138 осіб, у тому числі",
            f"{hc} + {na} + {dc} == {tot}", "486 + 537 + 115 = 1 138 by department")
    g.check("parts_sum", "Послугу догляду вдома 486 отримувачам надавали",
            f"{p1} + {p2} + {p3} == {hc2} and {hc2} == {hc}", "412 + 51 + 23 = 486 by payment; 486 = the department figure")
    g.check("parts_sum", "Усього за квартал надано 21 946 соціальних послуг",
            f"{' + '.join(s)} == {sv}", "17 804 + 3 543 + 537 + 62 = 21 946")
    g.check("parts_sum", "надійшло 64 заяви про надання соціальних послуг",
            f"{tk} + 2 + 4 == {ap}", "58 taken on + 2 refused + 4 pending (skipped figures) = 64 applications")
    g.check("parts_sum", "Знято з обслуговування 41 особу",
            f"{' + '.join(r)} == {de}", "23 + 7 + 4 + 7 = 41 by reason")
    g.check("internal_conflict", "їм надано 62 послуги перевезення", f"{tx2} == {s[3]}",
            "62 taxi services in point 9 = 62 in the services list")
    g.check("percent_impossible", "рівень задоволеності якістю обслуговування становить 95,9 %",
            f"grim_ok({sr}, {sat}, 1)", "95,9 % of 74 is possible: 71/74 = 95.95 → 95,9 (floor) / 95,9")
    g.check("parts_sum", "фактично працює 38 осіб", f"{act} <= {pos} and abs({hc} / {act} - 12.8) < 0.05",
            "38 ≤ 41 positions; 486 / 38 = 12,79 → the stated load 12,8 (skipped ratio) fits")
    g.check("parts_sum", "видано 537 продуктових наборів на загальну суму 268,5 тис. грн",
            f"{av} == 537 * 500 and {s[2]} == {na}",
            "537 sets × 500 грн = 268 500 грн; 537 natural-aid services = 537 recipients")

    g.skip("80700, Львівська обл., м. Золочів, вул. Тернопільська, 19", [80700, 19], "postcode and address")
    g.skip("тел. (03265) 0-41-73", [3265, 0, 41, 73], "phone")
    g.skip("Код ЄДРПОУ 03192846", [3192846], "ЄДРПОУ code")
    g.skip("08.04.2024 № 214/01-12", [8, 4, 2024, 214, 1, 12], "outgoing letter date and number")
    g.skip("На № 31-08/1275 від 01.04.2024", [31, 8, 1275, 1, 4, 2024], "number and date of the request")
    g.skip("(Для порівняння: у IV кварталі 2023 року - 1 121 особа.)", [4, 2023, 1121], "previous quarter's figure")
    g.skip("Нормативна наповнюваність відділення - 500 осіб.", [500], "capacity norm of the department")
    g.skip("відмовлено у наданні послуг 2 особам (не належать до категорії отримувачів), ще 4 заяви перебувають на розгляді",
           [2, 4], "refusals and pending applications; no §3 id")
    g.skip("Середнє навантаження - 12,8 отримувача на одного соціального робітника.", [12.8], "ratio (load per worker)")
    g.skip("(вартість одного набору - 500 грн)", [500], "price of one set")
    g.skip("(річний план надходжень - 360,0 тис. грн)", [360000],
           "annual plan of receipts: covers the whole of 2024, not the reported quarter")
    g.skip("Вартість однієї години догляду вдома у 2024 році становить 78,40 грн.", [2024, 78.4], "tariff per hour")
    g.skip("тел. (03265) 0-41-75", [3265, 0, 41, 75], "phone of the executor")
    g.skip("1. Протягом I кварталу 2024 року", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], "point numbers of the letter")

    g.note("a letter (лист-довідка) answering the oblast department: report_kind period_report (quarter), other accepted")
    g.note("«на обслуговуванні перебувало» → served persons, departments in district with service ids")
    g.note("the 486 of point 2 repeats the department figure of point 1: two facts; the payment and "
           "disability breakdowns hang on the point-2 fact")
    g.note("«Взято на обслуговування 58 осіб» → served with label and alt registered_new / support_started, as the "
           "seed gold does for «Взято на обслуговування»; parent = applications (subset of those who applied)")
    g.note("reasons of deregistration are parts of «Знято з обслуговування» (deregistered, alt outcome_other)")
    g.note("the 62 taxi services are written twice (list and point 9): two facts")
    g.note("the 537 sets are items, not a §3 unit; their value 268,5 тис. грн is aid_value")
    g.note("the staff figures are social workers only (label)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
