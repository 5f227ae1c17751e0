"""b25_06: Управління соціального захисту населення Берегівської міської ради (Закарпатська), an
analytic note (аналітична довідка) on the social services its відділ надання соціальних послуг
delivered in 2023. Markdown: headings, a service table with counts and shares, bold figures,
comparisons with 2022, a «за віком» share list, and a short conclusions list."""
from common import Gold, report_path, write_text

DOC = "b25_06_berehove_uszn_note2023.md"

MD = """# Аналітична довідка
## про надання соціальних послуг у Берегівській міській територіальній громаді у 2023 році

*Управління соціального захисту населення Берегівської міської ради, відділ надання соціальних послуг*
*90202, Закарпатська обл., м. Берегове, пл. Героїв, 7 · тел. (03141) 0-43-12 · uszn.berehove@example.ua*

### 1. Загальна характеристика

Соціальні послуги в громаді надає відділ надання соціальних послуг управління (утворений рішенням
міської ради від 24.12.2020 № 15). У громаді проживає близько 26 тис. осіб, з них понад 6,3 тис. – віком 60 років і старше.

Упродовж 2023 року до управління надійшло **1 386 заяв** про надання соціальних послуг. За 1 345 з них
(97 %) прийнято рішення про надання послуг, у 41 випадку відмовлено.

Соціальні послуги отримали **2 254 особи**, що на 6,1 % більше, ніж у 2022 році (2 124 особи).

### 2. Отримувачі за видами послуг

| Соціальна послуга | Отримувачів, осіб | Частка, % |
|---|---:|---:|
| Натуральна допомога | 1 104 | 49,0 |
| Консультування | 527 | 23,4 |
| Догляд вдома | 318 | 14,1 |
| Соціальна адаптація (ВПО) | 196 | 8,7 |
| Соціальне таксі | 109 | 4,8 |
| **Разом** | **2 254** | **100** |

За віком отримувачі розподілилися так: до 60 років – 21,4 %, 60–79 років – 52,7 %, 80 років і
старше – 28,3 %.

### 3. Окремі послуги

**Догляд вдома.** Протягом року взято на обслуговування 67 осіб, знято з обслуговування 52 особи.
На одного соціального робітника в середньому припадало 7,8 отримувача.

**Натуральна допомога.** 1 104 особам видано продуктові та гігієнічні набори, паливні брикети на
загальну суму 1,2 млн грн; з них 412 отримувачів – внутрішньо переміщені особи.

**Соціальне таксі.** Послугою скористалися 109 осіб з інвалідністю, здійснено 436 поїздок.

**Консультування.** Надано 1 318 консультацій з питань оформлення допомог, пільг і субсидій.

### 4. Якість послуг

Під час внутрішньої оцінки якості догляду вдома (жовтень 2023 року) опитано 54 отримувачі; рівень
задоволеності – 94,4 %. Загальна оцінка якості послуги – «добре». Надійшло 3 скарги, усі розглянуто
в установлений строк.

### 5. Кадри та фінансування

У відділі 48 штатних посад, фактично працює 45 осіб (93,8 %); 9 працівників підвищили кваліфікацію.
На утримання відділу у 2023 році затверджено 10 154,3 тис. грн, касові видатки склали
10 087,9 тис. грн (99,3 %).

### 6. Висновки

- попит на послуги зростає третій рік поспіль;
- майже половину отримувачів (49,0 %) становлять отримувачі натуральної допомоги;
- у 2024 році заплановано відкрити відділення денного догляду на 20 місць.

*Начальник управління (підпис)*
*Довідку підготовлено 12.02.2024*
"""
out = report_path(DOC)
write_text(out, MD)

g = Gold(DOC, {
    "centre": "Управління соціального захисту населення Берегівської міської ради",
    "centre_type": "uszn", "settlement": "Берегове", "oblast": "Закарпатська", "report_kind": "period_report",
    "period_start": "2023-01-01", "period_end": "2023-12-31"})
F = g.f
f1 = F("applied", "applications", 1386, "до управління надійшло 1 386 заяв")
f2 = F("served", "persons", 2254, "Соціальні послуги отримали 2 254 особи")
TOT = "Разом\t2 254\t100"
f3 = F("served", "persons", 2254, TOT, percent=100, label="Разом")
rows = [("Натуральна допомога", 1104, 49.0, "natural_aid", "1 104\t49,0"),
        ("Консультування", 527, 23.4, "counselling", "527\t23,4"),
        ("Догляд вдома", 318, 14.1, "home_care", "318\t14,1"),
        ("Соціальна адаптація (ВПО)", 196, 8.7, "social_adaptation", "196\t8,7"),
        ("Соціальне таксі", 109, 4.8, "social_taxi", "109\t4,8")]
tid = []
for name, n, pc, svc, cells in rows:
    tid.append(F("served", "persons", n, f"{name}\t{cells}", percent=pc, service=svc, label=name,
                 group="served_2254_by_service", parent=f3))
ages = [("до 60 років", 21.4, "до 60 років – 21,4 %"), ("60–79 років", 52.7, "60–79 років – 52,7 %"),
        ("80 років і старше", 28.3, "80 років і старше – 28,3 %")]
aid = []
for lab, pc, q in ages:
    aid.append(F("share", "percent", pc, q if lab != "80 років і старше" else "старше – 28,3 %",
                 label="частка отримувачів віком " + lab, group="recipients_by_age"))
f12 = F("served", "persons", 67, "взято на обслуговування 67 осіб", service="home_care", label="взято на обслуговування",
        alt=["registered_new", "support_started"])
f13 = F("deregistered", "persons", 52, "знято з обслуговування 52 особи", service="home_care")
f14 = F("served", "persons", 1104, "1 104 особам видано продуктові та гігієнічні набори", service="natural_aid")
f15 = F("aid_value", "uah", 1200000, "загальну суму 1,2 млн грн", service="natural_aid")
f16 = F("served", "persons", 412, "з них 412 отримувачів – внутрішньо переміщені особи", service="natural_aid",
        category="внутрішньо переміщені особи", parent=f14)
f17 = F("served", "persons", 109, "Послугою скористалися 109 осіб з інвалідністю", service="social_taxi",
        category="особи з інвалідністю")
f18 = F("services_provided", "services", 1318, "Надано 1 318 консультацій", service="counselling")
f19 = F("survey_respondents", "persons", 54, "опитано 54 отримувачі", service="home_care", unit_alt="recipients")
f20 = F("satisfaction", "percent", 94.4, "задоволеності – 94,4 %", service="home_care", alt=["share"])
f21 = F("rating", "rating", "good", "Загальна оцінка якості послуги – «добре»", service="home_care", criterion="overall")
f22 = F("complaints", "complaints", 3, "Надійшло 3 скарги")
f23 = F("staff_positions", "positions", 48, "У відділі 48 штатних посад")
f24 = F("staff_actual", "staff", 45, "фактично працює 45 осіб (93,8 %)", percent=93.8)
f25 = F("staff_trained", "staff", 9, "9 працівників підвищили кваліфікацію")
f26 = F("budget_approved", "uah", 10154300, "затверджено 10 154,3 тис. грн", label="утримання відділу, 2023 рік")
f27 = F("budget_spent", "uah", 10087900, "10 087,9 тис. грн (99,3 %)", percent=99.3, label="утримання відділу, 2023 рік")
f28 = F("share", "percent", 49, "майже половину отримувачів (49,0 %) становлять отримувачі натуральної допомоги",
        service="natural_aid", label="частка отримувачів натуральної допомоги (висновки)",
        note="the conclusion repeats the table's 49,0 % as a standalone share ")

g.slip("percents_sum", "error", "до 60 років – 21,4 %, 60–79 років – 52,7 %, 80 років і", 102.4, 100, aid,
       "the three age groups (under 60, 60–79, 80+) partition the recipients but sum to 21,4 + 52,7 + 28,3 = 102,4 %",
       "psum_ok([" + ", ".join("f" + x[1:] for x in aid) + "], 1)", slip=1)
J = lambda ids: " + ".join("f" + x[1:] for x in ids)
g.check("table_arithmetic", TOT, "1 104 + 527 + 318 + 196 + 109 = 2 254", f"{J(tid)} == f3")
g.check("percent_mismatch", "Натуральна допомога\t1 104\t49,0", "each share matches its count of 2 254: 49,0; 23,4; 14,1; 8,7; 4,8",
        " and ".join(f"pct_ok(p{x[1:]}, f{x[1:]}, f3, 1)" for x in tid))
g.check("percents_sum", TOT, "49,0 + 23,4 + 14,1 + 8,7 + 4,8 = 100,0", "psum_ok([" + ", ".join("p" + x[1:] for x in tid) + "], 1)")
g.check("internal_conflict", "Соціальні послуги отримали 2 254 особи", "prose 2 254 = table Разом; 1 104 natural aid and 109 social taxi repeat their table rows",
        f"f2 == f3 and f14 == {tid[0]} and f17 == {tid[4]}")
g.check("percent_mismatch", "За 1 345 з них\n(97 %)".split("\n")[0], "1 345 decisions of 1 386 applications = 97,0 % (1 345 and 41 are skipped: no §3 id)",
        "pct_ok(97, 1345, f1, 0) and 1345 + 41 == f1")
g.check("percent_mismatch", "фактично працює 45 осіб (93,8 %)", "45/48 = 93,75 → 93,8", "pct_ok(p24, f24, f23, 1)")
g.check("percent_mismatch", "10 087,9 тис. грн (99,3 %)", "10 087,9 / 10 154,3 = 99,3 %", "pct_ok(p27, f27, f26, 1)")
g.check("percent_impossible", "задоволеності – 94,4 %", "94,4 % of 54 = 51 persons", "grim_ok(f20, f19, 1)")
g.check("parts_sum", "з них 412 отримувачів – внутрішньо переміщені особи", "412 ≤ 1 104", "f16 <= f14")
g.check("internal_conflict", "майже половину отримувачів (49,0 %)", "the conclusion's 49,0 % = the table share of natural aid", f"f28 == p{tid[0][1:]}")

g.skip("90202, Закарпатська обл., м. Берегове, пл. Героїв, 7 · тел. (03141) 0-43-12", [90202, 7, 3141, 4312], "postcode, address, phone")
g.skip("від 24.12.2020 № 15", [24, 12, 2020, 15], "decision date and number")
g.skip("У громаді проживає близько 26 тис. осіб, з них понад 6,3 тис. – віком 60 років і старше.", [26, 6.3, 60], "population, age")
g.skip("За 1 345 з них", [1345], "positive decisions (no §3 id)")
g.skip("у 41 випадку відмовлено", [41], "refusals (no §3 id)")
g.skip("(97 %)", [97], "share of positive decisions; used in a check")
g.skip("що на 6,1 % більше, ніж у 2022 році (2 124 особи)", [6.1, 2022, 2124], "growth rate, prior-year figure")
g.skip("1. Загальна характеристика", [1, 2, 3, 4, 5, 6], "section numbers")
g.skip("до 60 років – 21,4 %, 60–79 років – 52,7 %, 80 років і", [60, 60, 79, 80], "ages in the group labels")
g.skip("На одного соціального робітника в середньому припадало 7,8 отримувача.", [7.8], "ratio")
g.skip("здійснено 436 поїздок", [436], "trips (no §3 id)")
g.skip("(жовтень 2023 року)", [2023], "survey month")
g.skip("попит на послуги зростає третій рік поспіль", [], "trend in words («третій рік»)")
g.skip("у 2024 році заплановано відкрити відділення денного догляду на 20 місць", [2024, 20], "plan, capacity")
g.skip("Довідку підготовлено 12.02.2024", [12, 2, 2024], "compile date")
g.note("provider type: the analytic note is written by the council's управління соціального захисту населення, whose own відділ надання соціальних послуг delivers the services → centre_type uszn; report_kind period_report (analytic note)")
g.note("table: each row gives the count with its share as `percent`; the Разом row 2 254 (100 %) is a fact; the prose 2 254 is a second fact")
g.note("age shares: three standalone percentages of one partition (share with labels); they sum to 102,4 % (the slip)")
g.note("Markdown: the reader drops the table separator row, bold/italic markers and heading marks, and keeps the hard line breaks of the source")
g.write()
