"""b114_03: служба у справах дітей Білобожницької сільської ради (Тернопільська), information for 2022.
Council web page (div layout with top bar, menu, breadcrumbs, sidebar, footer). Impersonal voice. No slip."""
from common import Gold, report_path, read_text, write_text, uncovered

NAME = "b114_03_bilobozhnytsia_ssd_annual2022.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Інформація про роботу служби у справах дітей за 2022 рік | Білобожницька сільська рада</title>
<link rel="stylesheet" href="/templates/gromada/css/style.css">
</head>
<body>
<div id="top_line">
  <div class="wrap">
    <span class="top_phone">Приймальня: (03552) 0-71-10</span>
    <a class="top_link" href="/feedback/">Звернення громадян</a>
    <a class="top_link" href="/en/">EN</a>
  </div>
</div>
<div id="header">
  <div class="wrap">
    <a href="/" class="logo"><img src="/upload/gerb.png" alt="Герб"></a>
    <div class="site_name">Білобожницька сільська рада<br><span>Чортківський район, Тернопільська область</span></div>
  </div>
</div>
<div id="main_menu">
  <ul class="menu">
    <li><a href="/">Головна</a></li>
    <li><a href="/gromada/">Громада</a></li>
    <li><a href="/vlada/">Влада</a></li>
    <li class="active"><a href="/structure/">Структурні підрозділи</a></li>
    <li><a href="/docs/">Документи</a></li>
    <li><a href="/news/">Новини</a></li>
    <li><a href="/contacts/">Контакти</a></li>
  </ul>
</div>
<div id="content_wrap" class="wrap">
<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/structure/">Структурні підрозділи</a> &raquo; <a href="/ssd/">Служба у справах дітей</a> &raquo; <span>Інформація за 2022 рік</span></div>
<div id="content">
<h1>Інформація про роботу служби у справах дітей Білобожницької сільської ради за 2022 рік</h1>
<div class="news_info"><span class="date">27 січня 2023, 10:42</span> <span class="views">Переглядів: 214</span></div>
<div class="text">
<p>Служба у справах дітей Білобожницької сільської ради (далі – Служба) діє відповідно до Положення, затвердженого рішенням сільської ради від 22.12.2020 № 41. Станом на 31.12.2022 у громаді проживає 2 986 дітей віком до 18 років.</p>
<p>Штатним розписом Служби передбачено 3 посади, фактично працює 2 спеціалісти, 1 посада головного спеціаліста вакантна з вересня 2022 року.</p>
<h3>Діти-сироти та діти, позбавлені батьківського піклування</h3>
<p>На первинному обліку Служби станом на кінець року перебуває 34 дитини-сироти та дитини, позбавлені батьківського піклування (на 01.01.2022 – 31 дитина). З них виховуються:</p>
<ul>
<li>під опікою, піклуванням – 27 дітей;</li>
<li>у прийомних сім'ях – 5 дітей;</li>
<li>у дитячому будинку сімейного типу – 2 дітей.</li>
</ul>
<p>Протягом 2022 року на первинний облік взято 6 дітей, знято з обліку 3 дитини (у зв'язку з досягненням повноліття – 2, у зв'язку з усиновленням – 1). Частка дітей-сиріт і дітей, позбавлених батьківського піклування, влаштованих до сімейних форм виховання, становить 100 %.</p>
<h3>Діти у складних життєвих обставинах</h3>
<p>На обліку дітей, які перебувають у складних життєвих обставинах, на кінець року перебуває 11 дітей із 7 сімей. Протягом року на такий облік поставлено 8 дітей, знято з обліку 5 дітей: у зв'язку з поліпшенням становища в сім'ї – 4, у зв'язку з переїздом сім'ї до іншої громади – 1.</p>
<p>До Служби надійшло 16 повідомлень щодо 13 сімей, у яких діти могли зазнати домашнього насильства або жорстокого поводження; за кожним повідомленням спільно з Центром надання соціальних послуг вжито заходів реагування.</p>
<h3>Захист дітей, які постраждали внаслідок війни</h3>
<p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, протягом 2022 року надано 41 дитині, у тому числі 17 дітям з числа внутрішньо переміщених осіб. Загалом у громаді зареєстровано понад 300 внутрішньо переміщених дітей.</p>
<h3>Інша робота</h3>
<p>Протягом року проведено 9 засідань комісії з питань захисту прав дитини, на яких розглянуто 46 питань; підготовлено 23 висновки органу опіки та піклування для суду. Спільно з ювенальною превенцією проведено 12 рейдів «Діти вулиці» та «Урок», обстежено умови проживання 58 сімей.</p>
<p>До Служби звернулися 94 громадянини з питань захисту прав та інтересів дітей, з них 61 – письмово. На телефон «гарячої лінії» Служби надійшло 37 дзвінків. У закладах освіти громади проведено 14 профілактичних заходів, якими охоплено 620 учнів 5–11 класів.</p>
<p>У 2023 році Служба планує створити ще 1 дитячий будинок сімейного типу та залучити до навчання 4 кандидатів у прийомні батьки.</p>
<p><em>Служба у справах дітей, тел. (03552) 0-71-14, ssd.bilobozhnytsia@example.ua</em></p>
</div>
</div>
<div id="sidebar">
  <div class="widget"><h4>Контакти</h4><p>48261, Тернопільська обл., Чортківський р-н, с. Білобожниця, вул. Шевченка, 9</p><p>тел. (03552) 0-71-10</p><p>Пн–Пт 8:00–17:00</p></div>
  <div class="widget"><h4>Останні новини</h4><ul><li><a href="/news/1421/">25.01.2023 Відбулася 28 сесія сільської ради</a></li><li><a href="/news/1418/">20.01.2023 Графік відключень електроенергії</a></li></ul></div>
  <div class="widget"><h4>Статистика</h4><p>Відвідувачів сьогодні: 37</p><p>Усього: 48 312</p></div>
</div>
</div>
<div id="footer"><div class="wrap">&copy; 2017–2023 Білобожницька сільська рада. Усі права захищено. Код ЄДРПОУ 04392715.</div></div>
</body>
</html>
"""


def build():
    write_text(report_path(NAME), HTML)


def gold():
    g = Gold(NAME, {
        "centre": "Служба у справах дітей Білобожницької сільської ради",
        "centre_type": "other", "settlement": "Білобожниця", "oblast": "Тернопільська",
        "report_kind": "annual_report", "period_start": "2022-01-01", "period_end": "2022-12-31",
        "published": "2023-01-27",
    })
    F = g.f
    pos = F("staff_positions", "positions", 3, "Штатним розписом Служби передбачено 3 посади")
    act = F("staff_actual", "staff", 2, "фактично працює 2 спеціалісти")
    reg = F("registered", "children", 34, "станом на кінець року перебуває 34 дитини-сироти",
            category="діти-сироти та діти, позбавлені батьківського піклування")
    r1 = F("registered", "children", 27, "під опікою, піклуванням – 27 дітей", label="під опікою, піклуванням",
           group="registered_34_by_form", parent=reg)
    r2 = F("registered", "children", 5, "у прийомних сім'ях – 5 дітей", label="у прийомних сім'ях",
           group="registered_34_by_form", parent=reg)
    r3 = F("registered", "children", 2, "у дитячому будинку сімейного типу – 2 дітей",
           label="у дитячому будинку сімейного типу", group="registered_34_by_form", parent=reg)
    new = F("registered_new", "children", 6, "на первинний облік взято 6 дітей",
            category="діти-сироти та діти, позбавлені батьківського піклування")
    de = F("deregistered", "children", 3, "знято з обліку 3 дитини",
           category="діти-сироти та діти, позбавлені батьківського піклування")
    de1 = F("deregistered", "children", 2, "у зв'язку з досягненням повноліття – 2", label="досягнення повноліття",
            group="deregistered_3_by_reason", parent=de)
    de2 = F("deregistered", "children", 1, "у зв'язку з усиновленням – 1", label="усиновлення",
            group="deregistered_3_by_reason", parent=de)
    sh = F("share", "percent", 100, "влаштованих до сімейних форм виховання, становить 100 %",
           label="частка дітей-сиріт і дітей, позбавлених батьківського піклування, влаштованих до сімейних "
                 "форм виховання")
    sjo = F("registered", "children", 11, "на кінець року перебуває 11 дітей", category="діти у СЖО",
            alt=["in_difficult_circumstances"])
    sjof = F("registered", "families", 7, "11 дітей із 7 сімей", category="сім'ї з дітьми у СЖО",
             alt=["in_difficult_circumstances"],
             note="families of the 11 children; families are not the children's part, so no parent")
    sjon = F("registered_new", "children", 8, "на такий облік поставлено 8 дітей", category="діти у СЖО")
    sjod = F("deregistered", "children", 5, "знято з обліку 5 дітей", category="діти у СЖО")
    sd1 = F("deregistered", "children", 4, "у зв'язку з поліпшенням становища в сім'ї – 4",
            label="поліпшення становища в сім'ї", alt=["outcome_positive"], group="deregistered_5_by_reason",
            parent=sjod)
    sd2 = F("deregistered", "children", 1, "у зв'язку з переїздом сім'ї до іншої громади – 1",
            label="переїзд до іншої громади", alt=["outcome_other"], group="deregistered_5_by_reason",
            parent=sjod)
    ntf = F("notified", "families", 13, "надійшло 16 повідомлень щодо 13 сімей",
            note="the indicator counts families (§3); the 16 notifications are skipped")
    war = F("registered_new", "children", 41, "протягом 2022 року надано 41 дитині",
            label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    war1 = F("registered_new", "children", 17, "у тому числі 17 дітям з числа внутрішньо переміщених осіб",
             label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів",
             category="внутрішньо переміщені особи", parent=war)
    app = F("applied", "persons", 94, "До Служби звернулися 94 громадянини")
    app1 = F("applied", "persons", 61, "з них 61 – письмово", label="письмово",
             unit_alt="applications", parent=app)
    cl = F("calls", "calls", 37, "надійшло 37 дзвінків")
    ev = F("events", "events", 14, "проведено 14 профілактичних заходів")
    evp = F("event_participants", "children", 620, "якими охоплено 620 учнів", unit_alt="persons", parent=ev)

    def n(x):
        return x[1:]

    g.check("parts_sum", "З них виховуються:", "27 + 5 + 2 = 34", f"f{n(r1)} + f{n(r2)} + f{n(r3)} == f{n(reg)}")
    g.check("parts_sum", "знято з обліку 3 дитини (у зв'язку з досягненням повноліття – 2, у зв'язку з "
            "усиновленням – 1)", "2 + 1 = 3", f"f{n(de1)} + f{n(de2)} == f{n(de)}")
    g.check("table_arithmetic", "(на 01.01.2022 – 31 дитина)", "register flow: 31 + 6 − 3 = 34",
            f"31 + f{n(new)} - f{n(de)} == f{n(reg)}")
    g.check("parts_sum", "у зв'язку з поліпшенням становища в сім'ї – 4", "4 + 1 = 5",
            f"f{n(sd1)} + f{n(sd2)} == f{n(sjod)}")
    g.check("parts_sum", "у тому числі 17 дітям", "17 ≤ 41", f"f{n(war1)} <= f{n(war)}")
    g.check("parts_sum", "з них 61 – письмово", "61 ≤ 94", f"f{n(app1)} <= f{n(app)}")
    g.check("parts_sum", "фактично працює 2 спеціалісти, 1 посада", "2 working + 1 vacancy = 3 positions",
            f"f{n(act)} + 1 == f{n(pos)}")

    g.skip("Приймальня: (03552) 0-71-10", [3552, 7110], "phone in the site's top bar")
    g.skip("27 січня 2023, 10:42", [27, 2023, 10, 42], "publication date and time")
    g.skip("Переглядів: 214", [214], "view counter")
    g.skip("рішенням сільської ради від 22.12.2020 № 41", [22, 12, 2020, 41], "decision date and number")
    g.skip("Станом на 31.12.2022 у громаді проживає 2 986 дітей віком до 18 років", [31, 12, 2022, 2986, 18],
           "date, child population, age")
    g.skip("1 посада головного спеціаліста вакантна з вересня 2022 року", [1, 2022], "vacancy; literal in a check")
    g.skip("(на 01.01.2022 – 31 дитина)", [1, 1, 2022, 31], "start-of-year register (another point in time)")
    g.skip("Протягом 2022 року на первинний облік", [2022], "year")
    g.skip("понад 300 внутрішньо переміщених дітей", [300],
           "IDP children registered in the hromada: population figure, not the Service's register")
    g.skip("надійшло 16 повідомлень", [16], "number of notifications; notified counts families")
    g.skip("Протягом року проведено 9 засідань комісії з питань захисту прав дитини, на яких розглянуто 46 "
           "питань; підготовлено 23 висновки органу опіки та піклування для суду", [9, 46, 23],
           "commission sittings, questions, court opinions (no §3 id)")
    g.skip("проведено 12 рейдів «Діти вулиці» та «Урок», обстежено умови проживання 58 сімей", [12, 58],
           "raids; living-condition inspections (not a needs assessment, no §3 id)")
    g.skip("620 учнів 5–11 класів", [5, 11], "school grades")
    g.skip("У 2023 році Служба планує створити ще 1 дитячий будинок сімейного типу та залучити до навчання 4 "
           "кандидатів у прийомні батьки", [2023, 1, 4], "plan for 2023")
    g.skip("тел. (03552) 0-71-14", [3552, 7114], "phone")
    g.skip("за 2022 рік", [2022], "year in the title")
    g.note("a служба у справах дітей → centre_type other; its registers are registered / registered_new / "
           "deregistered in children")
    g.note("the children-in-СЖО register (11 children of 7 families) → registered with category, alt "
           "in_difficult_circumstances; «знято з обліку 5 дітей: у зв'язку з поліпшенням становища – 4» → "
           "deregistered parts with alt outcome_positive / outcome_other")
    g.note("the war-affected status granted in 2022 (41, of them 17 IDP children) → registered_new with a label")
    g.note("the start-of-year register (31) is skipped, used as a literal in the register-flow check")
    g.note("site furniture: the top bar (reception phone) is in the printed text and skipped; the menu, "
           "breadcrumbs, sidebar (contacts, news dates, a visitor counter 37 / 48 312) and footer (years, "
           "ЄДРПОУ) are not in the text the reader prints, so nothing is annotated there")
    g.note("published: the page date «27 січня 2023»")
    g.write()
    return g


if __name__ == "__main__":
    build()
    g = gold()
    for num, line in uncovered(g, read_text(report_path(NAME))):
        print("  uncovered:", num, "|", line)
