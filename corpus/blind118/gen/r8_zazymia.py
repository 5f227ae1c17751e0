"""b118_08 (less common style): КУ «ЦНСП» Зазимської сільської ради (Київська), main indicators for 2025 as
TRANSPOSED tables: rows are periods (the year first, then І–IV квартал) or settlements (the total first),
columns are the indicators with their units in the header cells. DOCX, impersonal voice."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, save_docx

NAME = "b118_08_zazymia_cnsp_annual2025.docx"

H1 = ("Період", "Звернулося (осіб)", "Отримали соціальні послуги (осіб)", "Надано соціальних послуг, од.",
      "Проведено групових заходів, од.", "Учасників заходів, осіб")
T1 = [
    ("Усього за 2025 рік", "736", "611", "9 842", "38", "904"),
    ("І квартал", "171", "142", "2 310", "9", "215"),
    ("ІІ квартал", "189", "160", "2 466", "11", "247"),
    ("ІІІ квартал", "168", "139", "2 381", "8", "196"),
    ("IV квартал", "208", "170", "2 685", "10", "264"),
]
C1 = [("applied", "persons", None), ("served", "persons", None), ("services_provided", "services", None),
      ("events", "events", None), ("event_participants", "persons", None)]

H2 = ("Населений пункт", "Отримали соціальні послуги, осіб", "з них ВПО, осіб", "Догляд вдома, осіб")
T2 = [
    ("Усього по громаді", "611", "158", "47"),
    ("с. Зазим'я", "248", "74", "17"),
    ("с. Погреби", "117", "31", "9"),
    ("с. Пухівка", "96", "22", "8"),
    ("с. Рожни", "84", "19", "7"),
    ("с. Літки", "66", "12", "6"),
]


def n(s):
    return int(s.replace(" ", ""))


def table(d, hdr, rows):
    t = d.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    for j, c in enumerate(hdr):
        t.cell(0, j).text = c
    for i, r in enumerate(rows, start=1):
        for j, c in enumerate(r):
            t.cell(i, j).text = c


def build():
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    for line in ("Комунальна установа «Центр надання соціальних послуг»",
                 "Зазимської сільської ради Броварського району Київської області",
                 "07415, с. Зазим'я, вул. Широка, 2-А; тел. (04594) 0-71-38; cnsp.zazymia@example.ua; "
                 "ЄДРПОУ 44039518"):
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph("ОСНОВНІ ПОКАЗНИКИ ДІЯЛЬНОСТІ ЗА 2025 РІК")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(
        "Центр надає соціальні послуги мешканцям Зазимської сільської територіальної громади (населення – "
        "близько 17,3 тис. осіб, 5 старостинських округів). Показники роботи за 2025 рік у розрізі кварталів "
        "та населених пунктів наведено в таблицях 1 і 2.")
    d.add_paragraph("Таблиця 1. Показники діяльності Центру за 2025 рік по кварталах")
    table(d, H1, T1)
    d.add_paragraph("Примітка: отримувачі послуг враховуються один раз – у кварталі першого звернення у році.")
    d.add_paragraph("Таблиця 2. Отримувачі соціальних послуг за населеними пунктами громади у 2025 році")
    table(d, H2, T2)
    d.add_paragraph(
        "Найбільше звернень надійшло у IV кварталі – 208, що пов'язано з початком опалювального сезону та "
        "зверненнями щодо натуральної допомоги; найменше – у ІІІ кварталі (168 осіб). У середньому на одного "
        "отримувача припадає 16,1 послуги. Найбільше отримувачів проживає у с. Зазим'я – 248 осіб, або 40,6 % "
        "від загальної кількості.")
    d.add_paragraph(
        "Протягом року під соціальний супровід взято 9 сімей, завершено супровід 6 сімей, з них 5 – з "
        "позитивним результатом. Підвищили кваліфікацію 7 працівників Центру.")
    d.add_paragraph(
        "Порівняно з 2024 роком (684 звернення) кількість звернень зросла на 52. Під соціальним супроводом "
        "на кінець року перебуває 14 сімей, у яких виховується 31 дитина. Штатний розпис Центру – 26 посад, "
        "фактично працює 24 особи. Скарг від отримувачів у 2025 році не надходило.")
    d.add_paragraph("У 2026 році планується відкрити відділення денного догляду на 15 місць у с. Погреби.")
    d.add_paragraph("Директор                                         (підпис)")
    d.add_paragraph("Дата складання: 12.01.2026")
    save_docx(d, report_path(NAME), author="ЦНСП")


def gold():
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Зазимської сільської ради",
        "centre_type": "cnsp", "settlement": "Зазим'я", "oblast": "Київська",
        "report_kind": "annual_report", "period_start": "2025-01-01", "period_end": "2025-12-31",
    }, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Зазимської сільської ради",
                            "КУ «Центр надання соціальних послуг» Зазимської сільської ради"],
                 "settlement": ["Зазимська сільська територіальна громада"]})
    f = g.f
    v = lambda x: x[1:]
    # table 1: the year row first, quarters hang on it column by column
    tot = {}
    yq = "\t".join(T1[0])
    for j, (ind, unit, _) in enumerate(C1, start=1):
        tot[j] = f(ind, unit, n(T1[0][j]), yq, label="Усього за 2025 рік")
    # the participants hang on the events of the same row
    g._by_id[tot[5]]["parent_id"] = tot[4]
    g._by_id[tot[5]]["parent_quote"] = yq
    q_ids = {j: [] for j in tot}
    for row in T1[1:]:
        q = "\t".join(row)
        for j, (ind, unit, _) in enumerate(C1, start=1):
            q_ids[j].append(f(ind, unit, n(row[j]), q, label=row[0], group=f"t1_col{j}_by_quarter", parent=tot[j]))
    # table 2: the total row first
    t2 = {}
    tq2 = "\t".join(T2[0])
    t2[1] = f("served", "persons", 611, tq2, label="Усього по громаді")
    t2[2] = f("served", "persons", 158, tq2, label="Усього по громаді", category="внутрішньо переміщені особи",
              parent=t2[1])
    t2[3] = f("served", "persons", 47, tq2, label="Усього по громаді", service="home_care", parent=t2[1])
    s_ids = {1: [], 2: [], 3: []}
    for row in T2[1:]:
        q = "\t".join(row)
        place = row[0].replace("с. ", "")
        s_ids[1].append(f("served", "persons", n(row[1]), q, district=place, group="t2_served_by_village",
                          parent=t2[1]))
        s_ids[2].append(f("served", "persons", n(row[2]), q, district=place, category="внутрішньо переміщені особи",
                          group="t2_idp_by_village", parent=t2[2]))
        s_ids[3].append(f("served", "persons", n(row[3]), q, district=place, service="home_care",
                          group="t2_homecare_by_village", parent=t2[3]))
    q4 = f("applied", "persons", 208, "Найбільше звернень надійшло у IV кварталі – 208", label="IV квартал",
           note="the IV quarter cell written again in prose")
    q3 = f("applied", "persons", 168, "найменше – у ІІІ кварталі (168 осіб)", label="ІІІ квартал",
           note="the III quarter cell written again in prose")
    zz = f("served", "persons", 248, "Найбільше отримувачів проживає у с. Зазим'я – 248 осіб, або 40,6 %",
           percent=40.6, district="Зазим'я", note="the village row written again, with a percentage of the 611")
    st = f("support_started", "families", 9, "під соціальний супровід взято 9 сімей", service="social_support_sjo")
    cp = f("support_completed", "families", 6, "завершено супровід 6 сімей", service="social_support_sjo")
    op = f("outcome_positive", "families", 5, "з них 5 – з позитивним результатом", service="social_support_sjo",
           parent=cp)
    f("staff_trained", "staff", 7, "Підвищили кваліфікацію 7 працівників Центру")
    so = f("support_ongoing", "families", 14, "Під соціальним супроводом на кінець року перебуває 14 сімей",
           service="social_support_sjo", alt=["served"])
    f("support_ongoing", "children", 31, "у яких виховується 31 дитина", service="social_support_sjo",
      alt=["served"], parent=so)
    pos = f("staff_positions", "positions", 26, "Штатний розпис Центру – 26 посад")
    act = f("staff_actual", "staff", 24, "фактично працює 24 особи")
    f("complaints", "complaints", 0, "Скарг від отримувачів у 2025 році не надходило.")

    names = {1: "Звернулося", 2: "Отримали соціальні послуги", 3: "Надано соціальних послуг", 4: "Проведено заходів"}
    for j in (1, 2, 3, 4):
        g.check("table_arithmetic", yq, f"column «{names[j]}»: the four quarters sum to the year row (placed first)",
                " + ".join("f" + v(x) for x in q_ids[j]) + f" == f{v(tot[j])}")
    g.check("internal_conflict", tq2, "served 611 in table 2 = the year row of table 1", f"f{v(t2[1])} == f{v(tot[2])}")
    for j, nm in ((1, "Отримали соціальні послуги"), (2, "з них ВПО"), (3, "Догляд вдома")):
        g.check("table_arithmetic", tq2, f"table 2, column «{nm}»: the five villages sum to the total row (placed first)",
                " + ".join("f" + v(x) for x in s_ids[j]) + f" == f{v(t2[j])}")
    g.check("parts_sum", "Порівняно з 2024 роком (684 звернення) кількість звернень зросла на 52",
            "684 + 52 = 736 (both literals: another year, a difference)", f"684 + 52 == f{v(tot[1])}")
    g.check("internal_conflict", "Найбільше звернень надійшло у IV кварталі – 208",
            "prose 208 and 168 = the IV and III quarter cells", f"f{v(q4)} == f{v(q_ids[1][3])} and f{v(q3)} == f{v(q_ids[1][2])}")
    g.check("percent_mismatch", "248 осіб, або 40,6 %", "248 / 611 = 40,59 % → 40,6",
            f"pct_ok(p{v(zz)}, f{v(zz)}, f{v(t2[1])}, 1) and f{v(zz)} == f{v(s_ids[1][0])}")
    g.check("parts_sum", "завершено супровід 6 сімей, з них 5", "5 ≤ 6", f"f{v(op)} <= f{v(cp)}")
    g.check("parts_sum", "фактично працює 24 особи", "24 ≤ 26", f"f{v(act)} <= f{v(pos)}")
    g.slip("table_arithmetic", "error", yq, 904, 922, q_ids[5] + [tot[5]],
           "column «Учасників заходів, осіб»: 215 + 247 + 196 + 264 = 922, but the year row (placed first) says 904 "
           "(18 short). The other four columns add up.",
           " + ".join("f" + v(x) for x in q_ids[5]) + f" == f{v(tot[5])}")

    g.skip("07415, с. Зазим'я, вул. Широка, 2-А; тел. (04594) 0-71-38", [7415, 2, 4594, 7138],
           "postcode, address, phone")
    g.skip("ЄДРПОУ 44039518", [44039518], "ЄДРПОУ")
    g.skip("ОСНОВНІ ПОКАЗНИКИ ДІЯЛЬНОСТІ ЗА 2025 РІК", [2025], "year")
    g.skip("(населення – близько 17,3 тис. осіб, 5 старостинських округів)", [17.3, 5], "population, number of districts")
    g.skip("Показники роботи за 2025 рік у розрізі кварталів та населених пунктів наведено в таблицях 1 і 2.",
           [2025, 1, 2], "year, table numbers")
    g.skip("Таблиця 1. Показники діяльності Центру за 2025 рік по кварталах", [1, 2025], "table number, year")
    g.skip("Таблиця 2. Отримувачі соціальних послуг за населеними пунктами громади у 2025 році", [2, 2025],
           "table number, year")
    g.skip("Порівняно з 2024 роком (684 звернення) кількість звернень зросла на 52.", [2024, 684, 52],
           "prior-year figure and difference")
    g.skip("Скарг від отримувачів у 2025 році", [2025], "year")
    g.skip("У 2026 році планується відкрити відділення денного догляду на 15 місць у с. Погреби.", [2026, 15], "plan")
    g.skip("У середньому на одного отримувача припадає 16,1 послуги.", [16.1], "ratio")
    g.skip("Дата складання: 12.01.2026", [12, 1, 2026], "compile date")
    g.note("Transposed tables: every cell is a fact quoted by its row. Table 1: the year row «Усього за 2025 рік» comes "
           "first; each quarter's cell hangs on the year cell of the same column, with the quarter as label and one "
           "group per column. The note under the table says each recipient is counted once, in the quarter of the "
           "first visit, so the quarters partition the year for every column.")
    g.note("Units are taken from the header cells: «(осіб)» → persons, «од.» for services → services, for events → "
           "events. Quarter figures lie inside the report period (2025), so they are facts.")
    g.note("Table 2: the total row «Усього по громаді» first; the village rows carry district = the village; the ВПО "
           "column carries the category, the «Догляд вдома» column the service home_care; the two sub-columns' totals "
           "hang on the total served 611.")
    g.note("Planted slip: the participants column sums to 922, the year row says 904.")
    g.note("«на кінець року перебуває 14 сімей» → support_ongoing (alt served).")
    g.write()


if __name__ == "__main__":
    build()
    gold()
