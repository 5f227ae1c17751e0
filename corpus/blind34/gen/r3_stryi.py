"""b34_03: Управління соціального захисту населення Стрийської міської ради (Львівська),
analytic note for 9 months of 2023. Council-site HTML page in windows-1251 with header, menu,
breadcrumbs, sidebar and footer around the article; first person plural; a budget table."""
from common import Gold, report_path, write_text

DOC = "b34_03_stryi_uszn_9m2023.html"

ARTICLE = """
<h1>Аналітична записка про роботу управління соціального захисту населення за 9 місяців 2023 року</h1>
<div class="meta">Опубліковано: 12.10.2023 10:42 &nbsp;|&nbsp; Переглядів: 318</div>
<p>Упродовж січня–вересня 2023 року управління соціального захисту населення Стрийської міської ради (далі – управління) працювало в умовах воєнного стану, коли значно зросла кількість людей, які потребують підтримки. Нижче – основні результати нашої роботи.</p>
<h2>Звернення громадян</h2>
<p>За 9 місяців 2023 року до управління звернулися 6 318 осіб, з них 2 147 – внутрішньо переміщені особи. Для порівняння: за аналогічний період 2022 року звернень було 7 025. Ми провели 14 виїзних прийомів у старостинських округах громади.</p>
<p>Окремо ми прийняли 412 заяв про надання соціальних послуг. За результатами їх розгляду прийнято 389 рішень про надання послуг і 23 рішення про відмову.</p>
<p>На «гарячу лінію» управління (тел. (0245) 0-55-20) надійшло 1 532 дзвінки. Надійшло 7 скарг, з яких 2 визнано обґрунтованими; усі скарги розглянуто в установлений строк.</p>
<h2>Соціальні послуги</h2>
<p>Соціальні послуги за рахунок коштів бюджету громади отримали 1 276 осіб, у тому числі: догляд вдома – 304 особи, денний догляд – 58, соціальну адаптацію – 97, натуральну допомогу – 817. Кожну особу враховано один раз, за основною послугою.</p>
<p>Компенсацію фізичним особам, які надають соціальні послуги з догляду на непрофесійній основі, призначено 211 особам; державну соціальну допомогу малозабезпеченим сім'ям отримують 486 сімей. Допомогу на проживання ВПО призначено 1 904 особам.</p>
<h2>Фінансування</h2>
<p>Виконання міської цільової програми соціального захисту населення на 2023–2025 роки (затверджена рішенням сесії від 22.12.2022 № 1187) за 9 місяців 2023 року наведено в таблиці (тис. грн).</p>
<table border="1" cellpadding="3">
<tr><th>КЕКВ</th><th>Найменування</th><th>Затверджено на 9 місяців</th><th>Касові видатки</th><th>Економія</th></tr>
<tr><td>2730</td><td>Інші виплати населенню</td><td>4 812,6</td><td>4 655,1</td><td>157,5</td></tr>
<tr><td>2240</td><td>Оплата послуг (крім комунальних)</td><td>1 236,0</td><td>1 198,4</td><td>47,6</td></tr>
<tr><td>2210</td><td>Предмети, матеріали, обладнання та інвентар</td><td>318,2</td><td>301,9</td><td>16,3</td></tr>
<tr><td></td><td>Разом</td><td>6 366,8</td><td>6 155,4</td><td>211,4</td></tr>
</table>
<p>Економія виникла переважно через менші фактичні обсяги послуг, ніж передбачалося в розрахунках.</p>
<h2>Кадри</h2>
<p>В управлінні працює 41 працівник при 44 штатних посадах. Протягом звітного періоду 11 працівників пройшли навчання з роботи в Єдиній інформаційній системі соціальної сфери.</p>
<p>У IV кварталі 2023 року плануємо відкрити ще один пункт прийому громадян у с. Дуліби та збільшити кількість виїзних прийомів до 20.</p>
<p><em>Управління соціального захисту населення Стрийської міської ради, 82400, м. Стрий, вул. Шевченка, 71</em></p>
"""

PAGE = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Аналітична записка УСЗН за 9 місяців 2023 року | Стрийська міська рада</title>
<link rel="stylesheet" href="/templates/stryi/css/style.css">
</head>
<body>
<div id="topbar">Стрийська міська рада Львівської області &nbsp; Приймальня: (0245) 0-40-11 &nbsp; <a href="/rss">RSS</a> <a href="/en">EN</a></div>
<div id="header"><img src="/images/gerb.png" alt="Герб"><span class="sitename">Стрийська міська рада</span><form class="search"><input type="text" name="q" value="Пошук..."></form></div>
<ul id="mainmenu">
<li><a href="/">Головна</a></li><li><a href="/rada">Міська рада</a></li><li><a href="/vykonkom">Виконавчий комітет</a></li>
<li><a href="/upravlinnia">Управління та відділи</a></li><li><a href="/dokumenty">Документи</a></li><li><a href="/zvernennia">Звернення громадян</a></li><li><a href="/kontakty">Контакти</a></li>
</ul>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/upravlinnia">Управління та відділи</a> » <a href="/upravlinnia/uszn">Соціальний захист</a> » Звіти</div>
<div id="wrap">
<div id="content" class="article">""" + ARTICLE + """</div>
<div id="sidebar">
<div class="block"><h3>Графік прийому</h3><p>пн–чт 8:00–17:15, пт 8:00–16:00<br>обідня перерва 13:00–13:45</p></div>
<div class="block"><h3>Останні новини</h3>
<ul><li><a href="/news/4512">10.10.2023 Одноразова допомога до Дня захисників: 2 000 грн для 340 родин</a></li>
<li><a href="/news/4509">06.10.2023 Засідання виконкому 12 жовтня</a></li>
<li><a href="/news/4501">02.10.2023 Прийом документів на житлові субсидії</a></li></ul></div>
<div class="block"><h3>Опитування</h3><p>Чи задоволені ви роботою ЦНАП? Так – 64 %, ні – 36 %</p></div>
</div>
</div>
<div id="footer">© 2016–2023 Стрийська міська рада. 82400, м. Стрий, пл. Ринок, 1. Усі права захищено. Відвідувачів сьогодні: 1 247</div>
</body>
</html>
"""


def gold():
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Стрийської міської ради",
        "centre_type": "uszn",
        "settlement": "Стрий",
        "oblast": "Львівська",
        "report_kind": "period_report",
        "period_start": "2023-01-01",
        "period_end": "2023-09-30",
        "published": "2023-10-12",
    })
    f = g.f
    ap = f("applied", "persons", 6318, "до управління звернулися 6 318 осіб")
    f("applied", "persons", 2147, "з них 2 147 – внутрішньо переміщені особи",
      category="внутрішньо переміщені особи", parent=ap)
    za = f("applied", "applications", 412, "Окремо ми прийняли 412 заяв про надання соціальних послуг")
    f("calls", "calls", 1532, "надійшло 1 532 дзвінки")
    cp = f("complaints", "complaints", 7, "Надійшло 7 скарг")
    cp2 = f("complaints", "complaints", 2, "з яких 2 визнано обґрунтованими", label="обґрунтовані",
            parent=cp)
    sv = f("served", "persons", 1276, "Соціальні послуги за рахунок коштів бюджету громади отримали 1 276 осіб")
    s1 = f("served", "persons", 304, "догляд вдома – 304 особи", service="home_care",
           group="served1276_by_service", parent=sv)
    s2 = f("served", "persons", 58, "денний догляд – 58", service="day_care",
           group="served1276_by_service", parent=sv)
    s3 = f("served", "persons", 97, "соціальну адаптацію – 97", service="social_adaptation",
           group="served1276_by_service", parent=sv)
    s4 = f("served", "persons", 817, "натуральну допомогу – 817", service="natural_aid",
           group="served1276_by_service", parent=sv)
    # budget table
    rows = [
        ("2730", "2730\tІнші виплати населенню\t4 812,6\t4 655,1\t157,5", 4812600, 4655100, 157500),
        ("2240", "2240\tОплата послуг (крім комунальних)\t1 236,0\t1 198,4\t47,6", 1236000, 1198400, 47600),
        ("2210", "2210\tПредмети, матеріали, обладнання та інвентар\t318,2\t301,9\t16,3", 318200, 301900, 16300),
    ]
    tq = "Разом\t6 366,8\t6 155,4\t211,4"
    ta = f("budget_approved", "uah", 6366800, tq, label="Разом, затверджено на 9 місяців")
    ts = f("budget_spent", "uah", 6155400, tq, label="Разом, касові видатки")
    te = f("budget_savings", "uah", 211400, tq, label="Разом, економія")
    A, S, E = [], [], []
    for k, q, a, s, e in rows:
        A.append(f("budget_approved", "uah", a, q, kekv=k, label="затверджено на 9 місяців",
                   group="approved_by_kekv", parent=ta))
        S.append(f("budget_spent", "uah", s, q, kekv=k, label="касові видатки",
                   group="spent_by_kekv", parent=ts))
        E.append(f("budget_savings", "uah", e, q, kekv=k, label="економія",
                   group="savings_by_kekv", parent=te))
    act = f("staff_actual", "staff", 41, "В управлінні працює 41 працівник")
    posn = f("staff_positions", "positions", 44, "при 44 штатних посадах")
    tr = f("staff_trained", "staff", 11, "11 працівників пройшли навчання")

    g.slip("table_arithmetic", "error", rows[1][1], 47600, 37600, [A[1], S[1], E[1]],
           "row КЕКВ 2240: економія = затверджено − видатки = 1 236,0 − 1 198,4 = 37,6 тис. грн, "
           "written 47,6", f"{A[1]} - {S[1]} == {E[1]}", slip=1)
    g.slip("table_arithmetic", "error", tq, 221400, 211400, [E[0], E[1], E[2], te],
           "economy column: 157,5 + 47,6 + 16,3 = 221,4 тис. грн, but Разом says 211,4. Same slip "
           "as the 2240 row: with the right 37,6 the column adds up to 211,4",
           " + ".join(E) + f" == {te}", slip=1)
    g.check("table_arithmetic", tq, "approved column: 4 812,6 + 1 236,0 + 318,2 = 6 366,8",
            f"near({' + '.join(A)}, {ta})")
    g.check("table_arithmetic", tq, "spent column: 4 655,1 + 1 198,4 + 301,9 = 6 155,4",
            f"near({' + '.join(S)}, {ts})")
    g.check("table_arithmetic", tq, "Разом row: 6 366,8 − 6 155,4 = 211,4",
            f"{ta} - {ts} == {te}")
    g.check("table_arithmetic", rows[0][1], "row 2730: 4 812,6 − 4 655,1 = 157,5",
            f"{A[0]} - {S[0]} == {E[0]}")
    g.check("table_arithmetic", rows[2][1], "row 2210: 318,2 − 301,9 = 16,3",
            f"{A[2]} - {S[2]} == {E[2]}")
    g.check("parts_sum", "у тому числі: догляд вдома – 304 особи",
            "304 + 58 + 97 + 817 = 1 276 (each person counted once)",
            f"{s1} + {s2} + {s3} + {s4} == {sv}")
    g.check("parts_sum", "прийнято 389 рішень про надання послуг і 23 рішення про відмову",
            "389 decisions to provide + 23 refusals = 412 applications (decisions are literals, no §3 id)",
            f"389 + 23 == {za}")
    g.check("parts_sum", "з яких 2 визнано обґрунтованими", "2 of 7; 2 147 IDPs ≤ 6 318",
            f"{cp2} <= {cp} and f2 <= {ap}")
    g.check("parts_sum", "В управлінні працює 41 працівник при 44 штатних посадах",
            "41 ≤ 44; 11 trained ≤ 41", f"{act} <= {posn} and {tr} <= {act}")

    g.skip("Опубліковано: 12.10.2023 10:42", [12, 10, 2023, 10, 42], "publication date/time")
    g.skip("Переглядів: 318", [318], "view counter")
    g.skip("за 9 місяців 2023 року", [9, 2023], "period of the title")
    g.skip("за аналогічний період 2022 року звернень було 7 025", [2022, 7025], "prior-year figure")
    g.skip("Ми провели 14 виїзних прийомів у старостинських округах громади.", [14],
           "field receptions (not group events; no §3 id)")
    g.skip("прийнято 389 рішень про надання послуг і 23 рішення про відмову", [389, 23],
           "decisions and refusals (no §3 id); used as literals in a check")
    g.skip("(тел. (0245) 0-55-20)", [245, 5520], "hotline phone")
    g.skip("призначено 211 особам", [211], "carers' compensation (a benefit, no §3 id)")
    g.skip("державну соціальну допомогу малозабезпеченим сім'ям отримують 486 сімей", [486],
           "state benefit (no §3 id)")
    g.skip("Допомогу на проживання ВПО призначено 1 904 особам.", [1904],
           "IDP living allowance (a benefit, no §3 id)")
    g.skip("програми соціального захисту населення на 2023–2025 роки (затверджена рішенням сесії від "
           "22.12.2022 № 1187)", [2023, 2025, 22, 12, 2022, 1187], "programme years, decision")
    g.skip("КЕКВ\tНайменування\tЗатверджено на 9 місяців", [9], "table header")
    g.skip("У IV кварталі 2023 року плануємо відкрити ще один пункт прийому громадян у с. Дуліби та "
           "збільшити кількість виїзних прийомів до 20.", [4, 2023, 20], "plan")
    g.skip("82400, м. Стрий, вул. Шевченка, 71", [82400, 71], "postcode, address")
    g.skip("Упродовж січня–вересня 2023 року", [2023], "year of the period")
    g.skip("За 9 місяців 2023 року до управління", [9, 2023], "period")
    g.note("УСЗН → centre_type uszn; the note is for January–September 2023 → period_report; "
           "published date from the article meta line")
    g.note("amounts in тис. грн stored in hryvnias; each table cell is a fact with its kekv; rows "
           "hang on the Разом cell of the same column; the Разом cells carry no kekv")
    g.note("one planted slip (2240 economy 47,6 instead of 37,6) recorded as two table_arithmetic "
           "findings: the row's derived column and the economy column sum")
    g.note("benefits (компенсація, допомога малозабезпеченим, допомога на проживання ВПО) have no §3 "
           "id and are skipped; the 412 applications for social services → applied, unit "
           "applications; «7 скарг, з яких 2 обґрунтовані» → complaints 7 and a labelled part 2")
    g.note("the page's header, menu, breadcrumbs, sidebar (office hours, news, a poll) and footer "
           "(visitor counter) carry figures, but `zvitparse read` prints only the article, so none "
           "of them is in the read text; they are neither facts nor skips")
    return g


if __name__ == "__main__":
    write_text(report_path(DOC), PAGE, encoding="cp1251", newline="\n")
    gold().write()
