"""b80_05: internal quality assessment of the services of the ТЦСО Торчинської селищної ради (Волинська) in 2024.
DOCX with a criteria table (criterion / % of positive answers / rating) and the document's own rating bands.
Impersonal voice («робочою групою встановлено»). Planted slip: rating_band (Доступність 78,6 % rated «добре»,
the text's band for «добре» is 81–100 %)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b80_05_torchyn_tcso_internal2024.docx"

CRIT = [
    ("Адресність та індивідуальний підхід", "92,9", "добре", "targeting"),
    ("Результативність", "87,5", "добре", "effectiveness"),
    ("Своєчасність", "85,7", "добре", "timeliness"),
    ("Доступність та відкритість", "78,6", "добре", "accessibility"),
    ("Зручність", "82,1", "добре", "convenience"),
    ("Повага до гідності отримувача", "100", "добре", "dignity"),
    ("Професійність", "94,6", "добре", "professionalism"),
    ("Конфіденційність інформації", "96,4", "добре", "confidentiality"),
    ("Захист та безпека", "89,3", "добре", "safety"),
]

BEFORE = [
    ("c", "ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) ТОРЧИНСЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("c", "45612, Волинська обл., Луцький р-н, смт Торчин, вул. Луцька, 21; тел. (0332) 0-29-18-44"),
    ("h", "ЗВІТ про результати внутрішньої оцінки якості соціальних послуг, наданих у 2024 році"),
    ("p", "Внутрішню оцінку якості проведено на підставі наказу директора від 02.12.2024 № 87-од робочою групою у складі "
          "5 осіб у період з 09.12.2024 по 20.12.2024. Оцінювалися послуги догляду вдома та денного догляду."),
    ("p", "У 2024 році послугу догляду вдома отримали 214 осіб, послугу денного догляду – 61 особа. Послуги надавали "
          "19 соціальних робітників. Середній вік отримувачів – 78 років."),
    ("p", "Для оцінювання використано такі методи: вивчення 40 особових справ отримувачів, анкетування, спостереження, "
          "співбесіди з працівниками. Анкетування пройшли 56 отримувачів соціальних послуг, з них 43 – отримувачі "
          "догляду вдома, 13 – отримувачі денного догляду."),
    ("p", "Рівень відповідності кожному критерію визначався як частка позитивних відповідей: від 81 до 100 % – "
          "«добре», від 61 до 80 % – «задовільно», 60 % і менше – «незадовільно»."),
    ("p", "Таблиця 3. Результати оцінювання за критеріями якості"),
]
AFTER = [
    ("p", "Частка отримувачів, у яких за рік покращився або стабілізувався фізичний та емоційний стан, становить 71,4 %."),
    ("p", "Порушень конфіденційності не виявлено. Скарг від отримувачів протягом 2024 року не надходило."),
    ("h", "Висновки та рекомендації"),
    ("p", "Загальна оцінка якості соціальних послуг, наданих територіальним центром у 2024 році, – «добре»."),
    ("p", "1. Розмістити на сайті селищної ради актуальний перелік послуг і тарифів (до 01.03.2025)."),
    ("p", "2. Забезпечити пандусом вхід до відділення денного перебування (кошторисна вартість 38 тис. грн)."),
    ("p", "3. Провести навчання для 19 соціальних робітників з питань паліативного догляду у І півріччі 2025 року."),
    ("p", "Голова робочої групи                              (підпис)"),
]


def build():
    d = docx.Document()
    fix_docx_props(d, author="ТЦСО")
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)

    def para(kind, txt):
        p = d.add_paragraph()
        r = p.add_run(txt)
        if kind == "h":
            r.bold = True
        if kind in ("c", "h"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for k, t in BEFORE:
        para(k, t)
    rows = [("№", "Критерій якості", "Частка позитивних відповідей, %", "Оцінка")]
    rows += [(str(i + 1), c, p, r) for i, (c, p, r, _) in enumerate(CRIT)]
    rows += [("", "Загальна оцінка", "", "добре")]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    for k, tx in AFTER:
        para(k, tx)
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)


RATING = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}


def num(s):
    v = float(s.replace(",", "."))
    return int(v) if v.is_integer() else v


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Торчинської селищної ради",
        "centre_type": "tcso", "settlement": "Торчин", "oblast": "Волинська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    h1 = f("served", "persons", 214, "послугу догляду вдома отримали 214 осіб", service="home_care")
    h2 = f("served", "persons", 61, "послугу денного догляду – 61 особа", service="day_care")
    sw = f("staff_actual", "staff", 19, "Послуги надавали 19 соціальних робітників", label="соціальні робітники")
    sr = f("survey_respondents", "recipients", 56, "Анкетування пройшли 56 отримувачів соціальних послуг", unit_alt="persons")
    sr1 = f("survey_respondents", "recipients", 43, "з них 43 – отримувачі догляду вдома", service="home_care",
            unit_alt="persons", parent=sr, group="respondents_56_by_service")
    sr2 = f("survey_respondents", "recipients", 13, "13 – отримувачі денного догляду", service="day_care",
            unit_alt="persons", parent=sr, group="respondents_56_by_service")
    shares, ratings = {}, {}
    for i, (c, p, r, cid) in enumerate(CRIT):
        q = f"{i + 1}\t{c}\t{p}\t{r}"
        shares[cid] = f("share", "percent", num(p), q, criterion=cid, alt=["satisfaction"],
                        label=f"частка позитивних відповідей: {c}")
        ratings[cid] = f("rating", "rating", RATING[r], q, criterion=cid)
    ov1 = f("rating", "rating", "good", "Загальна оцінка\t\tдобре", criterion="overall", label="таблиця 3")
    im = f("share", "percent", 71.4, "покращився або стабілізувався фізичний та емоційний стан, становить 71,4 %",
           label="частка отримувачів, у яких покращився або стабілізувався фізичний та емоційний стан",
           criterion="effectiveness")
    cp = f("complaints", "complaints", 0, "Скарг від отримувачів протягом 2024 року не надходило.")
    ov2 = f("rating", "rating", "good", "Загальна оцінка якості соціальних послуг, наданих територіальним центром у 2024 році, – «добре»",
            criterion="overall", label="висновки")

    bands = "[(81, 100, 'good'), (61, 80.99, 'satisfactory'), (0, 60.99, 'unsatisfactory')]"
    a = shares["accessibility"]
    g.slip("rating_band", "error", "4\tДоступність та відкритість\t78,6\tдобре", "good", "satisfactory",
           [a, ratings["accessibility"]],
           "78,6 % lies in the text's own band «від 61 до 80 % – задовільно», yet the table rates the criterion «добре»",
           f"band({a}, {bands}) == {ratings['accessibility']}")
    others = [c for c in shares if c != "accessibility"]
    g.check("rating_band", "Рівень відповідності кожному критерію визначався як частка позитивних відповідей",
            "the other eight criteria (82,1–100 %) lie in 81–100 % and are rated «добре»",
            " and ".join(f"band({shares[c]}, {bands}) == {ratings[c]}" for c in others))
    g.check("percent_impossible", "Анкетування пройшли 56 отримувачів соціальних послуг",
            "every criterion share and the 71,4 % are reachable with 56 respondents (52, 49, 48, 44, 46, 56, 53, 54, 50; 40 of 56)",
            " and ".join(f"grim_ok({shares[c]}, {sr}, 1)" for c in shares) + f" and grim_ok({im}, {sr}, 1)")
    g.check("parts_sum", "з них 43 – отримувачі догляду вдома, 13 – отримувачі денного догляду", "43 + 13 = 56; 43 ≤ 214, 13 ≤ 61",
            f"{sr1} + {sr2} == {sr} and {sr1} <= {h1} and {sr2} <= {h2}")
    g.check("internal_conflict", "Загальна оцінка\t\tдобре", "the overall rating in the table and in the conclusions agree",
            f"{ov1} == {ov2}")

    g.skip("45612, Волинська обл., Луцький р-н, смт Торчин, вул. Луцька, 21; тел. (0332) 0-29-18-44",
           [45612, 21, 332, 291844], "postcode, address, phone")
    g.skip("наказу директора від 02.12.2024 № 87-од", [2, 12, 2024, 87], "order date and number")
    g.skip("робочою групою у складі 5 осіб у період з 09.12.2024 по 20.12.2024", [5, 9, 12, 2024, 20, 12, 2024],
           "working-group size and assessment dates")
    g.skip("Середній вік отримувачів – 78 років.", [78], "average age")
    g.skip("вивчення 40 особових справ", [40], "case files studied (method)")
    g.skip("від 81 до 100 % – «добре», від 61 до 80 % – «задовільно», 60 % і менше – «незадовільно»",
           [81, 100, 61, 80, 60], "rating band definitions")
    g.skip("Таблиця 3. Результати оцінювання за критеріями якості", [3], "table number")
    g.skip("1\tАдресність та індивідуальний підхід", [1, 2, 3, 4, 5, 6, 7, 8, 9], "row numbers")
    g.skip("1. Розмістити на сайті селищної ради актуальний перелік послуг і тарифів (до 01.03.2025).", [1, 1, 3, 2025],
           "recommendation number and deadline")
    g.skip("2. Забезпечити пандусом вхід до відділення денного перебування (кошторисна вартість 38 тис. грн).", [2, 38000],
           "recommendation and planned cost")
    g.skip("3. Провести навчання для 19 соціальних робітників з питань паліативного догляду у І півріччі 2025 року.",
           [3, 19, 2025], "recommendation (a plan)")
    g.note("criterion shares → share with criterion (alt satisfaction); each row's rating → rating with the same criterion")
    g.note("the overall rating appears twice (table row «Загальна оцінка» and the conclusions) → two facts")
    g.note("«71,4 %» of recipients with improved or stable condition → share with criterion effectiveness")
    g.note("the assessment was held in December 2024 but covers the services of 2024 → period 2024")
    g.write()


if __name__ == "__main__":
    build()
    gold()
