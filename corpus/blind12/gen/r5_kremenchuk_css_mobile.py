"""b12_05: мобільна бригада соціально-психологічної допомоги, Кременчуцький міський ЦСС (Полтавська), 2023; long HTML news article with inline <b>/<span> splitting numbers and words, <br> inside sentences, no-break and thin spaces as thousand separators."""
from common import *

NAME = "b12_05_kremenchuk_css_mobile2023.html"
NB, TH, NNB = "&nbsp;", "&#8201;", "&#8239;"
HTML = f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Мобільна бригада: підсумки 2023 року | Кременчуцька міська рада</title>
<style>.num{{font-weight:bold;color:#1a4d8f}} .hl{{background:#fff3b0}}</style>
</head>
<body>
<header><a href="/">Кременчуцька міська рада Полтавської області</a>
<nav><ul><li><a href="/news">Новини</a></li><li><a href="/soc">Соціальний захист</a></li><li><a href="/contacts">Контакти</a></li></ul></nav></header>
<main>
<article>
<h1>Мобільна бригада соціально-психологічної допомоги: підсумки 2023 року</h1>
<p class="meta">Опубліковано: 12.02.2024 · Переглядів: 1{NB}203</p>
<p><i>Кременчуцький міський центр соціальних служб</i> підбив підсумки роботи мобільної бригади соціально-психологічної допомоги особам, які постраждали від домашнього насильства та/або насильства за ознакою статі, за 2023 рік. Бригада діє у громаді з 220 тисячами мешканців і реагує на виклики цілодобово.</p>
<p>Протягом 2023 року на телефон мобільної бригади надійшло <b>1{TH}284</b> дзвінки, з них <b>312</b> – у нічний час. До бригади звернулися<br>
<span class="num">1</span>{NB}<span class="num">036</span> осіб, з них <b>871</b> жінка, <b>121</b> чоловік та <b>53</b> дитини (у 2022 році – 842 особи). Повторно звернулися <b>214</b> осіб.</p>
<p>Від органів Національної поліції отримано повідомлення щодо <span class="hl">318 осіб</span>, які постраждали від домашнього насильства. Виїзд бригади на місце події здійснюється, як правило, протягом 2 годин після надходження повідомлення; усього за рік бригада здійснила 356 виїздів.</p>
<p>Соціальні послуги протягом року от<b>римали</b> <b>968</b> осіб, у тому числі <b>164</b> дитини. Послугу кризового та екстреного втручання надано <span class="num">412</span>{NB}особам. Під соціальний супровід у зв'язку з домашнім насильством взято <b>9</b> сімей; протягом року супровід отримували <b>23</b> сім'ї.</p>
<p>Серед отримувачів послуг – <span class="num">87</span> внутрішньо переміщених осіб, <span class="num">46</span> осіб з інвалідністю та <span class="num">139</span> осіб похилого віку. Послугу консультування, зокрема психологічного, отримали 536{NB}осіб.</p>
<p>Загалом фахівці надали <b>14{NNB}181</b> соціальну послугу, у тому числі:<br>
консультування – <b>2{TH}318</b>,<br>
інформування – <b>10{NB}154</b>,<br>
кризове та екстрене втручання – <b>1{NB}709</b>.</p>
<p>Крім того, бригада провела <b>27</b> профілактичних заходів у закладах освіти та на підприємствах, якими охоплено 1{NB}150{NB}осіб: у закладах освіти – 19 заходів<br>(742 учасники), на підприємствах – 8 заходів (408 учасників). Постраждалим передано гуманітарні набори (продукти харчування, засоби гігієни) на загальну суму <b>186,4{NB}тис.{NB}грн</b>.</p>
<p>У складі бригади працюють 4 фахівці: психолог, два фахівці із соціальної роботи та водій. Автомобіль бригади придбано у 2021 році за 1,2 млн грн.</p>
<h2>Моніторинг якості</h2>
<p>За результатами моніторингу, проведеного у грудні 2023 року:<br>
частка отримувачів, задоволених якістю послуг, – <b>94,2{NB}%</b>;<br>
частка осіб, у яких після втручання знизився рівень небезпеки, – <b>78,6{NB}%</b>.</p>
<p>У 2024 році планується збільшити кількість виїздів до 400 та розширити роботу в старостинських округах (їх у громаді 5).</p>
<p class="contacts">Якщо ви постраждали від насильства – телефонуйте: 102, 1547, 116{NB}123 або на номер бригади (0536) 0-74-25. Адреса центру: вул. Соборна, 18, м. Кременчук, 39600.</p>
</article>
</main>
<aside><h3>Читайте також</h3><ul><li><a href="/n/1">Понад 200 родин отримали зимові набори</a></li><li><a href="/n/2">Засідання виконкому 06.02.2024</a></li></ul></aside>
<footer>© 2024 Кременчуцька міська рада. Усі права захищено.</footer>
</body>
</html>
"""
write_text(report_path(NAME), HTML)
text = read_text(report_path(NAME))


def q(s):
    """Quote as read: thin and narrow no-break spaces as the reader prints them."""
    for cand in (s, s.replace("\u2009", " ").replace("\u202f", " ")):
        if nq(cand) in text:
            return cand
    return s


T, N = "\u2009", "\u202f"
g = Gold(NAME, {
    "centre": "Кременчуцький міський центр соціальних служб", "centre_type": "css",
    "settlement": "Кременчук", "oblast": "Полтавська", "report_kind": "annual_report",
    "period_start": "2023-01-01", "period_end": "2023-12-31", "published": "2024-02-12"},
    meta_alt={"report_kind": ["other"]})
cl = g.f("calls", "calls", 1284, q(f"на телефон мобільної бригади надійшло 1{T}284 дзвінки"))
g.f("calls", "calls", 312, q("з них 312 – у нічний час"), label="у нічний час", parent=cl)
ap = g.f("applied", "persons", 1036, q("1 036 осіб, з них"))
a1 = g.f("applied", "persons", 871, q("871 жінка"), category="жінки", group="applied_1036_by_sex_age", parent=ap)
a2 = g.f("applied", "persons", 121, q("121 чоловік"), category="чоловіки", group="applied_1036_by_sex_age", parent=ap)
a3 = g.f("applied", "children", 53, q("53 дитини (у 2022 році – 842 особи)"), category="діти", group="applied_1036_by_sex_age", parent=ap)
g.f("applied", "persons", 214, q("Повторно звернулися 214 осіб"), label="повторно", parent=ap,
    note="repeat applicants: a subset of the 1 036, not part of the sex/age partition")
g.f("notified", "persons", 318, q("отримано повідомлення щодо 318 осіб, які постраждали від домашнього насильства"),
    category="особи, які постраждали від домашнього насильства")
sv = g.f("served", "persons", 968, q("Соціальні послуги протягом року отримали 968 осіб"))
g.f("served", "children", 164, q("у тому числі 164 дитини"), parent=sv)
ss = g.f("served", "families", 23, q("протягом року супровід отримували 23 сім'ї"), service="social_support_sjo", alt=["support_ongoing"])
g.f("support_started", "families", 9, q("Під соціальний супровід у зв'язку з домашнім насильством взято 9 сімей"), service="social_support_sjo", parent=ss)
g.f("served", "persons", 87, q("87 внутрішньо переміщених осіб"), category="внутрішньо переміщені особи", parent=sv)
g.f("served", "persons", 46, q("46 осіб з інвалідністю"), category="особи з інвалідністю", parent=sv)
g.f("served", "persons", 139, q("139 осіб похилого віку"), category="особи похилого віку", parent=sv)
g.f("served", "persons", 536, q("Послугу консультування, зокрема психологічного, отримали 536 осіб"), service="counselling")
g.f("served", "persons", 412, q("Послугу кризового та екстреного втручання надано 412 особам"), service="crisis_intervention")
tot = g.f("services_provided", "services", 14181, q(f"Загалом фахівці надали 14{N}181 соціальну послугу"))
g.f("services_provided", "services", 2318, q(f"консультування – 2{T}318"), service="counselling", group="services_14181_by_service", parent=tot)
g.f("services_provided", "services", 10154, q("інформування – 10 154"), service="informing", group="services_14181_by_service", parent=tot)
g.f("services_provided", "services", 1709, q("кризове та екстрене втручання – 1 709"), service="crisis_intervention", group="services_14181_by_service", parent=tot)
ev = g.f("events", "events", 27, q("бригада провела 27 профілактичних заходів"))
ep = g.f("event_participants", "persons", 1150, q("якими охоплено 1 150 осіб"), parent=ev)
g.f("events", "events", 19, q("у закладах освіти – 19 заходів"), label="у закладах освіти", group="events_27_by_place", parent=ev)
g.f("event_participants", "persons", 742, q("(742 учасники)"), label="у закладах освіти", group="participants_1150_by_place", parent=ep)
g.f("events", "events", 8, q("на підприємствах – 8 заходів (408 учасників)"), label="на підприємствах", group="events_27_by_place", parent=ev)
g.f("event_participants", "persons", 408, q("на підприємствах – 8 заходів (408 учасників)"), label="на підприємствах", group="participants_1150_by_place", parent=ep)
g.f("aid_value", "uah", 186400, q("на загальну суму 186,4 тис. грн"))
g.f("staff_actual", "staff", 4, q("У складі бригади працюють 4 фахівці"))
g.f("satisfaction", "percent", 94.2, q("частка отримувачів, задоволених якістю послуг, – 94,2 %"), label="частка отримувачів, задоволених якістю послуг")
g.f("share", "percent", 78.6, q("частка осіб, у яких після втручання знизився рівень небезпеки, – 78,6 %"),
    label="частка осіб, у яких після втручання знизився рівень небезпеки")

g.slip("parts_sum", "error", q("з них 871 жінка, 121 чоловік та 53 дитини"), 1045, 1036, [ap, a1, a2, a3],
       "871 + 121 + 53 = 1 045, total says 1 036 (9 extra)")
g.check("parts_sum", q("якими охоплено 1 150 осіб"), "19 + 8 = 27 events; 742 + 408 = 1 150 participants")
g.check("parts_sum", q(f"Загалом фахівці надали 14{N}181 соціальну послугу"), "2 318 + 10 154 + 1 709 = 14 181")
g.skip("Опубліковано: 12.02.2024 · Переглядів: 1 203", [12, 2, 2024, 1203], "publication date (meta) and view counter")
g.skip("Бригада діє у громаді з 220 тисячами мешканців", [220000], "population")
g.skip("(у 2022 році – 842 особи)", [2022, 842], "prior-year figure")
g.skip("протягом 2 годин після надходження повідомлення", [2], "duration")
g.skip("усього за рік бригада здійснила 356 виїздів", [356], "call-outs / visits: no §3 id (as home visits in earlier sets)")
g.skip("Автомобіль бригади придбано у 2021 році за 1,2 млн грн.", [2021, 1200000], "a purchase in another year")
g.skip("У 2024 році планується збільшити кількість виїздів до 400", [2024, 400], "plan")
g.skip("(їх у громаді 5)", [5], "number of старостинські округи")
g.skip("телефонуйте: 102, 1547, 116 123 або на номер бригади (0536) 0-74-25", [102, 1547, 116123, 536, 0, 74, 25], "phones and hotlines")
g.skip("вул. Соборна, 18, м. Кременчук, 39600", [18, 39600], "address and postcode")
g.note("the sidebar («Понад 200 родин отримали зимові набори», «Засідання виконкому 06.02.2024») and the footer are not printed by the reader; nothing there is gold")
g.skip("у грудні 2023 року", [2023], "year")
g.note("the HTML splits figures and words with inline tags (<span>1</span>&nbsp;<span>036</span>, от<b>римали</b>), breaks sentences with <br>, and uses no-break (U+00A0), thin (U+2009) and narrow no-break (U+202F) spaces as thousand separators; quotes are written as the reader prints them")
g.note("«Серед отримувачів – 87 ВПО, 46 осіб з інвалідністю та 139 осіб похилого віку» are overlapping categories of the 968 served: parent_id only, no group")
g.note("«два фахівці із соціальної роботи» is a number in words naming part of the 4 staff: not a separate fact")
g.note("«особам, які постраждали від домашнього насильства» as the brigade's target group is not a category on every fact; only the police notifications carry it")
g.write()
