"""b47_03: служба у справах дітей Магдалинівської селищної ради, H1 2025. Council-site HTML page, windows-1251."""
from common import Gold, report_path, write_text

DOC = "b47_03_mahdalynivka_ssd_h1_2025.html"

ARTICLE = """<h1>Про підсумки роботи служби у справах дітей за І півріччя 2025 року</h1>
<div class="meta"><span class="date">18.07.2025 10:42</span> | <span class="author">Служба у справах дітей</span> | <span class="views">Переглядів: 211</span></div>
<p>Станом на 30.06.2025 у Магдалинівській селищній територіальній громаді проживає 3 874 дитини віком до 18 років.</p>
<p>На первинному обліку служби у справах дітей перебуває 37 дітей-сиріт та дітей, позбавлених батьківського піклування (на 01.01.2025 – 35). З них 14 дітей-сиріт та 23 дитини, позбавлені батьківського піклування. Протягом півріччя на облік поставлено 4 дитини, знято з обліку 2 дитини у зв'язку з досягненням повноліття.</p>
<p>Діти цієї категорії виховуються: під опікою, піклуванням – 26 дітей, у прийомних сім'ях та дитячих будинках сімейного типу – 9, у закладах різних типів і форм власності – 2.</p>
<p>На обліку дітей, які перебувають у складних життєвих обставинах, станом на 30.06.2025 перебуває 19 дітей з 11 сімей. За півріччя взято на такий облік 6 дітей, знято з обліку 5 дітей, з них 4 – у зв'язку з поліпшенням ситуації в сім'ї. Спільно з ЦНСП проведено оцінку потреб 7 сімей.</p>
<p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, за звітний період надано 58 дітям (усього з 2022 року – 412 дітей).</p>
<p>Надійшли повідомлення щодо 9 дітей, які постраждали від домашнього насильства або стали його свідками; у кожному випадку проведено оцінку та вжито заходів.</p>
<p>До служби звернулися 143 громадяни з питань захисту прав дітей, на «гарячу лінію» служби надійшло 27 дзвінків.</p>
<p>Проведено 6 засідань комісії з питань захисту прав дитини, на яких розглянуто 48 питань. Влаштовано до сімейних форм виховання 3 дитини, усиновлено 1 дитину. Спільно з ювенальною превенцією проведено 14 профілактичних рейдів.</p>
<p>Працівники служби провели 11 заходів з правової освіти для учнів 5–11 класів закладів загальної середньої освіти, якими охоплено 296 учнів.</p>
<p>У службі працює 3 працівники при 4 штатних одиницях.</p>
<p>У ІІ півріччі 2025 року планується створити 1 дитячий будинок сімейного типу на 5 дітей.</p>
<p>Контактний телефон служби: (05691) 0-21-77, каб. 12 (2-й поверх адмінбудівлі).</p>"""

HTML = """<!DOCTYPE html>
<html lang="uk"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про підсумки роботи служби у справах дітей за І півріччя 2025 року | Магдалинівська селищна рада</title>
<link rel="stylesheet" href="/templates/rada/css/style.css?v=3.14"></head>
<body>
<div id="topbar"><div class="wrap">Магдалинівська селищна рада Дніпропетровської області | тел. приймальні (05691) 0-21-04 | <a href="/uk/search">Пошук</a> | <a href="/en">EN</a></div></div>
<header id="header"><div class="logo"><img src="/images/gerb.png" alt="герб"><span>Магдалинівська селищна рада</span><small>офіційний вебсайт</small></div></header>
<nav id="mainmenu"><ul>
<li><a href="/">Головна</a></li><li><a href="/rada">Селищна рада</a></li><li><a href="/vykonkom">Виконавчий комітет</a></li>
<li><a href="/struktura">Структурні підрозділи</a></li><li><a href="/dokumenty">Документи</a></li><li><a href="/news">Новини</a></li><li><a href="/kontakty">Контакти</a></li>
</ul></nav>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/struktura">Структурні підрозділи</a> » <a href="/struktura/ssd">Служба у справах дітей</a> » Звіти</div>
<div id="content"><div class="wrap">
<div class="article">
""" + ARTICLE + """
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</div>
<div class="sidebar">
<div class="widget"><h3>Контакти</h3><p>51101, смт Магдалинівка, вул. Центральна, 35<br>тел. (05691) 0-21-04<br>rada@example.ua</p><p>Графік: пн–пт 8:00–17:00</p></div>
<div class="widget"><h3>Останні новини</h3><ul><li><a href="/news/1877">Сесія селищної ради 24.07.2025</a></li><li><a href="/news/1876">Графік прийому громадян на ІІІ квартал</a></li><li><a href="/news/1875">Оголошення про конкурс на 2 вакантні посади</a></li></ul></div>
<div class="widget"><h3>Архів</h3><ul><li>2025 (214)</li><li>2024 (398)</li></ul></div>
</div>
</div></div>
<footer id="footer"><div class="wrap">© 2019–2025 Магдалинівська селищна рада. Усі права захищені. Відвідувачів онлайн: 7</div></footer>
</body></html>
"""


def build():
    write_text(report_path(DOC), HTML, encoding="cp1251", newline="\n")


def gold():
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Магдалинівської селищної ради",
        "centre_type": "other", "settlement": "Магдалинівка",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
        "published": "2025-07-18",
    })
    f = g.f
    reg = f("registered", "children", 37, "На первинному обліку служби у справах дітей перебуває 37 дітей-сиріт та дітей, позбавлених батьківського піклування",
            label="діти-сироти та діти, позбавлені батьківського піклування")
    s1 = f("registered", "children", 14, "З них 14 дітей-сиріт", category="діти-сироти", group="register_37_by_status", parent=reg)
    s2 = f("registered", "children", 23, "23 дитини, позбавлені батьківського піклування",
           category="діти, позбавлені батьківського піклування", group="register_37_by_status", parent=reg)
    rn = f("registered_new", "children", 4, "Протягом півріччя на облік поставлено 4 дитини",
           label="діти-сироти та діти, позбавлені батьківського піклування")
    rd = f("deregistered", "children", 2, "знято з обліку 2 дитини у зв'язку з досягненням повноліття",
           label="досягнення повноліття")
    gp = "register_37_by_placement"
    p1 = f("registered", "children", 26, "під опікою, піклуванням – 26 дітей", label="під опікою, піклуванням", group=gp, parent=reg)
    p2 = f("registered", "children", 9, "у прийомних сім'ях та дитячих будинках сімейного типу – 9",
           label="у прийомних сім'ях та ДБСТ", group=gp, parent=reg)
    p3 = f("registered", "children", 2, "у закладах різних типів і форм власності – 2", label="у закладах", group=gp, parent=reg)
    sj = f("registered", "children", 19, "перебуває 19 дітей з 11 сімей", label="діти у складних життєвих обставинах")
    sjf = f("registered", "families", 11, "перебуває 19 дітей з 11 сімей", label="сім'ї дітей у складних життєвих обставинах")
    sjn = f("registered_new", "children", 6, "За півріччя взято на такий облік 6 дітей", label="діти у складних життєвих обставинах")
    sjd = f("deregistered", "children", 5, "знято з обліку 5 дітей", label="діти у складних життєвих обставинах")
    sjd4 = f("deregistered", "children", 4, "з них 4 – у зв'язку з поліпшенням ситуації в сім'ї",
             label="поліпшення ситуації в сім'ї", alt=["outcome_positive"], parent=sjd)
    na = f("needs_assessed", "families", 7, "Спільно з ЦНСП проведено оцінку потреб 7 сімей")
    war = f("registered_new", "children", 58, "за звітний період надано 58 дітям",
            label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    nt = f("notified", "children", 9, "Надійшли повідомлення щодо 9 дітей", label="домашнє насильство")
    ap = f("applied", "persons", 143, "До служби звернулися 143 громадяни")
    cl = f("calls", "calls", 27, "на «гарячу лінію» служби надійшло 27 дзвінків")
    ev = f("events", "events", 11, "Працівники служби провели 11 заходів з правової освіти")
    evp = f("event_participants", "children", 296, "якими охоплено 296 учнів", unit_alt="persons", parent=ev)
    sa = f("staff_actual", "staff", 3, "У службі працює 3 працівники")
    sp = f("staff_positions", "positions", 4, "при 4 штатних одиницях")

    g.check("parts_sum", "З них 14 дітей-сиріт та 23 дитини, позбавлені батьківського піклування", "14 + 23 = 37",
            f"{s1} + {s2} == {reg}")
    g.check("parts_sum", "під опікою, піклуванням – 26 дітей", "26 + 9 + 2 = 37", f"{p1} + {p2} + {p3} == {reg}")
    g.check("parts_sum", "(на 01.01.2025 – 35)", "register flow: 35 at start + 4 new − 2 removed = 37", f"35 + {rn} - {rd} == {reg}")
    g.check("parts_sum", "з них 4 – у зв'язку з поліпшенням ситуації в сім'ї", "4 ≤ 5; 11 families ≤ 19 children", f"{sjd4} <= {sjd} and {sjf} <= {sj}")
    g.check("parts_sum", "У службі працює 3 працівники при 4 штатних одиницях.", "3 ≤ 4", f"{sa} <= {sp}")

    g.skip("18.07.2025 10:42", [18, 7, 2025, 10, 42], "publication date and time (used for meta)")
    g.skip("Переглядів: 211", [211], "view counter")
    g.skip("Про підсумки роботи служби у справах дітей за І півріччя 2025 року", [2025], "year (Roman І is not a number)")
    g.skip("Станом на 30.06.2025 у Магдалинівській селищній територіальній громаді проживає 3 874 дитини віком до 18 років.",
           [30, 6, 2025, 3874, 18], "date, child population, age")
    g.skip("(на 01.01.2025 – 35)", [1, 1, 2025, 35], "start-of-period register (used as a literal in a check)")
    g.skip("станом на 30.06.2025", [30, 6, 2025], "date")
    g.skip("(усього з 2022 року – 412 дітей)", [2022, 412], "cumulative figure since 2022, not the period's")
    g.skip("Проведено 6 засідань комісії з питань захисту прав дитини, на яких розглянуто 48 питань.", [6, 48],
           "commission sittings and questions; no §3 id")
    g.skip("Влаштовано до сімейних форм виховання 3 дитини, усиновлено 1 дитину.", [3, 1], "placements and adoptions; no §3 id")
    g.skip("проведено 14 профілактичних рейдів", [14], "raids; no §3 id")
    g.skip("для учнів 5–11 класів", [5, 11], "school grades")
    g.skip("У ІІ півріччі 2025 року планується створити 1 дитячий будинок сімейного типу на 5 дітей.", [2025, 1, 5], "plan")
    g.skip("Контактний телефон служби: (05691) 0-21-77, каб. 12 (2-й поверх адмінбудівлі).", [5691, 2177, 12, 2],
           "phone, room and floor")
    g.note("the reader drops the page furniture (top bar, menu, breadcrumbs, sidebar, footer); the phone, address and news dates there are not in the read text")
    g.note("oblast: «Дніпропетровської області» is only in the site top bar, which the reader drops → omitted from meta")
    g.note("служба у справах дітей → centre_type other; registers are registered / registered_new / deregistered in children")
    g.note("the register of 37 is broken down twice (by status 14 + 23, by form of upbringing 26 + 9 + 2): two groups hanging on the same total")
    g.note("«19 дітей з 11 сімей»: two facts (children, families) quoted by the same phrase")
    g.note("war-affected status granted to 58 children → registered_new with a label; the cumulative 412 since 2022 is skipped")
    g.note("«знято … з них 4 – у зв'язку з поліпшенням ситуації» → deregistered with a label (alt outcome_positive)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
