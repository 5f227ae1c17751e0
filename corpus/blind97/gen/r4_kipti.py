"""b97_04: ЦСС Кіптівської сільської ради (Чернігівська), internal quality assessment of social support
of families in СЖО provided in 2024. DOCX, impersonal voice, criteria table with the document's own
rating bands. Planted slip: rating_band."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b97_04_kipti_css_internal2024.docx"

HEAD = [
    ("c", "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ КІПТІВСЬКОЇ СІЛЬСЬКОЇ РАДИ"),
    ("c", "Чернігівського району Чернігівської області"),
    ("c", "17043, с. Кіпті, вул. Шевченка, 40, тел. (04622) 0-66-31, css.kipti@example.ua, ЄДРПОУ 43890561"),
]
TITLE = ("ЗВІТ про результати внутрішньої оцінки якості надання соціальної послуги соціального супроводу "
         "сімей (осіб), які перебувають у складних життєвих обставинах, за 2024 рік")
P1 = [
    "Внутрішню оцінку якості проведено відповідно до Методичних рекомендацій з проведення моніторингу та оцінки "
    "якості соціальних послуг, затверджених наказом Мінсоцполітики від 27.12.2013 № 904, на підставі наказу "
    "директора Центру від 03.02.2025 № 7-од. Оцінювання здійснювала робоча група у складі 4 осіб у період з "
    "10 по 28 лютого 2025 року.",
    "Під час оцінювання проаналізовано 31 особову справу отримувачів послуги, проведено 6 спостережень за "
    "наданням послуги та співбесіди з 4 працівниками, а також анкетування отримувачів.",
]
H1 = "1. Загальні відомості про надання послуги"
P2 = [
    "Протягом 2024 року послугу соціального супроводу отримувала 31 сім'я, в яких виховується 64 дитини. "
    "З них 19 сімей взято під соціальний супровід у 2024 році, 12 сімей продовжували отримувати послугу з 2023 року.",
    "Завершено надання послуги 17 сім'ям, у тому числі: з позитивним результатом – 11 (64,7 %), у зв'язку з "
    "відмовою від послуги – 2, у зв'язку зі зміною місця проживання – 1, без позитивного результату – 3. "
    "Надання послуги продовжено у 2025 році 14 сім'ям.",
    "Послугу надають 4 фахівці із соціальної роботи (штатним розписом передбачено 5 посад). Протягом року "
    "3 фахівці підвищили кваліфікацію на курсах Чернігівського обласного центру соціальних служб. "
    "Скарг від отримувачів послуги у 2024 році не надходило.",
]
H2 = "2. Результати анкетування та оцінка за критеріями"
P3 = [
    "В анкетуванні взяли участь 23 отримувачі послуги (74,2 % від загальної кількості сімей, які отримували "
    "послугу). Анкета містила 21 запитання.",
    "Рівень якості за кожним критерієм визначався за часткою позитивних відповідей: 80–100 % – «добре», "
    "60–79,9 % – «задовільно», менше 60 % – «незадовільно».",
]
TCAP = "Таблиця 1. Оцінка якості за критеріями"
TABLE = [
    ("№", "Критерій", "Частка позитивних відповідей, %", "Оцінка"),
    ("1", "Адресність та індивідуальний підхід", "91,3", "добре"),
    ("2", "Результативність", "78,3", "добре"),
    ("3", "Своєчасність", "87,0", "добре"),
    ("4", "Доступність та відкритість", "95,7", "добре"),
    ("5", "Зручність", "69,6", "задовільно"),
    ("6", "Повага до гідності отримувача соціальної послуги", "100", "добре"),
    ("7", "Професійність", "82,6", "добре"),
    ("", "Середнє значення", "86,4", "добре"),
]
H3 = "3. Висновки та рекомендації"
P4 = [
    "За результатами внутрішньої оцінки якість надання послуги соціального супроводу у 2024 році "
    "визнано на рівні «добре».",
    "Рекомендовано: 1) облаштувати окреме приміщення для конфіденційних консультацій до 01.07.2025; "
    "2) запровадити виїзний прийом у 2 віддалених селах громади; 3) повторити анкетування у I кварталі 2026 року.",
    "Голова робочої групи ____________ 03.03.2025",
]


def build_docx(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for _, t in HEAD:
        p = d.add_paragraph(t)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(TITLE).bold = True
    for t in P1:
        d.add_paragraph(t)
    d.add_heading(H1, level=2)
    for t in P2:
        d.add_paragraph(t)
    d.add_heading(H2, level=2)
    for t in P3:
        d.add_paragraph(t)
    d.add_paragraph(TCAP)
    tb = d.add_table(rows=len(TABLE), cols=4)
    tb.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, v in enumerate(row):
            tb.cell(i, j).text = v
    d.add_heading(H3, level=2)
    for t in P4:
        d.add_paragraph(t)
    fix_docx_props(d, author="ЦСС Кіптівської сільської ради")
    d.save(path)
    freeze_zip(path)


CRIT = ["targeting", "effectiveness", "timeliness", "accessibility", "convenience", "dignity", "professionalism"]
RATE = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}


def build():
    path = report_path(DOC)
    build_docx(path)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Кіптівської сільської ради",
        "centre_type": "css",
        "settlement": "Кіпті",
        "oblast": "Чернігівська",
        "report_kind": "internal_assessment",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    })
    f1 = g.f("served", "families", 31, "послугу соціального супроводу отримувала 31 сім'я",
             service="social_support_sjo")
    f2 = g.f("served", "children", 64, "в яких виховується 64 дитини", service="social_support_sjo", parent=f1)
    f3 = g.f("support_started", "families", 19, "З них 19 сімей взято під соціальний супровід у 2024 році",
             service="social_support_sjo", group="served_31_by_start", parent=f1)
    f4 = g.f("served", "families", 12, "12 сімей продовжували отримувати послугу з 2023 року",
             service="social_support_sjo", label="продовжували отримувати послугу з 2023 року",
             alt=["support_ongoing"], group="served_31_by_start", parent=f1)
    f5 = g.f("support_completed", "families", 17, "Завершено надання послуги 17 сім'ям",
             service="social_support_sjo", parent=f1)
    f6 = g.f("outcome_positive", "families", 11, "з позитивним результатом – 11 (64,7 %)", percent=64.7,
             service="social_support_sjo", group="completed_17_by_outcome", parent=f5)
    f7 = g.f("outcome_other", "families", 2, "відмовою від послуги – 2", service="social_support_sjo",
             label="у зв'язку з відмовою від послуги", group="completed_17_by_outcome", parent=f5)
    f8 = g.f("outcome_other", "families", 1, "у зв'язку зі зміною місця проживання – 1",
             service="social_support_sjo", label="у зв'язку зі зміною місця проживання",
             group="completed_17_by_outcome", parent=f5)
    f9 = g.f("outcome_negative", "families", 3, "без позитивного результату – 3", service="social_support_sjo",
             group="completed_17_by_outcome", parent=f5)
    f10 = g.f("support_ongoing", "families", 14, "Надання послуги продовжено у 2025 році 14 сім'ям.",
              service="social_support_sjo")
    f11 = g.f("staff_actual", "staff", 4, "Послугу надають 4 фахівці із соціальної роботи")
    f12 = g.f("staff_positions", "positions", 5, "штатним розписом передбачено 5 посад")
    f13 = g.f("staff_trained", "staff", 3, "3 фахівці підвищили кваліфікацію")
    f14 = g.f("complaints", "complaints", 0, "Скарг від отримувачів послуги у 2024 році не надходило.")
    f15 = g.f("survey_respondents", "recipients", 23, "В анкетуванні взяли участь 23 отримувачі послуги (74,2 %",
              percent=74.2, unit_alt="persons")
    shares, ratings = [], []
    for (n, name, pct, rat), crit in zip(TABLE[1:8], CRIT):
        row = f"{n}\t{name}\t{pct}\t{rat}"
        v = float(pct.replace(",", "."))
        v = int(v) if v.is_integer() else v
        shares.append(g.f("share", "percent", v, row, criterion=crit, label="частка позитивних відповідей",
                          alt=["satisfaction"]))
        ratings.append(g.f("rating", "rating", RATE[rat], row, criterion=crit))
    avg_row = "\tСереднє значення\t86,4\tдобре"
    f30 = g.f("share", "percent", 86.4, avg_row, criterion="overall", label="середнє значення за критеріями",
              alt=["satisfaction"])
    f31 = g.f("rating", "rating", "good", avg_row, criterion="overall")
    f32 = g.f("rating", "rating", "good", "визнано на рівні «добре».", criterion="overall",
              note="the overall rating repeated in the conclusions: a second fact")

    s_eff, r_eff = shares[1], ratings[1]
    bands = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    g.slip("rating_band", "error", "2\tРезультативність\t78,3\tдобре", "good", "satisfactory", [s_eff, r_eff],
           "Результативність 78,3 % is rated «добре», but the document's own bands give «задовільно» for "
           "60–79,9 % («добре» starts at 80 %).",
           f"band({s_eff}, {bands}) == {r_eff}")

    others = [(s, r) for s, r in zip(shares, ratings) if s != s_eff]
    g.check("rating_band", "Рівень якості за кожним критерієм визначався за часткою позитивних відповідей",
            "the other six criteria and the average are rated by the stated bands",
            " and ".join(f"band({s}, {bands}) == {r}" for s, r in others + [(f30, f31)]))
    g.check("table_arithmetic", "\tСереднє значення\t86,4\tдобре",
            "(91,3 + 78,3 + 87,0 + 95,7 + 69,6 + 100 + 82,6) / 7 = 86,36 → 86,4",
            f"abs(({' + '.join(shares)}) / 7 - f30) < 0.05")
    g.check("percent_impossible", "Частка позитивних відповідей, %",
            "each share is reachable with 23 respondents (21, 18, 20, 22, 16, 23, 19 of 23)",
            " and ".join(f"grim_ok({s}, f15, 1)" for s in shares))
    g.check("parts_sum", "З них 19 сімей взято під соціальний супровід у 2024 році",
            "19 new + 12 continued = 31", "f3 + f4 == f1")
    g.check("parts_sum", "Завершено надання послуги 17 сім'ям, у тому числі", "11 + 2 + 1 + 3 = 17",
            "f6 + f7 + f8 + f9 == f5")
    g.check("percent_mismatch", "з позитивним результатом – 11 (64,7 %)", "11 / 17 = 64,71 % → 64,7",
            "pct_ok(p6, f6, f5, 1)")
    g.check("parts_sum", "Надання послуги продовжено у 2025 році 14 сім'ям.", "17 completed + 14 continued = 31",
            "f5 + f10 == f1")
    g.check("percent_mismatch", "В анкетуванні взяли участь 23 отримувачі послуги (74,2 %",
            "23 / 31 = 74,19 % → 74,2", "pct_ok(p15, f15, f1, 1)")
    g.check("internal_conflict", "визнано на рівні «добре».", "overall rating the same in table and conclusions",
            "f31 == f32")
    g.check("parts_sum", "Послугу надають 4 фахівці із соціальної роботи", "4 ≤ 5; 3 trained ≤ 4",
            "f11 <= f12 and f13 <= f11")

    g.skip("17043, с. Кіпті, вул. Шевченка, 40, тел. (04622) 0-66-31, css.kipti@example.ua, ЄДРПОУ 43890561",
           [17043, 40, 4622, 0, 66, 31, 43890561], "postcode, address, phone, ЄДРПОУ")
    g.skip("за 2024 рік", [2024], "period in the title")
    g.skip("наказом Мінсоцполітики від 27.12.2013 № 904", [27, 12, 2013, 904], "legal act")
    g.skip("директора Центру від 03.02.2025 № 7-од", [3, 2, 2025, 7], "order date and number")
    g.skip("робоча група у складі 4 осіб у період з 10 по 28 лютого 2025 року", [4, 10, 28, 2025],
           "commission size, assessment dates")
    g.skip("проаналізовано 31 особову справу отримувачів послуги, проведено 6 спостережень", [31, 6],
           "case files analysed and observations (methods, no §3 id)")
    g.skip("співбесіди з 4 працівниками", [4], "interviews (method)")
    g.skip("Протягом 2024 року", [2024], "year")
    g.skip("Анкета містила 21 запитання.", [21], "questionnaire length")
    g.skip("80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79.9, 60],
           "rating bands (used in the band checks)")
    g.skip("Таблиця 1. Оцінка якості за критеріями", [1], "table number")
    g.skip("1. Загальні відомості про надання послуги", [1, 2, 3], "section numbers; row numbers 1–7 of the table")
    g.skip("якість надання послуги соціального супроводу у 2024 році", [2024], "year")
    g.skip("Рекомендовано: 1) облаштувати", [1], "recommendation number")
    g.skip("до 01.07.2025", [1, 7, 2025], "deadline of a recommendation")
    g.skip("2) запровадити виїзний прийом у 2 віддалених селах громади", [2, 2], "recommendation (plan)")
    g.skip("3) повторити анкетування у I кварталі 2026 року", [3, 2026], "recommendation (plan)")
    g.skip("Голова робочої групи ____________ 03.03.2025", [3, 3, 2025], "signature date")

    g.note("internal assessment of one service (social support of families in СЖО) for 2024; the assessment itself "
           "took place in February 2025 (skipped dates)")
    g.note("criterion shares → share with criterion (alt satisfaction); ratings → rating with criterion; each table "
           "row gives two facts quoted by the row (cells tab-separated, the row number in front)")
    g.note("the «Середнє значення» row → share + rating with criterion overall; the overall «добре» in the "
           "conclusions is a second overall rating fact")
    g.note("«12 сімей продовжували отримувати послугу з 2023 року» → served with a label (alt support_ongoing); "
           "«продовжено у 2025 році 14 сім'ям» → support_ongoing")
    g.note("«23 отримувачі послуги (74,2 % від загальної кількості сімей …)» → survey_respondents with percent 74,2 "
           "(of the 31 families)")
    g.write()


if __name__ == "__main__":
    build()
