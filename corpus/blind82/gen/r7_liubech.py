"""b82_07: ТЦСО Любецької селищної ради (Чернігівська), annual report 2024.
LESS COMMON STYLE: a reportlab PDF whose Table 2 (categories of recipients, 31 rows) runs over three
pages: each continuation is headed «Продовження таблиці 2»; page 2 repeats only the column-number row
«1 2 3 4», page 3 repeats the full header; running page headers and page numbers between; the «Усього»
row on the last page."""
import subprocess
import sys
from decimal import Decimal, ROUND_HALF_UP
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from common import Gold, report_path, register_fonts

DOC = "b82_07_liubech_tcso_annual2024.pdf"

SECTIONS = [
    ("1", "Громадяни похилого віку, усього", None, [
        ("1.1", "одинокі громадяни похилого віку", 84),
        ("1.2", "одиноко проживаючі громадяни похилого віку", 112),
        ("1.3", "громадяни похилого віку, які мають працездатних рідних", 57),
        ("1.4", "громадяни похилого віку з сімей осіб з інвалідністю", 19),
        ("1.5", "ветерани війни похилого віку", 23),
        ("1.6", "постраждалі внаслідок Чорнобильської катастрофи", 31),
        ("1.7", "інші громадяни похилого віку", 16)]),
    ("2", "Особи з інвалідністю, усього", 131, [
        ("2.1", "особи з інвалідністю I групи", 18),
        ("2.2", "особи з інвалідністю II групи", 47),
        ("2.3", "особи з інвалідністю III групи", 22),
        ("2.4", "особи з інвалідністю внаслідок війни", 9),
        ("2.5", "особи з інвалідністю з дитинства", 26),
        ("2.6", "діти з інвалідністю", 11)]),
    ("3", "Внутрішньо переміщені особи, усього", None, [
        ("3.1", "ВПО похилого віку", 38),
        ("3.2", "ВПО з інвалідністю", 21),
        ("3.3", "ВПО працездатного віку у складних життєвих обставинах", 17),
        ("3.4", "діти з числа ВПО", 29),
        ("3.5", "члени багатодітних сімей ВПО", 12),
        ("3.6", "ВПО з місць компактного проживання", 8)]),
    ("4", "Інші категорії, усього", None, [
        ("4.1", "особи, які перебувають у СЖО через тривалу хворобу", 14),
        ("4.2", "члени сімей загиблих (померлих) Захисників", 27),
        ("4.3", "особи, звільнені з місць позбавлення волі", 3),
        ("4.4", "особи без визначеного місця проживання", 2),
        ("4.5", "малозабезпечені особи", 36),
        ("4.6", "особи, які постраждали від домашнього насильства", 5),
        ("4.7", "інші отримувачі", 9)]),
]
SUBTOT = {s[0]: (s[2] if s[2] is not None else sum(r[2] for r in s[3])) for s in SECTIONS}
TOTAL = sum(SUBTOT.values())          # 694: the sum of the written subtotals
DEPTS = [("Відділення соціальної допомоги вдома", 231, 11874),
         ("Відділення денного перебування", 58, 2316),
         ("Відділення організації надання адресної натуральної допомоги", 405, 4222)]


def pct(k, n=TOTAL):
    return str((Decimal(k) * 100 / Decimal(n)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)).replace(".", ",")


def table_rows():
    rows = []
    for num, name, _, leaves in SECTIONS:
        rows.append(("sec", num, name, SUBTOT[num]))
        for n, nm, v in leaves:
            rows.append(("leaf", n, nm, v))
    return rows


def build(path):
    register_fonts()
    body = ParagraphStyle("b", fontName="LSerif", fontSize=12, leading=15, firstLineIndent=12 * mm, spaceAfter=4,
                          alignment=4)
    cap = ParagraphStyle("c", parent=body, fontName="LSerif-B", firstLineIndent=0, alignment=1, spaceAfter=4)
    cont = ParagraphStyle("r", parent=body, fontName="LSerif-I", firstLineIndent=0, alignment=2, spaceAfter=3)
    cell = ParagraphStyle("cell", fontName="LSerif", fontSize=10.5, leading=12.5)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="LSerif-B")
    hdr = ["№ з/п", "Категорія отримувачів соціальних послуг", "Кількість отримувачів, осіб", "Питома вага, %"]
    hp = ParagraphStyle("hp", parent=cell, fontName="LSerif-B", alignment=1)
    HEADER = [Paragraph(x, hp) for x in hdr]
    NUMS = ["1", "2", "3", "4"]
    W = [16 * mm, 100 * mm, 32 * mm, 27 * mm]

    def mk(rows, with_header, total=False):
        data, bold = [], []
        if with_header:
            data.append(HEADER)
        data.append(NUMS)
        for kind, n, nm, v in rows:
            if kind == "sec":
                bold.append(len(data))
            data.append([n + ("." if kind == "sec" else ""), Paragraph(nm, cellb if kind == "sec" else cell),
                         str(v), pct(v)])
        if total:
            bold.append(len(data))
            data.append(["", Paragraph("Усього", cellb), str(TOTAL), "100,0"])
        t = Table(data, colWidths=W)
        style = [("FONT", (0, 0), (-1, -1), "LSerif", 10.5), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                 ("ALIGN", (2, 0), (-1, -1), "CENTER"), ("ALIGN", (0, 0), (0, -1), "CENTER"),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        for b in bold:
            style.append(("FONT", (0, b), (-1, b), "LSerif-B", 10.5))
        t.setStyle(TableStyle(style))
        return t

    story = [Paragraph("Територіальний центр соціального обслуговування (надання соціальних послуг)<br/>"
                       "Любецької селищної ради", cap),
             Paragraph("15030, Чернігівська обл., Чернігівський р-н, смт Любеч, вул. Шевченка, 27; "
                       "тел. (04641) 0-52-64; ЄДРПОУ 40612738", ParagraphStyle("a", parent=cap, fontName="LSerif",
                                                                               fontSize=10)),
             Spacer(1, 6),
             Paragraph("ЗВІТ ПРО РОБОТУ ЗА 2024 РІК", cap),
             Paragraph("Територіальний центр діє відповідно до Положення, затвердженого рішенням 23 сесії "
                       "VIII скликання Любецької селищної ради від 15.12.2022 № 23-11/VIII. Послуги надаються "
                       "мешканцям 41 населеного пункту громади. У 2024 році соціальними послугами охоплено "
                       "694 особи (у 2023 році – 652), надано 18 412 соціальних послуг. Розподіл за відділеннями "
                       "наведено в таблиці 1.", body),
             Paragraph("Таблиця 1", cont)]
    t1 = [[Paragraph(x, hp) for x in ["Відділення", "Отримувачів, осіб", "Надано послуг"]]]
    for nm, a, b in DEPTS:
        t1.append([Paragraph(nm, cell), str(a), str(b)])
    t1.append([Paragraph("Разом", cellb), str(sum(d[1] for d in DEPTS)), str(sum(d[2] for d in DEPTS))])
    tt = Table(t1, colWidths=[105 * mm, 35 * mm, 35 * mm])
    tt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 10.5), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [tt, Spacer(1, 6),
              Paragraph("Кожен отримувач враховується один раз – за основною категорією, визначеною під час "
                        "оцінювання потреб. Розподіл отримувачів за категоріями наведено в таблиці 2.", body),
              Paragraph("Таблиця 2", cont),
              Paragraph("Розподіл отримувачів соціальних послуг за категоріями у 2024 році", cap)]
    rows = table_rows()
    story += [mk(rows[:11], True), PageBreak(),
              Paragraph("Продовження таблиці 2", cont), mk(rows[11:24], False), PageBreak(),
              Paragraph("Продовження таблиці 2", cont), mk(rows[24:], True, total=True), Spacer(1, 8),
              Paragraph("Штатна чисельність територіального центру – 41 посада, фактично працює 39 працівників. "
                        "Протягом року надійшла 1 скарга, яку визнано необґрунтованою. Адресну натуральну "
                        "допомогу надано на загальну суму 212,6 тис. грн. У 2025 році планується відкрити "
                        "відділення стаціонарного догляду на 12 ліжок.", body),
              Spacer(1, 10), Paragraph("Директор ______________ &nbsp;&nbsp;&nbsp; 20.01.2025", body)]

    def page(c, d):
        c.setFont("LSerif-I", 9)
        c.drawString(20 * mm, 287 * mm, "ТЦСО Любецької селищної ради. Звіт про роботу за 2024 рік")
        c.setFont("LSerif", 10)
        c.drawCentredString(105 * mm, 10 * mm, f"– {d.page} –")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, invariant=1, title="Звіт ТЦСО за 2024 рік", author="ТЦСО")
    doc.build(story, onFirstPage=page, onLaterPages=page)


def main():
    path = report_path(DOC)
    build(path)
    if "--show" in sys.argv:
        print(subprocess.run(["zvitparse", "read", path], capture_output=True, text=True).stdout)
        return
    g = Gold(DOC, {"centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Любецької селищної ради",
                   "centre_type": "tcso", "settlement": "Любеч", "oblast": "Чернігівська",
                   "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
             meta_alt={"centre": ["Територіальний центр соціального обслуговування Любецької селищної ради"]})
    F = g.f
    f1 = F("served", "persons", 694, "У 2024 році соціальними послугами охоплено 694 особи")
    f2 = F("services_provided", "services", 18412, "надано 18 412 соціальних послуг")
    svc = {"Відділення соціальної допомоги вдома": "home_care", "Відділення денного перебування": "day_care",
           "Відділення організації надання адресної натуральної допомоги": "natural_aid"}
    dep = []
    for nm, a, b in DEPTS:
        q = f"{nm}\t{a}\t{b}"
        dep.append((F("served", "persons", a, q, service=svc[nm], label=nm),
                    F("services_provided", "services", b, q, service=svc[nm], label=nm)))
    qa = f"Разом\t{sum(d[1] for d in DEPTS)}\t{sum(d[2] for d in DEPTS)}"
    ta = F("served", "persons", sum(d[1] for d in DEPTS), qa, label="Разом (таблиця 1)")
    tb = F("services_provided", "services", sum(d[2] for d in DEPTS), qa, label="Разом (таблиця 1)")
    for a, b in dep:
        for fid, par, grp in ((a, ta, "t1_served_by_department"), (b, tb, "t1_services_by_department")):
            g._by_id[fid]["parent_id"] = par
            g._by_id[fid]["parent_quote"] = qa
            g._by_id[fid]["group"] = grp
    # table 2
    tq = f"Усього\t{TOTAL}\t100,0"
    tot = None
    sec_ids, leaf_ids = {}, {}
    pending = []
    for kind, n, nm, v in table_rows():
        if kind == "sec":
            q = f"{n}.\t{nm}\t{v}\t{pct(v)}"
        else:
            q = f"{n}\t{nm}\t{v}\t{pct(v)}"
        fid = F("served", "persons", v, q, percent=float(pct(v).replace(",", ".")), label=nm,
                category=nm if kind == "leaf" else nm.replace(", усього", ""))
        if kind == "sec":
            sec_ids[n] = fid
            leaf_ids[n] = []
            cur = n
        else:
            leaf_ids[cur].append(fid)
            g._by_id[fid]["parent_id"] = sec_ids[cur]
            g._by_id[fid]["parent_quote"] = g._by_id[sec_ids[cur]]["quote"]
            g._by_id[fid]["group"] = f"t2_section_{cur}"
    tot = F("served", "persons", TOTAL, tq, percent=100.0, label="Усього (таблиця 2)")
    for n, fid in sec_ids.items():
        g._by_id[fid]["parent_id"] = tot
        g._by_id[fid]["parent_quote"] = tq
        g._by_id[fid]["group"] = "t2_sections"
    fs = F("staff_positions", "positions", 41, "Штатна чисельність територіального центру – 41 посада")
    fa = F("staff_actual", "staff", 39, "фактично працює 39 працівників")
    fc = F("complaints", "complaints", 1, "надійшла 1 скарга")
    fv = F("aid_value", "uah", 212600, "на загальну суму 212,6 тис. грн", service="natural_aid")

    s2 = sec_ids["2"]
    g.slip("table_arithmetic", "error", g._by_id[s2]["quote"], 131, 133, [s2] + leaf_ids["2"],
           "section 2 «Особи з інвалідністю, усього» says 131, but its rows 2.1–2.6 sum to 18 + 47 + 22 + 9 + 26 + 11 = 133. "
           "«Усього» 694 is the sum of the written section totals, so the 26 category rows sum to 696, not 694",
           f"{' + '.join(leaf_ids['2'])} == {s2}")
    for n in ("1", "3", "4"):
        g.check("table_arithmetic", g._by_id[sec_ids[n]]["quote"], f"rows {n}.x sum to the section total {SUBTOT[n]}",
                f"{' + '.join(leaf_ids[n])} == {sec_ids[n]}")
    g.check("table_arithmetic", tq, "the four section totals 342 + 131 + 125 + 96 = 694 = «Усього»",
            f"{' + '.join(sec_ids.values())} == {tot}")
    allrows = list(sec_ids.values()) + [x for v in leaf_ids.values() for x in v]
    g.check("percent_mismatch", "Розподіл отримувачів соціальних послуг за категоріями у 2024 році",
            "every «Питома вага, %» cell is the row over «Усього» 694 at one decimal",
            "all([" + ", ".join(f"pct_ok(p{x[1:]}, {x}, {tot}, 1)" for x in allrows) + "])")
    g.check("percents_sum", tq, "the four section shares 49,3 + 18,9 + 18,0 + 13,8 = 100,0",
            f"psum_ok([{', '.join('p' + x[1:] for x in sec_ids.values())}], 1)")
    g.check("table_arithmetic", qa, "table 1: 231 + 58 + 405 = 694 recipients; 11 874 + 2 316 + 4 222 = 18 412 services",
            f"{' + '.join(a for a, b in dep)} == {ta} and {' + '.join(b for a, b in dep)} == {tb}")
    g.check("internal_conflict", "У 2024 році соціальними послугами охоплено 694 особи",
            "prose 694 = table 1 «Разом» = table 2 «Усього»; prose 18 412 services = table 1 «Разом»",
            f"f1 == {ta} == {tot} and f2 == {tb}")
    g.check("parts_sum", "фактично працює 39 працівників", "39 ≤ 41", f"{fa} <= {fs}")

    g.skip("15030, Чернігівська обл., Чернігівський р-н, смт Любеч, вул. Шевченка, 27", [15030, 27], "postcode, address")
    g.skip("тел. (04641) 0-52-64; ЄДРПОУ 40612738", [4641, 5264, 40612738], "phone, ЄДРПОУ")
    g.skip("ЗВІТ ПРО РОБОТУ ЗА 2024 РІК", [2024], "year in the title")
    g.skip("рішенням 23 сесії VIII скликання Любецької селищної ради від 15.12.2022 № 23-11/VIII",
           [23, 15, 12, 2022, 23, 11], "session and decision")
    g.skip("мешканцям 41 населеного пункту громади", [41], "settlement count (the same number as the staff positions: a trap)")
    g.skip("(у 2023 році – 652)", [2023, 652], "prior-year figure")
    g.skip("наведено в таблиці 1.", [1], "table number")
    g.skip("Таблиця 2", [2], "table number")
    g.skip("Продовження таблиці 2", [2], "continuation heading (table number)")
    g.skip("1\t2\t3\t4", [1, 2, 3, 4], "column-number row (printed under the header on pages 1 and 3 and alone on page 2)")
    g.skip("1.1\tодинокі громадяни похилого віку", [1.1], "row numbers 1.–4., 1.1–4.7 (each row's first cell)")
    g.skip("Розподіл отримувачів соціальних послуг за категоріями у 2024 році", [2024], "year in the table title")
    g.skip("У 2025 році планується відкрити відділення стаціонарного догляду на 12 ліжок.", [2025, 12], "plan; beds")
    g.skip("20.01.2025", [20, 1, 2025], "date")

    g.note("Table 2 runs over three pages; every category cell is a served/persons fact quoted by its row as `zvitparse read` prints it, with the row's «Питома вага» as percent, category = the row name")
    g.note("leaf rows hang on their section row (group t2_section_N); section rows hang on «Усього» (group t2_sections)")
    g.note("the prose 694 / 18 412, Table 1's «Разом» and Table 2's «Усього» are the same figures written three times → separate facts (blind18 convention)")
    g.note("column-number rows «1 2 3 4», the «Продовження таблиці 2» headings, running page headers and page numbers are not facts")
    g.note("«41 посада» and «41 населеного пункту» share the number on purpose; only the first is a fact")
    g.write()


if __name__ == "__main__":
    main()
