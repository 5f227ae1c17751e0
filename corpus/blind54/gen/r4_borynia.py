"""b54_04: КУ «ЦНСП» Боринської селищної ради (Львівська), internal quality assessment 2024.
DOCX (python-docx), first person plural, a criteria table with the document's own rating bands."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b54_04_borynia_cnsp_internal2024.docx"

CRIT = [("Адресність та індивідуальний підхід", "targeting", 95.5, "95,5", "добре", "good"),
        ("Результативність", "effectiveness", 87.5, "87,5", "добре", "good"),
        ("Своєчасність", "timeliness", 82.1, "82,1", "добре", "good"),
        ("Доступність та відкритість", "accessibility", 91.1, "91,1", "добре", "good"),
        ("Повага до гідності отримувача", "dignity", 100, "100", "добре", "good"),
        ("Професійність", "professionalism", 73.2, "73,2", "задовільно", "satisfactory")]

P_BEFORE = [
    "Відповідно до Порядку проведення моніторингу надання та оцінки якості соціальних послуг, затвердженого постановою Кабінету Міністрів України від 01.06.2020 № 449, та наказу директора Центру від 02.12.2024 № 47-од робоча група у складі 5 осіб у період з 09.12.2024 по 20.12.2024 провела внутрішню оцінку якості соціальних послуг догляду вдома та соціальної адаптації.",
    "Центр обслуговує 21 населений пункт громади. У 2024 році послугу догляду вдома ми надавали 138 особам, послугу соціальної адаптації – 46 особам. На обслуговування протягом року взято 27 осіб. Середній вік отримувачів догляду вдома – 78 років.",
    "Завершено надання послуги догляду вдома 21 особі, з них 14 – у зв'язку зі смертю, 5 – у зв'язку з влаштуванням до закладів стаціонарного догляду, 2 – за письмовою заявою отримувача.",
    "Для оцінки ми використали анкетування, бесіди з отримувачами, аналіз особових справ та спостереження. Анкети заповнили 112 отримувачів: 89 осіб, які отримують догляд вдома, та 23 особи, які отримують послугу соціальної адаптації.",
    "Рівень дотримання кожного показника визначали за часткою позитивних відповідей: від 85 до 100 % – «добре», від 60 до 84 % – «задовільно», менше 60 % – «незадовільно».",
    "Таблиця 3. Результати оцінки за критеріями якості",
]
P_AFTER = [
    "Повністю задоволені якістю отриманих послуг 86,6 % опитаних.",
    "Послуги надавали 19 працівників Центру: 17 соціальних робітників та 2 фахівці із соціальної роботи. Протягом 2024 року скарг від отримувачів не надходило.",
    "Висновок: загальний рівень якості соціальних послуг, наданих Центром у 2024 році, – «добре».",
    "Рекомендації: 1) до 01.06.2025 скоротити строк прийняття рішення про надання послуги до 7 робочих днів; 2) щокварталу проводити навчання соціальних робітників; 3) повторну оцінку провести у грудні 2025 року.",
    "Голова робочої групи ____________",
    "82547, Львівська обл., Самбірський р-н, смт Бориня, вул. Незалежності, 11, тел. (03269) 0-51-33, код ЄДРПОУ 44870519",
]


def build(path):
    d = docx.Document()
    fix_docx_props(d, "ЦНСП")
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for t in ["КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» БОРИНСЬКОЇ СЕЛИЩНОЇ РАДИ",
              "ЗВІТ про результати внутрішньої оцінки якості соціальних послуг за 2024 рік"]:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(t).bold = True
    for t in P_BEFORE:
        d.add_paragraph(t)
    tb = d.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, t in zip(tb.rows[0].cells, ["Критерій якості", "Частка позитивних відповідей, %", "Оцінка"]):
        c.text = t
    for name, _, _, ptxt, rt, _ in CRIT:
        cells = tb.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = name, ptxt, rt
    cells = tb.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = "Загальна оцінка", "–", "добре"
    for t in P_AFTER:
        d.add_paragraph(t)
    d.save(path)
    freeze_zip(path)


BANDS = "[(85, 100, 'good'), (60, 84.99, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"


def main():
    build(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Боринської селищної ради",
        "centre_type": "cnsp", "settlement": "Бориня", "oblast": "Львівська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Боринської селищної ради",
                    "КУ «Центр надання соціальних послуг» Боринської селищної ради"],
         "period_start": ["2024-12-09"], "period_end": ["2024-12-20"]})
    f = g.f
    hc = f("served", "persons", 138, "послугу догляду вдома ми надавали 138 особам", service="home_care")
    f("served", "persons", 46, "послугу соціальної адаптації – 46 особам", service="social_adaptation")
    f("served", "persons", 27, "На обслуговування протягом року взято 27 осіб", alt=["registered_new", "support_started"])
    c = f("support_completed", "persons", 21, "Завершено надання послуги догляду вдома 21 особі",
          service="home_care", alt=["deregistered"])
    o = [f("outcome_other", "persons", v, q, service="home_care", label=l, parent=c, group="completed_21_by_reason")
         for q, v, l in [("з них 14 – у зв'язку зі смертю", 14, "смерть"),
                         ("5 – у зв'язку з влаштуванням до закладів стаціонарного догляду", 5, "влаштування до закладів стаціонарного догляду"),
                         ("2 – за письмовою заявою отримувача", 2, "за заявою отримувача")]]
    sv = f("survey_respondents", "recipients", 112, "Анкети заповнили 112 отримувачів", unit_alt="persons")
    s1 = f("survey_respondents", "persons", 89, "89 осіб, які отримують догляд вдома", service="home_care", parent=sv, group="survey_112_by_service")
    s2 = f("survey_respondents", "persons", 23, "23 особи, які отримують послугу соціальної адаптації", service="social_adaptation", parent=sv, group="survey_112_by_service")
    pairs = []
    for name, crit, pv, ptxt, rt, rid in CRIT:
        q = f"{name}\t{ptxt}\t{rt}"
        a = f("share", "percent", pv, q, criterion=crit, alt=["satisfaction"], label=f"частка позитивних відповідей: {name}")
        b = f("rating", "rating", rid, q, criterion=crit)
        pairs.append((name, a, b))
    ov = f("rating", "rating", "good", "Загальна оцінка\t–\tдобре", criterion="overall")
    ov2 = f("rating", "rating", "good", "загальний рівень якості соціальних послуг, наданих Центром у 2024 році, – «добре»",
            criterion="overall")
    sat = f("satisfaction", "percent", 86.6, "Повністю задоволені якістю отриманих послуг 86,6 % опитаних",
            label="повністю задоволені якістю отриманих послуг")
    st = f("staff_actual", "staff", 19, "Послуги надавали 19 працівників Центру")
    st1 = f("staff_actual", "staff", 17, "17 соціальних робітників", label="соціальні робітники", parent=st, group="staff_19")
    st2 = f("staff_actual", "staff", 2, "2 фахівці із соціальної роботи", label="фахівці із соціальної роботи", parent=st, group="staff_19")
    f("complaints", "complaints", 0, "скарг від отримувачів не надходило")

    for name, a, b in pairs:
        if name == "Своєчасність":
            g.slip("rating_band", "error", f"{name}\t82,1\tдобре", "good", "satisfactory", [a, b],
                   "82,1 % positive answers lies in the document's own band 60–84 % «задовільно», but the table rates Своєчасність «добре» (85–100 %)",
                   f"band({a}, {BANDS}) == {b}")
        else:
            g.check("rating_band", [r for r in CRIT if r[0] == name][0][0], f"{name}: share within the band of its rating",
                    f"band({a}, {BANDS}) == {b}")
    ids = [a for _, a, _ in pairs]
    g.check("percent_impossible", "Анкети заповнили 112 отримувачів",
            "each criterion share and 86,6 % is reachable with 112 respondents (107, 98, 92, 102, 112, 82, 97 of 112)",
            "all([" + ", ".join(f"grim_ok({i}, {sv}, 1)" for i in ids + [sat]) + "])")
    g.check("parts_sum", "Анкети заповнили 112 отримувачів: 89 осіб", "89 + 23 = 112", f"{s1} + {s2} == {sv}")
    g.check("parts_sum", "Завершено надання послуги догляду вдома 21 особі, з них", "14 + 5 + 2 = 21", " + ".join(o) + f" == {c}")
    g.check("parts_sum", "Послуги надавали 19 працівників Центру: 17 соціальних робітників та 2 фахівці",
            "17 + 2 = 19", f"{st1} + {st2} == {st}")
    g.check("parts_sum", "89 осіб, які отримують догляд вдома", "89 surveyed ≤ 138 home-care recipients; 21 completed ≤ 138",
            f"{s1} <= {hc} and {c} <= {hc}")
    g.check("internal_conflict", "Висновок: загальний рівень якості", "overall rating in the table = conclusion", f"{ov} == {ov2}")

    g.skip("затвердженого постановою Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449], "act date and number")
    g.skip("наказу директора Центру від 02.12.2024 № 47-од", [2, 12, 2024, 47], "order date and number")
    g.skip("робоча група у складі 5 осіб у період з 09.12.2024 по 20.12.2024", [5, 9, 12, 2024, 20],
           "working-group size, assessment dates")
    g.skip("Центр обслуговує 21 населений пункт громади.", [21], "settlement count")
    g.skip("Середній вік отримувачів догляду вдома – 78 років.", [78], "age")
    g.skip("від 85 до 100 % – «добре», від 60 до 84 % – «задовільно», менше 60 % – «незадовільно»", [85, 100, 60, 84],
           "rating band definitions")
    g.skip("Таблиця 3. Результати оцінки за критеріями якості", [3], "table number")
    g.skip("Рекомендації: 1) до 01.06.2025 скоротити строк прийняття рішення про надання послуги до 7 робочих днів",
           [1, 2025, 7, 2, 3], "recommendation numbers, deadline, target duration")
    g.skip("2) щокварталу проводити навчання соціальних робітників", [2], "recommendation number")
    g.skip("3) повторну оцінку провести у грудні 2025 року", [3, 2025], "plan")
    g.skip("82547, Львівська обл., Самбірський р-н, смт Бориня, вул. Незалежності, 11, тел. (03269) 0-51-33, код ЄДРПОУ 44870519",
           [82547, 11, 3269, 5133, 44870519], "postcode, address, phone, ЄДРПОУ")
    g.note("criterion table: each row gives a share (alt satisfaction) and a rating, both quoted by the row; «Загальна оцінка» row gives the overall rating, and the conclusion repeats it (two facts)")
    g.note("«Анкети заповнили 112 отримувачів» → recipients, unit_alt persons; the two parts say «осіб» → persons")
    g.note("«Завершено надання послуги … 21 особі, з них 14 – у зв'язку зі смертю …» → support_completed (alt deregistered) with outcome_other parts")
    g.note("«На обслуговування протягом року взято 27 осіб» → served (alt registered_new, support_started)")
    g.note("meta_alt: the centre with its legal form; the period of the assessment itself (09.12–20.12.2024) as a second reading of the period")
    g.write()


if __name__ == "__main__":
    main()
