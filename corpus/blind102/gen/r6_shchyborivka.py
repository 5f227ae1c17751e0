"""b102_06: ЦСС Щиборівської сільської ради (Хмельницька), information for Q3 2021. UTF-8 TXT, LF,
first person plural, lettered sections and asterisk lists; a conclusion that contradicts the body."""
from common import Gold, report_path, write_text

DOC = "b102_06_shchyborivka_css_q3_2021.txt"

TEXT = """Щиборівська сільська рада
ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ
31033, Хмельницька обл., Хмельницький р-н, с. Щиборівка, вул. Незалежності, 5
тел. (03855) 0-93-16, e-mail: css.shchyborivka@example.ua

Вих. № 87 від 04.10.2021

Відділу соціального захисту населення
Щиборівської сільської ради

ІНФОРМАЦІЯ
про роботу Центру соціальних служб за III квартал 2021 року

А. ВИЯВЛЕННЯ СІМЕЙ У СЖО

У липні – вересні 2021 року ми отримали 19 повідомлень про сім'ї з дітьми, які можуть перебувати у складних життєвих обставинах (з початку року таких повідомлень – 52). Надходили вони від закладів освіти, старост і служби у справах дітей.

Оцінку потреб проведено 17 сім'ям, у яких виховується 31 дитина; два повідомлення не підтвердилися. Складні життєві обставини виявлено в 11 сімей, усім їм запропоновано соціальні послуги.

Б. СОЦІАЛЬНИЙ СУПРОВІД

Під соціальний супровід за квартал взято 7 сімей, у яких 15 дітей. Причини: ухилення батьків від виконання батьківських обов'язків, складні стосунки в сім'ї, залежність одного з батьків від алкоголю.

Завершено супровід 4 сімей:
* у трьох сім'ях складні життєві обставини подолано;
* в одній сім'ї результату не досягнуто (батьки ухилялися від виконання плану).

Станом на 30.09.2021 під соціальним супроводом перебуває 16 сімей. З них 5 – сім'ї внутрішньо переміщених осіб (31,3 %).

Соціальним супроводженням охоплено 2 прийомні сім'ї, в яких виховуються 6 дітей. Кожну сім'ю відвідано не рідше одного разу на місяць.

В. ІНШІ ПОСЛУГИ ТА ЗАХОДИ

* консультування – 84 особи;
* інформування – 126 осіб;
* представництво інтересів – 5 осіб (оформлення документів, супровід до суду).

На телефон Центру надійшло 23 дзвінки. Проведено 3 групові заходи (тренінг «Безпечне батьківство», зустрічі батьківського клубу), в яких взяли участь 58 осіб.

Скарг за квартал не надходило.

Г. КАДРИ

У Центрі працюють 5 працівників, штатом передбачено 6 посад. Фахівець із соціальної роботи, прийнятий у серпні, пройшов базове навчання (40 годин).

ВИСНОВКИ

Робота Центру у III кварталі 2021 року була зосереджена на ранньому виявленні сімей у СЖО. У III кварталі під соціальний супровід взято 9 сімей, що на 3 більше, ніж у II кварталі. У IV кварталі плануємо провести 4 групові заходи та запровадити послугу посередництва.

Директор Центру                     ______________
"""

path = report_path(DOC)
write_text(path, TEXT)

g = Gold(DOC, {
    "centre": "Центр соціальних служб Щиборівської сільської ради",
    "centre_type": "css",
    "settlement": "Щиборівка",
    "oblast": "Хмельницька",
    "report_kind": "period_report",
    "period_start": "2021-07-01",
    "period_end": "2021-09-30",
})
f = g.f
nt = f("notified", "families", 19, "ми отримали 19 повідомлень про сім'ї з дітьми", unit_alt="applications")
na = f("needs_assessed", "families", 17, "Оцінку потреб проведено 17 сім'ям", parent=nt)
na_ch = f("needs_assessed", "children", 31, "у яких виховується 31 дитина", parent=na)
sjo = f("in_difficult_circumstances", "families", 11, "Складні життєві обставини виявлено в 11 сімей", parent=na)
st_ = f("support_started", "families", 7, "Під соціальний супровід за квартал взято 7 сімей",
        service="social_support_sjo")
st_ch = f("support_started", "children", 15, "у яких 15 дітей", service="social_support_sjo", parent=st_)
comp = f("support_completed", "families", 4, "Завершено супровід 4 сімей", service="social_support_sjo")
pos_o = f("outcome_positive", "families", 3, "у трьох сім'ях складні життєві обставини подолано",
          service="social_support_sjo", group="completed_4_by_result", parent=comp, note="«трьох» = 3")
neg = f("outcome_negative", "families", 1, "в одній сім'ї результату не досягнуто", service="social_support_sjo",
        group="completed_4_by_result", parent=comp, note="«одній» = 1")
ong = f("support_ongoing", "families", 16, "під соціальним супроводом перебуває 16 сімей",
        service="social_support_sjo", alt=["served"])
idp = f("support_ongoing", "families", 5, "З них 5 – сім'ї внутрішньо переміщених осіб (31,3 %)", percent=31.3,
        service="social_support_sjo", category="внутрішньо переміщені особи", alt=["served"], parent=ong)
fos = f("served", "families", 2, "Соціальним супроводженням охоплено 2 прийомні сім'ї", service="social_support_foster")
fos_ch = f("served", "children", 6, "в яких виховуються 6 дітей", service="social_support_foster", parent=fos)
c1 = f("served", "persons", 84, "консультування – 84 особи", service="counselling")
c2 = f("served", "persons", 126, "інформування – 126 осіб", service="informing")
c3 = f("served", "persons", 5, "представництво інтересів – 5 осіб", service="representation")
calls = f("calls", "calls", 23, "На телефон Центру надійшло 23 дзвінки")
ev = f("events", "events", 3, "Проведено 3 групові заходи")
evp = f("event_participants", "persons", 58, "в яких взяли участь 58 осіб", parent=ev)
cmp_ = f("complaints", "complaints", 0, "Скарг за квартал не надходило")
act = f("staff_actual", "staff", 5, "У Центрі працюють 5 працівників")
pos = f("staff_positions", "positions", 6, "штатом передбачено 6 посад")
st2 = f("support_started", "families", 9, "У III кварталі під соціальний супровід взято 9 сімей",
        service="social_support_sjo", label="висновки", note="contradicts the 7 families of section Б")

g.check("parts_sum", "Оцінку потреб проведено 17 сім'ям", "17 assessed + 2 not confirmed = 19 notified; 11 ≤ 17",
        f"{na} + 2 == {nt} and {sjo} <= {na}")
g.check("parts_sum", "Завершено супровід 4 сімей:", "3 + 1 = 4", f"{pos_o} + {neg} == {comp}")
g.check("percent_mismatch", "З них 5 – сім'ї внутрішньо переміщених осіб (31,3 %)",
        "5 / 16 = 31,25 % → 31,3 (half-up)", f"pct_ok(p{idp[1:]}, {idp}, {ong}, 1)")
g.check("parts_sum", "Під соціальний супровід за квартал взято 7 сімей", "7 taken ≤ 11 in СЖО; 16 ongoing ≥ 7",
        f"{st_} <= {sjo} and {st_} <= {ong}")
g.check("parts_sum", "У Центрі працюють 5 працівників, штатом передбачено 6 посад", "5 ≤ 6",
        f"{act} <= {pos}")
g.slip("internal_conflict", "error", "У III кварталі під соціальний супровід взято 9 сімей", 9, 7, [st_, st2],
       "section Б says 7 families were taken under social support in the quarter; the conclusions say 9 for the "
       "same quarter (same indicator, unit, service and period)",
       f"{st_} == {st2}")

g.skip("31033, Хмельницька обл., Хмельницький р-н, с. Щиборівка, вул. Незалежності, 5", [31033, 5],
       "postcode, address")
g.skip("тел. (03855) 0-93-16", [3855, 9316], "phone")
g.skip("Вих. № 87 від 04.10.2021", [87, 4, 10, 2021], "outgoing number and date")
g.skip("про роботу Центру соціальних служб за III квартал 2021 року", [3, 2021], "Roman III, year")
g.skip("У липні – вересні 2021 року", [2021], "year")
g.skip("(з початку року таких повідомлень – 52)", [52], "cumulative figure since January (another period)")
g.skip("два повідомлення не підтвердилися", [2], "notifications not confirmed (no §3 id; literal in a check)")
g.skip("Станом на 30.09.2021", [30, 9, 2021], "date")
g.skip("Кожну сім'ю відвідано не рідше одного разу на місяць", [1], "visit frequency")
g.skip("пройшов базове навчання (40 годин)", [40], "duration")
g.skip("що на 3 більше, ніж у II кварталі", [3, 2], "difference with the previous quarter, Roman II")
g.skip("У IV кварталі плануємо провести 4 групові заходи", [4], "plan for Q4")

g.note("period: «за III квартал 2021 року» → 2021-07-01..2021-09-30")
g.note("«19 повідомлень про сім'ї» → notified, unit families (one notification per family; unit_alt applications)")
g.note("«під соціальним супроводом перебуває 16 сімей» at 30.09.2021 → support_ongoing (alt served); the IDP "
       "families with their percent hang on it")
g.note("outcomes: «подолано» → outcome_positive, «результату не досягнуто» → outcome_negative")
g.note("slip: 7 families taken under support in section Б, 9 in the conclusions → internal_conflict. Both are "
       "facts; the conclusions' one carries label «висновки». «на 3 більше, ніж у II кварталі» is skipped")
g.note("«Фахівець із соціальної роботи, прийнятий у серпні, пройшов базове навчання» names one person without "
       "a number → no staff_trained fact")
g.note("services listed with bullets are not stated as a breakdown of a total → no parent")
g.write()
