"""b67_06: external quality assessment of the social support (СЖО) provided in 2023 by the Центр соціальних
служб Стеблівської селищної ради (Черкаська), written by the селищна рада's відділ соціального захисту.
DOCX with a criteria table (criterion / % positive answers / rating). «Комісією встановлено», «рекомендуємо»."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

NAME = "b67_06_stebliv_css_external2023.docx"
doc = Document()
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(12)


def p(text, bold=False, center=False):
    para = doc.add_paragraph()
    para.add_run(text).bold = bold
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER


p("ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ВИКОНАВЧОГО КОМІТЕТУ СТЕБЛІВСЬКОЇ СЕЛИЩНОЇ РАДИ", True, True)
p("АКТ-ЗВІТ", True, True)
p("за результатами зовнішньої оцінки якості соціальної послуги соціального супроводу сімей (осіб), які "
  "перебувають у складних життєвих обставинах, наданої Центром соціальних служб Стеблівської селищної "
  "ради у 2023 році", True, True)
p("Підстава: розпорядження селищного голови від 15.01.2024 № 9-р. Оцінку проводила комісія у складі "
  "4 осіб з 22.01.2024 по 02.02.2024.")
p("Надавач: Центр соціальних служб Стеблівської селищної ради; 19430, Черкаська обл., Звенигородський "
  "р-н, смт Стеблів, вул. Шевченка, 33; тел. (04735) 0-28-44; код ЄДРПОУ 44102637.")
p("І. Загальні відомості про надання послуги", True)
p("Протягом 2023 року послугу соціального супроводу Центр надав 43 сім'ям, у яких виховувалося 96 дітей. "
  "Завершено супровід 31 сім'ї, з них: з позитивним результатом – 18 (58,1 %), з мінімізацією складних "
  "життєвих обставин – 9 (29,0 %), без результату – 4 (13,9 %). Решті 12 сімей надання послуги "
  "продовжено у 2024 році.")
p("Послугу надавали 5 фахівців із соціальної роботи при штатній чисельності 6 посад. Усі 5 фахівців "
  "у 2023 році пройшли навчання за програмою «Кейс-менеджмент у громаді» (40 годин). Фахівці здійснили "
  "412 відвідувань сімей за місцем проживання.")
p("ІІ. Методи оцінки", True)
p("Комісія вивчила 20 особових справ отримувачів (вибірково), провела співбесіди з 5 працівниками Центру "
  "та опитала 24 отримувачі послуги. Оцінку за критеріями здійснено за часткою позитивних відповідей "
  "опитаних.")
p("Шкала оцінювання: «добре» – 85–100 %, «задовільно» – 60–84 %, «незадовільно» – нижче 60 %.")
p("ІІІ. Результати оцінки")
rows = [("Критерій", "Частка позитивних відповідей, %", "Оцінка"),
        ("Адресність та індивідуальний підхід", "95,8", "добре"),
        ("Доступність та відкритість", "87,5", "добре"),
        ("Своєчасність", "79,2", "задовільно"),
        ("Повага до гідності отримувача", "100", "добре"),
        ("Професійність", "91,7", "добре"),
        ("Результативність", "70,8", "задовільно"),
        ("Загальна оцінка якості послуги", "", "добре")]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        t.cell(i, j).text = v
p("Скарг від отримувачів послуги за 2023 рік не надходило. Комісією встановлено, що у 3 з 20 вивчених "
  "справ плани надання послуги не підписані отримувачами, у 2 справах оцінку потреб оновлено із "
  "запізненням понад 30 днів.")
p("ІV. Висновок", True)
p("Якість соціальної послуги соціального супроводу сімей (осіб), які перебувають у складних життєвих "
  "обставинах, наданої Центром у 2023 році, оцінено як «добре».")
p("Рекомендуємо: 1) до 01.04.2024 усунути недоліки в оформленні справ; 2) переглядати оцінку потреб не "
  "рідше ніж раз на 3 місяці; 3) звітувати про виконання рекомендацій до 15.05.2024.")
p("Голова комісії                    (підпис)                    06.02.2024")
fix_docx_props(doc, author="Відділ соцзахисту")
doc.save(report_path(NAME))
freeze_zip(report_path(NAME))

g = Gold(NAME, {
    "centre": "Центр соціальних служб Стеблівської селищної ради",
    "centre_type": "css",
    "settlement": "Стеблів",
    "oblast": "Черкаська",
    "report_kind": "external_assessment",
    "period_start": "2023-01-01",
    "period_end": "2023-12-31",
})
f = g.f
SS = "social_support_sjo"
s43 = f("served", "families", 43, "послугу соціального супроводу Центр надав 43 сім'ям", service=SS,
        alt=["support_ongoing"])
f("served", "children", 96, "у яких виховувалося 96 дітей", service=SS, alt=["support_ongoing"], parent=s43)
c31 = f("support_completed", "families", 31, "Завершено супровід 31 сім'ї", service=SS, parent=s43)
o1 = f("outcome_positive", "families", 18, "з позитивним результатом – 18 (58,1 %)", percent=58.1, service=SS,
       group="completed_31_by_result", parent=c31)
o2 = f("outcome_minimized", "families", 9, "з мінімізацією складних життєвих обставин – 9 (29,0 %)",
       percent=29, service=SS, group="completed_31_by_result", parent=c31)
o3 = f("outcome_negative", "families", 4, "без результату – 4 (13,9 %)", percent=13.9, service=SS,
       group="completed_31_by_result", parent=c31)
on = f("support_ongoing", "families", 12, "Решті 12 сімей надання послуги продовжено у 2024 році", service=SS,
       parent=s43)
sa = f("staff_actual", "staff", 5, "Послугу надавали 5 фахівців із соціальної роботи")
sp = f("staff_positions", "positions", 6, "при штатній чисельності 6 посад")
stt = f("staff_trained", "staff", 5, "Усі 5 фахівців у 2023 році пройшли навчання")
sv = f("survey_respondents", "recipients", 24, "опитала 24 отримувачі послуги", unit_alt="persons")
crit = ["targeting", "accessibility", "timeliness", "dignity", "professionalism", "effectiveness"]
vals = {}
rts = {}
for i, r in enumerate(rows[1:7]):
    q = "\t".join(r)
    v = float(r[1].replace(",", "."))
    v = int(v) if v.is_integer() else v
    vals[crit[i]] = f("share", "percent", v, q, service=SS, criterion=crit[i], alt=["satisfaction"],
                      label="частка позитивних відповідей опитаних")
    rts[crit[i]] = f("rating", "rating", "good" if r[2] == "добре" else "satisfactory", q, service=SS,
                     criterion=crit[i])
ov1 = f("rating", "rating", "good", "Загальна оцінка якості послуги\t\tдобре", service=SS, criterion="overall")
ov2 = f("rating", "rating", "good", "наданої Центром у 2023 році, оцінено як «добре»", service=SS, criterion="overall")
f("complaints", "complaints", 0, "Скарг від отримувачів послуги за 2023 рік не надходило.", service=SS)

q3 = "з позитивним результатом – 18 (58,1 %), з мінімізацією складних життєвих обставин – 9 (29,0 %), без результату – 4 (13,9 %)"
g.slip("percent_mismatch", "error", "без результату – 4 (13,9 %)", 13.9, 12.9, [o3, c31],
       "4 of the 31 completed is 12,90 %, not 13,9 %", f"pct_ok(p{o3[1:]}, {o3}, {c31}, 1)", slip=1)
g.slip("percents_sum", "error", q3, 101.0, 100, [o1, o2, o3],
       "58,1 + 29,0 + 13,9 = 101,0 % for one partition of the 31 completed; same slip as the 13,9 %",
       f"psum_ok([p{o1[1:]}, p{o2[1:]}, p{o3[1:]}], 1)", slip=1)
g.check("parts_sum", "Завершено супровід 31 сім'ї, з них:", "18 + 9 + 4 = 31", f"{o1} + {o2} + {o3} == {c31}")
g.check("percent_mismatch", "з позитивним результатом – 18 (58,1 %)", "18/31 = 58,06 → 58,1; 9/31 = 29,03 → 29,0",
        f"pct_ok(p{o1[1:]}, {o1}, {c31}, 1) and pct_ok(p{o2[1:]}, {o2}, {c31}, 1)")
g.check("parts_sum", "Решті 12 сімей надання послуги продовжено у 2024 році", "31 completed + 12 continued = 43",
        f"{c31} + {on} == {s43}")
g.check("percent_impossible", "Адресність та індивідуальний підхід\t95,8\tдобре",
        "each criterion share is a whole count of 24 (23, 21, 19, 24, 22, 17)",
        " and ".join(f"grim_ok({vals[c]}, {sv}, 1)" for c in crit))
B = "[(85, 100, 'good'), (60, 84.99, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"
g.check("rating_band", "Шкала оцінювання: «добре» – 85–100 %",
        "each rating matches the document's bands (79,2 and 70,8 → задовільно; the rest → добре)",
        " and ".join(f"band({vals[c]}, {B}) == {rts[c]}" for c in crit))
g.check("internal_conflict", "оцінено як «добре»", "overall rating in the table and in the conclusion agree",
        f"{ov1} == {ov2}")
g.check("parts_sum", "Усі 5 фахівців", "5 trained = 5 working ≤ 6 positions", f"{stt} == {sa} and {sa} <= {sp}")

g.skip("у 2023 році", [2023], "assessed year")
g.skip("розпорядження селищного голови від 15.01.2024 № 9-р. Оцінку проводила комісія у складі 4 осіб з "
       "22.01.2024 по 02.02.2024", [15, 1, 2024, 9, 4, 22, 1, 2024, 2, 2, 2024],
       "order date/number, commission size, assessment dates")
g.skip("19430, Черкаська обл., Звенигородський р-н, смт Стеблів, вул. Шевченка, 33; тел. (04735) 0-28-44; "
       "код ЄДРПОУ 44102637", [19430, 33, 4735, 2844, 44102637], "postcode, address, phone, ЄДРПОУ")
g.skip("(40 годин)", [40], "duration")
g.skip("Фахівці здійснили 412 відвідувань сімей за місцем проживання.", [412], "home visits (no §3 id)")
g.skip("Комісія вивчила 20 особових справ отримувачів (вибірково), провела співбесіди з 5 працівниками",
       [20, 5], "sample of case files, interviews (method)")
g.skip("«добре» – 85–100 %, «задовільно» – 60–84 %, «незадовільно» – нижче 60 %", [85, 100, 60, 84, 60],
       "the document's rating bands")
g.skip("у 3 з 20 вивчених справ плани надання послуги не підписані отримувачами, у 2 справах оцінку потреб "
       "оновлено із запізненням понад 30 днів", [3, 20, 2, 30], "findings on case files, duration")
g.skip("Рекомендуємо: 1) до 01.04.2024 усунути недоліки в оформленні справ; 2) переглядати оцінку потреб не "
       "рідше ніж раз на 3 місяці; 3) звітувати про виконання рекомендацій до 15.05.2024.",
       [1, 1, 4, 2024, 2, 3, 3, 15, 5, 2024], "recommendation numbers, deadlines, interval")
g.skip("06.02.2024", [6, 2, 2024], "signature date")
g.note("the report is written by the селищна рада's відділ соціального захисту about the ЦСС; meta centre is "
       "the assessed provider (as in the shared external-assessment gold)")
g.note("«надав 43 сім'ям» of social support → served (alt support_ongoing); «Решті 12 сімей надання послуги "
       "продовжено у 2024 році» → support_ongoing (a 2023 figure that names 2024)")
g.note("criteria table: share with criterion (alt satisfaction) and rating per row; overall rating twice "
       "(table and conclusion) → two facts")
g.note("«Усі 5 фахівців … пройшли навчання» → staff_trained 5")
g.note("one slip (13,9 % for 4 of 31) recorded as two findings (percent_mismatch, percents_sum) sharing the slip id")
g.write()
