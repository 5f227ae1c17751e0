"""b112_04: КУ «ЦНСП» Заболотцівської сільської ради, internal quality assessment of home care in 2024 (DOCX)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

NAME = "b112_04_zabolottsi_cnsp_internal2024.docx"
doc = docx.Document()
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(12)


def para(text, bold=False, center=False, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("ЗАТВЕРДЖУЮ", bold=True)
para("Директор КУ «Центр надання соціальних послуг» Заболотцівської сільської ради")
para("«29» листопада 2024 р.")
para("ЗВІТ", bold=True, center=True)
para("про результати внутрішньої оцінки якості соціальної послуги догляду вдома, наданої "
     "Комунальною установою «Центр надання соціальних послуг» Заболотцівської сільської ради "
     "Золочівського району Львівської області у 2024 році", bold=True, center=True)

para("Внутрішню оцінку проведено відповідно до Порядку, затвердженого постановою Кабінету Міністрів "
     "України від 01.06.2020 № 449, та наказу директора від 07.10.2024 № 48-од комісією у складі 5 осіб "
     "у період з 14 по 25 жовтня 2024 року. Оцінювався період з 01.01.2024 по 30.09.2024.")
para("Методи оцінки: аналіз 52 особових справ отримувачів, анкетування отримувачів, бесіди з "
     "соціальними робітниками, спостереження під час візитів додому.")

doc.add_heading("1. Загальні відомості про надання послуги", level=2)
para("У 2024 році послугу догляду вдома отримували 58 осіб, серед них 12 осіб з інвалідністю I групи "
     "та 9 внутрішньо переміщених осіб. Середній вік отримувачів – 78 років. Протягом року взято на "
     "обслуговування 14 осіб; припинено надання послуги 11 особам, у тому числі 7 – у зв'язку зі смертю, "
     "3 – у зв'язку з влаштуванням до закладу стаціонарного догляду, 1 – за власним бажанням.")
para("Послугу надають 11 соціальних робітників при 12 штатних посадах; середнє навантаження – "
     "5,3 отримувача на одного працівника. Скарг щодо надання послуги протягом 2024 року не надходило.")

doc.add_heading("2. Результати анкетування", level=2)
para("В анкетуванні взяли участь 46 отримувачів, що становить 79,3 % від їх загальної кількості. "
     "Оцінку за кожним критерієм визначено за часткою позитивних відповідей: від 90 до 100 % – «добре», "
     "від 70 до 89,9 % – «задовільно», менше 70 % – «незадовільно».")
para("Таблиця 2. Оцінка якості послуги за критеріями")
crit = [
    ("1", "Адресність та індивідуальний підхід", "44", "95,7", "добре", "targeting"),
    ("2", "Результативність", "41", "89,1", "задовільно", "effectiveness"),
    ("3", "Своєчасність", "43", "93,5", "добре", "timeliness"),
    ("4", "Доступність та відкритість", "40", "87,0", "добре", "accessibility"),
    ("5", "Зручність", "45", "97,8", "добре", "convenience"),
    ("6", "Повага до гідності", "46", "100", "добре", "dignity"),
    ("7", "Професійність", "44", "95,7", "добре", "professionalism"),
]
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("№", "Критерій", "Позитивних відповідей", "%", "Оцінка")):
    c.text = h
for r in crit:
    for c, v in zip(t.add_row().cells, r[:5]):
        c.text = v
last = t.add_row().cells
m = last[0].merge(last[1]).merge(last[2]).merge(last[3])
m.text = "Загальна оцінка якості"
last[4].text = "добре"

para("Загальний рівень задоволеності отримувачів якістю послуги становить 94,1 %.")
doc.add_heading("3. Висновки та рекомендації", level=2)
para("Загальна оцінка якості надання соціальної послуги догляду вдома – «добре». Комісія рекомендує:")
para("1) переглянути графік відвідувань отримувачів у віддалених селах до 01.03.2025;", style="List Number")
para("2) забезпечити проходження навчання двома новими соціальними робітниками;", style="List Number")
para("3) розмістити інформацію про послугу на сайті громади.", style="List Number")
para("Голова комісії ______________")

fix_docx_props(doc, author="ЦНСП Заболотці")
path = report_path(NAME)
doc.save(path)
freeze_zip(path)

g = Gold(NAME, {
    "centre": "Центр надання соціальних послуг Заболотцівської сільської ради",
    "centre_type": "cnsp", "settlement": "Заболотці", "oblast": "Львівська",
    "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    {"centre": ["Комунальна установа «Центр надання соціальних послуг» Заболотцівської сільської ради",
                "КУ «Центр надання соціальних послуг» Заболотцівської сільської ради"],
     "period_end": ["2024-09-30"], "settlement": ["Заболотцівська сільська громада"]})

sv = g.f("served", "persons", 58, "У 2024 році послугу догляду вдома отримували 58 осіб", service="home_care")
g.f("served", "persons", 12, "серед них 12 осіб з інвалідністю I групи", service="home_care", category="особи з інвалідністю I групи", parent=sv)
g.f("served", "persons", 9, "9 внутрішньо переміщених осіб", service="home_care", category="внутрішньо переміщені особи", parent=sv)
g.f("served", "persons", 14, "взято на обслуговування 14 осіб", service="home_care", label="взято на обслуговування",
    alt=["registered_new", "support_started"])
cp = g.f("support_completed", "persons", 11, "припинено надання послуги 11 особам", service="home_care", alt=["deregistered"])
o = [g.f("outcome_other", "persons", 7, "7 – у зв'язку зі смертю", service="home_care", label="у зв'язку зі смертю", group="stopped_11", parent=cp),
     g.f("outcome_other", "persons", 3, "3 – у зв'язку з влаштуванням до закладу стаціонарного догляду", service="home_care",
         label="влаштування до закладу стаціонарного догляду", group="stopped_11", parent=cp),
     g.f("outcome_other", "persons", 1, "1 – за власним бажанням", service="home_care", label="за власним бажанням", group="stopped_11", parent=cp)]
act = g.f("staff_actual", "staff", 11, "Послугу надають 11 соціальних робітників", label="соціальні робітники")
pos = g.f("staff_positions", "positions", 12, "при 12 штатних посадах")
g.f("complaints", "complaints", 0, "Скарг щодо надання послуги протягом 2024 року не надходило.")
sr = g.f("survey_respondents", "recipients", 46, "В анкетуванні взяли участь 46 отримувачів", percent=79.3, unit_alt="persons")
share_ids, rat_ids = {}, {}


def num(x):
    v = float(x.replace(",", "."))
    return int(v) if v.is_integer() else v


RMAP = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}
for r in crit:
    q = "\t".join(r[:5])
    share_ids[r[5]] = g.f("share", "percent", num(r[3]), q,
                          criterion=r[5], label=r[1], alt=["satisfaction"])
    rat_ids[r[5]] = g.f("rating", "rating", RMAP[r[4]], q, criterion=r[5])
ov1 = g.f("rating", "rating", "good", "Загальна оцінка якості\tдобре", criterion="overall")
sat = g.f("satisfaction", "percent", 94.1, "Загальний рівень задоволеності отримувачів якістю послуги становить 94,1 %")
ov2 = g.f("rating", "rating", "good", "Загальна оцінка якості надання соціальної послуги догляду вдома – «добре»", criterion="overall",
          note="the overall rating repeated in the conclusions: a second fact")

BANDS = "[(90, 100, 'good'), (70, 89.9, 'satisfactory'), (0, 69.9, 'unsatisfactory')]"
acc = "4\tДоступність та відкритість\t40\t87,0\tдобре"
g.slip("rating_band", "error", acc, "good", "satisfactory", [share_ids["accessibility"], rat_ids["accessibility"]],
       "Доступність та відкритість: 87,0 % positive answers is in the document's own band 70–89,9 % «задовільно», "
       "but the table rates it «добре»",
       f"band({share_ids['accessibility']}, {BANDS}) == {rat_ids['accessibility']}")
others = [c for c in share_ids if c != "accessibility"]
g.check("rating_band", "Таблиця 2. Оцінка якості послуги за критеріями",
        "the six other criteria agree with the bands (95,7/93,5/97,8/100/95,7 → добре, 89,1 → задовільно)",
        " and ".join(f"band({share_ids[c]}, {BANDS}) == {rat_ids[c]}" for c in others))
pos_counts = {r[5]: int(r[2]) for r in crit}
g.check("percent_mismatch", "Таблиця 2. Оцінка якості послуги за критеріями",
        "each % equals positive answers / 46 (counts are literals: no §3 id): 44→95,7; 41→89,1; 43→93,5; 40→87,0; 45→97,8; 46→100",
        " and ".join(f"pct_ok({share_ids[c]}, {pos_counts[c]}, {sr}, {1 if c != 'dignity' else 0})" for c in share_ids))
g.check("percent_mismatch", "В анкетуванні взяли участь 46 отримувачів, що становить 79,3 %", "46/58 = 79,31 → 79,3",
        f"pct_ok(p{sr[1:]}, {sr}, {sv}, 1)")
g.check("parts_sum", "припинено надання послуги 11 особам, у тому числі", "7 + 3 + 1 = 11", f"{' + '.join(o)} == {cp}")
g.check("parts_sum", "Послугу надають 11 соціальних робітників при 12 штатних посадах", "11 ≤ 12", f"{act} <= {pos}")
g.check("internal_conflict", "Загальна оцінка якості надання соціальної послуги догляду вдома – «добре»",
        "overall rating in the table = in the conclusions", f"{ov1} == {ov2}")

g.skip("«29» листопада 2024 р.", [29, 2024], "approval date")
g.skip("постановою Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449], "act date and number")
g.skip("наказу директора від 07.10.2024 № 48-од", [7, 10, 2024, 48], "order date and number")
g.skip("комісією у складі 5 осіб", [5], "commission size")
g.skip("у період з 14 по 25 жовтня 2024 року", [14, 25, 2024], "assessment dates")
g.skip("Оцінювався період з 01.01.2024 по 30.09.2024.", [1, 1, 2024, 30, 9, 2024], "assessed period (see meta_alt)")
g.skip("аналіз 52 особових справ отримувачів", [52], "case files, no §3 id")
g.skip("Середній вік отримувачів – 78 років.", [78], "age")
g.skip("середнє навантаження – 5,3 отримувача на одного працівника", [5.3], "ratio")
g.skip("від 90 до 100 % – «добре», від 70 до 89,9 % – «задовільно», менше 70 % – «незадовільно»", [90, 100, 70, 89.9, 70], "band definitions")
g.skip("Таблиця 2. Оцінка якості послуги за критеріями", [2], "table number")
g.skip("1\tАдресність та індивідуальний підхід\t44", [1, 2, 3, 4, 5, 6, 7], "row numbers")
g.skip("1\tАдресність та індивідуальний підхід\t44", [44, 41, 43, 40, 45, 46, 44], "«Позитивних відповідей» column: counts of positive answers, no §3 id (used as literals)")
g.skip("до 01.03.2025", [1, 3, 2025], "deadline")
g.skip("забезпечити проходження навчання двома новими соціальними робітниками", [2], "recommendation (plan), number in words")
g.skip("1) переглянути графік", [1, 2, 3], "recommendation numbers")
g.note("period: the report is on home care «у 2024 році» (title) → 2024-01-01..2024-12-31; the survey covered 01.01–30.09.2024, accepted as meta_alt period_end")
g.note("criteria table: each row gives a share (criterion, alt satisfaction) and a rating; the «Позитивних відповідей» counts have no §3 id and are skipped, used as literals in the percent check")
g.note("overall rating twice: the table's last row and the conclusions → two facts")
g.note("«припинено надання послуги» → support_completed (alt deregistered) with reasons as outcome_other")
g.note("«94,1 %» general satisfaction → satisfaction; it equals the mean of the seven criterion shares (no §6 rule, no check)")
g.note("the 46 respondents carry percent 79,3 (of the 58 recipients)")
g.write()
