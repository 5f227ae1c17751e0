"""b21_03: КУ «ЦНСП» Нововолинської міської ради, internal quality assessment of home care in 2024 (PDF).

A criteria table whose unit (%) is only in the caption, the document's own rating bands, a survey of 48.
Planted slip: «Захист та безпека» 86,2 % of 48 respondents is impossible (41/48 = 85,4; 42/48 = 87,5).
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import Gold, register_fonts, report_path

DOC = "b21_03_novovolynsk_cnsp_internal2024.pdf"

HEAD = ("Комунальна установа «Центр надання соціальних послуг» Нововолинської міської ради<br/>"
        "45400, Волинська обл., м. Нововолинськ, просп. Перемоги, 9; тел. (03344) 0-27-61; "
        "cnsp.nv@example.ua")
TITLE = ("ЗВІТ<br/>про проведення внутрішньої оцінки якості соціальної послуги догляду вдома, "
         "наданої у 2024 році")
P = [
    "Відповідно до наказу директора від 03.02.2025 № 14-ОД комісія у складі 5 осіб у період з 10.02.2025 "
    "по 07.03.2025 провела внутрішню оцінку якості соціальної послуги догляду вдома, наданої Центром "
    "протягом 2024 року.",
    "У 2024 році послугу догляду вдома отримували 318 осіб, з них 204 жінки і 114 чоловіків; 71 особа має "
    "інвалідність I групи. Протягом року взято на обслуговування 63 особи, знято з обслуговування 58 осіб.",
    "Для оцінки використано вибірковий аналіз 40 особових справ (12,6 % від загальної кількості), "
    "анкетування 48 отримувачів послуги та спостереження за роботою 9 соціальних робітників. Середній "
    "вік респондентів – 79 років.",
    "Оцінку за кожним критерієм визначено за часткою позитивних відповідей: «добре» – від 80 до 100 %, "
    "«задовільно» – від 51 до 79 %, «незадовільно» – 50 % і менше.",
]
CAPTION = "Таблиця 2. Результати оцінки за критеріями якості (частка позитивних відповідей, %)"
ROWS = [
    ("1", "Адресність та індивідуальний підхід", "93,8", "добре", "targeting"),
    ("2", "Результативність", "85,4", "добре", "effectiveness"),
    ("3", "Своєчасність", "89,6", "добре", "timeliness"),
    ("4", "Доступність та відкритість", "77,1", "задовільно", "accessibility"),
    ("5", "Зручність", "81,3", "добре", "convenience"),
    ("6", "Повага до гідності отримувача", "97,9", "добре", "dignity"),
    ("7", "Професійність", "91,7", "добре", "professionalism"),
    ("8", "Захист та безпека", "86,2", "добре", "safety"),
    ("9", "Конфіденційність інформації", "100", "добре", "confidentiality"),
]
P2 = [
    "Послугу надають 27 соціальних робітників при штатній чисельності відділення 28 посад. Середнє "
    "навантаження – 11,8 отримувача на одного соціального робітника. Навчання з питань догляду за "
    "маломобільними особами пройшли 14 соціальних робітників.",
    "Скарг від отримувачів послуги у 2024 році не надходило, надійшло 3 письмові подяки.",
    "Висновок: загальна оцінка якості соціальної послуги догляду вдома – «добре». Найнижчий показник має "
    "критерій «Доступність та відкритість».",
    "Рекомендації: 1) до 01.06.2025 оновити інформаційні матеріали про послугу; 2) до 30.09.2025 "
    "облаштувати пандус у приміщенні відділення.",
    "Голова комісії (підпис)",
]


def build():
    register_fonts()
    base = ParagraphStyle("b", fontName="LSerif", fontSize=11.5, leading=15, spaceAfter=6)
    head = ParagraphStyle("h", parent=base, alignment=TA_CENTER, fontSize=10)
    title = ParagraphStyle("t", parent=base, fontName="LSerif-B", alignment=TA_CENTER, fontSize=12.5)
    story = [Paragraph(HEAD, head), Spacer(1, 10), Paragraph(TITLE, title), Spacer(1, 6)]
    story += [Paragraph(p, base) for p in P]
    story.append(Paragraph(CAPTION, base))
    data = [["№", "Критерій", "Частка", "Оцінка"]] + [list(r[:4]) for r in ROWS] + \
           [["", "Загальна оцінка якості послуги", "–", "добре"]]
    t = Table(data, colWidths=[25, 260, 70, 90])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "LSerif"), ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                           ("FONTNAME", (0, 0), (-1, 0), "LSerif-B"),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [t, Spacer(1, 8)]
    story += [Paragraph(p, base) for p in P2]

    def foot(c, d):
        c.setFont("LSans", 8)
        c.drawString(60, 28, "КУ «ЦНСП» Нововолинської міської ради – внутрішня оцінка якості, с. %d" % d.page)

    doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, invariant=1, title="Внутрішня оцінка якості",
                            author="ЦНСП", leftMargin=60, rightMargin=50, topMargin=50, bottomMargin=50)
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Нововолинської міської ради",
        "centre_type": "cnsp", "settlement": "Нововолинськ", "oblast": "Волинська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Нововолинської міської ради",
                            "КУ «Центр надання соціальних послуг» Нововолинської міської ради"]})
    f = g.f
    s = f("served", "persons", 318, "У 2024 році послугу догляду вдома отримували 318 осіб", service="home_care")
    w = f("served", "persons", 204, "з них 204 жінки", service="home_care", category="жінки",
          group="home_care_318_by_sex", parent=s)
    m = f("served", "persons", 114, "114 чоловіків", service="home_care", category="чоловіки",
          group="home_care_318_by_sex", parent=s)
    dis = f("served", "persons", 71, "71 особа має інвалідність I групи", service="home_care",
            category="особи з інвалідністю I групи", parent=s)
    nw = f("served", "persons", 63, "взято на обслуговування 63 особи", service="home_care",
           label="взято на обслуговування", alt=["registered_new", "support_started"], parent=s)
    dr = f("deregistered", "persons", 58, "знято з обслуговування 58 осіб", service="home_care")
    rs = f("survey_respondents", "recipients", 48, "анкетування 48 отримувачів послуги", unit_alt="persons")
    shares, ratings = {}, {}
    for no, name, pct, rat, crit in ROWS:
        q = "\t".join((no, name, pct, rat))
        v = float(pct.replace(",", "."))
        v = int(v) if v.is_integer() else v
        shares[crit] = f("share", "percent", v, q, criterion=crit, label=name, alt=["satisfaction"])
        ratings[crit] = f("rating", "rating", "good" if rat == "добре" else "satisfactory", q, criterion=crit)
    f("rating", "rating", "good", "Загальна оцінка якості послуги\t–\tдобре", criterion="overall",
      label="таблиця 2")
    f("rating", "rating", "good", "загальна оцінка якості соціальної послуги догляду вдома – «добре»",
      criterion="overall", label="висновок (повторна згадка)")
    sa = f("staff_actual", "staff", 27, "Послугу надають 27 соціальних робітників", label="соціальні робітники")
    sp = f("staff_positions", "positions", 28, "при штатній чисельності відділення 28 посад")
    tr = f("staff_trained", "staff", 14, "пройшли 14 соціальних робітників")
    f("complaints", "complaints", 0, "Скарг від отримувачів послуги у 2024 році не надходило")

    sid = shares["safety"]
    g.slip("percent_impossible", "error", "8\tЗахист та безпека\t86,2\tдобре", 86.2, "85.4 or 87.5", [sid, rs],
           "GRIM with N = 48 respondents at one decimal: 41/48 = 85,4 %, 42/48 = 87,5 %; no whole count "
           "gives 86,2 %. All other criterion shares are reachable with 48.",
           f"grim_ok({sid}, {rs}, 1)")
    others = [c for c in shares if c != "safety"]
    g.check("percent_impossible", "Таблиця 2. Результати оцінки за критеріями якості",
            "93,8 = 45/48; 85,4 = 41/48; 89,6 = 43/48; 77,1 = 37/48; 81,3 = 39/48; 97,9 = 47/48; "
            "91,7 = 44/48; 100 = 48/48",
            " and ".join(f"grim_ok({shares[c]}, {rs}, 1)" for c in others))
    bands = "[(80, 100, 'good'), (51, 79.99, 'satisfactory'), (0, 50, 'unsatisfactory')]"
    g.check("rating_band", "«добре» – від 80 до 100 %, «задовільно» – від 51 до 79 %",
            "every criterion rating matches the document's bands (77,1 → задовільно; the rest ≥ 80 → добре)",
            " and ".join(f"band({shares[c]}, {bands}) == {ratings[c]}" for c in shares))
    g.check("parts_sum", "з них 204 жінки і 114 чоловіків", "204 + 114 = 318; 71 ≤ 318; 63 ≤ 318",
            f"{w} + {m} == {s} and {dis} <= {s} and {nw} <= {s}")
    g.check("percent_mismatch", "вибірковий аналіз 40 особових справ (12,6 % від загальної кількості)",
            "40 / 318 = 12,58 % → 12,6", f"pct_ok(12.6, 40, {s}, 1)")
    g.check("parts_sum", "Послугу надають 27 соціальних робітників при штатній чисельності відділення 28 посад",
            "27 ≤ 28; 14 trained ≤ 27; load 318 / 27 = 11,78 → 11,8",
            f"{sa} <= {sp} and {tr} <= {sa} and near(round({s} / {sa}, 1), 11.8)")

    g.skip("45400, Волинська обл., м. Нововолинськ, просп. Перемоги, 9; тел. (03344) 0-27-61",
           [45400, 9, 3344, 2761], "postcode, address, phone")
    g.skip("від 03.02.2025 № 14-ОД комісія у складі 5 осіб у період з 10.02.2025 по 07.03.2025",
           [3, 2, 2025, 14, 5, 10, 2, 2025, 7, 3, 2025], "order date and number, commission size, assessment dates")
    g.skip("вибірковий аналіз 40 особових справ (12,6 % від загальної кількості)", [40, 12.6],
           "case files sampled and their share; no §3 id (used as literals in a check)")
    g.skip("спостереження за роботою 9 соціальних робітників", [9], "staff observed; method of the assessment")
    g.skip("Середній вік респондентів – 79 років.", [79], "age")
    g.skip("«добре» – від 80 до 100 %, «задовільно» – від 51 до 79 %, «незадовільно» – 50 % і менше",
           [80, 100, 51, 79, 50], "rating band definitions")
    g.skip("Таблиця 2.", [2, 1, 3, 4, 5, 6, 7, 8, 9], "table number and row numbers 1–9")
    g.skip("Середнє навантаження – 11,8 отримувача на одного соціального робітника", [11.8], "ratio")
    g.skip("надійшло 3 письмові подяки", [3], "letters of thanks; no §3 id")
    g.skip("1) до 01.06.2025 оновити інформаційні матеріали про послугу; 2) до 30.09.2025",
           [1, 1, 6, 2025, 2, 30, 9, 2025], "recommendation numbers and deadlines")
    g.skip("внутрішня оцінка якості, с. 1", [1], "page footer")
    g.skip("71 особа має інвалідність I групи", [1], "disability group «I»")

    g.note("the table's unit (%) is only in the caption «частка позитивних відповідей, %»; each row gives a "
           "share (criterion, alt satisfaction) and a rating; the overall rating is written twice (table and "
           "conclusion) → two facts")
    g.note("«взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → "
           "deregistered")
    g.note("the 27 social workers are the home-care department's staff (label), as are the 28 positions")
    g.write()


if __name__ == "__main__":
    build()
    gold()
