"""b24_03: КУ «ЦНСП» Вараської міської ради (Рівненська), internal quality assessment of home care in 2023. reportlab PDF."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib import colors
from common import Gold, report_path, register_fonts

DOC = "b24_03_varash_cnsp_internal2023.pdf"

TITLE = ("ЗВІТ про результати внутрішньої оцінки якості соціальної послуги догляду вдома, наданої "
         "Комунальною установою «Центр надання соціальних послуг» Вараської міської ради у 2023 році")
P1 = [
    "34400, Рівненська обл., м. Вараш, мкр. Будівельників, 21; тел. (03636) 0-40-12; cnsp.varash@example.ua",
    "Відповідно до постанови Кабінету Міністрів України від 01.06.2020 № 449 «Про затвердження Порядку проведення моніторингу надання та оцінки якості соціальних послуг» та наказу директора Центру від 05.01.2024 № 3-ОД робоча група у складі 5 осіб у період з 15 по 26 січня 2024 року провела внутрішню оцінку якості соціальної послуги догляду вдома.",
    "<b>1. Загальні відомості</b>",
    "У 2023 році Центр надав соціальні послуги 1 134 особам, у тому числі: догляд вдома – 187 особам, денний догляд – 46, соціальна адаптація – 52, консультування – 612, натуральна допомога – 237.",
    "Станом на 31.12.2023 послугу догляду вдома отримують 164 особи, з них 112 – жінки, 23 – особи з інвалідністю I групи. Середній вік отримувачів – 78 років.",
    "Послугу надають 29 соціальних робітників; 26 з них (89,7 %) мають стаж роботи понад 3 роки. Протягом 2023 року підвищили кваліфікацію 17 працівників Центру.",
    "<b>2. Методи оцінювання</b>",
    "Використано анкетування отримувачів, вивчення 48 особових справ та спостереження (12 візитів за місцем проживання). В анкетуванні взяли участь 48 отримувачів послуги з 164 (29,3 %).",
    "Рівень якості за кожним критерієм визначено за часткою позитивних відповідей: 80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно».",
    "<b>3. Результати оцінювання</b>",
    "Таблиця 1. Результати оцінювання за критеріями",
]
ROWS = [
    ("Адресність та індивідуальний підхід", "93,8", "добре", "targeting", 93.8, "good"),
    ("Результативність", "87,5", "добре", "effectiveness", 87.5, "good"),
    ("Своєчасність", "72,5", "задовільно", "timeliness", 72.5, "satisfactory"),
    ("Доступність та відкритість", "91,7", "добре", "accessibility", 91.7, "good"),
    ("Зручність", "83,3", "добре", "convenience", 83.3, "good"),
    ("Повага до гідності отримувача", "100,0", "добре", "dignity", 100, "good"),
    ("Професійність", "95,8", "добре", "professionalism", 95.8, "good"),
    ("Незалежність отримувача", "89,6", "добре", "independence", 89.6, "good"),
    ("Захист та безпека", "97,9", "добре", "safety", 97.9, "good"),
    ("Конфіденційність інформації", "100,0", "добре", "confidentiality", 100, "good"),
]
P2 = [
    "Загальний рівень задоволеності отримувачів якістю послуги догляду вдома становить 91,7 %. Протягом 2023 року надійшла 1 скарга (щодо графіка відвідувань), її розглянуто, вжито заходів.",
    "<b>4. Висновки та рекомендації</b>",
    "За результатами внутрішньої оцінки якість соціальної послуги догляду вдома визнано на рівні «добре». Найнижчий показник – своєчасність: отримувачі двох старостинських округів відзначають запізнення соціальних робітників.",
    "Рекомендовано: 1) переглянути графіки відвідувань у старостинських округах, де навантаження перевищує 10 отримувачів на одного соціального робітника, – до 01.03.2024; 2) провести навчання з тайм-менеджменту для соціальних робітників у II кварталі 2024 року.",
    "Голова робочої групи (підпис)",
]


def footer(c, d):
    c.saveState()
    c.setFont("LSans", 8)
    c.drawString(20 * mm, 10 * mm, f"КУ «ЦНСП» Вараської міської ради – внутрішня оцінка якості, с. {d.page}")
    c.restoreState()


def build():
    register_fonts()
    st = ParagraphStyle("n", fontName="LSerif", fontSize=11, leading=14, alignment=TA_JUSTIFY, spaceAfter=5)
    sth = ParagraphStyle("t", fontName="LSerif-B", fontSize=12, leading=15, alignment=TA_CENTER, spaceAfter=8)
    doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, invariant=1, leftMargin=20 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm, title="Внутрішня оцінка якості", author="КУ ЦНСП")
    story = [Paragraph(TITLE, sth)]
    story += [Paragraph(x.replace("<b>", "<font name='LSerif-B'>").replace("</b>", "</font>"), st) for x in P1]
    data = [["Критерій", "Частка позитивних відповідей, %", "Оцінка"]]
    data += [[r[0], r[1], r[2]] for r in ROWS]
    data += [["Загальна оцінка", "–", "добре"]]
    t = Table(data, colWidths=[80 * mm, 55 * mm, 35 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "LSerif"), ("FONTNAME", (0, 0), (-1, 0), "LSerif-B"),
                           ("FONTSIZE", (0, 0), (-1, -1), 10), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("ALIGN", (1, 1), (-1, -1), "CENTER")]))
    story += [t, Spacer(1, 6)]
    story += [Paragraph(x.replace("<b>", "<font name='LSerif-B'>").replace("</b>", "</font>"), st) for x in P2]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Вараської міської ради",
        "centre_type": "cnsp", "settlement": "Вараш", "oblast": "Рівненська",
        "report_kind": "internal_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Вараської міської ради",
                    "КУ «Центр надання соціальних послуг» Вараської міської ради"]})
    f = g.f
    tq = "Центр надав соціальні послуги 1 134 особам"
    t = f("served", "persons", 1134, tq)
    gr = "served_1134_by_service"
    s1 = f("served", "persons", 187, "догляд вдома – 187 особам", service="home_care", group=gr, parent=t)
    s2 = f("served", "persons", 46, "денний догляд – 46", service="day_care", group=gr, parent=t)
    s3 = f("served", "persons", 52, "соціальна адаптація – 52", service="social_adaptation", group=gr, parent=t)
    s4 = f("served", "persons", 612, "консультування – 612", service="counselling", group=gr, parent=t)
    s5 = f("served", "persons", 237, "натуральна допомога – 237", service="natural_aid", group=gr, parent=t)
    on = f("support_ongoing", "persons", 164, "послугу догляду вдома отримують 164 особи", service="home_care", alt=["served"],
           note="stock at 31.12.2023")
    o1 = f("support_ongoing", "persons", 112, "з них 112 – жінки", service="home_care", category="жінки", alt=["served"], parent=on)
    o2 = f("support_ongoing", "persons", 23, "23 – особи з інвалідністю I групи", service="home_care",
           category="особи з інвалідністю I групи", alt=["served"], parent=on)
    sw = f("staff_actual", "staff", 29, "Послугу надають 29 соціальних робітників", label="соціальні робітники")
    tr = f("staff_trained", "staff", 17, "підвищили кваліфікацію 17 працівників Центру")
    sr = f("survey_respondents", "recipients", 48, "В анкетуванні взяли участь 48 отримувачів послуги з 164 (29,3 %)", percent=29.3,
           unit_alt="persons")
    sh, rt = {}, {}
    for name, ps, rs, crit, pv, rv in ROWS:
        q = f"{name}\t{ps}\t{rs}"
        sh[crit] = f("share", "percent", pv, q, criterion=crit, label=name, alt=["satisfaction"])
        rt[crit] = f("rating", "rating", rv, q, criterion=crit)
    ov1 = f("rating", "rating", "good", "Загальна оцінка\t–\tдобре", criterion="overall")
    sat = f("satisfaction", "percent", 91.7, "Загальний рівень задоволеності отримувачів якістю послуги догляду вдома становить 91,7 %")
    co = f("complaints", "complaints", 1, "надійшла 1 скарга")
    ov2 = f("rating", "rating", "good", "якість соціальної послуги догляду вдома визнано на рівні «добре»", criterion="overall",
            label="повторна згадка загальної оцінки")

    tm = sh["timeliness"]
    g.slip("percent_impossible", "error", "Своєчасність\t72,5\tзадовільно", 72.5, "70,8 (34 of 48) or 72,9 (35 of 48)", [tm, sr],
           "with 48 respondents the positive share can only be k/48: 34/48 = 70,8 %, 35/48 = 72,9 %; no whole count gives 72,5 %",
           f"grim_ok({tm}, {sr}, 1)")
    g.check("parts_sum", tq + ", у тому числі", "187 + 46 + 52 + 612 + 237 = 1134", f"{s1} + {s2} + {s3} + {s4} + {s5} == {t}")
    g.check("parts_sum", "з них 112 – жінки, 23 – особи з інвалідністю I групи", "112 ≤ 164, 23 ≤ 164 (overlapping); 164 at year end ≤ 187 in the year",
            f"{o1} <= {on} and {o2} <= {on} and {on} <= {s1}")
    g.check("percent_mismatch", "В анкетуванні взяли участь 48 отримувачів послуги з 164 (29,3 %)", "48/164 = 29,27 → 29,3",
            f"pct_ok(p{sr[1:]}, {sr}, 164, 1)")
    g.check("percent_mismatch", "26 з них (89,7 %)", "26/29 = 89,66 → 89,7", f"pct_ok(89.7, 26, {sw}, 1)")
    others = [sh[c] for c in sh if c != "timeliness"]
    g.check("percent_impossible", "Таблиця 1. Результати оцінювання за критеріями",
            "the other nine shares are reachable with 48 respondents (45, 42, 44, 40, 48, 46, 43, 47, 48 of 48), and so is 91,7 % (44 of 48)",
            "all([" + ", ".join(f"grim_ok({x}, {sr}, 1)" for x in others) + f"]) and grim_ok({sat}, {sr}, 1)")
    bands = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    g.check("rating_band", "80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»",
            "every criterion's rating matches the document's bands",
            "all([" + ", ".join(f"band({sh[c]}, {bands}) == {rt[c]}" for c in sh) + "])")
    sk = g.skip
    sk("34400, Рівненська обл., м. Вараш, мкр. Будівельників, 21; тел. (03636) 0-40-12", [34400, 21, 3636, 4012], "postcode, address, phone")
    sk("від 01.06.2020 № 449", [1, 6, 2020, 449], "act date and number")
    sk("наказу директора Центру від 05.01.2024 № 3-ОД", [5, 1, 2024, 3], "order date and number")
    sk("робоча група у складі 5 осіб у період з 15 по 26 січня 2024 року", [5, 15, 26, 2024], "working-group size, assessment dates")
    sk("1. Загальні відомості", [1, 2, 3, 4], "section numbers 1.–4.")
    sk("У 2023 році Центр", [2023], "year (period)")
    sk("Станом на 31.12.2023", [31, 12, 2023], "date")
    sk("Середній вік отримувачів – 78 років.", [78], "age")
    sk("26 з них (89,7 %) мають стаж роботи понад 3 роки", [26, 89.7, 3], "staff with over 3 years' experience (no §3 id), duration; used as literals in a check")
    sk("Протягом 2023 року підвищили", [2023], "year")
    sk("вивчення 48 особових справ та спостереження (12 візитів за місцем проживання)", [48, 12], "case files studied and visits (no §3 id)")
    sk("з 164 (29,3 %)", [164], "repeat of the 164 recipients as the survey's base (its percent belongs to the 48 respondents)")
    sk("80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79.9, 60], "the document's rating bands")
    sk("Таблиця 1. Результати оцінювання за критеріями", [1], "table number")
    sk("Протягом 2023 року надійшла", [2023], "year")
    sk("Рекомендовано: 1) переглянути графіки відвідувань у старостинських округах, де навантаження перевищує 10 отримувачів на одного соціального робітника, – до 01.03.2024; 2) провести навчання",
       [1, 10, 1, 3, 2024, 2], "recommendation numbers, ratio threshold, deadline")
    sk("у II кварталі 2024 року", [2, 2024], "deadline (quarter, year)")
    sk("внутрішня оцінка якості, с. 1", [1, 2], "page footer")
    g.note("the criteria table: each row gives a share (share with criterion, alt satisfaction) and a rating; both quoted by the row as the reader prints it (cells tab-separated)")
    g.note("the overall rating is written twice (table row «Загальна оцінка» and the conclusions): two facts")
    g.note("«В анкетуванні взяли участь 48 отримувачів послуги з 164 (29,3 %)» → survey_respondents 48 with percent 29,3 (of the 164 recipients at year end); unit recipients (alt persons)")
    g.note("«станом на 31.12.2023 послугу догляду вдома отримують 164 особи» → support_ongoing (alt served); the women and the group-I disability category are overlapping parts")
    g.note("«29 соціальних робітників» → staff_actual with a label; no staff positions are written")
    g.note("«двох старостинських округів» (word numeral) is not a figure with a §3 id and is not annotated")
    g.write()


if __name__ == "__main__":
    build()
    gold()
