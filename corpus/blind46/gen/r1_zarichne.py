"""b46_01: ЦСС Зарічненської селищної ради (Рівненська), annual report 2023.
Plain text, windows-1251, CRLF; impersonal voice, numbered sections, dash list.
Planted slip: parts_sum (services list «а саме» sums to 1 140, total says 1 148)."""
from common import Gold, write_text, report_path

DOC = "b46_01_zarichne_css_annual2023.txt"

TEXT = """                    ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ
                 ЗАРІЧНЕНСЬКОЇ СЕЛИЩНОЇ РАДИ
34001, Рівненська обл., Вараський р-н, смт Зарічне, вул. Центральна, 14
тел. (03632) 0-31-47, e-mail: css.zarichne@example.ua, код ЄДРПОУ 44218765

Вих. № 01-12/27 від 15.01.2024

                              ЗВІТ
        про роботу Центру соціальних служб Зарічненської селищної ради
                          за 2023 рік

Зарічненська громада об'єднує 41 населений пункт, де проживає близько 34,6 тис. мешканців. Центр діє на підставі Положення, затвердженого рішенням селищної ради від 23.12.2020 № 87.

1. Виявлення сімей та оцінка потреб
Упродовж 2023 року до Центру надійшли повідомлення про 214 сімей/осіб, які можуть перебувати у складних життєвих обставинах (у 2022 році – 187). Оцінку потреб проведено 198 сім'ям/особам; за її результатами складні життєві обставини визначено у 126 сімей, в яких виховується 273 дитини. Решта 16 повідомлень станом на 31.12.2023 перебувають в опрацюванні.
Безпосередньо до фахівців Центру звернулися 352 особи, з них 97 (27,6 %) – внутрішньо переміщені особи.

2. Соціальні послуги
Усього соціальними послугами охоплено 1 148 сімей/осіб, а саме:
- інформування – 512;
- консультування – 403;
- соціальний супровід сімей (осіб), які перебувають у СЖО – 71;
- соціальне супроводження прийомних сімей та ДБСТ – 9;
- екстрене (кризове) втручання – 23;
- натуральна допомога – 122.
Загальна кількість наданих соціальних послуг – 2 946.

Під соціальним супроводом протягом року перебувала 71 сім'я (у них 164 дитини), з них 38 сімей взято під супровід у звітному році. Завершено супровід 41 сім'ї: з подоланням СЖО – 29, з мінімізацією СЖО – 8, через зміну місця проживання – 3, у зв'язку з відмовою отримувача від послуги – 1. Продовжено надання послуги у 2024 році 30 сім'ям. Середня тривалість супроводу – 6 місяців.

Соціальним супроводженням охоплено 6 прийомних сімей та 3 дитячі будинки сімейного типу, у яких виховується 31 дитина.

Натуральну допомогу (продуктові набори, засоби гігієни, тверде паливо) отримали 122 сім'ї/особи: роздано 415 продуктових наборів та 38 комплектів одягу на загальну суму 236,4 тис. грн.

3. Профілактика та інформаційна робота
Проведено 47 групових заходів (тренінги, батьківські збори, акції «16 днів проти насильства»), якими охоплено 862 особи. На телефон довіри Центру надійшло 134 дзвінки. Тривалість одного тренінгу – 2 години, наповнюваність групи – до 15 учасників.

4. Кадри
Штатним розписом передбачено 14,5 посади, фактично працює 13 фахівців. Підвищили кваліфікацію 9 працівників (дистанційні курси, 72 години). Скарг на діяльність Центру протягом року не надходило.

5. Завдання на 2024 рік
Охопити соціальним супроводом не менше 80 сімей, провести 50 групових заходів, розширити роботу мобільної бригади на 12 старостинських округів.

Виконавець: провідний фахівець, тел. (03632) 0-31-50
"""


def main():
    path = report_path(DOC)
    write_text(path, TEXT, encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Зарічненської селищної ради",
        "centre_type": "css", "settlement": "Зарічне", "oblast": "Рівненська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31"})
    f = g.f
    n1 = f("notified", "families_persons", 214, "надійшли повідомлення про 214 сімей/осіб")
    a1 = f("needs_assessed", "families_persons", 198, "Оцінку потреб проведено 198 сім'ям/особам")
    c1 = f("in_difficult_circumstances", "families", 126,
           "складні життєві обставини визначено у 126 сімей", parent=a1)
    f("in_difficult_circumstances", "children", 273, "в яких виховується 273 дитини", parent=c1)
    ap = f("applied", "persons", 352, "Безпосередньо до фахівців Центру звернулися 352 особи")
    idp = f("applied", "persons", 97, "з них 97 (27,6 %) – внутрішньо переміщені особи", percent=27.6,
      category="внутрішньо переміщені особи", parent=ap)
    s = f("served", "families_persons", 1148, "Усього соціальними послугами охоплено 1 148 сімей/осіб")
    grp = "served_1148_by_service"
    s1 = f("served", "families_persons", 512, "- інформування – 512;", service="informing", group=grp, parent=s)
    s2 = f("served", "families_persons", 403, "- консультування – 403;", service="counselling", group=grp, parent=s)
    s3 = f("served", "families_persons", 71, "- соціальний супровід сімей (осіб), які перебувають у СЖО – 71;",
           service="social_support_sjo", group=grp, parent=s)
    s4 = f("served", "families_persons", 9, "- соціальне супроводження прийомних сімей та ДБСТ – 9;",
           service="social_support_foster", group=grp, parent=s)
    s5 = f("served", "families_persons", 23, "- екстрене (кризове) втручання – 23;",
           service="crisis_intervention", group=grp, parent=s)
    s6 = f("served", "families_persons", 122, "- натуральна допомога – 122.", service="natural_aid", group=grp, parent=s)
    sp = f("services_provided", "services", 2946, "Загальна кількість наданих соціальних послуг – 2 946.")
    su = f("served", "families", 71, "Під соціальним супроводом протягом року перебувала 71 сім'я",
           service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 164, "(у них 164 дитини)", service="social_support_sjo", alt=["support_ongoing"], parent=su)
    st = f("support_started", "families", 38, "з них 38 сімей взято під супровід у звітному році",
           service="social_support_sjo", parent=su)
    sc = f("support_completed", "families", 41, "Завершено супровід 41 сім'ї", service="social_support_sjo", parent=su)
    og = "completed_41_by_outcome"
    o1 = f("outcome_positive", "families", 29, "з подоланням СЖО – 29", service="social_support_sjo", group=og, parent=sc)
    o2 = f("outcome_minimized", "families", 8, "з мінімізацією СЖО – 8", service="social_support_sjo", group=og, parent=sc)
    o3 = f("outcome_other", "families", 3, "через зміну місця проживання – 3", service="social_support_sjo",
           label="зміна місця проживання", group=og, parent=sc)
    o4 = f("outcome_other", "families", 1, "у зв'язку з відмовою отримувача від послуги – 1",
           service="social_support_sjo", label="відмова від послуги", group=og, parent=sc)
    on = f("support_ongoing", "families", 30, "Продовжено надання послуги у 2024 році 30 сім'ям",
           service="social_support_sjo", parent=su)
    fo1 = f("served", "families", 6, "Соціальним супроводженням охоплено 6 прийомних сімей",
            service="social_support_foster", label="прийомні сім'ї", group="foster_9")
    fo2 = f("served", "families", 3, "та 3 дитячі будинки сімейного типу", service="social_support_foster",
            label="дитячі будинки сімейного типу", group="foster_9")
    f("served", "children", 31, "у яких виховується 31 дитина", service="social_support_foster", parent=fo1,
      note="children of the 6 foster families and 3 ДБСТ together; hung on the first of the two rows")
    na = f("served", "families_persons", 122,
           "Натуральну допомогу (продуктові набори, засоби гігієни, тверде паливо) отримали 122 сім'ї/особи",
           service="natural_aid")
    f("aid_value", "uah", 236400, "на загальну суму 236,4 тис. грн", service="natural_aid")
    ev = f("events", "events", 47, "Проведено 47 групових заходів")
    f("event_participants", "persons", 862, "якими охоплено 862 особи", parent=ev)
    f("calls", "calls", 134, "На телефон довіри Центру надійшло 134 дзвінки")
    pos = f("staff_positions", "positions", 14.5, "Штатним розписом передбачено 14,5 посади")
    act = f("staff_actual", "staff", 13, "фактично працює 13 фахівців")
    tr = f("staff_trained", "staff", 9, "Підвищили кваліфікацію 9 працівників")
    f("complaints", "complaints", 0, "Скарг на діяльність Центру протягом року не надходило.")

    g.slip("parts_sum", "error", "Усього соціальними послугами охоплено 1 148 сімей/осіб, а саме:",
           1140, 1148, [s, s1, s2, s3, s4, s5, s6],
           "«а саме» lists six services: 512 + 403 + 71 + 9 + 23 + 122 = 1 140, 8 short of the 1 148 stated. "
           "Recipients counted under several services could make the parts exceed the total, never fall short of it.",
           f"{s1} + {s2} + {s3} + {s4} + {s5} + {s6} == {s}")
    ck = g.check
    ck("parts_sum", "Оцінку потреб проведено 198 сім'ям/особам",
       "198 assessed + 16 notifications still being processed = 214 notified; 126 in СЖО ≤ 198",
       f"{a1} + 16 == {n1} and {c1} <= {a1}")
    ck("percent_mismatch", "з них 97 (27,6 %) – внутрішньо переміщені особи", "97 / 352 = 27,56 % → 27,6",
       f"pct_ok(p{idp[1:]}, {idp}, {ap}, 1)")
    ck("parts_sum", "Завершено супровід 41 сім'ї", "29 + 8 + 3 + 1 = 41", f"{o1} + {o2} + {o3} + {o4} == {sc}")
    ck("parts_sum", "Продовжено надання послуги у 2024 році 30 сім'ям",
       "41 completed + 30 continued = 71 under support; 38 taken ≤ 71",
       f"{sc} + {on} == {su} and {st} <= {su}")
    ck("internal_conflict", "Під соціальним супроводом протягом року перебувала 71 сім'я",
       "the services list (71) and the support paragraph (71) agree", f"{s3} == {su}")
    ck("parts_sum", "Соціальним супроводженням охоплено 6 прийомних сімей",
       "6 foster families + 3 ДБСТ = 9 of the services list", f"{fo1} + {fo2} == {s4}")
    ck("internal_conflict", "отримали 122 сім'ї/особи", "natural aid 122 in the list and in the paragraph",
       f"{na} == {s6}")
    ck("parts_sum", "фактично працює 13 фахівців", "13 staff ≤ 14,5 positions; 9 trained ≤ 13",
       f"{act} <= {pos} and {tr} <= {act}")

    sk = g.skip
    sk("34001, Рівненська обл., Вараський р-н, смт Зарічне, вул. Центральна, 14", [34001, 14], "postcode, address")
    sk("тел. (03632) 0-31-47, e-mail: css.zarichne@example.ua, код ЄДРПОУ 44218765", [3632, 3147, 44218765],
       "phone, ЄДРПОУ")
    sk("Вих. № 01-12/27 від 15.01.2024", [1, 12, 27, 15, 1, 2024], "outgoing number and date")
    sk("за 2023 рік", [2023], "year of the report")
    sk("Зарічненська громада об'єднує 41 населений пункт, де проживає близько 34,6 тис. мешканців.",
       [41, 34600], "settlement count and population")
    sk("рішенням селищної ради від 23.12.2020 № 87", [23, 12, 2020, 87], "decision date and number")
    sk("(у 2022 році – 187)", [2022, 187], "prior-year figure")
    sk("Решта 16 повідомлень станом на 31.12.2023 перебувають в опрацюванні.", [16, 31, 12, 2023],
       "notifications still being processed (no §3 id; used as a literal in a check) and a date")
    sk("Середня тривалість супроводу – 6 місяців.", [6], "duration")
    sk("роздано 415 продуктових наборів та 38 комплектів одягу", [415, 38], "items handed out")
    sk("акції «16 днів проти насильства»", [16], "name of a campaign")
    sk("Тривалість одного тренінгу – 2 години, наповнюваність групи – до 15 учасників.", [2, 15],
       "duration and group size")
    sk("(дистанційні курси, 72 години)", [72], "duration of courses")
    sk("5. Завдання на 2024 рік", [1, 2, 3, 4, 5, 2024], "section numbers; plan year")
    sk("Охопити соціальним супроводом не менше 80 сімей, провести 50 групових заходів, розширити роботу "
       "мобільної бригади на 12 старостинських округів.", [80, 50, 12], "plan for 2024")
    sk("Виконавець: провідний фахівець, тел. (03632) 0-31-50", [3632, 3150], "phone")
    g.note("«а саме» after the total makes the six services a partition of the 1 148 recipients; they sum to 1 140")
    g.note("the 122 natural-aid recipients are written twice (list item and paragraph): two facts")
    g.note("«Продовжено надання послуги у 2024 році 30 сім'ям» is a 2023 figure → support_ongoing")
    g.note("«перебувала під супроводом» → served (alt support_ongoing), as in the shared gold")
    g.note("the 31 children live in the 6 foster families and 3 ДБСТ together; hung on the foster-family row")
    g.write()


if __name__ == "__main__":
    main()
