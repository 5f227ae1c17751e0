"""b77_05: external quality assessment of day care provided in 2023 by the ТЦСО of Нагірянська сільська рада
(Тернопільська). DOCX with a criteria table and the document's own rating bands."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip, read_text

DOC = "b77_05_nahirianka_tcso_external2023.docx"
CRIT = [
    ("1", "Адресність та індивідуальний підхід", "96,8", "добре", "targeting"),
    ("2", "Результативність", "90,3", "добре", "effectiveness"),
    ("3", "Своєчасність", "93,5", "добре", "timeliness"),
    ("4", "Доступність та відкритість", "100", "добре", "accessibility"),
    ("5", "Зручність", "83,9", "добре", "convenience"),
    ("6", "Повага до гідності отримувача соціальної послуги", "100", "добре", "dignity"),
    ("7", "Професійність", "96,8", "добре", "professionalism"),
    ("8", "Незалежність отримувача соціальної послуги", "87,1", "добре", "independence"),
    ("9", "Захист та безпека", "93,5", "добре", "safety"),
    ("10", "Конфіденційність інформації", "100", "добре", "confidentiality"),
]
OVERALL = ("Загальна оцінка якості", "94,2", "добре")

BEFORE = [
    ("c", "ГРОМАДСЬКА ОРГАНІЗАЦІЯ «ТЕРНОПІЛЬСЬКА АГЕНЦІЯ СОЦІАЛЬНИХ ІНІЦІАТИВ»"),
    ("c", "ЗВІТ\nпро результати зовнішньої оцінки якості соціальної послуги денного догляду, наданої Територіальним центром соціального обслуговування (надання соціальних послуг) Нагірянської сільської ради у 2023 році"),
    ("h", "1. Загальні відомості"),
    ("j", "Зовнішню оцінку проведено на замовлення Нагірянської сільської ради (договір від 01.04.2024 № 7/24) відповідно до Порядку, затвердженого постановою Кабінету Міністрів України від 01.06.2020 № 449, у період з 15.04.2024 по 26.04.2024. Оцінку здійснювала група з 3 експертів."),
    ("j", "Надавач: Територіальний центр соціального обслуговування (надання соціальних послуг) Нагірянської сільської ради Чортківського району Тернопільської області, 48512, с. Нагірянка, вул. Шкільна, 3, тел. (03552) 0-44-19, код ЄДРПОУ 41592086. Відділення денного перебування працює 5 днів на тиждень з 8:00 до 16:00, розраховане на 2 групи по 15 осіб."),
    ("h", "2. Отримувачі послуги"),
    ("j", "У 2023 році послугу денного догляду отримали 38 осіб, з них 24 (63,2 %) – особи з інвалідністю, 14 (36,8 %) – особи похилого віку. Взято на обслуговування 11 осіб. Отримувачам надано 4 912 послуг денного догляду. Середній вік отримувачів – 71 рік."),
    ("j", "Протягом 2023 року припинено надання послуги 9 особам: 5 – за власним бажанням, 3 – у зв'язку з влаштуванням до закладу стаціонарного догляду, 1 – у зв'язку зі смертю. Станом на дату оцінювання послугу отримує 31 особа."),
    ("j", "У відділенні працюють 6 працівників при 7 штатних посадах. Скарг на якість послуги протягом 2023 року не надходило."),
    ("h", "3. Методи оцінювання"),
    ("j", "Експерти опрацювали 38 особових справ отримувачів, провели 12 інтерв'ю з працівниками та спостереження протягом 3 робочих днів. В анкетуванні взяв участь 31 отримувач."),
    ("j", "Рівень якості за кожним критерієм визначено за часткою позитивних відповідей: від 85 до 100 % – «добре», від 60 до 84,9 % – «задовільно», менше 60 % – «незадовільно»."),
    ("l", "Таблиця. Результати оцінювання за критеріями"),
]
AFTER = [
    ("h", "4. Висновки"),
    ("j", "Якість соціальної послуги денного догляду, наданої у 2023 році, оцінено як «добре». Порушень конфіденційності не виявлено."),
    ("h", "5. Рекомендації"),
    ("j", "1) облаштувати пандус до другого входу до 01.09.2024;"),
    ("j", "2) переглянути розклад занять, збільшивши кількість групових занять до 4 на тиждень;"),
    ("j", "3) забезпечити навчання 2 працівників з питань роботи з особами з деменцією."),
    ("l", "Керівник експертної групи                    (підпис)                    30.04.2024"),
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    al = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY,
          "h": WD_ALIGN_PARAGRAPH.LEFT}

    def para(a, t):
        p = d.add_paragraph()
        p.alignment = al[a]
        lines = t.split("\n")
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            r.bold = a in "ch"
            if i < len(lines) - 1:
                r.add_break()
    for a, t in BEFORE:
        para(a, t)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("№", "Критерій якості", "Частка позитивних відповідей, %", "Рівень якості")):
        c.text = h
    for r in CRIT:
        for c, v in zip(t.add_row().cells, r[:4]):
            c.text = v
    cells = t.add_row().cells
    m = cells[0].merge(cells[1])
    m.text = OVERALL[0]
    cells[2].text, cells[3].text = OVERALL[1], OVERALL[2]
    for a, tx in AFTER:
        para(a, tx)
    fix_docx_props(d, author="ГО")
    d.save(path)
    freeze_zip(path)


def num(s):
    v = float(s.replace(",", "."))
    return int(v) if v.is_integer() else v


def main():
    path = report_path(DOC)
    build(path)
    text = read_text(path)
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Нагірянської сільської ради",
        "centre_type": "tcso", "settlement": "Нагірянка", "oblast": "Тернопільська",
        "report_kind": "external_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31"},
        meta_alt={"centre": ["Територіальний центр соціального обслуговування Нагірянської сільської ради"]})
    f = g.f
    f1 = f("served", "persons", 38, "У 2023 році послугу денного догляду отримали 38 осіб", service="day_care")
    f("served", "persons", 24, "з них 24 (63,2 %) – особи з інвалідністю", service="day_care", percent=63.2,
      category="особи з інвалідністю", group="day_care_38_by_category", parent=f1)
    f("served", "persons", 14, "14 (36,8 %) – особи похилого віку", service="day_care", percent=36.8,
      category="особи похилого віку", group="day_care_38_by_category", parent=f1)
    f("served", "persons", 11, "Взято на обслуговування 11 осіб", service="day_care",
      alt=["registered_new", "support_started"], parent=f1)
    f("services_provided", "services", 4912, "Отримувачам надано 4 912 послуг денного догляду", service="day_care")
    f6 = f("support_completed", "persons", 9, "припинено надання послуги 9 особам", service="day_care",
           alt=["deregistered"], parent=f1)
    grp = "stopped_9_by_reason"
    f("outcome_other", "persons", 5, "5 – за власним бажанням", label="за власним бажанням", group=grp, parent=f6)
    f("outcome_other", "persons", 3, "3 – у зв'язку з влаштуванням до закладу стаціонарного догляду",
      label="влаштування до закладу стаціонарного догляду", group=grp, parent=f6)
    f("outcome_other", "persons", 1, "1 – у зв'язку зі смертю", label="смерть", group=grp, parent=f6)
    f("staff_actual", "staff", 6, "У відділенні працюють 6 працівників", label="відділення денного перебування")
    f("staff_positions", "positions", 7, "при 7 штатних посадах", label="відділення денного перебування")
    f("complaints", "complaints", 0, "Скарг на якість послуги протягом 2023 року не надходило.")
    f("survey_respondents", "recipients", 31, "В анкетуванні взяв участь 31 отримувач", unit_alt="persons",
      service="day_care")
    share_ids, rating_ids = [], []
    for r in CRIT:
        q = "\t".join(r[:4])
        assert q in text, q
        share_ids.append(f("share", "percent", num(r[2]), q, criterion=r[4], service="day_care",
                           label="частка позитивних відповідей", alt=["satisfaction"]))
        rating_ids.append(f("rating", "rating", "good", q, criterion=r[4], service="day_care"))
    oq = "\t".join(OVERALL)
    assert oq in text, oq
    fo_s = f("share", "percent", 94.2, oq, criterion="overall", service="day_care",
             label="частка позитивних відповідей", alt=["satisfaction"])
    fo_r = f("rating", "rating", "good", oq, criterion="overall", service="day_care")
    fo_c = f("rating", "rating", "good", "Якість соціальної послуги денного догляду, наданої у 2023 році, оцінено як «добре»",
             criterion="overall", service="day_care")

    bands = '[(85, 100, "good"), (60, 84.9, "satisfactory"), (0, 59.9, "unsatisfactory")]'
    conv = share_ids[4]
    g.slip("rating_band", "error", "\t".join(CRIT[4][:4]), "good", "satisfactory", [conv, rating_ids[4]],
           "the document's own bands: 85–100 % «добре», 60–84,9 % «задовільно»; Зручність 83,9 % is rated «добре» "
           "but falls in «задовільно»", f"band({conv}, {bands}) == {rating_ids[4]}")
    g.check("rating_band", "Рівень якості за кожним критерієм визначено за часткою позитивних відповідей",
            "every other criterion's share lies in the band of its rating (all ≥ 85 → добре), and the overall 94,2",
            " and ".join(f"band({s}, {bands}) == {r}" for s, r in list(zip(share_ids, rating_ids))[:4] + list(zip(share_ids, rating_ids))[5:])
            + f" and band({fo_s}, {bands}) == {fo_r}")
    g.check("percent_impossible", "В анкетуванні взяв участь 31 отримувач",
            "each criterion share is reachable with 31 respondents (30, 28, 29, 31, 26, 31, 30, 27, 29, 31 of 31)",
            " and ".join(f"grim_ok({s}, f13, 1)" for s in share_ids))
    g.check("table_arithmetic", oq, "overall 94,2 = mean of the ten criterion shares (941,9 / 10 = 94,19)",
            f"abs(({' + '.join(share_ids)}) / 10 - {fo_s}) < 0.05")
    g.check("internal_conflict", "Якість соціальної послуги денного догляду, наданої у 2023 році, оцінено як «добре»",
            "the overall rating in the conclusions equals the table's", f"{fo_c} == {fo_r}")
    g.check("parts_sum", "з них 24 (63,2 %) – особи з інвалідністю, 14 (36,8 %)", "24 + 14 = 38", "f2 + f3 == f1")
    g.check("percent_mismatch", "з них 24 (63,2 %) – особи з інвалідністю, 14 (36,8 %)",
            "24 / 38 = 63,16 % → 63,2; 14 / 38 = 36,84 % → 36,8; 63,2 + 36,8 = 100",
            "pct_ok(p2, f2, f1, 1) and pct_ok(p3, f3, f1, 1) and psum_ok([p2, p3], 1)")
    g.check("parts_sum", "припинено надання послуги 9 особам", "5 + 3 + 1 = 9; 38 − 9 = 29 ≤ 31 at the assessment date "
            "(new recipients came in 2024) — no conflict", "f7 + f8 + f9 == f6")
    g.check("parts_sum", "У відділенні працюють 6 працівників при 7 штатних посадах", "6 ≤ 7", "f10 <= f11")

    s = g.skip
    s("Зовнішню оцінку проведено на замовлення Нагірянської сільської ради (договір від 01.04.2024 № 7/24) відповідно до Порядку, затвердженого постановою Кабінету Міністрів України від 01.06.2020 № 449, у період з 15.04.2024 по 26.04.2024.",
      [1, 4, 2024, 7, 24, 1, 6, 2020, 449, 15, 4, 2024, 26, 4, 2024], "contract, КМУ act, assessment dates")
    s("Оцінку здійснювала група з 3 експертів.", [3], "size of the expert group")
    s("48512, с. Нагірянка, вул. Шкільна, 3, тел. (03552) 0-44-19, код ЄДРПОУ 41592086", [48512, 3, 3552, 4419, 41592086],
      "postcode, address, phone, ЄДРПОУ")
    s("Відділення денного перебування працює 5 днів на тиждень з 8:00 до 16:00, розраховане на 2 групи по 15 осіб.",
      [5, 8, 0, 16, 0, 2, 15], "schedule and capacity")
    s("наданої Територіальним центром соціального обслуговування (надання соціальних послуг) Нагірянської сільської ради у 2023 році",
      [2023], "year in the title")
    s("Середній вік отримувачів – 71 рік.", [71], "average age")
    s("Станом на дату оцінювання послугу отримує 31 особа.", [31],
      "recipients at the assessment date (April 2024), outside the assessed period")
    s("Експерти опрацювали 38 особових справ отримувачів, провели 12 інтерв'ю з працівниками та спостереження протягом 3 робочих днів.",
      [38, 12, 3], "assessment methods (case files, interviews, days of observation)")
    s("від 85 до 100 % – «добре», від 60 до 84,9 % – «задовільно», менше 60 % – «незадовільно»", [85, 100, 60, 84.9, 60],
      "rating band definitions")
    s("№\tКритерій якості", list(range(1, 11)), "row numbers 1–10 of the criteria table")
    s("1. Загальні відомості", [1, 2, 3, 4, 5], "section numbers")
    s("1) облаштувати пандус до другого входу до 01.09.2024;", [1, 1, 9, 2024], "recommendation number and deadline")
    s("2) переглянути розклад занять, збільшивши кількість групових занять до 4 на тиждень;", [2, 4], "recommendation, target")
    s("3) забезпечити навчання 2 працівників з питань роботи з особами з деменцією.", [3, 2], "recommendation, target")
    s("30.04.2024", [30, 4, 2024], "date of signature")
    g.note("the criteria table has no count column: each row is a share (criterion, alt satisfaction) and a rating; "
           "the Загальна оцінка row spans № and name")
    g.note("the overall rating is written twice (table and conclusions): two facts")
    g.note("«Порушень конфіденційності не виявлено» is not a complaint count: no fact")
    g.note("«Взято на обслуговування 11 осіб» → served (alt registered_new, support_started); «припинено надання "
           "послуги» → support_completed (alt deregistered) with reasons as outcome_other")
    g.note("staff are those of the day-care department (label)")
    g.write()


if __name__ == "__main__":
    main()
