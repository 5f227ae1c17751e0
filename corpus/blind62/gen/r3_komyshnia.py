"""b62_03: internal quality assessment of home care provided in 2024 by КУ «ЦНСП» Комишнянської
селищної ради (Полтавська). DOCX, first person plural, criteria table with the document's own bands.
Planted slip: rating_band (Своєчасність 78,4 % rated «добре»)."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b62_03_komyshnia_cnsp_internal2024.docx"

HEAD = [
    "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» КОМИШНЯНСЬКОЇ СЕЛИЩНОЇ РАДИ",
    "37812, Полтавська обл., Миргородський р-н, смт Комишня, вул. Миргородська, 21, тел. (05352) 0-53-14, код ЄДРПОУ 43215867",
    "ЗВІТ",
    "про результати внутрішньої оцінки якості соціальної послуги догляду вдома, наданої у 2024 році",
    "Ми провели внутрішню оцінку з 03 по 21 лютого 2025 року на підставі наказу директора від 27.01.2025 № 9-од. До робочої групи увійшли 4 працівники Центру, які не надають цю послугу безпосередньо.",
    "Упродовж 2024 року послугу догляду вдома ми надавали 163 особам, серед них 41 особа отримувала її вперше. Середній вік отримувачів – 79 років. Усього за рік надано 11 482 послуги.",
    "Надання послуги припинено 22 особам: у зв'язку зі смертю – 14, переїздом до родичів – 5, влаштуванням до інтернатного закладу – 3.",
    "Під час оцінки ми опитали 74 отримувачі (45,4 % від загальної кількості), переглянули 30 особових справ та здійснили 12 вибіркових відвідувань за місцем проживання.",
    "Для кожного критерію ми рахували частку позитивних відповідей і ставили оцінку «добре» при 80–100 %, «задовільно» – при 60–79 %, «незадовільно» – при частці менше 60 %.",
    "Таблиця 1. Результати оцінювання за критеріями",
]
ROWS = [
    ("№", "Критерій", "Частка позитивних відповідей, %", "Оцінка"),
    ("1", "Адресність та індивідуальний підхід", "91,9", "добре"),
    ("2", "Результативність", "86,5", "добре"),
    ("3", "Своєчасність", "78,4", "добре"),
    ("4", "Доступність та відкритість", "94,6", "добре"),
    ("5", "Повага до гідності отримувача", "97,3", "добре"),
    ("6", "Професійність", "89,2", "добре"),
    ("", "Загальна оцінка якості", "89,7", "добре"),
]
TAIL = [
    "Догляд вдома у Центрі забезпечують 27 соціальних робітників при 29 штатних посадах відділення.",
    "За 2024 рік до Центру надійшла 1 скарга щодо запізнення соціального робітника; її розглянуто та визнано частково обґрунтованою.",
    "Висновок: загалом якість соціальної послуги догляду вдома оцінено на «добре».",
    "Рекомендації:",
    "1. До 01.06.2025 переглянути графіки відвідувань отримувачів у 6 віддалених старостинських округах.",
    "2. У II кварталі 2025 року провести для соціальних робітників 2 навчання з питань безпеки отримувачів.",
    "Директор КУ «ЦНСП»                                     ________",
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for s in HEAD:
        d.add_paragraph(s)
    t = d.add_table(rows=len(ROWS), cols=4)
    t.style = "Table Grid"
    for i, r in enumerate(ROWS):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
    for s in TAIL:
        d.add_paragraph(s)
    fix_docx_props(d, "ЦНСП")
    d.save(path)
    freeze_zip(path)


BANDS = "[(80, 100, 'good'), (60, 79.99, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Комишнянської селищної ради",
        "centre_type": "cnsp", "settlement": "Комишня", "oblast": "Полтавська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Комишнянської селищної ради",
                    "КУ «Центр надання соціальних послуг» Комишнянської селищної ради"]})
    f1 = g.f("served", "persons", 163, "послугу догляду вдома ми надавали 163 особам", service="home_care")
    g.f("served", "persons", 41, "серед них 41 особа отримувала її вперше", service="home_care", label="вперше",
        alt=["support_started"], parent=f1)
    g.f("services_provided", "services", 11482, "Усього за рік надано 11 482 послуги", service="home_care")
    f4 = g.f("support_completed", "persons", 22, "Надання послуги припинено 22 особам", service="home_care",
             alt=["deregistered"], parent=f1)
    g.f("outcome_other", "persons", 14, "у зв'язку зі смертю – 14", service="home_care", label="смерть",
        group="completed_22_by_reason", parent=f4)
    g.f("outcome_other", "persons", 5, "переїздом до родичів – 5", service="home_care", label="переїзд до родичів",
        group="completed_22_by_reason", parent=f4)
    g.f("outcome_other", "persons", 3, "влаштуванням до інтернатного закладу – 3", service="home_care",
        label="влаштування до інтернатного закладу", group="completed_22_by_reason", parent=f4)
    g.f("survey_respondents", "recipients", 74, "ми опитали 74 отримувачі (45,4 % від загальної кількості)",
        percent=45.4, service="home_care", unit_alt="persons")
    crit = [("targeting", "Адресність та індивідуальний підхід", 91.9, "1"),
            ("effectiveness", "Результативність", 86.5, "2"),
            ("timeliness", "Своєчасність", 78.4, "3"),
            ("accessibility", "Доступність та відкритість", 94.6, "4"),
            ("dignity", "Повага до гідності отримувача", 97.3, "5"),
            ("professionalism", "Професійність", 89.2, "6"),
            ("overall", "Загальна оцінка якості", 89.7, "")]
    for cid, name, pct, no in crit:
        row = f"{no}\t{name}\t{str(pct).replace('.', ',')}\tдобре"
        q = row if no else f"{name}\t{str(pct).replace('.', ',')}\tдобре"
        g.f("share", "percent", pct, q, criterion=cid, alt=["satisfaction"], label="частка позитивних відповідей",
            service="home_care")
        g.f("rating", "rating", "good", q, criterion=cid, service="home_care")
    # f9..f22: share/rating pairs; f21/f22 overall
    g.f("rating", "rating", "good", "загалом якість соціальної послуги догляду вдома оцінено на «добре»",
        criterion="overall", service="home_care")
    g.f("staff_actual", "staff", 27, "забезпечують 27 соціальних робітників", label="соціальні робітники, догляд вдома")
    g.f("staff_positions", "positions", 29, "при 29 штатних посадах відділення", label="відділення догляду вдома")
    g.f("complaints", "complaints", 1, "надійшла 1 скарга щодо запізнення соціального робітника")

    g.slip("rating_band", "error", "3\tСвоєчасність\t78,4\tдобре", "good", "satisfactory", ["f13", "f14"],
           "Своєчасність has 78,4 % positive answers, which the document's own bands put in «задовільно» (60–79 %), "
           "but the table rates it «добре» (80–100 %)",
           f"band(f13, {BANDS}) == f14")
    g.check("parts_sum", "Надання послуги припинено 22 особам", "14 + 5 + 3 = 22; 22 ≤ 163; 41 ≤ 163",
            "f5 + f6 + f7 == f4 and f4 <= f1 and f2 <= f1")
    g.check("percent_mismatch", "ми опитали 74 отримувачі (45,4 % від загальної кількості)", "74 / 163 = 45,40 %",
            "pct_ok(p8, f8, f1, 1)")
    for sid, rid, name in (("f9", "f10", "Адресність"), ("f11", "f12", "Результативність"),
                           ("f15", "f16", "Доступність"), ("f17", "f18", "Повага до гідності"),
                           ("f19", "f20", "Професійність"), ("f21", "f22", "Загальна оцінка якості")):
        g.check("rating_band", name, f"{name}: the share lies in the band of the rating given",
                f"band({sid}, {BANDS}) == {rid}")
    g.check("percent_impossible", "Частка позитивних відповідей, %",
            "each criterion share is reachable with 74 respondents (68, 64, 58, 70, 72, 66 of 74)",
            "grim_ok(f9, f8, 1) and grim_ok(f11, f8, 1) and grim_ok(f13, f8, 1) and grim_ok(f15, f8, 1) and grim_ok(f17, f8, 1) and grim_ok(f19, f8, 1)")
    g.check("internal_conflict", "Загальна оцінка якості", "the overall share 89,7 is the mean of the six criteria (89,65); "
            "the overall rating is «добре» in the table and in the conclusion",
            "abs((f9 + f11 + f13 + f15 + f17 + f19) / 6 - f21) <= 0.05 + 1e-9 and f22 == f23")
    g.check("parts_sum", "забезпечують 27 соціальних робітників при 29 штатних посадах", "27 ≤ 29", "f24 <= f25")

    g.skip("37812, Полтавська обл., Миргородський р-н, смт Комишня, вул. Миргородська, 21, тел. (05352) 0-53-14, код ЄДРПОУ 43215867",
           [37812, 21, 5352, 5314, 43215867], "postcode, address, phone, ЄДРПОУ")
    g.skip("про результати внутрішньої оцінки якості соціальної послуги догляду вдома, наданої у 2024 році", [2024], "year")
    g.skip("Ми провели внутрішню оцінку з 03 по 21 лютого 2025 року на підставі наказу директора від 27.01.2025 № 9-од.",
           [3, 21, 2025, 27, 1, 2025, 9], "assessment dates, order date and number")
    g.skip("До робочої групи увійшли 4 працівники Центру", [4], "size of the working group")
    g.skip("Середній вік отримувачів – 79 років.", [79], "average age")
    g.skip("переглянули 30 особових справ та здійснили 12 вибіркових відвідувань", [30, 12], "assessment methods: case files and visits")
    g.skip("ставили оцінку «добре» при 80–100 %, «задовільно» – при 60–79 %, «незадовільно» – при частці менше 60 %",
           [80, 100, 60, 79, 60], "rating bands (used in the checks)")
    g.skip("Таблиця 1. Результати оцінювання за критеріями", [1], "table number")
    g.skip("1\tАдресність та індивідуальний підхід", [1, 2, 3, 4, 5, 6], "row numbers")
    g.skip("1. До 01.06.2025 переглянути графіки відвідувань отримувачів у 6 віддалених старостинських округах.",
           [1, 1, 6, 2025, 6], "recommendation number, deadline, district count")
    g.skip("2. У II кварталі 2025 року провести для соціальних робітників 2 навчання з питань безпеки отримувачів.",
           [2, 2, 2025, 2], "recommendation number and plan")
    g.note("each criterion row gives two facts: share (alt satisfaction) with criterion and the rating; the overall row has criterion overall")
    g.note("the overall rating is written twice (table, conclusion): two facts")
    g.note("«Надання послуги припинено 22 особам» → support_completed (alt deregistered) with its reasons as outcome_other")
    g.write()


if __name__ == "__main__":
    main()
