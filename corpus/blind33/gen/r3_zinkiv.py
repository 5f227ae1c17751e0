"""b33_03: КУ «ЦНСП» Зіньківської міської ради, internal quality assessment for 2023. DOCX with a table."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b33_03_zinkiv_cnsp_internal2023.docx"

HEAD = [
    "Комунальна установа «Центр надання соціальних послуг» Зіньківської міської ради",
    "38100, Полтавська обл., м. Зіньків, вул. Воздвиженська, 19, тел. (05353) 0-31-62, ЄДРПОУ 43705218",
]
TITLE = ["ЗВІТ", "про результати внутрішньої оцінки якості соціальних послуг, наданих у 2023 році"]
P1 = [
    "Внутрішню оцінку ми провели відповідно до наказу директора від 09.01.2024 № 4-од силами робочої групи з 5 осіб у період з 15 по 31 січня 2024 року. Оцінювали послугу догляду вдома, консультування та соціальний супровід сімей, які перебувають у складних життєвих обставинах.",
    "У 2023 році наш Центр надав соціальні послуги 873 отримувачам, зокрема догляд вдома – 214 особам, консультування – 538 особам, соціальний супровід – 27 сім'ям, у яких виховується 61 дитина. Оцінку потреб ми провели 96 особам, з них 23 особи – внутрішньо переміщені. Середній вік отримувачів догляду вдома – 79 років.",
    "Для отримувачів догляду вдома індивідуальні плани складено у 100 % випадків. Переглядаємо плани не рідше 1 разу на 6 місяців.",
    "Ми опитали 64 отримувачі послуги догляду вдома (анкета з 18 запитань). Частки позитивних відповідей за критеріями наведено в таблиці 1. Рівень за критерієм визначали так: 80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно».",
    "Таблиця 1. Результати анкетування отримувачів послуги догляду вдома",
]
ROWS = [
    ("№", "Критерій", "Позитивних відповідей, %", "Рівень"),
    ("1", "Адресність та індивідуальний підхід", "95,3", "добре"),
    ("2", "Результативність", "85,6", "добре"),
    ("3", "Своєчасність", "90,6", "добре"),
    ("4", "Доступність та відкритість", "76,6", "задовільно"),
    ("5", "Повага до гідності", "100", "добре"),
    ("6", "Професійність", "93,8", "добре"),
    ("7", "Конфіденційність інформації", "96,9", "добре"),
]
P2 = [
    "Доступність оцінено як задовільну через віддаленість 11 старостинських округів від Центру та відсутність власного транспорту.",
    "Під соціальним супроводом у 2023 році перебувало 27 сімей. Ми завершили супровід 15 сімей, з них 10 – з позитивним результатом, решта сімей змінили місце проживання або відмовилися від послуги.",
    "Скарг від отримувачів у 2023 році до нас не надходило, натомість надійшло 3 письмові подяки.",
    "У Центрі працює 46 працівників, із них 31 соціальний робітник. Протягом року 12 наших працівників підвищили кваліфікацію.",
    "Загальна оцінка якості соціальних послуг, наданих Центром у 2023 році, – «добре».",
    "Рекомендації: до 01.06.2024 домовитися з громадою про виділення службового автомобіля; провести повторне анкетування у грудні 2024 року.",
    "Голова робочої групи          /підпис/          31.01.2024",
]


def build(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for t in HEAD:
        p = d.add_paragraph(t)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t in TITLE:
        p = d.add_paragraph()
        r = p.add_run(t)
        r.bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t in P1:
        d.add_paragraph(t)
    tab = d.add_table(rows=len(ROWS), cols=4)
    tab.style = "Table Grid"
    for i, row in enumerate(ROWS):
        for j, v in enumerate(row):
            tab.cell(i, j).text = v
    for t in P2:
        d.add_paragraph(t)
    fix_docx_props(d, "ЦНСП")
    d.save(path)
    freeze_zip(path)


CRIT = [("targeting", 1), ("effectiveness", 2), ("timeliness", 3), ("accessibility", 4),
        ("dignity", 5), ("professionalism", 6), ("confidentiality", 7)]
RATING = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}
BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Зіньківської міської ради",
        "centre_type": "cnsp", "settlement": "Зіньків", "oblast": "Полтавська",
        "report_kind": "internal_assessment",
        "period_start": "2023-01-01", "period_end": "2023-12-31",
    }, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Зіньківської міської ради",
                            "КУ «Центр надання соціальних послуг» Зіньківської міської ради"]})
    f = g.f
    sv = f("served", "recipients", 873, "наш Центр надав соціальні послуги 873 отримувачам", unit_alt="persons")
    hc = f("served", "persons", 214, "догляд вдома – 214 особам", service="home_care", parent=sv)
    co = f("served", "persons", 538, "консультування – 538 особам", service="counselling", parent=sv)
    ss = f("served", "families", 27, "соціальний супровід – 27 сім'ям", service="social_support_sjo", parent=sv)
    ssc = f("served", "children", 61, "у яких виховується 61 дитина", service="social_support_sjo", parent=ss)
    na = f("needs_assessed", "persons", 96, "Оцінку потреб ми провели 96 особам")
    nai = f("needs_assessed", "persons", 23, "з них 23 особи – внутрішньо переміщені",
            category="внутрішньо переміщені особи", parent=na)
    ip = f("share", "percent", 100, "індивідуальні плани складено у 100 % випадків", service="home_care",
           criterion="targeting", label="частка отримувачів догляду вдома з індивідуальним планом")
    sr = f("survey_respondents", "persons", 64, "Ми опитали 64 отримувачі послуги догляду вдома",
           service="home_care", unit_alt="recipients")
    shares, ratings = {}, {}
    for (crit, i) in CRIT:
        row = ROWS[i]
        q = "\t".join(row)
        val = float(row[2].replace(",", "."))
        if val.is_integer():
            val = int(val)
        shares[crit] = f("share", "percent", val, q, service="home_care", criterion=crit,
                         label=f"позитивні відповіді: {row[1]}", alt=["satisfaction"])
        ratings[crit] = f("rating", "rating", RATING[row[3]], q, service="home_care", criterion=crit)
    ss2 = f("served", "families", 27, "Під соціальним супроводом у 2023 році перебувало 27 сімей",
            service="social_support_sjo", alt=["support_ongoing"], label="повторна згадка")
    sc = f("support_completed", "families", 15, "Ми завершили супровід 15 сімей", service="social_support_sjo", parent=ss2)
    op = f("outcome_positive", "families", 10, "з них 10 – з позитивним результатом", service="social_support_sjo", parent=sc)
    cp = f("complaints", "complaints", 0, "Скарг від отримувачів у 2023 році до нас не надходило")
    act = f("staff_actual", "staff", 46, "У Центрі працює 46 працівників")
    sw = f("staff_actual", "staff", 31, "із них 31 соціальний робітник", label="соціальні робітники", parent=act)
    tr = f("staff_trained", "staff", 12, "Протягом року 12 наших працівників підвищили кваліфікацію")
    ov = f("rating", "rating", "good", "Загальна оцінка якості соціальних послуг, наданих Центром у 2023 році, – «добре».",
           criterion="overall")

    e = shares["effectiveness"]
    g.slip("percent_impossible", "error", "\t".join(ROWS[2]), 85.6, "85.9 (55 of 64) or 84.4 (54 of 64)",
           [e, sr],
           "GRIM with N = 64 at one decimal: 54/64 = 84,4 % and 55/64 = 85,9 %; no whole number of the 64 respondents gives 85,6 %",
           f"grim_ok({e}, {sr}, 1)")
    ok = [shares[c] for c, _ in CRIT if c != "effectiveness"]
    g.check("percent_impossible", "Таблиця 1. Результати анкетування отримувачів послуги догляду вдома",
            "the other six shares are reachable with 64 respondents (61, 58, 49, 64, 60, 62 of 64)",
            " and ".join(f"grim_ok({x}, {sr}, 1)" for x in ok))
    g.check("rating_band", "Рівень за критерієм визначали так: 80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно».",
            "every criterion's rating agrees with the document's bands (76,6 → задовільно, the rest ≥ 80 → добре)",
            " and ".join(f"band({shares[c]}, {BANDS}) == {ratings[c]}" for c, _ in CRIT))
    g.check("parts_sum", "наш Центр надав соціальні послуги 873 отримувачам",
            "214 + 538 persons ≤ 873 (the 27 families are another unit); not stated as a partition",
            f"{hc} + {co} <= {sv}")
    g.check("parts_sum", "Ми завершили супровід 15 сімей, з них 10 – з позитивним результатом",
            "10 ≤ 15 ≤ 27", f"{op} <= {sc} <= {ss2}")
    g.check("internal_conflict", "Під соціальним супроводом у 2023 році перебувало 27 сімей",
            "27 families in the services sentence and 27 in the support paragraph agree", f"{ss} == {ss2}")
    g.check("parts_sum", "Оцінку потреб ми провели 96 особам, з них 23 особи", "23 ≤ 96", f"{nai} <= {na}")
    g.check("parts_sum", "У Центрі працює 46 працівників, із них 31 соціальний робітник", "31 ≤ 46", f"{sw} <= {act}")
    g.check("parts_sum", "Ми опитали 64 отримувачі послуги догляду вдома", "64 respondents ≤ 214 home-care recipients",
            f"{sr} <= {hc}")

    g.skip("38100, Полтавська обл., м. Зіньків, вул. Воздвиженська, 19, тел. (05353) 0-31-62, ЄДРПОУ 43705218",
           [38100, 19, 5353, 3162, 43705218], "postcode, address, phone, ЄДРПОУ")
    g.skip("про результати внутрішньої оцінки якості соціальних послуг, наданих у 2023 році", [2023], "year")
    g.skip("відповідно до наказу директора від 09.01.2024 № 4-од силами робочої групи з 5 осіб у період з 15 по 31 січня 2024 року",
           [9, 1, 2024, 4, 5, 15, 31, 2024], "order date/number, size of the working group, assessment dates")
    g.skip("Середній вік отримувачів догляду вдома – 79 років.", [79], "age")
    g.skip("Переглядаємо плани не рідше 1 разу на 6 місяців.", [1, 6], "frequency / duration")
    g.skip("(анкета з 18 запитань)", [18], "number of questions")
    g.skip("Таблиця 1.", [1], "table number")
    g.skip("1\tАдресність та індивідуальний підхід", [1, 2, 3, 4, 5, 6, 7], "row numbers 1–7")
    g.skip("80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79.9, 60], "rating bands")
    g.skip("віддаленість 11 старостинських округів від Центру", [11], "count of starosta districts")
    g.skip("надійшло 3 письмові подяки", [3], "letters of thanks (no §3 id)")
    g.skip("Рекомендації: до 01.06.2024 домовитися з громадою про виділення службового автомобіля; провести повторне анкетування у грудні 2024 року.",
           [1, 6, 2024, 2024], "recommendation deadline, plan")
    g.skip("/підпис/ 31.01.2024", [31, 1, 2024], "signature date")
    g.note("survey shares are the home-care survey's criterion shares → share with criterion and service home_care (alt satisfaction); each table row gives a share and a rating, both quoted by the row")
    g.note("«873 отримувачам» → recipients (unit_alt persons); the per-service counts are parts without a group: units differ (persons, families) and the sentence says «зокрема»")
    g.note("the 27 families under support are written twice (services sentence and support paragraph): two facts, the second labelled as a repeat")
    g.note("Результативність 85,6 % cannot come from 64 respondents (planted slip, percent_impossible); it is still in its band «добре»")
    g.write()


if __name__ == "__main__":
    main()
