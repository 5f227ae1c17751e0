"""b53_04: КУ «ЦНСП» Брацлавської селищної ради, internal quality assessment of home care, 2024. reportlab PDF."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from common import Gold, report_path, register_dejavu

DOC = "b53_04_bratslav_cnsp_internal2024.pdf"

CRIT = [  # (name in table, criterion id, percent, rating word)
    ("Адресність та індивідуальний підхід", "targeting", "95,2", "добре"),
    ("Результативність", "effectiveness", "86,9", "добре"),
    ("Своєчасність", "timeliness", "91,7", "добре"),
    ("Доступність та відкритість", "accessibility", "71,4", "задовільно"),
    ("Повага до гідності отримувача", "dignity", "100,0", "добре"),
    ("Професійність", "professionalism", "78,6", "добре"),
    ("Захист та безпека", "safety", "89,3", "добре"),
    ("Конфіденційність інформації", "confidentiality", "97,6", "добре"),
]
OVERALL = ("Загальна оцінка якості", "overall", "88,8", "добре")
RWORD = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}

PARAS = [
    ("Оцінювання проведено відповідно до наказу директора Центру від 15.01.2025 № 07-од комісією у складі "
     "5 осіб у період з 20 по 31 січня 2025 року. Оцінювався період з 01.01.2024 по 31.12.2024."),
    ("Методи: анкетування отримувачів, вибіркове опрацювання 40 особових справ, спостереження під час "
     "11 візитів до отримувачів, співбесіди з працівниками."),
    ("<b>1. Загальні відомості.</b> Протягом 2024 року послугу догляду вдома отримували 146 осіб "
     "(97 жінок і 49 чоловіків), які проживають у 23 населених пунктах громади. Взято на обслуговування "
     "27 осіб. Припинено надання послуги 21 отримувачу: у зв'язку зі смертю – 14, зі зміною місця "
     "проживання – 5, у зв'язку з влаштуванням до стаціонарного закладу – 2."),
    ("Послугу надавали 24 соціальні робітники при штатній чисельності відділення 26 посад. Середнє "
     "навантаження становить 6 отримувачів на одного працівника, середній вік отримувачів – 79 років."),
    ("<b>2. Анкетування.</b> В анкетуванні взяли участь 84 отримувачі послуги (57,5 % від загальної "
     "кількості). Частку позитивних відповідей за кожним критерієм оцінено за шкалою: від 80 до 100 % – "
     "«добре», від 60 до 79,9 % – «задовільно», менше 60 % – «незадовільно»."),
]

AFTER = [
    ("<b>3. Висновки.</b> Загальна оцінка якості надання соціальної послуги догляду вдома – «добре». "
     "Скарг від отримувачів протягом 2024 року не надходило. Найнижчий показник – доступність та "
     "відкритість: інформація про послугу на вебсайті громади не оновлювалася з 2022 року."),
    ("<b>4. Рекомендації:</b> 1) оновити інформацію про порядок отримання послуги до 01.04.2025; "
     "2) забезпечити навчання 3 соціальних робітників за програмою з 40 годин; 3) повторне оцінювання "
     "провести у січні 2026 року."),
    "Голова комісії ______________ &nbsp;&nbsp;&nbsp; Члени комісії: (4 підписи)",
]


def footer(canv, doc):
    canv.saveState()
    canv.setFont("DV", 8)
    canv.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page} з 2")
    canv.restoreState()


def build(path):
    register_dejavu()
    body = ParagraphStyle("b", fontName="DVS", fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=6)
    head = ParagraphStyle("h", parent=body, fontName="DVS-B", alignment=TA_CENTER)
    story = [
        Paragraph("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» БРАЦЛАВСЬКОЇ СЕЛИЩНОЇ РАДИ", head),
        Paragraph("22870, Вінницька обл., смт Брацлав, вул. Соборна, 12, тел. (04333) 0-31-25, "
                  "код ЄДРПОУ 43957210", ParagraphStyle("a", parent=body, alignment=TA_CENTER, fontSize=9)),
        Spacer(1, 6),
        Paragraph("ЗВІТ<br/>про результати внутрішнього оцінювання якості надання соціальної послуги "
                  "догляду вдома за 2024 рік", head),
    ]
    story += [Paragraph(t, body) for t in PARAS]
    story.append(Paragraph("Таблиця 1. Результати оцінювання за критеріями", body))
    cell = ParagraphStyle("c", parent=body, fontName="DV", fontSize=9.5, leading=11, alignment=0, spaceAfter=0)
    data = [[Paragraph("Критерій", cell), Paragraph("Частка позитивних відповідей, %", cell), Paragraph("Оцінка", cell)]]
    for name, _, pc, word in CRIT + [OVERALL]:
        data.append([Paragraph(name, cell), Paragraph(pc, cell), Paragraph(word, cell)])
    t = Table(data, colWidths=[85 * mm, 50 * mm, 30 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(t)
    story.append(Spacer(1, 8))
    story += [Paragraph(t_, body) for t_ in AFTER]
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                          bottomMargin=20 * mm, invariant=1, title="Звіт про внутрішнє оцінювання", author="ЦНСП")
    d.build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    path = report_path(DOC)
    build(path)
    from common import read_text
    text = read_text(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Брацлавської селищної ради",
        "centre_type": "cnsp", "settlement": "Брацлав", "oblast": "Вінницька",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Брацлавської селищної ради",
                             "КУ «Центр надання соціальних послуг» Брацлавської селищної ради"]})
    f = g.f
    tot = f("served", "persons", 146, "послугу догляду вдома отримували 146 осіб", service="home_care")
    w = f("served", "persons", 97, "(97 жінок і 49 чоловіків)", service="home_care", label="жінки",
          group="served_146_by_sex", parent=tot)
    m = f("served", "persons", 49, "(97 жінок і 49 чоловіків)", service="home_care", label="чоловіки",
          group="served_146_by_sex", parent=tot)
    new = f("served", "persons", 27, "Взято на обслуговування 27 осіб", service="home_care",
            label="взято на обслуговування", alt=["registered_new", "support_started"], parent=tot)
    st = f("support_completed", "persons", 21, "Припинено надання послуги 21 отримувачу", service="home_care",
           alt=["deregistered"], parent=tot)
    o1 = f("outcome_other", "persons", 14, "у зв'язку зі смертю – 14", service="home_care", label="у зв'язку зі смертю",
           group="stopped_21_by_reason", parent=st)
    o2 = f("outcome_other", "persons", 5, "зі зміною місця проживання – 5", service="home_care",
           label="зміна місця проживання", group="stopped_21_by_reason", parent=st)
    o3 = f("outcome_other", "persons", 2, "у зв'язку з влаштуванням до стаціонарного закладу – 2", service="home_care",
           label="влаштування до стаціонарного закладу", group="stopped_21_by_reason", parent=st)
    sa = f("staff_actual", "staff", 24, "Послугу надавали 24 соціальні робітники", service="home_care",
           label="соціальні робітники")
    sp = f("staff_positions", "positions", 26, "при штатній чисельності відділення 26 посад",
           label="відділення догляду вдома")
    sv = f("survey_respondents", "recipients", 84, "В анкетуванні взяли участь 84 отримувачі послуги (57,5 %",
           percent=57.5, service="home_care", unit_alt="persons")
    shares, ratings = [], []
    lines = text.split("\n")
    for name, crit, pc, word in CRIT + [OVERALL]:
        row = [ln for ln in lines if ln.startswith(name) and pc in ln]
        assert len(row) == 1, (name, row)
        q = row[0]
        val = float(pc.replace(",", "."))
        val = int(val) if val.is_integer() else val
        shares.append(f("share", "percent", val, q, service="home_care", criterion=crit,
                        label="частка позитивних відповідей: " + name, alt=["satisfaction"]))
        ratings.append(f("rating", "rating", RWORD[word], q, service="home_care", criterion=crit))
    r2 = f("rating", "rating", "good", "Загальна оцінка якості надання соціальної послуги догляду вдома\n\n– «добре»",
           service="home_care", criterion="overall", label="повторна згадка загальної оцінки")
    f("complaints", "complaints", 0, "Скарг від отримувачів протягом 2024 року не надходило.", service="home_care")

    B = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    prof = 5
    g.slip("rating_band", "error", lines[[i for i, ln in enumerate(lines) if ln.startswith("Професійність")][0]],
           "good", "satisfactory", [shares[prof], ratings[prof]],
           "Професійність 78,6 % is rated «добре», but the document's own scale puts 60–79,9 % at «задовільно»",
           f"band({shares[prof]}, {B}) == {ratings[prof]}")
    for i, (name, crit, pc, word) in enumerate(CRIT + [OVERALL]):
        if i == prof:
            continue
        g.check("rating_band", name, f"{pc} % → «{word}» by the document's scale",
                f"band({shares[i]}, {B}) == {ratings[i]}")
    g.check("percent_impossible", "Частка позитивних відповідей, %",
            "each criterion share is reachable with 84 respondents (80, 73, 77, 60, 84, 66, 75, 82 of 84)",
            " and ".join(f"grim_ok({s}, {sv}, 1)" for s in shares[:-1]))
    g.check("table_arithmetic", "Загальна оцінка якості",
            "the overall share is the mean of the eight criteria: 710,7 / 8 = 88,84 → 88,8",
            f"near(round(({' + '.join(shares[:-1])}) / 8, 1), {shares[-1]})")
    g.check("percent_mismatch", "В анкетуванні взяли участь 84 отримувачі послуги (57,5 %",
            "84 / 146 = 57,53 % → 57,5", f"pct_ok(p{sv[1:]}, {sv}, {tot}, 1)")
    g.check("parts_sum", "(97 жінок і 49 чоловіків)", "97 + 49 = 146", f"{w} + {m} == {tot}")
    g.check("parts_sum", "Припинено надання послуги 21 отримувачу", "14 + 5 + 2 = 21", f"{o1} + {o2} + {o3} == {st}")
    g.check("parts_sum", "Послугу надавали 24 соціальні робітники", "24 ≤ 26", f"{sa} <= {sp}")
    g.check("internal_conflict", "Загальна оцінка якості надання соціальної послуги догляду вдома",
            "the conclusions repeat the table's overall rating", f"{r2} == {ratings[-1]}")

    g.skip("22870, Вінницька обл., смт Брацлав, вул. Соборна, 12, тел. (04333) 0-31-25, код ЄДРПОУ 43957210",
           [22870, 12, 4333, 3125, 43957210], "postcode, address, phone, ЄДРПОУ")
    g.skip("за 2024 рік", [2024], "year of the report")
    g.skip("від 15.01.2025 № 07-од", [15, 1, 2025, 7], "order date and number")
    g.skip("комісією у складі 5 осіб у період з 20 по 31 січня 2025 року", [5, 20, 31, 2025],
           "commission size, assessment dates")
    g.skip("Оцінювався період з 01.01.2024 по 31.12.2024.", [1, 1, 2024, 31, 12, 2024], "assessed period")
    g.skip("вибіркове опрацювання 40 особових справ", [40], "case files reviewed")
    g.skip("11 візитів до отримувачів", [11], "observation visits: no §3 id")
    g.skip("у 23 населених пунктах громади", [23], "settlement count")
    g.skip("Середнє навантаження становить 6 отримувачів на одного працівника", [6], "ratio")
    g.skip("середній вік отримувачів – 79 років", [79], "age")
    g.skip("від 80 до 100 % – «добре», від 60 до 79,9 % – «задовільно», менше 60 % – «незадовільно»",
           [80, 100, 60, 79.9, 60], "band definitions")
    g.skip("Таблиця 1.", [1], "table number")
    g.skip("не оновлювалася з 2022 року", [2022], "year")
    g.skip("до 01.04.2025", [1, 4, 2025], "deadline")
    g.skip("2) забезпечити навчання 3 соціальних робітників за програмою з 40 годин; 3) повторне оцінювання",
           [2, 3, 40, 3], "recommendation numbers, planned training, duration")
    g.skip("провести у січні 2026 року", [2026], "plan")
    g.skip("(4 підписи)", [4], "signatures")
    g.skip("1. Загальні відомості.", [1, 2, 3, 4], "section numbers")

    g.note("criterion shares → share with criterion (alt satisfaction); each table row gives a share and a rating "
           "quoted by the row as the reader prints it")
    g.note("«Припинено надання послуги» → support_completed (alt deregistered), reasons as outcome_other with label")
    g.note("the page footer «Сторінка N з 2» does not come out in the read text; the conclusions sentence is split by the page break, so its quote spans a blank line")
    g.note("the overall rating appears twice (table and conclusions): two facts")
    g.note("the slip: Професійність 78,6 % rated «добре» while the document's scale gives «задовільно» for 60–79,9 %")
    g.write()


if __name__ == "__main__":
    main()
