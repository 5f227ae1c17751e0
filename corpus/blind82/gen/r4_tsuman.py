"""b82_04: Відділ соціального захисту населення Цуманської селищної ради (Волинська), information
for 9 months of 2025. reportlab PDF (Liberation Serif) with a budget table by KEKV; third person."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

DOC = "b82_04_tsuman_uszn_9m2025.pdf"

BUDGET = [("2111", "Заробітна плата", "1 842 600,00", "1 796 418,00", "46 182,00"),
          ("2120", "Нарахування на оплату праці", "405 400,00", "395 212,00", "10 188,00"),
          ("2210", "Предмети, матеріали, обладнання та інвентар", "48 000,00", "41 375,00", "6 625,00"),
          ("2240", "Оплата послуг (крім комунальних)", "36 500,00", "33 980,00", "2 520,00"),
          ("2273", "Оплата електроенергії", "27 300,00", "22 146,00", "5 154,00"),
          ("2274", "Оплата природного газу", "61 200,00", "58 907,00", "2 239,00"),
          ("2800", "Інші поточні видатки", "3 000,00", "1 450,00", "1 550,00")]
TOTAL = ("", "Разом", "2 424 000,00", "2 349 488,00", "74 512,00")

PARAS = [
    "Відділ соціального захисту населення Цуманської селищної ради (далі – Відділ) забезпечує реалізацію "
    "державної політики у сфері соціального захисту на території громади, до складу якої входять "
    "32 населені пункти з населенням 16,9 тис. осіб.",
    "За січень – вересень 2025 року до Відділу надійшло 2316 заяв громадян. З них щодо призначення житлових "
    "субсидій – 1104 заяви, державної соціальної допомоги – 687 заяв, інших питань – 525 заяв. "
    "Для порівняння: за 9 місяців 2024 року надійшло 2 089 заяв.",
    "На «гарячу лінію» Відділу надійшло 412 дзвінків. Письмових скарг зареєстровано 3, усі розглянуто "
    "в термін. Одноразову матеріальну допомогу виплачено на загальну суму 393,0 тис. грн (прийнято "
    "131 рішення). Компенсацію за догляд на непрофесійній основі отримують 46 осіб.",
    "Фахівцями Відділу проведено 5 інформаційних зустрічей з мешканцями старостинських округів, у яких "
    "взяли участь 138 осіб. Спільно з ЦНСП здійснено оцінку потреб 64 осіб, з них 22 – внутрішньо "
    "переміщені особи.",
    "Штатна чисельність Відділу – 9 посад, фактично працюють 8 осіб. У звітному періоді 4 працівники "
    "пройшли підвищення кваліфікації.",
    "Виконання кошторису за 9 місяців 2025 року (загальний фонд, грн) наведено в таблиці. Касові видатки "
    "становлять 96,9 % від затверджених на звітний період призначень.",
]


def build(path):
    register_fonts()
    base = ParagraphStyle("b", fontName="LSerif", fontSize=11.5, leading=14.5, firstLineIndent=12 * mm,
                          spaceAfter=4)
    title = ParagraphStyle("t", parent=base, fontName="LSerif-B", alignment=1, firstLineIndent=0)
    small = ParagraphStyle("s", parent=base, fontSize=9.5, leading=11, firstLineIndent=0)
    cell = ParagraphStyle("c", fontName="LSerif", fontSize=9.5, leading=11)
    story = [Paragraph("ЦУМАНСЬКА СЕЛИЩНА РАДА<br/>ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ", title),
             Paragraph("45233, Волинська обл., Луцький р-н, смт Цумань, вул. Центральна, 12; "
                       "тел. (03365) 0-91-40; код ЄДРПОУ 44012397", small),
             Paragraph("08.10.2025 № 1547/02-14", small), Spacer(1, 6),
             Paragraph("ІНФОРМАЦІЯ<br/>про роботу відділу соціального захисту населення за 9 місяців 2025 року",
                       title), Spacer(1, 4)]
    for p in PARAS:
        story.append(Paragraph(p, base))
    hc = ParagraphStyle("h", fontName="LSerif-B", fontSize=9.5, leading=11, alignment=1)
    data = [[Paragraph(x, hc) for x in ["КЕКВ", "Найменування", "Затверджено на 9 місяців",
                                         "Касові видатки", "Економія"]]]
    for r in BUDGET + [TOTAL]:
        data.append([r[0], Paragraph(r[1], cell), r[2], r[3], r[4]])
    t = Table(data, colWidths=[16 * mm, 62 * mm, 34 * mm, 32 * mm, 26 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 9.5),
                           ("FONT", (0, 0), (-1, 0), "LSerif-B", 9.5),
                           ("FONT", (0, -1), (-1, -1), "LSerif-B", 9.5),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [t, Spacer(1, 10),
              Paragraph("Начальник відділу ______________", base),
              Paragraph("Виконавець: головний спеціаліст, тел. (03365) 0-91-44", small)]

    def footer(c, d):
        c.setFont("LSerif", 8)
        c.drawString(20 * mm, 10 * mm, "Інформація ВСЗН Цуманської селищної ради за 9 місяців 2025 р.")
        c.drawRightString(190 * mm, 10 * mm, f"Сторінка {d.page}")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=18 * mm, invariant=1, title="Інформація 9 місяців 2025",
                            author="ВСЗН")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def num(s):
    return int(s.replace(" ", "").split(",")[0])


def main():
    path = report_path(DOC)
    build(path)
    import sys
    if "--show" in sys.argv:
        import subprocess
        print(subprocess.run(["zvitparse", "read", path], capture_output=True, text=True).stdout)
        return
    g = Gold(DOC, {"centre": "Відділ соціального захисту населення Цуманської селищної ради", "centre_type": "uszn",
                   "settlement": "Цумань", "oblast": "Волинська", "report_kind": "period_report",
                   "period_start": "2025-01-01", "period_end": "2025-09-30"},
             meta_alt={"centre_type": ["other"]})
    F = g.f
    f1 = F("applied", "applications", 2316, "до Відділу надійшло 2316 заяв громадян")
    grp = "applications_2316_by_subject"
    f2 = F("applied", "applications", 1104, "житлових субсидій – 1104 заяви", label="житлові субсидії", group=grp, parent=f1)
    f3 = F("applied", "applications", 687, "державної соціальної допомоги – 687 заяв", label="державна соціальна допомога",
           group=grp, parent=f1)
    f4 = F("applied", "applications", 525, "інших питань – 525 заяв", label="інші питання", group=grp, parent=f1)
    f5 = F("calls", "calls", 412, "надійшло 412 дзвінків")
    f6 = F("complaints", "complaints", 3, "Письмових скарг зареєстровано 3")
    f7 = F("aid_value", "uah", 393000, "на загальну суму 393,0 тис. грн", label="одноразова матеріальна допомога")
    f8 = F("events", "events", 5, "проведено 5 інформаційних зустрічей")
    f9 = F("event_participants", "persons", 138, "взяли участь 138 осіб", parent=f8)
    f10 = F("needs_assessed", "persons", 64, "здійснено оцінку потреб 64 осіб")
    f11 = F("needs_assessed", "persons", 22, "з них 22 – внутрішньо", category="внутрішньо переміщені особи", parent=f10)
    f12 = F("staff_positions", "positions", 9, "Штатна чисельність Відділу – 9 посад")
    f13 = F("staff_actual", "staff", 8, "фактично працюють 8 осіб")
    f14 = F("staff_trained", "staff", 4, "4 працівники")
    f15 = F("share", "percent", 96.9, "Касові видатки становлять 96,9 %",
            label="касові видатки від затверджених на звітний період призначень")
    rows = {}
    for r in BUDGET + [TOTAL]:
        q = "\t".join(x for x in r if x) if not r[0] else "\t".join(r)
        k = r[0] or None
        lab = r[1]
        rows[lab] = (F("budget_approved", "uah", num(r[2]), q, kekv=k, label=lab + ", затверджено на 9 місяців"),
                     F("budget_spent", "uah", num(r[3]), q, kekv=k, label=lab),
                     F("budget_savings", "uah", num(r[4]), q, kekv=k, label=lab))
    tot = rows["Разом"]
    for lab, ids in rows.items():
        if lab == "Разом":
            continue
        for i, fid in enumerate(ids):
            g._by_id[fid]["parent_id"] = tot[i]
            g._by_id[fid]["group"] = ["approved", "spent", "savings"][i] + "_by_kekv"
    gas = rows["Оплата природного газу"]
    g.slip("table_arithmetic", "error", "2274\tОплата природного газу\t61 200,00\t58 907,00\t2 239,00",
           2239, 2293, list(gas),
           "економія = затверджено − видатки: 61 200,00 − 58 907,00 = 2 293,00, the row says 2 239,00 "
           "(transposed digits); the «Разом» economy 74 512,00 is right, so the economy column sums to 74 458,00, not 74 512,00",
           f"{gas[0]} - {gas[1]} == {gas[2]}")
    others = [ids for lab, ids in rows.items() if lab not in ("Оплата природного газу",)]
    g.check("table_arithmetic", "Разом\t2 424 000,00\t2 349 488,00\t74 512,00",
            "економія = затверджено − видатки holds on the other six rows and on «Разом»",
            "all([" + ", ".join(f"{a} - {b} == {c}" for a, b, c in others) + "])")
    kek = [ids for lab, ids in rows.items() if lab != "Разом"]
    g.check("table_arithmetic", "Разом\t2 424 000,00\t2 349 488,00\t74 512,00",
            "the approved and cash-expenditure columns sum to «Разом» (2 424 000,00 and 2 349 488,00)",
            " + ".join(i[0] for i in kek) + f" == {tot[0]} and " + " + ".join(i[1] for i in kek) + f" == {tot[1]}")
    g.check("percent_mismatch", "Касові видатки становлять 96,9 %", "2 349 488 / 2 424 000 = 96,93 % → 96,9",
            f"pct_ok(f15, {tot[1]}, {tot[0]}, 1)")
    g.check("parts_sum", "З них щодо призначення житлових субсидій", "1104 + 687 + 525 = 2316", "f2 + f3 + f4 == f1")
    g.check("parts_sum", "фактично працюють 8 осіб", "8 ≤ 9; 4 trained ≤ 8", "f13 <= f12 and f14 <= f13")

    g.skip("45233, Волинська обл., Луцький р-н, смт Цумань, вул. Центральна, 12", [45233, 12], "postcode, address")
    g.skip("тел. (03365) 0-91-40; код ЄДРПОУ 44012397", [3365, 9140, 44012397], "phone, ЄДРПОУ")
    g.skip("08.10.2025 № 1547/02-14", [8, 10, 2025, 1547, 2, 14], "outgoing date and number")
    g.skip("32 населені пункти з населенням 16,9 тис. осіб", [32, 16900], "settlements, population")
    g.skip("за 9 місяців 2024 року надійшло 2 089 заяв", [9, 2024, 2089], "prior-year figure")
    g.skip("131 рішення", [131], "decisions (no §3 id)")
    g.skip("Компенсацію за догляд на непрофесійній основі отримують 46 осіб.", [46],
           "recipients of a cash compensation, not of a social service (no §3 id)")
    g.skip("Виконання кошторису за 9 місяців 2025 року (загальний фонд, грн)", [9, 2025], "period in a heading")
    g.skip("тел. (03365) 0-91-44", [3365, 9144], "phone of the compiler")
    g.skip("Інформація ВСЗН Цуманської селищної ради за 9 місяців 2025 р. Сторінка 1", [9, 2025, 1], "page footer: period, page number")
    g.skip("про роботу відділу соціального захисту населення за 9 місяців 2025 року", [9, 2025], "period in the title")
    g.skip("За січень – вересень 2025 року", [2025], "period")
    g.skip("Затверджено на 9 місяців", [9], "column header (period)")

    g.note("the budget table: each cell is a fact quoted by its row; KEKV rows hang on «Разом» of the same column with a group per column; «Разом» has no kekv")
    g.note("«Касові видатки становлять 96,9 % від затверджених призначень» names no amount → a standalone share; checked against the table's «Разом»")
    g.note("applications by subject (субсидії / ДСД / інші) are a partition of the 2316 with labels")
    g.note("«оцінку потреб 64 осіб, з них 22 – ВПО» → needs_assessed persons with a category child")
    g.write()


if __name__ == "__main__":
    main()
