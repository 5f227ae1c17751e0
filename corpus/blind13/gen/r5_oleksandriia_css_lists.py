"""b13_05: Центр соціальних служб Олександрійської міської ради (Кіровоградська), IV квартал 2024.

UTF-8 council page whose report is nested <ul><li> lists with <strong> labels and the number in
the next element (a <div>, the next <li>, a <span> glued to the label, a <dl>); the year appears
only in the title («за IV квартал 2024 року»).
Planted slip: 452 consultations, «індивідуальних 389, групових 58» = 447.
"""
from common import Gold, report_path, write_text

NAME = "b13_05_oleksandriia_css_q4_2024.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Звіт про роботу Центру соціальних служб за IV квартал 2024 року | Олександрійська міська рада</title>
</head>
<body>
<header>
<div class="logo">Олександрійська міська рада</div>
<nav><ul class="menu">
<li><a href="/">Головна</a></li><li><a href="/vlada">Влада</a></li><li><a href="/social">Соціальний захист</a></li><li><a href="/news">Новини</a></li><li><a href="/contacts">Контакти</a></li>
</ul></nav>
</header>
<main>
<div class="breadcrumbs"><a href="/">Головна</a> / <a href="/social">Соціальний захист</a> / Звіти</div>
<article>
<h1>Звіт про роботу Центру соціальних служб Олександрійської міської ради за IV квартал 2024 року</h1>
<div class="meta">Опубліковано: 14.01.2025 | Переглядів: 287</div>
<p>Центр соціальних служб Олександрійської міської ради Кіровоградської області інформує про основні результати роботи у звітному кварталі.</p>
<ul class="report">
<li><strong>1. Виявлення сімей (осіб), які перебувають у складних життєвих обставинах</strong>
 <ul>
  <li><strong>Надійшло повідомлень про сім'ї, які можуть перебувати у СЖО:</strong> <div class="val">38</div>
   <ul>
    <li><strong>від закладів освіти:</strong> <div class="val">14</div></li>
    <li><strong>від служби у справах дітей:</strong> <div class="val">11</div></li>
    <li><strong>від ювенальної поліції:</strong> <div class="val">8</div></li>
    <li><strong>від закладів охорони здоров'я:</strong> <div class="val">5</div></li>
   </ul>
  </li>
  <li><strong>Проведено оцінок потреб сімей:</strong> <div class="val">36</div></li>
  <li><strong>Виявлено сімей, які перебувають у СЖО:</strong> <div class="val">21</div></li>
 </ul>
</li>
<li><strong>2. Соціальний супровід сімей (осіб), які перебувають у СЖО</strong>
 <ul>
  <li><strong>Перебувало під соціальним супроводом сімей:</strong><br><span>47</span> <em>(у них дітей: 89)</em></li>
  <li><em>для порівняння: за IV квартал 2023 року – 41 сім'я</em></li>
  <li><strong>Взято під соціальний супровід протягом кварталу:</strong></li><li class="val">9</li>
  <li><strong>Завершено соціальний супровід:</strong></li><li class="val">12</li>
  <li><strong>з них з позитивним результатом:</strong></li><li class="val">10</li>
  <li><strong>з них без позитивного результату:</strong></li><li class="val">2</li>
  <li><strong>Продовжено надання послуги на I квартал 2025 року:</strong></li><li class="val">35</li>
 </ul>
</li>
<li><strong>3. Соціальне супроводження прийомних сімей та дитячих будинків сімейного типу</strong>
 <ul>
  <li><strong>Прийомних сімей:</strong> <div class="val">6</div> <div>дітей у них: 13</div></li>
  <li><strong>Дитячих будинків сімейного типу:</strong> <div class="val">2</div> <div>дітей у них: 15</div></li>
 </ul>
</li>
<li><strong>4. Консультування</strong>
 <ul>
  <li><strong>Кількість отримувачів:</strong> <div class="val">318</div></li>
  <li><strong>Кількість наданих консультацій:</strong> <div class="val">452</div>
   <ul>
    <li><strong>індивідуальних:</strong> <div class="val">389</div></li>
    <li><strong>групових:</strong> <div class="val">58</div></li>
   </ul>
  </li>
 </ul>
</li>
<li><strong>5. Інформування</strong>
 <ul>
  <li><strong>Кількість отримувачів:</strong> <div class="val">1 207</div></li>
 </ul>
</li>
<li><strong>6. Кризове та екстрене втручання, натуральна допомога</strong>
 <ul>
  <li><strong>Кризове та екстрене втручання, сімей:</strong> <div class="val">3</div></li>
  <li><strong>Натуральна допомога (гуманітарні набори), отримувачів:</strong> <div class="val">64</div></li>
 </ul>
</li>
<li><strong>7. Соціальна профілактика та представництво інтересів</strong>
 <ul>
  <li><strong>Соціальна профілактика, отримувачів:</strong> <div class="val">142</div></li>
  <li><strong>Представництво інтересів, отримувачів:</strong> <div class="val">4</div></li>
 </ul>
</li>
<li><strong>8. Робота з внутрішньо переміщеними особами</strong>
 <ul>
  <li><strong>Надійшло заяв від ВПО про надання соціальних послуг:</strong> <div class="val">57</div></li>
  <li><strong>Отримали соціальні послуги ВПО, осіб:</strong> <div class="val">276</div>
   <ul><li><strong>з них дітей:</strong> <div class="val">83</div></li></ul>
  </li>
 </ul>
</li>
<li><strong>9. Групові заходи</strong>
 <ul>
  <li><span class="lbl">Кількість заходів</span><span class="val">14</span></li>
  <li><span class="lbl">Кількість учасників</span><span class="val">236</span></li>
 </ul>
</li>
</ul>
<h2>Кадрове забезпечення</h2>
<dl>
<dt>Штатних посад</dt><dd>14</dd>
<dt>Фактично працюють</dt><dd>12</dd>
<dt>Пройшли навчання (вебінари, тренінги)</dt><dd>5</dd>
</dl>
<p><strong>Скарги:</strong> протягом кварталу скарг на якість надання соціальних послуг не надходило.</p>
<p>Звертайтеся: м. Олександрія, вул. Шевченка, 34, каб. 12, тел. (05235) 0-40-17, з 8.00 до 17.00.</p>
</article>
</main>
<aside><h3>Останні новини</h3><ul><li><a href="/n/1">Засідання виконкому 23.01.2025</a></li><li><a href="/n/2">Графік прийому громадян на лютий</a></li></ul></aside>
<footer><p>© 2025 Олександрійська міська рада. 28000, Кіровоградська обл., м. Олександрія, пр. Соборний, 59</p></footer>
</body>
</html>
"""


def main():
    write_text(report_path(NAME), HTML)
    g = Gold(NAME, {
        "centre": "Центр соціальних служб Олександрійської міської ради",
        "centre_type": "css",
        "settlement": "Олександрія",
        "oblast": "Кіровоградська",
        "report_kind": "period_report",
        "period_start": "2024-10-01",
        "period_end": "2024-12-31",
        "published": "2025-01-14",
    })
    nt = g.f("notified", "families", 38,
             "Надійшло повідомлень про сім'ї, які можуть перебувати у СЖО:\n\n38")
    for lab, v in [("від закладів освіти", 14), ("від служби у справах дітей", 11),
                   ("від ювенальної поліції", 8), ("від закладів охорони здоров'я", 5)]:
        g.f("notified", "families", v, f"{lab}:\n\n{v}", label=lab, group="notified_38_by_source", parent=nt)
    g.f("needs_assessed", "families", 36, "Проведено оцінок потреб сімей:\n\n36")
    g.f("in_difficult_circumstances", "families", 21, "Виявлено сімей, які перебувають у СЖО:\n\n21")
    ss = g.f("served", "families", 47, "Перебувало під соціальним супроводом сімей:\n47",
             service="social_support_sjo", alt=["support_ongoing"])
    g.f("served", "children", 89, "(у них дітей: 89)", service="social_support_sjo", alt=["support_ongoing"],
        parent=ss)
    g.f("support_started", "families", 9, "Взято під соціальний супровід протягом кварталу:\n\n9",
        service="social_support_sjo")
    sc = g.f("support_completed", "families", 12, "Завершено соціальний супровід:\n\n12",
             service="social_support_sjo")
    g.f("outcome_positive", "families", 10, "з них з позитивним результатом:\n\n10",
        service="social_support_sjo", group="completed_12_by_outcome", parent=sc)
    g.f("outcome_negative", "families", 2, "з них без позитивного результату:\n\n2",
        service="social_support_sjo", group="completed_12_by_outcome", parent=sc)
    g.f("support_ongoing", "families", 35, "Продовжено надання послуги на I квартал 2025 року:\n\n35",
        service="social_support_sjo",
        note="a figure of this quarter (families whose support goes on), though it names 2025")
    pf = g.f("served", "families", 6, "Прийомних сімей:\n\n6", service="social_support_foster",
             category="прийомні сім'ї")
    g.f("served", "children", 13, "дітей у них: 13", service="social_support_foster", parent=pf)
    db = g.f("served", "families", 2, "Дитячих будинків сімейного типу:\n\n2", service="social_support_foster",
             category="дитячі будинки сімейного типу")
    g.f("served", "children", 15, "дітей у них: 15", service="social_support_foster", parent=db)
    g.f("served", "recipients", 318, "Кількість отримувачів:\n\n318", service="counselling", unit_alt="persons")
    cs = g.f("services_provided", "services", 452, "Кількість наданих консультацій:\n\n452",
             service="counselling")
    i1 = g.f("services_provided", "services", 389, "індивідуальних:\n\n389", service="counselling",
             label="індивідуальні", group="consultations_452_by_form", parent=cs)
    i2 = g.f("services_provided", "services", 58, "групових:\n\n58", service="counselling",
             label="групові", group="consultations_452_by_form", parent=cs)
    g.f("served", "recipients", 1207, "Кількість отримувачів:\n\n1 207", service="informing", unit_alt="persons")
    g.f("served", "families", 3, "Кризове та екстрене втручання, сімей:\n\n3", service="crisis_intervention")
    g.f("served", "recipients", 64, "Натуральна допомога (гуманітарні набори), отримувачів:\n\n64",
        service="natural_aid", unit_alt="persons")
    g.f("served", "recipients", 142, "Соціальна профілактика, отримувачів:\n\n142", service="social_prevention",
        unit_alt="persons")
    g.f("served", "recipients", 4, "Представництво інтересів, отримувачів:\n\n4", service="representation",
        unit_alt="persons")
    g.f("applied", "applications", 57, "Надійшло заяв від ВПО про надання соціальних послуг:\n\n57",
        category="внутрішньо переміщені особи")
    vp = g.f("served", "persons", 276, "Отримали соціальні послуги ВПО, осіб:\n\n276",
             category="внутрішньо переміщені особи")
    g.f("served", "children", 83, "з них дітей:\n\n83", category="діти з числа внутрішньо переміщених осіб",
        parent=vp)
    ev = g.f("events", "events", 14, "Кількість заходів14")
    g.f("event_participants", "persons", 236, "Кількість учасників236", parent=ev, unit_alt="recipients")
    g.f("staff_positions", "positions", 14, "Штатних посад\n\n14")
    g.f("staff_actual", "staff", 12, "Фактично працюють\n\n12")
    g.f("staff_trained", "staff", 5, "Пройшли навчання (вебінари, тренінги)\n\n5")
    g.f("complaints", "complaints", 0, "скарг на якість надання соціальних послуг не надходило")

    g.slip("parts_sum", "error", "Кількість наданих консультацій:\n\n452", 452, 447, [cs, i1, i2],
           "consultations by form: 389 individual + 58 group = 447, the total says 452 (5 missing)")
    g.check("parts_sum", "Надійшло повідомлень про сім'ї, які можуть перебувати у СЖО:\n\n38",
            "14 + 11 + 8 + 5 = 38")
    g.check("parts_sum", "Завершено соціальний супровід:\n\n12", "10 + 2 = 12")
    g.check("parts_sum", "Перебувало під соціальним супроводом сімей:\n47",
            "47 under support = 12 completed + 35 continued; 9 taken ≤ 47")
    g.check("parts_sum", "Проведено оцінок потреб сімей:\n\n36", "21 in СЖО ≤ 36 assessed ≤ 38 notified")
    g.check("parts_sum", "Фактично працюють\n\n12", "12 ≤ 14 positions; 5 trained ≤ 12")

    g.skip("Опубліковано: 14.01.2025 | Переглядів: 287", [14, 1, 2025, 287], "publication date and view counter")
    g.skip("для порівняння: за IV квартал 2023 року – 41 сім'я", [2023, 41], "same quarter of the previous year")
    g.skip("1. Виявлення сімей (осіб), які перебувають у складних життєвих обставинах", [1, 2, 3, 4, 5, 6, 7, 8, 9],
           "section numbers")
    g.skip("м. Олександрія, вул. Шевченка, 34, каб. 12, тел. (05235) 0-40-17, з 8.00 до 17.00",
           [34, 12, 5235, 8, 17], "address, room, phone, office hours")
    g.skip("IV квартал 2024 року", [4, 2024], "the period in the title")
    g.note("period: the year appears only in the title («за IV квартал 2024 року»); «I квартал 2025 року» names "
           "the quarter into which support continues, not the report period")
    g.note("each label and its number come out on separate lines (the number sits in the next block element or "
           "in the next <li>); quotes span the label, the blank line and the number. Two spans glued without "
           "a space give «Кількість заходів14» and «Кількість учасників236»")
    g.note("«Кількість отримувачів» under Консультування / Інформування → served with the section's service, "
           "unit recipients (unit_alt persons); «Натуральна допомога ..., отримувачів» likewise")
    g.note("«Перебувало під соціальним супроводом сімей» → served (alt support_ongoing); «Продовжено надання "
           "послуги на I квартал 2025 року» → support_ongoing")
    g.note("section 8 (ВПО) cuts across the service sections; its 276 persons carry no parent (no all-recipients "
           "total is written)")
    g.note("sidebar and footer (news, © 2025, postcode) are dropped by the reader and are not annotated")
    g.write()


if __name__ == "__main__":
    main()
