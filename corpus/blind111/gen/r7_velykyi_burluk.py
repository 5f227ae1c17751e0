"""b111_07: ТЦСО Великобурлуцької селищної ради (Харківська), indicators for 2024 as a multi-sheet XLSX workbook:
sheets «І кв.», «ІІ кв.», «ІІІ кв.», «ІV кв.» and «Рік». The year sheet holds formulas (=SUM of the quarter
sheets; the end-of-year stock = the ІV кв. cell) with their cached values written into the XML; one year cell
(services) was typed over by hand with a wrong number - the planted slip. Merged title cells, a notes row per sheet."""
import openpyxl
from openpyxl.styles import Alignment, Font
from common import Gold, report_path, freeze_xlsx

DOC = "b111_07_velykyi_burluk_tcso_annual2024.xlsx"
TITLE = "Територіальний центр соціального обслуговування (надання соціальних послуг) Великобурлуцької селищної ради"
QS = ["І кв.", "ІІ кв.", "ІІІ кв.", "ІV кв."]
QNAME = {"І кв.": "І квартал", "ІІ кв.": "ІІ квартал", "ІІІ кв.": "ІІІ квартал", "ІV кв.": "ІV квартал"}
# key, label, unit text, indicator, unit, service, kind ("sum" / "stock")
ROWS = [
    ("applied", "Надійшло заяв про надання соціальних послуг", "заяв", "applied", "applications", None, "sum"),
    ("new", "Взято на обслуговування", "осіб", "served", "persons", None, "sum"),
    ("removed", "Знято з обслуговування", "осіб", "deregistered", "persons", None, "sum"),
    ("stock", "Перебуває на обслуговуванні на кінець періоду", "осіб", "served", "persons", None, "stock"),
    ("services", "Надано соціальних послуг", "послуг", "services_provided", "services", None, "sum"),
    ("hc", "з них догляд вдома", "послуг", "services_provided", "services", "home_care", "sum"),
    ("events", "Проведено групових заходів", "заходів", "events", "events", None, "sum"),
    ("part", "Учасників групових заходів", "осіб", "event_participants", "persons", None, "sum"),
    ("compl", "Надійшло скарг", "скарг", "complaints", "complaints", None, "sum"),
    ("spent", "Касові видатки (загальний фонд)", "тис. грн", "budget_spent", "uah", None, "sum"),
]
DATA = {
    "І кв.": [31, 24, 19, 217, 6140, 5210, 7, 96, 0, 1912.4],
    "ІІ кв.": [27, 21, 15, 223, 6085, 5164, 9, 131, 1, 2046.8],
    "ІІІ кв.": [22, 18, 20, 221, 5872, 4998, 6, 88, 0, 1987.1],
    "ІV кв.": [35, 29, 17, 233, 6061, 5135, 11, 174, 0, 2409.6],
}
START = 212
TYPED = {"services": 24518}   # a year cell typed over by hand (the quarters sum to 24 158)
NOTES = {
    "І кв.": "Примітка: залишок отримувачів на 01.01.2024 – 212 осіб. Дані подано станом на 05.04.2024.",
    "ІІ кв.": "Примітка: у ІІ кварталі 2 соціальні робітники пройшли навчання з надання паліативного догляду (40 год).",
    "ІІІ кв.": "Примітка: дані за вересень уточнено 07.10.2024 (лист № 312/02-07).",
    "ІV кв.": "Примітка: станом на 31.12.2024 штатна чисельність – 27 посад, фактично працює 25 осіб; вакансій – 2.",
    "Рік": "Примітка: рядки 1–3 та 5–10 – сума кварталів; рядок 4 – дані ІV кварталу (станом на 31.12.2024). "
           "Виконавець: економіст ТЦСО, тел. (05752) 0-41-36. Складено 15.01.2025.",
}
FIRST = 4   # first data row


def year_value(i, key, kind):
    if kind == "stock":
        return DATA["ІV кв."][i]
    v = sum(DATA[q][i] for q in QS)
    return round(v, 1) if isinstance(v, float) else v


def fmt(v):
    """The value as stored in the sheet XML."""
    return ("%.1f" % v) if isinstance(v, float) else str(v)


def shown(v):
    """The value as `zvitparse read` prints it (decimal comma; space groups from 10 000)."""
    if isinstance(v, float):
        return ("%.1f" % v).replace(".", ",")
    return f"{v:,}".replace(",", " ") if v >= 10000 else str(v)


def build():
    wb = openpyxl.Workbook()
    wb.properties.creator = "ТЦСО"
    wb.properties.lastModifiedBy = "ТЦСО"
    sheets = []
    for idx, name in enumerate(QS + ["Рік"]):
        ws = wb.active if idx == 0 else wb.create_sheet()
        ws.title = name
        sheets.append(ws)
        ws.merge_cells("A1:D1")
        ws["A1"] = TITLE
        ws["A1"].font = Font(bold=True)
        ws["A1"].alignment = Alignment(horizontal="center", wrap_text=True)
        ws.merge_cells("A2:D2")
        ws["A2"] = ("Показники роботи за %s 2024 року" % QNAME[name]) if name != "Рік" else "Показники роботи за 2024 рік"
        ws["A2"].alignment = Alignment(horizontal="center")
        for c, h in zip("ABCD", ("№", "Показник", "Одиниця виміру", "Кількість")):
            ws[f"{c}3"] = h
            ws[f"{c}3"].font = Font(bold=True)
        for i, (key, label, utext, *_r, kind) in enumerate(ROWS):
            r = FIRST + i
            ws[f"A{r}"] = i + 1
            ws[f"B{r}"] = label
            ws[f"C{r}"] = utext
            if name != "Рік":
                ws[f"D{r}"] = DATA[name][i]
            elif key in TYPED:
                ws[f"D{r}"] = TYPED[key]
            elif kind == "stock":
                ws[f"D{r}"] = f"='ІV кв.'!D{r}"
            else:
                ws[f"D{r}"] = "=SUM(" + ",".join(f"'{q}'!D{r}" for q in QS) + ")"
            if key == "spent":
                ws[f"D{r}"].number_format = "0.0"
        nr = FIRST + len(ROWS) + 1
        ws.merge_cells(f"A{nr}:D{nr}")
        ws[f"A{nr}"] = NOTES[name]
        ws[f"A{nr}"].alignment = Alignment(wrap_text=True)
        ws.column_dimensions["B"].width = 52
        ws.column_dimensions["C"].width = 16
        ws.column_dimensions["D"].width = 12
    path = report_path(DOC)
    wb.save(path)
    cached = {}
    for i, (key, *_r, kind) in enumerate(ROWS):
        if key not in TYPED:
            cached[f"D{FIRST + i}"] = fmt(year_value(i, key, kind))
    freeze_xlsx(path, {"xl/worksheets/sheet5.xml": cached})
    return path


def uah(v):
    return int(round(v * 1000))


def gold():
    g = Gold(DOC, {
        "centre": TITLE, "centre_type": "tcso", "settlement": "Великий Бурлук",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, meta_alt={"report_kind": ["period_report"]})
    f = g.f
    n = lambda x: int(x[1:])  # noqa: E731
    F = lambda x: f"f{n(x)}"  # noqa: E731
    year, quarter = {}, {q: {} for q in QS}
    for i, (key, label, utext, ind, unit, svc, kind) in enumerate(ROWS):
        yv = TYPED.get(key, year_value(i, key, kind))
        val = uah(yv) if unit == "uah" else yv
        kw = dict(service=svc)
        if key == "new":
            kw["alt"] = ["registered_new", "support_started"]
        if key == "stock":
            kw["alt"] = ["support_ongoing"]
        q = f"{i + 1}\t{label}\t{utext}\t{shown(yv)}"
        year[key] = f(ind, unit, val, q, label=f"{label} – 2024 рік", **kw,
                      note=("typed over by hand: the quarters sum to 24 158 (the planted slip)" if key in TYPED else
                            "end-of-year stock = the ІV кв. value" if kind == "stock" else "sum of the quarter sheets"))
    start = f("served", "persons", START, "залишок отримувачів на 01.01.2024 – 212 осіб",
              label="на обслуговуванні на 01.01.2024", alt=["support_ongoing"])
    for qn in QS:
        for i, (key, label, utext, ind, unit, svc, kind) in enumerate(ROWS):
            v = DATA[qn][i]
            val = uah(v) if unit == "uah" else v
            kw = dict(service=svc)
            if key == "new":
                kw["alt"] = ["registered_new", "support_started"]
            if key == "stock":
                kw["alt"] = ["support_ongoing"]
            q = f"{i + 1}\t{label}\t{utext}\t{shown(v)}"
            if kind == "stock":   # a stock at the end of each quarter is not a part of the year's stock
                quarter[qn][key] = f(ind, unit, val, q, label=f"{label} – {QNAME[qn]} 2024", **kw)
            else:
                quarter[qn][key] = f(ind, unit, val, q, label=f"{label} – {QNAME[qn]} 2024", **kw,
                                     group=f"{key}_2024_by_quarter", parent=year[key])
    tr = f("staff_trained", "staff", 2, "у ІІ кварталі 2 соціальні робітники пройшли навчання", label="ІІ квартал 2024")
    pos = f("staff_positions", "positions", 27, "штатна чисельність – 27 посад")
    act = f("staff_actual", "staff", 25, "фактично працює 25 осіб")
    # audit and checks
    g.slip("table_arithmetic", "error", "5\tНадано соціальних послуг\tпослуг\t24 518", 24518, 24158,
           [year["services"]] + [quarter[q]["services"] for q in QS],
           "Рік, row 5: the quarters give 6 140 + 6 085 + 5 872 + 6 061 = 24 158 services, the year sheet says 24 518 "
           "(the cell holds a typed number, not the =SUM formula of the other rows; digits transposed)",
           " + ".join(F(quarter[q]["services"]) for q in QS) + f" == {F(year['services'])}")
    for i, (key, label, utext, ind, unit, svc, kind) in enumerate(ROWS):
        if key in TYPED:
            continue
        yq = f"{i + 1}\t{label}\t{utext}\t{shown(year_value(i, key, kind))}"
        if kind == "stock":
            g.check("table_arithmetic", yq, "year-end stock equals the ІV кв. stock (formula ='ІV кв.'!D7)",
                    f"{F(year[key])} == {F(quarter['ІV кв.'][key])}")
        else:
            g.check("table_arithmetic", yq, f"Рік row {i + 1} = sum of the four quarters",
                    " + ".join(F(quarter[q][key]) for q in QS) + f" == {F(year[key])}")
    prev = start
    for qn in QS:
        d = quarter[qn]
        g.check("table_arithmetic", f"4\tПеребуває на обслуговуванні на кінець періоду\tосіб\t{DATA[qn][3]}",
                f"{qn}: stock at the start + taken − removed = stock at the end",
                f"{F(prev)} + {F(d['new'])} - {F(d['removed'])} == {F(d['stock'])}")
        g.check("parts_sum", f"6\tз них догляд вдома\tпослуг\t{DATA[qn][5]}", f"{qn}: home care ≤ all services",
                f"{F(d['hc'])} <= {F(d['services'])}")
        prev = d["stock"]
    g.check("table_arithmetic", "4\tПеребуває на обслуговуванні на кінець періоду\tосіб\t233",
            "year: 212 + 92 − 71 = 233", f"{F(start)} + {F(year['new'])} - {F(year['removed'])} == {F(year['stock'])}")
    g.check("parts_sum", "фактично працює 25 осіб; вакансій – 2", "25 working + 2 vacancies = 27 positions",
            f"{F(act)} + 2 == {F(pos)} and {F(tr)} <= {F(act)}")
    S = g.skip
    S("Показники роботи за І квартал 2024 року", ["І", 2024], "period titles of the sheets (also ІІ, ІІІ, ІV кв., 2024 рік)")
    S("№\tПоказник\tОдиниця виміру\tКількість", list(range(1, 11)), "row numbers 1–10 on every sheet")
    S("Дані подано станом на 05.04.2024.", [5, 4, 2024], "date")
    S("(40 год)", [40], "duration")
    S("дані за вересень уточнено 07.10.2024 (лист № 312/02-07)", [7, 10, 2024, 312, 2, 7], "date, letter number")
    S("станом на 31.12.2024", [31, 12, 2024], "date")
    S("вакансій – 2", [2], "vacancies (literal in a check)")
    S("рядки 1–3 та 5–10 – сума кварталів; рядок 4 – дані ІV кварталу", [1, 3, 5, 10, 4], "row numbers in the note")
    S("тел. (05752) 0-41-36. Складено 15.01.2025.", [5752, 4136, 15, 1, 2025], "phone (invalid 0 after the area code), date")
    g.note("The report period is 2024 (the «Рік» sheet); each quarter figure of a summed row is a part of the year figure "
           "(parent_id = the year fact, one group per row). Labels carry the quarter.")
    g.note("Row 4 (stock at the end of the period) is not summed: the year value is the ІV кв. value (formula ='ІV кв.'!D7). "
           "The quarter stocks are facts with no parent; stock → served persons, alt support_ongoing.")
    g.note("«з них догляд вдома» is a part of «Надано соціальних послуг» on each sheet, but its parent_id points to the year "
           "home-care fact (one parent only); the within-sheet relation is a passed parts_sum check.")
    g.note("«Взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → deregistered.")
    g.note("The start stock «залишок отримувачів на 01.01.2024 – 212 осіб» (notes row of «І кв.») is a fact labelled with its "
           "date (served, alt support_ongoing), as the 01.01 register in b111_03; it closes the stock-flow checks.")
    g.note("Complaints 0 in a table cell are facts (value 0). Money «тис. грн» is stored in hryvnias. The oblast is not "
           "written in the workbook → omitted from meta.")
    g.note("XLSX build: openpyxl writes formulas without values, so the generator writes the cached values into the "
           "«Рік» sheet XML next to each formula (freeze_xlsx in common.py); the reader prints the cached values.")
    g.write()


if __name__ == "__main__":
    build()
    gold()
