"""b55_03: КЗ «Центр надання соціальних послуг» Берегометської селищної ради (Чернівецька), 9 months 2023.
DOCX (python-docx), first person plural, a table by service (отримувачі / з них ВПО / надано послуг).
Planted slip: table_arithmetic (the Разом of the services column)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b55_03_berehomet_cnsp_9m2023.docx"

ROWS = [
    ("1", "Інформування", "198", "41", "412"),
    ("2", "Консультування", "163", "37", "508"),
    ("3", "Догляд вдома", "94", "6", "9 870"),
    ("4", "Денний догляд", "21", "2", "1 134"),
    ("5", "Соціальна адаптація", "17", "9", "96"),
    ("6", "Натуральна допомога", "138", "52", "138"),
    ("7", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "23", "5", "214"),
]
TOTAL = ("", "Разом", "654", "152", "12 732")
SERVICE = ["informing", "counselling", "home_care", "day_care", "social_adaptation", "natural_aid", "social_support_sjo"]

PARAS_BEFORE = [
    ("c", "КОМУНАЛЬНИЙ ЗАКЛАД «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»\nБЕРЕГОМЕТСЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("c", "59234, Чернівецька обл., Вижницький р-н, смт Берегомет, вул. Шевченка, 52-А, тел. (03730) 0-47-18, ЄДРПОУ 44396120"),
    ("p", "Вих. № 01-09/217 від 09.10.2023"),
    ("h", "ІНФОРМАЦІЯ\nпро діяльність Центру за 9 місяців 2023 року"),
    ("p", "Наш Центр утворено рішенням 14 сесії Берегометської селищної ради VIII скликання від 27.07.2021 № 203-14/21. "
          "Ми обслуговуємо мешканців 17 населених пунктів громади (21,9 тис. осіб)."),
    ("p", "За січень–вересень 2023 року до нас звернулася 471 особа, з них 83 – повторно. Ми провели оцінку потреб 156 осіб."),
    ("p", "Дані про отримувачів соціальних послуг наведено в таблиці 1."),
    ("p", "Таблиця 1"),
]
PARAS_AFTER = [
    ("p", "Одна особа може отримувати кілька послуг, тому сума за рядками більша за кількість людей: фактично послуги "
          "отримали 412 осіб."),
    ("p", "Під соціальним супроводом перебувало 23 сім’ї, у яких виховується 51 дитина. У звітному періоді ми взяли під "
          "супровід 9 сімей, завершили супровід 7 сімей: 5 – з позитивним результатом, 2 – у зв’язку з відмовою отримувача від послуги."),
    ("p", "Догляд вдома забезпечують 11 соціальних робітників. Станом на 30.09.2023 в черзі на отримання послуги перебуває 4 особи. "
          "Денний догляд надається дітям з інвалідністю віком від 3 до 18 років у приміщенні за адресою вул. Шевченка, 52-А."),
    ("p", "Разом з благодійним фондом ми видали 138 отримувачам натуральної допомоги 214 продуктових наборів та 60 комплектів постільної білизни."),
    ("p", "Ми провели 16 групових заходів (тренінги, заняття з батьками, інформаційні зустрічі), участь у яких взяли 203 особи."),
    ("p", "Штатним розписом передбачено 29 посад, фактично працює 26 працівників. Четверо фахівців підвищили кваліфікацію "
          "в обласному тренінговому центрі."),
    ("p", "Касові видатки загального фонду за 9 місяців склали 5 318,6 тис. грн при плані на 9 місяців 5 402,0 тис. грн."),
    ("p", "У вересні 2023 року ми опитали 57 отримувачів; рівень задоволеності якістю послуг становить 94,7 %. Скарг за звітний період не зафіксовано."),
    ("p", "Директор                                                                          (підпис)"),
    ("p", "Виконавець: фахівець із соціальної роботи, тел. (03730) 0-47-19"),
]

def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    def para(kind, text):
        p = d.add_paragraph()
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            if kind in ("h", "c"):
                r.bold = True
            if i < len(lines) - 1:
                r.add_break()
        if kind in ("h", "c"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for k, t in PARAS_BEFORE:
        para(k, t)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["№ з/п", "Назва послуги", "Кількість отримувачів", "з них ВПО", "Кількість наданих послуг"]):
        c.text = h
    for row in ROWS + [TOTAL]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    for k, tx in PARAS_AFTER:
        para(k, tx)
    fix_docx_props(d, "Центр надання соціальних послуг")
    d.save(path)
    freeze_zip(path)

def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Берегометської селищної ради",
        "centre_type": "cnsp", "settlement": "Берегомет", "oblast": "Чернівецька",
        "report_kind": "period_report",
        "period_start": "2023-01-01", "period_end": "2023-09-30"},
        {"centre": ["Комунальний заклад «Центр надання соціальних послуг» Берегометської селищної ради",
                    "КЗ «Центр надання соціальних послуг» Берегометської селищної ради"]})
    f = g.f
    n = lambda x: x[1:]
    ap = f("applied", "persons", 471, "до нас звернулася 471 особа")
    f("applied", "persons", 83, "з них 83 – повторно", label="повторно", parent=ap)
    f("needs_assessed", "persons", 156, "Ми провели оцінку потреб 156 осіб.")
    rq = lambda r: "\t".join(r[1:]) if r[0] == "" else "\t".join(r)
    tq = rq(TOTAL)
    T1 = f("served", "recipients", 654, tq, unit_alt="persons", label="Разом")
    T2 = f("served", "recipients", 152, tq, unit_alt="persons", category="внутрішньо переміщені особи", label="Разом, з них ВПО", parent=T1)
    T3 = f("services_provided", "services", 12732, tq, label="Разом")
    c1, c2, c3 = [], [], []
    for row, svc in zip(ROWS, SERVICE):
        q = rq(row)
        a = f("served", "recipients", int(row[2]), q, unit_alt="persons", service=svc, group="table1_recipients", parent=T1)
        b = f("served", "recipients", int(row[3]), q, unit_alt="persons", service=svc, category="внутрішньо переміщені особи",
              group="table1_idp", parent=T2)
        c = f("services_provided", "services", int(row[4].replace(" ", "")), q, service=svc, group="table1_services", parent=T3)
        c1.append(a); c2.append(b); c3.append(c)
    uq = f("served", "persons", 412, "фактично послуги отримали 412 осіб", label="фактична кількість осіб (без повторного рахунку)")
    sup = f("served", "families", 23, "Під соціальним супроводом перебувало 23 сім’ї", service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 51, "у яких виховується 51 дитина", service="social_support_sjo", alt=["support_ongoing"], parent=sup)
    stt = f("support_started", "families", 9, "ми взяли під супровід 9 сімей", service="social_support_sjo", parent=sup)
    comp = f("support_completed", "families", 7, "завершили супровід 7 сімей", service="social_support_sjo", parent=sup)
    o1 = f("outcome_positive", "families", 5, "5 – з позитивним результатом", service="social_support_sjo", group="completed_7", parent=comp)
    o2 = f("outcome_other", "families", 2, "2 – у зв’язку з відмовою отримувача від послуги", service="social_support_sjo",
           label="відмова отримувача від послуги", group="completed_7", parent=comp)
    ev = f("events", "events", 16, "Ми провели 16 групових заходів")
    f("event_participants", "persons", 203, "участь у яких взяли 203 особи", parent=ev)
    pos = f("staff_positions", "positions", 29, "Штатним розписом передбачено 29 посад")
    act = f("staff_actual", "staff", 26, "фактично працює 26 працівників")
    tr = f("staff_trained", "staff", 4, "Четверо фахівців підвищили кваліфікацію")
    sp = f("budget_spent", "uah", 5318600, "Касові видатки загального фонду за 9 місяців склали 5 318,6 тис. грн", label="загальний фонд")
    pl = f("budget_approved", "uah", 5402000, "при плані на 9 місяців 5 402,0 тис. грн", label="загальний фонд, план на 9 місяців",
           note="«план» for the period = the approved allocation for 9 months")
    rs = f("survey_respondents", "recipients", 57, "ми опитали 57 отримувачів", unit_alt="persons")
    sat = f("satisfaction", "percent", 94.7, "рівень задоволеності якістю послуг становить 94,7 %")
    f("complaints", "complaints", 0, "Скарг за звітний період не зафіксовано.")

    g.slip("table_arithmetic", "error", tq, 12732, 12372, [T3] + c3,
           "the «Кількість наданих послуг» rows sum to 412 + 508 + 9 870 + 1 134 + 96 + 138 + 214 = 12 372, but Разом says 12 732 (digits swapped; 360 extra)",
           " + ".join("f" + n(x) for x in c3) + f" == f{n(T3)}")
    g.check("table_arithmetic", tq, "recipients: 198 + 163 + 94 + 21 + 17 + 138 + 23 = 654",
            " + ".join("f" + n(x) for x in c1) + f" == f{n(T1)}")
    g.check("table_arithmetic", tq, "IDP: 41 + 37 + 6 + 2 + 9 + 52 + 5 = 152",
            " + ".join("f" + n(x) for x in c2) + f" == f{n(T2)}")
    g.check("table_arithmetic", tq, "each row: IDP ≤ recipients",
            "all([" + ", ".join(f"f{n(b)} <= f{n(a)}" for a, b in zip(c1, c2)) + "])")
    g.check("parts_sum", "фактично послуги отримали 412 осіб", "412 unique persons ≤ 654 (sum over services) and ≤ 471 applied",
            f"f{n(uq)} <= f{n(T1)} and f{n(uq)} <= f{n(ap)}")
    g.check("parts_sum", "Під соціальним супроводом перебувало 23 сім’ї",
            "the 23 families of the prose equal the table's social support row (23); 9 taken and 7 completed ≤ 23",
            f"f{n(sup)} == f{n(c1[6])} and f{n(stt)} <= f{n(sup)} and f{n(comp)} <= f{n(sup)}")
    g.check("parts_sum", "5 – з позитивним результатом, 2 – у зв’язку з відмовою отримувача від послуги",
            "5 + 2 = 7", f"f{n(o1)} + f{n(o2)} == f{n(comp)}")
    g.check("parts_sum", "фактично працює 26 працівників", "4 trained ≤ 26 ≤ 29", f"f{n(tr)} <= f{n(act)} <= f{n(pos)}")
    g.check("table_arithmetic", "Касові видатки загального фонду за 9 місяців склали 5 318,6 тис. грн",
            "spent 5 318,6 ≤ plan 5 402,0 тис. грн", f"f{n(sp)} <= f{n(pl)}")
    g.check("percent_impossible", "рівень задоволеності якістю послуг становить 94,7 %",
            "54 of 57 = 94,74 % → 94,7: reachable", f"grim_ok(f{n(sat)}, f{n(rs)}, 1)")

    g.skip("59234, Чернівецька обл., Вижницький р-н, смт Берегомет, вул. Шевченка, 52-А, тел. (03730) 0-47-18, ЄДРПОУ 44396120",
           [59234, 52, 3730, 4718, 44396120], "postcode, address, phone, ЄДРПОУ")
    g.skip("Вих. № 01-09/217 від 09.10.2023", [1, 9, 217, 9, 10, 2023], "outgoing number and date")
    g.skip("про діяльність Центру за 9 місяців 2023 року", [9, 2023], "period in the title")
    g.skip("рішенням 14 сесії Берегометської селищної ради VIII скликання від 27.07.2021 № 203-14/21", [14, 27, 7, 2021, 203, 14, 21], "session, decision date and number")
    g.skip("Ми обслуговуємо мешканців 17 населених пунктів громади (21,9 тис. осіб).", [17, 21.9], "settlement count, population")
    g.skip("Таблиця 1", [1], "table number")
    g.skip("1\tІнформування", [1, 2, 3, 4, 5, 6, 7], "row numbers № з/п")
    g.skip("Догляд вдома забезпечують 11 соціальних робітників.", [11], "staff of one service, not the centre's staff total (no separate row)")
    g.skip("Станом на 30.09.2023 в черзі на отримання послуги перебуває 4 особи.", [30, 9, 2023, 4], "date; waiting list (no §3 id)")
    g.skip("віком від 3 до 18 років", [3, 18], "ages")
    g.skip("вул. Шевченка, 52-А.", [52], "address")
    g.skip("ми видали 138 отримувачам натуральної допомоги 214 продуктових наборів та 60 комплектів постільної білизни",
           [138, 214, 60], "items handed out; the 138 recipients repeat the table's natural-aid row (not a second fact: a descriptor of who got the items)")
    g.skip("У вересні 2023 року", [2023], "survey date")
    g.skip("Виконавець: фахівець із соціальної роботи, тел. (03730) 0-47-19", [3730, 4719], "phone")
    g.note("table: every cell is a fact quoted by its row; rows hang on the Разом cell of the same column; the table header says only «Кількість отримувачів», so the unit is recipients (unit_alt persons)")
    g.note("«фактично послуги отримали 412 осіб» is the unduplicated count; the 654 of Разом counts a person once per service")
    g.note("the services Разом (12 732) is a fact as written, and the slip is recorded against it")
    g.note("«Четверо фахівців» → staff_trained 4 (number in words)")
    g.note("«при плані на 9 місяців 5 402,0 тис. грн» → budget_approved for the period (the plan of the report period is the allocation, not a target)")
    g.write()

if __name__ == "__main__":
    main()
