"""b40_03: служба у справах дітей Кодимської міської ради (Одеська), H1 2024. Council-site HTML page,
windows-1251, with header, menu, breadcrumbs, sidebar and footer around the article; third person."""
from common import Gold, report_path, write_text

DOC = "b40_03_kodyma_ssd_h1_2024.html"

ARTICLE = [
    "Службою у справах дітей Кодимської міської ради підбито підсумки роботи за І півріччя 2024 року.",
    "Станом на 30.06.2024 на первинному обліку служби перебуває 57 дітей-сиріт та дітей, позбавлених батьківського піклування (на 01.01.2024 – 54), з них 19 – діти-сироти, 38 – діти, позбавлені батьківського піклування. Усі вони виховуються в сімейних формах: під опікою, піклуванням – 41, у прийомних сім'ях – 10, у дитячих будинках сімейного типу – 6.",
    "За півріччя на первинний облік поставлено 6 дітей, знято з обліку 3 дітей (у зв'язку з досягненням повноліття – 2, усиновленням – 1).",
    "На обліку дітей, які перебувають у складних життєвих обставинах, перебуває 23 дитини; протягом звітного періоду на такий облік взято 8 дітей, знято з нього – 5.",
    "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 37 дітям (загалом з 2022 року – 412 дітям).",
    "До служби надійшло 64 звернення громадян, з них 29 – щодо захисту житлових і майнових прав дітей. Фахівцями надано 112 консультацій з питань захисту прав дитини. На телефон «гарячої лінії» служби надійшло 27 дзвінків.",
    "Отримано повідомлення щодо 12 дітей, які можуть перебувати у складних життєвих обставинах, а також зареєстровано 7 повідомлень про домашнє насильство стосовно дітей.",
    "Проведено 6 засідань комісії з питань захисту прав дитини, на яких розглянуто 48 питань; підготовлено 9 висновків органу опіки та піклування для суду. Спільно з ювенальною превенцією проведено 14 рейдів «Діти вулиці» та «Канікули».",
    "Протягом півріччя до служби звернулося 5 подружніх пар, які бажають усиновити дитину або створити прийомну сім'ю; 2 з них уже пройшли навчання в Одеському обласному центрі соціальних служб. Нині в громаді функціонують 3 прийомні сім'ї та 1 дитячий будинок сімейного типу.",
    "У закладах освіти громади проведено 11 профілактичних заходів, якими охоплено 436 учнів 5–11 класів.",
    "У службі працює 4 працівники при штатній чисельності 5 посад.",
]

PAGE = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про результати роботи служби у справах дітей за І півріччя 2024 року | Кодимська міська рада</title>
<link rel="stylesheet" href="/templates/kodyma/css/style.css">
</head>
<body>
<div id="topbar"><span>Офіційний вебсайт</span> <span>тел. приймальні (04867) 0-21-45</span> <a href="/en">EN</a></div>
<div id="header">
  <a href="/" class="logo"><img src="/images/gerb.png" alt="Герб"></a>
  <div class="site-name">Кодимська міська рада<br><small>Подільського району Одеської області</small></div>
</div>
<div id="menu"><ul>
  <li><a href="/">Головна</a></li>
  <li><a href="/hromada">Громада</a></li>
  <li><a href="/rada">Міська рада</a></li>
  <li><a href="/vykonkom">Виконавчий комітет</a></li>
  <li><a href="/news">Новини</a></li>
  <li><a href="/docs">Документи</a></li>
  <li><a href="/contacts">Контакти</a></li>
</ul></div>
<div id="breadcrumbs"><a href="/">Головна</a> » <a href="/news">Новини</a> » <a href="/ssd">Служба у справах дітей</a> » Про результати роботи служби</div>
<div id="content">
<div class="article">
<h1>Про результати роботи служби у справах дітей за І півріччя 2024 року</h1>
<div class="article-info">Дата: 12.07.2024 10:14 | Автор: Служба у справах дітей | Переглядів: 318</div>
{body}
<p><a href="/ssd">Усі новини служби</a></p>
</div>
<div id="sidebar">
  <div class="block"><h3>Служба у справах дітей</h3>
  <p>66000, м. Кодима, вул. Соборна, 1, каб. 7</p>
  <p>тел. (04867) 0-23-18</p>
  <p>Графік роботи: пн–пт 8:00–17:00, обід 12:00–13:00</p></div>
  <div class="block"><h3>Останні новини</h3><ul>
  <li><a href="/news/2931">10.07.2024 Засідання виконавчого комітету № 14</a></li>
  <li><a href="/news/2927">08.07.2024 Графік прийому громадян на ІІІ квартал</a></li>
  <li><a href="/news/2920">03.07.2024 Оголошено конкурс на 2 вакантні посади</a></li>
  </ul></div>
</div>
</div>
<div id="footer">
  <p>© 2017–2024 Кодимська міська рада. 66000, Одеська обл., м. Кодима, вул. Соборна, 1. Код ЄДРПОУ 04379311.</p>
  <p>При використанні матеріалів посилання на сайт обов'язкове.</p>
</div>
</body>
</html>
"""


def build():
    body = "\n".join(f"<p>{p}</p>" for p in ARTICLE)
    write_text(report_path(DOC), PAGE.replace("{body}", body), encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Кодимської міської ради",
        "centre_type": "other",
        "settlement": "Кодима",
        "report_kind": "period_report",
        "period_start": "2024-01-01",
        "period_end": "2024-06-30",
        "published": "2024-07-12",
    })
    f = g.f
    V = lambda i: "f" + i[1:]
    r = f("registered", "children", 57, "на первинному обліку служби перебуває 57 дітей-сиріт та дітей, позбавлених батьківського піклування",
          label="первинний облік дітей-сиріт та дітей, позбавлених батьківського піклування")
    r1 = f("registered", "children", 19, "з них 19 – діти-сироти", label="діти-сироти", group="registered_57", parent=r)
    r2 = f("registered", "children", 38, "38 – діти, позбавлені батьківського піклування",
           label="діти, позбавлені батьківського піклування", group="registered_57", parent=r)
    n = f("registered_new", "children", 6, "За півріччя на первинний облік поставлено 6 дітей",
          label="первинний облік")
    d = f("deregistered", "children", 3, "знято з обліку 3 дітей", label="первинний облік")
    d1 = f("deregistered", "children", 2, "у зв'язку з досягненням повноліття – 2", label="досягнення повноліття",
           group="deregistered_3", parent=d)
    d2 = f("deregistered", "children", 1, "усиновленням – 1", label="усиновлення", group="deregistered_3", parent=d)
    s = f("registered", "children", 23, "перебуває 23 дитини", label="діти у складних життєвих обставинах",
          alt=["in_difficult_circumstances"])
    f("registered_new", "children", 8, "на такий облік взято 8 дітей", label="діти у складних життєвих обставинах")
    f("deregistered", "children", 5, "знято з нього – 5", label="діти у складних життєвих обставинах")
    f("registered_new", "children", 37, "надано 37 дітям",
      label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    a = f("applied", "applications", 64, "До служби надійшло 64 звернення громадян")
    a1 = f("applied", "applications", 29, "з них 29 – щодо захисту житлових і майнових прав дітей",
           label="захист житлових і майнових прав дітей", parent=a)
    f("services_provided", "services", 112, "Фахівцями надано 112 консультацій", service="counselling")
    f("calls", "calls", 27, "надійшло 27 дзвінків")
    f("notified", "children", 12, "Отримано повідомлення щодо 12 дітей")
    f("notified", "children", 7, "зареєстровано 7 повідомлень про домашнє насильство стосовно дітей",
      label="домашнє насильство", unit_alt="applications")
    cp = f("applied", "families", 5, "до служби звернулося 5 подружніх пар",
           label="кандидати в усиновлювачі, прийомні батьки")
    ev = f("events", "events", 11, "проведено 11 профілактичних заходів")
    f("event_participants", "children", 436, "якими охоплено 436 учнів", parent=ev, unit_alt="persons")
    sa = f("staff_actual", "staff", 4, "У службі працює 4 працівники")
    sp = f("staff_positions", "positions", 5, "при штатній чисельності 5 посад")

    g.check("parts_sum", "з них 19 – діти-сироти, 38 – діти, позбавлені батьківського піклування",
            "19 + 38 = 57", f"{V(r1)} + {V(r2)} == {V(r)}")
    g.check("parts_sum", "Усі вони виховуються в сімейних формах",
            "forms of placement 41 + 10 + 6 = 57 (skipped figures, checked as literals)", f"41 + 10 + 6 == {V(r)}")
    g.check("parts_sum", "знято з обліку 3 дітей", "2 + 1 = 3", f"{V(d1)} + {V(d2)} == {V(d)}")
    g.check("parts_sum", "(на 01.01.2024 – 54)", "register flow: 54 at the start + 6 − 3 = 57",
            f"54 + {V(n)} - {V(d)} == {V(r)}")
    g.check("parts_sum", "з них 29 – щодо захисту житлових і майнових прав дітей", "29 ≤ 64", f"{V(a1)} <= {V(a)}")
    g.check("parts_sum", "У службі працює 4 працівники", "4 ≤ 5 positions", f"{V(sa)} <= {V(sp)}")

    g.skip("Станом на 30.06.2024", [30, 6, 2024], "date")
    g.skip("(на 01.01.2024 – 54)", [1, 1, 2024, 54], "start-of-year register (before the period)")
    g.skip("під опікою, піклуванням – 41, у прийомних сім'ях – 10, у дитячих будинках сімейного типу – 6",
           [41, 10, 6], "placements by form (no §3 id)")
    g.skip("(загалом з 2022 року – 412 дітям)", [2022, 412], "cumulative figure since 2022")
    g.skip("Проведено 6 засідань комісії з питань захисту прав дитини, на яких розглянуто 48 питань",
           [6, 48], "commission sittings and items (no §3 id)")
    g.skip("підготовлено 9 висновків органу опіки та піклування для суду", [9], "court opinions (no §3 id)")
    g.skip("проведено 14 рейдів", [14], "raids (no §3 id)")
    g.skip("2 з них уже пройшли навчання", [2], "candidates trained (no §3 id)")
    g.skip("функціонують 3 прийомні сім'ї та 1 дитячий будинок сімейного типу", [3, 1],
           "number of foster families and family-type homes (no §3 id)")
    g.skip("учнів 5–11 класів", [5, 11], "school grades")
    g.skip("Дата: 12.07.2024 10:14", [12, 7, 2024, 10, 14], "publication date and time")
    g.skip("Переглядів: 318", [318], "view counter")

    g.note("a служба у справах дітей → centre_type other; registers → registered / registered_new / deregistered "
           "(children), told apart by label")
    g.note("the status of a war-affected child granted in the half-year → registered_new with a label; the cumulative "
           "412 since 2022 is skipped")
    g.note("«23 дитини» on the СЖО register → registered (alt in_difficult_circumstances)")
    g.note("«112 консультацій» → services_provided, service counselling; «7 повідомлень про домашнє насильство "
           "стосовно дітей» → notified children (unit_alt applications: the count is of notifications)")
    g.note("oblast: the page header «Подільського району Одеської області» does not survive `zvitparse read`; the "
           "read text names only the «Одеський обласний центр соціальних служб», a different body → oblast omitted "
           "(as the seed gold does for Канів)")
    g.note("«5 подружніх пар» wishing to adopt or foster → applied families with a label")
    g.note("«436 учнів» → event_participants children (unit_alt persons)")
    g.note("the header, menu, breadcrumbs, sidebar (contacts, office hours, news list) and footer (address, ЄДРПОУ) "
           "do not survive in the read text; had they survived, none of their numbers would be a fact. "
           "Everything in this page adds up; no planted slip")
    g.write()


if __name__ == "__main__":
    build()
    gold()
