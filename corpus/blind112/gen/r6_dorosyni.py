"""b112_06: ЦСС Доросинівської сільської ради, information for Q3 2021 (UTF-8 TXT, impersonal)."""
from common import Gold, report_path, write_text

NAME = "b112_06_dorosyni_css_q3_2021.txt"
TEXT = """Центр соціальних служб Доросинівської сільської ради
Луцького району Волинської області
45611, с. Доросині, вул. Незалежності, 14, тел. (03368) 0-31-40
ЄДРПОУ 43871025, css.dorosyni@example.ua

Начальнику відділу соціального захисту населення
Доросинівської сільської ради

ІНФОРМАЦІЯ
щодо діяльності центру соціальних служб за ІІІ квартал 2021 року

І. Охоплення соціальними послугами

У ІІІ кварталі 2021 року (липень – вересень) фахівцями центру охоплено соціальними послугами 142 сім'ї/особи, у яких виховується 197 дітей (з початку року – 318 сімей/осіб).

За видами соціальних послуг:
а) інформування – 61;
б) консультування – 54;
в) соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах, – 12;
г) соціальне супроводження прийомних сімей та ДБСТ – 3;
ґ) кризове та екстрене втручання – 2;
д) представництво інтересів – 10.

Загалом надано 486 соціальних послуг.

ІІ. Виявлення та оцінка потреб

Від суб'єктів виявлення надійшло 19 повідомлень про сім'ї, які можуть потребувати допомоги: 5 – від закладів освіти, 8 – від служби у справах дітей, 6 – від поліції. Оцінку потреб проведено 27 сім'ям/особам, з них 14 (51,9 %) визнано такими, що перебувають у СЖО.

ІІІ. Соціальний супровід

Взято під соціальний супровід 4 сім'ї (в них 9 дітей). Завершено супровід 3 сімей: у двох – подолано складні життєві обставини, в одній – мінімізовано.
Станом на 30.09.2021 під супроводом перебуває 12 сімей; термін супроводу не перевищує 6 місяців.

IV. Профілактична робота

Проведено 4 групові заходи для батьків («Безпечне дитинство», «Школа відповідального батьківства»), учасників – 40.
Здійснено 57 виїздів до населених пунктів громади (відстань до найвіддаленішого села – 23 км).

V. Кадри

Штатна чисельність центру – 4 посади: директор і 3 фахівці із соціальної роботи. Фактично працює 3 працівники (1 фахівець перебуває у відпустці по догляду за дитиною до 3-річного віку).
Скарг на роботу центру не надійшло.

Директор центру                        ___________
04.10.2021
"""
write_text(report_path(NAME), TEXT)

g = Gold(NAME, {
    "centre": "Центр соціальних служб Доросинівської сільської ради",
    "centre_type": "css", "settlement": "Доросині", "oblast": "Волинська",
    "report_kind": "period_report", "period_start": "2021-07-01", "period_end": "2021-09-30"},
    {"settlement": ["Доросинівська сільська громада"]})

sv = g.f("served", "families_persons", 142, "охоплено соціальними послугами 142 сім'ї/особи")
g.f("served", "children", 197, "у яких виховується 197 дітей", parent=sv)
svc = [("інформування – 61", 61, "informing"), ("консультування – 54", 54, "counselling"),
       ("які перебувають у складних життєвих обставинах, – 12", 12, "social_support_sjo"),
       ("соціальне супроводження прийомних сімей та ДБСТ – 3", 3, "social_support_foster"),
       ("кризове та екстрене втручання – 2", 2, "crisis_intervention"), ("представництво інтересів – 10", 10, "representation")]
parts = [g.f("served", "families_persons", v, q, service=s, group="served_142_by_service", parent=sv) for q, v, s in svc]
g.f("services_provided", "services", 486, "Загалом надано 486 соціальних послуг.")
nt = g.f("notified", "families", 19, "надійшло 19 повідомлень про сім'ї", unit_alt="applications")
ns = [g.f("notified", "families", 5, "5 – від закладів освіти", label="від закладів освіти", group="notified_19_by_source", parent=nt),
      g.f("notified", "families", 8, "8 – від служби у справах дітей", label="від служби у справах дітей", group="notified_19_by_source", parent=nt),
      g.f("notified", "families", 6, "6 – від поліції", label="від поліції", group="notified_19_by_source", parent=nt)]
na = g.f("needs_assessed", "families_persons", 27, "Оцінку потреб проведено 27 сім'ям/особам")
sj = g.f("in_difficult_circumstances", "families_persons", 14, "з них 14 (51,9 %) визнано такими, що перебувають у СЖО", percent=51.9, parent=na)
st = g.f("support_started", "families", 4, "Взято під соціальний супровід 4 сім'ї", service="social_support_sjo")
g.f("support_started", "children", 9, "(в них 9 дітей)", service="social_support_sjo", parent=st)
cp = g.f("support_completed", "families", 3, "Завершено супровід 3 сімей", service="social_support_sjo")
o1 = g.f("outcome_positive", "families", 2, "у двох – подолано складні життєві обставини", service="social_support_sjo",
         group="completed_3", parent=cp, note="number in words: «у двох» = 2")
o2 = g.f("outcome_minimized", "families", 1, "в одній – мінімізовано", service="social_support_sjo", group="completed_3", parent=cp,
         note="number in words: «в одній» = 1")
on = g.f("support_ongoing", "families", 12, "Станом на 30.09.2021 під супроводом перебуває 12 сімей", service="social_support_sjo",
         alt=["served"])
ev = g.f("events", "events", 4, "Проведено 4 групові заходи для батьків")
g.f("event_participants", "persons", 40, "учасників – 40", parent=ev)
pos = g.f("staff_positions", "positions", 4, "Штатна чисельність центру – 4 посади")
act = g.f("staff_actual", "staff", 3, "Фактично працює 3 працівники")
g.f("complaints", "complaints", 0, "Скарг на роботу центру не надійшло.")

g.check("parts_sum", "За видами соціальних послуг:", "61 + 54 + 12 + 3 + 2 + 10 = 142", f"{' + '.join(parts)} == {sv}")
g.check("parts_sum", "надійшло 19 повідомлень про сім'ї, які можуть потребувати допомоги: 5 – від закладів освіти, 8 – від служби у справах дітей, 6 – від поліції",
        "5 + 8 + 6 = 19", f"{' + '.join(ns)} == {nt}")
g.check("percent_mismatch", "з них 14 (51,9 %) визнано", "14/27 = 51,85 → 51,9", f"pct_ok(p{sj[1:]}, {sj}, {na}, 1)")
g.check("parts_sum", "Завершено супровід 3 сімей: у двох – подолано складні життєві обставини, в одній – мінімізовано.", "2 + 1 = 3",
        f"{o1} + {o2} == {cp}")
g.check("internal_conflict", "під супроводом перебуває 12 сімей", "12 families under support at 30.09 = the 12 of the service list (соціальний супровід – 12)",
        f"{on} == {parts[2]}")
g.check("parts_sum", "Фактично працює 3 працівники", "3 ≤ 4", f"{act} <= {pos}")

g.skip("45611, с. Доросині, вул. Незалежності, 14, тел. (03368) 0-31-40", [45611, 14, 3368, 3140], "postcode, address, phone")
g.skip("ЄДРПОУ 43871025", [43871025], "ЄДРПОУ")
g.skip("за ІІІ квартал 2021 року", [2021], "period")
g.skip("(з початку року – 318 сімей/осіб)", [318], "cumulative figure for January–September, another period")
g.skip("Станом на 30.09.2021", [30, 9, 2021], "date")
g.skip("термін супроводу не перевищує 6 місяців", [6], "duration")
g.skip("Здійснено 57 виїздів до населених пунктів громади (відстань до найвіддаленішого села – 23 км)", [57, 23], "visits (no §3 id), distance")
g.skip("директор і 3 фахівці із соціальної роботи", [3], "composition of the 4 positions (not staff at work)")
g.skip("(1 фахівець перебуває у відпустці по догляду за дитиною до 3-річного віку)", [1, 3], "staff on leave (no §3 id), age")
g.skip("04.10.2021", [4, 10, 2021], "date")
g.note("period: «за ІІІ квартал 2021 року (липень – вересень)» → 2021-07-01..2021-09-30; the cumulative 318 «з початку року» is another period and skipped")
g.note("«142 сім'ї/особи» → unit families_persons; the service list а)–д) partitions the 142 (group)")
g.note("«соціальне супроводження прийомних сімей та ДБСТ» → social_support_foster; «кризове та екстрене втручання» → crisis_intervention")
g.note("«19 повідомлень про сім'ї» → notified, unit families (unit_alt applications); the sources partition the 19")
g.note("«у двох», «в одній» are numbers in words and facts (outcome_positive 2, outcome_minimized 1)")
g.note("«Станом на 30.09.2021 під супроводом перебуває 12 сімей» → support_ongoing (alt served)")
g.note("«3 фахівці із соціальної роботи» describes the 4 positions, not people at work: skipped; «Фактично працює 3 працівники» → staff_actual")
g.write()
