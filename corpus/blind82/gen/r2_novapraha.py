"""b82_02: ТЦСО Новопразької селищної ради (Кіровоградська), news article on H1 2024.
HTML council-site page, windows-1251, header/menu/breadcrumbs/sidebar/footer around the article,
third-person voice."""
from common import Gold, write_text, report_path

DOC = "b82_02_novapraha_tcso_h1_2024.html"
HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Терцентр підбив підсумки роботи за І півріччя 2024 року | Новопразька селищна рада</title>
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<div class="top-bar">
  <span>Новопразька селищна територіальна громада</span>
  <span class="phone">Приймальня: (05238) 0-41-07</span>
  <a href="/sitemap">Мапа сайту</a> | <a href="/search">Пошук</a>
</div>
<header class="site-header">
  <img src="/img/gerb.png" alt="Герб">
  <div class="site-title">НОВОПРАЗЬКА СЕЛИЩНА РАДА<br>Олександрійського району Кіровоградської області</div>
</header>
<nav class="main-menu">
  <ul>
    <li><a href="/">Головна</a></li>
    <li><a href="/gromada">Громада</a></li>
    <li><a href="/rada">Селищна рада</a></li>
    <li><a href="/vykonkom">Виконком</a></li>
    <li><a href="/socialnyj-zahyst">Соціальний захист</a></li>
    <li><a href="/docs">Документи</a></li>
    <li><a href="/contacts">Контакти</a></li>
  </ul>
</nav>
<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/socialnyj-zahyst">Соціальний захист</a> &raquo; Новини</div>
<div class="wrapper">
<main class="content">
<article>
<h1>Терцентр підбив підсумки роботи за І півріччя 2024 року</h1>
<div class="post-meta">12.07.2024 09:41 &nbsp;|&nbsp; Переглядів: 217</div>
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Новопразької селищної ради
діє на підставі Положення, затвердженого рішенням селищної ради від 24.02.2021 № 187. Громада налічує
21 населений пункт, у яких проживає близько 10,3 тис. мешканців, з них 3 140 осіб віком понад 60 років.</p>
<p>Упродовж січня – червня 2024 року соціальними послугами терцентру скористалися 486 громадян похилого
віку, осіб з інвалідністю та внутрішньо переміщених осіб (за аналогічний період 2023 року – 471). Зокрема:</p>
<ul>
<li>відділення соціальної допомоги вдома обслуговувало 212 осіб;</li>
<li>відділення денного перебування відвідували 64 особи;</li>
<li>відділення організації надання адресної натуральної допомоги допомогло 210 особам.</li>
</ul>
<p>Серед підопічних, яких обслуговують удома, 148 осіб (69,8 %) проживають самотньо, 47 осіб (23,2 %)
мають інвалідність I або II групи. Серед усіх отримувачів 58 – внутрішньо переміщені особи. Найстаршій підопічній виповнилося 97 років.</p>
<p>За звітний період на обслуговування взято 39 осіб, знято з обслуговування 27 осіб: 16 – у зв'язку
зі смертю, 8 – у зв'язку з влаштуванням до будинків-інтернатів, 3 – за власним бажанням.</p>
<p>Загалом за півріччя надано 9 734 соціальні послуги. Адресну натуральну допомогу надано у вигляді
420 продуктових наборів і 96 комплектів постільної білизни на загальну суму 146,0 тис. грн, кошти
надійшли від благодійних фондів. З пункту прокату видано 14 технічних засобів реабілітації.</p>
<p>Послугою «Соціальне таксі» скористалися 23 особи, здійснено 57 поїздок. Вартість одного кілометра
для отримувачів становить 12 грн. Від надання платних соціальних послуг до спеціального фонду
надійшло 61,2 тис. грн.</p>
<p>Штатна чисельність терцентру – 38 посад, з них 29 посад соціальних робітників; дві посади
вакантні, фактично працюють 36 працівників. У червні проведено анкетування, в якому взяли участь
54 отримувачі послуг; рівень задоволеності якістю послуг склав 96,3 %. У відділенні денного перебування
проведено 11 групових заходів (майстер-класи, концерти, виїзні екскурсії) для 148 учасників. До терцентру надійшло 2 скарги, обидві розглянуто у встановлений законом строк.</p>
<p>Звертатися можна за адресою: смт Нова Прага, вул. Соборна, 19, каб. 4, тел. (05238) 0-43-55.</p>
</article>
</main>
<aside class="sidebar">
  <h3>Контакти</h3>
  <p>28000, смт Нова Прага, вул. Соборна, 19</p>
  <p>Тел.: (05238) 0-41-07</p>
  <h3>Останні новини</h3>
  <ul>
    <li><a href="/news/2024-07-10">10.07.2024 Засідання виконкому № 14</a></li>
    <li><a href="/news/2024-07-05">05.07.2024 Графік прийому громадян на ІІІ квартал</a></li>
    <li><a href="/news/2024-07-01">01.07.2024 Оголошення про конкурс на 3 посади</a></li>
  </ul>
</aside>
</div>
<footer class="site-footer">
  <p>&copy; 2017–2024 Новопразька селищна рада. Усі права захищено.</p>
  <p>Код ЄДРПОУ 04365281</p>
</footer>
</body>
</html>
"""


def main():
    write_text(report_path(DOC), HTML, encoding="cp1251", newline="\n")
    g = Gold(DOC, {"centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Новопразької селищної ради",
                   "centre_type": "tcso", "settlement": "Нова Прага", "oblast": "Кіровоградська",
                   "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-06-30",
                   "published": "2024-07-12"},
             meta_alt={"centre": ["Територіальний центр соціального обслуговування Новопразької селищної ради"],
                       "settlement": ["Новопразька селищна територіальна громада"]})
    F = g.f
    f1 = F("served", "persons", 486, "соціальними послугами терцентру скористалися 486 громадян похилого")
    grp = "served_486_by_department"
    f2 = F("served", "persons", 212, "відділення соціальної допомоги вдома обслуговувало 212 осіб",
           service="home_care", group=grp, parent=f1)
    f3 = F("served", "persons", 64, "відділення денного перебування відвідували 64 особи",
           service="day_care", group=grp, parent=f1)
    f4 = F("served", "persons", 210, "допомогло 210 особам", service="natural_aid", group=grp, parent=f1)
    f5 = F("served", "persons", 148, "148 осіб (69,8 %) проживають самотньо", percent=69.8, service="home_care",
           category="одинокі особи", parent=f2)
    f6 = F("served", "persons", 47, "47 осіб (23,2 %)", percent=23.2, service="home_care",
           category="особи з інвалідністю I або II групи", parent=f2)
    f7 = F("served", "persons", 39, "на обслуговування взято 39 осіб", alt=["registered_new", "support_started"],
           label="взято на обслуговування")
    f8 = F("deregistered", "persons", 27, "знято з обслуговування 27 осіб")
    grp2 = "deregistered_27_by_reason"
    f9 = F("deregistered", "persons", 16, "16 – у зв'язку", label="смерть", group=grp2, parent=f8)
    f10 = F("deregistered", "persons", 8, "8 – у зв'язку з влаштуванням до будинків-інтернатів",
            label="влаштування до будинків-інтернатів", group=grp2, parent=f8)
    f11 = F("deregistered", "persons", 3, "3 – за власним бажанням", label="за власним бажанням", group=grp2, parent=f8)
    f12 = F("services_provided", "services", 9734, "Загалом за півріччя надано 9 734 соціальні послуги")
    f13 = F("aid_value", "uah", 146000, "на загальну суму 146,0 тис. грн", service="natural_aid")
    f14 = F("served", "persons", 23, "Послугою «Соціальне таксі» скористалися 23 особи", service="social_taxi")
    f15 = F("budget_received", "uah", 61200, "надійшло 61,2 тис. грн", label="спеціальний фонд, платні соціальні послуги")
    f16 = F("staff_positions", "positions", 38, "Штатна чисельність терцентру – 38 посад")
    f17 = F("staff_positions", "positions", 29, "з них 29 посад соціальних робітників", label="соціальні робітники",
            parent=f16)
    f18 = F("complaints", "complaints", 2, "До терцентру надійшло 2 скарги")
    f19 = F("served", "persons", 58, "Серед усіх отримувачів 58 – внутрішньо переміщені особи",
            category="внутрішньо переміщені особи", parent=f1)
    f20 = F("staff_actual", "staff", 36, "фактично працюють 36 працівників")
    f21 = F("survey_respondents", "recipients", 54, "54 отримувачі послуг", unit_alt="persons")
    f22 = F("satisfaction", "percent", 96.3, "рівень задоволеності якістю послуг склав 96,3 %")
    f23 = F("events", "events", 11, "проведено 11 групових заходів", service="day_care")
    f24 = F("event_participants", "persons", 148, "для 148 учасників", parent=f23)

    g.slip("percent_mismatch", "error", "47 осіб (23,2 %)", 23.2, 22.2, [f6, f2],
           "47 of the 212 home-care recipients is 22,17 % → 22,2 %, not 23,2 %",
           "pct_ok(p6, f6, f2, 1)")
    g.check("parts_sum", "Зокрема:", "212 + 64 + 210 = 486 (departments)", "f2 + f3 + f4 == f1")
    g.check("percent_mismatch", "148 осіб (69,8 %) проживають самотньо", "148 / 212 = 69,81 % → 69,8",
            "pct_ok(p5, f5, f2, 1)")
    g.check("parts_sum", "знято з обслуговування 27 осіб: 16 – у зв'язку", "16 + 8 + 3 = 27",
            "f9 + f10 + f11 == f8")
    g.check("parts_sum", "дві посади вакантні, фактично працюють 36 працівників",
            "38 positions − 2 vacant = 36 working", "f16 - 2 == f20")
    g.check("percent_impossible", "рівень задоволеності якістю послуг склав 96,3 %",
            "96,3 % is reachable with 54 respondents (52 of 54 = 96,30 %)", "grim_ok(f22, f21, 1)")
    g.check("parts_sum", "з них 29 посад соціальних робітників", "29 ≤ 38", "f17 <= f16")

    g.skip("Терцентр підбив підсумки роботи за І півріччя 2024 року", [2024], "year in the title")
    g.skip("12.07.2024 09:41", [12, 7, 2024, 9, 41], "publication date and time")
    g.skip("Переглядів: 217", [217], "view counter")
    g.skip("рішенням селищної ради від 24.02.2021 № 187", [24, 2, 2021, 187], "decision date and number")
    g.skip("21 населений пункт, у яких проживає близько 10,3 тис. мешканців, з них 3 140 осіб віком понад 60 років",
           [21, 10300, 3140, 60], "settlement count, population, age")
    g.skip("(за аналогічний період 2023 року – 471)", [2023, 471], "prior-year figure")
    g.skip("Найстаршій підопічній виповнилося 97 років.", [97], "age")
    g.skip("420 продуктових наборів і 96 комплектів постільної білизни", [420, 96], "items")
    g.skip("З пункту прокату видано 14 технічних засобів реабілітації.", [14], "items (rehabilitation aids)")
    g.skip("здійснено 57 поїздок", [57], "trips (no §3 id)")
    g.skip("Вартість одного кілометра для отримувачів становить 12 грн.", [12], "tariff 12 грн per km")
    g.skip("Упродовж січня – червня 2024 року", [2024], "period")
    g.skip("дві посади", [2], "vacancies")
    g.skip("вул. Соборна, 19, каб. 4, тел. (05238) 0-43-55", [19, 4, 5238, 4355], "address, room, phone")

    g.note("«скористалися 486 … Зокрема» by department → served with service and group; the three departments sum to 486")
    g.note("«148 осіб (69,8 %)», «47 осіб (23,2 %)» are overlapping categories of the 212 home-care recipients: parent only, no group")
    g.note("«на обслуговування взято 39 осіб» → served (alt registered_new, support_started) as in blind18; «знято з обслуговування 27» → deregistered with labelled reasons")
    g.note("«обидві розглянуто» is not a count; complaints = 2")
    g.note("the page chrome (header phone, menu, sidebar with address and news, footer with ЄДРПОУ and years) is not in the text `zvitparse read` prints, so it has no skipped entries")
    g.note("the 11 events / 148 participants of the day-care department: 148 is also the number of lone home-care recipients — a coincidence planted as a trap; different indicators")
    g.note("published is the article date 12.07.2024")
    g.write()


if __name__ == "__main__":
    main()
