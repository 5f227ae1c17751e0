"""b81_02: ТЦСО Жовтоводської міської ради (Дніпропетровська), information for 9 months of 2023.
A council-site page in windows-1251 (header, menu, breadcrumbs, sidebar, footer around the article).
Impersonal voice. Planted slip: parts_sum (the four departments sum to 1 277, the total says 1 284)."""
from common import Gold, write_text, report_path

DOC = "b81_02_zhovti_vody_tcso_9m2023.html"

ARTICLE = """<h1 class="entry-title">Про роботу територіального центру за 9 місяців 2023 року</h1>
<div class="entry-meta"><span class="date">16.10.2023</span> | <span class="cat">Соціальний захист</span> | Переглядів: 187</div>
<div class="entry-content">
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Жовтоводської міської ради має у своєму складі чотири відділення. У місті проживає понад 12,3 тис. осіб віком 60 років і старше.</p>
<p>За січень&nbsp;– вересень 2023 року соціальними послугами охоплено 1&nbsp;284 особи (за 9 місяців 2022 року&nbsp;– 1&nbsp;197), з них:</p>
<ul>
<li>відділенням соціальної допомоги вдома&nbsp;– 412 осіб;</li>
<li>відділенням денного перебування&nbsp;– 236 осіб;</li>
<li>відділенням організації надання адресної натуральної та грошової допомоги&nbsp;– 571 особа;</li>
<li>відділенням соціальної реабілітації дітей з інвалідністю&nbsp;– 58 осіб.</li>
</ul>
<p>Усього надано 48&nbsp;917 соціальних послуг. На обслуговування взято 58 осіб. Знято з обслуговування 46 осіб, у тому числі у зв'язку зі смертю&nbsp;– 29, за власним бажанням&nbsp;– 11, у зв'язку з переїздом до іншої громади&nbsp;– 6. Станом на 01.10.2023 у черзі на отримання послуги догляду вдома перебуває 17 осіб.</p>
<p><strong>Догляд вдома.</strong> Послугу отримували 412 осіб, серед яких 97 осіб з інвалідністю I та II груп і 38 внутрішньо переміщених осіб. На платній основі обслуговано 64 особи (тариф&nbsp;– 68,40 грн за годину, затверджений рішенням виконкому від 24.01.2023 № 31).</p>
<p><strong>Денне перебування.</strong> При відділенні працює 7 гуртків. Проведено 126 заходів, участь у яких взяли 2&nbsp;140 осіб (з урахуванням повторних відвідувань).</p>
<p><strong>Натуральна допомога.</strong> Натуральну допомогу отримала 571 особа: видано 1&nbsp;236 продуктових наборів та 318 комплектів засобів гігієни на загальну суму 742,6 тис.&nbsp;грн.</p>
<p><strong>Соціальне таксі.</strong> Послугою скористалися 83 особи, здійснено 214 поїздок. Вартість поїздки&nbsp;– 12,00 грн за 1 км.</p>
<p>У вересні 2023 року проведено анкетування 120 отримувачів послуги догляду вдома. Якістю обслуговування задоволені 93,3 % опитаних.</p>
<p>Надійшло 2 скарги на роботу соціальних робітників, обидві розглянуто, факти не підтвердилися.</p>
<p>Штатна чисельність установи&nbsp;– 64,5 штатних одиниць, фактично працює 59 працівників, з них 41 соціальний робітник.</p>
<p>Касові видатки загального фонду за 9 місяців склали 14&nbsp;276,3 тис.&nbsp;грн при річному плані 19&nbsp;845,0 тис.&nbsp;грн (71,9 %). До спеціального фонду від надання платних послуг надійшло 386,2 тис.&nbsp;грн.</p>
<p>Довідки за тел. (05652) 0-27-14, каб. 5.</p>
</div>"""

PAGE = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про роботу територіального центру за 9 місяців 2023 року | Жовтоводська міська рада</title>
<link rel="stylesheet" href="/templates/zv/css/style.css">
</head>
<body>
<div id="topbar"><span>Жовтоводська міська рада Дніпропетровської області</span> <span class="phone">Приймальня: (05652) 0-21-50</span> <a href="/eng">EN</a></div>
<div id="header"><img src="/images/gerb.png" alt="Герб"><div class="sitename">ЖОВТІ ВОДИ<br>офіційний сайт міської ради</div>
<form action="/search"><input name="q" placeholder="Пошук..."></form></div>
<ul id="menu">
<li><a href="/">Головна</a></li><li><a href="/rada">Міська рада</a></li><li><a href="/vykonkom">Виконком</a></li>
<li><a href="/docs">Документи</a></li><li class="active"><a href="/social">Соціальний захист</a></li><li><a href="/contacts">Контакти</a></li>
</ul>
<div class="breadcrumbs"><a href="/">Головна</a> / <a href="/social">Соціальний захист</a> / <a href="/social/tcso">Територіальний центр</a> / Про роботу за 9 місяців 2023 року</div>
<div id="content">
<div class="article">
""" + ARTICLE + """
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</div>
<div id="sidebar">
<h3>Останні новини</h3>
<ul><li><a href="/n/2291">12.10.2023 Засідання виконкому № 14</a></li><li><a href="/n/2288">10.10.2023 Графік прийому громадян</a></li></ul>
<h3>Контакти ТЦСО</h3>
<p>52204, м. Жовті Води, вул. Гагаріна, 9<br>тел. (05652) 0-27-14<br>Пн-Пт 8:00-17:00</p>
</div>
</div>
<div id="footer">© 2016-2023 Жовтоводська міська рада. Усі права захищено. При використанні матеріалів посилання обов'язкове. Відвідувачів: 1 482 913</div>
</body>
</html>
"""


def main():
    write_text(report_path(DOC), PAGE, encoding="cp1251", newline="\n")
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Жовтоводської міської ради",
        "centre_type": "tcso", "settlement": "Жовті Води", "oblast": "Дніпропетровська",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30",
        "published": "2023-10-16"})
    t = g.f("served", "persons", 1284, "соціальними послугами охоплено 1 284 особи")
    grp = "served_1284_by_department"
    d1 = g.f("served", "persons", 412, "відділенням соціальної допомоги вдома – 412 осіб;",
             district="відділення соціальної допомоги вдома", group=grp, parent=t)
    d2 = g.f("served", "persons", 236, "відділенням денного перебування – 236 осіб;",
             district="відділення денного перебування", group=grp, parent=t)
    d3 = g.f("served", "persons", 571, "відділенням організації надання адресної натуральної та грошової допомоги – 571 особа;",
             district="відділення організації надання адресної натуральної та грошової допомоги", group=grp, parent=t)
    d4 = g.f("served", "persons", 58, "відділенням соціальної реабілітації дітей з інвалідністю – 58 осіб.",
             district="відділення соціальної реабілітації дітей з інвалідністю", group=grp, parent=t)
    g.f("services_provided", "services", 48917, "Усього надано 48 917 соціальних послуг.")
    g.f("served", "persons", 58, "На обслуговування взято 58 осіб.", label="взято на обслуговування",
        alt=["registered_new", "support_started"])
    de = g.f("deregistered", "persons", 46, "Знято з обслуговування 46 осіб")
    grp2 = "deregistered_46_by_reason"
    r1 = g.f("deregistered", "persons", 29, "у зв'язку зі смертю – 29", label="у зв'язку зі смертю",
             group=grp2, parent=de, alt=["outcome_other"])
    r2 = g.f("deregistered", "persons", 11, "за власним бажанням – 11", label="за власним бажанням",
             group=grp2, parent=de, alt=["outcome_other"])
    r3 = g.f("deregistered", "persons", 6, "у зв'язку з переїздом до іншої громади – 6",
             label="переїзд до іншої громади", group=grp2, parent=de, alt=["outcome_other"])
    hc = g.f("served", "persons", 412, "Догляд вдома. Послугу отримували 412 осіб", service="home_care")
    hc1 = g.f("served", "persons", 97, "97 осіб з інвалідністю I та II груп", service="home_care",
              category="особи з інвалідністю I та II груп", parent=hc)
    hc2 = g.f("served", "persons", 38, "38 внутрішньо переміщених осіб", service="home_care",
              category="внутрішньо переміщені особи", parent=hc)
    hc3 = g.f("served", "persons", 64, "На платній основі обслуговано 64 особи", service="home_care",
              label="на платній основі", parent=hc)
    ev = g.f("events", "events", 126, "Проведено 126 заходів", district="відділення денного перебування")
    g.f("event_participants", "persons", 2140, "участь у яких взяли 2 140 осіб (з урахуванням повторних відвідувань)",
        parent=ev)
    na = g.f("served", "persons", 571, "Натуральну допомогу отримала 571 особа", service="natural_aid")
    g.f("aid_value", "uah", 742600, "на загальну суму 742,6 тис. грн", service="natural_aid")
    g.f("served", "persons", 83, "Соціальне таксі. Послугою скористалися 83 особи", service="social_taxi")
    sv = g.f("survey_respondents", "recipients", 120, "проведено анкетування 120 отримувачів послуги догляду вдома",
             service="home_care", unit_alt="persons")
    sat = g.f("satisfaction", "percent", 93.3, "Якістю обслуговування задоволені 93,3 % опитаних.",
              service="home_care")
    g.f("complaints", "complaints", 2, "Надійшло 2 скарги на роботу соціальних робітників")
    pos = g.f("staff_positions", "positions", 64.5, "Штатна чисельність установи – 64,5 штатних одиниць")
    act = g.f("staff_actual", "staff", 59, "фактично працює 59 працівників")
    g.f("staff_actual", "staff", 41, "з них 41 соціальний робітник", label="соціальні робітники", parent=act)
    sp = g.f("budget_spent", "uah", 14276300, "Касові видатки загального фонду за 9 місяців склали 14 276,3 тис. грн",
             percent=71.9, label="загальний фонд, 9 місяців")
    ap = g.f("budget_approved", "uah", 19845000, "при річному плані 19 845,0 тис. грн (71,9 %)",
             label="загальний фонд, річний план 2023")
    g.f("budget_received", "uah", 386200, "До спеціального фонду від надання платних послуг надійшло 386,2 тис. грн",
        label="спеціальний фонд, платні послуги")

    g.slip("parts_sum", "error", "соціальними послугами охоплено 1 284 особи",
           1277, 1284, [t, d1, d2, d3, d4],
           "the four departments (the centre has exactly «чотири відділення») give 412 + 236 + 571 + 58 = 1 277, "
           "7 fewer than the total 1 284",
           f"{d1} + {d2} + {d3} + {d4} == {t}")
    g.check("parts_sum", "Знято з обслуговування 46 осіб, у тому числі",
            "29 + 11 + 6 = 46", f"{r1} + {r2} + {r3} == {de}")
    g.check("parts_sum", "Догляд вдома. Послугу отримували 412 осіб",
            "home care 412 equals the department row; 97, 38 and 64 are overlapping «серед» parts, each ≤ 412",
            f"{hc} == {d1} and {hc1} <= {hc} and {hc2} <= {hc} and {hc3} <= {hc}")
    g.check("internal_conflict", "Натуральну допомогу отримала 571 особа",
            "natural aid 571 equals the department row", f"{na} == {d3}")
    g.check("percent_impossible", "Якістю обслуговування задоволені 93,3 % опитаних.",
            "93,3 % of 120 is reachable (112 of 120 = 93,33 %)", f"grim_ok({sat}, {sv}, 1)")
    g.check("percent_mismatch", "14 276,3 тис. грн при річному плані 19 845,0 тис. грн (71,9 %)",
            "14 276,3 / 19 845,0 = 71,94 % → 71,9", f"pct_ok(p{sp[1:]}, {sp}, {ap}, 1)")
    g.check("parts_sum", "фактично працює 59 працівників, з них 41 соціальний робітник",
            "41 ≤ 59 ≤ 64,5", f"f{int(act[1:]) + 1} <= {act} <= {pos}")

    g.skip("16.10.2023 | Соціальний захист | Переглядів: 187", [16, 10, 2023, 187], "publication date, view counter")
    g.skip("Про роботу територіального центру за 9 місяців 2023 року", [9, 2023], "period in the title")
    g.skip("має у своєму складі чотири відділення", [4], "number of departments (in words; used to read the list as a partition)")
    g.skip("У місті проживає понад 12,3 тис. осіб віком 60 років і старше.", [12300, 60], "population, age")
    g.skip("(за 9 місяців 2022 року – 1 197)", [9, 2022, 1197], "prior-year figure")
    g.skip("За січень – вересень 2023 року", [2023], "period")
    g.skip("Станом на 01.10.2023 у черзі на отримання послуги догляду вдома перебуває 17 осіб.",
           [1, 10, 2023, 17], "date; waiting list (no §3 id)")
    g.skip("97 осіб з інвалідністю I та II груп", [1, 2], "disability groups I, II (the 97 is a fact)")
    g.skip("(тариф – 68,40 грн за годину, затверджений рішенням виконкому від 24.01.2023 № 31)",
           [68.4, 24, 1, 2023, 31], "tariff, decision date and number")
    g.skip("При відділенні працює 7 гуртків.", [7], "number of clubs (no §3 id)")
    g.skip("видано 1 236 продуктових наборів та 318 комплектів засобів гігієни", [1236, 318], "items handed out")
    g.skip("здійснено 214 поїздок. Вартість поїздки – 12,00 грн за 1 км.", [214, 12, 1], "trips (no §3 id), tariff")
    g.skip("У вересні 2023 року проведено анкетування", [2023], "survey month")
    g.skip("Довідки за тел. (05652) 0-27-14, каб. 5.", [5652, 2714, 5], "phone, room number")
    g.note("the header (phone), menu, breadcrumbs, sidebar (address, phone, news with numbers) and footer "
           "(visitor counter) are not printed by the reader; nothing from them is in the gold")
    g.note("the department list is a partition: the page states the centre has four departments")
    g.note("«Догляд вдома. Послугу отримували 412 осіб» repeats the department row: two facts (district row vs service paragraph)")
    g.note("«Знято з обслуговування» → deregistered, reasons as labelled deregistered parts (alt outcome_other)")
    g.note("«з них 41 соціальний робітник» → staff_actual with a label and parent")
    g.note("the annual plan 19 845,0 тис. грн is budget_approved for 2023 (the year the 9 months belong to)")
    g.write()


if __name__ == "__main__":
    main()
