"""b27_04: КУ «ЦНСП» Валківської міської ради (Харківська). NEW STYLE: a quarterly work-plan execution
report (звіт про виконання плану роботи) for Q3 2026, reportlab PDF, landscape table
«№ | Захід | Термін | Відповідальний | Відмітка про виконання» with the figures as prose in the last column."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from common import Gold, report_path, register_fonts

NAME = "b27_04_valky_cnsp_planq3_2026.pdf"

HEAD = [
    "ЗАТВЕРДЖУЮ",
    "Директор КУ «Центр надання соціальних послуг» Валківської міської ради (підпис) 03.10.2026",
]
TITLE = ("ЗВІТ про виконання плану роботи Комунальної установи «Центр надання соціальних послуг» "
         "Валківської міської ради Харківської області на III квартал 2026 року")
ROWS = [
    ("1", "Проведення робочих нарад з фахівцями Центру", "щопонеділка", "директор",
     "Виконано. Проведено 13 робочих нарад."),
    ("2", "Складання графіків роботи соціальних робітників", "щомісяця до 25 числа", "заступник директора",
     "Виконано."),
    ("3", "Прийом громадян, розгляд заяв про надання соціальних послуг", "постійно",
     "фахівці із соціальної роботи",
     "Виконано. Надійшло 87 звернень, з них 64 письмові заяви; прийнято 59 рішень про надання послуг."),
    ("4", "Визначення індивідуальних потреб отримувачів", "протягом кварталу", "фахівці із соціальної роботи",
     "Виконано. Проведено оцінку потреб 61 особи (у т. ч. 17 дітей з інвалідністю)."),
    ("5", "Надання послуги догляду вдома", "постійно", "відділення соціальної допомоги вдома",
     "Виконано. Послугу отримували 176 осіб, з них 12 осіб взято на обслуговування у вересні; надано "
     "5 934 послуги."),
    ("6", "Робота відділення денного догляду", "за графіком", "завідувач відділення",
     "Виконано. Відділення відвідували 34 особи з інвалідністю, проведено 22 групові заняття."),
    ("7", "Соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах", "постійно",
     "фахівці із соціальної роботи",
     "Виконано. Під супроводом перебувало 26 сімей (53 дитини); взято під супровід 7 сімей, завершено "
     "супровід 9 сімей, з них 6 – з позитивним результатом."),
    ("8", "Надання натуральної допомоги", "у міру надходження", "фахівець із соціальної роботи",
     "Виконано. Допомогу видано 112 особам на суму 64,8 тис. грн, у т. ч. 40 внутрішньо переміщеним особам."),
    ("9", "Участь у засіданнях комісії з питань захисту прав дитини", "за графіком комісії", "директор",
     "Виконано. Взято участь у 3 засіданнях."),
    ("10", "Оновлення інформації на сайті та сторінці Центру у Facebook", "щотижня", "фахівець з інформування",
     "Частково виконано: розміщено 9 публікацій із 12 запланованих."),
    ("11", "Підготовка інформаційної кампанії «16 днів проти насильства»", "вересень", "психолог",
     "Перенесено на IV квартал відповідно до календаря кампанії."),
    ("12", "Внутрішня оцінка якості послуги денного догляду", "серпень", "комісія з оцінки якості",
     "Виконано. Опитано 29 отримувачів та їх законних представників, 27 з них (93,1 %) оцінили послугу "
     "позитивно. Рівень якості послуги – «добре»."),
    ("13", "Підвищення кваліфікації персоналу", "протягом кварталу", "заступник директора",
     "Виконано. Навчання на вебінарах пройшли 8 працівників."),
    ("14", "Благодійна акція «Готуємо дітей до школи»", "серпень", "фахівці із соціальної роботи",
     "Виконано. Шкільним приладдям забезпечено 46 дітей із сімей, які перебувають у СЖО."),
    ("15", "Аналіз звернень і скарг отримувачів", "щомісяця", "директор", "Виконано. Скарг не надходило."),
    ("16", "Підготовка звіту за III квартал до відділу соціального захисту", "до 05.10.2026",
     "директор, головний бухгалтер", "Виконано. Звіт подано 02.10.2026."),
]
SUMMARY = [
    "Усього на III квартал 2026 року заплановано 16 заходів: виконано 14, частково виконано 1, перенесено 1.",
    "Протягом кварталу під соціальний супровід взято 5 сімей, а загалом соціальними послугами Центру охоплено "
    "372 особи. Станом на 30.09.2026 у Центрі працює 38 працівників при 41 штатній посаді (3 вакансії).",
    "Адреса: 63002, м. Валки, вул. Соборна, 7, тел. (05753) 0-51-44, cnsp.valky@example.ua",
]


def build():
    register_fonts()
    st = ParagraphStyle("n", fontName="LSerif", fontSize=10.5, leading=13)
    sb = ParagraphStyle("b", parent=st, fontName="LSerif-B", fontSize=12, leading=15, alignment=1)
    cell = ParagraphStyle("c", parent=st, fontSize=9.5, leading=11.5)
    hcell = ParagraphStyle("h", parent=cell, fontName="LSerif-B")
    doc = SimpleDocTemplate(report_path(NAME), pagesize=landscape(A4), invariant=1,
                            leftMargin=36, rightMargin=36, topMargin=36, bottomMargin=36,
                            title="Звіт про виконання плану роботи", author="ЦНСП")
    story = [Paragraph(h, st) for h in HEAD] + [Spacer(1, 8), Paragraph(TITLE, sb), Spacer(1, 8)]
    data = [[Paragraph(x, hcell) for x in ("№", "Захід", "Термін", "Відповідальний", "Відмітка про виконання")]]
    data += [[Paragraph(x, cell) for x in r] for r in ROWS]
    t = Table(data, colWidths=[26, 210, 95, 120, 310], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 10)] + [Paragraph(p, st) for p in SUMMARY]
    doc.build(story)


def gold():
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Валківської міської ради", "centre_type": "cnsp",
        "settlement": "Валки", "oblast": "Харківська", "report_kind": "period_report",
        "period_start": "2026-07-01", "period_end": "2026-09-30"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Валківської міської ради Харківської області",
                    "Комунальна установа «Центр надання соціальних послуг» Валківської міської ради",
                    "КУ «Центр надання соціальних послуг» Валківської міської ради"],
         "report_kind": ["other"]})
    f = g.f
    ap = f("applied", "applications", 87, "Надійшло 87 звернень", unit_alt="persons")
    f("applied", "applications", 64, "з них 64 письмові заяви", label="письмові заяви", parent=ap)
    na = f("needs_assessed", "persons", 61, "Проведено оцінку потреб 61 особи")
    f("needs_assessed", "children", 17, "(у т. ч. 17 дітей з інвалідністю)", category="діти з інвалідністю",
      parent=na)
    hc = f("served", "persons", 176, "Послугу отримували 176 осіб", service="home_care")
    f("served", "persons", 12, "з них 12 осіб взято на обслуговування у вересні", service="home_care",
      alt=["registered_new", "support_started"], label="взято на обслуговування у вересні", parent=hc)
    f("services_provided", "services", 5934, "надано 5 934 послуги", service="home_care")
    f("served", "persons", 34, "Відділення відвідували 34 особи з інвалідністю", service="day_care",
      category="особи з інвалідністю")
    f("events", "events", 22, "проведено 22 групові заняття", service="day_care")
    sv = f("served", "families", 26, "Під супроводом перебувало 26 сімей", service="social_support_sjo",
           alt=["support_ongoing"])
    f("served", "children", 53, "(53 дитини)", service="social_support_sjo", alt=["support_ongoing"], parent=sv)
    s7 = f("support_started", "families", 7, "взято під супровід 7 сімей", service="social_support_sjo", parent=sv)
    cp = f("support_completed", "families", 9, "завершено супровід 9 сімей", service="social_support_sjo",
           parent=sv)
    op = f("outcome_positive", "families", 6, "з них 6 – з позитивним результатом", service="social_support_sjo",
           parent=cp)
    nat = f("served", "persons", 112, "Допомогу видано 112 особам", service="natural_aid")
    f("aid_value", "uah", 64800, "на суму 64,8 тис. грн", service="natural_aid", parent=nat)
    f("served", "persons", 40, "у т. ч. 40 внутрішньо переміщеним особам", service="natural_aid",
      category="внутрішньо переміщені особи", parent=nat)
    sr = f("survey_respondents", "recipients", 29, "Опитано 29 отримувачів та їх законних представників",
           unit_alt="persons", service="day_care")
    sat = f("satisfaction", "percent", 93.1, "27 з них (93,1 %) оцінили послугу", service="day_care",
            alt=["share"])
    f("rating", "rating", "good", "Рівень якості послуги – «добре».", criterion="overall", service="day_care")
    f("staff_trained", "staff", 8, "Навчання на вебінарах пройшли 8 працівників.")
    f("served", "children", 46, "Шкільним приладдям забезпечено 46 дітей", alt=["event_participants"],
      label="благодійна акція «Готуємо дітей до школи»", category="діти із сімей у СЖО")
    f("complaints", "complaints", 0, "Виконано. Скарг не надходило.")
    s5 = f("support_started", "families", 5, "Протягом кварталу під соціальний супровід взято 5 сімей",
           service="social_support_sjo")
    f("served", "persons", 372, "соціальними послугами Центру охоплено 372 особи")
    sa = f("staff_actual", "staff", 38, "у Центрі працює 38 працівників")
    sp = f("staff_positions", "positions", 41, "при 41 штатній посаді")
    g.slip("internal_conflict", "error", "Протягом кварталу під соціальний супровід взято 5 сімей", 5, 7, [s7, s5],
           "row 7 says 7 families were taken under social support in the quarter, the summary says 5",
           f"{s7} == {s5}")
    g.check("parts_sum", "завершено супровід 9 сімей, з них 6", "6 ≤ 9 ≤ 26; 7 ≤ 26", f"{op} <= {cp} <= {sv} and {s7} <= {sv}")
    g.check("percent_mismatch", "27 з них (93,1 %)", "27/29 = 93,10 %", f"pct_ok({sat}, 27, {sr}, 1)")
    g.check("parts_sum", "з них 64 письмові заяви", "64 ≤ 87; 12 ≤ 176; 17 ≤ 61; 40 ≤ 112",
            f"f2 <= {ap} and f6 <= {hc} and f4 <= {na} and f17 <= {nat}")
    g.check("parts_sum", "у Центрі працює 38 працівників при 41 штатній посаді (3 вакансії)", "41 − 38 = 3 vacancies",
            f"{sp} - {sa} == 3")
    g.skip("Директор КУ «Центр надання соціальних послуг» Валківської міської ради (підпис) 03.10.2026",
           [3, 10, 2026], "approval date")
    g.skip("на III квартал 2026 року", [3, 2026], "period in the title (Roman III)")
    g.skip("Проведено 13 робочих нарад.", [13], "staff meetings (no §3 id)")
    g.skip("щомісяця до 25 числа", [25], "day of month")
    g.skip("прийнято 59 рішень про надання послуг", [59], "decisions (no §3 id)")
    g.skip("Взято участь у 3 засіданнях.", [3], "commission sittings (no §3 id)")
    g.skip("розміщено 9 публікацій із 12 запланованих", [9, 12], "publications (no §3 id), plan")
    g.skip("«16 днів проти насильства»", [16], "campaign name")
    g.skip("Перенесено на IV квартал", [4], "next quarter (Roman IV)")
    g.skip("27 з них (93,1 %)", [27], "count of positive answers (no §3 id); literal in the check")
    g.skip("до 05.10.2026", [5, 10, 2026], "deadline")
    g.skip("Звіт подано 02.10.2026.", [2, 10, 2026], "date")
    g.skip("Підготовка звіту за III квартал", [3], "quarter")
    g.skip("заплановано 16 заходів: виконано 14, частково виконано 1, перенесено 1.", [16, 14, 1, 1],
           "plan items executed (no §3 id)")
    g.skip("Станом на 30.09.2026", [30, 9, 2026], "date")
    g.skip("(3 вакансії)", [3], "vacancies; literal in the check")
    g.skip("Адреса: 63002, м. Валки, вул. Соборна, 7, тел. (05753) 0-51-44", [63002, 7, 5753, 5144],
           "postcode, address, phone")
    g.skip("1\tПроведення робочих нарад", list(range(1, 17)), "plan row numbers 1–16")
    g.note("new style: a work-plan execution report; the figures are prose inside «Відмітка про виконання»; "
           "rows 1, 2, 9, 10, 11, 16 carry no fact")
    g.note("quotes are the cell's own words (a cell holds several figures); the reader prints one row per line")
    g.note("«Надійшло 87 звернень» → applied, unit applications (alt persons)")
    g.note("«Шкільним приладдям забезпечено 46 дітей» → served children with a label, alt event_participants")
    g.write()


if __name__ == "__main__":
    build()
    gold()
