"""b59_04: ЦСС Міжгірської селищної ради (Закарпатська), internal quality assessment of the social
support (соціальний супровід) of families in СЖО provided in 2024. DOCX, first person plural, a criteria
table (criterion / % of positive answers / rating) and the document's own rating bands.
Planted slip: rating_band — «Захист та безпека» 75,8 % is rated «добре», but the text's band for
«добре» is 80–100 %."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b59_04_mizhhiria_css_internal2024.docx"

d = docx.Document()
d.styles["Normal"].font.name = "Times New Roman"
d.styles["Normal"].font.size = Pt(13)
P = d.add_paragraph

P("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ МІЖГІРСЬКОЇ СЕЛИЩНОЇ РАДИ").runs[0].bold = True
P("90000, Закарпатська обл., Хустський р-н, селище Міжгір\u2019я, вул. Шевченка, 87, тел. (03146) 0-21-93, "
  "код ЄДРПОУ 43617825")
P("ЗВІТ про результати внутрішньої оцінки якості соціальної послуги соціального супроводу сімей (осіб), "
  "які перебувають у складних життєвих обставинах, за 2024 рік").runs[0].bold = True
P("Внутрішню оцінку ми провели відповідно до наказу директора Центру від 06.01.2025 № 3-од у період з "
  "13 по 24 січня 2025 року. До складу робочої групи увійшли 4 працівники Центру.")
P("Протягом 2024 року послугу соціального супроводу отримували 41 сім\u2019я, у яких виховується 93 дитини. "
  "Із них 28 сімей ми взяли під супровід у 2024 році, а 13 сімей перейшли на супровід з 2023 року.")
P("Надання послуги завершено 26 сім\u2019ям, а саме: з позитивним результатом (подолано складні життєві "
  "обставини) – 19 сімей (73,1 %), мінімізовано складні життєві обставини – 4 сім\u2019ї, у зв\u2019язку зі "
  "зміною місця проживання – 2 сім\u2019ї, через відмову від послуги – 1 сім\u2019я. На 2025 рік продовжено "
  "супровід 15 сімей.")
P("Для оцінки ми вивчили 20 особових справ отримувачів і провели анкетування. В анкетуванні взяли участь "
  "33 отримувачі послуги, що становить 80,5 % від кількості сімей, які отримували супровід.")
P("Рівень якості за кожним критерієм визначали за часткою позитивних відповідей: від 80 до 100 % – "
  "«добре», від 60 до 79,9 % – «задовільно», менше 60 % – «незадовільно».")
P("Таблиця 2. Результати оцінки за критеріями")
crit = [
    ("1", "Адресність та індивідуальний підхід", "93,9", "добре", "targeting", 93.9, "good"),
    ("2", "Результативність", "78,8", "задовільно", "effectiveness", 78.8, "satisfactory"),
    ("3", "Своєчасність", "84,8", "добре", "timeliness", 84.8, "good"),
    ("4", "Доступність та відкритість", "90,9", "добре", "accessibility", 90.9, "good"),
    ("5", "Повага до гідності отримувача", "97,0", "добре", "dignity", 97, "good"),
    ("6", "Професійність", "87,9", "добре", "professionalism", 87.9, "good"),
    ("7", "Захист та безпека", "75,8", "добре", "safety", 75.8, "good"),
    ("8", "Конфіденційність інформації", "81,8", "добре", "confidentiality", 81.8, "good"),
]
t = d.add_table(rows=1, cols=4)
t.style = "Table Grid"
for i, h in enumerate(("№ з/п", "Критерій", "Частка позитивних відповідей, %", "Рівень якості")):
    t.rows[0].cells[i].text = h
for r in crit:
    c = t.add_row().cells
    for i in range(4):
        c[i].text = r[i]
P("Загальна оцінка якості соціальної послуги соціального супроводу – «добре».")
P("Послугу надають 4 фахівці із соціальної роботи (за штатом – 5 посад); середнє навантаження – 10 сімей на "
  "одного фахівця. У 2024 році 3 фахівці пройшли навчання за програмою «Робота з сім\u2019ями, які виховують "
  "дітей з інвалідністю» (48 годин).")
P("Скарг від отримувачів послуги протягом 2024 року не надходило.")
P("Рекомендації: 1) до 01.07.2025 переглянути план заходів з безпеки під час відвідувань сімей; 2) посилити "
  "роботу щодо результативності супроводу сімей, у яких виховується 3 і більше дітей.")
P("Директор Центру                                   (підпис)")

fix_docx_props(d, author="ЦСС Міжгір'я")
d.save(report_path(DOC))
freeze_zip(report_path(DOC))

g = Gold(DOC, {
    "centre": "Центр соціальних служб Міжгірської селищної ради", "centre_type": "css",
    "settlement": "Міжгір'я", "oblast": "Закарпатська", "report_kind": "internal_assessment",
    "period_start": "2024-01-01", "period_end": "2024-12-31"})
S = "social_support_sjo"
f_fam = g.f("served", "families", 41, "послугу соціального супроводу отримували 41 сім'я", service=S,
            alt=["support_ongoing"])
f_ch = g.f("served", "children", 93, "у яких виховується 93 дитини", service=S, alt=["support_ongoing"], parent=f_fam)
f_st = g.f("support_started", "families", 28, "Із них 28 сімей ми взяли під супровід у 2024 році", service=S,
           group="served_41_by_start", parent=f_fam)
f_cont = g.f("served", "families", 13, "а 13 сімей перейшли на супровід з 2023 року", service=S,
             label="продовжували з 2023 року", alt=["support_ongoing"], group="served_41_by_start", parent=f_fam)
f_cmp = g.f("support_completed", "families", 26, "Надання послуги завершено 26 сім'ям", service=S, parent=f_fam)
f_pos = g.f("outcome_positive", "families", 19, "обставини) – 19 сімей (73,1 %)", service=S, percent=73.1,
            group="completed_26_by_outcome", parent=f_cmp)
f_min = g.f("outcome_minimized", "families", 4, "мінімізовано складні життєві обставини – 4 сім'ї", service=S,
            group="completed_26_by_outcome", parent=f_cmp)
f_o1 = g.f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2 сім'ї", service=S,
           label="зміна місця проживання", group="completed_26_by_outcome", parent=f_cmp)
f_o2 = g.f("outcome_other", "families", 1, "через відмову від послуги – 1 сім'я", service=S,
           label="відмова від послуги", group="completed_26_by_outcome", parent=f_cmp)
f_on = g.f("support_ongoing", "families", 15, "На 2025 рік продовжено супровід 15 сімей.", service=S, parent=f_fam)
f_sv = g.f("survey_respondents", "recipients", 33, "33 отримувачі послуги, що становить 80,5 %", unit_alt="persons",
           percent=80.5, service=S)
shares, ratings = [], []
for n, name, pc, rt, cid, val, rid in crit:
    q = f"{n}\t{name}\t{pc}\t{rt}"
    shares.append(g.f("share", "percent", val, q, criterion=cid, service=S, alt=["satisfaction"],
                      label="частка позитивних відповідей"))
    ratings.append(g.f("rating", "rating", rid, q, criterion=cid, service=S))
f_ov = g.f("rating", "rating", "good", "Загальна оцінка якості соціальної послуги соціального супроводу – «добре».",
           criterion="overall", service=S)
f_sa = g.f("staff_actual", "staff", 4, "Послугу надають 4 фахівці із соціальної роботи")
f_sp = g.f("staff_positions", "positions", 5, "(за штатом – 5 посад)")
f_tr = g.f("staff_trained", "staff", 3, "3 фахівці пройшли навчання")
f_c = g.f("complaints", "complaints", 0, "Скарг від отримувачів послуги протягом 2024 року не надходило.")

B = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
i7 = 6
g.slip("rating_band", "error", "7\tЗахист та безпека\t75,8\tдобре", "good", "satisfactory",
       [shares[i7], ratings[i7]],
       "75,8 % lies in the document's own band 60–79,9 % «задовільно», but the table rates it «добре»",
       f"band({shares[i7]}, {B}) == {ratings[i7]}")
for k in range(8):
    if k == i7:
        continue
    g.check("rating_band", f"{crit[k][0]}\t{crit[k][1]}\t{crit[k][2]}\t{crit[k][3]}",
            f"{crit[k][2]} % → «{crit[k][3]}» per the document's bands", f"band({shares[k]}, {B}) == {ratings[k]}")
g.check("percent_impossible", "Таблиця 2. Результати оцінки за критеріями",
        "every criterion share is k/33 for a whole k (31, 26, 28, 30, 32, 29, 25, 27)",
        "all([" + ", ".join(f"grim_ok({s}, {f_sv}, 1)" for s in shares) + "])")
g.check("parts_sum", "Із них 28 сімей ми взяли під супровід у 2024 році", "28 + 13 = 41", f"{f_st} + {f_cont} == {f_fam}")
g.check("parts_sum", "Надання послуги завершено 26 сім'ям, а саме", "19 + 4 + 2 + 1 = 26",
        f"{f_pos} + {f_min} + {f_o1} + {f_o2} == {f_cmp}")
g.check("parts_sum", "На 2025 рік продовжено супровід 15 сімей.", "41 − 26 completed = 15 continued",
        f"{f_fam} - {f_cmp} == {f_on}")
g.check("percent_mismatch", "19 сімей (73,1 %)", "19 / 26 = 73,08 % → 73,1", f"pct_ok(p{f_pos[1:]}, {f_pos}, {f_cmp}, 1)")
g.check("percent_mismatch", "33 отримувачі послуги, що становить 80,5 %", "33 / 41 = 80,49 % → 80,5",
        f"pct_ok(p{f_sv[1:]}, {f_sv}, {f_fam}, 1)")
g.check("parts_sum", "Послугу надають 4 фахівці із соціальної роботи", "4 ≤ 5; 3 trained ≤ 4; 41 families / 4 ≈ 10 per specialist (literal)",
        f"{f_sa} <= {f_sp} and {f_tr} <= {f_sa} and round({f_fam} / {f_sa}) == 10")

g.skip("90000, Закарпатська обл., Хустський р-н, селище Міжгір'я, вул. Шевченка, 87, тел. (03146) 0-21-93, код ЄДРПОУ 43617825",
       [90000, 87, 3146, 2193, 43617825], "postcode, address, phone, ЄДРПОУ")
g.skip("відповідно до наказу директора Центру від 06.01.2025 № 3-од у період з 13 по 24 січня 2025 року.",
       [6, 1, 2025, 3, 13, 24, 2025], "order date/number, assessment dates")
g.skip("До складу робочої групи увійшли 4 працівники Центру.", [4], "working group size")
g.skip("Для оцінки ми вивчили 20 особових справ отримувачів", [20], "case files studied (method)")
g.skip("від 80 до 100 % – «добре», від 60 до 79,9 % – «задовільно», менше 60 % – «незадовільно».", [80, 100, 60, 79.9, 60],
       "rating band definitions")
g.skip("Таблиця 2. Результати оцінки за критеріями", [2], "table number")
g.skip("№ з/п", [1, 2, 3, 4, 5, 6, 7, 8], "row numbers")
g.skip("середнє навантаження – 10 сімей на одного фахівця", [10], "ratio (caseload)")
g.skip("дітей з інвалідністю» (48 годин).", [48], "duration")
g.skip("до 01.07.2025 переглянути план заходів з безпеки", [1, 7, 2025], "recommendation deadline")
g.skip("у яких виховується 3 і більше дітей.", [3], "family size in a recommendation")
g.skip("Рекомендації: 1)", [1, 2], "recommendation numbers")
g.note("first person plural («ми провели», «ми взяли»)")
g.note("criteria table: every row gives a share (share with criterion, alt satisfaction) and a rating; quoted by the row")
g.note("«13 сімей перейшли на супровід з 2023 року» → served with a label (alt support_ongoing); with the 28 taken in 2024 it partitions the 41")
g.note("«На 2025 рік продовжено супровід 15 сімей» → support_ongoing (a 2024 figure)")
g.note("the survey's 33 respondents carry percent 80,5 (of the 41 families)")
g.write()
