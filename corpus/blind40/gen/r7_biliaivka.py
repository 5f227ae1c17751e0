"""b40_07: ТЦСО Біляївської міської ради (Одеська), internal assessment of day care in 2024 written as
**quality indicators computed by formula** (Показник N.N, formula Ч1 / Ч2 × 100 %, numerator and denominator
with their counts, result, some rounded wrongly or not at all). DOCX."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b40_07_biliaivka_tcso_indicators2024.docx"

LINES = [
    ("c", "ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) БІЛЯЇВСЬКОЇ МІСЬКОЇ РАДИ"),
    ("c", "67600, Одеська обл., м. Біляївка, вул. Олімпійська, 9, тел. (04852) 0-26-51"),
    ("b", "РЕЗУЛЬТАТИ внутрішньої оцінки якості соціальної послуги денного догляду за 2024 рік (розрахунок показників якості)"),
    ("p", "Оцінку проведено відповідно до Методичних рекомендацій, затверджених наказом Мінсоцполітики від 27.12.2013 № 904, та наказу по Центру від 02.12.2024 № 118. Відділення денного догляду розраховане на 25 місць, працює з 8.30 до 16.30. У 2024 році послугу денного догляду отримували 46 осіб, з них 12 – внутрішньо переміщені особи."),
    ("p", "Рівень якості за критерієм: «добре» – значення всіх показників 80 % і більше; «задовільно» – хоча б один показник від 60 до 79,9 %; «незадовільно» – хоча б один показник нижче 60 %. Показник 7.2 (частка скарг) при цьому не враховується."),
    ("b", "Критерій 1. Адресність та індивідуальний підхід"),
    ("p", "Показник 1.1. Частка отримувачів соціальної послуги, яким складено індивідуальний план надання послуги."),
    ("p", "Формула: П1.1 = Ч1 / Ч2 × 100 %, де"),
    ("p", "Ч1 – кількість отримувачів, для яких складено індивідуальний план, – 46;"),
    ("p", "Ч2 – загальна кількість отримувачів соціальної послуги денного догляду у звітному періоді – 46."),
    ("p", "П1.1 = 46 / 46 × 100 % = 100 %"),
    ("p", "Показник 1.2. Частка отримувачів, індивідуальні плани яких переглянуто у встановлені строки (не рідше 1 разу на 6 місяців)."),
    ("p", "П1.2 = Ч1 / Ч2 × 100 %; Ч1 – 41; Ч2 – загальна кількість отримувачів – 46."),
    ("p", "П1.2 = 41 / 46 × 100 % = 89,1 %"),
    ("p", "Висновок за критерієм 1: рівень «добре»."),
    ("b", "Критерій 2. Результативність"),
    ("p", "Показник 2.1. Частка отримувачів, у яких за результатами повторного оцінювання відбулося покращення (збереження) функціонального стану."),
    ("p", "Ч1 – кількість отримувачів, у яких відбулося покращення стану, – 33;"),
    ("p", "Ч2 – загальна кількість отримувачів послуги – 46."),
    ("p", "П2.1 = 33 / 46 × 100 % = 71,739 %"),
    ("p", "Показник 2.2. Частка отримувачів, задоволених результатами надання послуги (за результатами анкетування в листопаді 2024 р.)."),
    ("p", "Ч1 – кількість опитаних, які задоволені результатами, – 37;"),
    ("p", "Ч2 – загальна кількість опитаних отримувачів – 42."),
    ("p", "П2.2 = 37 / 42 × 100 % = 88,9 %"),
    ("p", "Висновок за критерієм 2: рівень «задовільно» (показник 2.1 нижче 80 %)."),
    ("b", "Критерій 3. Своєчасність"),
    ("p", "Показник 3.1. Частка отримувачів, яким надання послуги розпочато не пізніше 10 робочих днів з дня прийняття рішення."),
    ("p", "П3.1 = Ч1 / Ч2 × 100 %, Ч1 – 45; Ч2 – загальна кількість отримувачів послуги у 2024 році – 48."),
    ("p", "П3.1 = 45 / 48 × 100 % = 93,75 %"),
    ("p", "Висновок за критерієм 3: рівень «добре»."),
    ("b", "Критерій 4. Доступність та відкритість"),
    ("p", "Показник 4.1. Частка опитаних отримувачів, які отримали інформацію про послугу в доступній для них формі."),
    ("p", "Ч1 – 40; Ч2 – кількість опитаних отримувачів – 42."),
    ("p", "П4.1 = 40 / 42 × 100 % = 95,2 %"),
    ("p", "Висновок за критерієм 4: рівень «добре»."),
    ("b", "Критерій 7. Професійність"),
    ("p", "Показник 7.1. Частка працівників відділення, які протягом року підвищили кваліфікацію."),
    ("p", "Ч1 – кількість працівників, які підвищили кваліфікацію, – 9;"),
    ("p", "Ч2 – загальна кількість працівників відділення – 11."),
    ("p", "П7.1 = 9 / 11 × 100 % = 81,8 %"),
    ("p", "Показник 7.2. Частка обґрунтованих скарг отримувачів."),
    ("p", "Ч1 – кількість обґрунтованих скарг – 0; Ч2 – загальна кількість отримувачів – 46."),
    ("p", "П7.2 = 0 / 46 × 100 % = 0 %"),
    ("p", "Висновок за критерієм 7: рівень «добре»."),
    ("b", "Загальний висновок"),
    ("p", "Чотири з п'яти оцінених критеріїв відповідають рівню «добре». Загальний рівень якості соціальної послуги денного догляду у 2024 році – «добре». До 01.06.2025 переглянути методики повторного оцінювання стану отримувачів."),
    ("p", "Голова робочої групи (підпис)"),
]


def build():
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    for kind, text in LINES:
        p = d.add_paragraph()
        r = p.add_run(text)
        if kind in ("b", "c"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if kind == "c" or text.startswith("РЕЗ") else WD_ALIGN_PARAGRAPH.LEFT
        if kind == "b":
            r.bold = True
    fix_docx_props(d, "ТЦСО Біляївка")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Біляївської міської ради",
        "centre_type": "tcso",
        "settlement": "Біляївка",
        "oblast": "Одеська",
        "report_kind": "internal_assessment",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    }, meta_alt={"centre": ["Територіальний центр соціального обслуговування Біляївської міської ради"]})
    f = g.f
    V = lambda i: "f" + i[1:]
    DC = "day_care"
    s = f("served", "persons", 46, "У 2024 році послугу денного догляду отримували 46 осіб", service=DC)
    f("served", "persons", 12, "з них 12 – внутрішньо переміщені особи", service=DC,
      category="внутрішньо переміщені особи", parent=s)
    # 1.1
    c11 = f("served", "persons", 46, "Ч2 – загальна кількість отримувачів соціальної послуги денного догляду у звітному періоді – 46",
            service=DC, label="Ч2 показника 1.1")
    p11 = f("share", "percent", 100, "П1.1 = 46 / 46 × 100 % = 100 %", criterion="targeting",
            label="П1.1 частка отримувачів, яким складено індивідуальний план")
    c12 = f("served", "persons", 46, "П1.2 = Ч1 / Ч2 × 100 %; Ч1 – 41; Ч2 – загальна кількість отримувачів – 46", service=DC, label="Ч2 показника 1.2")
    p12 = f("share", "percent", 89.1, "П1.2 = 41 / 46 × 100 % = 89,1 %", criterion="targeting",
            label="П1.2 частка отримувачів, індивідуальні плани яких переглянуто у встановлені строки")
    r1 = f("rating", "rating", "good", "Висновок за критерієм 1: рівень «добре»", criterion="targeting")
    c21 = f("served", "persons", 46, "Ч2 – загальна кількість отримувачів послуги – 46", service=DC,
            label="Ч2 показника 2.1")
    p21 = f("share", "percent", 71.739, "П2.1 = 33 / 46 × 100 % = 71,739 %", criterion="effectiveness",
            label="П2.1 частка отримувачів, у яких відбулося покращення (збереження) функціонального стану")
    q22 = f("survey_respondents", "persons", 42, "Ч2 – загальна кількість опитаних отримувачів – 42",
            label="Ч2 показника 2.2")
    p22 = f("satisfaction", "percent", 88.9, "П2.2 = 37 / 42 × 100 % = 88,9 %", criterion="effectiveness",
            alt=["share"], label="П2.2 частка отримувачів, задоволених результатами надання послуги")
    r2 = f("rating", "rating", "satisfactory", "Висновок за критерієм 2: рівень «задовільно»", criterion="effectiveness")
    c31 = f("served", "persons", 48, "Ч2 – загальна кількість отримувачів послуги у 2024 році – 48", service=DC,
            label="Ч2 показника 3.1")
    p31 = f("share", "percent", 93.75, "П3.1 = 45 / 48 × 100 % = 93,75 %", criterion="timeliness",
            label="П3.1 частка отримувачів, яким надання послуги розпочато вчасно")
    r3 = f("rating", "rating", "good", "Висновок за критерієм 3: рівень «добре»", criterion="timeliness")
    q41 = f("survey_respondents", "persons", 42, "Ч2 – кількість опитаних отримувачів – 42", label="Ч2 показника 4.1")
    p41 = f("share", "percent", 95.2, "П4.1 = 40 / 42 × 100 % = 95,2 %", criterion="accessibility",
            label="П4.1 частка опитаних, які отримали інформацію про послугу в доступній формі")
    r4 = f("rating", "rating", "good", "Висновок за критерієм 4: рівень «добре»", criterion="accessibility")
    tr = f("staff_trained", "staff", 9, "Ч1 – кількість працівників, які підвищили кваліфікацію, – 9")
    sa = f("staff_actual", "staff", 11, "Ч2 – загальна кількість працівників відділення – 11",
           label="працівники відділення денного догляду")
    p71 = f("share", "percent", 81.8, "П7.1 = 9 / 11 × 100 % = 81,8 %", criterion="professionalism",
            label="П7.1 частка працівників, які підвищили кваліфікацію")
    cm = f("complaints", "complaints", 0, "Ч1 – кількість обґрунтованих скарг – 0")
    c72 = f("served", "persons", 46, "Ч1 – кількість обґрунтованих скарг – 0; Ч2 – загальна кількість отримувачів – 46", service=DC, label="Ч2 показника 7.2")
    p72 = f("share", "percent", 0, "П7.2 = 0 / 46 × 100 % = 0 %", criterion="professionalism",
            label="П7.2 частка обґрунтованих скарг отримувачів")
    r7 = f("rating", "rating", "good", "Висновок за критерієм 7: рівень «добре»", criterion="professionalism")
    ov = f("rating", "rating", "good", "Загальний рівень якості соціальної послуги денного догляду у 2024 році – «добре»",
           criterion="overall")

    g.slip("percent_mismatch", "error", "П2.2 = 37 / 42 × 100 % = 88,9 %", 88.9, 88.1, [p22, q22],
           "37 / 42 = 88,095 % → 88,1; written 88,9 (the numerator 37 is not a §3 figure and is used as a literal)",
           f"pct_ok({V(p22)}, 37, {V(q22)}, 1)", slip=1)
    g.slip("internal_conflict", "error", "Ч2 – загальна кількість отримувачів послуги у 2024 році – 48", 48, 46,
           [c31, s], "the total number of day-care recipients in 2024 is 46 in the introduction and in the "
           "denominators of 1.1, 1.2, 2.1 and 7.2, but 48 in the denominator of 3.1 (same definition, same period)",
           f"{V(c31)} == {V(s)}", slip=2)
    g.check("percent_mismatch", "П1.1 = 46 / 46 × 100 % = 100 %", "46 / 46 = 100 % (Ч1 46 is a literal)",
            f"pct_ok({V(p11)}, 46, {V(c11)}, 0)")
    g.check("percent_mismatch", "П1.2 = 41 / 46 × 100 % = 89,1 %", "41 / 46 = 89,13 % → 89,1",
            f"pct_ok({V(p12)}, 41, {V(c12)}, 1)")
    g.check("percent_mismatch", "П2.1 = 33 / 46 × 100 % = 71,739 %", "33 / 46 = 71,7391 % → 71,739 (three decimals)",
            f"pct_ok({V(p21)}, 33, {V(c21)}, 3)")
    g.check("percent_mismatch", "П3.1 = 45 / 48 × 100 % = 93,75 %",
            "45 / 48 = 93,75 % exactly (the result is right for its own Ч2; the Ч2 itself conflicts, see audit)",
            f"pct_ok({V(p31)}, 45, {V(c31)}, 2)")
    g.check("percent_mismatch", "П4.1 = 40 / 42 × 100 % = 95,2 %", "40 / 42 = 95,24 % → 95,2",
            f"pct_ok({V(p41)}, 40, {V(q41)}, 1)")
    g.check("percent_mismatch", "П7.1 = 9 / 11 × 100 % = 81,8 %", "9 / 11 = 81,82 % → 81,8",
            f"pct_ok({V(p71)}, {V(tr)}, {V(sa)}, 1)")
    g.check("percent_mismatch", "П7.2 = 0 / 46 × 100 % = 0 %", "0 / 46 = 0 %", f"pct_ok({V(p72)}, {V(cm)}, {V(c72)}, 0)")
    bands = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    g.check("rating_band", "Рівень якості за критерієм: «добре» – значення всіх показників 80 % і більше",
            "each criterion's rating is the band of its lowest indicator (7.2 excluded as the text says): "
            "1 → min(100; 89,1) добре; 2 → min(71,739; 88,9) задовільно; 3 → 93,75 добре; 4 → 95,2 добре; 7 → 81,8 добре",
            f"band(min({V(p11)}, {V(p12)}), {bands}) == {V(r1)} and band(min({V(p21)}, {V(p22)}), {bands}) == {V(r2)} "
            f"and band({V(p31)}, {bands}) == {V(r3)} and band({V(p41)}, {bands}) == {V(r4)} "
            f"and band({V(p71)}, {bands}) == {V(r7)}")
    g.check("internal_conflict", "Ч2 – загальна кількість опитаних отримувачів – 42",
            "the respondents' count is 42 in 2.2 and 4.1; recipients 46 in 1.1, 1.2, 2.1, 7.2; survey 42 ≤ 46",
            f"{V(q22)} == {V(q41)} and {V(c11)} == {V(c12)} == {V(c21)} == {V(c72)} == {V(s)} and {V(q22)} <= {V(s)}")
    g.check("parts_sum", "Ч2 – загальна кількість працівників відділення – 11", "9 trained ≤ 11 staff",
            f"{V(tr)} <= {V(sa)}")

    g.skip("67600, Одеська обл., м. Біляївка, вул. Олімпійська, 9, тел. (04852) 0-26-51", [67600, 9, 4852, 2651],
           "postcode, address, phone")
    g.skip("наказом Мінсоцполітики від 27.12.2013 № 904, та наказу по Центру від 02.12.2024 № 118",
           [27, 12, 2013, 904, 2, 12, 2024, 118], "order dates and numbers")
    g.skip("розраховане на 25 місць, працює з 8.30 до 16.30", [25, 8.3, 16.3], "capacity, opening hours")
    g.skip("80 % і більше; «задовільно» – хоча б один показник від 60 до 79,9 %", [80, 60, 79.9, 60], "rating bands")
    g.skip("Показник 1.1.", [1.1, 1.2, 2.1, 2.2, 3.1, 4.1, 7.1, 7.2], "indicator codes (also П1.1 … П7.2)")
    g.skip("Критерій 1.", [1, 2, 3, 4, 7], "criterion numbers")
    g.skip("Ч1 – кількість отримувачів, для яких складено індивідуальний план, – 46;", [46],
           "Ч1 with no §3 id (recipients with an individual plan); used as a literal in checks")
    g.skip("Ч1 – 41;", [41], "Ч1 with no §3 id (plans reviewed on time)")
    g.skip("(не рідше 1 разу на 6 місяців)", [1, 6], "frequency")
    g.skip("Ч1 – кількість отримувачів, у яких відбулося покращення стану, – 33;", [33],
           "Ч1 with no §3 id (improved condition)")
    g.skip("Ч1 – кількість опитаних, які задоволені результатами, – 37;", [37],
           "Ч1 with no §3 id (satisfied respondents; the share is the fact)")
    g.skip("в листопаді 2024 р.", [2024], "survey month")
    g.skip("не пізніше 10 робочих днів", [10], "duration")
    g.skip("Ч1 – 45;", [45], "Ч1 with no §3 id (started on time)")
    g.skip("Ч1 – 40;", [40], "Ч1 with no §3 id (informed respondents)")
    g.skip("П1.1 = 46 / 46 × 100 % = 100 %", [46, 46, 100],
           "in every result line the repeated Ч1 / Ч2 and the 100 of «× 100 %» are not facts (the result is)")
    g.skip("Чотири з п'яти оцінених критеріїв", [4, 5], "count of criteria (words)")
    g.skip("До 01.06.2025 переглянути", [1, 6, 2025], "deadline")

    g.note("formula style: for each indicator the RESULT is a fact (share with criterion and a label naming the "
           "indicator code; 2.2, a satisfaction share, is satisfaction alt share). Ч1 and Ч2 are facts only when they "
           "are a §3 figure: the total of recipients (served, day_care, labelled by indicator), the number surveyed "
           "(survey_respondents), staff trained / staff (staff_trained / staff_actual) and complaints (0). Ч1 counts "
           "with no §3 id (plans drawn up, plans reviewed, improved condition, satisfied, started on time, informed) "
           "are skipped and used as literals in the checks")
    g.note("each Ч2 written again is a fact again (a figure written twice is two facts): served 46 appears five "
           "times (introduction, 1.1, 1.2, 2.1, 7.2) and 48 once (3.1, the planted conflict); respondents 42 twice")
    g.note("the repeated numbers in the result lines («= 41 / 46 × 100 %») are the same Ч1/Ч2 again and are not "
           "new facts; only the result after the last «=» is")
    g.note("results keep the decimals written: 71,739 (three), 93,75 (two), 100 and 0 (none)")
    g.note("criterion ratings «Висновок за критерієм N: рівень …» → rating with criterion; overall → criterion overall")
    g.write()


if __name__ == "__main__":
    build()
    gold()
