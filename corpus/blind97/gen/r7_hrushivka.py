"""b97_07: ТЦСО Грушівської сільської ради (Дніпропетровська), information for Q3 2024 in the district's
template: a two-column «Показник | Значення» table (DOCX) whose value cells hold breakdowns, fractions with
footnotes and remarks. Planted slip: parts_sum (reasons for taking people off the register)."""
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b97_07_hrushivka_tcso_q3_2024.docx"

BEFORE = [
    ("r", "Додаток 2"),
    ("r", "до розпорядження начальника Криворізької районної військової адміністрації від 12.03.2024 № 84"),
    ("cb", "ІНФОРМАЦІЯ"),
    ("cb", "про діяльність закладу, що надає соціальні послуги, за ІІІ квартал 2024 року"),
    ("p", "Найменування закладу: Територіальний центр соціального обслуговування (надання соціальних послуг) "
          "Грушівської сільської ради Криворізького району Дніпропетровської області"),
    ("p", "Код ЄДРПОУ: 41276058. Адреса: 53030, с. Грушівка, вул. Садова, 12. Телефон: (0564) 0-72-36"),
    ("p", "Звітний період: липень – вересень 2024 року (дані станом на 01.10.2024)"),
]
ROWS = [
    ("Показник", "Значення"),
    ("1. Кількість осіб, які отримували соціальні послуги у звітному періоді, осіб",
     "146 (з них ВПО – 38; осіб з інвалідністю – 41)"),
    ("1.1. у т. ч. догляд вдома", "64 (з них одиноких – 27)"),
    ("1.2. денний догляд", "18"),
    ("1.3. натуральна допомога", "52"),
    ("1.4. соціальне таксі", "12 / 14*"),
    ("2. Кількість наданих соціальних послуг (усього), од.", "7 318"),
    ("3. Кількість осіб, взятих на обслуговування у звітному періоді", "11"),
    ("4. Кількість осіб, знятих з обслуговування у звітному періоді, із зазначенням причин",
     "9 (смерть – 5; зміна місця проживання – 2; влаштування до стаціонарного закладу – 1; відмова від послуг – 2)"),
    ("5. Перебуває на обслуговуванні на кінець звітного періоду, осіб", "131"),
    ("6. Кількість звернень щодо надання соціальних послуг, од.", "23 (усі розглянуто; у 2 випадках відмовлено)"),
    ("7. Проведено визначення індивідуальних потреб, осіб", "17"),
    ("8. Кількість скарг отримувачів", "0 (скарг не надходило)"),
    ("9. Проведення групових (масових) заходів (так/ні, кількість)", "так, 3 заходи (учасників – 47)"),
    ("10. Штатна чисельність / фактично працюючих, од.", "24,5 / 22"),
    ("10.1. з них соціальних робітників", "17 / 16"),
    ("11. Підвищили кваліфікацію у звітному періоді, осіб", "3 (онлайн-курси НССУ)"),
    ("12. Касові видатки загального фонду, тис. грн", "1 912,4 (кошторисні призначення на квартал – 1 987,0)"),
    ("13. Економія коштів загального фонду, тис. грн (%)", "74,6 (3,8 %)"),
    ("14. Надходження до спеціального фонду від платних послуг, тис. грн", "41,3"),
    ("15. Вартість наданої натуральної допомоги, грн", "28 640 (продуктові набори – 96 шт.)"),
    ("16. Опитано отримувачів / частка задоволених якістю послуг, %", "40 / 95 %"),
    ("17. Довідково: кількість отримувачів за ІІІ квартал 2023 року", "139"),
    ("18. Довідково: чисельність населення громади, осіб", "11 870"),
]
AFTER = [
    ("p", "* у чисельнику – кількість осіб, у знаменнику – кількість наданих послуг (поїздок)."),
    ("p", "Примітка. Відділення денного догляду з 15.08.2024 по 26.08.2024 не працювало у зв'язку з ремонтом "
          "системи опалення; у вересні поновлено роботу в повному обсязі."),
    ("p", "Директор ____________                      02.10.2024"),
    ("p", "Виконавець: бухгалтер-економіст, тел. (0564) 0-72-38"),
]


def build_docx(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    for k, t in BEFORE:
        p = d.add_paragraph()
        if k == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run(t).italic = True
        elif k == "cb":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(t).bold = True
        else:
            p.add_run(t)
    tb = d.add_table(rows=len(ROWS), cols=2)
    tb.style = "Table Grid"
    for i, (a, b) in enumerate(ROWS):
        tb.cell(i, 0).text = a
        tb.cell(i, 1).text = b
        tb.cell(i, 0).width = Cm(11)
        tb.cell(i, 1).width = Cm(6)
        if i == 0:
            for c in (0, 1):
                for r in tb.cell(i, c).paragraphs[0].runs:
                    r.bold = True
    for k, t in AFTER:
        d.add_paragraph(t)
    fix_docx_props(d, author="ТЦСО Грушівської сільської ради")
    d.save(path)
    freeze_zip(path)


def row(i):
    a, b = ROWS[i]
    return f"{a}\t{b}"


def build():
    path = report_path(DOC)
    build_docx(path)
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Грушівської сільської ради",
        "centre_type": "tcso",
        "settlement": "Грушівка",
        "oblast": "Дніпропетровська",
        "report_kind": "period_report",
        "period_start": "2024-07-01",
        "period_end": "2024-09-30",
    }, meta_alt={"centre": [
        "Територіальний центр соціального обслуговування (надання соціальних послуг) Грушівської сільської ради "
        "Криворізького району Дніпропетровської області"]})
    f1 = g.f("served", "persons", 146, row(1))
    f2 = g.f("served", "persons", 38, "з них ВПО – 38", category="внутрішньо переміщені особи", parent=f1)
    f3 = g.f("served", "persons", 41, "осіб з інвалідністю – 41", category="особи з інвалідністю", parent=f1)
    f4 = g.f("served", "persons", 64, row(2), service="home_care", group="served_146_by_service", parent=f1)
    f5 = g.f("served", "persons", 27, "з них одиноких – 27", service="home_care", category="одинокі", parent=f4)
    f6 = g.f("served", "persons", 18, row(3), service="day_care", group="served_146_by_service", parent=f1)
    f7 = g.f("served", "persons", 52, row(4), service="natural_aid", group="served_146_by_service", parent=f1)
    f8 = g.f("served", "persons", 12, row(5), service="social_taxi", group="served_146_by_service", parent=f1,
             note="«12 / 14*»: the footnote says numerator = persons")
    f9 = g.f("services_provided", "services", 14, row(5), service="social_taxi",
             note="«12 / 14*»: the footnote says denominator = services (trips)")
    f10 = g.f("services_provided", "services", 7318, row(6))
    f11 = g.f("served", "persons", 11, row(7), label="взято на обслуговування",
              alt=["registered_new", "support_started"])
    f12 = g.f("deregistered", "persons", 9, row(8))
    reasons = [(5, "смерть – 5", "смерть"), (2, "зміна місця проживання – 2", "зміна місця проживання"),
               (1, "влаштування до стаціонарного закладу – 1", "влаштування до стаціонарного закладу"),
               (2, "відмова від послуг – 2", "відмова від послуг")]
    rid = [g.f("deregistered", "persons", v, q, label=lab, group="deregistered_9_by_reason", parent=f12)
           for v, q, lab in reasons]
    f17 = g.f("support_ongoing", "persons", 131, row(9), alt=["served"],
              label="на обслуговуванні на кінець звітного періоду")
    f18 = g.f("applied", "applications", 23, row(10))
    f19 = g.f("needs_assessed", "persons", 17, row(11))
    f20 = g.f("complaints", "complaints", 0, row(12))
    f21 = g.f("events", "events", 3, "так, 3 заходи")
    f22 = g.f("event_participants", "persons", 47, "(учасників – 47)", parent=f21)
    f23 = g.f("staff_positions", "positions", 24.5, row(14))
    f24 = g.f("staff_actual", "staff", 22, row(14))
    f25 = g.f("staff_positions", "positions", 17, row(15), label="соціальні робітники", parent=f23)
    f26 = g.f("staff_actual", "staff", 16, row(15), label="соціальні робітники", parent=f24)
    f27 = g.f("staff_trained", "staff", 3, row(16))
    f28 = g.f("budget_spent", "uah", 1912400, "1 912,4 (кошторисні призначення", label="загальний фонд, касові видатки")
    f29 = g.f("budget_approved", "uah", 1987000, "кошторисні призначення на квартал – 1 987,0",
              label="загальний фонд, кошторисні призначення на квартал")
    f30 = g.f("budget_savings", "uah", 74600, row(18), percent=3.8, label="загальний фонд")
    f31 = g.f("budget_received", "uah", 41300, row(19), label="спеціальний фонд, платні послуги")
    f32 = g.f("aid_value", "uah", 28640, "28 640 (продуктові набори", service="natural_aid")
    f33 = g.f("survey_respondents", "recipients", 40, row(21), unit_alt="persons")
    f34 = g.f("satisfaction", "percent", 95, row(21), label="частка задоволених якістю послуг", alt=["share"])

    g.slip("parts_sum", "error", row(8), 9, 10, [f12] + rid,
           "9 persons taken off «із зазначенням причин»: 5 + 2 + 1 + 2 = 10, one more than the 9 stated. Each "
           "person leaves for one reason, so the reasons are a partition.",
           " + ".join(rid) + " == f12")

    g.check("parts_sum", row(2), "64 + 18 + 52 + 12 = 146 (services 1.1–1.4, «у т. ч.»)", "f4 + f6 + f7 + f8 == f1")
    g.check("parts_sum", row(1), "overlapping categories: 38 IDPs and 41 disabled each ≤ 146; 27 single ≤ 64",
            "f2 <= f1 and f3 <= f1 and f5 <= f4")
    g.check("table_arithmetic", row(18), "економія = призначення − видатки: 1 987,0 − 1 912,4 = 74,6 тис. грн",
            "f29 - f28 == f30")
    g.check("percent_mismatch", row(18), "74,6 / 1 987,0 = 3,75 % → 3,8", "pct_ok(p30, f30, f29, 1)")
    g.check("percent_impossible", row(21), "95 % of 40 = 38 persons", "grim_ok(f34, f33, 0)")
    g.check("parts_sum", row(15), "17 ≤ 24,5 positions; 16 ≤ 22 working; 22 ≤ 24,5", "f25 <= f23 and f26 <= f24 and f24 <= f23")
    g.check("parts_sum", row(9), "131 at the end of the quarter ≤ 146 served during it; 11 taken on ≤ 146",
            "f17 <= f1 and f11 <= f1")

    g.skip("до розпорядження начальника Криворізької районної військової адміністрації від 12.03.2024 № 84",
           [12, 3, 2024, 84], "order date and number")
    g.skip("Додаток 2", [2], "annex number")
    g.skip("за ІІІ квартал 2024 року", [2024], "period in the title")
    g.skip("Код ЄДРПОУ: 41276058. Адреса: 53030, с. Грушівка, вул. Садова, 12. Телефон: (0564) 0-72-36",
           [41276058, 53030, 12, 564, 0, 72, 36], "ЄДРПОУ, postcode, address, phone")
    g.skip("Звітний період: липень – вересень 2024 року (дані станом на 01.10.2024)", [2024, 1, 10, 2024],
           "period and date")
    g.skip("1. Кількість осіб, які отримували соціальні послуги у звітному періоді, осіб",
           [1, 1.1, 1.2, 1.3, 1.4, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10.1, 11, 12, 13, 14, 15, 16, 17, 18],
           "row numbers of the template")
    g.skip("(усі розглянуто; у 2 випадках відмовлено)", [2], "refusals (no §3 id)")
    g.skip("(продуктові набори – 96 шт.)", [96], "items")
    g.skip(row(22), [3, 2023, 139], "prior-year figure («Довідково»)")
    g.skip(row(23), [11870], "population («Довідково»)")
    g.skip("з 15.08.2024 по 26.08.2024 не працювало", [15, 8, 2024, 26, 8, 2024], "dates of a closure")
    g.skip("Директор ____________ 02.10.2024", [2, 10, 2024], "signature date")
    g.skip("Виконавець: бухгалтер-економіст, тел. (0564) 0-72-38", [564, 0, 72, 38], "phone")

    g.note("less common style: the district's two-column template «Показник | Значення». The reader prints each row "
           "as «indicator<TAB>value»; facts whose value cell holds one figure are quoted by the whole row, parts "
           "written inside a cell by the piece of the cell")
    g.note("the indicator wording comes from the template's left column; row 1.1–1.4 («у т. ч.») are a partition "
           "of row 1 by service (group); «з них ВПО – 38; осіб з інвалідністю – 41» and «з них одиноких – 27» "
           "are overlapping categories (parent only)")
    g.note("«12 / 14*» with the footnote «у чисельнику – кількість осіб, у знаменнику – кількість наданих послуг "
           "(поїздок)» → served 12 (social_taxi) and services_provided 14 (social_taxi)")
    g.note("«24,5 / 22» and «17 / 16» (штатна чисельність / фактично працюючих) → staff_positions and staff_actual; "
           "the social-worker row hangs on the totals")
    g.note("«Перебуває на обслуговуванні на кінець звітного періоду» → support_ongoing (alt served), as SPEC's "
           "«на кінець періоду отримують»")
    g.note("«0 (скарг не надходило)» → complaints 0; «так, 3 заходи (учасників – 47)» → events 3, "
           "event_participants 47")
    g.note("«1 912,4 (кошторисні призначення на квартал – 1 987,0)» → budget_spent and budget_approved (the "
           "quarter's allocation); «74,6 (3,8 %)» → budget_savings with percent 3,8")
    g.note("«40 / 95 %» → survey_respondents 40 (recipients, unit_alt persons) and satisfaction 95")
    g.note("rows 17–18 «Довідково» (2023 figure, population) are skipped")
    g.write()


if __name__ == "__main__":
    build()
