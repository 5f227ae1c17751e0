"""b48_05: Відділ соціального захисту населення Коломацької селищної ради (Харківська),
analytic note on the II quarter of 2025. UTF-8 plain text with a budget table drawn with spaces and
dashes (as pasted from an e-mail), numbered paragraphs with sub-points «а)», «б)».
Planted slip: table_arithmetic (КЕКВ 2240: економія 6,5 written, 58,4 − 52,9 = 5,5; the column then
sums to 70,0 against «Разом» 69,0) — one slip, two findings."""
from common import Gold, write_text, report_path

DOC = "b48_05_kolomak_uszn_q2_2025.txt"

TEXT = """Відділ соціального захисту населення
Коломацької селищної ради
Богодухівського району Харківської області
64001, смт Коломак, вул. Свободи, 6, тел. (05766) 0-51-09

                                   Департамент соціального захисту населення
                                   Харківської обласної військової адміністрації

АНАЛІТИЧНА ДОВІДКА
щодо роботи відділу соціального захисту населення
у ІІ кварталі 2025 року

1. Прийом громадян та призначення допомог.
   У квітні – червні 2025 року відділом прийнято 436 заяв на призначення житлових субсидій, пільг та державних соціальних допомог, з них 118 заяв подано через Портал «Дія». Призначено субсидії 391 домогосподарству, 45 заявникам відмовлено.
   На «гарячу лінію» відділу надійшло 164 дзвінки.

2. Облік внутрішньо переміщених осіб.
   Взято на облік 57 внутрішньо переміщених осіб, знято з обліку 21 особу; станом на 30.06.2025 на обліку перебуває 1 284 ВПО (на 31.03.2025 – 1 248).

3. Соціальні послуги та допомоги.
   а) послугу догляду вдома, яку відділ замовляє у КУ «ЦНСП» селищної ради, станом на 30.06.2025 отримують 74 особи;
   б) одноразову матеріальну допомогу з бюджету громади надано 27 особам на суму 81,0 тис. грн (за І квартал – 19 особам);
   в) компенсацію фізичним особам, які надають соціальні послуги з догляду, виплачено 39 особам;
   г) видано 12 путівок на санаторно-курортне лікування та 9 направлень на отримання засобів реабілітації.
   Пільговиків, які перебувають в Єдиному державному реєстрі, – 2 316 осіб; населення громади – 7,2 тис. осіб у 18 населених пунктах.

4. Виконання кошторису на утримання відділу за ІІ квартал 2025 року (тис. грн).

-----------------------------------------------------------------------------
КЕКВ  Найменування                      Затверджено  Касові     Економія
                                        на квартал   видатки
-----------------------------------------------------------------------------
2111  Заробітна плата                      1 248,6    1 201,3      47,3
2120  Нарахування на оплату праці            274,7      264,3      10,4
2210  Предмети, матеріали, обладнання         36,0       31,8       4,2
2240  Оплата послуг (крім комунальних)        58,4       52,9       6,5
2273  Оплата електроенергії                   19,2       17,6       1,6
-----------------------------------------------------------------------------
      Разом                                1 636,9    1 567,9      69,0
-----------------------------------------------------------------------------

   Касові видатки становлять 95,8 % від затверджених на квартал призначень. Кредиторської заборгованості станом на 01.07.2025 немає.

5. Кадрове забезпечення.
   Штатна чисельність відділу – 9 посад, фактично працює 8 працівників.

Начальник відділу                                       ___________
Виконавець: тел. (05766) 0-51-14
08.07.2025 № 01-27/312
"""

KEKV_ROWS = [
    ("2111", "Заробітна плата", 1248600, 1201300, 47300),
    ("2120", "Нарахування на оплату праці", 274700, 264300, 10400),
    ("2210", "Предмети, матеріали, обладнання", 36000, 31800, 4200),
    ("2240", "Оплата послуг (крім комунальних)", 58400, 52900, 6500),
    ("2273", "Оплата електроенергії", 19200, 17600, 1600),
]


def main():
    path = report_path(DOC)
    write_text(path, TEXT)
    from common import read_text
    text = read_text(path)
    lines = {l.split()[0]: l.strip() for l in text.splitlines() if l.strip()[:4].isdigit() and l.strip()[:2] in ("21", "22")}
    tot_line = next(l.strip() for l in text.splitlines() if l.strip().startswith("Разом"))
    g = Gold(DOC, {
        "centre": "Відділ соціального захисту населення Коломацької селищної ради",
        "centre_type": "uszn", "settlement": "Коломак", "oblast": "Харківська",
        "report_kind": "period_report", "period_start": "2025-04-01", "period_end": "2025-06-30",
    })
    f = g.f
    ap = f("applied", "applications", 436,
           "відділом прийнято 436 заяв на призначення житлових субсидій, пільг та державних соціальних допомог")
    ap2 = f("applied", "applications", 118, "з них 118 заяв подано через Портал «Дія»", label="через Портал «Дія»",
            parent=ap)
    ca = f("calls", "calls", 164, "На «гарячу лінію» відділу надійшло 164 дзвінки")
    rn = f("registered_new", "persons", 57, "Взято на облік 57 внутрішньо переміщених осіб",
           category="внутрішньо переміщені особи")
    rd = f("deregistered", "persons", 21, "знято з обліку 21 особу", category="внутрішньо переміщені особи")
    rg = f("registered", "persons", 1284, "станом на 30.06.2025 на обліку перебуває 1 284 ВПО",
           category="внутрішньо переміщені особи")
    hc = f("served", "persons", 74, "станом на 30.06.2025 отримують 74 особи", service="home_care",
           alt=["support_ongoing"])
    ma = f("served", "persons", 27, "одноразову матеріальну допомогу з бюджету громади надано 27 особам",
           label="одноразова матеріальна допомога")
    mv = f("aid_value", "uah", 81000, "на суму 81,0 тис. грн", label="одноразова матеріальна допомога")
    cp = f("served", "persons", 39,
           "компенсацію фізичним особам, які надають соціальні послуги з догляду, виплачено 39 особам",
           label="компенсація фізичним особам, які надають послуги з догляду")
    cells = []
    for code, name, a, s_, e in KEKV_ROWS:
        q = lines[code]
        cells.append((f("budget_approved", "uah", a, q, kekv=code, label="на ІІ квартал 2025 року"),
                      f("budget_spent", "uah", s_, q, kekv=code),
                      f("budget_savings", "uah", e, q, kekv=code)))
    ta = f("budget_approved", "uah", 1636900, tot_line, label="Разом, на ІІ квартал 2025 року")
    ts = f("budget_spent", "uah", 1567900, tot_line, label="Разом", percent=95.8,
           note="its percent is the «95,8 % від затверджених» of the next sentence")
    te = f("budget_savings", "uah", 69000, tot_line, label="Разом")
    for c in cells:
        for k, t in zip(c, (ta, ts, te)):
            g._by_id[k]["parent_id"] = t
            g._by_id[k]["parent_quote"] = tot_line
    # keep key order
    for i, fact in enumerate(g.facts):
        if "parent_id" in fact and "quote" in fact:
            q = fact.pop("quote"); fact["quote"] = q
            for k in ("unit_alt", "uncertain", "note", "in_note"):
                if k in fact:
                    fact[k] = fact.pop(k)
    sp = f("staff_positions", "positions", 9, "Штатна чисельність відділу – 9 посад")
    sa = f("staff_actual", "staff", 8, "фактично працює 8 працівників")

    V = lambda x: f"f{x[1:]}"
    row2240 = cells[3]
    g.slip("table_arithmetic", "error", lines["2240"], 6500, 5500, list(row2240),
           "КЕКВ 2240: економія = затверджено − видатки = 58,4 − 52,9 = 5,5 тис. грн, written 6,5",
           f"{V(row2240[0])} - {V(row2240[1])} == {V(row2240[2])}", slip=1)
    g.slip("table_arithmetic", "error", tot_line, 70000, 69000, [c[2] for c in cells] + [te],
           "the «Економія» column sums to 47,3 + 10,4 + 4,2 + 6,5 + 1,6 = 70,0, but «Разом» says 69,0 (which is right: 1 636,9 − 1 567,9); same slip as the 2240 row",
           " + ".join(V(c[2]) for c in cells) + f" == {V(te)}", slip=1)
    g.check("table_arithmetic", tot_line, "«Затверджено» column: 1 248,6 + 274,7 + 36,0 + 58,4 + 19,2 = 1 636,9",
            " + ".join(V(c[0]) for c in cells) + f" == {V(ta)}")
    g.check("table_arithmetic", tot_line, "«Касові видатки» column: 1 201,3 + 264,3 + 31,8 + 52,9 + 17,6 = 1 567,9",
            " + ".join(V(c[1]) for c in cells) + f" == {V(ts)}")
    g.check("table_arithmetic", tot_line, "total row: 1 636,9 − 1 567,9 = 69,0", f"{V(ta)} - {V(ts)} == {V(te)}")
    for (code, *_), c in zip(KEKV_ROWS, cells):
        if code == "2240":
            continue
        g.check("table_arithmetic", lines[code], f"КЕКВ {code}: затверджено − видатки = економія",
                f"{V(c[0])} - {V(c[1])} == {V(c[2])}")
    g.check("percent_mismatch", "Касові видатки становлять 95,8 % від затверджених на квартал призначень.",
            "1 567,9 / 1 636,9 = 95,78 % → 95,8", f"pct_ok(p{ts[1:]}, {V(ts)}, {V(ta)}, 1)")
    g.check("parts_sum", "з них 118 заяв подано через Портал «Дія»", "118 ≤ 436", f"{V(ap2)} <= {V(ap)}")
    g.check("parts_sum", "фактично працює 8 працівників", "8 ≤ 9", f"{V(sa)} <= {V(sp)}")
    g.check("parts_sum", "станом на 30.06.2025 на обліку перебуває 1 284 ВПО (на 31.03.2025 – 1 248)",
            "1 248 at 31.03 (literal) + 57 − 21 = 1 284", f"1248 + {V(rn)} - {V(rd)} == {V(rg)}")

    g.skip("64001, смт Коломак, вул. Свободи, 6, тел. (05766) 0-51-09", [64001, 6, 5766, 5109],
           "postcode, address, phone")
    g.skip("у ІІ кварталі 2025 року", [2, 2025], "period")
    g.skip("У квітні – червні 2025 року", [2025], "period")
    g.skip("Призначено субсидії 391 домогосподарству, 45 заявникам відмовлено.", [391, 45],
           "decisions and refusals (no §3 id)")
    g.skip("(на 31.03.2025 – 1 248)", [31, 3, 2025, 1248], "register at the end of the previous quarter (used as a literal)")
    g.skip("(за І квартал – 19 особам)", [1, 19], "previous quarter's figure")
    g.skip("г) видано 12 путівок на санаторно-курортне лікування та 9 направлень на отримання засобів реабілітації.",
           [12, 9], "items handed out (vouchers, referrals)")
    g.skip("Пільговиків, які перебувають в Єдиному державному реєстрі, – 2 316 осіб; населення громади – 7,2 тис. осіб у 18 населених пунктах.",
           [2316, 7200, 18], "population counts, settlement count")
    g.skip("4. Виконання кошторису на утримання відділу за ІІ квартал 2025 року (тис. грн).", [4, 2, 2025],
           "paragraph number, period")
    g.skip("станом на 30.06.2025 на обліку перебуває", [30, 6, 2025], "date")
    g.skip("станом на 30.06.2025 отримують 74 особи", [30, 6, 2025], "date")
    g.skip("Кредиторської заборгованості станом на 01.07.2025 немає.", [1, 7, 2025], "date")
    g.skip("Виконавець: тел. (05766) 0-51-14", [5766, 5114], "phone")
    g.skip("08.07.2025 № 01-27/312", [8, 7, 2025, 1, 27, 312], "date and outgoing number")
    g.skip("1. Прийом громадян та призначення допомог.", [1, 2, 3, 4, 5], "paragraph numbers")

    g.note("a відділ соціального захисту населення of a селищна рада → centre_type uszn")
    g.note("period: «у ІІ кварталі 2025 року» → 2025-04-01..2025-06-30")
    g.note("«прийнято 436 заяв» → applied, unit applications; the 118 via «Дія» hang on it")
    g.note("ВПО register: taken on → registered_new, taken off → deregistered, at 30.06.2025 → registered (persons, category ВПО)")
    g.note("«станом на 30.06.2025 отримують 74 особи» (home care ordered from the ЦНСП) → served home_care (alt support_ongoing)")
    g.note("budget table in тис. грн, stored in hryvnias; each row carries its KEKV; the «Разом» row carries none; every row hangs on «Разом» of its column; the 95,8 % is the percent of the total cash expenditure")
    g.note("one slip (2240 economy 6,5 instead of 5,5) makes two checks fail: the row and the column; recorded as two findings with the same slip id")
    g.write()


if __name__ == "__main__":
    main()
