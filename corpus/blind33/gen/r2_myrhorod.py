"""b33_02: ТЦСО Миргородської міської ради, H1 2025. Council-site HTML page, windows-1251."""
from common import Gold, write_text, report_path

DOC = "b33_02_myrhorod_tcso_h1_2025.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про роботу територіального центру у І півріччі 2025 року :: Миргородська міська рада</title>
<link rel="stylesheet" href="/templates/mirgorod/css/template.css">
<script src="/media/jui/js/jquery.min.js"></script>
</head>
<body class="site com_content view-article itemid-214">
<div id="top-bar" class="top-bar">
  <div class="wrap">
    <span class="gerb"><img src="/images/gerb.png" alt="Герб"></span>
    <span class="site-name">МИРГОРОДСЬКА МІСЬКА РАДА</span>
    <span class="site-sub">Офіційний вебсайт</span>
    <span class="hotline">Гаряча лінія: (05355) 0-52-14</span>
    <form class="search" action="/search"><input type="text" name="q" placeholder="Пошук..."></form>
  </div>
</div>
<div id="menu" class="main-menu">
  <ul class="menu">
    <li><a href="/">Головна</a></li>
    <li><a href="/rada">Міська рада</a></li>
    <li><a href="/vykonkom">Виконавчий комітет</a></li>
    <li class="active"><a href="/sotszakhyst">Соціальний захист</a></li>
    <li><a href="/hromada">Громада</a></li>
    <li><a href="/kontakty">Контакти</a></li>
  </ul>
</div>
<div class="breadcrumbs">
  <a href="/">Головна</a> &raquo; <a href="/sotszakhyst">Соціальний захист</a> &raquo; <a href="/sotszakhyst/tcso">Територіальний центр</a> &raquo; <span>Про роботу у І півріччі 2025 року</span>
</div>
<div id="content" class="row">
<div class="col-main">
<div class="item-page">
<h1 class="page-header">Про роботу територіального центру соціального обслуговування у І півріччі 2025 року</h1>
<div class="article-info">
  <span class="published">Опубліковано: 16.07.2025 10:42</span>
  <span class="hits">Переглядів: 207</span>
  <span class="author">Територіальний центр</span>
</div>
<div class="article-body">
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Миргородської міської ради обслуговує мешканців міста та 43 старостинських сіл громади, де проживає близько 12,4 тис. осіб віком 60 років і старше.</p>
<p>У першому півріччі 2025 року послуги центру отримали 1 264 особи, що на 38 осіб більше, ніж за відповідний період 2024 року. Серед отримувачів – 41 внутрішньо переміщена особа. Отримувачі обслуговувалися структурними підрозділами так:</p>
<ul>
<li>відділення соціальної допомоги вдома – 486 осіб;</li>
<li>відділення денного перебування – 318 осіб;</li>
<li>відділення організації надання адресної натуральної та грошової допомоги – 397 осіб;</li>
<li>стаціонарне відділення постійного проживання (с. Петрівці) – 27 осіб;</li>
<li>пункт прокату технічних засобів реабілітації – 48 осіб.</li>
</ul>
<p>Загалом за шість місяців надано 58 413 соціальних послуг, з них працівниками відділення соціальної допомоги вдома – 41 206. На одного соціального робітника в середньому припадає 8 підопічних.</p>
<p>Протягом звітного періоду на обслуговування взято 112 осіб, знято з обслуговування 94 особи: у зв'язку зі смертю – 61, у зв'язку з переїздом на інше місце проживання – 13, у зв'язку з влаштуванням до інтернатних закладів – 8, за власним бажанням – 12. На 01.07.2025 в черзі на обслуговування вдома перебуває 9 осіб.</p>
<p>Послугою «соціальне таксі» скористалися 73 особи з інвалідністю (здійснено 164 поїздки, вартість 1 км пробігу – 9,50 грн). У відділенні денного перебування проведено 46 культурно-масових заходів, у яких взяли участь 530 відвідувачів.</p>
<p>Малозабезпеченим громадянам похилого віку видано 312 продуктових та 85 гігієнічних наборів на загальну суму 297,4 тис. грн, отриманих від благодійних організацій.</p>
<p>У травні проведено анкетування 150 отримувачів соціальних послуг: 96,7 % опитаних задоволені якістю обслуговування. Протягом півріччя надійшла 1 скарга (на несвоєчасний прихід соціального робітника), її розглянуто, факти частково підтвердилися.</p>
<p>Штатна чисельність центру – 96 посад, фактично працює 88 працівників, у тому числі 64 соціальні робітники.</p>
</div>
</div>
</div>
<div class="col-side">
  <div class="moduletable">
    <h3>Останні новини</h3>
    <ul>
      <li><a href="/news/3412">Чергова 52 сесія міської ради відбудеться 24.07.2025</a></li>
      <li><a href="/news/3409">Графік прийому громадян на липень</a></li>
    </ul>
  </div>
  <div class="moduletable">
    <h3>Контакти центру</h3>
    <p>37600, м. Миргород, вул. Гоголя, 171<br>тел. (05355) 0-47-30<br>Пн–Пт 8:00–17:00</p>
  </div>
</div>
</div>
<div id="footer" class="footer">
  <p>© 2016–2025 Миргородська міська рада. Усі права захищено.</p>
  <p>37600, Полтавська обл., м. Миргород, вул. Незалежності, 2</p>
</div>
</body>
</html>
"""


def main():
    write_text(report_path(DOC), HTML, encoding="cp1251")
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Миргородської міської ради",
        "centre_type": "tcso", "settlement": "Миргород", "report_kind": "period_report",
        "period_start": "2025-01-01", "period_end": "2025-06-30", "published": "2025-07-16",
    })
    f = g.f
    sv = f("served", "persons", 1264, "послуги центру отримали 1 264 особи")
    idp = f("served", "persons", 41, "Серед отримувачів – 41 внутрішньо переміщена особа",
            category="внутрішньо переміщені особи", parent=sv)
    gr = "served_1264_by_department"
    d1 = f("served", "persons", 486, "відділення соціальної допомоги вдома – 486 осіб", service="home_care",
           district="відділення соціальної допомоги вдома", group=gr, parent=sv)
    d2 = f("served", "persons", 318, "відділення денного перебування – 318 осіб", service="day_care",
           district="відділення денного перебування", group=gr, parent=sv)
    d3 = f("served", "persons", 397, "відділення організації надання адресної натуральної та грошової допомоги – 397 осіб",
           service="natural_aid", district="відділення організації надання адресної натуральної та грошової допомоги",
           group=gr, parent=sv)
    d4 = f("served", "persons", 27, "стаціонарне відділення постійного проживання (с. Петрівці) – 27 осіб",
           service="residential_care", district="стаціонарне відділення постійного проживання", group=gr, parent=sv)
    d5 = f("served", "persons", 48, "пункт прокату технічних засобів реабілітації – 48 осіб",
           district="пункт прокату технічних засобів реабілітації", group=gr, parent=sv)
    sp = f("services_provided", "services", 58413, "Загалом за шість місяців надано 58 413 соціальних послуг")
    sph = f("services_provided", "services", 41206, "працівниками відділення соціальної допомоги вдома – 41 206",
            service="home_care", district="відділення соціальної допомоги вдома", parent=sp)
    new = f("served", "persons", 112, "на обслуговування взято 112 осіб", alt=["registered_new", "support_started"])
    de = f("deregistered", "persons", 94, "знято з обслуговування 94 особи")
    dg = "deregistered_94_by_reason"
    r1 = f("deregistered", "persons", 61, "у зв'язку зі смертю – 61", label="смерть", group=dg, parent=de, alt=["outcome_other"])
    r2 = f("deregistered", "persons", 13, "у зв'язку з переїздом на інше місце проживання – 13", label="переїзд",
           group=dg, parent=de, alt=["outcome_other"])
    r3 = f("deregistered", "persons", 8, "у зв'язку з влаштуванням до інтернатних закладів – 8",
           label="влаштування до інтернатних закладів", group=dg, parent=de, alt=["outcome_other"])
    r4 = f("deregistered", "persons", 12, "за власним бажанням – 12", label="за власним бажанням",
           group=dg, parent=de, alt=["outcome_other"])
    tx = f("served", "persons", 73, "Послугою «соціальне таксі» скористалися 73 особи з інвалідністю",
           service="social_taxi", category="особи з інвалідністю")
    ev = f("events", "events", 46, "У відділенні денного перебування проведено 46 культурно-масових заходів",
           district="відділення денного перебування")
    ep = f("event_participants", "persons", 530, "у яких взяли участь 530 відвідувачів", parent=ev)
    aid = f("aid_value", "uah", 297400, "на загальну суму 297,4 тис. грн", label="продуктові та гігієнічні набори")
    sr = f("survey_respondents", "recipients", 150, "проведено анкетування 150 отримувачів соціальних послуг",
           unit_alt="persons")
    sat = f("satisfaction", "percent", 96.7, "96,7 % опитаних задоволені якістю обслуговування", alt=["share"])
    cp = f("complaints", "complaints", 1, "Протягом півріччя надійшла 1 скарга")
    pos = f("staff_positions", "positions", 96, "Штатна чисельність центру – 96 посад")
    act = f("staff_actual", "staff", 88, "фактично працює 88 працівників")
    sw = f("staff_actual", "staff", 64, "у тому числі 64 соціальні робітники", label="соціальні робітники", parent=act)

    g.slip("parts_sum", "error", "Отримувачі обслуговувалися структурними підрозділами так:",
           1276, 1264, [sv, d1, d2, d3, d4, d5],
           "486 + 318 + 397 + 27 + 48 = 1276, 12 more than the 1 264 recipients stated. The list names every "
           "structural unit of the centre and is introduced as how the recipients were served, so it reads as a partition",
           f"{d1} + {d2} + {d3} + {d4} + {d5} == {sv}")
    g.check("parts_sum", "знято з обслуговування 94 особи", "61 + 13 + 8 + 12 = 94",
            f"{r1} + {r2} + {r3} + {r4} == {de}")
    g.check("parts_sum", "з них працівниками відділення соціальної допомоги вдома – 41 206",
            "41 206 ≤ 58 413", f"{sph} <= {sp}")
    g.check("parts_sum", "Серед отримувачів – 41 внутрішньо переміщена особа", "41 ≤ 1 264", f"{idp} <= {sv}")
    g.check("percent_impossible", "96,7 % опитаних задоволені якістю обслуговування",
            "145 of 150 = 96,67 % → 96,7", f"grim_ok({sat}, {sr}, 1)")
    g.check("parts_sum", "фактично працює 88 працівників, у тому числі 64 соціальні робітники",
            "64 ≤ 88 ≤ 96", f"{sw} <= {act} <= {pos}")

    g.skip("Гаряча лінія: (05355) 0-52-14", [5355, 5214], "hotline phone in the page header")
    g.skip("Опубліковано: 16.07.2025 10:42", [16, 7, 2025, 10, 42], "publication date and time (meta.published)")
    g.skip("Переглядів: 207", [207], "view counter")
    g.skip("обслуговує мешканців міста та 43 старостинських сіл громади, де проживає близько 12,4 тис. осіб віком 60 років і старше",
           [43, 12400, 60], "settlement count, population, age")
    g.skip("що на 38 осіб більше, ніж за відповідний період 2024 року", [38, 2024], "difference with the prior year")
    g.skip("На одного соціального робітника в середньому припадає 8 підопічних.", [8], "ratio")
    g.skip("На 01.07.2025 в черзі на обслуговування вдома перебуває 9 осіб.", [1, 7, 2025, 9], "date; waiting list (no §3 id)")
    g.skip("здійснено 164 поїздки, вартість 1 км пробігу – 9,50 грн", [164, 1, 9.5], "trips (no §3 id), tariff")
    g.skip("видано 312 продуктових та 85 гігієнічних наборів", [312, 85], "items handed out")
    g.skip("У першому півріччі 2025 року", [2025], "year")
    g.note("the sidebar (news with a session number and date, centre contacts with postcode, address, phone, hours) and the footer (years, postcode, address) are page furniture the reader drops; the top bar (hotline phone) is printed and skipped")
    g.note("«на обслуговування взято» → served (alt registered_new, support_started); «знято з обслуговування» → deregistered with its reasons as labelled parts")
    g.note("the department list overshoots the total by 12 (planted slip); the departments carry service ids where the department is one service; the rental point has none")
    g.note("oblast is written only in the footer address, which the reader drops → omitted from meta")
    g.write()


if __name__ == "__main__":
    main()
