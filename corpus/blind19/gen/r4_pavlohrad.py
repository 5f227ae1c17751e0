"""b19_04: УСЗН Павлоградської міської ради (Дніпропетровська), information on social services in the
hromada for 9 months of 2024. Council web page in windows-1251: top bar, menu, breadcrumbs, date and view
counter, a table by provider, sidebar with contacts and news, footer.

Planted slip: table_arithmetic — the «Надано послуг» column sums to 114 905, the «Разом» row says 114 950.
"""
from common import Gold, report_path, write_text

DOC = "b19_04_pavlohrad_uszn_9m2024.html"

PROV = [
    ("Територіальний центр соціального обслуговування (надання соціальних послуг)", 1948, 412, 96305),
    ("Центр соціальних служб", 1236, 385, 7412),
    ("Центр комплексної реабілітації для осіб з інвалідністю", 214, 37, 9870),
    ("Громадські організації (соціальне замовлення)", 168, 94, 1318),
]
TOT = (sum(p[1] for p in PROV), sum(p[2] for p in PROV), 114950)  # services total as written (slip)


def fmt(n):
    return f"{n:,}".replace(",", "\u00a0")


def fq(n):
    return f"{n:,}".replace(",", " ")


ROWS_HTML = "\n".join(
    f"<tr><td>{name}</td><td>{fmt(a)}</td><td>{fmt(b)}</td><td>{fmt(c)}</td></tr>" for name, a, b, c in PROV)

HTML = f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Інформація УСЗН про надання соціальних послуг за 9 місяців 2024 року | Павлоградська міська рада</title>
<link rel="stylesheet" href="/templates/pavlograd/css/style.css">
</head>
<body>
<div class="topbar">Приймальня: (05632) 0-14-27 | Пн–Чт 8:00–17:00, Пт 8:00–15:45</div>
<div id="menu"><ul>
<li><a href="/">Головна</a></li><li><a href="/rada">Міська рада</a></li><li><a href="/vykonkom">Виконавчий комітет</a></li>
<li><a href="/uszn">Соціальний захист</a></li><li><a href="/docs">Документи</a></li><li><a href="/contacts">Контакти</a></li>
</ul></div>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/uszn">Соціальний захист</a> » Звіти</div>
<div id="content">
<h1>Інформація управління соціального захисту населення про надання соціальних послуг у громаді за 9 місяців 2024 року</h1>
<div class="meta">Опубліковано: 21.10.2024 | Переглядів: 487</div>
<p>Управління соціального захисту населення Павлоградської міської ради Дніпропетровської області (далі – УСЗН) координує надання соціальних послуг у Павлоградській міській територіальній громаді. Станом на 01.10.2024 в громаді на обліку перебуває 17&nbsp;412 внутрішньо переміщених осіб.</p>
<p>За 9 місяців 2024 року до УСЗН звернулося 6&nbsp;284 особи, з них 2&nbsp;917 – щодо надання соціальних послуг, решта – щодо призначення державних соціальних допомог і субсидій. Оцінку потреб у соціальних послугах проведено 1&nbsp;126 особам. На «гарячу лінію» УСЗН надійшло 1&nbsp;873 дзвінки.</p>
<p>Загалом соціальні послуги отримали 3&nbsp;566 осіб, що на 8,4 % більше, ніж за 9 місяців 2023 року. Розподіл отримувачів за надавачами наведено в таблиці.</p>
<table class="tbl" border="1" cellpadding="4">
<tr><th>Надавач соціальних послуг</th><th>Отримувачів, осіб</th><th>з них ВПО</th><th>Надано послуг</th></tr>
{ROWS_HTML}
<tr><td><b>Разом</b></td><td><b>{fmt(TOT[0])}</b></td><td><b>{fmt(TOT[1])}</b></td><td><b>{fmt(TOT[2])}</b></td></tr>
</table>
<p>За видами послуг: догляд вдома отримували 1&nbsp;104 особи, під соціальним супроводом перебувало 96 сімей, які перебувають у складних життєвих обставинах (у них 203 дитини), послугою «соціальне таксі» скористалися 87 осіб з інвалідністю. Станом на 30.09.2024 на влаштування до інтернатних закладів очікують 9 осіб.</p>
<p>На виконання міської програми «Турбота» на 2024 рік затверджено 4&nbsp;826,5 тис. грн, касові видатки за 9 місяців склали 3&nbsp;412,8 тис. грн (70,7 % річного призначення), у тому числі за КЕКВ 2610 – 2&nbsp;904,6 тис. грн (оплата послуг, наданих громадськими організаціями та комунальними закладами), за КЕКВ 2730 – 508,2 тис. грн (адресна допомога).</p>
<p>Натуральну допомогу (продуктові набори, засоби гігієни) від благодійних фондів через УСЗН отримали 1&nbsp;407 осіб на загальну суму 2&nbsp;118,0 тис. грн. Оздоровлено 46 дітей пільгових категорій.</p>
<p>Для внутрішньо переміщених осіб проведено 17 інформаційно-роз'яснювальних заходів, у яких взяли участь 634 особи.</p>
<p>Надійшло 14 скарг, з них 3 – щодо якості соціальних послуг; усі розглянуто у встановлені строки.</p>
<p>Штатна чисельність УСЗН – 58 посад, фактично працює 52 особи.</p>
<p>Начальник управління соціального захисту населення</p>
</div>
<div class="sidebar">
<h3>Контакти УСЗН</h3>
<p>51400, м. Павлоград, вул. Шевченка, 0<br>тел. (05632) 0-31-08<br>uszn.pavlohrad@example.ua</p>
<h3>Новини</h3>
<ul><li>18.10.2024 Виплата допомоги ВПО за жовтень</li><li>15.10.2024 Прийом громадян у ЦНАП</li><li>09.10.2024 Нарада з надавачами послуг</li></ul>
<h3>Корисні посилання</h3>
<ul><li><a href="https://www.msp.gov.ua">Мінсоцполітики</a></li><li><a href="https://nssu.gov.ua">НССУ</a></li></ul>
</div>
<div class="footer">© 2012–2024 Павлоградська міська рада. 51400, м. Павлоград, вул. Соборна, 0. Усі права захищені.</div>
</body>
</html>
"""


def build():
    write_text(report_path(DOC), HTML, encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Павлоградської міської ради",
        "centre_type": "uszn",
        "settlement": "Павлоград",
        "oblast": "Дніпропетровська",
        "report_kind": "period_report",
        "period_start": "2024-01-01",
        "period_end": "2024-09-30",
        "published": "2024-10-21",
    })
    n = lambda fid: fid[1:]
    f_app = g.f("applied", "persons", 6284, "до УСЗН звернулося 6 284 особи")
    f_app2 = g.f("applied", "persons", 2917, "з них 2 917 – щодо надання соціальних послуг", parent=f_app,
                 label="щодо надання соціальних послуг")
    f_na = g.f("needs_assessed", "persons", 1126, "Оцінку потреб у соціальних послугах проведено 1 126 особам")
    f_call = g.f("calls", "calls", 1873, "надійшло 1 873 дзвінки")
    f_all = g.f("served", "persons", 3566, "Загалом соціальні послуги отримали 3 566 осіб")
    tq = f"Разом\t{fq(TOT[0])}\t{fq(TOT[1])}\t{fq(TOT[2])}"
    t_rec = g.f("served", "persons", TOT[0], tq, label="Разом")
    t_idp = g.f("served", "persons", TOT[1], tq, label="Разом", category="внутрішньо переміщені особи",
                parent=t_rec)
    t_srv = g.f("services_provided", "services", TOT[2], tq, label="Разом")
    rec, idp, srv = [], [], []
    for name, a, b, c in PROV:
        q = f"{name}\t{fq(a)}\t{fq(b)}\t{fq(c)}"
        r = g.f("served", "persons", a, q, district=name, parent=t_rec, group="served_by_provider")
        rec.append(r)
        idp.append(g.f("served", "persons", b, q, district=name, category="внутрішньо переміщені особи",
                       parent=t_idp, group="served_idp_by_provider"))
        srv.append(g.f("services_provided", "services", c, q, district=name, parent=t_srv,
                       group="services_by_provider"))
    f_hc = g.f("served", "persons", 1104, "догляд вдома отримували 1 104 особи", service="home_care")
    f_sjo = g.f("served", "families", 96, "під соціальним супроводом перебувало 96 сімей",
                service="social_support_sjo", alt=["support_ongoing"])
    f_sjoc = g.f("served", "children", 203, "(у них 203 дитини)", service="social_support_sjo",
                 alt=["support_ongoing"], parent=f_sjo)
    f_taxi = g.f("served", "persons", 87, "послугою «соціальне таксі» скористалися 87 осіб з інвалідністю",
                 service="social_taxi", category="особи з інвалідністю")
    f_bap = g.f("budget_approved", "uah", 4826500, "на 2024 рік затверджено 4 826,5 тис. грн",
                label="міська програма «Турбота», річне призначення")
    f_bsp = g.f("budget_spent", "uah", 3412800,
                "касові видатки за 9 місяців склали 3 412,8 тис. грн (70,7 % річного призначення)",
                percent=70.7, label="міська програма «Турбота»")
    f_k1 = g.f("budget_spent", "uah", 2904600, "за КЕКВ 2610 – 2 904,6 тис. грн", kekv="2610", parent=f_bsp,
               group="spent_3412_8_by_kekv",
               label="оплата послуг, наданих громадськими організаціями та комунальними закладами")
    f_k2 = g.f("budget_spent", "uah", 508200, "за КЕКВ 2730 – 508,2 тис. грн", kekv="2730", parent=f_bsp,
               group="spent_3412_8_by_kekv", label="адресна допомога")
    f_nat = g.f("served", "persons", 1407, "через УСЗН отримали 1 407 осіб", service="natural_aid")
    f_natv = g.f("aid_value", "uah", 2118000, "на загальну суму 2 118,0 тис. грн", service="natural_aid",
                 label="продуктові набори, засоби гігієни від благодійних фондів")
    f_ev = g.f("events", "events", 17, "проведено 17 інформаційно-роз'яснювальних заходів",
               category="внутрішньо переміщені особи")
    f_evp = g.f("event_participants", "persons", 634, "у яких взяли участь 634 особи", parent=f_ev)
    f_cmp = g.f("complaints", "complaints", 14, "Надійшло 14 скарг")
    f_cmp2 = g.f("complaints", "complaints", 3, "з них 3 – щодо якості соціальних послуг", parent=f_cmp,
                 label="щодо якості соціальних послуг")
    f_pos = g.f("staff_positions", "positions", 58, "Штатна чисельність УСЗН – 58 посад")
    f_act = g.f("staff_actual", "staff", 52, "фактично працює 52 особи")

    g.slip("table_arithmetic", "error", tq, TOT[2], sum(p[3] for p in PROV), srv + [t_srv],
           "«Надано послуг»: 96 305 + 7 412 + 9 870 + 1 318 = 114 905, the «Разом» row says 114 950 "
           "(45 more)",
           " + ".join(f"f{n(x)}" for x in srv) + f" == f{n(t_srv)}")

    g.check("table_arithmetic", tq, "«Отримувачів»: 1 948 + 1 236 + 214 + 168 = 3 566",
            " + ".join(f"f{n(x)}" for x in rec) + f" == f{n(t_rec)}")
    g.check("table_arithmetic", tq, "«з них ВПО»: 412 + 385 + 37 + 94 = 928",
            " + ".join(f"f{n(x)}" for x in idp) + f" == f{n(t_idp)}")
    g.check("table_arithmetic", PROV[0][0], "each row: ВПО ≤ recipients",
            " and ".join(f"f{n(b)} <= f{n(a)}" for a, b in zip(rec, idp)))
    g.check("internal_conflict", "Загалом соціальні послуги отримали 3 566 осіб", "prose 3 566 = table Разом",
            f"f{n(f_all)} == f{n(t_rec)}")
    g.check("parts_sum", "з них 2 917 – щодо надання соціальних послуг", "2 917 ≤ 6 284",
            f"f{n(f_app2)} <= f{n(f_app)}")
    g.check("percent_mismatch", "касові видатки за 9 місяців склали 3 412,8 тис. грн (70,7 % річного призначення)",
            "3 412,8 / 4 826,5 = 70,71 % → 70,7", f"pct_ok(p{n(f_bsp)}, f{n(f_bsp)}, f{n(f_bap)}, 1)")
    g.check("parts_sum", "у тому числі за КЕКВ 2610", "2 904,6 + 508,2 = 3 412,8 тис. грн",
            f"f{n(f_k1)} + f{n(f_k2)} == f{n(f_bsp)}")
    g.check("parts_sum", "з них 3 – щодо якості соціальних послуг", "3 ≤ 14; 52 working ≤ 58 positions",
            f"f{n(f_cmp2)} <= f{n(f_cmp)} and f{n(f_act)} <= f{n(f_pos)}")

    g.skip("Опубліковано: 21.10.2024 | Переглядів: 487", [21, 10, 2024, 487], "publication date, view counter")
    g.skip("Станом на 01.10.2024 в громаді на обліку перебуває 17 412 внутрішньо переміщених осіб",
           [1, 10, 2024, 17412], "IDP register of the hromada (population-like); no §3 id")
    g.skip("що на 8,4 % більше, ніж за 9 місяців 2023 року", [8.4, 9, 2023], "growth rate over 2023")
    g.skip("Станом на 30.09.2024 на влаштування до інтернатних закладів очікують 9 осіб", [30, 9, 2024, 9],
           "date; waiting list for residential care (no §3 id)")
    g.skip("міської програми «Турбота» на 2024 рік", [2024], "programme year")
    g.skip("за КЕКВ 2610", [2610], "KEKV code (kept in the kekv field)")
    g.skip("за КЕКВ 2730", [2730], "KEKV code (kept in the kekv field)")
    g.skip("За 9 місяців 2024 року до УСЗН", [9, 2024], "period")
    g.skip("касові видатки за 9 місяців", [9], "period")
    g.skip("Оздоровлено 46 дітей пільгових категорій", [46], "children given rehabilitation holidays; no §3 id")
    g.skip("Інформація управління соціального захисту населення про надання соціальних послуг у громаді за 9 місяців "
           "2024 року", [9, 2024], "title period")

    g.note("the page's top bar (phone, office hours), menu, breadcrumbs, sidebar (contacts, news dates) and "
           "footer are not printed by the reader; the date/view line is")
    g.note("table by provider: the provider goes into district (branch of a breakdown); «з них ВПО» cells are "
           "served with category and hang on the Разом ВПО cell; every cell is quoted by its row")
    g.note("3 566 is written twice (prose and table Разом): two facts")
    g.note("the programme's annual approval (4 826,5) is budget_approved for 2024; the 9-month cash spending "
           "carries its percent of the annual approval")
    g.note("an УСЗН is centre_type uszn; its applications (6 284, of them 2 917 about social services) are "
           "applied (persons)")
    return g


if __name__ == "__main__":
    build()
    gold().write()
