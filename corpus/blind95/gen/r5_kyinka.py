"""b95_05: internal quality assessment of home care provided in 2023 by КУ «ЦНСП» Киїнської сільської ради
(Чернігівська). DOCX, impersonal voice, a criteria table with the document's own bands."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

NAME = "b95_05_kyinka_cnsp_internal2023.docx"

HEAD = ("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» КИЇНСЬКОЇ СІЛЬСЬКОЇ РАДИ\n"
        "15522, Чернігівська обл., Чернігівський р-н, с. Киїнка, вул. Шевченка, 2а, тел. (0462) 0-71-36, "
        "e-mail: cnsp.kyinka@example.ua, код ЄДРПОУ 43510287")
TITLE = ("ЗВІТ про результати внутрішньої оцінки якості соціальної послуги догляду вдома, наданої "
         "КУ «Центр надання соціальних послуг» Киїнської сільської ради у 2023 році")
S1 = "1. Загальні відомості"
P1 = ("Внутрішню оцінку якості проведено відповідно до наказу Міністерства соціальної політики України від "
      "27.12.2013 № 904 та наказу директора Центру від 08.01.2024 № 3-од комісією у складі 5 осіб у період з "
      "15.01.2024 по 02.02.2024.")
P2 = ("Протягом 2023 року послугу догляду вдома отримували 148 осіб, з них 104 жінки та 44 чоловіки. Середній вік "
      "отримувачів – 81 рік, найстаршій отримувачці виповнилося 97 років. У звітному році на обслуговування взято "
      "31 особу. Припинено надання послуги 27 особам, а саме: 16 – у зв’язку зі смертю, 6 – у зв’язку з "
      "влаштуванням до закладу стаціонарного догляду, 5 – за власним бажанням.")
P3 = ("Послугу надають 22 соціальні робітники при штатній чисельності відділення 24 посади; навчання за програмою "
      "«Базові навички догляду» у 2023 році пройшли 18 соціальних робітників.")
S2 = "2. Методи оцінювання"
P4 = ("Під час оцінювання вивчено 40 особових справ отримувачів, проведено 25 бесід та 12 спостережень за наданням "
      "послуги. В анкетуванні взяли участь 96 отримувачів (64,9 % від загальної кількості).")
P5 = ("Оцінка за кожним критерієм визначалася за часткою позитивних відповідей: 85–100 % – «добре», "
      "60–84,9 % – «задовільно», менше 60 % – «незадовільно».")
TCAP = "Таблиця 2. Результати оцінки якості за критеріями"
ROWS = [
    ("№", "Критерій", "Частка позитивних відповідей, %", "Оцінка"),
    ("1", "Адресність та індивідуальний підхід", "93,8", "добре"),
    ("2", "Результативність", "87,5", "добре"),
    ("3", "Своєчасність", "82,3", "добре"),
    ("4", "Доступність та відкритість", "90,6", "добре"),
    ("5", "Зручність", "77,1", "задовільно"),
    ("6", "Повага до гідності отримувача", "100", "добре"),
    ("7", "Професійність", "95,8", "добре"),
    ("8", "Захист та безпека", "89,6", "добре"),
    ("9", "Конфіденційність інформації", "100", "добре"),
    ("", "Загальна оцінка якості послуги", "–", "добре"),
]
CRIT = ["targeting", "effectiveness", "timeliness", "accessibility", "convenience", "dignity",
        "professionalism", "safety", "confidentiality"]
S3 = "3. Висновки та рекомендації"
P6 = ("Загалом якістю послуги догляду вдома задоволені 91,7 % опитаних отримувачів. Протягом 2023 року надійшла "
      "1 скарга (щодо запізнення соціального робітника), її розглянуто, вжито заходів.")
P7 = ("За результатами внутрішньої оцінки якість соціальної послуги догляду вдома визнано на рівні «добре». "
      "Нижчі показники за критерієм «Зручність» пов’язані з відсутністю транспорту для виїзду до віддалених сіл.")
RECS = ["Переглянути графіки відвідування отримувачів у віддалених селах – до 01.04.2024.",
        "Вивчити можливість придбання службового автомобіля за рахунок програми на 2024–2026 роки.",
        "Повторну внутрішню оцінку провести в I кварталі 2025 року."]
SIGN = "Голова комісії ____________          Члени комісії ____________"


def build(path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for line in HEAD.split("\n"):
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    p.add_run(TITLE).bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading(S1, level=3)
    for x in (P1, P2, P3):
        doc.add_paragraph(x)
    doc.add_heading(S2, level=3)
    for x in (P4, P5):
        doc.add_paragraph(x)
    doc.add_paragraph(TCAP)
    t = doc.add_table(rows=len(ROWS), cols=4)
    t.style = "Table Grid"
    for i, r in enumerate(ROWS):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
    doc.add_heading(S3, level=3)
    for x in (P6, P7):
        doc.add_paragraph(x)
    doc.add_paragraph("Рекомендації:")
    for i, r in enumerate(RECS, 1):
        doc.add_paragraph(f"{i}. {r}")
    doc.add_paragraph(SIGN)
    fix_docx_props(doc, author="КУ ЦНСП Киїнської сільської ради")
    doc.save(path)
    freeze_zip(path)


def row(i):
    return "\t".join(ROWS[i]).lstrip("\t")


RATING = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}
BANDS = "[(85, 100, 'good'), (60, 84.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"


def gold():
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Киїнської сільської ради",
        "centre_type": "cnsp", "settlement": "Киїнка", "oblast": "Чернігівська",
        "report_kind": "internal_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Киїнської сільської ради",
                             "КУ «Центр надання соціальних послуг» Киїнської сільської ради"],
                  "settlement": ["Киїнська сільська громада"]})
    f = g.f
    s = f("served", "persons", 148, "Протягом 2023 року послугу догляду вдома отримували 148 осіб", service="home_care")
    w = f("served", "persons", 104, "з них 104 жінки", service="home_care", parent=s, group="home_care_148_by_sex",
          category="жінки")
    m = f("served", "persons", 44, "44 чоловіки", service="home_care", parent=s, group="home_care_148_by_sex",
          category="чоловіки")
    nw = f("served", "persons", 31, "У звітному році на обслуговування взято 31 особу", service="home_care",
           alt=["registered_new", "support_started"], label="взято на обслуговування")
    co = f("support_completed", "persons", 27, "Припинено надання послуги 27 особам", service="home_care",
           alt=["deregistered"])
    o1 = f("outcome_other", "persons", 16, "16 – у зв’язку зі смертю", parent=co, group="stopped_27_by_reason",
           label="смерть")
    o2 = f("outcome_other", "persons", 6, "6 – у зв’язку з влаштуванням до закладу стаціонарного догляду", parent=co,
           group="stopped_27_by_reason", label="влаштування до закладу стаціонарного догляду")
    o3 = f("outcome_other", "persons", 5, "5 – за власним бажанням", parent=co, group="stopped_27_by_reason",
           label="за власним бажанням")
    act = f("staff_actual", "staff", 22, "Послугу надають 22 соціальні робітники")
    pos = f("staff_positions", "positions", 24, "при штатній чисельності відділення 24 посади")
    tr = f("staff_trained", "staff", 18, "у 2023 році пройшли 18 соціальних робітників")
    sv = f("survey_respondents", "recipients", 96, "В анкетуванні взяли участь 96 отримувачів (64,9 % від загальної кількості)",
           percent=64.9, unit_alt="persons")
    shares, ratings = [], []
    for i, c in enumerate(CRIT, start=1):
        val = float(ROWS[i][2].replace(",", "."))
        val = int(val) if val.is_integer() else val
        shares.append(f("share", "percent", val, row(i), criterion=c, alt=["satisfaction"],
                        label="частка позитивних відповідей: " + ROWS[i][1]))
        ratings.append(f("rating", "rating", RATING[ROWS[i][3]], row(i), criterion=c))
    ov = f("rating", "rating", "good", row(10), criterion="overall")
    ov2 = f("rating", "rating", "good",
            "За результатами внутрішньої оцінки якість соціальної послуги догляду вдома визнано на рівні «добре».",
            criterion="overall", note="the overall rating written a second time, in the conclusions")
    sat = f("satisfaction", "percent", 91.7, "Загалом якістю послуги догляду вдома задоволені 91,7 % опитаних отримувачів")
    cm = f("complaints", "complaints", 1, "Протягом 2023 року надійшла 1 скарга")

    v = lambda x: "f" + x[1:]  # noqa: E731
    p = lambda x: "p" + x[1:]  # noqa: E731
    g.check("parts_sum", "з них 104 жінки та 44 чоловіки", "104 + 44 = 148", f"{v(w)} + {v(m)} == {v(s)}")
    g.check("parts_sum", "Припинено надання послуги 27 особам, а саме:", "16 + 6 + 5 = 27",
            f"{v(o1)} + {v(o2)} + {v(o3)} == {v(co)}")
    g.check("parts_sum", "Послугу надають 22 соціальні робітники при штатній чисельності відділення 24 посади",
            "18 trained ≤ 22 working ≤ 24 positions", f"{v(tr)} <= {v(act)} <= {v(pos)}")
    g.check("percent_mismatch", "В анкетуванні взяли участь 96 отримувачів (64,9 % від загальної кількості)",
            "96 / 148 = 64,86 % → 64,9", f"pct_ok({p(sv)}, {v(sv)}, {v(s)}, 1)")
    g.check("percent_impossible", TCAP, "every criterion share is reachable with 96 respondents "
            "(90, 84, 79, 87, 74, 96, 92, 86, 96 of 96); so is 91,7 % (88 of 96)",
            " and ".join(f"grim_ok({v(x)}, {v(sv)}, 1)" for x in shares + [sat]))
    for i in range(9):
        if i == 2:
            continue
        g.check("rating_band", row(i + 1), f"{ROWS[i + 1][2]} % is in the band of «{ROWS[i + 1][3]}»",
                f"band({v(shares[i])}, {BANDS}) == {v(ratings[i])}")
    g.check("internal_conflict", "визнано на рівні «добре»", "overall rating in the table = in the conclusions",
            f"{v(ov)} == {v(ov2)}")
    g.slip("rating_band", "error", row(3), "good", "satisfactory", [shares[2], ratings[2]],
           "Своєчасність 82,3 % is rated «добре», but the document's own band for «добре» is 85–100 %; "
           "82,3 % falls in 60–84,9 % («задовільно»)",
           f"band({v(shares[2])}, {BANDS}) == {v(ratings[2])}")

    g.skip("15522, Чернігівська обл., Чернігівський р-н, с. Киїнка, вул. Шевченка, 2а, тел. (0462) 0-71-36",
           [15522, 2, 462, 7136], "postcode, address, phone")
    g.skip("код ЄДРПОУ 43510287", [43510287], "ЄДРПОУ")
    g.skip(P1, [27, 12, 2013, 904, 8, 1, 2024, 3, 5, 15, 1, 2024, 2, 2, 2024],
           "order dates and numbers, commission size, assessment dates")
    g.skip("Середній вік отримувачів – 81 рік, найстаршій отримувачці виповнилося 97 років.", [81, 97], "ages")
    g.skip("вивчено 40 особових справ отримувачів, проведено 25 бесід та 12 спостережень", [40, 25, 12],
           "assessment methods (case files, interviews, observations)")
    g.skip(P5, [85, 100, 60, 84.9, 60], "band definitions (used in the rating_band checks)")
    g.skip(TCAP, [2], "table number")
    g.skip(TITLE, [2023], "period in the title")
    g.skip(S1, [1], "section number")
    g.skip(S2, [2], "section number")
    g.skip(S3, [3], "section number")
    g.skip("№\tКритерій", [1, 2, 3, 4, 5, 6, 7, 8, 9], "row numbers")
    g.skip("1. " + RECS[0], [1, 1, 4, 2024], "recommendation number and deadline")
    g.skip("2. " + RECS[1], [2, 2024, 2026], "recommendation number, programme years")
    g.skip("3. " + RECS[2], [3, 1, 2025], "recommendation number, next assessment")
    g.note("criterion shares → share with criterion (alt satisfaction); each rating is its own fact quoted by the table row")
    g.note("«Загальна оцінка якості послуги … добре» in the table and «визнано на рівні «добре»» in the conclusions: two overall rating facts")
    g.note("«Припинено надання послуги 27 особам» → support_completed (alt deregistered), reasons as outcome_other with labels")
    g.note("«96 отримувачів (64,9 % від загальної кількості)» → survey_respondents, unit recipients (unit_alt persons), percent 64,9 of the 148 served")
    g.note("the bands of the document are 85–100 / 60–84,9 / below 60; Своєчасність 82,3 % rated «добре» is the slip")
    g.note("«взято на обслуговування 31 особу» → served with label (alt registered_new, support_started)")
    g.write()


if __name__ == "__main__":
    build(report_path(NAME))
    gold()
