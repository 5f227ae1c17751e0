"""b108_03: КУ «ЦНСП» Ковалівської сільської ради (Київська), H1 2025. Council web page (HTML) with
header, menu, breadcrumbs, sidebar and footer; third person. Slip: percent_mismatch."""
from common import Gold, report_path, write_text

NAME = "b108_03_kovalivka_cnsp_h1_2025.html"

ROWS = [
    ("1", "Інформування", "212", "64", "318"),
    ("2", "Консультування", "187", "59", "402"),
    ("3", "Догляд вдома", "58", "7", "5 914"),
    ("4", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "19", "6", "171"),
    ("5", "Натуральна допомога", "96", "41", "96"),
    ("6", "Соціальна адаптація", "24", "3", "88"),
]
TOTAL = ("Усього", "596", "180", "6 989")


def tr(cells, tag="td"):
    return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"


table = ('<table class="tbl" border="1">\n<thead>' + tr(("№ з/п", "Соціальна послуга", "Отримувачів, осіб",
         "з них ВПО", "Надано послуг"), "th") + "</thead>\n<tbody>\n"
         + "\n".join(tr(r) for r in ROWS) + "\n"
         + f'<tr><td colspan="2"><b>{TOTAL[0]}*</b></td><td><b>{TOTAL[1]}</b></td><td><b>{TOTAL[2]}</b></td>'
           f'<td><b>{TOTAL[3]}</b></td></tr>\n</tbody>\n</table>')

html = f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Про підсумки роботи ЦНСП за І півріччя 2025 року | Ковалівська сільська рада</title>
<link rel="stylesheet" href="/templates/gromada/css/style.css?v=3.4.1">
</head>
<body class="page-news">
<div id="top-bar"><div class="container"><span class="phone">Приймальня: (04571) 0-26-40</span>
<span class="mail">rada.kovalivka@example.ua</span><a href="/search" class="search">Пошук</a>
<a href="/version/low" class="low-vision">Версія для людей з порушенням зору</a></div></div>
<div id="header"><div class="container"><a href="/" class="logo"><img src="/images/gerb.png" alt="Герб"></a>
<div class="site-name">Ковалівська сільська рада<br><small>Білоцерківський район, Київська область</small></div></div></div>
<div id="main-menu"><ul>
<li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/rada">Рада</a></li>
<li><a href="/vykonkom">Виконком</a></li><li class="active"><a href="/social">Соціальний захист</a></li>
<li><a href="/docs">Документи</a></li><li><a href="/cnap">ЦНАП</a></li><li><a href="/contacts">Контакти</a></li>
</ul></div>
<div class="container content-wrap">
<div class="breadcrumbs"><a href="/">Головна</a> › <a href="/social">Соціальний захист</a> ›
<a href="/social/cnsp">Центр надання соціальних послуг</a> › Новини</div>
<div class="main-col">
<h1>Про підсумки роботи КУ «Центр надання соціальних послуг» Ковалівської сільської ради за І півріччя 2025 року</h1>
<div class="news-info"><span class="date">15 липня 2025, 10:42</span> | <span class="author">Відділ соціального захисту</span> | <span class="views">Переглядів: 318</span></div>
<div class="news-text">
<p>Комунальна установа «Центр надання соціальних послуг» Ковалівської сільської ради оприлюднює інформацію про
свою роботу за січень – червень 2025 року. Центр утворено рішенням сесії сільської ради від 18.02.2021 № 5-7-VIII;
він обслуговує жителів 16 населених пунктів громади.</p>
<p>За шість місяців до Центру звернулися 437 осіб (за І півріччя 2024 року – 389), з них 128 – внутрішньо
переміщені особи (29,3 %). Оцінку потреб фахівці Центру провели 73 особам. Соціальні послуги отримала
401 особа; відмовлено у наданні послуг двом особам через відсутність підстав.</p>
<h3>Надання соціальних послуг у І півріччі 2025 року</h3>
{table}
<p class="note"><i>* одна особа може отримувати кілька послуг, тому сума отримувачів за послугами більша за
кількість осіб, яким надано послуги.</i></p>
<p>Послугу догляду вдома отримували 58 осіб, із них 41 (70,7 %) – особи похилого віку, 17 (29,3 %) – особи з
інвалідністю. Вартість години догляду для платних отримувачів становить 84 грн.</p>
<p>Під соціальним супроводом перебувало 14 сімей, у яких виховується 31 дитина. У звітному періоді під супровід
взято 5 сімей, завершено супровід 4 сімей: 3 – з позитивним результатом, 1 – у зв'язку зі зміною місця
проживання. Мобільна бригада соціально-психологічної допомоги здійснила 46 виїздів до віддалених сіл.</p>
<p>Натуральну допомогу (продуктові набори, засоби гігієни, одяг) отримали 96 осіб, з них 41 внутрішньо
переміщена особа (44,8 %). Загальна вартість допомоги, отриманої від благодійних партнерів, – 127,5 тис. грн.</p>
<p>Центр провів 12 групових заходів (тренінги з батьківства, арт-терапія для дітей, клуб «Срібний вік»), якими
охоплено 214 осіб.</p>
<p>У червні в анкетуванні щодо якості послуг взяли участь 57 отримувачів; якістю послуг задоволені 91,2 %
опитаних. Штатна чисельність установи – 23 посади, працює 21 працівник.</p>
<p>Звертатися можна за адресою: с. Ковалівка, вул. Шкільна, 9, каб. 4, з 8:00 до 17:00, тел. (04571) 0-52-19.</p>
</div>
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a> <a href="#">Viber</a></div>
</div>
<div class="sidebar">
<div class="widget"><h4>Гаряча лінія ЦНСП</h4><p>(04571) 0-52-19<br>пн–пт 8:00–17:00</p></div>
<div class="widget"><h4>Громада в цифрах</h4><ul><li>Населення – 10 214 осіб</li><li>Населених пунктів – 16</li>
<li>Старостинських округів – 7</li><li>Площа – 286,4 км²</li></ul></div>
<div class="widget"><h4>Останні новини</h4><ul>
<li><a href="/news/1412">14.07.2025 Переселенцям видано 340 продуктових наборів</a></li>
<li><a href="/news/1409">11.07.2025 Засідання виконавчого комітету № 27</a></li>
<li><a href="/news/1401">08.07.2025 Оголошено конкурс на посаду соціального робітника</a></li></ul></div>
</div>
</div>
<div id="footer"><div class="container">
<p>© 2017–2025 Ковалівська сільська рада. 09160, Київська обл., Білоцерківський р-н, с. Ковалівка, вул. Центральна, 21.
Код ЄДРПОУ 04361928.</p>
<p>Усі матеріали сайту доступні за ліцензією Creative Commons Attribution 4.0.</p></div></div>
<script src="/templates/gromada/js/main.js?v=3.4.1"></script>
</body>
</html>
"""
write_text(report_path(NAME), html)

g = Gold(NAME, {"centre": "Центр надання соціальних послуг Ковалівської сільської ради", "centre_type": "cnsp",
                "settlement": "Ковалівка", "oblast": "Київська", "report_kind": "period_report",
                "period_start": "2025-01-01", "period_end": "2025-06-30", "published": "2025-07-15"},
         {"centre": ["Комунальна установа «Центр надання соціальних послуг» Ковалівської сільської ради",
                     "КУ «Центр надання соціальних послуг» Ковалівської сільської ради"]})
F = g.f
ap = F("applied", "persons", 437, "За шість місяців до Центру звернулися 437 осіб")
ap1 = F("applied", "persons", 128, "з них 128 – внутрішньо переміщені особи (29,3 %)", percent=29.3,
        category="внутрішньо переміщені особи", parent=ap)
na_ = F("needs_assessed", "persons", 73, "Оцінку потреб фахівці Центру провели 73 особам")
sv = F("served", "persons", 401, "Соціальні послуги отримала 401 особа")
SV = {"1": "informing", "2": "counselling", "3": "home_care", "4": "social_support_sjo", "5": "natural_aid",
      "6": "social_adaptation"}
tq = "Усього*\t596\t180\t6 989"
t_r = F("served", "persons", 596, tq, label="Усього (сума отримувачів за послугами)")
t_i = F("served", "persons", 180, tq, category="внутрішньо переміщені особи", label="Усього, з них ВПО")
t_s = F("services_provided", "services", 6989, tq, label="Усього")
cells = {}
for r in ROWS:
    q = "\t".join(r)
    svc = SV[r[0]]
    a = F("served", "persons", int(r[2]), q, service=svc, group="table_recipients", parent=t_r)
    b = F("served", "persons", int(r[3]), q, service=svc, category="внутрішньо переміщені особи",
          group="table_idp", parent=t_i)
    c = F("services_provided", "services", int(r[4].replace(" ", "")), q, service=svc, group="table_services",
          parent=t_s)
    cells[r[0]] = (a, b, c)
hc = F("served", "persons", 58, "Послугу догляду вдома отримували 58 осіб", service="home_care")
hc1 = F("served", "persons", 41, "із них 41 (70,7 %) – особи похилого віку", percent=70.7, service="home_care",
        category="особи похилого віку", group="home_care_58", parent=hc)
hc2 = F("served", "persons", 17, "17 (29,3 %) – особи з інвалідністю", percent=29.3, service="home_care",
        category="особи з інвалідністю", group="home_care_58", parent=hc)
ss = F("served", "families", 14, "Під соціальним супроводом перебувало 14 сімей", service="social_support_sjo",
       alt=["support_ongoing"])
ssc = F("served", "children", 31, "у яких виховується 31 дитина", service="social_support_sjo",
        alt=["support_ongoing"], parent=ss)
st_ = F("support_started", "families", 5, "під супровід взято 5 сімей", service="social_support_sjo", parent=ss)
sc = F("support_completed", "families", 4, "завершено супровід 4 сімей", service="social_support_sjo", parent=ss)
o1 = F("outcome_positive", "families", 3, "3 – з позитивним результатом", service="social_support_sjo",
       group="completed_4_by_outcome", parent=sc)
o2 = F("outcome_other", "families", 1, "1 – у зв'язку зі зміною місця проживання", service="social_support_sjo",
       label="зміна місця проживання", group="completed_4_by_outcome", parent=sc)
nat = F("served", "persons", 96, "Натуральну допомогу (продуктові набори, засоби гігієни, одяг) отримали 96 осіб",
        service="natural_aid")
nat1 = F("served", "persons", 41, "з них 41 внутрішньо переміщена особа (44,8 %)", percent=44.8, service="natural_aid",
         category="внутрішньо переміщені особи", parent=nat)
av = F("aid_value", "uah", 127500, "Загальна вартість допомоги, отриманої від благодійних партнерів, – 127,5 тис. грн",
       alt=["budget_received"], label="натуральна допомога від благодійних партнерів")
ev = F("events", "events", 12, "Центр провів 12 групових заходів")
evp = F("event_participants", "persons", 214, "якими охоплено 214 осіб", parent=ev)
rs = F("survey_respondents", "recipients", 57, "в анкетуванні щодо якості послуг взяли участь 57 отримувачів",
       unit_alt="persons")
sat = F("satisfaction", "percent", 91.2, "якістю послуг задоволені 91,2 % опитаних")
pos = F("staff_positions", "positions", 23, "Штатна чисельність установи – 23 посади")
act = F("staff_actual", "staff", 21, "працює 21 працівник")

P = lambda f: f.replace("f", "p")
g.slip("percent_mismatch", "error", "з них 41 внутрішньо переміщена особа (44,8 %)", 44.8, 42.7, [nat, nat1],
       "41 of the 96 natural-aid recipients is 42,7 %, not 44,8 % (44,8 % would be 43 of 96, so the share alone is "
       "reachable: a mismatch, not a GRIM impossibility). Table row 5 also gives 96 and 41",
       f"pct_ok({P(nat1)}, {nat1}, {nat}, 1)")
g.check("table_arithmetic", tq, "recipients: 212 + 187 + 58 + 19 + 96 + 24 = 596",
        " + ".join(cells[k][0] for k in cells) + f" == {t_r}")
g.check("table_arithmetic", tq, "ВПО: 64 + 59 + 7 + 6 + 41 + 3 = 180", " + ".join(cells[k][1] for k in cells) + f" == {t_i}")
g.check("table_arithmetic", tq, "services: 318 + 402 + 5 914 + 171 + 96 + 88 = 6 989",
        " + ".join(cells[k][2] for k in cells) + f" == {t_s}")
g.check("table_arithmetic", "3\tДогляд вдома\t58\t7\t5 914", "each row: ВПО ≤ recipients",
        " and ".join(f"{cells[k][1]} <= {cells[k][0]}" for k in cells))
g.check("percent_mismatch", "з них 128 – внутрішньо переміщені особи (29,3 %)", "128/437 = 29,29 % → 29,3",
        f"pct_ok({P(ap1)}, {ap1}, {ap}, 1)")
g.check("parts_sum", "Соціальні послуги отримала 401 особа", "401 served ≤ 437 applied; 73 assessed ≤ 437; "
        "180 ВПО in the table ≤ 596", f"{sv} <= {ap} and {na_} <= {ap} and {t_i} <= {t_r}")
g.check("parts_sum", "із них 41 (70,7 %) – особи похилого віку, 17 (29,3 %)", "41 + 17 = 58", f"{hc1} + {hc2} == {hc}")
g.check("percent_mismatch", "із них 41 (70,7 %) – особи похилого віку, 17 (29,3 %)",
        "41/58 = 70,69 % → 70,7; 17/58 = 29,31 % → 29,3", f"pct_ok({P(hc1)}, {hc1}, {hc}, 1) and pct_ok({P(hc2)}, {hc2}, {hc}, 1)")
g.check("percents_sum", "із них 41 (70,7 %) – особи похилого віку, 17 (29,3 %)", "70,7 + 29,3 = 100",
        f"psum_ok([{P(hc1)}, {P(hc2)}], 1)")
g.check("internal_conflict", "Послугу догляду вдома отримували 58 осіб", "prose = table row 3 (58); natural aid "
        "96 and its 41 ВПО = table row 5", f"{hc} == {cells['3'][0]} and {nat} == {cells['5'][0]} and {nat1} == {cells['5'][1]}")
g.check("parts_sum", "завершено супровід 4 сімей: 3 – з позитивним результатом, 1", "3 + 1 = 4; 5 taken and 4 "
        "completed ≤ 14", f"{o1} + {o2} == {sc} and {st_} <= {ss} and {sc} <= {ss}")
g.check("percent_impossible", "якістю послуг задоволені 91,2 % опитаних", "91,2 % of 57 is reachable (52/57 = 91,23 %)",
        f"grim_ok({sat}, {rs}, 1)")
g.check("parts_sum", "працює 21 працівник", "21 ≤ 23 positions", f"{act} <= {pos}")

g.skip("Приймальня: (04571) 0-26-40", [4571, 2640], "phone in the site's top bar")
g.skip("за І півріччя 2025 року", [2025], "period")
g.skip("15 липня 2025, 10:42", [15, 2025, 10, 42], "publication date and time")
g.skip("Переглядів: 318", [318], "view counter")
g.skip("рішенням сесії сільської ради від 18.02.2021 № 5-7-VIII", [18, 2, 2021, 5, 7], "decision date and number")
g.skip("жителів 16 населених пунктів громади", [16], "number of settlements")
g.skip("(за І півріччя 2024 року – 389)", [2024, 389], "prior-year figure")
g.skip("відмовлено у наданні послуг двом особам", [2], "refusals (no §3 id)")
g.skip("№ з/п", [1, 2, 3, 4, 5, 6], "row numbers")
g.skip("Вартість години догляду для платних отримувачів становить 84 грн", [84], "tariff")
g.skip("здійснила 46 виїздів", [46], "mobile team trips (no §3 id)")
g.skip("з 8:00 до 17:00, тел. (04571) 0-52-19", [8, 17, 4571, 5219], "office hours, phone")
g.skip("вул. Шкільна, 9, каб. 4", [9, 4], "address")
g.note("the page's furniture (header, menu, breadcrumbs, sidebar «Громада в цифрах», latest news, footer with "
       "ЄДРПОУ) is not in the read text except the top-bar phone line; its numbers are no facts in any case")
g.note("table: every cell is a fact quoted by its row; rows hang on the Усього cell of their column. «Усього» of "
       "recipients (596) is a sum over services (the footnote says one person may get several), so it differs "
       "from the 401 persons served; both are facts")
g.note("the «з них ВПО» column → served with category «внутрішньо переміщені особи», its own group")
g.note("«Загальна вартість допомоги, отриманої від благодійних партнерів» → aid_value (alt budget_received)")
g.note("«Під соціальним супроводом перебувало 14 сімей» → served (alt support_ongoing); the table's 19 persons in "
       "social support are a separate fact (other unit)")
g.note("published: the page's date 15 липня 2025")
g.note("oblast: stated in the site header («Білоцерківський район, Київська область»), which the reader does not "
       "print; kept in meta as the page states it")
g.write()
