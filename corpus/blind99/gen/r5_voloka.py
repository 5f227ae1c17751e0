"""b99_05: external quality assessment of home care provided in 2023 by КУ «ЦНСП» Волоківської сільської ради
(Чернівецька), written by the oblast department. DOCX with a criteria table and the document's own bands.
Third person. Slip: rating_band."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b99_05_voloka_cnsp_external2023.docx"

BEFORE = [
    ("c", "ДЕПАРТАМЕНТ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ЧЕРНІВЕЦЬКОЇ ОБЛАСНОЇ ВІЙСЬКОВОЇ АДМІНІСТРАЦІЇ"),
    ("c", "ВИСНОВОК"),
    ("c", "за результатами зовнішньої оцінки якості соціальної послуги догляду вдома, наданої Комунальною установою "
          "«Центр надання соціальних послуг» Волоківської сільської ради у 2023 році"),
    ("p", "Зовнішню оцінку проведено на виконання наказу Департаменту від 05.02.2024 № 31-од у період з 19 по 23 лютого "
          "2024 року комісією у складі 4 осіб. Надавач: КУ «Центр надання соціальних послуг» Волоківської сільської ради "
          "Чернівецького району Чернівецької області, код ЄДРПОУ 43301772, 60355, с. Волока, вул. Головна, 105, "
          "тел. (03722) 0-41-90."),
    ("h", "1. Отримувачі послуги"),
    ("p", "Упродовж 2023 року послугу догляду вдома отримували 74 особи, серед них 9 осіб з інвалідністю І групи. "
          "Середній вік отримувачів – 78 років. Протягом року припинено надання послуги 13 особам: у зв'язку зі "
          "смертю – 8, у зв'язку з влаштуванням до закладу стаціонарного догляду – 2, за власною заявою – 3. "
          "Станом на 31.12.2023 послугу отримують 61 особа."),
    ("h", "2. Методи оцінювання"),
    ("p", "Комісія вивчила 20 особових справ (27 % від загальної кількості), провела інтерв'ю з 6 працівниками та "
          "анкетування отримувачів. В анкетуванні взяли участь 46 отримувачів послуги (62,2 % від тих, хто отримував "
          "послугу у 2023 році)."),
    ("p", "Рівень якості за кожним критерієм визначається за часткою позитивних відповідей: 85–100 % – «добре», "
          "60–84 % – «задовільно», менше 60 % – «незадовільно»."),
    ("h", "3. Результати оцінки"),
    ("i", "Таблиця 2. Результати оцінки якості за критеріями"),
]
TABLE = [
    ["№", "Критерій", "Позитивних відповідей, %", "Оцінка"],
    ["1", "Адресність та індивідуальний підхід", "93,5", "добре"],
    ["2", "Результативність", "87,0", "добре"],
    ["3", "Своєчасність", "82,6", "добре"],
    ["4", "Доступність та безперешкодність", "78,3", "задовільно"],
    ["5", "Повага до гідності", "100,0", "добре"],
    ["6", "Професійність", "95,7", "добре"],
    ["7", "Безпечність", "89,1", "добре"],
    ["8", "Конфіденційність", "97,8", "добре"],
    ["Загальна оцінка", "", "", "добре"],
]
AFTER = [
    ("p", "Частка отримувачів, у яких за час отримання послуги відбулося покращення стану, становить 41,3 %. "
          "Скарг від отримувачів протягом 2023 року не надходило."),
    ("p", "Послугу надають 11 соціальних робітників при 12 штатних посадах соціального робітника. У 2023 році "
          "8 працівників пройшли навчання за програмою підвищення кваліфікації."),
    ("h", "4. Висновки та рекомендації"),
    ("p", "Загальна оцінка якості послуги догляду вдома, наданої у 2023 році, – «добре». Надавачу рекомендовано:"),
    ("p", "1) забезпечити безперешкодний доступ до приміщення (пандус) до 01.07.2024;"),
    ("p", "2) переглянути графік відвідувань у 3 старостинських округах;"),
    ("p", "3) заповнити вакантну посаду соціального робітника."),
    ("p", "Висновок складено у 2 примірниках. Голова комісії ___________"),
]
BANDS = "[(85, 100, 'good'), (60, 84.99, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"


def build(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)

    def put(items):
        for kind, txt in items:
            if kind == "h":
                d.add_heading(txt, level=3)
            elif kind == "c":
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.add_run(txt).bold = True
            elif kind == "i":
                d.add_paragraph().add_run(txt).italic = True
            else:
                d.add_paragraph(txt)
    put(BEFORE)
    tb = d.add_table(rows=len(TABLE), cols=4)
    tb.style = "Table Grid"
    for i, row in enumerate(TABLE[:-1]):
        for j, c in enumerate(row):
            tb.cell(i, j).text = c
    last = len(TABLE) - 1
    m = tb.cell(last, 0).merge(tb.cell(last, 2))
    m.text = "Загальна оцінка"
    tb.cell(last, 3).text = "добре"
    put(AFTER)
    fix_docx_props(d, author="ДСЗН")
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Волоківської сільської ради",
        "centre_type": "cnsp", "settlement": "Волока", "oblast": "Чернівецька",
        "report_kind": "external_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31",
    }, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Волоківської сільської ради",
                   "КУ «Центр надання соціальних послуг» Волоківської сільської ради"]})
    f = g.f
    F = lambda x: "f" + x[1:]
    P = lambda x: "p" + x[1:]
    sv = f("served", "persons", 74, "Упродовж 2023 року послугу догляду вдома отримували 74 особи", service="home_care")
    dis = f("served", "persons", 9, "серед них 9 осіб з інвалідністю І групи", service="home_care",
            category="особи з інвалідністю І групи", parent=sv)
    cm = f("support_completed", "persons", 13, "Протягом року припинено надання послуги 13 особам", service="home_care",
           alt=["deregistered"])
    o1 = f("outcome_other", "persons", 8, "у зв'язку зі смертю – 8", label="смерть", group="stopped_13", parent=cm)
    o2 = f("outcome_other", "persons", 2, "у зв'язку з влаштуванням до закладу стаціонарного догляду – 2",
           label="влаштування до закладу стаціонарного догляду", group="stopped_13", parent=cm)
    o3 = f("outcome_other", "persons", 3, "за власною заявою – 3", label="за власною заявою", group="stopped_13", parent=cm)
    on = f("support_ongoing", "persons", 61, "Станом на 31.12.2023 послугу отримують 61 особа", service="home_care")
    sr = f("survey_respondents", "recipients", 46, "В анкетуванні взяли участь 46 отримувачів послуги", percent=62.2,
           unit_alt="persons")
    crit = [("targeting", 1), ("effectiveness", 2), ("timeliness", 3), ("accessibility", 4), ("dignity", 5),
            ("professionalism", 6), ("safety", 7), ("confidentiality", 8)]
    rmap = {"добре": "good", "задовільно": "satisfactory"}
    sh, rt = {}, {}
    for cid, i in crit:
        row = TABLE[i]
        q = "\t".join(row)
        v = float(row[2].replace(",", "."))
        sh[cid] = f("share", "percent", int(v) if v.is_integer() else v, q,
                    criterion=cid, label="частка позитивних відповідей", alt=["satisfaction"])
        rt[cid] = f("rating", "rating", rmap[row[3]], q, criterion=cid)
    ov = f("rating", "rating", "good", "Загальна оцінка\tдобре", criterion="overall")
    imp = f("share", "percent", 41.3, "Частка отримувачів, у яких за час отримання послуги відбулося покращення стану, становить 41,3 %",
            label="частка отримувачів, у яких відбулося покращення стану", criterion="effectiveness")
    cp = f("complaints", "complaints", 0, "Скарг від отримувачів протягом 2023 року не надходило")
    sa = f("staff_actual", "staff", 11, "Послугу надають 11 соціальних робітників", label="соціальні робітники")
    sp = f("staff_positions", "positions", 12, "при 12 штатних посадах соціального робітника", label="соціальні робітники")
    tr = f("staff_trained", "staff", 8, "8 працівників пройшли навчання за програмою підвищення кваліфікації")
    ov2 = f("rating", "rating", "good", "Загальна оцінка якості послуги догляду вдома, наданої у 2023 році, – «добре»",
            criterion="overall", note="repeats the table's overall rating; a second fact")
    g.slip("rating_band", "error", "3\tСвоєчасність\t82,6\tдобре", "добре", "задовільно", [sh["timeliness"], rt["timeliness"]],
           "82,6 % lies in the document's own band 60–84 % «задовільно», but the table says «добре»",
           f"band({F(sh['timeliness'])}, {BANDS}) == {F(rt['timeliness'])}")
    for cid, i in crit:
        if cid == "timeliness":
            continue
        g.check("rating_band", "\t".join(TABLE[i]), f"{TABLE[i][2]} % → {TABLE[i][3]} under 85–100 / 60–84 / <60",
                f"band({F(sh[cid])}, {BANDS}) == {F(rt[cid])}")
    g.check("percent_impossible", "Позитивних відповідей, %",
            "every criterion share is reachable with 46 respondents (43, 40, 38, 36, 46, 44, 41, 45 of 46); so is 41,3 % (19 of 46)",
            " and ".join(f"grim_ok({F(sh[c])}, {F(sr)}, 1)" for c, _ in crit) + f" and grim_ok({F(imp)}, {F(sr)}, 1)")
    g.check("percent_mismatch", "В анкетуванні взяли участь 46 отримувачів послуги (62,2 %", "46 / 74 = 62,16 % → 62,2",
            f"pct_ok({P(sr)}, {F(sr)}, {F(sv)}, 1)")
    g.check("parts_sum", "Протягом року припинено надання послуги 13 особам", "8 + 2 + 3 = 13",
            f"{F(o1)} + {F(o2)} + {F(o3)} == {F(cm)}")
    g.check("parts_sum", "Станом на 31.12.2023 послугу отримують 61 особа", "74 − 13 = 61", f"{F(sv)} - {F(cm)} == {F(on)}")
    g.check("parts_sum", "серед них 9 осіб з інвалідністю І групи", "9 ≤ 74", f"{F(dis)} <= {F(sv)}")
    g.check("parts_sum", "Послугу надають 11 соціальних робітників при 12 штатних посадах", "11 ≤ 12; one vacancy (recommendation 3)",
            f"{F(sa)} <= {F(sp)} and {F(tr)} <= {F(sa)}")
    g.check("percent_mismatch", "вивчила 20 особових справ (27 % від загальної кількості)", "20 / 74 = 27,03 % → 27 (20 is a skipped literal)",
            f"pct_ok(27, 20, {F(sv)}, 0)")
    g.check("internal_conflict", "Загальна оцінка якості послуги догляду вдома, наданої у 2023 році, – «добре»",
            "the overall rating in the conclusions equals the table's", f"{F(ov)} == {F(ov2)}")
    s = g.skip
    s("від 05.02.2024 № 31-од у період з 19 по 23 лютого 2024 року комісією у складі 4 осіб", [5, 2, 2024, 31, 19, 23, 2024, 4],
      "order date and number, assessment dates, commission size")
    s("код ЄДРПОУ 43301772, 60355, с. Волока, вул. Головна, 105, тел. (03722) 0-41-90", [43301772, 60355, 105, 3722, 4190],
      "ЄДРПОУ, postcode, address, phone")
    s("наданої Комунальною установою «Центр надання соціальних послуг» Волоківської сільської ради у 2023 році", [2023], "year")
    s("Середній вік отримувачів – 78 років", [78], "average age")
    s("Станом на 31.12.2023", [31, 12, 2023], "date")
    s("Комісія вивчила 20 особових справ (27 % від загальної кількості), провела інтерв'ю з 6 працівниками", [20, 27, 6],
      "case files studied, their share, staff interviewed: assessment method, no §3 id")
    s("від тих, хто отримував послугу у 2023 році", [2023], "year")
    s("85–100 % – «добре», 60–84 % – «задовільно», менше 60 % – «незадовільно»", [85, 100, 60, 84, 60], "band definitions")
    s("Таблиця 2. Результати оцінки якості за критеріями", [2], "table number")
    s("1\tАдресність та індивідуальний підхід", [1, 2, 3, 4, 5, 6, 7, 8], "row numbers")
    s("до 01.07.2024", [1, 7, 2024], "deadline of a recommendation")
    s("переглянути графік відвідувань у 3 старостинських округах", [3], "number of districts")
    s("1) забезпечити", [1, 2, 3], "recommendation numbers")
    s("Висновок складено у 2 примірниках", [2], "copies")
    s("1. Отримувачі послуги", [1, 2, 3, 4], "section numbers")
    s("Скарг від отримувачів протягом 2023 року", [2023], "year")
    s("У 2023 році 8 працівників", [2023], "year")
    g.note("the document is written by the oblast department about the ЦНСП: meta describes the assessed provider (centre, centre_type cnsp, settlement Волока), the period is the assessed year 2023, not the assessment dates in February 2024")
    g.note("criterion shares → share with criterion (alt satisfaction); ratings → rating with criterion; each table cell is a fact quoted by its row")
    g.note("criterion mapping: Адресність та індивідуальний підхід → targeting, Доступність та безперешкодність → accessibility, Повага до гідності → dignity, Безпечність → safety")
    g.note("the overall rating is written twice (table and conclusions): two facts")
    g.note("«припинено надання послуги» → support_completed (alt deregistered) with reasons as outcome_other; «станом на 31.12.2023 отримують» → support_ongoing")
    g.note("46 respondents (62,2 %) → survey_respondents with percent, of the 74 served")
    g.note("the improvement share 41,3 % → share with label, criterion effectiveness")
    g.note("100,0 and 87,0 are stored as the integers 100 and 87")
    g.note("planted slip: Своєчасність 82,6 % rated «добре», but the document's own band for «добре» is 85–100 % (rating_band)")
    return g


if __name__ == "__main__":
    build(report_path(DOC))
    gold().write()
