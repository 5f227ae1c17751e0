"""b57_07: an open-data portal page (CKAN style, like data.gov.ua) for the dataset «Звіт про надання
соціальних послуг КУ «ЦНСП» Хотінської селищної ради за 2024 рік» (Сумська). UTF-8 HTML: header, nav,
breadcrumbs, the dataset's description with a few of the year's figures, the resources with sizes and
counters, a preview of the CSV resource as an HTML table with transliterated / English column keys and a
«Разом» row, and the metadata table (identifier, publisher, dates, licence, frequency)."""
from common import Gold, write_text, report_path

DOC = "b57_07_khotin_cnsp_dataset2024.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Звіт про надання соціальних послуг КУ «ЦНСП» Хотінської селищної ради за 2024 рік - Набори даних - Єдиний державний вебпортал відкритих даних</title>
</head>
<body>
<header class="masthead">
 <a class="logo" href="/">data.gov.ua</a>
 <nav><ul><li><a href="/dataset">Набори даних</a></li><li><a href="/organization">Розпорядники</a></li><li><a href="/group">Категорії</a></li><li><a href="/about">Про портал</a></li><li><a href="/user/login">Увійти</a></li></ul></nav>
</header>
<div class="toolbar"><ol class="breadcrumb"><li><a href="/">Головна</a></li><li><a href="/organization">Розпорядники</a></li><li><a href="/organization/khotin-rada">Хотінська селищна рада</a></li><li class="active"><a href="#">Звіт про надання соціальних послуг…</a></li></ol></div>
<main>
<article class="module">
<h1>Набір даних: Звіт про надання соціальних послуг КУ «ЦНСП» Хотінської селищної ради за 2024 рік</h1>
<p class="counters">Переглядів: 214 · Завантажень: 37</p>
<div class="notes">
<p>Набір даних містить зведені показники діяльності Комунальної установи «Центр надання соціальних послуг» Хотінської селищної ради Сумського району Сумської області за 2024 рік у розрізі соціальних послуг відповідно до Класифікатора соціальних послуг.</p>
<p>У 2024 році соціальні послуги Центру отримали 1 087 осіб (без урахування повторних звернень), надано 20 641 соціальну послугу, найбільше – догляду вдома (14 208). Дані оновлюються щороку до 1 лютого.</p>
<p>Показник kilkist_otrymuvachiv наведено з урахуванням осіб, які отримували кілька послуг. Станом на 31.12.2024 штатна чисельність Центру – 27 посад.</p>
</div>
<section class="resources">
<h2>Дані та ресурси</h2>
<ul class="resource-list">
<li><a href="/dataset/1c7e2f40/resource/9b3d05e1">zvit_cnsp_2024.csv</a> <span class="format-label">CSV</span> 4,2 КБ · завантажень: 29</li>
<li><a href="/dataset/1c7e2f40/resource/a41f7c22">zvit_cnsp_2024.xlsx</a> <span class="format-label">XLSX</span> 11,8 КБ · завантажень: 8</li>
</ul>
</section>
<section class="preview">
<h2>Попередній перегляд: zvit_cnsp_2024.csv</h2>
<p>Показано 8 з 8 записів. Роздільник «;», кодування UTF-8.</p>
<table class="table table-striped">
<thead><tr><th>rik</th><th>kod_poslugy</th><th>posluga</th><th>kilkist_otrymuvachiv</th><th>z_nykh_vpo</th><th>services_count</th></tr></thead>
<tbody>
<tr><td>2024</td><td>015.1</td><td>Догляд вдома</td><td>142</td><td>9</td><td>14208</td></tr>
<tr><td>2024</td><td>015.3</td><td>Денний догляд</td><td>37</td><td>3</td><td>2960</td></tr>
<tr><td>2024</td><td>002.0</td><td>Консультування</td><td>516</td><td>48</td><td>1874</td></tr>
<tr><td>2024</td><td>010.1</td><td>Соціальний супровід сімей (осіб)</td><td>23</td><td>6</td><td>688</td></tr>
<tr><td>2024</td><td>019.0</td><td>Натуральна допомога</td><td>418</td><td>57</td><td>431</td></tr>
<tr><td>2024</td><td>013.0</td><td>Соціальна адаптація</td><td>29</td><td>4</td><td>356</td></tr>
<tr><td>2024</td><td>021.0</td><td>Фізичний супровід осіб з інвалідністю</td><td>11</td><td>0</td><td>97</td></tr>
<tr><td>2024</td><td></td><td>Разом</td><td>1176</td><td>127</td><td>20614</td></tr>
</tbody>
</table>
</section>
<section class="schema">
<h2>Структура ресурсу zvit_cnsp_2024.csv</h2>
<table class="table">
<thead><tr><th>Поле</th><th>Тип</th><th>Опис</th></tr></thead>
<tbody>
<tr><td>rik</td><td>integer</td><td>Звітний рік</td></tr>
<tr><td>kod_poslugy</td><td>string</td><td>Код послуги за Класифікатором соціальних послуг (формат ХХХ.Х)</td></tr>
<tr><td>posluga</td><td>string</td><td>Назва соціальної послуги</td></tr>
<tr><td>kilkist_otrymuvachiv</td><td>integer</td><td>Кількість отримувачів, осіб</td></tr>
<tr><td>z_nykh_vpo</td><td>integer</td><td>З них внутрішньо переміщених осіб</td></tr>
<tr><td>services_count</td><td>integer</td><td>Кількість наданих послуг, од.</td></tr>
</tbody>
</table>
</section>
<section class="activity">
<h2>Історія змін</h2>
<ul>
<li>03.02.2025 – оновлено ресурс zvit_cnsp_2024.csv: виправлено рядок 019.0 (було 412 отримувачів), версія 2</li>
<li>15.01.2025 – створено набір даних</li>
</ul>
</section>
<section class="additional-info">
<h2>Додаткова інформація</h2>
<table class="table">
<tr><th>Ідентифікатор</th><td>1c7e2f40-5d8a-4b19-9e36-07a2c4d81f53</td></tr>
<tr><th>Розпорядник</th><td>Хотінська селищна рада (ЄДРПОУ 04390128)</td></tr>
<tr><th>Відповідальна особа</th><td>відділ соціального захисту, тел. (05442) 0-61-27</td></tr>
<tr><th>Дата створення</th><td>15.01.2025</td></tr>
<tr><th>Дата оновлення</th><td>03.02.2025</td></tr>
<tr><th>Частота оновлення</th><td>щороку</td></tr>
<tr><th>Ліцензія</th><td>Creative Commons Attribution 4.0</td></tr>
<tr><th>Формат</th><td>CSV, XLSX</td></tr>
<tr><th>Теги</th><td>соціальні послуги, ЦНСП, 2024</td></tr>
</table>
</section>
</article>
</main>
<aside class="secondary">
 <h3>Розпорядник</h3><p>Хотінська селищна рада. 42111, селище Хотінь, вул. Слобожанська, 17. Наборів даних: 23</p>
 <h3>Соціальні мережі</h3><p><a href="#">Facebook</a> <a href="#">Telegram</a></p>
</aside>
<footer class="site-footer">
 <p>© 2014–2025 Міністерство цифрової трансформації України. Дані доступні за ліцензією CC BY 4.0, якщо не зазначено інше.</p>
 <p>Портал працює на CKAN 2.9</p>
</footer>
</body>
</html>
"""

ROWS = [("2024\t015.1\tДогляд вдома\t142\t9\t14208", "home_care", 142, 9, 14208),
        ("2024\t015.3\tДенний догляд\t37\t3\t2960", "day_care", 37, 3, 2960),
        ("2024\t002.0\tКонсультування\t516\t48\t1874", "counselling", 516, 48, 1874),
        ("2024\t010.1\tСоціальний супровід сімей (осіб)\t23\t6\t688", "social_support_sjo", 23, 6, 688),
        ("2024\t019.0\tНатуральна допомога\t418\t57\t431", "natural_aid", 418, 57, 431),
        ("2024\t013.0\tСоціальна адаптація\t29\t4\t356", "social_adaptation", 29, 4, 356),
        ("2024\t021.0\tФізичний супровід осіб з інвалідністю\t11\t0\t97", "physical_escort", 11, 0, 97)]


def main():
    path = report_path(DOC)
    write_text(path, HTML, encoding="utf-8", newline="\n")
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Хотінської селищної ради",
        "centre_type": "cnsp", "settlement": "Хотінь", "oblast": "Сумська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
        "published": "2025-01-15"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Хотінської селищної ради",
                             "КУ «ЦНСП» Хотінської селищної ради",
                             "Комунальна установа «Центр надання соціальних послуг» Хотінської селищної ради Сумського району Сумської області"],
                  "report_kind": ["other"],
                  "published": ["2025-02-03"]})
    f1 = g.f("served", "persons", 1087, "соціальні послуги Центру отримали 1 087 осіб",
             label="без урахування повторних звернень")
    f2 = g.f("services_provided", "services", 20641, "надано 20 641 соціальну послугу")
    f3 = g.f("services_provided", "services", 14208, "найбільше – догляду вдома (14 208)", service="home_care")
    TOT = "2024\t\tРазом\t1176\t127\t20614"
    f4 = g.f("served", "recipients", 1176, TOT, label="Разом", unit_alt="persons",
             note="sum of the service rows; a person with two services is counted twice (the description's "
                  "1 087 is without repeats)")
    f5 = g.f("served", "recipients", 127, TOT, label="Разом, з них ВПО", unit_alt="persons",
             category="внутрішньо переміщені особи", parent=f4)
    f6 = g.f("services_provided", "services", 20614, TOT, label="Разом")
    ids = []
    for q, s, a, b, c in ROWS:
        ra = g.f("served", "recipients", a, q, service=s, unit_alt="persons", group="kilkist_otrymuvachiv",
                 parent=f4)
        rb = g.f("served", "recipients", b, q, service=s, unit_alt="persons",
                 category="внутрішньо переміщені особи", group="z_nykh_vpo", parent=f5)
        rc = g.f("services_provided", "services", c, q, service=s, group="services_count", parent=f6)
        ids.append((ra, rb, rc))
    assert ids[0] == ("f7", "f8", "f9") and ids[-1] == ("f25", "f26", "f27")
    f28 = g.f("staff_positions", "positions", 27, "штатна чисельність Центру – 27 посад")
    A = [int(x[0][1:]) for x in ids]
    B = [int(x[1][1:]) for x in ids]
    C = [int(x[2][1:]) for x in ids]

    g.slip("internal_conflict", "error", "надано 20 641 соціальну послугу", 20641, 20614, [f2, f6],
           "the description says 20 641 services, the Разом row of the CSV preview 20 614; the rows sum to "
           "20 614, so the description has two digits transposed",
           "f2 == f6")
    g.check("table_arithmetic", TOT, "kilkist_otrymuvachiv: 142 + 37 + 516 + 23 + 418 + 29 + 11 = 1 176",
            " + ".join(f"f{i}" for i in A) + " == f4")
    g.check("table_arithmetic", TOT, "z_nykh_vpo: 9 + 3 + 48 + 6 + 57 + 4 + 0 = 127",
            " + ".join(f"f{i}" for i in B) + " == f5")
    g.check("table_arithmetic", TOT, "services_count: 14 208 + 2 960 + 1 874 + 688 + 431 + 356 + 97 = 20 614",
            " + ".join(f"f{i}" for i in C) + " == f6")
    g.check("table_arithmetic", "2024\t019.0\tНатуральна допомога\t418\t57\t431",
            "each row: IDP ≤ recipients", " and ".join(f"f{b} <= f{a}" for a, b in zip(A, B)))
    g.check("internal_conflict", "найбільше – догляду вдома (14 208)",
            "the description's home-care figure equals the 015.1 row, and it is the largest row",
            f"f3 == f9 and f3 == max([{', '.join(f'f{i}' for i in C)}])")
    g.check("parts_sum", "соціальні послуги Центру отримали 1 087 осіб",
            "1 087 persons without repeats ≤ 1 176 recipient-rows with repeats; the largest row (516) ≤ 1 087",
            "f1 <= f4 and max([" + ", ".join(f"f{i}" for i in A) + "]) <= f1")

    g.skip("за 2024 рік у розрізі соціальних послуг", [2024], "year")
    g.skip("Дані оновлюються щороку до 1 лютого.", [1], "update deadline")
    g.skip("zvit_cnsp_2024.csv CSV 4,2 КБ · завантажень: 29", [2024, 4.2, 29],
           "file name, size, resource download counter")
    g.skip("zvit_cnsp_2024.xlsx XLSX 11,8 КБ · завантажень: 8", [2024, 11.8, 8],
           "file name, size, resource download counter")
    g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")
    g.skip("03.02.2025 – оновлено ресурс zvit_cnsp_2024.csv: виправлено рядок 019.0 (було 412 отримувачів), версія 2",
           [3, 2, 2025, 2024, 19.0, 412, 2], "change history: date, superseded value 412, version number")
    g.skip("15.01.2025 – створено набір даних", [15, 1, 2025], "change history date")
    g.skip("Попередній перегляд: zvit_cnsp_2024.csv", [2024], "file name")
    g.skip("Роздільник «;», кодування UTF-8.", [8], "encoding name")
    g.skip("Показано 8 з 8 записів.", [8, 8], "preview row count")
    g.skip("kod_poslugy", [15.1, 15.3, 2.0, 10.1, 19.0, 13.0, 21.0],
           "service codes of the Класифікатор (used to map rows to service ids) and the «rik» column (2024 on every row)")
    g.skip("1c7e2f40-5d8a-4b19-9e36-07a2c4d81f53", [], "dataset identifier (digits inside a UUID)")
    g.skip("Хотінська селищна рада (ЄДРПОУ 04390128)", [4390128], "ЄДРПОУ of the publisher")
    g.skip("тел. (05442) 0-61-27", [5442, 6127], "phone")
    g.skip("Дата створення\t15.01.2025", [15, 1, 2025], "date created")
    g.skip("Дата оновлення\t03.02.2025", [3, 2, 2025], "date modified")
    g.skip("Creative Commons Attribution 4.0", [4.0], "licence version")
    g.skip("соціальні послуги, ЦНСП, 2024", [2024], "tag")
    g.note("which figures are facts: the description's three figures for 2024 (1 087 persons, 20 641 services, "
           "14 208 home-care services) and every data cell of the CSV preview (7 service rows × 3 columns "
           "and the Разом row). A figure written in both places is two facts. Everything in the dataset's "
           "metadata (identifier, dates, sizes, counters, licence, ЄДРПОУ, phone) is skipped, as are the "
           "«rik» and «kod_poslugy» columns")
    g.note("preview rows map to service ids by kod_poslugy (015.1 home_care, 015.3 day_care, 002.0 counselling, "
           "010.1 social_support_sjo, 019.0 natural_aid, 013.0 social_adaptation, 021.0 physical_escort)")
    g.note("«kilkist_otrymuvachiv» has no kind → unit recipients (unit_alt persons); «z_nykh_vpo» is its IDP "
           "part; «services_count» → services_provided")
    g.note("«Станом на 31.12.2024 штатна чисельність Центру – 27 посад» in the description is a 2024 fact "
           "(staff_positions)")
    g.note("not a finding: 1 087 (persons without repeats) vs Разом 1 176 (rows summed); the description says so")
    g.note("meta: published is the dataset's creation date (15.01.2025), the modification date (03.02.2025) "
           "accepted as meta_alt; report_kind annual_report (the dataset is the year's report), alt other")
    g.note("the reader drops the portal's header/nav, the page's view/download counter line, the organisation sidebar (address, dataset count) and "
           "footer; they are not annotated")
    g.write()


if __name__ == "__main__":
    main()
