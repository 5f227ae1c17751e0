"""b34_05: служба у справах дітей Перемишлянської міської ради (Львівська), annual information
for 2023. DOCX with a register table; impersonal voice, long official sentences. No slip."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b34_05_peremyshliany_ssd_annual2023.docx"


def build(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)

    def p(text, bold=False, center=False):
        par = d.add_paragraph()
        r = par.add_run(text)
        r.bold = bold
        if center:
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return par

    p("Інформація\nпро роботу служби у справах дітей Перемишлянської міської ради у 2023 році",
      bold=True, center=True)
    p("Служба у справах дітей Перемишлянської міської ради (далі – Служба) є виконавчим органом "
      "міської ради, утвореним рішенням від 24.12.2020 № 52, і здійснює свої повноваження на "
      "території громади, яка об'єднує 42 населені пункти та в якій проживає 8 917 дітей.")
    p("Відповідно до штатного розпису в Службі передбачено 5 посад, фактично у 2023 році "
      "працювали 4 працівники, одна посада головного спеціаліста вакантна з вересня.")
    p("Станом на 31.12.2023 на первинному обліку Служби перебуває 47 дітей-сиріт та дітей, "
      "позбавлених батьківського піклування (на початок року – 49), з них 19 дітей-сиріт і 28 "
      "дітей, позбавлених батьківського піклування. Протягом року на облік взято 9 дітей, "
      "знято з обліку 11 дітей, у тому числі у зв'язку з досягненням повноліття – 6, "
      "усиновленням – 2, поверненням на виховання до батьків – 3.")
    p("Рух дітей, які перебувають на обліку Служби, наведено в таблиці.")
    p("Таблиця. Облік дітей у 2023 році")
    rows = [
        ("№", "Категорія дітей", "На 01.01.2023", "Взято на облік", "Знято з обліку",
         "На 31.12.2023"),
        ("1", "Діти-сироти та діти, позбавлені батьківського піклування", "49", "9", "11", "47"),
        ("2", "Діти, які перебувають у складних життєвих обставинах", "23", "14", "12", "25"),
        ("", "Разом", "72", "23", "23", "72"),
    ]
    t = d.add_table(rows=len(rows), cols=6)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
    p("Діти, які перебувають у складних життєвих обставинах (25 дітей на кінець року), "
      "проживають у 17 сім'ях; усім цим сім'ям за клопотанням Служби центр соціальних служб "
      "надає послугу соціального супроводу.")
    p("До Служби у 2023 році надійшло 31 повідомлення про дітей, які можуть перебувати у "
      "складних життєвих обставинах, з них 7 – від закладів освіти.")
    p("Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2023 "
      "році надано 37 дітям (усього з 2022 року – 112 дітям), з них 21 дитині з числа "
      "внутрішньо переміщених осіб.")
    p("Протягом року до Служби надійшло 164 звернення громадян, з них 58 – письмових. Проведено "
      "14 засідань комісії з питань захисту прав дитини, на яких розглянуто 96 питань; до суду "
      "підготовлено 27 висновків органу опіки та піклування. Спільно з ювенальною поліцією "
      "здійснено 18 рейдів «Діти вулиці», під час яких виявлено 6 дітей без нагляду дорослих.")
    p("Для учнів закладів загальної середньої освіти проведено 12 просвітницьких заходів з питань "
      "безпеки та прав дитини, ними охоплено 640 дітей. На телефон Служби (03263) 0-21-40 "
      "надійшло 52 дзвінки.")
    p("Порівняно з 2022 роком кількість дітей на первинному обліку зменшилася на 2. У 2024 році "
      "Служба планує створити 1 дитячий будинок сімейного типу та забезпечити сімейними формами "
      "виховання не менше 90 % дітей, які перебувають на обліку.")
    p("Начальник служби у справах дітей                                   (підпис)")
    p("Вих. № 03-12/19 від 16.01.2024")
    fix_docx_props(d, author="ССД")
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Перемишлянської міської ради",
        "centre_type": "other",
        "settlement": "Перемишляни",
        "oblast": "Львівська",
        "report_kind": "annual_report",
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
    })
    f = g.f
    pos = f("staff_positions", "positions", 5, "в Службі передбачено 5 посад")
    act = f("staff_actual", "staff", 4, "фактично у 2023 році працювали 4 працівники")
    reg = f("registered", "children", 47,
            "на первинному обліку Служби перебуває 47 дітей-сиріт та дітей, позбавлених батьківського піклування")
    a = f("registered", "children", 19, "з них 19 дітей-сиріт", category="діти-сироти",
          group="reg47_by_status", parent=reg)
    b = f("registered", "children", 28, "28 дітей, позбавлених батьківського піклування",
          category="діти, позбавлені батьківського піклування", group="reg47_by_status",
          parent=reg)
    new = f("registered_new", "children", 9, "Протягом року на облік взято 9 дітей",
            category="діти-сироти та діти, позбавлені батьківського піклування")
    dr = f("deregistered", "children", 11, "знято з обліку 11 дітей",
           category="діти-сироти та діти, позбавлені батьківського піклування")
    d1 = f("deregistered", "children", 6, "у зв'язку з досягненням повноліття – 6",
           label="досягнення повноліття", group="dereg11_by_reason", parent=dr)
    d2 = f("deregistered", "children", 2, "усиновленням – 2", label="усиновлення",
           group="dereg11_by_reason", parent=dr)
    d3 = f("deregistered", "children", 3, "поверненням на виховання до батьків – 3",
           label="повернення на виховання до батьків", group="dereg11_by_reason", parent=dr)
    # table
    q1 = "1\tДіти-сироти та діти, позбавлені батьківського піклування\t49\t9\t11\t47"
    q2 = "2\tДіти, які перебувають у складних життєвих обставинах\t23\t14\t12\t25"
    qt = "Разом\t72\t23\t23\t72"
    tn = f("registered_new", "children", 23, qt, label="Разом, взято на облік")
    td = f("deregistered", "children", 23, qt, label="Разом, знято з обліку")
    te = f("registered", "children", 72, qt, label="Разом, на 31.12.2023")
    cat1 = "діти-сироти та діти, позбавлені батьківського піклування"
    cat2 = "діти, які перебувають у складних життєвих обставинах"
    n1 = f("registered_new", "children", 9, q1, category=cat1, group="t_new", parent=tn)
    x1 = f("deregistered", "children", 11, q1, category=cat1, group="t_dereg", parent=td)
    e1 = f("registered", "children", 47, q1, category=cat1, group="t_end", parent=te)
    n2 = f("registered_new", "children", 14, q2, category=cat2, group="t_new", parent=tn)
    x2 = f("deregistered", "children", 12, q2, category=cat2, group="t_dereg", parent=td)
    e2 = f("registered", "children", 25, q2, category=cat2, group="t_end", parent=te)
    e2b = f("registered", "children", 25, "(25 дітей на кінець року)", category=cat2)
    fam = f("registered", "families", 17, "проживають у 17 сім'ях", category=cat2, parent=e2b)
    nt = f("notified", "children", 31, "надійшло 31 повідомлення про дітей")
    f("notified", "children", 7, "з них 7 – від закладів освіти", label="від закладів освіти",
      parent=nt)
    war = f("registered_new", "children", 37, "у 2023 році надано 37 дітям",
            label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    f("registered_new", "children", 21, "з них 21 дитині з числа внутрішньо переміщених осіб",
      label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів",
      category="внутрішньо переміщені особи", parent=war)
    ap = f("applied", "applications", 164, "до Служби надійшло 164 звернення громадян")
    f("applied", "applications", 58, "з них 58 – письмових", label="письмові", parent=ap)
    ev = f("events", "events", 12, "проведено 12 просвітницьких заходів")
    f("event_participants", "children", 640, "ними охоплено 640 дітей", parent=ev)
    f("calls", "calls", 52, "надійшло 52 дзвінки")

    g.check("parts_sum", "з них 19 дітей-сиріт і 28", "19 + 28 = 47", f"{a} + {b} == {reg}")
    g.check("parts_sum", "знято з обліку 11 дітей, у тому числі", "6 + 2 + 3 = 11",
            f"{d1} + {d2} + {d3} == {dr}")
    g.check("parts_sum", "(на початок року – 49)",
            "register flow: 49 at the start + 9 taken − 11 removed = 47 (49 is skipped, a literal)",
            f"49 + {new} - {dr} == {reg}")
    g.check("table_arithmetic", q1, "row 1: 49 + 9 − 11 = 47", f"49 + {n1} - {x1} == {e1}")
    g.check("table_arithmetic", q2, "row 2: 23 + 14 − 12 = 25", f"23 + {n2} - {x2} == {e2}")
    g.check("table_arithmetic", qt, "Разом: 72 + 23 − 23 = 72; columns 49 + 23 = 72 (start, literal)",
            f"72 + {tn} - {td} == {te} and 49 + 23 == 72")
    g.check("table_arithmetic", qt, "columns: 9 + 14 = 23; 11 + 12 = 23; 47 + 25 = 72",
            f"{n1} + {n2} == {tn} and {x1} + {x2} == {td} and {e1} + {e2} == {te}")
    g.check("internal_conflict", q1, "table row 1 agrees with the prose (47, 9, 11)",
            f"{e1} == {reg} and {n1} == {new} and {x1} == {dr}")
    g.check("internal_conflict", "(25 дітей на кінець року)", "prose 25 = table row 2",
            f"{e2b} == {e2}")
    g.check("parts_sum", "фактично у 2023 році працювали 4 працівники", "4 ≤ 5 positions",
            f"{act} <= {pos}")

    g.skip("утвореним рішенням від 24.12.2020 № 52", [24, 12, 2020, 52], "decision date and number")
    g.skip("об'єднує 42 населені пункти та в якій проживає 8 917 дітей", [42, 8917],
           "settlement count, child population")
    g.skip("одна посада головного спеціаліста вакантна з вересня", [1], "vacancy (no §3 id)")
    g.skip("Станом на 31.12.2023", [31, 12, 2023], "date")
    g.skip("(на початок року – 49)", [49], "start-of-year register (used as a literal)")
    g.skip("Таблиця. Облік дітей у 2023 році", [2023], "year")
    g.skip("№\tКатегорія дітей\tНа 01.01.2023\tВзято на облік\tЗнято з обліку\tНа 31.12.2023", [1, 1, 2023, 31, 12, 2023], "dates in the table header")
    g.skip(q1, [1, 49, 2, 23, 72], "row numbers; start-of-year column (49, 23, Разом 72)")
    g.skip("(усього з 2022 року – 112 дітям)", [2022, 112], "cumulative figure since 2022")
    g.skip("Проведено 14 засідань комісії з питань захисту прав дитини, на яких розглянуто 96 питань",
           [14, 96], "commission sittings and items (no §3 id)")
    g.skip("до суду підготовлено 27 висновків органу опіки та піклування", [27],
           "court opinions (no §3 id)")
    g.skip("здійснено 18 рейдів «Діти вулиці», під час яких виявлено 6 дітей без нагляду дорослих",
           [18, 6], "raids and children found (no §3 id)")
    g.skip("(03263) 0-21-40", [3263, 2140], "phone")
    g.skip("Порівняно з 2022 роком кількість дітей на первинному обліку зменшилася на 2.", [2022, 2],
           "comparison with 2022 (49 → 47)")
    g.skip("У 2024 році Служба планує створити 1 дитячий будинок сімейного типу та забезпечити "
           "сімейними формами виховання не менше 90 % дітей", [2024, 1, 90], "plan")
    g.skip("Вих. № 03-12/19 від 16.01.2024", [3, 12, 19, 16, 1, 2024], "outgoing number and date")

    g.skip("ради у 2023 році", [2023], "year of the title")
    g.skip("До Служби у 2023 році", [2023], "year")
    g.note("служба у справах дітей → centre_type other; registers of children → registered / "
           "registered_new / deregistered with unit children")
    g.note("the register of orphans is written twice (prose and table row 1) → facts from both; the "
           "start-of-year column (На 01.01.2023) is skipped as in blind18 and used as literals")
    g.note("«25 дітей … проживають у 17 сім'ях» → registered families 17 hanging on the prose 25")
    g.note("war-affected status granted in 2023 → registered_new with a label; the 21 IDP children "
           "are a part of it")
    g.note("«Порівняно з 2022 роком … зменшилася на 2» refers to the start-of-year 49 vs end 47")
    return g


if __name__ == "__main__":
    build(report_path(DOC))
    gold().write()
