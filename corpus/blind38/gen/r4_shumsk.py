"""b38_04: служба у справах дітей Шумської міської ради, annual information 2023 (council page, windows-1251)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, report_path  # noqa: E402

NAME = "b38_04_shumsk_ssd_annual2023.html"

ARTICLE = [
    "Служба у справах дітей Шумської міської ради (далі – Служба) у 2023 році забезпечувала реалізацію державної "
    "політики з питань соціального захисту дітей, запобігання дитячій бездоглядності та безпритульності на території "
    "громади, де проживає 5 874 дитини.",
    "Станом на 31.12.2023 на первинному обліку Служби перебуває 58 дітей-сиріт та дітей, позбавлених батьківського "
    "піклування (на 01.01.2023 – 54). Протягом року на такий облік поставлено 9 дітей, з них 6 дітей-сиріт "
    "і 3 дитини, позбавлені батьківського піклування. Знято з обліку 5 дітей: у зв’язку з досягненням повноліття – 4, "
    "у зв’язку з усиновленням – 1.",
    "З 58 дітей 47 (81,0 %) виховуються в сімейних формах: під опікою, піклуванням – 36, у прийомних сім’ях – 8, "
    "у дитячому будинку сімейного типу – 3. У 2023 році усиновлено 2 дітей.",
    "На обліку дітей, які перебувають у складних життєвих обставинах, на кінець року перебуває 23 дитини з 14 сімей. "
    "Упродовж року на цей облік поставлено 11 дітей, знято з нього 8 дітей у зв’язку з поліпшенням умов виховання.",
    "Службою опрацьовано 164 звернення громадян, з яких 37 надійшли в письмовій формі. Надійшли повідомлення щодо "
    "26 дітей, які постраждали від домашнього насильства або стали його свідками; по кожному з них проведено оцінку "
    "та вжито заходів.",
    "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2023 році надано 31 дитині "
    "(усього з 2022 року – 118). На обліку Служби перебуває 212 дітей з числа внутрішньо переміщених осіб.",
    "Проведено 17 засідань комісії з питань захисту прав дитини, на яких розглянуто 96 питань. Підготовлено "
    "19 висновків органу опіки та піклування для суду. Спільно з ювенальною превенцією проведено 42 рейди "
    "«Діти вулиці» та «Урок».",
    "У закладах освіти Служба провела 12 профілактичних заходів, якими охоплено 640 дітей, та організувала "
    "3 благодійні акції, до яких долучилися 85 дітей.",
    "На телефон «гарячої лінії» Служби за рік надійшло 53 дзвінки. У Службі працює 4 працівники при 5 штатних посадах.",
    "У 2024 році Служба планує сприяти створенню ще одного дитячого будинку сімейного типу та влаштуванню до сімейних "
    "форм не менше 5 дітей.",
]


def page():
    paras = "\n".join(f"      <p>{p.replace('’', '&rsquo;')}</p>" for p in ARTICLE)
    return f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Інформація про роботу служби у справах дітей за 2023 рік | Шумська міська рада</title>
<link rel="stylesheet" href="/templates/shumsk/css/style.css?v=2023">
</head>
<body>
<div class="top-bar">Шумська міська рада Кременецького району Тернопільської області | тел. (03558) 0-21-70 | <a href="mailto:rada@example.ua">rada@example.ua</a></div>
<div class="header"><a href="/"><img src="/images/gerb.png" alt="Герб"></a><div class="site-name">ШУМСЬКА МІСЬКА РАДА</div><div class="site-sub">Офіційний вебсайт</div></div>
<div class="main-menu"><ul>
 <li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/vlada">Влада</a></li>
 <li><a href="/struktura">Структура</a></li><li><a href="/docs">Документи</a></li><li><a href="/news">Новини</a></li>
 <li><a href="/contacts">Контакти</a></li></ul></div>
<div class="container">
 <div class="breadcrumbs"><a href="/">Головна</a> › <a href="/struktura">Структура</a> › <a href="/struktura/ssd">Служба у справах дітей</a> › Звіти</div>
 <div class="content">
  <div class="item-page">
   <h1>Інформація про роботу служби у справах дітей Шумської міської ради за 2023 рік</h1>
   <div class="article-info"><span class="published">Опубліковано: 19.01.2024</span> <span class="hits">Переглядів: 412</span></div>
   <div class="article-body">
{paras}
      <p style="text-align:right">Служба у справах дітей Шумської міської ради</p>
   </div>
  </div>
 </div>
 <div class="sidebar">
  <div class="module"><h3>Контакти служби</h3><p>47101, м. Шумськ, вул. Українська, 39, каб. 14<br>тел. (03558) 0-21-74<br>Пн–Пт 8:00–17:00, обідня перерва 12:00–13:00</p></div>
  <div class="module"><h3>Новини</h3><ul>
   <li><a href="/news/1845">18.01.2024 Засідання виконавчого комітету</a></li>
   <li><a href="/news/1839">15.01.2024 Графік особистого прийому громадян на I квартал</a></li>
   <li><a href="/news/1832">10.01.2024 Зимові канікули: 7 порад батькам</a></li></ul></div>
  <div class="module"><h3>Телефон довіри</h3><p>Дитяча лінія 116 111 (цілодобово, безкоштовно)</p></div>
 </div>
</div>
<div class="footer">© 2017–2024 Шумська міська рада. Усі права захищено. Розробка сайту: ТОВ «Веб-Студія». Відвідувачів сьогодні: 237</div>
</body>
</html>
"""


def build():
    with open(report_path(NAME), "wb") as fh:
        fh.write(page().encode("cp1251"))


def gold():
    g = Gold(NAME,
             {"centre": "Служба у справах дітей Шумської міської ради", "centre_type": "other",
              "settlement": "Шумськ", "oblast": "Тернопільська", "report_kind": "annual_report",
              "period_start": "2023-01-01", "period_end": "2023-12-31", "published": "2024-01-19"})
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    r = f("registered", "children", 58, "на первинному обліку Служби перебуває 58 дітей-сиріт",
          category="діти-сироти та діти, позбавлені батьківського піклування")
    rn = f("registered_new", "children", 9, "Протягом року на такий облік поставлено 9 дітей",
           category="діти-сироти та діти, позбавлені батьківського піклування")
    r6 = f("registered_new", "children", 6, "з них 6 дітей-сиріт", category="діти-сироти", group="new9", parent=rn)
    r3 = f("registered_new", "children", 3, "3 дитини, позбавлені батьківського піклування",
           category="діти, позбавлені батьківського піклування", group="new9", parent=rn)
    dr = f("deregistered", "children", 5, "Знято з обліку 5 дітей",
           category="діти-сироти та діти, позбавлені батьківського піклування")
    d4 = f("deregistered", "children", 4, "у зв'язку з досягненням повноліття – 4", label="досягнення повноліття",
           group="dereg5", parent=dr)
    d1 = f("deregistered", "children", 1, "у зв'язку з усиновленням – 1", label="усиновлення", group="dereg5",
           parent=dr)
    fam = f("registered", "families", 14, "з 14 сімей", label="на обліку дітей у СЖО, на кінець року")
    sj = f("registered", "children", 23, "на кінець року перебуває 23 дитини з 14 сімей",
           category="діти, які перебувають у складних життєвих обставинах", parent=fam)
    f("registered_new", "children", 11, "Упродовж року на цей облік поставлено 11 дітей",
      category="діти, які перебувають у складних життєвих обставинах")
    f("deregistered", "children", 8, "знято з нього 8 дітей у зв'язку з поліпшенням умов виховання",
      category="діти, які перебувають у складних життєвих обставинах", label="поліпшення умов виховання")
    ap = f("applied", "applications", 164, "Службою опрацьовано 164 звернення громадян")
    a37 = f("applied", "applications", 37, "з яких 37 надійшли в письмовій формі", label="письмові", parent=ap)
    f("notified", "children", 26, "Надійшли повідомлення щодо 26 дітей, які постраждали від домашнього насильства",
      label="домашнє насильство")
    f("registered_new", "children", 31, "у 2023 році надано 31 дитині",
      label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    f("registered", "children", 212, "На обліку Служби перебуває 212 дітей з числа внутрішньо переміщених осіб",
      category="внутрішньо переміщені особи")
    e1 = f("events", "events", 12, "Служба провела 12 профілактичних заходів", label="профілактичні заходи")
    f("event_participants", "children", 640, "якими охоплено 640 дітей", unit_alt="persons", parent=e1)
    e2 = f("events", "events", 3, "організувала 3 благодійні акції", label="благодійні акції")
    f("event_participants", "children", 85, "до яких долучилися 85 дітей", unit_alt="persons", parent=e2)
    f("calls", "calls", 53, "надійшло 53 дзвінки")
    sa = f("staff_actual", "staff", 4, "У Службі працює 4 працівники")
    pp = f("staff_positions", "positions", 5, "при 5 штатних посадах")

    g.check("parts_sum", "Протягом року на такий облік поставлено 9 дітей, з них 6 дітей-сиріт", "6 + 3 = 9",
            f"f{n(r6)} + f{n(r3)} == f{n(rn)}")
    g.check("parts_sum", "Знято з обліку 5 дітей", "4 + 1 = 5", f"f{n(d4)} + f{n(d1)} == f{n(dr)}")
    g.check("parts_sum", "(на 01.01.2023 – 54)", "register flow: 54 at the start + 9 − 5 = 58 at the end "
            "(54 is a start-of-year figure, skipped, used as a literal)", f"54 + f{n(rn)} - f{n(dr)} == f{n(r)}")
    g.check("percent_mismatch", "З 58 дітей 47 (81,0 %)", "47/58 = 81,03 % → 81,0 (47 is a placement count, "
            "skipped, used as a literal)", f"pct_ok(81.0, 47, f{n(r)}, 1)")
    g.check("parts_sum", "під опікою, піклуванням – 36, у прийомних сім'ях – 8",
            "36 + 8 + 3 = 47 in family forms (literals, placements have no §3 id)", "36 + 8 + 3 == 47")
    g.check("parts_sum", "з яких 37 надійшли в письмовій формі", "37 ≤ 164", f"f{n(a37)} <= f{n(ap)}")
    g.check("parts_sum", "У Службі працює 4 працівники при 5 штатних посадах", "4 ≤ 5", f"f{n(sa)} <= f{n(pp)}")
    g.check("parts_sum", "23 дитини з 14 сімей", "at least one child per family", f"f{n(fam)} <= f{n(sj)}")

    g.skip("Шумська міська рада Кременецького району Тернопільської області | тел. (03558) 0-21-70",
           [3558, 2170], "phone in the top bar (if the reader keeps it)")
    g.skip("де проживає 5 874 дитини", [5874], "child population")
    g.skip("Станом на 31.12.2023", [31, 12, 2023], "date")
    g.skip("(на 01.01.2023 – 54)", [1, 1, 2023, 54], "start-of-year register (used as a literal in a check)")
    g.skip("З 58 дітей 47 (81,0 %) виховуються в сімейних формах: під опікою, піклуванням – 36, у прийомних сім'ях – 8, "
           "у дитячому будинку сімейного типу – 3.", [58, 47, 81.0, 36, 8, 3],
           "placements by form with a share (no §3 id); 58 repeats the register fact")
    g.skip("У 2023 році усиновлено 2 дітей.", [2023, 2], "adoptions (no §3 id)")
    g.skip("(усього з 2022 року – 118)", [2022, 118], "cumulative figure since 2022")
    g.skip("Проведено 17 засідань комісії з питань захисту прав дитини, на яких розглянуто 96 питань.", [17, 96],
           "commission sittings and questions (no §3 id)")
    g.skip("19 висновків органу опіки та піклування для суду", [19], "court opinions (no §3 id)")
    g.skip("проведено 42 рейди", [42], "raids (no §3 id)")
    g.skip("У 2024 році Служба планує сприяти створенню ще одного дитячого будинку сімейного типу та влаштуванню до "
           "сімейних форм не менше 5 дітей.", [2024, 5], "plan")
    g.skip("Опубліковано: 19.01.2024", [19, 1, 2024], "publication date (meta.published)")
    g.skip("Переглядів: 412", [412], "view counter")
    g.note("a служба у справах дітей: centre_type other; registers are registered / registered_new / deregistered "
           "(children); the war-affected status granted is registered_new with a label")
    g.note("«23 дитини з 14 сімей» on the СЖО register: families row (registered, families) with the children row "
           "hanging on it")
    g.note("page chrome (top bar, menu, breadcrumbs, sidebar with contacts, news dates, 116 111 line, footer with a "
           "visitor counter) holds no facts; skips are listed only for chrome the reader keeps")
    g.write()


if __name__ == "__main__":
    build()
    gold()
