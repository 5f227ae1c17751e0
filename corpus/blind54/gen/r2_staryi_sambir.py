"""b54_02: ТЦСО Старосамбірської міської ради (Львівська), information for H1 2025.
reportlab PDF (DejaVu), first person plural, a table by department, page footer."""
from common import Gold, report_path

DOC = "b54_02_staryi_sambir_tcso_h1_2025.pdf"

PARAS_1 = [
    ("h", "Територіальний центр соціального обслуговування (надання соціальних послуг) Старосамбірської міської ради"),
    ("c", "82100, Львівська обл., м. Старий Самбір, вул. Лева Галицького, 9, тел. (03238) 0-24-19, ЄДРПОУ 03192644"),
    ("h", "ІНФОРМАЦІЯ про роботу територіального центру за І півріччя 2025 року"),
    ("p", "Протягом першого півріччя 2025 року ми обслужили 1 047 осіб похилого віку, осіб з інвалідністю та громадян, які потребують сторонньої допомоги, що на 38 осіб більше, ніж за аналогічний період 2024 року. Громада складається з 79 населених пунктів, у яких проживає 13,9 тис. осіб віком понад 60 років."),
    ("p", "Рух отримувачів за структурними підрозділами наведено в таблиці 1."),
]
TABLE = [
    ["Структурний підрозділ", "Перебувало на обслуговуванні", "у т. ч. взято в І півріччі", "Знято з обслуговування"],
    ["Відділення соціальної допомоги вдома", "412", "37", "29"],
    ["Відділення денного догляду", "96", "14", "8"],
    ["Відділення адресної натуральної та грошової допомоги", "539", "102", "4"],
    ["Разом", "1047", "153", "43"],
]
PARAS_2 = [
    ("p", "Послугу догляду вдома ми надавали 412 особам, з них 57 особам з інвалідністю I групи та 118 одиноким громадянам. Вартість однієї години послуги, встановлена рішенням виконавчого комітету від 14.01.2025 № 9, становить 87,40 грн."),
    ("p", "За півріччя нами надано 24 518 соціальних послуг, у тому числі догляд вдома – 18 634, денний догляд – 3 905, натуральна допомога – 1 979."),
    ("p", "З обслуговування знято 41 особу: у зв'язку зі смертю – 19, зі зміною місця проживання – 6, з влаштуванням до стаціонарних закладів – 4, за власним бажанням – 12."),
    ("p", "На платній основі обслуговано 63 особи; до спеціального фонду надійшло 96,8 тис. грн. Відділення адресної допомоги видало 1 240 продуктових наборів і 310 пар зимового взуття загальною вартістю 638,2 тис. грн."),
    ("p", "У відділенні денного догляду працює 4 гуртки. Ми провели 58 культурно-масових та оздоровчих заходів, у яких взяли участь 1 147 учасників. Послугою соціального таксі скористалися 74 особи (загальний пробіг 3 912 км, тариф 9,50 грн за 1 км)."),
    ("p", "На черзі для отримання послуги догляду вдома станом на 30.06.2025 перебуває 7 осіб."),
    ("p", "Штатна чисельність центру – 64 штатні одиниці, з них 41 посада соціального робітника. Фактично працює 59 працівників, вакантними залишаються 5 посад. Навчання з питань надання соціальних послуг пройшли 23 працівники."),
    ("p", "Надійшло 2 скарги щодо несвоєчасного прибуття соціального робітника; обидві розглянуто, факти частково підтвердилися."),
    ("p", "Директор територіального центру                    (підпис)"),
]


def build(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    D = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DVSerif", D + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSerif-B", D + "DejaVuSerif-Bold.ttf"))
    st_p = ParagraphStyle("p", fontName="DVSerif", fontSize=10.5, leading=14, alignment=TA_JUSTIFY,
                          firstLineIndent=28, spaceAfter=5)
    st_h = ParagraphStyle("h", fontName="DVSerif-B", fontSize=11, leading=14, alignment=TA_CENTER, spaceAfter=6)
    st_c = ParagraphStyle("c", fontName="DVSerif", fontSize=8.5, leading=11, alignment=TA_CENTER, spaceAfter=10)
    st_t = ParagraphStyle("t", fontName="DVSerif", fontSize=9, leading=11)
    sty = {"p": st_p, "h": st_h, "c": st_c}
    story = [Paragraph(t, sty[k]) for k, t in PARAS_1]
    story.append(Paragraph("Таблиця 1", ParagraphStyle("r", parent=st_p, alignment=2)))
    data = [[Paragraph(c, st_t) if i == 0 or j == 0 else c for j, c in enumerate(r)] for i, r in enumerate(TABLE)]
    t = Table(data, colWidths=[200, 95, 95, 95])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVSerif", 9),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("ALIGN", (1, 1), (-1, -1), "CENTER"),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [t, Spacer(1, 8)]
    story += [Paragraph(t_, sty[k]) for k, t_ in PARAS_2]

    def footer(canvas, doc):
        canvas.setFont("DVSerif", 8)
        canvas.drawCentredString(A4[0] / 2, 20, f"Сторінка {doc.page}")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=60, rightMargin=50, topMargin=50, bottomMargin=45,
                            title="Інформація ТЦСО", author="ТЦСО", invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    build(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Старосамбірської міської ради",
        "centre_type": "tcso", "settlement": "Старий Самбір", "oblast": "Львівська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30"})
    f = g.f
    s = f("served", "persons", 1047, "ми обслужили 1 047 осіб похилого віку")
    rows = [("home_care", "Відділення соціальної допомоги вдома", 412, 37, 29),
            ("day_care", "Відділення денного догляду", 96, 14, 8),
            ("natural_aid", "Відділення адресної натуральної та грошової допомоги", 539, 102, 4)]
    tq = "Разом\t1047\t153\t43"
    T1 = f("served", "persons", 1047, tq, label="Разом (таблиця 1)")
    T2 = f("registered_new", "persons", 153, tq, alt=["served", "support_started"], label="Разом: взято в І півріччі")
    T3 = f("deregistered", "persons", 43, tq, label="Разом: знято з обслуговування")
    c1, c2, c3 = [], [], []
    for svc, name, a, b, c in rows:
        q = f"{name}\t{a}\t{b}\t{c}"
        c1.append(f("served", "persons", a, q, service=svc, district=name, parent=T1, group="served_1047_by_department"))
        c2.append(f("registered_new", "persons", b, q, service=svc, district=name, alt=["served", "support_started"],
                    parent=T2, group="new_153_by_department"))
        c3.append(f("deregistered", "persons", c, q, service=svc, district=name, parent=T3,
                    group="deregistered_by_department"))
    hc = f("served", "persons", 412, "Послугу догляду вдома ми надавали 412 особам", service="home_care")
    i1 = f("served", "persons", 57, "з них 57 особам з інвалідністю I групи", service="home_care",
           category="особи з інвалідністю I групи", parent=hc)
    i2 = f("served", "persons", 118, "118 одиноким громадянам", service="home_care",
           category="одинокі громадяни", parent=hc)
    sp = f("services_provided", "services", 24518, "За півріччя нами надано 24 518 соціальних послуг")
    sp1 = f("services_provided", "services", 18634, "догляд вдома – 18 634", service="home_care", parent=sp, group="services_24518")
    sp2 = f("services_provided", "services", 3905, "денний догляд – 3 905", service="day_care", parent=sp, group="services_24518")
    sp3 = f("services_provided", "services", 1979, "натуральна допомога – 1 979", service="natural_aid", parent=sp, group="services_24518")
    d = f("deregistered", "persons", 41, "З обслуговування знято 41 особу")
    reasons = [("у зв'язку зі смертю – 19", 19, "смерть"), ("зі зміною місця проживання – 6", 6, "зміна місця проживання"),
               ("з влаштуванням до стаціонарних закладів – 4", 4, "влаштування до стаціонарних закладів"),
               ("за власним бажанням – 12", 12, "за власним бажанням")]
    r_ids = [f("deregistered", "persons", v, q, label=l, parent=d, group="deregistered_41_by_reason") for q, v, l in reasons]
    pay = f("served", "persons", 63, "На платній основі обслуговано 63 особи", label="на платній основі")
    f("budget_received", "uah", 96800, "до спеціального фонду надійшло 96,8 тис. грн", label="спеціальний фонд, платні послуги")
    f("aid_value", "uah", 638200, "загальною вартістю 638,2 тис. грн", service="natural_aid")
    ev = f("events", "events", 58, "Ми провели 58 культурно-масових та оздоровчих заходів")
    f("event_participants", "persons", 1147, "у яких взяли участь 1 147 учасників", parent=ev)
    f("served", "persons", 74, "Послугою соціального таксі скористалися 74 особи", service="social_taxi")
    pos = f("staff_positions", "positions", 64, "Штатна чисельність центру – 64 штатні одиниці")
    f("staff_positions", "positions", 41, "з них 41 посада соціального робітника", label="соціальні робітники", parent=pos)
    act = f("staff_actual", "staff", 59, "Фактично працює 59 працівників")
    tr = f("staff_trained", "staff", 23, "Навчання з питань надання соціальних послуг пройшли 23 працівники")
    f("complaints", "complaints", 2, "Надійшло 2 скарги")

    g.slip("table_arithmetic", "error", tq, 43, 41, [T3] + c3,
           "column «Знято з обслуговування»: 29 + 8 + 4 = 41, but Разом says 43", " + ".join(c3) + f" == {T3}", slip=1)
    g.slip("internal_conflict", "error", "З обслуговування знято 41 особу", 43, 41, [T3, d],
           "the table's Разом (43 removed) and the prose (41 removed, with reasons adding to 41) disagree; same slip as the table total",
           f"{T3} == {d}", slip=1)
    g.check("table_arithmetic", tq, "412 + 96 + 539 = 1047", " + ".join(c1) + f" == {T1}")
    g.check("table_arithmetic", tq, "37 + 14 + 102 = 153", " + ".join(c2) + f" == {T2}")
    g.check("internal_conflict", "ми обслужили 1 047 осіб похилого віку", "prose 1 047 = table Разом 1047", f"{s} == {T1}")
    g.check("internal_conflict", "Послугу догляду вдома ми надавали 412 особам", "prose 412 = home-care row 412", f"{hc} == {c1[0]}")
    g.check("parts_sum", "За півріччя нами надано 24 518 соціальних послуг, у тому числі",
            "18 634 + 3 905 + 1 979 = 24 518", f"{sp1} + {sp2} + {sp3} == {sp}")
    g.check("parts_sum", "З обслуговування знято 41 особу", "19 + 6 + 4 + 12 = 41", " + ".join(r_ids) + f" == {d}")
    g.check("parts_sum", "з них 57 особам з інвалідністю I групи та 118 одиноким громадянам",
            "57 + 118 ≤ 412 (overlapping categories)", f"{i1} + {i2} <= {hc}")
    g.check("parts_sum", "Фактично працює 59 працівників", "59 working ≤ 64 positions; 23 trained ≤ 59", f"{act} <= {pos} and {tr} <= {act}")
    g.check("parts_sum", "На платній основі обслуговано 63 особи", "63 paying ≤ 1 047", f"{pay} <= {s}")

    g.skip("82100, Львівська обл., м. Старий Самбір, вул. Лева Галицького, 9, тел. (03238) 0-24-19, ЄДРПОУ 03192644",
           [82100, 9, 3238, 2419, 3192644], "postcode, address, phone, ЄДРПОУ")
    g.skip("що на 38 осіб більше, ніж за аналогічний період 2024 року", [38, 2024], "difference with the prior year")
    g.skip("Громада складається з 79 населених пунктів, у яких проживає 13,9 тис. осіб віком понад 60 років.",
           [79, 13900, 60], "settlement count, population, age")
    g.skip("Таблиця 1", [1], "table number")
    g.skip("наведено в таблиці 1.", [1], "table reference")
    g.skip("Вартість однієї години послуги, встановлена рішенням виконавчого комітету від 14.01.2025 № 9, становить 87,40 грн.",
           [14, 1, 2025, 9, 87.4], "decision date/number, tariff")
    g.skip("видало 1 240 продуктових наборів і 310 пар зимового взуття", [1240, 310], "items handed out")
    g.skip("У відділенні денного догляду працює 4 гуртки.", [4], "number of hobby groups: no §3 id")
    g.skip("(загальний пробіг 3 912 км, тариф 9,50 грн за 1 км)", [3912, 9.5, 1], "mileage, tariff")
    g.skip("На черзі для отримання послуги догляду вдома станом на 30.06.2025 перебуває 7 осіб.", [30, 6, 2025, 7],
           "date; waiting list: no §3 id")
    g.skip("вакантними залишаються 5 посад", [5], "vacancies")
    g.note("table 1: every cell is a fact quoted by its row; department rows carry service and district (the department) and hang on Разом of their column")
    g.note("«взято в І півріччі» → registered_new (alt served, support_started), as blind18's «взято на обслуговування»")
    g.note("«знято з обслуговування» → deregistered, reasons as labelled parts")
    g.note("prose 1 047 vs table 1047, prose 412 vs row 412, prose 41 removed vs table 43: each figure written twice is two facts")
    g.note("the page footer «Сторінка 1» is dropped by the reader, so it is not in the text")
    g.note("one slip recorded twice: table_arithmetic on Разом of «знято» and internal_conflict with the prose 41")
    g.write()


if __name__ == "__main__":
    main()
