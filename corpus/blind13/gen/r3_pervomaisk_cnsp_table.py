"""b13_03: КУ «Центр надання соціальних послуг» Первомайської міської ради (Миколаївська), 9 months 2024.

DOCX whose body is one two-column table «Показник | Значення», with section rows merged across
both columns («1. Загальні відомості» …), money in тис. грн written «16 214,8».
Planted slip: «у т.ч. догляд вдома – 268 (23,1 %)» of 1 214 recipients is 22,1 %.
"""
import docx
from docx.shared import Pt

from common import Gold, report_path, save_docx

NAME = "b13_03_pervomaisk_cnsp_9m2024.docx"

ROWS = [
    ("H", "1. Загальні відомості"),
    ("Дата складання звіту", "07.10.2024"),
    ("Звітний період", "9 місяців 2024 року"),
    ("Чисельність населення громади, осіб", "58 314"),
    ("Кількість звернень (заяв) про надання соціальних послуг", "386"),
    ("з них задоволено", "371"),
    ("H", "2. Отримувачі соціальних послуг"),
    ("Кількість отримувачів соціальних послуг (осіб), усього", "1 214"),
    ("у т.ч. догляд вдома", "268 (23,1 %)"),
    ("денний догляд", "57 (4,7 %)"),
    ("консультування", "642"),
    ("соціальний супровід сімей (осіб) у СЖО", "74"),
    ("натуральна допомога", "173"),
    ("з них внутрішньо переміщених осіб", "203"),
    ("Кількість наданих соціальних послуг, од.", "18 406"),
    ("у т.ч. послуг догляду вдома", "11 732"),
    ("послуг консультування", "3 905"),
    ("Кількість отримувачів з інвалідністю, осіб", "318"),
    ("H", "3. Соціальний супровід сімей у складних життєвих обставинах"),
    ("Надійшло повідомлень про сім'ї, які можуть перебувати у СЖО", "47"),
    ("Проведено оцінку потреб, сімей", "45"),
    ("Перебувало під соціальним супроводом, сімей", "71"),
    ("Взято під соціальний супровід, сімей", "29"),
    ("Завершено соціальний супровід, сімей", "33"),
    ("з них з позитивним результатом", "27 (81,8 %)"),
    ("Продовжується супровід на кінець періоду, сімей", "38"),
    ("Середня тривалість супроводу, місяців", "5,4"),
    ("H", "4. Групові заходи та оцінка якості"),
    ("Проведено групових заходів", "41"),
    ("Кількість учасників групових заходів, осіб", "622"),
    ("Опитано отримувачів (анкетування), осіб", "96"),
    ("Частка задоволених якістю послуг, %", "93,8"),
    ("Кількість скарг", "не надходило"),
    ("H", "5. Кадрове забезпечення"),
    ("Штатна чисельність, посад", "64,5"),
    ("Фактично зайнято, осіб", "59"),
    ("з них фахівців із соціальної роботи", "11"),
    ("Пройшли підвищення кваліфікації, осіб", "23"),
    ("H", "6. Фінансування (тис. грн)"),
    ("Затверджено кошторисом на 9 місяців (загальний фонд)", "16 214,8"),
    ("Касові видатки за 9 місяців", "15 872,1"),
    ("з них оплата праці і нарахування на заробітну плату (КЕКВ 2100)", "13 905,6"),
    ("Економія", "342,7"),
    ("Надійшло коштів за платні соціальні послуги (спеціальний фонд)", "388,9"),
    ("Очікувана потреба на IV квартал", "6 120,0"),
]


def build():
    doc = docx.Document()
    for txt, bold in [("ПЕРВОМАЙСЬКА МІСЬКА РАДА МИКОЛАЇВСЬКОЇ ОБЛАСТІ", True),
                      ("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»", True),
                      ("55213, м. Первомайськ, вул. Грушевського, 14; тел. (05161) 0-44-02", False),
                      ("Основні показники діяльності КУ «ЦНСП» за 9 місяців 2024 року", True)]:
        p = doc.add_paragraph()
        r = p.add_run(txt)
        r.bold = bold
        r.font.size = Pt(12)
        p.alignment = 1
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Показник"
    t.rows[0].cells[1].text = "Значення"
    for a, b in ROWS:
        c = t.add_row().cells
        if a == "H":
            c[0].text = b
            c[0].merge(c[1])
            c[0].paragraphs[0].runs[0].bold = True
        else:
            c[0].text = a
            c[1].text = b
    p = doc.add_paragraph("Примітка: дані наведено наростаючим підсумком з 01.01.2024 по 30.09.2024.")
    p = doc.add_paragraph("Директор КУ «ЦНСП»")
    save_docx(doc, report_path(NAME), when=(2024, 10, 7, 10, 0, 0))


def main():
    build()
    g = Gold(NAME, {
        "centre": "Комунальна установа «Центр надання соціальних послуг» Первомайської міської ради",
        "centre_type": "cnsp",
        "settlement": "Первомайськ",
        "oblast": "Миколаївська",
        "report_kind": "period_report",
        "period_start": "2024-01-01",
        "period_end": "2024-09-30",
        "published": "2024-10-07",
    }, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг»",
                            "Центр надання соціальних послуг Первомайської міської ради"]})

    def q(label):
        for a, b in ROWS:
            if a == label:
                return f"{a}\t{b}"
        raise KeyError(label)

    g.f("applied", "applications", 386, q("Кількість звернень (заяв) про надання соціальних послуг"))
    tot = g.f("served", "persons", 1214, q("Кількість отримувачів соціальних послуг (осіб), усього"))
    grp = "served_1214_by_service"
    hc = g.f("served", "persons", 268, q("у т.ч. догляд вдома"), percent=23.1, service="home_care",
             group=grp, parent=tot)
    dc = g.f("served", "persons", 57, q("денний догляд"), percent=4.7, service="day_care", group=grp,
             parent=tot)
    g.f("served", "persons", 642, q("консультування"), service="counselling", group=grp, parent=tot)
    g.f("served", "persons", 74, q("соціальний супровід сімей (осіб) у СЖО"), service="social_support_sjo",
        group=grp, parent=tot, unit_alt="families_persons")
    g.f("served", "persons", 173, q("натуральна допомога"), service="natural_aid", group=grp, parent=tot)
    g.f("served", "persons", 203, q("з них внутрішньо переміщених осіб"),
        category="внутрішньо переміщені особи", parent=tot)
    g.f("notified", "families", 47, q("Надійшло повідомлень про сім'ї, які можуть перебувати у СЖО"))
    g.f("needs_assessed", "families", 45, q("Проведено оцінку потреб, сімей"))
    ss = g.f("served", "families", 71, q("Перебувало під соціальним супроводом, сімей"),
             service="social_support_sjo", alt=["support_ongoing"])
    sp18 = g.f("services_provided", "services", 18406, q("Кількість наданих соціальних послуг, од."))
    g.f("services_provided", "services", 11732, q("у т.ч. послуг догляду вдома"), service="home_care",
        parent=sp18)
    g.f("services_provided", "services", 3905, q("послуг консультування"), service="counselling", parent=sp18)
    g.f("served", "persons", 318, q("Кількість отримувачів з інвалідністю, осіб"),
        category="особи з інвалідністю", parent=tot)
    g.f("support_started", "families", 29, q("Взято під соціальний супровід, сімей"),
        service="social_support_sjo")
    sc = g.f("support_completed", "families", 33, q("Завершено соціальний супровід, сімей"),
             service="social_support_sjo")
    g.f("outcome_positive", "families", 27, q("з них з позитивним результатом"), percent=81.8,
        service="social_support_sjo", parent=sc)
    g.f("support_ongoing", "families", 38, q("Продовжується супровід на кінець періоду, сімей"),
        service="social_support_sjo")
    ev = g.f("events", "events", 41, q("Проведено групових заходів"))
    g.f("event_participants", "persons", 622, q("Кількість учасників групових заходів, осіб"), parent=ev)
    g.f("survey_respondents", "persons", 96, q("Опитано отримувачів (анкетування), осіб"),
        unit_alt="recipients")
    g.f("satisfaction", "percent", 93.8, q("Частка задоволених якістю послуг, %"))
    g.f("complaints", "complaints", 0, q("Кількість скарг"))
    sp = g.f("staff_positions", "positions", 64.5, q("Штатна чисельність, посад"))
    sa = g.f("staff_actual", "staff", 59, q("Фактично зайнято, осіб"))
    g.f("staff_actual", "staff", 11, q("з них фахівців із соціальної роботи"),
        label="фахівці із соціальної роботи", parent=sa)
    g.f("staff_trained", "staff", 23, q("Пройшли підвищення кваліфікації, осіб"))
    ap = g.f("budget_approved", "uah", 16214800, q("Затверджено кошторисом на 9 місяців (загальний фонд)"))
    bs = g.f("budget_spent", "uah", 15872100, q("Касові видатки за 9 місяців"))
    g.f("budget_spent", "uah", 13905600,
        q("з них оплата праці і нарахування на заробітну плату (КЕКВ 2100)"), kekv="2100", parent=bs)
    g.f("budget_savings", "uah", 342700, q("Економія"))
    g.f("budget_received", "uah", 388900, q("Надійшло коштів за платні соціальні послуги (спеціальний фонд)"),
        label="платні соціальні послуги")

    g.slip("percent_mismatch", "error", q("у т.ч. догляд вдома"), 23.1, 22.1, [hc, tot],
           "268 of 1 214 recipients = 22.08 % → 22,1 %, written 23,1 %")
    g.check("parts_sum", q("Кількість отримувачів соціальних послуг (осіб), усього"),
            "268 + 57 + 642 + 74 + 173 = 1 214")
    g.check("percent_mismatch", q("денний догляд"), "57 / 1 214 = 4.70 % → 4,7")
    g.check("percent_mismatch", q("з них з позитивним результатом"), "27 / 33 = 81.82 % → 81,8")
    g.check("percent_impossible", q("Частка задоволених якістю послуг, %"),
            "93,8 % of 96 respondents: 90 / 96 = 93.75 → 93,8 (round-half-up) is possible")
    g.check("parts_sum", q("Перебувало під соціальним супроводом, сімей"),
            "71 under support = 33 completed + 38 continuing; 29 taken ≤ 71")
    g.check("parts_sum", q("з них внутрішньо переміщених осіб"), "203 ≤ 1 214 (overlapping subset, not in the partition)")
    g.check("parts_sum", q("у т.ч. послуг догляду вдома"),
            "11 732 + 3 905 = 15 637 ≤ 18 406 (the «у т.ч.» list names two kinds only, not a full partition)")
    g.check("table_arithmetic", q("Економія"), "16 214,8 − 15 872,1 = 342,7")
    g.check("parts_sum", q("з них оплата праці і нарахування на заробітну плату (КЕКВ 2100)"),
            "13 905,6 ≤ 15 872,1")
    g.check("parts_sum", q("з них фахівців із соціальної роботи"), "11 ≤ 59 ≤ 64,5")

    g.skip(q("Дата складання звіту"), [7, 10, 2024], "compile date (taken as published)")
    g.skip(q("Звітний період"), [9, 2024], "period label")
    g.skip(q("Чисельність населення громади, осіб"), [58314], "population")
    g.skip(q("з них задоволено"), [371], "applications granted; no §3 id")
    g.skip(q("Середня тривалість супроводу, місяців"), [5.4], "duration")
    g.skip(q("Очікувана потреба на IV квартал"), [6120000], "expected need for the next quarter (a plan)")
    g.skip("55213, м. Первомайськ, вул. Грушевського, 14; тел. (05161) 0-44-02", [55213, 14, 5161],
           "postcode, address, phone")
    g.skip("Примітка: дані наведено наростаючим підсумком з 01.01.2024 по 30.09.2024.",
           [1, 2024, 30, 9], "period dates")
    g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6], "section numbers of merged heading rows")
    g.note("each «Показник\\tЗначення» row is quoted as the reader prints it (label, tab, value); "
           "merged section rows are headings, not facts")
    g.note("the five service rows under «усього» are one partition (group served_1214_by_service); "
           "a person getting two services would break it, but the rows add up exactly")
    g.note("«соціальний супровід сімей (осіб) у СЖО – 74» sits in a table of persons («(осіб), усього») → "
           "unit persons, unit_alt families_persons")
    g.note("«Перебувало під соціальним супроводом» → served (alt support_ongoing), as the seed gold does")
    g.note("«Кількість скарг – не надходило» → complaints 0")
    g.note("«Затверджено кошторисом на 9 місяців» → budget_approved (the period's plan); «Очікувана "
           "потреба на IV квартал» is a future need and skipped; «Економія» → budget_savings")
    g.note("«Опитано отримувачів ..., осіб» → survey_respondents persons (unit_alt recipients)")
    g.write()


if __name__ == "__main__":
    main()
