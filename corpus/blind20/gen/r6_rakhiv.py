"""b20_06: External quality assessment of counselling and social support provided in 2024 by
КУ «Центр надання соціальних послуг» Рахівської міської ради (Закарпатська), published as an article
on the site of the oblast Департамент соціального захисту населення. HTML, UTF-8, semantic layout
(header/nav/article/aside/footer). Criteria are written as prose paragraphs, one per criterion,
with the document's own bands (80–100 / 60–79 / below 60).
Planted slip: «Своєчасність» 93,1 % is rated «задовільно», but 80–100 % is «добре» — rating_band.
"""
from common import Gold, report_path, write_text

DOC = "b20_06_rakhiv_cnsp_external2024.html"

CRIT = [
    ("targeting", "Адресність та індивідуальний підхід", "89,7", 89.7, "добре", "good"),
    ("effectiveness", "Результативність", "82,8", 82.8, "добре", "good"),
    ("timeliness", "Своєчасність", "93,1", 93.1, "задовільно", "satisfactory"),
    ("accessibility", "Доступність та відкритість", "75,9", 75.9, "задовільно", "satisfactory"),
    ("dignity", "Повага до гідності отримувача", "100", 100, "добре", "good"),
    ("professionalism", "Професійність", "87,9", 87.9, "добре", "good"),
]
CRIT_TXT = {
    "targeting": "За критерієм «Адресність та індивідуальний підхід» частка позитивних відповідей становить "
                 "89,7&nbsp;%, рівень якості – «добре»: індивідуальні плани складено для всіх сімей під супроводом.",
    "effectiveness": "«Результативність» – 82,8&nbsp;% позитивних відповідей, «добре».",
    "timeliness": "Критерій «Своєчасність»: 93,1&nbsp;% опитаних зазначили, що послугу розпочато без затримок; "
                  "рівень якості – «задовільно».",
    "accessibility": "Найнижчий показник – за критерієм «Доступність та відкритість» (75,9&nbsp;%, «задовільно»): "
                     "мешканці віддалених сіл мають обмежений доступ до транспорту та інтернету.",
    "dignity": "Повагу до гідності отримувача підтвердили 100&nbsp;% опитаних, рівень – «добре».",
    "professionalism": "«Професійність» – 87,9&nbsp;%, «добре».",
}

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Зовнішня оцінка якості соціальних послуг у Рахівській громаді</title>
</head>
<body>
<header>
<div class="site-name">Департамент соціального захисту населення Закарпатської обласної військової адміністрації</div>
<div class="hotline">Гаряча лінія: (0312) 0-61-70</div>
</header>
<nav><ul>
<li><a href="/">Головна</a></li><li><a href="/about">Про департамент</a></li>
<li><a href="/quality">Якість соціальних послуг</a></li><li><a href="/news">Новини</a></li>
</ul></nav>
<main>
<article>
<h1>Зовнішня оцінка якості соціальних послуг у Рахівській громаді</h1>
<p class="published">Опубліковано: 12.05.2025</p>
<p>Відповідно до наказу Департаменту від 07.04.2025 № 63-од комісія у складі 5 осіб з 14 по 25 квітня 2025 року провела зовнішню оцінку якості соціальних послуг консультування та соціального супроводу сімей (осіб), які перебувають у складних життєвих обставинах, наданих у 2024 році Комунальною установою «Центр надання соціальних послуг» Рахівської міської ради Закарпатської області (далі – ЦНСП).</p>
<p>Рахівська громада – гірська, налічує 19 населених пунктів, найвіддаленіші з яких розташовані за 40 км від центру громади.</p>
<h2>Обсяги надання послуг</h2>
<p>У 2024 році послугу консультування отримали 529 осіб, їм надано 1&nbsp;214 консультацій. Соціальний супровід надавався 34 сім'ям, у яких виховується 71 дитина; з них 11 сімей – внутрішньо переміщені особи. Протягом року завершено супровід 21 сім'ї: у 16 складні життєві обставини подолано, у 5 – мінімізовано. 13 сімей продовжують отримувати послугу у 2025 році.</p>
<h2>Результати оцінювання</h2>
<p>Опитано 58 отримувачів: 36 отримувачів послуги консультування та 22 члени сімей, які перебувають під соціальним супроводом. Рівні якості визначено так: «добре» – 80–100&nbsp;% позитивних відповідей, «задовільно» – 60–79&nbsp;%, «незадовільно» – менше 60&nbsp;%.</p>
{crit}
<p>Порушень конфіденційності інформації про отримувачів не виявлено, рівень – «добре».</p>
<p>Загальна оцінка якості надання соціальних послуг ЦНСП – «добре».</p>
<h2>Кадри та звернення</h2>
<p>У ЦНСП затверджено 23 штатні посади, фактично працює 20 осіб, з них 8 фахівців із соціальної роботи; 6 фахівців у 2024 році пройшли навчання за програмами Національної соціальної сервісної служби. За рік до ЦНСП надійшла 1 скарга (щодо строків надання консультації), її розглянуто у встановлений строк.</p>
<h2>Рекомендації</h2>
<p>До 30.09.2025 організувати виїзні консультації у віддалених селах не рідше 2 разів на місяць; оновити інформацію про послуги на сайті громади.</p>
</article>
<aside>
<h3>Контакти</h3>
<p>Приймальня, каб. 210, тел. (0312) 0-61-72<br>dszn.zak@example.ua</p>
</aside>
</main>
<footer>© 2025 Департамент соціального захисту населення Закарпатської ОВА</footer>
</body>
</html>
"""


def build():
    crit = "\n".join(f"<p>{CRIT_TXT[c]}</p>" for c, *_ in CRIT)
    write_text(report_path(DOC), HTML.replace("{crit}", crit))


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Рахівської міської ради",
        "centre_type": "cnsp",
        "settlement": "Рахів",
        "oblast": "Закарпатська",
        "report_kind": "external_assessment",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
        "published": "2025-05-12",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Рахівської міської ради",
        "Комунальна установа «Центр надання соціальних послуг» Рахівської міської ради Закарпатської області"]})
    S = "social_support_sjo"

    def v(fid):
        return "f" + fid[1:]

    cs = g.f("served", "persons", 529, "У 2024 році послугу консультування отримали 529 осіб", service="counselling")
    g.f("services_provided", "services", 1214, "їм надано 1 214 консультацій", service="counselling")
    sup = g.f("served", "families", 34, "Соціальний супровід надавався 34 сім'ям", service=S, alt=["support_ongoing"])
    g.f("served", "children", 71, "у яких виховується 71 дитина", service=S, alt=["support_ongoing"], parent=sup)
    idp = g.f("served", "families", 11, "з них 11 сімей – внутрішньо переміщені особи", service=S,
              category="внутрішньо переміщені особи", parent=sup)
    cm = g.f("support_completed", "families", 21, "Протягом року завершено супровід 21 сім'ї", service=S, parent=sup)
    o1 = g.f("outcome_positive", "families", 16, "у 16 складні життєві обставини подолано", service=S,
             group="completed_21_by_outcome", parent=cm)
    o2 = g.f("outcome_minimized", "families", 5, "у 5 – мінімізовано", service=S, group="completed_21_by_outcome",
             parent=cm)
    og = g.f("support_ongoing", "families", 13, "13 сімей продовжують отримувати послугу у 2025 році", service=S,
             parent=sup)
    sr = g.f("survey_respondents", "recipients", 58, "Опитано 58 отримувачів", unit_alt="persons")
    r1 = g.f("survey_respondents", "recipients", 36, "36 отримувачів послуги консультування", unit_alt="persons",
             service="counselling", group="respondents_58_by_service", parent=sr)
    r2 = g.f("survey_respondents", "persons", 22, "22 члени сімей, які перебувають під соціальним супроводом",
             service=S, group="respondents_58_by_service", parent=sr)
    sh, rt = {}, {}
    quotes = {
        "targeting": ("частка позитивних відповідей становить 89,7 %", "89,7 %, рівень якості – «добре»"),
        "effectiveness": ("«Результативність» – 82,8 % позитивних відповідей", "82,8 % позитивних відповідей, «добре»"),
        "timeliness": ("93,1 % опитаних зазначили, що послугу розпочато без затримок",
                       "Критерій «Своєчасність»: 93,1 % опитаних зазначили, що послугу розпочато без затримок; "
                       "рівень якості – «задовільно»"),
        "accessibility": ("«Доступність та відкритість» (75,9 %", "(75,9 %, «задовільно»)"),
        "dignity": ("Повагу до гідності отримувача підтвердили 100 % опитаних",
                    "100 % опитаних, рівень – «добре»"),
        "professionalism": ("«Професійність» – 87,9 %", "«Професійність» – 87,9 %, «добре»"),
    }
    for c, name, _, val, _, rid in CRIT:
        qs, qr = quotes[c]
        sh[c] = g.f("share", "percent", val, qs, criterion=c, alt=["satisfaction"],
                    label=f"частка позитивних відповідей: {name}")
        rt[c] = g.f("rating", "rating", rid, qr, criterion=c)
    cf = g.f("rating", "rating", "good", "Порушень конфіденційності інформації про отримувачів не виявлено, рівень – «добре»",
             criterion="confidentiality")
    ov = g.f("rating", "rating", "good", "Загальна оцінка якості надання соціальних послуг ЦНСП – «добре»",
             criterion="overall")
    pos = g.f("staff_positions", "positions", 23, "У ЦНСП затверджено 23 штатні посади")
    act = g.f("staff_actual", "staff", 20, "фактично працює 20 осіб")
    ssw = g.f("staff_actual", "staff", 8, "з них 8 фахівців із соціальної роботи", label="фахівці із соціальної роботи",
              parent=act)
    tr = g.f("staff_trained", "staff", 6, "6 фахівців у 2024 році пройшли навчання")
    g.f("complaints", "complaints", 1, "За рік до ЦНСП надійшла 1 скарга")

    bands = "[(80, 100, 'good'), (60, 79.99, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"
    g.slip("rating_band", "error", quotes["timeliness"][1], "задовільно", "добре", [sh["timeliness"], rt["timeliness"]],
           "93,1 % lies in the document's own band for «добре» (80–100 %), yet the criterion is rated «задовільно»",
           f"band({v(sh['timeliness'])}, {bands}) == {v(rt['timeliness'])}")
    others = [c for c, *_ in CRIT if c != "timeliness"]
    g.check("rating_band", "«добре» – 80–100 % позитивних відповідей, «задовільно» – 60–79 %",
            "the other five criteria agree with the bands (89,7, 82,8, 100, 87,9 → «добре»; 75,9 → «задовільно»)",
            "all([" + ", ".join(f"band({v(sh[c])}, {bands}) == {v(rt[c])}" for c in others) + "])")
    g.check("percent_impossible", "Опитано 58 отримувачів",
            "every share is reachable with 58 respondents: 52, 48, 54, 44, 58, 51 of 58",
            "all([" + ", ".join(f"grim_ok({v(sh[c])}, {v(sr)}, 1)" for c, *_ in CRIT) + "])")
    g.check("parts_sum", "Опитано 58 отримувачів: 36 отримувачів послуги консультування та 22 члени сімей",
            "36 + 22 = 58", f"{v(r1)} + {v(r2)} == {v(sr)}")
    g.check("parts_sum", "Протягом року завершено супровід 21 сім'ї: у 16 складні життєві обставини подолано, у 5 – мінімізовано",
            "16 + 5 = 21", f"{v(o1)} + {v(o2)} == {v(cm)}")
    g.check("parts_sum", "13 сімей продовжують отримувати послугу у 2025 році",
            "21 completed + 13 continuing = 34 under support", f"{v(cm)} + {v(og)} == {v(sup)}")
    g.check("parts_sum", "з них 11 сімей – внутрішньо переміщені особи", "11 ≤ 34", f"{v(idp)} <= {v(sup)}")
    g.check("parts_sum", "фактично працює 20 осіб, з них 8 фахівців", "8 ≤ 20 ≤ 23; 6 trained ≤ 8",
            f"{v(ssw)} <= {v(act)} <= {v(pos)} and {v(tr)} <= {v(ssw)}")
    g.check("rating_band", "Загальна оцінка якості надання соціальних послуг ЦНСП – «добре»",
            "overall «добре» with five of seven criteria «добре»; no rule for the overall rating is stated",
            f"{v(ov)} == 'good' and {v(cf)} == 'good'")
    _ = cs

    g.skip("Опубліковано: 12.05.2025", [12, 5, 2025], "publication date (meta)")
    g.skip("наказу Департаменту від 07.04.2025 № 63-од комісія у складі 5 осіб з 14 по 25 квітня 2025 року",
           [7, 4, 2025, 63, 5, 14, 25, 2025], "order date and number, commission size, assessment dates")
    g.skip("налічує 19 населених пунктів, найвіддаленіші з яких розташовані за 40 км", [19, 40],
           "settlement count, distance")
    g.skip("«добре» – 80–100 % позитивних відповідей, «задовільно» – 60–79 %, «незадовільно» – менше 60 %",
           [80, 100, 60, 79, 60], "rating band definitions")
    g.skip("До 30.09.2025 організувати виїзні консультації у віддалених селах не рідше 2 разів на місяць",
           [30, 9, 2025, 2], "recommendation deadline and frequency")

    g.note("header (hotline phone), nav, aside (contacts) and footer are page furniture that the reader drops")
    g.note("the assessed provider is the ЦНСП, so meta describes it; the Департамент is the author and publisher")
    g.note("criteria are prose paragraphs; each gives a share (criterion, alt satisfaction) and a rating; "
           "confidentiality and the overall rating have no percentage")
    g.note("«Соціальний супровід надавався 34 сім'ям» → served (alt support_ongoing); «13 сімей продовжують отримувати "
           "послугу у 2025 році» → support_ongoing; 21 + 13 = 34")
    g.note("the 22 respondents are «члени сімей» → unit persons; the 36 «отримувачів послуги консультування» → recipients")
    g.write()


if __name__ == "__main__":
    build()
    gold()
