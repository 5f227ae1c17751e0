"""b39_08: КУ «ЦНСП» Катеринопільської селищної ради, annual report 2025 on the council site as an accordion (<details>/<summary> per service)."""
from common import Gold, report_path, write_text

NAME = "b39_08_katerynopil_cnsp_annual2025.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Звіт ЦНСП за 2025 рік – Катеринопільська селищна рада</title>
<link rel="stylesheet" href="/assets/css/bootstrap.min.css">
<style>details{border:1px solid #ddd;margin:6px 0;padding:4px 10px}summary{font-weight:bold;cursor:pointer}</style>
</head>
<body>
<div class="topbar container"><span>Катеринопільська селищна рада Черкаської області</span> <span class="phone">Приймальня: (04742) 0-30-11</span> <a href="/en">EN</a></div>
<div class="navbar"><ul class="nav">
<li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/rada">Селищна рада</a></li>
<li class="active"><a href="/cnsp">ЦНСП</a></li><li><a href="/docs">Документи</a></li><li><a href="/zvity">Звіти 2021–2025</a></li>
</ul></div>
<div class="container">
<ol class="breadcrumb"><li><a href="/">Головна</a></li><li><a href="/cnsp">ЦНСП</a></li><li class="active">Звіт за 2025 рік</li></ol>
<div class="row">
<div class="col-md-8 post">
<h1>Звіт про діяльність КУ «Центр надання соціальних послуг» за 2025 рік</h1>
<p class="post-meta">20.01.2026 · Адміністратор · 👁 531</p>
<p>Комунальна установа «Центр надання соціальних послуг» Катеринопільської селищної ради звітує про роботу у 2025 році. Центр діє на підставі Положення, затвердженого рішенням селищної ради від 29.01.2021 № 4-2/VIII, і обслуговує 27 населених пунктів громади. Щоб переглянути показники, розгорніть потрібний розділ.</p>

<details open>
<summary>Загальні показники</summary>
<p>Протягом року до Центру звернулися 1 387 осіб, оцінювання потреб проведено 412 особам. Соціальні послуги отримали 1 596 осіб (з урахуванням осіб, які отримували кілька послуг). Центр надав 23 418 соціальних послуг.</p>
</details>

<details>
<summary>Догляд вдома</summary>
<p>Послугу догляду вдома отримували 168 осіб. Надано 14 905 послуг. Тариф за 1 годину догляду – 94,20 грн.</p>
<table class="table table-bordered">
<tr><th>Категорія отримувачів</th><th>Осіб</th></tr>
<tr><td>Одинокі громадяни похилого віку</td><td>74</td></tr>
<tr><td>Особи з інвалідністю</td><td>52</td></tr>
<tr><td>Інші</td><td>42</td></tr>
<tr><td><b>Разом</b></td><td><b>168</b></td></tr>
</table>
</details>

<details>
<summary>Денний догляд</summary>
<p>Відділення денного догляду відвідували 31 особа, серед них 9 дітей з інвалідністю. Надано 3 112 послуг. Відділення працює з 8.00 до 17.00, група не перевищує 12 осіб.</p>
</details>

<details>
<summary>Соціальний супровід</summary>
<p>Під соціальним супроводом перебувало 38 сімей, у яких 81 дитина, з них ВПО – 9 сімей (26,3 %). Протягом року взято під супровід 22 сім'ї. Завершено супровід 19 сімей:</p>
<ul>
<li>з позитивним результатом – 11 (57,9 %);</li>
<li>з мінімізацією складних життєвих обставин – 5 (26,3 %);</li>
<li>у зв'язку з відмовою від послуги – 3 (15,8 %).</li>
</ul>
<p>На 2026 рік супровід продовжено 19 сім'ям.</p>
</details>

<details>
<summary>Консультування та інформування</summary>
<table class="table table-bordered">
<tr><th>Послуга</th><th>Отримувачів, осіб</th><th>Надано послуг</th></tr>
<tr><td>Консультування</td><td>512</td><td>1 274</td></tr>
<tr><td>Інформування</td><td>689</td><td>903</td></tr>
<tr><td>Разом</td><td>1 201</td><td>2 177</td></tr>
</table>
</details>

<details>
<summary>Натуральна допомога</summary>
<p>Натуральну допомогу отримали 143 особи: видано 310 продуктових наборів, 58 комплектів одягу та 26 обігрівачів на загальну суму 212,6 тис. грн. Надано 1 050 послуг.</p>
</details>

<details>
<summary>Кадри та фінансування</summary>
<p>Штатним розписом передбачено 29 посад, станом на 31.12.2025 працювало 27 осіб. Навчання пройшли 8 працівників. Видатки загального фонду: затверджено 7 954,3 тис. грн, касові видатки – 7 902,1 тис. грн, економія – 52,2 тис. грн.</p>
</details>

<details>
<summary>Оцінка якості та звернення</summary>
<p>У грудні 2025 року проведено анкетування, в якому взяли участь 88 отримувачів. Якістю послуг задоволені 94,3 % опитаних. Скарг не надходило. Середній вік опитаних – 71 рік.</p>
</details>

<p>У 2026 році Центр планує відкрити відділення соціальної реабілітації на 15 місць.</p>
</div>
<div class="col-md-4 sidebar">
<div class="widget"><h4>Контакти ЦНСП</h4><p>20501, смт Катеринопіль, вул. Соборна, 62</p><p>тел. (04742) 0-25-90, 0-25-93</p><p>Пн–Пт 8:00–17:00</p></div>
<div class="widget"><h4>Останні новини</h4><ul><li><a href="/news/812">16.01.2026 Засідання виконкому № 2</a></li><li><a href="/news/809">12.01.2026 Пункт незламності: 14 звернень</a></li></ul></div>
</div>
</div>
</div>
<footer class="footer"><div class="container">© 2021–2026 Катеринопільська селищна рада · ЄДРПОУ 04410256 · Відвідувачів сьогодні: 87</div></footer>
</body>
</html>
"""


def build():
    write_text(report_path(NAME), HTML)


def gold(text):
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Катеринопільської селищної ради",
        "centre_type": "cnsp", "settlement": "Катеринопіль", "report_kind": "annual_report",
        "period_start": "2025-01-01", "period_end": "2025-12-31", "published": "2026-01-20"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Катеринопільської селищної ради",
                             "КУ «Центр надання соціальних послуг» Катеринопільської селищної ради"]})
    f = g.f
    ap = f("applied", "persons", 1387, "Протягом року до Центру звернулися 1 387 осіб")
    na = f("needs_assessed", "persons", 412, "оцінювання потреб проведено 412 особам")
    sv = f("served", "persons", 1596, "Соціальні послуги отримали 1 596 осіб")
    sp = f("services_provided", "services", 23418, "Центр надав 23 418 соціальних послуг")
    hc = f("served", "persons", 168, "Послугу догляду вдома отримували 168 осіб", service="home_care")
    hcs = f("services_provided", "services", 14905, "Надано 14 905 послуг", service="home_care")
    HT = f("served", "persons", 168, "Разом\t168", service="home_care", label="Разом (таблиця категорій)",
           note="the table total repeats the 168 of the text")
    c = [f("served", "persons", v, q, service="home_care", category=cat, group="home_care_168_by_category", parent=HT)
         for v, q, cat in ((74, "Одинокі громадяни похилого віку\t74", "одинокі громадяни похилого віку"),
                           (52, "Особи з інвалідністю\t52", "особи з інвалідністю"),
                           (42, "Інші\t42", "інші"))]
    dc = f("served", "persons", 31, "Відділення денного догляду відвідували 31 особа", service="day_care")
    dch = f("served", "children", 9, "серед них 9 дітей з інвалідністю", service="day_care", category="діти з інвалідністю", parent=dc)
    dcs = f("services_provided", "services", 3112, "Надано 3 112 послуг", service="day_care")
    S = "social_support_sjo"
    ss = f("served", "families", 38, "Під соціальним супроводом перебувало 38 сімей", service=S, alt=["support_ongoing"])
    ssc = f("served", "children", 81, "у яких 81 дитина", service=S, alt=["support_ongoing"], parent=ss)
    idp = f("served", "families", 9, "з них ВПО – 9 сімей (26,3 %)", percent=26.3, service=S, category="внутрішньо переміщені особи", parent=ss)
    st = f("support_started", "families", 22, "Протягом року взято під супровід 22 сім'ї", service=S, parent=ss)
    sc = f("support_completed", "families", 19, "Завершено супровід 19 сімей", service=S, parent=ss)
    o1 = f("outcome_positive", "families", 11, "з позитивним результатом – 11 (57,9 %)", percent=57.9, service=S,
           group="completed_19_by_result", parent=sc)
    o2 = f("outcome_minimized", "families", 5, "з мінімізацією складних життєвих обставин – 5 (26,3 %)", percent=26.3, service=S,
           group="completed_19_by_result", parent=sc)
    o3 = f("outcome_other", "families", 3, "у зв'язку з відмовою від послуги – 3 (15,8 %)", percent=15.8, service=S,
           label="відмова від послуги", group="completed_19_by_result", parent=sc)
    cont = f("support_ongoing", "families", 19, "На 2026 рік супровід продовжено 19 сім'ям", service=S)
    CQ = "Разом\t1 201\t2 177"
    CR = f("served", "persons", 1201, CQ, label="Разом (консультування та інформування)")
    CS = f("services_provided", "services", 2177, CQ, label="Разом (консультування та інформування)")
    k1 = f("served", "persons", 512, "Консультування\t512\t1 274", service="counselling", group="ci_1201_by_service", parent=CR)
    k2 = f("services_provided", "services", 1274, "Консультування\t512\t1 274", service="counselling", group="ci_2177_by_service", parent=CS)
    i1 = f("served", "persons", 689, "Інформування\t689\t903", service="informing", group="ci_1201_by_service", parent=CR)
    i2 = f("services_provided", "services", 903, "Інформування\t689\t903", service="informing", group="ci_2177_by_service", parent=CS)
    nat = f("served", "persons", 143, "Натуральну допомогу отримали 143 особи", service="natural_aid")
    av = f("aid_value", "uah", 212600, "на загальну суму 212,6 тис. грн", service="natural_aid")
    nas = f("services_provided", "services", 1050, "Надано 1 050 послуг", service="natural_aid")
    pos = f("staff_positions", "positions", 29, "Штатним розписом передбачено 29 посад")
    act = f("staff_actual", "staff", 27, "працювало 27 осіб")
    tr = f("staff_trained", "staff", 8, "Навчання пройшли 8 працівників")
    ba = f("budget_approved", "uah", 7954300, "затверджено 7 954,3 тис. грн", label="загальний фонд")
    bs = f("budget_spent", "uah", 7902100, "касові видатки – 7 902,1 тис. грн", label="загальний фонд")
    be = f("budget_savings", "uah", 52200, "економія – 52,2 тис. грн", label="загальний фонд")
    rs = f("survey_respondents", "recipients", 88, "в якому взяли участь 88 отримувачів", unit_alt="persons")
    sat = f("satisfaction", "percent", 94.3, "Якістю послуг задоволені 94,3 % опитаних")
    cp = f("complaints", "complaints", 0, "Скарг не надходило.")

    g.slip("percent_mismatch", "error", "з них ВПО – 9 сімей (26,3 %)", 26.3, 23.7, [idp, ss],
           "9 of the 38 families under support is 23,7 %, not 26,3 % (26,3 % is the share of the 5 «мінімізовано» of 19, two lines below)",
           f"pct_ok(p{idp[1:]}, {idp}, {ss}, 1)")
    g.check("table_arithmetic", "Разом\t168", "74 + 52 + 42 = 168", " + ".join(c) + f" == {HT}")
    g.check("internal_conflict", "Послугу догляду вдома отримували 168 осіб", "text and table total agree (168)", f"{hc} == {HT}")
    g.check("parts_sum", "Завершено супровід 19 сімей", "11 + 5 + 3 = 19", f"{o1} + {o2} + {o3} == {sc}")
    g.check("percent_mismatch", "з позитивним результатом – 11 (57,9 %)", "11/19 = 57,89; 5/19 = 26,32; 3/19 = 15,79",
            f"pct_ok(p{o1[1:]}, {o1}, {sc}, 1) and pct_ok(p{o2[1:]}, {o2}, {sc}, 1) and pct_ok(p{o3[1:]}, {o3}, {sc}, 1)")
    g.check("percents_sum", "з позитивним результатом – 11 (57,9 %)", "57,9 + 26,3 + 15,8 = 100,0",
            f"psum_ok([p{o1[1:]}, p{o2[1:]}, p{o3[1:]}], 1)")
    g.check("parts_sum", "На 2026 рік супровід продовжено 19 сім'ям", "38 − 19 completed = 19 continued; 22 taken ≤ 38",
            f"{ss} - {sc} == {cont} and {st} <= {ss}")
    g.check("table_arithmetic", CQ, "512 + 689 = 1 201; 1 274 + 903 = 2 177", f"{k1} + {i1} == {CR} and {k2} + {i2} == {CS}")
    g.check("parts_sum", "Соціальні послуги отримали 1 596 осіб", "168 + 31 + 1 201 + 143 = 1 543 persons + 38 families (not one unit; a person may be in several services): no partition stated, only ≤ checks",
            f"{hc} + {dc} + {CR} + {nat} <= {sv}")
    g.check("parts_sum", "Центр надав 23 418 соціальних послуг",
            "the service counts given by section (14 905 + 3 112 + 2 177 + 1 050 = 21 244) do not exceed 23 418; social support services are not counted",
            f"{hcs} + {dcs} + {CS} + {nas} <= {sp}")
    g.check("table_arithmetic", "економія – 52,2 тис. грн", "7 954,3 − 7 902,1 = 52,2 тис. грн", f"{ba} - {bs} == {be}")
    g.check("percent_impossible", "Якістю послуг задоволені 94,3 % опитаних", "94,3 % is reachable with 88 (83 of 88 = 94,32 %)",
            f"grim_ok({sat}, {rs}, 1)")
    g.check("parts_sum", "працювало 27 осіб", "27 ≤ 29; 8 trained ≤ 27; 412 assessed ≤ 1 387 applied", f"{act} <= {pos} and {tr} <= {act} and {na} <= {ap}")
    g.skip("Звіт про діяльність КУ «Центр надання соціальних послуг» за 2025 рік", [2025], "period year in the title")
    g.skip("20.01.2026 · Адміністратор · 👁 531", [20, 1, 2026, 531], "publication date, view counter")
    g.skip("рішенням селищної ради від 29.01.2021 № 4-2/VIII, і обслуговує 27 населених пунктів громади", [29, 1, 2021, 4, 2, 27],
           "decision date and number, settlement count")
    g.skip("Тариф за 1 годину догляду – 94,20 грн.", [1, 94.2], "tariff")
    g.skip("Відділення працює з 8.00 до 17.00, група не перевищує 12 осіб.", [8, 17, 12], "hours, group size")
    g.skip("видано 310 продуктових наборів, 58 комплектів одягу та 26 обігрівачів", [310, 58, 26], "items handed out")
    g.skip("станом на 31.12.2025", [31, 12, 2025], "date")
    g.skip("У грудні 2025 року проведено анкетування", [2025], "survey month")
    g.skip("Середній вік опитаних – 71 рік.", [71], "age")
    g.skip("У 2026 році Центр планує відкрити відділення соціальної реабілітації на 15 місць.", [2026, 15], "plan for 2026")
    g.note("accordion page: each <details> block is one section; `zvitparse read` prints the <summary> line as its own paragraph followed by the block's text, whether the block is open or closed. The top bar, menu, breadcrumbs, sidebar (address, phones, hours, news dates and numbers) and footer (ЄДРПОУ, visitor counter) do not come out of the reader, so their numbers are not listed")
    g.note("«Надано N послуг» appears three times (home care, day care, natural aid): each is services_provided with the section's service; quotes repeat but the facts differ by value and service")
    g.note("the home-care category table is a partition («Інші» closes it): group, parents on the table's «Разом» 168, which repeats the text's 168 (two facts)")
    g.note("«Соціальні послуги отримали 1 596 осіб (з урахуванням осіб, які отримували кілька послуг)» is not stated as a sum of the sections → no parts_sum finding; a ≤ check only")
    g.note("«На 2026 рік супровід продовжено 19 сім'ям» is a 2025 figure → support_ongoing")
    g.write()


if __name__ == "__main__":
    build()
    from common import read_text
    gold(read_text(report_path(NAME)))
