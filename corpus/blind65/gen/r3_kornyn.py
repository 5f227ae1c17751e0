"""b65_03: КУ «ЦНСП» Корнинської селищної ради, внутрішня оцінка якості послуги догляду вдома за 2024 рік.
DOCX (python-docx): numbered headings, impersonal voice, a criteria table with its own rating bands."""
import sys
from docx import Document
from docx.shared import Pt
from common import Gold, report_path, read_text, fix_docx_props, freeze_zip

DOC = "b65_03_kornyn_cnsp_internal2024.docx"
P = report_path(DOC)

d = Document()
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)
fix_docx_props(d, author="ЦНСП")
add = d.add_paragraph
add("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» КОРНИНСЬКОЇ СЕЛИЩНОЇ РАДИ")
add("12121, Житомирська обл., Житомирський р-н, селище Корнин, вул. Незалежності, 14, тел. (04136) 0-41-73, ЄДРПОУ 43870215")
d.add_heading("ЗВІТ про результати внутрішньої оцінки якості соціальної послуги догляду вдома за 2024 рік", level=1)
d.add_heading("1. Загальні відомості", level=2)
add("Внутрішню оцінку якості проведено відповідно до Методичних рекомендацій, затверджених наказом Мінсоцполітики від 27.12.2013 № 904, на підставі наказу директора від 02.12.2024 № 87-од. "
    "Оцінювання здійснювала робоча група у складі 5 осіб у період з 03.12.2024 по 20.12.2024. Оцінювався період з 01.01.2024 по 31.12.2024.")
add("Корнинська селищна територіальна громада налічує 23 населені пункти. Послуга догляду вдома надається в усіх старостинських округах.")
d.add_heading("2. Показники надання послуги", level=2)
add("Протягом 2024 року послугу догляду вдома отримували 143 особи, з них 38 – особи з інвалідністю I групи, 12 – внутрішньо переміщені особи. "
    "Середній вік отримувачів – 78 років. Упродовж року взято на обслуговування 31 особу. Надання послуги припинено 27 особам, а саме:")
for t in ("у зв'язку зі смертю – 16;", "влаштування до закладу стаціонарного догляду – 4;",
          "переїзд на проживання до родичів за межі громади – 5;", "за власною заявою – 2."):
    d.add_paragraph(t, style="List Bullet")
add("Послугу надають 23 соціальні робітники (штатних посад – 24). Частка отримувачів, у яких за результатами повторного оцінювання стан стабілізувався або покращився, становить 87,4 %.")
d.add_heading("3. Результати анкетування", level=2)
add("З 04 по 13 грудня 2024 року проведено анкетування отримувачів послуги, у ньому взяли участь 56 осіб. "
    "Оцінку за кожним критерієм визначено за часткою позитивних відповідей: від 80 до 100 % – «добре», від 60 до 79,9 % – «задовільно», менше 60 % – «незадовільно».")
add("Таблиця 1. Результати оцінювання за критеріями")
rows = [("Критерій", "Позитивних відповідей, %", "Оцінка"),
        ("Адресність та індивідуальний підхід", "94,6", "добре"),
        ("Результативність", "85,7", "добре"),
        ("Своєчасність", "89,3", "добре"),
        ("Доступність та відкритість", "82,1", "добре"),
        ("Зручність", "78,6", "добре"),
        ("Повага до гідності отримувача", "98,2", "добре"),
        ("Професійність", "91,1", "добре"),
        ("Загальна оцінка", "", "добре")]
tb = d.add_table(rows=len(rows), cols=3)
tb.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        tb.cell(i, j).text = v
d.add_heading("4. Висновки та рекомендації", level=2)
add("Загальний рівень якості надання соціальної послуги догляду вдома оцінено як «добре». Скарг від отримувачів та їхніх родичів у 2024 році не зареєстровано. "
    "Найнижчий результат отримано за критерієм «Зручність»: отримувачі зауважують, що соціальний робітник відвідує їх лише 2 рази на тиждень.")
add("Рекомендовано: 1) переглянути графіки відвідувань у двох найвіддаленіших старостинських округах; 2) забезпечити 4 соціальних робітників велосипедами; 3) провести повторне анкетування до 01.04.2025.")
add("Голова робочої групи ____________")
d.save(P)
freeze_zip(P)
if len(sys.argv) > 1:
    print(read_text(P)); sys.exit()

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Корнинської селищної ради", "centre_type": "cnsp",
    "settlement": "Корнин", "oblast": "Житомирська", "report_kind": "internal_assessment",
    "period_start": "2024-01-01", "period_end": "2024-12-31"},
    {"centre": ["Комунальна установа «Центр надання соціальних послуг» Корнинської селищної ради",
                "КУ «Центр надання соціальних послуг» Корнинської селищної ради"]})
F = g.f
n = lambda x: x[1:]
HC = "home_care"
srv = F("served", "persons", 143, "послугу догляду вдома отримували 143 особи", service=HC)
F("served", "persons", 38, "з них 38 – особи з інвалідністю I групи", service=HC,
  category="особи з інвалідністю I групи", parent=srv)
F("served", "persons", 12, "12 – внутрішньо переміщені особи", service=HC,
  category="внутрішньо переміщені особи", parent=srv)
F("served", "persons", 31, "взято на обслуговування 31 особу", service=HC,
  alt=["registered_new", "support_started"], parent=srv)
cmp_ = F("support_completed", "persons", 27, "Надання послуги припинено 27 особам", service=HC,
         alt=["deregistered"], parent=srv)
R = [("у зв'язку зі смертю – 16", 16, "у зв'язку зі смертю"),
     ("влаштування до закладу стаціонарного догляду – 4", 4, "влаштування до закладу стаціонарного догляду"),
     ("переїзд на проживання до родичів за межі громади – 5", 5, "переїзд до родичів за межі громади"),
     ("за власною заявою – 2", 2, "за власною заявою")]
rs = [F("outcome_other", "persons", v, q, label=l, service=HC, group="stopped_27_by_reason",
        parent=cmp_, alt=["deregistered"]) for q, v, l in R]
act = F("staff_actual", "staff", 23, "Послугу надають 23 соціальні робітники", label="соціальні робітники")
pos = F("staff_positions", "positions", 24, "(штатних посад – 24)", label="соціальні робітники")
F("share", "percent", 87.4, "стан стабілізувався або покращився, становить 87,4 %", service=HC,
  label="частка отримувачів, у яких за результатами повторного оцінювання стан стабілізувався або покращився")
resp = F("survey_respondents", "persons", 56, "у ньому взяли участь 56 осіб", service=HC)
CR = [("Адресність та індивідуальний підхід", "targeting", 94.6),
      ("Результативність", "effectiveness", 85.7),
      ("Своєчасність", "timeliness", 89.3),
      ("Доступність та відкритість", "accessibility", 82.1),
      ("Зручність", "convenience", 78.6),
      ("Повага до гідності отримувача", "dignity", 98.2),
      ("Професійність", "professionalism", 91.1)]
shares, ratings = {}, {}
for name, crit, p in CR:
    row = f"{name}\t{str(p).replace('.', ',')}\tдобре"
    shares[crit] = F("share", "percent", p, row, service=HC, criterion=crit, alt=["satisfaction"],
                     label=f"позитивних відповідей, {name}")
    ratings[crit] = F("rating", "rating", "good", row, service=HC, criterion=crit)
ov1 = F("rating", "rating", "good", "Загальна оцінка\t\tдобре", service=HC, criterion="overall")
ov2 = F("rating", "rating", "good",
        "Загальний рівень якості надання соціальної послуги догляду вдома оцінено як «добре»",
        service=HC, criterion="overall", label="повторна згадка загальної оцінки у висновках")
F("complaints", "complaints", 0, "Скарг від отримувачів та їхніх родичів у 2024 році не зареєстровано.", service=HC)

BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
c = shares["convenience"]
g.slip("rating_band", "error", "Зручність\t78,6\tдобре", "good", "satisfactory", [c, ratings["convenience"]],
       "the document's own bands: 80–100 % «добре», 60–79,9 % «задовільно». Зручність has 78,6 % "
       "positive answers but is rated «добре».",
       f"band(f{n(c)}, {BANDS}) == f{n(ratings['convenience'])}")
for name, crit, p in CR:
    if crit == "convenience":
        continue
    g.check("rating_band", f"{name}\t{str(p).replace('.', ',')}\tдобре", f"{p} % is in the 80–100 % band «добре»",
            f"band(f{n(shares[crit])}, {BANDS}) == f{n(ratings[crit])}")
g.check("percent_impossible", "у ньому взяли участь 56 осіб",
        "every criterion share is reachable with 56 respondents (53, 48, 50, 46, 44, 55, 51 of 56)",
        " and ".join(f"grim_ok(f{n(shares[c_])}, f{n(resp)}, 1)" for _, c_, _ in CR))
g.check("parts_sum", "Надання послуги припинено 27 особам, а саме:", "16 + 4 + 5 + 2 = 27",
        " + ".join(f"f{n(x)}" for x in rs) + f" == f{n(cmp_)}")
g.check("parts_sum", "Послугу надають 23 соціальні робітники (штатних посад – 24)", "23 ≤ 24",
        f"f{n(act)} <= f{n(pos)}")
S = g.skip
S("12121, Житомирська обл., Житомирський р-н, селище Корнин, вул. Незалежності, 14, тел. (04136) 0-41-73, ЄДРПОУ 43870215",
  [12121, 14, 4136, 4173, 43870215], "postcode, address, phone, ЄДРПОУ")
S("наказом Мінсоцполітики від 27.12.2013 № 904", [27, 12, 2013, 904], "order date and number")
S("наказу директора від 02.12.2024 № 87-од", [2, 12, 2024, 87], "order date and number")
S("робоча група у складі 5 осіб у період з 03.12.2024 по 20.12.2024", [5, 3, 12, 2024, 20], "commission size, assessment dates")
S("Оцінювався період з 01.01.2024 по 31.12.2024.", [1, 2024, 31, 12], "assessed period (dates)")
S("налічує 23 населені пункти", [23], "settlement count")
S("Середній вік отримувачів – 78 років.", [78], "age")
S("З 04 по 13 грудня 2024 року", [4, 13, 2024], "survey dates")
S("від 80 до 100 % – «добре», від 60 до 79,9 % – «задовільно», менше 60 % – «незадовільно»",
  [80, 100, 60, 79.9], "rating bands (used as literals in the checks)")
S("Таблиця 1. Результати оцінювання за критеріями", [1], "table number")
S("1. Загальні відомості", [1, 2, 3, 4], "section numbers")
S("відвідує їх лише 2 рази на тиждень", [2], "frequency")
S("забезпечити 4 соціальних робітників велосипедами", [4], "recommendation (plan)")
S("3) провести повторне анкетування до 01.04.2025", [1, 2, 3, 1, 4, 2025], "recommendation numbers and deadline")
S("особи з інвалідністю I групи", [1], "disability group")
g.note("the criterion shares of the table → share with criterion (alt satisfaction); each row also gives a rating fact quoted by the same row")
g.note("the overall rating is written twice (table, conclusions): two facts")
g.note("«припинено 27 особам, а саме» → support_completed (alt deregistered) with the reasons as outcome_other parts")
g.note("the 87,4 % stabilised-or-improved share → share with a label; no criterion is named next to it, so none is set")
g.write()
