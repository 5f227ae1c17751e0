"""b79_04: ЦСС Дубов'язівської селищної ради (Сумська), internal quality assessment of social support
provided in 2024. DOCX (python-docx) with a criteria table; first person plural."""
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b79_04_dubovyazivka_css_internal2024.docx"

PARAS_A = [
    ("h", "Центр соціальних служб Дубов'язівської селищної ради"),
    ("s", "41612, Сумська обл., Конотопський р-н, смт Дубов'язівка, вул. Центральна, 33, тел. (05447) 0-27-81"),
    ("t", "ЗВІТ"),
    ("t", "про проведення внутрішньої оцінки якості соціальної послуги соціального супроводу сімей (осіб), "
          "які перебувають у складних життєвих обставинах, наданої у 2024 році"),
    ("p", "Внутрішню оцінку ми провели з 02.12.2024 по 20.12.2024 на підставі наказу директора Центру від 28.11.2024 "
          "№ 38-од. До робочої групи увійшли 4 працівники Центру, які безпосередньо не надають послугу. "
          "Ми вивчили 30 особових справ отримувачів, провели анкетування та індивідуальні бесіди."),
    ("h2", "1. Загальні відомості про надання послуги"),
    ("p", "У 2024 році послугу соціального супроводу отримали 58 сімей, у яких виховується 119 дітей. За категоріями:"),
    ("l", "сім'ї, де батьки ухиляються від виконання батьківських обов'язків, – 21;"),
    ("l", "сім'ї внутрішньо переміщених осіб – 17;"),
    ("l", "сім'ї, у складі яких є особа з інвалідністю, – 9;"),
    ("l", "інші сім'ї – 11."),
    ("p", "Оцінку потреб наші фахівці провели 34 сім'ям. Протягом року під супровід взято 26 сімей, "
          "завершено надання послуги 29 сім'ям, а саме: з позитивним результатом – 18 (62,1 %), СЖО мінімізовано – "
          "6 (20,7 %), без результату – 2 (6,9 %), з інших причин (зміна місця проживання, відмова від послуги) – "
          "3 (10,3 %). Середня тривалість супроводу становила 5,2 місяця. Станом на 31.12.2024 послугу продовжують "
          "отримувати 29 сімей."),
    ("p", "Послугу надають 5 фахівців із соціальної роботи при штатній чисельності 6 посад."),
    ("h2", "2. Оцінка за критеріями якості"),
    ("p", "В анкетуванні взяли участь 42 отримувачі послуги. Оцінку за кожним критерієм ми визначали за часткою "
          "позитивних відповідей: 81–100 % – «добре», 61–80 % – «задовільно», 60 % і менше – «незадовільно». "
          "Результати наведено в таблиці 2."),
    ("p", "Таблиця 2"),
]
TABLE = [
    ["Критерій", "Частка позитивних відповідей, %", "Оцінка"],
    ["Адресність та індивідуальний підхід", "95,2", "добре"],
    ["Результативність", "83,3", "добре"],
    ["Своєчасність", "78,6", "добре"],
    ["Доступність та відкритість", "88,1", "добре"],
    ["Повага до гідності отримувача", "100", "добре"],
    ["Професійність", "92,9", "добре"],
    ["Конфіденційність інформації", "97,6", "добре"],
    ["Загальна оцінка (середнє значення)", "90,8", "добре"],
]
PARAS_B = [
    ("h2", "3. Висновки та рекомендації"),
    ("p", "За результатами внутрішньої оцінки якість соціальної послуги соціального супроводу, наданої Центром у "
          "2024 році, відповідає рівню «добре». Скарг від отримувачів протягом 2024 року не надходило."),
    ("p", "Рекомендуємо:"),
    ("l", "1) скоротити строк від надходження повідомлення до початку оцінки потреб з 3 до 2 робочих днів;"),
    ("l", "2) до 01.03.2025 оновити інформаційні матеріали про послугу на сайті селищної ради;"),
    ("l", "3) у 2025 році забезпечити навчання 2 фахівців за програмою «Робота з травмою»."),
    ("s", "Голова робочої групи                              (підпис)"),
    ("s", "23.12.2024"),
]


def make_docx(path):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(13)

    def put(items):
        for kind, txt in items:
            if kind == "h2":
                d.add_heading(txt, level=2)
            elif kind == "l":
                d.add_paragraph(txt, style="List Bullet")
            else:
                p = d.add_paragraph()
                r = p.add_run(txt)
                if kind in ("t", "h"):
                    r.bold = True
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                elif kind == "p":
                    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    put(PARAS_A)
    t = d.add_table(rows=len(TABLE), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    put(PARAS_B)
    fix_docx_props(d, author="ЦСС")
    d.save(path)
    freeze_zip(path)


BANDS = "[(81, 100, 'good'), (61, 80, 'satisfactory'), (0, 60, 'unsatisfactory')]"


def build():
    make_docx(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Дубов'язівської селищної ради",
        "centre_type": "css", "settlement": "Дубов'язівка", "oblast": "Сумська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"})
    S = "social_support_sjo"
    f1 = g.f("served", "families", 58, "послугу соціального супроводу отримали 58 сімей", service=S)
    f2 = g.f("served", "children", 119, "у яких виховується 119 дітей", service=S, parent=f1)
    cats = [("сім'ї, де батьки ухиляються від виконання батьківських обов'язків, – 21;", 21,
             "сім'ї, де батьки ухиляються від виконання батьківських обов'язків", None),
            ("сім'ї внутрішньо переміщених осіб – 17;", 17, None, "внутрішньо переміщені особи"),
            ("сім'ї, у складі яких є особа з інвалідністю, – 9;", 9, None, "сім'ї, у складі яких є особа з інвалідністю"),
            ("інші сім'ї – 11.", 11, "інші сім'ї", None)]
    cid = [g.f("served", "families", v, q, service=S, label=lab, category=cat, group="served_58_by_category",
               parent=f1) for q, v, lab, cat in cats]
    f7 = g.f("needs_assessed", "families", 34, "Оцінку потреб наші фахівці провели 34 сім'ям")
    f8 = g.f("support_started", "families", 26, "під супровід взято 26 сімей", service=S)
    f9 = g.f("support_completed", "families", 29, "завершено надання послуги 29 сім'ям", service=S)
    f10 = g.f("outcome_positive", "families", 18, "з позитивним результатом – 18 (62,1 %)", percent=62.1,
              service=S, group="completed_29_by_result", parent=f9)
    f11 = g.f("outcome_minimized", "families", 6, "СЖО мінімізовано – 6 (20,7 %)", percent=20.7,
              service=S, group="completed_29_by_result", parent=f9)
    f12 = g.f("outcome_negative", "families", 2, "без результату – 2 (6,9 %)", percent=6.9,
              service=S, group="completed_29_by_result", parent=f9)
    f13 = g.f("outcome_other", "families", 3, "відмова від послуги) – 3 (10,3 %)", percent=10.3, service=S,
              label="інші причини (зміна місця проживання, відмова від послуги)", group="completed_29_by_result",
              parent=f9)
    f14 = g.f("support_ongoing", "families", 29, "послугу продовжують отримувати 29 сімей", service=S)
    f15 = g.f("staff_actual", "staff", 5, "Послугу надають 5 фахівців із соціальної роботи")
    f16 = g.f("staff_positions", "positions", 6, "при штатній чисельності 6 посад")
    f17 = g.f("survey_respondents", "recipients", 42, "В анкетуванні взяли участь 42 отримувачі послуги",
              unit_alt="persons", service=S)
    crit = [("Адресність та індивідуальний підхід\t95,2\tдобре", "targeting", 95.2),
            ("Результативність\t83,3\tдобре", "effectiveness", 83.3),
            ("Своєчасність\t78,6\tдобре", "timeliness", 78.6),
            ("Доступність та відкритість\t88,1\tдобре", "accessibility", 88.1),
            ("Повага до гідності отримувача\t100\tдобре", "dignity", 100),
            ("Професійність\t92,9\tдобре", "professionalism", 92.9),
            ("Конфіденційність інформації\t97,6\tдобре", "confidentiality", 97.6),
            ("Загальна оцінка (середнє значення)\t90,8\tдобре", "overall", 90.8)]
    sh, rt = [], []
    for q, c, v in crit:
        sh.append(g.f("share", "percent", v, q, service=S, criterion=c, alt=["satisfaction"],
                      label="частка позитивних відповідей"))
        rt.append(g.f("rating", "rating", "good", q, service=S, criterion=c))
    f34 = g.f("rating", "rating", "good", "відповідає рівню «добре»", service=S, criterion="overall")
    f35 = g.f("complaints", "complaints", 0, "Скарг від отримувачів протягом 2024 року не надходило.")

    g.slip("rating_band", "error", "Своєчасність\t78,6\tдобре", "good", "satisfactory", [sh[2], rt[2]],
           "Своєчасність 78,6 % is rated «добре», but the report's own bands give «задовільно» for 61–80 %",
           f"band({sh[2]}, {BANDS}) == {rt[2]}")
    for i, (q, c, v) in enumerate(crit):
        if i == 2:
            continue
        g.check("rating_band", q, f"{str(v).replace('.', ',')} % falls in the «добре» band 81–100 %",
                f"band({sh[i]}, {BANDS}) == {rt[i]}")
    g.check("percent_impossible", "В анкетуванні взяли участь 42 отримувачі послуги",
            "every criterion share is reachable with 42 respondents (40, 35, 33, 37, 42, 39, 41 of 42)",
            "all([" + ", ".join(f"grim_ok({x}, {f17}, 1)" for x in sh[:7]) + "])")
    g.check("table_arithmetic", "Загальна оцінка (середнє значення)\t90,8\tдобре",
            "mean of the seven criteria: 635,7 / 7 = 90,81 → 90,8",
            f"pct_ok({sh[7]}, " + " + ".join(sh[:7]) + ", 700, 1)")
    g.check("parts_sum", "послугу соціального супроводу отримали 58 сімей", "21 + 17 + 9 + 11 = 58",
            " + ".join(cid) + f" == {f1}")
    g.check("parts_sum", "завершено надання послуги 29 сім'ям, а саме", "18 + 6 + 2 + 3 = 29",
            f"{f10} + {f11} + {f12} + {f13} == {f9}")
    for fx, k in ((f10, 18), (f11, 6), (f12, 2), (f13, 3)):
        g.check("percent_mismatch", g._by_id[fx]["quote"], f"{k} / 29", f"pct_ok(p{fx[1:]}, {fx}, {f9}, 1)")
    g.check("percents_sum", "з позитивним результатом – 18 (62,1 %)", "62,1 + 20,7 + 6,9 + 10,3 = 100,0",
            f"psum_ok([p{f10[1:]}, p{f11[1:]}, p{f12[1:]}, p{f13[1:]}], 1)")
    g.check("parts_sum", "Станом на 31.12.2024 послугу продовжують", "58 − 29 completed = 29 continuing; 26 started ≤ 58",
            f"{f1} - {f9} == {f14} and {f8} <= {f1}")
    g.check("parts_sum", "Послугу надають 5 фахівців із соціальної роботи", "5 ≤ 6 positions", f"{f15} <= {f16}")

    g.skip("41612, Сумська обл., Конотопський р-н, смт Дубов'язівка, вул. Центральна, 33, тел. (05447) 0-27-81",
           [41612, 33, 5447, 2781], "postcode, address, phone")
    g.skip("наданої у 2024 році", [2024], "year")
    g.skip("з 02.12.2024 по 20.12.2024 на підставі наказу директора Центру від 28.11.2024 № 38-од",
           [2, 12, 2024, 20, 12, 2024, 28, 11, 2024, 38], "assessment dates, order date and number")
    g.skip("До робочої групи увійшли 4 працівники Центру", [4], "working group size")
    g.skip("Ми вивчили 30 особових справ отримувачів", [30], "case files studied (sample, no §3 id)")
    g.skip("1. Загальні відомості про надання послуги", [1], "section number")
    g.skip("Середня тривалість супроводу становила 5,2 місяця.", [5.2], "duration")
    g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")
    g.skip("2. Оцінка за критеріями якості", [2], "section number")
    g.skip("81–100 % – «добре», 61–80 % – «задовільно», 60 % і менше – «незадовільно»", [81, 100, 61, 80, 60],
           "rating bands (used as literals in the checks)")
    g.skip("Таблиця 2", [2], "table number")
    g.skip("3. Висновки та рекомендації", [3], "section number")
    g.skip("1) скоротити строк від надходження повідомлення до початку оцінки потреб з 3 до 2 робочих днів;",
           [1, 3, 2], "recommendation number, durations")
    g.skip("2) до 01.03.2025 оновити інформаційні матеріали", [2, 1, 3, 2025], "recommendation number, deadline")
    g.skip("3) у 2025 році забезпечити навчання 2 фахівців", [3, 2025, 2], "recommendation number, plan")
    g.skip("23.12.2024", [23, 12, 2024], "date of the report")

    g.note("criterion shares → share with criterion (alt satisfaction); each table row gives a share and a rating, quoted by the row")
    g.note("the overall rating is written twice (table row and conclusions): two facts")
    g.note("«СЖО мінімізовано» → outcome_minimized; «без результату» → outcome_negative; «з інших причин» → outcome_other with a label")
    g.note("«Станом на 31.12.2024 послугу продовжують отримувати 29 сімей» → support_ongoing")
    g.note("the 30 case files, 4 group members and the bands are skipped; the bands are literals in the rating_band checks")
    g.write()


if __name__ == "__main__":
    build()
