"""b98_08: КУ «ЦНСП» Шабівської сільської ради (Одеська), annual report 2024.
Less common style: a table of cumulative figures (наростаючим підсумком) by quarter —
I квартал | I півріччя | 9 місяців | рік — in a reportlab PDF. The year's figure is the last column; the earlier
columns are partial periods. The prose quotes some of the year's figures and one quarter's figure."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib import colors
from common import Gold, report_path, register_fonts

DOC = "b98_08_shabo_cnsp_annual2024.pdf"
register_fonts()
body = ParagraphStyle("b", fontName="LSerif", fontSize=11, leading=14, spaceAfter=6, firstLineIndent=10 * mm)
small = ParagraphStyle("sm", fontName="LSans", fontSize=8.5, leading=10.5, spaceAfter=2)
head = ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, spaceAfter=8, alignment=1)
sub = ParagraphStyle("s", fontName="LSerif-B", fontSize=11, leading=14, spaceBefore=4, spaceAfter=4)

S = []
def p(t, st=body):
    S.append(Paragraph(t, st))

p("Комунальна установа «Центр надання соціальних послуг» Шабівської сільської ради<br/>"
  "67770, Одеська обл., Білгород-Дністровський р-н, с. Шабо, вул. Незалежності, 21; тел. (04849) 0-64-15; "
  "cnsp.shabo@example.ua; код ЄДРПОУ 44029817", small)
S.append(Spacer(1, 6))
p("ЗВІТ<br/>про діяльність КУ «Центр надання соціальних послуг» Шабівської сільської ради за 2024 рік", head)
p("Центр надає соціальні послуги мешканцям 6 населених пунктів громади з населенням 13,9 тис. жителів. Звіт "
  "підготовлено на виконання рішення виконавчого комітету від 14.11.2024 № 203. Основні показники діяльності "
  "за 2024 рік наведено в таблиці 1 наростаючим підсумком з початку року.")
p("Таблиця 1. Основні показники діяльності Центру у 2024 році (наростаючим підсумком)", sub)
rows = [["Показник", "I квартал", "I півріччя", "9 місяців", "рік"],
        ["Звернулося осіб", "214", "398", "571", "742"],
        ["Проведено оцінку потреб, осіб", "61", "118", "169", "226"],
        ["Отримали соціальні послуги, осіб", "187", "352", "503", "655"],
        ["у т. ч. ВПО, осіб", "44", "81", "113", "146"],
        ["Надано соціальних послуг, од.", "1 412", "2 935", "4 380", "5 906"],
        ["Взято під соціальний супровід, сімей", "4", "9", "13", "17"],
        ["Завершено соціальний супровід, сімей", "2", "6", "10", "14"],
        ["Проведено групових заходів", "5", "12", "16", "23"],
        ["Охоплено учасників заходів, осіб", "78", "190", "251", "367"],
        ["Надійшло дзвінків на гарячу лінію", "36", "71", "104", "139"]]
t = Table(rows, colWidths=[70 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSansC", 9), ("FONT", (0, 0), (-1, 0), "LSansC-B", 9),
                       ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
S.append(t)
S.append(Spacer(1, 8))
p("Отже, у 2024 році до Центру звернулося 742 особи (у 2023 році – 688). Соціальні послуги отримали 655 осіб, "
  "у тому числі 146 внутрішньо переміщених осіб (22,3 %). Загалом за рік надано 5 096 соціальних послуг, "
  "найбільше – консультування та інформування.")
p("Під соціальним супроводом протягом року перебувало 26 сімей, в яких виховується 58 дітей. Під супровід "
  "взято 17 сімей, з них лише у IV кварталі – 4 сім'ї. Завершено супровід 14 сімей: з позитивним результатом – 10, "
  "з мінімізацією складних життєвих обставин – 3, ще 1 сім'я вибула за межі громади.")
p("У листопаді 2024 року проведено анкетування 84 отримувачів послуг: 91,7 % опитаних задоволені якістю "
  "обслуговування. Скарг протягом року не надходило.")
p("Штатна чисельність Центру – 21 посада, фактично працює 19 осіб. Кошторисом на 2024 рік затверджено "
  "7 842,3 тис. грн, касові видатки становили 7 790,1 тис. грн (99,3 %).")
p("У 2025 році Центр планує охопити соціальними послугами не менше 700 осіб і запровадити послугу "
  "денного догляду для 10 осіб.")
p("Директор                                                                                     (підпис)<br/>15.01.2025")


def footer(c, d):
    c.saveState()
    c.setFont("LSans", 8)
    c.drawRightString(A4[0] - 15 * mm, 10 * mm, f"Сторінка {d.page}")
    c.restoreState()


path = report_path(DOC)
doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=22 * mm, rightMargin=15 * mm,
                        topMargin=15 * mm, bottomMargin=18 * mm, title="Звіт 2024", author="КУ ЦНСП")
doc.build(S, onFirstPage=footer, onLaterPages=footer)

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Шабівської сільської ради",
    "centre_type": "cnsp", "settlement": "Шабо", "oblast": "Одеська",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    {"centre": ["Комунальна установа «Центр надання соціальних послуг» Шабівської сільської ради",
                "КУ «Центр надання соціальних послуг» Шабівської сільської ради"],
     "settlement": ["Шабівська сільська громада"]})
F = g.f
R = {r[0]: "\t".join(r) for r in rows[1:]}
t_ap = F("applied", "persons", 742, R["Звернулося осіб"], label="таблиця 1, рік")
t_na = F("needs_assessed", "persons", 226, R["Проведено оцінку потреб, осіб"], label="таблиця 1, рік")
t_sv = F("served", "persons", 655, R["Отримали соціальні послуги, осіб"], label="таблиця 1, рік")
t_idp = F("served", "persons", 146, R["у т. ч. ВПО, осіб"], category="внутрішньо переміщені особи",
          label="таблиця 1, рік", parent=t_sv)
t_sp = F("services_provided", "services", 5906, R["Надано соціальних послуг, од."], label="таблиця 1, рік")
t_st = F("support_started", "families", 17, R["Взято під соціальний супровід, сімей"], service="social_support_sjo",
         label="таблиця 1, рік")
t_sc = F("support_completed", "families", 14, R["Завершено соціальний супровід, сімей"], service="social_support_sjo",
         label="таблиця 1, рік")
t_ev = F("events", "events", 23, R["Проведено групових заходів"], label="таблиця 1, рік")
t_evp = F("event_participants", "persons", 367, R["Охоплено учасників заходів, осіб"], label="таблиця 1, рік", parent=t_ev)
t_cl = F("calls", "calls", 139, R["Надійшло дзвінків на гарячу лінію"], label="таблиця 1, рік")
p_ap = F("applied", "persons", 742, "у 2024 році до Центру звернулося 742 особи")
p_sv = F("served", "persons", 655, "Соціальні послуги отримали 655 осіб")
p_idp = F("served", "persons", 146, "у тому числі 146 внутрішньо переміщених осіб (22,3 %)", percent=22.3,
          category="внутрішньо переміщені особи", parent=p_sv)
p_sp = F("services_provided", "services", 5096, "Загалом за рік надано 5 096 соціальних послуг")
ss = F("served", "families", 26, "Під соціальним супроводом протягом року перебувало 26 сімей", service="social_support_sjo",
       alt=["support_ongoing"])
ssc = F("served", "children", 58, "в яких виховується 58 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=ss)
p_st = F("support_started", "families", 17, "взято 17 сімей", service="social_support_sjo", parent=ss)
p_q4 = F("support_started", "families", 4, "з них лише у IV кварталі – 4 сім'ї", service="social_support_sjo",
         label="у IV кварталі", parent=p_st, note="one quarter's figure inside the year: a part of the 17")
p_sc = F("support_completed", "families", 14, "Завершено супровід 14 сімей", service="social_support_sjo", parent=ss)
o1 = F("outcome_positive", "families", 10, "з позитивним результатом – 10", service="social_support_sjo",
       group="completed_14", parent=p_sc)
o2 = F("outcome_minimized", "families", 3, "з мінімізацією складних життєвих обставин – 3", service="social_support_sjo",
       group="completed_14", parent=p_sc)
o3 = F("outcome_other", "families", 1, "ще 1 сім'я вибула за межі громади", service="social_support_sjo",
       label="вибула за межі громади", group="completed_14", parent=p_sc)
rs = F("survey_respondents", "recipients", 84, "проведено анкетування 84 отримувачів послуг", unit_alt="persons")
sat = F("satisfaction", "percent", 91.7, "91,7 % опитаних задоволені якістю")
cp = F("complaints", "complaints", 0, "Скарг протягом року не надходило.")
pos = F("staff_positions", "positions", 21, "Штатна чисельність Центру – 21 посада")
act = F("staff_actual", "staff", 19, "фактично працює 19 осіб")
ba = F("budget_approved", "uah", 7842300, "Кошторисом на 2024 рік затверджено 7 842,3 тис. грн")
bs = F("budget_spent", "uah", 7790100, "касові видатки становили 7 790,1 тис. грн (99,3 %)", percent=99.3)

n = lambda x: x[1:]
g.check("internal_conflict", "у 2024 році до Центру звернулося 742 особи", "prose 742 = table year column 742",
        f"{p_ap} == {t_ap}")
g.check("internal_conflict", "Соціальні послуги отримали 655 осіб", "prose 655 and 146 = table year column",
        f"{p_sv} == {t_sv} and {p_idp} == {t_idp}")
g.check("percent_mismatch", "у тому числі 146 внутрішньо переміщених осіб (22,3 %)", "146 / 655 = 22,29 % → 22,3",
        f"pct_ok(p{n(p_idp)}, {p_idp}, {p_sv}, 1)")
g.check("internal_conflict", "взято 17 сімей", "prose 17 = table 17; prose 14 completed = table 14",
        f"{p_st} == {t_st} and {p_sc} == {t_sc}")
g.check("table_arithmetic", "з них лише у IV кварталі – 4 сім'ї",
        "the IV quarter = year − 9 months: 17 − 13 = 4 (13 is the 9-month cumulative cell, a literal)", f"{t_st} - 13 == {p_q4}")
g.check("parts_sum", "Завершено супровід 14 сімей", "10 + 3 + 1 = 14; 17 taken and 14 completed ≤ 26",
        f"{o1} + {o2} + {o3} == {p_sc} and {p_st} <= {ss} and {p_sc} <= {ss}")
g.check("parts_sum", "у т. ч. ВПО, осіб\t44\t81\t113\t146", "146 ≤ 655; 655 served ≤ 742 applied",
        f"{t_idp} <= {t_sv} <= {t_ap}")
g.check("percent_impossible", "91,7 % опитаних задоволені якістю", "91,7 % is reachable with 84 (77 of 84 = 91,67 %)",
        f"grim_ok({sat}, {rs}, 1)")
g.check("parts_sum", "фактично працює 19 осіб", "19 ≤ 21", f"{act} <= {pos}")
g.check("percent_mismatch", "касові видатки становили 7 790,1 тис. грн (99,3 %)", "7 790,1 / 7 842,3 = 99,33 % → 99,3",
        f"pct_ok(p{n(bs)}, {bs}, {ba}, 1)")

g.slip("internal_conflict", "error", "Загалом за рік надано 5 096 соціальних послуг", 5096, 5906, [p_sp, t_sp],
       "the prose gives 5 096 services for the year, the table's year column 5 906 (transposed digits); the cumulative "
       "column rises 1 412 → 2 935 → 4 380 → 5 906, so 5 096 cannot be the year's figure",
       f"{p_sp} == {t_sp}")

g.skip("67770, Одеська обл., Білгород-Дністровський р-н, с. Шабо, вул. Незалежності, 21; тел. (04849) 0-64-15",
       [67770, 21, 4849, 6415], "postcode, address, phone")
g.skip("код ЄДРПОУ 44029817", [44029817], "ЄДРПОУ")
g.skip("Шабівської сільської ради за 2024 рік", [2024], "year in the title")
g.skip("мешканцям 6 населених пунктів громади з населенням 13,9 тис. жителів", [6, 13900], "settlements, population")
g.skip("рішення виконавчого комітету від 14.11.2024 № 203", [14, 11, 2024, 203], "decision date and number")
g.skip("Основні показники діяльності за 2024 рік наведено в таблиці 1 наростаючим підсумком", [2024, 1], "year, table number")
g.skip("Таблиця 1. Основні показники діяльності Центру у 2024 році (наростаючим підсумком)", [1, 2024], "table number, year")
for r in rows[1:]:
    vals = [int(x.replace(" ", "")) for x in r[1:4]]
    g.skip(R[r[0]], vals, "cumulative partial-period cells (I квартал, I півріччя, 9 місяців): not the report period's figure")
g.skip("(у 2023 році – 688)", [2023, 688], "prior-year figure")
g.skip("У листопаді 2024 року", [2024], "survey month")
g.skip("У 2025 році Центр планує охопити соціальними послугами не менше 700 осіб і запровадити послугу денного догляду для 10 осіб",
       [2025, 700, 10], "plan")
g.skip("15.01.2025", [15, 1, 2025], "date of signature")

g.note("cumulative table: only the «рік» column is the report period's figure; the I квартал / I півріччя / 9 місяців cells are partial periods and are skipped (one skip per row)")
g.note("figures said in both the table and the prose are two facts (742, 655, 146, 17, 14); the table facts carry label «таблиця 1, рік»")
g.note("«з них лише у IV кварталі – 4 сім'ї» → support_started 4 labelled «у IV кварталі», part of the 17; it equals the year cell minus the 9-month cell")
g.note("the table has no row for the 26 families under support; the prose's 26 (served, alt support_ongoing) is the parent of the prose's 17 and 14")
g.note("planted slip: prose 5 096 services vs the table's year cell 5 906 (internal_conflict)")
g.write()
