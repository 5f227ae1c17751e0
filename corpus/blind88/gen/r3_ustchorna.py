"""b88_03: ЦСС Усть-Чорнянської селищної ради (Закарпатська), internal quality assessment of social
support (СЖО) provided in 2024. DOCX (python-docx): headings, third person, a criteria table with
the document's own rating bands."""
import docx
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b88_03_ustchorna_css_internal2024.docx"

PARAS_1 = [
    ("c", "Центр соціальних служб Усть-Чорнянської селищної ради"),
    ("c", "90560, Закарпатська обл., Тячівський р-н, смт Усть-Чорна, вул. Шевченка, 21; тел. (03134) 0-42-16; ЄДРПОУ 44093518"),
    ("h", "ЗВІТ про результати внутрішньої оцінки якості соціальної послуги соціального супроводу сімей (осіб), які перебувають у складних життєвих обставинах, наданої у 2024 році"),
    ("p", "Внутрішню оцінку проведено на підставі наказу директора Центру від 03.02.2025 № 6-од робочою групою у складі 4 осіб у період з 10 по 21 лютого 2025 року. Використано аналіз документації (особових справ отримувачів), анкетування отримувачів та співбесіди з фахівцями."),
    ("h2", "1. Загальні відомості про надання послуги"),
    ("p", "У 2024 році послугу соціального супроводу отримували 46 сімей, у яких проживає 103 дитини. Із них 19 сімей взято під супровід у 2024 році, а 27 продовжували отримувати послугу з 2023 року. Оцінку потреб проведено 23 сім'ям, які звернулися вперше."),
    ("p", "За категоріями сім'ї розподілялися так: сім'ї, в яких батьки ухиляються від виконання батьківських обов'язків, – 17; сім'ї внутрішньо переміщених осіб – 12; сім'ї, які постраждали від домашнього насильства, – 9; інші – 8."),
    ("p", "Надання послуги завершено 21 сім'ї: з позитивним результатом (складні життєві обставини подолано) – 16, у зв'язку з відмовою отримувача – 3, у зв'язку зі зміною місця проживання – 2. Станом на 31.12.2024 послугу продовжують отримувати 25 сімей."),
    ("p", "Послугу надавали 4 фахівці із соціальної роботи при 5 штатних посадах; навантаження на одного фахівця становило від 9 до 12 сімей. Середня тривалість супроводу – 5,5 місяця."),
    ("h2", "2. Результати оцінки за критеріями"),
    ("p", "В анкетуванні взяли участь 38 отримувачів. Рівень за кожним критерієм визначено за часткою позитивних відповідей: 80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно». Результативність визначено як частку сімей, у яких подолано складні життєві обставини, від кількості сімей, яким завершено надання послуги."),
    ("p", "Таблиця 2. Оцінка якості послуги за критеріями"),
]
TABLE = [
    ("Критерій", "Частка позитивних відповідей, %", "Оцінка"),
    ("Адресність та індивідуальний підхід", "92,1", "добре"),
    ("Результативність", "76,2", "задовільно"),
    ("Своєчасність", "86,8", "добре"),
    ("Доступність та відкритість", "81,6", "добре"),
    ("Повага до гідності", "100", "добре"),
    ("Професійність", "78,9", "добре"),
    ("Конфіденційність", "97,4", "добре"),
    ("Загальна оцінка", "–", "добре"),
]
PARAS_2 = [
    ("h2", "3. Висновки та рекомендації"),
    ("p", "Загальна оцінка якості соціальної послуги соціального супроводу – «добре». Скарг від отримувачів у 2024 році не надходило; одне усне звернення щодо заміни фахівця розглянуто і задоволено."),
    ("p", "Робоча група рекомендує:"),
    ("n", "1) до 01.06.2025 забезпечити навчання 2 фахівців за програмою роботи з сім'ями, які постраждали від домашнього насильства;"),
    ("n", "2) у 2025 році довести укомплектованість до 5 фахівців;"),
    ("n", "3) повторну внутрішню оцінку провести у І кварталі 2026 року."),
    ("p", "Голова робочої групи                                   (підпис)"),
    ("p", "24.02.2025"),
]


def build(path):
    d = docx.Document()
    def put(kind, text):
        if kind == "h":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "c":
            p = d.add_paragraph(text)
            p.alignment = 1
        else:
            d.add_paragraph(text)
    for k, t in PARAS_1:
        put(k, t)
    t = d.add_table(rows=len(TABLE), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    for k, tx in PARAS_2:
        put(k, tx)
    fix_docx_props(d, "ЦСС Усть-Чорна")
    d.save(path)
    freeze_zip(path)


def main():
    build(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Усть-Чорнянської селищної ради",
        "centre_type": "css", "settlement": "Усть-Чорна", "oblast": "Закарпатська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31",
    })
    f = g.f
    S = "social_support_sjo"
    s = f("served", "families", 46, "послугу соціального супроводу отримували 46 сімей", service=S)
    f("served", "children", 103, "у яких проживає 103 дитини", service=S, parent=s)
    st = f("support_started", "families", 19, "Із них 19 сімей взято під супровід у 2024 році", service=S,
           group="served_46_by_start", parent=s)
    cont = f("served", "families", 27, "27 продовжували отримувати послугу з 2023 року", service=S,
             label="отримували послугу з 2023 року", alt=["support_ongoing"], group="served_46_by_start", parent=s)
    f("needs_assessed", "families", 23, "Оцінку потреб проведено 23 сім'ям", service=S)
    cats = [(17, "сім'ї, в яких батьки ухиляються від виконання батьківських обов'язків",
             "сім'ї, в яких батьки ухиляються від виконання батьківських обов'язків, – 17"),
            (12, "сім'ї внутрішньо переміщених осіб", "сім'ї внутрішньо переміщених осіб – 12"),
            (9, "сім'ї, які постраждали від домашнього насильства",
             "сім'ї, які постраждали від домашнього насильства, – 9"),
            (8, "інші", "інші – 8")]
    cat_ids = [f("served", "families", n, q, service=S, category=c, group="served_46_by_category", parent=s)
               for n, c, q in cats]
    c = f("support_completed", "families", 21, "Надання послуги завершено 21 сім'ї", service=S, alt=["deregistered"])
    o1 = f("outcome_positive", "families", 16,
           "з позитивним результатом (складні життєві обставини подолано) – 16", service=S,
           group="completed_21_by_outcome", parent=c)
    o2 = f("outcome_other", "families", 3, "у зв'язку з відмовою отримувача – 3", service=S,
           label="відмова отримувача", group="completed_21_by_outcome", parent=c)
    o3 = f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2", service=S,
           label="зміна місця проживання", group="completed_21_by_outcome", parent=c)
    on = f("support_ongoing", "families", 25, "послугу продовжують отримувати 25 сімей", service=S)
    sa = f("staff_actual", "staff", 4, "Послугу надавали 4 фахівці із соціальної роботи", service=S)
    sp = f("staff_positions", "positions", 5, "при 5 штатних посадах", service=S)
    r = f("survey_respondents", "recipients", 38, "В анкетуванні взяли участь 38 отримувачів", unit_alt="persons",
          service=S)
    crit = [("targeting", "Адресність та індивідуальний підхід", 92.1, "good"),
            ("effectiveness", "Результативність", 76.2, "satisfactory"),
            ("timeliness", "Своєчасність", 86.8, "good"),
            ("accessibility", "Доступність та відкритість", 81.6, "good"),
            ("dignity", "Повага до гідності", 100, "good"),
            ("professionalism", "Професійність", 78.9, "good"),
            ("confidentiality", "Конфіденційність", 97.4, "good")]
    share_ids, rating_ids = {}, {}
    for cid, lab, pv, rv in crit:
        row = dict((x[0], x) for x in TABLE[1:])[lab]
        q = "\t".join(row)
        share_ids[cid] = f("share", "percent", pv, q, service=S, criterion=cid, label=lab, alt=["satisfaction"])
        rating_ids[cid] = f("rating", "rating", rv, q, service=S, criterion=cid, label=lab)
    ov1 = f("rating", "rating", "good", "Загальна оцінка\t–\tдобре", service=S, criterion="overall")
    ov2 = f("rating", "rating", "good", "Загальна оцінка якості соціальної послуги соціального супроводу – «добре»",
            service=S, criterion="overall", note="repeat of the table's overall rating in the conclusions")
    f("complaints", "complaints", 0, "Скарг від отримувачів у 2024 році не надходило", service=S)

    BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    pr = share_ids["professionalism"]
    g.slip("rating_band", "error", "Професійність\t78,9\tдобре", "добре", "задовільно",
           [pr, rating_ids["professionalism"]],
           "78,9 % lies in the document's own band 60–79,9 % «задовільно», but the table rates it «добре»",
           f"band({pr}, {BANDS}) == {rating_ids['professionalism']}")
    others = [c_ for c_ in share_ids if c_ != "professionalism"]
    g.check("rating_band", "80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»",
            "every other criterion's rating matches its band",
            " and ".join(f"band({share_ids[c_]}, {BANDS}) == {rating_ids[c_]}" for c_ in others))
    g.check("percent_impossible", "В анкетуванні взяли участь 38 отримувачів",
            "the survey shares are reachable with 38 respondents (35, 33, 31, 38, 30, 37 of 38)",
            " and ".join(f"grim_ok({share_ids[c_]}, {r}, 1)" for c_ in
                         ("targeting", "timeliness", "accessibility", "dignity", "professionalism", "confidentiality")))
    g.check("percent_mismatch", "Результативність\t76,2\tзадовільно",
            "effectiveness = 16 positive of 21 completed = 76,19 % → 76,2", f"pct_ok({share_ids['effectiveness']}, {o1}, {c}, 1)")
    g.check("parts_sum", "Із них 19 сімей взято під супровід у 2024 році", "19 new + 27 continued = 46",
            f"{st} + {cont} == {s}")
    g.check("parts_sum", "За категоріями сім'ї розподілялися так:", "17 + 12 + 9 + 8 = 46",
            " + ".join(cat_ids) + f" == {s}")
    g.check("parts_sum", "Надання послуги завершено 21 сім'ї", "16 + 3 + 2 = 21; 21 completed + 25 continuing = 46",
            f"{o1} + {o2} + {o3} == {c} and {c} + {on} == {s}")
    g.check("parts_sum", "Послугу надавали 4 фахівці із соціальної роботи при 5 штатних посадах", "4 ≤ 5",
            f"{sa} <= {sp}")

    sk = g.skip
    sk("90560, Закарпатська обл., Тячівський р-н, смт Усть-Чорна, вул. Шевченка, 21; тел. (03134) 0-42-16; ЄДРПОУ 44093518",
       [90560, 21, 3134, 4216, 44093518], "postcode, address, phone, ЄДРПОУ")
    sk("наданої у 2024 році", [2024], "year in the title")
    sk("наказу директора Центру від 03.02.2025 № 6-од робочою групою у складі 4 осіб у період з 10 по 21 лютого 2025 року",
       [3, 2, 2025, 6, 4, 10, 21, 2025], "order date/number, size of the working group, assessment dates")
    sk("1. Загальні відомості про надання послуги", [1, 2, 3], "section numbers")
    sk("У 2024 році послугу соціального супроводу", [2024], "year")
    sk("Станом на 31.12.2024", [31, 12, 2024], "date")
    sk("навантаження на одного фахівця становило від 9 до 12 сімей", [9, 12], "caseload range (ratio)")
    sk("Середня тривалість супроводу – 5,5 місяця", [5.5], "duration")
    sk("80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79.9, 60],
       "rating bands (used as literals in checks)")
    sk("Таблиця 2. Оцінка якості послуги за критеріями", [2], "table number")
    sk("одне усне звернення щодо заміни фахівця розглянуто і задоволено", [1],
       "one oral request about a specialist (not a complaint, no count indicator intended)")
    sk("1) до 01.06.2025 забезпечити навчання 2 фахівців", [1, 1, 6, 2025, 2], "recommendation: deadline, plan")
    sk("2) у 2025 році довести укомплектованість до 5 фахівців", [2, 2025, 5], "recommendation: plan")
    sk("3) повторну внутрішню оцінку провести у І кварталі 2026 року", [3, 1, 2026], "recommendation: plan")
    sk("24.02.2025", [24, 2, 2025], "signing date")
    g.note("assessment of 2024 written in February 2025: period 2024-01-01..2024-12-31")
    g.note("criterion shares → share with criterion (alt satisfaction); each table row gives a share and a rating; "
           "«Повага до гідності» → dignity; the overall rating appears in the table and in the conclusions: two facts")
    g.note("«27 продовжували отримувати послугу з 2023 року» → served with label (alt support_ongoing); "
           "«продовжують отримувати 25 сімей» on 31.12.2024 → support_ongoing")
    g.note("«Надання послуги завершено 21 сім'ї» → support_completed (alt deregistered); refusal and moving are "
           "outcome_other with labels")
    g.note("every family-level fact of the social-support section carries service social_support_sjo")
    g.write()


if __name__ == "__main__":
    main()
