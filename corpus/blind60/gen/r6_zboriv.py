"""b60_06: КУ «ЦНСП» Зборівської міської ради (Тернопільська), internal quality assessment of home care
provided in 2023. reportlab PDF (DejaVu Serif), impersonal, criteria table with the document's own bands."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_dejavu

NAME = "b60_06_zboriv_cnsp_internal2023.pdf"

HEAD = "ЗАТВЕРДЖЕНО<br/>наказ директора КУ «ЦНСП» Зборівської міської ради<br/>від 12.02.2024 № 19-од"
TITLE = ("ЗВІТ<br/>про результати внутрішньої оцінки якості соціальної послуги догляду вдома, наданої "
         "Комунальною установою «Центр надання соціальних послуг» Зборівської міської ради у 2023 році")
PARAS = [
    "Оцінювання проведено на підставі наказу директора від 15.01.2024 № 07-од у період з 17.01.2024 по 09.02.2024 комісією у складі 5 осіб.",
    "Протягом 2023 року послугу догляду вдома надано 198 особам, з них 34 особи взято на обслуговування вперше. Станом на 31.12.2023 послугу отримували 167 осіб. Середній вік отримувачів – 78 років.",
    "Припинено надання послуги 31 особі: у зв'язку зі смертю – 22, влаштуванням до закладу стаціонарного догляду – 3, за власним бажанням – 6.",
    "Послугу надавали 29 соціальних робітників; в середньому на одного робітника припадає 7 отримувачів.",
    "Застосовані методи: аналіз 60 особових справ, анкетування 112 отримувачів, спостереження під час 20 візитів. Повторне оцінювання потреб проведено 85 особам; покращення або стабілізацію стану зафіксовано в 68,2 % з них.",
    "Рівень якості за кожним критерієм визначено за часткою позитивних відповідей: 80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно».",
]
TABLE = [
    ["№", "Критерій", "Позитивних відповідей, %", "Оцінка"],
    ["1", "Адресність та індивідуальний підхід", "91,1", "добре"],
    ["2", "Результативність", "84,8", "добре"],
    ["3", "Своєчасність", "76,8", "добре"],
    ["4", "Доступність та відкритість", "88,4", "добре"],
    ["5", "Зручність", "78,6", "задовільно"],
    ["6", "Повага до гідності", "97,3", "добре"],
    ["7", "Професійність", "92,0", "добре"],
    ["", "Загальна оцінка (середнє)", "87,0", "добре"],
]
AFTER = [
    "Протягом 2023 року надійшло 2 скарги (щодо графіка відвідувань), обидві розглянуто у строк до 10 робочих днів.",
    "Висновок: загальний рівень якості послуги догляду вдома – «добре».",
    "Рекомендації: 1) до 01.04.2024 переглянути графіки відвідувань у 4 старостатах; 2) у II кварталі 2024 року провести навчання для 29 соціальних робітників.",
    "Голова комісії                        (підпис)",
]
CRIT = ["targeting", "effectiveness", "timeliness", "accessibility", "convenience", "dignity", "professionalism"]
BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"


def build(path):
    register_dejavu()
    n = ParagraphStyle("n", fontName="DVS", fontSize=11, leading=15, spaceAfter=6, firstLineIndent=20, alignment=4)
    r = ParagraphStyle("r", fontName="DVS", fontSize=9, leading=12, leftIndent=300, spaceAfter=12)
    t = ParagraphStyle("t", fontName="DVS-B", fontSize=12, leading=16, alignment=1, spaceAfter=12)
    c = ParagraphStyle("c", fontName="DVS", fontSize=10, leading=12)
    story = [Paragraph(HEAD, r), Paragraph(TITLE, t)] + [Paragraph(x, n) for x in PARAS]
    story.append(Paragraph("Таблиця. Результати оцінювання за критеріями", c))
    tbl = Table([[Paragraph(x, c) for x in row] for row in TABLE], colWidths=[10 * mm, 80 * mm, 45 * mm, 30 * mm])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [tbl, Spacer(1, 8)] + [Paragraph(x, n) for x in AFTER]
    SimpleDocTemplate(path, pagesize=A4, invariant=1, title="Внутрішня оцінка", leftMargin=25 * mm,
                      rightMargin=15 * mm).build(story)


def gold():
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Зборівської міської ради", "centre_type": "cnsp",
        "settlement": "Зборів", "oblast": "Тернопільська", "report_kind": "internal_assessment",
        "period_start": "2023-01-01", "period_end": "2023-12-31"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Зборівської міської ради",
                             "КУ «Центр надання соціальних послуг» Зборівської міської ради"]})
    f = g.f
    sv = f("served", "persons", 198, "послугу догляду вдома надано 198 особам", service="home_care")
    nw = f("served", "persons", 34, "з них 34 особи взято на обслуговування вперше", service="home_care",
           label="взято на обслуговування вперше", alt=["registered_new", "support_started"], parent=sv)
    on = f("support_ongoing", "persons", 167, "Станом на 31.12.2023 послугу отримували 167 осіб", service="home_care",
           alt=["served"])
    st = f("support_completed", "persons", 31, "Припинено надання послуги 31 особі", service="home_care",
           alt=["deregistered"])
    o1 = f("outcome_other", "persons", 22, "у зв'язку зі смертю – 22", service="home_care", label="смерть",
           group="stopped_31_by_reason", parent=st)
    o2 = f("outcome_other", "persons", 3, "влаштуванням до закладу стаціонарного догляду – 3", service="home_care",
           label="влаштування до закладу стаціонарного догляду", group="stopped_31_by_reason", parent=st)
    o3 = f("outcome_other", "persons", 6, "за власним бажанням – 6", service="home_care", label="за власним бажанням",
           group="stopped_31_by_reason", parent=st)
    sw = f("staff_actual", "staff", 29, "Послугу надавали 29 соціальних робітників", label="соціальні робітники")
    sr = f("survey_respondents", "recipients", 112, "анкетування 112 отримувачів", unit_alt="persons")
    rn = f("needs_assessed", "persons", 85, "Повторне оцінювання потреб проведено 85 особам", service="home_care",
           label="повторне оцінювання")
    sh = f("share", "percent", 68.2, "покращення або стабілізацію стану зафіксовано в 68,2 % з них",
           label="частка отримувачів з покращенням або стабілізацією стану")
    S, Rt = [], []
    for row, crit in zip(TABLE[1:8], CRIT):
        q = "\t".join(row)
        v = float(row[2].replace(",", "."))
        v = int(v) if v.is_integer() else v
        S.append(f("share", "percent", v, q, criterion=crit, label=row[1], alt=["satisfaction"], service="home_care"))
        Rt.append(f("rating", "rating", {"добре": "good", "задовільно": "satisfactory"}[row[3]], q, criterion=crit,
                    label=row[1], service="home_care"))
    oq = "Загальна оцінка (середнє)\t87,0\tдобре"
    os_ = f("share", "percent", 87, oq, criterion="overall", label="Загальна оцінка (середнє)", alt=["satisfaction"],
            service="home_care")
    orr = f("rating", "rating", "good", oq, criterion="overall", service="home_care")
    orr2 = f("rating", "rating", "good", "загальний рівень якості послуги догляду вдома – «добре»", criterion="overall",
             service="home_care", note="the conclusion repeats the table's overall rating")
    cp = f("complaints", "complaints", 2, "надійшло 2 скарги")

    i = CRIT.index("timeliness")
    g.slip("rating_band", "error", "3\tСвоєчасність\t76,8\tдобре", "good", "satisfactory", [S[i], Rt[i]],
           "Своєчасність 76,8 % falls in the document's own 60–79,9 % band («задовільно»), but the table rates it «добре»",
           f"band({S[i]}, {BANDS}) == {Rt[i]}")
    for k, crit in enumerate(CRIT):
        if k == i:
            continue
        g.check("rating_band", "\t".join(TABLE[1 + k]), f"{TABLE[1 + k][2]} % → {TABLE[1 + k][3]}",
                f"band({S[k]}, {BANDS}) == {Rt[k]}")
    g.check("rating_band", oq, "87,0 % → добре", f"band({os_}, {BANDS}) == {orr}")
    g.check("table_arithmetic", oq, "mean of the seven criteria: 609,0 / 7 = 87,0",
            f"round(({' + '.join(S)}) / 7, 1) == {os_}")
    g.check("percent_impossible", "анкетування 112 отримувачів",
            "every criterion share is reachable with 112 respondents (102, 95, 86, 99, 88, 109, 103 of 112)",
            " and ".join(f"grim_ok({s}, {sr}, 1)" for s in S))
    g.check("percent_impossible", "покращення або стабілізацію стану зафіксовано в 68,2 % з них", "58 of 85 = 68,24 → 68,2",
            f"grim_ok({sh}, {rn}, 1)")
    g.check("parts_sum", "Припинено надання послуги 31 особі", "22 + 3 + 6 = 31", f"{o1} + {o2} + {o3} == {st}")
    g.check("parts_sum", "Станом на 31.12.2023 послугу отримували 167 осіб", "198 served − 31 stopped = 167 at the year end",
            f"{sv} - {st} == {on}")
    g.check("parts_sum", "з них 34 особи взято на обслуговування вперше", "34 ≤ 198; 85 reassessed ≤ 198",
            f"{nw} <= {sv} and {rn} <= {sv}")
    g.check("internal_conflict", "загальний рівень якості послуги догляду вдома – «добре»", "conclusion = table overall",
            f"{orr2} == {orr}")

    g.skip("від 12.02.2024 № 19-од", [12, 2, 2024, 19], "order date and number")
    g.skip("на підставі наказу директора від 15.01.2024 № 07-од у період з 17.01.2024 по 09.02.2024 комісією у складі 5 осіб",
           [15, 1, 2024, 7, 17, 9, 2, 5], "order, assessment dates, commission size")
    g.skip("Середній вік отримувачів – 78 років.", [78], "age")
    g.skip("в середньому на одного робітника припадає 7 отримувачів", [7], "ratio")
    g.skip("аналіз 60 особових справ", [60], "case files examined (method)")
    g.skip("спостереження під час 20 візитів", [20], "observation visits (method)")
    g.skip("80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79.9, 60],
           "rating bands")
    g.skip("№\tКритерій", [1, 2, 3, 4, 5, 6, 7], "row numbers")
    g.skip("у строк до 10 робочих днів", [10], "duration")
    g.skip("1) до 01.04.2024 переглянути графіки відвідувань у 4 старостатах; 2) у II кварталі 2024 року провести навчання для 29 соціальних робітників",
           [1, 2024, 4, 2, 29], "recommendations: deadline, starosta districts, planned training")
    g.note("criterion shares → share with criterion (alt satisfaction), ratings → rating with criterion; the table is quoted by row")
    g.note("«Станом на 31.12.2023 послугу отримували 167 осіб» → support_ongoing (alt served)")
    g.note("«Припинено надання послуги» → support_completed (alt deregistered), reasons → outcome_other with labels")
    g.note("the overall rating is written in the table and in the conclusion: two facts")
    g.note("Зручність 78,6 % «задовільно» is consistent with the bands; only Своєчасність is a slip")
    g.write()


if __name__ == "__main__":
    build(report_path(NAME))
    gold()
