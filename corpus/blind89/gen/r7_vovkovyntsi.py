"""b89_07: ТЦСО (надання соціальних послуг) Вовковинецької селищної ради (Хмельницька), annual report
2024 as a DRAFT annex to a letter: reportlab PDF, diagonal «ПРОЄКТ» watermark drawn over every page,
running header «Додаток 2 до листа від … № …», «Сторінка N з 4», a struck-through figure left in,
a bracketed editor's note, a budget table by KEKV, and a stamp («ЄДРПОУ …») and a signature drawn
over the signature block. Third person («територіальний центр»)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle, PageBreak,
                                Spacer)
from common import Gold, report_path, read_text, register_dejavu

DOC = "b89_07_vovkovyntsi_tcso_draft_annual2024.pdf"
HEADER = "Додаток 2 до листа від 16.01.2025 № 03-14/41"
W, H = A4

PAGES = [
    [("r", "ПРОЄКТ"),
     ("t", "ЗВІТ"),
     ("t", "про роботу Територіального центру соціального обслуговування (надання соціальних послуг) "
           "Вовковинецької селищної ради за 2024 рік"),
     ("p", "Територіальний центр обслуговує 19 населених пунктів у 6 старостинських округах громади; "
           "чисельність населення громади – 12,3 тис. осіб."),
     ("b", "1. Звернення та охоплення послугами"),
     ("p", "У 2024 році до територіального центру звернулися 486 осіб. Соціальні послуги надано 402 особам, "
           "решті 84 особам надано консультації з переадресуванням до інших надавачів."),
     ("p", "Відділення соціальної допомоги вдома обслуговувало 163 особи (з них 12 – на платній основі), "
           "відділення денного перебування – <strike>61</strike> 58 осіб, відділення організації надання "
           "адресної натуральної та грошової допомоги – 181 особу. Загалом надано 21 736 соціальних послуг "
           "<i>[дані за грудень уточнити – О.]</i>."),
     ("p", "Натуральну допомогу видано у вигляді 412 продуктових наборів, 96 комплектів постільної білизни "
           "та 37 одиниць технічних засобів реабілітації (у тимчасове користування) на загальну суму "
           "318,9 тис. грн."),
     ("p", "Послугою «соціальне таксі» скористалися 29 осіб, здійснено 74 поїздки; тариф – 12 грн за 1 км.")],
    [("b", "2. Оцінка якості послуг"),
     ("p", "У листопаді 2024 року проведено анкетування 46 отримувачів послуги догляду вдома: повністю "
           "задоволені якістю послуги – 89,0 %, частково задоволені – 8,7 %, не задоволені – 2,2 %."),
     ("p", "Протягом року надійшло 2 скарги, обидві розглянуто у встановлений строк, одну визнано "
           "обґрунтованою."),
     ("b", "3. Кадрове забезпечення"),
     ("p", "Штатна чисельність – 31 посада, фактично працює 28 осіб, у тому числі 19 соціальних робітників. "
           "Підвищення кваліфікації пройшли 11 працівників (з них 4 – на базі обласного центру "
           "підвищення кваліфікації у Хмельницькому)."),
     ("n", "Примітка: середній вік отримувачів послуги догляду вдома – 79 років; найдовше послугу "
           "отримує жителька с. Шрубків – понад 9 років.")],
    [("b", "4. Фінансування"),
     ("p", "Кошторисом на 2024 рік по загальному фонду затверджено 7 412,6 тис. грн. Касові видатки "
           "склали 7 389,1 тис. грн, у тому числі за кодами економічної класифікації видатків:"),
     ("TABLE", None),
     ("p", "Залишок невикористаних асигнувань загального фонду – 23,5 тис. грн. До спеціального фонду "
           "надійшло 146,3 тис. грн плати за соціальні послуги.")],
    [("b", "5. Завдання на 2025 рік"),
     ("p", "Охопити соціальними послугами не менше 420 осіб, відкрити пункти прокату технічних засобів "
           "реабілітації у 2 старостинських округах, запровадити послугу паліативного догляду."),
     ("sp", ""),
     ("p", "Директор територіального центру"),
     ("sp", ""),
     ("s", "Виконавець: відділ організації надання адресної натуральної та грошової допомоги, "
           "тел. (03856) 0-31-44")],
]
TABLE = [
    ["КЕКВ", "Найменування", "Касові видатки, тис. грн"],
    ["2111", "Заробітна плата", "5 218,4"],
    ["2120", "Нарахування на оплату праці", "1 148,0"],
    ["2273", "Оплата електроенергії", "212,7"],
    ["", "Інші видатки", "810,0"],
    ["", "Разом", "7 389,1"],
]


def on_page(c, d):
    c.saveState()
    c.setFont("DVSerif-I", 9)
    c.drawRightString(W - 15 * mm, H - 12 * mm, HEADER)
    c.setFont("DVSerif", 8.5)
    c.drawCentredString(W / 2, 10 * mm, "Сторінка %d з 4" % d.page)
    c.restoreState()


def on_page_end(c, d):
    c.saveState()
    c.setFont("DV-B", 96)
    c.setFillColorRGB(0.78, 0.78, 0.78)
    c.translate(W / 2, H / 2)
    c.rotate(52)
    c.drawCentredString(0, -30, "ПРОЄКТ")
    c.restoreState()
    if d.page == 4:
        # signature scribble and a round stamp drawn over the signature block
        c.saveState()
        c.setStrokeColorRGB(0.1, 0.15, 0.6)
        c.setLineWidth(1.1)
        x0, y0 = 112 * mm, H - 66 * mm
        c.bezier(x0, y0, x0 + 10, y0 + 25, x0 + 22, y0 - 18, x0 + 35, y0 + 8)
        c.bezier(x0 + 35, y0 + 8, x0 + 45, y0 + 22, x0 + 52, y0 - 6, x0 + 70, y0 + 4)
        c.setFillColorRGB(0.15, 0.2, 0.65)
        cx, cy = 96 * mm, H - 80 * mm
        c.circle(cx, cy, 21 * mm, stroke=1, fill=0)
        c.circle(cx, cy, 14 * mm, stroke=1, fill=0)
        c.setFont("DV", 6.5)
        c.drawCentredString(cx, cy + 16.5 * mm, "ВОВКОВИНЕЦЬКА СЕЛИЩНА РАДА")
        c.drawCentredString(cx, cy + 3, "ТЕРИТОРІАЛЬНИЙ ЦЕНТР")
        c.drawCentredString(cx, cy - 6, "ЄДРПОУ 41905372")
        c.drawCentredString(cx, cy - 17.5 * mm, "Хмельницька область")
        c.restoreState()


def build(path):
    register_dejavu()
    st = {
        "r": ParagraphStyle("r", fontName="DVSerif-B", fontSize=11, alignment=2),
        "t": ParagraphStyle("t", fontName="DVSerif-B", fontSize=12.5, leading=16, alignment=1, spaceBefore=4),
        "b": ParagraphStyle("b", fontName="DVSerif-B", fontSize=12, leading=15, spaceBefore=10, spaceAfter=4),
        "p": ParagraphStyle("p", fontName="DVSerif", fontSize=12, leading=17, firstLineIndent=12 * mm,
                            alignment=4, spaceBefore=4),
        "n": ParagraphStyle("n", fontName="DVSerif-I", fontSize=10, leading=13, spaceBefore=12),
        "s": ParagraphStyle("s", fontName="DVSerif", fontSize=9.5, leading=12),
    }
    story = []
    for i, page in enumerate(PAGES):
        if i:
            story.append(PageBreak())
        for kind, t in page:
            if kind == "TABLE":
                tb = Table(TABLE, colWidths=[20 * mm, 72 * mm, 62 * mm])
                tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVSerif", 11),
                                        ("FONT", (0, 0), (-1, 0), "DVSerif-B", 10),
                                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                        ("ALIGN", (2, 1), (2, -1), "RIGHT")]))
                story += [Spacer(1, 6), tb, Spacer(1, 6)]
            elif kind == "sp":
                story.append(Spacer(1, 14 * mm))
            else:
                story.append(Paragraph(t, st[kind]))
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=22 * mm,
                          bottomMargin=20 * mm, invariant=1, title="Проєкт звіту ТЦСО 2024", author="ТЦСО")
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=on_page, onPageEnd=on_page_end)])
    doc.build(story)


def main():
    path = report_path(DOC)
    build(path)
    text = read_text(path)
    g = Gold(DOC, {"centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Вовковинецької селищної ради",
                   "centre_type": "tcso", "settlement": "Вовковинці", "oblast": "Хмельницька",
                   "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    ap = f("applied", "persons", 486, "до територіального центру звернулися 486 осіб")
    sv = f("served", "persons", 402, "Соціальні послуги надано 402 особам", parent=ap)
    cs = f("served", "persons", 84, "решті 84 особам надано консультації з переадресуванням", service="counselling",
           label="консультації з переадресуванням", parent=ap)
    gr = "served_402_by_department"
    d1 = f("served", "persons", 163, "Відділення соціальної допомоги вдома обслуговувало 163 особи", service="home_care",
           district="відділення соціальної допомоги вдома", group=gr, parent=sv)
    d1p = f("served", "persons", 12, "(з них 12 – на платній основі)", service="home_care", label="на платній основі",
            parent=d1)
    d2 = f("served", "persons", 58, "відділення денного перебування – 61 58 осіб", service="day_care",
           district="відділення денного перебування", group=gr, parent=sv,
           note="the struck-through 61 of the draft is printed before the valid 58")
    d3 = f("served", "persons", 181, "адресної натуральної та грошової допомоги – 181 особу", service="natural_aid",
           district="відділення організації надання адресної натуральної та грошової допомоги", group=gr, parent=sv)
    n = f("services_provided", "services", 21736, "Загалом надано 21 736 соціальних послуг")
    aid = f("aid_value", "uah", 318900, "на загальну суму 318,9 тис. грн", service="natural_aid")
    tx = f("served", "persons", 29, "Послугою «соціальне таксі» скористалися 29 осіб", service="social_taxi")
    txn = f("services_provided", "services", 74, "здійснено 74 поїздки", service="social_taxi", label="поїздки",
            note="trips of the social taxi, one trip one service act")
    sr = f("survey_respondents", "recipients", 46, "проведено анкетування 46 отримувачів послуги догляду вдома",
           service="home_care", unit_alt="persons")
    q1 = f("satisfaction", "percent", 89, "повністю задоволені якістю послуги – 89,0 %", service="home_care",
           label="повністю задоволені якістю послуги", alt=["share"])
    q2 = f("share", "percent", 8.7, "частково задоволені – 8,7 %", service="home_care", label="частково задоволені",
           alt=["satisfaction"])
    q3 = f("share", "percent", 2.2, "не задоволені – 2,2 %", service="home_care", label="не задоволені")
    cp = f("complaints", "complaints", 2, "Протягом року надійшло 2 скарги")
    s1 = f("staff_positions", "positions", 31, "Штатна чисельність – 31 посада")
    s2 = f("staff_actual", "staff", 28, "фактично працює 28 осіб")
    s3 = f("staff_actual", "staff", 19, "у тому числі 19 соціальних робітників", label="соціальні робітники", parent=s2)
    s4 = f("staff_trained", "staff", 11, "Підвищення кваліфікації пройшли 11 працівників")
    s5 = f("staff_trained", "staff", 4, "з них 4 – на базі обласного центру", label="обласний центр підвищення кваліфікації",
           parent=s4)
    ba = f("budget_approved", "uah", 7412600, "по загальному фонду затверджено 7 412,6 тис. грн", label="загальний фонд, 2024")
    bs = f("budget_spent", "uah", 7389100, "Касові видатки склали 7 389,1 тис. грн", label="загальний фонд, 2024")
    rows = []
    for r_, kekv in zip(TABLE[1:5], ["2111", "2120", "2273", None]):
        q = "\t".join(x for x in r_ if x) if r_[0] else "\t" + r_[1] + "\t" + r_[2]
        assert q in text, q
        v = int(round(float(r_[2].replace(" ", "").replace(",", ".")) * 1000))
        rows.append(f("budget_spent", "uah", v, q, kekv=kekv, label=r_[1], group="table_kekv", parent=None))
    tq = "\tРазом\t7 389,1"
    assert tq in text
    bt = f("budget_spent", "uah", 7389100, tq, label="Разом (таблиця)")
    for fid in rows:
        g._by_id[fid]["parent_id"] = bt
        g._by_id[fid]["parent_quote"] = tq
    sav = f("budget_savings", "uah", 23500, "Залишок невикористаних асигнувань загального фонду – 23,5 тис. грн",
            label="залишок невикористаних асигнувань, загальний фонд")
    rec = f("budget_received", "uah", 146300, "До спеціального фонду надійшло 146,3 тис. грн плати за соціальні послуги",
            label="спеціальний фонд, плата за послуги")

    g.slip("percent_impossible", "error", "повністю задоволені якістю послуги – 89,0 %", 89.0, "41 of 46 = 89,1 %",
           [q1, sr], "with 46 respondents no whole count gives 89,0 % (40 → 87,0 %, 41 → 89,1 %); the other two shares "
           "are reachable (4 → 8,7 %, 1 → 2,2 %) and the three sum to 99,9 %, within rounding", f"grim_ok({q1}, {sr}, 1)")
    g.check("parts_sum", "Соціальні послуги надано 402 особам, решті 84 особам", "402 served + 84 counselled and referred = 486",
            f"{sv} + {cs} == {ap}")
    g.check("parts_sum", "Відділення соціальної допомоги вдома обслуговувало 163 особи",
            "163 + 58 + 181 = 402 (the struck-through 61 would give 405)", f"{d1} + {d2} + {d3} == {sv}")
    g.check("parts_sum", "(з них 12 – на платній основі)", "12 ≤ 163", f"{d1p} <= {d1}")
    g.check("percents_sum", "повністю задоволені якістю послуги – 89,0 %, частково задоволені – 8,7 %, не задоволені – 2,2 %",
            "89,0 + 8,7 + 2,2 = 99,9 %, within the ±0,15 the three one-decimal roundings allow", f"psum_ok([{q1}, {q2}, {q3}], 1)")
    g.check("percent_impossible", "частково задоволені – 8,7 %, не задоволені – 2,2 %", "4 and 1 of 46",
            f"grim_ok({q2}, {sr}, 1) and grim_ok({q3}, {sr}, 1)")
    g.check("parts_sum", "фактично працює 28 осіб, у тому числі 19 соціальних робітників", "19 ≤ 28 ≤ 31; 4 ≤ 11 ≤ 28",
            f"{s3} <= {s2} <= {s1} and {s5} <= {s4} <= {s2}")
    g.check("table_arithmetic", tq, "5 218,4 + 1 148,0 + 212,7 + 810,0 = 7 389,1", " + ".join(rows) + f" == {bt}")
    g.check("internal_conflict", "Касові видатки склали 7 389,1 тис. грн", "prose and table total agree", f"{bs} == {bt}")
    g.check("table_arithmetic", "Залишок невикористаних асигнувань загального фонду – 23,5 тис. грн",
            "7 412,6 − 7 389,1 = 23,5", f"{ba} - {bs} == {sav}")

    g.skip("за 2024 рік", [2024], "year in the title")
    g.skip("Територіальний центр обслуговує 19 населених пунктів у 6 старостинських округах громади; чисельність населення громади – 12,3 тис. осіб.",
           [19, 6, 12300], "settlement and starosta-district counts, population")
    g.skip("1. Звернення та охоплення послугами", [1, 2, 3, 4, 5], "section numbers 1.–5.")
    g.skip("відділення денного перебування – 61", [61], "a struck-through draft figure, replaced by the 58 printed after it")
    g.skip("[дані за грудень уточнити – О.]", [], "editor's note of the draft (no number)")
    g.skip("Натуральну допомогу видано у вигляді 412 продуктових наборів, 96 комплектів постільної білизни та 37 одиниць технічних засобів реабілітації",
           [412, 96, 37], "items")
    g.skip("тариф – 12 грн за 1 км", [12, 1], "tariff")
    g.skip("У листопаді 2024 року", [2024], "survey month")
    g.skip("одну визнано обґрунтованою", [1], "complaints found justified (a word; no §3 id)")
    g.skip("Примітка: середній вік отримувачів послуги догляду вдома – 79 років; найдовше послугу отримує жителька с. Шрубків – понад 9 років.",
           [79, 9], "age, duration")
    g.skip("Кошторисом на 2024 рік", [2024], "year")
    g.skip("КЕКВ\tНайменування", [2111, 2120, 2273], "KEKV codes (carried in kekv)")
    g.skip("5. Завдання на 2025 рік", [2025], "plan year")
    g.skip("Охопити соціальними послугами не менше 420 осіб, відкрити пункти прокату технічних засобів реабілітації у 2 старостинських округах",
           [420, 2], "plan")
    g.skip("(03856) 0-31-44", [3856, 3144], "phone (wrapped onto its own line)")
    g.skip("ЄДРПОУ 41905372", [41905372], "ЄДРПОУ in the stamp drawn over the signature block")
    g.note("a draft (ПРОЄКТ) annex to a letter. The reader drops the running header «Додаток 2 до листа від 16.01.2025 № 03-14/41» "
           "and the footer «Сторінка N з 4» (they repeat on every page), so they are neither facts nor skipped here; the watermark "
           "word «ПРОЄКТ» is printed glued to the last paragraph of each page, and the stamp's text after the last line")
    g.note("«– 61 58 осіб»: 61 is struck through in the PDF; the valid figure is 58, confirmed by 163 + 58 + 181 = 402")
    g.note("402 served by department is a partition (group, district = department); 12 paid hang on the home-care department")
    g.note("84 «консультації з переадресуванням» → served counselling; 402 + 84 = 486 who turned to the centre")
    g.note("social taxi: 29 persons served, 74 trips → services_provided with label (one trip = one act)")
    g.note("survey: «повністю задоволені» → satisfaction (alt share); 89,0 is stored as 89")
    g.note("budget: prose 7 389,1 and the table's «Разом» are two facts; the table rows carry their KEKV, «Інші видатки» has none; "
           "«залишок невикористаних асигнувань» → budget_savings")
    g.write()


if __name__ == "__main__":
    main()
