"""b89_01: КУ «ЦНСП» Поморянської селищної ради (Львівська), information for 9 months of 2024.
windows-1251, CRLF, centred hard-wrapped title, impersonal voice."""
from common import Gold, write_text, report_path

DOC = "b89_01_pomoriany_cnsp_9m2024.txt"

TEXT = """\
          КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»
                      ПОМОРЯНСЬКОЇ СЕЛИЩНОЇ РАДИ
               Золочівського району Львівської області
     80762, смт Поморяни, вул. Шевченка, 14, тел. (03265) 0-41-73
                       код ЄДРПОУ 44218370

Вих. № 01-19/306 від 07.10.2024
                                     Відділу соціального захисту населення
                                     Поморянської селищної ради

                              ІНФОРМАЦІЯ
      про роботу Центру надання соціальних послуг за 9 місяців 2024 року

   Центр обслуговує 27 населених пунктів громади з населенням
9,6 тис. осіб, з яких 2 418 осіб – віком понад 60 років.

   1. Звернення та оцінка потреб
   За січень–вересень 2024 року до установи надійшло 214 заяв
про надання соціальних послуг (за 9 місяців 2023 року – 187).
Оцінку потреб проведено 198 особам; за 16 заявами оцінювання
завершується у жовтні.

   2. Надання соціальних послуг
   Протягом звітного періоду соціальні послуги отримали 1 146 осіб,
яким надано 9 870 послуг, з них:
   - інформування – 612 осіб (1 904 послуги);
   - консультування – 341 особа (2 216 послуг);
   - догляд вдома – 96 осіб (5 208 послуг);
   - натуральна допомога – 74 особи (388 послуг);
   - соціальна адаптація – 23 особи (154 послуги).
   Кожна особа враховується один раз – за основною послугою.

   Послугу догляду вдома надавали 11 соціальних робітників
(норматив навантаження – 8–10 отримувачів на одного працівника).
З 96 отримувачів послуги догляду вдома:
   особи з інвалідністю I–II групи – 38;
   одинокі особи похилого віку – 41;
   інші громадяни похилого віку – 19.
Вартість однієї години догляду для платних отримувачів – 72,40 грн.

   Натуральну допомогу видано у вигляді 148 продуктових наборів
та 63 комплектів засобів гігієни на загальну суму 187,6 тис. грн.

   3. Соціальний супровід сімей
   На 01.01.2024 під соціальним супроводом перебувало 9 сімей.
Протягом 9 місяців взято на супровід ще 7 сімей (у них 15 дітей).
Завершено супровід 8 сімей: у 6 сім'ях складні життєві
обставини подолано, 2 сім'ї вибули за межі громади.
Станом на 30.09.2024 супровід триває у 8 сім'ях.

   4. Профілактична робота
   Проведено 12 групових заходів (тренінги, бесіди, «батьківські
години»), у яких взяли участь 203 особи, у тому числі 117 дітей.

   5. Кадрове забезпечення
   Штатним розписом передбачено 24,5 посади, фактично працює
21 особа (вакантні 3,5 посади). Протягом звітного періоду
підвищили кваліфікацію 6 працівників.

   6. Фінансування
   Касові видатки на утримання Центру за 9 місяців склали
4 318,2 тис. грн (84,6 % річних призначень у сумі 5 104,1 тис. грн).

   7. Звернення громадян
   Скарг на якість надання послуг у звітному періоді не надходило.
Телефоном «гарячої лінії» (03265) 0-41-75 скористалися 58 абонентів.


Директор                                          ______________
"""


def main():
    path = report_path(DOC)
    write_text(path, TEXT, encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {"centre": "Центр надання соціальних послуг Поморянської селищної ради",
                   "centre_type": "cnsp", "settlement": "Поморяни", "oblast": "Львівська",
                   "report_kind": "period_report",
                   "period_start": "2024-01-01", "period_end": "2024-09-30"},
             {"centre": ["Комунальна установа «Центр надання соціальних послуг» Поморянської селищної ради",
                         "КУ «Центр надання соціальних послуг» Поморянської селищної ради"]})
    f = g.f
    a1 = f("applied", "applications", 214, "до установи надійшло 214 заяв")
    a2 = f("needs_assessed", "persons", 198, "Оцінку потреб проведено 198 особам")
    s = f("served", "persons", 1146, "соціальні послуги отримали 1 146 осіб")
    n = f("services_provided", "services", 9870, "яким надано 9 870 послуг")
    grp_s, grp_n = "served_1146_by_service", "services_9870_by_service"
    rows = [("informing", 612, "інформування – 612 осіб", 1904, "612 осіб (1 904 послуги)"),
            ("counselling", 341, "консультування – 341 особа", 2216, "341 особа (2 216 послуг)"),
            ("home_care", 96, "догляд вдома – 96 осіб", 5208, "96 осіб (5 208 послуг)"),
            ("natural_aid", 74, "натуральна допомога – 74 особи", 388, "74 особи (388 послуг)"),
            ("social_adaptation", 23, "соціальна адаптація – 23 особи", 154, "23 особи (154 послуги)")]
    sid, nid = [], []
    for svc, k, q, m, q2 in rows:
        sid.append(f("served", "persons", k, q, service=svc, group=grp_s, parent=s))
        nid.append(f("services_provided", "services", m, q2, service=svc, group=grp_n, parent=n))
    hc = sid[2]
    c1 = f("served", "persons", 38, "особи з інвалідністю I–II групи – 38", service="home_care",
           category="особи з інвалідністю I–II групи", group="home_care_96_by_category", parent=hc)
    c2 = f("served", "persons", 41, "одинокі особи похилого віку – 41", service="home_care",
           category="одинокі особи похилого віку", group="home_care_96_by_category", parent=hc)
    c3 = f("served", "persons", 19, "інші громадяни похилого віку – 19", service="home_care",
           category="інші громадяни похилого віку", group="home_care_96_by_category", parent=hc)
    aid = f("aid_value", "uah", 187600, "на загальну суму 187,6 тис. грн", service="natural_aid")
    st = f("support_started", "families", 7, "взято на супровід ще 7 сімей", service="social_support_sjo")
    stc = f("support_started", "children", 15, "(у них 15 дітей)", service="social_support_sjo", parent=st)
    comp = f("support_completed", "families", 8, "Завершено супровід 8 сімей", service="social_support_sjo")
    pos = f("outcome_positive", "families", 6, "у 6 сім'ях складні життєві", service="social_support_sjo",
            group="completed_8_by_result", parent=comp)
    oth = f("outcome_other", "families", 2, "2 сім'ї вибули за межі громади", service="social_support_sjo",
            label="вибули за межі громади", group="completed_8_by_result", parent=comp)
    ong = f("support_ongoing", "families", 8, "Станом на 30.09.2024 супровід триває у 8 сім'ях",
            service="social_support_sjo", alt=["served"])
    ev = f("events", "events", 12, "Проведено 12 групових заходів")
    ep = f("event_participants", "persons", 203, "у яких взяли участь 203 особи", parent=ev)
    epc = f("event_participants", "children", 117, "у тому числі 117 дітей", parent=ep)
    sp = f("staff_positions", "positions", 24.5, "Штатним розписом передбачено 24,5 посади")
    sa = f("staff_actual", "staff", 21, "21 особа (вакантні 3,5 посади)")
    tr = f("staff_trained", "staff", 6, "підвищили кваліфікацію 6 працівників")
    bs = f("budget_spent", "uah", 4318200, "4 318,2 тис. грн (84,6 % річних призначень", percent=84.6,
           label="утримання Центру, 9 місяців")
    ba = f("budget_approved", "uah", 5104100, "річних призначень у сумі 5 104,1 тис. грн",
           label="річні призначення 2024 року",
           note="the annual appropriation of the year the period belongs to; the text gives it to compute the 84,6 %")
    cp = f("complaints", "complaints", 0, "Скарг на якість надання послуг у звітному періоді не надходило.")
    cl = f("calls", "calls", 58, "скористалися 58 абонентів", alt=["applied"], unit_alt="persons")

    g.slip("parts_sum", "error", "З 96 отримувачів послуги догляду вдома:", 98, 96, [hc, c1, c2, c3],
           "the three categories (the last one is «інші», so the list is a partition) sum to 38 + 41 + 19 = 98, "
           "two more than the 96 home-care recipients written in the list of services and in the heading of the breakdown",
           f"{c1} + {c2} + {c3} == {hc}")
    g.check("parts_sum", "соціальні послуги отримали 1 146 осіб",
            "612 + 341 + 96 + 74 + 23 = 1 146 (each person counted once)", " + ".join(sid) + f" == {s}")
    g.check("parts_sum", "яким надано 9 870 послуг, з них:",
            "1 904 + 2 216 + 5 208 + 388 + 154 = 9 870", " + ".join(nid) + f" == {n}")
    g.check("parts_sum", "Завершено супровід 8 сімей",
            "6 overcome + 2 moved away = 8 completed", f"{pos} + {oth} == {comp}")
    g.check("parts_sum", "Станом на 30.09.2024 супровід триває у 8 сім'ях",
            "9 at 01.01 (skipped, literal) + 7 taken − 8 completed = 8 ongoing at 30.09", f"9 + {st} - {comp} == {ong}")
    g.check("parts_sum", "у тому числі 117 дітей", "117 children ≤ 203 participants", f"{epc} <= {ep}")
    g.check("parts_sum", "фактично працює", "21 staff + 3,5 vacant (skipped, literal) = 24,5 positions",
            f"near({sa} + 3.5, {sp})")
    g.check("percent_mismatch", "4 318,2 тис. грн (84,6 % річних призначень",
            "4 318,2 / 5 104,1 = 84,60 %", f"pct_ok(p{bs[1:]}, {bs}, {ba}, 1)")
    g.check("parts_sum", "Оцінку потреб проведено 198 особам", "198 assessed + 16 pending (skipped) = 214 applications",
            f"{a2} + 16 == {a1}")

    g.skip("80762, смт Поморяни, вул. Шевченка, 14, тел. (03265) 0-41-73", [80762, 14, 3265, 4173],
           "postcode, address, phone")
    g.skip("код ЄДРПОУ 44218370", [44218370], "ЄДРПОУ")
    g.skip("Вих. № 01-19/306 від 07.10.2024", [1, 19, 306, 7, 10, 2024], "outgoing number and date")
    g.skip("за 9 місяців 2024 року", [9, 2024], "period in the title")
    g.skip("Центр обслуговує 27 населених пунктів громади з населенням", [27], "settlement count")
    g.skip("9,6 тис. осіб, з яких 2 418 осіб – віком понад 60 років.", [9600, 2418, 60],
           "population, population aged 60+, age")
    g.skip("(за 9 місяців 2023 року – 187)", [9, 2023, 187], "prior-year figure")
    g.skip("за 16 заявами оцінювання", [16], "applications still being assessed (no §3 id); used as a literal")
    g.skip("Послугу догляду вдома надавали 11 соціальних робітників", [11],
           "workers of one service, not the centre's staff count (the staff paragraph gives 21)")
    g.skip("(норматив навантаження – 8–10 отримувачів на одного працівника)", [8, 10], "workload norm")
    g.skip("Вартість однієї години догляду для платних отримувачів – 72,40 грн.", [72.40], "tariff")
    g.skip("Натуральну допомогу видано у вигляді 148 продуктових наборів", [148], "items")
    g.skip("та 63 комплектів засобів гігієни", [63], "items")
    g.skip("На 01.01.2024 під соціальним супроводом перебувало 9 сімей.", [1, 1, 2024, 9],
           "date; families under support at the start of the year (a point before the period); used as a literal")
    g.skip("Протягом 9 місяців", [9], "period length")
    g.skip("Станом на 30.09.2024", [30, 9, 2024], "date (end of the period)")
    g.skip("(вакантні 3,5 посади)", [3.5], "vacancies (no §3 id); used as a literal")
    g.skip("Телефоном «гарячої лінії» (03265) 0-41-75", [3265, 4175], "phone")
    g.skip("1. Звернення та оцінка потреб", [1, 2, 3, 4, 5, 6, 7], "section numbers 1.–7.")
    g.skip("I–II групи", [1, 2], "disability groups")
    g.note("the centre is «Комунальна установа «Центр надання соціальних послуг»» (meta_alt gives the legal form)")
    g.note("«Кожна особа враховується один раз – за основною послугою» makes the five services a partition of 1 146 persons (group)")
    g.note("«скористалися 58 абонентів» of the hotline → calls 58 (unit_alt persons, alt applied)")
    g.note("the 9 families under support on 01.01.2024 are a start-of-year point and are skipped; 9 + 7 − 8 = 8 ongoing at 30.09")
    g.note("24,5 positions is a fractional fact; budget in тис. грн stored in hryvnias; no KEKV written")
    g.write()


if __name__ == "__main__":
    main()
