"""b26_05: ТЦСО Тетіївської міської ради (Київська), H1 2026, a report in the shape of a statistical form
(numbered rows 01.., column codes А, Б, 1, 2, 3, «з рядка 01 –» cross-references, control-sum line),
as a spreadsheet exported to PDF (reportlab). New style."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import Gold, register_fonts, report_path

NAME = "b26_05_tetiiv_tcso_form_h1_2026.pdf"
register_fonts()
PS = ParagraphStyle("n", fontName="LSerif", fontSize=10, leading=12.5)
PB = ParagraphStyle("b", fontName="LSerif-B", fontSize=11, leading=14)
PC = ParagraphStyle("c", fontName="LSerif", fontSize=9, leading=11)


def n(x):
    if x is None:
        return "–"
    if isinstance(x, float):
        return str(x).replace(".", ",")
    return f"{x:,}".replace(",", " ")


# section 1: persons. (name, code, total, women, idp)
T1 = [
    ("Кількість отримувачів соціальних послуг у звітному періоді (сума рядків 02–06)", "01", 634, 412, 38),
    ("з рядка 01 – догляд вдома", "02", 246, 183, 11),
    ("денний догляд", "03", 58, 39, 4),
    ("стаціонарний догляд", "04", 31, 20, 2),
    ("натуральна допомога", "05", 227, 131, 16),
    ("інші соціальні послуги (консультування, соціальна адаптація)", "06", 72, 48, 5),
    ("з рядка 01 – особи з інвалідністю", "07", 212, 140, 9),
    ("з рядка 01 – особи, взяті на обслуговування у звітному періоді", "08", 93, 61, 7),
    ("з рядка 01 – особи, зняті з обслуговування у звітному періоді", "09", 71, 47, 4),
    ("з рядка 09 – у зв'язку зі смертю", "10", 34, 22, None),
    ("з рядка 09 – за власним бажанням та з інших причин", "11", 37, 25, 4),
]
TRUE_WOMEN_01 = 183 + 39 + 20 + 131 + 48   # 421; the form says 412 (planted slip)
CS = [sum((r[k] or 0) for r in T1) for k in (2, 3, 4)]   # control sums as the spreadsheet computes them
T2 = [
    ("Кількість наданих соціальних послуг (сума рядків 13–15)", "12", 24917, 23731, 1186),
    ("з рядка 12 – догляд вдома", "13", 17306, 16120, 1186),
    ("денний догляд", "14", 3912, 3912, None),
    ("інші соціальні послуги", "15", 3699, 3699, None),
]
T3 = [
    ("Штатна чисельність працівників, посад", "16", 61.5),
    ("Фактично зайнято працівників, осіб", "17", 57),
    ("з рядка 17 – соціальні робітники", "18", 38),
    ("з рядка 17 – підвищили кваліфікацію у звітному періоді", "19", 14),
    ("Кількість письмових звернень (заяв) про надання соціальних послуг", "20", 118),
    ("Кількість скарг на якість надання соціальних послуг", "21", 0),
]


def tbl(head, codes, rows, widths):
    data = [head, codes]
    for r in rows:
        data.append([Paragraph(r[0], PC), r[1]] + [n(x) for x in r[2:]])
    return data


story = [
    Paragraph("ЗВІТНІСТЬ", PB),
    Paragraph("Звіт про надання соціальних послуг територіальним центром соціального обслуговування "
              "(надання соціальних послуг) за І півріччя 2026 року", PB),
    Paragraph("Форма № 3-ТЦ (піврічна). Подається відділу соціального захисту населення не пізніше 10 липня "
              "року, що настає за звітним періодом.", PS),
    Paragraph("Респондент: Територіальний центр соціального обслуговування (надання соціальних послуг) "
              "Тетіївської міської ради. Код ЄДРПОУ 40318265. Місцезнаходження: 09801, Київська обл., "
              "м. Тетіїв, вул. Соборна, 42.", PS),
    Spacer(1, 6),
    Paragraph("Розділ 1. Отримувачі соціальних послуг, осіб", PB),
]
W = [330, 55, 70, 80, 70]
STYLE = TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 9), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
d1 = tbl(["Найменування показника", "Код рядка", "Усього", "у т. ч. жінки", "у т. ч. ВПО"],
         ["А", "Б", "1", "2", "3"], T1, W)
d1.append([Paragraph("Контрольна сума (сума рядків 01–11)", PC), "99"] + [n(x) for x in CS])
t = Table(d1, colWidths=W)
t.setStyle(STYLE)
story += [t, Spacer(1, 4),
          Paragraph("Примітка. У рядку 05 враховано 19 осіб, яким натуральну допомогу надано одноразово "
                    "(продуктові набори по 12 кг).", PS),
          Spacer(1, 8),
          Paragraph("Розділ 2. Кількість наданих соціальних послуг, одиниць", PB)]
d2 = tbl(["Найменування показника", "Код рядка", "Усього", "з них безоплатно", "з них платно"],
         ["А", "Б", "1", "2", "3"], T2, W)
t = Table(d2, colWidths=W)
t.setStyle(STYLE)
story += [t, Spacer(1, 8), Paragraph("Розділ 3. Персонал та звернення", PB)]
d3 = tbl(["Найменування показника", "Код рядка", "Значення"], ["А", "Б", "1"], T3, W[:3])
t = Table(d3, colWidths=W[:3])
t.setStyle(STYLE)
story += [t, Spacer(1, 10),
          Paragraph("Керівник (підпис)            Виконавець (підпис), тел. (04560) 0-54-12, "
                    "tcso.tetiiv@example.ua            Дата складання 08.07.2026", PS)]

doc = SimpleDocTemplate(report_path(NAME), pagesize=landscape(A4), invariant=1,
                        leftMargin=40, rightMargin=40, topMargin=36, bottomMargin=36,
                        title="Форма 3-ТЦ", author="ТЦСО Тетіїв")
doc.build(story)

# ---------------------------------------------------------------- gold
g = Gold(NAME, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Тетіївської міської ради",
    "centre_type": "tcso", "settlement": "Тетіїв", "oblast": "Київська", "report_kind": "period_report",
    "period_start": "2026-01-01", "period_end": "2026-06-30"},
    {"centre": ["Територіальний центр соціального обслуговування Тетіївської міської ради"],
     "report_kind": ["other"]})
f = g.f


def rq(r):
    return "\t".join([r[0], r[1]] + [n(x) for x in r[2:]])


COLS = [(None, None), ("жінки", "women"), ("внутрішньо переміщені особи", "idp")]
SERV = {"02": "home_care", "03": "day_care", "04": "residential_care", "05": "natural_aid", "06": None}
ids = {}   # (code, col) -> fact id
for r in T1:
    code = r[1]
    for k in range(3):
        v = r[2 + k]
        if v is None:
            continue
        cat = COLS[k][0]
        kw = dict(category=cat, label=f"рядок {code}, графа {k + 1}")
        par = None
        if code == "01":
            ind, alt = "served", None
            par = ids[("01", 0)] if k else None
        elif code in SERV:
            ind, alt = "served", None
            kw["service"] = SERV[code]
            kw["group"] = f"row01_col{k + 1}_by_service"
            par = ids[("01", k)]
        elif code == "07":
            ind, alt = "served", None
            kw["category"] = "особи з інвалідністю" + (f"; {cat}" if cat else "")
            par = ids[("01", k)]
        elif code == "08":
            ind, alt = "served", ["registered_new", "support_started"]
            par = ids[("01", k)]
        elif code == "09":
            ind, alt = "deregistered", None
            par = ids[("01", k)]
        else:
            ind, alt = "outcome_other", None
            kw["label"] += "; " + ("смерть" if code == "10" else "за власним бажанням та з інших причин")
            kw["group"] = f"row09_col{k + 1}_by_reason"
            par = ids[("09", k)]
        ids[(code, k)] = f(ind, "persons", v, rq(r), alt=alt, parent=par, **kw)
ot = f("served", "persons", 19, "У рядку 05 враховано 19 осіб, яким натуральну допомогу надано одноразово",
       service="natural_aid", label="одноразово", parent=ids[("05", 0)])
LBL2 = ["усього", "безоплатно", "платно"]
SV2 = {"12": None, "13": "home_care", "14": "day_care", "15": None}
for r in T2:
    code = r[1]
    for k in range(3):
        v = r[2 + k]
        if v is None:
            continue
        par = None
        kw = dict(label=f"рядок {code}, {LBL2[k]}", service=SV2[code])
        if code == "12":
            par = ids[("12", 0)] if k else None
        else:
            par = ids[("12", k)]
            kw["group"] = f"row12_col{k + 1}_by_service"
        ids[(code, k)] = f("services_provided", "services", v, rq(r), parent=par, **kw)
IND3 = {"16": ("staff_positions", "positions"), "17": ("staff_actual", "staff"), "18": ("staff_actual", "staff"),
        "19": ("staff_trained", "staff"), "20": ("applied", "applications"), "21": ("complaints", "complaints")}
for r in T3:
    ind, unit = IND3[r[1]]
    kw = {"label": f"рядок {r[1]}"}
    if r[1] == "18":
        kw["label"] += ", соціальні робітники"
    par = ids[("17", 0)] if r[1] in ("18", "19") else None
    ids[(r[1], 0)] = f(ind, unit, r[2], rq(r), parent=par, **kw)

I = lambda code, k=0: ids[(code, k)]  # noqa: E731
row01 = rq(T1[0])
g.slip("table_arithmetic", "error", row01, 412, TRUE_WOMEN_01,
       [I("01", 1), I("02", 1), I("03", 1), I("04", 1), I("05", 1), I("06", 1)],
       "row 01 is «сума рядків 02–06», but graph 2 (жінки) of rows 02–06 sums to 183+39+20+131+48 = 421, "
       "not 412 (transposed digits); graphs 1 and 3 add up",
       " + ".join(I(c, 1) for c in ("02", "03", "04", "05", "06")) + f" == {I('01', 1)}")
for k in (0, 2):
    g.check("table_arithmetic", row01, f"row 01 = sum of rows 02–06, graph {k + 1}",
            " + ".join(I(c, k) for c in ("02", "03", "04", "05", "06")) + f" == {I('01', k)}")
for k in range(3):
    g.check("table_arithmetic", rq(T1[8]), f"row 09 = rows 10 + 11, graph {k + 1} (row 10 graph 3 is «–», i.e. 0)",
            (f"{I('10', k)} + {I('11', k)} == {I('09', k)}" if k != 2 else f"{I('11', 2)} == {I('09', 2)}"))
g.check("table_arithmetic", rq(T1[0]), "graphs 2 and 3 («у т. ч.») never exceed graph 1 in any row of section 1",
        " and ".join(f"{ids[(r[1], 1)]} <= {ids[(r[1], 0)]}" + (f" and {ids[(r[1], 2)]} <= {ids[(r[1], 0)]}" if (r[1], 2) in ids else "") for r in T1))
g.check("table_arithmetic", rq(T1[6]), "rows 07–09 («з рядка 01») do not exceed row 01",
        f"{I('07')} <= {I('01')} and {I('08')} <= {I('01')} and {I('09')} <= {I('01')}")
cs_q = "Контрольна сума (сума рядків 01–11)\t99\t" + "\t".join(n(x) for x in CS)
for k in range(3):
    g.check("table_arithmetic", cs_q, f"control sum graph {k + 1} = {CS[k]} (sum of rows 01–11 as written; a literal, not a fact)",
            " + ".join(ids[(r[1], k)] for r in T1 if (r[1], k) in ids) + f" == {CS[k]}")
for k in range(3):
    parts = [ids[(c, k)] for c in ("13", "14", "15") if (c, k) in ids]
    g.check("table_arithmetic", rq(T2[0]), f"row 12 = rows 13–15, graph {k + 1}", " + ".join(parts) + f" == {I('12', k)}")
g.check("table_arithmetic", rq(T2[0]), "graph 1 = безоплатно + платно (rows 12 and 13)",
        f"{I('12', 1)} + {I('12', 2)} == {I('12')} and {I('13', 1)} + {I('13', 2)} == {I('13')}")
g.check("parts_sum", rq(T3[1]), "row 17 ≤ row 16; rows 18, 19 ≤ row 17", f"{I('17')} <= {I('16')} and {I('18')} <= {I('17')} and {I('19')} <= {I('17')}")
g.check("parts_sum", "У рядку 05 враховано 19 осіб", "19 one-off ≤ 227 (row 05)", f"{ot} <= {I('05')}")

S = g.skip
S("за І півріччя 2026 року", [2026], "period (year)")
S("Форма № 3-ТЦ (піврічна). Подається відділу соціального захисту населення не пізніше 10 липня року", [3, 10], "form number, deadline")
S("Код ЄДРПОУ 40318265. Місцезнаходження: 09801, Київська обл., м. Тетіїв, вул. Соборна, 42.", [40318265, 9801, 42], "ЄДРПОУ, postcode, address")
S("Розділ 1. Отримувачі соціальних послуг, осіб", [1], "section number")
S("Розділ 2. Кількість наданих соціальних послуг, одиниць", [2], "section number")
S("Розділ 3. Персонал та звернення", [3], "section number")
S("А\tБ\t1\t2\t3", [1, 2, 3], "column codes")
S("(сума рядків 02–06)", [2, 6], "row references")
S("з рядка 01 – догляд вдома\t02", list(range(1, 22)), "row codes 01–21 and «з рядка NN» / «сума рядків NN–NN» cross-references (every row)")
S(cs_q, [99] + CS, "control-sum line (code 99 and the spreadsheet's control sums): used as literals in checks, not facts")
S("(продуктові набори по 12 кг)", [12], "items (kg)")
S("тел. (04560) 0-54-12", [4560, 0, 54, 12], "phone")
S("Дата складання 08.07.2026", [8, 7, 2026], "date")
g.note("a statistical form: every cell of rows 01–21 is a fact quoted by its row; «–» cells are not facts. Row codes, column codes and the control-sum line are skipped")
g.note("section 1 graph 1 rows 02–06 hang on row 01 graph 1 (group per graph); graphs 2 (жінки) and 3 (ВПО) hang on the graph 1 cell of row 01 for row 01, and on row 01 of the same graph for the other rows")
g.note("row 08 «взяті на обслуговування» → served (alt registered_new, support_started); row 09 «зняті з обслуговування» → deregistered; rows 10–11 → outcome_other with the reason in the label")
g.note("section 2: services_provided; graphs «безоплатно» / «платно» told apart by label")
g.note("row 16 «61,5» positions is a fractional fact")
g.note("the control sums are computed by the spreadsheet from the cells as written, so they agree with the wrong 412 of row 01 graph 2; the slip shows only against rows 02–06")
g.write()
