"""b74_05: відділ соціального захисту населення Понорницької селищної ради (Чернігівська),
analytic note on social services in the hromada for Q1 2025. reportlab PDF (Liberation Serif),
third person («відділом здійснено», «фахівці відділу»), a table by service with an IDP column."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

NAME = "b74_05_ponornytsia_uszn_q1_2025.pdf"
register_fonts()
S = ParagraphStyle("s", fontName="LSerif", fontSize=11, leading=14, spaceAfter=6, firstLineIndent=20)
H = ParagraphStyle("h", parent=S, fontName="LSerif-B", alignment=1, firstLineIndent=0)
R = ParagraphStyle("r", parent=S, alignment=2, firstLineIndent=0)

story = [
    Paragraph("ПОНОРНИЦЬКА СЕЛИЩНА РАДА<br/>ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ", H),
    Paragraph("16150, Чернігівська обл., Новгород-Сіверський р-н, смт Понорниця, вул. Центральна, 22; "
              "тел. (04658) 0-24-61; ЄДРПОУ 44087352", R),
    Spacer(1, 6),
    Paragraph("АНАЛІТИЧНА ДОВІДКА<br/>щодо надання соціальних послуг у Понорницькій територіальній "
              "громаді за I квартал 2025 року", H),
    Paragraph("Громада охоплює 39 населених пунктів, у яких проживає 7 412 осіб, з них 2 036 – "
              "пенсійного віку; на обліку перебуває 694 внутрішньо переміщені особи. Соціальні "
              "послуги мешканцям надає КУ «Центр надання соціальних послуг» селищної ради, "
              "організацію та контроль здійснює відділ соціального захисту населення.", S),
    Paragraph("За I квартал до відділу надійшло 604 заяви та звернення громадян (у I кварталі 2024 "
              "року – 651), з них 162 – від внутрішньо переміщених осіб. Спільно з фахівцями ЦНСП "
              "проведено оцінку потреб 57 осіб; 49 осіб направлено до ЦНСП для отримання послуг. "
              "На урядову «гарячу лінію» щодо соціальних послуг надійшло 38 дзвінків.", S),
    Paragraph("Відомості про отримувачів соціальних послуг наведено в таблиці 1.", S),
    Paragraph("Таблиця 1. Отримувачі соціальних послуг у I кварталі 2025 року, осіб", H),
]
rows = [
    ["Соціальна послуга", "Отримувачів", "у т.ч. ВПО"],
    ["Догляд вдома", "96", "7"],
    ["Денний догляд", "22", "3"],
    ["Натуральна допомога", "241", "58"],
    ["Консультування", "318", "64"],
    ["Соціальна адаптація", "19", "5"],
    ["Соціальне таксі", "11", "0"],
    ["Разом", "717", "137"],
]
t = Table(rows, colWidths=[8 * cm, 3.5 * cm, 3.5 * cm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 10),
                       ("FONT", (0, 0), (-1, 0), "LSerif-B", 10),
                       ("FONT", (0, -1), (-1, -1), "LSerif-B", 10),
                       ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
story += [
    t, Spacer(1, 8),
    Paragraph("Вартість однієї години догляду вдома для отримувачів, які сплачують за послугу, "
              "становить 83,40 грн. Натуральну допомогу надано у вигляді 186 продуктових наборів та "
              "92 комплектів засобів гігієни загальною вартістю 214,6 тис. грн.", S),
    Paragraph("Видатки бюджету громади на утримання ЦНСП за I квартал склали 1 846,2 тис. грн при "
              "плані на квартал 1 902,5 тис. грн (97,0 %).", S),
    Paragraph("Опитування щодо якості послуг проведено серед 64 отримувачів: задоволені якістю "
              "послуг 92,2 % опитаних. Надійшло 2 скарги на якість послуги догляду вдома, обидві "
              "розглянуто, порушень не встановлено.", S),
    Paragraph("Штатна чисельність відділу – 7 посад, фактично працює 6 працівників.", S),
    Paragraph("У II кварталі 2025 року відділ планує запровадити послугу денного догляду для дітей "
              "з інвалідністю віком до 18 років у с. Гута-Студенецька.", S),
    Paragraph("Довідку складено 08.04.2025.", S),
]
SimpleDocTemplate(report_path(NAME), pagesize=A4, invariant=1, title="Аналітична довідка",
                  author="ВСЗН").build(story)

g = Gold(NAME, {
    "centre": "Відділ соціального захисту населення Понорницької селищної ради",
    "centre_type": "uszn", "settlement": "Понорниця", "oblast": "Чернігівська",
    "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-03-31"})
F = g.f
f1 = F("applied", "applications", 604, "до відділу надійшло 604 заяви та звернення громадян")
f2 = F("applied", "applications", 162, "з них 162 – від внутрішньо переміщених осіб",
       category="внутрішньо переміщені особи", parent=f1)
f3 = F("needs_assessed", "persons", 57, "проведено оцінку потреб 57 осіб")
f4 = F("calls", "calls", 38, "надійшло 38 дзвінків")
TOT = "Разом\t717\t137"
f5 = F("served", "persons", 717, TOT, label="Разом")
f6 = F("served", "persons", 137, TOT, label="Разом", category="внутрішньо переміщені особи",
       parent=f5)
rows_g = [("home_care", "Догляд вдома\t96\t7", 96, 7),
          ("day_care", "Денний догляд\t22\t3", 22, 3),
          ("natural_aid", "Натуральна допомога\t241\t58", 241, 58),
          ("counselling", "Консультування\t318\t64", 318, 64),
          ("social_adaptation", "Соціальна адаптація\t19\t5", 19, 5),
          ("social_taxi", "Соціальне таксі\t11\t0", 11, 0)]
all_, idp = [], []
for svc, q, a, b in rows_g:
    r = F("served", "persons", a, q, service=svc, group="table1_recipients", parent=f5)
    all_.append(r)
    idp.append(F("served", "persons", b, q, service=svc, category="внутрішньо переміщені особи",
                 group="table1_idp", parent=f6))
f19 = F("aid_value", "uah", 214600, "загальною вартістю 214,6 тис. грн", service="natural_aid",
        label="продуктові набори та засоби гігієни")
f20 = F("budget_spent", "uah", 1846200,
        "Видатки бюджету громади на утримання ЦНСП за I квартал склали 1 846,2 тис. грн при "
        "плані на квартал 1 902,5 тис. грн (97,0 %)",
        percent=97.0, label="утримання ЦНСП, I квартал")
f21 = F("budget_approved", "uah", 1902500, "плані на квартал 1 902,5 тис. грн",
        label="утримання ЦНСП, план на I квартал", note="«план» read as the approved allocation")
f22 = F("survey_respondents", "recipients", 64, "Опитування щодо якості послуг проведено серед 64 "
        "отримувачів", unit_alt="persons")
f23 = F("satisfaction", "percent", 92.2, "задоволені якістю послуг 92,2 % опитаних", alt=["share"])
f24 = F("complaints", "complaints", 2, "Надійшло 2 скарги на якість послуги догляду вдома",
        service="home_care")
f25 = F("staff_positions", "positions", 7, "Штатна чисельність відділу – 7 посад")
f26 = F("staff_actual", "staff", 6, "фактично працює 6 працівників")

g.slip("table_arithmetic", "error", TOT, 717, 707, [f5] + all_,
       "the six service rows 96 + 22 + 241 + 318 + 19 + 11 = 707, but «Разом» says 717 (the IDP "
       "column adds up)", " + ".join("f" + x[1:] for x in all_) + " == f5")
g.check("table_arithmetic", TOT, "IDP column 7 + 3 + 58 + 64 + 5 + 0 = 137",
        " + ".join("f" + x[1:] for x in idp) + " == f6")
g.check("table_arithmetic", "у т.ч. ВПО", "each IDP cell ≤ its row",
        " and ".join(f"f{b[1:]} <= f{a[1:]}" for a, b in zip(all_, idp)))
g.check("percent_mismatch", "(97,0 %)", "1 846,2 / 1 902,5 = 97,04 % → 97,0", "pct_ok(p20, f20, f21, 1)")
g.check("percent_impossible", "задоволені якістю послуг 92,2 % опитаних", "92,2 % = 59 of 64",
        "grim_ok(f23, f22, 1)")
g.check("parts_sum", "з них 162 – від внутрішньо переміщених осіб", "162 ≤ 604", "f2 <= f1")
g.check("parts_sum", "фактично працює 6 працівників", "6 ≤ 7", "f26 <= f25")

g.skip("16150, Чернігівська обл., Новгород-Сіверський р-н, смт Понорниця, вул. Центральна, 22;",
       [16150, 22], "postcode, address")
g.skip("(04658) 0-24-61; ЄДРПОУ 44087352", [4658, 2461, 44087352], "phone, ЄДРПОУ")
g.skip("Громада охоплює 39 населених пунктів, у яких проживає 7 412 осіб, з них 2 036 – пенсійного "
       "віку; на обліку перебуває 694 внутрішньо переміщені особи.", [39, 7412, 2036, 694],
       "settlement count, population, IDPs registered in the hromada (not a provider register)")
g.skip("громаді за I квартал 2025 року", [1, 2025], "period in the title")
g.skip("наведено в таблиці 1.", [1], "table reference")
g.skip("(у I кварталі 2024 року – 651)", [1, 2024, 651], "prior-year figure")
g.skip("49 осіб направлено до ЦНСП для отримання послуг", [49], "referrals: no §3 id")
g.skip("Таблиця 1. Отримувачі соціальних послуг у I кварталі 2025 року, осіб", [1, 1, 2025],
       "table number, period")
g.skip("Вартість однієї години догляду вдома для отримувачів, які сплачують за послугу, становить "
       "83,40 грн.", [1, 83.4], "tariff")
g.skip("у вигляді 186 продуктових наборів та 92 комплектів засобів гігієни", [186, 92], "items")
g.skip("У II кварталі 2025 року відділ планує запровадити послугу денного догляду для дітей з "
       "інвалідністю віком до 18 років", [2, 2025, 18], "plan, age")
g.skip("Довідку складено 08.04.2025.", [8, 4, 2025], "compile date")
g.note("УСЗН-level note about the hromada's services: table rows → served persons by service with "
       "an IDP column (category, parent the IDP total); rows hang on «Разом» of the same column")
g.note("the budget line is about the ЦНСП's upkeep, reported by the department for the quarter; "
       "97,0 % is the percent of the spent figure against the plan")
g.write()
