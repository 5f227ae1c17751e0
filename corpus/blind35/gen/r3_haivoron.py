"""b35_03: служба у справах дітей Гайворонської міської ради, information for 9 months of 2025 — an article on
the council's site (windows-1251; header, menu, breadcrumbs, date/views, sidebar, footer around it)."""
import sys
from common import Gold, report_path, read_text, write_text

DOC = "b35_03_haivoron_ssd_9m2025.html"

ARTICLE = [
    "Службою у справах дітей Гайворонської міської ради підбито підсумки роботи за 9 місяців 2025 року.",
    "Станом на 01.10.2025 на первинному обліку служби перебуває 74 дитини-сироти та дитини, позбавлені батьківського "
    "піклування (на 01.01.2025 – 69 дітей). Протягом звітного періоду на облік взято 11 дітей, знято з обліку 6 дітей: "
    "у зв'язку з досягненням повноліття – 4, у зв'язку з усиновленням – 1, у зв'язку з поверненням до батьків – 1.",
    "Із 74 дітей, які перебувають на обліку, 61 дитина виховується в сімейних формах (під опікою, піклуванням – 43, "
    "у прийомних сім'ях – 11, у дитячих будинках сімейного типу – 7), ще 13 дітей перебувають у закладах "
    "інституційного догляду та виховання.",
    "На обліку дітей, які перебувають у складних життєвих обставинах, станом на 01.10.2025 перебуває 38 дітей; за "
    "9 місяців на такий облік поставлено 15 дітей, знято з обліку 9 дітей.",
    "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, за звітний період надано 27 дітям "
    "(всього з 2022 року – 412 дітям).",
    "До служби надійшли повідомлення щодо 19 дітей, які могли постраждати від жорстокого поводження або домашнього "
    "насильства; за кожним повідомленням проведено оцінку та вжито заходів.",
    "За 9 місяців до служби звернулося 143 громадяни з питань захисту прав та інтересів дітей, фахівцями надано "
    "151 консультацію. Надходили звернення і на гарячу лінію служби – 31 дзвінок.",
    "Проведено 9 засідань комісії з питань захисту прав дитини, на яких розглянуто 64 питання. Спільно з ювенальною "
    "превенцією проведено 23 рейди «Діти вулиці» та «Урок». У закладах освіти проведено 14 профілактичних заходів, "
    "якими охоплено 620 учнів 5–11 класів.",
    "Штатна чисельність служби – 5 посад, фактично працюють 4 працівники, одна посада вакантна.",
    "Прийом громадян: щодня з 8.00 до 17.00 (обідня перерва з 12.00 до 13.00), каб. 12, тел. (05254) 0-21-30.",
]

PAGE_TOP = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про роботу служби у справах дітей за 9 місяців 2025 року | Гайворонська міська рада</title>
<link rel="stylesheet" href="/templates/gmr/css/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span>Офіційний вебсайт Гайворонської міської ради Кіровоградської області</span>
<a href="/vi">Версія для людей з порушенням зору</a> <a href="/search">Пошук</a></div></div>
<header class="site-header"><div class="wrap"><a class="logo" href="/"><img src="/images/gerb.png" alt="Герб"></a>
<div class="site-name">Гайворонська міська рада<br><small>Кіровоградська область, Голованівський район</small></div></div></header>
<nav class="main-menu"><ul>
<li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/rada">Міська рада</a></li>
<li><a href="/vykonkom">Виконавчий комітет</a></li><li><a href="/docs">Документи</a></li><li><a href="/news">Новини</a></li>
<li><a href="/zvernennia">Звернення громадян</a></li><li><a href="/contacts">Контакти</a></li></ul></nav>
<div class="wrap content-wrap">
<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/news">Новини</a> &raquo; <a href="/news/ssd">Служба у справах дітей</a> &raquo; <span>Про роботу служби у справах дітей за 9 місяців 2025 року</span></div>
<main class="article">
<h1>Про роботу служби у справах дітей за 9 місяців 2025 року</h1>
<div class="article-info"><span class="date">14.10.2025 10:42</span> <span class="author">Служба у справах дітей</span> <span class="views">Переглядів: 318</span></div>
<div class="article-body">
"""

PAGE_BOTTOM = """</div>
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</main>
<aside class="sidebar">
<div class="widget"><h3>Служба у справах дітей</h3>
<p>26300, м. Гайворон, вул. Василя Стуса, 35</p><p>Тел. (05254) 0-21-30</p><p>Пн–Пт 8.00–17.00</p></div>
<div class="widget"><h3>Останні новини</h3><ul>
<li><a href="/news/2171">Сесія міської ради 23.10.2025</a></li>
<li><a href="/news/2168">Графік прийому громадян на IV квартал</a></li>
<li><a href="/news/2165">Оголошено конкурс на посаду (2 вакансії)</a></li></ul></div>
</aside>
</div>
<footer class="site-footer"><div class="wrap">&copy; 2017–2025 Гайворонська міська рада. Усі права захищено.
<br>26300, м. Гайворон, вул. Василя Стуса, 35, тел. (05254) 0-12-02, e-mail: rada@example.ua</div></footer>
</body>
</html>
"""


def build():
    body = "\n".join(f"<p>{p}</p>" for p in ARTICLE)
    return PAGE_TOP + body + "\n" + PAGE_BOTTOM


def gold():
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Гайворонської міської ради",
        "centre_type": "other",
        "settlement": "Гайворон",
        "oblast": "Кіровоградська",
        "report_kind": "period_report",
        "period_start": "2025-01-01",
        "period_end": "2025-09-30",
        "published": "2025-10-14",
    })
    f = g.f
    r = f("registered", "children", 74, "на первинному обліку служби перебуває 74 дитини-сироти",
          label="діти-сироти та діти, позбавлені батьківського піклування, станом на 01.10.2025")
    r0 = f("registered", "children", 69, "(на 01.01.2025 – 69 дітей)",
           label="діти-сироти та діти, позбавлені батьківського піклування, станом на 01.01.2025",
           note="the register at the start of the report period (inside it); a point-in-time figure of the period")
    rn = f("registered_new", "children", 11, "на облік взято 11 дітей")
    de = f("deregistered", "children", 6, "знято з обліку 6 дітей")
    gd = "deregistered_6_by_reason"
    d1 = f("deregistered", "children", 4, "у зв'язку з досягненням повноліття – 4", label="досягнення повноліття",
           group=gd, parent=de)
    d2 = f("deregistered", "children", 1, "у зв'язку з усиновленням – 1", label="усиновлення", group=gd, parent=de)
    d3 = f("deregistered", "children", 1, "у зв'язку з поверненням до батьків – 1", label="повернення до батьків",
           group=gd, parent=de)
    fam = f("registered", "children", 61, "61 дитина виховується в сімейних формах", label="у сімейних формах виховання",
            group="registered_74_by_placement", parent=r)
    gp = "family_forms_61"
    p1 = f("registered", "children", 43, "під опікою, піклуванням – 43", label="під опікою, піклуванням", group=gp, parent=fam)
    p2 = f("registered", "children", 11, "у прийомних сім'ях – 11", label="у прийомних сім'ях", group=gp, parent=fam)
    p3 = f("registered", "children", 7, "у дитячих будинках сімейного типу – 7", label="у ДБСТ", group=gp, parent=fam)
    inst = f("registered", "children", 13, "ще 13 дітей перебувають у закладах інституційного догляду",
             label="у закладах інституційного догляду", group="registered_74_by_placement", parent=r)
    sr = f("registered", "children", 38, "перебуває 38 дітей", label="діти у складних життєвих обставинах, станом на 01.10.2025")
    f("registered_new", "children", 15, "на такий облік поставлено 15 дітей", label="діти у складних життєвих обставинах")
    f("deregistered", "children", 9, "знято з обліку 9 дітей", label="діти у складних життєвих обставинах")
    f("registered_new", "children", 27, "надано 27 дітям",
      label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    f("notified", "children", 19, "надійшли повідомлення щодо 19 дітей",
      label="жорстоке поводження або домашнє насильство")
    f("applied", "persons", 143, "до служби звернулося 143 громадяни")
    f("services_provided", "services", 151, "фахівцями надано 151 консультацію", service="counselling")
    f("calls", "calls", 31, "гарячу лінію служби – 31 дзвінок")
    ev = f("events", "events", 14, "У закладах освіти проведено 14 профілактичних заходів")
    f("event_participants", "children", 620, "якими охоплено 620 учнів", parent=ev, unit_alt="persons")
    sp = f("staff_positions", "positions", 5, "Штатна чисельність служби – 5 посад")
    sa = f("staff_actual", "staff", 4, "фактично працюють 4 працівники")

    g.check("parts_sum", "знято з обліку 6 дітей", "4 + 1 + 1 = 6", f"{d1} + {d2} + {d3} == {de}")
    g.check("parts_sum", "на первинному обліку служби перебуває 74 дитини-сироти", "69 + 11 taken − 6 removed = 74",
            f"{r0} + {rn} - {de} == {r}")
    g.check("parts_sum", "61 дитина виховується в сімейних формах", "43 + 11 + 7 = 61", f"{p1} + {p2} + {p3} == {fam}")
    g.check("parts_sum", "ще 13 дітей перебувають у закладах інституційного догляду", "61 in families + 13 in institutions = 74",
            f"{fam} + {inst} == {r}")
    g.check("parts_sum", "фактично працюють 4 працівники, одна посада вакантна", "4 working + 1 vacancy = 5 positions",
            f"{sa} + 1 == {sp}")

    g.skip("за 9 місяців 2025 року", [9, 2025], "period words in the title, menu and first sentence")
    g.skip("Станом на 01.10.2025", [1, 10, 2025], "date")
    g.skip("(на 01.01.2025", [1, 1, 2025], "date (the 69 is a fact)")
    g.skip("(всього з 2022 року – 412 дітям)", [2022, 412], "cumulative figure since 2022 (other period)")
    g.skip("Проведено 9 засідань комісії з питань захисту прав дитини, на яких розглянуто 64 питання.", [9, 64],
           "commission sittings and questions (no §3 id)")
    g.skip("проведено 23 рейди «Діти вулиці» та «Урок»", [23], "raids (no §3 id)")
    g.skip("620 учнів 5–11 класів", [5, 11], "school grades")
    g.skip("одна посада вакантна", [1], "vacancy (used as a literal in a check)")
    g.skip("щодня з 8.00 до 17.00 (обідня перерва з 12.00 до 13.00), каб. 12, тел. (05254) 0-21-30",
           [8, 17, 12, 13, 12, 5254, 2130], "office hours, room, phone")
    g.skip("14.10.2025 10:42", [14, 10, 2025, 10, 42], "publication date and time (→ meta published)")
    g.skip("Переглядів: 318", [318], "view counter")
    g.skip("Із 74 дітей, які перебувають на обліку", [74],
           "back-reference to the register figure (the 74 is annotated once, where it is stated) as the whole of the "
           "placement breakdown")
    g.skip("станом на 01.10.2025 перебуває 38 дітей", [1, 10, 2025], "date (the 38 is a fact)")
    g.skip("за 9 місяців на такий облік", [9], "period words")
    g.skip("За 9 місяців до служби", [9], "period words")
    g.note("the page chrome (top bar, header, menu, breadcrumbs, sidebar with the address 26300, м. Гайворон, вул. Василя "
           "Стуса, 35, office hours, three news items with a date and «2 вакансії», footer with © 2017–2025 and a second "
           "phone) is not in the text `zvitparse read` prints, so it has no skipped entries; none of it is a fact")
    g.note("a служба у справах дітей → centre_type other; registers of children → registered / registered_new / "
           "deregistered (children), with labels telling the orphan register from the СЖО register")
    g.note("the 74 on the register is broken down by placement (61 in family forms = 43 + 11 + 7, and 13 in institutions): "
           "registered rows with labels, groups and parents")
    g.note("the war-affected status granted to 27 children → registered_new with a label; the cumulative 412 since 2022 is "
           "skipped")
    g.note("«повідомлення щодо 19 дітей» → notified, unit children")
    g.note("«620 учнів» → event_participants, unit children (alt persons)")
    g.note("published from the article date 14.10.2025")
    return g


if __name__ == "__main__":
    p = report_path(DOC)
    write_text(p, build(), encoding="cp1251", newline="\n")
    if "--show" in sys.argv:
        print(read_text(p))
    gold().write()
