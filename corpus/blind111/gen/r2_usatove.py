"""b111_02: ТЦСО Усатівської сільської ради (Одеська), information for 9 months of 2023.
windows-1251, CRLF, hard-wrapped lines, impersonal voice."""
from common import Gold, report_path, write_text

DOC = "b111_02_usatove_tcso_9m2023.txt"

TEXT = """\
            ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
         (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) УСАТІВСЬКОЇ СІЛЬСЬКОЇ РАДИ
                   ОДЕСЬКОГО РАЙОНУ ОДЕСЬКОЇ ОБЛАСТІ

  67661, с. Усатове, вул. Центральна, 31, тел. (048) 045-17-93,
  e-mail: tcso.usatove@example.ua, код ЄДРПОУ 43960215

                              ІНФОРМАЦІЯ
         про роботу територіального центру за 9 місяців 2023 року

   На території громади проживає 4 362 особи пенсійного віку, з них
понад 600 – самотні та одинокі. Обслуговування здійснюється у 7 населених
пунктах відповідно до Положення, затвердженого рішенням сільської ради
від 24.02.2021 № 311-VIII.

   1. Обслуговування отримувачів

   За січень – вересень 2023 року територіальним центром обслуговано
517 осіб (за 9 місяців 2022 року – 486), а саме:
   - відділенням соціальної допомоги вдома – 164 особи;
   - відділенням організації надання адресної натуральної та грошової
     допомоги – 282 особи;
   - відділенням денного перебування – 71 особа.

   Серед обслуговуваних відділенням соціальної допомоги вдома жінок – 121,
чоловіків – 47. Переважна більшість отримувачів – особи віком 80 років
і старше; один соціальний робітник обслуговує в середньому 8 осіб.

   Протягом звітного періоду надійшло 203 письмові заяви про надання
соціальних послуг. За результатами розгляду прийнято 188 рішень про
надання послуг, 9 – про відмову, 6 заяв перебувають на розгляді.
Взято на обслуговування 74 особи. Знято з обслуговування 43 особи,
у тому числі у зв'язку зі смертю – 21, з влаштуванням до стаціонарних
закладів – 4, за власним бажанням – 18.

   2. Соціальні послуги

   Всього надано 14 906 соціальних послуг, у тому числі:
   - догляд вдома – 9 812;
   - денний догляд – 2 140;
   - натуральна допомога – 2 954.

   Адресну натуральну допомогу (продуктові набори, засоби гігієни, одяг)
отримали 282 особи, з них 96 – внутрішньо переміщені особи. Видано
1 126 одиниць одягу та взуття, 340 наборів засобів гігієни.
   Послугою «соціальне таксі» скористалися 23 особи з інвалідністю,
здійснено 61 поїздку (тариф – 14 грн за 1 км). Через пункт прокату
видано 19 засобів реабілітації (крісла колісні, ходунки, милиці).
   У відділенні денного перебування проведено 27 заходів (гуртки,
майстер-класи, екскурсії), в яких взяли участь 412 осіб.

   3. Якість послуг

   У серпні 2023 року проведено анкетування 60 отримувачів послуги
догляду вдома; рівень задоволеності якістю послуги – 95,0 %.
Надійшла 1 скарга (щодо графіка відвідування), її розглянуто,
вжито заходів.

   4. Кадри та фінансування

   Штатна чисельність – 38,5 штатних одиниць, фактично зайнято 35
працівників, з них 22 соціальні робітники. У ІІІ кварталі 5 соціальних
робітників пройшли навчання за програмою «Догляд за особами з
деменцією» (16 годин).
   Касові видатки за 9 місяців 2023 року становлять 6 217,3 тис. грн.
Від надання платних соціальних послуг до спеціального фонду надійшло
96,4 тис. грн (у 2022 році за аналогічний період – 81,9 тис. грн).

Директор територіального центру              (підпис)

Виконавець: відділ соціальної допомоги вдома, тел. (048) 045-17-96
04.10.2023
"""


def build():
    write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Усатівської сільської ради",
        "centre_type": "tcso", "settlement": "Усатове", "oblast": "Одеська",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30",
    }, meta_alt={"centre": [
        "Територіальний центр соціального обслуговування (надання соціальних послуг) Усатівської сільської ради Одеського району Одеської області"]})
    f = g.f
    tot = f("served", "persons", 517, "територіальним центром обслуговано\n517 осіб")
    d1 = f("served", "persons", 164, "відділенням соціальної допомоги вдома – 164 особи", service="home_care",
           district="відділення соціальної допомоги вдома", group="served_517_by_department", parent=tot)
    d2 = f("served", "persons", 282, "допомоги – 282 особи", service="natural_aid",
           district="відділення організації надання адресної натуральної та грошової допомоги",
           group="served_517_by_department", parent=tot)
    d3 = f("served", "persons", 71, "відділенням денного перебування – 71 особа", service="day_care",
           district="відділення денного перебування", group="served_517_by_department", parent=tot)
    w = f("served", "persons", 121, "жінок – 121", service="home_care", category="жінки",
          group="home_care_164_by_sex", parent=d1)
    m = f("served", "persons", 47, "чоловіків – 47", service="home_care", category="чоловіки",
          group="home_care_164_by_sex", parent=d1)
    ap = f("applied", "applications", 203, "надійшло 203 письмові заяви")
    new = f("served", "persons", 74, "Взято на обслуговування 74 особи", alt=["registered_new", "support_started"],
            label="взято на обслуговування")
    de = f("deregistered", "persons", 43, "Знято з обслуговування 43 особи")
    r1 = f("deregistered", "persons", 21, "у зв'язку зі смертю – 21", label="смерть", group="deregistered_43_by_reason",
           parent=de)
    r2 = f("deregistered", "persons", 4, "з влаштуванням до стаціонарних\nзакладів – 4",
           label="влаштування до стаціонарних закладів", group="deregistered_43_by_reason", parent=de)
    r3 = f("deregistered", "persons", 18, "за власним бажанням – 18", label="за власним бажанням",
           group="deregistered_43_by_reason", parent=de)
    sv = f("services_provided", "services", 14906, "Всього надано 14 906 соціальних послуг")
    s1 = f("services_provided", "services", 9812, "догляд вдома – 9 812", service="home_care",
           group="services_14906_by_service", parent=sv)
    s2 = f("services_provided", "services", 2140, "денний догляд – 2 140", service="day_care",
           group="services_14906_by_service", parent=sv)
    s3 = f("services_provided", "services", 2954, "натуральна допомога – 2 954", service="natural_aid",
           group="services_14906_by_service", parent=sv)
    na = f("served", "persons", 282, "отримали 282 особи", service="natural_aid",
           note="the department's 282 repeated in section 2: a second fact")
    f("served", "persons", 96, "з них 96 – внутрішньо переміщені особи", service="natural_aid",
      category="внутрішньо переміщені особи", parent=na)
    f("served", "persons", 23, "Послугою «соціальне таксі» скористалися 23 особи з інвалідністю",
      service="social_taxi", category="особи з інвалідністю")
    ev = f("events", "events", 27, "проведено 27 заходів")
    f("event_participants", "persons", 412, "в яких взяли участь 412 осіб", parent=ev)
    rs = f("survey_respondents", "recipients", 60, "проведено анкетування 60 отримувачів", service="home_care",
           unit_alt="persons")
    sat = f("satisfaction", "percent", 95, "рівень задоволеності якістю послуги – 95,0 %", service="home_care")
    f("complaints", "complaints", 1, "Надійшла 1 скарга")
    pos = f("staff_positions", "positions", 38.5, "Штатна чисельність – 38,5 штатних одиниць")
    act = f("staff_actual", "staff", 35, "фактично зайнято 35\nпрацівників")
    f("staff_actual", "staff", 22, "з них 22 соціальні робітники", label="соціальні робітники", parent=act)
    f("staff_trained", "staff", 5, "5 соціальних\nробітників пройшли навчання")
    f("budget_spent", "uah", 6217300, "Касові видатки за 9 місяців 2023 року становлять 6 217,3 тис. грн")
    f("budget_received", "uah", 96400, "до спеціального фонду надійшло\n96,4 тис. грн",
      label="спеціальний фонд, платні соціальні послуги")
    n = lambda x: int(x[1:])  # noqa: E731
    g.slip("parts_sum", "error", "Серед обслуговуваних відділенням соціальної допомоги вдома жінок – 121,\nчоловіків – 47.",
           168, 164, [d1, w, m],
           "women 121 + men 47 = 168, but the home-care department served 164 (4 extra); a split by sex is a partition",
           f"f{n(w)} + f{n(m)} == f{n(d1)}")
    g.check("parts_sum", "обслуговано\n517 осіб", "164 + 282 + 71 = 517", f"f{n(d1)} + f{n(d2)} + f{n(d3)} == f{n(tot)}")
    g.check("parts_sum", "Знято з обслуговування 43 особи", "21 + 4 + 18 = 43",
            f"f{n(r1)} + f{n(r2)} + f{n(r3)} == f{n(de)}")
    g.check("parts_sum", "Всього надано 14 906 соціальних послуг, у тому числі", "9 812 + 2 140 + 2 954 = 14 906",
            f"f{n(s1)} + f{n(s2)} + f{n(s3)} == f{n(sv)}")
    g.check("internal_conflict", "отримали 282 особи", "natural aid 282 = the department's 282", f"f{n(na)} == f{n(d2)}")
    g.check("parts_sum", "За результатами розгляду прийнято 188 рішень",
            "188 granted + 9 refused + 6 pending = 203 applications", f"188 + 9 + 6 == f{n(ap)}")
    g.check("percent_impossible", "рівень задоволеності якістю послуги – 95,0 %", "57 of 60 = 95,0 %",
            f"grim_ok(f{n(sat)}, f{n(rs)}, 1)")
    g.check("parts_sum", "з них 22 соціальні робітники", "22 ≤ 35 ≤ 38,5",
            f"f{n(act)+1} <= f{n(act)} <= f{n(pos)}")
    S = g.skip
    S("67661, с. Усатове, вул. Центральна, 31, тел. (048) 045-17-93", [67661, 31, 48, 451793],
      "postcode, address, phone (invalid 0 after the area code)")
    S("код ЄДРПОУ 43960215", [43960215], "ЄДРПОУ")
    S("про роботу територіального центру за 9 місяців 2023 року", [9, 2023], "period of the title")
    S("На території громади проживає 4 362 особи пенсійного віку", [4362], "population")
    S("понад 600 – самотні та одинокі", [600], "population (not persons served)")
    S("Обслуговування здійснюється у 7 населених\nпунктах", [7], "settlements")
    S("від 24.02.2021 № 311-VIII", [24, 2, 2021, 311], "decision date and number")
    S("(за 9 місяців 2022 року – 486)", [9, 2022, 486], "prior-year figure")
    S("особи віком 80 років\nі старше", [80], "age")
    S("обслуговує в середньому 8 осіб", [8], "ratio (caseload per worker)")
    S("прийнято 188 рішень про\nнадання послуг, 9 – про відмову, 6 заяв перебувають на розгляді", [188, 9, 6],
      "decisions, refusals, pending applications: no §3 id (literals in a check)")
    S("Видано\n1 126 одиниць одягу та взуття, 340 наборів засобів гігієни", [1126, 340], "items")
    S("здійснено 61 поїздку (тариф – 14 грн за 1 км)", [61, 14, 1], "trips (no §3 id), tariff")
    S("видано 19 засобів реабілітації", [19], "items lent")
    S("У серпні 2023 року", [2023], "survey month")
    S("У ІІІ кварталі", ["ІІІ"], "quarter (Roman)")
    S("(16 годин)", [16], "duration")
    S("(у 2022 році за аналогічний період – 81,9 тис. грн)", [2022, 81900], "prior-year figure")
    S("тел. (048) 045-17-96\n04.10.2023", [48, 451796, 4, 10, 2023], "phone, compile date")
    S("1. Обслуговування отримувачів", [1, 2, 3, 4], "section numbers")
    g.note("Departments: the three departments partition the 517 (group served_517_by_department); department in district "
           "and the department's service as service.")
    g.note("The split of the home-care department by sex (жінок 121, чоловіків 47) is a partition of its 164 but sums to 168: "
           "the planted slip.")
    g.note("«Взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → "
           "deregistered with reasons as labelled parts.")
    g.note("«надійшло 203 письмові заяви» → applied, unit applications. Decisions (188 / 9) and pending (6) have no §3 id.")
    g.note("The satisfaction 95,0 % refers to the 60 home-care recipients surveyed: service home_care on both.")
    g.note("Quotes that cross a hard-wrapped line contain the line break as the reader prints it.")
    g.write()


if __name__ == "__main__":
    build()
    gold()
