"""b21_04: КУ «ЦНСП» Перечинської міської ради, information for 9 months of 2025 (HTML, windows-1251).

A council page: top bar with a phone, menu, breadcrumbs, date and view counter, sidebar with contacts and news, footer.
Figures in brackets after nouns (the city and villages), a number in words, percentages next to counts.
Planted slip: «завершено супровід 14 сімей (41,2 %)» of the 38 families is 36,8 % (41,2 % = 14/34).
"""
from common import Gold, report_path, write_text

DOC = "b21_04_perechyn_cnsp_9m2025.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Інформація про роботу ЦНСП за 9 місяців 2025 року | Перечинська міська рада</title>
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<div class="topbar">Перечинська міська рада Ужгородського району Закарпатської області &middot; тел. приймальні (03145) 0-21-33</div>
<nav class="mainmenu">
<ul>
<li><a href="/">Головна</a></li>
<li><a href="/hromada">Громада</a></li>
<li><a href="/docs">Документи</a></li>
<li><a href="/social">Соціальний захист</a></li>
<li><a href="/contacts">Контакти</a></li>
</ul>
</nav>
<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/social">Соціальний захист</a> &raquo; Звіти ЦНСП</div>
<main class="content">
<h1>Інформація про роботу КУ &laquo;Центр надання соціальних послуг&raquo; Перечинської міської ради за 9 місяців 2025 року</h1>
<p class="meta">14.10.2025 &middot; Переглядів: 312</p>
<p>За дев'ять місяців 2025 року до Центру звернулося 734 особи (за 9 місяців 2024 року &ndash; 688), з них 126 &ndash; внутрішньо переміщені особи (17,2&nbsp;%).</p>
<p>Соціальні послуги надано 658 особам, у тому числі 112 дітям, які проживають у місті Перечин (371) та в селах громади: Зарічово (96), Дубриничі (74), Сімер (63), Лікіцари (54).</p>
<p>Оцінку потреб проведено 97 сім'ям/особам. Послугою догляду вдома охоплено сто сорок дві особи, денного догляду &ndash; 27, натуральної допомоги &ndash; 211, консультування &ndash; 278 осіб. Усього надано 5&nbsp;812 соціальних послуг, що на 4,6&nbsp;% більше, ніж за аналогічний період минулого року.</p>
<p>Під соціальним супроводом перебувало 38 сімей (у них 81 дитина), з них з позитивним результатом завершено супровід 14 сімей (41,2&nbsp;%), продовжують отримувати послугу 24 сім'ї. Мобільна бригада соціально-психологічної допомоги здійснила 64 виїзди.</p>
<p>Протягом звітного періоду надійшло 23 повідомлення про сім'ї, які можуть перебувати у складних життєвих обставинах; у 17 сім'ях такі обставини підтверджено за результатами оцінки потреб.</p>
<p>За сприяння благодійних фондів отримувачам натуральної допомоги видано 486 продуктових наборів на загальну суму 243,0&nbsp;тис.&nbsp;грн.</p>
<p>Кошторисом Центру на 2025 рік затверджено 6&nbsp;482,5&nbsp;тис.&nbsp;грн, касові видатки за 9 місяців становлять 4&nbsp;731,8&nbsp;тис.&nbsp;грн (73,0&nbsp;% річного призначення), з них на оплату праці з нарахуваннями &ndash; 4&nbsp;102,4&nbsp;тис.&nbsp;грн.</p>
<p>Проведено 19 групових заходів, у яких взяли участь 286 осіб. На &laquo;гарячу лінію&raquo; Центру надійшло 153 дзвінки.</p>
<p>За результатами опитування 52 отримувачів послуг 94,2&nbsp;% задоволені якістю обслуговування. Скарг не надходило.</p>
<p>У Центрі працює 31 працівник (штат &ndash; 33 посади); у вересні два фахівці пройшли навчання з кейс-менеджменту. Середня тривалість консультації &ndash; 40 хвилин.</p>
<p>Прийом громадян: понеділок&ndash;п'ятниця з 8.00 до 17.00, перерва з 12.00 до 13.00.</p>
<p class="author">Інформацію підготувала КУ &laquo;ЦНСП&raquo;</p>
</main>
<aside class="sidebar">
<h3>Контакти ЦНСП</h3>
<p>89200, м. Перечин, вул. Ужанська, 5<br>тел. (03145) 0-22-74<br>cnsp.perechyn@example.ua</p>
<h3>Останні новини</h3>
<ul>
<li><a href="/news/1021">10.10.2025 Засідання виконавчого комітету</a></li>
<li><a href="/news/1019">08.10.2025 Графік прийому громадян</a></li>
</ul>
</aside>
<footer>
<p>&copy; 2025 Перечинська міська рада. Усі права захищено.</p>
</footer>
</body>
</html>
"""


def build():
    write_text(report_path(DOC), HTML, encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Перечинської міської ради",
        "centre_type": "cnsp", "settlement": "Перечин",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-09-30",
        "published": "2025-10-14",
    }, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Перечинської міської ради",
                            "КУ «Центр надання соціальних послуг» Перечинської міської ради"]})
    f = g.f
    ap = f("applied", "persons", 734, "до Центру звернулося 734 особи")
    idp = f("applied", "persons", 126, "з них 126 – внутрішньо переміщені особи (17,2 %)", percent=17.2,
            category="внутрішньо переміщені особи", parent=ap)
    sv = f("served", "persons", 658, "Соціальні послуги надано 658 особам")
    ch = f("served", "children", 112, "у тому числі 112 дітям", parent=sv)
    places = []
    for name, v, q in (("Перечин", 371, "у місті Перечин (371)"), ("Зарічово", 96, "Зарічово (96)"),
                       ("Дубриничі", 74, "Дубриничі (74)"), ("Сімер", 63, "Сімер (63)"),
                       ("Лікіцари", 54, "Лікіцари (54)")):
        places.append(f("served", "persons", v, q, district=name, group="served_658_by_settlement", parent=sv))
    na = f("needs_assessed", "families_persons", 97, "Оцінку потреб проведено 97 сім'ям/особам")
    hc = f("served", "persons", 142, "Послугою догляду вдома охоплено сто сорок дві особи", service="home_care",
           parent=sv)
    dc = f("served", "persons", 27, "денного догляду – 27", service="day_care", parent=sv)
    nt = f("served", "persons", 211, "натуральної допомоги – 211", service="natural_aid", parent=sv)
    cs = f("served", "persons", 278, "консультування – 278 осіб", service="counselling", parent=sv)
    f("services_provided", "services", 5812, "Усього надано 5 812 соціальних послуг")
    su = f("served", "families", 38, "Під соціальним супроводом перебувало 38 сімей", service="social_support_sjo",
           alt=["support_ongoing"])
    f("served", "children", 81, "(у них 81 дитина)", service="social_support_sjo", alt=["support_ongoing"],
      parent=su)
    po = f("outcome_positive", "families", 14, "з позитивним результатом завершено супровід 14 сімей (41,2 %)",
           percent=41.2, service="social_support_sjo", alt=["support_completed"], parent=su)
    on = f("support_ongoing", "families", 24, "продовжують отримувати послугу 24 сім'ї",
           service="social_support_sjo", parent=su)
    nf = f("notified", "families", 23, "надійшло 23 повідомлення про сім'ї")
    dc17 = f("in_difficult_circumstances", "families", 17, "у 17 сім'ях такі обставини підтверджено", parent=nf)
    f("aid_value", "uah", 243000, "на загальну суму 243,0 тис. грн", service="natural_aid",
      label="продуктові набори від благодійних фондів")
    ba = f("budget_approved", "uah", 6482500, "Кошторисом Центру на 2025 рік затверджено 6 482,5 тис. грн",
           label="кошторис на 2025 рік")
    bs = f("budget_spent", "uah", 4731800, "касові видатки за 9 місяців становлять 4 731,8 тис. грн (73,0 %",
           percent=73.0)
    bw = f("budget_spent", "uah", 4102400, "з них на оплату праці з нарахуваннями – 4 102,4 тис. грн",
           label="оплата праці з нарахуваннями", parent=bs)
    ev = f("events", "events", 19, "Проведено 19 групових заходів")
    f("event_participants", "persons", 286, "у яких взяли участь 286 осіб", parent=ev)
    f("calls", "calls", 153, "надійшло 153 дзвінки")
    rs = f("survey_respondents", "recipients", 52, "опитування 52 отримувачів послуг", unit_alt="persons")
    sat = f("satisfaction", "percent", 94.2, "94,2 % задоволені якістю обслуговування",
            label="задоволені якістю обслуговування")
    f("complaints", "complaints", 0, "Скарг не надходило.")
    sa = f("staff_actual", "staff", 31, "У Центрі працює 31 працівник")
    sp = f("staff_positions", "positions", 33, "(штат – 33 посади)")
    tr = f("staff_trained", "staff", 2, "два фахівці пройшли навчання з кейс-менеджменту")

    g.slip("percent_mismatch", "error", "з позитивним результатом завершено супровід 14 сімей (41,2 %)", 41.2, 36.8,
           [po, su], "14 of the 38 families under support: 14/38 = 36,8 %, written 41,2 % (= 14/34).",
           f"pct_ok(p{po[1:]}, {po}, {su}, 1)")
    g.check("percent_mismatch", "з них 126 – внутрішньо переміщені особи (17,2 %)", "126 / 734 = 17,17 % → 17,2",
            f"pct_ok(p{idp[1:]}, {idp}, {ap}, 1)")
    g.check("parts_sum", "у місті Перечин (371) та в селах громади", "371 + 96 + 74 + 63 + 54 = 658",
            " + ".join(places) + f" == {sv}")
    g.check("parts_sum", "Соціальні послуги надано 658 особам, у тому числі 112 дітям",
            "112 ≤ 658; each service count ≤ 658; 658 served ≤ 734 applied",
            f"{ch} <= {sv} and max({hc}, {dc}, {nt}, {cs}) <= {sv} and {sv} <= {ap}")
    g.check("parts_sum", "продовжують отримувати послугу 24 сім'ї", "14 completed + 24 continuing = 38",
            f"{po} + {on} == {su}")
    g.check("percent_mismatch", "касові видатки за 9 місяців становлять 4 731,8 тис. грн (73,0 %",
            "4 731,8 / 6 482,5 = 72,99 % → 73,0; 4 102,4 ≤ 4 731,8; 17 ≤ 23",
            f"pct_ok(p{bs[1:]}, {bs}, {ba}, 1) and {bw} <= {bs} and {dc17} <= {nf}")
    g.check("percent_impossible", "94,2 % задоволені якістю обслуговування", "49 of 52 = 94,23 % → 94,2",
            f"grim_ok({sat}, {rs}, 1)")
    g.check("parts_sum", "У Центрі працює 31 працівник (штат – 33 посади)", "31 ≤ 33; 2 trained ≤ 31",
            f"{sa} <= {sp} and {tr} <= {sa}")

    g.skip("видано 486 продуктових наборів", [486], "items (набори)")
    g.skip("14.10.2025 · Переглядів: 312", [14, 10, 2025, 312], "publication date and view counter")
    g.skip("(за 9 місяців 2024 року – 688)", [9, 2024, 688], "prior-year figure")
    g.skip("що на 4,6 % більше, ніж за аналогічний період минулого року", [4.6], "growth rate")
    g.skip("Мобільна бригада соціально-психологічної допомоги здійснила 64 виїзди.", [64],
           "mobile-team call-outs; no §3 id")
    g.skip("Середня тривалість консультації – 40 хвилин.", [40], "duration")
    g.skip("з 8.00 до 17.00, перерва з 12.00 до 13.00", [8, 17, 12, 13], "office hours")
    g.skip("за 9 місяців 2025 року", [9, 2025], "period in the title")

    g.note("the top bar, menu, breadcrumbs, sidebar (contacts, news) and footer are page furniture; the reader "
           "prints only the <main> part, so their phones and dates are not in the read text")
    g.note("oblast: «Закарпатської області» is written only in the top bar, which the reader does not print → "
           "omitted from meta (Перечин is in Закарпатська oblast)")
    g.note("the city and four villages in brackets after the names are a partition of the 658 served (group); the "
           "four service counts overlap and only hang on 658 (parent)")
    g.note("«сто сорок дві особи» is a number in words and a fact (142); «два фахівці» likewise (2)")
    g.note("«з позитивним результатом завершено супровід 14 сімей» → outcome_positive (alt support_completed)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
