"""b48_03: КУ «Центр надання соціальних послуг» Таращанської міської ради (Київська),
internal quality assessment of services provided in 2024. DOCX (python-docx) with a table by
service, written in the first person plural («ми провели», «наш Центр»).
Planted slip: table_arithmetic (the «Разом» of recipients says 878; the rows sum to 888)."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b48_03_tarashcha_cnsp_internal2024.docx"

ROWS = [
    ("1", "Догляд вдома", "184", "62", "91,9", "добре"),
    ("2", "Денний догляд", "37", "21", "85,7", "добре"),
    ("3", "Консультування", "412", "48", "79,2", "задовільно"),
    ("4", "Соціальна адаптація", "29", "17", "88,2", "добре"),
    ("5", "Натуральна допомога", "226", "40", "95,0", "добре"),
]
TOTAL = ("Разом", "", "878", "188", "", "добре")


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for line in ("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»",
                 "ТАРАЩАНСЬКОЇ МІСЬКОЇ РАДИ",
                 "09501, Київська обл., м. Тараща, вул. Соборна, 52, тел. (04566) 0-47-90, код ЄДРПОУ 44290173"):
        p = d.add_paragraph(line)
        p.alignment = 1
    d.add_paragraph("ЗАТВЕРДЖУЮ\nДиректор КУ «ЦНСП»\n________________\n27.12.2024").alignment = 2
    h = d.add_heading("ЗВІТ про результати внутрішнього моніторингу та оцінки якості соціальних послуг, наданих у 2024 році", 1)
    d.add_heading("1. Як ми проводили оцінку", 2)
    d.add_paragraph(
        "Внутрішній моніторинг ми провели з 02 по 20 грудня 2024 року відповідно до наказу директора "
        "від 29.11.2024 № 47-од робочою групою у складі 5 працівників. Ми опрацювали 74 особові справи "
        "отримувачів, провели 12 спостережень за наданням послуг вдома та у відділенні денного догляду, "
        "а також анкетування отримувачів. Загалом в анкетуванні взяли участь 188 отримувачів, "
        "наймолодшому з яких 19 років, найстаршому – 93 роки.")
    d.add_paragraph(
        "Рівень якості ми визначали за часткою позитивних відповідей: від 80 до 100 % – «добре», "
        "від 60 до 79,9 % – «задовільно», менше 60 % – «незадовільно».")
    d.add_heading("2. Що показала оцінка", 2)
    d.add_paragraph(
        "Упродовж 2024 року до нашого Центру надійшло 309 заяв про надання соціальних послуг; за 287 з них "
        "прийнято рішення про надання послуг, у 22 випадках відмовлено через відсутність підстав.")
    d.add_paragraph("Таблиця 2. Результати оцінки якості за видами соціальних послуг")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    hdr = ("№ з/п", "Соціальна послуга", "Кількість отримувачів", "Опитано", "Частка задоволених, %", "Оцінка")
    for i, v in enumerate(hdr):
        t.rows[0].cells[i].text = v
    for r in ROWS + [TOTAL]:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    last = t.rows[-1]
    last.cells[0].merge(last.cells[1])
    last.cells[0].text = "Разом"
    d.add_paragraph(
        "Найнижчий результат ми отримали за послугою консультування: отримувачі скаржилися на черги "
        "в дні виїзних прийомів у старостинських округах. Оцінки за критеріями склали: адресність та "
        "індивідуальний підхід – 92 %, доступність та відкритість – 88 %, своєчасність – 81 %, "
        "результативність – 84 %, професійність персоналу – 90 %.")
    d.add_paragraph(
        "У Центрі 27 штатних посад, працюють 25 працівників, з них 19 – фахівці, які безпосередньо "
        "надають послуги. Протягом року надійшло 2 скарги (обидві щодо графіка відвідувань), їх розглянуто "
        "у встановлений строк.")
    d.add_heading("3. Висновки та що ми змінимо", 2)
    d.add_paragraph("Загальна оцінка якості соціальних послуг, наданих нашим Центром у 2024 році, – «добре».")
    for s in ("1) до 01.03.2025 запровадити попередній запис на виїзні прийоми (відповідальний – відділ консультування);",
              "2) у I кварталі 2025 року провести навчання для 6 соціальних робітників щодо ведення особових справ;",
              "3) наступний внутрішній моніторинг провести у листопаді 2025 року."):
        d.add_paragraph(s)
    d.add_paragraph("Голова робочої групи ______________")
    fix_docx_props(d, author="КУ ЦНСП")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Таращанської міської ради",
        "centre_type": "cnsp", "settlement": "Тараща", "oblast": "Київська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Таращанської міської ради",
                            "КУ «Центр надання соціальних послуг» Таращанської міської ради"]})
    f = g.f
    resp = f("survey_respondents", "recipients", 188, "Загалом в анкетуванні взяли участь 188 отримувачів",
             unit_alt="persons")
    ap = f("applied", "applications", 309, "до нашого Центру надійшло 309 заяв про надання соціальних послуг")
    svc = {"Догляд вдома": "home_care", "Денний догляд": "day_care", "Консультування": "counselling",
           "Соціальна адаптація": "social_adaptation", "Натуральна допомога": "natural_aid"}
    rating = {"добре": "good", "задовільно": "satisfactory"}
    tot_q = "Разом\t878\t188\t\tдобре"
    tr = f("served", "recipients", 878, tot_q, unit_alt="persons", label="Разом")
    ts = f("survey_respondents", "recipients", 188, tot_q, unit_alt="persons", label="Разом")
    trt = f("rating", "rating", "good", tot_q, criterion="overall", label="Разом")
    cells = []
    for no, name, n, s, pct, rt in ROWS:
        q = "\t".join((no, name, n, s, pct, rt))
        a = f("served", "recipients", int(n), q, service=svc[name], unit_alt="persons",
              group="recipients_by_service", parent=tr)
        b = f("survey_respondents", "recipients", int(s), q, service=svc[name], unit_alt="persons",
              group="surveyed_by_service", parent=ts)
        pv = float(pct.replace(",", "."))
        c = f("satisfaction", "percent", int(pv) if pv.is_integer() else pv, q, service=svc[name], alt=["share"])
        e = f("rating", "rating", rating[rt], q, service=svc[name], criterion="overall")
        cells.append((a, b, c, e))
    crit = [("targeting", 92, "адресність та індивідуальний підхід – 92 %"),
            ("accessibility", 88, "доступність та відкритість – 88 %"),
            ("timeliness", 81, "своєчасність – 81 %"),
            ("effectiveness", 84, "результативність – 84 %"),
            ("professionalism", 90, "професійність персоналу – 90 %")]
    cf = [f("share", "percent", v, q, criterion=c, alt=["satisfaction"]) for c, v, q in crit]
    pos = f("staff_positions", "positions", 27, "У Центрі 27 штатних посад")
    act = f("staff_actual", "staff", 25, "працюють 25 працівників")
    act2 = f("staff_actual", "staff", 19, "з них 19 – фахівці, які безпосередньо надають послуги",
             label="фахівці, які безпосередньо надають послуги", parent=act)
    co = f("complaints", "complaints", 2, "Протягом року надійшло 2 скарги")
    ov = f("rating", "rating", "good", "Загальна оцінка якості соціальних послуг, наданих нашим Центром у 2024 році, – «добре».",
           criterion="overall")

    ids = lambda k: [c[k] for c in cells]
    g.slip("table_arithmetic", "error", tot_q, 878, 888, [tr] + ids(0),
           "the «Кількість отримувачів» column: 184 + 37 + 412 + 29 + 226 = 888, but «Разом» says 878",
           " + ".join(f"f{x[1:]}" for x in ids(0)) + f" == f{tr[1:]}")
    g.check("table_arithmetic", tot_q, "«Опитано» column: 62 + 21 + 48 + 17 + 40 = 188",
            " + ".join(f"f{x[1:]}" for x in ids(1)) + f" == f{ts[1:]}")
    g.check("internal_conflict", "Загалом в анкетуванні взяли участь 188 отримувачів",
            "prose 188 = table «Разом» 188", f"f{resp[1:]} == f{ts[1:]}")
    for (a, b, c, e), row in zip(cells, ROWS):
        q = "\t".join(row)
        g.check("percent_mismatch", q, f"{row[4]} % of {row[3]} surveyed is reachable",
                f"grim_ok(f{c[1:]}, f{b[1:]}, 1)")
        g.check("rating_band", q, f"{row[4]} % → «{row[5]}» under the document's bands (80–100 добре, 60–79,9 задовільно)",
                f"band(f{c[1:]}, [(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]) == f{e[1:]}")
    g.check("rating_band", "адресність та індивідуальний підхід – 92 %",
            "all five criterion shares (81–92 %) fall in the «добре» band, consistent with the overall «добре»",
            " and ".join(f"band(f{x[1:]}, [(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]) == 'good'" for x in cf))
    g.check("parts_sum", "з них 19 – фахівці", "19 ≤ 25 ≤ 27", f"f{act2[1:]} <= f{act[1:]} <= f{pos[1:]}")
    g.check("parts_sum", "Опитано", "surveyed ≤ recipients in every row",
            " and ".join(f"f{b[1:]} <= f{a[1:]}" for a, b, c, e in cells))

    g.skip("09501, Київська обл., м. Тараща, вул. Соборна, 52, тел. (04566) 0-47-90, код ЄДРПОУ 44290173",
           [9501, 52, 4566, 4790, 44290173], "postcode, address, phone, ЄДРПОУ")
    g.skip("27.12.2024", [27, 12, 2024], "approval date")
    g.skip("наданих у 2024 році", [2024], "year")
    g.skip("Внутрішній моніторинг ми провели з 02 по 20 грудня 2024 року відповідно до наказу директора від 29.11.2024 № 47-од робочою групою у складі 5 працівників.",
           [2, 20, 2024, 29, 11, 2024, 47, 5], "assessment dates, order date and number, size of the working group")
    g.skip("Ми опрацювали 74 особові справи отримувачів, провели 12 спостережень", [74, 12],
           "case files studied and observations (methods, no §3 id)")
    g.skip("наймолодшому з яких 19 років, найстаршому – 93 роки", [19, 93], "ages")
    g.skip("від 80 до 100 % – «добре», від 60 до 79,9 % – «задовільно», менше 60 % – «незадовільно»",
           [80, 100, 60, 79.9, 60], "rating bands (used in the rating_band checks)")
    g.skip("за 287 з них прийнято рішення про надання послуг, у 22 випадках відмовлено", [287, 22],
           "decisions and refusals (no §3 id)")
    g.skip("Таблиця 2. Результати оцінки якості за видами соціальних послуг", [2], "table number")
    g.skip("1\tДогляд вдома", [1, 2, 3, 4, 5], "row numbers")
    g.skip("1) до 01.03.2025 запровадити попередній запис", [1, 1, 3, 2025], "recommendation number and deadline")
    g.skip("2) у I кварталі 2025 року провести навчання для 6 соціальних робітників", [2, 1, 2025, 6],
           "recommendation (plan)")
    g.skip("3) наступний внутрішній моніторинг провести у листопаді 2025 року.", [3, 2025], "plan")
    g.skip("1. Як ми проводили оцінку", [1, 2, 3], "section numbers")

    g.note("table: every cell is a fact quoted by its row; rows hang on the «Разом» cell of the same column. «Кількість отримувачів» → served, unit recipients (unit_alt persons); «Опитано» → survey_respondents; «Частка задоволених, %» → satisfaction (alt share) with the service; «Оцінка» → rating, criterion overall, with the service")
    g.note("«Разом» rating «добре» and the conclusion «Загальна оцінка … – «добре»» are two facts (table and prose); the prose 188 respondents and the table's 188 are two facts")
    g.note("criterion percentages in prose → share with criterion (alt satisfaction)")
    g.note("centre in meta without the legal form; meta_alt gives the form with «Комунальна установа» / «КУ»")
    g.note("the «Разом» row: its first cell spans № and the service name, so the reader prints «Разом» and then the figures")
    g.write()


if __name__ == "__main__":
    main()
