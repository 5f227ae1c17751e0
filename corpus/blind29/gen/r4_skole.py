"""b29_04: Відділ соціального захисту населення Сколівської міської ради, information for the council
session on the work in 2024 (oblast not stated). reportlab PDF: impersonal prose and a budget table by KEKV.
No planted slip: everything adds up."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path, register_fonts

DOC = "b29_04_skole_uszn_council2024.pdf"

BUDGET = [
    ("2111", "Заробітна плата", "3 412,6", "3 398,1", "14,5"),
    ("2120", "Нарахування на оплату праці", "750,8", "747,6", "3,2"),
    ("2210", "Предмети, матеріали, обладнання та інвентар", "96,4", "91,8", "4,6"),
    ("2240", "Оплата послуг (крім комунальних)", "184,2", "179,5", "4,7"),
    ("2273", "Оплата електроенергії", "62,3", "58,9", "3,4"),
    ("2730", "Інші виплати населенню", "1 218,0", "1 203,6", "14,4"),
]
TOTAL = ("", "Усього", "5 724,3", "5 679,5", "44,8")


def ROWQ(*cells):
    return "\t".join(cells)

P = [
    ("c", "СКОЛІВСЬКА МІСЬКА РАДА"),
    ("c", "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ"),
    ("c", "82600, м. Сколе, вул. Данила Галицького, 30, тел. (03251) 0-24-67"),
    ("h", "ІНФОРМАЦІЯ про роботу відділу соціального захисту населення Сколівської міської ради у 2024 році"),
    ("c", "(до розгляду на 52 сесії міської ради 8 скликання)"),
    ("p", "Відділ соціального захисту населення є структурним підрозділом виконавчого комітету міської ради і забезпечує реалізацію державної політики у сфері соціального захисту на території громади, до складу якої входять 32 населені пункти з населенням 24,3 тис. осіб."),
    ("p", "1. Робота зі зверненнями громадян. У 2024 році до відділу надійшло 3 418 звернень громадян, з них письмових – 1 106, усних – 2 312. У порівнянні з 2023 роком (3 054 звернення) кількість звернень зросла. Скарг на дії працівників відділу надійшло 4, усі розглянуто у встановлений законом строк – 30 днів."),
    ("p", "2. Організація надання соціальних послуг. Відділом проведено оцінювання потреб 247 осіб, за результатами якого 231 особі прийнято рішення про надання соціальних послуг. Послугу догляду вдома у 2024 році отримували 163 особи, денного догляду – 29 осіб, паліативного догляду – 8 осіб. Натуральну допомогу отримали 542 особи; видано 1 084 продуктові набори."),
    ("p", "Станом на 01.01.2025 на обліку у відділі перебуває 4 112 внутрішньо переміщених осіб, які прибули до громади з 2022 року."),
    ("p", "3. Робота «гарячої лінії». На телефон «гарячої лінії» відділу протягом року надійшло 286 дзвінків, переважно щодо призначення житлових субсидій і допомоги ВПО."),
    ("p", "4. Кадрове забезпечення. Штатна чисельність відділу – 14 посад, фактично працюють 13 осіб. Навчання з роботи в Єдиній інформаційній системі соціальної сфери пройшли 6 працівників."),
    ("p", "5. Фінансове забезпечення. Видатки відділу та видатки на виконання міської програми «Соціальний захист населення Сколівської громади на 2024–2026 роки» у 2024 році наведено в таблиці (тис. грн)."),
]
P_AFTER = [
    ("p", "Економія коштів утворилася переважно за рахунок тимчасово вакантної посади та зменшення тарифів на електроенергію."),
    ("p", "На 2025 рік у бюджеті громади на виконання програми передбачено 1 350,0 тис. грн."),
    ("p", "Начальник відділу соціального захисту населення                (підпис)"),
    ("p", "20.01.2025"),
]


def build(path):
    register_fonts()
    base = ParagraphStyle("b", fontName="DSerif", fontSize=11, leading=14, alignment=TA_JUSTIFY, spaceAfter=6)
    cen = ParagraphStyle("c", parent=base, alignment=TA_CENTER, spaceAfter=2)
    hd = ParagraphStyle("h", parent=cen, fontName="DSerif-B", fontSize=12, leading=15, spaceBefore=10, spaceAfter=4)
    cell = ParagraphStyle("t", fontName="DSerif", fontSize=9.5, leading=11.5)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, invariant=1, title="Інформація про роботу відділу у 2024 році",
                            author="Відділ соціального захисту населення")
    st = {"c": cen, "h": hd, "p": base}
    story = [Paragraph(t, st[k]) for k, t in P]
    data = [[Paragraph(h, cell) for h in ("КЕКВ", "Найменування", "Затверджено на 2024 рік", "Касові видатки",
                                          "Економія")]]
    for row in BUDGET + [TOTAL]:
        data.append([Paragraph(x, cell) for x in row])
    t = Table(data, colWidths=[16 * mm, 70 * mm, 28 * mm, 26 * mm, 22 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 6)]
    story += [Paragraph(t_, st[k]) for k, t_ in P_AFTER]
    doc.build(story)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Відділ соціального захисту населення Сколівської міської ради",
        "centre_type": "uszn", "settlement": "Сколе",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        meta_alt={"report_kind": ["other"]})
    f = g.f

    def v(fid):
        return "f" + fid[1:]
    ap = f("applied", "applications", 3418, "до відділу надійшло 3 418 звернень громадян")
    a1 = f("applied", "applications", 1106, "письмових – 1 106", label="письмові", group="applied_3418_by_form",
           parent=ap)
    a2 = f("applied", "applications", 2312, "усних – 2 312", label="усні", group="applied_3418_by_form", parent=ap)
    cp = f("complaints", "complaints", 4, "Скарг на дії працівників відділу надійшло 4")
    na = f("needs_assessed", "persons", 247, "Відділом проведено оцінювання потреб 247 осіб")
    hc = f("served", "persons", 163, "Послугу догляду вдома у 2024 році отримували 163 особи", service="home_care")
    dc = f("served", "persons", 29, "денного догляду – 29 осіб", service="day_care")
    pc = f("served", "persons", 8, "паліативного догляду – 8 осіб", service="palliative_care")
    nat = f("served", "persons", 542, "Натуральну допомогу отримали 542 особи", service="natural_aid")
    ca = f("calls", "calls", 286, "надійшло 286 дзвінків")
    pos = f("staff_positions", "positions", 14, "Штатна чисельність відділу – 14 посад")
    act = f("staff_actual", "staff", 13, "фактично працюють 13 осіб")
    tr = f("staff_trained", "staff", 6, "пройшли 6 працівників")
    tq = "Усього\t5 724,3\t5 679,5\t44,8"
    ta = f("budget_approved", "uah", 5724300, tq, label="Усього")
    ts = f("budget_spent", "uah", 5679500, tq, label="Усього")
    te = f("budget_savings", "uah", 44800, tq, label="Усього")

    def th(x):
        return round(float(x.replace(" ", "").replace(",", ".")) * 1000)
    appr, spent, sav = [], [], []
    for code, name, a, s_, e in BUDGET:
        q = ROWQ(code, name, a, s_, e)
        appr.append(f("budget_approved", "uah", th(a), q, kekv=code, group="approved_by_kekv", parent=ta))
        spent.append(f("budget_spent", "uah", th(s_), q, kekv=code, group="spent_by_kekv", parent=ts))
        sav.append(f("budget_savings", "uah", th(e), q, kekv=code, group="savings_by_kekv", parent=te))

    g.check("parts_sum", "з них письмових – 1 106, усних – 2 312", "1 106 + 2 312 = 3 418", f"{v(a1)} + {v(a2)} == {v(ap)}")
    g.check("table_arithmetic", tq, "approved column: 3 412,6 + 750,8 + 96,4 + 184,2 + 62,3 + 1 218,0 = 5 724,3",
            " + ".join(v(x) for x in appr) + f" == {v(ta)}")
    g.check("table_arithmetic", tq, "spent column: 3 398,1 + 747,6 + 91,8 + 179,5 + 58,9 + 1 203,6 = 5 679,5",
            " + ".join(v(x) for x in spent) + f" == {v(ts)}")
    g.check("table_arithmetic", tq, "savings column: 14,5 + 3,2 + 4,6 + 4,7 + 3,4 + 14,4 = 44,8",
            " + ".join(v(x) for x in sav) + f" == {v(te)}")
    g.check("table_arithmetic", tq, "економія = затверджено − видатки in every row and in Усього",
            " and ".join(f"{v(a)} - {v(b)} == {v(c)}" for a, b, c in zip(appr + [ta], spent + [ts], sav + [te])))
    g.check("parts_sum", "фактично працюють 13 осіб", "13 ≤ 14; 6 trained ≤ 13",
            f"{v(act)} <= {v(pos)} and {v(tr)} <= {v(act)}")

    sk = g.skip
    sk("82600, м. Сколе, вул. Данила Галицького, 30, тел. (03251) 0-24-67", [82600, 30, 3251, 2467],
       "postcode, address, phone")
    sk("(до розгляду на 52 сесії міської ради 8 скликання)", [52, 8], "session and convocation numbers")
    sk("до складу якої входять 32 населені пункти з населенням 24,3 тис. осіб", [32, 24.3],
       "settlement count and population")
    sk("У порівнянні з 2023 роком (3 054 звернення)", [2023, 3054], "prior-year figure")
    sk("у встановлений законом строк – 30 днів", [30], "duration")
    sk("231 особі прийнято рішення про надання соціальних послуг", [231], "decisions (no §3 id)")
    sk("видано 1 084 продуктові набори", [1084], "items (sets)")
    sk("Станом на 01.01.2025 на обліку у відділі перебуває 4 112 внутрішньо переміщених осіб, які прибули до громади з 2022 року.",
       [1, 1, 2025, 4112, 2022], "IDP register (a state register, not the СЖО register; cumulative since 2022); date")
    sk("«Соціальний захист населення Сколівської громади на 2024–2026 роки»", [2024, 2026], "programme years")
    sk("На 2025 рік у бюджеті громади на виконання програми передбачено 1 350,0 тис. грн.", [2025, 1350.0],
       "next year's plan")
    sk("20.01.2025", [20, 1, 2025], "signing date")
    sk("1. Робота зі зверненнями громадян.", [1, 2, 3, 4, 5], "section numbers 1.–5.")
    g.note("a відділ соціального захисту населення of a city council → centre_type uszn; information for a council session on the year → annual_report (meta_alt other)")
    g.note("«3 418 звернень громадян» → applied, unit applications; written/oral form a partition; complaints about the staff («Скарг … надійшло 4») → complaints 4")
    g.note("the services the відділ organised (home care 163, day care 29, palliative 8, natural aid 542) are served facts without a total")
    g.note("budget table in тис. грн stored in hryvnias; each row carries its KEKV code; rows hang on the Усього cell of the same column; the Усього row has no kekv")
    g.write()


if __name__ == "__main__":
    main()
