"""b20_03: КУ «Центр надання соціальних послуг» Долинської міської ради (Івано-Франківська),
internal quality assessment of home care provided in 2024. reportlab PDF (two pages, page footer),
a criteria table (criterion / % positive answers / rating) and the document's own rating bands.
Planted slip: «Доступність та відкритість» 57,3 % cannot come from 42 respondents (24/42 = 57,1 %,
25/42 = 59,5 %) — percent_impossible.
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import FONT_DIR, Gold, register_fonts, report_path  # noqa: F401

DOC = "b20_03_dolyna_cnsp_internal2024.pdf"
NB = "\u00a0"

HEAD = ("Комунальна установа «Центр надання соціальних послуг» Долинської міської ради<br/>"
        "77500, Івано-Франківська обл., м. Долина, вул. Грушевського, 9; тел. (03477) 0-25-81; "
        "код ЄДРПОУ 44210386")
TITLE = ("ЗВІТ<br/>про результати внутрішньої оцінки якості соціальної послуги догляду вдома, "
         "наданої у 2024 році")

P1 = [
    "Внутрішню оцінку проведено відповідно до Порядку проведення моніторингу надання та оцінки "
    "якості соціальних послуг, затвердженого постановою Кабінету Міністрів України від 01.06.2020 "
    "№ 449, на підставі наказу директора від 03.02.2025 № 12-од. Оцінювання здійснювала комісія з "
    "4 осіб у період з 10 по 28 лютого 2025 року.",
    "<b>1. Обсяг послуги.</b> У 2024 році послугу догляду вдома отримували 146 осіб, з них 38 – особи "
    "з інвалідністю I–II групи, 9 – внутрішньо переміщені особи. Протягом року взято на обслуговування "
    "27 осіб, знято з обслуговування – 19, у т. ч. 12 у зв'язку зі смертю. Отримувачам надано "
    f"9{NB}874 послуги догляду вдома. Послугу надавав 21 соціальний робітник; середній вік отримувачів – "
    "78 років, тривалість одного відвідування – до 2 годин.",
    "<b>2. Методи.</b> Опрацьовано особові справи отримувачів, проведено спостереження та анкетування. "
    f"В анкетуванні взяли участь 42 отримувачі послуги (28,8{NB}% від загальної кількості). "
    "Рівень якості за кожним критерієм визначався за часткою позитивних відповідей: "
    f"від 80 до 100{NB}% – «добре», від 51 до 79{NB}% – «задовільно», 50{NB}% і менше – «незадовільно».",
    "<b>3. Результати оцінювання</b> за критеріями наведено в таблиці.",
]

TABLE = [
    ["№ з/п", "Критерій якості", "Позитивних відповідей, %", "Оцінка"],
    ["1", "Адресність та індивідуальний підхід", "92,9", "добре"],
    ["2", "Результативність", "85,7", "добре"],
    ["3", "Своєчасність", "88,1", "добре"],
    ["4", "Доступність та відкритість", "57,3", "задовільно"],
    ["5", "Зручність", "81,0", "добре"],
    ["6", "Повага до гідності отримувача", "100,0", "добре"],
    ["7", "Професійність", "95,2", "добре"],
    ["8", "Конфіденційність інформації", "97,6", "добре"],
    ["", "Загальна оцінка якості", "", "добре"],
]

P2 = [
    "<b>4. Скарги.</b> Скарг від отримувачів послуги та їхніх родичів у 2024 році не надходило.",
    "<b>5. Висновки.</b> Якість надання соціальної послуги догляду вдома за 2024 рік оцінено на "
    "рівні «добре». Найнижчий результат – за критерієм доступності: отримувачі з віддалених гірських "
    "сіл скаржаться на нерегулярне транспортне сполучення.",
    "<b>6. Рекомендації.</b> 1) до 01.06.2025 розмістити на сайті оновлений перелік послуг і тарифи; "
    "2) до 30.09.2025 запровадити графік виїздів до 6 віддалених сіл; 3) провести повторне "
    "анкетування у I кварталі 2026 року.",
    "Голова комісії (підпис)",
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSerif", 9)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page} з 2")
    canvas.restoreState()


def build():
    register_fonts()
    body = ParagraphStyle("b", fontName="LSerif", fontSize=11.5, leading=15, spaceAfter=6, alignment=4)
    head = ParagraphStyle("h", fontName="LSerif", fontSize=10, leading=13, alignment=1, spaceAfter=8)
    title = ParagraphStyle("t", fontName="LSerif-B", fontSize=12.5, leading=16, alignment=1, spaceAfter=10)
    cell = ParagraphStyle("c", fontName="LSerif", fontSize=10.5, leading=13)
    doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=22 * mm, title="Звіт про внутрішню оцінку якості",
                            author="ЦНСП Долинської міської ради")
    story = [Paragraph(HEAD, head), Paragraph(TITLE, title)]
    story += [Paragraph(p, body) for p in P1]
    data = [[Paragraph(c, cell) for c in row] for row in TABLE]
    t = Table(data, colWidths=[14 * mm, 78 * mm, 42 * mm, 30 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [Spacer(1, 4), t, PageBreak()]
    story += [Paragraph(p, body) for p in P2]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Долинської міської ради",
        "centre_type": "cnsp",
        "settlement": "Долина",
        "oblast": "Івано-Франківська",
        "report_kind": "internal_assessment",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Долинської міської ради",
        "КУ «Центр надання соціальних послуг» Долинської міської ради"]})
    H = "home_care"

    def v(fid):
        return "f" + fid[1:]

    srv = g.f("served", "persons", 146, "У 2024 році послугу догляду вдома отримували 146 осіб", service=H)
    c1 = g.f("served", "persons", 38, "з них 38 – особи з інвалідністю I–II групи", service=H,
             category="особи з інвалідністю I–II групи", parent=srv)
    c2 = g.f("served", "persons", 9, "9 – внутрішньо переміщені особи", service=H,
             category="внутрішньо переміщені особи", parent=srv)
    tak = g.f("served", "persons", 27, "взято на обслуговування 27 осіб", service=H,
              label="взято на обслуговування", alt=["registered_new", "support_started"], parent=srv)
    der = g.f("deregistered", "persons", 19, "знято з обслуговування – 19", service=H)
    d1 = g.f("deregistered", "persons", 12, "у т. ч. 12 у зв'язку зі смертю", service=H, label="смерть", parent=der)
    g.f("services_provided", "services", 9874, "Отримувачам надано 9 874 послуги догляду вдома", service=H)
    sw = g.f("staff_actual", "staff", 21, "Послугу надавав 21 соціальний робітник", service=H,
             label="соціальні робітники")
    sr = g.f("survey_respondents", "recipients", 42, "В анкетуванні взяли участь 42 отримувачі послуги (28,8 %",
             percent=28.8, service=H, unit_alt="persons")
    rows = [
        ("targeting", "Адресність та індивідуальний підхід", 92.9, "good"),
        ("effectiveness", "Результативність", 85.7, "good"),
        ("timeliness", "Своєчасність", 88.1, "good"),
        ("accessibility", "Доступність та відкритість", 57.3, "satisfactory"),
        ("convenience", "Зручність", 81.0, "good"),
        ("dignity", "Повага до гідності отримувача", 100.0, "good"),
        ("professionalism", "Професійність", 95.2, "good"),
        ("confidentiality", "Конфіденційність інформації", 97.6, "good"),
    ]
    uk = {"good": "добре", "satisfactory": "задовільно"}
    shares, ratings = {}, {}
    for i, (crit, name, pct, rat) in enumerate(rows, 1):
        ps = f"{pct:.1f}".replace(".", ",")
        q = f"{i}\t{name}\t{ps}\t{uk[rat]}"
        val = int(pct) if float(pct).is_integer() else pct
        shares[crit] = g.f("share", "percent", val, q, criterion=crit, service=H, alt=["satisfaction"],
                           label=f"частка позитивних відповідей: {name}")
        ratings[crit] = g.f("rating", "rating", rat, q, criterion=crit, service=H)
    ov = g.f("rating", "rating", "good", "Загальна оцінка якості\t\tдобре", criterion="overall", service=H)
    ov2 = g.f("rating", "rating", "good",
              "Якість надання соціальної послуги догляду вдома за 2024 рік оцінено на рівні «добре»",
              criterion="overall", service=H, note="the overall rating written a second time, in the conclusions")
    g.f("complaints", "complaints", 0, "Скарг від отримувачів послуги та їхніх родичів у 2024 році не надходило",
        service=H)

    bands = "[(80, 100, 'good'), (51, 79.99, 'satisfactory'), (0, 50, 'unsatisfactory')]"
    acc = shares["accessibility"]
    g.slip("percent_impossible", "error", "4\tДоступність та відкритість\t57,3\tзадовільно", 57.3,
           "57.1 or 59.5 (N = 42)", [acc, sr],
           "42 respondents: 24/42 = 57,14 %, 25/42 = 59,52 %; no whole number of the 42 gives 57,3 %",
           f"grim_ok({v(acc)}, {v(sr)}, 1)")
    ok_crit = [c for c, *_ in rows if c != "accessibility"]
    g.check("percent_impossible", "Позитивних відповідей,%",
            "the other seven shares are reachable with 42 respondents: 39, 36, 37, 34, 42, 40, 41 of 42",
            "all([" + ", ".join(f"grim_ok({v(shares[c])}, {v(sr)}, 1)" for c in ok_crit) + "])")
    g.check("rating_band", "від 80 до 100 % – «добре», від 51 до 79 % – «задовільно»",
            "every criterion's rating agrees with the document's bands (57,3 → «задовільно», the rest ≥ 80 → «добре»)",
            "all([" + ", ".join(f"band({v(shares[c])}, {bands}) == {v(ratings[c])}" for c, *_ in rows) + "])")
    g.check("rating_band", "Загальна оцінка якості\t\tдобре",
            "overall «добре» with seven of eight criteria «добре»; the conclusions repeat «добре»",
            f"{v(ov)} == {v(ov2)} == 'good'")
    g.check("percent_mismatch", "В анкетуванні взяли участь 42 отримувачі послуги (28,8 % від загальної кількості)",
            "42 / 146 = 28,77 % → 28,8", f"pct_ok(p{sr[1:]}, {v(sr)}, {v(srv)}, 1)")
    g.check("parts_sum", "з них 38 – особи з інвалідністю I–II групи, 9 – внутрішньо переміщені особи",
            "overlapping categories 38 and 9, and the 27 taken on, each ≤ 146",
            f"{v(c1)} <= {v(srv)} and {v(c2)} <= {v(srv)} and {v(tak)} <= {v(srv)}")
    g.check("parts_sum", "у т. ч. 12 у зв'язку зі смертю", "12 ≤ 19", f"{v(d1)} <= {v(der)}")

    g.skip("77500, Івано-Франківська обл., м. Долина, вул. Грушевського, 9; тел. (03477) 0-25-81",
           [77500, 9, 3477, 2581], "postcode, address, phone")
    g.skip("код ЄДРПОУ 44210386", [44210386], "ЄДРПОУ")
    g.skip("постановою Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449], "act date and number")
    g.skip("наказу директора від 03.02.2025 № 12-од", [3, 2, 2025, 12], "order date and number")
    g.skip("комісія з 4 осіб у період з 10 по 28 лютого 2025 року", [4, 10, 28, 2025],
           "commission size, assessment dates")
    g.skip("середній вік отримувачів – 78 років, тривалість одного відвідування – до 2 годин", [78, 2],
           "average age, duration")
    g.skip("від 80 до 100 % – «добре», від 51 до 79 % – «задовільно», 50 % і менше – «незадовільно»",
           [80, 100, 51, 79, 50], "rating band definitions")
    g.skip("з інвалідністю I–II групи", [1, 2], "disability groups (Roman numerals)")
    g.skip("№ з/п", [1, 2, 3, 4, 5, 6, 7, 8], "table row numbers; section numbers 1.–6.")
    g.skip("до 01.06.2025 розмістити на сайті оновлений перелік послуг і тарифи; 2) до 30.09.2025 запровадити "
           "графік виїздів до 6 віддалених сіл; 3) провести повторне анкетування у I кварталі 2026 року",
           [1, 6, 2025, 2, 30, 9, 2025, 6, 3, 1, 2026], "recommendations: numbers, deadlines, village count")
    g.skip("Сторінка 1 з 2", [1, 2], "page footer")

    g.note("criterion shares are `share` with `criterion` (alt satisfaction); each table row gives a share and a rating")
    g.note("the overall rating is written twice (table and conclusions): two facts")
    g.note("«взято на обслуговування 27 осіб» → served with a label (alt registered_new, support_started); "
           "the categories 38 and 9 overlap («з них»), parent only")
    g.note("«42 отримувачі послуги (28,8 % від загальної кількості)» → survey_respondents with percent 28,8 of the 146")
    g.note("the 21 social workers who delivered the service → staff_actual with label, as in the shared gold")
    g.write()


if __name__ == "__main__":
    build()
    gold()
