"""b60_08: ЦСС Микулинецької селищної ради (Тернопільська), a methodologist's compact monitoring note for H1 2025,
written in fractions: «n/N (x %)», «12 з 14», «1 фахівець : 15 сімей», «2024/2025: 38/45», telegraphic lines.
DOCX, no list styles (dashes typed by hand)."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip, FACT_KEYS

NAME = "b60_08_mykulyntsi_css_monitoring_h1_2025.docx"

LINES = [
    ("b", "Центр соціальних служб Микулинецької селищної ради (Тернопільський р-н, Тернопільська обл.)"),
    ("", "вих. № 48/02-07 від 04.07.2025 | Відділу соціального захисту населення"),
    ("b", "МОНІТОРИНГОВА ДОВІДКА. Соціальний супровід сімей у СЖО та інші послуги, I півріччя 2025 р."),
    ("", "Джерела: журнали обліку, ЄІССС, вибірка 58 особових справ. Формат: I півр. 2024/I півр. 2025 або n/N."),
    ("", "Громада: 19 населених пунктів, 4 старостинські округи, ≈14,2 тис. мешканців."),
    ("b", "1. Виявлення та оцінка"),
    ("", "— повідомлення про сім'ї (2024/2025): 61/74"),
    ("", "— оцінка потреб: 71 з 74 (95,9 %)"),
    ("", "— СЖО підтверджено: 46/71 (64,8 %)"),
    ("", "— оцінка у строк ≤ 7 роб. днів: 66/71 (93 %)"),
    ("b", "2. Соціальний супровід"),
    ("", "— сімей під супроводом (2024/2025): 38/45; дітей у них — 97"),
    ("", "— з них сімей ВПО: 11/45 (26,7 %)"),
    ("", "— взято вперше — 29"),
    ("", "— фахівців (супровід) — 3; навантаження 1 фахівець : 15 сімей (норматив 1 : 12)"),
    ("", "— завершено — 21 з 45:"),
    ("", "   СЖО подолано — 13/21 (61,9 %)"),
    ("", "   мінімізовано — 5/21 (23,8 %)"),
    ("", "   без результату — 2/21 (9,5 %)"),
    ("", "   вибули (зміна місця проживання) — 1/21 (4,8 %)"),
    ("", "— продовжено на II півр. — 24"),
    ("", "— середня тривалість супроводу — 4,5 міс. (2024: 5,1)"),
    ("", "— спільні візити з ССД — 14, з ювенальною поліцією — 6"),
    ("", "— анкетування сімей після завершення: 19; задоволені супроводом — 84,6 %"),
    ("b", "3. Інші послуги (2024/2025)"),
    ("", "— консультування, сімей: 118/134"),
    ("", "— інформування, осіб: 402/455"),
    ("", "— соціальна адаптація, осіб: 9/12"),
    ("", "— натуральна допомога, наборів: 60/85"),
    ("", "— соціальне супроводження, прийомні сім'ї/ДБСТ: 4/2 (дітей 11/6)"),
    ("", "— групові заходи: 12 з 14 запланованих (85,7 %); учасників — 143"),
    ("", "— дзвінки на телефон Центру — 87 (з них 23 — після 18:00)"),
    ("b", "4. Кадри, скарги"),
    ("", "— посад 6 / фактично 5 (вакансія: психолог, 1)"),
    ("", "— навчання НССУ: 4 з 5 (80 %)"),
    ("", "— скарги — 0"),
    ("b", "5. Висновки"),
    ("", "— подолання СЖО 61,9 % (орієнтир області — 65 %)"),
    ("", "— навантаження вище нормативу на 3 сім'ї/фахівця"),
    ("", "— рекомендовано: мобільна бригада 2 виїзди/тиждень з 01.09.2025; +1 фахівець у штат на 2026 р."),
    ("", "Методист                    (підпис)            тел. (03548) 0-31-62"),
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(0)
    for kind, text in LINES:
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = kind == "b"
    fix_docx_props(d, author="методист ЦСС")
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(NAME, {
        "centre": "Центр соціальних служб Микулинецької селищної ради", "centre_type": "css",
        "settlement": "Микулинці", "oblast": "Тернопільська", "report_kind": "period_report",
        "period_start": "2025-01-01", "period_end": "2025-06-30"},
        meta_alt={"report_kind": ["other"]})
    f = g.f
    nt = f("notified", "families", 74, "— повідомлення про сім'ї (2024/2025): 61/74")
    na = f("needs_assessed", "families", 71, "— оцінка потреб: 71 з 74 (95,9 %)", percent=95.9, parent=nt)
    sj = f("in_difficult_circumstances", "families", 46, "— СЖО підтверджено: 46/71 (64,8 %)", percent=64.8, parent=na)
    tm = f("share", "percent", 93, "— оцінка у строк ≤ 7 роб. днів: 66/71 (93 %)",
           label="оцінка потреб у строк до 7 робочих днів",
           note="the count 66 has no §3 id; the share is its own row")
    sv = f("served", "families", 45, "— сімей під супроводом (2024/2025): 38/45", service="social_support_sjo",
           alt=["support_ongoing"])
    ch = f("served", "children", 97, "дітей у них — 97", service="social_support_sjo", alt=["support_ongoing"], parent=sv)
    ip = f("served", "families", 11, "— з них сімей ВПО: 11/45 (26,7 %)", percent=26.7, service="social_support_sjo",
           category="внутрішньо переміщені особи", alt=["support_ongoing"], parent=sv)
    nw = f("support_started", "families", 29, "— взято вперше — 29", service="social_support_sjo", parent=sv)
    sf = f("staff_actual", "staff", 3, "— фахівців (супровід) — 3", label="фахівці соціального супроводу")
    cm = f("support_completed", "families", 21, "— завершено — 21 з 45:", service="social_support_sjo", parent=sv)
    gp = "completed_21_by_result"
    o1 = f("outcome_positive", "families", 13, "СЖО подолано — 13/21 (61,9 %)", percent=61.9, service="social_support_sjo",
           group=gp, parent=cm)
    o2 = f("outcome_minimized", "families", 5, "мінімізовано — 5/21 (23,8 %)", percent=23.8, service="social_support_sjo",
           group=gp, parent=cm)
    o3 = f("outcome_negative", "families", 2, "без результату — 2/21 (9,5 %)", percent=9.5, service="social_support_sjo",
           group=gp, parent=cm)
    o4 = f("outcome_other", "families", 1, "вибули (зміна місця проживання) — 1/21 (4,8 %)", percent=4.8,
           service="social_support_sjo", label="зміна місця проживання", group=gp, parent=cm)
    on = f("support_ongoing", "families", 24, "— продовжено на II півр. — 24", service="social_support_sjo", parent=sv)
    sr = f("survey_respondents", "families", 19, "— анкетування сімей після завершення: 19")
    sa = f("satisfaction", "percent", 84.6, "задоволені супроводом — 84,6 %", service="social_support_sjo")
    co = f("served", "families", 134, "— консультування, сімей: 118/134", service="counselling")
    inf = f("served", "persons", 455, "— інформування, осіб: 402/455", service="informing")
    sad = f("served", "persons", 12, "— соціальна адаптація, осіб: 9/12", service="social_adaptation")
    q = "— соціальне супроводження, прийомні сім'ї/ДБСТ: 4/2 (дітей 11/6)"
    fa = f("served", "families", 4, q, service="social_support_foster", label="прийомні сім'ї")
    fb = f("served", "families", 2, q, service="social_support_foster", label="дитячі будинки сімейного типу")
    fc = f("served", "children", 11, q, service="social_support_foster", label="прийомні сім'ї", parent=fa)
    fd = f("served", "children", 6, q, service="social_support_foster", label="дитячі будинки сімейного типу", parent=fb)
    ev = f("events", "events", 12, "— групові заходи: 12 з 14 запланованих (85,7 %)", percent=85.7)
    ep = f("event_participants", "persons", 143, "учасників — 143", parent=ev)
    ca = f("calls", "calls", 87, "— дзвінки на телефон Центру — 87")
    ca2 = f("calls", "calls", 23, "з них 23 — після 18:00", label="після 18:00", parent=ca)
    sp = f("staff_positions", "positions", 6, "— посад 6 / фактично 5")
    sa2 = f("staff_actual", "staff", 5, "— посад 6 / фактично 5")
    tr = f("staff_trained", "staff", 4, "— навчання НССУ: 4 з 5 (80 %)", percent=80, parent=sa2)
    cp = f("complaints", "complaints", 0, "— скарги — 0")
    # the 3 supervision specialists are a part of the 5 working staff, written later in the note:
    # set the parent afterwards and restore the key order of FACT_KEYS
    x = g._by_id[sf]
    x["parent_id"], x["parent_quote"] = sa2, g._by_id[sa2]["quote"]
    items = {k: x[k] for k in FACT_KEYS if k in x}
    x.clear()
    x.update(items)

    g.slip("percent_mismatch", "error", "— з них сімей ВПО: 11/45 (26,7 %)", 26.7, 24.4, [ip, sv],
           "11/45 = 24,4 %, not 26,7 % (26,7 % would be 12 of 45)", f"pct_ok(p{ip[1:]}, {ip}, {sv}, 1)", slip=1)
    g.slip("percent_impossible", "error", "— анкетування сімей після завершення: 19; задоволені супроводом — 84,6 %",
           84.6, "84,2 or 89,5", [sa, sr],
           "with 19 respondents the attainable shares near 84,6 are 16/19 = 84,2 % and 17/19 = 89,5 %; no whole number of families gives 84,6 %",
           f"grim_ok({sa}, {sr}, 1)", slip=2)
    g.check("percent_mismatch", "— оцінка потреб: 71 з 74 (95,9 %)", "71/74 = 95,946 → 95,9",
            f"pct_ok(p{na[1:]}, {na}, {nt}, 1)")
    g.check("percent_mismatch", "— СЖО підтверджено: 46/71 (64,8 %)", "46/71 = 64,79 → 64,8", f"pct_ok(p{sj[1:]}, {sj}, {na}, 1)")
    g.check("percent_mismatch", "— оцінка у строк ≤ 7 роб. днів: 66/71 (93 %)", "66/71 = 92,96 → 93 (66 is a literal)",
            f"pct_ok({tm}, 66, {na}, 0)")
    g.check("parts_sum", "— завершено — 21 з 45:", "13 + 5 + 2 + 1 = 21", f"{o1} + {o2} + {o3} + {o4} == {cm}")
    for o, n in ((o1, "13/21 = 61,90"), (o2, "5/21 = 23,81"), (o3, "2/21 = 9,52"), (o4, "1/21 = 4,76 → 4,8")):
        g.check("percent_mismatch", g._by_id[o]["quote"], n, f"pct_ok(p{o[1:]}, {o}, {cm}, 1)")
    g.check("percents_sum", "СЖО подолано — 13/21 (61,9 %)", "61,9 + 23,8 + 9,5 + 4,8 = 100,0",
            f"psum_ok([p{o1[1:]}, p{o2[1:]}, p{o3[1:]}, p{o4[1:]}], 1)")
    g.check("parts_sum", "— продовжено на II півр. — 24", "45 − 21 completed = 24 continued", f"{sv} - {cm} == {on}")
    g.check("parts_sum", "— взято вперше — 29", "29 new ≤ 45", f"{nw} <= {sv}")
    g.check("parts_sum", "навантаження 1 фахівець : 15 сімей", "45 families / 3 specialists = 15 (ratio 15 is a literal)",
            f"{sv} / {sf} == 15")
    g.check("percent_mismatch", "— групові заходи: 12 з 14 запланованих (85,7 %)", "12/14 = 85,71 → 85,7 (14 planned is a literal)",
            f"pct_ok(p{ev[1:]}, {ev}, 14, 1)")
    g.check("percent_mismatch", "— навчання НССУ: 4 з 5 (80 %)", "4/5 = 80 %", f"pct_ok(p{tr[1:]}, {tr}, {sa2}, 0)")
    g.check("parts_sum", "— посад 6 / фактично 5 (вакансія: психолог, 1)", "5 + 1 vacancy = 6; 3 supervision specialists ≤ 5",
            f"{sa2} + 1 == {sp} and {sf} <= {sa2}")
    g.check("parts_sum", "з них 23 — після 18:00", "23 ≤ 87", f"{ca2} <= {ca}")
    g.check("parts_sum", "— СЖО підтверджено: 46/71 (64,8 %)", "46 ≤ 71 ≤ 74", f"{sj} <= {na} <= {nt}")

    g.skip("вих. № 48/02-07 від 04.07.2025", [48, 2, 7, 4, 7, 2025], "outgoing number and date")
    g.skip("вибірка 58 особових справ", [58], "case files sampled")
    g.skip("Формат: I півр. 2024/I півр. 2025 або n/N.", [2024, 2025], "years")
    g.skip("(2024/2025): 61/74", [2024, 61], "prior-year figure (the first of each pair)")
    g.skip("(2024/2025): 38/45", [2024, 38], "prior-year figure")
    g.skip("3. Інші послуги (2024/2025)", [3, 2024, 2025], "section number and years")
    g.skip("— консультування, сімей: 118/134", [118], "prior-year figure")
    g.skip("— інформування, осіб: 402/455", [402], "prior-year figure")
    g.skip("— соціальна адаптація, осіб: 9/12", [9], "prior-year figure")
    g.skip("Громада: 19 населених пунктів, 4 старостинські округи, ≈14,2 тис. мешканців.", [19, 4, 14.2],
           "settlements, starosta districts, population")
    g.skip("— середня тривалість супроводу — 4,5 міс. (2024: 5,1)", [4.5, 2024, 5.1], "duration and prior-year duration")
    g.skip("— спільні візити з ССД — 14, з ювенальною поліцією — 6", [14, 6], "joint visits (no §3 id)")
    g.skip("— натуральна допомога, наборів: 60/85", [60, 85], "items (sets) in both periods")
    g.skip("66/71 (93 %)", [66, 71], "count with no §3 id (assessments in time) and the base repeated; literals in a check")
    g.skip("оцінка у строк ≤ 7 роб. днів", [7], "duration")
    g.skip("навантаження 1 фахівець : 15 сімей (норматив 1 : 12)", [1, 15, 1, 12], "ratio and norm")
    g.skip("12 з 14 запланованих", [14], "plan")
    g.skip("після 18:00", [18, 0], "time of day")
    g.skip("(вакансія: психолог, 1)", [1], "vacancy (no §3 id)")
    g.skip("— подолання СЖО 61,9 % (орієнтир області — 65 %)", [61.9, 65], "repeat of a percent already on o1, and an oblast benchmark")
    g.skip("— навантаження вище нормативу на 3 сім'ї/фахівця", [3], "difference from a norm")
    g.skip("— рекомендовано: мобільна бригада 2 виїзди/тиждень з 01.09.2025; +1 фахівець у штат на 2026 р.",
           [2, 1, 9, 2025, 1, 2026], "recommendations, date, plan")
    g.skip("тел. (03548) 0-31-62", [3548, 3162], "phone")
    g.skip("1. Виявлення та оцінка", [1, 2, 4, 5], "section numbers")
    g.note("in «2024/2025: a/b» only b (H1 2025) is a fact; a is the H1 2024 figure")
    g.note("«прийомні сім'ї/ДБСТ: 4/2 (дітей 11/6)» is the same slash used for two categories, not two periods: four facts")
    g.note("«n/N (x %)»: n is the fact, x its percent, N the whole (a fact of its own where it is one: 74, 71, 45, 21)")
    g.note("the survey base is «сімей» (19 families): unit families")
    g.note("«фахівців (супровід) — 3» is a labelled part of the 5 working staff")
    g.write()


if __name__ == "__main__":
    build(report_path(NAME))
    gold()
