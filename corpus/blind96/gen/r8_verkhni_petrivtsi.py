"""b96_08: ЦНСП Петровецької сільської ради (Верхні Петрівці, Чернівецька), results of 2024 as a council
page made of INFOGRAPHIC IMAGES: each figure is a <figure> with an <img> whose alt text states the figure and
a <figcaption>; some figures are only in the alt text, some only in the caption, some in both; a short prose
introduction and ending; site furniture (header, menu, breadcrumbs, sidebar with numbers, footer).
No planted slip."""
import html as H

from common import Gold, report_path, write_text

DOC = "b96_08_verkhni_petrivtsi_cnsp_annual2024.html"

# (image file, alt text, caption or None)
FIGS = [
    ("zvernennia.png", "Інфографіка: 1 246 звернень до Центру у 2024 році", "1 246 звернень громадян за рік"),
    ("simi.png", "Інфографіка: 214 сімей отримали соціальні послуги", "Сім'ї — отримувачі послуг"),
    ("povidomlennia.png", "Інфографіка", "Повідомлення про сім'ї, які можуть перебувати у СЖО: 41 сім'я"),
    ("szho.png", "Інфографіка: сім'ї у складних життєвих обставинах",
     "За результатами оцінки потреб у СЖО перебувають 29 сімей"),
    ("otsinka.png", "Оцінка потреб", "Оцінку потреб проведено для 96 сімей/осіб"),
    ("informuvannia.png", "Інформування — 402 особи", "Інформування: 402 особи"),
    ("konsult.png", "Інфографіка", "Консультування: 538 осіб, 1 412 консультацій"),
    ("dohliad.png", "Догляд вдома — 86 осіб", "Догляд вдома: 86 осіб, з них 31 — одинокі"),
    ("dennyi.png", "Денний догляд дітей з інвалідністю — 14 дітей", "Денний догляд дітей з інвалідністю: 14 дітей"),
    ("suprovid.png", "Інфографіка: 27 сімей під соціальним супроводом",
     "Соціальний супровід сімей у СЖО: 27 сімей, у них 61 дитина"),
    ("rezultaty.png", "Інфографіка: результати супроводу",
     "Завершено супровід 15 сімей: 11 — з позитивним результатом, 4 — з мінімізацією СЖО"),
    ("naturalna.png", "Натуральна допомога: 312 продуктових наборів для 143 сімей ВПО", "Натуральна допомога"),
    ("taksi.png", "Соціальне таксі", "Соціальне таксі: 19 осіб, 58 поїздок"),
    ("zakhody.png", "Інфографіка: групова робота", "Групові заходи — 24, учасників — 387"),
    ("hariacha.png", "Гаряча лінія: 173 дзвінки", "Гаряча лінія: 173 дзвінки"),
    ("opytuvannia.png", "Інфографіка: опитування отримувачів",
     "96,4 % задоволені якістю послуг (опитано 112 отримувачів)"),
    ("skarhy.png", "Скарг не надходило", "Скарг — 0"),
    ("komanda.png", "Інфографіка: команда Центру", "Команда: 21 працівник на 23 штатних посадах"),
    ("biudzhet.png", "Інфографіка: 6,84 млн грн", "Касові видатки Центру у 2024 році, млн грн"),
]

figs_html = []
for i, (src, alt, cap) in enumerate(FIGS, 1):
    capt = f"\n        <figcaption>{H.escape(cap, quote=False)}</figcaption>" if cap else ""
    figs_html.append(f"""      <figure class="info-card card-{i}">
        <img src="/uploads/2025/02/pidsumky-2024/{src}" alt="{H.escape(alt)}" width="540" height="540" loading="lazy">{capt}
      </figure>""")

PAGE = f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Підсумки роботи Центру надання соціальних послуг за 2024 рік в інфографіці — Петровецька сільська рада</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/wp-content/themes/hromada/style.css?ver=6.4.2">
</head>
<body class="post-template-default single">
<header class="site-header">
  <div class="header-top">Гаряча лінія сільської ради: (03736) 0-21-80 · petrivtsi.rada@example.ua</div>
  <div class="branding"><img src="/img/gerb.png" alt="Герб Петровецької громади"><span>Петровецька сільська рада<br>Чернівецький район, Чернівецька область</span></div>
  <nav class="main-nav"><ul>
    <li><a href="/">Головна</a></li><li><a href="/hromada/">Громада</a></li><li><a href="/rada/">Рада</a></li>
    <li><a href="/cnsp/">ЦНСП</a></li><li><a href="/news/">Новини</a></li><li><a href="/kontakty/">Контакти</a></li>
  </ul></nav>
</header>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/news/">Новини</a> » Підсумки роботи ЦНСП за 2024 рік</div>
<main class="site-main">
  <article class="post">
    <h1 class="entry-title">Підсумки роботи Центру надання соціальних послуг за 2024 рік в інфографіці</h1>
    <div class="entry-meta">Опубліковано 05.02.2025 · Рубрика: Соціальний захист · 👁 204</div>
    <div class="entry-content">
      <p>Центр надання соціальних послуг Петровецької сільської ради підбив підсумки роботи за 2024 рік. Фахівці Центру працювали в усіх дев'яти селах громади, а з вересня – ще й у пункті незламності в с. Верхні Петрівці. Пропонуємо основні показники року в цифрах.</p>
      <p>Для порівняння: у 2023 році до Центру зверталися 1 102 рази, тож навантаження на фахівців зросло. Протягом року 8 працівників Центру підвищили кваліфікацію на курсах Національної соціальної сервісної служби та обласного центру соціальних служб, а мобільна бригада здійснила 146 виїздів до віддалених присілків.</p>
      <div class="infographics">
{chr(10).join(figs_html)}
      </div>
      <p>Дякуємо трьом громадським організаціям і двом благодійним фондам, з якими ми разом допомагали людям у 2024 році. У 2025 році Центр планує відкрити відділення денного догляду на 15 місць і запровадити послугу підтриманого проживання.</p>
      <p>Звертайтеся: с. Верхні Петрівці, вул. Головна, 74, тел. (03736) 0-27-45, пн–пт з 8:00 до 17:00.</p>
    </div>
  </article>
</main>
<aside class="sidebar">
  <section class="widget"><h3>Громада в цифрах</h3><ul><li>Населення – 9 846 осіб</li><li>Сіл – 9</li><li>Площа – 152 км²</li></ul></section>
  <section class="widget"><h3>Останні новини</h3><ul><li><a href="/news/2025-02-03/">03.02.2025 Сесія сільської ради № 52</a></li><li><a href="/news/2025-01-30/">30.01.2025 Графік прийому громадян</a></li></ul></section>
</aside>
<footer class="site-footer">
  <p>© 2025 Петровецька сільська рада. Код ЄДРПОУ 04417625.</p>
  <p>59251, Чернівецька обл., Чернівецький р-н, с. Верхні Петрівці, вул. Головна, 70</p>
</footer>
</body>
</html>
"""

path = report_path(DOC)
write_text(path, PAGE)

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Петровецької сільської ради",
    "centre_type": "cnsp",
    "settlement": "Верхні Петрівці",
    "report_kind": "annual_report",
    "period_start": "2024-01-01",
    "period_end": "2024-12-31",
    "published": "2025-02-05",
}, meta_alt={"settlement": ["Петровецька сільська громада", "Петровецька громада"],
             "report_kind": ["other"]})
n = lambda fid: fid[1:]  # noqa: E731
ap = g.f("applied", "applications", 1246, "1 246 звернень громадян за рік",
         note="also in the alt text («1 246 звернень до Центру у 2024 році»)")
nt = g.f("notified", "families", 41, "Повідомлення про сім'ї, які можуть перебувати у СЖО: 41 сім'я")
sj = g.f("in_difficult_circumstances", "families", 29, "За результатами оцінки потреб у СЖО перебувають 29 сімей")
na = g.f("needs_assessed", "families_persons", 96, "Оцінку потреб проведено для 96 сімей/осіб")
inf = g.f("served", "persons", 402, "Інформування: 402 особи", service="informing")
k1 = g.f("served", "persons", 538, "Консультування: 538 осіб", service="counselling")
k2 = g.f("services_provided", "services", 1412, "1 412 консультацій", service="counselling")
h1 = g.f("served", "persons", 86, "Догляд вдома: 86 осіб", service="home_care")
h2 = g.f("served", "persons", 31, "з них 31 — одинокі", service="home_care", category="одинокі громадяни", parent=h1)
dd = g.f("served", "children", 14, "Денний догляд дітей з інвалідністю: 14 дітей",
         service="day_care_children_disabled")
s1 = g.f("served", "families", 27, "Соціальний супровід сімей у СЖО: 27 сімей", service="social_support_sjo",
         alt=["support_ongoing"])
s2 = g.f("served", "children", 61, "у них 61 дитина", service="social_support_sjo", alt=["support_ongoing"],
         parent=s1)
c0 = g.f("support_completed", "families", 15, "Завершено супровід 15 сімей", service="social_support_sjo",
         parent=s1)
c1 = g.f("outcome_positive", "families", 11, "11 — з позитивним результатом", group="completed15_by_outcome",
         parent=c0)
c2 = g.f("outcome_minimized", "families", 4, "4 — з мінімізацією СЖО", group="completed15_by_outcome", parent=c0)
tx = g.f("served", "persons", 19, "Соціальне таксі: 19 осіб", service="social_taxi")
ev = g.f("events", "events", 24, "Групові заходи — 24")
ep = g.f("event_participants", "persons", 387, "учасників — 387", parent=ev)
cl = g.f("calls", "calls", 173, "Гаряча лінія: 173 дзвінки")
sa = g.f("satisfaction", "percent", 96.4, "96,4 % задоволені якістю послуг", alt=["share"])
sr = g.f("survey_respondents", "recipients", 112, "опитано 112 отримувачів", unit_alt="persons")
cm = g.f("complaints", "complaints", 0, "Скарг — 0")
st1 = g.f("staff_actual", "staff", 21, "Команда: 21 працівник")
st2 = g.f("staff_positions", "positions", 23, "на 23 штатних посадах")
st3 = g.f("staff_trained", "staff", 8, "8 працівників Центру підвищили кваліфікацію")

g.check("parts_sum", "Завершено супровід 15 сімей", "11 + 4 = 15; 15 ≤ 27",
        f"f{n(c1)} + f{n(c2)} == f{n(c0)} and f{n(c0)} <= f{n(s1)}")
g.check("parts_sum", "з них 31 — одинокі", "31 ≤ 86", f"f{n(h2)} <= f{n(h1)}")
g.check("parts_sum", "За результатами оцінки потреб у СЖО перебувають 29 сімей", "29 in СЖО ≤ 41 notified",
        f"f{n(sj)} <= f{n(nt)}")
g.check("percent_impossible", "96,4 % задоволені якістю послуг (опитано 112 отримувачів)", "108 of 112 = 96,43 %",
        f"grim_ok(f{n(sa)}, f{n(sr)}, 1)")
g.check("parts_sum", "Команда: 21 працівник на 23 штатних посадах", "8 trained ≤ 21 working ≤ 23 positions",
        f"f{n(st3)} <= f{n(st1)} <= f{n(st2)}")

g.skip("Опубліковано 05.02.2025", [5, 2, 2025], "publication date")
g.skip("👁 204", [204], "view counter")
g.skip("Підсумки роботи Центру надання соціальних послуг за 2024 рік в інфографіці", [2024], "title")
g.skip("підбив підсумки роботи за 2024 рік", [2024], "year")
g.skip("Соціальне таксі: 19 осіб, 58 поїздок", [58], "trips (no §3 id)")
g.skip("Касові видатки Центру у 2024 році, млн грн", [2024], "caption without its figure (the 6,84 is only in the alt text)")
g.skip("у 2023 році до Центру зверталися 1 102 рази", [2023, 1102], "prior-year figure")
g.skip("мобільна бригада здійснила 146 виїздів до віддалених присілків", [146], "field trips (no §3 id)")
g.skip("з якими ми разом допомагали людям у 2024 році", [2024], "year")
g.skip("У 2025 році Центр планує відкрити відділення денного догляду на 15 місць", [2025, 15], "plan, capacity")
g.skip("с. Верхні Петрівці, вул. Головна, 74, тел. (03736) 0-27-45, пн–пт з 8:00 до 17:00",
       [74, 3736, 2745, 8, 0, 17, 0], "address, phone, office hours")

g.alt_only = [
    {"indicator": "served", "unit": "families", "value": 214,
     "alt_text": "Інфографіка: 214 сімей отримали соціальні послуги", "caption": "Сім'ї — отримувачі послуг"},
    {"indicator": "served", "unit": "families", "value": 143, "service": "natural_aid",
     "category": "внутрішньо переміщені особи",
     "alt_text": "Натуральна допомога: 312 продуктових наборів для 143 сімей ВПО", "caption": "Натуральна допомога",
     "note": "312 sets are items, not a fact"},
    {"indicator": "budget_spent", "unit": "uah", "value": 6840000,
     "alt_text": "Інфографіка: 6,84 млн грн", "caption": "Касові видатки Центру у 2024 році, млн грн"},
]

g.note("an infographic page: each figure is an <img> with alt text and a <figcaption>. `zvitparse read` prints "
       "the captions and the prose but no alt text, so only figures written in a caption or in the prose can be "
       "gold facts (every quote must be in the read text). Figures written only in alt text (214 families served, "
       "143 IDP families with natural aid, 6,84 млн грн spent) are listed under `alt_only` with the reading they "
       "would get; they are not scored facts. Figures in both alt and caption are one fact, quoted from the caption")
g.note("«Оцінку потреб проведено для 96 сімей/осіб» → needs_assessed, unit families_persons")
g.note("«Повідомлення про сім'ї …: 41 сім'я» → notified 41 families; «у СЖО перебувають 29 сімей» → "
       "in_difficult_circumstances")
g.note("«Соціальний супровід сімей у СЖО: 27 сімей» → served (alt support_ongoing) with its 61 children; "
       "«Завершено супровід 15 сімей: 11 …, 4 …» → support_completed with outcomes as a partition")
g.note("«опитано 112 отримувачів» → survey_respondents, unit recipients (unit_alt persons); «96,4 % задоволені» → "
       "satisfaction (alt share)")
g.note("settlement: the page is the Петровецька громада's, the centre sits in Верхні Петрівці → Верхні Петрівці, "
       "with the hromada in meta_alt; report_kind annual_report (results of the year), alt other (a news page); "
       "oblast appears only in the site header, which the reader does not print → not in meta")
g.note("header (hotline phone), menu, breadcrumbs, sidebar «Громада в цифрах», news list and footer (ЄДРПОУ, "
       "address) carry numbers that are not facts; what the reader prints of them is skipped")

_orig = g.as_dict


def _as_dict():
    out = _orig()
    out["alt_only"] = g.alt_only
    return out


g.as_dict = _as_dict
g.write()
