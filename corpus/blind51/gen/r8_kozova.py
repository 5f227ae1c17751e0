"""b51_08: ТЦСО Козівської селищної ради (Тернопільська), annual report 2023 with recipients broken down by sex
and age groups. DOCX (python-docx): two tables «усього | у т.ч. жінки | чоловіки» (by age band, by service)
and prose with «з них жінок – N %»."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b51_08_kozova_tcso_annual2023.docx"

HEAD = ["ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) КОЗІВСЬКОЇ СЕЛИЩНОЇ РАДИ",
        "47601, Тернопільська обл., смт Козова, вул. Грушевського, 42; тел. (03547) 0-21-95"]
TITLE = ["ЗВІТ", "про роботу територіального центру за 2023 рік",
         "(з розподілом отримувачів за статтю та віком)"]
P1 = [
    "Звіт підготовлено на виконання листа департаменту соціального захисту населення облдержадміністрації "
    "від 09.01.2024 № 01-14/35 щодо подання даних, розподілених за статтю та віком.",
    "Громада об’єднує 59 населених пунктів; населення – 31,2 тис. осіб, з них 8 940 осіб віком 60 років і старші.",
    "У 2023 році територіальним центром обслуговано 466 осіб, з них жінок – 65,7 %, чоловіків – 34,3 %. "
    "Одиноких серед отримувачів – 203 особи. Середній вік отримувача – 74 роки; наймолодшому отримувачеві – "
    "19 років, найстаршій – 97. Для порівняння: у 2022 році обслуговано 451 особу.",
    "Таблиця 1. Розподіл отримувачів соціальних послуг за статтю та віком, осіб",
]
T1 = [["Вікова група", "усього", "у т.ч. жінки", "чоловіки"],
      ["18–35", "14", "6", "8"],
      ["36–59", "61", "33", "28"],
      ["60–79", "218", "139", "79"],
      ["80 і старші", "173", "128", "45"],
      ["Разом", "466", "306", "160"]]
P2 = ["Найчисельніша вікова група – 60–79 років; серед осіб віком 80 років і старших жінок майже втричі більше, "
      "ніж чоловіків.",
      "Таблиця 2. Розподіл отримувачів за видами соціальних послуг і статтю, осіб"]
T2 = [["Соціальна послуга", "усього", "у т.ч. жінки", "чоловіки"],
      ["Догляд вдома", "241", "172", "69"],
      ["Денний догляд", "38", "29", "11"],
      ["Натуральна допомога", "187", "107", "80"],
      ["Разом", "466", "306", "160"]]
P3 = [
    "Серед отримувачів натуральної допомоги (187 осіб) переважають жінки – 107, або 62,0 %.",
    "Протягом року надано 31 874 соціальні послуги, з них догляду вдома – 27 105, денного догляду – 3 582, "
    "натуральної допомоги – 1 187.",
    "Штатна чисельність – 56 посад, 4 з них вакантні. Фактично працює 52 особи (жінок – 49, чоловіків – 3), "
    "з них віком 60 років і старші – 7. Підвищили кваліфікацію 14 працівників, з них 13 жінок.",
    "В анкетуванні взяли участь 92 отримувачі (жінок – 61, чоловіків – 31); рівень задоволеності якістю "
    "послуг – 94,6 %. Скарг протягом 2023 року не надходило.",
    "До спеціального фонду за надання платних соціальних послуг надійшло 418,2 тис. грн.",
    "Директор\t(підпис)",
    "22.01.2024",
]


def table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
            if i == 0 or row[0] == "Разом":
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True


def build(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    for s in HEAD:
        p = d.add_paragraph()
        p.add_run(s).bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for s in TITLE:
        p = d.add_paragraph()
        p.add_run(s).bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for s in P1:
        d.add_paragraph(s)
    table(d, T1)
    for s in P2:
        d.add_paragraph(s)
    table(d, T2)
    for s in P3:
        d.add_paragraph(s)
    fix_docx_props(d, author="ТЦСО")
    d.save(path)
    freeze_zip(path)


W, M = "жінки", "чоловіки"


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Козівської селищної ради",
        "centre_type": "tcso", "settlement": "Козова", "oblast": "Тернопільська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
    })
    pr = g.f("served", "persons", 466, "У 2023 році територіальним центром обслуговано 466 осіб")
    sw = g.f("share", "percent", 65.7, "з них жінок – 65,7 %", label="частка жінок серед отримувачів")
    sm = g.f("share", "percent", 34.3, "чоловіків – 34,3 %", label="частка чоловіків серед отримувачів")
    lone = g.f("served", "persons", 203, "Одиноких серед отримувачів – 203 особи", category="одинокі", parent=pr)

    # Table 1: by age band and sex
    q = "\t".join(T1[-1])
    A = g.f("served", "persons", 466, q, label="Разом (таблиця 1)")
    AW = g.f("served", "persons", 306, q, category=W, label="Разом", group="t1_total_by_sex", parent=A)
    AM = g.f("served", "persons", 160, q, category=M, label="Разом", group="t1_total_by_sex", parent=A)
    t1 = {}
    for row in T1[1:-1]:
        q = "\t".join(row)
        band = row[0]
        t = g.f("served", "persons", int(row[1]), q, label=band,
                group="t1_total_by_age", parent=A)
        w = g.f("served", "persons", int(row[2]), q, category=W, label=band, group="t1_women_by_age", parent=AW)
        m = g.f("served", "persons", int(row[3]), q, category=M, label=band, group="t1_men_by_age", parent=AM)
        t1[band] = (t, w, m)

    # Table 2: by service and sex
    q = "\t".join(T2[-1])
    B = g.f("served", "persons", 466, q, label="Разом (таблиця 2)")
    BW = g.f("served", "persons", 306, q, category=W, label="Разом", group="t2_total_by_sex", parent=B)
    BM = g.f("served", "persons", 160, q, category=M, label="Разом", group="t2_total_by_sex", parent=B)
    svc = {"Догляд вдома": "home_care", "Денний догляд": "day_care", "Натуральна допомога": "natural_aid"}
    t2 = {}
    for row in T2[1:-1]:
        q = "\t".join(row)
        s = svc[row[0]]
        t = g.f("served", "persons", int(row[1]), q, service=s, group="t2_total_by_service", parent=B)
        w = g.f("served", "persons", int(row[2]), q, service=s, category=W, group="t2_women_by_service", parent=BW)
        m = g.f("served", "persons", int(row[3]), q, service=s, category=M, group="t2_men_by_service", parent=BM)
        t2[s] = (t, w, m)

    na = g.f("served", "persons", 187, "Серед отримувачів натуральної допомоги (187 осіб)", service="natural_aid")
    naw = g.f("served", "persons", 107, "переважають жінки – 107, або 62,0 %", service="natural_aid",
              category=W, percent=62.0, parent=na)
    sp = g.f("services_provided", "services", 31874, "надано 31 874 соціальні послуги")
    gs = "services_31874_by_service"
    p1 = g.f("services_provided", "services", 27105, "догляду вдома – 27 105", service="home_care", group=gs, parent=sp)
    p2 = g.f("services_provided", "services", 3582, "денного догляду – 3 582", service="day_care", group=gs, parent=sp)
    p3 = g.f("services_provided", "services", 1187, "натуральної допомоги – 1 187", service="natural_aid", group=gs, parent=sp)
    pos = g.f("staff_positions", "positions", 56, "Штатна чисельність – 56 посад")
    act = g.f("staff_actual", "staff", 52, "Фактично працює 52 особи")
    aw = g.f("staff_actual", "staff", 49, "(жінок – 49, чоловіків – 3)", category=W, group="staff_52_by_sex", parent=act)
    am = g.f("staff_actual", "staff", 3, "(жінок – 49, чоловіків – 3)", category=M, group="staff_52_by_sex", parent=act)
    a60 = g.f("staff_actual", "staff", 7, "з них віком 60 років і старші – 7", label="60 років і старші", parent=act)
    tr = g.f("staff_trained", "staff", 14, "Підвищили кваліфікацію 14 працівників")
    trw = g.f("staff_trained", "staff", 13, "з них 13 жінок", category=W, parent=tr)
    rs = g.f("survey_respondents", "recipients", 92, "В анкетуванні взяли участь 92 отримувачі", unit_alt="persons")
    rw = g.f("survey_respondents", "persons", 61, "(жінок – 61, чоловіків – 31)", category=W, group="survey_92_by_sex", parent=rs)
    rm = g.f("survey_respondents", "persons", 31, "(жінок – 61, чоловіків – 31)", category=M, group="survey_92_by_sex", parent=rs)
    sat = g.f("satisfaction", "percent", 94.6, "рівень задоволеності якістю послуг – 94,6 %", alt=["share"])
    cm_ = g.f("complaints", "complaints", 0, "Скарг протягом 2023 року не надходило")
    rec = g.f("budget_received", "uah", 418200, "надійшло 418,2 тис. грн", label="спеціальний фонд, платні соціальні послуги")

    dt, dw, dm = t2["day_care"]
    g.slip("parts_sum", "error", "Денний догляд\t38\t29\t11", 40, 38, [dt, dw, dm],
           "day care: women 29 + men 11 = 40, but «усього» says 38", f"{dw} + {dm} == {dt}", slip=1)
    g.slip("table_arithmetic", "error", "\t".join(T2[-1]), 308, 306, [BW] + [t2[s][1] for s in t2],
           "table 2 «у т.ч. жінки» column: 172 + 29 + 107 = 308, Разом says 306 (the same misprinted 29)",
           " + ".join(t2[s][1] for s in t2) + f" == {BW}", slip=1)
    g.slip("percent_mismatch", "error", "переважають жінки – 107, або 62,0 %", 62.0, 57.2, [naw, na],
           "107 women of 187 natural-aid recipients is 57,2 %, written 62,0 %", f"pct_ok(p{naw[1:]}, {naw}, {na}, 1)",
           slip=2)

    g.check("table_arithmetic", "\t".join(T1[-1]), "table 1 columns: 14 + 61 + 218 + 173 = 466; 6 + 33 + 139 + 128 = 306; "
            "8 + 28 + 79 + 45 = 160",
            " and ".join(f"{'+'.join(t1[b][i] for b in t1)} == {tot}" for i, tot in enumerate((A, AW, AM))))
    g.check("parts_sum", "\t".join(T1[1]), "table 1 rows: women + men = усього in every age band and in Разом",
            " and ".join(f"{w} + {m} == {t}" for t, w, m in t1.values()) + f" and {AW} + {AM} == {A}")
    g.check("table_arithmetic", "\t".join(T2[-1]), "table 2: 241 + 38 + 187 = 466; men 69 + 11 + 80 = 160; 306 + 160 = 466",
            f"{'+'.join(t2[s][0] for s in t2)} == {B} and {'+'.join(t2[s][2] for s in t2)} == {BM} and {BW} + {BM} == {B}")
    g.check("parts_sum", "Догляд вдома\t241\t172\t69", "rows home care and natural aid: 172 + 69 = 241; 107 + 80 = 187",
            " and ".join(f"{t2[s][1]} + {t2[s][2]} == {t2[s][0]}" for s in ("home_care", "natural_aid")))
    g.check("percent_mismatch", "з них жінок – 65,7 %, чоловіків – 34,3 %", "306/466 = 65,7 %; 160/466 = 34,3 %",
            f"pct_ok({sw}, {AW}, {A}, 1) and pct_ok({sm}, {AM}, {A}, 1)")
    g.check("percents_sum", "з них жінок – 65,7 %, чоловіків – 34,3 %", "65,7 + 34,3 = 100", f"psum_ok([{sw}, {sm}], 1)")
    g.check("internal_conflict", "У 2023 році територіальним центром обслуговано 466 осіб",
            "prose 466 = table 1 Разом = table 2 Разом; prose 187 and 107 = table 2 natural-aid row",
            f"{pr} == {A} == {B} and {na} == {t2['natural_aid'][0]} and {naw} == {t2['natural_aid'][1]}")
    g.check("parts_sum", "надано 31 874 соціальні послуги", "27 105 + 3 582 + 1 187 = 31 874", f"{p1} + {p2} + {p3} == {sp}")
    g.check("parts_sum", "Фактично працює 52 особи", "49 + 3 = 52; 7 ≤ 52; 56 − 4 vacant = 52 (literal)",
            f"{aw} + {am} == {act} and {a60} <= {act} and {pos} - 4 == {act} and {trw} <= {tr} <= {act}")
    g.check("parts_sum", "В анкетуванні взяли участь 92 отримувачі", "61 + 31 = 92", f"{rw} + {rm} == {rs}")
    g.check("percent_impossible", "рівень задоволеності якістю послуг – 94,6 %", "94,6 % reachable with 92 (87 of 92)",
            f"grim_ok({sat}, {rs}, 1)")
    g.check("parts_sum", "Одиноких серед отримувачів – 203 особи", "203 ≤ 466", f"{lone} <= {pr}")

    g.skip("47601, Тернопільська обл., смт Козова, вул. Грушевського, 42; тел. (03547) 0-21-95",
           [47601, 42, 3547, 2195], "postcode, address, phone")
    g.skip("про роботу територіального центру за 2023 рік", [2023], "year")
    g.skip("від 09.01.2024 № 01-14/35", [9, 1, 2024, 1, 14, 35], "letter date and number")
    g.skip("Громада об'єднує 59 населених пунктів; населення – 31,2 тис. осіб, з них 8 940 осіб віком 60 років і старші.",
           [59, 31200, 8940, 60], "settlement count, population, age")
    g.skip("Середній вік отримувача – 74 роки; наймолодшому отримувачеві – 19 років, найстаршій – 97.", [74, 19, 97], "ages")
    g.skip("у 2022 році обслуговано 451 особу", [2022, 451], "prior-year figure")
    g.skip("Таблиця 1. Розподіл отримувачів соціальних послуг за статтю та віком, осіб", [1], "table number")
    g.skip("Таблиця 2. Розподіл отримувачів за видами соціальних послуг і статтю, осіб", [2], "table number")
    g.skip("18–35\t14\t6\t8", [18, 35], "age band (a label, not a figure)")
    g.skip("36–59\t61\t33\t28", [36, 59], "age band")
    g.skip("60–79\t218\t139\t79", [60, 79], "age band")
    g.skip("80 і старші\t173\t128\t45", [80], "age band")
    g.skip("Найчисельніша вікова група – 60–79 років", [60, 79], "age band")
    g.skip("серед осіб віком 80 років і старших жінок майже втричі більше", [80, 3], "age band and a ratio in words")
    g.skip("4 з них вакантні", [4], "vacancies (used as a literal in a check)")
    g.skip("з них віком 60 років і старші – 7", [60], "age band of the staff part")
    g.skip("22.01.2024", [22, 1, 2024], "signing date")

    g.note("sex/age tables: every count cell is a fact quoted by its row; the age band or service is the label/service, "
           "the sex is the category (жінки / чоловіки). Age-band rows hang on the Разом cell of their column; the Разом "
           "women/men cells hang on Разом усього. Table 1 and table 2 repeat the same totals: each is its own fact")
    g.note("«з них жінок – 65,7 %, чоловіків – 34,3 %» has no count in the sentence → two share facts")
    g.note("«переважають жінки – 107, або 62,0 %» → the count 107 with percent 62,0, part of the 187 written in the same sentence")
    g.note("slip 1 (day care 29 + 11 = 40 ≠ 38) is recorded twice: row parts_sum and the women column of table 2")
    g.write()


if __name__ == "__main__":
    main()
