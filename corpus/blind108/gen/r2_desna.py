"""b108_02: служба у справах дітей Деснянської селищної ради (Чернігівська), 9 months 2023.
windows-1251, CRLF, hard-wrapped lines, impersonal voice. No planted slip."""
import textwrap
from common import Gold, report_path, write_text, quote_fitter

NAME = "b108_02_desna_ssd_9m2023.txt"


def wrap(s, width=84):
    return "\n".join(textwrap.wrap(s, width=width, break_on_hyphens=False))


head = """ДЕСНЯНСЬКА СЕЛИЩНА РАДА
СЛУЖБА У СПРАВАХ ДІТЕЙ
17024, Чернігівська обл., Чернігівський р-н, смт Десна, вул. Соборна, 3
тел. (04646) 0-37-82, e-mail: ssd.desna@example.ua

Вих. № 02-14/386 від 09.10.2023

                              ІНФОРМАЦІЯ
        про роботу служби у справах дітей за 9 місяців 2023 року
"""
paras = [
    "1. Загальна ситуація. На території громади проживає 2 318 дітей віком до 18 років. Станом на "
    "30.09.2023 на первинному обліку служби перебуває 41 дитина-сирота та дитина, позбавлена "
    "батьківського піклування, з них 17 (41,5 %) – діти-сироти, 24 (58,5 %) – діти, позбавлені "
    "батьківського піклування. Під опікою, піклуванням виховуються 29 дітей, у прийомних сім'ях – 8, у "
    "дитячому будинку сімейного типу – 3, в закладі інституційного догляду – 1 дитина.",
    "Протягом звітного періоду взято на первинний облік 6 дітей, знято з обліку 9 дітей, з них у зв'язку "
    "з досягненням повноліття – 5, усиновленням – 1, поверненням до батьків – 3. Влаштовано до сімейних "
    "форм виховання 5 дітей. На обліку кандидатів в усиновлювачі перебуває 2 подружжя.",
    "2. Діти у складних життєвих обставинах. На 01.01.2023 на обліку перебувало 19 дітей, які "
    "перебувають у складних життєвих обставинах; за дев'ять місяців поставлено на облік 11 дітей, знято з "
    "обліку 7. Отже, станом на 30.09.2023 на обліку перебуває 23 дитини, які перебувають у СЖО. "
    "Усі вони мають індивідуальні плани, розроблені спільно з ЦНСП.",
    "Надійшло 12 повідомлень про дітей, які можуть перебувати у складних життєвих обставинах, усі "
    "передано до ЦНСП для проведення оцінки потреб.",
    "3. Діти, які постраждали внаслідок воєнних дій. Статус дитини, яка постраждала внаслідок воєнних дій "
    "та збройних конфліктів, надано 34 дітям (усього з 2022 року – 127 дітей). Обліковано "
    "внутрішньо переміщених дітей: на початок року – 235, прибуло 15, вибуло 38, на 30.09.2023 – 212.",
    "4. Звернення громадян. До служби надійшло 58 звернень громадян, у тому числі письмових – 41, "
    "усних – 17, що на 3 більше, ніж за 9 місяців 2022 року. Скарг на діяльність служби не надходило. На "
    "телефон служби надійшов 31 дзвінок.",
    "5. Профілактична робота. Проведено 14 засідань комісії з питань захисту прав дитини, на яких "
    "розглянуто 63 питання. Спільно з поліцією проведено 22 рейди «Діти вулиці», «Канікули», виявлено 4 "
    "дітей, які потребували допомоги. У закладах освіти проведено 9 профілактичних заходів, якими охоплено "
    "436 учнів 5–11 класів. До суду підготовлено 11 висновків органу опіки та піклування.",
    "6. Кадрове забезпечення. Штатна чисельність служби – 4 посади, фактично працює 3 працівники, 1 "
    "вакансія головного спеціаліста. Двоє спеціалістів пройшли навчання за програмою підвищення "
    "кваліфікації (36 годин).",
]
tail = """
Начальник служби у справах дітей                         (підпис)

Виконавець: головний спеціаліст служби, тел. (04646) 0-37-85
"""
text = head + "\n" + "\n\n".join(wrap(p) for p in paras) + "\n" + tail
write_text(report_path(NAME), text, encoding="cp1251", newline="\r\n")
Q = quote_fitter(report_path(NAME))

g = Gold(NAME, {"centre": "Служба у справах дітей Деснянської селищної ради", "centre_type": "other",
                "settlement": "Десна", "oblast": "Чернігівська", "report_kind": "period_report",
                "period_start": "2023-01-01", "period_end": "2023-09-30"})
_f, _skip, _check = g.f, g.skip, g.check


def F(ind, unit, val, quote, **kw):
    return _f(ind, unit, val, Q(quote), **kw)


g.skip = lambda quote, *a, **k: _skip(Q(quote), *a, **k)
g.check = lambda rule, quote, *a, **k: _check(rule, Q(quote), *a, **k)
reg = F("registered", "children", 41, "на первинному обліку служби перебуває 41 дитина-сирота",
        category="діти-сироти та діти, позбавлені батьківського піклування")
o1 = F("registered", "children", 17, "17 (41,5 %) – діти-сироти", percent=41.5, category="діти-сироти",
       group="register_41_by_status", parent=reg)
o2 = F("registered", "children", 24, "24 (58,5 %) – діти, позбавлені", percent=58.5,
       category="діти, позбавлені батьківського піклування", group="register_41_by_status", parent=reg)
rn = F("registered_new", "children", 6, "взято на первинний облік 6 дітей",
       category="діти-сироти та діти, позбавлені батьківського піклування")
dr = F("deregistered", "children", 9, "знято з обліку 9 дітей",
       category="діти-сироти та діти, позбавлені батьківського піклування")
d1 = F("deregistered", "children", 5, "з досягненням повноліття – 5", label="досягнення повноліття",
       group="dereg_9_by_reason", parent=dr)
d2 = F("deregistered", "children", 1, "усиновленням – 1", label="усиновлення", group="dereg_9_by_reason", parent=dr)
d3 = F("deregistered", "children", 3, "поверненням до батьків – 3", label="повернення до батьків",
       group="dereg_9_by_reason", parent=dr)
sn = F("registered_new", "children", 11, "поставлено на облік 11 дітей",
       category="діти, які перебувають у складних життєвих обставинах")
sd = F("deregistered", "children", 7, "знято з обліку 7",
       category="діти, які перебувають у складних життєвих обставинах")
sr = F("registered", "children", 23, "на обліку перебуває 23 дитини, які перебувають у СЖО",
       category="діти, які перебувають у складних життєвих обставинах")
nt = F("notified", "children", 12, "Надійшло 12 повідомлень про дітей")
war = F("registered_new", "children", 34, "надано 34 дітям", label="статус дитини, яка постраждала внаслідок воєнних дій")
ip = F("registered", "children", 212, "на 30.09.2023 – 212", category="внутрішньо переміщені діти")
ipn = F("registered_new", "children", 15, "прибуло 15", category="внутрішньо переміщені діти")
ipd = F("deregistered", "children", 38, "вибуло 38", category="внутрішньо переміщені діти")
ap = F("applied", "applications", 58, "До служби надійшло 58 звернень громадян")
a1 = F("applied", "applications", 41, "письмових – 41", label="письмові", group="appeals_58_by_form", parent=ap)
a2 = F("applied", "applications", 17, "усних – 17", label="усні", group="appeals_58_by_form", parent=ap)
cp = F("complaints", "complaints", 0, "Скарг на діяльність служби не надходило")
cl = F("calls", "calls", 31, "надійшов 31 дзвінок")
ev = F("events", "events", 9, "проведено 9 профілактичних заходів")
evp = F("event_participants", "children", 436, "якими охоплено 436 учнів", unit_alt="persons", parent=ev)
sp = F("staff_positions", "positions", 4, "Штатна чисельність служби – 4 посади")
sa = F("staff_actual", "staff", 3, "фактично працює 3 працівники")
stt = F("staff_trained", "staff", 2, "Двоє спеціалістів пройшли навчання")

g.check("parts_sum", "з них 17 (41,5 %) – діти-сироти, 24 (58,5 %)", "17 + 24 = 41", f"{o1} + {o2} == {reg}")
g.check("percent_mismatch", "17 (41,5 %) – діти-сироти", "17/41 = 41,46 % → 41,5; 24/41 = 58,54 % → 58,5",
        f"pct_ok({o1.replace('f', 'p')}, {o1}, {reg}, 1) and pct_ok({o2.replace('f', 'p')}, {o2}, {reg}, 1)")
g.check("percents_sum", "17 (41,5 %) – діти-сироти, 24 (58,5 %)", "41,5 + 58,5 = 100",
        f"psum_ok([{o1.replace('f', 'p')}, {o2.replace('f', 'p')}], 1)")
g.check("parts_sum", "Під опікою, піклуванням виховуються 29 дітей",
        "forms of placement (no §3 id, literals): 29 + 8 + 3 + 1 = 41 on the register", f"29 + 8 + 3 + 1 == {reg}")
g.check("parts_sum", "знято з обліку 9 дітей, з них", "5 + 1 + 3 = 9", f"{d1} + {d2} + {d3} == {dr}")
g.check("parts_sum", "на обліку перебуває 23 дитини", "19 (1 January, literal) + 11 − 7 = 23", f"19 + {sn} - {sd} == {sr}")
g.check("parts_sum", "на 30.09.2023 – 212", "235 (start of year, literal) + 15 − 38 = 212", f"235 + {ipn} - {ipd} == {ip}")
g.check("parts_sum", "у тому числі письмових – 41", "41 + 17 = 58", f"{a1} + {a2} == {ap}")
g.check("parts_sum", "фактично працює 3 працівники", "2 trained ≤ 3 working ≤ 4 positions; 3 + 1 vacancy = 4",
        f"{stt} <= {sa} <= {sp} and {sa} + 1 == {sp}")

g.skip("17024, Чернігівська обл., Чернігівський р-н, смт Десна, вул. Соборна, 3", [17024, 3], "postcode, address")
g.skip("тел. (04646) 0-37-82", [4646, 3782], "phone")
g.skip("Вих. № 02-14/386 від 09.10.2023", [2, 14, 386, 9, 10, 2023], "outgoing number and date")
g.skip("за 9 місяців 2023 року", [9, 2023], "period")
g.skip("проживає 2 318 дітей віком до 18 років", [2318, 18], "child population, age")
g.skip("Станом на 30.09.2023", [30, 9, 2023], "date")
g.skip("Під опікою, піклуванням виховуються 29 дітей", [29, 8, 3, 1],
       "forms of placement of the 41 children (no §3 id); used as literals in a check")
g.skip("Влаштовано до сімейних форм виховання 5 дітей", [5], "placements (no §3 id)")
g.skip("На обліку кандидатів в усиновлювачі перебуває 2 подружжя", [2], "adoption candidates (no §3 id)")
g.skip("На 01.01.2023 на обліку перебувало 19 дітей", [1, 1, 2023, 19], "start-of-year register; used as a literal")
g.skip("(усього з 2022 року – 127 дітей)", [2022, 127], "cumulative figure since 2022")
g.skip("на початок року – 235", [235], "start-of-year register; used as a literal")
g.skip("що на 3 більше, ніж за 9 місяців 2022 року", [3, 9, 2022], "difference from the previous year")
g.skip("Проведено 14 засідань комісії", [14, 63], "commission sittings and questions (no §3 id)")
g.skip("проведено 22 рейди «Діти вулиці»", [22, 4], "raids and children found (no §3 id)")
g.skip("учнів 5–11 класів", [5, 11], "school grades")
g.skip("До суду підготовлено 11 висновків", [11], "court opinions (no §3 id)")
g.skip("1 вакансія головного спеціаліста", [1], "vacancy (no §3 id); used as a literal")
g.skip("(36 годин)", [36], "duration")
g.skip("тел. (04646) 0-37-85", [4646, 3785], "phone")
g.skip("1. Загальна ситуація", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")
g.note("служба у справах дітей → centre_type other; registers of children are registered / registered_new / "
       "deregistered with unit children and the category of the register in `category`")
g.note("the 41 children by status (17 + 24) are a partition with percents; by form of placement (29 + 8 + 3 + 1) "
       "has no §3 id and is skipped, checked with literals")
g.note("«Статус дитини, яка постраждала … надано 34 дітям» → registered_new with a label; the cumulative 127 since "
       "2022 is skipped")
g.note("the start-of-year registers (19 children in СЖО, 235 displaced children) are not facts of the period's end; "
       "they are skipped and used as literals in the movement checks")
g.note("«Двоє спеціалістів» (a number in words) → staff_trained 2")
g.note("«охоплено 436 учнів» → event_participants in children (unit_alt persons)")
g.note("no planted slip: everything adds up")
g.write()
