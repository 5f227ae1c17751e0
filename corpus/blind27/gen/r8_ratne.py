"""b27_08: ЦСС Ратнівської селищної ради (Волинська), information for Q2 2026, reportlab PDF with prose in an
impersonal voice (inverted word order, «що становить», «серед них») and a small quarter-by-quarter table."""
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from common import Gold, report_path, register_fonts

NAME = "b27_08_ratne_css_q2_2026.pdf"

HEAD = ("Центр соціальних служб Ратнівської селищної ради · код ЄДРПОУ 43561208 · 44101, селище Ратне, "
        "вул. Центральна, 15 · тел. (03366) 0-21-73 · css.ratne@example.ua")
TITLE = "Інформація про роботу Центру соціальних служб Ратнівської селищної ради за ІІ квартал 2026 року"
P1 = [
    "Ратнівська селищна територіальна громада Ковельського району Волинської області об'єднує 43 населені "
    "пункти. Повідомлень про сім'ї, які можуть перебувати у складних життєвих обставинах, надійшло до Центру "
    "38: від служби у справах дітей – 14, від закладів освіти – 11, від закладів охорони здоров'я – 6, від "
    "поліції – 7.",
    "Оцінювання потреб проведено щодо 35 сімей, щодо 3 сімей оцінювання триває. У складних життєвих обставинах "
    "перебувають 21 сім'я, що становить 60,0 % оцінених.",
    "Соціальним супроводом у кварталі охоплено 52 сім'ї, серед них 19 багатодітних та 11 сімей, де батьки "
    "зловживають алкоголем; у цих сім'ях виховується 118 дітей. Під супровід взято 16 сімей. Припинено надання "
    "послуги 14 сім'ям: у 9 з них, що становить 64,3 %, складні життєві обставини подолано, у 3 – мінімізовано, "
    "2 сім'ї змінили місце проживання.",
    "Соціальне супроводження отримували 4 прийомні сім'ї та 1 дитячий будинок сімейного типу (усього 17 дітей).",
    "Проведено 14 профілактичних заходів у закладах освіти громади, охоплено ними 356 учнів. Упродовж кварталу на "
    "телефон Центру надійшло 46 дзвінків. Гуманітарну допомогу (одяг, засоби гігієни) вартістю 27 350 грн "
    "отримала 31 сім'я.",
    "В анкетуванні отримувачів послуги соціального супроводу взяли участь 23 особи; 18 з них (78,9 %) оцінили "
    "роботу фахівців як «відмінну». Скарги на роботу Центру не надходили.",
    "Штатна чисельність Центру – 9 посад, з яких заповнено 8; фахівців із соціальної роботи – 6.",
]
TABLE = [("Показник", "I квартал 2026", "II квартал 2026"),
         ("Повідомлень про сім'ї", "29", "38"),
         ("Сімей під соціальним супроводом", "47", "52"),
         ("Взято під супровід", "12", "16")]
TAIL = ["Директор Центру (підпис) 03.07.2026"]


def build():
    register_fonts()
    st = ParagraphStyle("n", fontName="LSerif", fontSize=12, leading=15, spaceAfter=6, alignment=4)
    sm = ParagraphStyle("s", parent=st, fontSize=9, leading=11, alignment=0)
    sb = ParagraphStyle("b", parent=st, fontName="LSerif-B", fontSize=13, leading=16, alignment=1)
    cell = ParagraphStyle("c", parent=st, fontSize=11, leading=13, alignment=0, spaceAfter=0)
    doc = SimpleDocTemplate(report_path(NAME), pagesize=A4, invariant=1, title="Інформація ЦСС", author="ЦСС")
    story = [Paragraph(HEAD, sm), Spacer(1, 10), Paragraph(TITLE, sb), Spacer(1, 6)]
    story += [Paragraph(p, st) for p in P1]
    story += [Paragraph("Порівняння з попереднім кварталом", st)]
    t = Table([[Paragraph(x, cell) for x in r] for r in TABLE], colWidths=[230, 110, 110])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 12)] + [Paragraph(p, st) for p in TAIL]
    doc.build(story)


def gold():
    g = Gold(NAME, {
        "centre": "Центр соціальних служб Ратнівської селищної ради", "centre_type": "css",
        "settlement": "Ратне", "oblast": "Волинська", "report_kind": "period_report",
        "period_start": "2026-04-01", "period_end": "2026-06-30"})
    f = g.f
    no = f("notified", "families", 38, "надійшло до Центру 38")
    N = []
    for q, lab, v in (("від служби у справах дітей – 14", "служба у справах дітей", 14),
                      ("від закладів освіти – 11", "заклади освіти", 11),
                      ("від закладів охорони здоров'я – 6", "заклади охорони здоров'я", 6),
                      ("від поліції – 7", "поліція", 7)):
        N.append(f("notified", "families", v, q, label=lab, parent=no, group="notified_38_by_source"))
    na = f("needs_assessed", "families", 35, "Оцінювання потреб проведено щодо 35 сімей", parent=no)
    sj = f("in_difficult_circumstances", "families", 21, "перебувають 21 сім'я, що становить 60,0 % оцінених",
           percent=60.0, parent=na)
    su = f("served", "families", 52, "Соціальним супроводом у кварталі охоплено 52 сім'ї",
           service="social_support_sjo", alt=["support_ongoing"])
    f("served", "families", 19, "серед них 19 багатодітних", service="social_support_sjo",
      category="багатодітні сім'ї", alt=["support_ongoing"], parent=su)
    f("served", "families", 11, "11 сімей, де батьки зловживають алкоголем", service="social_support_sjo",
      category="сім'ї, де батьки зловживають алкоголем", alt=["support_ongoing"], parent=su)
    f("served", "children", 118, "у цих сім'ях виховується 118 дітей", service="social_support_sjo",
      alt=["support_ongoing"], parent=su)
    st = f("support_started", "families", 16, "Під супровід взято 16 сімей.", service="social_support_sjo",
           parent=su)
    cp = f("support_completed", "families", 14, "Припинено надання послуги 14 сім'ям", service="social_support_sjo",
           alt=["deregistered"], parent=su)
    o1 = f("outcome_positive", "families", 9, "у 9 з них, що становить 64,3 %, складні життєві обставини подолано",
           percent=64.3, service="social_support_sjo", parent=cp, group="completed_14_by_outcome")
    o2 = f("outcome_minimized", "families", 3, "у 3 – мінімізовано", service="social_support_sjo", parent=cp,
           group="completed_14_by_outcome")
    o3 = f("outcome_other", "families", 2, "2 сім'ї змінили місце проживання", label="зміна місця проживання",
           service="social_support_sjo", parent=cp, group="completed_14_by_outcome")
    f("served", "families", 4, "Соціальне супроводження отримували 4 прийомні сім'ї",
      service="social_support_foster", category="прийомні сім'ї")
    f("served", "families", 1, "1 дитячий будинок сімейного типу", service="social_support_foster",
      category="дитячі будинки сімейного типу")
    f("served", "children", 17, "(усього 17 дітей)", service="social_support_foster")
    ev = f("events", "events", 14, "Проведено 14 профілактичних заходів")
    f("event_participants", "persons", 356, "охоплено ними 356 учнів", category="учні", parent=ev)
    f("calls", "calls", 46, "на телефон Центру надійшло 46 дзвінків")
    av = f("aid_value", "uah", 27350, "вартістю 27 350 грн", service="natural_aid")
    f("served", "families", 31, "отримала 31 сім'я", service="natural_aid", label="гуманітарна допомога")
    sr = f("survey_respondents", "persons", 23, "взяли участь 23 особи", service="social_support_sjo")
    sat = f("satisfaction", "percent", 78.9, "18 з них (78,9 %) оцінили", alt=["share"],
            service="social_support_sjo", label="оцінили роботу фахівців як «відмінну»")
    f("complaints", "complaints", 0, "Скарги на роботу Центру не надходили.")
    sp = f("staff_positions", "positions", 9, "Штатна чисельність Центру – 9 посад")
    sa = f("staff_actual", "staff", 8, "з яких заповнено 8")
    sw = f("staff_actual", "staff", 6, "фахівців із соціальної роботи – 6", category="фахівці із соціальної роботи",
           parent=sa)
    t1 = f("notified", "families", 38, "Повідомлень про сім'ї\t29\t38", label="таблиця, II квартал 2026")
    t2 = f("served", "families", 52, "Сімей під соціальним супроводом\t47\t52", service="social_support_sjo",
           alt=["support_ongoing"], label="таблиця, II квартал 2026")
    t3 = f("support_started", "families", 16, "Взято під супровід\t12\t16", service="social_support_sjo",
           label="таблиця, II квартал 2026")
    g.slip("percent_impossible", "error", "18 з них (78,9 %)", 78.9, 78.3, [sat, sr],
           "no whole number of 23 respondents gives 78,9 % (18 → 78,3 %, 19 → 82,6 %)",
           f"grim_ok({sat}, {sr}, 1)", slip=1)
    g.slip("percent_mismatch", "error", "18 з них (78,9 %)", 78.9, 78.3, [sat, sr],
           "18 of 23 is 78,3 %, not 78,9 % (the same slip seen as a mismatch)", f"pct_ok({sat}, 18, {sr}, 1)", slip=1)
    g.check("parts_sum", "від служби у справах дітей – 14", "14 + 11 + 6 + 7 = 38", " + ".join(N) + f" == {no}")
    g.check("parts_sum", "щодо 3 сімей оцінювання триває", "35 assessed + 3 pending = 38 notified", f"{na} + 3 == {no}")
    g.check("percent_mismatch", "перебувають 21 сім'я, що становить 60,0 % оцінених", "21/35 = 60,0 %",
            f"pct_ok(p{sj[1:]}, {sj}, {na}, 1)")
    g.check("parts_sum", "у 9 з них, що становить 64,3 %", "9 + 3 + 2 = 14", f"{o1} + {o2} + {o3} == {cp}")
    g.check("percent_mismatch", "у 9 з них, що становить 64,3 %", "9/14 = 64,29 % → 64,3", f"pct_ok(p{o1[1:]}, {o1}, {cp}, 1)")
    g.check("parts_sum", "Під супровід взято 16 сімей.", "16 ≤ 52; 14 ≤ 52; 19, 11 ≤ 52", f"{st} <= {su} and {cp} <= {su} and f9 <= {su} and f10 <= {su}")
    g.check("internal_conflict", "Сімей під соціальним супроводом\t47\t52", "the II-quarter column equals the prose (38, 52, 16)",
            f"{t1} == {no} and {t2} == {su} and {t3} == {st}")
    g.check("parts_sum", "з яких заповнено 8; фахівців із соціальної роботи – 6", "6 ≤ 8 ≤ 9", f"{sw} <= {sa} <= {sp}")
    g.skip("код ЄДРПОУ 43561208 · 44101, селище Ратне", [43561208, 44101], "ЄДРПОУ, postcode")
    g.skip("Центральна, 15 · тел. (03366) 0-21-73", [15, 3366, 2173], "address, phone (the header wraps in the PDF)")
    g.skip("за ІІ квартал 2026 року", [2026], "year")
    g.skip("об'єднує 43 населені пункти", [43], "settlement count")
    g.skip("щодо 3 сімей оцінювання триває", [3], "pending assessments (no §3 id); literal in the check")
    g.skip("18 з них (78,9 %)", [18], "count of «відмінно» answers (no §3 id); literal in the check")
    g.skip("Показник\tI квартал 2026\tII квартал 2026", [2026, 2026], "column headers (years)")
    g.skip("Повідомлень про сім'ї\t29", [29, 47, 12], "I quarter 2026 column: another period")
    g.skip("Директор Центру (підпис) 03.07.2026", [3, 7, 2026], "date")
    g.note("«Припинено надання послуги» → support_completed (alt deregistered), reasons as outcomes")
    g.note("«серед них» categories overlap: parent only, no group")
    g.note("the quarter table repeats three II-quarter figures: they are facts again (written twice); the I-quarter "
           "column is another period and skipped")
    g.note("one slip (78,9 % of 23) recorded as two findings: percent_impossible and percent_mismatch")
    g.write()


if __name__ == "__main__":
    build()
    gold()
