"""b49_02: ТЦСО Близнюківської селищної ради (Харківська), аналіз роботи за I півріччя 2025.
Plain text, windows-1251, CRLF, hard-wrapped, impersonal voice, Roman-numbered sections."""
from common import Gold, write_text, report_path

DOC = "b49_02_blyzniuky_tcso_h1_2025.txt"

TEXT = """\
      Територіальний центр соціального обслуговування (надання соціальних
      послуг) Близнюківської селищної ради Лозівського району Харківської області
   64801, смт Близнюки, вул. Незалежності, 42, тел. (05777) 0-52-19, код ЄДРПОУ 03195528

                                 АНАЛІЗ
           роботи територіального центру за І півріччя 2025 року

I. Загальні відомості

Територія обслуговування – 57 населених пунктів громади, кількість мешканців
старше 60 років – 5 870 осіб. Тариф на соціальну послугу догляду вдома
становить 96,20 грн за годину (рішення виконавчого комітету від 12.12.2024
№ 318).

За січень – червень 2025 року послуги територіального центру отримали
1 037 осіб. Загальна кількість наданих соціальних послуг – 21 946, що
на 1 312 більше, ніж за І півріччя 2024 року.

II. Відділення соціальної допомоги вдома

Відділенням обслуговувалося 386 осіб, з них:
  - одиноких громадян похилого віку – 214;
  - осіб з інвалідністю I–II груп – 97;
  - інших отримувачів – 75.
Серед обслуговуваних вдома 41 особа – з числа внутрішньо переміщених
(12,2 %).

Протягом півріччя взято на обслуговування 58 осіб. Знято з обслуговування
49 осіб, а саме: у зв'язку зі смертю – 27, влаштуванням до стаціонарних
закладів – 6, виїздом за межі громади – 11, за власним бажанням – 5.
Черга на обслуговування станом на 01.07.2025 – 6 осіб.

III. Відділення денного перебування

Денним доглядом у відділенні охоплено 124 особи. Проведено 63 групових
заходи (заняття гуртків, свята, екскурсії), в яких взяли участь 409 осіб.

IV. Натуральна допомога та соціальне таксі

Послугою натуральної допомоги забезпечено 512 осіб: видано 640 продуктових
наборів та 95 пар зимового взуття загальною вартістю 218,4 тис. грн.
Соціальне таксі надавалось 15 особам (37 поїздок, тариф – 12,50 грн за 1 км).

V. Платні послуги

Платні соціальні послуги отримали 23 особи; до спеціального фонду
надійшло 41,7 тис. грн.

VI. Кадрове забезпечення

Штатна чисельність – 47,5 штатних одиниць, фактично працює 44 особи,
в тому числі 31 соціальний робітник.

VII. Якість послуг

У травні 2025 р. проведено анкетування 60 отримувачів послуги догляду вдома:
55 осіб (91,7 %) повністю задоволені якістю обслуговування, 5 осіб (8,3 %) –
частково задоволені. Звернень зі скаргами у звітному періоді не
зареєстровано.

Складено 04.07.2025
Відповідальна особа: ___________ (05777) 0-52-19
"""


def main():
    path = report_path(DOC)
    write_text(path, TEXT, encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Близнюківської селищної ради Лозівського району Харківської області",
        "centre_type": "tcso", "settlement": "Близнюки", "oblast": "Харківська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
    }, meta_alt={"centre": ["Територіальний центр соціального обслуговування (надання соціальних послуг) Близнюківської селищної ради"]})

    tot = g.f("served", "persons", 1037, "послуги територіального центру отримали\n1 037 осіб")
    srv = g.f("services_provided", "services", 21946, "Загальна кількість наданих соціальних послуг – 21 946")
    hc = g.f("served", "persons", 386, "Відділенням обслуговувалося 386 осіб", service="home_care",
             district="відділення соціальної допомоги вдома")
    a = g.f("served", "persons", 214, "одиноких громадян похилого віку – 214", service="home_care",
            category="одинокі громадяни похилого віку", group="home_care_386_by_category", parent=hc)
    b = g.f("served", "persons", 97, "осіб з інвалідністю I–II груп – 97", service="home_care",
            category="особи з інвалідністю I–II груп", group="home_care_386_by_category", parent=hc)
    c = g.f("served", "persons", 75, "інших отримувачів – 75", service="home_care",
            category="інші отримувачі", group="home_care_386_by_category", parent=hc)
    vpo = g.f("served", "persons", 41, "Серед обслуговуваних вдома 41 особа – з числа внутрішньо переміщених\n(12,2 %)",
              percent=12.2, service="home_care", category="внутрішньо переміщені особи", parent=hc)
    new = g.f("served", "persons", 58, "взято на обслуговування 58 осіб", service="home_care",
              alt=["registered_new", "support_started"], label="взято на обслуговування")
    dereg = g.f("deregistered", "persons", 49, "Знято з обслуговування\n49 осіб", service="home_care")
    d1 = g.f("deregistered", "persons", 27, "у зв'язку зі смертю – 27", label="у зв'язку зі смертю",
             group="deregistered_49_by_reason", parent=dereg, alt=["outcome_other"])
    d2 = g.f("deregistered", "persons", 6, "влаштуванням до стаціонарних\nзакладів – 6",
             label="влаштування до стаціонарних закладів", group="deregistered_49_by_reason", parent=dereg,
             alt=["outcome_other"])
    d3 = g.f("deregistered", "persons", 11, "виїздом за межі громади – 11", label="виїзд за межі громади",
             group="deregistered_49_by_reason", parent=dereg, alt=["outcome_other"])
    d4 = g.f("deregistered", "persons", 5, "за власним бажанням – 5", label="за власним бажанням",
             group="deregistered_49_by_reason", parent=dereg, alt=["outcome_other"])
    dc = g.f("served", "persons", 124, "Денним доглядом у відділенні охоплено 124 особи", service="day_care",
             district="відділення денного перебування")
    ev = g.f("events", "events", 63, "Проведено 63 групових\nзаходи")
    evp = g.f("event_participants", "persons", 409, "в яких взяли участь 409 осіб", parent=ev)
    na = g.f("served", "persons", 512, "Послугою натуральної допомоги забезпечено 512 осіб", service="natural_aid")
    av = g.f("aid_value", "uah", 218400, "загальною вартістю 218,4 тис. грн", service="natural_aid",
             label="продуктові набори та зимове взуття")
    tx = g.f("served", "persons", 15, "Соціальне таксі надавалось 15 особам", service="social_taxi")
    paid = g.f("served", "persons", 23, "Платні соціальні послуги отримали 23 особи", label="платні соціальні послуги")
    rec = g.f("budget_received", "uah", 41700, "до спеціального фонду\nнадійшло 41,7 тис. грн",
              label="спеціальний фонд, платні послуги")
    sp = g.f("staff_positions", "positions", 47.5, "Штатна чисельність – 47,5 штатних одиниць")
    sa = g.f("staff_actual", "staff", 44, "фактично працює 44 особи")
    sw = g.f("staff_actual", "staff", 31, "в тому числі 31 соціальний робітник", label="соціальні робітники", parent=sa)
    sv = g.f("survey_respondents", "persons", 60, "проведено анкетування 60 отримувачів послуги догляду вдома",
             service="home_care", unit_alt="recipients")
    s1 = g.f("survey_respondents", "persons", 55, "55 осіб (91,7 %) повністю задоволені якістю обслуговування",
             percent=91.7, label="повністю задоволені", alt=["satisfaction"], service="home_care",
             group="survey_60_by_answer", parent=sv)
    s2 = g.f("survey_respondents", "persons", 5, "5 осіб (8,3 %) –\nчастково задоволені", percent=8.3,
             label="частково задоволені", service="home_care", group="survey_60_by_answer", parent=sv)
    cp = g.f("complaints", "complaints", 0, "Звернень зі скаргами у звітному періоді не\nзареєстровано")

    g.slip("percent_mismatch", "error",
           "Серед обслуговуваних вдома 41 особа – з числа внутрішньо переміщених\n(12,2 %)",
           12.2, 10.6, [vpo, hc],
           "41 of the 386 home-care recipients is 10,62 %, written 12,2 % (12,2 % of 386 would be 47). "
           "12,2 is reachable with 386, so not percent_impossible.",
           f"pct_ok(p{vpo[1:]}, f{vpo[1:]}, f{hc[1:]}, 1)")

    g.check("parts_sum", "Відділенням обслуговувалося 386 осіб, з них:", "214 + 97 + 75 = 386 («інших» closes the list)",
            f"f{a[1:]} + f{b[1:]} + f{c[1:]} == f{hc[1:]}")
    g.check("parts_sum", "Знято з обслуговування\n49 осіб, а саме:", "27 + 6 + 11 + 5 = 49",
            f"f{d1[1:]} + f{d2[1:]} + f{d3[1:]} + f{d4[1:]} == f{dereg[1:]}")
    g.check("parts_sum", "послуги територіального центру отримали\n1 037 осіб",
            "not written as a breakdown, but the four services add up: 386 + 124 + 512 + 15 = 1 037",
            f"f{hc[1:]} + f{dc[1:]} + f{na[1:]} + f{tx[1:]} == f{tot[1:]}")
    g.check("parts_sum", "в тому числі 31 соціальний робітник", "31 ≤ 44 ≤ 47,5",
            f"f{sw[1:]} <= f{sa[1:]} <= f{sp[1:]}")
    g.check("percent_mismatch", "55 осіб (91,7 %) повністю задоволені", "55 / 60 = 91,67 % → 91,7",
            f"pct_ok(p{s1[1:]}, f{s1[1:]}, f{sv[1:]}, 1)")
    g.check("percent_mismatch", "5 осіб (8,3 %)", "5 / 60 = 8,33 % → 8,3",
            f"pct_ok(p{s2[1:]}, f{s2[1:]}, f{sv[1:]}, 1)")
    g.check("parts_sum", "проведено анкетування 60 отримувачів", "55 + 5 = 60", f"f{s1[1:]} + f{s2[1:]} == f{sv[1:]}")
    g.check("percents_sum", "55 осіб (91,7 %)", "91,7 + 8,3 = 100", f"psum_ok([p{s1[1:]}, p{s2[1:]}], 1)")
    g.check("parts_sum", "Відділенням обслуговувалося 386 осіб", "58 taken and 49 removed ≤ 386; 41 IDPs ≤ 386",
            f"f{new[1:]} <= f{hc[1:]} and f{dereg[1:]} <= f{hc[1:]} and f{vpo[1:]} <= f{hc[1:]}")

    g.skip("64801, смт Близнюки, вул. Незалежності, 42, тел. (05777) 0-52-19, код ЄДРПОУ 03195528",
           [64801, 42, 5777, 5219, 3195528], "postcode, address, phone, ЄДРПОУ")
    g.skip("за І півріччя 2025 року", [2025], "period in the title")
    g.skip("Територія обслуговування – 57 населених пунктів громади, кількість мешканців\nстарше 60 років – 5 870 осіб",
           [57, 60, 5870], "settlement count, age, population")
    g.skip("становить 96,20 грн за годину (рішення виконавчого комітету від 12.12.2024\n№ 318)",
           [96.2, 12, 12, 2024, 318], "tariff, decision date and number")
    g.skip("на 1 312 більше, ніж за І півріччя 2024 року", [1312, 2024], "difference with the 2024 half-year")
    g.skip("Черга на обслуговування станом на 01.07.2025 – 6 осіб", [1, 7, 2025, 6],
           "date; waiting list (no §3 id)")
    g.skip("видано 640 продуктових\nнаборів та 95 пар зимового взуття", [640, 95], "items handed out")
    g.skip("(37 поїздок, тариф – 12,50 грн за 1 км)", [37, 12.5, 1], "trips (no §3 id), tariff")
    g.skip("I–II груп", [1, 2], "disability groups")
    g.skip("У травні 2025 р.", [2025], "survey month")
    g.skip("Відповідальна особа: ___________ (05777) 0-52-19", [5777, 5219], "phone in the signature")
    g.skip("Складено 04.07.2025", [4, 7, 2025], "compile date")
    g.skip("I. Загальні відомості", [1, 2, 3, 4, 5, 6, 7], "section numbers I–VII")

    g.note("«обслуговувалося 386 осіб» of the home-care department → served home_care; the three categories are a partition («інших отримувачів» closes it)")
    g.note("the 1 037 total is not written as a breakdown; the four services happen to add up (check, not a finding)")
    g.note("«взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → deregistered with reasons as labelled parts (alt outcome_other)")
    g.note("survey answers are counts with a percent: survey_respondents parts of the 60 (the first alt satisfaction)")
    g.note("47,5 штатних одиниць is a fractional fact")
    g.note("«37 поїздок» of the social taxi has no §3 id → skipped")
    g.write()


if __name__ == "__main__":
    main()
