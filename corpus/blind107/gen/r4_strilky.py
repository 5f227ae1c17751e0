"""b107_04: Центр соціальних служб Стрілківської сільської ради (Львівська), report for H1 2025.
reportlab PDF, impersonal, a table by service (сімей/осіб, у т. ч. ВПО, надано послуг) and prose.
Slip: table_arithmetic (the «Надано послуг» column sums to 709, Разом says 719)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

DOC = "b107_04_strilky_css_h1_2025.pdf"
register_fonts()
S = ParagraphStyle("s", fontName="LSerif", fontSize=11.5, leading=15, alignment=TA_JUSTIFY, spaceAfter=5,
                   firstLineIndent=10 * mm)
H = ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, alignment=TA_CENTER, spaceAfter=6)
C = ParagraphStyle("c", fontName="LSerif", fontSize=10, leading=12, alignment=TA_CENTER)
TC = ParagraphStyle("tc", fontName="LSerif", fontSize=10, leading=12)

story = [
    Paragraph("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ СТРІЛКІВСЬКОЇ СІЛЬСЬКОЇ РАДИ", H),
    Paragraph("82063, Львівська обл., Самбірський р-н, с. Стрілки, вул. Центральна, 31; тел. (03238) 0-54-70; "
              "css.strilky@example.ua; код ЄДРПОУ 45102387", C),
    Spacer(1, 6 * mm),
    Paragraph("ЗВІТ<br/>про діяльність Центру соціальних служб Стрілківської сільської ради<br/>"
              "за І півріччя 2025 року", H),
    Paragraph("У І півріччі 2025 року фахівцями Центру охоплено соціальними послугами 274 сім'ї/особи, у яких "
              "виховується 301 дитина (у І півріччі 2024 року – 251 сім'я/особа).", S),
    Paragraph("До Центру надійшли повідомлення про 63 сім'ї/особи, які можуть перебувати у складних життєвих "
              "обставинах. Оцінку потреб проведено 61 сім'ї/особі; щодо 2 сімей оцінювання не завершено у зв'язку "
              "з їх виїздом за межі громади. За результатами оцінювання 38 сімей/осіб визнано такими, що "
              "перебувають у складних життєвих обставинах.", S),
    Paragraph("Надання соціальних послуг у І півріччі 2025 року наведено в таблиці.", S),
]

rows = [
    ["№", "Соціальна послуга", "Сімей/осіб", "у т. ч. ВПО", "Надано послуг"],
    ["1", "Інформування", "142", "37", "318"],
    ["2", "Консультування", "96", "22", "205"],
    ["3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "21", "4", "133"],
    ["4", "Соціальний супровід прийомних сімей і ДБСТ", "3", "0", "36"],
    ["5", "Представництво інтересів", "7", "2", "9"],
    ["6", "Посередництво (медіація)", "5", "1", "8"],
    ["", "Разом", "274", "66", "719"],
]
data = [[Paragraph(c, TC) if j == 1 else c for j, c in enumerate(r)] for r in rows]
tbl = Table(data, colWidths=[10 * mm, 80 * mm, 24 * mm, 24 * mm, 28 * mm])
tbl.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "LSerif", 10),
    ("FONT", (0, 0), (-1, 0), "LSerif-B", 10),
    ("FONT", (0, -1), (-1, -1), "LSerif-B", 10),
    ("GRID", (0, 0), (-1, -1), 0.5, "black"),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("ALIGN", (2, 0), (-1, -1), "CENTER"),
]))
story += [tbl, Spacer(1, 5 * mm)]
story += [
    Paragraph("Загалом за півріччя фахівці Центру надали 719 соціальних послуг.", S),
    Paragraph("Під соціальним супроводом перебувала 21 сім'я, у якій виховуються 43 дитини; 9 сімей взято під "
              "супровід у звітному періоді. Завершено супровід 8 сімей: з позитивним результатом – 6, з негативним "
              "результатом – 1, у зв'язку з переїздом – 1. Надання послуги продовжено 13 сім'ям.", S),
    Paragraph("Соціальний супровід здійснювався також для 2 прийомних сімей та 1 дитячого будинку сімейного типу, "
              "у яких виховується 11 дітей. Вік вихованців – від 3 до 17 років.", S),
    Paragraph("Проведено 17 групових заходів (тренінги з відповідального батьківства, заняття для підлітків "
              "14–17 років, зустрічі групи підтримки ВПО), участь у яких взяли 246 осіб.", S),
    Paragraph("Спільно з благодійним фондом 58 сім'ям внутрішньо переміщених осіб видано продуктові набори на "
              "загальну суму 72,4 тис. грн (по одному набору вартістю 1 248 грн).", S),
    Paragraph("Штатна чисельність Центру – 9 посад, фактично працює 8 працівників. 5 фахівців із соціальної роботи "
              "пройшли навчання за програмою «Кейс-менеджмент у громаді» (40 годин).", S),
    Paragraph("Завдання на ІІ півріччя 2025 року: забезпечити оцінку потреб 100 % сімей, щодо яких надійдуть "
              "повідомлення, та запровадити послугу підтриманого проживання.", S),
    Spacer(1, 8 * mm),
    Paragraph("Директор Центру ______________", TC),
    Paragraph("08.07.2025", TC),
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSerif", 8)
    canvas.drawCentredString(A4[0] / 2, 10 * mm, f"Сторінка {doc.page}")
    canvas.restoreState()


path = report_path(DOC)
SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                  bottomMargin=20 * mm, title="Звіт ЦСС за І півріччя 2025", author="ЦСС",
                  ).build(story, onFirstPage=footer, onLaterPages=footer)

g = Gold(DOC, {
    "centre": "Центр соціальних служб Стрілківської сільської ради", "centre_type": "css",
    "settlement": "Стрілки", "oblast": "Львівська", "report_kind": "period_report",
    "period_start": "2025-01-01", "period_end": "2025-06-30"})

f_srv = g.f("served", "families_persons", 274, "охоплено соціальними послугами 274 сім'ї/особи")
f_ch = g.f("served", "children", 301, "у яких виховується 301 дитина", parent=f_srv)
f_not = g.f("notified", "families_persons", 63, "надійшли повідомлення про 63 сім'ї/особи")
f_na = g.f("needs_assessed", "families_persons", 61, "Оцінку потреб проведено 61 сім'ї/особі", parent=f_not)
f_sjo = g.f("in_difficult_circumstances", "families_persons", 38,
            "За результатами оцінювання 38 сімей/осіб визнано такими, що перебувають у складних життєвих обставинах",
            parent=f_na)

T = {
    "inf": "1\tІнформування\t142\t37\t318",
    "con": "2\tКонсультування\t96\t22\t205",
    "sjo": "3\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t21\t4\t133",
    "fos": "4\tСоціальний супровід прийомних сімей і ДБСТ\t3\t0\t36",
    "rep": "5\tПредставництво інтересів\t7\t2\t9",
    "med": "6\tПосередництво (медіація)\t5\t1\t8",
    "tot": "Разом\t274\t66\t719",
}
SV = {"inf": "informing", "con": "counselling", "sjo": "social_support_sjo", "fos": "social_support_foster",
      "rep": "representation", "med": "mediation"}
V = {"inf": (142, 37, 318), "con": (96, 22, 205), "sjo": (21, 4, 133), "fos": (3, 0, 36), "rep": (7, 2, 9),
     "med": (5, 1, 8)}
t_a = g.f("served", "families_persons", 274, T["tot"], label="Разом")
t_b = g.f("served", "families_persons", 66, T["tot"], label="Разом, у т. ч. ВПО",
          category="внутрішньо переміщені особи", parent=t_a)
t_c = g.f("services_provided", "services", 719, T["tot"], label="Разом")
A, B, Cc = {}, {}, {}
for k, (a, b, c) in V.items():
    A[k] = g.f("served", "families_persons", a, T[k], service=SV[k], group="table_families_persons", parent=t_a)
    B[k] = g.f("served", "families_persons", b, T[k], service=SV[k], category="внутрішньо переміщені особи",
               group="table_idp", parent=t_b)
    Cc[k] = g.f("services_provided", "services", c, T[k], service=SV[k], group="table_services", parent=t_c)
f_719 = g.f("services_provided", "services", 719, "Загалом за півріччя фахівці Центру надали 719 соціальних послуг")

f_ss = g.f("served", "families", 21, "Під соціальним супроводом перебувала 21 сім'я", service="social_support_sjo",
           alt=["support_ongoing"])
f_ssc = g.f("served", "children", 43, "у якій виховуються 43 дитини", service="social_support_sjo",
            alt=["support_ongoing"], parent=f_ss)
f_st = g.f("support_started", "families", 9, "9 сімей взято під супровід у звітному періоді",
           service="social_support_sjo", parent=f_ss)
f_cmp = g.f("support_completed", "families", 8, "Завершено супровід 8 сімей", service="social_support_sjo",
            parent=f_ss)
f_o1 = g.f("outcome_positive", "families", 6, "з позитивним результатом – 6", service="social_support_sjo",
           group="completed_8_by_outcome", parent=f_cmp)
f_o2 = g.f("outcome_negative", "families", 1, "з негативним результатом – 1", service="social_support_sjo",
           group="completed_8_by_outcome", parent=f_cmp)
f_o3 = g.f("outcome_other", "families", 1, "у зв'язку з переїздом – 1", service="social_support_sjo",
           label="переїзд", group="completed_8_by_outcome", parent=f_cmp)
f_ong = g.f("support_ongoing", "families", 13, "Надання послуги продовжено 13 сім'ям", service="social_support_sjo",
            parent=f_ss)
f_fos1 = g.f("served", "families", 2, "для 2 прийомних сімей", service="social_support_foster",
             category="прийомні сім'ї")
f_fos2 = g.f("served", "families", 1, "1 дитячого будинку сімейного типу", service="social_support_foster",
             category="дитячі будинки сімейного типу")
f_fosc = g.f("served", "children", 11, "у яких виховується 11 дітей", service="social_support_foster",
             parent=f_fos1, note="children of the 2 foster families and the ДБСТ together; hangs on the first")
f_ev = g.f("events", "events", 17, "Проведено 17 групових заходів")
f_evp = g.f("event_participants", "persons", 246, "участь у яких взяли 246 осіб", parent=f_ev)
f_nat = g.f("served", "families", 58, "58 сім'ям внутрішньо переміщених осіб видано продуктові набори",
            service="natural_aid", category="внутрішньо переміщені особи")
f_aid = g.f("aid_value", "uah", 72400, "на загальну суму 72,4 тис. грн", service="natural_aid",
            label="продуктові набори")
f_pos = g.f("staff_positions", "positions", 9, "Штатна чисельність Центру – 9 посад")
f_act = g.f("staff_actual", "staff", 8, "фактично працює 8 працівників")
f_tr = g.f("staff_trained", "staff", 5, "5 фахівців із соціальної роботи пройшли навчання")

g.slip("table_arithmetic", "error", T["tot"], 719, 709, [t_c] + list(Cc.values()),
       "the «Надано послуг» column: 318 + 205 + 133 + 36 + 9 + 8 = 709, but Разом says 719 (10 more). The prose "
       "repeats 719, so the prose and the table agree with each other and not with the rows.",
       " + ".join(Cc.values()) + f" == {t_c}")

g.check("table_arithmetic", T["tot"], "142 + 96 + 21 + 3 + 7 + 5 = 274", " + ".join(A.values()) + f" == {t_a}")
g.check("table_arithmetic", T["tot"], "37 + 22 + 4 + 0 + 2 + 1 = 66", " + ".join(B.values()) + f" == {t_b}")
g.check("table_arithmetic", T["inf"], "each row: ВПО ≤ сімей/осіб",
        " and ".join(f"{B[k]} <= {A[k]}" for k in V))
g.check("internal_conflict", "охоплено соціальними послугами 274 сім'ї/особи", "274 in the prose and in Разом",
        f"{f_srv} == {t_a}")
g.check("internal_conflict", "Загалом за півріччя фахівці Центру надали 719 соціальних послуг",
        "719 in the prose and in Разом (both disagree with the rows; see audit)", f"{f_719} == {t_c}")
g.check("internal_conflict", "Під соціальним супроводом перебувала 21 сім'я", "21 in the prose and the table row",
        f"{f_ss} == {A['sjo']}")
g.check("internal_conflict", "для 2 прийомних сімей та 1 дитячого будинку сімейного типу",
        "2 + 1 = 3 in the foster row of the table", f"{f_fos1} + {f_fos2} == {A['fos']}")
g.check("parts_sum", "Завершено супровід 8 сімей: з позитивним результатом – 6", "6 + 1 + 1 = 8",
        f"{f_o1} + {f_o2} + {f_o3} == {f_cmp}")
g.check("parts_sum", "Надання послуги продовжено 13 сім'ям", "8 completed + 13 continued = 21",
        f"{f_cmp} + {f_ong} == {f_ss}")
g.check("parts_sum", "Оцінку потреб проведено 61 сім'ї/особі; щодо 2 сімей оцінювання не завершено",
        "61 + 2 (literal) = 63 notified; 38 ≤ 61", f"{f_na} + 2 == {f_not} and {f_sjo} <= {f_na}")
g.check("parts_sum", "фактично працює 8 працівників", "5 trained ≤ 8 working ≤ 9 positions",
        f"{f_tr} <= {f_act} <= {f_pos}")

g.skip("82063, Львівська обл., Самбірський р-н, с. Стрілки, вул. Центральна, 31; тел. (03238) 0-54-70",
       [82063, 31, 3238, 5470], "postcode, address, phone")
g.skip("код ЄДРПОУ 45102387", [45102387], "ЄДРПОУ")
g.skip("за І півріччя 2025 року", [2025], "period in the title")
g.skip("(у І півріччі 2024 року – 251 сім'я/особа)", [2024, 251], "prior-year figure")
g.skip("щодо 2 сімей оцінювання не завершено", [2], "not assessed (moved away): no §3 id; literal in a check")
g.skip("1\tІнформування", [1, 2, 3, 4, 5, 6], "row numbers")
g.skip("Вік вихованців – від 3 до 17 років.", [3, 17], "ages")
g.skip("заняття для підлітків 14–17 років", [14, 17], "ages")
g.skip("(по одному набору вартістю 1 248 грн)", [1, 1248], "price of one set")
g.skip("(40 годин)", [40], "duration")
g.skip("забезпечити оцінку потреб 100 % сімей, щодо яких надійдуть повідомлення", [100], "target for H2 2025")
g.skip("08.07.2025", [8, 7, 2025], "signature date")

g.note("«сім'ї/особи» → unit families_persons; the table's «Сімей/осіб» column too")
g.note("the table has three columns of figures: every cell is a fact quoted by its row; rows hang on the Разом cell "
       "of the same column (the ВПО Разом hangs on the Разом of all families/persons)")
g.note("719 appears twice (Разом and the prose): two facts; the slip is the column, recorded once as "
       "table_arithmetic")
g.note("«Оцінку потреб проведено 61 сім'ї/особі» hangs on the 63 notified; the 38 found in СЖО hang on the 61")
g.note("the foster row (3 = 2 прийомні + 1 ДБСТ) is repeated in the prose as two facts with the 11 children "
       "hanging on the first of them")
g.write()
