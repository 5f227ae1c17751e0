"""b113_04: КУ «ЦНСП» Степанківської сільської ради (Черкаська), report for H1 2025.
reportlab PDF (invariant=1), impersonal voice, a service table with an IDP column, budget lines with KEKV."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, report_path, register_fonts
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer

DOC = "b113_04_stepanky_cnsp_h1_2025.pdf"
register_fonts()
body = ParagraphStyle("b", fontName="LSerif", fontSize=11.5, leading=15, alignment=TA_JUSTIFY, firstLineIndent=10 * mm,
                      spaceAfter=4)
ctr = ParagraphStyle("c", parent=body, alignment=TA_CENTER, firstLineIndent=0)
hd = ParagraphStyle("h", parent=ctr, fontName="LSerif-B", fontSize=12.5, spaceBefore=6)
cell = ParagraphStyle("t", fontName="LSerif", fontSize=10, leading=12)

P = []
P.append(Paragraph("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» СТЕПАНКІВСЬКОЇ СІЛЬСЬКОЇ РАДИ", hd))
P.append(Paragraph("код ЄДРПОУ 43981527; 19632, Черкаська обл., с. Степанки, вул. Героїв України, 88; "
                   "тел. (0472) 0-61-17; cnsp.stepanky@example.ua", ctr))
P.append(Spacer(1, 6 * mm))
P.append(Paragraph("ЗВІТ про діяльність за І півріччя 2025 року", hd))
P.append(Paragraph("Установа діє відповідно до Положення, затвердженого рішенням сесії Степанківської сільської ради "
                   "від 28.01.2021 № 4-12/VIII, та надає соціальні послуги мешканцям 9 населених пунктів громади.", body))
P.append(Paragraph("За січень – червень 2025 року до установи звернулося 538 осіб, у тому числі 96 внутрішньо "
                   "переміщених осіб. Фахівцями здійснено оцінку потреб 214 особам. Загалом надано 8 692 соціальні "
                   "послуги (за І півріччя 2024 року – 7 915).", body))
P.append(Paragraph("Таблиця 2. Отримувачі та обсяги соціальних послуг", ctr))
rows = [
    ["№", "Соціальна послуга", "Отримувачів, осіб", "з них ВПО", "Надано послуг"],
    ["1", "Консультування", "212", "41", "389"],
    ["2", "Інформування", "164", "22", "164"],
    ["3", "Догляд вдома", "87", "5", "6 120"],
    ["4", "Денний догляд", "26", "3", "1 482"],
    ["5", "Натуральна допомога", "118", "30", "236"],
    ["6", "Соціальний супровід сімей (осіб) у СЖО", "19", "4", "211"],
    ["Разом", "", "626", "105", "8 692"],
]
t = Table([[Paragraph(c, cell) for c in r] for r in rows], colWidths=[10 * mm, 70 * mm, 32 * mm, 25 * mm, 30 * mm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                       ("SPAN", (0, -1), (1, -1))]))
P.append(t)
P.append(Spacer(1, 4 * mm))
P.append(Paragraph("Послугу догляду вдома отримують 87 осіб, з них 61 – особи похилого віку, 26 – особи з "
                   "інвалідністю. Вартість однієї години догляду вдома на платній основі становить 112,40 грн. "
                   "Станом на 30.06.2025 в черзі на денний догляд перебувають 4 особи.", body))
P.append(Paragraph("Під соціальним супроводом перебувало 12 сімей (19 осіб), з них 5 сімей взято під супровід у "
                   "звітному періоді. Завершено надання послуги 4 сім'ям, з позитивним результатом – 4.", body))
P.append(Paragraph("Проведено 8 групових заходів (зустрічі клубу «Срібний вік», заняття з фінансової грамотності), "
                   "участь у яких взяли 143 учасники.", body))
P.append(Paragraph("Кадри", hd))
P.append(Paragraph("Штатна чисельність установи – 18 посад, фактично працює 16 працівників. Троє фахівців пройшли "
                   "навчання за програмою підготовки працівників, які надають послугу догляду вдома (40 годин).", body))
P.append(Paragraph("Фінансування", hd))
P.append(Paragraph("Касові видатки загального фонду за І півріччя склали 3 418,6 тис. грн, з них: оплата праці "
                   "(КЕКВ 2110) – 2 447,9 тис. грн; нарахування на оплату праці (КЕКВ 2120) – 538,5 тис. грн; "
                   "оплата комунальних послуг та енергоносіїв (КЕКВ 2270) – 301,4 тис. грн; інші видатки – "
                   "130,8 тис. грн. Від надання платних послуг до спеціального фонду надійшло 27,3 тис. грн.", body))
P.append(Paragraph("Скарг від отримувачів соціальних послуг за звітний період не зареєстровано.", body))
P.append(Paragraph("Звіт розглянуто на засіданні виконавчого комітету 17.07.2025, рішення № 96.", body))


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSerif", 9)
    canvas.drawCentredString(A4[0] / 2, 10 * mm, f"Сторінка {doc.page}")
    canvas.restoreState()


pdf = SimpleDocTemplate(report_path(DOC), pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                        bottomMargin=18 * mm, invariant=1, title="Звіт за І півріччя 2025 року", author="КУ ЦНСП")
pdf.build(P, onFirstPage=footer, onLaterPages=footer)

g = Gold(DOC, {"centre": "Центр надання соціальних послуг Степанківської сільської ради", "centre_type": "cnsp",
               "settlement": "Степанки", "oblast": "Черкаська", "report_kind": "period_report",
               "period_start": "2025-01-01", "period_end": "2025-06-30"},
         {"centre": ["Комунальна установа «Центр надання соціальних послуг» Степанківської сільської ради",
                     "КУ «Центр надання соціальних послуг» Степанківської сільської ради"]})
f_app = g.f("applied", "persons", 538, "до установи звернулося 538 осіб")
f_appi = g.f("applied", "persons", 96, "у тому числі 96 внутрішньо переміщених осіб",
             category="внутрішньо переміщені особи", parent=f_app)
f_na = g.f("needs_assessed", "persons", 214, "здійснено оцінку потреб 214 особам")
f_sp = g.f("services_provided", "services", 8692, "Загалом надано 8 692 соціальні послуги")
TOT = "Разом\t626\t105\t8 692"
t_r = g.f("served", "persons", 626, TOT, label="Таблиця 2, Разом")
t_i = g.f("served", "persons", 105, TOT, label="Таблиця 2, Разом, з них ВПО", category="внутрішньо переміщені особи",
          parent=t_r)
t_s = g.f("services_provided", "services", 8692, TOT, label="Таблиця 2, Разом")
R, I, S = [], [], []
for name, svc, n, k, m in (("Консультування", "counselling", 212, 41, "389"),
                           ("Інформування", "informing", 164, 22, "164"),
                           ("Догляд вдома", "home_care", 87, 5, "6 120"),
                           ("Денний догляд", "day_care", 26, 3, "1 482"),
                           ("Натуральна допомога", "natural_aid", 118, 30, "236"),
                           ("Соціальний супровід сімей (осіб) у СЖО", "social_support_sjo", 19, 4, "211")):
    q = f"{name}\t{n}\t{k}\t{m}"
    fr = g.f("served", "persons", n, q, service=svc, group="t2_recipients", parent=t_r)
    R.append(fr)
    I.append(g.f("served", "persons", k, q, service=svc, category="внутрішньо переміщені особи",
                 group="t2_idp", parent=t_i))
    S.append(g.f("services_provided", "services", int(m.replace(" ", "")), q, service=svc, group="t2_services",
                 parent=t_s))
f_hc = g.f("served", "persons", 87, "Послугу догляду вдома отримують 87 осіб", service="home_care",
           note="repeats table row 3: two facts")
f_hc1 = g.f("served", "persons", 61, "з них 61 – особи похилого віку", service="home_care",
            category="особи похилого віку", group="hc87_by_category", parent=f_hc)
f_hc2 = g.f("served", "persons", 26, "26 – особи з інвалідністю", service="home_care",
            category="особи з інвалідністю", group="hc87_by_category", parent=f_hc)
f_sf = g.f("served", "families", 12, "Під соціальним супроводом перебувало 12 сімей", service="social_support_sjo",
           alt=["support_ongoing"])
f_sfp = g.f("served", "persons", 19, "12 сімей (19 осіб)", service="social_support_sjo", alt=["support_ongoing"],
            parent=f_sf, note="the members of the 12 families; equals table row 6 (19)")
f_st = g.f("support_started", "families", 5, "з них 5 сімей взято під супровід у звітному періоді",
           service="social_support_sjo", parent=f_sf)
f_cm = g.f("support_completed", "families", 4, "Завершено надання послуги 4 сім'ям", service="social_support_sjo",
           parent=f_sf)
f_ps = g.f("outcome_positive", "families", 4, "з позитивним результатом – 4", service="social_support_sjo",
           parent=f_cm)
f_ev = g.f("events", "events", 8, "Проведено 8 групових заходів")
f_evp = g.f("event_participants", "persons", 143, "участь у яких взяли 143 учасники", parent=f_ev)
f_pos = g.f("staff_positions", "positions", 18, "Штатна чисельність установи – 18 посад")
f_act = g.f("staff_actual", "staff", 16, "фактично працює 16 працівників")
f_tr = g.f("staff_trained", "staff", 3, "Троє фахівців пройшли навчання", note="number in words (троє)")
f_bs = g.f("budget_spent", "uah", 3418600, "Касові видатки загального фонду за І півріччя склали 3 418,6 тис. грн",
           label="загальний фонд")
b = [g.f("budget_spent", "uah", 2447900, "оплата праці (КЕКВ 2110) – 2 447,9 тис. грн", kekv="2110",
         group="spent3418_6", parent=f_bs),
     g.f("budget_spent", "uah", 538500, "нарахування на оплату праці (КЕКВ 2120) – 538,5 тис. грн", kekv="2120",
         group="spent3418_6", parent=f_bs),
     g.f("budget_spent", "uah", 301400, "оплата комунальних послуг та енергоносіїв (КЕКВ 2270) – 301,4 тис. грн",
         kekv="2270", group="spent3418_6", parent=f_bs),
     g.f("budget_spent", "uah", 130800, "інші видатки – 130,8 тис. грн", label="інші видатки",
         group="spent3418_6", parent=f_bs)]
f_rc = g.f("budget_received", "uah", 27300, "до спеціального фонду надійшло 27,3 тис. грн",
           label="спеціальний фонд, платні послуги")
f_cp = g.f("complaints", "complaints", 0,
           "Скарг від отримувачів соціальних послуг за звітний період не зареєстровано.")

g.slip("table_arithmetic", "error", TOT, 8692, 8602, [t_s] + S,
       "the «Надано послуг» column sums to 389 + 164 + 6 120 + 1 482 + 236 + 211 = 8 602, but Разом says 8 692 "
       "(90 more); the prose repeats the wrong 8 692", " + ".join(S) + f" == {t_s}")
g.check("table_arithmetic", TOT, "recipients 212 + 164 + 87 + 26 + 118 + 19 = 626", " + ".join(R) + f" == {t_r}")
g.check("table_arithmetic", TOT, "IDP 41 + 22 + 5 + 3 + 30 + 4 = 105; each ≤ its row",
        " + ".join(I) + f" == {t_i} and " + " and ".join(f"{a} <= {b_}" for a, b_ in zip(I, R)))
g.check("internal_conflict", "Загалом надано 8 692 соціальні послуги",
        "prose 8 692 equals the table Разом; prose 87 home care equals row 3; 19 persons under support equal row 6",
        f"{f_sp} == {t_s} and {f_hc} == {R[2]} and {f_sfp} == {R[5]}")
g.check("parts_sum", "Послугу догляду вдома отримують 87 осіб, з них 61", "61 + 26 = 87", f"{f_hc1} + {f_hc2} == {f_hc}")
g.check("parts_sum", "у тому числі 96 внутрішньо переміщених осіб", "96 ≤ 538; 214 ≤ 538", f"{f_appi} <= {f_app} and {f_na} <= {f_app}")
g.check("parts_sum", "з них 5 сімей взято під супровід у звітному періоді", "5 ≤ 12; 4 positive ≤ 4 completed ≤ 12",
        f"{f_st} <= {f_sf} and {f_ps} <= {f_cm} <= {f_sf}")
g.check("parts_sum", "Касові видатки загального фонду за І півріччя склали 3 418,6 тис. грн, з них",
        "2 447,9 + 538,5 + 301,4 + 130,8 = 3 418,6 тис. грн", " + ".join(b) + f" == {f_bs}")
g.check("parts_sum", "фактично працює 16 працівників", "16 ≤ 18; 3 trained ≤ 16", f"{f_act} <= {f_pos} and {f_tr} <= {f_act}")

g.skip("код ЄДРПОУ 43981527; 19632, Черкаська обл., с. Степанки, вул. Героїв України, 88; тел. (0472) 0-61-17",
       [43981527, 19632, 88, 472, 6117], "ЄДРПОУ, postcode, address, phone")
g.skip("за І півріччя 2025 року", [2025], "period (Roman І)")
g.skip("від 28.01.2021 № 4-12/VIII", [28, 1, 2021, 4, 12], "decision date and number")
g.skip("мешканцям 9 населених пунктів громади", [9], "settlements")
g.skip("(за І півріччя 2024 року – 7 915)", [2024, 7915], "prior-year figure")
g.skip("Таблиця 2. Отримувачі та обсяги соціальних послуг", [2], "table number")
g.skip("1\tКонсультування", [1, 2, 3, 4, 5, 6], "row numbers")
g.skip("Вартість однієї години догляду вдома на платній основі становить 112,40 грн.", [112.4], "tariff")
g.skip("Станом на 30.06.2025 в черзі на денний догляд перебувають 4 особи.", [30, 6, 2025, 4], "date; queue (no §3 id)")
g.skip("(40 годин)", [40], "duration")
g.skip("(КЕКВ 2110)", [2110, 2120, 2270], "KEKV codes (kept as kekv)")
g.skip("Звіт розглянуто на засіданні виконавчого комітету 17.07.2025, рішення № 96.", [17, 7, 2025, 96],
       "date and decision number")
g.note("Table 2: every cell is a fact quoted by its row; rows hang on the Разом cell of the same column. The «з них ВПО» "
       "column is served with category ВПО (group t2_idp). The Разом cell spans № and the service name.")
g.note("The prose 8 692 and the table total are two facts; both carry the same wrong total (one slip, one finding).")
g.note("«12 сімей (19 осіб)» → served families 12 (alt support_ongoing) with the persons row hanging on it; "
       "«Завершено надання послуги 4 сім'ям, з позитивним результатом – 4» → support_completed 4 and outcome_positive 4.")
g.note("«Троє фахівців пройшли навчання» → staff_trained 3 (number in words).")
g.note("Budget lines carry kekv where the text writes the code; «інші видатки» has none.")
g.write()
