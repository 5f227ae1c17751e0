"""b32_05: УСЗН Ізюмської міської ради (Харківська), analytic note on social services in the hromada
for Q1 2025. DOCX, third person, a table by service with an IDP column. Slip: table_arithmetic
(the recipients column sums to 1 171, «Усього» says 1 191, repeated in the prose)."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b32_05_izium_uszn_q1_2025.docx"

HEAD = ["УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ІЗЮМСЬКОЇ МІСЬКОЇ РАДИ",
        "64309, Харківська обл., м. Ізюм, вул. Соборна, 41; тел. (05743) 0-21-06; e-mail: uszn.izium@example.ua"]
TITLE = ["АНАЛІТИЧНА ДОВІДКА",
         "щодо надання соціальних послуг в Ізюмській міській територіальній громаді за І квартал 2025 року"]
B1 = [
    ("p", "Довідку підготовлено на виконання доручення Департаменту соціального захисту населення Харківської обласної військової адміністрації від 03.04.2025 № 01-29/712."),
    ("p", "Соціальні послуги в громаді надає комунальна установа «Центр надання соціальних послуг» Ізюмської міської ради (далі – ЦНСП) через 3 відділення. За оперативними даними, у громаді проживає близько 27 тис. осіб, з них понад 9 тис. – внутрішньо переміщені особи; до складу громади входить 41 населений пункт."),
    ("h", "1. Звернення та оцінка потреб"),
    ("p", "До управління за І квартал надійшло 164 заяви про надання соціальних послуг (за І квартал 2024 р. – 131). Прийнято 158 рішень про надання послуг і 6 рішень про відмову через невідповідність критеріям. Фахівцями ЦНСП оцінено потреби 149 осіб."),
    ("h", "2. Отримувачі послуг"),
    ("p", "Таблиця 1. Отримувачі соціальних послуг ЦНСП у І кварталі 2025 року"),
]
TABLE = [
    ["№", "Соціальна послуга", "Отримувачів, осіб", "з них ВПО"],
    ["1", "Догляд вдома", "212", "18"],
    ["2", "Денний догляд", "34", "6"],
    ["3", "Натуральна допомога", "486", "203"],
    ["4", "Консультування", "371", "144"],
    ["5", "Соціальна адаптація", "27", "9"],
    ["6", "Соціальне таксі", "41", "5"],
    ["Усього", "", "1 191", "385"],
]
B2 = [
    ("p", "Отже, у І кварталі соціальні послуги ЦНСП отримали 1 191 особа, кожна третя з них – внутрішньо переміщена особа. Із 212 отримувачів догляду вдома 67 осіб – віком понад 80 років, 48 – особи з інвалідністю I–II групи."),
    ("p", "Натуральну допомогу (продуктові набори, засоби гігієни, тверде паливо) надано 486 особам; видано 1 240 продуктових наборів і 36 т дров."),
    ("h", "3. Кадрове забезпечення"),
    ("p", "Штатна чисельність ЦНСП – 64,5 посади, фактично працює 57 осіб, у тому числі 29 соціальних робітників. Укомплектованість штату – 88,4 %."),
    ("h", "4. Фінансування"),
    ("p", "На утримання ЦНСП на І квартал 2025 року кошторисом передбачено 3 602,0 тис. грн (на рік – 14 812,4 тис. грн). Касові видатки за квартал становили 3 418,6 тис. грн, а саме: заробітна плата з нарахуваннями (КЕКВ 2111, 2120) – 2 906,3 тис. грн; КЕКВ 2270 – 341,7 тис. грн; КЕКВ 2230 – 38,9 тис. грн; інші видатки – 131,7 тис. грн. Економія склала 183,4 тис. грн. До спеціального фонду надійшло 212,0 тис. грн благодійних внесків міжнародних організацій."),
    ("h", "5. Проблемні питання"),
    ("p", "Через нестачу соціальних робітників (вакантні 7,5 посади) 14 осіб очікують на призначення послуги догляду вдома. Відділення денного перебування з 17.02.2025 працює в укритті на 30 місць."),
    ("p", "Начальник управління                                  ____________"),
    ("p", "Виконавець: відділ соціальних послуг, тел. (05743) 0-21-19"),
]


def build(path):
    d = Document()
    fix_docx_props(d, "УСЗН Ізюм")
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(13)
    for line in HEAD:
        d.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in TITLE:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(line).bold = True

    def emit(blocks):
        for kind, text in blocks:
            p = d.add_paragraph()
            r = p.add_run(text)
            r.bold = kind == "h"
    emit(B1)
    t = d.add_table(rows=len(TABLE), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    last = len(TABLE) - 1
    t.cell(last, 0).merge(t.cell(last, 1))
    t.cell(last, 0).text = "Усього"
    emit(B2)
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Ізюмської міської ради",
        "centre_type": "uszn", "settlement": "Ізюм", "oblast": "Харківська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-03-31"},
        meta_alt={"centre": ["Центр надання соціальних послуг Ізюмської міської ради",
                             "Комунальна установа «Центр надання соціальних послуг» Ізюмської міської ради"],
                  "centre_type": ["cnsp"]})
    f = g.f
    n = lambda x: x[1:]
    ap = f("applied", "applications", 164, "надійшло 164 заяви про надання соціальних послуг")
    f("needs_assessed", "persons", 149, "Фахівцями ЦНСП оцінено потреби 149 осіб")
    TOT = "Усього\t1 191\t385"
    tot = f("served", "persons", 1191, TOT, label="Усього (таблиця 1)")
    tv = f("served", "persons", 385, TOT, category="внутрішньо переміщені особи", label="Усього (таблиця 1), з них ВПО", parent=tot)
    rows = [("1\tДогляд вдома\t212\t18", "home_care", 212, 18),
            ("2\tДенний догляд\t34\t6", "day_care", 34, 6),
            ("3\tНатуральна допомога\t486\t203", "natural_aid", 486, 203),
            ("4\tКонсультування\t371\t144", "counselling", 371, 144),
            ("5\tСоціальна адаптація\t27\t9", "social_adaptation", 27, 9),
            ("6\tСоціальне таксі\t41\t5", "social_taxi", 41, 5)]
    rr, rv = [], []
    for q, svc, a, b in rows:
        rr.append(f("served", "persons", a, q, service=svc, group="t1_recipients", parent=tot))
        rv.append(f("served", "persons", b, q, service=svc, category="внутрішньо переміщені особи", group="t1_idp", parent=tv))
    pr = f("served", "persons", 1191, "у І кварталі соціальні послуги ЦНСП отримали 1 191 особа")
    a80 = f("served", "persons", 67, "67 осіб – віком понад 80 років", service="home_care", category="особи віком понад 80 років", parent=rr[0])
    inv = f("served", "persons", 48, "48 – особи з інвалідністю I–II групи", service="home_care",
            category="особи з інвалідністю I–II групи", parent=rr[0])
    na = f("served", "persons", 486, "надано 486 особам", service="natural_aid")
    sp = f("staff_positions", "positions", 64.5, "Штатна чисельність ЦНСП – 64,5 посади")
    sa = f("staff_actual", "staff", 57, "фактично працює 57 осіб")
    sw = f("staff_actual", "staff", 29, "у тому числі 29 соціальних робітників", label="соціальні робітники", parent=sa)
    sh = f("share", "percent", 88.4, "Укомплектованість штату – 88,4 %", label="укомплектованість штату")
    bq = f("budget_approved", "uah", 3602000, "кошторисом передбачено 3 602,0 тис. грн", label="загальний фонд, на І квартал")
    by = f("budget_approved", "uah", 14812400, "(на рік – 14 812,4 тис. грн)", label="загальний фонд, на 2025 рік (річний)",
           note="the annual approval of the year the quarter belongs to")
    bs = f("budget_spent", "uah", 3418600, "Касові видатки за квартал становили 3 418,6 тис. грн")
    b1 = f("budget_spent", "uah", 2906300, "заробітна плата з нарахуваннями (КЕКВ 2111, 2120) – 2 906,3 тис. грн",
           label="заробітна плата з нарахуваннями (КЕКВ 2111, 2120)", group="spent_3418_6_by_item", parent=bs,
           note="two KEKV codes together, so no single kekv")
    b2 = f("budget_spent", "uah", 341700, "КЕКВ 2270 – 341,7 тис. грн", kekv="2270", group="spent_3418_6_by_item", parent=bs)
    b3 = f("budget_spent", "uah", 38900, "КЕКВ 2230 – 38,9 тис. грн", kekv="2230", group="spent_3418_6_by_item", parent=bs)
    b4 = f("budget_spent", "uah", 131700, "інші видатки – 131,7 тис. грн", label="інші видатки", group="spent_3418_6_by_item", parent=bs)
    ec = f("budget_savings", "uah", 183400, "Економія склала 183,4 тис. грн")
    f("budget_received", "uah", 212000, "До спеціального фонду надійшло 212,0 тис. грн", label="благодійні внески міжнародних організацій")

    g.slip("table_arithmetic", "error", TOT, 1191, 1171, [tot] + rr + [pr],
           "the recipients column 212 + 34 + 486 + 371 + 27 + 41 = 1 171; «Усього» says 1 191 (20 more), and the prose repeats 1 191. "
           "The IDP column adds up (385).",
           " + ".join("f" + n(x) for x in rr) + f" == f{n(tot)}")
    g.check("table_arithmetic", TOT, "IDP column: 18 + 6 + 203 + 144 + 9 + 5 = 385", " + ".join("f" + n(x) for x in rv) + f" == f{n(tv)}")
    g.check("table_arithmetic", "3\tНатуральна допомога\t486\t203", "each row: IDP ≤ recipients",
            " and ".join(f"f{n(b)} <= f{n(a)}" for a, b in zip(rr, rv)))
    g.check("internal_conflict", "у І кварталі соціальні послуги ЦНСП отримали 1 191 особа", "prose total equals the table total (both 1 191)",
            f"f{n(pr)} == f{n(tot)}")
    g.check("internal_conflict", "надано 486 особам", "prose 486 equals table row 3", f"f{n(na)} == f{n(rr[2])}")
    g.check("parts_sum", "Прийнято 158 рішень про надання послуг і 6 рішень про відмову", "158 + 6 = 164 applications (decisions are literals)",
            f"158 + 6 == f{n(ap)}")
    g.check("parts_sum", "Із 212 отримувачів догляду вдома 67 осіб", "67 and 48 (overlapping) each ≤ 212", f"f{n(a80)} <= f{n(rr[0])} and f{n(inv)} <= f{n(rr[0])}")
    g.check("percent_mismatch", "Укомплектованість штату – 88,4 %", "57 / 64,5 = 88,37 % → 88,4", f"pct_ok(f{n(sh)}, f{n(sa)}, f{n(sp)}, 1)")
    g.check("parts_sum", "вакантні 7,5 посади", "57 working + 7,5 vacant = 64,5 positions; 29 social workers ≤ 57",
            f"near(f{n(sa)} + 7.5, f{n(sp)}) and f{n(sw)} <= f{n(sa)}")
    g.check("parts_sum", "Касові видатки за квартал становили 3 418,6 тис. грн, а саме:", "2 906,3 + 341,7 + 38,9 + 131,7 = 3 418,6 тис. грн",
            f"f{n(b1)} + f{n(b2)} + f{n(b3)} + f{n(b4)} == f{n(bs)}")
    g.check("table_arithmetic", "Економія склала 183,4 тис. грн.", "економія = 3 602,0 − 3 418,6 = 183,4 тис. грн", f"f{n(bq)} - f{n(bs)} == f{n(ec)}")
    g.check("parts_sum", "(на рік – 14 812,4 тис. грн)", "quarter ≤ year", f"f{n(bq)} <= f{n(by)}")

    g.skip("64309, Харківська обл., м. Ізюм, вул. Соборна, 41; тел. (05743) 0-21-06", [64309, 41, 5743, 2106], "postcode, address, phone")
    g.skip("за І квартал 2025 року", [2025], "period in the title")
    g.skip("від 03.04.2025 № 01-29/712", [3, 4, 2025, 1, 29, 712], "date and number of the request")
    g.skip("через 3 відділення", [3], "number of departments")
    g.skip("близько 27 тис. осіб, з них понад 9 тис. – внутрішньо переміщені особи; до складу громади входить 41 населений пункт",
           [27000, 9000, 41], "population, IDP population, settlements")
    g.skip("(за І квартал 2024 р. – 131)", [2024, 131], "prior-year figure")
    g.skip("Прийнято 158 рішень про надання послуг і 6 рішень про відмову", [158, 6], "decisions and refusals (no §3 id); literals in a check")
    g.skip("Таблиця 1. Отримувачі соціальних послуг ЦНСП у І кварталі 2025 року", [1, 2025], "table number, year")
    g.skip("1\tДогляд вдома", [1, 2, 3, 4, 5, 6], "table row numbers; section numbers 1.–5.")
    g.skip("кожна третя з них – внутрішньо переміщена особа", [], "ratio in words («кожна третя»), not a count")
    g.skip("віком понад 80 років", [80], "age")
    g.skip("видано 1 240 продуктових наборів і 36 т дров", [1240, 36], "items handed out")
    g.skip("(вакантні 7,5 посади)", [7.5], "vacancies (no §3 id); literal in a check")
    g.skip("14 осіб очікують на призначення послуги догляду вдома", [14], "waiting list (no §3 id)")
    g.skip("з 17.02.2025 працює в укритті на 30 місць", [17, 2, 2025, 30], "date and capacity")
    g.skip("Виконавець: відділ соціальних послуг, тел. (05743) 0-21-19", [5743, 2119], "phone")
    g.skip("Із 212 отримувачів догляду вдома", [212], "repeat of the home-care row as the base of the categories (already a fact)")
    g.skip("на І квартал 2025 року", [2025], "year")
    g.note("the note is written by the УСЗН about the services of the hromada's ЦНСП: meta centre is the УСЗН (the author), meta_alt accepts the ЦНСП")
    g.note("table: every cell is a fact quoted by its row; the IDP cells hang on the IDP total, which hangs on the recipients total")
    g.note("1 191 is written twice (table total and prose) and 486 twice (table row and prose): two facts each")
    g.note("«Укомплектованість штату – 88,4 %» is a standalone percentage → share with label; 64,5 positions is a fractional value")
    g.note("quarter approval (3 602,0) and the annual one (14 812,4) are two budget_approved facts told apart by label; no KEKV written for them")
    return g


if __name__ == "__main__":
    build(report_path(DOC))
    gold().write()
