"""b37_03: ЦНСП Середино-Будської міської ради (Сумська), internal quality assessment of home care, 2023.
DOCX (python-docx) with a criteria table and the document's own rating bands; first person plural."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b37_03_seredyna_buda_cnsp_internal2023.docx"

HEAD = [
    "ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ СЕРЕДИНО-БУДСЬКОЇ МІСЬКОЇ РАДИ",
    "41000, Сумська обл., Шосткинський р-н, м. Середина-Буда, вул. Троїцька, 8; тел. (05451) 0-74-92",
]
TITLE = "ЗВІТ\nпро результати внутрішньої оцінки якості соціальної послуги догляду вдома за 2023 рік"
PARAS1 = [
    "На виконання наказу Центру від 09.01.2024 № 3-од ми провели внутрішню оцінку якості соціальної послуги догляду вдома, наданої у 2023 році. Робоча група у складі 5 осіб працювала з 15 по 31 січня 2024 року.",
    "Протягом 2023 року послугу догляду вдома отримували 163 особи, яким надано 24 716 послуг. На обслуговування ми взяли 22 особи, зняли з обслуговування 17 осіб. Середній вік отримувачів становить 79 років, найстаршій отримувачці – 96 років.",
    "Крім догляду вдома, наші фахівці надали консультування 402 особам та здійснювали соціальний супровід 29 сімей, у яких виховується 71 дитина; ці послуги оцінюватимуться окремо у II кварталі 2024 року.",
    "Послугу надають 19 соціальних робітників при 21 штатній посаді. Протягом 2023 року надійшла 1 скарга (щодо графіка відвідувань), її розглянуто у встановлений строк.",
    "Для оцінки ми опитали 88 отримувачів послуги (54,0 % від загальної кількості), проаналізували 40 особових справ і провели 12 спостережень під час візитів.",
    "Оцінку за кожним критерієм ми виставляли за часткою позитивних відповідей: «добре» – 85–100 %, «задовільно» – 60–84 %, «незадовільно» – менше 60 %.",
    "Таблиця 2. Результати оцінки за критеріями",
]
ROWS = [
    ("№", "Критерій", "Позитивні відповіді, %", "Оцінка"),
    ("1", "Адресність та індивідуальний підхід", "93,2", "добре"),
    ("2", "Результативність", "86,4", "добре"),
    ("3", "Своєчасність", "81,8", "добре"),
    ("4", "Доступність та відкритість", "90,9", "добре"),
    ("5", "Зручність", "78,4", "задовільно"),
    ("6", "Повага до гідності отримувача", "97,7", "добре"),
    ("7", "Професійність", "92,0", "добре"),
    ("8", "Конфіденційність інформації", "100,0", "добре"),
    ("", "Загальна оцінка якості", "90,0", "добре"),
]
PARAS2 = [
    "Висновки. Загальна оцінка якості послуги догляду вдома у 2023 році – «добре». Найнижче отримувачі оцінили зручність: 19 осіб зазначили, що час візиту не збігається з їхнім розпорядком дня.",
    "Рекомендації: 1) до 01.06.2024 переглянути графіки відвідування у 6 старостинських округах; 2) забезпечити навчання 4 соціальних робітників у 2024 році; 3) повторно провести опитування у грудні 2024 року.",
    "Звіт розглянуто на нараді Центру 05.02.2024, протокол № 2.",
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for h in HEAD:
        p = d.add_paragraph(h)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in TITLE.split("\n"):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(line).bold = True
    for t in PARAS1:
        d.add_paragraph(t)
    tab = d.add_table(rows=len(ROWS), cols=4)
    tab.style = "Table Grid"
    for i, row in enumerate(ROWS):
        for j, c in enumerate(row):
            tab.cell(i, j).text = c
    for t in PARAS2:
        d.add_paragraph(t)
    fix_docx_props(d, author="ЦНСП")
    d.save(path)
    freeze_zip(path, when=(2024, 2, 6, 9, 0, 0))


CRIT = {"Адресність та індивідуальний підхід": "targeting", "Результативність": "effectiveness",
        "Своєчасність": "timeliness", "Доступність та відкритість": "accessibility",
        "Зручність": "convenience", "Повага до гідності отримувача": "dignity",
        "Професійність": "professionalism", "Конфіденційність інформації": "confidentiality",
        "Загальна оцінка якості": "overall"}
RATING = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Середино-Будської міської ради",
        "centre_type": "cnsp", "settlement": "Середина-Буда", "oblast": "Сумська",
        "report_kind": "internal_assessment",
        "period_start": "2023-01-01", "period_end": "2023-12-31"})
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    hc = f("served", "persons", 163, "Протягом 2023 року послугу догляду вдома отримували 163 особи",
           service="home_care")
    hs = f("services_provided", "services", 24716, "яким надано 24 716 послуг", service="home_care")
    new = f("served", "persons", 22, "На обслуговування ми взяли 22 особи", service="home_care",
            alt=["registered_new", "support_started"], label="взято на обслуговування", parent=hc)
    der = f("deregistered", "persons", 17, "зняли з обслуговування 17 осіб", service="home_care")
    con = f("served", "persons", 402, "наші фахівці надали консультування 402 особам", service="counselling")
    sup = f("served", "families", 29, "здійснювали соціальний супровід 29 сімей", service="social_support_sjo",
            alt=["support_ongoing"])
    ch = f("served", "children", 71, "у яких виховується 71 дитина", service="social_support_sjo",
           alt=["support_ongoing"], parent=sup)
    sw = f("staff_actual", "staff", 19, "Послугу надають 19 соціальних робітників", label="соціальні робітники")
    pos = f("staff_positions", "positions", 21, "при 21 штатній посаді", label="соціальні робітники")
    cpl = f("complaints", "complaints", 1, "Протягом 2023 року надійшла 1 скарга")
    resp = f("survey_respondents", "persons", 88, "Для оцінки ми опитали 88 отримувачів послуги (54,0 % від загальної кількості)",
             percent=54.0, unit_alt="recipients")
    ids = {}
    for num, crit, pct, rat in ROWS[1:]:
        row = "\t".join([num, crit, pct, rat])
        c = CRIT[crit]
        val = float(pct.replace(",", "."))
        val = int(val) if val.is_integer() else val
        ids[c] = (f("share", "percent", val, row, criterion=c, alt=["satisfaction"],
                    label="частка позитивних відповідей"),
                  f("rating", "rating", RATING[rat], row, criterion=c))
    ov2 = f("rating", "rating", "good", "Загальна оцінка якості послуги догляду вдома у 2023 році – «добре».",
            criterion="overall", note="the overall rating of the table row, written again in the conclusions: two facts")

    tim_s, tim_r = ids["timeliness"]
    bands = "[(85, 100, 'good'), (60, 84.99, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"
    g.slip("rating_band", "error", "3\tСвоєчасність\t81,8\tдобре", "good (81,8 %)", "satisfactory (60–84 %)",
           [tim_s, tim_r],
           "the document's own bands give «добре» from 85 %; Своєчасність has 81,8 % and is rated «добре» (should be «задовільно»)",
           f"band(f{n(tim_s)}, {bands}) == f{n(tim_r)}")
    okc = [c for c in CRIT.values() if c != "timeliness"]
    expr = " and ".join(f"band(f{n(ids[c][0])}, {bands}) == f{n(ids[c][1])}" for c in okc)
    g.check("rating_band", "Оцінку за кожним критерієм ми виставляли за часткою позитивних відповідей",
            "every other row (and the overall 90,0 %) agrees with the bands: 93,2 / 86,4 / 90,9 / 97,7 / 92,0 / 100,0 / 90,0 → добре, 78,4 → задовільно",
            expr)
    shares = [ids[c][0] for c in CRIT.values() if c != "overall"]
    g.check("percent_impossible", "Для оцінки ми опитали 88 отримувачів послуги",
            "every criterion share is reachable with 88 respondents (82, 76, 72, 80, 69, 86, 81, 88 of 88)",
            " and ".join(f"grim_ok(f{n(s)}, f{n(resp)}, 1)" for s in shares))
    g.check("percent_mismatch", "Для оцінки ми опитали 88 отримувачів послуги (54,0 % від загальної кількості)",
            "88 / 163 = 53,99 % → 54,0", f"pct_ok(p{n(resp)}, f{n(resp)}, f{n(hc)}, 1)")
    g.check("table_arithmetic", "\tЗагальна оцінка якості\t90,0\tдобре",
            "the overall share is the mean of the eight criteria: 720,4 / 8 = 90,05 → 90,0 (half-even) or 90,1 (half-up); 90,0 is within rounding",
            f"abs(sum([{', '.join('f' + n(s) for s in shares)}]) / 8 - f{n(ids['overall'][0])}) <= 0.05 + 1e-9")
    g.check("percent_mismatch", "19 осіб зазначили, що час візиту не збігається з їхнім розпорядком дня",
            "19 negative answers on Зручність leave 88 − 19 = 69 positive: 69 / 88 = 78,41 % → 78,4 as in the table",
            f"pct_ok(f{n(ids['convenience'][0])}, f{n(resp)} - 19, f{n(resp)}, 1)")
    g.check("internal_conflict", "Загальна оцінка якості послуги догляду вдома у 2023 році – «добре».",
            "the overall rating in the conclusions equals the table's", f"f{n(ov2)} == f{n(ids['overall'][1])}")
    g.check("parts_sum", "На обслуговування ми взяли 22 особи", "22 taken ≤ 163 served; 19 social workers ≤ 21 positions",
            f"f{n(new)} <= f{n(hc)} and f{n(sw)} <= f{n(pos)}")

    g.skip("41000, Сумська обл., Шосткинський р-н, м. Середина-Буда, вул. Троїцька, 8; тел. (05451) 0-74-92",
           [41000, 8, 5451, 7492], "postcode, address, phone")
    g.skip("за 2023 рік", [2023], "year of the title")
    g.skip("На виконання наказу Центру від 09.01.2024 № 3-од", [9, 1, 2024, 3], "order date and number")
    g.skip("Робоча група у складі 5 осіб працювала з 15 по 31 січня 2024 року.", [5, 15, 31, 2024],
           "working group size and assessment dates")
    g.skip("Середній вік отримувачів становить 79 років, найстаршій отримувачці – 96 років.", [79, 96], "ages")
    g.skip("ці послуги оцінюватимуться окремо у II кварталі 2024 року", [2, 2024], "plan")
    g.skip("проаналізували 40 особових справ і провели 12 спостережень під час візитів", [40, 12],
           "case files and observations (no §3 id)")
    g.skip("«добре» – 85–100 %, «задовільно» – 60–84 %, «незадовільно» – менше 60 %", [85, 100, 60, 84, 60],
           "rating bands")
    g.skip("Таблиця 2. Результати оцінки за критеріями", [2], "table number")
    g.skip("№\tКритерій", [1, 2, 3, 4, 5, 6, 7, 8], "row numbers")
    g.skip("Найнижче отримувачі оцінили зручність: 19 осіб зазначили, що час візиту не збігається з їхнім розпорядком дня.",
           [19], "count of one kind of answer (no §3 id); not staff although 19 is also the social workers' count")
    g.skip("Рекомендації: 1) до 01.06.2024 переглянути графіки відвідування у 6 старостинських округах; 2) забезпечити навчання 4 соціальних робітників у 2024 році; 3) повторно провести опитування у грудні 2024 року.",
           [1, 1, 6, 2024, 6, 2, 4, 2024, 3, 2024], "recommendations: numbering, deadline, districts, plan")
    g.skip("Звіт розглянуто на нараді Центру 05.02.2024, протокол № 2.", [5, 2, 2024, 2], "meeting date, minutes number")
    g.note("each table row gives two facts: the share (share with criterion, alt satisfaction) and the rating; both quote the row as the reader prints it (tab-separated)")
    g.note("the overall rating is written in the table and again in the conclusions: two facts")
    g.note("the survey 88 carries percent 54,0 (its share of the 163 recipients)")
    g.note("counselling 402 and social support 29 (71 children) are 2023 figures of the same centre, outside the assessed service: still facts of the report period")
    g.note("band upper limits are read as 84,99 / 59,99 so that one-decimal shares between 84 and 85 fall in «задовільно»")
    g.write()


if __name__ == "__main__":
    main()
