"""b61_08: wiki page «Соціальний захист у Боярській міській громаді» (MediaWiki-style HTML, UTF-8): infobox, edit
links, glued footnote markers, contents box, references with access dates, categories, a history of several
years. Less common style 2."""
from common import Gold, report_path, write_text

DOC = "b61_08_boiarka_wiki_2024.html"


def h2(anchor, title):
    return (f'<h2><span class="mw-headline" id="{anchor}">{title}</span><span class="mw-editsection">'
            '<span class="mw-editsection-bracket">[</span><a href="#" title="Редагувати розділ">ред.</a>'
            '<span class="mw-editsection-divider"> | </span><a href="#" title="Редагувати код розділу">ред. код</a>'
            '<span class="mw-editsection-bracket">]</span></span></h2>\n')


def ref(n):
    return f'<sup id="cite_ref-{n}" class="reference"><a href="#cite_note-{n}">[{n}]</a></sup>'


INFOBOX = f"""<table class="infobox vcard" style="width:22em">
<tr><th colspan="2" class="infobox-above">Соціальний захист у Боярській міській громаді</th></tr>
<tr><th>Країна</th><td>Україна</td></tr>
<tr><th>Область</th><td>Київська</td></tr>
<tr><th>Район</th><td>Фастівський</td></tr>
<tr><th>Орган управління</th><td>Управління соціального захисту населення Боярської міської ради</td></tr>
<tr><th>Основний надавач</th><td>Центр надання соціальних послуг Боярської міської ради (з 2019)</td></tr>
<tr><th>Отримувачів послуг (2024)</th><td>3 412{ref(2)}</td></tr>
<tr><th>Працівників ЦНСП (2024)</th><td>118{ref(3)}</td></tr>
<tr><th>Видатки ЦНСП (2024)</th><td>46,8 млн грн{ref(4)}</td></tr>
<tr><th>Гаряча лінія</th><td>(04598) 0-44-17</td></tr>
</table>
"""

TOC = """<div id="toc" class="toc" role="navigation"><div class="toctitle"><h2 id="mw-toc-heading">Зміст</h2></div>
<ul>
<li class="toclevel-1"><a href="#Історія"><span class="tocnumber">1</span> <span class="toctext">Історія</span></a></li>
<li class="toclevel-1"><a href="#Структура"><span class="tocnumber">2</span> <span class="toctext">Структура</span></a></li>
<li class="toclevel-1"><a href="#Послуги"><span class="tocnumber">3</span> <span class="toctext">Послуги</span></a>
<ul><li class="toclevel-2"><a href="#ЦСС"><span class="tocnumber">3.1</span> <span class="toctext">Центр соціальних служб</span></a></li></ul></li>
<li class="toclevel-1"><a href="#Персонал"><span class="tocnumber">4</span> <span class="toctext">Персонал і фінансування</span></a></li>
<li class="toclevel-1"><a href="#Примітки"><span class="tocnumber">5</span> <span class="toctext">Примітки</span></a></li>
</ul></div>
"""

BODY = (
    '<p><b>Соціа́льний за́хист у Боя́рській місь́кій грома́ді</b> — сукупність органів і закладів, що надають '
    'соціальні послуги та допомогу мешканцям Боярської міської територіальної громади Фастівського району '
    f'Київської області{ref(1)}.</p>\n'
    + TOC
    + h2("Історія", "Історія")
    + '<p>Територіальний центр соціального обслуговування в Боярці створено 2003 року. 2017 року, після утворення '
      f'громади, він обслуговував 1 140 осіб{ref(5)}. Рішенням міської ради від 24.10.2019 № 57/1942 терцентр '
      f'реорганізовано в Центр надання соціальних послуг{ref(6)}. 2021 року послуги отримали 2 305 осіб, 2022 року, '
      f'з прибуттям переселенців, — 3 980{ref(7)}, 2023 року — 3 655.</p>\n'
    + h2("Структура", "Структура")
    + '<p>До системи входять Управління соціального захисту населення, ЦНСП (4 відділення), Центр соціальних служб '
      '(з 2020 року) та служба у справах дітей.</p>\n'
    + h2("Послуги", "Послуги")
    + f'<p>У 2024 році до ЦНСП звернулися 3 967 осіб, потреби оцінено у 529 осіб. Послуги отримала 3 421 особа{ref(8)}, '
      'з них 1 287 — внутрішньо переміщені особи. За видами послуг:</p>\n'
    + '<ul>\n<li>догляд вдома — 612;</li>\n<li>денний догляд — 48;</li>\n'
      f'<li>консультування — 1 904{ref(8)};</li>\n<li>соціальна адаптація — 127;</li>\n<li>натуральна допомога — 730.</li>\n</ul>\n'
    + '<p>Усього за рік надано 41 870 соціальних послуг. Окремо послугою «соціальне таксі» скористалися 66 осіб '
      '(автомобіль придбано 2021 року).</p>\n'
    + '<h3><span class="mw-headline" id="ЦСС">Центр соціальних служб</span><span class="mw-editsection">'
      '<span class="mw-editsection-bracket">[</span><a href="#">ред.</a><span class="mw-editsection-divider"> | '
      '</span><a href="#">ред. код</a><span class="mw-editsection-bracket">]</span></span></h3>\n'
    + '<p>2024 року центр соціальних служб здійснював соціальний супровід 86 сімей, у яких виховувалося 173 дитини; '
      f'31 сім\'ю взято під супровід протягом року. Соціальне супроводження отримували 11 прийомних сімей і ДБСТ{ref(9)}. '
      'На гарячу лінію надійшло 1 046 дзвінків.</p>\n'
    + h2("Персонал", "Персонал і фінансування")
    + f'<p>Штатний розпис ЦНСП на 2024 рік — 124 посади, фактично працювало 118 осіб{ref(3)}. Видатки на утримання '
      f'ЦНСП 2024 року становили 46,8 млн грн{ref(4)} (2023 року — 39,2 млн грн). Надійшло 4 скарги на якість '
      f'послуг, жодна не підтвердилася{ref(8)}.</p>\n'
    + h2("Примітки", "Примітки")
    + '<div class="reflist"><ol class="references">\n'
    + "".join(f'<li id="cite_note-{i}"><span class="mw-cite-backlink"><a href="#cite_ref-{i}">↑</a></span> '
              f'<span class="reference-text">{t}</span></li>\n' for i, t in (
                  (1, '<a href="#">Боярська міська територіальна громада</a>. <i>Децентралізація</i>. 2020. Процитовано 3 лютого 2025.'),
                  (2, '<a href="#">Інформація про роботу ЦНСП за 2024 рік</a>. Боярська міська рада. 2025. Процитовано 14 березня 2025.'),
                  (3, '<a href="#">Штатний розпис ЦНСП на 2024 рік</a> (PDF). 2024. с. 2. Процитовано 14 березня 2025.'),
                  (4, 'Рішення від 19.12.2023 № 44/2871 «Про бюджет громади на 2024 рік». Процитовано 2 лютого 2025.'),
                  (5, '<a href="#">Терцентр підбив підсумки</a>. <i>Боярка-інфо</i>. 12 січня 2018. Процитовано 1 лютого 2025.'),
                  (6, 'Рішення Боярської міської ради від 24.10.2019 № 57/1942. Процитовано 1 лютого 2025.'),
                  (7, '<a href="#">Звіт ЦНСП за 2022 рік</a>. 2023. Процитовано 1 лютого 2025.'),
                  (8, '<a href="#">Звіт ЦНСП за 2024 рік</a> (PDF). 2025. с. 4–7. Процитовано 14 березня 2025.'),
                  (9, '<a href="#">Звіт ЦСС за 2024 рік</a>. 2025. Процитовано 14 березня 2025.'),
              ))
    + '</ol></div>\n'
)

PAGE = f"""<!DOCTYPE html>
<html class="client-nojs" lang="uk" dir="ltr"><head><meta charset="UTF-8">
<title>Соціальний захист у Боярській міській громаді — БоярськВікі</title></head>
<body class="mediawiki ltr skin-vector">
<div id="mw-page-base" class="noprint"></div>
<div id="content" class="mw-body" role="main">
<h1 id="firstHeading" class="firstHeading">Соціальний захист у Боярській міській громаді</h1>
<div id="bodyContent" class="vector-body">
<div id="siteSub" class="noprint">Матеріал з БоярськВікі — вільної енциклопедії громади</div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Перейти до навігації</a>
<a class="mw-jump-link" href="#searchInput">Перейти до пошуку</a>
<div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
{INFOBOX}{BODY}</div></div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks"><a href="#">Категорії</a>: <ul>
<li><a href="#">Боярська міська громада</a></li><li><a href="#">Соціальний захист в Україні</a></li>
<li><a href="#">Статті з джерелами з 2025 року</a></li></ul></div></div>
</div></div>
<div id="mw-navigation"><div id="mw-head"><div id="p-personal"><ul><li>Ви не увійшли до системи</li>
<li><a href="#">Обговорення</a></li><li><a href="#">Внесок</a></li><li><a href="#">Увійти</a></li></ul></div>
<div id="p-views"><ul><li><a href="#">Читати</a></li><li><a href="#">Редагувати</a></li><li><a href="#">Редагувати код</a></li>
<li><a href="#">Переглянути історію</a></li></ul></div></div>
<div id="mw-panel"><div id="p-navigation"><ul><li><a href="#">Головна сторінка</a></li><li><a href="#">Нові статті</a></li>
<li><a href="#">Випадкова стаття</a></li></ul></div></div></div>
<div id="footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod">Цю сторінку востаннє відредаговано
о 10:12, 3 квітня 2025.</li><li>Текст доступний на умовах ліцензії Creative Commons Із зазначенням авторства — Поширення на тих
самих умовах 4.0.</li></ul></div>
</body></html>
"""


def build():
    write_text(report_path(DOC), PAGE)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Боярської міської ради",
        "centre_type": "cnsp", "settlement": "Боярка", "oblast": "Київська",
        "report_kind": "other", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        meta_alt={"centre": ["Управління соціального захисту населення Боярської міської ради"],
                  "centre_type": ["uszn"]})
    F = g.f
    F("served", "persons", 3412, "Отримувачів послуг (2024)\t3 412[2]", unit_alt="recipients",
      label="отримувачів послуг (картка)")                                                             # f1
    F("staff_actual", "staff", 118, "Працівників ЦНСП (2024)\t118[3]")                                  # f2
    F("budget_spent", "uah", 46800000, "Видатки ЦНСП (2024)\t46,8 млн грн[4]", label="видатки на утримання ЦНСП")  # f3
    F("applied", "persons", 3967, "У 2024 році до ЦНСП звернулися 3 967 осіб")                         # f4
    F("needs_assessed", "persons", 529, "потреби оцінено у 529 осіб")                                  # f5
    F("served", "persons", 3421, "Послуги отримала 3 421 особа[8]")                                    # f6
    F("served", "persons", 1287, "з них 1 287 — внутрішньо переміщені особи", category="внутрішньо переміщені особи",
      parent="f6")                                                                                      # f7
    for svc, q, v in (("home_care", "догляд вдома — 612;", 612), ("day_care", "денний догляд — 48;", 48),
                      ("counselling", "консультування — 1 904[8];", 1904),
                      ("social_adaptation", "соціальна адаптація — 127;", 127),
                      ("natural_aid", "натуральна допомога — 730.", 730)):
        F("served", "persons", v, q, service=svc, parent="f6", group="served_3421_by_service")         # f8..f12
    F("services_provided", "services", 41870, "Усього за рік надано 41 870 соціальних послуг")          # f13
    F("served", "persons", 66, "Окремо послугою «соціальне таксі» скористалися 66 осіб", service="social_taxi")  # f14
    F("served", "families", 86, "здійснював соціальний супровід 86 сімей", service="social_support_sjo",
      alt=["support_ongoing"])                                                                          # f15
    F("served", "children", 173, "у яких виховувалося 173 дитини", service="social_support_sjo",
      alt=["support_ongoing"], parent="f15")                                                            # f16
    F("support_started", "families", 31, "31 сім'ю взято під супровід протягом року", service="social_support_sjo",
      parent="f15")                                                                                     # f17
    F("served", "families", 11, "Соціальне супроводження отримували 11 прийомних сімей і ДБСТ[9]",
      service="social_support_foster")                                                                  # f18
    F("calls", "calls", 1046, "На гарячу лінію надійшло 1 046 дзвінків.")                               # f19
    F("staff_positions", "positions", 124, "Штатний розпис ЦНСП на 2024 рік — 124 посади")             # f20
    F("staff_actual", "staff", 118, "фактично працювало 118 осіб[3]")                                   # f21
    F("budget_spent", "uah", 46800000, "Видатки на утримання ЦНСП 2024 року становили 46,8 млн грн[4]",
      label="видатки на утримання ЦНСП")                                                               # f22
    F("complaints", "complaints", 4, "Надійшло 4 скарги на якість послуг")                             # f23

    g.slip("internal_conflict", "error", "Отримувачів послуг (2024)\t3 412[2]", 3412, 3421, ["f1", "f6"],
           "the infobox gives 3 412 recipients for 2024, the Послуги section 3 421 (digits swapped). The services "
           "list sums to 3 421, so the infobox is wrong.", "f1 == f6")
    g.check("parts_sum", "За видами послуг:", "612 + 48 + 1 904 + 127 + 730 = 3 421",
            "f8 + f9 + f10 + f11 + f12 == f6")
    g.check("internal_conflict", "Працівників ЦНСП (2024)\t118[3]", "infobox staff and spending agree with the text",
            "f2 == f21 and f3 == f22")
    g.check("parts_sum", "з них 1 287 — внутрішньо переміщені особи", "1 287 ≤ 3 421 ≤ 3 967 applied; 529 ≤ 3 967; "
            "118 ≤ 124; 31 ≤ 86", "f7 <= f6 <= f4 and f5 <= f4 and f21 <= f20 and f17 <= f15")
    S = g.skip
    S("Гаряча лінія\t(04598) 0-44-17", [4598, 4417], "phone")
    S("Основний надавач\tЦентр надання соціальних послуг Боярської міської ради (з 2019)", [2019], "year")
    S("Отримувачів послуг (2024)", [2024], "year in the infobox labels; footnote markers [1]–[9] are not figures")
    S("створено 2003 року. 2017 року, після утворення громади, він обслуговував 1 140 осіб[5]", [2003, 2017, 1140, 5],
      "history: other years' figures")
    S("Рішенням міської ради від 24.10.2019 № 57/1942", [24, 10, 2019, 57, 1942], "decision date and number")
    S("2021 року послуги отримали 2 305 осіб, 2022 року, з прибуттям переселенців, — 3 980[7], 2023 року — 3 655.",
      [2021, 2305, 2022, 3980, 7, 2023, 3655], "history: other years' figures")
    S("ЦНСП (4 відділення), Центр соціальних служб (з 2020 року)", [4, 2020], "number of departments, year")
    S("(автомобіль придбано 2021 року)", [2021], "year")
    S("(2023 року — 39,2 млн грн)", [2023, 39.2], "prior-year figure")
    S("жодна не підтвердилася[8]", [0, 8], "none of the complaints confirmed (no §3 id)")
    S("Децентралізація. 2020. Процитовано 3 лютого 2025.", [2020, 3, 2025], "reference: years and access date")
    S("Інформація про роботу ЦНСП за 2024 рік. Боярська міська рада. 2025. Процитовано 14 березня 2025.",
      [2024, 2025, 14, 2025], "reference")
    S("Штатний розпис ЦНСП на 2024 рік (PDF). 2024. с. 2. Процитовано 14 березня 2025.", [2024, 2024, 2, 14, 2025],
      "reference, page number")
    S("Рішення від 19.12.2023 № 44/2871 «Про бюджет громади на 2024 рік». Процитовано 2 лютого 2025.",
      [19, 12, 2023, 44, 2871, 2024, 2, 2025], "reference: decision")
    S("Боярка-інфо. 12 січня 2018. Процитовано 1 лютого 2025.", [12, 2018, 1, 2025], "reference")
    S("Рішення Боярської міської ради від 24.10.2019 № 57/1942. Процитовано 1 лютого 2025.",
      [24, 10, 2019, 57, 1942, 1, 2025], "reference")
    S("Звіт ЦНСП за 2022 рік. 2023. Процитовано 1 лютого 2025.", [2022, 2023, 1, 2025], "reference")
    S("Звіт ЦНСП за 2024 рік (PDF). 2025. с. 4–7. Процитовано 14 березня 2025.", [2024, 2025, 4, 7, 14, 2025],
      "reference, pages")
    S("Звіт ЦСС за 2024 рік. 2025. Процитовано 14 березня 2025.", [2024, 2025, 14, 2025], "reference")
    S("Київської області[1].", [1], "footnote marker")
    S("реорганізовано в Центр надання соціальних послуг[6].", [6], "footnote marker")
    S("2024 року центр соціальних служб", [2024], "year")
    g.note("a wiki article, not a report: report_kind other; the figures of the «current» year 2024 (infobox and "
           "Послуги/Персонал sections) are the facts, the history section's years are skipped")
    g.note("centre: the article is about the hromada's whole system; most 2024 figures are the ЦНСП's (the infobox "
           "names it the main provider), so meta names the ЦНСП; meta_alt accepts the управління (uszn) named as the "
           "governing body. The ЦСС figures (86, 173, 31, 11, 1 046) are annotated as facts too")
    g.note("footnote markers are glued to figures («3 421[8]», «1 904[8];», «46,8 млн грн[4]»): the marker is not part "
           "of the value")
    g.note("3 412 (infobox) vs 3 421 (text): internal_conflict; 118 and 46,8 млн грн are written twice (infobox and "
           "text): two facts each")
    g.note("«Послуги отримала 3 421 особа» → served persons; the infobox «Отримувачів послуг» → persons (unit_alt recipients)")
    g.note("published: the page's «востаннє відредаговано 3 квітня 2025» is in the footer, which is not in the read "
           "text; no `published` in meta")
    _recut(g)
    g.write()


def _recut(g):
    """(project, session 17) The HTML reader now prints a wiki's «<sup><a>[8]</a></sup>» as a
    superscript mark glued to its word («особа⁸»), as it prints «<sup>8</sup>»: the author's quotes
    follow. Values, indicators, checks and slips are the author's."""
    import re

    sup = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

    def recut(q):
        return re.sub(r"\[(\d{1,3})\]", lambda m: m.group(1).translate(sup), q)

    for rows in (g.facts, g.audit, g.checks, g.skipped):
        for row in rows:
            for key in ("quote", "parent_quote"):
                if key in row:
                    row[key] = recut(row[key])


if __name__ == "__main__":
    build()
    gold()
