"""b43_02: ЦСС Новосанжарської селищної ради (Полтавська), results of 2024 as a news article on the
council's site. HTML, windows-1251, header/menu/breadcrumbs/sidebar/footer around the article.
Third person. Planted slip: percent_mismatch (214 IDPs of 1 276 written as 18,4 %, is 16,8 %)."""
from common import Gold, report_path, write_text

DOC = "b43_02_novi_sanzhary_css_annual2024.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Підсумки роботи центру соціальних служб за 2024 рік | Новосанжарська селищна рада</title>
<link rel="stylesheet" href="/templates/nsanzh/css/style.css?v=2.14">
</head>
<body class="page-news">
<div id="topbar"><div class="wrap">Новосанжарська селищна рада Полтавського району Полтавської області
 &nbsp;|&nbsp; Приймальня: (05344) 0-31-07 &nbsp;|&nbsp; <a href="mailto:rada@nsanzh.example.ua">rada@nsanzh.example.ua</a></div></div>
<header id="header"><div class="wrap"><a class="logo" href="/"><img src="/images/gerb.png" alt="Герб"></a>
<div class="sitename">НОВОСАНЖАРСЬКА СЕЛИЩНА РАДА<br><small>офіційний вебсайт</small></div></div></header>
<nav id="mainmenu"><ul>
<li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/rada">Селищна рада</a></li>
<li><a href="/vykonkom">Виконавчий комітет</a></li><li class="active"><a href="/news">Новини</a></li>
<li><a href="/docs">Документи</a></li><li><a href="/socialnyi-zahyst">Соціальний захист</a></li><li><a href="/kontakty">Контакти</a></li>
</ul></nav>
<div id="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/news">Новини</a> &raquo; <span>Підсумки роботи центру соціальних служб за 2024 рік</span></div>
<div id="content" class="wrap">
<div id="main">
<article class="news-item">
<h1>Підсумки роботи центру соціальних служб за 2024 рік</h1>
<div class="news-meta">05.02.2025 10:42 &nbsp;|&nbsp; Соціальний захист &nbsp;|&nbsp; Переглядів: 387</div>
<p>На засіданні виконавчого комітету 30 січня 2025 року (рішення № 27) заслухано звіт про роботу Центру соціальних служб Новосанжарської селищної ради Полтавської області за 2024 рік. Центр обслуговує громаду з населенням понад 27 тисяч мешканців, до складу якої входять 64 населені пункти.</p>
<p>Упродовж минулого року фахівці Центру отримали повідомлення щодо 143 сімей/осіб, які можуть перебувати у складних життєвих обставинах. Оцінювання потреб проведено 131 сім’ї/особі, складні життєві обставини виявлено у 96 з них.</p>
<p>Соціальні послуги протягом 2024 року отримали 1 276 сімей/осіб (у 2023 році – 1 158), кількість наданих послуг становить 4 905. Серед отримувачів – 214 сімей/осіб з числа внутрішньо переміщених осіб (18,4 %). За видами послуг отримувачі розподіляються так:</p>
<ul>
<li>інформування – 712 сімей/осіб;</li>
<li>консультування – 398 сімей/осіб;</li>
<li>соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах, – 74 сім’ї;</li>
<li>соціальне супроводження прийомних сімей та дитячих будинків сімейного типу – 11 сімей;</li>
<li>представництво інтересів – 23 особи;</li>
<li>кризове та екстрене втручання – 58 осіб.</li>
</ul>
<p>Під соціальним супроводом перебували 74 сім’ї, в яких виховується 139 дітей. Із них 29 сімей взято під супровід у 2024 році, а 45 продовжували отримувати послугу з 2023 року. Завершено супровід 38 сімей: у 27 сім’ях (71,1 %) складні життєві обставини подолано, у 8 (21,1 %) – мінімізовано, 3 сім’ї (7,9 %) вибули за межі громади. На кінець року під супроводом залишаються 36 сімей. Середня тривалість супроводу – 6 місяців.</p>
<p>На території громади функціонують 9 прийомних сімей та 2 дитячі будинки сімейного типу, у яких виховується 31 дитина. Кожну сім’ю фахівець відвідує не рідше одного разу на місяць.</p>
<p>Центр провів 36 групових заходів (тренінги, «батьківські школи», акція «16 днів проти насильства»), ними охоплено 517 осіб. На телефон «гарячої лінії» Центру надійшло 84 дзвінки.</p>
<p>Штат Центру – 9 посад, фактично працюють 8 працівників, одна посада фахівця із соціальної роботи вакантна. Четверо фахівців пройшли навчання за програмою підвищення кваліфікації обсягом 72 години. Скарг щодо роботи Центру у 2024 році не зареєстровано.</p>
<p>Видатки на утримання Центру у 2024 році склали 3 284,6 тис. грн при кошторисних призначеннях 3 310,0 тис. грн, економія – 25,4 тис. грн.</p>
<p>У 2025 році Центр планує запровадити послугу підтриманого проживання для 5 осіб з числа випускників закладів інституційного догляду віком 18–23 роки.</p>
<p class="source">Інформацію надав Центр соціальних служб, тел. (05344) 0-32-19</p>
</article>
</div>
<aside id="sidebar">
<div class="widget"><h3>Контакти</h3><p>39300, Полтавська обл., смт Нові Санжари, вул. Незалежності, 12<br>тел. (05344) 0-31-07<br>Код ЄДРПОУ 04382614</p></div>
<div class="widget"><h3>Останні новини</h3><ul>
<li><a href="/news/1412">04.02.2025 Сесія селищної ради: прийнято 14 рішень</a></li>
<li><a href="/news/1409">03.02.2025 Графік прийому громадян старостами на лютий</a></li>
<li><a href="/news/1405">31.01.2025 Відключення електроенергії 1-3 черги</a></li>
</ul></div>
</aside>
</div>
<footer id="footer"><div class="wrap">&copy; 2017-2025 Новосанжарська селищна рада. Усі права захищено. При використанні матеріалів посилання обов’язкове.</div></footer>
</body>
</html>
"""


def main():
    write_text(report_path(DOC), HTML, encoding="cp1251", newline="\n")
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Новосанжарської селищної ради",
        "centre_type": "css", "settlement": "Нові Санжари", "oblast": "Полтавська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
        "published": "2025-02-05"},
        meta_alt={"centre": ["Центр соціальних служб Новосанжарської селищної ради Полтавської області"]})
    f1 = g.f("notified", "families_persons", 143, "отримали повідомлення щодо 143 сімей/осіб")
    f2 = g.f("needs_assessed", "families_persons", 131, "Оцінювання потреб проведено 131 сім'ї/особі")
    f3 = g.f("in_difficult_circumstances", "families_persons", 96,
             "складні життєві обставини виявлено у 96 з них", parent=f2)
    f4 = g.f("served", "families_persons", 1276, "Соціальні послуги протягом 2024 року отримали 1 276 сімей/осіб")
    f5 = g.f("services_provided", "services", 4905, "кількість наданих послуг становить 4 905")
    f6 = g.f("served", "families_persons", 214, percent=18.4, category="внутрішньо переміщені особи",
             parent=f4, quote="Серед отримувачів – 214 сімей/осіб з числа внутрішньо переміщених осіб (18,4 %)")
    grp = "served_1276_by_service"
    f7 = g.f("served", "families_persons", 712, "інформування – 712 сімей/осіб;", service="informing",
             group=grp, parent=f4)
    f8 = g.f("served", "families_persons", 398, "консультування – 398 сімей/осіб;", service="counselling",
             group=grp, parent=f4)
    f9 = g.f("served", "families", 74, "у складних життєвих обставинах, – 74 сім'ї;",
             service="social_support_sjo", group=grp, parent=f4, alt=["support_ongoing"])
    f10 = g.f("served", "families", 11, "дитячих будинків сімейного типу – 11 сімей;",
              service="social_support_foster", group=grp, parent=f4)
    f11 = g.f("served", "persons", 23, "представництво інтересів – 23 особи;", service="representation",
              group=grp, parent=f4)
    f12 = g.f("served", "persons", 58, "кризове та екстрене втручання – 58 осіб.",
              service="crisis_intervention", group=grp, parent=f4)
    f13 = g.f("served", "families", 74, "Під соціальним супроводом перебували 74 сім'ї",
              service="social_support_sjo", alt=["support_ongoing"],
              note="the list item said again in prose: two facts")
    f14 = g.f("served", "children", 139, "в яких виховується 139 дітей", service="social_support_sjo",
              alt=["support_ongoing"], parent=f13)
    f15 = g.f("support_started", "families", 29, "Із них 29 сімей взято під супровід у 2024 році",
              service="social_support_sjo", group="sjo_74_by_start", parent=f13)
    f16 = g.f("served", "families", 45, "а 45 продовжували отримувати послугу з 2023 року",
              service="social_support_sjo", alt=["support_ongoing"], label="продовжували з 2023 року",
              group="sjo_74_by_start", parent=f13,
              note="a 2024 figure that names 2023 (families carried over)")
    f17 = g.f("support_completed", "families", 38, "Завершено супровід 38 сімей", service="social_support_sjo",
              parent=f13)
    f18 = g.f("outcome_positive", "families", 27, "у 27 сім'ях (71,1 %) складні життєві обставини подолано",
              percent=71.1, service="social_support_sjo", group="completed_38_by_outcome", parent=f17)
    f19 = g.f("outcome_minimized", "families", 8, "у 8 (21,1 %) – мінімізовано", percent=21.1,
              service="social_support_sjo", group="completed_38_by_outcome", parent=f17)
    f20 = g.f("outcome_other", "families", 3, "3 сім'ї (7,9 %) вибули за межі громади", percent=7.9,
              service="social_support_sjo", label="вибули за межі громади", group="completed_38_by_outcome",
              parent=f17)
    f21 = g.f("support_ongoing", "families", 36, "На кінець року під супроводом залишаються 36 сімей",
              service="social_support_sjo")
    f22 = g.f("served", "families", 9, "функціонують 9 прийомних сімей", service="social_support_foster",
              label="прийомні сім'ї", group="foster_11_by_form", parent=f10)
    f23 = g.f("served", "families", 2, "2 дитячі будинки сімейного типу, у яких виховується 31 дитина",
              service="social_support_foster", label="дитячі будинки сімейного типу",
              group="foster_11_by_form", parent=f10)
    f24 = g.f("served", "children", 31, "у яких виховується 31 дитина", service="social_support_foster",
              parent=f10)
    f25 = g.f("events", "events", 36, "Центр провів 36 групових заходів")
    f26 = g.f("event_participants", "persons", 517, "ними охоплено 517 осіб", parent=f25)
    f27 = g.f("calls", "calls", 84, "Центру надійшло 84 дзвінки")
    f28 = g.f("staff_positions", "positions", 9, "Штат Центру – 9 посад")
    f29 = g.f("staff_actual", "staff", 8, "фактично працюють 8 працівників")
    f30 = g.f("staff_trained", "staff", 4, "Четверо фахівців пройшли навчання",
              note="number written in words")
    f31 = g.f("complaints", "complaints", 0, "Скарг щодо роботи Центру у 2024 році не зареєстровано.")
    f32 = g.f("budget_spent", "uah", 3284600, "Видатки на утримання Центру у 2024 році склали 3 284,6 тис. грн")
    f33 = g.f("budget_approved", "uah", 3310000, "при кошторисних призначеннях 3 310,0 тис. грн")
    f34 = g.f("budget_savings", "uah", 25400, "економія – 25,4 тис. грн")

    g.slip("percent_mismatch", "error",
           "Серед отримувачів – 214 сімей/осіб з числа внутрішньо переміщених осіб (18,4 %)",
           18.4, 16.8, [f6, f4],
           "214 of the 1 276 recipients is 16,77 % → 16,8 %, not 18,4 % (18,4 % of 1 276 would be about 235)",
           "pct_ok(p6, f6, f4, 1)")
    g.check("parts_sum", "За видами послуг отримувачі розподіляються так:",
            "712 + 398 + 74 + 11 + 23 + 58 = 1 276", "f7 + f8 + f9 + f10 + f11 + f12 == f4")
    g.check("parts_sum", "Із них 29 сімей взято під супровід у 2024 році, а 45 продовжували",
            "29 + 45 = 74", "f15 + f16 == f13")
    g.check("parts_sum", "Завершено супровід 38 сімей", "27 + 8 + 3 = 38", "f18 + f19 + f20 == f17")
    g.check("percent_mismatch", "у 27 сім'ях (71,1 %) складні життєві обставини подолано",
            "27/38 = 71,05 → 71,1; 8/38 = 21,05 → 21,1; 3/38 = 7,89 → 7,9",
            "pct_ok(p18, f18, f17, 1) and pct_ok(p19, f19, f17, 1) and pct_ok(p20, f20, f17, 1)")
    g.check("percents_sum", "у 27 сім'ях (71,1 %)", "71,1 + 21,1 + 7,9 = 100,1, within rounding of three shares",
            "psum_ok([p18, p19, p20], 1)")
    g.check("parts_sum", "На кінець року під супроводом залишаються 36 сімей", "74 − 38 = 36",
            "f13 - f17 == f21")
    g.check("internal_conflict", "Під соціальним супроводом перебували 74 сім'ї",
            "list item and prose agree on 74", "f9 == f13")
    g.check("parts_sum", "функціонують 9 прийомних сімей та 2 дитячі будинки сімейного типу",
            "9 + 2 = 11 families under foster support", "f22 + f23 == f10")
    g.check("parts_sum", "складні життєві обставини виявлено у 96 з них", "96 ≤ 131 ≤ 143",
            "f3 <= f2 <= f1")
    g.check("table_arithmetic", "економія – 25,4 тис. грн", "3 310,0 − 3 284,6 = 25,4 тис. грн",
            "f33 - f32 == f34")
    g.check("parts_sum", "фактично працюють 8 працівників", "8 ≤ 9", "f29 <= f28")

    g.skip("Підсумки роботи центру соціальних служб за 2024 рік", [2024], "year in the title")
    g.skip("05.02.2025 10:42 | Соціальний захист | Переглядів: 387", [5, 2, 2025, 10, 42, 387],
           "publication date/time, view counter")
    g.skip("На засіданні виконавчого комітету 30 січня 2025 року (рішення № 27)", [30, 2025, 27],
           "date and decision number")
    g.skip("за 2024 рік. Центр обслуговує громаду з населенням понад 27 тисяч мешканців", [2024, 27000],
           "year, population")
    g.skip("до складу якої входять 64 населені пункти", [64], "settlement count")
    g.skip("(у 2023 році – 1 158)", [2023, 1158], "prior-year figure")
    g.skip("Середня тривалість супроводу – 6 місяців.", [6], "duration")
    g.skip("акція «16 днів проти насильства»", [16], "name of a campaign")
    g.skip("обсягом 72 години", [72], "duration of training")
    g.skip("У 2025 році Центр планує запровадити послугу підтриманого проживання для 5 осіб", [2025, 5], "plan")
    g.skip("віком 18–23 роки", [18, 23], "ages")
    g.skip("Інформацію надав Центр соціальних служб, тел. (05344) 0-32-19", [5344, 3219], "phone")

    g.note("the reader keeps only the article: top bar phone, menu, breadcrumbs, sidebar (address, ЄДРПОУ, "
           "news dates) and footer are not in the read text, so they are neither facts nor skips")
    g.note("the service list mixes units as written: сімей/осіб for informing and counselling, сім'ї for the "
           "two support services, особи for representation and crisis intervention; the parts sum to the "
           "1 276 сімей/осіб total")
    g.note("the 9 foster families and 2 family-type homes are the parts of the 11 families under "
           "соціальне супроводження; the 31 children hang on the 11")
    g.note("«Четверо фахівців» → staff_trained 4 (number in words)")
    g.note("«кошторисні призначення» → budget_approved; no KEKV code written")
    g.write()


if __name__ == "__main__":
    main()
