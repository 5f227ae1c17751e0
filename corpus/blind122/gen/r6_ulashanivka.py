"""b122_06: external quality assessment of social support (соціальний супровід) provided in 2023 by the ЦСС of
Улашанівська сільська рада (Хмельницька), written by the oblast ЦСС. DOCX, third person, criteria table with
«N з M» indicators and percentages. No planted slip."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, save_docx, docx_table

NAME = "b122_06_ulashanivka_css_external2023.docx"

d = docx.Document()
d.styles["Normal"].font.name = "Times New Roman"
d.styles["Normal"].font.size = Pt(12)


def para(text, bold=False, center=False, style=None):
    p = d.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("ХМЕЛЬНИЦЬКИЙ ОБЛАСНИЙ ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ", bold=True, center=True)
para("29000, м. Хмельницький, вул. Соборна, 75, тел. (0382) 0-65-27-90, ocss.khm@example.ua", center=True)
para("ЗВІТ", bold=True, center=True)
para("про проведення зовнішньої оцінки якості надання соціальної послуги соціального супроводу сімей (осіб), "
     "які перебувають у складних життєвих обставинах, Центром соціальних служб Улашанівської сільської ради "
     "за 2023 рік", bold=True, center=True)
d.add_heading("I. Загальні положення", level=2)
para("Зовнішню оцінку проведено 12–15 березня 2024 року комісією у складі 4 осіб, утвореною наказом обласного "
     "центру від 05.03.2024 № 38-к. Оцінювалось надання послуги за період з 1 січня "
     "по 31 грудня 2023 року.")
para("Центр соціальних служб Улашанівської сільської ради (Шепетівський район Хмельницької області) обслуговує 14 населених пунктів "
     "з населенням 6,2 тис. осіб. Штатним розписом Центру передбачено 6 посад, фактично працює 5 фахівців із "
     "соціальної роботи. Усі 5 фахівців у 2023 році підвищили кваліфікацію.")
d.add_heading("II. Дані про надання послуги", level=2)
para("Протягом 2023 року Центр отримав 31 повідомлення про сім'ї, які можуть перебувати у складних життєвих "
     "обставинах. Оцінювання потреб проведено щодо 31 сім'ї, складні життєві обставини виявлено у 18 сімей.")
para("Соціальний супровід у 2023 році надавався 22 сім'ям, у яких виховується 49 дітей. З цих сімей 7 перебували "
     "під супроводом з 2022 року, а 15 сімей взято під супровід протягом звітного року. Середня тривалість "
     "супроводу – 5,4 місяця.")
para("Надання послуги завершено 16 сім'ям. Результати:", style=None)
for t in ("подолано складні життєві обставини – 11 сімей;",
          "мінімізовано складні життєві обставини – 3 сім'ї;",
          "припинено у зв'язку з відмовою від послуги – 2 сім'ї."):
    para(t, style="List Bullet")
para("На 01.01.2024 під соціальним супроводом залишається 6 сімей. Частка сімей, у яких подолано складні життєві "
     "обставини, становить 68,8 % від кількості сімей, яким завершено надання послуги.")
para("Комісія опитала 20 отримувачів послуги, що становить 90,9 % сімей, які перебували під супроводом. "
     "Скарг на роботу фахівців Центру комісією не виявлено.")
d.add_heading("III. Оцінка за критеріями", level=2)
para("Ступінь відповідності критерію визначено як частку виконаних показників: 90–100 % – «добре», 70–89 % – "
     "«задовільно», менше 70 % – «незадовільно».")
rows = [["Критерій", "Виконано показників", "%", "Оцінка"],
        ["Адресність та індивідуальний підхід", "9 з 10", "90,0", "добре"],
        ["Результативність", "7 з 8", "87,5", "задовільно"],
        ["Своєчасність", "6 з 6", "100", "добре"],
        ["Доступність та відкритість", "11 з 12", "91,7", "добре"],
        ["Повага до гідності", "5 з 5", "100", "добре"],
        ["Професійність", "8 з 9", "88,9", "задовільно"],
        ["Конфіденційність", "4 з 4", "100", "добре"],
        ["Загальна оцінка якості", "50 з 54", "92,6", "добре"]]
docx_table(d, rows)
para("")
d.add_heading("IV. Висновки та рекомендації", level=2)
para("Якість надання Центром соціальних служб Улашанівської сільської ради послуги соціального супроводу "
     "сімей у 2023 році оцінено як «добре». За критеріями «Результативність» та «Професійність» рівень "
     "задовільний.")
para("Рекомендовано: 1) до 30.06.2024 запровадити облік результатів повторного оцінювання потреб; "
     "2) забезпечити проходження супервізії фахівцями щонайменше 2 рази на рік.")
para("Голова комісії                                                            (підпис)")
save_docx(d, report_path(NAME), author="ОЦСС")

# ---------------------------------------------------------------- gold
g = Gold(NAME, {
    "centre": "Центр соціальних служб Улашанівської сільської ради",
    "centre_type": "css", "settlement": "Улашанівка", "oblast": "Хмельницька",
    "report_kind": "external_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31"})

SP = g.f("staff_positions", "positions", 6, "Штатним розписом Центру передбачено 6 посад")
SA = g.f("staff_actual", "staff", 5, "фактично працює 5 фахівців із соціальної роботи")
STR = g.f("staff_trained", "staff", 5, "Усі 5 фахівців у 2023 році підвищили кваліфікацію")
NT = g.f("notified", "families", 31, "Центр отримав 31 повідомлення про сім'ї")
NA = g.f("needs_assessed", "families", 31, "Оцінювання потреб проведено щодо 31 сім'ї")
IDC = g.f("in_difficult_circumstances", "families", 18, "складні життєві обставини виявлено у 18 сімей")
SV = g.f("served", "families", 22, "Соціальний супровід у 2023 році надавався 22 сім'ям",
         service="social_support_sjo", alt=["support_ongoing"])
g.f("served", "children", 49, "у яких виховується 49 дітей", service="social_support_sjo",
    alt=["support_ongoing"], parent=SV)
OLD = g.f("served", "families", 7, "З цих сімей 7 перебували під супроводом з 2022 року", service="social_support_sjo",
          label="під супроводом з 2022 року", alt=["support_ongoing"], parent=SV, group="served_22_by_start")
NEW = g.f("support_started", "families", 15, "а 15 сімей взято під супровід протягом звітного року",
          service="social_support_sjo", parent=SV, group="served_22_by_start")
SC = g.f("support_completed", "families", 16, "Надання послуги завершено 16 сім'ям", service="social_support_sjo",
         parent=SV)
O1 = g.f("outcome_positive", "families", 11, "подолано складні життєві обставини – 11 сімей",
         service="social_support_sjo", parent=SC, group="completed_16_by_result")
O2 = g.f("outcome_minimized", "families", 3, "мінімізовано складні життєві обставини – 3 сім'ї",
         service="social_support_sjo", parent=SC, group="completed_16_by_result")
O3 = g.f("outcome_other", "families", 2, "припинено у зв'язку з відмовою від послуги – 2 сім'ї",
         service="social_support_sjo", label="відмова від послуги", parent=SC, group="completed_16_by_result")
SO = g.f("support_ongoing", "families", 6, "На 01.01.2024 під соціальним супроводом залишається 6 сімей",
         service="social_support_sjo", parent=SV)
SH = g.f("share", "percent", 68.8, "становить 68,8 % від кількості сімей, яким завершено надання послуги",
         service="social_support_sjo", criterion="effectiveness",
         label="частка сімей, у яких подолано СЖО, від кількості сімей, яким завершено надання послуги")
RS = g.f("survey_respondents", "persons", 20, "Комісія опитала 20 отримувачів послуги, що становить 90,9 %",
         percent=90.9, unit_alt="recipients",
         note="«20 отримувачів» are families' representatives; percent of the 22 families")
g.f("complaints", "complaints", 0, "Скарг на роботу фахівців Центру комісією не виявлено")
crit = [("targeting", "Адресність та індивідуальний підхід\t9 з 10\t90,0\tдобре", 9, 10, 90, "good"),
        ("effectiveness", "Результативність\t7 з 8\t87,5\tзадовільно", 7, 8, 87.5, "satisfactory"),
        ("timeliness", "Своєчасність\t6 з 6\t100\tдобре", 6, 6, 100, "good"),
        ("accessibility", "Доступність та відкритість\t11 з 12\t91,7\tдобре", 11, 12, 91.7, "good"),
        ("dignity", "Повага до гідності\t5 з 5\t100\tдобре", 5, 5, 100, "good"),
        ("professionalism", "Професійність\t8 з 9\t88,9\tзадовільно", 8, 9, 88.9, "satisfactory"),
        ("confidentiality", "Конфіденційність\t4 з 4\t100\tдобре", 4, 4, 100, "good"),
        ("overall", "Загальна оцінка якості\t50 з 54\t92,6\tдобре", 50, 54, 92.6, "good")]
BANDS = "[(90, 100, 'good'), (70, 89.99, 'satisfactory'), (0, 69.99, 'unsatisfactory')]"
ids = []
for cid, q, k, n, pct, rating in crit:
    s_ = g.f("share", "percent", pct, q, criterion=cid, label="частка виконаних показників")
    r_ = g.f("rating", "rating", rating, q, criterion=cid)
    ids.append((cid, q, k, n, s_, r_))
OV = g.f("rating", "rating", "good", "у 2023 році оцінено як «добре»", criterion="overall",
         note="repeat of the overall rating in the conclusions")
g.f("rating", "rating", "satisfactory", "За критеріями «Результативність» та «Професійність» рівень задовільний",
    criterion="effectiveness", note="repeat of the table rating for Результативність")
g.f("rating", "rating", "satisfactory", "За критеріями «Результативність» та «Професійність» рівень задовільний",
    criterion="professionalism", note="repeat of the table rating for Професійність; same sentence as the row above")

for cid, q, k, n, s_, r_ in ids:
    g.check("percent_mismatch", q, f"{cid}: {k} of {n} indicators = {100 * k / n:.2f} % as written",
            f"pct_ok({s_}, {k}, {n}, 1)")
    g.check("rating_band", q, f"{cid}: the share lies in the band of the rating given", f"band({s_}, {BANDS}) == {r_}")
g.check("table_arithmetic", "Загальна оцінка якості\t50 з 54\t92,6\tдобре",
        "9 + 7 + 6 + 11 + 5 + 8 + 4 = 50 indicators met of 10 + 8 + 6 + 12 + 5 + 9 + 4 = 54 (literals; no §3 id)",
        "9 + 7 + 6 + 11 + 5 + 8 + 4 == 50 and 10 + 8 + 6 + 12 + 5 + 9 + 4 == 54")
g.check("parts_sum", "З цих сімей 7 перебували під супроводом з 2022 року, а 15 сімей взято під супровід",
        "7 + 15 = 22", f"{OLD} + {NEW} == {SV}")
g.check("parts_sum", "Надання послуги завершено 16 сім'ям. Результати:", "11 + 3 + 2 = 16", f"{O1} + {O2} + {O3} == {SC}")
g.check("parts_sum", "На 01.01.2024 під соціальним супроводом залишається 6 сімей", "16 completed + 6 continuing = 22",
        f"{SC} + {SO} == {SV}")
g.check("percent_mismatch", "становить 68,8 % від кількості сімей, яким завершено надання послуги",
        "11 / 16 = 68,75 % → 68,8 (half-up)", f"pct_ok({SH}, {O1}, {SC}, 1)")
g.check("percent_mismatch", "Комісія опитала 20 отримувачів послуги, що становить 90,9 %", "20 / 22 = 90,91 % → 90,9",
        f"pct_ok(p{RS[1:]}, {RS}, {SV}, 1)")
g.check("parts_sum", "складні життєві обставини виявлено у 18 сімей", "18 ≤ 31 assessed ≤ 31 notified",
        f"{IDC} <= {NA} <= {NT}")
g.check("parts_sum", "фактично працює 5 фахівців із соціальної роботи", "5 ≤ 6; trained 5 ≤ 5", f"{STR} <= {SA} <= {SP}")

g.skip("29000, м. Хмельницький, вул. Соборна, 75, тел. (0382) 0-65-27-90", [29000, 75, 382, 652790],
       "address and phone of the assessor")
g.skip("Зовнішню оцінку проведено 12–15 березня 2024 року комісією у складі 4 осіб, утвореною наказом обласного центру "
       "від 05.03.2024 № 38-к", [12, 15, 2024, 4, 5, 3, 2024, 38], "assessment dates, commission size, order")
g.skip("за період з 1 січня по 31 грудня 2023 року", [1, 31, 2023],
       "period statement")
g.skip("обслуговує 14 населених пунктів з населенням 6,2 тис. осіб", [14, 6200], "settlements, population")
g.skip("Середня тривалість супроводу – 5,4 місяця", [5.4], "duration")
g.skip("90–100 % – «добре», 70–89 % – «задовільно», менше 70 % – «незадовільно»", [90, 100, 70, 89, 70],
       "band definitions")
g.skip("Адресність та індивідуальний підхід\t9 з 10", [9, 10, 7, 8, 6, 6, 11, 12, 5, 5, 8, 9, 4, 4, 50, 54],
       "indicators met «N з M» (no §3 id; literals in the checks)")
g.skip("Рекомендовано: 1) до 30.06.2024 запровадити", [1, 30, 6, 2024], "recommendation number and deadline")
g.skip("2) забезпечити проходження супервізії фахівцями щонайменше 2 рази на рік", [2, 2], "recommendation, frequency")
g.skip("I. Загальні положення", [], "Roman section numbers I–IV")

g.note("the assessment is written by the oblast ЦСС, but the provider assessed (meta centre) is the ЦСС of "
       "Улашанівська сільська рада; period 2023, the assessment itself was done in March 2024")
g.note("oblast from «(Шепетівський район Хмельницької області)»")
g.note("«Соціальний супровід … надавався 22 сім'ям» → served (alt support_ongoing); «7 перебували під супроводом з "
       "2022 року» → served with a label (alt support_ongoing) and «15 сімей взято під супровід» → support_started: "
       "together a partition of 22 (group served_22_by_start)")
g.note("criteria table: share (with criterion, label «частка виконаних показників») + rating per row; the "
       "«Загальна оцінка якості» row has a share 92,6 with criterion overall. «N з M» are skipped and used as "
       "literals")
g.note("the conclusions repeat the overall «добре» and the two «задовільно» ratings (one sentence, two criteria): "
       "three more rating facts")
g.note("«20 отримувачів» → survey_respondents persons (unit_alt recipients), percent 90,9 of the 22 families")
g.note("«Скарг … не виявлено» → complaints 0")
g.write()
