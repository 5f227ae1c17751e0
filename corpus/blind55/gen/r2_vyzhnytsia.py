"""b55_02: ТЦСО (надання соціальних послуг) Вижницької міської ради (Чернівецька), H1 2025.
Council-site HTML page in windows-1251: header, menu, breadcrumbs, date/views, sidebar, footer.
Third-person voice. Planted slip: parts_sum (home-care clients by place of residence)."""
from common import Gold, write_text, report_path

DOC = "b55_02_vyzhnytsia_tcso_h1_2025.html"

ARTICLE = """\
<h1>Про роботу територіального центру за І півріччя 2025 року</h1>
<div class="meta">18.07.2025 | Соціальний захист | Переглядів: 214</div>
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Вижницької міської ради
підбив підсумки роботи за перше півріччя 2025 року.</p>
<p>За шість місяців соціальні послуги територіального центру отримали 1&nbsp;127 осіб (за І півріччя 2024 року – 1&nbsp;064 особи).
Відділення соціальної допомоги вдома обслуговувало 386 осіб, відділення денного перебування – 214 осіб,
відділення організації надання адресної натуральної та грошової допомоги – 527 осіб.</p>
<p>Підопічні відділення соціальної допомоги вдома проживають у місті – 104 особи, у 11 селах громади – 291 особа.
Обслуговування здійснюють соціальні робітники, за кожним з яких закріплено в середньому 8–9 підопічних.</p>
<p>Всього фахівці центру надали 23&nbsp;418 соціальних послуг, зокрема догляд вдома – 17&nbsp;906, денний догляд – 3&nbsp;254,
натуральна допомога – 2&nbsp;258.</p>
<p>Протягом півріччя на обслуговування взято 64 особи. Знято з обслуговування 51 особу, з них у зв’язку зі смертю – 29,
вибуттям за межі громади – 8, влаштуванням до закладів стаціонарного догляду – 5, за власним бажанням – 9.</p>
<p>Мешканцям громади видано 1&nbsp;346 продуктових наборів і 412 гігієнічних наборів на загальну суму 386,4 тис. грн,
через пункт прокату передано 96 одиниць технічних засобів реабілітації.</p>
<p>У відділенні денного перебування проведено 70 групових заходів (58 занять гуртків та 12 культурно-масових заходів),
учасниками яких стали 436 осіб. Послугою «соціальне таксі» скористалися 37 осіб, здійснено 112 поїздок
(вартість 1 км – 12,50 грн).</p>
<p>До спеціального фонду за надання платних соціальних послуг надійшло 61,3 тис. грн.</p>
<p>Штатна чисельність територіального центру – 67 посад, фактично працює 61 працівник, з них 44 соціальні робітники.</p>
<p>У червні 2025 року проведено анкетування 120 отримувачів послуги догляду вдома: 96,7 % опитаних задоволені якістю
обслуговування. Надійшло 2 скарги щодо несвоєчасного прибирання помешкань, обидві розглянуто в установлений строк.</p>
<p>Громадяни можуть звернутися до територіального центру за адресою: 59203, м. Вижниця, вул. Українська, 31, каб. 4.</p>
"""

PAGE = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про роботу територіального центру за І півріччя 2025 року | Вижницька міська рада</title>
<link rel="stylesheet" href="/templates/vmr/css/style.css">
</head>
<body>
<div id="top">
  <div class="logo"><a href="/"><img src="/images/gerb.png" alt="герб"> Вижницька міська рада<br><small>Вижницька міська територіальна громада</small></a></div>
  <div class="top-contacts">Приймальня: (03730) 0-21-45 | e-mail: rada@example.ua</div>
</div>
<div id="menu"><ul>
<li><a href="/">Головна</a></li><li><a href="/gromada">Громада</a></li><li><a href="/vlada">Влада</a></li>
<li><a href="/news">Новини</a></li><li><a href="/docs">Документи</a></li><li><a href="/socialnyi-zakhyst">Соціальний захист</a></li>
<li><a href="/contacts">Контакти</a></li></ul></div>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/news">Новини</a> » <a href="/socialnyi-zakhyst">Соціальний захист</a> » Про роботу територіального центру</div>
<div id="content">
<div class="article">
%s
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</div>
<div id="sidebar">
<h3>Останні новини</h3>
<ul><li>17.07.2025 Чергова 41 сесія міської ради</li><li>15.07.2025 Графік відключень світла</li><li>11.07.2025 Відкрито 2 нові укриття</li></ul>
<h3>Графік прийому громадян</h3>
<p>Пн–Пт 8:00–17:00, обідня перерва 12:00–13:00</p>
</div>
</div>
<div id="footer">© 2017–2025 Вижницька міська рада. 59200, м. Вижниця, вул. Українська, 35. Усі права захищено.<br>
Розробка сайту: <a href="#">веб-студія</a></div>
</body>
</html>
"""

def main():
    write_text(report_path(DOC), PAGE % ARTICLE, encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Вижницької міської ради",
        "centre_type": "tcso", "settlement": "Вижниця",
        "report_kind": "period_report",
        "period_start": "2025-01-01", "period_end": "2025-06-30", "published": "2025-07-18"},
        {"centre": ["Територіальний центр соціального обслуговування Вижницької міської ради"]})
    f = g.f
    n = lambda x: x[1:]
    tot = f("served", "persons", 1127, "соціальні послуги територіального центру отримали 1 127 осіб")
    GD = "served_1127_by_department"
    hc = f("served", "persons", 386, "Відділення соціальної допомоги вдома обслуговувало 386 осіб", service="home_care",
           district="відділення соціальної допомоги вдома", group=GD, parent=tot)
    dc = f("served", "persons", 214, "відділення денного перебування – 214 осіб", service="day_care",
           district="відділення денного перебування", group=GD, parent=tot)
    na = f("served", "persons", 527, "відділення організації надання адресної натуральної та грошової допомоги – 527 осіб",
           service="natural_aid", district="відділення організації надання адресної натуральної та грошової допомоги", group=GD, parent=tot)
    GP = "home_care_386_by_residence"
    city = f("served", "persons", 104, "у місті – 104 особи", service="home_care", label="проживають у місті", group=GP, parent=hc)
    vil = f("served", "persons", 291, "у 11 селах громади – 291 особа", service="home_care", label="проживають у селах громади", group=GP, parent=hc)
    sv = f("services_provided", "services", 23418, "Всього фахівці центру надали 23 418 соціальних послуг")
    GS = "services_23418_by_service"
    s1 = f("services_provided", "services", 17906, "догляд вдома – 17 906", service="home_care", group=GS, parent=sv)
    s2 = f("services_provided", "services", 3254, "денний догляд – 3 254", service="day_care", group=GS, parent=sv)
    s3 = f("services_provided", "services", 2258, "натуральна допомога – 2 258", service="natural_aid", group=GS, parent=sv)
    f("served", "persons", 64, "Протягом півріччя на обслуговування взято 64 особи.", alt=["registered_new", "support_started"],
      label="взято на обслуговування")
    de = f("deregistered", "persons", 51, "Знято з обслуговування 51 особу")
    GR = "deregistered_51_by_reason"
    d1 = f("deregistered", "persons", 29, "у зв’язку зі смертю – 29", label="у зв'язку зі смертю", group=GR, parent=de)
    d2 = f("deregistered", "persons", 8, "вибуттям за межі громади – 8", label="вибуття за межі громади", group=GR, parent=de)
    d3 = f("deregistered", "persons", 5, "влаштуванням до закладів стаціонарного догляду – 5", label="влаштування до закладів стаціонарного догляду", group=GR, parent=de)
    d4 = f("deregistered", "persons", 9, "за власним бажанням – 9", label="за власним бажанням", group=GR, parent=de)
    f("aid_value", "uah", 386400, "на загальну суму 386,4 тис. грн", service="natural_aid")
    ev = f("events", "events", 70, "проведено 70 групових заходів")
    e1 = f("events", "events", 58, "58 занять гуртків", label="заняття гуртків", group="events_70", parent=ev)
    e2 = f("events", "events", 12, "12 культурно-масових заходів", label="культурно-масові заходи", group="events_70", parent=ev)
    f("event_participants", "persons", 436, "учасниками яких стали 436 осіб", parent=ev)
    f("served", "persons", 37, "Послугою «соціальне таксі» скористалися 37 осіб", service="social_taxi")
    f("budget_received", "uah", 61300, "До спеціального фонду за надання платних соціальних послуг надійшло 61,3 тис. грн.",
      label="спеціальний фонд, платні соціальні послуги")
    pos = f("staff_positions", "positions", 67, "Штатна чисельність територіального центру – 67 посад")
    act = f("staff_actual", "staff", 61, "фактично працює 61 працівник")
    sw = f("staff_actual", "staff", 44, "з них 44 соціальні робітники", label="соціальні робітники", parent=act)
    rs = f("survey_respondents", "recipients", 120, "проведено анкетування 120 отримувачів послуги догляду вдома",
           service="home_care", unit_alt="persons")
    sat = f("satisfaction", "percent", 96.7, "96,7 % опитаних задоволені якістю", service="home_care")
    f("complaints", "complaints", 2, "Надійшло 2 скарги щодо несвоєчасного прибирання помешкань")

    g.slip("parts_sum", "error",
           "Підопічні відділення соціальної допомоги вдома проживають у місті – 104 особи, у 11 селах громади – 291 особа.",
           395, 386, [city, vil, hc],
           "town + villages is a partition of the 386 home-care clients, but 104 + 291 = 395: 9 more than the 386 the department served",
           f"f{n(city)} + f{n(vil)} == f{n(hc)}")
    g.check("parts_sum", "Відділення соціальної допомоги вдома обслуговувало 386 осіб",
            "386 + 214 + 527 = 1 127", f"f{n(hc)} + f{n(dc)} + f{n(na)} == f{n(tot)}")
    g.check("parts_sum", "Всього фахівці центру надали 23 418 соціальних послуг",
            "17 906 + 3 254 + 2 258 = 23 418", f"f{n(s1)} + f{n(s2)} + f{n(s3)} == f{n(sv)}")
    g.check("parts_sum", "Знято з обслуговування 51 особу, з них",
            "29 + 8 + 5 + 9 = 51", f"f{n(d1)} + f{n(d2)} + f{n(d3)} + f{n(d4)} == f{n(de)}")
    g.check("parts_sum", "проведено 70 групових заходів (58 занять гуртків та 12 культурно-масових заходів)",
            "58 + 12 = 70", f"f{n(e1)} + f{n(e2)} == f{n(ev)}")
    g.check("parts_sum", "фактично працює 61 працівник, з них 44 соціальні робітники",
            "44 ≤ 61 ≤ 67", f"f{n(sw)} <= f{n(act)} <= f{n(pos)}")
    g.check("percent_impossible", "96,7 % опитаних задоволені якістю",
            "116 of 120 = 96,67 % → 96,7: reachable", f"grim_ok(f{n(sat)}, f{n(rs)}, 1)")
    g.check("parts_sum", "проведено анкетування 120 отримувачів послуги догляду вдома",
            "120 respondents ≤ 386 home-care clients", f"f{n(rs)} <= f{n(hc)}")

    g.skip("Приймальня: (03730) 0-21-45", [3730, 2145], "phone in the site header (kept by the reader)")
    g.skip("18.07.2025 | Соціальний захист | Переглядів: 214", [18, 7, 2025, 214], "publication date, view counter")
    g.skip("Про роботу територіального центру за І півріччя 2025 року", [2025], "year in the title")
    g.skip("(за І півріччя 2024 року – 1 064 особи)", [2024, 1064], "prior-year figure")
    g.skip("у 11 селах громади", [11], "settlement count")
    g.skip("в середньому 8–9 підопічних", [8, 9], "ratio (clients per social worker)")
    g.skip("Мешканцям громади видано 1 346 продуктових наборів і 412 гігієнічних наборів", [1346, 412], "items handed out (sets)")
    g.skip("через пункт прокату передано 96 одиниць технічних засобів реабілітації", [96], "items (rehabilitation aids)")
    g.skip("здійснено 112 поїздок", [112], "trips of the social taxi: no §3 id (not counted as services_provided)")
    g.skip("(вартість 1 км – 12,50 грн)", [1, 12.5], "tariff")
    g.skip("У червні 2025 року", [2025], "survey date")
    g.skip("59203, м. Вижниця, вул. Українська, 31, каб. 4", [59203, 31, 4], "postcode, address, room")
    g.note("oblast is not stated anywhere on the page → omitted from meta")
    g.note("the page chrome (top bar with phone, menu, breadcrumbs, sidebar news with dates and a session number, footer with address) is not report content; whatever of it the reader keeps holds no facts")
    g.note("served by department: the three departments partition the 1 127 (386 + 214 + 527); each carries its service and the department as district")
    g.note("«на обслуговування взято 64 особи» → served (alt registered_new, support_started); «знято з обслуговування» → deregistered with reasons as labelled parts")
    g.note("«соціальне таксі … 112 поїздок» are trips, not counted as services_provided; the 37 persons are served with service social_taxi")
    g.note("the 61,3 тис. грн of paid services is income to the special fund → budget_received")
    g.write()

if __name__ == "__main__":
    main()
