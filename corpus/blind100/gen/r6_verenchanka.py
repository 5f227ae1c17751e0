"""b100_06: Управління соціального захисту населення Веренчанської сільської ради (Чернівецька),
information for Q3 2024. Council web page (div layout: top bar, menu, breadcrumbs, meta line, sidebar
with its own numbers, footer). Third person. No planted slip."""
import sys
from common import Gold, report_path, write_text, coverage, read_text

DOC = "b100_06_verenchanka_uszn_q3_2024.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Інформація про роботу управління соціального захисту населення за III квартал 2024 року | Веренчанська сільська рада</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/templates/gromada/css/style.css">
</head>
<body>
<div id="top-bar"><div class="wrap">
 <span class="phone">Приймальня: (03733) 0-62-14</span>
 <span class="mail">rada@verenchanka.example.ua</span>
 <a href="/search" class="search">Пошук</a> <a href="/en">EN</a>
</div></div>
<div id="header"><div class="wrap">
 <img src="/images/gerb.png" alt="Герб" width="64" height="76">
 <div class="site-name">Веренчанська сільська рада<br><small>Чернівецького району Чернівецької області</small></div>
</div></div>
<div id="menu"><ul>
 <li><a href="/">Головна</a></li>
 <li><a href="/rada">Рада</a></li>
 <li><a href="/vykonkom">Виконавчий комітет</a></li>
 <li><a href="/struktura">Структурні підрозділи</a></li>
 <li><a href="/docs">Документи</a></li>
 <li><a href="/news">Новини</a></li>
 <li><a href="/contacts">Контакти</a></li>
</ul></div>
<div class="breadcrumbs"><a href="/">Головна</a> / <a href="/struktura">Структурні підрозділи</a> / <a href="/struktura/uszn">Управління соціального захисту населення</a> / Звіти</div>
<div id="page" class="wrap">
<div id="content">
<h1>Інформація про роботу управління соціального захисту населення Веренчанської сільської ради за III квартал 2024 року</h1>
<div class="item-meta">Опубліковано: 14.10.2024, 10:42 | Переглядів: 327 | Автор: Управління соціального захисту</div>
<div class="item-text">
<p>У липні – вересні 2024 року до управління соціального захисту населення звернулося 1 318 осіб (за III квартал 2023 року – 1 204), з них через ЦНАП – 406, безпосередньо до управління – 912.</p>
<p>Управлінням прийнято 694 заяви на призначення державних соціальних допомог, компенсацій та житлових субсидій. Житлову субсидію призначено 417 домогосподарствам. На обліку перебуває 2 136 внутрішньо переміщених осіб, 1 088 з них отримують допомогу на проживання.</p>
<p><strong>Організація надання соціальних послуг.</strong> Фахівці управління провели оцінку потреб 31 особі. За направленнями управління КУ «Центр надання соціальних послуг» Веренчанської сільської ради надав послугу догляду вдома 86 особам, денного догляду – 14 особам. Дані про послуги, організовані управлінням у III кварталі, наведено в таблиці.</p>
<table class="table">
<thead><tr><th>Соціальна послуга</th><th>Отримувачів, осіб</th><th>Надано послуг</th></tr></thead>
<tbody>
<tr><td>Догляд вдома</td><td>86</td><td>2 918</td></tr>
<tr><td>Денний догляд</td><td>14</td><td>402</td></tr>
<tr><td>Соціальне таксі</td><td>21</td><td>47</td></tr>
<tr><td>Натуральна допомога</td><td>133</td><td>133</td></tr>
<tr><td><b>Разом</b></td><td><b>254</b></td><td><b>3 500</b></td></tr>
</tbody>
</table>
<p>Натуральну допомогу (продуктові набори та засоби гігієни від благодійного фонду «Буковинська родина») отримали 133 особи, з них 47 – внутрішньо переміщені особи. Кожен набір вагою близько 12 кг розраховано на одну особу на місяць. Послугою соціального таксі користуються особи з інвалідністю I та II груп; вартість поїздки для отримувача – 30 грн.</p>
<p><strong>Матеріальна допомога.</strong> Комісія з питань надання одноразової матеріальної допомоги розглянула 58 заяв мешканців громади; допомогу надано 52 особам на загальну суму 261,0 тис. грн, у 6 випадках відмовлено через невідповідність Програмі соціального захисту на 2022–2025 роки. Середній розмір допомоги – 5 019 грн.</p>
<p>Проведено 3 інформаційні зустрічі для внутрішньо переміщених осіб щодо змін у порядку виплат, участь у них взяли 74 особи. На «гарячу лінію» управління надійшло 143 дзвінки. Скарг на дії працівників управління протягом кварталу не надходило.</p>
<p>Штатна чисельність управління – 12 посад, фактично працює 11 осіб. Прийом громадян: понеділок – п'ятниця з 8:00 до 17:00, каб. 104.</p>
</div>
</div>
<div id="sidebar">
 <div class="module"><h3>Громада в цифрах</h3>
  <ul><li>Населення – 11 940 осіб</li><li>Населених пунктів – 9</li><li>Площа – 163 км²</li><li>Старостинських округів – 4</li></ul></div>
 <div class="module"><h3>Останні новини</h3>
  <ul><li><a href="/news/2024/10/11">11.10.2024 Виплачено 1,2 млн грн допомоги ВПО</a></li>
  <li><a href="/news/2024/10/09">09.10.2024 Оголошено конкурс на 2 вакантні посади</a></li></ul></div>
</div>
</div>
<div id="footer"><div class="wrap">
 <p>© 2018–2024 Веренчанська сільська рада. 59220, Чернівецька обл., Чернівецький р-н, с. Веренчанка, вул. Головна, 41. Код ЄДРПОУ 04417625.</p>
 <p>Тел. (03733) 0-61-07. Усі матеріали сайту доступні за ліцензією CC BY 4.0.</p>
</div></div>
</body>
</html>
"""


def gold():
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Веренчанської сільської ради",
        "centre_type": "uszn", "settlement": "Веренчанка", "oblast": "Чернівецька",
        "report_kind": "period_report", "period_start": "2024-07-01", "period_end": "2024-09-30",
        "published": "2024-10-14",
    })
    f = g.f
    n = lambda x: x[1:]
    ap = f("applied", "persons", 1318, "до управління соціального захисту населення звернулося 1 318 осіб")
    a1 = f("applied", "persons", 406, "з них через ЦНАП – 406", label="через ЦНАП", group="applied_1318_by_channel", parent=ap)
    a2 = f("applied", "persons", 912, "безпосередньо до управління – 912", label="безпосередньо до управління",
           group="applied_1318_by_channel", parent=ap)
    apl = f("applied", "applications", 694, "Управлінням прийнято 694 заяви на призначення державних соціальних допомог")
    na = f("needs_assessed", "persons", 31, "Фахівці управління провели оцінку потреб 31 особі")
    hc = f("served", "persons", 86, "надав послугу догляду вдома 86 особам", service="home_care")
    dc = f("served", "persons", 14, "денного догляду – 14 особам", service="day_care")
    rows = [("Догляд вдома\t86\t2 918", "home_care", 86, 2918), ("Денний догляд\t14\t402", "day_care", 14, 402),
            ("Соціальне таксі\t21\t47", "social_taxi", 21, 47), ("Натуральна допомога\t133\t133", "natural_aid", 133, 133)]
    tq = "Разом\t254\t3 500"
    tr = f("served", "persons", 254, tq, label="Разом (таблиця)")
    ts = f("services_provided", "services", 3500, tq, label="Разом (таблиця)")
    rr, rs = [], []
    for q, svc, r, s in rows:
        rr.append(f("served", "persons", r, q, service=svc, group="table_recipients", parent=tr))
        rs.append(f("services_provided", "services", s, q, service=svc, group="table_services", parent=ts))
    nat = f("served", "persons", 133, "отримали 133 особи", service="natural_aid", note="repeats the table row")
    nidp = f("served", "persons", 47, "з них 47 – внутрішньо переміщені особи", service="natural_aid",
             category="внутрішньо переміщені особи", parent=nat)
    ma = f("applied", "applications", 58, "розглянула 58 заяв мешканців громади", label="одноразова матеріальна допомога")
    ms = f("served", "persons", 52, "допомогу надано 52 особам", label="одноразова матеріальна допомога",
           note="persons who received one-off cash aid; no service id")
    mv = f("aid_value", "uah", 261000, "на загальну суму 261,0 тис. грн", label="одноразова матеріальна допомога")
    ev = f("events", "events", 3, "Проведено 3 інформаційні зустрічі для внутрішньо переміщених осіб",
           category="внутрішньо переміщені особи")
    evp = f("event_participants", "persons", 74, "участь у них взяли 74 особи", parent=ev)
    cl = f("calls", "calls", 143, "На «гарячу лінію» управління надійшло 143 дзвінки")
    cm = f("complaints", "complaints", 0, "Скарг на дії працівників управління протягом кварталу не надходило")
    pos = f("staff_positions", "positions", 12, "Штатна чисельність управління – 12 посад")
    act = f("staff_actual", "staff", 11, "фактично працює 11 осіб")

    g.check("parts_sum", "з них через ЦНАП – 406, безпосередньо до управління – 912", "406 + 912 = 1 318",
            f"f{n(a1)} + f{n(a2)} == f{n(ap)}")
    g.check("table_arithmetic", tq, "86 + 14 + 21 + 133 = 254", " + ".join(f"f{n(x)}" for x in rr) + f" == f{n(tr)}")
    g.check("table_arithmetic", tq, "2 918 + 402 + 47 + 133 = 3 500", " + ".join(f"f{n(x)}" for x in rs) + f" == f{n(ts)}")
    g.check("internal_conflict", "надав послугу догляду вдома 86 особам, денного догляду – 14 особам",
            "prose 86 and 14 = table rows", f"f{n(hc)} == f{n(rr[0])} and f{n(dc)} == f{n(rr[1])}")
    g.check("internal_conflict", "отримали 133 особи, з них 47", "prose 133 = table row; 47 ≤ 133",
            f"f{n(nat)} == f{n(rr[3])} and f{n(nidp)} <= f{n(nat)}")
    g.check("parts_sum", "допомогу надано 52 особам", "52 granted + 6 refused = 58 applications",
            f"f{n(ms)} + 6 == f{n(ma)}")
    g.check("parts_sum", "фактично працює 11 осіб", "11 ≤ 12", f"f{n(act)} <= f{n(pos)}")

    g.skip("Приймальня: (03733) 0-62-14", [3733, 62, 14], "phone in the site's top bar")
    g.skip("Кожен набір вагою близько 12 кг розраховано на одну особу на місяць.", [12], "weight of a set")
    g.skip("особи з інвалідністю I та II груп; вартість поїздки для отримувача – 30 грн", [1, 2, 30], "disability groups, price")
    g.skip("за III квартал 2024 року", [3, 2024], "period in the title")
    g.skip("Опубліковано: 14.10.2024, 10:42 | Переглядів: 327", [14, 10, 2024, 10, 42, 327], "publication date, time, view counter")
    g.skip("У липні – вересні 2024 року", [2024], "year")
    g.skip("(за III квартал 2023 року – 1 204)", [3, 2023, 1204], "prior-year figure")
    g.skip("Житлову субсидію призначено 417 домогосподарствам.", [417], "households granted a housing subsidy (no §3 id)")
    g.skip("На обліку перебуває 2 136 внутрішньо переміщених осіб, 1 088 з них отримують допомогу на проживання.",
           [2136, 1088], "IDP register and living allowance (not the СЖО register; no §3 id)")
    g.skip("у 6 випадках відмовлено", [6], "refusals (no §3 id; literal in a check)")
    g.skip("Програмі соціального захисту на 2022–2025 роки", [2022, 2025], "programme years")
    g.skip("Середній розмір допомоги – 5 019 грн.", [5019], "average amount (derived: 261 000 / 52 = 5 019)")
    g.skip("з 8:00 до 17:00, каб. 104", [8, 0, 17, 0, 104], "office hours, room number")
    g.note("a department of social protection (УСЗН) → centre_type uszn; the page's own date gives published")
    g.note("the sidebar («Громада в цифрах», news), breadcrumbs, menu and footer (address, ЄДРПОУ, phone) are site "
           "furniture; the reader does not print them, so they are neither facts nor skips (if a reader keeps them, they "
           "are skips). The top-bar phone is printed and skipped")
    g.note("services of the ЦНСП organised by the УСЗН are annotated as served / services_provided of this report: the "
           "table is the УСЗН's account of the quarter")
    g.note("«прийнято 694 заяви» → applied, unit applications; housing subsidies, the IDP register and the living "
           "allowance have no §3 id and are skipped")
    g.note("one-off cash aid: 58 applications → applied (applications, label), 52 persons → served with a label, "
           "261,0 тис. грн → aid_value 261000")
    g.note("no planted slip: everything adds up")
    return g


if __name__ == "__main__":
    write_text(report_path(DOC), HTML)
    g = gold()
    if "--cov" in sys.argv:
        coverage(g)
        pass
    g.write()
