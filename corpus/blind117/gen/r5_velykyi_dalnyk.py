"""b117_05: КУ «ЦНСП» Великодальницької сільської ради (Одеська), internal quality assessment of home care in 2023.
DOCX, impersonal, criteria table with the document's own rating bands. One planted slip (rating_band)."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b117_05_velykyi_dalnyk_cnsp_internal2023.docx"

HEAD = [
    "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»",
    "ВЕЛИКОДАЛЬНИЦЬКОЇ СІЛЬСЬКОЇ РАДИ ОДЕСЬКОГО РАЙОНУ ОДЕСЬКОЇ ОБЛАСТІ",
    "67660, Одеська обл., Одеський р-н, с. Великий Дальник, вул. Зелена, 9; тел. (048) 055-31-70; ЄДРПОУ 42590318",
]
TITLE = ["ЗВІТ", "про результати внутрішньої оцінки якості соціальної послуги догляду вдома, наданої у 2023 році"]

PARAS1 = [
    ("h", "1. Організація оцінки"),
    ("p", "Внутрішню оцінку якості проведено відповідно до Порядку, затвердженого постановою Кабінету Міністрів України від 01.06.2020 № 449, на підставі наказу директора установи від 04.12.2023 № 87-од. До робочої групи увійшли 5 працівників установи. Оцінювання тривало з 11 по 22 грудня 2023 року."),
    ("p", "Використано такі методи: аналіз 30 особових справ отримувачів, анкетування отримувачів, співбесіди з 9 соціальними робітниками, спостереження під час 12 відвідувань за місцем проживання."),
    ("h", "2. Загальні відомості про послугу"),
    ("p", "Протягом 2023 року послугу догляду вдома отримували 73 особи, з яких 52 – особи похилого віку і 21 – особа з інвалідністю. На обслуговування взято 11 осіб. Середній вік отримувачів – 78 років."),
    ("p", "Припинено надання послуги 7 особам: у зв'язку зі смертю – 4, за власним бажанням – 2, у зв'язку з влаштуванням до будинку-інтернату – 1. Станом на 31.12.2023 послугу отримують 66 осіб."),
    ("p", "Упродовж року соціальні робітники здійснили 9 412 відвідувань, під час яких надано відповідну кількість послуг догляду. Вартість однієї години послуги для отримувачів, які сплачують її повністю, – 64,20 грн."),
    ("p", "Послугу надають 14 соціальних робітників при штатній чисельності 15 посад; 6 соціальних робітників у 2023 році пройшли навчання з надання домедичної допомоги."),
    ("h", "3. Результати анкетування"),
    ("p", "В анкетуванні взяли участь 48 отримувачів послуги (65,8 % від загальної кількості). Частку позитивних відповідей за кожним критерієм оцінено так: «добре» – від 85 до 100 %; «задовільно» – від 60 до 84,9 %; «незадовільно» – менше 60 %."),
]
CAP = "Таблиця 1. Оцінка якості послуги догляду вдома за критеріями"
TABLE = [
    ["Критерій", "Позитивних відповідей, %", "Оцінка"],
    ["Адресність та індивідуальний підхід", "93,8", "добре"],
    ["Результативність", "87,5", "добре"],
    ["Своєчасність", "81,3", "добре"],
    ["Доступність та відкритість", "89,6", "добре"],
    ["Зручність", "77,1", "задовільно"],
    ["Повага до гідності отримувача", "100,0", "добре"],
    ["Професійність", "95,8", "добре"],
    ["Загальна оцінка якості", "–", "добре"],
]
PARAS2 = [
    ("p", "Найнижчу частку позитивних відповідей отримано за критерієм «Зручність»: отримувачі вказували на незручний час відвідувань у вихідні дні."),
    ("p", "Протягом 2023 року надійшла одна скарга (щодо запізнення соціального робітника), її розглянуто у встановлений строк. Порушень конфіденційності інформації не виявлено."),
    ("h", "4. Висновки та рекомендації"),
    ("p", "За результатами внутрішньої оцінки якість соціальної послуги догляду вдома визнано такою, що відповідає рівню «добре»."),
    ("p", "Рекомендовано: 1) погодити з отримувачами графік відвідувань у вихідні дні – до 01.03.2024; 2) охопити анкетуванням у 2024 році не менше 90 % отримувачів; 3) організувати навчання для 8 соціальних робітників."),
    ("p", "Голова робочої групи ____________"),
    ("p", "22.12.2023"),
]


def build(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for line in HEAD:
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in TITLE:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(line).bold = True

    def paras(items):
        for kind, t in items:
            if kind == "h":
                doc.add_heading(t, level=2)
            else:
                doc.add_paragraph(t)

    paras(PARAS1)
    doc.add_paragraph(CAP)
    t = doc.add_table(rows=len(TABLE), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    paras(PARAS2)
    fix_docx_props(doc, author="КУ ЦНСП")
    doc.save(path)
    freeze_zip(path, when=(2023, 12, 22, 12, 0, 0))


RATING = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}
CRIT = ["targeting", "effectiveness", "timeliness", "accessibility", "convenience", "dignity", "professionalism", "overall"]


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Великодальницької сільської ради",
        "centre_type": "cnsp", "settlement": "Великий Дальник", "oblast": "Одеська",
        "report_kind": "internal_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Великодальницької сільської ради",
        "КУ «Центр надання соціальних послуг» Великодальницької сільської ради",
        "Комунальна установа «Центр надання соціальних послуг» Великодальницької сільської ради Одеського району Одеської області"]})
    f = g.f
    hc = "home_care"
    sv = f("served", "persons", 73, "Протягом 2023 року послугу догляду вдома отримували 73 особи", service=hc)
    s1 = f("served", "persons", 52, "з яких 52 – особи похилого віку", service=hc, category="особи похилого віку",
           group="served_73", parent=sv)
    s2 = f("served", "persons", 21, "21 – особа з інвалідністю", service=hc, category="особи з інвалідністю",
           group="served_73", parent=sv)
    nw = f("served", "persons", 11, "На обслуговування взято 11 осіб", service=hc, alt=["registered_new", "support_started"],
           label="взято на обслуговування")
    sc = f("support_completed", "persons", 7, "Припинено надання послуги 7 особам", service=hc, alt=["deregistered"])
    c1 = f("outcome_other", "persons", 4, "у зв'язку зі смертю – 4", service=hc, label="смерть", group="stopped_7", parent=sc)
    c2 = f("outcome_other", "persons", 2, "за власним бажанням – 2", service=hc, label="власне бажання", group="stopped_7", parent=sc)
    c3 = f("outcome_other", "persons", 1, "у зв'язку з влаштуванням до будинку-інтернату – 1", service=hc,
           label="влаштування до будинку-інтернату", group="stopped_7", parent=sc)
    og = f("support_ongoing", "persons", 66, "Станом на 31.12.2023 послугу отримують 66 осіб", service=hc)
    vs = f("services_provided", "services", 9412, "соціальні робітники здійснили 9 412 відвідувань", service=hc,
           note="visits, stated to equal the number of services")
    sw = f("staff_actual", "staff", 14, "Послугу надають 14 соціальних робітників", label="соціальні робітники")
    sp = f("staff_positions", "positions", 15, "при штатній чисельності 15 посад")
    stt = f("staff_trained", "staff", 6, "6 соціальних робітників у 2023 році пройшли навчання")
    sr = f("survey_respondents", "recipients", 48, "В анкетуванні взяли участь 48 отримувачів послуги (65,8 % від загальної кількості)", percent=65.8,
           unit_alt="persons")
    shares, ratings = [], []
    for row, crit in zip(TABLE[1:], CRIT):
        q = "\t".join(row)
        if row[1] != "–":
            val = float(row[1].replace(",", "."))
            val = int(val) if val.is_integer() else val
            shares.append(f("share", "percent", val, q, criterion=crit, alt=["satisfaction"], service=hc,
                            label="частка позитивних відповідей"))
        ratings.append(f("rating", "rating", RATING[row[2]], q, criterion=crit, service=hc))
    fin = f("rating", "rating", "good", "якість соціальної послуги догляду вдома визнано такою, що відповідає рівню «добре»",
            criterion="overall", service=hc, note="the overall rating repeated in the conclusions: a second fact")
    cp = f("complaints", "complaints", 1, "Протягом 2023 року надійшла одна скарга", note="number in words")

    n = lambda x: int(x[1:])  # noqa: E731
    v = lambda x: f"f{n(x)}"  # noqa: E731
    p = lambda x: f"p{n(x)}"  # noqa: E731
    bands = "[(85, 100, 'good'), (60, 84.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    g.slip("rating_band", "error", "Своєчасність\t81,3\tдобре", "добре", "задовільно", [shares[2], ratings[2]],
           "the document's own bands put 81,3 % in «задовільно» (60–84,9 %), but the table rates Своєчасність «добре»",
           f"band({v(shares[2])}, {bands}) == {v(ratings[2])}")
    for i in (0, 1, 3, 4, 5, 6):
        g.check("rating_band", "\t".join(TABLE[1 + i]), f"{TABLE[1 + i][1]} % → {TABLE[1 + i][2]} by the document's bands",
                f"band({v(shares[i])}, {bands}) == {v(ratings[i])}")
    for i in range(7):
        g.check("percent_impossible", "\t".join(TABLE[1 + i]), f"{TABLE[1 + i][1]} % is reachable with 48 respondents",
                f"grim_ok({v(shares[i])}, {v(sr)}, 1)")
    g.check("parts_sum", "з яких 52 – особи похилого віку і 21 – особа з інвалідністю", "52 + 21 = 73", f"{v(s1)} + {v(s2)} == {v(sv)}")
    g.check("parts_sum", "Припинено надання послуги 7 особам: у зв'язку зі смертю – 4, за власним бажанням – 2, у зв'язку з влаштуванням до будинку-інтернату – 1.",
            "4 + 2 + 1 = 7", f"{v(c1)} + {v(c2)} + {v(c3)} == {v(sc)}")
    g.check("parts_sum", "Станом на 31.12.2023 послугу отримують 66 осіб", "73 served in the year − 7 stopped = 66 at year end",
            f"{v(sv)} - {v(sc)} == {v(og)}")
    g.check("percent_mismatch", "В анкетуванні взяли участь 48 отримувачів послуги (65,8 % від загальної кількості)",
            "48 / 73 = 65,75 % → 65,8", f"pct_ok({p(sr)}, {v(sr)}, {v(sv)}, 1)")
    g.check("parts_sum", "при штатній чисельності 15 посад", "14 ≤ 15; 6 trained ≤ 14", f"{v(sw)} <= {v(sp)} and {v(stt)} <= {v(sw)}")
    g.check("internal_conflict", "відповідає рівню «добре»", "the overall rating in the conclusions = the table's overall rating",
            f"{v(fin)} == {v(ratings[7])}")

    g.skip("67660, Одеська обл., Одеський р-н, с. Великий Дальник, вул. Зелена, 9; тел. (048) 055-31-70; ЄДРПОУ 42590318",
           [67660, 9, 48, 553170, 42590318], "postcode, address, phone, ЄДРПОУ")
    g.skip("наданої у 2023 році", [2023], "year")
    g.skip("1. Організація оцінки", [1, 2, 3, 4], "section numbers")
    g.skip("постановою Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449], "legal act")
    g.skip("наказу директора установи від 04.12.2023 № 87-од", [4, 12, 2023, 87], "order date and number")
    g.skip("До робочої групи увійшли 5 працівників установи.", [5], "working-group size")
    g.skip("Оцінювання тривало з 11 по 22 грудня 2023 року.", [11, 22, 2023], "assessment dates")
    g.skip("аналіз 30 особових справ отримувачів", [30], "case files reviewed: method")
    g.skip("співбесіди з 9 соціальними робітниками, спостереження під час 12 відвідувань", [9, 12], "interviews and observed visits: method")
    g.skip("Середній вік отримувачів – 78 років.", [78], "average age")
    g.skip("Вартість однієї години послуги для отримувачів, які сплачують її повністю, – 64,20 грн.", [64.2], "tariff")
    g.skip("«добре» – від 85 до 100 %; «задовільно» – від 60 до 84,9 %; «незадовільно» – менше 60 %", [85, 100, 60, 84.9, 60],
           "rating band definitions (used in the rating_band checks)")
    g.skip(CAP, [1], "table number")
    g.skip("Рекомендовано: 1) погодити з отримувачами графік відвідувань у вихідні дні – до 01.03.2024; 2)", [1, 1, 3, 2024, 2], "list numbers, deadline")
    g.skip("охопити анкетуванням у 2024 році не менше 90 % отримувачів; 3) організувати навчання для 8 соціальних робітників",
           [2024, 90, 3, 8], "recommendations (targets), list numbers")
    g.skip("22.12.2023", [22, 12, 2023], "date")
    g.note("criterion shares → share with criterion (alt satisfaction) and service home_care; each rating → rating with criterion; the «Загальна оцінка якості» row has no share («–»)")
    g.note("the overall rating is written twice (table and conclusions): two facts")
    g.note("«Припинено надання послуги» → support_completed (alt deregistered) with the reasons as outcome_other; «взято на обслуговування» → served with label (alt registered_new, support_started)")
    g.note("«9 412 відвідувань, під час яких надано відповідну кількість послуг» → services_provided 9 412")
    g.note("«65,8 % від загальної кількості» is the percent of the 48 respondents (of the 73 recipients)")
    g.note("bands: 85–100 добре, 60–84,9 задовільно, below 60 незадовільно (as written). Своєчасність 81,3 % rated «добре» is the planted rating_band slip")
    g.note("«надійшла одна скарга» → complaints 1 (number in words); «Порушень конфіденційності … не виявлено» gives no fact")
    return g


if __name__ == "__main__":
    build(report_path(DOC))
    gold().write()
