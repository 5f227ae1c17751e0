"""b18_05: external quality assessment of home care (догляд вдома) provided in 2024 by the ТЦСО of Звенигородська
міська рада (Черкаська), written by the oblast Департамент соціального захисту населення; DOCX with a criteria table.
Planted slip: rating_band (Своєчасність 75,8 % rated «добре» against the document's own band 80–100 %)."""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b18_05_zvenyhorodka_tcso_external2024.docx"

d = docx.Document()
fix_docx_props(d, "ДСЗН")
d.styles["Normal"].font.name = "Times New Roman"
d.styles["Normal"].font.size = Pt(12)


def p(text, bold=False, center=False):
    para = d.add_paragraph()
    r = para.add_run(text)
    r.bold = bold
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


p("ЧЕРКАСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ", bold=True, center=True)
p("ДЕПАРТАМЕНТ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ", bold=True, center=True)
p("ЗВІТ", bold=True, center=True)
p("за результатами зовнішньої оцінки якості надання соціальної послуги догляду вдома Територіальним центром "
  "соціального обслуговування (надання соціальних послуг) Звенигородської міської ради", bold=True, center=True)
p("1. Загальні відомості", bold=True)
p("Зовнішню оцінку якості проведено відповідно до Порядку проведення моніторингу надання та оцінки якості "
  "соціальних послуг, затвердженого постановою Кабінету Міністрів України від 01.06.2020 № 449, та наказу "
  "Департаменту від 24.02.2025 № 41-од у період з 10 по 21 березня 2025 року. Оцінювався період надання послуги "
  "з 01.01.2024 по 31.12.2024. До складу комісії увійшли 5 осіб.")
p("Територіальний центр (код ЄДРПОУ 20645713; 20200, м. Звенигородка, вул. Шевченка, 31; тел. (04740) 0-22-84) "
  "надає послугу догляду вдома мешканцям 29 населених пунктів громади.")
p("2. Охоплення послугою", bold=True)
p("Протягом 2024 року послугою догляду вдома було охоплено 247 осіб, з яких 163 жінки і 84 чоловіки. Станом на "
  "31.12.2024 послугу отримували 214 осіб. Протягом року надання послуги припинено 33 отримувачам: у зв'язку зі "
  "смертю – 21, у зв'язку з влаштуванням до інтернатних установ – 5, за власним бажанням – 7. Середній вік "
  "отримувачів – 79 років.")
p("Послугу надають 29 соціальних робітників при 31 штатній посаді; 4 працівники протягом року пройшли навчання на "
  "курсах підвищення кваліфікації.")
p("3. Методи оцінювання", bold=True)
p("Комісія опрацювала 40 особових справ отримувачів, провела 18 бесід з родичами отримувачів та 12 спостережень за "
  "наданням послуги вдома. Анкети заповнили 62 отримувачі послуги, що становить 25,1 % від їх загальної кількості.")
p("4. Результати оцінювання за критеріями", bold=True)
p("Оцінку за кожним критерієм визначено за часткою позитивних відповідей отримувачів: 80–100 % – «добре», "
  "51–79 % – «задовільно», 50 % і менше – «незадовільно».")
p("Таблиця 2. Результати анкетування отримувачів за критеріями якості")
rows = [
    ("Критерій якості", "Частка позитивних відповідей, %", "Оцінка"),
    ("Адресність та індивідуальний підхід", "93,5", "добре"),
    ("Результативність", "88,7", "добре"),
    ("Своєчасність", "75,8", "добре"),
    ("Доступність та відкритість", "95,2", "добре"),
    ("Зручність", "83,9", "добре"),
    ("Повага до гідності отримувача", "100,0", "добре"),
    ("Професійність", "90,3", "добре"),
    ("Загальна оцінка", "–", "добре"),
]
t = d.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, c in enumerate(r):
        t.cell(i, j).text = c
p("5. Кількісні показники", bold=True)
p("Частка отримувачів, у яких за результатами надання послуги поліпшився або стабілізувався стан, становить 91,9 %. "
  "Протягом 2024 року надійшла 1 скарга (щодо графіка відвідувань), її розглянуто, факти не підтвердилися. "
  "Випадків порушення конфіденційності не виявлено.")
p("6. Висновки та рекомендації", bold=True)
p("За результатами зовнішньої оцінки якість надання соціальної послуги догляду вдома Територіальним центром визнано "
  "такою, що відповідає рівню «добре».")
p("Рекомендовано: 1) до 01.07.2025 переглянути графіки відвідувань отримувачів у віддалених селах; 2) укомплектувати "
  "2 вакантні посади соціальних робітників.")
p("Голова комісії                                        (підпис)")
p("28.03.2025")

path = report_path(DOC)
d.save(path)
freeze_zip(path)

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Звенигородської міської ради",
    "centre_type": "tcso",
    "settlement": "Звенигородка",
    "oblast": "Черкаська",
    "report_kind": "external_assessment",
    "period_start": "2024-01-01",
    "period_end": "2024-12-31",
})
HC = "home_care"
f_srv = g.f("served", "persons", 247, "послугою догляду вдома було охоплено 247 осіб", service=HC)
f_w = g.f("served", "persons", 163, "з яких 163 жінки", service=HC, category="жінки", group="served_247_by_sex",
          parent=f_srv)
f_m = g.f("served", "persons", 84, "84 чоловіки", service=HC, category="чоловіки", group="served_247_by_sex",
          parent=f_srv)
f_end = g.f("served", "persons", 214, "Станом на 31.12.2024 послугу отримували 214 осіб", service=HC,
            label="станом на 31.12.2024", alt=["support_ongoing"])
f_stop = g.f("support_completed", "persons", 33, "надання послуги припинено 33 отримувачам", service=HC,
             alt=["deregistered"])
o1 = g.f("outcome_other", "persons", 21, "у зв'язку зі смертю – 21", service=HC, label="смерть",
         alt=["deregistered"], group="stopped_33_by_reason", parent=f_stop)
o2 = g.f("outcome_other", "persons", 5, "у зв'язку з влаштуванням до інтернатних установ – 5", service=HC,
         label="влаштування до інтернатних установ", alt=["deregistered"], group="stopped_33_by_reason", parent=f_stop)
o3 = g.f("outcome_other", "persons", 7, "за власним бажанням – 7", service=HC, label="за власним бажанням",
         alt=["deregistered"], group="stopped_33_by_reason", parent=f_stop)
f_act = g.f("staff_actual", "staff", 29, "Послугу надають 29 соціальних робітників", service=HC,
            label="соціальні робітники")
f_pos = g.f("staff_positions", "positions", 31, "при 31 штатній посаді", service=HC, label="соціальні робітники")
f_tr = g.f("staff_trained", "staff", 4, "4 працівники протягом року пройшли навчання")
f_sv = g.f("survey_respondents", "recipients", 62, "Анкети заповнили 62 отримувачі послуги, що становить 25,1 %",
           percent=25.1, service=HC, unit_alt="persons")
crit = [
    ("Адресність та індивідуальний підхід\t93,5\tдобре", "targeting", 93.5),
    ("Результативність\t88,7\tдобре", "effectiveness", 88.7),
    ("Своєчасність\t75,8\tдобре", "timeliness", 75.8),
    ("Доступність та відкритість\t95,2\tдобре", "accessibility", 95.2),
    ("Зручність\t83,9\tдобре", "convenience", 83.9),
    ("Повага до гідності отримувача\t100,0\tдобре", "dignity", 100),
    ("Професійність\t90,3\tдобре", "professionalism", 90.3),
]
SH, RT = [], []
for q, c, v in crit:
    SH.append(g.f("share", "percent", v, q, service=HC, criterion=c,
                  label="частка позитивних відповідей отримувачів за критерієм", alt=["satisfaction"]))
    RT.append(g.f("rating", "rating", "good", q, service=HC, criterion=c))
f_ov = g.f("rating", "rating", "good", "Загальна оцінка\t–\tдобре", service=HC, criterion="overall")
f_imp = g.f("share", "percent", 91.9,
            "Частка отримувачів, у яких за результатами надання послуги поліпшився або стабілізувався стан, "
            "становить 91,9 %", service=HC,
            label="частка отримувачів, у яких поліпшився або стабілізувався стан")
f_cmp = g.f("complaints", "complaints", 1, "надійшла 1 скарга", service=HC)
f_ov2 = g.f("rating", "rating", "good", "якість надання соціальної послуги догляду вдома Територіальним центром "
            "визнано такою, що відповідає рівню «добре»", service=HC, criterion="overall",
            note="prose repeat of the table's overall rating: a second fact")

BANDS = "[(80, 100, 'good'), (51, 79.99, 'satisfactory'), (0, 50.99, 'unsatisfactory')]"
g.slip("rating_band", "error", "Своєчасність\t75,8\tдобре", "good", "satisfactory", [SH[2], RT[2]],
       "the document's own bands: 80–100 % «добре», 51–79 % «задовільно». Своєчасність has 75,8 % positive answers "
       "(47 of 62) and is rated «добре»; by the bands it is «задовільно». The overall «добре» is not affected "
       "(no band is stated for it).",
       f"band({SH[2]}, {BANDS}) == {RT[2]}")

g.check("parts_sum", "з яких 163 жінки і 84 чоловіки", "163 + 84 = 247", f"{f_w} + {f_m} == {f_srv}")
g.check("parts_sum", "надання послуги припинено 33 отримувачам", "21 + 5 + 7 = 33; 247 − 33 = 214 at the year end",
        f"{o1} + {o2} + {o3} == {f_stop} and {f_srv} - {f_stop} == {f_end}")
g.check("parts_sum", "укомплектувати 2 вакантні посади соціальних робітників", "31 positions − 29 working = 2 vacant",
        f"{f_pos} - {f_act} == 2")
g.check("percent_mismatch", "Анкети заповнили 62 отримувачі послуги, що становить 25,1 %", "62/247 = 25,10 → 25,1",
        f"pct_ok(p{f_sv[1:]}, {f_sv}, {f_srv}, 1)")
g.check("percent_impossible", "Результативність\t88,7\tдобре",
        "every criterion share is reachable with 62 respondents: 58, 55, 47, 59, 52, 62, 56 of 62",
        " and ".join(f"grim_ok({s}, {f_sv}, 1)" for s in SH))
g.check("percent_impossible", "поліпшився або стабілізувався стан, становить 91,9 %",
        "91,9 % is reachable with 247 recipients (227/247 = 91,90)", f"grim_ok({f_imp}, {f_srv}, 1)")
others = [i for i in range(7) if i != 2]
g.check("rating_band", "Результативність\t88,7\tдобре",
        "the six other criteria are ≥ 80 % and rated «добре», as the bands say",
        " and ".join(f"band({SH[i]}, {BANDS}) == {RT[i]}" for i in others))
g.check("percent_range", "Повага до гідності отримувача\t100,0\tдобре", "all shares within 0..100",
        " and ".join(f"0 <= {s} <= 100" for s in SH + [f_imp]))

g.skip("постановою Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449], "legal act date and number")
g.skip("наказу Департаменту від 24.02.2025 № 41-од", [24, 2, 2025, 41], "order date and number")
g.skip("у період з 10 по 21 березня 2025 року", [10, 21, 2025], "dates of the assessment")
g.skip("з 01.01.2024 по 31.12.2024", [1, 1, 2024, 31, 12, 2024], "assessed period (used for meta)")
g.skip("До складу комісії увійшли 5 осіб.", [5], "commission members; no §3 id")
g.skip("код ЄДРПОУ 20645713; 20200, м. Звенигородка, вул. Шевченка, 31; тел. (04740) 0-22-84",
       [20645713, 20200, 31, 4740, 2284], "ЄДРПОУ, postcode, address, phone")
g.skip("мешканцям 29 населених пунктів громади", [29], "number of settlements")
g.skip("Середній вік отримувачів – 79 років.", [79], "age")
g.skip("Комісія опрацювала 40 особових справ отримувачів, провела 18 бесід з родичами отримувачів та 12 спостережень",
       [40, 18, 12], "assessment methods (case files, interviews, observations); no §3 id")
g.skip("80–100 % – «добре», 51–79 % – «задовільно», 50 % і менше – «незадовільно»", [80, 100, 51, 79, 50],
       "rating band definitions")
g.skip("Таблиця 2. Результати анкетування отримувачів за критеріями якості", [2], "table number")
g.skip("Випадків порушення конфіденційності не виявлено.", [0], "confidentiality breaches = 0; no §3 id")
g.skip("1) до 01.07.2025 переглянути графіки відвідувань", [1, 1, 7, 2025], "recommendation number and deadline")
g.skip("укомплектувати 2 вакантні посади соціальних робітників", [2], "vacancies in a recommendation (used in a check)")
g.skip("28.03.2025", [28, 3, 2025], "signature date")

g.note("the report is written by the oblast department about the ТЦСО: meta centre is the assessed provider, as the "
       "seed gold does for an external assessment; period is the assessed year 2024 stated in the text")
g.note("criteria table: each row gives a share (unit percent, criterion, alt satisfaction: positive answers of the "
       "surveyed recipients) and a rating; «Загальна оцінка» row gives the overall rating only (its share cell is «–»)")
g.note("the overall rating is written twice (table, conclusions): two facts")
g.note("«надання послуги припинено 33 отримувачам» → support_completed (alt deregistered); reasons → outcome_other "
       "with a label (alt deregistered)")
g.note("«станом на 31.12.2024 послугу отримували 214 осіб» → served with a label, alt support_ongoing")
g.note("«Анкети заповнили 62 отримувачі … 25,1 %» → survey_respondents, unit recipients (alt persons), percent 25.1")
g.write()
