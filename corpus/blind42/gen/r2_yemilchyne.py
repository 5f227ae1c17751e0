"""b42_02: ТЦСО Ємільчинської селищної ради, information for H1 2025 (TXT, windows-1251, CRLF, impersonal)."""
from common import Gold, report_path, read_text, write_text

NAME = "b42_02_yemilchyne_tcso_h1_2025.txt"
TEXT = """ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
(НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) ЄМІЛЬЧИНСЬКОЇ СЕЛИЩНОЇ РАДИ
11201, смт Ємільчине, вул. Незалежності, 41, тел. (04149) 0-21-37

№ 01-14/236 від 07.07.2025                 Департамент соціального захисту
                                           населення Житомирської
                                           обласної державної адміністрації

                              ІНФОРМАЦІЯ
          про роботу територіального центру за І півріччя 2025 року

     Територіальний центр обслуговує жителів 53 населених пунктів
громади (населення – 22 700 осіб, з них пенсійного віку – 6 944).

     1. Обслуговування громадян.
     Вперше звернулися до терцентру 73 особи, з них 61 взято на
обслуговування, 12 скеровано до інших надавачів. Станом на 30.06.2025
на обслуговуванні перебуває 486 осіб (у І півріччі 2024 року - 463),
а саме:
     - відділення соціальної допомоги вдома - 214 осіб (у середньому
11 підопічних на одного соціального робітника);
     - відділення організації надання адресної натуральної та грошової
допомоги - 229 осіб;
     - відділення денного перебування - 43 особи.

     Знято з обслуговування 48 осіб, з них: у зв'язку зі смертю - 29,
за власним бажанням - 11, з переїздом до іншого населеного пункту - 5,
влаштовано до будинку-інтернату - 3.

     Із 214 отримувачів догляду вдома 131 особа (61,2 %) - одинокі
громадяни, 58 осіб (27,1 %) - особи з інвалідністю I-II групи,
47 осіб (23,4 %) - громадяни старші 80 років.

     2. Обсяг послуг.
     Всього за звітний період надано 17 842 соціальні послуги, з них:
догляд вдома - 12 905, натуральна допомога - 3 560, денний догляд -
1 377.
     Платні послуги отримували 37 осіб; вартість 1 години догляду -
68,40 грн. До спеціального фонду надійшло 148,6 тис. грн.
     Видано 412 продуктових наборів, 86 комплектів засобів гігієни,
27 одиниць технічних засобів реабілітації (у тимчасове користування).
     Соціальне таксі: здійснено 94 поїздки, перевезено 52 особи,
загальний пробіг - 3 118 км.

     3. Кадрове забезпечення.
     Штатна чисельність - 38,5 штатних одиниць, фактично зайнято 36
працівників. 4 працівники пройшли навчання за програмою обсягом
72 години.

     4. Якість послуг.
     У травні 2025 року проведено анкетування 60 отримувачів послуги
догляду вдома. Рівень задоволеності якістю послуг - 95,0 %.
     Надійшло 2 скарги (щодо графіка відвідування), обидві розглянуто
у встановлений строк, факти частково підтвердилися.


Директор                                       ______________
Виконавець: відділ організаційної роботи, тел. (04149) 0-22-05
"""
path = report_path(NAME)
write_text(path, TEXT, encoding="cp1251", newline="\r\n")
T = read_text(path)

g = Gold(NAME, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Ємільчинської селищної ради",
    "centre_type": "tcso", "settlement": "Ємільчине", "oblast": "Житомирська",
    "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30"},
    {"centre": ["Територіальний центр соціального обслуговування Ємільчинської селищної ради"]})


def L(s):
    """quote of one hard-wrapped line as the reader prints it"""
    return s


ap = g.f("applied", "persons", 73, "Вперше звернулися до терцентру 73 особи", label="вперше")
rn = g.f("served", "persons", 61, "з них 61 взято на", alt=["registered_new", "support_started"],
         label="взято на обслуговування", parent=ap)
tot = g.f("served", "persons", 486, "на обслуговуванні перебуває 486 осіб", alt=["support_ongoing"],
          label="станом на 30.06.2025")
d1 = g.f("served", "persons", 214, "відділення соціальної допомоги вдома - 214 осіб", service="home_care",
         district="відділення соціальної допомоги вдома", group="served_486_by_dept", parent=tot)
d2 = g.f("served", "persons", 229, "допомоги - 229 осіб", service="natural_aid",
         district="відділення організації надання адресної натуральної та грошової допомоги",
         group="served_486_by_dept", parent=tot)
d3 = g.f("served", "persons", 43, "відділення денного перебування - 43 особи", service="day_care",
         district="відділення денного перебування", group="served_486_by_dept", parent=tot)
de = g.f("deregistered", "persons", 48, "Знято з обслуговування 48 осіб")
de1 = g.f("deregistered", "persons", 29, "у зв'язку зі смертю - 29", label="смерть",
          group="deregistered_48_by_reason", parent=de)
de2 = g.f("deregistered", "persons", 11, "за власним бажанням - 11", label="за власним бажанням",
          group="deregistered_48_by_reason", parent=de)
de3 = g.f("deregistered", "persons", 5, "з переїздом до іншого населеного пункту - 5",
          label="переїзд до іншого населеного пункту", group="deregistered_48_by_reason", parent=de)
de4 = g.f("deregistered", "persons", 3, "влаштовано до будинку-інтернату - 3",
          label="влаштовано до будинку-інтернату", group="deregistered_48_by_reason", parent=de)
c1 = g.f("served", "persons", 131, "131 особа (61,2 %) - одинокі", percent=61.2, service="home_care",
         category="одинокі громадяни", parent=d1)
c2 = g.f("served", "persons", 58, "58 осіб (27,1 %) - особи з інвалідністю I-II групи", percent=27.1,
         service="home_care", category="особи з інвалідністю I-II групи", parent=d1)
c3 = g.f("served", "persons", 47, "47 осіб (23,4 %) - громадяни старші 80 років", percent=23.4,
         service="home_care", category="громадяни старші 80 років", parent=d1)
sv = g.f("services_provided", "services", 17842, "Всього за звітний період надано 17 842 соціальні послуги")
sv1 = g.f("services_provided", "services", 12905, "догляд вдома - 12 905", service="home_care",
          group="services_17842_by_service", parent=sv)
sv2 = g.f("services_provided", "services", 3560, "натуральна допомога - 3 560", service="natural_aid",
          group="services_17842_by_service", parent=sv)
sv3 = g.f("services_provided", "services", 1377, "1 377.", service="day_care",
          group="services_17842_by_service", parent=sv,
          note="the line break falls inside «денний догляд -\\n1 377», so the quote is the second line")
pd = g.f("served", "persons", 37, "Платні послуги отримували 37 осіб", label="платні послуги")
br = g.f("budget_received", "uah", 148600, "До спеціального фонду надійшло 148,6 тис. грн",
         label="спеціальний фонд")
tx = g.f("served", "persons", 52, "перевезено 52 особи", service="social_taxi")
sp = g.f("staff_positions", "positions", 38.5, "Штатна чисельність - 38,5 штатних одиниць")
sa = g.f("staff_actual", "staff", 36, "фактично зайнято 36")
st = g.f("staff_trained", "staff", 4, "4 працівники пройшли навчання")
sr = g.f("survey_respondents", "recipients", 60, "проведено анкетування 60 отримувачів послуги",
         unit_alt="persons")
sat = g.f("satisfaction", "percent", 95, "Рівень задоволеності якістю послуг - 95,0 %",
          note="written 95,0; stored as the whole number 95")
cp = g.f("complaints", "complaints", 2, "Надійшло 2 скарги")

g.slip("percent_mismatch", "error", "47 осіб (23,4 %) - громадяни старші 80 років", 23.4, 22.0,
       [c3, d1], "47 of the 214 home-care recipients is 21,96 % → 22,0 %, written 23,4 % "
       "(= 47/201). The two shares before it are right.", f"pct_ok(p{c3[1:]}, f{c3[1:]}, f{d1[1:]}, 1)")
g.check("percent_mismatch", "131 особа (61,2 %)", "131/214 = 61,21 % → 61,2",
        f"pct_ok(p{c1[1:]}, f{c1[1:]}, f{d1[1:]}, 1)")
g.check("percent_mismatch", "58 осіб (27,1 %)", "58/214 = 27,10 % → 27,1",
        f"pct_ok(p{c2[1:]}, f{c2[1:]}, f{d1[1:]}, 1)")
g.check("parts_sum", "на обслуговуванні перебуває 486 осіб", "214 + 229 + 43 = 486",
        f"f{d1[1:]} + f{d2[1:]} + f{d3[1:]} == f{tot[1:]}")
g.check("parts_sum", "Знято з обслуговування 48 осіб, з них", "29 + 11 + 5 + 3 = 48",
        f"f{de1[1:]} + f{de2[1:]} + f{de3[1:]} + f{de4[1:]} == f{de[1:]}")
g.check("parts_sum", "Вперше звернулися до терцентру 73 особи, з них 61 взято на",
        "61 taken on + 12 referred elsewhere = 73 (12 is skipped, a literal)", f"f{rn[1:]} + 12 == f{ap[1:]}")
g.check("parts_sum", "Всього за звітний період надано 17 842 соціальні послуги, з них:",
        "12 905 + 3 560 + 1 377 = 17 842", f"f{sv1[1:]} + f{sv2[1:]} + f{sv3[1:]} == f{sv[1:]}")
g.check("percent_impossible", "Рівень задоволеності якістю послуг - 95,0 %", "57 of 60 = 95,0 %",
        f"grim_ok(f{sat[1:]}, f{sr[1:]}, 1)")
g.check("parts_sum", "фактично зайнято 36", "36 working ≤ 38,5 positions; 4 trained ≤ 36",
        f"f{sa[1:]} <= f{sp[1:]} and f{st[1:]} <= f{sa[1:]}")

g.skip("11201, смт Ємільчине, вул. Незалежності, 41, тел. (04149) 0-21-37", [11201, 41, 4149, 2137],
       "postcode, address, phone")
g.skip("№ 01-14/236 від 07.07.2025", [1, 14, 236, 7, 7, 2025], "outgoing number and date")
g.skip("про роботу територіального центру за І півріччя 2025 року", [2025], "year of the period")
g.skip("Територіальний центр обслуговує жителів 53 населених пунктів", [53], "settlement count")
g.skip("(населення – 22 700 осіб, з них пенсійного віку – 6 944)", [22700, 6944],
       "population")
g.skip("12 скеровано до інших надавачів", [12], "referred elsewhere: no §3 id (used in a check)")
g.skip("громадяни старші 80 років", [80], "age, part of the category «громадяни старші 80 років»")
g.skip("Станом на 30.06.2025", [30, 6, 2025], "date")
g.skip("(у І півріччі 2024 року - 463)", [2024, 463], "prior-year figure")
g.skip("11 підопічних на одного соціального робітника", [11], "ratio")
g.skip("вартість 1 години догляду -", [1, 68.40], "tariff 68,40 грн per hour")
g.skip("Видано 412 продуктових наборів, 86 комплектів засобів гігієни,", [412, 86, 27],
       "items handed out (sets, kits, rehabilitation aids)")
g.skip("здійснено 94 поїздки", [94], "trips: no §3 id")
g.skip("загальний пробіг - 3 118 км", [3118], "distance")
g.skip("72 години", [72], "training duration")
g.skip("У травні 2025 року проведено анкетування", [2025], "survey month")
g.skip("1. Обслуговування громадян.", [1, 2, 3, 4], "section numbers")
g.skip("Виконавець: відділ організаційної роботи, тел. (04149) 0-22-05", [4149, 2205], "phone")
g.note("«Станом на 30.06.2025 на обслуговуванні перебуває 486 осіб» → served (alt support_ongoing); "
       "the departments are its partition (district = department, service by department)")
g.note("«взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → "
       "deregistered, its reasons as labelled deregistered parts")
g.note("home-care categories (одинокі, з інвалідністю, старші 80) overlap: parent only, no group; "
       "the percents are of the 214")
g.note("«анкетування 60 отримувачів» → unit recipients (unit_alt persons)")
g.write()
