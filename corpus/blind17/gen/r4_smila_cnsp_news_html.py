"""b17_04: news page of Смілянська міська рада (Черкаська) on the ЦНСП's year 2024; windows-1251 HTML with
header, menu, breadcrumbs, view counter, sidebar and footer."""
from common import Gold, report_path, write_text

DOC = "b17_04_smila_cnsp_news2024.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Центр надання соціальних послуг підбив підсумки 2024 року | Смілянська міська рада</title>
<link rel="stylesheet" href="/css/main.css">
<script>var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-0000000-1']);</script>
</head>
<body>
<div class="top-bar">Офіційний вебсайт Смілянської міської ради | <a href="/en/">EN</a> | Версія для людей з порушенням зору</div>
<header class="site-header">
  <div class="logo"><a href="/"><img src="/img/gerb.png" alt="Герб"> Смілянська міська рада</a></div>
  <nav class="main-menu"><ul>
    <li><a href="/">Головна</a></li><li><a href="/news/">Новини</a></li><li><a href="/docs/">Документи</a></li>
    <li><a href="/vykonkom/">Виконавчий комітет</a></li><li><a href="/zvernennia/">Звернення громадян</a></li>
    <li><a href="/contacts/">Контакти</a></li></ul></nav>
</header>
<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/news/">Новини</a> &raquo; Соціальний захист</div>
<div class="wrap">
<main class="content">
<article>
<h1>Центр надання соціальних послуг підбив підсумки 2024 року</h1>
<div class="meta">14.01.2025 10:32 | Переглядів: 1 284</div>
<p>Минулий рік для комунальної установи &laquo;Центр надання соціальних послуг&raquo; Смілянської міської ради
став одним із найнапруженіших. Загалом фахівці Центру надали 17 435 соціальних послуг 2 962 мешканцям громади,
з них 612 &ndash; внутрішньо переміщені особи. Для порівняння: у 2023 році послуги отримали 2 714 осіб.</p>
<p>Найбільше навантаження &ndash; на відділення догляду вдома: 238 підопічних, до яких соціальні робітники
приходили за графіком, отримали 11 094 послуги. Ще понад 2,1 тисячі консультацій надали психолог, юрист і
фахівці із соціальної роботи, а 17 мешканцям працівники Центру допомогли як представники їхніх інтересів
у судах та установах.</p>
<p>Відділення денного догляду щодня відвідує близько 40 осіб, а загалом за рік тут побувало 63 відвідувачі.
Усього протягом року Центр організував 52 заходи, участь у яких взяли понад 900 осіб.</p>
<p>Під соціальним супроводом перебувало 47 сімей, у яких виховується 102 дитини; 21 сім&rsquo;ю взято на супровід
уперше. У 28 сім&rsquo;ях вдалося подолати складні життєві обставини. Фахівці також супроводжували 5 прийомних
сімей і один дитячий будинок сімейного типу.</p>
<p>Натуральну допомогу &ndash; продуктові набори, засоби гігієни, теплі ковдри &ndash; отримали 1 140 осіб на
загальну суму 874,6 тис. грн. Частину наборів (2 318 шт.) передали благодійні фонди.</p>
<blockquote><p>&laquo;Торік ми вперше запровадили послугу тимчасового відпочинку для батьків, які доглядають дітей
з інвалідністю, &ndash; нею скористалися 9 сімей. У 2025 році хочемо охопити щонайменше 15&raquo;, &ndash;
розповіла директорка Центру.</p></blockquote>
<p>Якість роботи оцінювали самі отримувачі: в анкетуванні взяли участь 186 осіб, 97 % із них задоволені
послугами. Скарг протягом року не надходило. Нині в колективі Центру &ndash; 71 працівник.</p>
<p>Звернутися до Центру можна за адресою: вул. Соборна, 12, тел. (04733) 0-52-81, e-mail:
cnsp.smila@example.ua. Графік роботи: пн&ndash;пт 8:00&ndash;17:00.</p>
<div class="tags">Теги: <a href="/tag/social">соціальний захист</a>, <a href="/tag/cnsp">ЦНСП</a></div>
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</article>
</main>
<aside class="sidebar">
  <div class="widget"><h3>Оголошення</h3>
    <p>Пленарне засідання 62 сесії міської ради відбудеться 30.01.2025 о 10:00.</p></div>
  <div class="widget"><h3>Популярне</h3><ul>
    <li><a href="/news/1501">Графік прийому громадян на лютий</a> (4 512)</li>
    <li><a href="/news/1497">Оновлено 12 маршрутів громадського транспорту</a> (3 077)</li></ul></div>
  <div class="widget"><h3>Гаряча лінія</h3><p>(04733) 0-15-45, щодня 8:00&ndash;20:00</p></div>
  <div class="widget weather">Сміла: +2 &deg;C</div>
</aside>
</div>
<footer class="site-footer">
  <p>&copy; 2012&ndash;2025 Смілянська міська рада. 20700, Черкаська обл., м. Сміла, вул. Незалежності, 37.</p>
  <p>Код ЄДРПОУ 39817264 | Усі права захищено | <a href="/sitemap/">Карта сайту</a></p>
</footer>
</body>
</html>
"""


def build():
    write_text(report_path(DOC), HTML, encoding="cp1251", newline="\n")


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Смілянської міської ради",
        "centre_type": "cnsp", "settlement": "Сміла",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
        "published": "2025-01-14",
    }, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Смілянської міської ради"],
        "report_kind": ["other"]})
    F = g.f
    sp = F("services_provided", "services", 17435, "фахівці Центру надали 17 435 соціальних послуг")
    sv = F("served", "persons", 2962, "17 435 соціальних послуг 2 962 мешканцям громади")
    idp = F("served", "persons", 612, "з них 612 – внутрішньо переміщені особи", category="внутрішньо переміщені особи",
            parent=sv)
    hc = F("served", "persons", 238, "238 підопічних", service="home_care", parent=sv)
    hcs = F("services_provided", "services", 11094, "отримали 11 094 послуги", service="home_care", parent=sp)
    cs = F("services_provided", "services", 2100, "Ще понад 2,1 тисячі консультацій", service="counselling", parent=sp,
           note="«понад 2,1 тисячі» → 2100")
    rp = F("served", "persons", 17, "а 17 мешканцям працівники Центру допомогли як представники їхніх інтересів",
      service="representation", parent=sv)
    dc = F("served", "persons", 63, "а загалом за рік тут побувало 63 відвідувачі", service="day_care", parent=sv)
    F("events", "events", 52, "Центр організував 52 заходи")
    F("event_participants", "persons", 900, "участь у яких взяли понад 900 осіб", note="«понад 900» → 900")
    sj = F("served", "families", 47, "Під соціальним супроводом перебувало 47 сімей", service="social_support_sjo",
           alt=["support_ongoing"])
    F("served", "children", 102, "47 сімей, у яких виховується 102 дитини", service="social_support_sjo",
      alt=["support_ongoing"], parent=sj)
    st = F("support_started", "families", 21, "21 сім'ю взято на супровід уперше", service="social_support_sjo",
           parent=sj)
    op = F("outcome_positive", "families", 28, "У 28 сім'ях вдалося подолати складні життєві обставини",
           service="social_support_sjo", parent=sj)
    F("served", "families", 5, "супроводжували 5 прийомних сімей", service="social_support_foster",
      category="прийомні сім'ї")
    F("served", "families", 1, "один дитячий будинок сімейного типу", service="social_support_foster",
      category="дитячі будинки сімейного типу", note="numeral written as a word («один»)")
    na = F("served", "persons", 1140, "отримали 1 140 осіб", service="natural_aid", parent=sv)
    F("aid_value", "uah", 874600, "на загальну суму 874,6 тис. грн", service="natural_aid")
    F("served", "families", 9, "нею скористалися 9 сімей", service="respite_care_children_disabled")
    rs = F("survey_respondents", "persons", 186, "в анкетуванні взяли участь 186 осіб", unit_alt="recipients")
    sat = F("satisfaction", "percent", 97, "97 % із них задоволені послугами")
    F("complaints", "complaints", 0, "Скарг протягом року не надходило.")
    F("staff_actual", "staff", 71, "в колективі Центру – 71 працівник")

    g.check("parts_sum", "з них 612 – внутрішньо переміщені особи",
            "612, 238, 63, 17 and 1 140 are each at most the 2 962 served", f"max({idp}, {hc}, {dc}, {rp}, {na}) <= {sv}")
    g.check("parts_sum", "отримали 11 094 послуги", "home care 11 094 + consultations 2 100 ≤ 17 435 services",
            f"{hcs} + {cs} <= {sp}")
    g.check("parts_sum", "21 сім'ю взято на супровід уперше", "21 new and 28 overcome are each at most 47 under support",
            f"{st} <= {sj} and {op} <= {sj}")
    g.check("percent_impossible", "97 % із них задоволені послугами", "97 % of 186: 180/186 = 96.8 % → 97, achievable",
            f"grim({rs}, {sat}, 0)")

    g.skip("14.01.2025 10:32 | Переглядів: 1 284", [14, 1, 2025, 10, 32, 1284], "publication date/time and view counter")
    g.skip("у 2023 році послуги отримали 2 714 осіб", [2023, 2714], "prior-year figure")
    g.skip("щодня відвідує близько 40 осіб", [40], "daily attendance (an average, not the period's count)")
    g.skip("(2 318 шт.)", [2318], "items (шт.) of aid; no unit for items")
    g.skip("У 2025 році хочемо охопити щонайменше 15", [2025, 15], "plan for next year")
    g.skip("вул. Соборна, 12, тел. (04733) 0-52-81", [12, 4733], "address and phone")
    g.skip("пн–пт 8:00–17:00", [8, 17], "opening hours")
    g.note("news page: `zvitparse read` drops the header, menu, sidebar (session number and date, popular-news "
           "counters, hotline, temperature) and footer (postcode, ЄДРПОУ, © years); none of them is in the read text, "
           "so they are neither facts nor skipped quotes")
    g.note("oblast is stated only in the footer («Черкаська обл.»), which the reader drops → omitted from meta")
    g.note("report_kind annual_report (a news item reporting the centre's year); «other» accepted")
    g.note("«понад 2,1 тисячі» = 2100, «понад 900» = 900, «один» = 1, per the «понад 300 is 300» convention")
    g.note("612 ВПО, 238, 63, 17 and 1 140 are «з них»-like subsets of the 2 962 served that overlap → parent only, no group")
    g.note("«28 сім'ях вдалося подолати СЖО» has no stated completed total → outcome_positive with the 47 as parent")
    g.write()


if __name__ == "__main__":
    build()
    gold()
