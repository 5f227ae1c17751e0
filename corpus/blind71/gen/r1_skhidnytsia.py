"""b71_01: КУ «ЦНСП» Східницької селищної ради (Львівська), information for 9 months of 2024.
windows-1251, CRLF, letter-head, Roman section numbers, dash list."""
from common import Gold, write_text, report_path

DOC = "b71_01_skhidnytsia_cnsp_9m2024.txt"

TEXT = """КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»
СХІДНИЦЬКОЇ СЕЛИЩНОЇ РАДИ
82391, Львівська обл., Дрогобицький р-н, смт Східниця, вул. Шкільна, 14
тел. (03244) 0-47-15, e-mail: cnsp.skhidnytsia@example.ua, код ЄДРПОУ 44519037

Вих. № 01-12/287 від 07.10.2024
                                    Відділу соціального захисту населення
                                    Східницької селищної ради

                         ІНФОРМАЦІЯ
          про роботу КУ «ЦНСП» Східницької селищної ради
                     за 9 місяців 2024 року

Громада об'єднує 9 населених пунктів, у яких проживає близько 10,8 тис. мешканців, з них 2 964 особи віком понад 60 років.

I. Звернення та оцінка потреб
За січень – вересень 2024 року до установи надійшло 318 звернень громадян (за 9 місяців 2023 р. – 276). За результатами їх розгляду визначено потреби 147 осіб, з яких 41 – внутрішньо переміщені особи (29,3 %). Середній строк проведення оцінки – 5 робочих днів.

II. Надання соціальних послуг
Упродовж 9 місяців соціальними послугами охоплено 236 осіб, а саме:
  - догляд вдома – 94 особи, у т. ч. 12 осіб з інвалідністю I групи;
  - денний догляд – 17 осіб (відділення денного перебування в с. Уличне);
  - соціальна адаптація – 23 особи;
  - консультування – 83 особи;
  - натуральна допомога – 19 осіб.
Загалом надано 5 127 соціальних послуг, з яких 3 906 – послуги догляду вдома.
Вартість однієї години догляду вдома – 68,40 грн (рішення сесії від 21.12.2023 № 1174). За плату послугу отримують 9 осіб, безоплатно – 85.

III. Соціальний супровід
Під соціальним супроводом сімей, які перебувають у складних життєвих обставинах, протягом звітного періоду перебувала 21 сім'я, в яких виховується 38 дітей. Вперше взято під супровід 8 сімей. Завершено супровід 7 сімей, з них: з позитивним результатом – 5, у зв'язку зі зміною місця проживання – 1, у зв'язку з відмовою від послуги – 1. На 01.10.2024 супровід триває у 14 сім'ях.

IV. Натуральна допомога
Натуральну допомогу (продуктові набори, засоби гігієни) отримали 19 осіб; видано 212 продуктових наборів та 60 гігієнічних комплектів на загальну суму 137,8 тис. грн.

V. Кадрове забезпечення
Штатним розписом передбачено 24,5 штатні одиниці, фактично працює 22 працівники, з них 14 соціальних робітників. Підвищили кваліфікацію 6 фахівців (курс тривав 40 годин).

VI. Інформаційно-просвітницька робота
Проведено 11 групових заходів (тренінги, «Школа турботи» для родичів), участь у яких взяли 164 особи. На «гарячу лінію» установи надійшов 71 дзвінок.
Скарг на якість надання послуг протягом 9 місяців не надходило.

Директор                                                 (підпис)

Виконавець: тел. (03244) 0-47-19
"""


def main():
    path = report_path(DOC)
    write_text(path, TEXT, encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Східницької селищної ради",
        "centre_type": "cnsp", "settlement": "Східниця", "oblast": "Львівська",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-09-30",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Східницької селищної ради",
        "КУ «ЦНСП» Східницької селищної ради"]})
    f1 = g.f("applied", "applications", 318, "до установи надійшло 318 звернень громадян",
             unit_alt="persons")
    f2 = g.f("needs_assessed", "persons", 147, "визначено потреби 147 осіб")
    f3 = g.f("needs_assessed", "persons", 41, "з яких 41 – внутрішньо переміщені особи (29,3 %)",
             percent=29.3, category="внутрішньо переміщені особи", parent=f2)
    f4 = g.f("served", "persons", 236, "соціальними послугами охоплено 236 осіб")
    grp = "served_236_by_service"
    f5 = g.f("served", "persons", 94, "догляд вдома – 94 особи", service="home_care", group=grp, parent=f4)
    f6 = g.f("served", "persons", 12, "у т. ч. 12 осіб з інвалідністю I групи", service="home_care",
             category="особи з інвалідністю I групи", parent=f5)
    f7 = g.f("served", "persons", 17, "денний догляд – 17 осіб", service="day_care", group=grp, parent=f4)
    f8 = g.f("served", "persons", 23, "соціальна адаптація – 23 особи", service="social_adaptation",
             group=grp, parent=f4)
    f9 = g.f("served", "persons", 83, "консультування – 83 особи", service="counselling", group=grp, parent=f4)
    f10 = g.f("served", "persons", 19, "натуральна допомога – 19 осіб", service="natural_aid", group=grp, parent=f4)
    f11 = g.f("services_provided", "services", 5127, "Загалом надано 5 127 соціальних послуг")
    f12 = g.f("services_provided", "services", 3906, "з яких 3 906 – послуги догляду вдома",
              service="home_care", parent=f11)
    f13 = g.f("served", "persons", 9, "За плату послугу отримують 9 осіб", service="home_care",
              label="за плату", group="home_care_94_by_payment", parent=f5)
    f14 = g.f("served", "persons", 85, "безоплатно – 85", service="home_care", label="безоплатно",
              group="home_care_94_by_payment", parent=f5)
    f15 = g.f("served", "families", 21, "протягом звітного періоду перебувала 21 сім'я",
              service="social_support_sjo", alt=["support_ongoing"])
    f16 = g.f("served", "children", 38, "в яких виховується 38 дітей", service="social_support_sjo",
              alt=["support_ongoing"], parent=f15)
    f17 = g.f("support_started", "families", 8, "Вперше взято під супровід 8 сімей",
              service="social_support_sjo", parent=f15)
    f18 = g.f("support_completed", "families", 7, "Завершено супровід 7 сімей", service="social_support_sjo",
              parent=f15, group="support_21_end_of_period")
    f19 = g.f("outcome_positive", "families", 5, "з позитивним результатом – 5", service="social_support_sjo",
              group="completed_7_by_outcome", parent=f18)
    f20 = g.f("outcome_other", "families", 1, "у зв'язку зі зміною місця проживання – 1",
              service="social_support_sjo", label="зміна місця проживання",
              group="completed_7_by_outcome", parent=f18)
    f21 = g.f("outcome_other", "families", 1, "у зв'язку з відмовою від послуги – 1",
              service="social_support_sjo", label="відмова від послуги",
              group="completed_7_by_outcome", parent=f18)
    f22 = g.f("support_ongoing", "families", 14, "На 01.10.2024 супровід триває у 14 сім'ях",
              service="social_support_sjo", parent=f15, group="support_21_end_of_period")
    f23 = g.f("served", "persons", 19, "Натуральну допомогу (продуктові набори, засоби гігієни) отримали 19 осіб",
              service="natural_aid", note="the same 19 as the list item; written twice, two facts")
    f24 = g.f("aid_value", "uah", 137800, "на загальну суму 137,8 тис. грн", service="natural_aid")
    f25 = g.f("staff_positions", "positions", 24.5, "Штатним розписом передбачено 24,5 штатні одиниці")
    f26 = g.f("staff_actual", "staff", 22, "фактично працює 22 працівники")
    f27 = g.f("staff_actual", "staff", 14, "з них 14 соціальних робітників", label="соціальні робітники",
              parent=f26)
    f28 = g.f("staff_trained", "staff", 6, "Підвищили кваліфікацію 6 фахівців")
    f29 = g.f("events", "events", 11, "Проведено 11 групових заходів")
    f30 = g.f("event_participants", "persons", 164, "участь у яких взяли 164 особи", parent=f29)
    f31 = g.f("calls", "calls", 71, "На «гарячу лінію» установи надійшов 71 дзвінок")
    f32 = g.f("complaints", "complaints", 0, "Скарг на якість надання послуг протягом 9 місяців не надходило.")

    g.slip("percent_mismatch", "error", "з яких 41 – внутрішньо переміщені особи (29,3 %)", 29.3, 27.9,
           [f2, f3], "41 of the 147 persons whose needs were assessed is 27,9 %, not 29,3 % "
           "(29,3 % of 147 would be 43 persons)", "pct_ok(p3, f3, f2, 1)")
    g.check("parts_sum", "соціальними послугами охоплено 236 осіб, а саме:", "94 + 17 + 23 + 83 + 19 = 236",
            "f5 + f7 + f8 + f9 + f10 == f4")
    g.check("parts_sum", "За плату послугу отримують 9 осіб, безоплатно – 85.", "9 + 85 = 94 home-care recipients",
            "f13 + f14 == f5")
    g.check("parts_sum", "у т. ч. 12 осіб з інвалідністю I групи", "12 ≤ 94", "f6 <= f5")
    g.check("parts_sum", "з яких 3 906 – послуги догляду вдома", "3 906 ≤ 5 127", "f12 <= f11")
    g.check("parts_sum", "Завершено супровід 7 сімей, з них:", "5 + 1 + 1 = 7", "f19 + f20 + f21 == f18")
    g.check("parts_sum", "На 01.10.2024 супровід триває у 14 сім'ях",
            "7 completed + 14 continuing = 21 under support; 8 new ≤ 21", "f18 + f22 == f15 and f17 <= f15")
    g.check("internal_conflict", "Натуральну допомогу (продуктові набори, засоби гігієни) отримали 19 осіб",
            "natural aid 19 in the list and 19 in section IV agree", "f23 == f10")
    g.check("parts_sum", "з них 14 соціальних робітників", "14 ≤ 22 ≤ 24,5", "f27 <= f26 <= f25")
    g.check("percent_impossible", "з яких 41 – внутрішньо переміщені особи (29,3 %)",
            "29,3 % is reachable with 147 (43 of 147); the slip is a mismatch, not an impossible share",
            "grim_ok(p3, f2, 1)")

    g.skip("82391, Львівська обл., Дрогобицький р-н, смт Східниця, вул. Шкільна, 14", [82391, 14], "postcode, address")
    g.skip("тел. (03244) 0-47-15, e-mail: cnsp.skhidnytsia@example.ua, код ЄДРПОУ 44519037",
           [3244, 4715, 44519037], "phone, ЄДРПОУ")
    g.skip("Вих. № 01-12/287 від 07.10.2024", [1, 12, 287, 7, 10, 2024], "outgoing number and date")
    g.skip("за 9 місяців 2024 року", [9, 2024], "period in the title")
    g.skip("Громада об'єднує 9 населених пунктів, у яких проживає близько 10,8 тис. мешканців, з них 2 964 особи віком понад 60 років.",
           [9, 10800, 2964, 60], "settlement count, population, age")
    g.skip("(за 9 місяців 2023 р. – 276)", [9, 2023, 276], "prior-year figure")
    g.skip("Середній строк проведення оцінки – 5 робочих днів.", [5], "duration")
    g.skip("Вартість однієї години догляду вдома – 68,40 грн (рішення сесії від 21.12.2023 № 1174)",
           [68.4, 21, 12, 2023, 1174], "tariff, decision date and number")
    g.skip("видано 212 продуктових наборів та 60 гігієнічних комплектів", [212, 60], "items handed out")
    g.skip("(курс тривав 40 годин)", [40], "duration")
    g.skip("Виконавець: тел. (03244) 0-47-19", [3244, 4719], "phone")
    g.skip("I. Звернення та оцінка потреб", [1, 2, 3, 4, 5, 6], "Roman section numbers I–VI")
    g.skip("у т. ч. 12 осіб з інвалідністю I групи", [1], "disability group number (the 12 is a fact)")
    g.note("«надійшло 318 звернень громадян» → applied in applications (unit_alt persons)")
    g.note("«визначено потреби 147 осіб» → needs_assessed")
    g.note("«перебувала 21 сім'я» under support → served social_support_sjo (alt support_ongoing); "
           "completed 7 + continuing 14 partition the 21")
    g.note("the 19 natural-aid recipients are written twice (list and section IV): two facts")
    g.note("24,5 staff positions is a fractional value")
    g.write()


if __name__ == "__main__":
    main()
