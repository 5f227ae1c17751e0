"""b77_02: ТЦСО Красненської селищної ради (Львівська), H1 2024. HTML council page, windows-1251."""
from common import Gold, write_text, report_path

DOC = "b77_02_krasne_tcso_h1_2024.html"
HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Інформація про роботу територіального центру за І півріччя 2024 року | Красненська селищна громада</title>
<link rel="stylesheet" href="/templates/krasne/css/style.css">
<script src="/js/jquery.min.js"></script>
<script>var gaId='UA-0000000-1';</script>
</head>
<body>
<div class="topbar"><div class="wrap">
<a href="/" class="logo"><img src="/images/gerb.png" alt="Герб"></a>
<div class="site-title">КРАСНЕНСЬКА СЕЛИЩНА РАДА<br><small>Золочівського району Львівської області</small></div>
<div class="top-contacts">Приймальня: (03265) 0-21-30 | Пн–Пт 8:00–17:00</div>
<form class="search" action="/search"><input type="text" name="q" placeholder="Пошук по сайту"></form>
</div></div>
<div class="menu"><ul>
<li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/vlada">Влада</a></li>
<li><a href="/docs">Документи</a></li><li><a href="/social">Соціальний захист</a></li><li><a href="/cnap">ЦНАП</a></li><li><a href="/contacts">Контакти</a></li>
</ul></div>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/social">Соціальний захист</a> » <a href="/social/tcso">Територіальний центр</a> » Звіти</div>
<div class="content-wrap">
<div class="main">
<div class="article">
<h1>Інформація про роботу територіального центру за І півріччя 2024 року</h1>
<div class="article-info"><span class="date">18.07.2024 10:42</span> <span class="cat">Соціальний захист</span> <span class="hits">Переглядів: 312</span></div>
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Красненської селищної ради у І півріччі 2024 року надавав соціальні послуги громадянам похилого віку, особам з інвалідністю, внутрішньо переміщеним особам та іншим вразливим групам населення. Громада налічує 32 населені пункти, у яких мешкає понад 4,9 тис. осіб віком 60 років і старше.</p>
<p>Усього за звітний період обслуговано 538 осіб, а саме:</p>
<ul>
<li>відділенням соціальної допомоги вдома – 187 осіб;</li>
<li>відділенням денного перебування – 96 осіб;</li>
<li>відділенням організації надання адресної натуральної та грошової допомоги – 255 осіб.</li>
</ul>
<p>За віком підопічні відділення соціальної допомоги вдома розподіляються так: 60–69 років – 41 особа, 70–79 років – 78 осіб, 80 років і старше – 71 особа. Середній вік підопічних – 77 років. Кожного соціального робітника закріплено за 8–10 підопічними.</p>
<p>Протягом півріччя взято на обслуговування 64 особи. Знято з обслуговування 51 особу, з них 29 – у зв’язку зі смертю, 14 – у зв’язку з влаштуванням до закладів стаціонарного догляду або переїздом до родичів, 8 – за власним бажанням. Станом на 30.06.2024 у черзі на обслуговування вдома перебуває 9 осіб.</p>
<h2>Надані послуги</h2>
<p>Надано 21 476 соціальних послуг (за І півріччя 2023 року – 19 842), зокрема: догляд вдома – 14 210, денний догляд – 3 115, натуральна допомога – 2 960, соціальне таксі – 418, консультування – 773.</p>
<p>Послугою соціального таксі скористалися 57 осіб з інвалідністю; вартість поїздки – 14,50 грн за 1 км пробігу, для учасників бойових дій – безоплатно.</p>
<p>Адресну натуральну допомогу отримали 212 осіб: видано 310 продуктових наборів, 120 комплектів постільної білизни та 46 технічних засобів реабілітації (крісла колісні, ходунки, милиці) на загальну суму 347,9 тис. грн.</p>
<p>У відділенні денного перебування працюють 5 гуртків. Проведено 38 культурно-масових заходів, в яких взяли участь 412 осіб.</p>
<h2>Оцінка якості</h2>
<p>У червні 2024 року проведено анкетування 120 отримувачів послуги догляду вдома; 96,7 % опитаних задоволені якістю послуг. Надійшло 2 скарги (обидві щодо графіка відвідувань), які розглянуто у встановлений строк.</p>
<h2>Кадри і фінансування</h2>
<p>Штатна чисельність – 34 посади, з них 22 посади соціальних робітників. Фактично працює 31 особа, 3 посади вакантні.</p>
<p>Касові видатки загального фонду за півріччя становлять 4 812,3 тис. грн, з них на оплату праці з нарахуваннями (КЕКВ 2110, 2120) – 4 236,0 тис. грн, на оплату електроенергії (КЕКВ 2273) – 92,4 тис. грн. До спеціального фонду від платних послуг надійшло 186,4 тис. грн.</p>
<p>У ІІ півріччі 2024 року планується створити мобільну бригаду з 4 фахівців для обслуговування віддалених старостинських округів.</p>
<p class="source">Інформацію підготовлено територіальним центром, тел. (03265) 0-41-17.</p>
</div>
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</div>
<div class="sidebar">
<div class="widget"><h3>Територіальний центр</h3>
<p>80560, смт Красне, вул. Львівська, 12<br>тел. (03265) 0-41-17<br>e-mail: tcso.krasne@example.ua<br>Пн–Чт 8:00–17:15, Пт 8:00–16:00</p></div>
<div class="widget"><h3>Новини</h3><ul>
<li><a href="/news/1">25.07.2024 – 27 сесія селищної ради</a></li>
<li><a href="/news/2">12.07.2024 – Графік прийому громадян</a></li>
<li><a href="/news/3">03.07.2024 – Виплата допомоги ВПО</a></li>
</ul></div>
</div>
</div>
<div class="footer"><div class="wrap">© 2018–2024 Красненська селищна рада. Усі права захищено. Код ЄДРПОУ 04371625. Розробка сайту: ТОВ «Веб-студія». Відвідувачів онлайн: 14</div></div>
</body>
</html>
"""


def main():
    write_text(report_path(DOC), HTML, encoding="cp1251")
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Красненської селищної ради",
        "centre_type": "tcso", "settlement": "Красне", "oblast": "Львівська", "report_kind": "period_report",
        "period_start": "2024-01-01", "period_end": "2024-06-30", "published": "2024-07-18"},
        meta_alt={"centre": ["Територіальний центр соціального обслуговування Красненської селищної ради"]})
    f = g.f
    f1 = f("served", "persons", 538, "Усього за звітний період обслуговано 538 осіб")
    grp = "served_538_by_department"
    f2 = f("served", "persons", 187, "відділенням соціальної допомоги вдома – 187 осіб", service="home_care",
           district="відділення соціальної допомоги вдома", group=grp, parent=f1)
    f("served", "persons", 96, "відділенням денного перебування – 96 осіб", service="day_care",
      district="відділення денного перебування", group=grp, parent=f1)
    f("served", "persons", 255, "відділенням організації надання адресної натуральної та грошової допомоги – 255 осіб",
      district="відділення організації надання адресної натуральної та грошової допомоги", group=grp, parent=f1)
    grp = "home_care_187_by_age"
    f("served", "persons", 41, "60–69 років – 41 особа", service="home_care", label="60–69 років", group=grp, parent=f2)
    f("served", "persons", 78, "70–79 років – 78 осіб", service="home_care", label="70–79 років", group=grp, parent=f2)
    f("served", "persons", 71, "80 років і старше – 71 особа", service="home_care", label="80 років і старше",
      group=grp, parent=f2)
    f("served", "persons", 64, "взято на обслуговування 64 особи", alt=["registered_new", "support_started"])
    f9 = f("deregistered", "persons", 51, "Знято з обслуговування 51 особу")
    grp = "deregistered_51_by_reason"
    f("deregistered", "persons", 29, "29 – у зв'язку зі смертю", label="смерть", group=grp, parent=f9,
      alt=["outcome_other"])
    f("deregistered", "persons", 14, "14 – у зв'язку з влаштуванням до закладів стаціонарного догляду або переїздом до родичів",
      label="влаштування до стаціонарного закладу або переїзд", group=grp, parent=f9, alt=["outcome_other"])
    f("deregistered", "persons", 8, "8 – за власним бажанням", label="за власним бажанням", group=grp, parent=f9,
      alt=["outcome_other"])
    f13 = f("services_provided", "services", 21476, "Надано 21 476 соціальних послуг")
    grp = "services_21476_by_service"
    f("services_provided", "services", 14210, "догляд вдома – 14 210", service="home_care", group=grp, parent=f13)
    f("services_provided", "services", 3115, "денний догляд – 3 115", service="day_care", group=grp, parent=f13)
    f("services_provided", "services", 2960, "натуральна допомога – 2 960", service="natural_aid", group=grp, parent=f13)
    f("services_provided", "services", 418, "соціальне таксі – 418", service="social_taxi", group=grp, parent=f13)
    f("services_provided", "services", 773, "консультування – 773", service="counselling", group=grp, parent=f13)
    f("served", "persons", 57, "Послугою соціального таксі скористалися 57 осіб з інвалідністю", service="social_taxi",
      category="особи з інвалідністю")
    f("served", "persons", 212, "Адресну натуральну допомогу отримали 212 осіб", service="natural_aid")
    f("aid_value", "uah", 347900, "на загальну суму 347,9 тис. грн")
    f22 = f("events", "events", 38, "Проведено 38 культурно-масових заходів")
    f("event_participants", "persons", 412, "в яких взяли участь 412 осіб", parent=f22)
    f("survey_respondents", "recipients", 120, "проведено анкетування 120 отримувачів послуги догляду вдома",
      unit_alt="persons", service="home_care")
    f("satisfaction", "percent", 96.7, "96,7 % опитаних задоволені якістю послуг", alt=["share"])
    f("complaints", "complaints", 2, "Надійшло 2 скарги")
    f27 = f("staff_positions", "positions", 34, "Штатна чисельність – 34 посади")
    f("staff_positions", "positions", 22, "з них 22 посади соціальних робітників", label="соціальні робітники",
      parent=f27)
    f("staff_actual", "staff", 31, "Фактично працює 31 особа")
    f30 = f("budget_spent", "uah", 4812300, "Касові видатки загального фонду за півріччя становлять 4 812,3 тис. грн",
            label="загальний фонд")
    f("budget_spent", "uah", 4236000, "на оплату праці з нарахуваннями (КЕКВ 2110, 2120) – 4 236,0 тис. грн",
      label="оплата праці з нарахуваннями (КЕКВ 2110, 2120)", parent=f30,
      note="two KEKV codes for one amount: no single kekv")
    f("budget_spent", "uah", 92400, "на оплату електроенергії (КЕКВ 2273) – 92,4 тис. грн", kekv="2273",
      label="оплата електроенергії", parent=f30)
    f("budget_received", "uah", 186400, "До спеціального фонду від платних послуг надійшло 186,4 тис. грн",
      label="спеціальний фонд, платні послуги")

    g.slip("parts_sum", "error",
           "За віком підопічні відділення соціальної допомоги вдома розподіляються так: 60–69 років – 41 особа, 70–79 років – 78 осіб, 80 років і старше – 71 особа.",
           190, 187, ["f2", "f5", "f6", "f7"],
           "the three age bands 60–69, 70–79, 80+ partition the 187 home-care recipients (all are 60+: the centre "
           "serves older people and the bands are open-ended), but 41 + 78 + 71 = 190, 3 more than 187",
           "f5 + f6 + f7 == f2")
    g.check("parts_sum", "Усього за звітний період обслуговано 538 осіб, а саме:", "187 + 96 + 255 = 538",
            "f2 + f3 + f4 == f1")
    g.check("parts_sum", "Знято з обслуговування 51 особу, з них 29", "29 + 14 + 8 = 51", "f10 + f11 + f12 == f9")
    g.check("parts_sum", "Надано 21 476 соціальних послуг",
            "14 210 + 3 115 + 2 960 + 418 + 773 = 21 476", "f14 + f15 + f16 + f17 + f18 == f13")
    g.check("parts_sum", "Адресну натуральну допомогу отримали 212 осіб",
            "212 natural-aid recipients ≤ 255 of the department", "f20 <= f4")
    g.check("percent_impossible", "96,7 % опитаних задоволені якістю послуг",
            "reachable with 120 respondents: 116 / 120 = 96,67 %", "grim_ok(f25, f24, 1)")
    g.check("parts_sum", "Фактично працює 31 особа, 3 посади вакантні.",
            "31 + 3 vacancies (skipped literal) = 34 positions; 22 ≤ 34", "f29 + 3 == f27 and f28 <= f27")
    g.check("parts_sum", "з них на оплату праці з нарахуваннями",
            "4 236,0 + 92,4 ≤ 4 812,3 (the list of items is not complete)", "f31 + f32 <= f30")
    g.check("parts_sum", "Послугою соціального таксі скористалися 57 осіб",
            "57 riders ≤ 418 social-taxi services", "f19 <= f17")

    s = g.skip
    s("Інформація про роботу територіального центру за І півріччя 2024 року", [2024], "year in the title")
    s("18.07.2024 10:42", [18, 7, 2024, 10, 42], "publication date and time")
    s("Переглядів: 312", [312], "view counter")
    s("Громада налічує 32 населені пункти, у яких мешкає понад 4,9 тис. осіб віком 60 років і старше.",
      [32, 4900, 60], "settlement count, population, age")
    s("60–69 років", [60, 69, 70, 79, 80], "age bands")
    s("Середній вік підопічних – 77 років.", [77], "average age")
    s("Кожного соціального робітника закріплено за 8–10 підопічними.", [8, 10], "workload ratio")
    s("Станом на 30.06.2024 у черзі на обслуговування вдома перебуває 9 осіб.", [30, 6, 2024, 9],
      "date; queue has no §3 id")
    s("(за І півріччя 2023 року – 19 842)", [2023, 19842], "prior-year figure")
    s("вартість поїздки – 14,50 грн за 1 км пробігу", [14.5, 1], "tariff")
    s("видано 310 продуктових наборів, 120 комплектів постільної білизни та 46 технічних засобів реабілітації",
      [310, 120, 46], "items handed out")
    s("працюють 5 гуртків", [5], "number of clubs (no §3 id)")
    s("У червні 2024 року", [2024], "date of the survey")
    s("3 посади вакантні", [3], "vacancies (no §3 id; literal in a check)")
    s("(КЕКВ 2110, 2120)", [2110, 2120], "KEKV codes")
    s("(КЕКВ 2273)", [2273], "KEKV code")
    s("У ІІ півріччі 2024 року планується створити мобільну бригаду з 4 фахівців", [2024, 4], "plan")
    s("тел. (03265) 0-41-17", [3265, 4117], "phone")
    g.note("council page in a div layout; `zvitparse read` prints only the article (title, date line, body), so the numbers of the header, menu, breadcrumbs, sidebar and footer (phones, postcode, news dates, ЄДРПОУ, counters) are not in the read text and are not listed here")
    g.note("department rows → served with district (the department) and group; the natural/money-aid department has no single service id")
    g.note("«взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → deregistered with reasons as labelled parts")
    g.note("«зокрема» list of services sums exactly to the 21 476, so it is a group")
    g.note("anketa of 120 «отримувачів» → unit recipients, unit_alt persons")
    g.write()


if __name__ == "__main__":
    main()
