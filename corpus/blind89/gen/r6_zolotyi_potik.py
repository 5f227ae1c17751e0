"""b89_06: External quality assessment of day care provided by the КУ «ЦНСП» Золотопотіцької селищної
ради (Тернопільська) in January–November 2023, written by the селищна рада's відділ соціального
захисту населення. DOCX with a criteria table and the document's own rating bands."""
import docx
from docx.shared import Pt
from common import Gold, report_path, read_text, fix_docx_props, freeze_zip

DOC = "b89_06_zolotyi_potik_cnsp_external2023.docx"

HEAD = [
    "ЗОЛОТОПОТІЦЬКА СЕЛИЩНА РАДА",
    "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ",
    "АКТ-ЗВІТ",
    "зовнішньої оцінки якості соціальної послуги денного догляду",
]
BODY1 = [
    "Підстава: розпорядження селищного голови від 06.11.2023 № 152-од «Про проведення зовнішнього моніторингу та оцінки якості соціальних послуг». Строк проведення: 13–24 листопада 2023 року. Оцінюваний період: січень – листопад 2023 року.",
    "Надавач послуги: Комунальна установа «Центр надання соціальних послуг» Золотопотіцької селищної ради (ЄДРПОУ 42876153), 48630, Тернопільська обл., Чортківський р-н, смт Золотий Потік, вул. Шевченка, 12; тел. (03544) 0-62-17.",
    "Відділення денного догляду розташоване на першому поверсі, обладнане пандусом; приміщення розраховане на 15 місць.",
    "За оцінюваний період послугу денного догляду отримували 37 осіб: повнолітні особи з інвалідністю – 19, діти з інвалідністю – 9, особи похилого віку – 9. Надано 4 212 послуг денного догляду (відвідувань). Середня наповнюваність групи – 14 осіб на день, тривалість перебування – до 6 годин.",
    "Послугу надають 4 працівники відділення (штатним розписом передбачено 5 посад), 3 з них у 2023 році пройшли навчання з надання послуги денного догляду.",
    "Під час оцінювання робоча група проаналізувала 37 особових справ, провела 24 інтерв'ю з отримувачами та 6 – з працівниками, а також анкетування 31 отримувача (або їхніх законних представників).",
    "Рівень якості за критерієм установлюється за часткою позитивних відповідей та виконаних вимог: 75–100 % – «добре»; 50–74 % – «задовільно»; менше 50 % – «незадовільно».",
    "Результати оцінки за критеріями",
]
TABLE = [
    ("Критерій", "Частка, %", "Рівень"),
    ("Адресність та індивідуальний підхід", "96,8", "добре"),
    ("Результативність", "77,4", "добре"),
    ("Своєчасність", "100", "добре"),
    ("Доступність та відкритість", "71,0", "добре"),
    ("Зручність", "87,1", "добре"),
    ("Повага до гідності", "100", "добре"),
    ("Професійність", "93,5", "добре"),
    ("Захист та безпека", "90,3", "добре"),
    ("Конфіденційність інформації", "100", "добре"),
    ("Загальна оцінка", "–", "добре"),
]
BODY2 = [
    "Скарг від отримувачів послуги за оцінюваний період не надходило. Порушень конфіденційності не виявлено.",
    "Висновок: якість соціальної послуги денного догляду, наданої КУ «ЦНСП» Золотопотіцької селищної ради, оцінено як «добре».",
    "Рекомендації: 1) розмістити інформацію про послугу на сайті селищної ради та в 11 старостатах; 2) облаштувати зону відпочинку; 3) до 01.03.2024 переглянути індивідуальні плани 9 отримувачів.",
    "Члени робочої групи: (підписи)",
]


def build(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    for t in HEAD:
        p = d.add_paragraph()
        p.add_run(t).bold = True
        p.alignment = 1
    for t in BODY1:
        d.add_paragraph(t)
    tb = d.add_table(rows=len(TABLE), cols=3)
    tb.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, v in enumerate(row):
            tb.cell(i, j).text = v
    for t in BODY2:
        d.add_paragraph(t)
    fix_docx_props(d, "ВСЗН Золотий Потік")
    d.save(path)
    freeze_zip(path)


CRIT = [("targeting", 96.8, 30), ("effectiveness", 77.4, 24), ("timeliness", 100, 31), ("accessibility", 71, 22),
        ("convenience", 87.1, 27), ("dignity", 100, 31), ("professionalism", 93.5, 29), ("safety", 90.3, 28),
        ("confidentiality", 100, 31)]


def main():
    path = report_path(DOC)
    build(path)
    text = read_text(path)
    g = Gold(DOC, {"centre": "Центр надання соціальних послуг Золотопотіцької селищної ради", "centre_type": "cnsp",
                   "settlement": "Золотий Потік", "oblast": "Тернопільська", "report_kind": "external_assessment",
                   "period_start": "2023-01-01", "period_end": "2023-11-30"},
             {"centre": ["Комунальна установа «Центр надання соціальних послуг» Золотопотіцької селищної ради",
                         "КУ «ЦНСП» Золотопотіцької селищної ради",
                         "Відділ соціального захисту населення Золотопотіцької селищної ради"],
              "centre_type": ["uszn"], "period_end": ["2023-12-31"]})
    f = g.f
    dc = "day_care"
    s = f("served", "persons", 37, "послугу денного догляду отримували 37 осіб", service=dc)
    gr = "day_care_37_by_category"
    s1 = f("served", "persons", 19, "повнолітні особи з інвалідністю – 19", service=dc,
           category="повнолітні особи з інвалідністю", group=gr, parent=s)
    s2 = f("served", "children", 9, "діти з інвалідністю – 9", service=dc, category="діти з інвалідністю", group=gr,
           parent=s, unit_alt="persons")
    s3 = f("served", "persons", 9, "особи похилого віку – 9", service=dc, category="особи похилого віку", group=gr, parent=s)
    sv = f("services_provided", "services", 4212, "Надано 4 212 послуг денного догляду", service=dc)
    sa = f("staff_actual", "staff", 4, "Послугу надають 4 працівники відділення", service=dc)
    sp = f("staff_positions", "positions", 5, "штатним розписом передбачено 5 посад", service=dc)
    st = f("staff_trained", "staff", 3, "3 з них у 2023 році пройшли навчання", service=dc, parent=sa)
    sr = f("survey_respondents", "recipients", 31, "анкетування 31 отримувача", service=dc, unit_alt="persons")
    shares, rates = [], []
    for (cid, pct, k), row in zip(CRIT, TABLE[1:-1]):
        q = "\t".join(row)
        assert q in text, q
        shares.append(f("share", "percent", pct, q, service=dc, criterion=cid, alt=["satisfaction"],
                        label=f"частка позитивних відповідей: {row[0].lower()}"))
        rates.append(f("rating", "rating", "good", q, service=dc, criterion=cid))
    ov = f("rating", "rating", "good", "Загальна оцінка\t–\tдобре", service=dc, criterion="overall")
    ov2 = f("rating", "rating", "good", "Золотопотіцької селищної ради, оцінено як «добре»", service=dc, criterion="overall")
    cp = f("complaints", "complaints", 0, "Скарг від отримувачів послуги за оцінюваний період не надходило.")

    bands = "[(75, 100, 'good'), (50, 74.99, 'satisfactory'), (0, 49.99, 'unsatisfactory')]"
    acc = shares[3]
    g.slip("rating_band", "error", "Доступність та відкритість\t71,0\tдобре", "good", "satisfactory", [acc, rates[3]],
           "71,0 % of positive answers falls in the document's own band 50–74 % = «задовільно», but the criterion is rated "
           "«добре»", f"band({acc}, {bands}) == {rates[3]}")
    g.check("parts_sum", "послугу денного догляду отримували 37 осіб:", "19 + 9 + 9 = 37", f"{s1} + {s2} + {s3} == {s}")
    g.check("parts_sum", "Послугу надають 4 працівники відділення", "3 trained ≤ 4 staff ≤ 5 positions", f"{st} <= {sa} <= {sp}")
    for (cid, pct, k), fs, fr, row in zip(CRIT, shares, rates, TABLE[1:-1]):
        q = "\t".join(row)
        g.check("percent_impossible", q, f"{row[1]} % is reachable with 31 respondents ({k} of 31)", f"grim_ok({fs}, {sr}, 1)")
        if cid != "accessibility":
            g.check("rating_band", q, f"{row[1]} % is in the band 75–100 % = «добре»", f"band({fs}, {bands}) == {fr}")
    g.check("internal_conflict", "Загальна оцінка\t–\tдобре", "overall rating in the table and in the conclusion agree",
            f"{ov} == {ov2}")

    g.skip("розпорядження селищного голови від 06.11.2023 № 152-од", [6, 11, 2023, 152], "order date and number")
    g.skip("Строк проведення: 13–24 листопада 2023 року.", [13, 24, 2023], "assessment dates")
    g.skip("Оцінюваний період: січень – листопад 2023 року.", [2023], "assessed period (meta)")
    g.skip("(ЄДРПОУ 42876153), 48630, Тернопільська обл., Чортківський р-н, смт Золотий Потік, вул. Шевченка, 12; тел. (03544) 0-62-17.",
           [42876153, 48630, 12, 3544, 6217], "ЄДРПОУ, postcode, address, phone")
    g.skip("приміщення розраховане на 15 місць", [15], "capacity")
    g.skip("Середня наповнюваність групи – 14 осіб на день, тривалість перебування – до 6 годин.", [14, 6],
           "average daily attendance, duration")
    g.skip("у 2023 році пройшли навчання", [2023], "year")
    g.skip("проаналізувала 37 особових справ, провела 24 інтерв'ю з отримувачами та 6 – з працівниками", [37, 24, 6],
           "assessment methods: case files, interviews")
    g.skip("75–100 % – «добре»; 50–74 % – «задовільно»; менше 50 % – «незадовільно»", [75, 100, 50, 74, 50],
           "rating band definitions (used in the rating_band checks)")
    g.skip("Рекомендації: 1) розмістити інформацію про послугу на сайті селищної ради та в 11 старостатах; 2) облаштувати зону відпочинку; 3) до 01.03.2024 переглянути індивідуальні плани 9 отримувачів.",
           [1, 11, 2, 3, 1, 3, 2024, 9], "recommendation numbers, starosta districts, deadline, plan")
    g.note("an external assessment written by the hromada's social-protection department about the ЦНСП's day care: meta.centre "
           "is the assessed provider (cnsp); meta_alt accepts its legal form, the short name and the assessing department (uszn)")
    g.note("the assessed period is January–November 2023 → period_end 2023-11-30; meta_alt accepts the calendar year")
    g.note("37 by category is a partition (19 + 9 + 9); «діти з інвалідністю – 9» → unit children (unit_alt persons)")
    g.note("staff figures are of the day-care department; they carry service day_care")
    g.note("criteria table: share (alt satisfaction) + rating per row; overall written twice → two rating facts")
    g.write()


if __name__ == "__main__":
    main()
