"""b59_03: служба у справах дітей Воловецької селищної ради (Закарпатська), annual information 2023.
Council-site page in windows-1251 (header, menu, breadcrumbs, date/views, sidebar, footer).
Third person, long official sentences. No planted slip: everything adds up."""
from common import Gold, report_path, write_text

DOC = "b59_03_volovets_ssd_annual2023.html"

ARTICLE = [
    "Інформація про роботу служби у справах дітей Воловецької селищної ради за 2023 рік",
    "Службою у справах дітей Воловецької селищної ради (далі – Служба) протягом 2023 року здійснювалися заходи щодо захисту прав та законних інтересів дітей громади, у якій проживає 5 126 дітей віком до 18 років.",
    "Станом на 31.12.2023 на первинному обліку Служби перебуває 74 дитини-сироти та дитини, позбавлені батьківського піклування (на початок року – 71), у тому числі 9 дітей-сиріт та 65 дітей, позбавлених батьківського піклування. Протягом року взято на облік 9 дітей, знято з обліку 6 дітей, з них 4 – у зв'язку з досягненням повноліття, 2 – у зв'язку з усиновленням.",
    "Із числа дітей, які перебувають на обліку, 62 дитини (83,8 %) виховуються в сім'ях опікунів, піклувальників, 8 – у прийомних сім'ях та дитячих будинках сімейного типу, 4 – у закладах різних типів і форм власності.",
    "На обліку дітей, які перебувають у складних життєвих обставинах, на кінець року перебуває 23 дитини з 14 сімей, з них 3 сім'ї – внутрішньо переміщені. Протягом 2023 року на цей облік поставлено 11 дітей, знято з нього 8 дітей у зв'язку з поліпшенням умов виховання.",
    "Службою отримано 31 повідомлення про сім'ї з дітьми, в яких батьки неналежно виконують батьківські обов'язки; у 12 випадках факти підтвердилися.",
    "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 118 дітям, з них 46 – з числа внутрішньо переміщених (усього з 2022 року статус отримали 341 дитина).",
    "До Служби звернулося 184 особи з питань захисту прав дітей. На телефон Служби надійшло 27 дзвінків щодо порушення прав дітей.",
    "Проведено 14 засідань комісії з питань захисту прав дитини, на яких розглянуто 96 питань. Спільно з ювенальною превенцією проведено 22 рейди «Діти вулиці», обстежено умови проживання 137 сімей. Підготовлено 43 висновки органу опіки та піклування до суду.",
    "Для дітей та батьків Службою організовано 8 профілактичних заходів, якими охоплено 316 дітей та 48 батьків.",
    "Штатним розписом Служби передбачено 4 посади, фактично працюють 3 працівники.",
    "У 2024 році Служба планує збільшити кількість прийомних сімей до 5.",
]

page = """<!DOCTYPE html>
<html lang="uk"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Інформація про роботу служби у справах дітей за 2023 рік | Воловецька селищна рада</title>
<link rel="stylesheet" href="/templates/volovets/css/template.css">
<script src="/media/jui/js/jquery.min.js"></script>
</head>
<body class="site com_content view-article">
<div class="topbar"><span>Воловецька селищна територіальна громада</span> <span>Приймальня: (03136) 0-21-71</span> <a href="/uk/">UA</a></div>
<header class="header"><a class="logo" href="/"><img src="/images/gerb.png" alt="Герб"></a>
<div class="site-title">ВОЛОВЕЦЬКА СЕЛИЩНА РАДА<br><small>Закарпатська область, Мукачівський район</small></div></header>
<nav class="mainmenu"><ul>
<li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/vlada">Влада</a></li>
<li><a href="/sotsialnyi-zakhyst">Соціальний захист</a></li><li><a href="/sluzhba-u-spravakh-ditei">Служба у справах дітей</a></li>
<li><a href="/dokumenty">Документи</a></li><li><a href="/kontakty">Контакти</a></li></ul></nav>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/sluzhba-u-spravakh-ditei">Служба у справах дітей</a> » Звіти</div>
<div class="container"><main class="content">
<div class="article-info"><span class="published">Опубліковано: 09.02.2024</span> <span class="hits">Переглядів: 214</span></div>
<div class="item-page" itemprop="articleBody">
<h2>{h}</h2>
{body}
</div></main>
<aside class="sidebar">
<div class="module"><h3>Контакти служби</h3><p>89100, селище Воловець, вул. Пушкіна, 2, каб. 14<br>тел. (03136) 0-24-09<br>Пн–Пт 8:00–17:00</p></div>
<div class="module"><h3>Останні новини</h3><ul><li><a href="/news/1257">Сесія селищної ради 15.02.2024</a></li><li><a href="/news/1254">Графік прийому громадян</a></li></ul></div>
</aside></div>
<footer class="footer"><p>© 2016–2024 Воловецька селищна рада. Усі права захищено.</p><p>Код ЄДРПОУ 04350917</p></footer>
</body></html>
"""
body = "\n".join(f"<p>{x}</p>" for x in ARTICLE[1:])
write_text(report_path(DOC), page.replace("{h}", ARTICLE[0]).replace("{body}", body), encoding="cp1251")

g = Gold(DOC, {
    "centre": "Служба у справах дітей Воловецької селищної ради", "centre_type": "other",
    "settlement": "Воловець", "oblast": "Закарпатська", "report_kind": "annual_report",
    "period_start": "2023-01-01", "period_end": "2023-12-31", "published": "2024-02-09"})
f_reg = g.f("registered", "children", 74, "на первинному обліку Служби перебуває 74 дитини-сироти та дитини, позбавлені батьківського піклування",
            label="діти-сироти та діти, позбавлені батьківського піклування")
f_or = g.f("registered", "children", 9, "у тому числі 9 дітей-сиріт", category="діти-сироти",
           group="registered_74_by_status", parent=f_reg)
f_dp = g.f("registered", "children", 65, "65 дітей, позбавлених батьківського піклування",
           category="діти, позбавлені батьківського піклування", group="registered_74_by_status", parent=f_reg)
f_new = g.f("registered_new", "children", 9, "Протягом року взято на облік 9 дітей",
            label="діти-сироти та діти, позбавлені батьківського піклування")
f_off = g.f("deregistered", "children", 6, "знято з обліку 6 дітей",
            label="діти-сироти та діти, позбавлені батьківського піклування")
f_o1 = g.f("deregistered", "children", 4, "з них 4 – у зв'язку з досягненням повноліття", label="досягнення повноліття",
           group="deregistered_6_by_reason", parent=f_off)
f_o2 = g.f("deregistered", "children", 2, "2 – у зв'язку з усиновленням", label="усиновлення",
           group="deregistered_6_by_reason", parent=f_off)
f_sjo = g.f("registered", "families", 14, "перебуває 23 дитини з 14 сімей",
            label="сім'ї з дітьми у складних життєвих обставинах", alt=["in_difficult_circumstances"])
f_sjoc = g.f("registered", "children", 23, "перебуває 23 дитини з 14 сімей",
             label="діти у складних життєвих обставинах", alt=["in_difficult_circumstances"], parent=f_sjo)
f_sjov = g.f("registered", "families", 3, "з них 3 сім'ї – внутрішньо переміщені",
             category="внутрішньо переміщені особи", alt=["in_difficult_circumstances"], parent=f_sjo)
f_sjon = g.f("registered_new", "children", 11, "на цей облік поставлено 11 дітей",
             label="діти у складних життєвих обставинах")
f_sjoo = g.f("deregistered", "children", 8, "знято з нього 8 дітей у зв'язку з поліпшенням умов виховання",
             label="діти у складних життєвих обставинах")
f_not = g.f("notified", "families", 31, "Службою отримано 31 повідомлення про сім'ї з дітьми")
f_war = g.f("registered_new", "children", 118, "надано 118 дітям",
            label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
f_warv = g.f("registered_new", "children", 46, "з них 46 – з числа внутрішньо переміщених",
             category="внутрішньо переміщені особи",
             label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів", parent=f_war)
f_app = g.f("applied", "persons", 184, "До Служби звернулося 184 особи з питань захисту прав дітей.")
f_calls = g.f("calls", "calls", 27, "На телефон Служби надійшло 27 дзвінків щодо порушення прав дітей.")
f_ev = g.f("events", "events", 8, "Службою організовано 8 профілактичних заходів")
f_evp = g.f("event_participants", "children", 316, "якими охоплено 316 дітей", parent=f_ev)
f_evp2 = g.f("event_participants", "persons", 48, "та 48 батьків.", label="батьки", parent=f_ev)
f_pos = g.f("staff_positions", "positions", 4, "Штатним розписом Служби передбачено 4 посади")
f_act = g.f("staff_actual", "staff", 3, "фактично працюють 3 працівники.")

g.check("parts_sum", "у тому числі 9 дітей-сиріт та 65 дітей, позбавлених батьківського піклування", "9 + 65 = 74",
        f"{f_or} + {f_dp} == {f_reg}")
g.check("parts_sum", "з них 4 – у зв'язку з досягненням повноліття, 2 – у зв'язку з усиновленням", "4 + 2 = 6",
        f"{f_o1} + {f_o2} == {f_off}")
g.check("parts_sum", "на первинному обліку Служби перебуває 74 дитини-сироти",
        "register movement: 71 at the start (literal) + 9 taken − 6 removed = 74",
        f"71 + {f_new} - {f_off} == {f_reg}")
g.check("parts_sum", "62 дитини (83,8 %) виховуються в сім'ях опікунів",
        "placements (no §3 id, literals) 62 + 8 + 4 = 74", f"62 + 8 + 4 == {f_reg}")
g.check("percent_mismatch", "62 дитини (83,8 %) виховуються в сім'ях опікунів", "62 / 74 = 83,78 % → 83,8",
        f"pct_ok(83.8, 62, {f_reg}, 1)")
g.check("parts_sum", "з них 46 – з числа внутрішньо переміщених", "46 ≤ 118", f"{f_warv} <= {f_war}")
g.check("parts_sum", "Протягом 2023 року на цей облік поставлено 11 дітей",
        "11 taken and 8 removed from the СЖО register; 23 at year end ≥ 11 − 8", f"{f_sjoc} >= {f_sjon} - {f_sjoo}")
g.check("parts_sum", "з них 3 сім'ї – внутрішньо переміщені", "3 ≤ 14", f"{f_sjov} <= {f_sjo}")
g.check("parts_sum", "фактично працюють 3 працівники.", "3 ≤ 4", f"{f_act} <= {f_pos}")

g.skip("у якій проживає 5 126 дітей віком до 18 років.", [5126, 18], "child population, age")
g.skip("Станом на 31.12.2023", [31, 12, 2023], "date")
g.skip("(на початок року – 71)", [71], "start-of-year register (used as a literal in a check)")
g.skip("62 дитини (83,8 %) виховуються в сім'ях опікунів, піклувальників, 8 – у прийомних сім'ях та дитячих будинках сімейного типу, 4 – у закладах різних типів і форм власності.",
       [62, 83.8, 8, 4], "placements by form (no §3 id); used as literals in checks")
g.skip("у 12 випадках факти підтвердилися.", [12], "confirmed notifications (no §3 id)")
g.skip("(усього з 2022 року статус отримали 341 дитина).", [2022, 341], "cumulative figure since 2022")
g.skip("Проведено 14 засідань комісії з питань захисту прав дитини, на яких розглянуто 96 питань.", [14, 96],
       "commission sittings and questions (no §3 id)")
g.skip("Спільно з ювенальною превенцією проведено 22 рейди «Діти вулиці», обстежено умови проживання 137 сімей.",
       [22, 137], "raids and home inspections (no §3 id)")
g.skip("Підготовлено 43 висновки органу опіки та піклування до суду.", [43], "court opinions (no §3 id)")
g.skip("У 2024 році Служба планує збільшити кількість прийомних сімей до 5.", [2024, 5], "plan")
g.skip("Інформація про роботу служби у справах дітей Воловецької селищної ради за 2023 рік", [2023], "period in the title")
g.note("the page chrome (top bar with the reception phone, menu, breadcrumbs, publication date, view counter, sidebar with "
       "address/phone/hours, footer with ЄДРПОУ) is not in the text `zvitparse read` prints, so it has no skipped entries; "
       "the publication date 09.02.2024 is in meta.published from the page")
g.note("a служба у справах дітей is centre_type other; registers are registered / registered_new / deregistered (children)")
g.note("«23 дитини з 14 сімей» on the СЖО register → registered families 14 and registered children 23 hanging on it "
       "(alt in_difficult_circumstances)")
g.note("the war-affected status granted → registered_new with a label, as in blind18")
g.write()
