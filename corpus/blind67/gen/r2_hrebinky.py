"""b67_02: ТЦСО Гребінківської селищної ради (Київська), information for H1 2024.
Plain text, windows-1251, CRLF. Impersonal voice; dot-leader lines «показник ..... число»."""
from common import Gold, report_path, write_text

NAME = "b67_02_hrebinky_tcso_h1_2024.txt"

TEXT = """ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
(НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) ГРЕБІНКІВСЬКОЇ СЕЛИЩНОЇ РАДИ
09541, Київська обл., Білоцерківський р-н, смт Гребінки, вул. Київська, 37
тел. (04571) 0-53-18, e-mail: tcso.hrebinky@example.ua

                 ІНФОРМАЦІЯ
про роботу Територіального центру за І півріччя 2024 року

Територіальний центр обслуговує 11 старостинських округів (23 населені пункти).
Станом на 01.01.2024 у громаді зареєстровано 4 217 осіб віком понад 60 років.

1. ВІДДІЛЕННЯ СОЦІАЛЬНОЇ ДОПОМОГИ ВДОМА

За січень - червень 2024 року відділенням обслуговано 186 осіб, із них
проживають:
   у смт Гребінки ................................. 71
   у сільській місцевості ......................... 118

Надано 9 412 соціальних послуг з догляду вдома. Протягом півріччя
взято на обслуговування 29 осіб, знято з обслуговування 23 особи, а саме:
у зв'язку зі смертю - 14, у зв'язку зі зміною місця проживання - 5,
влаштовано до інтернатних закладів - 2, за власним бажанням - 2.
У черзі на обслуговування станом на 30.06.2024 перебуває 6 осіб.

Штатна чисельність соціальних робітників - 21 посада, фактично працює 19.
Навчання з питань догляду (16 годин) пройшли 7 соціальних робітників.

2. ВІДДІЛЕННЯ ДЕННОГО ПЕРЕБУВАННЯ

Послугу денного догляду отримали 42 особи. Проведено 36 групових заходів
(гуртки "Умілі руки", лекції, святкування), сукупна кількість учасників - 418.
Послугами перукаря скористалися 57 осіб; вартість стрижки - 45 грн.

3. ВІДДІЛЕННЯ АДРЕСНОЇ НАТУРАЛЬНОЇ ТА ГРОШОВОЇ ДОПОМОГИ

Натуральну допомогу надано 134 особам (продуктові набори - 210 шт.,
засоби гігієни - 96 комплектів) на загальну суму 148,6 тис. грн.
Технічні засоби реабілітації (18 од.: крісла колісні, ходунки, милиці)
видано у тимчасове користування 17 особам.

4. СОЦІАЛЬНЕ ТАКСІ

Послугою соціального таксі скористалися 23 особи, здійснено 61 поїздку.
Тариф - 12,50 грн за 1 км, для осіб з інвалідністю I групи - безоплатно.

5. ОПИТУВАННЯ

У червні 2024 року проведено анкетування 64 отримувачів послуги догляду
вдома: 92,2 % опитаних оцінили якість послуги як добру.

         ЗАГАЛЬНІ ПОКАЗНИКИ ЗА І ПІВРІЧЧЯ 2024 РОКУ
Звернулося за наданням соціальних послуг, осіб ........... 247
Обслуговано всього, осіб ................................. 402
Надано соціальних послуг, од. ............................ 11 874
Скарг від отримувачів .................................... не надходило

Порівняно з І півріччям 2023 року кількість обслугованих зросла на 37 осіб.

Директор                                          (підпис)
Виконавець: відділ обліку, тел. (04571) 0-53-20
05.07.2024
"""

write_text(report_path(NAME), TEXT, encoding="cp1251", newline="\r\n")

g = Gold(NAME, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) "
              "Гребінківської селищної ради",
    "centre_type": "tcso",
    "settlement": "Гребінки",
    "oblast": "Київська",
    "report_kind": "period_report",
    "period_start": "2024-01-01",
    "period_end": "2024-06-30",
}, meta_alt={"centre": ["Територіальний центр соціального обслуговування Гребінківської селищної ради"]})
f = g.f
hc = f("served", "persons", 186, "відділенням обслуговано 186 осіб", service="home_care")
a = f("served", "persons", 71, "у смт Гребінки ................................. 71", service="home_care",
      label="смт Гребінки", group="home_care_186_by_place", parent=hc)
b = f("served", "persons", 118, "у сільській місцевості ......................... 118", service="home_care",
      label="сільська місцевість", group="home_care_186_by_place", parent=hc)
sp = f("services_provided", "services", 9412, "Надано 9 412 соціальних послуг з догляду вдома",
       service="home_care")
new = f("served", "persons", 29, "взято на обслуговування 29 осіб", service="home_care",
        alt=["registered_new", "support_started"], parent=hc)
d = f("deregistered", "persons", 23, "знято з обслуговування 23 особи", service="home_care", parent=hc)
r = [f("deregistered", "persons", 14, "у зв'язку зі смертю - 14", label="смерть", service="home_care",
       group="deregistered_23_by_reason", parent=d),
     f("deregistered", "persons", 5, "у зв'язку зі зміною місця проживання - 5",
       label="зміна місця проживання", service="home_care", group="deregistered_23_by_reason", parent=d),
     f("deregistered", "persons", 2, "влаштовано до інтернатних закладів - 2",
       label="влаштування до інтернатного закладу", service="home_care", group="deregistered_23_by_reason",
       parent=d),
     f("deregistered", "persons", 2, "за власним бажанням - 2", label="за власним бажанням",
       service="home_care", group="deregistered_23_by_reason", parent=d)]
pos = f("staff_positions", "positions", 21, "Штатна чисельність соціальних робітників - 21 посада")
act = f("staff_actual", "staff", 19, "фактично працює 19")
tr = f("staff_trained", "staff", 7, "пройшли 7 соціальних робітників")
dc = f("served", "persons", 42, "Послугу денного догляду отримали 42 особи", service="day_care")
ev = f("events", "events", 36, "Проведено 36 групових заходів")
f("event_participants", "persons", 418, "сукупна кількість учасників - 418", parent=ev)
f("served", "persons", 57, "Послугами перукаря скористалися 57 осіб", service="legacy_household",
  label="послуги перукаря", uncertain=True)
na = f("served", "persons", 134, "Натуральну допомогу надано 134 особам", service="natural_aid")
f("aid_value", "uah", 148600, "на загальну суму 148,6 тис. грн", service="natural_aid")
tz = f("served", "persons", 17, "видано у тимчасове користування 17 особам",
       label="технічні засоби реабілітації у тимчасове користування")
tx = f("served", "persons", 23, "Послугою соціального таксі скористалися 23 особи", service="social_taxi")
f("services_provided", "services", 61, "здійснено 61 поїздку", service="social_taxi", uncertain=True,
  note="trips of the social taxi counted as service acts")
sv = f("survey_respondents", "persons", 64, "проведено анкетування 64 отримувачів", unit_alt="recipients")
sat = f("satisfaction", "percent", 92.2, "92,2 % опитаних оцінили якість послуги як добру",
        service="home_care", alt=["share"])
ap = f("applied", "persons", 247, "Звернулося за наданням соціальних послуг, осіб ........... 247")
tot = f("served", "persons", 402, "Обслуговано всього, осіб ................................. 402")
spt = f("services_provided", "services", 11874, "Надано соціальних послуг, од. ............................ 11 874")
f("complaints", "complaints", 0, "Скарг від отримувачів .................................... не надходило")

n = lambda x: x[1:]
g.slip("parts_sum", "error", "відділенням обслуговано 186 осіб, із них", 189, 186, [hc, a, b],
       "71 in the town + 118 in the villages = 189, three more than the 186 served; the two places "
       "partition the recipients", f"{a} + {b} == {hc}")
g.check("parts_sum", "знято з обслуговування 23 особи, а саме:", "14 + 5 + 2 + 2 = 23",
        " + ".join(r) + f" == {d}")
g.check("percent_impossible", "92,2 % опитаних оцінили якість послуги як добру",
        "59 of 64 = 92,19 % → 92,2", f"grim_ok({sat}, {sv}, 1) and pct_ok({sat}, 59, {sv}, 1)")
g.check("parts_sum", "Обслуговано всього, осіб", "186 + 42 + 134 + 23 + 17 = 402 (home care, day care, "
        "natural aid, social taxi, rehabilitation aids; the hairdresser's 57 are day-care visitors)",
        f"{hc} + {dc} + {na} + {tx} + {tz} == {tot}")
g.check("parts_sum", "Надано соціальних послуг, од.", "home care 9 412 + taxi 61 ≤ 11 874 in all",
        f"{sp} + f{int(n(tx)) + 1} <= {spt}")
g.check("parts_sum", "фактично працює 19", "7 trained ≤ 19 working ≤ 21 positions", f"{tr} <= {act} <= {pos}")
g.check("parts_sum", "Звернулося за наданням соціальних послуг", "402 served overall is more than 247 "
        "applicants in the half-year, which is consistent: most home-care recipients were served from "
        "earlier years; the 29 taken on ≤ 247", f"{new} <= {ap}")

g.skip("09541, Київська обл., Білоцерківський р-н, смт Гребінки, вул. Київська, 37",
       [9541, 37], "postcode, address")
g.skip("тел. (04571) 0-53-18", [4571, 5318], "phone")
g.skip("за І півріччя 2024 року", [2024], "report period")
g.skip("Територіальний центр обслуговує 11 старостинських округів (23 населені пункти).", [11, 23],
       "settlement counts")
g.skip("Станом на 01.01.2024 у громаді зареєстровано 4 217 осіб віком понад 60 років.", [1, 1, 2024, 4217, 60],
       "date, population, age")
g.skip("За січень - червень 2024 року", [2024], "period")
g.skip("У черзі на обслуговування станом на 30.06.2024 перебуває 6 осіб.", [30, 6, 2024, 6],
       "date; waiting list (no §3 id)")
g.skip("(16 годин)", [16], "duration")
g.skip("вартість стрижки - 45 грн", [45], "tariff")
g.skip("(продуктові набори - 210 шт.,", [210], "items handed out")
g.skip("засоби гігієни - 96 комплектів)", [96], "items handed out")
g.skip("Технічні засоби реабілітації (18 од.: крісла колісні, ходунки, милиці)", [18], "items lent")
g.skip("Тариф - 12,50 грн за 1 км, для осіб з інвалідністю I групи - безоплатно.", [12.5, 1, 1],
       "tariff; disability group")
g.skip("У червні 2024 року", [2024], "survey month")
g.skip("ЗАГАЛЬНІ ПОКАЗНИКИ ЗА І ПІВРІЧЧЯ 2024 РОКУ", [2024], "heading year")
g.skip("Порівняно з І півріччям 2023 року кількість обслугованих зросла на 37 осіб.", [2023, 37],
       "prior-period difference")
g.skip("тел. (04571) 0-53-20", [4571, 5320], "phone")
g.skip("05.07.2024", [5, 7, 2024], "compile date")
g.skip("1. ВІДДІЛЕННЯ СОЦІАЛЬНОЇ ДОПОМОГИ ВДОМА", [1, 2, 3, 4, 5], "section numbers 1.–5.")
g.note("the dot-leader lines are facts; their quotes keep the dots as printed")
g.note("«взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → "
       "deregistered with four labelled reasons (group deregistered_23_by_reason)")
g.note("«Послугами перукаря скористалися 57 осіб» → served with service legacy_household (uncertain); the "
       "17 persons lent rehabilitation aids → served with a label and no service; the 61 taxi trips → "
       "services_provided (uncertain)")
g.note("the satisfaction share has no count beside it; 59 of 64 is the only whole count that gives 92,2 %")
g.note("meta_alt: the centre's name without «(надання соціальних послуг)»")
g.write()
