"""b16_04: ЦСС Бережанської міської ради (Тернопільська), news page on I півріччя 2024, HTML windows-1251.

Ordinary council news item in a journalist's voice (rounded figures, a number in words, a small table),
with site header, menu, breadcrumbs, view counter, sidebar and footer.  No planted slip.
"""
from common import Gold, write_text, report_path, read_text, nq

NAME = "b16_04_berezhany_css_news_h1_2024.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Центр соціальних служб підбив підсумки першого півріччя | Бережанська міська рада</title>
<link rel="stylesheet" href="/templates/berezhany/css/style.css">
</head>
<body>
<div id="header">
  <div class="logo"><a href="/"><img src="/images/gerb.png" alt="Герб"></a></div>
  <div class="site-name">Бережанська міська рада<br><small>Тернопільська область</small></div>
  <div class="search"><form action="/search"><input type="text" name="q" placeholder="Пошук..."></form></div>
</div>
<div id="menu">
  <ul>
    <li><a href="/">Головна</a></li>
    <li><a href="/hromada">Громада</a></li>
    <li><a href="/vlada">Влада</a></li>
    <li><a href="/news">Новини</a></li>
    <li><a href="/docs">Документи</a></li>
    <li><a href="/contacts">Контакти</a></li>
  </ul>
</div>
<div id="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/news">Новини</a> &raquo; Соціальний захист</div>
<div id="wrapper">
<div id="content">
<div class="article">
<h1>Центр соціальних служб підбив підсумки першого півріччя</h1>
<div class="article-info">15.07.2024 10:42 &nbsp;|&nbsp; Переглядів: 213</div>

<p>У першому півріччі 2024 року фахівці Центру соціальних служб Бережанської міської ради опрацювали понад 2100 звернень мешканців громади. Для порівняння: за весь 2023 рік їх було 3&nbsp;804.</p>

<p>Соціальні послуги з січня по червень отримали 947 людей, серед них 388 внутрішньо переміщених осіб. Майже половина отримувачів&nbsp;&ndash; 461 особа (48,7&nbsp;%)&nbsp;&ndash; люди похилого віку.</p>

<p>Найзатребуванішою залишається послуга інформування: її надано 1&nbsp;034 рази. Консультацій проведено 612, послуг соціальної профілактики надано 143, ще у 9 випадках фахівці здійснювали кризове втручання. Загалом&nbsp;&ndash; 1&nbsp;798 послуг.</p>

<p>Протягом півріччя під соціальним супроводом центру перебували 34 сім&rsquo;ї, у яких виховується 71 дитина. Шістнадцять із них взяли під супровід уже цього року, а 11 родин завершили його з позитивним результатом&nbsp;&ndash; складні життєві обставини подолано.</p>

<p><strong>Сім&rsquo;ї під соціальним супроводом за категоріями</strong></p>
<table class="tbl" border="1" cellpadding="4">
<tr><th>Категорія</th><th>Сімей</th><th>Дітей</th></tr>
<tr><td>Сім&rsquo;ї внутрішньо переміщених осіб</td><td>12</td><td>25</td></tr>
<tr><td>Сім&rsquo;ї військовослужбовців</td><td>9</td><td>17</td></tr>
<tr><td>Батьки неналежно виконують батьківські обов&rsquo;язки</td><td>8</td><td>19</td></tr>
<tr><td>Постраждалі від домашнього насильства</td><td>5</td><td>10</td></tr>
<tr><td><b>Разом</b></td><td><b>34</b></td><td><b>71</b></td></tr>
</table>

<p>Продовжується і гуманітарний напрям: через пункт видачі допомоги, що працює при центрі, 430 родин отримали 1&nbsp;260 продуктових і гігієнічних наборів від благодійних фондів.</p>

<p>Фахівці центру провели 21 профілактичний захід у закладах освіти громади для дітей від 6 до 17 років&nbsp;&ndash; їх відвідали 640 учнів. На телефон &laquo;гарячої лінії&raquo; центру надійшло 318 дзвінків.</p>

<p>Нині в центрі працюють 9 фахівців із соціальної роботи та психолог. До кінця року планують ввести ще одну посаду фахівця для роботи з ветеранами та їхніми родинами.</p>

<p>Звернутися до центру можна за адресою: 47501, Тернопільська обл., м. Бережани, вул. Шевченка, 15, каб. 4 (пн&ndash;пт 8:00&ndash;17:00), тел. (03548) 0-21-96, e-mail: css.berezhany@example.ua.</p>

<div class="tags">Теги: <a href="/tag/social">соціальні послуги</a>, <a href="/tag/css">ЦСС</a>, <a href="/tag/vpo">ВПО</a></div>
</div>
</div>
<div id="sidebar">
  <div class="block"><h3>Останні новини</h3>
    <ul>
      <li>12.07.2024 Сесія міської ради розгляне 47 питань</li>
      <li>10.07.2024 На ремонт доріг спрямують 3,2 млн грн</li>
      <li>08.07.2024 У громаді відкрили 2 нові укриття</li>
    </ul>
  </div>
  <div class="block"><h3>Оголошення</h3><p>24 липня о 10:00 &ndash; засідання виконавчого комітету</p></div>
  <div class="block"><h3>Громада в цифрах</h3><p>Населення: 32 517 осіб<br>Площа: 446,7 км&sup2;<br>Населених пунктів: 48</p></div>
</div>
</div>
<div id="footer">&copy; 2016&ndash;2024 Бережанська міська рада. 47501, м. Бережани, пл. Ринок, 1. Тел. (03548) 0-20-11</div>
</body>
</html>
"""


def build():
    write_text(report_path(NAME), HTML, encoding="cp1251", newline="\n")


def gold():
    g = Gold(NAME, {
        "centre": "Центр соціальних служб Бережанської міської ради",
        "centre_type": "css", "settlement": "Бережани", "oblast": "Тернопільська",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-06-30",
        "published": "2024-07-15",
    })
    f = g.f
    SS = "social_support_sjo"
    f("applied", "applications", 2100, "опрацювали понад 2100 звернень мешканців громади",
      unit_alt="persons", note="«понад 2100» is 2100; «звернень» = applications")
    sv = f("served", "persons", 947, "Соціальні послуги з січня по червень отримали 947 людей")
    f("served", "persons", 388, "серед них 388 внутрішньо переміщених осіб", category="внутрішньо переміщені особи", parent=sv)
    old = f("served", "persons", 461, "461 особа (48,7 %)", percent=48.7, category="люди похилого віку", parent=sv)
    tot = f("services_provided", "services", 1798, "Загалом – 1 798 послуг",
            note="the total is written after its parts")
    gs = "services_1798_by_service"
    s = [
        f("services_provided", "services", 1034, "послуга інформування: її надано 1 034 рази", service="informing", group=gs, parent=tot),
        f("services_provided", "services", 612, "Консультацій проведено 612", service="counselling", group=gs, parent=tot),
        f("services_provided", "services", 143, "послуг соціальної профілактики надано 143", service="social_prevention", group=gs, parent=tot),
        f("services_provided", "services", 9, "ще у 9 випадках фахівці здійснювали кризове втручання", service="crisis_intervention", group=gs, parent=tot),
    ]
    fam = f("served", "families", 34, "Протягом півріччя під соціальним супроводом центру перебували 34 сім’ї",
            service=SS, alt=["support_ongoing"])
    ch = f("served", "children", 71, "у яких виховується 71 дитина", service=SS, alt=["support_ongoing"], parent=fam)
    st = f("support_started", "families", 16, "Шістнадцять із них взяли під супровід уже цього року", service=SS,
           parent=fam, note="numeral written as a word")
    op = f("outcome_positive", "families", 11, "11 родин завершили його з позитивним результатом", service=SS,
           alt=["support_completed"], parent=fam)
    rows = [("Сім’ї внутрішньо переміщених осіб", "сім'ї внутрішньо переміщених осіб", 12, 25),
            ("Сім’ї військовослужбовців", "сім'ї військовослужбовців", 9, 17),
            ("Батьки неналежно виконують батьківські обов’язки", "сім'ї, у яких батьки неналежно виконують батьківські обов'язки", 8, 19),
            ("Постраждалі від домашнього насильства", "сім'ї, які постраждали від домашнього насильства", 5, 10)]
    RZ = "Разом\t34\t71"
    tf = f("served", "families", 34, RZ, service=SS, alt=["support_ongoing"], label="Разом")
    tc = f("served", "children", 71, RZ, service=SS, alt=["support_ongoing"], label="Разом", parent=tf)
    pf, pc = [], []
    for name, cat, a, b in rows:
        q = f"{name}\t{a}\t{b}"
        pf.append(f("served", "families", a, q, service=SS, alt=["support_ongoing"], category=cat,
                    group="served_families_34_by_category", parent=tf))
        pc.append(f("served", "children", b, q, service=SS, alt=["support_ongoing"], category=cat,
                    group="served_children_71_by_category", parent=tc))
    f("served", "families", 430, "430 родин отримали 1 260 продуктових і гігієнічних наборів", service="natural_aid",
      label="продуктові і гігієнічні набори від благодійних фондів")
    f("events", "events", 21, "Фахівці центру провели 21 профілактичний захід у закладах освіти громади")
    f("event_participants", "persons", 640, "їх відвідали 640 учнів", unit_alt="children", category="учні")
    f("calls", "calls", 318, "На телефон «гарячої лінії» центру надійшло 318 дзвінків", label="гаряча лінія")
    f("staff_actual", "staff", 9, "Нині в центрі працюють 9 фахівців із соціальної роботи та психолог",
      label="фахівці із соціальної роботи", note="the psychologist is named without a numeral")

    g.check("parts_sum", "Загалом – 1 798 послуг", f"{' + '.join(s)} == {tot}", "1 034 + 612 + 143 + 9 = 1 798")
    g.check("percent_mismatch", "461 особа (48,7 %)", f"pct_ok({old}, {sv}, P['{old}'], 1)", "461/947 = 48.68 % → 48,7")
    g.check("table_arithmetic", RZ, f"{' + '.join(pf)} == {tf} and {' + '.join(pc)} == {tc}",
            "families 12 + 9 + 8 + 5 = 34; children 25 + 17 + 19 + 10 = 71")
    g.check("internal_conflict", RZ, f"{tf} == {fam} and {tc} == {ch}", "table Разом 34 / 71 = the prose 34 families / 71 children")
    g.check("parts_sum", "Шістнадцять із них взяли під супровід уже цього року",
            f"{st} <= {fam} and {op} <= {fam}", "16 taken this year and 11 completed are subsets of the 34")

    g.skip("Для порівняння: за весь 2023 рік їх було 3 804.", [2023, 3804], "previous year's figure")
    g.skip("430 родин отримали 1 260 продуктових і гігієнічних наборів", [1260], "items (sets) handed out; no §3 unit")
    g.skip("для дітей від 6 до 17 років", [6, 17], "ages")
    g.skip("До кінця року планують ввести ще одну посаду фахівця", [1], "plan (one more position)")
    g.skip("47501, Тернопільська обл., м. Бережани, вул. Шевченка, 15, каб. 4 (пн–пт 8:00–17:00), тел. (03548) 0-21-96",
           [47501, 15, 4, 8, 17, 3548], "postcode, address, office, hours, phone")
    text = read_text(report_path(NAME))
    furniture = [
        ("15.07.2024 10:42 | Переглядів: 213", [15, 7, 2024, 10, 42, 213], "publication date/time and view counter"),
        ("12.07.2024 Сесія міської ради розгляне 47 питань", [12, 7, 2024, 47], "sidebar: other news"),
        ("10.07.2024 На ремонт доріг спрямують 3,2 млн грн", [10, 7, 2024, 3200000], "sidebar: other news"),
        ("08.07.2024 У громаді відкрили 2 нові укриття", [8, 7, 2024, 2], "sidebar: other news"),
        ("24 липня о 10:00 – засідання виконавчого комітету", [24, 10], "sidebar: announcement"),
        ("Населення: 32 517 осіб", [32517], "sidebar: population"),
        ("Площа: 446,7 км²", [446.7], "sidebar: area"),
        ("Населених пунктів: 48", [48], "sidebar: settlements"),
        ("© 2016–2024 Бережанська міська рада. 47501, м. Бережани, пл. Ринок, 1. Тел. (03548) 0-20-11",
         [2016, 2024, 47501, 1, 3548], "footer: copyright years, address, phone"),
    ]
    kept = []
    for q, vals, why in furniture:
        if nq(q) in text:
            g.skip(q, vals, why)
            kept.append(q)
    g.note("site furniture (header, menu, breadcrumbs, view counter, sidebar «Останні новини» / «Оголошення» / "
           "«Громада в цифрах», footer) carries numbers that are not facts; those the reader prints are in skipped "
           f"({len(kept)} of {len(furniture)} at generation time)")
    g.note("published = the article date 15.07.2024; period = I півріччя 2024 («У першому півріччі 2024 року», «з січня по червень»)")
    g.note("«понад 2100 звернень» → applied 2100 applications (unit_alt persons)")
    g.note("the services total is written after its parts («Загалом – 1 798 послуг»); parts hang on it")
    g.note("«Шістнадцять» is a numeral in words (support_started 16)")
    g.note("«11 родин завершили його з позитивним результатом» → outcome_positive with alt support_completed")
    g.note("the table Разом repeats the prose 34 families / 71 children: two facts each; category rows hang on the "
           "Разом cell of their column")
    g.note("oblast stated in the contact line (Тернопільська обл.)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
