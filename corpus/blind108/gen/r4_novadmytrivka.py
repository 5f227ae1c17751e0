"""b108_04: відділ соціального захисту населення Новодмитрівської сільської ради (Черкаська), analytic note
on 2022. UTF-8 TXT with two pipe tables; impersonal voice. Slip: table_arithmetic (budget table total)."""
from common import Gold, report_path, write_text

NAME = "b108_04_novadmytrivka_uszn_annual2022.txt"

T1 = [
    ("Звернулося до ЦНСП, осіб", "512", "748", "146,1"),
    ("Отримали соціальні послуги, осіб", "478", "719", "150,4"),
    ("  у т.ч. догляд вдома", "96", "104", "108,3"),
    ("  денний догляд", "21", "18", "85,7"),
    ("  натуральна допомога", "244", "467", "191,4"),
    ("  консультування", "117", "130", "111,1"),
]
T2 = [
    ("Утримання КУ «ЦНСП»", "6 842,0", "6 790,4", "51,6"),
    ("Програма «Турбота» (разові допомоги)", "420,0", "398,5", "21,5"),
    ("Підтримка внутрішньо переміщених осіб", "250,0", "238,2", "11,8"),
    ("Пільгове перевезення", "180,0", "164,9", "15,1"),
    ("Разом", "7 692,0", "7 582,0", "100,0"),
]


def table(head, rows, widths):
    def line(cells):
        return "| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))) + " |"
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    return "\n".join([sep, line(head), sep] + [line(r) for r in rows] + [sep])


text = f"""ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ
НОВОДМИТРІВСЬКОЇ СІЛЬСЬКОЇ РАДИ
Золотоніського району Черкаської області

АНАЛІТИЧНА ДОВІДКА
щодо стану соціального захисту населення та надання соціальних послуг
у Новодмитрівській сільській територіальній громаді у 2022 році

Довідку підготовлено на виконання розпорядження сільського голови від 10.01.2023 № 4-од
для розгляду на засіданні виконавчого комітету.

1. Загальна характеристика

Станом на 01.01.2023 у громаді проживає 7 460 осіб, у тому числі 1 912 осіб пенсійного віку,
438 осіб з інвалідністю; взято на облік 634 внутрішньо переміщені особи. Повномасштабне
вторгнення суттєво збільшило навантаження на відділ і на КУ «Центр надання соціальних послуг».

2. Звернення громадян

Протягом 2022 року до відділу надійшло 1 264 звернення громадян, з них щодо оформлення
державних допомог – 702, щодо житлових субсидій – 318, з інших питань – 244. Скарг
надійшло 3, з них 2 визнано обґрунтованими; усі розглянуто в установлений строк. На гарячу
лінію відділу надійшло 96 дзвінків.

Житлові субсидії призначено 486 домогосподарствам, допомогу на проживання отримували
611 внутрішньо переміщених осіб. Оздоровлено 34 дитини пільгових категорій.

3. Соціальні послуги

Показники КУ «ЦНСП» наведено в таблиці 1 (порівняно з 2021 роком).

Таблиця 1
{table(("Показник", "2021 рік", "2022 рік", "Динаміка, %"), T1, (34, 8, 8, 11))}

Оцінку індивідуальних потреб проведено 183 особам. Виявлено 27 сімей, які перебувають
у складних життєвих обставинах; під соціальним супроводом перебувало 22 сім'ї, у яких
57 дітей. Розподілено 2 140 продуктових наборів гуманітарної допомоги на загальну суму
1 184,3 тис. грн.

4. Фінансування

Видатки місцевого бюджету на соціальний захист наведено в таблиці 2.

Таблиця 2 (тис. грн)
{table(("Напрям", "Затверджено", "Касові видатки", "Економія"), T2, (37, 11, 14, 8))}

5. Кадрове забезпечення

Штатна чисельність відділу – 6 посад, фактично працюють 5 спеціалістів.

6. Висновки та пропозиції

Кількість отримувачів соціальних послуг зросла на 50,4 %, передусім за рахунок натуральної
допомоги внутрішньо переміщеним особам. На 2023 рік пропонується ввести 2 посади соціальних
робітників та збільшити фінансування програми «Турбота» до 500,0 тис. грн.

Начальник відділу соціального захисту населення              (підпис)
16.01.2023
тел. (04737) 0-91-46
"""
write_text(report_path(NAME), text)

g = Gold(NAME, {"centre": "Відділ соціального захисту населення Новодмитрівської сільської ради",
                "centre_type": "uszn", "settlement": "Нова Дмитрівка", "oblast": "Черкаська",
                "report_kind": "period_report", "period_start": "2022-01-01", "period_end": "2022-12-31"},
         {"report_kind": ["annual_report"]})
F = g.f
ap = F("applied", "applications", 1264, "до відділу надійшло 1 264 звернення громадян")
a1 = F("applied", "applications", 702, "державних допомог – 702", label="оформлення державних допомог",
       group="appeals_1264_by_topic", parent=ap)
a2 = F("applied", "applications", 318, "щодо житлових субсидій – 318", label="житлові субсидії",
       group="appeals_1264_by_topic", parent=ap)
a3 = F("applied", "applications", 244, "з інших питань – 244", label="інші питання", group="appeals_1264_by_topic",
       parent=ap)
cp = F("complaints", "complaints", 3, "Скарг\nнадійшло 3")
cp2 = F("complaints", "complaints", 2, "з них 2 визнано обґрунтованими", label="обґрунтовані", parent=cp)
cl = F("calls", "calls", 96, "лінію відділу надійшло 96 дзвінків")


def row(cells, widths):
    return "\t".join(c.strip() for c in cells)  # the reader prints a pipe table as tab-separated cells


W1, W2 = (34, 8, 8, 11), (37, 11, 14, 8)
R = [row(r, W1) for r in T1]
t_ap = F("applied", "persons", 748, R[0], label="звернулися до ЦНСП")
t_sv = F("served", "persons", 719, R[1])
SVC = ["home_care", "day_care", "natural_aid", "counselling"]
parts = [F("served", "persons", int(T1[i][2]), R[i], service=SVC[i - 2], group="served_719_by_service", parent=t_sv)
         for i in range(2, 6)]
na_ = F("needs_assessed", "persons", 183, "Оцінку індивідуальних потреб проведено 183 особам")
sjo = F("in_difficult_circumstances", "families", 27, "Виявлено 27 сімей, які перебувають")
ss = F("served", "families", 22, "під соціальним супроводом перебувало 22 сім'ї", service="social_support_sjo",
       alt=["support_ongoing"])
ssc = F("served", "children", 57, "у яких\n57 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=ss)
av = F("aid_value", "uah", 1184300, "на загальну суму\n1 184,3 тис. грн", label="гуманітарна допомога (продуктові набори)")
B = [row(r, W2) for r in T2]
LAB = ["утримання КУ «ЦНСП»", "програма «Турбота» (разові допомоги)", "підтримка внутрішньо переміщених осіб",
       "пільгове перевезення"]
ba_t = F("budget_approved", "uah", 7692000, B[4], label="Разом")
bs_t = F("budget_spent", "uah", 7582000, B[4], label="Разом")
bv_t = F("budget_savings", "uah", 100000, B[4], label="Разом")
ids = []
for i in range(4):
    v = [int(round(float(x.replace(" ", "").replace(",", ".")) * 1000)) for x in T2[i][1:]]
    a = F("budget_approved", "uah", v[0], B[i], label=LAB[i], group="approved_by_line", parent=ba_t)
    s = F("budget_spent", "uah", v[1], B[i], label=LAB[i], group="spent_by_line", parent=bs_t)
    e = F("budget_savings", "uah", v[2], B[i], label=LAB[i], group="savings_by_line", parent=bv_t)
    ids.append((a, s, e))
sp = F("staff_positions", "positions", 6, "Штатна чисельність відділу – 6 посад")
sa = F("staff_actual", "staff", 5, "фактично працюють 5 спеціалістів")

g.slip("table_arithmetic", "error", B[4], 7582000, 7592000, [bs_t] + [x[1] for x in ids],
       "Касові видатки column: 6 790,4 + 398,5 + 238,2 + 164,9 = 7 592,0 тис. грн, but Разом says 7 582,0 "
       "(10,0 тис. грн short). The Разом row's own економія also fails: 7 692,0 − 7 582,0 = 110,0, not 100,0; "
       "the savings column (100,0) and every line fit 7 592,0, so the Разом spent cell is the slip",
       " + ".join(x[1] for x in ids) + f" == {bs_t} and {ba_t} - {bs_t} == {bv_t}")
g.check("parts_sum", "з них щодо оформлення", "702 + 318 + 244 = 1 264", f"{a1} + {a2} + {a3} == {ap}")
g.check("parts_sum", "з них 2 визнано обґрунтованими", "2 ≤ 3", f"{cp2} <= {cp}")
g.check("parts_sum", R[1], "table 1, 2022: 104 + 18 + 467 + 130 = 719 (у т.ч. by main service)",
        " + ".join(parts) + f" == {t_sv}")
g.check("parts_sum", R[0], "719 served ≤ 748 applied; 183 assessed ≤ 748", f"{t_sv} <= {t_ap} and {na_} <= {t_ap}")
g.check("table_arithmetic", B[4], "Затверджено column: 6 842,0 + 420,0 + 250,0 + 180,0 = 7 692,0",
        "near(" + " + ".join(x[0] for x in ids) + f", {ba_t})")
g.check("table_arithmetic", B[4], "Економія column: 51,6 + 21,5 + 11,8 + 15,1 = 100,0",
        "near(" + " + ".join(x[2] for x in ids) + f", {bv_t})")
g.check("table_arithmetic", B[0], "each line: економія = затверджено − видатки (51,6; 21,5; 11,8; 15,1)",
        " and ".join(f"{a} - {s} == {e}" for a, s, e in ids))
g.check("parts_sum", "фактично працюють 5 спеціалістів", "5 ≤ 6", f"{sa} <= {sp}")

g.skip("розпорядження сільського голови від 10.01.2023 № 4-од", [10, 1, 2023, 4], "order date and number")
g.skip("у 2022 році", [2022], "year")
g.skip("Станом на 01.01.2023 у громаді проживає 7 460 осіб, у тому числі 1 912 осіб пенсійного віку,\n438 осіб з "
       "інвалідністю; взято на облік 634 внутрішньо переміщені особи", [1, 1, 2023, 7460, 1912, 438, 634],
       "population figures at 1 January 2023 (the IDP register of the hromada, not a register of families in СЖО)")
g.skip("Житлові субсидії призначено 486 домогосподарствам, допомогу на проживання отримували\n611 внутрішньо "
       "переміщених осіб", [486, 611], "state cash benefits (subsidies, living allowance): no §3 id")
g.skip("Оздоровлено 34 дитини пільгових категорій", [34], "children's recreation (no §3 id)")
g.skip("Показник\t2021 рік\t2022 рік\tДинаміка, %", [2021, 2022],
       "table 1 header; the 2021 column and the «Динаміка, %» column (2022 as % of 2021) are no facts")
g.skip(R[0], [512, 146.1], "2021 figure and dynamics % of the row")
g.skip(R[1], [478, 150.4], "2021 figure and dynamics % of the row")
g.skip(R[2], [96, 108.3], "2021 figure and dynamics % of the row")
g.skip(R[3], [21, 85.7], "2021 figure and dynamics % of the row")
g.skip(R[4], [244, 191.4], "2021 figure and dynamics % of the row")
g.skip(R[5], [117, 111.1], "2021 figure and dynamics % of the row")
g.skip("Розподілено 2 140 продуктових наборів", [2140], "items")
g.skip("Таблиця 2 (тис. грн)", [2], "table number")
g.skip("Таблиця 1", [1], "table number")
g.skip("Кількість отримувачів соціальних послуг зросла на 50,4 %", [50.4], "growth on 2021 (comparison, no fact)")
g.skip("На 2023 рік пропонується ввести 2 посади соціальних\nробітників та збільшити фінансування програми "
       "«Турбота» до 500,0 тис. грн", [2023, 2, 500000], "2023 proposals")
g.skip("16.01.2023\nтел. (04737) 0-91-46", [16, 1, 2023, 4737, 9146], "date, phone")
g.skip("1. Загальна характеристика", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")
g.note("the author is the hromada's відділ соціального захисту населення → centre_type uszn; the note covers its "
       "own work (appeals, complaints, hotline, staff) and the figures of its КУ «ЦНСП» (table 1, social support, "
       "aid), which are annotated as facts of this document")
g.note("report_kind: an analytic note on the year → period_report (SPEC §5 puts analytic notes there); "
       "annual_report accepted in meta_alt")
g.note("table 1: only the 2022 column gives facts; the 2021 column and the dynamics % are skipped. «у т.ч.» rows "
       "are read as the main service of each recipient (a partition, 719)")
g.note("table 2 in тис. грн: each line and Разом give budget_approved / budget_spent / budget_savings, no KEKV")
g.note("subsidies and the IDP living allowance are state benefits, not social services: skipped")
g.write()
