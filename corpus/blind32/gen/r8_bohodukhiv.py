"""b32_08: interview with the director of the ЦНСП of Богодухівська міська рада (Харківська) in a
local newspaper's website, published 11.02.2025, about 2024. UTF-8 WordPress-like page: lead,
questions and answers, the journalist's asides, photo caption, a reference box, related news and
comments. Conversational figures, numbers in words, figures «на сьогодні» (the interview date).
Slip: percents_sum (46 + 38 + 21 = 105 % of those who applied)."""
from common import Gold, report_path, write_text

DOC = "b32_08_bohodukhiv_cnsp_interview2024.html"

HTML = """<!doctype html>
<html lang="uk-UA">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>«Люди приходять не по папірець, а по підтримку»: директорка ЦНСП – про 2024 рік – Богодухівський кур'єр</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-02-11T09:40:00+02:00">
<link rel="stylesheet" href="https://kurier-bohodukhiv.example.ua/wp-content/themes/newsup/style.css">
</head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<header id="masthead" class="site-header">
  <div class="top-bar"><span>Вівторок, 11 лютого 2025</span> <span>Курс: $ 41,62</span> <span>Богодухів: −3 °C</span></div>
  <div class="site-branding"><p class="site-title"><a href="/">Богодухівський кур'єр</a></p><p class="site-description">Газета Богодухівської громади з 1991 року</p></div>
  <nav id="site-navigation" class="main-navigation"><ul><li><a href="/category/novyny">Новини</a></li><li><a href="/category/suspilstvo">Суспільство</a></li><li><a href="/category/interviu">Інтерв'ю</a></li><li><a href="/category/oholoshennia">Оголошення</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<main id="main" class="site-main">
<article id="post-18342" class="post-18342 post type-post status-publish">
<header class="entry-header">
<h1 class="entry-title">«Люди приходять не по папірець, а по підтримку»: директорка ЦНСП – про 2024 рік</h1>
<div class="entry-meta"><span class="posted-on">11.02.2025, 09:40</span> · <span class="cat-links">Інтерв'ю</span> · <span class="views">1 287 переглядів</span></div>
</header>
<div class="entry-content">
<p><strong>Центр надання соціальних послуг Богодухівської міської ради торік працював майже без вихідних: прифронтова громада, відключення світла, переселенці. Скільки людей отримали допомогу, чого бракує і що буде далі – розпитали директорку Центру.</strong></p>
<figure class="wp-block-image"><img src="/wp-content/uploads/2025/02/cnsp-1.jpg" alt=""><figcaption>Соціальні робітниці Центру перед виїздом у села, січень 2025 року. Фото автора</figcaption></figure>
<p>— Почнімо з цифр. Скільки людей звернулося до Центру за 2024 рік?</p>
<p>— Минулого року до нас звернулися 1 236 людей. Це на двісті з гаком більше, ніж у 2023-му. Послуги ми надали 1 104 особам, решті підказали, куди звернутися, або вони не підпадали під критерії. Кожному, хто прийшов уперше, ми робимо оцінку потреб – таких торік було 318.</p>
<p>— Хто ці люди?</p>
<p>— Якщо говорити у відсотках, то 46 % – переселенці, 38 % – місцеві, ще 21 % – ті, хто повернувся з-за кордону чи з інших областей. Більшість – літні.</p>
<p><em>(Тут співрозмовниця всміхається: «Кажуть, у нас черга, як до лікаря». – Авт.)</em></p>
<p>— Догляд удома – найпопулярніша послуга?</p>
<p>— Так. Торік догляд вдома отримувала 171 людина, здебільшого одинокі бабусі за вісімдесят. На всю громаду в нас 23 соціальні робітниці, кожна веде по сім-вісім підопічних, а дороги самі знаєте які.</p>
<p>— А сім’ї з дітьми?</p>
<p>— Під соціальним супроводом торік було 44 сім’ї, у них 97 дітей. Двадцять шість сімей ми зняли із супроводу з позитивним результатом: батьки знайшли роботу, діти повернулися до школи. На сьогодні супроводжуємо 23 сім’ї, з них п’ять нових, цьогорічних.</p>
<p>— А психологічна допомога? Психолога ж, кажете, немає.</p>
<p>— Консультуємо самі, фахівці пройшли навчання. Торік консультації отримали 412 людей. Для переселенців провели 19 групових зустрічей, на них прийшло 286 людей.</p>
<p>— До вас можна просто зателефонувати?</p>
<p>— Так, і телефонують: за рік по журналу – 1 912 дзвінків. Найбільше – щодо дров і догляду.</p>
<p>— Що з гуманітарною допомогою?</p>
<p>— Через відділення натуральної допомоги торік пройшло понад 600 людей. Видали 2 150 продуктових наборів і 180 кубів дров.</p>
<p>— Скільки це коштує громаді?</p>
<p>— За рік ми витратили 11,8 мільйона гривень, з них майже 10 мільйонів – зарплата. Ще 640 тисяч гривень надійшло на спецрахунок від міжнародних партнерів – на генератори й пральну машину.</p>
<p>— Скарги бувають?</p>
<p>— Письмових за рік було дві, обидві щодо графіка відвідувань. Розібралися. А в грудні ми самі опитали 75 наших підопічних: задоволених – 69, тобто 92 відсотки.</p>
<p>— Кадри?</p>
<p>— На кінець року нас було 38 при 42 посадах за штатом. Бракує психолога і водія. Зарплата соціальної робітниці – трохи більше восьми тисяч, от і не йдуть.</p>
<p>— Які плани на 2025 рік?</p>
<p>— Хочемо відкрити відділення денного догляду на 15 місць і запустити соціальне таксі. Машину вже обіцяли партнери.</p>
<p><em>Довідка «БК». Центр надання соціальних послуг Богодухівської міської ради Харківської області створено у 2021 році. Адреса: м. Богодухів, вул. Шевченка, 27, тел. (05758) 0-35-14. Прийом – з понеділка по п’ятницю, 8.00–17.00.</em></p>
<p>Розмову вела І. К.</p>
</div>
<footer class="entry-footer"><span class="tags-links">Теги: <a href="/tag/cnsp">ЦНСП</a>, <a href="/tag/sotsialni-posluhy">соціальні послуги</a></span></footer>
</article>
<section class="related-posts">
<h3 class="related-title">Читайте також</h3>
<ul>
<li><a href="/2025/02/punkt-nezlamnosti">У Богодухові запрацював пункт незламності на 60 місць</a></li>
<li><a href="/2025/01/heneratory">Громада отримала 12 генераторів від партнерів</a></li>
<li><a href="/2025/01/sesiia">Сесія затвердила бюджет-2025: на соцзахист – 34 мільйони</a></li>
</ul>
</section>
<div id="comments" class="comments-area">
<h2 class="comments-title">2 коментарі</h2>
<ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Ніна</b> <time>11.02.2025 о 12:03</time></footer><div class="comment-content"><p>Дякую нашій соцробітниці, ходить до мами три рази на тиждень уже 2 роки!</p></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Петро</b> <time>11.02.2025 о 14:27</time></footer><div class="comment-content"><p>А на Сінне таксі коли? Нам до лікарні 18 км.</p></div></article></li>
</ol>
</div>
</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Популярне</h2><ul><li><a href="/2025/02/hrafik">Графік відключень на 12 лютого</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">© 1991–2025 «Богодухівський кур'єр». Свідоцтво ХК № 1432-412Р. Передрук – з посиланням.</div></footer>
</div>
</body>
</html>
"""


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Богодухівської міської ради",
        "centre_type": "cnsp", "settlement": "Богодухів", "oblast": "Харківська",
        "report_kind": "other", "period_start": "2024-01-01", "period_end": "2024-12-31", "published": "2025-02-11"},
        meta_alt={"report_kind": ["annual_report"]})
    f = g.f
    n = lambda x: x[1:]
    ap = f("applied", "persons", 1236, "Минулого року до нас звернулися 1 236 людей")
    sv = f("served", "persons", 1104, "Послуги ми надали 1 104 особам")
    s1 = f("share", "percent", 46, "46 % – переселенці", category="внутрішньо переміщені особи",
           label="частка переселенців серед тих, хто звернувся", group="applied_by_origin")
    s2 = f("share", "percent", 38, "38 % – місцеві", label="частка місцевих мешканців серед тих, хто звернувся", group="applied_by_origin")
    s3 = f("share", "percent", 21, "21 % – ті, хто повернувся з-за кордону чи з інших областей",
           label="частка тих, хто повернувся з-за кордону чи з інших областей, серед тих, хто звернувся", group="applied_by_origin")
    na = f("needs_assessed", "persons", 318, "Кожному, хто прийшов уперше, ми робимо оцінку потреб – таких торік було 318.")
    hc = f("served", "persons", 171, "Торік догляд вдома отримувала 171 людина", service="home_care")
    sw = f("staff_actual", "staff", 23, "На всю громаду в нас 23 соціальні робітниці", label="соціальні робітниці")
    ss = f("served", "families", 44, "Під соціальним супроводом торік було 44 сім'ї", service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 97, "у них 97 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=ss)
    op = f("outcome_positive", "families", 26, "Двадцять шість сімей ми зняли із супроводу з позитивним результатом",
           service="social_support_sjo", alt=["support_completed"], parent=ss, note="number written in words")
    co = f("served", "persons", 412, "Торік консультації отримали 412 людей", service="counselling")
    ev = f("events", "events", 19, "Для переселенців провели 19 групових зустрічей", category="внутрішньо переміщені особи")
    f("event_participants", "persons", 286, "на них прийшло 286 людей", parent=ev)
    f("calls", "calls", 1912, "за рік по журналу – 1 912 дзвінків")
    f("served", "persons", 600, "Через відділення натуральної допомоги торік пройшло понад 600 людей", service="natural_aid",
      note="«понад 600» is 600")
    bs = f("budget_spent", "uah", 11800000, "За рік ми витратили 11,8 мільйона гривень")
    f("budget_received", "uah", 640000, "Ще 640 тисяч гривень надійшло на спецрахунок від міжнародних партнерів",
      label="спеціальний фонд, від міжнародних партнерів")
    f("complaints", "complaints", 2, "Письмових за рік було дві", note="number written in words")
    sr = f("survey_respondents", "recipients", 75, "ми самі опитали 75 наших підопічних", unit_alt="persons")
    sf = f("survey_respondents", "recipients", 69, "задоволених – 69, тобто 92 відсотки", percent=92, label="задоволені",
           unit_alt="persons", parent=sr)
    sa = f("staff_actual", "staff", 38, "На кінець року нас було 38")
    sp = f("staff_positions", "positions", 42, "при 42 посадах за штатом")

    g.slip("percents_sum", "error", "то 46 % – переселенці, 38 % – місцеві, ще 21 % – ті, хто повернувся з-за кордону чи з інших областей",
           105, 100, [s1, s2, s3],
           "the three origins of those who applied (IDPs, locals, returnees) are told as one partition and sum to 105 %",
           f"psum_ok([f{n(s1)}, f{n(s2)}, f{n(s3)}], 0)")
    g.check("parts_sum", "Послуги ми надали 1 104 особам", "1 104 served ≤ 1 236 applied; 171 home care ≤ 1 104", f"f{n(sv)} <= f{n(ap)} and f{n(hc)} <= f{n(sv)}")
    g.check("parts_sum", "На сьогодні супроводжуємо 23 сім'ї, з них п'ять нових, цьогорічних",
            "26 closed in 2024 + (23 − 5) still from 2024 = 44 (the interview-date figures are literals)", f"f{n(op)} + (23 - 5) == f{n(ss)}")
    g.check("percent_mismatch", "задоволених – 69, тобто 92 відсотки", "69 / 75 = 92,0 % → 92", f"pct_ok(p{n(sf)}, f{n(sf)}, f{n(sr)}, 0)")
    g.check("parts_sum", "Торік консультації отримали 412 людей", "412 counselled and 318 assessed ≤ 1 104 served; 318 ≤ 1 236 applied",
            f"f{n(co)} <= f{n(sv)} and f{n(na)} <= f{n(ap)}")
    g.check("parts_sum", "На кінець року нас було 38 при 42 посадах за штатом", "38 ≤ 42; 23 social workers ≤ 38", f"f{n(sa)} <= f{n(sp)} and f{n(sw)} <= f{n(sa)}")

    g.skip("11.02.2025, 09:40", [11, 2, 2025, 9, 40], "publication date and time (in meta)")
    g.skip("1 287 переглядів", [1287], "view counter")
    g.skip("директорка ЦНСП – про 2024 рік", [2024], "year")
    g.skip("Соціальні робітниці Центру перед виїздом у села, січень 2025 року", [2025], "photo caption date")
    g.skip("Скільки людей звернулося до Центру за 2024 рік?", [2024], "year")
    g.skip("Це на двісті з гаком більше, ніж у 2023-му.", [200, 2023], "difference from the previous year, approximate")
    g.skip("здебільшого одинокі бабусі за вісімдесят", [80], "age (in words)")
    g.skip("кожна веде по сім-вісім підопічних", [7, 8], "caseload per worker (ratio, in words)")
    g.skip("На сьогодні супроводжуємо 23 сім'ї, з них п'ять нових, цьогорічних.", [23, 5],
           "figures at the interview date (February 2025), outside the report period; literals in a check")
    g.skip("Видали 2 150 продуктових наборів і 180 кубів дров.", [2150, 180], "items handed out")
    g.skip("з них майже 10 мільйонів – зарплата", [10000000], "approximate amount («майже»)")
    g.skip("Зарплата соціальної робітниці – трохи більше восьми тисяч", [8000], "salary, approximate")
    g.skip("Хочемо відкрити відділення денного догляду на 15 місць", [2025, 15], "plan and capacity")
    g.skip("створено у 2021 році. Адреса: м. Богодухів, вул. Шевченка, 27, тел. (05758) 0-35-14", [2021, 27, 5758, 3514],
           "year of founding, address, phone")
    g.skip("з понеділка по п'ятницю, 8.00–17.00", [8, 17], "office hours")
    g.skip("Які плани на 2025 рік?", [2025], "year")
    g.note("an interview: report_kind other (meta_alt annual_report); the period is 2024 («торік», «Минулого року», «за 2024 рік» in a text published 11.02.2025)")
    g.note("the three origin shares are standalone percentages of the 1 236 who applied (no counts) → share with label, one group; they sum to 105 %")
    g.note("«Двадцять шість сімей ми зняли із супроводу з позитивним результатом» → outcome_positive (alt support_completed); «дві» скарги → complaints 2")
    g.note("«На сьогодні супроводжуємо 23 сім'ї» is the state at the interview date, not in 2024: skipped")
    g.note("«задоволених – 69, тобто 92 відсотки»: the percent is written next to the count → survey_respondents 69 with percent 92 (label задоволені)")
    g.note("the 19 group meetings for IDPs carry the category; «понад 600» natural-aid recipients is 600")
    g.note("staff: 23 social workers (as said in the answer about home care) and 38 staff at the end of the year: two staff_actual facts told apart by label")
    g.note("the reader does not print the masthead, menu, related news, comments, sidebar or footer; their numbers (exchange rate, temperature, 60 місць, 12 генераторів, 34 мільйони, comment times, 18 км) are not annotated")
    return g


if __name__ == "__main__":
    write_text(report_path(DOC), HTML, encoding="utf-8")
    gold().write()
