"""b105_04: служба у справах дітей Малолюбашанської сільської ради (Рівненська), information on 2022.
A council web page (HTML): header with phone, main menu, breadcrumbs, date/author/views line, sidebar
«Громада в цифрах» with its own numbers and a news list, footer with address and ЄДРПОУ. Third person,
long official sentences, one bulleted list.
Planted slip: internal_conflict (23 children on the СЖО register at year end in the body, 25 in the summing-up)."""
from common import Gold, report_path, write_text

NAME = "b105_04_mala_liubasha_ssd_annual2022.html"

ARTICLE = [
    ("h1", "Інформація про роботу служби у справах дітей Малолюбашанської сільської ради за 2022 рік"),
    ("meta", "Опубліковано: 06.02.2023 | Автор: Служба у справах дітей | Переглядів: 512"),
    ("p", "Служба у справах дітей Малолюбашанської сільської ради (далі – Служба) у 2022 році здійснювала свої "
          "повноваження відповідно до Положення, затвердженого рішенням сільської ради від 23.12.2020 № 41, в умовах "
          "воєнного стану. У громаді проживає 2 140 дітей."),
    ("p", "Протягом року від закладів освіти, закладів охорони здоров'я та поліції до Служби надійшли повідомлення "
          "про 29 дітей, які можуть перебувати у складних життєвих обставинах. Станом на 31.12.2022 на обліку Служби "
          "як такі, що перебувають у складних життєвих обставинах, перебуває 23 дитини з 11 сімей. Протягом року "
          "на такий облік взято 14 дітей, а знято з обліку 9 дітей, з яких 6 – у зв'язку з поліпшенням умов "
          "проживання, 2 – у зв'язку з досягненням повноліття, 1 – у зв'язку зі зміною місця проживання "
          "(на початок року на обліку перебувало 18 дітей)."),
    ("p", "На первинному обліку Служби перебуває 47 дітей-сиріт та дітей, позбавлених батьківського піклування, "
          "з яких:"),
    ("li", "у сім'ях опікунів, піклувальників – 39 дітей;"),
    ("li", "у прийомних сім'ях – 5 дітей;"),
    ("li", "у дитячому будинку сімейного типу – 3 дитини."),
    ("p", "Статус дитини-сироти або дитини, позбавленої батьківського піклування, у 2022 році надано 4 дітям; "
          "у сімейні форми виховання влаштовано 6 дітей. Статус дитини, яка постраждала внаслідок воєнних дій та "
          "збройних конфліктів, надано 168 дітям, з них 31 дитині з числа внутрішньо переміщених осіб."),
    ("p", "До Служби звернулися 138 громадян з питань захисту прав дітей, з них 41 – письмово, інші – на особистому "
          "прийомі. На телефон «гарячої лінії» Служби надійшло 36 дзвінків. Проведено 9 засідань комісії з питань "
          "захисту прав дитини, на яких розглянуто 64 питання, та підготовлено 23 висновки для суду."),
    ("p", "Спільно з ЦНСП та ювенальною превенцією проведено 17 профілактичних заходів, якими охоплено 426 осіб "
          "(311 дітей і 115 батьків). Під соціальним супроводом ЦНСП за поданням Служби перебували 8 сімей."),
    ("p", "Штатна чисельність Служби – 3 посади; фактично працюють 3 працівники, усі мають вищу освіту."),
    ("p", "Отже, станом на кінець 2022 року на обліку Служби перебуває 25 дітей, які перебувають у складних "
          "життєвих обставинах; робота з ними триватиме у 2023 році. У 2023 році Служба планує створити ще 1 "
          "прийомну сім'ю."),
]


def page():
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = []
    in_list = False
    for kind, text in ARTICLE:
        if kind == "li" and not in_list:
            body.append('<ul class="article-list">')
            in_list = True
        if kind != "li" and in_list:
            body.append("</ul>")
            in_list = False
        if kind == "h1":
            body.append(f'<h1 class="entry-title">{esc(text)}</h1>')
        elif kind == "meta":
            body.append(f'<p class="entry-meta">{esc(text)}</p>')
        elif kind == "li":
            body.append(f"<li>{esc(text)}</li>")
        else:
            body.append(f"<p>{esc(text)}</p>")
    if in_list:
        body.append("</ul>")
    art = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Інформація про роботу служби у справах дітей за 2022 рік | Малолюбашанська сільська рада</title>
<link rel="stylesheet" href="/assets/css/theme.min.css?v=3.2.1">
</head>
<body class="page-news">
<header class="site-header">
  <div class="top-bar"><span>Офіційний вебсайт</span> <span class="phone">Приймальня: (0362) 0-62-41</span>
  <a href="mailto:rada@malaliubasha.example.ua">rada@malaliubasha.example.ua</a></div>
  <div class="brand"><img src="/assets/img/gerb.png" alt="Герб"> <span>Малолюбашанська сільська рада</span>
  <small>Рівненський район, Рівненська область</small></div>
  <form class="search" action="/search"><input type="text" name="q" placeholder="Пошук по сайту"></form>
</header>
<nav class="main-menu"><ul>
  <li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/rada">Сільська рада</a></li>
  <li><a href="/vykonkom">Виконавчий комітет</a></li><li><a href="/pidrozdily">Структурні підрозділи</a></li>
  <li><a href="/docs">Документи</a></li><li><a href="/contacts">Контакти</a></li>
</ul></nav>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/pidrozdily">Структурні підрозділи</a> »
<a href="/pidrozdily/ssd">Служба у справах дітей</a> » Звіти</div>
<div class="container">
<main class="content"><article class="entry">
{art}
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</article></main>
<aside class="sidebar">
  <div class="widget"><h3>Громада в цифрах</h3><ul>
    <li>Населення: 9 870 осіб</li><li>Населених пунктів: 14</li><li>Площа: 287,4 км²</li><li>Закладів освіти: 6</li>
  </ul></div>
  <div class="widget"><h3>Останні новини</h3><ul>
    <li><a href="/news/1571">03.02.2023 Сесія сільської ради: ухвалено бюджет на 2023 рік</a></li>
    <li><a href="/news/1568">01.02.2023 Графік прийому громадян у лютому</a></li>
    <li><a href="/news/1560">27.01.2023 Пункт незламності працює цілодобово</a></li>
  </ul></div>
</aside>
</div>
<footer class="site-footer">
  <p>35342, Рівненська обл., Рівненський р-н, с. Мала Любаша, вул. Центральна, 9</p>
  <p>Код ЄДРПОУ 04386517 · Тел. (0362) 0-62-41 · rada@malaliubasha.example.ua</p>
  <p>© 2019–2023 Малолюбашанська сільська рада. Усі права захищено.</p>
</footer>
</body>
</html>
"""


def build(path):
    write_text(path, page())


def gold():
    g = Gold(NAME, {
        "centre": "Служба у справах дітей Малолюбашанської сільської ради",
        "centre_type": "other", "settlement": "Мала Любаша", "oblast": "Рівненська",
        "report_kind": "annual_report", "period_start": "2022-01-01", "period_end": "2022-12-31",
        "published": "2023-02-06"},
        {"settlement": ["Малолюбашанська сільська громада"]})
    f = g.f
    nt = f("notified", "children", 29, "надійшли повідомлення про 29 дітей")
    rgf = f("registered", "families", 11, "перебуває 23 дитини з 11 сімей")
    rg = f("registered", "children", 23, "перебуває 23 дитини з 11 сімей", parent=rgf)
    rn = f("registered_new", "children", 14, "на такий облік взято 14 дітей")
    dr = f("deregistered", "children", 9, "знято з обліку 9 дітей")
    d1 = f("deregistered", "children", 6, "6 – у зв'язку з поліпшенням умов проживання", parent=dr,
           group="deregistered_9_by_reason", label="у зв'язку з поліпшенням умов проживання")
    d2 = f("deregistered", "children", 2, "2 – у зв'язку з досягненням повноліття", parent=dr,
           group="deregistered_9_by_reason", label="у зв'язку з досягненням повноліття")
    d3 = f("deregistered", "children", 1, "1 – у зв'язку зі зміною місця проживання", parent=dr,
           group="deregistered_9_by_reason", label="у зв'язку зі зміною місця проживання")
    orp = f("registered", "children", 47, "На первинному обліку Служби перебуває 47 дітей-сиріт",
            label="первинний облік дітей-сиріт та дітей, позбавлених батьківського піклування")
    o1 = f("registered", "children", 39, "у сім'ях опікунів, піклувальників – 39 дітей;", parent=orp,
           group="orphans_47_by_form", label="у сім'ях опікунів, піклувальників")
    o2 = f("registered", "children", 5, "у прийомних сім'ях – 5 дітей;", parent=orp, group="orphans_47_by_form",
           label="у прийомних сім'ях")
    o3 = f("registered", "children", 3, "у дитячому будинку сімейного типу – 3 дитини.", parent=orp,
           group="orphans_47_by_form", label="у дитячому будинку сімейного типу")
    st = f("registered_new", "children", 4, "у 2022 році надано 4 дітям",
           label="надано статус дитини-сироти або дитини, позбавленої батьківського піклування")
    war = f("registered_new", "children", 168, "збройних конфліктів, надано 168 дітям",
            label="надано статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    wari = f("registered_new", "children", 31, "з них 31 дитині з числа внутрішньо переміщених осіб", parent=war,
             category="внутрішньо переміщені особи")
    ap = f("applied", "persons", 138, "До Служби звернулися 138 громадян")
    ap2 = f("applied", "persons", 41, "з них 41 – письмово", parent=ap, label="письмово")
    cl = f("calls", "calls", 36, "надійшло 36 дзвінків")
    ev = f("events", "events", 17, "проведено 17 профілактичних заходів")
    ep = f("event_participants", "persons", 426, "якими охоплено 426 осіб", parent=ev)
    ep1 = f("event_participants", "children", 311, "(311 дітей і 115 батьків)", parent=ep, group="participants_426")
    ep2 = f("event_participants", "persons", 115, "(311 дітей і 115 батьків)", parent=ep, group="participants_426",
            label="батьки")
    sup = f("served", "families", 8, "Під соціальним супроводом ЦНСП за поданням Служби перебували 8 сімей",
            service="social_support_sjo", alt=["support_ongoing"],
            note="families supported by the ЦНСП on the Служба's referral; reported here")
    ps = f("staff_positions", "positions", 3, "Штатна чисельність Служби – 3 посади")
    sa = f("staff_actual", "staff", 3, "фактично працюють 3 працівники")
    rg2 = f("registered", "children", 25, "станом на кінець 2022 року на обліку Служби перебуває 25 дітей",
            note="the summing-up repeats the year-end СЖО register with a different value (internal_conflict)")

    n = lambda x: x[1:]
    g.slip("internal_conflict", "error", "станом на кінець 2022 року на обліку Служби перебуває 25 дітей", 25, 23,
           [rg2, rg],
           "the year-end register of children in СЖО is 23 in the body («станом на 31.12.2022 … перебуває 23 "
           "дитини») and 25 in the summing-up; the movement (18 + 14 − 9 = 23) supports 23",
           f"f{n(rg2)} == f{n(rg)}")
    g.check("parts_sum", "знято з обліку 9 дітей, з яких 6", "6 + 2 + 1 = 9", f"f{n(d1)} + f{n(d2)} + f{n(d3)} == f{n(dr)}")
    g.check("parts_sum", "(на початок року на обліку перебувало 18 дітей)",
            "register movement: 18 (start of year, skipped) + 14 − 9 = 23", f"18 + f{n(rn)} - f{n(dr)} == f{n(rg)}")
    g.check("parts_sum", "На первинному обліку Служби перебуває 47 дітей-сиріт", "39 + 5 + 3 = 47",
            f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(orp)}")
    g.check("parts_sum", "з них 31 дитині з числа внутрішньо переміщених осіб", "31 ≤ 168; 41 ≤ 138",
            f"f{n(wari)} <= f{n(war)} and f{n(ap2)} <= f{n(ap)}")
    g.check("parts_sum", "якими охоплено 426 осіб (311 дітей і 115 батьків)", "311 + 115 = 426",
            f"f{n(ep1)} + f{n(ep2)} == f{n(ep)}")
    g.check("parts_sum", "фактично працюють 3 працівники", "3 working ≤ 3 positions", f"f{n(sa)} <= f{n(ps)}")

    g.skip("Опубліковано: 06.02.2023 | Автор: Служба у справах дітей | Переглядів: 512", [6, 2, 2023, 512],
           "publication date (meta.published) and view counter")
    g.skip("за 2022 рік", [2022], "title year")
    g.skip("рішенням сільської ради від 23.12.2020 № 41", [23, 12, 2020, 41], "decision date and number")
    g.skip("У громаді проживає 2 140 дітей.", [2140], "child population")
    g.skip("Станом на 31.12.2022", [31, 12, 2022], "date")
    g.skip("(на початок року на обліку перебувало 18 дітей)", [18], "start-of-year register (used as a literal in a check)")
    g.skip("у сімейні форми виховання влаштовано 6 дітей", [6], "placements, no §3 id")
    g.skip("Проведено 9 засідань комісії з питань захисту прав дитини, на яких розглянуто 64 питання, та підготовлено "
           "23 висновки для суду.", [9, 64, 23], "commission sittings, questions, court opinions: no §3 id")
    g.skip("робота з ними триватиме у 2023 році. У 2023 році Служба планує створити ще 1 прийомну сім'ю.", [2023, 1],
           "plan for 2023")

    g.note("Site furniture (top bar with phone, menu, breadcrumbs, sidebar «Громада в цифрах» with population 9 870, "
           "14 settlements, 287,4 км², news dates, footer with address/ЄДРПОУ) is not in the text `zvitparse read` "
           "prints, so none of it is annotated; the date/author/views line is, and is skipped. published = 2023-02-06.")
    g.note("A служба у справах дітей is centre_type other. Its registers: the СЖО register (registered children 23, "
           "families 11 as a separate row), taken on (registered_new 14), taken off (deregistered 9 with reasons).")
    g.note("The primary register of orphans (47) by form of care → registered children with label, parts by form "
           "grouped (39 + 5 + 3 = 47).")
    g.note("Statuses granted → registered_new with a label: orphan status 4, war-affected status 168 (of them 31 IDP).")
    g.note("«23 дитини з 11 сімей»: two registered facts, families 11 and children 23; the children row hangs on the "
           "families row (SPEC §3). The summing-up's 25 children has no families figure and no parent.")
    g.note("Event participants 426 = 311 children + 115 parents: the children row has unit children; the parents row "
           "persons with label.")
    g.note("The 8 families under ЦНСП support on the Служба's referral → served families, social_support_sjo (alt "
           "support_ongoing).")
    g.note("The summing-up «на кінець 2022 року … 25 дітей» is a second registered fact; it conflicts with 23 "
           "(internal_conflict, the slip).")
    return g


if __name__ == "__main__":
    build(report_path(NAME))
    gold().write()
