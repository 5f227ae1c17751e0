"""b114_02: ТЦСО Вертіївської сільської ради (Чернігівська), information for 9 months of 2021.
windows-1251, CRLF, hard-wrapped lines, dash lists, third person."""
from common import Gold, report_path, read_text, write_text, uncovered

NAME = "b114_02_vertiivka_tcso_9m2021.txt"

TEXT = """\
      ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ
               ПОСЛУГ) ВЕРТІЇВСЬКОЇ СІЛЬСЬКОЇ РАДИ
   16631, Чернігівська обл., Ніжинський р-н, с. Вертіївка, вул. Миру, 52
        тел. (04631) 0-63-18, e-mail: tc.vertiivka@example.ua

                            ІНФОРМАЦІЯ
       про роботу територіального центру за 9 місяців 2021 року

Територіальний центр обслуговує мешканців 9 населених пунктів громади.
Станом на 01.10.2021 штатна чисельність установи становить 24,5 штатні
одиниці, фактично працює 23 особи, з них 14 соціальних робітників.

За січень-вересень 2021 року територіальним центром обслуговано 284 особи
(за аналогічний період 2020 року - 271), у тому числі:
 - відділенням соціальної допомоги вдома - 138 осіб;
 - відділенням денного перебування - 41 особа;
 - відділенням організації надання адресної натуральної та грошової
   допомоги - 105 осіб.

До територіального центру надійшла 31 письмова заява про надання
соціальних послуг; за 29 заявами прийнято рішення про надання послуг,
у 2 випадках відмовлено (заявники не належали до категорій, визначених
Положенням).

1. Відділення соціальної допомоги вдома
На обслуговуванні у відділенні перебувало 138 одиноких і одиноко
проживаючих громадян, із них:
 - осіб з інвалідністю I-II групи - 37;
 - ветеранів війни - 22;
 - громадян віком 80 років і старше - 51.
Протягом звітного періоду взято на обслуговування 19 осіб, знято з
обслуговування 16 осіб, з них: у зв'язку зі смертю - 9, влаштовано до
будинку-інтернату - 2, виїзд до родичів за межі громади - 5.
Соціальними робітниками надано 12 640 соціальних послуг (прибирання
житла, доставка продуктів харчування і ліків, оплата комунальних послуг,
супровід до закладів охорони здоров'я). Навантаження на одного
соціального робітника - 10 підопічних.

2. Відділення денного перебування
Відділення відвідувала 41 особа. Проведено 26 групових заходів (гурткова
робота, лекції фельдшера, підготовка до Дня людей похилого віку 1 жовтня),
якими охоплено 312 учасників.

3. Відділення адресної натуральної та грошової допомоги
Натуральну допомогу (продуктові набори, одяг, засоби гігієни) отримали
105 осіб на загальну суму 63,8 тис. грн. Через пункт прокату видано
17 одиниць технічних засобів реабілітації.
Послугою соціального таксі скористалися 23 особи з інвалідністю,
здійснено 58 поїздок. Вартість 1 км пробігу - 9,50 грн.

4. Якість послуг
У вересні 2021 року проведено анкетування 37 отримувачів послуги
догляду вдома. Якість обслуговування оцінили як "відмінну" 45,5 %
опитаних, як "добру" - 51,4 %, як "задовільну" - 2,7 %.
Скарг від отримувачів послуг за звітний період не надходило.

5. Фінансування
Касові видатки за 9 місяців 2021 року склали 3 917,2 тис. грн, у тому
числі:
 - заробітна плата (КЕКВ 2111) - 2 788,9 тис. грн;
 - нарахування на оплату праці (КЕКВ 2120) - 613,6 тис. грн;
 - оплата комунальних послуг та енергоносіїв (КЕКВ 2270) - 211,9 тис. грн.
До спеціального фонду за платні соціальні послуги надійшло 48,6 тис. грн.

Директор територіального центру                     ______________

Виконавець: відділ обліку, тел. (04631) 0-63-20
04.10.2021
"""


def build():
    write_text(report_path(NAME), TEXT, encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(NAME, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) "
                  "Вертіївської сільської ради",
        "centre_type": "tcso", "settlement": "Вертіївка", "oblast": "Чернігівська",
        "report_kind": "period_report", "period_start": "2021-01-01", "period_end": "2021-09-30",
    }, meta_alt={"centre": ["Територіальний центр соціального обслуговування Вертіївської сільської ради"]})
    F = g.f
    text = read_text(report_path(NAME))
    pos = F("staff_positions", "positions", 24.5, "штатна чисельність установи становить 24,5 штатні")
    act = F("staff_actual", "staff", 23, "фактично працює 23 особи")
    sw = F("staff_actual", "staff", 14, "з них 14 соціальних робітників", label="соціальні робітники",
           parent=act)
    tot = F("served", "persons", 284, "територіальним центром обслуговано 284 особи")
    d1 = F("served", "persons", 138, "відділенням соціальної допомоги вдома - 138 осіб", service="home_care",
           district="відділення соціальної допомоги вдома", group="served_284_by_department", parent=tot)
    d2 = F("served", "persons", 41, "відділенням денного перебування - 41 особа", service="day_care",
           district="відділення денного перебування", group="served_284_by_department", parent=tot)
    d3 = F("served", "persons", 105, "допомоги - 105 осіб", service="natural_aid",
           district="відділення організації надання адресної натуральної та грошової допомоги",
           group="served_284_by_department", parent=tot)
    app = F("applied", "applications", 31, "надійшла 31 письмова заява")
    hc = F("served", "persons", 138, "На обслуговуванні у відділенні перебувало 138 одиноких",
           service="home_care", note="department row written again")
    c1 = F("served", "persons", 37, "осіб з інвалідністю I-II групи - 37", service="home_care",
           category="особи з інвалідністю I-II групи", parent=hc)
    c2 = F("served", "persons", 22, "ветеранів війни - 22", service="home_care", category="ветерани війни",
           parent=hc)
    c3 = F("served", "persons", 51, "громадян віком 80 років і старше - 51", service="home_care",
           category="громадяни віком 80 років і старше", parent=hc)
    new = F("served", "persons", 19, "взято на обслуговування 19 осіб", service="home_care",
            alt=["registered_new", "support_started"], label="взято на обслуговування")
    de = F("deregistered", "persons", 16, "знято з\nобслуговування 16 осіб", service="home_care")
    de1 = F("deregistered", "persons", 9, "у зв'язку зі смертю - 9", label="смерть", group="deregistered_16_by_reason",
            parent=de)
    de2 = F("deregistered", "persons", 2, "будинку-інтернату - 2", label="влаштовано до будинку-інтернату",
            group="deregistered_16_by_reason", parent=de)
    de3 = F("deregistered", "persons", 5, "виїзд до родичів за межі громади - 5", label="виїзд до родичів",
            group="deregistered_16_by_reason", parent=de)
    sp = F("services_provided", "services", 12640, "надано 12 640 соціальних послуг", service="home_care")
    dc = F("served", "persons", 41, "Відділення відвідувала 41 особа", service="day_care",
           note="department row written again")
    ev = F("events", "events", 26, "Проведено 26 групових заходів")
    evp = F("event_participants", "persons", 312, "якими охоплено 312 учасників", parent=ev)
    na = F("served", "persons", 105, "105 осіб на загальну суму 63,8 тис. грн", service="natural_aid",
           note="department row written again")
    aid = F("aid_value", "uah", 63800, "на загальну суму 63,8 тис. грн", service="natural_aid")
    tx = F("served", "persons", 23, "Послугою соціального таксі скористалися 23 особи з інвалідністю",
           service="social_taxi", category="особи з інвалідністю")
    sv = F("survey_respondents", "recipients", 37, "проведено анкетування 37 отримувачів", unit_alt="persons",
           service="home_care")
    s1 = F("satisfaction", "percent", 45.5, "\"відмінну\" 45,5 %", label="оцінили якість як «відмінну»",
           alt=["share"], service="home_care")
    s2 = F("share", "percent", 51.4, "як \"добру\" - 51,4 %", label="оцінили якість як «добру»",
           alt=["satisfaction"], service="home_care")
    s3 = F("share", "percent", 2.7, "як \"задовільну\" - 2,7 %", label="оцінили якість як «задовільну»",
           service="home_care")
    cpl = F("complaints", "complaints", 0, "Скарг від отримувачів послуг за звітний період не надходило")
    spent = F("budget_spent", "uah", 3917200, "Касові видатки за 9 місяців 2021 року склали 3 917,2 тис. грн")
    b1 = F("budget_spent", "uah", 2788900, "заробітна плата (КЕКВ 2111) - 2 788,9 тис. грн", kekv="2111",
           parent=spent)
    b2 = F("budget_spent", "uah", 613600, "нарахування на оплату праці (КЕКВ 2120) - 613,6 тис. грн",
           kekv="2120", parent=spent)
    b3 = F("budget_spent", "uah", 211900, "(КЕКВ 2270) - 211,9 тис. грн", kekv="2270", parent=spent)
    rec = F("budget_received", "uah", 48600, "за платні соціальні послуги надійшло 48,6 тис. грн", label="спеціальний фонд, платні соціальні послуги")

    def n(x):
        return x[1:]

    q_survey = "Якість обслуговування оцінили як \"відмінну\" 45,5 %"
    g.slip("percent_impossible", "error", q_survey, 45.5, 45.9, [s1, sv],
           "with 37 respondents no whole count gives 45,5 % (16/37 = 43,2 %, 17/37 = 45,9 %); "
           "the other two shares are reachable (19/37 = 51,4 %, 1/37 = 2,7 %)",
           f"grim_ok(f{n(s1)}, f{n(sv)}, 1)", slip=1)
    g.slip("percents_sum", "error", q_survey, 99.6, 100, [s1, s2, s3],
           "the three answers partition the 37 respondents but sum to 45,5 + 51,4 + 2,7 = 99,6 %; "
           "with 45,9 they would sum to 100,0. Same slip as the percent_impossible finding",
           f"psum_ok([f{n(s1)}, f{n(s2)}, f{n(s3)}], 1)", slip=1)
    g.check("percent_impossible", "як \"добру\" - 51,4 %", "51,4 = 19/37 and 2,7 = 1/37 are reachable",
            f"grim_ok(f{n(s2)}, f{n(sv)}, 1) and grim_ok(f{n(s3)}, f{n(sv)}, 1)")
    g.check("parts_sum", "територіальним центром обслуговано 284 особи", "138 + 41 + 105 = 284",
            f"f{n(d1)} + f{n(d2)} + f{n(d3)} == f{n(tot)}")
    g.check("parts_sum", "у зв'язку зі смертю - 9", "9 + 2 + 5 = 16 taken off",
            f"f{n(de1)} + f{n(de2)} + f{n(de3)} == f{n(de)}")
    g.check("parts_sum", "із них:", "overlapping categories 37, 22, 51 each ≤ 138",
            f"max(f{n(c1)}, f{n(c2)}, f{n(c3)}) <= f{n(hc)} and f{n(new)} <= f{n(hc)}")
    g.check("internal_conflict", "На обслуговуванні у відділенні перебувало 138 одиноких",
            "department figures repeated in their sections: 138, 41, 105",
            f"f{n(hc)} == f{n(d1)} and f{n(dc)} == f{n(d2)} and f{n(na)} == f{n(d3)}")
    g.check("parts_sum", "з них 14 соціальних робітників", "14 ≤ 23 working ≤ 24,5 positions",
            f"f{n(sw)} <= f{n(act)} <= f{n(pos)}")
    g.check("parts_sum", "Касові видатки за 9 місяців 2021 року склали 3 917,2 тис. грн",
            "«у тому числі» lists three items 2 788,9 + 613,6 + 211,9 = 3 614,4 ≤ 3 917,2 (not all items "
            "are listed, so not a partition)", f"f{n(b1)} + f{n(b2)} + f{n(b3)} <= f{n(spent)}")
    g.check("parts_sum", "за 29 заявами прийнято рішення", "29 decisions + 2 refusals = 31 applications",
            f"29 + 2 == f{n(app)}")

    g.skip("16631, Чернігівська обл., Ніжинський р-н, с. Вертіївка, вул. Миру, 52", [16631, 52],
           "postcode, address")
    g.skip("тел. (04631) 0-63-18", [4631, 6318], "phone")
    g.skip("про роботу територіального центру за 9 місяців 2021 року", [9, 2021], "period in the title")
    g.skip("обслуговує мешканців 9 населених пунктів громади", [9], "settlement count")
    g.skip("Станом на 01.10.2021", [1, 10, 2021], "date")
    g.skip("За січень-вересень 2021 року", [2021], "year")
    g.skip("(за аналогічний період 2020 року - 271)", [2020, 271], "prior-year figure")
    g.skip("за 29 заявами прийнято рішення про надання послуг", [29], "decisions (no §3 id); literal in a check")
    g.skip("у 2 випадках відмовлено", [2], "refusals (no §3 id); literal in a check")
    for h, v in (("1. Відділення соціальної допомоги вдома", 1), ("2. Відділення денного перебування", 2),
                 ("3. Відділення адресної натуральної", 3), ("4. Якість послуг", 4), ("5. Фінансування", 5)):
        g.skip(h, [v], "section number")
    g.skip("Навантаження на одного\nсоціального робітника - 10 підопічних", [10], "caseload ratio")
    g.skip("підготовка до Дня людей похилого віку 1 жовтня", [1], "date")
    g.skip("17 одиниць технічних засобів реабілітації", [17], "items lent (no §3 id)")
    g.skip("здійснено 58 поїздок", [58], "trips of the social taxi: no §3 id (see notes)")
    g.skip("Вартість 1 км пробігу - 9,50 грн", [1, 9.5], "tariff")
    g.skip("У вересні 2021 року", [2021], "survey month")
    g.skip("тел. (04631) 0-63-20", [4631, 6320], "phone")
    g.skip("04.10.2021", [4, 10, 2021], "date")
    g.skip("осіб з інвалідністю I-II групи", [], "disability groups (Roman numerals)")

    g.note("report 9 months 2021 → period_report 2021-01-01..2021-09-30")
    g.note("«обслуговано 284 особи, у тому числі» by department → served with district and service, group; "
           "each department figure is repeated in its section (three more served facts)")
    g.note("«із них» categories of the 138 home-care recipients overlap (an 80+ person may be a war veteran): "
           "parent only, no group")
    g.note("«взято на обслуговування» → served with label (alt registered_new, support_started); "
           "«знято з обслуговування» → deregistered with the reasons as labelled parts")
    g.note("survey: «відмінну» → satisfaction (alt share), «добру» → share (alt satisfaction), «задовільну» → "
           "share. One slip (45,5 for 45,9) recorded as two findings: percent_impossible and percents_sum")
    g.note("social taxi: 23 persons is served (service social_taxi); the 58 trips are skipped (a trip is not "
           "named a service in the text; a tool that reads them as services_provided is not credited)")
    g.note("the KEKV 2111/2120/2270 items are a partial «у тому числі», not a partition: check ≤ only")
    g.write()
    return g


if __name__ == "__main__":
    build()
    g = gold()
    for num, line in uncovered(g, read_text(report_path(NAME))):
        print("  uncovered:", num, "|", line)
