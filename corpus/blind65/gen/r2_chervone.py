"""b65_02: ЦСС Червоненської селищної ради, звіт за 2023 рік на сайті ради.
HTML page (windows-1251) with header, menu, breadcrumbs, sidebar and footer. First person plural."""
import sys
from common import Gold, write_text, report_path, read_text

DOC = "b65_02_chervone_css_annual2023.html"

ARTICLE = """
<h1 class="entry-title">Звіт про роботу Центру соціальних служб за 2023 рік</h1>
<div class="entry-meta"><span class="date">19.01.2024 11:42</span> | <span class="cat">Соціальний захист</span> | <span class="views">Переглядів: 214</span></div>
<div class="entry-content">
<p>Центр соціальних служб Червоненської селищної ради працює відповідно до Положення, затвердженого рішенням сесії селищної ради від 22.12.2022 № 1147, та Програми соціальної підтримки сімей, дітей та молоді на 2023–2025 роки. Наша громада – це 34 населені пункти та 13,6 тис. жителів, тож значну частину роботи ми виконуємо виїздами в старостинські округи.</p>
<p><strong>Звернення та виявлення.</strong> Протягом 2023 року до нас звернулися 286 сімей/осіб. Від закладів освіти, поліції та старост надійшли повідомлення про 47 сімей, які можуть перебувати у складних життєвих обставинах; 12 повідомлень не підтвердилися. Ми провели оцінку потреб 35 сім'ям і у 29 сім'ях (у них виховується 61 дитина) визнали складні життєві обставини.</p>
<p>Загалом соціальними послугами охоплено 263 сім'ї/особи, у яких виховується 389 дітей (у 2022 році – 241 сім'я/особа).</p>
<p><strong>Соціальний супровід.</strong> Упродовж року під нашим супроводом перебувала 41 сім'я (97 дітей), з них 18 сімей внутрішньо переміщених осіб (43,9 %) та 9 сімей військовослужбовців (24,4 %). Під супровід взяли 23 сім'ї. Завершили супровід 19 сімей:</p>
<ul>
<li>з позитивним результатом (подолано складні життєві обставини) – 14;</li>
<li>мінімізовано складні життєві обставини – 3;</li>
<li>у зв'язку зі зміною місця проживання – 2.</li>
</ul>
<p>Ще 22 сім'ї продовжують отримувати послугу у 2024 році.</p>
<p><strong>Сімейні форми виховання.</strong> Соціальне супроводження отримували 6 сімей – 4 прийомні сім'ї та 2 дитячі будинки сімейного типу, у яких виховується 19 дітей. Кожну сім'ю фахівець відвідує не рідше одного разу на місяць.</p>
<p><strong>Консультування та профілактика.</strong> Консультації отримали 214 осіб, усього надано 392 консультації. Провели 16 групових заходів (тренінги, батьківські збори, профілактичні заняття в ліцеях №&nbsp;1 та №&nbsp;2), якими охопили 348 осіб. На телефон довіри Центру надійшло 57 дзвінків.</p>
<p>Спільно з благодійним фондом видали 140 продуктових наборів та 60 комплектів зимового одягу для дітей. Сім'ям у складних життєвих обставинах надано матеріальну допомогу на суму 84,5 тис. грн.</p>
<p><strong>Кадри.</strong> Штатний розпис Центру – 7 посад, працює 6 фахівців; одна посада фахівця із соціальної роботи вакантна з жовтня 2023 року. П'ятеро працівників пройшли онлайн-курс «Кейс-менеджмент у громаді» (30 годин). Скарг на роботу фахівців за рік не надходило.</p>
<p>У 2024 році плануємо запровадити послугу підтриманого проживання для 5 молодих людей з числа дітей-сиріт віком від 18 до 23 років.</p>
<p>Запрошуємо звертатися: смт Червоне, вул. Шкільна, 2, каб. 5, тел. (04134) 0-52-16, пн–пт з 8:00 до 17:00.</p>
</div>
"""

PAGE = f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Звіт про роботу Центру соціальних служб за 2023 рік | Червоненська селищна рада</title>
<link rel="stylesheet" href="/wp-content/themes/hromada/style.css?ver=5.2">
<script>var gaId = "UA-0000000-1";</script>
</head>
<body class="post-template-default single">
<div id="top-bar"><div class="wrap">Житомирська область, Житомирський район | Приймальня: (04134) 0-51-02 | <a href="/eng">EN</a></div></div>
<div id="header"><div class="logo"><a href="/"><img src="/img/gerb.png" alt="герб"> Червоненська селищна рада</a></div>
<div class="slogan">Офіційний вебсайт територіальної громади</div></div>
<div id="menu"><ul>
<li><a href="/">Головна</a></li><li><a href="/rada">Селищна рада</a></li><li><a href="/vykonkom">Виконавчий комітет</a></li>
<li><a href="/news">Новини</a></li><li><a href="/docs">Документи</a></li><li><a href="/socialnyj-zahyst">Соціальний захист</a></li><li><a href="/kontakty">Контакти</a></li>
</ul></div>
<div id="breadcrumbs"><a href="/">Головна</a> » <a href="/news">Новини</a> » <a href="/socialnyj-zahyst">Соціальний захист</a> » Звіт про роботу Центру соціальних служб за 2023 рік</div>
<div id="content-wrap">
<div id="main" class="article">
{ARTICLE}
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</div>
<div id="sidebar">
<div class="widget"><h3>Центр соціальних служб</h3><p>Директор: прийом у вівторок з 9:00 до 12:00<br>тел. (04134) 0-52-16<br>css.chervone@example.ua</p></div>
<div class="widget"><h3>Останні новини</h3><ul>
<li><a href="#">Сесія селищної ради 26 січня 2024 року</a></li>
<li><a href="#">Графік прийому громадян старостами на лютий</a></li>
<li><a href="#">Пункт незламності №&nbsp;3 працює цілодобово</a></li>
</ul></div>
<div class="widget"><h3>Календар</h3><p>Січень 2024: 1 2 3 4 5 6 7 … 31</p></div>
</div>
</div>
<div id="footer"><div class="wrap">© 2017–2024 Червоненська селищна рада. 13131, Житомирська обл., смт Червоне, вул. Центральна, 11. Код ЄДРПОУ 04345187.<br>При використанні матеріалів посилання на сайт обов'язкове. Відвідувачів онлайн: 3</div></div>
</body>
</html>
"""
write_text(report_path(DOC), PAGE, encoding="cp1251", newline="\n")
if len(sys.argv) > 1:
    print(read_text(report_path(DOC)))
    sys.exit()

g = Gold(DOC, {
    "centre": "Центр соціальних служб Червоненської селищної ради", "centre_type": "css",
    "settlement": "Червоне", "oblast": "Житомирська", "report_kind": "annual_report",
    "period_start": "2023-01-01", "period_end": "2023-12-31", "published": "2024-01-19"})
F = g.f
n = lambda x: x[1:]
F("applied", "families_persons", 286, "до нас звернулися 286 сімей/осіб")
F("notified", "families", 47, "надійшли повідомлення про 47 сімей")
F("needs_assessed", "families", 35, "Ми провели оцінку потреб 35 сім'ям")
sjo = F("in_difficult_circumstances", "families", 29, "у 29 сім'ях (у них виховується 61 дитина) визнали складні життєві обставини")
F("in_difficult_circumstances", "children", 61, "(у них виховується 61 дитина)", parent=sjo)
tot = F("served", "families_persons", 263, "Загалом соціальними послугами охоплено 263 сім'ї/особи")
F("served", "children", 389, "у яких виховується 389 дітей", parent=tot)
sup = F("served", "families", 41, "під нашим супроводом перебувала 41 сім'я (97 дітей)",
        service="social_support_sjo", alt=["support_ongoing"])
F("served", "children", 97, "41 сім'я (97 дітей)", service="social_support_sjo", alt=["support_ongoing"], parent=sup)
idp = F("served", "families", 18, "з них 18 сімей внутрішньо переміщених осіб (43,9 %)", percent=43.9,
        service="social_support_sjo", category="сім'ї внутрішньо переміщених осіб", parent=sup)
mil = F("served", "families", 9, "9 сімей військовослужбовців (24,4 %)", percent=24.4,
        service="social_support_sjo", category="сім'ї військовослужбовців", parent=sup)
F("support_started", "families", 23, "Під супровід взяли 23 сім'ї", service="social_support_sjo", parent=sup)
comp = F("support_completed", "families", 19, "Завершили супровід 19 сімей", service="social_support_sjo", parent=sup)
o1 = F("outcome_positive", "families", 14, "з позитивним результатом (подолано складні життєві обставини) – 14",
       service="social_support_sjo", group="completed_19_by_outcome", parent=comp)
o2 = F("outcome_minimized", "families", 3, "мінімізовано складні життєві обставини – 3",
       service="social_support_sjo", group="completed_19_by_outcome", parent=comp)
o3 = F("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2", label="зміна місця проживання",
       service="social_support_sjo", group="completed_19_by_outcome", parent=comp)
ong = F("support_ongoing", "families", 22, "Ще 22 сім'ї продовжують отримувати послугу у 2024 році",
        service="social_support_sjo", parent=sup)
fo = F("served", "families", 6, "Соціальне супроводження отримували 6 сімей", service="social_support_foster")
fo1 = F("served", "families", 4, "4 прийомні сім'ї", service="social_support_foster", label="прийомні сім'ї",
        group="foster_6_by_form", parent=fo)
fo2 = F("served", "families", 2, "2 дитячі будинки сімейного типу", service="social_support_foster",
        label="дитячі будинки сімейного типу", group="foster_6_by_form", parent=fo)
F("served", "children", 19, "у яких виховується 19 дітей", service="social_support_foster", parent=fo)
F("served", "persons", 214, "Консультації отримали 214 осіб", service="counselling")
F("services_provided", "services", 392, "усього надано 392 консультації", service="counselling")
ev = F("events", "events", 16, "Провели 16 групових заходів")
F("event_participants", "persons", 348, "якими охопили 348 осіб", parent=ev)
F("calls", "calls", 57, "На телефон довіри Центру надійшло 57 дзвінків")
F("aid_value", "uah", 84500, "надано матеріальну допомогу на суму 84,5 тис. грн",
  label="матеріальна допомога сім'ям у складних життєвих обставинах")
pos = F("staff_positions", "positions", 7, "Штатний розпис Центру – 7 посад")
act = F("staff_actual", "staff", 6, "працює 6 фахівців")
F("staff_trained", "staff", 5, "П'ятеро працівників пройшли онлайн-курс", note="number in words")
F("complaints", "complaints", 0, "Скарг на роботу фахівців за рік не надходило.")

g.slip("percent_mismatch", "error", "9 сімей військовослужбовців (24,4 %)", 24.4, 22.0, [mil, sup],
       "9 of the 41 families under support is 21,95 % → 22,0 % (21,9 by floor); 24,4 % is 10/41. "
       "The 18 → 43,9 % next to it uses the same whole 41.",
       f"pct_ok(p{n(mil)}, f{n(mil)}, f{n(sup)}, 1)")
g.check("percent_mismatch", "з них 18 сімей внутрішньо переміщених осіб (43,9 %)", "18 / 41 = 43,90 %",
        f"pct_ok(p{n(idp)}, f{n(idp)}, f{n(sup)}, 1)")
g.check("parts_sum", "Завершили супровід 19 сімей:", "14 + 3 + 2 = 19",
        f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(comp)}")
g.check("parts_sum", "Ще 22 сім'ї продовжують отримувати послугу у 2024 році",
        "19 completed + 22 continued = 41 under support", f"f{n(comp)} + f{n(ong)} == f{n(sup)}")
g.check("parts_sum", "6 сімей – 4 прийомні сім'ї та 2 дитячі будинки сімейного типу", "4 + 2 = 6",
        f"f{n(fo1)} + f{n(fo2)} == f{n(fo)}")
g.check("parts_sum", "Від закладів освіти, поліції та старост надійшли повідомлення про 47 сімей",
        "47 notified − 12 not confirmed (literal) = 35 assessed; 29 in СЖО ≤ 35",
        "f2 - 12 == f3 and f4 <= f3")
g.check("parts_sum", "працює 6 фахівців; одна посада фахівця із соціальної роботи вакантна",
        "7 positions − 6 working = 1 vacant (literal)", f"f{n(pos)} - f{n(act)} == 1")
S = g.skip
S("Житомирська область, Житомирський район | Приймальня: (04134) 0-51-02", [4134, 5102], "phone in the top bar")
S("19.01.2024 11:42 | Соціальний захист | Переглядів: 214", [19, 1, 2024, 11, 42, 214], "publication date/time, view counter")
S("рішенням сесії селищної ради від 22.12.2022 № 1147", [22, 12, 2022, 1147], "decision date and number")
S("на 2023–2025 роки", [2023, 2025], "programme years")
S("Наша громада – це 34 населені пункти та 13,6 тис. жителів", [34, 13600], "settlement count, population")
S("12 повідомлень не підтвердилися", [12], "no §3 id (used as a literal in a check)")
S("(у 2022 році – 241 сім'я/особа)", [2022, 241], "prior-year figure")
S("профілактичні заняття в ліцеях № 1 та № 2", [1, 2], "school numbers")
S("видали 140 продуктових наборів та 60 комплектів зимового одягу", [140, 60], "items handed out")
S("вакантна з жовтня 2023 року", [2023], "date")
S("(30 годин)", [30], "duration")
S("У 2024 році плануємо запровадити послугу підтриманого проживання для 5 молодих людей з числа дітей-сиріт віком від 18 до 23 років.",
  [2024, 5, 18, 23], "plan, ages")
S("вул. Шкільна, 2, каб. 5, тел. (04134) 0-52-16, пн–пт з 8:00 до 17:00", [2, 5, 4134, 5216, 8, 17], "address, phone, hours")
g.note("the page is a council news item; header, menu, sidebar and footer are dropped by the reader, the top bar stays")
g.note("«під нашим супроводом перебувала 41 сім'я» → served social_support_sjo (alt support_ongoing); ВПО and military families are overlapping «з них» categories: parent only, no group")
g.note("«Ще 22 сім'ї продовжують отримувати послугу у 2024 році» → support_ongoing (a 2023 figure)")
g.note("«П'ятеро працівників» → staff_trained 5 (number in words)")
g.write()
