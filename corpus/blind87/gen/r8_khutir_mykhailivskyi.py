"""b87_08: ТЦСО Хутір-Михайлівської міської ради (Сумська), annual report for 2024.
UTF-8 TXT pieced together from several sources, with THOUSANDS SEPARATORS OF EVERY KIND: apostrophe
(1'204), dot (18.937), narrow no-break space U+202F (3 918), thin space U+2009 (12 604), none (1875),
beside decimal commas (48,5) and decimal points (36.4 %). Less common style 2 of the set.
First person plural."""
from common import Gold, report_path, write_text

DOC = "b87_08_khutir_mykhailivskyi_tcso_annual2024.txt"
NN = "\u202f"   # narrow no-break space
TH = "\u2009"   # thin space

TEXT = f"""ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)
ХУТІР-МИХАЙЛІВСЬКОЇ МІСЬКОЇ РАДИ
(до перейменування міста у 2024 році – Дружбівської міської ради)
41320, Сумська обл., Шосткинський р-н, м. Хутір-Михайлівський, вул. Миру, 12
тел. (05455) 0-62-08; код ЄДРПОУ 37642190

ЗВІТ ПРО РОБОТУ ЗА 2024 РІК

1. Загальні відомості
Наша громада – це 1 місто та 16 сіл, населення – 9.614 осіб, у т. ч. пенсіонерів – 3{NN}218.
Штатним розписом на 2024 рік передбачено 48,5 посади; станом на 31.12.2024 фактично працювало 44 працівники. Протягом року підвищили кваліфікацію 17 наших працівників.

2. Обслуговування
У 2024 році ми обслуговували 1'204 особи (у 2023 р. – 1'156). Серед них:
  відділення соціальної допомоги вдома – 438 осіб (36.4 % від загальної кількості);
  відділення денного перебування – 187 осіб;
  відділення організації надання адресної натуральної та грошової допомоги – 579 осіб.
Жінки становлять 83.7 % усіх обслугованих. Взято на обслуговування 163 особи, знято з обслуговування 141 особу.

3. Соціальні послуги
За рік надано 18.937 соціальних послуг (2023 р. – 17.802).
Розподіл за відділеннями (дані бухгалтерського звіту, форма 12-соц):
  вдома ................ 12{TH}604
  денне перебування .... 3{NN}918
  адресна допомога ..... 1875
  всього ............... 18{TH}397
Соціальне таксі: надано 214 послуг соціального таксі 61 особі, пробіг – 2.5 тис. км. Вартість однієї години догляду вдома для платних отримувачів – 83,7 грн.

4. Натуральна допомога
Видано 2'416 продуктових наборів та 312 комплектів засобів гігієни на загальну суму 1.287,4 тис. грн.

5. Фінансування
Кошторис загального фонду на 2024 рік – 14{NN}482,6 тис. грн, касові видатки – 14{TH}317,9 тис. грн, економія – 164,7 тис. грн (1,1 %). До спеціального фонду надійшло 836,5 тис. грн плати за соціальні послуги.

6. Якість
В анкетуванні взяли участь 212 отримувачів; рівень задоволеності – 96,7 % (у 2023 р. – 95.8 %), у відділенні денного перебування – 98.9 %. Надійшло 2 скарги, обидві розглянуто, визнано необґрунтованими.
Проведено 64 культурно-масові та групові заходи, учасників – 1.093.

Основні показники 2024 р.: обслуговано – 1204 особи; надано послуг – 18397; скарг – 2.

Директор (підпис)
14.01.2025
"""


def build():
    write_text(report_path(DOC), TEXT, encoding="utf-8")


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) "
                  "Хутір-Михайлівської міської ради",
        "centre_type": "tcso",
        "settlement": "Хутір-Михайлівський",
        "oblast": "Сумська",
        "report_kind": "annual_report",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    }, {"settlement": ["Дружба"],
        "centre": ["Територіальний центр соціального обслуговування (надання соціальних послуг) "
                   "Дружбівської міської ради"]})
    F = g.f
    pos = F("staff_positions", "positions", 48.5, "передбачено 48,5 посади")
    act = F("staff_actual", "staff", 44, "фактично працювало 44 працівники")
    trn = F("staff_trained", "staff", 17, "підвищили кваліфікацію 17 наших працівників")
    sv = F("served", "persons", 1204, "У 2024 році ми обслуговували 1'204 особи")
    d1 = F("served", "persons", 438, "відділення соціальної допомоги вдома – 438 осіб (36.4 % від загальної кількості)",
           percent=36.4, district="відділення соціальної допомоги вдома", service="home_care",
           group="served_1204_by_department", parent=sv)
    d2 = F("served", "persons", 187, "відділення денного перебування – 187 осіб",
           district="відділення денного перебування", group="served_1204_by_department", parent=sv)
    d3 = F("served", "persons", 579,
           "відділення організації надання адресної натуральної та грошової допомоги – 579 осіб",
           district="відділення організації надання адресної натуральної та грошової допомоги",
           group="served_1204_by_department", parent=sv)
    wom = F("share", "percent", 83.7, "Жінки становлять 83.7 % усіх обслугованих", label="частка жінок серед обслугованих")
    new = F("served", "persons", 163, "Взято на обслуговування 163 особи", label="взято на обслуговування",
            alt=["registered_new", "support_started"])
    dr = F("deregistered", "persons", 141, "знято з обслуговування 141 особу")
    spx = F("services_provided", "services", 18937, "За рік надано 18.937 соціальних послуг")
    b1 = F("services_provided", "services", 12604, "вдома ................ 12\t604", district="відділення соціальної допомоги вдома",
           service="home_care", group="services_18397_by_department")
    b2 = F("services_provided", "services", 3918, "денне перебування .... 3\t918", district="відділення денного перебування",
           group="services_18397_by_department")
    b3 = F("services_provided", "services", 1875, "адресна допомога ..... 1875",
           district="відділення організації надання адресної натуральної та грошової допомоги",
           group="services_18397_by_department")
    bt = F("services_provided", "services", 18397, "всього ............... 18\t397", label="всього за відділеннями")
    for b in (b1, b2, b3):
        g.facts[int(b[1:]) - 1]["parent_id"] = bt
        g.facts[int(b[1:]) - 1]["parent_quote"] = "всього ............... 18\t397"
    txs = F("services_provided", "services", 214, "надано 214 послуг соціального таксі", service="social_taxi")
    tx = F("served", "persons", 61, "надано 214 послуг соціального таксі 61 особі", service="social_taxi")
    aid = F("aid_value", "uah", 1287400, "на загальну суму 1.287,4 тис. грн",
            label="продуктові набори та засоби гігієни")
    ap = F("budget_approved", "uah", 14482600, "Кошторис загального фонду на 2024 рік – 14 482,6 тис. грн",
           label="загальний фонд")
    spn = F("budget_spent", "uah", 14317900, "касові видатки – 14 317,9 тис. грн", label="загальний фонд")
    sav = F("budget_savings", "uah", 164700, "економія – 164,7 тис. грн (1,1 %)", percent=1.1, label="загальний фонд")
    rec = F("budget_received", "uah", 836500, "До спеціального фонду надійшло 836,5 тис. грн плати за соціальні послуги",
            label="спеціальний фонд, плата за соціальні послуги")
    rs = F("survey_respondents", "recipients", 212, "В анкетуванні взяли участь 212 отримувачів", unit_alt="persons")
    sat = F("satisfaction", "percent", 96.7, "рівень задоволеності – 96,7 %", alt=["share"])
    sdd = F("satisfaction", "percent", 98.9, "у відділенні денного перебування – 98.9 %", service="day_care",
            district="відділення денного перебування", alt=["share"])
    cp = F("complaints", "complaints", 2, "Надійшло 2 скарги")
    ev = F("events", "events", 64, "Проведено 64 культурно-масові та групові заходи")
    evp = F("event_participants", "persons", 1093, "учасників – 1.093", parent=ev)
    sv2 = F("served", "persons", 1204, "обслуговано – 1204 особи", note="summary line repeats 1'204: two facts")
    sp2 = F("services_provided", "services", 18397, "надано послуг – 18397",
            note="summary line; agrees with the department breakdown, not with the 18.937 of section 3")
    cp2 = F("complaints", "complaints", 2, "скарг – 2.", note="summary line repeats the 2 complaints")

    g.slip("internal_conflict", "error", "За рік надано 18.937 соціальних послуг", 18937, 18397, [spx, bt, sp2],
           "section 3 says 18.937 services; the department breakdown right below totals 18 397 "
           "(12 604 + 3 918 + 1875 = 18 397) and the summary line says 18397: two digits transposed",
           f"{spx} == {bt}", slip=1)
    C = g.check
    C("parts_sum", "У 2024 році ми обслуговували 1'204 особи", "438 + 187 + 579 = 1 204", f"{d1} + {d2} + {d3} == {sv}")
    C("percent_mismatch", "(36.4 % від загальної кількості)", "438 / 1 204 = 36,38 % → 36.4",
      f"pct_ok(p{d1[1:]}, {d1}, {sv}, 1)")
    C("percent_impossible", "Жінки становлять 83.7 % усіх обслугованих", "1 008 / 1 204 = 83,72 % → 83.7 is reachable",
      f"grim_ok({wom}, {sv}, 1)")
    C("table_arithmetic", "всього ............... 18\t397", "12 604 + 3 918 + 1875 = 18 397", f"{b1} + {b2} + {b3} == {bt}")
    C("internal_conflict", "обслуговано – 1204 особи; надано послуг – 18397; скарг – 2.",
      "summary = body for persons served (1'204), complaints (2) and the department total (18 397)",
      f"{sv2} == {sv} and {cp2} == {cp} and {sp2} == {bt}")
    C("table_arithmetic", "економія – 164,7 тис. грн (1,1 %)", "14 482,6 − 14 317,9 = 164,7 тис. грн",
      f"{ap} - {spn} == {sav}")
    C("percent_mismatch", "економія – 164,7 тис. грн (1,1 %)", "164,7 / 14 482,6 = 1,14 % → 1,1",
      f"pct_ok(p{sav[1:]}, {sav}, {ap}, 1)")
    C("percent_impossible", "рівень задоволеності – 96,7 %", "205 / 212 = 96,70 % → reachable", f"grim_ok({sat}, {rs}, 1)")
    C("parts_sum", "фактично працювало 44 працівники", "44 ≤ 48,5; 17 trained ≤ 44", f"{act} <= {pos} and {trn} <= {act}")
    C("parts_sum", "Взято на обслуговування 163 особи, знято з обслуговування 141 особу", "163 taken on and 141 taken off ≤ 1 204",
      f"{new} <= {sv} and {dr} <= {sv}")
    S = g.skip
    S("(до перейменування міста у 2024 році – Дружбівської міської ради)", [2024], "year of renaming")
    S("41320, Сумська обл., Шосткинський р-н, м. Хутір-Михайлівський, вул. Миру, 12", [41320, 12], "postcode, address")
    S("тел. (05455) 0-62-08; код ЄДРПОУ 37642190", [5455, 6208, 37642190], "phone, ЄДРПОУ")
    S("ЗВІТ ПРО РОБОТУ ЗА 2024 РІК", [2024], "year of the title")
    S("1. Загальні відомості", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")
    S("Наша громада – це 1 місто та 16 сіл, населення – 9.614 осіб, у т. ч. пенсіонерів – 3 218",
      [1, 16, 9614, 3218], "settlements, population (dot and U+202F thousands separators)")
    S("Штатним розписом на 2024 рік", [2024], "year")
    S("станом на 31.12.2024", [31, 12, 2024], "date")
    S("(у 2023 р. – 1'156)", [2023, 1156], "prior-year figure (apostrophe separator)")
    S("(2023 р. – 17.802)", [2023, 17802], "prior-year figure (dot separator)")
    S("(дані бухгалтерського звіту, форма 12-соц)", [12], "form number")
    S("пробіг – 2.5 тис. км", [2500], "distance (decimal point, тис.)")
    S("Вартість однієї години догляду вдома для платних отримувачів – 83,7 грн", [83.7], "tariff")
    S("Видано 2'416 продуктових наборів та 312 комплектів засобів гігієни", [2416, 312], "items handed out")
    S("Кошторис загального фонду на 2024 рік", [2024], "year")
    S("(у 2023 р. – 95.8 %)", [2023, 95.8], "prior-year satisfaction")
    S("Основні показники 2024 р.", [2024], "year")
    S("14.01.2025", [14, 1, 2025], "date of signing")
    g.note("SEPARATORS: 1'204 (apostrophe), 18.937 / 9.614 / 17.802 / 1.093 (dot as thousands separator), "
           "1.287,4 тис. грн (dot thousands with a decimal comma) = 1 287 400 грн, 3 918 / 3 218 / 14 482,6 "
           "(U+202F), 12 604 / 18 397 / 14 317,9 (U+2009), 1875 / 1204 / 18397 (none); decimals: 48,5, 96,7, "
           "164,7, 83,7 (comma) and 36.4 %, 83.7 %, 98.9 %, 95.8 %, 2.5 тис. км (point). zvitparse read prints "
           "U+202F and U+2009 as plain spaces, so quotes have plain spaces")
    g.note("a three-digit group after a dot (18.937, 1.093, 9.614) is a thousands separator; one digit after a "
           "dot (36.4, 83.7, 2.5) is a decimal point")
    g.note("figures said twice are two facts: 1'204 / 1204 served, 2 / 2 complaints, 18 397 / 18397 services; "
           "the 18.937 of section 3 is the odd one out (internal_conflict)")
    g.note("READER NOTE: `zvitparse read` (as run when the set was written) prints the indented dot-leader block "
           "of section 3 as a table, splitting 12 604 / 3 918 / 18 397 at the thin and narrow no-break spaces "
           "(«12\\t604») and joining the «1875» and «всього» lines. The document was left as written; the four "
           "quotes of that block are verbatim read text with the tab. Values are the whole numbers")
    g.note("the department breakdown of services hangs on its own «всього» (18 397), not on the 18.937 of the prose")
    g.note("the town was renamed from Дружба in 2024 (the text says so); meta_alt accepts the old names")
    g.write()


if __name__ == "__main__":
    build()
    gold()
