"""b20_07: **Procurement justification** (обґрунтування технічних та якісних характеристик предмета
закупівлі, розміру бюджетного призначення, очікуваної вартості — published under п. 4¹ постанови КМУ
№ 710) of КУ «Центр надання соціальних послуг» Володимирської міської ради (Волинська) for food sets
for natural-aid recipients in 2025. It cites the centre's 2024 service volumes to justify the need.
DOCX: a numbered form table (№ / item / information), prose sections, a price-comparison table.
Planted slip: natural aid in 2024 is «164 особи» in section 6 and «146 осіб» in section 7 —
internal_conflict.
"""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from common import Gold, fix_docx_props, freeze_zip, report_path

DOC = "b20_07_volodymyr_cnsp_procurement2025.docx"
NB = "\u00a0"

TITLE = [
    "ОБҐРУНТУВАННЯ",
    "технічних та якісних характеристик предмета закупівлі, розміру бюджетного призначення, "
    "очікуваної вартості предмета закупівлі",
    "(оприлюднюється відповідно до пункту 4¹ постанови Кабінету Міністрів України від 11.10.2016 № 710 "
    "«Про ефективне використання державних коштів»)",
]

FORM = [
    ("1", "Найменування, місцезнаходження та ідентифікаційний код замовника",
     "Комунальна установа «Центр надання соціальних послуг» Володимирської міської ради; 44700, Волинська обл., "
     "м. Володимир, вул. Ковельська, 15; код ЄДРПОУ 44102937"),
    ("2", "Назва предмета закупівлі із зазначенням коду за Єдиним закупівельним словником",
     "Продукти харчування (продуктові набори для отримувачів соціальної послуги натуральної допомоги), "
     "код ДК 021:2015 – 15890000-3 «Продукти харчування та сушені продукти різні»"),
    ("3", "Вид та ідентифікатор процедури закупівлі",
     "Відкриті торги з особливостями, UA-2025-03-12-004517-a"),
    ("4", "Очікувана вартість предмета закупівлі", f"485{NB}996,00 грн з ПДВ"),
    ("5", "Розмір бюджетного призначення",
     f"486{NB}000,00 грн (кошторис на 2025 рік, КЕКВ 2730 «Інші виплати населенню»)"),
]

S6 = [
    "6. Обґрунтування технічних та якісних характеристик предмета закупівлі",
    "Центр надає мешканцям громади 14 видів соціальних послуг. У 2024 році до Центру звернулися "
    f"2{NB}036 осіб, соціальні послуги отримали 1{NB}874 особи, з них 94 – внутрішньо переміщені особи та "
    f"312 дітей. Загалом надано 41{NB}268 соціальних послуг. Штатна чисельність Центру – 64 посади, "
    "фактично працюють 58 працівників.",
    "Соціальну послугу натуральної допомоги у 2024 році отримали 164 особи, а саме: особи з інвалідністю – 58, "
    "особи похилого віку – 71, внутрішньо переміщені особи – 35. Серед них 49 одиноких осіб. Заяв про надання "
    f"натуральної допомоги надійшло 187. Видано 1{NB}312 продуктових наборів на загальну суму 394,6 тис. грн. "
    "Крім того, 412 осіб отримали гуманітарні продуктові набори від благодійних фондів, проте такі надходження "
    "нерегулярні й не покривають потреби.",
    "Догляд вдома отримували 212 осіб, денний догляд – 46 осіб, серед яких 19 дітей з інвалідністю; для них "
    "набори формуються з урахуванням дієтичних обмежень.",
    "У грудні 2024 року опитано 83 отримувачі натуральної допомоги: якістю наборів задоволені 96,4 % опитаних. "
    "Надійшло 3 скарги на короткі строки придатності окремих продуктів, тому учасники мають забезпечити залишковий "
    "строк придатності не менше 6 місяців.",
    "Вимоги до предмета закупівлі: набір складається з 12 найменувань продуктів, вага набору – не менше 9,5 кг; "
    "поставка партіями протягом 5 робочих днів з дня заявки замовника.",
    "7. Обґрунтування очікуваної вартості та розміру бюджетного призначення",
    "Очікувану вартість визначено методом порівняння ринкових цін. У 2024 році такі набори отримали 146 осіб; "
    "з урахуванням зростання кількості внутрішньо переміщених осіб на 2025 рік заплановано забезпечити 170 осіб "
    f"по 8 наборів, тобто 1{NB}360 наборів. Ціни комерційних пропозицій наведено в таблиці.",
]

PRICES = [
    ["Учасник ринку", "Ціна за 1 набір, грн з ПДВ"],
    ["ТОВ «Продторг-Захід»", "352,40"],
    ["ТОВ «Волинський гостинець»", "361,00"],
    ["ТОВ «Агроресурс-В»", "358,65"],
    ["Середня ціна", "357,35"],
]

TAIL = [
    f"Очікувана вартість: 1{NB}360 наборів × 357,35 грн = 485{NB}996,00 грн. Розмір бюджетного призначення "
    "відповідає кошторису Центру на 2025 рік.",
    "Уповноважена особа (підпис)                         10.03.2025",
]


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for i, line in enumerate(TITLE):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold = i < 2
    t = d.add_table(rows=len(FORM), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(FORM):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    for i, text in enumerate(S6):
        p = d.add_paragraph()
        if text[:2] in ("6.", "7."):
            p.add_run(text).bold = True
        else:
            p.add_run(text)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    t2 = d.add_table(rows=len(PRICES), cols=2)
    t2.style = "Table Grid"
    for i, row in enumerate(PRICES):
        for j, v in enumerate(row):
            t2.cell(i, j).text = v
    for text in TAIL:
        d.add_paragraph(text)
    fix_docx_props(d, author="ЦНСП Володимирської міської ради")
    out = report_path(DOC)
    d.save(out)
    freeze_zip(out, when=(2025, 3, 10, 9, 0, 0))


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Володимирської міської ради",
        "centre_type": "cnsp",
        "settlement": "Володимир",
        "oblast": "Волинська",
        "report_kind": "other",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Володимирської міської ради",
        "КУ «Центр надання соціальних послуг» Володимирської міської ради"]})
    N = "natural_aid"

    def v(fid):
        return "f" + fid[1:]

    ap = g.f("applied", "persons", 2036, "У 2024 році до Центру звернулися 2 036 осіб")
    sv = g.f("served", "persons", 1874, "соціальні послуги отримали 1 874 особи")
    idp = g.f("served", "persons", 94, "з них 94 – внутрішньо переміщені особи", category="внутрішньо переміщені особи",
              parent=sv)
    ch = g.f("served", "children", 312, "та 312 дітей", parent=sv)
    g.f("services_provided", "services", 41268, "Загалом надано 41 268 соціальних послуг")
    pos = g.f("staff_positions", "positions", 64, "Штатна чисельність Центру – 64 посади")
    act = g.f("staff_actual", "staff", 58, "фактично працюють 58 працівників")
    na = g.f("served", "persons", 164, "Соціальну послугу натуральної допомоги у 2024 році отримали 164 особи", service=N)
    parts = []
    for q, n, cat in (("особи з інвалідністю – 58", 58, "особи з інвалідністю"),
                      ("особи похилого віку – 71", 71, "особи похилого віку"),
                      ("внутрішньо переміщені особи – 35", 35, "внутрішньо переміщені особи")):
        parts.append(g.f("served", "persons", n, q, service=N, category=cat, group="natural_aid_164_by_category",
                         parent=na))
    lone = g.f("served", "persons", 49, "Серед них 49 одиноких осіб", service=N, category="одинокі особи", parent=na)
    apn = g.f("applied", "applications", 187, "Заяв про надання натуральної допомоги надійшло 187", service=N)
    g.f("aid_value", "uah", 394600, "на загальну суму 394,6 тис. грн", service=N, parent=na)
    g.f("served", "persons", 412, "412 осіб отримали гуманітарні продуктові набори від благодійних фондів",
        service=N, label="гуманітарні продуктові набори від благодійних фондів")
    g.f("served", "persons", 212, "Догляд вдома отримували 212 осіб", service="home_care")
    dc = g.f("served", "persons", 46, "денний догляд – 46 осіб", service="day_care")
    dch = g.f("served", "children", 19, "серед яких 19 дітей з інвалідністю", service="day_care",
              category="діти з інвалідністю", parent=dc)
    sr = g.f("survey_respondents", "recipients", 83, "опитано 83 отримувачі натуральної допомоги", service=N,
             unit_alt="persons")
    sat = g.f("satisfaction", "percent", 96.4, "якістю наборів задоволені 96,4 % опитаних", service=N)
    g.f("complaints", "complaints", 3, "Надійшло 3 скарги на короткі строки придатності", service=N)
    na2 = g.f("served", "persons", 146, "У 2024 році такі набори отримали 146 осіб", service=N,
              note="the same figure as the 164 of section 6, written differently (the planted slip)")

    g.slip("internal_conflict", "error", "У 2024 році такі набори отримали 146 осіб", 146, 164, [na2, na],
           "section 6 says 164 persons received natural aid (food sets) in 2024, with a breakdown 58 + 71 + 35 = 164; "
           "section 7 says 146 for the same sets, service and year (digits swapped)",
           f"{v(na2)} == {v(na)}")

    g.check("parts_sum", "а саме: особи з інвалідністю – 58, особи похилого віку – 71, внутрішньо переміщені особи – 35",
            "58 + 71 + 35 = 164", " + ".join(v(x) for x in parts) + f" == {v(na)}")
    g.check("parts_sum", "Серед них 49 одиноких осіб", "49 ≤ 164; 164 served ≤ 187 applications",
            f"{v(lone)} <= {v(na)} <= {v(apn)}")
    g.check("parts_sum", "з них 94 – внутрішньо переміщені особи та 312 дітей",
            "94 and 312 ≤ 1 874 served ≤ 2 036 applied", f"{v(idp)} <= {v(sv)} and {v(ch)} <= {v(sv)} <= {v(ap)}")
    g.check("parts_sum", "фактично працюють 58 працівників", "58 ≤ 64", f"{v(act)} <= {v(pos)}")
    g.check("parts_sum", "серед яких 19 дітей з інвалідністю", "19 ≤ 46", f"{v(dch)} <= {v(dc)}")
    g.check("percent_impossible", "якістю наборів задоволені 96,4 % опитаних", "80 / 83 = 96,39 % → 96,4",
            f"grim_ok({v(sat)}, {v(sr)}, 1)")
    g.check("table_arithmetic", "Середня ціна\t357,35",
            "average price (352,40 + 361,00 + 358,65) / 3 = 357,35 (figures with no §3 id, used as literals)",
            "near((352.40 + 361.00 + 358.65) / 3, 357.35)")
    g.check("table_arithmetic", "1 360 наборів × 357,35 грн = 485 996,00 грн",
            "170 × 8 = 1 360 sets; 1 360 × 357,35 = 485 996,00 ≤ 486 000,00 budget allocation (literals)",
            "170 * 8 == 1360 and near(1360 * 357.35, 485996.00) and 485996.00 <= 486000.00")

    g.skip("постанови Кабінету Міністрів України від 11.10.2016 № 710", [4, 1, 11, 10, 2016, 710],
           "act number and date (п. 4¹)")
    g.skip("44700, Волинська обл., м. Володимир, вул. Ковельська, 15; код ЄДРПОУ 44102937", [44700, 15, 44102937],
           "postcode, address, ЄДРПОУ")
    g.skip("код ДК 021:2015 – 15890000-3", [21, 2015, 15890000, 3], "CPV code")
    g.skip("UA-2025-03-12-004517-a", [2025, 3, 12, 4517], "procurement identifier")
    g.skip("485 996,00 грн з ПДВ", [485996], "expected procurement cost; no §3 id")
    g.skip("486 000,00 грн (кошторис на 2025 рік, КЕКВ 2730 «Інші виплати населенню»)", [486000, 2025, 2730],
           "budget allocation for the 2025 purchase: a 2025 amount in a document whose figures cover 2024; "
           "no report-period fact")
    g.skip("1\tНайменування, місцезнаходження", [1, 2, 3, 4, 5, 6, 7], "form row and section numbers")
    g.skip("Центр надає мешканцям громади 14 видів соціальних послуг", [14], "number of service types; no §3 id")
    g.skip("Видано 1 312 продуктових наборів", [1312], "items (sets)")
    g.skip("залишковий строк придатності не менше 6 місяців", [6], "duration (technical requirement)")
    g.skip("набір складається з 12 найменувань продуктів, вага набору – не менше 9,5 кг; поставка партіями протягом "
           "5 робочих днів", [12, 9.5, 5], "technical requirements")
    g.skip("на 2025 рік заплановано забезпечити 170 осіб по 8 наборів, тобто 1 360 наборів", [2025, 170, 8, 1360],
           "2025 plan, items")
    g.skip("ТОВ «Продторг-Захід»\t352,40", [352.40, 361.00, 358.65, 357.35], "prices of commercial offers")
    g.skip("10.03.2025", [10, 3, 2025], "document date")

    g.note("report_kind other: a procurement justification, not a report. Its figures describe 2024 (the service "
           "volumes that justify the purchase), so the period is 2024; the 2025 amounts (expected cost, budget "
           "allocation, planned 170 persons) are skipped")
    g.note("the 412 persons who got humanitarian sets from charities are served with service natural_aid and a label; "
           "they are not part of the 164")
    g.note("«94 – ВПО та 312 дітей» are overlapping «з них» subsets of the 1 874 (parent only); 19 children with "
           "disabilities hang on the 46 in day care")
    g.note("the 146 of section 7 is a fact of its own (same indicator, unit, service, period as the 164): "
           "internal_conflict")
    g.write()


if __name__ == "__main__":
    build()
    gold()
