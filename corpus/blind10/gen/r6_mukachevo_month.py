"""b10_06: a monthly report (за жовтень 2025) of a ЦСС: heavy abbreviations, a short
pipe-drawn table and prose. Plain TXT, UTF-8 with BOM, LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, write_bytes, pct

NAME = "b10_06_mukachevo_month.txt"

ROWS = [("1", "Інформування", "informing", 142, "ос.", "persons", 188),
        ("2", "Консультування", "counselling", 96, "ос.", "persons", 231),
        ("3", "Соц. супровід сімей у СЖО", "social_support_sjo", 58, "сім.", "families", 174),
        ("4", "Соц. супроводження ПС/ДБСТ", "social_support_foster", 11, "сім.", "families", 33),
        ("5", "Кризове втручання", "crisis_intervention", 4, "ос.", "persons", 9),
        ("6", "Представництво інтересів", "representation", 7, "ос.", "persons", 12)]
TOTAL_WRITTEN = 657
assert sum(r[6] for r in ROWS) == 647                 # planted: Разом says 657
assert 9 + 6 + 3 + 5 == 23 and 3 + 1 == 4 and 9 + 2 == 11
assert pct(17, 21, 0) == 81 and pct(6, 17, 0) == 35 and pct(12, 34, 0) == 35


def row(*cells):
    w = [3, 34, 13, 13]
    return "|" + "|".join(f" {c:<{w[i] - 1}}" if i == 1 else f" {c:<{w[i] - 1}}" for i, c in enumerate(cells)) + "|"


SEP = "|" + "|".join("-" * w for w in [3, 34, 13, 13]) + "|"
TABLE = "\n".join([row("№", "Послуга", "К-ть отрим.", "К-ть послуг"), SEP]
                  + [row(n, name, f"{v} {u}", str(s)) for n, name, _, v, u, _, s in ROWS]
                  + [row("", "Разом", "—", str(TOTAL_WRITTEN))])

TXT = f"""ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ МУКАЧІВСЬКОЇ МІСЬКОЇ РАДИ
89600, Закарпатська обл., м. Мукачево, вул. Пушкіна, 00, тел. (03131) 0-27-44

Вих. № 01-12/287 від 04.11.2025

Управлінню праці та соціального захисту населення виконавчого комітету Мукачівської міської ради

ІНФОРМАЦІЯ
про роботу ЦСС за жовтень 2025 р.

1. Звернення, виявлення сімей/осіб у СЖО
У жовтні 2025 р. до ЦСС звернулось 87 ос. (у вересні — 79 ос.). Надійшли повідомл. щодо 23 сім., які можуть перебувати у СЖО (від ССД — 9, ЗО — 6, ЗОЗ — 3, НПУ — 5).
Проведено оцінку потреб 21 сім. (39 дит.), з них СЖО визнано у 17 сім. (81 %).

2. Надання соц. послуг у жовтні 2025 р.

{TABLE}

3. Соц. супровід сімей у СЖО
На 31.10.2025 під соц. супроводом — 58 сім. (в них 101 дит.). У жовтні взято під супровід 6 сім. (35 % від визнаних у СЖО), завершено — 4 сім., з них: з позит. рез-том — 3, у зв'язку зі зміною місця прожив. — 1.
На обліку сімей у СЖО перебуває 73 сім.; поставлено на облік у жовтні — 5 сім., знято з обліку — 3 сім.

4. Сімейні форми виховання
Соц. супроводження: ПС — 9, ДБСТ — 2; в них вихов. 38 дит.
Навчання кандидатів у прийомні батьки — 2 сім. (курс 60 год., завершення у грудні).

5. ВПО
Соц. послуги надано 34 ВПО, з них 12 дит. (35 %).

6. Профілактика
Проведено 9 груп. заходів (тренінги для батьків, лекції в ЗЗСО), охоплено 214 ос. Тривалість тренінгу — 2 год.
Моб. бригада: 17 виїздів. Тел. лінія ЦСС: 26 дзвінків.

7. Інше
Скарг не надійшло. Працює 18 ос. з 21 шт. од. (1 — у відпустці по догляду за дит.).
План на листопад: 3 тренінги «Батьківська школа», 1 рейд «Діти вулиці».

Директор ЦСС                                   Василь ГАЙДА
Вик.: фахівець із соц. роботи, (03131) 0-27-44
"""

path = write_bytes(NAME, b"\xef\xbb\xbf" + TXT.encode("utf-8"))

g = Gold(NAME, {
    "centre": "Центр соціальних служб Мукачівської міської ради",
    "centre_type": "css",
    "settlement": "Мукачево",
    "oblast": "Закарпатська",
    "report_kind": "period_report",
    "period_start": "2025-10-01",
    "period_end": "2025-10-31",
})

g.f("applied", "persons", 87, "У жовтні 2025 р. до ЦСС звернулось 87 ос.")
nt = g.f("notified", "families", 23, "Надійшли повідомл. щодо 23 сім., які можуть перебувати у СЖО")
for q, lab, v in [("від ССД — 9", "від служби у справах дітей (ССД)", 9), ("ЗО — 6", "від закладів освіти (ЗО)", 6),
                  ("ЗОЗ — 3", "від закладів охорони здоров'я (ЗОЗ)", 3), ("НПУ — 5", "від Національної поліції (НПУ)", 5)]:
    g.f("notified", "families", v, q, label=lab, parent_id=nt, group="notified_23_by_source")
na = g.f("needs_assessed", "families", 21, "Проведено оцінку потреб 21 сім. (39 дит.)")
g.f("needs_assessed", "children", 39, "21 сім. (39 дит.)", parent_id=na)
sz = g.f("in_difficult_circumstances", "families", 17, "з них СЖО визнано у 17 сім. (81 %)", percent=81, parent_id=na)

TEXT = None
from common import read_text
TEXT = read_text(path)


def tline(name):
    for line in TEXT.splitlines():
        if name in line:
            return line.strip() if line.strip() in TEXT else line
    return name


tot = g.f("services_provided", "services", TOTAL_WRITTEN, tline("Разом"), label="Разом")
srv_ids, cnt_ids = {}, []
for n, name, sid, v, u, unit, s in ROWS:
    ln = tline(name)
    srv_ids[sid] = g.f("served", unit, v, ln, service=sid)
    cnt_ids.append(g.f("services_provided", "services", s, ln, service=sid, parent_id=tot, group="services_by_service_table"))
og = g.f("support_ongoing", "families", 58, "На 31.10.2025 під соц. супроводом — 58 сім.", service="social_support_sjo",
         alt=["served"], note="same 58 as table row 3 (served); a figure written twice is two facts")
g.f("support_ongoing", "children", 101, "58 сім. (в них 101 дит.)", service="social_support_sjo", alt=["served"], parent_id=og)
g.f("support_started", "families", 6, "У жовтні взято під супровід 6 сім. (35 % від визнаних у СЖО)", percent=35,
    service="social_support_sjo")
sc = g.f("support_completed", "families", 4, "завершено — 4 сім.", service="social_support_sjo")
g.f("outcome_positive", "families", 3, "з позит. рез-том — 3", service="social_support_sjo", parent_id=sc,
    group="completed_4_by_outcome")
g.f("outcome_other", "families", 1, "у зв'язку зі зміною місця прожив. — 1", service="social_support_sjo", parent_id=sc,
    group="completed_4_by_outcome", label="зміна місця проживання")
g.f("registered", "families", 73, "На обліку сімей у СЖО перебуває 73 сім.")
g.f("registered_new", "families", 5, "поставлено на облік у жовтні — 5 сім.")
g.f("deregistered", "families", 3, "знято з обліку — 3 сім.")
fs = srv_ids["social_support_foster"]
g.f("served", "families", 9, "ПС — 9", service="social_support_foster", category="прийомні сім'ї", parent_id=fs,
    group="foster_11_by_type")
g.f("served", "families", 2, "ДБСТ — 2", service="social_support_foster", category="дитячі будинки сімейного типу",
    parent_id=fs, group="foster_11_by_type")
g.f("served", "children", 38, "в них вихов. 38 дит.", service="social_support_foster", parent_id=fs)
vp = g.f("served", "persons", 34, "Соц. послуги надано 34 ВПО", category="внутрішньо переміщені особи")
g.f("served", "children", 12, "з них 12 дит. (35 %)", percent=35, parent_id=vp, category="внутрішньо переміщені особи")
g.f("events", "events", 9, "Проведено 9 груп. заходів")
g.f("event_participants", "persons", 214, "охоплено 214 ос.")
g.f("calls", "calls", 26, "Тел. лінія ЦСС: 26 дзвінків")
g.f("complaints", "complaints", 0, "Скарг не надійшло.")
g.f("staff_actual", "staff", 18, "Працює 18 ос. з 21 шт. од.")
g.f("staff_positions", "positions", 21, "Працює 18 ос. з 21 шт. од.")

g.bad("table_arithmetic", "error", tline("Разом"), 657, 647, [tot] + cnt_ids,
      "column «К-ть послуг»: 188 + 231 + 174 + 33 + 9 + 12 = 647; the «Разом» row says 657 (10 too many).")

g.ok("parts_sum", "від ССД — 9, ЗО — 6, ЗОЗ — 3, НПУ — 5", "notifications by source 9 + 6 + 3 + 5 = 23")
g.ok("percent_mismatch", "з них СЖО визнано у 17 сім. (81 %)", "17 / 21 = 80.95 % → 81 %")
g.ok("percent_mismatch", "взято під супровід 6 сім. (35 % від визнаних у СЖО)", "6 / 17 = 35.3 % → 35 %")
g.ok("parts_sum", "завершено — 4 сім., з них", "3 + 1 = 4")
g.ok("parts_sum", "ПС — 9, ДБСТ — 2", "9 + 2 = 11 = table row 4 «11 сім.»")
g.ok("percent_mismatch", "з них 12 дит. (35 %)", "12 / 34 = 35.3 % → 35 %")
g.ok("internal_conflict", "На 31.10.2025 під соц. супроводом — 58 сім.", "58 families in support agrees with table row 3")

for q, v, r in [
    ("89600, Закарпатська обл., м. Мукачево, вул. Пушкіна, 00, тел. (03131) 0-27-44", [89600, 3131], "postcode, address, phone"),
    ("Вих. № 01-12/287 від 04.11.2025", [287, 2025], "outgoing number and date"),
    ("(у вересні — 79 ос.)", [79], "previous month (other period)"),
    ("На 31.10.2025", [2025], "date"),
    ("Навчання кандидатів у прийомні батьки — 2 сім. (курс 60 год., завершення у грудні)", [2, 60],
     "candidates in training (no §3 id; training not finished) and course length"),
    ("Тривалість тренінгу — 2 год.", [2], "duration"),
    ("Моб. бригада: 17 виїздів", [17], "mobile-brigade call-outs; no §3 id"),
    ("(1 — у відпустці по догляду за дит.)", [1], "staff on parental leave; no §3 id"),
    ("План на листопад: 3 тренінги «Батьківська школа», 1 рейд «Діти вулиці».", [3, 1], "plan for November"),
    ("(03131) 0-27-44", [3131], "phone"),
    ("№\tПослуга\tК-ть отрим.\tК-ть послуг", [1, 2, 3, 4, 5, 6], "table header; the row numbers 1–6 in column «№» are not facts"),
]:
    g.skip(q, v, r)

g.notes += [
    "published omitted: the letter has an outgoing date 04.11.2025 but no publication date.",
    "abbreviations: ос. = осіб (persons), сім. = сімей (families), дит. = дітей (children), ПС = прийомні сім'ї, ДБСТ = дитячі будинки сімейного типу, ССД / ЗО / ЗОЗ / НПУ = sources of notifications (labels spelled out).",
    "table: each row gives served (col. «К-ть отрим.», unit from «ос.»/«сім.») and services_provided (col. «К-ть послуг»); the «Разом» row has only a services total (the recipient column mixes units and is «—»).",
    "the 58 families appear in the table (served) and in section 3 (support_ongoing on 31.10): two facts.",
    "«Працює 18 ос. з 21 шт. од.» gives staff_actual 18 and staff_positions 21 from one quote.",
    "ВПО 34 is not marked as part of any table row (the text does not say which services they got).",
]
g.write(path)
