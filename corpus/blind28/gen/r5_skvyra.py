"""b28_05: ЦСС Сквирської міської ради (Київська). NEW STYLE: three-year comparison «Динаміка основних
показників 2022–2024» (Markdown, two tables with 2022 / 2023 / 2024 / +/- / % columns, prose comparing years).
Only the 2024 column and 2024 prose figures are facts; other years and the dynamics are skipped."""
from common import Gold, report_path, write_text

NAME = "b28_05_skvyra_css_dynamics2024.md"

T1 = [
    ("1", "Консультування", "412", "468", "503", "+35", "107,5"),
    ("2", "Інформування", "1 036", "1 187", "1 342", "+155", "113,1"),
    ("3", "Соціальний супровід сімей (осіб) у СЖО", "52", "61", "68", "+7", "111,5"),
    ("4", "Соціальне супроводження прийомних сімей і ДБСТ", "7", "8", "8", "0", "100,0"),
    ("5", "Екстрене (кризове) втручання", "19", "26", "31", "+5", "119,2"),
    ("", "**Разом отримувачів**", "**1 526**", "**1 750**", "**1 961**", "**+211**", "**112,1**"),
]
T2 = [
    ("Надійшло повідомлень про сім'ї у СЖО", "88", "104", "117", "+13", "112,5"),
    ("Проведено оцінок потреб", "81", "97", "109", "+12", "112,4"),
    ("Виявлено сімей у СЖО", "63", "70", "74", "+4", "105,7"),
    ("Взято під соціальний супровід, сімей", "29", "34", "41", "+7", "120,6"),
    ("Завершено соціальний супровід, сімей", "24", "30", "36", "+6", "120,0"),
    ("з них з позитивним результатом", "17", "23", "29", "+6", "126,1"),
    ("Проведено групових заходів", "31", "38", "44", "+6", "115,8"),
    ("Учасників групових заходів, осіб", "402", "517", "566", "+49", "109,5"),
]


def md_table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] * (len(head) - 5) + ["---:"] * 5) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


TEXT = f"""# Центр соціальних служб Сквирської міської ради

**Аналітична довідка «Динаміка основних показників 2022–2024»**

*09600, Київська обл., м. Сквира, вул. Богачевського, 28; тел. (04568) 0-53-19; css.skvyra@example.ua*

## 1. Вступ

Довідку підготовлено до засідання колегії відділу соціального захисту населення 28.01.2025. У ній ми зіставляємо підсумки 2024 року з двома попередніми роками: 2022-й був першим роком повномасштабної війни, коли до громади прибуло найбільше внутрішньо переміщених осіб, 2023-й – роком, коли Центр отримав нове приміщення.

## 2. Отримувачі соціальних послуг

Таблиця 1. Кількість отримувачів соціальних послуг (сімей/осіб)

{md_table(("№", "Послуга", "2022", "2023", "2024", "+/-", "%"), T1)}

Загальна кількість отримувачів у 2024 році – 1 961, що на 211 (на 12,1 %) більше, ніж у 2023 році, і на 435 більше, ніж у 2022-му. Найбільше зросло інформування, менше – консультування: його отримали 503 особи проти 468 у 2023 році. Кількість прийомних сімей і ДБСТ на супроводженні не змінилася.

## 3. Соціальний супровід

Таблиця 2. Рух справ соціального супроводу

{md_table(("Показник", "2022", "2023", "2024", "+/-", "%"), T2)}

У 2024 році ми взяли під соціальний супровід 41 сім'ю, в яких виховується 87 дітей. Завершили супровід 36 сімей, з них 29 – з позитивним результатом (80,6 %). На кінець року під супроводом залишалося 32 сім'ї. За три роки кількість повідомлень зросла на третину (з 88 до 117), а частка позитивно завершених справ – з 70,8 % у 2022 році до 80,6 % у 2024-му.

## 4. Ресурси

Штатним розписом 2024 року передбачено 14 посад, фактично працює 13 фахівців (у 2022 році – 11). Видатки на утримання Центру у 2024 році склали 5 284,6 тис. грн (у 2023 році – 4 712,3 тис. грн). Скарг на роботу Центру, як і в попередні роки, не надходило.

## 5. Висновки

Показники 2024 року перевищують показники 2023 року за всіма напрямами, крім супроводження прийомних сімей. На 2025 рік Центр планує охопити послугами не менше 2 000 отримувачів.

Директор Центру (підпис)
"""


def build():
    write_text(report_path(NAME), TEXT)


def row1(r):
    return "\t".join(c.replace("**", "") for c in r)


def gold():
    g = Gold(NAME, {
        "centre": "Центр соціальних служб Сквирської міської ради", "centre_type": "css", "settlement": "Сквира",
        "oblast": "Київська", "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"report_kind": ["period_report", "other"]})
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    svc = ["counselling", "informing", "social_support_sjo", "social_support_foster", "crisis_intervention"]
    tq = row1(T1[-1]).lstrip("\t")
    tot = f("served", "families_persons", 1961, tq, label="Разом отримувачів (таблиця 1, 2024)")
    parts = []
    for s, r in zip(svc, T1[:-1]):
        parts.append(f("served", "families_persons", int(r[4].replace(" ", "")), row1(r), service=s,
                       group="table1_2024_by_service", parent=tot))
    f("served", "families_persons", 1961, "Загальна кількість отримувачів у 2024 році – 1 961",
      note="the table total written again in prose")
    cons = f("served", "persons", 503, "його отримали 503 особи", service="counselling")
    ids = ["notified", "needs_assessed", "in_difficult_circumstances", "support_started", "support_completed",
           "outcome_positive", "events", "event_participants"]
    units = ["families", "families", "families", "families", "families", "families", "events", "persons"]
    t2 = []
    for ind, u, r in zip(ids, units, T2):
        kw = {}
        if ind in ("support_started", "support_completed", "outcome_positive"):
            kw["service"] = "social_support_sjo"
        t2.append(f(ind, u, int(r[3]), row1(r), **kw))
    g.facts[int(t2[5][1:]) - 1]["parent_id"] = t2[4]
    g.facts[int(t2[5][1:]) - 1]["parent_quote"] = row1(T2[4])
    g.facts[int(t2[7][1:]) - 1]["parent_id"] = t2[6]
    g.facts[int(t2[7][1:]) - 1]["parent_quote"] = row1(T2[6])
    st = f("support_started", "families", 41, "ми взяли під соціальний супровід 41 сім'ю", service="social_support_sjo")
    f("support_started", "children", 87, "в яких виховується 87 дітей", service="social_support_sjo", parent=st)
    cm = f("support_completed", "families", 36, "Завершили супровід 36 сімей", service="social_support_sjo")
    pos = f("outcome_positive", "families", 29, "з них 29 – з позитивним результатом (80,6 %)", percent=80.6,
            service="social_support_sjo", parent=cm)
    og = f("support_ongoing", "families", 32, "На кінець року під супроводом залишалося 32 сім'ї", service="social_support_sjo")
    no2 = f("notified", "families", 117, "зросла на третину (з 88 до 117)", note="the 2024 table cell written again in a comparison")
    sh = f("share", "percent", 80.6, "до 80,6 % у 2024-му", label="частка позитивно завершених справ соціального супроводу",
           service="social_support_sjo", note="the percent of the 29 positive cases written again as a standalone share")
    sp = f("staff_positions", "positions", 14, "Штатним розписом 2024 року передбачено 14 посад")
    sa = f("staff_actual", "staff", 13, "фактично працює 13 фахівців")
    f("budget_spent", "uah", 5284600, "Видатки на утримання Центру у 2024 році склали 5 284,6 тис. грн",
      label="утримання Центру")
    f("complaints", "complaints", 0, "Скарг на роботу Центру, як і в попередні роки, не надходило.")

    g.slip("table_arithmetic", "error", tq, 1961, 1952, [tot] + parts,
           "2024 column: 503 + 1 342 + 68 + 8 + 31 = 1 952, but Разом says 1 961 (9 extra); the +211 and 112,1 % of the Разом row follow the wrong total",
           " + ".join("f" + n(x) for x in parts) + f" == f{n(tot)}")
    g.check("table_arithmetic", "Разом отримувачів\t1 526\t1 750", "2022: 412 + 1 036 + 52 + 7 + 19 = 1 526; 2023: 468 + 1 187 + 61 + 8 + 26 = 1 750 (other years, literals)",
            "412 + 1036 + 52 + 7 + 19 == 1526 and 468 + 1187 + 61 + 8 + 26 == 1750")
    lits1 = [(468, 35, 107.5), (1187, 155, 113.1), (61, 7, 111.5), (8, 0, 100.0), (26, 5, 119.2)]
    g.check("table_arithmetic", "1\tКонсультування\t412\t468\t503\t+35\t107,5",
            "rows 1–5: +/- = 2024 − 2023 and % = 2024 / 2023 (2023 figures and dynamics are skipped literals)",
            " and ".join(f"f{n(x)} - {a} == {d} and pct_ok({p}, f{n(x)}, {a}, 1)" for x, (a, d, p) in zip(parts, lits1)))
    g.check("table_arithmetic", tq, "the Разом row's dynamics agree with its written total: 1 961 − 1 750 = 211; 1 961 / 1 750 = 112,06 %",
            f"f{n(tot)} - 1750 == 211 and pct_ok(112.1, f{n(tot)}, 1750, 1)")
    lits2 = [(104, 13, 112.5), (97, 12, 112.4), (70, 4, 105.7), (34, 7, 120.6), (30, 6, 120.0), (23, 6, 126.1), (38, 6, 115.8), (517, 49, 109.5)]
    g.check("table_arithmetic", "Надійшло повідомлень про сім'ї у СЖО\t88\t104\t117\t+13\t112,5",
            "table 2: +/- = 2024 − 2023 and % = 2024 / 2023 in every row",
            " and ".join(f"f{n(x)} - {a} == {d} and pct_ok({p}, f{n(x)}, {a}, 1)" for x, (a, d, p) in zip(t2, lits2)))
    g.check("parts_sum", "Проведено оцінок потреб\t81\t97\t109", "2024: 74 in СЖО ≤ 109 assessed ≤ 117 notified; 29 positive ≤ 36 completed",
            f"f{n(t2[2])} <= f{n(t2[1])} <= f{n(t2[0])} and f{n(t2[5])} <= f{n(t2[4])}")
    g.check("percent_mismatch", "з них 29 – з позитивним результатом (80,6 %)", "29 / 36 = 80,56 %", f"pct_ok(p{n(pos)}, f{n(pos)}, f{n(cm)}, 1)")
    g.check("internal_conflict", "ми взяли під соціальний супровід 41 сім'ю",
            "prose and table 2 agree (41 taken, 36 completed, 29 positive); prose and table 1 agree on 503 consulted and 1 961 in all",
            f"f{n(no2)} == f{n(t2[0])} and p{n(pos)} == f{n(sh)} and f{n(st)} == f{n(t2[3])} and f{n(cm)} == f{n(t2[4])} and f{n(pos)} == f{n(t2[5])} and f{n(cons)} == f{n(parts[0])}")
    g.check("parts_sum", "фактично працює 13 фахівців", "13 ≤ 14", f"f{n(sa)} <= f{n(sp)}")
    g.check("percent_mismatch", "з 70,8 % у 2022 році до 80,6 % у 2024-му", "2022: 17 / 24 = 70,83 % (literals)", "pct_ok(70.8, 17, 24, 1)")

    g.skip("Аналітична довідка «Динаміка основних показників 2022–2024»", [2022, 2024], "years")
    g.skip("09600, Київська обл., м. Сквира, вул. Богачевського, 28; тел. (04568) 0-53-19", [9600, 28, 4568, 0, 53, 19],
           "postcode, address, phone")
    g.skip("## 1. Вступ" if False else "1. Вступ", [1, 2, 3, 4, 5], "section numbers 1.–5.")
    g.skip("Довідку підготовлено до засідання колегії відділу соціального захисту населення 28.01.2025. У ній ми зіставляємо підсумки 2024 року з двома попередніми роками: 2022-й був першим роком повномасштабної війни, коли до громади прибуло найбільше внутрішньо переміщених осіб, 2023-й – роком",
           [28, 1, 2025, 2024, 2022, 2023], "date, years")
    g.skip("Таблиця 1. Кількість отримувачів соціальних послуг (сімей/осіб)", [1], "table number")
    g.skip("№\tПослуга\t2022\t2023\t2024\t+/-\t%", [2022, 2023, 2024], "column years")
    g.skip("1\tКонсультування\t412\t468", [1, 2, 3, 4, 5, 412, 468, 1036, 1187, 52, 61, 7, 8, 19, 26, 1526, 1750,
                                            35, 155, 0, 5, 211, 107.5, 113.1, 111.5, 100.0, 119.2, 112.1],
           "row numbers; 2022 and 2023 columns; +/- and % columns (other years' figures and dynamics)")
    g.skip("Показник\t2022\t2023\t2024\t+/-\t%", [88, 104, 81, 97, 63, 70, 29, 34, 24, 30, 17, 23, 31, 38, 402, 517,
                                                   13, 12, 4, 6, 49, 112.5, 112.4, 105.7, 120.6, 120.0, 126.1, 115.8, 109.5],
           "table 2: 2022 and 2023 columns, +/- and % columns")
    g.skip("що на 211 (на 12,1 %) більше, ніж у 2023 році, і на 435 більше, ніж у 2022-му", [211, 12.1, 2023, 435, 2022],
           "differences and growth rate against other years")
    g.skip("проти 468 у 2023 році", [468, 2023], "2023 figure")
    g.skip("Таблиця 2. Рух справ соціального супроводу", [2], "table number")
    g.skip("За три роки кількість повідомлень зросла на третину (з 88 до 117), а частка позитивно завершених справ – з 70,8 % у 2022 році до 80,6 % у 2024-му.",
           [88, 70.8, 2022, 2024], "three-year comparison: 2022 figures and years (the 2024 figures 117 and 80,6 % are facts)")
    g.skip("У 2024 році ми взяли", [2024], "year")
    g.skip("(у 2022 році – 11)", [2022, 11], "2022 figure")
    g.skip("(у 2023 році – 4 712,3 тис. грн)", [2023, 4712.3], "2023 figure")
    g.skip("На 2025 рік Центр планує охопити послугами не менше 2 000 отримувачів.", [2025, 2000], "plan")
    g.skip("Показники 2024 року перевищують показники 2023 року", [2024, 2023], "years")
    g.note("only the 2024 column and the 2024 prose are facts; 2022, 2023, +/- and % cells are skipped (dynamics against other years)")
    g.note("table 1 is headed «сімей/осіб» → unit families_persons; the prose «503 особи» is persons (a second fact)")
    g.note("«(з 88 до 117)» and «до 80,6 % у 2024-му» in the three-year sentence repeat 2024 figures: second facts (notified; share with a label), the 2022 figures beside them are skipped")
    g.note("report_kind annual_report (the 2024 results compared with 2022–2023); meta_alt period_report/other (an analytic note)")
    return g


if __name__ == "__main__":
    build()
    gold().write()
