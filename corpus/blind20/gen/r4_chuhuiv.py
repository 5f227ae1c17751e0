"""b20_04: Управління соціального захисту населення Чугуївської міської ради (Харківська),
results for 9 months of 2025, published as a news item on the council site. HTML in windows-1251
with a top bar, menu, breadcrumbs, date/view counter, sidebar (contacts, news) and footer.
Long official sentences; a financing table whose header spans two rows with the units (тис. грн, %)
in the second row. No planted slip: everything adds up.
"""
from common import Gold, report_path, write_text

DOC = "b20_04_chuhuiv_uszn_9m2025.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про підсумки роботи управління соціального захисту населення за 9 місяців 2025 року | Чугуївська міська рада</title>
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<div class="topbar">Чугуївська міська рада Харківської області &nbsp;|&nbsp; Приймальня: (05746) 0-20-41</div>
<div class="header"><a class="logo" href="/"><img src="/img/gerb.png" alt="Герб"></a></div>
<ul class="menu">
<li><a href="/">Головна</a></li>
<li><a href="/rada">Міська рада</a></li>
<li><a href="/vykonkom">Виконавчий комітет</a></li>
<li><a href="/social">Соціальний захист</a></li>
<li><a href="/news">Новини</a></li>
<li><a href="/contacts">Контакти</a></li>
</ul>
<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/social">Соціальний захист</a> &raquo; Новини управління</div>
<div class="main">
<div class="content">
<h1>Про підсумки роботи управління соціального захисту населення за 9 місяців 2025 року</h1>
<div class="meta">16.10.2025 &nbsp;|&nbsp; Переглядів: 341</div>
<p>Управління соціального захисту населення Чугуївської міської ради Харківської області у січні&nbsp;– вересні 2025 року забезпечувало реалізацію державної політики у сфері соціального захисту населення громади, в тому числі внутрішньо переміщених осіб, кількість яких, узятих на облік в управлінні, становить 11&nbsp;872 особи.</p>
<p>За звітний період до управління звернулося 6&nbsp;284 особи, якими подано та управлінням опрацьовано 9&nbsp;117 заяв на призначення державних соціальних допомог, пільг і житлових субсидій (за 9 місяців 2024 року&nbsp;– 8&nbsp;652 заяви). Житлові субсидії призначено 3&nbsp;406 домогосподарствам, державну соціальну допомогу малозабезпеченим сім'ям&nbsp;– 512 сім'ям.</p>
<p>На телефон &laquo;гарячої лінії&raquo; управління надійшло 1&nbsp;486 дзвінків, з яких 1&nbsp;102&nbsp;– з питань виплат внутрішньо переміщеним особам. Розглянуто 257 письмових звернень громадян, з них 14 скарг, усі розглянуто в установлений законом термін; 2 скарги визнано обґрунтованими, вжито заходів.</p>
<p>Відповідно до Програми соціального захисту населення на 2025&ndash;2027 роки одноразову матеріальну допомогу з місцевого бюджету надано 418 особам на загальну суму 1&nbsp;254,0 тис. грн, у тому числі 136 особам з інвалідністю&nbsp;– на 408,0 тис. грн.</p>
<p>До управління надійшло 352 заяви про надання соціальних послуг, за якими спільно з КУ &laquo;Центр надання соціальних послуг&raquo; Чугуївської міської ради проведено оцінку потреб 118 осіб і прийнято 341 рішення про надання соціальних послуг. Особам з інвалідністю видано 212 технічних та інших засобів реабілітації.</p>
<p>Фінансування соціальних програм з місцевого бюджету наведено в таблиці.</p>
<table class="tbl" border="1">
<tr><th rowspan="2">Напрям</th><th>Затверджено на 2025 рік</th><th>Касові видатки за 9 місяців</th><th>Виконання</th></tr>
<tr><th>тис. грн</th><th>тис. грн</th><th>%</th></tr>
<tr><td>Одноразова матеріальна допомога</td><td>1&nbsp;800,0</td><td>1&nbsp;254,0</td><td>69,7</td></tr>
<tr><td>Пільговий проїзд окремих категорій громадян</td><td>2&nbsp;460,0</td><td>1&nbsp;731,6</td><td>70,4</td></tr>
<tr><td>Компенсація фізичним особам, які надають соціальні послуги</td><td>940,0</td><td>688,2</td><td>73,2</td></tr>
<tr><td><b>Разом</b></td><td><b>5&nbsp;200,0</b></td><td><b>3&nbsp;673,8</b></td><td><b>70,7</b></td></tr>
</table>
<p>Для внутрішньо переміщених осіб проведено 9 інформаційних зустрічей, у яких взяли участь 430 осіб; мобільний офіс управління здійснив 12 виїздів до старостинських округів громади.</p>
<p>Штатна чисельність управління&nbsp;– 38 посад, фактично працює 34 особи, 4 посади вакантні.</p>
<p class="author">Управління соціального захисту населення</p>
</div>
<div class="sidebar">
<h3>Контакти управління</h3>
<p>63503, м. Чугуїв, вул. Харківська, 1<br>тел. (05746) 0-31-18<br>uszn.chuhuiv@example.ua</p>
<h3>Останні новини</h3>
<ul><li><a href="/news/1201">02.10.2025 Графік прийому громадян</a></li>
<li><a href="/news/1198">25.09.2025 Зміни у виплатах ВПО</a></li></ul>
</div>
</div>
<div class="footer">&copy; 2025 Чугуївська міська рада. Усі права захищено.</div>
</body>
</html>
"""


def build():
    write_text(report_path(DOC), HTML, encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Чугуївської міської ради",
        "centre_type": "uszn",
        "settlement": "Чугуїв",
        "oblast": "Харківська",
        "report_kind": "period_report",
        "period_start": "2025-01-01",
        "period_end": "2025-09-30",
        "published": "2025-10-16",
    })

    def v(fid):
        return "f" + fid[1:]

    ap = g.f("applied", "persons", 6284, "До управління звернулося 6 284 особи".replace("До", "до"))
    ap2 = g.f("applied", "applications", 9117, "управлінням опрацьовано 9 117 заяв",
              label="заяви на призначення допомог, пільг і субсидій")
    cl = g.f("calls", "calls", 1486, "надійшло 1 486 дзвінків")
    cl2 = g.f("calls", "calls", 1102, "з яких 1 102 – з питань виплат внутрішньо переміщеним особам",
              label="з питань виплат ВПО", parent=cl)
    ap3 = g.f("applied", "applications", 257, "Розглянуто 257 письмових звернень громадян",
              label="письмові звернення громадян")
    cp = g.f("complaints", "complaints", 14, "з них 14 скарг", parent=ap3)
    cp2 = g.f("complaints", "complaints", 2, "2 скарги визнано обґрунтованими", label="визнано обґрунтованими",
              parent=cp)
    ma = g.f("served", "persons", 418, "одноразову матеріальну допомогу з місцевого бюджету надано 418 особам",
             label="одноразова матеріальна допомога")
    mav = g.f("aid_value", "uah", 1254000, "на загальну суму 1 254,0 тис. грн", label="одноразова матеріальна допомога",
              parent=ma)
    ma2 = g.f("served", "persons", 136, "у тому числі 136 особам з інвалідністю", label="одноразова матеріальна допомога",
              category="особи з інвалідністю", parent=ma)
    mav2 = g.f("aid_value", "uah", 408000, "136 особам з інвалідністю – на 408,0 тис. грн",
               label="одноразова матеріальна допомога", category="особи з інвалідністю", parent=mav)
    ap4 = g.f("applied", "applications", 352, "До управління надійшло 352 заяви про надання соціальних послуг",
              label="заяви про надання соціальних послуг")
    nd = g.f("needs_assessed", "persons", 118, "проведено оцінку потреб 118 осіб")
    rows = [
        ("Одноразова матеріальна допомога", "Одноразова матеріальна допомога\t1 800,0\t1 254,0\t69,7",
         1800000, 1254000, 69.7),
        ("Пільговий проїзд окремих категорій громадян",
         "Пільговий проїзд окремих категорій громадян\t2 460,0\t1 731,6\t70,4", 2460000, 1731600, 70.4),
        ("Компенсація фізичним особам, які надають соціальні послуги",
         "Компенсація фізичним особам, які надають соціальні послуги\t940,0\t688,2\t73,2", 940000, 688200, 73.2),
    ]
    tq = "Разом\t5 200,0\t3 673,8\t70,7"
    ta = g.f("budget_approved", "uah", 5200000, tq, label="Разом, затверджено на 2025 рік")
    tsp = g.f("budget_spent", "uah", 3673800, tq, label="Разом, касові видатки за 9 місяців", percent=70.7)
    apr, spn = [], []
    for name, q, a, s, p in rows:
        apr.append(g.f("budget_approved", "uah", a, q, label=name + " (затверджено на 2025 рік)",
                       group="approved_by_programme", parent=ta))
        spn.append(g.f("budget_spent", "uah", s, q, label=name, percent=p,
                       group="spent_by_programme", parent=tsp))
    ev = g.f("events", "events", 9, "проведено 9 інформаційних зустрічей", category="внутрішньо переміщені особи")
    evp = g.f("event_participants", "persons", 430, "у яких взяли участь 430 осіб", parent=ev)
    pos = g.f("staff_positions", "positions", 38, "Штатна чисельність управління – 38 посад")
    act = g.f("staff_actual", "staff", 34, "фактично працює 34 особи")

    g.check("parts_sum", "з яких 1 102 – з питань виплат", "1 102 ≤ 1 486", f"{v(cl2)} <= {v(cl)}")
    g.check("parts_sum", "з них 14 скарг", "2 justified ≤ 14 complaints ≤ 257 appeals",
            f"{v(cp2)} <= {v(cp)} <= {v(ap3)}")
    g.check("parts_sum", "у тому числі 136 особам з інвалідністю – на 408,0 тис. грн",
            "136 ≤ 418 persons; 408,0 ≤ 1 254,0 тис. грн", f"{v(ma2)} <= {v(ma)} and {v(mav2)} <= {v(mav)}")
    g.check("internal_conflict", "Одноразова матеріальна допомога\t1 800,0\t1 254,0\t69,7",
            "table spent 1 254,0 = prose «на загальну суму 1 254,0 тис. грн»", f"{v(spn[0])} == {v(mav)}")
    g.check("table_arithmetic", tq, "approved: 1 800,0 + 2 460,0 + 940,0 = 5 200,0",
            " + ".join(v(x) for x in apr) + f" == {v(ta)}")
    g.check("table_arithmetic", tq, "spent: 1 254,0 + 1 731,6 + 688,2 = 3 673,8",
            "near(" + " + ".join(v(x) for x in spn) + f", {v(tsp)})")
    g.check("percent_mismatch", "Одноразова матеріальна допомога\t1 800,0\t1 254,0\t69,7",
            "execution %: 1 254,0/1 800,0 = 69,67 → 69,7; 1 731,6/2 460,0 = 70,39 → 70,4; 688,2/940,0 = 73,21 → 73,2; "
            "3 673,8/5 200,0 = 70,65 → 70,7",
            "all([" + ", ".join(f"pct_ok(p{s[1:]}, {v(s)}, {v(a)}, 1)" for s, a in zip(spn + [tsp], apr + [ta]))
            + "])")
    g.check("parts_sum", "проведено оцінку потреб 118 осіб", "118 assessed ≤ 352 applications", f"{v(nd)} <= {v(ap4)}")
    g.check("parts_sum", "Штатна чисельність управління – 38 посад, фактично працює 34 особи, 4 посади вакантні",
            "38 − 34 = 4 vacant", f"{v(pos)} - {v(act)} == 4")

    g.skip("16.10.2025 | Переглядів: 341", [16, 10, 2025, 341], "publication date, view counter")
    g.skip("кількість яких, узятих на облік в управлінні, становить 11 872 особи", [11872],
           "IDPs on the IDP register (not the СЖО register); no §3 id")
    g.skip("(за 9 місяців 2024 року – 8 652 заяви)", [9, 2024, 8652], "prior-year figure")
    g.skip("Житлові субсидії призначено 3 406 домогосподарствам, державну соціальну допомогу малозабезпеченим "
           "сім'ям – 512 сім'ям", [3406, 512], "benefits assigned (субсидії, допомога); no §3 id")
    g.skip("Програми соціального захисту населення на 2025–2027 роки", [2025, 2027], "programme years")
    g.skip("прийнято 341 рішення про надання соціальних послуг", [341], "decisions; no §3 id")
    g.skip("видано 212 технічних та інших засобів реабілітації", [212], "items (technical aids)")
    g.skip("мобільний офіс управління здійснив 12 виїздів", [12], "mobile-office trips; no §3 id")
    g.skip("4 посади вакантні", [4], "vacancies")
    g.skip("у січні – вересні 2025 року", [2025], "period (used for meta)")

    g.note("the top bar, menu, breadcrumbs, sidebar and footer are page furniture; the reader drops them, so their phones, "
           "dates and postcode are not in the read text")
    g.note("a УСЗН is centre_type uszn; the page date 16.10.2025 is `published`")
    g.note("«звернулося 6 284 особи» → applied persons; «9 117 заяв» and «352 заяви» → applied applications, told apart "
           "by label; «257 письмових звернень» → applied with unit applications")
    g.note("«14 скарг» hang on the 257 appeals; «2 скарги визнано обґрунтованими» is a labelled subset of the 14")
    g.note("financing table: every cell a fact quoted by its row; the «Виконання, %» column is the percent of the "
           "spent cell in the same row; approval is for the whole year 2025 (label), spending for 9 months")
    g.note("the 1 254,0 тис. грн of one-time aid appears in prose (aid_value) and in the table (budget_spent): two facts")
    g.note("not facts: IDP register (11 872), subsidies and benefits assigned, decisions, technical aids, trips")
    g.write()


if __name__ == "__main__":
    build()
    gold()
