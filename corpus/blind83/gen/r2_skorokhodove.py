"""b83_02: ТЦСО Скороходівської селищної ради (Полтавська), information for H1 2025.
Council-site HTML page, windows-1251, with header, menu, breadcrumbs, sidebar and footer.
Impersonal voice. Slip: parts_sum (21 taken off service, reasons 12 + 4 + 2 + 4 = 22)."""
from common import Gold, report_path, write_text

DOC = "b83_02_skorokhodove_tcso_h1_2025.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Інформація про роботу територіального центру за І півріччя 2025 року | Скороходівська селищна рада</title>
<link rel="stylesheet" href="/templates/hromada/css/style.css">
</head>
<body>
<div class="top-bar">
  <div class="logo"><img src="/images/gerb.png" alt="Герб"> Скороходівська селищна рада<br><small>Полтавський район Полтавської області</small></div>
  <div class="top-contacts">Приймальня: (05348) 0-51-24 | Пн–Пт 8:00–17:00</div>
</div>
<nav class="main-menu">
  <ul>
    <li><a href="/">Головна</a></li>
    <li><a href="/hromada">Громада</a></li>
    <li><a href="/vlada">Влада</a></li>
    <li><a href="/docs">Документи</a></li>
    <li><a href="/socialnyi-zahyst">Соціальний захист</a></li>
    <li><a href="/zvernennia">Звернення громадян</a></li>
    <li><a href="/contacts">Контакти</a></li>
  </ul>
</nav>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/socialnyi-zahyst">Соціальний захист</a> » <a href="/socialnyi-zahyst/tcso">Територіальний центр</a> » Звіти</div>
<div class="wrapper">
<div class="content">
<article>
<h1>Інформація про роботу територіального центру за І півріччя 2025 року</h1>
<div class="meta">Опубліковано: 14.07.2025 10:42 | Автор: Адміністратор | Переглядів: 213</div>
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Скороходівської селищної ради у січні – червні 2025 року надавав соціальні послуги громадянам похилого віку, особам з інвалідністю та особам, які перебувають у складних життєвих обставинах. Громада об'єднує 27 населених пунктів, у яких проживає 3 118 осіб віком 60+.</p>
<p>За звітний період надійшло 46 заяв про надання соціальних послуг, за 43 з них прийнято рішення про надання послуг, 3 заяви перебувають на розгляді. Оцінку індивідуальних потреб проведено 44 особам.</p>
<p>Соціальні послуги за півріччя отримали 287 осіб, у тому числі:</p>
<ul>
<li>відділенням соціальної допомоги вдома обслуговано 142 особи;</li>
<li>відділенням денного перебування – 61 особу;</li>
<li>відділенням організації надання адресної натуральної та грошової допомоги – 84 особи.</li>
</ul>
<p>Усього надано 11 846 соціальних послуг. Платні послуги отримували 37 осіб, до спеціального фонду надійшло 48,9 тис. грн.</p>
<p>На обслуговування взято 29 осіб, знято з обслуговування 21 особу, з них: у зв'язку зі смертю – 12, з вибуттям за межі громади – 4, з влаштуванням до інтернатних закладів – 2, за власним бажанням – 4.</p>
<p>Адресну натуральну допомогу отримали 84 особи: видано 126 продуктових наборів та 40 комплектів засобів гігієни на загальну суму 97,3 тис. грн. Послугою «Соціальне таксі» скористалися 19 осіб, здійснено 37 поїздок (вартість 1 км – 14 грн).</p>
<p>Для відвідувачів відділення денного перебування організовано 14 заходів (свята, майстер-класи, екскурсії), участь у яких взяли 205 осіб.</p>
<p>Штатна чисельність центру – 31,5 штатної одиниці, фактично працює 29 працівників, з них 21 соціальний робітник. Звернень зі скаргами на якість послуг не зареєстровано.</p>
<p>Для порівняння: за І півріччя 2024 року послуги отримали 271 особа.</p>
<p><em>Територіальний центр, тел. (05348) 0-53-16</em></p>
</article>
</div>
<aside class="sidebar">
  <h3>Контакти</h3>
  <p>38021, Полтавська обл., смт Скороходове, вул. Незалежності, 9</p>
  <p>Тел.: (05348) 0-51-24</p>
  <h3>Останні новини</h3>
  <ul>
    <li><a href="/news/1184">Сесія селищної ради 22.07.2025</a></li>
    <li><a href="/news/1179">Графік прийому громадян на липень</a></li>
    <li><a href="/news/1175">Оголошено конкурс на 2 вакантні посади</a></li>
  </ul>
</aside>
</div>
<footer>© 2018–2025 Скороходівська селищна рада. Усі права захищено. Код ЄДРПОУ 04382117</footer>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    write_text(path, HTML, encoding="cp1251")
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Скороходівської селищної ради",
        "centre_type": "tcso", "settlement": "Скороходове", "oblast": "Полтавська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
        "published": "2025-07-14"})
    n = lambda x: x[1:]  # noqa: E731
    ap = g.f("applied", "applications", 46, "надійшло 46 заяв про надання соціальних послуг")
    na = g.f("needs_assessed", "persons", 44, "Оцінку індивідуальних потреб проведено 44 особам")
    s = g.f("served", "persons", 287, "Соціальні послуги за півріччя отримали 287 осіб")
    gr = "served_287_by_department"
    d1 = g.f("served", "persons", 142, "відділенням соціальної допомоги вдома обслуговано 142 особи",
             service="home_care", district="відділення соціальної допомоги вдома", group=gr, parent=s)
    d2 = g.f("served", "persons", 61, "відділенням денного перебування – 61 особу", service="day_care",
             district="відділення денного перебування", group=gr, parent=s)
    d3 = g.f("served", "persons", 84,
             "відділенням організації надання адресної натуральної та грошової допомоги – 84 особи",
             district="відділення організації надання адресної натуральної та грошової допомоги",
             group=gr, parent=s)
    sp = g.f("services_provided", "services", 11846, "Усього надано 11 846 соціальних послуг")
    paid = g.f("served", "persons", 37, "Платні послуги отримували 37 осіб", label="платні послуги", parent=s)
    g.f("budget_received", "uah", 48900, "до спеціального фонду надійшло 48,9 тис. грн",
        label="спеціальний фонд, платні послуги")
    new = g.f("served", "persons", 29, "На обслуговування взято 29 осіб", label="взято на обслуговування",
              alt=["registered_new", "support_started"])
    de = g.f("deregistered", "persons", 21, "знято з обслуговування 21 особу")
    rg = "deregistered_21_by_reason"
    r1 = g.f("deregistered", "persons", 12, "у зв'язку зі смертю – 12", label="у зв'язку зі смертю",
             alt=["outcome_other"], group=rg, parent=de)
    r2 = g.f("deregistered", "persons", 4, "з вибуттям за межі громади – 4", label="вибуття за межі громади",
             alt=["outcome_other"], group=rg, parent=de)
    r3 = g.f("deregistered", "persons", 2, "з влаштуванням до інтернатних закладів – 2",
             label="влаштування до інтернатних закладів", alt=["outcome_other"], group=rg, parent=de)
    r4 = g.f("deregistered", "persons", 4, "за власним бажанням – 4", label="за власним бажанням",
             alt=["outcome_other"], group=rg, parent=de)
    nat = g.f("served", "persons", 84, "Адресну натуральну допомогу отримали 84 особи", service="natural_aid")
    g.f("aid_value", "uah", 97300, "на загальну суму 97,3 тис. грн")
    g.f("served", "persons", 19, "Послугою «Соціальне таксі» скористалися 19 осіб", service="social_taxi")
    ev = g.f("events", "events", 14, "організовано 14 заходів")
    g.f("event_participants", "persons", 205, "участь у яких взяли 205 осіб", parent=ev)
    pos = g.f("staff_positions", "positions", 31.5, "Штатна чисельність центру – 31,5 штатної одиниці")
    act = g.f("staff_actual", "staff", 29, "фактично працює 29 працівників")
    sw = g.f("staff_actual", "staff", 21, "з них 21 соціальний робітник", label="соціальні робітники",
             parent=act)
    g.f("complaints", "complaints", 0, "Звернень зі скаргами на якість послуг не зареєстровано.")
    g.slip("parts_sum", "error",
           "знято з обслуговування 21 особу, з них: у зв'язку зі смертю – 12, з вибуттям за межі громади – 4, "
           "з влаштуванням до інтернатних закладів – 2, за власним бажанням – 4", 22, 21,
           [de, r1, r2, r3, r4],
           "reasons for taking 21 persons off service: 12 + 4 + 2 + 4 = 22, one more than the 21 stated. "
           "Each person leaves for one reason, so the list is a partition.",
           f"f{n(r1)} + f{n(r2)} + f{n(r3)} + f{n(r4)} == f{n(de)}")
    g.check("parts_sum", "Соціальні послуги за півріччя отримали 287 осіб, у тому числі:",
            "142 + 61 + 84 = 287 by department", f"f{n(d1)} + f{n(d2)} + f{n(d3)} == f{n(s)}")
    g.check("parts_sum", "Адресну натуральну допомогу отримали 84 особи",
            "the 84 natural-aid recipients equal the 84 of the department row",
            f"f{n(nat)} == f{n(d3)}")
    g.check("parts_sum", "за 43 з них прийнято рішення про надання послуг, 3 заяви перебувають на розгляді",
            "43 decided + 3 pending = 46 applications (literals, no §3 id); 44 assessed ≤ 46",
            f"43 + 3 == f{n(ap)} and f{n(na)} <= f{n(ap)}")
    g.check("parts_sum", "фактично працює 29 працівників, з них 21 соціальний робітник",
            "21 ≤ 29 ≤ 31,5", f"f{n(sw)} <= f{n(act)} <= f{n(pos)}")
    g.check("parts_sum", "Платні послуги отримували 37 осіб", "37 paid and 29 taken on ≤ 287 served",
            f"f{n(paid)} <= f{n(s)} and f{n(new)} <= f{n(s)}")
    g.skip("тел. (05348) 0-53-16", [5348, 5316], "phone")
    g.skip("Опубліковано: 14.07.2025 10:42 | Автор: Адміністратор | Переглядів: 213",
           [14, 7, 2025, 10, 42, 213], "publication date/time, view counter")
    g.skip("Громада об'єднує 27 населених пунктів, у яких проживає 3 118 осіб віком 60+.",
           [27, 3118, 60], "settlement count, population, age")
    g.skip("за 43 з них прийнято рішення про надання послуг, 3 заяви перебувають на розгляді", [43, 3],
           "decisions and pending applications: no §3 id")
    g.skip("видано 126 продуктових наборів та 40 комплектів засобів гігієни", [126, 40], "items handed out")
    g.skip("здійснено 37 поїздок (вартість 1 км – 14 грн)", [37, 1, 14], "trips (no §3 id), tariff")
    g.skip("Для порівняння: за І півріччя 2024 року послуги отримали 271 особа.", [2024, 271],
           "prior-year figure")
    g.skip("у січні – червні 2025 року", [2025], "year of the period")
    g.note("the page's top bar, menu, breadcrumbs, sidebar and footer (phones, address, postcode, news dates, a vacancy "
           "count, the council's ЄДРПОУ) do not come out in the read text; they hold no report figure")
    g.note("department rows → served with district = department, one group; the day-care and home-care rows also carry "
           "their service id; the natural-aid department row has no single service")
    g.note("«На обслуговування взято 29 осіб» → served with a label (alt registered_new, support_started), as in "
           "blind18; «знято з обслуговування» → deregistered with reasons as labelled parts (alt outcome_other)")
    g.note("«37 поїздок» has the same value as the 37 paid recipients: the trips are skipped, the 37 persons are a fact")
    g.note("31,5 positions is a fractional fact; «Звернень зі скаргами … не зареєстровано» = 0 complaints")
    g.write()


if __name__ == "__main__":
    main()
