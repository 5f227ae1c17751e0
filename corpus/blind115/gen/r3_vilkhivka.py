"""b115_03: служба у справах дітей Вільхівської сільської ради (Харківська), information for 2023.
Council web page (div layout: top bar, menu, breadcrumbs, date/views, sidebar with its own numbers,
footer). Impersonal voice, a placements table. No planted slip: everything adds up."""
from common import Gold, report_path, write_text

DOC = "b115_03_vilkhivka_ssd_annual2023.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Інформація про роботу служби у справах дітей за 2023 рік | Вільхівська сільська рада</title>
<link rel="stylesheet" href="/templates/gromada/css/style.css">
</head>
<body>
<div class="topbar">
 <div class="wrap"><span class="gerb">Вільхівська сільська рада Харківського району Харківської області</span>
 <span class="phone">Приймальня: (057) 0-75-12-40</span> <a href="/search">Пошук</a> <a href="/version-for-blind">Людям з порушенням зору</a></div>
</div>
<div class="menu">
 <ul>
  <li><a href="/">Головна</a></li>
  <li><a href="/gromada/">Громада</a></li>
  <li><a href="/vlada/">Влада</a></li>
  <li><a href="/ssd/">Служба у справах дітей</a></li>
  <li><a href="/cnap/">ЦНАП</a></li>
  <li><a href="/news/">Новини</a></li>
  <li><a href="/contacts/">Контакти</a></li>
 </ul>
</div>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/ssd/">Служба у справах дітей</a> » Звіти</div>
<div class="container">
<div class="content">
<h1>Інформація про роботу служби у справах дітей Вільхівської сільської ради за 2023 рік</h1>
<div class="news-meta">Дата: 16.01.2024 10:25 | Переглядів: 238</div>
<p>Службою у справах дітей Вільхівської сільської ради (далі – служба) у 2023 році здійснювалися заходи щодо захисту прав та законних інтересів дітей відповідно до Закону України «Про охорону дитинства» та постанови Кабінету Міністрів України від 24.09.2008 № 866. Станом на 31.12.2023 на території громади проживає 2 184 дитини.</p>
<h2>Діти-сироти та діти, позбавлені батьківського піклування</h2>
<p>На первинному обліку служби станом на кінець року перебуває 37 дітей-сиріт та дітей, позбавлених батьківського піклування (на 01.01.2023 – 33), з них 11 дітей-сиріт та 26 дітей, позбавлених батьківського піклування. Протягом року на облік взято 9 дітей, у тому числі 2 дитини з числа внутрішньо переміщених осіб; знято з обліку 5 дітей: у зв'язку з досягненням повноліття – 3, у зв'язку з усиновленням – 2.</p>
<p>Влаштування дітей зазначеної категорії станом на 31.12.2023:</p>
<table class="tbl">
<tr><th>Форма влаштування</th><th>Кількість дітей</th></tr>
<tr><td>Опіка, піклування</td><td>24</td></tr>
<tr><td>Прийомні сім'ї</td><td>8</td></tr>
<tr><td>Дитячі будинки сімейного типу</td><td>3</td></tr>
<tr><td>Заклади державної форми власності</td><td>2</td></tr>
<tr><td>Усього</td><td>37</td></tr>
</table>
<h2>Діти у складних життєвих обставинах</h2>
<p>Протягом року до служби надійшли повідомлення щодо 17 дітей, які можуть перебувати у складних життєвих обставинах. На обліку дітей, які перебувають у складних життєвих обставинах, на кінець року перебуває 14 дітей з 8 сімей. За 2023 рік на такий облік поставлено 6 дітей, знято з обліку 4 дитини у зв'язку з поліпшенням становища в сім'ї.</p>
<p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, протягом 2023 року надано 213 дітям, з них 41 – з числа внутрішньо переміщених; усього з 2022 року такий статус отримали 598 дітей громади.</p>
<h2>Звернення громадян та профілактика</h2>
<p>До служби надійшло 46 звернень громадян, з них 19 – з питань встановлення опіки та піклування. Фахівцями служби надано 112 консультацій з питань захисту прав дітей, на телефон служби надійшло 29 дзвінків.</p>
<p>Проведено 12 засідань комісії з питань захисту прав дитини, на яких розглянуто 64 питання; підготовлено 23 висновки органу опіки та піклування до суду. Спільно з ювенальною превенцією проведено 18 рейдів «Діти вулиці» та «Урок». Організовано 7 профілактичних заходів у закладах освіти, якими охоплено 410 учнів 5–11 класів.</p>
<p>Штатна чисельність служби – 3 посади, усі заміщені; працює 3 фахівці. На 2024 рік заплановано створення ще 2 прийомних сімей.</p>
</div>
<div class="sidebar">
 <div class="widget"><h3>Громада в цифрах</h3>
 <p>Населених пунктів: 17</p><p>Населення: 12,4 тис. осіб</p><p>Площа: 331 кв. км</p></div>
 <div class="widget"><h3>Телефон довіри служби</h3><p>(057) 0-75-12-47, пн–пт 8:00–17:00</p></div>
 <div class="widget"><h3>Останні новини</h3>
 <ul><li><a href="/news/1412">12.01.2024 Засідання виконавчого комітету</a></li>
 <li><a href="/news/1409">10.01.2024 Графік прийому громадян на січень</a></li></ul></div>
</div>
</div>
<div class="footer">© 2017–2024 Вільхівська сільська рада. 62420, Харківська обл., с. Вільхівка, вул. Центральна, 5. Код ЄДРПОУ 04397214. E-mail: rada@vilkhivka.example.ua</div>
</body>
</html>
"""


def main():
    write_text(report_path(DOC), HTML)
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Вільхівської сільської ради",
        "centre_type": "other",
        "settlement": "Вільхівка",
        "oblast": "Харківська",
        "report_kind": "annual_report",
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
        "published": "2024-01-16",
    }, meta_alt={"report_kind": ["period_report"]})
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    reg = f("registered", "children", 37,
            "На первинному обліку служби станом на кінець року перебуває 37 дітей-сиріт та дітей, позбавлених батьківського піклування",
            category="діти-сироти та діти, позбавлені батьківського піклування")
    r1 = f("registered", "children", 11, "з них 11 дітей-сиріт", category="діти-сироти",
           group="registered_37_by_status", parent=reg)
    r2 = f("registered", "children", 26, "та 26 дітей, позбавлених батьківського піклування",
           category="діти, позбавлені батьківського піклування", group="registered_37_by_status", parent=reg)
    new = f("registered_new", "children", 9, "Протягом року на облік взято 9 дітей",
            category="діти-сироти та діти, позбавлені батьківського піклування")
    newi = f("registered_new", "children", 2, "у тому числі 2 дитини з числа внутрішньо переміщених осіб",
             category="внутрішньо переміщені особи", parent=new)
    de = f("deregistered", "children", 5, "знято з обліку 5 дітей",
           category="діти-сироти та діти, позбавлені батьківського піклування")
    de1 = f("deregistered", "children", 3, "у зв'язку з досягненням повноліття – 3", label="досягнення повноліття",
            group="deregistered_5_by_reason", parent=de)
    de2 = f("deregistered", "children", 2, "у зв'язку з усиновленням – 2", label="усиновлення",
            group="deregistered_5_by_reason", parent=de)
    ntf = f("notified", "children", 17, "надійшли повідомлення щодо 17 дітей")
    sz = f("registered", "children", 14, "на кінець року перебуває 14 дітей з 8 сімей",
           category="діти, які перебувають у складних життєвих обставинах", alt=["in_difficult_circumstances"])
    szf = f("registered", "families", 8, "на кінець року перебуває 14 дітей з 8 сімей",
            category="діти, які перебувають у складних життєвих обставинах", alt=["in_difficult_circumstances"])
    szn = f("registered_new", "children", 6, "За 2023 рік на такий облік поставлено 6 дітей",
            category="діти, які перебувають у складних життєвих обставинах")
    szd = f("deregistered", "children", 4, "знято з обліку 4 дитини у зв'язку з поліпшенням становища в сім'ї",
            category="діти, які перебувають у складних життєвих обставинах", alt=["outcome_positive"],
            label="у зв'язку з поліпшенням становища в сім'ї")
    war = f("registered_new", "children", 213, "протягом 2023 року надано 213 дітям",
            label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    wari = f("registered_new", "children", 41, "з них 41 – з числа внутрішньо переміщених",
             label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів",
             category="внутрішньо переміщені особи", parent=war)
    ap = f("applied", "applications", 46, "До служби надійшло 46 звернень громадян")
    ap1 = f("applied", "applications", 19, "з них 19 – з питань встановлення опіки та піклування",
            label="з питань встановлення опіки та піклування", parent=ap)
    cons = f("services_provided", "services", 112, "надано 112 консультацій з питань захисту прав дітей",
             service="counselling")
    calls = f("calls", "calls", 29, "на телефон служби надійшло 29 дзвінків")
    ev = f("events", "events", 7, "Організовано 7 профілактичних заходів у закладах освіти")
    evp = f("event_participants", "children", 410, "якими охоплено 410 учнів", unit_alt="persons", parent=ev)
    pos = f("staff_positions", "positions", 3, "Штатна чисельність служби – 3 посади")
    act = f("staff_actual", "staff", 3, "працює 3 фахівці")

    g.check("parts_sum", "з них 11 дітей-сиріт та 26 дітей, позбавлених батьківського піклування",
            "11 + 26 = 37", f"f{n(r1)} + f{n(r2)} == f{n(reg)}")
    g.check("parts_sum", "знято з обліку 5 дітей: у зв'язку з досягненням повноліття – 3, у зв'язку з усиновленням – 2",
            "3 + 2 = 5; 2 IDP children ≤ 9 taken", f"f{n(de1)} + f{n(de2)} == f{n(de)} and f{n(newi)} <= f{n(new)}")
    g.check("internal_conflict", "(на 01.01.2023 – 33)",
            "register flow: 33 at the start (literal) + 9 taken − 5 removed = 37 at the end",
            f"33 + f{n(new)} - f{n(de)} == f{n(reg)}")
    g.check("table_arithmetic", "Усього\t37",
            "placements 24 + 8 + 3 + 2 = 37 (literals, no §3 id) equal the register of 37",
            f"24 + 8 + 3 + 2 == 37 == f{n(reg)}")
    g.check("parts_sum", "з них 41 – з числа внутрішньо переміщених", "41 ≤ 213; 19 ≤ 46; 4 removed ≤ 14 + 4",
            f"f{n(wari)} <= f{n(war)} and f{n(ap1)} <= f{n(ap)} and f{n(szd)} <= f{n(sz)} + f{n(szd)}")
    g.check("parts_sum", "Штатна чисельність служби – 3 посади, усі заміщені; працює 3 фахівці", "3 = 3",
            f"f{n(act)} == f{n(pos)}")

    g.skip("постанови Кабінету Міністрів України від 24.09.2008 № 866", [24, 9, 2008, 866], "legal act date and number")
    g.skip("Станом на 31.12.2023 на території громади проживає 2 184 дитини.", [31, 12, 2023, 2184],
           "date; child population")
    g.skip("(на 01.01.2023 – 33)", [1, 1, 2023, 33], "register at the start of the year (a stock before the period); used as a literal")
    g.skip("Влаштування дітей зазначеної категорії станом на 31.12.2023:", [31, 12, 2023], "date")
    g.skip("Опіка, піклування\t24", [24, 8, 3, 2], "placements by form (no §3 id); used as literals")
    g.skip("Усього\t37", [37], "placements total: the register said again as a placement table total; not annotated as a second registered fact (the table counts placements)")
    g.skip("протягом 2023 року надано 213 дітям", [2023], "year")
    g.skip("усього з 2022 року такий статус отримали 598 дітей громади", [2022, 598], "cumulative figure since 2022")
    g.skip("Проведено 12 засідань комісії з питань захисту прав дитини, на яких розглянуто 64 питання",
           [12, 64], "commission sittings and questions (no §3 id)")
    g.skip("підготовлено 23 висновки органу опіки та піклування до суду", [23], "court opinions (no §3 id)")
    g.skip("проведено 18 рейдів «Діти вулиці» та «Урок»", [18], "raids (no §3 id)")
    g.skip("410 учнів 5–11 класів", [5, 11], "school grades")
    g.skip("На 2024 рік заплановано створення ще 2 прийомних сімей.", [2024, 2], "plan")
    g.skip("Дата: 16.01.2024 10:25 | Переглядів: 238", [16, 1, 2024, 10, 25, 238], "publication date/time, view counter")
    g.skip("за 2023 рік", [2023], "year in the title")

    g.note("a служба у справах дітей is centre_type other; its registers are registered / registered_new / deregistered (children), as in blind18")
    g.note("«на 01.01.2023 – 33» is the start-of-year register: skipped, and used as a literal in the register-flow check 33 + 9 − 5 = 37")
    g.note("the placements table (24/8/3/2, Усього 37) has no §3 id: skipped; its Усього equals the register and is not annotated a second time, because the table counts placements, not the register")
    g.note("«14 дітей з 8 сімей» on the СЖО register → registered children 14 and registered families 8 (alt in_difficult_circumstances)")
    g.note("«знято з обліку 4 дитини у зв'язку з поліпшенням становища» → deregistered (alt outcome_positive)")
    g.note("war-affected status granted → registered_new with a label; the cumulative 598 since 2022 is skipped")
    g.note("«410 учнів» → event_participants, unit children (unit_alt persons)")
    g.note("«112 консультацій» → services_provided, service counselling")
    g.note("the reader drops the site furniture (top bar, menu, breadcrumbs, sidebar, footer); its numbers are not in the read text and need no skip. Published date from the news meta line")
    g.write()


if __name__ == "__main__":
    main()
