"""b31_02: Центр соціальних служб Путивльської міської ради, information for H1 2025.
Plain text, windows-1251, CRLF; impersonal voice; oblast not stated.
Planted slip: percent_mismatch (14 IDP families of 49 under support written as 30,4 %; 14/49 = 28,6 %)."""
from common import Gold, report_path, write_text

DOC = "b31_02_putyvl_css_h1_2025.txt"

TEXT = """                    ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ
                ПУТИВЛЬСЬКОЇ МІСЬКОЇ РАДИ
      41500, м. Путивль, вул. Кролевецька, 85, тел. (05442) 0-51-74

                          ІНФОРМАЦІЯ
       про роботу Центру соціальних служб Путивльської міської ради
                    за І півріччя 2025 року

Центр соціальних служб Путивльської міської ради (далі – Центр) діє відповідно до Положення, затвердженого рішенням виконавчого комітету від 19.03.2025 № 57, і надає соціальні послуги сім'ям, дітям та молоді громади.

1. Виявлення сімей у складних життєвих обставинах

Протягом І півріччя 2025 року до Центру надійшли повідомлення про 96 сімей, які можуть перебувати у складних життєвих обставинах (СЖО). Оцінку потреб проведено 88 сім'ям, з них 61 сім'ю визнано такими, що перебувають у СЖО; у 27 сім'ях складних життєвих обставин не виявлено. Решта оцінок завершиться у липні.

2. Надання соціальних послуг

Соціальні послуги за звітний період отримали 734 сім'ї/особи (у І півріччі 2024 року – 681), у тому числі:
- інформування – 312;
- консультування – 298;
- соціальний супровід сімей (осіб), які перебувають у СЖО – 49;
- соціальне супроводження прийомних сімей та ДБСТ – 9;
- соціальна профілактика – 66.

3. Соціальний супровід сімей у СЖО

Під соціальним супроводом перебувало 49 сімей, у яких виховується 112 дітей. Серед сімей під супроводом 14 сімей внутрішньо переміщених осіб (30,4 %).
Протягом періоду взято під соціальний супровід 21 сім'ю. Завершено надання послуги 17 сім'ям, з них:
- з позитивним результатом – 13 (76,5 %);
- у зв'язку зі зміною місця проживання – 3 (17,6 %);
- з негативним результатом – 1 (5,9 %).
На кінець півріччя продовжено супровід 32 сімей. Середня тривалість супроводу становить 4,5 місяця.

4. Соціальне супроводження прийомних сімей та ДБСТ

Соціальне супроводження здійснювалося 9 прийомним сім'ям та дитячим будинкам сімейного типу, у яких виховується 31 дитина віком до 18 років. Кожну сім'ю фахівці відвідують не рідше 1 разу на місяць.

5. Профілактична робота

Проведено 14 групових заходів (тренінги для батьків, батьківські збори, заняття з підлітками), якими охоплено 263 особи. На телефон гарячої лінії Центру (05442) 0-51-70 (Пн–Пт з 8.00 до 17.00) надійшло 118 дзвінків.

6. Кадрове забезпечення

Станом на 30.06.2025 штатна чисельність Центру – 14 посад, фактично працює 12 фахівців, з них 8 фахівців із соціальної роботи. Навчання з питань ведення випадку пройшли 6 працівників.

Скарг на роботу Центру за звітний період не надходило.

Директор Центру                                    (підпис)
Дата складання: 04.07.2025
"""


def main():
    path = report_path(DOC)
    write_text(path, TEXT, encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Путивльської міської ради",
        "centre_type": "css",
        "settlement": "Путивль",
        "report_kind": "period_report",
        "period_start": "2025-01-01",
        "period_end": "2025-06-30",
    })
    f = g.f
    notified = f("notified", "families", 96, "надійшли повідомлення про 96 сімей")
    needs = f("needs_assessed", "families", 88, "Оцінку потреб проведено 88 сім'ям")
    sjo = f("in_difficult_circumstances", "families", 61, "з них 61 сім'ю визнано такими, що перебувають у СЖО",
            parent=needs)
    served = f("served", "families_persons", 734, "Соціальні послуги за звітний період отримали 734 сім'ї/особи")
    grp = "served_734_by_service"
    s1 = f("served", "families_persons", 312, "інформування – 312", service="informing", group=grp, parent=served)
    s2 = f("served", "families_persons", 298, "консультування – 298", service="counselling", group=grp, parent=served)
    s3 = f("served", "families_persons", 49, "соціальний супровід сімей (осіб), які перебувають у СЖО – 49",
           service="social_support_sjo", group=grp, parent=served)
    s4 = f("served", "families_persons", 9, "соціальне супроводження прийомних сімей та ДБСТ – 9",
           service="social_support_foster", group=grp, parent=served)
    s5 = f("served", "families_persons", 66, "соціальна профілактика – 66", service="social_prevention",
           group=grp, parent=served)
    sup = f("served", "families", 49, "Під соціальним супроводом перебувало 49 сімей", service="social_support_sjo",
            alt=["support_ongoing"])
    kids = f("served", "children", 112, "у яких виховується 112 дітей", service="social_support_sjo",
             alt=["support_ongoing"], parent=sup)
    idp = f("served", "families", 14, "14 сімей внутрішньо переміщених осіб (30,4 %)", percent=30.4,
            service="social_support_sjo", category="внутрішньо переміщені особи", alt=["support_ongoing"],
            parent=sup)
    started = f("support_started", "families", 21, "взято під соціальний супровід 21 сім'ю",
                service="social_support_sjo", parent=sup)
    done = f("support_completed", "families", 17, "Завершено надання послуги 17 сім'ям",
             service="social_support_sjo", parent=sup)
    grp = "completed_17_by_outcome"
    o1 = f("outcome_positive", "families", 13, "з позитивним результатом – 13 (76,5 %)", percent=76.5,
           service="social_support_sjo", group=grp, parent=done)
    o2 = f("outcome_other", "families", 3, "у зв'язку зі зміною місця проживання – 3 (17,6 %)", percent=17.6,
           service="social_support_sjo", label="зміна місця проживання", group=grp, parent=done)
    o3 = f("outcome_negative", "families", 1, "з негативним результатом – 1 (5,9 %)", percent=5.9,
           service="social_support_sjo", group=grp, parent=done)
    cont = f("support_ongoing", "families", 32, "На кінець півріччя продовжено супровід 32 сімей",
             service="social_support_sjo", parent=sup)
    fos = f("served", "families", 9, "Соціальне супроводження здійснювалося 9 прийомним сім'ям",
            service="social_support_foster", alt=["support_ongoing"],
            label="прийомні сім'ї та ДБСТ")
    fkids = f("served", "children", 31, "у яких виховується 31 дитина", service="social_support_foster",
              alt=["support_ongoing"], parent=fos)
    ev = f("events", "events", 14, "Проведено 14 групових заходів")
    evp = f("event_participants", "persons", 263, "якими охоплено 263 особи", parent=ev)
    calls = f("calls", "calls", 118, "надійшло 118 дзвінків")
    pos = f("staff_positions", "positions", 14, "штатна чисельність Центру – 14 посад")
    act = f("staff_actual", "staff", 12, "фактично працює 12 фахівців")
    sw = f("staff_actual", "staff", 8, "з них 8 фахівців із соціальної роботи", label="фахівці із соціальної роботи",
           parent=act)
    tr = f("staff_trained", "staff", 6, "пройшли 6 працівників")
    comp = f("complaints", "complaints", 0, "Скарг на роботу Центру за звітний період не надходило.")

    n = lambda x: x[1:]
    g.check("parts_sum", "з них 61 сім'ю визнано такими, що перебувають у СЖО; у 27 сім'ях",
            "61 in СЖО + 27 not = 88 assessed (27 has no §3 id, used as a literal); 88 ≤ 96 notified",
            f"f{n(sjo)} + 27 == f{n(needs)} and f{n(needs)} <= f{n(notified)}")
    g.check("parts_sum", "у тому числі:\n- інформування – 312;",
            "312 + 298 + 49 + 9 + 66 = 734",
            f"f{n(s1)} + f{n(s2)} + f{n(s3)} + f{n(s4)} + f{n(s5)} == f{n(served)}")
    g.check("internal_conflict", "Під соціальним супроводом перебувало 49 сімей",
            "49 under support in the services list and in section 3; 9 foster families in the list and in section 4",
            f"f{n(s3)} == f{n(sup)} and f{n(s4)} == f{n(fos)}")
    g.check("parts_sum", "Завершено надання послуги 17 сім'ям, з них:",
            "13 + 3 + 1 = 17", f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(done)}")
    g.check("percent_mismatch", "з позитивним результатом – 13 (76,5 %)",
            "13/17 = 76,47 → 76,5; 3/17 = 17,65 → 17,6; 1/17 = 5,88 → 5,9",
            f"pct_ok(p{n(o1)}, f{n(o1)}, f{n(done)}, 1) and pct_ok(p{n(o2)}, f{n(o2)}, f{n(done)}, 1) "
            f"and pct_ok(p{n(o3)}, f{n(o3)}, f{n(done)}, 1)")
    g.check("percents_sum", "з негативним результатом – 1 (5,9 %)", "76,5 + 17,6 + 5,9 = 100,0",
            f"psum_ok([p{n(o1)}, p{n(o2)}, p{n(o3)}], 1)")
    g.check("parts_sum", "На кінець півріччя продовжено супровід 32 сімей",
            "49 under support − 17 completed = 32 continued; 21 taken ≤ 49",
            f"f{n(sup)} - f{n(done)} == f{n(cont)} and f{n(started)} <= f{n(sup)}")
    g.check("parts_sum", "фактично працює 12 фахівців, з них 8",
            "8 ≤ 12 ≤ 14; 6 trained ≤ 12", f"f{n(sw)} <= f{n(act)} <= f{n(pos)} and f{n(tr)} <= f{n(act)}")
    g.slip("percent_mismatch", "error", "Серед сімей під супроводом 14 сімей внутрішньо переміщених осіб (30,4 %)",
           30.4, 28.6, [idp, sup],
           "14 of the 49 families under support is 28,57 % → 28,6 %, written 30,4 % (= 14/46). "
           "No whole k of 49 gives 30,4 % (15/49 = 30,6 %), so a GRIM check fails too; one slip, recorded "
           "once as percent_mismatch.",
           f"pct_ok(p{n(idp)}, f{n(idp)}, f{n(sup)}, 1)")

    g.skip("41500, м. Путивль, вул. Кролевецька, 85, тел. (05442) 0-51-74", [41500, 85, 5442, 5174],
           "postcode, address, phone")
    g.skip("за І півріччя 2025 року", [2025], "period (year)")
    g.skip("рішенням виконавчого комітету від 19.03.2025 № 57", [19, 3, 2025, 57], "decision date and number")
    g.skip("у 27 сім'ях складних життєвих обставин не виявлено", [27],
           "СЖО not found: no §3 id (used as a literal in a check)")
    g.skip("(у І півріччі 2024 року – 681)", [2024, 681], "prior-year figure")
    g.skip("Середня тривалість супроводу становить 4,5 місяця.", [4.5], "duration")
    g.skip("віком до 18 років", [18], "age")
    g.skip("не рідше 1 разу на місяць", [1], "visit frequency")
    g.skip("(05442) 0-51-70 (Пн–Пт з 8.00 до 17.00)", [5442, 5170, 8, 17], "phone and office hours")
    g.skip("Станом на 30.06.2025", [30, 6, 2025], "date")
    g.skip("Дата складання: 04.07.2025", [4, 7, 2025], "compile date")
    g.skip("1. Виявлення сімей у складних життєвих обставинах", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")
    g.note("windows-1251 with CRLF; centred title padded with spaces; dash lists")
    g.note("oblast not stated in the text (Путивль is in Сумська oblast) → omitted from meta")
    g.note("the services list gives сім'ї/особи (unit families_persons); section 3 repeats 49 and section 4 repeats 9 "
           "in families: two facts each")
    g.note("«Під соціальним супроводом перебувало» → served (alt support_ongoing); «продовжено супровід» at the end "
           "of the half-year → support_ongoing")
    g.note("«з них 8 фахівців із соціальної роботи» → staff_actual with a label, parent the 12 working")
    g.write()


if __name__ == "__main__":
    main()
