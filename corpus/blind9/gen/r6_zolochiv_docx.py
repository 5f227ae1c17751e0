"""blind9 #6 — annual letter of УСЗН Золочівської міської ради (Львівська) to the oblast department, 2025, with Додаток 1/2 tables (merged cells). DOCX via python-docx."""
from common import F, write_gold, CORPUS, read_text
import os
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

DOC = "b9_06_zolochiv_uszn_lyst.docx"
A1 = [  # № , service, total, VPO, disability, provider, service id
    ("1", "Догляд вдома", "286", "34", "151", "КУ «Центр надання соціальних послуг»", "home_care"),
    ("2", "Денний догляд", "41", "6", "41", "КУ «Центр надання соціальних послуг»", "day_care"),
    ("3", "Натуральна допомога", "734", "402", "118", "КУ «Центр надання соціальних послуг»", "natural_aid"),
    ("4", "Консультування", "892", "311", "96", "Золочівський міський центр соціальних служб", "counselling"),
    ("5", "Соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах", "212", "47", "9", "Золочівський міський центр соціальних служб", "social_support_sjo"),
]
A1TOT = ("2 165", "800", "425")
A2 = [("2110", "Оплата праці", "6 214 300", "6 198 750", "99,7"),
      ("2120", "Нарахування на оплату праці", "1 367 150", "1 361 880", "99,6"),
      ("2210", "Предмети, матеріали, обладнання та інвентар", "184 600", "171 420", "92,9"),
      ("2273", "Оплата електроенергії", "312 000", "268 310", "86,0")]
A2TOT = ("Разом", "8 078 050", "8 000 360", "99,4")


def build(path):
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    for line in ["ЗОЛОЧІВСЬКА МІСЬКА РАДА", "ЗОЛОЧІВСЬКОГО РАЙОНУ ЛЬВІВСЬКОЇ ОБЛАСТІ",
                 "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ",
                 "80700, м. Золочів, вул. Шашкевича, 9, тел. (03265) 4-21-70, e-mail: uszn_zolochiv@ukr.net"]:
        p = d.add_paragraph(line); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("15.01.2026 № 01-14/83")
    d.add_paragraph("На № 12-4156 від 05.12.2025")
    p = d.add_paragraph("Департамент соціального захисту населення Львівської обласної військової адміністрації")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Про надання інформації щодо соціальних послуг за 2025 рік")
    d.add_paragraph("На виконання листа Департаменту від 05.12.2025 № 12-4156 управління соціального захисту населення Золочівської міської ради надає інформацію про надання соціальних послуг у Золочівській міській територіальній громаді за 2025 рік.")
    d.add_paragraph("У громаді функціонують 2 надавачі соціальних послуг комунальної форми власності: КУ «Центр надання соціальних послуг» Золочівської міської ради та Золочівський міський центр соціальних служб. Протягом 2025 року соціальними послугами охоплено 2 165 осіб (Додаток 1).")
    d.add_paragraph("До управління надійшло 1 214 заяв про надання соціальних послуг, з них 1 198 задоволено, у 16 випадках відмовлено у зв'язку з відсутністю підстав. Оцінку потреб проведено 1 072 особам.")
    d.add_paragraph("Станом на 31.12.2025 на обліку сімей (осіб), які перебувають у складних життєвих обставинах, перебуває 41 сім'я (в них 79 дітей). Протягом року поставлено на облік 23 сім'ї, знято з обліку 19 сімей.")
    d.add_paragraph("Скарг щодо якості надання соціальних послуг у 2025 році не надходило. Фінансування КУ «Центр надання соціальних послуг» наведено у Додатку 2.")
    d.add_paragraph("Додатки: 1. Кількість отримувачів соціальних послуг – на 1 арк.; 2. Виконання кошторису – на 1 арк.")
    d.add_paragraph("Начальник управління                                          Ігор ПЕТРУШКА")
    d.add_paragraph("Оксана Дмитрів 4-21-73")
    d.add_page_break()
    p = d.add_paragraph("Додаток 1\nдо листа УСЗН від 15.01.2026 № 01-14/83"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph("Кількість отримувачів соціальних послуг у Золочівській міській територіальній громаді за 2025 рік"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_table(rows=2 + len(A1) + 1, cols=6); t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    h0[0].text = "№ з/п"; h0[1].text = "Соціальна послуга"; h0[2].text = "Кількість отримувачів, осіб"; h0[5].text = "Надавач"
    h1[2].text = "всього"; h1[3].text = "з них ВПО"; h1[4].text = "з них особи з інвалідністю"
    h0[0].merge(h1[0]); h0[1].merge(h1[1]); h0[5].merge(h1[5]); h0[2].merge(h0[4])
    for i, r in enumerate(A1):
        c = t.rows[2 + i].cells
        for j in range(5):
            c[j].text = r[j]
    t.rows[2].cells[5].text = A1[0][5]; t.rows[2].cells[5].merge(t.rows[4].cells[5])
    t.rows[5].cells[5].text = A1[3][5]; t.rows[5].cells[5].merge(t.rows[6].cells[5])
    c = t.rows[7].cells
    c[0].text = "Всього"; c[0].merge(c[1])
    c[2].text, c[3].text, c[4].text = A1TOT; c[5].text = "х"
    d.add_page_break()
    p = d.add_paragraph("Додаток 2\nдо листа УСЗН від 15.01.2026 № 01-14/83"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph("Виконання кошторису КУ «Центр надання соціальних послуг» Золочівської міської ради за 2025 рік (загальний фонд)"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_table(rows=1 + len(A2) + 1, cols=5); t.style = "Table Grid"
    for j, h in enumerate(["КЕКВ", "Найменування", "Затверджено на рік, грн", "Касові видатки, грн", "Виконання, %"]):
        t.rows[0].cells[j].text = h
    for i, r in enumerate(A2):
        for j in range(5):
            t.rows[1 + i].cells[j].text = r[j]
    c = t.rows[-1].cells
    c[0].text = A2TOT[0]; c[0].merge(c[1])
    c[2].text, c[3].text, c[4].text = A2TOT[1:]
    d.save(path)


def main():
    path = os.path.join(CORPUS, DOC)
    build(path)
    t = read_text(path)
    open("/tmp/b9_06.txt", "w").write(t)
    facts = [
        F("served", "persons", 2165, "Протягом 2025 року соціальними послугами охоплено 2 165 осіб"),
        F("applied", "applications", 1214, "До управління надійшло 1 214 заяв про надання соціальних послуг", tag="app"),
        F("applied", "applications", 1198, "з них 1 198 задоволено", label="задоволено", parent_id="app", uncertain=True,
          note="applications granted; no separate id, kept as a part of the applications"),
        F("applied", "applications", 16, "у 16 випадках відмовлено", label="відмовлено", parent_id="app", uncertain=True),
        F("needs_assessed", "persons", 1072, "Оцінку потреб проведено 1 072 особам"),
        F("registered", "families", 41, "перебуває 41 сім'я", tag="reg"),
        F("registered", "children", 79, "41 сім'я (в них 79 дітей)", parent_id="reg"),
        F("registered_new", "families", 23, "Протягом року поставлено на облік 23 сім'ї"),
        F("deregistered", "families", 19, "знято з обліку 19 сімей"),
        F("complaints", "complaints", 0, "Скарг щодо якості надання соціальних послуг у 2025 році не надходило"),
    ]
    def a1q(r):
        q = "\t".join(r[:5])
        if r[0] in ("1", "4"):
            q += "\t" + r[5]
        return q
    for r in A1:
        q = a1q(r)
        tag = "a1_" + r[0]
        facts.append(F("served", "persons", int(r[2]), q, service=r[6], label=r[1], group="appendix1_total", parent_id="a1_tot", tag=tag))
        facts.append(F("served", "persons", int(r[3]), q, service=r[6], category="внутрішньо переміщені особи", group="appendix1_vpo", parent_id=tag,
                       tag=tag + "_vpo"))
        facts.append(F("served", "persons", int(r[4]), q, service=r[6], category="особи з інвалідністю", group="appendix1_disability", parent_id=tag,
                       tag=tag + "_dis"))
    tq = "Всього\t2 165\t800\t425\tх"
    facts.append(F("served", "persons", 2165, tq, label="Всього (Додаток 1)", tag="a1_tot"))
    facts.append(F("served", "persons", 800, tq, category="внутрішньо переміщені особи", label="Всього (Додаток 1)", parent_id="a1_tot", tag="a1_tot_vpo"))
    facts.append(F("served", "persons", 425, tq, category="особи з інвалідністю", label="Всього (Додаток 1)", parent_id="a1_tot", tag="a1_tot_dis"))
    def money(v):
        return int(v.replace(" ", ""))
    for r in A2:
        q = "\t".join(r)
        facts.append(F("budget_approved", "uah", money(r[2]), q, kekv=r[0], label=r[1], group="appendix2_approved", parent_id="a2_app"))
        facts.append(F("budget_spent", "uah", money(r[3]), q, kekv=r[0], label=r[1], percent=float(r[4].replace(",", ".")),
                       group="appendix2_spent", parent_id="a2_sp"))
    q2 = "\t".join(A2TOT)
    facts.append(F("budget_approved", "uah", money(A2TOT[1]), q2, label="Разом", tag="a2_app"))
    facts.append(F("budget_spent", "uah", money(A2TOT[2]), q2, label="Разом", percent=99.4, tag="a2_sp"))
    audit = [
        {"rule": "table_arithmetic", "severity": "error", "quote": tq, "reported": 425, "expected": 415,
         "fact_ids": ["a1_tot_dis", "a1_1_dis", "a1_2_dis", "a1_3_dis", "a1_4_dis", "a1_5_dis"],
         "note": "Додаток 1, column «з них особи з інвалідністю»: 151 + 41 + 118 + 96 + 9 = 415, Всього says 425. Columns «всього» (2165) and «з них ВПО» (800) add up."},
        {"rule": "percent_mismatch", "severity": "error", "quote": q2, "reported": 99.4, "expected": 99.0,
         "fact_ids": ["a2_sp", "a2_app"],
         "note": "Додаток 2, Разом: 8 000 360 / 8 078 050 = 99.04 % → 99,0 %, written 99,4 %."},
    ]
    checks = [
        {"rule": "table_arithmetic", "quote": tq, "note": "всього: 286 + 41 + 734 + 892 + 212 = 2165; з них ВПО: 34 + 6 + 402 + 311 + 47 = 800"},
        {"rule": "table_arithmetic", "quote": q2, "note": "затверджено 6 214 300 + 1 367 150 + 184 600 + 312 000 = 8 078 050; видатки 6 198 750 + 1 361 880 + 171 420 + 268 310 = 8 000 360"},
        {"rule": "percent_mismatch", "quote": "\t".join(A2[0]), "note": "row percentages: 6198750/6214300 = 99.75 → 99,7 (99.7498); 1361880/1367150 = 99.61 → 99,6; 171420/184600 = 92.86 → 92,9; 268310/312000 = 86.00 → 86,0"},
        {"rule": "parts_sum", "quote": "До управління надійшло 1 214 заяв про надання соціальних послуг, з них 1 198 задоволено, у 16 випадках відмовлено", "note": "1198 + 16 = 1214"},
        {"rule": "internal_conflict", "quote": "Протягом 2025 року соціальними послугами охоплено 2 165 осіб (Додаток 1)", "note": "prose 2 165 equals Додаток 1 Всього 2 165"},
    ]
    skipped = [
        {"quote": "80700, м. Золочів, вул. Шашкевича, 9, тел. (03265) 4-21-70", "values": [80700, 9, 3265], "reason": "address and phone"},
        {"quote": "15.01.2026 № 01-14/83", "values": [15, 1, 2026, 1, 14, 83], "reason": "letter date and outgoing number (also in appendix headers)"},
        {"quote": "На № 12-4156 від 05.12.2025", "values": [12, 4156], "reason": "number and date of the department's request"},
        {"quote": "У громаді функціонують 2 надавачі соціальних послуг", "values": [2], "reason": "number of providers; no §3 id"},
        {"quote": "Станом на 31.12.2025", "values": [31, 12, 2025], "reason": "date"},
        {"quote": "Додатки: 1. Кількість отримувачів соціальних послуг – на 1 арк.; 2. Виконання кошторису – на 1 арк.", "values": [1, 1, 2, 1], "reason": "appendix numbers and sheet counts"},
        {"quote": "Оксана Дмитрів 4-21-73", "values": [4, 21, 73], "reason": "executor's phone"},
        {"quote": "№ з/п\tСоціальна послуга", "values": [1, 2, 3, 4, 5], "reason": "row numbers of Додаток 1"},
    ]
    notes = [
        "DOCX with two real tables; Додаток 1 has vertically merged header cells (№, Соціальна послуга, Надавач), a horizontally merged header «Кількість отримувачів, осіб», a vertically merged «Надавач» column and a merged «Всього» label; quotes are the rows as `zvitparse read` renders them (merged cells once)",
        "Додаток 1 cells: served persons by service; the ВПО and disability columns are parts («з них») of each row's total, with category set",
        "Додаток 2 execution percentages are the percent of each budget_spent row (a percentage written next to an amount), not separate share rows",
        "2 165 given in prose and in the Додаток 1 Всього row: two facts",
        "granted / refused applications annotated as parts of the 1 214 applications (uncertain); refused «у 16 випадках» has unit applications as the whole",
        "the sender is the УСЗН; the addressee (Департамент … Львівської ОВА) is not the centre",
        "no publication date: the letter date 15.01.2026 is not a publication date (published omitted)",
    ]
    meta = {"centre": "Управління соціального захисту населення Золочівської міської ради", "centre_type": "uszn",
            "settlement": "Золочів", "oblast": "Львівська", "report_kind": "annual_report",
            "period_start": "2025-01-01", "period_end": "2025-12-31"}
    write_gold(DOC, meta, facts, audit, checks, skipped, notes, meta_alt={"report_kind": ["other"]})

if __name__ == "__main__":
    main()
