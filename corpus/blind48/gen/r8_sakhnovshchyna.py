"""b48_08: ЦСС Сахновщинської селищної ради (Харківська), information for H1 2025.
DOCX with real footnotes and endnotes (word/footnotes.xml, word/endnotes.xml, w:footnoteReference /
w:endnoteReference marks in the text), built by common.add_note_parts since python-docx has no API for
them. Some notes carry figures (a clarification of a total, a breakdown of services, a prior-year
figure, a sub-count), some only sources. A small table of social support.
Planted slip: internal_conflict (prose: 31 families in СЖО «в яких виховується 67 дітей»; table: 64)."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip, add_note_parts, note_ref

DOC = "b48_08_sakhnovshchyna_css_h1_2025.docx"

FOOT = [
    (1, "Без урахування 117 осіб, яким під час виїзних прийомів у старостинських округах надано лише послугу інформування."),
    (2, "У тому числі: консультування – 1 208, інформування – 846, соціальна профілактика – 219, соціальний супровід – 118."),
    (3, "За І півріччя 2024 року – 27 сімей, у яких виховувалося 44 дитини."),
    (4, "З них 64 особи прибули до громади у 2025 році."),
    (5, "Дані кадрової служби селищної ради; посада практичного психолога вакантна з 03.03.2025."),
]
END = [
    (1, "Джерело: журнал обліку повідомлень про сім’ї (осіб), які можуть перебувати у складних життєвих обставинах, станом на 30.06.2025."),
    (2, "Порядок організації надання соціальних послуг, затверджений постановою Кабінету Міністрів України від 01.06.2020 № 587."),
    (3, "Джерело: ЄІССС, вивантаження від 02.07.2025."),
]

TABLE = [
    ["Категорія сімей", "Кількість сімей", "Дітей у них"],
    ["Сім’ї у складних життєвих обставинах", "31", "64"],
    ["Прийомні сім’ї", "3", "9"],
    ["Дитячі будинки сімейного типу", "1", "6"],
    ["Сім’ї опікунів, піклувальників", "8", "11"],
    ["Всього", "43", "90"],
]


def para(d, parts, style=None):
    """parts: strings and ('f', n) / ('e', n) note marks."""
    p = d.add_paragraph(style=style)
    for x in parts:
        if isinstance(x, tuple):
            note_ref(p, x[1], "footnote" if x[0] == "f" else "endnote")
        else:
            p.add_run(x)
    return p


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for line in ("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ САХНОВЩИНСЬКОЇ СЕЛИЩНОЇ РАДИ",
                 "64501, Харківська обл., Берестинський р-н, смт Сахновщина, вул. Шевченка, 31, тел. (05762) 0-31-46"):
        d.add_paragraph(line).alignment = 1
    d.add_paragraph("№ 02-09/184 від 07.07.2025")
    d.add_paragraph("Сахновщинська селищна рада\nВідділ соціального захисту населення").alignment = 2
    d.add_heading("Інформація про результати діяльності Центру соціальних служб за І півріччя 2025 року", 1)
    para(d, ["Центр надає соціальні послуги відповідно до Порядку", ("e", 2),
             " та Положення про Центр. Протягом І півріччя 2025 року послугами Центру охоплено 684 особи",
             ("f", 1), ", у тому числі 203 дитини та 171 внутрішньо переміщену особу", ("f", 4), "."])
    para(d, ["До Центру звернулися 259 осіб. Надійшли повідомлення про 22 сім’ї, які можуть перебувати у "
             "складних життєвих обставинах", ("e", 1), ". Оцінку потреб проведено 46 сім’ям."])
    para(d, ["Загалом фахівцями Центру надано 2 391 соціальну послугу", ("f", 2), ("e", 3), "."])
    d.add_heading("Соціальний супровід", 2)
    para(d, ["Під соціальним супроводом перебувала 31 сім’я у складних життєвих обставинах, в яких виховується 67 дітей",
             ("f", 3), ". Протягом півріччя взято під супровід 12 сімей, завершено надання послуги 9 сім’ям, з них "
             "з позитивним результатом – 7, з мінімізацією складних життєвих обставин – 2."])
    d.add_paragraph("Таблиця 1. Сім’ї, які перебували під соціальним супроводом (супроводженням) у І півріччі 2025 року")
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for r in TABLE:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_heading("Профілактична робота, допомога", 2)
    para(d, ["Проведено 14 групових заходів для 327 учасників. На «телефон довіри» Центру надійшло 39 дзвінків. "
             "Спільно з благодійними фондами 118 сім’ям передано 236 продуктових наборів."])
    d.add_heading("Кадри", 2)
    para(d, ["Штатна чисельність Центру – 13 посад, працює 12 працівників", ("f", 5),
             "; навчання з питань ведення випадку пройшли 5 фахівців. Скарг не надходило."])
    d.add_heading("Завдання на ІІ півріччя 2025 року", 2)
    para(d, ["Охопити соціальним супроводом не менше 35 сімей, провести 20 групових заходів, відновити виїзні "
             "прийоми у всіх 9 старостинських округах (прийом – щочетверга з 9:00 до 13:00)."])
    d.add_paragraph("Директор Центру ____________")
    add_note_parts(d, footnotes=FOOT, endnotes=END)
    fix_docx_props(d, author="ЦСС Сахновщина")
    d.save(path)
    freeze_zip(path)


def main():
    import sys
    path = report_path(DOC)
    build(path)
    if "--build" in sys.argv:
        return
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Сахновщинської селищної ради",
        "centre_type": "css", "settlement": "Сахновщина", "oblast": "Харківська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
    })
    f = g.f
    V = lambda x: f"f{x[1:]}"
    sv = f("served", "persons", 684, "послугами Центру охоплено 684 особи")
    svc = f("served", "children", 203, "у тому числі 203 дитини", parent=sv, unit_alt="persons")
    svi = f("served", "persons", 171, "171 внутрішньо переміщену особу", category="внутрішньо переміщені особи",
            parent=sv)
    ap = f("applied", "persons", 259, "До Центру звернулися 259 осіб")
    nt = f("notified", "families", 22, "Надійшли повідомлення про 22 сім'ї")
    na = f("needs_assessed", "families", 46, "Оцінку потреб проведено 46 сім'ям")
    spv = f("services_provided", "services", 2391, "надано 2 391 соціальну послугу")
    su = f("served", "families", 31, "Під соціальним супроводом перебувала 31 сім'я у складних життєвих обставинах",
           service="social_support_sjo", alt=["support_ongoing"])
    suc = f("served", "children", 67, "в яких виховується 67 дітей", service="social_support_sjo",
            alt=["support_ongoing"], parent=su)
    ss = f("support_started", "families", 12, "взято під супровід 12 сімей", service="social_support_sjo")
    sc = f("support_completed", "families", 9, "завершено надання послуги 9 сім'ям", service="social_support_sjo")
    o1 = f("outcome_positive", "families", 7, "з позитивним результатом – 7", service="social_support_sjo",
           group="completed_9", parent=sc)
    o2 = f("outcome_minimized", "families", 2, "з мінімізацією складних життєвих обставин – 2",
           service="social_support_sjo", group="completed_9", parent=sc)
    tq = "Всього\t43\t90"
    tf = f("served", "families", 43, tq, label="Всього", alt=["support_ongoing"])
    tc = f("served", "children", 90, tq, label="Всього", alt=["support_ongoing"], parent=tf)
    svcmap = {"Сім'ї у складних життєвих обставинах": "social_support_sjo", "Прийомні сім'ї": "social_support_foster",
              "Дитячі будинки сімейного типу": "social_support_foster",
              "Сім'ї опікунів, піклувальників": "social_support_foster"}
    rows = []
    for name, fam, ch in [(r[0].replace("’", "'"), r[1], r[2]) for r in TABLE[1:-1]]:
        q = f"{name}\t{fam}\t{ch}"
        a = f("served", "families", int(fam), q, service=svcmap[name], label=name, alt=["support_ongoing"],
              group="families_by_category", parent=tf)
        b = f("served", "children", int(ch), q, service=svcmap[name], label=name, alt=["support_ongoing"],
              group="children_by_category", parent=tc)
        rows.append((a, b))
    ev = f("events", "events", 14, "Проведено 14 групових заходів")
    ep = f("event_participants", "persons", 327, "для 327 учасників", parent=ev)
    ca = f("calls", "calls", 39, "На «телефон довіри» Центру надійшло 39 дзвінків")
    nat = f("served", "families", 118, "118 сім'ям передано 236 продуктових наборів", service="natural_aid")
    sp = f("staff_positions", "positions", 13, "Штатна чисельність Центру – 13 посад")
    sa = f("staff_actual", "staff", 12, "працює 12 працівників")
    stt = f("staff_trained", "staff", 5, "навчання з питань ведення випадку пройшли 5 фахівців")
    co = f("complaints", "complaints", 0, "Скарг не надходило.")
    # figures in notes
    n1 = f("served", "persons", 117, "Без урахування 117 осіб, яким під час виїзних прийомів у старостинських округах надано лише послугу інформування.",
           service="informing", label="лише інформування під час виїзних прийомів (не входять до 684)",
           in_note="footnote 1", note="a period figure that clarifies the total: these 117 are NOT among the 684")
    n2 = [f("services_provided", "services", v, q, service=s_, group="services_2391", parent=spv, in_note="footnote 2")
          for v, q, s_ in ((1208, "консультування – 1 208", "counselling"), (846, "інформування – 846", "informing"),
                           (219, "соціальна профілактика – 219", "social_prevention"),
                           (118, "соціальний супровід – 118", "social_support_sjo"))]
    n4 = f("served", "persons", 64, "З них 64 особи прибули до громади у 2025 році.",
           category="внутрішньо переміщені особи", label="прибули до громади у 2025 році", parent=svi,
           in_note="footnote 4")

    g.slip("internal_conflict", "error", "в яких виховується 67 дітей", 67, 64, [suc, rows[0][1]],
           "children in the 31 families in СЖО under social support: 67 in the prose, 64 in Table 1 (same indicator, unit, service and period). The table's column adds up with 64 (64 + 9 + 6 + 11 = 90), so 67 is the likelier slip",
           f"{V(suc)} == {V(rows[0][1])}")
    g.check("internal_conflict", "Під соціальним супроводом перебувала 31 сім'я", "prose 31 families = table row 31",
            f"{V(su)} == {V(rows[0][0])}")
    g.check("table_arithmetic", tq, "«Кількість сімей»: 31 + 3 + 1 + 8 = 43",
            " + ".join(V(a) for a, b in rows) + f" == {V(tf)}")
    g.check("table_arithmetic", tq, "«Дітей у них»: 64 + 9 + 6 + 11 = 90",
            " + ".join(V(b) for a, b in rows) + f" == {V(tc)}")
    g.check("parts_sum", "завершено надання послуги 9 сім'ям, з них", "7 + 2 = 9; 12 started and 9 completed ≤ 31",
            f"{V(o1)} + {V(o2)} == {V(sc)} and {V(ss)} <= {V(su)} and {V(sc)} <= {V(su)}")
    g.check("parts_sum", "у тому числі 203 дитини та 171 внутрішньо переміщену особу",
            "203 and 171 ≤ 684 (overlapping categories); 64 of the 171 IDPs arrived in 2025 (footnote 4)",
            f"{V(svc)} <= {V(sv)} and {V(svi)} <= {V(sv)} and {V(n4)} <= {V(svi)}")
    g.check("parts_sum", "надано 2 391 соціальну послугу",
            "footnote 2: 1 208 + 846 + 219 + 118 = 2 391", " + ".join(V(x) for x in n2) + f" == {V(spv)}")
    g.check("parts_sum", "працює 12 працівників", "12 ≤ 13; 5 trained ≤ 12",
            f"{V(sa)} <= {V(sp)} and {V(stt)} <= {V(sa)}")

    g.skip("64501, Харківська обл., Берестинський р-н, смт Сахновщина, вул. Шевченка, 31, тел. (05762) 0-31-46",
           [64501, 31, 5762, 3146], "postcode, address, phone")
    g.skip("№ 02-09/184 від 07.07.2025", [2, 9, 184, 7, 7, 2025], "outgoing number and date")
    g.skip("за І півріччя 2025 року", [2025], "period")
    g.skip("Таблиця 1. Сім'ї, які перебували під соціальним супроводом (супроводженням) у І півріччі 2025 року",
           [1, 2025], "table number, period")
    g.skip("Охопити соціальним супроводом не менше 35 сімей, провести 20 групових заходів, відновити виїзні прийоми у всіх 9 старостинських округах (прийом – щочетверга з 9:00 до 13:00).",
           [35, 20, 9, 9, 13], "plan for H2 2025, district count, hours")
    g.skip("Завдання на ІІ півріччя 2025 року", [2, 2025], "plan heading")
    g.skip("236 продуктових наборів", [236], "items handed out")
    g.skip("За І півріччя 2024 року – 27 сімей, у яких виховувалося 44 дитини.", [2024, 27, 44],
           "prior-year figures (footnote 3)", in_note="footnote 3")
    g.skip("З них 64 особи прибули до громади у 2025 році.", [2025], "year", in_note="footnote 4")
    g.skip("посада практичного психолога вакантна з 03.03.2025.", [3, 3, 2025], "vacancy date (footnote 5; the note is otherwise a source)",
           in_note="footnote 5")
    g.skip("станом на 30.06.2025.", [30, 6, 2025], "date in a source note (endnote 1)", in_note="endnote 1")
    g.skip("від 01.06.2020 № 587.", [1, 6, 2020, 587], "act date and number in a source note (endnote 2)",
           in_note="endnote 2")
    g.skip("Джерело: ЄІССС, вивантаження від 02.07.2025.", [2, 7, 2025], "date in a source note (endnote 3)",
           in_note="endnote 3")

    g.note("notes: the DOCX has 5 footnotes and 3 endnotes. `zvitparse read` printed none of their text when this set was written (the reference marks vanish too), so facts and skips from notes carry `in_note` and their quotes are checked against the notes' own text (word/footnotes.xml, word/endnotes.xml, read by common.docx_notes_text), not against the read text")
    g.note("note figures that are facts: footnote 1 (117 persons given only informing, a period figure that clarifies the 684 total: they are NOT part of it, so no parent), footnote 2 (the breakdown of the 2 391 services by service, parts of it), footnote 4 (64 of the 171 IDPs arrived in 2025, a sub-count). Not facts: footnote 3 (the 2024 comparison: 27 families, 44 children), footnote 5 and the three endnotes (sources; their dates and act numbers are skipped)")
    g.note("Table 1: every cell is a fact quoted by its row; rows hang on «Всього» of the same column; children of a row are in their own group. Foster families, ДБСТ and guardians' families → social_support_foster; «перебували під соціальним супроводом (супроводженням)» → served (alt support_ongoing)")
    g.note("the prose 31 families and the table's 31 are two facts; the prose 67 children and the table's 64 are two facts in conflict (the slip)")
    g.note("«118 сім'ям передано 236 продуктових наборів» → served natural_aid 118 families; the sets are items")
    g.write()


if __name__ == "__main__":
    main()
