"""b37_07: a council site's «Новини» LISTING page (Краснопільська селищна рада, Сумська), UTF-8, div layout.
Six news items with date, linked title and text; one is the long summary of the ЦНСП's report on 2023,
the others are other news with figures of their own (tournament, road repair, humanitarian delivery,
another department's 2022 figures, a vacancy with a salary). Only the ЦНСП item's figures are facts."""
from common import Gold, report_path, write_text

DOC = "b37_07_krasnopillia_cnsp_news2023.html"


def item(date, href, title, body):
    return f"""<div class="news-item">
<div class="news-date"><i class="icon-cal"></i> {date}</div>
<h2 class="news-title"><a href="{href}">{title}</a></h2>
<div class="news-text">
{body}
</div>
<div class="news-foot"><a class="more" href="{href}">Читати далі &rarr;</a> <span class="views">&#128065; {href[-3:]}</span></div>
</div>
"""


CNSP = """<p>Центр надання соціальних послуг Краснопільської селищної ради підбив підсумки роботи у 2023 році. Послуги центру торік отримали 1 236 мешканців громади.</p>
<p>Загалом протягом 2023 року соціальними послугами охоплено 1 263 особи, у тому числі відділенням соціальної допомоги вдома – 318 осіб, відділенням соціальної роботи в громаді – 705 осіб, відділенням денного догляду – 46 осіб, службою натуральної допомоги – 194 особи. Консультування отримали 512 осіб. Фахівці надали 18 904 соціальні послуги. До центру надійшло 1 410 звернень.</p>
<p>Під соціальним супроводом перебувало 27 сімей, у яких виховується 64 дитини; 8 сімей подолали складні життєві обставини. Соціальним таксі скористалися 38 осіб з інвалідністю (212 поїздок).</p>
<p>Проведено 14 групових заходів, участь у яких взяли 390 мешканців. Опитування 212 отримувачів показало: 96 % задоволені якістю послуг. Скарг від отримувачів не надходило.</p>
<p>У центрі працюють 52 працівники, з них 36 соціальних робітників, за штату 57,5 одиниці. Видатки на утримання центру у 2023 році склали 14,2 млн грн. У 2024 році центр планує відкрити відділення денного догляду в с. Миропілля на 15 місць.</p>"""

ITEMS = [
    ("14.02.2024", "/news/2024/02/vakansiia-184", "Центр надання соціальних послуг запрошує на роботу",
     "<p>Центр надання соціальних послуг оголошує набір на 3 посади соціального робітника у старостинських округах. Заробітна плата – від 8 600 грн, графік роботи з 8:00 до 17:00. Довідки за тел. (05459) 0-72-18.</p>"),
    ("12.02.2024", "/news/2024/02/tsnsp-pidsumky-183", "Центр надання соціальних послуг звітує про роботу у 2023 році", CNSP),
    ("09.02.2024", "/news/2024/02/futzal-181", "Завершився зимовий турнір з футзалу",
     "<p>У спортивному залі опорного ліцею відбувся турнір з футзалу серед 8 команд громади, у якому взяли участь 96 спортсменів. У фіналі команда с. Угроїди перемогла з рахунком 3:1. Турнір присвячено 10-й річниці створення громади.</p>"),
    ("07.02.2024", "/news/2024/02/doroha-179", "Відремонтовано дорогу до с. Самотоївка",
     "<p>Завершено поточний ремонт 2,7 км автомобільної дороги. Вартість робіт – 4,3 млн грн, із них 1,1 млн грн – кошти селищного бюджету. Гарантійний строк – 3 роки.</p>"),
    ("05.02.2024", "/news/2024/02/humdopomoha-177", "До громади надійшла гуманітарна допомога",
     "<p>Від благодійного фонду надійшло 620 продуктових наборів, 150 обігрівачів та 40 генераторів. Допомогу розподілено між 14 старостинськими округами; першочергово її отримали 430 родин, які проживають у 5-кілометровій прикордонній зоні.</p>"),
    ("02.02.2024", "/news/2024/02/kompensatsiia-175", "Відділ соціального захисту населення інформує",
     "<p>Нагадуємо про порядок призначення компенсації фізичним особам, які надають соціальні послуги з догляду. У 2022 році таку компенсацію отримували 214 осіб, які доглядали 231 отримувача. Документи приймаються у ЦНАП щодня, крім неділі.</p>"),
]

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Новини | Краснопільська селищна рада</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div id="top">
<div class="logo"><a href="/"><img src="/img/herb.png" alt=""></a> Краснопільська селищна рада</div>
<div class="top-contacts">42400, смт Краснопілля, вул. Миру, 21 &nbsp;|&nbsp; тел. (05459) 0-71-33</div>
</div>
<div id="menu"><ul>
<li><a href="/">Головна</a></li><li><a href="/hromada/">Громада</a></li><li><a href="/rada/">Селищна рада</a></li>
<li class="active"><a href="/news/">Новини</a></li><li><a href="/docs/">Документи</a></li><li><a href="/cnap/">ЦНАП</a></li>
</ul></div>
<div class="breadcrumbs"><a href="/">Головна</a> / Новини</div>
<div id="content">
<h1>Новини</h1>
""" + "".join(item(*x) for x in ITEMS) + """<div class="pager"><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> … <a href="?page=47">47</a></div>
</div>
<div id="sidebar">
<div class="widget"><h3>Календар</h3><p>лютий 2024</p></div>
<div class="widget"><h3>Оголошення</h3><p>Сесія селищної ради – 22.02.2024 о 10:00</p></div>
</div>
<div id="footer">&copy; 2024 Краснопільська селищна рада. Код ЄДРПОУ 04390167</div>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    write_text(path, HTML, encoding="utf-8")
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Краснопільської селищної ради",
        "centre_type": "cnsp", "settlement": "Краснопілля",
        "report_kind": "annual_report",
        "period_start": "2023-01-01", "period_end": "2023-12-31",
        "published": "2024-02-12"},
        meta_alt={"report_kind": ["other"]})
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    lead = f("served", "persons", 1236, "Послуги центру торік отримали 1 236 мешканців громади.",
             note="the lead's figure; the body says 1 263 (the planted conflict)")
    tot = f("served", "persons", 1263, "Загалом протягом 2023 року соціальними послугами охоплено 1 263 особи")
    u1 = f("served", "persons", 318, "відділенням соціальної допомоги вдома – 318 осіб", service="home_care",
           district="відділення соціальної допомоги вдома", group="served_1263_by_unit", parent=tot)
    u2 = f("served", "persons", 705, "відділенням соціальної роботи в громаді – 705 осіб",
           district="відділення соціальної роботи в громаді", group="served_1263_by_unit", parent=tot)
    u3 = f("served", "persons", 46, "відділенням денного догляду – 46 осіб", service="day_care",
           district="відділення денного догляду", group="served_1263_by_unit", parent=tot)
    u4 = f("served", "persons", 194, "службою натуральної допомоги – 194 особи", service="natural_aid",
           district="служба натуральної допомоги", group="served_1263_by_unit", parent=tot)
    con = f("served", "persons", 512, "Консультування отримали 512 осіб", service="counselling", parent=tot)
    svc = f("services_provided", "services", 18904, "Фахівці надали 18 904 соціальні послуги.")
    ap = f("applied", "applications", 1410, "До центру надійшло 1 410 звернень.")
    sup = f("served", "families", 27, "Під соціальним супроводом перебувало 27 сімей", service="social_support_sjo",
            alt=["support_ongoing"])
    ch = f("served", "children", 64, "у яких виховується 64 дитини", service="social_support_sjo",
           alt=["support_ongoing"], parent=sup)
    pos_o = f("outcome_positive", "families", 8, "8 сімей подолали складні життєві обставини",
              service="social_support_sjo", parent=sup)
    taxi = f("served", "persons", 38, "Соціальним таксі скористалися 38 осіб з інвалідністю", service="social_taxi")
    ev = f("events", "events", 14, "Проведено 14 групових заходів")
    evp = f("event_participants", "persons", 390, "участь у яких взяли 390 мешканців", parent=ev)
    resp = f("survey_respondents", "recipients", 212, "Опитування 212 отримувачів", unit_alt="persons")
    sat = f("satisfaction", "percent", 96, "96 % задоволені якістю послуг", alt=["share"])
    cpl = f("complaints", "complaints", 0, "Скарг від отримувачів не надходило.")
    act = f("staff_actual", "staff", 52, "У центрі працюють 52 працівники")
    sw = f("staff_actual", "staff", 36, "з них 36 соціальних робітників", label="соціальні робітники", parent=act)
    pos = f("staff_positions", "positions", 57.5, "за штату 57,5 одиниці")
    sp = f("budget_spent", "uah", 14200000, "Видатки на утримання центру у 2023 році склали 14,2 млн грн.")

    g.slip("internal_conflict", "error", "Послуги центру торік отримали 1 236 мешканців громади.", 1236, 1263,
           [lead, tot],
           "the news item's lead says 1 236 people got the centre's services in 2023, its body 1 263 (transposed digits); the body's breakdown by unit (318 + 705 + 46 + 194) gives 1 263",
           f"f{n(lead)} == f{n(tot)}")
    g.check("parts_sum", "у тому числі відділенням соціальної допомоги вдома – 318 осіб",
            "318 + 705 + 46 + 194 = 1 263", f"f{n(u1)} + f{n(u2)} + f{n(u3)} + f{n(u4)} == f{n(tot)}")
    g.check("percent_impossible", "Опитування 212 отримувачів показало: 96 % задоволені якістю послуг.",
            "96 % of 212 is reachable at 0 decimals (203 or 204 of 212)", f"grim_ok(f{n(sat)}, f{n(resp)}, 0)")
    g.check("parts_sum", "з них 36 соціальних робітників, за штату 57,5 одиниці",
            "36 ≤ 52 ≤ 57,5; 8 positive ≤ 27 families; 512 counselled ≤ 1 263",
            f"f{n(sw)} <= f{n(act)} <= f{n(pos)} and f{n(pos_o)} <= f{n(sup)} and f{n(con)} <= f{n(tot)}")

    g.skip("42400, смт Краснопілля, вул. Миру, 21 | тел. (05459) 0-71-33", [42400, 21, 5459, 7133],
           "page header: postcode, address, phone")
    g.skip("14.02.2024", [14, 2, 2024], "date of another news item")
    g.skip("Центр надання соціальних послуг оголошує набір на 3 посади соціального робітника у старостинських округах. Заробітна плата – від 8 600 грн, графік роботи з 8:00 до 17:00. Довідки за тел. (05459) 0-72-18.",
           [3, 8600, 8, 0, 17, 0, 5459, 7218], "vacancy item (another news): vacancies, salary, hours, phone")
    g.skip("12.02.2024", [12, 2, 2024], "publication date of the report item")
    g.skip("підбив підсумки роботи у 2023 році", [2023], "year")
    g.skip("(212 поїздок)", [212], "trips (no §3 id); not the 212 survey respondents")
    g.skip("У 2024 році центр планує відкрити відділення денного догляду в с. Миропілля на 15 місць.", [2024, 15],
           "plan")
    g.skip("09.02.2024", [9, 2, 2024], "date of another news item")
    g.skip("турнір з футзалу серед 8 команд громади, у якому взяли участь 96 спортсменів. У фіналі команда с. Угроїди перемогла з рахунком 3:1. Турнір присвячено 10-й річниці створення громади.",
           [8, 96, 3, 1, 10], "sports news: teams, participants, score, anniversary")
    g.skip("07.02.2024", [7, 2, 2024], "date of another news item")
    g.skip("Завершено поточний ремонт 2,7 км автомобільної дороги. Вартість робіт – 4,3 млн грн, із них 1,1 млн грн – кошти селищного бюджету. Гарантійний строк – 3 роки.",
           [2.7, 4300000, 1100000, 3], "road repair news: length, cost, guarantee")
    g.skip("05.02.2024", [5, 2, 2024], "date of another news item")
    g.skip("Від благодійного фонду надійшло 620 продуктових наборів, 150 обігрівачів та 40 генераторів. Допомогу розподілено між 14 старостинськими округами; першочергово її отримали 430 родин, які проживають у 5-кілометровій прикордонній зоні.",
           [620, 150, 40, 14, 430, 5], "humanitarian delivery by a charity (not the centre's report): items, districts, families, distance")
    g.skip("02.02.2024", [2, 2, 2024], "date of another news item")
    g.skip("У 2022 році таку компенсацію отримували 214 осіб, які доглядали 231 отримувача.", [2022, 214, 231],
           "another department's cash compensation, another year")
    g.note("a news LISTING page: only the ЦНСП item (12.02.2024) is the report; the other five items are other news and their figures are skipped, including the centre's own vacancy notice and the charity delivery")
    g.note("the linked item titles are not printed by the reader here; the report item's text names the centre and the year")
    g.note("«торік» in a post of February 2024 is 2023: the lead's 1 236 is a 2023 figure and conflicts with the body's 1 263 (planted internal_conflict)")
    g.note("oblast is not stated in what the reader prints (only the page furniture, dropped) → omitted")
    g.note("report_kind annual_report (a summary of the year's report); other accepted in meta_alt. published = the item's date")
    g.note("the four units partition the 1 263 (group); counselling 512 is a service across units (parent only)")
    g.note("«96 %» is a whole percent: value 96 (int)")
    g.write()


if __name__ == "__main__":
    main()
