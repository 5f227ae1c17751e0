"""b36_06: Центр надання соціальних послуг Луківської селищної ради, information for Q3 2023
(reportlab PDF, first person plural, bullet list)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph
from reportlab.lib.styles import ParagraphStyle
from common import Gold, report_path, register_fonts

NAME = "b36_06_lukiv_cnsp_q3_2023.pdf"

P = [
    ("t", "Центр надання соціальних послуг Луківської селищної ради"),
    ("c", "45031, смт Луків, вул. Незалежності, 41; тел. (03362) 0-91-27; e-mail: cnsp.lukiv@example.ua"),
    ("t", "Інформація про роботу Центру за III квартал 2023 року"),
    ("p", "У III кварталі 2023 року ми надали соціальні послуги 517 жителям громади (з початку року – 1 204). "
          "Серед отримувачів – 133 внутрішньо переміщені особи (25,7 %) та 86 осіб з інвалідністю (16,6 %)."),
    ("p", "За видами послуг:"),
    ("b", "• догляд вдома – 96 осіб (надано 4 118 послуг);"),
    ("b", "• денний догляд – 18 осіб;"),
    ("b", "• консультування – 264 особи;"),
    ("b", "• соціальна адаптація – 41 особа;"),
    ("b", "• натуральна допомога – 98 осіб."),
    ("p", "Соціальний супровід. На початок кварталу під супроводом перебувало 19 сімей, протягом кварталу ми взяли "
          "під супровід ще 7 сімей, завершили – 8 (з них 5 – з позитивним результатом, 2 – у зв'язку з переїздом, "
          "1 – через відмову сім'ї). Станом на 30.09.2023 супровід триває для 18 сімей, у них 44 дитини."),
    ("p", "Мобільна бригада соціально-психологічної допомоги здійснила 63 виїзди; її консультації отримали "
          "152 особи, з них 37 – особи, які постраждали від домашнього насильства."),
    ("p", "Проведено 12 групових заходів для 231 учасника (клуб «Активне довголіття», заняття з фінансової грамотності)."),
    ("p", "У вересні ми провели анкетування 48 отримувачів послуг: якість послуг оцінили на «відмінно» 56,3 %, "
          "на «добре» – 35,4 %, на «задовільно» – 10,4 % опитаних. Скарг протягом кварталу не надходило."),
    ("p", "Працюють 27 з 29 штатних працівників; 5 фахівців пройшли навчання з надання першої психологічної "
          "допомоги (тривалість курсу – 36 годин)."),
    ("p", "Вартість платної послуги догляду вдома – 72,40 грн за годину. Платні послуги отримали 14 осіб, "
          "надходження до спеціального фонду – 38,7 тис. грн."),
    ("p", "У IV кварталі плануємо відкрити відділення денного догляду на 15 місць у с. Старосілля."),
    ("p", "Директор Центру                                      (підпис)"),
]


def footer(c, doc):
    c.saveState()
    c.setFont("LSans", 8)
    c.drawString(2 * cm, 1.2 * cm, "Дата друку: 05.10.2023")
    c.drawRightString(19 * cm, 1.2 * cm, "Сторінка %d" % doc.page)
    c.restoreState()


def build():
    register_fonts()
    body = ParagraphStyle("b", fontName="LSerif", fontSize=12, leading=16, spaceAfter=6, firstLineIndent=1 * cm)
    ttl = ParagraphStyle("t", parent=body, fontName="LSerif-B", alignment=1, firstLineIndent=0)
    cen = ParagraphStyle("c", parent=body, alignment=1, fontSize=9.5, firstLineIndent=0)
    bul = ParagraphStyle("l", parent=body, leftIndent=1.2 * cm, firstLineIndent=0, spaceAfter=2)
    sty = {"t": ttl, "c": cen, "p": body, "b": bul}
    els = [Paragraph(t, sty[k]) for k, t in P]
    SimpleDocTemplate(report_path(NAME), pagesize=A4, invariant=1, topMargin=2 * cm, bottomMargin=2 * cm,
                      title="Інформація", author="ЦНСП").build(els, onFirstPage=footer, onLaterPages=footer)


def gold():
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Луківської селищної ради",
        "centre_type": "cnsp", "settlement": "Луків",
        "report_kind": "period_report", "period_start": "2023-07-01", "period_end": "2023-09-30"})
    f = g.f
    n = lambda x: x[1:]
    tot = f("served", "persons", 517, "ми надали соціальні послуги 517 жителям громади")
    idp = f("served", "persons", 133, "133 внутрішньо переміщені особи (25,7 %)", percent=25.7,
            category="внутрішньо переміщені особи", parent=tot)
    dis = f("served", "persons", 86, "86 осіб з інвалідністю (16,6 %)", percent=16.6, category="особи з інвалідністю", parent=tot)
    parts = []
    for svc, q, v in [("home_care", "догляд вдома – 96 осіб", 96), ("day_care", "денний догляд – 18 осіб", 18),
                      ("counselling", "консультування – 264 особи", 264), ("social_adaptation", "соціальна адаптація – 41 особа", 41),
                      ("natural_aid", "натуральна допомога – 98 осіб", 98)]:
        parts.append(f("served", "persons", v, q, service=svc, group="served_517_by_service", parent=tot))
    f("services_provided", "services", 4118, "надано 4 118 послуг", service="home_care")
    st_ = f("support_started", "families", 7, "ми взяли під супровід ще 7 сімей", service="social_support_sjo")
    cp = f("support_completed", "families", 8, "завершили – 8", service="social_support_sjo")
    o1 = f("outcome_positive", "families", 5, "5 – з позитивним результатом", service="social_support_sjo",
           group="completed_8_by_result", parent=cp)
    o2 = f("outcome_other", "families", 2, "2 – у зв'язку з переїздом", service="social_support_sjo", label="переїзд",
           group="completed_8_by_result", parent=cp)
    o3 = f("outcome_other", "families", 1, "1 – через відмову сім'ї", service="social_support_sjo", label="відмова сім'ї",
           group="completed_8_by_result", parent=cp)
    on = f("support_ongoing", "families", 18, "супровід триває для 18 сімей", service="social_support_sjo", alt=["served"])
    f("support_ongoing", "children", 44, "у них 44 дитини", service="social_support_sjo", alt=["served"], parent=on)
    mb = f("served", "persons", 152, "152 особи, з них 37", service="counselling", label="мобільна бригада соціально-психологічної допомоги")
    dv = f("served", "persons", 37, "37 – особи, які постраждали від домашнього насильства", service="counselling",
           category="особи, які постраждали від домашнього насильства", parent=mb)
    ev = f("events", "events", 12, "Проведено 12 групових заходів")
    f("event_participants", "persons", 231, "для 231 учасника", parent=ev)
    sv = f("survey_respondents", "recipients", 48, "анкетування 48 отримувачів послуг", unit_alt="persons")
    a = f("satisfaction", "percent", 56.3, "якість послуг оцінили на «відмінно» 56,3 %", label="оцінили якість на «відмінно»", alt=["share"])
    b = f("share", "percent", 35.4, "на «добре» – 35,4 %", label="оцінили якість на «добре»", alt=["satisfaction"])
    c = f("share", "percent", 10.4, "на «задовільно» – 10,4 %", label="оцінили якість на «задовільно»")
    f("complaints", "complaints", 0, "Скарг протягом кварталу не надходило.")
    ac = f("staff_actual", "staff", 27, "Працюють 27 з 29 штатних працівників")
    ps = f("staff_positions", "positions", 29, "27 з 29 штатних працівників", unit_alt="staff")
    f("staff_trained", "staff", 5, "5 фахівців пройшли навчання")
    f("served", "persons", 14, "Платні послуги отримали 14 осіб", label="платні послуги")
    f("budget_received", "uah", 38700, "надходження до спеціального фонду – 38,7 тис. грн", label="спеціальний фонд, платні послуги")

    g.slip("percents_sum", "error", "якість послуг оцінили на «відмінно» 56,3 %, на «добре» – 35,4 %, на «задовільно» – 10,4 % опитаних",
           102.1, 100, [a, b, c],
           "the three answers partition the 48 respondents but sum to 102,1 %. Each is reachable with 48 (27, 17 and 5 of 48), "
           "but 27 + 17 + 5 = 49 > 48",
           f"psum_ok([f{n(a)}, f{n(b)}, f{n(c)}], 1)")
    g.check("percent_impossible", "анкетування 48 отримувачів послуг", "each share alone is reachable with 48",
            f"grim_ok(f{n(a)}, f{n(sv)}, 1) and grim_ok(f{n(b)}, f{n(sv)}, 1) and grim_ok(f{n(c)}, f{n(sv)}, 1)")
    g.check("parts_sum", "За видами послуг:", "96 + 18 + 264 + 41 + 98 = 517", " + ".join(f"f{n(p)}" for p in parts) + f" == f{n(tot)}")
    g.check("percent_mismatch", "133 внутрішньо переміщені особи (25,7 %)", "133/517 = 25,73 %; 86/517 = 16,63 %",
            f"pct_ok(p{n(idp)}, f{n(idp)}, f{n(tot)}, 1) and pct_ok(p{n(dis)}, f{n(dis)}, f{n(tot)}, 1)")
    g.check("parts_sum", "завершили – 8 (з них 5 – з позитивним результатом", "5 + 2 + 1 = 8",
            f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(cp)}")
    g.check("parts_sum", "Станом на 30.09.2023 супровід триває для 18 сімей",
            "19 at the start of the quarter (literal) + 7 taken − 8 completed = 18", f"19 + f{n(st_)} - f{n(cp)} == f{n(on)}")
    g.check("parts_sum", "152 особи, з них 37", "37 ≤ 152; 27 ≤ 29", f"f{n(dv)} <= f{n(mb)} and f{n(ac)} <= f{n(ps)}")
    g.skip("45031, смт Луків, вул. Незалежності, 41; тел. (03362) 0-91-27", [45031, 41, 3362, 9127], "postcode, address, phone")
    g.skip("(з початку року – 1 204)", [1204], "cumulative figure for January–September (another period)")
    g.skip("На початок кварталу під супроводом перебувало 19 сімей", [19], "start-of-quarter figure (used as a literal in a check)")
    g.skip("Станом на 30.09.2023", [30, 9, 2023], "date")
    g.skip("здійснила 63 виїзди", [63], "trips of the mobile team: no §3 id")
    g.skip("(тривалість курсу – 36 годин)", [36], "duration")
    g.skip("72,40 грн за годину", [72.4], "tariff")
    g.skip("відкрити відділення денного догляду на 15 місць", [15], "plan, places")
    g.skip("Дата друку: 05.10.2023", [5, 10, 2023], "print date in the footer")
    g.skip("Сторінка 1", [1], "page number")
    g.note("«на початок кварталу перебувало 19 сімей» is a start-of-period stock: skipped, used as a literal in the balance check")
    g.note("«супровід триває для 18 сімей» at the end of the quarter → support_ongoing (alt served)")
    g.note("survey: «відмінно» → satisfaction (alt share), «добре» → share (alt satisfaction), «задовільно» → share")
    g.note("«Працюють 27 з 29 штатних працівників» → staff_actual 27 and staff_positions 29 (unit_alt staff)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
