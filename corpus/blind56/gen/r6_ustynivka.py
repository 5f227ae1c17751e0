"""b56_06: КЗ «ЦНСП» Устинівської селищної ради (Кіровоградська), information for Q2 2025. reportlab PDF (Liberation), third person."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from common import Gold, report_path, register_fonts

DOC = "b56_06_ustynivka_cnsp_q2_2025.pdf"

PARAS = [
 ("c", "Комунальний заклад «Центр надання соціальних послуг» Устинівської селищної ради"),
 ("c", "Кропивницького району Кіровоградської області"),
 ("s", "28600, смт Устинівка, вул. Садова, 3; тел. (05239) 0-41-90; ЄДРПОУ 43852661"),
 ("h", "ІНФОРМАЦІЯ про роботу Центру за II квартал 2025 року"),
 ("p", "У II кварталі 2025 року до Центру надійшла 41 заява про надання соціальних послуг. Усього у квітні – червні Центром обслуговано 318 осіб (у I кварталі – 301 особа), з них 64 – внутрішньо переміщені особи (20,1 %)."),
 ("p", "За видами послуг обслуговано: догляд вдома – 87 осіб, натуральна допомога – 142, консультування – 76, соціальна адаптація – 13. Загалом за квартал надано 6 419 соціальних послуг."),
 ("p", "Відділення соціальної допомоги вдома обслуговує 87 осіб у 9 населених пунктах громади. У квітні – червні на обслуговування взято 6 осіб, знято з обслуговування 4 особи (3 – у зв'язку зі смертю, 1 – за власною заявою)."),
 ("p", "Під соціальним супроводом Центру перебувало 9 сімей, у яких виховується 20 дітей; 2 сім'ї взято під супровід у звітному кварталі."),
 ("p", "Натуральну допомогу отримали 142 особи: видано 284 продуктові набори та 60 ковдр на загальну суму 198,5 тис. грн."),
 ("p", "У «Клубі спілкування» проведено 5 заходів, участь у яких взяли 68 осіб."),
 ("p", "У червні 2025 року проведено анкетування 57 отримувачів послуг. Відповіді розподілилися так: «повністю задоволений» – 73,7 %, «скоріше задоволений» – 22,8 %, «не задоволений» – 1,8 %, «важко відповісти» – 3,5 %. Скарг за квартал не зареєстровано."),
 ("p", "Касові видатки Центру за II квартал становлять 2 874,1 тис. грн при плані на квартал 2 960,0 тис. грн (виконання – 97,1 %). Від надання платних послуг до спеціального фонду надійшло 21,7 тис. грн."),
 ("p", "Штатна чисельність – 27 посад, фактично працює 25 працівників (2 вакансії соціального робітника). У травні 2 працівники пройшли навчання в обласному центрі підвищення кваліфікації (тривалість – 5 днів)."),
 ("s", "Директор КЗ «ЦНСП» (підпис)       04.07.2025 № 112"),
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSans", 8)
    canvas.drawRightString(19 * cm, 1.2 * cm, f"– {doc.page} –")
    canvas.restoreState()


def build():
    register_fonts()
    st = {"p": ParagraphStyle("p", fontName="LSerif", fontSize=12, leading=15, spaceAfter=6, firstLineIndent=1.25 * cm, alignment=4),
          "s": ParagraphStyle("s", fontName="LSerif", fontSize=10, leading=13, spaceAfter=4, alignment=1),
          "c": ParagraphStyle("c", fontName="LSerif-B", fontSize=12, leading=15, alignment=1),
          "h": ParagraphStyle("h", fontName="LSerif-B", fontSize=13, leading=16, alignment=1, spaceAfter=10, spaceBefore=10)}
    flow = [Paragraph(x, st[k]) for k, x in PARAS]
    doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, invariant=1, leftMargin=3 * cm, rightMargin=1.5 * cm,
                            title="Інформація за II квартал 2025", author="ЦНСП")
    doc.build(flow, onFirstPage=footer, onLaterPages=footer)


def gold():
    g = Gold(DOC, {"centre": "Центр надання соціальних послуг Устинівської селищної ради", "centre_type": "cnsp",
                   "settlement": "Устинівка", "oblast": "Кіровоградська", "report_kind": "period_report",
                   "period_start": "2025-04-01", "period_end": "2025-06-30"},
             {"centre": ["Комунальний заклад «Центр надання соціальних послуг» Устинівської селищної ради",
                         "Комунальний заклад «Центр надання соціальних послуг» Устинівської селищної ради Кропивницького району Кіровоградської області"]})
    f = g.f
    F = lambda x: "f" + x[1:]
    f("applied", "applications", 41, "до Центру надійшла 41 заява про надання соціальних послуг")
    s = f("served", "persons", 318, "Центром обслуговано 318 осіб")
    v = f("served", "persons", 64, "з них 64 – внутрішньо переміщені особи (20,1 %)", percent=20.1, category="внутрішньо переміщені особи", parent=s)
    sv = [f("served", "persons", 87, "догляд вдома – 87 осіб", service="home_care", group="served_318_by_service", parent=s),
          f("served", "persons", 142, "натуральна допомога – 142", service="natural_aid", group="served_318_by_service", parent=s),
          f("served", "persons", 76, "консультування – 76", service="counselling", group="served_318_by_service", parent=s),
          f("served", "persons", 13, "соціальна адаптація – 13", service="social_adaptation", group="served_318_by_service", parent=s)]
    f("services_provided", "services", 6419, "надано 6 419 соціальних послуг")
    hc = f("served", "persons", 87, "Відділення соціальної допомоги вдома обслуговує 87 осіб", service="home_care")
    f("served", "persons", 6, "на обслуговування взято 6 осіб", service="home_care", label="взято на обслуговування", alt=["registered_new", "support_started"])
    off = f("deregistered", "persons", 4, "знято з обслуговування 4 особи", service="home_care")
    o1 = f("deregistered", "persons", 3, "3 – у зв'язку зі смертю", service="home_care", label="у зв'язку зі смертю", group="off_4_by_reason", parent=off)
    o2 = f("deregistered", "persons", 1, "1 – за власною заявою", service="home_care", label="за власною заявою", group="off_4_by_reason", parent=off)
    ss = f("served", "families", 9, "Під соціальним супроводом Центру перебувало 9 сімей", service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 20, "у яких виховується 20 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=ss)
    st = f("support_started", "families", 2, "2 сім'ї взято під супровід у звітному кварталі", service="social_support_sjo", parent=ss)
    na = f("served", "persons", 142, "Натуральну допомогу отримали 142 особи", service="natural_aid")
    f("aid_value", "uah", 198500, "на загальну суму 198,5 тис. грн", service="natural_aid")
    ev = f("events", "events", 5, "проведено 5 заходів")
    f("event_participants", "persons", 68, "участь у яких взяли 68 осіб", parent=ev)
    sr = f("survey_respondents", "recipients", 57, "проведено анкетування 57 отримувачів послуг", unit_alt="persons")
    p1 = f("satisfaction", "percent", 73.7, "«повністю задоволений» – 73,7 %", label="повністю задоволений", alt=["share"], group="survey_answers")
    p2 = f("share", "percent", 22.8, "«скоріше задоволений» – 22,8 %", label="скоріше задоволений", alt=["satisfaction"], group="survey_answers")
    p3 = f("share", "percent", 1.8, "«не задоволений» – 1,8 %", label="не задоволений", group="survey_answers")
    p4 = f("share", "percent", 3.5, "«важко відповісти» – 3,5 %", label="важко відповісти", group="survey_answers")
    f("complaints", "complaints", 0, "Скарг за квартал не зареєстровано")
    bs = f("budget_spent", "uah", 2874100, "Касові видатки Центру за II квартал становлять 2 874,1 тис. грн", percent=97.1, label="II квартал")
    ba = f("budget_approved", "uah", 2960000, "при плані на квартал 2 960,0 тис. грн", label="план на II квартал")
    f("budget_received", "uah", 21700, "Від надання платних послуг до спеціального фонду надійшло 21,7 тис. грн", label="спеціальний фонд, платні послуги")
    sp = f("staff_positions", "positions", 27, "Штатна чисельність – 27 посад")
    sa = f("staff_actual", "staff", 25, "фактично працює 25 працівників")
    tr = f("staff_trained", "staff", 2, "У травні 2 працівники пройшли навчання")

    g.slip("percents_sum", "error", "«повністю задоволений» – 73,7 %, «скоріше задоволений» – 22,8 %, «не задоволений» – 1,8 %, «важко відповісти» – 3,5 %",
           101.8, 100, [p1, p2, p3, p4],
           "the four answers partition the 57 respondents but sum to 101,8 %. Each share alone is reachable with 57 (42, 13, 1 and 2 of 57), but 42 + 13 + 1 + 2 = 58 > 57",
           f"psum_ok([{F(p1)}, {F(p2)}, {F(p3)}, {F(p4)}], 1)")
    g.check("percent_impossible", "проведено анкетування 57 отримувачів послуг", "each answer share is reachable with 57 respondents",
            f"all([grim_ok({F(p1)}, {F(sr)}, 1), grim_ok({F(p2)}, {F(sr)}, 1), grim_ok({F(p3)}, {F(sr)}, 1), grim_ok({F(p4)}, {F(sr)}, 1)])")
    g.check("percent_mismatch", "з них 64 – внутрішньо переміщені особи (20,1 %)", "64 / 318 = 20,13 % → 20,1", f"pct_ok(p{v[1:]}, {F(v)}, {F(s)}, 1)")
    g.check("parts_sum", "За видами послуг обслуговано:", "87 + 142 + 76 + 13 = 318", " + ".join(F(x) for x in sv) + f" == {F(s)}")
    g.check("internal_conflict", "Відділення соціальної допомоги вдома обслуговує 87 осіб", "87 home care and 142 natural aid repeated consistently",
            f"{F(hc)} == {F(sv[0])} and {F(na)} == {F(sv[1])}")
    g.check("parts_sum", "знято з обслуговування 4 особи (3 – у зв'язку зі смертю, 1 – за власною заявою)", "3 + 1 = 4", f"{F(o1)} + {F(o2)} == {F(off)}")
    g.check("percent_mismatch", "(виконання – 97,1 %)", "2 874,1 / 2 960,0 = 97,10 % → 97,1", f"pct_ok(p{bs[1:]}, {F(bs)}, {F(ba)}, 1)")
    g.check("parts_sum", "фактично працює 25 працівників (2 вакансії соціального робітника)", "25 + 2 vacancies = 27 positions; 2 trained ≤ 25",
            f"{F(sa)} + 2 == {F(sp)} and {F(tr)} <= {F(sa)} and {F(st)} <= {F(ss)}")

    g.skip("28600, смт Устинівка, вул. Садова, 3; тел. (05239) 0-41-90; ЄДРПОУ 43852661", [28600, 3, 5239, 4190, 43852661], "postcode, address, phone, ЄДРПОУ")
    g.skip("(у I кварталі – 301 особа)", [301], "previous quarter's figure")
    g.skip("у 9 населених пунктах громади", [9], "settlement count")
    g.skip("видано 284 продуктові набори та 60 ковдр", [284, 60], "items handed out")
    g.skip("У червні 2025 року", [2025], "survey date")
    g.skip("(2 вакансії соціального робітника)", [2], "vacancies; literal in the staff check")
    g.skip("(тривалість – 5 днів)", [5], "duration")
    g.skip("04.07.2025 № 112", [4, 7, 2025, 112], "date and outgoing number")
    g.note("the percent 97,1 % («виконання») is the spent row's percent of the quarter plan")
    g.note("survey answers: «повністю задоволений» → satisfaction (alt share); the other three → share; one group (a partition of the 57). Planted percents_sum slip: 101,8 %")
    g.note("«взято на обслуговування 6 осіб» → served (alt registered_new, support_started); «знято з обслуговування» → deregistered with reasons")
    g.note("the 318 and its breakdown are quarter figures; «у I кварталі – 301» is skipped")
    g.write()


if __name__ == "__main__":
    build()
    gold()
