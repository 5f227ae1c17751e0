"""b57_04: КУ «ЦНСП» Лашківської сільської ради (Чернівецька), report for H1 2025. reportlab PDF
(DejaVu fonts), impersonal voice, a table by department with an IDP column, budget by KEKV."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_dejavu

DOC = "b57_04_lashkivka_cnsp_h1_2025.pdf"

HEAD = ["КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»",
        "ЛАШКІВСЬКОЇ СІЛЬСЬКОЇ РАДИ ЧЕРНІВЕЦЬКОГО РАЙОНУ ЧЕРНІВЕЦЬКОЇ ОБЛАСТІ",
        "59332, с. Лашківка, вул. Головна, 27, тел. (03736) 0-52-19, ЄДРПОУ 44129378"]
TITLE = "Звіт про роботу за І півріччя 2025 року"
P1 = [
    "За І півріччя 2025 року до Центру звернулися 274 особи (за І півріччя 2024 року – 251). "
    "Визначення індивідуальних потреб проведено для 88 осіб.",
    "Кількість отримувачів та наданих послуг за відділеннями наведено в таблиці.",
]
TABLE = [
    ["Структурний підрозділ", "Отримувачів, осіб", "з них ВПО", "Надано послуг"],
    ["Відділення соціальної допомоги вдома", "96", "11", "6 842"],
    ["Відділення денного перебування", "38", "5", "1 104"],
    ["Відділення соціальної роботи з сім'ями", "57", "14", "733"],
    ["Мобільна бригада", "42", "9", "268"],
    ["Разом", "233", "39", "8 947"],
]
P2 = [
    "Вартість 1 години догляду вдома на платній основі – 71,40 грн.",
    "Під соціальним супроводом перебувало 19 сімей, в яких виховується 44 дитини віком від 3 до 18 "
    "років; з них 7 сімей внутрішньо переміщених осіб (36,8 %). Завершено супровід 8 сімей: з "
    "позитивним результатом – 6, у зв'язку зі зміною місця проживання – 2.",
    "Натуральну допомогу отримала 61 особа, з них 24 особи з інвалідністю (42,1 %). Видано 180 "
    "гігієнічних наборів та 35 засобів реабілітації на загальну суму 142,6 тис. грн.",
    "Проведено 11 групових заходів, у яких взяли участь 156 осіб.",
    "Штатна чисельність – 31 посада, фактично працює 28 працівників, 3 посади вакантні. Навчання "
    "пройшли 9 працівників.",
    "Кошторисом на 2025 рік затверджено 7 418,6 тис. грн. Касові видатки за І півріччя становлять "
    "3 512,4 тис. грн, з них: заробітна плата (КЕКВ 2111) – 2 604,1 тис. грн; нарахування на оплату "
    "праці (КЕКВ 2120) – 572,9 тис. грн; оплата комунальних послуг та енергоносіїв (КЕКВ 2270) – "
    "268,3 тис. грн; інші видатки – 67,1 тис. грн.",
    "Надійшла 1 скарга (щодо графіка відвідування), розглянута у встановлений термін.",
    "Директор КУ «ЦНСП»                                   (підпис)",
    "08.07.2025 № 01-12/164",
]


def footer(c, doc):
    c.saveState()
    c.setFont("DV", 8)
    c.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page}")
    c.restoreState()


def build(path):
    register_dejavu()
    st = ParagraphStyle("b", fontName="DVS", fontSize=11, leading=14, spaceAfter=5, firstLineIndent=10 * mm)
    hs = ParagraphStyle("h", fontName="DVS-B", fontSize=10, leading=13, alignment=1)
    ts = ParagraphStyle("t", fontName="DVS-B", fontSize=12, leading=15, alignment=1, spaceBefore=8,
                        spaceAfter=8)
    cs = ParagraphStyle("c", fontName="DV", fontSize=9, leading=11)
    story = [Paragraph(h, hs) for h in HEAD]
    story.append(Paragraph(TITLE, ts))
    story += [Paragraph(p, st) for p in P1]
    data = [[Paragraph(c, cs) for c in row] for row in TABLE]
    t = Table(data, colWidths=[75 * mm, 32 * mm, 25 * mm, 30 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [t, Spacer(1, 6)]
    story += [Paragraph(p, st) for p in P2]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Звіт за І півріччя 2025")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Лашківської сільської ради",
        "centre_type": "cnsp", "settlement": "Лашківка", "oblast": "Чернівецька",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Лашківської сільської ради",
                             "Комунальна установа «Центр надання соціальних послуг» Лашківської сільської ради Чернівецького району Чернівецької області",
                             "КУ «Центр надання соціальних послуг» Лашківської сільської ради"]})
    f1 = g.f("applied", "persons", 274, "до Центру звернулися 274 особи")
    f2 = g.f("needs_assessed", "persons", 88, "Визначення індивідуальних потреб проведено для 88 осіб")
    f3 = g.f("served", "persons", 233, "Разом\t233\t39\t8 947", label="Разом")
    f4 = g.f("served", "persons", 39, "Разом\t233\t39\t8 947", label="Разом, з них ВПО",
             category="внутрішньо переміщені особи", parent=f3)
    f5 = g.f("services_provided", "services", 8947, "Разом\t233\t39\t8 947", label="Разом")
    rows = [("Відділення соціальної допомоги вдома\t96\t11\t6 842", "Відділення соціальної допомоги вдома", 96, 11, 6842),
            ("Відділення денного перебування\t38\t5\t1 104", "Відділення денного перебування", 38, 5, 1104),
            ("Відділення соціальної роботи з сім'ями\t57\t14\t733", "Відділення соціальної роботи з сім'ями", 57, 14, 733),
            ("Мобільна бригада\t42\t9\t268", "Мобільна бригада", 42, 9, 268)]
    ids = []
    for q, dep, a, b, c in rows:
        ra = g.f("served", "persons", a, q, district=dep, group="table_recipients", parent=f3)
        rb = g.f("served", "persons", b, q, district=dep, category="внутрішньо переміщені особи",
                 group="table_idp", parent=f4)
        rc = g.f("services_provided", "services", c, q, district=dep, group="table_services", parent=f5)
        ids.append((ra, rb, rc))
    assert ids[0] == ("f6", "f7", "f8") and ids[-1] == ("f15", "f16", "f17")
    f18 = g.f("served", "families", 19, "Під соціальним супроводом перебувало 19 сімей",
              service="social_support_sjo", alt=["support_ongoing"])
    f19 = g.f("served", "children", 44, "в яких виховується 44 дитини", service="social_support_sjo",
              alt=["support_ongoing"], parent=f18)
    f20 = g.f("served", "families", 7, "з них 7 сімей внутрішньо переміщених осіб (36,8 %)", percent=36.8,
              service="social_support_sjo", category="внутрішньо переміщені особи", parent=f18)
    f21 = g.f("support_completed", "families", 8, "Завершено супровід 8 сімей", service="social_support_sjo",
              parent=f18)
    f22 = g.f("outcome_positive", "families", 6, "з позитивним результатом – 6", service="social_support_sjo",
              group="completed_8_by_outcome", parent=f21)
    f23 = g.f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2",
              service="social_support_sjo", label="у зв'язку зі зміною місця проживання",
              group="completed_8_by_outcome", parent=f21)
    f24 = g.f("served", "persons", 61, "Натуральну допомогу отримала 61 особа", service="natural_aid")
    f25 = g.f("served", "persons", 24, "з них 24 особи з інвалідністю (42,1 %)", percent=42.1,
              service="natural_aid", category="особи з інвалідністю", parent=f24)
    f26 = g.f("aid_value", "uah", 142600, "на загальну суму 142,6 тис. грн", service="natural_aid")
    f27 = g.f("events", "events", 11, "Проведено 11 групових заходів")
    f28 = g.f("event_participants", "persons", 156, "у яких взяли участь 156 осіб", parent=f27)
    f29 = g.f("staff_positions", "positions", 31, "Штатна чисельність – 31 посада")
    f30 = g.f("staff_actual", "staff", 28, "фактично працює 28 працівників")
    f31 = g.f("staff_trained", "staff", 9, "Навчання пройшли 9 працівників")
    f32 = g.f("budget_approved", "uah", 7418600, "Кошторисом на 2025 рік затверджено 7 418,6 тис. грн",
              label="кошторис на 2025 рік (річний)")
    f33 = g.f("budget_spent", "uah", 3512400, "Касові видатки за І півріччя становлять 3 512,4 тис. грн")
    grp = "spent_3512_4_by_kekv"
    f34 = g.f("budget_spent", "uah", 2604100, "заробітна плата (КЕКВ 2111) – 2 604,1 тис. грн", kekv="2111",
              group=grp, parent=f33)
    f35 = g.f("budget_spent", "uah", 572900, "нарахування на оплату праці (КЕКВ 2120) – 572,9 тис. грн",
              kekv="2120", group=grp, parent=f33)
    f36 = g.f("budget_spent", "uah", 268300, "(КЕКВ 2270) – 268,3 тис. грн", kekv="2270", group=grp,
              parent=f33)
    f37 = g.f("budget_spent", "uah", 67100, "інші видатки – 67,1 тис. грн", label="інші видатки",
              group=grp, parent=f33)
    f38 = g.f("complaints", "complaints", 1, "Надійшла 1 скарга")

    g.slip("percent_mismatch", "error", "з них 24 особи з інвалідністю (42,1 %)", 42.1, 39.3, [f25, f24],
           "24 of the 61 natural-aid recipients is 39,3 %; 42,1 % is 24 / 57 (a wrong base)",
           "pct_ok(p25, f25, f24, 1)")
    g.check("table_arithmetic", "Разом\t233\t39\t8 947", "recipients 96 + 38 + 57 + 42 = 233",
            "f6 + f9 + f12 + f15 == f3")
    g.check("table_arithmetic", "Разом\t233\t39\t8 947", "IDP 11 + 5 + 14 + 9 = 39",
            "f7 + f10 + f13 + f16 == f4")
    g.check("table_arithmetic", "Разом\t233\t39\t8 947", "services 6 842 + 1 104 + 733 + 268 = 8 947",
            "f8 + f11 + f14 + f17 == f5")
    g.check("table_arithmetic", "Мобільна бригада\t42\t9\t268", "each row: IDP ≤ recipients",
            "f7 <= f6 and f10 <= f9 and f13 <= f12 and f16 <= f15")
    g.check("percent_mismatch", "з них 7 сімей внутрішньо переміщених осіб (36,8 %)", "7 / 19 = 36,84 % → 36,8",
            "pct_ok(p20, f20, f18, 1)")
    g.check("parts_sum", "Завершено супровід 8 сімей: з позитивним результатом – 6",
            "6 + 2 = 8 ≤ 19", "f22 + f23 == f21 and f21 <= f18")
    g.check("parts_sum", "Касові видатки за І півріччя становлять 3 512,4 тис. грн, з них:",
            "2 604,1 + 572,9 + 268,3 + 67,1 = 3 512,4 тис. грн; ≤ 7 418,6",
            "f34 + f35 + f36 + f37 == f33 and f33 <= f32")
    g.check("parts_sum", "фактично працює 28 працівників, 3 посади вакантні",
            "28 + 3 vacancies = 31 positions (vacancies skipped, literal)", "f30 + 3 == f29")
    g.check("parts_sum", "Навчання пройшли 9 працівників", "9 ≤ 28", "f31 <= f30")

    g.skip("59332, с. Лашківка, вул. Головна, 27, тел. (03736) 0-52-19, ЄДРПОУ 44129378",
           [59332, 27, 3736, 5219, 44129378], "postcode, address, phone, ЄДРПОУ")
    g.skip("Звіт про роботу за І півріччя 2025 року", [2025], "period in the title")
    g.skip("(за І півріччя 2024 року – 251)", [2024, 251], "prior-year figure")
    g.skip("Вартість 1 години догляду вдома на платній основі – 71,40 грн.", [1, 71.4], "tariff")
    g.skip("віком від 3 до 18 років", [3, 18], "ages")
    g.skip("Видано 180 гігієнічних наборів та 35 засобів реабілітації", [180, 35], "items handed out")
    g.skip("3 посади вакантні", [3], "vacancies (no §3 id; literal in a check)")
    g.skip("08.07.2025 № 01-12/164", [8, 7, 2025, 1, 12, 164], "date and outgoing number")
    g.note("the table's rows are departments → `district`; no service is set on them (a department is not "
           "one service). Every cell is a fact quoted by its row and hangs on the Разом cell of its column; "
           "the IDP column hangs on the «з них ВПО» total")
    g.note("the annual approval (кошторис на 2025 рік) is a budget_approved fact of the year the half-year "
           "belongs to, labelled; the half-year spending is budget_spent with KEKV parts")
    g.note("«Надійшла 1 скарга» → complaints 1")
    g.note("the PDF carries a page footer «Сторінка 1»; the reader drops it, so it is not annotated")
    g.write()


if __name__ == "__main__":
    main()
