"""b71_02: служба у справах дітей Щирецької селищної ради (Львівська), annual information 2023.
windows-1251 council page: header with phone, menu, breadcrumbs, date/views, sidebar, footer."""
from common import Gold, write_text, report_path

DOC = "b71_02_shchyrets_ssd_annual2023.html"

ARTICLE = """<h1>Про підсумки роботи служби у справах дітей Щирецької селищної ради за 2023 рік</h1>
<div class="meta"><span class="date">16.01.2024</span> <span class="views">Переглядів: 1 284</span> <span class="cat">Служба у справах дітей</span></div>
<p>У Щирецькій селищній територіальній громаді, до складу якої входить 21 населений пункт, проживає 4 318 дітей. Захист їхніх прав та інтересів забезпечує служба у справах дітей селищної ради, штатна чисельність якої становить 3 посади; фактично працює 3 особи.</p>
<p>Протягом 2023 року до служби надійшло 128 звернень громадян з питань захисту прав дітей, визначення місця проживання дитини, участі у вихованні, встановлення опіки. Від закладів освіти, поліції та центру надання соціальних послуг отримано 37 повідомлень про дітей, які можуть перебувати у складних життєвих обставинах.</p>
<h3>Діти-сироти та діти, позбавлені батьківського піклування</h3>
<p>Станом на 31.12.2023 на первинному обліку служби перебуває 34 дитини-сироти та дитини, позбавлені батьківського піклування, з яких:</p>
<ul>
<li>під опікою, піклуванням родичів – 22;</li>
<li>у прийомних сім’ях – 7;</li>
<li>у дитячому будинку сімейного типу – 3;</li>
<li>у закладах інституційного догляду – 2.</li>
</ul>
<p>Упродовж звітного року взято на первинний облік 6 дітей, знято з обліку 5 дітей, з них 3 – у зв’язку з досягненням повноліття, 1 – у зв’язку з усиновленням, 1 – у зв’язку з поверненням до біологічних батьків. Для порівняння: у 2022 році на облік було взято 9 дітей.</p>
<h3>Діти у складних життєвих обставинах</h3>
<p>На кінець року на обліку служби перебуває 19 дітей, які перебувають у складних життєвих обставинах. За рік на облік поставлено 11 дітей, знято з обліку 9 дітей з таких підстав: поліпшення умов виховання – 5, досягнення повноліття – 2, зміна місця проживання – 1.</p>
<p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2023 році надано 47 дітям (усього з 2022 року – 213 дітям).</p>
<h3>Профілактична робота</h3>
<p>Проведено 14 засідань комісії з питань захисту прав дитини, на яких розглянуто 96 питань. Службою підготовлено 17 висновків до суду. Спільно з сектором ювенальної превенції проведено 23 рейди «Діти вулиці» та «Канікули».</p>
<p>У закладах освіти громади службою проведено 9 профілактичних заходів з питань булінгу та безпеки в мережі, якими охоплено 412 дітей 5–11 класів.</p>
<p>У 2024 році служба планує створити ще 1 дитячий будинок сімейного типу та залучити 2 сім’ї патронатних вихователів.</p>
<p><i>Служба у справах дітей Щирецької селищної ради, каб. 7, тел. (03230) 0-61-48</i></p>
"""

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про підсумки роботи служби у справах дітей за 2023 рік | Щирецька селищна рада</title>
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<div id="top">
 <div class="logo"><a href="/"><img src="/img/gerb.png" alt="герб"> Щирецька селищна рада</a></div>
 <div class="contacts">81160, Львівська обл., Львівський р-н, смт Щирець, пл. Ринок, 3 &nbsp;|&nbsp; тел. (03230) 0-61-42 &nbsp;|&nbsp; Пн–Пт 8:00–17:00</div>
</div>
<nav id="menu"><ul>
 <li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/vlada">Влада</a></li>
 <li><a href="/docs">Документи</a></li><li><a href="/news">Новини</a></li><li><a href="/zvernennia">Звернення</a></li>
</ul></nav>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/vlada">Влада</a> » <a href="/vlada/ssd">Служба у справах дітей</a> » Про підсумки роботи за 2023 рік</div>
<div id="wrap">
<div id="content"><article>
""" + ARTICLE + """</article></div>
<aside id="sidebar">
 <div class="widget"><h4>Служба у справах дітей</h4><p>каб. 7, тел. (03230) 0-61-48</p><p>Прийом: вівторок, четвер 9:00–13:00</p></div>
 <div class="widget"><h4>Останні новини</h4><ul>
  <li><a href="/news/2511">12.01.2024 Сесія селищної ради: 38 питань порядку денного</a></li>
  <li><a href="/news/2507">10.01.2024 Графік прийому громадян на I квартал</a></li>
 </ul></div>
</aside>
</div>
<footer><p>© 2017–2024 Щирецька селищна рада. Усі права захищено.</p><p>Розробка сайту: 2 клас</p></footer>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    write_text(path, HTML, encoding="cp1251", newline="\n")
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Щирецької селищної ради",
        "centre_type": "other", "settlement": "Щирець", "oblast": "Львівська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
        "published": "2024-01-16",
    })
    f1 = g.f("staff_positions", "positions", 3, "штатна чисельність якої становить 3 посади")
    f2 = g.f("staff_actual", "staff", 3, "фактично працює 3 особи")
    f3 = g.f("applied", "applications", 128, "до служби надійшло 128 звернень громадян", unit_alt="persons")
    f4 = g.f("notified", "children", 37, "отримано 37 повідомлень про дітей", unit_alt="persons",
             note="37 notifications about children; unit children (alt persons)")
    f5 = g.f("registered", "children", 34, "на первинному обліку служби перебуває 34 дитини-сироти",
             category="діти-сироти та діти, позбавлені батьківського піклування")
    grp = "orphans_34_by_placement"
    f6 = g.f("registered", "children", 22, "під опікою, піклуванням родичів – 22", label="під опікою, піклуванням",
             group=grp, parent=f5)
    f7 = g.f("registered", "children", 7, "у прийомних сім'ях – 7", label="у прийомних сім'ях", group=grp, parent=f5)
    f8 = g.f("registered", "children", 3, "у дитячому будинку сімейного типу – 3", label="у ДБСТ", group=grp, parent=f5)
    f9 = g.f("registered", "children", 2, "у закладах інституційного догляду – 2",
             label="у закладах інституційного догляду", group=grp, parent=f5)
    f10 = g.f("registered_new", "children", 6, "взято на первинний облік 6 дітей",
              category="діти-сироти та діти, позбавлені батьківського піклування")
    f11 = g.f("deregistered", "children", 5, "знято з обліку 5 дітей",
              category="діти-сироти та діти, позбавлені батьківського піклування")
    grp2 = "orphans_deregistered_5_by_reason"
    f12 = g.f("deregistered", "children", 3, "з них 3 – у зв'язку з досягненням повноліття",
              label="досягнення повноліття", group=grp2, parent=f11)
    f13 = g.f("deregistered", "children", 1, "1 – у зв'язку з усиновленням", label="усиновлення", group=grp2, parent=f11)
    f14 = g.f("deregistered", "children", 1, "1 – у зв'язку з поверненням до біологічних батьків",
              label="повернення до біологічних батьків", group=grp2, parent=f11)
    f15 = g.f("registered", "children", 19, "На кінець року на обліку служби перебуває 19 дітей",
              category="діти, які перебувають у складних життєвих обставинах",
              alt=["in_difficult_circumstances"])
    f16 = g.f("registered_new", "children", 11, "За рік на облік поставлено 11 дітей",
              category="діти, які перебувають у складних життєвих обставинах")
    f17 = g.f("deregistered", "children", 9, "знято з обліку 9 дітей з таких підстав",
              category="діти, які перебувають у складних життєвих обставинах")
    grp3 = "sjo_deregistered_9_by_reason"
    f18 = g.f("deregistered", "children", 5, "поліпшення умов виховання – 5",
              label="поліпшення умов виховання", group=grp3, parent=f17)
    f19 = g.f("deregistered", "children", 2, "досягнення повноліття – 2", label="досягнення повноліття",
              group=grp3, parent=f17)
    f20 = g.f("deregistered", "children", 1, "зміна місця проживання – 1",
              label="зміна місця проживання", group=grp3, parent=f17)
    f21 = g.f("registered_new", "children", 47, "у 2023 році надано 47 дітям",
              label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    f22 = g.f("events", "events", 9, "проведено 9 профілактичних заходів")
    f23 = g.f("event_participants", "children", 412, "якими охоплено 412 дітей 5–11 класів", unit_alt="persons",
              parent=f22)

    g.slip("parts_sum", "error", "знято з обліку 9 дітей з таких підстав: поліпшення умов виховання – 5, досягнення повноліття – 2, зміна місця проживання – 1",
           9, 8, [f17, f18, f19, f20],
           "the three reasons for taking children in СЖО off the register sum to 5 + 2 + 1 = 8, "
           "but 9 were taken off; one child is missing from the breakdown", "f18 + f19 + f20 == f17")
    g.check("parts_sum", "перебуває 34 дитини-сироти та дитини, позбавлені батьківського піклування, з яких:",
            "22 + 7 + 3 + 2 = 34", "f6 + f7 + f8 + f9 == f5")
    g.check("parts_sum", "знято з обліку 5 дітей, з них 3", "3 + 1 + 1 = 5", "f12 + f13 + f14 == f11")
    g.check("parts_sum", "фактично працює 3 особи", "3 staff ≤ 3 positions", "f2 <= f1")

    g.skip("каб. 7, тел. (03230) 0-61-48", [7, 3230, 6148], "room number, phone")
    g.skip("16.01.2024", [16, 1, 2024], "publication date (→ meta.published)")
    g.skip("Переглядів: 1 284", [1284], "view counter")
    g.skip("до складу якої входить 21 населений пункт, проживає 4 318 дітей", [21, 4318],
           "settlement count, child population")
    g.skip("Станом на 31.12.2023", [31, 12, 2023], "date")
    g.skip("Для порівняння: у 2022 році на облік було взято 9 дітей.", [2022, 9], "prior-year figure")
    g.skip("(усього з 2022 року – 213 дітям)", [2022, 213], "cumulative figure since 2022, not the report period")
    g.skip("Проведено 14 засідань комісії з питань захисту прав дитини, на яких розглянуто 96 питань.",
           [14, 96], "commission sittings and questions: no §3 id")
    g.skip("Службою підготовлено 17 висновків до суду.", [17], "court opinions: no §3 id")
    g.skip("проведено 23 рейди «Діти вулиці»", [23], "raids: no §3 id")
    g.skip("5–11 класів", [5, 11], "school grades")
    g.skip("У 2024 році служба планує створити ще 1 дитячий будинок сімейного типу та залучити 2 сім'ї патронатних вихователів.",
           [2024, 1, 2], "plan for 2024")
    g.note("A служба у справах дітей → centre_type other; the registers are registered / registered_new / "
           "deregistered in children, told apart by category")
    g.note("the СЖО register (19) is registered with category, alt in_difficult_circumstances")
    g.note("the war-affected status granted in 2023 (47) → registered_new with a label; the cumulative 213 is skipped")
    g.note("the top bar (postcode, address, phone, office hours), sidebar (room number, hours, news with «38 питань»), footer years are page chrome; the reader drops "
           "them, so they are not in the read text and need no skip")
    g.write()


if __name__ == "__main__":
    main()
