"""b105_07: КУ «ЦНСП» Іванівської сільської ради (Тернопільська), report on 2023 published on the council site.
Less common style: the report table is built of <div> rows and cells laid out with CSS grid (no <table>):
div.row > div.cell, a header row, a total row, around prose in first person plural. Site furniture: top bar,
menu, breadcrumbs, date/views line, sidebar «Громада в цифрах» with its own numbers, footer.
Planted slip: table_arithmetic (the «Надано послуг» column sums to 8 626, the «Всього» row says 8 662;
the prose repeats 8 662)."""
from common import Gold, report_path, write_text

NAME = "b105_07_ivanivka_cnsp_annual2023.html"

ROWS = [
    ("Соціальна послуга", "Отримувачів, осіб", "з них ВПО", "Надано послуг"),
    ("Інформування", "312", "47", "684"),
    ("Консультування", "268", "59", "1 127"),
    ("Догляд вдома", "52", "4", "6 318"),
    ("Соціальна адаптація", "31", "6", "402"),
    ("Кризове та екстрене втручання", "9", "3", "95"),
    ("Всього", "672", "119", "8 662"),
]
SVC = {"Інформування": "informing", "Консультування": "counselling", "Догляд вдома": "home_care",
       "Соціальна адаптація": "social_adaptation", "Кризове та екстрене втручання": "crisis_intervention"}

INTRO = [
    "Звітуємо про роботу комунальної установи «Центр надання соціальних послуг» Іванівської сільської ради у 2023 "
    "році. Центр працює з 1 березня 2021 року; послуги ми надаємо у 17 селах громади.",
    "Торік до нас звернулися 701 особа. Оцінку потреб ми провели 146 особам і 12 сім’ям; складні життєві "
    "обставини виявлено у 9 сімей. Соціальними послугами скористалися 593 мешканці громади. Оскільки частина "
    "людей отримувала декілька послуг, у таблиці нижче отримувачів більше, ніж осіб.",
]
CAPTION = "Соціальні послуги, надані у 2023 році"
AFTER = [
    "Загалом за рік ми надали 8 662 соціальні послуги (у 2022 році – 7 904).",
    "Під соціальним супроводом перебувало 14 сімей, у яких виховується 31 дитина. З позитивним результатом "
    "завершили супровід 6 сімей, ще 8 сімей продовжують отримувати послугу у 2024 році.",
    "Через Центр видано гуманітарну допомогу 236 особам на загальну суму 312,8 тис. грн (продукти, засоби гігієни, "
    "генератор для пункту незламності потужністю 5,5 кВт).",
    "Послугу догляду вдома надавали 9 соціальних робітників, у середньому 5,8 отримувача на одного працівника. "
    "Мобільна бригада соціально-психологічної допомоги здійснила 37 виїздів і надала допомогу 23 особам, які "
    "постраждали від домашнього насильства. На гарячу лінію Центру надійшло 58 дзвінків.",
    "Кошторисом на 2023 рік Центру затверджено 4 615,2 тис. грн, касові видатки склали 4 588,9 тис. грн.",
    "Ми провели 11 групових заходів, у яких взяли участь 164 особи. У листопаді провели опитування: відповіли "
    "88 отримувачів, 95,5 % з них задоволені якістю послуг.",
    "У Центрі працює 18 працівників (штат – 19 посад). Скарг за рік не надійшло.",
    "Дякуємо всім партнерам! Телефон для довідок: (0352) 0-47-90.",
]


def page():
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    rows = []
    for i, r in enumerate(ROWS):
        cls = "row head" if i == 0 else ("row total" if r[0] == "Всього" else "row")
        cells = "".join(f'<div class="cell{" num" if j else ""}">{esc(c)}</div>' for j, c in enumerate(r))
        rows.append(f'    <div class="{cls}">{cells}</div>')
    grid = "\n".join(rows)
    intro = "\n".join(f"<p>{esc(p)}</p>" for p in INTRO)
    after = "\n".join(f"<p>{esc(p)}</p>" for p in AFTER)
    return f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Звіт ЦНСП за 2023 рік — Іванівська сільська рада</title>
<style>
  .report-grid {{ display: grid; grid-template-columns: 1fr; border: 1px solid #c8d3e0; margin: 16px 0; }}
  .report-grid .row {{ display: grid; grid-template-columns: 2.4fr 1fr 1fr 1fr; border-top: 1px solid #c8d3e0; }}
  .report-grid .row.head {{ background: #1f4e79; color: #fff; font-weight: 600; border-top: 0; }}
  .report-grid .row.total {{ font-weight: 700; background: #eef3f8; }}
  .report-grid .cell {{ padding: 6px 10px; }}
  .report-grid .cell.num {{ text-align: right; }}
  .layout {{ display: flex; gap: 24px; }}
</style>
</head>
<body>
<div class="topbar"><span>Іванівська сільська рада Тернопільського району</span>
  <span>Гаряча лінія: (0352) 0-47-00</span> <a href="/en">EN</a></div>
<header class="site-header"><a class="logo" href="/">Іванівська громада</a>
  <nav class="menu"><a href="/">Головна</a> <a href="/hromada">Громада</a> <a href="/vlada">Влада</a>
  <a href="/soc">Соціальний захист</a> <a href="/news">Новини</a> <a href="/contacts">Контакти</a></nav>
</header>
<nav class="breadcrumbs" aria-label="breadcrumb"><a href="/">Головна</a> / <a href="/soc">Соціальний захист</a> /
  <a href="/soc/cnsp">ЦНСП</a> / Звіт за 2023 рік</nav>
<div class="layout">
<main>
<article class="post">
<h1>Звіт про діяльність КУ «Центр надання соціальних послуг» за 2023 рік</h1>
<div class="post-meta">22.01.2024 · Новини ЦНСП · 👁 207</div>
{intro}
<h3>{esc(CAPTION)}</h3>
<div class="report-grid" role="table">
{grid}
</div>
{after}
</article>
</main>
<aside class="sidebar">
  <section class="widget"><h4>Громада в цифрах</h4>
    <div class="stat"><b>17</b> населених пунктів</div><div class="stat"><b>11 240</b> мешканців</div>
    <div class="stat"><b>312,6</b> км² площа</div></section>
  <section class="widget"><h4>Оголошення</h4>
    <p><a href="/news/2201">19.01.2024 Прийом громадян у ЦНСП щовівторка з 9:00 до 13:00</a></p></section>
</aside>
</div>
<footer class="site-footer">
  <div>48161, Тернопільська обл., с. Іванівка, вул. Шевченка, 40</div>
  <div>ЄДРПОУ 04394672 · cnsp@ivanivka.example.ua</div>
  <div>© 2024 Іванівська сільська рада</div>
</footer>
</body>
</html>
"""


def build(path):
    write_text(path, page())


def gold():
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Іванівської сільської ради",
        "centre_type": "cnsp", "settlement": "Іванівка", "oblast": "Тернопільська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
        "published": "2024-01-22"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Іванівської сільської ради",
                    "КУ «Центр надання соціальних послуг» Іванівської сільської ради"],
         "settlement": ["Іванівська сільська громада"]})
    f = g.f
    ap = f("applied", "persons", 701, "Торік до нас звернулися 701 особа")
    na = f("needs_assessed", "persons", 146, "Оцінку потреб ми провели 146 особам")
    naf = f("needs_assessed", "families", 12, "146 особам і 12 сім'ям")
    sjo = f("in_difficult_circumstances", "families", 9, "обставини виявлено у 9 сімей", parent=naf)
    sr = f("served", "persons", 593, "Соціальними послугами скористалися 593 мешканці громади")
    rq = lambda r: "\n\n".join(r)
    tot = ROWS[-1]
    t_r = f("served", "persons", 672, rq(tot), label="Всього (сума за послугами)",
            note="sum of recipients over services; the prose gives 593 persons")
    t_i = f("served", "persons", 119, rq(tot), label="Всього, з них ВПО", category="внутрішньо переміщені особи",
            parent=t_r)
    t_s = f("services_provided", "services", 8662, rq(tot), label="Всього")
    cells = []
    for r in ROWS[1:-1]:
        q = rq(r)
        a = f("served", "persons", int(r[1]), q, service=SVC[r[0]], group="grid_recipients", parent=t_r)
        b = f("served", "persons", int(r[2]), q, service=SVC[r[0]], category="внутрішньо переміщені особи",
              group="grid_idp", parent=t_i)
        c = f("services_provided", "services", int(r[3].replace(" ", "")), q, service=SVC[r[0]],
              group="grid_services", parent=t_s)
        cells.append((a, b, c))
    sp2 = f("services_provided", "services", 8662, "Загалом за рік ми надали 8 662 соціальні послуги",
            label="прозою, повтор підсумку таблиці")
    sup = f("served", "families", 14, "Під соціальним супроводом перебувало 14 сімей", service="social_support_sjo",
            alt=["support_ongoing"])
    supc = f("served", "children", 31, "у яких виховується 31 дитина", service="social_support_sjo",
             alt=["support_ongoing"], parent=sup)
    pos = f("support_completed", "families", 6, "З позитивним результатом завершили супровід 6 сімей",
            service="social_support_sjo", alt=["outcome_positive"], parent=sup)
    og = f("support_ongoing", "families", 8, "ще 8 сімей продовжують отримувати послугу у 2024 році",
           service="social_support_sjo", parent=sup)
    hs = f("served", "persons", 236, "видано гуманітарну допомогу 236 особам", service="natural_aid",
           label="гуманітарна допомога")
    hv = f("aid_value", "uah", 312800, "на загальну суму 312,8 тис. грн", service="natural_aid")
    hw = f("staff_actual", "staff", 9, "Послугу догляду вдома надавали 9 соціальних робітників",
           label="соціальні робітники (догляд вдома)")
    mb = f("served", "persons", 23, "надала допомогу 23 особам", label="мобільна бригада соціально-психологічної "
           "допомоги, особи, які постраждали від домашнього насильства", category="особи, які постраждали від домашнього насильства")
    cl = f("calls", "calls", 58, "На гарячу лінію Центру надійшло 58 дзвінків")
    ba = f("budget_approved", "uah", 4615200, "Кошторисом на 2023 рік Центру затверджено 4 615,2 тис. грн")
    bs = f("budget_spent", "uah", 4588900, "касові видатки склали 4 588,9 тис. грн")
    ev = f("events", "events", 11, "Ми провели 11 групових заходів")
    ep = f("event_participants", "persons", 164, "у яких взяли участь 164 особи", parent=ev)
    rs = f("survey_respondents", "recipients", 88, "відповіли 88 отримувачів", unit_alt="persons")
    sat = f("satisfaction", "percent", 95.5, "95,5 % з них задоволені якістю послуг", alt=["share"])
    sa = f("staff_actual", "staff", 18, "У Центрі працює 18 працівників")
    ps = f("staff_positions", "positions", 19, "(штат – 19 посад)")
    cm = f("complaints", "complaints", 0, "Скарг за рік не надійшло.")

    n = lambda x: x[1:]
    g.slip("table_arithmetic", "error", rq(tot), 8662, 8626, [t_s] + [c for _, _, c in cells],
           "«Надано послуг»: 684 + 1 127 + 6 318 + 402 + 95 = 8 626, the «Всього» row says 8 662 (two digits "
           "swapped); the prose repeats 8 662",
           " + ".join(f"f{n(c)}" for _, _, c in cells) + f" == f{n(t_s)}")
    g.check("table_arithmetic", rq(tot), "recipients: 312 + 268 + 52 + 31 + 9 = 672",
            " + ".join(f"f{n(a)}" for a, _, _ in cells) + f" == f{n(t_r)}")
    g.check("table_arithmetic", rq(tot), "IDP: 47 + 59 + 4 + 6 + 3 = 119",
            " + ".join(f"f{n(b)}" for _, b, _ in cells) + f" == f{n(t_i)}")
    g.check("internal_conflict", "Загалом за рік ми надали 8 662 соціальні послуги", "prose 8 662 = table «Всього» 8 662",
            f"f{n(sp2)} == f{n(t_s)}")
    g.check("parts_sum", "Соціальними послугами скористалися 593 мешканці громади", "593 served ≤ 701 applied",
            f"f{n(sr)} <= f{n(ap)}")
    g.check("parts_sum", "ще 8 сімей продовжують отримувати послугу у 2024 році", "6 completed + 8 continued = 14",
            f"f{n(pos)} + f{n(og)} == f{n(sup)}")
    g.check("percent_impossible", "95,5 % з них задоволені якістю послуг", "95,5 % reachable with 88 (84 / 88 = 95,45 %)",
            f"grim_ok(f{n(sat)}, f{n(rs)}, 1)")
    g.check("parts_sum", "У Центрі працює 18 працівників (штат – 19 посад)", "18 ≤ 19; 9 home-care workers ≤ 18",
            f"f{n(sa)} <= f{n(ps)} and f{n(hw)} <= f{n(sa)}")
    g.check("parts_sum", "обставини виявлено у 9 сімей", "9 ≤ 12 assessed families", f"f{n(sjo)} <= f{n(naf)}")
    g.check("table_arithmetic", "касові видатки склали 4 588,9 тис. грн", "spent 4 588,9 ≤ approved 4 615,2",
            f"f{n(bs)} <= f{n(ba)}")

    g.skip("22.01.2024 · Новини ЦНСП · 👁 207", [22, 1, 2024, 207], "publication date (meta.published) and view counter")
    g.skip("Центр працює з 1 березня 2021 року; послуги ми надаємо у 17 селах громади.", [1, 2021, 17],
           "founding date and settlement count")
    g.skip("Соціальні послуги, надані у 2023 році", [2023], "table caption")
    g.skip("(у 2022 році – 7 904)", [2022, 7904], "prior-year figure")
    g.skip("послугу у 2024 році", [2024], "year (the 8 families are a 2023 fact)")
    g.skip("у середньому 5,8 отримувача на одного працівника", [5.8], "ratio")
    g.skip("здійснила 37 виїздів", [37], "trips of the mobile brigade, no §3 id")
    g.skip("Кошторисом на 2023 рік", [2023], "year")
    g.skip("генератор для пункту незламності потужністю 5,5 кВт", [5.5], "power of a generator")
    g.skip("Телефон для довідок: (0352) 0-47-90.", [352, 4790], "phone")

    g.note("The div grid comes out of `zvitparse read` as one paragraph per cell, so a table row is quoted as its "
           "cells joined by blank lines (verbatim in the read text).")
    g.note("Every grid cell is a fact; rows hang on the «Всього» cell of the same column; the IDP total hangs on the "
           "recipients total. The 672 recipients are a sum over services; the prose gives 593 persons (both served).")
    g.note("Site furniture (top bar phone, menu, breadcrumbs, sidebar «Громада в цифрах»: 17 settlements, 11 240 "
           "residents, 312,6 км²; announcements; footer with address and ЄДРПОУ) is not in the read text and is not "
           "annotated. The date/views line is, and is skipped. published = 2024-01-22.")
    g.note("«Торік» in a report on 2023 published in January 2024 means 2023: the 701 applications are a period fact.")
    g.note("«З позитивним результатом завершили супровід 6 сімей» → support_completed (alt outcome_positive); "
           "«ще 8 сімей продовжують … у 2024 році» → support_ongoing.")
    g.note("«Оцінку потреб ми провели 146 особам і 12 сім'ям» → two needs_assessed facts (persons, families); "
           "the 9 families in СЖО hang on the 12 families.")
    g.note("The mobile brigade's 23 persons → served with label and category, no service id (the text names no service); "
           "its 37 trips are skipped.")
    g.note("Budget without KEKV: approved 4 615,2 and spent 4 588,9 тис. грн, no savings written.")
    g.note("Humanitarian aid: 236 persons → served (natural_aid) with label; 312,8 тис. грн → aid_value.")
    g.note("Survey: 88 «отримувачів» → recipients (unit_alt persons); 95,5 % → satisfaction (alt share).")
    return g


if __name__ == "__main__":
    build(report_path(NAME))
    gold().write()
