"""b58_03: КУ «ЦНСП» Куликівської селищної ради (Чернігівська), internal quality assessment of 2023. DOCX with a table."""
import docx
from docx.shared import Pt
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b58_03_kulykivka_cnsp_internal2023.docx"

HEAD = [
    "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» КУЛИКІВСЬКОЇ СЕЛИЩНОЇ РАДИ",
    "16300, Чернігівська обл., Чернігівський р-н, смт Куликівка, вул. Шевченка, 9, тел. (04643) 0-12-78, ЄДРПОУ 43871205",
]
TITLE = "ЗВІТ про результати внутрішньої оцінки якості соціальних послуг, наданих у 2023 році"
P1 = [
    "На виконання наказу директора від 04.01.2024 № 3-ОД ми провели внутрішню оцінку якості соціальних послуг, які наша установа надавала мешканцям громади протягом 2023 року. Оцінювання тривало з 08 по 26 січня 2024 року, до робочої групи увійшли 5 працівників Центру.",
    "Для оцінки ми використали анкетування отримувачів (анкета містила 14 запитань), вивчення особових справ та спостереження. В анкетуванні взяли участь 108 отримувачів соціальних послуг. Дані щодо кількості отримувачів та результатів анкетування наведено в таблиці 1.",
    "Таблиця 1",
]
TABLE = [
    ["№ з/п", "Соціальна послуга", "Отримувачів, осіб", "Опитано, осіб", "Задоволені якістю, %"],
    ["1", "Догляд вдома", "96", "30", "93,3"],
    ["2", "Консультування", "244", "41", "90,2"],
    ["3", "Натуральна допомога", "118", "25", "88,0"],
    ["4", "Соціальна адаптація", "35", "14", "85,7"],
    ["", "Разом", "493", "108", "89,8"],
]
P2 = [
    "Рівень якості за кожним критерієм ми визначали за часткою позитивних відповідей: 80–100 % – «добре», 60–79 % – «задовільно», менше 60 % – «незадовільно».",
    "Отримані результати за критеріями:",
    "адресність та індивідуальний підхід – 91 % позитивних відповідей, рівень «добре»;",
    "результативність – 84 %, «добре»;",
    "своєчасність – 77 %, «задовільно» (скарги на запізнення соціальних робітників у віддалених селах громади в осінній період);",
    "доступність та відкритість – 88 %, «добре»;",
    "повага до гідності отримувача – 97 %, «добре»;",
    "професійність – 86 %, «добре».",
    "Загальна оцінка якості соціальних послуг, наданих у 2023 році, – «добре».",
    "Протягом року до нас надійшла 1 скарга (щодо графіка відвідувань соціального робітника), її розглянуто та задоволено. У 2022 році скарг не було.",
    "Станом на 31.12.2023 у Центрі працювали 23 особи при 26 штатних посадах; 4 працівники пройшли навчання за програмою «Базові навички догляду» (тривалість – 40 годин).",
    "Ми плануємо до 01.06.2024 переглянути маршрути соціальних робітників і довести частку позитивних відповідей за критерієм своєчасності щонайменше до 85 %.",
    "Директор                                                                                     (підпис)",
]


def build(path):
    d = docx.Document()
    fix_docx_props(d, "КУ ЦНСП")
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)
    for t in HEAD:
        d.add_paragraph(t)
    d.add_paragraph(TITLE).runs[0].bold = True
    for t in P1:
        d.add_paragraph(t)
    tb = d.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    tb.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, v in enumerate(row):
            tb.cell(i, j).text = v
    for t in P2:
        d.add_paragraph(t, style="List Bullet" if t.endswith(";") or t.startswith("професійність") else None)
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {"centre": "Центр надання соціальних послуг Куликівської селищної ради", "centre_type": "cnsp",
                   "settlement": "Куликівка", "oblast": "Чернігівська", "report_kind": "internal_assessment",
                   "period_start": "2023-01-01", "period_end": "2023-12-31"},
             {"centre": ["Комунальна установа «Центр надання соціальних послуг» Куликівської селищної ради",
                         "КУ «Центр надання соціальних послуг» Куликівської селищної ради"]})
    f = g.f
    n = lambda x: x[1:]
    sv = f("survey_respondents", "persons", 108, "В анкетуванні взяли участь 108 отримувачів соціальних послуг",
           unit_alt="recipients")
    rows = [("Догляд вдома", "home_care", 96, 30, 93.3, "1\tДогляд вдома\t96\t30\t93,3"),
            ("Консультування", "counselling", 244, 41, 90.2, "2\tКонсультування\t244\t41\t90,2"),
            ("Натуральна допомога", "natural_aid", 118, 25, 88.0, "3\tНатуральна допомога\t118\t25\t88,0"),
            ("Соціальна адаптація", "social_adaptation", 35, 14, 85.7, "4\tСоціальна адаптація\t35\t14\t85,7")]
    tq = "Разом\t493\t108\t89,8"
    T_s = f("served", "persons", 493, tq, label="Разом")
    T_v = f("survey_respondents", "persons", 108, tq, label="Разом", unit_alt="recipients")
    T_p = f("satisfaction", "percent", 89.8, tq, label="Разом", alt=["share"])
    ids = []
    for lab, svc, a, b, c, q in rows:
        s_ = f("served", "persons", a, q, service=svc, label=lab, parent=T_s, group="table1_served")
        v_ = f("survey_respondents", "persons", b, q, service=svc, label=lab, parent=T_v, group="table1_surveyed")
        p_ = f("satisfaction", "percent", int(c) if float(c).is_integer() else c, q, service=svc, label=lab, alt=["share"])
        ids.append((s_, v_, p_, q))
    crit = [("targeting", 91, "good", "адресність та індивідуальний підхід – 91 % позитивних відповідей, рівень «добре»"),
            ("effectiveness", 84, "good", "результативність – 84 %, «добре»"),
            ("timeliness", 77, "satisfactory", "своєчасність – 77 %, «задовільно»"),
            ("accessibility", 88, "good", "доступність та відкритість – 88 %, «добре»"),
            ("dignity", 97, "good", "повага до гідності отримувача – 97 %, «добре»"),
            ("professionalism", 86, "good", "професійність – 86 %, «добре»")]
    cids = []
    for c, pc, r, q in crit:
        a = f("share", "percent", pc, q, criterion=c, label="частка позитивних відповідей", alt=["satisfaction"])
        b = f("rating", "rating", r, q, criterion=c)
        cids.append((a, b, q))
    f("rating", "rating", "good", "Загальна оцінка якості соціальних послуг, наданих у 2023 році, – «добре».", criterion="overall")
    f("complaints", "complaints", 1, "до нас надійшла 1 скарга")
    sa = f("staff_actual", "staff", 23, "у Центрі працювали 23 особи")
    sp = f("staff_positions", "positions", 26, "при 26 штатних посадах")
    tr = f("staff_trained", "staff", 4, "4 працівники пройшли навчання")

    g.slip("table_arithmetic", "error", tq, 108, 110, [T_v] + [x[1] for x in ids],
           "the «Опитано, осіб» column sums to 30 + 41 + 25 + 14 = 110, but the Разом row (and the prose) say 108",
           " + ".join(f"f{n(x[1])}" for x in ids) + f" == f{n(T_v)}")
    g.check("table_arithmetic", tq, "96 + 244 + 118 + 35 = 493",
            " + ".join(f"f{n(x[0])}" for x in ids) + f" == f{n(T_s)}")
    g.check("internal_conflict", "В анкетуванні взяли участь 108 отримувачів", "prose 108 = table Разом 108",
            f"f{n(sv)} == f{n(T_v)}")
    for s_, v_, p_, q in ids:
        g.check("percent_impossible", q, "row share reachable with the row's surveyed count", f"grim_ok(f{n(p_)}, f{n(v_)}, 1)")
    g.check("percent_impossible", tq, "89,8 % of 108 is reachable (97 of 108 = 89,81 %)", f"grim_ok(f{n(T_p)}, f{n(T_v)}, 1)")
    bands = "[(80, 100, 'good'), (60, 79, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"
    for a, b, q in cids:
        g.check("rating_band", q, "rating agrees with the document's bands", f"band(f{n(a)}, {bands}) == f{n(b)}")
    g.check("parts_sum", "у Центрі працювали 23 особи при 26 штатних посадах", "23 ≤ 26; 4 trained ≤ 23",
            f"f{n(sa)} <= f{n(sp)} and f{n(tr)} <= f{n(sa)}")
    sk = g.skip
    sk("протягом 2023 року", [2023], "year")
    sk("16300, Чернігівська обл., Чернігівський р-н, смт Куликівка, вул. Шевченка, 9, тел. (04643) 0-12-78, ЄДРПОУ 43871205",
       [16300, 9, 4643, 1278, 43871205], "postcode, address, phone, ЄДРПОУ")
    sk("наданих у 2023 році", [2023], "year")
    sk("наказу директора від 04.01.2024 № 3-ОД", [4, 1, 2024, 3], "order date and number")
    sk("Оцінювання тривало з 08 по 26 січня 2024 року, до робочої групи увійшли 5 працівників Центру.",
       [8, 26, 2024, 5], "assessment dates; working-group size (not staff trained or actual)")
    sk("анкета містила 14 запитань", [14], "questionnaire length")
    sk("в таблиці 1", [1], "table number")
    sk("Таблиця 1", [1], "table number")
    sk("№ з/п", [1, 2, 3, 4], "row numbers")
    sk("80–100 % – «добре», 60–79 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79, 60], "rating bands")
    sk("У 2022 році скарг не було.", [2022, 0], "prior-year complaints")
    sk("Станом на 31.12.2023", [31, 12, 2023], "date")
    sk("(тривалість – 40 годин)", [40], "duration")
    sk("до 01.06.2024", [1, 6, 2024], "deadline")
    sk("щонайменше до 85 %", [85], "target")
    g.note("table: every cell is a fact quoted by its tab-separated row; served and surveyed cells hang on the Разом cell of their column; the % cells are satisfaction (alt share) by service")
    g.note("the prose 108 and the table Разом 108 are two facts")
    g.note("criterion shares → share with criterion (alt satisfaction); each with its rating")
    g.note("«повага до гідності отримувача» → criterion dignity")
    g.write()


if __name__ == "__main__":
    main()
