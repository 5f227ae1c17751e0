"""b31_03: КУ «Центр надання соціальних послуг» Іванківської селищної ради (Київська), information on
9 months of 2024 for a council session, published as a news page of the council site.
HTML in windows-1251 with header, menu, breadcrumbs, sidebar and footer; third-person voice.
Planted slip: parts_sum (19 families completed support = 12 + 4 + 2 = 18)."""
from common import Gold, report_path, write_text

DOC = "b31_03_ivankiv_cnsp_9m2024.html"

H1 = ("Інформація про роботу КУ «Центр надання соціальних послуг» Іванківської селищної ради за 9 місяців "
      "2024 року")
META = "14.10.2024 | Відділ соціального захисту | Переглядів: 213"
P = [
    ("Комунальна установа «Центр надання соціальних послуг» Іванківської селищної ради Вишгородського району "
     "Київської області (далі – Центр) утворена рішенням 12 сесії VIII скликання від 24.06.2021 № 618-12-VIII. "
     "Інформація підготовлена до розгляду на пленарному засіданні сесії селищної ради 24 жовтня 2024 року."),
    ("У громаді, яка об'єднує 53 населені пункти, проживає 28,4 тис. осіб, з них на обліку перебуває 6 910 "
     "внутрішньо переміщених осіб."),
    ("Станом на 30.09.2024 у Центрі працює 48 працівників при штатній чисельності 52,5 посади. "
     "За 9 місяців 2024 року до Центру звернулися 968 осіб, з них 341 – внутрішньо переміщені особи."),
    "Соціальні послуги за звітний період отримали 886 осіб, зокрема:",
]
LI = [
    "догляд вдома – 152 особи;",
    "денний догляд – 23 особи;",
    "натуральна допомога – 407 осіб;",
    "консультування – 236 осіб;",
    "соціальна адаптація – 51 особа;",
    "представництво інтересів – 17 осіб.",
]
P2 = [
    ("Натуральну допомогу (продуктові набори, засоби гігієни, побутова хімія) 407 отримувачам видано на загальну "
     "суму 1 124,6 тис. грн, усього 2 035 наборів. Допомогу надано за сприяння благодійних фондів."),
    ("Соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах, здійснювався щодо 41 сім'ї, "
     "у яких виховується 97 дітей. Протягом звітного періоду взято під супровід 23 сім'ї. Завершено надання послуги "
     "соціального супроводу 19 сім'ям: з позитивним результатом – 12, у зв'язку з переїздом – 4, через відмову від "
     "послуги – 2. На 01.10.2024 під супроводом залишаються 22 сім'ї."),
    ("Фахівцями мобільної бригади соціально-психологічної допомоги особам, які постраждали від домашнього насильства "
     "та/або насильства за ознакою статі, здійснено 164 виїзди, надано 438 послуг 71 особі."),
    ("Центром проведено 11 групових заходів (інформаційні зустрічі, групи взаємопідтримки для ВПО), у яких взяли "
     "участь 287 осіб. Скарг на роботу Центру не надходило."),
    ("Видатки загального фонду на утримання Центру за 9 місяців склали 11 873,2 тис. грн, або 71,4 % від річних "
     "призначень (16 629,1 тис. грн)."),
    ("До кінця року Центр планує розширити послугу денного догляду ще на 10 осіб та укомплектувати 4 вакантні "
     "посади. Контактний телефон Центру: (04591) 0-52-36."),
]

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Інформація про роботу ЦНСП за 9 місяців 2024 року | Іванківська селищна рада</title>
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<header class="site-header">
 <div class="logo"><a href="/"><img src="/img/gerb.png" alt="Герб"> Іванківська селищна рада</a></div>
 <div class="header-contacts">07201, смт Іванків, вул. Шевченка, 11 &middot; тел. (04591) 0-51-17 &middot; ЄДРПОУ 04359000</div>
 <form class="search" action="/search"><input type="text" name="q" placeholder="Пошук"></form>
</header>
<nav class="main-menu">
 <ul>
  <li><a href="/">Головна</a></li>
  <li><a href="/hromada">Громада</a></li>
  <li><a href="/rada">Селищна рада</a></li>
  <li><a href="/soc">Соціальний захист</a></li>
  <li><a href="/docs">Документи</a></li>
  <li><a href="/contacts">Контакти</a></li>
 </ul>
</nav>
<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/soc">Соціальний захист</a> &raquo; <a href="/soc/cnsp">Центр надання соціальних послуг</a> &raquo; Інформація за 9 місяців 2024 року</div>
<div class="wrapper">
<main class="content">
<article class="post">
<h1>{h1}</h1>
<div class="post-meta">{meta}</div>
{paras}
<ul>
{lis}
</ul>
{paras2}
<div class="post-tags">Теги: <a href="/tag/cnsp">ЦНСП</a>, <a href="/tag/sesiya">сесія</a></div>
</article>
</main>
<aside class="sidebar">
 <div class="widget"><h3>Прийом громадян</h3><p>Селищний голова: щочетверга 10.00–13.00</p><p>Телефон довіри: 0-800-50-00-00</p></div>
 <div class="widget"><h3>Останні новини</h3>
  <ul><li><a href="/news/1201">Засідання виконавчого комітету 17.10.2024</a></li>
  <li><a href="/news/1198">Графік відключень електроенергії на 15.10.2024</a></li>
  <li><a href="/news/1190">Оголошено конкурс на посаду фахівця із соціальної роботи</a></li></ul></div>
 <div class="widget"><h3>Календар</h3><p>Жовтень 2024</p></div>
</aside>
</div>
<footer class="site-footer">
 <p>&copy; 2017–2024 Іванківська селищна рада. Усі права захищено.</p>
 <p>Використання матеріалів сайту можливе за умови посилання на джерело.</p>
</footer>
</body>
</html>
"""


def main():
    html = HTML.format(h1=H1, meta=META,
                       paras="\n".join(f"<p>{x}</p>" for x in P),
                       lis="\n".join(f" <li>{x}</li>" for x in LI),
                       paras2="\n".join(f"<p>{x}</p>" for x in P2))
    path = report_path(DOC)
    write_text(path, html, encoding="cp1251")
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Іванківської селищної ради",
        "centre_type": "cnsp",
        "settlement": "Іванків",
        "oblast": "Київська",
        "report_kind": "period_report",
        "period_start": "2024-01-01",
        "period_end": "2024-09-30",
        "published": "2024-10-14",
    }, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Іванківської селищної ради",
                            "КУ «Центр надання соціальних послуг» Іванківської селищної ради",
                            "Комунальна установа «Центр надання соціальних послуг» Іванківської селищної ради "
                            "Вишгородського району Київської області"]})
    f = g.f
    n = lambda x: x[1:]
    act = f("staff_actual", "staff", 48, "у Центрі працює 48 працівників")
    pos = f("staff_positions", "positions", 52.5, "при штатній чисельності 52,5 посади")
    app = f("applied", "persons", 968, "до Центру звернулися 968 осіб")
    app_idp = f("applied", "persons", 341, "з них 341 – внутрішньо переміщені особи",
                category="внутрішньо переміщені особи", parent=app)
    srv = f("served", "persons", 886, "Соціальні послуги за звітний період отримали 886 осіб")
    grp = "served_886_by_service"
    parts = []
    for li, svc, v in zip(LI, ["home_care", "day_care", "natural_aid", "counselling", "social_adaptation",
                               "representation"], [152, 23, 407, 236, 51, 17]):
        parts.append(f("served", "persons", v, li.rstrip(";."), service=svc, group=grp, parent=srv))
    na = f("served", "recipients", 407, "407 отримувачам видано", service="natural_aid", unit_alt="persons")
    aid = f("aid_value", "uah", 1124600, "на загальну суму 1 124,6 тис. грн",
            label="натуральна допомога (продуктові набори, засоби гігієни, побутова хімія)")
    sup = f("served", "families", 41, "здійснювався щодо 41 сім'ї", service="social_support_sjo",
            alt=["support_ongoing"])
    kids = f("served", "children", 97, "у яких виховується 97 дітей", service="social_support_sjo",
             alt=["support_ongoing"], parent=sup)
    st = f("support_started", "families", 23, "взято під супровід 23 сім'ї", service="social_support_sjo",
           parent=sup)
    done = f("support_completed", "families", 19,
             "Завершено надання послуги соціального супроводу 19 сім'ям", service="social_support_sjo", parent=sup)
    grp = "completed_19_by_outcome"
    o1 = f("outcome_positive", "families", 12, "з позитивним результатом – 12", service="social_support_sjo",
           group=grp, parent=done)
    o2 = f("outcome_other", "families", 4, "у зв'язку з переїздом – 4", service="social_support_sjo",
           label="у зв'язку з переїздом", group=grp, parent=done)
    o3 = f("outcome_other", "families", 2, "через відмову від послуги – 2", service="social_support_sjo",
           label="відмова від послуги", alt=["outcome_negative"], group=grp, parent=done)
    cont = f("support_ongoing", "families", 22, "під супроводом залишаються 22 сім'ї", service="social_support_sjo",
             parent=sup)
    mb_sp = f("services_provided", "services", 438, "надано 438 послуг 71 особі",
              label="мобільна бригада соціально-психологічної допомоги")
    mb = f("served", "persons", 71, "надано 438 послуг 71 особі",
           label="мобільна бригада соціально-психологічної допомоги")
    ev = f("events", "events", 11, "Центром проведено 11 групових заходів")
    evp = f("event_participants", "persons", 287, "у яких взяли участь 287 осіб", parent=ev)
    comp = f("complaints", "complaints", 0, "Скарг на роботу Центру не надходило.")
    spent = f("budget_spent", "uah", 11873200, "Видатки загального фонду на утримання Центру за 9 місяців склали "
              "11 873,2 тис. грн, або 71,4 %", percent=71.4, label="загальний фонд")
    appr = f("budget_approved", "uah", 16629100, "річних призначень (16 629,1 тис. грн)",
             label="загальний фонд, річні призначення")

    g.check("parts_sum", "Соціальні послуги за звітний період отримали 886 осіб, зокрема:",
            "152 + 23 + 407 + 236 + 51 + 17 = 886", " + ".join(f"f{n(x)}" for x in parts) + f" == f{n(srv)}")
    g.check("parts_sum", "з них 341 – внутрішньо переміщені особи", "341 ≤ 968; 886 served ≤ 968 applied",
            f"f{n(app_idp)} <= f{n(app)} and f{n(srv)} <= f{n(app)}")
    g.check("internal_conflict", "407 отримувачам видано", "407 natural-aid recipients in the list and in the prose",
            f"f{n(na)} == f{n(parts[2])}")
    g.check("parts_sum", "На 01.10.2024 під супроводом залишаються 22 сім'ї",
            "41 under support − 19 completed = 22 remaining; 23 taken ≤ 41",
            f"f{n(sup)} - f{n(done)} == f{n(cont)} and f{n(st)} <= f{n(sup)}")
    g.check("percent_mismatch", "11 873,2 тис. грн, або 71,4 % від річних призначень (16 629,1 тис. грн)",
            "11 873,2 / 16 629,1 = 71,40 % → 71,4", f"pct_ok(p{n(spent)}, f{n(spent)}, f{n(appr)}, 1)")
    g.check("parts_sum", "у Центрі працює 48 працівників при штатній чисельності 52,5 посади", "48 ≤ 52,5",
            f"f{n(act)} <= f{n(pos)}")
    g.slip("parts_sum", "error",
           "Завершено надання послуги соціального супроводу 19 сім'ям: з позитивним результатом – 12, у зв'язку з "
           "переїздом – 4, через відмову від послуги – 2.", 18, 19, [done, o1, o2, o3],
           "the outcomes after the colon (12 + 4 + 2 = 18) are one short of the 19 families completed. "
           "41 − 19 = 22 remaining holds, so the missing family is in the breakdown.",
           f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(done)}")

    g.skip(META, [14, 10, 2024, 213], "publication date, view counter")
    g.skip("за 9 місяців 2024 року", [9, 2024], "period")
    g.skip("рішенням 12 сесії VIII скликання від 24.06.2021 № 618-12-VIII", [12, 24, 6, 2021, 618],
           "session and decision numbers, date")
    g.skip("24 жовтня 2024 року", [24, 2024], "session date")
    g.skip("У громаді, яка об'єднує 53 населені пункти, проживає 28,4 тис. осіб, з них на обліку перебуває 6 910 "
           "внутрішньо переміщених осіб.", [53, 28400, 6910], "settlement count, population, registered IDP population")
    g.skip("Станом на 30.09.2024", [30, 9, 2024], "date")
    g.skip("усього 2 035 наборів", [2035], "items (sets)")
    g.skip("здійснено 164 виїзди", [164], "trips of the mobile brigade: no §3 id")
    g.skip("До кінця року Центр планує розширити послугу денного догляду ще на 10 осіб та укомплектувати 4 вакантні "
           "посади.", [10, 4], "plan, vacancies")
    g.skip("(04591) 0-52-36", [4591, 5236], "phone")
    g.note("council-site page in windows-1251; header (address, phone, ЄДРПОУ), menu, breadcrumbs, sidebar (news "
           "dates, phone) and footer are outside the article; the reader prints the article only")
    g.note("published: the post date 14.10.2024")
    g.note("«через відмову від послуги» → outcome_other with label (alt outcome_negative)")
    g.note("the mobile brigade's 438 services to 71 persons are not a part of the 886 list (the list gives no "
           "service for them): services_provided and served with a label, no parent")
    g.note("«11 873,2 тис. грн, або 71,4 %» → budget_spent with percent 71,4 of the annual approval")
    g.write()


if __name__ == "__main__":
    main()
