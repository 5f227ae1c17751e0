"""b100_04: Центр соціальних служб Сенчанської сільської ради (Полтавська), information for H1 2025.
reportlab PDF, third person, a services table and prose, page footer."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path, register_fonts, coverage

DOC = "b100_04_sencha_css_h1_2025.pdf"

PARAS_1 = [
    ("h", "Центр соціальних служб Сенчанської сільської ради"),
    ("c", "37352, Полтавська обл., Миргородський р-н, с. Сенча, вул. Соборна, 9; тел. (05358) 0-31-64; "
          "css.sencha@example.ua; код ЄДРПОУ 45188206"),
    ("h", "ІНФОРМАЦІЯ про результати роботи Центру соціальних служб за І півріччя 2025 року"),
    ("p", "Центр соціальних служб Сенчанської сільської ради (далі – Центр) здійснює свою діяльність на території "
          "громади, до складу якої входять 27 населених пунктів і 5 старостинських округів. Протягом січня – червня "
          "2025 року фахівці Центру отримали повідомлення про 73 сім'ї, які можуть перебувати у складних життєвих "
          "обставинах. Оцінку потреб проведено 66 сім'ям, у 7 випадках інформація не підтвердилась. За "
          "результатами оцінки 48 сімей визнано такими, що перебувають у СЖО."),
    ("p", "Таблиця 1. Соціальні послуги, надані Центром у І півріччі 2025 року"),
]
TABLE = [
    ["№", "Соціальна послуга", "Сімей/осіб", "Надано послуг"],
    ["1", "Інформування", "412", "1 036"],
    ["2", "Консультування", "287", "903"],
    ["3", "Соціальний супровід сімей у СЖО", "41", "517"],
    ["4", "Супроводження прийомних сімей і ДБСТ", "5", "96"],
    ["5", "Посередництво (медіація)", "9", "14"],
    ["6", "Екстрене (кризове) втручання", "7", "11"],
    ["", "Разом", "761", "2 577"],
]
PARAS_2 = [
    ("p", "Під соціальним супроводом Центру перебувала 41 сім'я, у яких виховується 87 дітей; 16 із цих сімей "
          "взято під супровід у звітному періоді. Завершено супровід 13 сімей: у 10 сім'ях складні життєві "
          "обставини подолано, у 2 – мінімізовано, 1 сім'я змінила місце проживання. Середня тривалість "
          "супроводу – 4,5 місяця."),
    ("p", "Серед отримувачів послуг Центру – 134 внутрішньо переміщені особи, які проживають у громаді з 2022 року."),
    ("p", "Центр здійснює соціальне супроводження 4 прийомних сімей та 1 дитячого будинку сімейного типу, у яких "
          "виховується 23 дитини віком від 3 до 17 років. Розмір державної соціальної допомоги на дитину у "
          "прийомній сім'ї Центр не нараховує – це повноваження управління соціального захисту."),
    ("p", "Проведено 11 групових заходів (тренінги для батьків, заняття з безпеки для дітей), охоплено 236 осіб."),
    ("p", "У травні 2025 року Центр провів анкетування отримувачів послуг. Участь в опитуванні взяли 38 осіб; "
          "якістю послуг задоволені 96,0 % опитаних, найвищу оцінку отримала доброзичливість персоналу "
          "(4,9 бала з 5)."),
    ("p", "Штатна чисельність Центру – 8 посад, з них зайнято 7; безпосередньо з отримувачами працюють "
          "5 фахівців із соціальної роботи. Двоє фахівців у квітні пройшли навчання за програмою "
          "«Батьківство в радість» (30 годин)."),
    ("p", "Касові видатки Центру за І півріччя 2025 року становили 1 684,2 тис. грн, або 47,9 % річного "
          "кошторису (3 516,0 тис. грн)."),
    ("p", "Директор Центру соціальних служб                                        ____________"),
    ("p", "04.07.2025"),
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSerif", 9)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page}")
    canvas.restoreState()


def build(path):
    register_fonts()
    base = ParagraphStyle("b", fontName="LSerif", fontSize=12, leading=16, spaceAfter=8)
    head = ParagraphStyle("h", parent=base, fontName="LSerif-B", alignment=1)
    cen = ParagraphStyle("c", parent=base, fontSize=10, alignment=1)
    sty = {"p": base, "h": head, "c": cen}
    story = [Paragraph(t, sty[k]) for k, t in PARAS_1]
    tb = Table(TABLE, colWidths=[12 * mm, 90 * mm, 28 * mm, 32 * mm])
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 11),
                            ("FONT", (0, 0), (-1, 0), "LSerif-B", 11),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story.append(tb)
    story.append(Spacer(1, 8))
    story += [Paragraph(t, sty[k]) for k, t in PARAS_2]
    SimpleDocTemplate(path, pagesize=A4, invariant=1, title="Інформація ЦСС Сенча", author="ЦСС",
                      leftMargin=20 * mm, rightMargin=15 * mm, topMargin=40 * mm, bottomMargin=20 * mm
                      ).build(story, onFirstPage=footer, onLaterPages=footer)


def gold(text):
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Сенчанської сільської ради",
        "centre_type": "css", "settlement": "Сенча", "oblast": "Полтавська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
    })
    f = g.f
    n = lambda x: x[1:]
    nt = f("notified", "families", 73, "отримали повідомлення про 73 сім'ї")
    na = f("needs_assessed", "families", 66, "Оцінку потреб проведено 66 сім'ям")
    idc = f("in_difficult_circumstances", "families", 48, "48 сімей визнано такими, що перебувають у СЖО")
    rows = [("1\tІнформування\t412\t1 036", "informing", 412, 1036),
            ("2\tКонсультування\t287\t903", "counselling", 287, 903),
            ("3\tСоціальний супровід сімей у СЖО\t41\t517", "social_support_sjo", 41, 517),
            ("4\tСупроводження прийомних сімей і ДБСТ\t5\t96", "social_support_foster", 5, 96),
            ("5\tПосередництво (медіація)\t9\t14", "mediation", 9, 14),
            ("6\tЕкстрене (кризове) втручання\t7\t11", "crisis_intervention", 7, 11)]
    tq = "Разом\t761\t2 577"
    tr = f("served", "families_persons", 761, tq, label="Разом (таблиця 1)")
    ts = f("services_provided", "services", 2577, tq, label="Разом (таблиця 1)")
    rr, rs = [], []
    for q, svc, r, s in rows:
        rr.append(f("served", "families_persons", r, q, service=svc, group="t1_recipients", parent=tr))
        rs.append(f("services_provided", "services", s, q, service=svc, group="t1_services", parent=ts))
    sup = f("served", "families", 41, "Під соціальним супроводом Центру перебувала 41 сім'я",
            service="social_support_sjo", alt=["support_ongoing"])
    ch = f("served", "children", 87, "у яких виховується 87 дітей", service="social_support_sjo",
           alt=["support_ongoing"], parent=sup)
    st = f("support_started", "families", 16, "16 із цих сімей взято під супровід у звітному періоді",
           service="social_support_sjo", parent=sup)
    co = f("support_completed", "families", 13, "Завершено супровід 13 сімей", service="social_support_sjo", parent=sup)
    o1 = f("outcome_positive", "families", 10, "у 10 сім'ях складні життєві обставини подолано",
           group="completed_13_by_outcome", parent=co)
    o2 = f("outcome_minimized", "families", 2, "у 2 – мінімізовано", group="completed_13_by_outcome", parent=co)
    o3 = f("outcome_other", "families", 1, "1 сім'я змінила місце проживання", label="зміна місця проживання",
           group="completed_13_by_outcome", parent=co)
    idp = f("served", "persons", 134, "Серед отримувачів послуг Центру – 134 внутрішньо переміщені особи",
            category="внутрішньо переміщені особи")
    fo1 = f("served", "families", 4, "соціальне супроводження 4 прийомних сімей", service="social_support_foster",
            label="прийомні сім'ї", group="foster_5_by_form")
    fo2 = f("served", "families", 1, "1 дитячого будинку сімейного типу", service="social_support_foster",
            label="дитячий будинок сімейного типу", group="foster_5_by_form")
    foc = f("served", "children", 23, "виховується 23 дитини", service="social_support_foster",
            note="children of the 4 + 1 foster families; no single families row to hang on")
    ev = f("events", "events", 11, "Проведено 11 групових заходів")
    evp = f("event_participants", "persons", 236, "охоплено 236 осіб", parent=ev)
    sr = f("survey_respondents", "persons", 38, "Участь в опитуванні взяли 38 осіб")
    sat = f("satisfaction", "percent", 96, "якістю послуг задоволені 96,0 % опитаних")
    pos = f("staff_positions", "positions", 8, "Штатна чисельність Центру – 8 посад")
    act = f("staff_actual", "staff", 7, "з них зайнято 7", alt=["staff_positions"],
            note="occupied positions = staff working; alt staff_positions (unit differs, so a positions row would not match)")
    fss = f("staff_actual", "staff", 5, "5 фахівців із соціальної роботи", label="фахівці із соціальної роботи", parent=act)
    trn = f("staff_trained", "staff", 2, "Двоє фахівців у квітні пройшли навчання", note="number in words")
    bs = f("budget_spent", "uah", 1684200, "Касові видатки Центру за І півріччя 2025 року становили 1 684,2 тис. грн, або 47,9 %",
           percent=47.9)
    ba = f("budget_approved", "uah", 3516000, "річного кошторису (3 516,0 тис. грн)", label="річний кошторис 2025")

    g.slip("percent_impossible", "error", "Участь в опитуванні взяли 38 осіб; якістю послуг задоволені 96,0 % опитаних",
           96.0, "94.7 (36 of 38) or 97.4 (37 of 38)", [sat, sr],
           "GRIM: with 38 respondents no whole number gives 96,0 % at one decimal (36/38 = 94,7; 37/38 = 97,4)",
           f"grim_ok(f{n(sat)}, f{n(sr)}, 1)")
    g.check("table_arithmetic", tq, "412 + 287 + 41 + 5 + 9 + 7 = 761",
            " + ".join(f"f{n(x)}" for x in rr) + f" == f{n(tr)}")
    g.check("table_arithmetic", tq, "1 036 + 903 + 517 + 96 + 14 + 11 = 2 577",
            " + ".join(f"f{n(x)}" for x in rs) + f" == f{n(ts)}")
    g.check("parts_sum", "Оцінку потреб проведено 66 сім'ям, у 7 випадках інформація не підтвердилась",
            "66 assessed + 7 not confirmed = 73 notified; 48 in СЖО ≤ 66", f"f{n(na)} + 7 == f{n(nt)} and f{n(idc)} <= f{n(na)}")
    g.check("parts_sum", "Завершено супровід 13 сімей", "10 + 2 + 1 = 13", f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(co)}")
    g.check("internal_conflict", "Під соціальним супроводом Центру перебувала 41 сім'я", "prose 41 = table row 3",
            f"f{n(sup)} == f{n(rr[2])}")
    g.check("parts_sum", "соціальне супроводження 4 прийомних сімей та 1 дитячого будинку сімейного типу",
            "4 + 1 = 5, table row 4", f"f{n(fo1)} + f{n(fo2)} == f{n(rr[3])}")
    g.check("percent_mismatch", "Касові видатки Центру за І півріччя 2025 року становили 1 684,2 тис. грн, або 47,9 %",
            "1 684,2 / 3 516,0 = 47,90 %", f"pct_ok(p{n(bs)}, f{n(bs)}, f{n(ba)}, 1)")
    g.check("parts_sum", "з них зайнято 7", "5 ≤ 7 ≤ 8", f"f{n(fss)} <= f{n(act)} <= f{n(pos)}")
    g.check("parts_sum", "16 із цих сімей взято під супровід у звітному періоді", "16 ≤ 41; 13 ≤ 41",
            f"f{n(st)} <= f{n(sup)} and f{n(co)} <= f{n(sup)}")

    g.skip("37352, Полтавська обл., Миргородський р-н, с. Сенча, вул. Соборна, 9; тел. (05358) 0-31-64",
           [37352, 9, 5358, 3164], "postcode, address, phone")
    g.skip("код ЄДРПОУ 45188206", [45188206], "ЄДРПОУ")
    g.skip("ІНФОРМАЦІЯ про результати роботи Центру соціальних служб за І півріччя 2025 року", [2025], "period in the title")
    g.skip("входять 27 населених пунктів і 5 старостинських округів", [27, 5], "settlements and districts")
    g.skip("Протягом січня – червня 2025 року", [2025], "year")
    g.skip("у 7 випадках інформація не підтвердилась", [7], "not confirmed (no §3 id; literal in a check)")
    g.skip("Таблиця 1. Соціальні послуги, надані Центром у І півріччі 2025 року", [1, 2025], "table number, year")
    g.skip("№\tСоціальна послуга", [1, 2, 3, 4, 5, 6], "table row numbers")
    g.skip("Середня тривалість супроводу – 4,5 місяця", [4.5], "duration")
    g.skip("проживають у громаді з 2022 року", [2022], "year")
    g.skip("віком від 3 до 17 років", [3, 17], "ages")
    g.skip("У травні 2025 року Центр провів анкетування", [2025], "survey date")
    g.skip("(4,9 бала з 5)", [4.9, 5], "score on a 5-point scale")
    g.skip("«Батьківство в радість» (30 годин)", [30], "duration of the course")
    g.skip("04.07.2025", [4, 7, 2025], "date")
    g.note("table 1: every cell is a fact quoted by its row (unit families_persons from «Сімей/осіб»), hung on the Разом "
           "cell of its column; the prose 41 families under support repeats row 3 (own fact, unit families)")
    g.note("«16 із цих сімей взято під супровід у звітному періоді» → support_started; outcomes hang on the 13 completed; "
           "«змінила місце проживання» → outcome_other with a label")
    g.note("foster: 4 прийомні сім'ї + 1 ДБСТ → two served rows (service social_support_foster), which sum to table row 4; "
           "the 23 children are a separate row")
    g.note("«з них зайнято 7» → staff_actual; «Двоє фахівців … пройшли навчання» → staff_trained 2 (number in words)")
    g.note("budget: spent 1 684,2 тис. грн with its 47,9 % of the annual estimate 3 516,0 (budget_approved, annual)")
    g.note("the page footer «Сторінка 1» is not in the read text; 96,0 % is stored as 96")
    g.note("planted slip: 96,0 % satisfied of 38 respondents is not reachable (GRIM)")
    return g


if __name__ == "__main__":
    path = report_path(DOC)
    build(path)
    from common import read_text
    g = gold(read_text(path))
    if "--cov" in sys.argv:
        coverage(g)
    g.write()
