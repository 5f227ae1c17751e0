"""b121_08: self-assessment of the quality of social support (СЖО) by the ЦСС of Слобідсько-Кульчієвецька
сільська рада for 2022, scored in points per criterion with a scoring scale and a summary rating (DOCX,
first person plural)."""
import docx
from docx.shared import Pt
from common import Gold, report_path, save_docx

NAME = "b121_08_slobidka_kulchiievetska_css_internal2022.docx"
# criterion id, name, indicators, max points, points, percent as written, rating as written
CRIT = [("targeting", "Адресність та індивідуальний підхід", 9, 45, 41, "91,1", "добре"),
        ("effectiveness", "Результативність", 8, 40, 31, "82,5", "задовільно"),
        ("timeliness", "Своєчасність", 5, 25, 23, "92,0", "добре"),
        ("accessibility", "Доступність та відкритість", 7, 35, 30, "85,7", "добре"),
        ("convenience", "Зручність", 6, 30, 25, "83,3", "добре"),
        ("dignity", "Повага до гідності", 6, 30, 29, "96,7", "добре"),
        ("professionalism", "Професійність", 8, 40, 36, "90,0", "добре")]
TOTROW = ("Разом", 49, 245, 215, "87,8", "добре")

d = docx.Document()
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)
P = d.add_paragraph
P("Центр соціальних служб Слобідсько-Кульчієвецької сільської ради Кам'янець-Подільського району Хмельницької області")
P("32351, с. Слобідка-Кульчієвецька, вул. Шкільна, 2а, тел. (03849) 0-6-73-15, css.slobidka@example.ua")
d.add_heading("САМООЦІНКА якості надання соціальної послуги соціального супроводу сімей (осіб), які перебувають "
              "у складних життєвих обставинах, за 2022 рік", 1)
P("Самооцінку ми провели робочою групою з 3 фахівців з 9 по 20 січня 2023 року відповідно до наказу директора "
  "від 05.01.2023 № 2-к. Ми вивчили 21 особову справу сімей, опитали 27 отримувачів послуги та порівняли "
  "нашу роботу з вимогами Державного стандарту соціального супроводу сімей (осіб), які перебувають у складних "
  "життєвих обставинах.")
d.add_heading("1. Що ми оцінювали", 2)
P("У 2022 році соціальний супровід ми надавали 34 сім'ям, у яких виховується 68 дітей; 19 з цих сімей взяли "
  "під супровід протягом року. Завершили супровід 16 сімей: у 11 сім'ях складні життєві обставини подолано, у 3 – "
  "мінімізовано, 2 сім'ї вибули за межі громади. Послугу надають 5 фахівців із соціальної роботи (штатних посад "
  "– 6). Скарг на надання послуги у 2022 році не надходило.")
d.add_heading("2. Шкала оцінювання", 2)
P("Кожен показник ми оцінювали від 0 до 5 балів:")
scale = [["Бали", "Значення"], ["5", "вимога виконується повністю в усіх справах"],
         ["4", "виконується, поодинокі незначні недоліки"], ["3", "виконується з недоліками, що не впливають на результат"],
         ["1–2", "виконується частково"], ["0", "не виконується"]]
t = d.add_table(rows=len(scale), cols=2); t.style = "Table Grid"
for i, r in enumerate(scale):
    for j, c in enumerate(r):
        t.cell(i, j).text = c
P("За сумою балів кожного критерію обчислюємо відсоток від максимально можливої кількості: 85–100 % – «добре», "
  "60–84,9 % – «задовільно», менше 60 % – «незадовільно».")
d.add_heading("3. Результати самооцінки", 2)
rows = [["Критерій", "Показників", "Максимум балів", "Отримано балів", "% від максимуму", "Оцінка"]]
rows += [[n, str(k), str(m), str(p), pc, r] for _, n, k, m, p, pc, r in CRIT]
rows += [[str(x) for x in TOTROW]]
t = d.add_table(rows=len(rows), cols=6); t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, c in enumerate(r):
        t.cell(i, j).text = c
P("Найвищий результат маємо за критерієм «Повага до гідності» – 29 балів із 30 можливих. За критерієм "
  "«Адресність та індивідуальний підхід» отримали 41 бал із 45 можливих: індивідуальний план є в кожній "
  "справі (5 балів з 5), але його перегляд не рідше ніж раз на 3 місяці забезпечено не завжди (3 бали з 5, "
  "у 4 справах із 21 перегляд запізнився).")
P("Найнижче оцінено «Результативність» – 31 бал із 40 можливих. Причина – 2 сім'ї, які вибули, та сім'ї, де "
  "обставини лише мінімізовано. За критерієм «Зручність» отримали 25 балів із 30: у 2 старостинських округах "
  "немає окремого приміщення для зустрічей із сім'ями.")
P("Опитування показало, що послугою задоволені 25 з 27 опитаних отримувачів (92,6 %).")
d.add_heading("4. Висновок", 2)
P("Загалом ми набрали 215 балів із 245 можливих, що становить 87,8 % і відповідає рівню «добре». "
  "До 01.04.2023 плануємо облаштувати кімнату для зустрічей в одному з цих старостинських округів та "
  "запровадити електронне нагадування про перегляд індивідуальних планів.")
P("Робоча група: 3 підписи")
save_docx(d, report_path(NAME), author="ЦСС Слобідсько-Кульчієвецької сільської ради")

g = Gold(NAME, {"centre": "Центр соціальних служб Слобідсько-Кульчієвецької сільської ради", "centre_type": "css",
                "settlement": "Слобідка-Кульчієвецька", "oblast": "Хмельницька", "report_kind": "internal_assessment",
                "period_start": "2022-01-01", "period_end": "2022-12-31"},
         {"centre": ["Центр соціальних служб Слобідсько-Кульчієвецької сільської ради Кам'янець-Подільського району Хмельницької області"],
          "settlement": ["Слобідсько-Кульчієвецька сільська громада"]})
F = g.f
SV = "social_support_sjo"
sup = F("served", "families", 34, "соціальний супровід ми надавали 34 сім'ям", service=SV, alt=["support_ongoing"])
F("served", "children", 68, "у яких виховується 68 дітей", service=SV, alt=["support_ongoing"], parent=sup)
stt = F("support_started", "families", 19, "19 з цих сімей взяли під супровід протягом року", service=SV, parent=sup)
comp = F("support_completed", "families", 16, "Завершили супровід 16 сімей", service=SV, parent=sup)
o1 = F("outcome_positive", "families", 11, "у 11 сім'ях складні життєві обставини подолано", service=SV, group="completed_16_by_outcome", parent=comp)
o2 = F("outcome_minimized", "families", 3, "у 3 – мінімізовано", service=SV, group="completed_16_by_outcome", parent=comp)
o3 = F("outcome_other", "families", 2, "2 сім'ї вибули за межі громади", service=SV, label="вибули за межі громади",
       group="completed_16_by_outcome", parent=comp)
act = F("staff_actual", "staff", 5, "Послугу надають 5 фахівців із соціальної роботи", label="фахівці із соціальної роботи")
pos = F("staff_positions", "positions", 6, "(штатних посад – 6)")
F("complaints", "complaints", 0, "Скарг на надання послуги у 2022 році не надходило.")
resp = F("survey_respondents", "recipients", 27, "опитали 27 отримувачів послуги", service=SV, unit_alt="persons")
UA = {"добре": "good", "задовільно": "satisfactory"}
sh, rt = [], []
for cid, n, k, m, p, pc, r in CRIT:
    q = f"{n}\t{k}\t{m}\t{p}\t{pc}\t{r}"
    v = float(pc.replace(",", "."))
    v = int(v) if v.is_integer() else v
    sh.append(F("share", "percent", v, q, criterion=cid, service=SV, label=f"% від максимуму балів: {n}", alt=["satisfaction"]))
    rt.append(F("rating", "rating", UA[r], q, criterion=cid, service=SV))
TQ = "Разом\t49\t245\t215\t87,8\tдобре"
osh = F("share", "percent", 87.8, TQ, criterion="overall", service=SV, label="% від максимуму балів: разом", alt=["satisfaction"])
ort = F("rating", "rating", "good", TQ, criterion="overall", service=SV)
osh2 = F("share", "percent", 87.8, "Загалом ми набрали 215 балів із 245 можливих, що становить 87,8 %", criterion="overall",
         service=SV, label="% від максимуму балів: висновок (повтор)", alt=["satisfaction"])
ort2 = F("rating", "rating", "good", "відповідає рівню «добре»", criterion="overall", service=SV, label="висновок (повтор)")
sat = F("satisfaction", "percent", 92.6, "послугою задоволені 25 з 27 опитаних отримувачів (92,6 %)", service=SV)
BANDS = "[(85, 100, 'good'), (60, 84.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
g.slip("percent_mismatch", "error", "Результативність\t8\t40\t31\t82,5\tзадовільно", 82.5, 77.5, [sh[1]],
       "31 of 40 points is 77,5 %, not 82,5 % (82,5 % would be 33 points); the rating «задовільно» holds either way. Points are skipped (no §3 id) and enter the check as literals",
       f"pct_ok({sh[1]}, 31, 40, 1)", slip=1)
g.slip("rating_band", "error", "Зручність\t6\t30\t25\t83,3\tдобре", "good", "satisfactory", [sh[4], rt[4]],
       "Зручність 25 of 30 points = 83,3 % is rated «добре», but the document's scale gives «добре» only from 85 %; 83,3 % is «задовільно» (60–84,9 %)",
       f"band({sh[4]}, {BANDS}) == {rt[4]}", slip=2)
C = g.check
for i, (cid, n, k, m, p, pc, r) in enumerate(CRIT):
    q = f"{n}\t{k}\t{m}\t{p}\t{pc}\t{r}"
    if i != 1:
        C("percent_mismatch", q, f"{n}: {p}/{m} = {pc} %", f"pct_ok({sh[i]}, {p}, {m}, 1)")
    if i != 4:
        C("rating_band", q, f"{n}: {pc} % → {r}", f"band({sh[i]}, {BANDS}) == {rt[i]}")
C("table_arithmetic", TQ, "indicators 9+8+5+7+6+6+8 = 49; max 45+40+25+35+30+30+40 = 245; points 41+31+23+30+25+29+36 = 215 (points are skipped literals)",
  "9+8+5+7+6+6+8 == 49 and 45+40+25+35+30+30+40 == 245 and 41+31+23+30+25+29+36 == 215")
C("percent_mismatch", TQ, "215/245 = 87,76 → 87,8; overall rating «добре» on the scale", f"pct_ok({osh}, 215, 245, 1) and band({osh}, {BANDS}) == {ort}")
C("internal_conflict", "Загалом ми набрали 215 балів із 245 можливих, що становить 87,8 % і відповідає рівню «добре»",
  "conclusion repeats the table's Разом row", f"{osh2} == {osh} and {ort2} == {ort}")
C("parts_sum", "Завершили супровід 16 сімей", "11 + 3 + 2 = 16", f"{o1} + {o2} + {o3} == {comp}")
C("parts_sum", "19 з цих сімей взяли", "19 ≤ 34 and 16 ≤ 34", f"{stt} <= {sup} and {comp} <= {sup}")
C("percent_mismatch", "послугою задоволені 25 з 27 опитаних отримувачів (92,6 %)", "25/27 = 92,59 → 92,6 (25 is a skipped literal)", f"pct_ok({sat}, 25, {resp}, 1)")
C("parts_sum", "Послугу надають 5 фахівців із соціальної роботи (штатних посад", "5 ≤ 6", f"{act} <= {pos}")
S = g.skip
S("32351, с. Слобідка-Кульчієвецька, вул. Шкільна, 2а, тел. (03849) 0-6-73-15", [32351, 2, 3849, 67315], "postcode, address, phone")
S("у складних життєвих обставинах, за 2022 рік", [2022], "year in the title")
S("Самооцінку ми провели робочою групою з 3 фахівців з 9 по 20 січня 2023 року", [3, 9, 20, 2023], "working group size, assessment dates")
S("від 05.01.2023 № 2-к", [5, 1, 2023, 2], "order date and number")
S("Ми вивчили 21 особову справу сімей", [21], "case files studied (method)")
S("1. Що ми оцінювали", [1, 2, 3, 4], "section numbers")
S("Кожен показник ми оцінювали від 0 до 5 балів:", [0, 5], "scoring scale")
S("Бали\tЗначення", [5, 4, 3, 1, 2, 0], "scale table (points)")
S("85–100 % – «добре», 60–84,9 % – «задовільно», менше 60 % – «незадовільно»", [85, 100, 60, 84.9, 60], "the document's rating bands")
S("Критерій\tПоказників\tМаксимум балів\tОтримано балів\t% від максимуму\tОцінка", [9, 8, 5, 7, 6, 6, 8, 49, 45, 40, 25, 35, 30, 30, 40, 245, 41, 31, 23, 30, 25, 29, 36, 215],
  "table columns of indicator counts, maximum points and points obtained: scores, no §3 id (used as literals; the % column and ratings are facts)")
S("29 балів із 30 можливих", [29, 30], "points (repeat of the table)")
S("отримали 41 бал із 45 можливих", [41, 45], "points (repeat of the table)")
S("(5 балів з 5)", [5, 5], "points of one indicator")
S("не рідше ніж раз на 3 місяці забезпечено не завжди (3 бали з 5, у 4 справах із 21 перегляд запізнився)", [3, 3, 5, 4, 21], "frequency, points, case-file counts")
S("31 бал із 40 можливих", [31, 40], "points (repeat of the table)")
S("Причина – 2 сім'ї, які вибули", [2], "repeat of the 2 families that moved away (already a fact), given as a reason")
S("25 балів із 30: у 2 старостинських округах", [25, 30, 2], "points; number of starosta districts")
S("задоволені 25 з 27", [25], "count of satisfied respondents; no §3 count id (used as a literal)")
S("Загалом ми набрали 215 балів із 245 можливих", [215, 245], "points (repeat of the table)")
S("До 01.04.2023 плануємо", [1, 4, 2023], "plan deadline")
S("Робоча група: 3 підписи", [3], "signatures")
g.note("points have no §3 id (scores are skipped, as in blind18); each criterion's «% від максимуму» is a share (criterion, alt satisfaction) and its «Оцінка» a rating. Points enter the checks as literals")
g.note("the Разом row gives share 87,8 (overall) and rating good; the conclusion repeats both: two more facts labelled as repeats")
g.note("two planted slips: Результативність 31/40 written as 82,5 % (percent_mismatch on the derived column), and Зручність 83,3 % rated «добре» below the document's own 85 % threshold (rating_band)")
g.note("«Завершили супровід 16 сімей» → support_completed; «вибули за межі громади» → outcome_other with a label")
g.note("respondents «27 отримувачів послуги» → recipients (unit_alt persons)")
g.write()
