"""b54_08: Центр соціальних служб Путильської селищної ради (Чернівецька), results of H1 2024 as a
news post on a modern (Next.js) hromada site. The scraped HTML holds the rendered article and, in
<script id="__NEXT_DATA__" type="application/json">, the same article again as JSON: Cyrillic as
\\u escapes, the body as HTML inside a JSON string (with <, >, & escaped as \\u003c …), and teasers of
other posts with their own figures. The gold holds the article's figures once."""
import json
from common import Gold, write_text, report_path

DOC = "b54_08_putyla_css_h1_2024.html"

TITLE = "Центр соціальних служб підбив підсумки першого півріччя 2024 року"
BODY_HTML = """\
<p><strong>У першому півріччі 2024 року фахівці Центру соціальних служб Путильської селищної ради працювали з родинами 41 населеного пункту громади, зокрема найвіддаленіших гірських сіл.</strong></p>
<p>З січня по червень до центру звернулися 238 мешканців громади. Надійшли повідомлення про 14 сімей, які можуть перебувати у складних життєвих обставинах, а оцінку потреб фахівці провели 63 сім'ям.</p>
<p>Соціальні послуги отримали 172 сім'ї, у яких виховується 311 дітей. Серед отримувачів 41,0 % – сім'ї внутрішньо переміщених осіб. Консультування отримали 118 сімей, інформування – 96, соціальну профілактику – 37 сімей. Кризове та екстрене втручання знадобилося 5 сім'ям.</p>
<p>«Найбільше запитів – щодо оформлення статусу дитини, яка постраждала внаслідок воєнних дій, та допомоги на дітей», – розповідають у центрі. Прийом ведеться щодня з 9:00 до 17:00, у п'ятницю – до 16:00, а двічі на місяць фахівці виїжджають до старостинських округів.</p>
<h3>Супровід родин</h3>
<p>Під соціальним супроводом перебували 19 сімей (42 дитини). Шість родин подолали складні життєві обставини, ще для 2 сімей їх вдалося мінімізувати. Центр також супроводжує 3 прийомні сім'ї та 1 дитячий будинок сімейного типу, де виховуються 16 дітей.</p>
<h3>Заходи та допомога</h3>
<p>Проведено 21 груповий захід – від тренінгів «Школа відповідального батьківства» до виїзних консультацій в Усть-Путилі та Селятині. Участь у них узяли 346 осіб.</p>
<p>Завдяки партнерам родинам передано 160 продуктових наборів і 85 комплектів зимового одягу на загальну суму 287,4 тис. грн.</p>
<p>На телефон довіри центру (03347) 0-21-90 за півроку надійшов 41 дзвінок. Скарг на роботу центру не надходило.</p>
<p>Сьогодні в центрі працюють 7 фахівців із соціальної роботи при 8 штатних одиницях. Для порівняння: за весь 2023 рік послуги отримала 251 сім'я.</p>
<p>У другому півріччі центр планує відкрити ще один простір для дітей у селі Шепіт на 25 місць.</p>"""

RELATED = [
    {"id": 1187, "slug": "punkt-nezlamnosti-lypen", "title": "Пункт незламності в Путилі: за місяць 512 відвідувачів",
     "excerpt": "У липні пунктом скористалися 512 мешканців, видано 230 павербанків.", "date": "2024-07-16"},
    {"id": 1181, "slug": "sesiia-32", "title": "32 сесія селищної ради: ухвалено 47 рішень",
     "excerpt": "Депутати затвердили зміни до бюджету на 3,2 млн грн.", "date": "2024-07-11"},
    {"id": 1176, "slug": "tcso-pivrichchia", "title": "Теріторіальний центр: 286 підопічних у першому півріччі",
     "excerpt": "Соціальні робітники здійснили 9 415 відвідувань, обслуговано 286 осіб.", "date": "2024-07-08"},
]


def next_json(obj):
    s = json.dumps(obj, ensure_ascii=True, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def teaser(p):
    return (f'<li class="RelatedPosts_item__Xk2s9"><a href="/news/{p["slug"]}"><span class="RelatedPosts_date__a1Bq0">'
            f'{p["date"][8:10]}.{p["date"][5:7]}.{p["date"][:4]}</span><span class="RelatedPosts_title__p9Lm3">{p["title"]}</span></a></li>')


def page():
    data = {"props": {"pageProps": {
        "post": {"id": 1192, "slug": "css-pidsumky-pivrichchia-2024", "title": TITLE, "date": "2024-07-19T15:42:00+03:00",
                 "views": 1203, "category": {"id": 4, "name": "Соціальний захист"}, "content": BODY_HTML,
                 "author": {"name": "Пресслужба селищної ради"}},
        "relatedPosts": RELATED,
        "menu": [{"title": "Громада", "href": "/hromada"}, {"title": "Новини", "href": "/news"},
                 {"title": "Соціальний захист", "href": "/social"}, {"title": "Контакти", "href": "/contacts"}]},
        "__N_SSG": True},
        "page": "/news/[slug]", "query": {"slug": "css-pidsumky-pivrichchia-2024"}, "buildId": "Hq3v9Zk1tY0aR2mWbE7pX",
        "isFallback": False, "gsp": True, "locale": "uk", "locales": ["uk"], "scriptLoader": []}
    return f"""<!DOCTYPE html><html lang="uk"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>{TITLE} | Путильська селищна рада</title><meta name="description" content="Підсумки роботи центру соціальних служб за І півріччя 2024 року"/><meta property="og:title" content="{TITLE}"/><meta name="next-head-count" content="5"/><link rel="preload" href="/_next/static/css/8b1c2e4f0a9d3c71.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8b1c2e4f0a9d3c71.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/main-0ecb9ccfcb6c9b24.js" defer=""></script><script src="/_next/static/chunks/pages/news/%5Bslug%5D-3f1d0e2b7c4a9e55.js" defer=""></script></head><body><div id="__next"><div class="Layout_wrapper__3kQ1z"><header class="Header_header__Zt8xP"><div class="Header_top__f0aLw"><span>Путильська селищна рада<!-- --> · <!-- -->Вижницький район Чернівецької області</span><a href="tel:+380333470000" class="Header_phone__qA1v2">(03347) 0-00-00</a></div><nav class="Nav_nav__Gm4cY"><ul><li><a href="/hromada">Громада</a></li><li><a href="/news">Новини</a></li><li><a class="Nav_active__d2Rr0" href="/social">Соціальний захист</a></li><li><a href="/contacts">Контакти</a></li></ul></nav></header><main class="Layout_main__9VqbR"><nav aria-label="breadcrumb" class="Breadcrumbs_bc__u7sPq"><ol><li><a href="/">Головна</a></li><li><a href="/news">Новини</a></li><li aria-current="page">Соціальний захист</li></ol></nav><article class="Post_post__hP3nN"><h1 class="Post_title__bK0sE">{TITLE}</h1><div class="Post_meta__Lx2Fd"><time dateTime="2024-07-19T15:42:00+03:00">19 липня 2024<!-- --> о <!-- -->15:42</time><span class="Post_views__y7WcQ">Переглядів: <!-- -->1203</span></div><div class="Post_content__Wd8Zt">{BODY_HTML}</div><div class="Post_share__Qm3eR"><span>Поділитися:</span><a href="https://facebook.com/sharer/sharer.php?u=/news/css-pidsumky-pivrichchia-2024">Facebook</a></div></article><aside class="Sidebar_aside__nF0oT"><h2>Читайте також</h2><ul>{"".join(teaser(p) for p in RELATED)}</ul></aside></main><footer class="Footer_footer__rT4yH"><p>© <!-- -->2024<!-- --> Путильська селищна рада. 59101, смт Путила, вул. Українська, 148</p></footer></div></div><script id="__NEXT_DATA__" type="application/json">{next_json(data)}</script></body></html>
"""


def main():
    write_text(report_path(DOC), page())
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Путильської селищної ради",
        "centre_type": "css", "settlement": "Путила", "oblast": "Чернівецька",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-06-30",
        "published": "2024-07-19"})
    f = g.f
    f("applied", "persons", 238, "до центру звернулися 238 мешканців громади")
    f("notified", "families", 14, "Надійшли повідомлення про 14 сімей")
    na = f("needs_assessed", "families", 63, "оцінку потреб фахівці провели 63 сім'ям")
    s = f("served", "families", 172, "Соціальні послуги отримали 172 сім'ї")
    f("served", "children", 311, "у яких виховується 311 дітей", parent=s)
    idp = f("share", "percent", 41, "Серед отримувачів 41,0 % – сім'ї внутрішньо переміщених осіб",
            category="внутрішньо переміщені особи", label="частка сімей ВПО серед отримувачів")
    c = f("served", "families", 118, "Консультування отримали 118 сімей", service="counselling", parent=s)
    i = f("served", "families", 96, "інформування – 96", service="informing", parent=s)
    pr = f("served", "families", 37, "соціальну профілактику – 37 сімей", service="social_prevention", parent=s)
    cr = f("served", "families", 5, "Кризове та екстрене втручання знадобилося 5 сім'ям", service="crisis_intervention", parent=s)
    ss = f("served", "families", 19, "Під соціальним супроводом перебували 19 сімей", service="social_support_sjo",
           alt=["support_ongoing"])
    f("served", "children", 42, "19 сімей (42 дитини)", service="social_support_sjo", alt=["support_ongoing"], parent=ss)
    op = f("outcome_positive", "families", 6, "Шість родин подолали складні життєві обставини", service="social_support_sjo",
           parent=ss)
    om = f("outcome_minimized", "families", 2, "ще для 2 сімей їх вдалося мінімізувати", service="social_support_sjo",
           parent=ss)
    f1 = f("served", "families", 3, "Центр також супроводжує 3 прийомні сім'ї", service="social_support_foster",
           label="прийомні сім'ї", group="foster_by_form")
    f2 = f("served", "families", 1, "1 дитячий будинок сімейного типу", service="social_support_foster",
           label="дитячі будинки сімейного типу", group="foster_by_form")
    f("served", "children", 16, "де виховуються 16 дітей", service="social_support_foster", parent=f1,
      note="the 16 children live in the 3 foster families and the 1 ДБСТ together; hung on the first of the two")
    ev = f("events", "events", 21, "Проведено 21 груповий захід")
    f("event_participants", "persons", 346, "Участь у них узяли 346 осіб", parent=ev)
    f("aid_value", "uah", 287400, "на загальну суму 287,4 тис. грн")
    f("calls", "calls", 41, "за півроку надійшов 41 дзвінок")
    f("complaints", "complaints", 0, "Скарг на роботу центру не надходило.")
    act = f("staff_actual", "staff", 7, "в центрі працюють 7 фахівців із соціальної роботи")
    pos = f("staff_positions", "positions", 8, "при 8 штатних одиницях")

    g.slip("percent_impossible", "error", "Серед отримувачів 41,0 % – сім'ї внутрішньо переміщених осіб", 41.0,
           "40.7 or 41.3", [idp, s],
           "GRIM with N = 172 families at one decimal: 70 of 172 = 40,7 %, 71 of 172 = 41,3 %; no whole number of families gives 41,0 %",
           f"grim_ok({idp}, {s}, 1)")
    g.check("parts_sum", "Консультування отримали 118 сімей, інформування – 96, соціальну профілактику – 37 сімей",
            "each service's families ≤ 172 (overlapping, not a partition)", f"max({c}, {i}, {pr}, {cr}) <= {s}")
    g.check("parts_sum", "Шість родин подолали складні життєві обставини, ще для 2 сімей їх вдалося мінімізувати",
            "6 + 2 ≤ 19 under support", f"{op} + {om} <= {ss}")
    g.check("parts_sum", "в центрі працюють 7 фахівців із соціальної роботи при 8 штатних одиницях", "7 ≤ 8", f"{act} <= {pos}")
    g.check("parts_sum", "оцінку потреб фахівці провели 63 сім'ям", "19 under support ≤ 63 assessed; 63 ≤ 172 served",
            f"{ss} <= {na} <= {s}")

    g.skip("працювали з родинами 41 населеного пункту громади", [41], "settlement count")
    g.skip("19 липня 2024 о 15:42Переглядів: 1203", [19, 2024, 15, 42, 1203], "publication date and time, view counter (the reader joins them)")
    g.skip("Прийом ведеться щодня з 9:00 до 17:00, у п'ятницю – до 16:00", [9, 0, 17, 0, 16, 0], "office hours")
    g.skip("передано 160 продуктових наборів і 85 комплектів зимового одягу", [160, 85], "items handed out")
    g.skip("На телефон довіри центру (03347) 0-21-90", [3347, 2190], "phone")
    g.skip("Для порівняння: за весь 2023 рік послуги отримала 251 сім'я.", [2023, 251], "prior-year figure")
    g.skip("У другому півріччі центр планує відкрити ще один простір для дітей у селі Шепіт на 25 місць.", [25], "plan, capacity")
    g.note("the article's body appears twice in the file: rendered in <article> and again as an HTML string inside the __NEXT_DATA__ JSON (\\u-escaped Cyrillic, \\u003c-escaped tags). The gold holds each figure of the article once")
    g.note("the JSON and the sidebar also carry three other posts' teasers (512 відвідувачів, 230 павербанків, 32 сесія, 47 рішень, 3,2 млн грн, 286 підопічних, 9 415 відвідувань), the view counter 1203, post id 1192 and the build id: none of them is a fact of this report")
    g.note("header phone (03347) 0-00-00 and the footer address are page furniture (the reader drops them); the date/time and «Переглядів: 1203» come out in the text and are skipped")
    g.note("«Шість родин» is a number written in words and is the figure itself (outcome_positive 6)")
    g.note("foster: «3 прийомні сім'ї та 1 дитячий будинок сімейного типу» has no written total; two facts in one group, the 16 children hang on the first")
    g.note("41,0 % is stored as 41 (a whole value); the slip is about the written one decimal")
    g.note("«Серед отримувачів 41,0 % – сім'ї ВПО» is a bare percentage with no count → share with category")
    g.write()


if __name__ == "__main__":
    main()
