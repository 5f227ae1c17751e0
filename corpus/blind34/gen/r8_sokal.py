"""b34_08: ЦСС Сокальської міської ради (Львівська), information for 9 months of 2024.
reportlab PDF (DejaVu) with footnotes: superscript markers set with <super> directly after
figures and words, footnote text at the page bottom holding figures (some of the period, some
not)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph,
                                Spacer)

from common import Gold, report_path

DOC = "b34_08_sokal_css_9m2024.pdf"
DV = "/usr/share/fonts/truetype/dejavu/"

NOTES = {
    1: [
        "<super>1</super> У тому числі 3 фахівці, які працюють у старостинських округах за "
        "сумісництвом.",
        "<super>2</super> Для порівняння: за 9 місяців 2023 року – 176 повідомлень.",
        "<super>3</super> У тому числі 11 сімей внутрішньо переміщених осіб.",
        "<super>4</super> З них: з позитивним результатом – 11, мінімізовано складні життєві "
        "обставини – 3, у зв'язку зі зміною місця проживання – 1, у зв'язку з відмовою від "
        "послуги – 2.",
        "<super>5</super> За 9 місяців 2023 року – 1 108 послуг.",
    ],
    2: [
        "<super>6</super> З них 2 дитячі будинки сімейного типу; ДБСТ у с. Бобятин створено "
        "відповідно до рішення виконавчого комітету від 23.02.2024 № 61.",
        "<super>7</super> З них 6 – у дистанційному форматі.",
        "<super>8</super> 52 із 57 опитаних.",
    ],
}


def build(path):
    pdfmetrics.registerFont(TTFont("DVS", DV + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVS-B", DV + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVSans", DV + "DejaVuSans.ttf"))
    body = ParagraphStyle("b", fontName="DVS", fontSize=11, leading=15, firstLineIndent=22,
                          spaceAfter=6, alignment=4)
    head = ParagraphStyle("h", parent=body, fontName="DVS-B", alignment=1, firstLineIndent=0)
    small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11, alignment=1,
                           firstLineIndent=0)
    fn = ParagraphStyle("fn", fontName="DVS", fontSize=8, leading=10, spaceAfter=1)

    def on_page_end(c, doc):
        c.saveState()
        c.setLineWidth(0.5)
        c.line(2.5 * cm, 4.3 * cm, 8 * cm, 4.3 * cm)
        fr = Frame(2.5 * cm, 1.2 * cm, 16.5 * cm, 3.0 * cm, leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
        fr.addFromList([Paragraph(n, fn) for n in NOTES.get(doc.page, [])], c)
        c.setFont("DVSans", 8)
        c.drawRightString(19 * cm, 0.8 * cm, f"Сторінка {doc.page} з 2")
        c.restoreState()

    def P(t):
        return Paragraph(t, body)

    story = [
        Paragraph("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ СОКАЛЬСЬКОЇ МІСЬКОЇ РАДИ", head),
        Paragraph("80000, Львівська обл., м. Сокаль, вул. Шептицького, 31; тел. (03257) 0-73-44; "
                  "ЄДРПОУ 44102958", small),
        Spacer(1, 10),
        Paragraph("ІНФОРМАЦІЯ<br/>про результати діяльності Центру соціальних служб "
                  "Сокальської міської ради за 9 місяців 2024 року", head),
        Spacer(1, 8),
        P("Станом на 30.09.2024 у Центрі працює 16 фахівців<super>1</super> при 18 штатних "
          "посадах; за звітний період 5 працівників пройшли навчання у Львівському обласному "
          "центрі соціальних служб."),
        P("За січень–вересень 2024 року до Центру надійшло 214 повідомлень про сім'ї, які можуть "
          "перебувати у складних життєвих обставинах<super>2</super>. Оцінку потреб проведено "
          "187 сім'ям, складні життєві обставини виявлено у 102 сімей, у яких виховується 219 "
          "дітей."),
        P("Під соціальним супроводом Центру перебувало 38<super>3</super> сімей (у них 81 "
          "дитина), з них 17 сімей взято під супровід у звітному періоді. Завершено супровід 16 "
          "сімей<super>4</super>; станом на 30.09.2024 під супроводом залишаються 22 сім'ї."),
        P("Послугу консультування отримали 412 осіб, яким Центр надав 1 247<super>5</super> "
          "послуг консультування. Середня тривалість консультації – 35 хвилин."),
        P("Послугу інформування отримали 684 особи, переважно через месенджери та на виїзних "
          "прийомах у 14 старостинських округах."),
        PageBreak(),
        P("Соціальне супроводження здійснювалося 13 прийомним сім'ям і дитячим будинкам "
          "сімейного типу<super>6</super>, у яких виховується 34 дитини."),
        P("Фахівцями Центру проведено 21 груповий захід<super>7</super> (батьківські клуби, "
          "тренінги для підлітків), участь у яких взяли 356 осіб."),
        P("В опитуванні щодо якості соціальних послуг узяли участь 57 отримувачів; якістю послуг "
          "задоволені 91,2 %<super>8</super> з них."),
        P("Скарг на роботу Центру за звітний період не надходило."),
        P("На «телефон довіри» Центру надійшло 96 дзвінків."),
        P("До кінця 2024 року Центр планує взяти під соціальний супровід ще 10 сімей і провести "
          "навчання для 25 кандидатів у прийомні батьки."),
        Spacer(1, 14),
        P("Директор Центру &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; (підпис)"),
        P("03.10.2024 № 01-19/205"),
    ]
    doc = BaseDocTemplate(path, pagesize=A4, invariant=1, title="Інформація за 9 місяців 2024",
                          author="ЦСС")
    frame = Frame(2.5 * cm, 4.6 * cm, 16.5 * cm, 23.4 * cm, id="body")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPageEnd=on_page_end)])
    doc.build(story)


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Сокальської міської ради",
        "centre_type": "css",
        "settlement": "Сокаль",
        "oblast": "Львівська",
        "report_kind": "period_report",
        "period_start": "2024-01-01",
        "period_end": "2024-09-30",
    })
    f = g.f
    act = f("staff_actual", "staff", 16, "у Центрі працює 16 фахівців1",
            note="the footnote marker ¹ is printed as «1» glued to «фахівців»")
    f("staff_actual", "staff", 3,
      "У тому числі 3 фахівці, які працюють у старостинських округах за сумісництвом.",
      label="у старостинських округах за сумісництвом (виноска 1)", parent=act)
    posn = f("staff_positions", "positions", 18, "при 18 штатних посадах")
    tr = f("staff_trained", "staff", 5, "за звітний період 5 працівників пройшли навчання")
    nt = f("notified", "families", 214, "до Центру надійшло 214 повідомлень про сім'ї")
    na = f("needs_assessed", "families", 187, "Оцінку потреб проведено 187 сім'ям")
    sjo = f("in_difficult_circumstances", "families", 102,
            "складні життєві обставини виявлено у 102 сімей")
    f("in_difficult_circumstances", "children", 219, "у яких виховується 219 дітей", parent=sjo)
    sup = f("served", "families", 38, "Під соціальним супроводом Центру перебувало 383 сімей",
            service="social_support_sjo", alt=["support_ongoing"],
            note="the document says 38 with footnote marker ³; the reader prints «383». Value 38")
    f("served", "children", 81, "(у них 81 дитина)", service="social_support_sjo",
      alt=["support_ongoing"], parent=sup)
    st = f("support_started", "families", 17, "з них 17 сімей взято під супровід у звітному періоді",
           service="social_support_sjo", parent=sup)
    idp = f("served", "families", 11, "У тому числі 11 сімей внутрішньо переміщених осіб.",
            service="social_support_sjo", alt=["support_ongoing"],
            category="внутрішньо переміщені особи", label="виноска 3", parent=sup)
    comp = f("support_completed", "families", 16, "Завершено супровід 16 сімей4",
             service="social_support_sjo", parent=sup,
             note="«16 сімей⁴»: the marker after «сімей» is printed as «4»")
    o1 = f("outcome_positive", "families", 11, "з позитивним результатом – 11",
           service="social_support_sjo", group="completed16_by_outcome", parent=comp,
           label="виноска 4")
    o2 = f("outcome_minimized", "families", 3, "мінімізовано складні життєві обставини – 3",
           service="social_support_sjo", group="completed16_by_outcome", parent=comp,
           label="виноска 4")
    o3 = f("outcome_other", "families", 1, "у зв'язку зі зміною місця проживання – 1",
           service="social_support_sjo", group="completed16_by_outcome", parent=comp,
           label="зміна місця проживання (виноска 4)")
    o4 = f("outcome_other", "families", 2, "у зв'язку з відмовою від послуги – 2",
           service="social_support_sjo", group="completed16_by_outcome", parent=comp,
           label="відмова від послуги (виноска 4)")
    ong = f("support_ongoing", "families", 22, "під супроводом залишаються 22 сім'ї",
            service="social_support_sjo", parent=sup)
    cs = f("served", "persons", 412, "Послугу консультування отримали 412 осіб", service="counselling")
    csv = f("services_provided", "services", 1247, "яким Центр надав 1 2475",
            service="counselling",
            note="the document says «1 247⁵ послуг»; the reader prints «1 2475». Value 1247")
    f("served", "persons", 684, "Послугу інформування отримали 684 особи", service="informing")
    fos = f("served", "families", 13,
            "Соціальне супроводження здійснювалося 13 прийомним сім'ям і дитячим будинкам сімейного типу",
            service="social_support_foster")
    dbst = f("served", "families", 2, "З них 2 дитячі будинки сімейного типу",
      service="social_support_foster", label="ДБСТ (виноска 6)", parent=fos)
    f("served", "children", 34, "у яких виховується 34 дитини", service="social_support_foster",
      parent=fos)
    ev = f("events", "events", 21, "проведено 21 груповий захід7",
           note="the marker ⁷ after «захід» is printed as «7»")
    rem = f("events", "events", 6, "З них 6 – у дистанційному форматі.", label="дистанційно (виноска 7)",
      parent=ev)
    f("event_participants", "persons", 356, "участь у яких взяли 356 осіб", parent=ev)
    rs = f("survey_respondents", "recipients", 57,
           "В опитуванні щодо якості соціальних послуг узяли участь 57 отримувачів",
           unit_alt="persons")
    sat = f("satisfaction", "percent", 91.2, "задоволені 91,2 %8", alt=["share"],
            note="«91,2 %⁸»: the marker is printed as «8» after the per-cent sign")
    f("complaints", "complaints", 0, "Скарг на роботу Центру за звітний період не надходило.")
    f("calls", "calls", 96, "На «телефон довіри» Центру надійшло 96 дзвінків.")

    g.slip("parts_sum", "error",
           "З них: з позитивним результатом – 11, мінімізовано складні життєві обставини – 3, "
           "у зв'язку зі зміною місця проживання – 1, у зв'язку з відмовою від послуги – 2.",
           17, 16, [comp, o1, o2, o3, o4],
           "footnote 4 breaks down the 16 families whose support was completed: 11 + 3 + 1 + 2 = "
           "17, one more than 16. Outcomes of completed support are exclusive, so parts cannot "
           "exceed the total.", f"{o1} + {o2} + {o3} + {o4} == {comp}")
    g.check("parts_sum", "під супроводом залишаються 22 сім'ї",
            "38 under support − 16 completed = 22 remaining", f"{sup} - {comp} == {ong}")
    g.check("parts_sum", "з них 17 сімей взято під супровід у звітному періоді",
            "17 new ≤ 38; 11 IDP families ≤ 38", f"{st} <= {sup} and {idp} <= {sup}")
    g.check("percent_mismatch", "52 із 57 опитаних.",
            "footnote 8: 52 of 57 = 91,23 % → 91,2 % (52 is a literal)", f"pct_ok({sat}, 52, {rs}, 1)")
    g.check("parts_sum", "у Центрі працює 16 фахівців1",
            "3 ≤ 16 ≤ 18; 5 trained ≤ 16", f"f2 <= {act} <= {posn} and {tr} <= {act}")
    g.check("parts_sum", "Оцінку потреб проведено 187 сім'ям",
            "102 ≤ 187 ≤ 214", f"{sjo} <= {na} <= {nt}")
    g.check("parts_sum", "З них 2 дитячі будинки сімейного типу", "2 ДБСТ ≤ 13; 6 remote events ≤ 21",
            f"{dbst} <= {fos} and {rem} <= {ev}")

    g.skip("80000, Львівська обл., м. Сокаль, вул. Шептицького, 31; тел. (03257) 0-73-44",
           [80000, 31, 3257, 7344], "postcode, address, phone")
    g.skip("ЄДРПОУ 44102958", [44102958], "ЄДРПОУ")
    g.skip("за 9 місяців 2024 року", [9, 2024], "period of the title")
    g.skip("Станом на 30.09.2024", [30, 9, 2024], "date")
    g.skip("Для порівняння: за 9 місяців 2023 року – 176 повідомлень.", [9, 2023, 176],
           "footnote 2: prior-year figure")
    g.skip("обставинах2", [2], "footnote marker ² glued to a word")
    g.skip("За 9 місяців 2023 року – 1 108 послуг.", [9, 2023, 1108], "footnote 5: prior-year figure")
    g.skip("Середня тривалість консультації – 35 хвилин.", [35], "duration")
    g.skip("на виїзних прийомах у 14 старостинських округах", [14], "count of starosta districts")
    g.skip("сімейного типу6", [6], "footnote marker ⁶ glued to a word")
    g.skip("ДБСТ у с. Бобятин створено відповідно до рішення виконавчого комітету від 23.02.2024 № 61.",
           [23, 2, 2024, 61], "footnote 6: decision date and number")
    g.skip("До кінця 2024 року Центр планує взяти під соціальний супровід ще 10 сімей і провести "
           "навчання для 25 кандидатів у прийомні батьки.", [2024, 10, 25], "plan")
    g.skip("03.10.2024 № 01-19/205", [3, 10, 2024, 1, 19, 205], "date and outgoing number")
    g.skip("1\n\nУ тому числі 3 фахівці", [1, 2, 3, 4, 5, 6, 7, 8],
           "footnote numbers 1–8 printed on their own lines at the page bottom")

    g.skip("За січень–вересень 2024 року", [2024], "year of the period")
    g.skip("станом на 30.09.2024 під супроводом", [30, 9, 2024], "date")
    g.skip("52 із 57 опитаних.", [52, 57], "footnote 8: satisfied respondents (no §3 id); literal in the percent check")
    g.note("footnotes: markers are set with reportlab <super>. `zvitparse read` prints a marker as "
           "an ordinary digit glued to what precedes it: «38⁵» reads «383», «1 247⁵» reads "
           "«1 2475», «сімей⁴» reads «сімей4», «91,2 %⁸» reads «91,2 %8». The gold keeps the "
           "document's value (38, 1247, 91.2) and quotes the text as printed, marker included. "
           "The reader also breaks the paragraph after a marker")
    g.note("footnote text is printed after the page's body text, each marker on its own line "
           "followed by the note; notes that hold figures of the period (¹ 3 staff, ³ 11 IDP "
           "families, ⁴ outcomes, ⁶ 2 ДБСТ, ⁷ 6 remote events) are facts hanging on the figure "
           "the marker follows; ² and ⁵ (2023 figures), ⁶'s decision and ⁸'s 52 of 57 are skipped "
           "(⁸ is used as a literal in a check)")
    g.note("the page footer «Сторінка N з 2» is drawn on the canvas but `zvitparse read` does not "
           "print it")
    g.note("«52 із 57 опитаних» is the count behind the 91,2 %: no §3 id for satisfied persons → "
           "literal in the percent check")
    return g


if __name__ == "__main__":
    build(report_path(DOC))
    gold().write()
