"""b84_03: Управління соціального захисту населення Новокалинівської міської ради (Львівська),
analytic note for 9 months of 2023. Council-site HTML page, windows-1251, third person.
No slip: everything adds up."""
from common import Gold, report_path, write_text

NAME = "b84_03_novyi_kalyniv_uszn_9m2023.html"

ARTICLE = """
<h1 class="entry-title">Аналітична довідка про надання соціальних послуг жителям громади за 9 місяців 2023 року</h1>
<div class="entry-meta"><span class="date">16.10.2023</span> | <span class="cat">Соціальний захист</span> | <span class="views">Переглядів: 187</span></div>
<div class="entry-content">
<p>Управління соціального захисту населення Новокалинівської міської ради (далі – Управління) інформує про стан надання соціальних послуг мешканцям громади у січні–вересні 2023 року.</p>
<p><strong>Звернення громадян.</strong> За 9 місяців 2023 року до Управління надійшло 1 093 заяви щодо призначення державних допомог, пільг та надання соціальних послуг, що на 57 заяв більше, ніж за аналогічний період 2022 року (1 036). Із загальної кількості 178 заяв стосувалися саме соціальних послуг. За результатами їх розгляду прийнято 164 рішення про надання послуг та 9 рішень про відмову, ще 5 заяв перебувають на розгляді станом на 30.09.2023.</p>
<p>Фахівцями Управління проведено оцінку потреб 171 особи у соціальних послугах. Від служби у справах дітей, закладів освіти та поліції отримано 29 повідомлень про сім'ї, які можуть перебувати у складних життєвих обставинах; такі обставини підтверджено у 17 сім'ях. На обліку сімей, які перебувають у складних життєвих обставинах, станом на 30.09.2023 перебувала 21 сім'я.</p>
<p><strong>Надавачі послуг.</strong> За направленнями Управління комунальна установа «Центр надання соціальних послуг» Новокалинівської міської ради надала соціальні послуги 403 особам. Зокрема, послугу догляду вдома отримували 128 осіб, денного догляду – 36 осіб, натуральну допомогу – 219 осіб (видано 388 продуктових наборів). Новокалинівський міський центр соціальних служб охопив послугами 97 сімей, у яких виховується 142 дитини; із них під соціальним супроводом перебувало 24 сім'ї.</p>
<p>Послугою соціального таксі скористалася 31 особа з інвалідністю, виконано 74 замовлення. Транспортний засіб, отриманий у 2021 році, потребує заміни.</p>
<p><strong>Фінансування.</strong> На утримання КУ «Центр надання соціальних послуг» на 2023 рік рішенням міської ради від 22.12.2022 № 2314 затверджено 8 916,3 тис. грн; за 9 місяців профінансовано 6 274,8 тис. грн, або 70,4 % річного призначення.</p>
<p><strong>Інформаційна робота.</strong> На «гарячу лінію» Управління надійшло 642 дзвінки, з них 211 – з питань соціальних послуг. У 8 старостинських округах проведено 6 виїзних інформаційних зустрічей, на яких побували 88 мешканців.</p>
<p>Штатна чисельність Управління – 14 штатних одиниць, фактично працює 12 працівників. Скарг на дії працівників Управління за звітний період не зареєстровано.</p>
<p>Довідки за телефоном (03236) 0-12-44 (понеділок–п'ятниця, з 8:00 до 17:00).</p>
</div>
"""

HTML = f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Аналітична довідка за 9 місяців 2023 року | Новокалинівська міська рада</title>
<link rel="stylesheet" href="/wp-content/themes/hromada/style.css?ver=5.8.3">
</head>
<body class="post-template-default single single-post postid-4127">
<div id="top-bar"><div class="wrap">Офіційний вебсайт Новокалинівської міської ради | тел. приймальні (03236) 0-11-20 | <a href="/en/">EN</a></div></div>
<header id="masthead"><div class="logo"><img src="/img/gerb.png" alt="герб"></div>
<div class="site-title">НОВОКАЛИНІВСЬКА МІСЬКА РАДА<br><small>Самбірського району Львівської області</small></div></header>
<nav id="main-menu"><ul>
<li><a href="/">Головна</a></li><li><a href="/hromada/">Громада</a></li><li><a href="/rada/">Міська рада</a></li>
<li><a href="/vykonkom/">Виконком</a></li><li><a href="/soc/">Соціальний захист</a></li><li><a href="/docs/">Документи</a></li>
<li><a href="/contacts/">Контакти</a></li></ul></nav>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/soc/">Соціальний захист</a> » Звіти та довідки</div>
<div id="content" class="wrap">
<main id="primary"><article id="post-4127" class="post">
{ARTICLE}
</article>
<div class="post-nav"><a href="/soc/4119/">« Графік прийому громадян на жовтень</a> | <a href="/soc/4133/">Оголошення про конкурс на посаду »</a></div>
</main>
<aside id="sidebar">
<div class="widget"><h3>Контакти Управління</h3><p>81460?, Львівська обл., м. Новий Калинів, вул. Степана Бандери, 11<br>тел. (03236) 0-12-44<br>uszn.nk@example.ua</p></div>
<div class="widget"><h3>Останні новини</h3><ul>
<li><a href="/news/4131/">Сесія № 37 затвердила зміни до бюджету</a> <span>13.10.2023</span></li>
<li><a href="/news/4126/">Виплата 3 400 гривень переселенцям з інвалідністю</a> <span>11.10.2023</span></li>
<li><a href="/news/4120/">Зимова підтримка: 6 500 гривень</a> <span>09.10.2023</span></li></ul></div>
</aside></div>
<footer id="colophon"><div class="wrap">© 2017–2023 Новокалинівська міська рада. Усі права захищено.<br>
81460, Львівська обл., м. Новий Калинів, вул. Степана Бандери, 11. Код ЄДРПОУ 04371029</div></footer>
</body></html>
"""
HTML = HTML.replace("81460?,", "81460,")
path = report_path(NAME)
write_text(path, HTML, encoding="cp1251", newline="\n")

if __name__ == "__main__":
    from common import read_text
    import sys
    if len(sys.argv) > 1:
        print(read_text(path)); sys.exit()

g = Gold(NAME, {
    "centre": "Управління соціального захисту населення Новокалинівської міської ради", "centre_type": "uszn",
    "settlement": "Новий Калинів", "oblast": "Львівська", "report_kind": "period_report",
    "period_start": "2023-01-01", "period_end": "2023-09-30", "published": "2023-10-16"})
n = lambda x: x[1:]
ap = g.f("applied", "applications", 1093, "до Управління надійшло 1 093 заяви")
aps = g.f("applied", "applications", 178, "178 заяв стосувалися саме соціальних послуг", label="щодо соціальних послуг", parent=ap)
na = g.f("needs_assessed", "persons", 171, "проведено оцінку потреб 171 особи")
nt = g.f("notified", "families", 29, "отримано 29 повідомлень про сім'ї")
sjo = g.f("in_difficult_circumstances", "families", 17, "такі обставини підтверджено у 17 сім'ях", parent=nt)
rg = g.f("registered", "families", 21, "станом на 30.09.2023 перебувала 21 сім'я")
cn = g.f("served", "persons", 403, "надала соціальні послуги 403 особам",
         district="КУ «Центр надання соціальних послуг» Новокалинівської міської ради")
hc = g.f("served", "persons", 128, "послугу догляду вдома отримували 128 осіб", service="home_care", parent=cn)
dc = g.f("served", "persons", 36, "денного догляду – 36 осіб", service="day_care", parent=cn)
nat = g.f("served", "persons", 219, "натуральну допомогу – 219 осіб", service="natural_aid", parent=cn)
cs = g.f("served", "families", 97, "охопив послугами 97 сімей", district="Новокалинівський міський центр соціальних служб")
csc = g.f("served", "children", 142, "у яких виховується 142 дитини", parent=cs)
cs_s = g.f("served", "families", 24, "під соціальним супроводом перебувало 24 сім'ї", service="social_support_sjo",
           alt=["support_ongoing"], parent=cs)
tx = g.f("served", "persons", 31, "Послугою соціального таксі скористалася 31 особа з інвалідністю", service="social_taxi",
         category="особи з інвалідністю")
ba = g.f("budget_approved", "uah", 8916300, "затверджено 8 916,3 тис. грн",
         label="утримання КУ «Центр надання соціальних послуг», на 2023 рік",
         note="the annual approval of the year the 9 months belong to")
bs = g.f("budget_spent", "uah", 6274800, "за 9 місяців профінансовано 6 274,8 тис. грн, або 70,4 % річного призначення",
         percent=70.4, label="утримання КУ «Центр надання соціальних послуг»")
cl = g.f("calls", "calls", 642, "надійшло 642 дзвінки")
cls = g.f("calls", "calls", 211, "з них 211 – з питань соціальних послуг", label="з питань соціальних послуг", parent=cl)
ev = g.f("events", "events", 6, "проведено 6 виїзних інформаційних зустрічей")
evp = g.f("event_participants", "persons", 88, "на яких побували 88 мешканців", parent=ev)
sp = g.f("staff_positions", "positions", 14, "14 штатних одиниць")
sa = g.f("staff_actual", "staff", 12, "фактично працює 12 працівників")
cp = g.f("complaints", "complaints", 0, "Скарг на дії працівників Управління за звітний період не зареєстровано")

g.check("parts_sum", "прийнято 164 рішення про надання послуг та 9 рішень про відмову",
        "164 decisions + 9 refusals + 5 pending = 178 applications on social services (literals)", f"164 + 9 + 5 == f{n(aps)}")
g.check("parts_sum", "що на 57 заяв більше, ніж за аналогічний період 2022 року (1 036)", "1 093 − 1 036 = 57 (literals)",
        f"f{n(ap)} - 1036 == 57")
g.check("parts_sum", "Зокрема, послугу догляду вдома отримували 128 осіб", "128 + 36 + 219 = 383 ≤ 403 («зокрема», not a partition)",
        f"f{n(hc)} + f{n(dc)} + f{n(nat)} <= f{n(cn)}")
g.check("percent_mismatch", "за 9 місяців профінансовано 6 274,8 тис. грн, або 70,4 % річного призначення",
        "6 274,8 / 8 916,3 = 70,38 % → 70,4", f"pct_ok(p{n(bs)}, f{n(bs)}, f{n(ba)}, 1)")
g.check("parts_sum", "з них 211 – з питань соціальних послуг", "211 ≤ 642", f"f{n(cls)} <= f{n(cl)}")
g.check("parts_sum", "такі обставини підтверджено у 17 сім'ях", "17 ≤ 29; 24 ≤ 97", f"f{n(sjo)} <= f{n(nt)} and f{n(cs_s)} <= f{n(cs)}")
g.check("parts_sum", "фактично працює 12 працівників", "12 ≤ 14", f"f{n(sa)} <= f{n(sp)}")

g.skip("16.10.2023", [16, 10, 2023], "publication date")
g.skip("Переглядів: 187", [187], "view counter")
g.skip("за 9 місяців 2023 року", [9, 2023], "period name")
g.skip("за аналогічний період 2022 року (1 036)", [2022, 1036], "prior-year figure")
g.skip("що на 57 заяв більше", [57], "difference from the prior year")
g.skip("прийнято 164 рішення про надання послуг та 9 рішень про відмову, ще 5 заяв перебувають на розгляді станом на 30.09.2023",
       [164, 9, 5, 30, 9, 2023], "decisions, refusals, pending applications (no §3 id), date")
g.skip("(видано 388 продуктових наборів)", [388], "items handed out")
g.skip("виконано 74 замовлення", [74], "taxi orders (no §3 id)")
g.skip("Транспортний засіб, отриманий у 2021 році", [2021], "year")
g.skip("на 2023 рік рішенням міської ради від 22.12.2022 № 2314", [2023, 22, 12, 2022, 2314], "decision date and number")
g.skip("У 8 старостинських округах", [8], "settlement/okrug count")
g.skip("Довідки за телефоном (03236) 0-12-44 (понеділок–п'ятниця, з 8:00 до 17:00)", [3236, 1244, 8, 0, 17, 0], "phone, office hours")
g.note("published: the date line of the page (16.10.2023)")
g.note("the 403 persons of the ЦНСП and the 97 families of the ЦСС are different providers and units; each is its own total with the provider in `district`")
g.note("«Зокрема, … догляд вдома 128, денний догляд 36, натуральна допомога 219» are overlapping parts of the 403 (parent only, no group)")
g.note("«профінансовано … 70,4 % річного призначення» → budget_spent with percent of the annual approval")
g.note("«на обліку сімей у СЖО станом на 30.09.2023 перебувала 21 сім'я» → registered")
g.note("164 decisions, 9 refusals, 5 pending have no §3 id; they are skipped and used as literals in a check")
g.write()
