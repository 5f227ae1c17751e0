"""b87_03: КУ «ЦНСП» Кожанської селищної ради (Київська), internal quality assessment for 2023.
reportlab PDF (DejaVu), third person, criteria table with the document's own rating bands."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from common import Gold, report_path, register_dejavu

DOC = "b87_03_kozhanka_cnsp_internal2023.pdf"

HEAD = [
    "Комунальна установа «Центр надання соціальних послуг» Кожанської селищної ради",
    "08622, Київська обл., Фастівський р-н, смт Кожанка, вул. Незалежності, 9; тел. (04565) 0-61-30; "
    "код ЄДРПОУ 43920516",
]
TITLE = ["ЗВІТ", "про проведення внутрішньої оцінки якості надання соціальних послуг за 2023 рік"]

P = [
    "Внутрішню оцінку якості проведено відповідно до наказу директора установи від 20.11.2023 № 48-ОД "
    "комісією у складі 5 осіб у період з 01.12.2023 по 15.12.2023. Оцінювалися послуги догляду вдома, "
    "консультування та соціального супроводу сімей (осіб), які перебувають у складних життєвих обставинах.",
    "У 2023 році ЦНСП надавав 6 соціальних послуг. Послугу догляду вдома отримували 74 особи (середній вік "
    "отримувачів – 78 років), консультування – 211 осіб, соціальний супровід – 19 сімей, у яких виховується "
    "36 дітей. Протягом року установа провела оцінку потреб 58 осіб; 9 особам за її результатами відмовлено "
    "у наданні послуги через відсутність підстав. На обслуговування вдома взято 17 осіб.",
    "Для оцінки комісія опрацювала 40 особових справ отримувачів, провела 12 спостережень за наданням "
    "послуги догляду вдома та анкетування. В анкетуванні взяли участь 37 отримувачів послуг (24 – догляду "
    "вдома, 13 – консультування).",
    "Оцінка за кожним критерієм визначалася за часткою позитивних відповідей: 80–100 % – «добре», "
    "51–79 % – «задовільно», 0–50 % – «незадовільно».",
]
CAP = "Таблиця 2. Результати оцінки якості за критеріями (з 37 опитаних)"
TABLE = [
    ["Критерій", "Частка позитивних відповідей, %", "Оцінка"],
    ["Адресність та індивідуальний підхід", "94,6", "добре"],
    ["Результативність", "86,5", "добре"],
    ["Своєчасність", "62,5", "задовільно"],
    ["Доступність та відкритість", "81,1", "добре"],
    ["Повага до гідності отримувача", "100", "добре"],
    ["Професійність", "89,2", "добре"],
    ["Конфіденційність інформації", "97,3", "добре"],
    ["Загальна оцінка", "–", "добре"],
]
P2 = [
    "Надання послуг забезпечують 16 працівників установи, з них 11 соціальних робітників. У 2023 році "
    "6 працівників пройшли навчання за програмами підвищення кваліфікації.",
    "Протягом року надійшла 1 скарга щодо несвоєчасного прибуття соціального робітника; її розглянуто "
    "та визнано частково обґрунтованою.",
    "Висновок комісії: якість надання соціальних послуг установою у 2023 році оцінено як «добре».",
    "Рекомендації: 1) переглянути графіки відвідування отримувачів у 4 віддалених селах до 01.03.2024; "
    "2) провести повторне анкетування у IV кварталі 2024 року.",
]
FOOT = "Сторінка {}"


def build():
    register_dejavu()
    n = ParagraphStyle("n", fontName="DVSerif", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=6)
    c = ParagraphStyle("c", parent=n, alignment=TA_CENTER)
    b = ParagraphStyle("b", parent=c, fontName="DVSerif-B", fontSize=12)
    cell = ParagraphStyle("cell", fontName="DVSerif", fontSize=9.5, leading=12)
    els = [Paragraph(HEAD[0], b), Paragraph(HEAD[1], c), Spacer(1, 6)]
    els += [Paragraph(t, b) for t in TITLE]
    els += [Paragraph(t, n) for t in P]
    els += [Paragraph(CAP, c)]
    data = [[Paragraph(x, cell) if j == 0 or i == 0 else x for j, x in enumerate(r)] for i, r in enumerate(TABLE)]
    t = Table(data, colWidths=[80 * mm, 45 * mm, 35 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DVSerif"), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                           ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    els += [t, Spacer(1, 8)]
    els += [Paragraph(x, n) for x in P2]

    def foot(canvas, doc):
        canvas.saveState()
        canvas.setFont("DVSerif", 8)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, FOOT.format(doc.page))
        canvas.restoreState()
    doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, invariant=1, leftMargin=22 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="Звіт ВОЯ 2023", author="ЦНСП")
    doc.build(els, onFirstPage=foot, onLaterPages=foot)


CRIT = {"Адресність та індивідуальний підхід": "targeting", "Результативність": "effectiveness",
        "Своєчасність": "timeliness", "Доступність та відкритість": "accessibility",
        "Повага до гідності отримувача": "dignity", "Професійність": "professionalism",
        "Конфіденційність інформації": "confidentiality"}
RAT = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}


def num(s):
    v = float(s.replace(",", "."))
    return int(v) if v.is_integer() else v


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Кожанської селищної ради",
        "centre_type": "cnsp",
        "settlement": "Кожанка",
        "oblast": "Київська",
        "report_kind": "internal_assessment",
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
    }, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Кожанської селищної ради",
                   "КУ «Центр надання соціальних послуг» Кожанської селищної ради"]})
    F = g.f
    hc = F("served", "persons", 74, "Послугу догляду вдома отримували 74 особи", service="home_care")
    co = F("served", "persons", 211, "консультування – 211 осіб", service="counselling")
    sj = F("served", "families", 19, "соціальний супровід – 19 сімей", service="social_support_sjo",
           alt=["support_ongoing"])
    sjc = F("served", "children", 36, "у яких виховується 36 дітей", service="social_support_sjo",
            alt=["support_ongoing"], parent=sj)
    na = F("needs_assessed", "persons", 58, "установа провела оцінку потреб 58 осіб")
    new = F("served", "persons", 17, "На обслуговування вдома взято 17 осіб", service="home_care",
            label="взято на обслуговування", alt=["registered_new", "support_started"], parent=hc)
    sv = F("survey_respondents", "recipients", 37, "В анкетуванні взяли участь 37 отримувачів послуг",
           unit_alt="persons")
    sv1 = F("survey_respondents", "persons", 24, "24 – догляду вдома", service="home_care",
            group="survey_37_by_service", parent=sv)
    sv2 = F("survey_respondents", "persons", 13, "13 – консультування", service="counselling",
            group="survey_37_by_service", parent=sv)
    ids = {}
    for r in TABLE[1:8]:
        q = "\t".join(r)
        s = F("share", "percent", num(r[1]), q, criterion=CRIT[r[0]], label=r[0], alt=["satisfaction"])
        rt = F("rating", "rating", RAT[r[2]], q, criterion=CRIT[r[0]])
        ids[CRIT[r[0]]] = (s, rt)
    ov = F("rating", "rating", "good", "Загальна оцінка\t–\tдобре", criterion="overall")
    ov2 = F("rating", "rating", "good",
            "якість надання соціальних послуг установою у 2023 році оцінено як «добре»", criterion="overall",
            note="the overall rating said again in the conclusion: two facts")
    st = F("staff_actual", "staff", 16, "Надання послуг забезпечують 16 працівників установи")
    sw = F("staff_actual", "staff", 11, "з них 11 соціальних робітників", label="соціальні робітники", parent=st)
    tr = F("staff_trained", "staff", 6, "6 працівників пройшли навчання за програмами підвищення кваліфікації")
    cp = F("complaints", "complaints", 1, "Протягом року надійшла 1 скарга")

    ts, tr_ = ids["timeliness"]
    g.slip("percent_impossible", "error", "Своєчасність\t62,5\tзадовільно", 62.5, "62.2 or 64.9", [ts, sv],
           "the table is headed «з 37 опитаних»: k/37 gives 62,2 % (23) or 64,9 % (24); no whole number of "
           "the 37 respondents gives 62,5 % (a share of 8, 16, 24 … respondents)",
           f"grim_ok({ts}, {sv}, 1)", slip=1)
    C = g.check
    C("parts_sum", "(24 – догляду вдома, 13 – консультування)", "24 + 13 = 37", f"{sv1} + {sv2} == {sv}")
    others = [k for k in ids if k != "timeliness"]
    C("percent_impossible", "Таблиця 2. Результати оцінки якості за критеріями (з 37 опитаних)",
      "94,6 = 35/37, 86,5 = 32/37, 81,1 = 30/37, 100 = 37/37, 89,2 = 33/37, 97,3 = 36/37",
      " and ".join(f"grim_ok({ids[k][0]}, {sv}, 1)" for k in others))
    bands = "[(80, 100, 'good'), (51, 79.99, 'satisfactory'), (0, 50.99, 'unsatisfactory')]"
    C("rating_band", "80–100 % – «добре», 51–79 % – «задовільно», 0–50 % – «незадовільно»",
      "every criterion's rating fits the document's bands (62,5 → задовільно, the rest ≥ 80 → добре)",
      " and ".join(f"band({ids[k][0]}, {bands}) == {ids[k][1]}" for k in ids))
    C("internal_conflict", "оцінено як «добре»", "overall rating in the table = rating in the conclusion",
      f"{ov} == {ov2}")
    C("parts_sum", "з них 11 соціальних робітників", "11 ≤ 16; 6 trained ≤ 16", f"{sw} <= {st} and {tr} <= {st}")
    C("parts_sum", "На обслуговування вдома взято 17 осіб", "17 taken on ≤ 74 home-care recipients; 24 home-care "
      "respondents ≤ 74; 13 counselling respondents ≤ 211",
      f"{new} <= {hc} and {sv1} <= {hc} and {sv2} <= {co}")
    S = g.skip
    S("08622, Київська обл., Фастівський р-н, смт Кожанка, вул. Незалежності, 9; тел.", [8622, 9],
      "postcode, address")
    S("(04565) 0-61-30; код ЄДРПОУ 43920516", [4565, 6130, 43920516], "phone, ЄДРПОУ")
    S("наказу директора установи від 20.11.2023 № 48-ОД", [20, 11, 2023, 48], "order date and number")
    S("комісією у складі 5 осіб у період з 01.12.2023 по 15.12.2023", [5, 1, 12, 2023, 15],
      "commission size, assessment dates")
    S("У 2023 році ЦНСП надавав 6 соціальних послуг", [2023, 6], "number of kinds of services")
    S("(середній вік отримувачів – 78 років)", [78], "average age")
    S("9 особам за її результатами відмовлено у наданні послуги", [9], "refusals (no §3 id)")
    S("комісія опрацювала 40 особових справ отримувачів, провела 12 спостережень", [40, 12],
      "case files and observations examined (method, no §3 id)")
    S("80–100 % – «добре», 51–79 % – «задовільно», 0–50 % – «незадовільно»", [80, 100, 51, 79, 0, 50],
      "rating bands")
    S("Таблиця 2. Результати оцінки якості за критеріями (з 37 опитаних)", [2, 37],
      "table number; the 37 respondents repeated")
    S("переглянути графіки відвідування отримувачів у 4 віддалених селах до 01.03.2024", [1, 4, 1, 3, 2024],
      "recommendation: numbering, villages, deadline")
    S("2) провести повторне анкетування у IV кварталі 2024 року", [2, 4, 2024], "recommendation for 2024")
    g.note("criterion shares → share with criterion (alt satisfaction); each table row gives a share and a rating, "
           "both quoted by the row; «Повага до гідності отримувача» → dignity, «Конфіденційність інформації» → "
           "confidentiality")
    g.note("the overall rating is given in the table and in the conclusion: two facts")
    g.note("«соціальний супровід – 19 сімей» → served (alt support_ongoing), 36 children hang on it")
    g.note("«На обслуговування вдома взято 17 осіб» → served home_care with a label (alt registered_new, "
           "support_started)")
    g.note("the one complaint is a fact (complaints 1)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
