"""b77_04: УСЗН Тернівської міської ради (Дніпропетровська), analytic note on H1 2025. reportlab PDF with a budget table."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts, read_text

DOC = "b77_04_ternivka_uszn_h1_2025.pdf"

HEAD = [
    ("h", "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ТЕРНІВСЬКОЇ МІСЬКОЇ РАДИ"),
    ("c", "51500, Дніпропетровська обл., м. Тернівка, вул. Харківська, 17, тел. (05633) 0-26-41, код ЄДРПОУ 03196482"),
    ("h", "АНАЛІТИЧНА ДОВІДКА"),
    ("c", "щодо надання соціальних послуг у Тернівській міській територіальній громаді за І півріччя 2025 року"),
    ("p", "Довідку підготовлено відповідно до плану роботи управління на 2025 рік (пункт 14) з метою аналізу стану забезпечення мешканців громади соціальними послугами."),
    ("b", "1. Потреба у соціальних послугах"),
    ("p", "За результатами визначення потреб населення громади у соціальних послугах, затвердженими рішенням міської ради від 19.12.2024 № 1127-52/VIII, у громаді проживає 27,3 тис. осіб, з них 7,8 тис. – особи пенсійного віку, 2,4 тис. – особи з інвалідністю, 3 116 – внутрішньо переміщені особи."),
    ("b", "2. Звернення"),
    ("p", "У І півріччі 2025 року до управління надійшло 418 заяв про надання соціальних послуг (у І півріччі 2024 року – 362). Розглянуто 401 заяву, решта 17 перебувають на розгляді. Прийнято 379 рішень про надання послуг і 22 рішення про відмову."),
    ("b", "3. Надавачі та отримувачі"),
    ("p", "Загалом соціальні послуги у звітному періоді отримали 2 184 особи. Їх надавали:"),
    ("p", "– Територіальний центр соціального обслуговування (надання соціальних послуг) – 1 247 осіб;"),
    ("p", "– Центр соціальних служб – 863 особи;"),
    ("p", "– 2 недержавні надавачі за договорами соціального замовлення – 74 особи."),
    ("p", "Послугу догляду вдома отримували 392 особи, станом на 01.07.2025 її отримують 371 особа. Паліативний догляд надано 18 особам, денний догляд – 46 особам. Середній час обслуговування одного отримувача вдома – 2,5 години на тиждень."),
    ("b", "4. Якість послуг"),
    ("p", "У травні 2025 року управління провело моніторинг послуги догляду вдома: опитано 103 отримувачі, частка позитивних відповідей становить 87,4 %, якість послуги оцінено як «добре». Надійшло 3 скарги, з них 1 визнано обґрунтованою."),
    ("b", "5. Фінансування"),
    ("p", "Касові видатки за бюджетною програмою за І півріччя склали 9 605,5 тис. грн, або 96,3 % плану на півріччя. На закупівлю соціальних послуг у недержавних надавачів (КЕКВ 2240) використано 612,8 тис. грн."),
    ("l", "Таблиця 2. Виконання бюджетної програми КПКВК 0813104, тис. грн"),
]
TAB = [
    ["КЕКВ", "Найменування", "Затверджено на 2025 рік", "План на І півріччя", "Касові видатки", "Економія"],
    ["2111", "Заробітна плата", "14 862,0", "7 431,0", "7 204,6", "226,4"],
    ["2120", "Нарахування на оплату праці", "3 269,6", "1 634,8", "1 585,0", "49,8"],
    ["2210", "Предмети, матеріали, обладнання та інвентар", "412,0", "206,0", "131,7", "74,3"],
    ["2240", "Оплата послуг (крім комунальних)", "1 225,6", "612,8", "612,8", "0,0"],
    ["2273", "Оплата електроенергії", "186,0", "93,0", "71,4", "12,6"],
    ["Разом", "", "19 955,2", "9 977,6", "9 605,5", "372,1"],
]
TAIL = [
    ("b", "6. Висновки та пропозиції"),
    ("p", "Потреба у послузі догляду вдома задоволена не повністю: у черзі перебувають 14 осіб. Пропонується у ІІ півріччі 2025 року ввести 5 додаткових посад соціальних робітників у ТЦСО та збільшити обсяг соціального замовлення до 1,5 млн грн на рік."),
    ("l", "Начальник управління                                        (підпис)"),
    ("l", "Виконавець: відділ соціальних послуг, тел. (05633) 0-26-48, 08.07.2025"),
]


def build(path):
    register_fonts()
    st = {
        "h": ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, alignment=1, spaceAfter=4),
        "c": ParagraphStyle("c", fontName="LSerif", fontSize=11, leading=14, alignment=1, spaceAfter=6),
        "p": ParagraphStyle("p", fontName="LSerif", fontSize=11, leading=14, alignment=4, spaceAfter=5,
                            firstLineIndent=10 * mm),
        "b": ParagraphStyle("b", fontName="LSerif-B", fontSize=11, leading=14, spaceBefore=4, spaceAfter=4),
        "l": ParagraphStyle("l", fontName="LSerif", fontSize=11, leading=14, spaceAfter=5),
    }
    cell = ParagraphStyle("cell", fontName="LSerif", fontSize=9.5, leading=11)

    def on_page(canvas, doc):
        canvas.setFont("LSerif", 9)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page} з 2")
    story = [Paragraph(t, st[k]) for k, t in HEAD]
    data = [[Paragraph(c, cell) for c in r] for r in TAB]
    t = Table(data, colWidths=[14 * mm, 55 * mm, 28 * mm, 26 * mm, 24 * mm, 22 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("SPAN", (0, -1), (1, -1))]))
    story += [t, Spacer(1, 6 * mm)] + [Paragraph(x, st[k]) for k, x in TAIL]
    SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                      bottomMargin=20 * mm, invariant=1, title="Аналітична довідка",
                      author="УСЗН").build(story, onFirstPage=on_page, onLaterPages=on_page)


def tv(s):
    return int(round(float(s.replace(" ", "").replace(",", ".")) * 1000))


def main():
    path = report_path(DOC)
    build(path)
    text = read_text(path)
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Тернівської міської ради", "centre_type": "uszn",
        "settlement": "Тернівка", "oblast": "Дніпропетровська", "report_kind": "period_report",
        "period_start": "2025-01-01", "period_end": "2025-06-30"})
    f = g.f
    f("applied", "applications", 418, "до управління надійшло 418 заяв про надання соціальних послуг")
    f2 = f("served", "persons", 2184, "Загалом соціальні послуги у звітному періоді отримали 2 184 особи")
    grp = "served_2184_by_provider"
    f("served", "persons", 1247, "Територіальний центр соціального обслуговування (надання соціальних послуг) – 1 247 осіб",
      district="Територіальний центр соціального обслуговування", group=grp, parent=f2)
    f("served", "persons", 863, "Центр соціальних служб – 863 особи", district="Центр соціальних служб",
      group=grp, parent=f2)
    f("served", "persons", 74, "2 недержавні надавачі за договорами соціального замовлення – 74 особи",
      district="недержавні надавачі", group=grp, parent=f2)
    f6 = f("served", "persons", 392, "Послугу догляду вдома отримували 392 особи", service="home_care")
    f("support_ongoing", "persons", 371, "станом на 01.07.2025 її отримують 371 особа", service="home_care",
      alt=["served"], parent=f6)
    f("served", "persons", 18, "Паліативний догляд надано 18 особам", service="palliative_care")
    f("served", "persons", 46, "денний догляд – 46 особам", service="day_care")
    f("survey_respondents", "recipients", 103, "опитано 103 отримувачі", unit_alt="persons", service="home_care")
    f("share", "percent", 87.4, "частка позитивних відповідей становить 87,4 %", criterion="overall",
      label="частка позитивних відповідей", alt=["satisfaction"])
    f("rating", "rating", "good", "якість послуги оцінено як «добре»", criterion="overall", service="home_care")
    f13 = f("complaints", "complaints", 3, "Надійшло 3 скарги")
    f("complaints", "complaints", 1, "з них 1 визнано обґрунтованою", label="обґрунтовані", parent=f13)
    f15 = f("budget_spent", "uah", 9605500, "Касові видатки за бюджетною програмою за І півріччя склали 9 605,5 тис. грн",
            percent=96.3, label="бюджетна програма, І півріччя")
    f("budget_spent", "uah", 612800, "На закупівлю соціальних послуг у недержавних надавачів (КЕКВ 2240) використано 612,8 тис. грн",
      kekv="2240", label="закупівля соціальних послуг у недержавних надавачів")
    # table
    cols = [("budget_approved", "затверджено на 2025 рік"), ("budget_approved", "план на І півріччя"),
            ("budget_spent", "касові видатки"), ("budget_savings", "економія")]
    tot = TAB[-1]
    tq = "Разом\t" + "\t".join(tot[2:])
    assert tq in text, tq
    tot_ids = [f(ind, "uah", tv(v), tq, label=f"Разом, {lab}") for (ind, lab), v in zip(cols, tot[2:])]
    row_ids = []
    for r in TAB[1:-1]:
        q = "\t".join(r)
        assert q in text, q
        row_ids.append([f(ind, "uah", tv(v), q, kekv=r[0], label=f"{r[1]}, {lab}", parent=pid)
                        for (ind, lab), v, pid in zip(cols, r[2:], tot_ids)])
    last = row_ids[-1]
    g.slip("table_arithmetic", "error", "\t".join(TAB[5]), 12600, 21600, last,
           "економія = план на півріччя − касові видатки: 93,0 − 71,4 = 21,6 тис. грн, the row says 12,6 "
           "(digits swapped). The Разом row is right (9 977,6 − 9 605,5 = 372,1), so the Економія column "
           "no longer sums to it (363,1).",
           f"{last[1]} - {last[2]} == {last[3]}")
    chk = g.check
    chk("parts_sum", "Загалом соціальні послуги у звітному періоді отримали 2 184 особи", "1 247 + 863 + 74 = 2 184",
        "f3 + f4 + f5 == f2")
    chk("parts_sum", "Розглянуто 401 заяву, решта 17 перебувають на розгляді",
        "401 + 17 = 418; 379 + 22 = 401 (skipped literals)", "401 + 17 == f1 and 379 + 22 == 401")
    chk("parts_sum", "станом на 01.07.2025 її отримують 371 особа", "371 ≤ 392", "f7 <= f6")
    chk("percent_impossible", "частка позитивних відповідей становить 87,4 %",
        "reachable with 103 respondents: 90 / 103 = 87,38 %", "grim_ok(f11, f10, 1)")
    chk("parts_sum", "з них 1 визнано обґрунтованою", "1 ≤ 3", "f14 <= f13")
    chk("internal_conflict", "Касові видатки за бюджетною програмою за І півріччя склали 9 605,5 тис. грн",
        "prose 9 605,5 = table Разом, касові видатки; prose 612,8 (КЕКВ 2240) = table row 2240",
        f"f15 == {tot_ids[2]} and f16 == {row_ids[3][2]}")
    chk("percent_mismatch", "9 605,5 тис. грн, або 96,3 % плану на півріччя",
        "9 605,5 / 9 977,6 = 96,27 % → 96,3", f"pct_ok(p15, f15, {tot_ids[1]}, 1)")
    for i, lab in enumerate(["затверджено на рік", "план на півріччя", "касові видатки"]):
        ids = [r[i] for r in row_ids]
        chk("table_arithmetic", tq, f"column «{lab}»: rows sum to Разом", " + ".join(ids) + f" == {tot_ids[i]}")
    for r in row_ids[:-1]:
        chk("table_arithmetic", "\t".join(TAB[1 + row_ids.index(r)]), "економія = план на півріччя − касові видатки",
            f"near({r[1]} - {r[2]}, {r[3]})")
    chk("table_arithmetic", tq, "Разом: економія 9 977,6 − 9 605,5 = 372,1; half-year plan is half the year",
        f"near({tot_ids[1]} - {tot_ids[2]}, {tot_ids[3]}) and near({tot_ids[0]}, 2 * {tot_ids[1]})")

    s = g.skip
    s("51500, Дніпропетровська обл., м. Тернівка, вул. Харківська, 17, тел. (05633) 0-26-41, код ЄДРПОУ 03196482",
      [51500, 17, 5633, 2641, 3196482], "postcode, address, phone, ЄДРПОУ")
    s("за І півріччя 2025 року", [2025], "period in the title")
    s("відповідно до плану роботи управління на 2025 рік (пункт 14)", [2025, 14], "year and plan item number")
    s("рішенням міської ради від 19.12.2024 № 1127-52/VIII", [19, 12, 2024, 1127, 52], "decision date and number")
    s("у громаді проживає 27,3 тис. осіб, з них 7,8 тис. – особи пенсійного віку, 2,4 тис. – особи з інвалідністю, 3 116 – внутрішньо переміщені особи",
      [27300, 7800, 2400, 3116], "population of the hromada")
    s("(у І півріччі 2024 року – 362)", [2024, 362], "prior-year figure")
    s("Розглянуто 401 заяву, решта 17 перебувають на розгляді. Прийнято 379 рішень про надання послуг і 22 рішення про відмову.",
      [401, 17, 379, 22], "applications considered / pending, decisions and refusals (no §3 id; literals in a check)")
    s("2 недержавні надавачі", [2], "number of providers")
    s("станом на 01.07.2025", [1, 7, 2025], "date")
    s("Середній час обслуговування одного отримувача вдома – 2,5 години на тиждень.", [2.5], "duration")
    s("У травні 2025 року", [2025], "date of the monitoring")
    s("(КЕКВ 2240)", [2240], "KEKV code")
    s("Таблиця 2. Виконання бюджетної програми КПКВК 0813104, тис. грн", [2, 813104], "table number and programme code")
    s("КЕКВ\tНайменування\tЗатверджено на 2025 рік", [2025], "year in the table header")
    s("у черзі перебувають 14 осіб", [14], "queue (no §3 id)")
    s("Пропонується у ІІ півріччі 2025 року ввести 5 додаткових посад соціальних робітників у ТЦСО та збільшити обсяг соціального замовлення до 1,5 млн грн на рік.",
      [2025, 5, 1500000], "proposal / plan")
    s("тел. (05633) 0-26-48, 08.07.2025", [5633, 2648, 8, 7, 2025], "phone and date")
    s("1. Потреба у соціальних послугах", [1, 2, 3, 4, 5, 6], "section numbers")
    g.note("analytic note of an УСЗН: report_kind period_report; the providers of the hromada are given as district (provider) breakdown")
    g.note("budget table: four money columns per KEKV row, each cell a fact with kekv; «План на І півріччя» is "
           "budget_approved with a label (as b18_06's quarter approval); rows hang on the Разом cell of their column")
    g.note("the page footer «Сторінка N з 2» is in the PDF but not in the read text, so it is not listed")
    g.note("the prose 9 605,5 and 612,8 repeat table cells: separate facts")
    g.note("«частка позитивних відповідей 87,4 %» → share with criterion overall (alt satisfaction); the rating «добре» → rating overall")
    g.note("«станом на 01.07.2025 її отримують 371 особа» → support_ongoing (alt served)")
    g.write()


if __name__ == "__main__":
    main()
