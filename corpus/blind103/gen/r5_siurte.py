"""b103_05: відділ соціального захисту населення Сюртівської сільської ради, analytic note for Q3 2025
(reportlab PDF, impersonal, with a budget table by KEKV)."""
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import Gold, register_fonts, report_path

DOC = "b103_05_siurte_uszn_q3_2025.pdf"

register_fonts()
body = ParagraphStyle("b", fontName="LSerif", fontSize=11.5, leading=15, spaceAfter=6, firstLineIndent=1 * cm)
head = ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, alignment=TA_CENTER, spaceAfter=4)
small = ParagraphStyle("s", fontName="LSerif", fontSize=10, leading=12, alignment=TA_CENTER)
cell = ParagraphStyle("c", fontName="LSerif", fontSize=10, leading=12)
h2 = ParagraphStyle("h2", fontName="LSerif-B", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4)

story = [
    Paragraph("СЮРТІВСЬКА СІЛЬСЬКА РАДА", head),
    Paragraph("ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ", head),
    Paragraph("89412, Закарпатська обл., Ужгородський р-н, с. Сюрте, вул. Головна, 96; тел. (0312) 0-71-45; "
              "e-mail: oszn.siurte@example.ua; код ЄДРПОУ 44607821", small),
    Spacer(1, 10),
    Paragraph("АНАЛІТИЧНА ДОВІДКА", head),
    Paragraph("про роботу відділу соціального захисту населення Сюртівської сільської ради "
              "за III квартал 2025 року (липень – вересень)", head),
    Spacer(1, 6),
    Paragraph("1. Прийом громадян", h2),
    Paragraph("У III кварталі 2025 року до відділу звернулося 684 особи (у II кварталі – 612 осіб). Прийнято "
              "412 заяв про призначення державних допомог, субсидій та пільг, з них 142 (34,5 %) – від "
              "внутрішньо переміщених осіб, у тому числі через портал «Дія» – 58 заяв. У призначенні "
              "допомоги відмовлено у 9 випадках. Консультації з питань соціального захисту надано "
              "236 особам.", body),
    Paragraph("Проведено 4 виїзні прийоми у населених пунктах громади (Сюрте, Тийглаш, Ратівці, Руські "
              "Комарівці), під час яких прийнято 37 осіб.", body),
    Paragraph("2. Матеріальна та натуральна допомога", h2),
    Paragraph("За рахунок коштів Програми соціального захисту населення Сюртівської сільської ради на "
              "2024–2026 роки (рішення сесії від 21.12.2023 № 1184) одноразову матеріальну допомогу "
              "виплачено 57 особам на загальну суму 171,0 тис. грн. Серед отримувачів допомоги: особи з "
              "інвалідністю – 21, учасники бойових дій та члени їх сімей – 18, внутрішньо переміщені "
              "особи – 11, інші мешканці громади – 7. Розмір допомоги – від 1 000 до 10 000 грн.", body),
    Paragraph("Натуральну допомогу (120 продуктових наборів від благодійного фонду) отримали 63 сім'ї "
              "внутрішньо переміщених осіб.", body),
    Paragraph("Компенсацію за догляд на непрофесійній основі на кінець кварталу отримують 48 осіб. До "
              "КУ «Центр надання соціальних послуг» для отримання послуги догляду вдома направлено 14 заяв.",
              body),
    Paragraph("3. Використання коштів", h2),
    Paragraph("Таблиця 2. Використання коштів за III квартал 2025 року, тис. грн", cell),
    Spacer(1, 4),
]
rows = [["КЕКВ", "Найменування", "Затверджено на III квартал", "Касові видатки", "Економія"],
        ["2111", "Заробітна плата", "312,4", "298,7", "13,7"],
        ["2120", "Нарахування на оплату праці", "68,7", "65,7", "3,0"],
        ["2210", "Предмети, матеріали, обладнання та інвентар", "15,0", "12,2", "2,8"],
        ["2240", "Оплата послуг (крім комунальних)", "24,0", "18,6", "5,4"],
        ["2730", "Інші виплати населенню", "210,0", "171,0", "39,0"],
        ["Разом", "", "630,1", "556,2", "63,9"]]
data = [[Paragraph(c, cell) for c in r] for r in rows]
t = Table(data, colWidths=[1.6 * cm, 6.2 * cm, 3.2 * cm, 2.8 * cm, 2.4 * cm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("SPAN", (0, 6), (1, 6))]))
story += [t, Spacer(1, 8),
          Paragraph("4. Кадрове забезпечення", h2),
          Paragraph("Штатна чисельність відділу – 6 посад, фактично працює 5 працівників (вакантна посада "
                    "головного спеціаліста). Протягом кварталу до відділу надійшла 1 скарга (щодо строків "
                    "розгляду заяви); її розглянуто, скаргу визнано необґрунтованою.", body),
          Spacer(1, 10),
          Paragraph("Начальник відділу соціального захисту населення (підпис)", cell),
          Paragraph("07.10.2025", cell)]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSerif", 9)
    canvas.drawCentredString(A4[0] / 2, 1.2 * cm, f"Сторінка {doc.page}")
    canvas.restoreState()


path = report_path(DOC)
pdf = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.5 * cm, topMargin=1.8 * cm,
                        bottomMargin=2 * cm, title="Аналітична довідка за III квартал 2025 року",
                        author="Відділ соціального захисту населення", invariant=1)
pdf.build(story, onFirstPage=footer, onLaterPages=footer)

g = Gold(DOC, {
    "centre": "Відділ соціального захисту населення Сюртівської сільської ради",
    "centre_type": "uszn", "settlement": "Сюрте", "oblast": "Закарпатська",
    "report_kind": "period_report", "period_start": "2025-07-01", "period_end": "2025-09-30"},
)

f1 = g.f("applied", "persons", 684, "до відділу звернулося 684 особи")
f2 = g.f("applied", "applications", 412, "Прийнято 412 заяв про призначення державних допомог, субсидій та пільг",
         label="заяви про призначення допомог, субсидій та пільг")
f3 = g.f("applied", "applications", 142, "з них 142 (34,5 %) – від внутрішньо переміщених осіб", percent=34.5,
         parent=f2, category="внутрішньо переміщені особи")
f4 = g.f("applied", "applications", 58, "у тому числі через портал «Дія» – 58 заяв", parent=f2, label="через портал «Дія»",
         note="«у тому числі» may attach to the 412 or to the 142 IDP applications; hung on the 412")
f5 = g.f("served", "persons", 236, "Консультації з питань соціального захисту надано 236 особам",
         service="counselling")
f6 = g.f("served", "persons", 57, "одноразову матеріальну допомогу виплачено 57 особам",
         label="одноразова матеріальна допомога")
f7 = g.f("aid_value", "uah", 171000, "на загальну суму 171,0 тис. грн", label="одноразова матеріальна допомога")
grp = "aid_57_by_category"
f8 = g.f("served", "persons", 21, "особи з інвалідністю – 21", parent=f6, group=grp, category="особи з інвалідністю",
         label="одноразова матеріальна допомога")
f9 = g.f("served", "persons", 18, "учасники бойових дій та члени їх сімей – 18", parent=f6, group=grp,
         category="учасники бойових дій та члени їх сімей", label="одноразова матеріальна допомога")
f10 = g.f("served", "persons", 11, "внутрішньо переміщені особи – 11", parent=f6, group=grp,
          category="внутрішньо переміщені особи", label="одноразова матеріальна допомога")
f11 = g.f("served", "persons", 7, "інші мешканці громади – 7", parent=f6, group=grp, category="інші мешканці громади",
          label="одноразова матеріальна допомога")
f12 = g.f("served", "families", 63, "отримали 63 сім'ї внутрішньо переміщених осіб", service="natural_aid",
          category="внутрішньо переміщені особи")
tab = {}
for kekv, name, a, b, c in [("2111", "Заробітна плата", "312,4", "298,7", "13,7"),
                            ("2120", "Нарахування на оплату праці", "68,7", "65,7", "3,0"),
                            ("2210", "Предмети, матеріали, обладнання та інвентар", "15,0", "12,2", "2,8"),
                            ("2240", "Оплата послуг (крім комунальних)", "24,0", "18,6", "5,4"),
                            ("2730", "Інші виплати населенню", "210,0", "171,0", "39,0")]:
    q = f"{kekv}\t{name}\t{a}\t{b}\t{c}"
    v = [round(float(x.replace(",", ".")) * 1000) for x in (a, b, c)]
    tab[kekv] = (g.f("budget_approved", "uah", v[0], q, kekv=kekv, label="на III квартал"),
                 g.f("budget_spent", "uah", v[1], q, kekv=kekv),
                 g.f("budget_savings", "uah", v[2], q, kekv=kekv))
tq = "Разом\t630,1\t556,2\t63,9"
t1 = g.f("budget_approved", "uah", 630100, tq, label="разом, на III квартал")
t2 = g.f("budget_spent", "uah", 556200, tq, label="разом")
t3 = g.f("budget_savings", "uah", 63900, tq, label="разом")
# parents for the rows: the total cell of the same column
for k, (a, b, c) in tab.items():
    for fid, tot in ((a, t1), (b, t2), (c, t3)):
        fact = g._by_id[fid]
        fact["parent_id"] = tot
        fact["parent_quote"] = tq
        fact["group"] = {t1: "approved_by_kekv", t2: "spent_by_kekv", t3: "savings_by_kekv"}[tot]
g.facts = [{k: f[k] for k in ["id", "indicator", "unit", "value", "percent", "service", "criterion", "kekv",
                               "category", "district", "label", "group", "alt", "parent_id", "parent_quote",
                               "quote", "unit_alt", "uncertain", "note"] if k in f} for f in g.facts]
g._by_id = {f["id"]: f for f in g.facts}
s1 = g.f("staff_positions", "positions", 6, "Штатна чисельність відділу – 6 посад")
s2 = g.f("staff_actual", "staff", 5, "фактично працює 5 працівників")
c1 = g.f("complaints", "complaints", 1, "надійшла 1 скарга")

sp = " + ".join(b for a, b, c in tab.values())
g.slip("table_arithmetic", "error", tq, 556200, 566200, [t2] + [b for a, b, c in tab.values()],
       "Касові видатки: 298,7 + 65,7 + 12,2 + 18,6 + 171,0 = 566,2 тис. грн, but Разом says 556,2 (10,0 short). "
       "The other two columns add up, and Разом 630,1 − 63,9 = 566,2 also points at the written 556,2 as the slip.",
       f"near({sp}, {t2})", slip=1)

sa = " + ".join(a for a, b, c in tab.values())
ss = " + ".join(c for a, b, c in tab.values())
g.check("table_arithmetic", tq, "approved: 312,4 + 68,7 + 15,0 + 24,0 + 210,0 = 630,1", f"near({sa}, {t1})")
g.check("table_arithmetic", tq, "savings: 13,7 + 3,0 + 2,8 + 5,4 + 39,0 = 63,9", f"near({ss}, {t3})")
rowchk = " and ".join(f"near({a} - {b}, {c})" for a, b, c in tab.values())
g.check("table_arithmetic", "КЕКВ\tНайменування\tЗатверджено на III квартал\tКасові видатки\tЕкономія",
        "each row: економія = затверджено − видатки", rowchk)
g.check("internal_conflict", "2730\tІнші виплати населенню\t210,0\t171,0\t39,0",
        "КЕКВ 2730 cash expenditure 171,0 equals the one-off aid «на загальну суму 171,0 тис. грн»",
        f"{tab['2730'][1]} == f7")
g.check("percent_mismatch", "з них 142 (34,5 %)", "142 / 412 = 34,47 % → 34,5", "pct_ok(p3, f3, f2, 1)")
g.check("parts_sum", "Серед отримувачів допомоги:", "21 + 18 + 11 + 7 = 57 (ends with «інші», a partition)",
        "f8 + f9 + f10 + f11 == f6")
g.check("parts_sum", "у тому числі через портал «Дія» – 58 заяв", "58 ≤ 142 ≤ 412", "f4 <= f3 <= f2")
g.check("parts_sum", "фактично працює 5 працівників", "5 ≤ 6 positions", f"{s2} <= {s1}")

g.skip("89412, Закарпатська обл., Ужгородський р-н, с. Сюрте, вул. Головна, 96; тел. (0312) 0-71-45",
       [89412, 96, 312, 7145], "postcode, address, phone")
g.skip("код ЄДРПОУ 44607821", [44607821], "ЄДРПОУ")
g.skip("(у II кварталі – 612 осіб)", [612], "previous quarter's figure")
g.skip("У призначенні допомоги відмовлено у 9 випадках.", [9], "refusals (no §3 id)")
g.skip("Проведено 4 виїзні прийоми у населених пунктах громади (Сюрте, Тийглаш, Ратівці, Руські Комарівці), під час яких прийнято 37 осіб.", [4, 37],
       "field receptions and persons received there (no §3 id; part of the 684 who turned to the department)")
g.skip("на 2024–2026 роки (рішення сесії від 21.12.2023 № 1184)", [2024, 2026, 21, 12, 2023, 1184],
       "programme years, decision date and number")
g.skip("Розмір допомоги – від 1 000 до 10 000 грн.", [1000, 10000], "amount range per person")
g.skip("(120 продуктових наборів від благодійного фонду)", [120], "items")
g.skip("Компенсацію за догляд на непрофесійній основі на кінець кварталу отримують 48 осіб.", [48],
       "a state compensation, not a service (no §3 id)")
g.skip("направлено 14 заяв", [14], "referrals to another provider (no §3 id)")
g.skip("Таблиця 2. Використання коштів за III квартал 2025 року, тис. грн", [2, 2025], "table number, year")
g.skip("07.10.2025", [7, 10, 2025], "date")
g.skip("1. Прийом громадян", [1, 2, 3, 4], "section numbers")

g.note("an УСЗН-type body of a hromada (відділ соціального захисту населення сільської ради) → centre_type uszn")
g.note("period: «за III квартал 2025 року (липень – вересень)» → 2025-07-01..2025-09-30; report_kind "
       "period_report (аналітична довідка)")
g.note("«звернулося 684 особи» → applied persons; «Прийнято 412 заяв» → applied applications; both kept")
g.note("one-off material aid: the 57 persons → served with a label (no service id), the 171,0 тис. грн → "
       "aid_value; the four categories end with «інші» and form a group")
g.note("budget table in тис. грн → hryvnias; every cell is a fact quoted by its row with the row's KEKV; rows "
       "hang on the Разом cell of the same column; the Разом row carries no kekv")
g.note("«надійшла 1 скарга» → complaints 1 (it was found groundless, but it was received)")
g.write()
