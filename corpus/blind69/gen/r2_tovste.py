"""b69_02: Центр соціальних служб Товстенської селищної ради (Тернопільська), annual report 2024.
DOCX (python-docx) with a table by service; impersonal voice. One planted slip: table_arithmetic
(services column sums to 6 321, «Разом» says 6 412)."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b69_02_tovste_css_annual2024.docx"

HEAD = [
    "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ТОВСТЕНСЬКОЇ СЕЛИЩНОЇ РАДИ",
    "48640, Тернопільська обл., Чортківський р-н, селище Товсте, вул. Незалежності, 52; тел. (03557) 0-41-26; ЄДРПОУ 43985106",
]
TITLE = "ЗВІТ про діяльність Центру соціальних служб Товстенської селищної ради за 2024 рік"
BODY1 = [
    "Центр утворено рішенням Товстенської селищної ради від 22.12.2020 № 57. Громада об'єднує 26 сіл і селище, у яких проживає 19,3 тис. осіб.",
    "Упродовж 2024 року соціальними послугами Центру охоплено 1 126 сімей/осіб, їм надано 6 412 послуг. Порівняно з 2023 роком (987 сімей/осіб) кількість отримувачів зросла на 139. Розподіл за видами послуг наведено в таблиці 1.",
    "Таблиця 1. Отримувачі та кількість наданих послуг у 2024 році",
]
TABLE = [
    ("№ з/п", "Вид соціальної послуги", "Отримувачі, сімей/осіб", "Надано послуг"),
    ("1", "Інформування", "402", "1 985"),
    ("2", "Консультування", "518", "3 240"),
    ("3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "61", "738"),
    ("4", "Соціальне супроводження прийомних сімей і ДБСТ", "6", "102"),
    ("5", "Посередництво (медіація)", "27", "64"),
    ("6", "Екстрене (кризове) втручання", "112", "192"),
    (None, "Разом", "1 126", "6 412"),
]
BODY2 = [
    "Від служби у справах дітей, закладів освіти, поліції та старост отримано повідомлення щодо 87 сімей з дітьми. Оцінку потреб проведено 84 сім'ям; складні життєві обставини виявлено у 52 сімей.",
    "Соціальний супровід. Протягом року під соціальним супроводом перебувала 61 сім'я, в яких виховується 134 дитини. З них 23 сім'ї взято під супровід у 2024 році, решта 38 отримували послугу з 2023 року.",
    "Надання послуги завершено 29 сім'ям: у 18 сім'ях складні життєві обставини подолано, у 7 – мінімізовано, 4 сім'ї вибули за межі громади. На 01.01.2025 супровід продовжується у 32 сім'ях.",
    "Прийомні сім'ї та ДБСТ. Фахівці Центру супроводжували 5 прийомних сімей і 1 дитячий будинок сімейного типу, у яких виховується 19 дітей.",
    "Групова робота. Проведено 16 групових заходів (батьківські клуби, тренінги для підлітків), охоплено 289 учасників.",
    "Кадрове забезпечення. Штатним розписом затверджено 14 посад, з них 9 – фахівців із соціальної роботи. Фактично працює 13 осіб. Сім працівників пройшли навчання за програмою НССУ (40 годин).",
    "Скарг на якість послуг у 2024 році не надходило.",
    "У 2025 році заплановано охопити послугами не менше 1 200 сімей/осіб та відкрити 2 консультаційні пункти у старостинських округах.",
    "Директор Центру                                                                   (підпис)",
    "10.01.2025 № 04-12/7",
]


def build(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for h in HEAD:
        p = d.add_paragraph(h)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(TITLE).bold = True
    for b in BODY1:
        d.add_paragraph(b)
    t = d.add_table(rows=len(TABLE), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        if row[0] is None:
            c = t.cell(i, 0).merge(t.cell(i, 1))
            c.text = row[1]
            t.cell(i, 2).text = row[2]
            t.cell(i, 3).text = row[3]
        else:
            for j, v in enumerate(row):
                t.cell(i, j).text = v
    for b in BODY2:
        d.add_paragraph(b)
    fix_docx_props(d, "ЦСС Товсте")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Товстенської селищної ради",
        "centre_type": "css",
        "settlement": "Товсте",
        "oblast": "Тернопільська",
        "report_kind": "annual_report",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    })
    f1 = g.f("served", "families_persons", 1126, "соціальними послугами Центру охоплено 1 126 сімей/осіб")
    f2 = g.f("services_provided", "services", 6412, "їм надано 6 412 послуг")
    # table: recipients column (f3..f9), services column (f10..f16)
    svc = ["informing", "counselling", "social_support_sjo", "social_support_foster", "mediation",
           "crisis_intervention"]
    rows = TABLE[1:7]
    tot_r = "Разом\t1 126\t6 412"
    rec_ids, srv_ids = [], []
    ft = g.f("served", "families_persons", 1126, tot_r, label="Разом (таблиця 1)")
    for row, s in zip(rows, svc):
        q = "\t".join(row)
        rec_ids.append(g.f("served", "families_persons", int(row[2].replace(" ", "")), q, service=s,
                           group="table1_recipients", parent=ft))
    fs = g.f("services_provided", "services", 6412, tot_r, label="Разом (таблиця 1)")
    for row, s in zip(rows, svc):
        q = "\t".join(row)
        srv_ids.append(g.f("services_provided", "services", int(row[3].replace(" ", "")), q, service=s,
                           group="table1_services", parent=fs))
    f17 = g.f("notified", "families", 87, "отримано повідомлення щодо 87 сімей з дітьми")
    f18 = g.f("needs_assessed", "families", 84, "Оцінку потреб проведено 84 сім'ям")
    f19 = g.f("in_difficult_circumstances", "families", 52, "складні життєві обставини виявлено у 52 сімей")
    f20 = g.f("served", "families", 61, "під соціальним супроводом перебувала 61 сім'я", service="social_support_sjo",
              alt=["support_ongoing"])
    g.f("served", "children", 134, "в яких виховується 134 дитини", service="social_support_sjo",
        alt=["support_ongoing"], parent=f20)
    f22 = g.f("support_started", "families", 23, "З них 23 сім'ї взято під супровід у 2024 році",
              service="social_support_sjo", group="sjo_61_by_start", parent=f20)
    f23 = g.f("served", "families", 38, "решта 38 отримували послугу з 2023 року", service="social_support_sjo",
              alt=["support_ongoing"], label="отримували послугу з 2023 року", group="sjo_61_by_start", parent=f20)
    f24 = g.f("support_completed", "families", 29, "Надання послуги завершено 29 сім'ям", service="social_support_sjo",
              parent=f20)
    go = "completed_29_by_result"
    f25 = g.f("outcome_positive", "families", 18, "у 18 сім'ях складні життєві обставини подолано",
              service="social_support_sjo", group=go, parent=f24)
    f26 = g.f("outcome_minimized", "families", 7, "у 7 – мінімізовано", service="social_support_sjo", group=go,
              parent=f24)
    f27 = g.f("outcome_other", "families", 4, "4 сім'ї вибули за межі громади", service="social_support_sjo",
              label="вибули за межі громади", group=go, parent=f24)
    f28 = g.f("support_ongoing", "families", 32, "На 01.01.2025 супровід продовжується у 32 сім'ях",
              service="social_support_sjo", parent=f20)
    f29 = g.f("served", "families", 5, "Фахівці Центру супроводжували 5 прийомних сімей",
              service="social_support_foster", label="прийомні сім'ї")
    f30 = g.f("served", "families", 1, "і 1 дитячий будинок сімейного типу", service="social_support_foster",
              label="дитячі будинки сімейного типу")
    g.f("served", "children", 19, "у яких виховується 19 дітей", service="social_support_foster", parent=f29,
        note="children of the 5 foster families and the 1 ДБСТ together")
    f32 = g.f("events", "events", 16, "Проведено 16 групових заходів")
    g.f("event_participants", "persons", 289, "охоплено 289 учасників", parent=f32)
    f34 = g.f("staff_positions", "positions", 14, "Штатним розписом затверджено 14 посад")
    g.f("staff_positions", "positions", 9, "з них 9 – фахівців із соціальної роботи",
        label="фахівці із соціальної роботи", parent=f34)
    f36 = g.f("staff_actual", "staff", 13, "Фактично працює 13 осіб")
    g.f("staff_trained", "staff", 7, "Сім працівників пройшли навчання за програмою НССУ")
    g.f("complaints", "complaints", 0, "Скарг на якість послуг у 2024 році не надходило.")

    n = lambda fid: fid[1:]
    g.slip("table_arithmetic", "error", tot_r, 6412, 6321, [fs] + srv_ids,
           "«Надано послуг» column: 1 985 + 3 240 + 738 + 102 + 64 + 192 = 6 321, «Разом» says 6 412 (91 more). "
           "The prose repeats 6 412, so the prose total carries the same error; the recipients column adds up.",
           " + ".join("f" + n(i) for i in srv_ids) + f" == f{n(fs)}")
    g.check("table_arithmetic", tot_r, "recipients column: 402 + 518 + 61 + 6 + 27 + 112 = 1 126",
            " + ".join("f" + n(i) for i in rec_ids) + f" == f{n(ft)}")
    g.check("internal_conflict", "соціальними послугами Центру охоплено 1 126 сімей/осіб",
            "prose 1 126 = table 1 126; prose 6 412 = table 6 412", f"f1 == f{n(ft)} and f2 == f{n(fs)}")
    g.check("internal_conflict", "3\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t61\t738",
            "table row 61 = 61 families under support in the prose", f"f{n(rec_ids[2])} == f20")
    g.check("internal_conflict", "4\tСоціальне супроводження прийомних сімей і ДБСТ\t6\t102",
            "table row 6 = 5 foster families + 1 ДБСТ", f"f{n(rec_ids[3])} == f29 + f30")
    g.check("parts_sum", "З них 23 сім'ї взято під супровід у 2024 році, решта 38", "23 + 38 = 61", "f22 + f23 == f20")
    g.check("parts_sum", "Надання послуги завершено 29 сім'ям", "18 + 7 + 4 = 29", "f25 + f26 + f27 == f24")
    g.check("parts_sum", "На 01.01.2025 супровід продовжується у 32 сім'ях", "61 − 29 = 32", "f20 - f24 == f28")
    g.check("parts_sum", "Оцінку потреб проведено 84 сім'ям", "52 ≤ 84 ≤ 87", "f19 <= f18 <= f17")
    g.check("parts_sum", "з них 9 – фахівців із соціальної роботи", "9 ≤ 14; 13 ≤ 14; 7 trained ≤ 13",
            "f35 <= f34 and f36 <= f34 and f37 <= f36")

    g.skip("48640, Тернопільська обл., Чортківський р-н, селище Товсте, вул. Незалежності, 52; тел. (03557) 0-41-26; ЄДРПОУ 43985106",
           [48640, 52, 3557, 4126, 43985106], "postcode, address, phone, ЄДРПОУ")
    g.skip("рішенням Товстенської селищної ради від 22.12.2020 № 57", [22, 12, 2020, 57], "decision date and number")
    g.skip("Громада об'єднує 26 сіл і селище, у яких проживає 19,3 тис. осіб.", [26, 19300],
           "settlement and population counts")
    g.skip("Порівняно з 2023 роком (987 сімей/осіб) кількість отримувачів зросла на 139.", [2023, 987, 139],
           "prior-year figure and difference (1 126 − 987 = 139)")
    g.skip("Таблиця 1. Отримувачі та кількість наданих послуг у 2024 році", [1, 2024], "table number, year")
    g.skip("1\tІнформування\t402\t1 985", [1, 2, 3, 4, 5, 6], "row numbers of table 1")
    g.skip("(40 годин)", [40], "duration")
    g.skip("У 2025 році заплановано охопити послугами не менше 1 200 сімей/осіб та відкрити 2 консультаційні пункти",
           [2025, 1200, 2], "plan")
    g.skip("10.01.2025 № 04-12/7", [10, 1, 2025, 4, 12, 7], "date and outgoing number")
    g.skip("На 01.01.2025", [1, 1, 2025], "date")

    g.note("the prose total (1 126, 6 412) and the table «Разом» row are two facts each, as in blind18")
    g.note("table cells are quoted by their row; each service row hangs on the «Разом» cell of its column (group per column)")
    g.note("«решта 38 отримували послугу з 2023 року» → served labelled (alt support_ongoing), as in blind18; it and the 23 taken in 2024 partition the 61")
    g.note("«Сім працівників» is a number in words that is the figure itself → staff_trained 7")
    g.note("«1 дитячий будинок сімейного типу» is counted with unit families (a ДБСТ is a family-type home), label tells it apart")
    g.write()


if __name__ == "__main__":
    main()
