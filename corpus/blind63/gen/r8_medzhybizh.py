"""b63_08: the oblast department's RATING of the ЦНСП of six hromadas of Хмельницька oblast for 2024
(Меджибізька, Сатанівська, Війтовецька, Чорноострівська, Антонінська, Староушицька). PDF, landscape table
with «бали» and «місце», and commentary."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

NAME = "b63_08_medzhybizh_rating_annual2024.pdf"
register_fonts()
body = ParagraphStyle("b", fontName="LSerif", fontSize=11, leading=14, spaceAfter=5, firstLineIndent=10 * mm)
head = ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, alignment=1, spaceAfter=6)
cell = ParagraphStyle("c", fontName="LSans", fontSize=9, leading=11)

# (№, громада, центр, served, families, share, staff, бали, місце)
ROWS = [
    ("1", "Сатанівська", "1 402", "44", "61,4", "24", "91", "1"),
    ("2", "Меджибізька", "1 214", "38", "57,9", "21", "86", "2"),
    ("3", "Війтовецька", "1 655", "51", "48,6", "27", "83", "3"),
    ("4", "Чорноострівська", "978", "29", "52,2", "18", "77", "4"),
    ("5", "Антонінська", "846", "33", "41,7", "16", "72", "5"),
    ("6", "Староушицька", "612", "17", "38,5", "12", "64", "6"),
]
TOTAL = ("", "Разом / середнє по групі", "6 770", "212", "50,1", "118", "х", "х")
HDR = ["№", "Територіальна громада (ЦНСП)", "Отримувачів послуг, осіб", "Сімей під соц. супроводом",
       "Частка сімей з подоланими СЖО, %", "Працівників (факт.)", "Бали", "Місце"]

INTRO = [
    ("h", "ДЕПАРТАМЕНТ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ХМЕЛЬНИЦЬКОЇ ОБЛАСНОЇ ВІЙСЬКОВОЇ АДМІНІСТРАЦІЇ"),
    ("h", "РЕЙТИНГ<br/>центрів надання соціальних послуг територіальних громад групи «до 25 тис. населення» "
          "за підсумками 2024 року"),
    ("b", "Рейтинг складено відповідно до Методики, затвердженої наказом Департаменту від 12.02.2024 № 37, "
          "за 5 показниками на підставі звітів центрів за 2024 рік; максимальна сума – 100 балів. Показник "
          "«частка сімей з подоланими СЖО» обчислено від кількості сімей, яким у 2024 році завершено "
          "соціальний супровід."),
]
AFTER = [
    ("b", "Найвищий результат у групі має Сатанівська громада (91 бал), найнижчий – Староушицька (64 бали), "
          "що на 27 балів менше за лідера. Центр надання соціальних послуг Меджибізької селищної ради, який "
          "у 2024 році обслужив 1 214 осіб та супроводжував 38 сімей, піднявся з 4-го місця (2023 рік) на 2-ге."),
    ("b", "У середньому на одного працівника центрів групи припадає 56,8 отримувача послуг. Загалом у 6 "
          "громадах групи проживає 71,3 тис. осіб. Частка сімей, у яких подолано СЖО, у середньому по групі "
          "становить 50,1 %; нижче за 45 % вона лише в Антонінській та Староушицькій громадах."),
    ("b", "Центрам Антонінської та Староушицької громад рекомендовано до 01.04.2025 подати плани "
          "заходів з підвищення результативності соціального супроводу. Наступний рейтинг буде "
          "оприлюднено за підсумками І півріччя 2025 року."),
    ("b", "Примітка. Бали нараховано: охоплення послугами – до 30; соціальний супровід – до 25; "
          "результативність – до 25; кадрове забезпечення – до 10; своєчасність подання звітності – до 10. "
          "Дані центрів – станом на 10.02.2025; звіт Староушицької громади надійшов 14.02.2025, із запізненням "
          "на 4 дні, тому за своєчасність їй нараховано 0 балів."),
    ("b", "Вих. № 06-2/418 від 21.02.2025"),
]


def P(kind, s):
    return Paragraph(s, head if kind == "h" else body)


story = [P(k, s) for k, s in INTRO]
story.append(Paragraph("Таблиця. Рейтинг ЦНСП за 2024 рік", body))
data = [[Paragraph(h, cell) for h in HDR]] + [list(r) for r in ROWS] + [list(TOTAL)]
t = Table(data, colWidths=[10 * mm, 62 * mm, 32 * mm, 32 * mm, 38 * mm, 28 * mm, 18 * mm, 18 * mm], repeatRows=1)
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSans", 9),
                       ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [t, Spacer(1, 5 * mm)]
story += [P(k, s) for k, s in AFTER]
path = report_path(NAME)
SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=20 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                  bottomMargin=15 * mm, invariant=1, title="Рейтинг ЦНСП 2024", author="ДСЗН").build(story)

g = Gold(NAME, {
    "centre": "Департамент соціального захисту населення Хмельницької обласної військової адміністрації",
    "centre_type": "uszn", "settlement": "Хмельницький", "oblast": "Хмельницька", "report_kind": "other",
    "period_start": "2024-01-01", "period_end": "2024-12-31"},
    {"report_kind": ["period_report", "annual_report"]})
f = g.f
SJO = "social_support_sjo"
SHL = "частка сімей з подоланими СЖО"
tq = "\tРазом / середнє по групі\t6 770\t212\t50,1\t118\tх\tх"
T = {}
T["served"] = f("served", "persons", 6770, tq, label="Разом по групі")
T["fam"] = f("served", "families", 212, tq, service=SJO, alt=["support_ongoing"], label="Разом по групі")
T["share"] = f("share", "percent", 50.1, tq, label=SHL + ", середнє по групі")
T["staff"] = f("staff_actual", "staff", 118, tq, label="Разом по групі")
R = {}
for n, hrom, a, b, c, d, score, place in ROWS:
    q = f"{n}\t{hrom}\t{a}\t{b}\t{c}\t{d}\t{score}\t{place}"
    R[hrom] = dict(
        served=f("served", "persons", int(a.replace(" ", "")), q, district=hrom, group="served_by_hromada",
                 parent=T["served"]),
        fam=f("served", "families", int(b), q, district=hrom, service=SJO, alt=["support_ongoing"],
              group="families_by_hromada", parent=T["fam"]),
        share=f("share", "percent", float(c.replace(",", ".")), q, district=hrom, label=SHL),
        staff=f("staff_actual", "staff", int(d), q, district=hrom, group="staff_by_hromada", parent=T["staff"]))
m1 = f("served", "persons", 1214, "у 2024 році обслужив 1 214 осіб", district="Меджибізька",
       note="repeat of the table row in the commentary")
m2 = f("served", "families", 38, "супроводжував 38 сімей", district="Меджибізька", service=SJO,
       alt=["support_ongoing"], note="repeat of the table row in the commentary")
ps = f("share", "percent", 50.1, "Частка сімей, у яких подолано СЖО, у середньому по групі \nстановить 50,1 %".replace(" \n", " "),
       label=SHL + ", середнє по групі", note="repeat of the table's Разом/середнє cell")
H = [r[1] for r in ROWS]
g.slip("table_arithmetic", "error", tq, 6770, 6707, [T["served"]] + [R[h]["served"] for h in H],
       "the six hromadas' recipients sum to 1 402 + 1 214 + 1 655 + 978 + 846 + 612 = 6 707, the Разом row says 6 770 "
       "(digits swapped). The commentary's 56,8 recipients per worker is 6 707 / 118, so the rows are right",
       " + ".join(R[h]["served"] for h in H) + f" == {T['served']}")
g.check("table_arithmetic", tq, "families: 44 + 38 + 51 + 29 + 33 + 17 = 212",
        " + ".join(R[h]["fam"] for h in H) + f" == {T['fam']}")
g.check("table_arithmetic", tq, "staff: 24 + 21 + 27 + 18 + 16 + 12 = 118",
        " + ".join(R[h]["staff"] for h in H) + f" == {T['staff']}")
g.check("table_arithmetic", tq, "the average share is the plain mean of the six: 300,3 / 6 = 50,05 → 50,1",
        "pct_ok(" + T["share"] + ", round(" + " + ".join(R[h]["share"] for h in H) + ", 1), 600, 1)")
g.check("internal_conflict", "у 2024 році обслужив 1 214 осіб та супроводжував 38 сімей",
        "commentary repeats Меджибізька's row", f"{m1} == {R['Меджибізька']['served']} and {m2} == {R['Меджибізька']['fam']}")
g.check("internal_conflict", "у середньому по групі становить 50,1 %", "commentary repeats the table's average",
        f"{ps} == {T['share']}")
g.check("percent_range", "нижче за 45 % вона лише в Антонінській та Староушицькій громадах",
        "only 41,7 and 38,5 are below 45 %; all shares within 0..100",
        " and ".join(f"({R[h]['share']} < 45) == {h in ('Антонінська', 'Староушицька')}" for h in H))
g.check("table_arithmetic", "припадає 56,8 отримувача послуг",
        "derived ratio: 6 707 / 118 = 56,84 → 56,8 (the ratio itself is skipped, so it is a literal)",
        "round((" + " + ".join(R[h]["served"] for h in H) + f") / {T['staff']}, 1) == 56.8")
g.skip("наказом Департаменту від 12.02.2024 № 37, за 5 показниками", [12, 2, 2024, 37, 5], "order date and number; number of indicators")
g.skip("максимальна сума – 100 балів", [100], "maximum score")
g.skip("групи «до 25 тис. населення»", [25000], "population group of the rating")
g.skip("за підсумками 2024 року", [2024], "year")
g.skip("Таблиця. Рейтинг ЦНСП за 2024 рік", [2024], "table title year")
g.skip("1\tСатанівська", [1, 2, 3, 4, 5, 6], "row numbers (№)")
g.skip("1\tСатанівська\t1 402\t44\t61,4\t24\t91\t1", [91, 86, 83, 77, 72, 64, 1, 2, 3, 4, 5, 6],
       "«Бали» (scores) and «Місце» (ranks) columns of all rows; the Разом row has «х»")
g.skip("Сатанівська громада (91 бал), найнижчий – Староушицька (64 бали), що на 27 балів менше за лідера",
       [91, 64, 27], "scores and their difference")
g.skip("піднявся з 4-го місця (2023 рік) на 2-ге", [4, 2023, 2], "ranks, prior year")
g.skip("припадає 56,8 отримувача послуг", [56.8], "ratio (recipients per worker)")
g.skip("Загалом у 6 громадах групи проживає 71,3 тис. осіб", [6, 71300], "hromada count, population")
g.skip("нижче за 45 % вона лише", [45], "threshold")
g.skip("до 01.04.2025 подати плани", [1, 4, 2025], "deadline")
g.skip("за підсумками І півріччя 2025 року", [1, 2025], "next period")
g.skip("охоплення послугами – до 30; соціальний супровід – до 25; результативність – до 25; кадрове забезпечення – до 10; своєчасність подання звітності – до 10",
       [30, 25, 25, 10, 10], "maximum scores per indicator of the method")
g.skip("станом на 10.02.2025; звіт Староушицької громади надійшов 14.02.2025, із запізненням на 4 дні, тому за своєчасність їй нараховано 0 балів",
       [10, 2, 2025, 14, 2, 2025, 4, 0], "dates, delay in days, a score")
g.skip("Вих. № 06-2/418 від 21.02.2025", [6, 2, 418, 21, 2, 2025], "outgoing number and date")
g.note("a comparison of six hromadas' centres by the oblast department. meta describes the document as a whole: "
       "centre = the department that wrote it (uszn), oblast Хмельницька, settlement = its seat Хмельницький (not written "
       "in the text; the city is implied by the department's name), report_kind other (meta_alt period_report, "
       "annual_report), period 2024")
g.note("each table cell that is a §3 figure is a fact quoted by its row, with district = the hromada as written in the "
       "row (Сатанівська …); the counts hang on the Разом cell of the same column and share a group per column")
g.note("shares are per hromada: share with label «частка сімей з подоланими СЖО» and the district; the group average "
       "(50,1) is a share with its own label, not a sum, so the shares carry no parent")
g.note("«Сімей під соц. супроводом» → served families social_support_sjo, alt support_ongoing; «Працівників (факт.)» → staff_actual")
g.note("«Бали» and «Місце» have no §3 id → skipped")
g.write()
