"""b49_03: служба у справах дітей Старосалтівської селищної ради (Харківська), інформація за 9 місяців 2023.
Council-site HTML page in windows-1251: header with phone, menu, breadcrumbs, date/views, article,
sidebar with contacts and news, footer. Third-person voice."""
from common import Gold, write_text, report_path

DOC = "b49_03_staryi_saltiv_ssd_9m2023.html"

ARTICLE = [
    "Служба у справах дітей Старосалтівської селищної ради Чугуївського району Харківської області інформує про "
    "результати роботи за січень – вересень 2023 року.",
    "Станом на 30.09.2023 на первинному обліку служби перебуває 47 дітей-сиріт та дітей, позбавлених "
    "батьківського піклування (на 01.01.2023 – 44), з них 13 дітей-сиріт і 34 дитини, позбавлені батьківського "
    "піклування. Упродовж дев'яти місяців взято на облік 9 дітей, знято з обліку 6: у зв'язку з досягненням "
    "повноліття – 4, усиновленням – 1, поверненням до біологічних батьків – 1.",
    "Із новоприйнятих на облік дітей 8 (88,9 %) влаштовано до сімейних форм виховання. У громаді функціонують "
    "3 прийомні сім'ї та 1 дитячий будинок сімейного типу, в яких виховується 14 дітей; під опікою та "
    "піклуванням родичів перебуває 31 дитина.",
    "На обліку дітей, які перебувають у складних життєвих обставинах, – 23 дитини з 14 сімей. За звітний "
    "період на такий облік поставлено 11 дітей, знято з обліку 7 дітей. Від закладів освіти, охорони здоров'я та поліції "
    "до служби надійшло 38 повідомлень щодо дітей, які можуть перебувати у складних життєвих обставинах.",
    "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, служба надала 312 дітям "
    "(з початку 2022 року – 1 047 дітям). Значна частина громади у 2022 році перебувала під окупацією, тому "
    "документи відновлюються досі.",
    "До служби надійшло 96 звернень громадян, на телефон «гарячої лінії» – 41 дзвінок. Проведено 17 засідань "
    "комісії з питань захисту прав дитини, на яких розглянуто 64 питання; підготовлено 19 висновків до суду. "
    "Спільно з ювенальною поліцією проведено 28 рейдів «Діти вулиці».",
    "Працівники служби взяли участь у 6 профілактичних заходах у закладах освіти, якими охоплено 530 учнів "
    "5–11 класів.",
    "У службі працює 4 працівники при 5 штатних посадах. Двоє з них у вересні пройшли навчання з роботи в "
    "ЄІАС «Діти» (16 академічних годин).",
]

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про роботу служби у справах дітей за 9 місяців 2023 року | Старосалтівська селищна рада</title>
<link rel="stylesheet" href="/templates/gromada/css/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap">
  <span class="top-phone">Приймальня: (05746) 0-21-38</span>
  <span class="top-mail">rada@example.ua</span>
  <a href="/en/">EN</a>
</div></div>
<div id="header"><div class="wrap">
  <a class="logo" href="/"><img src="/images/gerb.png" alt="Герб"></a>
  <div class="site-name">СТАРОСАЛТІВСЬКА СЕЛИЩНА РАДА<br><small>Чугуївський район, Харківська область</small></div>
</div></div>
<div id="menu"><ul>
  <li><a href="/">Головна</a></li>
  <li><a href="/gromada/">Громада</a></li>
  <li><a href="/vlada/">Влада</a></li>
  <li><a href="/ssd/">Служба у справах дітей</a></li>
  <li><a href="/docs/">Документи</a></li>
  <li><a href="/contacts/">Контакти</a></li>
</ul></div>
<div id="content" class="wrap">
 <div class="main-col">
  <div class="breadcrumbs"><a href="/">Головна</a> » <a href="/ssd/">Служба у справах дітей</a> » Новини</div>
  <div class="article">
   <h1>Про роботу служби у справах дітей за 9 місяців 2023 року</h1>
   <div class="article-info"><span class="date">12.10.2023 14:05</span> | <span class="views">Переглядів: 318</span></div>
   <div class="article-text">
{paras}
   </div>
   <div class="tags">Теги: діти, опіка, звіт</div>
  </div>
 </div>
 <div class="sidebar">
  <div class="widget"><h3>Контакти служби</h3>
   <p>62560, смт Старий Салтів, вул. Соборна, 13, каб. 4</p>
   <p>тел. (05746) 0-33-72</p>
   <p>Пн–Пт 8:00–17:00</p>
  </div>
  <div class="widget"><h3>Новини</h3>
   <ul>
    <li><a href="/news/1187">09.10.2023 Засідання виконавчого комітету</a></li>
    <li><a href="/news/1183">05.10.2023 Графік прийому громадян на жовтень</a></li>
    <li><a href="/news/1179">29.09.2023 Оголошення про конкурс на посаду</a></li>
   </ul>
  </div>
 </div>
</div>
<div id="footer"><div class="wrap">
 © 2017–2023 Старосалтівська селищна рада. Усі права захищено. При використанні матеріалів посилання обов'язкове.
</div></div>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    paras = "\n".join(f"    <p>{p}</p>" for p in ARTICLE)
    write_text(path, HTML.replace("{paras}", paras), encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Старосалтівської селищної ради",
        "centre_type": "other", "settlement": "Старий Салтів", "oblast": "Харківська",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30",
        "published": "2023-10-12",
    })

    def v(x):
        return "f" + x[1:]

    reg = g.f("registered", "children", 47, "на первинному обліку служби перебуває 47 дітей-сиріт та дітей, позбавлених "
              "батьківського піклування", label="діти-сироти та діти, позбавлені батьківського піклування (первинний облік)")
    r1 = g.f("registered", "children", 13, "з них 13 дітей-сиріт", category="діти-сироти", group="registered_47",
             parent=reg)
    r2 = g.f("registered", "children", 34, "34 дитини, позбавлені батьківського піклування",
             category="діти, позбавлені батьківського піклування", group="registered_47", parent=reg)
    new = g.f("registered_new", "children", 9, "взято на облік 9 дітей",
              label="діти-сироти та діти, позбавлені батьківського піклування (первинний облік)")
    de = g.f("deregistered", "children", 6, "знято з обліку 6",
             label="діти-сироти та діти, позбавлені батьківського піклування (первинний облік)")
    d1 = g.f("deregistered", "children", 4, "у зв'язку з досягненням повноліття – 4", label="досягнення повноліття",
             group="deregistered_6_by_reason", parent=de)
    d2 = g.f("deregistered", "children", 1, "усиновленням – 1", label="усиновлення",
             group="deregistered_6_by_reason", parent=de)
    d3 = g.f("deregistered", "children", 1, "поверненням до біологічних батьків – 1",
             label="повернення до біологічних батьків", group="deregistered_6_by_reason", parent=de)
    sr = g.f("registered", "children", 23, "перебувають у складних життєвих обставинах, – 23 дитини",
             label="діти у СЖО", alt=["in_difficult_circumstances"])
    sf = g.f("registered", "families", 14, "23 дитини з 14 сімей", label="сім'ї дітей у СЖО",
             alt=["in_difficult_circumstances"])
    sn = g.f("registered_new", "children", 11, "поставлено 11 дітей", label="діти у СЖО")
    sd = g.f("deregistered", "children", 7, "знято з обліку 7 дітей", label="діти у СЖО")
    wa = g.f("registered_new", "children", 312, "служба надала 312 дітям",
             label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    nt = g.f("notified", "children", 38, "до служби надійшло 38 повідомлень щодо дітей", label="діти, які можуть перебувати у СЖО")
    ap = g.f("applied", "applications", 96, "До служби надійшло 96 звернень громадян", unit_alt="persons")
    cl = g.f("calls", "calls", 41, "на телефон «гарячої лінії» – 41 дзвінок")
    ev = g.f("events", "events", 6, "взяли участь у 6 профілактичних заходах у закладах освіти")
    evp = g.f("event_participants", "children", 530, "якими охоплено 530 учнів", unit_alt="persons", parent=ev)
    sa = g.f("staff_actual", "staff", 4, "У службі працює 4 працівники")
    sp = g.f("staff_positions", "positions", 5, "при 5 штатних посадах")
    tr = g.f("staff_trained", "staff", 2, "Двоє з них у вересні пройшли навчання", parent=sa,
             note="number in words («Двоє»)")

    g.check("parts_sum", "з них 13 дітей-сиріт і 34 дитини", "13 + 34 = 47", f"{v(r1)} + {v(r2)} == {v(reg)}")
    g.check("parts_sum", "знято з обліку 6: у зв'язку з досягненням", "4 + 1 + 1 = 6",
            f"{v(d1)} + {v(d2)} + {v(d3)} == {v(de)}")
    g.check("parts_sum", "(на 01.01.2023 – 44)", "movement of the register: 44 at 1 January + 9 − 6 = 47 (44 is a literal)",
            f"44 + {v(new)} - {v(de)} == {v(reg)}")
    g.check("percent_mismatch", "Із новоприйнятих на облік дітей 8 (88,9 %)",
            "8 placed of the 9 newly registered = 88,89 % → 88,9 (8 is a skipped literal)", f"pct_ok(88.9, 8, {v(new)}, 1)")
    g.check("parts_sum", "23 дитини з 14 сімей", "11 new and 7 removed within the 23; 14 families ≤ 23 children",
            f"{v(sn)} <= {v(sr)} and {v(sd)} <= {v(sr)} and {v(sf)} <= {v(sr)}")
    g.check("parts_sum", "У службі працює 4 працівники", "2 trained ≤ 4 ≤ 5", f"{v(tr)} <= {v(sa)} <= {v(sp)}")
    g.check("parts_sum", "поставлено 11 дітей", "11 put on the СЖО register ≤ 38 notifications", f"{v(sn)} <= {v(nt)}")

    g.skip("Приймальня: (05746) 0-21-38", [5746, 2138], "phone in the header")
    g.skip("Про роботу служби у справах дітей за 9 місяців 2023 року", [9, 2023], "period in the title")
    g.skip("12.10.2023 14:05", [12, 10, 2023, 14, 5], "publication date and time")
    g.skip("Переглядів: 318", [318], "view counter")
    g.skip("січень – вересень 2023 року", [2023], "period")
    g.skip("Станом на 30.09.2023", [30, 9, 2023], "date")
    g.skip("(на 01.01.2023 – 44)", [1, 1, 2023, 44], "start-of-year register; used as a literal in a check")
    g.skip("Із новоприйнятих на облік дітей 8 (88,9 %) влаштовано до сімейних форм виховання", [8, 88.9],
           "placements (no §3 id); used as literals in a check")
    g.skip("3 прийомні сім'ї та 1 дитячий будинок сімейного типу, в яких виховується 14 дітей", [3, 1, 14],
           "forms of family care (no §3 id; the service is the ЦСС's, not the службa's)")
    g.skip("під опікою та піклуванням родичів перебуває 31 дитина", [31], "guardianship (no §3 id)")
    g.skip("(з початку 2022 року – 1 047 дітям)", [2022, 1047], "cumulative figure since 2022")
    g.skip("у 2022 році перебувала під окупацією", [2022], "year")
    g.skip("Проведено 17 засідань комісії з питань захисту прав дитини, на яких розглянуто 64 питання; "
           "підготовлено 19 висновків до суду", [17, 64, 19], "commission sittings, questions, court opinions (no §3 id)")
    g.skip("проведено 28 рейдів «Діти вулиці»", [28], "raids (no §3 id)")
    g.skip("(16 академічних годин)", [16], "duration")
    g.skip("учнів 5–11 класів", [5, 11], "school grades")

    g.note("the sidebar (address, phone, office hours, news dates) and the footer (© years) do not come out in the read text, so they are neither facts nor skips")
    g.note("a служба у справах дітей → centre_type other; registers are registered / registered_new / deregistered (children)")
    g.note("children in СЖО on the service's register → registered (alt in_difficult_circumstances), families 14 likewise")
    g.note("the war-affected status granted in the period (312) → registered_new with a label; the cumulative 1 047 since 2022 is skipped")
    g.note("«96 звернень громадян» → applied, unit applications (alt persons)")
    g.note("«530 учнів» → event_participants, unit children (alt persons)")
    g.note("oblast from the article («Чугуївського району Харківської області»); the header, sidebar and footer do not come out in the read text")
    g.write()


if __name__ == "__main__":
    main()
