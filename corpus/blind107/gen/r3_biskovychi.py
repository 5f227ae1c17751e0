"""b107_03: служба у справах дітей Бісковицької сільської ради (Львівська), information on the work in 2022.
Council web page (HTML) with header, menu, breadcrumbs, sidebar with its own numbers, footer. Third person.
No planted slip."""
from common import Gold, report_path, write_text

DOC = "b107_03_biskovychi_ssd_annual2022.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Інформація про роботу служби у справах дітей за 2022 рік | Бісковицька сільська рада</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/templates/gromada/css/style.css">
</head>
<body>
<div class="site-header">
  <div class="header-contacts">82041, Львівська обл., с. Бісковичі, вул. Шевченка, 2 &nbsp;|&nbsp; тел. (03238) 0-61-12 &nbsp;|&nbsp; rada@biskovychi.example.ua</div>
  <div class="logo"><a href="/"><img src="/images/gerb.png" alt="Герб"> Бісковицька сільська рада<br><small>Самбірський район, Львівська область</small></a></div>
  <nav class="main-menu">
    <ul>
      <li><a href="/">Головна</a></li>
      <li><a href="/gromada">Громада</a></li>
      <li><a href="/vlada">Влада</a></li>
      <li><a href="/news">Новини</a></li>
      <li><a href="/docs">Документи</a></li>
      <li><a href="/contacts">Контакти</a></li>
    </ul>
  </nav>
</div>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/ssd">Служба у справах дітей</a> » Звіти</div>
<div class="wrapper">
<div class="content">
  <h1>Інформація про роботу служби у справах дітей Бісковицької сільської ради за 2022 рік</h1>
  <div class="post-info">Опубліковано: 27.01.2023 09:15 &nbsp; Автор: Служба у справах дітей &nbsp; Переглядів: 284</div>

  <p>Служба у справах дітей Бісковицької сільської ради (далі – служба) у 2022 році здійснювала повноваження
  органу опіки та піклування щодо захисту прав дітей громади, у якій проживає 4 960 дітей віком до 18 років.
  Рік був позначений війною: у громаду прибули сотні родин з дітьми зі сходу та півдня України.</p>

  <h2>Діти-сироти та діти, позбавлені батьківського піклування</h2>
  <p>Станом на 31.12.2022 на первинному обліку служби перебуває 34 дитини, з них 9 дітей-сиріт і 25 дітей,
  позбавлених батьківського піклування (на 01.01.2022 на обліку перебувала 31 дитина). Протягом року
  служба взяла на облік 7 дітей, а зняла з обліку 4: троє досягли повноліття, одну дитину усиновлено.</p>
  <p>Усі діти цієї категорії виховуються в сімейних формах: під опікою та піклуванням – 27, у прийомних
  сім'ях – 5, у дитячому будинку сімейного типу – 2.</p>

  <h2>Діти у складних життєвих обставинах</h2>
  <p>На обліку дітей, які перебувають у складних життєвих обставинах, на кінець року перебуває 19 дітей
  з 11 сімей. Протягом 2022 року поставлено на такий облік 8 дітей, знято з обліку 6 дітей у зв'язку
  з поліпшенням умов виховання. Надійшли повідомлення щодо 21 дитини, яка могла зазнати домашнього
  насильства; за кожним повідомленням проведено перевірку.</p>

  <h2>Діти, які постраждали внаслідок воєнних дій</h2>
  <p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2022 році надано
  63 дітям, з них 41 – діти з числа внутрішньо переміщених осіб. Заяви приймалися протягом 30 днів з дня
  звернення відповідно до постанови КМУ від 05.04.2017 № 268.</p>

  <h2>Робота з громадянами</h2>
  <ul>
    <li>до служби надійшло 146 звернень громадян, з них письмових – 58, усних – 88;</li>
    <li>фахівці служби надали 212 консультацій з питань захисту прав дітей;</li>
    <li>на телефон «гарячої лінії» служби надійшло 37 дзвінків;</li>
    <li>проведено 12 засідань комісії з питань захисту прав дитини, розглянуто 74 питання;</li>
    <li>разом із ювенальною превенцією проведено 9 рейдів «Діти вулиці» та «Урок»;</li>
    <li>проведено 14 профілактичних заходів у закладах освіти, ними охоплено 530 дітей.</li>
  </ul>

  <p>У штаті служби 3 посади, усі заповнені: працюють 3 фахівці. Двоє з них у 2022 році пройшли навчання
  з питань кейс-менеджменту у Львівському обласному центрі соціальних служб.</p>
  <p>У 2023 році служба планує створити ще 2 прийомні сім'ї та провести не менше 20 профілактичних заходів.</p>

  <div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</div>
<div class="sidebar">
  <div class="widget">
    <h3>Громада в цифрах</h3>
    <ul>
      <li>Площа – 253 км²</li>
      <li>Населення – 21,8 тис. осіб</li>
      <li>Населених пунктів – 18</li>
      <li>Старостинських округів – 7</li>
    </ul>
  </div>
  <div class="widget">
    <h3>Останні новини</h3>
    <ul>
      <li><a href="/news/1204">25.01.2023 Сесія сільської ради: затверджено 14 програм</a></li>
      <li><a href="/news/1203">24.01.2023 ЦНСП надав 1 320 послуг у грудні</a></li>
    </ul>
  </div>
</div>
</div>
<div class="footer">
  <p>© 2017–2023 Бісковицька сільська рада. Усі права захищено.</p>
  <p>Код ЄДРПОУ 04371835 &nbsp; Графік роботи: пн–пт 8:00–17:00</p>
</div>
</body>
</html>
"""

path = report_path(DOC)
write_text(path, HTML)

g = Gold(DOC, {
    "centre": "Служба у справах дітей Бісковицької сільської ради",
    "centre_type": "other", "settlement": "Бісковичі", "oblast": "Львівська",
    "report_kind": "annual_report", "period_start": "2022-01-01", "period_end": "2022-12-31",
    "published": "2023-01-27"})

f_reg = g.f("registered", "children", 34, "на первинному обліку служби перебуває 34 дитини",
            category="діти-сироти та діти, позбавлені батьківського піклування")
f_or = g.f("registered", "children", 9, "з них 9 дітей-сиріт", category="діти-сироти", group="registered_34_by_status",
           parent=f_reg)
f_pb = g.f("registered", "children", 25, "25 дітей, позбавлених батьківського піклування",
           category="діти, позбавлені батьківського піклування", group="registered_34_by_status", parent=f_reg)
f_new = g.f("registered_new", "children", 7, "служба взяла на облік 7 дітей",
            category="діти-сироти та діти, позбавлені батьківського піклування")
f_der = g.f("deregistered", "children", 4, "а зняла з обліку 4",
            category="діти-сироти та діти, позбавлені батьківського піклування")
f_d1 = g.f("deregistered", "children", 3, "троє досягли повноліття", label="досягнення повноліття",
           group="dereg_4_by_reason", parent=f_der, note="number written in words («троє»)")
f_d2 = g.f("deregistered", "children", 1, "одну дитину усиновлено", label="усиновлення", group="dereg_4_by_reason",
           parent=f_der, note="number written in words («одну»)")

f_sf = g.f("registered", "families", 11, "з 11 сімей", category="сім'ї, діти яких перебувають у СЖО")
f_sc = g.f("registered", "children", 19, "на кінець року перебуває 19 дітей",
           category="діти, які перебувають у складних життєвих обставинах", parent=f_sf)
f_snew = g.f("registered_new", "children", 8, "Протягом 2022 року поставлено на такий облік 8 дітей",
             category="діти, які перебувають у складних життєвих обставинах")
f_sder = g.f("deregistered", "children", 6, "знято з обліку 6 дітей у зв'язку з поліпшенням умов виховання",
             category="діти, які перебувають у складних життєвих обставинах", alt=["outcome_positive"])
f_not = g.f("notified", "children", 21, "Надійшли повідомлення щодо 21 дитини",
            label="можливе домашнє насильство")
f_war = g.f("registered_new", "children", 63, "63 дітям",
            label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
f_war_idp = g.f("registered_new", "children", 41, "з них 41 – діти з числа внутрішньо переміщених осіб",
                label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів",
                category="внутрішньо переміщені особи", parent=f_war)

f_app = g.f("applied", "applications", 146, "до служби надійшло 146 звернень громадян")
f_a1 = g.f("applied", "applications", 58, "з них письмових – 58", label="письмові",
           group="applied_146_by_form", parent=f_app)
f_a2 = g.f("applied", "applications", 88, "усних – 88", label="усні", group="applied_146_by_form", parent=f_app)
f_cons = g.f("services_provided", "services", 212, "фахівці служби надали 212 консультацій", service="counselling")
f_call = g.f("calls", "calls", 37, "на телефон «гарячої лінії» служби надійшло 37 дзвінків")
f_ev = g.f("events", "events", 14, "проведено 14 профілактичних заходів у закладах освіти")
f_evp = g.f("event_participants", "children", 530, "ними охоплено 530 дітей", parent=f_ev)
f_pos = g.f("staff_positions", "positions", 3, "У штаті служби 3 посади")
f_act = g.f("staff_actual", "staff", 3, "працюють 3 фахівці")
f_tr = g.f("staff_trained", "staff", 2, "Двоє з них у 2022 році пройшли навчання", note="number written in words")

g.check("parts_sum", "з них 9 дітей-сиріт і 25 дітей", "9 + 25 = 34", f"{f_or} + {f_pb} == {f_reg}")
g.check("parts_sum", "(на 01.01.2022 на обліку перебувала 31 дитина)",
        "stock flow: 31 at the start + 7 taken − 4 removed = 34 at the end (31 is a literal: start-of-year stock)",
        f"31 + {f_new} - {f_der} == {f_reg}")
g.check("parts_sum", "троє досягли повноліття, одну дитину усиновлено", "3 + 1 = 4", f"{f_d1} + {f_d2} == {f_der}")
g.check("parts_sum", "під опікою та піклуванням – 27, у прийомних сім'ях – 5, у дитячому будинку сімейного типу – 2",
        "placements by form 27 + 5 + 2 = 34 (placements have no §3 id; literals)", f"27 + 5 + 2 == {f_reg}")
g.check("parts_sum", "з них 41 – діти з числа внутрішньо переміщених осіб", "41 ≤ 63", f"{f_war_idp} <= {f_war}")
g.check("parts_sum", "з них письмових – 58, усних – 88", "58 + 88 = 146", f"{f_a1} + {f_a2} == {f_app}")
g.check("parts_sum", "У штаті служби 3 посади, усі заповнені: працюють 3 фахівці", "all 3 positions filled",
        f"{f_act} == {f_pos} and {f_tr} <= {f_act}")

g.skip("Опубліковано: 27.01.2023 09:15", [27, 1, 2023, 9, 15], "publication date and time")
g.skip("Переглядів: 284", [284], "view counter")
g.skip("у 2022 році", [2022], "years in the title and text")
g.skip("у якій проживає 4 960 дітей віком до 18 років", [4960, 18], "child population, age")
g.skip("Станом на 31.12.2022", [31, 12, 2022], "date")
g.skip("(на 01.01.2022 на обліку перебувала 31 дитина)", [1, 1, 2022, 31],
       "start-of-year stock, used as a literal in the stock-flow check")
g.skip("під опікою та піклуванням – 27, у прийомних сім'ях – 5, у дитячому будинку сімейного типу – 2", [27, 5, 2],
       "placements by form of family care: no §3 id (used as literals in a check)")
g.skip("Заяви приймалися протягом 30 днів з дня звернення відповідно до постанови КМУ від 05.04.2017 № 268.",
       [30, 5, 4, 2017, 268], "duration, government resolution date and number")
g.skip("проведено 12 засідань комісії з питань захисту прав дитини, розглянуто 74 питання", [12, 74],
       "commission sittings and questions considered: no §3 id")
g.skip("разом із ювенальною превенцією проведено 9 рейдів", [9], "raids: no §3 id")
g.skip("У 2023 році служба планує створити ще 2 прийомні сім'ї та провести не менше 20 профілактичних заходів.",
       [2023, 2, 20], "plans for 2023")

g.note("a служба у справах дітей is centre_type other; its registers are registered / registered_new / "
       "deregistered (children), as in blind18")
g.note("the register of children in СЖО is written «19 дітей з 11 сімей»: two facts, the children hanging on the "
       "families")
g.note("«знято з обліку 6 дітей у зв'язку з поліпшенням умов виховання» → deregistered (alt outcome_positive)")
g.note("the war-affected status granted to 63 children → registered_new with a label, as in blind18")
g.note("«надійшли повідомлення щодо 21 дитини» → notified with unit children")
g.note("the 212 consultations are services (acts) → services_provided, service counselling")
g.note("numbers in words are facts when they are the figure itself: «троє», «одну дитину», «Двоє з них»")
g.note("page furniture (menu, breadcrumbs, sidebar «Громада в цифрах» with area, population, settlements and "
       "latest news, footer with ЄДРПОУ and opening hours) is in the HTML; only what `zvitparse read` prints is "
       "annotated or skipped")
g.write()
