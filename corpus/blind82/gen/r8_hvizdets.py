"""b82_08: КУ «ЦНСП» Гвіздецької селищної ради (Івано-Франківська), report for H1 2025.
LESS COMMON STYLE: a state statistical-form printout (as an e-reporting system exports it to Word):
title block with the form code and approval order, «Подають / Терміни подання» box, respondent block,
sections with «Найменування показника | Код рядка | За звітний період | За відповідний період
попереднього року» and a column-letter row «А Б 1 2», indented «у тому числі» rows, footnotes and
the signer block."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b82_08_hvizdets_cnsp_form_h1_2025.docx"
IND = "    "
# (name, code, current, previous, indent)
S1 = [("Кількість осіб, які звернулися за наданням соціальних послуг", "010", "312", "287", 0),
      ("Кількість осіб, яким проведено оцінювання індивідуальних потреб", "020", "148", "131", 0),
      ("Кількість отримувачів соціальних послуг, усього¹", "030", "406", "372", 0),
      ("у тому числі: догляд вдома", "031", "118", "109", 1),
      ("денний догляд", "032", "34", "30", 1),
      ("соціальна адаптація", "033", "21", "17", 1),
      ("консультування", "034", "233", "216", 1),
      ("Кількість сімей (осіб), які отримували послугу соціального супроводу²", "040", "19", "16", 0),
      ("з них: взято під соціальний супровід у звітному періоді", "041", "7", "5", 1),
      ("завершено надання послуги", "042", "8", "6", 1),
      ("Кількість скарг отримувачів", "050", "0", "1", 0),
      ("Кількість проведених групових заходів", "060", "12", "9", 0),
      ("з них охоплено осіб", "061", "187", "140", 1)]
S2 = [("Штатна чисельність працівників, посад", "100", "27,5", "27,5", 0),
      ("Фактична чисельність працівників, осіб", "110", "25", "24", 0),
      ("з них: фахівці із соціальної роботи", "111", "6", "6", 1),
      ("соціальні робітники", "112", "14", "13", 1),
      ("Кількість працівників, які підвищили кваліфікацію", "120", "9", "4", 0)]
S3 = [("Затверджено кошторисом на рік (загальний фонд)", "200", "6 842,3", "6 105,8", 0),
      ("Касові видатки за звітний період (загальний фонд)", "210", "3 118,6", "2 874,2", 0),
      ("у тому числі: оплата праці з нарахуваннями (КЕКВ 2110, 2120)", "211", "2 654,0", "2 431,9", 1),
      ("оплата комунальних послуг та енергоносіїв (КЕКВ 2270)", "212", "301,7", "288,4", 1),
      ("інші видатки", "213", "172,9", "153,9", 1),
      ("Надійшло до спеціального фонду", "220", "84,5", "61,0", 0)]
HEAD = ["Найменування показника", "Код рядка", "За звітний період", "За відповідний період попереднього року"]


def build(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9)

    def para(t, bold=False, center=False, right=False):
        p = d.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if right:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return p
    para("ДЕРЖАВНА ЗВІТНІСТЬ", bold=True, center=True)
    para("Порушення порядку подання або використання даних звітності тягне за собою відповідальність, "
         "установлену законом", center=True)
    para("Звітність подається в електронному вигляді через систему «Соцзвіт-Онлайн» (версія 3.2.1)", center=True)
    para("ЗВІТ\nпро надання соціальних послуг надавачами комунального сектору\nза I півріччя 2025 року",
         bold=True, center=True)
    box = d.add_table(rows=2, cols=3)
    box.style = "Table Grid"
    for c, t in zip(box.rows[0].cells, ["Подають", "Терміни подання", "Форма № 1-СП (піврічна)"]):
        c.text = t
    for c, t in zip(box.rows[1].cells, [
            "надавачі соціальних послуг комунального сектору – структурному підрозділу з питань "
            "соціального захисту населення територіальної громади",
            "не пізніше 10 числа місяця, що настає за звітним періодом",
            "ЗАТВЕРДЖЕНО\nНаказ Міністерства соціальної політики України\n29.07.2022 № 241\n"
            "(у редакції наказу від 11.12.2024 № 618)"]):
        c.text = t
    para("Респондент:", bold=True)
    para("Найменування: Комунальна установа «Центр надання соціальних послуг» Гвіздецької селищної ради")
    para("Місцезнаходження: 78433, Івано-Франківська обл., Коломийський р-н, смт Гвіздець, вул. Незалежності, 64")
    para("Код за ЄДРПОУ: 43927016        Код за КАТОТТГ: UA26040130010087314")
    para("Одиниця виміру: осіб, одиниць; розділ III – тис. грн, з одним десятковим знаком")

    def section(title, rows):
        para(title, bold=True)
        t = d.add_table(rows=2, cols=4)
        t.style = "Table Grid"
        for c, x in zip(t.rows[0].cells, HEAD):
            c.text = x
        for c, x in zip(t.rows[1].cells, ["А", "Б", "1", "2"]):
            c.text = x
        for name, code, cur, prev, ind in rows:
            cells = t.add_row().cells
            for c, x in zip(cells, [IND * ind + name, code, cur, prev]):
                c.text = x
    section("Розділ I. Отримувачі соціальних послуг", S1)
    section("Розділ II. Персонал", S2)
    section("Розділ III. Фінансування (тис. грн)", S3)
    para("¹ У рядках 031–034 отримувач враховується один раз – за основною соціальною послугою, тому сума "
         "рядків 031–034 дорівнює рядку 030.")
    para("² Рядки 040–042 заповнюють надавачі, які надають послугу соціального супроводу сімей (осіб), які "
         "перебувають у складних життєвих обставинах.")
    para("Керівник          ________________          ____________________")
    para("                        (підпис)                    (ініціали, прізвище)")
    para("Особа, відповідальна за складання звітності ________________")
    para("тел.: (03433) 0-21-75        факс: —        електронна пошта: cnsp.hvizdets@example.ua")
    para("«07» липня 2025 року          М.П.")
    para("Документ сформовано 07.07.2025 14:32:08. Ідентифікатор звіту 0000291573. Сторінка 1 з 1", right=True)
    fix_docx_props(d, "Соцзвіт-Онлайн")
    d.save(path)
    freeze_zip(path, when=(2025, 7, 7, 14, 32, 8))


def v(s):
    x = s.replace(" ", "").replace(",", ".")
    return float(x) if "." in x else int(x)


def main():
    path = report_path(DOC)
    build(path)
    import sys
    import subprocess
    if "--show" in sys.argv:
        print(subprocess.run(["zvitparse", "read", path], capture_output=True, text=True).stdout)
        return
    from common import read_text
    text = read_text(path)
    g = Gold(DOC, {"centre": "Центр надання соціальних послуг Гвіздецької селищної ради", "centre_type": "cnsp",
                   "settlement": "Гвіздець", "oblast": "Івано-Франківська", "report_kind": "period_report",
                   "period_start": "2025-01-01", "period_end": "2025-06-30"},
             meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Гвіздецької селищної ради",
                                  "КУ «Центр надання соціальних послуг» Гвіздецької селищної ради"]})

    def rowq(r):
        name, code, cur, prev, ind = r
        q = f"{name}\t{code}\t{cur}\t{prev}"
        if q not in text:                     # indented rows: take the row from the name on
            q = f"{name.strip()}\t{code}\t{cur}\t{prev}"
        return q
    spec = {
        "010": ("applied", "persons", {}), "020": ("needs_assessed", "persons", {}),
        "030": ("served", "persons", {}),
        "031": ("served", "persons", {"service": "home_care"}), "032": ("served", "persons", {"service": "day_care"}),
        "033": ("served", "persons", {"service": "social_adaptation"}),
        "034": ("served", "persons", {"service": "counselling"}),
        "040": ("served", "families_persons", {"service": "social_support_sjo", "alt": ["support_ongoing"]}),
        "041": ("support_started", "families_persons", {"service": "social_support_sjo"}),
        "042": ("support_completed", "families_persons", {"service": "social_support_sjo"}),
        "050": ("complaints", "complaints", {}), "060": ("events", "events", {}),
        "061": ("event_participants", "persons", {}),
        "100": ("staff_positions", "positions", {}), "110": ("staff_actual", "staff", {}),
        "111": ("staff_actual", "staff", {"label": "фахівці із соціальної роботи"}),
        "112": ("staff_actual", "staff", {"label": "соціальні робітники"}),
        "120": ("staff_trained", "staff", {}),
        "200": ("budget_approved", "uah", {"label": "загальний фонд, кошторис на 2025 рік (річний)"}),
        "210": ("budget_spent", "uah", {"label": "загальний фонд, I півріччя"}),
        "211": ("budget_spent", "uah", {"label": "оплата праці з нарахуваннями (КЕКВ 2110, 2120)"}),
        "212": ("budget_spent", "uah", {"kekv": "2270", "label": "оплата комунальних послуг та енергоносіїв"}),
        "213": ("budget_spent", "uah", {"label": "інші видатки"}),
        "220": ("budget_received", "uah", {"label": "спеціальний фонд"}),
    }
    parent = {"031": "030", "032": "030", "033": "030", "034": "030", "041": "040", "042": "040",
              "061": "060", "111": "110", "112": "110", "211": "210", "212": "210", "213": "210"}
    group = {"031": "r030_by_service", "032": "r030_by_service", "033": "r030_by_service", "034": "r030_by_service",
             "211": "r210_by_item", "212": "r210_by_item", "213": "r210_by_item"}
    ids = {}
    for r in S1 + S2 + S3:
        name, code, cur, prev, ind = r
        ind_, unit, kw = spec[code]
        val = v(cur)
        if code.startswith("2"):
            val = int(round(val * 1000))
        kw = dict(kw)
        if code in parent:
            kw["parent"] = ids[parent[code]]
        if code in group:
            kw["group"] = group[code]
        ids[code] = g.f(ind_, unit, val, rowq(r), **kw)
        g.skip(rowq(r), [int(code), v(prev)], f"row code {code} and the previous-year column (column 2)")
    f = ids
    g.slip("parts_sum", "error", rowq(S3[1]), 3128600, 3118600, [f["210"], f["211"], f["212"], f["213"]],
           "rows 211–213 («у тому числі») sum to 2 654,0 + 301,7 + 172,9 = 3 128,6 тис. грн, but row 210 says 3 118,6 "
           "(10,0 тис. грн more in the parts; «інші видатки» closes the list, so it is a partition)",
           f"{f['211']} + {f['212']} + {f['213']} == {f['210']}")
    g.check("parts_sum", rowq(S1[2]), "rows 031–034: 118 + 34 + 21 + 233 = 406 = row 030 (footnote ¹ says they must)",
            f"{f['031']} + {f['032']} + {f['033']} + {f['034']} == {f['030']}")
    g.check("parts_sum", rowq(S1[7]), "rows 041 (7) and 042 (8) ≤ row 040 (19)",
            f"{f['041']} <= {f['040']} and {f['042']} <= {f['040']}")
    g.check("parts_sum", rowq(S2[1]), "rows 111 + 112 = 20 ≤ 25 ≤ 27,5 positions; 9 trained ≤ 25",
            f"{f['111']} + {f['112']} <= {f['110']} <= {f['100']} and {f['120']} <= {f['110']}")
    g.check("parts_sum", rowq(S1[1]), "148 assessed ≤ 312 applied", f"{f['020']} <= {f['010']}")
    g.check("parts_sum", rowq(S3[0]), "half-year spending 3 118,6 ≤ annual approval 6 842,3", f"{f['210']} <= {f['200']}")

    for q, vals, why in [
        ("Порушення порядку подання або використання даних звітності", [], "form boilerplate (no number)"),
        ("(версія 3.2.1)", [3.2], "software version"),
        ("за I півріччя 2025 року", [2025], "period in the title"),
        ("Форма № 1-СП (піврічна)", [1], "form code"),
        ("не пізніше 10 числа місяця", [10], "deadline of the form"),
        ("29.07.2022 № 241", [29, 7, 2022, 241], "approval order date and number"),
        ("(у редакції наказу від 11.12.2024 № 618)", [11, 12, 2024, 618], "amending order"),
        ("78433, Івано-Франківська обл., Коломийський р-н, смт Гвіздець, вул. Незалежності, 64", [78433, 64],
         "postcode, address"),
        ("Код за ЄДРПОУ: 43927016", [43927016], "ЄДРПОУ"),
        ("UA26040130010087314", [26040130010087314], "КАТОТТГ code"),
        ("А\tБ\t1\t2", [1, 2], "column-letter/number row (А Б 1 2) of each section"),
        ("Розділ I. Отримувачі соціальних послуг", [1, 2, 3], "section numbers I–III"),
        ("¹ У рядках 031–034 отримувач враховується один раз", [1, 31, 34, 30], "footnote marks and row codes"),
        ("² Рядки 040–042", [2, 40, 42], "footnote mark and row codes"),
        ("тел.: (03433) 0-21-75", [3433, 2175], "phone"),
        ("«07» липня 2025 року", [7, 2025], "date of signing"),
        ("Документ сформовано 07.07.2025 14:32:08. Ідентифікатор звіту 0000291573. Сторінка 1 з 1",
         [7, 7, 2025, 14, 32, 8, 291573, 1, 1], "system stamp: timestamp, report id, page")]:
        g.skip(q, vals, why)

    g.note("a statistical-form printout: each row's «За звітний період» (column 1) is a fact quoted by its row; row codes (010 …), the letter/number row «А Б 1 2» and the previous-year column (column 2) are skipped")
    g.note("«у тому числі» / «з них» rows hang on their head row; 031–034 and 211–213 are partitions (group), 041/042, 061 and 111/112 are parent-only")
    g.note("row 040 «сімей (осіб)» → unit families_persons; «отримували послугу соціального супроводу» → served (alt support_ongoing)")
    g.note("section III is in тис. грн (stated under «Одиниця виміру»); amounts stored in hryvnias. Row 211 names two KEKV codes, so no kekv is set; row 212 carries kekv 2270")
    g.note("row 100 «27,5» positions is a fractional fact")
    g.note("row 050 «0» complaints is a fact (value 0)")
    g.write()


if __name__ == "__main__":
    main()
