"""b106_05: відділ соціального захисту населення Роганської селищної ради (Харківська),
analytic note on Q3 2024. DOCX, impersonal voice, a bulleted list and a small table."""
from docx import Document
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b106_05_rohan_uszn_q3_2024.docx"

HEAD = ["РОГАНСЬКА СЕЛИЩНА РАДА", "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ",
        "62370, Харківська обл., Харківський р-н, селище Рогань, вул. Шкільна, 1; тел. (057) 0-48-16-20; szn.rohan@example.ua",
        "АНАЛІТИЧНА ЗАПИСКА",
        "щодо роботи відділу соціального захисту населення Роганської селищної ради у III кварталі 2024 року"]
P1 = [
    "Відділ утворено рішенням селищної ради від 26.01.2021 № 98-VIII. У громаді, за даними ЄІССС, станом на 01.10.2024 обліковано 6 214 внутрішньо переміщених осіб, що майже на третину більше, ніж на початок року.",
    "Протягом липня – вересня 2024 року до відділу звернулося 1 318 осіб, з них внутрішньо переміщених осіб – 597 (45,3 %). Прийнято 1 642 заяви, у тому числі щодо:",
]
BUL = ["призначення житлових субсидій та пільг – 412;",
       "допомоги на проживання внутрішньо переміщеним особам – 736;",
       "отримання соціальних послуг – 118;",
       "інших питань – 376."]
P2 = [
    "Житлову субсидію призначено 356 домогосподарствам, довідки про взяття на облік ВПО видано 214 особам.",
    "Визначення потреб у соціальних послугах. Фахівці відділу провели оцінку потреб 96 осіб. За направленнями відділу соціальні послуги в КУ «Центр надання соціальних послуг» отримали 211 осіб, з них:",
]
TABLE = [["Соціальна послуга", "Отримали, осіб", "Надано послуг"],
         ["Догляд вдома", "64", "2 916"],
         ["Натуральна допомога", "102", "341"],
         ["Консультування", "45", "118"],
         ["Разом", "211", "3 375"]]
P3 = [
    "Одноразову матеріальну допомогу з бюджету громади виплачено 38 особам на загальну суму 152,0 тис. грн (середній розмір – 4,0 тис. грн).",
    "На Програму соціального захисту населення на 2024 рік затверджено 2 460,0 тис. грн, з початку року використано 1 715,3 тис. грн, у тому числі у III кварталі – 602,8 тис. грн.",
    "Проведено 6 виїзних прийомів у старостинських округах, на яких проконсультовано 143 особи. На «гарячу лінію» відділу надійшло 183 дзвінки.",
    "Звернення зі скаргами. У кварталі надійшло 4 скарги, що стосувалися затримки виплат допомоги на проживання ВПО; усі розглянуто в установлений строк (до 30 днів).",
    "Кадрове забезпечення. Штатна чисельність відділу – 12 посад, фактично працює 10 працівників, 2 посади вакантні.",
    "Висновки. Навантаження на відділ у III кварталі залишається високим: 1 642 заяви проти 1 401 у II кварталі. Надійшло три скарги, усі вирішено на користь заявників. Пропонується збільшити штат на 2 посади з 2025 року.",
    "Начальник відділу                                   (підпис)",
    "07.10.2024",
]


def build():
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)
    for h in HEAD:
        doc.add_paragraph(h)
    for p in P1:
        doc.add_paragraph(p)
    for b in BUL:
        doc.add_paragraph(b, style="List Bullet")
    for p in P2:
        doc.add_paragraph(p)
    t = doc.add_table(rows=len(TABLE), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    for p in P3:
        doc.add_paragraph(p)
    fix_docx_props(doc, "ВСЗН Рогань")
    path = report_path(DOC)
    doc.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Відділ соціального захисту населення Роганської селищної ради",
        "centre_type": "uszn", "settlement": "Рогань", "oblast": "Харківська",
        "report_kind": "period_report", "period_start": "2024-07-01", "period_end": "2024-09-30"},
        {"report_kind": ["other"]})
    f = g.f
    ap = f("applied", "persons", 1318, "до відділу звернулося 1 318 осіб")
    vpo = f("applied", "persons", 597, "з них внутрішньо переміщених осіб – 597 (45,3 %)", percent=45.3,
            category="внутрішньо переміщені особи", parent=ap)
    apl = f("applied", "applications", 1642, "Прийнято 1 642 заяви")
    parts = []
    for lab, q, v in [("житлові субсидії та пільги", "призначення житлових субсидій та пільг – 412", 412),
                      ("допомога на проживання ВПО", "допомоги на проживання внутрішньо переміщеним особам – 736", 736),
                      ("соціальні послуги", "отримання соціальних послуг – 118", 118),
                      ("інші питання", "інших питань – 376", 376)]:
        parts.append(f("applied", "applications", v, q, label=lab, parent=apl, group="applications_1642_by_topic"))
    apl2 = f("applied", "applications", 1642, "1 642 заяви проти 1 401 у II кварталі", label="повтор у висновках",
             note="the same figure written again in the conclusions: a second fact")
    f("needs_assessed", "persons", 96, "провели оцінку потреб 96 осіб")
    sv = f("served", "persons", 211, "отримали 211 осіб", label="за направленнями відділу, у КУ «ЦНСП»")
    tq = {"home_care": "Догляд вдома\t64\t2 916", "natural_aid": "Натуральна допомога\t102\t341",
          "counselling": "Консультування\t45\t118"}
    tot_q = "Разом\t211\t3 375"
    ts = f("served", "persons", 211, tot_q, label="Разом (таблиця)")
    tp = f("services_provided", "services", 3375, tot_q, label="Разом (таблиця)")
    rs, ps = [], []
    for svc, v, n in [("home_care", 64, 2916), ("natural_aid", 102, 341), ("counselling", 45, 118)]:
        rs.append(f("served", "persons", v, tq[svc], service=svc, parent=ts, group="served_211_by_service"))
        ps.append(f("services_provided", "services", n, tq[svc], service=svc, parent=tp, group="services_3375_by_service"))
    aid = f("aid_value", "uah", 152000, "на загальну суму 152,0 тис. грн", label="одноразова матеріальна допомога")
    appr = f("budget_approved", "uah", 2460000, "На Програму соціального захисту населення на 2024 рік затверджено 2 460,0 тис. грн",
             label="Програма соціального захисту населення на 2024 рік (річний обсяг)")
    q3 = f("budget_spent", "uah", 602800, "у тому числі у III кварталі – 602,8 тис. грн",
           label="Програма соціального захисту населення, III квартал")
    ev = f("events", "events", 6, "Проведено 6 виїзних прийомів у старостинських округах")
    f("event_participants", "persons", 143, "проконсультовано 143 особи", parent=ev, alt=["served"])
    f("calls", "calls", 183, "надійшло 183 дзвінки")
    c1 = f("complaints", "complaints", 4, "У кварталі надійшло 4 скарги")
    c2 = f("complaints", "complaints", 3, "Надійшло три скарги", label="у висновках", note="number in words; conflicts with «4 скарги»")
    pos = f("staff_positions", "positions", 12, "Штатна чисельність відділу – 12 посад")
    act = f("staff_actual", "staff", 10, "фактично працює 10 працівників")

    g.check("percent_mismatch", "з них внутрішньо переміщених осіб – 597 (45,3 %)", "597/1 318 = 45,30 % → 45,3",
            f"pct_ok(p{vpo[1:]}, {vpo}, {ap}, 1)")
    g.check("parts_sum", "Прийнято 1 642 заяви, у тому числі щодо:", "412 + 736 + 118 + 376 = 1 642",
            " + ".join(parts) + f" == {apl}")
    g.check("internal_conflict", "1 642 заяви проти 1 401 у II кварталі", "the conclusions repeat 1 642", f"{apl2} == {apl}")
    g.check("table_arithmetic", tot_q, "64 + 102 + 45 = 211; 2 916 + 341 + 118 = 3 375",
            " + ".join(rs) + f" == {ts} and " + " + ".join(ps) + f" == {tp}")
    g.check("internal_conflict", "отримали 211 осіб, з них:", "prose 211 = table Разом 211", f"{sv} == {ts}")
    g.check("parts_sum", "у тому числі у III кварталі – 602,8 тис. грн", "602,8 ≤ 1 715,3 used since January ≤ 2 460,0 approved",
            f"{q3} <= 1715300 <= {appr}")
    g.check("table_arithmetic", "виплачено 38 особам на загальну суму 152,0 тис. грн (середній розмір – 4,0 тис. грн)",
            "152,0 / 38 = 4,0 тис. грн", f"near({aid} / 38, 4000)")
    g.check("parts_sum", "фактично працює 10 працівників, 2 посади вакантні", "10 + 2 vacancies = 12", f"{act} + 2 == {pos}")
    g.slip("internal_conflict", "error", "Надійшло три скарги", 3, 4, [c1, c2],
           "the complaints section says 4 complaints in the quarter, the conclusions say «три скарги» for the same quarter",
           f"{c1} == {c2}")

    g.skip("62370, Харківська обл., Харківський р-н, селище Рогань, вул. Шкільна, 1; тел. (057) 0-48-16-20", [62370, 1, 57, 481620], "postcode, address, phone")
    g.skip("у III кварталі 2024 року", [3, 2024], "period in the title")
    g.skip("від 26.01.2021 № 98-VIII", [26, 1, 2021, 98], "decision date and number")
    g.skip("станом на 01.10.2024 обліковано 6 214 внутрішньо переміщених осіб", [1, 10, 2024, 6214], "date; IDP population of the hromada")
    g.skip("Протягом липня – вересня 2024 року", [2024], "year")
    g.skip("Житлову субсидію призначено 356 домогосподарствам, довідки про взяття на облік ВПО видано 214 особам.", [356, 214], "subsidies and IDP certificates: no §3 id")
    g.skip("виплачено 38 особам", [38], "recipients of a cash benefit (not a social service): no §3 id; used as a literal in a check")
    g.skip("(середній розмір – 4,0 тис. грн)", [4.0], "average amount (тис. грн)")
    g.skip("на 2024 рік", [2024], "year")
    g.skip("з початку року використано 1 715,3 тис. грн", [1715300], "cumulative spending January–September (not the report period); used as a literal in a check")
    g.skip("(до 30 днів)", [30], "duration")
    g.skip("2 посади вакантні", [2], "vacancies")
    g.skip("проти 1 401 у II кварталі", [1401, 2], "previous quarter's figure")
    g.skip("Пропонується збільшити штат на 2 посади з 2025 року.", [2, 2025], "proposal")
    g.skip("07.10.2024", [7, 10, 2024], "date of the note")
    g.note("a відділ соціального захисту населення of a hromada → centre_type uszn (provider_types lists «відділ соціального захисту» under uszn); report_kind period_report (analytic note on a quarter), other accepted")
    g.note("the date 07.10.2024 under the signature is the date of the note, not a publication date: no `published` in meta")
    g.note("two appeals counts: 1 318 persons and 1 642 applications, different units; 597 IDPs with percent 45,3 of 1 318")
    g.note("the social-services table lists people the department referred to the ЦНСП; served/services_provided by service with groups; the prose 211 is a second fact")
    g.note("«проконсультовано 143 особи» on outreach receptions → event_participants (alt served)")
    g.note("the programme's annual approval (2 460,0) is budget_approved with a label; the Q3 spending 602,8 is the period's budget_spent; the January–September 1 715,3 is skipped as a cumulative figure")
    g.note("the one-off cash benefit: aid_value 152 000; its 38 recipients skipped (a benefit, not a social service)")
    g.note("complaints: 4 in the section, «три» in the conclusions → two facts and an internal_conflict slip")
    g.write()


if __name__ == "__main__":
    build()
    gold()
