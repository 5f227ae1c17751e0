"""b48_07: page 2 of 3 of a long article on a council site: the 2024 report of КУ «Центр надання
соціальних послуг» Зачепилівської селищної ради (Харківська). The scraper fetched «?page=2»: the page
begins mid-section (the end of a list whose total is on page 1), carries the title, the date and
pagination links «‹ 1 2 3 ›», and ends mid-section («у тому числі:» with the breakdown on page 3).
UTF-8, a CMS layout different from b48_02.
Planted slip: percents_sum (62,5 + 31,3 + 8,3 = 102,1 % of 48 respondents; 3 of 48 = 6,3 % fits)."""
from common import Gold, write_text, report_path

DOC = "b48_07_zachepylivka_cnsp_annual2024_p2.html"

HTML = """<!doctype html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Звіт про роботу КУ «Центр надання соціальних послуг» Зачепилівської селищної ради за 2024 рік (сторінка 2) | Зачепилівська громада</title>
<link rel="canonical" href="https://zachepylivska-gromada.example.ua/news/zvit-cnsp-2024/?page=2">
</head>
<body class="news-item">
<header class="site-header">
  <div class="container">
    <a class="brand" href="/"><img src="/img/herb.svg" alt=""> Зачепилівська селищна рада<br><small>Берестинського району Харківської області</small></a>
    <div class="header-contacts">Гаряча лінія: (05761) 0-91-04 · zachepylivka@example.ua</div>
  </div>
</header>
<nav class="main-nav"><ul>
  <li><a href="/">Головна</a></li><li><a href="/news">Новини</a></li><li><a href="/rada">Селищна рада</a></li>
  <li><a href="/social">Соціальна сфера</a></li><li><a href="/publichna-informatsiia">Публічна інформація</a></li>
</ul></nav>
<main class="container">
  <ol class="breadcrumb"><li><a href="/">Головна</a></li><li><a href="/news">Новини</a></li><li>Звіт про роботу КУ «ЦНСП» за 2024 рік</li></ol>
  <article class="post">
    <h1 class="post-title">Звіт про роботу КУ «Центр надання соціальних послуг» Зачепилівської селищної ради за 2024 рік</h1>
    <div class="post-meta"><time datetime="2025-01-24">24 січня 2025</time> · Соціальна сфера · 👁 207</div>
    <div class="post-body">
      <div class="pagenavcounter">Сторінка 2 з 3</div>
      <div class="article-index"><h3>Зміст</h3><ul><li><a href="?page=1">Загальні показники</a></li><li class="active"><a href="?page=2">Соціальний супровід, денний догляд, кадри</a></li><li><a href="?page=3">Фінансування, плани на 2025 рік</a></li><li><a href="?showall=1">Усі сторінки</a></li></ul></div>
      <p><em>(Продовження. Початок – на с. 1)</em></p>
      <ul>
        <li>соціальна адаптація – 46 особам;</li>
        <li>представництво інтересів – 18 особам;</li>
        <li>посередництво (медіація) – 7 сім’ям.</li>
      </ul>
      <p>Із загальної кількості отримувачів 214 осіб – внутрішньо переміщені особи, які проживають на території громади.</p>
      <h3>3. Соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах</h3>
      <p>Упродовж року соціальний супровід здійснювався для 41 сім’ї, у яких виховується 88 дітей. У 2024 році взято під супровід 26 сімей, завершено супровід 23 сімей, з них: з позитивним результатом – 17, з мінімізацією складних життєвих обставин – 4, у зв’язку з переїздом до іншої громади – 2. Станом на 31.12.2024 під супроводом перебуває 18 сімей.</p>
      <p>Фахівцями із соціальної роботи здійснено 312 відвідувань сімей за місцем проживання. Послугу кризового втручання отримали 9 сімей, у яких виявлено ознаки домашнього насильства.</p>
      <p>Мобільна бригада соціально-психологічної допомоги здійснила 57 виїздів до старостинських округів, допомогу отримали 96 осіб.</p>
      <h3>4. Відділення денного догляду</h3>
      <p>Відділення розраховане на 15 місць. Протягом року послугу денного догляду отримали 33 особи, з них 12 – діти з інвалідністю. Середня тривалість перебування у відділенні – 4 години на день.</p>
      <p>У грудні 2024 року Центр провів анкетування 48 отримувачів послуг. Якість послуг оцінили на «відмінно» 62,5 % опитаних, на «добре» – 31,3 %, на «задовільно» – 8,3 %. Протягом року надійшла 1 скарга (щодо затримки доставки продуктових наборів), її задоволено.</p>
      <h3>5. Кадрове забезпечення</h3>
      <p>Штатним розписом на 2024 рік затверджено 31,5 штатної одиниці, зайнято 28 працівників. Навчання за програмами НССУ пройшли 6 фахівців.</p>
      <h3>6. Фінансування</h3>
      <p>Видатки Центру у 2024 році становили 14 206,8 тис. грн, у тому числі:</p>
      <p style="text-align:right"><em>Сторінка 2 з 3. Далі – на с. 3</em></p>
    </div>
    <div class="pagination"><a href="?page=1" rel="prev">‹</a> <a href="?page=1">1</a> <span class="current">2</span> <a href="?page=3">3</a> <a href="?page=3" rel="next">›</a></div>
    <p class="page-counter">Сторінка 2 з 3</p>
  </article>
  <aside class="sidebar">
    <h4>Популярне</h4>
    <ul><li><a href="/news/1902">Графік роботи ЦНАП у святкові дні</a></li><li><a href="/news/1897">Сесія 14.01.2025: прийнято 27 рішень</a></li></ul>
  </aside>
</main>
<footer class="site-footer">63401, смт Зачепилівка, вул. Центральна, 41 · © 2025 Зачепилівська селищна рада</footer>
</body>
</html>
"""


def main():
    import sys
    path = report_path(DOC)
    write_text(path, HTML)
    if "--build" in sys.argv:
        return
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Зачепилівської селищної ради",
        "centre_type": "cnsp", "settlement": "Зачепилівка",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
        "published": "2025-01-24",
    }, meta_alt={"centre": ["КУ «Центр надання соціальних послуг» Зачепилівської селищної ради",
                            "Комунальна установа «Центр надання соціальних послуг» Зачепилівської селищної ради"]})
    f = g.f
    V = lambda x: f"f{x[1:]}"
    a1 = f("served", "persons", 46, "соціальна адаптація – 46 особам;", service="social_adaptation",
           note="end of a list whose total is on page 1: no parent on this page")
    a2 = f("served", "persons", 18, "представництво інтересів – 18 особам;", service="representation")
    a3 = f("served", "families", 7, "посередництво (медіація) – 7 сім'ям.", service="mediation")
    idp = f("served", "persons", 214, "Із загальної кількості отримувачів 214 осіб – внутрішньо переміщені особи",
            category="внутрішньо переміщені особи", note="the total «загальна кількість отримувачів» is on page 1")
    su = f("served", "families", 41, "соціальний супровід здійснювався для 41 сім'ї", service="social_support_sjo",
           alt=["support_ongoing"])
    suc = f("served", "children", 88, "у яких виховується 88 дітей", service="social_support_sjo",
            alt=["support_ongoing"], parent=su)
    ss = f("support_started", "families", 26, "У 2024 році взято під супровід 26 сімей", service="social_support_sjo")
    sc = f("support_completed", "families", 23, "завершено супровід 23 сімей", service="social_support_sjo")
    o1 = f("outcome_positive", "families", 17, "з позитивним результатом – 17", service="social_support_sjo",
           group="completed_23", parent=sc)
    o2 = f("outcome_minimized", "families", 4, "з мінімізацією складних життєвих обставин – 4",
           service="social_support_sjo", group="completed_23", parent=sc)
    o3 = f("outcome_other", "families", 2, "у зв'язку з переїздом до іншої громади – 2", label="переїзд до іншої громади",
           service="social_support_sjo", group="completed_23", parent=sc)
    og = f("support_ongoing", "families", 18, "Станом на 31.12.2024 під супроводом перебуває 18 сімей",
           service="social_support_sjo")
    ci = f("served", "families", 9, "Послугу кризового втручання отримали 9 сімей", service="crisis_intervention")
    mb = f("served", "persons", 96, "допомогу отримали 96 осіб", label="мобільна бригада соціально-психологічної допомоги")
    dc = f("served", "persons", 33, "Протягом року послугу денного догляду отримали 33 особи", service="day_care")
    dcc = f("served", "children", 12, "з них 12 – діти з інвалідністю", service="day_care",
            category="діти з інвалідністю", parent=dc, unit_alt="persons")
    sr = f("survey_respondents", "recipients", 48, "Центр провів анкетування 48 отримувачів послуг", unit_alt="persons")
    p1 = f("satisfaction", "percent", 62.5, "Якість послуг оцінили на «відмінно» 62,5 % опитаних",
           label="оцінили якість на «відмінно»", alt=["share"], group="survey_48")
    p2 = f("share", "percent", 31.3, "на «добре» – 31,3 %", label="оцінили якість на «добре»",
           alt=["satisfaction"], group="survey_48")
    p3 = f("share", "percent", 8.3, "на «задовільно» – 8,3 %", label="оцінили якість на «задовільно»", group="survey_48")
    co = f("complaints", "complaints", 1, "Протягом року надійшла 1 скарга")
    sp = f("staff_positions", "positions", 31.5, "Штатним розписом на 2024 рік затверджено 31,5 штатної одиниці")
    sa = f("staff_actual", "staff", 28, "зайнято 28 працівників")
    stt = f("staff_trained", "staff", 6, "Навчання за програмами НССУ пройшли 6 фахівців")
    bs = f("budget_spent", "uah", 14206800, "Видатки Центру у 2024 році становили 14 206,8 тис. грн",
           note="its breakdown («у тому числі:») is on page 3")

    g.slip("percents_sum", "error",
           "Якість послуг оцінили на «відмінно» 62,5 % опитаних, на «добре» – 31,3 %, на «задовільно» – 8,3 %.",
           102.1, 100, [p1, p2, p3],
           "the three answers partition the 48 respondents but sum to 102,1 %. Each alone is reachable (30, 15 and 4 of 48), but 30 + 15 + 4 = 49 > 48; 3 of 48 = 6,3 % would make 100,1 %",
           f"psum_ok([{V(p1)}, {V(p2)}, {V(p3)}], 1)")
    g.check("percent_impossible", "Якість послуг оцінили на «відмінно» 62,5 % опитаних",
            "each share is reachable with 48 respondents", f"grim_ok({V(p1)}, {V(sr)}, 1) and grim_ok({V(p2)}, {V(sr)}, 1) and grim_ok({V(p3)}, {V(sr)}, 1)")
    g.check("parts_sum", "завершено супровід 23 сімей, з них:", "17 + 4 + 2 = 23",
            f"{V(o1)} + {V(o2)} + {V(o3)} == {V(sc)}")
    g.check("parts_sum", "Станом на 31.12.2024 під супроводом перебуває 18 сімей", "41 − 23 = 18; 26 ≤ 41",
            f"{V(su)} - {V(sc)} == {V(og)} and {V(ss)} <= {V(su)}")
    g.check("parts_sum", "з них 12 – діти з інвалідністю", "12 ≤ 33", f"{V(dcc)} <= {V(dc)}")
    g.check("parts_sum", "зайнято 28 працівників", "28 ≤ 31,5; 6 trained ≤ 28", f"{V(sa)} <= {V(sp)} and {V(stt)} <= {V(sa)}")

    g.skip("Звіт про роботу КУ «Центр надання соціальних послуг» Зачепилівської селищної ради за 2024 рік", [2024], "year in the title")
    g.skip("24 січня 2025", [24, 2025], "publication date")
    g.skip("207", [207], "view counter")
    g.skip("3. Соціальний супровід сімей (осіб)", [3, 4, 5, 6], "section numbers")
    g.skip("Фахівцями із соціальної роботи здійснено 312 відвідувань сімей за місцем проживання.", [312],
           "home visits (no §3 id)")
    g.skip("Мобільна бригада соціально-психологічної допомоги здійснила 57 виїздів до старостинських округів", [57],
           "trips (no §3 id)")
    g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")
    g.skip("Відділення розраховане на 15 місць.", [15], "capacity")
    g.skip("Середня тривалість перебування у відділенні – 4 години на день.", [4], "duration")
    g.skip("У грудні 2024 року", [2024], "survey month")
    g.skip("(Продовження. Початок – на с. 1)", [1], "page reference")
    g.skip("Сторінка 2 з 3. Далі – на с. 3", [2, 3, 3], "page counter and reference")

    g.note("only what page 2 states is annotated. The list at the top continues one from page 1 (its total and its first items are there), so its three items have no parent here and no parts_sum check is possible; «Із загальної кількості отримувачів 214 осіб» is a category count whose total is on page 1; the 14 206,8 тис. грн spending has its breakdown on page 3")
    g.note("metadata from what the page shows: centre, settlement and period from the repeated title «… Зачепилівської селищної ради за 2024 рік» → annual_report 2024; published from «24 січня 2025» under the title. oblast only if the reader prints the site header («Берестинського району Харківської області») — it is not part of the article, so oblast is left out of meta")
    g.note("the CMS's own page counter «Сторінка 2 з 3» (div.pagenavcounter), the page index and the pagination links «‹ 1 2 3 ›» are in the HTML but the reader does not print them (only the index heading «Зміст»); the editor's own «(Продовження. Початок – на с. 1)» and «Сторінка 2 з 3. Далі – на с. 3» are printed and skipped")
    g.note("«31,5 штатної одиниці» is a fractional fact")
    g.note("survey: «відмінно» → satisfaction (alt share); «добре» → share (alt satisfaction); «задовільно» → share; the three partition the 48 respondents (group survey_48)")
    g.note("«Мобільна бригада … допомогу отримали 96 осіб» → served with a label; the 57 trips are skipped")
    g.write()


if __name__ == "__main__":
    main()
