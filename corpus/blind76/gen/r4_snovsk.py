"""b76_04: Управління соціального захисту населення Сновської міської ради (Чернігівська),
analytic note for 9 months of 2023. reportlab PDF (Liberation Serif), prose plus a budget table by KEKV
(затверджено / касові видатки / економія) in тис. грн; page footer."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, report_path, register_fonts
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.units import mm

DOC = "b76_04_snovsk_uszn_9m2023.pdf"

HEADER = [
    "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ СНОВСЬКОЇ МІСЬКОЇ РАДИ",
    "15200, Чернігівська обл., м. Сновськ, вул. Троїцька, 14; тел. (04654) 0-13-72; код ЄДРПОУ 03193745",
    "Вих. № 01-12/1874 від 09.10.2023",
]
TITLE = ["АНАЛІТИЧНА ДОВІДКА", "про роботу управління соціального захисту населення за 9 місяців 2023 року"]
P1 = [
    "Сновська міська територіальна громада об'єднує 53 населені пункти з населенням 19,2 тис. осіб. Управління діє відповідно до Положення, затвердженого рішенням міської ради від 17.12.2020 № 2-3/VIII.",
    "За січень – вересень 2023 року до управління та через віддалені робочі місця звернулося 3 214 осіб, прийнято 2 847 заяв (з них через ЦНАП – 1 106, засобами порталу «Дія» – 392). За 9 місяців 2022 року було прийнято 2 990 заяв, тобто на 143 менше.",
    "Державну соціальну допомогу малозабезпеченим сім'ям призначено 412 сім'ям. Допомогу на проживання внутрішньо переміщеним особам виплачено 1 742 особам на загальну суму 27 364,5 тис. грн.",
    "Станом на 01.10.2023 на обліку в управлінні перебуває 2 081 внутрішньо переміщена особа, з них 612 дітей.",
    "Технічними засобами реабілітації забезпечено 46 осіб з інвалідністю (видано 58 виробів); видано 9 путівок на санаторно-курортне лікування.",
    "Підпорядкованим управлінню Центром надання соціальних послуг за 9 місяців послуги надано 684 особам.",
    "На «гарячу лінію» управління надійшло 318 дзвінків. Надійшло 2 скарги, обидві розглянуто в установлений строк.",
    "Штатна чисельність управління – 24 посади, фактично працює 21 особа (3 посади вакантні).",
    "Виконання кошторису загального фонду наведено в таблиці 2.",
]
CAPTION = "Таблиця 2. Виконання кошторису за 9 місяців 2023 року, тис. грн"
ROWS = [
    ["КЕКВ", "Найменування", "Затверджено на 9 місяців", "Касові видатки", "Економія"],
    ["2111", "Заробітна плата", "5 412,0", "5 398,6", "13,4"],
    ["2120", "Нарахування на оплату праці", "1 190,6", "1 187,6", "3,0"],
    ["2210", "Предмети, матеріали, обладнання та інвентар", "96,0", "88,4", "6,7"],
    ["2240", "Оплата послуг (крім комунальних)", "142,5", "131,9", "10,6"],
    ["2273", "Оплата електроенергії", "64,8", "59,3", "5,5"],
    ["", "Разом", "6 905,9", "6 865,8", "40,1"],
]
P2 = [
    "Касові видатки загального фонду за 9 місяців склали 6 865,8 тис. грн, або 99,4 % від затверджених призначень.",
    "У IV кварталі 2023 року управління планує перевести на електронний документообіг 100 % справ отримувачів допомог.",
    "Начальник управління                                                    ____________",
]


def build():
    register_fonts()
    body = ParagraphStyle("b", fontName="LSerif", fontSize=12, leading=15, alignment=TA_JUSTIFY, firstLineIndent=10 * mm,
                          spaceAfter=4)
    cen = ParagraphStyle("c", fontName="LSerif-B", fontSize=12, leading=15, alignment=TA_CENTER)
    small = ParagraphStyle("s", fontName="LSerif", fontSize=10, leading=12, alignment=TA_CENTER)
    cell = ParagraphStyle("t", fontName="LSerif", fontSize=10, leading=12)
    story = [Paragraph(HEADER[0], cen), Paragraph(HEADER[1], small), Spacer(1, 6), Paragraph(HEADER[2], cell),
             Spacer(1, 10)]
    story += [Paragraph(t, cen) for t in TITLE] + [Spacer(1, 8)]
    story += [Paragraph(t, body) for t in P1]
    story += [Spacer(1, 6), Paragraph(CAPTION, cell), Spacer(1, 4)]
    t = Table([[Paragraph(c, cell) for c in r] for r in ROWS], colWidths=[16 * mm, 62 * mm, 34 * mm, 30 * mm, 24 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 8)]
    story += [Paragraph(t2, body) for t2 in P2]

    def footer(c, d):
        c.setFont("LSerif", 9)
        c.drawCentredString(A4[0] / 2, 12 * mm, f"Аналітична довідка УСЗН Сновської міської ради за 9 місяців 2023 року – сторінка {d.page}")

    doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Аналітична довідка", author="УСЗН")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)

    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Сновської міської ради",
        "centre_type": "uszn", "settlement": "Сновськ", "oblast": "Чернігівська",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30"})
    f1 = g.f("applied", "persons", 3214, "звернулося 3 214 осіб")
    f2 = g.f("applied", "applications", 2847, "прийнято 2 847 заяв")
    f3 = g.f("applied", "applications", 1106, "з них через ЦНАП – 1 106", label="через ЦНАП", parent=f2)
    f4 = g.f("applied", "applications", 392, "засобами порталу «Дія» – 392", label="через портал «Дія»", parent=f2)
    f5 = g.f("served", "families", 412, "Державну соціальну допомогу малозабезпеченим сім'ям призначено 412 сім'ям",
             label="державна соціальна допомога малозабезпеченим сім'ям")
    f6 = g.f("served", "persons", 1742, "Допомогу на проживання внутрішньо переміщеним особам виплачено 1 742 особам",
             label="допомога на проживання ВПО", category="внутрішньо переміщені особи")
    f7 = g.f("aid_value", "uah", 27364500, "на загальну суму 27 364,5 тис. грн", label="допомога на проживання ВПО")
    f8 = g.f("registered", "persons", 2081, "на обліку в управлінні перебуває 2 081 внутрішньо переміщена особа",
             category="внутрішньо переміщені особи")
    f9 = g.f("registered", "children", 612, "з них 612 дітей", category="внутрішньо переміщені особи", parent=f8)
    f10 = g.f("served", "persons", 46, "Технічними засобами реабілітації забезпечено 46 осіб з інвалідністю",
              label="забезпечення технічними засобами реабілітації", category="особи з інвалідністю")
    f11 = g.f("served", "persons", 684, "послуги надано 684 особам", label="Центр надання соціальних послуг (підпорядкований)")
    f12 = g.f("calls", "calls", 318, "На «гарячу лінію» управління надійшло 318 дзвінків")
    f13 = g.f("complaints", "complaints", 2, "Надійшло 2 скарги")
    f14 = g.f("staff_positions", "positions", 24, "Штатна чисельність управління – 24 посади")
    f15 = g.f("staff_actual", "staff", 21, "фактично працює 21 особа")
    ids = {}
    for row in ROWS[1:]:
        kekv, name, a, sp, ec = row
        q = "\t".join(row) if kekv else "\tРазом\t6 905,9\t6 865,8\t40,1"
        val = lambda x: int(round(float(x.replace(" ", "").replace(",", ".")) * 1000))
        kw = {"kekv": kekv} if kekv else {"label": "Разом"}
        lab = name if kekv else "Разом"
        ids[lab] = (g.f("budget_approved", "uah", val(a), q, **kw), g.f("budget_spent", "uah", val(sp), q, **kw),
                    g.f("budget_savings", "uah", val(ec), q, **kw))
    fsp = g.f("budget_spent", "uah", 6865800, "Касові видатки загального фонду за 9 місяців склали 6 865,8 тис. грн, або 99,4 %",
              percent=99.4, label="загальний фонд")
    rows = [k for k in ids if k != "Разом"]
    A = lambda k: ids[k][0]
    S = lambda k: ids[k][1]
    E = lambda k: ids[k][2]
    m = "Предмети, матеріали, обладнання та інвентар"
    g.slip("table_arithmetic", "error", "2210\tПредмети, матеріали, обладнання та інвентар\t96,0\t88,4\t6,7", 6700, 7600,
           [A(m), S(m), E(m)], "економія = затверджено − видатки: 96,0 − 88,4 = 7,6 тис. грн, the row says 6,7 (digits swapped)",
           f"{A(m)} - {S(m)} == {E(m)}", slip=1)
    g.slip("table_arithmetic", "error", "\tРазом\t6 905,9\t6 865,8\t40,1", 39200, 40100,
           [E(k) for k in rows] + [E("Разом")],
           "the Економія column sums to 13,4 + 3,0 + 6,7 + 10,6 + 5,5 = 39,2, but Разом says 40,1 (which is 6 905,9 − 6 865,8): the same slip seen from the column",
           " + ".join(E(k) for k in rows) + f" == {E('Разом')}", slip=1)
    g.check("table_arithmetic", "\tРазом\t6 905,9\t6 865,8\t40,1", "approved column: 5 412,0 + 1 190,6 + 96,0 + 142,5 + 64,8 = 6 905,9",
            " + ".join(A(k) for k in rows) + f" == {A('Разом')}")
    g.check("table_arithmetic", "\tРазом\t6 905,9\t6 865,8\t40,1", "spent column: 5 398,6 + 1 187,6 + 88,4 + 131,9 + 59,3 = 6 865,8",
            " + ".join(S(k) for k in rows) + f" == {S('Разом')}")
    g.check("table_arithmetic", "\tРазом\t6 905,9\t6 865,8\t40,1", "total row: 6 905,9 − 6 865,8 = 40,1",
            f"{A('Разом')} - {S('Разом')} == {E('Разом')}")
    g.check("table_arithmetic", "2111\tЗаробітна плата\t5 412,0\t5 398,6\t13,4", "економія holds in the other four rows",
            " and ".join(f"{A(k)} - {S(k)} == {E(k)}" for k in rows if k != m))
    g.check("internal_conflict", "Касові видатки загального фонду за 9 місяців склали 6 865,8 тис. грн",
            "prose total = table total", f"{fsp} == {S('Разом')}")
    g.check("percent_mismatch", "або 99,4 % від затверджених призначень", "6 865,8 / 6 905,9 = 99,42 %",
            f"pct_ok(p{fsp[1:]}, {fsp}, {A('Разом')}, 1)")
    g.check("parts_sum", "з них через ЦНАП – 1 106, засобами порталу «Дія» – 392", "1 106 + 392 ≤ 2 847 (channels, not all listed)",
            "f3 + f4 <= f2")
    g.check("parts_sum", "на обліку в управлінні перебуває 2 081 внутрішньо переміщена особа, з них 612 дітей", "612 ≤ 2 081",
            "f9 <= f8")
    g.check("parts_sum", "Штатна чисельність управління – 24 посади, фактично працює 21 особа (3 посади вакантні)",
            "24 − 21 = 3 vacancies (literal)", "f14 - f15 == 3")

    g.skip("15200, Чернігівська обл., м. Сновськ, вул. Троїцька, 14; тел. (04654) 0-13-72; код ЄДРПОУ 03193745",
           [15200, 14, 4654, 1372, 3193745], "postcode, address, phone, ЄДРПОУ")
    g.skip("Вих. № 01-12/1874 від 09.10.2023", [1, 12, 1874, 9, 10, 2023], "outgoing number and date")
    g.skip("об'єднує 53 населені пункти з населенням 19,2 тис. осіб", [53, 19200], "settlements and population")
    g.skip("рішенням міської ради від 17.12.2020 № 2-3/VIII", [17, 12, 2020, 2, 3], "decision date and number")
    g.skip("За 9 місяців 2022 року було прийнято 2 990 заяв, тобто на 143 менше.", [9, 2022, 2990, 143],
           "prior-year figure and difference")
    g.skip("Станом на 01.10.2023", [1, 10, 2023], "date")
    g.skip("(видано 58 виробів); видано 9 путівок на санаторно-курортне лікування", [58, 9], "items (вироби, путівки)")
    g.skip("(3 посади вакантні)", [3], "vacancies (no §3 id); used as a literal in a check")
    g.skip("Виконання кошторису загального фонду наведено в таблиці 2.", [2], "table number")
    g.skip("Таблиця 2. Виконання кошторису за 9 місяців 2023 року, тис. грн", [2, 9, 2023], "table caption")
    g.skip("2111\tЗаробітна плата", [2111, 2120, 2210, 2240, 2273], "KEKV codes (kept in `kekv`)")
    g.skip("Аналітична довідка УСЗН Сновської міської ради за 9 місяців 2023 року – сторінка 1", [9, 2023, 1], "page footer")
    g.skip("У IV кварталі 2023 року управління планує перевести на електронний документообіг 100 % справ отримувачів допомог.",
           [2023, 100], "plan")
    g.note("УСЗН report: the 684 persons served by the subordinate ЦНСП are the УСЗН's own report-period figure, kept as served with a label")
    g.note("«на обліку … перебуває 2 081 ВПО» at 01.10.2023 (the first day after the period) → registered; it is the period-end stock")
    g.note("table: every cell is a fact quoted by its row; the rows carry kekv; the Разом row carries label «Разом» and no kekv")
    g.note("one planted slip (2210 economy 6,7 for 7,6) recorded twice: the row's derived column and the column total")
    g.write()


if __name__ == "__main__":
    build()
