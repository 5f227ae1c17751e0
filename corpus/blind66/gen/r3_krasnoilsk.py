"""b66_03: КУ «ЦНСП» Красноїльської селищної ради, internal quality assessment of 2024.
DOCX (python-docx) with a criteria table; first person plural."""
import docx
from docx.shared import Pt
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b66_03_krasnoilsk_cnsp_internal2024.docx"

HEAD = [
    ("c", "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»\nКРАСНОЇЛЬСЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("c", "59135, Чернівецька обл., Чернівецький р-н, смт Красноїльськ, вул. Головна, 171, тел. (03734) 0-62-15, ЄДРПОУ 44018376"),
    ("c", "ЗВІТ\nпро результати внутрішньої оцінки якості соціальних послуг, наданих у 2024 році"),
]
PARAS = [
    "Внутрішню оцінку ми проводили з 02 по 13 грудня 2024 року відповідно до наказу директора від 29.11.2024 № 47-од робочою групою з 5 осіб. Оцінювали послуги, надані з 01.01.2024 по 30.11.2024; показники обсягу наведено за весь 2024 рік.",
    "За 2024 рік послуги Центру отримали 1 126 осіб, ми надали їм 6 482 соціальні послуги. Для оцінки ми переглянули 60 особових справ, провели 12 спостережень за наданням послуг удома та опитали 84 отримувачів: догляду вдома – 38, денного догляду – 17, соціального супроводу – 29.",
    "Рівень задоволеності опитаних отримувачів якістю послуг становить 92,9 %. Відповіді за критеріями ми оцінили так: «добре» – від 85 до 100 % позитивних відповідей, «задовільно» – від 60 до 84,9 %, «незадовільно» – менше 60 %.",
]
TABLE_TITLE = "Таблиця 2. Результати оцінки за критеріями"
ROWS = [
    ("№", "Критерій", "Позитивні відповіді, %", "Оцінка"),
    ("1", "Адресність та індивідуальний підхід", "91,7", "добре"),
    ("2", "Результативність", "86,9", "добре"),
    ("3", "Своєчасність", "78,6", "добре"),
    ("4", "Доступність та відкритість", "95,2", "добре"),
    ("5", "Повага до гідності отримувача", "100", "добре"),
    ("6", "Професійність", "89,3", "добре"),
    ("7", "Конфіденційність інформації", "64,3", "задовільно"),
    ("", "Загальна оцінка (середнє)", "86,6", "добре"),
]
TAIL = [
    "Найнижчий показник ми отримали за конфіденційністю: 30 із 84 опитаних зазначили, що розмови з фахівцем відбуваються у спільному кабінеті. Своєчасність знижують черги на догляд вдома в селах Петрашівка та Дібрівка (до 3 тижнів очікування).",
    "Штатним розписом передбачено 21 посаду, працює 19 працівників; 4 з них у 2024 році пройшли навчання з ведення випадку (24 години). Протягом року надійшла 1 скарга – на запізнення соціального робітника, її розглянуто й задоволено.",
    "Висновок: ми оцінюємо якість соціальних послуг Центру у 2024 році загалом як «добре».",
    "Рекомендації (строк – до 01.04.2025):",
    "1. Облаштувати окрему кімнату для консультацій.",
    "2. Скоротити очікування на догляд вдома до 10 робочих днів.",
    "3. Повторно опитати отримувачів у червні 2025 року.",
    "Голова робочої групи                                  (підпис)",
]


def build(path):
    d = docx.Document()
    fix_docx_props(d, "ЦНСП Красноїльськ")
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for _, t in HEAD:
        p = d.add_paragraph()
        p.alignment = 1
        r = p.add_run(t)
        r.bold = True
    for t in PARAS:
        d.add_paragraph(t)
    d.add_paragraph(TABLE_TITLE)
    tb = d.add_table(rows=len(ROWS), cols=4)
    tb.style = "Table Grid"
    for i, row in enumerate(ROWS):
        for j, v in enumerate(row):
            tb.cell(i, j).text = v
    for t in TAIL:
        d.add_paragraph(t)
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Красноїльської селищної ради",
        "centre_type": "cnsp", "settlement": "Красноїльськ", "oblast": "Чернівецька",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Красноїльської селищної ради",
                    "КУ «Центр надання соціальних послуг» Красноїльської селищної ради"],
         "period_end": ["2024-11-30"]})
    sv = g.f("served", "persons", 1126, "За 2024 рік послуги Центру отримали 1 126 осіб")
    sp = g.f("services_provided", "services", 6482, "ми надали їм 6 482 соціальні послуги")
    sr = g.f("survey_respondents", "recipients", 84, "опитали 84 отримувачів", unit_alt="persons")
    s1 = g.f("survey_respondents", "recipients", 38, "догляду вдома – 38", service="home_care", parent=sr,
             group="survey_84_by_service", unit_alt="persons")
    s2 = g.f("survey_respondents", "recipients", 17, "денного догляду – 17", service="day_care", parent=sr,
             group="survey_84_by_service", unit_alt="persons")
    s3 = g.f("survey_respondents", "recipients", 29, "соціального супроводу – 29", service="social_support_sjo",
             parent=sr, group="survey_84_by_service", unit_alt="persons")
    sat = g.f("satisfaction", "percent", 92.9,
              "Рівень задоволеності опитаних отримувачів якістю послуг становить 92,9 %", alt=["share"])
    crit = {"1": "targeting", "2": "effectiveness", "3": "timeliness", "4": "accessibility", "5": "dignity",
            "6": "professionalism", "7": "confidentiality", "": "overall"}
    rating = {"добре": "good", "задовільно": "satisfactory"}
    ids = {}
    for row in ROWS[1:]:
        q = "\t".join(row[1:]) if row[0] == "" else "\t".join(row)
        val = float(row[2].replace(",", "."))
        val = int(val) if val.is_integer() else val
        c = crit[row[0]]
        a = g.f("share", "percent", val, q, criterion=c, label=row[1], alt=["satisfaction"])
        b = g.f("rating", "rating", rating[row[3]], q, criterion=c)
        ids[c] = (a, b)
    ov = g.f("rating", "rating", "good",
             "ми оцінюємо якість соціальних послуг Центру у 2024 році загалом як «добре»", criterion="overall",
             label="висновок")
    pos = g.f("staff_positions", "positions", 21, "Штатним розписом передбачено 21 посаду")
    sa = g.f("staff_actual", "staff", 19, "працює 19 працівників")
    stt = g.f("staff_trained", "staff", 4, "4 з них у 2024 році пройшли навчання", parent=sa)
    cm = g.f("complaints", "complaints", 1, "Протягом року надійшла 1 скарга")

    bands = "[(85, 100, 'good'), (60, 84.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    ta, tb_ = ids["timeliness"]
    g.slip("rating_band", "error", "3\tСвоєчасність\t78,6\tдобре", "good", "satisfactory", [ta, tb_],
           "Своєчасність 78,6 % is rated «добре», but the report's own bands give «добре» only from 85 %; "
           "78,6 % falls in 60–84,9 % «задовільно»", f"band({ta}, {bands}) == {tb_}")
    others = [k for k in crit.values() if k != "timeliness"]
    g.check("rating_band", "Відповіді за критеріями ми оцінили так: «добре» – від 85 до 100 % позитивних відповідей",
            "every other row's rating matches its band (incl. 64,3 → задовільно and the average 86,6 → добре)",
            " and ".join(f"band({ids[k][0]}, {bands}) == {ids[k][1]}" for k in others))
    g.check("table_arithmetic", "\tЗагальна оцінка (середнє)\t86,6\tдобре",
            "mean of the seven criteria: 606,0 / 7 = 86,57 → 86,6",
            "near(round((" + " + ".join(ids[k][0] for k in crit.values() if k != "overall") + ") / 7, 1), "
            + ids["overall"][0] + ")")
    g.check("percent_impossible", "опитали 84 отримувачів",
            "every criterion share and the 92,9 % satisfaction are reachable with 84 respondents "
            "(77, 73, 66, 80, 84, 75, 54 and 78 of 84)",
            " and ".join(f"grim_ok({ids[k][0]}, {sr}, 1)" for k in crit.values() if k != "overall")
            + f" and grim_ok({sat}, {sr}, 1)")
    g.check("parts_sum", "опитали 84 отримувачів: догляду вдома – 38, денного догляду – 17, соціального супроводу – 29",
            "38 + 17 + 29 = 84", f"{s1} + {s2} + {s3} == {sr}")
    g.check("percent_mismatch", "30 із 84 опитаних",
            "30 of 84 negative on confidentiality leaves 54 → 64,3 %", f"pct_ok({ids['confidentiality'][0]}, {sr} - 30, {sr}, 1)")
    g.check("parts_sum", "Штатним розписом передбачено 21 посаду, працює 19 працівників",
            "4 ≤ 19 ≤ 21", f"{stt} <= {sa} <= {pos}")
    g.check("internal_conflict", "загалом як «добре»", "the overall rating in the table and in the conclusion agree",
            f"{ids['overall'][1]} == {ov}")
    g.skip("59135, Чернівецька обл., Чернівецький р-н, смт Красноїльськ, вул. Головна, 171, тел. (03734) 0-62-15, ЄДРПОУ 44018376",
           [59135, 171, 3734, 6215, 44018376], "postcode, address, phone, ЄДРПОУ")
    g.skip("з 02 по 13 грудня 2024 року відповідно до наказу директора від 29.11.2024 № 47-од",
           [2, 13, 2024, 29, 11, 2024, 47], "assessment dates, order number and date")
    g.skip("робочою групою з 5 осіб", [5], "commission size")
    g.skip("надані з 01.01.2024 по 30.11.2024", [1, 1, 2024, 30, 11, 2024], "assessed period dates")
    g.skip("ми переглянули 60 особових справ, провели 12 спостережень", [60, 12], "case files and observations: no §3 id")
    g.skip("«добре» – від 85 до 100 % позитивних відповідей, «задовільно» – від 60 до 84,9 %, «незадовільно» – менше 60 %",
           [85, 100, 60, 84.9, 60], "rating band definitions")
    g.skip("Таблиця 2. Результати оцінки за критеріями", [2], "table number")
    g.skip("№\tКритерій", [1, 2, 3, 4, 5, 6, 7], "row numbers of the table")
    g.skip("30 із 84 опитаних", [30, 84], "negative answers on one criterion: used as a literal in a check")
    g.skip("в селах Петрашівка та Дібрівка (до 3 тижнів очікування)", [3], "duration")
    g.skip("(24 години)", [24], "duration")
    g.skip("Рекомендації (строк – до 01.04.2025):", [1, 4, 2025], "deadline")
    g.skip("2. Скоротити очікування на догляд вдома до 10 робочих днів.", [2, 10], "recommendation number, target")
    g.skip("3. Повторно опитати отримувачів у червні 2025 року.", [3, 2025], "recommendation number, plan")
    g.note("first person plural voice; period: the volume figures are «за 2024 рік» while the assessment covered "
           "01.01–30.11.2024 (meta_alt period_end 2024-11-30)")
    g.note("table: every row gives a share (criterion, alt satisfaction) and a rating, both quoted by the row; the "
           "«Загальна оцінка (середнє)» row is criterion overall; the overall rating is written twice (table and conclusion)")
    g.note("«опитали 84 отримувачів» → unit recipients (unit_alt persons); the three services partition the 84")
    g.skip('про результати внутрішньої оцінки якості соціальних послуг, наданих у 2024 році', [2024], 'title: period')
    g.skip('показники обсягу наведено за весь 2024 рік', [2024], 'period')
    g.skip('1. Облаштувати окрему кімнату для консультацій.', [1], 'recommendation number')
    g.write()


if __name__ == "__main__":
    main()
