"""b115_05: КУ «ЦНСП» Річківської сільської ради (Сумська), internal quality assessment of services
provided in 2021. reportlab PDF, first person plural, a criteria table with the document's own bands.
Slips: rating_band (Безпека 79,4 % rated «добре», the band for «добре» is 80–100 %) and
internal_conflict (Своєчасність 77,8 % in the table, 74,6 % in the conclusions)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import Gold, register_fonts, report_path

DOC = "b115_05_richky_cnsp_internal2021.pdf"

CRIT = [
    ("1", "Адресність та індивідуальний підхід", "92,1", "добре", "targeting"),
    ("2", "Результативність", "84,1", "добре", "effectiveness"),
    ("3", "Своєчасність", "77,8", "задовільно", "timeliness"),
    ("4", "Доступність та відкритість", "88,9", "добре", "accessibility"),
    ("5", "Повага до гідності отримувача", "95,2", "добре", "dignity"),
    ("6", "Професійність", "87,3", "добре", "professionalism"),
    ("7", "Безпека", "79,4", "добре", "safety"),
    ("8", "Конфіденційність", "100", "добре", "confidentiality"),
]
RATING = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}

PARAS_1 = [
    ("h", "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» РІЧКІВСЬКОЇ СІЛЬСЬКОЇ РАДИ"),
    ("c", "42514, Сумська обл., с. Річки, вул. Миру, 14, тел. (0542) 0-68-31-05, код ЄДРПОУ 43917562"),
    ("h", "ЗВІТ<br/>про проведення внутрішньої оцінки якості соціальних послуг, наданих у 2021 році"),
    ("p", "Відповідно до постанови Кабінету Міністрів України від 01.06.2020 № 449 та наказу Міністерства "
          "соціальної політики України від 27.12.2013 № 904 на підставі наказу директора від 15.11.2021 № 38-од "
          "ми провели внутрішню оцінку якості соціальних послуг, наданих нашою установою у 2021 році. Оцінювання "
          "тривало з 15 листопада по 10 грудня 2021 року; до робочої групи увійшли 4 працівники установи."),
    ("p", "Оцінювали три послуги. Протягом 2021 року ми надали послугу догляду вдома 86 особам, послугу "
          "консультування – 241 особі, а соціальний супровід – 12 сім'ям, у яких виховується 27 дітей. "
          "Скарг на якість послуг протягом року не надходило."),
    ("p", "Методи оцінювання: анкетування отримувачів, вивчення 40 особових справ, інтерв'ю з працівниками. "
          "В анкетуванні взяли участь 63 отримувачі, з них 41 – отримувачі послуги догляду вдома."),
    ("p", "Рівень якості за кожним критерієм визначали за часткою позитивних відповідей: від 80 до 100 % – "
          "«добре», від 60 до 79,9 % – «задовільно», менше 60 % – «незадовільно»."),
    ("c", "Таблиця 1. Результати оцінки за критеріями"),
]
PARAS_2 = [
    ("p", "На запитання «Чи задоволені Ви якістю отриманих послуг?» відповіді розподілилися так: "
          "«так, повністю» – 71,4 %, «скоріше так» – 20,6 %, «скоріше ні» – 6,3 %, «ні» – 1,6 %."),
    ("p", "Надання послуг забезпечують 17 працівників, з них 11 соціальних робітників; у 2021 році 6 працівників "
          "підвищили кваліфікацію."),
    ("h2", "Висновки"),
    ("p", "Загальна оцінка якості соціальних послуг, наданих установою у 2021 році, – «добре». Найнижчий результат "
          "отримано за критерієм «Своєчасність» – 74,6 % позитивних відповідей: отримувачі вказують на тривале "
          "очікування соціального робітника (до 3 днів) після звернення."),
    ("h2", "Рекомендації"),
    ("p", "1. Переглянути маршрути соціальних робітників у 5 віддалених селах до 01.03.2022."),
    ("p", "2. Повторну оцінку якості провести у IV кварталі 2022 року."),
    ("p", "Директор                                                          ____________"),
]


def build(path):
    register_fonts()
    ss = {
        "h": ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, alignment=1, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName="LSerif-B", fontSize=12, leading=15, spaceBefore=6, spaceAfter=4),
        "c": ParagraphStyle("c", fontName="LSerif", fontSize=10, leading=13, alignment=1, spaceAfter=6),
        "p": ParagraphStyle("p", fontName="LSerif", fontSize=12, leading=15, alignment=4, firstLineIndent=10 * mm,
                            spaceAfter=4),
    }
    cell = ParagraphStyle("cell", fontName="LSerif", fontSize=10, leading=12)
    story = [Paragraph(t, ss[k]) for k, t in PARAS_1]
    hcell = ParagraphStyle("hcell", fontName="LSerif-B", fontSize=10, leading=12, alignment=1)
    data = [[Paragraph(x, hcell) for x in ("№", "Критерій", "Частка позитивних відповідей, %", "Оцінка")]]
    for no, name, p, r, _ in CRIT:
        data.append([no, name, p, r])
    data.append(["", "Загальна оцінка", "", "добре"])
    t = Table(data, colWidths=[12 * mm, 80 * mm, 50 * mm, 30 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 10), ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                           ("FONT", (0, 0), (-1, 0), "LSerif-B", 10), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [t, Spacer(1, 6)]
    story += [Paragraph(t_, ss[k]) for k, t_ in PARAS_2]

    def footer(c, doc):
        c.saveState()
        c.setFont("LSerif", 9)
        c.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, title="Звіт про внутрішню оцінку якості",
                            author="КУ ЦНСП")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Річківської сільської ради",
        "centre_type": "cnsp",
        "settlement": "Річки",
        "oblast": "Сумська",
        "report_kind": "internal_assessment",
        "period_start": "2021-01-01",
        "period_end": "2021-12-31",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Річківської сільської ради",
        "КУ «Центр надання соціальних послуг» Річківської сільської ради"]})
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    hc = f("served", "persons", 86, "ми надали послугу догляду вдома 86 особам", service="home_care")
    co = f("served", "persons", 241, "консультування – 241 особі", service="counselling")
    sj = f("served", "families", 12, "соціальний супровід – 12 сім'ям", service="social_support_sjo")
    sjc = f("served", "children", 27, "у яких виховується 27 дітей", service="social_support_sjo", parent=sj)
    cm = f("complaints", "complaints", 0, "Скарг на якість послуг протягом року не надходило")
    sr = f("survey_respondents", "recipients", 63, "В анкетуванні взяли участь 63 отримувачі", unit_alt="persons")
    sr2 = f("survey_respondents", "recipients", 41, "з них 41 – отримувачі послуги догляду вдома", service="home_care",
            unit_alt="persons", parent=sr)
    shares, ratings = {}, {}
    for no, name, p, r, cid in CRIT:
        q = f"{no}\t{name}\t{p}\t{r}"
        shares[cid] = f("share", "percent", float(p.replace(",", ".")) if "," in p else int(p), q, criterion=cid,
                        alt=["satisfaction"], label=f"частка позитивних відповідей: {name}")
        ratings[cid] = f("rating", "rating", RATING[r], q, criterion=cid)
    ov = f("rating", "rating", "good", "Загальна оцінка\t\tдобре", criterion="overall")
    ans = []
    for q, lab, v in (("«так, повністю» – 71,4 %", "так, повністю", 71.4), ("«скоріше так» – 20,6 %", "скоріше так", 20.6),
                      ("«скоріше ні» – 6,3 %", "скоріше ні", 6.3), ("«ні» – 1,6 %", "ні", 1.6)):
        ind = "satisfaction" if lab == "так, повністю" else "share"
        ans.append(f(ind, "percent", v, q, label=f"задоволені якістю послуг: «{lab}»",
                     alt=["share"] if ind == "satisfaction" else None))
    st = f("staff_actual", "staff", 17, "Надання послуг забезпечують 17 працівників")
    sw = f("staff_actual", "staff", 11, "з них 11 соціальних робітників", label="соціальні робітники", parent=st)
    tr = f("staff_trained", "staff", 6, "у 2021 році 6 працівників підвищили кваліфікацію")
    ov2 = f("rating", "rating", "good",
            "Загальна оцінка якості соціальних послуг, наданих установою у 2021 році, – «добре»",
            criterion="overall", note="the overall rating said again in the conclusions: two facts")
    tl2 = f("share", "percent", 74.6, "«Своєчасність» – 74,6 % позитивних відповідей", criterion="timeliness",
            alt=["satisfaction"], label="частка позитивних відповідей: Своєчасність (висновки)")

    BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    g.slip("rating_band", "error", "7\tБезпека\t79,4\tдобре", "good", "satisfactory",
           [shares["safety"], ratings["safety"]],
           "Безпека has 79,4 % positive answers, which the document's own bands put in «задовільно» (60–79,9 %), but it is rated «добре»",
           f"band(f{n(shares['safety'])}, {BANDS}) == f{n(ratings['safety'])}", slip=1)
    g.slip("internal_conflict", "error", "«Своєчасність» – 74,6 % позитивних відповідей", 74.6, 77.8,
           [tl2, shares["timeliness"]],
           "the conclusions give 74,6 % for Своєчасність, Таблиця 1 gives 77,8 % (the same criterion, survey and year)",
           f"f{n(tl2)} == f{n(shares['timeliness'])}", slip=2)
    others = [c for c in shares if c != "safety"]
    g.check("rating_band", "Таблиця 1. Результати оцінки за критеріями",
            "every other criterion's rating matches its band (80–100 добре, 60–79,9 задовільно)",
            "all([" + ", ".join(f"band(f{n(shares[c])}, {BANDS}) == f{n(ratings[c])}" for c in others) + "])")
    g.check("percent_impossible", "В анкетуванні взяли участь 63 отримувачі",
            "every criterion share is reachable with 63 respondents (58, 53, 49, 56, 60, 55, 50, 63 of 63)",
            "all([" + ", ".join(f"grim_ok(f{n(shares[c])}, f{n(sr)}, 1)" for c in shares) + "])")
    g.check("percents_sum", "«так, повністю» – 71,4 %, «скоріше так» – 20,6 %, «скоріше ні» – 6,3 %, «ні» – 1,6 %",
            "71,4 + 20,6 + 6,3 + 1,6 = 99,9 (45 + 13 + 4 + 1 = 63)",
            "psum_ok([" + ", ".join("f" + n(x) for x in ans) + "], 1)")
    g.check("percent_impossible", "«так, повністю» – 71,4 %", "each answer share is reachable with 63",
            "all([" + ", ".join(f"grim_ok(f{n(x)}, f{n(sr)}, 1)" for x in ans) + "])")
    g.check("parts_sum", "з них 41 – отримувачі послуги догляду вдома", "41 ≤ 63; 41 ≤ 86 home-care recipients",
            f"f{n(sr2)} <= f{n(sr)} and f{n(sr2)} <= f{n(hc)}")
    g.check("parts_sum", "з них 11 соціальних робітників", "11 ≤ 17; 6 trained ≤ 17",
            f"f{n(sw)} <= f{n(st)} and f{n(tr)} <= f{n(st)}")
    g.check("internal_conflict", "Загальна оцінка\t\tдобре", "overall rating «добре» in the table and in the conclusions",
            f"f{n(ov)} == f{n(ov2)}")

    g.skip("42514, Сумська обл., с. Річки, вул. Миру, 14, тел. (0542) 0-68-31-05, код ЄДРПОУ 43917562",
           [42514, 14, 542, 683105, 43917562], "postcode, address, phone, ЄДРПОУ")
    g.skip("наданих у 2021 році", [2021], "year in the title")
    g.skip("постанови Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449], "legal act")
    g.skip("від 27.12.2013 № 904", [27, 12, 2013, 904], "legal act")
    g.skip("наказу директора від 15.11.2021 № 38-од", [15, 11, 2021, 38], "order date and number")
    g.skip("Оцінювання тривало з 15 листопада по 10 грудня 2021 року; до робочої групи увійшли 4 працівники установи.",
           [15, 10, 2021, 4], "assessment dates, working-group size")
    g.skip("вивчення 40 особових справ", [40], "case files studied (method)")
    g.skip("від 80 до 100 % – «добре», від 60 до 79,9 % – «задовільно», менше 60 % – «незадовільно»",
           [80, 100, 60, 79.9, 60], "band definitions")
    g.skip("Таблиця 1. Результати оцінки за критеріями", [1], "table number")
    g.skip("1\tАдресність та індивідуальний підхід", [1, 2, 3, 4, 5, 6, 7, 8], "row numbers")
    g.skip("очікування соціального робітника (до 3 днів)", [3], "waiting time")
    g.skip("1. Переглянути маршрути соціальних робітників у 5 віддалених селах до 01.03.2022.",
           [1, 5, 1, 3, 2022], "recommendation number, villages, deadline")
    g.skip("2. Повторну оцінку якості провести у IV кварталі 2022 року.", [2, 4, 2022], "recommendation, plan")

    g.note("criteria shares → share with criterion (alt satisfaction); ratings → rating with criterion; overall rating in the table («Загальна оцінка») and in the conclusions: two facts")
    g.note("the conclusions repeat the Своєчасність share with a different value (74,6 vs 77,8): both are facts; the pair is the planted internal_conflict")
    g.note("Конфіденційність «100» is stored as the integer 100")
    g.note("«так, повністю» → satisfaction (alt share); the other three answers → share with a label")
    g.note("«63 отримувачі» → survey_respondents, unit recipients (unit_alt persons)")
    g.note("bands are the document's own (80–100 / 60–79,9 / <60); the rating_band verify uses them")
    g.write()


if __name__ == "__main__":
    main()
