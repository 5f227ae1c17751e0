"""b31_05: Білгород-Дністровський міський центр соціальних служб (Одеська), report on the internal quality
assessment of the social support of families in СЖО provided in 2024. DOCX with a criteria table
(criterion / % positive answers / rating) and the document's own rating bands; impersonal voice.
Planted slip: rating_band (Доступність та відкритість 77,3 % rated «добре»; the band for «добре» is 80–100 %)."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, save_docx

DOC = "b31_05_bilhorod_css_internal2024.docx"
CENTRE = "Білгород-Дністровський міський центр соціальних служб"

HEAD = [CENTRE, "Одеська область", "ЗВІТ",
        "про проведення внутрішньої оцінки якості надання соціальної послуги соціального супроводу сімей (осіб), "
        "які перебувають у складних життєвих обставинах, за 2024 рік"]
P = [
    ("Внутрішню оцінку якості проведено відповідно до Порядку, затвердженого постановою Кабінету Міністрів "
     "України від 01.06.2020 № 449, та наказу директора Центру від 02.12.2024 № 87-ОД у період з 09.12.2024 по "
     "20.12.2024 робочою групою у складі 5 осіб. Використано методи аналізу особових справ, анкетування "
     "отримувачів та інтерв'ю з фахівцями."),
    ("У 2024 році послугу соціального супроводу отримали 58 сімей, у яких виховується 131 дитина, з них 19 – "
     "сім'ї внутрішньо переміщених осіб. Протягом року взято під супровід 27 сімей. Послугу надавали 9 фахівців "
     "із соціальної роботи."),
    ("Завершено надання послуги 26 сім'ям: з позитивним результатом – 18 (69,2 %), складні життєві обставини "
     "мінімізовано – 5 (19,2 %), з негативним результатом – 3 (11,5 %). На 2025 рік продовжено супровід "
     "32 сімей."),
    ("В анкетуванні взяли участь 44 отримувачі послуги (75,9 % сімей, які отримували послугу). Рівень якості "
     "за кожним критерієм визначався за часткою позитивних відповідей: «добре» – 80–100 %, «задовільно» – "
     "60–79,9 %, «незадовільно» – менше 60 %."),
    "Таблиця 1. Результати внутрішньої оцінки якості за критеріями",
]
TABLE = [
    ["Критерій", "Частка позитивних відповідей, %", "Оцінка"],
    ["Адресність та індивідуальний підхід", "93,2", "добре"],
    ["Результативність", "81,8", "добре"],
    ["Своєчасність", "88,6", "добре"],
    ["Доступність та відкритість", "77,3", "добре"],
    ["Зручність", "84,1", "добре"],
    ["Повага до гідності отримувача", "97,7", "добре"],
    ["Професійність", "90,9", "добре"],
    ["Загальна оцінка", "87,7", "добре"],
]
P2 = [
    ("Висновки. Загальна оцінка якості надання послуги соціального супроводу – «добре». Скарг від отримувачів "
     "послуги у 2024 році не надходило, порушень конфіденційності не виявлено."),
    ("Рекомендації: 1) розмістити інформацію про порядок отримання послуги в усіх 4 старостинських округах; "
     "2) провести для фахівців 2 навчальні семінари з ведення випадку; термін – до 01.03.2025."),
    "Голова робочої групи                                               (підпис)",
    "20.12.2024",
]
CRIT = ["targeting", "effectiveness", "timeliness", "accessibility", "convenience", "dignity", "professionalism",
        "overall"]
BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"


def build(path):
    d = Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    for i, line in enumerate(HEAD):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(line).bold = i != 1
    for x in P:
        d.add_paragraph(x)
    t = d.add_table(rows=len(TABLE), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(TABLE):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
    for x in P2:
        d.add_paragraph(x)
    save_docx(d, path, author="ЦСС")


def row(i):
    return "\t".join(TABLE[i])


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": CENTRE,
        "centre_type": "css",
        "settlement": "Білгород-Дністровський",
        "oblast": "Одеська",
        "report_kind": "internal_assessment",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    })
    f = g.f
    n = lambda x: x[1:]
    sup = f("served", "families", 58, "послугу соціального супроводу отримали 58 сімей", service="social_support_sjo")
    kids = f("served", "children", 131, "у яких виховується 131 дитина", service="social_support_sjo", parent=sup)
    idp = f("served", "families", 19, "з них 19 – сім'ї внутрішньо переміщених осіб", service="social_support_sjo",
            category="внутрішньо переміщені особи", parent=sup)
    st = f("support_started", "families", 27, "взято під супровід 27 сімей", service="social_support_sjo",
           parent=sup)
    staff = f("staff_actual", "staff", 9, "Послугу надавали 9 фахівців із соціальної роботи",
              label="фахівці із соціальної роботи, що надавали послугу")
    done = f("support_completed", "families", 26, "Завершено надання послуги 26 сім'ям",
             service="social_support_sjo", parent=sup)
    grp = "completed_26_by_outcome"
    o1 = f("outcome_positive", "families", 18, "з позитивним результатом – 18 (69,2 %)", percent=69.2,
           service="social_support_sjo", group=grp, parent=done)
    o2 = f("outcome_minimized", "families", 5, "мінімізовано – 5 (19,2 %)", percent=19.2,
           service="social_support_sjo", group=grp, parent=done)
    o3 = f("outcome_negative", "families", 3, "з негативним результатом – 3 (11,5 %)", percent=11.5,
           service="social_support_sjo", group=grp, parent=done)
    cont = f("support_ongoing", "families", 32, "На 2025 рік продовжено супровід 32 сімей",
             service="social_support_sjo", parent=sup)
    resp = f("survey_respondents", "recipients", 44, "В анкетуванні взяли участь 44 отримувачі послуги (75,9 %",
             percent=75.9, unit_alt="families")
    shares, ratings = [], []
    for i, crit in enumerate(CRIT, start=1):
        q = row(i)
        v = float(TABLE[i][1].replace(",", "."))
        kw = dict(criterion=crit, service="social_support_sjo")
        if crit == "overall":
            shares.append(f("share", "percent", v, q, label="загальна оцінка, середня частка позитивних відповідей",
                            alt=["satisfaction"], **kw))
        else:
            shares.append(f("share", "percent", v, q, label=TABLE[i][0], alt=["satisfaction"], **kw))
        ratings.append(f("rating", "rating", "good", q, **kw))
    concl = f("rating", "rating", "good", "Загальна оцінка якості надання послуги соціального супроводу – «добре»",
              criterion="overall", service="social_support_sjo", label="висновки (повтор)")
    comp = f("complaints", "complaints", 0, "Скарг від отримувачів послуги у 2024 році не надходило")

    g.check("parts_sum", "Завершено надання послуги 26 сім'ям:", "18 + 5 + 3 = 26",
            f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(done)}")
    g.check("percent_mismatch", "з позитивним результатом – 18 (69,2 %)",
            "18/26 = 69,23 → 69,2; 5/26 = 19,23 → 19,2; 3/26 = 11,54 → 11,5",
            " and ".join(f"pct_ok(p{n(x)}, f{n(x)}, f{n(done)}, 1)" for x in (o1, o2, o3)))
    g.check("percents_sum", "з негативним результатом – 3 (11,5 %)", "69,2 + 19,2 + 11,5 = 99,9 (rounding)",
            f"psum_ok([p{n(o1)}, p{n(o2)}, p{n(o3)}], 1)")
    g.check("parts_sum", "На 2025 рік продовжено супровід 32 сімей",
            "58 − 26 = 32 continued; 27 taken, 19 ВПО ≤ 58",
            f"f{n(sup)} - f{n(done)} == f{n(cont)} and f{n(st)} <= f{n(sup)} and f{n(idp)} <= f{n(sup)}")
    g.check("percent_mismatch", "В анкетуванні взяли участь 44 отримувачі послуги (75,9 %",
            "44/58 = 75,86 → 75,9", f"pct_ok(p{n(resp)}, f{n(resp)}, f{n(sup)}, 1)")
    g.check("percent_impossible", row(1), "every criterion share is k/44 at one decimal (41, 36, 39, 34, 37, 43, 40)",
            " and ".join(f"grim_ok(f{n(x)}, f{n(resp)}, 1)" for x in shares[:7]))
    g.check("table_arithmetic", row(8), "overall 87,7 = mean of the seven shares (613,6 / 7 = 87,66)",
            "abs(sum([" + ", ".join(f"f{n(x)}" for x in shares[:7]) + f"]) / 7 - f{n(shares[7])}) < 0.05")
    ok_rows = [i for i in range(8) if i != 3]
    g.check("rating_band", "«добре» – 80–100 %, «задовільно» – 60–79,9 %, «незадовільно» – менше 60 %",
            "all rows but Доступність: the share lies in the band of the rating given (all ≥ 80 → добре)",
            " and ".join(f"band(f{n(shares[i])}, {BANDS}) == f{n(ratings[i])}" for i in ok_rows))
    g.check("internal_conflict", "Загальна оцінка якості надання послуги соціального супроводу – «добре»",
            "the conclusions repeat the table's overall rating", f"f{n(concl)} == f{n(ratings[7])}")
    g.slip("rating_band", "warning", row(4), "добре", "задовільно", [shares[3], ratings[3]],
           "Доступність та відкритість: 77,3 % positive answers lies in the document's own band for «задовільно» "
           "(60–79,9 %), but the table rates it «добре». The overall rating (87,7 %) is unaffected.",
           f"band(f{n(shares[3])}, {BANDS}) == f{n(ratings[3])}")

    g.skip("за 2024 рік", [2024], "period (year)")
    g.skip("постановою Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449], "legal act")
    g.skip("наказу директора Центру від 02.12.2024 № 87-ОД у період з 09.12.2024 по 20.12.2024", [2, 12, 2024, 87, 9, 20],
           "order number and dates of the assessment")
    g.skip("робочою групою у складі 5 осіб", [5], "size of the working group")
    g.skip("«добре» – 80–100 %, «задовільно» – 60–79,9 %, «незадовільно» – менше 60 %", [80, 100, 60, 79.9, 60],
           "band definitions")
    g.skip("Таблиця 1. Результати внутрішньої оцінки якості за критеріями", [1], "table number")
    g.skip("в усіх 4 старостинських округах", [4], "count of starosta districts")
    g.skip("2) провести для фахівців 2 навчальні семінари з ведення випадку; термін – до 01.03.2025", [2, 2, 1, 3, 2025],
           "recommendation number, plan, deadline")
    g.skip("20.12.2024", [20, 12, 2024], "date of signature")
    g.note("criterion shares → share with criterion (alt satisfaction), quoted by the table row; each row also gives "
           "a rating fact; the row «Загальна оцінка» → criterion overall")
    g.note("the table and the conclusions both give the overall rating «добре»: two facts")
    g.note("«44 отримувачі послуги (75,9 % сімей…)» → survey_respondents with percent (of the 58 families); unit "
           "recipients, unit_alt families")
    g.note("«порушень конфіденційності не виявлено» has no figure and no §3 id; not a fact")
    g.note("«9 фахівців із соціальної роботи» → staff_actual with a label")
    g.write()


if __name__ == "__main__":
    main()
