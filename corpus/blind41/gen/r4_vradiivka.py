"""b41_04: служба у справах дітей Врадіївської селищної ради (Миколаївська), information for 9 months
of 2025. HTML council page in windows-1251 with header, menu, breadcrumbs, sidebar and footer."""
from common import Gold, report_path, write_text

NAME = "b41_04_vradiivka_ssd_9m2025.html"

ART = [
    "Станом на 30.09.2025 на первинному обліку служби перебуває 31 дитина-сирота та дитина, позбавлена "
    "батьківського піклування (на 01.01.2025 – 29), з них 19 дітей-сиріт та 12 дітей, позбавлених "
    "батьківського піклування. За звітний період на такий облік поставлено 4 дитини, знято з обліку "
    "2 дітей у зв'язку з досягненням повноліття. 27 дітей виховуються в сімейних формах, 4 – у закладах.",
    "На обліку дітей, які перебувають у складних життєвих обставинах, на початок року було 33 дитини. "
    "Протягом дев'яти місяців на облік поставлено 14 дітей, знято з обліку 9 дітей: у зв'язку з "
    "поліпшенням умов виховання – 7, у зв'язку з досягненням повноліття – 2. На кінець звітного періоду "
    "на обліку перебуває 38 дітей, з них 11 – з числа внутрішньо переміщених осіб.",
    "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 46 дітям "
    "(усього з 2022 року – 412).",
    "До служби надійшло 57 звернень громадян, з них 22 – щодо визначення місця проживання дитини, "
    "17 – щодо участі у вихованні дитини того з батьків, хто проживає окремо, 18 – з інших питань. "
    "Фахівцями надано 63 консультації з питань захисту прав дітей. Отримано повідомлення щодо 23 дітей, "
    "які могли постраждати від домашнього насильства.",
    "Проведено 12 засідань комісії з питань захисту прав дитини, на яких розглянуто 64 питання; "
    "підготовлено 24 висновки органу опіки та піклування для суду. Спільно з поліцією проведено "
    "18 рейдів «Діти вулиці», перевірено умови проживання у 41 сім'ї.",
    "На телефон довіри служби звернулися 29 осіб. У закладах освіти громади проведено 9 профілактичних "
    "заходів, якими охоплено 356 учнів 5–11 класів.",
    "У службі працює 3 особи при штатній чисельності 4 посади. У громаді проживає 3 946 дітей.",
]

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Інформація служби у справах дітей за 9 місяців 2025 року | Врадіївська селищна рада</title>
</head>
<body>
<div id="topbar">Врадіївська селищна рада Первомайського району Миколаївської області · тел. (05135) 0-21-74 · <a href="mailto:rada@example.ua">rada@example.ua</a></div>
<div id="header"><div class="logo">ВРАДІЇВСЬКА СЕЛИЩНА РАДА</div><div class="sub">Офіційний вебсайт</div></div>
<div id="menu"><ul>
<li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/rada">Селищна рада</a></li>
<li><a href="/vykonkom">Виконавчий комітет</a></li><li><a href="/docs">Документи</a></li><li><a href="/contacts">Контакти</a></li>
</ul></div>
<div id="breadcrumbs"><a href="/">Головна</a> » <a href="/struktura">Структурні підрозділи</a> » <a href="/ssd">Служба у справах дітей</a> » Звіти</div>
<div id="content">
<div id="main">
<h1>Інформація про діяльність служби у справах дітей Врадіївської селищної ради за 9 місяців 2025 року</h1>
<div class="meta">Опубліковано: 14.10.2025 · Переглядів: 87</div>
<div class="article">
""" + "\n".join(f"<p>{p}</p>" for p in ART) + """
<p><i>Служба у справах дітей Врадіївської селищної ради</i></p>
</div>
</div>
<div id="sidebar">
<h3>Контакти служби</h3>
<p>56301, смт Врадіївка, вул. Героїв України, 97, каб. 12<br>тел. (05135) 0-26-93<br>Пн–Пт 8:00–17:00</p>
<h3>Новини</h3>
<ul><li><a href="/n/1204">09.10.2025 Сесія селищної ради</a></li><li><a href="/n/1199">03.10.2025 День ветерана: 15 привітань</a></li></ul>
</div>
</div>
<div id="footer">© 2017–2025 Врадіївська селищна рада. Усі права захищено. Код ЄДРПОУ 04376215</div>
</body>
</html>
"""


def build():
    write_text(report_path(NAME), HTML, encoding="cp1251", newline="\n")


def gold():
    g = Gold(NAME, {
        "centre": "Служба у справах дітей Врадіївської селищної ради", "centre_type": "other",
        "settlement": "Врадіївка", "oblast": "Миколаївська", "report_kind": "period_report",
        "period_start": "2025-01-01", "period_end": "2025-09-30", "published": "2025-10-14"})
    f = g.f
    orph = f("registered", "children", 31, "на первинному обліку служби перебуває 31 дитина-сирота та дитина, "
             "позбавлена батьківського піклування", label="діти-сироти та діти, позбавлені батьківського піклування")
    o1 = f("registered", "children", 19, "з них 19 дітей-сиріт", label="діти-сироти",
           group="orphans_31_by_status", parent=orph)
    o2 = f("registered", "children", 12, "12 дітей, позбавлених батьківського піклування",
           label="діти, позбавлені батьківського піклування", group="orphans_31_by_status", parent=orph)
    on = f("registered_new", "children", 4, "За звітний період на такий облік поставлено 4 дитини",
           label="діти-сироти та діти, позбавлені батьківського піклування")
    od = f("deregistered", "children", 2, "знято з обліку 2 дітей у зв'язку з досягненням повноліття",
           label="діти-сироти та діти, позбавлені батьківського піклування; досягнення повноліття")
    rn = f("registered_new", "children", 14, "Протягом дев'яти місяців на облік поставлено 14 дітей",
           label="діти у складних життєвих обставинах")
    dr = f("deregistered", "children", 9, "знято з обліку 9 дітей", label="діти у складних життєвих обставинах")
    d1 = f("deregistered", "children", 7, "у зв'язку з поліпшенням умов виховання – 7",
           label="поліпшення умов виховання", group="deregistered_9_by_reason", parent=dr)
    d2 = f("deregistered", "children", 2, "у зв'язку з досягненням повноліття – 2", label="досягнення повноліття",
           group="deregistered_9_by_reason", parent=dr)
    reg = f("registered", "children", 38, "На кінець звітного періоду на обліку перебуває 38 дітей",
            label="діти у складних життєвих обставинах", alt=["in_difficult_circumstances"])
    idp = f("registered", "children", 11, "з них 11 – з числа внутрішньо переміщених осіб",
            category="внутрішньо переміщені особи", label="діти у складних життєвих обставинах", parent=reg)
    f("registered_new", "children", 46, "Статус дитини, яка постраждала внаслідок воєнних дій та збройних "
      "конфліктів, надано 46 дітям", label="статус дитини, яка постраждала внаслідок воєнних дій")
    ap = f("applied", "applications", 57, "До служби надійшло 57 звернень громадян")
    a1 = f("applied", "applications", 22, "з них 22 – щодо визначення місця проживання дитини",
           label="визначення місця проживання дитини", group="applied_57_by_subject", parent=ap)
    a2 = f("applied", "applications", 17, "17 – щодо участі у вихованні дитини того з батьків, хто проживає окремо",
           label="участь у вихованні дитини", group="applied_57_by_subject", parent=ap)
    a3 = f("applied", "applications", 18, "18 – з інших питань", label="інші питання",
           group="applied_57_by_subject", parent=ap)
    f("services_provided", "services", 63, "Фахівцями надано 63 консультації з питань захисту прав дітей",
      service="counselling")
    f("notified", "children", 23, "Отримано повідомлення щодо 23 дітей, які могли постраждати від домашнього насильства",
      label="домашнє насильство")
    f("calls", "calls", 29, "На телефон довіри служби звернулися 29 осіб", unit_alt="persons")
    ev = f("events", "events", 9, "проведено 9 профілактичних заходів")
    f("event_participants", "children", 356, "якими охоплено 356 учнів", unit_alt="persons", parent=ev)
    sa = f("staff_actual", "staff", 3, "У службі працює 3 особи")
    sp = f("staff_positions", "positions", 4, "при штатній чисельності 4 посади")

    g.check("parts_sum", "з них 19 дітей-сиріт та 12 дітей", "19 + 12 = 31", f"{o1} + {o2} == {orph}")
    g.check("parts_sum", "За звітний період на такий облік поставлено 4 дитини",
            "register of orphans: 29 on 01.01.2025 + 4 − 2 = 31 (29 is a literal: a start-of-year figure)",
            f"29 + {on} - {od} == {orph}")
    g.check("parts_sum", "знято з обліку 9 дітей: у зв'язку з", "7 + 2 = 9", f"{d1} + {d2} == {dr}")
    g.check("parts_sum", "На кінець звітного періоду на обліку перебуває 38 дітей",
            "СЖО register: 33 at the start of the year + 14 − 9 = 38 (33 is a literal); 11 IDP ≤ 38",
            f"33 + {rn} - {dr} == {reg} and {idp} <= {reg}")
    g.check("parts_sum", "До служби надійшло 57 звернень громадян, з них", "22 + 17 + 18 = 57",
            f"{a1} + {a2} + {a3} == {ap}")
    g.check("parts_sum", "27 дітей виховуються в сімейних формах, 4 – у закладах",
            "placements 27 + 4 = 31 (literals: placements have no §3 id)", f"27 + 4 == {orph}")
    g.check("parts_sum", "У службі працює 3 особи при штатній чисельності 4 посади", "3 ≤ 4", f"{sa} <= {sp}")

    g.skip("Станом на 30.09.2025", [30, 9, 2025], "date")
    g.skip("(на 01.01.2025 – 29)", [1, 1, 2025, 29], "start-of-year register (used as a literal in a check)")
    g.skip("27 дітей виховуються в сімейних формах, 4 – у закладах", [27, 4],
           "placements by form (no §3 id); used as literals in a check")
    g.skip("на початок року було 33 дитини", [33], "start-of-year register (used as a literal in a check)")
    g.skip("(усього з 2022 року – 412)", [2022, 412], "cumulative figure since 2022")
    g.skip("Проведено 12 засідань комісії з питань захисту прав дитини, на яких розглянуто 64 питання",
           [12, 64], "commission sittings and questions (no §3 id)")
    g.skip("підготовлено 24 висновки органу опіки та піклування для суду", [24], "court opinions (no §3 id)")
    g.skip("проведено 18 рейдів «Діти вулиці», перевірено умови проживання у 41 сім'ї", [18, 41],
           "raids and families visited during them (no §3 id)")
    g.skip("учнів 5–11 класів", [5, 11], "school grades")
    g.skip("У громаді проживає 3 946 дітей.", [3946], "child population")
    g.skip("Опубліковано: 14.10.2025 · Переглядів: 87", [14, 10, 2025, 87], "publication date, view counter")
    g.skip("за 9 місяців 2025 року", [9, 2025], "period in the title")
    g.note("the page's header, menu, breadcrumbs, sidebar (address, phone, news) and footer (ЄДРПОУ) do not "
           "appear in the read text; their figures are neither facts nor skips")
    g.note("a служба у справах дітей is centre_type other; its registers are registered / registered_new / "
           "deregistered in children, told apart by label (orphans vs children in СЖО)")
    g.note("the 38 children on the СЖО register → registered (alt in_difficult_circumstances)")
    g.note("«На телефон довіри служби звернулися 29 осіб» → calls (unit_alt persons)")
    g.note("no planted slip: every check adds up")
    g.write()


if __name__ == "__main__":
    build()
    gold()
