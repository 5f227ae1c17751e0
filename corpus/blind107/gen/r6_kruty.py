"""b107_06: ТЦСО Крутівської сільської ради (Чернігівська), internal quality assessment of home care in 2021.
DOCX, impersonal («комісією встановлено»), a criteria table (criterion / % positive / rating) with the document's
own bands. Slip: percent_impossible (Професійність 88,4 % of 48 respondents is unreachable)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, save_docx, set_cell

DOC = "b107_06_kruty_tcso_internal2021.docx"

d = docx.Document()
d.styles["Normal"].font.name = "Times New Roman"
d.styles["Normal"].font.size = Pt(12)


def para(text, bold=False, center=False, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) "
     "КРУТІВСЬКОЇ СІЛЬСЬКОЇ РАДИ", bold=True, center=True)
para("16641, Чернігівська обл., Ніжинський р-н, с. Крути, вул. Героїв Крут, 5; тел. (04631) 0-72-09", center=True)
para("ЗВІТ\nпро результати внутрішньої оцінки якості соціальної послуги догляду вдома,\nнаданої у 2021 році",
     bold=True, center=True)

para("Внутрішню оцінку якості проведено відповідно до наказу Мінсоцполітики від 27.12.2013 № 904 та наказу "
     "директора територіального центру від 10.01.2022 № 3-од комісією у складі 4 осіб з 11 по 21 січня 2022 року.")
para("Протягом 2021 року послугу догляду вдома отримували 118 осіб, станом на 31.12.2021 – 96 осіб. "
     "Упродовж року взято на обслуговування 27 осіб, знято з обслуговування 22 особи. Середній вік отримувачів – "
     "79 років. Соціальні робітники відвідували отримувачів 2–3 рази на тиждень, тривалість відвідування – "
     "1,5–2 години. Загалом за рік надано 14 870 послуг догляду вдома.")
para("Послугу надають 14 соціальних робітників при штатній чисельності 15 посад; у 2021 році 6 соціальних "
     "робітників пройшли курси підвищення кваліфікації.")

para("Методи оцінювання", bold=True)
for t in ("вивчення 30 особових справ отримувачів (вибірково);",
          "анкетування отримувачів: анкети заповнили 48 осіб, що становить 40,7 % від загальної кількості "
          "отримувачів послуги за рік;",
          "спостереження під час 12 відвідувань отримувачів за місцем проживання."):
    para(t, style="List Bullet")

para("Критерії оцінювання: частка позитивних відповідей 80–100 % – «добре», 60–79,9 % – «задовільно», "
     "менше 60 % – «незадовільно».")
para("Таблиця 2. Результати оцінювання за критеріями якості")
rows = [
    ["№", "Критерій якості", "Частка позитивних відповідей, %", "Оцінка"],
    ["1", "Адресність та індивідуальний підхід", "95,8", "добре"],
    ["2", "Результативність", "87,5", "добре"],
    ["3", "Своєчасність", "79,2", "задовільно"],
    ["4", "Доступність та відкритість", "91,7", "добре"],
    ["5", "Повага до гідності отримувача", "97,9", "добре"],
    ["6", "Професійність", "88,4", "добре"],
    ["7", "Конфіденційність інформації", "100", "добре"],
    ["", "Загальна оцінка якості", "", "добре"],
]
t = d.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, c in enumerate(row):
        set_cell(t, i, j, c, bold=(i == 0))

para("")
para("Висновки", bold=True)
para("Комісією встановлено, що послуга догляду вдома надається відповідно до Державного стандарту. Скарг на "
     "якість надання послуги протягом 2021 року не надходило. Нижчий показник своєчасності пов'язаний із "
     "перебоями транспортного сполучення між селами громади. Загальну оцінку якості послуги визначено як «добре».")
para("Рекомендації", bold=True)
for t in ("1. Переглянути графіки відвідувань у 3 віддалених селах до 01.04.2022.",
          "2. Забезпечити навчання з питань конфіденційності для новоприйнятих працівників.",
          "3. Повторне анкетування провести у грудні 2022 року."):
    para(t)
para("Голова комісії                                   (підпис)")

path = report_path(DOC)
save_docx(d, path, author="ТЦСО")

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Крутівської сільської ради",
    "centre_type": "tcso", "settlement": "Крути", "oblast": "Чернігівська",
    "report_kind": "internal_assessment", "period_start": "2021-01-01", "period_end": "2021-12-31"})

f_srv = g.f("served", "persons", 118, "Протягом 2021 року послугу догляду вдома отримували 118 осіб",
            service="home_care")
f_end = g.f("support_ongoing", "persons", 96, "станом на 31.12.2021 – 96 осіб", service="home_care",
            alt=["served"], parent=f_srv, note="recipients at the end of the year")
f_new = g.f("served", "persons", 27, "Упродовж року взято на обслуговування 27 осіб", service="home_care",
            alt=["registered_new", "support_started"], label="взято на обслуговування", parent=f_srv)
f_der = g.f("deregistered", "persons", 22, "знято з обслуговування 22 особи", service="home_care", parent=f_srv)
f_svc = g.f("services_provided", "services", 14870, "Загалом за рік надано 14 870 послуг догляду вдома",
            service="home_care")
f_act = g.f("staff_actual", "staff", 14, "Послугу надають 14 соціальних робітників", label="соціальні робітники")
f_pos = g.f("staff_positions", "positions", 15, "при штатній чисельності 15 посад")
f_tr = g.f("staff_trained", "staff", 6, "6 соціальних робітників пройшли курси підвищення кваліфікації")
f_sv = g.f("survey_respondents", "persons", 48, "анкети заповнили 48 осіб, що становить 40,7 %", percent=40.7,
           service="home_care", unit_alt="recipients")

CR = [("targeting", "1\tАдресність та індивідуальний підхід\t95,8\tдобре", 95.8, "good"),
      ("effectiveness", "2\tРезультативність\t87,5\tдобре", 87.5, "good"),
      ("timeliness", "3\tСвоєчасність\t79,2\tзадовільно", 79.2, "satisfactory"),
      ("accessibility", "4\tДоступність та відкритість\t91,7\tдобре", 91.7, "good"),
      ("dignity", "5\tПовага до гідності отримувача\t97,9\tдобре", 97.9, "good"),
      ("professionalism", "6\tПрофесійність\t88,4\tдобре", 88.4, "good"),
      ("confidentiality", "7\tКонфіденційність інформації\t100\tдобре", 100, "good")]
SH, RT = {}, {}
for crit, q, p, r in CR:
    SH[crit] = g.f("share", "percent", p, q, service="home_care", criterion=crit,
                   label="частка позитивних відповідей", alt=["satisfaction"])
    RT[crit] = g.f("rating", "rating", r, q, service="home_care", criterion=crit)
f_ov = g.f("rating", "rating", "good", "Загальна оцінка якості\t\tдобре", service="home_care", criterion="overall")
f_ov2 = g.f("rating", "rating", "good", "Загальну оцінку якості послуги визначено як «добре»", service="home_care",
            criterion="overall", note="the overall rating repeated in the conclusions: a second fact")
f_cpl = g.f("complaints", "complaints", 0, "Скарг на якість надання послуги протягом 2021 року не надходило",
            service="home_care")

Q6 = "6\tПрофесійність\t88,4\tдобре"
g.slip("percent_impossible", "error", Q6, 88.4, "87.5 or 89.6", [SH["professionalism"], f_sv],
       "the shares are of the 48 questionnaires; 42/48 = 87,5 % and 43/48 = 89,58 %, so no whole number of "
       "positive answers gives 88,4 %. Every other criterion is a whole count of 48 (46, 42, 38, 44, 47, 48).",
       f"grim_ok({SH['professionalism']}, {f_sv}, 1)")

BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
for crit, q, p, r in CR:
    if crit != "professionalism":
        g.check("percent_impossible", q, f"{p} % is reachable with 48 respondents",
                f"grim_ok({SH[crit]}, {f_sv}, 1)")
    g.check("rating_band", q, f"{p} % → {r} under the document's bands (80–100 добре, 60–79,9 задовільно)",
            f"band({SH[crit]}, {BANDS}) == {RT[crit]}")
g.check("percent_mismatch", "анкети заповнили 48 осіб, що становить 40,7 % від загальної кількості",
        "48 / 118 = 40,68 %", f"pct_ok(p{f_sv[1:]}, {f_sv}, {f_srv}, 1)")
g.check("parts_sum", "станом на 31.12.2021 – 96 осіб", "118 served in the year − 22 removed = 96 at the year end",
        f"{f_srv} - {f_der} == {f_end}")
g.check("parts_sum", "Упродовж року взято на обслуговування 27 осіб", "27 taken ≤ 118", f"{f_new} <= {f_srv}")
g.check("parts_sum", "Послугу надають 14 соціальних робітників при штатній чисельності 15 посад",
        "6 trained ≤ 14 working ≤ 15 positions", f"{f_tr} <= {f_act} <= {f_pos}")
g.check("internal_conflict", "Загальну оцінку якості послуги визначено як «добре»",
        "overall «добре» in the table and the conclusions", f"{f_ov} == {f_ov2}")

g.skip("16641, Чернігівська обл., Ніжинський р-н, с. Крути, вул. Героїв Крут, 5; тел. (04631) 0-72-09",
       [16641, 5, 4631, 7209], "postcode, address, phone")
g.skip("наданої у 2021 році", [2021], "period in the title; years")
g.skip("відповідно до наказу Мінсоцполітики від 27.12.2013 № 904 та наказу директора територіального центру від "
       "10.01.2022 № 3-од комісією у складі 4 осіб з 11 по 21 січня 2022 року",
       [27, 12, 2013, 904, 10, 1, 2022, 3, 4, 11, 21], "order dates and numbers, commission size, assessment dates")
g.skip("Середній вік отримувачів – 79 років.", [79], "age")
g.skip("2–3 рази на тиждень, тривалість відвідування – 1,5–2 години", [2, 3, 1.5, 2], "frequency and duration")
g.skip("вивчення 30 особових справ отримувачів (вибірково)", [30], "case files studied: no §3 id")
g.skip("спостереження під час 12 відвідувань отримувачів", [12], "observed visits: no §3 id")
g.skip("частка позитивних відповідей 80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»",
       [80, 100, 60, 79.9, 60], "rating bands")
g.skip("Таблиця 2.", [2], "table number")
g.skip("1\tАдресність та індивідуальний підхід", [1, 2, 3, 4, 5, 6, 7], "row numbers")
g.skip("1. Переглянути графіки відвідувань у 3 віддалених селах до 01.04.2022.", [1, 3, 1, 4, 2022],
       "recommendation number, villages, deadline")
g.skip("3. Повторне анкетування провести у грудні 2022 року.", [2, 3, 2022], "recommendation numbers, plan")

g.note("internal assessment of one service (догляд вдома) provided in 2021, carried out in January 2022: period "
       "2021, every fact with service home_care where it concerns the service")
g.note("criteria table: each row gives a share (indicator share, alt satisfaction, with criterion) and a rating; "
       "the «Загальна оцінка якості» row and the conclusions give the overall rating twice: two facts")
g.note("«станом на 31.12.2021 – 96 осіб» → support_ongoing (alt served); «взято на обслуговування 27 осіб» → served "
       "(alt registered_new, support_started); «знято з обслуговування 22 особи» → deregistered")
g.note("the 48 questionnaires are 40,7 % of the 118 recipients of the year: survey_respondents with that percent")
g.note("every rating agrees with the document's bands (79,2 % → задовільно); the slip is the GRIM-impossible 88,4 %")
g.write()
