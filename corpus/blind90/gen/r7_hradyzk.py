"""b90_07: Центр соціальних служб Градизької селищної ради (Полтавська), main indicators for 2024 as a council-site
page whose figures sit in **key–value blocks**: <dl><dt>…</dt><dd>…</dd></dl> and
<div class="stat-row"><span class="label">…</span><span class="value">…</span></div>, grouped under <h3> per service.
UTF-8 page (the set's other HTML is windows-1251). Planted slip: percents_sum (categories of recipients
46,5 + 31,2 + 14,8 + 9,6 = 102,1 %)."""
from common import Gold, write_text, report_path

DOC = "b90_07_hradyzk_css_annual2024.html"


def sr(label, value):
    return (f'<div class="stat-row"><span class="label">{label}</span>'
            f'<span class="value">{value}</span></div>')


def dl(pairs):
    return "<dl class=\"kv\">" + "".join(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in pairs) + "</dl>"


BLOCKS = [
    ("Загальні відомості", "sr", [
        ("Населених пунктів у громаді", "17"),
        ("Чисельність населення, тис. осіб", "13,9"),
        ("Звітний період", "01.01.2024 – 31.12.2024"),
    ]),
    ("Загальні показники", "sr", [
        ("Звернулося до Центру, осіб", "642"),
        ("Проведено оцінку потреб, сімей/осіб", "158"),
        ("Охоплено соціальними послугами, осіб", "1 087"),
        ("Надано соціальних послуг, всього", "5 316"),
        ("Скарг на якість послуг", "0"),
    ]),
    ("Інформування", "dl", [
        ("Отримувачів послуги", "704 особи"),
        ("Надано послуг", "1 612"),
    ]),
    ("Консультування", "dl", [
        ("Отримувачів послуги", "389 осіб"),
        ("Надано послуг", "2 140"),
    ]),
    ("Виявлення сімей, які перебувають у складних життєвих обставинах", "sr", [
        ("Надійшло повідомлень, сімей", "63"),
        ("Встановлено факт перебування у СЖО, сімей", "41"),
        ("у тому числі сімей ВПО", "12"),
    ]),
    ("Соціальний супровід сімей (осіб), які перебувають у СЖО", "sr", [
        ("Перебувало під супроводом, сімей", "44"),
        ("дітей у цих сім'ях", "97"),
        ("Взято під супровід у 2024 році", "19"),
        ("Завершено супровід", "22"),
        ("– з них подолано СЖО", "15"),
        ("– мінімізовано СЖО", "5"),
        ("– без позитивного результату", "2"),
        ("Продовжують отримувати послугу на 01.01.2025", "22"),
    ]),
    ("Супровід прийомних сімей та ДБСТ", "dl", [
        ("Сімей на супроводі (прийомні сім'ї та ДБСТ)", "7"),
        ("з них дитячих будинків сімейного типу", "2"),
        ("Дітей у сім'ях", "23"),
    ]),
    ("Соціальна профілактика", "sr", [
        ("Проведено групових заходів", "31"),
        ("Учасників заходів", "826"),
        ("Дзвінків на «гарячу лінію»", "49"),
    ]),
    ("Категорії отримувачів (частка від охоплених)", "sr", [
        ("сім'ї з дітьми", "46,5 %"),
        ("внутрішньо переміщені особи", "31,2 %"),
        ("особи з інвалідністю", "14,8 %"),
        ("інші", "9,6 %"),
    ]),
    ("Кадри", "dl", [
        ("Штатних посад", "11"),
        ("Працює фактично", "10"),
        ("Підвищили кваліфікацію у 2024 р.", "7"),
    ]),
    ("Для порівняння: 2023 рік", "sr", [
        ("Охоплено соціальними послугами, осіб", "968"),
        ("Надано соціальних послуг", "4 702"),
    ]),
]


def article():
    out = ['<h1>Основні показники діяльності Центру соціальних служб Градизької селищної ради за 2024 рік</h1>',
           '<div class="info"><span class="date">Дата: 21.01.2025</span> <span class="hits">Перегляди: 187</span></div>',
           '<p class="lead">Публікуємо основні показники роботи Центру за 2024 рік. Центр надає 9 базових соціальних послуг мешканцям усіх населених пунктів громади; детальний звіт директора буде заслухано на пленарному засіданні сесії селищної ради в лютому.</p>']
    for head, kind, rows in BLOCKS:
        out.append(f"<h3>{head}</h3>")
        if kind == "sr":
            out.append('<div class="stats">' + "\n".join(sr(a, b) for a, b in rows) + "</div>")
        else:
            out.append(dl(rows))
    out.append('<p class="src">Інформацію надано Центром соціальних служб (вих. № 14 від 17.01.2025).</p>')
    return "\n".join(out)


PAGE = """\
<!DOCTYPE html>
<html lang="uk">
<head><meta charset="utf-8"><title>Основні показники ЦСС за 2024 рік – Градизька селищна рада</title></head>
<body>
<header class="site-header"><div class="brand">Градизька селищна рада<br><small>Кременчуцький район, Полтавська область</small></div>
<div class="hdr-contacts">39070, смт Градизьк, вул. Миру, 1 | тел. (05348) 0-17-42</div></header>
<nav class="menu"><a href="/">Головна</a> <a href="/news">Новини</a> <a href="/rada">Рада</a> <a href="/social">Соціальна сфера</a> <a href="/opendata">Відкриті дані</a></nav>
<div class="crumbs"><a href="/">Головна</a> → <a href="/social">Соціальна сфера</a> → Основні показники ЦСС за 2024 рік</div>
<main>
{article}
</main>
<aside class="right"><h4>Оголошення</h4><p>Прийом громадян головою – щовівторка з 9:00 до 12:00, каб. 12.</p>
<h4>Гаряча лінія</h4><p>(05348) 0-17-55</p></aside>
<footer>© 2025 Градизька селищна рада · ЄДРПОУ 04382951 · Сайт працює на CMS</footer>
</body>
</html>
"""


def fill(g):
    P, F = "persons", "families"
    f1 = g.f("applied", P, 642, "Звернулося до Центру, осіб 642")
    f2 = g.f("needs_assessed", "families_persons", 158, "Проведено оцінку потреб, сімей/осіб 158")
    f3 = g.f("served", P, 1087, "Охоплено соціальними послугами, осіб 1 087")
    f4 = g.f("services_provided", "services", 5316, "Надано соціальних послуг, всього 5 316")
    f5 = g.f("complaints", "complaints", 0, "Скарг на якість послуг 0")
    f6 = g.f("served", P, 704, "Отримувачів послуги 704 особи", service="informing", parent=f3)
    f7 = g.f("services_provided", "services", 1612, "Надано послуг 1 612", service="informing", parent=f4)
    f8 = g.f("served", P, 389, "Отримувачів послуги 389 осіб", service="counselling", parent=f3)
    f9 = g.f("services_provided", "services", 2140, "Надано послуг 2 140", service="counselling", parent=f4)
    S = "social_support_sjo"
    f10 = g.f("served", F, 44, "Перебувало під супроводом, сімей 44", service=S, alt=["support_ongoing"])
    f11 = g.f("served", "children", 97, "дітей у цих сім'ях 97", service=S, alt=["support_ongoing"], parent=f10)
    f12 = g.f("support_started", F, 19, "Взято під супровід у 2024 році 19", service=S, parent=f10)
    f13 = g.f("support_completed", F, 22, "Завершено супровід 22", service=S, parent=f10)
    grp = "completed_22_by_result"
    f14 = g.f("outcome_positive", F, 15, "– з них подолано СЖО 15", service=S, group=grp, parent=f13)
    f15 = g.f("outcome_minimized", F, 5, "– мінімізовано СЖО 5", service=S, group=grp, parent=f13)
    f16 = g.f("outcome_negative", F, 2, "– без позитивного результату 2", service=S, group=grp, parent=f13)
    f17 = g.f("support_ongoing", F, 22, "Продовжують отримувати послугу на 01.01.202522", service=S, parent=f10,
              note="the value span sits right after the date span with no space in the HTML; the reader prints "
                   "«01.01.202522». The value is 22 (44 − 22 completed)")
    f18 = g.f("served", F, 7, "Сімей на супроводі (прийомні сім'ї та ДБСТ)\t7", service="social_support_foster")
    f19 = g.f("served", F, 2, "з них дитячих будинків сімейного типу\t2", service="social_support_foster",
              label="дитячі будинки сімейного типу", parent=f18)
    f20 = g.f("served", "children", 23, "Дітей у сім'ях\t23", service="social_support_foster", parent=f18)
    f21 = g.f("events", "events", 31, "Проведено групових заходів 31")
    f22 = g.f("event_participants", P, 826, "Учасників заходів 826", parent=f21)
    f23 = g.f("calls", "calls", 49, "Дзвінків на «гарячу лінію»49")
    grp2 = "recipients_by_category"
    f24 = g.f("share", "percent", 46.5, "сім'ї з дітьми 46,5 %", label="частка від охоплених: сім'ї з дітьми",
              category="сім'ї з дітьми", group=grp2)
    f25 = g.f("share", "percent", 31.2, "внутрішньо переміщені особи 31,2 %",
              label="частка від охоплених: внутрішньо переміщені особи", category="внутрішньо переміщені особи",
              group=grp2)
    f26 = g.f("share", "percent", 14.8, "особи з інвалідністю 14,8 %", label="частка від охоплених: особи з інвалідністю",
              category="особи з інвалідністю", group=grp2)
    f27 = g.f("share", "percent", 9.6, "інші 9,6 %", label="частка від охоплених: інші", category="інші", group=grp2)
    f28 = g.f("staff_positions", "positions", 11, "Штатних посад\t11")
    f29 = g.f("staff_actual", "staff", 10, "Працює фактично\t10")
    f30 = g.f("staff_trained", "staff", 7, "Підвищили кваліфікацію у 2024 р.\t7")
    f31 = g.f("notified", F, 63, "Надійшло повідомлень, сімей 63")
    f32 = g.f("in_difficult_circumstances", F, 41, "Встановлено факт перебування у СЖО, сімей 41")
    f33 = g.f("in_difficult_circumstances", F, 12, "у тому числі сімей ВПО 12", category="внутрішньо переміщені особи",
              parent=f32)

    g.slip("percents_sum", "error", "Категорії отримувачів (частка від охоплених)", 102.1, 100,
           [f24, f25, f26, f27],
           "the four categories (closed by «інші») partition the recipients but sum to 46,5 + 31,2 + 14,8 + 9,6 = "
           "102,1 %; rounding to one decimal allows at most ±0,2", "psum_ok([f24, f25, f26, f27], 1)")
    g.check("parts_sum", "Завершено супровід 22", "15 + 5 + 2 = 22", "f14 + f15 + f16 == f13")
    g.check("parts_sum", "Продовжують отримувати послугу на 01.01.202522", "44 − 22 completed = 22 continuing",
            "f10 - f13 == f17")
    g.check("parts_sum", "Взято під супровід у 2024 році 19", "19 ≤ 44", "f12 <= f10")
    g.check("parts_sum", "Охоплено соціальними послугами, осіб 1 087", "informing 704 and counselling 389 each ≤ 1 087",
            "f6 <= f3 and f8 <= f3")
    g.check("parts_sum", "Надано соціальних послуг, всього 5 316", "1 612 + 2 140 = 3 752 ≤ 5 316 (other services not listed)",
            "f7 + f9 <= f4")
    g.check("parts_sum", "Охоплено соціальними послугами, осіб 1 087", "served 1 087 ≥ applied 642 is possible "
            "(services also by referral); 158 assessed ≤ 642 applied", "f2 <= f1")
    g.check("parts_sum", "з них дитячих будинків сімейного типу\t2", "2 ≤ 7", "f19 <= f18")
    g.check("parts_sum", "Встановлено факт перебування у СЖО, сімей 41", "12 ≤ 41 ≤ 63", "f33 <= f32 <= f31")
    g.check("parts_sum", "Працює фактично\t10", "7 trained ≤ 10 working ≤ 11 positions", "f30 <= f29 <= f28")

    g.skip("Дата: 21.01.2025 Перегляди: 187", [21, 1, 2025, 187], "publication date, view counter")
    g.skip("Основні показники діяльності Центру соціальних служб Градизької селищної ради за 2024 рік", [2024],
           "year of the report")
    g.skip("Публікуємо основні показники роботи Центру за 2024 рік.", [2024], "year")
    g.skip("Центр надає 9 базових соціальних послуг", [9], "number of services in the centre's list")
    g.skip("Населених пунктів у громаді 17", [17], "settlement count")
    g.skip("Чисельність населення, тис. осіб 13,9", [13900], "population")
    g.skip("Звітний період 01.01.2024 – 31.12.2024", [1, 1, 2024, 31, 12, 2024], "period dates")
    g.skip("Взято під супровід у 2024 році 19", [2024], "year inside a label")
    g.skip("Підвищили кваліфікацію у 2024 р.", [2024], "year inside a label")
    g.skip("Для порівняння: 2023 рік", [2023], "prior year")
    g.skip("Охоплено соціальними послугами, осіб 968", [968], "2023 figure")
    g.skip("Надано соціальних послуг 4 702", [4702], "2023 figure")
    g.skip("(вих. № 14 від 17.01.2025)", [14, 17, 1, 2025], "outgoing number and date")
    g.note("key–value page: each label/value pair is one fact, quoted as the reader prints it (label and value joined "
           "by a space, a tab for the <dl> blocks the reader turns into a two-column table, or nothing where the "
           "HTML has no whitespace between the spans)")
    g.note("the comparison block «Для порівняння: 2023 рік» repeats two labels of the general block with 2023 values: "
           "skipped")
    g.note("«Категорії отримувачів (частка від охоплених)» → four share facts with category and one group; no counts "
           "are written")
    g.note("the header (address, phone), menu, sidebar (office hours, hotline phone) and footer (ЄДРПОУ) are not in the "
           "read text")


def main():
    path = report_path(DOC)
    write_text(path, PAGE.replace("{article}", article()))
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Градизької селищної ради", "centre_type": "css",
        "settlement": "Градизьк", "oblast": "Полтавська", "report_kind": "annual_report",
        "period_start": "2024-01-01", "period_end": "2024-12-31", "published": "2025-01-21"},
        meta_alt={"report_kind": ["period_report"]})
    fill(g)
    g.write()


if __name__ == "__main__":
    main()
