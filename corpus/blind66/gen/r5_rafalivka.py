"""b66_05: відділ соціального захисту населення Рафалівської селищної ради, analytic note for 9 months 2023.
DOCX (python-docx) with a KEKV budget table; impersonal passive voice."""
import docx
from docx.shared import Pt
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b66_05_rafalivka_uszn_9m2023.docx"

HEAD = [
    "РАФАЛІВСЬКА СЕЛИЩНА РАДА\nВараського району Рівненської області\nВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ",
    "34340, смт Рафалівка, вул. Соборна, 36, тел. (03634) 0-41-83, e-mail: oszn.rafalivka@example.ua, код ЄДРПОУ 44286105",
    "АНАЛІТИЧНА ДОВІДКА\nпро роботу відділу за 9 місяців 2023 року",
]
PARAS = [
    "Відділ обслуговує населення 38 населених пунктів громади (27,9 тис. жителів). Прийом громадян ведеться у "
    "відділі та через віддалені робочі місця ЦНАП у селах Великі Телковичі і Сопачів.",
    "За січень–вересень 2023 року прийнято 2 418 заяв про призначення державних допомог, житлових субсидій та "
    "пільг (за 9 місяців 2022 року – 2 187), з них 1 106 заяв подано в електронній формі через портал «Дія».",
    "Житлові субсидії призначено 612 домогосподарствам. В Єдиному державному автоматизованому реєстрі осіб, "
    "які мають право на пільги, станом на 01.10.2023 перебуває 4 115 осіб.",
    "На обліку внутрішньо переміщених осіб перебуває 1 347 осіб, у тому числі 402 дитини. Довідки про взяття на "
    "облік ВПО за звітний період видано 289 особам.",
    "Компенсацію фізичним особам, які надають соціальні послуги з догляду на непрофесійній основі, отримують "
    "74 особи. За направленнями відділу соціальними послугами КУ «Центр надання соціальних послуг» забезпечено "
    "463 особи.",
    "На телефон «гарячої лінії» відділу надійшло 537 дзвінків. Скарг надійшло 3, усі розглянуто у строк до 30 днів.",
    "У відділі працює 9 працівників при штатній чисельності 10 посад.",
    "Кошторисом на 2023 рік по загальному фонду затверджено 3 214,6 тис. грн. Використання коштів за 9 місяців "
    "наведено в таблиці.",
    "Таблиця. Видатки на утримання відділу за січень–вересень 2023 року, тис. грн",
]
ROWS = [
    ("КЕКВ", "Найменування", "Затверджено на 9 місяців", "Касові видатки", "Економія"),
    ("2111", "Заробітна плата", "1 846,2", "1 812,7", "33,5"),
    ("2120", "Нарахування на оплату праці", "406,2", "398,8", "7,4"),
    ("2210", "Предмети, матеріали, обладнання та інвентар", "48,0", "41,6", "4,6"),
    ("2240", "Оплата послуг (крім комунальних)", "62,5", "59,3", "3,2"),
    ("2273", "Оплата електроенергії", "38,4", "30,9", "7,5"),
    ("", "Разом", "2 401,3", "2 343,3", "58,0"),
]
TAIL = [
    "Економію за КЕКВ 2111 утворено за рахунок вакантної посади (з 14.08.2023). Кредиторської заборгованості "
    "станом на 01.10.2023 немає.",
    "Начальник відділу                                  (підпис)",
    "Вик.: головний спеціаліст, тел. (03634) 0-41-85",
]


def build(path):
    d = docx.Document()
    fix_docx_props(d, "ВСЗН Рафалівка")
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    for t in HEAD:
        p = d.add_paragraph()
        p.alignment = 1
        p.add_run(t).bold = True
    for t in PARAS:
        d.add_paragraph(t)
    tb = d.add_table(rows=len(ROWS), cols=5)
    tb.style = "Table Grid"
    for i, row in enumerate(ROWS):
        for j, v in enumerate(row):
            tb.cell(i, j).text = v
    for t in TAIL:
        d.add_paragraph(t)
    d.save(path)
    freeze_zip(path)


def th(s):
    """тис. грн as written → hryvnias (int)."""
    return int(round(float(s.replace(" ", "").replace(",", ".")) * 1000))


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Відділ соціального захисту населення Рафалівської селищної ради",
        "centre_type": "uszn", "settlement": "Рафалівка", "oblast": "Рівненська",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30"})
    ap = g.f("applied", "applications", 2418, "прийнято 2 418 заяв про призначення державних допомог")
    ape = g.f("applied", "applications", 1106, "з них 1 106 заяв подано в електронній формі", parent=ap,
              label="в електронній формі через портал «Дія»")
    sub = g.f("served", "families", 612, "Житлові субсидії призначено 612 домогосподарствам",
              label="житлові субсидії (домогосподарства)")
    pil = g.f("registered", "persons", 4115, "станом на 01.10.2023 перебуває 4 115 осіб",
              label="особи в ЄДАРП (право на пільги)")
    idp = g.f("registered", "persons", 1347, "На обліку внутрішньо переміщених осіб перебуває 1 347 осіб",
              category="внутрішньо переміщені особи")
    idc = g.f("registered", "children", 402, "у тому числі 402 дитини", parent=idp, category="внутрішньо переміщені особи")
    idn = g.f("registered_new", "persons", 289, "за звітний період видано 289 особам", category="внутрішньо переміщені особи",
              label="довідки про взяття на облік ВПО")
    cmp_ = g.f("served", "persons", 74, "отримують 74 особи",
               label="компенсація за догляд на непрофесійній основі")
    sv = g.f("served", "persons", 463, "соціальними послугами КУ «Центр надання соціальних послуг» забезпечено 463 особи",
             label="за направленнями відділу")
    cl = g.f("calls", "calls", 537, "надійшло 537 дзвінків")
    cm = g.f("complaints", "complaints", 3, "Скарг надійшло 3")
    sa = g.f("staff_actual", "staff", 9, "У відділі працює 9 працівників")
    sp = g.f("staff_positions", "positions", 10, "при штатній чисельності 10 посад")
    ann = g.f("budget_approved", "uah", 3214600, "Кошторисом на 2023 рік по загальному фонду затверджено 3 214,6 тис. грн",
              label="загальний фонд, річний кошторис")
    tot = ROWS[-1]
    tq = "\t".join(tot[1:])
    T = [g.f("budget_approved", "uah", th(tot[2]), tq, label="Разом, затверджено на 9 місяців", parent=ann),
         g.f("budget_spent", "uah", th(tot[3]), tq, label="Разом"),
         g.f("budget_savings", "uah", th(tot[4]), tq, label="Разом")]
    R = []
    inds = ("budget_approved", "budget_spent", "budget_savings")
    for r in ROWS[1:-1]:
        q = "\t".join(r)
        R.append([g.f(inds[k], "uah", th(r[2 + k]), q, kekv=r[0], label=r[1], parent=T[k],
                      group=f"table_{inds[k]}_by_kekv") for k in range(3)])
    bad = R[2]
    g.slip("table_arithmetic", "error", "\t".join(ROWS[3]), 4600, 6400, bad,
           "КЕКВ 2210: економія = затверджено − видатки = 48,0 − 41,6 = 6,4 тис. грн, the table says 4,6 "
           "(transposed digits)", f"{bad[0]} - {bad[1]} == {bad[2]}", slip=1)
    g.slip("table_arithmetic", "error", tq, 56200, 58000, [b[2] for b in R] + [T[2]],
           "the Економія column sums to 33,5 + 7,4 + 4,6 + 3,2 + 7,5 = 56,2, but Разом says 58,0 "
           "(the total is right: 2 401,3 − 2 343,3 = 58,0); same slip as the 2210 row",
           " + ".join(b[2] for b in R) + f" == {T[2]}", slip=1)
    g.check("table_arithmetic", tq, "approved column: 1 846,2 + 406,2 + 48,0 + 62,5 + 38,4 = 2 401,3",
            " + ".join(b[0] for b in R) + f" == {T[0]}")
    g.check("table_arithmetic", tq, "spent column: 1 812,7 + 398,8 + 41,6 + 59,3 + 30,9 = 2 343,3",
            " + ".join(b[1] for b in R) + f" == {T[1]}")
    g.check("table_arithmetic", tq, "Разом: 2 401,3 − 2 343,3 = 58,0", f"{T[0]} - {T[1]} == {T[2]}")
    g.check("table_arithmetic", "\t".join(ROWS[1]), "economy = approved − spent holds in rows 2111, 2120, 2240, 2273",
            " and ".join(f"{b[0]} - {b[1]} == {b[2]}" for i, b in enumerate(R) if i != 2))
    g.check("parts_sum", "з них 1 106 заяв подано в електронній формі", "1 106 ≤ 2 418; 402 children ≤ 1 347 IDPs",
            f"{ape} <= {ap} and {idc} <= {idp}")
    g.check("parts_sum", "Кошторисом на 2023 рік по загальному фонду затверджено 3 214,6 тис. грн",
            "9 months' approval 2 401,3 ≤ year 3 214,6; 9 staff ≤ 10 positions", f"{T[0]} <= {ann} and {sa} <= {sp}")
    g.skip("34340, смт Рафалівка, вул. Соборна, 36, тел. (03634) 0-41-83", [34340, 36, 3634, 4183], "postcode, address, phone")
    g.skip("код ЄДРПОУ 44286105", [44286105], "ЄДРПОУ")
    g.skip("Відділ обслуговує населення 38 населених пунктів громади (27,9 тис. жителів)", [38, 27900],
           "settlement and population counts")
    g.skip("(за 9 місяців 2022 року – 2 187)", [9, 2022, 2187], "prior-year figure")
    g.skip("станом на 01.10.2023", [1, 10, 2023], "date")
    g.skip("усі розглянуто у строк до 30 днів", [30], "duration")
    g.skip("Таблиця. Видатки на утримання відділу за січень–вересень 2023 року, тис. грн", [2023], "table title")
    g.skip("Економію за КЕКВ 2111 утворено за рахунок вакантної посади (з 14.08.2023)", [2111, 14, 8, 2023],
           "KEKV code, date")
    g.skip("Вик.: головний спеціаліст, тел. (03634) 0-41-85", [3634, 4185], "phone")
    g.note("УСЗН-type body (відділ соціального захисту населення) → centre_type uszn; period «за 9 місяців 2023 року»")
    g.note("«2 418 заяв» → applied, unit applications; housing subsidies to 612 households → served, unit families, labelled")
    g.note("registers: ЄДАРП (4 115 persons) and the IDP register (1 347, of them 402 children) → registered with "
           "label/category; IDP certificates issued in the period → registered_new")
    g.note("table in тис. грн: every cell is a fact (kekv set, quoted by its row), hanging on the Разом cell of its "
           "column; the Разом «затверджено на 9 місяців» hangs on the annual approval 3 214,6")
    g.note("one planted slip (2210 economy 4,6 for 6,4) recorded as two findings: the row's derived column and the "
           "column total")
    g.skip('про роботу відділу за 9 місяців 2023 року', [9, 2023], 'title: period')
    g.skip('За січень–вересень 2023 року', [2023], 'period')
    g.skip('Використання коштів за 9 місяців', [9], 'period')
    g.skip('Затверджено на 9 місяців', [9], 'table header: period')
    g.write()


if __name__ == "__main__":
    main()
