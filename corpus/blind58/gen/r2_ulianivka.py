"""b58_02: ТЦСО Улянівської селищної ради (Сумська), H1 2025. Council-site HTML page, windows-1251."""
from common import Gold, write_text, report_path

DOC = "b58_02_ulianivka_tcso_h1_2025.html"
HTML = """\
<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про роботу територіального центру за І півріччя 2025 року | Улянівська селищна рада</title>
<link rel="stylesheet" href="/templates/gromada/css/style.css?v=3">
<script src="/js/jquery-1.12.4.min.js"></script>
</head>
<body class="page-news">
<div id="top-bar"><span class="gerb"></span>
<div class="site-name">Улянівська селищна рада<br><small>Сумський район, Сумська область</small></div>
<div class="top-contacts">Гаряча лінія: (05443) 0-20-15 | <a href="/eng">EN</a></div>
</div>
<div id="menu"><ul>
<li><a href="/">Головна</a></li><li><a href="/gromada">Громада</a></li><li><a href="/rada">Рада</a></li>
<li><a href="/vykonkom">Виконавчий комітет</a></li><li><a href="/docs">Документи</a></li>
<li class="active"><a href="/social">Соціальний захист</a></li><li><a href="/contacts">Контакти</a></li>
</ul></div>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/social">Соціальний захист</a> » <a href="/social/news">Новини</a></div>
<div id="wrapper">
<div id="content">
<h1>Про роботу територіального центру соціального обслуговування за І півріччя 2025 року</h1>
<div class="article-info">Дата: 11.07.2025 | Переглядів: 214 | Розділ: Соціальний захист</div>
<div class="article-body">
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Улянівської селищної ради у першому півріччі 2025 року надавав соціальні послуги мешканцям 27 населених пунктів громади.</p>
<p>За звітний період до територіального центру надійшло 73 заяви про надання соціальних послуг. За результатами їх розгляду прийнято 69 рішень про надання послуг та 4 рішення про відмову (через невідповідність умовам надання). У черзі на обслуговування станом на 30.06.2025 залишається 7 осіб.</p>
<p>Соціальними послугами протягом півріччя охоплено 486 осіб, у тому числі:</p>
<ul>
<li>догляд вдома – 214 осіб;</li>
<li>денний догляд – 58 осіб;</li>
<li>натуральна допомога – 129 осіб;</li>
<li>соціальне таксі – 23 особи;</li>
<li>консультування – 62 особи.</li>
</ul>
<p>Серед отримувачів послуги догляду вдома 37 осіб з інвалідністю I–II групи (17,8 %) та 11 осіб віком понад 90 років. Соціальні робітники обслуговують у середньому по 8 підопічних.</p>
<p>У відділенні денного перебування працювали гуртки рукоділля та «Школа здоров'я», проведено 12 культурно-масових заходів, участь у яких взяли 167 осіб.</p>
<p>Відділення організації надання адресної натуральної та грошової допомоги видало 312 продуктових наборів і 85 комплектів засобів гігієни на загальну суму 186,4 тис. грн. Послугою соціального таксі перевезено 23 особи до закладів охорони здоров'я (вартість – 9,50 грн за 1 км).</p>
<p>Всього за півріччя надано 17 642 соціальні послуги, що на 1 108 більше, ніж за аналогічний період 2024 року.</p>
<p>Платні соціальні послуги отримували 34 особи; до спеціального фонду надійшло 58,7 тис. грн.</p>
<p>У травні 2025 року проведено анкетування 60 отримувачів послуги догляду вдома. Повністю задоволені якістю послуг 93,3 % опитаних. Скарг за звітний період не зареєстровано.</p>
<p>Штатним розписом установи передбачено 41,5 штатної одиниці, з них 29 – посади соціальних робітників. Фактично працює 38 працівників.</p>
<p><em>Інформацію підготовлено територіальним центром. Телефон для довідок: (05443) 0-21-47.</em></p>
</div>
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</div>
<div id="sidebar">
<div class="widget"><h3>Контакти</h3><p>41832, смт Улянівка, вул. Центральна, 5<br>тел. (05443) 0-21-47<br>Пн–Пт 8:00–17:00</p></div>
<div class="widget"><h3>Останні новини</h3><ul>
<li><a href="/n/1187">10.07.2025 Графік особистого прийому громадян на ІІІ квартал</a></li>
<li><a href="/n/1183">08.07.2025 Оголошено конкурс на 2 вакантні посади</a></li>
<li><a href="/n/1179">03.07.2025 Засідання виконкому № 14</a></li>
</ul></div>
</div>
</div>
<div id="footer">© 2019–2025 Улянівська селищна рада. Усі права захищено. Відвідувачів сьогодні: 57</div>
</body>
</html>
"""


def main():
    write_text(report_path(DOC), HTML, encoding="cp1251")
    g = Gold(DOC, {"centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Улянівської селищної ради",
                   "centre_type": "tcso", "settlement": "Улянівка", "oblast": "Сумська",
                   "report_kind": "period_report",
                   "period_start": "2025-01-01", "period_end": "2025-06-30", "published": "2025-07-11"},
             {"centre": ["Територіальний центр соціального обслуговування Улянівської селищної ради"]})
    f = g.f
    ap = f("applied", "applications", 73, "надійшло 73 заяви про надання соціальних послуг")
    tot = f("served", "persons", 486, "Соціальними послугами протягом півріччя охоплено 486 осіб")
    grp = "served_486_by_service"
    hc = f("served", "persons", 214, "догляд вдома – 214 осіб", service="home_care", parent=tot, group=grp)
    dc = f("served", "persons", 58, "денний догляд – 58 осіб", service="day_care", parent=tot, group=grp)
    na = f("served", "persons", 129, "натуральна допомога – 129 осіб", service="natural_aid", parent=tot, group=grp)
    tx = f("served", "persons", 23, "соціальне таксі – 23 особи", service="social_taxi", parent=tot, group=grp)
    co = f("served", "persons", 62, "консультування – 62 особи", service="counselling", parent=tot, group=grp)
    dis = f("served", "persons", 37, "37 осіб з інвалідністю I–II групи (17,8 %)", service="home_care", percent=17.8,
            category="особи з інвалідністю I–II групи", parent=hc)
    old = f("served", "persons", 11, "11 осіб віком понад 90 років", service="home_care",
      category="особи віком понад 90 років", parent=hc)
    ev = f("events", "events", 12, "проведено 12 культурно-масових заходів")
    f("event_participants", "persons", 167, "участь у яких взяли 167 осіб", parent=ev)
    f("aid_value", "uah", 186400, "на загальну суму 186,4 тис. грн", service="natural_aid")
    tx2 = f("served", "persons", 23, "Послугою соціального таксі перевезено 23 особи", service="social_taxi")
    f("services_provided", "services", 17642, "Всього за півріччя надано 17 642 соціальні послуги")
    f("served", "persons", 34, "Платні соціальні послуги отримували 34 особи", label="платні соціальні послуги")
    f("budget_received", "uah", 58700, "до спеціального фонду надійшло 58,7 тис. грн", label="спеціальний фонд, плата за послуги")
    sv = f("survey_respondents", "persons", 60, "проведено анкетування 60 отримувачів")
    sat = f("satisfaction", "percent", 93.3, "Повністю задоволені якістю послуг 93,3 % опитаних", alt=["share"])
    f("complaints", "complaints", 0, "Скарг за звітний період не зареєстровано.")
    sp = f("staff_positions", "positions", 41.5, "передбачено 41,5 штатної одиниці")
    sw = f("staff_positions", "positions", 29, "з них 29 – посади соціальних робітників", label="соціальні робітники", parent=sp)
    sa = f("staff_actual", "staff", 38, "Фактично працює 38 працівників")
    n = lambda x: x[1:]
    g.slip("percent_mismatch", "error", "37 осіб з інвалідністю I–II групи (17,8 %)", 17.8, 17.3, [dis, hc],
           "37 of the 214 home-care recipients is 17,29 % → 17,3, not 17,8 (no rounding gives 17,8)",
           f"pct_ok(p{n(dis)}, f{n(dis)}, f{n(hc)}, 1)")
    g.check("parts_sum", "Соціальними послугами протягом півріччя охоплено 486 осіб, у тому числі:",
            "214 + 58 + 129 + 23 + 62 = 486", f"f{n(hc)} + f{n(dc)} + f{n(na)} + f{n(tx)} + f{n(co)} == f{n(tot)}")
    g.check("parts_sum", "прийнято 69 рішень про надання послуг та 4 рішення про відмову",
            "69 decisions to serve + 4 refusals = 73 applications (decisions are literals)", f"69 + 4 == f{n(ap)}")
    g.check("internal_conflict", "Послугою соціального таксі перевезено 23 особи",
            "the social-taxi count is the same in the list and in the paragraph (23)", f"f{n(tx)} == f{n(tx2)}")
    g.check("percent_impossible", "Повністю задоволені якістю послуг 93,3 % опитаних",
            "93,3 % of 60 is reachable (56 of 60 = 93,33 %)", f"grim_ok(f{n(sat)}, f{n(sv)}, 1)")
    g.check("parts_sum", "Фактично працює 38 працівників", "38 working ≤ 41,5 positions; 29 social-worker positions ≤ 41,5",
            f"f{n(sa)} <= f{n(sp)} and f{n(sw)} <= f{n(sp)}")
    g.check("parts_sum", "Серед отримувачів послуги догляду вдома 37 осіб", "37 and 11 each ≤ 214 (overlapping categories, no sum)",
            f"f{n(dis)} <= f{n(hc)} and f{n(old)} <= f{n(hc)}")
    sk = g.skip
    sk("за І півріччя 2025 року", [1, 2025], "period in the title")
    sk("Гаряча лінія: (05443) 0-20-15", [5443, 2015], "phone in the header")
    sk("Дата: 11.07.2025 | Переглядів: 214", [11, 7, 2025, 214], "publication date and view counter (214 is also the home-care figure; the counter is not)")
    sk("мешканцям 27 населених пунктів громади", [27], "settlement count")
    sk("у першому півріччі 2025 року", [2025], "year")
    sk("прийнято 69 рішень про надання послуг та 4 рішення про відмову", [69, 4], "decisions and refusals: no §3 id; literals in a check")
    sk("станом на 30.06.2025 залишається 7 осіб", [30, 6, 2025, 7], "date; waiting list (no §3 id)")
    sk("37 осіб з інвалідністю I–II групи", ["I", "II"], "disability groups")
    sk("11 осіб віком понад 90 років", [90], "age")
    sk("по 8 підопічних", [8], "caseload ratio")
    sk("видало 312 продуктових наборів і 85 комплектів засобів гігієни", [312, 85], "items handed out")
    sk("(вартість – 9,50 грн за 1 км)", [9.5, 1], "tariff")
    sk("що на 1 108 більше, ніж за аналогічний період 2024 року", [1108, 2024], "difference from 2024")
    sk("У травні 2025 року", [2025], "survey month")
    sk("Телефон для довідок: (05443) 0-21-47", [5443, 2147], "phone")
    g.note("the five services «у тому числі» are a partition of the 486 persons (group served_486_by_service)")
    g.note("«Послугою соціального таксі перевезено 23 особи» repeats the list figure: two facts")
    g.note("«41,5 штатної одиниці» is a fractional staff_positions fact; «з них 29 – посади соціальних робітників» hangs on it")
    g.note("the view counter 214 equals the home-care figure by design; it is not a fact")
    g.note("menu, breadcrumbs, sidebar (contacts, news) and footer are dropped by the reader; their numbers are not in the read text")
    g.note("meta_alt: the centre's name without «(надання соціальних послуг)»")
    g.write()


if __name__ == "__main__":
    main()
