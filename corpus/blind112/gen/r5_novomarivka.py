"""b112_05: відділ соціального захисту населення Новомар'ївської сільської ради, analytic note H1 2025 (reportlab PDF)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path, register_fonts

NAME = "b112_05_novomarivka_uszn_h1_2025.pdf"
register_fonts()
N = ParagraphStyle("n", fontName="LSerif", fontSize=11.5, leading=15, firstLineIndent=10 * mm, alignment=4, spaceAfter=4)
C = ParagraphStyle("c", parent=N, firstLineIndent=0, alignment=1)
B = ParagraphStyle("b", parent=C, fontName="LSerif-B")
H = ParagraphStyle("h", parent=N, fontName="LSerif-B", firstLineIndent=0, spaceBefore=6)
CELL = ParagraphStyle("cell", fontName="LSerif", fontSize=10.5, leading=12.5)

story = [
    Paragraph("НОВОМАР'ЇВСЬКА СІЛЬСЬКА РАДА БАШТАНСЬКОГО РАЙОНУ МИКОЛАЇВСЬКОЇ ОБЛАСТІ", B),
    Paragraph("ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ", B),
    Paragraph("56620, с. Новомар'ївка, вул. Соборна, 40, тел. (05158) 0-92-14, e-mail: oszn.novomarivka@example.ua, код ЄДРПОУ 44390517", C),
    Spacer(1, 6),
    Paragraph("АНАЛІТИЧНА ДОВІДКА", B),
    Paragraph("про стан соціального захисту населення та надання соціальних послуг у громаді за І півріччя 2025 року", B),
    Spacer(1, 6),
    Paragraph("Громада, у якій проживає 11,2 тис. мешканців, з березня по листопад 2022 року частково перебувала в зоні "
              "активних бойових дій, тому потреба в соціальній підтримці залишається високою.", N),
    Paragraph("1. Звернення громадян", H),
    Paragraph("За І півріччя 2025 року до відділу звернулося 1 146 осіб, з них 402 – внутрішньо переміщені особи (35,1 %). "
              "Державну соціальну допомогу призначено 318 особам, житлову субсидію – 274 домогосподарствам. "
              "На телефон «гарячої лінії» відділу надійшло 87 дзвінків.", N),
    Paragraph("2. Сім'ї у складних життєвих обставинах", H),
    Paragraph("Від суб'єктів виявлення надійшли повідомлення про 23 сім'ї, які можуть перебувати у складних життєвих "
              "обставинах. Фахівцями із соціальної роботи проведено оцінку потреб 21 сім'ї, у СЖО визнано 15 сімей. "
              "Дані в розрізі старостинських округів наведено в таблиці.", N),
    Paragraph("Таблиця. Сім'ї у СЖО та соціальний супровід за старостинськими округами (станом на 30.06.2025)", C),
]
rows = [
    ["Округ", "Перебувало на обліку сімей у СЖО", "З них під соціальним супроводом", "У них дітей"],
    ["Старостинський округ № 1", "17", "9", "21"],
    ["Старостинський округ № 2", "11", "6", "14"],
    ["Старостинський округ № 3", "8", "4", "9"],
    ["Всього", "36", "19", "45"],
]
data = [[Paragraph(c, CELL) for c in r] for r in rows]
tb = Table(data, colWidths=[55 * mm, 40 * mm, 40 * mm, 30 * mm])
tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
story += [tb, Spacer(1, 8)]
story += [
    Paragraph("Отже, під соціальним супроводом перебувало 19 сімей (52,8 % від сімей на обліку). Завершено соціальний "
              "супровід 7 сімей, з них 4 – з позитивним результатом (подолано СЖО), 2 – мінімізовано СЖО, 1 – без "
              "результату у зв'язку з відмовою сім'ї від співпраці.", N),
    Paragraph("3. Надання соціальних послуг КУ «Центр надання соціальних послуг»", H),
    Paragraph("Послугу догляду вдома за півріччя отримали 74 особи, денного догляду – 15 осіб. Натуральну допомогу "
              "(продукти харчування, тверде паливо) отримали 203 особи на загальну суму 412,7 тис. грн. Черга на "
              "отримання послуги догляду вдома станом на 01.07.2025 становить 6 осіб.", N),
    Paragraph("4. Фінансування програми «Турбота» на 2024–2026 роки", H),
    Paragraph("На 2025 рік програмою передбачено 1,2 млн грн, використано за півріччя 486,3 тис. грн (40,5 %). "
              "Кошти спрямовано на одноразову матеріальну допомогу 57 особам у розмірі від 2 000 до 5 000 грн.", N),
    Paragraph("5. Кадрове забезпечення", H),
    Paragraph("У відділі працює 6 працівників, з них 2 фахівці із соціальної роботи; одна посада вакантна.", N),
    Spacer(1, 12),
    Paragraph("Начальник відділу соціального захисту населення ______________", N),
    Paragraph("04.07.2025", N),
]


def footer(canv, doc):
    canv.saveState()
    canv.setFont("LSerif", 9)
    canv.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page}")
    canv.restoreState()


path = report_path(NAME)
SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=18 * mm, bottomMargin=20 * mm,
                  title="Аналітична довідка", author="ВСЗН", invariant=1).build(story, onFirstPage=footer, onLaterPages=footer)

g = Gold(NAME, {
    "centre": "Відділ соціального захисту населення Новомар'ївської сільської ради",
    "centre_type": "uszn", "settlement": "Новомар'ївка", "oblast": "Миколаївська",
    "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30"},
    {"settlement": ["Новомар'ївська сільська громада"]})

ap = g.f("applied", "persons", 1146, "до відділу звернулося 1 146 осіб")
idp = g.f("applied", "persons", 402, "з них 402 – внутрішньо переміщені особи (35,1 %)", percent=35.1,
          category="внутрішньо переміщені особи", parent=ap)
g.f("calls", "calls", 87, "На телефон «гарячої лінії» відділу надійшло 87 дзвінків")
g.f("notified", "families", 23, "надійшли повідомлення про 23 сім'ї")
na = g.f("needs_assessed", "families", 21, "проведено оцінку потреб 21 сім'ї")
sj = g.f("in_difficult_circumstances", "families", 15, "у СЖО визнано 15 сімей")
TQ = {r[0]: "\t".join(r) for r in rows}
tot = TQ["Всього"]
tr = g.f("registered", "families", 36, tot, label="Всього")
ts = g.f("served", "families", 19, tot, service="social_support_sjo", alt=["support_ongoing"], label="Всього", parent=tr)
tc = g.f("served", "children", 45, tot, service="social_support_sjo", alt=["support_ongoing"], label="Всього", parent=ts)
R, S, Cc = [], [], []
for r in rows[1:4]:
    R.append(g.f("registered", "families", int(r[1]), TQ[r[0]], district=r[0], group="register_by_okrug", parent=tr))
    S.append(g.f("served", "families", int(r[2]), TQ[r[0]], district=r[0], service="social_support_sjo",
                 alt=["support_ongoing"], group="support_by_okrug", parent=ts))
    Cc.append(g.f("served", "children", int(r[3]), TQ[r[0]], district=r[0], service="social_support_sjo",
                  alt=["support_ongoing"], group="children_by_okrug", parent=tc))
ps = g.f("served", "families", 19, "під соціальним супроводом перебувало 19 сімей (52,8 % від сімей на обліку)", percent=52.8,
         service="social_support_sjo", alt=["support_ongoing"])
cp = g.f("support_completed", "families", 7, "Завершено соціальний супровід 7 сімей", service="social_support_sjo")
o = [g.f("outcome_positive", "families", 4, "4 – з позитивним результатом (подолано СЖО)", service="social_support_sjo", group="completed_7", parent=cp),
     g.f("outcome_minimized", "families", 2, "2 – мінімізовано СЖО", service="social_support_sjo", group="completed_7", parent=cp),
     g.f("outcome_negative", "families", 1, "1 – без результату у зв'язку з відмовою сім'ї від співпраці", service="social_support_sjo",
         group="completed_7", parent=cp)]
g.f("served", "persons", 74, "Послугу догляду вдома за півріччя отримали 74 особи", service="home_care")
g.f("served", "persons", 15, "денного догляду – 15 осіб", service="day_care")
g.f("served", "persons", 203, "отримали 203 особи", service="natural_aid")
g.f("aid_value", "uah", 412700, "на загальну суму 412,7 тис. грн", service="natural_aid")
ba = g.f("budget_approved", "uah", 1200000, "На 2025 рік програмою передбачено 1,2 млн грн", label="програма «Турбота», 2025 рік")
bs = g.f("budget_spent", "uah", 486300, "використано за півріччя 486,3 тис. грн (40,5 %)", percent=40.5, label="програма «Турбота»")
st = g.f("staff_actual", "staff", 6, "У відділі працює 6 працівників")
g.f("staff_actual", "staff", 2, "з них 2 фахівці із соціальної роботи", label="фахівці із соціальної роботи", parent=st)

g.slip("table_arithmetic", "error", tot, 45, 44, [tc] + Cc,
       "«У них дітей»: 21 + 14 + 9 = 44, but Всього says 45; the other two columns add up (17 + 11 + 8 = 36, 9 + 6 + 4 = 19)",
       f"{' + '.join(Cc)} == {tc}")
g.check("table_arithmetic", tot, "17 + 11 + 8 = 36", f"{' + '.join(R)} == {tr}")
g.check("table_arithmetic", tot, "9 + 6 + 4 = 19", f"{' + '.join(S)} == {ts}")
g.check("table_arithmetic", TQ["Старостинський округ № 1"], "in each row: under support ≤ on the register",
        " and ".join(f"{a} <= {b}" for a, b in zip(S, R)))
g.check("internal_conflict", "під соціальним супроводом перебувало 19 сімей", "prose 19 = table Всього 19", f"{ps} == {ts}")
g.check("percent_mismatch", "19 сімей (52,8 % від сімей на обліку)", "19/36 = 52,78 → 52,8", f"pct_ok(p{ps[1:]}, {ps}, {tr}, 1)")
g.check("percent_mismatch", "402 – внутрішньо переміщені особи (35,1 %)", "402/1 146 = 35,08 → 35,1", f"pct_ok(p{idp[1:]}, {idp}, {ap}, 1)")
g.check("parts_sum", "Завершено соціальний супровід 7 сімей, з них", "4 + 2 + 1 = 7", f"{' + '.join(o)} == {cp}")
g.check("parts_sum", "проведено оцінку потреб 21 сім'ї, у СЖО визнано 15 сімей", "15 ≤ 21 ≤ 23", f"{sj} <= {na} <= f4")
g.check("percent_mismatch", "використано за півріччя 486,3 тис. грн (40,5 %)", "486,3 / 1 200 = 40,53 % → 40,5", f"pct_ok(p{bs[1:]}, {bs}, {ba}, 1)")

g.skip("56620, с. Новомар'ївка, вул. Соборна, 40, тел. (05158) 0-92-14", [56620, 40, 5158, 9214], "postcode, address, phone")
g.skip("код ЄДРПОУ 44390517", [44390517], "ЄДРПОУ")
g.skip("у якій проживає 11,2 тис. мешканців, з березня по листопад 2022 року", [11200, 2022], "population, past dates")
g.skip("Державну соціальну допомогу призначено 318 особам, житлову субсидію – 274 домогосподарствам.", [318, 274],
       "benefits and housing subsidies: no §3 id")
g.skip("(станом на 30.06.2025)", [30, 6, 2025], "date")
g.skip("Старостинський округ № 1", [1, 2, 3], "okrug numbers")
g.skip("Черга на отримання послуги догляду вдома станом на 01.07.2025 становить 6 осіб.", [1, 7, 2025, 6], "waiting list after the period, no §3 id")
g.skip("«Турбота» на 2024–2026 роки", [2024, 2026], "programme years")
g.skip("одноразову матеріальну допомогу 57 особам у розмірі від 2 000 до 5 000 грн", [57, 2000, 5000], "cash assistance recipients (no §3 id) and amounts per person")
g.skip("одна посада вакантна", [1], "vacancy (number in words), no §3 id")
g.skip("04.07.2025", [4, 7, 2025], "date")
g.skip("1. Звернення громадян", [1, 2, 3, 4, 5], "section numbers")
g.note("a відділ соціального захисту населення of a сільська рада → centre_type uszn (provider_types lists «відділ соціального захисту» under uszn)")
g.note("table: every cell is a fact quoted by its row; rows hang on the Всього cell of the same column; okrug in `district`. "
       "«Перебувало на обліку сімей у СЖО» → registered; «під соціальним супроводом» → served (alt support_ongoing); «У них дітей» → served, unit children")
g.note("19 under support is written twice (table Всього and prose): two facts")
g.note("«1 – без результату» → outcome_negative; the home-care / day-care / natural-aid counts are the ЦНСП's figures reported by the відділ: facts of this document")
g.note("«1,2 млн грн» = 1 200 000; «486,3 тис. грн (40,5 %)» → budget_spent with percent of the approved sum")
g.note("the page footer «Сторінка N» is drawn on the canvas; `zvitparse read` does not print it, so it needs no skip")
g.write()
