"""b106_02: ТЦСО Махнівської сільської ради (Вінницька), information for 9 months of 2023.
windows-1251, CRLF, impersonal voice, dash lists, hard-wrapped lines."""
from common import Gold, report_path, write_text

DOC = "b106_02_makhnivka_tcso_9m2023.txt"

TEXT = """                         І Н Ф О Р М А Ц І Я
        про роботу територіального центру соціального обслуговування
           (надання соціальних послуг) Махнівської сільської ради
                         за 9 місяців 2023 року

Територіальний центр обслуговує мешканців 24 населених пунктів
громади. Адреса: 22150, Вінницька обл., Хмільницький р-н, с. Махнівка,
вул. Шкільна, 3, тел. (04355) 0-41-17.

1. Обслуговування

За січень - вересень 2023 р. соціальними послугами охоплено 538 осіб
(за 9 місяців 2022 р. - 512), з них:
 - відділенням соціальної допомоги вдома - 214 осіб;
 - відділенням денного перебування - 173 особи;
 - відділенням організації надання адресної натуральної допомоги - 151 особа.
Серед обслуговуваних - 26 внутрішньо переміщених осіб.

З числа отримувачів догляду вдома одиноких громадян - 132, осіб віком
понад 80 років - 97.

Протягом звітного періоду взято на обслуговування 61 особу, знято з
обслуговування 47 осіб, у т.ч.:
 - у зв'язку зі смертю - 29;
 - переїзд на інше місце проживання - 9;
 - влаштування до інтернатних закладів - 4;
 - за власним бажанням - 3;
 - з інших причин - 2.
Черги на обслуговування немає.

2. Надані послуги

Всього надано 41 386 соціальних послуг, а саме:
 - вдома - 28 944;
 - у відділенні денного перебування - 7 615;
 - адресна натуральна допомога - 4 727.

Платних послуг надано 1 418 на загальну суму 36,4 тис. грн, кошти
зараховано до спеціального фонду. Вартість однієї години догляду
вдома, згідно з рішенням виконкому від 14.02.2023 N 27, - 78,40 грн.

Видано 1 064 продуктові набори та 212 комплектів засобів гігієни на
загальну суму 212,8 тис. грн (кошти благодійних фондів).

Послугою "Соціальне таксі" скористалися 37 осіб, здійснено 92 поїздки.

3. Якість послуг

У вересні 2023 р. проведено анкетування 64 отримувачів. Якістю послуг
задоволені 59 осіб, або 92,2 % опитаних. Скарг не надходило.

4. Кадри

Штатна чисельність - 48,5 штатної одиниці, фактично працює
44 працівники, з них 31 соціальний робітник.

Директор                                              ____________
Виконавець: відділ кадрів, тел. (04355) 0-41-19
Вих. N 318 від 05.10.2023
"""


def build():
    write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Махнівської сільської ради",
        "centre_type": "tcso", "settlement": "Махнівка", "oblast": "Вінницька",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30"},
        {"settlement": ["Махнівська сільська громада"]})
    f = g.f
    tot = f("served", "persons", 538, "соціальними послугами охоплено 538 осіб")
    d1 = f("served", "persons", 214, "відділенням соціальної допомоги вдома - 214 осіб", service="home_care",
           district="відділення соціальної допомоги вдома", parent=tot, group="served_538_by_department")
    d2 = f("served", "persons", 173, "відділенням денного перебування - 173 особи", service="day_care",
           district="відділення денного перебування", parent=tot, group="served_538_by_department")
    d3 = f("served", "persons", 151, "відділенням організації надання адресної натуральної допомоги - 151 особа",
           service="natural_aid", district="відділення організації надання адресної натуральної допомоги",
           parent=tot, group="served_538_by_department")
    f("served", "persons", 26, "Серед обслуговуваних - 26 внутрішньо переміщених осіб",
      category="внутрішньо переміщені особи", parent=tot)
    c1 = f("served", "persons", 132, "одиноких громадян - 132", service="home_care", category="одинокі громадяни", parent=d1)
    c2 = f("served", "persons", 97, "осіб віком\nпонад 80 років - 97", service="home_care",
           category="особи віком понад 80 років", parent=d1)
    new = f("served", "persons", 61, "взято на обслуговування 61 особу", alt=["registered_new", "support_started"],
            label="взято на обслуговування")
    de = f("deregistered", "persons", 47, "знято з\nобслуговування 47 осіб")
    reasons = []
    for lab, q, v in [("смерть", "у зв'язку зі смертю - 29", 29),
                      ("переїзд на інше місце проживання", "переїзд на інше місце проживання - 9", 9),
                      ("влаштування до інтернатних закладів", "влаштування до інтернатних закладів - 4", 4),
                      ("за власним бажанням", "за власним бажанням - 3", 3),
                      ("з інших причин", "з інших причин - 2", 2)]:
        reasons.append(f("deregistered", "persons", v, q, label=lab, alt=["outcome_other"], parent=de,
                         group="deregistered_47_by_reason"))
    sv = f("services_provided", "services", 41386, "Всього надано 41 386 соціальних послуг")
    s1 = f("services_provided", "services", 28944, "вдома - 28 944", service="home_care", parent=sv, group="services_by_department")
    s2 = f("services_provided", "services", 7615, "у відділенні денного перебування - 7 615", service="day_care",
           parent=sv, group="services_by_department")
    s3 = f("services_provided", "services", 4727, "адресна натуральна допомога - 4 727", service="natural_aid",
           parent=sv, group="services_by_department")
    paid = f("services_provided", "services", 1418, "Платних послуг надано 1 418", label="платні послуги")
    f("budget_received", "uah", 36400, "на загальну суму 36,4 тис. грн, кошти\nзараховано до спеціального фонду",
      label="плата за платні послуги, спеціальний фонд", parent=None)
    f("aid_value", "uah", 212800, "на\nзагальну суму 212,8 тис. грн (кошти благодійних фондів)",
      service="natural_aid")
    f("served", "persons", 37, "Послугою \"Соціальне таксі\" скористалися 37 осіб", label="соціальне таксі")
    sr = f("survey_respondents", "persons", 64, "проведено анкетування 64 отримувачів")
    sat = f("survey_respondents", "persons", 59, "задоволені 59 осіб, або 92,2 % опитаних", percent=92.2,
            label="задоволені якістю послуг", alt=["satisfaction"], parent=sr)
    f("complaints", "complaints", 0, "Скарг не надходило.")
    pos = f("staff_positions", "positions", 48.5, "Штатна чисельність - 48,5 штатної одиниці")
    act = f("staff_actual", "staff", 44, "фактично працює\n44 працівники")
    f("staff_actual", "staff", 31, "з них 31 соціальний робітник", label="соціальні робітники", parent=act)

    g.check("parts_sum", "соціальними послугами охоплено 538 осіб", "214 + 173 + 151 = 538", f"{d1} + {d2} + {d3} == {tot}")
    g.check("parts_sum", "знято з\nобслуговування 47 осіб, у т.ч.:", "29 + 9 + 4 + 3 + 2 = 47",
            " + ".join(reasons) + f" == {de}")
    g.check("parts_sum", "одиноких громадян - 132", "132 ≤ 214 and 97 ≤ 214 (overlapping categories)",
            f"{c1} <= {d1} and {c2} <= {d1}")
    g.check("percent_mismatch", "задоволені 59 осіб, або 92,2 % опитаних", "59/64 = 92,19 → 92,2",
            f"pct_ok(p{sat[1:]}, {sat}, {sr}, 1)")
    g.check("parts_sum", "фактично працює\n44 працівники, з них 31", "31 ≤ 44 ≤ 48,5", f"31 <= {act} <= {pos}")
    g.check("parts_sum", "Платних послуг надано 1 418", "paid 1 418 ≤ 41 386 services", f"{paid} <= {sv}")
    g.slip("parts_sum", "error", "Всього надано 41 386 соціальних послуг, а саме:", 41386, 41286, [sv, s1, s2, s3],
           "the three departments (а саме) sum to 28 944 + 7 615 + 4 727 = 41 286; the total says 41 386 (100 extra)",
           f"{s1} + {s2} + {s3} == {sv}")

    g.skip("Територіальний центр обслуговує мешканців 24 населених пунктів", [24], "number of settlements")
    g.skip("22150, Вінницька обл., Хмільницький р-н, с. Махнівка,\nвул. Шкільна, 3, тел. (04355) 0-41-17", [22150, 3, 4355, 4117], "postcode, address, phone")
    g.skip("осіб віком\nпонад 80 років", [80], "age (the 97 persons of that age are a fact)")
    g.skip("(за 9 місяців 2022 р. - 512)", [9, 2022, 512], "prior-year figure")
    g.skip("за 9 місяців 2023 року", [9, 2023], "period in the title")
    g.skip("За січень - вересень 2023 р.", [2023], "year")
    g.skip("від 14.02.2023 N 27, - 78,40 грн", [14, 2, 2023, 27, 78.40], "decision date/number, tariff per hour")
    g.skip("Видано 1 064 продуктові набори та 212 комплектів засобів гігієни", [1064, 212], "items handed out (набори, комплекти), no §3 id")
    g.skip("здійснено 92 поїздки", [92], "trips, no §3 id")
    g.skip("У вересні 2023 р.", [2023], "survey month")
    g.skip("Виконавець: відділ кадрів, тел. (04355) 0-41-19", [4355, 4119], "phone")
    g.skip("Вих. N 318 від 05.10.2023", [318, 5, 10, 2023], "outgoing number and date")
    g.skip("1. Обслуговування", [1, 2, 3, 4], "section numbers")
    g.note("«осіб віком понад 80 років – 97» is a category of home-care recipients (a fact); 80 is an age")
    g.note("«взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → deregistered, reasons as labelled parts (alt outcome_other); «з інших причин» closes the partition")
    g.note("«задоволені 59 осіб, або 92,2 % опитаних» → survey_respondents 59 with percent 92,2 (alt satisfaction): SPEC §3 says a percentage next to a count is that count's percent")
    g.note("paid services: services_provided 1 418 labelled; the 36,4 тис. грн credited to the special fund → budget_received")
    g.note("«Штатна чисельність – 48,5 штатної одиниці» → staff_positions 48.5 (fractional)")
    g.note("meta settlement: Махнівка (the village the centre sits in); the hromada name accepted in meta_alt")
    g.write()


if __name__ == "__main__":
    build()
    gold()
