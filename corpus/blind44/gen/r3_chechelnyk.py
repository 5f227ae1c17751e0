"""b44_03: КУ «ЦНСП» Чечельницької селищної ради, 9 months of 2025. DOCX (python-docx), first person plural,
table of services provided by quarter."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b44_03_chechelnyk_cnsp_9m2025.docx"

ROWS = [  # № , service, I, II, III, total
    ("1", "Догляд вдома", "5 380", "5 472", "5 568", "16 420"),
    ("2", "Денний догляд", "842", "871", "899", "2 612"),
    ("3", "Консультування", "251", "226", "254", "731"),
    ("4", "Соціальна адаптація", "58", "67", "64", "189"),
    ("5", "Натуральна допомога", "41", "22", "32", "95"),
]
TOTAL = ("Разом", "6 572", "6 658", "6 871", "20 047")
SERVICE_IDS = ["home_care", "day_care", "counselling", "social_adaptation", "natural_aid"]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for line in ("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»",
                 "ЧЕЧЕЛЬНИЦЬКОЇ СЕЛИЩНОЇ РАДИ",
                 "24800, смт Чечельник, вул. Святого Миколая, 18, тел. (04351) 0-13-62, код ЄДРПОУ 43982115"):
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("06.10.2025 № 214/02-09")
    p = d.add_paragraph("Відділу соціального захисту населення Чечельницької селищної ради")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("ІНФОРМАЦІЯ\nпро діяльність КУ «Центр надання соціальних послуг» за 9 місяців 2025 року")
    r.bold = True
    body = [
        "За січень – вересень 2025 року до нас звернулися 512 жителів громади (за аналогічний період 2024 року – 471), "
        "з них 87 – внутрішньо переміщені особи. Оцінку потреб ми провели 143 особам та 38 сім'ям.",
        "Послугу догляду вдома ми надаємо 118 отримувачам, денного догляду – 36 особам (відділення денного "
        "перебування у с. Ольгопіль, вік відвідувачів від 62 до 89 років). Консультування отримали 264 особи, "
        "соціальну адаптацію – 27 осіб, натуральну допомогу – 95 осіб (видано 180 продуктових наборів).",
        "Година догляду вдома на платній основі коштує 58,20 грн (рішення виконавчого комітету від 14.01.2025 № 112).",
        "Кількість наданих послуг по кварталах наведено в таблиці 1.",
        "Таблиця 1",
    ]
    for b in body:
        d.add_paragraph(b)
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(("№ з/п", "Соціальна послуга", "I квартал", "II квартал", "III квартал", "Усього за 9 місяців")):
        t.rows[0].cells[i].text = h
    for row in ROWS:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    cells = t.add_row().cells
    merged = cells[0].merge(cells[1])
    merged.text = TOTAL[0]
    for i, v in enumerate(TOTAL[1:], start=2):
        cells[i].text = v
    tail = [
        "Під соціальним супроводом у нас перебувало 22 сім'ї, у яких 49 дітей. З початку року ми взяли під супровід "
        "9 сімей, завершили супровід 7 сімей: 5 – з позитивним результатом, 2 – у зв'язку з переїздом до іншої громади.",
        "Ми провели 14 групових заходів (клуб «Срібний вік», заняття для батьків), у яких взяли участь 236 осіб.",
        "За штатним розписом у Центрі 31 посада, фактично працюють 28 працівників; вакантні 3 посади соціальних "
        "робітників. Упродовж 9 місяців навчання пройшли 6 наших фахівців.",
        "Скарг від отримувачів послуг ми не отримували.",
        "До кінця 2025 року плануємо відкрити другу групу денного догляду на 10 місць.",
        "Директор                                                  (підпис)",
        "Виконавець: (04351) 0-13-64",
    ]
    for b in tail:
        d.add_paragraph(b)
    fix_docx_props(d, author="КУ ЦНСП")
    d.save(path)
    freeze_zip(path, when=(2025, 10, 6, 9, 0, 0))


def num(s):
    return int(s.replace(" ", ""))


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Чечельницької селищної ради",
        "centre_type": "cnsp", "settlement": "Чечельник",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-09-30"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Чечельницької селищної ради",
                             "КУ «Центр надання соціальних послуг» Чечельницької селищної ради"]})
    f = g.f
    ap = f("applied", "persons", 512, "до нас звернулися 512 жителів громади")
    apv = f("applied", "persons", 87, "з них 87 – внутрішньо переміщені особи", category="внутрішньо переміщені особи", parent=ap)
    na1 = f("needs_assessed", "persons", 143, "Оцінку потреб ми провели 143 особам")
    na2 = f("needs_assessed", "families", 38, "143 особам та 38 сім'ям")
    s1 = f("served", "persons", 118, "Послугу догляду вдома ми надаємо 118 отримувачам", service="home_care",
           unit_alt="recipients")
    s2 = f("served", "persons", 36, "денного догляду – 36 особам", service="day_care")
    s3 = f("served", "persons", 264, "Консультування отримали 264 особи", service="counselling")
    s4 = f("served", "persons", 27, "соціальну адаптацію – 27 осіб", service="social_adaptation")
    s5 = f("served", "persons", 95, "натуральну допомогу – 95 осіб", service="natural_aid")
    # table
    hdr = ["I квартал", "II квартал", "III квартал", "Усього за 9 місяців"]
    tq = "Разом\t" + "\t".join(TOTAL[1:])
    tot_ids = []
    for j, v in enumerate(TOTAL[1:]):
        tot_ids.append(f("services_provided", "services", num(v), tq, label=f"Разом, {hdr[j]}"))
    cell = {}
    for i, row in enumerate(ROWS):
        q = "\t".join(row)
        for j, v in enumerate(row[2:]):
            cell[(i, j)] = f("services_provided", "services", num(v), q, service=SERVICE_IDS[i],
                             label=f"{row[1]}, {hdr[j]}", group=f"table1_col{j + 1}", parent=tot_ids[j])
    sup = f("served", "families", 22, "Під соціальним супроводом у нас перебувало 22 сім'ї", service="social_support_sjo",
            alt=["support_ongoing"])
    supc = f("served", "children", 49, "у яких 49 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=sup)
    st = f("support_started", "families", 9, "ми взяли під супровід 9 сімей", service="social_support_sjo", parent=sup)
    cm = f("support_completed", "families", 7, "завершили супровід 7 сімей", service="social_support_sjo", parent=sup)
    o1 = f("outcome_positive", "families", 5, "5 – з позитивним результатом", group="completed_7_by_outcome", parent=cm)
    o2 = f("outcome_other", "families", 2, "2 – у зв'язку з переїздом до іншої громади", label="переїзд до іншої громади",
           group="completed_7_by_outcome", parent=cm)
    ev = f("events", "events", 14, "Ми провели 14 групових заходів")
    evp = f("event_participants", "persons", 236, "у яких взяли участь 236 осіб", parent=ev)
    pos = f("staff_positions", "positions", 31, "За штатним розписом у Центрі 31 посада")
    act = f("staff_actual", "staff", 28, "фактично працюють 28 працівників")
    tr = f("staff_trained", "staff", 6, "навчання пройшли 6 наших фахівців")
    cp = f("complaints", "complaints", 0, "Скарг від отримувачів послуг ми не отримували.")

    for i, row in enumerate(ROWS):
        g.check("table_arithmetic", "\t".join(row), f"{row[1]}: {row[2]} + {row[3]} + {row[4]} = {row[5]}",
                f"{cell[(i, 0)]} + {cell[(i, 1)]} + {cell[(i, 2)]} == {cell[(i, 3)]}")
    for j in (0, 1, 3):
        ids = [cell[(i, j)] for i in range(len(ROWS))]
        g.check("table_arithmetic", tq, f"column «{hdr[j]}»: rows sum to Разом {TOTAL[j + 1]}",
                " + ".join(ids) + f" == {tot_ids[j]}")
    g.slip("table_arithmetic", "error", tq, 6871, 6817, [cell[(i, 2)] for i in range(len(ROWS))] + [tot_ids[2]],
           "column «III квартал»: 5 568 + 899 + 254 + 64 + 32 = 6 817, the Разом row says 6 871 (digits swapped). "
           "The row totals and the grand total 20 047 are right: 6 572 + 6 658 + 6 817 = 20 047, so only the III квартал total is wrong. The same cell also breaks the Разом row across (6 572 + 6 658 + 6 871 = 20 101 ≠ 20 047): one slip, same evidence, one finding",
           " + ".join(cell[(i, 2)] for i in range(len(ROWS))) + f" == {tot_ids[2]}")
    g.check("parts_sum", "Під соціальним супроводом у нас перебувало 22 сім'ї",
            "9 taken and 7 completed ≤ 22; 5 + 2 = 7 completed", f"{st} <= {sup} and {cm} <= {sup} and {o1} + {o2} == {cm}")
    g.check("parts_sum", "з них 87 – внутрішньо переміщені особи", "87 ≤ 512", f"{apv} <= {ap}")
    g.check("parts_sum", "фактично працюють 28 працівників", "31 positions − 28 working = 3 vacant (skipped literal 3)",
            f"{pos} - {act} == 3")

    g.skip("24800, смт Чечельник, вул. Святого Миколая, 18, тел. (04351) 0-13-62, код ЄДРПОУ 43982115",
           [24800, 18, 4351, 1362, 43982115], "postcode, address, phone, ЄДРПОУ")
    g.skip("06.10.2025 № 214/02-09", [6, 10, 2025, 214, 2, 9], "outgoing date and number")
    g.skip("за 9 місяців 2025 року", [9, 2025], "period in the title")
    g.skip("(за аналогічний період 2024 року – 471)", [2024, 471], "prior-year figure")
    g.skip("вік відвідувачів від 62 до 89 років", [62, 89], "ages")
    g.skip("видано 180 продуктових наборів", [180], "items handed out")
    g.skip("Година догляду вдома на платній основі коштує 58,20 грн (рішення виконавчого комітету від 14.01.2025 № 112).",
           [58.20, 14, 1, 2025, 112], "tariff, decision date and number")
    g.skip("Таблиця 1", [1], "table number")
    g.skip("№ з/п\tСоціальна послуга\tI квартал\tII квартал\tIII квартал\tУсього за 9 місяців", [9],
           "table header (quarters in Roman numerals, «9 місяців»)")
    g.skip("1\tДогляд вдома", [1, 2, 3, 4, 5], "row numbers 1–5 of table 1")
    g.skip("вакантні 3 посади соціальних", [3], "vacancies (no §3 id); used as a literal in a check")
    g.skip("Упродовж 9 місяців", [9], "period")
    g.skip("За січень – вересень 2025 року", [2025], "period")
    g.skip("клуб «Срібний вік»", [], "no number")
    g.skip("До кінця 2025 року плануємо відкрити другу групу денного догляду на 10 місць.", [2025, 10], "plan, places")
    g.skip("Виконавець: (04351) 0-13-64", [4351, 1364], "phone")
    g.note("first person plural («до нас звернулися», «ми надаємо»); «отримувачам» of home care → persons, unit_alt recipients")
    g.note("table 1: every cell is a fact (services_provided, service of the row, label «row, column»). Quarter cells hang on the Разом cell of their column and share a group per column; the «Усього за 9 місяців» column is the 9-month figure")
    g.note("the Разом cell spans № and the service name")
    g.note("no total of persons served is written, so the five served-per-service figures are not summed")
    g.write()


if __name__ == "__main__":
    main()
