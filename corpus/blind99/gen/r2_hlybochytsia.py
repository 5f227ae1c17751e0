"""b99_02: ТЦСО Глибочицької сільської ради (Житомирська), information for 9 months of 2023.
windows-1251, CRLF, hard-wrapped lines, impersonal voice."""
from common import Gold, report_path, write_text

DOC = "b99_02_hlybochytsia_tcso_9m2023.txt"

TEXT = """\
                 ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
                     (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)
         ГЛИБОЧИЦЬКОЇ СІЛЬСЬКОЇ РАДИ ЖИТОМИРСЬКОГО РАЙОНУ
                       ЖИТОМИРСЬКОЇ ОБЛАСТІ

12441, Житомирська обл., с. Глибочиця, вул. Шкільна, 3
тел. (0412) 0-45-17, e-mail: tc.hlyb@example.ua, код ЄДРПОУ 41866203

                            І Н Ф О Р М А Ц І Я
          про роботу територіального центру за 9 місяців 2023 року

Територіальний центр обслуговує мешканців 19 населених пунктів
громади; на території громади проживає 3 914 осіб пенсійного віку.

1. Обслуговування громадян

За січень-вересень 2023 року територіальним центром обслуговано
512 осіб (за 9 місяців 2022 року - 487 осіб), а саме:
- відділенням соціальної допомоги вдома - 238 осіб;
- відділенням денного перебування - 61 особу;
- відділенням організації надання адресної натуральної та грошової
  допомоги - 189 осіб;
- мобільною бригадою соціально-психологічної допомоги - 24 особи.

Серед підопічних відділення соціальної допомоги вдома жінок - 176,
чоловіків - 58. У т. ч. віком 80 років і старше - 63 особи,
внутрішньо переміщених осіб - 41.

Взято на обслуговування за звітний період 58 осіб. Знято з
обслуговування 47 осіб, з них:
   у зв'язку зі смертю - 29;
   у зв'язку з влаштуванням до закладів стаціонарного догляду - 6;
   у зв'язку зі зміною місця проживання - 8;
   за власним бажанням - 4.
В черзі на отримання послуги догляду вдома станом на 30.09.2023
перебуває 9 осіб.

2. Надані послуги

Всього надано 18 437 соціальних послуг, у т. ч.:
   догляд вдома - 14 106;
   денний догляд - 1 842;
   натуральна допомога - 2 489.

Адресну натуральну допомогу (продуктові набори, засоби гігієни,
дрова) отримали 189 осіб; вартість наданої допомоги - 127,5 тис. грн.
Послугою "соціальне таксі" скористалися 33 особи, надано 71 послугу
соціального таксі (тариф - 8,00 грн за 1 км пробігу).

3. Кадрове забезпечення

Штатна чисельність - 36 посад, фактично працює 33 працівники,
у т. ч. 22 соціальних робітники; 3 посади вакантні.
Підвищили кваліфікацію 7 працівників.

4. Якість послуг

У серпні 2023 року проведено анкетування 64 отримувачів послуги
догляду вдома. Рівень задоволеності якістю послуг становить 92,2 %.
Надійшло 2 скарги (щодо графіка відвідувань), обидві розглянуто
в установленому порядку.

5. Фінансове забезпечення

Річні призначення загального фонду - 8 690,0 тис. грн.
Касові видатки за 9 місяців - 6 482,7 тис. грн (74,6 % річних
призначень). До спеціального фонду надійшло 58,3 тис. грн плати за
соціальні послуги.


Складено 06.10.2023
Вик.: відділ соціальної роботи, тел. (0412) 0-45-19
"""


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Глибочицької сільської ради",
        "centre_type": "tcso", "settlement": "Глибочиця", "oblast": "Житомирська",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30",
    }, {"centre": ["Територіальний центр соціального обслуговування (надання соціальних послуг) Глибочицької сільської ради Житомирського району Житомирської області",
                   "Територіальний центр соціального обслуговування Глибочицької сільської ради"]})
    f = g.f
    F = lambda x: "f" + x[1:]
    P = lambda x: "p" + x[1:]
    tot = f("served", "persons", 512, "512 осіб (за 9 місяців 2022 року - 487 осіб), а саме:")
    d1 = f("served", "persons", 238, "відділенням соціальної допомоги вдома - 238 осіб", service="home_care",
           district="відділення соціальної допомоги вдома", group="served_512_by_department", parent=tot)
    d2 = f("served", "persons", 61, "відділенням денного перебування - 61 особу", service="day_care",
           district="відділення денного перебування", group="served_512_by_department", parent=tot)
    d3 = f("served", "persons", 189, "допомоги - 189 осіб;", service="natural_aid",
           district="відділення організації надання адресної натуральної та грошової допомоги",
           group="served_512_by_department", parent=tot)
    d4 = f("served", "persons", 24, "мобільною бригадою соціально-психологічної допомоги - 24 особи",
           district="мобільна бригада соціально-психологічної допомоги", group="served_512_by_department", parent=tot)
    w = f("served", "persons", 176, "Серед підопічних відділення соціальної допомоги вдома жінок - 176",
          service="home_care", category="жінки", group="home_care_238_by_sex", parent=d1)
    m = f("served", "persons", 58, "чоловіків - 58", service="home_care", category="чоловіки",
          group="home_care_238_by_sex", parent=d1)
    old = f("served", "persons", 63, "У т. ч. віком 80 років і старше - 63 особи", service="home_care",
            category="особи віком 80 років і старше", parent=d1)
    idp = f("served", "persons", 41, "внутрішньо переміщених осіб - 41", service="home_care",
            category="внутрішньо переміщені особи", parent=d1)
    new = f("served", "persons", 58, "Взято на обслуговування за звітний період 58 осіб",
            alt=["registered_new", "support_started"])
    der = f("deregistered", "persons", 47, "обслуговування 47 осіб, з них:")
    r1 = f("deregistered", "persons", 29, "у зв'язку зі смертю - 29", label="смерть", group="dereg_47_by_reason", parent=der)
    r2 = f("deregistered", "persons", 6, "у зв'язку з влаштуванням до закладів стаціонарного догляду - 6",
           label="влаштування до закладів стаціонарного догляду", group="dereg_47_by_reason", parent=der)
    r3 = f("deregistered", "persons", 8, "у зв'язку зі зміною місця проживання - 8", label="зміна місця проживання",
           group="dereg_47_by_reason", parent=der)
    r4 = f("deregistered", "persons", 4, "за власним бажанням - 4", label="за власним бажанням",
           group="dereg_47_by_reason", parent=der)
    sv = f("services_provided", "services", 18437, "Всього надано 18 437 соціальних послуг")
    s1 = f("services_provided", "services", 14106, "догляд вдома - 14 106", service="home_care",
           group="services_18437_by_service", parent=sv)
    s2 = f("services_provided", "services", 1842, "денний догляд - 1 842", service="day_care",
           group="services_18437_by_service", parent=sv)
    s3 = f("services_provided", "services", 2489, "натуральна допомога - 2 489", service="natural_aid",
           group="services_18437_by_service", parent=sv)
    nat = f("served", "persons", 189, "отримали 189 осіб", service="natural_aid", note="repeats the department line; a second fact")
    aid = f("aid_value", "uah", 127500, "вартість наданої допомоги - 127,5 тис. грн")
    tx = f("served", "persons", 33, "Послугою \"соціальне таксі\" скористалися 33 особи", service="social_taxi")
    txs = f("services_provided", "services", 71, "надано 71 послугу", service="social_taxi")
    pos = f("staff_positions", "positions", 36, "Штатна чисельність - 36 посад")
    act = f("staff_actual", "staff", 33, "фактично працює 33 працівники")
    sw = f("staff_actual", "staff", 22, "у т. ч. 22 соціальних робітники", label="соціальні робітники", parent=act)
    trn = f("staff_trained", "staff", 7, "Підвищили кваліфікацію 7 працівників")
    sr = f("survey_respondents", "recipients", 64, "проведено анкетування 64 отримувачів послуги", unit_alt="persons",
           service="home_care")
    sat = f("satisfaction", "percent", 92.2, "Рівень задоволеності якістю послуг становить 92,2 %")
    cp = f("complaints", "complaints", 2, "Надійшло 2 скарги (щодо графіка відвідувань)")
    appr = f("budget_approved", "uah", 8690000, "Річні призначення загального фонду - 8 690,0 тис. грн",
             label="загальний фонд, річні призначення 2023")
    sp = f("budget_spent", "uah", 6482700, "Касові видатки за 9 місяців - 6 482,7 тис. грн", percent=74.6,
           label="загальний фонд, 9 місяців")
    rec = f("budget_received", "uah", 58300, "До спеціального фонду надійшло 58,3 тис. грн",
            label="спеціальний фонд, плата за соціальні послуги")
    g.slip("parts_sum", "error", "Серед підопічних відділення соціальної допомоги вдома жінок - 176", 234, 238,
           [w, m, d1], "women 176 + men 58 = 234, but the department serves 238: 4 missing",
           f"{F(w)} + {F(m)} == {F(d1)}")
    g.check("parts_sum", "512 осіб (за 9 місяців 2022 року - 487 осіб), а саме:", "238 + 61 + 189 + 24 = 512",
            f"{F(d1)} + {F(d2)} + {F(d3)} + {F(d4)} == {F(tot)}")
    g.check("parts_sum", "обслуговування 47 осіб, з них:", "29 + 6 + 8 + 4 = 47",
            f"{F(r1)} + {F(r2)} + {F(r3)} + {F(r4)} == {F(der)}")
    g.check("parts_sum", "Всього надано 18 437 соціальних послуг", "14 106 + 1 842 + 2 489 = 18 437",
            f"{F(s1)} + {F(s2)} + {F(s3)} == {F(sv)}")
    g.check("parts_sum", "У т. ч. віком 80 років і старше - 63 особи", "63 ≤ 238 and 41 ≤ 238 (overlapping)",
            f"{F(old)} <= {F(d1)} and {F(idp)} <= {F(d1)}")
    g.check("internal_conflict", "отримали 189 осіб", "natural-aid recipients 189 equal the department line",
            f"{F(nat)} == {F(d3)}")
    g.check("parts_sum", "у т. ч. 22 соціальних робітники", "22 ≤ 33 ≤ 36; 36 − 33 = 3 vacant",
            f"{F(sw)} <= {F(act)} <= {F(pos)} and {F(pos)} - {F(act)} == 3")
    g.check("percent_impossible", "Рівень задоволеності якістю послуг становить 92,2 %", "59 of 64 = 92,19 % → 92,2",
            f"grim_ok({F(sat)}, {F(sr)}, 1)")
    g.check("percent_mismatch", "Касові видатки за 9 місяців - 6 482,7 тис. грн (74,6 % річних", "6 482,7 / 8 690,0 = 74,60 %",
            f"pct_ok({P(sp)}, {F(sp)}, {F(appr)}, 1)")
    s = g.skip
    s("12441, Житомирська обл., с. Глибочиця, вул. Шкільна, 3", [12441, 3], "postcode, address")
    s("тел. (0412) 0-45-17, e-mail: tc.hlyb@example.ua, код ЄДРПОУ 41866203", [412, 4517, 41866203], "phone, ЄДРПОУ")
    s("про роботу територіального центру за 9 місяців 2023 року", [9, 2023], "period")
    s("мешканців 19 населених пунктів", [19], "settlements")
    s("проживає 3 914 осіб пенсійного віку", [3914], "population")
    s("1. Обслуговування громадян", [1, 2, 3, 4, 5], "section numbers")
    s("За січень-вересень 2023 року", [2023], "period")
    s("(за 9 місяців 2022 року - 487 осіб)", [9, 2022, 487], "prior-year figure")
    s("В черзі на отримання послуги догляду вдома станом на 30.09.2023", [30, 9, 2023], "date")
    s("перебуває 9 осіб.", [9], "waiting list, no §3 id")
    s("(тариф - 8,00 грн за 1 км пробігу)", [8, 1], "tariff")
    s("3 посади вакантні", [3], "vacancies, no §3 id")
    s("У серпні 2023 року", [2023], "date of the survey")
    s("обидві розглянуто", [2], "the same 2 complaints in words")
    s("Складено 06.10.2023", [6, 10, 2023], "compile date")
    s("Вик.: відділ соціальної роботи, тел. (0412) 0-45-19", [412, 4519], "phone")
    s("2. Надані послуги", [2], "section number")
    g.note("the 512 served «а саме» by department is a partition (each department has its service in `service`, the mobile brigade none); the 189 natural-aid recipients are written twice (department line and natural-aid paragraph): two facts")
    g.note("«Взято на обслуговування» → served (alt registered_new, support_started); «Знято з обслуговування … з них» → deregistered with reasons as labelled parts")
    g.note("women/men are a partition of the 238 home-care recipients (group); aged 80+ and IDPs are overlapping categories (parent only)")
    g.note("«надано 71 послугу соціального таксі» → services_provided, service social_taxi")
    g.note("the waiting list (9 осіб) and vacancies (3) have no §3 id; the 2 complaints are a fact, «обидві» repeats them")
    g.note("74,6 % is written next to the 9-month cash expenditure: its percent, of the annual approval")
    g.note("hard-wrapped lines: quotes stay within one printed line")
    g.note("planted slip: women 176 + men 58 = 234 ≠ 238 (parts_sum)")
    return g


if __name__ == "__main__":
    write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")
    gold().write()
