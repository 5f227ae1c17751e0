"""b101_07: ТЦСО Новодунаєвецької селищної ради (Хмельницька), annual report 2023, as a council web page whose
figures are partly in inline SVG charts (bars, pie; value labels, axis labels, <title> tooltips, legend), as a
charting library exports them, with short prose around the charts.
`zvitparse read` prints no SVG text, so the chart-only figures cannot be quoted: they are listed under
`chart_only` in the gold, outside `facts` (see notes).
Planted slip: parts_sum (486 served = 212 + 131 + 151 = 494)."""
import math
from common import Gold, write_text, report_path

DOC = "b101_07_dunaivtsi_tcso_annual2023.html"

PALETTE = ["#2f7ed8", "#f28f43", "#8bbc21", "#910000", "#1aadce"]


def fmt(v):
    s = f"{v:,}".replace(",", " ")
    return s


def bar_chart(cid, title, cats, series, ymax, ystep, unit):
    """Grouped vertical bars. series: [(name, [values])]."""
    W, H, L, T, B = 640, 340, 60, 50, 60
    ph = H - T - B
    pw = W - L - 20
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="apexcharts-svg" id="{cid}" width="{W}" height="{H}" '
           f'viewBox="0 0 {W} {H}" role="img" aria-labelledby="{cid}-title">',
           f'<title id="{cid}-title">{title}</title>',
           f'<rect x="0" y="0" width="{W}" height="{H}" fill="#ffffff"/>',
           f'<text class="apexcharts-title-text" x="{W // 2}" y="22" text-anchor="middle" font-size="15" '
           f'font-weight="600">{title}</text>',
           '<g class="apexcharts-yaxis" transform="translate(0,0)">']
    y = 0
    while y <= ymax:
        py = T + ph - ph * y / ymax
        out.append(f'<line x1="{L}" y1="{py:.1f}" x2="{W - 20}" y2="{py:.1f}" stroke="#e0e0e0"/>')
        out.append(f'<text x="{L - 8}" y="{py + 4:.1f}" text-anchor="end" font-size="11" fill="#666">{fmt(y)}</text>')
        y += ystep
    out.append(f'<text x="14" y="{T + ph / 2:.0f}" transform="rotate(-90 14 {T + ph / 2:.0f})" '
               f'text-anchor="middle" font-size="11">{unit}</text></g>')
    gw = pw / len(cats)
    bw = gw * 0.7 / len(series)
    out.append('<g class="apexcharts-bar-series">')
    for si, (sname, vals) in enumerate(series):
        out.append(f'<g class="apexcharts-series" seriesName="{sname}" data-series-index="{si}">')
        for ci, v in enumerate(vals):
            x = L + gw * ci + gw * 0.15 + bw * si
            h = ph * v / ymax
            out.append(f'<rect class="apexcharts-bar-area" x="{x:.1f}" y="{T + ph - h:.1f}" width="{bw:.1f}" '
                       f'height="{h:.1f}" fill="{PALETTE[si]}"><title>{cats[ci]}, {sname}: {fmt(v)}</title></rect>')
        out.append('</g>')
    out.append('</g><g class="apexcharts-datalabels">')
    for si, (sname, vals) in enumerate(series):
        for ci, v in enumerate(vals):
            x = L + gw * ci + gw * 0.15 + bw * si + bw / 2
            h = ph * v / ymax
            out.append(f'<text x="{x:.1f}" y="{T + ph - h - 5:.1f}" text-anchor="middle" font-size="11" '
                       f'font-weight="600">{fmt(v)}</text>')
    out.append('</g><g class="apexcharts-xaxis">')
    for ci, c in enumerate(cats):
        out.append(f'<text x="{L + gw * ci + gw / 2:.1f}" y="{T + ph + 18}" text-anchor="middle" '
                   f'font-size="11">{c}</text>')
    out.append('</g>')
    if len(series) > 1:
        out.append('<g class="apexcharts-legend">')
        for si, (sname, _) in enumerate(series):
            lx = W // 2 - 70 + si * 90
            out.append(f'<rect x="{lx}" y="{H - 22}" width="12" height="12" fill="{PALETTE[si]}"/>'
                       f'<text x="{lx + 16}" y="{H - 12}" font-size="12">{sname}</text>')
        out.append('</g>')
    out.append('</svg>')
    return "\n".join(out)


def pie_chart(cid, title, items, unit):
    """items: [(label, count, percent_str)]."""
    W, H, cx, cy, r = 640, 330, 200, 180, 120
    total = sum(c for _, c, _ in items)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="apexcharts-svg" id="{cid}" width="{W}" height="{H}" '
           f'viewBox="0 0 {W} {H}" role="img" aria-labelledby="{cid}-title">',
           f'<title id="{cid}-title">{title}</title>',
           f'<text class="apexcharts-title-text" x="{W // 2}" y="22" text-anchor="middle" font-size="15" '
           f'font-weight="600">{title}</text>', '<g class="apexcharts-pie-series">']
    a0 = -math.pi / 2
    for i, (lab, c, p) in enumerate(items):
        a1 = a0 + 2 * math.pi * c / total
        x0, y0 = cx + r * math.cos(a0), cy + r * math.sin(a0)
        x1, y1 = cx + r * math.cos(a1), cy + r * math.sin(a1)
        large = 1 if a1 - a0 > math.pi else 0
        out.append(f'<path class="apexcharts-pie-area" d="M {cx} {cy} L {x0:.2f} {y0:.2f} A {r} {r} 0 {large} 1 '
                   f'{x1:.2f} {y1:.2f} Z" fill="{PALETTE[i]}" stroke="#fff"><title>{lab}: {fmt(c)} {unit} '
                   f'({p} %)</title></path>')
        am = (a0 + a1) / 2
        out.append(f'<text class="apexcharts-datalabel" x="{cx + r * 0.65 * math.cos(am):.1f}" '
                   f'y="{cy + r * 0.65 * math.sin(am):.1f}" text-anchor="middle" fill="#fff" font-size="12" '
                   f'font-weight="600">{p}%</text>')
        a0 = a1
    out.append('</g><g class="apexcharts-legend">')
    for i, (lab, c, p) in enumerate(items):
        ly = 90 + i * 26
        out.append(f'<rect x="360" y="{ly - 10}" width="12" height="12" fill="{PALETTE[i]}"/>'
                   f'<text x="378" y="{ly}" font-size="12">{lab} – {fmt(c)}</text>')
    out.append('</g></svg>')
    return "\n".join(out)


DEPTS = ["Соціальна допомога вдома", "Денне перебування", "Натуральна допомога"]
CH1 = bar_chart("chart-1", "Кількість отримувачів за відділеннями, осіб", DEPTS,
                [("2022", [205, 126, 160]), ("2023", [212, 131, 151])], 250, 50, "осіб")
CAT = [("Одинокі громадяни", 88, "41,5"), ("Особи з інвалідністю", 65, "30,7"),
       ("Мають рідних, які не можуть доглядати", 42, "19,8"), ("Інші", 17, "8,0")]
CH2 = pie_chart("chart-2", "Отримувачі догляду вдома за категоріями, 2023", CAT, "осіб")
Q = [4210, 4385, 4102, 4468]
CH3 = bar_chart("chart-3", "Надано соціальних послуг за кварталами 2023 року",
                ["I квартал", "II квартал", "III квартал", "IV квартал"], [("Послуги", Q)], 5000, 1000, "послуг")
KE = [("Оплата праці з нарахуваннями", 9721, "86,3"), ("Комунальні послуги та енергоносії", 890, "7,9"),
      ("Інші видатки", 654, "5,8")]
CH4 = pie_chart("chart-4", "Структура касових видатків загального фонду, тис. грн", KE, "тис. грн")

ARTICLE = f"""
<h1 class="page-title">Звіт про діяльність територіального центру соціального обслуговування (надання соціальних послуг) за 2023 рік</h1>
<div class="news-date">Дата публікації: 02.02.2024</div>
<div class="news-text">
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Новодунаєвецької селищної ради
надає соціальні послуги жителям селища Дунаївці та 14 сіл громади. Звіт підготовлено за підсумками 2023 року.</p>
<p>Протягом 2023 року до територіального центру звернулися 529 осіб. Обслуговано 486 осіб, з них відділенням
соціальної допомоги вдома – 212, відділенням денного перебування – 131, відділенням адресної натуральної
допомоги – 151 особа. Порівняння з попереднім роком – на діаграмі 1.</p>
<figure class="chart">
{CH1}
<figcaption>Діаграма 1. Отримувачі за відділеннями у 2022–2023 роках</figcaption>
</figure>
<p>Взято на обслуговування 97 осіб. Знято з обслуговування 84 особи: у зв'язку зі смертю – 46, у зв'язку з
переїздом – 19, у зв'язку з влаштуванням до стаціонарних закладів – 8, за власним бажанням – 11. Найбільшу
групу серед отримувачів догляду вдома, як і торік, становлять одинокі громадяни (діаграма 2).</p>
<figure class="chart">
{CH2}
<figcaption>Діаграма 2. Категорії отримувачів послуги догляду вдома</figcaption>
</figure>
<p>Загалом за рік надано 17 165 соціальних послуг, з них удома – 11 932, у відділенні денного перебування – 5 233.
Найбільше послуг надано у IV кварталі (діаграма 3).</p>
<figure class="chart">
{CH3}
<figcaption>Діаграма 3. Соціальні послуги за кварталами</figcaption>
</figure>
<p>Адресну натуральну допомогу (продуктові набори, засоби гігієни, паливні брикети) отримала 151 особа на
загальну суму 318,7 тис. грн. Послугою «соціальне таксі» скористалася 31 особа, вартість поїздки для
отримувача – 12 грн за 1 км.</p>
<p>У відділенні денного перебування працюють гуртки за інтересами; проведено 48 культурно-масових та
просвітницьких заходів, у яких взяли участь 620 учасників (з урахуванням повторних відвідувань).</p>
<p>У листопаді 2023 року проведено анкетування 120 отримувачів послуг: якістю обслуговування задоволені 95,8 %
опитаних. Скарг на роботу працівників протягом року не надходило.</p>
<p>Штатна чисельність територіального центру – 41,5 посади, фактично працює 38 працівників, 9 з них підвищили
кваліфікацію.</p>
<p>Касові видатки загального фонду за 2023 рік склали 11 264,8 тис. грн (структура – на діаграмі 4). До
спеціального фонду за надання платних соціальних послуг надійшло 96,4 тис. грн.</p>
<figure class="chart">
{CH4}
<figcaption>Діаграма 4. Структура видатків</figcaption>
</figure>
<p>У 2024 році планується відкрити мультидисциплінарну мобільну бригаду для обслуговування 6 віддалених сіл.</p>
</div>
"""

HTML = f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Звіт ТЦСО за 2023 рік | Новодунаєвецька селищна рада</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/templates/rada/css/template.css">
<script src="/media/vendor/apexcharts/apexcharts.min.js"></script>
</head>
<body>
<div class="header">
<div class="header-top"><div class="wrap">
<span class="phone">Гаряча лінія: (03858) 032-11-47</span> <span class="email">rada@novodunaivtsi.example.ua</span>
<a class="lang" href="/en/">EN</a>
</div></div>
<div class="logo"><a href="/"><img src="/images/gerb.png" alt="Герб"> Новодунаєвецька селищна рада<br><small>Хмельницька область</small></a></div>
<div class="menu"><ul class="nav menu">
<li><a href="/">Головна</a></li><li><a href="/rada">Селищна рада</a></li><li><a href="/vykonkom">Виконавчий комітет</a></li>
<li class="active"><a href="/social">Соціальний захист</a></li><li><a href="/docs">Документи</a></li><li><a href="/contacts">Контакти</a></li>
</ul></div>
</div>
<div class="breadcrumbs"><a href="/">Головна</a> / <a href="/social">Соціальний захист</a> / <a href="/social/tcso">Територіальний центр</a> / Звіт за 2023 рік</div>
<div class="wrap columns">
<div class="content">
{ARTICLE}
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</div>
<div class="sidebar">
<div class="moduletable"><h3>Громада в цифрах</h3><ul>
<li>Населення – 11 870 осіб</li><li>Населених пунктів – 15</li><li>Старостинських округів – 5</li></ul></div>
<div class="moduletable"><h3>Опитування</h3><p>Чи задоволені ви роботою ЦНАП? Так – 72 %, Ні – 28 %</p></div>
<div class="moduletable"><h3>Лічильник</h3><p>Сьогодні: 148, Усього: 213 407</p></div>
</div>
</div>
<div class="footer"><div class="wrap">
<p>Новодунаєвецька селищна рада, 32400, Хмельницька обл., Кам'янець-Подільський р-н, смт Дунаївці, вул. Соборна, 31</p>
<p>Код ЄДРПОУ 04405163 · © 2024 · Усі матеріали сайту доступні за ліцензією CC BY 4.0</p>
</div></div>
</body>
</html>
"""

path = report_path(DOC)
write_text(path, HTML)

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Новодунаєвецької селищної ради",
    "centre_type": "tcso",
    "settlement": "Дунаївці",
    "oblast": "Хмельницька",
    "report_kind": "annual_report",
    "period_start": "2023-01-01",
    "period_end": "2023-12-31",
    "published": "2024-02-02",
})
g.meta_alt = {"centre": ["Територіальний центр соціального обслуговування Новодунаєвецької селищної ради"],
              "settlement": ["Новодунаєвецька селищна громада"]}

f_app = g.f("applied", "persons", 529, "до територіального центру звернулися 529 осіб")
f_all = g.f("served", "persons", 486, "Обслуговано 486 осіб")
f_home = g.f("served", "persons", 212, "відділенням соціальної допомоги вдома – 212", service="home_care",
             district="відділення соціальної допомоги вдома", group="served486_by_department", parent=f_all)
f_day = g.f("served", "persons", 131, "відділенням денного перебування – 131", service="day_care",
            district="відділення денного перебування", group="served486_by_department", parent=f_all)
f_nat = g.f("served", "persons", 151, "допомоги – 151 особа", service="natural_aid",
            district="відділення адресної натуральної допомоги", group="served486_by_department", parent=f_all)
f_new = g.f("served", "persons", 97, "Взято на обслуговування 97 осіб.", label="взято на обслуговування",
            alt=["registered_new", "support_started"])
f_der = g.f("deregistered", "persons", 84, "Знято з обслуговування 84 особи")
f_d = [g.f("deregistered", "persons", v, q, label=lab, group="dereg84_by_reason", parent=f_der)
       for q, v, lab in [("у зв'язку зі смертю – 46", 46, "смерть"), ("переїздом – 19", 19, "переїзд"),
                         ("у зв'язку з влаштуванням до стаціонарних закладів – 8", 8,
                          "влаштування до стаціонарних закладів"),
                         ("за власним бажанням – 11", 11, "за власним бажанням")]]
f_sp = g.f("services_provided", "services", 17165, "Загалом за рік надано 17 165 соціальних послуг")
f_sp1 = g.f("services_provided", "services", 11932, "з них удома – 11 932", service="home_care",
            group="services17165_by_department", parent=f_sp)
f_sp2 = g.f("services_provided", "services", 5233, "у відділенні денного перебування – 5 233", service="day_care",
            group="services17165_by_department", parent=f_sp)
f_nat2 = g.f("served", "persons", 151, "отримала 151 особа", service="natural_aid",
             note="repeats the department figure")
f_aid = g.f("aid_value", "uah", 318700, "загальну суму 318,7 тис. грн", service="natural_aid")
f_taxi = g.f("served", "persons", 31, "скористалася 31 особа", service="social_taxi")
f_ev = g.f("events", "events", 48, "проведено 48 культурно-масових")
f_evp = g.f("event_participants", "persons", 620, "у яких взяли участь 620 учасників", parent=f_ev,
            note="participations, repeats counted, as the text says")
f_sr = g.f("survey_respondents", "recipients", 120, "анкетування 120 отримувачів послуг", unit_alt="persons")
f_sat = g.f("satisfaction", "percent", 95.8, "якістю обслуговування задоволені 95,8 %",
            label="задоволені якістю обслуговування", alt=["share"])
f_cmp = g.f("complaints", "complaints", 0, "Скарг на роботу працівників протягом року не надходило.")
f_pos = g.f("staff_positions", "positions", 41.5, "Штатна чисельність територіального центру – 41,5 посади")
f_act = g.f("staff_actual", "staff", 38, "фактично працює 38 працівників")
f_tr = g.f("staff_trained", "staff", 9, "9 з них підвищили", parent=f_act)
f_bs = g.f("budget_spent", "uah", 11264800, "Касові видатки загального фонду за 2023 рік склали 11 264,8 тис. грн",
           label="загальний фонд")
f_br = g.f("budget_received", "uah", 96400, "надійшло 96,4 тис. грн", label="спеціальний фонд, платні соціальні послуги")

g.slip("parts_sum", "error", "Обслуговано 486 осіб, з них відділенням соціальної допомоги вдома – 212",
       494, 486, [f_all, f_home, f_day, f_nat],
       "the three departments 212 + 131 + 151 = 494, 8 more than the 486 served; the bars of diagram 1 (2023) "
       "show the same 212 / 131 / 151",
       f"{f_home} + {f_day} + {f_nat} == {f_all}")
g.check("parts_sum", "Знято з обслуговування 84 особи", "46 + 19 + 8 + 11 = 84", f"{' + '.join(f_d)} == {f_der}")
g.check("parts_sum", "Загалом за рік надано 17 165 соціальних послуг", "11 932 + 5 233 = 17 165",
        f"{f_sp1} + {f_sp2} == {f_sp}")
g.check("internal_conflict", "отримала 151 особа", "151 natural-aid recipients = the department figure",
        f"{f_nat2} == {f_nat}")
g.check("percent_impossible", "якістю обслуговування задоволені 95,8 %", "115 of 120 = 95,83 % → 95,8",
        f"grim_ok({f_sat}, {f_sr}, 1)")
g.check("parts_sum", "фактично працює 38 працівників", "38 ≤ 41,5; 9 trained ≤ 38; 486 served ≤ 529 applied",
        f"{f_act} <= {f_pos} and {f_tr} <= {f_act} and {f_all} <= {f_app}")

g.skip("Дата публікації: 02.02.2024", [2, 2, 2024], "publication date (meta published)")
g.skip("за 2023 рік", [2023], "year")
g.skip("надає соціальні послуги жителям селища Дунаївці та 14 сіл громади.", [14], "settlement count")
g.skip("Звіт підготовлено за підсумками 2023 року.", [2023], "year")
g.skip("Порівняння з попереднім роком – на діаграмі 1.", [1], "diagram number")
g.skip("Діаграма 1. Отримувачі за відділеннями у 2022–2023 роках", [1, 2022, 2023], "caption: diagram number, years")
g.skip("(діаграма 2)", [2], "diagram number")
g.skip("Діаграма 2. Категорії отримувачів послуги догляду вдома", [2], "caption: diagram number")
g.skip("Найбільше послуг надано у IV кварталі (діаграма 3).", ["IV", 3], "quarter, diagram number")
g.skip("Діаграма 3. Соціальні послуги за кварталами", [3], "caption: diagram number")
g.skip("вартість поїздки для отримувача – 12 грн за 1 км.", [12, 1], "tariff")
g.skip("У листопаді 2023 року", [2023], "survey date")
g.skip("(структура – на діаграмі 4)", [4], "diagram number")
g.skip("Діаграма 4. Структура видатків", [4], "caption: diagram number")
g.skip("У 2024 році планується відкрити мультидисциплінарну мобільну бригаду для обслуговування 6 віддалених сіл.",
       [2024, 6], "plan")

CHART_ONLY = []


def co(chart, indicator, unit, value, svg_text, **kw):
    assert svg_text in HTML, svg_text
    d = {"chart": chart, "indicator": indicator, "unit": unit, "value": value, "svg_text": svg_text}
    d.update(kw)
    CHART_ONLY.append(d)


for (lab, c, p), cat in zip(CAT, ["одинокі громадяни", "особи з інвалідністю",
                                  "громадяни, рідні яких не можуть здійснювати догляд", "інші"]):
    co("chart-2", "served", "persons", c, f"{lab}: {c} осіб ({p} %)", percent=float(p.replace(",", ".")),
       service="home_care", category=cat, group="home212_by_category", parent="served 212 (home care)")
for qn, v in zip(["I квартал", "II квартал", "III квартал", "IV квартал"], Q):
    co("chart-3", "services_provided", "services", v, f"{qn}, Послуги: {fmt(v)}", label=qn,
       group="services17165_by_quarter", parent="services_provided 17 165")
for lab, v, p in KE:
    co("chart-4", "budget_spent", "uah", v * 1000, f"{lab}: {fmt(v)} тис. грн ({p} %)", percent=float(p.replace(",", ".")),
       label=lab, group="spent11264_8_by_item", parent="budget_spent 11 264,8 тис. грн",
       note="the chart rounds to whole тис. грн; 9 721 + 890 + 654 = 11 265 ≈ 11 264,8")
CHART_SKIPPED = [
    {"chart": "chart-1", "svg_text": "Соціальна допомога вдома, 2022: 205", "values": [205, 126, 160],
     "reason": "2022 bars: prior-year figures"},
    {"chart": "chart-1", "svg_text": "Соціальна допомога вдома, 2023: 212", "values": [212, 131, 151],
     "reason": "2023 bars repeat the prose department figures (already facts)"},
    {"chart": "chart-1/3", "svg_text": "осіб", "values": [0, 50, 100, 150, 200, 250, 1000, 2000, 3000, 4000, 5000],
     "reason": "axis tick labels"},
    {"chart": "sidebar", "svg_text": "Населення – 11 870 осіб", "values": [11870, 15, 5, 72, 28, 148, 213407],
     "reason": "site furniture (not printed by the reader)"},
]

g.note("meta: the centre serves «селища Дунаївці» of the Новодунаєвецька селищна громада → settlement Дунаївці "
       "(meta_alt the hromada); oblast from the site header «Хмельницька область» and the footer")
g.note("`zvitparse read` prints nothing of the inline SVG charts (nor the header, menu, breadcrumbs, sidebar and footer). "
       "Figures that are only in the charts cannot be quoted from the read text, so they are NOT in `facts`; they are listed "
       "under `chart_only` (11 figures: the home-care categories with their percentages, the services by quarter, the "
       "expenditure structure), each with the SVG tooltip text as evidence. If the project decides that the gold should "
       "count them, they can be moved into `facts`; a perfect reader of this page would find 27 + 11 = 38 facts")
g.note("chart checks (not machine-verified, since the figures are outside facts): 88 + 65 + 42 + 17 = 212 home-care "
       "recipients; 41,5 + 30,7 + 19,8 + 8,0 = 100 %; quarters 4 210 + 4 385 + 4 102 + 4 468 = 17 165; expenditure "
       "9 721 + 890 + 654 = 11 265 ≈ 11 264,8 тис. грн, 86,3 + 7,9 + 5,8 = 100 %. All add up; the only slip is in the prose")
g.note("the 2023 bars of diagram 1 repeat the prose department figures 212 / 131 / 151, so the diagram agrees with "
       "the prose and the planted parts_sum slip (sum 494 vs 486) holds in both")
g.note("«взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → deregistered with labelled reasons")
g.note("«620 учасників (з урахуванням повторних відвідувань)» → event_participants 620")
g.note("«41,5 посади» → staff_positions 41.5")
for c in CHART_SKIPPED:
    assert c["svg_text"] in HTML, c["svg_text"]
g.extra = {"chart_only": CHART_ONLY, "chart_skipped": CHART_SKIPPED}
g.write()
