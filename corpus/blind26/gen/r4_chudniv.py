"""b26_04: minutes (протокол) of the standing commission on social protection of Чуднівська міська рада
(Житомирська) that heard the 2025 report of the Центр соціальних служб. UTF-8 HTML.
New style: СЛУХАЛИ / ВИСТУПИЛИ / ВИРІШИЛИ, figures retold, deputies' questions, vote count."""
from common import Gold, report_path, write_text

NAME = "b26_04_chudniv_css_minutes2026.html"

BODY = """<h1>ПРОТОКОЛ № 27</h1>
<p>засідання постійної комісії Чуднівської міської ради з питань соціального захисту населення, охорони здоров'я, освіти, культури, молоді та спорту</p>
<p>м. Чуднів, 18 лютого 2026 року, 10:00, мала зала міської ради (каб. 14)</p>
<p>Присутні члени комісії: 5 з 6 (голова комісії, секретар комісії, троє членів комісії).</p>
<p>Запрошені: директорка Центру соціальних служб Чуднівської міської ради, начальник відділу соціального захисту населення міської ради, представник служби у справах дітей.</p>
<h2>ПОРЯДОК ДЕННИЙ:</h2>
<p>1. Про звіт Центру соціальних служб Чуднівської міської ради про роботу за 2025 рік.</p>
<p>2. Різне.</p>
<h2>1. СЛУХАЛИ:</h2>
<p>Директорку Центру соціальних служб, яка поінформувала, що у 2025 році Центр надав соціальні послуги 684 сім'ям/особам, у яких виховується 512 дітей. Загалом фахівці надали 2 917 послуг, з них консультування – 1 408, інформування – 1 122, соціальний супровід сімей у складних життєвих обставинах – 387.</p>
<p>Протягом року до Центру надійшло 96 повідомлень про сім'ї, які можуть перебувати у складних життєвих обставинах; оцінку потреб проведено 91 сім'ї. Під соціальним супроводом перебувало 38 сімей (74 дитини). Супровід завершено 21 сім'ї, з них 16 – з позитивним результатом, що становить 76,2 %.</p>
<p>Центр також здійснює соціальне супроводження 4 прийомних сімей та ДБСТ, у яких виховуються 12 дітей. Проведено 9 тренінгів і батьківських зустрічей для 118 учасників.</p>
<p>Фахівці Центру працюють в 11 старостинських округах. Штатна чисельність – 9 посад, фактично працює 8 фахівців. Директорка наголосила на потребі у службовому автомобілі: за рік здійснено понад 300 виїздів до сімей.</p>
<h2>ВИСТУПИЛИ:</h2>
<p>Член комісії (виборчий округ № 4) запитав, скільки сімей у складних життєвих обставинах перебуває на обліку і скільки стало на облік упродовж року.</p>
<p>Директорка відповіла, що станом на 31 грудня 2025 року на обліку перебувало 27 сімей; протягом року взято на облік 19 сімей, знято з обліку – 23.</p>
<p>Секретар комісії запитала, скільки серед сімей під супроводом сімей внутрішньо переміщених осіб та військовослужбовців.</p>
<p>Директорка відповіла: з 38 сімей під супроводом 11 – сім'ї внутрішньо переміщених осіб, 7 – сім'ї військовослужбовців, у тому числі 2 сім'ї загиблих захисників.</p>
<p>Голова комісії запитав, чи надходили скарги на роботу Центру та скільки звернень надійшло на телефон довіри.</p>
<p>Директорка відповіла, що скарг протягом 2025 року не надходило, на телефон довіри Центру надійшло 57 дзвінків. Підсумовуючи, вона ще раз зазначила, що позитивного результату супроводу вдалося досягти у 14 сім'ях.</p>
<p>Начальник відділу соціального захисту населення зазначив, що у бюджеті на 2026 рік на утримання Центру передбачено 3 612,5 тис. грн, а питання придбання автомобіля буде розглянуто під час першого уточнення бюджету.</p>
<h2>ВИРІШИЛИ:</h2>
<p>1. Інформацію директорки Центру соціальних служб про роботу за 2025 рік взяти до відома.</p>
<p>2. Рекомендувати виконавчому комітету передбачити у 2026 році кошти на придбання службового автомобіля та 2 додаткові посади фахівців із соціальної роботи.</p>
<p>3. Рекомендувати винести звіт на розгляд 41 сесії міської ради.</p>
<p>Голосували: «за» – 5, «проти» – 0, «утрималися» – 0. Рішення прийнято.</p>
<p>2. РІЗНЕ: питань не надходило.</p>
<p>Голова комісії (підпис)<br>Секретар комісії (підпис)</p>"""

HTML = f"""<!DOCTYPE html>
<html lang="uk">
<head><meta charset="utf-8"><title>Протокол № 27 засідання постійної комісії з питань соціального захисту</title></head>
<body>
<main>
{BODY}
</main>
</body>
</html>
"""
write_text(report_path(NAME), HTML, encoding="utf-8")

g = Gold(NAME, {
    "centre": "Центр соціальних служб Чуднівської міської ради", "centre_type": "css",
    "settlement": "Чуднів", "report_kind": "other",
    "period_start": "2025-01-01", "period_end": "2025-12-31"},
    {"report_kind": ["annual_report"]})
f = g.f
sv = f("served", "families_persons", 684, "Центр надав соціальні послуги 684 сім'ям/особам")
f("served", "children", 512, "у яких виховується 512 дітей", parent=sv)
sp = f("services_provided", "services", 2917, "Загалом фахівці надали 2 917 послуг")
GS = "services_2917_by_service"
a1 = f("services_provided", "services", 1408, "консультування – 1 408", service="counselling", group=GS, parent=sp)
a2 = f("services_provided", "services", 1122, "інформування – 1 122", service="informing", group=GS, parent=sp)
a3 = f("services_provided", "services", 387, "соціальний супровід сімей у складних життєвих обставинах – 387", service="social_support_sjo", group=GS, parent=sp)
nt = f("notified", "families", 96, "надійшло 96 повідомлень про сім'ї", unit_alt="applications")
na = f("needs_assessed", "families", 91, "оцінку потреб проведено 91 сім'ї")
sup = f("served", "families", 38, "Під соціальним супроводом перебувало 38 сімей", service="social_support_sjo", alt=["support_ongoing"])
f("served", "children", 74, "(74 дитини)", service="social_support_sjo", alt=["support_ongoing"], parent=sup)
cmp_ = f("support_completed", "families", 21, "Супровід завершено 21 сім'ї", service="social_support_sjo", parent=sup)
pos1 = f("outcome_positive", "families", 16, "з них 16 – з позитивним результатом, що становить 76,2 %", percent=76.2, service="social_support_sjo", parent=cmp_)
fo = f("served", "families", 4, "соціальне супроводження 4 прийомних сімей та ДБСТ", service="social_support_foster", category="прийомні сім'ї та ДБСТ")
f("served", "children", 12, "у яких виховуються 12 дітей", service="social_support_foster", parent=fo)
ev = f("events", "events", 9, "Проведено 9 тренінгів і батьківських зустрічей")
f("event_participants", "persons", 118, "для 118 учасників", parent=ev)
psn = f("staff_positions", "positions", 9, "Штатна чисельність – 9 посад")
act = f("staff_actual", "staff", 8, "фактично працює 8 фахівців")
reg = f("registered", "families", 27, "станом на 31 грудня 2025 року на обліку перебувало 27 сімей")
rn = f("registered_new", "families", 19, "протягом року взято на облік 19 сімей")
dr = f("deregistered", "families", 23, "знято з обліку – 23")
vpo = f("served", "families", 11, "11 – сім'ї внутрішньо переміщених осіб", service="social_support_sjo", category="внутрішньо переміщені особи", alt=["support_ongoing"], parent=sup)
mil = f("served", "families", 7, "7 – сім'ї військовослужбовців", service="social_support_sjo", category="сім'ї військовослужбовців", alt=["support_ongoing"], parent=sup)
sup2 = f("served", "families", 38, "з 38 сімей під супроводом", service="social_support_sjo", alt=["support_ongoing"], label="повторно, у відповіді на запитання")
fal = f("served", "families", 2, "у тому числі 2 сім'ї загиблих захисників", service="social_support_sjo", category="сім'ї загиблих захисників", alt=["support_ongoing"], parent=mil)
f("complaints", "complaints", 0, "скарг протягом 2025 року не надходило")
f("calls", "calls", 57, "на телефон довіри Центру надійшло 57 дзвінків")
pos2 = f("outcome_positive", "families", 14, "позитивного результату супроводу вдалося досягти у 14 сім'ях", service="social_support_sjo", label="повторно, у відповіді наприкінці обговорення")

g.slip("internal_conflict", "error", "позитивного результату супроводу вдалося досягти у 14 сім'ях", 14, 16, [pos1, pos2],
       "СЛУХАЛИ: 16 of the 21 completed supports ended with a positive result (76,2 %); the director's summing-up in ВИСТУПИЛИ says 14 families",
       f"{pos1} == {pos2}")
g.check("parts_sum", "Загалом фахівці надали 2 917 послуг, з них", "1 408 + 1 122 + 387 = 2 917", f"{a1} + {a2} + {a3} == {sp}")
g.check("percent_mismatch", "з них 16 – з позитивним результатом, що становить 76,2 %", "16/21 = 76,19 % → 76,2", f"pct_ok(p{pos1[1:]}, {pos1}, {cmp_}, 1)")
g.check("parts_sum", "Супровід завершено 21 сім'ї", "21 completed ≤ 38 under support", f"{cmp_} <= {sup}")
g.check("parts_sum", "оцінку потреб проведено 91 сім'ї", "91 assessed ≤ 96 notified", f"{na} <= {nt}")
g.check("parts_sum", "з 38 сімей під супроводом 11 – сім'ї внутрішньо переміщених осіб, 7 – сім'ї військовослужбовців", "11 + 7 ≤ 38 (overlapping categories, not a partition); 2 ≤ 7", f"{vpo} + {mil} <= {sup} and {fal} <= {mil}")
g.check("internal_conflict", "з 38 сімей під супроводом", "the answer repeats the 38 families under support", f"{sup2} == {sup}")
g.check("parts_sum", "фактично працює 8 фахівців", "8 ≤ 9", f"{act} <= {psn}")

S = g.skip
S("ПРОТОКОЛ № 27", [27], "minutes number")
S("м. Чуднів, 18 лютого 2026 року, 10:00, мала зала міської ради (каб. 14)", [18, 2026, 10, 0, 14], "date, time, room")
S("Присутні члени комісії: 5 з 6", [5, 6], "attendance")
S("1. Про звіт Центру соціальних служб Чуднівської міської ради про роботу за 2025 рік.", [1, 2025], "agenda item number, year")
S("2. Різне.", [2], "agenda item number")
S("1. СЛУХАЛИ:", [1], "agenda item number")
S("у 2025 році Центр надав", [2025], "year")
S("Фахівці Центру працюють в 11 старостинських округах.", [11], "number of starosta districts")
S("за рік здійснено понад 300 виїздів до сімей", [300], "home visits: no §3 id")
S("Член комісії (виборчий округ № 4)", [4], "electoral district number")
S("станом на 31 грудня 2025 року", [31, 2025], "date")
S("у бюджеті на 2026 рік на утримання Центру передбачено 3 612,5 тис. грн", [2026, 3612.5], "next year's budget (plan for another period)")
S("1. Інформацію директорки Центру соціальних служб про роботу за 2025 рік взяти до відома.", [1, 2025], "item number, year")
S("2. Рекомендувати виконавчому комітету передбачити у 2026 році кошти на придбання службового автомобіля та 2 додаткові посади", [2, 2026, 2], "item number; recommendation for 2026")
S("3. Рекомендувати винести звіт на розгляд 41 сесії міської ради.", [3, 41], "item number, session number")
S("Голосували: «за» – 5, «проти» – 0, «утрималися» – 0.", [5, 0, 0], "vote count")
S("2. РІЗНЕ", [2], "agenda item number")
g.note("minutes of a standing commission: the director's figures are retold in СЛУХАЛИ and in the answers to deputies; all of them are facts of the 2025 report; report_kind `other` (alt annual_report)")
g.note("no `published` in meta: the page gives the sitting date (18.02.2026), not a publication date")
g.note("«позитивного результату … у 14 сім'ях» repeats the positive-outcome figure and contradicts the 16 in СЛУХАЛИ: two facts and the planted internal_conflict")
g.note("the register answer (27 on the register at 31.12, 19 new, 23 taken off) → registered / registered_new / deregistered (families)")
g.note("oblast is not written in the text, so no oblast in meta (Житомирська)")
g.write()
