"""b108_08: news page (DataLife Engine layout) of a local site on the 2023 results of КУ «ЦНСП» Хмелівської сільської ради (Сумська),
with a readers' comment thread (names, dates, «Відповісти», likes) in which readers quote other figures:
wrong ones, other years', another hromada's, their own family's. No planted slip."""
from common import Gold, report_path, write_text

NAME = "b108_08_khmeliv_cnsp_annual2023.html"

COMMENTS = [
    # (id, parent, author, date, text, likes)
    (1, None, "Оксана Т.", "10.01.2024 о 12:14",
     "Дякую соцпрацівниці, яка вже третій рік ходить до моєї мами! А от у сусідній громаді, кажуть, догляд вдома "
     "отримують 120 людей, а у нас тільки 64?", 14),
    (2, 1, "Адміністратор", "10.01.2024 о 13:02",
     "Оксано, у кожної громади своя кількість населення. Подати заяву на догляд можна в ЦНАП або безпосередньо в "
     "Центрі.", 6),
    (3, None, "Петро", "10.01.2024 о 15:40",
     "Торік писали, що обслужили 720 людей, а тепер 693. Що, менше стало?", 3),
    (4, 3, "Марина К.", "10.01.2024 о 16:05",
     "Петре, то ви переплутали: 720 – це звернення до ЦНАП за 2022 рік. А Центр у 2022-му обслужив 540 осіб, я "
     "сама той звіт читала.", 9),
    (5, None, "Людмила", "11.01.2024 о 08:31",
     "Ми ВПО з Харківщини, у сім'ї 5 людей, з них троє дітей. Допомогу отримували 2 рази, дуже вдячні!", 21),
    (6, None, "Ігор С.", "11.01.2024 о 10:47",
     "Майже 1,2 мільйона – це добре, але в сусідів за той самий рік роздали на 2,5 млн. Є куди рости.", 2),
    (7, None, "Наталія", "11.01.2024 о 19:12",
     "Послуг точно не 11 тисяч. У звіті на сайті ради було 1 184, я рахувала.", 1),
    (8, 7, "Олена, соціальний робітник", "11.01.2024 о 20:03",
     "Наталіє, 1 184 – це кількість відвідувань за грудень одного відділення. За рік виходить значно більше.", 11),
    (9, None, "Василь Іванович", "12.01.2024 о 09:55",
     "Мені 78 років, ходжу в денний догляд, і нас там 20 чоловік, а не 17! Кормлять добре, дякую.", 17),
    (10, 9, "Марина К.", "12.01.2024 о 10:20",
     "Василю Івановичу, 17 – це ті, хто оформлений, а ходять ще й гості :)", 8),
]


MONTHS = {"01": "січня"}


def comment_html(c):
    """One comment in the markup of a DataLife Engine news site (common on Ukrainian local news sites)."""
    cid, parent, author, date, text, likes = c
    dd, mm, rest = date.split(".", 2)
    yy, _, hm = rest.split(" ", 2)
    cls = "comm-item reply" if parent else "comm-item"
    return (f'<div id="comment-id-{5520 + cid}"><div class="{cls}">'
            f'<div class="comm-left"><img src="/templates/Khv/dleimages/noavatar.png" alt="{author}"></div>'
            f'<div class="comm-right"><div class="comm-one"><span class="comm-author">{author}</span> '
            f'<span class="comm-date">{int(dd)} {MONTHS[mm]} {yy}, {hm}</span></div>\n'
            f'<div class="comm-two"><div id="comm-id-{5520 + cid}">{text}</div></div>\n'
            f'<div class="comm-three"><a href="#" onclick="dle_reply(\'{5520 + cid}\', \'0\', \'0\'); return false;">'
            f'Відповісти</a> <span class="comm-rate"><a href="#" onclick="doCommentsRate(\'plus\', \'{5520 + cid}\'); '
            f'return false;">👍</a> <span class="ratingplus">{likes}</span></span></div></div></div></div>\n')


thread = "".join(comment_html(c) for c in COMMENTS)

html = f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Центр надання соціальних послуг підбив підсумки 2023 року » Хмелівські вісті</title>
<meta name="description" content="Комунальна установа «Центр надання соціальних послуг» Хмелівської сільської ради підбила підсумки роботи за 2023 рік.">
<link href="/templates/Khv/style/styles.css" type="text/css" rel="stylesheet">
</head>
<body>
<div class="wrap">
<div class="header"><a href="/" class="logo">Хмелівські вісті</a><span class="slogan">Новини Хмелівської громади</span>
<div class="header-phone">Редакція: (05448) 0-70-12</div></div>
<div class="topmenu"><ul><li><a href="/">Головна</a></li><li><a href="/hromada/">Громада</a></li>
<li><a href="/social/">Соціальна сфера</a></li><li><a href="/sport/">Спорт</a></li>
<li><a href="/board/">Оголошення</a></li></ul></div>
<div class="speedbar"><a href="/">Хмелівські вісті</a> » <a href="/social/">Соціальна сфера</a> » Центр надання соціальних послуг підбив підсумки 2023 року</div>
<div class="cols">
<div class="content">
<div id="dle-content"><div class="full-story">
<h1>Центр надання соціальних послуг підбив підсумки 2023 року</h1>
<div class="story-info"><span class="date">10 січня 2024, 09:30</span> <span class="views">Переглядів: 1 247</span>
<span class="comm-count">Коментарів: 10</span></div>
<div class="full-text">
<p><b>Комунальна установа «Центр надання соціальних послуг» Хмелівської сільської ради підбила підсумки роботи за
2023 рік. Як і торік, найбільше мешканців громади зверталися по консультації та гуманітарну допомогу.</b></p>
<p>Упродовж 2023 року фахівці Центру надали 11 846 соціальних послуг 693 мешканцям громади, з них 212 –
внутрішньо переміщені особи (30,6 %). Для порівняння: у 2022 році послуги отримали 540 осіб. Оцінку потреб
провели 129 особам.</p>
<p>Найзатребуванішими були консультування (318 осіб) та натуральна допомога (284 особи). Догляд вдома
отримували 64 особи, денний догляд – 17. Крім того, інформування отримали 405 осіб, соціальну адаптацію – 23,
представництво інтересів – 9. Усі послуги безоплатні, крім догляду вдома для осіб, які мають працездатних
рідних (68 грн за годину).</p>
<p>«Під соціальним супроводом у нас перебувало 11 сімей, у яких виховується 24 дитини. П'ятьом сім'ям вдалося
подолати складні життєві обставини. Ми пишаємося кожною такою історією», – розповіла директорка Центру.</p>
<p>За рік Центр провів 28 групових заходів для дітей та людей похилого віку, участь у них взяли понад 400 осіб. На
гарячу лінію Центру надійшло 87 дзвінків. Гуманітарну допомогу від партнерів – продуктові набори, ковдри,
генератори для двох старостатів – отримали мешканці громади на суму майже 1,2 млн грн.</p>
<p>У грудні Центр опитав 52 отримувачів послуг: якістю послуг задоволені 96,2 % опитаних. Нині в Центрі
працює 19 фахівців. Скарг на роботу Центру протягом року не надходило. Шестеро працівників пройшли
навчання в обласному центрі соціальних служб.</p>
<p>У 2024 році Центр планує запровадити послугу «соціальне таксі» та відкрити другий пункт денного догляду на
10 місць у с. Бобрик. Телефон Центру: (05448) 0-71-36.</p>
</div>
<div class="story-tags">Теги: <a href="/tags/ЦНСП/">ЦНСП</a>, <a href="/tags/соцзахист/">соцзахист</a></div>
</div>
<div class="comments-block"><div class="box-title">Коментарі (10)</div>
<div id="dle-comments-list">
{thread}</div>
<div class="addcomment"><div class="box-title">Додати коментар</div><form method="post" name="dle-comments-form"
id="dle-comments-form"><input type="text" name="name" placeholder="Ваше ім'я"><textarea name="comments"></textarea>
<button type="submit">Надіслати</button></form></div>
</div>
</div>
</div>
<div class="sidebar"><div class="block"><div class="block-title">Популярне</div><ul>
<li><a href="/hromada/2417-punkty.html">У громаді працюють 6 пунктів незламності</a></li>
<li><a href="/hromada/2409-byudzhet.html">Бюджет громади на 2024 рік – 98,4 млн грн</a></li></ul></div></div>
</div>
<div class="footer">© 2019–2024 «Хмелівські вісті». Хмелівська громада, Роменський район, Сумська область.
Редакція: news.khmeliv@example.ua</div>
</div>
</body>
</html>
"""
write_text(report_path(NAME), html)

g = Gold(NAME, {"centre": "Центр надання соціальних послуг Хмелівської сільської ради", "centre_type": "cnsp",
                "settlement": "Хмелів", "oblast": "Сумська", "report_kind": "annual_report",
                "period_start": "2023-01-01", "period_end": "2023-12-31", "published": "2024-01-10"},
         {"centre": ["Комунальна установа «Центр надання соціальних послуг» Хмелівської сільської ради",
                     "КУ «Центр надання соціальних послуг» Хмелівської сільської ради"],
          "report_kind": ["other"]})
F = g.f
P = lambda f: f.replace("f", "p")
sp_ = F("services_provided", "services", 11846, "фахівці Центру надали 11 846 соціальних послуг")
sv = F("served", "persons", 693, "11 846 соціальних послуг 693 мешканцям громади")
sv1 = F("served", "persons", 212, "з них 212 –\nвнутрішньо переміщені особи (30,6 %)".replace("\n", " "), percent=30.6,
        category="внутрішньо переміщені особи", parent=sv)
na_ = F("needs_assessed", "persons", 129, "Оцінку потреб\nпровели 129 особам".replace("\n", " "))
S = {}
for svc, val, q in (("counselling", 318, "консультування (318 осіб)"), ("natural_aid", 284, "натуральна допомога (284 особи)"),
                    ("home_care", 64, "Догляд вдома\nотримували 64 особи".replace("\n", " ")), ("day_care", 17, "денний догляд – 17"),
                    ("informing", 405, "інформування отримали 405 осіб"), ("social_adaptation", 23, "соціальну адаптацію – 23"),
                    ("representation", 9, "представництво інтересів – 9")):
    S[svc] = F("served", "persons", val, q, service=svc, parent=sv)
ss = F("served", "families", 11, "Під соціальним супроводом у нас перебувало 11 сімей", service="social_support_sjo",
       alt=["support_ongoing"])
ssc = F("served", "children", 24, "у яких виховується 24 дитини", service="social_support_sjo", alt=["support_ongoing"],
        parent=ss)
op = F("outcome_positive", "families", 5, "П'ятьом сім'ям вдалося\nподолати складні життєві обставини".replace("\n", " "),
       service="social_support_sjo", parent=ss)
ev = F("events", "events", 28, "Центр провів 28 групових заходів")
evp = F("event_participants", "persons", 400, "участь у них взяли понад 400 осіб", parent=ev)
cl = F("calls", "calls", 87, "гарячу лінію Центру надійшло 87 дзвінків")
av = F("aid_value", "uah", 1200000, "на суму майже 1,2 млн грн", label="гуманітарна допомога від партнерів")
rs = F("survey_respondents", "recipients", 52, "Центр опитав 52 отримувачів послуг", unit_alt="persons")
sat = F("satisfaction", "percent", 96.2, "якістю послуг задоволені 96,2 % опитаних")
sa = F("staff_actual", "staff", 19, "працює 19 фахівців")
cp = F("complaints", "complaints", 0, "Скарг на роботу Центру протягом року не надходило")
stt = F("staff_trained", "staff", 6, "Шестеро працівників пройшли\nнавчання".replace("\n", " "))

g.check("percent_mismatch", "з них 212 – внутрішньо переміщені особи (30,6 %)", "212/693 = 30,59 % → 30,6",
        f"pct_ok({P(sv1)}, {sv1}, {sv}, 1)")
g.check("parts_sum", "Найзатребуванішими були консультування (318 осіб)", "each service's recipients ≤ 693 (people "
        "get several services, so the seven are no partition: they sum to 1 120)",
        " and ".join(f"{v} <= {sv}" for v in S.values()) + f" and {na_} <= {sv}")
g.check("parts_sum", "П'ятьом сім'ям вдалося подолати", "5 ≤ 11", f"{op} <= {ss}")
g.check("percent_impossible", "якістю послуг задоволені 96,2 % опитаних", "96,2 % of 52 is reachable (50/52 = 96,15 %)",
        f"grim_ok({sat}, {rs}, 1)")
g.check("parts_sum", "Шестеро працівників пройшли навчання", "6 trained ≤ 19 staff", f"{stt} <= {sa}")

g.skip("Центр надання соціальних послуг підбив підсумки 2023 року", [2023], "year in the title")
g.skip("10 січня 2024, 09:30 Переглядів: 1 247 Коментарів: 10", [10, 2024, 9, 30, 1247, 10],
       "publication date, view counter, comment counter")
g.skip("Для порівняння: у 2022 році послуги отримали 540 осіб", [2022, 540], "prior-year figure")
g.skip("(68 грн за годину)", [68], "tariff")
g.skip("генератори для двох старостатів", [2], "items / places")
g.skip("У 2024 році Центр планує запровадити послугу «соціальне таксі» та відкрити другий пункт денного догляду на\n10 "
       "місць у с. Бобрик".replace("\n", " "), [2024, 10], "2024 plan, capacity")
g.skip("Телефон Центру: (05448) 0-71-36", [5448, 7136], "phone")
g.note("the readers' comment thread (10 comments in a DataLife Engine layout, below the article) is not in the read "
       "text when this set was written, so its figures cannot be listed under `skipped`. None is a fact of the "
       "report: 120 home-care recipients «у сусідній громаді» (another hromada), «третій рік» (duration), «720 "
       "людей» (wrong; the reply says 720 were ЦНАП appeals in 2022), «540 осіб» in 2022 (other year), a family "
       "of «5 людей, з них троє дітей» who got aid «2 рази» (a reader's own family), «2,5 млн» (neighbours), "
       "«не 11 тисяч … 1 184» (wrong; the reply says December visits of one department), «Мені 78 років» (age), "
       "«нас там 20 чоловік, а не 17» (a reader's count), the likes (👍 1–21), comment dates and ids")
g.note("the seven «served» by service (318, 284, 64, 17, 405, 23, 9) overlap (1 120 > 693): parent 693, no group")
g.note("«понад 400 осіб» → 400; «майже 1,2 млн грн» → 1 200 000 (the figure as written; «майже» noted)")
g.note("numbers in words that are facts: «П'ятьом сім'ям» (outcome_positive 5), «Шестеро працівників» "
       "(staff_trained 6)")
g.note("report_kind: a news article on the year's results → annual_report (alt other). oblast: stated in the "
       "site's footer («Хмелівська громада, Роменський район, Сумська область»), which the reader does not print; "
       "kept in meta as the page states it")
g.note("no planted slip: everything adds up")
g.write()
