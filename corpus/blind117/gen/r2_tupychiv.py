"""b117_02: ТЦСО Тупичівської сільської ради (Чернігівська), information for 9 months of 2023.
windows-1251, CRLF, hard-wrapped lines, third person."""
from common import Gold, report_path, write_text

DOC = "b117_02_tupychiv_tcso_9m2023.txt"

TEXT = """\
            ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
                    (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)
                    ТУПИЧІВСЬКОЇ СІЛЬСЬКОЇ РАДИ

15541, Чернігівська обл., Чернігівський р-н, с. Тупичів, вул. Миру, 3
тел. (04641) 0-52-73, e-mail: tcso.tupychiv@example.ua
код ЄДРПОУ 41937502

                              ІНФОРМАЦІЯ
       про роботу територіального центру за 9 місяців 2023 року

   Територіальний центр діє на підставі Положення, затвердженого
рішенням Тупичівської сільської ради від 24.12.2020 № 3-14/VIII, та
обслуговує 23 населені пункти громади, в яких станом на 01.01.2023
проживало 2 184 особи пенсійного віку.

   1. ЗАГАЛЬНІ ПОКАЗНИКИ

   За січень - вересень 2023 року територіальним центром обслуговано
347 осіб (за 9 місяців 2022 року - 331 особа), а саме:
   - відділенням соціальної допомоги вдома - 94 особи;
   - відділенням організації надання адресної натуральної та грошової
     допомоги - 221 особа;
   - відділенням денного перебування - 32 особи.

   Протягом звітного періоду до територіального центру надійшла 41 заява
про надання соціальних послуг. Рішення про відмову не приймалися.

   2. ВІДДІЛЕННЯ СОЦІАЛЬНОЇ ДОПОМОГИ ВДОМА

   На обслуговуванні відділення перебувало 94 особи, з них:
   - безоплатно - 71 (75,5 %);
   - за плату - 16 (17,0 %);
   - з установленням диференційованої плати - 7 (7,4 %).
   Серед обслуговуваних особи з інвалідністю - 38 (41,5 %), одинокі
громадяни - 52.
   Взято на обслуговування 19 осіб, знято з обслуговування 14 осіб, з них:
   у зв'язку зі смертю - 8 (57,1 %), за власним бажанням - 4 (28,6 %),
   у зв'язку з влаштуванням до стаціонарного закладу - 2 (14,3 %).
   Соціальні послуги вдома надають 19 соціальних робітників; середнє
навантаження - 5 підопічних на одного працівника.

   3. АДРЕСНА НАТУРАЛЬНА ДОПОМОГА

   Допомогу від відділення отримала 221 особа, у тому числі:
   продуктові набори - 146 особам, засоби гігієни - 58 особам,
   перукарські послуги та ремонт одягу - 17 особам.
   Загальна вартість наданої допомоги склала 183,9 тис. грн.

   Послугою "соціальне таксі" скористалися 27 осіб, здійснено 61 поїздку.
Вартість 1 км пробігу для отримувача - 9,00 грн.

   4. ВІДДІЛЕННЯ ДЕННОГО ПЕРЕБУВАННЯ

   Відділення відвідували 32 особи. Проведено 46 заходів (гуртки, лекції,
святкові зустрічі, виїзні екскурсії), участь у них взяли 389 учасників.
   Відділення працює з 8.00 до 17.00, крім суботи та неділі.

   5. КАДРИ, КОШТИ, ЯКІСТЬ

   Штатна чисельність - 27,5 штатних одиниць, фактично працює
26 працівників.
   Надходження від платних послуг до спеціального фонду за 9 місяців -
41,6 тис. грн.
   У вересні 2023 року проведено анкетування отримувачів: опитано 58 осіб,
якістю послуг задоволені 96,6 % опитаних. Скарги протягом звітного
періоду не надходили.

Директор територіального центру              ____________
Виконавець: тел. (04641) 0-52-74
09.10.2023
"""


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Тупичівської сільської ради",
        "centre_type": "tcso", "settlement": "Тупичів", "oblast": "Чернігівська",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30",
    }, meta_alt={"centre": ["Територіальний центр соціального обслуговування Тупичівської сільської ради"]})
    f = g.f
    tot = f("served", "persons", 347, "347 осіб (за 9 місяців 2022 року - 331 особа), а саме:",
            note="the verb «обслуговано» is on the line above")
    d1 = f("served", "persons", 94, "- відділенням соціальної допомоги вдома - 94 особи;",
           district="відділення соціальної допомоги вдома", service="home_care", group="served_347_by_department", parent=tot)
    d2 = f("served", "persons", 221, "допомоги - 221 особа;",
           district="відділення організації надання адресної натуральної та грошової допомоги", service="natural_aid",
           group="served_347_by_department", parent=tot,
           note="the department name is wrapped onto this line from the line above")
    d3 = f("served", "persons", 32, "- відділенням денного перебування - 32 особи.",
           district="відділення денного перебування", service="day_care", group="served_347_by_department", parent=tot)
    ap = f("applied", "applications", 41, "до територіального центру надійшла 41 заява")
    hc = f("served", "persons", 94, "На обслуговуванні відділення перебувало 94 особи, з них:", service="home_care")
    p1 = f("served", "persons", 71, "- безоплатно - 71 (75,5 %);", percent=75.5, service="home_care",
           label="безоплатно", group="home_care_94_by_payment", parent=hc)
    p2 = f("served", "persons", 16, "- за плату - 16 (17,0 %);", percent=17.0, service="home_care",
           label="за плату", group="home_care_94_by_payment", parent=hc)
    p3 = f("served", "persons", 7, "- з установленням диференційованої плати - 7 (7,4 %).", percent=7.4, service="home_care",
           label="з установленням диференційованої плати", group="home_care_94_by_payment", parent=hc)
    dis = f("served", "persons", 38, "Серед обслуговуваних особи з інвалідністю - 38 (41,5 %)", percent=41.5,
            service="home_care", category="особи з інвалідністю", parent=hc)
    lone = f("served", "persons", 52, "громадяни - 52.", service="home_care", category="одинокі громадяни", parent=hc,
             note="«одинокі» is at the end of the line above")
    new = f("served", "persons", 19, "Взято на обслуговування 19 осіб", service="home_care",
            alt=["registered_new", "support_started"], label="взято на обслуговування")
    dr = f("deregistered", "persons", 14, "знято з обслуговування 14 осіб", service="home_care")
    r1 = f("deregistered", "persons", 8, "у зв'язку зі смертю - 8 (57,1 %)", percent=57.1, service="home_care",
           label="у зв'язку зі смертю", group="deregistered_14", parent=dr)
    r2 = f("deregistered", "persons", 4, "за власним бажанням - 4 (28,6 %)", percent=28.6, service="home_care",
           label="за власним бажанням", group="deregistered_14", parent=dr)
    r3 = f("deregistered", "persons", 2, "у зв'язку з влаштуванням до стаціонарного закладу - 2 (14,3 %)", percent=14.3,
           service="home_care", label="влаштування до стаціонарного закладу", group="deregistered_14", parent=dr)
    sw = f("staff_actual", "staff", 19, "Соціальні послуги вдома надають 19 соціальних робітників",
           label="соціальні робітники відділення соціальної допомоги вдома")
    na = f("served", "persons", 221, "Допомогу від відділення отримала 221 особа, у тому числі:", service="natural_aid")
    n1 = f("served", "persons", 146, "продуктові набори - 146 особам", service="natural_aid", label="продуктові набори",
           group="natural_aid_221", parent=na)
    n2 = f("served", "persons", 58, "засоби гігієни - 58 особам", service="natural_aid", label="засоби гігієни",
           group="natural_aid_221", parent=na)
    n3 = f("served", "persons", 17, "перукарські послуги та ремонт одягу - 17 особам", service="natural_aid",
           label="перукарські послуги та ремонт одягу", group="natural_aid_221", parent=na)
    av = f("aid_value", "uah", 183900, "Загальна вартість наданої допомоги склала 183,9 тис. грн.", service="natural_aid")
    tx = f("served", "persons", 27, "Послугою \"соціальне таксі\" скористалися 27 осіб", service="social_taxi")
    tr = f("services_provided", "services", 61, "здійснено 61 поїздку", service="social_taxi",
           note="trips of the social taxi read as service acts; drop if trips are not counted as services")
    dd = f("served", "persons", 32, "Відділення відвідували 32 особи.", service="day_care")
    ev = f("events", "events", 46, "Проведено 46 заходів (гуртки, лекції,")
    ep = f("event_participants", "persons", 389, "участь у них взяли 389 учасників", parent=ev)
    pos = f("staff_positions", "positions", 27.5, "Штатна чисельність - 27,5 штатних одиниць")
    act = f("staff_actual", "staff", 26, "26 працівників.", note="«фактично працює» is on the line above")
    br = f("budget_received", "uah", 41600, "41,6 тис. грн.", label="спеціальний фонд, надходження від платних послуг",
           note="the sentence «Надходження від платних послуг до спеціального фонду за 9 місяців -» is on the line above")
    sr = f("survey_respondents", "persons", 58, "опитано 58 осіб")
    sat = f("satisfaction", "percent", 96.6, "якістю послуг задоволені 96,6 % опитаних", alt=["share"])
    cp = f("complaints", "complaints", 0, "Скарги протягом звітного")

    n = lambda x: int(x[1:])  # noqa: E731
    v = lambda x: f"f{n(x)}"  # noqa: E731
    p = lambda x: f"p{n(x)}"  # noqa: E731
    g.slip("percent_mismatch", "error", "Серед обслуговуваних особи з інвалідністю - 38 (41,5 %)", 41.5, 40.4, [dis, hc],
           "38 of the 94 home-care recipients is 40,4 %; 41,5 % is 39 of 94. The share is reachable (not a GRIM failure), only wrong for 38",
           f"pct_ok({p(dis)}, {v(dis)}, {v(hc)}, 1)")
    g.check("parts_sum", "347 осіб (за 9 місяців 2022 року - 331 особа), а саме:", "94 + 221 + 32 = 347",
            f"{v(d1)} + {v(d2)} + {v(d3)} == {v(tot)}")
    g.check("parts_sum", "На обслуговуванні відділення перебувало 94 особи, з них:", "71 + 16 + 7 = 94",
            f"{v(p1)} + {v(p2)} + {v(p3)} == {v(hc)}")
    g.check("percent_mismatch", "- безоплатно - 71 (75,5 %);", "71/94 = 75,53; 16/94 = 17,02; 7/94 = 7,447 → 7,4",
            f"pct_ok({p(p1)}, {v(p1)}, {v(hc)}, 1) and pct_ok({p(p2)}, {v(p2)}, {v(hc)}, 1) and pct_ok({p(p3)}, {v(p3)}, {v(hc)}, 1)")
    g.check("percents_sum", "- безоплатно - 71 (75,5 %);", "75,5 + 17,0 + 7,4 = 99,9 %, within rounding",
            f"psum_ok([{p(p1)}, {p(p2)}, {p(p3)}], 1)")
    g.check("percent_impossible", "Серед обслуговуваних особи з інвалідністю - 38 (41,5 %)",
            "41,5 % is reachable with N = 94 (39/94 = 41,49 %); the slip is a mismatch, not an impossible share",
            f"grim_ok({p(dis)}, {v(hc)}, 1)")
    g.check("parts_sum", "громадяни - 52.", "52 ≤ 94 (overlapping category)", f"{v(lone)} <= {v(hc)}")
    g.check("parts_sum", "знято з обслуговування 14 осіб, з них:", "8 + 4 + 2 = 14",
            f"{v(r1)} + {v(r2)} + {v(r3)} == {v(dr)}")
    g.check("percent_mismatch", "у зв'язку зі смертю - 8 (57,1 %), за власним бажанням - 4 (28,6 %),",
            "8/14 = 57,14; 4/14 = 28,57; 2/14 = 14,29", 
            f"pct_ok({p(r1)}, {v(r1)}, {v(dr)}, 1) and pct_ok({p(r2)}, {v(r2)}, {v(dr)}, 1) and pct_ok({p(r3)}, {v(r3)}, {v(dr)}, 1)")
    g.check("percents_sum", "у зв'язку зі смертю - 8 (57,1 %), за власним бажанням - 4 (28,6 %),",
            "57,1 + 28,6 + 14,3 = 100,0", f"psum_ok([{p(r1)}, {p(r2)}, {p(r3)}], 1)")
    g.check("parts_sum", "Допомогу від відділення отримала 221 особа, у тому числі:", "146 + 58 + 17 = 221",
            f"{v(n1)} + {v(n2)} + {v(n3)} == {v(na)}")
    g.check("internal_conflict", "Допомогу від відділення отримала 221 особа", "department list 221 = section 221; 94 = 94; 32 = 32",
            f"{v(na)} == {v(d2)} and {v(hc)} == {v(d1)} and {v(dd)} == {v(d3)}")
    g.check("parts_sum", "Штатна чисельність - 27,5 штатних одиниць", "19 social workers ≤ 26 staff ≤ 27,5 positions",
            f"{v(sw)} <= {v(act)} <= {v(pos)}")
    g.check("percent_impossible", "якістю послуг задоволені 96,6 % опитаних", "56/58 = 96,55 → 96,6",
            f"grim_ok({v(sat)}, {v(sr)}, 1)")

    g.skip("15541, Чернігівська обл., Чернігівський р-н, с. Тупичів, вул. Миру, 3", [15541, 3], "postcode, address")
    g.skip("тел. (04641) 0-52-73", [4641, 5273], "phone")
    g.skip("код ЄДРПОУ 41937502", [41937502], "ЄДРПОУ")
    g.skip("про роботу територіального центру за 9 місяців 2023 року", [9, 2023], "period in the title")
    g.skip("рішенням Тупичівської сільської ради від 24.12.2020 № 3-14/VIII, та", [24, 12, 2020, 3, 14], "decision date and number")
    g.skip("обслуговує 23 населені пункти громади, в яких станом на 01.01.2023", [23, 1, 1, 2023], "settlement count, date")
    g.skip("проживало 2 184 особи пенсійного віку.", [2184], "population of pension age")
    g.skip("1. ЗАГАЛЬНІ ПОКАЗНИКИ", [1, 2, 3, 4, 5], "section numbers 1.–5.")
    g.skip("За січень - вересень 2023 року територіальним центром обслуговано", [2023], "period")
    g.skip("(за 9 місяців 2022 року - 331 особа)", [9, 2022, 331], "prior-year figure")
    g.skip("навантаження - 5 підопічних на одного працівника.", [5], "ratio (caseload; «середнє» is on the line above)")
    g.skip("Вартість 1 км пробігу для отримувача - 9,00 грн.", [1, 9.0], "tariff")
    g.skip("Відділення працює з 8.00 до 17.00, крім суботи та неділі.", [8, 17], "opening hours")
    g.skip("Надходження від платних послуг до спеціального фонду за 9 місяців -", [9], "period length")
    g.skip("У вересні 2023 року проведено анкетування отримувачів", [2023], "survey date")
    g.skip("Виконавець: тел. (04641) 0-52-74", [4641, 5274], "phone")
    g.skip("09.10.2023", [9, 10, 2023], "compile date")
    g.note("hard-wrapped windows-1251 text: quotes are kept within one printed line; where a figure's verb is on the line above, the quote is the figure's own line and a fact note says so")
    g.note("the department list (94, 221, 32) and the department sections repeat the same figures: two facts each (the day-care 32 of section 4, the home-care 94 of section 2, the natural-aid 221 of section 3)")
    g.note("departments carry a service id where the department provides one service (home_care, natural_aid, day_care) and the department name in district")
    g.note("«Взято на обслуговування 19 осіб» → served with label (alt registered_new, support_started), as in blind18; «знято з обслуговування» → deregistered with reasons as labelled parts")
    g.note("«особи з інвалідністю - 38 (41,5 %)» and «одинокі громадяни - 52» are overlapping categories of the 94 (parent only, no group)")
    g.note("«здійснено 61 поїздку» (social taxi trips) → services_provided with service social_taxi; a debatable choice")
    g.note("«27,5 штатних одиниць» is a fractional staff_positions fact")
    g.note("«Рішення про відмову не приймалися» is not a figure of any §3 id and gives no fact")
    return g


if __name__ == "__main__":
    write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")
    gold().write()
