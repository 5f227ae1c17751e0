"""b70_06: external quality assessment of the services of КУ «ЦНСП» Козинської селищної ради (Київська)
provided in 2023, written by the oblast department. DOCX with a criteria table. Third person."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b70_06_kozyn_cnsp_external2023.docx"

HEAD = ["ДЕПАРТАМЕНТ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ",
        "КИЇВСЬКОЇ ОБЛАСНОЇ ВІЙСЬКОВОЇ АДМІНІСТРАЦІЇ",
        "01196, м. Київ, пл. Лесі Українки, 1; тел. (044) 0-86-52-17"]
TITLE = "ЗВІТ за результатами зовнішньої оцінки якості соціальних послуг, наданих у 2023 році Комунальною установою «Центр надання соціальних послуг» Козинської селищної ради"
P1 = [
    "Зовнішню оцінку проведено відповідно до наказу Департаменту від 08.01.2024 № 6 у період з 15 по 26 січня 2024 року робочою групою з 4 осіб. Предмет оцінювання – послуги консультування, соціального супроводу сімей (осіб), які перебувають у складних життєвих обставинах, та соціальної адаптації.",
    "Установа (код ЄДРПОУ 44062819; 08711, Обухівський р-н, селище Козин, вул. Рудиківська, 3, тел. (04572) 0-93-44) обслуговує 6 населених пунктів громади, у яких проживає понад 18 тис. осіб.",
    "За даними звітності Центру, у 2023 році соціальні послуги отримали 1 127 осіб, зокрема консультування – 862 особи, соціальну адаптацію – 44 особи. Соціальний супровід надавався 29 сім'ям, у яких виховується 63 дитини. Упродовж року під супровід узято 11 сімей, завершено супровід 14 сімей, з них з позитивним результатом – 10, зі станом «мінімізовано» – 3, без результату – 1.",
    "Робоча група вивчила 40 особових справ отримувачів (вибірка – 4 %), провела 12 інтерв'ю з працівниками та анкетування 48 отримувачів послуг.",
    "Оцінку за показниками якості визначено за шкалою: «добре» – 80 % і більше; «задовільно» – від 60 до 79 %; «незадовільно» – менше 60 %.",
]
TABLE_TITLE = "Таблиця. Показники якості соціальних послуг"
ROWS = [("Показник якості", "Значення, %", "Оцінка"),
        ("Адресність та індивідуальний підхід", "95,8", "добре"),
        ("Результативність", "87,5", "добре"),
        ("Своєчасність", "91,7", "добре"),
        ("Доступність та відкритість", "83,3", "добре"),
        ("Повага до гідності отримувача", "100", "добре"),
        ("Професійність", "93,8", "добре"),
        ("Конфіденційність інформації", "100", "добре")]
P2 = [
    "Загалом роботу Центру отримувачі оцінили так: «відмінно» – 56,3 %, «добре» – 35,4 %, «задовільно» – 10,4 % опитаних.",
    "Скарг на якість соціальних послуг протягом 2023 року до Центру та Департаменту не надходило.",
    "Штатний розпис Центру – 23 посади, фактично працюють 21 особа, з них 9 фахівців із соціальної роботи. У 2023 році 6 працівників пройшли навчання з надання послуги соціального супроводу.",
    "Загальна оцінка якості надання соціальних послуг Центром – «добре».",
    "Рекомендовано до 30.06.2024: 1) розмістити на сайті громади перелік послуг і тарифи; 2) забезпечити супервізію для фахівців не рідше 1 разу на квартал.",
]


def make(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for h in HEAD:
        p = d.add_paragraph(h)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph(TITLE)
    p.runs[0].bold = True
    for x in P1:
        d.add_paragraph(x)
    d.add_paragraph(TABLE_TITLE)
    t = d.add_table(rows=len(ROWS), cols=3)
    t.style = "Table Grid"
    for r, row in enumerate(ROWS):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    for x in P2:
        d.add_paragraph(x)
    fix_docx_props(d, "ДСЗН")
    d.save(path)
    freeze_zip(path)


def build():
    path = report_path(DOC)
    make(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Козинської селищної ради",
        "centre_type": "cnsp", "settlement": "Козин", "oblast": "Київська",
        "report_kind": "external_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Козинської селищної ради",
                    "КУ «Центр надання соціальних послуг» Козинської селищної ради"]})
    f = g.f
    sv = f("served", "persons", 1127, "у 2023 році соціальні послуги отримали 1 127 осіб")
    s1 = f("served", "persons", 862, "консультування – 862 особи", service="counselling", parent=sv)
    s2 = f("served", "persons", 44, "соціальну адаптацію – 44 особи", service="social_adaptation", parent=sv)
    ss = f("served", "families", 29, "Соціальний супровід надавався 29 сім'ям", service="social_support_sjo",
           alt=["support_ongoing"])
    sc = f("served", "children", 63, "у яких виховується 63 дитини", service="social_support_sjo",
           alt=["support_ongoing"], parent=ss)
    st = f("support_started", "families", 11, "під супровід узято 11 сімей", service="social_support_sjo", parent=ss)
    sd = f("support_completed", "families", 14, "завершено супровід 14 сімей", service="social_support_sjo", parent=ss)
    o1 = f("outcome_positive", "families", 10, "з позитивним результатом – 10", service="social_support_sjo",
           group="completed_14_by_result", parent=sd)
    o2 = f("outcome_minimized", "families", 3, "зі станом «мінімізовано» – 3", service="social_support_sjo",
           group="completed_14_by_result", parent=sd)
    o3 = f("outcome_negative", "families", 1, "без результату – 1", service="social_support_sjo",
           group="completed_14_by_result", parent=sd)
    rs = f("survey_respondents", "recipients", 48, "анкетування 48 отримувачів послуг", unit_alt="persons")
    rows = [("Адресність та індивідуальний підхід\t95,8\tдобре", "targeting", 95.8),
            ("Результативність\t87,5\tдобре", "effectiveness", 87.5),
            ("Своєчасність\t91,7\tдобре", "timeliness", 91.7),
            ("Доступність та відкритість\t83,3\tдобре", "accessibility", 83.3),
            ("Повага до гідності отримувача\t100\tдобре", "dignity", 100),
            ("Професійність\t93,8\tдобре", "professionalism", 93.8),
            ("Конфіденційність інформації\t100\tдобре", "confidentiality", 100)]
    tab = []
    for q, cr, pc in rows:
        a = f("share", "percent", pc, q, criterion=cr, label="значення показника якості", alt=["satisfaction"])
        b = f("rating", "rating", "good", q, criterion=cr)
        tab.append((a, b))
    dq = "Загалом роботу Центру отримувачі оцінили так: «відмінно» – 56,3 %, «добре» – 35,4 %, «задовільно» – 10,4 % опитаних."
    d1 = f("satisfaction", "percent", 56.3, "«відмінно» – 56,3 %", label="оцінили роботу Центру «відмінно»",
           alt=["share"], group="overall_opinion_48")
    d2 = f("share", "percent", 35.4, "«добре» – 35,4 %", label="оцінили роботу Центру «добре»",
           alt=["satisfaction"], group="overall_opinion_48")
    d3 = f("share", "percent", 10.4, "«задовільно» – 10,4 % опитаних", label="оцінили роботу Центру «задовільно»",
           group="overall_opinion_48")
    cp = f("complaints", "complaints", 0, "Скарг на якість соціальних послуг протягом 2023 року до Центру та Департаменту не надходило.")
    pos = f("staff_positions", "positions", 23, "Штатний розпис Центру – 23 посади")
    act = f("staff_actual", "staff", 21, "фактично працюють 21 особа")
    sw = f("staff_actual", "staff", 9, "з них 9 фахівців із соціальної роботи", label="фахівці із соціальної роботи",
           parent=act)
    tr = f("staff_trained", "staff", 6, "У 2023 році 6 працівників пройшли навчання")
    ov = f("rating", "rating", "good", "Загальна оцінка якості надання соціальних послуг Центром – «добре».",
           criterion="overall")

    g.slip("percents_sum", "error", dq, 102.1, 100, [d1, d2, d3],
           "the three answers partition the 48 respondents but sum to 56,3 + 35,4 + 10,4 = 102,1 %. Each share alone is "
           "reachable with 48 (27, 17 and 5 of 48), but 27 + 17 + 5 = 49 > 48.",
           f"psum_ok([{d1}, {d2}, {d3}], 1)")
    g.check("percent_impossible", dq, "each of 56,3 / 35,4 / 10,4 % is reachable with 48 respondents",
            f"grim_ok({d1}, {rs}, 1) and grim_ok({d2}, {rs}, 1) and grim_ok({d3}, {rs}, 1)")
    BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    g.check("rating_band", "Оцінку за показниками якості визначено за шкалою",
            "all seven values (83,3–100 %) are ≥ 80 % and rated «добре»",
            " and ".join(f"band({a}, {BANDS}) == {b}" for a, b in tab))
    g.check("parts_sum", "завершено супровід 14 сімей, з них", "10 + 3 + 1 = 14; 11 started and 14 completed ≤ 29",
            f"{o1} + {o2} + {o3} == {sd} and {st} <= {ss} and {sd} <= {ss}")
    g.check("parts_sum", "зокрема консультування – 862 особи, соціальну адаптацію – 44 особи",
            "«зокрема»: 862 + 44 ≤ 1 127 (not a full partition)", f"{s1} + {s2} <= {sv}")
    g.check("parts_sum", "фактично працюють 21 особа, з них 9", "9 ≤ 21 ≤ 23; 6 trained ≤ 21",
            f"{sw} <= {act} <= {pos} and {tr} <= {act}")

    g.skip("01196, м. Київ, пл. Лесі Українки, 1; тел. (044) 0-86-52-17", [1196, 1, 44, 0, 86, 52, 17],
           "the department's postcode, address, phone")
    g.skip("наданих у 2023 році", [2023], "assessed year")
    g.skip("наказу Департаменту від 08.01.2024 № 6 у період з 15 по 26 січня 2024 року робочою групою з 4 осіб",
           [8, 1, 2024, 6, 15, 26, 2024, 4], "order date and number, assessment dates, group size")
    g.skip("(код ЄДРПОУ 44062819; 08711, Обухівський р-н, селище Козин, вул. Рудиківська, 3, тел. (04572) 0-93-44)",
           [44062819, 8711, 3, 4572, 0, 93, 44], "ЄДРПОУ, postcode, address, phone")
    g.skip("обслуговує 6 населених пунктів громади, у яких проживає понад 18 тис. осіб", [6, 18000],
           "settlements, population")
    g.skip("Робоча група вивчила 40 особових справ отримувачів (вибірка – 4 %), провела 12 інтерв'ю з працівниками",
           [40, 4, 12], "case files, sample share, interviews (assessment method)")
    g.skip("«добре» – 80 % і більше; «задовільно» – від 60 до 79 %; «незадовільно» – менше 60 %", [80, 60, 79, 60],
           "rating bands")
    g.skip("Рекомендовано до 30.06.2024: 1) розмістити на сайті громади перелік послуг і тарифи; 2) забезпечити супервізію для фахівців не рідше 1 разу на квартал.",
           [30, 6, 2024, 1, 2, 1], "deadline, recommendation numbers, frequency")
    g.note("external assessment written by the oblast department about the КУ «ЦНСП» Козинської селищної ради: meta names "
           "the assessed provider; the assessed year 2023 is the period (the assessment itself took place in January 2024)")
    g.note("the band «від 60 до 79 %» leaves 79–80 open; the band check uses 60–79,9")
    g.note("criterion values of the table → share with criterion (alt satisfaction); the table does not say which base "
           "they are shares of, so no GRIM check on them")
    g.note("«відмінно» → satisfaction (alt share); «добре», «задовільно» → share; one partition of the 48 respondents")
    g.note("«консультування – 862 особи, соціальну адаптацію – 44 особи» follow «зокрема» → parent only, no group")
    g.write()
    return g


if __name__ == "__main__":
    build()
