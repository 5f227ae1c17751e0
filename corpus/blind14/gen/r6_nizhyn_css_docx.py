"""b14_06: Ніжинський міський ЦСС (Чернігівська), annual report 2024, DOCX with a table by service."""
import datetime
import docx
from common import Gold, report_path, freeze_zip

DOC = "b14_06_nizhyn_css_annual2024.docx"
HEAD = [
    "Ніжинський міський центр соціальних служб",
    "16600, Чернігівська обл., м. Ніжин, вул. Покровська, 6; тел. (04631) 0-63-15; код ЄДРПОУ 38726105",
    "Звіт про діяльність Ніжинського міського центру соціальних служб у 2024 році",
    "Центр утворено рішенням Ніжинської міської ради від 27.01.2021 № 12-4/2021. Видатки на утримання центру здійснюються за КПКВК 0813241.",
    "Упродовж 2024 року до центру звернулося 356 сімей/осіб. Від суб’єктів системи захисту дітей надійшло 118 повідомлень про сім’ї, які можуть перебувати у складних життєвих обставинах. Проведено оцінку потреб 112 сімей, з них у 64 сім’ях виявлено складні життєві обставини.",
    "Соціальні послуги у 2024 році отримали 1 783 сім’ї/особи (2023 рік – 1 640), надано 5 581 соціальну послугу. Дані за видами послуг наведено в таблиці.",
    "Таблиця. Надання соціальних послуг у 2024 році",
]
TABLE = [
    ("№ з/п", "Назва соціальної послуги", "Отримувачів (сімей/осіб)", "у т. ч. дітей", "Надано послуг"),
    ("1", "Інформування", "824", "212", "1 536"),
    ("2", "Консультування", "693", "187", "2 410"),
    ("3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "87", "164", "1 002"),
    ("4", "Соціальне супроводження прийомних сімей та ДБСТ", "11", "38", "264"),
    ("5", "Соціальна профілактика", "145", "96", "318"),
    ("6", "Посередництво (медіація)", "23", "0", "41"),
    ("", "Разом", "1 783", "697", "5 581"),
]
TAIL = [
    "Протягом року під соціальним супроводом перебували вісімдесят сім сімей. Взято під супровід 52 сім’ї, завершено – 49, з них 38 – з позитивним результатом (77,6 %), 11 – з мінімізацією складних життєвих обставин. На 2025 рік переходить тридцять вісім сімей.",
    "Фахівці центру провели 31 груповий захід (тренінги для батьків, заняття з підлітками віком 14–17 років), у яких взяли участь 604 учасники.",
    "Штатна чисельність центру – 14,5 посади, працює 13 фахівців. Скарг на роботу центру не зареєстровано.",
    "Касові видатки центру у 2024 році склали 6 842,3 тис. грн при затверджених кошторисом 6 910,0 тис. грн.",
    "У 2025 році центр планує запровадити послугу підтриманого проживання для 6 осіб.",
    "Директор центру (підпис)",
]


def build(path):
    d = docx.Document()
    for p in HEAD:
        d.add_paragraph(p)
    t = d.add_table(rows=0, cols=5)
    t.style = "Table Grid"
    for row in TABLE:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    for p in TAIL:
        d.add_paragraph(p)
    cp = d.core_properties
    cp.created = cp.modified = datetime.datetime(2025, 1, 20, 10, 0, 0)
    cp.author = "ЦСС"
    cp.last_modified_by = "ЦСС"
    cp.revision = 1
    d.save(path)
    freeze_zip(path, (2025, 1, 20, 10, 0, 0))


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {"centre": "Ніжинський міський центр соціальних служб", "centre_type": "css", "settlement": "Ніжин",
                   "oblast": "Чернігівська", "report_kind": "annual_report",
                   "period_start": "2024-01-01", "period_end": "2024-12-31"})
    g.f("applied", "families_persons", 356, "до центру звернулося 356 сімей/осіб")
    g.f("notified", "families", 118, "надійшло 118 повідомлень про сім'ї", unit_alt="applications")
    na = g.f("needs_assessed", "families", 112, "Проведено оцінку потреб 112 сімей")
    g.f("in_difficult_circumstances", "families", 64, "з них у 64 сім'ях виявлено складні життєві обставини", parent=na)
    g.f("served", "families_persons", 1783, "Соціальні послуги у 2024 році отримали 1 783 сім'ї/особи")
    sp = g.f("services_provided", "services", 5581, "надано 5 581 соціальну послугу")
    tot = "\tРазом\t1 783\t697\t5 581"
    tr = g.f("served", "families_persons", 1783, tot, label="Разом – отримувачів")
    tc = g.f("served", "children", 697, tot, label="Разом – у т. ч. дітей")
    ts = g.f("services_provided", "services", 5581, tot, label="Разом – надано послуг")
    svc = {"Інформування": "informing", "Консультування": "counselling",
           "Соціальний супровід сімей (осіб), які перебувають у СЖО": "social_support_sjo",
           "Соціальне супроводження прийомних сімей та ДБСТ": "social_support_foster",
           "Соціальна профілактика": "social_prevention", "Посередництво (медіація)": "mediation"}
    col_s = []
    for n, name, r, ch, s in TABLE[1:-1]:
        q = "\t".join((n, name, r, ch, s))
        g.f("served", "families_persons", int(r.replace(" ", "")), q, service=svc[name], parent=tr, group="table_recipients")
        g.f("served", "children", int(ch.replace(" ", "")), q, service=svc[name], parent=tc, group="table_children")
        col_s.append(g.f("services_provided", "services", int(s.replace(" ", "")), q, service=svc[name], parent=ts,
                         group="table_services"))
    g.f("served", "families", 87, "під соціальним супроводом перебували вісімдесят сім сімей", service="social_support_sjo",
        alt=["support_ongoing"], note="number in words")
    g.f("support_started", "families", 52, "Взято під супровід 52 сім'ї", service="social_support_sjo")
    c = g.f("support_completed", "families", 49, "завершено – 49", service="social_support_sjo")
    g.f("outcome_positive", "families", 38, "з них 38 – з позитивним результатом (77,6 %)", percent=77.6, parent=c,
        group="completed_49_by_outcome")
    g.f("outcome_minimized", "families", 11, "11 – з мінімізацією складних життєвих обставин", parent=c, group="completed_49_by_outcome")
    g.f("support_ongoing", "families", 38, "На 2025 рік переходить тридцять вісім сімей", service="social_support_sjo",
        note="a 2024 figure (carried over at year end) although it names 2025; number in words")
    g.f("events", "events", 31, "Фахівці центру провели 31 груповий захід")
    g.f("event_participants", "persons", 604, "у яких взяли участь 604 учасники")
    g.f("staff_positions", "positions", 14.5, "Штатна чисельність центру – 14,5 посади")
    g.f("staff_actual", "staff", 13, "працює 13 фахівців", unit_alt="persons")
    g.f("complaints", "complaints", 0, "Скарг на роботу центру не зареєстровано")
    g.f("budget_spent", "uah", 6842300, "Касові видатки центру у 2024 році склали 6 842,3 тис. грн")
    g.f("budget_approved", "uah", 6910000, "при затверджених кошторисом 6 910,0 тис. грн")

    g.slip("table_arithmetic", "error", tot, 5581, 5571, [ts] + col_s + [sp],
           "column «Надано послуг»: 1 536 + 2 410 + 1 002 + 264 + 318 + 41 = 5 571, Разом says 5 581; the prose repeats 5 581")
    g.check("table_arithmetic", tot, "824 + 693 + 87 + 11 + 145 + 23 = 1 783; 212 + 187 + 164 + 38 + 96 + 0 = 697")
    g.check("parts_sum", "з них 38 – з позитивним результатом (77,6 %)", "38 + 11 = 49; 38/49 = 77,55 % → 77,6")
    g.check("parts_sum", "На 2025 рік переходить тридцять вісім сімей", "87 − 49 = 38; table row СЖО 87 = prose «вісімдесят сім»")
    g.skip("16600, Чернігівська обл., м. Ніжин, вул. Покровська, 6; тел. (04631) 0-63-15; код ЄДРПОУ 38726105",
           [16600, 6, 4631, 6315, 38726105], "postcode, address, phone, ЄДРПОУ")
    g.skip("від 27.01.2021 № 12-4/2021", [27, 1, 2021, 12, 4], "decision date and number")
    g.skip("КПКВК 0813241", [813241], "budget programme code")
    g.skip("(2023 рік – 1 640)", [2023, 1640], "prior-year figure")
    g.skip("1\tІнформування", [1, 2, 3, 4, 5, 6], "row numbers (№ з/п)")
    g.skip("віком 14–17 років", [14, 17], "ages")
    g.skip("У 2025 році центр планує запровадити послугу підтриманого проживання для 6 осіб", [2025, 6], "plan for next year")
    g.note("Table cells: «Отримувачів (сімей/осіб)» is served families_persons; «у т. ч. дітей» served children; «Надано послуг» services_provided; rows hang on the Разом cell of the same column; the medіation row's 0 children is a fact.")
    g.note("Prose totals 1 783 and 5 581 and the table's Разом are separate facts (a total written twice).")
    g.note("«надійшло 118 повідомлень про сім'ї»: notified families (unit_alt applications).")
    g.note("Savings (6 910,0 − 6 842,3 = 67,7 тис. грн) are not written: no fact.")
    g.write()


if __name__ == "__main__":
    main()
