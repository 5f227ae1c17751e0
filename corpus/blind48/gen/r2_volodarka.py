"""b48_02: ТЦСО Володарської селищної ради (Київська), information for H1 2024.
A council-site page in windows-1251 (top bar, menu, breadcrumbs, date and view counter, sidebar,
footer). Third person («територіальний центр забезпечив …»).
Planted slip: parts_sum (29 taken off home care, reasons 16 + 4 + 6 + 4 = 30)."""
from common import Gold, write_text, report_path

DOC = "b48_02_volodarka_tcso_h1_2024.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про роботу територіального центру у І півріччі 2024 року — Володарська селищна рада</title>
<link rel="stylesheet" href="/templates/gromada/css/style.css">
</head>
<body>
<div id="topbar"><div class="wrap">Володарська селищна рада Білоцерківського району Київської області &nbsp;|&nbsp; Приймальня: (04569) 0-21-33 &nbsp;|&nbsp; <a href="/vakansii">Вакансії</a></div></div>
<div id="header"><div class="wrap"><a href="/" class="logo"><img src="/images/gerb.png" alt="Герб"></a><span class="sitename">ВОЛОДАРСЬКА СЕЛИЩНА РАДА</span><span class="slogan">Офіційний вебсайт громади</span></div></div>
<div id="menu"><ul>
<li><a href="/">Головна</a></li><li><a href="/gromada">Громада</a></li><li><a href="/vlada">Влада</a></li>
<li><a href="/docs">Документи</a></li><li class="active"><a href="/social">Соціальний захист</a></li>
<li><a href="/cnap">ЦНАП</a></li><li><a href="/contacts">Контакти</a></li></ul></div>
<div class="wrap">
<div class="breadcrumbs"><a href="/">Головна</a> › <a href="/social">Соціальний захист</a> › <a href="/social/tc">Територіальний центр</a> › Про роботу у І півріччі 2024 року</div>
<div id="main">
<div class="article">
<h1>Про роботу територіального центру у І півріччі 2024 року</h1>
<div class="meta"><span class="date">16.07.2024 09:48</span> <span class="author">Адміністратор</span> <span class="hits">Переглядів: 318</span></div>
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Володарської селищної ради надає соціальні послуги мешканцям 24 населених пунктів громади, де проживає 18,7 тис. осіб, з них 5,1 тис. – люди віком понад 60 років.</p>
<p>Протягом І півріччя 2024 року послугами територіального центру скористалися 1 047 осіб. Загалом надано 9 318 соціальних послуг, у тому числі догляд вдома – 7 604, денний догляд – 1 190, натуральна допомога – 392, соціальне таксі – 132.</p>
<p><strong>Відділення соціальної допомоги вдома</strong> обслуговує 312 одиноких та одиноко проживаючих громадян, серед них 41 особа з інвалідністю I–II групи та 26 внутрішньо переміщених осіб. За півріччя взято на обслуговування 37 осіб, знято з обслуговування 29 осіб, а саме: у зв’язку зі смертю – 16, у зв’язку з влаштуванням до інтернатних закладів – 4, у зв’язку з переїздом до рідних – 6, за власним бажанням – 4. Кожен соціальний робітник обслуговує в середньому 8–9 підопічних.</p>
<p><strong>Відділення денного перебування</strong> відвідували 86 осіб. Для них проведено 53 групові заходи (заняття гуртків «Берегиня» та «Рукодільниця», лекції, свята), у яких взяли участь 412 відвідувачів.</p>
<p><strong>Відділення організації надання адресної натуральної та грошової допомоги</strong> забезпечило натуральною допомогою 248 осіб: видано 310 продуктових наборів і 45 ковдр. Одноразову грошову допомогу з бюджету громади отримали 63 особи на загальну суму 189,0 тис. грн.</p>
<p>Послугою «соціальне таксі» скористалися 54 особи, здійснено 132 поїздки; вартість 1 км для платних отримувачів становить 12 грн. Пункт прокату видав 38 технічних засобів реабілітації.</p>
<p>У травні 2024 року проведено анкетування 120 отримувачів послуги догляду вдома: якістю обслуговування задоволені 96,7 % опитаних. Скарг на роботу соціальних робітників не надходило.</p>
<p>Штатна чисельність територіального центру – 46 одиниць, з них 38 посад соціальних робітників; фактично працює 43 особи.</p>
<p>На утримання установи за півріччя спрямовано 5 812,4 тис. грн при річному кошторисі 11 903,0 тис. грн, у тому числі на оплату праці з нарахуваннями – 5 177,9 тис. грн. За надання платних послуг до спеціального фонду надійшло 64,3 тис. грн.</p>
<p>Звертатися можна за адресою: смт Володарка, вул. Миру, 27, каб. 4, тел. (04569) 0-14-72, з понеділка по п’ятницю з 8:00 до 17:00.</p>
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</div>
</div>
<div id="sidebar">
<div class="block"><h3>Останні новини</h3><ul>
<li><a href="/news/2271">Сесія селищної ради 18.07.2024</a></li>
<li><a href="/news/2268">Графік прийому громадян старостами на липень</a></li>
<li><a href="/news/2262">Оголошено конкурс на посаду соціального робітника (2 вакансії)</a></li></ul></div>
<div class="block"><h3>Контакти</h3><p>09301, Київська обл., смт Володарка, вул. Миру, 27</p><p>ЄДРПОУ 04362518</p></div>
</div>
</div>
<div id="footer"><div class="wrap">© 2017–2024 Володарська селищна рада. Усі права захищено. Розробка сайту: громада.інфо</div></div>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    write_text(path, HTML, encoding="cp1251")
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Володарської селищної ради",
        "centre_type": "tcso", "settlement": "Володарка", "oblast": "Київська",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-06-30",
        "published": "2024-07-16",
    })
    f = g.f
    sv = f("served", "persons", 1047, "послугами територіального центру скористалися 1 047 осіб")
    sp = f("services_provided", "services", 9318, "Загалом надано 9 318 соціальних послуг")
    s1 = f("services_provided", "services", 7604, "догляд вдома – 7 604", service="home_care",
           group="services_9318", parent=sp)
    s2 = f("services_provided", "services", 1190, "денний догляд – 1 190", service="day_care",
           group="services_9318", parent=sp)
    s3 = f("services_provided", "services", 392, "натуральна допомога – 392", service="natural_aid",
           group="services_9318", parent=sp)
    s4 = f("services_provided", "services", 132, "соціальне таксі – 132", service="social_taxi",
           group="services_9318", parent=sp)
    hc = f("served", "persons", 312, "обслуговує 312 одиноких та одиноко проживаючих громадян",
           service="home_care", district="Відділення соціальної допомоги вдома")
    hc1 = f("served", "persons", 41, "серед них 41 особа з інвалідністю I–II групи", service="home_care",
            category="особи з інвалідністю I–II групи", parent=hc)
    hc2 = f("served", "persons", 26, "26 внутрішньо переміщених осіб", service="home_care",
            category="внутрішньо переміщені особи", parent=hc)
    hn = f("served", "persons", 37, "За півріччя взято на обслуговування 37 осіб", service="home_care",
           alt=["registered_new", "support_started"], label="взято на обслуговування")
    dr = f("deregistered", "persons", 29, "знято з обслуговування 29 осіб", service="home_care")
    d1 = f("deregistered", "persons", 16, "у зв'язку зі смертю – 16", label="смерть",
           service="home_care", group="deregistered_29", parent=dr)
    d2 = f("deregistered", "persons", 4, "у зв'язку з влаштуванням до інтернатних закладів – 4",
           label="влаштування до інтернатних закладів", service="home_care", group="deregistered_29", parent=dr)
    d3 = f("deregistered", "persons", 6, "у зв'язку з переїздом до рідних – 6", label="переїзд до рідних",
           service="home_care", group="deregistered_29", parent=dr)
    d4 = f("deregistered", "persons", 4, "за власним бажанням – 4", label="за власним бажанням",
           service="home_care", group="deregistered_29", parent=dr)
    dc = f("served", "persons", 86, "Відділення денного перебування відвідували 86 осіб", service="day_care",
           district="Відділення денного перебування")
    ev = f("events", "events", 53, "Для них проведено 53 групові заходи")
    ep = f("event_participants", "persons", 412, "у яких взяли участь 412 відвідувачів", parent=ev)
    na = f("served", "persons", 248, "забезпечило натуральною допомогою 248 осіб", service="natural_aid")
    gm = f("served", "persons", 63, "Одноразову грошову допомогу з бюджету громади отримали 63 особи",
           label="одноразова грошова допомога")
    gv = f("aid_value", "uah", 189000, "на загальну суму 189,0 тис. грн", label="одноразова грошова допомога")
    tx = f("served", "persons", 54, "Послугою «соціальне таксі» скористалися 54 особи", service="social_taxi")
    sr = f("survey_respondents", "recipients", 120, "проведено анкетування 120 отримувачів послуги догляду вдома",
           unit_alt="persons", service="home_care")
    sa = f("satisfaction", "percent", 96.7, "якістю обслуговування задоволені 96,7 % опитаних",
           service="home_care", alt=["share"])
    co = f("complaints", "complaints", 0, "Скарг на роботу соціальних робітників не надходило.")
    pos = f("staff_positions", "positions", 46, "Штатна чисельність територіального центру – 46 одиниць")
    pos2 = f("staff_positions", "positions", 38, "з них 38 посад соціальних робітників",
             label="соціальні робітники", parent=pos)
    act = f("staff_actual", "staff", 43, "фактично працює 43 особи")
    bs = f("budget_spent", "uah", 5812400, "На утримання установи за півріччя спрямовано 5 812,4 тис. грн",
           label="загальний фонд, І півріччя")
    ba = f("budget_approved", "uah", 11903000, "при річному кошторисі 11 903,0 тис. грн",
           label="кошторис на 2024 рік (річний)",
           note="the annual approval of the year the half-year belongs to (as blind18's b18_06)")
    bs2 = f("budget_spent", "uah", 5177900, "у тому числі на оплату праці з нарахуваннями – 5 177,9 тис. грн",
            label="оплата праці з нарахуваннями", parent=bs)
    br = f("budget_received", "uah", 64300, "до спеціального фонду надійшло 64,3 тис. грн",
           label="спеціальний фонд, платні послуги")

    g.slip("parts_sum", "error",
           "знято з обслуговування 29 осіб, а саме: у зв'язку зі смертю – 16, у зв'язку з влаштуванням до інтернатних закладів – 4, у зв'язку з переїздом до рідних – 6, за власним бажанням – 4",
           30, 29, [dr, d1, d2, d3, d4],
           "«а саме» lists the reasons of the 29 persons taken off home care, but 16 + 4 + 6 + 4 = 30: one person extra",
           f"f{d1[1:]} + f{d2[1:]} + f{d3[1:]} + f{d4[1:]} == f{dr[1:]}")
    g.check("parts_sum", "Загалом надано 9 318 соціальних послуг, у тому числі",
            "7 604 + 1 190 + 392 + 132 = 9 318",
            f"f{s1[1:]} + f{s2[1:]} + f{s3[1:]} + f{s4[1:]} == f{sp[1:]}")
    g.check("parts_sum", "серед них 41 особа з інвалідністю I–II групи та 26 внутрішньо переміщених осіб",
            "41 and 26 ≤ 312 (overlapping categories, not a partition)",
            f"f{hc1[1:]} <= f{hc[1:]} and f{hc2[1:]} <= f{hc[1:]}")
    g.check("parts_sum", "послугами територіального центру скористалися 1 047 осіб",
            "each department's count ≤ 1 047: 312 + 86 + 248 + 54 = 700 ≤ 1 047 (a person may use several)",
            f"f{hc[1:]} + f{dc[1:]} + f{na[1:]} + f{tx[1:]} <= f{sv[1:]}")
    g.check("percent_impossible", "якістю обслуговування задоволені 96,7 % опитаних",
            "96,7 % of 120 is reachable (116 of 120 = 96,67 %)", f"grim_ok(f{sa[1:]}, f{sr[1:]}, 1)")
    g.check("parts_sum", "з них 38 посад соціальних робітників", "38 ≤ 46; 43 working ≤ 46",
            f"f{pos2[1:]} <= f{pos[1:]} and f{act[1:]} <= f{pos[1:]}")
    g.check("parts_sum", "у тому числі на оплату праці з нарахуваннями – 5 177,9 тис. грн",
            "5 177,9 ≤ 5 812,4 ≤ 11 903,0 тис. грн", f"f{bs2[1:]} <= f{bs[1:]} <= f{ba[1:]}")
    g.check("parts_sum", "Послугою «соціальне таксі» скористалися 54 особи, здійснено 132 поїздки",
            "132 trips = the 132 taxi services of the services list", f"f{s4[1:]} == 132")

    g.skip("надає соціальні послуги мешканцям 24 населених пунктів громади, де проживає 18,7 тис. осіб, з них 5,1 тис. – люди віком понад 60 років",
           [24, 18700, 5100, 60], "settlement count, population, age")
    g.skip("Протягом І півріччя 2024 року", [2024], "year")
    g.skip("Кожен соціальний робітник обслуговує в середньому 8–9 підопічних.", [8, 9], "ratio")
    g.skip("видано 310 продуктових наборів і 45 ковдр", [310, 45], "items handed out")
    g.skip("здійснено 132 поїздки; вартість 1 км для платних отримувачів становить 12 грн", [132, 1, 12],
           "trips (they equal the 132 taxi services, used in a check) and tariff")
    g.skip("Пункт прокату видав 38 технічних засобів реабілітації.", [38], "items handed out")
    g.skip("У травні 2024 року", [2024], "survey month")
    g.skip("смт Володарка, вул. Миру, 27, каб. 4, тел. (04569) 0-14-72, з понеділка по п'ятницю з 8:00 до 17:00",
           [27, 4, 4569, 1472, 8, 17], "address, office, phone, hours")
    g.skip("16.07.2024 09:48", [16, 7, 2024, 9, 48], "publication date and time")
    g.skip("Переглядів: 318", [318], "view counter")

    g.note("what the reader prints of the page decides what is quoted: menu, breadcrumbs, sidebar (with its own news dates, the «2 вакансії» link, postcode and ЄДРПОУ) and footer may or may not be printed; none of them holds a fact. The top bar's phone is skipped only if printed")
    g.note("departments go in `district` (as the shared gold does for branches)")
    g.note("«взято на обслуговування 37 осіб» → served (alt registered_new, support_started) with a label; «знято з обслуговування» → deregistered with reasons as labelled parts")
    g.note("«Одноразову грошову допомогу … отримали 63 особи» → served with a label (no service id for cash aid); its sum → aid_value")
    g.note("the annual estimate 11 903,0 тис. грн is budget_approved for 2024; the half-year spending and its payroll part are budget_spent")
    g.write()


if __name__ == "__main__":
    main()
