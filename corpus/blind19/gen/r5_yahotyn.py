"""b19_05: external quality assessment of the social support of families in СЖО provided in 2024 by the
КУ «ЦНСП» Яготинської міської ради (Київська), written by the council's social-protection department.
UTF-8 HTML article page (header, nav, article, aside, footer); criteria as a list with ratings in prose.

No planted slip: everything adds up.
"""
from common import Gold, report_path, write_text

DOC = "b19_05_yahotyn_cnsp_external2024.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Зовнішня оцінка якості послуги соціального супроводу — Яготинська міська рада</title>
</head>
<body>
<header class="site-header">
<div class="logo">Яготинська міська рада Київської області</div>
<div class="contacts">Гаряча лінія: (04575) 0-50-61</div>
</header>
<nav class="main-nav"><ul><li><a href="/">Головна</a></li><li><a href="/news/">Новини</a></li><li><a href="/social/">Соціальний захист</a></li><li><a href="/docs/">Документи</a></li></ul></nav>
<main>
<article>
<h1>Звіт про проведення зовнішньої оцінки якості соціальної послуги соціального супроводу сімей (осіб), які перебувають у складних життєвих обставинах, наданої КУ «Центр надання соціальних послуг» Яготинської міської ради у 2024 році</h1>
<p class="post-date"><time datetime="2025-03-17">17 березня 2025</time></p>
<p>На підставі розпорядження міського голови від 10.02.2025 № 27-од комісія відділу соціального захисту населення Яготинської міської ради Київської області у складі 4 осіб з 17.02.2025 по 07.03.2025 провела зовнішню оцінку якості соціальної послуги соціального супроводу, наданої комунальною установою «Центр надання соціальних послуг» Яготинської міської ради (далі – Центр) у 2024 році.</p>
<h2>Відомості про надання послуги</h2>
<p>У 2024 році послугу соціального супроводу отримували 41 сім'я (у них 88 дітей) та 6 одиноких осіб. Протягом року взято під супровід 19 сімей. Завершено надання послуги 22 сім'ям: з позитивним результатом – 15, з мінімізацією складних життєвих обставин – 5, без результату – 2. На 2025 рік продовжено супровід 19 сімей.</p>
<p>Послугу надавали 4 фахівці із соціальної роботи; середнє навантаження становило 10 сімей на одного фахівця (за Державним стандартом – не більше 12).</p>
<h2>Методи оцінки</h2>
<p>Комісія вивчила 24 особові справи отримувачів, провела 16 інтерв'ю з отримувачами та 8 інтерв'ю з працівниками, здійснила спостереження під час 5 відвідувань сімей, а також опитування отримувачів.</p>
<p>В опитуванні взяли участь 32 отримувачі послуги. На запитання «Чи допомогла вам послуга?» відповіли «так» 29 осіб (90,6 %), «частково» – 3 особи (9,4 %). Усі 32 респонденти зазначили, що працівники Центру ставляться до них з повагою (100 %).</p>
<h2>Оцінка за критеріями</h2>
<ul>
<li>Адресність та індивідуальний підхід – «добре»: оцінку потреб та індивідуальний план наявно в 100 % перевірених справ.</li>
<li>Результативність – «добре»: частка сімей, у яких складні життєві обставини подолано або мінімізовано, становить 90,9 % від сімей, яким завершено надання послуги.</li>
<li>Своєчасність – «добре»: оцінку потреб проведено в установлений строк у 95,8 % перевірених справ.</li>
<li>Доступність та відкритість – «добре».</li>
<li>Повага до гідності отримувача – «добре».</li>
<li>Професійність – «задовільно»: двоє фахівців не проходили навчання за програмою соціального супроводу протягом останніх двох років.</li>
<li>Конфіденційність інформації – «добре»: порушень не виявлено.</li>
</ul>
<p>Скарг на якість послуги протягом 2024 року до відділу та до Центру не надходило.</p>
<h2>Висновок</h2>
<p>Якість надання послуги соціального супроводу відповідає Державному стандарту; загальна оцінка – «добре». Центру рекомендовано до 30.06.2025 забезпечити навчання 2 фахівців із соціальної роботи. Наступну зовнішню оцінку заплановано на I квартал 2027 року.</p>
</article>
</main>
<aside class="sidebar"><h3>Останні новини</h3><ul><li><a href="/news/1">14.03.2025 Засідання виконкому</a></li><li><a href="/news/2">12.03.2025 Прийом громадян</a></li></ul></aside>
<footer class="site-footer">© 2025 Яготинська міська рада. 07700, м. Яготин, вул. Незалежності, 0. Тел. (04575) 0-51-44.</footer>
</body>
</html>
"""


def build():
    write_text(report_path(DOC), HTML, encoding="utf-8")


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Яготинської міської ради",
        "centre_type": "cnsp",
        "settlement": "Яготин",
        "oblast": "Київська",
        "report_kind": "external_assessment",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
        "published": "2025-03-17",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Яготинської міської ради",
        "КУ «Центр надання соціальних послуг» Яготинської міської ради"]})
    n = lambda fid: fid[1:]
    S = "social_support_sjo"
    f_fam = g.f("served", "families", 41, "послугу соціального супроводу отримували 41 сім'я", service=S,
                alt=["support_ongoing"])
    f_ch = g.f("served", "children", 88, "(у них 88 дітей)", service=S, alt=["support_ongoing"], parent=f_fam)
    f_per = g.f("served", "persons", 6, "та 6 одиноких осіб", service=S, alt=["support_ongoing"],
                category="одинокі особи")
    f_st = g.f("support_started", "families", 19, "взято під супровід 19 сімей", service=S, parent=f_fam)
    f_co = g.f("support_completed", "families", 22, "Завершено надання послуги 22 сім'ям", service=S, parent=f_fam)
    f_o1 = g.f("outcome_positive", "families", 15, "з позитивним результатом – 15", service=S, parent=f_co,
               group="completed_22_by_outcome")
    f_o2 = g.f("outcome_minimized", "families", 5, "з мінімізацією складних життєвих обставин – 5", service=S,
               parent=f_co, group="completed_22_by_outcome")
    f_o3 = g.f("outcome_negative", "families", 2, "без результату – 2", service=S, parent=f_co,
               group="completed_22_by_outcome")
    f_on = g.f("support_ongoing", "families", 19, "На 2025 рік продовжено супровід 19 сімей", service=S,
               parent=f_fam)
    f_staff = g.f("staff_actual", "staff", 4, "Послугу надавали 4 фахівці із соціальної роботи", service=S,
                  label="фахівці із соціальної роботи")
    f_sur = g.f("survey_respondents", "recipients", 32, "В опитуванні взяли участь 32 отримувачі послуги",
                service=S, unit_alt="persons")
    f_y = g.f("survey_respondents", "persons", 29, "відповіли «так» 29 осіб (90,6 %)", percent=90.6, service=S,
              parent=f_sur, group="survey_32_by_answer", label="послуга допомогла: «так»")
    f_p = g.f("survey_respondents", "persons", 3, "«частково» – 3 особи (9,4 %)", percent=9.4, service=S,
              parent=f_sur, group="survey_32_by_answer", label="послуга допомогла: «частково»")
    f_r = g.f("survey_respondents", "persons", 32,
              "Усі 32 респонденти зазначили, що працівники Центру ставляться до них з повагою (100 %)",
              percent=100, service=S, parent=f_sur, label="працівники ставляться з повагою")
    crit = [
        ("Адресність та індивідуальний підхід – «добре»", "targeting", "good"),
        ("Результативність – «добре»", "effectiveness", "good"),
        ("Своєчасність – «добре»", "timeliness", "good"),
        ("Доступність та відкритість – «добре»", "accessibility", "good"),
        ("Повага до гідності отримувача – «добре»", "dignity", "good"),
        ("Професійність – «задовільно»", "professionalism", "satisfactory"),
        ("Конфіденційність інформації – «добре»", "confidentiality", "good"),
    ]
    rts = [g.f("rating", "rating", v, q, service=S, criterion=c) for q, c, v in crit]
    f_sh1 = g.f("share", "percent", 100, "індивідуальний план наявно в 100 % перевірених справ", service=S,
                criterion="targeting", alt=["satisfaction"],
                label="частка перевірених справ з оцінкою потреб та індивідуальним планом")
    f_sh2 = g.f("share", "percent", 90.9, "мінімізовано, становить 90,9 % від сімей, яким завершено надання послуги",
                service=S, criterion="effectiveness", alt=["satisfaction"],
                label="частка сімей, у яких СЖО подолано або мінімізовано, від сімей із завершеною послугою")
    f_sh3 = g.f("share", "percent", 95.8, "у 95,8 % перевірених справ", service=S, criterion="timeliness",
                alt=["satisfaction"], label="частка справ з оцінкою потреб в установлений строк")
    f_cmp = g.f("complaints", "complaints", 0, "Скарг на якість послуги протягом 2024 року до відділу та до Центру "
                "не надходило", service=S)
    f_ov = g.f("rating", "rating", "good", "загальна оцінка – «добре»", service=S, criterion="overall")

    g.check("parts_sum", "Завершено надання послуги 22 сім'ям", "15 + 5 + 2 = 22",
            f"f{n(f_o1)} + f{n(f_o2)} + f{n(f_o3)} == f{n(f_co)}")
    g.check("parts_sum", "На 2025 рік продовжено супровід 19 сімей", "22 completed + 19 continued = 41 families",
            f"f{n(f_co)} + f{n(f_on)} == f{n(f_fam)}")
    g.check("parts_sum", "взято під супровід 19 сімей", "19 taken in 2024 ≤ 41", f"f{n(f_st)} <= f{n(f_fam)}")
    g.check("percent_mismatch", "мінімізовано, становить 90,9 % від сімей, яким завершено надання послуги",
            "(15 + 5) / 22 = 90,91 % → 90,9", f"pct_ok(f{n(f_sh2)}, f{n(f_o1)} + f{n(f_o2)}, f{n(f_co)}, 1)")
    g.check("percent_impossible", "у 95,8 % перевірених справ", "23 of the 24 case files = 95,83 % → 95,8",
            f"grim_ok(f{n(f_sh3)}, 24, 1)")
    g.check("parts_sum", "відповіли «так» 29 осіб (90,6 %)", "29 + 3 = 32",
            f"f{n(f_y)} + f{n(f_p)} == f{n(f_sur)}")
    g.check("percent_mismatch", "відповіли «так» 29 осіб (90,6 %)", "29/32 = 90,63 → 90,6; 3/32 = 9,38 → 9,4; "
            "32/32 = 100", f"pct_ok(p{n(f_y)}, f{n(f_y)}, f{n(f_sur)}, 1) and pct_ok(p{n(f_p)}, f{n(f_p)}, "
            f"f{n(f_sur)}, 1) and pct_ok(p{n(f_r)}, f{n(f_r)}, f{n(f_sur)}, 0)")
    g.check("percents_sum", "відповіли «так» 29 осіб (90,6 %)", "90,6 + 9,4 = 100,0",
            f"psum_ok([p{n(f_y)}, p{n(f_p)}], 1)")
    g.check("parts_sum", "двоє фахівців не проходили навчання",
            "«двоє» not trained ≤ 4 staff", f"2 <= f{n(f_staff)}")

    g.skip("17 березня 2025", [17, 2025], "publication date")
    g.skip("розпорядження міського голови від 10.02.2025 № 27-од", [10, 2, 2025, 27], "order date and number")
    g.skip("у складі 4 осіб з 17.02.2025 по 07.03.2025", [4, 17, 2, 2025, 7, 3], "commission size, assessment dates")
    g.skip("середнє навантаження становило 10 сімей на одного фахівця (за Державним стандартом – не більше 12)",
           [10, 12], "caseload ratio and the standard's limit")
    g.skip("Комісія вивчила 24 особові справи отримувачів, провела 16 інтерв'ю з отримувачами та 8 інтерв'ю з "
           "працівниками, здійснила спостереження під час 5 відвідувань сімей", [24, 16, 8, 5],
           "assessment methods: case files, interviews, visits (no §3 id)")
    g.skip("двоє фахівців не проходили навчання", [2],
           "staff not trained (word numeral; no §3 id; used as a literal in a check)")
    g.skip("Центру рекомендовано до 30.06.2025 забезпечити навчання 2 фахівців", [30, 6, 2025, 2],
           "recommendation with a deadline (plan)")
    g.skip("Наступну зовнішню оцінку заплановано на I квартал 2027 року", [1, 2027], "plan")

    g.note("the page's header (logo, hotline phone), nav, sidebar and footer are not printed by the reader")
    g.note("«41 сім'я … та 6 одиноких осіб»: two served facts (families, persons); «у них 88 дітей» hangs on the "
           "families. «перебувало/отримували» under support → served (alt support_ongoing)")
    g.note("criterion percentages in the list are share with criterion (alt satisfaction); each criterion's "
           "rating is a rating fact quoted by its list item")
    g.note("«Усі 32 респонденти … (100 %)» repeats the respondent count with a label and percent: a second "
           "survey_respondents fact (a figure written twice is two facts)")
    g.note("no planted slip in this file")
    return g


if __name__ == "__main__":
    build()
    gold().write()
