"""b79_02: служба у справах дітей Чорноморської селищної ради (Одеська), information for H1 2024.
A council-site page in windows-1251: header, menu, breadcrumbs, date and view counter, sidebar,
footer around the article. Third person."""
from common import Gold, write_text, report_path

DOC = "b79_02_chornomorske_ssd_h1_2024.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Інформація про роботу служби у справах дітей за І півріччя 2024 року | Чорноморська селищна рада</title>
<link rel="stylesheet" href="/templates/gromada/css/style.css?v=20240115">
</head>
<body>
<div class="top-bar"><div class="wrap">
 <span class="phone">Приймальня: (04855) 0-31-27</span>
 <span class="mail">E-mail: chornomorska.rada@example.ua</span>
 <a href="/ua/versiya-dlya-slabozorih/">Версія для людей з порушенням зору</a>
</div></div>
<div id="header"><div class="wrap">
 <img src="/images/gerb.png" alt="Герб" width="64" height="80">
 <div class="site-name">Чорноморська селищна рада<br><small>Одеського району Одеської області</small></div>
 <div class="edrpou">Офіційний вебсайт громади</div>
</div></div>
<div id="menu"><ul>
 <li><a href="/">Головна</a></li>
 <li><a href="/gromada/">Громада</a></li>
 <li><a href="/rada/">Селищна рада</a></li>
 <li><a href="/vykonkom/">Виконавчий комітет</a></li>
 <li><a href="/struktura/">Структурні підрозділи</a></li>
 <li><a href="/news/">Новини</a></li>
 <li><a href="/docs/">Документи</a></li>
 <li><a href="/contacts/">Контакти</a></li>
</ul></div>
<div id="content"><div class="wrap">
<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/struktura/">Структурні підрозділи</a> &raquo; <a href="/struktura/ssd/">Служба у справах дітей</a> &raquo; Звіти</div>
<div class="main">
<h1>Інформація про роботу служби у справах дітей за І півріччя 2024 року</h1>
<div class="info"><span class="date">12.07.2024 09:41</span> <span class="views">Переглядів: 318</span></div>
<div class="article">
<p>Служба у справах дітей Чорноморської селищної ради (далі – Служба) у І півріччі 2024 року здійснювала повноваження органу опіки та піклування відповідно до Закону України «Про охорону дитинства», постанови Кабінету Міністрів України від 24.09.2008 № 866 та Положення про Службу, затвердженого рішенням селищної ради від 22.12.2020 № 41-VIII.</p>
<p>Станом на 01.07.2024 на території громади проживає 3 914 дітей, з них 143 дитини мають статус внутрішньо переміщених осіб і перебувають на обліку Служби.</p>
<p><strong>Діти-сироти та діти, позбавлені батьківського піклування.</strong> На первинному обліку Служби на кінець півріччя перебуває 37 дітей зазначеної категорії (на 01.01.2024 – 34), з них 11 дітей-сиріт та 26 дітей, позбавлених батьківського піклування. За звітний період на облік взято 5 дітей, з обліку знято 2 дитини у зв'язку з досягненням повноліття.</p>
<p>Усі діти зазначеної категорії виховуються в сімейних формах: під опікою, піклуванням – 29, у прийомних сім'ях – 5, у дитячому будинку сімейного типу – 3. Одну дитину усиновлено громадянами України.</p>
<p><strong>Діти у складних життєвих обставинах.</strong> Протягом півріччя до Служби надійшли повідомлення щодо 46 дітей, які можуть перебувати у складних життєвих обставинах. Після перевірки факти підтвердилися щодо 15 дітей. Спільно з Центром надання соціальних послуг оцінку потреб проведено 9 сім'ям.</p>
<p>На обліку дітей, які перебувають у складних життєвих обставинах, станом на 30.06.2024 перебуває 19 дітей з 12 сімей. Протягом звітного періоду на такий облік поставлено 7 дітей, знято з обліку 4 дитини у зв'язку з усуненням причин, що зумовили складні обставини.</p>
<p><strong>Діти, які постраждали внаслідок воєнних дій.</strong> У І півріччі 2024 року Службою надано статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, 23 дітям, з них 8 – з числа внутрішньо переміщених. Загалом з 2022 року такий статус отримали 214 дітей громади.</p>
<p><strong>Профілактична робота.</strong> Проведено 6 засідань комісії з питань захисту прав дитини, на яких розглянуто 58 питань. Разом із сектором ювенальної превенції здійснено 14 профілактичних рейдів. Працівники Служби провели 9 профілактичних заходів у закладах освіти громади, якими охоплено 412 учнів 5–11 класів. Підготовлено 27 висновків органу опіки та піклування, у тому числі 11 – на запити суду.</p>
<p><strong>Робота зі зверненнями.</strong> До Служби надійшло 17 письмових звернень громадян, на телефон «гарячої лінії» – 31 дзвінок. Усі звернення розглянуто у строки, визначені законодавством.</p>
<p>Штатна чисельність Служби – 4 посади, фактично працює 3 працівники.</p>
<p>Під час літньої оздоровчої кампанії 2024 року планується оздоровити 60 дітей пільгових категорій.</p>
<p class="sign">Служба у справах дітей Чорноморської селищної ради</p>
</div>
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</div>
<div class="sidebar">
 <div class="block"><h3>Контакти Служби</h3>
 <p>67560, смт Чорноморське, вул. Перемоги, 9, каб. 14<br>тел. (04855) 0-42-18<br>Пн–Пт 8:00–17:00</p></div>
 <div class="block"><h3>Останні новини</h3>
 <ul>
 <li><a href="/news/4412/">11.07.2024 Засідання виконавчого комітету № 15</a></li>
 <li><a href="/news/4409/">09.07.2024 Графік прийому громадян на ІІІ квартал</a></li>
 <li><a href="/news/4398/">05.07.2024 Оголошення про конкурс на посаду</a></li>
 </ul></div>
</div>
</div></div>
<div id="footer"><div class="wrap">
 &copy; 2016–2024 Чорноморська селищна рада. Усі права захищено.<br>
 67560, Одеська обл., Одеський р-н, смт Чорноморське, вул. Перемоги, 9
</div></div>
</body>
</html>
"""

def build():
    write_text(report_path(DOC), HTML, encoding="cp1251", newline="\n")
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Чорноморської селищної ради",
        "centre_type": "other", "settlement": "Чорноморське", "oblast": "Одеська",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-06-30",
        "published": "2024-07-12"})
    f1 = g.f("registered", "children", 143, "143 дитини мають статус внутрішньо переміщених осіб і перебувають на обліку Служби",
             category="внутрішньо переміщені особи", note="a register at 01.07.2024, counted as the report-period figure")
    f2 = g.f("registered", "children", 37, "На первинному обліку Служби на кінець півріччя перебуває 37 дітей зазначеної категорії",
             label="діти-сироти та діти, позбавлені батьківського піклування")
    f3 = g.f("registered", "children", 11, "з них 11 дітей-сиріт", label="діти-сироти",
             group="orphans_37_by_status", parent=f2)
    f4 = g.f("registered", "children", 26, "26 дітей, позбавлених батьківського піклування",
             label="діти, позбавлені батьківського піклування", group="orphans_37_by_status", parent=f2)
    f5 = g.f("registered_new", "children", 5, "За звітний період на облік взято 5 дітей",
             label="діти-сироти та діти, позбавлені батьківського піклування")
    f6 = g.f("deregistered", "children", 2, "з обліку знято 2 дитини у зв'язку з досягненням повноліття",
             label="досягнення повноліття")
    f7 = g.f("notified", "children", 46, "надійшли повідомлення щодо 46 дітей")
    f8 = g.f("in_difficult_circumstances", "children", 15, "факти підтвердилися щодо 15 дітей", parent=f7)
    f9 = g.f("needs_assessed", "families", 9, "оцінку потреб проведено 9 сім'ям")
    f10 = g.f("registered", "families", 12, "19 дітей з 12 сімей", label="сім'ї у СЖО",
              alt=["in_difficult_circumstances"])
    f11 = g.f("registered", "children", 19, "станом на 30.06.2024 перебуває 19 дітей", label="діти у СЖО",
              alt=["in_difficult_circumstances"], parent=f10)
    f12 = g.f("registered_new", "children", 7, "на такий облік поставлено 7 дітей", label="діти у СЖО")
    f13 = g.f("deregistered", "children", 4, "знято з обліку 4 дитини у зв'язку з усуненням причин",
              label="діти у СЖО, усунення причин")
    f14 = g.f("registered_new", "children", 23, "внаслідок воєнних дій та збройних конфліктів, 23 дітям",
              label="статус дитини, яка постраждала внаслідок воєнних дій")
    g.f("registered_new", "children", 8, "з них 8 – з числа внутрішньо переміщених",
        label="статус дитини, яка постраждала внаслідок воєнних дій", category="внутрішньо переміщені особи", parent=f14)
    f15 = g.f("events", "events", 9, "провели 9 профілактичних заходів")
    f16 = g.f("event_participants", "persons", 412, "якими охоплено 412 учнів", unit_alt="children", parent=f15)
    f17 = g.f("applied", "applications", 17, "надійшло 17 письмових звернень громадян")
    f18 = g.f("calls", "calls", 31, "на телефон «гарячої лінії» – 31 дзвінок")
    f19 = g.f("staff_positions", "positions", 4, "Штатна чисельність Служби – 4 посади")
    f20 = g.f("staff_actual", "staff", 3, "фактично працює 3 працівники")

    g.check("parts_sum", "з них 11 дітей-сиріт та 26 дітей, позбавлених батьківського піклування",
            "11 + 26 = 37", "f3 + f4 == f2")
    g.check("parts_sum", "(на 01.01.2024 – 34)", "register flow: 34 at 01.01 + 5 taken − 2 removed = 37 (34 is a literal)",
            "34 + f5 - f6 == f2")
    g.check("parts_sum", "під опікою, піклуванням – 29, у прийомних сім'ях – 5, у дитячому будинку сімейного типу – 3",
            "placements 29 + 5 + 3 = 37 (placements have no §3 id; literals)", "29 + 5 + 3 == f2")
    g.check("parts_sum", "Після перевірки факти підтвердилися щодо 15 дітей", "15 confirmed ≤ 46 notified", "f8 <= f7")
    g.check("parts_sum", "фактично працює 3 працівники", "3 working ≤ 4 positions", "f20 <= f19")

    g.skip("за І півріччя 2024 року", [2024], "year of the period (title and text)")
    g.skip("Приймальня: (04855) 0-31-27", [4855, 3127], "phone in the top bar")
    g.skip("постанови Кабінету Міністрів України від 24.09.2008 № 866", [24, 9, 2008, 866], "act date and number")
    g.skip("рішенням селищної ради від 22.12.2020 № 41-VIII", [22, 12, 2020, 41], "decision date and number")
    g.skip("Станом на 01.07.2024 на території громади проживає 3 914 дітей", [1, 7, 2024, 3914], "date, child population")
    g.skip("(на 01.01.2024 – 34)", [1, 1, 2024, 34], "start-of-period register (used as a literal in a check)")
    g.skip("під опікою, піклуванням – 29, у прийомних сім'ях – 5, у дитячому будинку сімейного типу – 3",
           [29, 5, 3], "placements by form (no §3 id)")
    g.skip("Одну дитину усиновлено", [1], "adoption (no §3 id)")
    g.skip("Загалом з 2022 року такий статус отримали 214 дітей громади", [2022, 214], "cumulative figure since 2022")
    g.skip("Проведено 6 засідань комісії з питань захисту прав дитини, на яких розглянуто 58 питань", [6, 58],
           "commission sittings and questions (no §3 id)")
    g.skip("здійснено 14 профілактичних рейдів", [14], "raids (no §3 id)")
    g.skip("учнів 5–11 класів", [5, 11], "school grades")
    g.skip("Підготовлено 27 висновків органу опіки та піклування, у тому числі 11 – на запити суду", [27, 11],
           "opinions of the guardianship body (no §3 id)")
    g.skip("Під час літньої оздоровчої кампанії 2024 року планується оздоровити 60 дітей", [2024, 60], "plan")
    g.skip("12.07.2024 09:41", [12, 7, 2024, 9, 41], "publication date and time")
    g.skip("Переглядів: 318", [318], "view counter")

    g.note("a служба у справах дітей is centre_type other; its registers are registered / registered_new / deregistered (children)")
    g.note("the 143 IDP children «перебувають на обліку Служби» at 01.07.2024 → registered with a category")
    g.note("«19 дітей з 12 сімей» on the СЖО register → families row (registered) with the children hanging on it; alt in_difficult_circumstances")
    g.note("«Після перевірки факти підтвердилися щодо 15 дітей» → in_difficult_circumstances, part of the 46 notified")
    g.note("the war-affected status granted in the half-year (23) → registered_new with a label; the cumulative 214 since 2022 is skipped")
    g.note("«412 учнів» → event_participants in persons, unit_alt children")
    g.check("parts_sum", "з них 8 – з числа внутрішньо переміщених", "8 IDP ≤ 23 granted", "f15 <= f14")
    g.note("the sidebar (contacts, news) and the footer do not appear in the read text; the top bar with the reception phone does")
    g.note("no planted slip: everything adds up")
    g.write()


if __name__ == "__main__":
    build()
