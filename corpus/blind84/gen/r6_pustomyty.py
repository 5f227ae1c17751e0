"""b84_06: Центр соціальних служб Пустомитівської міської ради (Львівська), information for Q3 2024.
DOCX, impersonal, a table by starosta okrug (Отримувачів / з них ВПО / Надано послуг), cumulative
«з початку року» figures. Slip: table_arithmetic (services column Разом 991, rows sum to 981)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

NAME = "b84_06_pustomyty_css_q3_2024.docx"
d = docx.Document()
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)
fix_docx_props(d, "ЦСС Пустомити")


def p(text, bold=False, center=False, italic=False):
    par = d.add_paragraph()
    r = par.add_run(text); r.bold = bold; r.italic = italic
    if center:
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return par


p("Начальнику управління соціального захисту населення Пустомитівської міської ради", italic=True)
p("ІНФОРМАЦІЯ", bold=True, center=True)
p("про роботу Центру соціальних служб Пустомитівської міської ради у III кварталі 2024 року", bold=True, center=True)
p("Центр соціальних служб Пустомитівської міської ради (81100, Львівська обл., м. Пустомити, вул. Грушевського, 21, "
  "тел. (03230) 0-42-95) подає інформацію про виконання показників за липень–вересень 2024 року.")
p("Протягом III кварталу 2024 року соціальні послуги отримали 242 сім'ї/особи, яким надано 991 соціальну послугу. "
  "Розподіл отримувачів і послуг за територією громади наведено в таблиці.")
p("Таблиця. Охоплення соціальними послугами за старостинськими округами, III квартал 2024 року")
rows = [
    ("Територія", "Отримувачів, сімей/осіб", "з них ВПО", "Надано послуг"),
    ("м. Пустомити", "118", "41", "509"),
    ("Старостинський округ № 1", "34", "9", "127"),
    ("Старостинський округ № 2", "27", "6", "98"),
    ("Старостинський округ № 3", "41", "12", "166"),
    ("Старостинський округ № 4", "22", "5", "81"),
    ("Разом", "242", "73", "991"),
]
t = d.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
        if i == 0 or i == len(rows) - 1:
            for r in t.cell(i, j).paragraphs[0].runs:
                r.bold = True
p("Оцінку потреб проведено 58 сім'ям/особам, з них 19 – сім'ям внутрішньо переміщених осіб. Надійшло 16 повідомлень "
  "про сім'ї, які можуть перебувати у складних життєвих обставинах (з початку року – 47).")
p("Під соціальним супроводом у кварталі перебували 26 сімей, у яких виховується 49 дітей. Під супровід взято 7 сімей, "
  "завершено супровід 5 сімей, усі – з позитивним результатом. Усього з початку 2024 року послугу соціального "
  "супроводу отримали 38 сімей.")
p("Соціальне супроводження здійснювалося у 3 сім'ях: 2 прийомних сім'ях і 1 дитячому будинку сімейного типу, "
  "де виховуються 13 дітей. Середній строк перебування дітей у цих сім'ях – 3,4 року.")
p("Проведено 11 групових заходів для 164 учасників, поширено 300 інформаційних буклетів. За сприяння міжнародної "
  "організації дітям із сімей ВПО видано 84 комплекти зимового одягу на суму 126,0 тис. грн.")
p("Штатна чисельність Центру – 9 посад, 2 з них вакантні. Скарг на роботу фахівців у кварталі не надходило.")
p("Директор                                                                Вих. № 214 від 07.10.2024")

path = report_path(NAME)
d.save(path)
freeze_zip(path, when=(2024, 10, 7, 10, 0, 0))

g = Gold(NAME, {
    "centre": "Центр соціальних служб Пустомитівської міської ради", "centre_type": "css",
    "settlement": "Пустомити", "oblast": "Львівська", "report_kind": "period_report",
    "period_start": "2024-07-01", "period_end": "2024-09-30"})
n = lambda x: x[1:]
ps = g.f("served", "families_persons", 242, "соціальні послуги отримали 242 сім'ї/особи")
pv = g.f("services_provided", "services", 991, "яким надано 991 соціальну послугу")
tq = "Разом\t242\t73\t991"
T_s = g.f("served", "families_persons", 242, tq, label="Разом")
T_v = g.f("served", "families_persons", 73, tq, label="Разом", category="внутрішньо переміщені особи", parent=T_s)
T_p = g.f("services_provided", "services", 991, tq, label="Разом")
rs, rv, rp = [], [], []
for name, a, b, c in [("м. Пустомити", 118, 41, 509), ("Старостинський округ № 1", 34, 9, 127),
                      ("Старостинський округ № 2", 27, 6, 98), ("Старостинський округ № 3", 41, 12, 166),
                      ("Старостинський округ № 4", 22, 5, 81)]:
    q = f"{name}\t{a}\t{b}\t{c}"
    rs.append(g.f("served", "families_persons", a, q, district=name, group="t_served_242_by_territory", parent=T_s))
    rv.append(g.f("served", "families_persons", b, q, district=name, category="внутрішньо переміщені особи",
                  group="t_idp_73_by_territory", parent=T_v))
    rp.append(g.f("services_provided", "services", c, q, district=name, group="t_services_991_by_territory", parent=T_p))
na = g.f("needs_assessed", "families_persons", 58, "Оцінку потреб проведено 58 сім'ям/особам")
nav = g.f("needs_assessed", "families", 19, "з них 19 – сім'ям внутрішньо переміщених осіб", category="внутрішньо переміщені особи",
          parent=na)
nt = g.f("notified", "families", 16, "Надійшло 16 повідомлень про сім'ї")
sj = g.f("served", "families", 26, "Під соціальним супроводом у кварталі перебували 26 сімей", service="social_support_sjo",
         alt=["support_ongoing"])
sjc = g.f("served", "children", 49, "у яких виховується 49 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=sj)
sst = g.f("support_started", "families", 7, "Під супровід взято 7 сімей", service="social_support_sjo", parent=sj)
scp = g.f("support_completed", "families", 5, "завершено супровід 5 сімей, усі – з позитивним результатом",
          service="social_support_sjo", alt=["outcome_positive"], parent=sj,
          note="one figure for two readings (completed, all with positive result); one row")
fo = g.f("served", "families", 3, "Соціальне супроводження здійснювалося у 3 сім'ях", service="social_support_foster")
fo1 = g.f("served", "families", 2, "2 прийомних сім'ях", service="social_support_foster", label="прийомні сім'ї",
          group="foster_3_by_type", parent=fo)
fo2 = g.f("served", "families", 1, "1 дитячому будинку сімейного типу", service="social_support_foster",
          label="дитячий будинок сімейного типу", group="foster_3_by_type", parent=fo)
foc = g.f("served", "children", 13, "де виховуються 13 дітей", service="social_support_foster", parent=fo)
ev = g.f("events", "events", 11, "Проведено 11 групових заходів")
evp = g.f("event_participants", "persons", 164, "для 164 учасників", parent=ev)
aid = g.f("aid_value", "uah", 126000, "на суму 126,0 тис. грн", category="діти із сімей ВПО")
sp = g.f("staff_positions", "positions", 9, "Штатна чисельність Центру – 9 посад")
cm = g.f("complaints", "complaints", 0, "Скарг на роботу фахівців у кварталі не надходило")

g.slip("table_arithmetic", "error", tq, 991, 981, rp + [T_p],
       "the «Надано послуг» column: 509 + 127 + 98 + 166 + 81 = 981, but Разом says 991 (the prose repeats 991)",
       " + ".join("f" + n(x) for x in rp) + f" == f{n(T_p)}")
g.check("table_arithmetic", tq, "118 + 34 + 27 + 41 + 22 = 242", " + ".join("f" + n(x) for x in rs) + f" == f{n(T_s)}")
g.check("table_arithmetic", tq, "41 + 9 + 6 + 12 + 5 = 73", " + ".join("f" + n(x) for x in rv) + f" == f{n(T_v)}")
g.check("table_arithmetic", tq, "each territory's ВПО ≤ its recipients", " and ".join(f"f{n(b)} <= f{n(a)}" for a, b in zip(rs, rv)))
g.check("internal_conflict", "соціальні послуги отримали 242 сім'ї/особи, яким надано 991 соціальну послугу",
        "prose totals equal the Разом row (both say 991 services)", f"f{n(ps)} == f{n(T_s)} and f{n(pv)} == f{n(T_p)}")
g.check("parts_sum", "з них 19 – сім'ям внутрішньо переміщених осіб", "19 ≤ 58", f"f{n(nav)} <= f{n(na)}")
g.check("parts_sum", "Під супровід взято 7 сімей, завершено супровід 5 сімей", "7 ≤ 26, 5 ≤ 26; 26 ≤ the 38 of the year so far (literal)",
        f"f{n(sst)} <= f{n(sj)} and f{n(scp)} <= f{n(sj)} and f{n(sj)} <= 38")
g.check("parts_sum", "у 3 сім'ях: 2 прийомних сім'ях і 1 дитячому будинку", "2 + 1 = 3",
        f"f{n(fo1)} + f{n(fo2)} == f{n(fo)}")
g.check("parts_sum", "Штатна чисельність Центру – 9 посад, 2 з них вакантні", "9 − 2 = 7 working (literals; no staff_actual written)",
        f"f{n(sp)} - 2 == 7")

g.skip("у III кварталі 2024 року", [3, 2024], "period name")
g.skip("81100, Львівська обл., м. Пустомити, вул. Грушевського, 21, тел. (03230) 0-42-95", [81100, 21, 3230, 4295], "postcode, address, phone")
g.skip("за липень–вересень 2024 року", [2024], "year")
g.skip("Таблиця. Охоплення соціальними послугами за старостинськими округами, III квартал 2024 року", [3, 2024], "period")
g.skip("Старостинський округ № 1", [1, 2, 3, 4], "okrug numbers № 1–4")
g.skip("(з початку року – 47)", [47], "cumulative figure since January (9 months, not the quarter)")
g.skip("Усього з початку 2024 року послугу соціального супроводу отримали 38 сімей", [2024, 38], "cumulative figure since January")
g.skip("Середній строк перебування дітей у цих сім'ях – 3,4 року", [3.4], "duration")
g.skip("поширено 300 інформаційних буклетів", [300], "items")
g.skip("видано 84 комплекти зимового одягу", [84], "items handed out")
g.skip("2 з них вакантні", [2], "vacancies (no §3 id)")
g.skip("Вих. № 214 від 07.10.2024", [214, 7, 10, 2024], "outgoing number and date")
g.note("period: the quarter (01.07–30.09.2024); «з початку року» figures cover January–September and are skipped")
g.note("table: every cell a fact quoted by its row, with the territory in `district`; rows hang on the Разом cell of the same column; the ВПО column hangs on the Разом ВПО cell, which hangs on the Разом recipients")
g.note("the planted slip: services column rows sum to 981, Разом (and the prose) say 991")
g.note("foster: 3 families = 2 прийомні сім'ї + 1 ДБСТ (social_support_foster), children hang on the 3")
g.note("aid_value: winter clothing kits for IDP children; the kit count is skipped")
g.write()
