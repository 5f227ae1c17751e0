"""b24_05: ТЦСО Семенівської міської ради (Чернігівська), monthly monitoring table for H1 2025. DOCX, landscape.
New style: one row per indicator, one column per month and a «Разом за півріччя» column; stocks at month end."""
import docx
from docx.shared import Pt, Mm
from docx.enum.section import WD_ORIENT
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b24_05_semenivka_tcso_monitoring_h1_2025.docx"

HEAD = ["№", "Показник", "Січень", "Лютий", "Березень", "Квітень", "Травень", "Червень", "Разом за півріччя"]
# (no, name, months, total, stock?)
ROWS = [
    ("1", "Надійшло звернень (заяв), од.", [14, 11, 17, 12, 9, 13], 76, False),
    ("2", "Проведено оцінку потреб, осіб", [9, 8, 12, 10, 7, 11], 57, False),
    ("3", "Взято на обслуговування вдома, осіб", [4, 3, 6, 5, 2, 4], 24, False),
    ("4", "Знято з обслуговування вдома, осіб", [3, 5, 2, 4, 3, 2], 19, False),
    ("5", "Перебувають на обслуговуванні вдома (на кінець місяця), осіб", [182, 180, 184, 185, 184, 186], 186, True),
    ("6", "Надано послуг догляду вдома, од.", [1684, 1612, 1731, 1702, 1745, 1698], 10127, False),
    ("7", "Отримують послугу денного догляду (на кінець місяця), осіб", [31, 33, 34, 34, 36, 35], 35, True),
    ("8", "Надано послуг денного догляду, од.", [412, 398, 455, 430, 468, 441], 2604, False),
    ("9", "Отримали натуральну допомогу, осіб", [22, 18, 25, 19, 27, 21], 132, False),
    ("9.1", "з них внутрішньо переміщені особи", [9, 7, 11, 6, 10, 8], 51, False),
    ("10", "Консультування, осіб", [41, 37, 45, 39, 36, 42], 240, False),
    ("11", "Соціальне таксі, поїздок", [6, 4, 7, 9, 8, 5], 39, False),
    ("12", "Проведено групових заходів, од.", [3, 2, 4, 3, 5, 2], 19, False),
    ("13", "Учасників групових заходів, осіб", [38, 25, 51, 34, 66, 27], 241, False),
    ("14", "Скарги на якість послуг, од.", [0, 0, 0, 0, 0, 0], 0, False),
    ("15", "Працівників фактично (на кінець місяця), осіб", [47, 47, 46, 46, 48, 48], 48, True),
]


def fmt(n):
    return f"{n:,}".replace(",", " ")


def rowcells(r):
    return [r[0], r[1]] + [fmt(x) for x in r[2]] + [fmt(r[3])]


def rowquote(r):
    return "\t".join(rowcells(r))


TOP = [
    "Територіальний центр соціального обслуговування (надання соціальних послуг) Семенівської міської ради Чернігівської області",
    "15400, м. Семенівка, вул. Шевченка, 9; тел. (04659) 0-21-33; tc.semenivka@example.ua",
]
TITLE = "МОНІТОРИНГ показників діяльності за I півріччя 2025 року"
NOTE = "Примітка: у рядках 5, 7 і 15 наведено дані станом на кінець місяця; у графі «Разом за півріччя» для цих рядків – станом на 30.06.2025. В інших рядках графа «Разом за півріччя» є сумою за шість місяців."
CONCL = [
    "Висновки",
    "За I півріччя 2025 року до територіального центру надійшло 76 звернень, оцінку потреб проведено 57 особам. На обслуговування вдома взято 24 особи, знято з обслуговування 19 осіб; станом на 30.06.2025 на обслуговуванні вдома перебуває 186 осіб (на 01.01.2025 – 181).",
    "Найбільше звернень надійшло у березні (17), найменше – у травні (9). Щомісяця в середньому надавалося близько 1,7 тис. послуг догляду вдома.",
    "Касові видатки загального фонду за півріччя – 5 912,4 тис. грн, або 48,6 % річного кошторису (12 165,0 тис. грн).",
    "У травні 2025 року проведено опитування 40 отримувачів послуги догляду вдома: 37 з них (92,5 %) повністю задоволені якістю послуги.",
    "Директор (підпис)        Підготувала: економіст (підпис)        03.07.2025",
]


def build():
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(15)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    for x in TOP:
        d.add_paragraph(x)
    d.add_heading(TITLE, 1)
    d.add_paragraph("Таблиця 1")
    t = d.add_table(rows=len(ROWS) + 1, cols=len(HEAD))
    t.style = "Table Grid"
    for j, c in enumerate(HEAD):
        t.cell(0, j).text = c
    for i, r in enumerate(ROWS, 1):
        for j, c in enumerate(rowcells(r)):
            t.cell(i, j).text = c
    d.add_paragraph(NOTE)
    d.add_heading(CONCL[0], 2)
    for x in CONCL[1:]:
        d.add_paragraph(x)
    fix_docx_props(d, "ТЦСО Семенівка")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)


SPEC = {  # row no -> (indicator, unit, kw)
    "1": ("applied", "applications", {}),
    "2": ("needs_assessed", "persons", {}),
    "3": ("served", "persons", {"service": "home_care", "alt": ["registered_new", "support_started"], "label": "взято на обслуговування"}),
    "4": ("deregistered", "persons", {"service": "home_care"}),
    "5": ("support_ongoing", "persons", {"service": "home_care", "alt": ["served"], "label": "на 30.06.2025"}),
    "6": ("services_provided", "services", {"service": "home_care"}),
    "7": ("support_ongoing", "persons", {"service": "day_care", "alt": ["served"], "label": "на 30.06.2025"}),
    "8": ("services_provided", "services", {"service": "day_care"}),
    "9": ("served", "persons", {"service": "natural_aid"}),
    "9.1": ("served", "persons", {"service": "natural_aid", "category": "внутрішньо переміщені особи"}),
    "10": ("served", "persons", {"service": "counselling"}),
    "11": ("services_provided", "services", {"service": "social_taxi"}),
    "12": ("events", "events", {}),
    "13": ("event_participants", "persons", {}),
    "14": ("complaints", "complaints", {}),
    "15": ("staff_actual", "staff", {"label": "на 30.06.2025"}),
}


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Семенівської міської ради",
        "centre_type": "tcso", "settlement": "Семенівка", "oblast": "Чернігівська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30"},
        {"centre": ["Територіальний центр соціального обслуговування (надання соціальних послуг) Семенівської міської ради Чернігівської області"],
         "report_kind": ["other"]})
    f = g.f
    ids = {}
    for r in ROWS:
        ind, unit, kw = SPEC[r[0]]
        kw = dict(kw)
        if r[0] == "9.1":
            kw["parent"] = ids["9"]
        ids[r[0]] = f(ind, unit, r[3], rowquote(r), **kw)
    p_ap = f("applied", "applications", 76, "надійшло 76 звернень")
    p_na = f("needs_assessed", "persons", 57, "оцінку потреб проведено 57 особам")
    p_tk = f("served", "persons", 24, "На обслуговування вдома взято 24 особи", service="home_care", alt=["registered_new", "support_started"])
    p_de = f("deregistered", "persons", 19, "знято з обслуговування 19 осіб", service="home_care")
    p_on = f("support_ongoing", "persons", 186, "станом на 30.06.2025 на обслуговуванні вдома перебуває 186 осіб", service="home_care", alt=["served"])
    bs = f("budget_spent", "uah", 5912400, "Касові видатки загального фонду за півріччя – 5 912,4 тис. грн, або 48,6 % річного кошторису",
           percent=48.6, label="загальний фонд, I півріччя")
    ba = f("budget_approved", "uah", 12165000, "(12 165,0 тис. грн)", label="загальний фонд, річний кошторис 2025")
    sr = f("survey_respondents", "recipients", 40, "проведено опитування 40 отримувачів послуги догляду вдома", unit_alt="persons")
    sa = f("satisfaction", "percent", 92.5, "37 з них (92,5 %) повністю задоволені якістю послуги")

    R = {r[0]: r for r in ROWS}
    g.slip("table_arithmetic", "error", rowquote(R["6"]), 10127, 10172, [ids["6"]],
           "row 6: the six months sum to 1 684 + 1 612 + 1 731 + 1 702 + 1 745 + 1 698 = 10 172, but «Разом за півріччя» says 10 127 (two digits swapped)",
           " + ".join(str(x) for x in R["6"][2]) + f" == {ids['6']}")
    for no in ["1", "2", "3", "4", "8", "9", "9.1", "10", "11", "12", "13", "14"]:
        r = R[no]
        g.check("table_arithmetic", rowquote(r), f"row {no}: " + " + ".join(str(x) for x in r[2]) + f" = {r[3]}",
                " + ".join(str(x) for x in r[2]) + f" == {ids[no]}")
    for no in ["5", "7", "15"]:
        r = R[no]
        g.check("table_arithmetic", rowquote(r), f"row {no} is a stock: the half-year figure is the June month-end value {r[2][-1]}, not a sum",
                f"{ids[no]} == {r[2][-1]}")
    g.check("parts_sum", "(на 01.01.2025 – 181)", "stock flow: 181 at 1 January + 24 taken − 19 removed = 186 at 30 June",
            f"181 + {ids['3']} - {ids['4']} == {ids['5']}")
    g.check("parts_sum", rowquote(R["9.1"]), "IDPs 51 ≤ 132 natural-aid recipients", f"{ids['9.1']} <= {ids['9']}")
    g.check("internal_conflict", "станом на 30.06.2025 на обслуговуванні вдома перебуває 186 осіб",
            "the conclusions repeat the table's half-year figures: 76, 57, 24, 19, 186",
            f"{p_ap} == {ids['1']} and {p_na} == {ids['2']} and {p_tk} == {ids['3']} and {p_de} == {ids['4']} and {p_on} == {ids['5']}")
    g.check("percent_mismatch", "5 912,4 тис. грн, або 48,6 % річного кошторису", "5 912,4 / 12 165,0 = 48,60 % → 48,6",
            f"pct_ok(p{bs[1:]}, {bs}, {ba}, 1)")
    g.check("percent_mismatch", "37 з них (92,5 %)", "37/40 = 92,5 %", f"pct_ok({sa}, 37, {sr}, 1)")
    sk = g.skip
    for r in ROWS:
        sk(rowquote(r), list(r[2]), f"row {r[0]}: monthly cells (January–June) are sub-period figures, not facts; used as literals in the row check")
    sk("15400, м. Семенівка, вул. Шевченка, 9; тел. (04659) 0-21-33", [15400, 9, 4659, 2133], "postcode, address, phone")
    sk("за I півріччя 2025 року", [2025], "period (meta)")
    sk("Таблиця 1", [1], "table number")
    sk("Примітка: у рядках 5, 7 і 15 наведено дані станом на кінець місяця; у графі «Разом за півріччя» для цих рядків – станом на 30.06.2025.", [5, 7, 15, 30, 6, 2025],
       "row numbers, date")
    sk("№\tПоказник\tСічень", list(range(1, 16)) + [9.1], "table row numbers 1–15, 9.1")
    sk("(на 01.01.2025 – 181)", [1, 1, 2025, 181], "stock at the start of the period (a 2024 year-end figure); used as a literal in a check")
    sk("Найбільше звернень надійшло у березні (17), найменше – у травні (9).", [17, 9], "monthly figures (sub-period)")
    sk("Щомісяця в середньому надавалося близько 1,7 тис. послуг догляду вдома.", [1700], "monthly average (a ratio)")
    sk("У травні 2025 року", [2025], "date of the survey")
    sk("37 з них (92,5 %)", [37], "satisfied respondents (count with no §3 id); used as a literal in a check")
    sk("03.07.2025", [3, 7, 2025], "compile date")
    g.note("MONTHLY CELLS: only the «Разом за півріччя» column gives facts. The January–June cells are sub-period figures: each row's six cells are one `skipped` entry, and the row checks use them as literals")
    g.note("stocks (rows 5, 7, 15: on home care, on day care, staff, each «на кінець місяця»): the half-year column is the 30.06.2025 value, not a sum; they are support_ongoing (alt served) and staff_actual, and their checks compare with the June cell")
    g.note("row 3 «Взято на обслуговування вдома» → served (alt registered_new, support_started); row 4 → deregistered; row 9.1 (IDPs) hangs on row 9")
    g.note("row 9 natural aid «осіб» is summed over months as the table does (the same person may be counted in two months); the gold takes the written total 132")
    g.note("row 11 social-taxi trips → services_provided (service social_taxi); row 14 «Скарги» 0 → complaints 0")
    g.note("the conclusions repeat five half-year figures of the table: each is a second fact")
    g.note("report_kind: a monitoring table of half-year indicators is read as period_report (meta_alt: other)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
