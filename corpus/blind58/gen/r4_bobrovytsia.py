"""b58_04: служба у справах дітей Бобровицької міської ради (Чернігівська), 9 months of 2024. reportlab PDF (DejaVu)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from common import Gold, report_path, register_dejavu

DOC = "b58_04_bobrovytsia_ssd_9m2024.pdf"
PARAS = [
    ("h", "БОБРОВИЦЬКА МІСЬКА РАДА<br/>СЛУЖБА У СПРАВАХ ДІТЕЙ"),
    ("c", "17400, Чернігівська обл., м. Бобровиця, вул. Незалежності, 38, тел. (04632) 0-14-62"),
    ("h", "ІНФОРМАЦІЯ<br/>про роботу служби у справах дітей за 9 місяців 2024 року"),
    ("p", "Служба у справах дітей Бобровицької міської ради діє відповідно до Положення, затвердженого рішенням міської ради від 24.02.2021 № 5-4/VIII. На території громади проживає 4 376 дітей віком до 18 років."),
    ("p", "Станом на 30.09.2024 на первинному обліку служби перебуває 47 дітей-сиріт та дітей, позбавлених батьківського піклування (на 01.01.2024 – 44), з них 13 дітей-сиріт та 34 дитини, позбавлені батьківського піклування. У сімейних формах виховання перебуває 41 дитина (87,2 %), у закладах інституційного догляду – 6 дітей."),
    ("p", "Протягом звітного періоду на первинний облік поставлено 6 дітей, знято з обліку 3 дітей: у зв'язку з досягненням повноліття – 2, у зв'язку з усиновленням – 1. До сімейних форм виховання влаштовано 5 дітей (під опіку – 2, до прийомних сімей – 3)."),
    ("p", "На обліку дітей, які перебувають у складних життєвих обставинах, перебуває 19 дітей з 11 сімей. Спільно з ювенальною превенцією проведено 18 рейдів, під час яких обстежено умови проживання 23 сімей."),
    ("p", "Надійшли повідомлення щодо 9 дітей, які могли постраждати від жорстокого поводження; факти підтвердилися щодо 2 дітей, інформацію передано до поліції. На гарячу лінію служби надійшло 36 дзвінків."),
    ("p", "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 29 дітям (усього з 2022 року – 184). На обліку служби перебуває 312 дітей з числа внутрішньо переміщених осіб."),
    ("p", "До служби звернулося 214 громадян з питань захисту прав дітей, з них 37 – внутрішньо переміщені особи. Надано 238 консультацій. Проведено 7 засідань комісії з питань захисту прав дитини, на яких розглянуто 52 питання; підготовлено 14 висновків органу опіки та піклування до суду."),
    ("p", "У закладах освіти громади проведено 11 профілактичних заходів, якими охоплено 640 учнів 5–11 класів."),
    ("p", "Штатна чисельність служби – 4 посади, фактично працюють 3 працівники. До кінця 2024 року планується створити 1 дитячий будинок сімейного типу."),
    ("p", "Начальник служби                                                        (підпис)<br/>07.10.2024"),
]


def footer(canv, doc):
    canv.setFont("DV", 8)
    canv.drawString(20 * mm, 12 * mm, "Інформація ССД Бобровицької МР за 9 місяців 2024 р.")
    canv.drawRightString(190 * mm, 12 * mm, f"Сторінка {doc.page}")


def build(path):
    register_dejavu()
    sty = {"h": ParagraphStyle("h", fontName="DVS-B", fontSize=12, leading=16, alignment=1, spaceAfter=8),
           "c": ParagraphStyle("c", fontName="DVS", fontSize=9, leading=12, alignment=1, spaceAfter=10),
           "p": ParagraphStyle("p", fontName="DVS", fontSize=11.5, leading=16, firstLineIndent=12 * mm,
                               alignment=4, spaceAfter=6)}
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                          bottomMargin=22 * mm, invariant=1, title="Інформація ССД", author="ССД")
    d.build([Paragraph(t, sty[k]) for k, t in PARAS], onFirstPage=footer, onLaterPages=footer)


def main():
    build(report_path(DOC))
    g = Gold(DOC, {"centre": "Служба у справах дітей Бобровицької міської ради", "centre_type": "other",
                   "settlement": "Бобровиця", "oblast": "Чернігівська", "report_kind": "period_report",
                   "period_start": "2024-01-01", "period_end": "2024-09-30"})
    f = g.f
    n = lambda x: x[1:]
    r = f("registered", "children", 47, "на первинному обліку служби перебуває 47 дітей-сиріт та дітей, позбавлених батьківського піклування",
          category="діти-сироти та діти, позбавлені батьківського піклування")
    r1 = f("registered", "children", 13, "з них 13 дітей-сиріт", category="діти-сироти", parent=r, group="reg47_by_status")
    r2 = f("registered", "children", 34, "34 дитини, позбавлені батьківського піклування",
           category="діти, позбавлені батьківського піклування", parent=r, group="reg47_by_status")
    r3 = f("registered", "children", 41, "У сімейних формах виховання перебуває 41 дитина (87,2 %)", percent=87.2,
           label="у сімейних формах виховання", parent=r, group="reg47_by_placement")
    r4 = f("registered", "children", 6, "у закладах інституційного догляду – 6 дітей",
           label="у закладах інституційного догляду", parent=r, group="reg47_by_placement")
    nw = f("registered_new", "children", 6, "на первинний облік поставлено 6 дітей")
    de = f("deregistered", "children", 3, "знято з обліку 3 дітей")
    d1 = f("deregistered", "children", 2, "у зв'язку з досягненням повноліття – 2", label="у зв'язку з досягненням повноліття",
           parent=de, group="dereg3_by_reason")
    d2 = f("deregistered", "children", 1, "у зв'язку з усиновленням – 1", label="у зв'язку з усиновленням",
           parent=de, group="dereg3_by_reason")
    sf = f("registered", "families", 11, "перебуває 19 дітей з 11 сімей", category="сім'ї у складних життєвих обставинах")
    sc = f("registered", "children", 19, "перебуває 19 дітей з 11 сімей", category="діти у складних життєвих обставинах", parent=sf)
    f("notified", "children", 9, "Надійшли повідомлення щодо 9 дітей", label="можливе жорстоке поводження")
    f("calls", "calls", 36, "На гарячу лінію служби надійшло 36 дзвінків")
    f("registered_new", "children", 29, "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 29 дітям",
      label="статус дитини, яка постраждала внаслідок воєнних дій")
    f("registered", "children", 312, "На обліку служби перебуває 312 дітей з числа внутрішньо переміщених осіб",
      category="внутрішньо переміщені особи")
    ap = f("applied", "persons", 214, "До служби звернулося 214 громадян")
    ai = f("applied", "persons", 37, "з них 37 – внутрішньо переміщені особи", category="внутрішньо переміщені особи", parent=ap)
    f("services_provided", "services", 238, "Надано 238 консультацій", service="counselling")
    ev = f("events", "events", 11, "проведено 11 профілактичних заходів")
    f("event_participants", "children", 640, "якими охоплено 640 учнів", parent=ev, unit_alt="persons")
    sp = f("staff_positions", "positions", 4, "Штатна чисельність служби – 4 посади")
    sa = f("staff_actual", "staff", 3, "фактично працюють 3 працівники")
    g.check("parts_sum", "з них 13 дітей-сиріт та 34 дитини", "13 + 34 = 47", f"f{n(r1)} + f{n(r2)} == f{n(r)}")
    g.check("parts_sum", "у закладах інституційного догляду – 6 дітей", "41 + 6 = 47", f"f{n(r3)} + f{n(r4)} == f{n(r)}")
    g.check("percent_mismatch", "У сімейних формах виховання перебуває 41 дитина (87,2 %)", "41 / 47 = 87,23 % → 87,2",
            f"pct_ok(p{n(r3)}, f{n(r3)}, f{n(r)}, 1)")
    g.check("parts_sum", "знято з обліку 3 дітей: у зв'язку з досягненням повноліття – 2, у зв'язку з усиновленням – 1",
            "2 + 1 = 3", f"f{n(d1)} + f{n(d2)} == f{n(de)}")
    g.check("parts_sum", "на первинний облік поставлено 6 дітей, знято з обліку 3 дітей",
            "register flow: 44 at 01.01 (literal) + 6 − 3 = 47 at 30.09", f"44 + f{n(nw)} - f{n(de)} == f{n(r)}")
    g.check("parts_sum", "До сімейних форм виховання влаштовано 5 дітей (під опіку – 2, до прийомних сімей – 3)",
            "2 + 3 = 5 (placements have no §3 id; literals)", "2 + 3 == 5")
    g.check("parts_sum", "з них 37 – внутрішньо переміщені особи", "37 ≤ 214", f"f{n(ai)} <= f{n(ap)}")
    g.check("parts_sum", "фактично працюють 3 працівники", "3 ≤ 4", f"f{n(sa)} <= f{n(sp)}")
    sk = g.skip
    sk("17400, Чернігівська обл., м. Бобровиця, вул. Незалежності, 38, тел. (04632) 0-14-62", [17400, 38, 4632, 1462],
       "postcode, address, phone")
    sk("Сторінка 1", [1], "page number (the page footer is printed first)")
    sk("Інформація ССД Бобровицької МР за 9 місяців 2024 р.", [9, 2024], "running footer")
    sk("за 9 місяців 2024 року", [9, 2024], "period")
    sk("рішенням міської ради від 24.02.2021 № 5-4/VIII", [24, 2, 2021, 5, 4], "decision date and number")
    sk("На території громади проживає 4 376 дітей віком до 18 років.", [4376, 18], "child population, age")
    sk("Станом на 30.09.2024", [30, 9, 2024], "date")
    sk("(на 01.01.2024 –\n\n44)", [1, 1, 2024, 44], "start-of-year register (used as a literal in the flow check); the reader breaks the line inside the bracket")
    sk("До сімейних форм виховання влаштовано 5 дітей (під опіку – 2, до прийомних сімей – 3)", [5, 2, 3],
       "placements by form: no §3 id")
    sk("проведено 18 рейдів, під час яких обстежено умови проживання 23 сімей", [18, 23], "raids and home inspections: no §3 id")
    sk("факти підтвердилися щодо 2 дітей", [2], "confirmed cases: no §3 id")
    sk("(усього з 2022 року – 184)", [2022, 184], "cumulative figure since 2022")
    sk("Проведено 7 засідань комісії з питань захисту прав дитини, на яких розглянуто 52 питання; підготовлено 14 висновків органу опіки та піклування до суду.",
       [7, 52, 14], "commission sittings, questions, court opinions: no §3 id")
    sk("учнів 5–11 класів", [5, 11], "school grades")
    sk("До кінця 2024 року планується створити 1 дитячий будинок сімейного типу.", [2024, 1], "plan")
    sk("07.10.2024", [7, 10, 2024], "date of signing")
    g.note("a служба у справах дітей is centre_type other; its registers are registered / registered_new / deregistered (children)")
    g.note("the 47 children on the register are split twice (by status 13 + 34 and by placement 41 + 6): two groups")
    g.note("«19 дітей з 11 сімей» on the СЖО register: families and children, children hang on families")
    g.note("the war-affected status granted to 29 children → registered_new with a label; the cumulative 184 since 2022 is skipped")
    g.note("«640 учнів» → event_participants, unit children (unit_alt persons)")
    g.note("no published date in meta: 07.10.2024 under the signature is a signing date, not a publication date")
    g.note("no planted slip: everything adds up")
    g.write()


if __name__ == "__main__":
    main()
