"""b46_06: external quality assessment of social support (СЖО) provided in 2023 by the ЦСС of
Рокитнівська селищна рада (Рівненська), written by the council's social-protection department.
DOCX with a criteria table, third-person commission voice. Planted slip: rating_band
(Результативність 77,4 % rated «добре», the document's own band for «добре» is 81–100 %)."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b46_06_rokytne_css_external2023.docx"

P1 = [
    ("h", "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ТА ПРАЦІ РОКИТНІВСЬКОЇ СЕЛИЩНОЇ РАДИ САРНЕНСЬКОГО РАЙОНУ РІВНЕНСЬКОЇ ОБЛАСТІ"),
    ("h", "ВИСНОВОК за результатами зовнішньої оцінки якості соціальної послуги соціального супроводу сімей (осіб), які перебувають у складних життєвих обставинах, наданої Центром соціальних служб Рокитнівської селищної ради у 2023 році"),
    ("p", "Надавач: Центр соціальних служб Рокитнівської селищної ради, 34200, смт Рокитне, вул. Соборна, 27, тел. (03635) 0-40-16, код ЄДРПОУ 44276501."),
    ("p", "Зовнішню оцінку проведено комісією у складі 4 осіб з 15 по 26 квітня 2024 року відповідно до розпорядження селищного голови від 08.04.2024 № 97-р. Період, що оцінювався, – з 01.01.2023 по 31.12.2023."),
    ("h", "1. Загальні відомості про надання послуги"),
    ("p", "Комісією встановлено, що протягом 2023 року послуга соціального супроводу надавалася 58 сім'ям, у яких виховується 141 дитина. У звітному році під супровід взято 33 сім'ї. Надання послуги завершено 36 сім'ям, з них: з позитивним результатом – 24 (66,7 %), з мінімізацією складних життєвих обставин – 7 (19,4 %), без досягнення результату – 2 (5,6 %), у зв'язку з відмовою отримувача – 3 (8,3 %). 22 сім'ї продовжують отримувати послугу у 2024 році."),
    ("p", "Послугу надають 5 фахівців із соціальної роботи; середнє навантаження – 11,6 сім'ї на одного фахівця (за нормативом – не більше 12). Скарг щодо надання послуги до Центру та до відділу не надходило."),
    ("h", "2. Методи оцінки"),
    ("p", "Комісія опрацювала 20 особових справ (34,5 % від кількості отримувачів), провела 6 спостережень за роботою фахівців і анкетування, в якому взяв участь 31 отримувач послуги (дорослі члени сімей)."),
    ("p", "Рівень за кожним критерієм визначався за часткою позитивних відповідей: 81–100 % – «добре»; 61–80 % – «задовільно»; 60 % і менше – «незадовільно»."),
    ("h", "3. Результати оцінки"),
]
ROWS = [
    ("Критерій якості", "Частка позитивних відповідей, %", "Рівень"),
    ("Адресність та індивідуальний підхід", "93,5", "добре"),
    ("Результативність", "77,4", "добре"),
    ("Своєчасність", "87,1", "добре"),
    ("Доступність та відкритість", "90,3", "добре"),
    ("Повага до гідності", "100", "добре"),
    ("Професійність", "83,9", "добре"),
    ("Конфіденційність інформації", "96,8", "добре"),
    ("Загальна оцінка", "–", "добре"),
]
P2 = [
    ("h", "4. Висновки та рекомендації"),
    ("p", "Якість надання Центром соціальних служб Рокитнівської селищної ради соціальної послуги соціального супроводу у 2023 році комісія оцінює як «добре»."),
    ("p", "1) переглянути 3 індивідуальні плани, строк перегляду яких порушено, – до 31.05.2024;"),
    ("p", "2) забезпечити проведення супервізії не рідше 1 разу на квартал;"),
    ("p", "3) повторну зовнішню оцінку провести у 2026 році."),
    ("p", "Голова комісії (підпис)          Члени комісії (підписи)"),
]
CRIT = ["targeting", "effectiveness", "timeliness", "accessibility", "dignity", "professionalism", "confidentiality"]
RAT = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}


def build(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(13)
    for kind, t in P1:
        p = d.add_paragraph(t)
        if kind == "h":
            p.runs[0].bold = True
    tb = d.add_table(rows=len(ROWS), cols=3)
    tb.style = "Table Grid"
    for i, row in enumerate(ROWS):
        for j, v in enumerate(row):
            tb.cell(i, j).text = v
    for kind, t in P2:
        p = d.add_paragraph(t)
        if kind == "h":
            p.runs[0].bold = True
    fix_docx_props(d, "Відділ")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Рокитнівської селищної ради",
        "centre_type": "css", "settlement": "Рокитне", "oblast": "Рівненська",
        "report_kind": "external_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31"})
    f = g.f
    SV = "social_support_sjo"
    su = f("served", "families", 58, "послуга соціального супроводу надавалася 58 сім'ям", service=SV, alt=["support_ongoing"])
    f("served", "children", 141, "у яких виховується 141 дитина", service=SV, alt=["support_ongoing"], parent=su)
    st = f("support_started", "families", 33, "У звітному році під супровід взято 33 сім'ї", service=SV, parent=su)
    sc = f("support_completed", "families", 36, "Надання послуги завершено 36 сім'ям", service=SV, parent=su)
    og = "completed_36_by_outcome"
    o1 = f("outcome_positive", "families", 24, "з позитивним результатом – 24 (66,7 %)", percent=66.7, service=SV, group=og, parent=sc)
    o2 = f("outcome_minimized", "families", 7, "з мінімізацією складних життєвих обставин – 7 (19,4 %)", percent=19.4,
           service=SV, group=og, parent=sc)
    o3 = f("outcome_negative", "families", 2, "без досягнення результату – 2 (5,6 %)", percent=5.6, service=SV, group=og, parent=sc)
    o4 = f("outcome_other", "families", 3, "у зв'язку з відмовою отримувача – 3 (8,3 %)", percent=8.3, service=SV,
           label="відмова отримувача", group=og, parent=sc)
    on = f("support_ongoing", "families", 22, "22 сім'ї продовжують отримувати послугу у 2024 році", service=SV, parent=su)
    stf = f("staff_actual", "staff", 5, "Послугу надають 5 фахівців із соціальної роботи", service=SV)
    f("complaints", "complaints", 0, "Скарг щодо надання послуги до Центру та до відділу не надходило.", service=SV)
    sr = f("survey_respondents", "recipients", 31, "в якому взяв участь 31 отримувач послуги", service=SV, unit_alt="persons")
    sh, ra = {}, {}
    for (name, pc, rt), cid in zip(ROWS[1:-1], CRIT):
        q = f"{name}\t{pc}\t{rt}"
        v = float(pc.replace(",", "."))
        v = int(v) if v.is_integer() else v
        sh[cid] = f("share", "percent", v, q, service=SV, criterion=cid, alt=["satisfaction"],
                    label="частка позитивних відповідей")
        ra[cid] = f("rating", "rating", RAT[rt], q, service=SV, criterion=cid)
    ov1 = f("rating", "rating", "good", "Загальна оцінка\t–\tдобре", service=SV, criterion="overall")
    ov2 = f("rating", "rating", "good", "у 2023 році комісія оцінює як «добре»", service=SV, criterion="overall",
            label="висновок")

    BANDS = "[(81, 100, 'good'), (61, 80.9, 'satisfactory'), (0, 60.9, 'unsatisfactory')]"
    g.slip("rating_band", "error", "Результативність\t77,4\tдобре", "good", "satisfactory",
           [sh["effectiveness"], ra["effectiveness"]],
           "77,4 % of positive answers falls in the document's own band 61–80 % «задовільно», but the row says «добре».",
           f"band({sh['effectiveness']}, {BANDS}) == {ra['effectiveness']}")
    ck = g.check
    ck("parts_sum", "Надання послуги завершено 36 сім'ям, з них", "24 + 7 + 2 + 3 = 36", f"{o1} + {o2} + {o3} + {o4} == {sc}")
    ck("percent_mismatch", "з позитивним результатом – 24 (66,7 %)", "24/36 = 66,67; 7/36 = 19,44; 2/36 = 5,56; 3/36 = 8,33",
       " and ".join(f"pct_ok(p{x[1:]}, {x}, {sc}, 1)" for x in (o1, o2, o3, o4)))
    ck("percents_sum", "з позитивним результатом – 24 (66,7 %)", "66,7 + 19,4 + 5,6 + 8,3 = 100,0",
       f"psum_ok([p{o1[1:]}, p{o2[1:]}, p{o3[1:]}, p{o4[1:]}], 1)")
    ck("parts_sum", "22 сім'ї продовжують отримувати послугу у 2024 році", "36 completed + 22 continued = 58; 33 taken ≤ 58",
       f"{sc} + {on} == {su} and {st} <= {su}")
    ck("percent_mismatch", "Комісія опрацювала 20 особових справ (34,5 % від кількості отримувачів)",
       "20 / 58 = 34,48 % → 34,5 (20 case files: method, literal)", f"pct_ok(34.5, 20, {su}, 1)")
    ck("percent_impossible", "в якому взяв участь 31 отримувач послуги",
       "every share of the table is reachable with 31 respondents (29, 24, 27, 28, 31, 26, 30 of 31)",
       " and ".join(f"grim_ok({sh[c]}, {sr}, 1)" for c in CRIT))
    others = [c for c in CRIT if c != "effectiveness"]
    ck("rating_band", "81–100 % – «добре»; 61–80 % – «задовільно»",
       "the six other rows (83,9–100 %) are «добре» and fit the band",
       " and ".join(f"band({sh[c]}, {BANDS}) == {ra[c]}" for c in others))
    ck("internal_conflict", "у 2023 році комісія оцінює як «добре»", "overall rating in the table and in the conclusion agree",
       f"{ov1} == {ov2}")

    sk = g.skip
    sk("34200, смт Рокитне, вул. Соборна, 27, тел. (03635) 0-40-16, код ЄДРПОУ 44276501", [34200, 27, 3635, 4016, 44276501],
       "postcode, address, phone, ЄДРПОУ")
    sk("наданої Центром соціальних служб Рокитнівської селищної ради у 2023 році", [2023], "year")
    sk("Зовнішню оцінку проведено комісією у складі 4 осіб з 15 по 26 квітня 2024 року відповідно до розпорядження селищного голови від 08.04.2024 № 97-р.",
       [4, 15, 26, 2024, 8, 4, 2024, 97], "commission size, assessment dates, order date/number")
    sk("Період, що оцінювався, – з 01.01.2023 по 31.12.2023.", [1, 1, 2023, 31, 12, 2023], "assessed period")
    sk("середнє навантаження – 11,6 сім'ї на одного фахівця (за нормативом – не більше 12)", [11.6, 12], "ratio and norm")
    sk("Комісія опрацювала 20 особових справ (34,5 % від кількості отримувачів), провела 6 спостережень",
       [20, 34.5, 6], "case files and observations (methods; the 34,5 % is checked with literals)")
    sk("81–100 % – «добре»; 61–80 % – «задовільно»; 60 % і менше – «незадовільно»", [81, 100, 61, 80, 60], "rating bands")
    sk("1) переглянути 3 індивідуальні плани, строк перегляду яких порушено, – до 31.05.2024;", [1, 3, 31, 5, 2024],
       "recommendation number, plans to revise, deadline")
    sk("2) забезпечити проведення супервізії не рідше 1 разу на квартал;", [2, 1], "recommendation, frequency")
    sk("3) повторну зовнішню оцінку провести у 2026 році.", [3, 2026], "plan")
    sk("1. Загальні відомості про надання послуги", [1, 2, 3, 4], "section numbers")
    g.note("the provider assessed is the ЦСС (meta centre), not the department that wrote the conclusion")
    g.note("criteria table: share (criterion, alt satisfaction) and rating per row; the overall rating is in the table "
           "and in the conclusion: two facts")
    g.note("bands 81–100 / 61–80 / ≤60 are written with whole numbers; the band check treats 80,1–80,9 as «задовільно»")
    g.note("«продовжують отримувати послугу у 2024 році» in a 2023 assessment → support_ongoing")
    g.write()


if __name__ == "__main__":
    main()
