"""b45_06: ЦСС Старокостянтинівської міської ради (Хмельницька), results of 2025. TXT UTF-8, third person,
numbered points with bullet sub-lists, figures before nouns."""
from common import Gold, report_path, write_text

NAME = "b45_06_starokostiantyniv_css_annual2025.txt"

TEXT = """Центр соціальних служб Старокостянтинівської міської ради
31100, Хмельницька обл., м. Старокостянтинів, вул. Острозька, 20, тел. (03854) 0-41-93

ПІДСУМКИ РОБОТИ ЦЕНТРУ СОЦІАЛЬНИХ СЛУЖБ У 2025 РОЦІ

Центр обслуговує Старокостянтинівську міську територіальну громаду (34 населені пункти, 41,2 тис. жителів) і діє на підставі Положення, затвердженого рішенням виконавчого комітету від 27.03.2025 № 196.

1) Виявлення та оцінка потреб
Протягом року до Центру надійшла інформація про 143 сім'ї, які можуть перебувати у складних життєвих обставинах (у 2024 році – 129), зокрема:
   • від служби у справах дітей – 58;
   • від закладів освіти – 41;
   • від ювенальної поліції – 26;
   • від інших суб'єктів – 18.
Оцінку потреб фахівці провели 131 сім'ї, складні життєві обставини виявлено у 92 з них. Оцінка проводиться протягом 5 робочих днів після надходження повідомлення.

2) Соціальний супровід
Соціальним супроводом охоплено 104 сім'ї, у яких виховується 217 дітей; 49 сімей взято під супровід протягом року. Супровід завершено 58 сім'ям: складні життєві обставини подолано – у 37 сімей, мінімізовано – у 15, без результату – 6 сімей. На 2026 рік продовжено супровід 46 сімей.
Під соціальним супроводженням перебувало 12 прийомних сімей та ДБСТ (9 і 3 відповідно), у них виховується 41 дитина.

3) Інші послуги
   • 2 046 особам надано послугу інформування;
   • 1 127 особам – консультування;
   • представництво інтересів – 64 особи;
   • кризове втручання – 23 особи.
Мобільна бригада соціально-психологічної допомоги здійснила 212 виїздів; допомогу отримали 187 осіб, які постраждали від домашнього насильства.
Проведено 31 груповий захід (тренінги для молоді віком 14–35 років тривалістю 2 дні, батьківські збори, акції) для 604 учасників.

4) Якість послуг
За результатами анкетування 84 отримувачів послуги соціального супроводу:
   • дуже задоволені – 52,4 %;
   • задоволені – 35,7 %;
   • частково задоволені – 8,3 %;
   • не задоволені – 4,8 %.
Скарг на якість послуг у 2025 році не зареєстровано.

5) Кадри
У Центрі 23 штатні посади, з них зайнято 21. Протягом року 12 працівників пройшли навчання (сертифікатна програма 60 годин).

На 2026 рік Центр планує охопити супроводом не менше 110 сімей.

Звіт складено 15.01.2026.
"""


def gold():
    g = Gold(NAME, {
        "centre": "Центр соціальних служб Старокостянтинівської міської ради",
        "centre_type": "css", "settlement": "Старокостянтинів", "oblast": "Хмельницька",
        "report_kind": "annual_report", "period_start": "2025-01-01", "period_end": "2025-12-31"})
    n = lambda i: i[1:]
    no = g.f("notified", "families", 143, "до Центру надійшла інформація про 143 сім'ї")
    parts = []
    for lab, v in (("від служби у справах дітей", 58), ("від закладів освіти", 41),
                   ("від ювенальної поліції", 26), ("від інших суб'єктів", 18)):
        parts.append(g.f("notified", "families", v, f"{lab} – {v}", label=lab, group="notified_143_by_source",
                         parent=no))
    na = g.f("needs_assessed", "families", 131, "Оцінку потреб фахівці провели 131 сім'ї")
    sj = g.f("in_difficult_circumstances", "families", 92, "складні життєві обставини виявлено у 92 з них", parent=na)
    s = g.f("served", "families", 104, "Соціальним супроводом охоплено 104 сім'ї", service="social_support_sjo",
            alt=["support_ongoing"])
    sc = g.f("served", "children", 217, "у яких виховується 217 дітей", service="social_support_sjo",
             alt=["support_ongoing"], parent=s)
    st = g.f("support_started", "families", 49, "49 сімей взято під супровід протягом року",
             service="social_support_sjo", parent=s)
    cp = g.f("support_completed", "families", 58, "Супровід завершено 58 сім'ям", service="social_support_sjo",
             parent=s)
    o1 = g.f("outcome_positive", "families", 37, "складні життєві обставини подолано – у 37 сімей",
             group="completed_58_by_outcome", parent=cp)
    o2 = g.f("outcome_minimized", "families", 15, "мінімізовано – у 15", group="completed_58_by_outcome", parent=cp)
    o3 = g.f("outcome_negative", "families", 6, "без результату – 6 сімей", group="completed_58_by_outcome", parent=cp)
    og = g.f("support_ongoing", "families", 46, "На 2026 рік продовжено супровід 46 сімей", service="social_support_sjo",
             parent=s)
    f12 = g.f("served", "families", 12, "Під соціальним супроводженням перебувало 12 прийомних сімей та ДБСТ",
              service="social_support_foster", alt=["support_ongoing"])
    f9 = g.f("served", "families", 9, "(9 і 3 відповідно)", service="social_support_foster", label="прийомні сім'ї",
             group="foster_12_by_form", parent=f12)
    f3 = g.f("served", "families", 3, "(9 і 3 відповідно)", service="social_support_foster",
             label="дитячі будинки сімейного типу", group="foster_12_by_form", parent=f12)
    f41 = g.f("served", "children", 41, "у них виховується 41 дитина", service="social_support_foster", parent=f12)
    i1 = g.f("served", "persons", 2046, "2 046 особам надано послугу інформування", service="informing")
    i2 = g.f("served", "persons", 1127, "1 127 особам – консультування", service="counselling")
    i3 = g.f("served", "persons", 64, "представництво інтересів – 64 особи", service="representation")
    i4 = g.f("served", "persons", 23, "кризове втручання – 23 особи", service="crisis_intervention")
    mb = g.f("served", "persons", 187, "допомогу отримали 187 осіб, які постраждали від домашнього насильства",
             category="особи, які постраждали від домашнього насильства", label="мобільна бригада")
    ev = g.f("events", "events", 31, "Проведено 31 груповий захід")
    ep = g.f("event_participants", "persons", 604, "для 604 учасників", parent=ev)
    sr = g.f("survey_respondents", "recipients", 84, "анкетування 84 отримувачів послуги соціального супроводу",
             unit_alt="persons", service="social_support_sjo")
    q1 = g.f("satisfaction", "percent", 52.4, "дуже задоволені – 52,4 %", label="дуже задоволені", alt=["share"])
    q2 = g.f("share", "percent", 35.7, "задоволені – 35,7 %", label="задоволені", alt=["satisfaction"])
    q3 = g.f("share", "percent", 8.3, "частково задоволені – 8,3 %", label="частково задоволені")
    q4 = g.f("share", "percent", 4.8, "не задоволені – 4,8 %", label="не задоволені")
    cm = g.f("complaints", "complaints", 0, "Скарг на якість послуг у 2025 році не зареєстровано.")
    sp = g.f("staff_positions", "positions", 23, "У Центрі 23 штатні посади")
    sa = g.f("staff_actual", "staff", 21, "з них зайнято 21", unit_alt="positions", parent=sp)
    tr = g.f("staff_trained", "staff", 12, "12 працівників пройшли навчання")

    g.slip("percents_sum", "error", "дуже задоволені – 52,4 %", 101.2, 100, [q1, q2, q3, q4],
           "the four answers partition the 84 respondents but sum to 101,2 % (52,4 + 35,7 + 8,3 + 4,8). Each share "
           "alone is reachable with 84 (44, 30, 7 and 4 of 84), but 44 + 30 + 7 + 4 = 85 > 84; 3 of 84 would be 3,6 %",
           f"psum_ok([f{n(q1)}, f{n(q2)}, f{n(q3)}, f{n(q4)}], 1)")
    g.check("percent_impossible", "За результатами анкетування 84 отримувачів",
            "each share is reachable with 84 respondents",
            " and ".join(f"grim_ok(f{n(q)}, f{n(sr)}, 1)" for q in (q1, q2, q3, q4)))
    g.check("parts_sum", "до Центру надійшла інформація про 143 сім'ї", "58 + 41 + 26 + 18 = 143",
            " + ".join(f"f{n(i)}" for i in parts) + f" == f{n(no)}")
    g.check("parts_sum", "складні життєві обставини виявлено у 92 з них", "92 ≤ 131 ≤ 143",
            f"f{n(sj)} <= f{n(na)} <= f{n(no)}")
    g.check("parts_sum", "Супровід завершено 58 сім'ям", "37 + 15 + 6 = 58",
            f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(cp)}")
    g.check("parts_sum", "На 2026 рік продовжено супровід 46 сімей", "58 completed + 46 continued = 104; 49 new ≤ 104",
            f"f{n(cp)} + f{n(og)} == f{n(s)} and f{n(st)} <= f{n(s)}")
    g.check("parts_sum", "(9 і 3 відповідно)", "9 + 3 = 12", f"f{n(f9)} + f{n(f3)} == f{n(f12)}")
    g.check("parts_sum", "з них зайнято 21", "21 ≤ 23; 12 trained ≤ 21", f"f{n(sa)} <= f{n(sp)} and f{n(tr)} <= f{n(sa)}")

    g.skip("31100, Хмельницька обл., м. Старокостянтинів, вул. Острозька, 20, тел. (03854) 0-41-93",
           [31100, 20, 3854, 4193], "postcode, address, phone")
    g.skip("(34 населені пункти, 41,2 тис. жителів)", [34, 41200], "settlements, population")
    g.skip("рішенням виконавчого комітету від 27.03.2025 № 196", [27, 3, 2025, 196], "decision date and number")
    g.skip("(у 2024 році – 129)", [2024, 129], "prior-year figure")
    g.skip("Оцінка проводиться протягом 5 робочих днів після надходження повідомлення.", [5], "duration")
    g.skip("Мобільна бригада соціально-психологічної допомоги здійснила 212 виїздів", [212], "trips: no §3 id")
    g.skip("тренінги для молоді віком 14–35 років тривалістю 2 дні", [14, 35, 2], "ages, duration")
    g.skip("(сертифікатна програма 60 годин)", [60], "duration")
    g.skip("На 2026 рік Центр планує охопити супроводом не менше 110 сімей.", [2026, 110], "plan")
    g.skip("Звіт складено 15.01.2026.", [15, 1, 2026], "compile date")
    g.skip("1) Виявлення та оцінка потреб", [1, 2, 3, 4, 5], "point numbers 1)–5)")
    g.note("«охоплено соціальним супроводом» → served (alt support_ongoing); «продовжено супровід на 2026 рік» → "
           "support_ongoing. Outcomes: подолано → outcome_positive, мінімізовано → outcome_minimized, без результату → "
           "outcome_negative.")
    g.note("«12 прийомних сімей та ДБСТ (9 і 3 відповідно)»: 9 and 3 share one quote and are told apart by label; "
           "the 41 children hang on the 12.")
    g.note("the four «інші послуги» bullets are not stated as a breakdown of any total: no group.")
    g.note("«з них зайнято 21» (of 23 posts) → staff_actual, unit staff, unit_alt positions.")
    g.note("survey: «дуже задоволені» → satisfaction (alt share); «задоволені» → share (alt satisfaction); the others share.")
    g.note("planted slip: the four survey shares sum to 101,2 %.")
    g.write()


if __name__ == "__main__":
    write_text(report_path(NAME), TEXT)
    gold()
