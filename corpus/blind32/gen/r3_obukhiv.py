"""b32_03: служба у справах дітей Обухівської міської ради (Київська), information for H1 2024.
Council web page, windows-1251, div layout with header, menu, breadcrumbs, sidebar and footer around
the article; a bulleted list and a small table. No planted slip: everything adds up."""
from common import Gold, report_path, write_text

DOC = "b32_03_obukhiv_ssd_h1_2024.html"

HTML = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251" />
<title>Інформація про роботу служби у справах дітей за І півріччя 2024 року :: Обухівська міська рада</title>
<link rel="stylesheet" href="/templates/obukhiv/css/style.css" type="text/css" />
<script type="text/javascript" src="/media/system/js/mootools.js"></script>
</head>
<body>
<div id="wrapper">
<div id="header">
  <div class="logo"><a href="/"><img src="/images/gerb.png" alt="Герб" /></a></div>
  <div class="sitename">Обухівська міська рада<br /><small>Київської області · офіційний вебсайт</small></div>
  <div class="header-contacts">Приймальня: (04572) 0-50-11 · e-mail: rada@example.ua</div>
</div>
<div id="topmenu">
  <ul class="menu">
    <li><a href="/">Головна</a></li><li><a href="/rada">Міська рада</a></li><li><a href="/vykonkom">Виконавчий комітет</a></li>
    <li><a href="/docs">Документи</a></li><li class="active"><a href="/news">Новини</a></li><li><a href="/zvernennia">Звернення громадян</a></li>
  </ul>
</div>
<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/pidrozdily">Структурні підрозділи</a> &raquo; <a href="/pidrozdily/ssd">Служба у справах дітей</a> &raquo; <span>Звіти</span></div>
<div id="main">
<div id="content">
<div class="item-page">
<h2 class="contentheading">Інформація про роботу служби у справах дітей Обухівської міської ради за І півріччя 2024 року</h2>
<div class="article-info">Опубліковано: 15.07.2024 &nbsp;|&nbsp; Автор: Служба у справах дітей &nbsp;|&nbsp; Переглядів: 512</div>
<p>Служба у справах дітей Обухівської міської ради (далі – Служба) діє на підставі Положення, затвердженого рішенням міської ради від 24.02.2022 № 412-18-VIII. Штатна чисельність Служби – 8 одиниць, фактично працює 7 працівників, двоє з них у звітному періоді пройшли навчання з питань захисту прав дитини.</p>
<p>Станом на 01.07.2024 на первинному обліку Служби перебуває 87 дітей-сиріт та дітей, позбавлених батьківського піклування (на 01.01.2024 – 83). З них виховуються:</p>
<ul>
<li>під опікою, піклуванням – 58 дітей;</li>
<li>у прийомних сім’ях та дитячих будинках сімейного типу – 19 дітей;</li>
<li>у закладах інституційного догляду та виховання – 10 дітей.</li>
</ul>
<p>Протягом І півріччя на первинний облік взято 9 дітей, знято з обліку 5: у зв’язку з досягненням повноліття – 3, усиновлено – 1, повернуто на виховання батькам – 1.</p>
<p>На обліку дітей, які перебувають у складних життєвих обставинах, станом на 30.06.2024 перебуває 41 дитина. За звітний період на облік поставлено 12 дітей, знято з обліку 15, з них 11 – у зв’язку з покращенням умов виховання. На початок року на цьому обліку перебувало 44 дитини. Спільно з Центром соціальних служб проведено оцінку потреб 27 дітей.</p>
<p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, за півріччя надано 23 дітям (загалом з 2022 року – 312 дітям), у двох випадках у наданні статусу відмовлено.</p>
<p>До Служби звернулося 146 громадян, у тому числі 38 – письмово. На телефон «гарячої лінії» Служби надійшло 53 дзвінки. Підготовлено 71 висновок органу опіки та піклування.</p>
<p><strong>Профілактична робота</strong></p>
<table class="contentpaneopen" border="1" cellpadding="4">
<tr><th>Напрям роботи</th><th>Кількість</th><th>Примітка</th></tr>
<tr><td>Засідання комісії з питань захисту прав дитини</td><td>7</td><td>розглянуто 64 питання</td></tr>
<tr><td>Рейди «Урок», «Діти вулиці»</td><td>6</td><td>виявлено 3 дітей, які жебракували</td></tr>
<tr><td>Профілактичні заходи в закладах освіти</td><td>14</td><td>охоплено 390 учнів</td></tr>
</table>
<p>У сімейні форми виховання за півріччя влаштовано 6 дітей. До адміністративної відповідальності за ухилення від виконання батьківських обов’язків притягнуто 9 батьків.</p>
<p>Звертатися до Служби можна за адресою: 08702, м. Обухів, вул. Київська, 10, каб. 14; тел. (04572) 0-53-40; пн–пт з 8.00 до 17.00.</p>
</div>
</div>
<div id="sidebar">
  <div class="moduletable"><h3>Останні новини</h3>
    <ul class="latestnews">
      <li><a href="/news/1874">16.07.2024 Депутати внесли зміни до бюджету громади на 2,4 млн грн</a></li>
      <li><a href="/news/1871">12.07.2024 У громаді облаштують 3 нові укриття</a></li>
    </ul>
  </div>
  <div class="moduletable"><h3>Графік прийому</h3><p>Міський голова: щопонеділка 10.00–13.00, каб. 21</p></div>
</div>
</div>
<div id="footer">© 2017–2024 Обухівська міська рада. 08700, Київська обл., м. Обухів, вул. Київська, 10. Усі права захищено.</div>
</div>
</body>
</html>
"""


def gold():
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Обухівської міської ради",
        "centre_type": "other", "settlement": "Обухів",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-06-30",
        "published": "2024-07-15"},
        meta_alt={"oblast": ["Київська"]})
    f = g.f
    n = lambda x: x[1:]
    sp = f("staff_positions", "positions", 8, "Штатна чисельність Служби – 8 одиниць")
    sa = f("staff_actual", "staff", 7, "фактично працює 7 працівників")
    tr = f("staff_trained", "staff", 2, "двоє з них у звітному періоді пройшли навчання з питань захисту прав дитини",
           note="number written in words («двоє»)")
    reg = f("registered", "children", 87, "на первинному обліку Служби перебуває 87 дітей-сиріт",
            category="діти-сироти та діти, позбавлені батьківського піклування",
            note="count at the end of the period (01.07.2024)")
    p1 = f("registered", "children", 58, "під опікою, піклуванням – 58 дітей", label="під опікою, піклуванням",
           group="registered_87_by_form", parent=reg)
    p2 = f("registered", "children", 19, "у прийомних сім'ях та дитячих будинках сімейного типу – 19 дітей",
           label="прийомні сім'ї та ДБСТ", group="registered_87_by_form", parent=reg)
    p3 = f("registered", "children", 10, "у закладах інституційного догляду та виховання – 10 дітей",
           label="заклади інституційного догляду", group="registered_87_by_form", parent=reg)
    rn = f("registered_new", "children", 9, "на первинний облік взято 9 дітей",
           category="діти-сироти та діти, позбавлені батьківського піклування")
    dr = f("deregistered", "children", 5, "знято з обліку 5:", category="діти-сироти та діти, позбавлені батьківського піклування")
    d1 = f("deregistered", "children", 3, "у зв'язку з досягненням повноліття – 3", label="досягнення повноліття",
           group="deregistered_5_by_reason", parent=dr)
    d2 = f("deregistered", "children", 1, "усиновлено – 1", label="усиновлено", group="deregistered_5_by_reason", parent=dr)
    d3 = f("deregistered", "children", 1, "повернуто на виховання батькам – 1", label="повернуто батькам",
           group="deregistered_5_by_reason", parent=dr)
    sj = f("registered", "children", 41, "станом на 30.06.2024 перебуває 41 дитина", category="діти у складних життєвих обставинах")
    sn = f("registered_new", "children", 12, "За звітний період на облік поставлено 12 дітей", category="діти у складних життєвих обставинах")
    sd = f("deregistered", "children", 15, "знято з обліку 15", category="діти у складних життєвих обставинах")
    s11 = f("deregistered", "children", 11, "з них 11 – у зв'язку з покращенням умов виховання",
            label="покращення умов виховання", alt=["outcome_positive"], parent=sd)
    f("needs_assessed", "children", 27, "проведено оцінку потреб 27 дітей")
    f("registered_new", "children", 23, "за півріччя надано 23 дітям",
      label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    ap = f("applied", "persons", 146, "До Служби звернулося 146 громадян")
    ap2 = f("applied", "persons", 38, "у тому числі 38 – письмово", label="письмово", parent=ap)
    f("calls", "calls", 53, "надійшло 53 дзвінки", label="гаряча лінія Служби")
    ev = f("events", "events", 14, "Профілактичні заходи в закладах освіти\t14\tохоплено 390 учнів")
    f("event_participants", "persons", 390, "Профілактичні заходи в закладах освіти\t14\tохоплено 390 учнів",
      unit_alt="children", parent=ev)

    g.check("parts_sum", "З них виховуються:", "58 + 19 + 10 = 87", f"f{n(p1)} + f{n(p2)} + f{n(p3)} == f{n(reg)}")
    g.check("parts_sum", "знято з обліку 5:", "3 + 1 + 1 = 5", f"f{n(d1)} + f{n(d2)} + f{n(d3)} == f{n(dr)}")
    g.check("parts_sum", "(на 01.01.2024 – 83)", "83 at the start + 9 taken − 5 taken off = 87 (83 is a literal)",
            f"83 + f{n(rn)} - f{n(dr)} == f{n(reg)}")
    g.check("parts_sum", "На початок року на цьому обліку перебувало 44 дитини.", "44 + 12 − 15 = 41 (44 is a literal)",
            f"44 + f{n(sn)} - f{n(sd)} == f{n(sj)}")
    g.check("parts_sum", "з них 11 – у зв'язку з покращенням умов виховання", "11 ≤ 15", f"f{n(s11)} <= f{n(sd)}")
    g.check("parts_sum", "у тому числі 38 – письмово", "38 ≤ 146", f"f{n(ap2)} <= f{n(ap)}")
    g.check("parts_sum", "фактично працює 7 працівників", "7 ≤ 8 positions; 2 trained ≤ 7", f"f{n(sa)} <= f{n(sp)} and f{n(tr)} <= f{n(sa)}")

    g.skip("Переглядів: 512", [512], "view counter")
    g.skip("Опубліковано: 15.07.2024", [15, 7, 2024], "publication date (in meta)")
    g.skip("рішенням міської ради від 24.02.2022 № 412-18-VIII", [24, 2, 2022, 412, 18], "decision date and number")
    g.skip("Станом на 01.07.2024", [1, 7, 2024], "date")
    g.skip("(на 01.01.2024 – 83)", [83], "start-of-period register; used as a literal in a check")
    g.skip("На початок року на цьому обліку перебувало 44 дитини.", [44], "start-of-period register; used as a literal in a check")
    g.skip("(загалом з 2022 року – 312 дітям)", [2022, 312], "cumulative figure since 2022")
    g.skip("у двох випадках у наданні статусу відмовлено", [2], "refusals (no §3 id)")
    g.skip("Підготовлено 71 висновок органу опіки та піклування.", [71], "opinions of the guardianship body (no §3 id)")
    g.skip("Засідання комісії з питань захисту прав дитини\t7\tрозглянуто 64 питання", [7, 64], "commission sittings and questions (no §3 id)")
    g.skip("Рейди «Урок», «Діти вулиці»\t6\tвиявлено 3 дітей, які жебракували", [6, 3], "raids and children found (no §3 id)")
    g.skip("У сімейні форми виховання за півріччя влаштовано 6 дітей.", [6], "placements in family forms (no §3 id)")
    g.skip("притягнуто 9 батьків", [9], "parents held liable (no §3 id)")
    g.skip("08702, м. Обухів, вул. Київська, 10, каб. 14; тел. (04572) 0-53-40; пн–пт з 8.00 до 17.00", [8702, 10, 14, 4572, 5340, 8, 17],
           "postcode, address, room, phone, office hours")
    g.skip("за І півріччя 2024 року", [2024], "period in the title")
    g.note("the oblast is written only in the site's header and footer, which the reader drops («вул. Київська» is a street): no oblast in meta, meta_alt accepts Київська")
    g.note("a служба у справах дітей → centre_type other; its registers are registered (end of period) / registered_new / deregistered, unit children")
    g.note("two registers: children deprived of parental care (87) and children in СЖО (41); told apart by category")
    g.note("the war-affected status granted to 23 children → registered_new with a label, as in blind18")
    g.note("«11 – у зв'язку з покращенням умов виховання» → deregistered with label, alt outcome_positive")
    g.note("the prevention table: only the row with a §3 figure (14 events, 390 pupils) gives facts; both facts quote the row")
    g.note("header, menu, breadcrumbs, sidebar and footer carry numbers (phone, dates, 2,4 млн, 3 укриття, years) that the reader does not print; nothing is annotated there")
    return g


if __name__ == "__main__":
    write_text(report_path(DOC), HTML, encoding="cp1251")
    gold().write()
