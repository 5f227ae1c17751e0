"""b103_03: ЦСС Гельмязівської сільської ради, annual report 2021 (council web page, HTML, third person)."""
from common import Gold, report_path, write_text

DOC = "b103_03_helmiaziv_css_annual2021.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Звіт про роботу Центру соціальних служб за 2021 рік | Гельмязівська сільська рада</title>
<link rel="stylesheet" href="/wp-content/themes/hromada/style.css?ver=2.4.1">
</head>
<body class="post-template-default single">
<div id="page" class="site">
 <div class="site-top">
  <div class="container">
   <span class="top-phone">Приймальня: (04737) 0-31-42</span>
   <span class="top-mail">helmiaziv-rada@example.ua</span>
   <span class="top-lang">UA | EN</span>
  </div>
 </div>
 <div class="site-header">
  <div class="logo"><a href="/"><img src="/img/gerb.png" alt="Герб"> Гельмязівська сільська рада<br><small>Золотоніського району Черкаської області</small></a></div>
  <div class="main-menu">
   <ul>
    <li><a href="/">Головна</a></li>
    <li><a href="/hromada/">Громада</a></li>
    <li><a href="/rada/">Рада</a></li>
    <li><a href="/vykonkom/">Виконавчий комітет</a></li>
    <li><a href="/css/">Центр соціальних служб</a></li>
    <li><a href="/docs/">Документи</a></li>
    <li><a href="/contacts/">Контакти</a></li>
   </ul>
  </div>
 </div>
 <div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/css/">Центр соціальних служб</a> &raquo; <span>Звіт про роботу за 2021 рік</span></div>
 <div class="content-wrap">
  <div class="content-main">
   <div class="entry">
    <h1 class="entry-title">Звіт про роботу Центру соціальних служб Гельмязівської сільської ради за 2021 рік</h1>
    <div class="entry-meta">Опубліковано: 18.01.2022 &nbsp;|&nbsp; Рубрика: Соціальний захист &nbsp;|&nbsp; Переглядів: 327</div>
    <div class="entry-content">
     <p>Центр соціальних служб Гельмязівської сільської ради Золотоніського району Черкаської області утворено рішенням сесії від 24.12.2020 № 3-11/VIII. Протягом 2021 року діяльність Центру була спрямована на виявлення сімей, які перебувають у складних життєвих обставинах, і надання їм соціальних послуг за місцем проживання.</p>
     <h2>Виявлення сімей та оцінка потреб</h2>
     <p>Упродовж звітного року до Центру надійшли повідомлення про 46 сімей, які можуть перебувати у складних життєвих обставинах. Фахівці здійснили оцінку потреб 44 сімей; за її результатами 31 сім'ю визнано такою, що перебуває у СЖО. Ще 2 повідомлення не підтвердилися під час першого відвідування.</p>
     <h2>Соціальний супровід</h2>
     <p>Послугу соціального супроводу у 2021 році отримували 38 сімей, у яких виховується 81 дитина. Серед них: сімей, у яких батьки ухиляються від виконання батьківських обов'язків, – 17 (44,7 %); сімей, у яких виховуються діти з інвалідністю, – 7 (21,1 %); сімей внутрішньо переміщених осіб – 5 (13,2 %).</p>
     <p>Супровід завершено 21 сім'ї. З позитивним результатом (подолано складні життєві обставини) – 15 сімей (71,4 %), без результату – 6 сімей (28,6 %). На 2022 рік супровід продовжено 17 сім'ям.</p>
     <h2>Сімейні форми виховання</h2>
     <p>Центр здійснював соціальне супроводження 3 прийомних сімей та 1 дитячого будинку сімейного типу, у яких виховується 14 дітей. Кандидатів у прийомні батьки у 2021 році не було.</p>
     <h2>Інші послуги</h2>
     <table class="tbl">
      <thead><tr><th>Послуга</th><th>Отримали (осіб)</th><th>Надано послуг</th></tr></thead>
      <tbody>
       <tr><td>Консультування</td><td>512</td><td>947</td></tr>
       <tr><td>Інформування</td><td>1 304</td><td>1 304</td></tr>
       <tr><td>Представництво інтересів</td><td>23</td><td>41</td></tr>
       <tr><td>Посередництво (медіація)</td><td>9</td><td>18</td></tr>
      </tbody>
     </table>
     <p>Проведено 15 групових заходів (профілактичні години в школах, батьківські збори, акція «16 днів проти насильства»), якими охоплено 342 особи. На телефон довіри Центру надійшло 73 дзвінки.</p>
     <h2>Кадри</h2>
     <p>Штатна чисельність Центру – 7 посад, фактично працює 6 фахівців. У 2021 році 4 фахівці пройшли навчання у Черкаському обласному центрі соціальних служб (тривалість курсу – 40 годин).</p>
     <p>У 2022 році Центр планує розширити перелік послуг і взяти під супровід не менше 25 сімей.</p>
    </div>
    <div class="entry-share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
   </div>
  </div>
  <div class="sidebar">
   <div class="widget">
    <h3 class="widget-title">Громада в цифрах</h3>
    <ul>
     <li>Населення – 11 420 осіб</li>
     <li>Населених пунктів – 14</li>
     <li>Площа – 412,6 км²</li>
     <li>Закладів освіти – 9</li>
    </ul>
   </div>
   <div class="widget">
    <h3 class="widget-title">Останні новини</h3>
    <ul>
     <li><a href="/news/1841">Зимові канікули: графік роботи закладів</a> <span>17.01.2022</span></li>
     <li><a href="/news/1838">Сесія сільської ради 21 січня</a> <span>14.01.2022</span></li>
     <li><a href="/news/1835">Оголошено конкурс на посаду фахівця</a> <span>12.01.2022</span></li>
    </ul>
   </div>
  </div>
 </div>
 <div class="site-footer">
  <div class="container">
   <p>Гельмязівська сільська рада, 19530, Черкаська обл., Золотоніський р-н, с. Гельмязів, вул. Центральна, 5</p>
   <p>тел. (04737) 0-31-42 &nbsp; e-mail: helmiaziv-rada@example.ua</p>
   <p>© 2016–2022 Усі права захищені. Сайт працює на платформі «Громада-Веб».</p>
  </div>
 </div>
</div>
</body>
</html>
"""

path = report_path(DOC)
write_text(path, HTML)

g = Gold(DOC, {
    "centre": "Центр соціальних служб Гельмязівської сільської ради",
    "centre_type": "css", "settlement": "Гельмязів", "oblast": "Черкаська",
    "report_kind": "annual_report", "period_start": "2021-01-01", "period_end": "2021-12-31",
    "published": "2022-01-18"})

f1 = g.f("notified", "families", 46, "надійшли повідомлення про 46 сімей")
f2 = g.f("needs_assessed", "families", 44, "Фахівці здійснили оцінку потреб 44 сімей")
f3 = g.f("in_difficult_circumstances", "families", 31, "31 сім'ю визнано такою, що перебуває у СЖО")
f4 = g.f("served", "families", 38, "Послугу соціального супроводу у 2021 році отримували 38 сімей",
         service="social_support_sjo")
f5 = g.f("served", "children", 81, "у яких виховується 81 дитина", service="social_support_sjo", parent=f4)
f6 = g.f("served", "families", 17, "сімей, у яких батьки ухиляються від виконання батьківських обов'язків, – 17 (44,7 %)",
         percent=44.7, service="social_support_sjo", parent=f4,
         category="сім'ї, у яких батьки ухиляються від виконання батьківських обов'язків")
f7 = g.f("served", "families", 7, "сімей, у яких виховуються діти з інвалідністю, – 7 (21,1 %)", percent=21.1,
         service="social_support_sjo", parent=f4, category="сім'ї, у яких виховуються діти з інвалідністю")
f8 = g.f("served", "families", 5, "сімей внутрішньо переміщених осіб – 5 (13,2 %)", percent=13.2,
         service="social_support_sjo", parent=f4, category="сім'ї внутрішньо переміщених осіб")
f9 = g.f("support_completed", "families", 21, "Супровід завершено 21 сім'ї", service="social_support_sjo",
         parent=f4)
grp = "completed_21_by_result"
f10 = g.f("outcome_positive", "families", 15, "З позитивним результатом (подолано складні життєві обставини) – 15 сімей (71,4 %)",
          percent=71.4, group=grp, parent=f9, service="social_support_sjo")
f11 = g.f("outcome_negative", "families", 6, "без результату – 6 сімей (28,6 %)", percent=28.6, group=grp,
          parent=f9, service="social_support_sjo")
f12 = g.f("support_ongoing", "families", 17, "На 2022 рік супровід продовжено 17 сім'ям",
          service="social_support_sjo")
f13 = g.f("served", "families", 3, "соціальне супроводження 3 прийомних сімей", service="social_support_foster",
          label="прийомні сім'ї")
f14 = g.f("served", "families", 1, "1 дитячого будинку сімейного типу", service="social_support_foster",
          label="дитячі будинки сімейного типу")
f15 = g.f("served", "children", 14, "у яких виховується 14 дітей", service="social_support_foster", parent=f13,
          note="children of the 3 foster families and the 1 ДБСТ together; hung on the foster-family row")
rows = [("Консультування", "counselling", 512, 947, "512", "947"),
        ("Інформування", "informing", 1304, 1304, "1 304", "1 304"),
        ("Представництво інтересів", "representation", 23, 41, "23", "41"),
        ("Посередництво (медіація)", "mediation", 9, 18, "9", "18")]
for name, sv, a, b, aw, bw in rows:
    q = f"{name}\t{aw}\t{bw}"
    g.f("served", "persons", a, q, service=sv)
    g.f("services_provided", "services", b, q, service=sv)
f24 = g.f("events", "events", 15, "Проведено 15 групових заходів")
f25 = g.f("event_participants", "persons", 342, "якими охоплено 342 особи", parent=f24)
f26 = g.f("calls", "calls", 73, "На телефон довіри Центру надійшло 73 дзвінки")
f27 = g.f("staff_positions", "positions", 7, "Штатна чисельність Центру – 7 посад")
f28 = g.f("staff_actual", "staff", 6, "фактично працює 6 фахівців")
f29 = g.f("staff_trained", "staff", 4, "У 2021 році 4 фахівці пройшли навчання")

g.slip("percent_mismatch", "error", "сімей, у яких виховуються діти з інвалідністю, – 7 (21,1 %)", 21.1, 18.4,
       [f7, f4], "7 of the 38 families under support is 18,4 %, not 21,1 % (21,1 % would be 8 of 38).",
       "pct_ok(p7, f7, f4, 1)", slip=1)

g.check("percent_mismatch", "– 17 (44,7 %)", "17 / 38 = 44,74 % → 44,7", "pct_ok(p6, f6, f4, 1)")
g.check("percent_mismatch", "сімей внутрішньо переміщених осіб – 5 (13,2 %)", "5 / 38 = 13,16 % → 13,2",
        "pct_ok(p8, f8, f4, 1)")
g.check("parts_sum", "Серед них:", "17 + 7 + 5 = 29 ≤ 38 (overlapping «серед них» categories, not a partition)",
        "f6 + f7 + f8 <= f4")
g.check("parts_sum", "Супровід завершено 21 сім'ї", "15 + 6 = 21", "f10 + f11 == f9")
g.check("percent_mismatch", "– 15 сімей (71,4 %)", "15 / 21 = 71,43 % → 71,4; 6 / 21 = 28,57 % → 28,6",
        "pct_ok(p10, f10, f9, 1) and pct_ok(p11, f11, f9, 1)")
g.check("percents_sum", "без результату – 6 сімей (28,6 %)", "71,4 + 28,6 = 100", "psum_ok([p10, p11], 1)")
g.check("parts_sum", "На 2022 рік супровід продовжено 17 сім'ям", "38 − 21 = 17", "f4 - f9 == f12")
g.check("parts_sum", "Фахівці здійснили оцінку потреб 44 сімей",
        "44 assessed + 2 not confirmed = 46 notified; 31 in СЖО ≤ 44", "f2 + 2 == f1 and f3 <= f2")
g.check("parts_sum", "фактично працює 6 фахівців", "4 trained ≤ 6 staff ≤ 7 positions", "f29 <= f28 <= f27")

g.skip("Приймальня: (04737) 0-31-42", [4737, 3142], "phone in the site's top bar")
g.skip("Опубліковано: 18.01.2022", [18, 1, 2022], "publication date (meta published)")
g.skip("Переглядів: 327", [327], "view counter")
g.skip("рішенням сесії від 24.12.2020 № 3-11/VIII", [24, 12, 2020, 3, 11], "decision date and number")
g.skip("Ще 2 повідомлення не підтвердилися під час першого відвідування.", [2],
       "notifications not confirmed (no §3 id); used as a literal in a check")
g.skip("На 2022 рік супровід продовжено 17 сім'ям", [2022], "year")
g.skip("акція «16 днів проти насильства»", [16], "name of a campaign")
g.skip("(тривалість курсу – 40 годин)", [40], "duration")
g.skip("У 2022 році Центр планує розширити перелік послуг і взяти під супровід не менше 25 сімей.", [2022, 25],
       "plan")
g.skip("Кандидатів у прийомні батьки у 2021 році не було.", [2021], "no figure with a §3 id")

g.note("the page's header, menu, sidebar («Громада в цифрах»: population 11 420, 14 settlements, 412,6 км², "
       "9 schools; news dates) and footer (postcode, address, phone) are site furniture; whatever of them "
       "`zvitparse read` prints is skipped, none is a fact")
g.note("«надійшли повідомлення про 46 сімей» → notified; «здійснили оцінку потреб 44 сімей» → needs_assessed; "
       "«31 сім'ю визнано такою, що перебуває у СЖО» → in_difficult_circumstances")
g.note("«Серед них» categories of the 38 families overlap-free in this text but not exhaustive → parent_id "
       "only, no group")
g.note("foster care: «3 прийомних сімей та 1 дитячого будинку сімейного типу» → two served rows "
       "(social_support_foster) with labels; the 14 children hang on the first")
g.note("the table: each cell a fact quoted by its row (served persons, services_provided services)")
g.note("published: the page states «Опубліковано: 18.01.2022»; oblast: stated in the article's first sentence "
       "(«… Золотоніського району Черкаської області»)")
g.write()
