"""b77_07: internal quality assessment 2024 of КУ «ЦНСП» Колківської селищної ради (Волинська), published as
Markdown in a hromada's open-data repository (front matter, headings, bold, lists, pipe table, links, image)."""
from common import Gold, write_text, report_path, read_text

DOC = "b77_07_kolky_cnsp_internal2024.md"
TEXT = """---
title: "Звіт про проведення внутрішньої оцінки якості соціальних послуг за 2024 рік"
date: 2025-02-14
tags: [соціальні-послуги, оцінка-якості, ЦНСП, 2024]
author: "КУ ЦНСП Колківської селищної ради"
version: 1.2
---

# Звіт про проведення внутрішньої оцінки якості соціальних послуг КУ «Центр надання соціальних послуг» Колківської селищної ради за 2024 рік

> Документ опубліковано в репозиторії відкритих даних Колківської громади. Попередні звіти: [2023](https://github.com/kolky-hromada/opendata/blob/main/social/2023/zvit.md), [2022](https://github.com/kolky-hromada/opendata/blob/main/social/2022/zvit.md).

## 1. Підстава та організація оцінювання

Внутрішню оцінку проведено відповідно до [наказу № 45-ОД від 02.12.2024](https://kolky-rada.example.ua/docs/nakaz-45.pdf) «Про проведення внутрішньої оцінки якості соціальних послуг» робочою групою з 5 осіб у період з 09.12.2024 по 20.12.2024. Оцінювали послуги, надані з 01.01.2024 по 31.12.2024.

Методи: аналіз документації (вибірково 60 особових справ), анкетування отримувачів, співбесіди з персоналом.

## 2. Отримувачі та обсяг послуг

У 2024 році Центр надав соціальні послуги **1 072** особам з **22** населених пунктів громади.

![діаграма](img/chart.png)

*Таблиця 1. Отримувачі та кількість наданих послуг*

| Послуга | Отримувачів, осіб | Надано послуг |
|:---|--:|--:|
| Догляд вдома | 96 | 11 840 |
| Консультування | 438 | 902 |
| Інформування | 391 | 517 |
| Соціальний супровід сімей (осіб) у СЖО | 41 | 1 215 |
| Представництво інтересів | 23 | 31 |
| Натуральна допомога | 83 | 83 |
| **Разом** | **1 072** | **14 588** |

### Соціальний супровід

- під супроводом перебувала **41** сім'я, у них **87** дітей;
- взято під супровід у 2024 році – **26** сімей;
- завершено супровід – **22** сім'ї, з них:
  1. з позитивним результатом – 15;
  2. СЖО мінімізовано – 5;
  3. у зв'язку зі зміною місця проживання – 2;
- продовжено у 2025 році – **19** сімей.

Середня тривалість супроводу – 4 місяці (максимальна – 9 місяців).

## 3. Анкетування отримувачів

Анкетування проведено серед **57** отримувачів ([форма анкети](https://forms.example.ua/kolky-2024), анонімно). Результати:

1. задоволені якістю послуг – **92,4 %**;
2. вважають, що послугу надано своєчасно – **89,5 %**;
3. знають, куди звернутися зі скаргою, – **77,2 %**.

## 4. Оцінка за критеріями

Шкала, прийнята робочою групою: 81–100 % – «добре», 61–80 % – «задовільно», 60 % і менше – «незадовільно».

- Адресність та індивідуальний підхід – 93 % («добре»);
- Результативність – 86 % («добре»);
- Доступність та відкритість – 79 % («задовільно»): 2 з 4 пунктів надання послуг не мають пандусів;
- Професійність – 95 % («добре»).

**Загальна оцінка якості соціальних послуг Центру – «добре».**

## 5. Персонал і звернення

Штатний розпис – **31,5** штатної одиниці, фактично працює **29** осіб. У 2024 році підвищили кваліфікацію **11** працівників (див. [план навчання](docs/plan-navchannia-2024.xlsx)).

Протягом 2024 року надійшла **1** скарга (щодо графіка роботи соціального робітника), її розглянуто та задоволено.

## 6. Заходи на 2025 рік

1. Облаштувати пандуси у 2 пунктах надання послуг до 30.06.2025.
2. Довести частку отримувачів, які знають порядок оскарження, до 90 %.
3. Запровадити послугу денного догляду на 10 місць.

---

Контакти: 45010, Волинська обл., Луцький р-н, смт Колки, вул. Незалежності, 12, тел. (03376) 0-21-95, код ЄДРПОУ 44617203.
Ліцензія даних: [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/) · Змінено: 14.02.2025 · [Назад до списку звітів](../README.md)
"""

ROWS = [("Догляд вдома", 96, 11840, "home_care"), ("Консультування", 438, 902, "counselling"),
        ("Інформування", 391, 517, "informing"),
        ("Соціальний супровід сімей (осіб) у СЖО", 41, 1215, "social_support_sjo"),
        ("Представництво інтересів", 23, 31, "representation"), ("Натуральна допомога", 83, 83, "natural_aid")]


def main():
    path = report_path(DOC)
    write_text(path, TEXT)
    text = read_text(path)
    lines = text.split("\n")

    def line_with(*parts):
        hits = [ln for ln in lines if all(p in ln for p in parts)]
        assert len(hits) == 1, (parts, hits)
        return hits[0].strip()
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Колківської селищної ради", "centre_type": "cnsp",
        "settlement": "Колки", "oblast": "Волинська", "report_kind": "internal_assessment",
        "period_start": "2024-01-01", "period_end": "2024-12-31", "published": "2025-02-14"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Колківської селищної ради",
                             "КУ «Центр надання соціальних послуг» Колківської селищної ради"]})
    f = g.f
    f("served", "persons", 1072, "У 2024 році Центр надав соціальні послуги 1 072 особам")
    tq = line_with("Разом", "1 072")
    t_r = f("served", "persons", 1072, tq, label="Разом")
    t_s = f("services_provided", "services", 14588, tq, label="Разом")
    for name, r, sv, sid in ROWS:
        q = line_with(name, str(r))
        f("served", "persons", r, q, service=sid, group="table1_recipients", parent=t_r,
          alt=["support_ongoing"] if sid == "social_support_sjo" else None)
        f("services_provided", "services", sv, q, service=sid, group="table1_services", parent=t_s)
    # f4..f15 table rows
    f16 = f("served", "families", 41, "під супроводом перебувала 41 сім'я", service="social_support_sjo",
            alt=["support_ongoing"])
    f("served", "children", 87, "у них 87 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=f16)
    f("support_started", "families", 26, "взято під супровід у 2024 році – 26 сімей", service="social_support_sjo",
      parent=f16)
    f19 = f("support_completed", "families", 22, "завершено супровід – 22 сім'ї", service="social_support_sjo",
            parent=f16)
    grp = "completed_22_by_result"
    f("outcome_positive", "families", 15, "з позитивним результатом – 15", group=grp, parent=f19)
    f("outcome_minimized", "families", 5, "СЖО мінімізовано – 5", group=grp, parent=f19)
    f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2", label="зміна місця проживання",
      group=grp, parent=f19)
    f("support_ongoing", "families", 19, "продовжено у 2025 році – 19 сімей", service="social_support_sjo", parent=f16)
    f("survey_respondents", "recipients", 57, "Анкетування проведено серед 57 отримувачів", unit_alt="persons")
    f("satisfaction", "percent", 92.4, "задоволені якістю послуг – 92,4 %", alt=["share"])
    f("share", "percent", 89.5, "вважають, що послугу надано своєчасно – 89,5 %", criterion="timeliness",
      label="вважають, що послугу надано своєчасно", alt=["satisfaction"])
    f("share", "percent", 77.2, "знають, куди звернутися зі скаргою, – 77,2 %",
      label="знають, куди звернутися зі скаргою")
    crit = [("Адресність та індивідуальний підхід – 93 % («добре»)", 93, "good", "targeting"),
            ("Результативність – 86 % («добре»)", 86, "good", "effectiveness"),
            ("Доступність та відкритість – 79 % («задовільно»)", 79, "satisfactory", "accessibility"),
            ("Професійність – 95 % («добре»)", 95, "good", "professionalism")]
    pairs = []
    for q, v, r, c in crit:
        a = f("share", "percent", v, q, criterion=c, label="частка позитивних відповідей", alt=["satisfaction"])
        b = f("rating", "rating", r, q, criterion=c)
        pairs.append((a, b))
    f("rating", "rating", "good", "Загальна оцінка якості соціальних послуг Центру – «добре».", criterion="overall")
    f("staff_positions", "positions", 31.5, "Штатний розпис – 31,5 штатної одиниці")
    f("staff_actual", "staff", 29, "фактично працює 29 осіб")
    f("staff_trained", "staff", 11, "У 2024 році підвищили кваліфікацію 11 працівників")
    f("complaints", "complaints", 1, "Протягом 2024 року надійшла 1 скарга")

    g.slip("percent_impossible", "error", "задоволені якістю послуг – 92,4 %", 92.4, "91,2/91,3 (52 of 57) or 93,0/92,9 (53 of 57)",
           ["f25", "f24"],
           "GRIM: with 57 respondents the reachable shares near it are 52/57 = 91,23 % and 53/57 = 92,98 %; "
           "no whole number of the 57 gives 92,4 % at one decimal under any rounding",
           "grim_ok(f25, f24, 1)")
    c = g.check
    c("table_arithmetic", tq, "recipients: 96 + 438 + 391 + 41 + 23 + 83 = 1 072", "f4 + f6 + f8 + f10 + f12 + f14 == f2")
    c("table_arithmetic", tq, "services: 11 840 + 902 + 517 + 1 215 + 31 + 83 = 14 588",
      "f5 + f7 + f9 + f11 + f13 + f15 == f3")
    c("internal_conflict", "У 2024 році Центр надав соціальні послуги 1 072 особам",
      "prose 1 072 = table Разом 1 072", "f1 == f2")
    c("parts_sum", "завершено супровід – 22 сім'ї, з них:", "15 + 5 + 2 = 22", "f20 + f21 + f22 == f19")
    c("parts_sum", "продовжено у 2025 році – 19 сімей", "41 − 22 completed = 19 continued; 26 new ≤ 41",
      "f16 - f19 == f23 and f18 <= f16")
    c("percent_impossible", "вважають, що послугу надано своєчасно – 89,5 %",
      "89,5 % = 51 / 57 (89,47); 77,2 % = 44 / 57 (77,19)", "grim_ok(f26, f24, 1) and grim_ok(f27, f24, 1)")
    bands = '[(81, 100, "good"), (61, 80, "satisfactory"), (0, 60, "unsatisfactory")]'
    c("rating_band", "Шкала, прийнята робочою групою: 81–100 % – «добре», 61–80 % – «задовільно»",
      "each criterion's rating matches the band of its share (93, 86, 95 → добре; 79 → задовільно)",
      " and ".join(f"band({a}, {bands}) == {b}" for a, b in pairs))
    c("parts_sum", "фактично працює 29 осіб", "29 ≤ 31,5; 11 trained ≤ 29", "f38 <= f37 and f39 <= f38")

    s = g.skip
    s('date: 2025-02-14', [2025, 2, 14], "front-matter date")
    s("tags: [соціальні-послуги, оцінка-якості, ЦНСП, 2024]", [2024], "tag")
    s("version: 1.2", [1.2], "file version")
    s("за 2024 рік", [2024], "year in the title")
    s("Попередні звіти: 2023, 2022.", [2023, 2022], "link texts: years of earlier reports")
    s("наказу № 45-ОД від 02.12.2024", [45, 2, 12, 2024], "order number and date (link text)")
    s("робочою групою з 5 осіб у період з 09.12.2024 по 20.12.2024", [5, 9, 12, 2024, 20, 12, 2024],
      "group size and assessment dates")
    s("Оцінювали послуги, надані з 01.01.2024 по 31.12.2024.", [1, 1, 2024, 31, 12, 2024], "assessed period")
    s("вибірково 60 особових справ", [60], "case files sampled")
    s("з 22 населених пунктів громади", [22], "settlement count")
    s("Таблиця 1. Отримувачі та кількість наданих послуг", [1], "table number")
    s("Середня тривалість супроводу – 4 місяці (максимальна – 9 місяців).", [4, 9], "durations")
    s("81–100 % – «добре», 61–80 % – «задовільно», 60 % і менше – «незадовільно»", [81, 100, 61, 80, 60], "band definitions")
    s("2 з 4 пунктів надання послуг не мають пандусів", [2, 4], "service points (no §3 id)")
    s("1. Облаштувати пандуси у 2 пунктах надання послуг до 30.06.2025.", [1, 2, 30, 6, 2025], "plan")
    s("2. Довести частку отримувачів, які знають порядок оскарження, до 90 %.", [2, 90], "target")
    s("3. Запровадити послугу денного догляду на 10 місць.", [3, 10], "plan")
    s("Контакти: 45010, Волинська обл., Луцький р-н, смт Колки, вул. Незалежності, 12, тел. (03376) 0-21-95, код ЄДРПОУ 44617203.",
      [45010, 12, 3376, 2195, 44617203], "postcode, address, phone, ЄДРПОУ")
    s("CC BY 4.0", [4.0], "licence version (link text)")
    s("Змінено: 14.02.2025", [14, 2, 2025], "modification date")
    s("1. Підстава та організація оцінювання", [1, 2, 3, 4, 5, 6], "section numbers; list item numbers 1.–3.")
    g.note("Markdown: quotes are what `zvitparse read` prints (front matter kept as lines, ** and link targets dropped, "
           "the image as its alt text, pipe table as tab-separated rows with the alignment row)")
    g.note("table rows and the bold Разом row are facts quoted by their row; rows hang on the Разом cell")
    g.note("the SJO row of the table (41, persons) and the list «41 сім'я» are two facts in two units")
    g.note("survey: «задоволені якістю послуг» → satisfaction (alt share); the other two are share with labels; "
           "«своєчасно» carries criterion timeliness")
    g.note("criteria list: each item is a share (criterion, alt satisfaction) and a rating")
    g.write()


if __name__ == "__main__":
    main()
