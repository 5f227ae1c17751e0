"""b57_06: external quality assessment of home care provided in 2023 by КУ «ЦНСП» Андріяшівської
сільської ради (Сумська), written by a commission of the council. reportlab PDF (Liberation fonts), a
criteria table (% positive answers, rating) with the document's own bands; numbered recommendations."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

DOC = "b57_06_andriiashivka_cnsp_external2023.pdf"

HEAD = ["АНДРІЯШІВСЬКА СІЛЬСЬКА РАДА РОМЕНСЬКОГО РАЙОНУ СУМСЬКОЇ ОБЛАСТІ",
        "Комісія з проведення зовнішньої оцінки якості соціальних послуг"]
TITLE = ("ЗВІТ<br/>про результати зовнішньої оцінки якості соціальної послуги догляду вдома, наданої "
         "у 2023 році Комунальною установою «Центр надання соціальних послуг» Андріяшівської сільської ради")
P1 = [
    "Оцінювання проведено відповідно до розпорядження сільського голови від 02.02.2024 № 17-од у період "
    "з 12 по 23 лютого 2024 року комісією у складі 5 осіб. Надавач: КУ «ЦНСП» Андріяшівської сільської "
    "ради, код ЄДРПОУ 44302871, 42620, с. Андріяшівка, вул. Шкільна, 9, тел. (05448) 0-93-16.",
    "Громада налічує 14 населених пунктів. У 2023 році послугу догляду вдома отримували 68 осіб, серед "
    "них 41 одинока особа; середній вік отримувачів – 79 років. Взято на обслуговування 14 осіб, "
    "припинено надання послуги 11 особам: у зв'язку зі смертю – 7, у зв'язку з влаштуванням до "
    "інтернатного закладу – 1, у зв'язку з переїздом до родичів – 3. Протягом року надано 9 416 послуг "
    "догляду вдома. Послугу надають 9 соціальних робітників при штатній чисельності відділення 10 посад.",
    "Методи: вивчення 68 особових справ, анкетування отримувачів, 12 спостережень під час візитів. В "
    "анкетуванні взяли участь 46 отримувачів послуги. Якістю послуги задоволені 91,3 % опитаних, "
    "частково задоволені – 6,5 %, не задоволені – 2,2 %.",
    "Рівень якості за кожним критерієм визначався так: 81–100 % позитивних відповідей – «добре», "
    "61–80 % – «задовільно», 60 % і менше – «незадовільно».",
    "Таблиця 1. Результати оцінки за критеріями",
]
TABLE = [
    ["Критерій", "Позитивних відповідей, %", "Оцінка"],
    ["Адресність та індивідуальний підхід", "95,7", "добре"],
    ["Результативність", "87,0", "добре"],
    ["Своєчасність", "93,7", "добре"],
    ["Доступність та відкритість", "78,3", "задовільно"],
    ["Зручність", "71,7", "добре"],
    ["Повага до гідності отримувача", "100,0", "добре"],
    ["Професійність", "91,3", "добре"],
    ["Захист та безпека", "82,6", "добре"],
    ["Конфіденційність інформації", "97,8", "добре"],
    ["Загальна оцінка якості", "", "добре"],
]
P2 = [
    "Протягом 2023 року надійшло 2 скарги (на несвоєчасний прихід соціального робітника), обидві "
    "розглянуто, вжито заходів.",
    "Висновок: якість надання послуги догляду вдома у 2023 році оцінено як «добре».",
    "Рекомендації: 1) забезпечити графік візитів з урахуванням віддаленості сіл (до 01.06.2024); "
    "2) розмістити інформацію про послугу в 14 старостинських округах і населених пунктах; 3) провести "
    "повторне анкетування у І кварталі 2025 року.",
    "Голова комісії                                     (підпис)",
]


def build(path):
    register_fonts()
    st = ParagraphStyle("b", fontName="LSerif", fontSize=12, leading=15, spaceAfter=6, alignment=4,
                        firstLineIndent=12 * mm)
    hs = ParagraphStyle("h", fontName="LSerif-B", fontSize=11, leading=14, alignment=1)
    ts = ParagraphStyle("t", fontName="LSerif-B", fontSize=12, leading=15, alignment=1, spaceBefore=10,
                        spaceAfter=10)
    cs = ParagraphStyle("c", fontName="LSans", fontSize=10, leading=12)
    story = [Paragraph(h, hs) for h in HEAD] + [Paragraph(TITLE, ts)]
    story += [Paragraph(p, st) for p in P1]
    t = Table([[Paragraph(c, cs) for c in r] for r in TABLE], colWidths=[85 * mm, 45 * mm, 35 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [t, Spacer(1, 8)]
    story += [Paragraph(p, st) for p in P2]
    SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                      bottomMargin=15 * mm, invariant=1, title="Звіт зовнішньої оцінки").build(story)


CRIT = [("Адресність та індивідуальний підхід\t95,7\tдобре", "targeting", 95.7, "good"),
        ("Результативність\t87,0\tдобре", "effectiveness", 87, "good"),
        ("Своєчасність\t93,7\tдобре", "timeliness", 93.7, "good"),
        ("Доступність та відкритість\t78,3\tзадовільно", "accessibility", 78.3, "satisfactory"),
        ("Зручність\t71,7\tдобре", "convenience", 71.7, "good"),
        ("Повага до гідності отримувача\t100,0\tдобре", "dignity", 100, "good"),
        ("Професійність\t91,3\tдобре", "professionalism", 91.3, "good"),
        ("Захист та безпека\t82,6\tдобре", "safety", 82.6, "good"),
        ("Конфіденційність інформації\t97,8\tдобре", "confidentiality", 97.8, "good")]


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Андріяшівської сільської ради",
        "centre_type": "cnsp", "settlement": "Андріяшівка", "oblast": "Сумська",
        "report_kind": "external_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Андріяшівської сільської ради",
                             "КУ «ЦНСП» Андріяшівської сільської ради"]})
    f1 = g.f("served", "persons", 68, "У 2023 році послугу догляду вдома отримували 68 осіб", service="home_care")
    f2 = g.f("served", "persons", 41, "серед них 41 одинока особа", service="home_care",
             category="одинокі особи", parent=f1)
    f3 = g.f("served", "persons", 14, "Взято на обслуговування 14 осіб", service="home_care",
             alt=["registered_new", "support_started"], parent=f1)
    f4 = g.f("support_completed", "persons", 11, "припинено надання послуги 11 особам", service="home_care",
             alt=["deregistered"])
    grp = "stopped_11_by_reason"
    f5 = g.f("outcome_other", "persons", 7, "у зв'язку зі смертю – 7", label="у зв'язку зі смертю",
             service="home_care", group=grp, parent=f4, alt=["deregistered"])
    f6 = g.f("outcome_other", "persons", 1, "у зв'язку з влаштуванням до інтернатного закладу – 1",
             label="у зв'язку з влаштуванням до інтернатного закладу", service="home_care", group=grp,
             parent=f4, alt=["deregistered"])
    f7 = g.f("outcome_other", "persons", 3, "у зв'язку з переїздом до родичів – 3",
             label="у зв'язку з переїздом до родичів", service="home_care", group=grp, parent=f4,
             alt=["deregistered"])
    f8 = g.f("services_provided", "services", 9416, "Протягом року надано 9 416 послуг догляду вдома",
             service="home_care")
    f9 = g.f("staff_actual", "staff", 9, "Послугу надають 9 соціальних робітників")
    f10 = g.f("staff_positions", "positions", 10, "при штатній чисельності відділення 10 посад")
    f11 = g.f("survey_respondents", "recipients", 46, "анкетуванні взяли участь 46 отримувачів послуги",
              unit_alt="persons")
    f12 = g.f("satisfaction", "percent", 91.3, "Якістю послуги задоволені 91,3 % опитаних",
              label="задоволені якістю послуги", alt=["share"])
    f13 = g.f("share", "percent", 6.5, "частково задоволені – 6,5 %", label="частково задоволені якістю послуги",
              alt=["satisfaction"])
    f14 = g.f("share", "percent", 2.2, "не задоволені – 2,2 %", label="не задоволені якістю послуги")
    cid = {}
    for q, c, pct, r in CRIT:
        a = g.f("share", "percent", pct, q, criterion=c, label="частка позитивних відповідей",
                alt=["satisfaction"])
        b = g.f("rating", "rating", r, q, criterion=c)
        cid[c] = (a, b)
    assert cid["targeting"] == ("f15", "f16") and cid["confidentiality"] == ("f31", "f32")
    f33 = g.f("rating", "rating", "good", "Загальна оцінка якості\t\tдобре", criterion="overall")
    f34 = g.f("rating", "rating", "good",
              "якість надання послуги догляду вдома у 2023 році оцінено як «добре»", criterion="overall",
              note="the overall rating repeated in the conclusion: a second fact")
    f35 = g.f("complaints", "complaints", 2, "Протягом 2023 року надійшло 2 скарги")

    B = "[(81, 100, 'good'), (61, 80, 'satisfactory'), (0, 60, 'unsatisfactory')]"
    g.slip("percent_impossible", "error", "Своєчасність\t93,7\tдобре", 93.7, 93.5,
           [cid["timeliness"][0], f11],
           "with 46 respondents no whole number of positive answers gives 93,7 % (43 → 93,5; 44 → 95,7); expected is the nearest reachable value",
           "grim_ok(f19, f11, 1)", slip=1)
    g.slip("rating_band", "error", "Зручність\t71,7\tдобре", "good", "satisfactory",
           [cid["convenience"][0], cid["convenience"][1]],
           "71,7 % lies in the document's own 61–80 % band, which it calls «задовільно»; the table says «добре»",
           f"band(f23, {B}) == f24", slip=2)
    ok_pcts = [c for c in CRIT if c[1] not in ("timeliness",)]
    ids = " and ".join(f"grim_ok(f{cid[c[1]][0][1:]}, f11, 1)" for c in ok_pcts)
    g.check("percent_impossible", "Адресність та індивідуальний підхід\t95,7\tдобре",
            "every other criterion share is reachable with 46 respondents (44, 40, 36, 33, 46, 42, 38, 45 of 46)",
            ids)
    bands_ok = " and ".join(f"band(f{cid[c[1]][0][1:]}, {B}) == f{cid[c[1]][1][1:]}"
                            for c in CRIT if c[1] != "convenience")
    g.check("rating_band", "Доступність та відкритість\t78,3\tзадовільно",
            "every other rating agrees with the bands (78,3 → задовільно, the rest ≥ 81 → добре)", bands_ok)
    g.check("percent_impossible", "Якістю послуги задоволені 91,3 % опитаних",
            "91,3 / 6,5 / 2,2 % are 42, 3 and 1 of 46", "grim_ok(f12, f11, 1) and grim_ok(f13, f11, 1) and grim_ok(f14, f11, 1)")
    g.check("percents_sum", "частково задоволені – 6,5 %, не задоволені – 2,2 %", "91,3 + 6,5 + 2,2 = 100,0",
            "psum_ok([f12, f13, f14], 1)")
    g.check("parts_sum", "припинено надання послуги 11 особам: у зв'язку зі смертю – 7",
            "7 + 1 + 3 = 11", "f5 + f6 + f7 == f4")
    g.check("parts_sum", "серед них 41 одинока особа", "41 ≤ 68; 14 taken on ≤ 68; 46 respondents ≤ 68",
            "f2 <= f1 and f3 <= f1 and f11 <= f1")
    g.check("parts_sum", "Послугу надають 9 соціальних робітників", "9 ≤ 10", "f9 <= f10")
    g.check("internal_conflict", "якість надання послуги догляду вдома у 2023 році оцінено як «добре»",
            "the overall rating in the conclusion equals the table's", "f33 == f34")

    g.skip("розпорядження сільського голови від 02.02.2024 № 17-од", [2, 2, 2024, 17], "order date and number")
    g.skip("у період з 12 по 23 лютого 2024 року комісією у складі 5 осіб", [12, 23, 2024, 5],
           "assessment dates, commission size")
    g.skip("код ЄДРПОУ 44302871, 42620, с.", [44302871, 42620], "ЄДРПОУ, postcode")
    g.skip("Андріяшівка, вул. Шкільна, 9, тел. (05448) 0-93-16.", [9, 5448, 9316], "address, phone")
    g.skip("Громада налічує 14 населених пунктів.", [14], "settlement count")
    g.skip("середній вік отримувачів – 79 років", [79], "average age")
    g.skip("Методи: вивчення 68 особових справ, анкетування отримувачів, 12 спостережень під час візитів.",
           [68, 12], "case files studied (repeats the 68 recipients; method) and observations")
    g.skip("81–100 % позитивних відповідей\n\n– «добре», 61–80 % – «задовільно», 60 % і менше – «незадовільно»",
           [81, 100, 61, 80, 60], "the document's rating bands")
    g.skip("Таблиця 1. Результати оцінки за критеріями", [1], "table number")
    g.skip("обидві розглянуто", [2], "«обидві» repeats the 2 complaints")
    g.skip("1) забезпечити графік візитів з урахуванням віддаленості сіл (до 01.06.2024)", [1, 1, 6, 2024],
           "recommendation number, deadline")
    g.skip("2) розмістити інформацію про послугу в 14 старостинських округах", [2, 14],
           "recommendation number, count of districts")
    g.skip("3) провести повторне анкетування у І кварталі 2025 року", [3, 2025], "recommendation number, plan")
    g.note("external assessment of 2023 written in February 2024: the period is 2023 (the assessed year); "
           "the assessment dates are skipped")
    g.note("criterion shares are `share` with `criterion` (alt satisfaction); each criterion row also gives a "
           "`rating`; the overall rating has no percentage in the table; it is written twice (table and "
           "conclusion): two facts")
    g.note("«припинено надання послуги 11 особам» → support_completed (alt deregistered) with the reasons "
           "as outcome_other parts, as in blind18")
    g.note("«46 отримувачів» → unit recipients (unit_alt persons)")
    g.note("the PDF is justified: the reader breaks some sentences into separate blocks (the address, the "
           "band definitions), so those skip quotes span the break as printed")
    g.note("the band «60 % і менше» is encoded as 0–60 in `band`; no value falls between bands")
    g.write()


if __name__ == "__main__":
    main()
