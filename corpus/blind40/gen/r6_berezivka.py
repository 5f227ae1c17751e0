"""b40_06: external quality assessment of social support (СЖО) provided in 2024 by the ЦСС of Березівська
міська рада (Одеська), written by a commission of the УСЗН. DOCX, third person, an outcomes table."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b40_06_berezivka_css_external2024.docx"

HEAD = ["ЗАТВЕРДЖУЮ", "Начальник управління соціального захисту населення Березівської міської ради",
        "24.03.2025"]
TITLE = ("ЗВІТ про результати зовнішньої оцінки якості соціальної послуги соціального супроводу сімей (осіб), "
         "які перебувають у складних життєвих обставинах, наданої Центром соціальних служб Березівської міської "
         "ради у 2024 році")
P1 = [
    "Зовнішню оцінку проведено з 03 по 21 березня 2025 року на підставі розпорядження міського голови від 24.02.2025 № 31-р комісією у складі 4 осіб відповідно до Порядку, затвердженого постановою Кабінету Міністрів України від 01.06.2020 № 449.",
    "Надавач послуги: Центр соціальних служб Березівської міської ради (67300, Одеська обл., м. Березівка, вул. Шевченка, 54; тел. (04856) 0-40-83).",
    "Комісією встановлено, що протягом 2024 року послугу соціального супроводу отримували 47 сімей, у яких виховується 103 дитини, а також 6 осіб. Оцінку потреб Центр провів 61 сім'ї, під супровід протягом року взято 29 сімей. Послугу надають 5 фахівців із соціальної роботи.",
    "Вивчено 30 особових справ (63,8 % від загальної кількості сімей) і проведено опитування 38 отримувачів послуги.",
    "Результати супроводу сімей наведено в таблиці.",
]
TCAP = "Таблиця. Результати соціального супроводу сімей у 2024 році"
THEAD = ["Результат", "Сімей", "У них дітей"]
TROWS = [
    ("Подолано складні життєві обставини", "21", "46"),
    ("Мінімізовано складні життєві обставини", "9", "19"),
    ("Без позитивного результату", "2", "5"),
    ("Послугу продовжено у 2025 році", "15", "33"),
    ("Усього", "47", "103"),
]
P2 = [
    "Отже, надання послуги завершено 32 сім'ям.",
    "Рівні якості визначено за такою шкалою: 80–100 % позитивних відповідей – «добре», 60–79,9 % – «задовільно», нижче 60 % – «незадовільно».",
    "За результатами опитування:",
    "адресність та індивідуальний підхід – 89,5 % позитивних відповідей, рівень «добре»;",
    "результативність – 82,4 %, рівень «добре»;",
    "своєчасність – 76,3 %, рівень «задовільно»;",
    "повага до гідності отримувача – 97,4 %, рівень «добре»;",
    "конфіденційність інформації – 100 %, рівень «добре».",
    "Скарг від отримувачів на дії працівників Центру не надходило.",
    "Висновок комісії: якість соціальної послуги соціального супроводу, наданої у 2024 році, відповідає рівню «добре». Рекомендовано до 30.06.2025 скоротити строк між оцінкою потреб і укладенням договору до 7 робочих днів.",
]
CRIT = [("адресність та індивідуальний підхід – 89,5 % позитивних відповідей, рівень «добре»", 89.5, "targeting", "good"),
        ("результативність – 82,4 %, рівень «добре»", 82.4, "effectiveness", "good"),
        ("своєчасність – 76,3 %, рівень «задовільно»", 76.3, "timeliness", "satisfactory"),
        ("повага до гідності отримувача – 97,4 %, рівень «добре»", 97.4, "dignity", "good"),
        ("конфіденційність інформації – 100 %, рівень «добре»", 100, "confidentiality", "good")]


def build():
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(13)
    for h in HEAD:
        p = d.add_paragraph(h)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    t = d.add_paragraph()
    t.add_run(TITLE).bold = True
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for p in P1:
        d.add_paragraph(p)
    d.add_paragraph(TCAP)
    tab = d.add_table(rows=1 + len(TROWS), cols=3)
    tab.style = "Table Grid"
    for i, h in enumerate(THEAD):
        tab.rows[0].cells[i].text = h
    for r, row in enumerate(TROWS, start=1):
        for c, v in enumerate(row):
            tab.rows[r].cells[c].text = v
    for p in P2:
        if p.endswith("«добре»;") or p.endswith("«задовільно»;") or p.startswith("конфіденційність"):
            d.add_paragraph(p, style="List Bullet")
        else:
            d.add_paragraph(p)
    d.add_paragraph("Члени комісії: (підписи)")
    fix_docx_props(d, "УСЗН Березівка")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Березівської міської ради",
        "centre_type": "css",
        "settlement": "Березівка",
        "oblast": "Одеська",
        "report_kind": "external_assessment",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    })
    f = g.f
    V = lambda i: "f" + i[1:]
    sv = f("served", "families", 47, "послугу соціального супроводу отримували 47 сімей", service="social_support_sjo",
           alt=["support_ongoing"])
    ch = f("served", "children", 103, "у яких виховується 103 дитини", service="social_support_sjo",
           alt=["support_ongoing"], parent=sv)
    f("served", "persons", 6, "а також 6 осіб", service="social_support_sjo", alt=["support_ongoing"])
    f("needs_assessed", "families", 61, "Оцінку потреб Центр провів 61 сім'ї")
    st = f("support_started", "families", 29, "під супровід протягом року взято 29 сімей",
           service="social_support_sjo", parent=sv)
    f("staff_actual", "staff", 5, "Послугу надають 5 фахівців із соціальної роботи", label="фахівці із соціальної роботи")
    sr = f("survey_respondents", "persons", 38, "проведено опитування 38 отримувачів послуги")
    ind = [("outcome_positive", None), ("outcome_minimized", None), ("outcome_negative", None),
           ("support_ongoing", ["served"])]
    tq = lambda r: "\t".join(r)
    tf = f("served", "families", 47, tq(TROWS[-1]), service="social_support_sjo", alt=["support_ongoing"],
           label="Усього (таблиця)")
    tc = f("served", "children", 103, tq(TROWS[-1]), service="social_support_sjo", alt=["support_ongoing"],
           label="Усього (таблиця)", parent=tf)
    fam, kids = [], []
    for (indic, alt), row in zip(ind, TROWS[:-1]):
        a = f(indic, "families", int(row[1]), tq(row), service="social_support_sjo", alt=alt, label=row[0],
              group="table_families", parent=tf)
        b = f(indic, "children", int(row[2]), tq(row), service="social_support_sjo", alt=alt, label=row[0],
              group="table_children", parent=tc)
        fam.append(a); kids.append(b)
    comp = f("support_completed", "families", 32, "надання послуги завершено 32 сім'ям", service="social_support_sjo")
    bands = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    sh, rt = {}, {}
    for q, v, crit, rat in CRIT:
        sh[crit] = f("share", "percent", v, q.split(", рівень")[0], criterion=crit, alt=["satisfaction"],
                     label="частка позитивних відповідей")
        rt[crit] = f("rating", "rating", rat, q, criterion=crit)
    f("complaints", "complaints", 0, "Скарг від отримувачів на дії працівників Центру не надходило")
    ov = f("rating", "rating", "good", "якість соціальної послуги соціального супроводу, наданої у 2024 році, відповідає рівню «добре»",
           criterion="overall")

    e = sh["effectiveness"]
    g.slip("percent_impossible", "error", "результативність – 82,4 %", 82.4, "81.6 or 84.2",
           [e, sr],
           "with 38 respondents no whole number of positive answers gives 82,4 % (31/38 = 81,6; 32/38 = 84,2). "
           "82,4 % is 28/34: the share seems to have been computed on 34 questionnaires",
           f"grim_ok({V(e)}, {V(sr)}, 1)")
    others = [c for c in sh if c != "effectiveness"]
    g.check("percent_impossible", "проведено опитування 38 отримувачів послуги",
            "the other shares are reachable with 38: 34, 29, 37, 38 of 38",
            "all([" + ", ".join(f"grim_ok({V(sh[c])}, {V(sr)}, 1)" for c in others) + "])")
    g.check("rating_band", "Рівні якості визначено за такою шкалою",
            "every rating matches the document's bands (76,3 → задовільно, the rest → добре)",
            "all([" + ", ".join(f"band({V(sh[c])}, {bands}) == {V(rt[c])}" for c in sh) + "])")
    g.check("table_arithmetic", tq(TROWS[-1]), "families 21 + 9 + 2 + 15 = 47",
            " + ".join(V(i) for i in fam) + f" == {V(tf)}")
    g.check("table_arithmetic", tq(TROWS[-1]), "children 46 + 19 + 5 + 33 = 103",
            " + ".join(V(i) for i in kids) + f" == {V(tc)}")
    g.check("internal_conflict", "послугу соціального супроводу отримували 47 сімей",
            "prose 47 families / 103 children equal the table's Усього", f"{V(sv)} == {V(tf)} and {V(ch)} == {V(tc)}")
    g.check("parts_sum", "надання послуги завершено 32 сім'ям",
            "completed = overcome + minimized + no result: 21 + 9 + 2 = 32; 32 + 15 continued = 47",
            f"{V(fam[0])} + {V(fam[1])} + {V(fam[2])} == {V(comp)} and {V(comp)} + {V(fam[3])} == {V(sv)}")
    g.check("percent_mismatch", "Вивчено 30 особових справ (63,8 % від загальної кількості сімей)",
            "30 / 47 = 63,83 % → 63,8 (30 case files skipped, used as a literal)", f"pct_ok(63.8, 30, {V(sv)}, 1)")
    g.check("parts_sum", "під супровід протягом року взято 29 сімей", "29 taken ≤ 47 served", f"{V(st)} <= {V(sv)}")

    g.skip("ЗАТВЕРДЖУЮ", [], "approval stamp")
    g.skip("24.03.2025", [24, 3, 2025], "approval date")
    g.skip("з 03 по 21 березня 2025 року", [3, 21, 2025], "assessment dates")
    g.skip("розпорядження міського голови від 24.02.2025 № 31-р", [24, 2, 2025, 31], "order date and number")
    g.skip("комісією у складі 4 осіб", [4], "commission size")
    g.skip("постановою Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449], "act date and number")
    g.skip("67300, Одеська обл., м. Березівка, вул. Шевченка, 54; тел. (04856) 0-40-83", [67300, 54, 4856, 4083],
           "postcode, address, phone")
    g.skip("Вивчено 30 особових справ (63,8 % від загальної кількості сімей)", [30, 63.8],
           "case files studied and their share (method, no §3 id)")
    g.skip("Послугу продовжено у 2025 році", [2025], "year in a row label")
    g.skip("80–100 % позитивних відповідей – «добре», 60–79,9 % – «задовільно», нижче 60 % – «незадовільно»",
           [80, 100, 60, 79.9, 60], "rating bands")
    g.skip("Рекомендовано до 30.06.2025 скоротити строк між оцінкою потреб і укладенням договору до 7 робочих днів",
           [30, 6, 2025, 7], "deadline, duration")

    g.note("centre is the assessed provider (the ЦСС), not the УСЗН commission that wrote the report")
    g.note("outcomes table: every cell is a fact quoted by its row, hanging on the Усього cell of the same column; "
           "«Послугу продовжено у 2025 році» in a 2024 report → support_ongoing (alt served)")
    g.note("the prose «47 сімей … 103 дитини» and the table's Усього are two facts each")
    g.note("«а також 6 осіб» → served persons, not a part of the 47 families")
    g.note("criteria in a bulleted list: share (criterion, alt satisfaction) + rating per line; the conclusion's "
           "«відповідає рівню «добре»» → rating overall")
    g.write()


if __name__ == "__main__":
    build()
    gold()
