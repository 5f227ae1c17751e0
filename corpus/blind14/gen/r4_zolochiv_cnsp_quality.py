"""b14_04: ЦНСП Золочівської міської ради (Львівська), internal quality assessment of home care for 2023, DOCX."""
import datetime
import docx
from common import Gold, report_path, freeze_zip, read_text

DOC = "b14_04_zolochiv_cnsp_quality2023.docx"

PARAS_1 = [
    "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ЗОЛОЧІВСЬКОЇ МІСЬКОЇ РАДИ ЛЬВІВСЬКОЇ ОБЛАСТІ",
    "80700, м. Золочів, вул. Шашкевича, 9, тел. (03265) 0-42-81",
    "ЗВІТ про результати внутрішньої оцінки якості надання соціальної послуги догляду вдома за 2023 рік",
    "Оцінку проведено комісією у складі 5 осіб, утвореною наказом директора від 06.11.2023 № 47-ОД, у період з 13 по 24 листопада 2023 року відповідно до Методичних рекомендацій, затверджених наказом Мінсоцполітики від 27.12.2013 № 904.",
    "1. Загальні відомості",
    "Протягом 2023 року послугу догляду вдома отримували 64 особи, у тому числі 12 осіб з інвалідністю (18,8 %). Середній вік отримувачів – 79 років. За рік надійшло 7 заяв про надання послуги; на обслуговування взято 7 осіб. Припинено надання послуги 5 особам: 3 – у зв’язку зі смертю, 2 – у зв’язку з влаштуванням до закладу стаціонарного догляду.",
    "Загалом отримувачам надано 11 520 послуг догляду вдома (відвідувань). Послугу надають 9 соціальних робітників; протягом року 3 працівники пройшли навчання за програмою підвищення кваліфікації.",
    "2. Опитування отримувачів",
    "В опитуванні взяли участь 50 отримувачів послуги (78,1 % від загальної кількості). Повністю задоволені якістю послуги 43 особи (86 %), частково задоволені – 6 (12 %), не задоволені – 1 (2 %). Загальний рівень задоволеності становить 98 %. Частка отримувачів, у яких відбулося покращення стану, – 34 %. Скарг від отримувачів послуги протягом року не надходило.",
    "3. Оцінка за критеріями",
    "Оцінка за кожним критерієм визначалася за шкалою: 80–100 % – «добре», 51–79 % – «задовільно», 0–50 % – «незадовільно».",
]
TABLE = [
    ("Критерій", "Показник, %", "Оцінка"),
    ("Адресність та індивідуальний підхід", "92", "добре"),
    ("Результативність", "84", "добре"),
    ("Своєчасність", "88", "добре"),
    ("Доступність та відкритість", "76", "задовільно"),
    ("Зручність", "81", "добре"),
    ("Повага до гідності отримувача", "95", "добре"),
    ("Професійність", "78", "добре"),
]
PARAS_2 = [
    "4. Висновок",
    "Загальна оцінка якості надання соціальної послуги догляду вдома – «добре». Рекомендовано до 01.03.2024 оновити інформаційні матеріали про послугу та забезпечити 2 соціальних робітників планшетами.",
    "Голова комісії (підпис)",
]


def build(path):
    d = docx.Document()
    for p in PARAS_1:
        d.add_paragraph(p)
    t = d.add_table(rows=0, cols=3)
    for row in TABLE:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    for p in PARAS_2:
        d.add_paragraph(p)
    cp = d.core_properties
    cp.created = cp.modified = datetime.datetime(2023, 11, 27, 9, 0, 0)
    cp.author = "ЦНСП"
    cp.last_modified_by = "ЦНСП"
    cp.revision = 1
    d.save(path)
    freeze_zip(path, (2023, 11, 27, 9, 0, 0))


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {"centre": "Центр надання соціальних послуг Золочівської міської ради", "centre_type": "cnsp",
                   "settlement": "Золочів", "oblast": "Львівська", "report_kind": "internal_assessment",
                   "period_start": "2023-01-01", "period_end": "2023-12-31"},
             meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Золочівської міської ради Львівської області",
                                  "Комунальна установа «Центр надання соціальних послуг» Золочівської міської ради"]})
    s = g.f("served", "persons", 64, "послугу догляду вдома отримували 64 особи", service="home_care")
    g.f("served", "persons", 12, "у тому числі 12 осіб з інвалідністю (18,8 %)", percent=18.8, service="home_care",
        parent=s, category="особи з інвалідністю")
    g.f("applied", "applications", 7, "надійшло 7 заяв про надання послуги", service="home_care")
    g.f("support_started", "persons", 7, "на обслуговування взято 7 осіб", service="home_care", alt=["registered_new"])
    c = g.f("support_completed", "persons", 5, "Припинено надання послуги 5 особам", service="home_care", alt=["deregistered"])
    g.f("outcome_other", "persons", 3, "3 – у зв'язку зі смертю", parent=c, group="stopped_5_by_reason", label="смерть")
    g.f("outcome_other", "persons", 2, "2 – у зв'язку з влаштуванням до закладу стаціонарного догляду", parent=c,
        group="stopped_5_by_reason", label="влаштування до закладу стаціонарного догляду")
    g.f("services_provided", "services", 11520, "Загалом отримувачам надано 11 520 послуг догляду вдома (відвідувань)", service="home_care")
    g.f("staff_actual", "staff", 9, "Послугу надають 9 соціальних робітників", unit_alt="persons")
    g.f("staff_trained", "staff", 3, "протягом року 3 працівники пройшли навчання", unit_alt="persons")
    r = g.f("survey_respondents", "recipients", 50, "В опитуванні взяли участь 50 отримувачів послуги (78,1 % від загальної кількості)",
            percent=78.1, unit_alt="persons")
    g.f("survey_respondents", "persons", 43, "Повністю задоволені якістю послуги 43 особи (86 %)", percent=86, parent=r,
        group="respondents_50_by_answer", label="повністю задоволені",
        note="a reader may also take 86 % as satisfaction")
    g.f("survey_respondents", "persons", 6, "частково задоволені – 6 (12 %)", percent=12, parent=r,
        group="respondents_50_by_answer", label="частково задоволені")
    g.f("survey_respondents", "persons", 1, "не задоволені – 1 (2 %)", percent=2, parent=r,
        group="respondents_50_by_answer", label="не задоволені")
    g.f("satisfaction", "percent", 98, "Загальний рівень задоволеності становить 98 %")
    g.f("share", "percent", 34, "Частка отримувачів, у яких відбулося покращення стану, – 34 %",
        label="частка отримувачів, у яких відбулося покращення стану")
    g.f("complaints", "complaints", 0, "Скарг від отримувачів послуги протягом року не надходило")
    crit = {"Адресність та індивідуальний підхід": "targeting", "Результативність": "effectiveness",
            "Своєчасність": "timeliness", "Доступність та відкритість": "accessibility", "Зручність": "convenience",
            "Повага до гідності отримувача": "dignity", "Професійність": "professionalism"}
    rid = {"добре": "good", "задовільно": "satisfactory"}
    ids = {}
    for name, pct, rating in TABLE[1:]:
        q = f"{name}\t{pct}\t{rating}"
        a = g.f("share", "percent", int(pct), q, criterion=crit[name], label=name)
        b = g.f("rating", "rating", rid[rating], q, criterion=crit[name], label=name)
        ids[name] = (a, b)
    g.f("rating", "rating", "good", "Загальна оцінка якості надання соціальної послуги догляду вдома – «добре»", criterion="overall")

    g.slip("rating_band", "error", "Професійність\t78\tдобре", "good", "satisfactory", list(ids["Професійність"]),
           "78 % lies in the document's own band 51–79 % «задовільно», rated «добре»")
    g.check("percent_mismatch", "у тому числі 12 осіб з інвалідністю (18,8 %)", "12/64 = 18,75 % → 18,8 (half-up)")
    g.check("percent_mismatch", "В опитуванні взяли участь 50 отримувачів послуги (78,1 % від загальної кількості)", "50/64 = 78,125 % → 78,1")
    g.check("percents_sum", "Повністю задоволені якістю послуги 43 особи (86 %)", "86 + 12 + 2 = 100; 43 + 6 + 1 = 50; 43/50 = 86 %, 6/50 = 12 %, 1/50 = 2 %")
    g.check("parts_sum", "Загальний рівень задоволеності становить 98 %", "86 + 12 = 98 (fully + partly satisfied)")
    g.check("parts_sum", "Припинено надання послуги 5 особам", "3 + 2 = 5")
    g.check("rating_band", "Доступність та відкритість\t76\tзадовільно", "all other rows agree with the bands (92, 84, 88, 81, 95 → добре; 76 → задовільно)")
    g.skip("80700, м. Золочів, вул. Шашкевича, 9, тел. (03265) 0-42-81", [80700, 9, 3265, 4281], "postcode, address, phone")
    g.skip("Оцінку проведено комісією у складі 5 осіб, утвореною наказом директора від 06.11.2023 № 47-ОД, у період з 13 по 24 листопада 2023 року",
           [5, 6, 11, 2023, 47, 13, 24], "commission size, order date and number, assessment dates")
    g.skip("від 27.12.2013 № 904", [27, 12, 2013, 904], "normative act date and number")
    g.skip("Середній вік отримувачів – 79 років", [79], "age")
    g.skip("80–100 % – «добре», 51–79 % – «задовільно», 0–50 % – «незадовільно»", [80, 100, 51, 79, 0, 50], "rating bands (scale, not figures)")
    g.skip("Рекомендовано до 01.03.2024 оновити інформаційні матеріали про послугу та забезпечити 2 соціальних робітників планшетами",
           [1, 3, 2024, 2], "recommendation / plan")
    g.note("Each criterion row gives two facts: share (percent, criterion set, label = criterion name) and rating (criterion set).")
    g.note("Survey answers 43 / 6 / 1 are survey_respondents broken down by answer with their percents; «загальний рівень задоволеності 98 %» is the satisfaction fact.")
    g.note("Stopped for death / moving to residential care: outcome_other with a label; 5 stopped is support_completed (alt deregistered).")
    g.note("«Частка отримувачів, у яких відбулося покращення стану – 34 %» is a share with a label and no criterion (the text does not tie it to one).")
    g.write()


if __name__ == "__main__":
    main()
