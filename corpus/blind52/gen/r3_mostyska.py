"""b52_03: КУ «ЦНСП» Мостиської міської ради (Львівська), internal quality assessment of home care, 2024.
DOCX with a criteria table, impersonal voice. Slip: rating_band (78,3 % rated «добре»; the document's own band for «добре» is 80–100 %)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b52_03_mostyska_cnsp_internal2024.docx"
CRIT = [("1", "Адресність та індивідуальний підхід", "92,5", "добре", "targeting"),
        ("2", "Результативність", "85,8", "добре", "effectiveness"),
        ("3", "Своєчасність", "83,3", "добре", "timeliness"),
        ("4", "Доступність та відкритість", "78,3", "добре", "accessibility"),
        ("5", "Повага до гідності отримувача", "96,7", "добре", "dignity"),
        ("6", "Професійність", "90,0", "добре", "professionalism"),
        ("7", "Захист та безпека", "88,3", "добре", "safety"),
        ("8", "Конфіденційність інформації", "100", "добре", "confidentiality")]
OVERALL = ("Загальна оцінка (середнє за критеріями)", "89,4", "добре")

HEAD = [
    ("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» МОСТИСЬКОЇ МІСЬКОЇ РАДИ", "c"),
    ("81300, Львівська обл., м. Мостиська, вул. Судова, 9; тел. (03234) 0-41-18; код ЄДРПОУ 43917265", "c"),
    ("ЗВІТ", "c"),
    ("про результати внутрішньої оцінки якості надання соціальної послуги догляду вдома за 2024 рік", "c"),
    ("Внутрішню оцінку проведено відповідно до наказу директора Центру від 02.12.2024 № 87-од у період з 04 по 20 грудня 2024 року. Робоча група складалася з 5 осіб.", ""),
    ("Протягом 2024 року соціальну послугу догляду вдома отримали 178 осіб, серед них 41 особа з інвалідністю та 12 внутрішньо переміщених осіб. Надано 24 870 послуг з догляду вдома. Середній вік отримувачів – 78 років, найстаршій отримувачці виповнилося 96 років.", ""),
    ("Для оцінки використано анкетування, аналіз 60 особових справ і спостереження під час 15 відвідувань. Анкетування охопило 120 отримувачів послуги (67,4 % від загальної кількості).", ""),
    ("Рівень якості за кожним критерієм визначено за часткою позитивних відповідей: 80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно».", ""),
    ("Таблиця 1. Результати оцінки за критеріями", ""),
]
TAIL = [
    ("Послугу надають 29 соціальних робітників, штатним розписом відділення передбачено 31 посаду. Скарг від отримувачів протягом 2024 року не надходило. У 2023 році загальний показник становив 86,1 %.", ""),
    ("Висновок: загальна оцінка якості надання соціальної послуги догляду вдома – «добре».", ""),
    ("Рекомендації:", ""),
    ("1) розмістити графік роботи соціальних робітників на інформаційному стенді до 01.03.2025;", ""),
    ("2) забезпечити навчання 6 соціальних робітників з питань першої допомоги у І кварталі 2025 року.", ""),
    ("Голова робочої групи ______________        23.12.2024", ""),
]


def build(path):
    d = docx.Document()
    fix_docx_props(d, "КУ ЦНСП")
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for text, al in HEAD:
        p = d.add_paragraph(text)
        if al == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["№ з/п", "Критерій", "Частка позитивних відповідей, %", "Рівень якості"]):
        c.text = h
    for no, name, pct, rat, _ in CRIT:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text, r[3].text = no, name, pct, rat
    r = t.add_row().cells
    r[0].text, r[1].text, r[2].text, r[3].text = "9", *OVERALL
    for text, al in TAIL:
        d.add_paragraph(text)
    d.save(path)
    freeze_zip(path)


build(report_path(DOC))

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Мостиської міської ради",
    "centre_type": "cnsp", "settlement": "Мостиська", "oblast": "Львівська",
    "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Мостиської міської ради",
                         "КУ «Центр надання соціальних послуг» Мостиської міської ради"]})
f = g.f
sv = f("served", "persons", 178, "соціальну послугу догляду вдома отримали 178 осіб", service="home_care")
c1 = f("served", "persons", 41, "серед них 41 особа з інвалідністю", service="home_care",
       category="особи з інвалідністю", parent=sv)
c2 = f("served", "persons", 12, "12 внутрішньо переміщених осіб", service="home_care",
       category="внутрішньо переміщені особи", parent=sv)
sp = f("services_provided", "services", 24870, "Надано 24 870 послуг з догляду вдома", service="home_care")
rs = f("survey_respondents", "recipients", 120, "Анкетування охопило 120 отримувачів послуги (67,4 % від загальної кількості)",
       percent=67.4, service="home_care", unit_alt="persons")
shares, ratings = [], []
for no, name, pct, rat, cid in CRIT:
    row = f"{no}\t{name}\t{pct}\t{rat}"
    v = float(pct.replace(",", "."))
    v = int(v) if v.is_integer() else v
    shares.append(f("share", "percent", v, row, criterion=cid, service="home_care", alt=["satisfaction"],
                    label="частка позитивних відповідей"))
    ratings.append(f("rating", "rating", "good", row, criterion=cid, service="home_care"))
orow = "9\t" + "\t".join(OVERALL)
os_ = f("share", "percent", 89.4, orow, criterion="overall", service="home_care", alt=["satisfaction"],
        label="середнє за критеріями")
orr = f("rating", "rating", "good", orow, criterion="overall", service="home_care")
orr2 = f("rating", "rating", "good", "загальна оцінка якості надання соціальної послуги догляду вдома – «добре»",
         criterion="overall", service="home_care", note="the overall rating repeated in the conclusion")
s1 = f("staff_actual", "staff", 29, "Послугу надають 29 соціальних робітників", service="home_care")
s2 = f("staff_positions", "positions", 31, "штатним розписом відділення передбачено 31 посаду")
cp = f("complaints", "complaints", 0, "Скарг від отримувачів протягом 2024 року не надходило.")

BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
acc_s, acc_r = shares[3], ratings[3]
g.slip("rating_band", "error", "4\tДоступність та відкритість\t78,3\tдобре", "добре", "задовільно", [acc_s, acc_r],
       "78,3 % lies in the document's own band 60–79,9 % = «задовільно», but the table rates it «добре»",
       f"band({acc_s}, {BANDS}) == {acc_r}")
others = [i for i in range(8) if i != 3]
g.check("rating_band", "Таблиця 1. Результати оцінки за критеріями",
        "the other seven criteria and the overall 89,4 % lie in 80–100 % and are rated «добре»",
        " and ".join(f"band({shares[i]}, {BANDS}) == {ratings[i]}" for i in others) + f" and band({os_}, {BANDS}) == {orr}")
g.check("percent_impossible", "Таблиця 1. Результати оцінки за критеріями",
        "every share is reachable with 120 respondents (111, 103, 100, 94, 116, 108, 106, 120 of 120)",
        " and ".join(f"grim_ok({s}, {rs}, 1)" for s in shares))
g.check("table_arithmetic", orow, "the overall line is the mean of the eight criteria: 714,9 / 8 = 89,36 → 89,4",
        f"near(round(({' + '.join(shares)}) / 8, 1), {os_})")
g.check("percent_mismatch", "Анкетування охопило 120 отримувачів послуги (67,4 % від загальної кількості)",
        "120 / 178 = 67,42 % → 67,4", f"pct_ok(p{rs[1:]}, {rs}, {sv}, 1)")
g.check("parts_sum", "серед них 41 особа з інвалідністю", "41 ≤ 178, 12 ≤ 178 (overlapping categories)",
        f"{c1} <= {sv} and {c2} <= {sv}")
g.check("parts_sum", "Послугу надають 29 соціальних робітників", "29 ≤ 31", f"{s1} <= {s2}")
g.check("internal_conflict", "загальна оцінка якості надання соціальної послуги догляду вдома – «добре»",
        "the overall rating of the table and of the conclusion agree", f"{orr} == {orr2}")

g.skip("81300, Львівська обл., м. Мостиська, вул. Судова, 9; тел. (03234) 0-41-18; код ЄДРПОУ 43917265",
       [81300, 9, 3234, 4118, 43917265], "postcode, address, phone, ЄДРПОУ")
g.skip("за 2024 рік", [2024], "year")
g.skip("наказу директора Центру від 02.12.2024 № 87-од у період з 04 по 20 грудня 2024 року", [2, 12, 2024, 87, 4, 20],
       "order date and number, assessment dates")
g.skip("Робоча група складалася з 5 осіб.", [5], "working-group size")
g.skip("Середній вік отримувачів – 78 років, найстаршій отримувачці виповнилося 96 років.", [78, 96], "ages")
g.skip("аналіз 60 особових справ і спостереження під час 15 відвідувань", [60, 15], "method volumes (no §3 id)")
g.skip("80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79.9, 60],
       "rating band definitions (used in the band checks)")
g.skip("Таблиця 1.", [1], "table number")
g.skip("№ з/п", [1, 2, 3, 4, 5, 6, 7, 8, 9], "row numbers")
g.skip("У 2023 році загальний показник становив 86,1 %.", [2023, 86.1], "prior-year figure")
g.skip("до 01.03.2025", [1, 3, 2025], "deadline")
g.skip("забезпечити навчання 6 соціальних робітників з питань першої допомоги у І кварталі 2025 року", [6, 2025], "plan")
g.skip("23.12.2024", [23, 12, 2024], "signature date")
g.note("the table rows are the evidence for both the criterion share (share, alt satisfaction) and the rating; each row gives two facts")
g.note("all assessment facts carry service home_care; the overall line is criterion overall")
g.note("the overall rating is given twice (table row 9 and the conclusion): two facts")
g.note("centre: the legal form «Комунальна установа» is in meta_alt")
g.write()
