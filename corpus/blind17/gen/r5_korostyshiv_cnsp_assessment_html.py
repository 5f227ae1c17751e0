"""b17_05: internal quality assessment of the home-care service of КУ «ЦНСП» Коростишівської міської ради
(Житомирська), 2024; UTF-8 HTML page with a survey table and a criteria table (percent + rating)."""
from common import Gold, report_path, write_text

DOC = "b17_05_korostyshiv_cnsp_homecare_assessment2024.html"

CRIT = [("1", "Адресність та індивідуальний підхід", 92, "targeting"),
        ("2", "Результативність", 88, "effectiveness"),
        ("3", "Своєчасність", 85, "timeliness"),
        ("4", "Доступність та відкритість", 74, "accessibility"),
        ("5", "Зручність", 81, "convenience"),
        ("6", "Повага до гідності отримувача соціальної послуги", 96, "dignity"),
        ("7", "Професійність", 90, "professionalism")]


def crit_rows():
    out = []
    for n, name, v, _ in CRIT:
        out.append(f"<tr><td>{n}</td><td>{name}</td><td>{v}</td><td>добре</td></tr>")
    return "\n".join(out)


HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Звіт про внутрішній моніторинг якості послуги догляду вдома | Коростишівська міська рада</title>
</head>
<body>
<header><div class="site-name">Коростишівська міська рада</div>
<nav><a href="/">Головна</a> <a href="/gromada/">Громада</a> <a href="/socialnyi-zahyst/">Соціальний захист</a> <a href="/kontakty/">Контакти</a></nav></header>
<div class="breadcrumbs"><a href="/">Головна</a> / <a href="/socialnyi-zahyst/">Соціальний захист</a> / Звіти</div>
<main>
<h1>Звіт про результати внутрішнього моніторингу та оцінки якості соціальної послуги догляду вдома, наданої КУ «Центр надання соціальних послуг» Коростишівської міської ради Житомирської області у 2024 році</h1>
<p class="date">Опубліковано: 27.12.2024</p>
<p>Моніторинг проведено відповідно до Порядку, затвердженого постановою Кабінету Міністрів України від 01.06.2020 № 449, та Методичних рекомендацій, затверджених наказом Мінсоцполітики від 27.12.2013 № 904, на підставі наказу директора Центру від 25.11.2024 № 87-ОД. Робоча група у складі 5 осіб працювала з 02 по 20 грудня 2024 року.</p>
<h2>1. Загальна інформація про послугу</h2>
<p>Станом на 01.12.2024 послугу догляду вдома отримують 184 особи, з них: одинокі громадяни похилого віку – 121 (65,8 %), особи з інвалідністю – 47 (25,5 %), невиліковно хворі, які не здатні до самообслуговування, – 16 (8,7 %). Протягом 2024 року надійшло 23 заяви про надання послуги; на обслуговування взято 21 особу, двом заявникам відмовлено через відсутність показань. Знято з обслуговування 26 осіб.</p>
<p>Послугу надають 29 соціальних робітників; середнє навантаження – 6,3 отримувача на одного працівника. За рік надано 6 912 послуг догляду вдома. Протягом року 11 соціальних робітників пройшли навчання за програмою «Догляд за особами з деменцією» (24 години).</p>
<h2>2. Результати анкетування</h2>
<p>В анкетуванні взяли участь 112 отримувачів послуги (60,9 % від загальної кількості). На запитання «Чи задоволені Ви якістю послуги догляду вдома?» відповіді розподілилися так:</p>
<table border="1">
<tr><th>Варіант відповіді</th><th>Кількість відповідей</th><th>%</th></tr>
<tr><td>так</td><td>104</td><td>92,9</td></tr>
<tr><td>частково</td><td>6</td><td>5,4</td></tr>
<tr><td>ні</td><td>2</td><td>1,8</td></tr>
<tr><td>Разом</td><td>112</td><td>100</td></tr>
</table>
<p>Отже, рівень задоволеності якістю послуги становить 92,9 %.</p>
<h2>3. Оцінка за критеріями якості</h2>
<p>Оцінювання здійснювалося за шкалою: 80–100 % – «добре», 51–79 % – «задовільно», 0–50 % – «незадовільно».</p>
<table border="1">
<tr><th>№</th><th>Критерій</th><th>Рівень відповідності, %</th><th>Оцінка</th></tr>
""" + crit_rows() + """
<tr><td></td><td>Загальна оцінка</td><td>87</td><td>добре</td></tr>
</table>
<p>Скарг від отримувачів послуги у 2024 році не надходило.</p>
<h2>4. Висновки та рекомендації</h2>
<p>Загальна оцінка якості надання соціальної послуги догляду вдома – «добре». Рекомендовано до 01.04.2025 облаштувати пандус біля входу до адміністративного приміщення та оновити інформаційні матеріали для отримувачів; наступний моніторинг провести у IV кварталі 2025 року.</p>
</main>
<aside><h3>Корисні телефони</h3><p>Центр надання соціальних послуг: (04130) 0-33-17</p><p>Служба у справах дітей: (04130) 0-35-02</p></aside>
<footer><p>© 2025 Коростишівська міська рада. 12501, Житомирська обл., м. Коростишів, вул. Героїв Небесної Сотні, 9</p></footer>
</body>
</html>
"""


def build():
    write_text(report_path(DOC), HTML, encoding="utf-8", newline="\n")


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Коростишівської міської ради",
        "centre_type": "cnsp", "settlement": "Коростишів", "oblast": "Житомирська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31",
        "published": "2024-12-27",
    }, {"centre": ["КУ «Центр надання соціальних послуг» Коростишівської міської ради",
                   "Комунальна установа «Центр надання соціальних послуг» Коростишівської міської ради",
                   "КУ «Центр надання соціальних послуг» Коростишівської міської ради Житомирської області"]})
    F = g.f
    HC = "home_care"
    tot = F("served", "persons", 184, "Станом на 01.12.2024 послугу догляду вдома отримують 184 особи", service=HC,
            alt=["support_ongoing"])
    cats = []
    for v, pc, q, c in [(121, 65.8, "одинокі громадяни похилого віку – 121 (65,8 %)", "одинокі громадяни похилого віку"),
                        (47, 25.5, "особи з інвалідністю – 47 (25,5 %)", "особи з інвалідністю"),
                        (16, 8.7, "невиліковно хворі, які не здатні до самообслуговування, – 16 (8,7 %)",
                         "невиліковно хворі, які не здатні до самообслуговування")]:
        cats.append(F("served", "persons", v, q, percent=pc, service=HC, category=c, group="served_184_by_category",
                      alt=["support_ongoing"], parent=tot))
    ap = F("applied", "applications", 23, "надійшло 23 заяви про надання послуги", service=HC)
    tk = F("served", "persons", 21, "на обслуговування взято 21 особу", service=HC, label="взято на обслуговування",
           alt=["registered_new", "support_started"], parent=ap)
    F("deregistered", "persons", 26, "Знято з обслуговування 26 осіб", service=HC)
    sw = F("staff_actual", "staff", 29, "Послугу надають 29 соціальних робітників", service=HC,
           label="соціальні робітники")
    F("services_provided", "services", 6912, "За рік надано 6 912 послуг догляду вдома", service=HC)
    tr = F("staff_trained", "staff", 11, "11 соціальних робітників пройшли навчання", service=HC,
           label="соціальні робітники")
    rs = F("survey_respondents", "recipients", 112, "В анкетуванні взяли участь 112 отримувачів послуги", percent=60.9,
           unit_alt="persons", service=HC)
    RQ = "Разом\t112\t100"
    rt = F("survey_respondents", "recipients", 112, RQ, percent=100, unit_alt="persons", service=HC, label="Разом",
           note="table total repeats the respondents (a total written twice is two facts)")
    ans = []
    for q, v, pc, lab in [("так\t104\t92,9", 104, 92.9, "так"), ("частково\t6\t5,4", 6, 5.4, "частково"),
                          ("ні\t2\t1,8", 2, 1.8, "ні")]:
        ans.append(F("survey_respondents", "recipients", v, q, percent=pc, unit_alt="persons", service=HC,
                     label=f"відповідь «{lab}» на запитання про задоволеність якістю", group="respondents_by_answer",
                     parent=rt))
    sat = F("satisfaction", "percent", 92.9, "рівень задоволеності якістю послуги становить 92,9 %", service=HC)
    shares, ratings = [], []
    for n, name, v, cid in CRIT:
        q = f"{n}\t{name}\t{v}\tдобре"
        shares.append(F("share", "percent", v, q, service=HC, criterion=cid,
                        label=f"рівень відповідності критерію «{name}»"))
        ratings.append(F("rating", "rating", "good", q, service=HC, criterion=cid))
    OQ = "Загальна оцінка\t87\tдобре"
    osh = F("share", "percent", 87, OQ, service=HC, criterion="overall", label="загальний рівень відповідності")
    ort = F("rating", "rating", "good", OQ, service=HC, criterion="overall")
    F("complaints", "complaints", 0, "Скарг від отримувачів послуги у 2024 році не надходило.", service=HC)
    ort2 = F("rating", "rating", "good", "Загальна оцінка якості надання соціальної послуги догляду вдома – «добре»",
             service=HC, criterion="overall", note="the conclusion repeats the table's overall rating: two facts")

    BANDS = "{'good': (80, 100), 'satisfactory': (51, 79), 'unsatisfactory': (0, 50)}"
    i = 3  # Доступність та відкритість
    g.slip("rating_band", "error", "4\tДоступність та відкритість\t74\tдобре", "good", "satisfactory",
           [shares[i], ratings[i]],
           "the document's own scale (80–100 % «добре», 51–79 % «задовільно», 0–50 % «незадовільно») puts 74 % in "
           "«задовільно», but the row rates the criterion «добре». Every other row agrees with the scale.",
           f"band({shares[i]}, {ratings[i]}, {BANDS})")
    others = [k for k in range(7) if k != i]
    g.check("rating_band", "Оцінювання здійснювалося за шкалою: 80–100 % – «добре», 51–79 % – «задовільно», 0–50 % – «незадовільно».",
            "rows 1–3, 5–7 (92, 88, 85, 81, 96, 90) and the overall 87 all fall in 80–100 → «добре»",
            " and ".join(f"band({shares[k]}, {ratings[k]}, {BANDS})" for k in others)
            + f" and band({osh}, {ort}, {BANDS})")
    g.check("table_arithmetic", OQ, "overall 87 = mean of the seven criteria (606 / 7 = 86.6 → 87)",
            f"round(S({', '.join(shares)}) / 7) == {osh}")
    g.check("parts_sum", "Станом на 01.12.2024 послугу догляду вдома отримують 184 особи", "121 + 47 + 16 = 184",
            f"S({', '.join(cats)}) == {tot}")
    g.check("percent_mismatch", "одинокі громадяни похилого віку – 121 (65,8 %)",
            "121/184 = 65.76 → 65,8; 47/184 = 25.54 → 25,5; 16/184 = 8.70 → 8,7",
            " and ".join(f"pct({c}, {tot}, {pc}, 1)" for c, pc in zip(cats, (65.8, 25.5, 8.7))))
    g.check("percents_sum", "одинокі громадяни похилого віку – 121 (65,8 %)", "65,8 + 25,5 + 8,7 = 100,0",
            "pcsum([65.8, 25.5, 8.7], 1)")
    g.check("percent_mismatch", "В анкетуванні взяли участь 112 отримувачів послуги (60,9 % від загальної кількості)",
            "112/184 = 60.87 → 60,9", f"pct({rs}, {tot}, 60.9, 1)")
    g.check("table_arithmetic", RQ, "104 + 6 + 2 = 112; Разом = respondents", f"S({', '.join(ans)}) == {rt} == {rs}")
    g.check("percent_mismatch", "так\t104\t92,9", "104/112 = 92.86 → 92,9; 6/112 = 5.36 → 5,4; 2/112 = 1.79 → 1,8",
            " and ".join(f"pct({a}, {rt}, {pc}, 1)" for a, pc in zip(ans, (92.9, 5.4, 1.8))))
    g.check("percents_sum", RQ, "92,9 + 5,4 + 1,8 = 100,1, within the rounding of three one-decimal shares",
            "pcsum([92.9, 5.4, 1.8], 1)")
    g.check("internal_conflict", "рівень задоволеності якістю послуги становить 92,9 %", "satisfaction 92,9 = share of «так»",
            f"{sat} == 92.9 and pct({ans[0]}, {rs}, {sat}, 1)")
    g.check("parts_sum", "на обслуговування взято 21 особу", "21 taken on + 2 refused («двом», a word) = 23 applications",
            f"{tk} + 2 == {ap}")
    g.check("parts_sum", "11 соціальних робітників пройшли навчання", "11 trained ≤ 29 social workers", f"{tr} <= {sw}")
    g.check("internal_conflict", "Загальна оцінка якості надання соціальної послуги догляду вдома – «добре»",
            "conclusion repeats the table's overall «добре»", f"{ort} == {ort2}")

    g.skip("Опубліковано: 27.12.2024", [27, 12, 2024], "publication date (meta)")
    g.skip("постановою Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449], "legal act date and number")
    g.skip("наказом Мінсоцполітики від 27.12.2013 № 904", [27, 12, 2013, 904], "legal act date and number")
    g.skip("від 25.11.2024 № 87-ОД", [25, 11, 2024, 87], "order date and number")
    g.skip("Робоча група у складі 5 осіб працювала з 02 по 20 грудня 2024 року.", [5, 2, 20, 2024],
           "members of the working group; dates of the monitoring")
    g.skip("Станом на 01.12.2024", [1, 12, 2024], "date")
    g.skip("двом заявникам відмовлено через відсутність показань", [2], "refusals, written as a word; no §3 id")
    g.skip("середнє навантаження – 6,3 отримувача на одного працівника", [6.3], "ratio")
    g.skip("(24 години)", [24], "duration of the training")
    g.skip("80–100 % – «добре», 51–79 % – «задовільно», 0–50 % – «незадовільно»", [80, 100, 51, 79, 0, 50],
           "rating band definitions")
    g.skip("№\tКритерій", [1, 2, 3, 4, 5, 6, 7], "row numbers of the criteria table")
    g.skip("Рекомендовано до 01.04.2025 облаштувати пандус", [1, 4, 2025], "deadline of a recommendation")
    g.skip("наступний моніторинг провести у IV кварталі 2025 року", [4, 2025], "plan")
    g.note("criteria table: the percentage of each row → share (criterion set, label), the word → rating; both quoted by "
           "their row. «Загальна оцінка» → criterion overall. Everything carries service home_care")
    g.note("survey table rows (так / частково / ні) → survey_respondents split by answer, each with its percent; "
           "«Разом 112» repeats the respondents; the % column's 100 is Разом's percent")
    g.note("«отримувачів» with no further kind → unit recipients (unit_alt persons)")
    g.note("184 is a head-count at 01.12.2024 (inside the period) → served, alt support_ongoing")
    g.note("«Корисні телефони» sidebar and footer address are dropped by the reader (not in the read text)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
