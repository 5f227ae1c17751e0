"""b62_05: КУ «ЦНСП» Ворожбянської міської ради (Сумська), report for H1 2025, as a scraper saves it:
the WordPress REST API response (wp-json/wp/v2/posts/<id>) written to a .json file, \\u-escaped,
with `\\/` slashes, entities, <p>, <ul>, a <table>, excerpt, _links and yoast_head_json.
`zvitparse read` prints such a file as the raw JSON, so the gold quotes are taken from the text a
browser shows of the article (common.wp_browser_text).
Planted slip: percent_mismatch (особи з інвалідністю 198 of 917 written as 23,6 %)."""
import json
from common import Gold, report_path, write_text

DOC = "b62_05_vorozhba_cnsp_h1_2025.json"
POST_ID = 4817
LINK = "https://vorozhba-rada.example.ua/2025/07/08/pidsumky-roboty-cnsp-za-i-pivrichchia-2025-roku/"
TITLE = "Підсумки роботи ЦНСП за І півріччя 2025 року"

FIRST = ("<p>За І півріччя 2025 року фахівці КУ&nbsp;&laquo;Центр надання соціальних послуг&raquo; Ворожбянської міської ради "
         "надали 6&nbsp;284 соціальні послуги 917 отримувачам (за І півріччя 2024 року &#8211; 5&nbsp;907 послуг).</p>\n")
CONTENT = FIRST + """<p>Протягом півріччя до Центру звернулися 284 особи, з них 58 &#8211; уперше; оцінювання індивідуальних потреб проведено 176 особам. Скарг на якість надання послуг не надходило.</p>
<p>За видами послуг отримувачі розподілились так:</p>
<ul>
<li>догляд вдома &#8211; 138 осіб (2&nbsp;971 послуга);</li>
<li>консультування &#8211; 402 особи;</li>
<li>натуральна допомога &#8211; 311 осіб;</li>
<li>соціальна адаптація &#8211; 44 особи;</li>
<li>соціальне таксі &#8211; 22 особи.</li>
</ul>
<p>Серед отримувачів &#8211; 263 внутрішньо переміщені особи (28,7&nbsp;%) та 198 осіб з інвалідністю (23,6&nbsp;%). Психологом Центру надано 214 індивідуальних консультацій, мобільна бригада здійснила 57 виїздів у віддалені села громади.</p>
<p>Під соціальним супроводом перебувало 19 сімей, у яких виховується 41 дитина. Упродовж півріччя під супровід взято 7 сімей, завершено супровід 5 сімей (з позитивним результатом &#8211; 4, у зв&#8217;язку з переїздом &#8211; 1).</p>
<p>Для внутрішньо переміщених осіб та місцевих мешканців проведено 11 групових заходів (арт-терапія, клуб спілкування &laquo;Рівні&raquo;, заняття з фінансової грамотності), учасниками яких стали 137 осіб. Соціальне таксі здійснило 96 поїздок, загальний пробіг &#8211; 4&nbsp;318&nbsp;км.</p>
<p>Завдяки партнерам (БФ &laquo;Рокада&raquo;, ГО &laquo;Право на захист&raquo;) отримувачам видано 1&nbsp;460 продуктових та 380 гігієнічних наборів.</p>
<p><strong>Використання коштів загального фонду</strong></p>
<table class="wp-block-table">
<tbody>
<tr><td><strong>КЕКВ</strong></td><td><strong>Затверджено на 2025 рік, грн</strong></td><td><strong>Касові видатки за І півріччя, грн</strong></td></tr>
<tr><td>2111</td><td>4&nbsp;812&nbsp;300</td><td>2&nbsp;286&nbsp;410</td></tr>
<tr><td>2120</td><td>1&nbsp;058&nbsp;700</td><td>503&nbsp;020</td></tr>
<tr><td>2273</td><td>96&nbsp;000</td><td>41&nbsp;870</td></tr>
<tr><td>Разом</td><td>5&nbsp;967&nbsp;000</td><td>2&nbsp;831&nbsp;300</td></tr>
</tbody>
</table>
<p>У штаті Центру 41,5 посади, фактично працює 38 осіб. Вартість години догляду вдома для платних отримувачів з 01.02.2025 становить 74,20&nbsp;грн (рішення виконавчого комітету від 14.01.2025 №&nbsp;6).</p>
<p>Звертайтеся: 41812, м.&nbsp;Ворожба, вул. Миру, 9, тел. (05453) 0-51-94. Ворожбянська міська рада, Сумський район, Сумська область.</p>
"""


def build(path):
    post = {
        "id": POST_ID,
        "date": "2025-07-08T11:42:17",
        "date_gmt": "2025-07-08T08:42:17",
        "guid": {"rendered": f"https://vorozhba-rada.example.ua/?p={POST_ID}"},
        "modified": "2025-07-08T11:45:03",
        "modified_gmt": "2025-07-08T08:45:03",
        "slug": "pidsumky-roboty-cnsp-za-i-pivrichchia-2025-roku",
        "status": "publish",
        "type": "post",
        "link": LINK,
        "title": {"rendered": TITLE},
        "content": {"rendered": CONTENT, "protected": False},
        "excerpt": {"rendered": FIRST.replace("(за І півріччя 2024 року &#8211; 5&nbsp;907 послуг).</p>", "(за І півріччя 2024 року &#8211; 5&nbsp;907 послуг) [&hellip;]</p>"),
                    "protected": False},
        "author": 3,
        "featured_media": 4816,
        "comment_status": "closed",
        "ping_status": "closed",
        "sticky": False,
        "template": "",
        "format": "standard",
        "meta": {"footnotes": ""},
        "categories": [12, 27],
        "tags": [88],
        "yoast_head_json": {
            "title": TITLE + " - Ворожбянська міська рада",
            "robots": {"index": "index", "follow": "follow", "max-snippet": "max-snippet:-1"},
            "canonical": LINK,
            "og_locale": "uk_UA",
            "og_type": "article",
            "og_title": TITLE,
            "og_description": "За І півріччя 2025 року фахівці КУ «Центр надання соціальних послуг» Ворожбянської міської ради надали 6 284 соціальні послуги 917 отримувачам",
            "og_url": LINK,
            "og_site_name": "Ворожбянська міська рада",
            "article_published_time": "2025-07-08T08:42:17+00:00",
            "article_modified_time": "2025-07-08T08:45:03+00:00",
            "author": "admin",
            "twitter_card": "summary_large_image",
            "twitter_misc": {"Написано": "admin", "Прибл. час читання": "2 хвилини"},
        },
        "_links": {
            "self": [{"href": f"https://vorozhba-rada.example.ua/wp-json/wp/v2/posts/{POST_ID}"}],
            "collection": [{"href": "https://vorozhba-rada.example.ua/wp-json/wp/v2/posts"}],
            "author": [{"embeddable": True, "href": "https://vorozhba-rada.example.ua/wp-json/wp/v2/users/3"}],
            "wp:featuredmedia": [{"embeddable": True, "href": "https://vorozhba-rada.example.ua/wp-json/wp/v2/media/4816"}],
            "wp:term": [{"taxonomy": "category", "embeddable": True,
                         "href": f"https://vorozhba-rada.example.ua/wp-json/wp/v2/categories?post={POST_ID}"}],
            "curies": [{"name": "wp", "href": "https://api.w.org/{rel}", "templated": True}],
        },
    }
    s = json.dumps(post, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
    write_text(path, s)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Ворожбянської міської ради",
        "centre_type": "cnsp", "settlement": "Ворожба", "oblast": "Сумська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
        "published": "2025-07-08"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Ворожбянської міської ради",
                    "КУ «Центр надання соціальних послуг» Ворожбянської міської ради"]})
    g.f("services_provided", "services", 6284, "надали 6 284 соціальні послуги 917 отримувачам")
    f2 = g.f("served", "recipients", 917, "надали 6 284 соціальні послуги 917 отримувачам", unit_alt="persons")
    f3 = g.f("served", "persons", 138, "догляд вдома – 138 осіб (2 971 послуга);", service="home_care", group="served_917_by_service", parent=f2)
    g.f("services_provided", "services", 2971, "догляд вдома – 138 осіб (2 971 послуга);", service="home_care")
    g.f("served", "persons", 402, "консультування – 402 особи;", service="counselling", group="served_917_by_service", parent=f2)
    g.f("served", "persons", 311, "натуральна допомога – 311 осіб;", service="natural_aid", group="served_917_by_service", parent=f2)
    g.f("served", "persons", 44, "соціальна адаптація – 44 особи;", service="social_adaptation", group="served_917_by_service", parent=f2)
    g.f("served", "persons", 22, "соціальне таксі – 22 особи.", service="social_taxi", group="served_917_by_service", parent=f2)
    g.f("served", "persons", 263, "263 внутрішньо переміщені особи (28,7 %)", percent=28.7,
        category="внутрішньо переміщені особи", parent=f2)
    g.f("served", "persons", 198, "198 осіб з інвалідністю (23,6 %)", percent=23.6, category="особи з інвалідністю", parent=f2)
    g.f("services_provided", "services", 214, "Психологом Центру надано 214 індивідуальних консультацій", service="counselling",
        label="індивідуальні консультації психолога")
    f12 = g.f("served", "families", 19, "Під соціальним супроводом перебувало 19 сімей", service="social_support_sjo",
              alt=["support_ongoing"])
    g.f("served", "children", 41, "у яких виховується 41 дитина", service="social_support_sjo", alt=["support_ongoing"], parent=f12)
    g.f("support_started", "families", 7, "під супровід взято 7 сімей", service="social_support_sjo", parent=f12)
    f15 = g.f("support_completed", "families", 5, "завершено супровід 5 сімей", service="social_support_sjo", parent=f12)
    g.f("outcome_positive", "families", 4, "з позитивним результатом – 4", service="social_support_sjo", group="completed_5_by_outcome", parent=f15)
    g.f("outcome_other", "families", 1, "у зв'язку з переїздом – 1", service="social_support_sjo", label="переїзд",
        group="completed_5_by_outcome", parent=f15)
    # budget table
    rows = [("2111", 4812300, 2286410, "2111\t4 812 300\t2 286 410"),
            ("2120", 1058700, 503020, "2120\t1 058 700\t503 020"),
            ("2273", 96000, 41870, "2273\t96 000\t41 870")]
    tq = "Разом\t5 967 000\t2 831 300"
    f18 = g.f("budget_approved", "uah", 5967000, tq, label="загальний фонд, Разом, на 2025 рік")
    f19 = g.f("budget_spent", "uah", 2831300, tq, label="загальний фонд, Разом, І півріччя")
    for k, a, s, q in rows:
        g.f("budget_approved", "uah", a, q, kekv=k, label="на 2025 рік", group="approved_by_kekv", parent=f18)
        g.f("budget_spent", "uah", s, q, kekv=k, label="І півріччя", group="spent_by_kekv", parent=f19)
    # f20..f25
    g.f("staff_positions", "positions", 41.5, "У штаті Центру 41,5 посади")
    g.f("staff_actual", "staff", 38, "фактично працює 38 осіб")

    f28 = g.f("applied", "persons", 284, "до Центру звернулися 284 особи")
    g.f("applied", "persons", 58, "з них 58 – уперше", label="уперше", parent=f28)
    g.f("needs_assessed", "persons", 176, "оцінювання індивідуальних потреб проведено 176 особам")
    g.f("complaints", "complaints", 0, "Скарг на якість надання послуг не надходило.")
    f32 = g.f("events", "events", 11, "проведено 11 групових заходів")
    g.f("event_participants", "persons", 137, "учасниками яких стали 137 осіб", parent=f32)
    g.slip("percent_mismatch", "error", "198 осіб з інвалідністю (23,6 %)", 23.6, 21.6, ["f10", "f2"],
           "198 of the 917 recipients is 21,6 %, not 23,6 % (23,6 % of 917 would be about 216 persons)",
           "pct_ok(p10, f10, f2, 1)")
    g.check("parts_sum", "За видами послуг отримувачі розподілились так:", "138 + 402 + 311 + 44 + 22 = 917",
            "f3 + f5 + f6 + f7 + f8 == f2")
    g.check("percent_mismatch", "263 внутрішньо переміщені особи (28,7 %)", "263 / 917 = 28,68 % → 28,7", "pct_ok(p9, f9, f2, 1)")
    g.check("parts_sum", "(2 971 послуга)", "home-care services 2 971 ≤ 6 284; psychologist's 214 ≤ 6 284", "f4 <= f1 and f11 <= f1")
    g.check("parts_sum", "завершено супровід 5 сімей (з позитивним результатом – 4, у зв'язку з переїздом – 1)",
            "4 + 1 = 5; 5 and 7 ≤ 19", "f16 + f17 == f15 and f15 <= f12 and f14 <= f12")
    g.check("table_arithmetic", tq, "4 812 300 + 1 058 700 + 96 000 = 5 967 000", "f20 + f22 + f24 == f18")
    g.check("table_arithmetic", tq, "2 286 410 + 503 020 + 41 870 = 2 831 300", "f21 + f23 + f25 == f19")
    g.check("table_arithmetic", "2111\t4 812 300\t2 286 410", "each half-year spending ≤ the year's approval",
            "f21 <= f20 and f23 <= f22 and f25 <= f24")
    g.check("parts_sum", "фактично працює 38 осіб", "38 ≤ 41,5", "f27 <= f26")

    g.skip("Підсумки роботи ЦНСП за І півріччя 2025 року", [1, 2025], "title: period")
    g.skip("(за І півріччя 2024 року – 5 907 послуг)", [2024, 5907], "prior-year figure")
    g.skip("Соціальне таксі здійснило 96 поїздок, загальний пробіг – 4 318 км.", [96, 4318], "trips and mileage (no §3 id)")
    g.check("parts_sum", "з них 58 – уперше", "58 ≤ 284; 176 assessed ≤ 284", "f29 <= f28 and f30 <= f28")
    g.skip("мобільна бригада здійснила 57 виїздів у віддалені села громади", [57], "trips of the mobile team (no §3 id)")
    g.skip("отримувачам видано 1 460 продуктових та 380 гігієнічних наборів", [1460, 380], "items handed out")
    g.skip("Затверджено на 2025 рік, грн", [2025], "year in a table header")
    g.skip("Вартість години догляду вдома для платних отримувачів з 01.02.2025 становить 74,20 грн (рішення виконавчого комітету від 14.01.2025 № 6).",
           [1, 2, 2025, 74.2, 14, 1, 2025, 6], "tariff, dates, decision number")
    g.skip("Звертайтеся: 41812, м. Ворожба, вул. Миру, 9, тел. (05453) 0-51-94.", [41812, 9, 5453, 5194], "postcode, address, phone")
    g.note("the file is a WordPress REST API response; `zvitparse read` prints it as the raw JSON (\\u escapes, tags, escaped slashes). "
           "The quotes are substrings of the text a browser shows of the article (title.rendered + content.rendered rendered as text: "
           "blocks on their own lines, table cells tab-separated, &nbsp; as a space, &#8217; as an apostrophe); see common.wp_browser_text")
    g.note("id, date, link, excerpt, _links and yoast_head_json are outside the article; the excerpt repeats the first paragraph, which is one fact set, not two")
    g.note("«917 отримувачам» → served, unit recipients (unit_alt persons); the five services partition it; IDPs and persons with disabilities are overlapping categories with their own percent")
    g.note("the budget table: KEKV rows carry kekv; the Разом row has none; approved (for the year) and spent (half-year) hang on their Разом cells")
    g.write()


if __name__ == "__main__":
    main()
