"""b116_04: ТЦСО Новоборисівської сільської ради, information for 9 months of 2024. DOCX, impersonal,
two tables (departments; budget by KEKV)."""
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, save_docx

DOC = "b116_04_novoborysivka_tcso_9m2024.docx"
NB = "\u00a0"

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(12)
for s in d.sections:
    s.left_margin = Cm(2.5); s.right_margin = Cm(1.5); s.top_margin = Cm(2); s.bottom_margin = Cm(2)


def para(text, bold=False, align=None, italic=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def table(rows, widths=None, bold_rows=(0,)):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(10)
            if i in bold_rows or i == len(rows) - 1:
                r.bold = True
    return t


para("ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) "
     "НОВОБОРИСІВСЬКОЇ СІЛЬСЬКОЇ РАДИ", bold=True, align="c")
para("67542, Одеська обл., Подільський р-н, с. Новоборисівка, вул. Миру, 38, тел. (04862) 0-52-40, "
     "tc.novoborysivka@example.ua, ЄДРПОУ 43817205", align="c", italic=True)
para("ІНФОРМАЦІЯ", bold=True, align="c")
para("про виконання основних показників діяльності за 9 місяців 2024 року", bold=True, align="c")
para("Відповідно до Положення про територіальний центр (рішення сільської ради від 24.03.2021 № 312-VIII) "
     "соціальні послуги надаються жителям 14 населених пунктів громади. За січень–вересень 2024 року "
     "територіальним центром обслуговано 642 особи, з них 83 – з числа внутрішньо переміщених осіб, "
     "надано 26" + NB + "722 соціальні послуги.", align="j")
para("Вперше звернулися за наданням послуг 104 особи. Оцінку індивідуальних потреб проведено 96 особам, "
     "за її результатами прийнято 88 рішень про надання послуг та 8 рішень про відмову. Взято на "
     "обслуговування 71 особу, знято з обслуговування – 58. Станом на 30.09.2024 в черзі на отримання послуги "
     "догляду вдома перебуває 6 осіб.", align="j")
para("Таблиця 1. Отримувачі та обсяг соціальних послуг за структурними підрозділами", italic=True)
table([
    ["№ з/п", "Структурний підрозділ", "Обслуговано, осіб", "з них ВПО", "Надано послуг"],
    ["1", "Відділення соціальної допомоги вдома", "186", "14", "22" + NB + "418"],
    ["2", "Відділення денного перебування", "97", "21", "3" + NB + "260"],
    ["3", "Відділення організації надання адресної натуральної та грошової допомоги", "359", "48", "1" + NB + "044"],
    ["", "Разом", "642", "83", "26" + NB + "722"],
])
para("")
para("Відділенням організації надання адресної натуральної та грошової допомоги видано 1" + NB + "212 продуктових "
     "наборів і 340 комплектів засобів гігієни, отриманих як благодійна допомога, загальною вартістю "
     "1" + NB + "146,8 тис. грн. У відділенні денного перебування проведено 58 групових заходів (заняття "
     "з арт-терапії, лекції, святкові зустрічі), участь у яких взяли 611 осіб.", align="j")
para("У серпні 2024 року проведено опитування 60 отримувачів послуги догляду вдома. Задоволеність якістю "
     "послуги становить 96,7" + NB + "%. Надійшла 1 скарга (щодо графіка відвідувань), факти, викладені в ній, "
     "не підтвердилися.", align="j")
para("Штатна чисельність територіального центру – 38 одиниць, фактично працює 35 осіб, у тому числі "
     "20 соціальних робітників. Середня заробітна плата соціального робітника – 8" + NB + "420 грн.", align="j")
para("Таблиця 2. Використання коштів загального фонду за 9 місяців 2024 року, тис. грн", italic=True)
table([
    ["КЕКВ", "Найменування", "Затверджено на 9 місяців", "Касові видатки", "Економія"],
    ["2111", "Заробітна плата", "5" + NB + "412,6", "5" + NB + "398,1", "14,5"],
    ["2120", "Нарахування на оплату праці", "1" + NB + "190,8", "1" + NB + "187,6", "3,2"],
    ["2210", "Предмети, матеріали, обладнання та інвентар", "184,3", "176,9", "7,4"],
    ["2273", "Оплата електроенергії", "96,2", "88,5", "7,7"],
    ["2274", "Оплата природного газу", "142,7", "131,0", "11,7"],
    ["", "Разом", "7" + NB + "026,6", "6" + NB + "928,1", "44,5"],
])
para("")
para("Видатки проведено в межах кошторисних призначень, економія коштів загального фонду становить "
     "44,5 тис. грн. До спеціального фонду за платні соціальні послуги надійшло 38,4 тис. грн.", align="j")
para("У IV кварталі 2024 року планується придбати 2 автомобілі для соціальних робітників.", align="j")
para("Директор                                                            (підпис)")
para("14.10.2024")
save_docx(d, report_path(DOC), author="ТЦСО Новоборисівка")

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Новоборисівської сільської ради",
    "centre_type": "tcso", "settlement": "Новоборисівка", "oblast": "Одеська",
    "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-09-30",
})
f = g.f
IDP = "внутрішньо переміщені особи"
k1 = f("served", "persons", 642, "територіальним центром обслуговано 642 особи")
k2 = f("served", "persons", 83, "з них 83 – з числа внутрішньо переміщених осіб", category=IDP, parent=k1)
k3 = f("services_provided", "services", 26722, "надано 26 722 соціальні послуги")
k4 = f("applied", "persons", 104, "Вперше звернулися за наданням послуг 104 особи", label="вперше")
k5 = f("needs_assessed", "persons", 96, "Оцінку індивідуальних потреб проведено 96 особам")
k6 = f("served", "persons", 71, "Взято на обслуговування 71 особу", label="взято на обслуговування",
       alt=["registered_new", "support_started"])
k7 = f("deregistered", "persons", 58, "знято з обслуговування – 58")
R1 = "1\tВідділення соціальної допомоги вдома\t186\t14\t22 418"
R2 = "2\tВідділення денного перебування\t97\t21\t3 260"
R3 = "3\tВідділення організації надання адресної натуральної та грошової допомоги\t359\t48\t1 044"
RT = "\tРазом\t642\t83\t26 722"
D1, D2, D3 = ("відділення соціальної допомоги вдома", "відділення денного перебування",
              "відділення організації надання адресної натуральної та грошової допомоги")
k8 = f("served", "persons", 642, RT, label="Разом")
k9 = f("served", "persons", 83, RT, category=IDP, label="Разом, з них ВПО")
k10 = f("services_provided", "services", 26722, RT, label="Разом")
G1, G2, G3 = "t1_served_by_department", "t1_idp_by_department", "t1_services_by_department"
k11 = f("served", "persons", 186, R1, service="home_care", district=D1, group=G1, parent=k8)
k12 = f("served", "persons", 14, R1, service="home_care", district=D1, category=IDP, group=G2, parent=k9)
k13 = f("services_provided", "services", 22418, R1, service="home_care", district=D1, group=G3, parent=k10)
k14 = f("served", "persons", 97, R2, service="day_care", district=D2, group=G1, parent=k8)
k15 = f("served", "persons", 21, R2, service="day_care", district=D2, category=IDP, group=G2, parent=k9)
k16 = f("services_provided", "services", 3260, R2, service="day_care", district=D2, group=G3, parent=k10)
k17 = f("served", "persons", 359, R3, service="natural_aid", district=D3, group=G1, parent=k8)
k18 = f("served", "persons", 48, R3, service="natural_aid", district=D3, category=IDP, group=G2, parent=k9)
k19 = f("services_provided", "services", 1044, R3, service="natural_aid", district=D3, group=G3, parent=k10)
k20 = f("aid_value", "uah", 1146800, "загальною вартістю 1 146,8 тис. грн", service="natural_aid",
        label="благодійна допомога: продуктові набори, засоби гігієни")
k21 = f("events", "events", 58, "проведено 58 групових заходів", district=D2)
k22 = f("event_participants", "persons", 611, "участь у яких взяли 611 осіб", parent=k21)
k23 = f("survey_respondents", "recipients", 60, "проведено опитування 60 отримувачів послуги догляду вдома",
        service="home_care", unit_alt="persons")
k24 = f("satisfaction", "percent", 96.7, "Задоволеність якістю послуги становить 96,7 %", service="home_care",
        alt=["share"])
k25 = f("complaints", "complaints", 1, "Надійшла 1 скарга")
k26 = f("staff_positions", "positions", 38, "Штатна чисельність територіального центру – 38 одиниць")
k27 = f("staff_actual", "staff", 35, "фактично працює 35 осіб")
k28 = f("staff_actual", "staff", 20, "у тому числі 20 соціальних робітників", label="соціальні робітники", parent=k27)
B = [("2111", "Заробітна плата", 5412600, 5398100, 14500, "2111\tЗаробітна плата\t5 412,6\t5 398,1\t14,5"),
     ("2120", "Нарахування на оплату праці", 1190800, 1187600, 3200,
      "2120\tНарахування на оплату праці\t1 190,8\t1 187,6\t3,2"),
     ("2210", "Предмети, матеріали, обладнання та інвентар", 184300, 176900, 7400,
      "2210\tПредмети, матеріали, обладнання та інвентар\t184,3\t176,9\t7,4"),
     ("2273", "Оплата електроенергії", 96200, 88500, 7700, "2273\tОплата електроенергії\t96,2\t88,5\t7,7"),
     ("2274", "Оплата природного газу", 142700, 131000, 11700, "2274\tОплата природного газу\t142,7\t131,0\t11,7")]
BT = "\tРазом\t7 026,6\t6 928,1\t44,5"
k29 = f("budget_approved", "uah", 7026600, BT, label="Разом, затверджено на 9 місяців")
k30 = f("budget_spent", "uah", 6928100, BT, label="Разом, касові видатки")
k31 = f("budget_savings", "uah", 44500, BT, label="Разом, економія")
ids = {}
for code, name, ap, sp, sv, q in B:
    ids[code] = (f("budget_approved", "uah", ap, q, kekv=code, label=name + ", затверджено на 9 місяців",
                   group="t2_approved_by_kekv", parent=k29),
                 f("budget_spent", "uah", sp, q, kekv=code, label=name, group="t2_spent_by_kekv", parent=k30),
                 f("budget_savings", "uah", sv, q, kekv=code, label=name, group="t2_savings_by_kekv", parent=k31))
k47 = f("budget_savings", "uah", 44500, "економія коштів загального фонду становить 44,5 тис. грн",
        label="загальний фонд", note="the table's Разом economy written again in prose")
k48 = f("budget_received", "uah", 38400, "за платні соціальні послуги надійшло 38,4 тис. грн",
        label="спеціальний фонд, платні соціальні послуги")
assert k47 == "f47", k47
A = [int(ids[c][0][1:]) for c in ids]
S = [int(ids[c][1][1:]) for c in ids]
V = [int(ids[c][2][1:]) for c in ids]
fs = lambda xs: " + ".join(f"f{x}" for x in xs)

g.slip("table_arithmetic", "error", BT, 6928100, 6982100, [k30] + [f"f{x}" for x in S],
       "the Разом cell of «Касові видатки» says 6 928,1 тис. грн, but the five KEKV rows sum to 6 982,1 "
       "(digits transposed). With 6 928,1 the total row also breaks економія = затверджено − видатки "
       "(7 026,6 − 6 928,1 = 98,5, not 44,5); every KEKV row and the other two total cells hold",
       f"{fs(S)} == f30")

g.check("table_arithmetic", RT, "Table 1: 186 + 97 + 359 = 642", "f11 + f14 + f17 == f8")
g.check("table_arithmetic", RT, "Table 1: 14 + 21 + 48 = 83", "f12 + f15 + f18 == f9")
g.check("table_arithmetic", RT, "Table 1: 22 418 + 3 260 + 1 044 = 26 722", "f13 + f16 + f19 == f10")
g.check("internal_conflict", "територіальним центром обслуговано 642 особи",
        "the prose repeats the table totals: 642, 83, 26 722", "f1 == f8 and f2 == f9 and f3 == f10")
g.check("table_arithmetic", BT, "Table 2: approved rows sum to 7 026,6", f"{fs(A)} == f29")
g.check("table_arithmetic", BT, "Table 2: economy rows sum to 44,5", f"{fs(V)} == f31")
g.check("table_arithmetic", "2111\tЗаробітна плата", "each KEKV row: затверджено − видатки = економія",
        " and ".join(f"f{a} - f{s} == f{v}" for a, s, v in zip(A, S, V)))
g.check("internal_conflict", "економія коштів загального фонду становить 44,5 тис. грн",
        "the prose economy equals the table's Разом economy", "f47 == f31")
g.check("percent_impossible", "Задоволеність якістю послуги становить 96,7 %", "58 of 60 = 96,67 % → 96,7",
        "grim_ok(f24, f23, 1)")
g.check("parts_sum", "фактично працює 35 осіб", "20 ≤ 35 ≤ 38", "f28 <= f27 <= f26")
g.check("parts_sum", "Оцінку індивідуальних потреб проведено 96 особам", "96 assessed ≤ 104 first applied",
        "f5 <= f4")

g.skip("67542, Одеська обл., Подільський р-н, с. Новоборисівка, вул. Миру, 38, тел. (04862) 0-52-40",
       [67542, 38, 4862, 0, 52, 40], "postcode, address, phone")
g.skip("ЄДРПОУ 43817205", [43817205], "ЄДРПОУ")
g.skip("за 9 місяців 2024 року", [9, 2024], "period")
g.skip("(рішення сільської ради від 24.03.2021 № 312-VIII)", [24, 3, 2021, 312], "decision date and number")
g.skip("жителям 14 населених пунктів", [14], "settlement count")
g.skip("За січень–вересень 2024 року", [2024], "period")
g.skip("прийнято 88 рішень про надання послуг та 8 рішень про відмову", [88, 8], "decisions and refusals: no §3 id")
g.skip("Станом на 30.09.2024 в черзі на отримання послуги догляду вдома перебуває 6 осіб", [30, 9, 2024, 6],
       "date; waiting list: no §3 id")
g.skip("Таблиця 1.", [1], "table number")
g.skip("№ з/п", [1, 2, 3], "row numbers 1–3 of table 1")
g.skip("видано 1 212 продуктових наборів і 340 комплектів", [1212, 340], "items")
g.skip("У серпні 2024 року", [2024], "survey date")
g.skip("Середня заробітна плата соціального робітника – 8 420 грн.", [8420], "average wage: no §3 id")
g.skip("Таблиця 2. Використання коштів загального фонду за 9 місяців 2024 року", [2, 9, 2024], "table title")
g.skip("У IV кварталі 2024 року планується придбати 2 автомобілі", [2024, 2], "plan")
g.skip("14.10.2024", [14, 10, 2024], "date")
g.skip("КЕКВ\tНайменування", [2111, 2120, 2210, 2273, 2274], "KEKV codes of table 2 (kept in kekv)")

g.note("table cells are facts quoted by their row; department rows hang on the Разом cell of the same column "
       "(group per column); the ВПО column carries category and hangs on the Разом ВПО cell")
g.note("the prose totals 642 / 83 / 26 722 and the prose economy 44,5 repeat table cells: two facts each")
g.note("budget table in тис. грн, stored in hryvnias; KEKV rows carry kekv, the Разом row carries none")
g.note("«Вперше звернулися … 104 особи» → applied with label «вперше»; 96 needs assessments")
g.note("«Взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → deregistered")
g.note("the slip is recorded once (table_arithmetic on the Разом row); the broken Разом «затверджено − видатки» "
       "is the same slip and is not listed as a passed check")
g.write()
