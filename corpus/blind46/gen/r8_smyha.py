"""b46_08: ТЦСО Смизької селищної ради (Рівненська), comparative analytic note 2022–2024.
DOCX: a three-year table with a growth-rate column and prose full of differences, growth rates and
shares. The report period is 2024 (the last year); only 2024 figures are facts.
Planted slips: table_arithmetic (row 7 growth 87,5 % is 77/88, against 2022, not 77/94 = 81,9 %);
percent_mismatch (128 IDPs written as 19,8 % of 676, is 18,9 %)."""
import docx
from docx.shared import Pt
from docx.enum.section import WD_ORIENT
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b46_08_smyha_tcso_compare2022_2024.docx"

P1 = [
    ("h", "ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) СМИЗЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("p", "35620, Рівненська обл., Дубенський р-н, смт Смига, вул. Шевченка, 19; тел. (03656) 0-51-73"),
    ("h", "АНАЛІТИЧНА ДОВІДКА «Порівняльний аналіз основних показників діяльності за 2022–2024 роки»"),
    ("p", "Довідку підготовлено на запит відділу соціального захисту населення (лист від 09.01.2025 № 14/02-07) для оцінки динаміки потреб мешканців 23 населених пунктів громади. Показники наведено за даними статистичної звітності та книг обліку; темп росту обчислено як відношення показника 2024 року до показника 2023 року."),
    ("p", "Таблиця 1. Основні показники діяльності у 2022–2024 роках"),
]
ROWS = [
    ("№ з/п", "Показник", "2022", "2023", "2024", "Темп росту 2024/2023, %"),
    ("1", "Отримувачі соціальних послуг, осіб", "598", "631", "676", "107,1"),
    ("2", "  з них: догляд вдома", "214", "226", "209", "92,5"),
    ("3", "  денний догляд", "71", "88", "97", "110,2"),
    ("4", "  натуральна допомога", "313", "317", "370", "116,7"),
    ("5", "Надано соціальних послуг, од.", "41 206", "43 870", "47 655", "108,6"),
    ("6", "Надійшло заяв про надання послуг", "152", "171", "164", "95,9"),
    ("7", "Знято з обслуговування, осіб", "88", "94", "77", "87,5"),
    ("8", "Штатні посади", "46", "46", "44", "95,7"),
    ("9", "Фактично працюючі", "43", "41", "42", "102,4"),
    ("10", "Надходження від платних послуг, тис. грн", "88,4", "102,7", "118,9", "115,8"),
    ("11", "Скарги", "2", "1", "0", "–"),
]
P2 = [
    ("h", "Аналіз динаміки"),
    ("p", "Кількість отримувачів соціальних послуг у 2024 році досягла 676 осіб, що на 45 осіб, або на 7,1 %, більше, ніж у 2023 році, і на 78 осіб більше, ніж у 2022 році. Зростання зумовлене передусім прибуттям внутрішньо переміщених осіб: у 2024 році їх обслуговано 128 (19,8 % від усіх отримувачів), тоді як у 2023 році – 96."),
    ("p", "Водночас кількість отримувачів догляду вдома зменшилась на 17 осіб і становила 209 (темп росту 92,5 %); причина – влаштування 11 підопічних до закладів стаціонарного догляду та смертність. Денний догляд отримували 97 осіб, що на 10,2 % більше, ніж у попередньому році; натуральну допомогу – 370 осіб (+53 особи)."),
    ("p", "У структурі отримувачів 2024 року частка догляду вдома становить 30,9 %, денного догляду – 14,3 %, натуральної допомоги – 54,7 % (у 2022 році – 35,8 %, 11,9 % і 52,3 % відповідно)."),
    ("p", "Обсяг наданих послуг зріс до 47 655 (темп росту 108,6 %), при цьому на одного соціального робітника припадає в середньому 1 518 послуг на рік проти 1 462 у 2023 році."),
    ("p", "У відділенні денного догляду проведено 52 групові заходи (2023 р. – 40, 2022 р. – 31), у яких взяли участь 734 відвідувачі."),
    ("p", "Касові видатки загального фонду у 2024 році склали 14 862,3 тис. грн (у 2023 році – 13 117,0 тис. грн; темп росту 113,3 %), з них на оплату праці з нарахуваннями – 12 904,6 тис. грн."),
    ("h", "Висновки"),
    ("p", "За три роки кількість отримувачів зросла на 13,0 %, потреба в денному догляді – на 36,6 %. На 2025 рік доцільно передбачити 2 додаткові посади соціальних робітників та відкрити 1 мобільну бригаду."),
    ("p", "Директор (підпис)                     Дата: 20.01.2025"),
]


def build(path):
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    for kind, t in P1:
        p = d.add_paragraph(t)
        if kind == "h":
            p.runs[0].bold = True
    tb = d.add_table(rows=len(ROWS), cols=6)
    tb.style = "Table Grid"
    for i, row in enumerate(ROWS):
        for j, v in enumerate(row):
            tb.cell(i, j).text = v
    for kind, t in P2:
        p = d.add_paragraph(t)
        if kind == "h":
            p.runs[0].bold = True
    fix_docx_props(d, "ТЦСО")
    d.save(path)
    freeze_zip(path)


def q(row):
    return "\t".join(x.strip() for x in row[1:])


def num(s):
    s = s.replace(" ", "").replace(",", ".")
    v = float(s)
    return int(v) if v.is_integer() else v


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Смизької селищної ради",
        "centre_type": "tcso", "settlement": "Смига", "oblast": "Рівненська",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        meta_alt={"period_start": ["2022-01-01"], "report_kind": ["other"],
                  "centre": ["Територіальний центр соціального обслуговування Смизької селищної ради"]})
    f = g.f
    R = {r[0]: r for r in ROWS[1:]}
    t1 = f("served", "persons", 676, q(R["1"]), label="2024")
    t2 = f("served", "persons", 209, q(R["2"]), service="home_care", group="served_676_2024", parent=t1)
    t3 = f("served", "persons", 97, q(R["3"]), service="day_care", group="served_676_2024", parent=t1)
    t4 = f("served", "persons", 370, q(R["4"]), service="natural_aid", group="served_676_2024", parent=t1)
    t5 = f("services_provided", "services", 47655, q(R["5"]))
    t6 = f("applied", "applications", 164, q(R["6"]))
    t7 = f("deregistered", "persons", 77, q(R["7"]))
    t8 = f("staff_positions", "positions", 44, q(R["8"]))
    t9 = f("staff_actual", "staff", 42, q(R["9"]))
    t10 = f("budget_received", "uah", 118900, q(R["10"]), label="надходження від платних послуг")
    f("complaints", "complaints", 0, q(R["11"]))
    p1 = f("served", "persons", 676, "Кількість отримувачів соціальних послуг у 2024 році досягла 676 осіб")
    vp = f("served", "persons", 128, "у 2024 році їх обслуговано 128 (19,8 % від усіх отримувачів)", percent=19.8,
           category="внутрішньо переміщені особи", parent=p1)
    p2 = f("served", "persons", 209, "кількість отримувачів догляду вдома зменшилась на 17 осіб і становила 209",
           service="home_care")
    p3 = f("served", "persons", 97, "Денний догляд отримували 97 осіб", service="day_care")
    p4 = f("served", "persons", 370, "натуральну допомогу – 370 осіб", service="natural_aid")
    s1 = f("share", "percent", 30.9, "частка догляду вдома становить 30,9 %", service="home_care",
           label="частка отримувачів догляду вдома у структурі отримувачів 2024 року")
    s2 = f("share", "percent", 14.3, "денного догляду – 14,3 %", service="day_care",
           label="частка отримувачів денного догляду у структурі отримувачів 2024 року")
    s3 = f("share", "percent", 54.7, "натуральної допомоги – 54,7 %", service="natural_aid",
           label="частка отримувачів натуральної допомоги у структурі отримувачів 2024 року")
    p5 = f("services_provided", "services", 47655, "Обсяг наданих послуг зріс до 47 655")
    ev = f("events", "events", 52, "У відділенні денного догляду проведено 52 групові заходи", service="day_care")
    f("event_participants", "persons", 734, "у яких взяли участь 734 відвідувачі", service="day_care", parent=ev)
    bs = f("budget_spent", "uah", 14862300, "Касові видатки загального фонду у 2024 році склали 14 862,3 тис. грн",
           label="загальний фонд")
    bw = f("budget_spent", "uah", 12904600, "з них на оплату праці з нарахуваннями – 12 904,6 тис. грн",
           label="оплата праці з нарахуваннями", parent=bs)

    # growth-rate column: literals for 2023, facts for 2024
    g.slip("table_arithmetic", "error", q(R["7"]), 87.5, 81.9, [t7],
           "темп росту 2024/2023 = 77 / 94 = 81,9 %, the table says 87,5 % (= 77 / 88, i.e. against 2022).",
           f"pct_ok(87.5, {t7}, 94, 1)", slip=1)
    g.slip("percent_mismatch", "error", "у 2024 році їх обслуговано 128 (19,8 % від усіх отримувачів)", 19.8, 18.9,
           [vp, p1], "128 of the 676 recipients of 2024: 128 / 676 = 18,93 % → 18,9, written 19,8 %. "
           "19,8 % is reachable with 676 (134 / 676), so not a GRIM failure.", f"pct_ok(p{vp[1:]}, {vp}, {p1}, 1)", slip=2)
    ck = g.check
    ck("table_arithmetic", q(R["1"]), "2024 column: 209 + 97 + 370 = 676 (and 2023: 226 + 88 + 317 = 631; 2022: "
       "214 + 71 + 313 = 598, literals)", f"{t2} + {t3} + {t4} == {t1} and 226 + 88 + 317 == 631 and 214 + 71 + 313 == 598")
    growth = [("1", t1, 631, 107.1), ("2", t2, 226, 92.5), ("3", t3, 88, 110.2), ("4", t4, 317, 116.7),
              ("5", t5, 43870, 108.6), ("6", t6, 171, 95.9), ("8", t8, 46, 95.7), ("9", t9, 41, 102.4),
              ("10", t10, 102700, 115.8)]
    ck("table_arithmetic", "Темп росту 2024/2023, %",
       "growth column = 2024 / 2023 in rows 1–6 and 8–10 (2023 values are literals)",
       " and ".join(f"pct_ok({gr}, {fid}, {y23}, 1)" for _r, fid, y23, gr in growth))
    ck("internal_conflict", "Кількість отримувачів соціальних послуг у 2024 році досягла 676 осіб",
       "prose and table agree on 676, 209, 97, 370, 47 655",
       f"{p1} == {t1} and {p2} == {t2} and {p3} == {t3} and {p4} == {t4} and {p5} == {t5}")
    ck("table_arithmetic", "що на 45 осіб, або на 7,1 %, більше, ніж у 2023 році, і на 78 осіб більше, ніж у 2022 році",
       "676 − 631 = 45; 45 / 631 = 7,13 % → 7,1; 676 − 598 = 78 (literals for earlier years)",
       f"{p1} - 631 == 45 and pct_ok(7.1, {p1} - 631, 631, 1) and {p1} - 598 == 78")
    ck("table_arithmetic", "зменшилась на 17 осіб і становила 209",
       "226 − 209 = 17; day care +10,2 % (97 / 88); natural aid 370 − 317 = 53",
       f"226 - {p2} == 17 and pct_ok(110.2, {p3}, 88, 1) and {p4} - 317 == 53")
    ck("percent_mismatch", "частка догляду вдома становить 30,9 %",
       "209/676 = 30,92; 97/676 = 14,35 → 14,3 (floor/half-up of 14,349); 370/676 = 54,73; they sum to 99,9",
       f"pct_ok({s1}, {t2}, {t1}, 1) and pct_ok({s2}, {t3}, {t1}, 1) and pct_ok({s3}, {t4}, {t1}, 1) and psum_ok([{s1}, {s2}, {s3}], 1)")
    ck("percents_sum", "(у 2022 році – 35,8 %, 11,9 % і 52,3 % відповідно)",
       "2022 structure (literals): 214/598 = 35,79; 71/598 = 11,87; 313/598 = 52,34; sum 100,0",
       "pct_ok(35.8, 214, 598, 1) and pct_ok(11.9, 71, 598, 1) and pct_ok(52.3, 313, 598, 1) and psum_ok([35.8, 11.9, 52.3], 1)")
    ck("table_arithmetic", "(у 2023 році – 13 117,0 тис. грн; темп росту 113,3 %)",
       "14 862,3 / 13 117,0 = 113,31 % → 113,3; wages 12 904,6 ≤ 14 862,3",
       f"pct_ok(113.3, {bs}, 13117000, 1) and {bw} <= {bs}")
    ck("table_arithmetic", "За три роки кількість отримувачів зросла на 13,0 %, потреба в денному догляді – на 36,6 %.",
       "676 / 598 = 113,04 % (+13,0 %); 97 / 71 = 136,62 % (+36,6 %) (2022 values are literals)",
       f"pct_ok(113.0, {t1}, 598, 1) and pct_ok(136.6, {t3}, 71, 1)")
    ck("parts_sum", "Фактично працюючі\t43\t41\t42\t102,4", "42 working ≤ 44 positions", f"{t9} <= {t8}")

    sk = g.skip
    sk("35620, Рівненська обл., Дубенський р-н, смт Смига, вул. Шевченка, 19; тел. (03656) 0-51-73", [35620, 19, 3656, 5173],
       "postcode, address, phone")
    sk("«Порівняльний аналіз основних показників діяльності за 2022–2024 роки»", [2022, 2024], "years of the comparison")
    sk("(лист від 09.01.2025 № 14/02-07) для оцінки динаміки потреб мешканців 23 населених пунктів громади",
       [9, 1, 2025, 14, 2, 7, 23], "letter date/number, settlement count")
    sk("Таблиця 1. Основні показники діяльності у 2022–2024 роках", [1, 2022, 2024], "table number, years")
    for r in ROWS[1:]:
        vals = [int(r[0])] + [num(x) for x in r[2:4]] + ([num(r[5])] if r[5] != "–" else [])
        sk(q(r), vals, "row number; 2022 and 2023 values (other years); growth rate 2024/2023 (derived, no §3 id; "
           "checked in checks_passed/audit)")
    sk("що на 45 осіб, або на 7,1 %, більше, ніж у 2023 році, і на 78 осіб більше, ніж у 2022 році", [45, 7.1, 2023, 78, 2022],
       "differences and growth against other years (derived; checked with literals)")
    sk("тоді як у 2023 році – 96", [2023, 96], "prior-year figure")
    sk("зменшилась на 17 осіб", [17], "difference")
    sk("(темп росту 92,5 %)", [92.5], "growth rate (derived)")
    sk("влаштування 11 підопічних до закладів стаціонарного догляду", [11], "a reason for the fall (no §3 id; not "
       "stated as a deregistration breakdown)")
    sk("що на 10,2 % більше, ніж у попередньому році", [10.2], "growth (derived)")
    sk("(+53 особи)", [53], "difference")
    sk("(у 2022 році – 35,8 %, 11,9 % і 52,3 % відповідно)", [2022, 35.8, 11.9, 52.3], "prior-year structure")
    sk("(темп росту 108,6 %)", [108.6], "growth rate (derived)")
    sk("на одного соціального робітника припадає в середньому 1 518 послуг на рік проти 1 462 у 2023 році", [1518, 1462, 2023],
       "ratio; prior-year ratio")
    sk("(2023 р. – 40, 2022 р. – 31)", [2023, 40, 2022, 31], "prior-year figures")
    sk("(у 2023 році – 13 117,0 тис. грн; темп росту 113,3 %)", [2023, 13117000, 113.3], "prior-year figure, growth")
    sk("За три роки кількість отримувачів зросла на 13,0 %, потреба в денному догляді – на 36,6 %.", [13.0, 36.6],
       "three-year growth (derived)")
    sk("На 2025 рік доцільно передбачити 2 додаткові посади соціальних робітників та відкрити 1 мобільну бригаду.",
       [2025, 2, 1], "plan")
    sk("Дата: 20.01.2025", [20, 1, 2025], "date")
    g.note("the report period is 2024, the last year of the comparison: only 2024 values are facts (table column 2024 "
           "and the 2024 figures of the prose). 2022 and 2023 values, differences («на 17 осіб»), growth rates "
           "(«темп росту 108,6 %», «на 7,1 % більше») and the 2022 structure are skipped; the checks use them as literals")
    g.note("meta_alt period_start 2022-01-01: the title names 2022–2024")
    g.note("the 2024 structure shares (30,9 / 14,3 / 54,7 %) are written apart from their counts → three share facts "
           "with labels; their arithmetic is checked against the table")
    g.note("figures written twice (table and prose: 676, 209, 97, 370, 47 655) are two facts each")
    g.note("table rows are quoted without the row number (the reader prints «N<TAB>…»); the 2024 cell is the fact")
    g.write()


if __name__ == "__main__":
    main()
