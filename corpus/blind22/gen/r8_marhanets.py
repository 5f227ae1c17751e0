"""b22_08: external quality assessment (висновок) of social support by the ЦСС Марганецької міської ради
(Дніпропетровська) in 2023, written by the oblast centre of social services, PDF.

Voice: an expert's conclusion in numbered prose sub-sections, one per criterion, each with
«у N з M справ (x %)» evidence from case files or interviews and a rating in words; the document's
own bands (85 % і більше – «добре» …). No criteria table.
Planted slip: «у 26 з 30 справ (88,7 %)» – 26/30 is 86,7 %, and no count of 30 gives 88,7 %
(one slip, two findings: percent_mismatch and percent_impossible).
"""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer

from common import Gold, report_path, register_fonts

DOC = "b22_08_marhanets_css_external2023.pdf"

HDR = ["ДНІПРОПЕТРОВСЬКИЙ ОБЛАСНИЙ ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ",
       "49000, м. Дніпро, вул. Старокозацька, 18; тел. (056) 071-18-05; e-mail: ocss.dp@example.ua"]
TITLE = ["ВИСНОВОК",
         "за результатами зовнішньої оцінки якості надання соціальної послуги соціального супроводу сімей (осіб), які "
         "перебувають у складних життєвих обставинах, Центром соціальних служб Марганецької міської ради у 2023 році"]
BODY = [
    ("p", "Підстава: наказ Дніпропетровського обласного центру соціальних служб від 12.02.2024 № 27-од. Оцінку проведено "
          "20–22 лютого 2024 року трьома фахівцями обласного центру з виїздом до м. Марганця. Методи: аналіз документації "
          "та особових справ, інтерв'ю з отримувачами, співбесіди з фахівцями, спостереження."),
    ("h", "1. Загальна інформація"),
    ("p", "У 2023 році послугою соціального супроводу охоплено 52 сім'ї, у яких виховуються 118 дітей; з них 19 сімей – "
          "внутрішньо переміщені особи (36,5 %). Протягом року взято під супровід 33 сім'ї, завершено надання послуги "
          "36 сім'ям: з позитивним результатом – 27 (75,0 %), з мінімізацією складних життєвих обставин – 6, з інших "
          "причин (зміна місця проживання, відмова від послуги) – 3. На кінець року під супроводом залишалося 16 сімей."),
    ("p", "Для аналізу вибірково опрацьовано 30 особових справ (57,7 % від загальної кількості) та проведено інтерв'ю з "
          "24 отримувачами послуги. Оцінку за кожним критерієм визначено за шкалою: 85 % і більше – «добре», "
          "60–84,9 % – «задовільно», менше 60 % – «незадовільно»."),
    ("h", "2. Оцінка за критеріями"),
    ("p", "2.1. Адресність та індивідуальний підхід. У 28 з 30 справ (93,3 %) індивідуальний план складено з урахуванням "
          "оцінки потреб сім'ї; у 2 справах план не переглядався понад 6 місяців. Оцінка – «добре»."),
    ("p", "2.2. Своєчасність. Оцінку потреб завершено в установлений строк (до 7 робочих днів) у 26 з 30 справ (88,7 %). "
          "Оцінка – «добре»."),
    ("p", "2.3. Результативність. Частка сімей, у яких подолано складні життєві обставини, становить 75,0 % від тих, кому "
          "завершено надання послуги. Оцінка – «задовільно»."),
    ("p", "2.4. Доступність та відкритість. 22 з 24 опитаних отримувачів (91,7 %) зазначили, що без труднощів звернулися "
          "до Центру; інформацію про послугу розміщено на сайті міської ради та в соціальних мережах. Оцінка – «добре»."),
    ("p", "2.5. Повага до гідності отримувача. Усі опитані (100 %) відзначили доброзичливе та шанобливе ставлення "
          "фахівців. Оцінка – «добре»."),
    ("p", "2.6. Професійність. Послугу надають 7 фахівців із соціальної роботи (при 8 штатних посадах), з них 6 мають "
          "профільну освіту (85,7 %); у 2023 році 5 фахівців підвищили кваліфікацію. Оцінка – «добре»."),
    ("p", "2.7. Конфіденційність. Порушень не виявлено; особові справи зберігаються в металевій шафі, що зачиняється. "
          "Оцінка – «добре»."),
    ("h", "3. Висновки та рекомендації"),
    ("p", "Загальна оцінка якості надання послуги соціального супроводу – «добре». Скарг від отримувачів у 2023 році не "
          "надходило. Рекомендовано: 1) забезпечити перегляд індивідуальних планів не рідше одного разу на 3 місяці; "
          "2) вжити заходів для підвищення результативності супроводу – до 30.06.2024."),
    ("s", "Заступник директора обласного центру соціальних служб (підпис)"),
    ("s", "З висновком ознайомлений: директор Центру соціальних служб Марганецької міської ради (підпис) 04.03.2024"),
]


def build(path):
    register_fonts()
    body = ParagraphStyle("b", fontName="LSerif", fontSize=12, leading=16, alignment=TA_JUSTIFY, spaceAfter=6,
                          firstLineIndent=10 * mm)
    cen = ParagraphStyle("c", fontName="LSans-B", fontSize=11, leading=14, alignment=TA_CENTER, spaceAfter=3)
    small = ParagraphStyle("s", fontName="LSans", fontSize=9, leading=11, alignment=TA_CENTER, spaceAfter=12)
    tit = ParagraphStyle("t", fontName="LSerif-B", fontSize=12.5, leading=16, alignment=TA_CENTER, spaceAfter=4)
    h = ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=16, spaceBefore=6, spaceAfter=4)
    sig = ParagraphStyle("g", fontName="LSerif-I", fontSize=11, leading=14, spaceBefore=10)
    els = [Paragraph(HDR[0], cen), Paragraph(HDR[1], small), Paragraph(TITLE[0], tit), Paragraph(TITLE[1], tit),
           Spacer(1, 4 * mm)]
    for kind, text in BODY:
        els.append(Paragraph(text, {"p": body, "h": h, "s": sig}[kind]))

    def footer(c, d):
        c.saveState()
        c.setFont("LSans", 8)
        c.drawRightString(A4[0] - 15 * mm, 10 * mm, "%d" % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm, title="Висновок зовнішньої оцінки якості",
                            author="ОЦСС", creator="ОЦСС", producer="ОЦСС")
    doc.build(els, onFirstPage=footer, onLaterPages=footer)


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Марганецької міської ради",
        "centre_type": "css",
        "settlement": "Марганець",
        "oblast": "Дніпропетровська",
        "report_kind": "external_assessment",
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
    })
    f = g.f
    S = "social_support_sjo"
    sjo = f("served", "families", 52, "У 2023 році послугою соціального супроводу охоплено 52 сім'ї", service=S)
    ch = f("served", "children", 118, "у яких виховуються 118 дітей", service=S, parent=sjo)
    idp = f("served", "families", 19, "з них 19 сімей – внутрішньо переміщені особи (36,5 %)", percent=36.5, service=S,
            category="внутрішньо переміщені особи", parent=sjo)
    st = f("support_started", "families", 33, "Протягом року взято під супровід 33 сім'ї", service=S, parent=sjo)
    cp = f("support_completed", "families", 36, "завершено надання послуги 36 сім'ям", service=S, parent=sjo)
    og = "completed_36_by_outcome"
    o1 = f("outcome_positive", "families", 27, "з позитивним результатом – 27 (75,0 %)", percent=75.0, service=S, group=og,
           parent=cp)
    o2 = f("outcome_minimized", "families", 6, "з мінімізацією складних життєвих обставин – 6", service=S, group=og, parent=cp)
    o3 = f("outcome_other", "families", 3, "відмова від послуги) – 3", service=S, group=og, parent=cp,
           label="інші причини (зміна місця проживання, відмова від послуги)")
    on = f("support_ongoing", "families", 16, "На кінець року під супроводом залишалося 16 сімей", service=S, alt=["served"])
    sr = f("survey_respondents", "recipients", 24, "проведено інтерв'ю з 24 отримувачами послуги", unit_alt="persons",
           service=S)
    B = "[(85, 100, 'good'), (60, 84.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    crit = {}

    def cr(cid, value, quote, rquote, rating, label):
        sid = None
        if value is not None:
            sid = f("share", "percent", value, quote, criterion=cid, label=label, alt=["satisfaction"])
        rid = f("rating", "rating", rating, rquote, criterion=cid)
        crit[cid] = (sid, rid)

    cr("targeting", 93.3, "У 28 з 30 справ (93,3 %)", "2.1. Адресність та індивідуальний підхід", "good",
       "справи, у яких план складено з урахуванням оцінки потреб")
    cr("timeliness", 88.7, "у 26 з 30 справ (88,7 %)", "2.2. Своєчасність", "good",
       "справи, у яких оцінку потреб завершено в установлений строк")
    cr("effectiveness", 75, "становить 75,0 %", "2.3. Результативність", "satisfactory",
       "частка сімей, у яких подолано складні життєві обставини")
    cr("accessibility", 91.7, "22 з 24 опитаних отримувачів (91,7 %)", "2.4. Доступність та відкритість", "good",
       "опитані, які без труднощів звернулися до Центру")
    cr("dignity", 100, "Усі опитані (100 %)", "2.5. Повага до гідності отримувача", "good",
       "опитані, які відзначили шанобливе ставлення")
    cr("professionalism", 85.7, "з них 6 мають профільну освіту (85,7 %)", "2.6. Професійність", "good",
       "фахівці з профільною освітою")
    cr("confidentiality", None, None, "2.7. Конфіденційність", "good", None)
    ov = f("rating", "rating", "good", "Загальна оцінка якості надання послуги соціального супроводу – «добре»",
           criterion="overall")
    sa = f("staff_actual", "staff", 7, "Послугу надають 7 фахівців із соціальної роботи")
    sp = f("staff_positions", "positions", 8, "при 8 штатних посадах")
    tr = f("staff_trained", "staff", 5, "у 2023 році 5 фахівців підвищили кваліфікацію")
    cpl = f("complaints", "complaints", 0, "Скарг від отримувачів у 2023 році не надходило.")

    tim = crit["timeliness"][0]
    g.slip("percent_mismatch", "error", "у 26 з 30 справ (88,7 %)", 88.7, 86.7, [tim],
           "26 of 30 case files is 86,7 %, not 88,7 %", f"pct_ok({tim}, 26, 30, 1)", slip=1)
    g.slip("percent_impossible", "error", "у 26 з 30 справ (88,7 %)", 88.7, "86,7 or 90,0", [tim],
           "with 30 case files no whole count gives 88,7 % (26 → 86,7 %, 27 → 90,0 %)", f"grim_ok({tim}, 30, 1)", slip=1)
    g.check("percent_mismatch", "У 28 з 30 справ (93,3 %)", "28 / 30 = 93,33 % → 93,3", f"pct_ok({crit['targeting'][0]}, 28, 30, 1)")
    g.check("percent_mismatch", "22 з 24 опитаних отримувачів (91,7 %)", "22 / 24 = 91,67 % → 91,7",
            f"pct_ok({crit['accessibility'][0]}, 22, {sr}, 1)")
    g.check("percent_mismatch", "з них 6 мають профільну освіту (85,7 %)", "6 / 7 = 85,71 % → 85,7",
            f"pct_ok({crit['professionalism'][0]}, 6, {sa}, 1)")
    g.check("percent_mismatch", "з них 19 сімей – внутрішньо переміщені особи (36,5 %)", "19 / 52 = 36,54 % → 36,5",
            f"pct_ok(p{idp[1:]}, {idp}, {sjo}, 1)")
    g.check("percent_mismatch", "з позитивним результатом – 27 (75,0 %)",
            "27 / 36 = 75,0 %; the criterion «Результативність» repeats 75,0 %",
            f"pct_ok(p{o1[1:]}, {o1}, {cp}, 1) and {crit['effectiveness'][0]} == p{o1[1:]}")
    g.check("percent_mismatch", "Для аналізу вибірково опрацьовано 30 особових справ (57,7 %",
            "30 / 52 = 57,69 % → 57,7", f"pct_ok(57.7, 30, {sjo}, 1)")
    g.check("parts_sum", "завершено надання послуги 36 сім'ям:", "27 + 6 + 3 = 36", f"{o1} + {o2} + {o3} == {cp}")
    g.check("parts_sum", "На кінець року під супроводом залишалося 16 сімей", "52 − 36 completed = 16; 33 taken ≤ 52",
            f"{sjo} - {cp} == {on} and {st} <= {sjo}")
    g.check("rating_band", "85 % і більше – «добре», 60–84,9 % – «задовільно», менше 60 % – «незадовільно»",
            "each criterion's rating matches its share under the document's bands (the slipped 88,7 and the true "
            "86,7 are both «добре»)",
            "all([" + ", ".join(f"band({s}, {B}) == {r}" for s, r in crit.values() if s) + "])")
    g.check("parts_sum", "Послугу надають 7 фахівців із соціальної роботи (при 8 штатних посадах)", "7 ≤ 8; 5 trained ≤ 7",
            f"{sa} <= {sp} and {tr} <= {sa}")

    g.skip("49000, м. Дніпро, вул. Старокозацька, 18; тел. (056) 071-18-05", [49000, 18, 56, 71, 18, 5],
           "postcode, address, phone of the oblast centre")
    g.skip("від 12.02.2024 № 27-од", [12, 2, 2024, 27], "order date and number")
    g.skip("20–22 лютого 2024 року трьома фахівцями обласного центру", [20, 22, 2024, 3],
           "assessment dates, commission size (in words)")
    g.skip("опрацьовано 30 особових справ (57,7 % від загальної кількості)", [30, 57.7],
           "case files sampled and their share; no §3 id (used as literals)")
    g.skip("85 % і більше – «добре», 60–84,9 % – «задовільно», менше 60 % – «незадовільно»", [85, 60, 84.9, 60],
           "rating bands (used in the rating_band check)")
    g.skip("У 28 з 30 справ", [28, 30], "case-file counts behind the share; no §3 id (literals)")
    g.skip("у 2 справах план не переглядався понад 6 місяців", [2, 6], "case files, duration")
    g.skip("(до 7 робочих днів) у 26 з 30 справ", [7, 26, 30], "time limit; case-file counts (literals)")
    g.skip("22 з 24 опитаних", [22], "count behind the share; no §3 id (literal)")
    g.skip("з них 6 мають профільну освіту", [6], "staff with a relevant degree; no §3 id (literal)")
    g.skip("не рідше одного разу на 3 місяці", [3], "frequency")
    g.skip("Рекомендовано: 1)", [1, 2, 30, 6, 2024], "recommendation numbers and deadline 30.06.2024")
    g.skip("(підпис) 04.03.2024", [4, 3, 2024], "date of acknowledgement")
    g.skip("2.1. Адресність", [1, 2, 3, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6, 2.7], "section numbers 1.–3., 2.1–2.7")

    g.note("the document is written by the oblast centre about the city centre: meta centre/settlement are the assessed "
           "ЦСС Марганецької міської ради; period is the assessed year 2023")
    g.note("«у N з M справ (p %)»: the case-file counts have no §3 id (skipped, used as literals); the percentage is a "
           "`share` with the criterion (alt satisfaction); each criterion's «Оцінка – «добре»» is a `rating` quoted by "
           "its sub-section title")
    g.note("«2.7. Конфіденційність»: a rating with no share («порушень не виявлено» is not a figure)")
    g.note("75,0 % is written twice: as the percent of the 27 positive outcomes and as the effectiveness share")
    g.note("the survey here is interviews with 24 recipients → survey_respondents, unit recipients (alt persons)")
    g.write()


if __name__ == "__main__":
    build(report_path(DOC))
    gold()
