"""b109_06: external quality assessment of home care provided in 2021 by КУ «ЦНСП» Піщівської
сільської ради (Житомирська), written by the council's відділ соціального захисту. reportlab PDF,
impersonal («комісією встановлено»), a criteria table with counts of positive answers and %.
No planted slip."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

DOC = "b109_06_pishchiv_cnsp_external2021.pdf"

HEAD = ["ПІЩІВСЬКА СІЛЬСЬКА РАДА", "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ",
        "11152, Житомирська обл., Звягельський р-н, с. Піщів, вул. Незалежності, 21, тел. (04141) 0-62-35"]
TITLE = ("ЗВІТ<br/>про проведення зовнішньої оцінки якості соціальної послуги догляду вдома, що надається "
         "комунальною установою «Центр надання соціальних послуг» Піщівської сільської ради, за 2021 рік")
P1 = ("Відповідно до розпорядження сільського голови від 15.11.2021 № 142-од комісія у складі 4 осіб "
      "у період з 22 листопада по 03 грудня 2021 року провела зовнішню оцінку якості соціальної послуги "
      "догляду вдома, наданої КУ «Центр надання соціальних послуг» Піщівської сільської ради (далі – Центр) "
      "у 2021 році. Використано такі методи: вивчення 30 особових справ, 24 інтерв'ю з отримувачами, "
      "6 спостережень за наданням послуги, анкетування.")
H1 = "1. Загальні відомості про надання послуги"
P2 = ("Послугу догляду вдома у 2021 році отримували 76 осіб, з них 58 жінок і 18 чоловіків. Серед "
      "отримувачів 49 одиноких громадян; середній вік отримувачів – 78 років. На безоплатній основі послугу "
      "отримували 68 осіб, з установленням диференційованої плати – 8 осіб. Вартість однієї години послуги "
      "становить 62,40 грн.")
P3 = ("Послугу надають 11 соціальних робітників при 12 штатних посадах. Протягом року взято на "
      "обслуговування 14 осіб. Припинено надання послуги 9 особам: у зв'язку зі смертю – 5, у зв'язку з "
      "переїздом до родичів – 3, за власним бажанням – 1. Соціальними робітниками надано 16240 соціальних "
      "послуг (дій з догляду). Скарг на якість послуги протягом 2021 року не зареєстровано.")
H2 = "2. Результати оцінки за критеріями"
P4 = ("В анкетуванні взяли участь 40 отримувачів послуги. Оцінку за критерієм комісія визначала за часткою "
      "позитивних відповідей: не менше 80 % – «добре», від 60 до 79,9 % – «задовільно», нижче 60 % – "
      "«незадовільно». Результати наведено в таблиці 1.")
CAP = "Таблиця 1"
T = [["Критерій", "Позитивних відповідей (з 40)", "%", "Оцінка"],
     ["Адресність та індивідуальний підхід", "38", "95,0", "добре"],
     ["Результативність", "34", "85,0", "добре"],
     ["Своєчасність", "31", "77,5", "задовільно"],
     ["Доступність та відкритість", "36", "90,0", "добре"],
     ["Повага до гідності", "40", "100,0", "добре"],
     ["Професійність", "37", "92,5", "добре"],
     ["Конфіденційність", "39", "97,5", "добре"],
     ["Загальна оцінка", "", "", "добре"]]
CRIT = ["targeting", "effectiveness", "timeliness", "accessibility", "dignity", "professionalism", "confidentiality"]
P5 = ("Рівень задоволеності отримувачів якістю послуги становить 92,5 %. Нижчу оцінку отримав критерій "
      "своєчасності: у 3 особових справах з 30 перевірених індивідуальний план переглянуто із запізненням.")
H3 = "3. Висновки та рекомендації"
P6 = ("Комісією встановлено, що послуга догляду вдома надається Центром відповідно до Державного стандарту. "
      "Загальна оцінка якості соціальної послуги догляду вдома – «добре».")
R = ["1) забезпечити перегляд індивідуальних планів не рідше 1 разу на 6 місяців;",
     "2) до 01.03.2022 провести навчання соціальних робітників з питань ведення документації."]
SIGN = "Голова комісії (підпис)     Члени комісії (підписи)     07.12.2021"


def build(path):
    register_fonts()
    base = ParagraphStyle("b", fontName="LSerif", fontSize=11.5, leading=15, alignment=TA_JUSTIFY, spaceAfter=6)
    ctr = ParagraphStyle("c", parent=base, alignment=TA_CENTER, spaceAfter=2)
    bold = ParagraphStyle("t", parent=ctr, fontName="LSerif-B", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=10)
    hd = ParagraphStyle("h", parent=base, fontName="LSerif-B", spaceBefore=6)
    sm = ParagraphStyle("s", parent=base, fontSize=10, leading=12)

    def footer(c, d):
        c.saveState()
        c.setFont("LSerif", 9)
        c.drawCentredString(A4[0] / 2, 1.2 * cm, f"Сторінка {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.5 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, invariant=1, title="Звіт зовнішньої оцінки", author="ВСЗН")
    fl = [Paragraph(h, ctr) for h in HEAD]
    fl += [Paragraph(TITLE, bold), Paragraph(P1, base), Paragraph(H1, hd), Paragraph(P2, base), Paragraph(P3, base),
           Paragraph(H2, hd), Paragraph(P4, base), Paragraph(CAP, ParagraphStyle("r", parent=base, alignment=2))]
    t = Table([[Paragraph(c, sm) for c in row] for row in T], colWidths=[7 * cm, 4 * cm, 2.2 * cm, 3 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    fl += [t, Spacer(1, 8), Paragraph(P5, base), Paragraph(H3, hd), Paragraph(P6, base)]
    fl += [Paragraph(r, base) for r in R]
    fl += [Spacer(1, 14), Paragraph(SIGN, base)]
    doc.build(fl, onFirstPage=footer, onLaterPages=footer)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Піщівської сільської ради",
        "centre_type": "cnsp", "settlement": "Піщів", "oblast": "Житомирська",
        "report_kind": "external_assessment", "period_start": "2021-01-01", "period_end": "2021-12-31",
    }, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Піщівської сільської ради",
                   "КУ «Центр надання соціальних послуг» Піщівської сільської ради"]})
    f = g.f
    n = lambda x: x[1:]
    sv = f("served", "persons", 76, "Послугу догляду вдома у 2021 році отримували 76 осіб", service="home_care")
    w = f("served", "persons", 58, "з них 58 жінок", service="home_care", category="жінки", parent=sv, group="served_76_by_sex")
    m = f("served", "persons", 18, "і 18 чоловіків", service="home_care", category="чоловіки", parent=sv, group="served_76_by_sex")
    sg = f("served", "persons", 49, "Серед отримувачів 49 одиноких громадян", service="home_care", category="одинокі громадяни", parent=sv)
    fr = f("served", "persons", 68, "На безоплатній основі послугу отримували 68 осіб", service="home_care", label="безоплатно", parent=sv, group="served_76_by_payment")
    pd = f("served", "persons", 8, "з установленням диференційованої плати – 8 осіб", service="home_care", label="з диференційованою платою", parent=sv, group="served_76_by_payment")
    sa = f("staff_actual", "staff", 11, "Послугу надають 11 соціальних робітників")
    sp = f("staff_positions", "positions", 12, "при 12 штатних посадах")
    tk = f("served", "persons", 14, "Протягом року взято на обслуговування 14 осіб", service="home_care", alt=["registered_new", "support_started"], label="взято на обслуговування")
    cp = f("support_completed", "persons", 9, "Припинено надання послуги 9 особам", service="home_care", alt=["deregistered"])
    r = []
    for q, v, lab in [("у зв'язку зі смертю – 5", 5, "у зв'язку зі смертю"), ("у зв'язку з переїздом до родичів – 3", 3, "у зв'язку з переїздом до родичів"),
                      ("за власним бажанням – 1", 1, "за власним бажанням")]:
        r.append(f("outcome_other", "persons", v, q, label=lab, parent=cp, group="completed_9_by_reason"))
    spv = f("services_provided", "services", 16240, "Соціальними робітниками надано 16240 соціальних послуг", service="home_care")
    cm_ = f("complaints", "complaints", 0, "Скарг на якість послуги протягом 2021 року не зареєстровано")
    rs = f("survey_respondents", "recipients", 40, "В анкетуванні взяли участь 40 отримувачів послуги", unit_alt="persons")
    rmap = {"добре": "good", "задовільно": "satisfactory"}
    pairs = []
    for row, c in zip(T[1:8], CRIT):
        q = "\t".join(row)
        v = float(row[2].replace(",", "."))
        v = int(v) if v.is_integer() else v
        s = f("share", "percent", v, q, criterion=c, alt=["satisfaction"], label=row[0])
        rt = f("rating", "rating", rmap[row[3]], q, criterion=c)
        pairs.append((s, rt, int(row[1])))
    ov1 = f("rating", "rating", "good", "Загальна оцінка\t\t\tдобре", criterion="overall")
    sat = f("satisfaction", "percent", 92.5, "Рівень задоволеності отримувачів якістю послуги становить 92,5 %", alt=["share"])
    ov2 = f("rating", "rating", "good", "Загальна оцінка якості соціальної послуги догляду вдома – «добре»", criterion="overall",
            note="the overall rating said a second time, in the conclusions")

    B = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    g.check("rating_band", "Адресність та індивідуальний підхід\t38\t95,0\tдобре", "every row's rating agrees with the document's bands (77,5 % «задовільно»)",
            " and ".join(f"band(f{n(s)}, {B}) == f{n(rt)}" for s, rt, k in pairs))
    g.check("percent_mismatch", "Критерій\tПозитивних відповідей (з 40)\t%\tОцінка", "each % equals positive answers / 40 (the counts are literals: no §3 id)",
            " and ".join(f"pct_ok(f{n(s)}, {k}, f{n(rs)}, 1)" for s, rt, k in pairs))
    g.check("percent_impossible", "Рівень задоволеності отримувачів якістю послуги становить 92,5 %", "92,5 % = 37 of 40", f"grim_ok(f{n(sat)}, f{n(rs)}, 1)")
    g.check("parts_sum", "з них 58 жінок і 18 чоловіків", "58 + 18 = 76", f"f{n(w)} + f{n(m)} == f{n(sv)}")
    g.check("parts_sum", "На безоплатній основі послугу отримували 68 осіб", "68 + 8 = 76", f"f{n(fr)} + f{n(pd)} == f{n(sv)}")
    g.check("parts_sum", "Серед отримувачів 49 одиноких громадян", "49 ≤ 76", f"f{n(sg)} <= f{n(sv)}")
    g.check("parts_sum", "Припинено надання послуги 9 особам:", "5 + 3 + 1 = 9", " + ".join(f"f{n(x)}" for x in r) + f" == f{n(cp)}")
    g.check("parts_sum", "Послугу надають 11 соціальних робітників при 12 штатних посадах", "11 ≤ 12", f"f{n(sa)} <= f{n(sp)}")
    g.check("internal_conflict", "Загальна оцінка\t\t\tдобре", "table and conclusions give the same overall rating", f"f{n(ov1)} == f{n(ov2)}")
    g.check("parts_sum", "В анкетуванні взяли участь 40 отримувачів послуги", "40 respondents ≤ 76 recipients", f"f{n(rs)} <= f{n(sv)}")

    g.skip("11152, Житомирська обл., Звягельський р-н, с. Піщів, вул. Незалежності, 21, тел. (04141) 0-62-35", [11152, 21, 4141, 6235], "postcode, address, phone")
    g.skip("Піщівської сільської ради, за 2021 рік", [2021], "year of the title")
    g.skip("від 15.11.2021 № 142-од", [15, 11, 2021, 142], "order date and number")
    g.skip("комісія у складі 4 осіб у період з 22 листопада по 03 грудня 2021 року", [4, 22, 3, 2021], "commission size, dates")
    g.skip("вивчення 30 особових справ, 24 інтерв'ю з отримувачами, 6 спостережень за наданням послуги", [30, 24, 6], "assessment methods: case files, interviews, observations")
    g.skip("1. Загальні відомості про надання послуги", [1, 2, 3], "section numbers")
    g.skip("середній вік отримувачів – 78 років", [78], "age")
    g.skip("Вартість однієї години послуги становить 62,40 грн.", [1, 62.4], "tariff")
    g.skip("не менше 80 % – «добре», від 60 до 79,9 % – «задовільно», нижче 60 % – «незадовільно»", [80, 60, 79.9, 60], "band definitions")
    g.skip("Таблиця 1", [1], "table number")
    g.skip("Позитивних відповідей (з 40)", [40, 38, 34, 31, 36, 40, 37, 39], "counts of positive answers in the table: no §3 id; used as literals in the percent check")
    g.skip("у 3 особових справах з 30 перевірених", [3, 30], "case files with a late plan review")
    g.skip("1) забезпечити перегляд індивідуальних планів не рідше 1 разу на 6 місяців;", [1, 1, 6], "recommendation number, frequency")
    g.skip("2) до 01.03.2022 провести навчання", [2, 1, 3, 2022], "recommendation number, deadline")
    g.skip("07.12.2021", [7, 12, 2021], "date")

    g.note("external assessment written by the council's відділ соціального захисту about the ЦНСП's home care: meta centre is the assessed ЦНСП")
    g.note("«взято на обслуговування» → served (alt registered_new, support_started); «припинено надання послуги» → support_completed (alt deregistered) with reasons as outcome_other, as in blind18")
    g.note("two partitions of the 76 recipients (by sex, by payment) are two groups; «одиноких» overlaps and has parent only")
    g.note("criteria table: each row gives a share (alt satisfaction) and a rating; the count of positive answers has no §3 id and is skipped; the overall rating appears in the table and in the conclusions (two facts)")
    g.note("the page footer «Сторінка 1» is drawn on the canvas; the reader does not print it")
    g.note("no planted slip: everything adds up")
    g.write()


if __name__ == "__main__":
    main()
