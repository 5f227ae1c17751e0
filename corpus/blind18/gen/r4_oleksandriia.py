"""b18_04: служба у справах дітей Олександрійської міської ради (Кіровоградська), annual information 2024, HTML page
of a council site (div layout: header, menu, breadcrumbs, date/view counter, sidebar, footer), UTF-8.
No planted slip: everything adds up."""
from common import Gold, report_path, write_text

DOC = "b18_04_oleksandriia_ssd_annual2024.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Інформація про результати діяльності служби у справах дітей за 2024 рік | Олександрійська міська рада</title>
<link rel="stylesheet" href="/templates/city/css/style.css">
</head>
<body>
<div id="top">
  <div class="logo"><a href="/"><img src="/images/gerb.png" alt="Герб"> Олександрійська міська рада</a></div>
  <div class="top-contacts">Приймальня: (05235) 0-40-11</div>
</div>
<div id="menu">
  <ul>
    <li><a href="/">Головна</a></li>
    <li><a href="/rada">Міська рада</a></li>
    <li><a href="/vykonkom">Виконавчий комітет</a></li>
    <li><a href="/struktura">Структурні підрозділи</a></li>
    <li><a href="/docs">Документи</a></li>
    <li><a href="/news">Новини</a></li>
  </ul>
</div>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/struktura">Структурні підрозділи</a> » <a href="/ssd">Служба у справах дітей</a> » Звіти</div>
<div id="wrapper">
<div id="content">
<h1>Інформація про результати діяльності служби у справах дітей Олександрійської міської ради за 2024 рік</h1>
<div class="item-info">Опубліковано: 16.01.2025 | Автор: Служба у справах дітей | Переглядів: 427</div>
<div class="item-text">
<p>Служба у справах дітей Олександрійської міської ради (далі – Служба) є виконавчим органом міської ради, який забезпечує реалізацію державної політики з питань захисту прав дітей на території Олександрійської міської територіальної громади, де, за даними закладів освіти та охорони здоров’я, проживає 16 940 дітей.</p>
<h3>Облік дітей-сиріт та дітей, позбавлених батьківського піклування</h3>
<p>Станом на 31.12.2024 на первинному обліку Служби перебуває 287 дітей-сиріт та дітей, позбавлених батьківського піклування, з них 103 дитини-сироти та 184 дитини, позбавлені батьківського піклування (на 01.01.2024 – 292 дитини).</p>
<p>Протягом звітного року взято на первинний облік 39 дітей, знято з обліку 44 дитини, у тому числі у зв’язку з досягненням повноліття – 31, усиновленням – 6, поверненням на виховання до батьків – 7.</p>
<p>У сімейних формах виховання перебуває 251 дитина (87,5 % від кількості дітей на обліку), а саме: під опікою, піклуванням – 198, у прийомних сім’ях – 34, у дитячих будинках сімейного типу – 19. Усиновлено 6 дітей, з них 2 – громадянами України, які проживають за кордоном.</p>
<h3>Діти, які перебувають у складних життєвих обставинах</h3>
<p>Від закладів освіти, охорони здоров’я, Національної поліції та центру соціальних служб надійшли повідомлення щодо 64 дітей, які можуть перебувати у складних життєвих обставинах. Протягом року поставлено на облік 58 дітей, які перебувають у складних життєвих обставинах, знято з обліку 49 дітей, з них 37 – у зв’язку з подоланням складних життєвих обставин.</p>
<p>На кінець року на обліку перебуває 76 дітей з 41 сім’ї (на початок року – 67 дітей), з них: 17 сімей, у яких батьки ухиляються від виконання батьківських обов’язків, 9 сімей, у яких вчинено домашнє насильство, 15 сімей з інших причин (жебракування, бродяжництво, залишення дитини без нагляду).</p>
<p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2024 році надано 412 дітям (усього з 2022 року – 1 036 дітей).</p>
<h3>Робота зі зверненнями громадян</h3>
<p>До Служби надійшло 318 звернень громадян, з них 226 – письмових та 92 – усних; усі звернення розглянуто в установлені законодавством строки. На телефон «гарячої лінії» Служби надійшло 143 дзвінки.</p>
<p>Проведено 22 засідання комісії з питань захисту прав дитини, на яких розглянуто 311 питань. Підготовлено 57 висновків органу опіки та піклування до суду.</p>
<h3>Профілактична робота</h3>
<p>Спільно з ювенальною превенцією проведено 14 рейдів «Діти вулиці» та «Вокзал», під час яких виявлено 9 дітей без нагляду дорослих. У закладах освіти фахівці Служби провели 53 профілактичні заходи, якими охоплено 1 870 учнів 5–11 класів.</p>
<p>Штатна чисельність Служби – 9 посад, фактично працює 8 осіб. У 2025 році Служба планує створити ще 2 дитячі будинки сімейного типу.</p>
<p><i>Служба у справах дітей Олександрійської міської ради</i></p>
</div>
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a> | <a href="javascript:print()">Версія для друку</a></div>
</div>
<div id="sidebar">
  <div class="block"><h4>Служба у справах дітей</h4>
    <p>Адреса: 28000, м. Олександрія, просп. Соборний, 59, каб. 12</p>
    <p>Тел.: (05235) 0-41-26, гаряча лінія: (05235) 0-41-30</p>
    <p>Графік прийому: пн–пт 8:00–17:00, обід 12:00–13:00</p>
  </div>
  <div class="block"><h4>Останні новини</h4>
    <p><a href="/news/1204">Засідання виконавчого комітету 21.01.2025</a></p>
    <p><a href="/news/1198">Оголошено конкурс на заміщення 3 вакантних посад</a></p>
  </div>
</div>
</div>
<div id="footer">
  <p>© 2016–2025 Олександрійська міська рада. Усі права захищено.</p>
  <p>28000, Кіровоградська обл., м. Олександрія, просп. Соборний, 59. E-mail: ssd.oleksandriia@example.ua</p>
</div>
</body>
</html>
"""
write_text(report_path(DOC), HTML)

g = Gold(DOC, {
    "centre": "Служба у справах дітей Олександрійської міської ради",
    "centre_type": "other",
    "settlement": "Олександрія",
    "oblast": "Кіровоградська",
    "report_kind": "annual_report",
    "period_start": "2024-01-01",
    "period_end": "2024-12-31",
    "published": "2025-01-16",
})
R = "на первинному обліку Служби перебуває 287 дітей-сиріт та дітей, позбавлених батьківського піклування"
f_reg = g.f("registered", "children", 287, R, category="діти-сироти та діти, позбавлені батьківського піклування")
f_or = g.f("registered", "children", 103, "з них 103 дитини-сироти", category="діти-сироти",
           group="registered_287_by_status", parent=f_reg)
f_dp = g.f("registered", "children", 184, "184 дитини, позбавлені батьківського піклування",
           category="діти, позбавлені батьківського піклування", group="registered_287_by_status", parent=f_reg)
f_new = g.f("registered_new", "children", 39, "взято на первинний облік 39 дітей",
            category="діти-сироти та діти, позбавлені батьківського піклування")
f_off = g.f("deregistered", "children", 44, "знято з обліку 44 дитини",
            category="діти-сироти та діти, позбавлені батьківського піклування")
o1 = g.f("deregistered", "children", 31, "у зв'язку з досягненням повноліття – 31", label="досягнення повноліття",
         group="deregistered_44_by_reason", parent=f_off)
o2 = g.f("deregistered", "children", 6, "усиновленням – 6", label="усиновлення",
         group="deregistered_44_by_reason", parent=f_off)
o3 = g.f("deregistered", "children", 7, "поверненням на виховання до батьків – 7",
         label="повернення на виховання до батьків", group="deregistered_44_by_reason", parent=f_off)
f_not = g.f("notified", "children", 64, "надійшли повідомлення щодо 64 дітей")
f_snew = g.f("registered_new", "children", 58, "поставлено на облік 58 дітей, які перебувають у складних життєвих обставинах",
             category="діти, які перебувають у складних життєвих обставинах")
f_soff = g.f("deregistered", "children", 49, "знято з обліку 49 дітей",
             category="діти, які перебувають у складних життєвих обставинах")
f_spos = g.f("outcome_positive", "children", 37, "з них 37 – у зв'язку з подоланням складних життєвих обставин",
             parent=f_soff, alt=["deregistered"])
f_sfam = g.f("registered", "families", 41, "На кінець року на обліку перебуває 76 дітей з 41 сім'ї",
             category="сім'ї, у яких діти перебувають у складних життєвих обставинах")
f_sch = g.f("registered", "children", 76, "на обліку перебуває 76 дітей",
            category="діти, які перебувають у складних життєвих обставинах", parent=f_sfam)
c1 = g.f("registered", "families", 17, "17 сімей, у яких батьки ухиляються від виконання батьківських обов'язків",
         category="сім'ї, у яких батьки ухиляються від виконання батьківських обов'язків",
         group="sjo_families_41_by_reason", parent=f_sfam)
c2 = g.f("registered", "families", 9, "9 сімей, у яких вчинено домашнє насильство",
         category="сім'ї, у яких вчинено домашнє насильство", group="sjo_families_41_by_reason", parent=f_sfam)
c3 = g.f("registered", "families", 15, "15 сімей з інших причин", category="сім'ї з інших причин",
         group="sjo_families_41_by_reason", parent=f_sfam)
f_war = g.f("registered_new", "children", 412, "у 2024 році надано 412 дітям",
            label="надано статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
f_app = g.f("applied", "applications", 318, "До Служби надійшло 318 звернень громадян")
a1 = g.f("applied", "applications", 226, "з них 226 – письмових", label="письмові",
         group="applications_318_by_form", parent=f_app)
a2 = g.f("applied", "applications", 92, "92 – усних", label="усні", group="applications_318_by_form", parent=f_app)
f_call = g.f("calls", "calls", 143, "На телефон «гарячої лінії» Служби надійшло 143 дзвінки", label="гаряча лінія")
f_ev = g.f("events", "events", 53, "фахівці Служби провели 53 профілактичні заходи")
f_evp = g.f("event_participants", "children", 1870, "якими охоплено 1 870 учнів", unit_alt="persons", parent=f_ev)
f_pos = g.f("staff_positions", "positions", 9, "Штатна чисельність Служби – 9 посад")
f_act = g.f("staff_actual", "staff", 8, "фактично працює 8 осіб")

g.check("parts_sum", "з них 103 дитини-сироти та 184 дитини, позбавлені батьківського піклування", "103 + 184 = 287",
        f"{f_or} + {f_dp} == {f_reg}")
g.check("parts_sum", "знято з обліку 44 дитини, у тому числі", "31 + 6 + 7 = 44", f"{o1} + {o2} + {o3} == {f_off}")
g.check("parts_sum", "(на 01.01.2024 – 292 дитини)",
        "register movement: 292 at the start of the year + 39 taken − 44 removed = 287", f"292 + {f_new} - {f_off} == {f_reg}")
g.check("parts_sum", "перебуває 251 дитина (87,5 % від кількості дітей на обліку)",
        "placements 198 + 34 + 19 = 251 (skipped figures, not facts); 251 ≤ 287", f"198 + 34 + 19 == 251 <= {f_reg}")
g.check("percent_mismatch", "перебуває 251 дитина (87,5 % від кількості дітей на обліку)",
        "251/287 = 87,46 → 87,5", f"pct_ok(87.5, 251, {f_reg}, 1)")
g.check("internal_conflict", "Усиновлено 6 дітей", "adopted 6 = «усиновленням – 6» among the children removed from the register",
        f"{o2} == 6")
g.check("parts_sum", "(на початок року – 67 дітей)",
        "СЖО register: 67 at the start + 58 registered − 49 removed = 76; 37 overcome ≤ 49",
        f"67 + {f_snew} - {f_soff} == {f_sch} and {f_spos} <= {f_soff}")
g.check("parts_sum", "17 сімей, у яких батьки ухиляються від виконання батьківських обов'язків",
        "17 + 9 + 15 = 41 families", f"{c1} + {c2} + {c3} == {f_sfam}")
g.check("parts_sum", "з них 226 – письмових та 92 – усних", "226 + 92 = 318", f"{a1} + {a2} == {f_app}")
g.check("parts_sum", "фактично працює 8 осіб", "8 ≤ 9 positions", f"{f_act} <= {f_pos}")

g.skip("Приймальня: (05235) 0-40-11", [5235, 4011], "phone in the page header")
g.skip("Переглядів: 427", [427], "view counter")
g.skip("Опубліковано: 16.01.2025", [16, 1, 2025], "publication date (meta published)")
g.skip("проживає 16 940 дітей", [16940], "child population of the hromada")
g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")
g.skip("(на 01.01.2024 – 292 дитини)", [1, 1, 2024, 292], "start-of-year register (a different point in time; used in a check)")
g.skip("а саме: під опікою, піклуванням – 198, у прийомних сім'ях – 34, у дитячих будинках сімейного типу – 19",
       [251, 87.5, 198, 34, 19], "children in family-based care by form (placements); no §3 id (used in a check)")
g.skip("Усиновлено 6 дітей, з них 2 – громадянами України, які проживають за кордоном", [6, 2],
       "adoptions; no §3 id")
g.skip("(на початок року – 67 дітей)", [67], "start-of-year СЖО register (used in a check)")
g.skip("(усього з 2022 року – 1 036 дітей)", [2022, 1036], "cumulative figure since 2022 (other period)")
g.skip("Проведено 22 засідання комісії з питань захисту прав дитини, на яких розглянуто 311 питань", [22, 311],
       "commission sittings and questions; no §3 id")
g.skip("Підготовлено 57 висновків органу опіки та піклування до суду", [57], "court opinions; no §3 id")
g.skip("проведено 14 рейдів «Діти вулиці» та «Вокзал», під час яких виявлено 9 дітей без нагляду дорослих", [14, 9],
       "raids and children found; no §3 id")
g.skip("учнів 5–11 класів", [5, 11], "school grades")
g.skip("У 2025 році Служба планує створити ще 2 дитячі будинки сімейного типу", [2025, 2], "plan for next year")

g.note("a служба у справах дітей is centre_type other (as in blind11); the council page's menu, breadcrumbs, sidebar "
       "and footer are what a scraper gets; only what `zvitparse read` prints can be quoted")
g.note("registers: the primary register of orphans / children deprived of parental care and the СЖО register → "
       "registered / registered_new / deregistered (children) with a category; status «дитина, яка постраждала "
       "внаслідок воєнних дій» granted → registered_new with a label")
g.note("«76 дітей з 41 сім'ї»: two facts, the children row hangs on the families row (SPEC §3); the reasons list "
       "(17 + 9 + 15) breaks down the 41 families")
g.note("«знято з обліку 49 дітей, з них 37 – у зв'язку з подоланням СЖО» → outcome_positive (alt deregistered) with "
       "parent, as the seed gold does for «знято з обліку … обставини подолано»")
g.note("placements (опіка, прийомні сім'ї, ДБСТ), adoptions, commission sittings, court opinions and raids have no §3 "
       "id and are skipped, as in blind11")
g.note("«1 870 учнів» → event_participants with unit children (pupils), unit_alt persons")
g.write()
