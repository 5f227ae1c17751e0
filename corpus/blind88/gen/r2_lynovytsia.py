"""b88_02: ЦНСП Линовицької селищної ради (Чернігівська), 9 months 2024.
Council-site HTML page in windows-1251 (top bar, menu, breadcrumbs, date/author/views, sidebar,
footer); first person plural; a bulleted list and a services table."""
from common import Gold, write_text, report_path

DOC = "b88_02_lynovytsia_cnsp_9m2024.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про роботу Центру надання соціальних послуг за 9 місяців 2024 року | Линовицька селищна рада</title>
<link rel="stylesheet" href="/templates/lyn/css/style.css">
</head>
<body>
<div id="topbar"><span>Линовицька селищна територіальна громада</span> <span>Приймальня: (04637) 0-31-42</span> <span>Пн–Пт 8:00–17:00</span></div>
<div id="header"><a href="/"><img src="/images/gerb.png" alt="Герб"></a><div class="sitename">ЛИНОВИЦЬКА СЕЛИЩНА РАДА</div><div class="sub">Прилуцький район, Чернігівська область</div></div>
<ul id="menu">
<li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/vlada">Влада</a></li>
<li><a href="/docs">Документи</a></li><li><a href="/soc">Соціальний захист</a></li><li><a href="/contacts">Контакти</a></li>
</ul>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/soc">Соціальний захист</a> » <a href="/soc/cnsp">ЦНСП</a> » Про роботу Центру за 9 місяців 2024 року</div>
<div id="main">
<div class="article">
<h1>Про роботу Центру надання соціальних послуг за 9 місяців 2024 року</h1>
<div class="article-info">14.10.2024 09:37 | Автор: ЦНСП | Переглядів: 342</div>
<p>Центр надання соціальних послуг Линовицької селищної ради інформує про підсумки роботи за січень – вересень 2024 року.</p>
<p>За дев'ять місяців ми надали соціальні послуги 1 047 мешканцям громади (за 9 місяців 2023 року – 963). Наші фахівці працюють у всіх 23 населених пунктах громади. Серед отримувачів – 211 внутрішньо переміщених осіб (21,2 %) та 84 особи з інвалідністю.</p>
<p>До Центру звернулися 389 осіб, оцінку потреб ми провели 142 сім'ям/особам. Мобільна бригада здійснила 118 виїздів, найдальший з яких – до с. Вишнівка за 27 км.</p>
<p>Нижче – дані за видами соціальних послуг (таблиця 1).</p>
<table class="tbl" border="1">
<tr><th>№ з/п</th><th>Соціальна послуга</th><th>Отримувачів, осіб</th><th>Надано послуг</th></tr>
<tr><td>1</td><td>Інформування</td><td>498</td><td>1 215</td></tr>
<tr><td>2</td><td>Консультування</td><td>612</td><td>1 904</td></tr>
<tr><td>3</td><td>Догляд вдома</td><td>96</td><td>18 730</td></tr>
<tr><td>4</td><td>Денний догляд</td><td>22</td><td>2 140</td></tr>
<tr><td>5</td><td>Соціальна адаптація</td><td>47</td><td>564</td></tr>
<tr><td>6</td><td>Натуральна допомога</td><td>305</td><td>305</td></tr>
<tr><td></td><td>Усього</td><td>х</td><td>24 858</td></tr>
</table>
<p>Окремо про соціальний супровід сімей, які перебувають у складних життєвих обставинах:</p>
<ul>
<li>під супроводом перебувало 37 сімей, у яких виховується 71 дитина віком від 3 до 17 років;</li>
<li>протягом звітного періоду взяли під супровід 15 сімей;</li>
<li>завершили супровід 13 сімей, з них з позитивним результатом – 9 (69,2 %), без результату – 3 (23,1 %), у зв'язку зі зміною місця проживання – 1 (7,7 %).</li>
</ul>
<p>Натуральну допомогу (305 осіб) ми видавали за рахунок благодійників: роздали 640 продуктових наборів і 118 ковдр. Загальна вартість переданої допомоги склала 412,5 тис. грн.</p>
<p>На «гарячу лінію» Центру надійшло 274 дзвінки. Ми провели 31 груповий захід, ними охоплено 586 осіб.</p>
<p>Штатним розписом передбачено 27 посад, з них 3 вакантні, тобто у Центрі працює 24 особи. Шестеро наших працівників пройшли навчання за програмою НССУ (40 годин).</p>
<p>Скарг на якість соціальних послуг за звітний період ми не отримали.</p>
<p>До кінця 2024 року плануємо відкрити ще одне відділення денного догляду на 15 місць у с. Іваниця.</p>
<p>Адреса Центру: 17562, Чернігівська обл., Прилуцький р-н, смт Линовиця, вул. Незалежності, 9, каб. 4. Довідки за телефоном: (04637) 0-31-48, e-mail: cnsp.lyn@example.ua</p>
</div>
<div id="sidebar">
<h3>Контакти Центру</h3>
<p>17562, Чернігівська обл., смт Линовиця, вул. Незалежності, 9</p>
<p>ЄДРПОУ 44127865</p>
<h3>Останні новини</h3>
<ul><li><a href="/news/311">Сесія селищної ради 26.09.2024</a></li><li><a href="/news/309">Графік прийому громадян</a></li></ul>
</div>
</div>
<div id="footer">© 2018–2024 Линовицька селищна рада. Усі права захищено. Сайт працює на CMS «Громада 3.2».</div>
</body>
</html>
"""


def main():
    write_text(report_path(DOC), HTML, encoding="cp1251")
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Линовицької селищної ради",
        "centre_type": "cnsp", "settlement": "Линовиця", "oblast": "Чернігівська",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-09-30",
        "published": "2024-10-14",
    })
    f = g.f
    s = f("served", "persons", 1047, "ми надали соціальні послуги 1 047 мешканцям громади")
    idp = f("served", "persons", 211, "211 внутрішньо переміщених осіб (21,2 %)", percent=21.2,
            category="внутрішньо переміщені особи", parent=s)
    f("served", "persons", 84, "84 особи з інвалідністю", category="особи з інвалідністю", parent=s)
    f("applied", "persons", 389, "До Центру звернулися 389 осіб")
    f("needs_assessed", "families_persons", 142, "оцінку потреб ми провели 142 сім'ям/особам")
    rows = [("informing", "Інформування", 498, 1215, "1\tІнформування\t498\t1 215"),
            ("counselling", "Консультування", 612, 1904, "2\tКонсультування\t612\t1 904"),
            ("home_care", "Догляд вдома", 96, 18730, "3\tДогляд вдома\t96\t18 730"),
            ("day_care", "Денний догляд", 22, 2140, "4\tДенний догляд\t22\t2 140"),
            ("social_adaptation", "Соціальна адаптація", 47, 564, "5\tСоціальна адаптація\t47\t564"),
            ("natural_aid", "Натуральна допомога", 305, 305, "6\tНатуральна допомога\t305\t305")]
    tot = f("services_provided", "services", 24858, "Усього\tх\t24 858", label="Усього")
    svc_ids = []
    for sid, lab, n, k, q in rows:
        f("served", "persons", n, q, service=sid, label=lab)
        svc_ids.append(f("services_provided", "services", k, q, service=sid, label=lab,
                         group="services_24858_by_service", parent=tot))
    sup = f("served", "families", 37, "під супроводом перебувало 37 сімей", service="social_support_sjo",
            alt=["support_ongoing"])
    f("served", "children", 71, "у яких виховується 71 дитина", service="social_support_sjo",
      alt=["support_ongoing"], parent=sup)
    st = f("support_started", "families", 15, "взяли під супровід 15 сімей", service="social_support_sjo",
           parent=sup)
    c = f("support_completed", "families", 13, "завершили супровід 13 сімей", service="social_support_sjo",
          parent=sup)
    o1 = f("outcome_positive", "families", 9, "з позитивним результатом – 9 (69,2 %)", percent=69.2,
           service="social_support_sjo", group="completed_13_by_outcome", parent=c)
    o2 = f("outcome_negative", "families", 3, "без результату – 3 (23,1 %)", percent=23.1,
           service="social_support_sjo", group="completed_13_by_outcome", parent=c)
    o3 = f("outcome_other", "families", 1, "у зв'язку зі зміною місця проживання – 1 (7,7 %)", percent=7.7,
           service="social_support_sjo", label="зміна місця проживання", group="completed_13_by_outcome",
           parent=c)
    f("served", "persons", 305, "Натуральну допомогу (305 осіб)", service="natural_aid")
    f("aid_value", "uah", 412500, "Загальна вартість переданої допомоги склала 412,5 тис. грн",
      service="natural_aid")
    f("calls", "calls", 274, "надійшло 274 дзвінки")
    e = f("events", "events", 31, "Ми провели 31 груповий захід")
    f("event_participants", "persons", 586, "ними охоплено 586 осіб", parent=e)
    sp = f("staff_positions", "positions", 27, "Штатним розписом передбачено 27 посад")
    sa = f("staff_actual", "staff", 24, "у Центрі працює 24 особи")
    f("staff_trained", "staff", 6, "Шестеро наших працівників пройшли навчання", note="numeral in words («Шестеро»)")
    f("complaints", "complaints", 0, "Скарг на якість соціальних послуг за звітний період ми не отримали.")

    g.slip("percent_mismatch", "error", "211 внутрішньо переміщених осіб (21,2 %)", 21.2, 20.2,
           [idp, s], "211 of the 1 047 recipients is 20,15 % → 20,2 (or 20,1), not 21,2 %",
           f"pct_ok(p{idp[1:]}, {idp}, {s}, 1)")
    g.check("table_arithmetic", "Усього\tх\t24 858", "1 215 + 1 904 + 18 730 + 2 140 + 564 + 305 = 24 858",
            " + ".join(svc_ids) + f" == {tot}")
    g.check("parts_sum", "завершили супровід 13 сімей, з них", "9 + 3 + 1 = 13",
            f"{o1} + {o2} + {o3} == {c}")
    pc = [f"pct_ok(p{x[1:]}, {x}, {c}, 1)" for x in (o1, o2, o3)]
    g.check("percent_mismatch", "з позитивним результатом – 9 (69,2 %)",
            "9/13 = 69,23 %, 3/13 = 23,08 %, 1/13 = 7,69 %", " and ".join(pc))
    g.check("percents_sum", "з позитивним результатом – 9 (69,2 %), без результату – 3 (23,1 %)",
            "69,2 + 23,1 + 7,7 = 100,0", f"psum_ok([p{o1[1:]}, p{o2[1:]}, p{o3[1:]}], 1)")
    g.check("parts_sum", "взяли під супровід 15 сімей", "15 taken and 13 completed ≤ 37 under support",
            f"{st} <= {sup} and {c} <= {sup}")
    g.check("parts_sum", "Штатним розписом передбачено 27 посад, з них 3 вакантні",
            "27 positions − 3 vacant = 24 working (vacancies have no §3 id; literal 3)", f"{sp} - 3 == {sa}")

    sk = g.skip
    sk("за 9 місяців 2024 року", [9, 2024], "period in the title")
    sk("14.10.2024 09:37 | Автор: ЦНСП | Переглядів: 342", [14, 10, 2024, 9, 37, 342],
       "publication date/time, view counter")
    sk("за січень – вересень 2024 року", [2024], "period")
    sk("(за 9 місяців 2023 року – 963)", [9, 2023, 963], "prior-year figure")
    sk("у всіх 23 населених пунктах громади", [23], "settlement count")
    sk("Мобільна бригада здійснила 118 виїздів, найдальший з яких – до с. Вишнівка за 27 км", [118, 27],
       "trips of the mobile team (no §3 id), distance")
    sk("(таблиця 1)", [1], "table number")
    sk("1\tІнформування", [1, 2, 3, 4, 5, 6], "row numbers")
    sk("віком від 3 до 17 років", [3, 17], "ages")
    sk("роздали 640 продуктових наборів і 118 ковдр", [640, 118], "items handed out")
    sk("з них 3 вакантні", [3], "vacancies (no §3 id; used as a literal in a check)")
    sk("(40 годин)", [40], "duration of the training")
    sk("До кінця 2024 року плануємо відкрити ще одне відділення денного догляду на 15 місць", [2024, 15],
       "plan, capacity")
    sk("17562, Чернігівська обл., Прилуцький р-н, смт Линовиця, вул. Незалежності, 9, каб. 4. Довідки за телефоном: (04637) 0-31-48",
       [17562, 9, 4, 4637, 3148], "postcode, address, office, phone")
    g.note("the reader drops the top bar (reception phone), header, menu, breadcrumbs, sidebar (address, ЄДРПОУ, "
           "news dates) and footer; the date/author/views line remains and is skipped. The oblast is stated in the "
           "article's address line")
    g.note("table 1: each row gives served (persons) and services_provided with the service; the «Усього» row sums "
           "only the services column (recipients «х»); service rows hang on it. «Натуральна допомога» 305 is "
           "also in prose: two served facts")
    g.note("«під супроводом перебувало 37 сімей» → served (alt support_ongoing); taken and completed hang on it")
    g.note("«без результату» → outcome_negative")
    g.note("«Шестеро наших працівників пройшли навчання» → staff_trained 6 (numeral in words)")
    g.note("211 IDPs and 84 persons with disabilities are overlapping «серед» categories: parent only, no group")
    g.write()


if __name__ == "__main__":
    main()
