"""b17_06: letter of УСЗН Чортківської міської ради (Тернопільська) to the oblast department summarising the
social services of the hromada's two providers in 2024; DOCX with a provider × service table."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b17_06_chortkiv_uszn_letter2024.docx"

HEAD = ["ЧОРТКІВСЬКА МІСЬКА РАДА", "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ",
        "48500, Тернопільська обл., м. Чортків, вул. Степана Бандери, 25, тел. (03552) 0-21-94, "
        "e-mail: uszn.chortkiv@example.ua, код ЄДРПОУ 43562081"]
REG = "17.01.2025 № 02-14/87                    На № 01-27/44 від 08.01.2025"
ADDR = "Департамент соціального захисту населення Тернопільської обласної військової адміністрації"
SUBJ = "Про надання інформації щодо надання соціальних послуг у 2024 році"
P1 = [
    "На виконання листа Департаменту управління соціального захисту населення Чортківської міської ради надає "
    "узагальнену інформацію про надання соціальних послуг надавачами Чортківської міської територіальної громади "
    "у 2024 році.",
    "У громаді (чисельність населення – 37,9 тис. осіб) соціальні послуги надають комунальна установа «Центр "
    "надання соціальних послуг» Чортківської міської ради (далі – ЦНСП) та громадська організація «Відкриті "
    "серця», з якою укладено договір про соціальне замовлення.",
    "Протягом 2024 року до надавачів надійшло 1 204 звернення щодо отримання соціальних послуг. Визначення "
    "індивідуальних потреб проведено 1 046 особам. Дані про кількість отримувачів за видами послуг наведено "
    "в таблиці.",
]
CAP = "Кількість отримувачів соціальних послуг у 2024 році, осіб"
TABLE = [
    ["Соціальна послуга", "ЦНСП", "ГО «Відкриті серця»", "Всього"],
    ["Інформування", "538", "64", "602"],
    ["Консультування", "471", "112", "583"],
    ["Догляд вдома", "263", "–", "263"],
    ["Денний догляд", "41", "18", "62"],
    ["Соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах", "58", "–", "58"],
    ["Натуральна допомога", "307", "95", "402"],
    ["Тимчасовий відпочинок для батьків або осіб, які їх замінюють, що здійснюють догляд за дітьми з "
     "інвалідністю", "–", "12", "12"],
    ["Разом", "1 678", "301", "1 982"],
]
P2 = [
    "Штатна чисельність ЦНСП – 64 посади, фактично працює 59 працівників. У 2024 році ЦНСП проведено внутрішній "
    "моніторинг якості трьох соціальних послуг – догляду вдома, денного догляду та соціального супроводу сімей у "
    "СЖО; якість усіх трьох послуг оцінено як «добре».",
    "На утримання ЦНСП з бюджету громади у 2024 році затверджено 18 530,0 тис. грн, касові видатки становили "
    "18 462,7 тис. грн (99,6 %). Від надання платних послуг ЦНСП отримав 96,8 тис. грн. На закупівлю послуги "
    "тимчасового відпочинку у ГО «Відкриті серця» (соціальне замовлення) спрямовано 240,0 тис. грн.",
    "Протягом року до управління надійшла 1 скарга щодо якості послуги догляду вдома; її розглянуто, факти "
    "частково підтвердилися, вжито заходів.",
    "Потреба громади у послузі денного догляду залишається незадоволеною: на черзі перебувають 14 осіб. У 2025 "
    "році планується відкрити відділення підтриманого проживання на 8 місць.",
    "Додаток: на 1 арк.",
    "Начальник управління                                        (підпис)",
    "Виконавець: відділ соціальних послуг, тел. (03552) 0-21-97",
]


def build():
    doc = Document()
    fix_docx_props(doc)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for i, line in enumerate(HEAD):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold = i < 2
        if i == 2:
            r.font.size = Pt(10)
    doc.add_paragraph(REG)
    p = doc.add_paragraph(ADDR)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph().add_run(SUBJ).italic = True
    for s in P1:
        doc.add_paragraph(s).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(CAP).bold = True
    t = doc.add_table(rows=len(TABLE), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    for s in P2:
        doc.add_paragraph(s).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    path = report_path(DOC)
    doc.save(path)
    freeze_zip(path, when=(2025, 1, 17, 11, 20, 0))


def gold():
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Чортківської міської ради",
        "centre_type": "uszn", "settlement": "Чортків", "oblast": "Тернопільська",
        "report_kind": "other", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, {"report_kind": ["period_report", "annual_report"]})
    F = g.f
    ap = F("applied", "applications", 1204, "до надавачів надійшло 1 204 звернення щодо отримання соціальних послуг")
    na = F("needs_assessed", "persons", 1046, "Визначення індивідуальних потреб проведено 1 046 особам")
    SVC = ["informing", "counselling", "home_care", "day_care", "social_support_sjo", "natural_aid",
           "respite_care_children_disabled"]
    P1, P2 = "ЦНСП", "ГО «Відкриті серця»"
    RQ = "Разом\t1 678\t301\t1 982"
    t1 = F("served", "persons", 1678, RQ, district=P1, label="Разом")
    t2 = F("served", "persons", 301, RQ, district=P2, label="Разом")
    t3 = F("served", "persons", 1982, RQ, label="Разом – Всього")
    c1, c2, c3 = {}, {}, {}
    for row, sid in zip(TABLE[1:-1], SVC):
        q = "\t".join(row)
        for col, store, tot, grp, dist in [(1, c1, t1, "cnsp_by_service", P1), (2, c2, t2, "ngo_by_service", P2),
                                           (3, c3, t3, "total_by_service", None)]:
            if row[col] != "–":
                store[sid] = F("served", "persons", int(row[col].replace(" ", "")), q, service=sid, district=dist,
                               group=grp, parent=tot)
    pos = F("staff_positions", "positions", 64, "Штатна чисельність ЦНСП – 64 посади", label="ЦНСП")
    act = F("staff_actual", "staff", 59, "фактично працює 59 працівників", label="ЦНСП")
    RT = "якість усіх трьох послуг оцінено як «добре»"
    for sid in ("home_care", "day_care", "social_support_sjo"):
        F("rating", "rating", "good", RT, service=sid, criterion="overall", label="внутрішній моніторинг ЦНСП")
    ba = F("budget_approved", "uah", 18530000, "затверджено 18 530,0 тис. грн", label="утримання ЦНСП")
    bs = F("budget_spent", "uah", 18462700, "касові видатки становили 18 462,7 тис. грн (99,6 %)", percent=99.6,
           label="утримання ЦНСП")
    F("budget_received", "uah", 96800, "Від надання платних послуг ЦНСП отримав 96,8 тис. грн", label="платні послуги ЦНСП")
    F("budget_spent", "uah", 240000, "(соціальне замовлення) спрямовано 240,0 тис. грн",
      service="respite_care_children_disabled", label="соціальне замовлення у ГО «Відкриті серця»")
    F("complaints", "complaints", 1, "до управління надійшла 1 скарга щодо якості послуги догляду вдома",
      service="home_care")

    DQ = "Денний догляд\t41\t18\t62"
    g.slip("table_arithmetic", "error", DQ, 62, 59, [c1["day_care"], c2["day_care"], c3["day_care"]],
           "row «Денний догляд»: ЦНСП 41 + ГО 18 = 59, column Всього says 62. Every other row adds up across.",
           f"{c1['day_care']} + {c2['day_care']} == {c3['day_care']}")
    g.slip("table_arithmetic", "error", RQ, 1982, 1979, [t1, t2, t3],
           "row «Разом»: 1 678 + 301 = 1 979, Всього says 1 982. The Всього column does sum to 1 982 (it carries "
           "the 62 of the Денний догляд row), so this is the same slip seen from the total row: one planted slip, "
           "two findings.", f"{t1} + {t2} == {t3}")
    g.check("table_arithmetic", RQ, "ЦНСП 538 + 471 + 263 + 41 + 58 + 307 = 1 678; ГО 64 + 112 + 18 + 95 + 12 = 301; "
            "Всього column 602 + 583 + 263 + 62 + 58 + 402 + 12 = 1 982",
            f"S({', '.join(c1.values())}) == {t1} and S({', '.join(c2.values())}) == {t2} and "
            f"S({', '.join(c3.values())}) == {t3}")
    rows_ok = [sid for sid in SVC if sid != "day_care"]
    g.check("table_arithmetic", "Інформування\t538\t64\t602",
            "rows other than Денний догляд: ЦНСП + ГО = Всього (a dash counts as 0)",
            " and ".join(f"{c1.get(sid, '0')} + {c2.get(sid, '0')} == {c3[sid]}" for sid in rows_ok))
    g.check("parts_sum", "Визначення індивідуальних потреб проведено 1 046 особам", "1 046 assessed ≤ 1 204 applications",
            f"{na} <= {ap}")
    g.check("parts_sum", "фактично працює 59 працівників", "59 ≤ 64 positions", f"{act} <= {pos}")
    g.check("percent_mismatch", "касові видатки становили 18 462,7 тис. грн (99,6 %)",
            "18 462,7 / 18 530,0 = 99.64 % → 99,6", f"pct({bs}, {ba}, 99.6, 1)")

    g.skip("48500, Тернопільська обл., м. Чортків, вул. Степана Бандери, 25, тел. (03552) 0-21-94", [48500, 25, 3552],
           "postcode, address, phone")
    g.skip("код ЄДРПОУ 43562081", [43562081], "ЄДРПОУ code")
    g.skip("17.01.2025 № 02-14/87 На № 01-27/44 від 08.01.2025", [17, 1, 2025, 2, 14, 87, 1, 27, 44, 8],
           "registration numbers and dates of the letter and of the request")
    g.skip("(чисельність населення – 37,9 тис. осіб)", [37900], "population")
    g.skip("трьох соціальних послуг", [3], "number of services assessed, a word")
    g.skip("на черзі перебувають 14 осіб", [14], "waiting list; no §3 id")
    g.skip("У 2025 році планується відкрити відділення підтриманого проживання на 8 місць.", [2025, 8], "plan, capacity")
    g.skip("Додаток: на 1 арк.", [1], "annex page count")
    g.skip("тел. (03552) 0-21-97", [3552], "phone")
    g.note("centre is the author of the letter, the УСЗН (centre_type uszn); report_kind other (an information letter "
           "on the year), period_report / annual_report accepted")
    g.note("table cells → served (persons, as the caption says «осіб») with the service of the row; the provider "
           "column goes to district; each column is one group hanging on its Разом cell; «–» cells give no fact")
    g.note("one slip (Денний догляд Всього 62 instead of 59) shows twice: in its row and in the Разом row "
           "(1 678 + 301 ≠ 1 982); both findings are listed")
    g.note("staff and budget figures are the ЦНСП's (label), not the УСЗН's; the three «добре» ratings are one "
           "sentence → three rating facts, one per service, criterion overall")
    g.note("99,6 % written next to the cash expenditure → that fact's percent (of the approved amount)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
