"""b82_01: ЦСС Холминської селищної ради (Чернігівська), annual information 2023.
TXT, windows-1251, CRLF, impersonal voice, hard-wrapped lines, numbered sections."""
from common import Gold, write_text, report_path

DOC = "b82_01_kholmy_css_annual2023.txt"
TEXT = """ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ХОЛМИНСЬКОЇ СЕЛИЩНОЇ РАДИ
15340, Чернігівська обл., Корюківський р-н, смт Холми, вул. Миру, 41
тел. (04657) 0-23-19, e-mail: css.kholmy@example.ua, код ЄДРПОУ 44173586

Вих. № 01-11/48 від 19.01.2024
                                        Відділу соціального захисту населення
                                        Холминської селищної ради

                              ІНФОРМАЦІЯ
     про роботу Центру соціальних служб Холминської селищної ради
                              за 2023 рік

1. Загальні відомості
Центр утворено рішенням сесії селищної ради № 12-14/VIII від 22.12.2022.
Центр обслуговує понад 11,8 тис. жителів 26 населених пунктів громади.
Штатним розписом передбачено 7 посад, фактично працює 6 фахівців.
Протягом року 5 працівників підвищили кваліфікацію на онлайн-курсах
обласного центру соціальних служб.

2. Виявлення сімей та оцінка потреб
За 2023 рік до Центру звернулися 214 осіб (у 2022 році – 187).
Від суб'єктів взаємодії надійшли повідомлення щодо 31 сім'ї.
Оцінку потреб проведено 58 сім'ям, за її результатами складні життєві
обставини встановлено у 41 сім'ї, де виховуються 73 дитини.

3. Надання соціальних послуг
Соціальними послугами за рік охоплено 1126 осіб, у тому числі:
  - інформування – 612 осіб;
  - консультування – 398 осіб;
  - посередництво (медіація) – 19 осіб;
  - представництво інтересів – 27 осіб;
  - натуральна допомога – 70 осіб.
Загалом надано 2847 соціальних послуг.
Отримувачам натуральної допомоги видано 140 продуктових наборів та
35 комплектів засобів гігієни на загальну суму 98,4 тис. грн.

4. Соціальний супровід
Під соціальним супроводом упродовж року перебувало 36 сімей, в яких
92 дитини. Протягом 2023 року взято під супровід 21 сім'ю.
Завершено надання послуги соціального супроводу 24 сім'ям, з них:
  - з позитивним результатом (СЖО подолано) – 15 сімей;
  - СЖО мінімізовано – 5 сімей;
  - у зв'язку зі зміною місця проживання – 2 сім'ї;
  - у зв'язку з відмовою від послуги – 1 сім'я.
Продовжено надання послуги у 2024 році 12 сім'ям.
Соціальне супроводження здійснювалося також у 4 прийомних сім'ях,
в яких виховується 14 дітей віком від 3 до 17 років.

5. Профілактична робота
Проведено 18 групових заходів (тренінги, батьківські збори, акції
«16 днів проти насильства»), якими охоплено 406 осіб. Тривалість
одного тренінгового заняття – 1,5 години.

6. Звернення громадян
Скарг на роботу фахівців Центру протягом року не надходило.

7. Завдання на 2024 рік
У 2024 році планується охопити соціальними послугами не менше
1 200 осіб та провести 20 групових заходів.

Директор Центру                                        (підпис)
Виконавець: фахівець із соціальної роботи, тел. (04657) 0-23-22
"""


def main():
    path = report_path(DOC)
    write_text(path, TEXT.replace("'", "\u2019"), encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {"centre": "Центр соціальних служб Холминської селищної ради", "centre_type": "css",
                   "settlement": "Холми", "oblast": "Чернігівська", "report_kind": "annual_report",
                   "period_start": "2023-01-01", "period_end": "2023-12-31"})
    F = g.f
    f1 = F("staff_positions", "positions", 7, "Штатним розписом передбачено 7 посад")
    f2 = F("staff_actual", "staff", 6, "фактично працює 6 фахівців")
    f3 = F("staff_trained", "staff", 5, "Протягом року 5 працівників підвищили кваліфікацію")
    f4 = F("applied", "persons", 214, "За 2023 рік до Центру звернулися 214 осіб")
    f5 = F("notified", "families", 31, "надійшли повідомлення щодо 31 сім'ї")
    f6 = F("needs_assessed", "families", 58, "Оцінку потреб проведено 58 сім'ям")
    f7 = F("in_difficult_circumstances", "families", 41, "обставини встановлено у 41 сім'ї",
           parent=f6)
    f8 = F("in_difficult_circumstances", "children", 73, "де виховуються 73 дитини", parent=f7)
    f9 = F("served", "persons", 1126, "Соціальними послугами за рік охоплено 1126 осіб")
    grp = "served_1126_by_service"
    f10 = F("served", "persons", 612, "інформування – 612 осіб", service="informing", group=grp, parent=f9)
    f11 = F("served", "persons", 398, "консультування – 398 осіб", service="counselling", group=grp, parent=f9)
    f12 = F("served", "persons", 19, "посередництво (медіація) – 19 осіб", service="mediation", group=grp, parent=f9)
    f13 = F("served", "persons", 27, "представництво інтересів – 27 осіб", service="representation", group=grp, parent=f9)
    f14 = F("served", "persons", 70, "натуральна допомога – 70 осіб", service="natural_aid", group=grp, parent=f9)
    f15 = F("services_provided", "services", 2847, "Загалом надано 2847 соціальних послуг")
    f16 = F("aid_value", "uah", 98400, "на загальну суму 98,4 тис. грн", service="natural_aid",
            note="140 food sets and 35 hygiene kits are items → skipped")
    f17 = F("served", "families", 36, "Під соціальним супроводом упродовж року перебувало 36 сімей",
            service="social_support_sjo", alt=["support_ongoing"])
    f18 = F("served", "children", 92, "92 дитини", service="social_support_sjo",
            alt=["support_ongoing"], parent=f17)
    f19 = F("support_started", "families", 21, "взято під супровід 21 сім'ю", service="social_support_sjo",
            parent=f17)
    f20 = F("support_completed", "families", 24,
            "Завершено надання послуги соціального супроводу 24 сім'ям", service="social_support_sjo", parent=f17)
    grp2 = "completed_24_by_result"
    f21 = F("outcome_positive", "families", 15, "з позитивним результатом (СЖО подолано) – 15 сімей",
            service="social_support_sjo", group=grp2, parent=f20)
    f22 = F("outcome_minimized", "families", 5, "СЖО мінімізовано – 5 сімей",
            service="social_support_sjo", group=grp2, parent=f20)
    f23 = F("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2 сім'ї",
            service="social_support_sjo", label="зміна місця проживання", group=grp2, parent=f20)
    f24 = F("outcome_other", "families", 1, "у зв'язку з відмовою від послуги – 1 сім'я",
            service="social_support_sjo", label="відмова від послуги", group=grp2, parent=f20)
    f25 = F("support_ongoing", "families", 12, "Продовжено надання послуги у 2024 році 12 сім'ям",
            service="social_support_sjo", parent=f17,
            note="a 2023 figure that names 2024 (carried over)")
    f26 = F("served", "families", 4, "здійснювалося також у 4 прийомних сім'ях", service="social_support_foster")
    f27 = F("served", "children", 14, "в яких виховується 14 дітей", service="social_support_foster", parent=f26)
    f28 = F("events", "events", 18, "Проведено 18 групових заходів")
    f29 = F("event_participants", "persons", 406, "якими охоплено 406 осіб", parent=f28)
    f30 = F("complaints", "complaints", 0, "Скарг на роботу фахівців Центру протягом року не надходило.")

    g.slip("parts_sum", "error", "Завершено надання послуги соціального супроводу 24 сім'ям, з них:",
           23, 24, [f20, f21, f22, f23, f24],
           "the four results of completed support (15 + 5 + 2 + 1) add up to 23, one family short of the 24 "
           "completed; the list names every kind of ending, so it is a partition",
           "f21 + f22 + f23 + f24 == f20")
    g.check("parts_sum", "Соціальними послугами за рік охоплено 1126 осіб, у тому числі:",
            "612 + 398 + 19 + 27 + 70 = 1126", "f10 + f11 + f12 + f13 + f14 == f9")
    g.check("parts_sum", "Завершено надання послуги соціального супроводу 24 сім'ям",
            "24 completed + 12 carried over into 2024 = 36 under support", "f20 + f25 == f17")
    g.check("parts_sum", "Протягом 2023 року взято під супровід 21 сім'ю",
            "21 taken ≤ 36 under support", "f19 <= f17")
    g.check("parts_sum", "обставини встановлено у 41 сім'ї",
            "41 found in СЖО ≤ 58 assessed", "f7 <= f6")
    g.check("parts_sum", "фактично працює 6 фахівців", "6 staff ≤ 7 positions; 5 trained ≤ 6",
            "f2 <= f1 and f3 <= f2")

    g.skip("15340, Чернігівська обл., Корюківський р-н, смт Холми, вул. Миру, 41", [15340, 41], "postcode, address")
    g.skip("тел. (04657) 0-23-19", [4657, 2319], "phone")
    g.skip("код ЄДРПОУ 44173586", [44173586], "ЄДРПОУ")
    g.skip("Вих. № 01-11/48 від 19.01.2024", [1, 11, 48, 19, 1, 2024], "outgoing number and date")
    g.skip("за 2023 рік", [2023], "year of the report")
    g.skip("рішенням сесії селищної ради № 12-14/VIII від 22.12.2022", [12, 14, 22, 12, 2022], "decision number and date")
    g.skip("Центр обслуговує понад 11,8 тис. жителів 26 населених пунктів громади.", [11800, 26],
           "population and settlement count")
    g.skip("(у 2022 році – 187)", [2022, 187], "prior-year figure")
    g.skip("Отримувачам натуральної допомоги видано 140 продуктових наборів та", [140], "items (food sets)")
    g.skip("35 комплектів засобів гігієни", [35], "items (hygiene kits)")
    g.skip("віком від 3 до 17 років", [3, 17], "ages")
    g.skip("«16 днів проти насильства»", [16], "name of a campaign")
    g.skip("одного тренінгового заняття – 1,5 години", [1.5], "duration")
    g.skip("7. Завдання на 2024 рік", [7, 2024], "section heading: plan year")
    g.skip("У 2024 році планується охопити соціальними послугами не менше", [2024], "plan for 2024")
    g.skip("1 200 осіб та провести 20 групових заходів.", [1200, 20], "plan for 2024 (targets)")
    g.skip("тел. (04657) 0-23-22", [4657, 2322], "phone of the compiler")
    g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6, 7], "section numbers 1.–7.")

    g.note("«взято під супровід 21 сім'ю», «завершено 24», «продовжено у 2024 році 12» are parts of the 36 under support (parent_id) but not one partition: 24 + 12 = 36 is checked; the 21 taken overlap")
    g.note("the file uses the typographic apostrophe ’ (cp1251 0x92); quotes carry ' as `zvitparse read` prints it")
    g.note("«перебувало 36 сімей» → served (alt support_ongoing), as in blind18")
    g.note("the foster families (4, 14 children) are a separate service, not part of the 36")
    g.note("«фахівців» is staff; «працівників підвищили кваліфікацію» → staff_trained")
    g.write()


if __name__ == "__main__":
    main()
