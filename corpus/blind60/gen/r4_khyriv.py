"""b60_04: служба у справах дітей Хирівської міської ради (Львівська), results of 2024.
Council-site page, windows-1251, with top bar, menu, breadcrumbs, sidebar and footer."""
from common import Gold, report_path, write_text

NAME = "b60_04_khyriv_ssd_annual2024.html"

HTML = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251" />
<title>Про підсумки роботи служби у справах дітей у 2024 році | Хирівська міська рада</title>
<link rel="stylesheet" type="text/css" href="/templates/khyriv/css/style.css" />
<script type="text/javascript" src="/js/jquery.min.js"></script>
</head>
<body>
<div id="topbar">Хирівська міська рада Самбірського району Львівської області &nbsp;|&nbsp; приймальня: (03238) 0-21-35</div>
<div id="menu"><ul>
<li><a href="/">Головна</a></li><li><a href="/gromada">Громада</a></li><li><a href="/rada">Рада</a></li>
<li><a href="/vykonkom">Виконком</a></li><li><a href="/docs">Документи</a></li><li><a href="/news">Новини</a></li><li><a href="/contacts">Контакти</a></li>
</ul></div>
<div id="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/news">Новини</a> &raquo; Служба у справах дітей</div>
<div id="wrapper">
<div id="content">
<h1>Про підсумки роботи служби у справах дітей Хирівської міської ради у 2024 році</h1>
<div class="newsinfo">22.01.2025 10:41 &nbsp;|&nbsp; Переглядів: 214</div>
<div class="newstext">
<p>Служба у справах дітей Хирівської міської ради у 2024 році забезпечувала захист прав 2 870 дітей, які проживають у 27 населених пунктах громади.</p>
<p>Станом на 31.12.2024 на первинному обліку Служби перебуває 34 дитини-сироти та дитини, позбавлені батьківського піклування (на початок року – 31), з них 9 дітей-сиріт і 25 дітей, позбавлених батьківського піклування. Серед них 4 дитини з числа внутрішньо переміщених осіб.</p>
<p>Протягом року на облік поставлено 7 дітей, знято з обліку 4 дитини: 2 – у зв'язку з досягненням повноліття, 1 – усиновлена, 1 – повернута батькам за рішенням суду.</p>
<p>Із 34 дітей 29 виховуються в сімейних формах (12 – під опікою, піклуванням, 11 – у прийомних сім'ях, 6 – у дитячих будинках сімейного типу), 5 дітей перебувають у закладах.</p>
<p>На обліку дітей, які перебувають у складних життєвих обставинах, – 19 дітей з 11 сімей. Упродовж року на такий облік поставлено 8 дітей, знято 6 дітей у зв'язку з поліпшенням умов виховання.</p>
<p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 23 дітям (усього з 2022 року – 96).</p>
<p>Надійшли повідомлення про 14 дітей, щодо яких могло бути вчинено домашнє насильство; факти підтвердилися щодо 5.</p>
<p>Служба розглянула 148 звернень громадян, з них 41 – щодо визначення місця проживання дитини, підготувала 37 висновків органу опіки та піклування до суду. Проведено 12 засідань комісії з питань захисту прав дитини, на яких розглянуто 64 питання.</p>
<p>Спільно з ювенальною превенцією проведено 26 рейдів («Діти вулиці», «Літо-2024»). Для дітей і батьків проведено 9 профілактичних заходів, участь у яких взяли 215 осіб. На «гарячу лінію» Служби надійшло 57 дзвінків.</p>
<p>Штатна чисельність Служби – 4 посади, фактично працює 4 особи.</p>
<p>У 2025 році Служба планує створити ще 2 прийомні сім'ї та 1 дитячий будинок сімейного типу.</p>
</div>
</div>
<div id="sidebar">
<div class="block"><h3>Контакти служби</h3><p>каб. 14, тел. (03238) 0-21-47<br />пн–пт 8:00–17:00</p></div>
<div class="block"><h3>Останні новини</h3><ul>
<li><a href="/news/1187">20.01.2025 Засідання виконкому</a></li>
<li><a href="/news/1185">17.01.2025 Графік прийому громадян</a></li>
</ul></div>
</div>
</div>
<div id="footer">&copy; 2017–2025 Хирівська міська рада. 82040, Львівська обл., м. Хирів, пл. Ринок, 1. ЄДРПОУ 04056149</div>
</body>
</html>
"""


def gold():
    g = Gold(NAME, {
        "centre": "Служба у справах дітей Хирівської міської ради", "centre_type": "other",
        "settlement": "Хирів", "oblast": "Львівська", "report_kind": "annual_report",
        "period_start": "2024-01-01", "period_end": "2024-12-31", "published": "2025-01-22"})
    f = g.f
    r = f("registered", "children", 34, "на первинному обліку Служби перебуває 34 дитини-сироти та дитини, позбавлені батьківського піклування",
          label="діти-сироти та діти, позбавлені батьківського піклування")
    r1 = f("registered", "children", 9, "з них 9 дітей-сиріт", label="діти-сироти", group="registered_34_by_status", parent=r)
    r2 = f("registered", "children", 25, "25 дітей, позбавлених батьківського піклування",
           label="діти, позбавлені батьківського піклування", group="registered_34_by_status", parent=r)
    r3 = f("registered", "children", 4, "Серед них 4 дитини з числа внутрішньо переміщених осіб",
           category="внутрішньо переміщені особи", parent=r)
    n = f("registered_new", "children", 7, "Протягом року на облік поставлено 7 дітей",
          label="діти-сироти та діти, позбавлені батьківського піклування")
    d = f("deregistered", "children", 4, "знято з обліку 4 дитини",
          label="діти-сироти та діти, позбавлені батьківського піклування")
    d1 = f("deregistered", "children", 2, "2 – у зв'язку з досягненням повноліття", label="досягнення повноліття",
           group="dereg_4_by_reason", parent=d)
    d2 = f("deregistered", "children", 1, "1 – усиновлена", label="усиновлення", group="dereg_4_by_reason", parent=d)
    d3 = f("deregistered", "children", 1, "1 – повернута батькам за рішенням суду", label="повернення батькам",
           group="dereg_4_by_reason", parent=d)
    sf = f("registered", "families", 11, "19 дітей з 11 сімей", label="складні життєві обставини")
    sc = f("registered", "children", 19, "На обліку дітей, які перебувають у складних життєвих обставинах, – 19 дітей",
           label="складні життєві обставини", parent=sf)
    sn = f("registered_new", "children", 8, "Упродовж року на такий облік поставлено 8 дітей", label="складні життєві обставини")
    sd = f("deregistered", "children", 6, "знято 6 дітей у зв'язку з поліпшенням умов виховання",
           label="складні життєві обставини; поліпшення умов виховання")
    wa = f("registered_new", "children", 23, "надано 23 дітям",
           label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    nt = f("notified", "children", 14, "Надійшли повідомлення про 14 дітей",
           note="notifications about children (possible domestic violence); unit children")
    ap = f("applied", "applications", 148, "Служба розглянула 148 звернень громадян", unit_alt="persons")
    ap1 = f("applied", "applications", 41, "з них 41 – щодо визначення місця проживання дитини",
            label="щодо визначення місця проживання дитини", parent=ap)
    ev = f("events", "events", 9, "проведено 9 профілактичних заходів")
    ep = f("event_participants", "persons", 215, "участь у яких взяли 215 осіб", parent=ev)
    ca = f("calls", "calls", 57, "На «гарячу лінію» Служби надійшло 57 дзвінків")
    sp = f("staff_positions", "positions", 4, "Штатна чисельність Служби – 4 посади")
    sa = f("staff_actual", "staff", 4, "фактично працює 4 особи")

    g.check("parts_sum", "з них 9 дітей-сиріт і 25 дітей, позбавлених батьківського піклування", "9 + 25 = 34",
            f"{r1} + {r2} == {r}")
    g.check("parts_sum", "Протягом року на облік поставлено 7 дітей, знято з обліку 4 дитини",
            "start 31 + 7 − 4 = 34 at the end (31 is a literal)", f"31 + {n} - {d} == {r}")
    g.check("parts_sum", "знято з обліку 4 дитини: 2 – у зв'язку з досягненням повноліття", "2 + 1 + 1 = 4",
            f"{d1} + {d2} + {d3} == {d}")
    g.check("parts_sum", "Із 34 дітей 29 виховуються в сімейних формах",
            "12 + 11 + 6 = 29 family forms, + 5 in institutions = 34 (placements are literals)",
            f"12 + 11 + 6 == 29 and 29 + 5 == {r}")
    g.check("parts_sum", "Серед них 4 дитини з числа внутрішньо переміщених осіб", "4 ≤ 34", f"{r3} <= {r}")
    g.check("parts_sum", "з них 41 – щодо визначення місця проживання дитини", "41 ≤ 148", f"{ap1} <= {ap}")
    g.check("parts_sum", "фактично працює 4 особи", "4 working ≤ 4 positions", f"{sa} <= {sp}")

    g.skip("22.01.2025 10:41", [22, 1, 2025, 10, 41], "publication date and time")
    g.skip("Переглядів: 214", [214], "view counter")
    g.skip("забезпечувала захист прав 2 870 дітей, які проживають у 27 населених пунктах громади", [2870, 27],
           "child population and settlement count")
    g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")
    g.skip("(на початок року – 31)", [31], "start-of-year register; literal in a check")
    g.skip("Із 34 дітей 29 виховуються в сімейних формах (12 – під опікою, піклуванням, 11 – у прийомних сім'ях, 6 – у дитячих будинках сімейного типу), 5 дітей перебувають у закладах.",
           [34, 29, 12, 11, 6, 5], "placements by form (no §3 id); the 34 is the register fact")
    g.skip("(усього з 2022 року – 96)", [2022, 96], "cumulative figure since 2022")
    g.skip("факти підтвердилися щодо 5", [5], "confirmed cases (no §3 id)")
    g.skip("підготувала 37 висновків органу опіки та піклування до суду", [37], "court opinions (no §3 id)")
    g.skip("Проведено 12 засідань комісії з питань захисту прав дитини, на яких розглянуто 64 питання.", [12, 64],
           "commission sittings and questions (no §3 id)")
    g.skip("проведено 26 рейдів («Діти вулиці», «Літо-2024»)", [26, 2024], "raids (no §3 id) and a campaign name")
    g.skip("У 2025 році Служба планує створити ще 2 прийомні сім'ї та 1 дитячий будинок сімейного типу.", [2025, 2, 1],
           "plan for 2025")
    g.note("the sidebar (contacts, news) and the footer (address, ЄДРПОУ) are not in the read text, nor are the top bar (phone), menu and breadcrumbs")
    g.note("children's service: centre_type other; registers are registered / registered_new / deregistered in children, told apart by label")
    g.note("«19 дітей з 11 сімей»: families row registered 11, the children hang on it")
    g.note("«148 звернень громадян» → applied, unit applications (unit_alt persons)")
    g.note("the war-affected status granted to 23 children → registered_new with a label")
    g.write()


if __name__ == "__main__":
    write_text(report_path(NAME), HTML, encoding="cp1251", newline="\r\n")
    gold()
