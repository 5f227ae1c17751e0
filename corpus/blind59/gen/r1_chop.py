"""b59_01: КУ «ЦНСП» Чопської міської ради (Закарпатська), annual report 2024, BILINGUAL
Ukrainian–Hungarian DOCX: every Ukrainian paragraph is followed by its Hungarian translation,
headings in both languages, a table with a bilingual header.
Gold convention: a figure told in both languages is ONE fact, quoted from the Ukrainian text; the
Hungarian repetition goes to `skipped` («Hungarian translation of fN»). Table cells are written once.
Planted slip: internal_conflict — the Ukrainian prose says 275 recipients, the table total
(and the Hungarian prose) say 257; the rows sum to 257."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b59_01_chop_cnsp_bilingual2024.docx"

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(12)


def p(text, bold=False, italic=False):
    par = d.add_paragraph()
    r = par.add_run(text)
    r.bold = bold
    r.italic = italic
    return par


def hu(text):
    return p(text, italic=True)


p("ЧОПСЬКА МІСЬКА РАДА ● CSAP VÁROSI TANÁCS", bold=True)
p("Комунальна установа «Центр надання соціальних послуг» Чопської міської ради", bold=True)
hu("A Csapi Városi Tanács «Szociális Szolgáltatásokat Nyújtó Központ» Kommunális Intézménye")
p("89502, Закарпатська обл., м. Чоп, вул. Головна, 14; тел. (03127) 0-21-47; ЄДРПОУ 44182735")
hu("89502 Csap, Fő utca 14.; tel.: (03127) 0-21-47")
p("Вих. № 27/02-11 від 20.01.2025 / Iktatószám: 27/02-11, 2025. január 20.")
p("ЗВІТ ПРО ДІЯЛЬНІСТЬ ЦЕНТРУ ЗА 2024 РІК", bold=True)
p("BESZÁMOLÓ A KÖZPONT 2024. ÉVI TEVÉKENYSÉGÉRŐL", bold=True)

p("1. Загальні відомості / Általános adatok", bold=True)
p("Центр утворено рішенням Чопської міської ради від 23.12.2021 № 412. Послуги надаються мешканцям "
  "5 населених пунктів громади, де проживає близько 8,9 тис. осіб.")
hu("A Központot Csap Városi Tanácsának 2021. december 23-i 412. számú határozata hozta létre. "
   "A szolgáltatásokat a közösség 5 településének mintegy 8,9 ezer lakosa veheti igénybe.")

p("2. Звернення та оцінка потреб / Megkeresések és szükségletfelmérés", bold=True)
p("Протягом 2024 року до Центру звернулися 312 осіб, з них 61 – внутрішньо переміщені особи. "
  "Оцінку потреб проведено 97 особам.")
hu("2024. évben 312 fő fordult a Központhoz, közülük 61 fő belső menekült. "
   "Szükségletfelmérést 97 fő esetében végeztünk.")

p("3. Отримувачі послуг / A szolgáltatások igénybevevői", bold=True)
p("Соціальні послуги отримали 275 осіб/сімей, їм надано 1 785 послуг. Розподіл за видами послуг "
  "наведено в таблиці 1.")
hu("Szociális szolgáltatásban 257 fő/család részesült, számukra összesen 1 785 szolgáltatást nyújtottunk. "
   "A szolgáltatások szerinti megoszlást az 1. táblázat tartalmazza.")
p("Таблиця 1 / 1. táblázat")
rows = [
    ("1", "Інформування / Tájékoztatás", "96", "143"),
    ("2", "Консультування / Tanácsadás", "88", "212"),
    ("3", "Соціальна адаптація / Szociális beilleszkedés", "23", "97"),
    ("4", "Догляд вдома / Otthoni gondozás", "19", "1 140"),
    ("5", "Соціальний супровід сімей / Családok szociális kísérése", "14", "168"),
    ("6", "Представництво інтересів / Érdekképviselet", "17", "25"),
]
t = d.add_table(rows=1, cols=4)
t.style = "Table Grid"
hdr = ("№ / Ssz.", "Послуга / Szolgáltatás", "Осіб/сімей / Fő/család", "Надано послуг / Nyújtott szolgáltatás")
for i, h in enumerate(hdr):
    t.rows[0].cells[i].text = h
for r in rows:
    cells = t.add_row().cells
    for i, v in enumerate(r):
        cells[i].text = v
cells = t.add_row().cells
cells[0].text = ""
cells[1].text = "Разом / Összesen"
cells[2].text = "257"
cells[3].text = "1 785"

p("4. Соціальний супровід сімей / A családok szociális kísérése", bold=True)
p("Під соціальним супроводом перебували 14 сімей, у яких виховується 31 дитина; серед них 6 сімей "
  "внутрішньо переміщених осіб. Завершено супровід 9 сімей: 7 – з позитивним результатом, "
  "2 – у зв'язку зі зміною місця проживання.")
hu("Szociális kísérésben 14 család részesült, amelyekben 31 gyermek nevelkedik; közülük 6 belső menekült "
   "család. A kísérés 9 családnál zárult le: 7 esetben eredményesen, 2 esetben lakóhelyváltozás miatt.")

p("5. Натуральна допомога та заходи / Természetbeni segítség és rendezvények", bold=True)
p("Гуманітарну допомогу від благодійних організацій отримали 140 осіб, роздано 420 продуктових наборів. "
  "Проведено 11 групових заходів, у яких взяли участь 186 осіб.")
hu("Jótékonysági szervezetektől érkezett humanitárius segélyben 140 fő részesült, 420 élelmiszercsomagot "
   "osztottunk ki. 11 csoportos rendezvényt tartottunk 186 résztvevővel.")

p("6. Кадри / Személyi állomány", bold=True)
p("Штатним розписом передбачено 18 посад, фактично працює 16 осіб; 4 працівники вільно володіють "
  "угорською мовою. Курси підвищення кваліфікації пройшли 5 працівників.")
hu("A szervezeti és működési szabályzat 18 álláshelyet ír elő, ténylegesen 16 fő dolgozik; 4 munkatárs "
   "folyékonyan beszél magyarul. Továbbképzésen 5 munkatárs vett részt.")

p("7. Якість послуг / A szolgáltatások minősége", bold=True)
p("У грудні 2024 року проведено анкетування 52 отримувачів; 92,3 % опитаних задоволені якістю послуг. "
  "Скарг протягом року не надходило.")
hu("2024 decemberében 52 igénybevevő töltött ki kérdőívet; a megkérdezettek 92,3%-a elégedett a "
   "szolgáltatások minőségével. Panasz az év során nem érkezett.")
p("У 2025 році планується запровадити послугу денного догляду для 10 осіб.")
hu("2025-ben a nappali ellátás bevezetését tervezzük 10 fő részére.")
p("Директор / Igazgató                                   (підпис / aláírás)")

fix_docx_props(d, author="ЦНСП Чоп")
d.save(report_path(DOC))
freeze_zip(report_path(DOC))

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Чопської міської ради",
    "centre_type": "cnsp", "settlement": "Чоп", "oblast": "Закарпатська",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Чопської міської ради",
                         "КУ «Центр надання соціальних послуг» Чопської міської ради"]})
f_app = g.f("applied", "persons", 312, "до Центру звернулися 312 осіб")
f_idp = g.f("applied", "persons", 61, "з них 61 – внутрішньо переміщені особи",
            category="внутрішньо переміщені особи", parent=f_app)
f_na = g.f("needs_assessed", "persons", 97, "Оцінку потреб проведено 97 особам.")
f_srv = g.f("served", "families_persons", 275, "Соціальні послуги отримали 275 осіб/сімей",
            note="the slip: the table total and the Hungarian text say 257")
f_sp = g.f("services_provided", "services", 1785, "їм надано 1 785 послуг")
svc = {"1": "informing", "2": "counselling", "3": "social_adaptation", "4": "home_care",
       "5": "social_support_sjo", "6": "representation"}
tot_p = g.f("served", "families_persons", 257, "Разом / Összesen\t257\t1 785", label="Разом (таблиця 1)")
tot_s = g.f("services_provided", "services", 1785, "Разом / Összesen\t257\t1 785", label="Разом (таблиця 1)")
pp, ss = [], []
for n, name, a, b in rows:
    q = f"{n}\t{name}\t{a}\t{b}"
    pp.append(g.f("served", "families_persons", int(a.replace(" ", "")), q, service=svc[n],
                  group="table1_persons", parent=tot_p))
    ss.append(g.f("services_provided", "services", int(b.replace(" ", "")), q, service=svc[n],
                  group="table1_services", parent=tot_s))
f_sup = g.f("served", "families", 14, "Під соціальним супроводом перебували 14 сімей",
            service="social_support_sjo", alt=["support_ongoing"])
f_ch = g.f("served", "children", 31, "у яких виховується 31 дитина", service="social_support_sjo",
           alt=["support_ongoing"], parent=f_sup)
f_sidp = g.f("served", "families", 6, "серед них 6 сімей внутрішньо переміщених осіб",
             service="social_support_sjo", category="внутрішньо переміщені особи", parent=f_sup)
f_cmp = g.f("support_completed", "families", 9, "Завершено супровід 9 сімей", service="social_support_sjo",
            parent=f_sup)
f_pos = g.f("outcome_positive", "families", 7, "7 – з позитивним результатом", service="social_support_sjo",
            group="completed_9_by_outcome", parent=f_cmp)
f_oth = g.f("outcome_other", "families", 2, "2 – у зв'язку зі зміною місця проживання",
            service="social_support_sjo", label="зміна місця проживання", group="completed_9_by_outcome",
            parent=f_cmp)
f_hum = g.f("served", "persons", 140, "Гуманітарну допомогу від благодійних організацій отримали 140 осіб",
            service="natural_aid")
f_ev = g.f("events", "events", 11, "Проведено 11 групових заходів")
f_evp = g.f("event_participants", "persons", 186, "у яких взяли участь 186 осіб", parent=f_ev)
f_sp_ = g.f("staff_positions", "positions", 18, "Штатним розписом передбачено 18 посад")
f_sa = g.f("staff_actual", "staff", 16, "фактично працює 16 осіб")
f_tr = g.f("staff_trained", "staff", 5, "Курси підвищення кваліфікації пройшли 5 працівників.")
f_sv = g.f("survey_respondents", "recipients", 52, "проведено анкетування 52 отримувачів", unit_alt="persons")
f_sat = g.f("satisfaction", "percent", 92.3, "92,3 % опитаних задоволені якістю послуг",
            label="задоволені якістю послуг")
f_c = g.f("complaints", "complaints", 0, "Скарг протягом року не надходило.")

g.slip("internal_conflict", "error", "Соціальні послуги отримали 275 осіб/сімей", 275, 257, [f_srv, tot_p],
       "the Ukrainian prose says 275 recipients (осіб/сімей); the table's Разом says 257, the six rows sum to 257 "
       "and the Hungarian translation says «257 fő/család»: a transposition in the Ukrainian text",
       f"{f_srv} == {tot_p}")
g.check("table_arithmetic", "Разом / Összesen\t257\t1 785", "96 + 88 + 23 + 19 + 14 + 17 = 257",
        " + ".join(pp) + f" == {tot_p}")
g.check("table_arithmetic", "Разом / Összesen\t257\t1 785", "143 + 212 + 97 + 1 140 + 168 + 25 = 1 785",
        " + ".join(ss) + f" == {tot_s}")
g.check("internal_conflict", "їм надано 1 785 послуг", "prose 1 785 services = table total 1 785",
        f"{f_sp} == {tot_s}")
g.check("parts_sum", "Завершено супровід 9 сімей: 7 – з позитивним результатом", "7 + 2 = 9 ≤ 14",
        f"{f_pos} + {f_oth} == {f_cmp} and {f_cmp} <= {f_sup} and {f_sidp} <= {f_sup}")
g.check("internal_conflict", "Під соціальним супроводом перебували 14 сімей",
        "the 14 families under support = table row 5 (14)", f"{f_sup} == {pp[4]}")
g.check("parts_sum", "з них 61 – внутрішньо переміщені особи", "61 ≤ 312; 97 ≤ 312",
        f"{f_idp} <= {f_app} and {f_na} <= {f_app}")
g.check("percent_impossible", "92,3 % опитаних задоволені якістю послуг", "48 of 52 = 92,31 % → 92,3",
        f"grim_ok({f_sat}, {f_sv}, 1)")
g.check("parts_sum", "фактично працює 16 осіб", "16 ≤ 18; 5 trained ≤ 16", f"{f_sa} <= {f_sp_} and {f_tr} <= {f_sa}")

g.skip("89502, Закарпатська обл., м. Чоп, вул. Головна, 14; тел. (03127) 0-21-47; ЄДРПОУ 44182735",
       [89502, 14, 3127, 2147, 44182735], "postcode, address, phone, ЄДРПОУ")
g.skip("89502 Csap, Fő utca 14.; tel.: (03127) 0-21-47", [89502, 14, 3127, 2147], "Hungarian address line")
g.skip("Вих. № 27/02-11 від 20.01.2025 / Iktatószám: 27/02-11, 2025. január 20.", [27, 2, 11, 20, 1, 2025],
       "outgoing number and date (both languages)")
g.skip("Центр утворено рішенням Чопської міської ради від 23.12.2021 № 412.", [23, 12, 2021, 412], "decision date and number")
g.skip("A Központot Csap Városi Tanácsának 2021. december 23-i 412. számú határozata hozta létre.", [2021, 23, 412],
       "decision date and number (Hungarian)")
g.skip("5 населених пунктів громади, де проживає близько 8,9 тис. осіб.", [5, 8900], "settlements and population")
g.skip("A szolgáltatásokat a közösség 5 településének mintegy 8,9 ezer lakosa veheti igénybe.", [5, 8900],
       "settlements and population (Hungarian)")
g.skip("2024. évben 312 fő fordult a Központhoz, közülük 61 fő belső menekült.", [2024, 312, 61],
       "Hungarian translation of f1, f2")
g.skip("Szükségletfelmérést 97 fő esetében végeztünk.", [97], "Hungarian translation of f3")
g.skip("Szociális szolgáltatásban 257 fő/család részesült, számukra összesen 1 785 szolgáltatást nyújtottunk.",
       [257, 1785], "Hungarian translation of f4, f5; it says 257 where the Ukrainian says 275 (evidence for the slip)")
g.skip("наведено в таблиці 1.", [1], "table number")
g.skip("A szolgáltatások szerinti megoszlást az 1. táblázat tartalmazza.", [1], "table number (Hungarian)")
g.skip("Таблиця 1 / 1. táblázat", [1], "table number")
g.skip("№ / Ssz.", [1, 2, 3, 4, 5, 6], "row numbers")
g.skip("Szociális kísérésben 14 család részesült, amelyekben 31 gyermek nevelkedik; közülük 6 belső menekült család.",
       [14, 31, 6], "Hungarian translation of the support facts")
g.skip("A kísérés 9 családnál zárult le: 7 esetben eredményesen, 2 esetben lakóhelyváltozás miatt.", [9, 7, 2],
       "Hungarian translation of the completion facts")
g.skip("роздано 420 продуктових наборів", [420], "items handed out")
g.skip("Jótékonysági szervezetektől érkezett humanitárius segélyben 140 fő részesült, 420 élelmiszercsomagot",
       [140, 420], "Hungarian translation (140 persons, 420 items)")
g.skip("11 csoportos rendezvényt tartottunk 186 résztvevővel.", [11, 186], "Hungarian translation of events")
g.skip("4 працівники вільно володіють угорською мовою.", [4], "no §3 id (staff speaking Hungarian)")
g.skip("A szervezeti és működési szabályzat 18 álláshelyet ír elő, ténylegesen 16 fő dolgozik; 4 munkatárs",
       [18, 16, 4], "Hungarian translation of staff facts")
g.skip("Továbbképzésen 5 munkatárs vett részt.", [5], "Hungarian translation of staff_trained")
g.skip("У грудні 2024 року", [2024], "survey month")
g.skip("2024 decemberében 52 igénybevevő töltött ki kérdőívet; a megkérdezettek 92,3%-a elégedett a",
       [2024, 52, 92.3], "Hungarian translation of the survey facts")
g.skip("У 2025 році планується запровадити послугу денного догляду для 10 осіб.", [2025, 10], "plan")
g.skip("2025-ben a nappali ellátás bevezetését tervezzük 10 fő részére.", [2025, 10], "plan (Hungarian)")
g.skip("1. Загальні відомості / Általános adatok", [1, 2, 3, 4, 5, 6, 7], "section numbers")
g.note("BILINGUAL CONVENTION: a figure told in Ukrainian and in Hungarian is one fact, quoted from the Ukrainian sentence; "
       "the Hungarian sentence is listed under skipped as its translation. Table cells (one number per cell under a "
       "bilingual header) are facts as usual, quoted by their row")
g.note("the Ukrainian prose total 275 and the table total 257 are two facts (a figure written twice); they conflict")
g.note("«осіб/сімей» in prose and table → unit families_persons")
g.note("«Під соціальним супроводом перебували 14 сімей» → served social_support_sjo (alt support_ongoing); the same 14 is table row 5")
g.note("humanitarian aid from charities (140 persons) is counted as natural_aid; it is not part of the table")
g.write()
