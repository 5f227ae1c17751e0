"""b76_03: КУ «ЦНСП» Рудківської міської ради (Львівська), internal quality assessment of home care
provided in 2024. DOCX; first person plural; a criteria table (№ / критерій / % / оцінка) with the
document's own bands."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, report_path, fix_docx_props, freeze_zip
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

DOC = "b76_03_rudky_cnsp_internal2024.docx"

HEAD = [
    "Комунальна установа «Центр надання соціальних послуг» Рудківської міської ради",
    "81440, Львівська обл., Самбірський р-н, м. Рудки, вул. Самбірська, 16; тел. (03236) 0-44-81; код ЄДРПОУ 44103586",
]
TITLE = "ЗВІТ\nпро результати внутрішньої оцінки якості соціальної послуги догляду вдома, наданої у 2024 році"
PARAS1 = [
    "Внутрішню оцінку якості ми провели з 14 по 25 жовтня 2024 року відповідно до Порядку, затвердженого постановою Кабінету Міністрів України від 01.06.2020 № 449. Для цього наказом директора від 01.10.2024 № 47-од утворили робочу групу у складі 5 осіб.",
    "У 2024 році послугу догляду вдома від нас отримували 126 осіб, з них 19 – внутрішньо переміщені особи. Послугу надавав 21 соціальний робітник; за рік вони надали 14 380 послуг догляду вдома. Середній вік отримувачів – 78 років, найстаршій отримувачці виповнилося 97 років.",
    "Під час оцінки ми переглянули 30 особових справ, провели 12 спостережень за наданням послуги вдома та опитали 44 отримувачі (34,9 % від загальної кількості). Анкета містила 21 запитання.",
    "Відсоток позитивних відповідей за кожним критерієм ми перевели в оцінку за такою шкалою: від 90 до 100 % – «добре», від 70 до 89 % – «задовільно», менше 70 % – «незадовільно».",
]
TABLE_CAPTION = "Таблиця 1. Результати оцінки за критеріями якості"
ROWS = [
    ("№", "Критерій якості", "Позитивні відповіді, %", "Оцінка"),
    ("1", "Адресність та індивідуальний підхід", "97,7", "добре"),
    ("2", "Доступність та відкритість", "93,2", "добре"),
    ("3", "Своєчасність", "86,4", "добре"),
    ("4", "Результативність", "90,9", "добре"),
    ("5", "Повага до гідності отримувача", "100,0", "добре"),
    ("6", "Професійність", "95,5", "добре"),
    ("7", "Конфіденційність", "100,0", "добре"),
    ("", "Загальна оцінка", "", "добре"),
]
PARAS2 = [
    "Загалом рівень задоволеності отримувачів якістю послуги становить 95,5 %. Найнижчий результат маємо за критерієм своєчасності: 6 опитаних зазначили, що соціальний робітник запізнювався більш ніж на 30 хвилин.",
    "Протягом 2024 року надійшла 1 скарга (щодо несвоєчасного прибуття соціального робітника); її розглянуто та визнано частково обґрунтованою. Навчання з питань догляду за маломобільними особами пройшли 8 соціальних робітників.",
    "Висновок: якість соціальної послуги догляду вдома, наданої Центром у 2024 році, оцінюємо як «добре».",
    "Рекомендації:",
    "1. Переглянути графіки відвідувань у 4 старостинських округах – до 01.12.2024.",
    "2. Забезпечити соціальних робітників 2 службовими велосипедами – до 01.03.2025.",
    "3. Повторну внутрішню оцінку провести у IV кварталі 2025 року.",
    "Директор                                                     ____________",
    "Голова робочої групи                                     ____________",
]


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for h in HEAD:
        p = d.add_paragraph(h)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in TITLE.split("\n"):
        p = d.add_paragraph()
        r = p.add_run(line)
        r.bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t in PARAS1:
        d.add_paragraph(t)
    d.add_paragraph(TABLE_CAPTION)
    tb = d.add_table(rows=len(ROWS), cols=4)
    tb.style = "Table Grid"
    for i, row in enumerate(ROWS):
        for j, v in enumerate(row):
            tb.cell(i, j).text = v
    for t in PARAS2:
        d.add_paragraph(t)
    fix_docx_props(d, "ЦНСП")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)

    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Рудківської міської ради",
        "centre_type": "cnsp", "settlement": "Рудки", "oblast": "Львівська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Рудківської міської ради",
                    "КУ «Центр надання соціальних послуг» Рудківської міської ради"]})
    f1 = g.f("served", "persons", 126, "У 2024 році послугу догляду вдома від нас отримували 126 осіб", service="home_care")
    f2 = g.f("served", "persons", 19, "з них 19 – внутрішньо переміщені особи", service="home_care",
             category="внутрішньо переміщені особи", parent=f1)
    f3 = g.f("staff_actual", "staff", 21, "Послугу надавав 21 соціальний робітник", label="соціальні робітники")
    f4 = g.f("services_provided", "services", 14380, "за рік вони надали 14 380 послуг догляду вдома", service="home_care")
    f5 = g.f("survey_respondents", "recipients", 44, "опитали 44 отримувачі (34,9 % від загальної кількості)",
             percent=34.9, unit_alt="persons")
    crit = ["targeting", "accessibility", "timeliness", "effectiveness", "dignity", "professionalism", "confidentiality"]
    share_ids, rating_ids = [], []
    for (n, name, pc, rt), c in zip(ROWS[1:8], crit):
        q = f"{n}\t{name}\t{pc}\t{rt}"
        share_ids.append(g.f("share", "percent", float(pc.replace(",", ".")) if pc != "100,0" else 100, q,
                             criterion=c, label=f"позитивні відповіді: {name}", alt=["satisfaction"]))
        rating_ids.append(g.f("rating", "rating", "good", q, criterion=c))
    f20 = g.f("rating", "rating", "good", "Загальна оцінка\t\tдобре", criterion="overall")
    f21 = g.f("satisfaction", "percent", 95.5, "рівень задоволеності отримувачів якістю послуги становить 95,5 %")
    f22 = g.f("complaints", "complaints", 1, "Протягом 2024 року надійшла 1 скарга")
    f23 = g.f("staff_trained", "staff", 8, "Навчання з питань догляду за маломобільними особами пройшли 8 соціальних робітників")
    f24 = g.f("rating", "rating", "good",
              "Висновок: якість соціальної послуги догляду вдома, наданої Центром у 2024 році, оцінюємо як «добре».",
              criterion="overall")
    s = dict(zip(crit, share_ids))
    r = dict(zip(crit, rating_ids))
    bands = "[(90, 100, 'good'), (70, 89.99, 'satisfactory'), (0, 69.99, 'unsatisfactory')]"
    g.slip("rating_band", "error", "3\tСвоєчасність\t86,4\tдобре", "good", "satisfactory",
           [s["timeliness"], r["timeliness"]],
           "the document's own scale gives «задовільно» for 70–89 %; Своєчасність 86,4 % is rated «добре»",
           f"band({s['timeliness']}, {bands}) == {r['timeliness']}".replace("f", "f", 1))
    ok = " and ".join(f"band({s[c]}, {bands}) == {r[c]}" for c in crit if c != "timeliness")
    g.check("rating_band", "від 90 до 100 % – «добре»", "the six other criteria are ≥ 90 % and rated «добре»", ok)
    g.check("percent_impossible", "Позитивні відповіді, %",
            "each criterion share is k/44: 43, 41, 38, 40, 44, 42, 44 of 44",
            " and ".join(f"grim_ok({s[c]}, {f5}, 1)" for c in crit))
    g.check("percent_impossible", "рівень задоволеності отримувачів якістю послуги становить 95,5 %",
            "42 of 44 = 95,45 % → 95,5", f"grim_ok({f21}, {f5}, 1)")
    g.check("percent_mismatch", "опитали 44 отримувачі (34,9 % від загальної кількості)", "44/126 = 34,92 %",
            f"pct_ok(p{f5[1:]}, {f5}, {f1}, 1)")
    g.check("parts_sum", "з них 19 – внутрішньо переміщені особи", "19 ≤ 126; 44 respondents ≤ 126", f"{f2} <= {f1} and {f5} <= {f1}")
    g.check("internal_conflict", "оцінюємо як «добре»", "overall rating in the table = in the conclusion", f"{f20} == {f24}")

    g.skip("81440, Львівська обл., Самбірський р-н, м. Рудки, вул. Самбірська, 16; тел. (03236) 0-44-81; код ЄДРПОУ 44103586",
           [81440, 16, 3236, 4481, 44103586], "postcode, address, phone, ЄДРПОУ")
    g.skip("з 14 по 25 жовтня 2024 року", [14, 25, 2024], "assessment dates")
    g.skip("постановою Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449], "act date and number")
    g.skip("наказом директора від 01.10.2024 № 47-од утворили робочу групу у складі 5 осіб", [1, 10, 2024, 47, 5],
           "order date/number, working group size")
    g.skip("Середній вік отримувачів – 78 років, найстаршій отримувачці виповнилося 97 років.", [78, 97], "ages")
    g.skip("ми переглянули 30 особових справ, провели 12 спостережень", [30, 12], "assessment methods (case files, observations)")
    g.skip("Анкета містила 21 запитання.", [21], "questionnaire size")
    g.skip("від 90 до 100 % – «добре», від 70 до 89 % – «задовільно», менше 70 % – «незадовільно»",
           [90, 100, 70, 89, 70], "rating bands")
    g.skip("Таблиця 1. Результати оцінки за критеріями якості", [1], "table number")
    g.skip("1\tАдресність та індивідуальний підхід", [1, 2, 3, 4, 5, 6, 7], "row numbers")
    g.skip("6 опитаних зазначили, що соціальний робітник запізнювався більш ніж на 30 хвилин", [6, 30],
           "answer count with no §3 id; duration")
    g.skip("1. Переглянути графіки відвідувань у 4 старостинських округах – до 01.12.2024.", [1, 4, 1, 12, 2024],
           "recommendation number, districts, deadline")
    g.skip("2. Забезпечити соціальних робітників 2 службовими велосипедами – до 01.03.2025.", [2, 2, 1, 3, 2025],
           "recommendation number, items, deadline")
    g.skip("3. Повторну внутрішню оцінку провести у IV кварталі 2025 року.", [3, 2025], "recommendation number, plan")
    g.note("criterion rows: the percentage → share with criterion (alt satisfaction); the rating → rating with criterion; both quote the table row")
    g.note("the overall rating appears twice (table and conclusion): two facts")
    g.note("«Послугу надавав 21 соціальний робітник» → staff_actual with a label (the total staff of the centre is not given)")
    g.note("bands: the text says «від 70 до 89 %»; 89,99 is used as the upper bound of «задовільно» in verify")
    g.write()


if __name__ == "__main__":
    build()
