"""b55_01: ЦСС Новоселицької міської ради (Чернівецька), annual report 2024.
Plain text, windows-1251, CRLF, impersonal voice, centred header, dash lists.
Planted slip: percent_mismatch (IDP share of recipients)."""
from common import Gold, write_text, report_path

DOC = "b55_01_novoselytsia_css_annual2024.txt"

TEXT = """\
                    ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ
                 НОВОСЕЛИЦЬКОЇ МІСЬКОЇ РАДИ
   60302, Чернівецька обл., м. Новоселиця, вул. Центральна, 14
        тел. (03733) 0-14-27, код ЄДРПОУ 44215873

Вих. № 02-14/38 від 16.01.2025
                                  Управлінню соціального захисту
                                  населення Новоселицької міської ради

                           З В І Т
      про роботу Центру соціальних служб Новоселицької міської ради
                          за 2024 рік

Центр соціальних служб Новоселицької міської ради (далі – Центр) діє відповідно
до Положення, затвердженого рішенням 27 сесії VIII скликання від 23.12.2021
№ 412-27/2021. До складу громади входить 19 населених пунктів, чисельність
населення – близько 33,6 тис. осіб.

1. Виявлення сімей/осіб у складних життєвих обставинах
Упродовж звітного року до Центру надійшли повідомлення щодо 214 сімей/осіб
(у 2023 році – 187).
Оцінку потреб проведено 198 сім’ям/особам.
За результатами оцінки складні життєві обставини встановлено у 131 сім’ї/особи, у 67 – не встановлено.

2. Надання соціальних послуг
Загалом соціальними послугами охоплено 1 386 сімей/осіб, яким надано 9 472 послуги.
З числа отримувачів 318 сімей/осіб – внутрішньо переміщені особи, що становить 25,3 %.
Розподіл отримувачів за видами послуг:
 - інформування – 612 сімей/осіб;
 - консультування – 547 сімей/осіб;
 - соціальний супровід сімей (осіб), які перебувають у СЖО, – 96 сімей;
 - соціальне супроводження прийомних сімей та ДБСТ – 11 сімей;
 - представництво інтересів – 38 осіб;
 - посередництво (медіація) – 9 сімей;
 - натуральна допомога – 73 особи.

3. Соціальний супровід сімей (осіб)
Під соціальним супроводом протягом року перебувало 96 сімей, у яких виховується 203 дитини.
З них 58 сімей взято під супровід у 2024 році, ще 38 отримували послугу з 2023 року.
Завершено надання послуги 61 сім’ї, а саме:
 - з позитивним результатом (СЖО подолано) – 44 сім’ї (72,1 %);
 - СЖО мінімізовано – 12 сімей (19,7 %);
 - без позитивного результату – 3 сім’ї (4,9 %);
 - у зв’язку зі зміною місця проживання – 2 сім’ї (3,3 %).
Середня тривалість супроводу – 5,4 місяця.
Станом на 01.01.2025 продовжують отримувати послугу 35 сімей.

4. Сімейні форми виховання
Соціальне супроводження здійснювалося щодо 11 сімей: 7 прийомних сімей (16 дітей)
та 4 дитячих будинків сімейного типу (29 дітей). Протягом року створено 1 прийомну
сім’ю, у яку влаштовано 2 дітей віком 9 та 12 років.

5. Профілактична та групова робота
Проведено 42 групові заходи, якими охоплено 617 осіб, у тому числі 6 занять
«Школи відповідального батьківства» тривалістю по 2 години.
На телефон «гарячої лінії» Центру надійшло 128 дзвінків.

6. Кадрове забезпечення
Штатним розписом передбачено 14,5 штатної одиниці, фактично працює 13 працівників,
з них 9 фахівців із соціальної роботи. Підвищили кваліфікацію 11 працівників.

Скарг на роботу Центру протягом 2024 року не надходило.

У 2025 році заплановано охопити соціальним супроводом не менше 100 сімей
та створити 2 прийомні сім’ї.

Директор Центру                                        (підпис)

Виконавець: тел. (03733) 0-14-29
"""

def main():
    write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Новоселицької міської ради",
        "centre_type": "css", "settlement": "Новоселиця", "oblast": "Чернівецька",
        "report_kind": "annual_report",
        "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    notified = f("notified", "families_persons", 214, "надійшли повідомлення щодо 214 сімей/осіб")
    na = f("needs_assessed", "families_persons", 198, "Оцінку потреб проведено 198 сім’ям/особам.")
    sjo = f("in_difficult_circumstances", "families_persons", 131,
            "складні життєві обставини встановлено у 131 сім’ї/особи", parent=na)
    tot = f("served", "families_persons", 1386, "Загалом соціальними послугами охоплено 1 386 сімей/осіб")
    f("services_provided", "services", 9472, "яким надано 9 472 послуги")
    idp = f("served", "families_persons", 318, "З числа отримувачів 318 сімей/осіб – внутрішньо переміщені особи, що становить 25,3 %",
            percent=25.3, category="внутрішньо переміщені особи", parent=tot)
    G = "served_1386_by_service"
    s = []
    s.append(f("served", "families_persons", 612, "інформування – 612 сімей/осіб", service="informing", group=G, parent=tot))
    s.append(f("served", "families_persons", 547, "консультування – 547 сімей/осіб", service="counselling", group=G, parent=tot))
    s.append(f("served", "families", 96, "соціальний супровід сімей (осіб), які перебувають у СЖО, – 96 сімей", service="social_support_sjo", group=G, parent=tot))
    s.append(f("served", "families", 11, "соціальне супроводження прийомних сімей та ДБСТ – 11 сімей", service="social_support_foster", group=G, parent=tot))
    s.append(f("served", "persons", 38, "представництво інтересів – 38 осіб", service="representation", group=G, parent=tot))
    s.append(f("served", "families", 9, "посередництво (медіація) – 9 сімей", service="mediation", group=G, parent=tot))
    s.append(f("served", "persons", 73, "натуральна допомога – 73 особи", service="natural_aid", group=G, parent=tot))
    sup = f("served", "families", 96, "Під соціальним супроводом протягом року перебувало 96 сімей",
            service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 203, "у яких виховується 203 дитини", service="social_support_sjo", alt=["support_ongoing"], parent=sup)
    st = f("support_started", "families", 58, "З них 58 сімей взято під супровід у 2024 році", service="social_support_sjo", parent=sup, group="sup_96_by_start")
    cont = f("served", "families", 38, "ще 38 отримували послугу з 2023 року", service="social_support_sjo",
             alt=["support_ongoing"], label="отримували послугу з 2023 року", parent=sup, group="sup_96_by_start")
    comp = f("support_completed", "families", 61, "Завершено надання послуги 61 сім’ї", service="social_support_sjo", parent=sup)
    GO = "completed_61_by_outcome"
    o1 = f("outcome_positive", "families", 44, "з позитивним результатом (СЖО подолано) – 44 сім’ї (72,1 %)", percent=72.1, service="social_support_sjo", group=GO, parent=comp)
    o2 = f("outcome_minimized", "families", 12, "СЖО мінімізовано – 12 сімей (19,7 %)", percent=19.7, service="social_support_sjo", group=GO, parent=comp)
    o3 = f("outcome_negative", "families", 3, "без позитивного результату – 3 сім’ї (4,9 %)", percent=4.9, service="social_support_sjo", group=GO, parent=comp)
    o4 = f("outcome_other", "families", 2, "у зв’язку зі зміною місця проживання – 2 сім’ї (3,3 %)", percent=3.3, service="social_support_sjo",
           label="зміна місця проживання", group=GO, parent=comp)
    ong = f("support_ongoing", "families", 35, "Станом на 01.01.2025 продовжують отримувати послугу 35 сімей", service="social_support_sjo")
    fos = f("served", "families", 11, "Соціальне супроводження здійснювалося щодо 11 сімей", service="social_support_foster")
    pf = f("served", "families", 7, "7 прийомних сімей (16 дітей)", service="social_support_foster", label="прийомні сім’ї", group="foster_11", parent=fos)
    f("served", "children", 16, "7 прийомних сімей (16 дітей)", service="social_support_foster", parent=pf)
    db = f("served", "families", 4, "4 дитячих будинків сімейного типу (29 дітей)", service="social_support_foster", label="дитячі будинки сімейного типу", group="foster_11", parent=fos)
    f("served", "children", 29, "4 дитячих будинків сімейного типу (29 дітей)", service="social_support_foster", parent=db)
    ev = f("events", "events", 42, "Проведено 42 групові заходи")
    f("event_participants", "persons", 617, "якими охоплено 617 осіб", parent=ev)
    f("events", "events", 6, "у тому числі 6 занять", label="заняття «Школи відповідального батьківства»", parent=ev)
    f("calls", "calls", 128, "На телефон «гарячої лінії» Центру надійшло 128 дзвінків.")
    pos = f("staff_positions", "positions", 14.5, "Штатним розписом передбачено 14,5 штатної одиниці")
    act = f("staff_actual", "staff", 13, "фактично працює 13 працівників")
    f("staff_actual", "staff", 9, "з них 9 фахівців із соціальної роботи", label="фахівці із соціальної роботи", parent=act)
    tr = f("staff_trained", "staff", 11, "Підвищили кваліфікацію 11 працівників.")
    f("complaints", "complaints", 0, "Скарг на роботу Центру протягом 2024 року не надходило.")

    g.slip("percent_mismatch", "error",
           "З числа отримувачів 318 сімей/осіб – внутрішньо переміщені особи, що становить 25,3 %",
           25.3, 22.9, [idp, tot],
           "318 of the 1 386 recipients is 22,94 % → 22,9 %, not 25,3 % (25,3 % of 1 386 would be about 351)",
           "pct_ok(p%s, f%s, f%s, 1)" % (idp[1:], idp[1:], tot[1:]))
    n = lambda x: x[1:]
    g.check("parts_sum", "Розподіл отримувачів за видами послуг:",
            "612 + 547 + 96 + 11 + 38 + 9 + 73 = 1 386",
            " + ".join("f" + n(x) for x in s) + " == f" + n(tot))
    g.check("parts_sum", "За результатами оцінки складні життєві обставини встановлено у 131 сім’ї/особи, у 67 – не встановлено.",
            "131 established + 67 not established (literal, no §3 id) = 198 assessed; 198 ≤ 214 notified",
            f"f{n(sjo)} + 67 == f{n(na)} and f{n(na)} <= f{n(notified)}")
    g.check("parts_sum", "З них 58 сімей взято під супровід у 2024 році, ще 38 отримували послугу з 2023 року.",
            "58 new + 38 carried over = 96 under support",
            f"f{n(st)} + f{n(cont)} == f{n(sup)}")
    g.check("parts_sum", "Завершено надання послуги 61 сім’ї, а саме:",
            "44 + 12 + 3 + 2 = 61", f"f{n(o1)} + f{n(o2)} + f{n(o3)} + f{n(o4)} == f{n(comp)}")
    g.check("percent_mismatch", "з позитивним результатом (СЖО подолано) – 44 сім’ї (72,1 %)",
            "44/61 = 72,13; 12/61 = 19,67; 3/61 = 4,92; 2/61 = 3,28",
            f"pct_ok(p{n(o1)}, f{n(o1)}, f{n(comp)}, 1) and pct_ok(p{n(o2)}, f{n(o2)}, f{n(comp)}, 1) and pct_ok(p{n(o3)}, f{n(o3)}, f{n(comp)}, 1) and pct_ok(p{n(o4)}, f{n(o4)}, f{n(comp)}, 1)")
    g.check("percents_sum", "з позитивним результатом (СЖО подолано) – 44 сім’ї (72,1 %)",
            "72,1 + 19,7 + 4,9 + 3,3 = 100,0", f"psum_ok([p{n(o1)}, p{n(o2)}, p{n(o3)}, p{n(o4)}], 1)")
    g.check("parts_sum", "Станом на 01.01.2025 продовжують отримувати послугу 35 сімей.",
            "61 completed + 35 continuing = 96 under support", f"f{n(comp)} + f{n(ong)} == f{n(sup)}")
    g.check("parts_sum", "Соціальне супроводження здійснювалося щодо 11 сімей: 7 прийомних сімей (16 дітей)",
            "7 + 4 = 11, equal to the 11 of the services list", f"f{n(pf)} + f{n(db)} == f{n(fos)} == f{n(s[3])}")
    g.check("internal_conflict", "Під соціальним супроводом протягом року перебувало 96 сімей",
            "96 families in the services list and in section 3 agree", f"f{n(sup)} == f{n(s[2])}")
    g.check("parts_sum", "фактично працює 13 працівників",
            "13 staff ≤ 14,5 positions; 9 specialists and 11 trained ≤ 13", f"f{n(act)} <= f{n(pos)} and 9 <= f{n(act)} and f{n(tr)} <= f{n(act)}")

    g.skip("60302, Чернівецька обл., м. Новоселиця, вул. Центральна, 14", [60302, 14], "postcode, address")
    g.skip("тел. (03733) 0-14-27, код ЄДРПОУ 44215873", [3733, 1427, 44215873], "phone, ЄДРПОУ")
    g.skip("Вих. № 02-14/38 від 16.01.2025", [2, 14, 38, 16, 1, 2025], "outgoing number and date")
    g.skip("за 2024 рік", [2024], "report year")
    g.skip("рішенням 27 сесії VIII скликання від 23.12.2021", [27, 23, 12, 2021], "session and decision date")
    g.skip("№ 412-27/2021", [412, 27, 2021], "decision number")
    g.skip("До складу громади входить 19 населених пунктів", [19], "settlement count")
    g.skip("населення – близько 33,6 тис. осіб", [33.6], "population")
    g.skip("(у 2023 році – 187)", [2023, 187], "prior-year figure")
    g.skip("ще 38 отримували послугу з 2023 року", [2023], "year (the 38 itself is a fact)")
    g.skip("Середня тривалість супроводу – 5,4 місяця.", [5.4], "duration")
    g.skip("Протягом року створено 1 прийомну", [1], "foster families created: no §3 id")
    g.skip("у яку влаштовано 2 дітей віком 9 та 12 років", [2, 9, 12], "children placed (no §3 id) and ages")
    g.skip("тривалістю по 2 години", [2], "duration")
    g.skip("У 2025 році заплановано охопити соціальним супроводом не менше 100 сімей\nта створити 2 прийомні сім’ї.", [2025, 100, 2], "plan for next year")
    g.skip("Виконавець: тел. (03733) 0-14-29", [3733, 1429], "phone")
    g.skip("1. Виявлення сімей/осіб у складних життєвих обставинах", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")
    g.skip("у 67 – не встановлено", [67], "assessed without СЖО: no §3 id (used as a literal in a check)")
    g.note("«сімей/осіб» → unit families_persons; the services list mixes families_persons, families and persons as written, all hung on the 1 386 total")
    g.note("the 96 families under support and the 11 foster families are each written twice (services list and their own section): two facts each")
    g.note("«ще 38 отримували послугу з 2023 року» → served with a label (alt support_ongoing); «продовжують отримувати послугу 35 сімей» at 01.01.2025 → support_ongoing")
    g.note("«6 занять „Школи відповідального батьківства“» are part of the 42 group events → events with parent")
    g.note("«14,5 штатної одиниці» is a fractional positions value")
    g.write()

if __name__ == "__main__":
    main()
