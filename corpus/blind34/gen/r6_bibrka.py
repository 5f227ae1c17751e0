"""b34_06: ТЦСО Бібрської міської ради (Львівська), quarterly report for Q1 2024.
UTF-8 text, LF, first person plural, figure-first word order, «)» list markers and a dotted
summary at the end."""
from common import Gold, report_path, write_text

DOC = "b34_06_bibrka_tcso_q1_2024.txt"

TEXT = """Територіальний центр соціального обслуговування
(надання соціальних послуг) Бібрської міської ради
81220, м. Бібрка, вул. Галицька, 23, тел. (03241) 0-22-63, ЄДРПОУ 40915273

ЗВІТ ЗА І КВАРТАЛ 2024 РОКУ
(січень – березень)

Що ми зробили за квартал

У І кварталі 2024 року ми обслуговували 512 осіб: 134 – вдома, 52 – у відділенні
денного перебування, 326 отримали натуральну допомогу. Для порівняння, у IV кварталі
2023 року наших підопічних було 498.

а) Догляд вдома
4 906 послуг догляду вдома надали наші соціальні робітники. Нових підопічних взяли
на обслуговування 11, а зняли з обслуговування 8 (5 – померли, 3 – переїхали до
родичів за межі громади). Вартість години догляду вдома для платних отримувачів –
86,40 грн.

б) Денне перебування
Для 52 відвідувачів відділення провели 18 групових занять (рукоділля, скандинавська
ходьба, заняття з психологом), загалом 237 відвідувань. Кожне заняття триває 2 години.

в) Натуральна допомога
326 осіб отримали від нас натуральну допомогу: 410 продуктових наборів і 95 комплектів
засобів гігієни на суму 164,2 тис. грн (кошти благодійного фонду та бюджету громади).
Із пункту прокату видали 14 крісел колісних і 9 ходунків.

г) Опитування
У березні ми опитали 40 підопічних відділення догляду вдома. Якістю послуг задоволені
95 % з них, решта 5 % просили частіше прибирати. Скарг за квартал – жодної.

Кадри
Штатних одиниць у нас 31,5, зайнято 29 працівників, з них 17 – соціальні робітники
відділення догляду вдома. Двоє робітників у лютому пройшли навчання з надання першої
домедичної допомоги.

Підсумок по відділеннях
Догляд вдома ........................ 143 особи / 4 906 послуг
Денне перебування ................... 52 особи
Натуральна допомога ................. 326 осіб

На ІІ квартал плануємо взяти на обслуговування ще 10 осіб із черги (зараз у черзі 13)
та провести 20 групових занять.

Звіт склала: заступник директора, 02.04.2024
"""


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) "
                  "Бібрської міської ради",
        "centre_type": "tcso",
        "settlement": "Бібрка",
        "oblast": "Львівська",
        "report_kind": "period_report",
        "period_start": "2024-01-01",
        "period_end": "2024-03-31",
    })
    f = g.f
    tot = f("served", "persons", 512, "У І кварталі 2024 року ми обслуговували 512 осіб")
    a = f("served", "persons", 134, "134 – вдома", service="home_care",
          group="served512_by_department", parent=tot)
    b = f("served", "persons", 52, "52 – у відділенні\nденного перебування",
          district="відділення денного перебування", group="served512_by_department", parent=tot)
    c = f("served", "persons", 326, "326 отримали натуральну допомогу", service="natural_aid",
          group="served512_by_department", parent=tot)
    sp = f("services_provided", "services", 4906,
           "4 906 послуг догляду вдома надали наші соціальні робітники", service="home_care")
    f("served", "persons", 11, "Нових підопічних взяли\nна обслуговування 11", service="home_care",
      alt=["registered_new", "support_started"], label="взято на обслуговування")
    dr = f("deregistered", "persons", 8, "зняли з обслуговування 8", service="home_care")
    r1 = f("deregistered", "persons", 5, "5 – померли", service="home_care", label="смерть",
           group="dereg8_by_reason", parent=dr)
    r2 = f("deregistered", "persons", 3, "3 – переїхали до\nродичів за межі громади",
           service="home_care", label="переїзд до родичів за межі громади",
           group="dereg8_by_reason", parent=dr)
    dc = f("served", "persons", 52, "Для 52 відвідувачів відділення",
           district="відділення денного перебування")
    f("events", "events", 18, "провели 18 групових занять")
    na = f("served", "persons", 326, "326 осіб отримали від нас натуральну допомогу",
           service="natural_aid")
    f("aid_value", "uah", 164200, "на суму 164,2 тис. грн", service="natural_aid")
    rs = f("survey_respondents", "persons", 40, "У березні ми опитали 40 підопічних",
           service="home_care")
    sat = f("satisfaction", "percent", 95, "Якістю послуг задоволені\n95 % з них",
            service="home_care", alt=["share"])
    rest = f("share", "percent", 5, "решта 5 % просили частіше прибирати", service="home_care",
             label="просили частіше прибирати (не повністю задоволені)")
    f("complaints", "complaints", 0, "Скарг за квартал – жодної.")
    pos = f("staff_positions", "positions", 31.5, "Штатних одиниць у нас 31,5")
    act = f("staff_actual", "staff", 29, "зайнято 29 працівників")
    sw = f("staff_actual", "staff", 17, "з них 17 – соціальні робітники",
           label="соціальні робітники відділення догляду вдома", parent=act)
    f("staff_trained", "staff", 2, "Двоє робітників у лютому пройшли навчання",
      note="number written in words")
    hc2 = f("served", "persons", 143, "Догляд вдома ........................ 143 особи",
            service="home_care", label="підсумок по відділеннях")
    sp2 = f("services_provided", "services", 4906, "143 особи / 4 906 послуг", service="home_care",
            label="підсумок по відділеннях")
    dc2 = f("served", "persons", 52, "Денне перебування ................... 52 особи",
            district="відділення денного перебування", label="підсумок по відділеннях")
    na2 = f("served", "persons", 326, "Натуральна допомога ................. 326 осіб",
            service="natural_aid", label="підсумок по відділеннях")

    g.slip("internal_conflict", "error", "Догляд вдома ........................ 143 особи",
           143, 134, [a, hc2],
           "home care in Q1 2024: 134 persons in the opening paragraph (which sums to 512 with "
           "52 + 326), 143 in the summary at the end. Same indicator, unit, service and period; "
           "the digits look transposed.", f"{a} == {hc2}")
    g.check("parts_sum", "ми обслуговували 512 осіб: 134 – вдома",
            "134 + 52 + 326 = 512", f"{a} + {b} + {c} == {tot}")
    g.check("parts_sum", "зняли з обслуговування 8 (5 – померли, 3",
            "5 + 3 = 8", f"{r1} + {r2} == {dr}")
    g.check("percents_sum", "Якістю послуг задоволені\n95 % з них, решта 5 %",
            "95 + 5 = 100", f"psum_ok([{sat}, {rest}], 0)")
    g.check("percent_impossible", "У березні ми опитали 40 підопічних",
            "95 % = 38 of 40; 5 % = 2 of 40", f"grim_ok({sat}, {rs}, 0) and grim_ok({rest}, {rs}, 0)")
    g.check("internal_conflict", "143 особи / 4 906 послуг",
            "services 4 906 in section а) and in the summary agree", f"{sp} == {sp2}")
    g.check("internal_conflict", "Денне перебування ................... 52 особи",
            "day-care 52 agrees in the opening paragraph, section б) and the summary; natural "
            "aid 326 likewise", f"{b} == {dc} == {dc2} and {c} == {na} == {na2}")
    g.check("parts_sum", "зайнято 29 працівників, з них 17",
            "17 ≤ 29 ≤ 31,5", f"{sw} <= {act} <= {pos}")
    g.check("parts_sum", "У березні ми опитали 40 підопічних", "40 respondents ≤ 134 home-care recipients",
            f"{rs} <= {a}")

    g.skip("81220, м. Бібрка, вул. Галицька, 23, тел. (03241) 0-22-63, ЄДРПОУ 40915273",
           [81220, 23, 3241, 2263, 40915273], "postcode, address, phone, ЄДРПОУ")
    g.skip("ЗВІТ ЗА І КВАРТАЛ 2024 РОКУ", [2024], "year of the title")
    g.skip("у IV кварталі\n2023 року наших підопічних було 498", [4, 2023, 498],
           "previous quarter's figure")
    g.skip("Вартість години догляду вдома для платних отримувачів –\n86,40 грн", [86.4], "tariff")
    g.skip("загалом 237 відвідувань", [237], "visits (no §3 id; not persons)")
    g.skip("Кожне заняття триває 2 години.", [2], "duration")
    g.skip("410 продуктових наборів і 95 комплектів", [410, 95], "items handed out")
    g.skip("Із пункту прокату видали 14 крісел колісних і 9 ходунків.", [14, 9],
           "rehabilitation aids handed out (items)")
    g.skip("На ІІ квартал плануємо взяти на обслуговування ще 10 осіб із черги (зараз у черзі 13)\n"
           "та провести 20 групових занять.", [2, 10, 13, 20], "plan; queue (no §3 id)")
    g.skip("Звіт склала: заступник директора, 02.04.2024", [2, 4, 2024], "compile date")

    g.note("figures are written twice: the opening paragraph, the sections а)–в) and the dotted "
           "summary; each mention is its own fact. The summary labels carry «підсумок по "
           "відділеннях»")
    g.note("«ми обслуговували 512 осіб: 134 – вдома, 52 – у відділенні денного перебування, 326 …» "
           "→ served by department (home care and natural aid by service, day stay by district)")
    g.note("survey percentages are bare (95 %, 5 %) → satisfaction (alt share) and share")
    g.note("«Двоє робітників … пройшли навчання» → staff_trained 2 (number in words); «Скарг … – "
           "жодної» → complaints 0")
    g.note("31,5 штатних одиниць is a fractional staff_positions value")
    return g


if __name__ == "__main__":
    write_text(report_path(DOC), TEXT, encoding="utf-8", newline="\n")
    gold().write()
