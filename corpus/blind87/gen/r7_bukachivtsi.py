"""b87_07: КУ «ЦНСП» Букачівської селищної ради (Івано-Франківська), MONTHLY report for October 2024.
DOCX: a table with the month's figures beside cumulative «з початку року» figures (column-number row,
«х» cells, abbreviated units, «23 / 21» in one cell), then terse explanations with cumulative figures
in brackets. Less common style 1 of the set."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b87_07_bukachivtsi_cnsp_oct2024.docx"

HEAD = [
    ("r", "Додаток 1\nдо листа від 04.11.2024 № 01-09/271"),
    ("c", "КУ «Центр надання соціальних послуг» Букачівської селищної ради"),
    ("c", "77111, Івано-Франківська обл., Івано-Франківський р-н, смт Букачівці, вул. Галицька, 40, "
          "тел. (03435) 0-71-28"),
    ("b", "ЗВІТ про роботу за жовтень 2024 року\n(з наростаючим підсумком з початку року)"),
]

TABLE = [
    ["№ з/п", "Показник", "Од. виміру", "Жовтень 2024 р.", "З початку року (наростаючим підсумком)"],
    ["1", "2", "3", "4", "5"],
    ["1", "Звернулося до Центру, всього", "осіб", "64", "587"],
    ["1.1", "у т. ч. внутрішньо переміщених осіб", "осіб", "17", "169"],
    ["2", "Проведено оцінку потреб", "осіб", "21", "203"],
    ["3", "Отримали соціальні послуги, всього", "осіб", "312", "3 071"],
    ["3.1", "інформування", "осіб", "96", "861"],
    ["3.2", "консультування", "осіб", "118", "1 102"],
    ["3.3", "догляд вдома", "осіб", "71", "702"],
    ["3.4", "денний догляд", "осіб", "19", "187"],
    ["3.5", "соціальний супровід сімей (осіб) у СЖО", "осіб", "8", "71"],
    ["3.6", "натуральна допомога", "осіб", "14", "148"],
    ["4", "Надано соціальних послуг", "посл.", "1 486", "14 302"],
    ["5", "Перебувало під соціальним супроводом (на кінець місяця)", "сімей", "8", "х"],
    ["5.1", "взято під супровід", "сімей", "2", "15"],
    ["5.2", "завершено супровід", "сімей", "1", "11"],
    ["6", "Проведено групових заходів", "од.", "5", "47"],
    ["6.1", "охоплено учасників", "осіб", "83", "694"],
    ["7", "Дзвінки на «гарячу лінію»", "дзв.", "29", "311"],
    ["8", "Скарги", "од.", "0", "0"],
    ["9", "Штатна чисельність / фактично працюючих", "од./осіб", "23 / 21", "х"],
]

TAIL = [
    ("p", "Пояснення до звіту"),
    ("p", "У жовтні до Центру звернулося 64 особи, що на 9 більше, ніж у вересні (55)."),
    ("p", "Під соціальним супроводом на кінець жовтня перебувало 8 сімей, у яких виховується 19 дітей."),
    ("p", "Групові заходи: 02.10.2024 – до Міжнародного дня людей похилого віку (37 учасників); "
          "16.10.2024 – тренінг для прийомних батьків; 24.10.2024 – 3 заняття «Школи догляду»."),
    ("p", "У жовтні 3 працівники пройшли навчання (з початку року – 14). Мобільна бригада здійснила 6 виїздів "
          "до 4 старостинських округів. Видано 14 продуктових наборів (з початку року – 148)."),
    ("p", "Примітка: графа 5 заповнюється наростаючим підсумком з 01.01.2024; по рядках 5 та 9 – "
          "станом на 31.10.2024."),
    ("p", "Директор ______________     Виконавець: тел. (03435) 0-71-30"),
]


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    for kind, text in HEAD:
        p = d.add_paragraph()
        p.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                       "b": WD_ALIGN_PARAGRAPH.CENTER}[kind]
        lines = text.split("\n")
        for i, line in enumerate(lines):
            r = p.add_run(line)
            r.bold = kind == "b"
            if i < len(lines) - 1:
                r.add_break()
    t = d.add_table(rows=len(TABLE), cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    for kind, text in TAIL:
        d.add_paragraph(text)
    fix_docx_props(d, "ЦНСП")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Букачівської селищної ради",
        "centre_type": "cnsp",
        "settlement": "Букачівці",
        "oblast": "Івано-Франківська",
        "report_kind": "period_report",
        "period_start": "2024-10-01",
        "period_end": "2024-10-31",
    }, {"centre": ["КУ «Центр надання соціальних послуг» Букачівської селищної ради",
                   "Комунальна установа «Центр надання соціальних послуг» Букачівської селищної ради"],
        "period_start": ["2024-01-01"]})
    F = g.f
    R = {r[0]: r for r in TABLE[2:]}

    def q(n):
        return "\t".join(R[n])

    def val(n):
        return int(R[n][3].replace(" ", ""))
    ap = F("applied", "persons", val("1"), q("1"))
    idp = F("applied", "persons", val("1.1"), q("1.1"), category="внутрішньо переміщені особи", parent=ap)
    na = F("needs_assessed", "persons", val("2"), q("2"))
    sv = F("served", "persons", val("3"), q("3"))
    svc = {"3.1": "informing", "3.2": "counselling", "3.3": "home_care", "3.4": "day_care",
           "3.5": "social_support_sjo", "3.6": "natural_aid"}
    parts = [F("served", "persons", val(n), q(n), service=s, group="served_312_by_service", parent=sv)
             for n, s in svc.items()]
    sp = F("services_provided", "services", val("4"), q("4"))
    sup = F("served", "families", val("5"), q("5"), service="social_support_sjo", alt=["support_ongoing"],
            label="на кінець місяця")
    ss = F("support_started", "families", val("5.1"), q("5.1"), service="social_support_sjo", parent=sup)
    sc = F("support_completed", "families", val("5.2"), q("5.2"), service="social_support_sjo", parent=sup)
    ev = F("events", "events", val("6"), q("6"))
    evp = F("event_participants", "persons", val("6.1"), q("6.1"), parent=ev)
    calls = F("calls", "calls", val("7"), q("7"))
    cp = F("complaints", "complaints", 0, q("8"))
    pos = F("staff_positions", "positions", 23, q("9"))
    act = F("staff_actual", "staff", 21, q("9"))
    ap2 = F("applied", "persons", 64, "У жовтні до Центру звернулося 64 особи",
            note="row 1 of the table said again in the explanations: two facts")
    sup2 = F("served", "families", 8, "Під соціальним супроводом на кінець жовтня перебувало 8 сімей",
             service="social_support_sjo", alt=["support_ongoing"], label="на кінець місяця",
             note="row 5 said again: two facts")
    supc = F("served", "children", 19, "у яких виховується 19 дітей", service="social_support_sjo",
             alt=["support_ongoing"], parent=sup2)
    p37 = F("event_participants", "persons", 37, "до Міжнародного дня людей похилого віку (37 учасників)",
            label="захід до Міжнародного дня людей похилого віку", parent=evp)
    trn = F("staff_trained", "staff", 3, "У жовтні 3 працівники пройшли навчання")

    g.slip("parts_sum", "error", q("3"), 326, 312, [sv] + parts,
           "rows 3.1–3.6 of the October column are the services of the «всього» row 3, but 96 + 118 + 71 + 19 + "
           "8 + 14 = 326, 14 more than 312 (as if row 3.6, natural aid, was left out of the total). The "
           "cumulative column of the same rows adds up (3 071).",
           " + ".join(parts) + f" == {sv}", slip=1)
    C = g.check
    C("parts_sum", q("1.1"), "17 IDP ≤ 64 applied; 21 assessed ≤ 64", f"{idp} <= {ap} and {na} <= {ap}")
    C("table_arithmetic", q("3.6"), "cumulative column (skipped, literals): 861 + 1 102 + 702 + 187 + 71 + 148 = 3 071",
      "861 + 1102 + 702 + 187 + 71 + 148 == 3071")
    C("table_arithmetic", q("1"), "every month figure ≤ its cumulative figure (literals from column 5)",
      f"{ap} <= 587 and {idp} <= 169 and {na} <= 203 and {sv} <= 3071 and {sp} <= 14302 and {ss} <= 15 "
      f"and {sc} <= 11 and {ev} <= 47 and {evp} <= 694 and {calls} <= 311 and {trn} <= 14")
    C("parts_sum", q("5.1"), "2 taken on and 1 completed ≤ 8 under support", f"{ss} <= {sup} and {sc} <= {sup}")
    C("internal_conflict", "У жовтні до Центру звернулося 64 особи",
      "prose repeats the table: 64 applied, 8 families under support; 8 families = row 3.5 (8)",
      f"{ap2} == {ap} and {sup2} == {sup} and {parts[4]} == {sup}")
    C("parts_sum", "Групові заходи: 02.10.2024", "5 events = 1 + 1 + 3 (literals); 37 ≤ 83 participants",
      f"1 + 1 + 3 == {ev} and {p37} <= {evp}")
    C("parts_sum", q("9"), "21 working ≤ 23 positions; 3 trained ≤ 21", f"{act} <= {pos} and {trn} <= {act}")
    S = g.skip
    S("до листа від 04.11.2024 № 01-09/271", [4, 11, 2024, 1, 9, 271], "date and number of the covering letter")
    S("Додаток 1", [1], "annex number")
    S("77111, Івано-Франківська обл., Івано-Франківський р-н, смт Букачівці, вул. Галицька, 40, тел. (03435) 0-71-28",
      [77111, 40, 3435, 7128], "postcode, address, phone")
    S("ЗВІТ про роботу за жовтень 2024 року", [2024], "year of the title")
    S("1\t2\t3\t4\t5", [1, 2, 3, 4, 5], "column-number row of the table")
    S("№ з/п\tПоказник\tОд. виміру\tЖовтень 2024 р.", [2024], "year in the column header")
    for n in ["1", "1.1", "2", "3", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "4", "5.1", "5.2", "6", "6.1", "7", "8"]:
        cum = R[n][4].replace(" ", "")
        S(q(n), [int(cum)], f"row {n}: column 5 «з початку року» is a cumulative figure for January–October "
                            f"2024 (another, longer period); row number {n}")
    S(q("5"), [5], "row number; column 5 is «х»")
    S(q("9"), [9], "row number; column 5 is «х»")
    S("що на 9 більше, ніж у вересні (55)", [9, 55], "difference from, and figure of, the previous month")
    S("Групові заходи: 02.10.2024", [2, 10, 2024], "date")
    S("16.10.2024 – тренінг для прийомних батьків; 24.10.2024 – 3 заняття «Школи догляду»", [16, 10, 2024, 24, 3],
      "dates; «3 заняття» is a part of the 5 events with no participants given (literal in a check)")
    S("(з початку року – 14)", [14], "cumulative figure (January–October)")
    S("Мобільна бригада здійснила 6 виїздів до 4 старостинських округів", [6, 4], "trips and districts (no §3 id)")
    S("Видано 14 продуктових наборів (з початку року – 148)", [14, 148], "items handed out, cumulative items")
    S("графа 5 заповнюється наростаючим підсумком з 01.01.2024; по рядках 5 та 9 – станом на 31.10.2024",
      [5, 1, 1, 2024, 5, 9, 31, 10, 2024], "column and row numbers, dates")
    S("Виконавець: тел. (03435) 0-71-30", [3435, 7130], "phone")
    g.note("MONTHLY REPORT RULE: the report period is the month (October 2024). Facts are the October column "
           "(column 4) and the October figures of the explanations. Point-in-time figures at the month's end "
           "(under support on 31.10, staff) are facts of the month. Every cumulative «з початку року» / "
           "«наростаючим підсумком» figure covers January–October 2024, a different period, and goes to "
           "`skipped`; the checks use some of them as literals. meta_alt accepts 2024-01-01 as period_start "
           "because the title adds «з наростаючим підсумком з початку року»")
    g.note("table facts are quoted by their row, which also holds the cumulative figure; row 9 «23 / 21» gives "
           "two facts (positions, actual staff)")
    g.note("row 3.5 counts social-support recipients in «осіб» (8), row 5 counts the same 8 as families: "
           "two facts with different units; the prose 8 families and 19 children hang on nothing in the table")
    g.note("a monthly report is report_kind period_report")
    g.write()


if __name__ == "__main__":
    build()
    gold()
