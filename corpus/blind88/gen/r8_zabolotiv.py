"""b88_08: ЦСС Заболотівської селищної ради (Івано-Франківська), main indicators for 2023 as a DOCX
table whose cells hold several paragraphs and line breaks: «Сім'ї у СЖО, усього / з них з дітьми» with
«214 / 156» on two lines of one cell, figures split by line breaks, a merged section row, a vertically
merged note, an empty paragraph inside a cell and a bulleted list inside a cell."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip, read_text

DOC = "b88_08_zabolotiv_css_table2023.docx"

BEFORE = [
    ("c", "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ЗАБОЛОТІВСЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("c", "Коломийського району Івано-Франківської області"),
    ("c", "78300, смт Заболотів, вул. Незалежності, 52, тел. (03476) 0-21-93"),
    ("h", "Основні показники роботи Центру соціальних служб за 2023 рік"),
    ("p", "Центр утворено рішенням Заболотівської селищної ради від 28.01.2021 № 112-5/2021, працює з 01.04.2021. Центр обслуговує 19 населених пунктів громади (25,1 тис. мешканців, у тому числі 5 070 дітей)."),
    ("p", "Таблиця 1"),
]
AFTER = [
    ("p", "* дані ЄІССС станом на 31.12.2023; графу 4 заповнено лише для окремих показників."),
    ("p", "Позитивний результат досягнуто у 21 з 27 сімей, яким завершено супровід (87,5 %). Видатки на утримання Центру у 2023 році склали 3 486,2 тис. грн. На телефон довіри Центру надійшло 96 дзвінків. Скарг на роботу Центру у 2023 році не надходило."),
    ("p", "Фахівці із соціальної роботи здійснили 412 виїздів до сімей за місцем проживання (у 2022 році – 367), у середньому 3,4 виїзду на одну сім'ю. У 2024 році планується запровадити послугу підтриманого проживання для 4 осіб з числа дітей-сиріт віком від 18 до 23 років."),
    ("p", "Директор Центру ______________                 Виконавець: 0-21-95"),
]

B = "bullet"
# each cell: list of paragraphs; a paragraph is a str, "" (empty), ("br", [parts]) (line breaks), (B, text)
ROWS = [
    [["№"], ["Показник"], ["2023 рік"], ["Примітка"]],
    [["1"], ["Сім'ї у СЖО, усього /", "з них з дітьми"], ["214 /", "156"], ["", "виявлено за результатами оцінки потреб"]],
    [["2"], ["Надійшло повідомлень про сім'ї, які можуть перебувати у СЖО"], ["263"], ["з них не підтвердилося – 49"]],
    [["3"], ["Проведено оцінку потреб (сімей)"], ["241"], [""]],
    [["4"], ["Надано соціальних послуг сім'ям/особам, усього"], ["1 872"],
     [(B, "консультування – 1 204"), (B, "інформування – 431"), (B, "соціальний супровід – 58"),
      (B, "кризове втручання – 179")]],
    [["5"], [("br", ["Соціальний супровід сімей у СЖО:", "перебувало під супроводом", "взято під супровід",
                     "завершено супровід"])],
     [("br", ["", "58", "24", "27"])], ["у них 131 дитина"]],
    "SECTION",
    [["6"], ["Прийомні сім'ї /", "діти в них"], [("br", ["7", "15"])], ["VMERGE", "вакансій фахівців, які супроводжують сімейні форми, – 1"]],
    [["7"], ["ДБСТ /", "діти в них"], [("br", ["2", "13"])], ["VMERGE"]],
    [[""], ["Разом під соціальним супроводженням"], ["9 /", "26"], ["VMERGE"]],
    [["8"], ["Групові заходи / учасники"], ["36 / 702"], ["тривалість 1,5 год"]],
    [["9"], ["Штатна чисельність / фактично працює"], ["11 /", "10"], ["вакансія – психолог (1 посада)"]],
    [["10"], ["Працівники, які підвищили кваліфікацію"], ["6"], [""]],
]


def fill(cell, paras):
    first = True
    for p in paras:
        if first:
            par = cell.paragraphs[0]
            first = False
        else:
            par = cell.add_paragraph(style="List Bullet" if isinstance(p, tuple) and p[0] == B else None)
        if isinstance(p, tuple) and p[0] == B:
            if par.style.name != "List Bullet":
                par.style = "List Bullet"
            par.add_run(p[1])
        elif isinstance(p, tuple) and p[0] == "br":
            for i, part in enumerate(p[1]):
                r = par.add_run(part)
                if i < len(p[1]) - 1:
                    r.add_break()
        else:
            par.add_run(p)


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for k, t in BEFORE:
        if k == "h":
            d.add_heading(t, level=1)
        else:
            p = d.add_paragraph(t)
            if k == "c":
                p.alignment = 1
    t = d.add_table(rows=len(ROWS), cols=4)
    t.style = "Table Grid"
    vstart = None
    for i, row in enumerate(ROWS):
        if row == "SECTION":
            m = t.cell(i, 0).merge(t.cell(i, 3))
            m.paragraphs[0].add_run("Соціальне супроводження сімейних форм виховання (сімей / дітей)").bold = True
            continue
        for j, paras in enumerate(row):
            if j == 3 and paras and paras[0] == "VMERGE":
                if vstart is None:
                    vstart = i
                    fill(t.cell(i, j), paras[1:])
                else:
                    t.cell(vstart, 3).merge(t.cell(i, 3))
                continue
            fill(t.cell(i, j), paras)
    for k, tx in AFTER:
        d.add_paragraph(tx)
    fix_docx_props(d, "ЦСС Заболотів")
    d.save(path)
    freeze_zip(path)


def main():
    build(report_path(DOC))
    text = read_text(report_path(DOC))
    lines = text.split("\n")

    def row(prefix):
        hits = [l for l in lines if l.startswith(prefix)]
        assert len(hits) == 1, (prefix, hits)
        return hits[0].rstrip("\t")

    g = Gold(DOC, {
        "centre": "Центр соціальних служб Заболотівської селищної ради",
        "centre_type": "css", "settlement": "Заболотів", "oblast": "Івано-Франківська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
    })
    f = g.f
    S, F = "social_support_sjo", "social_support_foster"
    r1 = "Сім'ї у СЖО, усього / з них з дітьми\t214 / 156"
    sjo = f("in_difficult_circumstances", "families", 214, r1)
    f("in_difficult_circumstances", "families", 156, r1, label="з дітьми", parent=sjo)
    nt = f("notified", "families", 263, row("2\tНадійшло повідомлень"))
    f("needs_assessed", "families", 241, row("3\tПроведено оцінку потреб"))
    r4 = row("4\tНадано соціальних послуг")
    tot = f("served", "families_persons", 1872, r4)
    parts = [("counselling", 1204, "консультування – 1 204"), ("informing", 431, "інформування – 431"),
             (S, 58, "соціальний супровід – 58"), ("crisis_intervention", 179, "кризове втручання – 179")]
    pid = [f("served", "families_persons", n, q, service=sv, group="served_1872_by_service", parent=tot)
           for sv, n, q in parts]
    r5 = row("5\tСоціальний супровід сімей у СЖО:")
    sup = f("served", "families", 58, r5, service=S, alt=["support_ongoing"], label="перебувало під супроводом")
    f("served", "children", 131, "у них 131 дитина", service=S, alt=["support_ongoing"], parent=sup)
    st = f("support_started", "families", 24, r5, service=S, parent=sup)
    c = f("support_completed", "families", 27, r5, service=S, parent=sup)
    o = f("outcome_positive", "families", 21, "Позитивний результат досягнуто у 21 з 27 сімей, яким завершено супровід (87,5 %)",
          percent=87.5, service=S, parent=c)
    r6, r7, rt = row("6\tПрийомні сім'ї"), row("7\tДБСТ"), row("\tРазом під соціальним")
    tf = f("served", "families", 9, rt, service=F, label="Разом під соціальним супроводженням")
    tc = f("served", "children", 26, rt, service=F, label="Разом під соціальним супроводженням", parent=tf)
    pf = f("served", "families", 7, r6, service=F, category="прийомні сім'ї", group="foster_families_9_by_form", parent=tf)
    pc = f("served", "children", 15, r6, service=F, category="прийомні сім'ї", group="foster_children_26_by_form", parent=tc)
    df = f("served", "families", 2, r7, service=F, category="дитячі будинки сімейного типу",
           group="foster_families_9_by_form", parent=tf)
    dc = f("served", "children", 13, r7, service=F, category="дитячі будинки сімейного типу",
           group="foster_children_26_by_form", parent=tc)
    r8 = row("8\tГрупові заходи")
    e = f("events", "events", 36, r8)
    f("event_participants", "persons", 702, r8, parent=e)
    r9 = row("9\tШтатна чисельність")
    sp = f("staff_positions", "positions", 11, r9)
    sa = f("staff_actual", "staff", 10, r9)
    f("staff_trained", "staff", 6, row("10\tПрацівники, які підвищили кваліфікацію"))
    f("budget_spent", "uah", 3486200, "Видатки на утримання Центру у 2023 році склали 3 486,2 тис. грн",
      label="утримання Центру")
    f("calls", "calls", 96, "надійшло 96 дзвінків")
    f("complaints", "complaints", 0, "Скарг на роботу Центру у 2023 році не надходило.")

    g.slip("table_arithmetic", "error", rt, 26, 28, [pc, dc, tc],
           "children in foster forms: 15 (прийомні сім'ї) + 13 (ДБСТ) = 28, the «Разом» cell says 26",
           f"{pc} + {dc} == {tc}", slip=1)
    g.slip("percent_mismatch", "error", "Позитивний результат досягнуто у 21 з 27 сімей, яким завершено супровід (87,5 %)",
           87.5, 77.8, [o, c], "21 of 27 is 77,78 % → 77,8 %, not 87,5 % (87,5 % would be 21 of 24, the number taken "
           "under support)", f"pct_ok(p{o[1:]}, {o}, {c}, 1)", slip=2)
    g.check("table_arithmetic", rt, "families in foster forms: 7 + 2 = 9", f"{pf} + {df} == {tf}")
    g.check("parts_sum", r4, "1 204 + 431 + 58 + 179 = 1 872", " + ".join(pid) + f" == {tot}")
    g.check("internal_conflict", "соціальний супровід – 58", "the 58 of the services list equals the 58 families under "
            "support in row 5", f"{pid[2]} == {sup}")
    g.check("parts_sum", row("2\tНадійшло повідомлень"), "263 notified − 49 not confirmed (literal) = 214 in СЖО",
            f"{nt} - 49 == {sjo}")
    g.check("parts_sum", r5, "24 taken and 27 completed ≤ 58; 21 positive ≤ 27", f"{st} <= {sup} and {c} <= {sup} and {o} <= {c}")
    g.check("parts_sum", r9, "11 positions − 1 vacancy (literal) = 10 working", f"{sp} - 1 == {sa}")

    sk = g.skip
    sk("78300, смт Заболотів, вул. Незалежності, 52, тел. (03476) 0-21-93", [78300, 52, 3476, 2193],
       "postcode, address, phone")
    sk("Основні показники роботи Центру соціальних служб за 2023 рік", [2023], "year in the title")
    sk("рішенням Заболотівської селищної ради від 28.01.2021 № 112-5/2021, працює з 01.04.2021",
       [28, 1, 2021, 112, 5, 2021, 1, 4, 2021], "decision date and number, start date")
    sk("Центр обслуговує 19 населених пунктів громади (25,1 тис. мешканців, у тому числі 5 070 дітей)",
       [19, 25100, 5070], "settlement count, population, child population")
    sk("Таблиця 1", [1], "table number")
    sk("№\tПоказник\t2023 рік\tПримітка", [2023], "column header: year")
    sk("1\tСім'ї у СЖО", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "row numbers 1–10")
    sk("з них не підтвердилося – 49", [49], "notifications not confirmed (no §3 id; literal in a check)")
    sk("вакансій фахівців, які супроводжують сімейні форми, – 1", [1], "vacancy (no §3 id)")
    sk("тривалість 1,5 год", [1.5], "duration")
    sk("вакансія – психолог (1 посада)", [1], "vacancy (no §3 id; literal in a check)")
    sk("* дані ЄІССС станом на 31.12.2023; графу 4 заповнено лише для окремих показників.", [31, 12, 2023, 4],
       "date, column number")
    sk("здійснили 412 виїздів до сімей за місцем проживання (у 2022 році – 367), у середньому 3,4 виїзду на одну сім'ю",
       [412, 2022, 367, 3.4], "home visits (no §3 id), prior-year figure, ratio")
    sk("У 2024 році планується запровадити послугу підтриманого проживання для 4 осіб з числа дітей-сиріт віком від 18 до 23 років",
       [2024, 4, 18, 23], "plan, ages")
    sk("Виконавець: 0-21-95", [2195], "phone")
    g.note("the table's cells hold several paragraphs or line breaks; the reader joins them with spaces, so "
           "«214 /» + «156» comes out as «214 / 156», and the line-broken «7» + «15» as «7 15» (two figures, not 715)")
    g.note("row 1 «Сім'ї у СЖО, усього / з них з дітьми» → in_difficult_circumstances 214 families and 156 of them with "
           "children (label, parent)")
    g.note("row 5 has four lines of labels and three figures in one cell (the heading line has none): 58 under support "
           "→ served (alt support_ongoing), 24 → support_started, 27 → support_completed; all quoted by the row")
    g.note("row 4's bulleted list inside the note cell breaks the 1 872 families/persons down by service (one group); "
           "«соціальний супровід – 58» is a second fact next to row 5's 58")
    g.note("the section row «Соціальне супроводження сімейних форм виховання (сімей / дітей)» spans all columns; rows 6, 7 "
           "and «Разом» give families / children of foster forms (social_support_foster); the vertically merged note "
           "cell appears only on row 6")
    g.note("two planted slips: foster children Разом 26 (15 + 13 = 28) and 87,5 % for 21 of 27")
    g.write()


if __name__ == "__main__":
    main()
