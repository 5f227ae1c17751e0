"""b28_07: NEW STYLE: social passport of the Арцизька hromada (Одеська) as at 01.01.2025, DOCX with two tables.
Population, pensioners, persons with disabilities, IDPs and register figures are not facts; the ЦНСП's 2024
service figures are."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip, docx_table

NAME = "b28_07_artsyz_cnsp_passport2024.docx"

T1 = [["Показник", "Значення"],
      ["Площа території громади, кв. км", "1 019,6"],
      ["Кількість населених пунктів", "17"],
      ["Чисельність наявного населення, осіб", "41 372"],
      ["з них діти віком до 18 років", "7 514"],
      ["Пенсіонери", "11 846"],
      ["Особи з інвалідністю", "3 218"],
      ["у т. ч. діти з інвалідністю", "196"],
      ["Внутрішньо переміщені особи (взяті на облік)", "2 947"],
      ["Сім'ї, які перебувають у складних життєвих обставинах (на обліку)", "64"],
      ["Багатодітні сім'ї", "412"],
      ["Отримувачі житлових субсидій, домогосподарств", "2 131"],
      ["Отримувачі державної соціальної допомоги малозабезпеченим сім'ям, сімей", "518"]]
T2 = [["Соціальна послуга", "Кількість отримувачів, осіб", "з них ВПО"],
      ["Догляд вдома", "212", "14"],
      ["Денний догляд", "37", "3"],
      ["Соціальний супровід сімей (осіб) у СЖО", "46", "9"],
      ["Консультування", "684", "171"],
      ["Натуральна допомога", "393", "226"],
      ["Екстрене (кризове) втручання", "21", "8"],
      ["Разом", "1 393", "431"]]
SVC = ["home_care", "day_care", "social_support_sjo", "counselling", "natural_aid", "crisis_intervention"]

BODY = [
    ("t", "СОЦІАЛЬНИЙ ПАСПОРТ Арцизької міської територіальної громади"),
    ("p", "Болградський район, Одеська область. Станом на 01.01.2025"),
    ("p", "Укладач: відділ соціального захисту населення Арцизької міської ради; 68400, м. Арциз, вул. Соборна, 34; тел. (04845) 0-31-52; szn.artsyz@example.ua"),
    ("h", "Розділ 1. Загальна характеристика громади"),
    ("T1", None),
    ("h", "Розділ 2. Мережа надавачів соціальних послуг"),
    ("p", "Базові соціальні послуги в громаді надає Комунальна установа «Центр надання соціальних послуг» Арцизької міської ради (код ЄДРПОУ 44519073), яка має 4 відділення: соціальної допомоги вдома, денного догляду, соціальної роботи з сім'ями, дітьми та молоддю, натуральної допомоги. Крім того, у громаді діють 2 громадські організації, що допомагають внутрішньо переміщеним особам."),
    ("h", "Розділ 3. Соціальні послуги, надані КУ «ЦНСП» у 2024 році"),
    ("T2", None),
    ("h", "Розділ 4. Основні показники діяльності ЦНСП у 2024 році"),
    ("p", "У 2024 році до Центру звернулося 1 162 особи, оцінку потреб здійснено 508 особам. Загалом надано 16 944 соціальні послуги."),
    ("p", "Послугу догляду вдома отримувала 221 особа, з них 57 – особи з інвалідністю I групи. Соціальний супровід надавався 17 сім'ям (46 осіб, у тому числі 24 дитини)."),
    ("p", "Гуманітарну допомогу (продуктові набори, засоби гігієни, ковдри) видано на загальну суму 1,24 млн грн. Проведено 19 групових заходів, участь у яких взяли 640 осіб."),
    ("p", "Штатна чисельність Центру – 52 посади, фактично працює 47 працівників. Скарг на якість послуг не надходило."),
    ("h", "Розділ 5. Потреби громади у соціальних послугах"),
    ("p", "За результатами визначення потреб населення у соціальних послугах, проведеного у 2024 році, догляду вдома очікують ще 38 осіб; доцільно до 2026 року створити відділення соціальної адаптації на 20 місць і запровадити послугу паліативного догляду для 15 осіб."),
    ("p", "Начальник відділу соціального захисту населення (підпис)"),
]


def build():
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    for kind, txt in BODY:
        if kind == "t":
            d.add_heading(txt, 0)
        elif kind == "h":
            d.add_heading(txt, 2)
        elif kind == "T1":
            docx_table(d, T1)
        elif kind == "T2":
            docx_table(d, T2)
        else:
            d.add_paragraph(txt)
    fix_docx_props(d, "Відділ СЗН Арциз")
    d.save(report_path(NAME))
    freeze_zip(report_path(NAME))


def gold():
    g = Gold(NAME, {
        "centre": "Комунальна установа «Центр надання соціальних послуг» Арцизької міської ради",
        "centre_type": "cnsp", "settlement": "Арциз", "oblast": "Одеська",
        "report_kind": "other", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"centre": ["Центр надання соціальних послуг Арцизької міської ради",
                    "Відділ соціального захисту населення Арцизької міської ради"],
         "centre_type": ["uszn"], "report_kind": ["annual_report"],
         "period_start": ["2025-01-01"], "period_end": ["2025-01-01"]})
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    tq = "Разом\t1 393\t431"
    tot = f("served", "persons", 1393, tq, label="Разом (розділ 3)")
    totv = f("served", "persons", 431, tq, category="внутрішньо переміщені особи", label="Разом (розділ 3), з них ВПО",
             parent=tot)
    rows, rowsv = [], []
    for s, r in zip(SVC, T2[1:-1]):
        q = "\t".join(r)
        rows.append(f("served", "persons", int(r[1]), q, service=s, group="sec3_recipients_by_service", parent=tot))
        rowsv.append(f("served", "persons", int(r[2]), q, service=s, category="внутрішньо переміщені особи",
                       group="sec3_idp_by_service", parent=totv))
    ap = f("applied", "persons", 1162, "У 2024 році до Центру звернулося 1 162 особи")
    f("needs_assessed", "persons", 508, "оцінку потреб здійснено 508 особам")
    f("services_provided", "services", 16944, "Загалом надано 16 944 соціальні послуги")
    hc = f("served", "persons", 221, "Послугу догляду вдома отримувала 221 особа", service="home_care")
    f("served", "persons", 57, "з них 57 – особи з інвалідністю I групи", service="home_care",
      category="особи з інвалідністю I групи", parent=hc)
    sf = f("served", "families", 17, "Соціальний супровід надавався 17 сім'ям", service="social_support_sjo",
           alt=["support_ongoing"])
    sp = f("served", "persons", 46, "(46 осіб, у тому числі 24 дитини)", service="social_support_sjo", alt=["support_ongoing"],
           parent=sf)
    sc = f("served", "children", 24, "у тому числі 24 дитини", service="social_support_sjo", alt=["support_ongoing"], parent=sp)
    f("aid_value", "uah", 1240000, "видано на загальну суму 1,24 млн грн", service="natural_aid")
    ev = f("events", "events", 19, "Проведено 19 групових заходів")
    f("event_participants", "persons", 640, "участь у яких взяли 640 осіб", parent=ev)
    pos = f("staff_positions", "positions", 52, "Штатна чисельність Центру – 52 посади")
    act = f("staff_actual", "staff", 47, "фактично працює 47 працівників")
    f("complaints", "complaints", 0, "Скарг на якість послуг не надходило.")

    g.slip("internal_conflict", "error", "Послугу догляду вдома отримувала 221 особа", 221, 212, [hc, rows[0]],
           "home care in 2024: 212 persons in the section 3 table, 221 in the section 4 prose (same indicator, unit, service and period)",
           f"f{n(hc)} == f{n(rows[0])}")
    g.check("table_arithmetic", tq, "212 + 37 + 46 + 684 + 393 + 21 = 1 393", " + ".join("f" + n(x) for x in rows) + f" == f{n(tot)}")
    g.check("table_arithmetic", tq, "14 + 3 + 9 + 171 + 226 + 8 = 431", " + ".join("f" + n(x) for x in rowsv) + f" == f{n(totv)}")
    g.check("parts_sum", "Догляд вдома\t212\t14", "in every row the IDPs are at most the recipients",
            " and ".join(f"f{n(b)} <= f{n(a)}" for a, b in zip(rows, rowsv)))
    g.check("internal_conflict", "(46 осіб, у тому числі 24 дитини)", "the 46 persons under support agree with the section 3 row",
            f"f{n(sp)} == f{n(rows[2])} and f{n(sc)} <= f{n(sp)}")
    g.check("parts_sum", "фактично працює 47 працівників", "47 ≤ 52", f"f{n(act)} <= f{n(pos)}")

    g.skip("Станом на 01.01.2025", [1, 1, 2025], "date")
    g.skip("68400, м. Арциз, вул. Соборна, 34; тел. (04845) 0-31-52", [68400, 34, 4845, 0, 31, 52], "postcode, address, phone")
    g.skip("Розділ 1. Загальна характеристика громади", [1, 2, 3, 4, 5], "section numbers 1–5")
    for r, why in ((T1[1], "area"), (T1[2], "settlement count"), (T1[3], "population"), (T1[4], "population (children)"),
                   (T1[5], "pensioners (population)"), (T1[6], "persons with disabilities (population)"),
                   (T1[7], "children with disabilities (population); the «18» is an age"),
                   (T1[8], "IDPs registered in the hromada (population)"),
                   (T1[9], "families in the register of the hromada (a passport figure, not the centre's service figure)"),
                   (T1[10], "large families (population)"), (T1[11], "subsidy recipients (no §3 id)"),
                   (T1[12], "recipients of state assistance (no §3 id)")):
        vals = [float(r[1].replace(" ", "").replace(",", ".")) if "," in r[1] else int(r[1].replace(" ", ""))]
        if "18" in r[0]:
            vals.append(18)
        g.skip("\t".join(r), vals, why)
    g.skip("(код ЄДРПОУ 44519073), яка має 4 відділення", [44519073, 4], "ЄДРПОУ, number of departments")
    g.skip("у громаді діють 2 громадські організації", [2], "number of organisations")
    g.skip("Розділ 3. Соціальні послуги, надані КУ «ЦНСП» у 2024 році", [3, 2024], "section number, year")
    g.skip("Розділ 4. Основні показники діяльності ЦНСП у 2024 році", [4, 2024], "section number, year")
    g.skip("проведеного у 2024 році, догляду вдома очікують ще 38 осіб; доцільно до 2026 року створити відділення соціальної адаптації на 20 місць і запровадити послугу паліативного догляду для 15 осіб.",
           [2024, 38, 2026, 20, 15], "waiting list, plans")
    g.note("social passport: section 1 (population, pensioners, disability, IDPs, families on the СЖО register, benefits) is hromada statistics, all skipped; sections 3–4 are the ЦНСП's 2024 service figures, all facts")
    g.note("the passport is «станом на 01.01.2025» and its service figures are for 2024 → period 2024; meta_alt allows 01.01.2025 as both ends")
    g.note("the compiler is the відділ соціального захисту населення; the figures are the ЦНСП's → centre = the ЦНСП, meta_alt the відділ / uszn; report_kind other (passport), alt annual_report")
    g.note("«17 сім'ям (46 осіб, у тому числі 24 дитини)»: persons hang on families, children on persons")
    return g


if __name__ == "__main__":
    build()
    gold().write()
