"""b27_06: ТЦСО Теребовлянської міської ради (Тернопільська), internal quality assessment of home care
provided in 2025, Markdown with a criteria table and the document's own rating bands."""
from common import Gold, report_path, write_text

NAME = "b27_06_terebovlia_tcso_internal2025.md"

MD = """# Звіт про результати внутрішньої оцінки якості соціальної послуги догляду вдома

**Територіальний центр соціального обслуговування (надання соціальних послуг) Теребовлянської міської ради Тернопільської області**
ЄДРПОУ 43902518 · 48100, м. Теребовля, вул. Шевченка, 3 · тел. (03551) 0-27-64 · tcso.terebovlia@example.ua

Оцінку якості послуги, наданої у 2025 році, проведено відповідно до наказу директора від 10.11.2025 № 58-од комісією у складі 5 осіб у період з 17.11.2025 по 12.12.2025.

## 1. Загальні відомості про послугу

Послугу догляду вдома у 2025 році отримували 318 осіб, з них 229 жінок та 89 чоловіків; 204 отримувачі проживають у селах громади. Протягом року на обслуговування взято 52 особи, знято з обслуговування – 47 (померли 29, переїхали до родичів – 11, влаштовані до закладів стаціонарного догляду – 7).

Послугу надавали 36 соціальних робітників; на одного соціального робітника припадає в середньому 8,8 отримувача. У 2025 році 14 соціальних робітників пройшли навчання з надання першої домедичної допомоги.

## 2. Методи оцінювання

- вивчення 64 особових справ (20 % від загальної кількості);
- анкетування 96 отримувачів послуги;
- спостереження під час відвідувань вдома.

## 3. Шкала оцінювання

Рівень якості за кожним критерієм визначається за часткою позитивних відповідей отримувачів: 85–100 % – «добре»; 60–84,9 % – «задовільно»; менше 60 % – «незадовільно».

## 4. Результати оцінювання

| Критерій | Частка позитивних відповідей, % | Оцінка |
|---|---|---|
| Адресність та індивідуальний підхід | 91,7 | добре |
| Результативність | 86,5 | добре |
| Своєчасність | 82,3 | добре |
| Доступність та відкритість | 94,8 | добре |
| Зручність | 78,1 | задовільно |
| Повага до гідності отримувача соціальної послуги | 97,9 | добре |
| Професійність | 89,6 | добре |
| Загальна оцінка (середнє значення) | 88,7 | добре |

Загалом задоволені послугою 90 отримувачів з 96 (93,8 %). Найнижче оцінено зручність: отримувачі просять погоджувати час відвідування заздалегідь.

## 5. Висновки та рекомендації

Загальний рівень якості послуги догляду вдома – «добре». Скарг на якість послуги протягом 2025 року не надходило.

1. До 01.03.2026 переглянути графіки відвідувань з урахуванням побажань отримувачів.
2. У 2026 році забезпечити навчання ще 10 соціальних робітників.

Голова комісії (підпис)
"""


def build():
    write_text(report_path(NAME), MD)


def gold():
    g = Gold(NAME, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Теребовлянської міської ради",
        "centre_type": "tcso", "settlement": "Теребовля", "oblast": "Тернопільська",
        "report_kind": "internal_assessment", "period_start": "2025-01-01", "period_end": "2025-12-31"},
        {"centre": ["Територіальний центр соціального обслуговування (надання соціальних послуг) Теребовлянської міської ради Тернопільської області"]})
    f = g.f
    hc = f("served", "persons", 318, "Послугу догляду вдома у 2025 році отримували 318 осіб", service="home_care")
    w = f("served", "persons", 229, "з них 229 жінок", service="home_care", category="жінки", parent=hc,
          group="home_care_318_by_sex")
    m = f("served", "persons", 89, "89 чоловіків", service="home_care", category="чоловіки", parent=hc,
          group="home_care_318_by_sex")
    vil = f("served", "recipients", 204, "204 отримувачі проживають у селах громади", service="home_care",
            category="мешканці сіл", parent=hc, unit_alt="persons")
    f("served", "persons", 52, "на обслуговування взято 52 особи", service="home_care",
      alt=["registered_new", "support_started"], label="взято на обслуговування")
    de = f("deregistered", "persons", 47, "знято з обслуговування – 47", service="home_care")
    rs = []
    for q, lab, v in (("померли 29", "смерть", 29), ("переїхали до родичів – 11", "переїзд до родичів", 11),
                      ("влаштовані до закладів стаціонарного догляду – 7",
                       "влаштування до закладів стаціонарного догляду", 7)):
        rs.append(f("deregistered", "persons", v, q, label=lab, service="home_care", parent=de,
                    group="deregistered_47_by_reason", alt=["outcome_other"]))
    sw = f("staff_actual", "staff", 36, "Послугу надавали 36 соціальних робітників", category="соціальні робітники")
    f("staff_trained", "staff", 14, "14 соціальних робітників пройшли навчання")
    sr = f("survey_respondents", "recipients", 96, "анкетування 96 отримувачів послуги", unit_alt="persons",
           service="home_care")
    crit = [("Адресність та індивідуальний підхід\t91,7\tдобре", "targeting", 91.7, "good"),
            ("Результативність\t86,5\tдобре", "effectiveness", 86.5, "good"),
            ("Своєчасність\t82,3\tдобре", "timeliness", 82.3, "good"),
            ("Доступність та відкритість\t94,8\tдобре", "accessibility", 94.8, "good"),
            ("Зручність\t78,1\tзадовільно", "convenience", 78.1, "satisfactory"),
            ("Повага до гідності отримувача соціальної послуги\t97,9\tдобре", "dignity", 97.9, "good"),
            ("Професійність\t89,6\tдобре", "professionalism", 89.6, "good")]
    S, R = [], []
    for q, c, p, r in crit:
        S.append(f("share", "percent", p, q, criterion=c, alt=["satisfaction"], service="home_care",
                   label="частка позитивних відповідей"))
        R.append(f("rating", "rating", r, q, criterion=c, service="home_care"))
    oq = "Загальна оцінка (середнє значення)\t88,7\tдобре"
    os_ = f("share", "percent", 88.7, oq, criterion="overall", alt=["satisfaction"], service="home_care",
            label="частка позитивних відповідей, середнє значення")
    orr = f("rating", "rating", "good", oq, criterion="overall", service="home_care")
    sat = f("satisfaction", "percent", 93.8, "Загалом задоволені послугою 90 отримувачів з 96 (93,8 %)",
            service="home_care")
    orr2 = f("rating", "rating", "good", "Загальний рівень якості послуги догляду вдома – «добре».",
             criterion="overall", service="home_care", label="повторна згадка загальної оцінки")
    f("complaints", "complaints", 0, "Скарг на якість послуги протягом 2025 року не надходило.")
    BANDS = "[(85, 100, 'good'), (60, 84.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    ti = 2  # Своєчасність
    g.slip("rating_band", "error", "Своєчасність\t82,3\tдобре", "good", "satisfactory", [S[ti], R[ti]],
           "Своєчасність 82,3 % is rated «добре», but the document's own band for «добре» is 85–100 %; "
           "82,3 % falls in 60–84,9 % «задовільно»",
           f"band({S[ti]}, {BANDS}) == {R[ti]}")
    others = [i for i in range(len(S)) if i != ti]
    g.check("rating_band", "85–100 % – «добре»; 60–84,9 % – «задовільно»",
            "every other criterion's rating matches its band, and so does the overall 88,7 % «добре»",
            " and ".join(f"band({S[i]}, {BANDS}) == {R[i]}" for i in others) + f" and band({os_}, {BANDS}) == {orr}")
    g.check("table_arithmetic", oq, "mean of the seven criteria: 620,9 / 7 = 88,7",
            f"round(({' + '.join(S)}) / 7, 1) == {os_}")
    g.check("percent_impossible", "Критерій\tЧастка позитивних відповідей, %\tОцінка",
            "every share is reachable with 96 respondents (88, 83, 79, 91, 75, 94, 86 of 96)",
            " and ".join(f"grim_ok({s_}, {sr}, 1)" for s_ in S))
    g.check("percent_mismatch", "90 отримувачів з 96 (93,8 %)", "90/96 = 93,75 % → 93,8", f"pct_ok({sat}, 90, {sr}, 1)")
    g.check("parts_sum", "з них 229 жінок та 89 чоловіків", "229 + 89 = 318; 204 ≤ 318", f"{w} + {m} == {hc} and {vil} <= {hc}")
    g.check("parts_sum", "знято з обслуговування – 47 (померли 29", "29 + 11 + 7 = 47", " + ".join(rs) + f" == {de}")
    g.check("internal_conflict", "Загальний рівень якості послуги догляду вдома – «добре».",
            "the overall rating in the conclusions equals the table's", f"{orr2} == {orr}")
    g.skip("ЄДРПОУ 43902518 · 48100, м. Теребовля, вул. Шевченка, 3 · тел. (03551) 0-27-64",
           [43902518, 48100, 3, 3551, 2764], "ЄДРПОУ, postcode, address, phone")
    g.skip("Оцінку якості послуги, наданої у 2025 році, проведено відповідно до наказу директора від 10.11.2025 № 58-од "
           "комісією у складі 5 осіб у період з 17.11.2025 по 12.12.2025.",
           [2025, 10, 11, 2025, 58, 5, 17, 11, 2025, 12, 12, 2025], "order date/number, commission size, assessment dates")
    g.skip("в середньому 8,8 отримувача", [8.8], "ratio (recipients per social worker)")
    g.skip("вивчення 64 особових справ (20 % від загальної кількості)", [64, 20], "case files studied and their share (method)")
    g.skip("85–100 % – «добре»; 60–84,9 % – «задовільно»; менше 60 % – «незадовільно»", [85, 100, 60, 84.9, 60],
           "rating band bounds")
    g.skip("90 отримувачів з 96", [90], "count of satisfied (no §3 id); literal in the check")
    g.skip("1. До 01.03.2026 переглянути графіки", [1, 1, 3, 2026], "recommendation number, deadline")
    g.skip("2. У 2026 році забезпечити навчання ще 10 соціальних робітників.", [2, 2026, 10], "2026 plan")
    g.skip("1. Загальні відомості про послугу", [1, 2, 3, 4, 5], "section numbers 1–5")
    g.skip("У 2025 році 14 соціальних робітників", [2025], "year")
    g.skip("2. Методи оцінювання", [2], "section number")
    g.note("the criteria table: each row gives a share (share, alt satisfaction, with criterion) and a rating")
    g.note("the overall rating is written twice (table and conclusions): two facts")
    g.note("«знято з обслуговування» → deregistered with labelled reasons (alt outcome_other)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
