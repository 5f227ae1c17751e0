"""b97_03: служба у справах дітей Оваднівської сільської ради (Волинська), annual information 2022.
Council web page (HTML) with header, menu, breadcrumbs, sidebar with its own numbers, footer.
Impersonal voice. No planted slip: everything adds up."""
from common import Gold, write_text, report_path

DOC = "b97_03_ovadne_ssd_annual2022.html"

HTML = """\
<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Інформація про роботу служби у справах дітей за 2022 рік – Оваднівська сільська рада</title>
<link rel="stylesheet" href="/wp-content/themes/hromada/style.css?ver=2.4.1">
</head>
<body class="post-template-default single single-post postid-4187">
<div id="top-bar">
  <div class="container">
    <span class="phone">Приймальня: (03342) 0-93-15</span>
    <span class="mail">ovadne.rada@example.ua</span>
    <a class="eye" href="#">Версія для людей з порушенням зору</a>
  </div>
</div>
<header id="masthead" class="site-header">
  <div class="container">
    <a class="logo" href="/"><img src="/img/gerb.png" alt="Герб"></a>
    <div class="site-title">Оваднівська сільська рада<br><small>Володимирський район Волинської області</small></div>
  </div>
</header>
<nav id="main-menu">
  <ul>
    <li><a href="/">Головна</a></li>
    <li><a href="/hromada/">Громада</a></li>
    <li><a href="/rada/">Рада</a></li>
    <li><a href="/vykonkom/">Виконком</a></li>
    <li class="current"><a href="/struktura/">Структурні підрозділи</a></li>
    <li><a href="/docs/">Документи</a></li>
    <li><a href="/zvernennia/">Звернення громадян</a></li>
  </ul>
</nav>
<div class="breadcrumbs container">
  <a href="/">Головна</a> &raquo; <a href="/struktura/">Структурні підрозділи</a> &raquo;
  <a href="/struktura/ssd/">Служба у справах дітей</a> &raquo; <span>Інформація за 2022 рік</span>
</div>
<div id="content" class="container">
<div class="row">
<main id="primary" class="col-md-8">
<article id="post-4187" class="post-4187 post type-post">
<h1 class="entry-title">Інформація про роботу служби у справах дітей Оваднівської сільської ради за 2022 рік</h1>
<div class="entry-meta">Опубліковано: 20.01.2023 | Рубрика: Служба у справах дітей | Переглядів: 183</div>
<div class="entry-content">
<p>Служба у справах дітей Оваднівської сільської ради (далі – Служба) є виконавчим органом сільської ради, утвореним рішенням від 17.12.2020 № 2/14. Служба здійснює свої повноваження на території 19 населених пунктів громади, де проживає 2 317 дітей.</p>
<p>У 2022 році, в умовах воєнного стану, основна увага приділялася захисту прав дітей, які прибули до громади з районів бойових дій. На облік взято 38 дітей з числа внутрішньо переміщених осіб. Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, за клопотанням Служби надано 12 дітям.</p>
<h2>Діти-сироти та діти, позбавлені батьківського піклування</h2>
<p>Станом на 31.12.2022 на первинному обліку Служби перебуває 27 дітей-сиріт та дітей, позбавлених батьківського піклування, з них 9 дітей-сиріт і 18 дітей, позбавлених батьківського піклування. Усі вони виховуються в сімейних формах: під опікою, піклуванням – 21 дитина, у прийомних сім’ях – 4, у дитячому будинку сімейного типу – 2.</p>
<p>Протягом року на первинний облік взято 5 дітей: 4 – виявлено на території громади, 1 дитина прибула з іншої громади. Усіх 4 виявлених дітей (100 %) влаштовано до сімейних форм виховання. Знято з обліку 3 дітей: у зв’язку з досягненням повноліття – 2, у зв’язку з усиновленням – 1.</p>
<h2>Діти, які перебувають у складних життєвих обставинах</h2>
<p>На обліку дітей, які перебувають у складних життєвих обставинах, на кінець року перебуває 14 дітей з 8 сімей. Упродовж 2022 року на такий облік поставлено 8 дітей, знято з обліку 5 дітей у зв’язку з поліпшенням умов виховання.</p>
<p>Проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 58 питань. Спільно з ювенальною превенцією проведено 16 рейдів «Діти вулиці», «Урок».</p>
<h2>Профілактична робота та звернення</h2>
<p>У закладах освіти громади проведено 9 профілактичних заходів (бесіди, години спілкування для учнів 5–11 класів), якими охоплено 412 учнів.</p>
<p>До Служби надійшло 63 звернення громадян, з них 41 – письмове. Усі звернення розглянуто у встановлений законом 30-денний строк.</p>
<table class="table">
<caption>Основні показники роботи Служби</caption>
<thead><tr><th>Показник</th><th>2021 рік</th><th>2022 рік</th></tr></thead>
<tbody>
<tr><td>Діти-сироти та діти, позбавлені батьківського піклування, на обліку (на кінець року)</td><td>25</td><td>27</td></tr>
<tr><td>Діти у складних життєвих обставинах на обліку (на кінець року)</td><td>11</td><td>14</td></tr>
<tr><td>Звернення громадян</td><td>47</td><td>63</td></tr>
</tbody>
</table>
<p>Штатна чисельність Служби – 3 посади, усі заміщені (3 працівники).</p>
<p>У 2023 році Служба планує створити в громаді ще один дитячий будинок сімейного типу та провести навчання для 5 кандидатів у прийомні батьки.</p>
<p><em>Служба у справах дітей Оваднівської сільської ради</em></p>
</div>
</article>
</main>
<aside id="secondary" class="col-md-4 sidebar">
  <div class="widget">
    <h3 class="widget-title">Громада в цифрах</h3>
    <ul>
      <li>Населення: 9 214 осіб</li>
      <li>Площа: 263,5 км²</li>
      <li>Старостинських округів: 6</li>
    </ul>
  </div>
  <div class="widget">
    <h3 class="widget-title">Останні новини</h3>
    <ul>
      <li><a href="/news/4190/">До громади надійшло 2 тонни гуманітарної допомоги</a> <span>19.01.2023</span></li>
      <li><a href="/news/4185/">Сесія сільської ради: прийнято 27 рішень</a> <span>17.01.2023</span></li>
    </ul>
  </div>
  <div class="widget">
    <h3 class="widget-title">Гаряча лінія служби</h3>
    <p>(03342) 0-93-27, пн–пт 8.00–17.00</p>
  </div>
</aside>
</div>
</div>
<footer id="colophon" class="site-footer">
  <div class="container">
    <p>© 2021–2023 Оваднівська сільська рада. 44731, Волинська обл., Володимирський р-н, с. Овадне, вул. Незалежності, 5</p>
    <p>Код ЄДРПОУ 04333915 | Всі матеріали сайту доступні за ліцензією CC BY 4.0</p>
  </div>
</footer>
</body>
</html>
"""


def build():
    write_text(report_path(DOC), HTML)
    from common import read_text
    text = read_text(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Оваднівської сільської ради",
        "centre_type": "other",
        "settlement": "Овадне",
        "oblast": "Волинська",
        "report_kind": "annual_report",
        "period_start": "2022-01-01",
        "period_end": "2022-12-31",
        **({"published": "2023-01-20"} if "Опубліковано: 20.01.2023" in text else {}),
    })
    f1 = g.f("registered_new", "children", 38, "На облік взято 38 дітей з числа внутрішньо переміщених осіб.",
             category="діти з числа внутрішньо переміщених осіб", label="взято на облік ВПО",
             alt=["registered"])
    f2 = g.f("registered_new", "children", 12, "за клопотанням Служби надано 12 дітям",
             label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    f3 = g.f("registered", "children", 27, "на первинному обліку Служби перебуває 27 дітей-сиріт",
             category="діти-сироти та діти, позбавлені батьківського піклування")
    f4 = g.f("registered", "children", 9, "з них 9 дітей-сиріт", category="діти-сироти",
             group="registered_27_by_status", parent=f3)
    f5 = g.f("registered", "children", 18, "18 дітей, позбавлених батьківського піклування",
             category="діти, позбавлені батьківського піклування", group="registered_27_by_status", parent=f3)
    f6 = g.f("registered_new", "children", 5, "Протягом року на первинний облік взято 5 дітей",
             category="діти-сироти та діти, позбавлені батьківського піклування")
    f7 = g.f("registered_new", "children", 4, "4 – виявлено на території громади", label="виявлено на території громади",
             group="registered_new_5_by_origin", parent=f6)
    f8 = g.f("registered_new", "children", 1, "1 дитина прибула з іншої громади", label="прибула з іншої громади",
             group="registered_new_5_by_origin", parent=f6)
    f9 = g.f("deregistered", "children", 3, "Знято з обліку 3 дітей",
             category="діти-сироти та діти, позбавлені батьківського піклування")
    f10 = g.f("deregistered", "children", 2, "у зв'язку з досягненням повноліття – 2",
              label="у зв'язку з досягненням повноліття", group="deregistered_3_by_reason", parent=f9)
    f11 = g.f("deregistered", "children", 1, "у зв'язку з усиновленням – 1", label="у зв'язку з усиновленням",
              group="deregistered_3_by_reason", parent=f9)
    f12 = g.f("registered", "children", 14, "на кінець року перебуває 14 дітей з 8 сімей",
              category="діти, які перебувають у складних життєвих обставинах")
    f13 = g.f("registered", "families", 8, "на кінець року перебуває 14 дітей з 8 сімей",
              category="діти, які перебувають у складних життєвих обставинах",
              note="the families of the 14 children; not a parent/child pair in the SPEC sense (children are written "
                   "first), so no parent_id")
    f14 = g.f("registered_new", "children", 8, "на такий облік поставлено 8 дітей",
              category="діти, які перебувають у складних життєвих обставинах")
    f15 = g.f("deregistered", "children", 5, "знято з обліку 5 дітей у зв'язку з поліпшенням умов виховання",
              category="діти, які перебувають у складних життєвих обставинах",
              label="у зв'язку з поліпшенням умов виховання")
    f16 = g.f("events", "events", 9, "проведено 9 профілактичних заходів")
    f17 = g.f("event_participants", "children", 412, "якими охоплено 412 учнів", parent=f16, unit_alt="persons")
    f18 = g.f("applied", "applications", 63, "До Служби надійшло 63 звернення громадян")
    f19 = g.f("applied", "applications", 41, "з них 41 – письмове", label="письмові", parent=f18)
    rq1 = "Діти-сироти та діти, позбавлені батьківського піклування, на обліку (на кінець року)\t25\t27"
    rq2 = "Діти у складних життєвих обставинах на обліку (на кінець року)\t11\t14"
    rq3 = "Звернення громадян\t47\t63"
    f20 = g.f("registered", "children", 27, rq1, category="діти-сироти та діти, позбавлені батьківського піклування",
              note="table, 2022 column; repeats the prose figure")
    f21 = g.f("registered", "children", 14, rq2, category="діти, які перебувають у складних життєвих обставинах",
              note="table, 2022 column")
    f22 = g.f("applied", "applications", 63, rq3, note="table, 2022 column")
    f23 = g.f("staff_positions", "positions", 3, "Штатна чисельність Служби – 3 посади")
    f24 = g.f("staff_actual", "staff", 3, "усі заміщені (3 працівники)")

    g.check("parts_sum", "з них 9 дітей-сиріт і 18 дітей, позбавлених батьківського піклування", "9 + 18 = 27",
            "f4 + f5 == f3")
    g.check("parts_sum", "під опікою, піклуванням – 21 дитина, у прийомних сім'ях – 4, у дитячому будинку сімейного типу – 2",
            "placements 21 + 4 + 2 = 27 (literals: placements have no §3 id and are skipped)", "21 + 4 + 2 == f3")
    g.check("parts_sum", "Протягом року на первинний облік взято 5 дітей: 4 – виявлено на території громади, 1 дитина прибула з іншої громади",
            "4 + 1 = 5", "f7 + f8 == f6")
    g.check("parts_sum", "Знято з обліку 3 дітей: у зв'язку з досягненням повноліття – 2, у зв'язку з усиновленням – 1",
            "2 + 1 = 3", "f10 + f11 == f9")
    g.check("table_arithmetic", "Діти-сироти та діти, позбавлені батьківського піклування, на обліку (на кінець року)\t25\t27",
            "register movement: 25 at the end of 2021 (skipped, literal) + 5 taken − 3 removed = 27",
            "25 + f6 - f9 == f3")
    g.check("table_arithmetic", "Діти у складних життєвих обставинах на обліку (на кінець року)\t11\t14",
            "register movement: 11 at the end of 2021 (skipped, literal) + 8 placed − 5 removed = 14",
            "11 + f14 - f15 == f12")
    g.check("internal_conflict", "Звернення громадян\t47\t63", "prose and table agree: 27, 14 and 63",
            "f20 == f3 and f21 == f12 and f22 == f18")
    g.check("parts_sum", "з них 41 – письмове", "41 ≤ 63", "f19 <= f18")
    g.check("percent_mismatch", "Усіх 4 виявлених дітей (100 %) влаштовано до сімейних форм виховання.",
            "4 of the 4 identified = 100 % (the placed count is a literal)", "pct_ok(100, 4, f7, 0)")

    g.skip("утвореним рішенням від 17.12.2020 № 2/14", [17, 12, 2020, 2, 14], "decision date and number")
    g.skip("на території 19 населених пунктів громади, де проживає 2 317 дітей", [19, 2317],
           "settlements and child population")
    g.skip("У 2022 році, в умовах воєнного стану", [2022], "year")
    g.skip("Станом на 31.12.2022", [31, 12, 2022], "date")
    g.skip("під опікою, піклуванням – 21 дитина, у прийомних сім'ях – 4, у дитячому будинку сімейного типу – 2",
           [21, 4, 2], "placements by form (no §3 id); used as literals in a check")
    g.skip("Усіх 4 виявлених дітей (100 %) влаштовано до сімейних форм виховання.", [4, 100],
           "placements of the identified children (no §3 id)")
    g.skip("Упродовж 2022 року", [2022], "year")
    g.skip("Проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 58 питань.", [11, 58],
           "commission sittings and questions (no §3 id)")
    g.skip("проведено 16 рейдів «Діти вулиці», «Урок».", [16], "raids (no §3 id)")
    g.skip("для учнів 5–11 класів", [5, 11], "school grades")
    g.skip("у встановлений законом 30-денний строк", [30], "duration")
    g.skip("Показник\t2021 рік\t2022 рік", [2021, 2022], "table header years")
    g.skip(rq1, [25], "2021 column (prior year)")
    g.skip(rq2, [11], "2021 column (prior year)")
    g.skip(rq3, [47], "2021 column (prior year)")
    g.skip("У 2023 році Служба планує створити в громаді ще один дитячий будинок сімейного типу та провести навчання для 5 кандидатів у прийомні батьки.",
           [2023, 5], "plan for 2023")
    for q, vals, why in (("Опубліковано: 20.01.2023", [20, 1, 2023], "publication date (meta published)"),
                         ("Переглядів: 183", [183], "view counter"),
                         ("за 2022 рік", [2022], "period in the title")):
        if q in text:
            g.skip(q, vals, why)

    g.note("a служба у справах дітей → centre_type other; registers are registered / registered_new / deregistered, "
           "unit children")
    g.note("«На облік взято 38 дітей з числа ВПО» → registered_new with a label (alt registered); «статус дитини, яка "
           "постраждала …, надано 12 дітям» → registered_new with a label, as in blind18")
    g.note("placements by form (21 / 4 / 2), the 4 placed children (100 %), commission sittings, raids are skipped "
           "(no §3 id); the placements are used as literals in a check")
    g.note("«14 дітей з 8 сімей» → two registered facts (children, families) quoted by the same phrase")
    g.note("the table's 2022 column repeats 27, 14 and 63 from the prose: three more facts; the 2021 column is skipped")
    g.note("site furniture (top bar phone, menu, breadcrumbs, sidebar numbers, footer address/ЄДРПОУ) is not "
           "printed by the reader, so it is neither a fact nor a skip")
    g.write()


if __name__ == "__main__":
    build()
