"""b83_07: ТЦСО Ланчинської селищної ради (Івано-Франківська), annual report 2024 written
QUARTER BY QUARTER: one table «Показник | I кв. | II кв. | III кв. | IV кв. | Усього за рік» and prose
that cites one quarter and the year. DOCX. Slip: table_arithmetic (home-care services: the quarters sum
to 11 697, the year column says 11 751)."""
from docx import Document
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b83_07_lanchyn_tcso_quarterly2024.docx"

HEAD = [
    "Територіальний центр соціального обслуговування (надання соціальних послуг) Ланчинської селищної ради",
    "78455, Івано-Франківська обл., Надвірнянський р-н, смт Ланчин, вул. Грушевського, 58, тел. (03475) 0-41-77",
    "ЗВІТ про роботу за 2024 рік (у розрізі кварталів)",
    "Основні показники діяльності Центру за кожен квартал 2024 року та за рік у цілому наведено в таблиці.",
]
TABLE = [
    ["№", "Показник", "I кв.", "II кв.", "III кв.", "IV кв.", "Усього за рік"],
    ["1", "Перебувало на обслуговуванні на кінець періоду, осіб", "212", "209", "213", "215", "215"],
    ["2", "Взято на обслуговування, осіб", "14", "9", "11", "12", "46"],
    ["3", "Знято з обслуговування, осіб", "8", "12", "7", "10", "37"],
    ["4", "Надано соціальних послуг, од.", "3 412", "3 388", "3 507", "3 561", "13 868"],
    ["4.1", "з них догляд вдома", "2 904", "2 817", "2 966", "3 010", "11 751"],
    ["5", "Отримали адресну натуральну допомогу, осіб", "54", "47", "72", "58", "231"],
    ["6", "Проведено групових заходів", "6", "5", "4", "7", "22"],
    ["7", "Учасників заходів, осіб", "88", "71", "49", "103", "311"],
    ["8", "Надійшло скарг", "0", "0", "0", "0", "0"],
    ["9", "Надійшло коштів за платні послуги, тис. грн", "21,4", "22,0", "21,7", "23,1", "88,2"],
]
AFTER = [
    "Станом на 01.01.2024 на обслуговуванні перебувало 206 осіб. Загалом протягом 2024 року послугами Центру "
    "скористалися 252 особи, з них 139 – одинокі громадяни, 87 – особи з інвалідністю, 19 – внутрішньо переміщені особи.",
    "Послуг догляду вдома у IV кварталі надано 3 010, за рік – 11 751. Найбільше натуральної допомоги видано у III "
    "кварталі – 72 особам (після надходження гуманітарного вантажу); у IV кварталі – 58, а всього за рік – 231.",
    "Станом на 31.12.2024 штатна чисельність Центру – 26 посад, фактично працює 24 особи, з них 19 соціальних "
    "робітників. Вакантні 2 посади соціального робітника у с. Підгір'я та с. Чорний Потік.",
    "У грудні 2024 року проведено опитування 64 отримувачів послуг: 93,8 % задоволені якістю обслуговування.",
    "Кошторис Центру на 2024 рік – 7 842,6 тис. грн, касові видатки – 7 801,9 тис. грн (99,5 %). Тариф на послугу "
    "догляду вдома – 86,40 грн за годину.",
    "Примітка: показники I–III кварталів звірено з квартальними звітами (вих. № 14 від 08.04.2024, № 41 від 05.07.2024, "
    "№ 67 від 07.10.2024).",
]


def build(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for t in HEAD:
        d.add_paragraph(t)
    tb = d.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    tb.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, v in enumerate(row):
            tb.cell(i, j).text = v
    for t in AFTER:
        d.add_paragraph(t)
    fix_docx_props(d, "ТЦСО")
    d.save(path)
    freeze_zip(path)


def num(s):
    s = s.replace(" ", "").replace(",", ".")
    return float(s) if "." in s else int(s)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Ланчинської селищної ради",
        "centre_type": "tcso", "settlement": "Ланчин", "oblast": "Івано-Франківська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"})
    n = lambda x: x[1:]  # noqa: E731
    rq = lambda r: "\t".join(r)  # noqa: E731
    R = {r[0]: r for r in TABLE[1:]}
    y = {}
    y["1"] = g.f("support_ongoing", "persons", 215, rq(R["1"]), alt=["served"],
                 label="на обслуговуванні на кінець року", note="year column of a stock row = the end of IV quarter")
    y["2"] = g.f("served", "persons", 46, rq(R["2"]), label="взято на обслуговування",
                 alt=["registered_new", "support_started"])
    y["3"] = g.f("deregistered", "persons", 37, rq(R["3"]))
    y["4"] = g.f("services_provided", "services", 13868, rq(R["4"]))
    y["4.1"] = g.f("services_provided", "services", 11751, rq(R["4.1"]), service="home_care", parent=y["4"])
    y["5"] = g.f("served", "persons", 231, rq(R["5"]), service="natural_aid")
    y["6"] = g.f("events", "events", 22, rq(R["6"]))
    y["7"] = g.f("event_participants", "persons", 311, rq(R["7"]), parent=y["6"])
    y["8"] = g.f("complaints", "complaints", 0, rq(R["8"]))
    y["9"] = g.f("budget_received", "uah", 88200, rq(R["9"]), label="платні послуги")
    s = g.f("served", "persons", 252, "протягом 2024 року послугами Центру скористалися 252 особи")
    for v, q, c in ((139, "139 – одинокі громадяни", "одинокі громадяни"),
                    (87, "87 – особи з інвалідністю", "особи з інвалідністю"),
                    (19, "19 – внутрішньо переміщені особи", "внутрішньо переміщені особи")):
        g.f("served", "persons", v, q, category=c, parent=s)
    hc = g.f("services_provided", "services", 11751, "за рік – 11 751", service="home_care")
    na = g.f("served", "persons", 231, "а всього за рік – 231", service="natural_aid")
    pos = g.f("staff_positions", "positions", 26, "штатна чисельність Центру – 26 посад")
    act = g.f("staff_actual", "staff", 24, "фактично працює 24 особи")
    sw = g.f("staff_actual", "staff", 19, "з них 19 соціальних робітників", label="соціальні робітники", parent=act)
    sv = g.f("survey_respondents", "persons", 64, "проведено опитування 64 отримувачів послуг", unit_alt="recipients")
    sat = g.f("satisfaction", "percent", 93.8, "93,8 % задоволені якістю обслуговування",
              label="задоволені якістю обслуговування")
    ba = g.f("budget_approved", "uah", 7842600, "Кошторис Центру на 2024 рік – 7 842,6 тис. грн")
    bs = g.f("budget_spent", "uah", 7801900, "касові видатки – 7 801,9 тис. грн (99,5 %)", percent=99.5)

    def qsum(key):
        return " + ".join(str(num(c)) for c in R[key][2:6])
    g.slip("table_arithmetic", "error", rq(R["4.1"]), 11697, 11751, [y["4.1"]],
           "row 4.1 (home-care services): quarters 2 904 + 2 817 + 2 966 + 3 010 = 11 697, the year column says 11 751 "
           "(54 more). The II quarter looks mistyped (2 871 would fit). The prose repeats 11 751.",
           f"{qsum('4.1')} == f{n(y['4.1'])}")
    for key, note in (("2", "14 + 9 + 11 + 12 = 46"), ("3", "8 + 12 + 7 + 10 = 37"),
                      ("4", "3 412 + 3 388 + 3 507 + 3 561 = 13 868"), ("5", "54 + 47 + 72 + 58 = 231"),
                      ("6", "6 + 5 + 4 + 7 = 22"), ("7", "88 + 71 + 49 + 103 = 311"), ("8", "0 + 0 + 0 + 0 = 0")):
        g.check("table_arithmetic", rq(R[key]), "quarters sum to the year: " + note, f"{qsum(key)} == f{n(y[key])}")
    g.check("table_arithmetic", rq(R["9"]), "21,4 + 22,0 + 21,7 + 23,1 = 88,2 тис. грн",
            f"near((21.4 + 22.0 + 21.7 + 23.1) * 1000, f{n(y['9'])})")
    g.check("table_arithmetic", rq(R["1"]),
            "stock row: 206 (01.01) + 46 − 37 = 215 at year end; quarter by quarter 206+14−8 = 212, 212+9−12 = 209, "
            "209+11−7 = 213, 213+12−10 = 215 (206 and quarter cells are literals)",
            f"206 + f{n(y['2'])} - f{n(y['3'])} == f{n(y['1'])} and 206 + 14 - 8 == 212 and 212 + 9 - 12 == 209 "
            f"and 209 + 11 - 7 == 213 and 213 + 12 - 10 == 215")
    g.check("table_arithmetic", rq(R["4.1"]), "home care ≤ all services in the year column",
            f"f{n(y['4.1'])} <= f{n(y['4'])}")
    g.check("parts_sum", "послугами Центру скористалися 252 особи",
            "206 on service at 01.01 + 46 taken on = 252 persons in the year (206 is a literal)",
            f"206 + f{n(y['2'])} == f{n(s)}")
    g.check("internal_conflict", "а всього за рік – 231", "prose 231 = table 231; prose 11 751 = table 11 751",
            f"f{n(na)} == f{n(y['5'])} and f{n(hc)} == f{n(y['4.1'])}")
    g.check("parts_sum", "фактично працює 24 особи, з них 19 соціальних", "19 ≤ 24 ≤ 26",
            f"f{n(sw)} <= f{n(act)} <= f{n(pos)}")
    g.check("percent_impossible", "93,8 % задоволені якістю обслуговування", "60/64 = 93,75 → 93,8",
            f"grim_ok(f{n(sat)}, f{n(sv)}, 1)")
    g.check("percent_mismatch", "касові видатки – 7 801,9 тис. грн (99,5 %)", "7 801,9 / 7 842,6 = 99,48 % → 99,5",
            f"pct_ok(p{n(bs)}, f{n(bs)}, f{n(ba)}, 1)")
    for key in R:
        g.skip(rq(R[key]), [num(c) for c in R[key][2:6]] + [num(R[key][0]) if key != "4.1" else 4.1],
               "quarter cells (the report period is the year; quarters are not facts) and the row number")
    g.skip("№\tПоказник\tI кв.\tII кв.\tIII кв.\tIV кв.\tУсього за рік", [1, 2, 3, 4], "quarter headings")
    g.skip("78455, Івано-Франківська обл., Надвірнянський р-н, смт Ланчин, вул. Грушевського, 58, тел. (03475) 0-41-77",
           [78455, 58, 3475, 4177], "postcode, address, phone")
    g.skip("ЗВІТ про роботу за 2024 рік (у розрізі кварталів)", [2024], "year")
    g.skip("Станом на 01.01.2024 на обслуговуванні перебувало 206 осіб.", [1, 1, 2024, 206],
           "stock at the start of the year (used as a literal in checks)")
    g.skip("Послуг догляду вдома у IV кварталі надано 3 010", [4, 3010], "quarter figure")
    g.skip("Найбільше натуральної допомоги видано у III кварталі – 72 особам", [3, 72], "quarter figure")
    g.skip("у IV кварталі – 58", [4, 58], "quarter figure")
    g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")
    g.skip("Вакантні 2 посади соціального робітника", [2], "vacancies")
    g.skip("У грудні 2024 року", [2024], "survey date")
    g.skip("Тариф на послугу догляду вдома – 86,40 грн за годину.", [86.4], "tariff")
    g.skip("(вих. № 14 від 08.04.2024, № 41 від 05.07.2024, № 67 від 07.10.2024)",
           [14, 8, 4, 2024, 41, 5, 7, 2024, 67, 7, 10, 2024], "outgoing numbers and dates; «I–III кварталів»")
    g.note("QUARTER-BY-QUARTER: the report period is the year 2024 (title «за 2024 рік»), so only the «Усього за рік» "
           "column and the year figures of the prose are facts. Quarter cells and quarter figures in the prose are "
           "skipped; they enter the arithmetic checks as literals (quarters must sum to the year for flow rows). Had "
           "the report period been a quarter, that quarter's column would have been the facts instead.")
    g.note("row 1 is a stock (on service at the end of each period): its quarters do not add up and are not meant "
           "to; its year cell equals the IV-quarter cell and is support_ongoing (alt served). The stock is checked "
           "by the movement 206 + taken − removed instead")
    g.note("the year cells are quoted by their whole row (the reader prints cells tab-separated); the prose repeats "
           "231 and 11 751 for the year: two more facts")
    g.note("«Взято на обслуговування» → served with a label (alt registered_new, support_started); «Знято з "
           "обслуговування» → deregistered; money in тис. грн stored in hryvnias; no KEKV written")
    g.note("the 252 served in the year overlap in three categories (одинокі, інвалідність, ВПО) → parent_id only")
    g.write()


if __name__ == "__main__":
    main()
