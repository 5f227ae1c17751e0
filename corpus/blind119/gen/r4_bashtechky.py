"""b119_04: КУ «ЦНСП» Баштечківської сільської ради (Черкаська), internal quality assessment of home care, 2022.
DOCX, impersonal / third person, criteria table with the document's own bands, numbered recommendations."""
from docx import Document
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b119_04_bashtechky_cnsp_internal2022.docx"
path = report_path(DOC)

d = Document()
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)
P = d.add_paragraph
P("ЗАТВЕРДЖУЮ\nДиректор КУ «Центр надання соціальних послуг»\nБаштечківської сільської ради\n____________\n30.12.2022")
d.add_heading("ЗВІТ\nпро результати внутрішньої оцінки якості соціальної послуги догляду вдома за 2022 рік", 1)
P("Внутрішню оцінку якості проведено відповідно до наказу Центру від 05.12.2022 № 47-од комісією у складі 5 осіб "
  "в період з 12 по 23 грудня 2022 року. Під час оцінки вивчено особові справи отримувачів, проведено анкетування "
  "та спостереження за наданням послуги.")
d.add_heading("1. Загальна інформація про надання послуги", 2)
P("Комунальна установа «Центр надання соціальних послуг» Баштечківської сільської ради Уманського району Черкаської області "
  "(20431, Черкаська обл., с. Баштечки, вул. Соборна, 41; тел. (04746) 0-62-15; ЄДРПОУ 43876519) надає послугу догляду вдома "
  "мешканцям 14 населених пунктів громади.")
P("У 2022 році послугу догляду вдома отримували 118 осіб, з них 71 – одинокі громадяни, 19 – внутрішньо переміщені особи. "
  "Надано 14 870 послуг. Середній вік отримувачів – 79 років.")
P("Протягом року взято на обслуговування 26 осіб. Припинено надання послуги 22 особам, а саме: у зв'язку зі смертю – 13, "
  "у зв'язку з влаштуванням до стаціонарного закладу – 6, за заявою отримувача – 3.")
P("Послугу надають 12 соціальних робітників; штатна чисельність відділення – 13 посад. Протягом року 4 соціальні робітники "
  "пройшли навчання за програмою «Догляд за маломобільними особами» (тривалість – 40 годин).")
d.add_heading("2. Результати анкетування", 2)
P("В анкетуванні взяли участь 84 отримувачі послуги (71,2 % від загальної кількості). Рівнем обслуговування задоволені "
  "94,0 % опитаних. Скарг на якість надання послуги протягом 2022 року не надходило.")
P("Рівень якості за кожним критерієм визначено за часткою позитивних відповідей: 90–100 % – «добре», 70–89,9 % – "
  "«задовільно», менше 70 % – «незадовільно».")
P("Таблиця 2. Оцінка якості послуги догляду вдома за критеріями")
rows = [("Критерій", "Частка позитивних відповідей, %", "Оцінка"),
        ("Адресність та індивідуальний підхід", "95,2", "добре"),
        ("Результативність", "88,1", "задовільно"),
        ("Своєчасність", "91,7", "добре"),
        ("Доступність та відкритість", "86,9", "добре"),
        ("Зручність", "92,9", "добре"),
        ("Повага до гідності отримувача", "100", "добре"),
        ("Професійність", "96,4", "добре"),
        ("Загальна оцінка якості", "–", "добре")]
t = d.add_table(rows=len(rows), cols=3); t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, c in enumerate(r):
        t.cell(i, j).text = c
d.add_heading("3. Висновки та рекомендації", 2)
P("Загальний рівень якості соціальної послуги догляду вдома, наданої у 2022 році, оцінено як «добре». Комісія рекомендує:")
P("1) скоротити час очікування початку надання послуги до 5 робочих днів – до 01.03.2023;")
P("2) забезпечити соціальних робітників 2 велосипедами для обслуговування віддалених сіл – до 01.06.2023;")
P("3) повторне анкетування провести у грудні 2023 року.")
P("Голова комісії                                  (підпис)")
fix_docx_props(d, author="ЦНСП Баштечки")
d.save(path)
freeze_zip(path)

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Баштечківської сільської ради",
    "centre_type": "cnsp", "settlement": "Баштечки", "oblast": "Черкаська",
    "report_kind": "internal_assessment", "period_start": "2022-01-01", "period_end": "2022-12-31"},
    meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Баштечківської сільської ради",
                         "КУ «Центр надання соціальних послуг» Баштечківської сільської ради",
                         "Комунальна установа «Центр надання соціальних послуг» Баштечківської сільської ради Уманського району Черкаської області"],
              "settlement": ["Баштечківська сільська громада"]})
F = g.f
sv = F("served", "persons", 118, "У 2022 році послугу догляду вдома отримували 118 осіб", service="home_care")
sv1 = F("served", "persons", 71, "з них 71 – одинокі громадяни", service="home_care", parent=sv, category="одинокі громадяни")
sv2 = F("served", "persons", 19, "19 – внутрішньо переміщені особи", service="home_care", parent=sv,
        category="внутрішньо переміщені особи")
sp = F("services_provided", "services", 14870, "Надано 14 870 послуг", service="home_care")
tk = F("served", "persons", 26, "Протягом року взято на обслуговування 26 осіб", service="home_care",
       alt=["registered_new", "support_started"], parent=sv)
cm = F("support_completed", "persons", 22, "Припинено надання послуги 22 особам", service="home_care",
       alt=["deregistered"], parent=sv)
grp = "completed_22_by_reason"
c1 = F("outcome_other", "persons", 13, "у зв'язку зі смертю – 13", service="home_care", label="у зв'язку зі смертю",
       parent=cm, group=grp, alt=["deregistered"])
c2 = F("outcome_other", "persons", 6, "у зв'язку з влаштуванням до стаціонарного закладу – 6", service="home_care",
       label="у зв'язку з влаштуванням до стаціонарного закладу", parent=cm, group=grp, alt=["deregistered"])
c3 = F("outcome_other", "persons", 3, "за заявою отримувача – 3", service="home_care", label="за заявою отримувача",
       parent=cm, group=grp, alt=["deregistered"])
sa = F("staff_actual", "staff", 12, "Послугу надають 12 соціальних робітників")
spo = F("staff_positions", "positions", 13, "штатна чисельність відділення – 13 посад")
stt = F("staff_trained", "staff", 4, "Протягом року 4 соціальні робітники пройшли навчання")
sr = F("survey_respondents", "recipients", 84, "В анкетуванні взяли участь 84 отримувачі послуги", percent=71.2,
       unit_alt="persons")
sat = F("satisfaction", "percent", 94, "Рівнем обслуговування задоволені 94,0 % опитаних", alt=["share"])
cp = F("complaints", "complaints", 0, "Скарг на якість надання послуги протягом 2022 року не надходило.")
crit = [("targeting", "Адресність та індивідуальний підхід\t95,2\tдобре", 95.2, "good"),
        ("effectiveness", "Результативність\t88,1\tзадовільно", 88.1, "satisfactory"),
        ("timeliness", "Своєчасність\t91,7\tдобре", 91.7, "good"),
        ("accessibility", "Доступність та відкритість\t86,9\tдобре", 86.9, "good"),
        ("convenience", "Зручність\t92,9\tдобре", 92.9, "good"),
        ("dignity", "Повага до гідності отримувача\t100\tдобре", 100, "good"),
        ("professionalism", "Професійність\t96,4\tдобре", 96.4, "good")]
sh, rt = {}, {}
for cid, q, pv, rv in crit:
    sh[cid] = F("share", "percent", pv, q, criterion=cid, alt=["satisfaction"])
    rt[cid] = F("rating", "rating", rv, q, criterion=cid)
ov = F("rating", "rating", "good", "Загальна оцінка якості\t–\tдобре", criterion="overall")
ov2 = F("rating", "rating", "good", "Загальний рівень якості соціальної послуги догляду вдома, наданої у 2022 році, оцінено як «добре»",
        criterion="overall", label="висновки (повтор)")

BANDS = "[(90, 100, 'good'), (70, 89.9, 'satisfactory'), (0, 69.9, 'unsatisfactory')]"
g.slip("rating_band", "error", "Доступність та відкритість\t86,9\tдобре", "good", "satisfactory",
       [sh["accessibility"], rt["accessibility"]],
       "86,9 % falls in the document's own band 70–89,9 % = «задовільно», but the table rates the criterion «добре».",
       f"band({sh['accessibility']}, {BANDS}) == {rt['accessibility']}")
others = [c for c in sh if c != "accessibility"]
g.check("rating_band", "90–100 % – «добре», 70–89,9 % – «задовільно», менше 70 % – «незадовільно»",
        "the other six criteria's ratings agree with the bands (88,1 → задовільно; the rest ≥ 90 → добре)",
        " and ".join(f"band({sh[c]}, {BANDS}) == {rt[c]}" for c in others))
g.check("percent_impossible", "Частка позитивних відповідей, %",
        "each criterion share is reachable with 84 respondents (80, 74, 77, 73, 78, 84, 81 of 84)",
        " and ".join(f"grim_ok({sh[c]}, {sr}, 1)" for c in sh))
g.check("percent_mismatch", "В анкетуванні взяли участь 84 отримувачі послуги (71,2 % від загальної кількості)",
        "84 / 118 = 71,19 → 71,2", f"pct_ok(p{sr[1:]}, {sr}, {sv}, 1)")
g.check("percent_impossible", "Рівнем обслуговування задоволені 94,0 % опитаних", "79 of 84 = 94,05 → 94,0",
        f"grim_ok({sat}, {sr}, 1)")
g.check("parts_sum", "Припинено надання послуги 22 особам, а саме:", "13 + 6 + 3 = 22", f"{c1} + {c2} + {c3} == {cm}")
g.check("parts_sum", "з них 71 – одинокі громадяни, 19 – внутрішньо переміщені особи", "71 ≤ 118, 19 ≤ 118, 26 taken ≤ 118",
        f"{sv1} <= {sv} and {sv2} <= {sv} and {tk} <= {sv}")
g.check("parts_sum", "Послугу надають 12 соціальних робітників; штатна чисельність відділення – 13 посад",
        "4 trained ≤ 12 ≤ 13", f"{stt} <= {sa} <= {spo}")
g.check("internal_conflict", "оцінено як «добре»", "overall rating in the table and in the conclusions agree", f"{ov} == {ov2}")

g.skip("30.12.2022", [30, 12, 2022], "approval date 30.12.2022")
g.skip("про результати внутрішньої оцінки якості соціальної послуги догляду вдома за 2022 рік", [2022], "year in the title")
g.skip("відповідно до наказу Центру від 05.12.2022 № 47-од комісією у складі 5 осіб в період з 12 по 23 грудня 2022 року",
       [5, 12, 2022, 47, 5, 12, 23, 2022], "order date/number, commission size, assessment dates")
g.skip("1. Загальна інформація про надання послуги", [1, 2, 3], "section numbers")
g.skip("(20431, Черкаська обл., с. Баштечки, вул. Соборна, 41; тел. (04746) 0-62-15; ЄДРПОУ 43876519)",
       [20431, 41, 4746, 6215, 43876519], "postcode, address, phone, ЄДРПОУ")
g.skip("мешканцям 14 населених пунктів громади", [14], "settlement count")
g.skip("Середній вік отримувачів – 79 років.", [79], "average age")
g.skip("(тривалість – 40 годин)", [40], "duration of training")
g.skip("Таблиця 2. Оцінка якості послуги догляду вдома за критеріями", [2], "table number")
g.skip("90–100 % – «добре», 70–89,9 % – «задовільно», менше 70 % – «незадовільно»", [90, 100, 70, 89.9, 70],
       "rating bands of the document (used in the rating_band check)")
g.skip("1) скоротити час очікування початку надання послуги до 5 робочих днів – до 01.03.2023;", [1, 5, 1, 3, 2023],
       "recommendation number, target duration, deadline")
g.skip("2) забезпечити соціальних робітників 2 велосипедами для обслуговування віддалених сіл – до 01.06.2023;",
       [2, 2, 1, 6, 2023], "recommendation number, items, deadline")
g.skip("3) повторне анкетування провести у грудні 2023 року.", [3, 2023], "recommendation number, plan date")

g.note("Internal assessment of home care for 2022; the document is dated 30.12.2022. Oblast stated in the centre's full name and address.")
g.note("Criterion rows: the percentage → share with criterion (alt satisfaction); the rating → rating with criterion. The assessment is of home care, but criterion shares and ratings carry no service (the criterion identifies them; a service would only make matching stricter). «Повага до гідності отримувача» → dignity.")
g.note("The overall rating is written twice (table row and conclusions) → two facts. The table's overall row has no percentage (–).")
g.note("Planted slip: «Доступність та відкритість 86,9 % – добре» contradicts the document's own band 70–89,9 % = «задовільно» (rating_band).")
g.note("«Рівнем обслуговування задоволені 94,0 % опитаних» → satisfaction (alt share), no count written.")
g.note("«припинено надання послуги» → support_completed (alt deregistered), reasons as outcome_other; «взято на обслуговування» → served (alt registered_new, support_started).")
g.note("Respondents are «отримувачі» → unit recipients (unit_alt persons); their 71,2 % of the 118 recipients is the percent.")
g.write()
