"""b73_05: internal quality assessment of home care provided in 2024 by the КУ «ЦНСП» of
Єзупільська селищна рада (Івано-Франківська). DOCX with a criteria table (criterion / share of
positive answers / level) and the document's own bands.
Planted slip: rating_band (Доступність та відкритість 83,3 % rated «добре»; the text's band for
«добре» is 90–100 %)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b73_05_yezupil_cnsp_internal2024.docx"

TITLE = ["Єзупільська селищна рада Івано-Франківського району Івано-Франківської області",
         "Комунальна установа «Центр надання соціальних послуг»", "ЗВІТ", "про проведення внутрішньої оцінки якості соціальної послуги догляду вдома,",
         "наданої Центром надання соціальних послуг Єзупільської селищної ради у 2024 році"]
P1 = [
    "Внутрішню оцінку якості проведено відповідно до наказу директора Центру від 06.01.2025 № 3-од "
    "робочою групою у складі 5 осіб у період з 13 по 24 січня 2025 року. Оцінювався період "
    "з 01.01.2024 по 31.12.2024.",
    "Протягом 2024 року послугу догляду вдома отримувала 71 особа, яка проживає у 9 населених пунктах "
    "громади. Середній вік отримувачів – 81 рік. Упродовж року на обслуговування взято 18 осіб, "
    "знято з обслуговування 15 осіб, з них 11 – у зв’язку зі смертю, 4 – у зв’язку з переїздом до "
    "родичів за межі громади. Усього надано 8 652 послуги.",
    "Послугу надають 9 соціальних робітників при 10 штатних одиницях; 4 з них у 2024 році пройшли "
    "навчання з догляду за маломобільними особами.",
    "Методи оцінювання: аналіз 30 особових справ отримувачів, анкетування, 12 спостережень під час "
    "надання послуги, співбесіди з працівниками. В анкетуванні взяли участь 54 отримувачі послуги "
    "(76 % від загальної кількості).",
    "Рівень якості за кожним критерієм визначено за часткою позитивних відповідей: 90–100 % – «добре», "
    "70–89,9 % – «задовільно», менше 70 % – «незадовільно».",
]
TCAP = "Результати оцінки за критеріями"
TABLE = [
    ["Критерій", "Частка позитивних відповідей, %", "Рівень"],
    ["Адресність та індивідуальний підхід", "96,3", "добре"],
    ["Результативність", "87,0", "задовільно"],
    ["Своєчасність", "92,6", "добре"],
    ["Доступність та відкритість", "83,3", "добре"],
    ["Повага до гідності отримувача", "100", "добре"],
    ["Професійність", "94,4", "добре"],
    ["Загальна оцінка", "–", "добре"],
]
P2 = [
    "Висновки. Загалом послугою догляду вдома задоволені 50 із 54 опитаних (92,6 %). Скарг на якість "
    "послуги протягом року не надходило, порушень конфіденційності не виявлено. Загальний рівень "
    "якості соціальної послуги догляду вдома – «добре».",
    "Рекомендації: 1) скоротити час очікування соціального робітника після звернення до 1 робочого "
    "дня; 2) забезпечити 3 соціальних робітників велосипедами до 01.06.2025.",
    "Голова робочої групи (підпис)",
]


def build(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    for t in TITLE:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(t).bold = True
    for t in P1:
        d.add_paragraph(t)
    d.add_paragraph(TCAP).alignment = WD_ALIGN_PARAGRAPH.CENTER
    tb = d.add_table(rows=len(TABLE), cols=3)
    tb.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, c in enumerate(row):
            tb.cell(i, j).text = c
    for t in P2:
        d.add_paragraph(t)
    fix_docx_props(d, "ЦНСП Єзупіль")
    d.save(path)
    freeze_zip(path)


CRIT = [("targeting", "Адресність та індивідуальний підхід", 96.3, "good"),
        ("effectiveness", "Результативність", 87, "satisfactory"),
        ("timeliness", "Своєчасність", 92.6, "good"),
        ("accessibility", "Доступність та відкритість", 83.3, "good"),
        ("dignity", "Повага до гідності отримувача", 100, "good"),
        ("professionalism", "Професійність", 94.4, "good")]
RAW = {96.3: "96,3", 87.0: "87,0", 92.6: "92,6", 83.3: "83,3", 100: "100", 94.4: "94,4"}
RU = {"good": "добре", "satisfactory": "задовільно"}
BANDS = "[(90, 100, 'good'), (70, 89.9, 'satisfactory'), (0, 69.9, 'unsatisfactory')]"


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Єзупільської селищної ради", "centre_type": "cnsp",
        "settlement": "Єзупіль", "oblast": "Івано-Франківська", "report_kind": "internal_assessment",
        "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Єзупільської селищної ради"]})
    sv = g.f("served", "persons", 71, "послугу догляду вдома отримувала 71 особа", service="home_care")
    nw = g.f("served", "persons", 18, "на обслуговування взято 18 осіб", service="home_care",
             alt=["registered_new", "support_started"], label="взято на обслуговування", parent=sv)
    dr = g.f("deregistered", "persons", 15, "знято з обслуговування 15 осіб", service="home_care")
    d1 = g.f("deregistered", "persons", 11, "з них 11 – у зв'язку зі смертю", service="home_care",
             label="у зв'язку зі смертю", group="dereg_15_by_reason", parent=dr)
    d2 = g.f("deregistered", "persons", 4, "4 – у зв'язку з переїздом до \nродичів".replace(" \n", " "),
             service="home_care", label="переїзд за межі громади", group="dereg_15_by_reason", parent=dr)
    g.f("services_provided", "services", 8652, "Усього надано 8 652 послуги", service="home_care")
    sa = g.f("staff_actual", "staff", 9, "Послугу надають 9 соціальних робітників", service="home_care",
             label="соціальні робітники")
    sp = g.f("staff_positions", "positions", 10, "при 10 штатних одиницях", label="соціальні робітники")
    tr = g.f("staff_trained", "staff", 4, "4 з них у 2024 році пройшли \nнавчання".replace(" \n", " "), parent=sa)
    rs = g.f("survey_respondents", "recipients", 54, "В анкетуванні взяли участь 54 отримувачі", service="home_care",
             percent=76, unit_alt="persons")
    share, rating = {}, {}
    for crit, name, p, r in CRIT:
        q = f"{name}\t{RAW[p]}\t{RU[r]}"
        share[crit] = g.f("share", "percent", p, q, service="home_care", criterion=crit, alt=["satisfaction"],
                          label=f"частка позитивних відповідей: {name}")
        rating[crit] = g.f("rating", "rating", r, q, service="home_care", criterion=crit)
    ov1 = g.f("rating", "rating", "good", "Загальна оцінка\t–\tдобре", service="home_care", criterion="overall")
    sat = g.f("satisfaction", "percent", 92.6, "задоволені 50 із 54 опитаних (92,6 %)", service="home_care")
    g.f("complaints", "complaints", 0, "Скарг на якість \nпослуги протягом року не надходило".replace(" \n", " "))
    ov2 = g.f("rating", "rating", "good", "Загальний рівень \nякості соціальної послуги догляду вдома – «добре»".replace(" \n", " "),
              service="home_care", criterion="overall", note="the overall rating written again in the conclusions; two facts")

    acc = share["accessibility"]
    g.slip("rating_band", "error", "Доступність та відкритість\t83,3\tдобре", "good", "satisfactory",
           [acc, rating["accessibility"]],
           "83,3 % lies in the document's own «задовільно» band (70–89,9 %), but the criterion is rated «добре» (90–100 %)",
           f"band({acc}, {BANDS}) == {rating['accessibility']}")
    ok = [c for c, _, _, _ in CRIT if c != "accessibility"]
    g.check("rating_band", "Результативність\t87,0\tзадовільно", "the other five ratings agree with the bands",
            " and ".join(f"band({share[c]}, {BANDS}) == {rating[c]}" for c in ok))
    g.check("percent_impossible", "Частка позитивних відповідей, %",
            "each share is reachable with 54 respondents (52, 47, 50, 45, 54, 51 of 54)",
            " and ".join(f"grim_ok({share[c]}, {rs}, 1)" for c, _, _, _ in CRIT))
    g.check("percent_mismatch", "задоволені 50 із 54 опитаних (92,6 %)", "50 / 54 = 92,59 → 92,6 (50 is a literal)",
            f"pct_ok({sat}, 50, {rs}, 1)")
    g.check("percent_mismatch", "В анкетуванні взяли участь 54 отримувачі послуги \n(76 % від загальної кількості)".replace(" \n", " "),
            "54 / 71 = 76,06 → 76", f"pct_ok(p{rs[1:]}, {rs}, {sv}, 0)")
    g.check("parts_sum", "знято з обслуговування 15 осіб, з них 11", "11 + 4 = 15; 18 new ≤ 71", f"{d1} + {d2} == {dr} and {nw} <= {sv}")
    g.check("parts_sum", "Послугу надають 9 соціальних робітників при 10 штатних одиницях", "9 ≤ 10; 4 trained ≤ 9",
            f"{sa} <= {sp} and {tr} <= {sa}")
    g.check("internal_conflict", "Загальний рівень \nякості соціальної послуги догляду вдома – «добре»".replace(" \n", " "),
            "the table's overall rating = the conclusions' overall rating", f"{ov1} == {ov2}")

    g.skip("наданої Центром надання соціальних послуг Єзупільської селищної ради у 2024 році", [2024], "report year")
    g.skip("від 06.01.2025 № 3-од", [6, 1, 2025, 3], "order date and number")
    g.skip("робочою групою у складі 5 осіб", [5], "size of the working group")
    g.skip("з 13 по 24 січня 2025 року", [13, 24, 2025], "assessment dates")
    g.skip("з 01.01.2024 по 31.12.2024", [1, 1, 2024, 31, 12, 2024], "assessed period (meta)")
    g.skip("проживає у 9 населених пунктах", [9], "settlement count")
    g.skip("Протягом 2024 року послугу догляду вдома", [2024], "report year")
    g.skip("Середній вік отримувачів – 81 рік.", [81], "age")
    g.skip("аналіз 30 особових справ", [30], "case files reviewed (method)")
    g.skip("12 спостережень під час \nнадання послуги".replace(" \n", " "), [12], "observations (method)")
    g.skip("90–100 % – «добре», \n70–89,9 % – «задовільно», менше 70 % – «незадовільно»".replace(" \n", " "),
           [90, 100, 70, 89.9, 70], "rating bands (used in the rating_band checks)")
    g.skip("задоволені 50 із 54 опитаних", [50, 54], "count of satisfied respondents and the 54 again; the share is the fact")
    g.skip("порушень конфіденційності не виявлено", [], "confidentiality: no violations (no §3 id, no number)")
    g.skip("1) скоротити час очікування соціального робітника після звернення до 1 робочого \nдня".replace(" \n", " "),
           [1, 1], "recommendation number, target duration")
    g.skip("2) забезпечити 3 соціальних робітників велосипедами до 01.06.2025", [2, 3, 1, 6, 2025],
           "recommendation number, plan, deadline")
    g.note("criteria table: each row gives a share (share, criterion, alt satisfaction) and a rating; «Загальна оцінка» row has no share")
    g.note("«В анкетуванні взяли участь 54 отримувачі послуги (76 % від загальної кількості)»: 76 % is the respondents' share of the 71 served, stored as percent")
    g.note("the overall rating is written twice (table row and conclusions): two facts")
    g.write()


if __name__ == "__main__":
    main()
