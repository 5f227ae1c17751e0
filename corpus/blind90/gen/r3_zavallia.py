"""b90_03: ЦНСП Заваллівської селищної ради (Кіровоградська), internal quality assessment of services in 2024.
DOCX (python-docx) with a criteria table (criterion / % positive answers / rating) and the document's own bands.
First person plural («ми», «наш Центр»).
Planted slip: rating_band (Доступність та відкритість 78,3 % rated «добре», the band for «добре» is 81–100 %)."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b90_03_zavallia_cnsp_internal2024.docx"

HEAD = [
    "ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ ЗАВАЛЛІВСЬКОЇ СЕЛИЩНОЇ РАДИ",
    "26320, Кіровоградська обл., Голованівський р-н, с-ще Завалля, вул. Соборна, 25, тел. (05252) 0-51-36",
]
TITLE = ("ЗВІТ про результати внутрішньої оцінки якості соціальних послуг, "
         "наданих Центром надання соціальних послуг Заваллівської селищної ради у 2024 році")
P1 = [
    "Внутрішню оцінку якості ми провели з 15 по 31 січня 2025 року відповідно до наказу директора Центру "
    "від 14.01.2025 № 06-од. До робочої групи увійшли 5 працівників Центру та 1 представник громадськості.",
    "Оцінювалися три послуги, які наш Центр надає найбільшій кількості мешканців громади: догляд вдома, "
    "консультування та натуральна допомога. Ми опрацювали 64 особові справи отримувачів, провели 12 інтерв'ю "
    "з працівниками та анкетування 92 отримувачів.",
    "Серед опитаних 61 жінка та 31 чоловік, середній вік респондентів – 71 рік.",
    "У 2024 році послуги нашого Центру отримали 538 осіб, з них догляд вдома – 146 осіб, консультування – 301 "
    "особа, натуральну допомогу – 91 особа. Усього за рік надано 9 874 соціальні послуги.",
    "Кожен критерій ми оцінювали за часткою позитивних відповідей: 81–100 % – «добре», 61–80 % – «задовільно», "
    "60 % і менше – «незадовільно».",
]
TCAP = "Таблиця 1. Результати оцінки за критеріями якості"
ROWS = [
    ("№", "Критерій якості", "Частка позитивних відповідей, %", "Оцінка"),
    ("1", "Адресність та індивідуальний підхід", "92,4", "добре"),
    ("2", "Результативність", "88,0", "добре"),
    ("3", "Своєчасність", "83,7", "добре"),
    ("4", "Доступність та відкритість", "78,3", "добре"),
    ("5", "Повага до гідності отримувача", "97,8", "добре"),
    ("6", "Професійність", "90,2", "добре"),
    ("7", "Захист та безпека", "95,7", "добре"),
    ("8", "Конфіденційність інформації", "100", "добре"),
    ("", "Загальна оцінка якості", "–", "добре"),
]
P2 = [
    "Висновки. Загальну якість соціальних послуг, наданих нашим Центром у 2024 році, оцінено як «добре».",
    "Протягом року надійшла 1 скарга (щодо графіка відвідування соціального робітника), її розглянуто та задоволено.",
    "Штатна чисельність Центру – 27 посад, фактично працюють 25 осіб. Підвищили кваліфікацію у 2024 році "
    "11 працівників.",
    "Рекомендації: 1) до 01.06.2025 розмістити інформацію про послуги на сайті селищної ради; 2) розширити графік "
    "прийому в 3 старостинських округах; 3) у 2025 році охопити послугою догляду вдома 160 осіб.",
    "Звіт розглянуто на нараді Центру 05.02.2025, протокол № 2.",
]

CRIT = ["targeting", "effectiveness", "timeliness", "accessibility", "dignity", "professionalism", "safety",
        "confidentiality"]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for h in HEAD:
        d.add_paragraph(h)
    d.add_heading(TITLE, 1)
    for p in P1:
        d.add_paragraph(p)
    d.add_paragraph(TCAP)
    t = d.add_table(rows=len(ROWS), cols=4)
    t.style = "Table Grid"
    for i, r in enumerate(ROWS):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
    for p in P2:
        d.add_paragraph(p)
    d.add_paragraph("Директор Центру                                   (підпис)")
    fix_docx_props(d)
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Заваллівської селищної ради", "centre_type": "cnsp",
        "settlement": "Завалля", "oblast": "Кіровоградська", "report_kind": "internal_assessment",
        "period_start": "2024-01-01", "period_end": "2024-12-31"})
    P = "persons"
    f1 = g.f("survey_respondents", "recipients", 92, "анкетування 92 отримувачів", unit_alt="persons")
    f2 = g.f("survey_respondents", P, 61, "Серед опитаних 61 жінка", label="жінки", group="survey_by_sex",
             parent=f1)
    f3 = g.f("survey_respondents", P, 31, "31 чоловік", label="чоловіки", group="survey_by_sex", parent=f1)
    f4 = g.f("served", P, 538, "У 2024 році послуги нашого Центру отримали 538 осіб")
    grp = "served_538_by_service"
    f5 = g.f("served", P, 146, "догляд вдома – 146 осіб", service="home_care", group=grp, parent=f4)
    f6 = g.f("served", P, 301, "консультування – 301 особа", service="counselling", group=grp, parent=f4)
    f7 = g.f("served", P, 91, "натуральну допомогу – 91 особа", service="natural_aid", group=grp, parent=f4)
    f8 = g.f("services_provided", "services", 9874, "Усього за рік надано 9 874 соціальні послуги")
    share_ids, rating_ids = [], []
    for (n, name, pct, rat), crit in zip(ROWS[1:9], CRIT):
        row = f"{n}\t{name}\t{pct}\t{rat}"
        v = float(pct.replace(",", "."))
        v = int(v) if v.is_integer() else v
        share_ids.append(g.f("share", "percent", v, row, criterion=crit, label="частка позитивних відповідей",
                             alt=["satisfaction"]))
        rating_ids.append(g.f("rating", "rating", "good", row, criterion=crit))
    f_overall = g.f("rating", "rating", "good", "Загальна оцінка якості\t–\tдобре", criterion="overall")
    f_overall2 = g.f("rating", "rating", "good",
                     "Загальну якість соціальних послуг, наданих нашим Центром у 2024 році, оцінено як «добре»",
                     criterion="overall", note="the overall rating said again in the conclusions: a second fact")
    fc = g.f("complaints", "complaints", 1, "Протягом року надійшла 1 скарга")
    fsp = g.f("staff_positions", "positions", 27, "Штатна чисельність Центру – 27 посад")
    fsa = g.f("staff_actual", "staff", 25, "фактично працюють 25 осіб")
    fst = g.f("staff_trained", "staff", 11, "Підвищили кваліфікацію у 2024 році 11 працівників")

    bands = "[(81, 100, 'good'), (61, 80.99, 'satisfactory'), (0, 60.99, 'unsatisfactory')]"
    acc_share, acc_rating = share_ids[3], rating_ids[3]
    g.slip("rating_band", "error", "4\tДоступність та відкритість\t78,3\tдобре", "good", "satisfactory",
           [acc_share, acc_rating],
           "78,3 % of positive answers falls in the document's own band 61–80 % = «задовільно», but the table "
           "rates accessibility «добре» (band 81–100 %)",
           f"band({acc_share}, {bands}) == {acc_rating}")
    for s, r in zip(share_ids, rating_ids):
        if s == acc_share:
            continue
        g.check("rating_band", g._by_id[s]["quote"], f"{g._by_id[s]['value']} % is in the 81–100 % band «добре»",
                f"band({s}, {bands}) == {r}")
    g.check("percent_impossible", "Частка позитивних відповідей, %",
            "every share is reachable with 92 respondents (85, 81, 77, 72, 90, 83, 88, 92 of 92)",
            " and ".join(f"grim_ok({x}, f1, 1)" for x in share_ids))
    g.check("parts_sum", "Серед опитаних 61 жінка та 31 чоловік", "61 + 31 = 92", "f2 + f3 == f1")
    g.check("parts_sum", "У 2024 році послуги нашого Центру отримали 538 осіб", "146 + 301 + 91 = 538",
            "f5 + f6 + f7 == f4")
    g.check("parts_sum", "фактично працюють 25 осіб", "11 trained ≤ 25 working ≤ 27 positions",
            f"{fst} <= {fsa} <= {fsp}")

    g.skip("26320, Кіровоградська обл., Голованівський р-н, с-ще Завалля, вул. Соборна, 25, тел. (05252) 0-51-36",
           [26320, 25, 5252, 5136], "postcode, address, phone")
    g.skip("у 2024 році", [2024], "year of the period")
    g.skip("Внутрішню оцінку якості ми провели з 15 по 31 січня 2025 року", [15, 31, 2025], "assessment dates")
    g.skip("від 14.01.2025 № 06-од", [14, 1, 2025, 6], "order date and number")
    g.skip("До робочої групи увійшли 5 працівників Центру та 1 представник громадськості.", [5, 1],
           "working group size")
    g.skip("Оцінювалися три послуги", [3], "number of services assessed")
    g.skip("Ми опрацювали 64 особові справи отримувачів, провели 12 інтерв'ю", [64, 12],
           "assessment methods (case files, interviews) – no §3 id")
    g.skip("середній вік респондентів – 71 рік", [71], "age")
    g.skip("81–100 % – «добре», 61–80 % – «задовільно», 60 % і менше – «незадовільно»", [81, 100, 61, 80, 60],
           "rating bands (used by the checks)")
    g.skip("Таблиця 1. Результати оцінки за критеріями якості", [1], "table number")
    g.skip("№\tКритерій якості", [1, 2, 3, 4, 5, 6, 7, 8], "row numbers")
    g.skip("1) до 01.06.2025 розмістити інформацію про послуги на сайті селищної ради", [1, 1, 6, 2025],
           "recommendation number and deadline")
    g.skip("2) розширити графік прийому в 3 старостинських округах", [2, 3], "recommendation number, district count")
    g.skip("3) у 2025 році охопити послугою догляду вдома 160 осіб", [3, 2025, 160], "plan")
    g.skip("Звіт розглянуто на нараді Центру 05.02.2025, протокол № 2.", [5, 2, 2025, 2], "meeting date, minutes number")
    g.note("each criterion row gives a share (share with criterion, alt satisfaction) and a rating; both quote the row")
    g.note("the overall rating appears in the table and in the conclusions: two facts")
    g.note("«анкетування 92 отримувачів» → recipients (unit_alt persons); the sex breakdown says «жінка / чоловік» → persons")
    g.note("the bands are the document's own: 81–100 % «добре», 61–80 % «задовільно», ≤ 60 % «незадовільно»")
    g.write()


if __name__ == "__main__":
    main()
