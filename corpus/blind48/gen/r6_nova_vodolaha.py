"""b48_06: external quality assessment of the social support of families in СЖО provided in 2023
by КУ «Центр надання соціальних послуг» Нововодолазької селищної ради (Харківська), written by the
селищна рада's відділ соціального захисту населення. reportlab PDF (Liberation fonts): a criteria
table (criterion / share of positive answers / rating), the document's own bands, prose.
Planted slip: percent_impossible (Професійність 84,6 % with 46 respondents: 39 of 46 = 84,8 %,
38 of 46 = 82,6 %; no whole number gives 84,6)."""
from common import Gold, report_path, register_fonts

DOC = "b48_06_nova_vodolaha_cnsp_external2023.pdf"

CRIT = [
    ("1", "Адресність та індивідуальний підхід", "95,7", "добре", "targeting"),
    ("2", "Результативність", "82,6", "добре", "effectiveness"),
    ("3", "Своєчасність", "89,1", "добре", "timeliness"),
    ("4", "Доступність та відкритість", "76,1", "задовільно", "accessibility"),
    ("5", "Повага до гідності отримувача", "97,8", "добре", "dignity"),
    ("6", "Професійність", "84,6", "добре", "professionalism"),
    ("7", "Конфіденційність інформації", "100", "добре", "confidentiality"),
]

HEAD = [
    ("h", "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ НОВОВОДОЛАЗЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("c", "63201, Харківська обл., смт Нова Водолага, вул. Гагаріна, 3; тел. (05740) 0-43-27"),
    ("t", "ЗВІТ<br/>про результати зовнішнього моніторингу та оцінки якості соціальної послуги соціального "
          "супроводу сімей (осіб), які перебувають у складних життєвих обставинах, наданої КУ «Центр надання "
          "соціальних послуг» Нововодолазької селищної ради у 2023 році"),
    ("p", "Зовнішній моніторинг проведено з 12 по 23 лютого 2024 року на підставі наказу відділу від "
          "29.01.2024 № 9 комісією у складі 4 осіб відповідно до Порядку, затвердженого постановою "
          "Кабінету Міністрів України від 01.06.2020 № 449. Надавач: КУ «Центр надання соціальних послуг» "
          "Нововодолазької селищної ради, код ЄДРПОУ 43562091."),
    ("p", "Під час моніторингу вивчено 30 особових справ сімей, проведено 8 бесід з фахівцями із соціальної "
          "роботи та опитано 46 отримувачів (по одному представнику від сім’ї)."),
    ("p", "Протягом 2023 року послугу соціального супроводу отримували 58 сімей, в яких виховується 131 дитина. "
          "Взято під супровід 37 сімей. Завершено супровід 34 сімей: у 25 сім’ях (73,5 %) складні життєві "
          "обставини подолано, у 6 – мінімізовано, у 3 – позитивного результату не досягнуто. "
          "Станом на 01.01.2024 продовжують отримувати послугу 24 сім’ї."),
    ("p", "Оцінку за кожним критерієм визначено за часткою позитивних відповідей отримувачів: "
          "80–100 % – «добре», 50–79,9 % – «задовільно», нижче 50 % – «незадовільно»."),
    ("p", "Таблиця 3"),
]
TAIL = [
    ("p", "Послугу надають 6 фахівців із соціальної роботи, штатним розписом передбачено 7 посад. Скарг від "
          "отримувачів протягом 2023 року не надходило, порушень конфіденційності не виявлено."),
    ("p", "<b>Висновок.</b> Якість соціальної послуги соціального супроводу, наданої у 2023 році, за результатами "
          "зовнішнього моніторингу оцінено як «добре»."),
    ("p", "Рекомендації: 1) забезпечити проходження навчання 2 фахівцями до 30.06.2024; 2) розмістити інформацію "
          "про послугу в усіх 16 старостинських округах; 3) повторний моніторинг провести у 2025 році."),
    ("p", "Голова комісії ____________        Члени комісії ____________"),
]


def build(path):
    register_fonts()
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    st = {"p": ParagraphStyle("p", fontName="LSerif", fontSize=12, leading=15, firstLineIndent=12 * mm,
                              spaceAfter=4, alignment=4),
          "h": ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, alignment=1),
          "c": ParagraphStyle("c", fontName="LSerif-I", fontSize=10, leading=12, alignment=1, spaceAfter=10),
          "t": ParagraphStyle("t", fontName="LSerif-B", fontSize=12, leading=15, alignment=1, spaceAfter=8)}
    cell = ParagraphStyle("cell", fontName="LSans", fontSize=10, leading=12)
    story = [Paragraph(t, st[k]) for k, t in HEAD]
    data = [["№", "Критерій", "Частка позитивних відповідей, %", "Оцінка"]]
    data += [[n, c, p, r] for n, c, p, r, _ in CRIT]
    data += [["", "Загальна оцінка якості", "", "добре"]]
    tb = Table([[Paragraph(x, cell) for x in r] for r in data], colWidths=[10 * mm, 75 * mm, 45 * mm, 30 * mm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [tb, Spacer(1, 6)] + [Paragraph(t, st[k]) for k, t in TAIL]
    SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                      topMargin=15 * mm, bottomMargin=15 * mm).build(story)


def main():
    import sys
    path = report_path(DOC)
    build(path)
    if "--build" in sys.argv:
        return
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Нововодолазької селищної ради",
        "centre_type": "cnsp", "settlement": "Нова Водолага", "oblast": "Харківська",
        "report_kind": "external_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31",
    }, meta_alt={
        "centre": ["КУ «Центр надання соціальних послуг» Нововодолазької селищної ради",
                   "Комунальна установа «Центр надання соціальних послуг» Нововодолазької селищної ради",
                   "Відділ соціального захисту населення Нововодолазької селищної ради"],
        "centre_type": ["uszn"],
    })
    f = g.f
    V = lambda x: f"f{x[1:]}"
    sr = f("survey_respondents", "recipients", 46, "опитано 46 отримувачів", unit_alt="persons")
    sv = f("served", "families", 58, "Протягом 2023 року послугу соціального супроводу отримували 58 сімей",
           service="social_support_sjo", alt=["support_ongoing"])
    svc = f("served", "children", 131, "в яких виховується 131 дитина", service="social_support_sjo",
            alt=["support_ongoing"], parent=sv)
    ss = f("support_started", "families", 37, "Взято під супровід 37 сімей", service="social_support_sjo")
    sc = f("support_completed", "families", 34, "Завершено супровід 34 сімей", service="social_support_sjo")
    o1 = f("outcome_positive", "families", 25, "у 25 сім'ях (73,5 %) складні життєві обставини подолано",
           percent=73.5, service="social_support_sjo", group="completed_34", parent=sc)
    o2 = f("outcome_minimized", "families", 6, "у 6 – мінімізовано", service="social_support_sjo",
           group="completed_34", parent=sc)
    o3 = f("outcome_negative", "families", 3, "у 3 – позитивного результату не досягнуто",
           service="social_support_sjo", group="completed_34", parent=sc)
    og = f("support_ongoing", "families", 24, "Станом на 01.01.2024 продовжують отримувати послугу 24 сім'ї",
           service="social_support_sjo")
    rating = {"добре": "good", "задовільно": "satisfactory"}
    cells = []
    for n, c, p, r, cid in CRIT:
        q = f"{n}\t{c}\t{p}\t{r}"
        pv = float(p.replace(",", "."))
        a = f("share", "percent", int(pv) if pv.is_integer() else pv, q, criterion=cid, alt=["satisfaction"])
        b = f("rating", "rating", rating[r], q, criterion=cid)
        cells.append((a, b))
    tq = "Загальна оцінка якості\t\tдобре"
    ov = f("rating", "rating", "good", tq, criterion="overall")
    ov2 = f("rating", "rating", "good", "за результатами зовнішнього моніторингу оцінено як «добре»",
            criterion="overall")
    sa = f("staff_actual", "staff", 6, "Послугу надають 6 фахівців із соціальної роботи")
    sp = f("staff_positions", "positions", 7, "штатним розписом передбачено 7 посад")
    co = f("complaints", "complaints", 0, "Скарг від отримувачів протягом 2023 року не надходило")

    prof = cells[5][0]
    g.slip("percent_impossible", "error", "6\tПрофесійність\t84,6\tдобре", 84.6, "84,8 (39 of 46) or 82,6 (38 of 46)",
           [prof, sr], "with 46 respondents no whole number of positive answers gives 84,6 %: 38/46 = 82,6 %, 39/46 = 84,8 %",
           f"grim_ok({V(prof)}, {V(sr)}, 1)")
    B = "[(80, 100, 'good'), (50, 79.9, 'satisfactory'), (0, 49.9, 'unsatisfactory')]"
    for (n, c, p, r, cid), (a, b) in zip(CRIT, cells):
        q = f"{n}\t{c}\t{p}\t{r}"
        if cid != "professionalism":
            g.check("percent_impossible", q, f"{p} % is reachable with 46 respondents", f"grim_ok({V(a)}, {V(sr)}, 1)")
        g.check("rating_band", q, f"{p} % → «{r}» under the document's bands", f"band({V(a)}, {B}) == {V(b)}")
    g.check("parts_sum", "Завершено супровід 34 сімей", "25 + 6 + 3 = 34", f"{V(o1)} + {V(o2)} + {V(o3)} == {V(sc)}")
    g.check("percent_mismatch", "у 25 сім'ях (73,5 %)", "25 / 34 = 73,53 % → 73,5", f"pct_ok(p{o1[1:]}, {V(o1)}, {V(sc)}, 1)")
    g.check("parts_sum", "Станом на 01.01.2024 продовжують отримувати послугу 24 сім'ї", "58 − 34 = 24; 37 ≤ 58",
            f"{V(sv)} - {V(sc)} == {V(og)} and {V(ss)} <= {V(sv)}")
    g.check("parts_sum", "опитано 46 отримувачів (по одному представнику від сім'ї)", "46 respondents ≤ 58 families",
            f"{V(sr)} <= {V(sv)}")
    g.check("parts_sum", "Послугу надають 6 фахівців", "6 ≤ 7", f"{V(sa)} <= {V(sp)}")

    g.skip("63201, Харківська обл., смт Нова Водолага, вул. Гагаріна, 3; тел. (05740) 0-43-27", [63201, 3, 5740, 4327],
           "postcode, address, phone")
    g.skip("наданої КУ «Центр надання соціальних послуг» Нововодолазької селищної ради у 2023 році", [2023], "year")
    g.skip("Зовнішній моніторинг проведено з 12 по 23 лютого 2024 року на підставі наказу відділу від 29.01.2024 № 9 комісією у складі 4 осіб",
           [12, 23, 2024, 29, 1, 2024, 9, 4], "assessment dates, order date and number, commission size")
    g.skip("від 01.06.2020 № 449", [1, 6, 2020, 449], "КМУ act")
    g.skip("код ЄДРПОУ 43562091", [43562091], "ЄДРПОУ")
    g.skip("вивчено 30 особових справ сімей, проведено 8 бесід з фахівцями", [30, 8], "methods (case files, interviews)")
    g.skip("80–100 % – «добре», 50–79,9 % – «задовільно», нижче 50 % – «незадовільно»", [80, 100, 50, 79.9, 50],
           "rating bands (used in the checks)")
    g.skip("Таблиця 3", [3], "table number")
    g.skip("1\tАдресність та індивідуальний підхід", [1, 2, 3, 4, 5, 6, 7], "row numbers")
    g.skip("Рекомендації: 1) забезпечити проходження навчання 2 фахівцями до 30.06.2024; 2) розмістити інформацію про послугу в усіх 16 старостинських округах; 3) повторний моніторинг провести у 2025 році.",
           [1, 2, 30, 6, 2024, 2, 16, 3, 2025], "recommendations: numbers, plan, deadline, district count")

    g.note("meta: the assessed provider (КУ «ЦНСП») is the centre; the author, the селищна рада's відділ соціального захисту населення, is accepted in meta_alt (centre and centre_type uszn)")
    g.note("period: the service «надана у 2023 році»; the assessment itself took place in February 2024")
    g.note("criteria table: share (alt satisfaction) with criterion, and rating with criterion; «Загальна оцінка якості» row and the conclusion are two overall ratings")
    g.note("table cells come out tab-separated in the reader's text; table quotes are the row as printed")
    g.note("«складні життєві обставини подолано» → outcome_positive; «мінімізовано» → outcome_minimized; «позитивного результату не досягнуто» → outcome_negative; «продовжують отримувати послугу» at 01.01.2024 → support_ongoing")
    g.write()


if __name__ == "__main__":
    main()
