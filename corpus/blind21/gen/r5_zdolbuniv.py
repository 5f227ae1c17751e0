"""b21_05: ТЦСО Здолбунівської міської ради, annual report 2024 (PDF).

Roman-numbered sections, a number written in words with digits («1 964 (одну тисячу …)»), a staff count
in words, and a budget table by KEKV whose unit (тис. грн) is only in the caption, «Разом» at the bottom.
Planted slip: row 2271 gives економія 23,6, but 344,5 − 318,2 = 26,3; the «Разом» economy 138,3 is
right (27 815,9 − 27 677,6), so the economy column sums to 135,6, not 138,3. One slip, two findings.
"""
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import Gold, register_fonts, report_path

DOC = "b21_05_zdolbuniv_tcso_annual2024.pdf"

HEAD = ("ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)<br/>"
        "ЗДОЛБУНІВСЬКОЇ МІСЬКОЇ РАДИ<br/>35705, Рівненська обл., м. Здолбунів, вул. Шкільна, 17; "
        "тел. (03652) 0-45-09; tcso.zdolbuniv@example.ua; код ЄДРПОУ 40517396")
TITLE = "ЗВІТ<br/>про роботу територіального центру за 2024 рік"
S = [
    ("I. Обслуговування громадян", [
        "Протягом 2024 року територіальним центром обслуговано 1 964 (одну тисячу дев'ятсот шістдесят "
        "чотири) особи, з них: відділенням соціальної допомоги вдома – 538 осіб; відділенням денного "
        "догляду – 74 особи; відділенням стаціонарного догляду для постійного або тимчасового проживання – "
        "31 особа; відділенням організації надання адресної натуральної допомоги – 1 321 особа.",
        "Серед обслугованих вдома 312 одиноких громадян, 67 учасників бойових дій та осіб з інвалідністю "
        "внаслідок війни, 29 внутрішньо переміщених осіб. Обслуговування вдома здійснюють 46 соціальних "
        "робітників; на одного працівника в середньому припадає 11,7 підопічного. На платній основі "
        "обслуговувалось 83 особи за тарифом 64,20 грн за годину догляду (рішення виконавчого комітету "
        "від 25.01.2024 № 18).",
        "Стаціонарне відділення розраховане на 35 ліжко-місць; станом на 01.01.2025 на влаштування до "
        "нього очікують 6 осіб. Усього за рік надано 69 418 соціальних послуг. У громаді проживає 9 213 "
        "осіб віком понад 60 років.",
    ]),
    ("II. Кадрове забезпечення", [
        "Штатна чисельність територіального центру – 78,5 штатної одиниці, фактично працюють 74 особи. "
        "Підвищили кваліфікацію двадцять два працівники.",
    ]),
    ("III. Якість послуг", [
        "Скарг на роботу територіального центру у 2024 році не надходило. Під час щорічного опитування "
        "120 отримувачів послуг рівень задоволеності якістю обслуговування склав 97,5 %.",
    ]),
    ("IV. Фінансове забезпечення", [
        "Виконання кошторису загального фонду наведено в таблиці 3.",
    ]),
]
CAPTION = "Таблиця 3. Виконання кошторису загального фонду за 2024 рік, тис. грн"
BUDGET = [
    ("2111", "Заробітна плата", "21 846,3", "21 790,5", "55,8"),
    ("2120", "Нарахування на оплату праці", "4 806,2", "4 793,9", "12,3"),
    ("2210", "Предмети, матеріали, обладнання та інвентар", "412,7", "398,1", "14,6"),
    ("2240", "Оплата послуг (крім комунальних)", "286,4", "271,9", "14,5"),
    ("2250", "Видатки на відрядження", "18,0", "9,6", "8,4"),
    ("2271", "Оплата теплопостачання", "344,5", "318,2", "23,6"),
    ("2273", "Оплата електроенергії", "96,8", "90,4", "6,4"),
    ("2800", "Інші поточні видатки", "5,0", "5,0", "0,0"),
]
TOTAL = ("Разом", "", "27 815,9", "27 677,6", "138,3")
AFTER = [
    "Економія коштів загального фонду склала 138,3 тис. грн і виникла переважно за рахунок тимчасової "
    "непрацездатності працівників та теплої погоди в опалювальний період.",
    "До спеціального фонду надійшло 214,6 тис. грн за платні послуги та 37,9 тис. грн благодійних "
    "внесків; використано коштів спеціального фонду на суму 198,2 тис. грн.",
    "Директор (підпис)",
]


def uah(s):
    return int(Decimal(s.replace(" ", "").replace(",", ".")) * 1000)


def build():
    register_fonts()
    base = ParagraphStyle("b", fontName="LSerif", fontSize=11.5, leading=15, spaceAfter=6)
    head = ParagraphStyle("h", parent=base, alignment=TA_CENTER, fontSize=10)
    hs = ParagraphStyle("s", parent=base, fontName="LSerif-B", spaceBefore=4)
    title = ParagraphStyle("t", parent=hs, alignment=TA_CENTER, fontSize=12.5)
    story = [Paragraph(HEAD, head), Spacer(1, 8), Paragraph(TITLE, title)]
    for h, ps in S:
        story.append(Paragraph(h, hs))
        story += [Paragraph(p, base) for p in ps]
    story.append(Paragraph(CAPTION, base))
    data = [["КЕКВ", "Найменування", "Затверджено", "Касові видатки", "Економія"]] + \
           [list(r) for r in BUDGET] + [list(TOTAL)]
    t = Table(data, colWidths=[40, 225, 75, 80, 60])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "LSerif"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                           ("FONTNAME", (0, 0), (-1, 0), "LSerif-B"), ("FONTNAME", (0, -1), (-1, -1), "LSerif-B"),
                           ("SPAN", (0, -1), (1, -1)), ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [t, Spacer(1, 8)]
    story += [Paragraph(p, base) for p in AFTER]

    def foot(c, d):
        c.setFont("LSans", 8)
        c.drawRightString(545, 28, "%d" % d.page)

    doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, invariant=1, title="Звіт ТЦСО за 2024 рік",
                            author="ТЦСО", leftMargin=60, rightMargin=50, topMargin=50, bottomMargin=50)
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) "
                  "Здолбунівської міської ради",
        "centre_type": "tcso", "settlement": "Здолбунів", "oblast": "Рівненська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
    })
    f = g.f
    t = f("served", "persons", 1964, "обслуговано 1 964 (одну тисячу дев'ятсот шістдесят чотири) особи")
    deps = [
        f("served", "persons", 538, "відділенням соціальної допомоги вдома – 538 осіб", service="home_care",
          district="відділення соціальної допомоги вдома", group="served_1964_by_department", parent=t),
        f("served", "persons", 74, "відділенням денного догляду – 74 особи", service="day_care",
          district="відділення денного догляду", group="served_1964_by_department", parent=t),
        f("served", "persons", 31, "відділенням стаціонарного догляду для постійного або тимчасового проживання – "
          "31 особа", service="residential_care", district="відділення стаціонарного догляду",
          group="served_1964_by_department", parent=t),
        f("served", "persons", 1321, "відділенням організації надання адресної натуральної допомоги – 1 321 особа",
          service="natural_aid", district="відділення організації надання адресної натуральної допомоги",
          group="served_1964_by_department", parent=t),
    ]
    hc = deps[0]
    c1 = f("served", "persons", 312, "Серед обслугованих вдома 312 одиноких громадян", service="home_care",
           category="одинокі громадяни", parent=hc)
    c2 = f("served", "persons", 67, "67 учасників бойових дій та осіб з інвалідністю внаслідок війни",
           service="home_care", category="учасники бойових дій та особи з інвалідністю внаслідок війни", parent=hc)
    c3 = f("served", "persons", 29, "29 внутрішньо переміщених осіб", service="home_care",
           category="внутрішньо переміщені особи", parent=hc)
    sw = f("staff_actual", "staff", 46, "Обслуговування вдома здійснюють 46 соціальних робітників",
           label="соціальні робітники")
    pd = f("served", "persons", 83, "На платній основі обслуговувалось 83 особи", label="на платній основі")
    f("services_provided", "services", 69418, "Усього за рік надано 69 418 соціальних послуг")
    sp = f("staff_positions", "positions", 78.5, "Штатна чисельність територіального центру – 78,5 штатної одиниці")
    sa = f("staff_actual", "staff", 74, "фактично працюють 74 особи")
    tr = f("staff_trained", "staff", 22, "Підвищили кваліфікацію двадцять два працівники")
    f("complaints", "complaints", 0, "Скарг на роботу територіального центру у 2024 році не надходило")
    rs = f("survey_respondents", "recipients", 120, "опитування 120 отримувачів послуг", unit_alt="persons")
    sat = f("satisfaction", "percent", 97.5, "рівень задоволеності якістю обслуговування склав 97,5 %",
            label="рівень задоволеності якістю обслуговування")
    tq = "\t".join(x for x in TOTAL if x)
    ta = f("budget_approved", "uah", uah(TOTAL[2]), tq, label="Разом (таблиця 3)")
    ts = f("budget_spent", "uah", uah(TOTAL[3]), tq, label="Разом (таблиця 3)")
    te = f("budget_savings", "uah", uah(TOTAL[4]), tq, label="Разом (таблиця 3)")
    rows = {}
    for k, name, a, s, e in BUDGET:
        q = "\t".join((k, name, a, s, e))
        rows[k] = (
            f("budget_approved", "uah", uah(a), q, kekv=k, label=name, group="general_fund_approved", parent=ta),
            f("budget_spent", "uah", uah(s), q, kekv=k, label=name, group="general_fund_spent", parent=ts),
            f("budget_savings", "uah", uah(e), q, kekv=k, label=name, group="general_fund_savings", parent=te),
        )
    pe = f("budget_savings", "uah", 138300, "Економія коштів загального фонду склала 138,3 тис. грн",
           label="загальний фонд")
    f("budget_received", "uah", 214600, "До спеціального фонду надійшло 214,6 тис. грн за платні послуги",
      label="спеціальний фонд, платні послуги")
    f("budget_received", "uah", 37900, "37,9 тис. грн благодійних внесків",
      label="спеціальний фонд, благодійні внески")
    f("budget_spent", "uah", 198200, "використано коштів спеціального фонду на суму 198,2 тис. грн",
      label="спеціальний фонд")

    a71, s71, e71 = rows["2271"]
    q71 = "\t".join(BUDGET[5])
    g.slip("table_arithmetic", "error", q71, 23600, 26300, [a71, s71, e71],
           "row 2271: економія = затверджено − касові видатки = 344,5 − 318,2 = 26,3 тис. грн, written 23,6 "
           "(digits swapped).", f"{a71} - {s71} == {e71}", slip=1)
    e_ids = [rows[k][2] for k, *_ in BUDGET]
    g.slip("table_arithmetic", "error", tq, 138300, 135600, e_ids + [te],
           "the economy column sums to 135,6 тис. грн with the row 2271 as written, but «Разом» says 138,3 "
           "(which is right: 27 815,9 − 27 677,6). Same slip as the row 2271 finding.",
           " + ".join(e_ids) + f" == {te}", slip=1)
    g.check("table_arithmetic", tq, "approved column sums to 27 815,9; spent column to 27 677,6; Разом economy = "
            "27 815,9 − 27 677,6 = 138,3",
            " + ".join(rows[k][0] for k, *_ in BUDGET) + f" == {ta} and " +
            " + ".join(rows[k][1] for k, *_ in BUDGET) + f" == {ts} and {ta} - {ts} == {te}")
    g.check("table_arithmetic", "2111\tЗаробітна плата", "економія = затверджено − видатки holds in every row "
            "but 2271", " and ".join(f"{a} - {s} == {e}" for k, (a, s, e) in rows.items() if k != "2271"))
    g.check("internal_conflict", "Економія коштів загального фонду склала 138,3 тис. грн",
            "prose 138,3 = table Разом 138,3", f"{pe} == {te}")
    g.check("parts_sum", "обслуговано 1 964 (одну тисячу дев'ятсот шістдесят чотири) особи, з них",
            "538 + 74 + 31 + 1 321 = 1 964", " + ".join(deps) + f" == {t}")
    g.check("parts_sum", "Серед обслугованих вдома 312 одиноких громадян", "312, 67, 29 each ≤ 538 (overlapping "
            "categories); 83 paid ≤ 1 964", f"max({c1}, {c2}, {c3}) <= {hc} and {pd} <= {t}")
    g.check("parts_sum", "фактично працюють 74 особи", "74 ≤ 78,5; 46 social workers ≤ 74; 22 trained ≤ 74; "
            "load 538 / 46 = 11,70 → 11,7", f"{sa} <= {sp} and {sw} <= {sa} and {tr} <= {sa} and "
            f"near(round({hc} / {sw}, 1), 11.7)")
    g.check("percent_impossible", "рівень задоволеності якістю обслуговування склав 97,5 %",
            "117 of 120 = 97,5 %", f"grim_ok({sat}, {rs}, 1)")

    g.skip("35705, Рівненська обл., м. Здолбунів, вул. Шкільна, 17; тел. (03652) 0-45-09", [35705, 17, 3652, 4509],
           "postcode, address, phone")
    g.skip("код ЄДРПОУ 40517396", [40517396], "ЄДРПОУ")
    g.skip("на одного працівника в середньому припадає 11,7 підопічного", [11.7], "ratio")
    g.skip("за тарифом 64,20 грн за годину догляду (рішення виконавчого комітету від 25.01.2024 № 18)",
           [64.2, 25, 1, 2024, 18], "tariff, decision date and number")
    g.skip("Стаціонарне відділення розраховане на 35 ліжко-місць; станом на 01.01.2025 на влаштування до "
           "нього очікують 6 осіб.", [35, 1, 1, 2025, 6], "capacity (beds), date, waiting list; no §3 id")
    g.skip("У громаді проживає 9 213 осіб віком понад 60 років.", [9213, 60], "population and age")
    g.skip("Виконання кошторису загального фонду наведено в таблиці 3.", [3], "table number")
    g.skip("I. Обслуговування громадян", [1, 2, 3, 4], "section numbers I–IV (Roman)")

    g.note("«1 964 (одну тисячу дев'ятсот шістдесят чотири)» is one figure written in digits and words: one fact; "
           "«двадцять два працівники» is a number in words and a fact")
    g.note("table 3 gives its unit (тис. грн) only in the caption; cells are stored in hryvnias, each row "
           "gives approved/spent/savings with kekv; rows hang on the «Разом» cells (three groups)")
    g.note("«Серед обслугованих вдома …» lists overlapping categories: parent only, no group")
    g.note("the 46 social workers and the 74 staff are two staff_actual facts (the first labelled)")
    g.note("the economy 138,3 is written twice (prose and table Разом): two facts")
    g.write()


if __name__ == "__main__":
    build()
    gold()
