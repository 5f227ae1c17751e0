"""b27_03: КУ «ЦНСП» Карлівської міської ради (Полтавська), information for 9 months of 2026,
windows-1251 TXT with CRLF, first-person plural voice, a KEKV table in грн drawn with pipes."""
from common import Gold, report_path, write_text

NAME = "b27_03_karlivka_cnsp_9m2026.txt"

TEXT = """      КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»
        КАРЛІВСЬКОЇ МІСЬКОЇ РАДИ ПОЛТАВСЬКОЇ ОБЛАСТІ
39500, м. Карлівка, вул. Полтавський шлях, 67, тел. (05346) 0-52-19,
e-mail: cnsp.karlivka@example.ua, код ЄДРПОУ 44173096

Вих. № 214 від 06.10.2026
                         Начальнику відділу соціального захисту
                         населення Карлівської міської ради

                           ІНФОРМАЦІЯ
               про роботу Центру за 9 місяців 2026 року

За січень–вересень 2026 року до нас надійшло 348 заяв про надання
соціальних послуг (за 9 місяців 2025 року – 301). За результатами
розгляду ми визначили індивідуальні потреби 326 осіб; 22 заяви
залишено без задоволення як такі, що не відповідають умовам надання
послуг.

Отримувачами послуг Центру протягом звітного періоду стали дев'ятсот
сорок сім осіб. У розрізі послуг (осіб): догляд вдома – 263, денний
догляд – 41, соціальна адаптація – 58, консультування – 412,
натуральна допомога – 173.

Відділення соціальної роботи взяло під соціальний супровід 19 сімей,
які перебувають у складних життєвих обставинах (у них 44 дитини);
всього під супроводом перебувало 33 сім'ї. Завершили ми супровід
15 сімей: у 11 з них складні життєві обставини подолано, у 3 –
мінімізовано, 1 сім'я відмовилася від послуги. Станом на 30.09.2026
супровід продовжується для 18 сімей.

Фахівці Центру провели 12 засідань груп взаємопідтримки для ВПО та
9 інформаційних зустрічей у старостинських округах; разом – 21 захід,
участь у них взяли 276 осіб. Мобільна бригада соціально-психологічної
допомоги здійснила 64 виїзди до віддалених сіл.

Штат Центру – 46 посад, працює 43 особи, у тому числі 27 соціальних
робітників. Навчання за програмою підвищення кваліфікації пройшли
12 працівників.

Фінансування із загального фонду за 9 місяців, грн:

 КЕКВ  | Затверджено на 9 місяців | Касові видатки | Економія
 2111  |        6 912 400         |    6 874 215   |   38 185
 2120  |        1 520 730         |    1 512 330   |    8 400
 2240  |          184 000         |      171 260   |   12 740
 2273  |           96 500         |       91 842   |    4 658
 2274  |          142 000         |      139 905   |    2 095
 Разом |        8 855 630         |    8 798 552   |   66 078

До спеціального фонду надійшло 48 260 грн плати за соціальні
послуги, з них використано 41 900 грн.

Скарг щодо якості послуг до нас не надходило.

Директор                                          (підпис)
Виконавець: тел. (05346) 0-52-21
"""


def build():
    write_text(report_path(NAME), TEXT, encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Карлівської міської ради", "centre_type": "cnsp",
        "settlement": "Карлівка", "oblast": "Полтавська", "report_kind": "period_report",
        "period_start": "2026-01-01", "period_end": "2026-09-30"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Карлівської міської ради Полтавської області",
                    "Комунальна установа «Центр надання соціальних послуг» Карлівської міської ради"]})
    f = g.f
    ap = f("applied", "applications", 348, "до нас надійшло 348 заяв про надання")
    na = f("needs_assessed", "persons", 326, "ми визначили індивідуальні потреби 326 осіб")
    tot = f("served", "persons", 947, "стали дев'ятсот\nсорок сім осіб",
            note="written in words: «дев'ятсот сорок сім»")
    parts = []
    for q, svc, v in (("догляд вдома – 263", "home_care", 263), ("догляд – 41", "day_care", 41),
                      ("соціальна адаптація – 58", "social_adaptation", 58),
                      ("консультування – 412", "counselling", 412),
                      ("натуральна допомога – 173", "natural_aid", 173)):
        parts.append(f("served", "persons", v, q, service=svc, parent=tot, group="served_947_by_service"))
    st = f("support_started", "families", 19, "взяло під соціальний супровід 19 сімей",
           service="social_support_sjo")
    f("support_started", "children", 44, "(у них 44 дитини)", service="social_support_sjo", parent=st)
    sv = f("served", "families", 33, "всього під супроводом перебувало 33 сім'ї", service="social_support_sjo",
           alt=["support_ongoing"])
    cp = f("support_completed", "families", 15, "Завершили ми супровід\n15 сімей", service="social_support_sjo",
           parent=sv)
    o1 = f("outcome_positive", "families", 11, "у 11 з них складні життєві обставини подолано",
           service="social_support_sjo", parent=cp, group="completed_15_by_outcome")
    o2 = f("outcome_minimized", "families", 3, "у 3 –\nмінімізовано", service="social_support_sjo", parent=cp,
           group="completed_15_by_outcome")
    o3 = f("outcome_other", "families", 1, "1 сім'я відмовилася від послуги", label="відмова від послуги",
           service="social_support_sjo", parent=cp, group="completed_15_by_outcome")
    on = f("support_ongoing", "families", 18, "супровід продовжується для 18 сімей", service="social_support_sjo")
    e1 = f("events", "events", 12, "провели 12 засідань груп взаємопідтримки для ВПО", label="групи взаємопідтримки для ВПО",
           group="events_21")
    e2 = f("events", "events", 9, "9 інформаційних зустрічей у старостинських округах", label="інформаційні зустрічі",
           group="events_21")
    et = f("events", "events", 21, "разом – 21 захід")
    f("event_participants", "persons", 276, "участь у них взяли 276 осіб", parent=et)
    spos = f("staff_positions", "positions", 46, "Штат Центру – 46 посад")
    sa = f("staff_actual", "staff", 43, "працює 43 особи")
    sw = f("staff_actual", "staff", 27, "у тому числі 27 соціальних", category="соціальні робітники", parent=sa)
    f("staff_trained", "staff", 12, "пройшли\n12 працівників")
    rows = [("2111\t6 912 400\t6 874 215\t38 185", "2111", 6912400, 6874215, 38185),
            ("2120\t1 520 730\t1 512 330\t8 400", "2120", 1520730, 1512330, 8400),
            ("2240\t184 000\t171 260\t12 740", "2240", 184000, 171260, 12740),
            ("2273\t96 500\t91 842\t4 658", "2273", 96500, 91842, 4658),
            ("2274\t142 000\t139 905\t2 095", "2274", 142000, 139905, 2095)]
    tq = "Разом\t8 855 630\t8 798 552\t66 078"
    ta = f("budget_approved", "uah", 8855630, tq, label="загальний фонд, 9 місяців, разом")
    ts = f("budget_spent", "uah", 8798552, tq, label="загальний фонд, 9 місяців, разом")
    te = f("budget_savings", "uah", 66078, tq, label="загальний фонд, 9 місяців, разом")
    A, S, E = [], [], []
    for q, k, a, sp, ec in rows:
        A.append(f("budget_approved", "uah", a, q, kekv=k, parent=ta, group="approved_by_kekv"))
        S.append(f("budget_spent", "uah", sp, q, kekv=k, parent=ts, group="spent_by_kekv"))
        E.append(f("budget_savings", "uah", ec, q, kekv=k, parent=te, group="savings_by_kekv"))
    rc = f("budget_received", "uah", 48260, "До спеціального фонду надійшло 48 260 грн плати за соціальні",
           label="спеціальний фонд, плата за послуги")
    us = f("budget_spent", "uah", 41900, "з них використано 41 900 грн", label="спеціальний фонд", parent=rc)
    f("complaints", "complaints", 0, "Скарг щодо якості послуг до нас не надходило.")
    J = lambda xs: " + ".join(xs)
    g.slip("table_arithmetic", "error", tq, 8798552, 8789552, [ts] + S,
           "the «Касові видатки» column sums to 8 789 552 грн, the Разом row says 8 798 552 (9 000 more; "
           "digits swapped). With the written total, затверджено − видатки = 57 078, not the 66 078 in the row; "
           "the savings column itself adds up",
           f"{J(S)} == {ts}")
    g.check("table_arithmetic", tq, "approved 6 912 400 + 1 520 730 + 184 000 + 96 500 + 142 000 = 8 855 630",
            f"{J(A)} == {ta}")
    g.check("table_arithmetic", tq, "savings column 38 185 + 8 400 + 12 740 + 4 658 + 2 095 = 66 078",
            f"{J(E)} == {te}")
    g.check("table_arithmetic", "2111\t6 912 400\t6 874 215\t38 185",
            "each KEKV row: затверджено − видатки = економія",
            " and ".join(f"{a} - {s_} == {e}" for a, s_, e in zip(A, S, E)))
    g.check("parts_sum", "натуральна допомога – 173.", "263 + 41 + 58 + 412 + 173 = 947", f"{J(parts)} == {tot}")
    g.check("parts_sum", "ми визначили індивідуальні потреби 326 осіб; 22 заяви",
            "326 assessed + 22 refused = 348 applications", f"{na} + 22 == {ap}")
    g.check("parts_sum", "у 11 з них складні життєві обставини подолано", "11 + 3 + 1 = 15",
            f"{o1} + {o2} + {o3} == {cp}")
    g.check("parts_sum", "супровід продовжується для 18 сімей", "33 − 15 = 18; 19 taken ≤ 33",
            f"{sv} - {cp} == {on} and {st} <= {sv}")
    g.check("parts_sum", "разом – 21 захід", "12 + 9 = 21", f"{e1} + {e2} == {et}")
    g.check("parts_sum", "працює 43 особи, у тому числі 27 соціальних", "27 ≤ 43 ≤ 46", f"{sw} <= {sa} <= {spos}")
    g.check("parts_sum", "з них використано 41 900 грн", "41 900 ≤ 48 260", f"{us} <= {rc}")
    g.skip("39500, м. Карлівка, вул. Полтавський шлях, 67, тел. (05346) 0-52-19,", [39500, 67, 5346, 5219],
           "postcode, address, phone")
    g.skip("код ЄДРПОУ 44173096", [44173096], "ЄДРПОУ")
    g.skip("Вих. № 214 від 06.10.2026", [214, 6, 10, 2026], "outgoing number and date")
    g.skip("про роботу Центру за 9 місяців 2026 року", [9, 2026], "period in the title")
    g.skip("За січень–вересень 2026 року", [2026], "year")
    g.skip("(за 9 місяців 2025 року – 301)", [9, 2025, 301], "prior-year figure")
    g.skip("22 заяви\nзалишено без задоволення", [22], "refused applications (no §3 id); used as a literal")
    g.skip("Станом на 30.09.2026", [30, 9, 2026], "date")
    g.skip("допомоги здійснила 64 виїзди до віддалених сіл", [64], "mobile-team trips (no §3 id)")
    g.skip("Фінансування із загального фонду за 9 місяців, грн:", [9], "period length")
    g.skip("КЕКВ\tЗатверджено на 9 місяців", [9], "period length in the header")
    g.skip("Виконавець: тел. (05346) 0-52-21", [5346, 5221], "phone")
    g.note("voice: first person plural («до нас надійшло», «ми визначили», «завершили ми супровід»)")
    g.note("the pipe table comes out tab-separated; every cell is a fact quoted by its row, rows hang on Разом")
    g.note("«взяло під соціальний супровід 19 сімей» are new cases inside the 33 served; no parent link written "
           "in the text (the 33 comes after), so 19 has none")
    g.write()


if __name__ == "__main__":
    build()
    gold()
