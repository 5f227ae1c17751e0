"""b95_08: ТЦСО Жовтанецької сільської ради (Львівська), annual report 2025 on a council page whose table is a
DataTables widget (length menu, search box, sortable headers, <tfoot> totals, info line, pagination); all 14 rows
are in the HTML, as server-side rendering leaves them."""
from common import Gold, report_path, write_text

NAME = "b95_08_zhovtantsi_tcso_annual2025.html"

ROWS = [
    ("1", "Інформування", "412", "596", "informing"),
    ("2", "Консультування", "367", "824", "counselling"),
    ("3", "Посередництво (медіація)", "6", "11", "mediation"),
    ("4", "Представництво інтересів", "19", "27", "representation"),
    ("5", "Екстрене (кризове) втручання", "8", "14", "crisis_intervention"),
    ("6", "Соціальна адаптація", "27", "186", "social_adaptation"),
    ("7", "Соціальна інтеграція та реінтеграція", "11", "64", "social_integration"),
    ("8", "Догляд вдома", "143", "9 870", "home_care"),
    ("9", "Денний догляд", "38", "2 115", "day_care"),
    ("10", "Паліативний догляд", "5", "430", "palliative_care"),
    ("11", "Натуральна допомога", "264", "311", "natural_aid"),
    ("12", "Фізичний супровід осіб з інвалідністю", "9", "58", "physical_escort"),
    ("13", "Соціальне таксі", "31", "97", "social_taxi"),
    ("14", "Супровід під час інклюзивного навчання", "4", "612", "inclusive_education_support"),
]
FOOT = ("Разом", "1 354", "15 215")

INTRO = [
    "Територіальний центр соціального обслуговування (надання соціальних послуг) Жовтанецької сільської ради "
    "Львівської області у 2025 році надавав 14 соціальних послуг мешканцям 27 населених пунктів громади.",
    "Протягом року надійшло 246 заяв про надання соціальних послуг. Загалом обслуговано 1 126 осіб (кожна особа "
    "врахована один раз, незалежно від кількості отриманих послуг), з них 318 – особи з інвалідністю. Взято на "
    "обслуговування 214 осіб, знято з обслуговування 187 осіб.",
    "Дані про кількість отримувачів і обсяг наданих послуг за видами наведено в таблиці (отримувач кількох послуг "
    "врахований у кожній з них).",
]
OUTRO = [
    "Усього за 2025 рік надано 15 215 соціальних послуг, що на 9 % більше, ніж у 2024 році.",
    "У грудні 2025 року проведено анонімне опитування, у якому взяли участь 118 отримувачів; якістю послуг "
    "задоволені 94,1 % опитаних. Скарг на роботу територіального центру не надходило.",
    "Штатна чисельність – 46 штатних одиниць, фактично працює 43 працівники. Від надання платних соціальних "
    "послуг до спеціального фонду надійшло 312,4 тис. грн.",
    "Звіт затверджено рішенням виконавчого комітету Жовтанецької сільської ради від 15.01.2026 № 9.",
]


def tr(r, i):
    cls = "odd" if i % 2 == 0 else "even"
    return (f'<tr role="row" class="{cls}"><td class="sorting_1">{r[0]}</td><td>{r[1]}</td>'
            f'<td class="text-right">{r[2]}</td><td class="text-right">{r[3]}</td></tr>')


def build(path):
    body = "\n".join(tr(r, i) for i, r in enumerate(ROWS))
    intro = "\n".join(f"<p>{p}</p>" for p in INTRO)
    outro = "\n".join(f"<p>{p}</p>" for p in OUTRO)
    html = f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Звіт територіального центру за 2025 рік — Жовтанецька сільська рада</title>
<link rel="stylesheet" href="/assets/bootstrap-4.6.2/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/DataTables-1.13.8/css/dataTables.bootstrap4.min.css">
</head>
<body>
<header class="site-header">
  <div class="container d-flex">
    <a href="/" class="brand"><img src="/img/herb-zhovtantsi.png" alt="Герб"> Жовтанецька сільська рада</a>
    <div class="header-contacts">тел. (03252) 0-48-15 · zhovtantsi.rada@example.ua</div>
  </div>
  <nav class="navbar navbar-expand-lg">
    <ul class="navbar-nav">
      <li class="nav-item"><a class="nav-link" href="/">Головна</a></li>
      <li class="nav-item"><a class="nav-link" href="/hromada">Про громаду</a></li>
      <li class="nav-item active"><a class="nav-link" href="/socialna-sfera">Соціальна сфера</a></li>
      <li class="nav-item"><a class="nav-link" href="/publichna-informatsiia">Публічна інформація</a></li>
      <li class="nav-item"><a class="nav-link" href="/zvernennia">Звернення громадян</a></li>
    </ul>
  </nav>
</header>
<nav aria-label="breadcrumb"><ol class="breadcrumb">
  <li class="breadcrumb-item"><a href="/">Головна</a></li>
  <li class="breadcrumb-item"><a href="/socialna-sfera">Соціальна сфера</a></li>
  <li class="breadcrumb-item"><a href="/socialna-sfera/tcso">Територіальний центр</a></li>
  <li class="breadcrumb-item active" aria-current="page">Звіт за 2025 рік</li>
</ol></nav>
<div class="container">
<div class="row">
<main class="col-lg-9">
<article>
<h1>Звіт про діяльність територіального центру соціального обслуговування за 2025 рік</h1>
<p class="post-meta">Опубліковано: 20.01.2026 · Переглядів: 87</p>
{intro}
<div id="tcso2025_wrapper" class="dataTables_wrapper dt-bootstrap4 no-footer">
<div class="row"><div class="col-sm-12 col-md-6"><div class="dataTables_length" id="tcso2025_length"><label>Показати <select name="tcso2025_length" aria-controls="tcso2025" class="custom-select custom-select-sm form-control form-control-sm"><option value="10">10</option><option value="25">25</option><option value="50">50</option><option value="-1">Усі</option></select> записів</label></div></div>
<div class="col-sm-12 col-md-6"><div id="tcso2025_filter" class="dataTables_filter"><label>Пошук:<input type="search" class="form-control form-control-sm" placeholder="" aria-controls="tcso2025"></label></div></div></div>
<div class="row"><div class="col-sm-12">
<table id="tcso2025" class="table table-striped table-bordered dataTable no-footer" role="grid" aria-describedby="tcso2025_info">
<thead><tr role="row">
<th class="sorting sorting_asc" tabindex="0" aria-controls="tcso2025" rowspan="1" colspan="1" aria-sort="ascending" aria-label="№: активуйте для сортування стовпця за спаданням">№</th>
<th class="sorting" tabindex="0" aria-controls="tcso2025" rowspan="1" colspan="1" aria-label="Соціальна послуга: активуйте для сортування стовпця за зростанням">Соціальна послуга</th>
<th class="sorting" tabindex="0" aria-controls="tcso2025" rowspan="1" colspan="1" aria-label="Отримувачів, осіб: активуйте для сортування стовпця за зростанням">Отримувачів, осіб</th>
<th class="sorting" tabindex="0" aria-controls="tcso2025" rowspan="1" colspan="1" aria-label="Надано послуг, од.: активуйте для сортування стовпця за зростанням">Надано послуг, од.</th>
</tr></thead>
<tbody>
{body}
</tbody>
<tfoot><tr><th rowspan="1" colspan="1"></th><th rowspan="1" colspan="1">{FOOT[0]}</th><th rowspan="1" colspan="1" class="text-right">{FOOT[1]}</th><th rowspan="1" colspan="1" class="text-right">{FOOT[2]}</th></tr></tfoot>
</table></div></div>
<div class="row"><div class="col-sm-12 col-md-5"><div class="dataTables_info" id="tcso2025_info" role="status" aria-live="polite">Показано з 1 по 10 із 14 записів</div></div>
<div class="col-sm-12 col-md-7"><div class="dataTables_paginate paging_simple_numbers" id="tcso2025_paginate"><ul class="pagination">
<li class="paginate_button page-item previous disabled" id="tcso2025_previous"><a href="#" aria-controls="tcso2025" data-dt-idx="0" tabindex="0" class="page-link">Попередня</a></li>
<li class="paginate_button page-item active"><a href="#" aria-controls="tcso2025" data-dt-idx="1" tabindex="0" class="page-link">1</a></li>
<li class="paginate_button page-item "><a href="#" aria-controls="tcso2025" data-dt-idx="2" tabindex="0" class="page-link">2</a></li>
<li class="paginate_button page-item next" id="tcso2025_next"><a href="#" aria-controls="tcso2025" data-dt-idx="3" tabindex="0" class="page-link">Наступна</a></li>
</ul></div></div></div>
</div>
{outro}
<p class="attachments">Завантажити: <a href="/files/zvit_tcso_2025.pdf">zvit_tcso_2025.pdf</a> (412 КБ)</p>
</article>
</main>
<aside class="col-lg-3 sidebar">
  <section class="widget"><h3>Територіальний центр</h3>
    <p>80383, Львівська обл., с. Жовтанці, вул. Львівська, 52</p>
    <p>тел. (03252) 0-48-27</p><p>tcso.zhovtantsi@example.ua</p></section>
  <section class="widget"><h3>Оголошення</h3>
    <ul><li>До 31.01.2026 приймаються заявки на 12 місць у відділенні денного догляду</li>
    <li>Графік прийому: пн–пт 8:00–17:00</li></ul></section>
  <section class="widget"><h3>Громада в цифрах</h3>
    <ul><li>Населення: 11 840 осіб</li><li>Старостинських округів: 9</li><li>ВПО на обліку: 1 206</li></ul></section>
</aside>
</div>
</div>
<footer class="site-footer"><div class="container">© 2021–2026 Жовтанецька сільська рада · ЄДРПОУ 04371956 · Сайт працює на платформі «Громада»</div></footer>
<script src="/assets/jquery-3.7.1.min.js"></script>
<script src="/assets/DataTables-1.13.8/js/jquery.dataTables.min.js"></script>
<script>$(function(){{ $('#tcso2025').DataTable({{ language: {{ url: '/assets/DataTables-1.13.8/i18n/uk.json' }}, pageLength: 10 }}); }});</script>
</body>
</html>
"""
    write_text(path, html)


def n(s):
    return int(s.replace(" ", ""))


def gold():
    g = Gold(NAME, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Жовтанецької сільської ради",
        "centre_type": "tcso", "settlement": "Жовтанці", "oblast": "Львівська",
        "report_kind": "annual_report", "period_start": "2025-01-01", "period_end": "2025-12-31",
        "published": "2026-01-20"},
        meta_alt={"settlement": ["Жовтанецька сільська громада"],
                  "centre": ["Територіальний центр соціального обслуговування (надання соціальних послуг) Жовтанецької сільської ради Львівської області"]})
    f = g.f
    ap = f("applied", "applications", 246, "Протягом року надійшло 246 заяв про надання соціальних послуг")
    su = f("served", "persons", 1126, "Загалом обслуговано 1 126 осіб", label="кожна особа врахована один раз")
    sd = f("served", "persons", 318, "з них 318 – особи з інвалідністю", parent=su, category="особи з інвалідністю")
    nw = f("served", "persons", 214, "Взято на обслуговування 214 осіб", alt=["registered_new", "support_started"],
           label="взято на обслуговування")
    dr = f("deregistered", "persons", 187, "знято з обслуговування 187 осіб")
    foot = "\t".join(FOOT)
    ts = f("served", "persons", n(FOOT[1]), foot, label="Разом (tfoot)")
    tp = f("services_provided", "services", n(FOOT[2]), foot, label="Разом (tfoot)")
    rs, rp = [], []
    for r in ROWS:
        q = "\t".join(r[:4])
        rs.append(f("served", "persons", n(r[2]), q, service=r[4], label=r[1], parent=ts, group="table_recipients"))
        rp.append(f("services_provided", "services", n(r[3]), q, service=r[4], label=r[1], parent=tp,
                    group="table_services"))
    sp = f("services_provided", "services", 15215, "Усього за 2025 рік надано 15 215 соціальних послуг")
    sr = f("survey_respondents", "recipients", 118, "у якому взяли участь 118 отримувачів", unit_alt="persons")
    sat = f("satisfaction", "percent", 94.1, "якістю послуг задоволені 94,1 % опитаних")
    cm = f("complaints", "complaints", 0, "Скарг на роботу територіального центру не надходило.")
    pos = f("staff_positions", "positions", 46, "Штатна чисельність – 46 штатних одиниць")
    act = f("staff_actual", "staff", 43, "фактично працює 43 працівники")
    br = f("budget_received", "uah", 312400, "до спеціального фонду надійшло 312,4 тис. грн",
           label="спеціальний фонд, платні соціальні послуги")

    v = lambda x: "f" + x[1:]  # noqa: E731
    g.check("table_arithmetic", foot, "services column: 596 + 824 + … + 612 = 15 215",
            " + ".join(map(v, rp)) + f" == {v(tp)}")
    g.check("internal_conflict", "Усього за 2025 рік надано 15 215 соціальних послуг",
            "prose 15 215 = tfoot 15 215", f"{v(sp)} == {v(tp)}")
    g.check("percent_impossible", "якістю послуг задоволені 94,1 % опитаних", "94,1 % = 111 of 118",
            f"grim_ok({v(sat)}, {v(sr)}, 1)")
    g.check("parts_sum", "з них 318 – особи з інвалідністю", "318 ≤ 1 126; 43 ≤ 46",
            f"{v(sd)} <= {v(su)} and {v(act)} <= {v(pos)}")
    g.slip("table_arithmetic", "error", foot, 1354, 1344, [ts] + rs,
           "the «Отримувачів, осіб» column sums to 412 + 367 + 6 + 19 + 8 + 27 + 11 + 143 + 38 + 5 + 264 + 9 + 31 + 4 "
           "= 1 344, but the <tfoot> Разом row says 1 354 (10 more). Rows 11–14 are on the widget's second page "
           "but all are in the HTML.",
           " + ".join(map(v, rs)) + f" == {v(ts)}")

    g.skip("Опубліковано: 20.01.2026 · Переглядів: 87", [20, 1, 2026, 87], "publication date, view counter")
    g.skip("Звіт про діяльність територіального центру соціального обслуговування за 2025 рік", [2025], "period in the title")
    g.skip("у 2025 році надавав 14 соціальних послуг мешканцям 27 населених пунктів громади", [2025, 14, 27],
           "number of service types, settlements")
    g.skip("Показати записів", [10], "DataTables length menu (the «10» of the select is not printed)")
    g.skip("Показано з 1 по 10 із 14 записів", [1, 10, 14], "DataTables info line")
    g.skip("№\tСоціальна послуга", list(range(1, 15)), "row numbers 1–14")
    g.skip("що на 9 % більше, ніж у 2024 році", [9, 2024], "change against the prior year")
    g.skip("У грудні 2025 року", [2025], "survey month")
    g.skip("рішенням виконавчого комітету Жовтанецької сільської ради від 15.01.2026 № 9", [15, 1, 2026, 9],
           "decision date and number")
    g.skip("zvit_tcso_2025.pdf (412 КБ)", [2025, 412], "attachment name and size")
    g.note("DataTables widget: the length menu, search box, sort arrows and pagination are widget furniture; all 14 rows are in the HTML (rows 11–14 would show on page 2) and all are facts; the <tfoot> Разом row is the total")
    g.note("table: every cell is a fact quoted by its row; rows hang on the tfoot cell of the same column; the text says a recipient of several services is counted in each")
    g.note("«Загалом обслуговано 1 126 осіб (кожна особа врахована один раз …)» is a separate served fact with a label; it is not the table total, and the difference from the table's 1 344 is explained by the text, so no finding")
    g.note("«Взято на обслуговування» → served with label (alt registered_new, support_started); «знято з обслуговування» → deregistered")
    g.note("the header, menu, breadcrumbs, sidebar (with its own numbers: population, starosta districts, IDPs, 12 places) and footer are site furniture; the reader does not print them")
    g.write()


if __name__ == "__main__":
    build(report_path(NAME))
    gold()
