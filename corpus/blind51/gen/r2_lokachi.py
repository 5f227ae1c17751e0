"""b51_02: ТЦСО Локачинської селищної ради (Волинська), information for 9 months of 2023.
Council-site page, windows-1251: header, menu, breadcrumbs, date/author/views, sidebar, footer."""
from common import Gold, write_text, report_path

DOC = "b51_02_lokachi_tcso_9m2023.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про роботу територіального центру за 9 місяців 2023 року | Локачинська селищна рада</title>
<link rel="stylesheet" href="/templates/lokachi/css/style.css">
</head>
<body>
<div id="top-bar"><span>Офіційний вебсайт</span> <a href="/en">EN</a> <a href="/search">Пошук</a></div>
<header id="site-header">
 <div class="logo"><img src="/images/gerb.png" alt="герб"><span>Локачинська селищна рада<br>Волинської області</span></div>
 <nav class="main-menu"><ul>
  <li><a href="/">Головна</a></li><li><a href="/rada">Селищна рада</a></li>
  <li><a href="/vykonkom">Виконавчий комітет</a></li><li><a href="/soc">Соціальний захист</a></li>
  <li><a href="/docs">Документи</a></li><li><a href="/contacts">Контакти</a></li>
 </ul></nav>
</header>
<div class="breadcrumbs"><a href="/">Головна</a> &rsaquo; <a href="/soc">Соціальний захист</a> &rsaquo; Новини</div>
<div id="content-wrap">
<main id="content">
<article class="news-item">
<h1>Про роботу територіального центру за 9 місяців 2023 року</h1>
<div class="news-meta">Опубліковано: 16.10.2023 | Автор: Адміністратор | Переглядів: 213</div>
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Локачинської селищної ради інформує про підсумки роботи за січень&nbsp;– вересень 2023 року.</p>
<p>Станом на 30 вересня 2023 року на обслуговуванні в територіальному центрі перебувало 386 осіб, з них у відділенні соціальної допомоги вдома&nbsp;– 214, у відділенні денного перебування&nbsp;– 97, у відділенні організації надання адресної натуральної та грошової допомоги&nbsp;– 75. Для порівняння: на 30 вересня 2022 року обслуговувалося 352 особи.</p>
<p>Серед підопічних відділення соціальної допомоги вдома (214 осіб): одинокі громадяни похилого віку&nbsp;– 131, особи з інвалідністю I–II груп&nbsp;– 52, інші&nbsp;– 35.</p>
<p>За 9 місяців на обслуговування взято 58 осіб. Знято з обслуговування 41 особу, з них:</p>
<ul>
<li>у зв’язку зі смертю&nbsp;– 27;</li>
<li>за власним бажанням&nbsp;– 9;</li>
<li>у зв’язку з переїздом на інше місце проживання&nbsp;– 5.</li>
</ul>
<p>Станом на 01.10.2023 у черзі на обслуговування вдома перебуває 6 осіб.</p>
<p>Усього за звітний період підопічним надано 24&nbsp;716 соціальних послуг, у тому числі догляду вдома&nbsp;– 18&nbsp;302, денного догляду&nbsp;– 4&nbsp;190, натуральної допомоги&nbsp;– 2&nbsp;224.</p>
<p>Відділення соціальної допомоги вдома налічує 29 штатних одиниць соціальних робітників, фактично працює 27 соціальних робітників, які обслуговують підопічних у 34 населених пунктах громади. На одного соціального робітника в середньому припадає 8 підопічних.</p>
<p>Протягом 9 місяців адресну натуральну допомогу (продуктові набори, засоби гігієни, дрова) отримали 112 осіб. Видано 312 продуктових наборів та 46 складометрів дров; загальна вартість допомоги&nbsp;– 217,6 тис. грн.</p>
<p>Послугою «соціальне таксі» скористалися 36 осіб, здійснено 71 поїздку. Вартість для отримувача&nbsp;– 8 грн за 1 км пробігу (рішення виконкому від 23.02.2023 № 19).</p>
<p>Платні соціальні послуги надавалися 64 особам, до спеціального фонду надійшло 93,8 тис. грн.</p>
<p>У відділенні денного перебування працюють гуртки «Берегиня» та «Світлиця». Проведено 48 заходів (концерти, екскурсії, майстер-класи), участь у яких взяли 517 осіб.</p>
<p>У вересні проведено анкетування 60 отримувачів послуги догляду вдома. Рівень задоволеності якістю послуги становить 96,7&nbsp;%.</p>
<p>Довідки за телефоном (03374) 0-21-43.</p>
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</article>
</main>
<aside id="sidebar">
 <div class="widget"><h3>Контакти</h3><p>45501, смт Локачі, вул. Незалежності, 1<br>тел. (03374) 0-21-40<br>Пн–Пт 8.00–17.00</p></div>
 <div class="widget"><h3>Останні новини</h3><ul>
  <li><a href="/news/2023-10-13">Сесія селищної ради 13.10.2023</a></li>
  <li><a href="/news/2023-10-11">Графік прийому громадян на IV квартал</a></li></ul></div>
</aside>
</div>
<footer id="site-footer"><p>&copy; 2018–2023 Локачинська селищна рада. Усі права захищено.</p><p>Відвідувачів онлайн: 7</p></footer>
</body>
</html>
"""


def main():
    write_text(report_path(DOC), HTML, encoding="cp1251", newline="\n")
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Локачинської селищної ради",
        "centre_type": "tcso", "settlement": "Локачі", "report_kind": "period_report",
        "period_start": "2023-01-01", "period_end": "2023-09-30", "published": "2023-10-16",
    }, meta_alt={"oblast": ["Волинська"]})
    t = g.f("served", "persons", 386, "на обслуговуванні в територіальному центрі перебувало 386 осіб")
    gd = "served_386_by_department"
    d1 = g.f("served", "persons", 214, "у відділенні соціальної допомоги вдома – 214", service="home_care",
             district="відділення соціальної допомоги вдома", group=gd, parent=t)
    d2 = g.f("served", "persons", 97, "у відділенні денного перебування – 97", service="day_care",
             district="відділення денного перебування", group=gd, parent=t)
    d3 = g.f("served", "persons", 75,
             "у відділенні організації надання адресної натуральної та грошової допомоги – 75",
             district="відділення організації надання адресної натуральної та грошової допомоги",
             group=gd, parent=t)
    gc = "home_care_214_by_category"
    c1 = g.f("served", "persons", 131, "одинокі громадяни похилого віку – 131", service="home_care",
             category="одинокі громадяни похилого віку", group=gc, parent=d1)
    c2 = g.f("served", "persons", 52, "особи з інвалідністю I–II груп – 52", service="home_care",
             category="особи з інвалідністю I–II груп", group=gc, parent=d1)
    c3 = g.f("served", "persons", 35, "інші – 35", service="home_care", category="інші", group=gc, parent=d1)
    new = g.f("served", "persons", 58, "За 9 місяців на обслуговування взято 58 осіб",
              alt=["registered_new", "support_started"])
    dr = g.f("deregistered", "persons", 41, "Знято з обслуговування 41 особу")
    gr = "deregistered_41_by_reason"
    r1 = g.f("deregistered", "persons", 27, "у зв'язку зі смертю – 27;", label="смерть", alt=["outcome_other"], group=gr, parent=dr)
    r2 = g.f("deregistered", "persons", 9, "за власним бажанням – 9;", label="за власним бажанням", alt=["outcome_other"], group=gr, parent=dr)
    r3 = g.f("deregistered", "persons", 5, "у зв'язку з переїздом на інше місце проживання – 5.",
             label="переїзд на інше місце проживання", alt=["outcome_other"], group=gr, parent=dr)
    sp = g.f("services_provided", "services", 24716, "надано 24 716 соціальних послуг")
    gs = "services_24716_by_service"
    p1 = g.f("services_provided", "services", 18302, "догляду вдома – 18 302", service="home_care", group=gs, parent=sp)
    p2 = g.f("services_provided", "services", 4190, "денного догляду – 4 190", service="day_care", group=gs, parent=sp)
    p3 = g.f("services_provided", "services", 2224, "натуральної допомоги – 2 224", service="natural_aid", group=gs, parent=sp)
    pos = g.f("staff_positions", "positions", 29, "налічує 29 штатних одиниць соціальних робітників",
              label="соціальні робітники", district="відділення соціальної допомоги вдома")
    act = g.f("staff_actual", "staff", 27, "фактично працює 27 соціальних робітників",
              label="соціальні робітники", district="відділення соціальної допомоги вдома")
    na = g.f("served", "persons", 112, "адресну натуральну допомогу (продуктові набори, засоби гігієни, дрова) отримали 112 осіб",
             service="natural_aid", note="a 9-month count, unlike the 75 on the department's books on 30 September")
    nav = g.f("aid_value", "uah", 217600, "загальна вартість допомоги – 217,6 тис. грн", service="natural_aid")
    tx = g.f("served", "persons", 36, "Послугою «соціальне таксі» скористалися 36 осіб", service="social_taxi")
    paid = g.f("served", "persons", 64, "Платні соціальні послуги надавалися 64 особам", label="платні соціальні послуги")
    rec = g.f("budget_received", "uah", 93800, "до спеціального фонду надійшло 93,8 тис. грн", label="спеціальний фонд, платні послуги")
    ev = g.f("events", "events", 48, "Проведено 48 заходів")
    ep = g.f("event_participants", "persons", 517, "участь у яких взяли 517 осіб", parent=ev)
    sv = g.f("survey_respondents", "recipients", 60, "анкетування 60 отримувачів послуги догляду вдома",
             service="home_care", unit_alt="persons")
    sat = g.f("satisfaction", "percent", 96.7, "Рівень задоволеності якістю послуги становить 96,7 %",
              service="home_care", alt=["share"])

    g.slip("parts_sum", "error", "одинокі громадяни похилого віку – 131, особи з інвалідністю I–II груп – 52, інші – 35",
           218, 214, [d1, c1, c2, c3],
           "the 214 home-care recipients by category: 131 + 52 + 35 = 218, 4 more than the total; «інші» makes the list a partition",
           f"{c1} + {c2} + {c3} == {d1}")

    g.check("parts_sum", "перебувало 386 осіб, з них", "214 + 97 + 75 = 386", f"{d1} + {d2} + {d3} == {t}")
    g.check("parts_sum", "Знято з обслуговування 41 особу, з них:", "27 + 9 + 5 = 41", f"{r1} + {r2} + {r3} == {dr}")
    g.check("parts_sum", "надано 24 716 соціальних послуг, у тому числі", "18 302 + 4 190 + 2 224 = 24 716",
            f"{p1} + {p2} + {p3} == {sp}")
    g.check("parts_sum", "фактично працює 27 соціальних робітників", "27 ≤ 29", f"{act} <= {pos}")
    g.check("percent_impossible", "Рівень задоволеності якістю послуги становить 96,7 %", "58 of 60 = 96,7 %",
            f"grim_ok({sat}, {sv}, 0) or grim_ok({sat}, {sv}, 1)")

    g.skip("Опубліковано: 16.10.2023 | Автор: Адміністратор | Переглядів: 213", [16, 10, 2023, 213],
           "publication date and view counter")
    g.skip("за 9 місяців 2023 року", [9, 2023], "period in the title")
    g.skip("Станом на 30 вересня 2023 року", [30, 2023], "date")
    g.skip("на 30 вересня 2022 року обслуговувалося 352 особи", [30, 2022, 352], "prior-year figure")
    g.skip("Станом на 01.10.2023 у черзі на обслуговування вдома перебуває 6 осіб.", [1, 10, 2023, 6],
           "waiting list at a date after the period; no §3 id")
    g.skip("у 34 населених пунктах громади", [34], "settlement count")
    g.skip("в середньому припадає 8 підопічних", [8], "ratio")
    g.skip("Видано 312 продуктових наборів та 46 складометрів дров", [312, 46], "items handed out")
    g.skip("здійснено 71 поїздку", [71], "trips; no §3 id")
    g.skip("8 грн за 1 км пробігу (рішення виконкому від 23.02.2023 № 19)", [8, 1, 23, 2, 2023, 19],
           "tariff and decision date/number")
    g.skip("Довідки за телефоном (03374) 0-21-43.", [3374, 2143], "phone")
    g.skip("I–II груп", [1, 2], "disability groups")

    g.note("HTML page: header, menu, breadcrumbs, sidebar and footer are dropped by the reader; the sidebar's address "
           "and phone are not in the read text and so are not listed")
    g.note("oblast is written only in the site header («Волинської області»), which the reader drops → omitted from meta, "
           "accepted in meta_alt")
    g.note("«знято з обслуговування» → deregistered, reasons as labelled parts (alt outcome_other)")
    g.note("«взято на обслуговування 58 осіб» → served (alt registered_new, support_started)")
    g.note("the survey gives only a percentage; 96,7 % = 58 of 60")
    g.write()


if __name__ == "__main__":
    main()
