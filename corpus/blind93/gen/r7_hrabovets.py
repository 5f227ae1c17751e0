"""b93_07: КУ «ЦНСП» Грабовецько-Дулібівської сільської ради (Львівська), report for 2023.
Less common style: a DOCX whose comparison table is laid out with tab stops and dot leaders, not a Word
table (each row one paragraph: label, tab with dot leader, 2022 value, tab, 2023 value; a header row of the
same kind). First person plural. Planted slip: internal_conflict (table «Надано соціальних послуг» 6 482,
prose «ми надали 6 428 соціальних послуг», whose own breakdown sums to 6 428)."""
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from common import Gold, report_path, save_docx

DOC = "b93_07_hrabovets_cnsp_annual2023.docx"

# (label, 2022, 2023, indent)
ROWS = [("Звернулося до Центру, осіб", "498", "547", 0),
        ("Проведено оцінок потреб", "121", "156", 0),
        ("Отримали соціальні послуги, осіб", "412", "463", 0),
        ("у т. ч. догляд вдома", "58", "61", 1),
        ("денний догляд", "14", "19", 1),
        ("консультування", "204", "230", 1),
        ("натуральна допомога", "136", "153", 1),
        ("Надано соціальних послуг, усього", "5 904", "6 482", 0),
        ("Сімей під соціальним супроводом", "11", "14", 0),
        ("Проведено групових заходів", "17", "22", 0),
        ("Учасників групових заходів, осіб", "309", "381", 0),
        ("Штатних посад", "31", "31", 0),
        ("Фактично працюючих", "27", "29", 0)]


def rowtext(r):
    return f"{r[0]} {r[1]} {r[2]}"


def build(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.paragraph_format.space_after = Pt(0)

    def p(text, bold=False, align=None, indent=True):
        para = d.add_paragraph()
        r = para.add_run(text)
        r.bold = bold
        if align == "c":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "j":
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            para.paragraph_format.first_line_indent = Cm(1.25)
        para.paragraph_format.space_after = Pt(6)
        return para

    def tabrow(label, a, b, indent=0, bold=False):
        para = d.add_paragraph()
        pf = para.paragraph_format
        pf.left_indent = Cm(0.75 * indent)
        pf.space_after = Pt(0)
        ts = pf.tab_stops
        ts.add_tab_stop(Cm(12.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        ts.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.SPACES)
        r = para.add_run(f"{label}\t{a}\t{b}")
        r.bold = bold
        return para

    p("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»", bold=True, align="c")
    p("ГРАБОВЕЦЬКО-ДУЛІБІВСЬКОЇ СІЛЬСЬКОЇ РАДИ", bold=True, align="c")
    p("82431, Львівська обл., Стрийський р-н, с. Грабовець, вул. Шкільна, 5; тел. (03245) 0-58-33; "
      "cnsp.hrabovets@example.ua; ЄДРПОУ 44512970", align="c")
    p("ЗВІТ ПРО РОБОТУ ЗА 2023 РІК", bold=True, align="c")
    p("У 2023 році наш Центр надавав соціальні послуги мешканцям 23 сіл громади в умовах воєнного стану. "
      "Ми зберегли всі відділення, розширили мобільну роботу в старостинських округах і вперше провели "
      "опитування отримувачів послуги натуральної допомоги. Основні показники нашої роботи порівняно з "
      "2022 роком такі:", align="j")
    tabrow("Показник", "2022 рік", "2023 рік", bold=True)
    for lab, a, b, ind in ROWS:
        tabrow(lab, a, b, ind)
    d.add_paragraph()
    p("Протягом року ми надали 6 428 соціальних послуг: догляду вдома – 4 762, денного догляду – 1 020, "
      "консультування – 493, натуральної допомоги – 153. Вартість однієї години догляду вдома для "
      "платних отримувачів у 2023 році становила 58,00 грн.", align="j")
    p("Під соціальний супровід у 2023 році ми взяли 9 сімей, ще 5 сімей перейшли на супровід з 2022 року. "
      "Завершили супровід 10 сімей: 8 – з позитивним результатом, 2 – у зв'язку з переїздом до іншої "
      "громади. На 2024 рік продовжено супровід 4 сімей.", align="j")
    p("У листопаді 2023 року ми опитали 84 отримувачі; якістю послуг задоволені 79 з них (94,0 %). "
      "Надійшли дві скарги, обидві розглянуто, одну визнано обґрунтованою.", align="j")
    p("Кошторисом на 2023 рік нам затверджено 8 215,4 тис. грн, касові видатки склали 8 157,9 тис. грн "
      "(99,3 %). Двоє наших працівників навчаються заочно, ще 12 пройшли короткі курси підвищення "
      "кваліфікації.", align="j")
    p("У 2024 році плануємо відкрити відділення денного догляду для дітей з інвалідністю на 15 місць.",
      align="j")
    p("Директор                                        __________")
    p("15.01.2024 № 12")
    save_docx(d, path, author="ЦНСП Грабовецько-Дулібівської сільської ради")


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Грабовецько-Дулібівської сільської ради",
        "centre_type": "cnsp", "settlement": "Грабовець", "oblast": "Львівська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Грабовецько-Дулібівської сільської ради",
        "КУ «Центр надання соціальних послуг» Грабовецько-Дулібівської сільської ради"],
        "settlement": ["Грабовецько-Дулібівська сільська громада"]})
    f = g.f
    q = {r[0]: rowtext(r) for r in ROWS}
    ap = f("applied", "persons", 547, q["Звернулося до Центру, осіб"])
    na = f("needs_assessed", "persons", 156, q["Проведено оцінок потреб"], unit_alt="families",
           note="«оцінок потреб» counts assessments with no unit written; persons, as the centre counts its clients in persons (unit_alt families)")
    sv = f("served", "persons", 463, q["Отримали соціальні послуги, осіб"])
    parts = []
    for lab, sid in (("у т. ч. догляд вдома", "home_care"), ("денний догляд", "day_care"),
                     ("консультування", "counselling"), ("натуральна допомога", "natural_aid")):
        parts.append(f("served", "persons", int(dict((r[0], r[2]) for r in ROWS)[lab]), q[lab], service=sid,
                       group="served_463_by_service", parent=sv))
    spt = f("services_provided", "services", 6482, q["Надано соціальних послуг, усього"], label="таблиця")
    sup = f("served", "families", 14, q["Сімей під соціальним супроводом"], service="social_support_sjo",
            alt=["support_ongoing"])
    ev = f("events", "events", 22, q["Проведено групових заходів"])
    evp = f("event_participants", "persons", 381, q["Учасників групових заходів, осіб"], parent=ev)
    pos = f("staff_positions", "positions", 31, q["Штатних посад"])
    act = f("staff_actual", "staff", 29, q["Фактично працюючих"])
    spp = f("services_provided", "services", 6428, "Протягом року ми надали 6 428 соціальних послуг", label="текст")
    sp_parts = []
    for qq, v, sid in (("догляду вдома – 4 762", 4762, "home_care"), ("денного догляду – 1 020", 1020, "day_care"),
                       ("консультування – 493", 493, "counselling"),
                       ("натуральної допомоги – 153", 153, "natural_aid")):
        sp_parts.append(f("services_provided", "services", v, qq, service=sid, group="services_6428_by_service",
                          parent=spp))
    st_ = f("support_started", "families", 9, "Під соціальний супровід у 2023 році ми взяли 9 сімей",
            service="social_support_sjo", group="support_14_by_start", parent=sup)
    cont = f("served", "families", 5, "ще 5 сімей перейшли на супровід з 2022 року", service="social_support_sjo",
             alt=["support_ongoing"], label="перейшли з 2022 року", group="support_14_by_start", parent=sup)
    cm = f("support_completed", "families", 10, "Завершили супровід 10 сімей", service="social_support_sjo",
           parent=sup)
    op = f("outcome_positive", "families", 8, "8 – з позитивним результатом", service="social_support_sjo",
           group="completed_10_by_result", parent=cm)
    oo = f("outcome_other", "families", 2, "2 – у зв'язку з переїздом до іншої громади", service="social_support_sjo",
           label="переїзд до іншої громади", group="completed_10_by_result", parent=cm)
    on = f("support_ongoing", "families", 4, "На 2024 рік продовжено супровід 4 сімей", service="social_support_sjo",
           note="«продовжено на 2024 рік» in a 2023 report: a 2023 fact")
    srv = f("survey_respondents", "recipients", 84, "ми опитали 84 отримувачі", unit_alt="persons")
    sat = f("survey_respondents", "persons", 79, "якістю послуг задоволені 79 з них (94,0 %)", percent=94.0,
            label="задоволені якістю послуг", parent=srv)
    cp = f("complaints", "complaints", 2, "Надійшли дві скарги", note="number in words")
    cp1 = f("complaints", "complaints", 1, "одну визнано обґрунтованою", label="обґрунтовані", parent=cp,
            note="number in words")
    ba = f("budget_approved", "uah", 8215400, "Кошторисом на 2023 рік нам затверджено 8 215,4 тис. грн")
    bs = f("budget_spent", "uah", 8157900, "касові видатки склали 8 157,9 тис. грн (99,3 %)", percent=99.3)
    trn = f("staff_trained", "staff", 12, "ще 12 пройшли короткі курси підвищення кваліфікації")

    g.slip("internal_conflict", "error", "Протягом року ми надали 6 428 соціальних послуг", 6428, 6482, [spp, spt],
           "the comparison table gives 6 482 services for 2023, the prose 6 428 (its own breakdown 4 762 + 1 020 "
           "+ 493 + 153 sums to 6 428, so the table's 6 482 is the odd one, two digits swapped)",
           f"{spp} == {spt}")
    g.check("parts_sum", q["Отримали соціальні послуги, осіб"], "2023 column: 61 + 19 + 230 + 153 = 463",
            " + ".join(parts) + f" == {sv}")
    g.check("parts_sum", "Протягом року ми надали 6 428 соціальних послуг:", "4 762 + 1 020 + 493 + 153 = 6 428",
            " + ".join(sp_parts) + f" == {spp}")
    g.check("parts_sum", "Під соціальний супровід у 2023 році ми взяли 9 сімей", "9 new + 5 from 2022 = 14 (table)",
            f"{st_} + {cont} == {sup}")
    g.check("parts_sum", "Завершили супровід 10 сімей", "8 + 2 = 10", f"{op} + {oo} == {cm}")
    g.check("parts_sum", "На 2024 рік продовжено супровід 4 сімей", "14 − 10 completed = 4 continued",
            f"{sup} - {cm} == {on}")
    g.check("percent_mismatch", "якістю послуг задоволені 79 з них (94,0 %)", "79 / 84 = 94,05 % → 94,0",
            f"pct_ok(p{sat[1:]}, {sat}, {srv}, 1)")
    g.check("percent_mismatch", "касові видатки склали 8 157,9 тис. грн", "8 157,9 / 8 215,4 = 99,30 % → 99,3",
            f"pct_ok(p{bs[1:]}, {bs}, {ba}, 1)")
    g.check("internal_conflict", "натуральної допомоги – 153",
            "153 natural-aid services = 153 recipients in the table (one set each)", f"{sp_parts[3]} == {parts[3]}")
    g.check("parts_sum", q["Фактично працюючих"], "29 ≤ 31; 12 + 2 trained ≤ 29", f"{act} <= {pos} and {trn} + 2 <= {act}")
    g.check("parts_sum", "одну визнано обґрунтованою", "1 ≤ 2", f"{cp1} <= {cp}")

    sk = g.skip
    sk("82431, Львівська обл., Стрийський р-н, с. Грабовець, вул. Шкільна, 5; тел. (03245) 0-58-33",
       [82431, 5, 3245, 5833], "postcode, address, phone")
    sk("ЄДРПОУ 44512970", [44512970], "ЄДРПОУ")
    sk("ЗВІТ ПРО РОБОТУ ЗА 2023 РІК", [2023], "year")
    sk("У 2023 році наш Центр надавав соціальні послуги мешканцям 23 сіл громади", [2023, 23],
       "year, settlement count")
    sk("порівняно з 2022 роком", [2022], "year")
    sk("Показник 2022 рік 2023 рік", [2022, 2023], "header row of the comparison table")
    for lab, a, b, ind in ROWS:
        sk(rowtext((lab, a, b)), [int(a.replace(" ", ""))], "2022 column of the comparison table (prior year)")
    sk("Вартість однієї години догляду вдома для платних отримувачів у 2023 році становила 58,00 грн.",
       [2023, 58.0], "tariff")
    sk("з 2022 року", [2022], "year")
    sk("На 2024 рік", [2024], "year (the 4 is a 2023 fact)")
    sk("У листопаді 2023 року", [2023], "survey month")
    sk("Двоє наших працівників навчаються заочно", [2],
       "staff in extramural study (in words): not «підвищили кваліфікацію»; used as a literal in a check")
    sk("У 2024 році плануємо відкрити відділення денного догляду для дітей з інвалідністю на 15 місць.",
       [2024, 15], "plan for 2024, places")
    sk("15.01.2024 № 12", [15, 1, 2024, 12], "date and outgoing number")
    g.note("comparison table laid out with tab stops and dot leaders: the reader prints each row as «label "
           "2022 2023» on one line (tabs become spaces, leader dots are not characters). Only the 2023 column "
           "is facts; the 2022 column is skipped row by row")
    g.note("«Штатних посад 31 31»: the 2023 value is the fact; the equal 2022 value is skipped")
    g.note("the services total is written twice with different values (table 6 482, prose 6 428): two facts, "
           "told apart by label, and the slip")
    g.note("«ще 5 сімей перейшли на супровід з 2022 року» → served with label (alt support_ongoing), a part of "
           "the 14 with the 9 taken in 2023; «На 2024 рік продовжено супровід 4 сімей» → support_ongoing")
    g.note("survey: 79 satisfied of 84 with a percent → survey_respondents with label and percent")
    g.note("staff_trained 12 (курси підвищення кваліфікації); the two in extramural study are not trained staff "
           "in the §3 sense and are skipped")
    g.note("settlement: Грабовець (the seat of the hromada); meta_alt the hromada's name")
    return g


if __name__ == "__main__":
    build(report_path(DOC))
    gold().write()
