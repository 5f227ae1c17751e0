"""b123_03: відділ соціального захисту населення Ташанської сільської ради (Київська), analytic note for H1 2025.
Council web page (HTML, div layout with header, menu, breadcrumbs, sidebar with its own numbers, footer).
Impersonal voice. No planted slip."""
from common import Gold, report_path, write_text

DOC = "b123_03_tashan_uszn_h1_2025.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Аналітична довідка про надання соціальних послуг за І півріччя 2025 року | Ташанська сільська рада</title>
<link rel="stylesheet" href="/templates/tashan/css/style.css">
</head>
<body class="page-news">
<div id="top-bar">
  <div class="container">
    <span class="phone">Приймальня: (04567) 0-31-26</span>
    <span class="mail">rada@tashan.example.ua</span>
    <a class="eye" href="/?view=low">Версія для людей з порушенням зору</a>
  </div>
</div>
<div id="header">
  <div class="container">
    <a class="logo" href="/"><img src="/images/gerb.png" alt="Герб"></a>
    <div class="site-name">ТАШАНСЬКА СІЛЬСЬКА РАДА<br><small>Бориспільського району Київської області</small></div>
  </div>
</div>
<div id="main-menu">
  <ul class="menu">
    <li><a href="/">Головна</a></li>
    <li><a href="/hromada">Громада</a></li>
    <li><a href="/rada">Сільська рада</a></li>
    <li class="active"><a href="/soczahyst">Соціальний захист</a></li>
    <li><a href="/osvita">Освіта</a></li>
    <li><a href="/docs">Документи</a></li>
    <li><a href="/contacts">Контакти</a></li>
  </ul>
</div>
<div class="container">
  <div class="breadcrumbs"><a href="/">Головна</a> » <a href="/soczahyst">Соціальний захист</a> » Аналітична довідка</div>
  <div class="row">
    <div class="col-content">
      <div class="item-page">
        <h1>Аналітична довідка щодо надання соціальних послуг та соціальної підтримки населення громади за І півріччя 2025 року</h1>
        <div class="article-info">Опубліковано: 18.07.2025 | Відділ соціального захисту населення | Переглядів: 347</div>
        <p>Довідку підготовлено відділом соціального захисту населення Ташанської сільської ради на підставі даних
        відділу, КУ «Центр надання соціальних послуг» Ташанської сільської ради та служби у справах дітей.</p>
        <h2>1. Звернення громадян</h2>
        <p>У І півріччі 2025 року до відділу надійшло 1 246 звернень громадян (у І півріччі 2024 року – 1 102),
        з них 1 118 – з питань призначення державних допомог і житлових субсидій, 128 – щодо надання соціальних
        послуг. На «гарячу лінію» відділу зателефоновано 214 разів. Проведено 5 виїзних прийомів у старостинських
        округах, на яких прийнято 137 мешканців.</p>
        <p>Станом на 01.07.2025 в громаді взято на облік 1 934 внутрішньо переміщені особи. Житлові субсидії
        призначено 312 домогосподарствам.</p>
        <h2>2. Соціальні послуги</h2>
        <p>Фахівцями ЦНСП проведено оцінку потреб 86 сімей/осіб. Упродовж звітного періоду соціальні послуги
        отримали 390 осіб, серед них 116 внутрішньо переміщених осіб. Розподіл отримувачів за видами послуг
        наведено в таблиці.</p>
        <table class="table">
          <thead>
            <tr><th>Соціальна послуга</th><th>Код за Класифікатором</th><th>Отримувачів, осіб</th><th>у т. ч. ВПО</th><th>% ВПО</th></tr>
          </thead>
          <tbody>
            <tr><td>Консультування</td><td>002.0</td><td>188</td><td>57</td><td>30,3</td></tr>
            <tr><td>Догляд вдома</td><td>015.1</td><td>64</td><td>3</td><td>4,7</td></tr>
            <tr><td>Натуральна допомога</td><td>019.0</td><td>97</td><td>41</td><td>42,3</td></tr>
            <tr><td>Соціальна адаптація</td><td>013.0</td><td>19</td><td>6</td><td>31,6</td></tr>
            <tr><td>Представництво інтересів</td><td>004.0</td><td>22</td><td>9</td><td>40,9</td></tr>
            <tr><td><b>Разом</b></td><td></td><td><b>390</b></td><td><b>116</b></td><td><b>29,7</b></td></tr>
          </tbody>
        </table>
        <p>Таким чином, частка внутрішньо переміщених осіб серед отримувачів соціальних послуг становить 29,7 %.</p>
        <p>Соціальний супровід надавався 11 сім'ям, у яких виховується 23 дитини. У звітному періоді під супровід
        взято 4 сім'ї, трьом сім'ям надання послуги завершено, у двох із них – з позитивним результатом.
        У громаді функціонують 2 прийомні сім'ї, де виховується 5 дітей; обидві перебувають під соціальним
        супроводженням ЦНСП.</p>
        <p>Через гуманітарний хаб громади видано 1 460 продуктових наборів.</p>
        <h2>3. Фінансове забезпечення</h2>
        <p>На виконання Програми соціального захисту населення Ташанської сільської ради на 2024–2026 роки
        у І півріччі спрямовано 1 284,6 тис. грн, у тому числі на одноразову матеріальну допомогу 93 особам –
        412,0 тис. грн.</p>
        <h2>4. Кадрове забезпечення</h2>
        <p>У відділі при 7 штатних посадах працює 6 фахівців. Скарг на дії працівників відділу за звітний період
        не зареєстровано.</p>
        <p class="signature">Відділ соціального захисту населення Ташанської сільської ради</p>
      </div>
    </div>
    <div class="col-sidebar">
      <div class="module">
        <h3>Громада в цифрах</h3>
        <ul>
          <li>Населення: 9 870 осіб</li>
          <li>Площа: 312,4 км²</li>
          <li>Старостинських округів: 6</li>
        </ul>
      </div>
      <div class="module">
        <h3>Останні новини</h3>
        <ul>
          <li><a href="/news/1184">15.07.2025 Сесія сільської ради: ухвалено 42 рішення</a></li>
          <li><a href="/news/1181">11.07.2025 До ЦНСП надійшло 300 гігієнічних наборів</a></li>
        </ul>
      </div>
      <div class="module">
        <h3>Відділ соціального захисту</h3>
        <p>с. Ташань, вул. Шевченка, 12, каб. 4<br>тел. (04567) 0-30-18<br>Пн–Пт 8:00–17:00</p>
      </div>
    </div>
  </div>
</div>
<div id="footer">
  <div class="container">
    <p>© 2019–2025 Ташанська сільська рада. 08461, Київська обл., Бориспільський р-н, с. Ташань, вул. Шевченка, 12</p>
    <p>Код ЄДРПОУ 04363117 | Усі права захищено</p>
  </div>
</div>
</body>
</html>
"""

write_text(report_path(DOC), HTML)

g = Gold(DOC, {
    "centre": "Відділ соціального захисту населення Ташанської сільської ради",
    "centre_type": "uszn", "settlement": "Ташань", "oblast": "Київська",
    "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
    "published": "2025-07-18",
}, meta_alt={"settlement": ["Ташанська сільська громада"]})
F = g.f
n = lambda i: int(i[1:])
ap = F("applied", "applications", 1246, "до відділу надійшло 1 246 звернень громадян")
a1 = F("applied", "applications", 1118, "з них 1 118 – з питань призначення державних допомог і житлових субсидій",
       label="державні допомоги і житлові субсидії", group="applied_1246_by_topic", parent=ap)
a2 = F("applied", "applications", 128, "128 – щодо надання соціальних послуг", label="соціальні послуги",
       group="applied_1246_by_topic", parent=ap)
F("calls", "calls", 214, "На «гарячу лінію» відділу зателефоновано 214 разів")
ev = F("events", "events", 5, "Проведено 5 виїзних прийомів у старостинських")
F("event_participants", "persons", 137, "на яких прийнято 137 мешканців", parent=ev)
F("needs_assessed", "families_persons", 86, "проведено оцінку потреб 86 сімей/осіб")
sv = F("served", "persons", 390, "соціальні послуги отримали 390 осіб")
svi = F("served", "persons", 116, "серед них 116 внутрішньо переміщених осіб", category="внутрішньо переміщені особи",
        parent=sv)
rows = [("counselling", "Консультування\t002.0\t188\t57\t30,3", 188, 57, 30.3),
        ("home_care", "Догляд вдома\t015.1\t64\t3\t4,7", 64, 3, 4.7),
        ("natural_aid", "Натуральна допомога\t019.0\t97\t41\t42,3", 97, 41, 42.3),
        ("social_adaptation", "Соціальна адаптація\t013.0\t19\t6\t31,6", 19, 6, 31.6),
        ("representation", "Представництво інтересів\t004.0\t22\t9\t40,9", 22, 9, 40.9)]
tq = "Разом\t\t390\t116\t29,7"
tt = F("served", "persons", 390, tq, label="Разом (таблиця)")
ti = F("served", "persons", 116, tq, percent=29.7, category="внутрішньо переміщені особи", label="Разом (таблиця)",
       parent=tt)
rid, iid = [], []
for sid, q, a, b, p in rows:
    r = F("served", "persons", a, q, service=sid, group="table_recipients", parent=tt)
    rid.append(r)
    iid.append(F("served", "persons", b, q, percent=p, service=sid, category="внутрішньо переміщені особи",
                 group="table_idp", parent=r))
sh = F("share", "percent", 29.7, "частка внутрішньо переміщених осіб серед отримувачів соціальних послуг становить 29,7 %",
       label="частка ВПО серед отримувачів соціальних послуг")
ss = F("served", "families", 11, "Соціальний супровід надавався 11 сім'ям", service="social_support_sjo",
       alt=["support_ongoing"])
F("served", "children", 23, "у яких виховується 23 дитини", service="social_support_sjo", alt=["support_ongoing"],
  parent=ss)
st = F("support_started", "families", 4, "під супровід взято 4 сім'ї", service="social_support_sjo", parent=ss)
sc = F("support_completed", "families", 3, "трьом сім'ям надання послуги завершено", service="social_support_sjo",
       parent=ss, note="number in words «трьом»")
op = F("outcome_positive", "families", 2, "у двох із них – з позитивним результатом", service="social_support_sjo",
       parent=sc, note="number in words «двох»")
fo = F("served", "families", 2, "У громаді функціонують 2 прийомні сім'ї", service="social_support_foster",
       alt=["support_ongoing"], label="прийомні сім'ї під соціальним супроводженням",
       note="«обидві перебувають під соціальним супроводженням ЦНСП»: the 2 foster families are the recipients of 010.2")
F("served", "children", 5, "де виховується 5 дітей", service="social_support_foster", alt=["support_ongoing"],
  parent=fo)
bs = F("budget_spent", "uah", 1284600, "у І півріччі спрямовано 1 284,6 тис. грн",
       label="Програма соціального захисту населення")
ma = F("aid_value", "uah", 412000, "412,0 тис. грн", alt=["budget_spent"], label="одноразова матеріальна допомога",
       parent=bs)
F("served", "persons", 93, "на одноразову матеріальну допомогу 93 особам", label="одноразова матеріальна допомога")
pos = F("staff_positions", "positions", 7, "при 7 штатних посадах")
act = F("staff_actual", "staff", 6, "працює 6 фахівців")
F("complaints", "complaints", 0, "Скарг на дії працівників відділу за звітний період не зареєстровано.")

g.check("parts_sum", "з них 1 118 – з питань призначення державних допомог", "1 118 + 128 = 1 246",
        f"f{n(a1)} + f{n(a2)} == f{n(ap)}")
g.check("table_arithmetic", tq, "recipients: 188 + 64 + 97 + 19 + 22 = 390",
        " + ".join(f"f{n(i)}" for i in rid) + f" == f{n(tt)}")
g.check("table_arithmetic", tq, "IDP: 57 + 3 + 41 + 6 + 9 = 116", " + ".join(f"f{n(i)}" for i in iid) + f" == f{n(ti)}")
g.check("percent_mismatch", "Консультування\t002.0\t188\t57\t30,3",
        "% ВПО column: 57/188 = 30,3; 3/64 = 4,7; 41/97 = 42,3; 6/19 = 31,6; 9/22 = 40,9; 116/390 = 29,7",
        " and ".join(f"pct_ok(p{n(b)}, f{n(b)}, f{n(a)}, 1)" for a, b in zip(rid + [tt], iid + [ti])))
g.check("internal_conflict", "Таким чином, частка внутрішньо переміщених осіб",
        "prose 390 / 116 / 29,7 % = the table's Разом row",
        f"f{n(sv)} == f{n(tt)} and f{n(svi)} == f{n(ti)} and f{n(sh)} == p{n(ti)}")
g.check("parts_sum", "Соціальний супровід надавався 11 сім'ям",
        "4 taken ≤ 11; 2 positive ≤ 3 completed ≤ 11", f"f{n(st)} <= f{n(ss)} and f{n(op)} <= f{n(sc)} <= f{n(ss)}")
g.check("parts_sum", "у тому числі на одноразову матеріальну допомогу 93 особам",
        "412,0 ≤ 1 284,6 тис. грн", f"f{n(ma)} <= f{n(bs)}")
g.check("parts_sum", "У відділі при 7 штатних посадах працює 6 фахівців", "6 ≤ 7", f"f{n(act)} <= f{n(pos)}")

g.skip("Аналітична довідка щодо надання соціальних послуг та соціальної підтримки населення громади за І півріччя 2025 року",
       [1, 2025], "period in the title")
g.skip("Опубліковано: 18.07.2025 | Відділ соціального захисту населення | Переглядів: 347", [18, 7, 2025, 347],
       "publication date, view counter")
g.skip("Приймальня: (04567) 0-31-26", [4567, 3126], "phone in the top bar")
g.skip("1. Звернення громадян", [1, 2, 3, 4], "section numbers")
g.skip("(у І півріччі 2024 року – 1 102)", [2024, 1102], "2024 figure")
g.skip("Станом на 01.07.2025 в громаді взято на облік 1 934 внутрішньо переміщені особи.", [1, 7, 2025, 1934],
       "date; IDP register of the hromada (not a register of families in СЖО, no §3 id)")
g.skip("Житлові субсидії призначено 312 домогосподарствам.", [312], "housing subsidies: no §3 id")
g.skip("Код за Класифікатором", ["002.0", "015.1", "019.0", "013.0", "004.0"], "classifier codes")
g.skip("Через гуманітарний хаб громади видано 1 460 продуктових наборів.", [1460], "items (food sets)")
g.skip("Програми соціального захисту населення Ташанської сільської ради на 2024–2026 роки", [2024, 2026],
       "programme years")

g.note("the page is the council's web page: header (phone), menu, breadcrumbs, sidebar («Громада в цифрах»: "
       "population, area, news with numbers; the department's contacts) and footer (postcode, address, ЄДРПОУ). "
       "`zvitparse read` prints the top bar (phone, skipped) and the article; the menu, breadcrumbs, sidebar and "
       "footer numbers are not in the read text and need no skip")
g.note("the author is the council's відділ соціального захисту населення → centre_type uszn; the figures cover "
       "the whole hromada, including the ЦНСП's services; all are facts of the document")
g.note("table: the «% ВПО» column is the `percent` of the IDP cell of the same row; IDP cells hang on their row's "
       "recipients cell (an overlapping «у т. ч.»), recipient rows on the Разом cell")
g.note("the 390 / 116 / 29,7 % of the prose and of the Разом row are written twice: separate facts; the prose "
       "29,7 % is a standalone share")
g.note("numbers in words: «трьом сім'ям» (support_completed 3), «у двох із них» (outcome_positive 2); «обидві» "
       "restates the 2 foster families and is not a new figure")
g.note("«одноразову матеріальну допомогу 93 особам – 412,0 тис. грн»: served 93 persons with a label (no service "
       "id: cash aid is not a classifier service) and aid_value 412 000 (alt budget_spent, part of the 1 284,6)")
g.note("no planted slip: every sum and percentage adds up")
g.write()
