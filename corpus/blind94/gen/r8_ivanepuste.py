"""b94_08: КУ «ЦНСП» Іване-Пустенської сільської ради (Тернопільська), annual 2022, as a state-statistics-style form.
Less common style: a landscape reportlab PDF whose table header cells are rotated 90° (vertical text), with column
numbers А Б 1 2 3 … printed under the header and row codes in the first column. Slip: table_arithmetic
(column 5 «Усього» 11 171 vs rows 11 117)."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Flowable
from common import Gold, report_path, register_fonts

DOC = "b94_08_ivanepuste_cnsp_annual2022.pdf"
register_fonts()
P = ParagraphStyle("p", fontName="LSansC", fontSize=8.5, leading=10.5)
PC = ParagraphStyle("pc", parent=P, alignment=TA_CENTER)
PB = ParagraphStyle("pb", parent=PC, fontName="LSansC-B", fontSize=10.5, leading=13)
CELL = ParagraphStyle("cell", parent=P, fontSize=8, leading=9.5)


class Vert(Flowable):
    """A header cell printed bottom-to-top (rotated 90°), as statistical forms print narrow columns."""
    def __init__(self, text, height, fs=7.5):
        super().__init__()
        self.lines = text.split("\n"); self.h = height; self.fs = fs

    def wrap(self, aw, ah):
        return (len(self.lines) * self.fs * 1.2, self.h)

    def draw(self):
        c = self.canv; c.saveState(); c.setFont("LSansC", self.fs); c.rotate(90)
        for i, line in enumerate(self.lines):
            c.drawString(2, -(i + 1) * self.fs * 1.15, line)
        c.restoreState()


def form_table(head, nums, body, widths, hh):
    data = [head, nums] + body
    t = Table(data, colWidths=widths, repeatRows=2)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 1), (-1, -1), "LSansC", 8),
        ("ALIGN", (0, 1), (-1, 1), "CENTER"), ("ALIGN", (2, 2), (-1, -1), "RIGHT"), ("ALIGN", (0, 2), (0, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"), ("VALIGN", (0, 2), (-1, -1), "MIDDLE"),
        ("FONT", (0, -1), (-1, -1), "LSansC-B", 8)]))
    return t


def footer(canv, doc):
    canv.saveState(); canv.setFont("LSansC", 7)
    canv.drawString(1.5 * cm, 0.8 * cm, "Форма № 3-СП (річна), с. " + str(doc.page))
    canv.restoreState()


hdr = Table([[Paragraph("ЗВІТНІСТЬ<br/>ЗВІТ ПРО НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ<br/>за 2022 рік", PB),
              Paragraph("Форма № 3-СП<br/>(річна)<br/>Подають до 20 січня року, наступного за звітним", PC)]],
            colWidths=[17 * cm, 8 * cm])
hdr.setStyle(TableStyle([("BOX", (1, 0), (1, 0), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
resp = Table([[Paragraph("Респондент: найменування – Комунальна установа «Центр надання соціальних послуг» Іване-Пустенської сільської ради; "
                         "місцезнаходження – 48743, Тернопільська обл., Чортківський р-н, с. Іване-Пусте, вул. Незалежності, 21; "
                         "ідентифікаційний код ЄДРПОУ 43817304. Одержувач – структурний підрозділ з питань соціального захисту населення районної державної адміністрації.", P)]],
             colWidths=[25 * cm])
resp.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black)]))

HH = 4.3 * cm
head1 = [Paragraph("Код рядка", CELL), Paragraph("Назва соціальної послуги (код за Класифікатором)", CELL),
         Vert("Кількість отримувачів\nсоціальних послуг –\nусього, осіб", HH), Vert("з них:\nжінки", HH),
         Vert("особи з інвалідністю", HH), Vert("внутрішньо переміщені\nособи", HH), Vert("Кількість наданих\nсоціальних послуг, од.", HH)]
nums1 = ["А", "Б", "1", "2", "3", "4", "5"]
body1 = [["010", "Консультування (002.0)", "214", "131", "37", "46", "402"],
         ["020", "Інформування (001.0)", "388", "229", "52", "71", "388"],
         ["030", "Догляд вдома (015.1)", "57", "41", "22", "3", "7 816"],
         ["040", "Денний догляд (015.3)", "18", "12", "18", "0", "2 104"],
         ["050", "Соціальний супровід сімей (осіб) у СЖО (010.1)", "23", "–", "–", "4", "311"],
         ["060", "Натуральна допомога (019.0)", "96", "63", "30", "29", "96"],
         ["100", "Усього (сума рядків 010–060)", "796", "476", "159", "153", "11 171"]]
t1 = form_table(head1, nums1, body1, [1.4 * cm, 8.6 * cm] + [1.5 * cm] * 5, HH)

head2 = [Paragraph("Код рядка", CELL), Paragraph("Показник", CELL), Vert("Штатна чисельність,\nштатних одиниць", HH),
         Vert("Фактично зайнято,\nосіб", HH), Vert("з них підвищили\nкваліфікацію у звітному\nроці, осіб", HH)]
nums2 = ["А", "Б", "1", "2", "3"]
body2 = [["200", "Працівники установи – усього", "24,5", "22", "9"],
         ["210", "з них соціальні робітники", "12", "12", "5"]]
t2 = form_table(head2, nums2, body2, [1.4 * cm, 8.6 * cm] + [1.5 * cm] * 3, HH)
t2.setStyle(TableStyle([("FONT", (0, -1), (-1, -1), "LSansC", 8)]))

body3 = [["Код рядка", "Показник", "Кількість"], ["А", "Б", "1"],
         ["310", "Надійшло заяв (звернень) про надання соціальних послуг, од.", "141"],
         ["320", "Надійшло скарг від отримувачів соціальних послуг, од.", "0"],
         ["900", "Довідково: кількість населених пунктів, у яких надаються послуги", "11"]]
t3 = Table(body3, colWidths=[1.4 * cm, 12 * cm, 2 * cm])
t3.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, -1), "LSansC", 8),
                        ("ALIGN", (0, 1), (-1, 1), "CENTER"), ("ALIGN", (2, 2), (2, -1), "RIGHT"), ("ALIGN", (0, 2), (0, -1), "CENTER")]))

head4 = [Paragraph("Код рядка", CELL), Paragraph("Напрям видатків (КЕКВ)", CELL), Vert("Затверджено\nкошторисом на рік,\nтис. грн", HH),
         Vert("Касові видатки,\nтис. грн", HH)]
nums4 = ["А", "Б", "1", "2"]
body4 = [["410", "Оплата праці (2110)", "4 011,3", "3 958,0"],
         ["420", "Нарахування на оплату праці (2120)", "882,5", "870,8"],
         ["430", "Інші поточні видатки", "518,8", "459,1"],
         ["400", "Видатки – усього (сума рядків 410–430)", "5 412,6", "5 287,9"]]
t4 = form_table(head4, nums4, body4, [1.4 * cm, 8.6 * cm] + [1.5 * cm] * 2, HH)
expl = Paragraph("Пояснення до звіту. Отримувачі, яким у звітному році надано кілька соціальних послуг, враховані в кожному відповідному рядку "
                 "розділу I, тому рядок 100 графи 1 перевищує кількість унікальних отримувачів – 512 осіб. Серед унікальних отримувачів "
                 "87 внутрішньо переміщених осіб, які прибули до громади після 24.02.2022. Графи 2–3 рядка 050 не заповнено: послугу "
                 "соціального супроводу облікують за сім’ями (23 сім’ї, у них 41 дитина). Вартість послуги догляду вдома для платних "
                 "отримувачів – 64,00 грн за годину.", P)
story = [hdr, Spacer(1, 6), resp, Spacer(1, 8),
         Paragraph("Розділ I. Отримувачі соціальних послуг та кількість наданих послуг", PB), Spacer(1, 4), t1, Spacer(1, 10),
         Paragraph("Розділ II. Кадрове забезпечення (станом на 31 грудня звітного року)", PB), Spacer(1, 4), t2, Spacer(1, 10),
         Paragraph("Розділ III. Звернення та скарги", PB), Spacer(1, 4), t3, Spacer(1, 10),
         Paragraph("Розділ IV. Видатки установи", PB), Spacer(1, 4), t4, Spacer(1, 10), expl, Spacer(1, 14),
         Paragraph("Керівник ______________ (підпис)&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Особа, відповідальна за складання звіту ______________ (підпис), "
                   "тел. (03552) 0-41-87, e-mail: cnsp.ivanepuste@example.ua&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Дата складання: 16.01.2023", P)]
doc = SimpleDocTemplate(report_path(DOC), pagesize=landscape(A4), leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                        topMargin=1.2 * cm, bottomMargin=1.3 * cm, invariant=1, title="Форма № 3-СП", author="ЦНСП")
doc.build(story, onFirstPage=footer, onLaterPages=footer)

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Іване-Пустенської сільської ради",
    "centre_type": "cnsp", "settlement": "Іване-Пусте", "oblast": "Тернопільська",
    "report_kind": "annual_report", "period_start": "2022-01-01", "period_end": "2022-12-31"},
    {"centre": ["Комунальна установа «Центр надання соціальних послуг» Іване-Пустенської сільської ради",
                "КУ «Центр надання соціальних послуг» Іване-Пустенської сільської ради"],
     "report_kind": ["other"], "settlement": ["Іване-Пустенська сільська громада"]})
f = g.f
SV = {"010": "counselling", "020": "informing", "030": "home_care", "040": "day_care", "050": "social_support_sjo", "060": "natural_aid"}
def q(row):
    return "\t".join(row)
tot = body1[-1]
TQ = q(tot)
T = [f("served", "persons", 796, TQ, label="Усього, отримувачів (рядок 100, графа 1)")]
T.append(f("served", "persons", 476, TQ, category="жінки", label="Усього (рядок 100, графа 2)", parent=T[0]))
T.append(f("served", "persons", 159, TQ, category="особи з інвалідністю", label="Усього (рядок 100, графа 3)", parent=T[0]))
T.append(f("served", "persons", 153, TQ, category="внутрішньо переміщені особи", label="Усього (рядок 100, графа 4)", parent=T[0]))
T.append(f("services_provided", "services", 11171, TQ, label="Усього (рядок 100, графа 5)"))
CATS = [None, "жінки", "особи з інвалідністю", "внутрішньо переміщені особи"]
cols = {i: [] for i in range(5)}
for row in body1[:-1]:
    code, name, *vals = row
    svc = SV[code]
    for i, v in enumerate(vals):
        if v == "–":
            continue
        val = int(v.replace(" ", ""))
        if i == 4:
            fid = f("services_provided", "services", val, q(row), service=svc, label=f"рядок {code}, графа 5",
                    group="col5_services", parent=T[4])
        else:
            unit = "families" if (code == "050" and i == 0) else "persons"
            kw = {"unit_alt": "persons"} if unit == "families" else {}
            fid = f("served", unit, val, q(row), service=svc, category=CATS[i], label=f"рядок {code}, графа {i + 1}",
                    group=f"col{i + 1}_served", parent=T[i],
                    note=("column 1 is headed «осіб», but the explanation says social support is counted by families (23 сім'ї)" if unit == "families" else None),
                    **kw)
        cols[i].append(fid)
S2 = [q(r) for r in body2]
pa = f("staff_positions", "positions", 24.5, S2[0], label="працівники установи – усього")
sa = f("staff_actual", "staff", 22, S2[0], label="працівники установи – усього")
st = f("staff_trained", "staff", 9, S2[0], label="працівники установи – усього")
pw = f("staff_positions", "positions", 12, S2[1], label="соціальні робітники", parent=pa)
sw = f("staff_actual", "staff", 12, S2[1], label="соціальні робітники", parent=sa)
tw = f("staff_trained", "staff", 5, S2[1], label="соціальні робітники", parent=st)
f("applied", "applications", 141, "310\tНадійшло заяв (звернень) про надання соціальних послуг, од.\t141")
f("complaints", "complaints", 0, "320\tНадійшло скарг від отримувачів соціальних послуг, од.\t0")
B = [q(r) for r in body4]
ba = f("budget_approved", "uah", 5412600, B[3], label="Видатки – усього")
bs = f("budget_spent", "uah", 5287900, B[3], label="Видатки – усього")
a1 = f("budget_approved", "uah", 4011300, B[0], kekv="2110", label="Оплата праці", group="approved_by_item", parent=ba)
s1 = f("budget_spent", "uah", 3958000, B[0], kekv="2110", label="Оплата праці", group="spent_by_item", parent=bs)
a2 = f("budget_approved", "uah", 882500, B[1], kekv="2120", label="Нарахування на оплату праці", group="approved_by_item", parent=ba)
s2 = f("budget_spent", "uah", 870800, B[1], kekv="2120", label="Нарахування на оплату праці", group="spent_by_item", parent=bs)
a3 = f("budget_approved", "uah", 518800, B[2], label="Інші поточні видатки", group="approved_by_item", parent=ba)
s3 = f("budget_spent", "uah", 459100, B[2], label="Інші поточні видатки", group="spent_by_item", parent=bs)
un = f("served", "persons", 512, "перевищує кількість унікальних отримувачів – 512 осіб", label="унікальні отримувачі")
vp = f("served", "persons", 87, "Серед унікальних отримувачів 87 внутрішньо переміщених осіб", category="внутрішньо переміщені особи",
       label="унікальні отримувачі", parent=un)
sf = f("served", "families", 23, "послугу соціального супроводу облікують за сім'ями (23 сім'ї", service="social_support_sjo")
f("served", "children", 41, "у них 41 дитина", service="social_support_sjo", parent=sf)

g.slip("table_arithmetic", "error", TQ, 11171, 11117, [T[4]] + cols[4],
       "column 5 (services provided): 402 + 388 + 7 816 + 2 104 + 311 + 96 = 11 117, but row 100 says 11 171 (two digits transposed). The other four columns of row 100 add up.",
       " + ".join(cols[4]) + f" == {T[4]}")
for i in range(4):
    g.check("table_arithmetic", TQ, f"column {i + 1}: rows 010–060 sum to row 100" + (" (dashes in row 050 count as nothing)" if i in (1, 2) else ""),
            " + ".join(cols[i]) + f" == {T[i]}")
g.check("table_arithmetic", B[3], "approved 4 011,3 + 882,5 + 518,8 = 5 412,6", f"near({a1} + {a2} + {a3}, {ba})")
g.check("table_arithmetic", B[3], "spent 3 958,0 + 870,8 + 459,1 = 5 287,9; each line spent ≤ approved",
        f"near({s1} + {s2} + {s3}, {bs}) and {s1} <= {a1} and {s2} <= {a2} and {s3} <= {a3}")
g.check("parts_sum", S2[1], "social workers 12 ≤ 24,5 and 12 ≤ 22 and 5 ≤ 9; 22 ≤ 24,5; 9 ≤ 22",
        f"{pw} <= {pa} and {sw} <= {sa} and {tw} <= {st} and {sa} <= {pa} and {st} <= {sa} and {tw} <= {sw}")
g.check("parts_sum", "перевищує кількість унікальних отримувачів – 512 осіб",
        "512 unique recipients ≤ 796 counted per service and ≥ the largest row (388); 87 unique IDPs ≤ 153 counted per service",
        f"{un} <= {T[0]} and {un} >= 388 and {vp} <= {T[3]}")
g.check("internal_conflict", "послугу соціального супроводу облікують за сім'ями (23 сім'ї", "row 050 column 1 (23) = the 23 families of the explanation",
        f"{sf} == {cols[0][4]}")

g.skip("ЗВІТ ПРО НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ за 2022 рік", [2022], "report year")
g.skip("Форма № 3-СП", [3], "form number (also in the page footers «Форма № 3-СП (річна), с. 1–3»)")
g.skip("Подають до 20 січня року, наступного за звітним", [20], "deadline")
g.skip("48743, Тернопільська обл., Чортківський р-н, с. Іване-Пусте, вул. Незалежності, 21; ідентифікаційний код ЄДРПОУ 43817304",
       [48743, 21, 43817304], "postcode, address, ЄДРПОУ")
g.skip("А\tБ\t1\t2\t3\t4\t5", [1, 2, 3, 4, 5], "column numbers under the rotated header (also «А Б 1 2 3» and «А Б 1 2» of sections II–IV and «А Б 1» of section III)")
g.skip("010\tКонсультування (002.0)", [10, 20, 30, 40, 50, 60, 100, 200, 210, 310, 320, 400, 410, 420, 430, 900],
       "row codes in the first column")
g.skip("Консультування (002.0)", [2.0, 1.0, 15.1, 15.3, 10.1, 19.0], "service codes of the Класифікатор in the row names")
g.skip("Усього (сума рядків 010–060)", [10, 60], "row references in the total's name (also «сума рядків 410–430»)")
g.skip("Розділ II. Кадрове забезпечення (станом на 31 грудня звітного року)", [31], "date")
g.skip("Оплата праці (2110)", [2110, 2120], "КЕКВ codes in the row names")
g.skip("900\tДовідково: кількість населених пунктів, у яких надаються послуги\t11", [900, 11], "number of settlements")
g.skip("які прибули до громади після 24.02.2022", [24, 2, 2022], "date")
g.skip("тому рядок 100 графи 1 перевищує", [100, 1], "row and column references")
g.skip("Графи 2–3 рядка 050 не заповнено", [2, 3, 50], "column and row references")
g.skip("Вартість послуги догляду вдома для платних отримувачів – 64,00 грн за годину.", [64], "tariff")
g.skip("тел. (03552) 0-41-87", [3552, 4187], "phone")
g.skip("16.01.2023", [16, 1, 2023], "compile date")

g.note("a statistical-form-style report: the rotated header cells come out of the reader as reversed, interleaved letters; the column meaning is taken from the form as printed, and quotes are the data rows («код\tназва\tграфи…»)")
g.note("section I: every filled cell is a fact quoted by its row. Column 1 → served (persons) with the row's service; columns 2–4 → served with category (жінки, особи з інвалідністю, ВПО); column 5 → services_provided. Rows hang on the row-100 cell of their column (group per column); the row-100 cells of columns 2–4 hang on row 100 column 1. Dashes give no fact; the «0» in row 040 column 4 is a fact (0)")
g.note("row 050 column 1 is headed «осіб» but the explanation says social support is counted by families: unit families (unit_alt persons); the explanation's 23 families and 41 children are facts of their own (figure written twice)")
g.note("section II: staff positions (24,5 and 12), actual staff and trained staff; the social-worker row hangs on the «усього» row of each column")
g.note("section IV in тис. грн, stored in hryvnias; kekv from the code in the row name; «Інші поточні видатки» has no single code. The table breaks across pages and the reader repeats the header, so the «усього» row 400 follows the page footer")
g.note("the unique recipients (512, of them 87 IDPs) are served facts with label «унікальні отримувачі»")
g.note("report_kind annual_report (a yearly form), meta_alt other")
g.write()
