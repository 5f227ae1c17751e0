"""b22_06: ТЦСО Кілійської міської ради (Одеська), information for 9 months of 2024, HTML (windows-1251).

Voice: a council web page (top bar, menu, breadcrumbs, date and view counter, sidebar, footer);
the body mixes prose with <ul> lists: recipients by service with percentages of the total,
home-care recipients by town/village («а саме:»), «1,2 млн грн», bare survey percentages.
Planted slips: none.
"""
from common import Gold, report_path, write_text

DOC = "b22_06_kiliia_tcso_9m2024.html"

BY_SERVICE = [("догляд вдома", "263 особи", "30,1", "home_care", 263, 30.1),
              ("денний догляд", "96 осіб", "11,0", "day_care", 96, 11.0),
              ("адресна натуральна допомога", "415 осіб", "47,5", "natural_aid", 415, 47.5),
              ("паліативний догляд", "7 осіб", "0,8", "palliative_care", 7, 0.8),
              ("консультування", "93 особи", "10,6", "counselling", 93, 10.6)]
BY_PLACE = [("м. Кілія", "151 особа", 151, "Кілія"), ("с. Шевченкове", "38", 38, "Шевченкове"),
            ("с. Фурманівка", "27", 27, "Фурманівка"), ("с. Василівка", "24", 24, "Василівка"),
            ("с. Дмитрівка", "23", 23, "Дмитрівка")]


def build(path):
    svc = "\n".join(f"<li>{a} – {b} ({c} %){';' if i < 4 else '.'}</li>" for i, (a, b, c, *_r) in enumerate(BY_SERVICE))
    plc = "\n".join(f"<li>{a} – {b}{';' if i < 4 else '.'}</li>" for i, (a, b, *_r) in enumerate(BY_PLACE))
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251" />
<title>Інформація про роботу терцентру за 9 місяців 2024 року - Кілійська міська рада</title></head>
<body>
<div class="top-bar">Кілійська міська рада Ізмаїльського району Одеської області | Приймальня: (04843) 0-31-52 | kiliia-rada@example.ua</div>
<div id="menu"><ul><li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/rada">Міська рада</a></li>
<li><a href="/vykonkom">Виконавчий комітет</a></li><li><a href="/social">Соціальний захист</a></li><li><a href="/docs">Документи</a></li></ul></div>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/social">Соціальний захист</a> » Територіальний центр</div>
<div class="content">
<h1>Інформація про роботу Територіального центру соціального обслуговування (надання соціальних послуг) Кілійської міської ради за 9 місяців 2024 року</h1>
<div class="post-meta">Опубліковано: 11.10.2024 | Переглядів: 248</div>
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Кілійської міської ради (далі – терцентр) надає соціальні послуги громадянам похилого віку, особам з інвалідністю, внутрішньо переміщеним особам та іншим вразливим категоріям населення громади. У складі терцентру – 4 відділення.</p>
<p>За 9 місяців 2024 року до терцентру надійшла 311 заява про надання соціальних послуг (з них 87 – від внутрішньо переміщених осіб); прийнято 298 рішень про надання послуг і 13 рішень про відмову.</p>
<p>Загалом соціальні послуги отримали 874 особи, з них:</p>
<ul>
{svc}
</ul>
<p>Серед отримувачів – 212 внутрішньо переміщених осіб (24,3 %) та 188 осіб з інвалідністю.</p>
<p>Послуга догляду вдома надається в місті та селах громади, а саме:</p>
<ul>
{plc}
</ul>
<p>Черга на отримання послуги догляду вдома – 14 осіб, переважно в селах, де бракує соціальних робітників.</p>
<p>Всього за звітний період надано 21 608 соціальних послуг, у тому числі догляд вдома – 17 342, денний догляд – 2 880, натуральна допомога – 1 221, паліативний догляд – 165.</p>
<p>У відділенні денного перебування організовано 42 культурно-масові та оздоровчі заходи, в яких взяли участь 517 осіб. Працює «Університет третього віку» (3 факультети).</p>
<p>Адресну натуральну допомогу (продуктові набори, засоби гігієни, ковдри, обігрівачі) отримали 415 осіб на загальну суму 1,2 млн грн за рахунок благодійних надходжень. Мобільна бригада здійснила 126 виїздів до маломобільних мешканців віддалених сіл.</p>
<p>У терцентрі працює 49 працівників (за штатом – 54 посади), з них 31 соціальний робітник.</p>
<p>У серпні 2024 року проведено опитування отримувачів послуг (64 особи): 92 % оцінили якість послуг на «добре», 8 % – на «задовільно». Надійшло 2 скарги щодо несвоєчасного приходу соціального робітника, обидві розглянуто, порушень не виявлено.</p>
<p>Касові видатки за загальним фондом за 9 місяців склали 9 864,7 тис. грн.</p>
<p><em>Територіальний центр соціального обслуговування (надання соціальних послуг) Кілійської міської ради</em></p>
</div>
<div class="sidebar"><h3>Контакти терцентру</h3><p>68303, м. Кілія, вул. Миру, 37</p><p>тел. (04843) 0-24-19</p>
<h3>Останні новини</h3><ul><li><a href="#">Сесія міської ради 24.10.2024</a></li><li><a href="#">Графік прийому громадян</a></li></ul></div>
<div class="footer">© 2016–2024 Кілійська міська рада. Усі права захищено.</div>
</body></html>
"""
    write_text(path, html, encoding="cp1251")


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Кілійської міської ради",
        "centre_type": "tcso",
        "settlement": "Кілія",
        "oblast": "Одеська",
        "report_kind": "period_report",
        "period_start": "2024-01-01",
        "period_end": "2024-09-30",
        "published": "2024-10-11",
    })
    f = g.f
    ap = f("applied", "applications", 311, "до терцентру надійшла 311 заява про надання соціальних послуг")
    api = f("applied", "applications", 87, "з них 87 – від внутрішньо переміщених осіб", category="внутрішньо переміщені особи",
            parent=ap)
    tot = f("served", "persons", 874, "Загалом соціальні послуги отримали 874 особи")
    sid = {}
    for i, (a, b, c, s, v, p) in enumerate(BY_SERVICE):
        sid[s] = f("served", "persons", v, f"{a} – {b} ({c} %)", percent=p, service=s, group="served_874_by_service",
                   parent=tot)
    idp = f("served", "persons", 212, "212 внутрішньо переміщених осіб (24,3 %)", percent=24.3,
            category="внутрішньо переміщені особи", parent=tot)
    dis = f("served", "persons", 188, "188 осіб з інвалідністю", category="особи з інвалідністю", parent=tot)
    pid = []
    for a, b, v, d in BY_PLACE:
        pid.append(f("served", "persons", v, f"{a} – {b}", service="home_care", district=d,
                     group="home_care_263_by_place", parent=sid["home_care"]))
    sv = f("services_provided", "services", 21608, "надано 21 608 соціальних послуг")
    sg = "services_21608_by_service"
    s1 = f("services_provided", "services", 17342, "догляд вдома – 17 342", service="home_care", group=sg, parent=sv)
    s2 = f("services_provided", "services", 2880, "денний догляд – 2 880", service="day_care", group=sg, parent=sv)
    s3 = f("services_provided", "services", 1221, "натуральна допомога – 1 221", service="natural_aid", group=sg, parent=sv)
    s4 = f("services_provided", "services", 165, "паліативний догляд – 165", service="palliative_care", group=sg, parent=sv)
    ev = f("events", "events", 42, "організовано 42 культурно-масові та оздоровчі заходи")
    ep = f("event_participants", "persons", 517, "в яких взяли участь 517 осіб", parent=ev)
    na = f("served", "persons", 415, "отримали 415 осіб на загальну суму 1,2 млн грн", service="natural_aid")
    av = f("aid_value", "uah", 1200000, "на загальну суму 1,2 млн грн", label="адресна натуральна допомога (благодійні надходження)")
    sa = f("staff_actual", "staff", 49, "У терцентрі працює 49 працівників")
    sp = f("staff_positions", "positions", 54, "за штатом – 54 посади")
    sw = f("staff_actual", "staff", 31, "з них 31 соціальний робітник", label="соціальні робітники", parent=sa)
    sr = f("survey_respondents", "persons", 64, "проведено опитування отримувачів послуг (64 особи)")
    s_good = f("satisfaction", "percent", 92, "92 % оцінили якість послуг на «добре»", alt=["share"],
               label="оцінили якість послуг на «добре»")
    s_ok = f("share", "percent", 8, "8 % – на «задовільно»", alt=["satisfaction"], label="оцінили якість послуг на «задовільно»")
    cp = f("complaints", "complaints", 2, "Надійшло 2 скарги")
    bs = f("budget_spent", "uah", 9864700, "Касові видатки за загальним фондом за 9 місяців склали 9 864,7 тис. грн",
           label="загальний фонд")

    ids = list(sid.values())
    g.check("parts_sum", "Загалом соціальні послуги отримали 874 особи, з них:", "263 + 96 + 415 + 7 + 93 = 874",
            " + ".join(ids) + f" == {tot}")
    g.check("percent_mismatch", "догляд вдома – 263 особи (30,1 %)",
            "each percentage matches its count of 874 (30,09; 10,98; 47,48; 0,80; 10,64)",
            "all([" + ", ".join(f"pct_ok(p{x[1:]}, {x}, {tot}, 1)" for x in ids) + "])")
    g.check("percents_sum", "консультування – 93 особи (10,6 %)", "30,1 + 11,0 + 47,5 + 0,8 + 10,6 = 100,0",
            "psum_ok([" + ", ".join(f"p{x[1:]}" for x in ids) + "], 1)")
    g.check("percent_mismatch", "212 внутрішньо переміщених осіб (24,3 %)", "212 / 874 = 24,26 % → 24,3; 188 ≤ 874",
            f"pct_ok(p{idp[1:]}, {idp}, {tot}, 1) and {dis} <= {tot}")
    g.check("parts_sum", "Послуга догляду вдома надається в місті та селах громади, а саме:",
            "151 + 38 + 27 + 24 + 23 = 263", " + ".join(pid) + f" == {sid['home_care']}")
    g.check("parts_sum", "надано 21 608 соціальних послуг, у тому числі", "17 342 + 2 880 + 1 221 + 165 = 21 608",
            f"{s1} + {s2} + {s3} + {s4} == {sv}")
    g.check("parts_sum", "прийнято 298 рішень про надання послуг і 13 рішень про відмову",
            "298 + 13 decisions = 311 applications; 87 from IDPs ≤ 311", f"298 + 13 == {ap} and {api} <= {ap}")
    g.check("internal_conflict", "отримали 415 осіб на загальну суму 1,2 млн грн",
            "415 natural-aid recipients, as in the list by service", f"{na} == {sid['natural_aid']}")
    g.check("parts_sum", "У терцентрі працює 49 працівників (за штатом – 54 посади), з них 31 соціальний робітник",
            "31 ≤ 49 ≤ 54", f"{sw} <= {sa} <= {sp}")
    g.check("percents_sum", "92 % оцінили якість послуг на «добре», 8 % – на «задовільно»",
            "92 + 8 = 100; both reachable with 64 respondents (59 and 5 of 64)",
            f"psum_ok([{s_good}, {s_ok}], 0) and grim_ok({s_good}, {sr}, 0) and grim_ok({s_ok}, {sr}, 0)")

    g.skip("Приймальня: (04843) 0-31-52", [4843, 31, 52], "phone in the top bar")
    g.skip("за 9 місяців 2024 року", [9, 2024], "period")
    g.skip("Опубліковано: 11.10.2024 | Переглядів: 248", [11, 10, 2024, 248], "publication date, view counter")
    g.skip("У складі терцентру – 4 відділення.", [4], "number of departments")
    g.skip("прийнято 298 рішень про надання послуг і 13 рішень про відмову", [298, 13],
           "decisions; no §3 id (used as literals)")
    g.skip("Черга на отримання послуги догляду вдома – 14 осіб", [14], "waiting list")
    g.skip("Працює «Університет третього віку» (3 факультети).", [3], "faculties; no §3 id")
    g.skip("Мобільна бригада здійснила 126 виїздів", [126], "trips; no §3 id")
    g.skip("У серпні 2024 року", [2024], "survey month")
    g.skip("Кілійська міська рада Ізмаїльського району Одеської області", [], "page header (oblast stated here)")

    g.note("recipients by service carry the percentage written next to each count (of the 874 total); IDP and disability "
           "are overlapping categories (parent only)")
    g.note("home care by place: the town/village goes to `district`; the five places are a partition of the 263")
    g.note("the 415 natural-aid recipients are written twice (list by service and the natural-aid paragraph): two facts")
    g.note("survey: «92 % оцінили якість послуг на «добре»» → satisfaction (alt share), «8 % – на «задовільно»» → share "
           "(alt satisfaction); the page's sidebar and footer are dropped by the reader, the top bar is kept")
    g.note("no planted slip: everything adds up")
    g.write()


if __name__ == "__main__":
    build(report_path(DOC))
    gold()
