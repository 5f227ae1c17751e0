"""b10_05: an interview with a ЦНСП director on a local news site (Q&A, numbers partly
as words), HTML UTF-8."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, write_bytes, pct

NAME = "b10_05_tulchyn_interview.html"

assert pct(24, 31, 0) == 77        # planted: the director says 83 %
assert all(pct(k, 31, 0) != 83 for k in range(32))
assert 46 - 41 == 5

QA = [
    ("Пані директорко, скільки людей до вас звернулося цьогоріч?",
     "Понад шістсот. Для порівняння: у 2022-му було близько трьохсот, тобто нині — удвічі більше. Серед тих, хто звернувся, "
     "132 — внутрішньо переміщені особи, приблизно кожен п'ятий."),
    ("З чим найчастіше приходять?",
     "Найбільше — по консультації: куди звернутися по виплати, як оформити інвалідність, які документи потрібні переселенцям. "
     "Консультування цьогоріч отримали 412 людей. А наш психолог провела майже чотириста консультацій — і дорослим, і дітям."),
    ("Скільки родин зараз під соціальним супроводом?",
     "Сорок дві сім'ї, у них виховується вісімдесят п'ятеро дітей. Цьогоріч під супровід узяли двадцять вісім сімей, а завершили "
     "роботу з тридцятьма однією. З них двадцять чотири — з позитивним результатом, це 83 відсотки. Решта — переїхали або "
     "відмовилися від послуги."),
    ("Оцінку потреб ви проводите для кожного?",
     "Так, без неї послугу не призначиш. Цього року провели оцінку потреб для ста дев'яноста шести осіб."),
    ("Розкажіть про догляд удома.",
     "Наші соціальні робітники обслуговують 187 підопічних, переважно самотніх людей, яким за вісімдесят. Кожен робітник має "
     "по 8–10 підопічних і відвідує їх двічі-тричі на тиждень."),
    ("Кадрів вистачає?",
     "За штатом у нас 46 посад, працює 41 людина. Тобто п'ять вакансій, і всі — соціальні робітники. Зарплата, на жаль, невисока."),
    ("Що з натуральною допомогою?",
     "Продуктові та гігієнічні набори від благодійників отримали півтори сотні людей з інвалідністю. А ще взимку роздали "
     "паливні брикети сорока двом родинам у старостинських округах."),
    ("Соціальне таксі працює?",
     "Так, маємо один спеціально обладнаний автомобіль. За рік — 318 поїздок, скористалися 74 людини. Поїздка містом коштує "
     "20 гривень, для людей з інвалідністю I групи — безкоштовно."),
    ("А пункт прокату?",
     "Пункт прокату засобів реабілітації — крісла колісні, ходунки, милиці. Цьогоріч ним скористалися 58 людей, видали 63 одиниці."),
    ("Відділення денного догляду відкрили нещодавно?",
     "Два роки тому. Щодня там бувають 20–25 людей, а загалом за рік — дев'яносто шість відвідувачів. Гуртки, руханка, спілкування."),
    ("Які заходи проводили?",
     "Дванадцять заходів для людей старшого віку — від майстер-класів до екскурсії в Немирів. Участь узяли понад двісті осіб."),
    ("Скарги були?",
     "Одна, письмова, щодо графіка роботи соціального робітника. Розібралися, графік змінили."),
    ("А гаряча лінія?",
     "Цьогоріч на гарячу лінію центру надійшло понад тисячу сто дзвінків. Мобільна бригада виїжджала в старостинські округи "
     "сорок вісім разів."),
    ("Який бюджет центру?",
     "На цей рік — 18,7 мільйона гривень. На наступний просимо 21 мільйон, бо хочемо відкрити ще одне відділення денного догляду "
     "в Кинашеві."),
    ("Що побажаєте читачам?",
     "Не соромтеся просити допомоги. Телефонуйте: 096 000 41 27, ми працюємо з понеділка по п'ятницю з 8:00 до 17:00."),
]

body = "\n".join(f'<p class="q"><strong>— {q}</strong></p>\n<p>— {a}</p>' for q, a in QA)

LEAD = ("Понад 600 людей звернулися по допомогу, 42 родини — під соціальним супроводом, 187 самотніх людей похилого віку "
        "отримують догляд удома. Про те, як працював Центр надання соціальних послуг Тульчинської міської ради у 2025 році, "
        "ми поговорили з його директоркою.")

HTML = f"""<!doctype html>
<html lang="uk"><head><meta charset="utf-8">
<title>«Понад шістсот людей звернулися до нас цьогоріч»: директорка ЦНСП про рік роботи — ТульчинІнфо</title>
<meta property="og:title" content="«Понад шістсот людей звернулися до нас цьогоріч»">
<meta property="article:published_time" content="2025-12-23T10:14:00+02:00">
</head>
<body>
<header class="site-header"><a class="logo" href="/">ТульчинІнфо</a> <span>Новини Тульчина та громади · Вінницька область</span>
<nav><a href="/news">Новини</a> <a href="/society">Суспільство</a> <a href="/interview">Інтерв'ю</a> <a href="/ads">Оголошення</a> <a href="/weather">Погода: -2°C</a></nav>
</header>
<main>
<article>
<h1>«Понад шістсот людей звернулися до нас цьогоріч»: директорка ЦНСП про рік роботи</h1>
<div class="byline">Марія Стецюк · 23 грудня 2025, 10:14 · Переглядів: 1 318</div>
<p class="lead"><strong>{LEAD}</strong></p>
<figure><img src="/img/2025/12/cnsp.jpg" alt=""><figcaption>Фото: ЦНСП Тульчинської міської ради</figcaption></figure>
{body}
<p><em>Розмовляла Марія Стецюк</em></p>
<p class="tags">Теги: соціальні послуги, ЦНСП, Тульчинська громада</p>
</article>
<section class="comments"><h3>Коментарі (3)</h3>
<div class="c"><b>Галина</b> 23.12.2025 11:02<p>Дякую соціальному робітнику Оксані, приходить до мами вже 4 роки!</p></div>
<div class="c"><b>Петро К.</b> 23.12.2025 12:40<p>А таксі можна замовити на суботу?</p></div>
<div class="c"><b>ТульчинІнфо</b> 23.12.2025 13:05<p>Петре, лише у робочі дні.</p></div>
</section>
</main>
<aside><h3>Читайте також</h3>
<ul><li><a href="/n/1">У Тульчині відремонтують 3 вулиці до літа</a></li><li><a href="/n/2">Громада отримала 2 генератори від партнерів</a></li></ul></aside>
<footer>© 2017–2025 ТульчинІнфо. Передрук — з посиланням. Реклама: 067 000 55 12</footer>
</body></html>
"""

path = write_bytes(NAME, HTML.encode("utf-8"))

g = Gold(NAME, {
    "centre": "Центр надання соціальних послуг Тульчинської міської ради",
    "centre_type": "cnsp",
    "settlement": "Тульчин",
    "oblast": "Вінницька",
    "report_kind": "other",
    "period_start": "2025-01-01",
    "period_end": "2025-12-31",
    "published": "2025-12-23",
}, meta_alt={"period_end": ["2025-12-23"]})

# headline and lead
g.f("applied", "persons", 600, "«Понад шістсот людей звернулися до нас цьогоріч»",
    note="headline (h1); the same 600 is stated again in the lead and in the first answer: three facts")
g.f("applied", "persons", 600, "Понад 600 людей звернулися по допомогу")
g.f("served", "families", 42, "42 родини — під соціальним супроводом", service="social_support_sjo", alt=["support_ongoing"])
g.f("served", "persons", 187, "187 самотніх людей похилого віку отримують догляд удома", service="home_care",
    category="самотні люди похилого віку")
# Q&A
ap = g.f("applied", "persons", 600, "Понад шістсот.", note="word numeral «Понад шістсот» = 600 (second statement after the lead)")
g.f("applied", "persons", 132, "132 — внутрішньо переміщені особи", parent_id=ap, category="внутрішньо переміщені особи")
g.f("served", "persons", 412, "Консультування цьогоріч отримали 412 людей", service="counselling")
g.f("services_provided", "services", 400, "наш психолог провела майже чотириста консультацій",
    label="психологічні консультації", uncertain=True,
    note="«майже чотириста» (almost 400) annotated as 400, like the «понад» convention")
sj = g.f("served", "families", 42, "Сорок дві сім'ї, у них виховується вісімдесят п'ятеро дітей", service="social_support_sjo",
         alt=["support_ongoing"], note="word numerals; answer to «Скільки родин зараз під соціальним супроводом?»")
g.f("served", "children", 85, "у них виховується вісімдесят п'ятеро дітей", service="social_support_sjo",
    alt=["support_ongoing"], parent_id=sj)
g.f("support_started", "families", 28, "під супровід узяли двадцять вісім сімей", service="social_support_sjo")
sc = g.f("support_completed", "families", 31, "завершили роботу з тридцятьма однією", service="social_support_sjo",
         note="instrumental case «з тридцятьма однією» = 31")
op = g.f("outcome_positive", "families", 24, "З них двадцять чотири — з позитивним результатом, це 83 відсотки", percent=83,
         service="social_support_sjo", parent_id=sc)
g.f("needs_assessed", "persons", 196, "провели оцінку потреб для ста дев'яноста шести осіб")
g.f("served", "persons", 187, "Наші соціальні робітники обслуговують 187 підопічних", service="home_care")
g.f("staff_positions", "positions", 46, "За штатом у нас 46 посад")
g.f("staff_actual", "staff", 41, "працює 41 людина")
g.f("served", "persons", 150, "Продуктові та гігієнічні набори від благодійників отримали півтори сотні людей з інвалідністю",
    service="natural_aid", category="особи з інвалідністю", note="«півтори сотні» = 150")
g.f("served", "families", 42, "роздали паливні брикети сорока двом родинам у старостинських округах", service="natural_aid",
    label="паливні брикети", note="dative «сорока двом» = 42; not the same 42 as the families under support")
g.f("services_provided", "services", 318, "За рік — 318 поїздок", service="social_taxi", uncertain=True,
    note="taxi trips read as acts of the service")
g.f("served", "persons", 74, "скористалися 74 людини", service="social_taxi")
g.f("served", "persons", 58, "Цьогоріч ним скористалися 58 людей", label="пункт прокату засобів реабілітації")
g.f("served", "persons", 96, "а загалом за рік — дев'яносто шість відвідувачів", service="day_care")
g.f("events", "events", 12, "Дванадцять заходів для людей старшого віку", category="люди старшого віку")
g.f("event_participants", "persons", 200, "Участь узяли понад двісті осіб")
g.f("complaints", "complaints", 1, "Одна, письмова, щодо графіка роботи соціального робітника",
    note="answer to «Скарги були?»: one written complaint")
g.f("calls", "calls", 1100, "надійшло понад тисячу сто дзвінків")
g.f("budget_approved", "uah", 18700000, "На цей рік — 18,7 мільйона гривень",
    note="the centre's budget for the current year (2025); reading as approved")

g.bad("percent_mismatch", "error", "З них двадцять чотири — з позитивним результатом, це 83 відсотки", 83, 77, [op, sc],
      "24 of the 31 completed cases = 77.4 % → 77 %; the director says 83 %.")
g.bad("percent_impossible", "error", "З них двадцять чотири — з позитивним результатом, це 83 відсотки", 83, "81 or 84",
      [op, sc], "GRIM with N = 31 at whole percents: 25/31 = 80.6 → 81, 26/31 = 83.9 → 84; no whole k gives 83. Same evidence as the percent_mismatch.")

g.ok("parts_sum", "За штатом у нас 46 посад, працює 41 людина. Тобто п'ять вакансій", "46 − 41 = 5 vacancies")
g.ok("internal_conflict", "Понад 600 людей звернулися по допомогу",
     "lead and answers agree: 600 applied, 42 families under support, 187 home-care recipients")

for q, v, r in [
    ("23 грудня 2025, 10:14", [23, 2025, 10, 14], "publication date and time (meta)"),
    ("Переглядів: 1 318", [1318], "view counter"),
    ("у 2022-му було близько трьохсот, тобто нині — удвічі більше", [2022, 300, 2], "other year (2022) and a ratio"),
    ("приблизно кожен п'ятий", [5], "a rough share (1 in 5), not a figure"),
    ("яким за вісімдесят", [80], "age"),
    ("по 8–10 підопічних і відвідує їх двічі-тричі на тиждень", [8, 10, 2, 3], "caseload range and visit frequency"),
    ("Тобто п'ять вакансій", [5], "vacancies (46 − 41); no §3 id"),
    ("маємо один спеціально обладнаний автомобіль", [1], "number of vehicles"),
    ("Поїздка містом коштує 20 гривень, для людей з інвалідністю I групи — безкоштовно", [20, 1], "tariff; disability group"),
    ("видали 63 одиниці", [63], "items of rehabilitation equipment issued; no unit for items"),
    ("Два роки тому.", [2], "duration (age of the department)"),
    ("Щодня там бувають 20–25 людей", [20, 25], "daily attendance range, not a period total"),
    ("Мобільна бригада виїжджала в старостинські округи сорок вісім разів", [48], "mobile-brigade trips; no §3 id"),
    ("На наступний просимо 21 мільйон", [21000000], "next-year budget request (plan)"),
    ("Телефонуйте: 096 000 41 27", [96, 0, 41, 27], "phone"),
    ("з 8:00 до 17:00", [8, 17], "opening hours"),
]:
    g.skip(q, v, r)
for q, v, r in [("Коментарі (3)", [3], "comment counter"), ("приходить до мами вже 4 роки", [4], "reader comment"),
                ("У Тульчині відремонтують 3 вулиці до літа", [3], "related-news link"),
                ("Громада отримала 2 генератори від партнерів", [2], "related-news link"),
                ("Реклама: 067 000 55 12", [67], "footer phone"), ("Погода: -2°C", [-2], "weather widget")]:
    g.skip(q, v, r, in_read_text=False)

g.notes += [
    "report_kind other: a news interview, not a report. The period is the calendar year 2025 («цьогоріч», «за рік», «на цей рік»), "
    "though the interview appeared on 23.12.2025 (period_end 2025-12-23 accepted).",
    "the headline states the 600 too (a third time): annotated as its own fact; drop it if headlines are to be ignored.",
    "the lead repeats three figures of the answers in digits (600, 42, 187): each is a fact twice, as the convention asks.",
    "word numerals in oblique cases are annotated with their values: «тридцятьма однією» 31, «ста дев'яноста шести» 196, «сорока двом» 42, «півтори сотні» 150, «вісімдесят п'ятеро» 85.",
    "«Понад шістсот» / «понад двісті» / «понад тисячу сто» are 600 / 200 / 1100; «майже чотириста» is 400 and marked uncertain.",
    "the 42 families given fuel briquettes are a different 42 from the 42 families under support.",
    "the 18,7 million is the centre's budget «на цей рік»: budget_approved without kekv.",
    "comments, related-news links, header weather and footer are dropped by the reader; listed in skipped with in_read_text false.",
]
g.write(path)
