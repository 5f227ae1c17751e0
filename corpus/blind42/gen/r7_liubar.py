"""b42_07: КУ «ЦНСП» Любарської селищної ради, annual report 2023. Less common style 1: a site template that renders
the article twice (mobile copy with class d-md-none first in the DOM, desktop copy with d-none d-md-block second),
soft hyphens, no-break spaces inside numbers, zero-width spaces, <br> inside table cells, cookie banner."""
from common import Gold, report_path, read_text, write_text, line_with

NAME = "b42_07_liubar_cnsp_annual2023.html"
SHY, ZW, NB = "&shy;", "&#8203;", "&nbsp;"

P_INTRO = (f"У 2023 році послугами Центру скористалися 1{NB}204 особи (у 2022 році – 1{NB}117). Вперше "
           f"звернулися 212 осіб, оцінку по{SHY}треб проведено 176 особам. Центр обслуговує 26 населених "
           f"пунктів громади, з яких 9 – у старостинських округах.")
P_HOME = (f"З 281 під{SHY}опічного відділення соціальної допомоги вдома 163 – одинокі, 84 – одиноко "
          f"про{SHY}жи{SHY}ва{SHY}ючі, 41 – мають рідних, які з поважних причин не можуть забезпечити догляд.")
P_OTHER = (f"Знято з обслуговування 63 особи. Послугою соціального таксі ско{SHY}ри{SHY}ста{SHY}лася 41 особа "
           f"(117 поїздок). Мобільна бригада здійснила 138 виїздів до віддалених сіл.")
P_SURV = (f"В анкетуванні взяли участь 95 отримувачів;{ZW} якістю послуг задоволені 93,7{NB}% із них.")
P_STAFF = (f"Штатна чисельність – 52 посади, працює 49 осіб, 12 пра{SHY}ців{SHY}ни{SHY}ків підвищили "
           f"кваліфікацію. Надійшла 1 скарга, яку за результатами розгляду визнано необґрунтованою.")
P_MONEY = (f"Касові видатки загального фонду склали 11{NB}482,6{NB}тис. грн, до спеціального фонду "
           f"надійшло 203,4{NB}тис.{NB}грн.{ZW}")
P_PLAN = (f"У 2024 році планується відкрити відділення денного перебування на 15 місць у с. Стара Чортория.")
ROWS = [(f"Відділення соціальної<br>допомоги вдома", "281", f"14{NB}506"),
        ("Відділення денного перебування", "57", f"2{NB}318"),
        (f"Відділення соціальної роботи<br>в громаді (консультування,<br>супровід)", "622", f"1{NB}947"),
        ("Відділення натуральної допомоги", "244", f"1{NB}352"),
        ("<b>Разом</b>", f"<b>1{NB}204</b>", f"<b>20{NB}123</b>")]


def article(mobile):
    h = "h2" if mobile else "h1"
    out = [f'<{h} class="article-title">Звіт про роботу КУ «Центр надання соціальних послуг» Любарської селищної ради за 2023 рік</{h}>',
           '<div class="meta"><span class="date">19.02.2024</span> <span class="views">👁 642</span></div>',
           f"<p>{P_INTRO}</p>"]
    if mobile:
        out.append("<p><b>Отримувачі та послуги за відділеннями</b></p>")
        for name, n, s in ROWS[:-1]:
            out.append(f'<div class="card"><div class="card-title">{name.replace("<br>", " ")}</div>'
                       f"<div>Отримувачів: {n} осіб</div><div>Надано послуг: {s}</div></div>")
        out.append(f'<div class="card total">Разом: 1{NB}204 отримувачі, 20{NB}123 послуги</div>')
    else:
        out.append('<table class="table table-bordered"><thead><tr><th>Структурний підрозділ</th>'
                   "<th>Отримувачів,<br>осіб</th><th>Надано<br>послуг</th></tr></thead><tbody>")
        for name, n, s in ROWS:
            out.append(f"<tr><td>{name}</td><td>{n}</td><td>{s}</td></tr>")
        out.append("</tbody></table>")
    out += [f"<p>{P_HOME}</p>", f"<p>{P_OTHER}</p>", f"<p>{P_SURV}</p>", f"<p>{P_STAFF}</p>",
            f"<p>{P_MONEY}</p>", f"<p>{P_PLAN}</p>"]
    return "\n".join(out)


HTML = f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Звіт про роботу ЦНСП за 2023 рік – Любарська селищна рада</title>
<style>
.d-none{{display:none!important}}
@media (min-width:768px){{.d-md-none{{display:none!important}}.d-md-block{{display:block!important}}}}
.cookie-bar{{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:10px}}
</style>
</head>
<body>
<div class="cookie-bar" id="cookieBar">Цей сайт використовує файли cookie, щоб зробити його зручнішим. Продовжуючи перегляд, ви погоджуєтеся з <a href="/privacy">політикою конфіденційності</a>. <button onclick="acceptCookies()">Прийняти</button></div>
<header class="site-header">
<div class="container"><a class="brand" href="/">Любарська селищна рада</a>
<span class="hotline">Гаряча лінія: (04147) 0-21-09</span></div>
<nav class="navbar"><ul class="nav">
<li><a href="/">Головна</a></li><li><a href="/news">Новини</a></li><li><a href="/structure">Структура</a></li>
<li><a href="/social">Соціальний захист</a></li><li><a href="/docs">Документи</a></li><li><a href="/contacts">Контакти</a></li>
</ul></nav>
</header>
<div class="container">
<ol class="breadcrumb"><li><a href="/">Головна</a></li><li><a href="/social">Соціальний захист</a></li><li>Звіти ЦНСП</li></ol>
<div class="row">
<main class="col-md-9">
<div class="article-mobile d-md-none">
{article(True)}
</div>
<div class="article-desktop d-none d-md-block">
{article(False)}
</div>
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</main>
<aside class="col-md-3 sidebar">
<div class="widget"><h4>КУ «ЦНСП»</h4><p>13101, смт Любар, вул. Незалежності, 12<br>тел. (04147) 0-22-71<br>Пн–Пт 8:00–17:00</p></div>
<div class="widget"><h4>Останні новини</h4><ul><li><a href="#">Сесія ради 22.02.2024</a></li><li><a href="#">Прийом громадян у лютому</a></li></ul></div>
</aside>
</div>
</div>
<footer class="site-footer"><div class="container">© 2024 Любарська селищна рада. ЄДРПОУ 04344630. Розробка сайту: example.ua</div></footer>
<script>function acceptCookies(){{document.getElementById('cookieBar').style.display='none';}}</script>
</body>
</html>
"""
path = report_path(NAME)
write_text(path, HTML)
T = read_text(path)

g = Gold(NAME, {
    "centre": "Центр надання соціальних послуг Любарської селищної ради",
    "centre_type": "cnsp", "settlement": "Любар",
    "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
    "published": "2024-02-19"},
    {"centre": ["КУ «Центр надання соціальних послуг» Любарської селищної ради",
                "Комунальна установа «Центр надання соціальних послуг» Любарської селищної ради"]})


def v(x):
    return "f" + x[1:]


tot = g.f("served", "persons", 1204, "У 2023 році послугами Центру скористалися 1 204 особи")
ap = g.f("applied", "persons", 212, "Вперше звернулися 212 осіб", label="вперше")
na = g.f("needs_assessed", "persons", 176, "оцінку потреб проведено 176 особам")
rt = line_with(T, "Разом\t")
t_s = g.f("served", "persons", 1204, rt, label="Разом (таблиця)")
t_v = g.f("services_provided", "services", 20123, rt, label="Разом (таблиця)")
rows = []
for key, svc, n, s in (("Відділення соціальної допомоги вдома\t", "home_care", 281, 14506),
                       ("Відділення денного перебування\t", "day_care", 57, 2318),
                       ("Відділення соціальної роботи в громаді (консультування, супровід)\t", None, 622, 1947),
                       ("Відділення натуральної допомоги\t", "natural_aid", 244, 1352)):
    q = line_with(T, key)
    dist = q.split("\t")[0]
    rows.append((g.f("served", "persons", n, q, service=svc, district=dist, group="served_1204_by_dept", parent=t_s),
                 g.f("services_provided", "services", s, q, service=svc, district=dist, group="services_20123_by_dept",
                     parent=t_v)))
h = g.f("served", "persons", 281, "З 281 підопічного відділення соціальної допомоги вдома", service="home_care",
        district="Відділення соціальної допомоги вдома", note="the table's 281 written again in the prose: a second fact")
h1 = g.f("served", "persons", 163, "163 – одинокі", service="home_care", category="одинокі",
         group="home_care_281_by_family_status", parent=h)
h2 = g.f("served", "persons", 84, "84 – одиноко проживаючі", service="home_care", category="одиноко проживаючі",
         group="home_care_281_by_family_status", parent=h)
h3 = g.f("served", "persons", 41, "41 – мають рідних, які з поважних причин не можуть забезпечити догляд", service="home_care",
         category="мають рідних, які не можуть забезпечити догляд", group="home_care_281_by_family_status", parent=h)
de = g.f("deregistered", "persons", 63, "Знято з обслуговування 63 особи")
tx = g.f("served", "persons", 41, "Послугою соціального таксі скористалася 41 особа", service="social_taxi")
sr = g.f("survey_respondents", "recipients", 95, "В анкетуванні взяли участь 95 отримувачів", unit_alt="persons")
sat = g.f("satisfaction", "percent", 93.7, "якістю послуг задоволені 93,7 % із них")
sp = g.f("staff_positions", "positions", 52, "Штатна чисельність – 52 посади")
sa = g.f("staff_actual", "staff", 49, "працює 49 осіб")
stt = g.f("staff_trained", "staff", 12, "12 працівників підвищили кваліфікацію")
cp = g.f("complaints", "complaints", 1, "Надійшла 1 скарга")
bs = g.f("budget_spent", "uah", 11482600, "Касові видатки загального фонду склали 11 482,6 тис. грн", label="загальний фонд")
br = g.f("budget_received", "uah", 203400, "до спеціального фонду надійшло 203,4 тис. грн", label="спеціальний фонд")

g.slip("parts_sum", "error", "З 281 підопічного відділення соціальної допомоги вдома 163 – одинокі, 84 – одиноко проживаючі, 41",
       281, 288, [h, h1, h2, h3],
       "the three family-status groups of the home-care recipients (одинокі / одиноко проживаючі / мають рідних, які не "
       "можуть забезпечити догляд) are a partition but sum to 163 + 84 + 41 = 288, 7 more than the 281 stated (in the prose "
       "and in the table).", f"{v(h1)} + {v(h2)} + {v(h3)} == {v(h)}")
g.check("table_arithmetic", rt, "served column: 281 + 57 + 622 + 244 = 1 204",
        " + ".join(v(r[0]) for r in rows) + f" == {v(t_s)}")
g.check("table_arithmetic", rt, "services column: 14 506 + 2 318 + 1 947 + 1 352 = 20 123",
        " + ".join(v(r[1]) for r in rows) + f" == {v(t_v)}")
g.check("internal_conflict", "У 2023 році послугами Центру скористалися 1 204 особи",
        "prose 1 204 = table Разом 1 204; prose 281 = table row 281", f"{v(tot)} == {v(t_s)} and {v(h)} == {v(rows[0][0])}")
g.check("percent_impossible", "якістю послуг задоволені 93,7 % із них", "89/95 = 93,68 % → 93,7", f"grim_ok({v(sat)}, {v(sr)}, 1)")
g.check("parts_sum", "Штатна чисельність – 52 посади, працює 49 осіб, 12", "49 ≤ 52; 12 ≤ 49",
        f"{v(sa)} <= {v(sp)} and {v(stt)} <= {v(sa)}")
g.check("parts_sum", "Вперше звернулися 212 осіб, оцінку потреб проведено 176 особам", "176 ≤ 212 ≤ 1 204",
        f"{v(na)} <= {v(ap)} <= {v(tot)}")

g.skip("19.02.2024 👁 642", [19, 2, 2024, 642], "publication date, view counter")
g.skip("(у 2022 році – 1 117)", [2022, 1117], "prior-year figure")
g.skip("Центр обслуговує 26 населених пунктів громади, з яких 9 – у старостинських округах.", [26, 9], "settlement counts")
g.skip("Отримувачів: 281 осіб", [281, 14506, 57, 2318, 622, 1947, 244, 1352, 1204, 20123],
       "the mobile copy's cards and «Разом: 1 204 отримувачі, 20 123 послуги»: the same figures as the desktop table, "
       "rendered a second time by the site template; not facts (the gold holds each figure of the article once)")
g.skip("(117 поїздок)", [117], "trips: no §3 id")
g.skip("Мобільна бригада здійснила 138 виїздів до віддалених сіл.", [138], "trips of the mobile team: no §3 id")
g.skip("У 2024 році планується відкрити відділення денного перебування на 15 місць", [2024, 15], "plan, capacity")
g.note("the page renders the article twice (mobile copy .d-md-none first in the DOM, desktop copy .d-none.d-md-block second); "
       "the reader prints both. Each figure of the article is one fact: quotes of prose sentences match both copies "
       "(identical text), table facts are quoted by the desktop table rows; the mobile cards repeat the table and are skipped")
g.note("within one copy the usual convention holds: the prose 1 204 and the table Разом 1 204 are two facts, and the prose 281 and "
       "the table row 281 are two facts")
g.note("the department «соціальної роботи в громаді (консультування, супровід)» covers two services → no service id, district only")
g.note("oblast is not stated in the text the reader prints → omitted from meta")
g.write()
