"""b107_07: news page of the Дубечненська сільська рада (Волинська) on the 2023 results of its Центр соціальних
служб. Less common style: a news page whose teaser (анонс) repeats the lead figures, then the full text with the
same figures again; «Читайте також» and «Схожі новини» with other centres' figures, tag cloud, view counters.
Slip: internal_conflict (the teaser says 27 families under social support, the full text 29)."""
from common import Gold, report_path, write_text

DOC = "b107_07_dubechne_css_news2023.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Центр соціальних служб підбив підсумки 2023 року — Дубечненська громада</title>
<meta property="og:description" content="Протягом 2023 року фахівці ЦСС надали послуги 912 мешканцям громади">
<link rel="stylesheet" href="/css/main.min.css?v=3.12">
</head>
<body class="page-news">
<header class="header">
  <div class="header__top">Офіційний вебсайт Дубечненської сільської ради · гаряча лінія (03352) 0-44-00</div>
  <div class="header__logo"><a href="/">Дубечненська громада</a></div>
  <nav class="header__menu">
    <a href="/">Головна</a> <a href="/news">Новини</a> <a href="/rada">Рада</a> <a href="/vykonkom">Виконком</a>
    <a href="/social">Соціальний захист</a> <a href="/contacts">Контакти</a>
  </nav>
</header>
<div class="breadcrumbs"><a href="/">Головна</a> / <a href="/news">Новини</a> / Соціальний захист</div>
<main class="main">
<article class="news-item">
  <h1 class="news-item__title">Центр соціальних служб підбив підсумки 2023 року: допомогу отримали понад 900 мешканців громади</h1>
  <div class="news-item__meta"><span class="date">22.01.2024 10:47</span> · <span class="views">Переглядів: 1 318</span> · <span class="cat">Соціальний захист</span></div>
  <div class="news-item__anons"><p><strong>Протягом 2023 року фахівці Центру соціальних служб Дубечненської сільської ради надали послуги 912 мешканцям громади, супроводжували 27 сімей у складних життєвих обставинах і провели 40 групових заходів.</strong></p></div>
  <div class="news-item__image"><img src="/uploads/2024/01/css-zvit.jpg" alt="Звіт ЦСС"><span class="caption">Фото: ЦСС Дубечненської сільської ради</span></div>
  <div class="news-item__text">
    <p>Минулого тижня директорка Центру соціальних служб представила звіт про роботу за 2023 рік на засіданні виконавчого комітету сільської ради.</p>
    <p>Протягом року до Центру звернулися 436 осіб. Надійшли повідомлення про 46 сімей, які можуть перебувати у складних життєвих обставинах, а оцінку потреб фахівці провели 83 сім'ям/особам.</p>
    <p>Загалом соціальні послуги отримали 912 осіб, зокрема: інформування – 508 осіб, консультування – 291, соціальний супровід – 74 особи (члени сімей), інші послуги – 39. Всього надано 3 146 соціальних послуг.</p>
    <p>Під соціальним супроводом упродовж року перебувало 29 сімей, у яких виховується 58 дітей. Понад третина з них – родини внутрішньо переміщених осіб: таких сімей 11. Під супровід узято 14 нових сімей, завершено супровід 15 сімей, і у 12 з них складні життєві обставини вдалося подолати. На 2024 рік супровід продовжено 14 сім'ям.</p>
    <p>Центр також супроводжує 4 прийомні сім'ї та 2 дитячі будинки сімейного типу, де виховуються 23 дитини.</p>
    <p><strong>Читайте також:</strong> <a href="/news/2024/01/15">У сусідній громаді ЦНСП за рік надав понад 4 тисячі послуг 1 370 отримувачам</a></p>
    <p>Мобільна бригада соціально-психологічної допомоги здійснила 73 виїзди та надала допомогу 96 особам, які постраждали від домашнього насильства або насильства за ознакою статі.</p>
    <p>Загалом проведено 40 групових заходів – тренінги, батьківські клуби, акція «16 днів проти насильства», – якими охоплено 615 учасників.</p>
    <p>«Порівняно з 2022 роком кількість отримувачів зросла на 84 особи. Ми працюємо у 12 населених пунктах громади, і наші 12 фахівців щодня їздять до людей», – зазначили в Центрі.</p>
    <p>Звернутися до Центру можна за адресою: с. Дубечне, вул. Незалежності, 21, або за телефоном (03352) 0-44-18, e-mail: css.dubechne@example.ua.</p>
  </div>
  <div class="news-item__tags">Теги: <a href="/tag/css">ЦСС</a>, <a href="/tag/zvit">звіт</a>, <a href="/tag/vpo">ВПО</a>, <a href="/tag/nasylstvo">протидія насильству</a></div>
  <div class="news-item__share">Поділитися: <a href="#">Facebook</a> · <a href="#">Viber</a> · <a href="#">Telegram</a></div>
</article>
<section class="similar-news">
  <h2>Схожі новини</h2>
  <ul>
    <li><a href="/news/2024/01/12">Сусідня громада: 318 родин отримали гуманітарну допомогу</a> <span>12.01.2024 · 👁 207</span></li>
    <li><a href="/news/2023/12/28">ЦНСП підсумував рік: 1 156 отримувачів, 42 970 послуг</a> <span>28.12.2023 · 👁 344</span></li>
    <li><a href="/news/2023/07/19">Півріччя в цифрах: 19 сімей під супроводом</a> <span>19.07.2023 · 👁 512</span></li>
  </ul>
</section>
</main>
<aside class="sidebar">
  <div class="widget widget-tags"><h3>Хмара тегів</h3>
    <a href="/tag/css" class="t5">ЦСС</a> <a href="/tag/tcso" class="t3">ТЦСО</a> <a href="/tag/vpo" class="t4">ВПО</a>
    <a href="/tag/2023" class="t2">2023</a> <a href="/tag/sesiia" class="t1">сесія</a></div>
  <div class="widget widget-popular"><h3>Популярне</h3>
    <ol><li><a href="/news/2024/01/05">Графік відключень на 8–14 січня</a> (👁 4 210)</li>
    <li><a href="/news/2024/01/10">Бюджет громади на 2024 рік: 148,6 млн грн</a> (👁 2 077)</li></ol></div>
</aside>
<footer class="footer">
  <p>44331, Волинська обл., с. Дубечне, вул. Незалежності, 15 · ЄДРПОУ 04332617</p>
  <p>© 2024 Дубечненська сільська рада. Матеріали сайту можна використовувати з посиланням на джерело.</p>
</footer>
</body>
</html>
"""

path = report_path(DOC)
write_text(path, HTML)

g = Gold(DOC, {
    "centre": "Центр соціальних служб Дубечненської сільської ради", "centre_type": "css",
    "settlement": "Дубечне", "oblast": "Волинська", "report_kind": "annual_report",
    "period_start": "2023-01-01", "period_end": "2023-12-31", "published": "2024-01-22"},
    meta_alt={"report_kind": ["other"]})

f_app = g.f("applied", "persons", 436, "Протягом року до Центру звернулися 436 осіб")
f_not = g.f("notified", "families", 46, "Надійшли повідомлення про 46 сімей")
f_na = g.f("needs_assessed", "families_persons", 83, "оцінку потреб фахівці провели 83 сім'ям/особам")
f_srv = g.f("served", "persons", 912, "Загалом соціальні послуги отримали 912 осіб",
            note="also in the teaser («надали послуги 912 мешканцям») and rounded in the title; one fact")
P = {}
for svc, v, q in (("informing", 508, "інформування – 508 осіб"), ("counselling", 291, "консультування – 291"),
                  ("social_support_sjo", 74, "соціальний супровід – 74 особи (члени сімей)"),
                  (None, 39, "інші послуги – 39")):
    kw = {"service": svc} if svc else {"label": "інші послуги"}
    P[v] = g.f("served", "persons", v, q, group="served_912_by_service", parent=f_srv, **kw)
f_svc = g.f("services_provided", "services", 3146, "Всього надано 3 146 соціальних послуг")
f_ss = g.f("served", "families", 29, "Під соціальним супроводом упродовж року перебувало 29 сімей",
           service="social_support_sjo", alt=["support_ongoing"])
f_ss_lead = g.f("served", "families", 27, "супроводжували 27 сімей у складних життєвих обставинах",
                service="social_support_sjo", alt=["support_ongoing"],
                note="the teaser's figure; differs from the 29 of the full text (see audit)")
f_ssc = g.f("served", "children", 58, "у яких виховується 58 дітей", service="social_support_sjo",
            alt=["support_ongoing"], parent=f_ss)
f_idp = g.f("served", "families", 11, "таких сімей 11", service="social_support_sjo",
            category="внутрішньо переміщені особи", parent=f_ss)
f_st = g.f("support_started", "families", 14, "Під супровід узято 14 нових сімей", service="social_support_sjo",
           parent=f_ss)
f_cmp = g.f("support_completed", "families", 15, "завершено супровід 15 сімей", service="social_support_sjo",
            parent=f_ss)
f_pos = g.f("outcome_positive", "families", 12, "у 12 з них складні життєві обставини вдалося подолати",
            service="social_support_sjo", parent=f_cmp)
f_ong = g.f("support_ongoing", "families", 14, "На 2024 рік супровід продовжено 14 сім'ям",
            service="social_support_sjo", parent=f_ss)
f_fo1 = g.f("served", "families", 4, "Центр також супроводжує 4 прийомні сім'ї", service="social_support_foster",
            category="прийомні сім'ї")
f_fo2 = g.f("served", "families", 2, "2 дитячі будинки сімейного типу", service="social_support_foster",
            category="дитячі будинки сімейного типу")
f_foc = g.f("served", "children", 23, "де виховуються 23 дитини", service="social_support_foster", parent=f_fo1,
            note="children of the 4 foster families and 2 ДБСТ together; hangs on the first")
f_mb = g.f("served", "persons", 96, "надала допомогу 96 особам, які постраждали від домашнього насильства",
           label="мобільна бригада соціально-психологічної допомоги",
           category="особи, які постраждали від домашнього насильства або насильства за ознакою статі")
f_ev = g.f("events", "events", 40, "Загалом проведено 40 групових заходів",
           note="also in the teaser; one fact")
f_evp = g.f("event_participants", "persons", 615, "якими охоплено 615 учасників", parent=f_ev)
f_staff = g.f("staff_actual", "staff", 12, "наші 12 фахівців щодня їздять до людей")

g.slip("internal_conflict", "error", "супроводжували 27 сімей у складних життєвих обставинах", 27, 29,
       [f_ss_lead, f_ss],
       "the teaser says 27 families were under social support in 2023, the full text 29 (same indicator, unit, "
       "service and period). The full text adds up (15 completed + 14 continued = 29), so the teaser is the slip.",
       f"{f_ss_lead} == {f_ss}")

g.check("parts_sum", "Загалом соціальні послуги отримали 912 осіб, зокрема:", "508 + 291 + 74 + 39 = 912",
        " + ".join(P.values()) + f" == {f_srv}")
g.check("parts_sum", "На 2024 рік супровід продовжено 14 сім'ям", "15 completed + 14 continued = 29",
        f"{f_cmp} + {f_ong} == {f_ss}")
g.check("parts_sum", "у 12 з них складні життєві обставини вдалося подолати", "12 ≤ 15; 14 new and 11 IDP ≤ 29",
        f"{f_pos} <= {f_cmp} and {f_st} <= {f_ss} and {f_idp} <= {f_ss}")
g.check("parts_sum", "Понад третина з них – родини внутрішньо переміщених осіб: таких сімей 11",
        "«понад третина»: 11 / 29 = 37,9 % > 33,3 %", f"{f_idp} * 3 > {f_ss}")

g.skip("Центр соціальних служб підбив підсумки 2023 року: допомогу отримали понад 900 мешканців громади",
       [2023, 900], "title: year and a rounded repeat of the 912 persons (fact once, from the full text)")
g.skip("22.01.2024 10:47", [22, 1, 2024, 10, 47], "publication date and time")
g.skip("Переглядів: 1 318", [1318], "view counter")
g.skip("надали послуги 912 мешканцям громади", [912], "teaser repeat of the 912 persons (fact once)")
g.skip("провели 40 групових заходів", [40], "teaser repeat of the 40 events (fact once)")
g.skip("звіт про роботу за 2023 рік", [2023], "year")
g.skip("Понад третина з них", [], "a fraction in words («понад третина»), not a figure")
g.skip("Мобільна бригада соціально-психологічної допомоги здійснила 73 виїзди", [73], "trips: no §3 id")
g.skip("акція «16 днів проти насильства»", [16], "name of a campaign")
g.skip("«Порівняно з 2022 роком кількість отримувачів зросла на 84 особи.", [2022, 84],
       "difference from the previous year")
g.skip("Ми працюємо у 12 населених пунктах громади", [12], "number of settlements")
g.skip("с. Дубечне, вул. Незалежності, 21, або за телефоном (03352) 0-44-18", [21, 3352, 4418], "address, phone")

g.note("news page: teaser (анонс) and full text repeat 912 persons and 40 events; each is one fact, quoted from "
       "the full text, and the teaser/title repeats are skipped. The teaser's «27 сімей» is a different value from "
       "the full text's 29 and is kept as its own fact (the internal_conflict slip)")
g.note("report_kind annual_report (the page reports the centre's annual results), with other in meta_alt; "
       "published = the page date")
g.note("«соціальний супровід – 74 особи (члени сімей)» is a part of the 912 persons by service; the 29 families "
       "under support are a separate family count")
g.note("«надала допомогу 96 особам» of the mobile brigade → served with a label (no service id for the brigade)")
g.note("«наші 12 фахівців» → staff_actual 12; the 12 settlements in the same sentence are skipped")
g.note("the page also has a header with a hotline phone, menu, breadcrumbs, an inline «Читайте також» link and «Схожі новини» with other centres' "
       "figures and view counters, a tag cloud, a «Популярне» widget and a footer with ЄДРПОУ; only what "
       "`zvitparse read` prints is annotated or skipped")
g.write()
