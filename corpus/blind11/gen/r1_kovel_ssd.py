"""b11_01: служба у справах дітей, annual report 2023, council web page (HTML, UTF-8)."""
from common import Gold, report_path, write_text

DOC = "b11_01_kovel_ssd_annual2023.html"

P_INTRO = ("Служба у справах дітей Ковельської міської ради (далі – Служба) є виконавчим органом міської ради, "
           "який у своїй діяльності керується Конституцією України, Законами України «Про охорону дитинства», "
           "«Про органи і служби у справах дітей та спеціальні установи для дітей», Сімейним кодексом України "
           "та Положенням про Службу, затвердженим рішенням Ковельської міської ради від 28.01.2021 № 4/177.")
P_POP = ("Станом на 31.12.2023 у Ковельській міській територіальній громаді проживає 13 846 дітей віком до 18 років, "
         "що на 412 дітей менше, ніж на початок року.")
P1 = ("Станом на 31.12.2023 на первинному обліку Служби перебуває 148 дітей-сиріт та дітей, позбавлених "
      "батьківського піклування, з них 41 дитина-сирота та 104 дитини, позбавлені батьківського піклування "
      "(на 01.01.2023 на обліку перебувало 154 дитини).")
P2 = ("Протягом звітного року статусу дитини-сироти або дитини, позбавленої батьківського піклування, набули "
      "23 дитини (у 2022 році – 19), у тому числі 9 дітей – у зв’язку зі смертю батьків, 11 дітей – у зв’язку "
      "з позбавленням батьків батьківських прав, а 3 дитини – з інших підстав, передбачених постановою Кабінету "
      "Міністрів України від 24.09.2008 № 866 (відібрання дитини без позбавлення батьківських прав, перебування "
      "батьків у місцях позбавлення волі, визнання батьків безвісно відсутніми).")
P3 = ("Із первинного обліку протягом року знято 29 дітей, зокрема: у зв’язку з досягненням повноліття – 14, "
      "усиновленням – 6, поверненням на виховання до батьків (поновлення батьків у батьківських правах, "
      "скасування рішень про відібрання) – 5, вибуттям на постійне місце проживання до інших громад – 4.")
P4 = ("Із 148 дітей, які перебувають на первинному обліку, у сімейних формах виховання влаштовано 131 дитину "
      "(88,5 %), у тому числі під опікою, піклуванням перебуває 96 дітей, у прийомних сім’ях – 14, у дитячих "
      "будинках сімейного типу – 21; у закладах інституційного догляду та виховання дітей залишається 17 дітей "
      "(11,5 %), щодо кожної з яких розроблено план влаштування до сімейного оточення.")
P5 = ("Протягом 2023 року під опіку, піклування громадян влаштовано 17 дітей, з них 12 – до родичів (баби, діда, "
      "повнолітніх брата чи сестри), 5 – до інших осіб; припинено опіку та піклування над 15 дітьми, переважно "
      "у зв’язку з досягненням ними 18-річного віку.")
P6 = ("У 2023 році усиновлено 6 дітей, з них 5 дітей усиновлено громадянами України, одну дитину – іноземцями. "
      "На обліку кандидатів в усиновлювачі в Службі перебуває 8 сімей, з них 3 сім’ї взято на облік у звітному "
      "році; середній термін очікування дитини становить 14 місяців.")
P7 = ("Під соціальним супроводженням Ковельського міського центру соціальних служб перебувають 4 прийомні сім’ї, "
      "в яких виховується 14 дітей, та 3 дитячі будинки сімейного типу, в яких виховується 21 дитина; у 2023 році "
      "створено одну прийомну сім’ю, а фахівцями Служби здійснено 38 візитів до прийомних сімей і ДБСТ з метою "
      "перевірки умов утримання та виховання дітей.")
P8 = ("Протягом року до Служби надійшли повідомлення щодо 187 дітей, які можуть перебувати у складних життєвих "
      "обставинах, у тому числі від закладів освіти – щодо 46 дітей, від органів Національної поліції – 38, "
      "від закладів охорони здоров’я – 29, від інших суб’єктів та громадян – 74.")
P9 = ("Станом на 31.12.2023 на обліку дітей, які перебувають у складних життєвих обставинах, перебуває 57 дітей "
      "із 31 сім’ї; протягом року на облік взято 26 дітей, а знято з обліку 22 дитини, з яких 15 – у зв’язку з "
      "подоланням складних життєвих обставин, 4 – у зв’язку з досягненням повноліття, 3 – у зв’язку з "
      "влаштуванням до сімейних форм виховання.")
P10 = ("Із закладів інституційного догляду та виховання протягом року повернуто на виховання в сім’ї 7 дітей, "
       "з них 5 – до біологічних батьків, які усунули причини, що перешкоджали належному вихованню дітей.")
P11 = ("Спільно з ювенальною превенцією відділу поліції проведено 24 профілактичні рейди «Діти вулиці», «Урок», "
       "«Канікули», під час яких виявлено 9 дітей, які перебували на вулиці без нагляду дорослих у нічний час.")
P12 = ("У закладах освіти громади проведено 19 інформаційно-просвітницьких заходів з питань запобігання булінгу, "
       "насильству та торгівлі дітьми, якими охоплено 860 учнів 5–11 класів.")
P13 = ("Протягом року до Служби звернулося 264 громадянина з питань захисту прав та інтересів дітей, яким надано "
       "264 консультації; надійшло 93 письмових звернення, з них 4 скарги, які розглянуто у встановлений "
       "законодавством термін.")
P14 = ("Протягом 2023 року проведено 23 засідання комісії з питань захисту прав дитини, на яких розглянуто "
       "312 питань, та підготовлено 118 проєктів рішень виконавчого комітету міської ради.")
P15 = ("Штатним розписом Служби передбачено 7 посад, фактично працює 6 працівників; протягом року 5 працівників "
       "Служби підвищили кваліфікацію на курсах та онлайн-навчаннях.")
P_CONTACT = ("Служба у справах дітей Ковельської міської ради: 45000, Волинська обл., м. Ковель, "
             "вул. Незалежності, 73, каб. 12; тел. (03352) 0-21-47; прийом громадян – щовівторка з 9.00 до 13.00.")

HTML = f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Звіт служби у справах дітей за 2023 рік | Ковельська міська рада</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header class="site-header">
 <div class="logo">Ковельська міська рада<br><small>Волинська область</small></div>
 <form class="search"><input type="text" placeholder="Пошук по сайту"></form>
</header>
<nav class="main-menu">
 <ul>
  <li><a href="/">Головна</a></li>
  <li><a href="/rada">Міська рада</a></li>
  <li><a href="/vykonkom">Виконавчий комітет</a></li>
  <li><a href="/struktura">Структурні підрозділи</a></li>
  <li><a href="/docs">Документи</a></li>
  <li><a href="/news">Новини</a></li>
  <li><a href="/contacts">Контакти</a></li>
 </ul>
</nav>
<div class="breadcrumbs"><a href="/">Головна</a> › <a href="/struktura">Структурні підрозділи</a> › <a href="/struktura/ssd">Служба у справах дітей</a> › Звіти</div>
<main>
<article class="post">
<h1>Звіт про роботу служби у справах дітей Ковельської міської ради Волинської області за 2023 рік</h1>
<div class="post-meta">Опубліковано: 24.01.2024 10:42 · Переглядів: 318</div>
<p>{P_INTRO}</p>
<p>{P_POP}</p>
<h2>1. Захист прав дітей-сиріт та дітей, позбавлених батьківського піклування</h2>
<p>{P1}</p>
<p>{P2}</p>
<p>{P3}</p>
<p>{P4}</p>
<h2>2. Опіка, піклування, усиновлення та сімейні форми виховання</h2>
<p>{P5}</p>
<p>{P6}</p>
<p>{P7}</p>
<h2>3. Діти, які перебувають у складних життєвих обставинах</h2>
<p>{P8}</p>
<p>{P9}</p>
<p>{P10}</p>
<h2>4. Профілактична робота, звернення громадян, кадрове забезпечення</h2>
<p>{P11}</p>
<p>{P12}</p>
<p>{P13}</p>
<p>{P14}</p>
<p>{P15}</p>
<p class="contacts">{P_CONTACT}</p>
<p class="sign">Начальник служби у справах дітей</p>
</article>
<aside class="sidebar">
 <h3>Корисні посилання</h3>
 <ul><li><a href="#">Телефон довіри</a></li><li><a href="#">Гаряча лінія з питань домашнього насильства</a></li></ul>
</aside>
</main>
<footer class="site-footer">
 <p>© 2016–2024 Ковельська міська рада. Усі права захищено.</p>
 <p>45000, м. Ковель, вул. Незалежності, 73. Приймальня: (03352) 0-00-00</p>
</footer>
</body>
</html>
"""


def main():
    write_text(report_path(DOC), HTML)
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Ковельської міської ради",
        "centre_type": "other",
        "settlement": "Ковель",
        "oblast": "Волинська",
        "report_kind": "annual_report",
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
        "published": "2024-01-24",
    })
    CAT_STATUS = "діти-сироти та діти, позбавлені батьківського піклування"
    # 1. status children on the primary register
    f_reg = g.f("registered", "children", 148,
                "на первинному обліку Служби перебуває 148 дітей-сиріт та дітей, позбавлених батьківського піклування",
                category=CAT_STATUS)
    f_orph = g.f("registered", "children", 41, "з них 41 дитина-сирота", category="діти-сироти",
                 group="registered_148_by_status", parent=f_reg)
    f_depr = g.f("registered", "children", 104, "104 дитини, позбавлені батьківського піклування",
                 category="діти, позбавлені батьківського піклування", group="registered_148_by_status", parent=f_reg)
    f_new = g.f("registered_new", "children", 23,
                "статусу дитини-сироти або дитини, позбавленої батьківського піклування, набули 23 дитини",
                category=CAT_STATUS,
                note="children who acquired the status in the year = put on the primary register (closest §3 id)")
    g.f("registered_new", "children", 9, "9 дітей – у зв’язку зі смертю батьків", label="смерть батьків",
        group="registered_new_23_by_reason", parent=f_new)
    g.f("registered_new", "children", 11, "11 дітей – у зв’язку з позбавленням батьків батьківських прав",
        label="позбавлення батьків батьківських прав", group="registered_new_23_by_reason", parent=f_new)
    g.f("registered_new", "children", 3, "3 дитини – з інших підстав", label="інші підстави",
        group="registered_new_23_by_reason", parent=f_new)
    f_der = g.f("deregistered", "children", 29, "Із первинного обліку протягом року знято 29 дітей", category=CAT_STATUS)
    for v, q, lab in [(14, "у зв’язку з досягненням повноліття – 14", "досягнення повноліття"),
                      (6, "усиновленням – 6", "усиновлення"),
                      (5, "скасування рішень про відібрання) – 5", "повернення на виховання до батьків"),
                      (4, "вибуттям на постійне місце проживання до інших громад – 4", "вибуття до інших громад")]:
        g.f("deregistered", "children", v, q, label=lab, group="deregistered_29_by_reason", parent=f_der,
            alt=["outcome_other"])
    f_fam = g.f("registered", "children", 131, "у сімейних формах виховання влаштовано 131 дитину (88,5 %)",
                percent=88.5, label="у сімейних формах виховання", group="registered_148_by_care_form", parent=f_reg,
                note="a breakdown of the 148 on the register by form of care at year end, not placements in the year")
    f_g96 = g.f("registered", "children", 96, "під опікою, піклуванням перебуває 96 дітей", label="під опікою, піклуванням",
                group="family_forms_131", parent=f_fam)
    f_g14 = g.f("registered", "children", 14, "у прийомних сім’ях – 14", label="у прийомних сім'ях",
                group="family_forms_131", parent=f_fam)
    f_g21 = g.f("registered", "children", 21, "у дитячих будинках сімейного типу – 21",
                label="у дитячих будинках сімейного типу", group="family_forms_131", parent=f_fam)
    f_inst = g.f("registered", "children", 17,
                 "у закладах інституційного догляду та виховання дітей залишається 17 дітей (11,5 %)", percent=11.5,
                 label="у закладах інституційного догляду", group="registered_148_by_care_form", parent=f_reg)
    # 2. adoption candidates, foster families
    f_cand = g.f("registered", "families", 8, "На обліку кандидатів в усиновлювачі в Службі перебуває 8 сімей",
                 category="кандидати в усиновлювачі")
    g.f("registered_new", "families", 3, "з них 3 сім’ї взято на облік у звітному році",
        category="кандидати в усиновлювачі", parent=f_cand)
    f_pf = g.f("served", "families", 4,
               "Під соціальним супроводженням Ковельського міського центру соціальних служб перебувають 4 прийомні сім’ї",
               service="social_support_foster", category="прийомні сім'ї", alt=["support_ongoing"],
               note="support is given by the city ЦСС, reported here by the Служба")
    g.f("served", "children", 14, "в яких виховується 14 дітей", service="social_support_foster",
        category="прийомні діти", alt=["support_ongoing"], parent=f_pf)
    f_db = g.f("served", "families", 3, "3 дитячі будинки сімейного типу", service="social_support_foster",
               category="дитячі будинки сімейного типу", alt=["support_ongoing"])
    g.f("served", "children", 21, "в яких виховується 21 дитина", service="social_support_foster",
        category="діти в дитячих будинках сімейного типу", alt=["support_ongoing"], parent=f_db)
    # 3. children in СЖО
    f_not = g.f("notified", "children", 187, "надійшли повідомлення щодо 187 дітей",
                category="діти, які можуть перебувати у складних життєвих обставинах")
    for v, q, lab in [(46, "від закладів освіти – щодо 46 дітей", "від закладів освіти"),
                      (38, "від органів Національної поліції – 38", "від органів Національної поліції"),
                      (29, "від закладів охорони здоров’я – 29", "від закладів охорони здоров'я"),
                      (74, "від інших суб’єктів та громадян – 74", "від інших суб'єктів та громадян")]:
        g.f("notified", "children", v, q, label=lab, group="notified_187_by_source", parent=f_not)
    f_sf = g.f("registered", "families", 31, "57 дітей із 31 сім’ї",
               category="сім'ї, діти в яких перебувають у складних життєвих обставинах")
    g.f("registered", "children", 57,
        "на обліку дітей, які перебувають у складних життєвих обставинах, перебуває 57 дітей",
        category="діти, які перебувають у складних життєвих обставинах", parent=f_sf)
    g.f("registered_new", "children", 26, "протягом року на облік взято 26 дітей",
        category="діти, які перебувають у складних життєвих обставинах")
    f_d22 = g.f("deregistered", "children", 22, "знято з обліку 22 дитини",
                category="діти, які перебувають у складних життєвих обставинах")
    g.f("outcome_positive", "children", 15, "15 – у зв’язку з подоланням складних життєвих обставин",
        alt=["deregistered"], label="подолання складних життєвих обставин", group="deregistered_22_by_reason",
        parent=f_d22)
    g.f("deregistered", "children", 4, "4 – у зв’язку з досягненням повноліття", alt=["outcome_other"],
        label="досягнення повноліття", group="deregistered_22_by_reason", parent=f_d22)
    g.f("deregistered", "children", 3, "3 – у зв’язку з влаштуванням до сімейних форм виховання",
        alt=["outcome_other"], label="влаштування до сімейних форм виховання", group="deregistered_22_by_reason",
        parent=f_d22)
    # 4. prevention, appeals, staff
    g.f("events", "events", 19, "У закладах освіти громади проведено 19 інформаційно-просвітницьких заходів")
    g.f("event_participants", "children", 860, "якими охоплено 860 учнів 5–11 класів", unit_alt="persons",
        category="учні закладів освіти")
    g.f("applied", "persons", 264, "до Служби звернулося 264 громадянина")
    g.f("services_provided", "services", 264, "яким надано 264 консультації", service="counselling")
    f_wr = g.f("applied", "applications", 93, "надійшло 93 письмових звернення", label="письмові звернення")
    g.f("complaints", "complaints", 4, "з них 4 скарги", parent=f_wr)
    g.f("staff_positions", "positions", 7, "Штатним розписом Служби передбачено 7 посад")
    g.f("staff_actual", "staff", 6, "фактично працює 6 працівників")
    g.f("staff_trained", "staff", 5, "протягом року 5 працівників Служби підвищили кваліфікацію")

    # planted slip
    g.slip("parts_sum", "error", "з них 41 дитина-сирота та 104 дитини, позбавлені батьківського піклування",
           148, 145, [f_reg, f_orph, f_depr],
           "status split of the 148 children on the primary register: 41 + 104 = 145, 3 short of 148. "
           "The care-form split of the same 148 (131 + 17) does add up, and 154 + 23 − 29 = 148, so the slip is in 41/104.")

    g.check("parts_sum", "набули 23 дитини (у 2022 році – 19), у тому числі 9 дітей", "9 + 11 + 3 = 23")
    g.check("parts_sum", "Із первинного обліку протягом року знято 29 дітей", "14 + 6 + 5 + 4 = 29")
    g.check("parts_sum", "(на 01.01.2023 на обліку перебувало 154 дитини)",
            "register balance: 154 at the start + 23 new − 29 removed = 148 at year end")
    g.check("parts_sum", "у сімейних формах виховання влаштовано 131 дитину (88,5 %)",
            "96 + 14 + 21 = 131; 131 + 17 = 148")
    g.check("percent_mismatch", "у сімейних формах виховання влаштовано 131 дитину (88,5 %)",
            "131/148 = 88.51 % → 88,5; 17/148 = 11.49 % → 11,5; 88,5 + 11,5 = 100")
    g.check("parts_sum", "надійшли повідомлення щодо 187 дітей", "46 + 38 + 29 + 74 = 187")
    g.check("parts_sum", "знято з обліку 22 дитини, з яких 15", "15 + 4 + 3 = 22")
    g.check("internal_conflict", "в яких виховується 21 дитина",
            "foster children agree between sections: 14 in прийомні сім'ї and 21 in ДБСТ in both the care-form "
            "split and the social-support sentence")
    g.check("parts_sum", "з них 4 скарги", "4 complaints ≤ 93 written appeals; 3 new candidate families ≤ 8")

    g.skip(P_INTRO[P_INTRO.index("від 28.01.2021"):], [28, 1, 2021, 4, 177], "date and number of the council decision")
    g.skip("проживає 13 846 дітей віком до 18 років", [13846, 18],
           "child population of the hromada and an age limit")
    g.skip("що на 412 дітей менше, ніж на початок року", [412], "change of the child population, not a service figure")
    g.skip("(на 01.01.2023 на обліку перебувало 154 дитини)", [154],
           "register at the start of the year (the previous period's end)")
    g.skip("(у 2022 році – 19)", [2022, 19], "prior-year figure")
    g.skip("від 24.09.2008 № 866", [24, 9, 2008, 866], "date and number of a legal act")
    g.skip("під опіку, піклування громадян влаштовано 17 дітей, з них 12 – до родичів", [17, 12, 5],
           "children placed under guardianship in the year, by kind of guardian; placement has no §3 id "
           "(candidate: placed, unit children) – kept out as the seed gold does")
    g.skip("припинено опіку та піклування над 15 дітьми", [15], "guardianship ended; no §3 id")
    g.skip("18-річного віку", [18], "age")
    g.skip("У 2023 році усиновлено 6 дітей, з них 5 дітей усиновлено громадянами України, одну дитину – іноземцями",
           [6, 5, 1], "adoptions (placements, no §3 id); the 6 is annotated once, as the «усиновленням – 6» reason "
           "for taking children off the register")
    g.skip("середній термін очікування дитини становить 14 місяців", [14], "duration")
    g.skip("створено одну прийомну сім’ю", [1], "new foster family created (word numeral); no §3 id")
    g.skip("здійснено 38 візитів до прийомних сімей і ДБСТ", [38], "visits; no §3 id")
    g.skip("повернуто на виховання в сім’ї 7 дітей, з них 5 – до біологічних батьків", [7, 5],
           "children returned from institutions to families; no §3 id (candidate: returned_to_family). "
           "outcome_positive was considered and rejected: these children were not under a СЖО case")
    g.skip("проведено 24 профілактичні рейди", [24], "raids are not group events for participants; no §3 id")
    g.skip("виявлено 9 дітей, які перебували на вулиці без нагляду дорослих", [9],
           "children found during raids; no §3 id")
    g.skip("5–11 класів", [5, 11], "school grades")
    g.skip("проведено 23 засідання комісії з питань захисту прав дитини, на яких розглянуто 312 питань",
           [23, 312], "commission sittings and items considered; no §3 id")
    g.skip("підготовлено 118 проєктів рішень", [118], "draft decisions prepared; no §3 id")
    g.skip("45000, Волинська обл., м. Ковель, вул. Незалежності, 73, каб. 12; тел. (03352) 0-21-47",
           [45000, 73, 12, 3352], "postcode, address, room and phone")
    g.skip("з 9.00 до 13.00", [9, 13], "office hours")
    g.skip("Опубліковано: 24.01.2024 10:42 · Переглядів: 318", [24, 1, 2024, 318],
           "publication date (meta) and view counter")

    g.note("centre_type other: a служба у справах дітей is none of css/tcso/cnsp/uszn")
    g.note("register-type figures: status children and children in СЖО on the register at year end → registered; "
           "status acquired / taken on the register in the year → registered_new; taken off → deregistered; "
           "care-form split of the 148 → registered with labels (a point-in-time breakdown)")
    g.note("placements under guardianship, adoptions, returns from institutions, raids and commission work have no §3 id "
           "and are listed in skipped (candidate ids given); this follows the seed gold, which skips placements")
    g.note("«57 дітей із 31 сім’ї»: families row 31 with the children row 57 as its part, per SPEC §3 "
           "(children written with families hang on the families row)")
    g.note("the 15 children taken off the СЖО register «у зв’язку з подоланням СЖО» → outcome_positive with alt "
           "deregistered; the other reasons → deregistered with alt outcome_other")
    g.note("860 «учнів» → unit children (pupils of grades 5–11), unit_alt persons")
    g.note("«264 консультації» → services_provided (counselling acts), besides the 264 persons who applied")
    g.write()


if __name__ == "__main__":
    main()
