"""b26_06: internal quality assessment of home care, КУ «ЦНСП» Іллінецької міської ради (Вінницька), 2025.
Markdown with a band table, a criteria table and footnotes."""
from common import Gold, report_path, write_text

NAME = "b26_06_illintsi_cnsp_internal2025.md"

CRIT = [
    ("1", "Адресність та індивідуальний підхід", "94,4", "добре", "targeting"),
    ("2", "Результативність", "87,5", "добре", "effectiveness"),
    ("3", "Своєчасність", "91,7", "добре", "timeliness"),
    ("4", "Доступність та відкритість", "88,9", "добре", "accessibility"),
    ("5", "Зручність", "79,2", "задовільно", "convenience"),
    ("6", "Повага до гідності отримувача", "100,0", "добре", "dignity"),
    ("7", "Професійність", "83,3", "добре", "professionalism"),
    ("8", "Захист та безпека", "95,8", "добре", "safety"),
    ("9", "Конфіденційність інформації", "97,2", "добре", "confidentiality"),
]
OVERALL = ("Загальна оцінка", "90,9", "добре")

rows = "\n".join(f"| {a} | {b} | {c} | {d} |" for a, b, c, d, _ in CRIT)
TEXT = f"""# Звіт про результати внутрішньої оцінки якості надання соціальної послуги догляду вдома

**Комунальна установа «Центр надання соціальних послуг» Іллінецької міської ради Вінницької області**
Оцінюваний період: 2025 рік

## 1. Загальні відомості

Внутрішню оцінку якості проведено робочою групою у складі 4 осіб відповідно до наказу директора
від 12.01.2026 № 7-од у період з 19 по 30 січня 2026 року[^1]. Методи: анкетування отримувачів,
вивчення особових справ, бесіди із соціальними робітниками.

Протягом 2025 року послугу догляду вдома отримували **134 особи**, серед яких 38 осіб з інвалідністю.
Соціальні робітники надали 9 872 послуги. Послугу надають 23 соціальні робітники, кожен
обслуговує в середньому 5–6 осіб.

В анкетуванні взяли участь 72 отримувачі (53,7 % від загальної кількості отримувачів послуги).
Середній вік опитаних – 78 років.

## 2. Шкала оцінювання

| Рівень | Частка позитивних відповідей |
|---|---|
| «добре» | від 85 до 100 % |
| «задовільно» | від 60 до 84,9 % |
| «незадовільно» | менше 60 % |

## 3. Результати за критеріями

Таблиця 2. Частка позитивних відповідей і оцінка за критеріями

| № | Критерій | Позитивні відповіді, % | Оцінка |
|---|---|---|---|
{rows}
| – | {OVERALL[0]} | {OVERALL[1]} | {OVERALL[2]} |

Загальну оцінку визначено як середнє арифметичне дев'яти критеріїв.

Окремо з 72 опитаних частка тих, хто відзначив покращення самопочуття та настрою після початку
обслуговування, становить 76,9 %. Найнижче отримувачі оцінили зручність графіка відвідувань
(соціальний робітник приходить 2–3 рази на тиждень).

## 4. Висновки

- Загальна оцінка якості надання послуги догляду вдома – «добре».
- Скарг від отримувачів протягом 2025 року не надходило; надійшло 3 письмові подяки.
- Штатна чисельність установи – 27 посад, фактично працює 25 працівників; 9 працівників
  у 2025 році пройшли навчання з питань догляду[^2].

## 5. Рекомендації

1. Переглянути графіки відвідувань у 6 населених пунктах з найбільшою кількістю отримувачів
   до 01.06.2026.
2. Провести повторне анкетування у січні 2027 року.

Директор (підпис)
Голова робочої групи (підпис)

[^1]: Методичні рекомендації, затверджені наказом Мінсоцполітики від 27.12.2013 № 904.
[^2]: Курс «Основи догляду» обсягом 40 годин.
"""
write_text(report_path(NAME), TEXT)

g = Gold(NAME, {
    "centre": "Центр надання соціальних послуг Іллінецької міської ради", "centre_type": "cnsp",
    "settlement": "Іллінці", "oblast": "Вінницька", "report_kind": "internal_assessment",
    "period_start": "2025-01-01", "period_end": "2025-12-31"},
    {"centre": ["Комунальна установа «Центр надання соціальних послуг» Іллінецької міської ради",
                "КУ «Центр надання соціальних послуг» Іллінецької міської ради",
                "Комунальна установа «Центр надання соціальних послуг» Іллінецької міської ради Вінницької області"]})
f = g.f
sv = f("served", "persons", 134, "послугу догляду вдома отримували 134 особи", service="home_care")
inv = f("served", "persons", 38, "серед яких 38 осіб з інвалідністю", service="home_care", category="особи з інвалідністю", parent=sv)
f("services_provided", "services", 9872, "Соціальні робітники надали 9 872 послуги", service="home_care")
sw = f("staff_actual", "staff", 23, "Послугу надають 23 соціальні робітники", service="home_care", label="соціальні робітники")
sr = f("survey_respondents", "recipients", 72, "В анкетуванні взяли участь 72 отримувачі (53,7 %", percent=53.7, service="home_care", unit_alt="persons")
RAT = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}
sh, rt = {}, {}
for no, name, pc, r, cid in CRIT:
    q = f"{no}\t{name}\t{pc}\t{r}"
    v = float(pc.replace(",", "."))
    v = int(v) if v.is_integer() else v
    sh[cid] = f("share", "percent", v, q, criterion=cid, service="home_care", label=f"позитивні відповіді: {name}", alt=["satisfaction"])
    rt[cid] = f("rating", "rating", RAT[r], q, criterion=cid, service="home_care")
qo = f"–\t{OVERALL[0]}\t{OVERALL[1]}\t{OVERALL[2]}"
osh = f("share", "percent", 90.9, qo, criterion="overall", service="home_care", label="загальна оцінка, середнє дев'яти критеріїв", alt=["satisfaction"])
ort = f("rating", "rating", "good", qo, criterion="overall", service="home_care")
sr2 = f("survey_respondents", "recipients", 72, "Окремо з 72 опитаних", service="home_care", unit_alt="persons", label="повторно")
imp = f("share", "percent", 76.9, "частка тих, хто відзначив покращення самопочуття та настрою після початку\nобслуговування, становить 76,9 %", service="home_care", label="частка опитаних, які відзначили покращення самопочуття та настрою")
ort2 = f("rating", "rating", "good", "Загальна оцінка якості надання послуги догляду вдома – «добре»", criterion="overall", service="home_care", label="повторно, у висновках")
f("complaints", "complaints", 0, "Скарг від отримувачів протягом 2025 року не надходило")
ps = f("staff_positions", "positions", 27, "Штатна чисельність установи – 27 посад")
ac = f("staff_actual", "staff", 25, "фактично працює 25 працівників")
tr = f("staff_trained", "staff", 9, "9 працівників\nу 2025 році пройшли навчання")

BANDS = "[(85, 100, 'good'), (60, 84.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
pq = "7\tПрофесійність\t83,3\tдобре"
g.slip("rating_band", "error", pq, "good", "satisfactory", [sh["professionalism"], rt["professionalism"]],
       "Професійність 83,3 % is rated «добре», but the document's own band for «добре» is 85–100 % (60–84,9 % is «задовільно»)",
       f"band({sh['professionalism']}, {BANDS}) == {rt['professionalism']}")
g.slip("percent_impossible", "error", "Окремо з 72 опитаних частка тих, хто відзначив покращення самопочуття та настрою після початку\nобслуговування, становить 76,9 %",
       76.9, "76,4 (55 of 72) or 77,8 (56 of 72)", [imp, sr],
       "no whole number of the 72 respondents gives 76,9 % under any rounding: 55/72 = 76,39 %, 56/72 = 77,78 %",
       f"grim_ok({imp}, {sr}, 1)", slip=2)
ok_c = [c for c in sh if c != "professionalism"]
g.check("rating_band", "1\tАдресність та індивідуальний підхід\t94,4\tдобре", "the other eight criteria and the overall line agree with the bands",
        " and ".join(f"band({sh[c]}, {BANDS}) == {rt[c]}" for c in ok_c) + f" and band({osh}, {BANDS}) == {ort}")
g.check("percent_impossible", "1\tАдресність та індивідуальний підхід\t94,4\tдобре", "every criterion share is reachable with 72 respondents (68, 63, 66, 64, 57, 72, 60, 69, 70 of 72)",
        " and ".join(f"grim_ok({sh[c]}, {sr}, 1)" for c in sh))
g.check("table_arithmetic", qo, "overall 90,9 = mean of the nine criteria (818,0 / 9 = 90,89)",
        f"abs(({' + '.join(sh.values())}) / 9 - {osh}) < 0.05")
g.check("percent_mismatch", "В анкетуванні взяли участь 72 отримувачі (53,7 %", "72/134 = 53,73 % → 53,7", f"pct_ok(p{sr[1:]}, {sr}, {sv}, 1)")
g.check("internal_conflict", "Окремо з 72 опитаних", "the 72 respondents repeated", f"{sr2} == {sr}")
g.check("internal_conflict", "Загальна оцінка якості надання послуги догляду вдома – «добре»", "the conclusion repeats the table's overall rating", f"{ort2} == {ort}")
g.check("parts_sum", "фактично працює 25 працівників", "25 ≤ 27; 23 social workers and 9 trained ≤ 25; 38 ≤ 134", f"{ac} <= {ps} and {sw} <= {ac} and {tr} <= {ac} and {inv} <= {sv}")

S = g.skip
S("Оцінюваний період: 2025 рік", [2025], "period (year)")
S("робочою групою у складі 4 осіб", [4], "commission size")
S("від 12.01.2026 № 7-од у період з 19 по 30 січня 2026 року¹", [12, 1, 2026, 7, 19, 30, 2026, 1], "order date/number, assessment dates, footnote mark")
S("кожен\nобслуговує в середньому 5–6 осіб", [5, 6], "caseload ratio")
S("Середній вік опитаних – 78 років.", [78], "age")
S("1. Загальні відомості", [1, 2, 3, 4, 5], "section numbers")
S("«добре»\tвід 85 до 100 %", [85, 100, 60, 84.9, 60], "rating band bounds (used as literals in checks)")
S("«задовільно»\tвід 60 до 84,9 %", [60, 84.9], "rating band bounds")
S("«незадовільно»\tменше 60 %", [60], "rating band bound")
S("Таблиця 2.", [2], "table number")
S("1\tАдресність та індивідуальний підхід", [1, 2, 3, 4, 5, 6, 7, 8, 9], "criterion row numbers")
S("середнє арифметичне дев'яти критеріїв", [9], "number of criteria (word)")
S("(соціальний робітник приходить 2–3 рази на тиждень)", [2, 3], "visit frequency")
S("надійшло 3 письмові подяки", [3], "letters of thanks: no §3 id")
S("у 2025 році пройшли навчання з питань догляду²", [2025, 2], "year, footnote mark")
S("1. Переглянути графіки відвідувань у 6 населених пунктах з найбільшою кількістю отримувачів\nдо 01.06.2026.", [1, 6, 1, 6, 2026], "recommendation number, settlements, deadline")
S("2. Провести повторне анкетування у січні 2027 року.", [2, 2027], "recommendation for 2027")
S("¹ Методичні рекомендації, затверджені наказом Мінсоцполітики від 27.12.2013 № 904.", [1, 27, 12, 2013, 904], "footnote: order date and number")
S("² Курс «Основи догляду» обсягом 40 годин.", [2, 40], "footnote: course duration")
g.note("criteria table: each row gives a share (`share`, alt satisfaction, with criterion) and a rating; the «Загальна оцінка» row gives the overall share and rating; the conclusions repeat the overall rating (a second fact)")
g.note("bands are the document's own: «добре» 85–100 %, «задовільно» 60–84,9 %, «незадовільно» below 60 %")
g.note("two planted slips: Професійність 83,3 % rated «добре» (rating_band) and the 76,9 % «покращення самопочуття» share of the 72 respondents (percent_impossible)")
g.note("the 72 respondents carry percent 53,7 (of the 134 recipients)")
g.write()
