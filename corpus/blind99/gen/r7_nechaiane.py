"""b99_07: ЦСС Нечаянської сільської ради (Миколаївська), operative information for Q3 2024.
Less common style: a telegraphic note of slash pairs and abbreviations of an internal template, with a key
of the abbreviations at the end. UTF-8 TXT. Slip: parts_sum (outcomes of completed support)."""
from common import Gold, report_path, write_text

DOC = "b99_07_nechaiane_css_q3_2024.txt"

TEXT = """ЦСС Нечаянської с/р
57231, Миколаївська обл., Миколаївський р-н, с. Нечаяне, вул. Шкільна, 9; тел. (0512) 0-36-22
вих. № 214/02-07 від 03.10.2024

До відділу соцзахисту та охорони здоров'я с/р

ОПЕРАТИВНА ІНФОРМАЦІЯ
за ІІІ кв. 2024 р. (внутр. форма ОІ-3, ред. 2023)

1. Звернулось/охоплено (осіб) – 52/45
   в т.ч. ВПО – 14/12 (26,7 % охопл.)
   (ІІ кв.: 47/40)

2. Сімей СЖО (всього/нових) – 31/9
   дітей у них – 58/17

3. ОП (сім./дит.) – 27/51

4. Повідомл. (надійш./не підтв.) – 15/4

5. СС СЖО: перебув./взято/заверш. – 19/6/8
   заверш.: поз./мін./нег. – 4/2/1
   продовж. на IV кв. – 11

6. СС ПС/ДБСТ – 3/1
   Д/в/с всього – 16 (ПС/ДБСТ – 9/7), вік 3–17 р.

7. Конс. (осіб/посл.) – 38/64

8. Натур. доп. (сім./тис. грн) – 12/18,6

9. Заходи/учасн. – 7/142
   (в т.ч. 2 – онлайн)

10. ГЛ – 23 дзв.

11. Скарг – нема

12. Штат/факт – 6/5 (1 вак. – ФСР)
    навч./підв. кв. – 2

13. МБ (вик./осіб) – 18/34

14. Листи-запити (ССД/ЮП/ЗО) – 6/3/11

15. План на IV кв.: СС – 20 сім., заходи – 9.

Прим.: дані за ІІІ кв. 2024 р. (01.07–30.09); по п. 5 – сім'ї, по п. 7 – особи.
Дані звірено з журналом обліку сімей станом на 30.09.2024.
Прим. 2: по п. 8 – набори від БФ, вартість за накладними; по п. 13 – виїзди у старост. округи.

---
Скорочення:
ВПО – внутрішньо переміщені особи; СЖО – складні життєві обставини;
ОП – оцінка потреб; СС – соціальний супровід; ПС – прийомні сім'ї;
ДБСТ – дитячий будинок сімейного типу; Д/в/с – діти-вихованці сімейних форм виховання (ПС, ДБСТ);
перебув./взято/заверш. – перебувало / взято / завершено; продовж. – продовжено;
поз./мін./нег. – СЖО подолано / мінімізовано / результату не досягнуто;
Конс. – консультування; посл. – наданих послуг; Натур. доп. – натуральна допомога;
ГЛ – «гаряча лінія»; дзв. – дзвінків; ФСР – фахівець із соціальної роботи;
вак. – вакансія; навч./підв. кв. – пройшли навчання / підвищення кваліфікації; с/р – сільська рада;
МБ – мобільна бригада соціально-психологічної допомоги; вик. – виїздів; ССД – служба у справах дітей;
ЮП – ювенальна поліція; ЗО – заклади освіти; БФ – благодійний фонд; старост. – старостинські.

Виконавець: фахівець ЦСС, тел. (0512) 0-36-25
"""


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Нечаянської сільської ради",
        "centre_type": "css", "settlement": "Нечаяне", "oblast": "Миколаївська",
        "report_kind": "period_report", "period_start": "2024-07-01", "period_end": "2024-09-30",
    }, {"centre": ["ЦСС Нечаянської с/р", "ЦСС Нечаянської сільської ради"]})
    f = g.f
    F = lambda x: "f" + x[1:]
    P = lambda x: "p" + x[1:]
    ap = f("applied", "persons", 52, "1. Звернулось/охоплено (осіб) – 52/45")
    sv = f("served", "persons", 45, "1. Звернулось/охоплено (осіб) – 52/45")
    api = f("applied", "persons", 14, "в т.ч. ВПО – 14/12 (26,7 % охопл.)", category="внутрішньо переміщені особи", parent=ap)
    svi = f("served", "persons", 12, "в т.ч. ВПО – 14/12 (26,7 % охопл.)", category="внутрішньо переміщені особи",
            percent=26.7, parent=sv)
    sj = f("in_difficult_circumstances", "families", 31, "2. Сімей СЖО (всього/нових) – 31/9", alt=["registered"])
    sjn = f("in_difficult_circumstances", "families", 9, "2. Сімей СЖО (всього/нових) – 31/9", label="нові",
            alt=["registered_new"], parent=sj)
    sjc = f("in_difficult_circumstances", "children", 58, "дітей у них – 58/17", alt=["registered"], parent=sj)
    sjnc = f("in_difficult_circumstances", "children", 17, "дітей у них – 58/17", label="нові", alt=["registered_new"],
             parent=sjn)
    na = f("needs_assessed", "families", 27, "3. ОП (сім./дит.) – 27/51")
    nac = f("needs_assessed", "children", 51, "3. ОП (сім./дит.) – 27/51", parent=na)
    nt = f("notified", "families", 15, "4. Повідомл. (надійш./не підтв.) – 15/4",
           note="no unit is written; families, as in п. 2–6 of the template")
    ss = f("served", "families", 19, "5. СС СЖО: перебув./взято/заверш. – 19/6/8", service="social_support_sjo",
           alt=["support_ongoing"])
    st = f("support_started", "families", 6, "5. СС СЖО: перебув./взято/заверш. – 19/6/8", service="social_support_sjo",
           parent=ss)
    cm = f("support_completed", "families", 8, "5. СС СЖО: перебув./взято/заверш. – 19/6/8", service="social_support_sjo",
           parent=ss)
    o1 = f("outcome_positive", "families", 4, "заверш.: поз./мін./нег. – 4/2/1", group="completed_8", parent=cm)
    o2 = f("outcome_minimized", "families", 2, "заверш.: поз./мін./нег. – 4/2/1", group="completed_8", parent=cm)
    o3 = f("outcome_negative", "families", 1, "заверш.: поз./мін./нег. – 4/2/1", group="completed_8", parent=cm)
    on = f("support_ongoing", "families", 11, "продовж. на IV кв. – 11", service="social_support_sjo")
    fp = f("served", "families", 3, "6. СС ПС/ДБСТ – 3/1", service="social_support_foster", label="прийомні сім'ї")
    fd = f("served", "families", 1, "6. СС ПС/ДБСТ – 3/1", service="social_support_foster", label="ДБСТ")
    ch = f("served", "children", 16, "Д/в/с всього – 16", service="social_support_foster",
           label="діти-вихованці сімейних форм виховання")
    ch1 = f("served", "children", 9, "(ПС/ДБСТ – 9/7)", service="social_support_foster", label="у прийомних сім'ях",
            group="foster_children_16", parent=ch)
    ch2 = f("served", "children", 7, "(ПС/ДБСТ – 9/7)", service="social_support_foster", label="у ДБСТ",
            group="foster_children_16", parent=ch)
    co = f("served", "persons", 38, "7. Конс. (осіб/посл.) – 38/64", service="counselling")
    cos = f("services_provided", "services", 64, "7. Конс. (осіб/посл.) – 38/64", service="counselling")
    nat = f("served", "families", 12, "8. Натур. доп. (сім./тис. грн) – 12/18,6", service="natural_aid")
    av = f("aid_value", "uah", 18600, "8. Натур. доп. (сім./тис. грн) – 12/18,6")
    ev = f("events", "events", 7, "9. Заходи/учасн. – 7/142")
    evp = f("event_participants", "persons", 142, "9. Заходи/учасн. – 7/142", parent=ev)
    ev2 = f("events", "events", 2, "(в т.ч. 2 – онлайн)", label="онлайн", parent=ev)
    cl = f("calls", "calls", 23, "10. ГЛ – 23 дзв.")
    mb = f("served", "persons", 34, "13. МБ (вик./осіб) – 18/34", label="мобільна бригада соціально-психологічної допомоги")
    cp = f("complaints", "complaints", 0, "11. Скарг – нема")
    ps = f("staff_positions", "positions", 6, "12. Штат/факт – 6/5")
    sa = f("staff_actual", "staff", 5, "12. Штат/факт – 6/5")
    tr = f("staff_trained", "staff", 2, "навч./підв. кв. – 2")
    g.slip("parts_sum", "error", "заверш.: поз./мін./нег. – 4/2/1", 7, 8, [o1, o2, o3, cm],
           "the outcomes of the 8 completed cases sum to 4 + 2 + 1 = 7: 1 missing",
           f"{F(o1)} + {F(o2)} + {F(o3)} == {F(cm)}")
    g.check("percent_mismatch", "в т.ч. ВПО – 14/12 (26,7 % охопл.)", "12 / 45 = 26,67 % → 26,7",
            f"pct_ok({P(svi)}, {F(svi)}, {F(sv)}, 1)")
    g.check("parts_sum", "1. Звернулось/охоплено (осіб) – 52/45", "45 ≤ 52; IDPs 14 ≤ 52, 12 ≤ 45, 12 ≤ 14",
            f"{F(sv)} <= {F(ap)} and {F(api)} <= {F(ap)} and {F(svi)} <= {F(sv)} and {F(svi)} <= {F(api)}")
    g.check("parts_sum", "2. Сімей СЖО (всього/нових) – 31/9", "9 ≤ 31; 17 ≤ 58", f"{F(sjn)} <= {F(sj)} and {F(sjnc)} <= {F(sjc)}")
    g.check("parts_sum", "продовж. на IV кв. – 11", "19 − 8 = 11", f"{F(ss)} - {F(cm)} == {F(on)} and {F(st)} <= {F(ss)}")
    g.check("parts_sum", "(ПС/ДБСТ – 9/7)", "9 + 7 = 16", f"{F(ch1)} + {F(ch2)} == {F(ch)}")
    g.check("parts_sum", "4. Повідомл. (надійш./не підтв.) – 15/4", "4 not confirmed ≤ 15 (4 is a skipped literal)",
            f"4 <= {F(nt)}")
    g.check("parts_sum", "(в т.ч. 2 – онлайн)", "2 ≤ 7", f"{F(ev2)} <= {F(ev)}")
    g.check("parts_sum", "12. Штат/факт – 6/5 (1 вак. – ФСР)", "6 − 5 = 1 vacancy (1 is a skipped literal); 2 trained ≤ 5",
            f"{F(ps)} - {F(sa)} == 1 and {F(tr)} <= {F(sa)}")
    s = g.skip
    s("57231, Миколаївська обл., Миколаївський р-н, с. Нечаяне, вул. Шкільна, 9; тел. (0512) 0-36-22", [57231, 9, 512, 3622],
      "postcode, address, phone")
    s("вих. № 214/02-07 від 03.10.2024", [214, 2, 7, 3, 10, 2024], "outgoing number and date")
    s("за ІІІ кв. 2024 р. (внутр. форма ОІ-3, ред. 2023)", [2024, 3, 2023], "period, form number and edition year")
    s("(ІІ кв.: 47/40)", [47, 40], "previous quarter's figures")
    s("4. Повідомл. (надійш./не підтв.) – 15/4", [4], "notifications not confirmed, no §3 id")
    s("вік 3–17 р.", [3, 17], "ages")
    s("12. Штат/факт – 6/5 (1 вак. – ФСР)", [1], "vacancy, no §3 id")
    s("15. План на IV кв.: СС – 20 сім., заходи – 9.", [15, 20, 9], "plan for Q4")
    s("13. МБ (вик./осіб) – 18/34", [18], "trips of the mobile brigade, no §3 id")
    s("14. Листи-запити (ССД/ЮП/ЗО) – 6/3/11", [14, 6, 3, 11], "letters and requests by partner, no §3 id")
    s("Прим. 2: по п. 8 – набори від БФ, вартість за накладними; по п. 13 – виїзди у старост. округи", [2, 8, 13],
      "note number, item references")
    s("1. Звернулось/охоплено", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], "item numbers 1.–15.")
    s("Прим.: дані за ІІІ кв. 2024 р. (01.07–30.09); по п. 5 – сім'ї, по п. 7 – особи.", [2024, 1, 7, 30, 9, 5, 7],
      "period dates, item references")
    s("станом на 30.09.2024", [30, 9, 2024], "date")
    s("Виконавець: фахівець ЦСС, тел. (0512) 0-36-25", [512, 3625], "phone")
    g.note("slash pairs: each number of a pair is its own fact, quoted by the whole line; the header in brackets says which is which")
    g.note("«Сімей СЖО (всього/нових) – 31/9» → in_difficult_circumstances (alt registered) and the new ones as a labelled part (alt registered_new); «дітей у них» hang on the families")
    g.note("«ОП (сім./дит.)» → needs_assessed families and children; «Повідомл. (надійш.)» → notified, unit families (the template counts families in п. 2–6); the 4 not confirmed have no §3 id")
    g.note("«СС СЖО: перебув./взято/заверш.» → served (alt support_ongoing) / support_started / support_completed; «поз./мін./нег.» → outcome_positive / outcome_minimized / outcome_negative; «продовж. на IV кв.» → support_ongoing")
    g.note("«Д/в/с» is decoded only by the key at the end (діти-вихованці сімейних форм виховання): served children, social_support_foster")
    g.note("«Конс. (осіб/посл.)» → served persons and services_provided, counselling; «Натур. доп. (сім./тис. грн) – 12/18,6» → served families natural_aid and aid_value 18 600 грн")
    g.note("«Скарг – нема» → complaints 0")
    g.note("«МБ (вик./осіб) – 18/34» → served persons with the mobile brigade as label (no service id); the 18 trips and the letters-requests of п. 14 have no §3 id")
    g.note("centre: the full name is not written, only «ЦСС Нечаянської с/р»; meta gives the expanded name, meta_alt the abbreviated forms")
    g.note("planted slip: completed 8 but outcomes 4 + 2 + 1 = 7 (parts_sum)")
    return g


if __name__ == "__main__":
    write_text(report_path(DOC), TEXT)
    gold().write()
