"""b88_06: служба у справах дітей Понінківської селищної ради (Хмельницька), Q2 2024.
reportlab PDF (Liberation Serif), impersonal/third person, numbered paragraphs, no table.
No planted slip: everything adds up."""
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph
from reportlab.lib.styles import ParagraphStyle
from common import Gold, report_path, register_fonts

DOC = "b88_06_poninka_ssd_q2_2024.pdf"

PARAS = [
    ("c", "<b>ПОНІНКІВСЬКА СЕЛИЩНА РАДА</b><br/>ШЕПЕТІВСЬКОГО РАЙОНУ ХМЕЛЬНИЦЬКОЇ ОБЛАСТІ<br/><b>СЛУЖБА У СПРАВАХ ДІТЕЙ</b>"),
    ("s", "31530, смт Понінка, вул. Соборна, 14, тел. (03843) 0-17-35, код ЄДРПОУ 44218907"),
    ("s", "Від 05.07.2024 № 02-14/219"),
    ("c", "<b>ІНФОРМАЦІЯ</b><br/>про стан роботи із захисту прав та інтересів дітей за ІІ квартал 2024 року"),
    ("p", "1. У громаді проживає 3 916 дітей. Станом на 30.06.2024 на первинному обліку служби у справах дітей перебуває 63 дитини-сироти та дитини, позбавлені батьківського піклування (на 01.04.2024 – 61), з них 21 – діти-сироти, 42 – діти, позбавлені батьківського піклування."),
    ("p", "2. Протягом кварталу взято на первинний облік 4 дітей, знято з обліку 2 дітей: у зв'язку з досягненням повноліття – 1, у зв'язку з усиновленням – 1."),
    ("p", "3. Діти зазначеної категорії влаштовані: під опіку, піклування – 38, у прийомні сім'ї – 14, у дитячі будинки сімейного типу – 6, до закладів інституційного догляду – 5."),
    ("p", "4. На обліку служби як такі, що перебувають у складних життєвих обставинах, перебуває 29 дітей із 17 сімей. За квартал надійшли повідомлення щодо 12 дітей, які можуть перебувати у складних життєвих обставинах; за результатами оцінки взято на облік 5 дітей. Знято з обліку 3 дітей у зв'язку з подоланням складних життєвих обставин."),
    ("p", "5. Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 37 дітям (усього з 2022 року – 1 286). На обліку перебуває 214 дітей з числа внутрішньо переміщених осіб."),
    ("p", "6. Проведено 9 рейдів «Діти вулиці» та 4 засідання комісії з питань захисту прав дитини, на яких розглянуто 27 питань. Підготовлено 16 висновків для органів суду, складено 23 акти обстеження умов проживання."),
    ("p", "7. До служби звернулися 143 громадянина, їм надано 118 консультацій з питань захисту прав дітей. На телефон довіри служби надійшов 21 дзвінок."),
    ("p", "8. У закладах освіти громади проведено 6 профілактичних заходів, якими охоплено 410 учнів 5–11 класів."),
    ("p", "9. Штатна чисельність служби – 4 посади, працює 4 працівники; 2 працівники у травні 2024 року пройшли навчання з питань ведення ЄІССС (24 години)."),
    ("p", "Начальник служби у справах дітей                                       (підпис)"),
]


def build(path):
    register_fonts()
    st = {"p": ParagraphStyle("p", fontName="LSerif", fontSize=12, leading=16, firstLineIndent=28, spaceAfter=4,
                              alignment=4),
          "c": ParagraphStyle("c", fontName="LSerif", fontSize=12, leading=15, alignment=1, spaceAfter=8),
          "s": ParagraphStyle("s", fontName="LSerif-I", fontSize=10, leading=12, alignment=1, spaceAfter=4)}
    from reportlab.lib.fonts import addMapping
    addMapping("LSerif", 0, 0, "LSerif")
    addMapping("LSerif", 1, 0, "LSerif-B")
    addMapping("LSerif", 0, 1, "LSerif-I")
    addMapping("LSerif", 1, 1, "LSerif-B")
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=70, rightMargin=45, topMargin=40,
                            title="Інформація ССД", author="ССД Понінка")
    doc.build([Paragraph(t, st[k]) for k, t in PARAS])


def main():
    build(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Понінківської селищної ради",
        "centre_type": "other", "settlement": "Понінка", "oblast": "Хмельницька",
        "report_kind": "period_report", "period_start": "2024-04-01", "period_end": "2024-06-30",
    })
    f = g.f
    r = f("registered", "children", 63, "на первинному обліку служби у справах дітей перебуває 63 дитини-сироти",
          category="діти-сироти та діти, позбавлені батьківського піклування")
    r1 = f("registered", "children", 21, "з них 21 – діти-сироти", category="діти-сироти",
           group="registered_63_by_status", parent=r)
    r2 = f("registered", "children", 42, "42 – діти, позбавлені батьківського піклування",
           category="діти, позбавлені батьківського піклування", group="registered_63_by_status", parent=r)
    n = f("registered_new", "children", 4, "взято на первинний облік 4 дітей",
          category="діти-сироти та діти, позбавлені батьківського піклування")
    d = f("deregistered", "children", 2, "знято з обліку 2 дітей",
          category="діти-сироти та діти, позбавлені батьківського піклування")
    d1 = f("deregistered", "children", 1, "у зв'язку з досягненням повноліття – 1", label="досягнення повноліття",
           group="dereg_2_by_reason", parent=d)
    d2 = f("deregistered", "children", 1, "у зв'язку з усиновленням – 1", label="усиновлення",
           group="dereg_2_by_reason", parent=d)
    fam = f("registered", "families", 17, "із 17 сімей", category="сім'ї, які перебувають у складних життєвих обставинах")
    sj = f("registered", "children", 29, "перебуває 29 дітей",
           category="діти, які перебувають у складних життєвих обставинах", parent=fam)
    f("notified", "children", 12, "надійшли повідомлення щодо 12 дітей")
    sn = f("registered_new", "children", 5, "взято на облік 5 дітей",
           category="діти, які перебувають у складних життєвих обставинах")
    sd = f("deregistered", "children", 3, "Знято з обліку 3 дітей у зв'язку з подоланням складних життєвих обставин",
           category="діти, які перебувають у складних життєвих обставинах", alt=["outcome_positive"])
    f("registered_new", "children", 37, "надано 37 дітям",
      label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    f("registered", "children", 214, "На обліку перебуває 214 дітей з числа внутрішньо переміщених осіб",
      category="внутрішньо переміщені особи")
    f("applied", "persons", 143, "До служби звернулися 143 громадянина")
    f("services_provided", "services", 118, "надано 118 консультацій", service="counselling")
    f("calls", "calls", 21, "надійшов 21 дзвінок")
    e = f("events", "events", 6, "проведено 6 профілактичних заходів")
    f("event_participants", "children", 410, "якими охоплено 410 учнів", unit_alt="persons", parent=e)
    sp = f("staff_positions", "positions", 4, "Штатна чисельність служби – 4 посади")
    sa = f("staff_actual", "staff", 4, "працює 4 працівники")
    st = f("staff_trained", "staff", 2, "2 працівники у травні 2024 року пройшли навчання")

    g.check("parts_sum", "з них 21 – діти-сироти, 42 – діти, позбавлені батьківського піклування", "21 + 42 = 63",
            f"{r1} + {r2} == {r}")
    g.check("parts_sum", "у зв'язку з досягненням повноліття – 1, у зв'язку з усиновленням – 1", "1 + 1 = 2",
            f"{d1} + {d2} == {d}")
    g.check("parts_sum", "(на 01.04.2024 – 61)", "stock at the start of the quarter 61 (literal) + 4 − 2 = 63",
            f"61 + {n} - {d} == {r}")
    g.check("parts_sum", "під опіку, піклування – 38, у прийомні сім'ї – 14, у дитячі будинки сімейного типу – 6",
            "placements (no §3 id, literals) 38 + 14 + 6 + 5 = 63", f"38 + 14 + 6 + 5 == {r}")
    g.check("parts_sum", "перебуває 29 дітей із 17 сімей", "5 taken onto and 3 taken off the СЖО register ≤ 29",
            f"{sn} <= {sj} and {sd} <= {sj}")
    g.check("parts_sum", "працює 4 працівники", "4 working ≤ 4 positions; 2 trained ≤ 4", f"{st} <= {sa} <= {sp}")

    sk = g.skip
    sk("31530, смт Понінка, вул. Соборна, 14, тел. (03843) 0-17-35, код ЄДРПОУ 44218907",
       [31530, 14, 3843, 1735, 44218907], "postcode, address, phone, ЄДРПОУ")
    sk("Від 05.07.2024 № 02-14/219", [5, 7, 2024, 2, 14, 219], "outgoing date and number")
    sk("за ІІ квартал 2024 року", [2, 2024], "period in the title")
    sk("1. У громаді проживає 3 916 дітей. Станом на 30.06.2024", [1, 3916, 30, 6, 2024],
       "paragraph number, child population, date")
    sk("(на 01.04.2024 – 61)", [1, 4, 2024, 61], "stock at the start of the quarter (used as a literal in a check)")
    sk("під опіку, піклування – 38, у прийомні сім'ї – 14, у дитячі будинки сімейного типу – 6, до закладів інституційного догляду – 5",
       [38, 14, 6, 5], "placements by form (no §3 id; literals in a check)")
    sk("(усього з 2022 року – 1 286)", [2022, 1286], "cumulative figure since 2022")
    sk("Проведено 9 рейдів «Діти вулиці» та 4 засідання комісії з питань захисту прав дитини, на яких розглянуто 27 питань",
       [9, 4, 27], "raids, commission sittings, questions considered (no §3 id)")
    sk("Підготовлено 16 висновків для органів суду, складено 23 акти обстеження умов проживання", [16, 23],
       "court opinions, inspection reports (no §3 id)")
    sk("учнів 5–11 класів", [5, 11], "school grades")
    sk("(24 години)", [24], "duration of the training")
    sk("2. Протягом кварталу", [2, 3, 4, 5, 6, 7, 8, 9], "paragraph numbers 2.–9.")
    g.note("a служба у справах дітей → centre_type other; its registers are registered / registered_new / deregistered "
           "(children) as in blind18")
    g.note("two registers: orphans and children deprived of parental care (63), and children in СЖО (29 children of "
           "17 families; children hang on families); told apart by category")
    g.note("«Знято з обліку 3 дітей у зв'язку з подоланням СЖО» → deregistered (alt outcome_positive)")
    g.note("the war-affected status granted to 37 children → registered_new with a label; the cumulative 1 286 is skipped")
    g.note("«надано 118 консультацій» → services_provided, service counselling; «410 учнів» → event_participants, unit "
           "children (alt persons)")
    g.note("no planted slip in this report")
    g.write()


if __name__ == "__main__":
    main()
