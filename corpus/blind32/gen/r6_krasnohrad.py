"""b32_06: ЦСС Красноградської міської ради (Харківська), report for 2023. DOCX, first person plural
(«ми отримали», «наша команда»), a summary paragraph, a quarterly table of appeals. Slip:
internal_conflict (73 families under support in the summary, 78 in the body; 45 completed + 33
continued = 78)."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b32_06_krasnohrad_css_annual2023.docx"

HEAD = ["ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ КРАСНОГРАДСЬКОЇ МІСЬКОЇ РАДИ",
        "Харківська область, 63304, м. Красноград, вул. Полтавська, 98, тел. (05744) 0-71-32, код ЄДРПОУ 43917260"]
TITLE = "Звіт про роботу Центру соціальних служб за 2023 рік"
SUB = "(до звіту міського голови перед громадою; погоджено 12.01.2024)"
B1 = [
    ("h", "Коротко про головне"),
    ("p", "2023 рік ми пропрацювали в умовах воєнного стану, коли кількість внутрішньо переміщених осіб у громаді постійно зростала. До нас звернулися 405 мешканців громади, ми надали 3 286 соціальних послуг, соціальний супровід отримали 73 сім’ї."),
    ("h", "Звернення"),
    ("p", "Розподіл звернень за кварталами:"),
]
TABLE = [
    ["Квартал", "Звернулися, осіб", "з них ВПО"],
    ["I квартал", "96", "41"],
    ["II квартал", "88", "37"],
    ["III квартал", "102", "40"],
    ["IV квартал", "119", "52"],
    ["Разом", "405", "170"],
]
B2 = [
    ("h", "Виявлення сімей"),
    ("p", "Ми отримали повідомлення про 163 сім’ї з ознаками складних життєвих обставин, оцінили потреби 141 сім’ї й у 97 з них визначили, що сім’я перебуває у складних життєвих обставинах. Найчастіші причини – ухилення батьків від виконання обов’язків (38 сімей) та домашнє насильство (21 сім’я)."),
    ("h", "Соціальний супровід"),
    ("p", "Упродовж року під нашим соціальним супроводом перебували 78 сімей, у яких виховується 142 дитини. Нових сімей ми взяли 41. Закінчили супровід 45 сімей: 30 подолали складні обставини, 11 їх мінімізували, а у 4 сімей результату досягти не вдалося. На 2024 рік супровід перейшов для 33 сімей."),
    ("p", "Також ми супроводжуємо 4 прийомні сім’ї та 2 дитячі будинки сімейного типу, де виховується 21 дитина; у 2023 році в громаді створено ще 1 прийомну сім’ю."),
    ("h", "Послуги, телефон довіри, групова робота"),
    ("p", "Загалом надано 3 286 соціальних послуг, найбільше серед них – консультування (1 904) та інформування (812). На телефон довіри Центру надійшло 212 дзвінків."),
    ("p", "Ми провели 24 тренінги та 17 «батьківських кав» – разом 41 захід, у яких узяли участь 618 учасників."),
    ("h", "Про якість і команду"),
    ("p", "Восени ми опитали 88 отримувачів: 82 з них (93,2 %) повністю задоволені послугами. Скарг за рік не було."),
    ("p", "Наша команда – 15 працівників при 17 штатних посадах; 9 фахівців пройшли навчання за програмою підвищення кваліфікації обсягом 40 годин."),
    ("h", "Плани на 2024 рік"),
    ("p", "Плануємо відкрити кімнату підтримки для 2 старостинських округів і збільшити кількість сімей під супроводом до 90."),
    ("p", "Директор Центру                                    (підпис)"),
]


def build(path):
    d = Document()
    fix_docx_props(d, "ЦСС Красноград")
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    for line in HEAD:
        d.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_heading(TITLE, level=1)
    d.add_paragraph(SUB).alignment = WD_ALIGN_PARAGRAPH.CENTER

    def emit(blocks):
        for kind, text in blocks:
            if kind == "h":
                d.add_heading(text, level=2)
            else:
                d.add_paragraph(text)
    emit(B1)
    t = d.add_table(rows=len(TABLE), cols=3)
    t.style = "Light Grid Accent 1"
    for i, row in enumerate(TABLE):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    emit(B2)
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Красноградської міської ради",
        "centre_type": "css", "settlement": "Красноград", "oblast": "Харківська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31"})
    f = g.f
    n = lambda x: x[1:]
    a0 = f("applied", "persons", 405, "До нас звернулися 405 мешканців громади")
    s0 = f("services_provided", "services", 3286, "ми надали 3 286 соціальних послуг")
    ss0 = f("served", "families", 73, "соціальний супровід отримали 73 сім'ї", service="social_support_sjo", alt=["support_ongoing"])
    TOT = "Разом\t405\t170"
    at = f("applied", "persons", 405, TOT, label="Разом (таблиця)")
    av = f("applied", "persons", 170, TOT, category="внутрішньо переміщені особи", label="Разом (таблиця), з них ВПО", parent=at)
    qs = [("I квартал\t96\t41", 96, 41), ("II квартал\t88\t37", 88, 37), ("III квартал\t102\t40", 102, 40), ("IV квартал\t119\t52", 119, 52)]
    qa, qv = [], []
    for q, a, b in qs:
        lab = q.split("\t")[0]
        qa.append(f("applied", "persons", a, q, label=lab, group="applied_405_by_quarter", parent=at))
        qv.append(f("applied", "persons", b, q, label=lab, category="внутрішньо переміщені особи", group="applied_idp_170_by_quarter", parent=av))
    nt = f("notified", "families", 163, "Ми отримали повідомлення про 163 сім'ї")
    na = f("needs_assessed", "families", 141, "оцінили потреби 141 сім'ї")
    sj = f("in_difficult_circumstances", "families", 97, "у 97 з них визначили, що сім'я перебуває у складних життєвих обставинах")
    r1 = f("in_difficult_circumstances", "families", 38, "ухилення батьків від виконання обов'язків (38 сімей)",
           label="ухилення батьків від виконання обов'язків", parent=sj)
    r2 = f("in_difficult_circumstances", "families", 21, "домашнє насильство (21 сім'я)", label="домашнє насильство", parent=sj)
    ss = f("served", "families", 78, "Упродовж року під нашим соціальним супроводом перебували 78 сімей",
           service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 142, "у яких виховується 142 дитини", service="social_support_sjo", alt=["support_ongoing"], parent=ss)
    st = f("support_started", "families", 41, "Нових сімей ми взяли 41.", service="social_support_sjo", parent=ss)
    sc = f("support_completed", "families", 45, "Закінчили супровід 45 сімей", service="social_support_sjo", parent=ss)
    o1 = f("outcome_positive", "families", 30, "30 подолали складні обставини", service="social_support_sjo", group="completed_45", parent=sc)
    o2 = f("outcome_minimized", "families", 11, "11 їх мінімізували", service="social_support_sjo", group="completed_45", parent=sc)
    o3 = f("outcome_negative", "families", 4, "у 4 сімей результату досягти не вдалося", service="social_support_sjo", group="completed_45", parent=sc)
    on = f("support_ongoing", "families", 33, "На 2024 рік супровід перейшов для 33 сімей", service="social_support_sjo", parent=ss)
    ff = f("served", "families", 4, "ми супроводжуємо 4 прийомні сім'ї", service="social_support_foster", category="прийомні сім'ї")
    fd = f("served", "families", 2, "2 дитячі будинки сімейного типу", service="social_support_foster", category="дитячі будинки сімейного типу")
    f("served", "children", 21, "де виховується 21 дитина", service="social_support_foster",
      note="children of both the foster families and the ДБСТ; hangs on neither alone")
    sv = f("services_provided", "services", 3286, "Загалом надано 3 286 соціальних послуг")
    sv1 = f("services_provided", "services", 1904, "консультування (1 904)", service="counselling", parent=sv)
    sv2 = f("services_provided", "services", 812, "інформування (812)", service="informing", parent=sv)
    f("calls", "calls", 212, "На телефон довіри Центру надійшло 212 дзвінків")
    et = f("events", "events", 41, "разом 41 захід")
    e1 = f("events", "events", 24, "Ми провели 24 тренінги", label="тренінги", group="events_41", parent=et)
    e2 = f("events", "events", 17, "17 «батьківських кав»", label="«батьківські кави»", group="events_41", parent=et)
    f("event_participants", "persons", 618, "у яких узяли участь 618 учасників", parent=et)
    sr = f("survey_respondents", "recipients", 88, "Восени ми опитали 88 отримувачів", unit_alt="persons")
    sf = f("survey_respondents", "recipients", 82, "82 з них (93,2 %) повністю задоволені послугами", percent=93.2,
           label="повністю задоволені послугами", unit_alt="persons", parent=sr)
    f("complaints", "complaints", 0, "Скарг за рік не було.")
    sa = f("staff_actual", "staff", 15, "Наша команда – 15 працівників")
    sp = f("staff_positions", "positions", 17, "при 17 штатних посадах")
    f("staff_trained", "staff", 9, "9 фахівців пройшли навчання")

    g.slip("internal_conflict", "error", "соціальний супровід отримали 73 сім'ї", 73, 78, [ss0, ss],
           "the summary says 73 families received social support; the body says 78 were under support during the year, "
           "and its own parts agree with 78 (45 completed + 33 continued into 2024).",
           f"f{n(ss0)} == f{n(ss)}")
    g.check("parts_sum", "Закінчили супровід 45 сімей", "45 completed + 33 continued = 78; 41 new ≤ 78",
            f"f{n(sc)} + f{n(on)} == f{n(ss)} and f{n(st)} <= f{n(ss)}")
    g.check("parts_sum", "Закінчили супровід 45 сімей: 30 подолали складні обставини", "30 + 11 + 4 = 45", f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(sc)}")
    g.check("table_arithmetic", TOT, "96 + 88 + 102 + 119 = 405", " + ".join("f" + n(x) for x in qa) + f" == f{n(at)}")
    g.check("table_arithmetic", TOT, "IDP column: 41 + 37 + 40 + 52 = 170", " + ".join("f" + n(x) for x in qv) + f" == f{n(av)}")
    g.check("internal_conflict", "До нас звернулися 405 мешканців громади", "summary 405 = table Разом 405", f"f{n(a0)} == f{n(at)}")
    g.check("internal_conflict", "Загалом надано 3 286 соціальних послуг", "summary 3 286 = body 3 286", f"f{n(s0)} == f{n(sv)}")
    g.check("parts_sum", "оцінили потреби 141 сім'ї", "97 ≤ 141 ≤ 163; the two most frequent reasons 38 + 21 ≤ 97",
            f"f{n(sj)} <= f{n(na)} <= f{n(nt)} and f{n(r1)} + f{n(r2)} <= f{n(sj)}")
    g.check("parts_sum", "найбільше серед них – консультування (1 904) та інформування (812)", "1 904 + 812 ≤ 3 286 (a «серед них», not a partition)",
            f"f{n(sv1)} + f{n(sv2)} <= f{n(sv)}")
    g.check("parts_sum", "разом 41 захід", "24 + 17 = 41", f"f{n(e1)} + f{n(e2)} == f{n(et)}")
    g.check("percent_mismatch", "82 з них (93,2 %)", "82 / 88 = 93,18 % → 93,2", f"pct_ok(p{n(sf)}, f{n(sf)}, f{n(sr)}, 1)")
    g.check("parts_sum", "Наша команда – 15 працівників при 17 штатних посадах", "15 ≤ 17", f"f{n(sa)} <= f{n(sp)}")

    g.skip("Харківська область, 63304, м. Красноград, вул. Полтавська, 98, тел. (05744) 0-71-32, код ЄДРПОУ 43917260",
           [63304, 98, 5744, 7132, 43917260], "postcode, address, phone, ЄДРПОУ")
    g.skip("Звіт про роботу Центру соціальних служб за 2023 рік", [2023], "year")
    g.skip("погоджено 12.01.2024", [12, 1, 2024], "date")
    g.skip("2023 рік ми пропрацювали в умовах воєнного стану", [2023], "year")
    g.skip("у 2023 році в громаді створено ще 1 прийомну сім'ю", [2023, 1], "family-form created (no §3 id)")
    g.skip("обсягом 40 годин", [40], "duration")
    g.skip("Плануємо відкрити кімнату підтримки для 2 старостинських округів і збільшити кількість сімей під супроводом до 90.",
           [2, 90], "plan for 2024")
    g.skip("Плани на 2024 рік", [2024], "year")
    g.note("first person plural throughout; «ми супроводжуємо» in an annual report is read as the year's figure")
    g.note("the summary repeats 405 appeals and 3 286 services: two facts each; its 73 families under support conflict with the body's 78 (the slip)")
    g.note("the quarterly table: each quarter row gives an appeals fact and an IDP fact, hanging on the Разом cells of their columns")
    g.note("38 and 21 are the «найчастіші причини» of the 97 families in СЖО: parent_id, no group (not a partition)")
    g.note("the 24 trainings and 17 «батьківські кави» are written before their total «разом 41 захід»: parts with parent_id and one group")
    g.note("«у 4 сімей результату досягти не вдалося» → outcome_negative")
    return g


if __name__ == "__main__":
    build(report_path(DOC))
    gold().write()
