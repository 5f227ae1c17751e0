"""b18_03: КУ «ЦНСП» Гайсинської міської ради (Вінницька), report on the first half of 2025, PDF (reportlab)
with a table by service. Planted slip: table_arithmetic (column «у т. ч. ВПО» sums to 438, Разом says 448;
the prose says 438), recorded twice: table_arithmetic and internal_conflict."""
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import Gold, register_fonts, report_path

DOC = "b18_03_haisyn_cnsp_h1_2025.pdf"
register_fonts()
body = ParagraphStyle("b", fontName="LSerif", fontSize=12, leading=15, alignment=TA_JUSTIFY, firstLineIndent=12 * mm,
                      spaceAfter=4)
head = ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, alignment=TA_CENTER, spaceAfter=2)
small = ParagraphStyle("s", fontName="LSerif", fontSize=9.5, leading=12, alignment=TA_CENTER)
cell = ParagraphStyle("c", fontName="LSerif", fontSize=10.5, leading=12.5)
cellb = ParagraphStyle("cb", fontName="LSerif-B", fontSize=10.5, leading=12.5)


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSerif", 9)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page} з 2")
    canvas.restoreState()


story = [
    Paragraph("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ГАЙСИНСЬКОЇ МІСЬКОЇ РАДИ", head),
    Paragraph("вул. Небесної Сотні, 12, м. Гайсин, Вінницька обл., 23700; тел. (04334) 0-27-15; "
              "e-mail: cnsp.haisyn@example.ua; код ЄДРПОУ 44318206", small),
    Spacer(1, 8),
    Paragraph("ЗВІТ", head),
    Paragraph("про діяльність КУ «ЦНСП» Гайсинської міської ради за І півріччя 2025 року", head),
    Spacer(1, 6),
    Paragraph("Комунальна установа «Центр надання соціальних послуг» Гайсинської міської ради (далі – КУ «ЦНСП») "
              "утворена рішенням 9 сесії 8 скликання Гайсинської міської ради від 17.02.2021 № 9-14. До складу "
              "установи входять 4 структурні підрозділи: відділення соціальної допомоги вдома, відділення денного "
              "догляду, відділення соціальної адаптації та відділ соціальної роботи з сім'ями.", body),
    Paragraph("У першому півріччі 2025 року соціальні послуги КУ «ЦНСП» отримали 1 962 особи, з них 438 – "
              "внутрішньо переміщені особи, що становить 22,3 % від загальної кількості отримувачів. Загалом "
              "надано 16 629 соціальних послуг. Розподіл отримувачів і послуг за видами наведено в таблиці.", body),
    Paragraph("Отримувачі соціальних послуг за видами послуг, І півріччя 2025 року", head),
]
P = lambda s, st=cell: Paragraph(s, st)  # noqa: E731
rows = [
    [P("№"), P("Соціальна послуга"), P("Отримувачів, осіб"), P("у т. ч. ВПО"), P("Надано послуг")],
    ["1", P("Догляд вдома"), "186", "14", "11 540"],
    ["2", P("Денний догляд"), "42", "5", "2 318"],
    ["3", P("Соціальна адаптація"), "95", "31", "764"],
    ["4", P("Консультування"), "734", "187", "1 102"],
    ["5", P("Інформування"), "611", "142", "611"],
    ["6", P("Натуральна допомога"), "294", "59", "294"],
    ["", P("Разом", cellb), "1 962", "448", "16 629"],
]
tbl = Table(rows, colWidths=[10 * mm, 62 * mm, 32 * mm, 28 * mm, 32 * mm])
tbl.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "LSerif", 10.5),
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("ALIGN", (2, 1), (-1, -1), "CENTER"),
]))
story += [tbl, Spacer(1, 8)]
story += [
    Paragraph("Послугу догляду вдома надавали 38 соціальних робітників; середнє навантаження становило 4,9 "
              "отримувача на одного працівника. Тариф на платну послугу догляду вдома – 96,50 грн за годину; "
              "на платній основі послугу отримували 23 особи.", body),
    Paragraph("Протягом звітного періоду надійшло 211 заяв про надання соціальних послуг. Оцінку індивідуальних "
              "потреб проведено 204 особам; 197 особам прийнято рішення про надання послуг, 7 особам відмовлено "
              "(відсутність права на безоплатну послугу), 7 заяв перебувають на розгляді.", body),
    Paragraph("Відділенням соціальної адаптації проведено 48 групових занять, у яких взяли участь 312 осіб. "
              "Тривалість одного заняття – 1,5 години.", body),
    Paragraph("За сприяння благодійних фондів отримано та розподілено 1 180 продуктових наборів; натуральну "
              "допомогу надано 294 особам на загальну суму 208,6 тис. грн.", body),
    Paragraph("Штатний розпис КУ «ЦНСП» налічує 71 посаду, фактично працює 66 осіб, 5 посад вакантні. "
              "Навчання за програмою «Базові навички догляду» пройшли 11 працівників.", body),
    Paragraph("Скарг на якість надання соціальних послуг у звітному періоді не зареєстровано.", body),
    Spacer(1, 10),
    Paragraph("Директор КУ «ЦНСП»                                                    (підпис)", body),
    Paragraph("09.07.2025", body),
]
doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                        topMargin=18 * mm, bottomMargin=20 * mm, title="Звіт КУ ЦНСП за І півріччя 2025",
                        author="КУ ЦНСП Гайсинської міської ради")
doc.build(story, onFirstPage=footer, onLaterPages=footer)

# ---------------------------------------------------------------- gold
g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Гайсинської міської ради",
    "centre_type": "cnsp",
    "settlement": "Гайсин",
    "oblast": "Вінницька",
    "report_kind": "period_report",
    "period_start": "2025-01-01",
    "period_end": "2025-06-30",
}, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Гайсинської міської ради"]})

f_tot = g.f("served", "persons", 1962, "соціальні послуги КУ «ЦНСП» отримали 1 962 особи")
f_idp = g.f("served", "persons", 438, "з них 438 – внутрішньо переміщені особи, що становить 22,3 %", percent=22.3,
            category="внутрішньо переміщені особи", parent=f_tot)
f_svc = g.f("services_provided", "services", 16629, "Загалом надано 16 629 соціальних послуг")
TOT = "Разом\t1 962\t448\t16 629"
t_rec = g.f("served", "persons", 1962, TOT, label="Разом – отримувачів")
t_idp = g.f("served", "persons", 448, TOT, label="Разом – у т. ч. ВПО", category="внутрішньо переміщені особи",
            parent=t_rec)
t_svc = g.f("services_provided", "services", 16629, TOT, label="Разом – надано послуг")
table = [
    ("1\tДогляд вдома\t186\t14\t11 540", "home_care", 186, 14, 11540),
    ("2\tДенний догляд\t42\t5\t2 318", "day_care", 42, 5, 2318),
    ("3\tСоціальна адаптація\t95\t31\t764", "social_adaptation", 95, 31, 764),
    ("4\tКонсультування\t734\t187\t1 102", "counselling", 734, 187, 1102),
    ("5\tІнформування\t611\t142\t611", "informing", 611, 142, 611),
    ("6\tНатуральна допомога\t294\t59\t294", "natural_aid", 294, 59, 294),
]
R, I, V = [], [], []
for q, svc, a, b, c in table:
    r = g.f("served", "persons", a, q, service=svc, group="recipients_by_service", parent=t_rec)
    R.append(r)
    I.append(g.f("served", "persons", b, q, service=svc, category="внутрішньо переміщені особи",
                 group="idp_by_service", parent=t_idp))
    V.append(g.f("services_provided", "services", c, q, service=svc, group="services_by_service", parent=t_svc))
f_sr = g.f("staff_actual", "staff", 38, "Послугу догляду вдома надавали 38 соціальних робітників", service="home_care",
           label="соціальні робітники")
f_paid = g.f("served", "persons", 23, "на платній основі послугу отримували 23 особи", service="home_care",
             label="платно", parent=R[0])
f_app = g.f("applied", "applications", 211, "надійшло 211 заяв про надання соціальних послуг")
f_na = g.f("needs_assessed", "persons", 204, "Оцінку індивідуальних потреб проведено 204 особам")
f_ev = g.f("events", "events", 48, "проведено 48 групових занять", service="social_adaptation")
f_evp = g.f("event_participants", "persons", 312, "у яких взяли участь 312 осіб", service="social_adaptation",
            parent=f_ev)
f_nat = g.f("served", "persons", 294, "натуральну допомогу надано 294 особам", service="natural_aid")
f_aid = g.f("aid_value", "uah", 208600, "на загальну суму 208,6 тис. грн", service="natural_aid", parent=f_nat)
f_pos = g.f("staff_positions", "positions", 71, "Штатний розпис КУ «ЦНСП» налічує 71 посаду")
f_act = g.f("staff_actual", "staff", 66, "фактично працює 66 осіб")
f_tr = g.f("staff_trained", "staff", 11, "пройшли 11 працівників")
f_cmp = g.f("complaints", "complaints", 0,
            "Скарг на якість надання соціальних послуг у звітному періоді не зареєстровано.")

g.slip("table_arithmetic", "error", TOT, 448, 438, [t_idp] + I,
       "column «у т. ч. ВПО»: 14 + 5 + 31 + 187 + 142 + 59 = 438, Разом says 448. The other two columns add up; "
       "the prose gives 438 (22,3 % of 1 962), so the slip is in the Разом cell.",
       f"{' + '.join(I)} == {t_idp}")
g.slip("internal_conflict", "error", "з них 438 – внутрішньо переміщені особи", 438, 448, [f_idp, t_idp],
       "the same figure (IDP recipients, I half 2025) is 438 in the prose and 448 in the table's Разом row; "
       "same slip as the table_arithmetic finding, second evidence",
       f"{f_idp} == {t_idp}")

g.check("table_arithmetic", TOT, "отримувачів 186 + 42 + 95 + 734 + 611 + 294 = 1 962",
        f"{' + '.join(R)} == {t_rec}")
g.check("table_arithmetic", TOT, "надано послуг 11 540 + 2 318 + 764 + 1 102 + 611 + 294 = 16 629",
        f"{' + '.join(V)} == {t_svc}")
g.check("internal_conflict", "соціальні послуги КУ «ЦНСП» отримали 1 962 особи",
        "prose 1 962 recipients and 16 629 services = table Разом",
        f"{f_tot} == {t_rec} and {f_svc} == {t_svc}")
g.check("percent_mismatch", "з них 438 – внутрішньо переміщені особи, що становить 22,3 %", "438/1 962 = 22,32 → 22,3",
        f"pct_ok(p{f_idp[1:]}, {f_idp}, {f_tot}, 1)")
g.check("table_arithmetic", "4\tКонсультування\t734\t187\t1 102", "each row: у т. ч. ВПО ≤ отримувачів ≤ послуг",
        " and ".join(f"{i} <= {r} <= {v}" for r, i, v in zip(R, I, V)))
g.check("internal_conflict", "натуральну допомогу надано 294 особам", "294 natural-aid recipients = table row 6",
        f"{f_nat} == {R[5]}")
g.check("parts_sum", "на платній основі послугу отримували 23 особи", "23 paying ≤ 186 home-care recipients",
        f"{f_paid} <= {R[0]}")
g.check("parts_sum", "Оцінку індивідуальних потреб проведено 204 особам",
        "197 granted + 7 refused = 204 assessed; 204 + 7 pending = 211 applications",
        f"197 + 7 == {f_na} and {f_na} + 7 == {f_app}")
g.check("parts_sum", "фактично працює 66 осіб", "66 working + 5 vacant = 71 positions; 11 trained ≤ 66",
        f"{f_act} + 5 == {f_pos} and {f_tr} <= {f_act}")

g.skip("вул. Небесної Сотні, 12, м. Гайсин, Вінницька обл., 23700; тел. (04334) 0-27-15", [12, 23700, 4334, 2715],
       "address, postcode, phone")
g.skip("код ЄДРПОУ 44318206", [44318206], "ЄДРПОУ code")
g.skip("рішенням 9 сесії 8 скликання Гайсинської міської ради від 17.02.2021 № 9-14", [9, 8, 17, 2, 2021, 9, 14],
       "session/convocation numbers, decision date and number")
g.skip("До складу установи входять 4 структурні підрозділи", [4], "number of units; no §3 id")
g.skip("Отримувачі соціальних послуг за видами послуг, І півріччя 2025 року", [2025], "table title year")
g.skip("1\tДогляд вдома\t186\t14\t11 540", [1, 2, 3, 4, 5, 6], "row numbers (№) of the table")
g.skip("середнє навантаження становило 4,9 отримувача на одного працівника", [4.9], "ratio")
g.skip("Тариф на платну послугу догляду вдома – 96,50 грн за годину", [96.5], "tariff")
g.skip("197 особам прийнято рішення про надання послуг, 7 особам відмовлено", [197, 7],
       "decisions to provide / refusals; no §3 id (used in a check)")
g.skip("7 заяв перебувають на розгляді", [7], "applications pending; no §3 id (used in a check)")
g.skip("Тривалість одного заняття – 1,5 години.", [1.5], "duration")
g.skip("отримано та розподілено 1 180 продуктових наборів", [1180], "items (food sets); no unit for items")
g.skip("5 посад вакантні", [5], "vacancies; no §3 id (used in a check)")
g.skip("09.07.2025", [9, 7, 2025], "signature date")
g.skip("Сторінка 1 з 2", [1, 2], "page number")

g.note("table: each row carries three facts (served persons, served persons IDP, services_provided), quoted by the row; "
       "rows hang on the Разом cell of the same column, one group per column; the IDP Разом hangs on the recipients Разом")
g.note("prose repeats the Разом figures (1 962, 16 629) and the IDP total (as 438, against 448 in the table): each "
       "written figure is a fact; the 438/448 disagreement is one slip recorded as two findings")
g.note("«38 соціальних робітників» delivering home care → staff_actual with service home_care and a label")
g.note("centre: the legal form «Комунальна установа» is accepted as an alternative (meta_alt)")
g.write()
