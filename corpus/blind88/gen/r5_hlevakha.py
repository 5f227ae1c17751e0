"""b88_05: УСЗН Глевахської селищної ради (Київська), analytic note on social services in Q1 2025.
Plain text UTF-8, LF; impersonal; bullets «•»; a space-aligned budget table with KEKV codes."""
from common import Gold, write_text, report_path

DOC = "b88_05_hlevakha_uszn_q1_2025.txt"

TEXT = """\
УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ
ГЛЕВАХСЬКОЇ СЕЛИЩНОЇ РАДИ
Фастівського району Київської області
08631, смт Глеваха, вул. Вокзальна, 12, тел. (04571) 0-62-09

АНАЛІТИЧНА ДОВІДКА
щодо надання соціальних послуг у Глевахській селищній територіальній громаді
за I квартал 2025 року

Довідку підготовлено на виконання розпорядження селищного голови від 02.04.2025 № 47-р на підставі звітів надавачів соціальних послуг громади (форма за додатком 3).

1. ЗВЕРНЕННЯ ГРОМАДЯН

У I кварталі 2025 року до управління надійшло 534 звернення громадян, з них 212 – щодо отримання соціальних послуг. На телефон «гарячої лінії» управління надійшло 187 дзвінків. Оцінку потреб у соціальних послугах за зверненнями управління проведено 118 особам. Прийнято 97 рішень про надання соціальних послуг (у I кварталі 2024 року – 81).

2. ОХОПЛЕННЯ СОЦІАЛЬНИМИ ПОСЛУГАМИ

Соціальними послугами у громаді охоплено 1 126 осіб. Надавачами послуг були:
  • КУ «Центр надання соціальних послуг» Глевахської селищної ради – 874 особи;
  • Центр соціальних служб Глевахської селищної ради – 193 особи;
  • громадська організація «Турбота поруч» (за соціальним замовленням) – 59 осіб.

Послугу догляду вдома отримували 142 особи, з них 17 – на платній основі. Паліативний догляд надано 9 особам. Послугою соціального таксі скористалися 48 осіб з інвалідністю (вартість поїздки у межах громади – 60 грн).

Під соціальним супроводом Центру соціальних служб перебувало 28 сімей, які перебувають у складних життєвих обставинах, у них 61 дитина. Соціальне супроводження здійснювалося також у 4 прийомних сім'ях та ДБСТ, де виховується 14 дітей.

Гуманітарну допомогу (продуктові набори, засоби гігієни) отримали 319 осіб, видано 1 024 набори. Крім того, призначено 46 тимчасових допомог дітям, батьки яких ухиляються від сплати аліментів.

3. КАДРОВЕ ЗАБЕЗПЕЧЕННЯ НАДАВАЧІВ

У КУ «ЦНСП» затверджено 41 штатну посаду, фактично працює 38 осіб. У ЦСС – 6 посад, працює 5 фахівців.

4. ФІНАНСУВАННЯ КУ «ЦНСП» ЗА I КВАРТАЛ 2025 РОКУ (тис. грн)

КЕКВ  Найменування                   Затверджено   Касові видатки   Економія
2111  Заробітна плата                    1 284,6          1 281,0        3,6
2120  Нарахування на оплату праці          282,6            281,8        0,8
2210  Предмети, матеріали                   46,0             39,7        6,3
2240  Оплата послуг (крім комунальних)      58,4             51,9        6,5
2273  Оплата електроенергії                 37,5             33,2        3,4
      Разом                              1 709,1          1 687,6       21,5

5. ВИСНОВКИ

Скарг на якість соціальних послуг до управління надійшло 2, обидві розглянуто у встановлений термін. Станом на 31.03.2025 у черзі на послугу догляду вдома перебуває 11 осіб. Охоплення послугами порівняно з I кварталом 2024 року зросло на 7 %.

Начальник управління                                   (підпис)
Вик. 0-62-14
"""

BUDGET = [  # kekv, label, approved, spent, savings (тис. грн), line as printed
    ("2111", "Заробітна плата", 1284.6, 1281.0, 3.6),
    ("2120", "Нарахування на оплату праці", 282.6, 281.8, 0.8),
    ("2210", "Предмети, матеріали", 46.0, 39.7, 6.3),
    ("2240", "Оплата послуг (крім комунальних)", 58.4, 51.9, 6.5),
    ("2273", "Оплата електроенергії", 37.5, 33.2, 3.4),
]


def uah(x):
    return int(round(x * 1000))


def main():
    write_text(report_path(DOC), TEXT)
    from common import read_text
    lines = read_text(report_path(DOC)).split("\n")
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Глевахської селищної ради",
        "centre_type": "uszn", "settlement": "Глеваха", "oblast": "Київська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-03-31",
    })
    f = g.f
    ap = f("applied", "applications", 534, "надійшло 534 звернення громадян")
    ap2 = f("applied", "applications", 212, "з них 212 – щодо отримання соціальних послуг",
      label="щодо отримання соціальних послуг", parent=ap)
    f("calls", "calls", 187, "надійшло 187 дзвінків")
    f("needs_assessed", "persons", 118, "проведено 118 особам")
    s = f("served", "persons", 1126, "Соціальними послугами у громаді охоплено 1 126 осіб")
    prov = [("КУ «Центр надання соціальних послуг» Глевахської селищної ради", 874,
             "КУ «Центр надання соціальних послуг» Глевахської селищної ради – 874 особи"),
            ("Центр соціальних служб Глевахської селищної ради", 193,
             "Центр соціальних служб Глевахської селищної ради – 193 особи"),
            ("громадська організація «Турбота поруч»", 59,
             "громадська організація «Турбота поруч» (за соціальним замовленням) – 59 осіб")]
    pid = [f("served", "persons", n, q, district=d, group="served_1126_by_provider", parent=s) for d, n, q in prov]
    hc = f("served", "persons", 142, "Послугу догляду вдома отримували 142 особи", service="home_care")
    f("served", "persons", 17, "з них 17 – на платній основі", service="home_care", label="на платній основі", parent=hc)
    f("served", "persons", 9, "Паліативний догляд надано 9 особам", service="palliative_care")
    f("served", "persons", 48, "Послугою соціального таксі скористалися 48 осіб з інвалідністю", service="social_taxi",
      category="особи з інвалідністю")
    sj = f("served", "families", 28, "перебувало 28 сімей", service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 61, "у них 61 дитина", service="social_support_sjo", alt=["support_ongoing"], parent=sj)
    fo = f("served", "families", 4, "у 4 прийомних сім'ях та ДБСТ", service="social_support_foster",
           category="прийомні сім'ї та ДБСТ")
    f("served", "children", 14, "де виховується 14 дітей", service="social_support_foster", parent=fo)
    f("served", "persons", 319, "Гуманітарну допомогу (продуктові набори, засоби гігієни) отримали 319 осіб",
      service="natural_aid", label="гуманітарна допомога")
    p1 = f("staff_positions", "positions", 41, "У КУ «ЦНСП» затверджено 41 штатну посаду", district="КУ «ЦНСП»")
    a1 = f("staff_actual", "staff", 38, "фактично працює 38 осіб", district="КУ «ЦНСП»")
    p2 = f("staff_positions", "positions", 6, "У ЦСС – 6 посад", district="ЦСС")
    a2 = f("staff_actual", "staff", 5, "працює 5 фахівців", district="ЦСС")
    tline = next(l for l in lines if l.strip().startswith("Разом"))
    T = {}
    T["ap"] = f("budget_approved", "uah", 1709100, tline.strip(), label="Разом", district="КУ «ЦНСП»")
    T["sp"] = f("budget_spent", "uah", 1687600, tline.strip(), label="Разом", district="КУ «ЦНСП»")
    T["sv"] = f("budget_savings", "uah", 21500, tline.strip(), label="Разом", district="КУ «ЦНСП»")
    R = []
    for kekv, lab, a, sp_, sv in BUDGET:
        line = next(l for l in lines if l.startswith(kekv + "\t"))
        R.append((f("budget_approved", "uah", uah(a), line, kekv=kekv, label=lab, group="approved_by_kekv",
                    parent=T["ap"]),
                  f("budget_spent", "uah", uah(sp_), line, kekv=kekv, label=lab, group="spent_by_kekv",
                    parent=T["sp"]),
                  f("budget_savings", "uah", uah(sv), line, kekv=kekv, label=lab, group="savings_by_kekv",
                    parent=T["sv"]), line))
    f("complaints", "complaints", 2, "Скарг на якість соціальних послуг до управління надійшло 2")

    bad = R[4]
    g.slip("table_arithmetic", "error", bad[3], 3400, 4300, [bad[0], bad[1], bad[2], T["sv"]],
           "КЕКВ 2273: економія = затверджено − видатки = 37,5 − 33,2 = 4,3 тис. грн, the table says 3,4 "
           "(digits swapped). The Разом 21,5 is right (1 709,1 − 1 687,6), so the savings column "
           "3,6 + 0,8 + 6,3 + 6,5 + 3,4 = 20,6 does not add up to it either",
           f"{bad[0]} - {bad[1]} == {bad[2]}")
    g.check("table_arithmetic", tline.strip(), "approved column: 1 284,6 + 282,6 + 46,0 + 58,4 + 37,5 = 1 709,1",
            " + ".join(r[0] for r in R) + f" == {T['ap']}")
    g.check("table_arithmetic", tline.strip(), "spent column: 1 281,0 + 281,8 + 39,7 + 51,9 + 33,2 = 1 687,6",
            " + ".join(r[1] for r in R) + f" == {T['sp']}")
    g.check("table_arithmetic", tline.strip(), "Разом: 1 709,1 − 1 687,6 = 21,5",
            f"{T['ap']} - {T['sp']} == {T['sv']}")
    g.check("table_arithmetic", R[0][3], "rows 2111–2240: економія = затверджено − видатки",
            " and ".join(f"{r[0]} - {r[1]} == {r[2]}" for r in R[:4]))
    g.check("parts_sum", "Соціальними послугами у громаді охоплено 1 126 осіб. Надавачами послуг були:",
            "874 + 193 + 59 = 1 126", " + ".join(pid) + f" == {s}")
    g.check("parts_sum", "з них 212 – щодо отримання соціальних послуг", "212 ≤ 534", f"{ap2} <= {ap}")
    g.check("parts_sum", "фактично працює 38 осіб", "38 ≤ 41; 5 ≤ 6", f"{a1} <= {p1} and {a2} <= {p2}")

    sk = g.skip
    sk("08631, смт Глеваха, вул. Вокзальна, 12, тел. (04571) 0-62-09", [8631, 12, 4571, 6209], "postcode, address, phone")
    sk("за I квартал 2025 року", [1, 2025], "period in the title")
    sk("розпорядження селищного голови від 02.04.2025 № 47-р", [2, 4, 2025, 47], "order date and number")
    sk("(форма за додатком 3)", [3], "annex number")
    sk("1. ЗВЕРНЕННЯ ГРОМАДЯН", [1, 2, 3, 4, 5], "section numbers")
    sk("У I кварталі 2025 року", [1, 2025], "period")
    sk("Прийнято 97 рішень про надання соціальних послуг (у I кварталі 2024 року – 81)", [97, 1, 2024, 81],
       "decisions (no §3 id), prior-year figure")
    sk("(вартість поїздки у межах громади – 60 грн)", [60], "tariff")
    sk("видано 1 024 набори", [1024], "items handed out")
    sk("призначено 46 тимчасових допомог дітям", [46], "benefits granted (no §3 id)")
    sk("4. ФІНАНСУВАННЯ КУ «ЦНСП» ЗА I КВАРТАЛ 2025 РОКУ (тис. грн)", [4, 1, 2025], "heading: period")
    sk("Станом на 31.03.2025 у черзі на послугу догляду вдома перебуває 11 осіб", [31, 3, 2025, 11],
       "date; waiting list (no §3 id)")
    sk("Охоплення послугами порівняно з I кварталом 2024 року зросло на 7 %", [1, 2024, 7], "change against the prior year")
    sk("Вик. 0-62-14", [6214], "phone")
    g.note("УСЗН analytic note on all providers of the hromada: the 1 126 served are split by provider (district, "
           "one group); the staff of two providers are told apart by district")
    g.note("budget table in тис. грн with KEKV codes; each row gives approved, spent and savings, hanging on the Разом "
           "cell of its column; the reader turns the space-aligned rows into tab-separated cells")
    g.note("«Гуманітарну допомогу … отримали 319 осіб» → served natural_aid with a label")
    g.note("«Соціальне супроводження … у 4 прийомних сім'ях та ДБСТ» → served, social_support_foster; 14 children hang on it")
    g.note("«звернення громадян» → applied, unit applications")
    g.write()


if __name__ == "__main__":
    main()
