"""b78_02: КЗ «ЦНСП» Святовасилівської сільської ради (Дніпропетровська), internal quality assessment
of services provided in 2024. Council-site HTML page in windows-1251 with header, menu, breadcrumbs,
sidebar and footer around the article; third-person voice, criteria as a bulleted list."""
from common import Gold, write_text, report_path

DOC = "b78_02_sviatovasylivka_cnsp_internal2024.html"
HTML = """<!DOCTYPE html>
<html lang="uk"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Звіт про внутрішню оцінку якості соціальних послуг за 2024 рік | Святовасилівська сільська рада</title>
<link rel="stylesheet" href="/templates/gromada/css/style.css"></head>
<body>
<header class="site-header"><div class="logo"><a href="/">Святовасилівська сільська рада</a>
<span>Дніпровського району Дніпропетровської області</span></div>
<div class="contacts">тел. (056) 0-72-14-93 &nbsp; пн–пт 8:00–17:00</div></header>
<nav class="main-menu"><ul><li><a href="/">Головна</a></li><li><a href="/news/">Новини</a></li>
<li><a href="/rada/">Рада</a></li><li><a href="/docs/">Документи</a></li><li><a href="/social/">Соціальний захист</a></li>
<li><a href="/contacts/">Контакти</a></li></ul></nav>
<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/social/">Соціальний захист</a> &raquo; <a href="/social/cnsp/">ЦНСП</a> &raquo; Звіт про оцінку якості</div>
<div class="wrap"><main class="content"><article class="post">
<h1>Звіт про проведення внутрішньої оцінки якості соціальних послуг, наданих у 2024 році</h1>
<div class="post-meta">Опубліковано: 14.02.2025 | Переглядів: 318</div>
<p>Комунальний заклад «Центр надання соціальних послуг» Святовасилівської сільської ради (далі – ЦНСП) відповідно до наказу директора від 09.01.2025 № 4-од провів внутрішню оцінку якості соціальних послуг, наданих мешканцям громади у 2024 році. До роботи залучалась робоча група з 5 осіб.</p>
<p>У 2024 році соціальні послуги ЦНСП отримали 523 особи, у тому числі:</p>
<ul>
<li>інформування – 211;</li>
<li>консультування – 164;</li>
<li>догляд вдома – 73;</li>
<li>денний догляд – 31;</li>
<li>натуральна допомога – 44.</li>
</ul>
<p>Крім того, соціальний супровід сімей, які перебувають у складних життєвих обставинах, здійснювався щодо 27 сімей, у яких виховується 58 дітей. Протягом року під супровід взято 14 сімей, завершено супровід 11 сімей, з них: з позитивним результатом – 8, у зв'язку зі зміною місця проживання – 2, через відмову сім'ї від послуги – 1.</p>
<p>Оцінювання проводилось методом анкетування отримувачів, аналізу особових справ (перевірено 40 справ) та спостереження. В анкетуванні взяли участь 64 отримувачі соціальних послуг, що становить 12,2 % загальної кількості отримувачів. Анкета містила 24 запитання.</p>
<p>Для визначення рівня якості застосовано такі межі: 80–100 % позитивних відповідей – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно».</p>
<p>За результатами анкетування критерії якості оцінено так:</p>
<ul>
<li>адресність та індивідуальний підхід – 92,2 % («добре»);</li>
<li>результативність – 84,4 % («добре»);</li>
<li>своєчасність – 89,1 % («добре»);</li>
<li>доступність та відкритість – 78,1 % («добре»);</li>
<li>зручність – 71,9 % («задовільно»);</li>
<li>повага до гідності отримувача – 96,9 % («добре»);</li>
<li>професійність – 90,6 % («добре»);</li>
<li>конфіденційність – 100 % («добре»).</li>
</ul>
<p>Нижчі показники зручності пов'язані з тим, що приміщення ЦНСП розташоване на другому поверсі будівлі по вул. Центральній, 31 і не має ліфта; 6 із 8 старост округів також зазначили потребу у виїзних прийомах.</p>
<p>Скарг від отримувачів у 2024 році не надходило. Послуги надавали 17 працівників при 19 штатних посадах.</p>
<p>Загальна оцінка якості соціальних послуг, наданих ЦНСП у 2024 році, – «добре».</p>
<p>Наступну внутрішню оцінку заплановано на I квартал 2026 року; до 01.07.2025 ЦНСП має облаштувати пандус і запровадити виїзні прийоми у 8 старостинських округах.</p>
</article></main>
<aside class="sidebar"><h3>Контакти ЦНСП</h3><p>52130, с-ще Святовасилівка, вул. Центральна, 31<br>тел. (056) 0-72-15-06<br>ЄДРПОУ 43982117</p>
<h3>Останні новини</h3><ul><li><a href="/news/812">Сесія ради 27.02.2025</a></li><li><a href="/news/811">Графік прийому громадян на березень</a></li></ul></aside></div>
<footer class="site-footer"><p>© 2017–2025 Святовасилівська сільська рада. Усі права захищено.</p><p>Розроблено на платформі «Громада» v.4.2</p></footer>
</body></html>
"""
write_text(report_path(DOC), HTML, encoding="cp1251", newline="\r\n")

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Святовасилівської сільської ради",
    "centre_type": "cnsp", "settlement": "Святовасилівка", "oblast": "Дніпропетровська",
    "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31",
    "published": "2025-02-14"},
    {"centre": ["Комунальний заклад «Центр надання соціальних послуг» Святовасилівської сільської ради",
                "КЗ «Центр надання соціальних послуг» Святовасилівської сільської ради"]})
f = g.f
t = f("served", "persons", 523, "У 2024 році соціальні послуги ЦНСП отримали 523 особи")
grp = "served_523_by_service"
p1 = f("served", "persons", 211, "інформування – 211;", service="informing", group=grp, parent=t)
p2 = f("served", "persons", 164, "консультування – 164;", service="counselling", group=grp, parent=t)
p3 = f("served", "persons", 73, "догляд вдома – 73;", service="home_care", group=grp, parent=t)
p4 = f("served", "persons", 31, "денний догляд – 31;", service="day_care", group=grp, parent=t)
p5 = f("served", "persons", 44, "натуральна допомога – 44.", service="natural_aid", group=grp, parent=t)
ss = f("served", "families", 27, "здійснювався щодо 27 сімей", service="social_support_sjo", alt=["support_ongoing"])
f("served", "children", 58, "у яких виховується 58 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=ss)
st = f("support_started", "families", 14, "під супровід взято 14 сімей", service="social_support_sjo", parent=ss)
sc = f("support_completed", "families", 11, "завершено супровід 11 сімей", service="social_support_sjo", parent=ss)
grp2 = "completed_11_by_result"
o1 = f("outcome_positive", "families", 8, "з позитивним результатом – 8", service="social_support_sjo", group=grp2, parent=sc)
o2 = f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2", service="social_support_sjo",
       label="зміна місця проживання", group=grp2, parent=sc)
o3 = f("outcome_other", "families", 1, "через відмову сім'ї від послуги – 1", service="social_support_sjo",
       label="відмова сім'ї від послуги", group=grp2, parent=sc)
sv = f("survey_respondents", "recipients", 64, "В анкетуванні взяли участь 64 отримувачі соціальних послуг", unit_alt="persons",
       percent=12.2)
crit = [("targeting", 92.2, "адресність та індивідуальний підхід – 92,2 % («добре»)", "good"),
        ("effectiveness", 84.4, "результативність – 84,4 % («добре»)", "good"),
        ("timeliness", 89.1, "своєчасність – 89,1 % («добре»)", "good"),
        ("accessibility", 78.1, "доступність та відкритість – 78,1 % («добре»)", "good"),
        ("convenience", 71.9, "зручність – 71,9 % («задовільно»)", "satisfactory"),
        ("dignity", 96.9, "повага до гідності отримувача – 96,9 % («добре»)", "good"),
        ("professionalism", 90.6, "професійність – 90,6 % («добре»)", "good"),
        ("confidentiality", 100, "конфіденційність – 100 % («добре»)", "good")]
ids = {}
for c, p, q, r in crit:
    sid = f("share", "percent", p, q, criterion=c, alt=["satisfaction"], label="частка позитивних відповідей")
    rid = f("rating", "rating", r, q, criterion=c)
    ids[c] = (sid, rid)
f("complaints", "complaints", 0, "Скарг від отримувачів у 2024 році не надходило.")
sa = f("staff_actual", "staff", 17, "Послуги надавали 17 працівників")
sp = f("staff_positions", "positions", 19, "при 19 штатних посадах")
f("rating", "rating", "good", "Загальна оцінка якості соціальних послуг, наданих ЦНСП у 2024 році, – «добре».", criterion="overall")

B = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
sid, rid = ids["accessibility"]
g.slip("rating_band", "error", "доступність та відкритість – 78,1 % («добре»)", "good", "satisfactory", [sid, rid],
       "78,1 % lies in the document's own band 60–79,9 % («задовільно»), but the criterion is rated «добре».",
       f"band({sid}, {B}) == {rid}")
others = [c for c in ids if c != "accessibility"]
g.check("rating_band", "За результатами анкетування критерії якості оцінено так:",
        "the other seven criteria's ratings agree with the bands", " and ".join(
            f"band({ids[c][0]}, {B}) == {ids[c][1]}" for c in others))
g.check("percent_impossible", "адресність та індивідуальний підхід – 92,2 % («добре»)",
        "every criterion share is reachable with 64 respondents (59, 54, 57, 50, 46, 62, 58, 64 of 64)",
        " and ".join(f"grim_ok({ids[c][0]}, {sv}, 1)" for c in ids))
g.check("parts_sum", "У 2024 році соціальні послуги ЦНСП отримали 523 особи, у тому числі:",
        "211 + 164 + 73 + 31 + 44 = 523", f"{p1} + {p2} + {p3} + {p4} + {p5} == {t}")
g.check("parts_sum", "завершено супровід 11 сімей, з них", "8 + 2 + 1 = 11", f"{o1} + {o2} + {o3} == {sc}")
g.check("parts_sum", "під супровід взято 14 сімей", "14 taken and 11 completed ≤ 27 served", f"{st} <= {ss} and {sc} <= {ss}")
g.check("percent_mismatch", "що становить 12,2 % загальної кількості отримувачів", "64 / 523 = 12,24 % → 12,2",
        f"pct_ok(p{sv[1:]}, {sv}, {t}, 1)")
g.check("parts_sum", "Послуги надавали 17 працівників при 19 штатних посадах", "17 ≤ 19", f"{sa} <= {sp}")

g.skip("Опубліковано: 14.02.2025 | Переглядів: 318", [14, 2, 2025, 318], "publication date, view counter")
g.skip("відповідно до наказу директора від 09.01.2025 № 4-од", [9, 1, 2025, 4], "order date and number")
g.skip("робоча група з 5 осіб", [5], "working-group size")
g.skip("(перевірено 40 справ)", [40], "case files checked (no §3 id)")
g.skip("Анкета містила 24 запитання.", [24], "questionnaire length")
g.skip("80–100 % позитивних відповідей – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79.9, 60], "rating bands (used in the rating_band checks as literals)")
g.skip("на другому поверсі будівлі по вул. Центральній, 31", [31], "floor, address")
g.skip("6 із 8 старост округів", [6, 8], "heads of districts (no §3 id)")
g.skip("Наступну внутрішню оцінку заплановано на I квартал 2026 року; до 01.07.2025", [1, 2026, 1, 7, 2025], "plan, dates")
g.skip("у 8 старостинських округах", [8], "number of districts")
g.note("the site furniture (header, menu, breadcrumbs, sidebar with address/phone/ЄДРПОУ, footer) is not facts; `zvitparse read` prints only the article")
g.note("criterion shares → share with criterion (alt satisfaction), each with its rating as a second fact quoted by the same list item")
g.note("«соціальний супровід … здійснювався щодо 27 сімей» → served (alt support_ongoing), 58 children hang on it")
g.note("survey respondents «отримувачі» → recipients (unit_alt persons); 12,2 % is their share of the 523 recipients, written next to the count")
g.write()
