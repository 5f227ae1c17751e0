"""b68_02: служба у справах дітей Солоницівської селищної ради (Харківська), information for 2023.
HTML council-site page in windows-1251 with header, menu, breadcrumbs, sidebar and footer around the article."""
from common import Gold, write_text, report_path

DOC = "b68_02_solonytsivka_ssd_annual2023.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Інформація про роботу служби у справах дітей за 2023 рік | Солоницівська селищна рада</title>
<link rel="stylesheet" href="/templates/sol/css/style.css?v=20231104">
<script src="/templates/sol/js/jquery.min.js"></script>
</head>
<body>
<header class="site-header">
 <div class="top-bar"><span>Офіційний вебсайт</span> <a href="/eng">EN</a> <a href="/sitemap">Мапа сайту</a> <span>Гаряча лінія: (057) 063-10-15</span></div>
 <div class="logo"><a href="/"><img src="/images/gerb.png" alt="герб"> Солоницівська селищна рада<br><small>Харківського району Харківської області</small></a></div>
</header>
<nav class="main-menu"><ul>
 <li><a href="/">Головна</a></li><li><a href="/rada">Селищна рада</a></li><li><a href="/vykonkom">Виконавчий комітет</a></li>
 <li><a href="/structure">Структурні підрозділи</a></li><li><a href="/docs">Документи</a></li><li><a href="/cnap">ЦНАП</a></li><li><a href="/contacts">Контакти</a></li>
</ul></nav>
<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/structure">Структурні підрозділи</a> &raquo; <a href="/structure/ssd">Служба у справах дітей</a> &raquo; <span>Звіти</span></div>
<div class="wrapper">
<main class="content">
<article class="item-page">
<h1>Інформація про роботу служби у справах дітей Солоницівської селищної ради за 2023 рік</h1>
<div class="article-info"><span class="published">Опубліковано: 26.01.2024</span> <span class="hits">Переглядів: 318</span></div>
<p>Служба у справах дітей Солоницівської селищної ради (далі &ndash; Служба) у 2023 році здійснювала свої повноваження відповідно до Положення, затвердженого рішенням селищної ради від 22.12.2020 № 41-VIII, та Програми захисту прав дітей на 2022&ndash;2024 роки. Станом на 01.01.2024 на території громади проживає 7 864 дитини, з яких 1 093 мають статус внутрішньо переміщених осіб.</p>
<h3>Діти-сироти та діти, позбавлені батьківського піклування</h3>
<p>Протягом 2023 року на первинному обліку Служби перебувало 58 дітей-сиріт та дітей, позбавлених батьківського піклування, з них 21 &ndash; діти-сироти, 37 &ndash; діти, позбавлені батьківського піклування. Упродовж року на облік поставлено 9 дітей зазначеної категорії, а знято з обліку 12 дітей, зокрема: у зв&rsquo;язку з досягненням повноліття &ndash; 7, у зв&rsquo;язку з усиновленням &ndash; 2, у зв&rsquo;язку з поверненням до біологічних батьків &ndash; 3.</p>
<p>У сімейних формах виховання влаштовано 49 дітей, що становить 84,5 % від загальної кількості дітей цієї категорії: під опіку та піклування &ndash; 38, до прийомних сімей &ndash; 8, до дитячих будинків сімейного типу &ndash; 3. У закладах інституційного догляду на кінець року перебувало 9 дітей.</p>
<h3>Діти у складних життєвих обставинах</h3>
<p>На кінець звітного року на обліку дітей, які перебувають у складних життєвих обставинах, перебуває 26 дітей із 17 сімей. Протягом року на такий облік взято 14 дітей, знято з обліку 19 дітей, з них 15 &ndash; у зв&rsquo;язку з усуненням причин, що зумовили складні життєві обставини.</p>
<p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, Службою у 2023 році надано 112 дітям (з початку 2022 року &ndash; 341 дитині). Відмовлено у наданні статусу у 5 випадках.</p>
<h3>Звернення, профілактика, засідання комісії</h3>
<p>До Служби надійшло 64 звернення громадян з питань захисту прав дітей, з них 11 &ndash; щодо визначення місця проживання дитини. На телефон &laquo;гарячої лінії&raquo; Служби протягом року надійшло 37 дзвінків.</p>
<p>Проведено 14 засідань комісії з питань захисту прав дитини, на яких розглянуто 86 питань; підготовлено 27 висновків органу опіки та піклування для подання до суду.</p>
<p>Спільно із сектором ювенальної превенції здійснено 23 рейди (&laquo;Діти вулиці&raquo;, &laquo;Урок&raquo;), під час яких виявлено 4 дітей, що систематично пропускали навчальні заняття. У закладах освіти громади проведено 11 профілактичних заходів, якими охоплено 540 учнів 5&ndash;11 класів.</p>
<h3>Кадрове забезпечення</h3>
<p>Штатна чисельність Служби &ndash; 4 посади, фактично працює 3 особи, 1 посада головного спеціаліста вакантна з 01.09.2023.</p>
<p>У 2024 році Служба планує створити ще 2 прийомні сім&rsquo;ї та 1 дитячий будинок сімейного типу.</p>
</article>
</main>
<aside class="sidebar">
 <div class="module"><h4>Контакти Служби</h4><p>62370, Харківська обл., Харківський р-н, смт Солоницівка, вул. Енергетиків, 3, каб. 12<br>тел. (057) 063-14-27<br>ssd@solonytsivka.example.ua<br>Пн&ndash;Пт 8:00&ndash;17:00</p></div>
 <div class="module"><h4>Новини</h4><ul>
  <li><span>25.01.2024</span> <a href="/news/2093">Сесія селищної ради: затверджено 14 програм на 2024 рік</a></li>
  <li><span>22.01.2024</span> <a href="/news/2088">У громаді працюють 6 пунктів незламності</a></li>
  <li><span>19.01.2024</span> <a href="/news/2081">Графік прийому громадян на лютий</a></li>
 </ul></div>
</aside>
</div>
<footer class="site-footer"><p>&copy; 2017&ndash;2024 Солоницівська селищна рада. Усі права захищено.</p><p>Код ЄДРПОУ 04396827</p><p>Розробка сайту: веб-студія</p></footer>
</body>
</html>
"""

write_text(report_path(DOC), HTML, encoding="cp1251", newline="\n")

g = Gold(DOC, {
    "centre": "Служба у справах дітей Солоницівської селищної ради", "centre_type": "other",
    "settlement": "Солоницівка", "oblast": "Харківська", "report_kind": "annual_report",
    "period_start": "2023-01-01", "period_end": "2023-12-31", "published": "2024-01-26"})
F = g.f
r = F("registered", "children", 58, "на первинному обліку Служби перебувало 58 дітей-сиріт", category="діти-сироти та діти, позбавлені батьківського піклування")
G = "registered_58_by_status"
r1 = F("registered", "children", 21, "з них 21 – діти-сироти", category="діти-сироти", group=G, parent=r)
r2 = F("registered", "children", 37, "37 – діти, позбавлені батьківського піклування", category="діти, позбавлені батьківського піклування", group=G, parent=r)
rn = F("registered_new", "children", 9, "на облік поставлено 9 дітей зазначеної категорії", category="діти-сироти та діти, позбавлені батьківського піклування")
dr = F("deregistered", "children", 12, "знято з обліку 12 дітей", category="діти-сироти та діти, позбавлені батьківського піклування")
G2 = "deregistered_12_by_reason"
d1 = F("deregistered", "children", 7, "у зв'язку з досягненням повноліття – 7", label="досягнення повноліття", group=G2, parent=dr)
d2 = F("deregistered", "children", 2, "у зв'язку з усиновленням – 2", label="усиновлення", group=G2, parent=dr)
d3 = F("deregistered", "children", 3, "у зв'язку з поверненням до біологічних батьків – 3", label="повернення до біологічних батьків", group=G2, parent=dr)
sf = F("registered", "families", 17, "перебуває 26 дітей із 17 сімей", category="діти, які перебувають у складних життєвих обставинах", label="на кінець року")
sc = F("registered", "children", 26, "на обліку дітей, які перебувають у складних життєвих обставинах, перебуває 26 дітей", category="діти, які перебувають у складних життєвих обставинах", label="на кінець року", parent=sf)
sn = F("registered_new", "children", 14, "Протягом року на такий облік взято 14 дітей", category="діти, які перебувають у складних життєвих обставинах")
sd = F("deregistered", "children", 19, "знято з обліку 19 дітей", category="діти, які перебувають у складних життєвих обставинах")
sd1 = F("deregistered", "children", 15, "з них 15 – у зв'язку з усуненням причин", label="усунення причин, що зумовили СЖО", alt=["outcome_positive"], parent=sd)
w = F("registered_new", "children", 112, "у 2023 році надано 112 дітям", label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
ap = F("applied", "applications", 64, "До Служби надійшло 64 звернення громадян", unit_alt="persons")
ap1 = F("applied", "applications", 11, "з них 11 – щодо визначення місця проживання дитини", label="визначення місця проживання дитини", unit_alt="persons", parent=ap)
cl = F("calls", "calls", 37, "протягом року надійшло 37 дзвінків")
ev = F("events", "events", 11, "проведено 11 профілактичних заходів")
ep = F("event_participants", "children", 540, "якими охоплено 540 учнів", unit_alt="persons", parent=ev)
spos = F("staff_positions", "positions", 4, "Штатна чисельність Служби – 4 посади")
sact = F("staff_actual", "staff", 3, "фактично працює 3 особи")

g.check("parts_sum", "з них 21 – діти-сироти, 37 – діти, позбавлені батьківського піклування", "21 + 37 = 58", f"{r1} + {r2} == {r}")
g.check("parts_sum", "знято з обліку 12 дітей, зокрема:", "7 + 2 + 3 = 12", f"{d1} + {d2} + {d3} == {dr}")
g.check("parts_sum", "У сімейних формах виховання влаштовано 49 дітей", "placements (skipped, no §3 id): 38 + 8 + 3 = 49 <= 58", f"38 + 8 + 3 == 49 and 49 <= {r}")
g.check("percent_mismatch", "влаштовано 49 дітей, що становить 84,5 %", "49 / 58 = 84,48 % -> 84,5 (49 is a skipped literal)", f"pct_ok(84.5, 49, {r}, 1)")
g.check("parts_sum", "У закладах інституційного догляду на кінець року перебувало 9 дітей", "49 in family forms + 9 in institutions = 58 (both skipped literals)", f"49 + 9 == {r}")
g.check("parts_sum", "з них 15 – у зв'язку з усуненням причин", "15 <= 19", f"{sd1} <= {sd}")
g.check("parts_sum", "з них 11 – щодо визначення місця проживання дитини", "11 <= 64", f"{ap1} <= {ap}")
g.check("parts_sum", "фактично працює 3 особи, 1 посада головного спеціаліста вакантна", "3 working + 1 vacancy = 4 positions", f"{sact} + 1 == {spos}")

g.skip("Опубліковано: 26.01.2024", [26, 1, 2024], "publication date")
g.skip("Переглядів: 318", [318], "view counter")
g.skip("рішенням селищної ради від 22.12.2020 № 41-VIII", [22, 12, 2020, 41], "decision date and number")
g.skip("Програми захисту прав дітей на 2022–2024 роки", [2022, 2024], "programme years")
g.skip("Станом на 01.01.2024 на території громади проживає 7 864 дитини, з яких 1 093 мають статус внутрішньо переміщених осіб", [1, 2024, 7864, 1093], "child population (date after the period)")
g.skip("У сімейних формах виховання влаштовано 49 дітей, що становить 84,5 %", [49, 84.5], "placements (no §3 id); used as literals in checks")
g.skip("під опіку та піклування – 38, до прийомних сімей – 8, до дитячих будинків сімейного типу – 3", [38, 8, 3], "placements by form (no §3 id)")
g.skip("У закладах інституційного догляду на кінець року перебувало 9 дітей", [9], "children in institutions (no §3 id)")
g.skip("(з початку 2022 року – 341 дитині)", [2022, 341], "cumulative figure since 2022")
g.skip("Відмовлено у наданні статусу у 5 випадках", [5], "refusals (no §3 id)")
g.skip("Проведено 14 засідань комісії з питань захисту прав дитини, на яких розглянуто 86 питань; підготовлено 27 висновків", [14, 86, 27], "commission sittings, questions, court opinions (no §3 id)")
g.skip("здійснено 23 рейди", [23], "raids (no §3 id)")
g.skip("виявлено 4 дітей, що систематично пропускали навчальні заняття", [4], "children found in raids (no §3 id)")
g.skip("540 учнів 5–11 класів", [5, 11], "school grades")
g.skip("1 посада головного спеціаліста вакантна з 01.09.2023", [1, 1, 9, 2023], "vacancy, date")
g.skip("У 2024 році Служба планує створити ще 2 прийомні сім'ї та 1 дитячий будинок сімейного типу", [2024, 2, 1], "plan")
g.note("service for children → centre_type other; registers are registered / registered_new / deregistered in children")
g.note("«26 дітей із 17 сімей» on the СЖО register: families row 17, children row 26 hangs on it")
g.note("war-affected status granted to 112 children → registered_new with a label; the cumulative 341 since 2022 is skipped")
g.note("placements into family forms (49, 84,5 %, 38/8/3) have no §3 id; skipped and used as literals in checks")
g.note("«540 учнів» → event_participants, unit children (alt persons)")
g.note("no planted slip in this file")
g.note("the reader drops the header (hotline phone), menu, breadcrumbs, sidebar (contacts, news with dates and numbers) and footer (years, ЄДРПОУ); their numbers are not in the read text and so not listed in skipped")
g.write()
