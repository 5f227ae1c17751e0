"""b28_03: ЦСС Іршавської міської ради (Закарпатська), news-style information for 9 months 2025 on the council site.
windows-1251 HTML with header, menu, breadcrumbs, sidebar and footer (their numbers are not facts)."""
from common import Gold, report_path, write_text

NAME = "b28_03_irshava_css_9m2025.html"

MAIN = [
    "Протягом січня – вересня 2025 року до Центру соціальних служб Іршавської міської ради надійшли повідомлення про 146 сімей, які можуть перебувати у складних життєвих обставинах. За результатами оцінки потреб (її проведено 139 сім'ям) складні життєві обставини виявлено у 88 сімей, що становить 63,3 % від оцінених.",
    "Серед причин найчастіше трапляються ухиляння батьків від виконання батьківських обов'язків (41 сім'я), складні умови проживання, спричинені війною (23), та інвалідність одного з членів сім'ї (14).",
    "Соціальний супровід надавався 57 сім'ям, у яких виховуються 124 дитини. Із них 36 сімей фахівці взяли під супровід у звітному періоді, решта 21 – продовжували отримувати послугу з 2024 року.",
    "Супровід завершено щодо 29 сімей: у 22 сім'ях складні життєві обставини подолано, у 4 – мінімізовано, ще 3 сім'ї вибули за межі громади.",
    "Крім того, Центр здійснює соціальне супроводження 6 прийомних сімей та 2 дитячих будинків сімейного типу, де виховуються 27 дітей.",
    "Послугу консультування отримали 318 осіб, інформування – 1 204 особи, представництво інтересів – 12 осіб. Кризове та екстрене втручання здійснено у 9 сім'ях. Зі статусом внутрішньо переміщених осіб до Центру звернулися 97 сімей.",
    "Для батьків проведено 14 тренінгів і групових занять, ними охоплено 186 учасників. На «гарячу лінію» Центру надійшло 73 дзвінки.",
    "Окрему увагу фахівці приділяють родинам військовослужбовців: психологічну підтримку в Центрі отримали 43 дружини та матері загиблих і зниклих безвісти захисників. «Ми намагаємося працювати на випередження і приходимо в сім'ю раніше, ніж криза стане незворотною», – зазначила директорка Центру.",
    "Кадрове забезпечення: із 20 штатних посад зайнято 17, тобто Центр укомплектовано на 85 %.",
    "До кінця року заплановано взяти під супровід ще 10 сімей і провести 5 батьківських шкіл. Телефон Центру: (04144) 0-25-17.",
    "Звернутися до фахівців можна за адресою: м. Іршава, вул. Шевченка, 12, з понеділка по п'ятницю з 8:00 до 17:00.",
]

HTML_HEAD = """<!DOCTYPE html>
<html lang="uk"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Центр соціальних служб: підсумки дев'яти місяців 2025 року | Іршавська міська рада</title></head>
<body>
<header class="site-header"><div class="top">Іршавська міська рада Закарпатської області · 90100, м. Іршава, пл. Народна, 1 · тел. (04144) 0-21-30 · ЄДРПОУ 04053287</div>
<nav class="menu"><ul><li><a href="/">Головна</a></li><li><a href="/rada">Рада</a></li><li><a href="/vykonkom">Виконком</a></li><li><a href="/sesii">Сесії (47-ма сесія VIII скликання)</a></li><li><a href="/news">Новини</a></li><li><a href="/contacts">Контакти</a></li></ul></nav></header>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/news">Новини</a> » <a href="/news/social">Соціальний захист</a></div>
<main><article>
<h1>Центр соціальних служб: підсумки роботи за дев'ять місяців 2025 року</h1>
<p class="meta">14.10.2025 | Соціальний захист | Переглядів: 203</p>
"""

HTML_TAIL = """</article></main>
<aside class="sidebar"><h3>Останні новини</h3><ul><li>12.10.2025 Грантова програма «Власна справа»: 250 тис. грн для 4 ветеранів</li><li>10.10.2025 Графік прийому громадян на 2025 рік</li><li>08.10.2025 Сесія міської ради: 31 рішення</li></ul><h3>Контакти</h3><p>Приймальня: (04144) 0-21-31</p></aside>
<footer><p>© 2016–2025 Іршавська міська рада. Усі права захищено. Відвідувачів онлайн: 12</p></footer>
</body></html>
"""


def build():
    body = "".join(f"<p>{p}</p>\n" for p in MAIN)
    write_text(report_path(NAME), HTML_HEAD + body + HTML_TAIL, encoding="cp1251")


def gold():
    g = Gold(NAME, {
        "centre": "Центр соціальних служб Іршавської міської ради", "centre_type": "css", "settlement": "Іршава",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-09-30",
        "published": "2025-10-14"},
        {"report_kind": ["other"]})
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    no = f("notified", "families", 146, "надійшли повідомлення про 146 сімей")
    na = f("needs_assessed", "families", 139, "її проведено 139 сім'ям")
    sjo = f("in_difficult_circumstances", "families", 88, "складні життєві обставини виявлено у 88 сімей, що становить 63,3 % від оцінених",
            percent=63.3)
    f("in_difficult_circumstances", "families", 41, "ухиляння батьків від виконання батьківських обов'язків (41 сім'я)",
      label="ухиляння батьків від виконання батьківських обов'язків", parent=sjo)
    f("in_difficult_circumstances", "families", 23, "складні умови проживання, спричинені війною (23)",
      label="складні умови проживання, спричинені війною", parent=sjo)
    f("in_difficult_circumstances", "families", 14, "інвалідність одного з членів сім'ї (14)",
      label="інвалідність одного з членів сім'ї", parent=sjo)
    sup = f("served", "families", 57, "Соціальний супровід надавався 57 сім'ям", service="social_support_sjo",
            alt=["support_ongoing"])
    f("served", "children", 124, "у яких виховуються 124 дитини", service="social_support_sjo", alt=["support_ongoing"],
      parent=sup)
    st = f("support_started", "families", 36, "Із них 36 сімей фахівці взяли під супровід у звітному періоді",
           service="social_support_sjo", group="support_57_by_start", parent=sup)
    cont = f("served", "families", 21, "решта 21 – продовжували отримувати послугу з 2024 року", service="social_support_sjo",
             alt=["support_ongoing"], label="продовжували з 2024 року", group="support_57_by_start", parent=sup)
    cm = f("support_completed", "families", 29, "Супровід завершено щодо 29 сімей", service="social_support_sjo", parent=sup)
    o1 = f("outcome_positive", "families", 22, "у 22 сім'ях складні життєві обставини подолано", service="social_support_sjo",
           group="completed_29_by_outcome", parent=cm)
    o2 = f("outcome_minimized", "families", 4, "у 4 – мінімізовано", service="social_support_sjo",
           group="completed_29_by_outcome", parent=cm)
    o3 = f("outcome_other", "families", 3, "ще 3 сім'ї вибули за межі громади", label="вибули за межі громади",
           service="social_support_sjo", group="completed_29_by_outcome", parent=cm)
    f("served", "families", 6, "соціальне супроводження 6 прийомних сімей", service="social_support_foster",
      label="прийомні сім'ї")
    f("served", "families", 2, "2 дитячих будинків сімейного типу", service="social_support_foster",
      label="дитячі будинки сімейного типу")
    f("served", "children", 27, "де виховуються 27 дітей", service="social_support_foster")
    f("served", "persons", 318, "Послугу консультування отримали 318 осіб", service="counselling")
    f("served", "persons", 1204, "інформування – 1 204 особи", service="informing")
    f("served", "persons", 12, "представництво інтересів – 12 осіб", service="representation")
    f("served", "families", 9, "Кризове та екстрене втручання здійснено у 9 сім'ях", service="crisis_intervention")
    f("applied", "families", 97, "Зі статусом внутрішньо переміщених осіб до Центру звернулися 97 сімей",
      category="внутрішньо переміщені особи")
    f("served", "persons", 43, "психологічну підтримку в Центрі отримали 43 дружини та матері загиблих і зниклих безвісти захисників",
      category="дружини та матері загиблих і зниклих безвісти захисників", note="no service id fits «психологічна підтримка»; served without service")
    ev = f("events", "events", 14, "Для батьків проведено 14 тренінгів і групових занять")
    f("event_participants", "persons", 186, "ними охоплено 186 учасників", parent=ev)
    f("calls", "calls", 73, "На «гарячу лінію» Центру надійшло 73 дзвінки")
    pos = f("staff_positions", "positions", 20, "із 20 штатних посад")
    act = f("staff_actual", "staff", 17, "із 20 штатних посад зайнято 17",
            note="occupied positions read as staff actually working")

    g.check("percent_mismatch", "складні життєві обставини виявлено у 88 сімей, що становить 63,3 % від оцінених",
            "88 / 139 = 63,31 %", f"pct_ok(p{n(sjo)}, f{n(sjo)}, f{n(na)}, 1)")
    g.check("parts_sum", "надійшли повідомлення про 146 сімей", "88 ≤ 139 assessed ≤ 146 notified",
            f"f{n(sjo)} <= f{n(na)} <= f{n(no)}")
    g.check("parts_sum", "Із них 36 сімей фахівці взяли під супровід у звітному періоді, решта 21", "36 + 21 = 57",
            f"f{n(st)} + f{n(cont)} == f{n(sup)}")
    g.check("parts_sum", "Супровід завершено щодо 29 сімей", "22 + 4 + 3 = 29", f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(cm)}")
    g.check("percent_mismatch", "тобто Центр укомплектовано на 85 %", "17 / 20 = 85 % (the 85 is a ratio, skipped, used as a literal)",
            f"pct_ok(85, f{n(act)}, f{n(pos)}, 0)")

    g.skip("14.10.2025 | Соціальний захист | Переглядів: 203", [14, 10, 2025, 203], "publication date, view counter")
    g.skip("Центр соціальних служб: підсумки роботи за дев'ять місяців 2025 року", [2025], "year in the title")
    g.skip("Протягом січня – вересня 2025 року", [2025], "year")
    g.skip("продовжували отримувати послугу з 2024 року", [2024], "year")
    g.skip("тобто Центр укомплектовано на 85 %", [85], "staffing ratio; used as a literal in a check")
    g.skip("До кінця року заплановано взяти під супровід ще 10 сімей і провести 5 батьківських шкіл.", [10, 5], "plan")
    g.skip("Телефон Центру: (04144) 0-25-17.", [4144, 0, 25, 17], "phone")
    g.skip("м. Іршава, вул. Шевченка, 12, з понеділка по п'ятницю з 8:00 до 17:00", [12, 8, 0, 17, 0], "address, office hours")
    g.note("header, menu, breadcrumbs, sidebar and footer carry numbers (address, phones, ЄДРПОУ, session number, sidebar news with 250 тис. грн, visitors) that the reader drops; none is a fact")
    g.note("the causes of СЖО (41, 23, 14) are the most frequent ones only (78 of 88), not a partition: parent only, no group and no check")
    g.note("«решта 21 – продовжували отримувати послугу з 2024 року» → served (alt support_ongoing) with a label; 36 + 21 form the partition of 57")
    g.note("«Кризове та екстрене втручання здійснено у 9 сім'ях» → served, crisis_intervention, families")
    g.note("report_kind period_report (information for nine months); meta_alt other (a news item on the council site)")
    return g


if __name__ == "__main__":
    build()
    gold().write()
