"""b62_08: Центр соціальних служб Шалигинської селищної ради (Сумська): information on the state of
implementation of the 2024 plan of measures against domestic violence. DOCX with the plan table
«№ з/п | Захід | Термін виконання | Відповідальні | Стан виконання»; the figures sit inside the prose of the
«Стан виконання» cells; deadlines and order numbers in other cells; some rows without figures.
Planted slip: parts_sum (8 completed = 6 positive + 3 minimized = 9)."""
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b62_08_shalyhyne_css_plan2024.docx"

HEAD = [
    "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ШАЛИГИНСЬКОЇ СЕЛИЩНОЇ РАДИ",
    "41120, Сумська обл., Шосткинський р-н, смт Шалигине, вул. Садова, 7, тел. (05449) 0-22-15",
    "Вих. № 02-14/56 від 14.01.2025",
    "ІНФОРМАЦІЯ",
    "про стан виконання Плану заходів щодо запобігання та протидії домашньому насильству і насильству за ознакою статі в Шалигинській селищній територіальній громаді на 2024 рік (затверджений рішенням виконавчого комітету від 25.01.2024 № 14)",
    "Із 11 заходів Плану виконано 6, виконуються постійно 3, виконано частково 1, не виконано 1.",
]
ROWS = [
    ("№ з/п", "Захід", "Термін виконання", "Відповідальні", "Стан виконання"),
    ("1", "Забезпечити роботу мобільної бригади соціально-психологічної допомоги особам, які постраждали від домашнього насильства",
     "Постійно", "ЦСС",
     "Виконується постійно. Мобільна бригада (3 фахівці, наказ від 11.01.2024 № 4) здійснила 64 виїзди, допомогу надано 38 особам, з них 9 дітям."),
    ("2", "Проводити оцінювання потреб сімей, у яких виявлено ознаки домашнього насильства", "Протягом року", "ЦСС",
     "Виконано. Надійшли повідомлення щодо 27 сімей. Оцінювання потреб проведено 25 сім'ям, у 19 з них (в них 31 дитина) виявлено складні життєві обставини."),
    ("3", "Здійснювати соціальний супровід сімей, у яких виявлено факти домашнього насильства", "Протягом року", "ЦСС",
     "Виконано. Під соціальним супроводом перебувало 14 сімей (23 дитини), завершено супровід 8 сімей: з позитивним результатом – 6, мінімізовано складні життєві обставини – 3."),
    ("4", "Провести тренінги для батьків «Батьківство без насильства»", "II–III квартали 2024 р.", "ЦСС, відділ освіти",
     "Виконано. Проведено 12 тренінгів, охоплено 214 осіб."),
    ("5", "Провести інформаційну кампанію «16 днів проти насильства»", "25.11–10.12.2024", "ЦСС, служба у справах дітей",
     "Виконано. Проведено 9 заходів (флешмоби, лекції у 7 закладах освіти), учасниками стали 486 осіб; розповсюджено 1 200 буклетів."),
    ("6", "Облаштувати кризову кімнату для тимчасового перебування постраждалих осіб", "до 01.10.2024", "Виконавчий комітет, ЦСС",
     "Не виконано. Відсутнє приміщення, питання перенесено до Плану на 2025 рік."),
    ("7", "Забезпечити навчання фахівців роботі з постраждалими та кривдниками", "Протягом року", "ЦСС",
     "Виконано. 4 фахівці пройшли навчання за програмою «Робота з кривдниками» (48 год), отримали сертифікати."),
    ("8", "Забезпечити роботу телефону «гарячої лінії» Центру", "Постійно", "ЦСС",
     "Виконується постійно. Надійшов 31 дзвінок, з них 11 – щодо домашнього насильства."),
    ("9", "Направляти кривдників на проходження програми для кривдників", "Протягом року", "ЦСС, сектор ювенальної превенції",
     "Виконано частково. Направлено 7 кривдників, програму завершили 4 особи."),
    ("10", "Подавати інформацію до Сумської обласної військової адміністрації", "Щокварталу до 5 числа", "ЦСС",
     "Виконується постійно."),
    ("11", "Надавати послугу консультування постраждалим особам", "Протягом року", "ЦСС",
     "Виконано. Консультування отримали 57 осіб, надано 133 консультації."),
]
TAIL = [
    "Станом на 31.12.2024 у Центрі працює 5 фахівців при 6 штатних посадах.",
    "Директор Центру                                             ________",
    "Виконавець: 0-22-17",
]


def build(path):
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    for s in HEAD:
        d.add_paragraph(s)
    # header, a row of column numbers «1 2 3 4 5» (usual in plan tables), section rows merged across
    # the table, and «Стан виконання» cells split into two paragraphs (status / account)
    t = d.add_table(rows=0, cols=5)
    t.style = "Table Grid"

    def row(cells):
        r = t.add_row()
        for j, c in enumerate(cells):
            cell = r.cells[j]
            parts = c.split(". ", 1) if j == 4 and ". " in c else [c]
            cell.text = parts[0] + ("." if len(parts) > 1 else "")
            if len(parts) > 1:
                cell.add_paragraph(parts[1])
        return r

    def section(title):
        r = t.add_row()
        m = r.cells[0].merge(r.cells[4])
        m.text = title

    row(ROWS[0])
    row(("1", "2", "3", "4", "5"))
    for r in ROWS[1:]:
        if r[0] == "1":
            section("I. Запобігання домашньому насильству та надання допомоги постраждалим особам")
        if r[0] == "7":
            section("II. Організаційне забезпечення")
        row(r)
    for s in TAIL:
        d.add_paragraph(s)
    fix_docx_props(d, "ЦСС")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Шалигинської селищної ради",
        "centre_type": "css", "settlement": "Шалигине", "oblast": "Сумська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"report_kind": ["other", "period_report"]})
    c = {r[0]: r[4] for r in ROWS}
    f1 = g.f("served", "persons", 38, "допомогу надано 38 особам", label="мобільна бригада соціально-психологічної допомоги")
    g.f("served", "children", 9, "з них 9 дітям", label="мобільна бригада соціально-психологічної допомоги", parent=f1)
    g.f("notified", "families", 27, "Надійшли повідомлення щодо 27 сімей")
    f4 = g.f("needs_assessed", "families", 25, "Оцінювання потреб проведено 25 сім'ям")
    f5 = g.f("in_difficult_circumstances", "families", 19, "у 19 з них (в них 31 дитина) виявлено складні життєві обставини", parent=f4)
    g.f("in_difficult_circumstances", "children", 31, "(в них 31 дитина)", parent=f5)
    f7 = g.f("served", "families", 14, "Під соціальним супроводом перебувало 14 сімей", service="social_support_sjo", alt=["support_ongoing"])
    g.f("served", "children", 23, "(23 дитини)", service="social_support_sjo", alt=["support_ongoing"], parent=f7)
    f9 = g.f("support_completed", "families", 8, "завершено супровід 8 сімей", service="social_support_sjo", parent=f7)
    g.f("outcome_positive", "families", 6, "з позитивним результатом – 6", service="social_support_sjo", group="completed_8_by_outcome", parent=f9)
    g.f("outcome_minimized", "families", 3, "мінімізовано складні життєві обставини – 3", service="social_support_sjo",
        group="completed_8_by_outcome", parent=f9)
    f12 = g.f("events", "events", 12, "Проведено 12 тренінгів", label="тренінги «Батьківство без насильства»")
    g.f("event_participants", "persons", 214, "охоплено 214 осіб", parent=f12)
    f14 = g.f("events", "events", 9, "Проведено 9 заходів", label="кампанія «16 днів проти насильства»")
    g.f("event_participants", "persons", 486, "учасниками стали 486 осіб", parent=f14)
    g.f("staff_trained", "staff", 4, "4 фахівці пройшли навчання")
    f17 = g.f("calls", "calls", 31, "Надійшов 31 дзвінок")
    g.f("calls", "calls", 11, "з них 11 – щодо домашнього насильства", label="щодо домашнього насильства", parent=f17)
    g.f("served", "persons", 57, "Консультування отримали 57 осіб", service="counselling")
    g.f("services_provided", "services", 133, "надано 133 консультації", service="counselling")
    g.f("staff_actual", "staff", 5, "у Центрі працює 5 фахівців")
    g.f("staff_positions", "positions", 6, "при 6 штатних посадах")

    g.slip("parts_sum", "error", c["3"], 9, 8, ["f9", "f10", "f11"],
           "the two outcomes of the completed support (positive 6, minimized 3) sum to 9, one more than the 8 families completed",
           "f10 + f11 == f9")
    g.check("parts_sum", "Із 11 заходів Плану виконано 6, виконуються постійно 3, виконано частково 1, не виконано 1.",
            "6 + 3 + 1 + 1 = 11 (statuses of the plan's rows; no §3 id, literals)", "6 + 3 + 1 + 1 == 11")
    g.check("parts_sum", "Оцінювання потреб проведено 25 сім'ям, у 19 з них", "19 ≤ 25 ≤ 27", "f5 <= f4 <= f3")
    g.check("parts_sum", "допомогу надано 38 особам, з них 9 дітям", "9 ≤ 38", "f2 <= f1")
    g.check("parts_sum", "Надійшов 31 дзвінок, з них 11", "11 ≤ 31", "f18 <= f17")
    g.check("parts_sum", "Під соціальним супроводом перебувало 14 сімей", "8 completed ≤ 14", "f9 <= f7")
    g.check("parts_sum", "у Центрі працює 5 фахівців при 6 штатних посадах", "5 ≤ 6; 4 trained ≤ 5", "f21 <= f22 and f16 <= f21")

    g.skip("41120, Сумська обл., Шосткинський р-н, смт Шалигине, вул. Садова, 7, тел. (05449) 0-22-15", [41120, 7, 5449, 2215],
           "postcode, address, phone")
    g.skip("Вих. № 02-14/56 від 14.01.2025", [2, 14, 56, 14, 1, 2025], "outgoing number and date")
    g.skip("на 2024 рік (затверджений рішенням виконавчого комітету від 25.01.2024 № 14)", [2024, 25, 1, 2024, 14], "plan year, decision date and number")
    g.skip("Із 11 заходів Плану виконано 6, виконуються постійно 3, виконано частково 1, не виконано 1.", [11, 6, 3, 1, 1],
           "counts of plan measures by status (no §3 id; used as literals)")
    g.skip("Мобільна бригада (3 фахівці, наказ від 11.01.2024 № 4) здійснила 64 виїзди", [3, 11, 1, 2024, 4, 64],
           "team size, order date and number, trips")
    g.skip("II–III квартали 2024 р.", [2, 3, 2024], "deadline cell")
    g.skip("Провести інформаційну кампанію «16 днів проти насильства»", [16], "name of the campaign")
    g.skip("25.11–10.12.2024", [25, 11, 10, 12, 2024], "deadline cell")
    g.skip("лекції у 7 закладах освіти", [7], "number of schools")
    g.skip("розповсюджено 1 200 буклетів", [1200], "items handed out")
    g.skip("до 01.10.2024", [1, 10, 2024], "deadline cell")
    g.skip("питання перенесено до Плану на 2025 рік", [2025], "plan year")
    g.skip("(48 год)", [48], "duration of the course")
    g.skip("Направлено 7 кривдників, програму завершили 4 особи.", [7, 4], "perpetrators referred to / completing a programme (no §3 id)")
    g.skip("Подавати інформацію до Сумської обласної військової адміністрації\tЩокварталу до 5 числа", [5], "deadline day")
    g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")
    g.skip("Виконавець: 0-22-17", [2217], "phone")
    g.skip("№ з/п", list(range(1, 12)), "row numbers 1–11")
    g.skip("1\t2\t3\t4\t5", [1, 2, 3, 4, 5], "column numbers row under the table header")
    g.skip("I. Запобігання домашньому насильству", [1, 2], "section numbers I, II (merged rows)")
    g.note("the plan table: every figure is a fact quoted by the clause of its «Стан виконання» cell; rows 6 and 10 have no figures; "
           "row 9 (perpetrators referred / completed the programme) has no §3 id")
    g.note("«допомогу надано 38 особам, з них 9 дітям» (mobile team) → served persons with a label and a children row hanging on it")
    g.note("«Надійшли повідомлення щодо 27 сімей» → notified; «у 19 з них (в них 31 дитина) виявлено СЖО» → in_difficult_circumstances families + children")
    g.note("a report on a year's plan of measures: report_kind annual_report, with other / period_report accepted")
    g.write()


if __name__ == "__main__":
    main()
