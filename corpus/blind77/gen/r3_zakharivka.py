"""b77_03: КУ «ЦНСП» Захарівської селищної ради (Одеська), information for 9 months of 2024. DOCX with a table."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip, read_text

DOC = "b77_03_zakharivka_cnsp_9m2024.docx"

ROWS = [
    ("1", "Догляд вдома", "84", "11", "9 652"),
    ("2", "Денний догляд", "23", "4", "2 108"),
    ("3", "Консультування", "219", "57", "486"),
    ("4", "Інформування", "305", "88", "612"),
    ("5", "Соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах", "27", "6", "341"),
    ("6", "Натуральна допомога", "176", "93", "176"),
    ("7", "Соціальна адаптація", "18", "2", "94"),
]
TOTAL = ("Усього", "852", "261", "13 496")

PARAS_BEFORE = [
    ("c", "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»\nЗАХАРІВСЬКОЇ СЕЛИЩНОЇ РАДИ\nРОЗДІЛЬНЯНСЬКОГО РАЙОНУ ОДЕСЬКОЇ ОБЛАСТІ"),
    ("c", "67000, смт Захарівка, вул. Соборна, 9, тел. (04860) 0-35-12, код ЄДРПОУ 43927156"),
    ("l", "03.10.2024 № 01-09/217"),
    ("c", "ІНФОРМАЦІЯ\nпро надання соціальних послуг за 9 місяців 2024 року"),
    ("j", "На виконання листа управління соціального захисту населення Роздільнянської районної державної адміністрації від 02.10.2024 № 01-12/1874 КУ «Центр надання соціальних послуг» Захарівської селищної ради (далі – Центр) інформує про результати роботи за січень – вересень 2024 року."),
    ("j", "Центр обслуговує 27 населених пунктів громади. Послуги надаються за місцем проживання отримувачів, у приміщенні Центру та у 4 пунктах надання послуг при старостатах."),
    ("j", "За 9 місяців 2024 року до Центру надійшло 143 заяви про надання соціальних послуг. За результатами їх розгляду прийнято 137 рішень про надання послуг та 6 рішень про відмову (у зв'язку з відсутністю права). Фахівці Центру провели оцінку потреб 131 сім'ї/особи."),
    ("j", "Всього соціальні послуги отримали 852 особи, у тому числі 261 внутрішньо переміщена особа. Порівняно з 9 місяцями 2023 року кількість отримувачів зросла на 96 осіб (тоді – 756)."),
    ("l", "Таблиця 1. Надання соціальних послуг у січні – вересні 2024 року"),
]
PARAS_AFTER = [
    ("j", "Послугу догляду вдома надають 12 соціальних робітників, на одного з них припадає в середньому 7 отримувачів. Для 31 отримувача послуга надається платно (тариф – 68,40 грн за годину), для решти – безоплатно."),
    ("j", "Із 27 сімей, які перебували під соціальним супроводом, у 9 сім'ях супровід завершено: у 6 – з позитивним результатом, у 2 – у зв'язку з переїздом за межі громади, в 1 – у зв'язку зі смертю отримувача. Тривалість супроводу не перевищувала 6 місяців."),
    ("j", "Натуральну допомогу (продуктові набори, засоби гігієни, тепловентилятори) отримали 176 осіб. Видано 412 одиниць допомоги на загальну суму 529,6 тис. грн, надану благодійними організаціями."),
    ("j", "Фахівці Центру провели 14 інформаційних зустрічей у 9 старостатах, ними охоплено 263 особи."),
    ("j", "У вересні 2024 року Центр опитав 64 отримувачі послуг: 92,2 % опитаних оцінили якість послуг як добру. Скарг від отримувачів не надходило."),
    ("j", "Штатний розпис Центру – 24,5 штатної одиниці, фактично працюють 22 працівники, з них 12 – соціальні робітники. Протягом звітного періоду 4 фахівці пройшли навчання за програмою підвищення кваліфікації (40 годин)."),
    ("j", "У IV кварталі 2024 року заплановано 3 виїзди мобільної бригади до найвіддаленіших сіл."),
    ("l", "Директор КУ «ЦНСП»                              ____________"),
    ("l", "Вик.: фахівець із соціальної роботи, тел. (04860) 0-35-14"),
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    al = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY}
    for a, t in PARAS_BEFORE:
        p = d.add_paragraph()
        p.alignment = al[a]
        lines = t.split("\n")
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            r.bold = a == "c"
            if i < len(lines) - 1:
                r.add_break()
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("№ з/п", "Соціальна послуга", "Отримувачі, осіб", "з них ВПО", "Надано послуг")):
        c.text = h
    for row in ROWS:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    cells = t.add_row().cells
    m = cells[0].merge(cells[1])
    m.text = TOTAL[0]
    for c, v in zip(cells[2:], TOTAL[1:]):
        c.text = v
    for a, tx in PARAS_AFTER:
        p = d.add_paragraph(tx)
        p.alignment = al[a]
    fix_docx_props(d, author="КУ ЦНСП")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    text = read_text(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Захарівської селищної ради", "centre_type": "cnsp",
        "settlement": "Захарівка", "oblast": "Одеська", "report_kind": "period_report",
        "period_start": "2024-01-01", "period_end": "2024-09-30"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Захарівської селищної ради",
                             "КУ «Центр надання соціальних послуг» Захарівської селищної ради"]})
    f = g.f

    def row_quote(r):
        q = "\t".join(r)
        assert q in text, q
        return q
    f("applied", "applications", 143, "до Центру надійшло 143 заяви про надання соціальних послуг")
    f("needs_assessed", "families_persons", 131, "Фахівці Центру провели оцінку потреб 131 сім'ї/особи")
    f3 = f("served", "persons", 852, "Всього соціальні послуги отримали 852 особи")
    f("served", "persons", 261, "у тому числі 261 внутрішньо переміщена особа", category="внутрішньо переміщені особи",
      parent=f3)
    tq = row_quote(("Усього",) + TOTAL[1:])
    ft_r = f("served", "persons", 852, tq, label="Усього")
    ft_v = f("served", "persons", 261, tq, label="Усього", category="внутрішньо переміщені особи", parent=ft_r)
    ft_s = f("services_provided", "services", 13496, tq, label="Усього")
    svc = ["home_care", "day_care", "counselling", "informing", "social_support_sjo", "natural_aid", "social_adaptation"]
    ids = []
    for r, sv in zip(ROWS, svc):
        q = row_quote(r)
        a = f("served", "persons", int(r[2]), q, service=sv, group="table_recipients_by_service", parent=ft_r,
              alt=["support_ongoing"] if sv == "social_support_sjo" else None)
        b = f("served", "persons", int(r[3]), q, service=sv, category="внутрішньо переміщені особи",
              group="table_idp_by_service", parent=ft_v)
        c = f("services_provided", "services", int(r[4].replace(" ", "")), q, service=sv,
              group="table_services_by_service", parent=ft_s)
        ids.append((a, b, c))
    # ids: rows f8..f28
    f29 = f("served", "persons", 31, "Для 31 отримувача послуга надається платно", service="home_care",
            label="на платній основі", parent=ids[0][0])
    f30 = f("served", "families", 27, "Із 27 сімей, які перебували під соціальним супроводом",
            service="social_support_sjo", alt=["support_ongoing"])
    f31 = f("support_completed", "families", 9, "у 9 сім'ях супровід завершено", service="social_support_sjo",
            parent=f30)
    grp = "completed_9_by_result"
    f("outcome_positive", "families", 6, "у 6 – з позитивним результатом", group=grp, parent=f31)
    f("outcome_other", "families", 2, "у 2 – у зв'язку з переїздом за межі громади", label="переїзд за межі громади",
      group=grp, parent=f31)
    f("outcome_other", "families", 1, "в 1 – у зв'язку зі смертю отримувача", label="смерть отримувача",
      group=grp, parent=f31)
    f("served", "persons", 176, "отримали 176 осіб", service="natural_aid")
    f("aid_value", "uah", 529600, "на загальну суму 529,6 тис. грн")
    f37 = f("events", "events", 14, "Фахівці Центру провели 14 інформаційних зустрічей")
    f("event_participants", "persons", 263, "ними охоплено 263 особи", parent=f37)
    f("survey_respondents", "recipients", 64, "Центр опитав 64 отримувачі послуг", unit_alt="persons")
    f("satisfaction", "percent", 92.2, "92,2 % опитаних оцінили якість послуг як добру", alt=["share"])
    f("complaints", "complaints", 0, "Скарг від отримувачів не надходило.")
    f("staff_positions", "positions", 24.5, "Штатний розпис Центру – 24,5 штатної одиниці")
    f43 = f("staff_actual", "staff", 22, "фактично працюють 22 працівники")
    f("staff_actual", "staff", 12, "з них 12 – соціальні робітники", label="соціальні робітники", parent=f43)
    f("staff_trained", "staff", 4, "4 фахівці пройшли навчання")

    g.slip("table_arithmetic", "error", tq, 13496, 13469, ["f7"] + [c for _, _, c in ids],
           "the «Надано послуг» column sums to 9 652 + 2 108 + 486 + 612 + 341 + 176 + 94 = 13 469, "
           "but the Усього row says 13 496 (two digits swapped); the other two columns add up",
           "f10 + f13 + f16 + f19 + f22 + f25 + f28 == f7")
    g.check("table_arithmetic", tq, "recipients column: 84 + 23 + 219 + 305 + 27 + 176 + 18 = 852",
            "f8 + f11 + f14 + f17 + f20 + f23 + f26 == f5")
    g.check("table_arithmetic", tq, "IDP column: 11 + 4 + 57 + 88 + 6 + 93 + 2 = 261",
            "f9 + f12 + f15 + f18 + f21 + f24 + f27 == f6")
    g.check("table_arithmetic", tq, "each row: IDP ≤ recipients",
            "f9 <= f8 and f12 <= f11 and f15 <= f14 and f18 <= f17 and f21 <= f20 and f24 <= f23 and f27 <= f26")
    g.check("internal_conflict", "Всього соціальні послуги отримали 852 особи, у тому числі 261",
            "prose 852 / 261 = table Усього 852 / 261; natural aid 176 in prose = table row 176",
            "f3 == f5 and f4 == f6 and f35 == f23")
    g.check("parts_sum", "прийнято 137 рішень про надання послуг та 6 рішень про відмову",
            "137 + 6 (skipped literals) = 143 applications", "137 + 6 == f1")
    g.check("parts_sum", "Порівняно з 9 місяцями 2023 року кількість отримувачів зросла на 96 осіб (тоді – 756)",
            "756 + 96 (skipped literals) = 852", "756 + 96 == f3")
    g.check("parts_sum", "у 9 сім'ях супровід завершено", "6 + 2 + 1 = 9; 9 ≤ 27",
            "f32 + f33 + f34 == f31 and f31 <= f30")
    g.check("parts_sum", "Для 31 отримувача послуга надається платно", "31 ≤ 84 home-care recipients", "f29 <= f8")
    g.check("percent_impossible", "92,2 % опитаних оцінили якість послуг як добру",
            "reachable with 64 respondents: 59 / 64 = 92,19 %", "grim_ok(f40, f39, 1)")
    g.check("parts_sum", "фактично працюють 22 працівники, з них 12", "12 ≤ 22 ≤ 24,5; 4 trained ≤ 22",
            "f44 <= f43 <= f42 and f45 <= f43")

    s = g.skip
    s("67000, смт Захарівка, вул. Соборна, 9, тел. (04860) 0-35-12, код ЄДРПОУ 43927156",
      [67000, 9, 4860, 3512, 43927156], "postcode, address, phone, ЄДРПОУ")
    s("03.10.2024 № 01-09/217", [3, 10, 2024, 1, 9, 217], "outgoing date and number")
    s("про надання соціальних послуг за 9 місяців 2024 року", [9, 2024], "period in the title")
    s("від 02.10.2024 № 01-12/1874", [2, 10, 2024, 1, 12, 1874], "date and number of the request letter")
    s("Центр обслуговує 27 населених пунктів громади", [27], "settlement count")
    s("у 4 пунктах надання послуг при старостатах", [4], "number of service points")
    s("прийнято 137 рішень про надання послуг та 6 рішень про відмову", [137, 6], "decisions and refusals (no §3 id)")
    s("Порівняно з 9 місяцями 2023 року кількість отримувачів зросла на 96 осіб (тоді – 756).", [9, 2023, 96, 756],
      "prior-year figure and the difference")
    s("Таблиця 1. Надання соціальних послуг у січні – вересні 2024 року", [1, 2024], "table number and year")
    s("№ з/п", [1, 2, 3, 4, 5, 6, 7], "row numbers of Table 1")
    s("Послугу догляду вдома надають 12 соціальних робітників, на одного з них припадає в середньому 7 отримувачів.",
      [12, 7], "staff by post and workload ratio (the 12 is given as a fact in the staff paragraph)")
    s("(тариф – 68,40 грн за годину)", [68.4], "tariff")
    s("Тривалість супроводу не перевищувала 6 місяців.", [6], "duration")
    s("Видано 412 одиниць допомоги", [412], "items handed out")
    s("у 9 старостатах", [9], "number of starosta districts")
    s("У вересні 2024 року", [2024], "date of the survey")
    s("(40 годин)", [40], "duration of the course")
    s("У IV кварталі 2024 року заплановано 3 виїзди мобільної бригади", [2024, 3], "plan")
    s("тел. (04860) 0-35-14", [4860, 3514], "phone")
    g.note("table: every cell is a fact quoted by its row; rows hang on the Усього cell of the same column")
    g.note("the total row «Усього» spans № and name (merged cell)")
    g.note("the 852 / 261 of the prose and the table Усього are two facts each; the 176 natural-aid recipients "
           "in prose and in the table are two facts")
    g.note("the table's SJO row is in persons (column «Отримувачі, осіб»); the prose says «27 сімей» – two facts in two units")
    g.note("«12 соціальних робітників» is written twice: as a post count next to home care (skipped) and in the staff paragraph (fact)")
    g.write()


if __name__ == "__main__":
    main()
