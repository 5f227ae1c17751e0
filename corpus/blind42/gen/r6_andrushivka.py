"""b42_06: external quality assessment of social support provided in 2024 by the ЦСС of Андрушівська міська рада
(DOCX, written by the oblast ЦСС, two tables)."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, read_text, freeze_zip, fix_docx_props, line_with

NAME = "b42_06_andrushivka_css_external2024.docx"
doc = Document()
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(12)


def p(text, bold=False, center=False):
    para = doc.add_paragraph()
    r = para.add_run(text)
    r.bold = bold
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER


def table(rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            t.cell(i, j).text = c


p("ЖИТОМИРСЬКИЙ ОБЛАСНИЙ ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ", bold=True, center=True)
p("ВИСНОВОК\nза результатами зовнішньої оцінки якості соціальної послуги соціального супроводу сімей "
  "(осіб), які перебувають у складних життєвих обставинах, наданої Центром соціальних служб "
  "Андрушівської міської ради у 2024 році", bold=True, center=True)
p("Підстава: план проведення зовнішньої оцінки на 2025 рік, затверджений наказом від 09.01.2025 № 4. "
  "Строк оцінювання: 10–21 березня 2025 року. Оцінку здійснювала робоча група з 3 фахівців.")
p("1. Відомості про надавача", bold=True)
p("Центр соціальних служб Андрушівської міської ради (13401, Житомирська обл., м. Андрушівка, "
  "вул. Лесі Українки, 21, тел. (04136) 0-20-93, код ЄДРПОУ 43517746) надає послугу соціального "
  "супроводу жителям 32 населених пунктів громади. Послугу надають 5 фахівців із соціальної роботи; "
  "4 з них у 2024 році пройшли навчання з ведення випадку.")
p("2. Показники надання послуги", bold=True)
p("Упродовж 2024 року фахівці Центру оцінили потреби 67 сімей, складні життєві обставини встановлено "
  "у 38 із них. Послугу соціального супроводу отримували 52 сім'ї, в яких виховується 107 дітей: "
  "35 сімей взято під супровід у 2024 році, 17 – перебували під супроводом з 2023 року.")
p("Супровід завершено 31 сім'ї, зокрема у 22 сім'ях складні життєві обставини подолано, у 7 – "
  "мінімізовано, 2 сім'ї вибули за межі громади. Для 21 сім'ї надання послуги продовжено у 2025 році. "
  "Середня тривалість супроводу становила 4,8 місяця, максимальна – 9 місяців.")
p("3. Опитування отримувачів", bold=True)
p("Робоча група вибірково перевірила 20 особових справ та опитала 60 отримувачів послуги. На запитання "
  "«Чи задоволені Ви отриманою послугою?» відповіді розподілилися так (таблиця 1).")
p("Таблиця 1")
table([("Варіант відповіді", "Кількість", "%"),
       ("Так, повністю", "41", "68,3"),
       ("Частково", "16", "26,7"),
       ("Ні", "2", "3,3"),
       ("Важко відповісти", "1", "1,7"),
       ("Разом", "60", "100")])
p("Покращення становища своєї сім'ї після супроводу відзначили 71,9 % опитаних.")
p("4. Оцінка за критеріями", bold=True)
p("Оцінку за кожним критерієм визначено за часткою позитивних відповідей: 80 % і більше – «добре», "
  "від 60 до 79,9 % – «задовільно», менше 60 % – «незадовільно» (таблиця 2).")
p("Таблиця 2")
table([("Критерій", "Позитивних відповідей", "Частка, %", "Оцінка"),
       ("Адресність та індивідуальний підхід", "56", "93,3", "добре"),
       ("Результативність", "47", "78,3", "задовільно"),
       ("Своєчасність", "54", "90,0", "добре"),
       ("Доступність та відкритість", "51", "85,0", "добре"),
       ("Повага до гідності отримувача", "59", "98,3", "добре"),
       ("Конфіденційність інформації", "58", "96,7", "добре")])
p("Загальна оцінка якості послуги – «добре». Скарг від отримувачів послуги у 2024 році до Центру "
  "не надходило.")
p("5. Рекомендації", bold=True)
p("1. Розробити до 30.06.2025 порядок залучення сімей до оцінки результатів супроводу. 2. Забезпечити "
  "супервізію для фахівців не рідше 1 разу на квартал.")
p("Висновок підготовлено 28.03.2025, вих. № 01-08/117.")
fix_docx_props(doc, author="ОЦСС")
path = report_path(NAME)
doc.save(path)
freeze_zip(path)
T = read_text(path)

g = Gold(NAME, {
    "centre": "Центр соціальних служб Андрушівської міської ради",
    "centre_type": "css", "settlement": "Андрушівка", "oblast": "Житомирська",
    "report_kind": "external_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"})


def v(x):
    return "f" + x[1:]


SJO = "social_support_sjo"
sa = g.f("staff_actual", "staff", 5, "Послугу надають 5 фахівців із соціальної роботи")
stt = g.f("staff_trained", "staff", 4, "4 з них у 2024 році пройшли навчання з ведення випадку", parent=sa)
na = g.f("needs_assessed", "families", 67, "фахівці Центру оцінили потреби 67 сімей")
sj = g.f("in_difficult_circumstances", "families", 38, "складні життєві обставини встановлено у 38 із них", parent=na)
s52 = g.f("served", "families", 52, "Послугу соціального супроводу отримували 52 сім'ї", service=SJO, alt=["support_ongoing"])
s107 = g.f("served", "children", 107, "в яких виховується 107 дітей", service=SJO, alt=["support_ongoing"], parent=s52)
s35 = g.f("support_started", "families", 35, "35 сімей взято під супровід у 2024 році", service=SJO,
          group="served_52_by_start", parent=s52)
s17 = g.f("served", "families", 17, "17 – перебували під супроводом з 2023 року", service=SJO, alt=["support_ongoing"],
          label="з 2023 року", group="served_52_by_start", parent=s52)
sc = g.f("support_completed", "families", 31, "Супровід завершено 31 сім'ї", service=SJO, parent=s52)
o1 = g.f("outcome_positive", "families", 22, "у 22 сім'ях складні життєві обставини подолано", service=SJO,
         group="completed_31_by_outcome", parent=sc)
o2 = g.f("outcome_minimized", "families", 7, "у 7 – мінімізовано", service=SJO, group="completed_31_by_outcome", parent=sc)
o3 = g.f("outcome_other", "families", 2, "2 сім'ї вибули за межі громади", service=SJO, label="вибули за межі громади",
         group="completed_31_by_outcome", parent=sc)
so = g.f("support_ongoing", "families", 21, "Для 21 сім'ї надання послуги продовжено у 2025 році", service=SJO, parent=s52)
sr = g.f("survey_respondents", "recipients", 60, "опитала 60 отримувачів послуги", unit_alt="persons")
dist = []
for lab, pv, ind, alt in (("Так, повністю", 68.3, "satisfaction", ["share"]), ("Частково", 26.7, "share", ["satisfaction"]),
                          ("Ні", 3.3, "share", None), ("Важко відповісти", 1.7, "share", None)):
    dist.append(g.f(ind, "percent", pv, line_with(T, lab + "\t"), alt=alt, label="Чи задоволені Ви отриманою послугою? – " + lab.lower(),
                    group="satisfaction_answers"))
sr2 = g.f("survey_respondents", "recipients", 60, line_with(T, "Разом\t60"), unit_alt="persons",
          label="Разом (таблиця 1)", note="the table's Разом row repeats the 60 respondents: a second fact")
im = g.f("share", "percent", 71.9, "Покращення становища своєї сім'ї після супроводу відзначили 71,9 % опитаних.",
         label="частка опитаних, які відзначили покращення становища сім'ї", alt=["satisfaction"])
crit = [("Адресність та індивідуальний підхід", "targeting", 56, 93.3, "good"),
        ("Результативність", "effectiveness", 47, 78.3, "satisfactory"),
        ("Своєчасність", "timeliness", 54, 90, "good"),
        ("Доступність та відкритість", "accessibility", 51, 85, "good"),
        ("Повага до гідності отримувача", "dignity", 59, 98.3, "good"),
        ("Конфіденційність інформації", "confidentiality", 58, 96.7, "good")]
cid = {}
for lab, cr, k, pv, rt in crit:
    q = line_with(T, lab + "\t")
    cid[cr] = (k, g.f("share", "percent", pv, q, criterion=cr, alt=["satisfaction"], label="частка позитивних відповідей"),
               g.f("rating", "rating", rt, q, criterion=cr))
ov = g.f("rating", "rating", "good", "Загальна оцінка якості послуги – «добре».", criterion="overall")
cp = g.f("complaints", "complaints", 0, "Скарг від отримувачів послуги у 2024 році до Центру не надходило.")

g.slip("percent_impossible", "error", "Покращення становища своєї сім'ї після супроводу відзначили 71,9 % опитаних.",
       71.9, "71,7 or 73,3", [im, sr],
       "with 60 respondents the shares go in steps of 1,67 %: 43/60 = 71,7 %, 44/60 = 73,3 %; no whole number of the "
       "60 gives 71,9 %.", f"grim_ok({v(im)}, {v(sr)}, 1)")
g.check("percents_sum", line_with(T, "Разом\t60"), "68,3 + 26,7 + 3,3 + 1,7 = 100,0",
        "psum_ok([" + ", ".join(v(x) for x in dist) + "], 1)")
g.check("percent_mismatch", line_with(T, "Так, повністю\t"), "41/60 = 68,3; 16/60 = 26,7; 2/60 = 3,3; 1/60 = 1,7 (counts are literals); 41 + 16 + 2 + 1 = 60",
        " and ".join(f"pct_ok({v(x)}, {k}, {v(sr)}, 1)" for x, k in zip(dist, (41, 16, 2, 1))) + f" and 41 + 16 + 2 + 1 == {v(sr)} and {v(sr2)} == {v(sr)}")
g.check("percent_mismatch", line_with(T, "Адресність та індивідуальний підхід\t"),
        "each criterion share = positive answers / 60 (counts are literals)",
        " and ".join(f"pct_ok({v(c[1])}, {c[0]}, {v(sr)}, 1)" for c in cid.values()))
BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
g.check("rating_band", "80 % і більше – «добре»", "every criterion rating fits the document's bands",
        " and ".join(f"band({v(c[1])}, {BANDS}) == {v(c[2])}" for c in cid.values()))
g.check("parts_sum", "35 сімей взято під супровід у 2024 році, 17", "35 + 17 = 52", f"{v(s35)} + {v(s17)} == {v(s52)}")
g.check("parts_sum", "Супровід завершено 31 сім'ї, зокрема", "22 + 7 + 2 = 31", f"{v(o1)} + {v(o2)} + {v(o3)} == {v(sc)}")
g.check("parts_sum", "Для 21 сім'ї надання послуги продовжено у 2025 році", "31 completed + 21 continued = 52",
        f"{v(sc)} + {v(so)} == {v(s52)}")
g.check("parts_sum", "складні життєві обставини встановлено у 38 із них", "38 ≤ 67; 4 trained ≤ 5",
        f"{v(sj)} <= {v(na)} and {v(stt)} <= {v(sa)}")

g.skip("план проведення зовнішньої оцінки на 2025 рік, затверджений наказом від 09.01.2025 № 4", [2025, 9, 1, 2025, 4],
       "plan year, order date and number")
g.skip("Строк оцінювання: 10–21 березня 2025 року. Оцінку здійснювала робоча група з 3 фахівців.", [10, 21, 2025, 3],
       "assessment dates, size of the working group")
g.skip("13401, Житомирська обл., м. Андрушівка, вул. Лесі Українки, 21, тел. (04136) 0-20-93, код ЄДРПОУ 43517746",
       [13401, 21, 4136, 2093, 43517746], "postcode, address, phone, ЄДРПОУ")
g.skip("жителям 32 населених пунктів громади", [32], "settlement count")
g.skip("Середня тривалість супроводу становила 4,8 місяця, максимальна – 9 місяців.", [4.8, 9], "durations")
g.skip("Робоча група вибірково перевірила 20 особових справ", [20], "case files checked (method)")
g.skip(line_with(T, "Так, повністю\t"), [41, 16, 2, 1],
       "answer counts of table 1 (no §3 id; used as literals in checks)")
g.skip(line_with(T, "Разом\t60"), [100], "the 100 % of the Разом row (sum of the partition)")
g.skip(line_with(T, "Адресність та індивідуальний підхід\t"), [56, 47, 54, 51, 59, 58],
       "positive-answer counts of table 2: no §3 id (used as literals in checks)")
g.skip("Таблиця 1", [1, 2], "table numbers")
g.skip("80 % і більше – «добре», від 60 до 79,9 % – «задовільно», менше 60 % – «незадовільно»", [80, 60, 79.9, 60],
       "rating bands")
g.skip("1. Розробити до 30.06.2025 порядок залучення сімей", [1, 30, 6, 2025, 2, 1],
       "recommendation numbers, deadline, frequency")
g.skip("Висновок підготовлено 28.03.2025, вих. № 01-08/117.", [28, 3, 2025, 1, 8, 117], "date and outgoing number")
g.skip("1. Відомості про надавача", [1, 2, 3, 4, 5], "section numbers")
g.note("the document is written by the oblast ЦСС about the Андрушівка ЦСС; meta describes the assessed provider and its 2024 service year")
g.note("table 1: «Так, повністю» → satisfaction (alt share), the other answers → share; the counts (41, 16, 2, 1) are skipped and used as literals")
g.note("table 2: each row gives a share with criterion (alt satisfaction) and a rating; 90,0 and 85,0 are stored as 90 and 85")
g.note("«Разом 60» in table 1 repeats the 60 respondents: a second survey_respondents fact; its 100 % is skipped")
g.write()
