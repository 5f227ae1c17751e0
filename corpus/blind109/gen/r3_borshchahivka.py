"""b109_03: Центр соціальних служб Борщагівської сільської ради (Київська), H1 2025.
A council web page (div layout: top bar, menu, breadcrumbs, date/views, sidebar with its own numbers,
footer), third person, prose plus one HTML table."""
from common import Gold, write_text, report_path

DOC = "b109_03_borshchahivka_css_h1_2025.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Інформація про роботу Центру соціальних служб за І півріччя 2025 року | Борщагівська сільська рада</title>
<link rel="stylesheet" href="/assets/css/main.css?v=3.2.1">
<script src="/assets/js/jquery.min.js"></script>
</head>
<body class="page-news">
<div class="top-bar">
  <div class="container">
    <span class="top-phone">Приймальня: (044) 0-406-21-73</span>
    <span class="top-mail">rada@borshchahivka.example.ua</span>
    <a class="top-link" href="/vacancies">Вакансії</a>
    <a class="top-link" href="/en">EN</a>
  </div>
</div>
<div class="site-header">
  <div class="container">
    <a class="logo" href="/"><img src="/img/gerb.png" alt="Герб"></a>
    <div class="site-title">Борщагівська сільська рада<br><small>Бучанський район, Київська область</small></div>
    <form class="search" action="/search"><input type="text" name="q" placeholder="Пошук по сайту"></form>
  </div>
</div>
<div class="main-menu">
  <ul>
    <li><a href="/">Головна</a></li>
    <li><a href="/hromada">Громада</a></li>
    <li><a href="/rada">Сільська рада</a></li>
    <li><a href="/struktura">Структурні підрозділи</a></li>
    <li><a href="/socialna-sfera">Соціальна сфера</a></li>
    <li><a href="/news">Новини</a></li>
    <li><a href="/contacts">Контакти</a></li>
  </ul>
</div>
<div class="container content-wrap">
  <div class="breadcrumbs"><a href="/">Головна</a> » <a href="/socialna-sfera">Соціальна сфера</a> » <a href="/socialna-sfera/css">Центр соціальних служб</a> » Звіти</div>
  <div class="content">
    <h1 class="entry-title">Інформація про роботу Центру соціальних служб за І півріччя 2025 року</h1>
    <div class="entry-meta">Опубліковано: 14.07.2025 | Автор: Відділ комунікацій | Переглядів: 1 284</div>
    <div class="entry-content">
      <p>Центр соціальних служб Борщагівської сільської ради (далі – Центр) у І півріччі 2025 року забезпечував виявлення сімей, які перебувають у складних життєвих обставинах, оцінку їх потреб та надання соціальних послуг мешканцям громади, у тому числі внутрішньо переміщеним особам.</p>
      <p>Протягом звітного періоду до Центру надійшли повідомлення про 93 сім'ї, які можуть перебувати у складних життєвих обставинах. Фахівці Центру здійснили оцінку потреб 88 сімей; складні життєві обставини виявлено у 57 сім'ях, у яких виховується 112 дітей. Щодо решти сімей СЖО не підтвердилися.</p>
      <p>Загалом соціальними послугами охоплено 1476 осіб (за І півріччя 2024 року – 1318 осіб), з них 403 внутрішньо переміщені особи. Фахівці Центру надали 2318 послуг консультування та 1054 послуги інформування.</p>
      <h2>Соціальний супровід</h2>
      <p>Під соціальним супроводом у І півріччі перебували 46 сімей. Розподіл сімей за категоріями наведено в таблиці.</p>
      <table class="table table-bordered">
        <caption>Сім'ї, які перебували під соціальним супроводом у І півріччі 2025 року</caption>
        <thead><tr><th>Категорія сімей</th><th>Сімей</th><th>У них дітей</th></tr></thead>
        <tbody>
          <tr><td>Батьки ухиляються від виконання батьківських обов'язків</td><td>14</td><td>29</td></tr>
          <tr><td>Сім'ї внутрішньо переміщених осіб</td><td>12</td><td>21</td></tr>
          <tr><td>Сім'ї військовослужбовців</td><td>9</td><td>17</td></tr>
          <tr><td>Сім'ї, які виховують дітей з інвалідністю</td><td>6</td><td>8</td></tr>
          <tr><td>Інші</td><td>5</td><td>9</td></tr>
          <tr><td><b>Разом</b></td><td><b>46</b></td><td><b>86</b></td></tr>
        </tbody>
      </table>
      <p>Протягом півріччя під соціальний супровід взято 18 сімей. Завершено надання послуги 31 сім'ї, з них з позитивним результатом – 22 (71,0 %), з мінімізацією СЖО – 6 (19,4 %), без досягнення результату – 3 (12,9 %).</p>
      <p>Соціальним супроводом прийомних сімей та дитячих будинків сімейного типу охоплено 7 сімей, у яких виховується 19 дітей.</p>
      <h2>Профілактична робота</h2>
      <p>Проведено 26 групових заходів, якими охоплено 531 особу, у тому числі 11 занять «Школи відповідального батьківства» для 148 батьків. На телефон довіри Центру надійшло 214 дзвінків. Мобільна бригада соціально-психологічної допомоги здійснила 64 виїзди та надала допомогу 97 особам, які постраждали від домашнього насильства.</p>
      <h2>Кадри</h2>
      <p>Штатна чисельність Центру – 18 посад, фактично працюють 16 фахівців, 2 посади вакантні. У тренінгах Київського обласного центру соціальних служб взяли участь 9 працівників.</p>
      <p>У ІІ півріччі 2025 року Центр планує відкрити консультаційний пункт у с. Петрушки та охопити супроводом не менше 60 сімей.</p>
      <p>Адреса Центру: 08130, с. Петропавлівська Борщагівка, вул. Соборна, 5-А, тел. (044) 0-406-22-19.</p>
    </div>
    <div class="share-block">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
  </div>
  <div class="sidebar">
    <div class="widget">
      <h3>Гаряча лінія</h3>
      <p>Телефон довіри ЦСС: (044) 0-406-22-20, пн–пт 9:00–18:00</p>
    </div>
    <div class="widget">
      <h3>Останні новини</h3>
      <ul>
        <li><a href="/news/1123">11.07.2025 Понад 300 дітей відпочили в таборі «Лісова казка»</a></li>
        <li><a href="/news/1119">08.07.2025 Сесія ради: затверджено 14 рішень</a></li>
        <li><a href="/news/1112">03.07.2025 Видано 240 продуктових наборів</a></li>
      </ul>
    </div>
    <div class="widget">
      <h3>Громада в цифрах</h3>
      <p>Населення: 38,6 тис. осіб<br>Старостинських округів: 4<br>Закладів освіти: 11</p>
    </div>
  </div>
</div>
<div class="footer">
  <div class="container">
    <p>Борщагівська сільська рада, 08130, Київська обл., Бучанський р-н, с. Петропавлівська Борщагівка, вул. Соборна, 5. Код ЄДРПОУ 04363752</p>
    <p>© 2020–2025 Борщагівська сільська рада. Усі права захищені. Розробка сайту: example.ua</p>
  </div>
</div>
<script>$(function(){ $('.main-menu').addClass('ready'); });</script>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    write_text(path, HTML)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Борщагівської сільської ради",
        "centre_type": "css", "settlement": "Петропавлівська Борщагівка", "oblast": "Київська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
        "published": "2025-07-14",
    }, {"settlement": ["Борщагівська сільська громада", "Борщагівка"]})
    f = g.f
    n = lambda x: x[1:]
    nt = f("notified", "families", 93, "до Центру надійшли повідомлення про 93 сім'ї")
    na = f("needs_assessed", "families", 88, "Фахівці Центру здійснили оцінку потреб 88 сімей")
    sj = f("in_difficult_circumstances", "families", 57, "складні життєві обставини виявлено у 57 сім'ях")
    sjc = f("in_difficult_circumstances", "children", 112, "у яких виховується 112 дітей", parent=sj)
    sv = f("served", "persons", 1476, "Загалом соціальними послугами охоплено 1476 осіб")
    svi = f("served", "persons", 403, "з них 403 внутрішньо переміщені особи", parent=sv, category="внутрішньо переміщені особи")
    c1 = f("services_provided", "services", 2318, "Фахівці Центру надали 2318 послуг консультування", service="counselling")
    c2 = f("services_provided", "services", 1054, "1054 послуги інформування", service="informing")
    sup = f("served", "families", 46, "Під соціальним супроводом у І півріччі перебували 46 сімей", service="social_support_sjo", alt=["support_ongoing"])
    rows = [("Батьки ухиляються від виконання батьківських обов'язків", 14, 29),
            ("Сім'ї внутрішньо переміщених осіб", 12, 21),
            ("Сім'ї військовослужбовців", 9, 17),
            ("Сім'ї, які виховують дітей з інвалідністю", 6, 8),
            ("Інші", 5, 9)]
    tq = "Разом\t46\t86"
    tf = f("served", "families", 46, tq, service="social_support_sjo", alt=["support_ongoing"], label="Разом (таблиця)")
    tc = f("served", "children", 86, tq, service="social_support_sjo", alt=["support_ongoing"], parent=tf, label="Разом, у них дітей (таблиця)")
    rf, rc = [], []
    for lab, a, b in rows:
        q = f"{lab}\t{a}\t{b}"
        x = f("served", "families", a, q, service="social_support_sjo", alt=["support_ongoing"], category=lab, parent=tf, group="support_46_by_category")
        y = f("served", "children", b, q, service="social_support_sjo", alt=["support_ongoing"], category=lab, parent=x, group="children_by_category")
        rf.append(x); rc.append(y)
    st = f("support_started", "families", 18, "під соціальний супровід взято 18 сімей", service="social_support_sjo")
    cp = f("support_completed", "families", 31, "Завершено надання послуги 31 сім'ї", service="social_support_sjo")
    o1 = f("outcome_positive", "families", 22, "з позитивним результатом – 22 (71,0 %)", percent=71.0, parent=cp, group="completed_31_by_outcome")
    o2 = f("outcome_minimized", "families", 6, "з мінімізацією СЖО – 6 (19,4 %)", percent=19.4, parent=cp, group="completed_31_by_outcome")
    o3 = f("outcome_negative", "families", 3, "без досягнення результату – 3 (12,9 %)", percent=12.9, parent=cp, group="completed_31_by_outcome")
    fo = f("served", "families", 7, "Соціальним супроводом прийомних сімей та дитячих будинків сімейного типу охоплено 7 сімей", service="social_support_foster")
    foc = f("served", "children", 19, "у яких виховується 19 дітей", service="social_support_foster", parent=fo)
    ev = f("events", "events", 26, "Проведено 26 групових заходів")
    ep = f("event_participants", "persons", 531, "якими охоплено 531 особу", parent=ev)
    ev2 = f("events", "events", 11, "у тому числі 11 занять «Школи відповідального батьківства»", parent=ev, label="Школа відповідального батьківства")
    ep2 = f("event_participants", "persons", 148, "для 148 батьків", parent=ep, label="Школа відповідального батьківства")
    cl = f("calls", "calls", 214, "На телефон довіри Центру надійшло 214 дзвінків")
    mb = f("served", "persons", 97, "надала допомогу 97 особам, які постраждали від домашнього насильства", label="мобільна бригада соціально-психологічної допомоги", category="особи, які постраждали від домашнього насильства")
    sp = f("staff_positions", "positions", 18, "Штатна чисельність Центру – 18 посад")
    sa = f("staff_actual", "staff", 16, "фактично працюють 16 фахівців")
    stt = f("staff_trained", "staff", 9, "взяли участь 9 працівників")

    g.slip("table_arithmetic", "error", tq, 86, 84, [tc] + rc,
           "the «У них дітей» column sums to 29 + 21 + 17 + 8 + 9 = 84, but Разом says 86",
           " + ".join(f"f{n(x)}" for x in rc) + f" == f{n(tc)}", slip=1)
    g.slip("percent_mismatch", "error", "без досягнення результату – 3 (12,9 %)", 12.9, 9.7, [o3, cp],
           "3 of the 31 completed is 9,7 %, not 12,9 % (12,9 % would be 4 of 31)",
           f"pct_ok(p{n(o3)}, f{n(o3)}, f{n(cp)}, 1)", slip=2)
    g.slip("percents_sum", "error", "з позитивним результатом – 22 (71,0 %), з мінімізацією СЖО – 6 (19,4 %), без досягнення результату – 3 (12,9 %)",
           103.3, 100, [o1, o2, o3],
           "the three outcome shares of the 31 completed sum to 71,0 + 19,4 + 12,9 = 103,3 %; same slip as the 12,9 %",
           f"psum_ok([p{n(o1)}, p{n(o2)}, p{n(o3)}], 1)", slip=2)
    g.check("table_arithmetic", tq, "Сімей column: 14 + 12 + 9 + 6 + 5 = 46", " + ".join(f"f{n(x)}" for x in rf) + f" == f{n(tf)}")
    g.check("internal_conflict", "Під соціальним супроводом у І півріччі перебували 46 сімей", "prose and table total agree: 46", f"f{n(sup)} == f{n(tf)}")
    g.check("parts_sum", "Завершено надання послуги 31 сім'ї, з них", "22 + 6 + 3 = 31", f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(cp)}")
    g.check("percent_mismatch", "з позитивним результатом – 22 (71,0 %)", "22/31 = 70,97 → 71,0; 6/31 = 19,35 → 19,4",
            f"pct_ok(p{n(o1)}, f{n(o1)}, f{n(cp)}, 1) and pct_ok(p{n(o2)}, f{n(o2)}, f{n(cp)}, 1)")
    g.check("parts_sum", "Фахівці Центру здійснили оцінку потреб 88 сімей", "57 in СЖО ≤ 88 assessed ≤ 93 notified", f"f{n(sj)} <= f{n(na)} <= f{n(nt)}")
    g.check("parts_sum", "з них 403 внутрішньо переміщені особи", "403 ≤ 1476", f"f{n(svi)} <= f{n(sv)}")
    g.check("parts_sum", "у тому числі 11 занять", "11 ≤ 26 events; 148 ≤ 531 participants", f"f{n(ev2)} <= f{n(ev)} and f{n(ep2)} <= f{n(ep)}")
    g.check("parts_sum", "фактично працюють 16 фахівців, 2 посади вакантні", "16 + 2 vacancies = 18 positions; 9 trained ≤ 16", f"f{n(sa)} + 2 == f{n(sp)} and f{n(stt)} <= f{n(sa)}")

    g.skip("Інформація про роботу Центру соціальних служб за І півріччя 2025 року", [1, 2025], "title: half-year and year")
    g.skip("Опубліковано: 14.07.2025 | Автор: Відділ комунікацій | Переглядів: 1 284", [14, 7, 2025, 1284], "publication date, view counter")
    g.skip("(за І півріччя 2024 року – 1318 осіб)", [2024, 1318], "prior-year figure")
    g.skip("Приймальня: (044) 0-406-21-73", [44, 4062173], "phone in the site's top bar")
    g.skip("Мобільна бригада соціально-психологічної допомоги здійснила 64 виїзди", [64], "trips, no §3 id")
    g.skip("2 посади вакантні", [2], "vacancies (used as a literal in a check)")
    g.skip("У ІІ півріччі 2025 року Центр планує відкрити консультаційний пункт у с. Петрушки та охопити супроводом не менше 60 сімей.", [2025, 60], "plan")
    g.skip("Адреса Центру: 08130, с. Петропавлівська Борщагівка, вул. Соборна, 5-А, тел. (044) 0-406-22-19.", [8130, 5, 44, 4062219], "postcode, address, phone")

    g.note("only the article body is read; the top bar, menu, breadcrumbs, sidebar («Громада в цифрах», news dates, hotline phone) and footer are site furniture; the reader prints only the top-bar line of it (its phone is skipped). The table caption is not printed either")
    g.note("table: every cell is a fact quoted by its row; family cells hang on the Разом families cell (group support_46_by_category), child cells hang on the family cell of their row (children written with families), and the Разом children cell hangs on the Разом families cell")
    g.note("the table is of families «які перебували під соціальним супроводом» → served social_support_sjo (alt support_ongoing); prose 46 and table Разом 46 are two facts")
    g.note("one slip (3 of 31 written as 12,9 %) recorded as two findings: percent_mismatch and percents_sum share slip id #2")
    g.note("«без досягнення результату» → outcome_negative")
    g.note("the mobile brigade's 97 persons → served with a label (no service id fits exactly)")
    g.note("settlement: the village of the centre and the council is Петропавлівська Борщагівка; the hromada name is accepted in meta_alt")
    g.write()


if __name__ == "__main__":
    main()
