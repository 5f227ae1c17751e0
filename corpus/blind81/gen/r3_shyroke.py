"""b81_03: КУ «ЦНСП» Широківської селищної ради (Дніпропетровська), internal quality assessment of
home care provided in 2024. DOCX with a criteria table (№ / criterion / % / rating) and the document's
own bands (85–100 «добре»). Third person. Planted slip: rating_band (Своєчасність 81,8 % rated «добре»)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b81_03_shyroke_cnsp_internal2024.docx"

ROWS = [
    ("1", "Адресність та індивідуальний підхід", "94,3", "добре", "targeting", 94.3, "good"),
    ("2", "Результативність", "87,5", "добре", "effectiveness", 87.5, "good"),
    ("3", "Своєчасність", "81,8", "добре", "timeliness", 81.8, "good"),
    ("4", "Доступність та відкритість", "90,9", "добре", "accessibility", 90.9, "good"),
    ("5", "Зручність", "76,1", "задовільно", "convenience", 76.1, "satisfactory"),
    ("6", "Повага до гідності отримувача", "100,0", "добре", "dignity", 100, "good"),
    ("7", "Професійність", "95,5", "добре", "professionalism", 95.5, "good"),
    ("8", "Незалежність отримувача", "88,6", "добре", "independence", 88.6, "good"),
    ("9", "Захист та безпека", "92,0", "добре", "safety", 92, "good"),
    ("10", "Конфіденційність інформації", "97,7", "добре", "confidentiality", 97.7, "good"),
]

PARAS_BEFORE = [
    ("c", "Комунальна установа «Центр надання соціальних послуг» Широківської селищної ради"),
    ("c", "Дніпропетровської області"),
    ("c", "53700, смт Широке, вул. Героїв Чорнобиля, 21, тел. (05657) 0-91-36, код ЄДРПОУ 44190857"),
    ("b", "ЗВІТ"),
    ("b", "про результати внутрішньої оцінки якості соціальної послуги догляду вдома, наданої у 2024 році"),
    ("p", "Внутрішню оцінку проведено відповідно до Методичних рекомендацій, затверджених наказом Мінсоцполітики від 27.12.2013 № 904, на підставі наказу директора установи від 02.12.2024 № 87-од комісією у складі 5 осіб у період з 09 по 20 грудня 2024 року."),
    ("h", "1. Загальна інформація про послугу"),
    ("p", "Послугу догляду вдома у 2024 році отримували 146 осіб, серед них 112 жінок і 34 чоловіки. Середній вік отримувачів – 78 років, найстаршій отримувачці виповнилося 96. Послуга надавалася у 23 населених пунктах громади, найвіддаленіший з яких розташований за 41 км від селища."),
    ("p", "Протягом року розпочато надання послуги 31 особі. Припинено надання послуги 27 особам, з них у зв'язку зі смертю – 18, у зв'язку з влаштуванням до стаціонарної установи – 5, за письмовою заявою отримувача – 4."),
    ("p", "Соціальними робітниками надано 21 904 послуги догляду вдома. Догляд здійснювали 29 соціальних робітників, за кожним закріплено в середньому 5 отримувачів."),
    ("h", "2. Методи оцінювання"),
    ("p", "Опрацьовано 146 особових справ отримувачів, проведено 14 співбесід з працівниками та анкетування 88 отримувачів послуги (60,3 % від загальної кількості). Анкета містила 24 запитання."),
    ("p", "Рівень дотримання кожного критерію визначався за часткою позитивних відповідей: 85–100 % – «добре», 60–84 % – «задовільно», менше 60 % – «незадовільно»."),
    ("h", "3. Результати оцінювання"),
    ("p", "Таблиця 1. Оцінка за критеріями якості"),
]

PARAS_AFTER = [
    ("p", "Загалом якістю послуги догляду вдома задоволені 93,2 % опитаних отримувачів."),
    ("p", "Протягом 2024 року скарг щодо надання послуги не надходило. Порівняно з 2023 роком частка позитивних відповідей за критерієм «Зручність» зросла з 71,2 % до 76,1 %."),
    ("h", "4. Кадрове забезпечення"),
    ("p", "Штатна чисельність установи – 52 посади, станом на 31.12.2024 фактично працюють 48 осіб. Підвищення кваліфікації у 2024 році пройшли 19 соціальних робітників."),
    ("h", "5. Висновки та рекомендації"),
    ("p", "За результатами внутрішньої оцінки якість соціальної послуги догляду вдома визнано на рівні «добре». Рекомендовано:"),
    ("p", "1) до 01.03.2025 переглянути графіки відвідувань, щоб час очікування першого візиту не перевищував 5 робочих днів;"),
    ("p", "2) придбати 2 пандуси та 3 комплекти допоміжних засобів для отримувачів із 7 віддалених сіл."),
    ("p", "Голова комісії                                   (підпис)"),
    ("p", "20.12.2024"),
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)

    def para(kind, text):
        p = d.add_paragraph()
        r = p.add_run(text)
        if kind in ("b", "h"):
            r.bold = True
        if kind in ("c", "b"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if kind == "p":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    for k, t in PARAS_BEFORE:
        para(k, t)
    tab = d.add_table(rows=1, cols=4)
    tab.style = "Table Grid"
    for i, h in enumerate(("№ з/п", "Критерій", "Частка позитивних відповідей, %", "Оцінка")):
        tab.rows[0].cells[i].text = h
    for row in ROWS:
        cells = tab.add_row().cells
        for i in range(4):
            cells[i].text = row[i]
    cells = tab.add_row().cells
    a = cells[0].merge(cells[1])
    a.text = "Загальна оцінка якості"
    cells[2].text = "–"
    cells[3].text = "добре"
    for k, t in PARAS_AFTER:
        para(k, t)
    fix_docx_props(d, author="ЦНСП")
    d.save(path)
    freeze_zip(path)


def main():
    build(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Широківської селищної ради",
        "centre_type": "cnsp", "settlement": "Широке", "oblast": "Дніпропетровська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Широківської селищної ради",
                             "КУ «Центр надання соціальних послуг» Широківської селищної ради"]})
    s = g.f("served", "persons", 146, "Послугу догляду вдома у 2024 році отримували 146 осіб", service="home_care")
    w = g.f("served", "persons", 112, "112 жінок", service="home_care", label="жінки", group="served_146_by_sex", parent=s)
    m = g.f("served", "persons", 34, "34 чоловіки", service="home_care", label="чоловіки", group="served_146_by_sex", parent=s)
    st = g.f("support_started", "persons", 31, "Протягом року розпочато надання послуги 31 особі.",
             service="home_care", alt=["served", "registered_new"])
    c = g.f("support_completed", "persons", 27, "Припинено надання послуги 27 особам",
            service="home_care", alt=["deregistered"])
    grp = "stopped_27_by_reason"
    c1 = g.f("outcome_other", "persons", 18, "з них у зв'язку зі смертю – 18", service="home_care",
             label="у зв'язку зі смертю", group=grp, parent=c)
    c2 = g.f("outcome_other", "persons", 5, "у зв'язку з влаштуванням до стаціонарної установи – 5", service="home_care",
             label="влаштування до стаціонарної установи", group=grp, parent=c)
    c3 = g.f("outcome_other", "persons", 4, "за письмовою заявою отримувача – 4", service="home_care",
             label="за заявою отримувача", group=grp, parent=c)
    g.f("services_provided", "services", 21904, "Соціальними робітниками надано 21 904 послуги догляду вдома.",
        service="home_care")
    sw = g.f("staff_actual", "staff", 29, "Догляд здійснювали 29 соціальних робітників", label="соціальні робітники")
    sv = g.f("survey_respondents", "recipients", 88, "анкетування 88 отримувачів послуги (60,3 % від загальної кількості)",
             percent=60.3, service="home_care", unit_alt="persons")
    share_ids, rate_ids = {}, {}
    for no, name, pct, rate, crit, val, rid in ROWS:
        q = f"{no}\t{name}\t{pct}\t{rate}"
        share_ids[crit] = g.f("share", "percent", val, q, criterion=crit, service="home_care",
                              label=f"частка позитивних відповідей: {name}", alt=["satisfaction"])
        rate_ids[crit] = g.f("rating", "rating", rid, q, criterion=crit, service="home_care")
    ov = g.f("rating", "rating", "good", "Загальна оцінка якості\t–\tдобре", criterion="overall", service="home_care")
    sat = g.f("satisfaction", "percent", 93.2, "Загалом якістю послуги догляду вдома задоволені 93,2 % опитаних отримувачів.",
              service="home_care")
    g.f("complaints", "complaints", 0, "Протягом 2024 року скарг щодо надання послуги не надходило.")
    pos = g.f("staff_positions", "positions", 52, "Штатна чисельність установи – 52 посади")
    act = g.f("staff_actual", "staff", 48, "фактично працюють 48 осіб")
    tr = g.f("staff_trained", "staff", 19, "Підвищення кваліфікації у 2024 році пройшли 19 соціальних робітників.")
    ov2 = g.f("rating", "rating", "good", "якість соціальної послуги догляду вдома визнано на рівні «добре»",
              criterion="overall", service="home_care")

    bands = "[(85, 100, 'good'), (60, 84.99, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"
    t = share_ids["timeliness"]
    g.slip("rating_band", "error", "3\tСвоєчасність\t81,8\tдобре", "good", "satisfactory",
           [t, rate_ids["timeliness"]],
           "the document's own bands: 85–100 % «добре», 60–84 % «задовільно»; 81,8 % falls in «задовільно» but is rated «добре»",
           f"band({t}, {bands}) == {rate_ids['timeliness']}")
    for crit in share_ids:
        if crit == "timeliness":
            continue
        sid, rid = share_ids[crit], rate_ids[crit]
        g.check("rating_band", g._by_id[sid]["quote"], f"{g._by_id[sid]['value']} % → {g._by_id[rid]['value']} under the document's bands",
                f"band({sid}, {bands}) == {rid}")
    g.check("percent_impossible", "Частка позитивних відповідей, %",
            "every criterion share is reachable with 88 respondents (83, 77, 72, 80, 67, 88, 84, 78, 81, 86 of 88)",
            " and ".join(f"grim_ok({x}, {sv}, 1)" for x in share_ids.values()))
    g.check("percent_impossible", "задоволені 93,2 % опитаних", "82 of 88 = 93,18 % → 93,2", f"grim_ok({sat}, {sv}, 1)")
    g.check("percent_mismatch", "анкетування 88 отримувачів послуги (60,3 % від загальної кількості)",
            "88 of 146 = 60,27 % → 60,3", f"pct_ok(p{sv[1:]}, {sv}, {s}, 1)")
    g.check("parts_sum", "серед них 112 жінок і 34 чоловіки", "112 + 34 = 146", f"{w} + {m} == {s}")
    g.check("parts_sum", "Припинено надання послуги 27 особам, з них", "18 + 5 + 4 = 27", f"{c1} + {c2} + {c3} == {c}")
    g.check("parts_sum", "фактично працюють 48 осіб", "29 social workers ≤ 48 working ≤ 52 positions; 19 trained ≤ 48",
            f"{sw} <= {act} <= {pos} and {tr} <= {act}")
    g.check("internal_conflict", "якість соціальної послуги догляду вдома визнано на рівні «добре»",
            "the conclusion repeats the table's overall rating", f"{ov} == {ov2}")

    g.skip("53700, смт Широке, вул. Героїв Чорнобиля, 21, тел. (05657) 0-91-36, код ЄДРПОУ 44190857",
           [53700, 21, 5657, 9136, 44190857], "postcode, address, phone, ЄДРПОУ")
    g.skip("наданої у 2024 році", [2024], "year in the title")
    g.skip("наказом Мінсоцполітики від 27.12.2013 № 904, на підставі наказу директора установи від 02.12.2024 № 87-од комісією у складі 5 осіб у період з 09 по 20 грудня 2024 року.",
           [27, 12, 2013, 904, 2, 12, 2024, 87, 5, 9, 20, 2024], "order dates/numbers, commission size, assessment dates")
    g.skip("1. Загальна інформація про послугу", [1, 2, 3, 4, 5], "section numbers")
    g.skip("Середній вік отримувачів – 78 років, найстаршій отримувачці виповнилося 96.", [78, 96], "ages")
    g.skip("Послуга надавалася у 23 населених пунктах громади, найвіддаленіший з яких розташований за 41 км від селища.",
           [23, 41], "settlements, distance")
    g.skip("за кожним закріплено в середньому 5 отримувачів", [5], "ratio")
    g.skip("Опрацьовано 146 особових справ отримувачів, проведено 14 співбесід з працівниками",
           [146, 14], "assessment methods: case files, interviews (no §3 id)")
    g.skip("Анкета містила 24 запитання.", [24], "number of questions")
    g.skip("85–100 % – «добре», 60–84 % – «задовільно», менше 60 % – «незадовільно»", [85, 100, 60, 84, 60], "band definitions")
    g.skip("Таблиця 1. Оцінка за критеріями якості", [1], "table number")
    g.skip("№ з/п", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "row numbers 1–10")
    g.skip("Порівняно з 2023 роком частка позитивних відповідей за критерієм «Зручність» зросла з 71,2 % до 76,1 %.",
           [2023, 71.2, 76.1], "prior-year share; the 76,1 repeats the table row (not a second fact: a comparison sentence)")
    g.skip("станом на 31.12.2024", [31, 12, 2024], "date")
    g.skip("1) до 01.03.2025 переглянути графіки відвідувань, щоб час очікування першого візиту не перевищував 5 робочих днів;",
           [1, 1, 3, 2025, 5], "recommendation number, deadline, target")
    g.skip("2) придбати 2 пандуси та 3 комплекти допоміжних засобів для отримувачів із 7 віддалених сіл.",
           [2, 2, 3, 7], "recommendation: items, settlements")
    g.skip("20.12.2024", [20, 12, 2024], "date of signing")
    g.note("each table row gives two facts, share (criterion, alt satisfaction) and rating, both quoted by the row; the merged «Загальна оцінка якості» row gives the overall rating")
    g.note("the overall rating is written twice (table and conclusions): two facts")
    g.note("«Припинено надання послуги 27 особам» → support_completed (alt deregistered), reasons as outcome_other parts")
    g.note("«розпочато надання послуги 31 особі» → support_started (alt served, registered_new)")
    g.note("«Догляд здійснювали 29 соціальних робітників» → staff_actual with a label (part of the 48 working, not written as «з них»)")
    g.note("bands: the document writes 60–84 % for «задовільно»; the verify uses 84.99 as the upper edge so that 84,x is read as written")
    g.write()


if __name__ == "__main__":
    main()
