"""b45_03: КУ «ЦНСП» Летичівської селищної ради (Хмельницька), internal quality assessment of home care, 2023.
reportlab PDF (DejaVu), criteria table, page footer."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_dejavu

NAME = "b45_03_letychiv_cnsp_internal2023.pdf"

CRIT = [  # name, id, share, rating
    ("Адресність та індивідуальний підхід", "targeting", "91,4", "добре"),
    ("Результативність", "effectiveness", "81,0", "добре"),
    ("Своєчасність", "timeliness", "77,6", "задовільно"),
    ("Доступність та відкритість", "accessibility", "87,5", "добре"),
    ("Зручність", "convenience", "84,5", "добре"),
    ("Повага до гідності отримувача соціальної послуги", "dignity", "98,3", "добре"),
    ("Професійність", "professionalism", "94,8", "добре"),
    ("Конфіденційність інформації", "confidentiality", "100,0", "добре"),
]
RID = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}

P_TOP = [
    ("h", "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ЛЕТИЧІВСЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("c", "31500, Хмельницька обл., селище Летичів, вул. Садова, 9; тел. (03857) 0-23-48; ЄДРПОУ 44082731"),
    ("h", "ЗВІТ про результати внутрішньої оцінки якості надання соціальної послуги догляду вдома за 2023 рік"),
    ("p", "Оцінку проведено комісією у складі 4 осіб, утвореною наказом директора від 05.01.2024 № 3-од, "
          "у період з 10 по 26 січня 2024 року. Оцінювався період з 01.01.2023 по 31.12.2023."),
    ("p", "Протягом 2023 року послугу догляду вдома отримували 127 осіб, серед них 39 осіб з інвалідністю "
          "I–II групи та 11 внутрішньо переміщених осіб. Середній вік отримувачів – 79 років. Вартість однієї "
          "години догляду для платних отримувачів – 78,40 грн."),
    ("p", "Припинено надання послуги 16 особам: у зв'язку зі смертю – 12, влаштуванням до закладу "
          "стаціонарного догляду – 3, переїздом до родичів в інший район – 1. Відмов у наданні послуги – 2."),
    ("p", "Методи оцінювання: вивчено 40 особових справ (31,5 % від загальної кількості), проведено "
          "анкетування 58 отримувачів (45,7 %), спостереження під час 12 візитів."),
    ("p", "Для кожного критерію застосовано такі межі: 80–100 % позитивних відповідей – «добре», "
          "60–79,9 % – «задовільно», менше 60 % – «незадовільно»."),
    ("p", "Таблиця 1. Результати оцінювання за критеріями"),
]
P_BOTTOM = [
    ("p", "Позитивні зміни у стані (покращення самообслуговування, зменшення самотності) зафіксовано у "
          "19 отримувачів (15,0 %)."),
    ("p", "Послугу надають 14 соціальних робітників, з них 3 у 2023 році пройшли навчання з "
          "основ догляду (24 години). Протягом року надійшла 1 скарга – щодо запізнення працівника; "
          "її розглянуто, проведено бесіду."),
    ("p", "Висновок: загальна оцінка якості надання послуги догляду вдома – «добре»."),
    ("p", "Рекомендації: 1) скоротити час від звернення до початку надання послуги до 5 робочих днів; "
          "2) до 01.06.2024 оновити інформаційні матеріали на сайті селищної ради."),
    ("p", "Голова комісії ____________"),
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("DV", 8)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page} з 1")
    canvas.restoreState()


def build(path):
    register_dejavu()
    sty = {"p": ParagraphStyle("p", fontName="DV", fontSize=10.5, leading=14, spaceAfter=6),
           "h": ParagraphStyle("h", fontName="DV-B", fontSize=11.5, leading=15, alignment=1, spaceAfter=6),
           "c": ParagraphStyle("c", fontName="DV", fontSize=9, leading=12, alignment=1, spaceAfter=10)}
    cell = ParagraphStyle("cell", fontName="DV", fontSize=9.5, leading=12)
    story = [Paragraph(t, sty[k]) for k, t in P_TOP]
    data = [[Paragraph("Критерій", cell), Paragraph("Частка позитивних відповідей, %", cell), "Оцінка"]]
    for name, _, share, rating in CRIT:
        data.append([name, share, rating])
    data.append(["Загальна оцінка якості", "", "добре"])
    tb = Table(data, colWidths=[92 * mm, 38 * mm, 30 * mm])
    tb.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                            ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [tb, Spacer(1, 8)]
    story += [Paragraph(t, sty[k]) for k, t in P_BOTTOM]
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=22 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=22 * mm, title="Звіт", author="ЦНСП")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def gold():
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Летичівської селищної ради",
        "centre_type": "cnsp", "settlement": "Летичів", "oblast": "Хмельницька",
        "report_kind": "internal_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Летичівської селищної ради",
                    "КУ «Центр надання соціальних послуг» Летичівської селищної ради"]})
    n = lambda i: i[1:]
    s = g.f("served", "persons", 127, "послугу догляду вдома отримували 127 осіб", service="home_care")
    s1 = g.f("served", "persons", 39, "серед них 39 осіб з інвалідністю", service="home_care",
             category="особи з інвалідністю I–II групи", parent=s)
    s2 = g.f("served", "persons", 11, "11 внутрішньо переміщених осіб", service="home_care",
             category="внутрішньо переміщені особи", parent=s)
    c = g.f("support_completed", "persons", 16, "Припинено надання послуги 16 особам", service="home_care",
            alt=["deregistered"], parent=s)
    c1 = g.f("outcome_other", "persons", 12, "у зв'язку зі смертю – 12", label="у зв'язку зі смертю",
             group="completed_16_by_reason", parent=c)
    c2 = g.f("outcome_other", "persons", 3, "влаштуванням до закладу стаціонарного догляду – 3",
             label="влаштування до закладу стаціонарного догляду", group="completed_16_by_reason", parent=c)
    c3 = g.f("outcome_other", "persons", 1, "переїздом до родичів в інший район – 1", label="переїзд до родичів",
             group="completed_16_by_reason", parent=c)
    sr = g.f("survey_respondents", "recipients", 58, "анкетування 58 отримувачів (45,7 %)", unit_alt="persons",
             percent=45.7)
    share_ids, rating_ids = [], []
    for name, cid, share, rating in CRIT:
        q = f"{name}\t{share}\t{rating}"
        v = float(share.replace(",", "."))
        v = int(v) if v.is_integer() else v
        a = g.f("share", "percent", v, q, criterion=cid, label=name, alt=["satisfaction"])
        b = g.f("rating", "rating", RID[rating], q, criterion=cid)
        share_ids.append(a)
        rating_ids.append(b)
    ov = g.f("rating", "rating", "good", "Загальна оцінка якості\t\tдобре", criterion="overall")
    ov2 = g.f("rating", "rating", "good", "загальна оцінка якості надання послуги догляду вдома – «добре»",
              criterion="overall", label="висновок (повтор)")
    op = g.f("outcome_positive", "persons", 19, "у 19 отримувачів (15,0 %)", percent=15.0,
             label="позитивні зміни у стані", uncertain=True,
             note="a count of recipients with improvement, written with its share; no §3 id fits better")
    sa = g.f("staff_actual", "staff", 14, "Послугу надають 14 соціальних робітників", label="соціальні робітники")
    st = g.f("staff_trained", "staff", 3, "з них 3 у 2023 році пройшли навчання", parent=sa)
    cm = g.f("complaints", "complaints", 1, "Протягом року надійшла 1 скарга")

    BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    acc = share_ids[3]
    g.slip("percent_impossible", "error", "Доступність та відкритість\t87,5\tдобре", 87.5, "86,2 or 87,9",
           [acc, sr], "with 58 respondents no whole number of positive answers gives 87,5 % (50 → 86,2 %, 51 → 87,9 %)",
           f"grim_ok(f{n(acc)}, f{n(sr)}, 1)")
    others = [i for i in share_ids if i != acc]
    g.check("percent_impossible", "Таблиця 1. Результати оцінювання за критеріями",
            "the other seven shares are reachable with 58 respondents (53, 47, 45, 49, 57, 55, 58 of 58)",
            " and ".join(f"grim_ok(f{n(i)}, f{n(sr)}, 1)" for i in others))
    g.check("rating_band", "80–100 % позитивних відповідей – «добре»",
            "every rating matches the document's bands (77,6 % → «задовільно», the rest ≥ 80 % → «добре»)",
            " and ".join(f"band(f{n(a)}, {BANDS}) == f{n(b)}" for a, b in zip(share_ids, rating_ids)))
    g.check("percent_mismatch", "анкетування 58 отримувачів (45,7 %)", "58 / 127 = 45,67 % → 45,7",
            f"pct_ok(p{n(sr)}, f{n(sr)}, f{n(s)}, 1)")
    g.check("percent_mismatch", "вивчено 40 особових справ (31,5 % від загальної кількості)",
            "40 case files of 127 = 31,50 % (40 is not a §3 figure, used as a literal)", f"pct_ok(31.5, 40, f{n(s)}, 1)")
    g.check("percent_mismatch", "у 19 отримувачів (15,0 %)", "19 / 127 = 14,96 % → 15,0",
            f"pct_ok(p{n(op)}, f{n(op)}, f{n(s)}, 1)")
    g.check("parts_sum", "Припинено надання послуги 16 особам", "12 + 3 + 1 = 16",
            f"f{n(c1)} + f{n(c2)} + f{n(c3)} == f{n(c)}")
    g.check("parts_sum", "серед них 39 осіб з інвалідністю", "39 ≤ 127 and 11 ≤ 127 (overlapping categories)",
            f"f{n(s1)} <= f{n(s)} and f{n(s2)} <= f{n(s)}")
    g.check("internal_conflict", "загальна оцінка якості надання послуги догляду вдома – «добре»",
            "table and conclusion agree", f"f{n(ov)} == f{n(ov2)}")

    g.skip("31500, Хмельницька обл., селище Летичів, вул. Садова, 9; тел. (03857) 0-23-48; ЄДРПОУ 44082731",
           [31500, 9, 3857, 2348, 44082731], "postcode, address, phone, ЄДРПОУ")
    g.skip("комісією у складі 4 осіб, утвореною наказом директора від 05.01.2024 № 3-од",
           [4, 5, 1, 2024, 3], "commission size, order date and number")
    g.skip("у період з 10 по 26 січня 2024 року. Оцінювався період з 01.01.2023 по 31.12.2023.",
           [10, 26, 2024, 1, 1, 2023, 31, 12, 2023], "assessment dates, assessed period")
    g.skip("Середній вік отримувачів – 79 років.", [79], "average age")
    g.skip("– 78,40 грн.", [78.4], "tariff per hour")
    g.skip("з інвалідністю I–II групи", [1, 2], "disability groups I–II")
    g.skip("Відмов у наданні послуги – 2.", [2], "refusals: no §3 id")
    g.skip("вивчено 40 особових справ (31,5 % від загальної кількості)", [40, 31.5],
           "case files studied (method), no §3 id; used as literals in a check")
    g.skip("спостереження під час 12 візитів", [12], "observation visits (method)")
    g.skip("80–100 % позитивних відповідей – «добре»", [80, 100, 60, 79.9, 60], "band definitions")
    g.skip("Таблиця 1. Результати оцінювання за критеріями", [1], "table number")
    g.skip("(24 години)", [24], "duration")
    g.skip("скоротити час від звернення до початку надання послуги до 5 робочих днів", [1, 5, 2],
           "recommendation numbers and target")
    g.skip("до 01.06.2024", [1, 6, 2024], "deadline")
    g.note("criteria table: each row gives a share (share with criterion, alt satisfaction) and a rating; the "
           "overall rating is in the table and again in the conclusion (two facts).")
    g.note("«Припинено надання послуги» → support_completed (alt deregistered), reasons as outcome_other with labels.")
    g.note("«серед них 39 осіб з інвалідністю … та 11 внутрішньо переміщених осіб» are overlapping categories: "
           "parent_id, no group.")
    g.note("survey: «58 отримувачів» → recipients (unit_alt persons), with its percent 45,7 of the 127.")
    g.note("planted slip: «Доступність та відкритість 87,5» is impossible with 58 respondents (GRIM).")
    g.note("the page footer «Сторінка 1 з 1» drawn on the canvas does not appear in the read text; nothing to annotate.")
    g.write()


if __name__ == "__main__":
    build(report_path(NAME))
    gold()
