"""b120_08: ТЦСО Балаклеївської сільської ради (Черкаська), report on humanitarian aid received and
distributed in H2 2022, alongside the centre's ordinary counts. Less common style: aid in sets, kilograms,
tonnes, households and persons, by donor. reportlab PDF with two tables."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

DOC = "b120_08_balakleia_tcso_h2_2022.pdf"

P1 = [
    ("c", "ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) БАЛАКЛЕЇВСЬКОЇ СІЛЬСЬКОЇ РАДИ"),
    ("s", "20420, Черкаська обл., Черкаський р-н, с. Балаклея, вул. Героїв Майдану, 40; тел. (04732) 0-28-55; ЄДРПОУ 41628390"),
    ("c", "ЗВІТ"),
    ("c", "про отримання та розподіл гуманітарної допомоги і діяльність центру за ІІ півріччя 2022 року"),
    ("p", "Рішенням виконавчого комітету Балаклеївської сільської ради від 14.07.2022 № 86 територіальний центр визначено пунктом прийому, зберігання та видачі гуманітарної допомоги. Пункт працює щоденно, крім неділі, з 9.00 до 16.00. До роботи залучено 34 волонтери."),
    ("h", "1. Надходження гуманітарної допомоги"),
    ("p", "У липні – грудні 2022 року на склад центру надійшло 26,6 т гуманітарних вантажів від чотирьох донорів:"),
]
T1 = [
    ["№", "Донор", "Вид допомоги", "Кількість", "Вага, кг"],
    ["1", "БФ «Добрі сусіди» (м. Черкаси)", "продуктові набори", "1 200 наб.", "14 400"],
    ["2", "ГО «Надія Полісся»", "гігієнічні набори", "450 наб.", "2 025"],
    ["3", "Обласний гуманітарний штаб", "борошно, крупи", "–", "6 300"],
    ["4", "Місцеві фермерські господарства", "овочі", "–", "3 875"],
    ["", "Разом", "", "", "26 600"],
]
P2 = [
    ("h", "2. Розподіл допомоги"),
    ("p", "Надійшло 1 512 заяв на отримання допомоги; 165 заявників не відповідали критеріям, визначеним рішенням виконкому. Допомогу отримали 1 347 домогосподарств (3 118 осіб):"),
]
T2 = [
    ["Категорія", "Домогосподарств", "Осіб"],
    ["Сім'ї внутрішньо переміщених осіб", "612 (45,4 %)", "1 509"],
    ["Багатодітні сім'ї", "96", "471"],
    ["Одинокі особи похилого віку та особи з інвалідністю", "418", "503"],
    ["Інші малозабезпечені сім'ї", "221", "635"],
    ["Усього", "1 347", "3 118"],
]
P3 = [
    ("p", "З пункту видано 1 200 продуктових і 450 гігієнічних наборів, 5,1 т борошна та круп, 3,9 т овочів. Маломобільним отримувачам 214 особам допомогу доставлено додому соціальними робітниками. Орієнтовна вартість розподіленої допомоги за цінами донорів – 2,94 млн грн. Станом на 31.12.2022 на складі залишилось 1,2 т борошна, яке буде видано у січні 2023 року."),
    ("h", "3. Соціальні послуги"),
    ("p", "Поряд з розподілом допомоги центр у ІІ півріччі 2022 року надавав соціальні послуги 246 особам: догляд вдома – 131, денний догляд – 27, консультування – 88. Усього надано 7 842 послуги. На обслуговування взято 39 осіб, з них 17 – внутрішньо переміщені особи. Працює 21 працівник."),
    ("h", "4. Висновки"),
    ("p", "Загалом за півріччя гуманітарною допомогою забезпечено 1 374 домогосподарства громади, у тому числі всі сім'ї ВПО, які звернулися. Центр висловлює вдячність донорам і волонтерам."),
    ("s", "Директор                                   (підпис)                    10.01.2023"),
]


def build(path):
    register_fonts()
    base = ParagraphStyle("b", fontName="LSerif", fontSize=11.5, leading=15, alignment=TA_JUSTIFY, spaceAfter=6,
                          firstLineIndent=10 * mm)
    styles = {"p": base,
              "c": ParagraphStyle("c", parent=base, fontName="LSerif-B", alignment=TA_CENTER, firstLineIndent=0),
              "s": ParagraphStyle("s", parent=base, fontSize=9.5, alignment=TA_CENTER, firstLineIndent=0),
              "h": ParagraphStyle("h", parent=base, fontName="LSerif-B", firstLineIndent=0, spaceBefore=4)}
    ts = TableStyle([("FONTNAME", (0, 0), (-1, -1), "LSerif"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                     ("FONTNAME", (0, 0), (-1, 0), "LSerif-B"), ("FONTNAME", (0, -1), (-1, -1), "LSerif-B"),
                     ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    story = [Paragraph(t, styles[k]) for k, t in P1]
    story += [Table(T1, colWidths=[10 * mm, 58 * mm, 40 * mm, 25 * mm, 22 * mm], style=ts), Spacer(1, 8)]
    story += [Paragraph(t, styles[k]) for k, t in P2]
    story += [Table(T2, colWidths=[95 * mm, 38 * mm, 22 * mm], style=ts), Spacer(1, 8)]
    story += [Paragraph(t, styles[k]) for k, t in P3]
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="Звіт", author="ТЦСО")
    doc.build(story)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Балаклеївської сільської ради",
        "centre_type": "tcso", "settlement": "Балаклея", "oblast": "Черкаська",
        "report_kind": "period_report", "period_start": "2022-07-01", "period_end": "2022-12-31",
    }, meta_alt={"centre": ["Територіальний центр соціального обслуговування Балаклеївської сільської ради"],
                 "report_kind": ["other"]})
    f = g.f
    ap = f("applied", "applications", 1512, "Надійшло 1 512 заяв на отримання допомоги", service="natural_aid")
    hh = f("served", "families", 1347, "Допомогу отримали 1 347 домогосподарств", service="natural_aid", unit_alt="families_persons",
           label="гуманітарна допомога, домогосподарства")
    pp = f("served", "persons", 3118, "(3 118 осіб)", service="natural_aid", label="гуманітарна допомога", parent=hh,
           note="persons living in the 1 347 households")
    tq = "Усього\t1 347\t3 118"
    th = f("served", "families", 1347, tq, service="natural_aid", unit_alt="families_persons", label="Усього (таблиця)")
    tp = f("served", "persons", 3118, tq, service="natural_aid", label="Усього (таблиця)", parent=th)
    rows = [("Сім'ї внутрішньо переміщених осіб\t612 (45,4 %)\t1 509", "сім'ї внутрішньо переміщених осіб", 612, 45.4, 1509),
            ("Багатодітні сім'ї\t96\t471", "багатодітні сім'ї", 96, None, 471),
            ("Одинокі особи похилого віку та особи з інвалідністю\t418\t503",
             "одинокі особи похилого віку та особи з інвалідністю", 418, None, 503),
            ("Інші малозабезпечені сім'ї\t221\t635", "інші малозабезпечені сім'ї", 221, None, 635)]
    rh, rp = [], []
    for q, cat, h, pc, p in rows:
        rh.append(f("served", "families", h, q, service="natural_aid", category=cat, percent=pc, unit_alt="families_persons",
                    group="aid_households_by_category", parent=th))
        rp.append(f("served", "persons", p, q, service="natural_aid", category=cat, group="aid_persons_by_category", parent=tp))
    dl = f("served", "persons", 214, "Маломобільним отримувачам 214 особам допомогу доставлено додому", service="natural_aid",
           label="доставка додому маломобільним отримувачам", parent=pp)
    av = f("aid_value", "uah", 2940000, "Орієнтовна вартість розподіленої допомоги за цінами донорів – 2,94 млн грн",
           service="natural_aid")
    sv = f("served", "persons", 246, "надавав соціальні послуги 246 особам")
    gs = "served_246_by_service"
    s1 = f("served", "persons", 131, "догляд вдома – 131", service="home_care", group=gs, parent=sv)
    s2 = f("served", "persons", 27, "денний догляд – 27", service="day_care", group=gs, parent=sv)
    s3 = f("served", "persons", 88, "консультування – 88", service="counselling", group=gs, parent=sv)
    sp = f("services_provided", "services", 7842, "Усього надано 7 842 послуги")
    tk = f("served", "persons", 39, "На обслуговування взято 39 осіб", alt=["registered_new", "support_started"],
           label="взято на обслуговування", parent=sv)
    ti = f("served", "persons", 17, "з них 17 – внутрішньо переміщені особи", alt=["registered_new", "support_started"],
           label="взято на обслуговування", category="внутрішньо переміщені особи", parent=tk)
    sa = f("staff_actual", "staff", 21, "Працює 21 працівник")
    hc = f("served", "families", 1374, "гуманітарною допомогою забезпечено 1 374 домогосподарства", service="natural_aid",
           unit_alt="families_persons", label="гуманітарна допомога, домогосподарства (висновки)")

    n = lambda x: x[1:]  # noqa: E731
    S = lambda xs: " + ".join(f"f{n(x)}" for x in xs)  # noqa: E731
    g.check("table_arithmetic", tq, "households 612 + 96 + 418 + 221 = 1 347", f"{S(rh)} == f{n(th)}")
    g.check("table_arithmetic", tq, "persons 1 509 + 471 + 503 + 635 = 3 118", f"{S(rp)} == f{n(tp)}")
    g.check("percent_mismatch", "Сім'ї внутрішньо переміщених осіб\t612 (45,4 %)", "612 / 1 347 = 45,43 % → 45,4",
            f"pct_ok(p{n(rh[0])}, f{n(rh[0])}, f{n(th)}, 1)")
    g.check("internal_conflict", "Допомогу отримали 1 347 домогосподарств (3 118 осіб)", "prose 1 347 / 3 118 = table Усього",
            f"f{n(hh)} == f{n(th)} and f{n(pp)} == f{n(tp)}")
    g.check("parts_sum", "Надійшло 1 512 заяв на отримання допомоги; 165 заявників не відповідали критеріям",
            "1 347 satisfied + 165 refused (literal) = 1 512 applications", f"f{n(hh)} + 165 == f{n(ap)}")
    g.check("table_arithmetic", "Разом\t\t\t26 600", "kilograms by donor (no §3 id, literals): 14 400 + 2 025 + 6 300 + 3 875 = 26 600 кг = 26,6 т",
            "14400 + 2025 + 6300 + 3875 == 26600 and near(26600 / 1000, 26.6)")
    g.check("parts_sum", "З пункту видано 1 200 продуктових і 450 гігієнічних наборів, 5,1 т борошна та круп",
            "issued vs received (literals, no §3 id): sets 1 200 and 450 as received; flour/cereals 6,3 т − 1,2 т left in stock = 5,1 т; vegetables 3 875 кг ≈ 3,9 т",
            "near(6.3 - 1.2, 5.1) and round(3875 / 1000, 1) == 3.9")
    g.check("parts_sum", "надавав соціальні послуги 246 особам", "131 + 27 + 88 = 246", f"{S([s1, s2, s3])} == f{n(sv)}")
    g.check("parts_sum", "з них 17 – внутрішньо переміщені особи", "17 ≤ 39 ≤ 246; 214 delivered ≤ 3 118",
            f"f{n(ti)} <= f{n(tk)} <= f{n(sv)} and f{n(dl)} <= f{n(pp)}")

    g.slip("internal_conflict", "error", "гуманітарною допомогою забезпечено 1 374 домогосподарства", 1374, 1347, [hc, hh, th],
           "the conclusions say 1 374 households received humanitarian aid in the half-year; section 2 and the table say 1 347 "
           "(transposed digits; the table's categories sum to 1 347 and 1 347 + 165 refusals = 1 512 applications)",
           f"f{n(hc)} == f{n(hh)}")

    sk = g.skip
    sk("20420, Черкаська обл., Черкаський р-н, с. Балаклея, вул. Героїв Майдану, 40; тел. (04732) 0-28-55; ЄДРПОУ 41628390",
       [20420, 40, 4732, 2855, 41628390], "postcode, address, phone, ЄДРПОУ")
    sk("за ІІ півріччя 2022 року", [2, 2022], "period (meta)")
    sk("від 14.07.2022 № 86", [14, 7, 2022, 86], "decision date and number")
    sk("з 9.00 до 16.00", [9, 16], "opening hours")
    sk("До роботи залучено 34 волонтери.", [34], "volunteers; no §3 id")
    sk("1. Надходження гуманітарної допомоги", [1, 2, 3, 4], "section numbers")
    sk("У липні – грудні 2022 року на склад центру надійшло 26,6 т гуманітарних вантажів від чотирьох донорів:",
       [2022, 26.6, 4], "tonnes received (no §3 id), number of donors")
    sk("1\tБФ «Добрі сусіди» (м. Черкаси)\tпродуктові набори\t1 200 наб.\t14 400", [1, 1200, 14400], "row number, sets, kilograms")
    sk("2\tГО «Надія Полісся»\tгігієнічні набори\t450 наб.\t2 025", [2, 450, 2025], "row number, sets, kilograms")
    sk("3\tОбласний гуманітарний штаб\tборошно, крупи\t–\t6 300", [3, 6300], "row number, kilograms")
    sk("4\tМісцеві фермерські господарства\tовочі\t–\t3 875", [4, 3875], "row number, kilograms")
    sk("Разом\t\t\t26 600", [26600], "kilograms total (literal in a check)")
    sk("З пункту видано 1 200 продуктових і 450 гігієнічних наборів, 5,1 т борошна та круп, 3,9 т овочів.", [1200, 450, 5.1, 3.9],
       "items (sets) and tonnes issued; no §3 id (literals in a check)")
    sk("165 заявників не відповідали критеріям", [165], "refusals; no §3 id (literal in a check)")
    sk("Станом на 31.12.2022 на складі залишилось 1,2 т борошна, яке буде видано у січні 2023 року.", [31, 12, 2022, 1.2, 2023],
       "date, stock in tonnes, next-period plan")
    sk("3. Соціальні послуги", [3], "section number")
    sk("у ІІ півріччі 2022 року", [2, 2022], "period")
    sk("10.01.2023", [10, 1, 2023], "date")

    g.note("ІІ півріччя 2022 → period_report 2022-07-01..2022-12-31; report_kind other accepted (a humanitarian-aid report)")
    g.note("households (домогосподарства) → unit families with unit_alt families_persons; persons in them → unit persons hung on the households row; service natural_aid for all humanitarian-aid rows")
    g.note("applications for aid 1 512 → applied, unit applications, service natural_aid")
    g.note("tonnes, kilograms, sets (набори) and donors have no §3 id: skipped; the kilogram table is checked with literals")
    g.note("the distribution table: each row gives households (with the IDP row's 45,4 %) and persons; rows hang on the Усього cell of their column, one group per column. Prose 1 347 / 3 118 repeat the Усього row: two facts each")
    g.note("«Маломобільним отримувачам 214 особам допомогу доставлено додому» → served natural_aid with a label, parent the 3 118 persons")
    g.note("«На обслуговування взято 39 осіб» → served (alt registered_new/support_started), as in blind18")
    g.note("aid value 2,94 млн грн → aid_value 2 940 000")
    g.note("planted slip: 1 374 households in the conclusions vs 1 347 in section 2 and the table (internal_conflict)")
    g.write()


if __name__ == "__main__":
    main()
