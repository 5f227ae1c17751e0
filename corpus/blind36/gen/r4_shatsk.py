"""b36_04: КУ «ЦНСП» Шацької селищної ради, internal quality assessment for 2024 (reportlab PDF, impersonal)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from common import Gold, report_path, register_fonts

NAME = "b36_04_shatsk_cnsp_internal2024.pdf"

P = [
    ("t", "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ШАЦЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("c", "44012, смт Шацьк, вул. Затишна, 3, тел. (03355) 0-20-64, ЄДРПОУ 44187302"),
    ("t", "ЗВІТ про результати внутрішньої оцінки якості надання соціальних послуг за 2024 рік"),
    ("p", "Оцінку проведено робочою групою у складі 5 осіб, утвореною наказом директора від 13.01.2025 № 7-ОД, "
          "у період з 15 по 31 січня 2025 року відповідно до Методичних рекомендацій, затверджених наказом "
          "Мінсоцполітики від 27.12.2013 № 904. Оцінювалися послуги догляду вдома, консультування та соціального "
          "супроводу сімей (осіб), які перебувають у складних життєвих обставинах."),
    ("p", "У 2024 році Центр надав соціальні послуги 846 отримувачам: догляд вдома – 167 особам, консультування – "
          "589 особам, соціальний супровід – 90 сім'ям."),
    ("p", "Для оцінки опрацьовано 64 особові справи, проведено анкетування 112 отримувачів (у т. ч. 38 осіб, які "
          "отримують догляд вдома) та 9 спостережень за наданням послуг."),
    ("p", "Рівень дотримання критерію визначено за шкалою: 85–100 % – «добре», 60–84,9 % – «задовільно», "
          "менше 60 % – «незадовільно»."),
    ("p", "Таблиця 2. Результати оцінки за критеріями"),
]
TABLE = [
    ["Критерій", "Частка позитивних відповідей, %", "Оцінка"],
    ["Адресність та індивідуальний підхід", "93,8", "добре"],
    ["Результативність", "87,5", "добре"],
    ["Своєчасність", "81,3", "добре"],
    ["Доступність та відкритість", "90,2", "добре"],
    ["Повага до гідності", "100", "добре"],
    ["Професійність", "76,8", "задовільно"],
    ["Захист та безпека", "95,5", "добре"],
    ["Конфіденційність інформації", "100", "добре"],
    ["Загальна оцінка", "–", "добре"],
]
P2 = [
    ("p", "Висновки. Загальний рівень якості надання соціальних послуг Центром оцінено як «добре». Скарг протягом "
          "2024 року не надходило, надійшло 3 письмові подяки."),
    ("p", "Штатна чисельність Центру – 31,0 посади, працює 28 осіб. Протягом року 19 працівників пройшли навчання "
          "за програмами підвищення кваліфікації, з них 6 – на базі обласного центру соціальних служб."),
    ("p", "Рекомендації:"),
    ("p", "1. Скоротити строк від звернення до початку надання послуги догляду вдома до 10 робочих днів "
          "(у 2024 році – в середньому 14 днів)."),
    ("p", "2. Організувати навчання 4 соціальних робітників з питань надання першої домедичної допомоги."),
    ("p", "Наступну внутрішню оцінку провести у січні 2026 року."),
    ("p", "Голова робочої групи                                  (підпис)"),
]


def footer(c, doc):
    c.saveState()
    c.setFont("LSans", 8)
    c.drawString(2 * cm, 1.2 * cm, "Внутрішня оцінка якості, 2024 | Сторінка %d" % doc.page)
    c.restoreState()


def build():
    register_fonts()
    body = ParagraphStyle("b", fontName="LSerif", fontSize=11.5, leading=15, spaceAfter=6)
    ttl = ParagraphStyle("t", parent=body, fontName="LSerif-B", alignment=1)
    cen = ParagraphStyle("c", parent=body, alignment=1, fontSize=9.5)
    sty = {"t": ttl, "c": cen, "p": body}
    els = [Paragraph(t, sty[k]) for k, t in P]
    tb = Table(TABLE, colWidths=[8 * cm, 5 * cm, 3 * cm])
    tb.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "LSerif"), ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    els += [tb, Spacer(1, 8)]
    els += [Paragraph(t, sty[k]) for k, t in P2]
    SimpleDocTemplate(report_path(NAME), pagesize=A4, invariant=1, topMargin=2 * cm, bottomMargin=2 * cm,
                      title="Звіт", author="Центр").build(els, onFirstPage=footer, onLaterPages=footer)


BANDS = "[(85, 100, 'good'), (60, 84.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"


def gold():
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Шацької селищної ради",
        "centre_type": "cnsp", "settlement": "Шацьк",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Шацької селищної ради",
                    "КУ «Центр надання соціальних послуг» Шацької селищної ради"]})
    f = g.f
    n = lambda x: x[1:]
    tot = f("served", "recipients", 846, "Центр надав соціальні послуги 846 отримувачам", unit_alt="persons")
    s1 = f("served", "persons", 167, "догляд вдома – 167 особам", service="home_care", group="served_846_by_service", parent=tot)
    s2 = f("served", "persons", 589, "589 особам", service="counselling", group="served_846_by_service", parent=tot)
    s3 = f("served", "families", 90, "соціальний супровід – 90 сім'ям", service="social_support_sjo",
           group="served_846_by_service", parent=tot)
    sv = f("survey_respondents", "recipients", 112, "проведено анкетування 112 отримувачів", unit_alt="persons")
    f("survey_respondents", "persons", 38, "у т. ч. 38 осіб, які", service="home_care", parent=sv)
    crit = [("targeting", "Адресність та індивідуальний підхід\t93,8\tдобре", 93.8, "good"),
            ("effectiveness", "Результативність\t87,5\tдобре", 87.5, "good"),
            ("timeliness", "Своєчасність\t81,3\tдобре", 81.3, "good"),
            ("accessibility", "Доступність та відкритість\t90,2\tдобре", 90.2, "good"),
            ("dignity", "Повага до гідності\t100\tдобре", 100, "good"),
            ("professionalism", "Професійність\t76,8\tзадовільно", 76.8, "satisfactory"),
            ("safety", "Захист та безпека\t95,5\tдобре", 95.5, "good"),
            ("confidentiality", "Конфіденційність інформації\t100\tдобре", 100, "good")]
    ids = {}
    for c, q, p, r in crit:
        a = f("share", "percent", p, q, criterion=c, label="частка позитивних відповідей", alt=["satisfaction"])
        b = f("rating", "rating", r, q, criterion=c)
        ids[c] = (a, b)
    f("rating", "rating", "good", "Загальна оцінка\t–\tдобре", criterion="overall")
    f("rating", "rating", "good", "Загальний рівень якості надання соціальних послуг Центром оцінено як «добре»",
      criterion="overall", label="висновки (повтор загальної оцінки)")
    f("complaints", "complaints", 0, "Скарг протягом 2024 року не надходило")
    ps = f("staff_positions", "positions", 31, "Штатна чисельність Центру – 31,0 посади")
    ac = f("staff_actual", "staff", 28, "працює 28 осіб")
    tr = f("staff_trained", "staff", 19, "19 працівників пройшли навчання")
    tr6 = f("staff_trained", "staff", 6, "з них 6 – на базі обласного центру соціальних служб", parent=tr,
            label="на базі обласного центру соціальних служб")

    a, b = ids["timeliness"]
    g.slip("rating_band", "error", "Своєчасність\t81,3\tдобре", "good", "satisfactory", [a, b],
           "the document's own scale gives «добре» only for 85–100 %; 81,3 % falls in 60–84,9 % («задовільно»)",
           f"band(f{n(a)}, {BANDS}) == f{n(b)}")
    others = [c for c in ids if c != "timeliness"]
    g.check("rating_band", "Рівень дотримання критерію визначено за шкалою",
            "the other seven criteria agree with the document's bands (professionalism 76,8 → задовільно)",
            " and ".join(f"band(f{n(ids[c][0])}, {BANDS}) == f{n(ids[c][1])}" for c in others))
    g.check("percent_impossible", "проведено анкетування 112 отримувачів",
            "every criterion share is reachable with 112 respondents (105, 98, 91, 101, 112, 86, 107, 112 of 112)",
            " and ".join(f"grim_ok(f{n(ids[c][0])}, f{n(sv)}, 1)" for c in ids))
    g.check("parts_sum", "Центр надав соціальні послуги 846 отримувачам", "167 + 589 + 90 = 846",
            f"f{n(s1)} + f{n(s2)} + f{n(s3)} == f{n(tot)}")
    g.check("parts_sum", "Штатна чисельність Центру – 31,0 посади", "28 ≤ 31; 6 ≤ 19 ≤ 28",
            f"f{n(ac)} <= f{n(ps)} and f{n(tr6)} <= f{n(tr)} <= f{n(ac)}")
    g.skip("44012, смт Шацьк, вул. Затишна, 3, тел. (03355) 0-20-64, ЄДРПОУ 44187302", [44012, 3, 3355, 2064, 44187302],
           "postcode, address, phone, ЄДРПОУ")
    g.skip("робочою групою у складі 5 осіб, утвореною наказом директора від 13.01.2025 № 7-ОД", [5, 13, 1, 2025, 7],
           "commission size, order date and number")
    g.skip("у період з 15 по 31 січня 2025 року", [15, 31, 2025], "assessment dates")
    g.skip("наказом Мінсоцполітики від 27.12.2013 № 904", [27, 12, 2013, 904], "order date and number")
    g.skip("опрацьовано 64 особові справи", [64], "case files examined")
    g.skip("та 9 спостережень", [9], "observations")
    g.skip("85–100 % – «добре», 60–84,9 % – «задовільно», менше 60 % – «незадовільно»", [85, 100, 60, 84.9, 60],
           "band definitions")
    g.skip("Таблиця 2. Результати оцінки за критеріями", [2], "table number")
    g.skip("надійшло 3 письмові подяки", [3], "thanks: no §3 id")
    g.skip("1. Скоротити строк", [1], "recommendation number")
    g.skip("до 10 робочих днів (у 2024 році – в середньому 14 днів)", [10, 2024, 14], "target and duration")
    g.skip("2. Організувати навчання 4 соціальних робітників", [2, 4], "recommendation number, plan")
    g.skip("Наступну внутрішню оцінку провести у січні 2026 року", [2026], "plan")
    g.skip("Внутрішня оцінка якості, 2024 | Сторінка 1", [2024, 1], "page footer")
    g.note("criterion shares → share with criterion (alt satisfaction); each table row gives a share and a rating")
    g.note("the overall rating is written twice (table, conclusions): two facts")
    g.note("31,0 посади stored as 31")
    g.note("the 846 recipients mix persons and families (167 + 589 persons, 90 families); the text presents it as a breakdown, so it is a group")
    g.write()


if __name__ == "__main__":
    build()
    gold()
