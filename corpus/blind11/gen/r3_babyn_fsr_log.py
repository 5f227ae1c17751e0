"""b11_03: a rural hromada social worker's monthly activity log (TXT, UTF-8)."""
from common import Gold, report_path, write_text

DOC = "b11_03_babyn_fsr_log_oct2024.txt"

HEAD = """КЗ «Центр надання соціальних послуг» Бабинської сільської ради
Рівненського району Рівненської області

                         ЗВІТ-ЖУРНАЛ
      про виконану роботу фахівця із соціальної роботи
      (старостинські округи № 2 і № 3) за жовтень 2024 року

Чисельність населення округів – 2 340 осіб, у тому числі дітей – 512.
Відстань від старостату до ЦНСП – 14 км. Робочий телефон фахівця: (0362) 00-74-19.
"""

D = {
    "01": "01.10 – прийом громадян у приміщенні старостату (9:00–13:00): консультовано 3 особи (оформлення допомоги на проживання ВПО, житлова субсидія, пільги ветеранам).",
    "02": "02.10 – відвідано 4 сім’ї за місцем проживання, оцінку потреб проведено 2 сім’ям (складено акти).",
    "03": "03.10 – надійшло повідомлення від ліцею щодо 1 сім’ї (систематичні пропуски занять дитиною 2012 р. н.); спільний виїзд із працівником ССД.",
    "04": "04.10 – консультовано по телефону 2 особи; продуктові набори отримали 6 сімей ВПО (гуманітарна допомога благодійного фонду).",
    "07": "07.10 – оцінка потреб 1 сім’ї (в ній 3 дітей), укладено договір, взято під соціальний супровід 1 сім’ю.",
    "08": "08.10 – відвідано 3 сім’ї (контроль виконання плану супроводу); участь у засіданні комісії з питань захисту прав дитини (розглянуто 4 питання).",
    "09": "09.10 – прийом громадян: консультовано 5 осіб, з них 3 – ВПО.",
    "10": "10.10 – проведено профілактичне заняття «Безпечний інтернет» у ліцеї для 26 учнів 7–8 класів.",
    "11": "11.10 – консультовано 4 особи з питань оформлення статусу особи з інвалідністю та допомоги при народженні дитини.",
    "14": "14.10 – вихідний (День захисників і захисниць України).",
    "15": "15.10 – консультовано 3 особи; оцінку потреб проведено 2 сім’ям (багатодітна сім’я, сім’я загиблого військовослужбовця).",
    "16": "16.10 – надійшло повідомлення від сектору ювенальної превенції щодо 1 сім’ї (конфлікт у родині, ознаки психологічного насильства).",
    "17": "17.10 – взято під соціальний супровід 1 сім’ю (2 дітей), складено план супроводу терміном на 6 місяців.",
    "18": "18.10 – консультовано 4 особи; відвідано 2 самотніх пенсіонерів (перевірка умов проживання).",
    "21": "21.10 – передано гігієнічні набори 8 самотнім особам похилого віку.",
    "22": "22.10 – консультовано 2 особи; участь у нараді в ЦНСП.",
    "23": "23.10 – оцінку потреб проведено 1 сім’ї (мати-одиначка з дитиною 2023 р. н.).",
    "24": "24.10 – надійшло повідомлення від ССД щодо 1 сім’ї; відвідано сім’ю, складено акт обстеження умов проживання.",
    "25": "25.10 – консультовано 3 особи.",
    "28": "28.10 – завершено соціальний супровід 1 сім’ї з позитивним результатом (СЖО подолано, мати працевлаштована).",
    "29": "29.10 – консультовано 3 особи; відвідано 3 сім’ї, які перебувають під супроводом.",
    "30": "30.10 – батьківські збори в будинку культури, зустріч «Вчасно помітити біду» – 15 учасників.",
    "31": "31.10 – підготовка щомісячного звіту, внесення даних до журналів обліку.",
}

T = {
    "cons": "1. Консультовано осіб – 31.",
    "needs": "2. Оцінку потреб проведено 6 сім’ям, у яких виховується 14 дітей.",
    "notif": "3. Надійшло повідомлень щодо сімей, які можуть перебувати у СЖО, – 3.",
    "supp": "4. Взято під соціальний супровід 2 сім’ї (в них 5 дітей); завершено супровід 1 сім’ї, з них з позитивним результатом – 1.",
    "ongo": "5. На кінець місяця під соціальним супроводом перебуває 9 сімей, у яких виховується 23 дитини (на 01.10.2024 – 8 сімей).",
    "nat": "6. Натуральну допомогу (продуктові, гігієнічні набори) отримали 14 сімей/осіб.",
    "ev": "7. Проведено групових заходів – 2, охоплено 41 учасника.",
    "vis": "8. Відвідувань сімей (осіб) за місцем проживання – 13.",
    "compl": "9. Скарг на роботу фахівця не надходило.",
}

TEXT = (HEAD + "\n" + "\n".join(D.values()) + "\n\n" + "ПІДСУМКИ ЗА ЖОВТЕНЬ 2024 РОКУ\n" + "\n".join(T.values())
        + "\n\nФахівець із соціальної роботи            (підпис)\nПогоджено: директор ЦНСП\n")


def main():
    write_text(report_path(DOC), TEXT)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Бабинської сільської ради",
        "centre_type": "cnsp",
        "settlement": "Бабин",
        "oblast": "Рівненська",
        "report_kind": "period_report",
        "period_start": "2024-10-01",
        "period_end": "2024-10-31",
    }, meta_alt={
        "centre": ["КЗ «Центр надання соціальних послуг» Бабинської сільської ради",
                   "Комунальний заклад «Центр надання соціальних послуг» Бабинської сільської ради"],
        "settlement": ["Бабинська громада", "Бабинська сільська територіальна громада"],
        "report_kind": ["other"],
    })
    # month totals (written at the end)
    t_cons = g.f("served", "persons", 31, T["cons"], service="counselling")
    t_needs = g.f("needs_assessed", "families", 6, T["needs"])
    g.f("needs_assessed", "children", 14, "у яких виховується 14 дітей", parent=t_needs)
    t_not = g.f("notified", "families", 3, T["notif"])
    t_sup = g.f("support_started", "families", 2, "Взято під соціальний супровід 2 сім’ї (в них 5 дітей)",
                service="social_support_sjo")
    g.f("support_started", "children", 5, "2 сім’ї (в них 5 дітей)", service="social_support_sjo", parent=t_sup)
    t_comp = g.f("support_completed", "families", 1, "завершено супровід 1 сім’ї", service="social_support_sjo")
    g.f("outcome_positive", "families", 1, "з них з позитивним результатом – 1", service="social_support_sjo",
        parent=t_comp)
    t_on = g.f("support_ongoing", "families", 9, "На кінець місяця під соціальним супроводом перебуває 9 сімей",
               service="social_support_sjo", alt=["served"])
    g.f("support_ongoing", "children", 23, "9 сімей, у яких виховується 23 дитини", service="social_support_sjo",
        alt=["served"], parent=t_on)
    t_nat = g.f("served", "families_persons", 14, T["nat"], service="natural_aid")
    t_ev = g.f("events", "events", 2, "Проведено групових заходів – 2")
    t_par = g.f("event_participants", "persons", 41, "охоплено 41 учасника")
    g.f("complaints", "complaints", 0, T["compl"])

    # diary lines
    cons_ids = []
    for day, v in [("01", 3), ("04", 2), ("09", 5), ("11", 4), ("15", 3), ("18", 4), ("22", 2), ("25", 3), ("29", 3)]:
        fid = g.f("served", "persons", v, D[day], service="counselling", label=f"{day}.10",
                  group="counselling_31_by_day", parent=t_cons)
        cons_ids.append(fid)
        if day == "09":
            g.f("served", "persons", 3, "з них 3 – ВПО", service="counselling", category="внутрішньо переміщені особи",
                parent=fid)
    for day, v in [("02", 2), ("07", 1), ("15", 2), ("23", 1)]:
        fid = g.f("needs_assessed", "families", v, D[day], label=f"{day}.10", group="needs_6_by_day",
                  parent=t_needs)
        if day == "07":
            g.f("needs_assessed", "children", 3, "оцінка потреб 1 сім’ї (в ній 3 дітей)", label="07.10", parent=fid)
    for day in ["03", "16", "24"]:
        g.f("notified", "families", 1, D[day], label=f"{day}.10", group="notified_3_by_day", parent=t_not)
    g.f("support_started", "families", 1, D["07"], service="social_support_sjo", label="07.10",
        group="support_started_2_by_day", parent=t_sup)
    s17 = g.f("support_started", "families", 1, D["17"], service="social_support_sjo", label="17.10",
              group="support_started_2_by_day", parent=t_sup)
    g.f("support_started", "children", 2, "взято під соціальний супровід 1 сім’ю (2 дітей)",
        service="social_support_sjo", label="17.10", parent=s17)
    g.f("support_completed", "families", 1, D["28"], service="social_support_sjo", label="28.10",
        alt=["outcome_positive"], parent=t_comp,
        note="one figure for «завершено» and «з позитивним результатом»: one row, the other indicator as alt")
    g.f("served", "families", 6, D["04"], service="natural_aid", category="сім'ї ВПО", label="04.10",
        group="natural_aid_14_by_day", parent=t_nat)
    g.f("served", "persons", 8, D["21"], service="natural_aid", category="самотні особи похилого віку",
        label="21.10", group="natural_aid_14_by_day", parent=t_nat)
    g.f("event_participants", "children", 26, D["10"], unit_alt="persons", label="10.10",
        group="participants_41_by_event", parent=t_par)
    g.f("event_participants", "persons", 15, D["30"], label="30.10", group="participants_41_by_event", parent=t_par)

    g.slip("parts_sum", "warning", T["cons"], 31, 29, [t_cons] + cons_ids,
           "the diary records consultations on nine days: 3 + 2 + 5 + 4 + 3 + 4 + 2 + 3 + 3 = 29, "
           "but the month total says 31 (2 more). True only if two consultations were never written into the log, "
           "which a careful reader of a day-by-day log would not assume.")

    g.check("parts_sum", T["needs"], "needs assessments by day 2 + 1 + 2 + 1 = 6 families")
    g.check("parts_sum", T["notif"], "notifications on 03.10, 16.10, 24.10: 1 + 1 + 1 = 3")
    g.check("parts_sum", "Взято під соціальний супровід 2 сім’ї (в них 5 дітей)",
            "support started 07.10 and 17.10 = 2 families; children 3 (family assessed on 07.10) + 2 = 5")
    g.check("parts_sum", T["ongo"], "support balance: 8 at 01.10 + 2 started − 1 completed = 9 at month end")
    g.check("parts_sum", T["nat"], "natural aid 6 families (04.10) + 8 persons (21.10) = 14 сімей/осіб")
    g.check("parts_sum", T["ev"], "two group events (10.10, 30.10); participants 26 + 15 = 41")

    g.skip("Чисельність населення округів – 2 340 осіб, у тому числі дітей – 512", [2340, 512],
           "population of the starosta districts")
    g.skip("(старостинські округи № 2 і № 3)", [2, 3], "district numbers")
    g.skip("Відстань від старостату до ЦНСП – 14 км", [14], "distance")
    g.skip("Робочий телефон фахівця: (0362) 00-74-19", [362, 7419], "phone")
    g.skip("(9:00–13:00)", [9, 13], "office hours")
    g.skip("відвідано 4 сім’ї за місцем проживання", [4],
           "home visits (also 3, 2, 1 and 3 on other days, total «Відвідувань ... – 13»); no §3 id")
    g.skip(T["vis"], [13], "home visits, month total; no §3 id (candidate: visits)")
    g.skip("дитиною 2012 р. н.", [2012], "birth year")
    g.skip("(розглянуто 4 питання)", [4], "items considered by the commission; not the worker's output")
    g.skip("для 26 учнів 7–8 класів", [7, 8], "school grades (the 26 is a fact)")
    g.skip("14.10 – вихідний (День захисників і захисниць України).", [14, 10], "a holiday date")
    g.skip("складено план супроводу терміном на 6 місяців", [6], "duration")
    g.skip("з дитиною 2023 р. н.", [2023], "birth year")
    g.skip("(на 01.10.2024 – 8 сімей)", [8], "support caseload at the start of the month (previous period's end)")
    g.skip("01.10", [1, 10], "diary dates (every line starts with one); they are labels, not figures")

    g.note("daily entries are annotated as parts of the month totals (parent_id → the total, group per kind, "
           "label = the date); each quote is the whole diary line because the same phrase («консультовано 3 особи») "
           "recurs on several days")
    g.note("home visits («відвідано … сім’ї») have no §3 id and are skipped")
    g.note("report_kind period_report (a monthly report); meta_alt accepts other. settlement: the village Бабин, "
           "centre of the hromada; the hromada name is accepted as an alternative")
    g.note("the family taken under support on 07.10 is the one assessed the same day «в ній 3 дітей»; its children are "
           "annotated once, on the assessment")
    g.note("«з них 3 – ВПО» on 09.10 is a part of that day's 5 consultations")
    g.write()


if __name__ == "__main__":
    main()
