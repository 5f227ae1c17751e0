"""b56_03: ЦСС Шпиківської селищної ради (Вінницька), internal quality assessment 2024. Council-site HTML page, windows-1251, div layout."""
from common import Gold, report_path, write_text

DOC = "b56_03_shpykiv_css_internal2024.html"

CRIT = [("targeting", "Адресність та індивідуальний підхід", "93,8", 93.8, "добре"),
        ("effectiveness", "Результативність", "84,4", 84.4, "добре"),
        ("timeliness", "Своєчасність", "95,3", 95.3, "добре"),
        ("accessibility", "Доступність та відкритість", "90,6", 90.6, "добре"),
        ("dignity", "Повага до гідності отримувача соціальної послуги", "100", 100, "добре"),
        ("professionalism", "Професійність", "92,2", 92.2, "добре"),
        ("confidentiality", "Конфіденційність інформації", "98,4", 98.4, "добре")]

ROWS = "\n".join(f"<tr><td>{i}</td><td>{n}</td><td>{p}</td><td>{r}</td></tr>" for i, (c, n, p, v, r) in enumerate(CRIT, 1))

HTML = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251" />
<title>Звіт про внутрішню оцінку якості соціальних послуг за 2024 рік :: Шпиківська селищна рада</title>
<link rel="stylesheet" href="/templates/gromada/css/style.css" type="text/css" />
</head>
<body>
<div id="wrapper">
<div id="header">
 <div class="logo"><img src="/images/gerb.png" alt="Герб" /> <span>ШПИКІВСЬКА СЕЛИЩНА РАДА</span><br/>Тульчинського району Вінницької області</div>
 <div class="header-contacts">тел. (04335) 0-62-18 | shpykiv-rada@example.ua</div>
</div>
<div class="menu">
 <ul>
  <li><a href="/">Головна</a></li><li><a href="/gromada">Громада</a></li><li><a href="/vlada">Влада</a></li>
  <li><a href="/doc">Документи</a></li><li><a href="/css">Центр соціальних служб</a></li><li><a href="/contacts">Контакти</a></li>
 </ul>
</div>
<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/css">Центр соціальних служб</a> &raquo; Звіти</div>
<div id="main">
<div id="content">
<div class="item-page">
<h2 class="contentheading">Звіт про проведення внутрішньої оцінки якості соціальних послуг, наданих Центром соціальних служб Шпиківської селищної ради у 2024 році</h2>
<div class="article-info">Опубліковано: 18.02.2025 10:42 | Переглядів: 327</div>
<p>Внутрішню оцінку якості проведено з 13 по 31 січня 2025 року робочою групою у складі 5 осіб, утвореною наказом директора Центру від 08.01.2025 № 3-од. Оцінювалися послуги консультування, інформування та соціального супроводу сімей (осіб), які перебувають у складних життєвих обставинах.</p>
<p>Протягом 2024 року фахівці Центру надали соціальні послуги 392 сім'ям/особам, у тому числі консультування отримала 241 сім'я/особа, інформування – 117, соціальний супровід – 34 сім'ї, в яких виховується 58 дітей.</p>
<p>Центр отримав повідомлення про 47 сімей, які можуть перебувати у складних життєвих обставинах. Оцінку потреб проведено 45 сім'ям, складні життєві обставини виявлено у 29 із них.</p>
<p>Із 34 сімей, які отримували послугу соціального супроводу, 21 сім'ю взято під супровід у 2024 році, решта 13 отримували послугу з 2023 року. Надання послуги завершено 19 сім'ям: у 12 сім'ях подолано складні життєві обставини, у 5 – мінімізовано, 2 сім'ї змінили місце проживання.</p>
<p>Для оцінки використано анкетування отримувачів, аналіз 34 особових справ та спостереження. В анкетуванні взяли участь 64 отримувачі послуг. Оцінка за кожним критерієм визначалася за часткою позитивних відповідей: 85 % і більше – «добре», від 60 % до 85 % – «задовільно», менше 60 % – «незадовільно».</p>
<table class="tbl" border="1" cellpadding="3">
<tr><th>№</th><th>Критерій</th><th>Позитивних відповідей, %</th><th>Оцінка</th></tr>
{ROWS}
</table>
<p>Загальна оцінка якості соціальних послуг, наданих Центром у 2024 році, – «добре» (середній показник 93,5 %).</p>
<p>Скарг на якість послуг протягом 2024 року не надходило, отримано 3 письмові подяки.</p>
<p>У Центрі працюють 6 фахівців із соціальної роботи при штатній чисельності 7 посад; 4 фахівці у 2024 році пройшли навчання за програмою підвищення кваліфікації обсягом 30 годин. Проведено 11 групових заходів, якими охоплено 186 осіб.</p>
<p>Рекомендації: до 01.06.2025 оновити інформаційні матеріали в 9 старостатах; забезпечити супервізію фахівців не рідше 1 разу на квартал.</p>
</div>
</div>
<div class="sidebar">
 <div class="moduletable"><h3>Контакти ЦСС</h3><p>23520, смт Шпиків, вул. Соборна, 25<br/>тел. (04335) 0-62-40<br/>Пн–Пт 8:00–17:00</p></div>
 <div class="moduletable"><h3>Новини</h3><ul><li><a href="/n/812">Відбулася 47 сесія селищної ради</a> 14.02.2025</li><li><a href="/n/809">Графік прийому громадян на I квартал 2025 року</a></li></ul></div>
</div>
</div>
<div id="footer">&copy; 2018–2025 Шпиківська селищна рада. Усі права захищено. Розробка сайту: ТОВ «Веб-Громада»</div>
</div>
</body>
</html>
"""


def gold():
    g = Gold(DOC, {"centre": "Центр соціальних служб Шпиківської селищної ради", "centre_type": "css",
                   "settlement": "Шпиків", "oblast": "Вінницька", "report_kind": "internal_assessment",
                   "period_start": "2024-01-01", "period_end": "2024-12-31", "published": "2025-02-18"})
    f = g.f
    s = f("served", "families_persons", 392, "надали соціальні послуги 392 сім'ям/особам")
    a1 = f("served", "families_persons", 241, "консультування отримала 241 сім'я/особа", service="counselling", group="served_392_by_service", parent=s)
    a2 = f("served", "families_persons", 117, "інформування – 117", service="informing", group="served_392_by_service", parent=s)
    a3 = f("served", "families", 34, "соціальний супровід – 34 сім'ї", service="social_support_sjo", group="served_392_by_service", parent=s, alt=["support_ongoing"])
    f("served", "children", 58, "в яких виховується 58 дітей", service="social_support_sjo", parent=a3, alt=["support_ongoing"])
    no = f("notified", "families", 47, "Центр отримав повідомлення про 47 сімей")
    na = f("needs_assessed", "families", 45, "Оцінку потреб проведено 45 сім'ям")
    sj = f("in_difficult_circumstances", "families", 29, "складні життєві обставини виявлено у 29 із них", parent=na)
    ss = f("served", "families", 34, "Із 34 сімей, які отримували послугу соціального супроводу", service="social_support_sjo", alt=["support_ongoing"])
    st = f("support_started", "families", 21, "21 сім'ю взято під супровід у 2024 році", service="social_support_sjo", group="support_34_by_start", parent=ss)
    on = f("served", "families", 13, "решта 13 отримували послугу з 2023 року", service="social_support_sjo", label="отримували послугу з 2023 року", alt=["support_ongoing"], group="support_34_by_start", parent=ss)
    co = f("support_completed", "families", 19, "Надання послуги завершено 19 сім'ям", service="social_support_sjo", parent=ss)
    o1 = f("outcome_positive", "families", 12, "у 12 сім'ях подолано складні життєві обставини", service="social_support_sjo", group="completed_19_by_outcome", parent=co)
    o2 = f("outcome_minimized", "families", 5, "у 5 – мінімізовано", service="social_support_sjo", group="completed_19_by_outcome", parent=co)
    o3 = f("outcome_other", "families", 2, "2 сім'ї змінили місце проживання", service="social_support_sjo", label="змінили місце проживання", group="completed_19_by_outcome", parent=co)
    sr = f("survey_respondents", "recipients", 64, "В анкетуванні взяли участь 64 отримувачі послуг", unit_alt="families_persons")
    sh, rt = [], []
    for i, (c, n, p, v, r) in enumerate(CRIT, 1):
        q = f"{i}\t{n}\t{p}\t{r}"
        sh.append(f("share", "percent", v, q, criterion=c, label="позитивних відповідей", alt=["satisfaction"]))
        rt.append(f("rating", "rating", "good", q, criterion=c))
    ov = f("rating", "rating", "good", "Загальна оцінка якості соціальних послуг, наданих Центром у 2024 році, – «добре»", criterion="overall")
    ovp = f("share", "percent", 93.5, "(середній показник 93,5 %)", criterion="overall", label="середній показник позитивних відповідей", alt=["satisfaction"])
    f("complaints", "complaints", 0, "Скарг на якість послуг протягом 2024 року не надходило")
    sa = f("staff_actual", "staff", 6, "У Центрі працюють 6 фахівців із соціальної роботи")
    sp = f("staff_positions", "positions", 7, "при штатній чисельності 7 посад")
    tr = f("staff_trained", "staff", 4, "4 фахівці у 2024 році пройшли навчання")
    ev = f("events", "events", 11, "Проведено 11 групових заходів")
    f("event_participants", "persons", 186, "якими охоплено 186 осіб", parent=ev)

    bands = "[(85, 100, 'good'), (60, 84.99, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"
    e = sh[1][1:]
    g.slip("rating_band", "error", "2\tРезультативність\t84,4\tдобре", "good", "satisfactory", [sh[1], rt[1]],
           "84,4 % of positive answers falls in the document's own band «від 60 % до 85 % – «задовільно»», but the row rates «добре»",
           f"band(f{e}, {bands}) == f{rt[1][1:]}")
    others = [i for i in range(7) if i != 1]
    g.check("rating_band", "Оцінка за кожним критерієм визначалася за часткою позитивних відповідей",
            "the other six criteria (93,8 … 98,4 %) are ≥ 85 % and rated «добре»",
            "all([" + ", ".join(f"band(f{sh[i][1:]}, {bands}) == f{rt[i][1:]}" for i in others) + "])")
    g.check("rating_band", "– «добре» (середній показник 93,5 %)", "overall 93,5 % is in the «добре» band", f"band(f{ovp[1:]}, {bands}) == f{ov[1:]}")
    g.check("table_arithmetic", "(середній показник 93,5 %)", "mean of the seven criteria: 654,7 / 7 = 93,53 → 93,5",
            "round((" + " + ".join("f" + x[1:] for x in sh) + f") / 7, 1) == f{ovp[1:]}")
    g.check("percent_impossible", "В анкетуванні взяли участь 64 отримувачі послуг",
            "every criterion share is reachable with 64 respondents (60, 54, 61, 58, 64, 59, 63 of 64)",
            "all([" + ", ".join(f"grim_ok(f{x[1:]}, f{sr[1:]}, 1)" for x in sh) + "])")
    g.check("parts_sum", "у тому числі консультування отримала 241 сім'я/особа", "241 + 117 + 34 = 392", f"f{a1[1:]} + f{a2[1:]} + f{a3[1:]} == f{s[1:]}")
    g.check("parts_sum", "решта 13 отримували послугу з 2023 року", "21 + 13 = 34", f"f{st[1:]} + f{on[1:]} == f{ss[1:]} and f{ss[1:]} == f{a3[1:]}")
    g.check("parts_sum", "Надання послуги завершено 19 сім'ям", "12 + 5 + 2 = 19", f"f{o1[1:]} + f{o2[1:]} + f{o3[1:]} == f{co[1:]}")
    g.check("parts_sum", "складні життєві обставини виявлено у 29 із них", "29 ≤ 45 ≤ 47", f"f{sj[1:]} <= f{na[1:]} <= f{no[1:]}")
    g.check("parts_sum", "при штатній чисельності 7 посад", "4 trained ≤ 6 working ≤ 7 positions", f"f{tr[1:]} <= f{sa[1:]} <= f{sp[1:]}")

    g.skip("Опубліковано: 18.02.2025 10:42 | Переглядів: 327", [18, 2, 2025, 10, 42, 327], "publication date/time, view counter")
    g.skip("з 13 по 31 січня 2025 року робочою групою у складі 5 осіб, утвореною наказом директора Центру від 08.01.2025 № 3-од", [13, 31, 2025, 5, 8, 1, 2025, 3], "assessment dates, working-group size, order")
    g.skip("аналіз 34 особових справ", [34], "case files reviewed (method; equals the 34 families)")
    g.skip("85 % і більше – «добре», від 60 % до 85 % – «задовільно», менше 60 % – «незадовільно»", [85, 60, 85, 60], "band definitions")
    g.skip("№\tКритерій\tПозитивних відповідей, %\tОцінка", [1, 2, 3, 4, 5, 6, 7], "row numbers of the criteria table")
    g.skip("отримано 3 письмові подяки", [3], "letters of thanks (no §3 id)")
    g.skip("обсягом 30 годин", [30], "duration")
    g.skip("до 01.06.2025 оновити інформаційні матеріали в 9 старостатах", [1, 6, 2025, 9], "deadline, starosta districts")
    g.skip("не рідше 1 разу на квартал", [1], "frequency")
    g.note("the page's header, menu, breadcrumbs, sidebar and footer (phones, address, news, years) do not come out in `zvitparse read`; they hold no facts")
    g.note("oblast: «Вінницької області» is written only in the page header («Тульчинського району Вінницької області»), which `zvitparse read` drops; kept in meta because the page states it")
    g.note("«392 сім'ям/особам» → unit families_persons; its three services are a partition; the 34 social-support families appear twice (list and paragraph): two facts")
    g.note("criteria table: share (alt satisfaction) + rating per row, with criterion; planted rating_band slip on Результативність 84,4 % «добре»")
    g.note("«2 сім'ї змінили місце проживання» → outcome_other with label")
    g.write()


if __name__ == "__main__":
    with open(report_path(DOC), "wb") as fh:
        fh.write(HTML.encode("cp1251"))
    gold()
