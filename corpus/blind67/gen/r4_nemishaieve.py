"""b67_04: служба у справах дітей Немішаївської селищної ради (Київська), information for 9 months of 2025.
Council-site HTML page in windows-1251 (header, menu, breadcrumbs, sidebar, footer). Third person,
figures often first («48 дітей перебуває …»)."""
from common import Gold, report_path, write_text

NAME = "b67_04_nemishaieve_ssd_9m2025.html"

ARTICLE = [
    "Станом на 01.10.2025 у Немішаївській громаді проживає 3 914 дітей віком до 18 років.",
    "На первинному обліку служби у справах дітей перебуває 48 дітей-сиріт та дітей, позбавлених "
    "батьківського піклування (на початок року – 45). З них 31 дитина виховується в сім'ях опікунів, "
    "піклувальників, 14 – у прийомних сім'ях та дитячих будинках сімейного типу, 3 – у закладах "
    "інституційного догляду.",
    "Протягом січня – вересня на первинний облік поставлено 7 дітей, знято з обліку 4 дітей: у зв'язку "
    "з досягненням повноліття – 3, у зв'язку з усиновленням – 1.",
    "26 дітей із 17 сімей перебувають на обліку як діти, які опинилися у складних життєвих обставинах. "
    "За звітний період на такий облік узято 9 дітей, знято з обліку 6 дітей у зв'язку з поліпшенням "
    "ситуації в сім'ї. За направленням служби Центр соціальних служб узяв під соціальний супровід 5 сімей.",
    "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, за 9 місяців надано "
    "38 дітям (усього з 2022 року – 412 дітей).",
    "Проведено 12 засідань комісії з питань захисту прав дитини, розглянуто 64 питання; до суду надано "
    "11 висновків органу опіки та піклування.",
    "До служби звернулися 57 громадян, з них 41 – з письмовими заявами. Надійшли повідомлення про "
    "жорстоке поводження щодо 5 дітей, факти підтвердилися щодо 2 дітей.",
    "Разом із ювенальною превенцією проведено 9 рейдів «Діти вулиці», відвідано 23 родини. На лінію "
    "«Дитина в безпеці» надійшло 19 дзвінків. Для батьків і підлітків служба провела 6 інформаційних "
    "заходів, охоплено 142 особи.",
    "Штатна чисельність служби – 4 посади, фактично працюють 3 фахівці.",
]

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Інформація служби у справах дітей за 9 місяців 2025 року | Немішаївська селищна рада</title>
<style>.top{background:#1d4f91;color:#fff}.menu li{display:inline;margin:0 8px}.side{float:right;width:28%}</style>
</head>
<body>
<div class="top">
 <div class="logo">НЕМІШАЇВСЬКА СЕЛИЩНА РАДА</div>
 <div class="contacts">Бучанський район, Київська область · приймальня: (04597) 0-41-26</div>
</div>
<ul class="menu">
 <li><a href="/">Головна</a></li><li><a href="/rada">Рада</a></li><li><a href="/vykonkom">Виконком</a></li>
 <li><a href="/docs">Документи</a></li><li><a href="/kontakty">Контакти</a></li>
</ul>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/ssd">Служба у справах дітей</a> » Звіти</div>
<div class="side">
 <h3>Служба у справах дітей</h3>
 <p>08853, смт Немішаєве, вул. Соборна, 12, каб. 4</p>
 <p>Тел.: (04597) 0-52-17</p>
 <p>Прийом: пн–пт 8:00–17:00, обідня перерва 12:00–13:00</p>
 <h3>Новини</h3>
 <p><a href="/n/1">16.10.2025 Засідання виконкому</a></p>
 <p><a href="/n/2">09.10.2025 Графік прийому громадян</a></p>
</div>
<div class="content">
<h1>Інформація про роботу служби у справах дітей Немішаївської селищної ради за 9 місяців 2025 року</h1>
<div class="meta">Опубліковано: 14.10.2025 · Переглядів: 214</div>
""" + "\n".join(f"<p>{p}</p>" for p in ARTICLE) + """
</div>
<div class="footer">© 2019–2025 Немішаївська селищна рада. Усі права захищено. ЄДРПОУ 04360471</div>
</body>
</html>
"""
write_text(report_path(NAME), HTML, encoding="cp1251")

g = Gold(NAME, {
    "centre": "Служба у справах дітей Немішаївської селищної ради",
    "centre_type": "other",
    "settlement": "Немішаєве",
    "oblast": "Київська",
    "report_kind": "period_report",
    "period_start": "2025-01-01",
    "period_end": "2025-09-30",
    "published": "2025-10-14",
})
f = g.f
r48 = f("registered", "children", 48, "На первинному обліку служби у справах дітей перебуває 48 дітей-сиріт",
        label="діти-сироти та діти, позбавлені батьківського піклування")
pl = [f("registered", "children", 31, "З них 31 дитина виховується в сім'ях опікунів, піклувальників",
        label="в сім'ях опікунів, піклувальників", group="orphans_48_by_placement", parent=r48),
      f("registered", "children", 14, "14 – у прийомних сім'ях та дитячих будинках сімейного типу",
        label="у прийомних сім'ях та ДБСТ", group="orphans_48_by_placement", parent=r48),
      f("registered", "children", 3, "3 – у закладах інституційного догляду",
        label="у закладах інституційного догляду", group="orphans_48_by_placement", parent=r48)]
n7 = f("registered_new", "children", 7, "на первинний облік поставлено 7 дітей",
       label="діти-сироти та діти, позбавлені батьківського піклування")
d4 = f("deregistered", "children", 4, "знято з обліку 4 дітей",
       label="діти-сироти та діти, позбавлені батьківського піклування")
dr = [f("deregistered", "children", 3, "у зв'язку з досягненням повноліття – 3", label="досягнення повноліття",
        group="deregistered_4_by_reason", parent=d4),
      f("deregistered", "children", 1, "у зв'язку з усиновленням – 1", label="усиновлення",
        group="deregistered_4_by_reason", parent=d4)]
fam = f("registered", "families", 17, "26 дітей із 17 сімей перебувають на обліку",
        label="діти у складних життєвих обставинах", alt=["in_difficult_circumstances"])
f("registered", "children", 26, "26 дітей із 17 сімей перебувають на обліку",
  label="діти у складних життєвих обставинах", alt=["in_difficult_circumstances"], parent=fam)
f("registered_new", "children", 9, "на такий облік узято 9 дітей", label="діти у складних життєвих обставинах")
f("deregistered", "children", 6, "знято з обліку 6 дітей у зв'язку з поліпшенням ситуації в сім'ї",
  label="діти у складних життєвих обставинах")
f("support_started", "families", 5, "узяв під соціальний супровід 5 сімей", service="social_support_sjo",
  note="taken under support by the ЦСС on the service's referral")
f("registered_new", "children", 38, "за 9 місяців надано 38 дітям",
  label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
ap = f("applied", "persons", 57, "До служби звернулися 57 громадян")
f("applied", "applications", 41, "з них 41 – з письмовими заявами", parent=ap, unit_alt="persons",
  label="письмові заяви")
f("notified", "children", 5, "Надійшли повідомлення про жорстоке поводження щодо 5 дітей")
f("calls", "calls", 19, "надійшло 19 дзвінків")
ev = f("events", "events", 6, "служба провела 6 інформаційних заходів")
f("event_participants", "persons", 142, "охоплено 142 особи", parent=ev)
sp = f("staff_positions", "positions", 4, "Штатна чисельність служби – 4 посади")
sa = f("staff_actual", "staff", 3, "фактично працюють 3 фахівці")

g.check("parts_sum", "З них 31 дитина виховується в сім'ях опікунів, піклувальників",
        "31 + 14 + 3 = 48", " + ".join(pl) + f" == {r48}")
g.check("parts_sum", "знято з обліку 4 дітей: у зв'язку з досягненням повноліття – 3",
        "3 + 1 = 4", " + ".join(dr) + f" == {d4}")
g.check("parts_sum", "на початок року – 45", "start of year 45 + 7 put on − 4 taken off = 48 (45 is skipped "
        "as a start-of-year figure and used as a literal)", f"45 + {n7} - {d4} == {r48}")
g.check("parts_sum", "з них 41 – з письмовими заявами", "41 ≤ 57", f"f{int(ap[1:]) + 1} <= {ap}")
g.check("parts_sum", "фактично працюють 3 фахівці", "3 ≤ 4", f"{sa} <= {sp}")

g.skip("приймальня: (04597) 0-41-26", [4597, 4126], "phone in the header")
g.skip("08853, смт Немішаєве, вул. Соборна, 12, каб. 4", [8853, 12, 4], "postcode, address, room")
g.skip("Тел.: (04597) 0-52-17", [4597, 5217], "phone")
g.skip("Прийом: пн–пт 8:00–17:00, обідня перерва 12:00–13:00", [8, 17, 12, 13], "office hours")
g.skip("за 9 місяців 2025 року", [9, 2025], "report period")
g.skip("Опубліковано: 14.10.2025 · Переглядів: 214", [14, 10, 2025, 214], "publication date, view counter")
g.skip("Станом на 01.10.2025 у Немішаївській громаді проживає 3 914 дітей віком до 18 років.",
       [1, 10, 2025, 3914, 18], "date, child population, age")
g.skip("(на початок року – 45)", [45], "start-of-year register (not the period's figure); literal in a check")
g.skip("(усього з 2022 року – 412 дітей)", [2022, 412], "cumulative figure since 2022")
g.skip("Проведено 12 засідань комісії з питань захисту прав дитини, розглянуто 64 питання; до суду надано "
       "11 висновків органу опіки та піклування.", [12, 64, 11],
       "commission sittings, questions, court opinions (no §3 id)")
g.skip("факти підтвердилися щодо 2 дітей", [2], "confirmed notifications (no §3 id)")
g.skip("проведено 9 рейдів «Діти вулиці», відвідано 23 родини", [9, 23], "raids and families visited (no §3 id)")
g.note("a служба у справах дітей: centre_type other; its registers are registered / registered_new / "
       "deregistered (children); the war-affected status granted is registered_new with a label")
g.note("«26 дітей із 17 сімей перебувають на обліку» (СЖО register): families row registered (alt "
       "in_difficult_circumstances), the children hang on it; both quote the same sentence")
g.note("the reader drops the menu, the breadcrumbs, the news links of the sidebar and the footer (© 2019–2025, ЄДРПОУ); they have no skip entries. The header phone and the sidebar contacts are printed and skipped")
g.note("«9 місяців» is written with a digit in the title; the period is 2025-01-01..2025-09-30")
g.note("«До служби звернулися 57 громадян, з них 41 – з письмовими заявами» → applied persons 57 and applied "
       "applications 41 (unit_alt persons)")
g.write()
