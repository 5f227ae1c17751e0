"""b57_02: служба у справах дітей Новоархангельської селищної ради (Кіровоградська), annual information
for 2023 on the council site. windows-1251 HTML, table layout with header, menu, breadcrumbs, sidebar,
footer. Third person."""
from common import Gold, write_text, report_path

DOC = "b57_02_novoarkhanhelsk_ssd_annual2023.html"

ARTICLE = """<h1>Про стан роботи служби у справах дітей у 2023 році</h1>
<div class="meta">Опубліковано: 19.01.2024 10:42 | Автор: адміністратор | Переглядів: 231</div>
<p>Служба у справах дітей Новоархангельської селищної ради здійснює свої повноваження на території громади, до складу якої входить 27 населених пунктів; станом на 01.01.2024 тут проживає 3 612 дітей.</p>
<p>Станом на 31.12.2023 на первинному обліку служби перебуває 47 дітей-сиріт та дітей, позбавлених батьківського піклування (на початок року – 44), серед яких 12 дітей-сиріт і 35 дітей, позбавлених батьківського піклування. Упродовж року на облік взято 9 дітей, знято з обліку 6 дітей: у зв'язку з досягненням повноліття – 4, у зв'язку з усиновленням – 1, з поверненням до біологічних батьків – 1.</p>
<p>З 47 дітей у сімейних формах виховання перебувають 45 (95,7 %): під опікою, піклуванням – 31, у прийомних сім'ях – 9, у ДБСТ – 5. У 2024 році планується створити ще 2 прийомні сім'ї.</p>
<p>На обліку дітей, які перебувають у складних життєвих обставинах, станом на кінець року – 23 дитини, з них 9 – з сімей внутрішньо переміщених осіб. Протягом 2023 року поставлено на такий облік 11 дітей, знято 8.</p>
<p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2023 році надано 64 дітям (усього з 2022 року – 418).</p>
<p>Службою опрацьовано 212 звернень громадян, із них письмових – 87, усних – 125. Від закладів освіти, поліції та центру надання соціальних послуг надійшли повідомлення про 21 дитину, яка постраждала від домашнього насильства або стала його свідком.</p>
<p>Відбулося 14 засідань комісії з питань захисту прав дитини, на яких розглянуто 96 питань. До суду підготовлено 27 висновків органу опіки та піклування. У ході 18 рейдів «Діти вулиці» та «Урок» обстежено умови проживання дітей у 73 сім'ях.</p>
<p>Проведено 6 профілактичних заходів у закладах освіти, ними охоплено 340 осіб. На телефон довіри служби надійшло 39 дзвінків.</p>
<p>Штатна чисельність служби – 4 посади, усі зайняті; фактично працює 4 особи, 3 з яких у 2023 році пройшли навчання з питань захисту прав дітей (по 30 годин).</p>
"""

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про стан роботи служби у справах дітей у 2023 році - Новоархангельська селищна рада</title>
<link rel="stylesheet" href="/templates/gromada/css/style.css">
</head>
<body>
<table width="100%" cellspacing="0" cellpadding="0" border="0" class="layout">
<tr><td colspan="2" class="top">
 <div class="logo"><a href="/"><img src="/images/gerb.png" alt="Герб"></a></div>
 <div class="sitename">НОВОАРХАНГЕЛЬСЬКА СЕЛИЩНА РАДА<br><small>Новоукраїнський район, Кіровоградська область</small></div>
 <div class="topcontacts">26101, селище Новоархангельськ, вул. Слави, 41 &nbsp; тел. (05255) 0-21-34</div>
</td></tr>
<tr><td colspan="2" class="menu">
 <ul class="mainmenu">
  <li><a href="/">Головна</a></li>
  <li><a href="/gromada">Громада</a></li>
  <li><a href="/rada">Селищна рада</a></li>
  <li><a href="/vykonkom">Виконавчий комітет</a></li>
  <li><a href="/dity">Служба у справах дітей</a></li>
  <li><a href="/docs">Документи</a></li>
  <li><a href="/contacts">Контакти</a></li>
 </ul>
</td></tr>
<tr>
<td valign="top" class="content">
 <div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/dity">Служба у справах дітей</a> &raquo; Звіти</div>
 <div class="article">
""" + ARTICLE + """ <p class="sign">Служба у справах дітей Новоархангельської селищної ради</p>
 </div>
 <div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</td>
<td valign="top" width="240" class="sidebar">
 <div class="block"><h3>Служба у справах дітей</h3>
 <p>Прийом громадян: пн–пт 8.00–17.00, обідня перерва 12.00–13.00<br>каб. 14, тел. (05255) 0-22-07<br>ssd@example.ua</p></div>
 <div class="block"><h3>Новини</h3>
 <ul>
  <li>17.01.2024 Засідання виконкому №&nbsp;3</li>
  <li>15.01.2024 Графік прийому громадян на І квартал</li>
  <li>12.01.2024 Оголошення про конкурс на 2 вакантні посади</li>
 </ul></div>
 <div class="block"><h3>Гаряча лінія</h3><p>Телефон довіри служби: (05255) 0-22-09</p></div>
</td>
</tr>
<tr><td colspan="2" class="footer">
 &copy; 2017–2024 Новоархангельська селищна рада. Усі права захищено. Код ЄДРПОУ 04365120.<br>
 Розробка сайту: громада.онлайн | <a href="/sitemap">Карта сайту</a>
</td></tr>
</table>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    write_text(path, HTML, encoding="cp1251", newline="\n")
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Новоархангельської селищної ради",
        "centre_type": "other", "settlement": "Новоархангельськ", "oblast": "Кіровоградська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
        "published": "2024-01-19"})
    f1 = g.f("registered", "children", 47,
             "Станом на 31.12.2023 на первинному обліку служби перебуває 47 дітей-сиріт та дітей, позбавлених батьківського піклування",
             label="діти-сироти та діти, позбавлені батьківського піклування, на кінець року")
    grp = "register_47_by_status"
    f2 = g.f("registered", "children", 12, "серед яких 12 дітей-сиріт", category="діти-сироти",
             group=grp, parent=f1)
    f3 = g.f("registered", "children", 35, "35 дітей, позбавлених батьківського піклування",
             category="діти, позбавлені батьківського піклування", group=grp, parent=f1)
    f4 = g.f("registered_new", "children", 9, "Упродовж року на облік взято 9 дітей",
             label="діти-сироти та діти, позбавлені батьківського піклування")
    f5 = g.f("deregistered", "children", 6, "знято з обліку 6 дітей",
             label="діти-сироти та діти, позбавлені батьківського піклування")
    grp2 = "deregistered_6_by_reason"
    f6 = g.f("deregistered", "children", 4, "у зв'язку з досягненням повноліття – 4",
             label="у зв'язку з досягненням повноліття", group=grp2, parent=f5)
    f7 = g.f("deregistered", "children", 1, "у зв'язку з усиновленням – 1",
             label="у зв'язку з усиновленням", group=grp2, parent=f5)
    f8 = g.f("deregistered", "children", 1, "з поверненням до біологічних батьків – 1",
             label="з поверненням до біологічних батьків", group=grp2, parent=f5)
    f9 = g.f("registered", "children", 23,
             "На обліку дітей, які перебувають у складних життєвих обставинах, станом на кінець року – 23 дитини",
             label="діти у складних життєвих обставинах, на кінець року",
             alt=["in_difficult_circumstances"])
    f10 = g.f("registered", "children", 9, "з них 9 – з сімей внутрішньо переміщених осіб",
              category="діти з сімей внутрішньо переміщених осіб", parent=f9,
              alt=["in_difficult_circumstances"])
    f11 = g.f("registered_new", "children", 11, "Протягом 2023 року поставлено на такий облік 11 дітей",
              label="діти у складних життєвих обставинах")
    f12 = g.f("deregistered", "children", 8, "знято 8", label="діти у складних життєвих обставинах")
    f13 = g.f("registered_new", "children", 64,
              "у 2023 році надано 64 дітям",
              label="надано статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    f14 = g.f("applied", "applications", 212, "Службою опрацьовано 212 звернень громадян")
    grp3 = "appeals_212_by_form"
    f15 = g.f("applied", "applications", 87, "із них письмових – 87", label="письмові", group=grp3,
              parent=f14)
    f16 = g.f("applied", "applications", 125, "усних – 125", label="усні", group=grp3, parent=f14)
    f17 = g.f("notified", "children", 21, "надійшли повідомлення про 21 дитину",
              label="постраждали від домашнього насильства або стали його свідками")
    f18 = g.f("events", "events", 6, "Проведено 6 профілактичних заходів у закладах освіти")
    f19 = g.f("event_participants", "persons", 340, "ними охоплено 340 осіб", parent=f18)
    f20 = g.f("calls", "calls", 39, "На телефон довіри служби надійшло 39 дзвінків.")
    f21 = g.f("staff_positions", "positions", 4, "Штатна чисельність служби – 4 посади")
    f22 = g.f("staff_actual", "staff", 4, "фактично працює 4 особи")
    f23 = g.f("staff_trained", "staff", 3,
              "3 з яких у 2023 році пройшли навчання з питань захисту прав дітей", parent=f22)

    g.check("parts_sum", "серед яких 12 дітей-сиріт і 35 дітей, позбавлених батьківського піклування",
            "12 + 35 = 47", "f2 + f3 == f1")
    g.check("parts_sum", "знято з обліку 6 дітей: у зв'язку з досягненням повноліття – 4",
            "4 + 1 + 1 = 6", "f6 + f7 + f8 == f5")
    g.check("internal_conflict", "(на початок року – 44)",
            "register movement: 44 at the start of the year + 9 taken − 6 removed = 47 at the end "
            "(44 is skipped as a start-of-year figure and used here as a literal)", "44 + f4 - f5 == f1")
    g.check("percent_mismatch", "З 47 дітей у сімейних формах виховання перебувають 45 (95,7 %)",
            "45 / 47 = 95,74 % → 95,7; 31 + 9 + 5 = 45 (placements have no §3 id; literals)",
            "pct_ok(95.7, 45, f1, 1) and 31 + 9 + 5 == 45")
    g.check("parts_sum", "Службою опрацьовано 212 звернень громадян, із них письмових – 87, усних – 125",
            "87 + 125 = 212", "f15 + f16 == f14")
    g.check("parts_sum", "з них 9 – з сімей внутрішньо переміщених осіб", "9 ≤ 23", "f10 <= f9")
    g.check("parts_sum", "фактично працює 4 особи, 3 з яких", "3 ≤ 4 = 4 positions",
            "f23 <= f22 <= f21")

    g.skip("26101, селище Новоархангельськ, вул. Слави, 41", [26101, 41], "postcode, address (header)")
    g.skip("тел. (05255) 0-21-34", [5255, 2134], "phone (header)")
    g.skip("Опубліковано: 19.01.2024 10:42 | Автор: адміністратор | Переглядів: 231",
           [19, 1, 2024, 10, 42, 231], "publication date/time, view counter")
    g.skip("Про стан роботи служби у справах дітей у 2023 році", [2023], "year in the title")
    g.skip("до складу якої входить 27 населених пунктів; станом на 01.01.2024 тут проживає 3 612 дітей",
           [27, 1, 1, 2024, 3612], "settlement count, date, child population")
    g.skip("(на початок року – 44)", [44], "start-of-year register (used as a literal in a check)")
    g.skip("Станом на 31.12.2023", [31, 12, 2023], "date")
    g.skip("З 47 дітей у сімейних формах виховання перебувають 45 (95,7 %): під опікою, піклуванням – 31, у прийомних сім'ях – 9, у ДБСТ – 5.",
           [45, 95.7, 31, 9, 5], "placements by form (no §3 id); 47 repeats f1")
    g.skip("У 2024 році планується створити ще 2 прийомні сім'ї.", [2024, 2], "plan for the next year")
    g.skip("(усього з 2022 року – 418)", [2022, 418], "cumulative figure since 2022")
    g.skip("Відбулося 14 засідань комісії з питань захисту прав дитини, на яких розглянуто 96 питань.",
           [14, 96], "commission sittings and questions (no §3 id)")
    g.skip("До суду підготовлено 27 висновків органу опіки та піклування.", [27], "court opinions (no §3 id)")
    g.skip("У ході 18 рейдів «Діти вулиці» та «Урок» обстежено умови проживання дітей у 73 сім'ях.",
           [18, 73], "raids and home inspections (no §3 id)")
    g.skip("(по 30 годин)", [30], "duration of training")
    g.note("a служба у справах дітей is centre_type other; its registers are registered / registered_new "
           "/ deregistered in children, as in blind18")
    g.note("the register of children in СЖО is `registered` with a label (alt in_difficult_circumstances)")
    g.note("the war-affected status granted in 2023 → registered_new with a label; the cumulative 418 "
           "since 2022 is skipped")
    g.note("«опрацьовано 212 звернень громадян» → applied, unit applications, with written/oral parts")
    g.note("«3 з яких … пройшли навчання» → staff_trained hanging on staff_actual")
    g.note("the reader drops the menu, breadcrumbs, sidebar (office hours, phone, news, hotlines) and "
           "footer (ЄДРПОУ, years), so nothing there is annotated; the header with the council's "
           "address and phone stays in the text and is skipped")
    g.note("no planted slip in this file; everything adds up")
    g.write()


if __name__ == "__main__":
    main()
