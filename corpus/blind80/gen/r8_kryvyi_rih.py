"""b80_08: Криворізький міський центр соціальних служб (Дніпропетровська), information on 2024.
The page of the site's «версія для людей з порушеннями зору», saved as is: header, menu, body and table all in
CAPITAL LETTERS. UTF-8 HTML. Planted slip: percent_impossible — «СІМЕЙ ВПО – 87 (27,5 %)» of 318: no whole
number of 318 gives 27,5 % (87 → 27,36 %, 88 → 27,67 %); recorded also as percent_mismatch (same slip)."""
from common import Gold, report_path, write_text

DOC = "b80_08_kryvyi_rih_css_annual2024.html"

ROWS = [
    ("1", "ДОВГИНЦІВСЬКИЙ", "412", "389", "1 906"),
    ("2", "ІНГУЛЕЦЬКИЙ", "198", "201", "877"),
    ("3", "МЕТАЛУРГІЙНИЙ", "356", "318", "1 544"),
    ("4", "ПОКРОВСЬКИЙ", "467", "452", "2 118"),
    ("5", "САКСАГАНСЬКИЙ", "521", "488", "2 460"),
    ("6", "ТЕРНІВСЬКИЙ", "289", "297", "1 203"),
    ("7", "ЦЕНТРАЛЬНО-МІСЬКИЙ", "243", "226", "1 092"),
]
TOTAL = ("", "ВСЬОГО", "2 486", "2 371", "11 200")


def table():
    out = ['<table class="tbl" border="1">',
           "<tr><th>№</th><th>РАЙОН МІСТА</th><th>СІМЕЙ/ОСІБ</th><th>У НИХ ДІТЕЙ</th><th>НАДАНО ПОСЛУГ</th></tr>"]
    for r in ROWS + [TOTAL]:
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>ІНФОРМАЦІЯ ПРО РОБОТУ ЦЕНТРУ ЗА 2024 РІК — КРИВОРІЗЬКИЙ МІСЬКИЙ ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ</title>
<style>body{font-size:22px;background:#000;color:#ff0;text-transform:uppercase}</style>
</head>
<body class="blind-version">
<header>
<div class="a11y-bar">ВЕРСІЯ ДЛЯ ЛЮДЕЙ З ПОРУШЕННЯМИ ЗОРУ | <a href="?normal=1">ЗВИЧАЙНА ВЕРСІЯ</a> | РОЗМІР ШРИФТУ: A A A</div>
<div class="site-title">КРИВОРІЗЬКИЙ МІСЬКИЙ ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ</div>
<div class="site-contacts">50002, М. КРИВИЙ РІГ, ВУЛ. СВЯТОМИКОЛАЇВСЬКА, 31 · ТЕЛ. (0564) 0-90-21-57</div>
</header>
<nav><ul><li>ГОЛОВНА</li><li>ПРО ЦЕНТР</li><li>ПОСЛУГИ</li><li>ЗВІТИ</li><li>НОВИНИ</li><li>КОНТАКТИ</li></ul></nav>
<div class="breadcrumbs">ГОЛОВНА › ЗВІТИ › 2024</div>
<main>
<article>
<h1>ІНФОРМАЦІЯ ПРО РОБОТУ КРИВОРІЗЬКОГО МІСЬКОГО ЦЕНТРУ СОЦІАЛЬНИХ СЛУЖБ ЗА 2024 РІК</h1>
<p class="meta">ОПУБЛІКОВАНО 28.01.2025 | ПЕРЕГЛЯДІВ: 1 208</p>
<p>КРИВОРІЗЬКИЙ МІСЬКИЙ ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ДНІПРОПЕТРОВСЬКОЇ ОБЛАСТІ (ДАЛІ – ЦЕНТР) ПРАЦЮЄ У МІСТІ З НАСЕЛЕННЯМ ПОНАД 600 ТИС. ОСІБ; ВІДДІЛИ ЦЕНТРУ ДІЮТЬ У ВСІХ 7 РАЙОНАХ МІСТА. СТРУКТУРУ ЦЕНТРУ ЗАТВЕРДЖЕНО РІШЕННЯМ ВИКОНКОМУ МІСЬКОЇ РАДИ ВІД 13.03.2024 № 287.</p>
<p>ЗА 2024 РІК ЦЕНТРОМ ОХОПЛЕНО СОЦІАЛЬНИМИ ПОСЛУГАМИ 2 486 СІМЕЙ/ОСІБ, В ЯКИХ ВИХОВУЄТЬСЯ 2 371 ДИТИНА (У 2023 РОЦІ – 2 301 СІМ’Я/ОСОБА). ВСЬОГО НАДАНО 11 200 ПОСЛУГ.</p>
<p>ДО ЦЕНТРУ НАДІЙШЛО 1 137 ПОВІДОМЛЕНЬ ПРО СІМ’Ї, ЯКІ МОЖУТЬ ПЕРЕБУВАТИ У СКЛАДНИХ ЖИТТЄВИХ ОБСТАВИНАХ. ОЦІНКУ ПОТРЕБ ПРОВЕДЕНО 1 094 СІМ’ЯМ, СКЛАДНІ ЖИТТЄВІ ОБСТАВИНИ ВИЯВЛЕНО У 436 СІМЕЙ.</p>
<p>ПІД СОЦІАЛЬНИМ СУПРОВОДОМ ПЕРЕБУВАЛО 318 СІМЕЙ, В ЯКИХ ВИХОВУЄТЬСЯ 611 ДІТЕЙ, З НИХ СІМЕЙ ВПО – 87 (27,5 %).</p>
<p>ЗАВЕРШЕНО СУПРОВІД 146 СІМЕЙ: З ПОДОЛАННЯМ СЖО – 98 (67,1 %), З МІНІМІЗАЦІЄЮ СЖО – 35 (24,0 %), БЕЗ РЕЗУЛЬТАТУ – 13 (8,9 %).</p>
<p>СОЦІАЛЬНЕ СУПРОВОДЖЕННЯ ОТРИМУВАЛИ 55 ПРИЙОМНИХ СІМЕЙ ТА ДИТЯЧИХ БУДИНКІВ СІМЕЙНОГО ТИПУ, ДЕ ВИХОВУЄТЬСЯ 163 ДИТИНИ.</p>
<p>НА «ГАРЯЧУ ЛІНІЮ» ЦЕНТРУ НАДІЙШЛО 2 304 ДЗВІНКИ (ТЕЛ. (0564) 0-92-14-38, ПН–ПТ З 8:00 ДО 17:00).</p>
<p>ПРОВЕДЕНО 186 ГРУПОВИХ ЗАХОДІВ (ТРЕНІНГИ, КЛУБИ БАТЬКІВ, ЗАНЯТТЯ ДЛЯ ПІДЛІТКІВ 14–17 РОКІВ), ЯКИМИ ОХОПЛЕНО 3 912 ОСІБ.</p>
<p>ШТАТНА ЧИСЕЛЬНІСТЬ ЦЕНТРУ – 94 ПОСАДИ, ФАКТИЧНО ПРАЦЮЄ 81 ПРАЦІВНИК, ВАКАНТНИХ ПОСАД – 13.</p>
<p>ТАБЛИЦЯ 1. ОХОПЛЕННЯ СОЦІАЛЬНИМИ ПОСЛУГАМИ ЗА РАЙОНАМИ МІСТА У 2024 РОЦІ</p>
""" + table() + """
<p>У ЗВІТНОМУ РОЦІ ЦЕНТР СПІВПРАЦЮВАВ З 12 ГРОМАДСЬКИМИ ТА МІЖНАРОДНИМИ ОРГАНІЗАЦІЯМИ; СІМ’Ї З ДІТЬМИ ДО 3 РОКІВ ПЕРЕНАПРАВЛЯЛИСЯ ДО ПАРТНЕРІВ ДЛЯ ОТРИМАННЯ ДИТЯЧОГО ХАРЧУВАННЯ.</p>
<p>АДРЕСА ЦЕНТРУ: 50002, М. КРИВИЙ РІГ, ВУЛ. СВЯТОМИКОЛАЇВСЬКА, 31, КАБ. 105. КОД ЗА ЄДРПОУ 35712946.</p>
<p>У 2025 РОЦІ ЦЕНТР ПЛАНУЄ ВІДКРИТИ 2 КІМНАТИ ПСИХОЛОГІЧНОГО РОЗВАНТАЖЕННЯ ТА ОХОПИТИ СУПРОВОДОМ НЕ МЕНШЕ 350 СІМЕЙ.</p>
</article>
</main>
<aside><p>КОРИСНІ ПОСИЛАННЯ</p><p>НАЦІОНАЛЬНА ГАРЯЧА ЛІНІЯ 116 123</p></aside>
<footer>© 2025 КРИВОРІЗЬКИЙ МІСЬКИЙ ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ. ВСІ ПРАВА ЗАХИЩЕНО.</footer>
</body>
</html>
"""

DIST = {"ДОВГИНЦІВСЬКИЙ": "Довгинцівський", "ІНГУЛЕЦЬКИЙ": "Інгулецький", "МЕТАЛУРГІЙНИЙ": "Металургійний",
        "ПОКРОВСЬКИЙ": "Покровський", "САКСАГАНСЬКИЙ": "Саксаганський", "ТЕРНІВСЬКИЙ": "Тернівський",
        "ЦЕНТРАЛЬНО-МІСЬКИЙ": "Центрально-Міський"}


def build():
    write_text(report_path(DOC), HTML)


def n(s):
    return int(s.replace(" ", ""))


def gold():
    g = Gold(DOC, {
        "centre": "Криворізький міський центр соціальних служб",
        "centre_type": "css", "settlement": "Кривий Ріг", "oblast": "Дніпропетровська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
        "published": "2025-01-28"})
    f = g.f
    p1 = f("served", "families_persons", 2486, "ЦЕНТРОМ ОХОПЛЕНО СОЦІАЛЬНИМИ ПОСЛУГАМИ 2 486 СІМЕЙ/ОСІБ")
    p2 = f("served", "children", 2371, "В ЯКИХ ВИХОВУЄТЬСЯ 2 371 ДИТИНА", parent=p1)
    p3 = f("services_provided", "services", 11200, "ВСЬОГО НАДАНО 11 200 ПОСЛУГ")
    no = f("notified", "families", 1137, "ДО ЦЕНТРУ НАДІЙШЛО 1 137 ПОВІДОМЛЕНЬ ПРО СІМ’Ї")
    na = f("needs_assessed", "families", 1094, "ОЦІНКУ ПОТРЕБ ПРОВЕДЕНО 1 094 СІМ’ЯМ", parent=no)
    dc = f("in_difficult_circumstances", "families", 436, "СКЛАДНІ ЖИТТЄВІ ОБСТАВИНИ ВИЯВЛЕНО У 436 СІМЕЙ", parent=na)
    su = f("served", "families", 318, "ПІД СОЦІАЛЬНИМ СУПРОВОДОМ ПЕРЕБУВАЛО 318 СІМЕЙ", service="social_support_sjo",
           alt=["support_ongoing"])
    sc = f("served", "children", 611, "В ЯКИХ ВИХОВУЄТЬСЯ 611 ДІТЕЙ", service="social_support_sjo",
           alt=["support_ongoing"], parent=su)
    sv = f("served", "families", 87, "З НИХ СІМЕЙ ВПО – 87 (27,5 %)", percent=27.5, service="social_support_sjo",
           category="внутрішньо переміщені особи", parent=su)
    sd = f("support_completed", "families", 146, "ЗАВЕРШЕНО СУПРОВІД 146 СІМЕЙ", service="social_support_sjo", parent=su)
    o1 = f("outcome_positive", "families", 98, "З ПОДОЛАННЯМ СЖО – 98 (67,1 %)", percent=67.1,
           service="social_support_sjo", parent=sd, group="completed_146_by_outcome")
    o2 = f("outcome_minimized", "families", 35, "З МІНІМІЗАЦІЄЮ СЖО – 35 (24,0 %)", percent=24.0,
           service="social_support_sjo", parent=sd, group="completed_146_by_outcome")
    o3 = f("outcome_negative", "families", 13, "БЕЗ РЕЗУЛЬТАТУ – 13 (8,9 %)", percent=8.9,
           service="social_support_sjo", parent=sd, group="completed_146_by_outcome")
    fo = f("served", "families", 55, "СОЦІАЛЬНЕ СУПРОВОДЖЕННЯ ОТРИМУВАЛИ 55 ПРИЙОМНИХ СІМЕЙ ТА ДИТЯЧИХ БУДИНКІВ СІМЕЙНОГО ТИПУ",
           service="social_support_foster")
    fc = f("served", "children", 163, "ДЕ ВИХОВУЄТЬСЯ 163 ДИТИНИ", service="social_support_foster", parent=fo)
    cl = f("calls", "calls", 2304, "НА «ГАРЯЧУ ЛІНІЮ» ЦЕНТРУ НАДІЙШЛО 2 304 ДЗВІНКИ")
    ev = f("events", "events", 186, "ПРОВЕДЕНО 186 ГРУПОВИХ ЗАХОДІВ")
    ep = f("event_participants", "persons", 3912, "ЯКИМИ ОХОПЛЕНО 3 912 ОСІБ", parent=ev)
    s1 = f("staff_positions", "positions", 94, "ШТАТНА ЧИСЕЛЬНІСТЬ ЦЕНТРУ – 94 ПОСАДИ")
    s2 = f("staff_actual", "staff", 81, "ФАКТИЧНО ПРАЦЮЄ 81 ПРАЦІВНИК")
    tq = "\t".join(TOTAL[1:])
    TF = f("served", "families_persons", n(TOTAL[2]), tq, label="таблиця 1, ВСЬОГО")
    TC = f("served", "children", n(TOTAL[3]), tq, label="таблиця 1, ВСЬОГО", parent=TF)
    TS = f("services_provided", "services", n(TOTAL[4]), tq, label="таблиця 1, ВСЬОГО")
    rf, rc, rs = [], [], []
    for num, d, a, b, c in ROWS:
        q = "\t".join((num, d, a, b, c))
        rf.append(f("served", "families_persons", n(a), q, district=DIST[d], parent=TF, group="table1_families_persons"))
        rc.append(f("served", "children", n(b), q, district=DIST[d], parent=TC, group="table1_children"))
        rs.append(f("services_provided", "services", n(c), q, district=DIST[d], parent=TS, group="table1_services"))

    g.slip("percent_impossible", "error", "З НИХ СІМЕЙ ВПО – 87 (27,5 %)", 27.5, 27.4, [sv, su],
           "with 318 families no whole count gives 27,5 % under any rounding (87 → 27,36 %, 88 → 27,67 %)",
           f"grim_ok(p{sv[1:]}, {su}, 1)")
    g.slip("percent_mismatch", "error", "З НИХ СІМЕЙ ВПО – 87 (27,5 %)", 27.5, 27.4, [sv, su],
           "87 of 318 is 27,4 %, not 27,5 %", f"pct_ok(p{sv[1:]}, {sv}, {su}, 1)")
    g.check("parts_sum", "ЗАВЕРШЕНО СУПРОВІД 146 СІМЕЙ: З ПОДОЛАННЯМ СЖО – 98", "98 + 35 + 13 = 146 ≤ 318",
            f"{o1} + {o2} + {o3} == {sd} and {sd} <= {su}")
    g.check("percent_mismatch", "З ПОДОЛАННЯМ СЖО – 98 (67,1 %)", "98/146 = 67,1; 35/146 = 24,0; 13/146 = 8,9",
            f"pct_ok(p{o1[1:]}, {o1}, {sd}, 1) and pct_ok(p{o2[1:]}, {o2}, {sd}, 1) and pct_ok(p{o3[1:]}, {o3}, {sd}, 1)")
    g.check("percents_sum", "З ПОДОЛАННЯМ СЖО – 98 (67,1 %), З МІНІМІЗАЦІЄЮ СЖО – 35 (24,0 %), БЕЗ РЕЗУЛЬТАТУ – 13 (8,9 %)",
            "67,1 + 24,0 + 8,9 = 100,0", f"psum_ok([p{o1[1:]}, p{o2[1:]}, p{o3[1:]}], 1)")
    g.check("parts_sum", "ОЦІНКУ ПОТРЕБ ПРОВЕДЕНО 1 094 СІМ’ЯМ", "436 ≤ 1 094 ≤ 1 137", f"{dc} <= {na} <= {no}")
    g.check("table_arithmetic", tq, "families/persons 412+198+356+467+521+289+243 = 2 486", " + ".join(rf) + f" == {TF}")
    g.check("table_arithmetic", tq, "children 389+201+318+452+488+297+226 = 2 371", " + ".join(rc) + f" == {TC}")
    g.check("table_arithmetic", tq, "services 1906+877+1544+2118+2460+1203+1092 = 11 200", " + ".join(rs) + f" == {TS}")
    g.check("internal_conflict", "ЦЕНТРОМ ОХОПЛЕНО СОЦІАЛЬНИМИ ПОСЛУГАМИ 2 486 СІМЕЙ/ОСІБ",
            "prose 2 486 / 2 371 / 11 200 = table ВСЬОГО", f"{p1} == {TF} and {p2} == {TC} and {p3} == {TS}")
    g.check("parts_sum", "ФАКТИЧНО ПРАЦЮЄ 81 ПРАЦІВНИК, ВАКАНТНИХ ПОСАД – 13", "81 + 13 vacancies = 94", f"{s2} + 13 == {s1}")

    g.skip("ОПУБЛІКОВАНО 28.01.2025 | ПЕРЕГЛЯДІВ: 1 208", [28, 1, 2025, 1208], "publication date and view counter")
    g.skip("ПРАЦЮЄ У МІСТІ З НАСЕЛЕННЯМ ПОНАД 600 ТИС. ОСІБ; ВІДДІЛИ ЦЕНТРУ ДІЮТЬ У ВСІХ 7 РАЙОНАХ МІСТА", [600000, 7],
           "population and number of districts")
    g.skip("РІШЕННЯМ ВИКОНКОМУ МІСЬКОЇ РАДИ ВІД 13.03.2024 № 287", [13, 3, 2024, 287], "decision date and number")
    g.skip("(У 2023 РОЦІ – 2 301 СІМ’Я/ОСОБА)", [2023, 2301], "prior-year figure")
    g.skip("(ТЕЛ. (0564) 0-92-14-38, ПН–ПТ З 8:00 ДО 17:00)", [564, 921438, 8, 17], "phone and hours")
    g.skip("ЗАНЯТТЯ ДЛЯ ПІДЛІТКІВ 14–17 РОКІВ", [14, 17], "ages")
    g.skip("ВАКАНТНИХ ПОСАД – 13", [13], "vacancies (literal in a check)")
    g.skip("ТАБЛИЦЯ 1. ОХОПЛЕННЯ СОЦІАЛЬНИМИ ПОСЛУГАМИ ЗА РАЙОНАМИ МІСТА У 2024 РОЦІ", [1, 2024], "table number, year")
    g.skip("СПІВПРАЦЮВАВ З 12 ГРОМАДСЬКИМИ ТА МІЖНАРОДНИМИ ОРГАНІЗАЦІЯМИ; СІМ’Ї З ДІТЬМИ ДО 3 РОКІВ", [12, 3],
           "partner organisations (no §3 id) and age")
    g.skip("АДРЕСА ЦЕНТРУ: 50002, М. КРИВИЙ РІГ, ВУЛ. СВЯТОМИКОЛАЇВСЬКА, 31, КАБ. 105. КОД ЗА ЄДРПОУ 35712946.",
           [50002, 31, 105, 35712946], "postcode, address, office, ЄДРПОУ")
    g.skip("1\tДОВГИНЦІВСЬКИЙ", [1, 2, 3, 4, 5, 6, 7], "row numbers")
    g.skip("У 2025 РОЦІ ЦЕНТР ПЛАНУЄ ВІДКРИТИ 2 КІМНАТИ ПСИХОЛОГІЧНОГО РОЗВАНТАЖЕННЯ ТА ОХОПИТИ СУПРОВОДОМ НЕ МЕНШЕ 350 СІМЕЙ.",
           [2025, 2, 350], "plan")
    g.note("the whole page is in capitals (accessibility version saved as is); quotes keep the capitals; category, "
           "district and labels are written in normal case")
    g.note("«БЕЗ РЕЗУЛЬТАТУ» → outcome_negative")
    g.note("«55 ПРИЙОМНИХ СІМЕЙ ТА ДИТЯЧИХ БУДИНКІВ СІМЕЙНОГО ТИПУ» is one figure → one served fact with social_support_foster")
    g.note("the prose totals and the table's ВСЬОГО row are separate facts")
    g.note("the ВПО slip is one slip recorded as two findings (percent_impossible and percent_mismatch) with the same slip id")
    g.write()


if __name__ == "__main__":
    build()
    gold()
