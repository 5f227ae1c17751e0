"""b15_03: КУ «Центр надання соціальних послуг» Золочівської міської ради (Львівська), 2024.

Ordinary annual report published as a news item on the council's website: HTML in
windows-1251 with a header, menu, breadcrumbs, a «views» line, a sidebar of other news and
a footer. A bulleted list of services with the number of recipients and an «Усього» line.
Planted: parts_sum (the list gives 2 328, «Усього» says 2 318; each person is counted once).
"""
from common import Gold, report_path, write_text

DOC = "b15_03_zolochiv_cnsp_2024.html"
CENTRE = "Комунальна установа «Центр надання соціальних послуг» Золочівської міської ради"

SERVICES = [  # (service id, text of the item, value)
    ("home_care", "догляд вдома – 286 осіб;", 286),
    ("day_care", "денний догляд – 64 особи;", 64),
    ("social_adaptation", "соціальна адаптація – 71 особа;", 71),
    ("counselling", "консультування – 854 особи;", 854),
    ("informing", "інформування – 512 осіб;", 512),
    ("natural_aid", "натуральна допомога – 297 осіб;", 297),
    ("representation", "представництво інтересів – 38 осіб;", 38),
    ("social_taxi", "транспортна послуга «соціальне таксі» – 96 осіб;", 96),
    ("crisis_intervention", "екстрене (кризове) втручання – 27 осіб;", 27),
    ("social_support_sjo", "соціальний супровід сімей (осіб), які перебувають у складних життєвих "
                           "обставинах, – 83 особи.", 83),
]
TOTAL_WRITTEN = 2318
assert sum(v for _, _, v in SERVICES) == 2328

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Звіт про роботу КУ «ЦНСП» за 2024 рік | Золочівська міська рада</title>
<link rel="stylesheet" href="/templates/zolochiv/css/style.css">
</head>
<body>
<div id="header">
  <div class="logo"><a href="/">Золочівська міська рада</a><span>Львівська область</span></div>
  <div class="contacts-top">Приймальня: (03265) 0-41-18 | Пн–Пт 8:00–17:00</div>
</div>
<ul id="mainmenu" class="menu">
  <li><a href="/">Головна</a></li>
  <li><a href="/hromada">Громада</a></li>
  <li><a href="/vlada">Влада</a></li>
  <li><a href="/docs">Документи</a></li>
  <li><a href="/social">Соціальний захист</a></li>
  <li><a href="/news">Новини</a></li>
  <li><a href="/contacts">Контакти</a></li>
</ul>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/social">Соціальний захист</a> » Звіт ЦНСП за 2024 рік</div>
<table class="layout" width="100%"><tr>
<td class="content" valign="top">
<div class="item-page">
<h1>Звіт про роботу КУ «Центр надання соціальних послуг» за 2024 рік</h1>
<div class="article-info">Опубліковано: 14.02.2025 | Категорія: Соціальний захист | Переглядів: 1482</div>
<p>Комунальна установа «Центр надання соціальних послуг» Золочівської міської ради (далі – Центр) утворена рішенням Золочівської міської ради від 24.12.2020 № 45 і надає соціальні послуги мешканцям громади, у якій проживає понад 41 тисяча осіб. Код ЄДРПОУ 44182675.</p>
<p>Протягом 2024 року Центр надавав 10 видів соціальних послуг. Кількість отримувачів за видами послуг (кожного отримувача враховано один раз – за основною послугою):</p>
<ul>
{items}
</ul>
<p><b>Усього – 2&nbsp;318 осіб</b> (у 2023 році – 2&nbsp;106 осіб).</p>
<h2>Соціальний супровід сімей</h2>
<p>Під соціальним супроводом протягом року перебувало 58 сімей, у яких виховується 97 дітей. Взято під соціальний супровід 31 сім’ю, завершено надання послуги 27 сім’ям, з них з позитивним результатом – 19 сім’ям.</p>
<h2>Гаряча лінія та мобільна бригада</h2>
<p>На «гарячу лінію» Центру надійшло 1&nbsp;207 дзвінків, з них 463 – від внутрішньо переміщених осіб. Мобільна бригада соціально-психологічної допомоги здійснила 146 виїздів до осіб, які постраждали від домашнього насильства.</p>
<h2>Кадри та фінансування</h2>
<p>Штатним розписом передбачено 56 посад, фактично працює 52 працівники, з них 31 соціальний робітник і 7 фахівців із соціальної роботи. Вартість однієї години догляду вдома – 71,20 грн.</p>
<p>Кошторисні призначення загального фонду на 2024 рік – 8&nbsp;412,6 тис. грн, касові видатки – 8&nbsp;296,3 тис. грн (98,6 %). Від надання платних соціальних послуг до спеціального фонду надійшло 184,2 тис. грн.</p>
<p>Скарг від отримувачів соціальних послуг у 2024 році не надходило.</p>
<p>Звертайтеся: м. Золочів, вул. Шашкевича, 7, каб. 3; тел. (03265) 0-44-90.</p>
</div>
</td>
<td class="sidebar" valign="top" width="260">
<div class="module"><h3>Останні новини</h3>
<ul>
<li><a href="/news/3121">Сесія міської ради 27.02.2025</a></li>
<li><a href="/news/3118">Графік прийому громадян на березень</a></li>
<li><a href="/news/3109">Виплата допомоги 6 500 грн ВПО: роз’яснення</a></li>
</ul></div>
<div class="module"><h3>Опитування</h3><p>Чи задоволені ви роботою ЦНСП? Так – 64 %, Ні – 36 %</p></div>
</td>
</tr></table>
<div id="footer">
<p>© 2016–2025 Золочівська міська рада. 80700, Львівська обл., м. Золочів, вул. Шевченка, 1.</p>
<p>Тел. (03265) 0-41-18, e-mail: rada@zolochiv.example.ua</p>
<p>Відвідувачів сьогодні: 318</p>
</div>
</body>
</html>
"""


def build():
    items = "\n".join(f"<li>{t}</li>" for _, t, _ in SERVICES)
    write_text(report_path(DOC), HTML.replace("{items}", items), encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(DOC, {
        "centre": CENTRE, "centre_type": "cnsp", "settlement": "Золочів", "oblast": "Львівська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
        "published": "2025-02-14",
    }, meta_alt={"centre": ["Центр надання соціальних послуг Золочівської міської ради"]})
    f = g.f
    tot = f("served", "persons", TOTAL_WRITTEN, "Усього – 2 318 осіб")
    parts = [f("served", "persons", v, t.rstrip(";."), service=s, group="served_2318_by_service",
               parent=tot) for s, t, v in SERVICES]
    sup = f("served", "families", 58, "Під соціальним супроводом протягом року перебувало 58 сімей",
            service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 97, "у яких виховується 97 дітей", service="social_support_sjo",
      alt=["support_ongoing"], parent=sup)
    st = f("support_started", "families", 31, "Взято під соціальний супровід 31 сім'ю",
           service="social_support_sjo")
    comp = f("support_completed", "families", 27, "завершено надання послуги 27 сім'ям",
             service="social_support_sjo")
    pos_ = f("outcome_positive", "families", 19, "з них з позитивним результатом – 19 сім'ям",
             service="social_support_sjo", parent=comp)
    calls = f("calls", "calls", 1207, "надійшло 1 207 дзвінків", label="гаряча лінія")
    vpo = f("calls", "calls", 463, "з них 463 – від внутрішньо переміщених осіб",
            category="внутрішньо переміщені особи", parent=calls)
    pos = f("staff_positions", "positions", 56, "Штатним розписом передбачено 56 посад")
    act = f("staff_actual", "staff", 52, "фактично працює 52 працівники")
    f("staff_actual", "staff", 31, "з них 31 соціальний робітник", label="соціальні робітники", parent=act)
    f("staff_actual", "staff", 7, "7 фахівців із соціальної роботи", label="фахівці із соціальної роботи",
      parent=act)
    ba = f("budget_approved", "uah", 8412600, "Кошторисні призначення загального фонду на 2024 рік – 8 412,6 тис. грн",
           label="загальний фонд")
    bs = f("budget_spent", "uah", 8296300, "касові видатки – 8 296,3 тис. грн (98,6 %)", percent=98.6,
           label="загальний фонд")
    f("budget_received", "uah", 184200, "до спеціального фонду надійшло 184,2 тис. грн",
      label="спеціальний фонд, платні послуги")
    f("complaints", "complaints", 0, "Скарг від отримувачів соціальних послуг у 2024 році не надходило")

    g.slip("parts_sum", "error", "Усього – 2 318 осіб", TOTAL_WRITTEN, 2328, [tot] + parts,
           "286 + 64 + 71 + 854 + 512 + 297 + 38 + 96 + 27 + 83 = 2 328, 10 more than the 2 318 "
           "stated. The text says each recipient is counted once (by the main service), so the list "
           "is a partition and overlap cannot explain the excess.",
           {"kind": "sum", "parts": parts, "total": tot})
    g.check("parts_sum", "завершено надання послуги 27 сім'ям", "19 positive ≤ 27 completed; 27 ≤ 58 under support",
            {"kind": "le", "a": pos_, "b": comp})
    g.check("parts_sum", "Взято під соціальний супровід 31 сім'ю", "31 taken on ≤ 58 under support",
            {"kind": "le", "a": st, "b": sup})
    g.check("parts_sum", "з них 463 – від внутрішньо переміщених осіб", "463 ≤ 1 207 calls",
            {"kind": "le", "a": vpo, "b": calls})
    g.check("parts_sum", "з них 31 соціальний робітник і 7 фахівців", "31 + 7 = 38 ≤ 52 staff ≤ 56 positions",
            {"kind": "le", "a": act, "b": pos})
    g.check("percent_mismatch", "касові видатки – 8 296,3 тис. грн (98,6 %)", "8 296,3 / 8 412,6 = 98.62 % → 98,6",
            {"kind": "pct", "k": bs, "n": ba, "p": f"{bs}.percent", "decimals": 1})

    g.skip("Опубліковано: 14.02.2025", [14, 2, 2025], "publication date (meta published)")
    g.skip("Переглядів: 1482", [1482], "view counter")
    g.skip("від 24.12.2020 № 45", [24, 12, 2020, 45], "decision date and number")
    g.skip("понад 41 тисяча осіб", [41000], "population of the hromada")
    g.skip("Код ЄДРПОУ 44182675", [44182675], "ЄДРПОУ code")
    g.skip("Центр надавав 10 видів соціальних послуг", [10], "number of kinds of service, not a count of people")
    g.skip("(у 2023 році – 2 106 осіб)", [2023, 2106], "prior-year figure")
    g.skip("здійснила 146 виїздів", [146], "call-outs of the mobile team; no §3 id")
    g.skip("Вартість однієї години догляду вдома – 71,20 грн", [71.2], "price per hour (tariff)")
    g.skip("вул. Шашкевича, 7, каб. 3; тел. (03265) 0-44-90", [7, 3, 3265, 4490], "address, room, phone")

    g.note("page furniture (header phone and office hours, menu, breadcrumbs, sidebar with a poll "
           "«Так – 64 %, Ні – 36 %» and a «6 500 грн» headline, footer with postcode, phone and a visitor "
           "counter) is not the report; `zvitparse read` drops most of it. None of it is a fact; the "
           "pieces that remain in the read text are listed under skipped")
    g.note("the services list counts persons (each once, by main service) → served persons with service "
           "and group served_2318_by_service; «соціальне таксі» → social_taxi")
    g.note("«перебувало 58 сімей» → served (alt support_ongoing)")
    g.note("budget in тис. грн → hryvnias; the 98,6 % is the percent of the cash-expenditure fact")
    g.write()


if __name__ == "__main__":
    build()
    gold()
