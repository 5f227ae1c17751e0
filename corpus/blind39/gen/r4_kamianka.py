"""b39_04: служба у справах дітей Кам'янської міської ради, information for 9 months of 2024 (HTML council page, windows-1251)."""
from common import Gold, report_path, write_text

NAME = "b39_04_kamianka_ssd_9m2024.html"

HTML = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251" />
<title>Про стан захисту прав дітей за 9 місяців 2024 року | Кам'янська міська рада</title>
<link rel="stylesheet" href="/templates/kam/css/style.css" type="text/css" />
</head>
<body>
<div id="wrapper">
<div id="header">
 <div class="logo"><a href="/"><img src="/images/gerb.png" alt="герб" /></a>
 <span class="site-name">Кам'янська міська рада Черкаської області</span></div>
 <div class="top-contacts">20800, м. Кам'янка, вул. Героїв Майдану, 28 | тел. (04732) 0-21-45</div>
</div>
<div id="menu"><ul>
 <li><a href="/">Головна</a></li><li><a href="/rada">Міська рада</a></li><li><a href="/vykonkom">Виконком</a></li>
 <li><a href="/ssd">Служба у справах дітей</a></li><li><a href="/docs">Документи</a></li><li><a href="/contacts">Контакти</a></li>
</ul></div>
<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/ssd">Служба у справах дітей</a> &raquo; Звіти</div>
<div id="main">
<div id="content">
<h1 class="title">Про стан захисту прав дітей за 9 місяців 2024 року</h1>
<div class="article-info">Опубліковано: 15.10.2024 | Служба у справах дітей | Переглядів: 173</div>
<div class="article-body">
<p>Служба у справах дітей Кам'янської міської ради інформує про результати роботи із захисту прав та законних інтересів дітей за січень – вересень 2024 року. На території громади проживає близько 7,3 тис. дітей.</p>
<p><strong>Діти-сироти та діти, позбавлені батьківського піклування.</strong> На первинному обліку служби станом на 01.10.2024 перебуває 87 дітей цієї категорії: 34 дитини-сироти та 53 дитини, позбавлені батьківського піклування. Упродовж дев'яти місяців на облік поставлено 11 дітей, знято з обліку 9 дітей, з них:</p>
<ul>
<li>у зв'язку з досягненням повноліття – 6;</li>
<li>у зв'язку з усиновленням – 2;</li>
<li>у зв'язку з поверненням на виховання батькам – 1.</li>
</ul>
<p>Із 87 дітей під опікою, піклуванням перебуває 61 дитина, у прийомних сім'ях виховується 12, у дитячих будинках сімейного типу – 9, у закладах різних типів і форм власності – 5.</p>
<p><strong>Діти у складних життєвих обставинах.</strong> На обліку як такі, що перебувають у складних життєвих обставинах, станом на 01.10.2024 перебуває 29 сімей, у яких виховується 46 дітей. За звітний період на облік поставлено 14 дітей, знято з обліку 17 дітей у зв'язку з поліпшенням умов виховання.</p>
<p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 38 дітям (усього з 2022 року – 214 дітей). Спільно з поліцією проведено 57 профілактичних рейдів «Діти вулиці», «Урок».</p>
<p><strong>Звернення та повідомлення.</strong> До служби надійшло 126 звернень громадян, усі розглянуто у встановлені строки. Надійшли повідомлення щодо 19 сімей, у яких діти могли постраждати від домашнього насильства; за кожним повідомленням протягом доби проведено оцінку потреб. На телефон «гарячої лінії» служби (04732) 0-24-09 надійшло 48 дзвінків.</p>
<p>Комісія з питань захисту прав дитини провела 14 засідань, на яких розглянуто 93 питання; до суду надано 21 висновок органу опіки та піклування.</p>
<p><strong>Профілактика.</strong> У закладах освіти проведено 9 профілактичних заходів для учнів 8–11 класів, якими охоплено 412 дітей віком від 13 до 17 років.</p>
<p><strong>Кадрове забезпечення.</strong> Штатним розписом служби передбачено 6 посад, фактично працює 5 працівників, одна посада головного спеціаліста вакантна.</p>
<p>У IV кварталі 2024 року служба планує провести 4 засідання комісії та оновити банк даних про потенційних усиновлювачів.</p>
</div>
</div>
<div id="sidebar">
 <div class="block"><h3>Контакти служби</h3><p>каб. 12, тел. (04732) 0-24-09</p><p>Пн–Пт 8.00–17.00</p></div>
 <div class="block"><h3>Новини</h3><ul><li><a href="/n/2291">10.10.2024 Сесія міської ради</a></li><li><a href="/n/2288">08.10.2024 День захисників</a></li></ul></div>
</div>
</div>
<div id="footer"><p>&copy; 2015–2024 Кам'янська міська рада. Усі права захищено. Відвідувачів онлайн: 12</p></div>
</div>
</body>
</html>
"""


def build():
    write_text(report_path(NAME), HTML, encoding="cp1251", newline="\n")


def gold():
    g = Gold(NAME, {
        "centre": "Служба у справах дітей Кам'янської міської ради",
        "centre_type": "other", "settlement": "Кам'янка", "report_kind": "period_report",
        "period_start": "2024-01-01", "period_end": "2024-09-30", "published": "2024-10-15"})
    f = g.f
    reg = f("registered", "children", 87, "На первинному обліку служби станом на 01.10.2024 перебуває 87 дітей цієї категорії",
            label="діти-сироти та діти, позбавлені батьківського піклування")
    r1 = f("registered", "children", 34, "34 дитини-сироти", category="діти-сироти", group="registered_87_by_status", parent=reg)
    r2 = f("registered", "children", 53, "53 дитини, позбавлені батьківського піклування",
           category="діти, позбавлені батьківського піклування", group="registered_87_by_status", parent=reg)
    rn = f("registered_new", "children", 11, "Упродовж дев'яти місяців на облік поставлено 11 дітей",
           label="діти-сироти та діти, позбавлені батьківського піклування")
    dr = f("deregistered", "children", 9, "знято з обліку 9 дітей, з них:", label="діти-сироти та діти, позбавлені батьківського піклування")
    d1 = f("deregistered", "children", 6, "у зв'язку з досягненням повноліття – 6", label="досягнення повноліття",
           group="deregistered_9_by_reason", parent=dr)
    d2 = f("deregistered", "children", 2, "у зв'язку з усиновленням – 2", label="усиновлення", group="deregistered_9_by_reason", parent=dr)
    d3 = f("deregistered", "children", 1, "у зв'язку з поверненням на виховання батькам – 1", label="повернення на виховання батькам",
           group="deregistered_9_by_reason", parent=dr)
    sf = f("registered", "families", 29, "перебуває 29 сімей, у яких виховується 46 дітей", label="сім'ї у складних життєвих обставинах",
           alt=["in_difficult_circumstances"])
    sc = f("registered", "children", 46, "у яких виховується 46 дітей", label="діти у складних життєвих обставинах",
           alt=["in_difficult_circumstances"], parent=sf)
    sn = f("registered_new", "children", 14, "За звітний період на облік поставлено 14 дітей", label="діти у складних життєвих обставинах")
    sd = f("deregistered", "children", 17, "знято з обліку 17 дітей у зв'язку з поліпшенням умов виховання",
           label="діти у складних життєвих обставинах", alt=["outcome_positive"])
    war = f("registered_new", "children", 38, "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 38 дітям",
            label="статус дитини, яка постраждала внаслідок воєнних дій")
    ap = f("applied", "applications", 126, "До служби надійшло 126 звернень громадян")
    nt = f("notified", "families", 19, "Надійшли повідомлення щодо 19 сімей, у яких діти могли постраждати від домашнього насильства",
           label="домашнє насильство")
    cl = f("calls", "calls", 48, "надійшло 48 дзвінків")
    ev = f("events", "events", 9, "проведено 9 профілактичних заходів")
    ep = f("event_participants", "children", 412, "якими охоплено 412 дітей", parent=ev)
    pos = f("staff_positions", "positions", 6, "Штатним розписом служби передбачено 6 посад")
    act = f("staff_actual", "staff", 5, "фактично працює 5 працівників")

    g.check("parts_sum", "34 дитини-сироти та 53 дитини, позбавлені батьківського піклування", "34 + 53 = 87", f"{r1} + {r2} == {reg}")
    g.check("parts_sum", "знято з обліку 9 дітей, з них:", "6 + 2 + 1 = 9", f"{d1} + {d2} + {d3} == {dr}")
    g.check("parts_sum", "Із 87 дітей під опікою, піклуванням перебуває 61 дитина",
            "placements by form 61 + 12 + 9 + 5 = 87 (no §3 id; literals)", f"61 + 12 + 9 + 5 == {reg}")
    g.check("parts_sum", "у яких виховується 46 дітей", "46 children in 29 families: at least one child per family", f"{sc} >= {sf}")
    g.check("parts_sum", "фактично працює 5 працівників", "5 working + 1 vacant = 6 positions", f"{act} + 1 == {pos}")
    g.check("parts_sum", "якими охоплено 412 дітей", "412 participants ≤ about 7,3 тис. children of the hromada", f"{ep} <= 7300")
    g.skip("Опубліковано: 15.10.2024 | Служба у справах дітей | Переглядів: 173", [15, 10, 2024, 173], "publication date, view counter")
    g.skip("Про стан захисту прав дітей за 9 місяців 2024 року", [9, 2024], "period in the title")
    g.skip("за січень – вересень 2024 року", [2024], "year")
    g.skip("На території громади проживає близько 7,3 тис. дітей", [7300], "child population")
    g.skip("станом на 01.10.2024", [1, 10, 2024], "date")
    g.skip("Із 87 дітей під опікою, піклуванням перебуває 61 дитина, у прийомних сім'ях виховується 12, у дитячих будинках сімейного типу – 9, у закладах різних типів і форм власності – 5",
           [87, 61, 12, 9, 5], "placements by form (no §3 id); the 87 repeats the register")
    g.skip("(усього з 2022 року – 214 дітей)", [2022, 214], "cumulative figure since 2022")
    g.skip("проведено 57 профілактичних рейдів", [57], "raids (no §3 id)")
    g.skip("(04732) 0-24-09", [4732, 2409], "phone")
    g.skip("Комісія з питань захисту прав дитини провела 14 засідань, на яких розглянуто 93 питання; до суду надано 21 висновок",
           [14, 93, 21], "commission sittings, questions, court opinions (no §3 id)")
    g.skip("для учнів 8–11 класів", [8, 11], "school grades")
    g.skip("віком від 13 до 17 років", [13, 17], "ages")
    g.skip("одна посада головного спеціаліста вакантна", [1], "vacancy (used as a literal in a check)")
    g.skip("У IV кварталі 2024 року служба планує провести 4 засідання комісії", [4, 2024, 4], "plan for Q4")
    g.note("the header (address, phone), menu, breadcrumbs, sidebar (office, phone, hours, news dates) and footer (years, visitors online) do not come out of `zvitparse read`; only the h1 title and the article-info line (date, view counter) do. Their numbers are therefore not listed")
    g.note("a служба у справах дітей is centre_type other; registers of children are registered / registered_new / deregistered; a war-affected status granted is registered_new with a label")
    g.note("the СЖО register «29 сімей, у яких виховується 46 дітей» → registered families + registered children (alt in_difficult_circumstances)")
    g.note("«знято з обліку 17 дітей у зв'язку з поліпшенням умов виховання» → deregistered (alt outcome_positive)")
    g.note("oblast: «Черкаської області» is written only in the site header, which the reader drops; the article does not state it → omitted from meta")
    g.note("no planted slip in this report: everything adds up")
    g.write()


if __name__ == "__main__":
    build()
    gold()
