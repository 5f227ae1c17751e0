"""b71_03: Центр соціальних служб Великомостівської міської ради (Львівська), internal quality
assessment of services provided in 2024. DOCX, first person plural, a table by service with
row numbers and a «Разом» row, criteria ratings in prose."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b71_03_velyki_mosty_css_internal2024.docx"

HEAD = [
    "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ВЕЛИКОМОСТІВСЬКОЇ МІСЬКОЇ РАДИ",
    "80074, Львівська обл., Шептицький р-н, м. Великі Мости, вул. Шевченка, 41; тел. (03257) 0-23-71; код ЄДРПОУ 43870152",
    "ЗВІТ про результати внутрішньої оцінки якості соціальних послуг, наданих у 2024 році",
]
P1 = [
    "Відповідно до наказу директора Центру від 14.01.2025 № 3-од ми утворили робочу групу у складі 4 працівників, яка з 15 по 31 січня 2025 року провела внутрішню оцінку якості послуг консультування, інформування та соціального супроводу.",
    "Громада, яку ми обслуговуємо, налічує 22 населені пункти та близько 24,6 тис. мешканців.",
    "У 2024 році ми надали 1 742 соціальні послуги 559 сім'ям/особам, у яких виховується 611 дітей. Кількість отримувачів та результати опитування за видами послуг наведено в таблиці 1.",
    "Таблиця 1. Отримувачі та задоволеність за видами послуг",
]
TABLE = [
    ["№ з/п", "Соціальна послуга", "Отримувачів, сімей/осіб", "Опитано, осіб", "Задоволені якістю, %"],
    ["1", "Консультування", "214", "48", "93,8"],
    ["2", "Соціальний супровід сімей у СЖО", "37", "19", "89,5"],
    ["3", "Соціальний супровід прийомних сімей та ДБСТ", "6", "6", "100,0"],
    ["4", "Інформування", "302", "27", "88,9"],
    ["", "Разом", "559", "100", "92,0"],
]
P2 = [
    "Усього ми опитали 100 отримувачів. На запитання «Чи задоволені Ви ставленням працівників Центру?» відповідь «так, повністю» дали 78 % респондентів, «скоріше так» – 17 %, «скоріше ні» – 5 %, «ні» – 3 %.",
    "Соціальний супровід сімей у складних життєвих обставинах ми здійснювали для 37 сімей. Протягом року 22 сім'ї завершили отримання послуги: у 15 сім'ях складні життєві обставини подолано, у 5 – мінімізовано, ще 2 сім'ї відмовилися від подальшої співпраці. 15 сімей продовжують отримувати послугу у 2025 році.",
    "Супровід здійснювався також у 4 прийомних сім'ях і 2 дитячих будинках сімейного типу, де виховується 19 дітей.",
    "Послуги надають 7 фахівців із соціальної роботи при 8 штатних посадах. Навчання за програмами підвищення кваліфікації (72 години) у 2024 році пройшли 5 з них.",
    "Протягом року до Центру надійшла 1 скарга щодо несвоєчасного візиту фахівця; її розглянуто в 15-денний строк.",
    "За результатами оцінки за критеріями отримано такі оцінки: адресність та індивідуальний підхід – «добре»; результативність – «добре»; своєчасність – «задовільно»; доступність та відкритість – «добре»; повага до гідності отримувача – «добре»; професійність – «добре».",
    "Загальна оцінка якості наданих нами соціальних послуг – «добре».",
    "У 2025 році плануємо опитати не менше 120 отримувачів і запровадити онлайн-анкету.",
    "Директор Центру                                        (підпис)",
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for p in HEAD:
        d.add_paragraph(p)
    for p in P1:
        d.add_paragraph(p)
    t = d.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    for p in P2:
        d.add_paragraph(p)
    fix_docx_props(d)
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Великомостівської міської ради",
        "centre_type": "css", "settlement": "Великі Мости", "oblast": "Львівська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31",
    })
    f1 = g.f("services_provided", "services", 1742, "ми надали 1 742 соціальні послуги")
    f2 = g.f("served", "families_persons", 559, "1 742 соціальні послуги 559 сім'ям/особам")
    f3 = g.f("served", "children", 611, "у яких виховується 611 дітей", parent=f2)
    # table: rows hang on the Разом cell of the same column
    f4 = g.f("served", "families_persons", 559, "Разом\t559\t100\t92,0", label="Разом (таблиця 1)")
    f5 = g.f("survey_respondents", "persons", 100, "Разом\t559\t100\t92,0", label="Разом (таблиця 1)")
    f6 = g.f("satisfaction", "percent", 92, "Разом\t559\t100\t92,0", label="Разом (таблиця 1)", alt=["share"])
    rows = [("1\tКонсультування\t214\t48\t93,8", "counselling", 214, 48, 93.8),
            ("2\tСоціальний супровід сімей у СЖО\t37\t19\t89,5", "social_support_sjo", 37, 19, 89.5),
            ("3\tСоціальний супровід прийомних сімей та ДБСТ\t6\t6\t100,0", "social_support_foster", 6, 6, 100),
            ("4\tІнформування\t302\t27\t88,9", "informing", 302, 27, 88.9)]
    ids = []
    for q, svc, n, s, p in rows:
        a = g.f("served", "families_persons", n, q, service=svc, group="table1_served", parent=f4)
        b = g.f("survey_respondents", "persons", s, q, service=svc, group="table1_surveyed", parent=f5)
        c = g.f("satisfaction", "percent", p, q, service=svc, alt=["share"])
        ids.append((a, b, c))
    (f7, f8, f9), (f10, f11, f12), (f13, f14, f15), (f16, f17, f18) = ids
    f19 = g.f("survey_respondents", "recipients", 100, "Усього ми опитали 100 отримувачів", unit_alt="persons")
    f20 = g.f("satisfaction", "percent", 78, "відповідь «так, повністю» дали 78 % респондентів",
              label="задоволені ставленням працівників: так, повністю", alt=["share"])
    f21 = g.f("share", "percent", 17, "«скоріше так» – 17 %", label="задоволені ставленням працівників: скоріше так",
              alt=["satisfaction"])
    f22 = g.f("share", "percent", 5, "«скоріше ні» – 5 %", label="задоволені ставленням працівників: скоріше ні")
    f23 = g.f("share", "percent", 3, "«ні» – 3 %", label="задоволені ставленням працівників: ні")
    f24 = g.f("served", "families", 37, "Соціальний супровід сімей у складних життєвих обставинах ми здійснювали для 37 сімей",
              service="social_support_sjo")
    f25 = g.f("support_completed", "families", 22, "22 сім'ї завершили отримання послуги", service="social_support_sjo",
              group="sjo_37_end_of_year", parent=f24)
    f26 = g.f("outcome_positive", "families", 15, "у 15 сім'ях складні життєві обставини подолано",
              service="social_support_sjo", group="completed_22_by_outcome", parent=f25)
    f27 = g.f("outcome_minimized", "families", 5, "у 5 – мінімізовано", service="social_support_sjo",
              group="completed_22_by_outcome", parent=f25)
    f28 = g.f("outcome_other", "families", 2, "ще 2 сім'ї відмовилися від подальшої співпраці",
              service="social_support_sjo", label="відмова від співпраці", group="completed_22_by_outcome", parent=f25)
    f29 = g.f("support_ongoing", "families", 15, "15 сімей продовжують отримувати послугу у 2025 році",
              service="social_support_sjo", group="sjo_37_end_of_year", parent=f24)
    f30 = g.f("served", "families", 4, "у 4 прийомних сім'ях", service="social_support_foster",
              label="прийомні сім'ї", group="foster_6", parent=f13)
    f31 = g.f("served", "families", 2, "2 дитячих будинках сімейного типу", service="social_support_foster",
              label="ДБСТ", group="foster_6", parent=f13)
    f32 = g.f("served", "children", 19, "де виховується 19 дітей", service="social_support_foster", parent=f13)
    f33 = g.f("staff_actual", "staff", 7, "Послуги надають 7 фахівців із соціальної роботи")
    f34 = g.f("staff_positions", "positions", 8, "при 8 штатних посадах")
    f35 = g.f("staff_trained", "staff", 5, "у 2024 році пройшли 5 з них", parent=f33)
    f36 = g.f("complaints", "complaints", 1, "до Центру надійшла 1 скарга")
    crit = [("адресність та індивідуальний підхід – «добре»", "targeting", "good"),
            ("результативність – «добре»", "effectiveness", "good"),
            ("своєчасність – «задовільно»", "timeliness", "satisfactory"),
            ("доступність та відкритість – «добре»", "accessibility", "good"),
            ("повага до гідності отримувача – «добре»", "dignity", "good"),
            ("професійність – «добре»", "professionalism", "good")]
    for q, c, v in crit:
        g.f("rating", "rating", v, q, criterion=c)
    f43 = g.f("rating", "rating", "good", "Загальна оцінка якості наданих нами соціальних послуг – «добре»",
              criterion="overall")

    g.slip("percents_sum", "error",
           "відповідь «так, повністю» дали 78 % респондентів, «скоріше так» – 17 %, «скоріше ні» – 5 %, «ні» – 3 %",
           103, 100, [f20, f21, f22, f23],
           "the four answers to one question partition the 100 respondents but sum to 78 + 17 + 5 + 3 = 103 %; "
           "with whole percents of 100 respondents no rounding explains 3 extra points",
           "psum_ok([f20, f21, f22, f23], 0)")
    g.check("table_arithmetic", "Разом\t559\t100\t92,0", "214 + 37 + 6 + 302 = 559", "f7 + f10 + f13 + f16 == f4")
    g.check("table_arithmetic", "Разом\t559\t100\t92,0", "48 + 19 + 6 + 27 = 100", "f8 + f11 + f14 + f17 == f5")
    g.check("percent_mismatch", "1\tКонсультування\t214\t48\t93,8",
            "row shares: 45/48 = 93,75 → 93,8; 17/19 = 89,47 → 89,5; 6/6 = 100,0; 24/27 = 88,89 → 88,9 "
            "(satisfied counts 45, 17, 6, 24 are not written; each share is reachable)",
            "grim_ok(f9, f8, 1) and grim_ok(f12, f11, 1) and grim_ok(f15, f14, 1) and grim_ok(f18, f17, 1) "
            "and pct_ok(f9, 45, f8, 1) and pct_ok(f12, 17, f11, 1) and pct_ok(f15, 6, f14, 1) and pct_ok(f18, 24, f17, 1)")
    g.check("table_arithmetic", "Разом\t559\t100\t92,0",
            "total share: (45 + 17 + 6 + 24) / 100 = 92,0 %", "pct_ok(f6, 45 + 17 + 6 + 24, f5, 1)")
    g.check("internal_conflict", "ми надали 1 742 соціальні послуги 559 сім'ям/особам",
            "prose 559 = table Разом 559; prose 100 respondents = table 100; prose 37 СЖО = row 2; 4 + 2 = row 3 (6)",
            "f2 == f4 and f19 == f5 and f24 == f10 and f30 + f31 == f13")
    g.check("parts_sum", "22 сім'ї завершили отримання послуги", "15 + 5 + 2 = 22; 22 + 15 continuing = 37",
            "f26 + f27 + f28 == f25 and f25 + f29 == f24")
    g.check("parts_sum", "Послуги надають 7 фахівців із соціальної роботи при 8 штатних посадах",
            "5 trained ≤ 7 staff ≤ 8 positions", "f35 <= f33 <= f34")

    g.skip("80074, Львівська обл., Шептицький р-н, м. Великі Мости, вул. Шевченка, 41; тел. (03257) 0-23-71; код ЄДРПОУ 43870152",
           [80074, 41, 3257, 2371, 43870152], "postcode, address, phone, ЄДРПОУ")
    g.skip("наданих у 2024 році", [2024], "year")
    g.skip("від 14.01.2025 № 3-од ми утворили робочу групу у складі 4 працівників, яка з 15 по 31 січня 2025 року",
           [14, 1, 2025, 3, 4, 15, 31], "order date and number, working-group size, assessment dates")
    g.skip("налічує 22 населені пункти та близько 24,6 тис. мешканців", [22, 24600], "settlements, population")
    g.skip("Таблиця 1. Отримувачі та задоволеність за видами послуг", [1], "table number")
    g.skip("1\tКонсультування", [1, 2, 3, 4], "row numbers of table 1")
    g.skip("(72 години)", [72], "duration of training")
    g.skip("її розглянуто в 15-денний строк", [15], "duration")
    g.skip("У 2025 році плануємо опитати не менше 120 отримувачів", [2025, 120], "plan")
    g.note("table 1: every cell is a fact quoted by its row; served and surveyed rows hang on the Разом cells; "
           "the satisfaction shares are written without counts")
    g.note("the prose 559 and the table Разом 559 are two facts; so are the prose 100 respondents and the table 100")
    g.note("4 прийомні сім'ї + 2 ДБСТ hang on table row 3 (6 foster families)")
    g.note("criterion ratings are written in prose without percentage bands, so no rating_band check applies")
    g.note("«так, повністю» → satisfaction (alt share); the other answers → share")
    g.write()


if __name__ == "__main__":
    main()
