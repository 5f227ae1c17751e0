"""b95_04: служба у справах дітей Зарічанської сільської ради (Закарпатська), information for 2022.
Council web page (div layout with header, menu, breadcrumbs, sidebar, footer), third person. No planted slip."""
from common import Gold, report_path, write_text

NAME = "b95_04_zarichchia_ssd_annual2022.html"

P = [
    ("p1", "Станом на 31.12.2022 на території Зарічанської сільської територіальної громади проживає 4 386 дітей."),
    ("p2", "На первинному обліку служби у справах дітей перебуває 41 дитина-сирота та дитина, позбавлена "
           "батьківського піклування (на початок року – 37), з них 9 дітей-сиріт і 32 дитини, позбавлені батьківського "
           "піклування. Протягом року на первинний облік поставлено 8 дітей, знято з обліку 4 дитини (3 – у зв’язку з "
           "досягненням повноліття, 1 – у зв’язку з усиновленням)."),
    ("p3", "Під опікою, піклуванням перебувають 29 дітей, у прийомних сім’ях виховуються 7 дітей, у дитячому будинку "
           "сімейного типу – 5 дітей. Жодна дитина громади не перебуває в закладах інституційного догляду."),
    ("p4", "На обліку дітей, які перебувають у складних життєвих обставинах, станом на кінець року перебуває 23 дитини "
           "з 14 сімей, серед них 5 дітей з інвалідністю. Упродовж 2022 року на такий облік поставлено 11 дітей, "
           "знято з обліку 9 дітей у зв’язку з поліпшенням ситуації в сім’ї."),
    ("p5", "У зв’язку з повномасштабною збройною агресією службою прийнято рішення про надання статусу дитини, яка "
           "постраждала внаслідок воєнних дій та збройних конфліктів, 186 дітям, з них 142 – діти з числа "
           "внутрішньо переміщених осіб."),
    ("p6", "До служби протягом року звернулися 96 громадян з питань захисту прав дітей. Від закладів освіти, "
           "амбулаторії та ювенальної поліції надійшли повідомлення щодо 12 дітей, які можуть перебувати у складних "
           "життєвих обставинах. На «гарячу лінію» служби надійшло 58 дзвінків."),
    ("p7", "Проведено 6 засідань комісії з питань захисту прав дитини, на яких розглянуто 74 питання. Спільно з "
           "ювенальною поліцією проведено 9 рейдів «Діти вулиці», до суду підготовлено 15 висновків органу опіки та "
           "піклування, до адміністративної відповідальності притягнуто 7 батьків."),
    ("p8", "Фахівці служби провели 17 профілактичних заходів (бесіди та лекції в закладах освіти), якими охоплено "
           "640 дітей."),
    ("p9", "Штатним розписом служби передбачено 3 посади, усі заміщені – працює 3 працівники. Обидва спеціалісти "
           "служби у 2022 році пройшли навчання з питань ведення Єдиної інформаційно-аналітичної системи «Діти». "
           "Скарг на дії працівників служби не надходило."),
    ("p10", "У 2023 році планується створити 1 дитячий будинок сімейного типу та залучити не менше 2 прийомних сімей."),
]

HTML_HEAD = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Інформація про роботу служби у справах дітей за 2022 рік | Зарічанська сільська рада</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/themes/gromada/css/style.css?v=3.2.14">
<script src="/themes/gromada/js/jquery-3.6.0.min.js"></script>
</head>
<body class="page-news">
<div class="top-bar">
  <div class="container">
    <span class="top-phone">Приймальня: (03142) 0-41-75</span>
    <span class="top-mail">rada.zarichchia@example.ua</span>
    <a class="top-eye" href="/?version=low">Версія для людей з порушенням зору</a>
  </div>
</div>
<div class="site-header">
  <div class="container">
    <a class="logo" href="/"><img src="/images/gerb.png" alt="Герб"></a>
    <div class="site-title">Зарічанська сільська рада<br><small>Закарпатська область</small></div>
  </div>
</div>
<div class="main-menu">
  <ul>
    <li><a href="/">Головна</a></li>
    <li><a href="/hromada">Громада</a></li>
    <li><a href="/rada">Рада</a></li>
    <li><a href="/vykonkom">Виконавчий комітет</a></li>
    <li class="active"><a href="/struktura">Структурні підрозділи</a></li>
    <li><a href="/docs">Документи</a></li>
    <li><a href="/contacts">Контакти</a></li>
  </ul>
</div>
<div class="container page-wrap">
  <div class="breadcrumbs"><a href="/">Головна</a> / <a href="/struktura">Структурні підрозділи</a> / <a href="/struktura/ssd">Служба у справах дітей</a> / Звіти</div>
  <div class="row">
    <div class="col-md-8 content-col">
      <div class="news-item">
        <h1>Інформація про роботу служби у справах дітей Зарічанської сільської ради за 2022 рік</h1>
        <div class="news-meta"><span class="date">27.01.2023 10:42</span> <span class="author">Служба у справах дітей</span> <span class="views">Переглядів: 214</span></div>
        <div class="news-text">
"""

HTML_TAIL = """        </div>
        <div class="share-block">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
      </div>
    </div>
    <div class="col-md-4 sidebar">
      <div class="widget widget-contacts">
        <h3>Служба у справах дітей</h3>
        <p>89610, с. Заріччя, вул. Головна, 118, каб. 4</p>
        <p>тел. (03142) 0-41-83</p>
        <p>ssd.zarichchia@example.ua</p>
        <p>Прийом громадян: пн–пт 8.00–17.00</p>
      </div>
      <div class="widget widget-news">
        <h3>Останні новини</h3>
        <ul>
          <li><span>26.01.2023</span> <a href="/news/1187">Громада отримала 2 шкільні автобуси</a></li>
          <li><span>25.01.2023</span> <a href="/news/1186">Відбулося пленарне засідання 31-ї сесії сільської ради</a></li>
          <li><span>24.01.2023</span> <a href="/news/1185">До пункту незламності передано 40 генераторів</a></li>
        </ul>
      </div>
    </div>
  </div>
</div>
<div class="site-footer">
  <div class="container">
    <p>© 2017–2023 Зарічанська сільська рада. Усі права захищено.</p>
    <p>Код ЄДРПОУ 04350518 · 89610, Закарпатська обл., с. Заріччя, вул. Головна, 118</p>
    <p>Відвідувачів сьогодні: 128 · всього: 406 215</p>
  </div>
</div>
</body>
</html>
"""


def build(path):
    body = "".join(f"<p>{t}</p>\n" for _, t in P)
    write_text(path, HTML_HEAD + body + HTML_TAIL)


def gold():
    g = Gold(NAME, {
        "centre": "Служба у справах дітей Зарічанської сільської ради",
        "centre_type": "other", "settlement": "Заріччя", "oblast": "Закарпатська",
        "report_kind": "annual_report", "period_start": "2022-01-01", "period_end": "2022-12-31",
        "published": "2023-01-27"},
        meta_alt={"settlement": ["Зарічанська сільська громада", "Зарічанська сільська територіальна громада"],
                  "report_kind": ["period_report"]})
    f = g.f
    r = f("registered", "children", 41,
          "На первинному обліку служби у справах дітей перебуває 41 дитина-сирота та дитина, позбавлена батьківського піклування",
          label="первинний облік дітей-сиріт та дітей, позбавлених батьківського піклування")
    r1 = f("registered", "children", 9, "з них 9 дітей-сиріт", parent=r, group="primary_41_by_status",
           category="діти-сироти")
    r2 = f("registered", "children", 32, "32 дитини, позбавлені батьківського піклування", parent=r,
           group="primary_41_by_status", category="діти, позбавлені батьківського піклування")
    rn = f("registered_new", "children", 8, "Протягом року на первинний облік поставлено 8 дітей",
           label="первинний облік")
    dr = f("deregistered", "children", 4, "знято з обліку 4 дитини", label="первинний облік")
    d1 = f("deregistered", "children", 3, "3 – у зв’язку з досягненням повноліття", parent=dr,
           group="deregistered_4_by_reason", label="досягнення повноліття")
    d2 = f("deregistered", "children", 1, "1 – у зв’язку з усиновленням", parent=dr, group="deregistered_4_by_reason",
           label="усиновлення")
    fs = f("registered", "families", 14, "23 дитини з 14 сімей", label="облік дітей у складних життєвих обставинах")
    cs = f("registered", "children", 23,
           "На обліку дітей, які перебувають у складних життєвих обставинах, станом на кінець року перебуває 23 дитини",
           label="облік дітей у складних життєвих обставинах", parent=fs)
    cd = f("registered", "children", 5, "серед них 5 дітей з інвалідністю", parent=cs, category="діти з інвалідністю")
    cn = f("registered_new", "children", 11, "Упродовж 2022 року на такий облік поставлено 11 дітей",
           label="облік дітей у складних життєвих обставинах")
    cx = f("deregistered", "children", 9, "знято з обліку 9 дітей у зв’язку з поліпшенням ситуації в сім’ї",
           label="облік дітей у складних життєвих обставинах", alt=["outcome_positive"])
    w = f("registered_new", "children", 186,
          "постраждала внаслідок воєнних дій та збройних конфліктів, 186 дітям",
          label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    wi = f("registered_new", "children", 142, "з них 142 – діти з числа внутрішньо переміщених осіб", parent=w,
           category="внутрішньо переміщені особи",
           label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    ap = f("applied", "persons", 96, "До служби протягом року звернулися 96 громадян")
    nt = f("notified", "children", 12, "надійшли повідомлення щодо 12 дітей")
    ca = f("calls", "calls", 58, "На «гарячу лінію» служби надійшло 58 дзвінків")
    ev = f("events", "events", 17, "Фахівці служби провели 17 профілактичних заходів")
    ep = f("event_participants", "children", 640, "якими охоплено 640 дітей", parent=ev, unit_alt="persons")
    pos = f("staff_positions", "positions", 3, "Штатним розписом служби передбачено 3 посади")
    act = f("staff_actual", "staff", 3, "працює 3 працівники")
    tr = f("staff_trained", "staff", 2, "Обидва спеціалісти служби у 2022 році пройшли навчання",
           note="«обидва» = 2, a number in words")
    cm = f("complaints", "complaints", 0, "Скарг на дії працівників служби не надходило.")

    v = lambda x: "f" + x[1:]  # noqa: E731
    g.check("parts_sum", "з них 9 дітей-сиріт і 32 дитини", "9 + 32 = 41", f"{v(r1)} + {v(r2)} == {v(r)}")
    g.check("parts_sum", "знято з обліку 4 дитини (3", "3 + 1 = 4", f"{v(d1)} + {v(d2)} == {v(dr)}")
    g.check("parts_sum", "(на початок року – 37)", "37 at the start + 8 − 4 = 41 (37 is a literal)",
            f"37 + {v(rn)} - {v(dr)} == {v(r)}")
    g.check("parts_sum", "Під опікою, піклуванням перебувають 29 дітей",
            "placements 29 + 7 + 5 = 41 on the primary register (literals)", f"29 + 7 + 5 == {v(r)}")
    g.check("parts_sum", "серед них 5 дітей з інвалідністю", "5 ≤ 23; 142 ≤ 186",
            f"{v(cd)} <= {v(cs)} and {v(wi)} <= {v(w)}")
    g.check("parts_sum", "Штатним розписом служби передбачено 3 посади", "3 working = 3 positions (усі заміщені); 2 trained ≤ 3",
            f"{v(act)} == {v(pos)} and {v(tr)} <= {v(act)}")

    g.skip("Станом на 31.12.2022 на території Зарічанської сільської територіальної громади проживає 4 386 дітей.",
           [31, 12, 2022, 4386], "date; child population")
    g.skip("(на початок року – 37)", [37], "start-of-year register (another date); literal in a check")
    g.skip("Під опікою, піклуванням перебувають 29 дітей, у прийомних сім’ях виховуються 7 дітей, у дитячому будинку сімейного типу – 5 дітей.",
           [29, 7, 5], "placements by form (no §3 id); literals in a check")
    g.skip("Проведено 6 засідань комісії з питань захисту прав дитини, на яких розглянуто 74 питання.",
           [6, 74], "commission sittings and items (no §3 id)")
    g.skip("проведено 9 рейдів «Діти вулиці»", [9], "raids (no §3 id)")
    g.skip("до суду підготовлено 15 висновків органу опіки та піклування", [15], "court opinions (no §3 id)")
    g.skip("до адміністративної відповідальності притягнуто 7 батьків", [7], "administrative cases (no §3 id)")
    g.skip(P[-1][1], [2023, 1, 2], "2023 plan")
    g.skip("27.01.2023 10:42", [27, 1, 2023, 10, 42], "publication date and time")
    g.skip("Переглядів: 214", [214], "view counter")
    g.skip("Інформація про роботу служби у справах дітей Зарічанської сільської ради за 2022 рік", [2022], "period in the title")
    g.skip("Приймальня: (03142) 0-41-75", [3142, 4175], "phone in the top bar")
    g.skip("Жодна дитина громади не перебуває в закладах інституційного догляду.", [0],
           "«жодна» = 0 children in institutions (no §3 id)")
    g.note("a служба у справах дітей is centre_type other; its registers are registered / registered_new / deregistered (children)")
    g.note("«23 дитини з 14 сімей» on the register of children in СЖО: families 14 is a registered row, the 23 children hang on it; «серед них 5 дітей з інвалідністю» overlaps and carries parent_id only")
    g.note("«знято з обліку 9 дітей у зв’язку з поліпшенням ситуації в сім’ї» → deregistered (alt outcome_positive)")
    g.note("the war-affected status granted to 186 children → registered_new with a label; the 142 IDP children hang on it")
    g.note("«Обидва спеціалісти» → staff_trained 2 (in words); «працює 3 працівники» → staff_actual 3")
    g.note("the start-of-year figure 37 and the placements (29/7/5) are skipped and used as literals in checks")
    g.note("site furniture (top bar, menu, breadcrumbs, sidebar, footer) carries phones, dates, news numbers and counters; whatever of it the reader prints is skipped")
    g.write()


if __name__ == "__main__":
    build(report_path(NAME))
    gold()
