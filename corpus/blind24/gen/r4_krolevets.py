"""b24_04: Відділ соціального захисту населення Кролевецької міської ради (Сумська), information for 9 months of 2025.
Council web page (div layout: top bar, menu, breadcrumbs, meta line, sidebar, footer), windows-1251."""
from common import Gold, report_path, write_text

DOC = "b24_04_krolevets_uszn_9m2025.html"

BODY = """<div class="content">
<h1>Про надання соціальних послуг у громаді за 9 місяців 2025 року</h1>
<div class="post-meta">Опубліковано: 14.10.2025 | Відділ соціального захисту населення | Переглядів: 187</div>
<p>Відділ соціального захисту населення Кролевецької міської ради Сумської області інформує про стан надання соціальних послуг мешканцям громади, у якій проживає понад 36 тис. осіб у 93 населених пунктах. Соціальні послуги надаються в межах Програми соціального захисту населення на 2024–2026 роки (рішення міської ради від 21.12.2023 № 1384) фахівцями із соціальної роботи та соціальними робітниками відділу.</p>
<h2>Звернення</h2>
<p>Протягом січня – вересня 2025 року до відділу звернулися 1 938 мешканців громади; на «гарячу лінію» відділу надійшло 274 дзвінки.</p>
<h2>Соціальні послуги</h2>
<p>Соціальними послугами охоплено 1 207 осіб, а саме:</p>
<ul>
<li>догляд вдома – 143 особи (з них 38 – мешканці віддалених сіл);</li>
<li>консультування – 702 особи;</li>
<li>інформування – 211;</li>
<li>натуральна допомога – 128 осіб;</li>
<li>представництво інтересів – 9 осіб;</li>
<li>екстрене (кризове) втручання – 14 осіб.</li>
</ul>
<p>Для порівняння: за 9 місяців 2024 року послугами було охоплено 1 116 осіб, тобто охоплення зросло на 8,2 %. У черзі на отримання послуги догляду вдома перебувають 7 осіб; до кінця року планується взяти на обслуговування ще 12 осіб. Вартість однієї години догляду для отримувачів, які сплачують за послугу, становить 96,40 грн.</p>
<p>Оцінено потреби 167 осіб та сімей. Фахівцями виявлено 24 сім'ї, які перебувають у складних життєвих обставинах (в них 51 дитина). Під соціальний супровід узято 17 сімей, ще двом сім'ям надано послугу кризового втручання.</p>
<p>Станом на 30.09.2025 під соціальним супроводом перебуває 21 сім'я, у яких виховується 46 дітей. Завершено супровід 11 сімей: у дев'яти – з позитивним результатом, у двох – у зв'язку з переїздом до іншої громади.</p>
<h2>Фінансування та благодійна допомога</h2>
<p>Послугу догляду вдома надають 19 соціальних робітників. Видатки на оплату їхньої праці за 9 місяців становили 1,84 млн грн. Від отримувачів, які сплачують за послугу догляду вдома, надійшло 83,7 тис. грн.</p>
<p>128 отримувачів натуральної допомоги забезпечено 320 комплектами одягу та 260 продуктовими наборами на загальну суму 412,6 тис. грн (кошти благодійних фондів).</p>
<h2>Якість послуг і кадри</h2>
<p>У вересні 2025 року проведено опитування 52 отримувачів послуги догляду вдома: «повністю задоволені» – 44,2 %, «здебільшого задоволені» – 48,1 %, «незадоволені» – 7,7 %. Скарг на якість соціальних послуг протягом звітного періоду не надходило; одне звернення щодо графіка прибирання вирішено в робочому порядку.</p>
<p>Штатна чисельність відділу – 31 посада, фактично працюють 29 осіб, із них 19 соціальних робітників та 4 фахівці із соціальної роботи. Навчання на курсах підвищення кваліфікації пройшли 6 працівників.</p>
<p>Начальник відділу соціального захисту населення (підпис)</p>
</div>"""

PAGE = """<!DOCTYPE html>
<html lang="uk"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про надання соціальних послуг у громаді за 9 місяців 2025 року | Кролевецька міська рада</title>
</head><body>
<div class="topbar">Кролевецька міська рада Сумської області | приймальня: (05453) 0-15-22 | rada@krolevets-example.ua</div>
<div class="menu"><ul><li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/vlada">Влада</a></li><li><a href="/social">Соціальний захист</a></li><li><a href="/news">Новини</a></li><li><a href="/contacts">Контакти</a></li></ul></div>
<div class="breadcrumbs"><a href="/">Головна</a> / <a href="/social">Соціальний захист</a> / Новини відділу</div>
%s
<div class="sidebar"><h3>Відділ соціального захисту</h3><p>41300, м. Кролевець, вул. Генерала Дорошенка, 22, каб. 14</p><p>Пн–Пт 8:00–17:00</p>
<h3>Останні новини</h3><ul><li><a href="/news/311">Виплата допомоги ВПО у жовтні</a></li><li><a href="/news/309">Графік прийому громадян на IV квартал</a></li></ul></div>
<div class="footer">© 2018–2025 Кролевецька міська рада. Усі права захищено.</div>
</body></html>
""" % BODY


def build():
    write_text(report_path(DOC), PAGE, encoding="cp1251", newline="\n")


def gold():
    g = Gold(DOC, {
        "centre": "Відділ соціального захисту населення Кролевецької міської ради",
        "centre_type": "uszn", "settlement": "Кролевець", "oblast": "Сумська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-09-30",
        "published": "2025-10-14"},
        {"centre": ["Відділ соціального захисту населення Кролевецької міської ради Сумської області"]})
    f = g.f
    ap = f("applied", "persons", 1938, "до відділу звернулися 1 938 мешканців громади")
    ca = f("calls", "calls", 274, "на «гарячу лінію» відділу надійшло 274 дзвінки")
    tq = "Соціальними послугами охоплено 1 207 осіб, а саме:"
    t = f("served", "persons", 1207, tq)
    gr = "served_1207_by_service"
    s1 = f("served", "persons", 143, "догляд вдома – 143 особи", service="home_care", group=gr, parent=t)
    s1a = f("served", "persons", 38, "з них 38 – мешканці віддалених сіл", service="home_care", category="мешканці віддалених сіл", parent=s1)
    s2 = f("served", "persons", 702, "консультування – 702 особи;", service="counselling", group=gr, parent=t)
    s3 = f("served", "persons", 211, "інформування – 211;", service="informing", group=gr, parent=t)
    s4 = f("served", "persons", 128, "натуральна допомога – 128 осіб;", service="natural_aid", group=gr, parent=t)
    s5 = f("served", "persons", 9, "представництво інтересів – 9 осіб;", service="representation", group=gr, parent=t)
    s6 = f("served", "persons", 14, "екстрене (кризове) втручання – 14 осіб.", service="crisis_intervention", group=gr, parent=t)
    na = f("needs_assessed", "families_persons", 167, "Оцінено потреби 167 осіб та сімей.")
    sj = f("in_difficult_circumstances", "families", 24, "Фахівцями виявлено 24 сім'ї, які перебувають у складних життєвих обставинах")
    sjc = f("in_difficult_circumstances", "children", 51, "(в них 51 дитина)", parent=sj)
    st = f("support_started", "families", 17, "Під соціальний супровід узято 17 сімей", service="social_support_sjo")
    cr = f("served", "families", 2, "ще двом сім'ям надано послугу кризового втручання", service="crisis_intervention",
           note="number in words")
    on = f("support_ongoing", "families", 21, "під соціальним супроводом перебуває 21 сім'я", service="social_support_sjo", alt=["served"])
    onc = f("support_ongoing", "children", 46, "у яких виховується 46 дітей", service="social_support_sjo", alt=["served"], parent=on)
    cq = "Завершено супровід 11 сімей"
    cp = f("support_completed", "families", 11, cq, service="social_support_sjo")
    o1 = f("outcome_positive", "families", 9, "у дев'яти – з позитивним результатом", service="social_support_sjo",
           group="completed_11_by_outcome", parent=cp, note="number in words")
    o2 = f("outcome_other", "families", 2, "у двох – у зв'язку з переїздом до іншої громади", service="social_support_sjo",
           label="переїзд до іншої громади", group="completed_11_by_outcome", parent=cp, note="number in words")
    sw1 = f("staff_actual", "staff", 19, "Послугу догляду вдома надають 19 соціальних робітників", label="соціальні робітники")
    bs = f("budget_spent", "uah", 1840000, "Видатки на оплату їхньої праці за 9 місяців становили 1,84 млн грн",
           label="оплата праці соціальних робітників")
    br = f("budget_received", "uah", 83700, "надійшло 83,7 тис. грн", label="плата отримувачів за послугу догляду вдома")
    s4b = f("served", "recipients", 128, "128 отримувачів натуральної допомоги", service="natural_aid", unit_alt="persons")
    av = f("aid_value", "uah", 412600, "на загальну суму 412,6 тис. грн", service="natural_aid")
    sr = f("survey_respondents", "persons", 52, "проведено опитування 52 отримувачів послуги догляду вдома", unit_alt="recipients")
    q1 = f("satisfaction", "percent", 44.2, "«повністю задоволені» – 44,2 %", label="повністю задоволені", alt=["share"])
    q2 = f("share", "percent", 48.1, "«здебільшого задоволені» – 48,1 %", label="здебільшого задоволені", alt=["satisfaction"])
    q3 = f("share", "percent", 7.7, "«незадоволені» – 7,7 %", label="незадоволені")
    co = f("complaints", "complaints", 0, "Скарг на якість соціальних послуг протягом звітного періоду не надходило")
    pos = f("staff_positions", "positions", 31, "Штатна чисельність відділу – 31 посада")
    act = f("staff_actual", "staff", 29, "фактично працюють 29 осіб")
    a1 = f("staff_actual", "staff", 19, "із них 19 соціальних робітників", label="соціальні робітники", parent=act)
    a2 = f("staff_actual", "staff", 4, "4 фахівці із соціальної роботи", label="фахівці із соціальної роботи", parent=act)
    tr = f("staff_trained", "staff", 6, "пройшли 6 працівників")

    g.check("parts_sum", tq, "143 + 702 + 211 + 128 + 9 + 14 = 1207", f"{s1} + {s2} + {s3} + {s4} + {s5} + {s6} == {t}")
    g.check("parts_sum", "з них 38 – мешканці віддалених сіл", "38 ≤ 143", f"{s1a} <= {s1}")
    g.check("parts_sum", cq, "9 + 2 = 11", f"{o1} + {o2} == {cp}")
    g.check("parts_sum", "Фахівцями виявлено 24 сім'ї", "17 taken under support ≤ 24 in СЖО; 24 ≤ 167 assessed", f"{st} <= {sj} and {sj} <= {na}")
    g.check("percents_sum", "«повністю задоволені» – 44,2 %, «здебільшого задоволені» – 48,1 %, «незадоволені» – 7,7 %",
            "44,2 + 48,1 + 7,7 = 100,0", f"psum_ok([{q1}, {q2}, {q3}], 1)")
    g.check("percent_impossible", "проведено опитування 52 отримувачів", "23, 25 and 4 of 52 give 44,2, 48,1 and 7,7; 23 + 25 + 4 = 52",
            f"pct_ok({q1}, 23, {sr}, 1) and pct_ok({q2}, 25, {sr}, 1) and pct_ok({q3}, 4, {sr}, 1)")
    g.check("parts_sum", "фактично працюють 29 осіб, із них 19 соціальних робітників та 4 фахівці", "19 + 4 ≤ 29 ≤ 31",
            f"{a1} + {a2} <= {act} <= {pos}")
    g.check("internal_conflict", "128 отримувачів натуральної допомоги", "the two natural-aid figures agree (128), and the two social-worker figures agree (19)",
            f"{s4} == {s4b} and {sw1} == {a1}")
    sk = g.skip
    sk("Опубліковано: 14.10.2025 | Відділ соціального захисту населення | Переглядів: 187", [14, 10, 2025, 187], "publication date (meta), view counter")
    sk("понад 36 тис. осіб у 93 населених пунктах", [36000, 93], "population and number of settlements")
    sk("на 2024–2026 роки (рішення міської ради від 21.12.2023 № 1384)", [2024, 2026, 21, 12, 2023, 1384], "programme years, decision date and number")
    sk("Протягом січня – вересня 2025 року", [2025], "period (meta)")
    sk("за 9 місяців 2024 року послугами було охоплено 1 116 осіб, тобто охоплення зросло на 8,2 %", [9, 2024, 1116, 8.2],
       "prior-year figure and growth rate")
    sk("У черзі на отримання послуги догляду вдома перебувають 7 осіб; до кінця року планується взяти на обслуговування ще 12 осіб.", [7, 12],
       "waiting list and plan")
    sk("Вартість однієї години догляду для отримувачів, які сплачують за послугу, становить 96,40 грн.", [96.4], "tariff")
    sk("Станом на 30.09.2025", [30, 9, 2025], "date")
    sk("за 9 місяців становили", [9], "period length")
    sk("забезпечено 320 комплектами одягу та 260 продуктовими наборами", [320, 260], "items")
    sk("У вересні 2025 року", [2025], "date of the survey")
    sk("одне звернення щодо графіка прибирання вирішено в робочому порядку", [1], "one appeal (word numeral) that is not a complaint; not a count of applied for the period")
    g.note("the department is the author and the provider (its own social workers and specialists): centre_type uszn")
    g.note("the title «за 9 місяців 2025 року» gives the period 2025-01-01..2025-09-30; the page date gives published")
    g.note("numbers in words are facts: «двом сім'ям» (crisis intervention, families), «у дев'яти» (positive outcome), «у двох» (moved away)")
    g.note("«ще двом сім'ям надано послугу кризового втручання» are families, while the list counts 14 persons for crisis intervention; not claimed as a part of the 14")
    g.note("19 social workers are written twice (home-care paragraph and staff paragraph): two facts; 128 natural-aid recipients likewise (list: persons; charity paragraph: «отримувачів», unit recipients alt persons)")
    g.note("survey: «повністю задоволені» → satisfaction (alt share); the other two answers → share; only percentages are written (counts 23/25/4 are implied and used as literals)")
    g.note("«Видатки на оплату їхньої праці» has no KEKV code → no kekv; «надійшло 83,7 тис. грн» from paying recipients → budget_received")
    g.write()


if __name__ == "__main__":
    build()
    gold()
