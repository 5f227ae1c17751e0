"""b88_07: ЦНСП Івано-Франківської селищної ради (Львівська), annual report 2024 written as
«change against 2023» throughout: every figure comes with its change (на 12 % більше, у 1,5 раза,
+37, скоротилася на 9, вдвічі). reportlab PDF (Liberation Sans). Changes and ratios are skipped."""
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, ListFlowable, ListItem
from reportlab.lib.styles import ParagraphStyle
from common import Gold, report_path, register_fonts

DOC = "b88_07_ivanofrankove_cnsp_annual2024.pdf"

HEAD = [
    ("s", "Комунальна установа «Центр надання соціальних послуг» Івано-Франківської селищної ради<br/>81070, Львівська обл., Яворівський р-н, смт Івано-Франкове, вул. Яворівська, 31; тел. (03259) 0-51-27"),
    ("t", "ЗВІТ ПРО РОБОТУ ЗА 2024 РІК<br/>(у порівнянні з показниками 2023 року)"),
    ("h", "1. Охоплення та звернення"),
    ("p", "У 2024 році соціальними послугами охоплено 1 484 особи – на 12 % більше, ніж у 2023 році (1 325 осіб). Кількість звернень зросла у 1,5 раза: до Центру звернулися 906 осіб проти 604 у попередньому році. Оцінку потреб проведено 311 особам, що на 58 більше, ніж торік."),
    ("p", "Серед отримувачів – 291 внутрішньо переміщена особа (+64 до 2023 року); їх частка зросла з 17,1 % до 19,6 %. Кількість повідомлень про випадки домашнього насильства зросла на 11."),
    ("h", "2. Соціальні послуги"),
    ("p", "Порівняно з 2023 роком змінилася структура послуг:"),
]
ITEMS = [
    "консультування – 612 осіб (+37 до минулого року);",
    "інформування – 540 осіб, на 8 % менше, ніж у 2023 році;",
    "догляд вдома – 178 осіб, у 1,5 раза більше, ніж у 2023 році (118);",
    "денний догляд – 46 осіб, як і торік;",
    "соціальна адаптація – 71 особа, вдвічі більше, ніж у 2023 році;",
    "натуральна допомога – 402 особи (у 2023 році – 611; скорочення на третину пов'язане із завершенням грантової програми).",
]
TAIL = [
    ("p", "Усього за рік надано 21 736 соціальних послуг (+2 904)."),
    ("h", "3. Соціальний супровід сімей у складних життєвих обставинах"),
    ("p", "Кількість сімей під соціальним супроводом скоротилася на 9 і становить 34 сім'ї, у яких виховується 77 дітей. Під супровід взято 14 сімей (у 2023 році – 22). Супровід завершено 23 сім'ям, з них 17 – з позитивним результатом (73,9 % проти 61,5 % у 2023 році)."),
    ("h", "4. Групова робота та лінія підтримки"),
    ("p", "Проведено вдвічі більше групових заходів – 48 (у 2023 році – 24), участь у них взяли 1 130 осіб, що на 390 більше. На лінію психологічної підтримки надійшло 219 дзвінків, що на 9 % менше, ніж у попередньому році."),
    ("h", "5. Кадри"),
    ("p", "Штатна чисельність не змінилася – 39 посад; фактично працює 36 осіб (на 3 більше, ніж на початок року). Навчання пройшли 14 працівників – у 2 рази більше, ніж у 2023 році."),
    ("h", "6. Фінансування"),
    ("p", "Касові видатки зросли на 1,2 млн грн і склали 14,6 млн грн при затверджених кошторисом 14,9 млн грн; економія – 0,3 млн грн. Надходження від платних послуг – 212,4 тис. грн, у 1,3 раза більше, ніж торік."),
    ("h", "7. Якість послуг"),
    ("p", "За результатами анкетування 164 отримувачів задоволеність якістю послуг становить 93,3 % (у 2023 році – 90,1 %). Скарг, як і у 2023 році, не надходило."),
    ("h", "Висновки"),
    ("p", "Отже, у 2024 році Центр обслужив 1 448 осіб, збільшив обсяг догляду вдома та групової роботи. На 2025 рік ставимо за мету зменшити чергу на догляд вдома (14 осіб станом на 31.12.2024) до нуля та збільшити охоплення ще на 5 %."),
    ("s", "Директор КУ «ЦНСП»                                                 (підпис)          20.01.2025"),
]


def build(path):
    register_fonts()
    st = {"p": ParagraphStyle("p", fontName="LSans", fontSize=10.5, leading=14, spaceAfter=5),
          "t": ParagraphStyle("t", fontName="LSans-B", fontSize=13, leading=17, alignment=1, spaceAfter=10),
          "h": ParagraphStyle("h", fontName="LSans-B", fontSize=11, leading=15, spaceBefore=6, spaceAfter=3),
          "s": ParagraphStyle("s", fontName="LSans", fontSize=8.5, leading=11, spaceAfter=8),
          "li": ParagraphStyle("li", fontName="LSans", fontSize=10.5, leading=14)}
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, title="Звіт ЦНСП 2024", author="КУ ЦНСП")
    fl = [Paragraph(t, st[k]) for k, t in HEAD]
    fl.append(ListFlowable([ListItem(Paragraph(t, st["li"]), leftIndent=18) for t in ITEMS],
                           bulletType="bullet", start="–", bulletFontName="LSans", leftIndent=18))
    fl += [Paragraph(t, st[k]) for k, t in TAIL]
    doc.build(fl)


def main():
    build(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Івано-Франківської селищної ради",
        "centre_type": "cnsp", "settlement": "Івано-Франкове", "oblast": "Львівська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Івано-Франківської селищної ради",
                            "КУ «Центр надання соціальних послуг» Івано-Франківської селищної ради"]})
    f = g.f
    s = f("served", "persons", 1484, "соціальними послугами охоплено 1 484 особи")
    ap = f("applied", "persons", 906, "до Центру звернулися 906 осіб")
    na = f("needs_assessed", "persons", 311, "Оцінку потреб проведено 311 особам")
    idp = f("served", "persons", 291, "291 внутрішньо переміщена особа", percent=19.6,
            category="внутрішньо переміщені особи", parent=s,
            note="the share «зросла з 17,1 % до 19,6 %» is this count's percent of 1 484")
    svc = [("counselling", 612, "консультування – 612 осіб"), ("informing", 540, "інформування – 540 осіб"),
           ("home_care", 178, "догляд вдома – 178 осіб"), ("day_care", 46, "денний догляд – 46 осіб"),
           ("social_adaptation", 71, "соціальна адаптація – 71 особа"),
           ("natural_aid", 402, "натуральна допомога – 402 особи")]
    for sid, n, q in svc:
        f("served", "persons", n, q, service=sid)
    f("services_provided", "services", 21736, "надано 21 736 соціальних послуг")
    sj = f("served", "families", 34, "становить 34 сім'ї", service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 77, "у яких виховується 77 дітей", service="social_support_sjo", alt=["support_ongoing"],
      parent=sj)
    st = f("support_started", "families", 14, "Під супровід взято 14 сімей", service="social_support_sjo", parent=sj)
    c = f("support_completed", "families", 23, "Супровід завершено 23 сім'ям", service="social_support_sjo")
    o = f("outcome_positive", "families", 17, "з них 17 – з позитивним результатом (73,9 %", percent=73.9,
          service="social_support_sjo", parent=c)
    e = f("events", "events", 48, "групових заходів – 48")
    f("event_participants", "persons", 1130, "участь у них взяли 1 130 осіб", parent=e)
    f("calls", "calls", 219, "надійшло 219 дзвінків")
    sp = f("staff_positions", "positions", 39, "39 посад")
    sa = f("staff_actual", "staff", 36, "фактично працює 36 осіб")
    f("staff_trained", "staff", 14, "Навчання пройшли 14 працівників")
    bs = f("budget_spent", "uah", 14600000, "склали 14,6 млн грн")
    ba = f("budget_approved", "uah", 14900000, "при затверджених кошторисом 14,9 млн грн")
    bv = f("budget_savings", "uah", 300000, "економія – 0,3 млн грн")
    f("budget_received", "uah", 212400, "Надходження від платних послуг – 212,4 тис. грн", label="платні послуги")
    r = f("survey_respondents", "recipients", 164, "анкетування 164 отримувачів", unit_alt="persons")
    sat = f("satisfaction", "percent", 93.3, "задоволеність якістю послуг становить 93,3 %")
    f("complaints", "complaints", 0, "Скарг, як і у 2023 році, не надходило.")
    s2 = f("served", "persons", 1448, "Центр обслужив 1 448 осіб", note="the conclusions' figure; conflicts with 1 484")

    g.slip("internal_conflict", "error", "Отже, у 2024 році Центр обслужив 1 448 осіб", 1448, 1484, [s, s2],
           "section 1 gives 1 484 persons served in 2024 (12 % more than 1 325 in 2023 — 1 484 / 1 325 = 1,12), the "
           "conclusions give 1 448 for the same indicator and year (digits swapped)",
           f"{s} == {s2}")
    g.check("percent_mismatch", "їх частка зросла з 17,1 % до 19,6 %", "291 / 1 484 = 19,61 % → 19,6",
            f"pct_ok(p{idp[1:]}, {idp}, {s}, 1)")
    g.check("percent_mismatch", "з них 17 – з позитивним результатом (73,9 %", "17 / 23 = 73,91 % → 73,9",
            f"pct_ok(p{o[1:]}, {o}, {c}, 1)")
    g.check("table_arithmetic", "економія – 0,3 млн грн", "14,9 − 14,6 = 0,3 млн грн", f"{ba} - {bs} == {bv}")
    g.check("percent_impossible", "задоволеність якістю послуг становить 93,3 %",
            "93,3 % is reachable with 164 respondents (153 of 164 = 93,29 %)", f"grim_ok({sat}, {r}, 1)")
    g.check("parts_sum", "фактично працює 36 осіб", "36 ≤ 39", f"{sa} <= {sp}")
    g.check("parts_sum", "Під супровід взято 14 сімей", "14 taken ≤ 34 under support; 17 positive ≤ 23 completed",
            f"{st} <= {sj} and {o} <= {c}")
    g.check("parts_sum", "до Центру звернулися 906 осіб", "311 assessed ≤ 906 applied", f"{na} <= {ap}")

    sk = g.skip
    sk("81070, Львівська обл., Яворівський р-н, смт Івано-Франкове, вул. Яворівська, 31; тел. (03259) 0-51-27",
       [81070, 31, 3259, 5127], "postcode, address, phone")
    sk("ЗВІТ ПРО РОБОТУ ЗА 2024 РІК", [2024], "year in the title")
    sk("(у порівнянні з показниками 2023 року)", [2023], "comparison year")
    sk("1. Охоплення та звернення", [1, 2, 3, 4, 5, 6, 7], "section numbers")
    sk("на 12 % більше, ніж у 2023 році (1 325 осіб)", [12, 2023, 1325], "change in percent, prior-year figure")
    sk("Кількість звернень зросла у 1,5 раза", [1.5], "ratio of change")
    sk("проти 604 у попередньому році", [604], "prior-year figure")
    sk("що на 58 більше, ніж торік", [58], "difference to the prior year")
    sk("(+64 до 2023 року); їх частка зросла з 17,1 % до 19,6 %", [64, 2023, 17.1],
       "difference, prior-year share (19,6 is the percent of the 291 fact)")
    sk("Кількість повідомлень про випадки домашнього насильства зросла на 11", [11],
       "change only; the year's count is not written")
    sk("(+37 до минулого року)", [37], "difference to the prior year")
    sk("на 8 % менше, ніж у 2023 році", [8, 2023], "change in percent")
    sk("у 1,5 раза більше, ніж у 2023 році (118)", [1.5, 2023, 118], "ratio, prior-year figure")
    sk("вдвічі більше, ніж у 2023 році", [2, 2023], "ratio in words («вдвічі»)")
    sk("(у 2023 році – 611; скорочення на третину", [2023, 611], "prior-year figure, «на третину» (a fraction)")
    sk("(+2 904)", [2904], "difference to the prior year")
    sk("скоротилася на 9", [9], "difference to the prior year")
    sk("(у 2023 році – 22)", [2023, 22], "prior-year figure")
    sk("(73,9 % проти 61,5 % у 2023 році)", [61.5, 2023], "prior-year share")
    sk("(у 2023 році – 24)", [2023, 24], "prior-year figure")
    sk("що на 390 більше", [390], "difference")
    sk("що на 9 % менше, ніж у попередньому році", [9], "change in percent")
    sk("(на 3 більше, ніж на початок року)", [3], "difference")
    sk("у 2 рази більше, ніж у 2023 році", [2, 2023], "ratio")
    sk("Касові видатки зросли на 1,2 млн грн", [1200000], "difference to the prior year")
    sk("у 1,3 раза більше, ніж торік", [1.3], "ratio")
    sk("(у 2023 році – 90,1 %)", [2023, 90.1], "prior-year share")
    sk("На 2025 рік ставимо за мету зменшити чергу на догляд вдома (14 осіб станом на", [2025, 14],
       "plan, waiting list (no §3 id)")
    sk("31.12.2024) до нуля та збільшити охоплення ще на 5 %.", [31, 12, 2024, 0, 5],
       "date, target (the sentence is split by the page break)")
    sk("У 2024 році соціальними послугами", [2024], "year")
    sk("Порівняно з 2023 роком змінилася структура послуг", [2023], "comparison year")
    sk("Отже, у 2024 році", [2024], "year")
    sk("20.01.2025", [20, 1, 2025], "signing date")
    g.note("every figure of the year is written with a change against 2023; the changes (на N %, у N раза, +N, на N "
           "більше/менше, вдвічі, на третину) and the 2023 figures are skipped. Figures given only as a change (domestic "
           "violence notifications «зросла на 11») are not facts")
    g.note("«Кількість сімей під соціальним супроводом … становить 34 сім'ї» → served (alt support_ongoing)")
    g.note("«денний догляд – 46 осіб, як і торік» is the 2024 figure (unchanged)")
    g.note("money in млн грн stored in hryvnias (14,6 млн → 14 600 000)")
    g.note("the conclusions repeat the served total with swapped digits (1 448): a second served fact and an "
           "internal_conflict finding")
    g.write()


if __name__ == "__main__":
    main()
