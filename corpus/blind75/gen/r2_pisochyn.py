"""b75_02: КУ «ЦНСП» Пісочинської селищної ради (Харківська), report for H1 2025.
Council-site HTML page in windows-1251 (header, menu, breadcrumbs, meta line, sidebar, footer);
the article is in the first person plural."""
from common import Gold, write_text, report_path

DOC = "b75_02_pisochyn_cnsp_h1_2025.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Звіт ЦНСП за І півріччя 2025 року | Пісочинська селищна рада</title>
<link rel="stylesheet" href="/templates/gromada/css/style.css?v=3.12">
<script>var _paq = window._paq || []; _paq.push(['setSiteId', '27']);</script>
</head>
<body class="page-news">
<div id="topbar"><span class="phone">Приймальня: (057) 0-41-18-30</span> <span class="mail">rada@pisochyn.example.ua</span> <a href="/eng">EN</a></div>
<header id="header">
 <div class="logo"><img src="/images/gerb.png" alt="Герб"><span>Пісочинська селищна рада</span><small>Харківського району Харківської області</small></div>
 <nav id="mainmenu"><ul>
  <li><a href="/">Головна</a></li><li><a href="/gromada">Громада</a></li><li><a href="/rada">Селищна рада</a></li>
  <li><a href="/vykonkom">Виконком</a></li><li class="active"><a href="/soc">Соціальний захист</a></li>
  <li><a href="/docs">Документи</a></li><li><a href="/contacts">Контакти</a></li></ul></nav>
</header>
<div id="wrapper">
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/soc">Соціальний захист</a> » <a href="/soc/cnsp">ЦНСП</a> » Звіт за І півріччя 2025 року</div>
<div id="content">
<article class="news-item">
<h1>Звіт про роботу КУ «Центр надання соціальних послуг» Пісочинської селищної ради за І півріччя 2025 року</h1>
<div class="news-meta"><span class="date">15.07.2025 10:42</span> | <span class="cat">ЦНСП</span> | <span class="views">Переглядів: 1284</span></div>
<div class="news-text">
<p>Шановні мешканці громади! Ділимося підсумками роботи нашого Центру за перше півріччя 2025 року.</p>
<p>За шість місяців до нас звернулися 1 046 мешканців громади, з них 412 – внутрішньо переміщені особи. Порівняно з І півріччям 2024 року кількість звернень зросла на 17 % (тоді звернулося 894 особи). Ми опрацювали 389 письмових заяв про надання соціальних послуг; за 27 заявами ухвалено рішення про відмову, переважно через те, що заявник не належить до громади.</p>
<p>Оцінку індивідуальних потреб ми провели для 301 особи та 58 сімей. Соціальні послуги отримали 983 особи. Найчастіше люди зверталися по такі послуги:</p>
<ul>
<li>інформування – 611 осіб;</li>
<li>консультування – 548 осіб;</li>
<li>натуральна допомога – 290 осіб;</li>
<li>догляд вдома – 127 осіб;</li>
<li>соціальна адаптація – 64 особи.</li>
</ul>
<p>Загалом фахівці надали 6 912 соціальних послуг.</p>
<h2>Робота з сім'ями</h2>
<p>Під соціальним супроводом у півріччі перебувала 41 сім'я, в яких виховується 89 дітей. Упродовж звітного періоду ми взяли під супровід 14 сімей, а завершили супровід 11 сім'ям: 8 із них подолали складні життєві обставини, 3 – переїхали до іншої громади. Соціальний супровід прийомних сімей отримують 4 сім'ї, у яких виховується 17 дітей.</p>
<p>На «гарячу лінію» Центру надійшло 263 дзвінки. Ми провели 22 групові заходи для дітей і батьків (тренінги, арт-терапія, батьківські клуби), в яких взяли участь 315 осіб.</p>
<p>Мобільна бригада здійснила 48 виїздів до 11 старостинських округів. Завдяки партнерам – благодійним фондам – ми передали 640 продуктових та 120 гігієнічних наборів, які отримали 312 сімей ВПО.</p>
<h2>Команда та якість</h2>
<p>У Центрі за штатом 36 посад, фактично працює 33 фахівці, 3 посади вакантні. Семеро наших працівників пройшли навчання з кейс-менеджменту (72 години).</p>
<p>У червні ми опитали 120 отримувачів послуг: 87,5 % повністю задоволені якістю послуг, 10,8 % – частково задоволені, 1,7 % – не задоволені. Надійшла 1 скарга – на запізнення соціального робітника, її розглянуто, факт підтвердився частково.</p>
<p>У ІІ півріччі плануємо відкрити відділення денного догляду на 15 місць.</p>
<p>Звертайтеся: смт Пісочин, вул. Набережна, 5, каб. 104, тел. (057) 0-41-18-35, пн–пт з 8:00 до 17:00.</p>
</div>
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</article>
</div>
<aside id="sidebar">
 <div class="widget"><h3>Останні новини</h3><ul>
  <li><span>18.07.2025</span> <a href="/news/2291">Сесія селищної ради: 14 питань порядку денного</a></li>
  <li><span>16.07.2025</span> <a href="/news/2289">Графік прийому громадян у серпні</a></li>
  <li><span>11.07.2025</span> <a href="/news/2284">Допомога на оздоровлення дітей: 35 путівок</a></li></ul></div>
 <div class="widget"><h3>Контакти ЦНСП</h3><p>62416, Харківська обл., Харківський р-н, смт Пісочин, вул. Набережна, 5<br>тел. (057) 0-41-18-35<br>код ЄДРПОУ 44127093</p></div>
</aside>
</div>
<footer id="footer"><p>© 2017–2025 Пісочинська селищна рада. Усі права захищені.</p><p>62416, смт Пісочин, вул. Морозова, 6 | тел. (057) 0-41-18-30</p><p>Розробка сайту: веб-студія «Громада-Веб»</p></footer>
</body>
</html>
"""


def build():
    write_text(report_path(DOC), HTML, encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Пісочинської селищної ради",
        "centre_type": "cnsp", "settlement": "Пісочин", "oblast": "Харківська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
        "published": "2025-07-15"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Пісочинської селищної ради",
                    "КУ «Центр надання соціальних послуг» Пісочинської селищної ради"],
         "oblast": [""]})
    f = g.f
    ap = f("applied", "persons", 1046, "до нас звернулися 1 046 мешканців громади")
    apidp = f("applied", "persons", 412, "з них 412 – внутрішньо переміщені особи",
              category="внутрішньо переміщені особи", parent=ap)
    apl = f("applied", "applications", 389, "Ми опрацювали 389 письмових заяв про надання соціальних послуг")
    na1 = f("needs_assessed", "persons", 301, "Оцінку індивідуальних потреб ми провели для 301 особи")
    na2 = f("needs_assessed", "families", 58, "301 особи та 58 сімей")
    srv = f("served", "persons", 983, "Соціальні послуги отримали 983 особи")
    svc = []
    for val, sid, q in ((611, "informing", "інформування – 611 осіб;"),
                        (548, "counselling", "консультування – 548 осіб;"),
                        (290, "natural_aid", "натуральна допомога – 290 осіб;"),
                        (127, "home_care", "догляд вдома – 127 осіб;"),
                        (64, "social_adaptation", "соціальна адаптація – 64 особи.")):
        svc.append(f("served", "persons", val, q, service=sid, parent=srv))
    sp = f("services_provided", "services", 6912, "Загалом фахівці надали 6 912 соціальних послуг")
    sup = f("served", "families", 41, "Під соціальним супроводом у півріччі перебувала 41 сім'я",
            service="social_support_sjo", alt=["support_ongoing"])
    supc = f("served", "children", 89, "41 сім'я, в яких виховується 89 дітей", service="social_support_sjo",
             alt=["support_ongoing"], parent=sup)
    st = f("support_started", "families", 14, "ми взяли під супровід 14 сімей", service="social_support_sjo",
           parent=sup)
    cm = f("support_completed", "families", 11, "завершили супровід 11 сім'ям", service="social_support_sjo",
           parent=sup)
    pos = f("outcome_positive", "families", 8, "8 із них подолали складні життєві обставини",
            service="social_support_sjo", group="completed_11_by_result", parent=cm)
    oth = f("outcome_other", "families", 3, "3 – переїхали до іншої громади", service="social_support_sjo",
            label="переїхали до іншої громади", group="completed_11_by_result", parent=cm)
    fo = f("served", "families", 4, "Соціальний супровід прийомних сімей отримують 4 сім'ї",
           service="social_support_foster", alt=["support_ongoing"])
    foc = f("served", "children", 17, "4 сім'ї, у яких виховується 17 дітей", service="social_support_foster",
            alt=["support_ongoing"], parent=fo)
    f("calls", "calls", 263, "На «гарячу лінію» Центру надійшло 263 дзвінки")
    ev = f("events", "events", 22, "Ми провели 22 групові заходи для дітей і батьків")
    f("event_participants", "persons", 315, "в яких взяли участь 315 осіб", parent=ev)
    f("served", "families", 312, "які отримали 312 сімей ВПО", service="natural_aid",
      category="внутрішньо переміщені особи", label="продуктові та гігієнічні набори від благодійних фондів")
    sp_ = f("staff_positions", "positions", 36, "У Центрі за штатом 36 посад")
    sa = f("staff_actual", "staff", 33, "фактично працює 33 фахівці")
    f("staff_trained", "staff", 7, "Семеро наших працівників пройшли навчання з кейс-менеджменту",
      note="number in words («Семеро»)")
    sv = f("survey_respondents", "recipients", 120, "У червні ми опитали 120 отримувачів послуг", unit_alt="persons")
    s1 = f("satisfaction", "percent", 87.5, "87,5 % повністю задоволені якістю послуг", alt=["share"],
           label="повністю задоволені якістю послуг")
    s2 = f("share", "percent", 10.8, "10,8 % – частково задоволені", alt=["satisfaction"],
           label="частково задоволені якістю послуг")
    s3 = f("share", "percent", 1.7, "1,7 % – не задоволені", label="не задоволені якістю послуг")
    f("complaints", "complaints", 1, "Надійшла 1 скарга")

    g.check("parts_sum", "з них 412 – внутрішньо переміщені особи", "412 IDPs ≤ 1 046 applied; 983 served ≤ 1 046",
            f"{apidp} <= {ap} and {srv} <= {ap}")
    g.check("parts_sum", "Найчастіше люди зверталися по такі послуги:",
            "overlapping services (one person may get several): each ≤ 983, not a partition",
            " and ".join(f"{x} <= {srv}" for x in svc))
    g.check("parts_sum", "завершили супровід 11 сім'ям: 8 із них подолали складні життєві обставини, 3 – переїхали до іншої громади",
            "8 + 3 = 11", f"{pos} + {oth} == {cm}")
    g.check("parts_sum", "ми взяли під супровід 14 сімей", "14 taken and 11 completed ≤ 41 under support",
            f"{st} <= {sup} and {cm} <= {sup}")
    g.check("parts_sum", "фактично працює 33 фахівці, 3 посади вакантні", "36 − 33 = 3 vacancies (literal)",
            f"{sp_} - {sa} == 3")
    g.check("percents_sum", "87,5 % повністю задоволені якістю послуг, 10,8 % – частково задоволені, 1,7 % – не задоволені",
            "87,5 + 10,8 + 1,7 = 100", f"psum_ok([{s1}, {s2}, {s3}], 1)")
    g.check("percent_impossible", "У червні ми опитали 120 отримувачів послуг",
            "105, 13 and 2 of 120 give 87,5 / 10,8 / 1,7 %",
            f"grim_ok({s1}, {sv}, 1) and grim_ok({s2}, {sv}, 1) and grim_ok({s3}, {sv}, 1)")
    g.check("percent_mismatch", "кількість звернень зросла на 17 % (тоді звернулося 894 особи)",
            "(1 046 − 894) / 894 = 17,0 % (894 is a skipped prior-year literal)", f"pct_ok(17, {ap} - 894, 894, 0)")

    g.skip("15.07.2025 10:42 | ЦНСП | Переглядів: 1284", [15, 7, 2025, 10, 42, 1284],
           "publication date/time (meta published), view counter")
    g.skip("за І півріччя 2025 року", [1, 2025], "report period (meta)")
    g.skip("за перше півріччя 2025 року", [2025], "report period")
    g.skip("За шість місяців", [6], "period length in words")
    g.skip("Порівняно з І півріччям 2024 року кількість звернень зросла на 17 % (тоді звернулося 894 особи)",
           [2024, 17, 894], "prior-period comparison and difference")
    g.skip("за 27 заявами ухвалено рішення про відмову", [27], "refusals (no §3 id)")
    g.skip("Мобільна бригада здійснила 48 виїздів до 11 старостинських округів", [48, 11],
           "trips (no §3 id), count of starosta districts")
    g.skip("ми передали 640 продуктових та 120 гігієнічних наборів", [640, 120], "items handed out")
    g.skip("3 посади вакантні", [3], "vacancies (no §3 id; used as a literal in a check)")
    g.skip("(72 години)", [72], "duration")
    g.skip("У ІІ півріччі плануємо відкрити відділення денного догляду на 15 місць.", [2, 15], "plan, capacity")
    g.skip("смт Пісочин, вул. Набережна, 5, каб. 104, тел. (057) 0-41-18-35, пн–пт з 8:00 до 17:00",
           [5, 104, 57, 411835, 8, 17], "address, office, phone, office hours")

    g.note("the reader drops the top bar, menu, breadcrumbs, sidebar (news, contacts with ЄДРПОУ 44127093) and footer; only the article and its date/views line remain")
    g.note("published = the article date 15.07.2025 in the meta line")
    g.note("the oblast is named only in the page furniture (header, sidebar), which the reader drops; meta_alt allows an empty oblast")
    g.note("the five services after «Найчастіше люди зверталися по такі послуги» overlap (611 + 548 + … > 983): parent only, no group")
    g.note("«завершили супровід 11 сім'ям: 8 … подолали СЖО, 3 – переїхали» → support_completed with outcome_positive and outcome_other parts")
    g.note("312 families of IDPs who received food/hygiene sets → served natural_aid (families)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
