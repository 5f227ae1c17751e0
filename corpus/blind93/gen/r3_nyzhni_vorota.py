"""b93_03: служба у справах дітей Нижньоворітської сільської ради (Закарпатська), information for 2022.
Council web page (HTML, div layout with site furniture). No planted slip: everything adds up."""
from common import Gold, report_path, write_text

DOC = "b93_03_nyzhni_vorota_ssd_annual2022.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Інформація про роботу служби у справах дітей за 2022 рік | Нижньоворітська сільська рада</title>
<link rel="stylesheet" href="/templates/hromada/css/style.css">
</head>
<body>
<div id="wrapper">
 <div class="top-bar">
  <span class="top-phone">Приймальня: (03136) 0-71-45</span>
  <span class="top-mail">rada.nvorota@example.ua</span>
  <a class="top-link" href="/version-for-visually-impaired">Версія для людей з порушенням зору</a>
 </div>
 <div class="site-header">
  <a class="logo" href="/"><img src="/images/gerb.png" alt="Герб"> Нижньоворітська сільська рада<br><small>Мукачівський район, Закарпатська область</small></a>
 </div>
 <div class="main-menu">
  <ul>
   <li><a href="/">Головна</a></li>
   <li><a href="/hromada">Громада</a></li>
   <li><a href="/rada">Рада</a></li>
   <li><a href="/vykonkom">Виконавчий комітет</a></li>
   <li><a href="/struktura">Структурні підрозділи</a></li>
   <li><a href="/docs">Документи</a></li>
   <li><a href="/contacts">Контакти</a></li>
  </ul>
 </div>
 <div class="breadcrumbs"><a href="/">Головна</a> » <a href="/struktura">Структурні підрозділи</a> » <a href="/struktura/ssd">Служба у справах дітей</a> » Інформація за 2022 рік</div>
 <div class="content-row">
  <div class="content">
   <h1 class="page-title">Інформація про роботу служби у справах дітей Нижньоворітської сільської ради за 2022 рік</h1>
   <div class="article-info">Опубліковано: 14.02.2023 | Розділ: Служба у справах дітей | Переглядів: 387</div>
   <div class="article-body">
    <p>Служба у справах дітей Нижньоворітської сільської ради (далі – Служба) діє відповідно до Положення, затвердженого рішенням сільської ради від 23.12.2020 № 41. Штатним розписом Службі визначено 3 посади, усі вони заміщені: у Службі працюють 3 працівники.</p>
    <p>Упродовж 2022 року Служба вела первинний облік дітей-сиріт та дітей, позбавлених батьківського піклування. Станом на 01.01.2022 на обліку перебувало 24 такі дитини. Протягом року на облік взято 6 дітей, знято з обліку – 3 (у зв’язку з досягненням повноліття – 2, у зв’язку з усиновленням – 1). Отже, на кінець року на первинному обліку перебуває 27 дітей, із них 11 дітей-сиріт та 16 дітей, позбавлених батьківського піклування.</p>
    <p>Усі діти цієї категорії влаштовані до сімейних форм виховання: під опіку, піклування – 21 дитина, до прийомних сімей – 4, до дитячого будинку сімейного типу – 2. Одну дитину усиновлено громадянами України.</p>
    <h3>Діти у складних життєвих обставинах</h3>
    <p>На обліку дітей, які перебувають у складних життєвих обставинах, на 31 грудня 2022 року перебувало чотирнадцять дітей. За рік на такий облік поставлено 9 дітей, з обліку знято 5 у зв’язку з поліпшенням умов виховання. Надійшли повідомлення щодо 19 дітей, які могли постраждати від домашнього насильства; всі повідомлення передано до центру надання соціальних послуг для оцінки потреб сімей.</p>
    <p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2022 році надано 38 дітям, з них 31 дитині – як внутрішньо переміщеним.</p>
    <h3>Прийом громадян і профілактика</h3>
    <p>До Служби звернулося 64 громадянини. Найбільше звернень стосувалося визначення місця проживання дитини та участі у її вихованні – 41, щодо встановлення опіки (піклування) – 15, з інших питань – 8. На номер Служби для повідомлень про порушення прав дітей надійшло 12 дзвінків.</p>
    <p>Проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 73 питання. Спільно з ювенальною поліцією проведено 6 рейдів «Діти вулиці». У закладах освіти громади Служба провела 9 профілактичних заходів, якими охоплено 540 учнів 5–11 класів.</p>
    <p>У 2023 році Служба продовжить роботу з розвитку сімейних форм виховання: планується створити ще один дитячий будинок сімейного типу.</p>
    <p class="signature">Служба у справах дітей, тел. (03136) 0-71-52</p>
   </div>
   <div class="share">Поділитися: Facebook | Telegram | Viber</div>
  </div>
  <div class="sidebar">
   <div class="widget">
    <h4>Громада в цифрах</h4>
    <ul>
     <li>Населених пунктів: 21</li>
     <li>Населення: 11 984 особи</li>
     <li>Площа: 545,2 км²</li>
     <li>Зареєстровано ВПО: 1 260 осіб</li>
    </ul>
   </div>
   <div class="widget">
    <h4>Останні новини</h4>
    <ul>
     <li><a href="/news/1032">10.02.2023 Сесія сільської ради: затверджено бюджет на 2023 рік</a></li>
     <li><a href="/news/1029">06.02.2023 Графік прийому громадян старостами</a></li>
    </ul>
   </div>
  </div>
 </div>
 <div class="site-footer">
  <p>© 2017–2023 Нижньоворітська сільська рада. 89100, Закарпатська обл., смт Нижні Ворота, вул. Головна, 47. Код ЄДРПОУ 04351826.</p>
  <p>Сайт працює на платформі «Громада-Веб». Усі права захищено.</p>
 </div>
</div>
</body>
</html>
"""


def gold():
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Нижньоворітської сільської ради",
        "centre_type": "other", "settlement": "Нижні Ворота", "oblast": "Закарпатська",
        "report_kind": "annual_report", "period_start": "2022-01-01", "period_end": "2022-12-31",
        "published": "2023-02-14",
    }, meta_alt={"report_kind": ["period_report"]})
    f = g.f
    pos = f("staff_positions", "positions", 3, "Штатним розписом Службі визначено 3 посади")
    act = f("staff_actual", "staff", 3, "у Службі працюють 3 працівники")
    new = f("registered_new", "children", 6, "Протягом року на облік взято 6 дітей",
            category="діти-сироти та діти, позбавлені батьківського піклування")
    de = f("deregistered", "children", 3, "знято з обліку – 3",
           category="діти-сироти та діти, позбавлені батьківського піклування")
    de1 = f("deregistered", "children", 2, "у зв'язку з досягненням повноліття – 2", label="досягнення повноліття",
            group="deregistered_3_by_reason", parent=de)
    de2 = f("deregistered", "children", 1, "у зв'язку з усиновленням – 1", label="усиновлення",
            group="deregistered_3_by_reason", parent=de)
    reg = f("registered", "children", 27, "на кінець року на первинному обліку перебуває 27 дітей",
            category="діти-сироти та діти, позбавлені батьківського піклування")
    reg1 = f("registered", "children", 11, "із них 11 дітей-сиріт", category="діти-сироти",
             group="registered_27_by_status", parent=reg)
    reg2 = f("registered", "children", 16, "16 дітей, позбавлених батьківського піклування",
             category="діти, позбавлені батьківського піклування", group="registered_27_by_status", parent=reg)
    sz = f("registered", "children", 14,
           "на 31 грудня 2022 року перебувало чотирнадцять дітей",
           category="діти, які перебувають у складних життєвих обставинах", note="number in words")
    szn = f("registered_new", "children", 9, "За рік на такий облік поставлено 9 дітей",
            category="діти, які перебувають у складних життєвих обставинах")
    szd = f("deregistered", "children", 5, "з обліку знято 5 у зв'язку з поліпшенням умов виховання",
            category="діти, які перебувають у складних життєвих обставинах", label="поліпшення умов виховання")
    nt = f("notified", "children", 19, "Надійшли повідомлення щодо 19 дітей",
           label="могли постраждати від домашнього насильства")
    war = f("registered_new", "children", 38,
            "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2022 році надано 38 дітям",
            label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    war1 = f("registered_new", "children", 31, "з них 31 дитині – як внутрішньо переміщеним",
             label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів",
             category="внутрішньо переміщені особи", parent=war)
    ap = f("applied", "persons", 64, "До Служби звернулося 64 громадянини")
    a1 = f("applied", "applications", 41,
           "визначення місця проживання дитини та участі у її вихованні – 41",
           label="визначення місця проживання дитини та участь у вихованні", group="applied_64_by_topic",
           parent=ap, unit_alt="persons")
    a2 = f("applied", "applications", 15, "щодо встановлення опіки (піклування) – 15",
           label="встановлення опіки (піклування)", group="applied_64_by_topic", parent=ap, unit_alt="persons")
    a3 = f("applied", "applications", 8, "з інших питань – 8", label="інші питання", group="applied_64_by_topic",
           parent=ap, unit_alt="persons")
    cl = f("calls", "calls", 12, "надійшло 12 дзвінків")
    ev = f("events", "events", 9, "Служба провела 9 профілактичних заходів")
    evp = f("event_participants", "children", 540, "якими охоплено 540 учнів", parent=ev, unit_alt="persons")

    g.check("parts_sum", "Станом на 01.01.2022 на обліку перебувало 24 такі дитини",
            "24 at the start + 6 taken − 3 removed = 27 at the end (24 is a skipped start-of-year figure)",
            f"24 + {new} - {de} == {reg}")
    g.check("parts_sum", "знято з обліку – 3 (у зв'язку з досягненням повноліття – 2, у зв'язку з усиновленням – 1)",
            "2 + 1 = 3", f"{de1} + {de2} == {de}")
    g.check("parts_sum", "із них 11 дітей-сиріт та 16 дітей, позбавлених батьківського піклування", "11 + 16 = 27",
            f"{reg1} + {reg2} == {reg}")
    g.check("parts_sum", "під опіку, піклування – 21 дитина, до прийомних сімей – 4, до дитячого будинку сімейного типу – 2",
            "placements 21 + 4 + 2 = 27 (skipped literals, no §3 id) = all children on the register",
            f"21 + 4 + 2 == {reg}")
    g.check("parts_sum", "з них 31 дитині – як внутрішньо переміщеним", "31 ≤ 38", f"{war1} <= {war}")
    g.check("parts_sum", "Найбільше звернень стосувалося визначення місця проживання дитини", "41 + 15 + 8 = 64",
            f"{a1} + {a2} + {a3} == {ap}")
    g.check("parts_sum", "у Службі працюють 3 працівники", "3 of 3 positions filled", f"{act} == {pos}")

    sk = g.skip
    sk("рішенням сільської ради від 23.12.2020 № 41", [23, 12, 2020, 41], "decision date and number")
    sk("Упродовж 2022 року", [2022], "year")
    sk("Станом на 01.01.2022 на обліку перебувало 24 такі дитини", [1, 1, 2022, 24],
       "start-of-year register (a point before the period's end); used as a literal in a check")
    sk("під опіку, піклування – 21 дитина, до прийомних сімей – 4, до дитячого будинку сімейного типу – 2",
       [21, 4, 2], "placements by form: no §3 id")
    sk("Одну дитину усиновлено громадянами України.", [1], "adoption: no §3 id")
    sk("на 31 грудня 2022 року", [31, 2022], "date")
    sk("у 2022 році надано 38 дітям", [2022], "year")
    sk("Проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 73 питання.", [11, 73],
       "commission sittings and questions: no §3 id")
    sk("проведено 6 рейдів «Діти вулиці»", [6], "raids: no §3 id")
    sk("540 учнів 5–11 класів", [5, 11], "school grades")
    sk("У 2023 році Служба продовжить роботу з розвитку сімейних форм виховання: планується створити ще один "
       "дитячий будинок сімейного типу.", [2023, 1], "plan for 2023")
    sk("Служба у справах дітей, тел. (03136) 0-71-52", [3136, 7152], "phone")
    sk("Приймальня: (03136) 0-71-45", [3136, 7145], "phone in the site's top bar")
    sk("за 2022 рік", [2022], "year in the title")
    sk("Опубліковано: 14.02.2023", [14, 2, 2023], "publication date")
    sk("Переглядів: 387", [387], "view counter")
    g.note("the page is a council site in a div layout; whatever furniture (top bar, menu, breadcrumbs, "
           "article info with date and view counter, sidebar «Громада в цифрах» with its own numbers, news, "
           "footer with postcode and ЄДРПОУ); the reader prints only the top bar (phone) and the article with "
           "its info line, and those numbers are skipped. Sidebar and footer figures are not in the read text")
    g.note("служба у справах дітей → centre_type other; the registers of orphans and of children in СЖО are "
           "registered / registered_new / deregistered (children), told apart by category")
    g.note("«чотирнадцять дітей» → registered 14 (number in words)")
    g.note("the status of a war-affected child granted in 2022 → registered_new with a label; the 31 IDP "
           "children are an overlapping part (parent only, no group)")
    g.note("«звернулося 64 громадянини» → applied persons; the topics (41/15/8) are counts of appeals "
           "(unit applications, unit_alt persons) partitioning the 64")
    g.note("«540 учнів» → event_participants in children (unit_alt persons)")
    g.note("report_kind annual_report («Інформація … за 2022 рік»); meta_alt period_report")
    g.note("no planted slip: every sum adds up (see checks_passed)")
    return g


if __name__ == "__main__":
    path = report_path(DOC)
    write_text(path, HTML)
    gold().write()
