"""b49_07: КУ «ЦНСП» Покровської селищної ради (Дніпропетровська), службова записка про основні
показники за II квартал 2025. Less common style: a telegraphic internal memo full of abbreviations
(обсл., к-сть отрим., сім. у СЖО, ДБСТ, ПС, в т.ч., ін., зн. з обл., вз. на обл., кв., п/р, п. р.),
numbers without thousands spaces, numbered lines and one short table. DOCX (python-docx)."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b49_07_pokrovske_cnsp_memo_q2_2025.docx"

TOP = [
    "КУ «ЦНСП» Покровської сел. ради",
    "53600, смт Покровське, вул. Героїв, 12, ЄДРПОУ 44397216",
    "Вих. №214/02-11 від 03.07.2025",
    "Нач. відділу соц. захисту нас. Покровської сел. ради",
    "СЛУЖБОВА ЗАПИСКА",
    "щодо осн. показн. роботи ЦНСП за ІІ кв. 2025 р.",
    "Доводимо до відома осн. показн. роботи КУ «ЦНСП» Покровської сел. ради (Синельник. р-н, Дніпроп. обл.) "
    "за квітень–червень п. р.:",
    "1. Зверн.: всього – 388, в т.ч. ВПО – 117, повторні – 64.",
    "2. ОП: обсл. 214 ос., сім. у СЖО – 41.",
    "3. К-сть отрим. – 596 ос. (див. табл., п/р – дані ІІ кв. 2024):",
]
TABLE = [
    ["№", "Послуга", "К-сть отрим., ос.", "Надано посл.", "ІІ кв. 2024 (п/р), отрим."],
    ["1", "Інформ.", "208", "412", "190"],
    ["2", "Консульт.", "174", "389", "166"],
    ["3", "Догл. вдома", "96", "5874", "91"],
    ["4", "Ден. догл.", "22", "1103", "19"],
    ["5", "Натур. доп.", "81", "81", "60"],
    ["6", "Соц. супр. СЖО", "15", "210", "12"],
    ["", "Разом", "596", "8069", "538"],
]
BOTTOM = [
    "4. Соц. супр. СЖО – 15 сім. (34 дит.), в т.ч. вз. за кв. – 6, прод. з І кв. – 10; заверш. – 5 "
    "(позит. рез. – 4, ін. – 1, зміна м/п).",
    "5. Облік СЖО: на обл. станом на 30.06 – 38 сім.; вз. на обл. – 9, зн. з обл. – 12 (в т.ч. подол. СЖО – 8, "
    "зміна м/п – 4).",
    "6. Супр. ПС/ДБСТ: ПС – 7, ДБСТ – 2, разом 9 сім. (31 дит.).",
    "7. Натур. доп.: видано 162 наб. гігієн. + 95 прод. наб., заг. варт. 148,6 тис. грн; отрим. від ОЦСС – "
    "40 наб. (без варт.).",
    "8. Груп. заходи – 11, учасн. – 143 ос.",
    "9. Кадри: шт. од. – 26,5, факт. – 23, вакант. – 3 (соц. роб.). Навч. пройшли 5 прац. (обл. ЦСС, 24 год.).",
    "10. Фін.: КВ за кв. – 2418,7 тис. грн, в т.ч. з/п з нарах. – 2031,2, енергонос. – 142,9, ін. – 244,6 тис. грн. "
    "Платні посл.: надійшло 36,4 тис. грн (за 6 міс. п. р. – 71,9 тис. грн).",
    "11. Скарг – нема. Дзвінків на «гар. лінію» – 29.",
    "12. Догл. вдома: вз. на обсл. – 8 ос., зн. з обсл. – 6 (смерть – 4, стац. закл. – 2); тариф – 94,60 грн/год "
    "(ріш. вик. ком. №97 від 20.03.2025).",
    "13. Соц. таксі – не надав. (авто в ремонті з 14.05 п. р.).",
    "14. ВПО: отрим. посл. – 164 ос. (27,5 % від заг. к-сті отрим.).",
    "15. Пробл. пит.: 1 авто на 19 н. п. громади; потреба – 2 дод. шт. од. соц. роб. для віддал. н. п. (6 сіл).",
    "16. На ІІІ кв.: ОП – не менше 200 ос.; запуск посл. ден. догл. для дітей з інвал. (до 5 дит.).",
    "Дод.: 1) показн. по н. п. на 2 арк.; 2) копія акту перевірки від 11.06.2025 №3.",
    "Тел. для довідок (05638) 0-27-14.",
    "Дир. ЦНСП ________",
    "Вик. ________, т. 0-27-14",
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for t in TOP:
        p = d.add_paragraph(t)
        if t == "СЛУЖБОВА ЗАПИСКА":
            p.runs[0].bold = True
    tb = d.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    tb.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, v in enumerate(row):
            tb.cell(i, j).text = v
    for t in BOTTOM:
        d.add_paragraph(t)
    fix_docx_props(d, author="ЦНСП")
    d.save(path)
    freeze_zip(path, when=(2025, 7, 3, 10, 0, 0))


def main():
    path = report_path(DOC)
    build(path)
    from common import read_text
    text = read_text(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Покровської селищної ради",
        "centre_type": "cnsp", "settlement": "Покровське", "oblast": "Дніпропетровська",
        "report_kind": "period_report", "period_start": "2025-04-01", "period_end": "2025-06-30",
    }, meta_alt={"centre": ["КУ «ЦНСП» Покровської сел. ради",
                            "Комунальна установа «Центр надання соціальних послуг» Покровської селищної ради",
                            "КУ «Центр надання соціальних послуг» Покровської селищної ради"],
                 "report_kind": ["other"]})

    def v(x):
        return "f" + x[1:]

    def row(name):
        for ln in text.split("\n"):
            if ln.strip().startswith(name) or f"\t{name}\t" in ln:
                return ln.strip()
        raise SystemExit(name)

    ap = g.f("applied", "applications", 388, "Зверн.: всього – 388", unit_alt="persons")
    apv = g.f("applied", "applications", 117, "в т.ч. ВПО – 117", category="внутрішньо переміщені особи",
              unit_alt="persons", parent=ap)
    apr = g.f("applied", "applications", 64, "повторні – 64", label="повторні", unit_alt="persons", parent=ap)
    na = g.f("needs_assessed", "persons", 214, "ОП: обсл. 214 ос.",
             note="«обсл.» here is «обстежено» (needs assessment, «ОП»), not «обслуговано»")
    sj = g.f("in_difficult_circumstances", "families", 41, "сім. у СЖО – 41", parent=na)
    tot = g.f("served", "persons", 596, "К-сть отрим. – 596 ос.", unit_alt="recipients")

    svc = [("informing", "Інформ.", 208, 412), ("counselling", "Консульт.", 174, 389),
           ("home_care", "Догл. вдома", 96, 5874), ("day_care", "Ден. догл.", 22, 1103),
           ("natural_aid", "Натур. доп.", 81, 81), ("social_support_sjo", "Соц. супр. СЖО", 15, 210)]
    tq = row("Разом")
    t_r = g.f("served", "persons", 596, tq, label="таблиця, Разом, отримувачі", unit_alt="recipients")
    t_s = g.f("services_provided", "services", 8069, tq, label="таблиця, Разом")
    rows = {}
    for sid, name, r, s in svc:
        q = row(name)
        a = g.f("served", "persons", r, q, service=sid, group="table_recipients", parent=t_r, unit_alt="recipients")
        b = g.f("services_provided", "services", s, q, service=sid, group="table_services", parent=t_s)
        rows[sid] = (a, b)

    sup = g.f("served", "families", 15, "Соц. супр. СЖО – 15 сім.", service="social_support_sjo", alt=["support_ongoing"])
    supc = g.f("served", "children", 34, "(34 дит.)", service="social_support_sjo", alt=["support_ongoing"], parent=sup)
    st = g.f("support_started", "families", 6, "вз. за кв. – 6", service="social_support_sjo",
             group="support_15_by_start", parent=sup)
    pr = g.f("served", "families", 10, "прод. з І кв. – 10", service="social_support_sjo", alt=["support_ongoing"],
             label="продовжено з І кварталу", group="support_15_by_start", parent=sup)
    co = g.f("support_completed", "families", 5, "заверш. – 5", service="social_support_sjo", parent=sup)
    op = g.f("outcome_positive", "families", 4, "позит. рез. – 4", service="social_support_sjo",
             group="completed_5_by_result", parent=co)
    oo = g.f("outcome_other", "families", 1, "ін. – 1, зміна м/п", service="social_support_sjo",
             label="зміна місця проживання", group="completed_5_by_result", parent=co)
    rg = g.f("registered", "families", 38, "на обл. станом на 30.06 – 38 сім.", label="облік сімей у СЖО")
    rn = g.f("registered_new", "families", 9, "вз. на обл. – 9", label="облік сімей у СЖО")
    dr = g.f("deregistered", "families", 12, "зн. з обл. – 12", label="облік сімей у СЖО")
    d1 = g.f("deregistered", "families", 8, "подол. СЖО – 8", label="подолання СЖО", alt=["outcome_positive"],
             group="deregistered_12_by_reason", parent=dr)
    d2 = g.f("deregistered", "families", 4, "зміна м/п – 4", label="зміна місця проживання", alt=["outcome_other"],
             group="deregistered_12_by_reason", parent=dr)
    fo = g.f("served", "families", 9, "разом 9 сім.", service="social_support_foster")
    fo1 = g.f("served", "families", 7, "ПС – 7", service="social_support_foster", category="прийомні сім'ї",
              group="foster_9", parent=fo)
    fo2 = g.f("served", "families", 2, "ДБСТ – 2", service="social_support_foster",
              category="дитячі будинки сімейного типу", group="foster_9", parent=fo)
    foc = g.f("served", "children", 31, "(31 дит.)", service="social_support_foster", parent=fo)
    av = g.f("aid_value", "uah", 148600, "заг. варт. 148,6 тис. грн", service="natural_aid",
             label="гігієнічні та продуктові набори")
    ev = g.f("events", "events", 11, "Груп. заходи – 11")
    evp = g.f("event_participants", "persons", 143, "учасн. – 143 ос.", parent=ev)
    sp = g.f("staff_positions", "positions", 26.5, "шт. од. – 26,5")
    sa = g.f("staff_actual", "staff", 23, "факт. – 23")
    tr = g.f("staff_trained", "staff", 5, "Навч. пройшли 5 прац.")
    bs = g.f("budget_spent", "uah", 2418700, "КВ за кв. – 2418,7 тис. грн", label="касові видатки, II квартал")
    b1 = g.f("budget_spent", "uah", 2031200, "з/п з нарах. – 2031,2", label="заробітна плата з нарахуваннями",
             group="spent_2418_7_by_item", parent=bs)
    b2 = g.f("budget_spent", "uah", 142900, "енергонос. – 142,9", label="енергоносії", group="spent_2418_7_by_item",
             parent=bs)
    b3 = g.f("budget_spent", "uah", 244600, "ін. – 244,6 тис. грн", label="інші", group="spent_2418_7_by_item",
             parent=bs)
    br = g.f("budget_received", "uah", 36400, "Платні посл.: надійшло 36,4 тис. грн", label="платні послуги")
    cp = g.f("complaints", "complaints", 0, "Скарг – нема.")
    cl = g.f("calls", "calls", 29, "Дзвінків на «гар. лінію» – 29")
    hn = g.f("served", "persons", 8, "Догл. вдома: вз. на обсл. – 8 ос.", service="home_care",
             alt=["registered_new", "support_started"], label="взято на обслуговування")
    hd = g.f("deregistered", "persons", 6, "зн. з обсл. – 6", service="home_care")
    hd1 = g.f("deregistered", "persons", 4, "смерть – 4", service="home_care", label="смерть", alt=["outcome_other"],
              group="home_care_deregistered_6", parent=hd)
    hd2 = g.f("deregistered", "persons", 2, "стац. закл. – 2", service="home_care",
              label="влаштування до стаціонарного закладу", alt=["outcome_other"], group="home_care_deregistered_6", parent=hd)
    vp = g.f("served", "persons", 164, "ВПО: отрим. посл. – 164 ос. (27,5 % від заг. к-сті отрим.)", percent=27.5,
             category="внутрішньо переміщені особи", parent=tot)

    g.slip("parts_sum", "error",
           "Соц. супр. СЖО – 15 сім. (34 дит.), в т.ч. вз. за кв. – 6, прод. з І кв. – 10", 16, 15, [sup, st, pr],
           "the 15 families under support are split into taken this quarter (6) and continued from Q1 (10): "
           "6 + 10 = 16, one more than 15 (the table's row also says 15)", f"{v(st)} + {v(pr)} == {v(sup)}")

    rp = " + ".join(v(rows[s][0]) for s, *_ in svc)
    sp_ = " + ".join(v(rows[s][1]) for s, *_ in svc)
    g.check("table_arithmetic", tq, "recipients 208 + 174 + 96 + 22 + 81 + 15 = 596", f"{rp} == {v(t_r)}")
    g.check("table_arithmetic", tq, "services 412 + 389 + 5874 + 1103 + 81 + 210 = 8069", f"{sp_} == {v(t_s)}")
    g.check("internal_conflict", "К-сть отрим. – 596 ос.", "line 3 = table Разом 596; the table's СЖО row 15 = line 4's 15",
            f"{v(tot)} == {v(t_r)} and {v(rows['social_support_sjo'][0])} == {v(sup)}")
    g.check("parts_sum", "заверш. – 5 (позит. рез. – 4, ін. – 1", "4 + 1 = 5", f"{v(op)} + {v(oo)} == {v(co)}")
    g.check("parts_sum", "зн. з обл. – 12 (в т.ч. подол. СЖО – 8", "8 + 4 = 12", f"{v(d1)} + {v(d2)} == {v(dr)}")
    g.check("parts_sum", "ПС – 7, ДБСТ – 2, разом 9 сім.", "7 + 2 = 9", f"{v(fo1)} + {v(fo2)} == {v(fo)}")
    g.check("parts_sum", "з/п з нарах. – 2031,2", "2031,2 + 142,9 + 244,6 = 2418,7 тис. грн",
            f"{v(b1)} + {v(b2)} + {v(b3)} == {v(bs)}")
    g.check("parts_sum", "в т.ч. ВПО – 117, повторні – 64", "117 ≤ 388 and 64 ≤ 388 (overlapping categories, not a partition)",
            f"{v(apv)} <= {v(ap)} and {v(apr)} <= {v(ap)}")
    g.check("parts_sum", "сім. у СЖО – 41", "41 ≤ 214", f"{v(sj)} <= {v(na)}")
    g.check("parts_sum", "зн. з обсл. – 6 (смерть – 4, стац. закл. – 2)", "4 + 2 = 6", f"{v(hd1)} + {v(hd2)} == {v(hd)}")
    g.check("percent_mismatch", "164 ос. (27,5 % від заг. к-сті отрим.)", "164 / 596 = 27,52 % → 27,5",
            f"pct_ok(p{vp[1:]}, {v(vp)}, {v(tot)}, 1)")
    g.check("parts_sum", "факт. – 23", "5 trained ≤ 23 ≤ 26,5", f"{v(tr)} <= {v(sa)} <= {v(sp)}")

    g.skip("Вих. №214/02-11 від 03.07.2025", [214, 2, 11, 3, 7, 2025], "outgoing number and date")
    g.skip("щодо осн. показн. роботи ЦНСП за ІІ кв. 2025 р.", [2, 2025], "period in the title")
    g.skip("за квітень–червень п. р.", [], "period («п. р.» = поточного року); no figure")
    g.skip("п/р – дані ІІ кв. 2024", [2, 2024], "the prior-year column is described")
    g.skip("№\tПослуга", [1, 2, 3, 4, 5, 6], "row numbers")
    g.skip(tq, [538], "Разом of the ІІ кв. 2024 (п/р) column: prior-year figure")
    g.skip("ІІ кв. 2024 (п/р), отрим.", [190, 166, 91, 19, 60, 12], "prior-year column (ІІ кв. 2024), last cell of each row")
    g.skip("на обл. станом на 30.06", [30, 6], "date")
    g.skip("видано 162 наб. гігієн. + 95 прод. наб.", [162, 95], "items handed out")
    g.skip("отрим. від ОЦСС – 40 наб. (без варт.)", [40], "items received from the oblast centre")
    g.skip("вакант. – 3 (соц. роб.)", [3], "vacancies (no §3 id)")
    g.skip("(обл. ЦСС, 24 год.)", [24], "duration")
    g.skip("(за 6 міс. п. р. – 71,9 тис. грн)", [6, 71900], "cumulative half-year figure (not the quarter)")
    g.skip("53600, смт Покровське, вул. Героїв, 12, ЄДРПОУ 44397216", [53600, 12, 44397216], "postcode, address, ЄДРПОУ")
    g.skip("тариф – 94,60 грн/год (ріш. вик. ком. №97 від 20.03.2025)", [94.6, 97, 20, 3, 2025], "tariff, decision number and date")
    g.skip("(авто в ремонті з 14.05 п. р.)", [14, 5], "date; the social taxi was not provided (no figure)")
    g.skip("1 авто на 19 н. п. громади; потреба – 2 дод. шт. од. соц. роб. для віддал. н. п. (6 сіл)", [1, 19, 2, 6],
           "vehicles, settlement counts, extra positions needed")
    g.skip("На ІІІ кв.: ОП – не менше 200 ос.; запуск посл. ден. догл. для дітей з інвал. (до 5 дит.)", [3, 200, 5],
           "plan for the III quarter")
    g.skip("Дод.: 1) показн. по н. п. на 2 арк.; 2) копія акту перевірки від 11.06.2025 №3.", [1, 2, 2, 11, 6, 2025, 3],
           "enclosures: numbers, sheets, act date and number")
    g.skip("Тел. для довідок (05638) 0-27-14.", [5638, 2714], "phone")
    g.skip("т. 0-27-14", [2714], "phone")
    g.skip("1. Зверн.", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16], "line numbers 1.–16.")

    g.note("a telegraphic memo: «обсл.» = обстежено (with «ОП» = оцінка потреб), «вз. на обл.» / «зн. з обл.» = взято на облік / знято з обліку, «п/р» = попередній рік, «п. р.» = поточного року, «ПС» = прийомні сім'ї, «КВ» = касові видатки, «м/п» = місце проживання")
    g.note("«Зверн.: всього – 388» → applied, unit applications (alt persons); ВПО and повторні are overlapping parts (parent only)")
    g.note("table: every cell of the 2025 columns is a fact quoted by its row (rows hang on Разом); the ІІ кв. 2024 (п/р) column is skipped")
    g.note("line 3's 596 and the table's Разом 596 are two facts; line 4's 15 families and the table's 15 persons are two facts")
    g.note("«прод. з І кв. – 10» → served with a label (alt support_ongoing); «ін. – 1, зміна м/п» → outcome_other")
    g.note("«зн. з обл. – 12 (в т.ч. подол. СЖО – 8, зміна м/п – 4)» → deregistered with reasons as labelled parts")
    g.note("money in тис. грн stored in hryvnias; «з/п з нарах. – 2031,2» carries no «тис. грн» of its own but shares the line's unit")
    g.note("meta_alt report_kind other: a службова записка; the centre as written («КУ «ЦНСП» Покровської сел. ради») is accepted")
    g.write()


if __name__ == "__main__":
    main()
