"""b16_01: КУ «Центр соціальних служб» Тульчинської міської ради (Вінницька), annual 2023, DOCX.

Ordinary annual report in prose with one table (support outcomes, families / children).
Planted slip: parts_sum, services by kind sum to 4 207, total says 4 217.
"""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, freeze_zip, fix_core_props, report_path

NAME = "b16_01_tulchyn_css_annual2023.docx"
NB = "\u00a0"


def n(s):
    """thousands with a no-break space, as Word users type them"""
    return s.replace(" ", NB)


HEAD = [
    "ТУЛЬЧИНСЬКА МІСЬКА РАДА",
    "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ» ТУЛЬЧИНСЬКОЇ МІСЬКОЇ РАДИ",
    "23600, Вінницька обл., м. Тульчин, вул. Миколи Леонтовича, 31; тел. (04335) 0-27-18; "
    "e-mail: css.tulchyn@example.ua; код ЄДРПОУ 44710352",
]

BODY1 = [
    ("h", "ІНФОРМАЦІЯ\nпро підсумки діяльності Центру соціальних служб за 2023 рік"),
    ("p", "Комунальна установа «Центр соціальних служб» Тульчинської міської ради (далі – Центр) "
          "діє відповідно до Положення, затвердженого рішенням 17 сесії міської ради 8 скликання "
          "від 26.02.2021 № 412. Центр працює з мешканцями 56 населених пунктів громади, де проживає "
          "близько 43,5 тис. осіб, у тому числі 7,9 тис. дітей."),
    ("h2", "1. Звернення та охоплення послугами"),
    ("p", f"Упродовж 2023 року до Центру звернулися {n('612')} сімей та осіб, що на 47 більше, ніж "
          f"роком раніше (у 2022 році – 565). Соціальними послугами за звітний рік скористалися "
          f"{n('1 384')} сім’ї/особи, в яких проживає {n('1 702')} дитини."),
    ("p", f"Фахівці Центру надали загалом {n('4 217')} соціальних послуг, у тому числі: інформування – "
          f"{n('1 846')}, консультування – {n('1 592')}, соціальна профілактика – 386, представництво "
          f"інтересів – 57, соціальний супровід сімей (осіб), які перебувають у складних життєвих "
          f"обставинах, – 249, соціальне супроводження прийомних сімей та ДБСТ – 64, кризове та "
          f"екстрене втручання – 13."),
    ("p", "На адресу Центру надійшли повідомлення стосовно 174 сімей (осіб), які можуть перебувати "
          "у складних життєвих обставинах. Джерелами повідомлень були: служба у справах дітей – 61, "
          "заклади освіти – 48, заклади охорони здоров’я – 23, ювенальна превенція – 29, інші суб’єкти "
          "та громадяни – 13."),
    ("p", "Оцінювання потреб проведено щодо 168 сімей/осіб (6 сімей змінили місце проживання або "
          "відмовилися від оцінювання); у 97 сім’ях за його результатами виявлено складні життєві "
          "обставини."),
    ("h2", "2. Соціальний супровід сімей (осіб) у складних життєвих обставинах"),
    ("p", "Результати надання послуги соціального супроводу у 2023 році наведено в таблиці 1."),
    ("cap", "Таблиця 1. Соціальний супровід сімей (осіб), які перебувають у СЖО, станом на 31.12.2023"),
]

TABLE = [
    ("Показник", "Сімей", "Дітей у них"),
    ("Перебували під соціальним супроводом протягом року", "71", "139"),
    ("у т.ч. взяті під супровід у 2023 році", "52", "98"),
    ("Завершено соціальний супровід", "49", "95"),
    ("з них: подолано СЖО", "31", "58"),
    ("мінімізовано СЖО", "12", "26"),
    ("без результату (відмова, зміна місця проживання)", "6", "11"),
    ("Продовжують отримувати послугу у 2024 році", "22", "44"),
]

BODY2 = [
    ("p", "Отже, у 31 сім’ї (63,3 % від кількості завершених випадків) складні життєві обставини "
          "вдалося подолати. Середня тривалість супроводу склала 5,8 місяця."),
    ("p", "Під соціальним супроводженням перебувало 6 прийомних сімей, у яких виховується 11 дітей, "
          "та 2 дитячі будинки сімейного типу, де виховується 13 дітей."),
    ("h2", "3. Профілактична робота та допомога"),
    ("p", "Проведено 38 групових заходів (тренінги, інформаційні години, батьківські збори) для дітей "
          "віком від 6 до 17 років та їхніх батьків, якими охоплено 917 учасників."),
    ("p", "За кошти благодійників 83 сім’ям передано продуктові та гігієнічні набори на загальну суму "
          "124,6 тис. грн."),
    ("p", "Скарг на якість надання послуг у 2023 році до Центру не надходило."),
    ("h2", "4. Кадрове забезпечення"),
    ("p", "Штатна чисельність Центру – 12,5 штатної одиниці, фактично працює 11 осіб, з них фахівців "
          "із соціальної роботи – 7, психолог – 1. Підвищили кваліфікацію 9 працівників, зокрема 4 – "
          "на базі Вінницького обласного центру соціальних служб."),
    ("h2", "5. Завдання на 2024 рік"),
    ("p", "У 2024 році Центр планує охопити соціальним супроводом не менше 75 сімей та запровадити "
          "послугу натуральної допомоги для 120 осіб."),
    ("sig", "Директор Центру\t\t\t\t(підпис)\n12.01.2024"),
]


def build():
    d = docx.Document()
    fix_core_props(d)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for line in HEAD:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold = line.isupper()
    for kind, text in BODY1:
        add(d, kind, text)
    t = d.add_table(rows=len(TABLE), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
            if i == 0:
                t.cell(i, j).paragraphs[0].runs[0].bold = True
    for kind, text in BODY2:
        add(d, kind, text)
    path = report_path(NAME)
    d.save(path)
    freeze_zip(path)


def add(d, kind, text):
    if kind == "h":
        for line in text.split("\n"):
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(line).bold = True
    elif kind == "h2":
        p = d.add_paragraph()
        p.add_run(text).bold = True
    elif kind == "cap":
        p = d.add_paragraph()
        p.add_run(text).italic = True
    elif kind == "sig":
        for line in text.split("\n"):
            d.add_paragraph(line)
    else:
        p = d.add_paragraph(text)
        p.paragraph_format.first_line_indent = Pt(28)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


def gold():
    g = Gold(NAME, {
        "centre": "Центр соціальних служб Тульчинської міської ради",
        "centre_type": "css", "settlement": "Тульчин", "oblast": "Вінницька",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
    }, {"centre": ["Комунальна установа «Центр соціальних служб» Тульчинської міської ради"]})
    f = g.f
    applied = f("applied", "families_persons", 612, "до Центру звернулися 612 сімей та осіб")
    served = f("served", "families_persons", 1384,
               "Соціальними послугами за звітний рік скористалися 1 384 сім’ї/особи")
    f("served", "children", 1702, "в яких проживає 1 702 дитини", parent=served)
    tot = f("services_provided", "services", 4217, "Фахівці Центру надали загалом 4 217 соціальних послуг")
    gs = "services_4217_by_service"
    s = [
        f("services_provided", "services", 1846, "інформування – 1 846", service="informing", group=gs, parent=tot),
        f("services_provided", "services", 1592, "консультування – 1 592", service="counselling", group=gs, parent=tot),
        f("services_provided", "services", 386, "соціальна профілактика – 386", service="social_prevention", group=gs, parent=tot),
        f("services_provided", "services", 57, "представництво інтересів – 57", service="representation", group=gs, parent=tot),
        f("services_provided", "services", 249,
          "соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах, – 249",
          service="social_support_sjo", group=gs, parent=tot),
        f("services_provided", "services", 64, "соціальне супроводження прийомних сімей та ДБСТ – 64",
          service="social_support_foster", group=gs, parent=tot),
        f("services_provided", "services", 13, "кризове та екстрене втручання – 13",
          service="crisis_intervention", group=gs, parent=tot),
    ]
    notif = f("notified", "families_persons", 174, "надійшли повідомлення стосовно 174 сімей (осіб)")
    gn = "notified_174_by_source"
    nsrc = [
        f("notified", "families_persons", 61, "служба у справах дітей – 61", label="від служби у справах дітей", group=gn, parent=notif),
        f("notified", "families_persons", 48, "заклади освіти – 48", label="від закладів освіти", group=gn, parent=notif),
        f("notified", "families_persons", 23, "заклади охорони здоров’я – 23", label="від закладів охорони здоров'я", group=gn, parent=notif),
        f("notified", "families_persons", 29, "ювенальна превенція – 29", label="від ювенальної превенції", group=gn, parent=notif),
        f("notified", "families_persons", 13, "інші суб’єкти та громадяни – 13", label="від інших суб'єктів та громадян", group=gn, parent=notif),
    ]
    na = f("needs_assessed", "families_persons", 168, "Оцінювання потреб проведено щодо 168 сімей/осіб")
    sjo = f("in_difficult_circumstances", "families", 97,
            "у 97 сім’ях за його результатами виявлено складні життєві обставини", parent=na)

    R = "Перебували під соціальним супроводом протягом року\t71\t139"
    R2 = "у т.ч. взяті під супровід у 2023 році\t52\t98"
    R3 = "Завершено соціальний супровід\t49\t95"
    R4 = "з них: подолано СЖО\t31\t58"
    R5 = "мінімізовано СЖО\t12\t26"
    R6 = "без результату (відмова, зміна місця проживання)\t6\t11"
    R7 = "Продовжують отримувати послугу у 2024 році\t22\t44"
    SS = "social_support_sjo"
    t_f = f("served", "families", 71, R, service=SS, alt=["support_ongoing"], label="перебували під супроводом протягом року")
    t_c = f("served", "children", 139, R, service=SS, alt=["support_ongoing"], label="перебували під супроводом протягом року", parent=t_f)
    st_f = f("support_started", "families", 52, R2, service=SS, label="взяті під супровід у 2023 році", parent=t_f)
    st_c = f("support_started", "children", 98, R2, service=SS, label="взяті під супровід у 2023 році", parent=t_c)
    co_f = f("support_completed", "families", 49, R3, service=SS)
    co_c = f("support_completed", "children", 95, R3, service=SS, parent=co_f)
    go, goc = "completed_49_by_outcome", "completed_children_95_by_outcome"
    p_f = f("outcome_positive", "families", 31, R4, service=SS, group=go, parent=co_f)
    p_c = f("outcome_positive", "children", 58, R4, service=SS, group=goc, parent=co_c)
    m_f = f("outcome_minimized", "families", 12, R5, service=SS, group=go, parent=co_f)
    m_c = f("outcome_minimized", "children", 26, R5, service=SS, group=goc, parent=co_c)
    x_f = f("outcome_negative", "families", 6, R6, service=SS, group=go, parent=co_f,
            alt=["outcome_other"], label="без результату (відмова, зміна місця проживання)")
    x_c = f("outcome_negative", "children", 11, R6, service=SS, group=goc, parent=co_c,
            alt=["outcome_other"], label="без результату (відмова, зміна місця проживання)")
    on_f = f("support_ongoing", "families", 22, R7, service=SS,
             note="a 2023 figure (still under support at 31.12.2023) although the row names 2024")
    on_c = f("support_ongoing", "children", 44, R7, service=SS, parent=on_f)
    p2 = f("outcome_positive", "families", 31, "у 31 сім’ї (63,3 % від кількості завершених випадків)",
           percent=63.3, service=SS, note="prose repeat of the table cell (31), with its percent of the 49 completed")

    fo = f("served", "families", 6, "Під соціальним супроводженням перебувало 6 прийомних сімей",
           service="social_support_foster", category="прийомні сім'ї")
    f("served", "children", 11, "у яких виховується 11 дітей", service="social_support_foster", parent=fo)
    db = f("served", "families", 2, "2 дитячі будинки сімейного типу", service="social_support_foster",
           category="дитячі будинки сімейного типу")
    f("served", "children", 13, "де виховується 13 дітей", service="social_support_foster", parent=db)
    f("events", "events", 38, "Проведено 38 групових заходів")
    f("event_participants", "persons", 917, "якими охоплено 917 учасників")
    nat = f("served", "families", 83, "За кошти благодійників 83 сім’ям передано продуктові та гігієнічні набори",
            service="natural_aid", label="продуктові та гігієнічні набори")
    f("aid_value", "uah", 124600, "на загальну суму 124,6 тис. грн", label="продуктові та гігієнічні набори")
    f("complaints", "complaints", 0, "Скарг на якість надання послуг у 2023 році до Центру не надходило.")
    pos = f("staff_positions", "positions", 12.5, "Штатна чисельність Центру – 12,5 штатної одиниці")
    act = f("staff_actual", "staff", 11, "фактично працює 11 осіб")
    sw = f("staff_actual", "staff", 7, "з них фахівців із соціальної роботи – 7", label="фахівці із соціальної роботи", parent=act)
    ps = f("staff_actual", "staff", 1, "психолог – 1", label="психолог", parent=act)
    tr = f("staff_trained", "staff", 9, "Підвищили кваліфікацію 9 працівників")
    tr4 = f("staff_trained", "staff", 4, "зокрема 4 – на базі Вінницького обласного центру соціальних служб",
            label="на базі Вінницького обласного центру соціальних служб", parent=tr)

    g.slip("parts_sum", "error",
           "Фахівці Центру надали загалом 4 217 соціальних послуг, у тому числі",
           4217, 4207, [tot] + s, f"{' + '.join(s)} == {tot}",
           "services by kind: 1 846 + 1 592 + 386 + 57 + 249 + 64 + 13 = 4 207, 10 fewer than the 4 217 "
           "stated; «у тому числі» followed by the full list of the Класифікатор services the centre gives")
    g.check("parts_sum", "надійшли повідомлення стосовно 174 сімей (осіб)",
            f"{' + '.join(nsrc)} == {notif}", "61 + 48 + 23 + 29 + 13 = 174 by source")
    g.check("parts_sum", "Оцінювання потреб проведено щодо 168 сімей/осіб",
            f"{na} + 6 == {notif} and {sjo} <= {na}",
            "168 assessed + 6 moved/refused (skipped figure) = 174 notified; 97 in СЖО ≤ 168")
    g.check("table_arithmetic", "з них: подолано СЖО\t31\t58",
            f"{p_f} + {m_f} + {x_f} == {co_f} and {p_c} + {m_c} + {x_c} == {co_c}",
            "outcomes 31 + 12 + 6 = 49 completed families; children 58 + 26 + 11 = 95")
    g.check("table_arithmetic", R,
            f"{co_f} + {on_f} == {t_f} and {co_c} + {on_c} == {t_c}",
            "completed 49 + continuing 22 = 71 families under support; children 95 + 44 = 139")
    g.check("parts_sum", R2, f"{st_f} <= {t_f} and {st_c} <= {t_c}",
            "taken in 2023 (52 / 98) ≤ under support in the year (71 / 139); 19 families were carried over from 2022 (not written)")
    g.check("percent_mismatch", "у 31 сім’ї (63,3 % від кількості завершених випадків)",
            f"pct_ok({p2}, {co_f}, P['{p2}'], 1)", "31/49 = 63.27 % → 63,3")
    g.check("internal_conflict", "у 31 сім’ї (63,3 % від кількості завершених випадків)",
            f"{p2} == {p_f}", "prose 31 repeats the table cell 31")
    g.check("parts_sum", "фактично працює 11 осіб",
            f"{sw} + {ps} <= {act} and {act} <= {pos} and {tr4} <= {tr} and {tr} <= {act}",
            "7 specialists + 1 psychologist ≤ 11 staff ≤ 12,5 positions; 4 ≤ 9 trained ≤ 11")

    g.skip("23600, Вінницька обл., м. Тульчин, вул. Миколи Леонтовича, 31; тел. (04335) 0-27-18",
           [23600, 31, 4335], "postcode, address, phone")
    g.skip("код ЄДРПОУ 44710352", [44710352], "ЄДРПОУ code")
    g.skip("рішенням 17 сесії міської ради 8 скликання від 26.02.2021 № 412", [17, 8, 26, 2, 2021, 412],
           "decision: session, convocation, date and number")
    g.skip("Центр працює з мешканцями 56 населених пунктів громади, де проживає близько 43,5 тис. осіб, у тому числі 7,9 тис. дітей",
           [56, 43500, 7900], "settlements and population of the hromada")
    g.skip("що на 47 більше, ніж роком раніше (у 2022 році – 565)", [47, 2022, 565],
           "difference to the previous year and the 2022 figure")
    g.skip("(6 сімей змінили місце проживання або відмовилися від оцінювання)", [6],
           "families not assessed (moved or refused); no §3 id")
    g.skip("Таблиця 1. Соціальний супровід сімей (осіб), які перебувають у СЖО, станом на 31.12.2023",
           [1, 31, 12, 2023], "table number and the as-of date")
    g.skip("Середня тривалість супроводу склала 5,8 місяця", [5.8], "duration")
    g.skip("для дітей віком від 6 до 17 років", [6, 17], "ages")
    g.skip("У 2024 році Центр планує охопити соціальним супроводом не менше 75 сімей та запровадити послугу натуральної допомоги для 120 осіб.",
           [2024, 75, 120], "plan for next year")
    g.skip("12.01.2024", [12, 1, 2024], "date of signature")
    g.skip("1. Звернення та охоплення послугами", [1, 2, 3, 4, 5], "section numbers")

    g.note("table cells: each cell is a fact quoted by its row (reader prints tab-separated cells); "
           "children cells of the top rows hang on the families cell of the same row; outcome rows hang on "
           "the «Завершено» cell of the same column, one group per column")
    g.note("«Перебували під соціальним супроводом протягом року» → served with alt support_ongoing, as the "
           "seed gold and blind11 do for «перебувало під супроводом»")
    g.note("«Продовжують отримувати послугу у 2024 році» is a 2023 figure (families still under support at "
           "the end of 2023) → support_ongoing, not skipped")
    g.note("«без результату (відмова, зміна місця проживання)» → outcome_negative with alt outcome_other")
    g.note("«повідомлення стосовно 174 сімей (осіб)» and «щодо 168 сімей/осіб» → unit families_persons")
    g.note("the prose 31 (63,3 %) repeats the table cell: two facts, as a total written twice is two facts")
    g.note("12,5 штатної одиниці kept as a float value (12.5) of staff_positions")
    g.note("oblast stated in the address line (Вінницька обл.)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
