"""b91_02: ЦСС Березнянської селищної ради (Чернігівська), I півріччя 2024.
Council-site page in windows-1251 (div layout: top bar, menu, breadcrumbs, meta line, sidebar, footer),
first person plural («ми», «наш центр»).
Planted slip: percent_mismatch («11 — сім'ї ВПО (35,3 %)» of the 34 under support is 32,4 %)."""
from common import Gold, report_path, write_text

DOC = "b91_02_berezna_css_h1_2024.html"

ARTICLE = """\
<h1>Підсумки роботи Центру соціальних служб за І півріччя 2024 року</h1>
<div class="post-meta">Опубліковано: 16.07.2024 &nbsp;|&nbsp; Автор: ЦСС &nbsp;|&nbsp; Переглядів: 211</div>
<p>Центр соціальних служб Березнянської селищної ради (далі – Центр) працює відповідно до Положення, затвердженого рішенням селищної ради від 24.12.2020 № 14-2/VIII. Наша громада – це 26 населених пунктів і понад 14,2 тис. жителів, тож фахівці Центру щотижня виїжджають у старостинські округи.</p>
<p>За шість місяців 2024 року до нас звернулися 173 сім'ї та 58 одиноких осіб (за аналогічний період 2023 року – 149 сімей, тобто на 24 більше). Ми провели оцінку потреб 96 сімей; 27 з них визнано такими, що перебувають у складних життєвих обставинах.</p>
<h2>Соціальний супровід</h2>
<p>Під соціальним супроводом у нас перебувало 34 сім'ї, у яких виховується 71 дитина. Серед сімей під супроводом 11 – сім'ї внутрішньо переміщених осіб (35,3 %). З початку року ми взяли під супровід 15 сімей, а завершили супровід 13 сім'ям:</p>
<ul>
<li>з позитивним результатом – 9 сімей (69,2 %);</li>
<li>складні життєві обставини мінімізовано – у 3 сім'ях;</li>
<li>1 сім'я переїхала за межі громади, супровід припинено.</li>
</ul>
<p>На 1 липня під супроводом залишається 21 сім'я.</p>
<p>Соціальним супроводом прийомних сімей та дитячих будинків сімейного типу охоплено 7 сімей – 5 прийомних сімей і 2 ДБСТ, у яких виховується 19 дітей віком від 3 до 17 років.</p>
<h2>Інші послуги</h2>
<p>Послугу консультування отримали 148 сімей/осіб, їм надано 402 консультації. Інформування ми надали 226 особам – телефоном, під час виїздів і на особистому прийомі (понеділок – п'ятниця з 8.00 до 17.00). Кризове втручання здійснили для 4 сімей.</p>
<p>Провели 12 групових заходів – тренінги «Школа відповідального батьківства» та заняття для підлітків 14–17 років; участь у них взяли 164 особи. Завдяки партнерам видали 140 продуктових наборів і 36 зимових комплектів одягу для дітей.</p>
<h2>Команда</h2>
<p>Штатним розписом Центру передбачено 11 посад, фактично працює 9 працівників. Двоє фахівців у травні пройшли курс підвищення кваліфікації обсягом 1,5 кредиту ЄКТС. Скарг на роботу Центру за півріччя не надходило.</p>
<p>У ІІ півріччі плануємо відкрити консультаційний пункт у с. Гирівка та провести ще 6 тренінгів. Телефон для звернень: (04654) 0-21-84, адреса: 16202, смт Березна, вул. Героїв, 9.</p>
"""

PAGE = """\
<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Підсумки роботи Центру соціальних служб за І півріччя 2024 року | Березнянська селищна рада</title>
<link rel="stylesheet" href="/templates/berezna/css/style.css">
</head>
<body>
<div id="topbar"><div class="wrap">Офіційний вебсайт &middot; Березнянська селищна територіальна громада &middot; тел. приймальні (04654) 0-21-30 &middot; <a href="/en/">EN</a></div></div>
<div id="header"><div class="wrap"><a href="/" class="logo"><img src="/images/gerb.png" alt="Герб">Березнянська селищна рада</a>
<div class="search"><form action="/search"><input type="text" name="q" placeholder="Пошук..."></form></div></div></div>
<div id="menu"><ul class="nav">
<li><a href="/">Головна</a></li><li><a href="/hromada/">Громада</a></li><li><a href="/rada/">Селищна рада</a></li>
<li><a href="/vykonkom/">Виконавчий комітет</a></li><li class="active"><a href="/css/">Центр соціальних служб</a></li>
<li><a href="/docs/">Документи</a></li><li><a href="/zvernennia/">Звернення громадян</a></li><li><a href="/kontakty/">Контакти</a></li>
</ul></div>
<div class="wrap">
<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/css/">Центр соціальних служб</a> &raquo; <a href="/css/zvity/">Звіти</a> &raquo; Підсумки роботи за І півріччя 2024 року</div>
<div id="content">
<div class="item-page">
""" + ARTICLE + """\
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</div>
</div>
<div id="sidebar">
<div class="module"><h3>Контакти ЦСС</h3><p>16202, смт Березна, вул. Героїв, 9<br>тел. (04654) 0-21-84<br>e-mail: css.berezna@example.ua</p></div>
<div class="module"><h3>Останні новини</h3><ul>
<li><a href="/news/1412">Сесія селищної ради 25.07.2024</a></li>
<li><a href="/news/1409">Графік прийому громадян на серпень</a></li>
<li><a href="/news/1398">Оголошено конкурс на посаду фахівця (2 вакансії)</a></li>
</ul></div>
<div class="module"><h3>Календар</h3><p>Липень 2024</p></div>
</div>
</div>
<div id="footer"><div class="wrap">&copy; 2017–2024 Березнянська селищна рада. Усі права захищено. Розроблено на платформі «Громада-Сайт» v3.2</div></div>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    write_text(path, PAGE, encoding="cp1251", newline="\n")
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Березнянської селищної ради",
        "centre_type": "css",
        "settlement": "Березна",
        "oblast": "Чернігівська",
        "report_kind": "period_report",
        "period_start": "2024-01-01",
        "period_end": "2024-06-30",
        "published": "2024-07-16",
    })
    n = lambda fid: fid[1:]  # noqa: E731
    apf = g.f("applied", "families", 173, "до нас звернулися 173 сім'ї")
    app = g.f("applied", "persons", 58, "та 58 одиноких осіб", label="одинокі особи")
    na = g.f("needs_assessed", "families", 96, "Ми провели оцінку потреб 96 сімей")
    sjo_ = g.f("in_difficult_circumstances", "families", 27,
               "27 з них визнано такими, що перебувають у складних життєвих обставинах", parent=na)
    sup = g.f("served", "families", 34, "Під соціальним супроводом у нас перебувало 34 сім'ї",
              service="social_support_sjo", alt=["support_ongoing"])
    supc = g.f("served", "children", 71, "у яких виховується 71 дитина", service="social_support_sjo",
               alt=["support_ongoing"], parent=sup)
    idp = g.f("served", "families", 11, "Серед сімей під супроводом 11 – сім'ї внутрішньо переміщених осіб (35,3 %)",
              service="social_support_sjo", alt=["support_ongoing"], percent=35.3,
              category="внутрішньо переміщені особи", parent=sup)
    st = g.f("support_started", "families", 15, "ми взяли під супровід 15 сімей", service="social_support_sjo")
    cp = g.f("support_completed", "families", 13, "завершили супровід 13 сім'ям", service="social_support_sjo")
    pos = g.f("outcome_positive", "families", 9, "з позитивним результатом – 9 сімей (69,2 %)",
              service="social_support_sjo", percent=69.2, group="completed_13_by_outcome", parent=cp)
    mn = g.f("outcome_minimized", "families", 3, "складні життєві обставини мінімізовано – у 3 сім'ях",
             service="social_support_sjo", group="completed_13_by_outcome", parent=cp)
    oth = g.f("outcome_other", "families", 1, "1 сім'я переїхала за межі громади, супровід припинено",
              service="social_support_sjo", label="переїзд за межі громади", group="completed_13_by_outcome",
              parent=cp)
    ong = g.f("support_ongoing", "families", 21, "На 1 липня під супроводом залишається 21 сім'я",
              service="social_support_sjo")
    fos = g.f("served", "families", 7,
              "Соціальним супроводом прийомних сімей та дитячих будинків сімейного типу охоплено 7 сімей",
              service="social_support_foster")
    pf = g.f("served", "families", 5, "5 прийомних сімей", service="social_support_foster",
             label="прийомні сім'ї", group="foster_7_by_form", parent=fos)
    db = g.f("served", "families", 2, "і 2 ДБСТ", service="social_support_foster",
             label="дитячі будинки сімейного типу", group="foster_7_by_form", parent=fos)
    fch = g.f("served", "children", 19, "у яких виховується 19 дітей", service="social_support_foster",
              parent=fos)
    cns = g.f("served", "families_persons", 148, "Послугу консультування отримали 148 сімей/осіб",
              service="counselling")
    cnsn = g.f("services_provided", "services", 402, "їм надано 402 консультації", service="counselling")
    inf = g.f("served", "persons", 226, "Інформування ми надали 226 особам", service="informing")
    cri = g.f("served", "families", 4, "Кризове втручання здійснили для 4 сімей", service="crisis_intervention")
    ev = g.f("events", "events", 12, "Провели 12 групових заходів")
    evp = g.f("event_participants", "persons", 164, "участь у них взяли 164 особи", parent=ev)
    sp = g.f("staff_positions", "positions", 11, "Штатним розписом Центру передбачено 11 посад")
    sa = g.f("staff_actual", "staff", 9, "фактично працює 9 працівників")
    stt = g.f("staff_trained", "staff", 2, "Двоє фахівців у травні пройшли курс підвищення кваліфікації",
              note="number in words («Двоє»)")
    cm = g.f("complaints", "complaints", 0, "Скарг на роботу Центру за півріччя не надходило.")

    g.slip("percent_mismatch", "error",
           "Серед сімей під супроводом 11 – сім'ї внутрішньо переміщених осіб (35,3 %)",
           35.3, 32.4, [idp, sup],
           "11 of the 34 families under support is 32,35 % → 32,4 %, not 35,3 % (35,3 % would be 12 of 34)",
           f"pct_ok(p{n(idp)}, f{n(idp)}, f{n(sup)}, 1)")
    g.check("percent_mismatch", "з позитивним результатом – 9 сімей (69,2 %)", "9 / 13 = 69,23 % → 69,2",
            f"pct_ok(p{n(pos)}, f{n(pos)}, f{n(cp)}, 1)")
    g.check("parts_sum", "завершили супровід 13 сім'ям", "9 + 3 + 1 = 13",
            f"f{n(pos)} + f{n(mn)} + f{n(oth)} == f{n(cp)}")
    g.check("parts_sum", "На 1 липня під супроводом залишається 21 сім'я",
            "34 under support − 13 completed = 21 remaining",
            f"f{n(sup)} - f{n(cp)} == f{n(ong)}")
    g.check("parts_sum", "ми взяли під супровід 15 сімей", "15 taken and 11 IDP families ≤ 34",
            f"f{n(st)} <= f{n(sup)} and f{n(idp)} <= f{n(sup)}")
    g.check("parts_sum", "охоплено 7 сімей – 5 прийомних сімей і 2 ДБСТ", "5 + 2 = 7",
            f"f{n(pf)} + f{n(db)} == f{n(fos)}")
    g.check("parts_sum", "27 з них визнано такими", "27 ≤ 96 assessed ≤ 173 applied",
            f"f{n(sjo_)} <= f{n(na)} <= f{n(apf)}")
    g.check("parts_sum", "фактично працює 9 працівників", "2 trained ≤ 9 working ≤ 11 positions",
            f"f{n(stt)} <= f{n(sa)} <= f{n(sp)}")

    g.skip("Опубліковано: 16.07.2024", [16, 7, 2024], "publication date (meta)")
    g.skip("Переглядів: 211", [211], "view counter")
    g.skip("від 24.12.2020 № 14-2/VIII", [24, 12, 2020, 14, 2], "decision date and number")
    g.skip("26 населених пунктів і понад 14,2 тис. жителів", [26, 14200], "settlement count and population")
    g.skip("(за аналогічний період 2023 року – 149 сімей, тобто на 24 більше)", [2023, 149, 24],
           "prior-year figure and difference")
    g.skip("За шість місяців 2024 року", [2024], "period")
    g.skip("На 1 липня", [1], "date")
    g.skip("віком від 3 до 17 років", [3, 17], "ages")
    g.skip("(понеділок – п'ятниця з 8.00 до 17.00)", [8, 17], "office hours")
    g.skip("заняття для підлітків 14–17 років", [14, 17], "ages")
    g.skip("видали 140 продуктових наборів і 36 зимових комплектів одягу для дітей", [140, 36], "items")
    g.skip("обсягом 1,5 кредиту ЄКТС", [1.5], "course volume")
    g.skip("провести ще 6 тренінгів", [6], "plan")
    g.skip("Телефон для звернень: (04654) 0-21-84, адреса: 16202, смт Березна, вул. Героїв, 9.",
           [4654, 2184, 16202, 9], "phone, postcode, address")
    g.note("«Під соціальним супроводом у нас перебувало 34 сім'ї» → served social_support_sjo (alt support_ongoing); "
           "«залишається 21 сім'я» at 1 July → support_ongoing")
    g.note("«завершили супровід 13 сім'ям» → support_completed; its three outcomes are a partition "
           "(positive / minimized / other = moved away)")
    g.note("the 11 IDP families are a «серед» subset of the 34 (parent only, no group); its 35,3 % is the planted slip")
    g.note("«5 прийомних сімей і 2 ДБСТ» → two served social_support_foster parts of the 7")
    g.note("the header, menu, breadcrumbs, sidebar (contacts, news) and footer are page furniture; "
           "only what `zvitparse read` prints is annotated")
    g.write()


if __name__ == "__main__":
    main()
