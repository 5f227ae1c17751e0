"""b105_02: Центр соціальних служб Циблівської сільської ради (Київська), information for H1 2025.
windows-1251, CRLF, centred caps title padded with spaces, hard-wrapped lines, Roman section numbers,
impersonal voice («надано», «проведено»).
Planted slip: percent_impossible (31,7 % of 17 families under support: no whole k gives 31,7)."""
from common import Gold, report_path, write_text

NAME = "b105_02_tsybli_css_h1_2025.txt"

TEXT = """                         ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ
                       ЦИБЛІВСЬКОЇ СІЛЬСЬКОЇ РАДИ
                 Бориспільського району Київської області
   08452, с. Циблі, вул. Незалежності, 3, тел. (04567) 0-31-92
   e-mail: css.tsybli@example.ua          код ЄДРПОУ 43960517

                               ІНФОРМАЦІЯ
          про роботу Центру соціальних служб за I півріччя 2025 року

I. ВИЯВЛЕННЯ СІМЕЙ, ОЦІНКА ПОТРЕБ, ОБЛІК

За січень - червень 2025 року до Центру надійшли повідомлення про
27 сімей, які можуть перебувати у складних життєвих обставинах, а саме:
  - від служби у справах дітей - 11;
  - від закладів освіти - 9;
  - від закладів охорони здоров'я - 7.
Здійснено оцінку потреб 24 сімей, у яких виховується 51 дитина. За
результатами оцінки складні життєві обставини виявлено у 17 сімей.
Станом на 01.01.2025 на обліку сімей (осіб), які перебувають у СЖО,
перебувало 18 сімей. Протягом півріччя поставлено на облік 9 сімей,
знято з обліку 6 сімей. Станом на 30.06.2025 на обліку перебуває 21 сім'я.

II. СОЦІАЛЬНИЙ СУПРОВІД

Соціальним супроводом охоплено 17 сімей (у них 38 дітей), у тому числі
5 сімей внутрішньо переміщених осіб. Протягом звітного періоду взято під
супровід 8 сімей, завершено супровід 6 сімей: у 3 сімей складні життєві
обставини подолано, у 2 - мінімізовано, 1 сім'я вибула за межі громади.
Частка сімей, у яких подолано або мінімізовано СЖО, від кількості сімей під
супроводом становить 31,7 %.
Під супроводом перебувають 2 прийомні сім'ї (7 дітей) та 1 дитячий
будинок сімейного типу (6 дітей). Кожну прийомну сім'ю відвідано не рідше
1 разу на місяць.

III. СОЦІАЛЬНІ ПОСЛУГИ

Всього за півріччя надано 1 146 соціальних послуг, з них:
  - інформування - 512;
  - консультування - 389;
  - соціальна профілактика - 143;
  - соціальний супровід - 102.
Соціальні послуги отримали 418 осіб (за I півріччя 2024 року - 377).

IV. ПРОФІЛАКТИЧНА РОБОТА

Проведено 14 групових заходів для 203 учасників (батьківські збори,
тренінги для підлітків 14-17 років, заняття "Безпечний інтернет").
Спільно з ювенальною превенцією проведено 6 рейдів "Діти вулиці".
На телефон довіри Центру надійшло 23 дзвінки.

V. КАДРОВЕ ЗАБЕЗПЕЧЕННЯ

Штатна чисельність - 8 посад, фактично працює 7 фахівців (1 вакансія
фахівця із соціальної роботи). 2 фахівці пройшли навчання за програмою
Національної соціальної сервісної служби (40 годин).


Директор Центру                                        ____________
Виконавець: тел. (04567) 0-31-95
04.07.2025
"""


def build(path):
    write_text(path, TEXT, encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(NAME, {
        "centre": "Центр соціальних служб Циблівської сільської ради",
        "centre_type": "css", "settlement": "Циблі", "oblast": "Київська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30"},
        {"settlement": ["Циблівська сільська громада"]})
    f = g.f
    nt = f("notified", "families", 27, "27 сімей, які можуть перебувати у складних життєвих обставинах, а саме:")
    n1 = f("notified", "families", 11, "- від служби у справах дітей - 11;", parent=nt, group="notified_27_by_source",
           label="від служби у справах дітей")
    n2 = f("notified", "families", 9, "- від закладів освіти - 9;", parent=nt, group="notified_27_by_source",
           label="від закладів освіти")
    n3 = f("notified", "families", 7, "- від закладів охорони здоров'я - 7.", parent=nt, group="notified_27_by_source",
           label="від закладів охорони здоров'я")
    na = f("needs_assessed", "families", 24, "Здійснено оцінку потреб 24 сімей")
    nac = f("needs_assessed", "children", 51, "у яких виховується 51 дитина", parent=na)
    sjo = f("in_difficult_circumstances", "families", 17, "складні життєві обставини виявлено у 17 сімей")
    rn = f("registered_new", "families", 9, "поставлено на облік 9 сімей")
    dr = f("deregistered", "families", 6, "знято з обліку 6 сімей")
    rg = f("registered", "families", 21, "Станом на 30.06.2025 на обліку перебуває 21 сім'я")
    sp = f("served", "families", 17, "Соціальним супроводом охоплено 17 сімей", service="social_support_sjo",
           alt=["support_ongoing"])
    spc = f("served", "children", 38, "(у них 38 дітей)", service="social_support_sjo", alt=["support_ongoing"],
            parent=sp)
    spi = f("served", "families", 5, "5 сімей внутрішньо переміщених осіб", service="social_support_sjo",
            category="внутрішньо переміщені особи", parent=sp)
    st = f("support_started", "families", 8, "Протягом звітного періоду взято під", service="social_support_sjo", parent=sp,
           note="the phrase wraps: «взято під / супровід 8 сімей»; quote is the first line's part")
    cp = f("support_completed", "families", 6, "завершено супровід 6 сімей", service="social_support_sjo", parent=sp)
    o1 = f("outcome_positive", "families", 3, "у 3 сімей складні життєві", parent=cp, group="completed_6_by_result")
    o2 = f("outcome_minimized", "families", 2, "у 2 - мінімізовано", parent=cp, group="completed_6_by_result")
    o3 = f("outcome_other", "families", 1, "1 сім'я вибула за межі громади", parent=cp, group="completed_6_by_result",
           label="вибула за межі громади")
    sh = f("share", "percent", 31.7, "супроводом становить 31,7 %",
           label="частка сімей, у яких подолано або мінімізовано СЖО, від кількості сімей під супроводом")
    fs = f("served", "families", 2, "Під супроводом перебувають 2 прийомні сім'ї", service="social_support_foster",
           alt=["support_ongoing"], label="прийомні сім'ї")
    fsc = f("served", "children", 7, "2 прийомні сім'ї (7 дітей)", service="social_support_foster",
            alt=["support_ongoing"], parent=fs)
    db = f("served", "families", 1, "(7 дітей) та 1 дитячий", service="social_support_foster", alt=["support_ongoing"],
           label="дитячий будинок сімейного типу",
           note="«1 дитячий / будинок сімейного типу» wraps; quote is the first line's part")
    dbc = f("served", "children", 6, "будинок сімейного типу (6 дітей)", service="social_support_foster",
            alt=["support_ongoing"], parent=db)
    sv = f("services_provided", "services", 1146, "Всього за півріччя надано 1 146 соціальних послуг")
    s1 = f("services_provided", "services", 512, "- інформування - 512;", service="informing", parent=sv,
           group="services_1146")
    s2 = f("services_provided", "services", 389, "- консультування - 389;", service="counselling", parent=sv,
           group="services_1146")
    s3 = f("services_provided", "services", 143, "- соціальна профілактика - 143;", service="social_prevention",
           parent=sv, group="services_1146")
    s4 = f("services_provided", "services", 102, "- соціальний супровід - 102.", service="social_support_sjo",
           parent=sv, group="services_1146")
    sr = f("served", "persons", 418, "Соціальні послуги отримали 418 осіб")
    ev = f("events", "events", 14, "Проведено 14 групових заходів")
    ep = f("event_participants", "persons", 203, "для 203 учасників", parent=ev)
    cl = f("calls", "calls", 23, "На телефон довіри Центру надійшло 23 дзвінки")
    ps = f("staff_positions", "positions", 8, "Штатна чисельність - 8 посад")
    sa = f("staff_actual", "staff", 7, "фактично працює 7 фахівців")
    tr = f("staff_trained", "staff", 2, "2 фахівці пройшли навчання")

    n = lambda x: x[1:]
    g.slip("percent_impossible", "error", "Частка сімей, у яких подолано або мінімізовано СЖО, від кількості сімей під\n"
           "супроводом становить 31,7 %",
           31.7, 29.4, [sh, sp],
           "share of the 17 families under support: k/17 gives 29,4 (5) or 35,3 (6), never 31,7. The text's own "
           "figures (3 overcome + 2 minimized = 5) give 29,4 %.",
           f"grim_ok(f{n(sh)}, f{n(sp)}, 1)")
    g.check("parts_sum", "27 сімей, які можуть перебувати у складних життєвих обставинах, а саме:",
            "11 + 9 + 7 = 27", f"f{n(n1)} + f{n(n2)} + f{n(n3)} == f{n(nt)}")
    g.check("parts_sum", "Станом на 30.06.2025 на обліку перебуває 21 сім'я",
            "register: 18 (01.01.2025, skipped) + 9 − 6 = 21", f"18 + f{n(rn)} - f{n(dr)} == f{n(rg)}")
    g.check("parts_sum", "складні життєві обставини виявлено у 17 сімей", "17 ≤ 24 assessed",
            f"f{n(sjo)} <= f{n(na)}")
    g.check("parts_sum", "завершено супровід 6 сімей", "3 + 2 + 1 = 6; 8 taken and 6 completed ≤ 17; 5 IDP ≤ 17",
            f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(cp)} and f{n(st)} <= f{n(sp)} and f{n(cp)} <= f{n(sp)} and f{n(spi)} <= f{n(sp)}")
    g.check("parts_sum", "Всього за півріччя надано 1 146 соціальних послуг, з них:",
            "512 + 389 + 143 + 102 = 1 146", f"f{n(s1)} + f{n(s2)} + f{n(s3)} + f{n(s4)} == f{n(sv)}")
    g.check("parts_sum", "Штатна чисельність - 8 посад, фактично працює 7 фахівців (1 вакансія",
            "8 positions − 7 working = 1 vacancy (skipped literal); 2 trained ≤ 7",
            f"f{n(ps)} - f{n(sa)} == 1 and f{n(tr)} <= f{n(sa)}")

    g.skip("08452, с. Циблі, вул. Незалежності, 3, тел. (04567) 0-31-92", [8452, 3, 4567, 3192],
           "postcode, address, phone")
    g.skip("код ЄДРПОУ 43960517", [43960517], "ЄДРПОУ")
    g.skip("за I півріччя 2025 року", [2025], "title period")
    g.skip("I. ВИЯВЛЕННЯ СІМЕЙ, ОЦІНКА ПОТРЕБ, ОБЛІК", [], "Roman section numbers I.–V. (no digits)")
    g.skip("За січень - червень 2025 року", [2025], "period")
    g.skip("Станом на 01.01.2025 на обліку сімей (осіб), які перебувають у СЖО,", [1, 1, 2025],
           "date; the start-of-year register 18 on the next line is a figure of another date (used as a literal in a check)")
    g.skip("перебувало 18 сімей", [18], "register at the start of the period (01.01.2025), not the period's end figure")
    g.skip("Станом на 30.06.2025", [30, 6, 2025], "date")
    g.skip("супровід 8 сімей", [8], "continuation of «взято під / супровід 8 сімей» (the fact is support_started 8)")
    g.skip("1 разу на місяць", [1], "frequency of visits")
    g.skip("(за I півріччя 2024 року - 377)", [2024, 377], "prior-year figure")
    g.skip("тренінги для підлітків 14-17 років", [14, 17], "ages")
    g.skip("проведено 6 рейдів \"Діти вулиці\"", [6], "raids, no §3 id")
    g.skip("(1 вакансія", [1], "vacancy, no §3 id")
    g.skip("(40 годин)", [40], "duration of training")
    g.skip("Виконавець: тел. (04567) 0-31-95", [4567, 3195], "phone")
    g.skip("04.07.2025", [4, 7, 2025], "compile date")

    g.note("Encoding windows-1251 with CRLF line ends; lines are hard-wrapped, so two facts (support_started 8, "
           "the ДБСТ 1) are quoted by the part of the phrase on the first line.")
    g.note("«повідомлення про 27 сімей … а саме:» by source → notified with group and labels; the three sources sum to 27.")
    g.note("Register: «на 01.01.2025 … перебувало 18 сімей» is the opening balance (skipped; a check uses 18 as a "
           "literal); the period's register is the 21 at 30.06.2025.")
    g.note("«Соціальним супроводом охоплено 17 сімей» → served (alt support_ongoing), social_support_sjo; its outcomes "
           "(подолано 3, мінімізовано 2, вибула 1) are a partition of the 6 completed.")
    g.note("The share 31,7 % is a standalone share (label). It is impossible with 17 families (percent_impossible); "
           "the text's own 5 families give 29,4 %. Recorded as one finding.")
    g.note("Foster families and the ДБСТ → served with social_support_foster (alt support_ongoing), children hang on them.")
    g.note("«соціальна профілактика» → service social_prevention; «соціальний супровід» in the services list → social_support_sjo.")
    g.note("«418 осіб» → served persons; «7 фахівців» → staff_actual; vacancy skipped.")
    return g


if __name__ == "__main__":
    build(report_path(NAME))
    gold().write()
