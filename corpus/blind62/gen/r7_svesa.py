"""b62_07: external quality assessment of day care provided in 2023 by the ТЦСО of Свеська селищна рада
(Сумська), written by the oblast department. reportlab PDF (Liberation Serif), impersonal voice, prose
ratings by criterion. Planted slip: percent_impossible (87,3 % of 46 respondents)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph
from common import Gold, report_path, register_fonts

DOC = "b62_07_svesa_tcso_external2023.pdf"

PARAS = [
    ("h", "ДЕПАРТАМЕНТ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ СУМСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ"),
    ("h", "ЗВІТ<br/>про результати зовнішньої оцінки якості соціальної послуги денного догляду, наданої Територіальним центром соціального обслуговування (надання соціальних послуг) Свеської селищної ради у 2023 році"),
    ("p", "Зовнішню оцінку проведено з 12 по 23 лютого 2024 року відповідно до Порядку, затвердженого постановою Кабінету Міністрів України від 01.06.2020 № 449, на підставі наказу Департаменту від 05.02.2024 № 27-ОД. До складу комісії увійшли 5 осіб, у тому числі представник громадської організації."),
    ("p", "Надавач: Територіальний центр соціального обслуговування (надання соціальних послуг) Свеської селищної ради, 41523, Сумська обл., Шосткинський р-н, смт Свеса, вул. Молодіжна, 18, тел. (05455) 0-61-37, код ЄДРПОУ 40387214."),
    ("p", "Відділення денного перебування розраховане на 25 місць і розміщене в приміщенні площею 112 кв. м. У 2023 році послугою денного догляду скористалися 74 особи (жінок – 52, чоловіків – 22), середній вік отримувачів – 71 рік. Надано 3 612 послуг денного догляду."),
    ("p", "Протягом року на обслуговування прийнято 19 осіб, знято з обслуговування 15 осіб, з них: за власним бажанням – 9, у зв'язку з погіршенням стану здоров'я – 4, у зв'язку зі смертю – 2."),
    ("p", "Відділенням проведено 209 групових заходів: 186 гурткових занять (рукоділля, скандинавська ходьба, комп'ютерна грамотність) і 23 культурно-масові заходи."),
    ("p", "Для оцінки використано аналіз 20 особових справ, спостереження, інтерв'ю з персоналом та анкетування отримувачів. Анкетування пройшли 46 отримувачів (62,2 % від їх загальної кількості). Повністю задоволені якістю послуги 87,3 % опитаних. Умови перебування у відділенні вважають зручними 93,5 % респондентів, розширити перелік гуртків пропонують 28,3 %."),
    ("p", "Послугу безпосередньо надають 3 працівники при 3,5 штатної посади; 2 працівники у 2023 році підвищили кваліфікацію. Скарг від отримувачів у 2023 році не надходило."),
    ("p", "За результатами оцінки якість послуги за критеріями адресності та індивідуального підходу, доступності та відкритості, зручності і професійності визнано «добре», за критерієм результативності – «задовільно» (не для всіх отримувачів складено індивідуальні плани з вимірюваними цілями)."),
    ("p", "Загальна оцінка якості соціальної послуги денного догляду – «добре»."),
    ("p", "Рекомендації: 1) до 01.07.2024 переглянути індивідуальні плани всіх отримувачів; 2) до 31.12.2024 облаштувати пандус біля другого входу; 3) щороку проводити внутрішню оцінку якості послуги."),
]


def build(path):
    register_fonts()
    sh = ParagraphStyle("h", fontName="LSerif-B", fontSize=11, leading=14, alignment=1, spaceAfter=8)
    sp = ParagraphStyle("p", fontName="LSerif", fontSize=11, leading=14, firstLineIndent=24, spaceAfter=6, alignment=4)
    story = [Paragraph(t, sh if k == "h" else sp) for k, t in PARAS]
    SimpleDocTemplate(path, pagesize=A4, invariant=1, title="Зовнішня оцінка").build(story)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Свеської селищної ради",
        "centre_type": "tcso", "settlement": "Свеса", "oblast": "Сумська",
        "report_kind": "external_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31"},
        {"centre": ["Територіальний центр соціального обслуговування Свеської селищної ради"]})
    S = "day_care"
    f1 = g.f("served", "persons", 74, "послугою денного догляду скористалися 74 особи", service=S)
    g.f("served", "persons", 52, "жінок – 52", service=S, category="жінки", group="served_74_by_sex", parent=f1)
    g.f("served", "persons", 22, "чоловіків – 22", service=S, category="чоловіки", group="served_74_by_sex", parent=f1)
    g.f("services_provided", "services", 3612, "Надано 3 612 послуг денного догляду", service=S)
    g.f("served", "persons", 19, "на обслуговування прийнято 19 осіб", service=S, alt=["registered_new", "support_started"],
        label="прийнято на обслуговування", parent=f1)
    f6 = g.f("deregistered", "persons", 15, "знято з обслуговування 15 осіб", service=S)
    g.f("deregistered", "persons", 9, "за власним бажанням – 9", service=S, label="за власним бажанням", alt=["outcome_other"],
        group="deregistered_15_by_reason", parent=f6)
    g.f("deregistered", "persons", 4, "у зв'язку з погіршенням стану здоров'я – 4", service=S, label="погіршення стану здоров'я",
        alt=["outcome_other"], group="deregistered_15_by_reason", parent=f6)
    g.f("deregistered", "persons", 2, "у зв'язку зі смертю – 2", service=S, label="смерть", alt=["outcome_other"],
        group="deregistered_15_by_reason", parent=f6)
    f10 = g.f("events", "events", 209, "Відділенням проведено 209 групових заходів")
    g.f("events", "events", 186, "186 гурткових занять", label="гурткові заняття", group="events_209_by_kind", parent=f10)
    g.f("events", "events", 23, "23 культурно-масові заходи", label="культурно-масові заходи", group="events_209_by_kind", parent=f10)
    f13 = g.f("survey_respondents", "recipients", 46, "Анкетування пройшли 46 отримувачів (62,2 % від їх загальної кількості)",
              percent=62.2, service=S, unit_alt="persons")
    g.f("satisfaction", "percent", 87.3, "Повністю задоволені якістю послуги 87,3 % опитаних", service=S, alt=["share"])
    g.f("share", "percent", 93.5, "Умови перебування у відділенні вважають зручними 93,5 % респондентів", service=S,
        criterion="convenience", label="вважають умови перебування зручними", alt=["satisfaction"])
    g.f("share", "percent", 28.3, "розширити перелік гуртків пропонують 28,3 %", service=S, label="пропонують розширити перелік гуртків")
    g.f("staff_actual", "staff", 3, "Послугу безпосередньо надають 3 працівники")
    g.f("staff_positions", "positions", 3.5, "при 3,5 штатної посади")
    g.f("staff_trained", "staff", 2, "2 працівники у 2023 році підвищили кваліфікацію")
    g.f("complaints", "complaints", 0, "Скарг від отримувачів у 2023 році не надходило.")
    rq = "якість послуги за критеріями адресності та індивідуального підходу, доступності та відкритості, зручності і професійності визнано «добре»"
    for c in ("targeting", "accessibility", "convenience", "professionalism"):
        g.f("rating", "rating", "good", rq, criterion=c, service=S)
    g.f("rating", "rating", "satisfactory", "за критерієм результативності – «задовільно»", criterion="effectiveness", service=S)
    g.f("rating", "rating", "good", "Загальна оцінка якості соціальної послуги денного догляду – «добре».", criterion="overall", service=S)

    g.slip("percent_impossible", "error", "Повністю задоволені якістю послуги 87,3 % опитаних", 87.3, "86,96 (40 of 46) or 89,13 (41 of 46)",
           ["f14", "f13"],
           "no whole number of the 46 respondents gives 87,3 %: 40 of 46 is 86,96 %, 41 of 46 is 89,13 %",
           "grim_ok(f14, f13, 1)")
    g.check("percent_mismatch", "Анкетування пройшли 46 отримувачів (62,2 % від їх загальної кількості)", "46 / 74 = 62,16 % → 62,2",
            "pct_ok(p13, f13, f1, 1)")
    g.check("percent_impossible", "вважають зручними 93,5 % респондентів", "43 of 46 = 93,48 % → 93,5; 13 of 46 = 28,26 % → 28,3",
            "grim_ok(f15, f13, 1) and grim_ok(f16, f13, 1)")
    g.check("parts_sum", "(жінок – 52, чоловіків – 22)", "52 + 22 = 74; 19 admitted ≤ 74", "f2 + f3 == f1 and f5 <= f1")
    g.check("parts_sum", "знято з обслуговування 15 осіб, з них:", "9 + 4 + 2 = 15", "f7 + f8 + f9 == f6")
    g.check("parts_sum", "Відділенням проведено 209 групових заходів", "186 + 23 = 209", "f11 + f12 == f10")
    g.check("parts_sum", "Послугу безпосередньо надають 3 працівники при 3,5 штатної посади", "3 ≤ 3,5; 2 trained ≤ 3",
            "f17 <= f18 and f19 <= f17")

    g.skip("Зовнішню оцінку проведено з 12 по 23 лютого 2024 року відповідно до Порядку, затвердженого постановою Кабінету Міністрів України від 01.06.2020 № 449, на підставі наказу Департаменту від 05.02.2024 № 27-ОД.",
           [12, 23, 2024, 1, 6, 2020, 449, 5, 2, 2024, 27], "assessment dates, act and order dates and numbers")
    g.skip("До складу комісії увійшли 5 осіб", [5], "commission size")
    g.skip("41523, Сумська обл., Шосткинський р-н, смт Свеса, вул.", [41523], "postcode (the reader breaks this paragraph after «вул.»)")
    g.skip("Молодіжна, 18, тел. (05455) 0-61-37, код ЄДРПОУ 40387214", [18, 5455, 6137, 40387214], "house number, phone, ЄДРПОУ")
    g.skip("розраховане на 25 місць і розміщене в приміщенні площею 112 кв. м", [25, 112], "capacity, floor area")
    g.skip("середній вік отримувачів – 71 рік", [71], "average age")
    g.skip("Для оцінки використано аналіз 20 особових справ", [20], "assessment method: case files")
    g.skip("Рекомендації: 1) до 01.07.2024 переглянути індивідуальні плани всіх отримувачів; 2) до 31.12.2024 облаштувати пандус біля другого входу; 3) щороку проводити внутрішню оцінку якості послуги.",
           [1, 1, 7, 2024, 2, 31, 12, 2024, 3], "recommendation numbers and deadlines")
    g.skip("наданої Територіальним центром соціального обслуговування (надання соціальних послуг) Свеської селищної ради у 2023 році", [2023], "year")
    g.note("the report is written by the oblast department about the ТЦСО: meta describes the assessed provider")
    g.note("one sentence rates four criteria «добре»: four rating facts with the same quote; результативність «задовільно»; overall «добре»")
    g.note("«Повністю задоволені … 87,3 %» → satisfaction (alt share); «вважають зручними 93,5 %» → share with criterion convenience (alt satisfaction)")
    g.note("«прийнято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → deregistered with reasons (alt outcome_other)")
    g.write()


if __name__ == "__main__":
    main()
