"""b54_03: служба у справах дітей Турківської міської ради (Львівська), 9 months of 2023.
Council site page (Joomla-like), windows-1251, with header, menu, breadcrumbs, sidebar, footer."""
from common import Gold, write_text, report_path

DOC = "b54_03_turka_ssd_9m2023.html"

ARTICLE = """\
<h2 itemprop="headline">Інформація про діяльність служби у справах дітей Турківської міської ради за 9 місяців 2023 року</h2>
<dl class="article-info"><dd class="published">Опубліковано: 12.10.2023</dd><dd class="hits">Переглядів: 214</dd></dl>
<div itemprop="articleBody">
<p>Станом на 01.10.2023 у Турківській міській територіальній громаді проживає 6 712 дітей.</p>
<p>На первинному обліку служби у справах дітей перебуває 87 дітей-сиріт та дітей, позбавлених батьківського піклування, з них 31 дитина-сирота та 56 дітей, позбавлених батьківського піклування. За січень – вересень 2023 року на первинний облік поставлено 9 дітей (за 9 місяців 2022 року – 13), знято з обліку 14 дітей:</p>
<ul>
<li>у зв'язку з досягненням повноліття – 11;</li>
<li>у зв'язку з усиновленням – 2;</li>
<li>у зв'язку з поверненням до біологічних батьків – 1.</li>
</ul>
<p>У сімейних формах виховання перебуває 82 дитини, або 94,3 % від загальної кількості дітей-сиріт та дітей, позбавлених батьківського піклування: під опікою, піклуванням – 64, у прийомних сім'ях – 12, у дитячих будинках сімейного типу – 6. Протягом звітного періоду усиновлено 2 дитини.</p>
<p>На обліку дітей, які перебувають у складних життєвих обставинах, станом на 30.09.2023 перебуває 23 дитини. За звітний період на цей облік взято 8 дітей, знято 6 дітей, з них 5 – у зв'язку з подоланням складних життєвих обставин.</p>
<p>Надійшли повідомлення про 17 сімей, у яких діти можуть перебувати у складних життєвих обставинах, зокрема щодо 4 випадків домашнього насильства.</p>
<p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 41 дитині, у тому числі 17 дітям з числа внутрішньо переміщених осіб. Усього в громаді на обліку як внутрішньо переміщені перебуває 312 дітей.</p>
<p>До служби звернулося 127 громадян, з них 38 – письмово. Фахівцями служби надано 95 консультацій з питань захисту прав дітей. На телефон «гарячої лінії» служби надійшло 29 дзвінків.</p>
<p>Проведено 19 засідань комісії з питань захисту прав дитини, на яких розглянуто 146 питань; до суду підготовлено 33 висновки. Спільно з ювенальною превенцією проведено 12 рейдів («Діти вулиці», «Літо – 2023»), під час яких обстежено умови проживання 64 сімей.</p>
<p>У закладах освіти громади проведено 7 просвітницьких заходів щодо безпеки дітей, у яких взяли участь 214 учнів 5–11 класів.</p>
<p>Штатна чисельність служби – 4 посади, фактично працює 3 спеціалісти.</p>
<p>До кінця 2023 року планується створити ще один дитячий будинок сімейного типу на 5 дітей.</p>
</div>
"""

PAGE = """\
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="uk-ua" lang="uk-ua">
<head>
<meta http-equiv="content-type" content="text/html; charset=windows-1251" />
<title>Інформація про діяльність служби у справах дітей за 9 місяців 2023 року - Турківська міська рада</title>
<link rel="stylesheet" href="/templates/gromada/css/template.css" type="text/css" />
<script type="text/javascript" src="/media/jui/js/jquery.min.js"></script>
</head>
<body class="site com_content view-article itemid-118">
<div id="top-line">Турківська міська рада | Львівська область | тел. приймальні (03269) 0-31-40</div>
<div id="header"><img src="/images/gerb.png" alt="Герб" /><div class="site-title">ТУРКІВСЬКА МІСЬКА РАДА<br/>Самбірського району Львівської області</div></div>
<div id="menu"><ul class="nav menu">
<li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/vlada">Влада</a></li>
<li class="active"><a href="/ssd">Служба у справах дітей</a></li><li><a href="/docs">Документи</a></li><li><a href="/contacts">Контакти</a></li>
</ul></div>
<div id="breadcrumbs"><ul class="breadcrumb"><li><a href="/">Головна</a> / </li><li><a href="/ssd">Служба у справах дітей</a> / </li><li class="active">Звіти</li></ul></div>
<div id="container">
<div id="content"><div class="item-page" itemscope="itemscope" itemtype="https://schema.org/Article">
{ARTICLE}
<ul class="pager pagenav"><li class="previous"><a href="/ssd/173-zvit-pivrichchya">&lt; Попередня</a></li><li class="next"><a href="/ssd/181-ogoloshennya">Наступна &gt;</a></li></ul>
</div></div>
<div id="sidebar">
<div class="moduletable"><h3>Контакти служби</h3><p>82500, м. Турка, вул. Шевченка, 14, каб. 3<br/>тел. (03269) 0-42-07<br/>ssd@turka.example.ua</p></div>
<div class="moduletable"><h3>Останні новини</h3><ul class="latestnews">
<li><a href="/news/2011">Сесія міської ради: затверджено 26 рішень</a></li>
<li><a href="/news/2010">До школи – 45 наборів канцтоварів для дітей ВПО</a></li>
<li><a href="/news/2009">Оголошено конкурс на 2 вакантні посади</a></li>
</ul></div>
</div>
</div>
<div id="footer">© 2016–2023 Турківська міська рада. 82500, м. Турка, вул. Міцкевича, 26. Усі права захищено. <span class="counter">Відвідувачів сьогодні: 389</span></div>
</body>
</html>
"""


def main():
    write_text(report_path(DOC), PAGE.replace("{ARTICLE}", ARTICLE), encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Турківської міської ради",
        "centre_type": "other", "settlement": "Турка", "oblast": "Львівська",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30",
        "published": "2023-10-12"})
    f = g.f
    r = f("registered", "children", 87, "На первинному обліку служби у справах дітей перебуває 87 дітей-сиріт",
          category="діти-сироти та діти, позбавлені батьківського піклування")
    r1 = f("registered", "children", 31, "з них 31 дитина-сирота", category="діти-сироти", parent=r, group="registered_87_by_status")
    r2 = f("registered", "children", 56, "56 дітей, позбавлених батьківського піклування",
           category="діти, позбавлені батьківського піклування", parent=r, group="registered_87_by_status")
    f("registered_new", "children", 9, "на первинний облік поставлено 9 дітей",
      category="діти-сироти та діти, позбавлені батьківського піклування")
    d = f("deregistered", "children", 14, "знято з обліку 14 дітей",
          category="діти-сироти та діти, позбавлені батьківського піклування")
    d_ids = [f("deregistered", "children", v, q, label=l, parent=d, group="deregistered_14_by_reason") for q, v, l in [
        ("у зв'язку з досягненням повноліття – 11", 11, "досягнення повноліття"),
        ("у зв'язку з усиновленням – 2", 2, "усиновлення"),
        ("у зв'язку з поверненням до біологічних батьків – 1", 1, "повернення до біологічних батьків")]]
    sj = f("registered", "children", 23, "станом на 30.09.2023 перебуває 23 дитини",
           label="на обліку дітей у складних життєвих обставинах")
    sjn = f("registered_new", "children", 8, "За звітний період на цей облік взято 8 дітей",
            label="облік дітей у складних життєвих обставинах")
    sjd = f("deregistered", "children", 6, "знято 6 дітей", label="облік дітей у складних життєвих обставинах")
    sjp = f("deregistered", "children", 5, "з них 5 – у зв'язку з подоланням складних життєвих обставин",
            alt=["outcome_positive"], label="подолання складних життєвих обставин", parent=sjd)
    f("notified", "families", 17, "Надійшли повідомлення про 17 сімей")
    w = f("registered_new", "children", 41, "надано 41 дитині",
          label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    w1 = f("registered_new", "children", 17, "у тому числі 17 дітям з числа внутрішньо переміщених осіб",
           category="внутрішньо переміщені особи",
           label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів", parent=w)
    ap = f("applied", "persons", 127, "До служби звернулося 127 громадян")
    ap1 = f("applied", "persons", 38, "з них 38 – письмово", label="письмово", parent=ap)
    f("services_provided", "services", 95, "надано 95 консультацій з питань захисту прав дітей", service="counselling")
    f("calls", "calls", 29, "надійшло 29 дзвінків")
    ev = f("events", "events", 7, "проведено 7 просвітницьких заходів")
    f("event_participants", "persons", 214, "у яких взяли участь 214 учнів", unit_alt="children", parent=ev)
    pos = f("staff_positions", "positions", 4, "Штатна чисельність служби – 4 посади")
    act = f("staff_actual", "staff", 3, "фактично працює 3 спеціалісти")

    g.check("parts_sum", "з них 31 дитина-сирота та 56 дітей, позбавлених батьківського піклування",
            "31 + 56 = 87", f"{r1} + {r2} == {r}")
    g.check("parts_sum", "знято з обліку 14 дітей:", "11 + 2 + 1 = 14", " + ".join(d_ids) + f" == {d}")
    g.check("percent_mismatch", "У сімейних формах виховання перебуває 82 дитини, або 94,3 %",
            "82 of the 87 on the register: 94,25 % → 94,3 (placements have no §3 id; literal 82)",
            f"pct_ok(94.3, 82, {r}, 1)")
    g.check("parts_sum", "під опікою, піклуванням – 64, у прийомних сім'ях – 12, у дитячих будинках сімейного типу – 6",
            "64 + 12 + 6 = 82 (placements, literals)", "64 + 12 + 6 == 82")
    g.check("parts_sum", "знято 6 дітей, з них 5", "5 ≤ 6", f"{sjp} <= {sjd}")
    g.check("parts_sum", "у тому числі 17 дітям з числа внутрішньо переміщених осіб", "17 ≤ 41", f"{w1} <= {w}")
    g.check("parts_sum", "з них 38 – письмово", "38 ≤ 127", f"{ap1} <= {ap}")
    g.check("parts_sum", "фактично працює 3 спеціалісти", "3 ≤ 4", f"{act} <= {pos}")

    g.skip("Станом на 01.10.2023 у Турківській міській територіальній громаді проживає 6 712 дітей.",
           [1, 10, 2023, 6712], "date, child population")
    g.skip("(за 9 місяців 2022 року – 13)", [9, 2022, 13], "prior-year figure")
    g.skip("У сімейних формах виховання перебуває 82 дитини, або 94,3 %", [82, 94.3],
           "placements in family forms: no §3 id (used in a check as a literal)")
    g.skip("під опікою, піклуванням – 64, у прийомних сім'ях – 12, у дитячих будинках сімейного типу – 6",
           [64, 12, 6], "placements by form: no §3 id")
    g.skip("Протягом звітного періоду усиновлено 2 дитини.", [2], "adoptions: no §3 id")
    g.skip("зокрема щодо 4 випадків домашнього насильства", [4], "cases of domestic violence: no §3 id")
    g.skip("Усього в громаді на обліку як внутрішньо переміщені перебуває 312 дітей.", [312],
           "IDP children registered with the hromada (not the service's register): population count")
    g.skip("Проведено 19 засідань комісії з питань захисту прав дитини, на яких розглянуто 146 питань; до суду підготовлено 33 висновки.",
           [19, 146, 33], "commission sittings, items, court opinions: no §3 id")
    g.skip("проведено 12 рейдів («Діти вулиці», «Літо – 2023»), під час яких обстежено умови проживання 64 сімей",
           [12, 2023, 64], "raids and families visited: no §3 id")
    g.skip("учнів 5–11 класів", [5, 11], "school grades")
    g.skip("До кінця 2023 року планується створити ще один дитячий будинок сімейного типу на 5 дітей.",
           [2023, 5], "plan")
    g.note("a служба у справах дітей: centre_type other; registers are registered / registered_new / deregistered of children")
    g.note("«знято 6 дітей, з них 5 – у зв'язку з подоланням СЖО» → deregistered with label (alt outcome_positive)")
    g.note("the war-affected status granted → registered_new with label; its IDP part hangs on it")
    g.note("header phone, sidebar contacts and news teasers (26 рішень, 45 наборів, 2 вакантні посади), footer and visitor counter are outside the article; the reader drops them, so they are not in the text")
    g.note("the headline, «Опубліковано: 12.10.2023» and «Переглядів: 214» stand outside articleBody and the reader leaves them out of the text; meta.published is still the page's stated date 2023-10-12")
    g.note("«214 учнів» → event_participants, unit persons, unit_alt children")
    g.write()


if __name__ == "__main__":
    main()
