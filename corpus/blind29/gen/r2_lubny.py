"""b29_02: ЦСС Лубенської міської ради (Полтавська), information on H1 2025, published on the
council site. HTML in windows-1251 with header, menu, breadcrumbs, sidebar and footer. First person plural.
Planted slip: percent_mismatch («дітей з інвалідністю – 18 (21,4 %)» of 96 families is 18,8 %)."""
from common import Gold, write_text, report_path

DOC = "b29_02_lubny_css_h1_2025.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про роботу Центру соціальних служб за І півріччя 2025 року | Лубенська міська рада</title>
<link rel="stylesheet" href="/templates/lubny/css/style.css">
</head>
<body>
<div class="topbar">
  <div class="logo"><a href="/">Лубенська міська рада</a><span>Полтавська область</span></div>
  <div class="contacts">Приймальня: (05361) 0-71-40 &nbsp;|&nbsp; Гаряча лінія міського голови: 1580</div>
  <form class="search" action="/search"><input type="text" name="q" placeholder="Пошук..."></form>
</div>
<ul class="mainmenu">
  <li><a href="/">Головна</a></li>
  <li><a href="/rada">Міська рада</a></li>
  <li><a href="/vykonkom">Виконавчий комітет</a></li>
  <li><a href="/docs">Документи</a></li>
  <li><a href="/social">Соціальний захист</a></li>
  <li><a href="/contacts">Контакти</a></li>
</ul>
<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/social">Соціальний захист</a> &raquo; <a href="/social/css">Центр соціальних служб</a> &raquo; Звіти</div>
<div class="wrapper">
<div class="content">
<h1>Про роботу Центру соціальних служб Лубенської міської ради за І півріччя 2025 року</h1>
<div class="meta">Опубліковано: 16.07.2025 &nbsp; Автор: Центр соціальних служб &nbsp; Переглядів: 312</div>
<p>Центр соціальних служб Лубенської міської ради надає соціальні послуги сім'ям, дітям та молоді, які перебувають у складних життєвих обставинах, на території громади з населенням 47,2 тис. мешканців. Інформуємо про основні результати нашої роботи за січень – червень 2025 року.</p>
<h2>Виявлення сімей та оцінювання потреб</h2>
<p>За І півріччя 2025 року до нас надійшли повідомлення про 214 сімей/осіб, які можуть перебувати у складних життєвих обставинах. Ми провели оцінювання потреб 187 сімей/осіб, у 121 з них виявлено складні життєві обставини.</p>
<h2>Соціальні послуги</h2>
<p>Соціальні послуги надано 1 356 сім'ям/особам, у яких виховується 1 048 дітей (за І півріччя 2024 року – 1 197 сім'ям/особам). За видами послуг: інформування – 612, консультування – 538, соціальний супровід сімей, які перебувають у СЖО, – 96, соціальне супроводження прийомних сімей і ДБСТ – 14, кризове та екстрене втручання – 23, натуральна допомога – 73.</p>
<h2>Соціальний супровід</h2>
<p>Під нашим соціальним супроводом перебувало 96 сімей, у яких виховується 171 дитина. Серед них сімей внутрішньо переміщених осіб – 37 (38,5 %), сімей, які виховують дітей з інвалідністю, – 18 (21,4 %). У звітному періоді взято під соціальний супровід 31 сім'ю.</p>
<p>Завершено надання послуги 28 сім'ям: з позитивним результатом – 22 (78,6 %), мінімізовано складні життєві обставини – 4 (14,3 %), з негативним результатом – 2 (7,1 %). Середня тривалість супроводу – 6 місяців.</p>
<p>Ми супроводжуємо 14 прийомних сімей і ДБСТ (11 прийомних сімей та 3 дитячі будинки сімейного типу), у яких виховується 41 дитина.</p>
<h2>Профілактична робота</h2>
<p>Проведено 26 групових заходів (тренінги, батьківські школи, заняття для підлітків віком 14–17 років), у яких взяли участь 412 осіб. На телефон довіри Центру надійшло 158 дзвінків.</p>
<h2>Кадри</h2>
<p>Штатним розписом Центру передбачено 18 посад, фактично працюють 16 фахівців. Навчання за програмами Національної соціальної сервісної служби пройшли 7 фахівців.</p>
<p>До кінця 2025 року плануємо залучити до послуги соціального супроводу не менше 120 сімей та створити 2 нові прийомні сім'ї.</p>
<p class="sign">Директор Центру соціальних служб Лубенської міської ради</p>
</div>
<div class="sidebar">
  <h3>Центр соціальних служб</h3>
  <p>37500, м. Лубни, вул. Ярослава Мудрого, 33<br>тел. (05361) 0-62-18<br>css.lubny@example.ua</p>
  <p>Графік роботи: пн–пт 8.00–17.00, обідня перерва 12.00–13.00</p>
  <h3>Новини</h3>
  <ul>
    <li><a href="/news/4512">14.07.2025 Відбулося засідання виконавчого комітету</a></li>
    <li><a href="/news/4509">11.07.2025 Оголошено конкурс на посаду фахівця із соціальної роботи</a></li>
    <li><a href="/news/4498">08.07.2025 Графік прийому громадян у липні</a></li>
  </ul>
</div>
</div>
<div class="footer">
  <p>&copy; 2016–2025 Лубенська міська рада. Усі права захищено.</p>
  <p>37500, Полтавська обл., м. Лубни, вул. Ярослава Мудрого, 33 &nbsp; Код ЄДРПОУ 04057287</p>
</div>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    write_text(path, HTML, encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Лубенської міської ради",
        "centre_type": "css", "settlement": "Лубни", "oblast": "Полтавська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
        "published": "2025-07-16"})
    f = g.f

    def v(fid):
        return "f" + fid[1:]
    no = f("notified", "families_persons", 214, "до нас надійшли повідомлення про 214 сімей/осіб")
    na = f("needs_assessed", "families_persons", 187, "Ми провели оцінювання потреб 187 сімей/осіб")
    dc = f("in_difficult_circumstances", "families_persons", 121, "у 121 з них виявлено складні життєві обставини",
           parent=na)
    s = f("served", "families_persons", 1356, "Соціальні послуги надано 1 356 сім'ям/особам")
    sc = f("served", "children", 1048, "у яких виховується 1 048 дітей", parent=s)
    grp = "served_1356_by_service"
    p1 = f("served", "families_persons", 612, "інформування – 612", service="informing", group=grp, parent=s)
    p2 = f("served", "families_persons", 538, "консультування – 538", service="counselling", group=grp, parent=s)
    p3 = f("served", "families_persons", 96, "соціальний супровід сімей, які перебувають у СЖО, – 96",
           service="social_support_sjo", group=grp, parent=s)
    p4 = f("served", "families_persons", 14, "соціальне супроводження прийомних сімей і ДБСТ – 14",
           service="social_support_foster", group=grp, parent=s)
    p5 = f("served", "families_persons", 23, "кризове та екстрене втручання – 23", service="crisis_intervention",
           group=grp, parent=s)
    p6 = f("served", "families_persons", 73, "натуральна допомога – 73", service="natural_aid", group=grp, parent=s)
    sj = f("served", "families", 96, "Під нашим соціальним супроводом перебувало 96 сімей", service="social_support_sjo",
           alt=["support_ongoing"])
    sjc = f("served", "children", 171, "у яких виховується 171 дитина", service="social_support_sjo",
            alt=["support_ongoing"], parent=sj)
    idp = f("served", "families", 37, "сімей внутрішньо переміщених осіб – 37 (38,5 %)", percent=38.5,
            service="social_support_sjo", category="сім'ї внутрішньо переміщених осіб", parent=sj)
    dis = f("served", "families", 18, "сімей, які виховують дітей з інвалідністю, – 18 (21,4 %)", percent=21.4,
            service="social_support_sjo", category="сім'ї, які виховують дітей з інвалідністю", parent=sj)
    st = f("support_started", "families", 31, "взято під соціальний супровід 31 сім'ю", service="social_support_sjo",
           parent=sj)
    co = f("support_completed", "families", 28, "Завершено надання послуги 28 сім'ям", service="social_support_sjo")
    g2 = "completed_28_by_outcome"
    o1 = f("outcome_positive", "families", 22, "з позитивним результатом – 22 (78,6 %)", percent=78.6,
           service="social_support_sjo", group=g2, parent=co)
    o2 = f("outcome_minimized", "families", 4, "мінімізовано складні життєві обставини – 4 (14,3 %)", percent=14.3,
           service="social_support_sjo", group=g2, parent=co)
    o3 = f("outcome_negative", "families", 2, "з негативним результатом – 2 (7,1 %)", percent=7.1,
           service="social_support_sjo", group=g2, parent=co)
    fo = f("served", "families", 14, "Ми супроводжуємо 14 прийомних сімей і ДБСТ", service="social_support_foster",
           category="прийомні сім'ї та дитячі будинки сімейного типу", alt=["support_ongoing"])
    g3 = "foster_14_by_form"
    fo1 = f("served", "families", 11, "11 прийомних сімей", service="social_support_foster",
            category="прийомні сім'ї", group=g3, parent=fo)
    fo2 = f("served", "families", 3, "3 дитячі будинки сімейного типу", service="social_support_foster",
            category="дитячі будинки сімейного типу", group=g3, parent=fo)
    foc = f("served", "children", 41, "у яких виховується 41 дитина", service="social_support_foster", parent=fo)
    ev = f("events", "events", 26, "Проведено 26 групових заходів")
    ep = f("event_participants", "persons", 412, "у яких взяли участь 412 осіб", parent=ev)
    ca = f("calls", "calls", 158, "На телефон довіри Центру надійшло 158 дзвінків")
    pos = f("staff_positions", "positions", 18, "Штатним розписом Центру передбачено 18 посад")
    act = f("staff_actual", "staff", 16, "фактично працюють 16 фахівців")
    tr = f("staff_trained", "staff", 7, "Національної соціальної сервісної служби пройшли 7 фахівців")

    g.slip("percent_mismatch", "error", "сімей, які виховують дітей з інвалідністю, – 18 (21,4 %)", 21.4, 18.8,
           [dis, sj], "18 of the 96 families under support is 18,75 % → 18,8 %, not 21,4 % (21,4 % would be 18 of 84)",
           f"pct_ok({'p' + dis[1:]}, {v(dis)}, {v(sj)}, 1)")
    g.check("parts_sum", "За видами послуг: інформування – 612", "612 + 538 + 96 + 14 + 23 + 73 = 1 356",
            f"{v(p1)} + {v(p2)} + {v(p3)} + {v(p4)} + {v(p5)} + {v(p6)} == {v(s)}")
    g.check("internal_conflict", "соціальний супровід сімей, які перебувають у СЖО, – 96",
            "the service list and the support paragraph both give 96; the foster service list and paragraph both give 14",
            f"{v(p3)} == {v(sj)} and {v(p4)} == {v(fo)}")
    g.check("percent_mismatch", "сімей внутрішньо переміщених осіб – 37 (38,5 %)", "37 / 96 = 38,54 % → 38,5",
            f"pct_ok({'p' + idp[1:]}, {v(idp)}, {v(sj)}, 1)")
    g.check("parts_sum", "Завершено надання послуги 28 сім'ям", "22 + 4 + 2 = 28",
            f"{v(o1)} + {v(o2)} + {v(o3)} == {v(co)}")
    g.check("percent_mismatch", "з позитивним результатом – 22 (78,6 %)",
            "22/28 = 78,57 → 78,6; 4/28 = 14,29 → 14,3; 2/28 = 7,14 → 7,1",
            f"pct_ok(p{o1[1:]}, {v(o1)}, {v(co)}, 1) and pct_ok(p{o2[1:]}, {v(o2)}, {v(co)}, 1) and pct_ok(p{o3[1:]}, {v(o3)}, {v(co)}, 1)")
    g.check("percents_sum", "з позитивним результатом – 22 (78,6 %)", "78,6 + 14,3 + 7,1 = 100,0",
            f"psum_ok([p{o1[1:]}, p{o2[1:]}, p{o3[1:]}], 1)")
    g.check("parts_sum", "Ми супроводжуємо 14 прийомних сімей і ДБСТ", "11 + 3 = 14", f"{v(fo1)} + {v(fo2)} == {v(fo)}")
    g.check("parts_sum", "у 121 з них виявлено складні життєві обставини", "121 ≤ 187 ≤ 214; 31 started ≤ 96",
            f"{v(dc)} <= {v(na)} <= {v(no)} and {v(st)} <= {v(sj)} and {v(idp)} + {v(dis)} <= {v(sj)}")
    g.check("parts_sum", "фактично працюють 16 фахівців", "16 ≤ 18; 7 trained ≤ 16",
            f"{v(act)} <= {v(pos)} and {v(tr)} <= {v(act)}")

    sk = g.skip
    sk("Опубліковано: 16.07.2025 Автор: Центр соціальних служб Переглядів: 312", [16, 7, 2025, 312],
       "publication date (meta.published) and view counter")
    sk("з населенням 47,2 тис. мешканців", [47.2], "population")
    sk("(за І півріччя 2024 року – 1 197 сім'ям/особам)", [2024, 1197], "prior-year figure")
    sk("Середня тривалість супроводу – 6 місяців.", [6], "duration")
    sk("заняття для підлітків віком 14–17 років", [14, 17], "ages")
    sk("До кінця 2025 року плануємо залучити до послуги соціального супроводу не менше 120 сімей та створити 2 нові прийомні сім'ї.",
       [2025, 120, 2], "plan/target")
    g.note("council page in windows-1251; header, menu, breadcrumbs, sidebar and footer carry phones, dates, address and ЄДРПОУ; `zvitparse read` leaves them out, so they are not in the read text and not listed under skipped")
    g.note("the service list «інформування – 612 …» is a partition of the 1 356 served families/persons (unit families_persons as in the total); the support paragraph repeats 96 and 14 as families: separate facts")
    g.note("«Під нашим соціальним супроводом перебувало 96 сімей» → served social_support_sjo (alt support_ongoing); the IDP and disability counts are overlapping «серед них» categories (parent only, no group) with their percents of 96")
    g.note("«14 прийомних сімей і ДБСТ (11 … та 3 …)» → foster total with two grouped parts; «41 дитина» hangs on the 14")
    g.note("«телефон довіри» → calls")
    g.write()


if __name__ == "__main__":
    main()
