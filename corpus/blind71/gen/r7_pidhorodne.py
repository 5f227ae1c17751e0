"""b71_07 (less common style 1): council page of Підгороднє (Дніпропетровська) with the 2024 annual
report of the КУ «ЦНСП» pasted as the output of an old reporting program inside <pre>: ruled header
of === and ---, columns aligned with spaces and |, a ВСЬОГО line, a form feed and a «- 2 -» page mark,
a second table drawn with box-drawing characters (written as numeric entities: the page is
windows-1251, which has no box-drawing characters), Latin «i» for «і» as in DOS-era programs.
Prose paragraphs before and after."""
from common import Gold, write_text, report_path

DOC = "b71_07_pidhorodne_cnsp_annual2024.html"

PRE = """КУ "ЦЕНТР НАДАННЯ СОЦIАЛЬНИХ ПОСЛУГ" ПIДГОРОДНЕНСЬКОЇ МIСЬКОЇ РАДИ
Форма N 3-СП (рiчна)                                  Дата формування: 14.01.2025 09:42
Звiтний перiод: 01.01.2024 - 31.12.2024                               Користувач: oper2
Днiпропетровська обл., Днiпровський р-н                              Версiя ПЗ: 2.11.7
=====================================================================================
 Код |              Найменування показника              |  Осiб  | Сiмей  |  Послуг
-----+--------------------------------------------------+--------+--------+---------
 010 | Консультування                                   |    412 |     -- |    1186
 020 | Iнформування                                     |    655 |     -- |     655
 030 | Соцiальний супровiд сiмей у СЖО                  |     -- |     46 |     873
 040 | Догляд вдома                                     |    187 |     -- |   11904
 050 | Денний догляд                                    |     39 |     -- |    2412
 060 | Натуральна допомога                              |    301 |     -- |     301
-------------------------------------------------------------------------------------
     | ВСЬОГО                                           |   1594 |     46 |   17331
=====================================================================================
 * осiб, якi отримали кiлька послуг, враховано по кожнiй послузi
                                                                              Стор. 1
\f
                                       - 2 -
Таблиця 2. Рух отримувачiв послуги догляду вдома за вiддiленнями
┌──────────────────────────────────┬─────────┬─────────┬─────────┬─────────┐
│ Вiддiлення                       │ На 01.01│  Взято  │  Знято  │ На 31.12│
├──────────────────────────────────┼─────────┼─────────┼─────────┼─────────┤
│ Вiддiлення N1 (м. Пiдгороднє)    │      60 │      22 │      18 │      64 │
│ Вiддiлення N2 (старостинськi окр)│      45 │      19 │      15 │      59 │
│ Вiддiлення N3 (мобiльна бригада) │      25 │      16 │       8 │      33 │
├──────────────────────────────────┼─────────┼─────────┼─────────┼─────────┤
│ ВСЬОГО                           │     130 │      57 │      41 │     146 │
└──────────────────────────────────┴─────────┴─────────┴─────────┴─────────┘
-----------------------------------------------------------------------------
 ПIДСУМОК: унiкальних отримувачiв за перiод (без повторiв) .............. 1208
           з них внутрiшньо перемiщених осiб ............................  264
                                                                              Стор. 2
"""

BEFORE = """<h1>Звіт КУ «Центр надання соціальних послуг» про роботу у 2024 році</h1>
<p class="info">Опубліковано: 20.01.2025 | Автор: ЦНСП | Переглядів: 517</p>
<p>Шановні жителі громади! На виконання рішення міської ради від 22.12.2023 № 1406 оприлюднюємо звіт Центру надання соціальних послуг за 2024 рік у тому вигляді, в якому його сформувала програма обліку отримувачів (таблиці нижче).</p>
"""
AFTER = """<p>Окремо повідомляємо, що протягом року соціальним супроводом було охоплено 48 сімей, у яких виховується 97 дітей; 21 сім'ї супровід завершено, з них 17 – з позитивним результатом. Проведено 26 групових заходів для 388 учасників.</p>
<p>Натуральну допомогу надано за рахунок благодійних надходжень: видано 1 120 продуктових наборів та 75 комплектів постільної білизни на загальну суму 642,5 тис. грн. Касові видатки Центру за 2024 рік склали 18 406,2 тис. грн при затверджених кошторисом 18 950,0 тис. грн.</p>
<p>Штатний розпис Центру – 38 посад, фактично працює 35 працівників. Скарг на якість послуг у 2024 році не надходило. У 2025 році планується відкрити ще одне відділення денного догляду на 15 місць.</p>
<p>Довідки за телефоном (056) 0-74-31-62, адреса: 52001, м. Підгороднє, вул. Центральна, 93.</p>
"""

HTML = """<!DOCTYPE html>
<html lang="uk"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Звіт ЦНСП за 2024 рік - Підгородненська міська рада</title>
<style>pre{font-family:"Courier New",monospace;font-size:11px}</style>
</head><body>
<header class="site-header"><div class="logo"><a href="/">Підгородненська міська рада</a></div>
<div class="hdr-contacts">Приймальня: (056) 0-74-30-01 | Гаряча лінія 1580</div></header>
<nav class="main-menu"><ul><li><a href="/">Головна</a></li><li><a href="/rada">Міська рада</a></li>
<li><a href="/vykonkom">Виконком</a></li><li><a href="/social">Соціальний захист</a></li><li><a href="/news">Новини</a></li></ul></nav>
<div class="breadcrumbs"><a href="/">Головна</a> &gt; <a href="/social">Соціальний захист</a> &gt; <a href="/social/cnsp">ЦНСП</a> &gt; Звіт за 2024 рік</div>
<div class="container"><main><article class="post">
""" + BEFORE + "<pre>" + PRE + "</pre>\n" + AFTER + """</article></main>
<aside class="sidebar"><div class="block"><h3>Корисні посилання</h3><ul><li><a href="/doc/311">Тарифи на соціальні послуги 2025</a></li>
<li><a href="/doc/298">Положення про ЦНСП</a></li></ul></div>
<div class="block"><h3>Календар</h3><p>Січень 2025</p></div></aside></div>
<footer><p>© 2025 Підгородненська міська рада. 52001, Дніпропетровська обл., Дніпровський р-н, м. Підгороднє</p></footer>
</body></html>
"""


def main():
    path = report_path(DOC)
    with open(path, "wb") as fh:
        fh.write(HTML.encode("cp1251", errors="xmlcharrefreplace"))
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Підгородненської міської ради",
        "centre_type": "cnsp", "settlement": "Підгороднє", "oblast": "Дніпропетровська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
        "published": "2025-01-20",
    }, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Підгородненської міської ради",
                            "КУ «Центр надання соціальних послуг» Підгородненської міської ради"]})
    T = "\t"
    tot = T + "ВСЬОГО" + T + "1594" + T + "46" + T + "17331"
    f1 = g.f("served", "persons", 1594, tot, label="ВСЬОГО (таблиця 1)",
             note="the footnote says persons with several services are counted under each, so 1594 counts persons-by-service")
    f2 = g.f("served", "families", 46, tot, label="ВСЬОГО (таблиця 1)")
    f3 = g.f("services_provided", "services", 17331, tot, label="ВСЬОГО (таблиця 1)")
    rows = [("010\tКонсультування\t412\t--\t1186", "counselling", 412, None, 1186),
            ("020\tІнформування\t655\t--\t655", "informing", 655, None, 655),
            ("030\tСоціальний супровід сімей у СЖО\t--\t46\t873", "social_support_sjo", None, 46, 873),
            ("040\tДогляд вдома\t187\t--\t11904", "home_care", 187, None, 11904),
            ("050\tДенний догляд\t39\t--\t2412", "day_care", 39, None, 2412),
            ("060\tНатуральна допомога\t301\t--\t301", "natural_aid", 301, None, 301)]
    pers, fams, servs = [], [], []
    for q, svc, p, fm, sv in rows:
        if p is not None:
            pers.append(g.f("served", "persons", p, q, service=svc, group="t1_persons", parent=f1))
        if fm is not None:
            fams.append(g.f("served", "families", fm, q, service=svc, group="t1_families", parent=f2))
        servs.append(g.f("services_provided", "services", sv, q, service=svc, group="t1_services", parent=f3))
    home = pers[2]
    # table 2
    t2tot = "ВСЬОГО" + T + "130" + T + "57" + T + "41" + T + "146"
    c1 = g.f("registered", "persons", 130, t2tot, service="home_care", label="на 01.01.2024, ВСЬОГО",
             alt=["served"])
    c2 = g.f("registered_new", "persons", 57, t2tot, service="home_care", label="взято, ВСЬОГО",
             alt=["served", "support_started"])
    c3 = g.f("deregistered", "persons", 41, t2tot, service="home_care", label="знято, ВСЬОГО")
    c4 = g.f("registered", "persons", 146, t2tot, service="home_care", label="на 31.12.2024, ВСЬОГО",
             alt=["support_ongoing", "served"])
    t2 = [("Відділення N1 (м. Підгороднє)\t60\t22\t18\t64", "Відділення N1 (м. Підгороднє)", 60, 22, 18, 64),
          ("Відділення N2 (старостинські окр)\t45\t19\t15\t59", "Відділення N2 (старостинські округи)", 45, 19, 15, 59),
          ("Відділення N3 (мобільна бригада)\t25\t16\t8\t33", "Відділення N3 (мобільна бригада)", 25, 16, 8, 33)]
    r = []
    for q, dist, a, b, c, d in t2:
        r.append((g.f("registered", "persons", a, q, service="home_care", district=dist, label="на 01.01.2024",
                      alt=["served"], group="t2_start", parent=c1),
                  g.f("registered_new", "persons", b, q, service="home_care", district=dist, label="взято",
                      alt=["served", "support_started"], group="t2_taken", parent=c2),
                  g.f("deregistered", "persons", c, q, service="home_care", district=dist, label="знято",
                      group="t2_removed", parent=c3),
                  g.f("registered", "persons", d, q, service="home_care", district=dist, label="на 31.12.2024",
                      alt=["support_ongoing", "served"], group="t2_end", parent=c4)))
    # prose after
    p1 = g.f("served", "families", 48, "протягом року соціальним супроводом було охоплено 48 сімей",
             service="social_support_sjo")
    p2 = g.f("served", "children", 97, "у яких виховується 97 дітей", service="social_support_sjo", parent=p1)
    p3 = g.f("support_completed", "families", 21, "21 сім'ї супровід завершено", service="social_support_sjo",
             parent=p1)
    p4 = g.f("outcome_positive", "families", 17, "з них 17 – з позитивним результатом", service="social_support_sjo",
             parent=p3)
    u1 = g.f("served", "persons", 1208, "ПІДСУМОК: унікальних отримувачів за період (без повторів) .............. 1208",
             label="унікальні отримувачі", note="unique persons, against 1 594 counted by service in table 1")
    u2 = g.f("served", "persons", 264, "з них внутрішньо переміщених осіб ............................ 264",
             category="внутрішньо переміщені особи", parent=u1)
    n1 = g.f("aid_value", "uah", 642500, "на загальну суму 642,5 тис. грн", service="natural_aid")
    n2 = g.f("budget_spent", "uah", 18406200, "Касові видатки Центру за 2024 рік склали 18 406,2 тис. грн")
    n3 = g.f("budget_approved", "uah", 18950000, "при затверджених кошторисом 18 950,0 тис. грн")
    p5 = g.f("events", "events", 26, "Проведено 26 групових заходів")
    p6 = g.f("event_participants", "persons", 388, "для 388 учасників", parent=p5)
    p7 = g.f("staff_positions", "positions", 38, "Штатний розпис Центру – 38 посад")
    p8 = g.f("staff_actual", "staff", 35, "фактично працює 35 працівників")
    p9 = g.f("complaints", "complaints", 0, "Скарг на якість послуг у 2024 році не надходило.")

    (a1, b1, x1, d1), (a2, b2, x2, d2), (a3, b3, x3, d3) = r
    g.slip("table_arithmetic", "error", t2[1][0], 59, 49, [a2, b2, x2, d2],
           "Відділення N2: 45 on 01.01 + 19 taken − 15 removed = 49 on 31.12, the table says 59",
           f"{a2} + {b2} - {x2} == {d2}", slip=1)
    g.slip("table_arithmetic", "error", t2tot, 156, 146, [d1, d2, d3, c4],
           "the «На 31.12» column sums to 64 + 59 + 33 = 156, ВСЬОГО says 146 (which agrees with 130 + 57 − 41); "
           "same slip as the N2 row", f"{d1} + {d2} + {d3} == {c4}", slip=1)
    sjo_row = fams[0]
    g.slip("internal_conflict", "error", "протягом року соціальним супроводом було охоплено 48 сімей", 48, 46,
           [p1, sjo_row],
           "social support in СЖО: the program's table 1 (row 030) gives 46 families for 2024, the prose after "
           "the table 48 families", f"{p1} == {sjo_row}", slip=2)

    g.check("table_arithmetic", tot, "persons column: 412 + 655 + 187 + 39 + 301 = 1 594",
            " + ".join(pers) + " == f1")
    g.check("table_arithmetic", tot, "services column: 1186 + 655 + 873 + 11904 + 2412 + 301 = 17 331",
            " + ".join(servs) + " == f3")
    g.check("table_arithmetic", tot, "families column: only row 030 (46) = ВСЬОГО 46", f"{sjo_row} == f2")
    g.check("table_arithmetic", t2tot, "columns На 01.01, Взято, Знято: 60 + 45 + 25 = 130; 22 + 19 + 16 = 57; "
            "18 + 15 + 8 = 41; total row 130 + 57 − 41 = 146",
            f"{a1} + {a2} + {a3} == {c1} and {b1} + {b2} + {b3} == {c2} and {x1} + {x2} + {x3} == {c3} "
            f"and {c1} + {c2} - {c3} == {c4}")
    g.check("table_arithmetic", t2[0][0], "rows N1 and N3: 60 + 22 − 18 = 64; 25 + 16 − 8 = 33",
            f"{a1} + {b1} - {x1} == {d1} and {a3} + {b3} - {x3} == {d3}")
    g.check("internal_conflict", tot, "home care: 130 on 01.01 + 57 taken = 187 served in table 1 (row 040)",
            f"{c1} + {c2} == {home}")
    g.check("parts_sum", "ПІДСУМОК: унікальних отримувачів", "264 ≤ 1 208 unique ≤ 1 594 counted by service",
            f"{u2} <= {u1} <= f1")
    g.check("parts_sum", "Касові видатки Центру за 2024 рік склали 18 406,2 тис. грн", "spent ≤ approved",
            f"{n2} <= {n3}")
    g.check("parts_sum", "21 сім'ї супровід завершено, з них 17", "17 ≤ 21 ≤ 48", f"{p4} <= {p3} <= {p1}")
    g.check("parts_sum", "Штатний розпис Центру – 38 посад, фактично працює 35 працівників", "35 ≤ 38",
            f"{p8} <= {p7}")

    g.skip("Опубліковано: 20.01.2025 | Автор: ЦНСП | Переглядів: 517", [20, 1, 2025, 517],
           "publication date (→ meta.published), view counter")
    g.skip("рішення міської ради від 22.12.2023 № 1406", [22, 12, 2023, 1406], "decision date and number")
    g.skip("Форма N 3-СП (річна) Дата формування: 14.01.2025 09:42", [3, 14, 1, 2025, 9, 42],
           "form number, generation date and time")
    g.skip("Звітний період: 01.01.2024 - 31.12.2024 Користувач: oper2", [1, 1, 2024, 31, 12, 2024, 2],
           "period (→ meta), operator login")
    g.skip("010\tКонсультування", [10, 20, 30, 40, 50, 60], "row codes 010–060")
    g.skip("Стор. 1", [1], "page number")
    g.skip("- 2 -", [2], "page mark")
    g.skip("Стор. 2", [2], "page number")
    g.skip("Таблиця 2. Рух отримувачів послуги догляду вдома за відділеннями", [2], "table number")
    g.skip("Відділення N1 (м. Підгороднє)", [1, 2, 3], "department numbers N1–N3")
    g.skip("Відділення\tНа 01.01\tВзято\tЗнято\tНа 31.12", [1, 1, 31, 12], "column-head dates")
    g.skip("видано 1 120 продуктових наборів та 75 комплектів постільної білизни", [1120, 75], "items handed out")
    g.skip("Версія ПЗ: 2.11.7", [2, 11, 7], "software version")
    g.skip("У 2025 році планується відкрити ще одне відділення денного догляду на 15 місць.", [2025, 1, 15],
           "plan, capacity")
    g.skip("Довідки за телефоном (056) 0-74-31-62, адреса: 52001, м. Підгороднє, вул. Центральна, 93.",
           [56, 743162, 52001, 93], "phone, postcode, address")
    g.note("the <pre> block comes out of the reader as text lines and tab-separated tables; Latin «i» of the "
           "program output is printed as Cyrillic «і», and the box-drawing table (numeric entities in a "
           "windows-1251 page) as a tab-separated table")
    g.note("table 1: every cell with a number is a fact quoted by its row; «--» cells are empty; rows hang on "
           "the ВСЬОГО cell of the same column; the persons column counts a person once per service (footnote)")
    g.note("table 2 (home care by department): На 01.01 and На 31.12 → registered with a label (alt served / "
           "support_ongoing); Взято → registered_new (alt served, support_started); Знято → deregistered")
    g.note("oblast is written in the program header (the page footer that also names it is dropped by the reader)")
    g.note("two planted slips: table 2 row N2 (59 for 49) recorded as two findings; 48 vs 46 families under "
           "social support (prose vs table 1)")
    g.write()


if __name__ == "__main__":
    main()
