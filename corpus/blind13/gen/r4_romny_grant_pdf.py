"""b13_04: donor-project final report (БФ «Відкриті долоні» with КУ «ЦНСП» Роменської міської ради,
Сумська), 01.03–31.12.2024.

PDF (reportlab, invariant) with a title page, a table of contents with dot leaders and page numbers,
superscript footnote markers after words and footnotes at the page bottom holding figures,
money in UAH, EUR and USD (only UAH is taken), page footers «Сторінка N з 4».
Planted slip: 1 146 persons, «жінки – 734, чоловіки – 402» = 1 136.
"""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, PageBreak, Table, TableStyle,
                                HRFlowable)

from common import Gold, report_path, read_text

NAME = "b13_04_romny_cnsp_grant2024.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

pdfmetrics.registerFont(TTFont("DV", FONT))
pdfmetrics.registerFont(TTFont("DVB", FONTB))
BODY = ParagraphStyle("b", fontName="DV", fontSize=10.5, leading=14.5, spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="DVB", fontSize=15, leading=19, alignment=1, spaceAfter=10)
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=12, leading=16, spaceBefore=8, spaceAfter=6)
CEN = ParagraphStyle("c", parent=BODY, alignment=1)
FN = ParagraphStyle("fn", fontName="DV", fontSize=8, leading=10, spaceAfter=2)

TOC = [
    ("1. Загальна інформація про проєкт", 2),
    ("2. Психосоціальна підтримка", 2),
    ("3. Кейс-менеджмент і соціальний супровід", 3),
    ("4. Натуральна та грошова допомога", 3),
    ("5. Навчання фахівців ЦНСП", 4),
    ("6. Зворотний зв'язок і моніторинг", 4),
    ("7. Фінансова інформація", 4),
]


def nb(t):
    """Keep digit groups together (no-break space), as careful typists do."""
    import re
    return re.sub(r"(\d) (\d{3})", "\\1\u00a0\\2", t)


def sup(n):
    return f"<super>{n}</super>"


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("DV", 8)
    canvas.drawCentredString(A4[0] / 2, 1.2 * cm, f"Сторінка {doc.page} з 4")
    canvas.drawString(2 * cm, A4[1] - 1.2 * cm, "БФ «Відкриті долоні» · Проєкт «Поруч» · Підсумковий звіт")
    canvas.restoreState()


def footnotes(items):
    out = [Spacer(1, 10), HRFlowable(width="35%", thickness=0.5, hAlign="LEFT", spaceAfter=4)]
    for n, t in items:
        out.append(Paragraph(nb(f"{sup(n)} {t}"), FN))
    return out


def build():
    s = []
    s += [Spacer(1, 3 * cm),
          Paragraph("Благодійний фонд «Відкриті долоні»", CEN),
          Spacer(1, 1 * cm),
          Paragraph("ПІДСУМКОВИЙ ЗВІТ", H1),
          Paragraph("про реалізацію проєкту «Поруч: психосоціальна підтримка та кейс-менеджмент "
                    "у Роменській громаді»", CEN),
          Paragraph("виконаного у партнерстві з Комунальною установою «Центр надання соціальних послуг» "
                    "Роменської міської ради Сумської області", CEN),
          Spacer(1, 1 * cm),
          Paragraph("Період реалізації: 01.03.2024 – 31.12.2024", CEN),
          Paragraph("Грантова угода № UA-PS-24/017 від 20.02.2024", CEN),
          Paragraph("Дата подання звіту: 24.01.2025", CEN),
          Spacer(1, 1.5 * cm),
          Paragraph("ЗМІСТ", H2)]
    rows = [[Paragraph(t, BODY), Paragraph("." * 60, BODY), Paragraph(str(p), BODY)] for t, p in TOC]
    tt = Table(rows, colWidths=[8.5 * cm, 6 * cm, 1 * cm])
    tt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    s += [tt, PageBreak()]

    s += [Paragraph("1. Загальна інформація про проєкт", H2),
          Paragraph("Проєкт спрямований на відновлення психологічного благополуччя мешканців Роменської "
                    "громади, які постраждали внаслідок збройної агресії, та на посилення спроможності "
                    "Центру надання соціальних послуг. Населення громади становить близько 52 тис. осіб, "
                    "з них понад 6 тис. – внутрішньо переміщені особи. Цільовий показник проєкту – "
                    "1 000 отримувачів психосоціальної підтримки.", BODY),
          Paragraph("2. Психосоціальна підтримка", H2),
          Paragraph(f"За період реалізації психосоціальну підтримку отримали 1 146 осіб{sup(1)}, з них жінки – "
                    f"734, чоловіки – 402. Досягнення цільового показника – 114,6 %. У мобільному форматі "
                    f"(виїзди до старостинських округів) підтримку отримали 318 осіб.", BODY),
          Paragraph(f"Психологами проєкту та ЦНСП проведено 2 318 індивідуальних консультацій{sup(2)} та "
                    f"64 групові сесії (41 – групи підтримки, 23 – арт-терапія), участь у яких взяли 517 осіб. "
                    f"З індивідуальних консультацій 312 проведено онлайн. "
                    f"Екстрене (кризове) втручання здійснено щодо 23 осіб.", BODY),
          Paragraph("На гарячу лінію проєкту надійшло 742 дзвінки, з них 96 – у нічний час. Мобільна "
                    "команда здійснила 286 виїздів.", BODY)]
    s += footnotes([(1, "З них 412 – внутрішньо переміщені особи, 97 – члени сімей загиблих (зниклих "
                        "безвісти) військовослужбовців."),
                    (2, "Тривалість однієї консультації – 50 хвилин; у середньому 2,0 консультації на "
                        "одного отримувача.")])
    s += [PageBreak()]

    s += [Paragraph("3. Кейс-менеджмент і соціальний супровід", H2),
          Paragraph("Фахівці ЦНСП провели оцінку потреб 214 сімей, направлених мобільною командою проєкту. "
                    "Складні життєві обставини виявлено у 131 сім'ї. "
                    "Під соціальний супровід взято 88 сімей (у них 163 дитини), у тому числі 23 сім'ї ВПО. Завершено супровід 61 сім'ї, "
                    f"з них з позитивним результатом – 49, без досягнення результату – 8, у зв'язку зі "
                    f"зміною місця проживання{sup(3)} – 4. На 31.12.2024 супровід триває для 27 сімей.", BODY),
          Paragraph("4. Натуральна та грошова допомога", H2),
          Paragraph(f"Продуктові та гігієнічні набори отримали 380 сімей, у яких виховується 611 дітей. "
                    f"Вартість наборів, закуплених у місцевих постачальників, – 662 700 грн; набори, "
                    f"отримані від партнера в натуральній формі, оцінено в 14 860 євро{sup(4)}.", BODY),
          Paragraph(f"Багатоцільову грошову допомогу отримали 126 осіб{sup(5)}, загальна сума виплат – "
                    f"453 600 грн.", BODY)]
    s += footnotes([(3, "Випадки передано центрам надання соціальних послуг за новим місцем проживання "
                        "відповідно до Порядку, затвердженого постановою КМУ від 01.06.2020 № 585."),
                    (4, "За митною декларацією партнера від 12.06.2024."),
                    (5, "Розмір допомоги – 3 600 грн на особу на місяць, відповідно до рекомендацій "
                        "Кластеру багатоцільової грошової допомоги; виплати здійснено за 1 місяць.")])
    s += [PageBreak()]

    s += [Paragraph("5. Навчання фахівців ЦНСП", H2),
          Paragraph("Для фахівців Центру проведено 6 тренінгів (кейс-менеджмент, перша психологічна "
                    "допомога, протидія професійному вигоранню), у яких підвищили кваліфікацію 18 "
                    "працівників ЦНСП. Проведено 10 сесій групової супервізії.", BODY),
          Paragraph("6. Зворотний зв'язок і моніторинг", H2),
          Paragraph(f"Через механізм зворотного зв'язку (скринька, телефон, онлайн-форма) надійшло 37 "
                    f"звернень, з них 31 подяка, 5 запитів на інформацію та 1 скарга (щодо затримки "
                    f"видачі наборів), яку врегульовано протягом 3 днів.", BODY),
          Paragraph("Анкети оцінки задоволеності заповнили 203 отримувачі; 91 % з них оцінили допомогу "
                    "як корисну або дуже корисну.", BODY),
          Paragraph("7. Фінансова інформація", H2),
          Paragraph(f"Бюджет проєкту – 48 500 доларів США, використано 47 912 доларів США (98,8 %)"
                    f"{sup(6)}. Роменська міська рада забезпечила співфінансування у вигляді приміщень і "
                    f"транспорту на суму 214,5 тис. грн.", BODY),
          Paragraph("Контакти ЦНСП: 42000, м. Ромни, бульв. Шевченка, 9; тел. (05448) 0-19-36.", BODY)]
    s += footnotes([(6, "Залишок 588 доларів США повернуто донору 10.01.2025.")])

    for fl in s:
        if isinstance(fl, Paragraph) and fl.style is BODY:
            fl.__init__(nb(fl.text), BODY)
    doc = SimpleDocTemplate(report_path(NAME), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, invariant=1,
                            title="Підсумковий звіт проєкту «Поруч»", author="БФ «Відкриті долоні»",
                            creator="БФ «Відкриті долоні»", producer="reportlab")
    doc.build(s, onFirstPage=footer, onLaterPages=footer)


def main():
    build()
    text = read_text(report_path(NAME))
    g = Gold(NAME, {
        "centre": "Комунальна установа «Центр надання соціальних послуг» Роменської міської ради",
        "centre_type": "cnsp",
        "settlement": "Ромни",
        "oblast": "Сумська",
        "report_kind": "other",
        "period_start": "2024-03-01",
        "period_end": "2024-12-31",
        "published": "2025-01-24",
    }, meta_alt={
        "centre": ["Центр надання соціальних послуг Роменської міської ради",
                   "Благодійний фонд «Відкриті долоні»"],
        "centre_type": ["other"],
        "report_kind": ["period_report"],
    })
    tot = g.f("served", "persons", 1146, "психосоціальну підтримку отримали 1 146 осіб",
              label="психосоціальна підтримка")
    w = g.f("served", "persons", 734, "з них жінки –\n\n734", label="жінки", group="psychosocial_1146_by_sex",
            parent=tot)
    m = g.f("served", "persons", 402, "чоловіки – 402", label="чоловіки", group="psychosocial_1146_by_sex",
            parent=tot)
    g.f("served", "persons", 318,
        "У мобільному форматі (виїзди до старостинських округів) підтримку отримали 318 осіб",
        label="мобільний формат", parent=tot)
    g.f("served", "persons", 412, "З них 412 – внутрішньо переміщені особи", category="внутрішньо переміщені особи",
        parent=tot, note="figure in footnote 1, attached to «1 146 осіб»")
    g.f("served", "persons", 97, "97 – члени сімей загиблих", category="члени сімей загиблих (зниклих безвісти) військовослужбовців",
        parent=tot, note="figure in footnote 1")
    cons = g.f("services_provided", "services", 2318, "проведено 2 318 індивідуальних консультацій",
        service="counselling", label="індивідуальні психологічні консультації")
    g.f("services_provided", "services", 312, "З індивідуальних консультацій 312 проведено онлайн",
             service="counselling", label="онлайн", parent=cons)
    ev = g.f("events", "events", 64, "64 групові сесії", label="групові сесії")
    g.f("events", "events", 41, "41 – групи підтримки", label="групи підтримки", group="sessions_64_by_kind",
        parent=ev)
    g.f("events", "events", 23, "23 – арт-терапія", label="арт-терапія", group="sessions_64_by_kind", parent=ev)
    g.f("event_participants", "persons", 517, "участь у яких взяли 517 осіб", parent=ev)
    g.f("served", "persons", 23, "Екстрене (кризове) втручання здійснено щодо 23 осіб",
        service="crisis_intervention")
    cl = g.f("calls", "calls", 742, "На гарячу лінію проєкту надійшло 742 дзвінки")
    g.f("calls", "calls", 96, "з них 96 – у нічний час", label="у нічний час", parent=cl)
    g.f("needs_assessed", "families", 214, "провели оцінку потреб 214 сімей")
    g.f("in_difficult_circumstances", "families", 131, "Складні життєві обставини виявлено у 131 сім'ї")
    st = g.f("support_started", "families", 88, "Під соціальний супровід взято 88 сімей",
             service="social_support_sjo")
    g.f("support_started", "children", 163, "(у них 163 дитини)", service="social_support_sjo", parent=st)
    g.f("support_started", "families", 23, "у тому числі 23 сім'ї ВПО", service="social_support_sjo",
        category="сім'ї внутрішньо переміщених осіб", parent=st)
    sc = g.f("support_completed", "families", 61, "Завершено супровід 61 сім'ї", service="social_support_sjo")
    grp = "completed_61_by_outcome"
    g.f("outcome_positive", "families", 49, "з них з позитивним результатом – 49", service="social_support_sjo",
        group=grp, parent=sc)
    g.f("outcome_negative", "families", 8, "без досягнення результату – 8", service="social_support_sjo",
        group=grp, parent=sc)
    g.f("outcome_other", "families", 4, "у зв'язку зі зміною місця проживання3\n\n– 4", service="social_support_sjo",
        label="зміна місця проживання", group=grp, parent=sc)
    g.f("support_ongoing", "families", 27, "На 31.12.2024 супровід триває для 27 сімей",
        service="social_support_sjo")
    na = g.f("served", "families", 380, "Продуктові та гігієнічні набори отримали 380 сімей", service="natural_aid")
    g.f("served", "children", 611, "у яких виховується 611 дітей", service="natural_aid", parent=na)
    g.f("aid_value", "uah", 662700, "закуплених у місцевих постачальників, – 662 700 грн", service="natural_aid")
    cash = g.f("served", "persons", 126, "Багатоцільову грошову допомогу отримали 126 осіб",
               label="багатоцільова грошова допомога")
    g.f("aid_value", "uah", 453600, "загальна сума виплат –\n\n453 600 грн", label="багатоцільова грошова допомога")
    g.f("events", "events", 6, "проведено 6 тренінгів", label="тренінги для фахівців ЦНСП")
    g.f("staff_trained", "staff", 18, "підвищили кваліфікацію 18 працівників ЦНСП")
    g.f("complaints", "complaints", 1, "1 скарга")
    g.f("survey_respondents", "recipients", 203, "Анкети оцінки задоволеності заповнили 203 отримувачі",
        unit_alt="persons")
    g.f("satisfaction", "percent", 91, "91 % з них оцінили допомогу як корисну або дуже корисну")

    g.slip("parts_sum", "error", "з них жінки –\n\n734, чоловіки – 402", 1146, 1136, [tot, w, m],
           "by sex: 734 + 402 = 1 136, the total says 1 146 (10 missing); no third group is named")
    g.check("parts_sum", "64 групові сесії", "41 + 23 = 64; 312 online ≤ 2 318 consultations")
    g.check("parts_sum", "Завершено супровід 61 сім'ї", "49 + 8 + 4 = 61; 61 completed + 27 ongoing = 88 taken")
    g.check("parts_sum", "провели оцінку потреб 214 сімей", "131 in СЖО ≤ 214 assessed; 88 taken ≤ 131; 23 ВПО ≤ 88")
    g.check("parts_sum", "З них 412 – внутрішньо переміщені особи",
            "412 and 97 are overlapping subsets of 1 146 (≤)")
    g.check("parts_sum", "підтримку отримали 318 осіб", "318 ≤ 1 146")
    g.check("percent_impossible", "91 % з них оцінили допомогу",
            "185 / 203 = 91.13 % → 91 % is possible")
    g.check("parts_sum", "Багатоцільову грошову допомогу отримали 126 осіб",
            "126 × 3 600 грн × 1 місяць = 453 600 грн")
    g.check("parts_sum", "1 скарга", "feedback messages 31 + 5 + 1 = 37 (the 37 are skipped; complaints 1 is a fact)")

    g.skip("Грантова угода № UA-PS-24/017 від 20.02.2024", [24, 17, 20, 2, 2024], "grant agreement number and date")
    g.skip("Дата подання звіту: 24.01.2025", [24, 1, 2025], "submission date (taken as published)")
    g.skip("Період реалізації: 01.03.2024 – 31.12.2024", [1, 3, 2024, 31, 12], "period dates")
    g.skip("1. Загальна інформація про проєкт", [1, 2, 3, 4, 5, 6, 7],
           "section numbers and table-of-contents page numbers (2, 2, 3, 3, 4, 4, 4)")
    g.skip("Населення громади становить близько 52 тис. осіб, з них понад 6 тис. – внутрішньо переміщені особи",
           [52000, 6000], "population")
    g.skip("Цільовий показник проєкту – 1 000 отримувачів психосоціальної підтримки", [1000], "project target")
    g.skip("Досягнення цільового показника – 114,6 %", [114.6], "attainment of a target, not a share of a whole")
    g.skip("Тривалість однієї консультації – 50 хвилин; у середньому 2,0 консультації на одного отримувача",
           [50, 2.0], "duration and ratio (footnote 2)")
    g.skip("оцінено в 14 860 євро", [14860], "value in EUR: only UAH amounts are comparable")
    g.skip("За митною декларацією партнера від 12.06.2024.", [12, 6, 2024], "date (footnote 4)")
    g.skip("постановою КМУ від 01.06.2020 № 585", [1, 6, 2020, 585], "legal act date and number (footnote 3)")
    g.skip("Розмір допомоги – 3 600 грн на особу на місяць", [3600, 1], "amount per person per month (a rate)")
    g.skip("Проведено 10 сесій групової супервізії", [10], "supervision sessions for staff; no §3 id")
    g.skip("надійшло 37 звернень, з них 31 подяка, 5 запитів на інформацію", [37, 31, 5],
           "feedback messages (thanks, information requests) are not applications for services")
    g.skip("Мобільна команда здійснила 286 виїздів", [286], "call-outs of the mobile team; no §3 id")
    g.skip("яку врегульовано протягом 3 днів", [3], "duration")
    g.skip("Бюджет проєкту – 48 500 доларів США, використано 47 912 доларів США (98,8 %)", [48500, 47912, 98.8],
           "project budget in USD: only UAH amounts are comparable, and a donor's grant is not the centre's budget")
    g.skip("на суму 214,5 тис. грн", [214500],
           "in-kind co-financing by the city council (premises, transport); not the centre's budget nor aid to "
           "recipients")
    g.skip("Залишок 588 доларів США повернуто донору 10.01.2025.", [588, 10, 1, 2025], "USD amount and date (footnote 6)")
    g.skip("42000, м. Ромни, бульв. Шевченка, 9; тел. (05448) 0-19-36", [42000, 9, 5448], "postcode, address, phone")
    g.note("a donor-project report written by an NGO about work done with the ЦНСП: meta centre is the ЦНСП "
           "(the provider named in the partnership and whose specialists do the case management); meta_alt "
           "allows the NGO (centre_type other); report_kind other (alt period_report); period is the project "
           "period 01.03–31.12.2024")
    g.note("money: UAH amounts are facts (aid_value); EUR and USD amounts are skipped as not comparable; the "
           "grant itself is not the centre's budget")
    g.note("footnote markers come out as plain digits glued to the preceding word («осіб1», «консультацій2», "
           "«проживання3», «осіб5», «(98,8 %)6»); the footnotes themselves come out as a bare digit line and "
           "the note text. Lines holding a marker are split into blocks by the reader, so some quotes span a "
           "blank line. Page headers/footers («Сторінка N з 4») are dropped by the reader. Footnote 1 holds "
           "two facts (412 ВПО, 97 members of fallen soldiers' families) that hang on the 1 146 persons")
    g.note("«Екстрене (кризове) втручання здійснено щодо 23 осіб» → served crisis_intervention; the 2 318 "
           "individual consultations → services_provided counselling")
    g.note("6 trainings for the centre's specialists → events with a label (group events); 18 trained → staff_trained")
    g.note("«Продуктові та гігієнічні набори отримали 380 сімей» → served natural_aid families")
    assert "1 146 осіб" in text
    g.write()


if __name__ == "__main__":
    main()
