"""b35_06: external quality assessment of home care provided in 2023 by the ТЦСО of Помічнянська міська рада,
written by the council's відділ соціального захисту населення — DOCX, third person, a survey table with counts and
percentages, ratings by criterion in prose."""
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, read_text, fix_docx_props, freeze_zip

DOC = "b35_06_pomichna_tcso_external2023.docx"

SURVEY = [
    ("1", "Соціальний робітник дотримується погодженого графіка відвідувань", "35", "94,6", 35, 94.6),
    ("2", "Соціальний робітник ввічливий, поважає гідність отримувача", "37", "100", 37, 100),
    ("3", "Отримувача залучали до складання індивідуального плану", "29", "78,4", 29, 78.4),
    ("4", "Послуга допомагає зберігати самостійність у побуті", "31", "83,5", 31, 83.5),
    ("5", "Отримувач задоволений якістю послуги загалом", "34", "91,9", 34, 91.9),
]

P = [
    ("c", "ВИКОНАВЧИЙ КОМІТЕТ ПОМІЧНЯНСЬКОЇ МІСЬКОЇ РАДИ"),
    ("c", "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ"),
    ("c", "28754, м. Помічна, вул. Перемоги, 37, тел. (05238) 0-26-91"),
    ("cb", "ЗВІТ про проведення зовнішньої оцінки якості соціальної послуги догляду вдома, наданої територіальним "
           "центром соціального обслуговування (надання соціальних послуг) Помічнянської міської ради у 2023 році"),
    ("", "Зовнішню оцінку здійснено комісією відділу соціального захисту населення у складі 4 осіб відповідно до "
         "розпорядження міського голови від 12.03.2024 № 47-р у період з 18 по 29 березня 2024 року. Надавач послуги: "
         "територіальний центр соціального обслуговування (надання соціальних послуг) Помічнянської міської ради, "
         "код ЄДРПОУ 38916402."),
    ("", "Протягом 2023 року послугу догляду вдома отримали 226 осіб, у тому числі 49 осіб, взятих на обслуговування "
         "у звітному році. Знято з обслуговування 39 осіб: у зв'язку зі смертю – 24, у зв'язку з переїздом до родичів – 9, "
         "за власним бажанням – 6. Станом на 31.12.2023 послугу отримували 187 осіб, з них безоплатно – 112, "
         "з установленням диференційованої плати – 75 (тариф – 68,20 грн за годину)."),
    ("", "Послугу надають 41 соціальний робітник, хоча штатним розписом передбачено 44 посади соціальних робітників; "
         "у середньому на одного працівника припадає 4,6 отримувача. Комісія перевірила 40 особових справ із 226 "
         "(17,7 %); у 6 справах виявлено недоліки в оформленні індивідуальних планів."),
    ("", "Анкетування проведено серед 37 отримувачів послуги, яких обрано випадковим чином (кожного шостого зі списку). "
         "Результати наведено в таблиці."),
    ("TABLE", None),
    ("", "За критеріями своєчасності та професійності якість послуги оцінено як «добре», за критерієм адресності та "
         "індивідуального підходу – «задовільно» (частину індивідуальних планів не переглядали понад 6 місяців). "
         "Скарг на якість послуги протягом 2023 року до відділу не надходило."),
    ("", "Загальна оцінка якості соціальної послуги догляду вдома – «добре»."),
    ("", "Пропозиції надавачу: до 30.06.2024 забезпечити перегляд індивідуальних планів усіх отримувачів; укомплектувати "
         "3 вакантні посади соціальних робітників."),
    ("", "Голова комісії                         (підпис)             05.04.2024"),
]


def build(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for kind, text in P:
        if kind == "TABLE":
            t = d.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["№", "Твердження анкети", "Кількість відповідей «так»", "%"]):
                c.text = h
            for no, q, k, pc, *_ in SURVEY:
                r = t.add_row().cells
                r[0].text, r[1].text, r[2].text, r[3].text = no, q, k, pc
            continue
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind == "cb":
            run.bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if kind.startswith("c") else WD_ALIGN_PARAGRAPH.JUSTIFY
    fix_docx_props(d, author="ВСЗН")
    d.save(path)
    freeze_zip(path, when=(2024, 4, 5, 10, 0, 0))


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Помічнянської міської ради",
        "centre_type": "tcso",
        "settlement": "Помічна",
        "report_kind": "external_assessment",
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
    })
    f = g.f
    hc = "home_care"
    tot = f("served", "persons", 226, "Протягом 2023 року послугу догляду вдома отримали 226 осіб", service=hc)
    new = f("served", "persons", 49, "у тому числі 49 осіб, взятих на обслуговування у звітному році", service=hc,
            alt=["registered_new", "support_started"], parent=tot)
    de = f("deregistered", "persons", 39, "Знято з обслуговування 39 осіб", service=hc)
    gd = "deregistered_39_by_reason"
    d1 = f("deregistered", "persons", 24, "у зв'язку зі смертю – 24", service=hc, label="у зв'язку зі смертю", group=gd, parent=de)
    d2 = f("deregistered", "persons", 9, "у зв'язку з переїздом до родичів – 9", service=hc, label="переїзд до родичів",
           group=gd, parent=de)
    d3 = f("deregistered", "persons", 6, "за власним бажанням – 6", service=hc, label="за власним бажанням", group=gd, parent=de)
    end = f("served", "persons", 187, "Станом на 31.12.2023 послугу отримували 187 осіб", service=hc, alt=["support_ongoing"],
            label="станом на 31.12.2023")
    gp = "served_187_by_payment"
    fr = f("served", "persons", 112, "з них безоплатно – 112", service=hc, label="безоплатно", group=gp, parent=end)
    pd = f("served", "persons", 75, "з установленням диференційованої плати – 75", service=hc,
           label="з установленням диференційованої плати", group=gp, parent=end)
    sa = f("staff_actual", "staff", 41, "Послугу надають 41 соціальний робітник", label="соціальні робітники")
    sp = f("staff_positions", "positions", 44, "штатним розписом передбачено 44 посади соціальних робітників",
           label="соціальні робітники")
    sr = f("survey_respondents", "recipients", 37, "Анкетування проведено серед 37 отримувачів послуги", service=hc,
           unit_alt="persons")
    rows = []
    for no, q, k, pc, kv, pv in SURVEY:
        rows.append(f("survey_respondents", "persons", kv, f"{no}\t{q}\t{k}\t{pc}", percent=pv, service=hc,
                      label=f"відповіли «так»: {q}", parent=sr))
    rt = f("rating", "rating", "good", "За критеріями своєчасності та професійності якість послуги оцінено як «добре»",
           service=hc, criterion="timeliness")
    rp = f("rating", "rating", "good", "За критеріями своєчасності та професійності якість послуги оцінено як «добре»",
           service=hc, criterion="professionalism")
    f("rating", "rating", "satisfactory", "за критерієм адресності та індивідуального підходу – «задовільно»",
      service=hc, criterion="targeting")
    f("complaints", "complaints", 0, "Скарг на якість послуги протягом 2023 року до відділу не надходило.", service=hc)
    f("rating", "rating", "good", "Загальна оцінка якості соціальної послуги догляду вдома – «добре».", service=hc,
      criterion="overall")

    r4 = rows[3]
    q4 = "4\tПослуга допомагає зберігати самостійність у побуті\t31\t83,5"
    g.slip("percent_mismatch", "error", q4, 83.5, 83.8, [r4, sr],
           "31 of the 37 respondents is 83,8 %, the table says 83,5 %.", f"pct_ok(p{r4[1:]}, {r4}, {sr}, 1)")
    g.slip("percent_impossible", "error", q4, 83.5, "30/37 = 81,1 % or 31/37 = 83,8 %", [r4, sr],
           "no whole number of the 37 respondents gives 83,5 % (30 → 81,1 %, 31 → 83,8 %): the percentage is impossible "
           "whatever the count.", f"grim_ok(p{r4[1:]}, {sr}, 1)")
    for k in (0, 1, 2, 4):
        r = rows[k]
        no, q, kk, pc, *_ = SURVEY[k]
        g.check("percent_mismatch", f"{no}\t{q}\t{kk}\t{pc}", f"{kk}/37 → {pc} %", f"pct_ok(p{r[1:]}, {r}, {sr}, 0 if p{r[1:]} == 100 else 1)")
    g.check("parts_sum", "Протягом 2023 року послугу догляду вдома отримали 226 осіб",
            "226 served − 39 removed = 187 at the year end; 49 new ≤ 226", f"{tot} - {de} == {end} and {new} <= {tot}")
    g.check("parts_sum", "Знято з обслуговування 39 осіб", "24 + 9 + 6 = 39", f"{d1} + {d2} + {d3} == {de}")
    g.check("parts_sum", "з них безоплатно – 112", "112 + 75 = 187", f"{fr} + {pd} == {end}")
    g.check("parts_sum", "укомплектувати 3 вакантні посади соціальних робітників", "41 working + 3 vacancies = 44 positions",
            f"{sa} + 3 == {sp}")
    g.check("percent_mismatch", "Комісія перевірила 40 особових справ із 226 (17,7 %)", "40/226 = 17,70 % (case files; "
            "literals, no §3 id)", f"pct_ok(17.7, 40, {tot}, 1)")

    g.skip("28754, м. Помічна, вул. Перемоги, 37, тел. (05238) 0-26-91", [28754, 37, 5238, 2691], "postcode, address, phone")
    g.skip("Помічнянської міської ради у 2023 році", [2023], "year in the title")
    g.skip("комісією відділу соціального захисту населення у складі 4 осіб", [4], "commission size")
    g.skip("розпорядження міського голови від 12.03.2024 № 47-р у період з 18 по 29 березня 2024 року",
           [12, 3, 2024, 47, 18, 29, 2024], "order date and number, assessment dates")
    g.skip("код ЄДРПОУ 38916402", [38916402], "ЄДРПОУ")
    g.skip("Станом на 31.12.2023", [31, 12, 2023], "date")
    g.skip("(тариф – 68,20 грн за годину)", [68.2], "tariff")
    g.skip("у середньому на одного працівника припадає 4,6 отримувача", [4.6], "ratio (187 / 41)")
    g.skip("Комісія перевірила 40 особових справ із 226 (17,7 %); у 6 справах виявлено недоліки", [40, 226, 17.7, 6],
           "case files examined and faults found (method, no §3 id); 226 repeats the served figure")
    g.skip("(кожного шостого зі списку)", [6], "sampling step")
    g.skip("1\tСоціальний робітник дотримується", [1, 2, 3, 4, 5], "row numbers")
    g.skip("понад 6 місяців", [6], "duration")
    g.skip("до 30.06.2024 забезпечити перегляд", [30, 6, 2024], "deadline")
    g.skip("укомплектувати 3 вакантні посади соціальних робітників", [3], "vacancies (literal in a check)")
    g.skip("05.04.2024", [5, 4, 2024], "signature date")
    g.note("the assessment is written by the council's відділ соціального захисту населення; meta names the provider "
           "assessed (the ТЦСО), as for other external assessments. The oblast is not stated → omitted")
    g.note("survey table: each row's count of «так» answers → survey_respondents (persons) with the row's percentage as "
           "percent and a label, hung on the 37 respondents; the percentages are written next to counts, so they are "
           "not separate share rows")
    g.note("one slip recorded as two findings (same slip id): 83,5 % is both wrong for 31/37 and unreachable with 37")
    g.note("«За критеріями своєчасності та професійності … «добре»» → two rating facts (timeliness, professionalism) on one quote")
    g.note("«Станом на 31.12.2023 послугу отримували 187 осіб» → served with a label (alt support_ongoing); 226 − 39 = 187")
    return g


if __name__ == "__main__":
    p = report_path(DOC)
    build(p)
    if "--show" in sys.argv:
        print(read_text(p).replace("\t", "<T>"))
    gold().write()
