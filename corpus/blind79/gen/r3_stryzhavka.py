"""b79_03: КУ «ЦНСП» Стрижавської селищної ради (Вінницька), report for 9 months of 2024.
reportlab PDF, first person plural, a service table (recipients / of them IDPs / services), page footer."""
from common import Gold, report_path, register_fonts

DOC = "b79_03_stryzhavka_cnsp_9m2024.pdf"

HEAD = [
    "Комунальна установа «Центр надання соціальних послуг» Стрижавської селищної ради",
    "23210, Вінницька обл., Вінницький р-н, смт Стрижавка, вул. Київська, 97; тел. (0432) 06-31-74",
    "Код ЄДРПОУ 44381207",
]
P1 = [
    "<b>ІНФОРМАЦІЯ</b><br/><b>про діяльність Центру за 9 місяців 2024 року</b>",
    "Наш Центр діє на підставі Статуту, затвердженого рішенням 34 сесії селищної ради 8 скликання від 27.10.2023 № 1183, "
    "і надає послуги мешканцям 38 населених пунктів громади.",
    "За січень – вересень 2024 року до нас звернулися 1 247 осіб. Ми надали соціальні послуги 742 особам "
    "(без повторного обліку), з них 193 – внутрішньо переміщені особи. Порівняно з 9 місяцями 2023 року кількість "
    "отримувачів зросла на 8,3 %.",
    "Оцінку потреб ми провели 133 особам. Розподіл отримувачів і наданих послуг за видами наведено в таблиці 1 "
    "(одна особа могла отримати кілька послуг).",
]
TABLE_TITLE = "Таблиця 1. Соціальні послуги, надані у січні – вересні 2024 року"
TABLE = [
    ["№ з/п", "Соціальна послуга", "Кількість отримувачів", "з них ВПО", "Надано послуг, од."],
    ["1", "Консультування", "286", "64", "1 112"],
    ["2", "Інформування", "341", "87", "803"],
    ["3", "Соціальний супровід сімей (осіб) у СЖО", "24", "5", "618"],
    ["4", "Догляд вдома", "118", "9", "14 260"],
    ["5", "Натуральна допомога", "405", "132", "405"],
    ["6", "Кризове та екстрене втручання", "17", "6", "41"],
    ["", "Усього", "1 191", "303", "17 293"],
]
P2 = [
    "Під соціальним супроводом у нас перебувало 24 сім'ї, у яких виховується 51 дитина. За звітний період ми взяли "
    "під супровід 9 сімей і завершили супровід 7 сімей: з позитивним результатом – 5, у зв'язку зі зміною місця "
    "проживання – 2.",
    "Послугу догляду вдома надають 16 соціальних робітників; вартість однієї години платної послуги – 71,20 грн.",
    "Натуральну допомогу ми видали 405 отримувачам: 1 620 продуктових наборів на загальну суму 842,4 тис. грн "
    "(благодійна допомога партнерів).",
    "Ми організували 15 групових заходів (тренінги, групи підтримки, заняття для дітей), у яких взяли участь 238 осіб.",
    "Штатним розписом Центру передбачено 27 посад, зайнято 22. Протягом 9 місяців 14 наших фахівців підвищили "
    "кваліфікацію.",
    "Скарг на якість надання послуг за звітний період не надходило.",
    "У IV кварталі плануємо запровадити послугу денного догляду для 12 осіб з інвалідністю.",
    "Директор КУ «ЦНСП»                                  (підпис)",
    "Вих. № 02-14/318 від 07.10.2024",
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSans", 8)
    canvas.drawRightString(190 * 2.8346, 12 * 2.8346, f"Сторінка {doc.page} з 2")
    canvas.restoreState()


def make_pdf(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    register_fonts()
    st = ParagraphStyle("b", fontName="LSerif", fontSize=12, leading=15, spaceAfter=6, firstLineIndent=10 * mm)
    hd = ParagraphStyle("h", fontName="LSerif", fontSize=10, leading=12, alignment=1)
    ti = ParagraphStyle("t", fontName="LSerif", fontSize=13, leading=16, alignment=1, spaceAfter=8)
    cell = ParagraphStyle("c", fontName="LSerif", fontSize=10, leading=12)
    story = [Paragraph(h, hd) for h in HEAD] + [Spacer(1, 8 * mm), Paragraph(P1[0], ti)]
    story += [Paragraph(p, st) for p in P1[1:]]
    story += [Paragraph(TABLE_TITLE, st)]
    data = [[Paragraph(c, cell) for c in row] for row in TABLE]
    t = Table(data, colWidths=[14 * mm, 70 * mm, 30 * mm, 25 * mm, 30 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, PageBreak()]
    story += [Paragraph(p, st) for p in P2]
    SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                      topMargin=15 * mm, bottomMargin=20 * mm,
                      title="Інформація ЦНСП 9 місяців 2024", author="КУ ЦНСП").build(
        story, onFirstPage=footer, onLaterPages=footer)


def build():
    make_pdf(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Стрижавської селищної ради",
        "centre_type": "cnsp", "settlement": "Стрижавка", "oblast": "Вінницька",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-09-30"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Стрижавської селищної ради",
                    "КУ «Центр надання соціальних послуг» Стрижавської селищної ради"]})
    f1 = g.f("applied", "persons", 1247, "до нас звернулися 1 247 осіб")
    f2 = g.f("served", "persons", 742, "Ми надали соціальні послуги 742 особам",
             note="unique persons (без повторного обліку); the table's 1 191 counts recipients per service")
    f3 = g.f("served", "persons", 193, "з них 193 – внутрішньо переміщені особи",
             category="внутрішньо переміщені особи", parent=f2)
    f4 = g.f("needs_assessed", "persons", 133, "Оцінку потреб ми провели 133 особам")
    # table 1: the total row first, so the rows can hang on it
    tot_r = g.f("served", "recipients", 1191, "\tУсього\t1 191\t303\t17 293", unit_alt="persons",
                label="Усього (таблиця 1)")
    tot_v = g.f("served", "recipients", 303, "\tУсього\t1 191\t303\t17 293", unit_alt="persons",
                category="внутрішньо переміщені особи", label="Усього (таблиця 1)", parent=tot_r)
    tot_s = g.f("services_provided", "services", 17293, "\tУсього\t1 191\t303\t17 293", label="Усього (таблиця 1)")
    rows = [("1\tКонсультування\t286\t64\t1 112", "counselling", 286, 64, 1112),
            ("2\tІнформування\t341\t87\t803", "informing", 341, 87, 803),
            ("3\tСоціальний супровід сімей (осіб) у СЖО\t24\t5\t618", "social_support_sjo", 24, 5, 618),
            ("4\tДогляд вдома\t118\t9\t14 260", "home_care", 118, 9, 14260),
            ("5\tНатуральна допомога\t405\t132\t405", "natural_aid", 405, 132, 405),
            ("6\tКризове та екстрене втручання\t17\t6\t41", "crisis_intervention", 17, 6, 41)]
    rid, vid, sid = [], [], []
    for q, svc, r, v, s_ in rows:
        a = g.f("served", "recipients", r, q, unit_alt="persons", service=svc, group="t1_recipients", parent=tot_r)
        b = g.f("served", "recipients", v, q, unit_alt="persons", service=svc,
                category="внутрішньо переміщені особи", group="t1_idp", parent=tot_v)
        c = g.f("services_provided", "services", s_, q, service=svc, group="t1_services", parent=tot_s)
        rid.append(a); vid.append(b); sid.append(c)
    f26 = g.f("served", "families", 24, "Під соціальним супроводом у нас перебувало 24 сім'ї",
              service="social_support_sjo", alt=["support_ongoing"])
    f27 = g.f("served", "children", 51, "у яких виховується 51 дитина", service="social_support_sjo",
              alt=["support_ongoing"], parent=f26)
    f28 = g.f("support_started", "families", 9, "ми взяли під супровід 9 сімей", service="social_support_sjo",
              parent=f26)
    f29 = g.f("support_completed", "families", 7, "завершили супровід 7 сімей", service="social_support_sjo",
              parent=f26)
    f30 = g.f("outcome_positive", "families", 5, "з позитивним результатом – 5", service="social_support_sjo",
              group="completed_7_by_result", parent=f29)
    f31 = g.f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2",
              service="social_support_sjo", label="зміна місця проживання", group="completed_7_by_result",
              parent=f29)
    f32 = g.f("staff_actual", "staff", 16, "Послугу догляду вдома надають 16 соціальних робітників",
              label="соціальні робітники")
    f33 = g.f("served", "recipients", 405, "Натуральну допомогу ми видали 405 отримувачам", service="natural_aid",
              unit_alt="persons")
    f34 = g.f("aid_value", "uah", 842400, "на загальну суму 842,4 тис. грн")
    f35 = g.f("events", "events", 15, "Ми організували 15 групових заходів")
    f36 = g.f("event_participants", "persons", 238, "у яких взяли участь 238 осіб", parent=f35)
    f37 = g.f("staff_positions", "positions", 27, "Штатним розписом Центру передбачено 27 посад")
    f38 = g.f("staff_actual", "staff", 22, "зайнято 22")
    f39 = g.f("staff_trained", "staff", 14, "14 наших фахівців підвищили")
    f40 = g.f("complaints", "complaints", 0, "Скарг на якість надання послуг за звітний період не надходило.")

    g.slip("table_arithmetic", "error", "\tУсього\t1 191\t303\t17 293", 17293, 17239, [tot_s] + sid,
           "column «Надано послуг»: 1 112 + 803 + 618 + 14 260 + 405 + 41 = 17 239, but Усього says 17 293 "
           "(two digits swapped)", " + ".join(sid) + " == " + tot_s)
    g.check("table_arithmetic", "\tУсього\t1 191\t303\t17 293", "recipients column: 286 + 341 + 24 + 118 + 405 + 17 = 1 191",
            " + ".join(rid) + " == " + tot_r)
    g.check("table_arithmetic", "\tУсього\t1 191\t303\t17 293", "IDP column: 64 + 87 + 5 + 9 + 132 + 6 = 303",
            " + ".join(vid) + " == " + tot_v)
    g.check("table_arithmetic", "\tУсього\t1 191\t303\t17 293", "each row's IDPs ≤ its recipients",
            "all([" + ", ".join(f"{b} <= {a}" for a, b in zip(rid, vid)) + "])")
    g.check("parts_sum", "Ми надали соціальні послуги 742 особам", "193 IDPs ≤ 742 served ≤ 1 247 applied; 742 unique ≤ 1 191 per-service",
            f"{f3} <= {f2} <= {f1} and {f2} <= {tot_r}")
    g.check("parts_sum", "з позитивним результатом – 5, у зв'язку зі зміною місця проживання – 2",
            "5 + 2 = 7 completed; 9 started and 7 completed ≤ 24", f"{f30} + {f31} == {f29} and {f28} <= {f26} and {f29} <= {f26}")
    g.check("internal_conflict", "Під соціальним супроводом у нас перебувало 24 сім'ї",
            "the prose 24 families equals the table row 3 (24); natural aid 405 in prose equals row 5",
            f"{f26} == {rid[2]} and {f33} == {rid[4]}")
    g.check("parts_sum", "зайнято 22", "22 ≤ 27 positions; 16 social workers, 14 trained ≤ 22",
            f"{f38} <= {f37} and {f32} <= {f38} and {f39} <= {f38}")

    g.skip("23210, Вінницька обл., Вінницький р-н, смт Стрижавка, вул. Київська, 97; тел. (0432) 06-31-74",
           [23210, 97, 432, 63174], "postcode, address, phone")
    g.skip("Код ЄДРПОУ 44381207", [44381207], "ЄДРПОУ")
    g.skip("про діяльність Центру за 9 місяців 2024 року", [9, 2024], "period in the title")
    g.skip("рішенням 34 сесії селищної ради 8 скликання від 27.10.2023 № 1183", [34, 8, 27, 10, 2023, 1183],
           "session, convocation, decision date and number")
    g.skip("мешканцям 38 населених пунктів громади", [38], "settlement count")
    g.skip("За січень – вересень 2024 року", [2024], "year")
    g.skip("Порівняно з 9 місяцями 2023 року кількість отримувачів зросла на 8,3 %.", [9, 2023, 8.3],
           "comparison with 2023 (difference in %)")
    g.skip("Таблиця 1. Соціальні послуги, надані у січні – вересні 2024 року", [1, 2024], "table number, year")
    g.skip("№ з/п\tСоціальна послуга", [1, 2, 3, 4, 5, 6], "row numbers")
    g.skip("вартість однієї години платної послуги – 71,20 грн", [71.20], "tariff")
    g.skip("1 620 продуктових наборів", [1620], "items handed out")
    g.skip("Протягом 9 місяців", [9], "period length")
    g.skip("У IV кварталі плануємо запровадити послугу денного догляду для 12 осіб з інвалідністю.", [12], "plan")
    g.skip("Вих. № 02-14/318 від 07.10.2024", [2, 14, 318, 7, 10, 2024], "outgoing number and date")

    g.note("the table comes out tab-separated; each cell is a fact quoted by its row; row cells hang on the Усього cell "
           "of their column, and each column is one group")
    g.note("«Кількість отримувачів» with no kind → unit recipients, unit_alt persons")
    g.note("the prose 742 persons «без повторного обліку» and the table's 1 191 (recipients summed over services) are different figures, both facts")
    g.note("figures written twice are two facts: social support 24 (table row 3 and prose), natural aid 405 (table row 5 and prose)")
    g.note("the page footer «Сторінка N з 2» does not appear in the read text")
    g.note("«Скарг ... не надходило» → complaints 0")
    g.write()

if __name__ == "__main__":
    build()
