"""b50_02: ТЦСО Христинівської міської ради (Черкаська), half-year 2025.
Council-site HTML page in windows-1251 (header, menu, breadcrumbs, sidebar, footer), third person."""
from common import Gold, write_text, report_path

DOC = "b50_02_khrystynivka_tcso_h1_2025.html"

HTML = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251" />
<title>Про роботу територіального центру за І півріччя 2025 року :: Христинівська міська рада</title>
<link rel="stylesheet" href="/templates/hrada/css/style.css" type="text/css" />
<script type="text/javascript" src="/media/system/js/mootools.js"></script>
</head>
<body>
<div id="wrapper">
<div id="header">
 <div class="logo"><img src="/images/gerb.png" alt="Герб" /> ХРИСТИНІВСЬКА МІСЬКА РАДА<br/>Уманського району Черкаської області</div>
 <div class="hdr-contacts">Приймальня: (04745) 0-21-40 | Пн–Пт 8.00–17.00</div>
</div>
<div id="menu"><ul>
 <li><a href="/">Головна</a></li><li><a href="/rada">Міська рада</a></li><li><a href="/vykonkom">Виконавчий комітет</a></li>
 <li><a href="/docs">Документи</a></li><li><a href="/soc">Соціальний захист</a></li><li><a href="/kontakty">Контакти</a></li>
</ul></div>
<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/soc">Соціальний захист</a> &raquo; <a href="/soc/tcso">Територіальний центр</a> &raquo; Про роботу за І півріччя 2025 року</div>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td valign="top" id="content">
<div class="item-page">
<h2 class="contentheading">Про роботу територіального центру за І півріччя 2025 року</h2>
<div class="article-info">Опубліковано: 14.07.2025 10:42 | Автор: tcso | Переглядів: 318</div>
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Христинівської міської ради (далі &ndash; територіальний центр) у першому півріччі 2025 року забезпечував соціальними послугами мешканців 33 населених пунктів громади.</p>
<p>Загалом за шість місяців соціальні послуги територіального центру отримали 776 осіб (у І півріччі 2024 року &ndash; 721 особа).</p>
<p>Протягом звітного періоду надійшла 61 письмова заява про надання соціальних послуг. За результатами розгляду 37 осіб взято на обслуговування, 6 заявникам відмовлено через відсутність підстав.</p>
<p><strong>Відділення соціальної допомоги вдома.</strong> На обслуговуванні відділення перебувало 438 осіб, з них 52 особи обслуговувалися на платній основі. Серед підопічних 312 осіб (71,2 %) &ndash; громадяни віком понад 80 років, 97 осіб (24,1 %) мають інвалідність I&ndash;II групи. З обслуговування знято 29 осіб, у тому числі: у зв&rsquo;язку зі смертю &ndash; 18, переведення до стаціонарних закладів &ndash; 4, переїзд до родичів &ndash; 7.</p>
<p><strong>Відділення денного перебування.</strong> Послугу денного догляду отримали 64 особи. Для відвідувачів організовано 46 групових заходів (майстер-класи, концерти, екскурсії), участь у яких взяли 392 учасники. Заняття тривають з 9.00 до 13.00.</p>
<p><strong>Відділення організації надання адресної натуральної та грошової допомоги.</strong> Натуральну допомогу надано 274 особам, з них 96 &ndash; внутрішньо переміщеним особам. Видано 310 продуктових наборів, 45 комплектів постільної білизни, 18 інвалідних візків і ходунків у тимчасове користування.</p>
<p>Послугою &laquo;соціальне таксі&raquo; скористалася 41 особа, здійснено 73 поїздки. Тариф, затверджений рішенням виконавчого комітету від 28.02.2025 № 41, становить 14 грн за 1 км.</p>
<p>Кількість отримувачів та наданих послуг за відділеннями:</p>
<table class="tbl" border="1" cellpadding="3">
<tr><th>Відділення</th><th>Отримувачів, осіб</th><th>Надано послуг</th></tr>
<tr><td>Соціальної допомоги вдома</td><td>438</td><td>21 604</td></tr>
<tr><td>Денного перебування</td><td>64</td><td>1 912</td></tr>
<tr><td>Натуральної та грошової допомоги</td><td>274</td><td>610</td></tr>
<tr><td><b>Разом</b></td><td><b>776</b></td><td><b>24 126</b></td></tr>
</table>
<p>Штатна чисельність територіального центру &ndash; 58,5 штатних одиниць, фактично працюють 54 працівники, з них 39 соціальних робітників. Від надання платних послуг до спеціального фонду надійшло 186,4 тис. грн. Скарг на якість обслуговування не надходило.</p>
<p>На ІІ півріччя заплановано відкрити пункт прокату технічних засобів реабілітації у старостинському окрузі № 3.</p>
</div>
</td>
<td valign="top" id="sidebar" width="240">
<div class="moduletable"><h3>Контакти ТЦСО</h3><p>20001, м. Христинівка, вул. Соборна, 31<br/>тел. (04745) 0-33-08<br/>ЄДРПОУ 20025591</p></div>
<div class="moduletable"><h3>Новини</h3><ul><li><a href="/news/512">Сесія міської ради 24.07.2025</a></li><li><a href="/news/511">Графік прийому громадян на липень</a></li></ul></div>
</td></tr></table>
<div id="footer">&copy; 2016&ndash;2025 Христинівська міська рада. Усі права захищено. | Розробка сайту: webstudio | Відвідувачів онлайн: 7</div>
</div>
</body>
</html>
"""

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Христинівської міської ради",
    "centre_type": "tcso",
    "settlement": "Христинівка",
    "report_kind": "period_report",
    "period_start": "2025-01-01",
    "period_end": "2025-06-30",
    "published": "2025-07-14",
}, {"centre": ["Територіальний центр соціального обслуговування Христинівської міської ради",
               "Територіальний центр Христинівської міської ради"]})

f1 = g.f("served", "persons", 776, "Загалом за шість місяців соціальні послуги територіального центру отримали 776 осіб")
f2 = g.f("applied", "applications", 61, "Протягом звітного періоду надійшла 61 письмова заява про надання соціальних послуг.")
f3 = g.f("served", "persons", 37, "За результатами розгляду 37 осіб взято на обслуговування",
         alt=["registered_new", "support_started"], label="взято на обслуговування")
f4 = g.f("served", "persons", 438, "На обслуговуванні відділення перебувало 438 осіб", service="home_care")
f5 = g.f("served", "persons", 52, "з них 52 особи обслуговувалися на платній основі", service="home_care",
         label="на платній основі", parent=f4)
f6 = g.f("served", "persons", 312, "Серед підопічних 312 осіб (71,2 %)", service="home_care", percent=71.2,
         category="громадяни віком понад 80 років", parent=f4)
f7 = g.f("served", "persons", 97, "97 осіб (24,1 %) мають інвалідність I–II групи", service="home_care", percent=24.1,
         category="особи з інвалідністю I–II групи", parent=f4)
f8 = g.f("deregistered", "persons", 29, "З обслуговування знято 29 осіб, у тому числі:", service="home_care")
grp = "deregistered_29_by_reason"
f9 = g.f("deregistered", "persons", 18, "у зв'язку зі смертю – 18", service="home_care", label="смерть",
         group=grp, parent=f8)
f10 = g.f("deregistered", "persons", 4, "переведення до стаціонарних закладів – 4", service="home_care",
          label="переведення до стаціонарних закладів", group=grp, parent=f8)
f11 = g.f("deregistered", "persons", 7, "переїзд до родичів – 7", service="home_care", label="переїзд до родичів",
          group=grp, parent=f8)
f12 = g.f("served", "persons", 64, "Послугу денного догляду отримали 64 особи.", service="day_care")
f13 = g.f("events", "events", 46, "Для відвідувачів організовано 46 групових заходів")
f14 = g.f("event_participants", "persons", 392, "участь у яких взяли 392 учасники", parent=f13)
f15 = g.f("served", "persons", 274, "Натуральну допомогу надано 274 особам", service="natural_aid")
f16 = g.f("served", "persons", 96, "з них 96 – внутрішньо переміщеним особам", service="natural_aid",
          category="внутрішньо переміщені особи", parent=f15)
f17 = g.f("served", "persons", 41, "Послугою «соціальне таксі» скористалася 41 особа", service="social_taxi")
f18 = g.f("served", "persons", 776, "Разом\t776\t24 126", label="Разом",
          note="table total; the same 776 as the prose (f1), a second fact")
grp2 = "table_recipients_by_department"
f19 = g.f("served", "persons", 438, "Соціальної допомоги вдома\t438\t21 604", service="home_care",
          district="Соціальної допомоги вдома", group=grp2, parent=f18)
f20 = g.f("served", "persons", 64, "Денного перебування\t64\t1 912", service="day_care",
          district="Денного перебування", group=grp2, parent=f18)
f21 = g.f("served", "persons", 274, "Натуральної та грошової допомоги\t274\t610", service="natural_aid",
          district="Натуральної та грошової допомоги", group=grp2, parent=f18)
f22 = g.f("services_provided", "services", 24126, "Разом\t776\t24 126", label="Разом")
grp3 = "table_services_by_department"
f23 = g.f("services_provided", "services", 21604, "Соціальної допомоги вдома\t438\t21 604", service="home_care",
          district="Соціальної допомоги вдома", group=grp3, parent=f22)
f24 = g.f("services_provided", "services", 1912, "Денного перебування\t64\t1 912", service="day_care",
          district="Денного перебування", group=grp3, parent=f22)
f25 = g.f("services_provided", "services", 610, "Натуральної та грошової допомоги\t274\t610", service="natural_aid",
          district="Натуральної та грошової допомоги", group=grp3, parent=f22)
f26 = g.f("staff_positions", "positions", 58.5, "Штатна чисельність територіального центру – 58,5 штатних одиниць")
f27 = g.f("staff_actual", "staff", 54, "фактично працюють 54 працівники, з них 39 соціальних робітників")
f28 = g.f("staff_actual", "staff", 39, "з них 39 соціальних робітників", label="соціальні робітники", parent=f27)
f29 = g.f("budget_received", "uah", 186400,
          "Від надання платних послуг до спеціального фонду надійшло 186,4 тис. грн.",
          label="спеціальний фонд, платні послуги")
f30 = g.f("complaints", "complaints", 0, "Скарг на якість обслуговування не надходило.")

g.slip("percent_mismatch", "error", "97 осіб (24,1 %) мають інвалідність I–II групи", 24.1, 22.1, [f7, f4],
       "97 of the 438 home-care recipients is 22,15 % → 22,1 (or 22,2), not 24,1 %. The 71,2 % next to it is right.",
       "pct_ok(p7, f7, f4, 1)")

g.check("percent_mismatch", "Серед підопічних 312 осіб (71,2 %)", "312 / 438 = 71,23 % → 71,2", "pct_ok(p6, f6, f4, 1)")
g.check("percent_impossible", "Серед підопічних 312 осіб (71,2 %)", "71,2 % is reachable with 438", "grim_ok(p6, f4, 1)")
g.check("parts_sum", "З обслуговування знято 29 осіб, у тому числі:", "18 + 4 + 7 = 29", "f9 + f10 + f11 == f8")
g.check("table_arithmetic", "Разом\t776\t24 126", "recipients: 438 + 64 + 274 = 776", "f19 + f20 + f21 == f18")
g.check("table_arithmetic", "Разом\t776\t24 126", "services: 21 604 + 1 912 + 610 = 24 126", "f23 + f24 + f25 == f22")
g.check("internal_conflict", "Загалом за шість місяців соціальні послуги територіального центру отримали 776 осіб",
        "prose total equals table total (776); department rows equal the prose (438, 64, 274)",
        "f1 == f18 and f19 == f4 and f20 == f12 and f21 == f15")
g.check("parts_sum", "з них 52 особи обслуговувалися на платній основі",
        "52, 312 and 97 each ≤ 438; 96 IDPs ≤ 274; 39 social workers ≤ 54 staff ≤ 58,5 positions; 37 taken ≤ 61 applications",
        "f5 <= f4 and f6 <= f4 and f7 <= f4 and f16 <= f15 and f28 <= f27 <= f26 and f3 <= f2")

g.skip("Опубліковано: 14.07.2025 10:42 | Автор: tcso | Переглядів: 318", [14, 7, 2025, 10, 42, 318],
       "publication date/time (meta published), view counter")
g.skip("мешканців 33 населених пунктів громади", [33], "settlement count")
g.skip("(у І півріччі 2024 року – 721 особа)", [2024, 721], "prior-year figure")
g.skip("6 заявникам відмовлено через відсутність підстав", [6], "refusals; no §3 id")
g.skip("громадяни віком понад 80 років", [80], "age")
g.skip("мають інвалідність I–II групи", [1, 2], "disability groups")
g.skip("Заняття тривають з 9.00 до 13.00.", [9, 13], "opening hours")
g.skip("Видано 310 продуктових наборів, 45 комплектів постільної білизни, 18 інвалідних візків і ходунків",
       [310, 45, 18], "items handed out")
g.skip("здійснено 73 поїздки", [73], "social-taxi trips; no §3 id (not counted as services)")
g.skip("від 28.02.2025 № 41, становить 14 грн за 1 км", [28, 2, 2025, 41, 14, 1], "decision date/number, tariff")
g.skip("у старостинському окрузі № 3", [3], "plan for H2; district number")

g.note("the page frame (header with phone, menu, breadcrumbs, sidebar with address/phone/ЄДРПОУ and news, footer) "
       "is not printed by the reader; the figures there are not annotated")
g.note("published: the article date 14.07.2025; oblast is written only in the site header, which the reader "
       "drops, so `oblast` is not in meta")
g.note("prose and table give the department figures twice (438, 64, 274, 776); each is its own fact")
g.note("«взято на обслуговування» → served (alt registered_new, support_started), per the blind18 convention")
g.note("«знято з обслуговування … у тому числі» → deregistered, reasons as labelled parts")

if __name__ == "__main__":
    write_text(report_path(DOC), HTML, encoding="cp1251")
    g.write()
