"""b82_03: КУ «ЦНСП» Люблинецької селищної ради (Волинська), internal quality assessment of
home care for 2024. DOCX (python-docx) with a criteria table; first person plural."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b82_03_lyublynets_cnsp_internal2024.docx"

ROWS = [("1", "Адресність та індивідуальний підхід", "57", "91,9", "добре"),
        ("2", "Результативність", "52", "83,9", "добре"),
        ("3", "Своєчасність", "48", "77,4", "добре"),
        ("4", "Доступність та відкритість", "55", "88,7", "добре"),
        ("5", "Зручність", "50", "80,6", "добре"),
        ("6", "Повага до гідності отримувача соціальної послуги", "60", "96,8", "добре"),
        ("7", "Професійність", "53", "85,5", "добре")]
CRIT = ["targeting", "effectiveness", "timeliness", "accessibility", "convenience", "dignity", "professionalism"]


def build(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for line in ["Комунальна установа «Центр надання соціальних послуг» Люблинецької селищної ради",
                 "45034, Волинська обл., Ковельський р-н, смт Люблинець, вул. Незалежності, 8",
                 "тел. (03352) 0-51-26, код ЄДРПОУ 43618205"]:
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h = d.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run("ЗВІТ\nпро результати внутрішньої оцінки якості соціальної послуги догляду вдома, "
                  "наданої у 2024 році")
    r.bold = True
    paras = [
        "На виконання наказу директора від 14.01.2025 № 05-ОД комісія у складі 4 осіб у період з 15 по 31 "
        "січня 2025 року провела внутрішню оцінку якості соціальної послуги догляду вдома. Ми вивчили "
        "особові справи отримувачів, провели анкетування та вибіркові відвідування за місцем проживання.",
        "Загальні відомості. Протягом 2024 року наш Центр надав соціальні послуги 734 особам. З них догляд "
        "вдома отримували 97 осіб (у 2023 році – 91), денний догляд – 36 осіб, консультування – 601 особа. "
        "Середній вік отримувачів послуги догляду вдома – 78 років. Упродовж року ми взяли на обслуговування "
        "15 осіб, а зняли з обслуговування 11 осіб, з них 7 – у зв'язку зі смертю, 4 – у зв'язку зі зміною "
        "місця проживання.",
        "Послугу догляду вдома надають 21 соціальний робітник та 2 фахівці із соціальної роботи. "
        "Дев'ятеро працівників у 2024 році пройшли навчання за програмою «Догляд за людьми з деменцією» "
        "(обсяг – 30 годин).",
        "Анкетування. В анкетуванні взяли участь 62 отримувачі, що становить 63,9 % від загальної кількості "
        "отримувачів послуги догляду вдома. Частка опитаних, у яких індивідуальний план виконано в повному "
        "обсязі, – 87,1 %.",
        "Оцінку за кожним критерієм ми визначали за часткою позитивних відповідей: 80–100 % – «добре», "
        "60–79,9 % – «задовільно», менше 60 % – «незадовільно». Результати наведено в таблиці 1.",
        "Таблиця 1. Результати оцінки за критеріями",
    ]
    for t in paras:
        d.add_paragraph(t)
    tbl = d.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    for c, t in zip(tbl.rows[0].cells, ["№ з/п", "Критерій", "Позитивних відповідей, осіб",
                                        "Частка, %", "Оцінка"]):
        c.text = t
    for row in ROWS:
        cells = tbl.add_row().cells
        for c, t in zip(cells, row):
            c.text = t
    for t in [
        "Скарг від отримувачів послуги догляду вдома у 2024 році не надходило.",
        "Висновок: загальна оцінка якості соціальної послуги догляду вдома – «добре».",
        "Рекомендації: 1) скоротити строк від звернення до початку надання послуги; 2) забезпечити "
        "соціальних робітників велосипедами (потреба – 6 од.) до 01.07.2025.",
        "Голова комісії ____________",
        "31.01.2025",
    ]:
        d.add_paragraph(t)
    fix_docx_props(d, "ЦНСП")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {"centre": "Центр надання соціальних послуг Люблинецької селищної ради", "centre_type": "cnsp",
                   "settlement": "Люблинець", "oblast": "Волинська", "report_kind": "internal_assessment",
                   "period_start": "2024-01-01", "period_end": "2024-12-31"},
             meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Люблинецької селищної ради",
                                  "КУ «Центр надання соціальних послуг» Люблинецької селищної ради"]})
    F = g.f
    f1 = F("served", "persons", 734, "наш Центр надав соціальні послуги 734 особам")
    grp = "served_734_by_service"
    f2 = F("served", "persons", 97, "З них догляд вдома отримували 97 осіб", service="home_care", group=grp, parent=f1)
    f3 = F("served", "persons", 36, "денний догляд – 36 осіб", service="day_care", group=grp, parent=f1)
    f4 = F("served", "persons", 601, "консультування – 601 особа", service="counselling", group=grp, parent=f1)
    f5 = F("served", "persons", 15, "ми взяли на обслуговування 15 осіб", service="home_care",
           alt=["registered_new", "support_started"], label="взято на обслуговування")
    f6 = F("deregistered", "persons", 11, "зняли з обслуговування 11 осіб", service="home_care")
    f7 = F("deregistered", "persons", 7, "7 – у зв'язку зі смертю", service="home_care", label="смерть",
           group="deregistered_11_by_reason", parent=f6)
    f8 = F("deregistered", "persons", 4, "4 – у зв'язку зі зміною місця проживання", service="home_care",
           label="зміна місця проживання", group="deregistered_11_by_reason", parent=f6)
    f9 = F("staff_actual", "staff", 21, "надають 21 соціальний робітник", label="соціальні робітники")
    f10 = F("staff_actual", "staff", 2, "2 фахівці із соціальної роботи", label="фахівці із соціальної роботи")
    f11 = F("staff_trained", "staff", 9, "Дев'ятеро працівників у 2024 році пройшли навчання",
            note="number written in words")
    f12 = F("survey_respondents", "recipients", 62, "В анкетуванні взяли участь 62 отримувачі, що становить 63,9 %", percent=63.9,
            unit_alt="persons")
    f13 = F("share", "percent", 87.1, "у яких індивідуальний план виконано в повному обсязі, – 87,1 %",
            label="частка опитаних, у яких індивідуальний план виконано в повному обсязі")
    ids = {}
    for (n, name, cnt, pct, rating), crit in zip(ROWS, CRIT):
        q = f"{n}\t{name}\t{cnt}\t{pct}\t{rating}"
        ids[crit] = (F("share", "percent", float(pct.replace(",", ".")), q, criterion=crit, service="home_care",
                       alt=["satisfaction"], label=f"позитивних відповідей: {cnt}"),
                     F("rating", "rating", "good", q, criterion=crit, service="home_care"))
    f28 = F("complaints", "complaints", 0, "Скарг від отримувачів послуги догляду вдома у 2024 році не надходило.",
            service="home_care")
    f29 = F("rating", "rating", "good", "загальна оцінка якості соціальної послуги догляду вдома – «добре»",
            criterion="overall", service="home_care")
    ts, tr = ids["timeliness"]
    B = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    g.slip("rating_band", "error", "3\tСвоєчасність\t48\t77,4\tдобре", "добре", "задовільно", [ts, tr],
           "Своєчасність has 77,4 % positive answers, which the report's own bands (60–79,9 % «задовільно») "
           "rate «задовільно», but the table says «добре»",
           f"band({ts}, {B}) == {tr}")
    others = [c for c in CRIT if c != "timeliness"]
    g.check("rating_band", "80–100 % – «добре», 60–79,9 % – «задовільно»",
            "the other six criteria (80,6–96,8 %) are «добре» by the report's bands",
            "all([" + ", ".join(f"band({ids[c][0]}, {B}) == {ids[c][1]}" for c in others) + "])")
    g.check("percent_impossible", "Таблиця 1. Результати оцінки за критеріями",
            "each criterion's share equals its count of positive answers over 62 respondents (57, 52, 48, 55, 50, 60, 53 of 62)",
            "all([" + ", ".join(f"grim_ok({ids[c][0]}, f12, 1)" for c in CRIT) + "])")
    g.check("percent_mismatch", "В анкетуванні взяли участь 62 отримувачі, що становить 63,9 %",
            "62 / 97 = 63,92 % → 63,9", "pct_ok(p12, f12, f2, 1)")
    g.check("percent_impossible", "– 87,1 %", "87,1 % is reachable with 62 (54 of 62 = 87,10 %)", "grim_ok(f13, f12, 1)")
    g.check("parts_sum", "З них догляд вдома отримували 97 осіб", "97 + 36 + 601 = 734", "f2 + f3 + f4 == f1")
    g.check("parts_sum", "зняли з обслуговування 11 осіб, з них 7", "7 + 4 = 11", "f7 + f8 == f6")

    g.skip("45034, Волинська обл., Ковельський р-н, смт Люблинець, вул. Незалежності, 8", [45034, 8], "postcode, address")
    g.skip("тел. (03352) 0-51-26, код ЄДРПОУ 43618205", [3352, 5126, 43618205], "phone, ЄДРПОУ")
    g.skip("наданої у 2024 році", [2024], "year in the title")
    g.skip("наказу директора від 14.01.2025 № 05-ОД", [14, 1, 2025, 5], "order date and number")
    g.skip("комісія у складі 4 осіб у період з 15 по 31 січня 2025 року", [4, 15, 31, 2025], "commission size, assessment dates")
    g.skip("Протягом 2024 року наш Центр", [2024], "period")
    g.skip("(у 2023 році – 91)", [2023, 91], "prior-year figure")
    g.skip("Середній вік отримувачів послуги догляду вдома – 78 років.", [78], "average age")
    g.skip("(обсяг – 30 годин)", [30], "duration of training")
    g.skip("80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79.9, 60], "rating bands")
    g.skip("Результати наведено в таблиці 1.", [1], "table number")
    g.skip("Таблиця 1. Результати оцінки за критеріями", [1], "table number")
    g.skip("1\tАдресність та індивідуальний підхід", [1, 2, 3, 4, 5, 6, 7], "row numbers of table 1")
    g.skip("потреба – 6 од.) до 01.07.2025", [6, 1, 7, 2025], "recommendation: items needed and deadline")
    g.skip("1) скоротити", [1], "recommendation number")
    g.skip("2) забезпечити", [2], "recommendation number")
    g.skip("31.01.2025", [31, 1, 2025], "date of signing")

    g.note("the count column «Позитивних відповідей, осіб» is not a separate fact: no §3 id counts positive answers; it sits in the share's label and is checked via grim_ok")
    g.note("each table row gives a share (criterion, alt satisfaction) and a rating, both quoted by the row")
    g.note("«Дев'ятеро працівників» is a number in words → staff_trained 9")
    g.note("the 21 social workers and 2 specialists are staff_actual with labels; no staff_positions figure is given")
    g.write()


if __name__ == "__main__":
    main()
