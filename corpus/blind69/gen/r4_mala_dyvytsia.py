"""b69_04: Управління соціального захисту населення Малодівицької селищної ради (Чернігівська),
annual report 2023. reportlab PDF (Liberation fonts) with a budget table by KEKV (затверджено /
касові видатки / економія). One planted slip: table_arithmetic (Всього касові видатки 5 057,5 while the
rows sum to 5 075,5; 5 165,2 − 5 057,5 ≠ 89,7)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer

from common import Gold, report_path, register_fonts

DOC = "b69_04_mala_dyvytsia_uszn_annual2023.pdf"

P1 = [
    ("h", "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ МАЛОДІВИЦЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("c", "17552, Чернігівська обл., Прилуцький р-н, селище Мала Дівиця, вул. Шевченка, 96, тел. (04637) 0-21-84, ЄДРПОУ 44029713"),
    ("h", "ЗВІТ про роботу управління за 2023 рік"),
    ("p", "Управління діє на підставі Положення, затвердженого рішенням селищної ради від 30.03.2021 № 7-5/VIII. До складу громади входять 31 населений пункт, кількість населення на 01.01.2023 – 11 640 осіб, з них 3 912 – особи пенсійного віку."),
    ("p", "<b>1. Прийом громадян.</b> У 2023 році управлінням прийнято 2 418 заяв громадян, з них 1 376 – через ЦНАП селищної ради. Прийнято 2 391 рішення про призначення державних допомог, компенсацій і пільг, відмовлено у 27 випадках. На обліку перебуває 1 176 внутрішньо переміщених осіб."),
    ("p", "<b>2. Соціальні послуги.</b> Управлінням проведено оцінку потреб 97 осіб. За направленнями управління послугу догляду вдома отримували 64 особи, з них 41 – одинокі; денного догляду – 12 осіб; натуральну допомогу (продуктові набори) – 305 осіб. Послугою «соціальне таксі» скористалися 46 осіб з інвалідністю (118 поїздок, вартість 1 км – 14,50 грн)."),
    ("p", "Одноразову матеріальну допомогу за рішеннями виконавчого комітету надано 412 особам на загальну суму 1 196,4 тис. грн, з них 87 особам з числа ВПО – на 261,0 тис. грн."),
    ("p", "<b>3. Фінансування.</b> Виконання селищної Програми соціального захисту населення на 2021–2023 роки у 2023 році наведено в таблиці."),
]
TABLE = [
    ["КЕКВ", "Напрям видатків", "Затверджено, тис. грн", "Касові видатки, тис. грн", "Економія, тис. грн"],
    ["2730", "Одноразова матеріальна допомога", "1 250,0", "1 196,4", "53,6"],
    ["2240", "Оплата послуг (поховання, перевезення)", "184,5", "171,2", "13,3"],
    ["2210", "Придбання продуктових наборів", "310,0", "309,8", "0,2"],
    ["2610", "Фінансова підтримка КУ «ЦНСП»", "3 420,7", "3 398,1", "22,6"],
    ["", "Всього", "5 165,2", "5 057,5", "89,7"],
]
P2 = [
    ("p", "<b>4. Звернення та скарги.</b> На «гарячу лінію» управління надійшло 356 дзвінків. Протягом року надійшло 3 скарги, усі розглянуто, 1 визнано обґрунтованою."),
    ("p", "<b>5. Кадри.</b> Штатна чисельність управління – 11 посад, фактично працюють 10 осіб. Курси підвищення кваліфікації пройшли 3 працівники."),
    ("p", "У 2024 році передбачено 5 480,0 тис. грн на виконання нової Програми на 2024–2026 роки."),
    ("p", "Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;(підпис)&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;19.01.2024"),
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSans", 8)
    canvas.drawString(2 * cm, 1.2 * cm, "Звіт УСЗН Малодівицької селищної ради за 2023 рік")
    canvas.drawRightString(19 * cm, 1.2 * cm, f"Сторінка {doc.page}")
    canvas.restoreState()


def build(path):
    register_fonts()
    st = {
        "h": ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, alignment=1, spaceAfter=6),
        "c": ParagraphStyle("c", fontName="LSerif", fontSize=10, leading=12, alignment=1, spaceAfter=8),
        "p": ParagraphStyle("p", fontName="LSerif", fontSize=11, leading=14, alignment=4, spaceAfter=6,
                            firstLineIndent=1 * cm),
    }
    cell = ParagraphStyle("cell", fontName="LSerif", fontSize=9.5, leading=11)
    story = [Paragraph(t, st[k]) for k, t in P1]
    data = [[Paragraph(c, cell) for c in row] for row in TABLE]
    t = Table(data, colWidths=[1.6 * cm, 6.4 * cm, 3 * cm, 3 * cm, 2.8 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 8)]
    story += [Paragraph(t_, st[k]) for k, t_ in P2]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.5 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, invariant=1, title="Звіт УСЗН 2023", author="УСЗН")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Малодівицької селищної ради",
        "centre_type": "uszn",
        "settlement": "Мала Дівиця",
        "oblast": "Чернігівська",
        "report_kind": "annual_report",
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
    })
    f1 = g.f("applied", "applications", 2418, "прийнято 2 418 заяв громадян")
    g.f("applied", "applications", 1376, "з них 1 376 – через ЦНАП селищної ради", label="через ЦНАП", parent=f1)
    g.f("needs_assessed", "persons", 97, "проведено оцінку потреб 97 осіб")
    f4 = g.f("served", "persons", 64, "послугу догляду вдома отримували 64 особи", service="home_care")
    g.f("served", "persons", 41, "з них 41 – одинокі", service="home_care", category="одинокі", parent=f4)
    g.f("served", "persons", 12, "денного догляду – 12 осіб", service="day_care")
    g.f("served", "persons", 305, "натуральну допомогу (продуктові набори) – 305 осіб", service="natural_aid")
    g.f("served", "persons", 46, "Послугою «соціальне таксі» скористалися 46 осіб з інвалідністю",
        service="social_taxi", category="особи з інвалідністю")
    f9 = g.f("served", "persons", 412, "Одноразову матеріальну допомогу за рішеннями виконавчого комітету надано 412 особам",
             label="одноразова матеріальна допомога")
    f10 = g.f("aid_value", "uah", 1196400, "на загальну суму 1 196,4 тис. грн", label="одноразова матеріальна допомога",
              parent=f9)
    f11 = g.f("served", "persons", 87, "з них 87 особам з числа ВПО", label="одноразова матеріальна допомога",
              category="внутрішньо переміщені особи", parent=f9)
    f12 = g.f("aid_value", "uah", 261000, "з них 87 особам з числа ВПО – на 261,0 тис. грн",
              label="одноразова матеріальна допомога, ВПО", category="внутрішньо переміщені особи", parent=f10)
    # budget table
    rows = TABLE[1:5]
    rq = ["\t".join(r) for r in rows]
    tq = "Всього\t5 165,2\t5 057,5\t89,7"
    labels = [r[1] for r in rows]

    def th(s):
        return int(round(float(s.replace(" ", "").replace(",", ".")) * 1000))

    fa = g.f("budget_approved", "uah", 5165200, tq, label="Всього (Програма, 2023)")
    fsp = g.f("budget_spent", "uah", 5057500, tq, label="Всього (Програма, 2023)")
    fe = g.f("budget_savings", "uah", 89700, tq, label="Всього (Програма, 2023)")
    ids = []
    for r, q, lab in zip(rows, rq, labels):
        a = g.f("budget_approved", "uah", th(r[2]), q, kekv=r[0], label=lab, group="approved_by_kekv", parent=fa)
        s = g.f("budget_spent", "uah", th(r[3]), q, kekv=r[0], label=lab, group="spent_by_kekv", parent=fsp)
        e = g.f("budget_savings", "uah", th(r[4]), q, kekv=r[0], label=lab, group="savings_by_kekv", parent=fe)
        ids.append((a, s, e))
    k = lambda x: "f" + x[1:]
    g.f("calls", "calls", 356, "надійшло 356 дзвінків")
    fc = g.f("complaints", "complaints", 3, "Протягом року надійшло 3 скарги")
    g.f("complaints", "complaints", 1, "1 визнано обґрунтованою", label="обґрунтовані", parent=fc)
    fp = g.f("staff_positions", "positions", 11, "Штатна чисельність управління – 11 посад")
    fa2 = g.f("staff_actual", "staff", 10, "фактично працюють 10 осіб")
    ft = g.f("staff_trained", "staff", 3, "Курси підвищення кваліфікації пройшли 3 працівники")

    spent_rows = " + ".join(k(s) for _, s, _ in ids)
    g.slip("table_arithmetic", "error", tq, 5057500, 5075500, [fsp] + [s for _, s, _ in ids],
           "«Касові видатки» column: 1 196,4 + 171,2 + 309,8 + 3 398,1 = 5 075,5 тис. грн, «Всього» says 5 057,5 "
           "(two digits swapped). The other totals hold (approved 5 165,2; savings 89,7), and 5 165,2 − 89,7 = 5 075,5, "
           "so the total row also breaks «економія = затверджено − видатки» (5 165,2 − 5 057,5 = 107,7). One slip, one finding.",
           f"near({spent_rows}, {k(fsp)}) and near({k(fa)} - {k(fsp)}, {k(fe)})")
    g.check("table_arithmetic", tq, "approved column: 1 250,0 + 184,5 + 310,0 + 3 420,7 = 5 165,2",
            f"near({' + '.join(k(a) for a, _, _ in ids)}, {k(fa)})")
    g.check("table_arithmetic", tq, "savings column: 53,6 + 13,3 + 0,2 + 22,6 = 89,7",
            f"near({' + '.join(k(e) for _, _, e in ids)}, {k(fe)})")
    for (a, s, e), q in zip(ids, rq):
        g.check("table_arithmetic", q, "row: економія = затверджено − касові видатки",
                f"near({k(a)} - {k(s)}, {k(e)})")
    g.check("internal_conflict", "2730\tОдноразова матеріальна допомога\t1 250,0\t1 196,4\t53,6",
            "the KEKV 2730 spending 1 196,4 equals the one-off aid total of the prose (1 196,4 тис. грн)",
            f"{k(ids[0][1])} == {k(f10)}")
    g.check("parts_sum", "з них 87 особам з числа ВПО – на 261,0 тис. грн", "87 ≤ 412; 261,0 ≤ 1 196,4",
            f"{k(f11)} <= {k(f9)} and {k(f12)} <= {k(f10)}")
    g.check("parts_sum", "з них 41 – одинокі", "41 ≤ 64; 1 376 ≤ 2 418", "f5 <= f4 and f2 <= f1")
    g.check("parts_sum", "фактично працюють 10 осіб", "3 trained ≤ 10 ≤ 11",
            f"{k(ft)} <= {k(fa2)} <= {k(fp)}")

    g.skip("17552, Чернігівська обл., Прилуцький р-н, селище Мала Дівиця, вул. Шевченка, 96, тел. (04637) 0-21-84, ЄДРПОУ 44029713",
           [17552, 96, 4637, 2184, 44029713], "postcode, address, phone, ЄДРПОУ")
    g.skip("рішенням селищної ради від 30.03.2021 № 7-5/VIII", [30, 3, 2021, 7, 5], "decision date and number")
    g.skip("До складу громади входять 31 населений пункт, кількість населення на 01.01.2023 – 11 640 осіб, з них 3 912 – особи пенсійного віку.",
           [31, 1, 1, 2023, 11640, 3912], "settlement and population counts, date")
    g.skip("Прийнято 2 391 рішення про призначення державних допомог, компенсацій і пільг, відмовлено у 27 випадках.",
           [2391, 27], "decisions and refusals (no §3 id)")
    g.skip("На обліку перебуває 1 176 внутрішньо переміщених осіб.", [1176],
           "population register of IDPs (not a register of families in СЖО; no §3 id)")
    g.skip("(118 поїздок, вартість 1 км – 14,50 грн)", [118, 1, 14.5], "trips (no §3 id) and tariff per km")
    g.skip("Програми соціального захисту населення на 2021–2023 роки у 2023 році", [2021, 2023, 2023], "programme years")
    g.skip("КЕКВ\tНапрям видатків", [], "table header (KEKV codes of the rows are the facts' kekv, not values)")
    g.skip("У 2024 році передбачено 5 480,0 тис. грн на виконання нової Програми на 2024–2026 роки.",
           [2024, 5480000, 2024, 2026], "next year's plan")
    g.skip("19.01.2024", [19, 1, 2024], "signature date")
    g.skip("Сторінка 1", [1], "page footer (if the reader keeps it)")
    g.skip("1. Прийом громадян.", [1, 2, 3, 4, 5], "section numbers")

    g.note("an управління соціального захисту населення → centre_type uszn; its own figures are applications (заяви), referrals to services and one-off aid")
    g.note("«прийнято 2 418 заяв» → applied, unit applications; «1 376 – через ЦНАП» its labelled part")
    g.note("one-off material aid: served 412 persons labelled (no service id), with aid_value 1 196,4 тис. грн; the IDP part 87 persons / 261,0 тис. грн")
    g.note("budget table: every cell is a fact quoted by its row, with kekv; rows hang on the «Всього» cell of their column; the total row has no KEKV so no kekv")
    g.note("3 complaints, 1 of them found justified: complaints 3 and a labelled part 1")
    g.write()


if __name__ == "__main__":
    main()
