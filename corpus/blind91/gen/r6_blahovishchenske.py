"""b91_06: external quality assessment of social support (соціальний супровід сімей у СЖО) provided in 2023 by
КУ «ЦНСП» Благовіщенської міської ради (Кіровоградська), written by the oblast department's commission.
UTF-8 TXT, long unwrapped lines, numbered sections, survey shares without counts, ratings in prose.
Planted slip: percent_impossible («доступним … 63,5 %» of 37 respondents: 23/37 = 62,2 %, 24/37 = 64,9 %)."""
from common import Gold, report_path, write_text

DOC = "b91_06_blahovishchenske_cnsp_external2023.txt"

TEXT = """\
ДЕПАРТАМЕНТ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ КІРОВОГРАДСЬКОЇ ОБЛАСНОЇ ВІЙСЬКОВОЇ АДМІНІСТРАЦІЇ

ЗВІТ
про результати зовнішньої оцінки якості соціальної послуги соціального супроводу сімей (осіб), які перебувають у складних життєвих обставинах, наданої Комунальною установою «Центр надання соціальних послуг» Благовіщенської міської ради у 2023 році

1. Підстава та організація оцінювання

Зовнішню оцінку проведено на підставі наказу Департаменту від 29.01.2024 № 27 комісією у складі 5 осіб у період з 12 по 23 лютого 2024 року. Оцінювався період з 01.01.2023 по 31.12.2023.

Надавач послуги: КУ «Центр надання соціальних послуг» Благовіщенської міської ради, ЄДРПОУ 42267815, 26400, м. Благовіщенське, вул. Незалежності, 28, тел. (05259) 0-24-63. Благовіщенська міська територіальна громада об'єднує 33 населені пункти, в яких проживає 20,1 тис. осіб.

Під час оцінювання комісія вивчила 20 особових справ отримувачів, провела інтерв'ю з 4 працівниками та анкетування отримувачів послуги.

2. Обсяги надання послуги

За даними надавача, у 2023 році послугу соціального супроводу отримувала 41 сім'я, в яких виховується 88 дітей. Із зазначених сімей 17 узято під супровід протягом 2023 року, 24 сім'ї перейшли на обслуговування з 2022 року. Серед отримувачів 9 сімей – внутрішньо переміщені особи.

Оцінку потреб сімей центр провів 57 сім'ям, які звернулися або про які надійшла інформація від суб'єктів соціальної роботи.

Надання послуги завершено 19 сім'ям: у 12 сім'ях складні життєві обставини подолано, у 5 – мінімізовано, 2 сім'ї вибули у зв'язку зі зміною місця проживання. Надання послуги продовжено у 2024 році 22 сім'ям.

Послугу надають 6 фахівців із соціальної роботи, тоді як штатним розписом передбачено 7 посад. Середнє навантаження становить 6-7 сімей на одного фахівця, що відповідає Державному стандарту.

3. Результати анкетування

В анкетуванні взяли участь 37 отримувачів послуги. Якістю послуги задоволені 86,5 % опитаних. Отримали допомогу своєчасно 70,3 %, вважають місце надання послуги доступним – 63,5 %, відзначили шанобливе ставлення працівників – 94,6 %.

Протягом 2023 року до центру надійшла 1 скарга (щодо несвоєчасного відвідування сім'ї), яку розглянуто у місячний строк.

4. Висновки комісії

За критеріями «Адресність та індивідуальний підхід», «Повага до гідності» та «Конфіденційність» якість послуги оцінено як добру. За критеріями «Своєчасність» і «Доступність та відкритість» якість оцінено як задовільну.

Загальна оцінка якості соціальної послуги – задовільно.

5. Рекомендації

5.1. Забезпечити відвідування сімей у строки, визначені планом, – постійно.
5.2. Облаштувати окреме приміщення для конфіденційних консультацій – до 01.07.2024.
5.3. Заповнити вакантну посаду фахівця із соціальної роботи – до 01.05.2024.

Звіт складено у 2 примірниках 26.02.2024.
"""


def main():
    path = report_path(DOC)
    write_text(path, TEXT, encoding="utf-8", newline="\n")
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Благовіщенської міської ради",
        "centre_type": "cnsp",
        "settlement": "Благовіщенське",
        "oblast": "Кіровоградська",
        "report_kind": "external_assessment",
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
    }, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Благовіщенської міської ради",
                            "КУ «Центр надання соціальних послуг» Благовіщенської міської ради"]})
    n = lambda fid: fid[1:]  # noqa: E731
    S = "social_support_sjo"
    sv = g.f("served", "families", 41, "у 2023 році послугу соціального супроводу отримувала 41 сім'я", service=S)
    svc = g.f("served", "children", 88, "в яких виховується 88 дітей", service=S, parent=sv)
    st = g.f("support_started", "families", 17, "Із зазначених сімей 17 узято під супровід протягом 2023 року",
             service=S, group="served_41_by_start", parent=sv)
    car = g.f("served", "families", 24, "24 сім'ї перейшли на обслуговування з 2022 року", service=S,
              alt=["support_ongoing"], label="перейшли з 2022 року", group="served_41_by_start", parent=sv)
    idp = g.f("served", "families", 9, "Серед отримувачів 9 сімей – внутрішньо переміщені особи", service=S,
              category="внутрішньо переміщені особи", parent=sv)
    na = g.f("needs_assessed", "families", 57, "Оцінку потреб сімей центр провів 57 сім'ям")
    cp = g.f("support_completed", "families", 19, "Надання послуги завершено 19 сім'ям", service=S)
    pos = g.f("outcome_positive", "families", 12, "у 12 сім'ях складні життєві обставини подолано", service=S,
              group="completed_19_by_outcome", parent=cp)
    mn = g.f("outcome_minimized", "families", 5, "у 5 – мінімізовано", service=S,
             group="completed_19_by_outcome", parent=cp)
    oth = g.f("outcome_other", "families", 2, "2 сім'ї вибули у зв'язку зі зміною місця проживання", service=S,
              label="зміна місця проживання", group="completed_19_by_outcome", parent=cp)
    ong = g.f("support_ongoing", "families", 22, "Надання послуги продовжено у 2024 році 22 сім'ям", service=S)
    sa = g.f("staff_actual", "staff", 6, "Послугу надають 6 фахівців із соціальної роботи",
             label="фахівці із соціальної роботи")
    sp = g.f("staff_positions", "positions", 7, "штатним розписом передбачено 7 посад")
    sr = g.f("survey_respondents", "persons", 37, "В анкетуванні взяли участь 37 отримувачів послуги",
             unit_alt="recipients")
    sat = g.f("satisfaction", "percent", 86.5, "Якістю послуги задоволені 86,5 % опитаних", service=S)
    tim = g.f("share", "percent", 70.3, "Отримали допомогу своєчасно 70,3 %", criterion="timeliness",
              alt=["satisfaction"], label="отримали допомогу своєчасно", service=S)
    acc = g.f("share", "percent", 63.5, "вважають місце надання послуги доступним – 63,5 %",
              criterion="accessibility", alt=["satisfaction"], label="вважають місце надання послуги доступним",
              service=S)
    dig = g.f("share", "percent", 94.6, "відзначили шанобливе ставлення працівників – 94,6 %", criterion="dignity",
              alt=["satisfaction"], label="відзначили шанобливе ставлення працівників", service=S)
    cm = g.f("complaints", "complaints", 1, "до центру надійшла 1 скарга")
    q1 = ("За критеріями «Адресність та індивідуальний підхід», «Повага до гідності» та «Конфіденційність» "
          "якість послуги оцінено як добру.")
    q2 = "За критеріями «Своєчасність» і «Доступність та відкритість» якість оцінено як задовільну."
    r1 = g.f("rating", "rating", "good", q1, criterion="targeting", service=S)
    r2 = g.f("rating", "rating", "good", q1, criterion="dignity", service=S)
    r3 = g.f("rating", "rating", "good", q1, criterion="confidentiality", service=S)
    r4 = g.f("rating", "rating", "satisfactory", q2, criterion="timeliness", service=S)
    r5 = g.f("rating", "rating", "satisfactory", q2, criterion="accessibility", service=S)
    r6 = g.f("rating", "rating", "satisfactory", "Загальна оцінка якості соціальної послуги – задовільно.",
             criterion="overall", service=S)

    g.slip("percent_impossible", "error", "вважають місце надання послуги доступним – 63,5 %", 63.5,
           "62,2 (23 of 37) or 64,9 (24 of 37)", [acc, sr],
           "with 37 respondents no whole number of answers gives 63,5 % at one decimal: 23/37 = 62,16 %, "
           "24/37 = 64,86 %", f"grim_ok(f{n(acc)}, f{n(sr)}, 1)")
    g.check("percent_impossible", "Якістю послуги задоволені 86,5 % опитаних",
            "86,5 = 32/37, 70,3 = 26/37, 94,6 = 35/37",
            f"grim_ok(f{n(sat)}, f{n(sr)}, 1) and grim_ok(f{n(tim)}, f{n(sr)}, 1) and grim_ok(f{n(dig)}, f{n(sr)}, 1)")
    g.check("parts_sum", "Із зазначених сімей 17 узято під супровід протягом 2023 року", "17 + 24 = 41",
            f"f{n(st)} + f{n(car)} == f{n(sv)}")
    g.check("parts_sum", "Надання послуги завершено 19 сім'ям", "12 + 5 + 2 = 19",
            f"f{n(pos)} + f{n(mn)} + f{n(oth)} == f{n(cp)}")
    g.check("parts_sum", "Надання послуги продовжено у 2024 році 22 сім'ям", "19 completed + 22 continued = 41",
            f"f{n(cp)} + f{n(ong)} == f{n(sv)}")
    g.check("parts_sum", "Серед отримувачів 9 сімей", "9 IDP families ≤ 41", f"f{n(idp)} <= f{n(sv)}")
    g.check("parts_sum", "тоді як штатним розписом передбачено 7 посад", "6 ≤ 7; one vacancy (recommendation 5.3)",
            f"f{n(sa)} + 1 == f{n(sp)}")
    g.check("parts_sum", "Середнє навантаження становить 6-7 сімей на одного фахівця",
            "41 / 6 = 6,8 families per specialist, within «6-7» (literals 6 and 7)",
            f"6 <= f{n(sv)} / f{n(sa)} <= 7")

    g.skip("на підставі наказу Департаменту від 29.01.2024 № 27", [29, 1, 2024, 27], "order date and number")
    g.skip("комісією у складі 5 осіб у період з 12 по 23 лютого 2024 року", [5, 12, 23, 2024],
           "commission size, assessment dates")
    g.skip("Оцінювався період з 01.01.2023 по 31.12.2023.", [1, 1, 2023, 31, 12, 2023], "assessed period (meta)")
    g.skip("ЄДРПОУ 42267815, 26400, м. Благовіщенське, вул. Незалежності, 28, тел. (05259) 0-24-63",
           [42267815, 26400, 28, 5259, 2463], "ЄДРПОУ, postcode, address, phone")
    g.skip("об'єднує 33 населені пункти, в яких проживає 20,1 тис. осіб", [33, 20100],
           "settlement count and population")
    g.skip("комісія вивчила 20 особових справ отримувачів, провела інтерв'ю з 4 працівниками", [20, 4],
           "assessment method: case files and interviews")
    g.skip("24 сім'ї перейшли на обслуговування з 2022 року", [2022], "year")
    g.skip("Середнє навантаження становить 6-7 сімей на одного фахівця", [6, 7], "caseload ratio")
    g.skip("1. Підстава та організація оцінювання", [1, 2, 3, 4, 5], "section numbers")
    g.skip("5.1. Забезпечити", [5.1, 5.2, 5.3], "recommendation numbers")
    g.skip("– до 01.07.2024.", [1, 7, 2024], "recommendation deadline")
    g.skip("– до 01.05.2024.", [1, 5, 2024], "recommendation deadline")
    g.skip("Звіт складено у 2 примірниках 26.02.2024.", [2, 26, 2, 2024], "copies and compile date")
    g.note("the assessor is the oblast department; the provider assessed (КУ «ЦНСП» Благовіщенської міської ради) "
           "is the centre of the meta")
    g.note("«24 сім'ї перейшли на обслуговування з 2022 року» → served with a label (alt support_ongoing), "
           "part of the 41 with the 17 taken in 2023")
    g.note("«продовжено у 2024 році 22 сім'ям» in a 2023 report → support_ongoing")
    g.note("survey shares are bare percentages: satisfaction and three criterion shares (alt satisfaction)")
    g.note("ratings are given in prose for five criteria and overall; the three «добре» share one quote, "
           "the two «задовільно» another")
    g.write()


if __name__ == "__main__":
    main()
