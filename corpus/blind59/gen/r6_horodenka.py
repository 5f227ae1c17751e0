"""b59_06: Управління соціального захисту населення Городенківської міської ради (Івано-Франківська),
report on the work in 2025. reportlab PDF (DejaVu fonts), impersonal, a KEKV budget table
(затверджено / касові видатки / економія, грн) and a page footer.
Planted slip: table_arithmetic — row КЕКВ 2273: 87 600 − 79 318 = 8 282, but the economy cell says 8 822;
consequently the economy column (55 156) no longer sums to Разом 54 616. One slip, two findings."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib import colors
from common import Gold, report_path

DOC = "b59_06_horodenka_uszn_annual2025.pdf"
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSansCondensed.ttf"))

N = ParagraphStyle("n", fontName="DV", fontSize=10, leading=13.5, spaceAfter=5)
H = ParagraphStyle("h", parent=N, fontName="DV-B", alignment=1)
C = ParagraphStyle("c", fontName="DVS", fontSize=8.5, leading=10)

PARAS = [
    ("H", "ГОРОДЕНКІВСЬКА МІСЬКА РАДА"),
    ("H", "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ"),
    ("N", "78100, Івано-Франківська обл., м. Городенка, вул. Шевченка, 77, тел. (03430) 0-21-64, код ЄДРПОУ 03192470"),
    ("H", "ЗВІТ про роботу управління соціального захисту населення за 2025 рік"),
    ("N", "1. Протягом 2025 року управлінням прийнято 6 214 звернень громадян, у тому числі через ЦНАП – 2 871, "
          "на особистому прийомі – 2 406, поштою та електронною поштою – 937. На «гарячу лінію» управління надійшло "
          "1 127 дзвінків (у 2024 році – 1 305)."),
    ("N", "2. Житлові субсидії призначено 3 482 домогосподарствам, пільги на оплату житлово-комунальних послуг "
          "отримували 5 930 осіб. Статус особи з інвалідністю внаслідок війни встановлено 37 особам."),
    ("N", "3. Одноразову матеріальну допомогу за рішеннями виконавчого комітету надано 284 особам на загальну суму "
          "1 136,0 тис. грн, у тому числі 97 особам з числа внутрішньо переміщених осіб. Граничний розмір допомоги "
          "становив 5 000 грн на особу."),
    ("N", "4. Спільно з КУ «Центр надання соціальних послуг» проведено оцінку потреб 96 осіб, 81 особу направлено для "
          "отримання послуги догляду вдома."),
    ("N", "5. Видатки на утримання управління та виплати за місцевою програмою соціального захисту на 2024–2026 роки "
          "(рішення міської ради від 21.12.2023 № 1214-32/2023) наведено в таблиці."),
]
ROWS = [
    ("2111", "Заробітна плата", "4 812 300", "4 796 514", "15 786"),
    ("2120", "Нарахування на оплату праці", "1 058 700", "1 055 233", "3 467"),
    ("2210", "Предмети, матеріали, обладнання та інвентар", "126 400", "118 962", "7 438"),
    ("2240", "Оплата послуг (крім комунальних)", "214 800", "209 157", "5 643"),
    ("2273", "Оплата електроенергії", "87 600", "79 318", "8 822"),
    ("2730", "Інші виплати населенню", "1 850 000", "1 836 000", "14 000"),
]
TOTAL = ("", "Разом", "8 149 800", "8 095 184", "54 616")
AFTER = [
    ("N", "6. Штатна чисельність управління – 27 посад, фактично працюють 24 працівники. У 2025 році 6 працівників "
          "підвищили кваліфікацію в Навчально-методичному центрі (72 години)."),
    ("N", "7. На дії працівників управління надійшло 2 скарги; обидві розглянуто, 1 визнано частково обґрунтованою."),
    ("N", "8. У 2026 році передбачається перевести 85 % звернень в електронну форму."),
    ("N", "Начальник управління                                                   (підпис)"),
    ("N", "Виконавець: відділ бухгалтерського обліку, тел. (03430) 0-23-17, 14.01.2026"),
]


def footer(canv, doc):
    canv.setFont("DVS", 8)
    canv.drawRightString(200 * mm, 10 * mm, f"Сторінка {doc.page}")


story = []
for kind, txt in PARAS:
    story.append(Paragraph(txt, H if kind == "H" else N))
hdr = ["Код КЕКВ", "Найменування", "Затверджено на рік, грн", "Касові видатки, грн", "Економія, грн"]
data = [[Paragraph(h, C) for h in hdr]] + [[Paragraph(c, C) for c in r] for r in ROWS] + [[Paragraph(c, C) for c in TOTAL]]
t = Table(data, colWidths=[16 * mm, 62 * mm, 32 * mm, 32 * mm, 28 * mm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
story += [Spacer(1, 4), t, Spacer(1, 8)]
for kind, txt in AFTER:
    story.append(Paragraph(txt, N))
doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, leftMargin=22 * mm, rightMargin=12 * mm,
                        topMargin=14 * mm, bottomMargin=16 * mm, invariant=1, title="Звіт УСЗН 2025",
                        author="УСЗН Городенківської міської ради")
doc.build(story, onFirstPage=footer, onLaterPages=footer)

g = Gold(DOC, {
    "centre": "Управління соціального захисту населення Городенківської міської ради", "centre_type": "uszn",
    "settlement": "Городенка", "oblast": "Івано-Франківська", "report_kind": "annual_report",
    "period_start": "2025-01-01", "period_end": "2025-12-31"})
f_app = g.f("applied", "applications", 6214, "управлінням прийнято 6 214 звернень громадян", unit_alt="persons")
parts = []
for lab, v, q in (("через ЦНАП", 2871, "через ЦНАП – 2 871"), ("на особистому прийомі", 2406, "на особистому прийомі – 2 406"),
                  ("поштою та електронною поштою", 937, "поштою та електронною поштою – 937")):
    parts.append(g.f("applied", "applications", v, q, label=lab, group="applied_6214_by_channel", parent=f_app,
                     unit_alt="persons"))
f_calls = g.f("calls", "calls", 1127, "На «гарячу лінію» управління надійшло 1 127 дзвінків")
f_om = g.f("served", "persons", 284, "Одноразову матеріальну допомогу за рішеннями виконавчого комітету надано 284 особам",
           label="одноразова матеріальна допомога")
f_omv = g.f("aid_value", "uah", 1136000, "на загальну суму 1 136,0 тис. грн", label="одноразова матеріальна допомога")
f_omi = g.f("served", "persons", 97, "у тому числі 97 особам з числа внутрішньо переміщених осіб",
            label="одноразова матеріальна допомога", category="внутрішньо переміщені особи", parent=f_om)
f_na = g.f("needs_assessed", "persons", 96, "проведено оцінку потреб 96 осіб")
ap, sp, sv = [], [], []


def num(s):
    return int(s.replace(" ", ""))


for code, name, a, b, c in ROWS:
    q = f"{code}\t{name}\t{a}\t{b}\t{c}"
    ap.append(g.f("budget_approved", "uah", num(a), q, kekv=code, label=name))
    sp.append(g.f("budget_spent", "uah", num(b), q, kekv=code, label=name))
    sv.append(g.f("budget_savings", "uah", num(c), q, kekv=code, label=name))
TQ = "\tРазом\t8 149 800\t8 095 184\t54 616"
ta = g.f("budget_approved", "uah", 8149800, TQ, label="Разом")
ts = g.f("budget_spent", "uah", 8095184, TQ, label="Разом")
tv = g.f("budget_savings", "uah", 54616, TQ, label="Разом")
for lst, tot in ((ap, ta), (sp, ts), (sv, tv)):
    for x in lst:
        g._by_id[x]["parent_id"] = tot
        g._by_id[x]["parent_quote"] = TQ
f_pos = g.f("staff_positions", "positions", 27, "Штатна чисельність управління – 27 посад")
f_act = g.f("staff_actual", "staff", 24, "фактично працюють 24 працівники.")
f_tr = g.f("staff_trained", "staff", 6, "У 2025 році 6 працівників підвищили кваліфікацію")
f_c = g.f("complaints", "complaints", 2, "На дії працівників управління надійшло 2 скарги")

i = 4
g.slip("table_arithmetic", "error", "2273\tОплата електроенергії\t87 600\t79 318\t8 822", 8822, 8282,
       [ap[i], sp[i], sv[i]], "економія = затверджено − видатки: 87 600 − 79 318 = 8 282, the cell says 8 822 (two digits swapped)",
       f"{ap[i]} - {sp[i]} == {sv[i]}", slip=1)
g.slip("table_arithmetic", "error", TQ, 54616, 55156, sv + [tv],
       "the economy column sums to 15 786 + 3 467 + 7 438 + 5 643 + 8 822 + 14 000 = 55 156, Разом says 54 616 "
       "(the total is right: 8 149 800 − 8 095 184 = 54 616; the 2273 cell is the error)",
       " + ".join(sv) + f" == {tv}", slip=1)
for k, (code, name, a, b, c) in enumerate(ROWS):
    if k == i:
        continue
    g.check("table_arithmetic", f"{code}\t{name}\t{a}\t{b}\t{c}", f"{a} − {b} = {c}", f"{ap[k]} - {sp[k]} == {sv[k]}")
g.check("table_arithmetic", TQ, "approved column sums to 8 149 800", " + ".join(ap) + f" == {ta}")
g.check("table_arithmetic", TQ, "spent column sums to 8 095 184", " + ".join(sp) + f" == {ts}")
g.check("table_arithmetic", TQ, "Разом: 8 149 800 − 8 095 184 = 54 616", f"{ta} - {ts} == {tv}")
g.check("parts_sum", "у тому числі через ЦНАП – 2 871, на особистому прийомі – 2 406, поштою та електронною поштою – 937",
        "2 871 + 2 406 + 937 = 6 214", " + ".join(parts) + f" == {f_app}")
g.check("parts_sum", "у тому числі 97 особам з числа внутрішньо переміщених осіб", "97 ≤ 284; 1 136 000 / 284 = 4 000 ≤ 5 000 limit (literal)",
        f"{f_omi} <= {f_om} and {f_omv} / {f_om} <= 5000")
g.check("parts_sum", "фактично працюють 24 працівники.", "24 ≤ 27; 6 ≤ 24", f"{f_act} <= {f_pos} and {f_tr} <= {f_act}")

g.skip("78100, Івано-Франківська обл., м. Городенка, вул. Шевченка, 77, тел. (03430) 0-21-64, код ЄДРПОУ 03192470",
       [78100, 77, 3430, 2164, 3192470], "postcode, address, phone, ЄДРПОУ")
g.skip("(у 2024 році – 1 305)", [2024, 1305], "prior-year figure")
g.skip("Житлові субсидії призначено 3 482 домогосподарствам, пільги на оплату житлово-комунальних послуг отримували 5 930 осіб.",
       [3482, 5930], "state subsidies and benefits (households; not social services; no §3 id)")
g.skip("Статус особи з інвалідністю внаслідок війни встановлено 37 особам.", [37], "status granted (no §3 id)")
g.skip("Граничний розмір допомоги становив 5 000 грн на особу.", [5000], "per-person limit (tariff-like); used as a literal")
g.skip("81 особу направлено для отримання послуги догляду вдома.", [81], "referrals to another provider (no §3 id)")
g.skip("на 2024–2026 роки (рішення міської ради від 21.12.2023 № 1214-32/2023)", [2024, 2026, 21, 12, 2023, 1214, 32, 2023],
       "programme years, decision date and number")
g.skip("(72 години)", [72], "duration of training")
g.skip("1 визнано частково обґрунтованою.", [1], "justified complaints (no §3 id)")
g.skip("8. У 2026 році передбачається перевести 85 % звернень в електронну форму.", [8, 2026, 85], "plan")
g.skip("Виконавець: відділ бухгалтерського обліку, тел. (03430) 0-23-17, 14.01.2026", [3430, 2317, 14, 1, 2026], "phone, date")
g.skip("1. Протягом 2025 року", [1, 2, 3, 4, 5, 6, 7, 8], "paragraph numbers")

g.note("an УСЗН is centre_type uszn. Housing subsidies and benefits are state payments, not social services: skipped")
g.note("«звернень громадян» → applied, unit applications (alt persons), with the channels as a partition")
g.note("one-time material aid: 284 persons → served with a label; the amount → aid_value")
g.note("table cells: every cell is a fact with its kekv; rows hang on the Разом cell of their column; Разом carries no kekv")
g.note("the page footer «Сторінка N» is not in the text `zvitparse read` prints")
g.write()
