"""b22_04: звіт про виконання міської програми «Турбота» за 2024 рік (Могилів-Подільський, Вінницька), DOCX.

A NEW style: an annex to a council decision reporting on the execution of a municipal
social-protection programme. A table of measures with «передбачено» / «фактично» / «% виконання»
in тис. грн and in persons, then explanations by measure. Planned figures and execution
percentages are skipped (targets); the actuals are facts.
Planned slip: table_arithmetic – the «фактично» column sums to 5 206,8 тис. грн, «Разом» says 5 216,8
(the prose repeats 5 216,8 and its 96,3 %).
"""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b22_04_mohyliv_podilskyi_uszn_programme2024.docx"

ROWS = [  # №, measure, plan, fact, %, persons plan, persons fact
    ("1", "Надання одноразової матеріальної допомоги мешканцям громади, які опинилися у складних життєвих обставинах",
     "1 800,0", "1 742,5", "96,8", "900", "1 046"),
    ("2", "Матеріальна допомога на лікування онкологічно хворим мешканцям громади", "600,0", "588,0", "98,0", "120", "98"),
    ("3", "Забезпечення отримувачів послуги догляду вдома засобами гігієни та реабілітації (КУ «ЦНСП»)",
     "250,0", "247,6", "99,0", "350", "362"),
    ("4", "Придбання продуктових наборів для внутрішньо переміщених осіб та малозабезпечених сімей",
     "400,0", "396,2", "99,1", "700", "742"),
    ("5", "Компенсація перевізникам за пільговий проїзд окремих категорій громадян", "2 100,0", "1 969,3", "93,8", "–", "–"),
    ("6", "Проведення заходів до Міжнародного дня людей похилого віку та Міжнародного дня осіб з інвалідністю",
     "150,0", "144,8", "96,5", "600", "640"),
    ("7", "Оплата послуги «соціальне таксі» для осіб з інвалідністю, які пересуваються на кріслах колісних",
     "120,0", "118,4", "98,7", "60", "71"),
]
TOTAL = ("Разом", "5 420,0", "5 216,8", "96,3", "×", "×")

INTRO = [
    "Програму затверджено рішенням 9 сесії міської ради 8 скликання від 23.12.2021 № 417. Відповідальний виконавець – "
    "управління соціального захисту населення Могилів-Подільської міської ради (далі – Управління), співвиконавці – "
    "КУ «Центр надання соціальних послуг» та Центр соціальних служб Могилів-Подільської міської ради. Чисельність "
    "населення громади – 48,9 тис. осіб, у тому числі 6 840 внутрішньо переміщених осіб.",
    "Загалом на виконання заходів Програми у 2024 році з бюджету громади передбачено 5 420,0 тис. грн, фактично "
    "профінансовано 5 216,8 тис. грн, що становить 96,3 % від передбаченого обсягу. Інформацію про виконання заходів "
    "наведено в таблиці.",
]
EXPL = [
    "За пунктом 1 Управлінням прийнято 1 318 заяв про надання одноразової матеріальної допомоги; за рішеннями комісії "
    "допомогу надано 1 046 особам, відмовлено у 272 випадках. Серед отримувачів – 412 внутрішньо переміщених осіб та "
    "187 членів сімей загиблих (померлих) Захисників і Захисниць України. Розмір допомоги – від 1 000 до 10 000 грн. "
    "Перевищення планової кількості отримувачів пояснюється меншим середнім розміром допомоги.",
    "За пунктом 3 КУ «ЦНСП» придбано 1 240 упаковок засобів гігієни та 36 засобів реабілітації, якими забезпечено 362 "
    "отримувачів послуги догляду вдома.",
    "За пунктом 5 економія (130,7 тис. грн) утворилася через зменшення кількості рейсів у зимовий період.",
    "За пунктом 6 проведено 4 заходи (концерти, святкові обіди), у яких взяли участь 640 осіб; вручено 380 продуктових "
    "наборів.",
    "На 2025 рік Програмою передбачено 5 650,0 тис. грн.",
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for line in ("Додаток", "до рішення 47 сесії Могилів-Подільської міської ради Вінницької області 8 скликання",
                 "від 25.02.2025 № 1283"):
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line, bold in (("ЗВІТ", True),
                       ("про виконання Комплексної програми соціального захисту населення Могилів-Подільської міської "
                        "територіальної громади «Турбота» на 2022–2025 роки за 2024 рік", True)):
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.runs[0].bold = bold
    for x in INTRO:
        d.add_paragraph(x)
    tb = d.add_table(rows=2, cols=7)
    tb.style = "Table Grid"
    h0, h1 = tb.rows[0].cells, tb.rows[1].cells
    a = h0[0].merge(h1[0]); a.text = "№ з/п"
    a = h0[1].merge(h1[1]); a.text = "Зміст заходу"
    a = h0[2].merge(h0[4]); a.text = "Обсяг фінансування, тис. грн"
    a = h0[5].merge(h0[6]); a.text = "Кількість отримувачів, осіб"
    for c, t in zip(h1[2:], ("передбачено", "фактично", "% виконання", "передбачено", "фактично")):
        c.text = t
    for r in ROWS:
        cells = tb.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    cells = tb.add_row().cells
    m = cells[0].merge(cells[1]); m.text = TOTAL[0]
    for c, v in zip(cells[2:], TOTAL[1:]):
        c.text = v
    d.add_paragraph("Пояснення щодо виконання заходів").runs[0].bold = True
    for x in EXPL:
        d.add_paragraph(x)
    d.add_paragraph("Начальник управління соціального захисту населення                    (підпис)")
    d.add_paragraph("Секретар міської ради                    (підпис)")
    fix_docx_props(d, author="УСЗН")
    d.save(path)
    freeze_zip(path)


def money(s):
    return int(round(float(s.replace(" ", "").replace(",", ".")) * 1000))


def num(s):
    return int(s.replace(" ", ""))


def gold():
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Могилів-Подільської міської ради",
        "centre_type": "uszn",
        "settlement": "Могилів-Подільський",
        "oblast": "Вінницька",
        "report_kind": "annual_report",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    }, {"report_kind": ["other"]})
    f = g.f
    tq = "\t".join(TOTAL)
    tot = f("budget_spent", "uah", 5216800, tq, label="Програма «Турбота», разом фактично")
    grp = "programme_spent_by_measure"
    spec = {  # row -> (money alt, label, persons indicator, service, persons alt)
        "1": (["aid_value"], "одноразова матеріальна допомога", "served", None, None),
        "2": (["aid_value"], "матеріальна допомога на лікування онкологічно хворим", "served", None, None),
        "3": (["aid_value"], "засоби гігієни та реабілітації для отримувачів догляду вдома", "served", "home_care", None),
        "4": (["aid_value"], "продуктові набори для ВПО та малозабезпечених сімей", "served", "natural_aid", None),
        "5": (None, "компенсація за пільговий проїзд", None, None, None),
        "6": (None, "заходи до Дня людей похилого віку та Дня осіб з інвалідністю", "event_participants", None, ["served"]),
        "7": (None, "соціальне таксі для осіб з інвалідністю", "served", "social_taxi", None),
    }
    mid, pid = {}, {}
    for r in ROWS:
        q = "\t".join(r)
        malt, lab, pind, svc, palt = spec[r[0]]
        mid[r[0]] = f("budget_spent", "uah", money(r[3]), q, label=lab, alt=malt, group=grp, parent=tot)
        if pind:
            pid[r[0]] = f(pind, "persons", num(r[6]), q, label=lab, service=svc, alt=palt)
    ptot = f("budget_spent", "uah", 5216800, "фактично профінансовано 5 216,8 тис. грн",
             label="Програма «Турбота», фактично профінансовано")
    app = f("applied", "applications", 1318, "Управлінням прийнято 1 318 заяв про надання одноразової матеріальної допомоги")
    s1 = f("served", "persons", 1046, "допомогу надано 1 046 особам", label="одноразова матеріальна допомога", parent=app)
    idp = f("served", "persons", 412, "412 внутрішньо переміщених осіб", category="внутрішньо переміщені особи",
            label="одноразова матеріальна допомога", parent=s1)
    fam = f("served", "persons", 187, "187 членів сімей загиблих (померлих) Захисників і Захисниць України",
            category="члени сімей загиблих (померлих) Захисників і Захисниць України",
            label="одноразова матеріальна допомога", parent=s1)
    hc = f("served", "persons", 362, "якими забезпечено 362", service="home_care",
           label="засоби гігієни та реабілітації для отримувачів догляду вдома")
    sav = f("budget_savings", "uah", 130700, "економія (130,7 тис. грн)", label="компенсація за пільговий проїзд (п. 5)")
    ev = f("events", "events", 4, "За пунктом 6 проведено 4 заходи")
    ep = f("event_participants", "persons", 640, "у яких взяли участь 640 осіб", parent=ev, alt=["served"])

    rows = [mid[r[0]] for r in ROWS]
    g.slip("table_arithmetic", "error", tq, 5216800, 5206800, rows + [tot],
           "the «фактично» column: 1 742,5 + 588,0 + 247,6 + 396,2 + 1 969,3 + 144,8 + 118,4 = 5 206,8 тис. грн, "
           "«Разом» says 5 216,8 (10,0 more); the prose repeats 5 216,8 and 96,3 %",
           " + ".join(rows) + f" == {tot}")
    g.check("table_arithmetic", "1\tНадання одноразової матеріальної допомоги",
            "execution % of each row equals фактично / передбачено (planned amounts as literals)",
            f"pct_ok(96.8, {mid['1']}, 1800000, 1) and pct_ok(98.0, {mid['2']}, 600000, 1) and "
            f"pct_ok(99.0, {mid['3']}, 250000, 1) and pct_ok(99.1, {mid['4']}, 400000, 1) and "
            f"pct_ok(93.8, {mid['5']}, 2100000, 1) and pct_ok(96.5, {mid['6']}, 150000, 1) and "
            f"pct_ok(98.7, {mid['7']}, 120000, 1)")
    g.check("table_arithmetic", tq, "«передбачено» column: 1 800,0 + 600,0 + 250,0 + 400,0 + 2 100,0 + 150,0 + 120,0 = "
            "5 420,0; 96,3 % = 5 216,8 / 5 420,0 (consistent with the wrong total)",
            f"1800 + 600 + 250 + 400 + 2100 + 150 + 120 == 5420 and pct_ok(96.3, {tot}, 5420000, 1)")
    g.check("internal_conflict", "фактично профінансовано 5 216,8 тис. грн", "the prose repeats the table's Разом",
            f"{ptot} == {tot}")
    g.check("table_arithmetic", "економія (130,7 тис. грн)", "п. 5: 2 100,0 − 1 969,3 = 130,7 тис. грн",
            f"2100000 - {mid['5']} == {sav}")
    g.check("parts_sum", "допомогу надано 1 046 особам, відмовлено у 272 випадках",
            "1 046 granted + 272 refused = 1 318 applications", f"{s1} + 272 == {app}")
    g.check("parts_sum", "Серед отримувачів – 412 внутрішньо переміщених осіб та 187 членів сімей",
            "overlapping categories, each ≤ 1 046", f"{idp} <= {s1} and {fam} <= {s1}")
    g.check("internal_conflict", "За пунктом 1 Управлінням прийнято 1 318 заяв",
            "prose repeats the table's persons: 1 046 (п. 1), 362 (п. 3), 640 (п. 6)",
            f"{s1} == {pid['1']} and {hc} == {pid['3']} and {ep} == {pid['6']}")

    g.skip("до рішення 47 сесії Могилів-Подільської міської ради Вінницької області 8 скликання", [47, 8],
           "session and convocation numbers")
    g.skip("від 25.02.2025 № 1283", [25, 2, 2025, 1283], "decision date and number")
    g.skip("«Турбота» на 2022–2025 роки за 2024 рік", [2022, 2025, 2024], "programme years")
    g.skip("рішенням 9 сесії міської ради 8 скликання від 23.12.2021 № 417", [9, 8, 23, 12, 2021, 417],
           "decision approving the programme")
    g.skip("Чисельність населення громади – 48,9 тис. осіб, у тому числі 6 840 внутрішньо переміщених осіб", [48.9, 6840],
           "population")
    g.skip("передбачено 5 420,0 тис. грн", [5420], "planned programme amount (a target); used as a literal")
    g.skip("що становить 96,3 % від передбаченого обсягу", [96.3], "execution percentage (actual / planned); used as a literal")
    g.skip("передбачено\tфактично\t% виконання\tпередбачено\tфактично", [1800, 96.8, 900, 600, 98.0, 120, 250, 99.0, 350, 400, 99.1,
                                                              700, 2100, 93.8, 150, 96.5, 120, 98.7, 60],
           "table columns «передбачено» (тис. грн and persons) and «% виконання» of rows 1–7: targets and execution "
           "percentages, not facts; the money ones are used as literals")
    g.skip("1\tНадання одноразової", [1, 2, 3, 4, 5, 6, 7], "row numbers № з/п 1–7")
    g.skip("відмовлено у 272 випадках", [272], "refusals; no §3 id (used as a literal)")
    g.skip("Розмір допомоги – від 1 000 до 10 000 грн.", [1000, 10000], "aid amount range (a tariff, not a total)")
    g.skip("придбано 1 240 упаковок засобів гігієни та 36 засобів реабілітації", [1240, 36], "items")
    g.skip("За пунктом 1", [1, 3, 5, 6], "measure numbers referred to in the explanations")
    g.skip("вручено 380 продуктових наборів", [380], "food sets (items)")
    g.skip("На 2025 рік Програмою передбачено 5 650,0 тис. грн.", [2025, 5650], "next year's plan")

    g.note("programme execution report: the actuals («фактично») are facts – money as budget_spent (alt aid_value for "
           "aid measures), persons as served (event_participants for the events measure); planned amounts/persons and "
           "«% виконання» are targets and execution rates, skipped and used as literals in the checks")
    g.note("money rows hang on the «Разом фактично» cell (group programme_spent_by_measure); the persons column has "
           "no total (×), so persons rows have no parent")
    g.note("measure 5 (compensation for concessionary travel) has no persons; its savings 130,7 are written in the "
           "explanations → budget_savings")
    g.note("centre: the programme's responsible executor (the Управління) – centre_type uszn; report_kind annual_report, "
           "meta_alt other")
    g.write()


if __name__ == "__main__":
    build(report_path(DOC))
    gold()
