"""b36_03: служба у справах дітей Турійської селищної ради, information for 9 months of 2025
(HTML council page, windows-1251, third person)."""
from common import Gold, report_path, write_text

NAME = "b36_03_turiisk_ssd_9m2025.html"

ARTICLE = """\
<h1>Інформація служби у справах дітей Турійської селищної ради про стан захисту прав дітей за 9 місяців 2025 року</h1>
<div class="meta">Опубліковано: 14.10.2025 | Автор: Служба у справах дітей | Переглядів: 283</div>
<p>Станом на 01.10.2025 на території громади проживає 4 318 дітей віком до 18 років.</p>
<p>На первинному обліку служби перебуває 57 дітей-сиріт та дітей, позбавлених батьківського піклування
(на 01.01.2025 – 55), з них 21 – діти-сироти, 36 – діти, позбавлені батьківського піклування. Протягом
січня – вересня службою взято на облік 9 дітей, знято з обліку 7 дітей: 4 – у зв'язку з досягненням
повноліття, 2 – усиновлені, 1 – повернута батькам.</p>
<p>Форми влаштування: у прийомних сім'ях та ДБСТ виховується 24 дитини (42,1 %), під опікою,
піклуванням – 31 (54,4 %), у закладах – 2 (3,5 %).</p>
<p>На обліку дітей, які перебувають у складних життєвих обставинах, службою обліковано 43 дитини, з них
12 поставлено на облік у звітному періоді. За повідомленнями закладів освіти, поліції та медичних
закладів служба отримала інформацію про 19 сімей, у яких діти можуть перебувати у СЖО; спільно з
ЦНСП оцінку потреб проведено 15 сім'ям.</p>
<p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 68 дітям
(з початку 2022 року – 391).</p>
<p>До служби надійшло 146 звернень громадян, з них 38 – письмові заяви. Консультації з питань захисту
прав дітей надано 93 особам. На «гарячу лінію» служби надійшло 29 дзвінків.</p>
<p>Проведено 17 засідань комісії з питань захисту прав дитини, на яких розглянуто 104 питання. Спільно
з ювенальною превенцією здійснено 11 рейдів («Діти вулиці», «Урок»), перевірено умови проживання
64 сімей. До суду подано 6 позовів про позбавлення батьківських прав.</p>
<p>Для учнів 5–11 класів служба провела 8 профілактичних заходів, якими охоплено 427 дітей.</p>
<p>Штатна чисельність служби – 5 посад, працюють 4 фахівці.</p>
<p>У IV кварталі 2025 року служба планує створити ще 1 прийомну сім'ю та провести навчання для 3
кандидатів у прийомні батьки.</p>
"""

PAGE = """<!DOCTYPE html>
<html lang="uk"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Служба у справах дітей :: Турійська селищна рада</title>
<link rel="stylesheet" href="/css/style.css"></head>
<body>
<div id="top"><div class="logo"><a href="/">Турійська селищна рада</a></div>
<div class="tagline">Ковельський район, Волинська область</div>
<div class="phone">Приймальня: (03363) 0-21-76</div></div>
<div id="menu"><ul>
<li><a href="/">Головна</a></li><li><a href="/gromada">Громада</a></li><li><a href="/deputies">Депутати</a></li>
<li><a href="/docs">Документи</a></li><li><a href="/social">Соціальний захист</a></li><li><a href="/contacts">Контакти</a></li>
</ul></div>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/struct">Структурні підрозділи</a> » <a href="/ssd">Служба у справах дітей</a> » Інформація</div>
<div id="wrap"><div id="content"><div class="post">
""" + ARTICLE + """</div></div>
<div id="sidebar">
<div class="widget"><h3>Служба у справах дітей</h3><p>44801, смт Турійськ, вул. Луцька, 21, каб. 12</p>
<p>тел. (03363) 0-23-58</p><p>Пн–Пт 8:00–17:00</p></div>
<div class="widget"><h3>Новини</h3><ul><li><a href="/n/1">Засідання комісії 02.10.2025</a></li>
<li><a href="/n/2">Сесія селищної ради 25.09.2025</a></li><li><a href="/n/3">Графік прийому громадян</a></li></ul></div>
</div></div>
<div id="footer">© 2018–2025 Турійська селищна рада. 44801, смт Турійськ, вул. Луцька, 21. Усі права захищено.</div>
</body></html>
"""


def build():
    write_text(report_path(NAME), PAGE, encoding="cp1251")


def gold():
    g = Gold(NAME, {
        "centre": "Служба у справах дітей Турійської селищної ради",
        "centre_type": "other", "settlement": "Турійськ", "oblast": "Волинська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-09-30",
        "published": "2025-10-14"})
    f = g.f
    n = lambda x: x[1:]
    reg = f("registered", "children", 57, "На первинному обліку служби перебуває 57 дітей-сиріт", label="діти-сироти та діти, позбавлені батьківського піклування")
    r1 = f("registered", "children", 21, "з них 21 – діти-сироти", category="діти-сироти", group="registered_57_by_status", parent=reg)
    r2 = f("registered", "children", 36, "36 – діти, позбавлені батьківського піклування",
           category="діти, позбавлені батьківського піклування", group="registered_57_by_status", parent=reg)
    new = f("registered_new", "children", 9, "службою взято на облік 9 дітей")
    de = f("deregistered", "children", 7, "знято з обліку 7 дітей")
    d1 = f("deregistered", "children", 4, "4 – у зв'язку з досягненням", label="досягнення повноліття", group="deregistered_7_by_reason", parent=de)
    d2 = f("deregistered", "children", 2, "2 – усиновлені", label="усиновлення", group="deregistered_7_by_reason", parent=de)
    d3 = f("deregistered", "children", 1, "1 – повернута батькам", label="повернута батькам", group="deregistered_7_by_reason", parent=de)
    sz = f("registered", "children", 43, "службою обліковано 43 дитини", label="діти, які перебувають у СЖО")
    szn = f("registered_new", "children", 12, "12 поставлено на облік у звітному періоді", label="діти, які перебувають у СЖО", parent=sz)
    f("notified", "families", 19, "служба отримала інформацію про 19 сімей")
    f("needs_assessed", "families", 15, "оцінку потреб проведено 15 сім'ям")
    f("registered_new", "children", 68, "надано 68 дітям", label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    ap = f("applied", "applications", 146, "До служби надійшло 146 звернень громадян")
    wr = f("applied", "applications", 38, "з них 38 – письмові заяви", label="письмові заяви", parent=ap)
    f("served", "persons", 93, "Консультації з питань захисту прав дітей надано 93 особам", service="counselling")
    f("calls", "calls", 29, "надійшло 29 дзвінків")
    ev = f("events", "events", 8, "служба провела 8 профілактичних заходів")
    f("event_participants", "children", 427, "якими охоплено 427 дітей", parent=ev, unit_alt="persons")
    ps = f("staff_positions", "positions", 5, "Штатна чисельність служби – 5 посад")
    ac = f("staff_actual", "staff", 4, "працюють 4 фахівці")

    g.check("parts_sum", "з них 21 – діти-сироти, 36 – діти, позбавлені батьківського піклування", "21 + 36 = 57",
            f"f{n(r1)} + f{n(r2)} == f{n(reg)}")
    g.check("parts_sum", "знято з обліку 7 дітей: 4 – у зв'язку з досягненням", "4 + 2 + 1 = 7",
            f"f{n(d1)} + f{n(d2)} + f{n(d3)} == f{n(de)}")
    g.check("parts_sum", "(на 01.01.2025 – 55)", "start of year 55 + 9 taken − 7 removed = 57 (55 is a literal: a start-of-year figure)",
            f"55 + f{n(new)} - f{n(de)} == f{n(reg)}")
    g.check("parts_sum", "у прийомних сім'ях та ДБСТ виховується 24 дитини (42,1 %)",
            "placements 24 + 31 + 2 = 57 (placements have no §3 id; literals)", f"24 + 31 + 2 == f{n(reg)}")
    g.check("percent_mismatch", "у прийомних сім'ях та ДБСТ виховується 24 дитини (42,1 %)",
            "24/57 = 42,1 %, 31/57 = 54,4 %, 2/57 = 3,5 %",
            f"pct_ok(42.1, 24, f{n(reg)}, 1) and pct_ok(54.4, 31, f{n(reg)}, 1) and pct_ok(3.5, 2, f{n(reg)}, 1)")
    g.check("percents_sum", "під опікою, піклуванням – 31 (54,4 %)", "42,1 + 54,4 + 3,5 = 100,0", "psum_ok([42.1, 54.4, 3.5], 1)")
    g.check("parts_sum", "з них 38 – письмові заяви", "38 ≤ 146; 12 ≤ 43; 4 ≤ 5",
            f"f{n(wr)} <= f{n(ap)} and f{n(szn)} <= f{n(sz)} and f{n(ac)} <= f{n(ps)}")
    g.skip("Станом на 01.10.2025 на території громади проживає 4 318 дітей віком до 18 років", [1, 10, 2025, 4318, 18],
           "date, child population, age")
    g.skip("(на 01.01.2025 – 55)", [1, 1, 2025, 55], "start-of-year register")
    g.skip("у прийомних сім'ях та ДБСТ виховується 24 дитини (42,1 %)", [24, 42.1], "placement form: no §3 id")
    g.skip("піклуванням – 31 (54,4 %), у закладах – 2 (3,5 %)", [31, 54.4, 2, 3.5], "placement forms: no §3 id")
    g.skip("(з початку 2022 року – 391)", [2022, 391], "cumulative figure since 2022")
    g.skip("Проведено 17 засідань комісії з питань захисту прав дитини, на яких розглянуто 104 питання", [17, 104],
           "commission sittings and questions: no §3 id")
    g.skip("здійснено 11 рейдів", [11], "raids: no §3 id")
    g.skip("перевірено умови проживання 64 сімей", [64], "families visited in raids: no §3 id")
    g.skip("До суду подано 6 позовів про позбавлення батьківських прав", [6], "court claims: no §3 id")
    g.skip("Для учнів 5–11 класів", [5, 11], "school grades")
    g.skip("У IV кварталі 2025 року служба планує створити ще 1 прийомну сім'ю та провести навчання для 3",
           [2025, 1, 3], "plan")
    g.skip("Приймальня: (03363) 0-21-76", [3363, 2176], "council phone in the page header")
    g.skip("Опубліковано: 14.10.2025 | Автор: Служба у справах дітей | Переглядів: 283", [14, 10, 2025, 283], "publication date (kept in meta), view counter")
    g.note("a служба у справах дітей is centre_type other; registers are registered / registered_new / deregistered (children)")
    g.note("the war-affected status granted to 68 children → registered_new with a label (blind18 convention)")
    g.note("«146 звернень» → applied, unit applications; «38 – письмові заяви» a labelled part")
    g.note("menu, breadcrumbs, sidebar (contacts, news dates) and footer are dropped by the reader; the header tagline and phone remain and are skipped")
    g.write()


if __name__ == "__main__":
    build()
    gold()
