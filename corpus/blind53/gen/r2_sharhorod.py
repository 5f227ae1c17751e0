"""b53_02: ТЦСО Шаргородської міської ради, information for H1 2024. Council-site HTML page, windows-1251."""
from common import Gold, write_text, report_path

DOC = "b53_02_sharhorod_tcso_h1_2024.html"

HTML = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251" />
<title>Інформація про роботу територіального центру за І півріччя 2024 року | Шаргородська міська рада</title>
<link rel="stylesheet" href="/templates/rada2017/css/style.css" type="text/css" />
<script type="text/javascript" src="/media/jui/js/jquery.min.js"></script>
</head>
<body class="site com_content view-article itemid-214">
<div id="wrapper">
 <div id="top-bar">
  <span class="tb-phone">Приймальня: (04355) 0-21-47</span> | <span class="tb-mail">rada@example.ua</span>
  | <a href="/index.php?lang=uk">UA</a> <a href="/index.php?lang=en">EN</a> | <a href="/search">Пошук</a>
 </div>
 <div id="header">
  <a href="/"><img src="/images/gerb.png" alt="Герб" width="64" height="80" /></a>
  <div class="site-title">ШАРГОРОДСЬКА МІСЬКА РАДА</div>
  <div class="site-sub">Жмеринського району Вінницької області · офіційний вебсайт</div>
 </div>
 <div id="mainmenu">
  <ul class="menu">
   <li><a href="/">Головна</a></li>
   <li><a href="/hromada">Громада</a></li>
   <li><a href="/rada">Міська рада</a></li>
   <li><a href="/vykonkom">Виконавчий комітет</a></li>
   <li class="active"><a href="/sotsialnyi-zakhyst">Соціальний захист</a></li>
   <li><a href="/dokumenty">Документи</a></li>
   <li><a href="/zvernennia">Звернення громадян</a></li>
   <li><a href="/kontakty">Контакти</a></li>
  </ul>
 </div>
 <div id="breadcrumbs">
  <a href="/">Головна</a> &raquo; <a href="/sotsialnyi-zakhyst">Соціальний захист</a> &raquo; <a href="/sotsialnyi-zakhyst/tsso">Територіальний центр</a> &raquo; <span>Інформація за І півріччя 2024 року</span>
 </div>
 <div id="content">
  <div class="item-page">
   <h2 class="item-title">Інформація про роботу Територіального центру соціального обслуговування (надання соціальних послуг) Шаргородської міської ради за І півріччя 2024 року</h2>
   <div class="article-info">
    <span class="published">Опубліковано: 18.07.2024 10:42</span>
    <span class="hits">Переглядів: 318</span>
   </div>
   <div class="item-body">
    <p>Територіальний центр соціального обслуговування (надання соціальних послуг) Шаргородської міської ради (далі – територіальний центр) обслуговує 52 населені пункти громади. Структура закладу затверджена рішенням 41 сесії міської ради 8 скликання від 22.12.2023 № 1187.</p>
    <p>Протягом січня–червня 2024 року соціальні послуги отримали 1 164 особи, а саме:</p>
    <ul>
     <li>відділення соціальної допомоги вдома – 538 осіб;</li>
     <li>відділення денного перебування – 196 осіб;</li>
     <li>відділення організації надання адресної натуральної та грошової допомоги – 374 особи;</li>
     <li>відділення стаціонарного догляду в с. Плебанівка (на 30 ліжко-місць) – 56 осіб.</li>
    </ul>
    <p>Із загальної кількості отримувачів 217 осіб – внутрішньо переміщені особи, 143 – особи з інвалідністю I–II групи. Середній вік отримувачів послуги догляду вдома – 78 років.</p>
    <p>За півріччя взято на обслуговування 89 осіб. Знято з обслуговування 71 особу, з них: у зв'язку зі смертю – 38, вибуттям на постійне місце проживання – 19, влаштуванням до інтернатних закладів – 6, за власним бажанням – 8.</p>
    <p>Всього надано 26 418 соціальних послуг, з них послуг догляду вдома – 19 630. Послугою «соціальне таксі» скористалися 64 особи (вартість – 8,50 грн за 1 км пробігу).</p>
    <p>За рахунок благодійної допомоги та коштів місцевого бюджету видано 1 260 продуктових наборів і 418 комплектів засобів гігієни на загальну суму 612,4 тис. грн.</p>
    <p>У травні 2024 року проведено анкетування 120 отримувачів послуги догляду вдома: повністю задоволені якістю послуги 93,3 % опитаних (112 осіб). Надійшла 1 скарга щодо несвоєчасного прибуття соціального робітника, її розглянуто у встановлений строк.</p>
    <p>Кошторисом на 2024 рік по загальному фонду затверджено 14 286,5 тис. грн, на І півріччя – 7 018,2 тис. грн. Касові видатки за І півріччя становлять 6 874,9 тис. грн, економія – 153,3 тис. грн. Від надання платних соціальних послуг до спеціального фонду надійшло 186,7 тис. грн.</p>
    <p>Штатна чисельність працівників – 71,5 штатної одиниці, фактично працює 66 працівників, з них 41 соціальний робітник.</p>
    <p><em>Територіальний центр: 23500, м. Шаргород, вул. Героїв Майдану, 18, тел. (04355) 0-23-61.</em></p>
   </div>
   <div class="share">Поділитися: <a href="#fb">Facebook</a> <a href="#tg">Telegram</a> <a href="#print">Друк</a></div>
  </div>
 </div>
 <div id="sidebar">
  <div class="moduletable"><h3>Останні новини</h3>
   <ul>
    <li><a href="/news/1841">16.07.2024 Сесія міської ради: порядок денний</a></li>
    <li><a href="/news/1838">12.07.2024 Оголошення про конкурс на посаду (2 вакансії)</a></li>
    <li><a href="/news/1832">08.07.2024 Графік прийому громадян у липні</a></li>
   </ul>
  </div>
  <div class="moduletable"><h3>Корисні посилання</h3>
   <ul><li><a href="/budget">Бюджет громади 2024</a></li><li><a href="/prozorro">Публічні закупівлі</a></li><li><a href="/cnap">ЦНАП</a></li></ul>
  </div>
 </div>
 <div id="footer">
  <p>© 2017–2024 Шаргородська міська рада. 23500, м. Шаргород, вул. Героїв Майдану, 224. Графік роботи: пн–пт 8:00–17:00.</p>
  <p>Всі матеріали сайту доступні за ліцензією Creative Commons Attribution 4.0 International.</p>
 </div>
</div>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    write_text(path, HTML, encoding="cp1251")
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Шаргородської міської ради",
        "centre_type": "tcso", "settlement": "Шаргород", "oblast": "Вінницька",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-06-30",
        "published": "2024-07-18"})
    f = g.f
    tot = f("served", "persons", 1164, "соціальні послуги отримали 1 164 особи")
    d1 = f("served", "persons", 538, "відділення соціальної допомоги вдома – 538 осіб", service="home_care",
           label="відділення соціальної допомоги вдома", group="served_1164_by_department", parent=tot)
    d2 = f("served", "persons", 196, "відділення денного перебування – 196 осіб", service="day_care",
           label="відділення денного перебування", group="served_1164_by_department", parent=tot)
    d3 = f("served", "persons", 374, "відділення організації надання адресної натуральної та грошової допомоги – 374 особи",
           service="natural_aid", label="відділення організації надання адресної натуральної та грошової допомоги",
           group="served_1164_by_department", parent=tot)
    d4 = f("served", "persons", 56, "відділення стаціонарного догляду в с. Плебанівка (на 30 ліжко-місць) – 56 осіб",
           service="residential_care", label="відділення стаціонарного догляду", group="served_1164_by_department",
           parent=tot)
    idp = f("served", "persons", 217, "217 осіб – внутрішньо переміщені особи", category="внутрішньо переміщені особи",
            parent=tot)
    dis = f("served", "persons", 143, "143 – особи з інвалідністю I–II групи", category="особи з інвалідністю I–II групи",
            parent=tot)
    new = f("served", "persons", 89, "За півріччя взято на обслуговування 89 осіб", label="взято на обслуговування",
            alt=["registered_new", "support_started"], parent=tot)
    dr = f("deregistered", "persons", 71, "Знято з обслуговування 71 особу")
    r1 = f("deregistered", "persons", 38, "у зв'язку зі смертю – 38", label="у зв'язку зі смертю",
           group="deregistered_71_by_reason", parent=dr)
    r2 = f("deregistered", "persons", 19, "вибуттям на постійне місце проживання – 19",
           label="вибуття на постійне місце проживання", group="deregistered_71_by_reason", parent=dr)
    r3 = f("deregistered", "persons", 6, "влаштуванням до інтернатних закладів – 6",
           label="влаштування до інтернатних закладів", group="deregistered_71_by_reason", parent=dr)
    r4 = f("deregistered", "persons", 8, "за власним бажанням – 8", label="за власним бажанням",
           group="deregistered_71_by_reason", parent=dr)
    sp = f("services_provided", "services", 26418, "Всього надано 26 418 соціальних послуг")
    sph = f("services_provided", "services", 19630, "з них послуг догляду вдома – 19 630", service="home_care", parent=sp)
    f("served", "persons", 64, "Послугою «соціальне таксі» скористалися 64 особи", service="social_taxi")
    f("aid_value", "uah", 612400, "на загальну суму 612,4 тис. грн", service="natural_aid")
    sv = f("survey_respondents", "persons", 120, "проведено анкетування 120 отримувачів послуги догляду вдома",
           service="home_care", unit_alt="recipients")
    sat = f("satisfaction", "percent", 93.3, "повністю задоволені якістю послуги 93,3 % опитаних (112 осіб)",
            service="home_care", label="повністю задоволені якістю послуги", alt=["share"])
    f("complaints", "complaints", 1, "Надійшла 1 скарга щодо несвоєчасного прибуття соціального робітника")
    ba = f("budget_approved", "uah", 14286500, "Кошторисом на 2024 рік по загальному фонду затверджено 14 286,5 тис. грн",
           label="загальний фонд, кошторис на 2024 рік (річний)")
    bh = f("budget_approved", "uah", 7018200, "на І півріччя – 7 018,2 тис. грн", label="загальний фонд, на І півріччя",
           parent=ba)
    bs = f("budget_spent", "uah", 6874900, "Касові видатки за І півріччя становлять 6 874,9 тис. грн",
           label="загальний фонд")
    ec = f("budget_savings", "uah", 153300, "економія – 153,3 тис. грн", label="загальний фонд, І півріччя")
    f("budget_received", "uah", 186700,
      "Від надання платних соціальних послуг до спеціального фонду надійшло 186,7 тис. грн",
      label="спеціальний фонд, платні соціальні послуги")
    sps = f("staff_positions", "positions", 71.5, "Штатна чисельність працівників – 71,5 штатної одиниці")
    sa = f("staff_actual", "staff", 66, "фактично працює 66 працівників")
    sw = f("staff_actual", "staff", 41, "з них 41 соціальний робітник", label="соціальні робітники", parent=sa)

    g.slip("table_arithmetic", "error", "Касові видатки за І півріччя становлять 6 874,9 тис. грн, економія – 153,3 тис. грн.",
           153300, 143300, [bh, bs, ec],
           "економія = затверджено на півріччя − касові видатки: 7 018,2 − 6 874,9 = 143,3 тис. грн, not 153,3",
           f"{bh} - {bs} == {ec}")
    g.check("parts_sum", "Протягом січня–червня 2024 року соціальні послуги отримали 1 164 особи, а саме:",
            "538 + 196 + 374 + 56 = 1 164", f"{d1} + {d2} + {d3} + {d4} == {tot}")
    g.check("parts_sum", "Знято з обслуговування 71 особу, з них:",
            "38 + 19 + 6 + 8 = 71", f"{r1} + {r2} + {r3} + {r4} == {dr}")
    g.check("parts_sum", "Із загальної кількості отримувачів 217 осіб",
            "overlapping categories 217 and 143, each ≤ 1 164; 89 taken on ≤ 1 164",
            f"{idp} <= {tot} and {dis} <= {tot} and {new} <= {tot}")
    g.check("parts_sum", "з них послуг догляду вдома – 19 630", "19 630 ≤ 26 418", f"{sph} <= {sp}")
    g.check("percent_mismatch", "повністю задоволені якістю послуги 93,3 % опитаних (112 осіб)",
            "112 / 120 = 93,33 % → 93,3 (112 skipped, used as a literal)", f"pct_ok({sat}, 112, {sv}, 1)")
    g.check("parts_sum", "на І півріччя – 7 018,2 тис. грн", "half-year 7 018,2 ≤ year 14 286,5", f"{bh} <= {ba}")
    g.check("parts_sum", "фактично працює 66 працівників, з них 41 соціальний робітник",
            "41 ≤ 66 ≤ 71,5", f"{sw} <= {sa} <= {sps}")

    g.skip("Приймальня: (04355) 0-21-47", [4355, 2147], "phone in the site header")
    g.skip("Опубліковано: 18.07.2024 10:42", [18, 7, 2024, 10, 42], "publication date and time")
    g.skip("Переглядів: 318", [318], "view counter")
    g.skip("обслуговує 52 населені пункти громади", [52], "settlement count")
    g.skip("рішенням 41 сесії міської ради 8 скликання від 22.12.2023 № 1187", [41, 8, 22, 12, 2023, 1187], "decision")
    g.skip("(на 30 ліжко-місць)", [30], "bed capacity")
    g.skip("Середній вік отримувачів послуги догляду вдома – 78 років.", [78], "age")
    g.skip("(вартість – 8,50 грн за 1 км пробігу)", [8.5, 1], "tariff")
    g.skip("видано 1 260 продуктових наборів і 418 комплектів засобів гігієни", [1260, 418], "items handed out")
    g.skip("У травні 2024 року", [2024], "survey month")
    g.skip("(112 осіб)", [112], "count of satisfied respondents: no §3 id (used as a literal in a check)")
    g.skip("Територіальний центр: 23500, м. Шаргород, вул. Героїв Майдану, 18, тел. (04355) 0-23-61.",
           [23500, 18, 4355, 2361], "postcode, address, phone")
    g.note("departments of the ТЦСО are a partition of the 1 164 served (group, label; service where the department "
           "matches one); IDP and disability categories overlap and carry parent_id only")
    g.note("«взято на обслуговування» → served with label (alt registered_new, support_started); «знято з "
           "обслуговування» → deregistered with reasons as labelled parts")
    g.note("money in тис. грн stored in hryvnias; no KEKV written; the annual and half-year approvals are two "
           "budget_approved facts told apart by label")
    g.note("the site's menu, breadcrumbs, sidebar (news with dates, links) and footer do not come out in the read text, so nothing of theirs is in skipped; the top bar with the phone does")
    g.note("«71,5 штатної одиниці» is a fractional staff_positions fact")
    g.note("the slip: economy 153,3 тис. грн where 7 018,2 − 6 874,9 = 143,3")
    g.write()


if __name__ == "__main__":
    main()
