"""b118_03: служба у справах дітей Первозванівської сільської ради (Кіровоградська), annual information 2023.
Council web page (div layout with header, menu, breadcrumbs, sidebar, footer), third person. No slip."""
from common import Gold, report_path, write_text

NAME = "b118_03_pervozvanivka_ssd_annual2023.html"

HTML = """\
<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Про роботу служби у справах дітей у 2023 році | Первозванівська сільська рада</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/templates/gromada/css/style.css">
</head>
<body>
<div id="wrapper">
 <div class="top-line">
  <div class="container">
   <span class="top-phone">Приймальня: (0522) 0-37-41-06</span>
   <span class="top-mail">rada@pervozvanivka.example.ua</span>
   <a class="top-link" href="/vision">Версія для людей з порушенням зору</a>
  </div>
 </div>
 <div class="header">
  <div class="container">
   <a class="logo" href="/"><img src="/images/gerb.png" alt="Герб"></a>
   <div class="site-name">ПЕРВОЗВАНІВСЬКА СІЛЬСЬКА РАДА<br><small>Кропивницького району Кіровоградської області</small></div>
  </div>
 </div>
 <div class="main-menu">
  <ul class="menu">
   <li><a href="/">Головна</a></li>
   <li><a href="/hromada">Громада</a></li>
   <li><a href="/rada">Сільська рада</a></li>
   <li><a href="/vykonkom">Виконавчий комітет</a></li>
   <li class="active"><a href="/pidrozdily">Структурні підрозділи</a></li>
   <li><a href="/docs">Документи</a></li>
   <li><a href="/news">Новини</a></li>
   <li><a href="/contacts">Контакти</a></li>
  </ul>
 </div>
 <div class="container content-area">
  <div class="breadcrumbs"><a href="/">Головна</a> » <a href="/pidrozdily">Структурні підрозділи</a> » <a href="/pidrozdily/ssd">Служба у справах дітей</a> » Звіти</div>
  <div class="row">
   <div class="col-main">
    <div class="item-page">
     <h1 class="page-title">Інформація про роботу служби у справах дітей сільської ради у 2023 році</h1>
     <div class="article-info">Опубліковано: 14.02.2024 | Автор: Служба у справах дітей | Переглядів: 287</div>
     <div class="article-body">
      <p>Служба у справах дітей Первозванівської сільської ради (далі – Служба) є структурним підрозділом сільської ради, утвореним відповідно до рішення сесії від 22.12.2020 № 41. Штатна чисельність Служби – 3 посади.</p>
      <p><strong>Діти-сироти та діти, позбавлені батьківського піклування.</strong> Станом на 31.12.2023 на первинному обліку Служби перебуває 37 дітей зазначеної категорії (на початок року – 34), з них 11 дітей-сиріт та 26 дітей, позбавлених батьківського піклування. Протягом звітного року на облік поставлено 9 дітей: статус дитини-сироти надано 2 дітям, статус дитини, позбавленої батьківського піклування, – 5 дітям, ще 2 дітей прибули на облік з інших громад.</p>
      <p>Знято з первинного обліку 6 дітей, а саме:</p>
      <ul>
       <li>у зв’язку з досягненням повноліття – 4;</li>
       <li>у зв’язку з усиновленням – 1;</li>
       <li>у зв’язку з поверненням до біологічних батьків – 1.</li>
      </ul>
      <p>У сімейних формах виховання перебуває 33 дитини (89,2 % від кількості дітей на обліку): під опікою, піклуванням – 24, у прийомних сім’ях – 6, у дитячому будинку сімейного типу – 3. Решта 4 дітей перебувають у закладах охорони здоров’я та освіти.</p>
      <p><strong>Діти у складних життєвих обставинах.</strong> На кінець року на обліку дітей, які перебувають у складних життєвих обставинах, перебуває 19 дітей (на 01.01.2023 – 17). Упродовж року взято на облік 7 дітей, знято з обліку 5 дітей, з них у зв’язку з подоланням складних життєвих обставин – 4, у зв’язку зі зміною місця проживання – 1.</p>
      <p>Протягом 2023 року до Служби надійшли повідомлення щодо 18 дітей, які могли зазнати жорстокого поводження або домашнього насильства; за результатами перевірок факти підтвердилися щодо п’ятьох дітей. Проведено 11 рейдів «Діти вулиці» та «Вокзал», обстежено умови проживання 57 сімей.</p>
      <p><strong>Діти, які постраждали внаслідок воєнних дій.</strong> У 2023 році статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 48 дітям (усього з 2022 року – 131 дитині).</p>
      <p><strong>Робота з громадянами.</strong> До Служби надійшло 83 звернення громадян, усі розглянуто у встановлений законодавством строк. На телефон «гарячої лінії» Служби надійшло 29 дзвінків. Проведено 14 засідань комісії з питань захисту прав дитини, на яких розглянуто 62 питання.</p>
      <p>Спільно з ювенальною поліцією та закладами освіти проведено 6 профілактичних заходів для учнів 5–11 класів, якими охоплено 418 дітей.</p>
      <p>У 2024 році Служба планує збільшити кількість дітей у сімейних формах виховання до 35 та створити ще одну прийомну сім’ю.</p>
     </div>
     <div class="article-tags">Теги: діти, звіт, служба у справах дітей</div>
    </div>
   </div>
   <div class="sidebar">
    <div class="module">
     <h3>Служба у справах дітей</h3>
     <p>Телефон: (0522) 0-37-41-15<br>Прийом громадян: пн–пт 8:00–17:00, обід 12:00–13:00</p>
    </div>
    <div class="module">
     <h3>Громада в цифрах</h3>
     <ul>
      <li>Населених пунктів – 24</li>
      <li>Населення – 19 870 осіб</li>
      <li>Дітей – 3 412</li>
      <li>Закладів освіти – 9</li>
     </ul>
    </div>
    <div class="module">
     <h3>Останні новини</h3>
     <ul>
      <li><a href="/news/1042">Сесія сільської ради 22.02.2024</a></li>
      <li><a href="/news/1039">Графік прийому громадян на березень</a></li>
     </ul>
    </div>
   </div>
  </div>
 </div>
 <div class="footer">
  <div class="container">
   <p>© 2019–2024 Первозванівська сільська рада. 27652, Кіровоградська обл., Кропивницький р-н, с. Первозванівка, вул. Центральна, 2. Код ЄДРПОУ 04364712.</p>
   <p>Сайт працює на платформі «Громада».</p>
  </div>
 </div>
</div>
</body>
</html>
"""


def build():
    write_text(report_path(NAME), HTML)


def gold():
    g = Gold(NAME, {
        "centre": "Служба у справах дітей Первозванівської сільської ради",
        "centre_type": "other", "settlement": "Первозванівка",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
        "published": "2024-02-14",
    }, meta_alt={"oblast": ["Кіровоградська"]})
    f = g.f
    pos = f("staff_positions", "positions", 3, "Штатна чисельність Служби – 3 посади.")
    reg = f("registered", "children", 37, "на первинному обліку Служби перебуває 37 дітей зазначеної категорії",
            category="діти-сироти та діти, позбавлені батьківського піклування")
    r1 = f("registered", "children", 11, "з них 11 дітей-сиріт", category="діти-сироти",
           group="reg37_by_status", parent=reg)
    r2 = f("registered", "children", 26, "26 дітей, позбавлених батьківського піклування",
           category="діти, позбавлені батьківського піклування", group="reg37_by_status", parent=reg)
    new = f("registered_new", "children", 9, "Протягом звітного року на облік поставлено 9 дітей",
            category="діти-сироти та діти, позбавлені батьківського піклування")
    n1 = f("registered_new", "children", 2, "статус дитини-сироти надано 2 дітям", label="надано статус дитини-сироти",
           group="new9_by_way", parent=new)
    n2 = f("registered_new", "children", 5, "статус дитини, позбавленої батьківського піклування, – 5 дітям",
           label="надано статус дитини, позбавленої батьківського піклування", group="new9_by_way", parent=new)
    n3 = f("registered_new", "children", 2, "ще 2 дітей прибули на облік з інших громад",
           label="прибули з інших громад", group="new9_by_way", parent=new)
    de = f("deregistered", "children", 6, "Знято з первинного обліку 6 дітей",
           category="діти-сироти та діти, позбавлені батьківського піклування")
    d = []
    for val, q, lab in ((4, "у зв'язку з досягненням повноліття – 4;", "досягнення повноліття"),
                        (1, "у зв'язку з усиновленням – 1;", "усиновлення"),
                        (1, "у зв'язку з поверненням до біологічних батьків – 1.", "повернення до біологічних батьків")):
        d.append(f("deregistered", "children", val, q, label=lab, group="dereg6_by_reason", parent=de))
    sj = f("registered", "children", 19, "перебуває 19 дітей (на 01.01.2023 – 17)",
           category="діти, які перебувають у складних життєвих обставинах")
    sjn = f("registered_new", "children", 7, "Упродовж року взято на облік 7 дітей",
            category="діти, які перебувають у складних життєвих обставинах")
    sjd = f("deregistered", "children", 5, "знято з обліку 5 дітей",
            category="діти, які перебувають у складних життєвих обставинах")
    sp = f("outcome_positive", "children", 4, "у зв'язку з подоланням складних життєвих обставин – 4",
           group="sjo_dereg5_by_reason", parent=sjd, alt=["deregistered"])
    so = f("outcome_other", "children", 1, "у зв'язку зі зміною місця проживання – 1", label="зміна місця проживання",
           group="sjo_dereg5_by_reason", parent=sjd, alt=["deregistered"])
    f("notified", "children", 18, "надійшли повідомлення щодо 18 дітей",
      category="діти, які могли зазнати жорстокого поводження або домашнього насильства")
    f("registered_new", "children", 48, "надано 48 дітям", label="статус дитини, яка постраждала внаслідок воєнних дій",
      note="a war-affected status granted in 2023 → registered_new with a label (blind18 convention)")
    f("applied", "applications", 83, "До Служби надійшло 83 звернення громадян", unit_alt="persons")
    f("calls", "calls", 29, "надійшло 29 дзвінків")
    ev = f("events", "events", 6, "проведено 6 профілактичних заходів")
    f("event_participants", "children", 418, "якими охоплено 418 дітей", parent=ev, unit_alt="persons")

    v = lambda x: x[1:]
    g.check("parts_sum", "з них 11 дітей-сиріт та 26 дітей", "11 + 26 = 37", f"f{v(r1)} + f{v(r2)} == f{v(reg)}")
    g.check("parts_sum", "Протягом звітного року на облік поставлено 9 дітей", "2 + 5 + 2 = 9",
            f"f{v(n1)} + f{v(n2)} + f{v(n3)} == f{v(new)}")
    g.check("parts_sum", "Знято з первинного обліку 6 дітей", "4 + 1 + 1 = 6",
            " + ".join("f" + v(x) for x in d) + f" == f{v(de)}")
    g.check("parts_sum", "(на початок року – 34)", "34 at the start + 9 − 6 = 37 (the 34 is a literal)",
            f"34 + f{v(new)} - f{v(de)} == f{v(reg)}")
    g.check("parts_sum", "під опікою, піклуванням – 24, у прийомних сім'ях – 6, у дитячому будинку сімейного типу – 3",
            "family forms 24 + 6 + 3 = 33 and 33 + 4 in institutions = 37 (no §3 id: literals against the register)",
            f"24 + 6 + 3 == 33 and 33 + 4 == f{v(reg)}")
    g.check("percent_mismatch", "У сімейних формах виховання перебуває 33 дитини (89,2 %",
            "33 / 37 = 89,19 % → 89,2", f"pct_ok(89.2, 33, f{v(reg)}, 1)")
    g.check("parts_sum", "(на 01.01.2023 – 17)", "17 at the start + 7 − 5 = 19 (17 is a literal)",
            f"17 + f{v(sjn)} - f{v(sjd)} == f{v(sj)}")
    g.check("parts_sum", "знято з обліку 5 дітей, з них", "4 + 1 = 5", f"f{v(sp)} + f{v(so)} == f{v(sjd)}")

    g.skip("Приймальня: (0522) 0-37-41-06", [522, 374106], "phone in the site's top line")
    g.skip("Опубліковано: 14.02.2024 | Автор: Служба у справах дітей | Переглядів: 287", [14, 2, 2024, 287],
           "publication date, view counter")
    g.skip("Інформація про роботу служби у справах дітей сільської ради у 2023 році", [2023], "year")
    g.skip("відповідно до рішення сесії від 22.12.2020 № 41", [22, 12, 2020, 41], "decision date and number")
    g.skip("Станом на 31.12.2023", [31, 12, 2023], "date")
    g.skip("(на початок року – 34)", [34], "start-of-year register (a figure at another date)")
    g.skip("У сімейних формах виховання перебуває 33 дитини (89,2 % від кількості дітей на обліку): під опікою, "
           "піклуванням – 24, у прийомних сім'ях – 6, у дитячому будинку сімейного типу – 3.", [33, 89.2, 24, 6, 3],
           "placements by form of care: no §3 id (used as literals)")
    g.skip("Решта 4 дітей перебувають у закладах охорони здоров'я та освіти.", [4], "placements in institutions: no §3 id")
    g.skip("(на 01.01.2023 – 17)", [1, 1, 2023, 17], "start-of-year register (another date)")
    g.skip("Протягом 2023 року", [2023], "year")
    g.skip("факти підтвердилися щодо п'ятьох дітей", [5], "confirmed cases: no §3 id")
    g.skip("Проведено 11 рейдів «Діти вулиці» та «Вокзал», обстежено умови проживання 57 сімей.", [11, 57],
           "raids and home inspections: no §3 id")
    g.skip("У 2023 році статус дитини", [2023], "year")
    g.skip("(усього з 2022 року – 131 дитині)", [2022, 131], "cumulative figure since 2022")
    g.skip("Проведено 14 засідань комісії з питань захисту прав дитини, на яких розглянуто 62 питання.", [14, 62],
           "commission sittings and questions: no §3 id")
    g.skip("для учнів 5–11 класів", [5, 11], "school grades")
    g.skip("У 2024 році Служба планує збільшити кількість дітей у сімейних формах виховання до 35", [2024, 35],
           "plan for the next year")
    g.note("Of the site furniture only the top line (reception phone, e-mail) reaches the read text; the header "
           "(with the oblast), menu, breadcrumbs, sidebar («Громада в цифрах» with its own numbers, a second phone, "
           "office hours) and footer (postcode, address, ЄДРПОУ) do not, so only the top line is skipped. The "
           "publication line (date, author, view counter) is in the read text.")
    g.note("A служба у справах дітей → centre_type other. Registers: the 37 orphans/children deprived of parental "
           "care → registered (children), its status split 11 + 26 as a group; «на облік поставлено 9» → "
           "registered_new with its three ways as labelled parts; «знято 6» → deregistered with reasons.")
    g.note("Children in СЖО: 19 → registered; 7 → registered_new; 5 → deregistered, its parts «у зв'язку з подоланням "
           "СЖО – 4» → outcome_positive (alt deregistered), «зміною місця проживання – 1» → outcome_other (alt deregistered).")
    g.note("«повідомлення щодо 18 дітей» → notified (children). «83 звернення громадян» → applied, unit applications "
           "(unit_alt persons). Participants written as «418 дітей» → event_participants, unit children (unit_alt persons).")
    g.note("The oblast is named only in the page header (dropped by the reader), not in the article: meta has no "
           "oblast; «Кіровоградська» is accepted in meta_alt. published = the «Опубліковано» date.")
    g.note("Everything adds up: no planted slip in this file.")
    g.write()


if __name__ == "__main__":
    build()
    gold()
