"""b115_04: ЦСС Купчинецької сільської ради (Тернопільська), analytic note for 9 months of 2022.
UTF-8 TXT (LF), third person, numbered points 1)–7), prose with brackets.
Slip: percent_impossible (21,3 % of the 26 families under support is reachable by no whole number)."""
from common import Gold, report_path, write_text

DOC = "b115_04_kupchyntsi_css_9m2022.txt"

TEXT = """Центр соціальних служб Купчинецької сільської ради
47153, Тернопільська обл., с. Купчинці, вул. Шкільна, 3
тел. (0352) 0-49-16-83, e-mail: css.kupchyntsi@example.ua

вих. № 02-09/214 від 07.10.2022

Тернопільському обласному центру
соціальних служб

АНАЛІТИЧНА ДОВІДКА
щодо роботи Центру соціальних служб Купчинецької сільської ради
за 9 місяців 2022 року

В умовах воєнного стану Центр соціальних служб Купчинецької сільської ради (далі – ЦСС) забезпечував безперервне надання соціальних послуг жителям громади та внутрішньо переміщеним особам. З 24.02.2022 на території громади зареєстровано 1 146 внутрішньо переміщених осіб, у тому числі 327 дітей (за даними відділу соціального захисту населення).

1) Виявлення сімей у складних життєвих обставинах.
Протягом січня – вересня 2022 року до ЦСС надійшли повідомлення про 43 сім'ї, які можуть перебувати у складних життєвих обставинах (від служби у справах дітей – 17, закладів освіти – 11, старост – 9, інших суб'єктів – 6). За результатами оцінки потреб, проведеної 39 сім'ям, складні життєві обставини виявлено у 28 сімей, в яких виховується 61 дитина. Решта 4 повідомлення перебувають на розгляді.
Для порівняння: за 9 місяців 2021 року надійшло повідомлень про 31 сім'ю.

2) Соціальний супровід.
Під соціальним супроводом протягом звітного періоду перебувало 26 сімей, в яких виховуються 57 дітей; з них 8 сімей взято під супровід ще у 2021 році. Протягом 9 місяців взято під соціальний супровід 18 сімей. Сім'ї з числа внутрішньо переміщених осіб становили 21,3 % сімей, які перебували під супроводом.
Завершено надання послуги 13 сім'ям: з позитивним результатом – 9 (69,2 %), у зв'язку зі зміною місця проживання – 3, у зв'язку з відмовою від послуги – 1. Продовжують отримувати послугу 13 сімей.
Середня тривалість супроводу – 5 місяців.

3) Інші соціальні послуги.
Послугу консультування отримали 212 осіб, інформування – 348 осіб; всього надано 1 074 послуги консультування та інформування. Соціальну адаптацію отримали 14 осіб з числа молоді з інвалідністю віком від 18 до 23 років. Кризове та екстрене втручання надано 5 особам, які постраждали від домашнього насильства.

4) Сімейні форми виховання.
Соціальним супроводом охоплено 4 сім'ї (3 прийомні сім'ї та 1 дитячий будинок сімейного типу), в яких виховується 14 дітей, з них 6 – з числа внутрішньо переміщених. Фахівці відвідують кожну сім'ю не рідше двох разів на місяць.

5) Групова робота.
Проведено 21 груповий захід (тренінги, «батьківські школи», інформаційні зустрічі), якими охоплено 356 осіб, зокрема 142 дитини.

6) «Гаряча лінія».
На телефон «гарячої лінії» ЦСС (0352) 0-49-16-90 надійшло 38 дзвінків, переважно з питань гуманітарної допомоги.

7) Кадрове забезпечення.
При штатній чисельності 8 одиниць у ЦСС працює 7 осіб: директор та 6 фахівців із соціальної роботи. 5 працівників пройшли навчання на онлайн-платформі Мінсоцполітики.

У IV кварталі 2022 року планується взяти під супровід ще 6 сімей та провести 8 тренінгів для батьків.

Директор ЦСС    ____________
"""


def main():
    write_text(report_path(DOC), TEXT)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Купчинецької сільської ради",
        "centre_type": "css",
        "settlement": "Купчинці",
        "oblast": "Тернопільська",
        "report_kind": "period_report",
        "period_start": "2022-01-01",
        "period_end": "2022-09-30",
    })
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    nt = f("notified", "families", 43, "до ЦСС надійшли повідомлення про 43 сім'ї")
    parts = []
    for q, lab, v in (("від служби у справах дітей – 17", "від служби у справах дітей", 17),
                      ("закладів освіти – 11", "від закладів освіти", 11),
                      ("старост – 9", "від старост", 9),
                      ("інших суб'єктів – 6", "від інших суб'єктів", 6)):
        parts.append(f("notified", "families", v, q, label=lab, group="notified_43_by_source", parent=nt))
    na = f("needs_assessed", "families", 39, "За результатами оцінки потреб, проведеної 39 сім'ям")
    sjo = f("in_difficult_circumstances", "families", 28, "складні життєві обставини виявлено у 28 сімей")
    sjoc = f("in_difficult_circumstances", "children", 61, "в яких виховується 61 дитина", parent=sjo)
    sup = f("served", "families", 26, "Під соціальним супроводом протягом звітного періоду перебувало 26 сімей",
            service="social_support_sjo", alt=["support_ongoing"])
    supc = f("served", "children", 57, "в яких виховуються 57 дітей", service="social_support_sjo",
             alt=["support_ongoing"], parent=sup)
    old = f("served", "families", 8, "з них 8 сімей взято під супровід ще у 2021 році", service="social_support_sjo",
            alt=["support_ongoing"], label="взято під супровід у 2021 році", group="supported_26_by_start", parent=sup,
            note="a 2022 figure that names 2021")
    st = f("support_started", "families", 18, "Протягом 9 місяців взято під соціальний супровід 18 сімей",
           service="social_support_sjo", group="supported_26_by_start", parent=sup)
    idp = f("share", "percent", 21.3, "Сім'ї з числа внутрішньо переміщених осіб становили 21,3 % сімей, які перебували під супроводом",
            label="частка сімей ВПО серед сімей під супроводом", category="внутрішньо переміщені особи")
    sc = f("support_completed", "families", 13, "Завершено надання послуги 13 сім'ям", service="social_support_sjo")
    op = f("outcome_positive", "families", 9, "з позитивним результатом – 9 (69,2 %)", percent=69.2,
           group="completed_13_by_outcome", parent=sc)
    oo1 = f("outcome_other", "families", 3, "у зв'язку зі зміною місця проживання – 3", label="зміна місця проживання",
            group="completed_13_by_outcome", parent=sc)
    oo2 = f("outcome_other", "families", 1, "у зв'язку з відмовою від послуги – 1", label="відмова від послуги",
            group="completed_13_by_outcome", parent=sc)
    og = f("support_ongoing", "families", 13, "Продовжують отримувати послугу 13 сімей", service="social_support_sjo")
    cs = f("served", "persons", 212, "Послугу консультування отримали 212 осіб", service="counselling")
    inf = f("served", "persons", 348, "інформування – 348 осіб", service="informing")
    sp = f("services_provided", "services", 1074, "всього надано 1 074 послуги консультування та інформування",
           label="консультування та інформування")
    ad = f("served", "persons", 14, "Соціальну адаптацію отримали 14 осіб з числа молоді з інвалідністю",
           service="social_adaptation", category="молодь з інвалідністю")
    cr = f("served", "persons", 5, "Кризове та екстрене втручання надано 5 особам", service="crisis_intervention",
           category="особи, які постраждали від домашнього насильства")
    fo = f("served", "families", 4, "Соціальним супроводом охоплено 4 сім'ї", service="social_support_foster")
    fo1 = f("served", "families", 3, "(3 прийомні сім'ї", service="social_support_foster", label="прийомні сім'ї",
            group="foster_4_by_form", parent=fo)
    fo2 = f("served", "families", 1, "1 дитячий будинок сімейного типу)", service="social_support_foster",
            label="дитячий будинок сімейного типу", group="foster_4_by_form", parent=fo)
    foc = f("served", "children", 14, "в яких виховується 14 дітей", service="social_support_foster", parent=fo)
    foi = f("served", "children", 6, "з них 6 – з числа внутрішньо переміщених", service="social_support_foster",
            category="внутрішньо переміщені особи", parent=foc)
    ev = f("events", "events", 21, "Проведено 21 груповий захід")
    evp = f("event_participants", "persons", 356, "якими охоплено 356 осіб", parent=ev)
    evc = f("event_participants", "children", 142, "зокрема 142 дитини", parent=evp)
    cl = f("calls", "calls", 38, "надійшло 38 дзвінків")
    pos = f("staff_positions", "positions", 8, "При штатній чисельності 8 одиниць")
    act = f("staff_actual", "staff", 7, "у ЦСС працює 7 осіб")
    act2 = f("staff_actual", "staff", 6, "директор та 6 фахівців із соціальної роботи", label="фахівці із соціальної роботи",
             parent=act)
    tr = f("staff_trained", "staff", 5, "5 працівників пройшли навчання")

    pp = " + ".join("f" + n(x) for x in parts)
    g.slip("percent_impossible", "error",
           "Сім'ї з числа внутрішньо переміщених осіб становили 21,3 % сімей, які перебували під супроводом",
           21.3, "5 of 26 = 19,2 % or 6 of 26 = 23,1 %", [idp, sup],
           "no whole number of the 26 families under support gives 21,3 % at one decimal (5/26 = 19,23, 6/26 = 23,08)",
           f"grim_ok(f{n(idp)}, f{n(sup)}, 1)")
    g.check("parts_sum", "(від служби у справах дітей – 17, закладів освіти – 11, старост – 9, інших суб'єктів – 6)",
            "17 + 11 + 9 + 6 = 43", f"{pp} == f{n(nt)}")
    g.check("parts_sum", "Решта 4 повідомлення перебувають на розгляді.",
            "39 assessed + 4 pending (literal) = 43 notified; 28 in СЖО ≤ 39", f"f{n(na)} + 4 == f{n(nt)} and f{n(sjo)} <= f{n(na)}")
    g.check("parts_sum", "з них 8 сімей взято під супровід ще у 2021 році",
            "8 carried over from 2021 + 18 taken in 2022 = 26 under support", f"f{n(old)} + f{n(st)} == f{n(sup)}")
    g.check("parts_sum", "Завершено надання послуги 13 сім'ям", "9 + 3 + 1 = 13",
            f"f{n(op)} + f{n(oo1)} + f{n(oo2)} == f{n(sc)}")
    g.check("percent_mismatch", "з позитивним результатом – 9 (69,2 %)", "9 / 13 = 69,23 → 69,2",
            f"pct_ok(p{n(op)}, f{n(op)}, f{n(sc)}, 1)")
    g.check("parts_sum", "Продовжують отримувати послугу 13 сімей", "26 − 13 completed = 13 continuing",
            f"f{n(sup)} - f{n(sc)} == f{n(og)}")
    g.check("parts_sum", "Соціальним супроводом охоплено 4 сім'ї (3 прийомні сім'ї та 1 дитячий будинок сімейного типу)",
            "3 + 1 = 4; 6 IDP children ≤ 14", f"f{n(fo1)} + f{n(fo2)} == f{n(fo)} and f{n(foi)} <= f{n(foc)}")
    g.check("parts_sum", "якими охоплено 356 осіб, зокрема 142 дитини", "142 ≤ 356", f"f{n(evc)} <= f{n(evp)}")
    g.check("parts_sum", "При штатній чисельності 8 одиниць у ЦСС працює 7 осіб: директор та 6 фахівців",
            "1 director (word) + 6 = 7 ≤ 8; 5 trained ≤ 7",
            f"1 + f{n(act2)} == f{n(act)} and f{n(act)} <= f{n(pos)} and f{n(tr)} <= f{n(act)}")

    g.skip("47153, Тернопільська обл., с. Купчинці, вул. Шкільна, 3", [47153, 3], "postcode, address")
    g.skip("тел. (0352) 0-49-16-83", [352, 491683], "phone")
    g.skip("вих. № 02-09/214 від 07.10.2022", [2, 9, 214, 7, 10, 2022], "outgoing number and date")
    g.skip("за 9 місяців 2022 року", [9, 2022], "period in the title")
    g.skip("З 24.02.2022 на території громади зареєстровано 1 146 внутрішньо переміщених осіб, у тому числі 327 дітей",
           [24, 2, 2022, 1146, 327], "IDP population of the hromada since 24.02.2022 (another body's register, cumulative), not the centre's figure")
    g.skip("1) Виявлення сімей у складних життєвих обставинах.", [1, 2, 3, 4, 5, 6, 7], "point numbers 1)–7)")
    g.skip("Решта 4 повідомлення перебувають на розгляді.", [4], "pending notifications (no §3 id); used as a literal")
    g.skip("Для порівняння: за 9 місяців 2021 року надійшло повідомлень про 31 сім'ю.", [9, 2021, 31], "prior-year figure")
    g.skip("взято під супровід ще у 2021 році", [2021], "year")
    g.skip("Протягом 9 місяців", [9], "period length")
    g.skip("Середня тривалість супроводу – 5 місяців.", [5], "duration")
    g.skip("віком від 18 до 23 років", [18, 23], "ages")
    g.skip("не рідше двох разів на місяць", [2], "frequency (in words)")
    g.skip("(0352) 0-49-16-90", [352, 491690], "hotline phone")
    g.skip("У IV кварталі 2022 року планується взяти під супровід ще 6 сімей та провести 8 тренінгів для батьків.",
           [4, 2022, 6, 8], "plan for Q4")

    g.note("period «за 9 місяців 2022 року», «січня – вересня» → 2022-01-01..2022-09-30, period_report")
    g.note("«з них 8 сімей взято під супровід ще у 2021 році» is a 2022 figure naming 2021: served with a label (alt support_ongoing); with the 18 taken in 2022 it partitions the 26")
    g.note("«21,3 % сімей» has no count next to it: a standalone share, and the planted GRIM slip against the 26 families")
    g.note("«директор та 6 фахівців»: 6 is a labelled part of staff_actual 7; the director (1, in words) is not a separate fact")
    g.note("foster care: 4 families (3 прийомні + 1 ДБСТ) → served social_support_foster, forms as labelled parts")
    g.note("«1 074 послуги консультування та інформування» → services_provided without a service id (two services together), label says which")
    g.write()


if __name__ == "__main__":
    main()
