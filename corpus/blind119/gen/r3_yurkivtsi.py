"""b119_03: служба у справах дітей Юрковецької сільської ради (Чернівецька), information for H1 2025.
Council web page (HTML) with header, menu, breadcrumbs, sidebar with its own numbers, footer. Third person."""
from common import Gold, write_text, report_path

DOC = "b119_03_yurkivtsi_ssd_h1_2025.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Про роботу служби у справах дітей за І півріччя 2025 року | Юрковецька сільська рада</title>
<link rel="stylesheet" href="/assets/css/main.css">
</head>
<body>
<div class="topbar"><span>Юрковецька сільська рада Чернівецького району Чернівецької області</span>
<span class="phone">Приймальня: (0372) 05-31-84</span> <a href="/uk/search">Пошук</a> <a href="/uk/vision">Версія для людей з порушенням зору</a></div>
<header class="site-header"><a class="logo" href="/"><img src="/img/gerb.png" alt="Герб громади"> Юрковецька громада</a></header>
<nav class="main-menu"><ul>
<li><a href="/uk/">Головна</a></li><li><a href="/uk/hromada">Громада</a></li><li><a href="/uk/rada">Рада</a></li>
<li><a href="/uk/vykonkom">Виконавчий комітет</a></li><li><a href="/uk/docs">Документи</a></li>
<li><a href="/uk/socialna-sfera">Соціальна сфера</a></li><li><a href="/uk/kontakty">Контакти</a></li></ul></nav>
<div class="breadcrumbs"><a href="/uk/">Головна</a> / <a href="/uk/socialna-sfera">Соціальна сфера</a> / <a href="/uk/ssd">Служба у справах дітей</a> / Звіти</div>
<div class="wrap">
<main class="content">
<article>
<h1>Про роботу служби у справах дітей Юрковецької сільської ради за І півріччя 2025 року</h1>
<div class="meta">Опубліковано: 14.07.2025 10:32 | Автор: Служба у справах дітей | Переглядів: 187</div>
<p>Служба у справах дітей Юрковецької сільської ради (далі – служба) у січні–червні 2025 року діяла відповідно до Положення, затвердженого рішенням сесії від 24.02.2021 № 5-7/2021, та плану роботи на 2025 рік.</p>
<h2>Облік дітей-сиріт та дітей, позбавлених батьківського піклування</h2>
<p>Станом на 30.06.2025 на первинному обліку служби перебуває 46 дітей-сиріт та дітей, позбавлених батьківського піклування (на 01.01.2025 – 44). З них 39 дітей виховуються в сімейних формах: під опікою, піклуванням – 31, у прийомних сім'ях – 6, у дитячому будинку сімейного типу – 2; ще 7 дітей перебувають у закладах інституційного догляду.</p>
<p>Протягом півріччя на облік взято 5 дітей, з них статус дитини-сироти надано 2 дітям, дитини, позбавленої батьківського піклування, – 3. Знято з обліку 3 дітей: двоє – у зв'язку з досягненням повноліття, одна дитина – у зв'язку з усиновленням.</p>
<h2>Діти у складних життєвих обставинах</h2>
<p>На обліку дітей, які перебувають у складних життєвих обставинах, станом на 30.06.2025 перебуває 23 дитини з 14 сімей. За півріччя поставлено на облік 8 дітей, знято з обліку у зв'язку з подоланням СЖО – 6 дітей.</p>
<p>Крім того, на обліку служби перебуває 128 дітей з числа внутрішньо переміщених осіб. Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, за півріччя надано 17 дітям (усього з 2022 року – 212).</p>
<h2>Звернення, профілактика, кадри</h2>
<p>До служби надійшло 58 звернень громадян, з них 12 – щодо визначення місця проживання дитини, 9 – щодо участі у вихованні дитини того з батьків, хто проживає окремо. На «телефон довіри» служби надійшло 19 дзвінків. Фахівцями надано 73 консультації з питань захисту прав дітей.</p>
<p>Проведено 6 засідань комісії з питань захисту прав дитини, на яких розглянуто 41 питання; до суду подано 4 висновки органу опіки та піклування. Спільно з ювенальною превенцією здійснено 14 профілактичних рейдів, обстежено умови проживання 37 сімей.</p>
<p>Службою організовано 9 профілактичних заходів (бесіди в закладах освіти, акція «Дитина не для війни»), якими охоплено 426 дітей та підлітків.</p>
<p>Штатом служби передбачено 3 посади; фактично працюють троє працівників.</p>
<p class="contacts">Служба у справах дітей: 60321, с. Юрківці, вул. Головна, 52, каб. 7; тел. (0372) 05-31-90; ssd.yurkivtsi@example.ua. Графік: пн–пт 8:00–17:00.</p>
</article>
</main>
<aside class="sidebar">
<div class="widget"><h3>Громада в цифрах</h3><ul><li>Населених пунктів: 11</li><li>Мешканців: 14,7 тис.</li><li>Закладів освіти: 9</li><li>Старостинських округів: 4</li></ul></div>
<div class="widget"><h3>Новини</h3><ul>
<li><a href="/uk/news/2025-07-11">11.07.2025 Громада отримала 12 генераторів для укриттів</a></li>
<li><a href="/uk/news/2025-07-09">09.07.2025 Оголошено конкурс на посаду фахівця (2 вакансії)</a></li>
<li><a href="/uk/news/2025-07-03">03.07.2025 До 1 серпня триває запис у табір «Буковинка»</a></li></ul></div>
<div class="widget"><h3>Гаряча лінія</h3><p>Національна дитяча гаряча лінія: 116 111</p></div>
</aside>
</div>
<footer class="site-footer"><p>© 2021–2025 Юрковецька сільська рада. Код ЄДРПОУ 04417736.</p>
<p>60321, Чернівецька обл., Чернівецький р-н, с. Юрківці, вул. Головна, 52. E-mail: rada.yurkivtsi@example.ua</p>
<p><a href="/uk/map">Мапа сайту</a> | <a href="/uk/privacy">Політика конфіденційності</a></p></footer>
</body>
</html>
"""

path = report_path(DOC)
write_text(path, HTML)

g = Gold(DOC, {
    "centre": "Служба у справах дітей Юрковецької сільської ради",
    "centre_type": "other", "settlement": "Юрківці",
    "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
    "published": "2025-07-14"},
    meta_alt={"settlement": ["Юрковецька сільська громада"]})
F = g.f
r = F("registered", "children", 46, "Станом на 30.06.2025 на первинному обліку служби перебуває 46 дітей-сиріт та дітей, позбавлених батьківського піклування",
      label="діти-сироти та діти, позбавлені батьківського піклування, на 30.06.2025")
rn = F("registered_new", "children", 5, "Протягом півріччя на облік взято 5 дітей",
       label="діти-сироти та діти, позбавлені батьківського піклування")
rn1 = F("registered_new", "children", 2, "статус дитини-сироти надано 2 дітям", label="статус дитини-сироти",
        parent=rn, group="registered_new_5_by_status")
rn2 = F("registered_new", "children", 3, "дитини, позбавленої батьківського піклування, – 3",
        label="статус дитини, позбавленої батьківського піклування", parent=rn, group="registered_new_5_by_status")
dr = F("deregistered", "children", 3, "Знято з обліку 3 дітей", label="діти-сироти та діти, позбавлені батьківського піклування")
dr1 = F("deregistered", "children", 2, "двоє – у зв'язку з досягненням повноліття", label="у зв'язку з досягненням повноліття",
        parent=dr, group="deregistered_3_by_reason")
dr2 = F("deregistered", "children", 1, "одна дитина – у зв'язку з усиновленням", label="у зв'язку з усиновленням",
        parent=dr, group="deregistered_3_by_reason")
sj = F("registered", "children", 23, "станом на 30.06.2025 перебуває 23 дитини з 14 сімей",
       label="діти у СЖО, на 30.06.2025", alt=["in_difficult_circumstances"])
sjf = F("registered", "families", 14, "23 дитини з 14 сімей", label="сім'ї дітей у СЖО, на 30.06.2025",
        alt=["in_difficult_circumstances"])
sjn = F("registered_new", "children", 8, "За півріччя поставлено на облік 8 дітей", label="діти у СЖО")
sjd = F("deregistered", "children", 6, "знято з обліку у зв'язку з подоланням СЖО – 6 дітей", label="у зв'язку з подоланням СЖО",
        alt=["outcome_positive"])
vp = F("registered", "children", 128, "на обліку служби перебуває 128 дітей з числа внутрішньо переміщених осіб",
       category="внутрішньо переміщені особи")
wr = F("registered_new", "children", 17, "за півріччя надано 17 дітям",
       label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
ap = F("applied", "applications", 58, "До служби надійшло 58 звернень громадян")
ap1 = F("applied", "applications", 12, "з них 12 – щодо визначення місця проживання дитини", parent=ap,
        label="щодо визначення місця проживання дитини")
ap2 = F("applied", "applications", 9, "9 – щодо участі у вихованні дитини того з батьків, хто проживає окремо", parent=ap,
        label="щодо участі у вихованні дитини")
cl = F("calls", "calls", 19, "На «телефон довіри» служби надійшло 19 дзвінків")
cs = F("services_provided", "services", 73, "Фахівцями надано 73 консультації з питань захисту прав дітей", service="counselling")
ev = F("events", "events", 9, "Службою організовано 9 профілактичних заходів")
evp = F("event_participants", "children", 426, "якими охоплено 426 дітей та підлітків", parent=ev, unit_alt="persons")
sp = F("staff_positions", "positions", 3, "Штатом служби передбачено 3 посади")
sa = F("staff_actual", "staff", 3, "фактично працюють троє працівників")

g.check("parts_sum", "на облік взято 5 дітей, з них статус дитини-сироти надано 2 дітям", "2 + 3 = 5", f"{rn1} + {rn2} == {rn}")
g.check("parts_sum", "Знято з обліку 3 дітей: двоє", "2 + 1 = 3", f"{dr1} + {dr2} == {dr}")
g.check("parts_sum", "(на 01.01.2025 – 44)", "44 at the start + 5 taken − 3 removed = 46 at the end", f"44 + {rn} - {dr} == {r}")
g.check("parts_sum", "З них 39 дітей виховуються в сімейних формах: під опікою, піклуванням – 31, у прийомних сім'ях – 6, у дитячому будинку сімейного типу – 2",
        "31 + 6 + 2 = 39 in family forms, + 7 in institutions = 46 (placements are skipped; literals)", f"31 + 6 + 2 == 39 and 39 + 7 == {r}")
g.check("parts_sum", "з них 12 – щодо визначення місця проживання дитини", "12 + 9 ≤ 58", f"{ap1} + {ap2} <= {ap}")
g.check("parts_sum", "Штатом служби передбачено 3 посади; фактично працюють троє працівників.", "3 ≤ 3", f"{sa} <= {sp}")

g.skip("Опубліковано: 14.07.2025 10:32 | Автор: Служба у справах дітей | Переглядів: 187", [14, 7, 2025, 10, 32, 187],
       "publication date/time, view counter")
g.skip("рішенням сесії від 24.02.2021 № 5-7/2021, та плану роботи на 2025 рік", [24, 2, 2021, 5, 7, 2021, 2025], "decision date/number, year")
g.skip("(на 01.01.2025 – 44)", [1, 1, 2025, 44], "start-of-period register (used as a literal in a check)")
g.skip("З них 39 дітей виховуються в сімейних формах: під опікою, піклуванням – 31, у прийомних сім'ях – 6, у дитячому будинку сімейного типу – 2; ще 7 дітей перебувають у закладах інституційного догляду.",
       [39, 31, 6, 2, 7], "placements by form (no §3 id)")
g.skip("(усього з 2022 року – 212)", [2022, 212], "cumulative figure since 2022, not of the period")
g.skip("Проведено 6 засідань комісії з питань захисту прав дитини, на яких розглянуто 41 питання; до суду подано 4 висновки органу опіки та піклування.",
       [6, 41, 4], "commission sittings, questions, court opinions (no §3 id)")
g.skip("здійснено 14 профілактичних рейдів, обстежено умови проживання 37 сімей", [14, 37],
       "raids and inspections of living conditions (no §3 id; not a needs assessment)")
g.skip("60321, с. Юрківці, вул. Головна, 52, каб. 7; тел. (0372) 05-31-90", [60321, 52, 7, 372, 53190], "postcode, address, room, phone")
g.skip("Графік: пн–пт 8:00–17:00.", [8, 0, 17, 0], "office hours")
g.note("A служба у справах дітей → centre_type other. Period from the title «за І півріччя 2025 року»; published from «Опубліковано: 14.07.2025».")
g.note("Registers: the end-of-period register (46 orphans etc., 23 children in СЖО from 14 families, 128 IDP children) → registered; «взято на облік» → registered_new; «знято з обліку» → deregistered with reasons as labelled parts. The 44 at 01.01.2025 is a start-of-period register: skipped, used as a literal.")
g.note("The СЖО register of a служба у справах дітей is kept as registered (alt in_difficult_circumstances); the 14 families is its own row with unit families (no parent: children are not a part of families).")
g.note("«знято з обліку у зв'язку з подоланням СЖО – 6 дітей» → deregistered (alt outcome_positive).")
g.note("War-affected status granted in the half-year (17) → registered_new with a label; 212 since 2022 is cumulative → skipped.")
g.note("Placements by form (31/6/2/7) have no §3 id → skipped, used in a check as literals. Numbers in words («двоє», «одна дитина», «троє») are facts.")
g.note("«охоплено 426 дітей та підлітків» → event_participants, unit children (unit_alt persons).")
g.note("The page has a top bar, header, menu, breadcrumbs, a sidebar with its own numbers (settlements, population, news with 12 generators and 2 vacancies, the national hotline 116 111) and a footer with ЄДРПОУ; `zvitparse read` prints none of them, so they are neither facts nor skips. The oblast is written only in the top bar and the footer, not in the read text → omitted from meta. No slips in this file.")
g.write()
