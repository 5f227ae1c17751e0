"""b41_02: ТЦСО Єланецької селищної ради (Миколаївська), information for H1 2023.
TXT in windows-1251 with CRLF, first person plural, dash lists."""
from common import Gold, report_path, write_text

NAME = "b41_02_yelanets_tcso_h1_2023.txt"

TEXT = """\
          ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
                 (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)
                  ЄЛАНЕЦЬКОЇ СЕЛИЩНОЇ РАДИ

55501, Миколаївська обл., смт Єланець, вул. Паркова, 9
тел. (05159) 0-91-36, e-mail: tcso.yelanets@example.ua

                         Начальнику відділу соціального захисту
                         населення Єланецької селищної ради

від 07.07.2023 № 214/02-11

                         ІНФОРМАЦІЯ
   про роботу територіального центру за І півріччя 2023 року

Наш центр обслуговує 36 населених пунктів громади, де проживає 5 812 осіб віком 60 років і старших.

За шість місяців 2023 року ми обслуговували 318 громадян похилого віку та осіб з інвалідністю (за І півріччя 2022 року – 301), у тому числі:
  - відділення соціальної допомоги вдома – 214 осіб;
  - відділення денного перебування – 61 особа;
  - відділення організації надання адресної натуральної допомоги – 47 осіб.

Серед підопічних відділення соціальної допомоги вдома одиноких – 87, осіб з інвалідністю I–II групи – 58, внутрішньо переміщених осіб – 12.

За півріччя ми взяли на обслуговування 39 осіб, а зняли з обслуговування 33 особи, з них:
  - у зв'язку зі смертю – 19;
  - за власним бажанням – 8;
  - у зв'язку з влаштуванням до закладу стаціонарного догляду – 4;
  - у зв'язку зі зміною місця проживання – 2.

Наші працівники надали 14 906 соціальних послуг, з них: догляд вдома – 12 118, денний догляд – 1 904, натуральна допомога – 884. Вартість однієї години догляду вдома для платних отримувачів становить 74,20 грн.

Адресну натуральну допомогу надали на суму 61,3 тис. грн (видано 520 кг борошна та 96 продуктових наборів).

Послугою «соціальне таксі» скористалися 23 особи, здійснено 57 поїздок, тариф – 6,50 грн за 1 км.

Штатним розписом у нас передбачено 41 посаду, з них 29 посад соціальних робітників. Фактично працює 38 осіб, 3 посади вакантні.

Касові видатки центру за півріччя склали 4 518,6 тис. грн при затверджених на 2023 рік 9 240,0 тис. грн. До спеціального фонду за платні послуги надійшло 83,9 тис. грн.

У червні 2023 року ми опитали 45 отримувачів послуг, повністю задоволені якістю обслуговування 93,3 % з них. Надійшло 2 скарги (щодо графіка відвідувань), обидві розглянуто у строк.

Директор                                           (підпис)

Виконавець: відділ організаційної роботи, тел. (05159) 0-91-38
"""


def build():
    write_text(report_path(NAME), TEXT, encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(NAME, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Єланецької селищної ради",
        "centre_type": "tcso", "settlement": "Єланець", "oblast": "Миколаївська",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-06-30"},
        meta_alt={"centre": ["Територіальний центр соціального обслуговування Єланецької селищної ради"]})
    f = g.f
    tot = f("served", "persons", 318, "ми обслуговували 318 громадян похилого віку та осіб з інвалідністю")
    d1 = f("served", "persons", 214, "відділення соціальної допомоги вдома – 214 осіб", service="home_care",
           district="відділення соціальної допомоги вдома", group="served_318_by_department", parent=tot)
    d2 = f("served", "persons", 61, "відділення денного перебування – 61 особа", service="day_care",
           district="відділення денного перебування", group="served_318_by_department", parent=tot)
    d3 = f("served", "persons", 47, "відділення організації надання адресної натуральної допомоги – 47 осіб",
           service="natural_aid", district="відділення організації надання адресної натуральної допомоги",
           group="served_318_by_department", parent=tot)
    c1 = f("served", "persons", 87, "одиноких – 87", service="home_care", category="одинокі", parent=d1)
    c2 = f("served", "persons", 58, "осіб з інвалідністю I–II групи – 58", service="home_care",
           category="особи з інвалідністю I–II групи", parent=d1)
    c3 = f("served", "persons", 12, "внутрішньо переміщених осіб – 12", service="home_care",
           category="внутрішньо переміщені особи", parent=d1)
    new = f("served", "persons", 39, "ми взяли на обслуговування 39 осіб", alt=["registered_new", "support_started"],
            label="взято на обслуговування")
    dr = f("deregistered", "persons", 33, "зняли з обслуговування 33 особи")
    r1 = f("deregistered", "persons", 19, "у зв'язку зі смертю – 19", label="у зв'язку зі смертю",
           group="deregistered_33_by_reason", parent=dr)
    r2 = f("deregistered", "persons", 8, "за власним бажанням – 8", label="за власним бажанням",
           group="deregistered_33_by_reason", parent=dr)
    r3 = f("deregistered", "persons", 4, "у зв'язку з влаштуванням до закладу стаціонарного догляду – 4",
           label="влаштування до закладу стаціонарного догляду", group="deregistered_33_by_reason", parent=dr)
    r4 = f("deregistered", "persons", 2, "у зв'язку зі зміною місця проживання – 2",
           label="зміна місця проживання", group="deregistered_33_by_reason", parent=dr)
    sp = f("services_provided", "services", 14906, "Наші працівники надали 14 906 соціальних послуг")
    s1 = f("services_provided", "services", 12118, "догляд вдома – 12 118", service="home_care",
           group="services_14906_by_service", parent=sp)
    s2 = f("services_provided", "services", 1904, "денний догляд – 1 904", service="day_care",
           group="services_14906_by_service", parent=sp)
    s3 = f("services_provided", "services", 884, "натуральна допомога – 884", service="natural_aid",
           group="services_14906_by_service", parent=sp)
    f("aid_value", "uah", 61300, "Адресну натуральну допомогу надали на суму 61,3 тис. грн", service="natural_aid")
    f("served", "persons", 23, "Послугою «соціальне таксі» скористалися 23 особи", service="social_taxi")
    ps = f("staff_positions", "positions", 41, "Штатним розписом у нас передбачено 41 посаду")
    ps2 = f("staff_positions", "positions", 29, "з них 29 посад соціальних робітників",
            label="соціальні робітники", parent=ps)
    sa = f("staff_actual", "staff", 38, "Фактично працює 38 осіб")
    bs = f("budget_spent", "uah", 4518600, "Касові видатки центру за півріччя склали 4 518,6 тис. грн",
           label="за І півріччя")
    ba = f("budget_approved", "uah", 9240000, "при затверджених на 2023 рік 9 240,0 тис. грн",
           label="на 2023 рік (річний)")
    f("budget_received", "uah", 83900, "До спеціального фонду за платні послуги надійшло 83,9 тис. грн",
      label="спеціальний фонд, платні послуги")
    sv = f("survey_respondents", "recipients", 45, "ми опитали 45 отримувачів послуг", unit_alt="persons")
    sat = f("satisfaction", "percent", 93.3, "повністю задоволені якістю обслуговування 93,3 % з них",
            label="повністю задоволені якістю обслуговування")
    f("complaints", "complaints", 2, "Надійшло 2 скарги")

    g.slip("parts_sum", "error", "ми обслуговували 318 громадян похилого віку та осіб з інвалідністю (за І півріччя 2022 року – 301), у тому числі:",
           322, 318, [tot, d1, d2, d3],
           "the three departments sum to 214 + 61 + 47 = 322, four more than the 318 served; each person is "
           "counted in one department («у тому числі» by department, a partition)",
           f"{d1} + {d2} + {d3} == {tot}")
    g.check("parts_sum", "зняли з обслуговування 33 особи, з них:", "19 + 8 + 4 + 2 = 33",
            f"{r1} + {r2} + {r3} + {r4} == {dr}")
    g.check("parts_sum", "Наші працівники надали 14 906 соціальних послуг, з них:",
            "12 118 + 1 904 + 884 = 14 906", f"{s1} + {s2} + {s3} == {sp}")
    g.check("parts_sum", "Серед підопічних відділення соціальної допомоги вдома",
            "each category (87, 58, 12) ≤ 214; categories overlap, so no sum", f"max({c1}, {c2}, {c3}) <= {d1}")
    g.check("parts_sum", "з них 29 посад соціальних робітників",
            "29 ≤ 41; 38 working + 3 vacant = 41 positions", f"{ps2} <= {ps} and {sa} + 3 == {ps}")
    g.check("parts_sum", "Касові видатки центру за півріччя склали 4 518,6 тис. грн",
            "half-year spending 4 518,6 ≤ annual approval 9 240,0", f"{bs} <= {ba}")
    g.check("percent_impossible", "повністю задоволені якістю обслуговування 93,3 % з них",
            "42/45 = 93,33 → 93,3", f"grim_ok({sat}, {sv}, 1)")
    g.check("parts_sum", "ми взяли на обслуговування 39 осіб", "39 taken on ≤ 318 served", f"{new} <= {tot}")

    g.skip("55501, Миколаївська обл., смт Єланець, вул. Паркова, 9", [55501, 9], "postcode, address")
    g.skip("тел. (05159) 0-91-36", [5159, 9136], "phone")
    g.skip("від 07.07.2023 № 214/02-11", [7, 7, 2023, 214, 2, 11], "outgoing date and number")
    g.skip("про роботу територіального центру за І півріччя 2023 року", [2023], "period in the title")
    g.skip("Наш центр обслуговує 36 населених пунктів громади, де проживає 5 812 осіб віком 60 років і старших.",
           [36, 5812, 60], "settlement count, population, age")
    g.skip("(за І півріччя 2022 року – 301)", [2022, 301], "prior-year figure")
    g.skip("осіб з інвалідністю I–II групи", [1, 2], "disability groups (Roman numerals)")
    g.skip("Вартість однієї години догляду вдома для платних отримувачів становить 74,20 грн.", [74.2], "tariff")
    g.skip("(видано 520 кг борошна та 96 продуктових наборів)", [520, 96], "items handed out")
    g.skip("здійснено 57 поїздок, тариф – 6,50 грн за 1 км", [57, 6.5, 1], "trips (no §3 id) and tariff")
    g.skip("3 посади вакантні", [3], "vacancies (no §3 id); used as a literal in a check")
    g.skip("У червні 2023 року", [2023], "survey month")
    g.skip("тел. (05159) 0-91-38", [5159, 9138], "phone of the compiler")
    g.note("«у тому числі» by department is a partition of the 318 served (each department a service: home care, "
           "day care, natural aid); department names go to `district`")
    g.note("home-care categories (одинокі, інвалідність, ВПО) overlap: parent only, no group")
    g.note("«взяли на обслуговування» → served (alt registered_new, support_started); «зняли з обслуговування» "
           "→ deregistered with its reasons as labelled parts")
    g.note("the annual approval 9 240,0 is the year the half-year belongs to, kept as budget_approved with a label")
    g.note("no `published`: 07.07.2023 is the letter's outgoing date, not a publication date")
    g.write()


if __name__ == "__main__":
    build()
    gold()
