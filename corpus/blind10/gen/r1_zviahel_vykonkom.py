"""b10_01: executive-committee decision «Про звіт про роботу …» with the report as
«Додаток до рішення»; council web page in windows-1251 with menu, sidebar news, footer."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, write_bytes, pct

NAME = "b10_01_zviahel_vykonkom.html"

# ---- figures (checked here so that only the planted slips do not add up) ----
services = [("інформування", "informing", 3915), ("консультування", "counselling", 4102),
            ("соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах,",
             "social_support_sjo", 1218),
            ("екстрене (кризове) втручання", "crisis_intervention", 87),
            ("соціальна профілактика", "social_prevention", 356),
            ("посередництво (медіація)", "mediation", 41),
            ("представництво інтересів", "representation", 123)]
assert sum(v for _, _, v in services) == 9842
assert pct(211, 398, 0) == 53
assert 171 - 97 == 74
assert 58 + 26 + 7 + 4 == 95          # planted: the text says 97 completed
assert round(11846.3 - 11702.9, 1) == 143.4


def sp(n):
    """thousands with a plain space, as on the page: 9 842"""
    return f"{n:,}".replace(",", " ")


li = "\n".join(f"<li>{n} – {sp(v)};</li>" if i < len(services) - 1 else f"<li>{n} – {sp(v)}.</li>"
               for i, (n, _, v) in enumerate(services))

HTML = f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про звіт про роботу центру соціальних служб Звягельської міської ради за 2025 рік | Звягельська міська рада</title>
<link rel="stylesheet" href="/templates/zv/css/style.css">
<script>var _counter = 1; function toggleMenu(){{ document.body.classList.toggle('m'); }}</script>
</head>
<body>
<div id="top">
 <div class="logo"><a href="/">Звягельська міська рада</a><br><span>Житомирська область</span></div>
 <div class="top-contacts">Приймальня: (04141) 0-25-17 &nbsp;|&nbsp; <a href="mailto:info@example.invalid">info@example.invalid</a></div>
 <form class="search"><input type="text" name="q" value="Пошук по сайту"></form>
</div>
<ul id="menu">
 <li><a href="/">Головна</a></li>
 <li><a href="/rada">Міська рада</a></li>
 <li><a href="/vykonkom">Виконавчий комітет</a></li>
 <li><a href="/docs">Документи</a></li>
 <li><a href="/news">Новини</a></li>
 <li><a href="/hromada">Громада</a></li>
 <li><a href="/contacts">Контакти</a></li>
</ul>
<div id="breadcrumbs"><a href="/">Головна</a> » <a href="/docs">Документи</a> » <a href="/docs/vykonkom">Рішення виконавчого комітету</a> » 2026</div>
<div id="wrap">
<div id="content">
<h1>Про звіт про роботу центру соціальних служб Звягельської міської ради за 2025 рік</h1>
<div class="meta">Дата публікації: 19.02.2026 &nbsp; Переглядів: 347</div>

<p align="center"><b>УКРАЇНА<br>ЗВЯГЕЛЬСЬКА МІСЬКА РАДА<br>ВИКОНАВЧИЙ КОМІТЕТ</b></p>
<p align="center"><b>РІШЕННЯ</b></p>
<p>від 18.02.2026 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; № 742</p>
<p><b>Про звіт про роботу центру соціальних служб<br>Звягельської міської ради за 2025 рік</b></p>
<p>Заслухавши звіт директора центру соціальних служб Звягельської міської ради про роботу центру за 2025 рік, керуючись статтями 34, 40 Закону України «Про місцеве самоврядування в Україні», Законом України «Про соціальні послуги», виконавчий комітет міської ради</p>
<p><b>ВИКОНАВЧИЙ КОМІТЕТ ВИРІШИВ:</b></p>
<p>1. Звіт про роботу центру соціальних служб Звягельської міської ради за 2025 рік взяти до відома (додається).</p>
<p>2. Центру соціальних служб Звягельської міської ради у 2026 році забезпечити охоплення соціальним супроводом не менше 95 % сімей, у яких виявлено складні життєві обставини, та створити не менше 2 нових прийомних сімей.</p>
<p>3. Контроль за виконанням цього рішення покласти на заступника міського голови з питань діяльності виконавчих органів ради.</p>
<p>Міський голова &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Микола БОРОВИК</p>
<hr>
<p align="right">Додаток<br>до рішення виконавчого комітету міської ради<br>від 18.02.2026 № 742</p>
<p align="center"><b>ЗВІТ<br>про роботу центру соціальних служб Звягельської міської ради за 2025 рік</b></p>
<p>Центр соціальних служб Звягельської міської ради (далі – Центр) утворено рішенням міської ради від 24.12.2020 № 51 та діє відповідно до Положення, затвердженого рішенням міської ради від 22.04.2021 № 186. Центр розташований за адресою: 11703, м. Звягель, вул. Гоголя, 9 та надає соціальні послуги мешканцям Звягельської міської територіальної громади, у якій проживає понад 63 тис. мешканців у 19 старостинських округах.</p>
<p><b>1. Кадрове забезпечення</b></p>
<p>Штатним розписом Центру на 2025 рік затверджено 24,5 штатної одиниці. Станом на 31.12.2025 фактично працює 21 працівник, з них 14 фахівців із соціальної роботи. Протягом року 17 працівників Центру підвищили кваліфікацію на навчаннях, тренінгах та вебінарах.</p>
<p><b>2. Звернення, виявлення сімей (осіб), які перебувають у складних життєвих обставинах</b></p>
<p>Упродовж 2025 року до Центру звернулися {sp(1486)} осіб, що на 138 осіб більше, ніж у 2024 році ({sp(1348)}). Від служби у справах дітей, закладів освіти, охорони здоров’я, Національної поліції та старост надійшли повідомлення щодо 412 сімей (осіб), які можуть перебувати у складних життєвих обставинах. Фахівцями Центру проведено оцінку потреб 398 сімей (осіб), за результатами якої у 211 сім’ях (особах) (53 %) виявлено складні життєві обставини.</p>
<p><b>3. Надання соціальних послуг</b></p>
<p>Загалом у звітному році соціальними послугами Центру охоплено {sp(2317)} осіб, у тому числі 684 дитини. Серед отримувачів – 389 внутрішньо переміщених осіб та 512 членів сімей військовослужбовців, ветеранів війни, загиблих (померлих) Захисників та Захисниць України.</p>
<p>Фахівцями Центру надано {sp(9842)} соціальні послуги, а саме:</p>
<ul>
{li}
</ul>
<p><b>4. Соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах</b></p>
<p>Протягом року під соціальним супроводом перебувала 171 сім’я, в яких виховується 298 дітей. Взято під соціальний супровід 104 сім’ї. Завершено надання послуги 97 сім’ям, з них:</p>
<p>– з позитивним результатом (подолання складних життєвих обставин) – 58 сімей;<br>
– з мінімізацією складних життєвих обставин – 26 сімей;<br>
– у зв’язку зі зміною місця проживання – 7 сімей;<br>
– у зв’язку з відмовою отримувача від послуги – 4 сім’ї.</p>
<p>Станом на 01.01.2026 продовжують отримувати послугу 74 сім’ї.</p>
<p><b>5. Сімейні форми виховання</b></p>
<p>Центр здійснював соціальне супроводження 9 прийомних сімей, у яких виховується 17 дітей, та 3 дитячих будинків сімейного типу, де виховується 24 дитини. У громаді функціонують 2 патронатні сім’ї, до яких протягом року тимчасово влаштовано 9 дітей віком від 3 до 15 років.</p>
<p><b>6. Профілактична робота</b></p>
<p>Проведено 146 групових заходів (тренінги, лекції, інформаційні кампанії, акція «16 днів проти насильства»), якими охоплено {sp(3208)} осіб. Мобільна бригада соціально-психологічної допомоги особам, які постраждали від домашнього насильства та/або насильства за ознакою статі, здійснила 63 виїзди.</p>
<p><b>7. Якість надання соціальних послуг</b></p>
<p>Відповідно до наказу Центру від 06.10.2025 № 37-од проведено внутрішню оцінку якості соціальної послуги соціального супроводу сімей (осіб), які перебувають у складних життєвих обставинах. В анкетуванні взяли участь 86 отримувачів. Рівень задоволеності якістю послуги становить 94,2 %, якість надання послуги оцінено на рівні «добре». Скарг на якість надання соціальних послуг у 2025 році до Центру не надходило.</p>
<p><b>8. Фінансове забезпечення</b></p>
<p>Видатки на утримання Центру у 2025 році затверджено в сумі {sp(11846)},3 тис. грн, касові видатки склали {sp(11702)},9 тис. грн, економія – 143,4 тис. грн (переважно за КЕКВ 2273 «Оплата електроенергії»). Потреба у фінансуванні на 2026 рік становить {sp(13205)},0 тис. грн.</p>
<p><b>9. Завдання на 2026 рік</b></p>
<p>Створити 2 прийомні сім’ї, залучити до програми наставництва 15 дітей, збільшити кількість групових заходів до 160.</p>
<p>Директор центру соціальних служб &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Наталія КОВАЛЬЧУК</p>
<p>Керуючий справами виконавчого комітету &nbsp;&nbsp;&nbsp;&nbsp; Тетяна ЛЕВЧЕНКО</p>
<div class="attach"><a href="/files/vykonkom/2026/742.pdf">Завантажити рішення (PDF, 412 КБ)</a></div>
</div>
<div id="sidebar">
 <h3>Новини</h3>
 <div class="news"><span>18.02.2026</span> <a href="/news/1">У громаді облаштують ще 4 пункти незламності</a></div>
 <div class="news"><span>17.02.2026</span> <a href="/news/2">Громада передала військовим 12 дронів на суму 1,3 млн грн</a></div>
 <div class="news"><span>16.02.2026</span> <a href="/news/3">Понад 250 дітей взяли участь у конкурсі «Зимова казка»</a></div>
 <div class="news"><span>13.02.2026</span> <a href="/news/4">Сесія міської ради: 37 питань порядку денного</a></div>
 <h3>Корисні посилання</h3>
 <ul><li><a href="/cnap">ЦНАП</a></li><li><a href="/budget">Бюджет громади</a></li><li><a href="/vacancies">Вакансії</a></li></ul>
</div>
</div>
<div id="footer">
 <p>© 2016–2026 Звягельська міська рада. 11701, Житомирська обл., м. Звягель, вул. Героїв Майдану, 7. Тел.: (04141) 0-25-17</p>
 <p>Відвідувачів сьогодні: 1 204 &nbsp; Усього: 2 418 337</p>
</div>
</body>
</html>
"""

path = write_bytes(NAME, HTML.encode("cp1251"))

g = Gold(NAME, {
    "centre": "Центр соціальних служб Звягельської міської ради",
    "centre_type": "css",
    "settlement": "Звягель",
    "oblast": "Житомирська",
    "report_kind": "annual_report",
    "period_start": "2025-01-01",
    "period_end": "2025-12-31",
    "published": "2026-02-19",
}, meta_alt={"published": ["2026-02-18"]})

# 1. staff
s1 = g.f("staff_positions", "positions", 24.5, "Штатним розписом Центру на 2025 рік затверджено 24,5 штатної одиниці")
s2 = g.f("staff_actual", "staff", 21, "Станом на 31.12.2025 фактично працює 21 працівник")
g.f("staff_actual", "staff", 14, "з них 14 фахівців із соціальної роботи", parent_id=s2,
    label="фахівці із соціальної роботи")
g.f("staff_trained", "staff", 17, "Протягом року 17 працівників Центру підвищили кваліфікацію")
# 2. intake
g.f("applied", "persons", 1486, "Упродовж 2025 року до Центру звернулися 1 486 осіб")
g.f("notified", "families_persons", 412, "надійшли повідомлення щодо 412 сімей (осіб)")
na = g.f("needs_assessed", "families_persons", 398, "Фахівцями Центру проведено оцінку потреб 398 сімей (осіб)")
g.f("in_difficult_circumstances", "families_persons", 211, "у 211 сім’ях (особах) (53 %) виявлено складні життєві обставини",
    percent=53, parent_id=na)
# 3. services
tot = g.f("served", "persons", 2317, "соціальними послугами Центру охоплено 2 317 осіб")
g.f("served", "children", 684, "у тому числі 684 дитини", parent_id=tot)
g.f("served", "persons", 389, "389 внутрішньо переміщених осіб", parent_id=tot,
    category="внутрішньо переміщені особи")
g.f("served", "persons", 512, "512 членів сімей військовослужбовців, ветеранів війни, загиблих (померлих) Захисників та Захисниць України",
    parent_id=tot, category="члени сімей військовослужбовців, ветеранів війни, загиблих (померлих) Захисників та Захисниць України")
sv = g.f("services_provided", "services", 9842, "Фахівцями Центру надано 9 842 соціальні послуги")
svc_ids = []
for n, sid, v in services:
    svc_ids.append(g.f("services_provided", "services", v, f"{n} – {sp(v)}", service=sid,
                       parent_id=sv, group="services_9842_by_service"))
# 4. social support
ss = g.f("served", "families", 171, "Протягом року під соціальним супроводом перебувала 171 сім’я",
         service="social_support_sjo")
g.f("served", "children", 298, "171 сім’я, в яких виховується 298 дітей", service="social_support_sjo", parent_id=ss)
g.f("support_started", "families", 104, "Взято під соціальний супровід 104 сім’ї", service="social_support_sjo")
sc = g.f("support_completed", "families", 97, "Завершено надання послуги 97 сім’ям", service="social_support_sjo")
o1 = g.f("outcome_positive", "families", 58, "з позитивним результатом (подолання складних життєвих обставин) – 58 сімей",
         service="social_support_sjo", parent_id=sc, group="completed_97_by_outcome")
o2 = g.f("outcome_minimized", "families", 26, "з мінімізацією складних життєвих обставин – 26 сімей",
         service="social_support_sjo", parent_id=sc, group="completed_97_by_outcome")
o3 = g.f("outcome_other", "families", 7, "у зв’язку зі зміною місця проживання – 7 сімей",
         service="social_support_sjo", parent_id=sc, group="completed_97_by_outcome", label="зміна місця проживання")
o4 = g.f("outcome_other", "families", 4, "у зв’язку з відмовою отримувача від послуги – 4 сім’ї",
         service="social_support_sjo", parent_id=sc, group="completed_97_by_outcome", label="відмова отримувача від послуги")
og = g.f("support_ongoing", "families", 74, "Станом на 01.01.2026 продовжують отримувати послугу 74 сім’ї",
         service="social_support_sjo")
# 5. foster
p1 = g.f("served", "families", 9, "соціальне супроводження 9 прийомних сімей", service="social_support_foster",
         category="прийомні сім'ї")
g.f("served", "children", 17, "9 прийомних сімей, у яких виховується 17 дітей", service="social_support_foster", parent_id=p1)
p2 = g.f("served", "families", 3, "3 дитячих будинків сімейного типу", service="social_support_foster",
         category="дитячі будинки сімейного типу")
g.f("served", "children", 24, "де виховується 24 дитини", service="social_support_foster", parent_id=p2)
# 6. prevention
g.f("events", "events", 146, "Проведено 146 групових заходів")
g.f("event_participants", "persons", 3208, "якими охоплено 3 208 осіб")
# 7. quality
g.f("survey_respondents", "recipients", 86, "В анкетуванні взяли участь 86 отримувачів", unit_alt="persons",
    service="social_support_sjo")
g.f("satisfaction", "percent", 94.2, "Рівень задоволеності якістю послуги становить 94,2 %", service="social_support_sjo")
g.f("rating", "rating", "good", "якість надання послуги оцінено на рівні «добре»", service="social_support_sjo",
    criterion="overall")
g.f("complaints", "complaints", 0, "Скарг на якість надання соціальних послуг у 2025 році до Центру не надходило")
# 8. money
b1 = g.f("budget_approved", "uah", 11846300, "Видатки на утримання Центру у 2025 році затверджено в сумі 11 846,3 тис. грн")
b2 = g.f("budget_spent", "uah", 11702900, "касові видатки склали 11 702,9 тис. грн")
b3 = g.f("budget_savings", "uah", 143400, "економія – 143,4 тис. грн",
         note="total savings; the KEKV 2273 in brackets says where most of it arose, so kekv is left empty")

g.bad("parts_sum", "error", "Завершено надання послуги 97 сім’ям, з них:", 97, 95, [sc, o1, o2, o3, o4],
      "outcomes of the completed cases: 58 + 26 + 7 + 4 = 95 families, 2 short of the 97 stated. "
      "«з них:» followed by four outcome lines reads as the full partition.")

g.ok("parts_sum", "Фахівцями Центру надано 9 842 соціальні послуги, а саме:",
     "3915 + 4102 + 1218 + 87 + 356 + 41 + 123 = 9842")
g.ok("percent_mismatch", "у 211 сім’ях (особах) (53 %)", "211 / 398 = 53.0 %")
g.ok("parts_sum", "продовжують отримувати послугу 74 сім’ї", "171 under support − 97 completed = 74 continuing")
g.ok("percent_impossible", "Рівень задоволеності якістю послуги становить 94,2 %", "81 / 86 = 94.19 % → 94,2 %: achievable with N = 86")
g.ok("table_arithmetic", "економія – 143,4 тис. грн", "11 846,3 − 11 702,9 = 143,4")

for q, v, r, *rest in [
    ("від 18.02.2026", [18, 2, 2026], "decision date"),
    ("№ 742", [742], "decision number"),
    ("статтями 34, 40 Закону України", [34, 40], "law article numbers"),
    ("не менше 95 % сімей", [95], "target set by the decision for 2026 (plan)"),
    ("створити не менше 2 нових прийомних сімей", [2], "target for 2026 (plan)"),
    ("від 24.12.2020 № 51", [51], "founding decision date and number"),
    ("від 22.04.2021 № 186", [186], "decision date and number"),
    ("11703, м. Звягель, вул. Гоголя, 9", [11703, 9], "postcode and address"),
    ("понад 63 тис. мешканців у 19 старостинських округах", [63000, 19], "population of the hromada and number of starosta districts"),
    ("що на 138 осіб більше, ніж у 2024 році (1 348)", [138, 1348], "comparison with 2024 (other year)"),
    ("функціонують 2 патронатні сім’ї", [2],
     "number of patronat families in the hromada; no §3 id"),
    ("тимчасово влаштовано 9 дітей віком від 3 до 15 років", [9, 3, 15], "children placed in patronat families (no §3 id); ages"),
    ("акція «16 днів проти насильства»", [16], "name of a campaign"),
    ("здійснила 63 виїзди", [63], "mobile-brigade call-outs; no §3 id (visits)"),
    ("від 06.10.2025 № 37-од", [37], "order date and number"),
    ("КЕКВ 2273", [2273], "budget code named as where the savings arose, not an amount"),
    ("Потреба у фінансуванні на 2026 рік становить 13 205,0 тис. грн", [13205000], "next-year budget need (plan)"),
    ("Створити 2 прийомні сім’ї, залучити до програми наставництва 15 дітей, збільшити кількість групових заходів до 160",
     [2, 15, 160], "tasks for 2026 (plan)"),
    ("Переглядів: 347", [347], "view counter"),
    ("Приймальня: (04141) 0-25-17", [4141], "phone"),
    ("У громаді облаштують ще 4 пункти незламності", [4], "sidebar news (page furniture)", False),
    ("Громада передала військовим 12 дронів на суму 1,3 млн грн", [12, 1300000], "sidebar news (page furniture)", False),
    ("Понад 250 дітей взяли участь у конкурсі «Зимова казка»", [250], "sidebar news (page furniture)", False),
    ("Сесія міської ради: 37 питань порядку денного", [37], "sidebar news (page furniture)", False),
    ("Відвідувачів сьогодні: 1 204", [1204, 2418337], "visitor counters", False),
    ("PDF, 412 КБ", [412], "file size", False),
]:
    g.skip(q, v, r, *rest)

g.notes += [
    "report_kind annual_report: the page is an executive-committee decision, but its annex is the centre's annual report for 2025 and all figures come from it.",
    "published: the page states «Дата публікації: 19.02.2026»; the decision itself is dated 18.02.2026 (meta_alt).",
    "24,5 штатної одиниці is kept as the float 24.5 (staff_positions, unit positions).",
    "389 ВПО and 512 members of military families are subsets of the 2 317 served (parent_id), not a partition: no group and no parts_sum check.",
    "the 7 service lines form the partition of the 9 842 services (group services_9842_by_service).",
    "«сімей (осіб)» is read as families_persons (like «сімей/осіб»).",
    "the foster children are annotated per family type (17 in foster families, 24 in ДБСТ); no total is written.",
    "the patronat families (2) and children placed (9) have no §3 id and are skipped, as in the seed gold.",
    "sidebar news, footer, visitor counters and the attachment link are on the page but `zvitparse read` drops them; they are listed in skipped with in_read_text false (an extractor that kept them must still not turn them into facts).",
    "the satisfaction 94,2 % has no count next to it; it is a standalone satisfaction fact.",
]
g.write(path)
