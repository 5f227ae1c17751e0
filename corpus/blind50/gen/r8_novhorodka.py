"""b50_08: РІШЕННЯ ВИКОНАВЧОГО КОМІТЕТУ Новгородківської селищної ради (Кіровоградська) «Про звіт про роботу
центру надання соціальних послуг за 9 місяців 2025 року». Less common style 2: letterhead, number and date,
preamble citing the law, numbered decisions, votes, then the report as an annex with a table. DOCX."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b50_08_novhorodka_cnsp_decision_9m2025.docx"

PARTS = [
    ("c", "УКРАЇНА"),
    ("cb", "НОВГОРОДКІВСЬКА СЕЛИЩНА РАДА"),
    ("c", "КРОПИВНИЦЬКОГО РАЙОНУ КІРОВОГРАДСЬКОЇ ОБЛАСТІ"),
    ("cb", "ВИКОНАВЧИЙ КОМІТЕТ"),
    ("cb", "Р І Ш Е Н Н Я"),
    ("p", "від 23 жовтня 2025 року                                                      № 318"),
    ("c", "смт Новгородка"),
    ("b", "Про звіт про роботу комунальної установи\n«Центр надання соціальних послуг»\nНовгородківської селищної ради за 9 місяців 2025 року"),
    ("p", "Заслухавши інформацію директора комунальної установи «Центр надання соціальних послуг» Новгородківської "
          "селищної ради про роботу за 9 місяців 2025 року, відповідно до якої соціальні послуги за звітний період "
          "отримали 1 280 осіб, керуючись ст. 34, 40 Закону України «Про місцеве самоврядування в Україні», "
          "ст. 13 Закону України «Про соціальні послуги», виконавчий комітет селищної ради"),
    ("b", "ВИРІШИВ:"),
    ("p", "1. Інформацію про роботу комунальної установи «Центр надання соціальних послуг» Новгородківської "
          "селищної ради за 9 місяців 2025 року взяти до відома (додається)."),
    ("p", "2. Директору комунальної установи «Центр надання соціальних послуг»:"),
    ("p", "2.1. до 31.12.2025 забезпечити проведення оцінки потреб у соціальних послугах у старостинських округах;"),
    ("p", "2.2. у IV кварталі 2025 року організувати навчання 6 соціальних робітників."),
    ("p", "3. Контроль за виконанням рішення покласти на заступника селищного голови з питань діяльності виконавчих "
          "органів ради."),
    ("p", "Голосували: за – 14, проти – 0, утримались – 1."),
    ("p", "Селищний голова                                                    (підпис)"),
    ("br", ""),
    ("r", "Додаток\nдо рішення виконавчого комітету\nвід 23.10.2025 № 318"),
    ("cb", "ІНФОРМАЦІЯ\nпро роботу комунальної установи «Центр надання соціальних послуг» Новгородківської селищної ради "
           "за 9 місяців 2025 року"),
    ("p", "Центр (код ЄДРПОУ 44302718; 28200, смт Новгородка, вул. Степова, 12; тел. (05234) 0-31-47) надає "
          "соціальні послуги мешканцям 34 населених пунктів громади."),
    ("p", "За 9 місяців 2025 року до Центру звернулося 1 319 осіб (за 9 місяців 2024 року – 1 147), з них "
          "211 – внутрішньо переміщені особи. Оцінку потреб проведено 287 особам. Соціальні послуги отримали "
          "1 208 осіб, зокрема:"),
]
TABLE = [
    ["№", "Соціальна послуга", "Кількість отримувачів, осіб", "Надано послуг"],
    ["1", "Догляд вдома", "246", "11 872"],
    ["2", "Денний догляд", "31", "2 104"],
    ["3", "Консультування", "512", "1 046"],
    ["4", "Соціальна адаптація", "44", "318"],
    ["5", "Натуральна допомога", "309", "412"],
    ["6", "Інформування", "66", "84"],
    ["", "Усього", "1 208", "15 863"],
]
TAIL = [
    ("p", "Вартість однієї години догляду вдома для отримувачів, які оплачують послугу, – 92,30 грн."),
    ("p", "Під соціальним супроводом перебувало 23 сім'ї, у яких виховується 51 дитина. Упродовж звітного періоду "
          "взято під супровід 9 сімей, завершено супровід 7 сімей, з них з позитивним результатом – 5, "
          "з мінімізацією складних життєвих обставин – 2."),
    ("p", "Проведено 19 групових заходів для батьків і дітей віком 7–14 років, ними охоплено 236 осіб."),
    ("p", "Штатна чисельність Центру – 38,5 одиниці, фактично працює 35 осіб. Скарг від отримувачів не надходило."),
    ("p", "Кошторисом на 2025 рік передбачено 11 246,8 тис. грн, за 9 місяців касові видатки становлять "
          "8 012,3 тис. грн (71,2 % річного плану). До спеціального фонду від платних послуг надійшло 214,7 тис. грн."),
    ("p", "Директор КУ «ЦНСП»                                                  (підпис)"),
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for kind, s in PARTS:
        add(d, kind, s)
    t = d.add_table(rows=len(TABLE), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    for kind, s in TAIL:
        add(d, kind, s)
    fix_docx_props(d, author="Виконком")
    d.save(path)
    freeze_zip(path)


def add(d, kind, s):
    if kind == "br":
        d.add_page_break()
        return
    p = d.add_paragraph()
    lines = s.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = kind in ("cb", "b")
        if i < len(lines) - 1:
            r.add_break()
    if kind in ("c", "cb"):
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif kind == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Новгородківської селищної ради",
    "centre_type": "cnsp",
    "settlement": "Новгородка",
    "oblast": "Кіровоградська",
    "report_kind": "period_report",
    "period_start": "2025-01-01",
    "period_end": "2025-09-30",
}, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Новгородківської селищної ради",
               "КУ «Центр надання соціальних послуг» Новгородківської селищної ради"],
    "report_kind": ["other"]})

f1 = g.f("served", "persons", 1280, "соціальні послуги за звітний період отримали 1 280 осіб",
         note="the figure as the decision's preamble restates it; conflicts with the annex (1 208)")
f2 = g.f("applied", "persons", 1319, "За 9 місяців 2025 року до Центру звернулося 1 319 осіб")
f3 = g.f("applied", "persons", 211, "211 – внутрішньо переміщені особи", category="внутрішньо переміщені особи",
         parent=f2)
f4 = g.f("needs_assessed", "persons", 287, "Оцінку потреб проведено 287 особам.")
f5 = g.f("served", "persons", 1208, "Соціальні послуги отримали 1 208 осіб, зокрема:")
SVC = {"Догляд вдома": "home_care", "Денний догляд": "day_care", "Консультування": "counselling",
       "Соціальна адаптація": "social_adaptation", "Натуральна допомога": "natural_aid", "Інформування": "informing"}
tot = TABLE[-1]
q_tot = "\t".join(tot[1:])
f_rt = g.f("served", "persons", 1208, q_tot, label="Усього",
           note="table total; repeats the annex prose (f5): a second fact")
f_st = g.f("services_provided", "services", 15863, q_tot, label="Усього")
rec, svc = [], []
for row in TABLE[1:-1]:
    n, name, r, s = row
    q = "\t".join(row)
    rec.append(g.f("served", "persons", int(r.replace(" ", "")), q, service=SVC[name], group="table_recipients_by_service",
                   parent=f_rt))
    svc.append(g.f("services_provided", "services", int(s.replace(" ", "")), q, service=SVC[name],
                   group="table_services_by_service", parent=f_st))
f_sf = g.f("served", "families", 23, "Під соціальним супроводом перебувало 23 сім'ї, у яких виховується 51 дитина.",
           service="social_support_sjo", alt=["support_ongoing"])
f_sc = g.f("served", "children", 51, "Під соціальним супроводом перебувало 23 сім'ї, у яких виховується 51 дитина.",
           service="social_support_sjo", alt=["support_ongoing"], parent=f_sf)
f_ss = g.f("support_started", "families", 9, "взято під супровід 9 сімей", service="social_support_sjo", parent=f_sf)
f_sd = g.f("support_completed", "families", 7, "завершено супровід 7 сімей", service="social_support_sjo", parent=f_sf)
f_op = g.f("outcome_positive", "families", 5, "з них з позитивним результатом – 5", service="social_support_sjo",
           group="completed_7_by_outcome", parent=f_sd)
f_om = g.f("outcome_minimized", "families", 2, "з мінімізацією складних життєвих обставин – 2",
           service="social_support_sjo", group="completed_7_by_outcome", parent=f_sd)
f_ev = g.f("events", "events", 19, "Проведено 19 групових заходів для батьків і дітей")
f_ep = g.f("event_participants", "persons", 236, "ними охоплено 236 осіб", parent=f_ev)
f_pos = g.f("staff_positions", "positions", 38.5, "Штатна чисельність Центру – 38,5 одиниці")
f_act = g.f("staff_actual", "staff", 35, "фактично працює 35 осіб")
f_cmp = g.f("complaints", "complaints", 0, "Скарг від отримувачів не надходило.")
f_ba = g.f("budget_approved", "uah", 11246800, "Кошторисом на 2025 рік передбачено 11 246,8 тис. грн",
           label="кошторис на 2025 рік (річний)")
f_bs = g.f("budget_spent", "uah", 8012300, "за 9 місяців касові видатки становлять 8 012,3 тис. грн (71,2 %",
           percent=71.2)
f_br = g.f("budget_received", "uah", 214700, "До спеціального фонду від платних послуг надійшло 214,7 тис. грн.",
           label="спеціальний фонд, платні послуги")

g.slip("internal_conflict", "error", "соціальні послуги за звітний період отримали 1 280 осіб", 1280, 1208,
       [f1, f5], "the decision's preamble says 1 280 persons received services in 9 months of 2025; the annex it "
       "approves says 1 208 (prose and table total). Digits swapped in the decision.", f"{f1} == {f5}", slip=1)
g.slip("table_arithmetic", "error", q_tot, 15863, 15836, svc + [f_st],
       "the Надано послуг column sums to 11 872 + 2 104 + 1 046 + 318 + 412 + 84 = 15 836, but Усього says 15 863 "
       "(digits swapped); the recipients column adds up", " + ".join(svc) + f" == {f_st}", slip=2)

g.check("table_arithmetic", q_tot, "recipients column: 246 + 31 + 512 + 44 + 309 + 66 = 1 208",
        " + ".join(rec) + f" == {f_rt}")
g.check("internal_conflict", "Соціальні послуги отримали 1 208 осіб, зокрема:",
        "annex prose and table total agree (1 208)", f"{f5} == {f_rt}")
g.check("parts_sum", "з них з позитивним результатом – 5", "5 + 2 = 7 completed", f"{f_op} + {f_om} == {f_sd}")
g.check("parts_sum", "взято під супровід 9 сімей", "9 taken and 7 completed ≤ 23 under support",
        f"{f_ss} <= {f_sf} and {f_sd} <= {f_sf}")
g.check("percent_mismatch", "за 9 місяців касові видатки становлять 8 012,3 тис. грн (71,2 %",
        "8 012,3 / 11 246,8 = 71,24 % → 71,2", f"pct_ok(p{f_bs[1:]}, {f_bs}, {f_ba}, 1)")
g.check("parts_sum", "з них 211 – внутрішньо переміщені особи",
        "211 ≤ 1 319; 287 assessed ≤ 1 319; 1 208 served ≤ 1 319; 35 staff ≤ 38,5 positions",
        f"f3 <= f2 and f4 <= f2 and f5 <= f2 and {f_act} <= {f_pos}")

g.skip("від 23 жовтня 2025 року", [23, 2025], "decision date")
g.skip("№ 318", [318], "decision number")
g.skip("Новгородківської селищної ради за 9 місяців 2025 року", [9, 2025], "period words («9 місяців»), year")
g.skip("керуючись ст. 34, 40 Закону України «Про місцеве самоврядування в Україні»", [34, 40], "article numbers")
g.skip("ст. 13 Закону України «Про соціальні послуги»", [13], "article number")
g.skip("1. Інформацію про роботу", [1, 2, 2.1, 2.2, 3], "decision item numbers")
g.skip("2.1. до 31.12.2025 забезпечити проведення оцінки потреб", [31, 12, 2025], "deadline")
g.skip("2.2. у IV кварталі 2025 року організувати навчання 6 соціальних робітників.", [4, 2025, 6], "plan")
g.skip("Голосували: за – 14, проти – 0, утримались – 1.", [14, 0, 1], "votes of the executive committee")
g.skip("від 23.10.2025 № 318", [23, 10, 2025, 318], "annex heading: decision date and number")
g.skip("(код ЄДРПОУ 44302718; 28200, смт Новгородка, вул. Степова, 12; тел. (05234) 0-31-47)",
       [44302718, 28200, 12, 5234, 3147], "ЄДРПОУ, postcode, address, phone")
g.skip("мешканцям 34 населених пунктів громади", [34], "settlement count")
g.skip("(за 9 місяців 2024 року – 1 147)", [9, 2024, 1147], "prior-year figure")
g.skip("1\tДогляд вдома\t246\t11 872", [1, 2, 3, 4, 5, 6], "table row numbers")
g.skip("Вартість однієї години догляду вдома для отримувачів, які оплачують послугу, – 92,30 грн.", [92.3], "tariff")
g.skip("для батьків і дітей віком 7–14 років", [7, 14], "ages")
g.skip("(71,2 % річного плану)", [71.2], "share of the annual plan, stored as the percent of budget_spent")

g.note("META: the decision approves the ЦНСП's report, which is its annex; the figures are the ЦНСП's for "
       "01.01–30.09.2025 → centre the ЦНСП, report_kind period_report (meta_alt other: the document itself is a "
       "council decision). The decision date 23.10.2025 is not a publication date → no `published`")
g.note("the preamble restates one figure (1 280), which contradicts the annex (1 208): kept as its own fact so the "
       "internal_conflict has evidence")
g.note("the annex prose total (1 208) and the table Усього (1 208) are two facts; table rows hang on the Усього cells")
g.note("«71,2 % річного плану» is the percent of the 9-month spending against the annual approval (budget_spent percent)")
g.note("the table rows count recipients per service; a person can receive several services, but the document's "
       "Усього is the sum of the rows and the prose repeats it")

if __name__ == "__main__":
    build(report_path(DOC))
    g.write()
