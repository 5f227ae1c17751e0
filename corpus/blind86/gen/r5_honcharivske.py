"""b86_05: Центр соціальних служб Гончарівської селищної ради (Чернігівська), annual report 2023.
TXT, UTF-8, LF, first person plural, numbered sections, an «а саме» list of services.
Planted slip: internal_conflict (16 families taken under support in section 2, «Із 14 сімей, взятих під
супровід цього року» in section 3)."""
from common import Gold, write_text, report_path

DOC = "b86_05_honcharivske_css_annual2023.txt"

TEXT = """Центр соціальних служб Гончарівської селищної ради
Чернігівського району Чернігівської області
15531, смт Гончарівське, вул. Соборна, 8, тел. (04622) 0-53-19
код ЄДРПОУ 42960518

ЗВІТ
про роботу Центру соціальних служб за 2023 рік

Наш Центр працює на території громади, до якої входять 24 населені пункти з населенням понад 11 тисяч осіб. Ми діємо відповідно до Програми соціальної підтримки сімей, дітей та молоді на 2022–2024 роки, затвердженої рішенням селищної ради від 23.12.2021 № 17-21/VIII.

1. Виявлення та оцінка потреб

У 2023 році ми отримали повідомлення про 58 сімей/осіб, які можуть перебувати у складних життєвих обставинах (у 2022 році – 44). За кожним повідомленням наші фахівці виїжджали за місцем проживання не пізніше ніж протягом 72 годин. Оцінку потреб провели 53 сім'ям/особам; у 31 сім'ї виявили складні життєві обставини. Решта 5 повідомлень не підтвердилися.

2. Соціальний супровід

Протягом року ми супроводжували 27 сімей. Упродовж 2023 року взяли під соціальний супровід 16 сімей, у яких виховується 37 дітей. Завершили супровід 15 сімей, з них:
- у 9 сім'ях складні життєві обставини подолано;
- у 4 сім'ях мінімізовано;
- 2 сім'ї змінили місце проживання.
Продовжено супровід у 2024 році 12 сім'ям.

Крім того, ми супроводжуємо 4 прийомні сім'ї та дитячі будинки сімейного типу, у яких виховується 17 дітей. Соціальний працівник відвідує кожну таку сім'ю не рідше 1 разу на місяць.

3. Сім'ї внутрішньо переміщених осіб

Із 14 сімей, взятих під супровід цього року, 6 – сім'ї внутрішньо переміщених осіб. Для них ми організували видачу 48 комплектів зимового одягу та 20 обігрівачів (за підтримки благодійного фонду).

4. Обсяг наданих послуг

Загалом ми надали 1 126 соціальних послуг 684 сім'ям/особам, а саме:
інформування – 412;
консультування – 509;
соціальна профілактика – 143;
посередництво (медіація) – 21;
екстрене (кризове) втручання – 14;
соціальний супровід – 27.

Ми провели 34 групові заходи (тренінги, відеолекторії, батьківські збори у школах) для 517 учасників, переважно для молоді віком від 14 до 35 років.

5. Кадри

За штатним розписом у Центрі 8 посад, працюють 7 фахівців із соціальної роботи. Протягом року 5 фахівців пройшли навчання за програмою «Кейс-менеджмент у громаді» (по 30 годин).

6. Завдання на 2024 рік

У 2024 році плануємо залучити до послуги «патронат над дитиною» 2 сім'ї та охопити профілактичними заходами не менше 600 учнів.

Директор Центру соціальних служб                    ____________

Звіт складено 12.01.2024
"""


def main():
    path = report_path(DOC)
    write_text(path, TEXT)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Гончарівської селищної ради",
        "centre_type": "css", "settlement": "Гончарівське", "oblast": "Чернігівська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31"})
    f1 = g.f("notified", "families_persons", 58, "ми отримали повідомлення про 58 сімей/осіб")
    f2 = g.f("needs_assessed", "families_persons", 53, "Оцінку потреб провели 53 сім'ям/особам")
    f3 = g.f("in_difficult_circumstances", "families", 31, "у 31 сім'ї виявили складні життєві обставини")
    f4 = g.f("served", "families", 27, "Протягом року ми супроводжували 27 сімей", service="social_support_sjo",
             alt=["support_ongoing"])
    f5 = g.f("support_started", "families", 16, "взяли під соціальний супровід 16 сімей", service="social_support_sjo",
             parent=f4)
    f6 = g.f("support_started", "children", 37, "у яких виховується 37 дітей", service="social_support_sjo", parent=f5)
    f7 = g.f("support_completed", "families", 15, "Завершили супровід 15 сімей", service="social_support_sjo", parent=f4)
    f8 = g.f("outcome_positive", "families", 9, "у 9 сім'ях складні життєві обставини подолано",
             service="social_support_sjo", group="completed_15_by_outcome", parent=f7)
    f9 = g.f("outcome_minimized", "families", 4, "у 4 сім'ях мінімізовано", service="social_support_sjo",
             group="completed_15_by_outcome", parent=f7)
    f10 = g.f("outcome_other", "families", 2, "2 сім'ї змінили місце проживання", service="social_support_sjo",
              label="зміна місця проживання", group="completed_15_by_outcome", parent=f7)
    f11 = g.f("support_ongoing", "families", 12, "Продовжено супровід у 2024 році 12 сім'ям", service="social_support_sjo")
    f12 = g.f("served", "families", 4, "ми супроводжуємо 4 прийомні сім'ї та дитячі будинки сімейного типу",
              service="social_support_foster")
    f13 = g.f("served", "children", 17, "у яких виховується 17 дітей", service="social_support_foster", parent=f12)
    f14 = g.f("support_started", "families", 14, "Із 14 сімей, взятих під супровід цього року",
              service="social_support_sjo", note="the same indicator as f5, written with another value")
    f15 = g.f("support_started", "families", 6, "6 – сім'ї внутрішньо переміщених осіб", service="social_support_sjo",
              category="внутрішньо переміщені особи", parent=f14)
    f16 = g.f("services_provided", "services", 1126, "Загалом ми надали 1 126 соціальних послуг")
    f17 = g.f("served", "families_persons", 684, "684 сім'ям/особам")
    names = [("інформування – 412;", 412, "informing"), ("консультування – 509;", 509, "counselling"),
             ("соціальна профілактика – 143;", 143, "social_prevention"),
             ("посередництво (медіація) – 21;", 21, "mediation"),
             ("екстрене (кризове) втручання – 14;", 14, "crisis_intervention"),
             ("соціальний супровід – 27.", 27, "social_support_sjo")]
    parts = [g.f("services_provided", "services", v, q, service=s, group="services_1126", parent=f16)
             for q, v, s in names]
    f24 = g.f("events", "events", 34, "Ми провели 34 групові заходи")
    f25 = g.f("event_participants", "persons", 517, "для 517 учасників", parent=f24)
    f26 = g.f("staff_positions", "positions", 8, "у Центрі 8 посад")
    f27 = g.f("staff_actual", "staff", 7, "працюють 7 фахівців із соціальної роботи")
    f28 = g.f("staff_trained", "staff", 5, "5 фахівців пройшли навчання")

    g.slip("internal_conflict", "error", "Із 14 сімей, взятих під супровід цього року", 14, 16, [f5, f14],
           "section 2 says 16 families were taken under social support in 2023, section 3 speaks of «14 сімей, взятих під супровід цього року» — the same indicator, unit, service and period with two values",
           "f14 == f5")
    g.check("parts_sum", "Завершили супровід 15 сімей, з них:", "9 + 4 + 2 = 15", "f8 + f9 + f10 == f7")
    g.check("table_arithmetic", "Продовжено супровід у 2024 році 12 сім'ям.", "27 supported − 15 completed = 12 continued",
            "f4 - f7 == f11")
    g.check("parts_sum", "взяли під соціальний супровід 16 сімей", "16 taken ≤ 27 supported", "f5 <= f4")
    g.check("parts_sum", "Оцінку потреб провели 53 сім'ям/особам", "53 assessed + 5 not confirmed (literal) = 58 notified; 31 in СЖО ≤ 53",
            "f2 + 5 == f1 and f3 <= f2")
    g.check("parts_sum", "Загалом ми надали 1 126 соціальних послуг 684 сім'ям/особам, а саме:",
            "412 + 509 + 143 + 21 + 14 + 27 = 1 126", " + ".join(parts) + " == f16")
    g.check("internal_conflict", "соціальний супровід – 27.", "27 support services = 27 families supported", f"{parts[-1]} == f4")
    g.check("parts_sum", "працюють 7 фахівців із соціальної роботи", "5 trained ≤ 7 working ≤ 8 positions", "f28 <= f27 <= f26")

    g.skip("15531, смт Гончарівське, вул. Соборна, 8, тел. (04622) 0-53-19", [15531, 8, 4622, 5319], "postcode, address, phone")
    g.skip("код ЄДРПОУ 42960518", [42960518], "ЄДРПОУ")
    g.skip("про роботу Центру соціальних служб за 2023 рік", [2023], "period year")
    g.skip("входять 24 населені пункти з населенням понад 11 тисяч осіб", [24, 11000], "settlements, population")
    g.skip("Програми соціальної підтримки сімей, дітей та молоді на 2022–2024 роки", [2022, 2024], "programme years")
    g.skip("рішенням селищної ради від 23.12.2021 № 17-21/VIII", [23, 12, 2021, 17, 21], "decision date and number")
    g.skip("1. Виявлення та оцінка потреб", [1, 2, 3, 4, 5, 6], "section numbers")
    g.skip("(у 2022 році – 44)", [2022, 44], "prior-year figure")
    g.skip("не пізніше ніж протягом 72 годин", [72], "duration")
    g.skip("Решта 5 повідомлень не підтвердилися.", [5], "not confirmed: no §3 id (literal in a check)")
    g.skip("не рідше 1 разу на місяць", [1], "frequency")
    g.skip("видачу 48 комплектів зимового одягу та 20 обігрівачів", [48, 20], "items handed out")
    g.skip("віком від 14 до 35 років", [14, 35], "ages")
    g.skip("(по 30 годин)", [30], "duration")
    g.skip("У 2024 році плануємо залучити до послуги «патронат над дитиною» 2 сім'ї та охопити профілактичними заходами не менше 600 учнів.",
           [2024, 2, 600], "plan")
    g.skip("Звіт складено 12.01.2024", [12, 1, 2024], "date")
    g.note("«ми супроводжували 27 сімей» → served sjo (alt support_ongoing); «взяли під соціальний супровід 16» → support_started; «Продовжено супровід у 2024 році 12 сім'ям» in a 2023 report → support_ongoing")
    g.note("the «14 сімей, взятих під супровід цього року» of section 3 is a second fact of the same indicator (support_started) with a conflicting value; its 6 IDP families hang on it")
    g.note("services_provided by kind with group; «соціальний супровід – 27» is services (acts), social_support_sjo")
    g.note("«повідомлення про 58 сімей/осіб» → notified, families_persons")
    g.write()


if __name__ == "__main__":
    main()
