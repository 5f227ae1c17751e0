"""b33_06: external quality assessment of social support by the ЦСС Гребінківської міської ради in 2024,
written by the oblast ЦСС. reportlab PDF (Liberation), criteria as a numbered list with bands."""
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from common import Gold, report_path, register_fonts

DOC = "b33_06_hrebinka_css_external2024.pdf"

HEAD = "ПОЛТАВСЬКИЙ ОБЛАСНИЙ ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ"
ADDR = "36014, м. Полтава, вул. Соборності, 45, тел. (0532) 0-56-19. Вих. № 01-09/214 від 21.03.2025"
TITLE = ("ВИСНОВОК<br/>за результатами зовнішньої оцінки якості соціальної послуги соціального супроводу сімей (осіб), "
         "які перебувають у складних життєвих обставинах, наданої Центром соціальних служб Гребінківської міської ради у 2024 році")
P = [
    "Оцінку проведено комісією обласного центру у складі 4 осіб з 10 по 14 березня 2025 року на підставі наказу від 03.03.2025 № 27. Гребінківська міська територіальна громада об'єднує 23 населені пункти з населенням 19,6 тис. жителів.",
    "За даними Центру, у 2024 році послугу соціального супроводу отримували 34 сім'ї, в яких виховується 71 дитина, та 6 осіб. Новими отримувачами послуги протягом року стали 13 сімей і 2 особи. Завершено надання послуги 16 сім'ям та 3 особам. Із 16 сімей у 9 складні життєві обставини подолано, у 5 – мінімізовано, 2 сім'ї відмовилися від подальшого отримання послуги. Середня тривалість супроводу склала 5,4 місяця. Фахівці здійснили 412 відвідувань сімей за місцем проживання.",
    "Послугу надають 4 фахівці із соціальної роботи; навантаження становить 8,5 сім'ї на одного фахівця при нормі до 10. Скарг на якість послуги у 2024 році не надходило.",
    "Комісія вивчила 20 особових справ отримувачів (із 40), провела інтерв'ю з 22 отримувачами послуги та 3 фахівцями. 20 з 22 опитаних (90,9 %) оцінили допомогу фахівців як корисну для своєї сім'ї.",
    "Рівні оцінювання: «добре» – 75 % і більше позитивних відповідей; «задовільно» – від 50 до 74,9 %; «незадовільно» – менше 50 %. За критеріями якості отримано такі результати:",
]
CRIT = [
    ("targeting", "1) адресність та індивідуальний підхід – 95,5 %, рівень «добре»;", 95.5, "good"),
    ("effectiveness", "2) результативність – 77,3 %, рівень «добре»;", 77.3, "good"),
    ("timeliness", "3) своєчасність – 68,2 %, рівень «добре»;", 68.2, "good"),
    ("accessibility", "4) доступність та відкритість – 86,4 %, рівень «добре»;", 86.4, "good"),
    ("dignity", "5) повага до гідності отримувача – 100 %, рівень «добре»;", 100, "good"),
    ("professionalism", "6) професійність – 90,9 %, рівень «добре»;", 90.9, "good"),
    ("confidentiality", "7) конфіденційність інформації – 100 %, рівень «добре».", 100, "good"),
]
P2 = [
    "Загальна оцінка якості надання послуги соціального супроводу Центром соціальних служб Гребінківської міської ради – «добре».",
    "Рекомендації: 1) забезпечити складання плану супроводу протягом 3 робочих днів після оцінки потреб; 2) укласти договір про співпрацю з амбулаторією загальної практики сімейної медицини; 3) повідомити про виконання рекомендацій до 30.06.2025.",
    "Голова комісії                    /підпис/",
]


def header(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSans", 8)
    canvas.drawString(56, A4[1] - 28, "Полтавський обласний центр соціальних служб · Зовнішня оцінка якості · 2025")
    canvas.drawRightString(A4[0] - 42, 22, f"{doc.page}")
    canvas.restoreState()


def build(path):
    register_fonts()
    body = ParagraphStyle("b", fontName="LSerif", fontSize=12, leading=15, alignment=TA_JUSTIFY, spaceAfter=6, firstLineIndent=28)
    item = ParagraphStyle("i", parent=body, firstLineIndent=0, leftIndent=28, spaceAfter=2)
    cen = ParagraphStyle("c", fontName="LSerif-B", fontSize=12, leading=15, alignment=TA_CENTER, spaceAfter=6)
    small = ParagraphStyle("s", fontName="LSerif", fontSize=10, leading=12, alignment=TA_CENTER, spaceAfter=10)
    story = [Paragraph(HEAD, cen), Paragraph(ADDR, small), Paragraph(TITLE, cen), Spacer(1, 6)]
    story += [Paragraph(t, body) for t in P]
    story += [Paragraph(c[1], item) for c in CRIT] + [Spacer(1, 6)]
    story += [Paragraph(t, body) for t in P2]
    SimpleDocTemplate(path, pagesize=A4, invariant=1, title="Висновок зовнішньої оцінки", author="ОЦСС",
                      leftMargin=56, rightMargin=42, topMargin=48, bottomMargin=42).build(
        story, onFirstPage=header, onLaterPages=header)


BANDS = "[(75, 100, 'good'), (50, 74.9, 'satisfactory'), (0, 49.9, 'unsatisfactory')]"


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Гребінківської міської ради",
        "centre_type": "css", "settlement": "Гребінка", "report_kind": "external_assessment",
        "period_start": "2024-01-01", "period_end": "2024-12-31",
    })
    f = g.f
    S = "social_support_sjo"
    sf = f("served", "families", 34, "послугу соціального супроводу отримували 34 сім'ї", service=S, alt=["support_ongoing"])
    sc = f("served", "children", 71, "в яких виховується 71 дитина", service=S, alt=["support_ongoing"], parent=sf)
    sp = f("served", "persons", 6, "71 дитина, та 6 осіб", service=S, alt=["support_ongoing"])
    nf = f("support_started", "families", 13, "Новими отримувачами послуги протягом року стали 13 сімей", service=S, parent=sf)
    np_ = f("support_started", "persons", 2, "13 сімей і 2 особи", service=S, parent=sp)
    cf = f("support_completed", "families", 16, "Завершено надання послуги 16 сім'ям", service=S, parent=sf)
    cpp = f("support_completed", "persons", 3, "16 сім'ям та 3 особам", service=S, parent=sp)
    og = "completed_16_by_outcome"
    o1 = f("outcome_positive", "families", 9, "у 9 складні життєві обставини подолано", service=S, group=og, parent=cf)
    o2 = f("outcome_minimized", "families", 5, "у 5 – мінімізовано", service=S, group=og, parent=cf)
    o3 = f("outcome_other", "families", 2, "2 сім'ї відмовилися від подальшого отримання послуги", service=S,
           label="відмова від послуги", alt=["outcome_negative"], group=og, parent=cf)
    st = f("staff_actual", "staff", 4, "Послугу надають 4 фахівці із соціальної роботи", service=S)
    cp = f("complaints", "complaints", 0, "Скарг на якість послуги у 2024 році не надходило.", service=S)
    sr = f("survey_respondents", "recipients", 22, "провела інтерв'ю з 22 отримувачами послуги", service=S, unit_alt="persons")
    us = f("survey_respondents", "persons", 20, "20 з 22 опитаних (90,9 %) оцінили допомогу фахівців як корисну",
           percent=90.9, service=S, label="оцінили допомогу як корисну", parent=sr, alt=["satisfaction"])
    sh, rt = {}, {}
    for crit, q, v, r in CRIT:
        sh[crit] = f("share", "percent", v, q, service=S, criterion=crit, alt=["satisfaction"],
                     label="позитивні відповіді за критерієм")
        rt[crit] = f("rating", "rating", r, q, service=S, criterion=crit)
    ov = f("rating", "rating", "good", "Загальна оцінка якості надання послуги соціального супроводу Центром соціальних служб Гребінківської міської ради – «добре».",
           service=S, criterion="overall")

    g.slip("rating_band", "error", CRIT[2][1], "добре", "задовільно", [sh["timeliness"], rt["timeliness"]],
           "своєчасність 68,2 % falls in the document's own band «задовільно» (50–74,9 %) but is rated «добре»",
           f"band({sh['timeliness']}, {BANDS}) == {rt['timeliness']}")
    others = [c for c, *_ in CRIT if c != "timeliness"]
    g.check("rating_band", "Рівні оцінювання: «добре» – 75 % і більше позитивних відповідей",
            "the other six criteria (77,3–100 %) are in the «добре» band",
            " and ".join(f"band({sh[c]}, {BANDS}) == {rt[c]}" for c in others))
    g.check("percent_impossible", "провела інтерв'ю з 22 отримувачами послуги",
            "all seven shares are reachable with 22 respondents (21, 17, 15, 19, 22, 20, 22 of 22)",
            " and ".join(f"grim_ok({sh[c]}, {sr}, 1)" for c, *_ in CRIT))
    g.check("percent_mismatch", "20 з 22 опитаних (90,9 %)", "20/22 = 90,91 % → 90,9", f"pct_ok(p{us[1:]}, {us}, {sr}, 1)")
    g.check("parts_sum", "Із 16 сімей у 9 складні життєві обставини подолано, у 5 – мінімізовано, 2 сім'ї відмовилися",
            "9 + 5 + 2 = 16", f"{o1} + {o2} + {o3} == {cf}")
    g.check("parts_sum", "Комісія вивчила 20 особових справ отримувачів (із 40)",
            "40 case files = 34 families + 6 persons", f"{sf} + {sp} == 40")
    g.check("parts_sum", "Новими отримувачами послуги протягом року стали 13 сімей і 2 особи",
            "new ≤ served, completed ≤ served (families and persons)",
            f"{nf} <= {sf} and {np_} <= {sp} and {cf} <= {sf} and {cpp} <= {sp}")
    g.check("parts_sum", "провела інтерв'ю з 22 отримувачами послуги", "22 interviewed ≤ 40 recipients", f"{sr} <= {sf} + {sp}")

    g.skip("36014, м. Полтава, вул. Соборності, 45, тел. (0532) 0-56-19. Вих. № 01-09/214 від 21.03.2025",
           [36014, 45, 532, 5619, 1, 9, 214, 21, 3, 2025], "the assessor's postcode, address, phone; outgoing number and date")
    g.skip("наданої Центром соціальних служб Гребінківської міської ради у 2024 році", [2024], "year")
    g.skip("комісією обласного центру у складі 4 осіб з 10 по 14 березня 2025 року на підставі наказу від 03.03.2025 № 27",
           [4, 10, 14, 2025, 3, 3, 2025, 27], "commission size, assessment dates, order")
    g.skip("об'єднує 23 населені пункти з населенням 19,6 тис. жителів", [23, 19600], "settlements, population")
    g.skip("Середня тривалість супроводу склала 5,4 місяця.", [5.4], "duration")
    g.skip("Фахівці здійснили 412 відвідувань сімей за місцем проживання.", [412], "home visits (no §3 id)")
    g.skip("навантаження становить 8,5 сім'ї на одного фахівця при нормі до 10", [8.5, 10], "ratio and norm")
    g.skip("Комісія вивчила 20 особових справ отримувачів (із 40)", [20, 40], "case files studied (assessment method)")
    g.skip("та 3 фахівцями", [3], "staff interviewed (assessment method)")
    g.skip("«добре» – 75 % і більше позитивних відповідей; «задовільно» – від 50 до 74,9 %; «незадовільно» – менше 50 %",
           [75, 50, 74.9, 50], "rating bands")
    g.skip("Полтавський обласний центр соціальних служб · Зовнішня оцінка якості · 2025 1", [2025, 1], "running header and page number")
    g.skip("1) адресність", [1, 2, 3, 4, 5, 6, 7], "list item numbers")
    g.skip("Рекомендації: 1) забезпечити складання плану супроводу протягом 3 робочих днів після оцінки потреб",
           [1, 3, 2, 3, 30, 6, 2025], "recommendation numbers, deadline in days, date")
    g.note("an external assessment by the oblast ЦСС of the Гребінка ЦСС: meta describes the assessed centre; the period is the assessed year 2024; oblast is not written for the assessed centre → omitted")
    g.note("the running header names the assessor and the year 2025; it is page furniture; the reader prints it with the page number (skipped)")
    g.note("«отримували 34 сім'ї … та 6 осіб» → served (alt support_ongoing); families and persons are separate rows; the 6 persons have no parent")
    g.note("2 families refused → outcome_other with label (alt outcome_negative)")
    g.note("своєчасність 68,2 % rated «добре» against the document's own bands (planted rating_band slip)")
    g.write()


if __name__ == "__main__":
    main()
