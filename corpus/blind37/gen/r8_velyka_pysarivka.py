"""b37_08: a FORWARDED E-MAIL saved as text: the ТЦСО of Великописарівська селищна рада (Сумська) sends its
information for Q1 2025 inline. Mail headers (Ukrainian and English), a cover note, the forwarded message with
the report pasted in the body, a signature with phones, the department's earlier request quoted with «>»
(deadline, form number, last year's figures), and an automatic disclaimer. UTF-8, LF."""
from common import Gold, report_path, write_text

DOC = "b37_08_velyka_pysarivka_tcso_q1_2025.txt"

TEXT = """Тема: Fwd: Інформація ТЦСО за І квартал 2025 року
Від: ТЦСО Великописарівської СР <tcso.vpys@example.ua>
Дата: пн, 7 квіт. 2025 р. о 16:42
Кому: Відділ соціального захисту населення <vszn.vpys@example.ua>
Копія: <buh.tcso.vpys@example.ua>

Доброго дня!
Пересилаю ще раз, бо минулого разу лист повернувся (вкладення більше 10 МБ). Інформацію вставили прямо в текст листа. Таблицю за формою № 3-ТЦ надішлемо окремо до 10.04.2025.
Дякую.

---------- Forwarded message ---------
Від: ТЦСО Великописарівської СР <tcso.vpys@example.ua>
Date: пт, 4 квіт. 2025 р. о 11:05
Subject: Re: Інформація за І квартал 2025 року
To: Відділ соціального захисту населення <vszn.vpys@example.ua>


ІНФОРМАЦІЯ
про роботу Територіального центру соціального обслуговування (надання соціальних послуг) Великописарівської селищної ради за І квартал 2025 року

1. За січень–березень 2025 року соціальними послугами ТЦСО охоплено 418 осіб, їм надано 10 236 соціальних послуг.

2. Відділенням соціальної допомоги вдома обслуговано 196 осіб, з них:
   одинокі громадяни похилого віку - 97
   особи з інвалідністю - 61
   інші категорії - 34
Протягом кварталу взято на обслуговування 14 осіб, знято з обслуговування 11 (8 - у зв'язку зі смертю, 3 - влаштовано до геріатричного пансіонату).

3. Відділення денного перебування відвідували 33 особи (заняття 2 рази на тиждень по 3 години).

4. Консультування - 118 осіб. Соціальне таксі - 9 осіб (17 поїздок, 4 з них до обласної лікарні м. Суми, 86 км в один бік).

5. Натуральну допомогу отримала 141 особа: видано 86 комплектів постільної білизни, 120 пачок підгузків для дорослих, на загальну суму 52,8 тис. грн.

6. Надійшло 57 заяв про надання соціальних послуг, оцінку потреб проведено 49 особам. Відмовлено 2 заявникам (не належать до категорії отримувачів).

7. Штатна чисельність - 31 посада, фактично працює 29 осіб.

8. Касові видатки за І квартал - 2 087,4 тис. грн, з них на заробітну плату з нарахуваннями (КЕКВ 2111, 2120) - 1 911,3 тис. грн. За платні послуги до спецфонду надійшло 18,6 тис. грн.

9. Скарг не надходило.

--
З повагою,
директор ТЦСО Великописарівської селищної ради
42800, Сумська обл., смт Велика Писарівка, вул. Шкільна, 9
тел. (05457) 0-31-84, моб. (066) 0-47-25-19

пт, 4 квіт. 2025 р. о 09:14 Відділ соціального захисту населення <vszn.vpys@example.ua> пише:
> Шановні керівники!
> Просимо у термін до 04.04.2025 надати інформацію про роботу за І квартал
> 2025 року за формою № 3-ТЦ (додаток 2 до листа відділу від 12.01.2024
> № 01-14/27) у форматі Word або PDF.
> Нагадуємо, що за І квартал 2024 року ТЦСО обслуговано 402 особи, надано
> 9 870 послуг; відділенням вдома - 188 осіб.
> Звертаємо увагу на заповнення граф 5-7 (кількість взятих і знятих з
> обслуговування) та розділу 4 (кошторис).
>
> --
> Відділ соціального захисту населення
> Великописарівської селищної ради, тел. (05457) 0-21-60

______________________________________________________________
Цей лист і вкладення до нього можуть містити інформацію з обмеженим доступом. Якщо ви отримали його помилково, повідомте відправника та видаліть лист. Перевірено антивірусом 04.04.2025, версія бази 27.11.4.
"""


def main():
    path = report_path(DOC)
    write_text(path, TEXT, encoding="utf-8")
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Великописарівської селищної ради",
        "centre_type": "tcso", "settlement": "Велика Писарівка", "oblast": "Сумська",
        "report_kind": "period_report",
        "period_start": "2025-01-01", "period_end": "2025-03-31"},
        meta_alt={"centre": ["Територіальний центр соціального обслуговування Великописарівської селищної ради",
                             "ТЦСО Великописарівської селищної ради"]})
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    tot = f("served", "persons", 418, "соціальними послугами ТЦСО охоплено 418 осіб")
    svc = f("services_provided", "services", 10236, "їм надано 10 236 соціальних послуг")
    home = f("served", "persons", 196, "Відділенням соціальної допомоги вдома обслуговано 196 осіб",
             service="home_care", parent=tot)
    c1 = f("served", "persons", 97, "одинокі громадяни похилого віку - 97", service="home_care",
           category="одинокі громадяни похилого віку", group="home_196_by_category", parent=home)
    c2 = f("served", "persons", 61, "особи з інвалідністю - 61", service="home_care",
           category="особи з інвалідністю", group="home_196_by_category", parent=home)
    c3 = f("served", "persons", 34, "інші категорії - 34", service="home_care",
           category="інші категорії", group="home_196_by_category", parent=home)
    new = f("served", "persons", 14, "Протягом кварталу взято на обслуговування 14 осіб", service="home_care",
            alt=["registered_new", "support_started"], label="взято на обслуговування", parent=home)
    der = f("deregistered", "persons", 11, "знято з обслуговування 11", service="home_care")
    d1 = f("deregistered", "persons", 8, "8 - у зв'язку зі смертю", service="home_care", label="у зв'язку зі смертю",
           group="deregistered_11_by_reason", parent=der)
    d2 = f("deregistered", "persons", 3, "3 - влаштовано до геріатричного пансіонату", service="home_care",
           label="влаштовано до геріатричного пансіонату", group="deregistered_11_by_reason", parent=der)
    day = f("served", "persons", 33, "Відділення денного перебування відвідували 33 особи", service="day_care",
            parent=tot)
    con = f("served", "persons", 118, "Консультування - 118 осіб", service="counselling", parent=tot)
    taxi = f("served", "persons", 9, "Соціальне таксі - 9 осіб", service="social_taxi", parent=tot)
    nat = f("served", "persons", 141, "Натуральну допомогу отримала 141 особа", service="natural_aid", parent=tot)
    aid = f("aid_value", "uah", 52800, "на загальну суму 52,8 тис. грн", service="natural_aid")
    ap = f("applied", "applications", 57, "Надійшло 57 заяв про надання соціальних послуг", unit_alt="persons")
    na = f("needs_assessed", "persons", 49, "оцінку потреб проведено 49 особам")
    pos = f("staff_positions", "positions", 31, "Штатна чисельність - 31 посада")
    act = f("staff_actual", "staff", 29, "фактично працює 29 осіб")
    sp = f("budget_spent", "uah", 2087400, "Касові видатки за І квартал - 2 087,4 тис. грн", label="І квартал")
    sp2 = f("budget_spent", "uah", 1911300,
            "з них на заробітну плату з нарахуваннями (КЕКВ 2111, 2120) - 1 911,3 тис. грн",
            label="заробітна плата з нарахуваннями (КЕКВ 2111, 2120)", parent=sp,
            note="two KEKV codes named together: no single kekv is set")
    rec = f("budget_received", "uah", 18600, "За платні послуги до спецфонду надійшло 18,6 тис. грн",
            label="спеціальний фонд, платні послуги")
    cpl = f("complaints", "complaints", 0, "9. Скарг не надходило.")

    g.slip("parts_sum", "error",
           "Відділенням соціальної допомоги вдома обслуговано 196 осіб, з них:", 192, 196, [home, c1, c2, c3],
           "97 + 61 + 34 = 192, not 196: four persons are missing. The list ends with «інші категорії», so it is meant as a partition",
           f"f{n(c1)} + f{n(c2)} + f{n(c3)} == f{n(home)}")
    g.check("parts_sum", "знято з обслуговування 11 (8 - у зв'язку зі смертю, 3 - влаштовано до геріатричного пансіонату)",
            "8 + 3 = 11", f"f{n(d1)} + f{n(d2)} == f{n(der)}")
    g.check("parts_sum", "з них на заробітну плату з нарахуваннями (КЕКВ 2111, 2120) - 1 911,3 тис. грн",
            "1 911,3 ≤ 2 087,4", f"f{n(sp2)} <= f{n(sp)}")
    g.check("parts_sum", "Надійшло 57 заяв про надання соціальних послуг, оцінку потреб проведено 49 особам. Відмовлено 2 заявникам",
            "49 assessed + 2 refused ≤ 57 applications (2 is a literal: refusals have no §3 id)",
            f"f{n(na)} + 2 <= f{n(ap)}")
    g.check("parts_sum", "фактично працює 29 осіб", "29 ≤ 31; units (196, 33, 118, 9, 141) each ≤ 418 (they overlap and are not a partition)",
            f"f{n(act)} <= f{n(pos)} and max([f{n(home)}, f{n(day)}, f{n(con)}, f{n(taxi)}, f{n(nat)}]) <= f{n(tot)} and f{n(new)} <= f{n(home)}")

    g.skip("Дата: пн, 7 квіт. 2025 р. о 16:42", [7, 2025, 16, 42], "mail date")
    g.skip("(вкладення більше 10 МБ)", [10], "attachment size")
    g.skip("Таблицю за формою № 3-ТЦ надішлемо окремо до 10.04.2025.", [3, 10, 4, 2025], "form number, deadline")
    g.skip("Date: пт, 4 квіт. 2025 р. о 11:05", [4, 2025, 11, 5], "mail date")
    g.skip("Subject: Re: Інформація за І квартал 2025 року", [1, 2025], "mail subject: period")
    g.skip("за І квартал 2025 року", [1, 2025], "period of the title")
    g.skip("1. За січень–березень 2025 року", [1, 2, 3, 4, 5, 6, 7, 8, 9, 2025], "paragraph numbers 1.–9., period")
    g.skip("(заняття 2 рази на тиждень по 3 години)", [2, 3], "schedule, duration")
    g.skip("(17 поїздок, 4 з них до обласної лікарні м. Суми, 86 км в один бік)", [17, 4, 86],
           "trips (no §3 id), distance")
    g.skip("видано 86 комплектів постільної білизни, 120 пачок підгузків для дорослих", [86, 120], "items handed out")
    g.skip("Відмовлено 2 заявникам (не належать до категорії отримувачів).", [2], "refusals: no §3 id")
    g.skip("42800, Сумська обл., смт Велика Писарівка, вул. Шкільна, 9", [42800, 9], "postcode, address")
    g.skip("тел. (05457) 0-31-84, моб. (066) 0-47-25-19", [5457, 3184, 66, 472519], "phones")
    g.skip("пт, 4 квіт. 2025 р. о 09:14", [4, 2025, 9, 14], "quoted mail date")
    g.skip("> Просимо у термін до 04.04.2025 надати інформацію про роботу за І квартал", [4, 4, 2025, 1],
           "quoted request: deadline")
    g.skip("> 2025 року за формою № 3-ТЦ (додаток 2 до листа відділу від 12.01.2024", [2025, 3, 2, 12, 1, 2024],
           "quoted request: form number, annex, letter date")
    g.skip("> № 01-14/27) у форматі Word або PDF.", [1, 14, 27], "quoted request: letter number")
    g.skip("> Нагадуємо, що за І квартал 2024 року ТЦСО обслуговано 402 особи, надано", [1, 2024, 402],
           "quoted request: last year's figure")
    g.skip("> 9 870 послуг; відділенням вдома - 188 осіб.", [9870, 188], "quoted request: last year's figures")
    g.skip("> Звертаємо увагу на заповнення граф 5-7", [5, 7], "quoted request: column numbers")
    g.skip("та розділу 4 (кошторис)", [4], "quoted request: section number")
    g.skip("> Великописарівської селищної ради, тел. (05457) 0-21-60", [5457, 2160], "quoted signature phone")
    g.skip("Перевірено антивірусом 04.04.2025, версія бази 27.11.4.", [4, 4, 2025, 27, 11, 4],
           "disclaimer: date, antivirus version")
    g.note("a forwarded e-mail: only the pasted report (paragraphs 1–9) holds facts. The cover note, headers, signature, the quoted request (its deadline, form number and last year's 402 / 9 870 / 188) and the disclaimer are skipped")
    g.note("«взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування 11 (8 …, 3 …)» → deregistered with a labelled partition")
    g.note("the units hang on 418 with parent_id and no group: a person may use several (196 + 33 + 118 + 9 + 141 = 497 > 418)")
    g.note("budget: the wage line names two KEKV codes (2111, 2120), so no kekv is set; amounts in тис. грн stored in hryvnias")
    g.note("centre_type tcso; meta_alt accepts the name without «(надання соціальних послуг)» and the abbreviation of the signature")
    g.write()


if __name__ == "__main__":
    main()
