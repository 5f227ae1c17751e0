"""b110_06: external quality assessment of social support of families in СЖО provided in 2023 by the
КУ «ЦНСП» Лісовогринівецької сільської ради (Хмельницька), written by the oblast department. DOCX,
third person (the commission), criteria table with the document's own bands.
Slip: rating_band (Своєчасність 83,3 % rated «добре», the band for «добре» is 85–100 %)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, save_docx

DOC = "b110_06_lisovi_hrynivtsi_cnsp_external2023.docx"

CRIT = [
    ("Адресність та індивідуальний підхід", "targeting", "91,7", "добре"),
    ("Результативність", "effectiveness", "87,5", "добре"),
    ("Своєчасність", "timeliness", "83,3", "добре"),
    ("Доступність та відкритість", "accessibility", "95,8", "добре"),
    ("Зручність", "convenience", "79,2", "задовільно"),
    ("Повага до гідності отримувача", "dignity", "100,0", "добре"),
    ("Професійність", "professionalism", "91,7", "добре"),
]
RAT = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)
    def para(text, bold=False, center=False):
        p = d.add_paragraph(); r = p.add_run(text); r.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p
    para("ХМЕЛЬНИЦЬКА ОБЛАСНА ВІЙСЬКОВА АДМІНІСТРАЦІЯ\nДЕПАРТАМЕНТ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ", bold=True, center=True)
    para("ЗВІТ", bold=True, center=True)
    para("про проведення зовнішньої оцінки якості надання соціальної послуги соціального супроводу сімей (осіб), "
         "які перебувають у складних життєвих обставинах, комунальною установою «Центр надання соціальних послуг» "
         "Лісовогринівецької сільської ради за 2023 рік", bold=True, center=True)
    para("Зовнішню оцінку проведено на підставі наказу Департаменту від 05.02.2024 № 31-ОД комісією у складі "
         "4 осіб у період з 12 по 16 лютого 2024 року. Надавач: КУ «ЦНСП» Лісовогринівецької сільської ради, "
         "код ЄДРПОУ 43870216, 31344, Хмельницька обл., Хмельницький р-н, с. Лісові Гринівці, вул. Шкільна, 9, "
         "тел. (0382) 0-71-36.")
    para("1. Обсяги надання послуги", bold=True)
    para("За даними надавача, у 2023 році послугу соціального супроводу отримували 36 сімей, у яких виховується "
         "71 дитина. Серед них 11 сімей внутрішньо переміщених осіб та 7 сімей військовослужбовців. Протягом року "
         "під супровід взято 19 сімей. Надання послуги завершено 21 сім'ї, а саме: складні життєві обставини "
         "подолано у 15 сім'ях (71,4 %), мінімізовано – у 4, припинено у зв'язку зі зміною місця проживання – 2. "
         "На 31.12.2023 супровід триває для 15 сімей. Середня тривалість супроводу – 5,8 місяця.")
    para("Послугу надають 3 фахівці із соціальної роботи при 4 штатних посадах; навантаження не перевищує "
         "12 сімей на одного фахівця. Комісія вивчила 12 особових справ отримувачів.")
    para("2. Опитування отримувачів", bold=True)
    para("Опитано 24 отримувачів послуги: 18 – під час особистих зустрічей, 6 – телефоном. Рівень дотримання "
         "показника визначався як частка позитивних відповідей: 85–100 % – «добре», 65–84 % – «задовільно», "
         "нижче 65 % – «незадовільно».")
    para("Таблиця 2. Оцінка за показниками якості", bold=True)
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Показник якості", "Позитивні відповіді, %", "Рівень")):
        c.text = h
    for name, _, pct, rat in CRIT:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = name, pct, rat
    cells = t.add_row().cells
    cells[0].text, cells[2].text = "Загальна оцінка", "добре"
    para("")
    para("3. Висновки", bold=True)
    para("Комісія оцінює якість надання послуги соціального супроводу на рівні «добре». Скарг щодо надання "
         "послуги протягом 2023 року не зареєстровано. Надавачу рекомендовано до 01.06.2024: 1) розробити "
         "графік виїздів до 6 віддалених сіл; 2) заповнити вакантну посаду фахівця; 3) оновити інформаційні "
         "матеріали для отримувачів.")
    para("Голова комісії ____________                  19.02.2024")
    save_docx(d, path, author="ДСЗН")


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Лісовогринівецької сільської ради",
        "centre_type": "cnsp", "settlement": "Лісові Гринівці", "oblast": "Хмельницька",
        "report_kind": "external_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Лісовогринівецької сільської ради",
                    "КУ «ЦНСП» Лісовогринівецької сільської ради"],
         "settlement": ["Лісовогринівецька сільська громада", "Лісовогринівецька громада"]})
    f = g.f
    S = "social_support_sjo"
    tot = f("served", "families", 36, "послугу соціального супроводу отримували 36 сімей", service=S,
            alt=["support_ongoing"])
    ch = f("served", "children", 71, "у яких виховується \n71 дитина".replace(" \n", " "), service=S, parent=tot,
           alt=["support_ongoing"])
    c1 = f("served", "families", 11, "11 сімей внутрішньо переміщених осіб", service=S,
           category="внутрішньо переміщені особи", parent=tot)
    c2 = f("served", "families", 7, "7 сімей військовослужбовців", service=S, category="сім'ї військовослужбовців",
           parent=tot)
    st = f("support_started", "families", 19, "під супровід взято 19 сімей", service=S, parent=tot)
    cm = f("support_completed", "families", 21, "Надання послуги завершено 21 сім'ї", service=S, parent=tot)
    G = "completed_21_by_result"
    o1 = f("outcome_positive", "families", 15, "подолано у 15 сім'ях (71,4 %)", percent=71.4, service=S, group=G, parent=cm)
    o2 = f("outcome_minimized", "families", 4, "мінімізовано – у 4", service=S, group=G, parent=cm)
    o3 = f("outcome_other", "families", 2, "припинено у зв'язку зі зміною місця проживання – 2", service=S,
           label="зміна місця проживання", group=G, parent=cm)
    on = f("support_ongoing", "families", 15, "На 31.12.2023 супровід триває для 15 сімей", service=S, parent=tot)
    act = f("staff_actual", "staff", 3, "Послугу надають 3 фахівці із соціальної роботи", service=S)
    pos = f("staff_positions", "positions", 4, "при 4 штатних посадах")
    sr = f("survey_respondents", "recipients", 24, "Опитано 24 отримувачів послуги", service=S, unit_alt="persons")
    s1 = f("survey_respondents", "recipients", 18, "18 – під час особистих зустрічей", service=S, unit_alt="persons",
           label="під час особистих зустрічей", group="survey_24_by_mode", parent=sr)
    s2 = f("survey_respondents", "recipients", 6, "6 – телефоном", service=S, unit_alt="persons",
           label="телефоном", group="survey_24_by_mode", parent=sr)
    ids = {}
    for name, crit, pct, rat in CRIT:
        q = "\t".join((name, pct, rat))
        v = float(pct.replace(",", "."))
        v = int(v) if v.is_integer() else v
        a = f("share", "percent", v, q, service=S, criterion=crit, label=name, alt=["satisfaction"])
        b = f("rating", "rating", RAT[rat], q, service=S, criterion=crit)
        ids[crit] = (a, b)
    ov = f("rating", "rating", "good", "Загальна оцінка\t\tдобре", service=S, criterion="overall")
    ov2 = f("rating", "rating", "good", "Комісія оцінює якість надання послуги соціального супроводу на рівні «добре»",
            service=S, criterion="overall")
    cp = f("complaints", "complaints", 0, "Скарг щодо надання \nпослуги протягом 2023 року не зареєстровано".replace(" \n", " "),
           service=S)

    B = "[(85, 100, 'good'), (65, 84.99, 'satisfactory'), (0, 64.99, 'unsatisfactory')]"
    a, b = ids["timeliness"]
    g.slip("rating_band", "error", "Своєчасність\t83,3\tдобре", "добре", "задовільно", [a, b],
           "83,3 % lies in the document's band 65–84 % («задовільно»), but the table rates Своєчасність «добре»",
           f"band({a}, {B}) == {b}")
    g.check("rating_band", "85–100 % – «добре», 65–84 % – «задовільно», \nнижче 65 % – «незадовільно»".replace(" \n", " "),
            "the other six ratings match the bands (Зручність 79,2 → задовільно; the rest ≥ 85 → добре)",
            " and ".join(f"band({ids[c][0]}, {B}) == {ids[c][1]}" for c in ids if c != "timeliness"))
    g.check("percent_impossible", "Опитано 24 отримувачів послуги", "every level is reachable with 24 respondents (22, 21, 20, 23, 19, 24, 22 of 24)",
            " and ".join(f"grim_ok({ids[c][0]}, {sr}, 1)" for c in ids))
    g.check("parts_sum", "Опитано 24 отримувачів послуги: 18 – під час особистих зустрічей, 6 – телефоном", "18 + 6 = 24",
            f"{s1} + {s2} == {sr}")
    g.check("parts_sum", "Надання послуги завершено 21 сім'ї, а саме", "15 + 4 + 2 = 21", f"{o1} + {o2} + {o3} == {cm}")
    g.check("percent_mismatch", "подолано у 15 сім'ях (71,4 %)", "15 / 21 = 71,43 % → 71,4", f"pct_ok(p{o1[1:]}, {o1}, {cm}, 1)")
    g.check("parts_sum", "На 31.12.2023 супровід триває для 15 сімей", "36 − 21 completed = 15 continuing; 19 new ≤ 36; 11 and 7 ≤ 36",
            f"{tot} - {cm} == {on} and {st} <= {tot} and {c1} + {c2} <= {tot}")
    g.check("parts_sum", "Послугу надають 3 фахівці із соціальної роботи при 4 штатних посадах", "3 ≤ 4", f"{act} <= {pos}")

    g.skip("Лісовогринівецької сільської ради за 2023 рік", [2023], "year of the title")
    g.skip("наказу Департаменту від 05.02.2024 № 31-ОД", [5, 2, 2024, 31], "order date and number")
    g.skip("комісією у складі \n4 осіб у період з 12 по 16 лютого 2024 року".replace(" \n", " "), [4, 12, 16, 2024],
           "commission size and assessment dates")
    g.skip("код ЄДРПОУ 43870216, 31344, Хмельницька обл., Хмельницький р-н, с. Лісові Гринівці, вул. Шкільна, 9, \nтел. (0382) 0-71-36".replace(" \n", " "),
           [43870216, 31344, 9, 382, 7136], "ЄДРПОУ, postcode, address, phone")
    g.skip("За даними надавача, у 2023 році", [2023], "year")
    g.skip("1. Обсяги надання послуги", [1, 2, 3], "section numbers")
    g.skip("Середня тривалість супроводу – 5,8 місяця", [5.8], "duration")
    g.skip("навантаження не перевищує \n12 сімей на одного фахівця".replace(" \n", " "), [12], "caseload limit")
    g.skip("Комісія вивчила 12 особових справ отримувачів", [12], "case files examined (method, no §3 id)")
    g.skip("85–100 % – «добре», 65–84 % – «задовільно», \nнижче 65 % – «незадовільно»".replace(" \n", " "),
           [85, 100, 65, 84, 65], "band definitions")
    g.skip("Таблиця 2. Оцінка за показниками якості", [2], "table number")
    g.skip("до 01.06.2024: 1) розробити \nграфік виїздів до 6 віддалених сіл; 2) заповнити вакантну посаду фахівця; 3)".replace(" \n", " "),
           [1, 6, 2024, 1, 6, 2, 3], "recommendations: deadline, numbering, villages")
    g.skip("Голова комісії ____________ 19.02.2024", [19, 2, 2024], "date of the report")

    g.note("the report is written by the oblast department about the ЦНСП: meta centre is the provider assessed, the assessed period is 2023 (the assessment itself took place in February 2024)")
    g.note("every fact carries service social_support_sjo; «отримували 36 сімей» → served (alt support_ongoing); the 11 IDP families and 7 military families are overlapping categories («Серед них») → parent only")
    g.note("results of the 21 completed: outcome_positive 15 (71,4 %), outcome_minimized 4, outcome_other 2 (moved) — one group")
    g.note("criteria table: each row is a share (criterion, alt satisfaction) and a rating; the overall rating in the table and in the conclusions: two facts. 100,0 is stored as 100")
    g.note("Своєчасність 83,3 % is rated «добре» against the document's own band 85–100 % (planted slip)")
    g.write()


if __name__ == "__main__":
    build(report_path(DOC))
    gold()
