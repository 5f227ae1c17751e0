"""blind8/08: ТЦСО internal assessment of «консультування» (Одеська): survey in prose, criteria with percentages
and rating bands. TXT in windows-1251 with CRLF line ends."""
from _common import F, write_text, write_gold

STEM = "08_izmail_tcso_counselling_2024"
TEXT = """Територіальний центр соціального обслуговування (надання соціальних послуг) Ізмаїльської міської ради Одеської області

ЗВІТ
про результати внутрішнього моніторингу та оцінки якості соціальної послуги консультування, наданої у 2024 році

1. Загальна інформація

Відповідно до постанови Кабінету Міністрів України від 01.06.2020 № 449, наказу Міністерства соціальної політики України від 27.12.2013 № 904 та наказу директора територіального центру від 15.01.2025 № 11-ОД комісія у складі 5 осіб у період з 20.01.2025 по 07.02.2025 провела внутрішню оцінку якості соціальної послуги консультування.
Прийом отримувачів здійснюється у кабінеті № 14 на першому поверсі щовівторка та щочетверга з 9.00 до 13.00; середня тривалість консультації – 25 хвилин.

2. Кількісні показники

У 2024 році за послугою консультування звернулося 518 осіб. Послугу надано 509 особам (98,3 % звернень), 9 особам відмовлено у зв'язку з тим, що їхні питання не належать до компетенції центру (їх переадресовано до ЦНАП та Ізмаїльського бюро правничої допомоги).
Надано 1 274 консультації, з них: з питань соціального захисту – 612, психологічних – 377, юридичних – 285.
Консультування здійснювали 4 фахівці (штатних посад – 4,5). 2 фахівці у 2024 році пройшли онлайн-курс «Перша психологічна допомога» (30 годин).
Для порівняння: у 2023 році послугу отримали 447 осіб.

3. Результати анкетування

В анкетуванні взяли участь 37 отримувачів послуги. 30 осіб (82,0 %) повністю задоволені якістю консультування, 6 осіб (16,2 %) – частково задоволені, 1 особа (2,7 %) – не задоволена (причина – тривале очікування в черзі).
Протягом року надійшла 1 скарга (щодо тривалого очікування в черзі), яку розглянуто та визнано частково обґрунтованою.

4. Оцінка за показниками якості

Оцінювання проводилося за шкалою: 80–100 % – «добре», 51–79 % – «задовільно», 0–50 % – «незадовільно».
Адресність та індивідуальний підхід – 94 % («добре»);
Результативність – 86 % («добре»);
Своєчасність – 91 % («добре»);
Доступність та відкритість – 72 % («добре»);
Повага до гідності отримувача соціальної послуги – 100 % («добре»);
Професійність – 83 % («добре»).
Загальна оцінка якості надання соціальної послуги консультування – «добре».

5. План заходів на 2025 рік

1) запровадити попередній запис на консультацію за телефоном (04841) 2-05-17;
2) охопити послугою не менше 550 осіб.

Директор                                                          Людмила ДРАГАН
"""
C = "counselling"
facts = [
    F("ap", "applied", "persons", 518, "за послугою консультування звернулося 518 осіб", service=C),
    F(None, "served", "persons", 509, "Послугу надано 509 особам (98,3 % звернень)", service=C, percent=98.3),
    F("sp", "services_provided", "services", 1274, "Надано 1 274 консультації", service=C),
    F("s1", "services_provided", "services", 612, "з питань соціального захисту – 612", service=C, label="з питань соціального захисту", group="consultations_1274", parent="sp"),
    F("s2", "services_provided", "services", 377, "психологічних – 377", service=C, label="психологічні", group="consultations_1274", parent="sp"),
    F("s3", "services_provided", "services", 285, "юридичних – 285", service=C, label="юридичні", group="consultations_1274", parent="sp"),
    F(None, "staff_actual", "staff", 4, "Консультування здійснювали 4 фахівці", service=C),
    F(None, "staff_positions", "positions", 4.5, "(штатних посад – 4,5)", service=C),
    F(None, "staff_trained", "staff", 2, "2 фахівці у 2024 році пройшли онлайн-курс", service=C),
    F("r", "survey_respondents", "recipients", 37, "В анкетуванні взяли участь 37 отримувачів послуги", service=C, unit_alt="persons"),
    F("a1", "survey_respondents", "persons", 30, "30 осіб (82,0 %) повністю задоволені", service=C, percent=82.0, label="повністю задоволені", group="satisfaction_37", parent="r"),
    F("a2", "survey_respondents", "persons", 6, "6 осіб (16,2 %) – частково задоволені", service=C, percent=16.2, label="частково задоволені", group="satisfaction_37", parent="r"),
    F("a3", "survey_respondents", "persons", 1, "1 особа (2,7 %) – не задоволена", service=C, percent=2.7, label="не задоволені", group="satisfaction_37", parent="r"),
    F(None, "complaints", "complaints", 1, "надійшла 1 скарга", service=C),
]
CR = [("Адресність та індивідуальний підхід", 94, "targeting"), ("Результативність", 86, "effectiveness"),
      ("Своєчасність", 91, "timeliness"), ("Доступність та відкритість", 72, "accessibility"),
      ("Повага до гідності отримувача соціальної послуги", 100, "dignity"), ("Професійність", 83, "professionalism")]
for name, pct, cid in CR:
    q = f"{name} – {pct} % («добре»)"
    facts.append(F("p" + cid, "share", "percent", pct, q, service=C, criterion=cid, label=f"показник «{name.lower()}»"))
    facts.append(F("g" + cid, "rating", "rating", "good", q, service=C, criterion=cid))
facts.append(F(None, "rating", "rating", "good", "Загальна оцінка якості надання соціальної послуги консультування – «добре»", service=C, criterion="overall"))

audit = [
    {"rule": "percent_mismatch", "severity": "error", "quote": "30 осіб (82,0 %) повністю задоволені", "reported": 82.0, "expected": 81.1,
     "facts": ["a1", "r"], "note": "PLANTED. 30 / 37 = 81,08 % → 81,1 %, written 82,0 %."},
    {"rule": "percent_impossible", "severity": "error", "quote": "30 осіб (82,0 %) повністю задоволені", "reported": 82.0, "expected": "81.1 or 83.8",
     "facts": ["a1", "r"], "note": "GRIM with N = 37 at one decimal: 30/37 = 81,1 %, 31/37 = 83,8 %; no whole k gives 82,0 %. Same evidence as the percent_mismatch."},
    {"rule": "percents_sum", "severity": "error", "quote": "30 осіб (82,0 %) повністю задоволені якістю консультування, 6 осіб (16,2 %) – частково задоволені, 1 особа (2,7 %) – не задоволена",
     "reported": 100.9, "expected": 100, "facts": ["a1", "a2", "a3"],
     "note": "consequence of the same slip: 82,0 + 16,2 + 2,7 = 100,9 %, beyond the ±0,15 that rounding of three one-decimal parts allows. Counts add up: 30 + 6 + 1 = 37."},
    {"rule": "rating_band", "severity": "error", "quote": "Доступність та відкритість – 72 % («добре»)", "reported": "good", "expected": "satisfactory",
     "facts": ["paccessibility", "gaccessibility"],
     "note": "PLANTED. The document's own scale puts 72 % in 51–79 % «задовільно», but the criterion is rated «добре»."},
]
checks = [
    {"rule": "percent_mismatch", "quote": "Послугу надано 509 особам (98,3 % звернень)", "note": "509 / 518 = 98,26 % → 98,3 %"},
    {"rule": "parts_sum", "quote": "Надано 1 274 консультації, з них: з питань соціального захисту – 612, психологічних – 377, юридичних – 285", "note": "612 + 377 + 285 = 1 274"},
    {"rule": "percent_mismatch", "quote": "6 осіб (16,2 %) – частково задоволені", "note": "6 / 37 = 16,22 % → 16,2 %"},
    {"rule": "percent_mismatch", "quote": "1 особа (2,7 %) – не задоволена", "note": "1 / 37 = 2,70 % → 2,7 %"},
    {"rule": "parts_sum", "quote": "В анкетуванні взяли участь 37 отримувачів послуги", "note": "30 + 6 + 1 = 37"},
    {"rule": "rating_band", "quote": "Адресність та індивідуальний підхід – 94 % («добре»)", "note": "94, 86, 91, 100, 83 % all in 80–100 % «добре»: consistent (only accessibility 72 % is not)"},
    {"rule": "parts_sum", "quote": "звернулося 518 осіб. Послугу надано 509 особам", "note": "509 served + 9 refused = 518 applied"},
]
skipped = [
    {"quote": "від 15.01.2025 № 11-ОД", "values": [11], "reason": "order number and date"},
    {"quote": "комісія у складі 5 осіб", "values": [5], "reason": "commission size"},
    {"quote": "у період з 20.01.2025 по 07.02.2025", "values": [], "reason": "dates of the assessment"},
    {"quote": "у кабінеті № 14 на першому поверсі щовівторка та щочетверга з 9.00 до 13.00; середня тривалість консультації – 25 хвилин", "values": [14, 9, 13, 25], "reason": "room, opening hours, duration"},
    {"quote": "9 особам відмовлено", "values": [9], "reason": "refusals; no §3 id (candidate: refused) – 518 = 509 + 9 is in checks_passed"},
    {"quote": "онлайн-курс «Перша психологічна допомога» (30 годин)", "values": [30], "reason": "duration"},
    {"quote": "у 2023 році послугу отримали 447 осіб", "values": [447], "reason": "previous year"},
    {"quote": "80–100 % – «добре», 51–79 % – «задовільно», 0–50 % – «незадовільно»", "values": [80, 100, 51, 79, 0, 50], "reason": "rating bands"},
    {"quote": "за телефоном (04841) 2-05-17", "values": [], "reason": "phone"},
    {"quote": "охопити послугою не менше 550 осіб", "values": [550], "reason": "plan for 2025"},
    {"quote": "1. Загальна інформація", "values": [1], "reason": "section number"},
]
notes = [
    "file is windows-1251 with CRLF line ends",
    "each criterion line gives two facts: the percentage (share, criterion set) and the rating (rating, criterion set); both quote the same line",
    "survey answers are counts with their %: survey_respondents persons with `percent`, label, parent the 37 respondents",
    "«надійшла 1 скарга» → complaints 1 (the repeated mention in the survey sentence «тривале очікування в черзі» is a reason, not a second complaint)",
    "three findings (percent_mismatch, percent_impossible, percents_sum) come from one planted slip (82,0 instead of 81,1); the rating_band is the second slip",
]
write_text(STEM + ".txt", TEXT.replace("\n", "\r\n"), encoding="cp1251")
write_gold(STEM, STEM + ".txt",
           {"settlement": "Ізмаїл",
            "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Ізмаїльської міської ради",
            "centre_type": "tcso", "oblast": "Одеська", "report_kind": "internal_assessment",
            "period_start": "2024-01-01", "period_end": "2024-12-31"},
           facts, audit, checks, skipped, notes)
