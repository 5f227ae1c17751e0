"""b51_05: КУ «ЦНСП» Кельменецької селищної ради (Чернівецька), internal quality assessment of home care, 2024.
reportlab PDF (Liberation), commission's third person, criteria table with the document's own rating bands."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from common import Gold, report_path, register_fonts

DOC = "b51_05_kelmentsi_cnsp_internal2024.pdf"

TITLE = ["ЗВІТ", "про результати внутрішньої оцінки якості надання соціальної послуги догляду вдома "
         "КУ «Центр надання соціальних послуг» Кельменецької селищної ради за 2024 рік"]
P1 = [
    "Внутрішню оцінку проведено відповідно до Порядку, затвердженого постановою Кабінету Міністрів України "
    "від 01.06.2020 № 449, та наказу директора установи від 02.12.2024 № 96-од робочою групою у складі "
    "5 осіб у період з 09 по 20 грудня 2024 року. Використано методи: аналіз особових справ, анкетування "
    "отримувачів, співбесіди з соціальними робітниками.",
    "Установа розташована за адресою: 60101, Чернівецька обл., смт Кельменці, вул. Сагайдачного, 12, "
    "тел. (03732) 0-26-53. Послуга надається в 27 населених пунктах громади.",
    "У 2024 році послугу догляду вдома отримували 163 особи, з них 118 проживають у сільській місцевості. "
    "Протягом року взято на обслуговування 37 осіб. Припинено надання послуги 31 особі: у зв’язку зі "
    "смертю – 22, у зв’язку з переїздом до родичів – 6, у зв’язку з влаштуванням до інтернатного "
    "закладу – 3. Усього надано 14 207 послуг догляду вдома; середня кількість відвідувань – 2 рази на тиждень.",
    "Послугу надають 19 соціальних робітників при штатній чисельності 21 посада. 12 соціальних робітників "
    "пройшли навчання з надання домедичної допомоги (16 годин). Вартість однієї години послуги, що надається "
    "за плату, – 68,50 грн.",
    "В анкетуванні взяли участь 74 отримувачі (45,4 % від загальної кількості). Оцінка за кожним критерієм "
    "визначалася за часткою позитивних відповідей: 85–100 % – «добре», 60–84,9 % – «задовільно», "
    "менше 60 % – «незадовільно».",
    "Таблиця 2. Результати оцінки за критеріями",
]
ROWS = [["Критерій", "Позитивні відповіді, %", "Оцінка"],
        ["Адресність та індивідуальний підхід", "94,6", "добре"],
        ["Результативність", "87,8", "добре"],
        ["Своєчасність", "91,9", "добре"],
        ["Доступність та відкритість", "78,4", "добре"],
        ["Зручність", "89,2", "добре"],
        ["Повага до гідності", "100", "добре"],
        ["Професійність", "95,9", "добре"],
        ["Загальна оцінка", "91,1", "добре"]]
P2 = [
    "Скарг від отримувачів протягом 2024 року не надходило, надійшло 2 письмові подяки.",
    "Висновок: загальний рівень якості надання послуги догляду вдома оцінено як «добрий».",
    "Рекомендації: 1) забезпечити розміщення інформації про послугу в усіх старостинських округах; "
    "2) переглянути графіки відвідувань у 4 віддалених селах; 3) провести повторне анкетування до 01.03.2025.",
]


def build(path):
    register_fonts()
    n = ParagraphStyle("n", fontName="LSerif", fontSize=12, leading=16, firstLineIndent=1 * cm, spaceAfter=6)
    h = ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=16, alignment=1)
    el = [Paragraph(s, h) for s in TITLE] + [Spacer(1, 10)]
    el += [Paragraph(s, n) for s in P1]
    t = Table(ROWS, colWidths=[7.5 * cm, 4.5 * cm, 3 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 11),
                           ("FONT", (0, 0), (-1, 0), "LSerif-B", 11),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    el += [t, Spacer(1, 8)]
    el += [Paragraph(s, n) for s in P2]
    el += [Spacer(1, 18), Paragraph("Голова робочої групи ____________", n),
           Paragraph("23.12.2024", n)]
    SimpleDocTemplate(path, pagesize=A4, invariant=1, title="Звіт", author="ЦНСП").build(el)


CRIT = {"Адресність та індивідуальний підхід": "targeting", "Результативність": "effectiveness",
        "Своєчасність": "timeliness", "Доступність та відкритість": "accessibility", "Зручність": "convenience",
        "Повага до гідності": "dignity", "Професійність": "professionalism", "Загальна оцінка": "overall"}
BANDS = "[(85, 100, 'good'), (60, 84.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Кельменецької селищної ради",
        "centre_type": "cnsp", "settlement": "Кельменці", "oblast": "Чернівецька",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Кельменецької селищної ради",
        "КУ «Центр надання соціальних послуг» Кельменецької селищної ради"]})
    hc = "home_care"
    s = g.f("served", "persons", 163, "У 2024 році послугу догляду вдома отримували 163 особи", service=hc)
    s2 = g.f("served", "persons", 118, "з них 118 проживають у сільській місцевості", service=hc,
             label="сільська місцевість", parent=s)
    new = g.f("served", "persons", 37, "Протягом року взято на обслуговування 37 осіб", service=hc,
              alt=["registered_new", "support_started"], parent=s)
    sc = g.f("support_completed", "persons", 31, "Припинено надання послуги 31 особі", service=hc,
             alt=["deregistered"], parent=s)
    gr = "stopped_31_by_reason"
    o1 = g.f("outcome_other", "persons", 22, "у зв'язку зі смертю – 22", service=hc, label="смерть", group=gr, parent=sc)
    o2 = g.f("outcome_other", "persons", 6, "у зв'язку з переїздом до родичів – 6", service=hc,
             label="переїзд до родичів", group=gr, parent=sc)
    o3 = g.f("outcome_other", "persons", 3, "у зв'язку з влаштуванням до інтернатного закладу – 3", service=hc,
             label="влаштування до інтернатного закладу", group=gr, parent=sc)
    sp = g.f("services_provided", "services", 14207, "Усього надано 14 207 послуг догляду вдома", service=hc)
    act = g.f("staff_actual", "staff", 19, "Послугу надають 19 соціальних робітників", label="соціальні робітники")
    pos = g.f("staff_positions", "positions", 21, "при штатній чисельності 21 посада", label="соціальні робітники")
    tr = g.f("staff_trained", "staff", 12, "12 соціальних робітників пройшли навчання", label="домедична допомога")
    sv = g.f("survey_respondents", "recipients", 74, "В анкетуванні взяли участь 74 отримувачі (45,4 %",
             percent=45.4, service=hc, unit_alt="persons")
    shares, ratings = {}, {}
    for row in ROWS[1:]:
        q = "\t".join(row)
        c = CRIT[row[0]]
        v = float(row[1].replace(",", "."))
        v = int(v) if v.is_integer() else v
        shares[c] = g.f("share", "percent", v, q, criterion=c, service=hc, alt=["satisfaction"],
                        label="частка позитивних відповідей")
        ratings[c] = g.f("rating", "rating", "good", q, criterion=c, service=hc)
    ov = g.f("rating", "rating", "good", "загальний рівень якості надання послуги догляду вдома оцінено як «добрий»",
             criterion="overall", service=hc, note="the overall rating said again in the conclusion")
    cm_ = g.f("complaints", "complaints", 0, "Скарг від отримувачів протягом 2024 року не надходило", service=hc)

    acc = shares["accessibility"]
    g.slip("rating_band", "error", "Доступність та відкритість\t78,4\tдобре", "good", "satisfactory",
           [acc, ratings["accessibility"]],
           "78,4 % of positive answers lies in the document's own band 60–84,9 % «задовільно», yet the criterion is rated «добре»",
           f"band({acc}, {BANDS}) == 'good'")

    for c in ("targeting", "effectiveness", "timeliness", "convenience", "dignity", "professionalism", "overall"):
        g.check("rating_band", "\t".join(next(r for r in ROWS if CRIT.get(r[0]) == c)),
                f"{c}: share in 85–100 % → «добре»", f"band({shares[c]}, {BANDS}) == 'good'")
    seven = [shares[c] for c in ("targeting", "effectiveness", "timeliness", "accessibility", "convenience",
                                 "dignity", "professionalism")]
    g.check("table_arithmetic", "Загальна оцінка\t91,1\tдобре", "the overall 91,1 % is the mean of the seven criteria (637,8 / 7 = 91,11)",
            f"round(({' + '.join(seven)}) / 7, 1) == {shares['overall']}")
    g.check("percent_impossible", "Таблиця 2. Результати оцінки за критеріями",
            "each criterion share is reachable with 74 respondents (70, 65, 68, 58, 66, 74, 71 of 74)",
            " and ".join(f"grim_ok({x}, {sv}, 1)" for x in seven))
    g.check("percent_mismatch", "В анкетуванні взяли участь 74 отримувачі (45,4 %", "74 / 163 = 45,4 %",
            f"pct_ok(p{sv[1:]}, {sv}, {s}, 1)")
    g.check("parts_sum", "Припинено надання послуги 31 особі", "22 + 6 + 3 = 31", f"{o1} + {o2} + {o3} == {sc}")
    g.check("parts_sum", "Послугу надають 19 соціальних робітників", "19 ≤ 21; 12 trained ≤ 19",
            f"{act} <= {pos} and {tr} <= {act}")
    g.check("parts_sum", "з них 118 проживають у сільській місцевості", "118 ≤ 163; 37 new ≤ 163; 31 stopped ≤ 163",
            f"{s2} <= {s} and {new} <= {s} and {sc} <= {s}")

    g.skip("постановою Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449], "act date and number")
    g.skip("від 02.12.2024 № 96-од", [2, 12, 2024, 96], "order date and number")
    g.skip("5 осіб у період з 09 по 20 грудня 2024 року", [5, 9, 20, 2024], "working group size and assessment dates")
    g.skip("60101, Чернівецька обл., смт Кельменці, вул.", [60101], "postcode")
    g.skip("Сагайдачного, 12", [12], "house number (the reader breaks the address after «вул.»)")
    g.skip("тел. (03732) 0-26-53", [3732, 2653], "phone")
    g.skip("Послуга надається в 27 населених пунктах громади.", [27], "settlement count")
    g.skip("середня кількість відвідувань – 2 рази на тиждень", [2], "frequency")
    g.skip("(16 годин)", [16], "duration")
    g.skip("68,50 грн", [68.5], "tariff")
    g.skip("85–100 % – «добре», 60–84,9 % – «задовільно»", [85, 100, 60, 84.9, 60], "rating bands")
    g.skip("Таблиця 2. Результати оцінки за критеріями", [2], "table number")
    g.skip("надійшло 2 письмові подяки", [2], "letters of thanks; no §3 id")
    g.skip("у 4 віддалених селах", [4], "recommendation detail")
    g.skip("1) забезпечити", [1, 2, 3], "recommendation numbers")
    g.skip("до 01.03.2025", [1, 3, 2025], "deadline")
    g.skip("23.12.2024", [23, 12, 2024], "signing date")

    g.note("criteria table: each row gives a share (share, criterion set, alt satisfaction) and a rating; the row "
           "«Загальна оцінка» gives criterion overall. The conclusion repeats the overall rating → a second rating fact")
    g.note("«Повага до гідності» → dignity; «Доступність та відкритість» → accessibility")
    g.note("«Припинено надання послуги 31 особі» → support_completed (alt deregistered), reasons as outcome_other")
    g.note("«взято на обслуговування 37 осіб» → served (alt registered_new, support_started)")
    g.note("«74 отримувачі (45,4 % від загальної кількості)» → survey_respondents with percent; 74/163 = 45,4 %")
    g.write()


if __name__ == "__main__":
    main()
