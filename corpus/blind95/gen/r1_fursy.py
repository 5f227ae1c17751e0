"""b95_01: ЦСС Фурсівської сільської ради (Київська), annual report 2024. DOCX, first person plural."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

NAME = "b95_01_fursy_css_annual2024.docx"

HEAD = ("Центр соціальних служб Фурсівської сільської ради Білоцерківського району Київської області, "
        "код ЄДРПОУ 44718263")
ADDR = "09141, Київська обл., Білоцерківський р-н, с. Фурси, вул. Шкільна, 14, тел. (04563) 0-47-19, e-mail: css.fursy@example.ua"
OUT = "Вих. № 01-12/38 від 14.01.2025"
TITLE = "ЗВІТ про роботу Центру соціальних служб Фурсівської сільської ради за 2024 рік"
P_INTRO = ("Центр утворено рішенням сесії Фурсівської сільської ради від 18.02.2021 № 212-6-VIII. "
           "Громада об’єднує 16 населених пунктів, у яких проживає близько 14,2 тис. осіб. "
           "Наша мета – вчасно помітити сім’ю, якій потрібна допомога, і підтримати її до подолання труднощів.")
H1 = "1. Звернення та охоплення послугами"
P1a = ("Протягом 2024 року до нас звернулися 487 осіб (у 2023 році – 431). "
       "Ми надали соціальні послуги 412 сім’ям/особам, у тому числі 96 сім’ям з числа внутрішньо переміщених осіб (23,3 %). "
       "Загалом за рік фахівці центру надали 6 318 соціальних послуг.")
P1b = ("Повідомлення про сім’ї, які можуть перебувати у складних життєвих обставинах, ми отримали щодо 63 сімей "
       "(від закладів освіти, амбулаторій та старост). Оцінку потреб проведено 57 сім’ям, за її результатами "
       "41 сім’ю визнано такими, що перебувають у складних життєвих обставинах (73,7 %).")
TCAP = "Таблиця 1. Надання соціальних послуг у 2024 році"
ROWS = [
    ("№ з/п", "Соціальна послуга", "Отримувачі, сімей/осіб", "Надано послуг, од."),
    ("1", "Інформування", "164", "1 270"),
    ("2", "Консультування", "151", "3 845"),
    ("3", "Соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах", "38", "702"),
    ("4", "Соціальне супроводження прийомних сімей та ДБСТ", "4", "96"),
    ("5", "Натуральна допомога", "55", "405"),
    ("", "Усього", "412", "6 318"),
]
H2 = "2. Соціальний супровід сімей"
P2a = ("Під соціальним супроводом протягом року перебували 38 сімей, у яких виховується 71 дитина. "
       "Вперше взяли під супровід 22 сім’ї, решта перейшли з 2023 року.")
P2b = ("Ми завершили супровід 24 сімей: з них 15 – з позитивним результатом (62,5 %), у 6 сім’ях складні життєві "
       "обставини мінімізовано (25 %), 3 сім’ї вибули у зв’язку зі зміною місця проживання (12,5 %). "
       "Продовжено надання послуги у 2025 році 14 сім’ям. Середня тривалість супроводу – 5 місяців.")
P2c = ("Соціальне супроводження здійснювалося 4 прийомним сім’ям та дитячим будинкам сімейного типу, в яких "
       "виховується 17 дітей. Кожну сім’ю фахівець відвідує не рідше одного разу на місяць.")
H3 = "3. Профілактична робота"
P3 = ("Ми провели 26 групових заходів (тренінги, батьківські збори, інформаційні зустрічі в школах), якими охоплено "
      "418 учасників. Тривалість одного тренінгу – 2 години. На телефон центру надійшло 94 дзвінки від мешканців громади.")
H4 = "4. Кадрове забезпечення"
P4 = ("Штатним розписом передбачено 9 посад, фактично працює 8 фахівців (1 вакансія фахівця із соціальної роботи). "
      "Протягом року шість працівників підвищили кваліфікацію в Київському обласному центрі соціальних служб. "
      "Скарг на роботу центру у звітному році не надходило.")
H5 = "5. Завдання на 2025 рік"
P5 = ("У 2025 році плануємо охопити послугами не менше 450 сімей/осіб та запровадити денний догляд для 10 дітей "
      "з інвалідністю віком від 3 до 18 років.")
SIGN = "Директор Центру соціальних служб Фурсівської сільської ради ____________"


def build(path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for t in (HEAD, ADDR, OUT):
        p = doc.add_paragraph(t)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if t != OUT else WD_ALIGN_PARAGRAPH.LEFT
    p = doc.add_paragraph()
    r = p.add_run(TITLE)
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(P_INTRO)
    doc.add_heading(H1, level=2)
    doc.add_paragraph(P1a)
    doc.add_paragraph(P1b)
    doc.add_paragraph(TCAP)
    t = doc.add_table(rows=len(ROWS), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(ROWS):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    for h, ps in ((H2, (P2a, P2b, P2c)), (H3, (P3,)), (H4, (P4,)), (H5, (P5,))):
        doc.add_heading(h, level=2)
        for x in ps:
            doc.add_paragraph(x)
    doc.add_paragraph(SIGN)
    fix_docx_props(doc, author="ЦСС Фурсівської сільської ради")
    doc.save(path)
    freeze_zip(path)


def row(i):
    return "\t".join(c for c in ROWS[i]).lstrip("\t")


def gold():
    g = Gold(NAME, {
        "centre": "Центр соціальних служб Фурсівської сільської ради",
        "centre_type": "css", "settlement": "Фурси", "oblast": "Київська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        meta_alt={"centre": ["Центр соціальних служб Фурсівської сільської ради Білоцерківського району Київської області"],
                  "settlement": ["Фурсівська сільська громада"]})
    f = g.f
    a = f("applied", "persons", 487, "до нас звернулися 487 осіб")
    s = f("served", "families_persons", 412, "Ми надали соціальні послуги 412 сім’ям/особам")
    idp = f("served", "families", 96, "у тому числі 96 сім’ям з числа внутрішньо переміщених осіб (23,3 %)",
            percent=23.3, category="внутрішньо переміщені особи", parent=s,
            unit_alt="families_persons", note="«сім’ям» written; the whole is сімей/осіб")
    sp = f("services_provided", "services", 6318, "фахівці центру надали 6 318 соціальних послуг")
    n = f("notified", "families", 63, "Повідомлення про сім’ї, які можуть перебувати у складних життєвих обставинах, ми отримали щодо 63 сімей")
    na = f("needs_assessed", "families", 57, "Оцінку потреб проведено 57 сім’ям")
    sjo = f("in_difficult_circumstances", "families", 41,
            "41 сім’ю визнано такими, що перебувають у складних життєвих обставинах (73,7 %)", percent=73.7, parent=na)
    # table
    tt_s = f("served", "families_persons", 412, row(6), label="Усього")
    tt_p = f("services_provided", "services", 6318, row(6), label="Усього")
    svc = ["informing", "counselling", "social_support_sjo", "social_support_foster", "natural_aid"]
    rs, rp = [], []
    for i, sv in enumerate(svc, start=1):
        rs.append(f("served", "families_persons", int(ROWS[i][2]), row(i), service=sv, group="table1_recipients",
                    parent=tt_s, label=ROWS[i][1]))
        rp.append(f("services_provided", "services", int(ROWS[i][3].replace(" ", "")), row(i), service=sv,
                    group="table1_services", parent=tt_p, label=ROWS[i][1]))
    su = f("served", "families", 38, "Під соціальним супроводом протягом року перебували 38 сімей",
           service="social_support_sjo", alt=["support_ongoing"])
    ch = f("served", "children", 71, "у яких виховується 71 дитина", service="social_support_sjo",
           alt=["support_ongoing"], parent=su)
    st_ = f("support_started", "families", 22, "Вперше взяли під супровід 22 сім’ї", service="social_support_sjo", parent=su)
    co = f("support_completed", "families", 24, "Ми завершили супровід 24 сімей", service="social_support_sjo", parent=su)
    op = f("outcome_positive", "families", 15, "з них 15 – з позитивним результатом (62,5 %)", percent=62.5,
           parent=co, group="completed_24_by_result")
    om = f("outcome_minimized", "families", 6, "у 6 сім’ях складні життєві обставини мінімізовано (25 %)", percent=25,
           parent=co, group="completed_24_by_result")
    oo = f("outcome_other", "families", 3, "3 сім’ї вибули у зв’язку зі зміною місця проживання (12,5 %)", percent=12.5,
           parent=co, group="completed_24_by_result", label="зміна місця проживання")
    og = f("support_ongoing", "families", 14, "Продовжено надання послуги у 2025 році 14 сім’ям",
           service="social_support_sjo", parent=su)
    fo = f("served", "families", 4, "Соціальне супроводження здійснювалося 4 прийомним сім’ям та дитячим будинкам сімейного типу",
           service="social_support_foster")
    fch = f("served", "children", 17, "в яких виховується 17 дітей", service="social_support_foster", parent=fo)
    ev = f("events", "events", 26, "Ми провели 26 групових заходів")
    ep = f("event_participants", "persons", 418, "якими охоплено 418 учасників", parent=ev)
    ca = f("calls", "calls", 94, "На телефон центру надійшло 94 дзвінки")
    pos = f("staff_positions", "positions", 9, "Штатним розписом передбачено 9 посад")
    act = f("staff_actual", "staff", 8, "фактично працює 8 фахівців")
    tr = f("staff_trained", "staff", 6, "шість працівників підвищили кваліфікацію", note="number in words")
    cm = f("complaints", "complaints", 0, "Скарг на роботу центру у звітному році не надходило.")

    v = lambda x: "f" + x[1:]  # noqa: E731
    g.check("percent_mismatch", "у тому числі 96 сім’ям з числа внутрішньо переміщених осіб (23,3 %)",
            "96 / 412 = 23,30 %", f"pct_ok(p{idp[1:]}, {v(idp)}, {v(s)}, 1)")
    g.check("table_arithmetic", row(6), "164 + 151 + 38 + 4 + 55 = 412",
            " + ".join(v(x) for x in rs) + f" == {v(tt_s)}")
    g.check("table_arithmetic", row(6), "1 270 + 3 845 + 702 + 96 + 405 = 6 318",
            " + ".join(v(x) for x in rp) + f" == {v(tt_p)}")
    g.check("internal_conflict", "Ми надали соціальні послуги 412 сім’ям/особам",
            "prose 412 = table Усього 412; prose 6 318 services = table 6 318",
            f"{v(s)} == {v(tt_s)} and {v(sp)} == {v(tt_p)}")
    g.check("internal_conflict", "Під соціальним супроводом протягом року перебували 38 сімей",
            "38 families in prose = table row 3 (38); 4 foster families = table row 4",
            f"{v(su)} == {v(rs[2])} and {v(fo)} == {v(rs[3])}")
    g.check("parts_sum", "Ми завершили супровід 24 сімей: з них 15",
            "15 + 6 + 3 = 24", f"{v(op)} + {v(om)} + {v(oo)} == {v(co)}")
    g.check("percent_mismatch", "з них 15 – з позитивним результатом (62,5 %)",
            "15/24 = 62,5 %, 6/24 = 25 %, 3/24 = 12,5 %",
            f"pct_ok(p{op[1:]}, {v(op)}, {v(co)}, 1) and pct_ok(p{om[1:]}, {v(om)}, {v(co)}, 0) and pct_ok(p{oo[1:]}, {v(oo)}, {v(co)}, 1)")
    g.check("percents_sum", "з них 15 – з позитивним результатом (62,5 %)", "62,5 + 25 + 12,5 = 100",
            f"psum_ok([p{op[1:]}, p{om[1:]}, p{oo[1:]}], 1)")
    g.check("parts_sum", "Продовжено надання послуги у 2025 році 14 сім’ям",
            "24 completed + 14 continued = 38 under support", f"{v(co)} + {v(og)} == {v(su)}")
    g.check("parts_sum", "Вперше взяли під супровід 22 сім’ї", "22 ≤ 38", f"{v(st_)} <= {v(su)}")
    g.check("parts_sum", "Оцінку потреб проведено 57 сім’ям", "41 ≤ 57 ≤ 63; served 412 ≤ applied 487 is not claimed",
            f"{v(sjo)} <= {v(na)} <= {v(n)}")
    g.check("percent_impossible", "41 сім’ю визнано такими, що перебувають у складних життєвих обставинах (73,7 %)",
            "73,7 % is reachable with 57 (42 of 57); it is the pairing with 41 that is wrong (see audit)",
            f"grim_ok(p{sjo[1:]}, {v(na)}, 1)")
    g.check("parts_sum", "Штатним розписом передбачено 9 посад, фактично працює 8 фахівців (1 вакансія",
            "9 positions − 8 working = 1 vacancy (literal)", f"{v(pos)} - {v(act)} == 1 and {v(tr)} <= {v(act)}")
    g.slip("percent_mismatch", "error",
           "41 сім’ю визнано такими, що перебувають у складних життєвих обставинах (73,7 %)",
           73.7, 71.9, [sjo, na],
           "41 of the 57 assessed families is 71,9 %; 73,7 % would be 42 of 57",
           f"pct_ok(p{sjo[1:]}, {v(sjo)}, {v(na)}, 1)")

    g.skip(HEAD, [44718263], "ЄДРПОУ")
    g.skip(ADDR, [9141, 14, 4563, 4719], "postcode, address, phone")
    g.skip(OUT, [1, 12, 38, 14, 1, 2025], "outgoing number and date")
    g.skip("рішенням сесії Фурсівської сільської ради від 18.02.2021 № 212-6-VIII", [18, 2, 2021, 212, 6], "decision date and number")
    g.skip("Громада об’єднує 16 населених пунктів, у яких проживає близько 14,2 тис. осіб",
           [16, 14200], "settlement count and population")
    g.skip("(у 2023 році – 431)", [2023, 431], "prior-year figure")
    g.skip(TCAP, [1, 2024], "table number and year")
    g.skip(TITLE, [2024], "period in the title")
    g.skip("Протягом 2024 року", [2024], "period")
    g.skip(H1, [1], "section number")
    g.skip(H2, [2], "section number")
    g.skip(H3, [3], "section number")
    g.skip(H4, [4], "section number")
    g.skip(H5, [5, 2025], "section number, plan year")
    g.skip("№ з/п", [1, 2, 3, 4, 5], "row numbers")
    g.skip("решта перейшли з 2023 року", [2023], "year (the carried-over families, 38 − 22 = 16, are not written)")
    g.skip("Середня тривалість супроводу – 5 місяців.", [5], "duration")
    g.skip("Кожну сім’ю фахівець відвідує не рідше одного разу на місяць.", [1], "frequency")
    g.skip("Тривалість одного тренінгу – 2 години.", [2], "duration")
    g.skip("(1 вакансія фахівця із соціальної роботи)", [1], "vacancy (no §3 id); used as a literal in a check")
    g.skip(P5, [2025, 450, 10, 3, 18], "2025 plan, ages")
    g.note("«Ми надали соціальні послуги 412 сім’ям/особам» → served families_persons; the 96 IDP families hang on it (unit families as written, unit_alt families_persons)")
    g.note("a figure written twice is two facts: 412 and 6 318 in prose and in the table Усього row; 38 and 4 in prose and in table rows 3 and 4")
    g.note("«Під соціальним супроводом … перебували 38 сімей» → served (alt support_ongoing), as in blind18; «Продовжено надання послуги у 2025 році 14 сім’ям» → support_ongoing")
    g.note("«3 сім’ї вибули у зв’язку зі зміною місця проживання» → outcome_other with a label; the three results partition the 24 completed")
    g.note("the 41 families found in СЖО hang on the 57 assessed; the percentage 73,7 is their percent (slip: 41/57 = 71,9 %)")
    g.note("«шість працівників» (in words) is staff_trained 6")
    g.write()


if __name__ == "__main__":
    p = report_path(NAME)
    build(p)
    gold()
