"""b64_03: ТЦСО Саратської селищної ради (Одеська), information for 9 months of 2023.
A council-site page in windows-1251 (old Joomla-like div layout: top bar, menu, breadcrumbs,
article info with date and hits, sidebar with contacts and news, footer). Third person."""
from common import Gold, write_text, report_path

DOC = "b64_03_sarata_tcso_9m2023.html"

HTML = """\
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="uk-ua" lang="uk-ua">
<head>
<meta http-equiv="content-type" content="text/html; charset=windows-1251" />
<title>Інформація про роботу терцентру за 9 місяців 2023 року - Саратська селищна рада</title>
<link rel="stylesheet" href="/templates/rada/css/template.css" type="text/css" />
</head>
<body>
<div id="topbar">Саратська селищна територіальна громада | <a href="/en">EN</a> | Версія для слабозорих</div>
<div id="header"><h1 class="sitename">САРАТСЬКА СЕЛИЩНА РАДА</h1>
<div class="subtitle">Білгород-Дністровського району Одеської області</div></div>
<div id="mainmenu"><ul class="menu">
<li><a href="/">Головна</a></li><li><a href="/rada">Селищна рада</a></li><li><a href="/vykonkom">Виконавчий комітет</a></li>
<li class="active"><a href="/soc">Соціальний захист</a></li><li><a href="/docs">Документи</a></li><li><a href="/contacts">Контакти</a></li>
</ul></div>
<div id="breadcrumbs"><span class="breadcrumbs pathway"><a href="/">Головна</a> &raquo; <a href="/soc">Соціальний захист</a> &raquo; Терцентр</span></div>
<div id="wrapper">
<div id="content">
<h2 class="contentheading">Інформація про роботу територіального центру за 9 місяців 2023 року</h2>
<div class="article-info"><span class="createdate">Опубліковано: 12.10.2023 14:37</span> | <span class="author">Автор: Адміністратор</span> | <span class="hits">Переглядів: 214</span></div>
<div class="article-content">
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Саратської селищної ради у січні–вересні 2023 року надавав послуги мешканцям 19 населених пунктів громади, де проживає 4&nbsp;870 осіб віком 60 років і старше.</p>
<p>За звітний період терцентром обслуговано 684 особи. У тому числі відділення соціальної допомоги вдома обслуговувало 212 осіб, відділення денного перебування – 96, відділення організації надання адресної натуральної та грошової допомоги – 318, відділення стаціонарного догляду – 23 особи, послугою «соціальне таксі» скористалися 35 осіб. Порівняно з 9 місяцями 2022 року (652 особи) кількість обслугованих зросла на 32.</p>
<p>Серед підопічних відділення соціальної допомоги вдома одиноких – 131 (61,8 %), осіб з інвалідністю І групи – 27 (12,7 %). Відділення денного перебування відвідували 96 осіб, з них внутрішньо переміщених осіб – 29 (32,2 %); для них проведено 7 культурно-масових заходів, участь у яких взяли 143 особи.</p>
<p>Усього надано 18&nbsp;437 соціальних послуг, з них працівниками відділення соціальної допомоги вдома – 15&nbsp;112.</p>
<p>Протягом дев'яти місяців взято на обслуговування 58 осіб, знято з обслуговування 41 особу: у зв'язку зі смертю – 17, зі зміною місця проживання – 9, влаштуванням до інтернатних закладів – 4, за власним бажанням – 11.</p>
<p>Адресну натуральну допомогу (412 продуктових наборів, засоби гігієни, постільна білизна) надано на загальну суму 286,4 тис. грн. Грошову допомогу з місцевого бюджету отримали 64 особи на суму 192,0 тис. грн. Соціальне таксі здійснило 146 поїздок, вартість 1 км – 9,50 грн.</p>
<p>За платні соціальні послуги до спеціального фонду надійшло 118,7 тис. грн.</p>
<p>Штатним розписом затверджено 42,5 штатної одиниці, фактично працює 39 працівників, з них 24 соціальні робітники.</p>
<p>У вересні 2023 року проведено анкетування 60 отримувачів послуг: якістю обслуговування задоволені 93,3 % опитаних. Скарг від отримувачів не надходило.</p>
<p>Довідки за телефоном (04848) 0-21-70, вул. Крістіана Вернера, 78, смт Сарата, 68200.</p>
</div>
</div>
<div id="sidebar">
<div class="moduletable"><h3>Контакти</h3><p>68200, смт Сарата, вул. Крістіана Вернера, 84<br />тел./факс (04848) 0-13-41<br />Пн–Пт 8:00–17:00</p></div>
<div class="moduletable"><h3>Останні новини</h3><ul class="latestnews">
<li><a href="/news/1871">Оголошено конкурс проєктів до 20 жовтня</a></li>
<li><a href="/news/1869">Сесія селищної ради 26.10.2023</a></li>
<li><a href="/news/1866">Графік прийому громадян на IV квартал</a></li></ul></div>
</div>
</div>
<div id="footer">&copy; 2016–2023 Саратська селищна рада. Усі права захищено. | Розробка сайту: web-studio | Відвідувачів онлайн: 3</div>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    write_text(path, HTML, encoding="cp1251", newline="\n")
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Саратської селищної ради",
        "centre_type": "tcso", "settlement": "Сарата", "oblast": "Одеська",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30",
        "published": "2023-10-12"},
        meta_alt={"settlement": ["Саратська селищна територіальна громада"]})
    f = g.f
    t = f("served", "persons", 684, "За звітний період терцентром обслуговано 684 особи")
    gr = "served_684_by_department"
    d1 = f("served", "persons", 212, "відділення соціальної допомоги вдома обслуговувало 212 осіб",
           service="home_care", group=gr, parent=t)
    d2 = f("served", "persons", 96, "відділення денного перебування – 96", service="day_care", group=gr, parent=t)
    d3 = f("served", "persons", 318,
           "відділення організації надання адресної натуральної та грошової допомоги – 318",
           service="natural_aid", group=gr, parent=t)
    d4 = f("served", "persons", 23, "відділення стаціонарного догляду – 23 особи", service="residential_care",
           group=gr, parent=t)
    d5 = f("served", "persons", 35, "послугою «соціальне таксі» скористалися 35 осіб", service="social_taxi",
           group=gr, parent=t)
    h1 = f("served", "persons", 131, "одиноких – 131 (61,8 %)", service="home_care", percent=61.8,
           category="одинокі особи", parent=d1)
    h2 = f("served", "persons", 27, "осіб з інвалідністю І групи – 27 (12,7 %)", service="home_care", percent=12.7,
           category="особи з інвалідністю І групи", parent=d1)
    d2b = f("served", "persons", 96, "Відділення денного перебування відвідували 96 осіб", service="day_care")
    v = f("served", "persons", 29, "з них внутрішньо переміщених осіб – 29 (32,2 %)", service="day_care",
          percent=32.2, category="внутрішньо переміщені особи", parent=d2b)
    e = f("events", "events", 7, "проведено 7 культурно-масових заходів")
    f("event_participants", "persons", 143, "участь у яких взяли 143 особи", parent=e)
    sp = f("services_provided", "services", 18437, "Усього надано 18 437 соціальних послуг")
    sp1 = f("services_provided", "services", 15112, "з них працівниками відділення соціальної допомоги вдома – 15 112",
            service="home_care", parent=sp)
    nw = f("served", "persons", 58, "взято на обслуговування 58 осіб", label="взято на обслуговування",
           alt=["registered_new", "support_started"])
    dr = f("deregistered", "persons", 41, "знято з обслуговування 41 особу")
    gd = "deregistered_41_by_reason"
    r1 = f("deregistered", "persons", 17, "у зв'язку зі смертю – 17", label="смерть", group=gd, parent=dr)
    r2 = f("deregistered", "persons", 9, "зі зміною місця проживання – 9", label="зміна місця проживання",
           group=gd, parent=dr)
    r3 = f("deregistered", "persons", 4, "влаштуванням до інтернатних закладів – 4",
           label="влаштування до інтернатних закладів", group=gd, parent=dr)
    r4 = f("deregistered", "persons", 11, "за власним бажанням – 11", label="за власним бажанням", group=gd, parent=dr)
    f("aid_value", "uah", 286400, "надано на загальну суму 286,4 тис. грн", service="natural_aid")
    m = f("served", "persons", 64, "Грошову допомогу з місцевого бюджету отримали 64 особи",
          label="грошова допомога з місцевого бюджету")
    f("aid_value", "uah", 192000, "64 особи на суму 192,0 тис. грн", label="грошова допомога з місцевого бюджету",
      parent=m)
    f("budget_received", "uah", 118700, "За платні соціальні послуги до спеціального фонду надійшло 118,7 тис. грн",
      label="спеціальний фонд, платні соціальні послуги")
    f("staff_positions", "positions", 42.5, "Штатним розписом затверджено 42,5 штатної одиниці")
    sa = f("staff_actual", "staff", 39, "фактично працює 39 працівників")
    f("staff_actual", "staff", 24, "з них 24 соціальні робітники", label="соціальні робітники", parent=sa)
    sr = f("survey_respondents", "recipients", 60, "проведено анкетування 60 отримувачів послуг", unit_alt="persons")
    sat = f("satisfaction", "percent", 93.3, "якістю обслуговування задоволені 93,3 % опитаних", alt=["share"])
    f("complaints", "complaints", 0, "Скарг від отримувачів не надходило.")

    g.slip("percent_mismatch", "error", "з них внутрішньо переміщених осіб – 29 (32,2 %)", 32.2, 30.2, [v, d2b],
           "29 of the 96 day-care visitors is 30,2 %, not 32,2 %", f"pct_ok({v.replace('f', 'p')}, {v}, {d2b}, 1)")
    g.check("parts_sum", "За звітний період терцентром обслуговано 684 особи. У тому числі",
            "212 + 96 + 318 + 23 + 35 = 684", f"{d1} + {d2} + {d3} + {d4} + {d5} == {t}")
    g.check("percent_mismatch", "одиноких – 131 (61,8 %)", "131 / 212 = 61,79 % → 61,8",
            f"pct_ok({h1.replace('f', 'p')}, {h1}, {d1}, 1)")
    g.check("percent_mismatch", "осіб з інвалідністю І групи – 27 (12,7 %)", "27 / 212 = 12,74 % → 12,7",
            f"pct_ok({h2.replace('f', 'p')}, {h2}, {d1}, 1)")
    g.check("internal_conflict", "Відділення денного перебування відвідували 96 осіб",
            "96 in the department list and 96 in the day-care paragraph agree", f"{d2} == {d2b}")
    g.check("parts_sum", "знято з обслуговування 41 особу:", "17 + 9 + 4 + 11 = 41",
            f"{r1} + {r2} + {r3} + {r4} == {dr}")
    g.check("parts_sum", "з них працівниками відділення соціальної допомоги вдома – 15 112", "15 112 ≤ 18 437",
            f"{sp1} <= {sp}")
    g.check("parts_sum", "Порівняно з 9 місяцями 2022 року (652 особи) кількість обслугованих зросла на 32.",
            "684 − 652 (literal, 2022) = 32 (literal)", f"{t} - 652 == 32")
    g.check("percent_impossible", "якістю обслуговування задоволені 93,3 % опитаних",
            "93,3 % is reachable with 60 respondents (56 of 60 = 93,33 %)", f"grim_ok({sat}, {sr}, 1)")

    sk = g.skip
    sk("Інформація про роботу територіального центру за 9 місяців 2023 року", [9, 2023], "heading: period")
    sk("у січні–вересні 2023 року", [2023], "year of the period")
    sk("мешканцям 19 населених пунктів громади, де проживає 4 870 осіб віком 60 років і старше", [19, 4870, 60],
       "settlement count, population, age")
    sk("Порівняно з 9 місяцями 2022 року (652 особи) кількість обслугованих зросла на 32.", [9, 2022, 652, 32],
       "prior-year figure and difference")
    sk("412 продуктових наборів", [412], "items handed out")
    sk("Соціальне таксі здійснило 146 поїздок, вартість 1 км – 9,50 грн.", [146, 1, 9.5],
       "trips (no §3 id) and tariff")
    sk("У вересні 2023 року", [2023], "survey date")
    sk("Довідки за телефоном (04848) 0-21-70, вул. Крістіана Вернера, 78, смт Сарата, 68200.", [4848, 2170, 78, 68200],
       "phone, address, postcode")
    sk("Опубліковано: 12.10.2023 14:37", [12, 10, 2023, 14, 37], "publication date and time")
    sk("Переглядів: 214", [214], "view counter")
    g.note("HTML page in windows-1251; only the article carries facts; header, menu, breadcrumbs, sidebar and footer carry numbers too (sidebar address/phone/hours/news dates, footer years and counter) but `zvitparse read` drops them, so they are not in the read text")
    g.note("the day-care 96 is written twice (department list and day-care paragraph): two facts")
    g.note("«взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → deregistered with four reasons (group)")
    g.note("«одиноких», «осіб з інвалідністю І групи» overlap, so parent_id only, no group")
    g.note("«42,5 штатної одиниці» is a fractional staff_positions fact")
    g.write()


if __name__ == "__main__":
    main()
