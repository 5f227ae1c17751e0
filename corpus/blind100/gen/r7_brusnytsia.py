"""b100_07: Центр соціальних служб Брусницької сільської ради (Чернівецька), annual report 2023.
A DOCX draft with tracked changes left in (w:ins / w:del with author and date): figures corrected in
revision (old deleted, new inserted beside it), a sentence inserted, a sentence replaced, table cells
changed. The reader prints the accepted text. First person plural."""
import sys
import docx
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.enum.text import WD_ALIGN_PARAGRAPH
from lxml import etree
from common import Gold, report_path, save_docx, coverage

DOC = "b100_07_brusnytsia_css_annual2023.docx"
A1, D1 = "Заступник директора ЦСС", "2024-01-18T14:32:00Z"
A2, D2 = "Бухгалтер ЦСС", "2024-01-19T09:05:00Z"
_rid = [100]


def _run(text, deleted=False):
    r = etree.Element(qn("w:r"))
    t = etree.SubElement(r, qn("w:delText" if deleted else "w:t"))
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


def _mark(p, kind, text, author, date):
    _rid[0] += 1
    el = etree.SubElement(p._p, qn("w:" + kind))
    el.set(qn("w:id"), str(_rid[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run(text, deleted=(kind == "del")))


def fill(p, segs):
    """segs: str (plain) or (kind, text[, author, date]) with kind 'ins' / 'del'."""
    for s in segs:
        if isinstance(s, str):
            p.add_run(s)
        else:
            kind, text = s[0], s[1]
            author, date = (s[2], s[3]) if len(s) > 2 else (A1, D1)
            _mark(p, kind, text, author, date)
    return p


def build(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(13)
    etree.SubElement(d.settings.element, qn("w:trackRevisions"))

    def para(*segs, bold=False, center=False):
        p = d.add_paragraph()
        fill(p, segs)
        if bold:
            for r in p.runs:
                r.bold = True
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    para("ПРОЄКТ", bold=True)
    para("Центр соціальних служб Брусницької сільської ради", bold=True, center=True)
    para("59131, Чернівецька обл., Вижницький р-н, с. Брусниця, вул. Шкільна, 2; тел. (03730) 0-44-86; "
         "css.brusnytsia@example.ua", center=True)
    para("ЗВІТ про роботу Центру соціальних служб Брусницької сільської ради за 2023 рік", bold=True, center=True)
    d.add_heading("1. Звернення та виявлення сімей у СЖО", level=2)
    para("У 2023 році до нашого Центру звернулися ", ("del", "603"), ("ins", "611"),
         " мешканців громади (у 2022 році – 587). Ми отримали повідомлення про 58 сімей, які можуть перебувати "
         "у складних життєвих обставинах, оцінку потреб провели 54 сім'ям; перебування у СЖО підтверджено у "
         "39 сім'ях. Оцінка потреб триває до 10 робочих днів.")
    d.add_heading("2. Надання соціальних послуг", level=2)
    para("Таблиця. Отримувачі та кількість наданих послуг у 2023 році")
    rows = [
        [["Соціальна послуга"], ["Отримувачів, сімей/осіб"], ["Надано послуг"]],
        [["Інформування"], ["512"], ["640"]],
        [["Консультування"], ["338"], [("del", "1 019"), ("ins", "1 091")]],
        [["Соціальний супровід сімей у СЖО"], ["43"], ["388"]],
        [["Соціальне супроводження прийомних сімей і ДБСТ"], ["6"], ["74"]],
        [["Екстрене (кризове) втручання"], ["11"], ["19"]],
        [["Посередництво (медіація)"], ["8"], ["13"]],
        [["Разом"], ["918"], [("del", "2 153"), ("ins", "2 225")]],
    ]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, segs in enumerate(row):
            fill(t.cell(i, j).paragraphs[0], segs)
    para("Під соціальним супроводом у 2023 році перебували 43 сім'ї, у яких виховуються ", ("del", "91"),
         ("ins", "96"), " дітей. Протягом року ми взяли під супровід ", ("del", "17"), ("ins", "19"),
         " сімей, завершили – 21: з позитивним результатом – 17, мінімізовано СЖО – 3, з негативним "
         "результатом – 1. Надання послуги продовжено у 2024 році 22 сім'ям.")
    para("На соціальному супроводженні перебувають 5 прийомних сімей і 1 дитячий будинок сімейного типу, у яких "
         "виховується 21 дитина.",
         ("ins", " Крім того, 12 сімей внутрішньо переміщених осіб отримали натуральну допомогу (гуманітарні "
                 "набори) від партнерських організацій."))
    d.add_heading("3. Профілактична робота", level=2)
    para("Ми провели 16 групових заходів (тренінги, «Школа відповідального батьківства», заняття для підлітків), "
         "у яких взяли участь ", ("del", "384"), ("ins", "402"), " особи.")
    d.add_heading("4. Кадри та фінансування", level=2)
    para("Штатним розписом передбачено 12 посад, фактично працюють ", ("del", "10"), ("ins", "11"),
         " працівників; 5 фахівців пройшли навчання з кейс-менеджменту.")
    para("Кошторисом на 2023 рік затверджено 3 912,6 тис. грн, касові видатки склали ",
         ("del", "3 845,0", A2, D2), ("ins", "3 854,0", A2, D2), " тис. грн, економія – 58,6 тис. грн.")
    para(("del", "Протягом року надійшла 1 скарга щодо тривалого розгляду звернення, її розглянуто в установлений "
                 "строк."), ("ins", "Скарг на якість надання послуг не надходило."))
    d.add_heading("5. Висновки", level=2)
    para("Отже, у 2023 році ми взяли під соціальний супровід 17 сімей і завершили супровід 21 сім'ї, з них 17 – "
         "з позитивним результатом. У 2024 році плануємо запровадити послугу денного догляду для дітей з "
         "інвалідністю (до 8 місць).")
    para("Директор Центру соціальних служб ____________")
    save_docx(d, path, author="ЦСС Брусниця")


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Брусницької сільської ради",
        "centre_type": "css", "settlement": "Брусниця", "oblast": "Чернівецька",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
    })
    f = g.f
    n = lambda x: x[1:]
    ap = f("applied", "persons", 611, "до нашого Центру звернулися 611 мешканців громади",
           note="tracked change: 603 deleted, 611 inserted; the accepted 611 is the fact")
    nt = f("notified", "families", 58, "Ми отримали повідомлення про 58 сімей")
    na = f("needs_assessed", "families", 54, "оцінку потреб провели 54 сім'ям")
    idc = f("in_difficult_circumstances", "families", 39, "перебування у СЖО підтверджено у 39 сім'ях")
    rows = [("Інформування\t512\t640", "informing", 512, 640),
            ("Консультування\t338\t1 091", "counselling", 338, 1091),
            ("Соціальний супровід сімей у СЖО\t43\t388", "social_support_sjo", 43, 388),
            ("Соціальне супроводження прийомних сімей і ДБСТ\t6\t74", "social_support_foster", 6, 74),
            ("Екстрене (кризове) втручання\t11\t19", "crisis_intervention", 11, 19),
            ("Посередництво (медіація)\t8\t13", "mediation", 8, 13)]
    tq = "Разом\t918\t2 225"
    tr = f("served", "families_persons", 918, tq, label="Разом (таблиця)")
    ts = f("services_provided", "services", 2225, tq, label="Разом (таблиця)",
           note="tracked change in the cell: 2 153 deleted, 2 225 inserted")
    rr, rs = [], []
    for q, svc, r, s in rows:
        rr.append(f("served", "families_persons", r, q, service=svc, group="t_recipients", parent=tr))
        rs.append(f("services_provided", "services", s, q, service=svc, group="t_services", parent=ts,
                    note="tracked change in the cell: 1 019 deleted, 1 091 inserted" if s == 1091 else None))
    sup = f("served", "families", 43, "Під соціальним супроводом у 2023 році перебували 43 сім'ї",
            service="social_support_sjo", alt=["support_ongoing"])
    ch = f("served", "children", 96, "у яких виховуються 96 дітей", service="social_support_sjo",
           alt=["support_ongoing"], parent=sup, note="tracked change: 91 deleted, 96 inserted")
    st = f("support_started", "families", 19, "Протягом року ми взяли під супровід 19 сімей",
           service="social_support_sjo", parent=sup, note="tracked change: 17 deleted, 19 inserted")
    co = f("support_completed", "families", 21, "завершили – 21", service="social_support_sjo", parent=sup)
    o1 = f("outcome_positive", "families", 17, "з позитивним результатом – 17", group="completed_21_by_outcome", parent=co)
    o2 = f("outcome_minimized", "families", 3, "мінімізовано СЖО – 3", group="completed_21_by_outcome", parent=co)
    o3 = f("outcome_negative", "families", 1, "з негативним\nрезультатом – 1".replace("\n", " "),
           group="completed_21_by_outcome", parent=co)
    og = f("support_ongoing", "families", 22, "Надання послуги продовжено у 2024 році 22 сім'ям",
           service="social_support_sjo", parent=sup)
    fo1 = f("served", "families", 5, "На соціальному супроводженні перебувають 5 прийомних сімей",
            service="social_support_foster", label="прийомні сім'ї", group="foster_6_by_form")
    fo2 = f("served", "families", 1, "1 дитячий будинок сімейного типу", service="social_support_foster",
            label="дитячий будинок сімейного типу", group="foster_6_by_form")
    foc = f("served", "children", 21, "виховується 21 дитина", service="social_support_foster")
    nat = f("served", "families", 12, "Крім того, 12 сімей внутрішньо переміщених осіб отримали натуральну допомогу",
            service="natural_aid", category="внутрішньо переміщені особи", note="a sentence inserted in revision")
    ev = f("events", "events", 16, "Ми провели 16 групових заходів")
    evp = f("event_participants", "persons", 402, "у яких взяли участь 402 особи", parent=ev,
            note="tracked change: 384 deleted, 402 inserted")
    pos = f("staff_positions", "positions", 12, "Штатним розписом передбачено 12 посад")
    act = f("staff_actual", "staff", 11, "фактично працюють 11 працівників", note="tracked change: 10 deleted, 11 inserted")
    trn = f("staff_trained", "staff", 5, "5 фахівців пройшли навчання з кейс-менеджменту")
    ba = f("budget_approved", "uah", 3912600, "Кошторисом на 2023 рік затверджено 3 912,6 тис. грн")
    bs = f("budget_spent", "uah", 3854000, "касові видатки склали 3 854,0 тис. грн",
           note="tracked change by a second author: 3 845,0 deleted, 3 854,0 inserted")
    be = f("budget_savings", "uah", 58600, "економія – 58,6 тис. грн")
    cm = f("complaints", "complaints", 0, "Скарг на якість надання послуг не надходило.",
           note="inserted sentence replacing a deleted one that reported 1 complaint")
    st2 = f("support_started", "families", 17, "ми взяли під соціальний супровід 17 сімей", service="social_support_sjo",
            note="conclusions, not revised: still the old 17")
    co2 = f("support_completed", "families", 21, "завершили супровід 21 сім'ї", service="social_support_sjo")
    o1b = f("outcome_positive", "families", 17, "з них 17 –\nз позитивним результатом".replace("\n", " "), parent=co2)

    g.slip("internal_conflict", "error", "Отже, у 2023 році ми взяли під соціальний супровід 17 сімей", 17, 19,
           [st2, st], "families taken under social support in 2023: 19 in section 2 (corrected in revision from 17), "
           "17 in the conclusions, which the reviser did not update", f"f{n(st2)} == f{n(st)}")
    g.check("table_arithmetic", tq, "512 + 338 + 43 + 6 + 11 + 8 = 918",
            " + ".join(f"f{n(x)}" for x in rr) + f" == f{n(tr)}")
    g.check("table_arithmetic", tq, "640 + 1 091 + 388 + 74 + 19 + 13 = 2 225 (the revised cells)",
            " + ".join(f"f{n(x)}" for x in rs) + f" == f{n(ts)}")
    g.check("parts_sum", "завершили – 21: з позитивним результатом – 17, мінімізовано СЖО – 3", "17 + 3 + 1 = 21",
            f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(co)}")
    g.check("parts_sum", "Надання послуги продовжено у 2024 році 22 сім'ям", "43 − 21 = 22",
            f"f{n(sup)} - f{n(co)} == f{n(og)}")
    g.check("internal_conflict", "Під соціальним супроводом у 2023 році перебували 43 сім'ї", "prose 43 = table row",
            f"f{n(sup)} == f{n(rr[2])}")
    g.check("parts_sum", "На соціальному супроводженні перебувають 5 прийомних сімей і 1 дитячий будинок сімейного типу",
            "5 + 1 = 6, the table row", f"f{n(fo1)} + f{n(fo2)} == f{n(rr[3])}")
    g.check("table_arithmetic", "економія – 58,6 тис. грн", "3 912,6 − 3 854,0 = 58,6 (the revised spending)",
            f"f{n(ba)} - f{n(bs)} == f{n(be)}")
    g.check("parts_sum", "оцінку потреб провели 54 сім'ям", "39 ≤ 54 ≤ 58", f"f{n(idc)} <= f{n(na)} <= f{n(nt)}")
    g.check("internal_conflict", "завершили супровід 21 сім'ї, з них 17", "conclusions repeat 21 completed and 17 positive",
            f"f{n(co2)} == f{n(co)} and f{n(o1b)} == f{n(o1)}")
    g.check("parts_sum", "фактично працюють 11 працівників", "11 ≤ 12", f"f{n(act)} <= f{n(pos)}")

    g.skip("59131, Чернівецька обл., Вижницький р-н, с. Брусниця, вул. Шкільна, 2; тел. (03730) 0-44-86",
           [59131, 2, 3730, 4486], "postcode, address, phone")
    g.skip("за 2023 рік", [2023], "year")
    g.skip("У 2023 році до нашого Центру", [2023], "year")
    g.skip("(у 2022 році – 587)", [2022, 587], "prior-year figure")
    g.skip("Оцінка потреб триває до 10 робочих днів.", [10], "duration")
    g.skip("Таблиця. Отримувачі та кількість наданих послуг у 2023 році", [2023], "year")
    g.skip("У 2024 році плануємо запровадити послугу денного догляду для дітей з інвалідністю (до 8 місць).",
           [2024, 8], "plan")
    g.skip("1. Звернення та виявлення сімей у СЖО", [1, 2, 3, 4, 5], "section numbers")
    g.note("tracked changes: the reader prints the accepted text (insertions kept, deletions dropped). The gold follows "
           "it: every inserted figure is a fact; deleted figures (603, 1 019, 2 153, 91, 17, 384, 10, 3 845,0 and the "
           "deleted sentence with «1 скарга») are not in the read text and are neither facts nor skips. A tool that "
           "printed deletions would have to drop them")
    g.note("the conclusions were not revised: they still say 17 families taken under support (the deleted value) "
           "against the accepted 19 in section 2 → internal_conflict. Both 17 and 19 are facts")
    g.note("the conclusions repeat 21 completed and 17 positive: separate facts")
    g.note("foster: 5 прийомні сім'ї + 1 ДБСТ → two served rows summing to the table row 6")
    g.note("«Надання послуги продовжено у 2024 році 22 сім'ям» in a 2023 report → support_ongoing")
    g.note("the draft marker «ПРОЄКТ» and the revision authors/dates are not figures of the report")
    return g


if __name__ == "__main__":
    build(report_path(DOC))
    g = gold()
    if "--cov" in sys.argv:
        coverage(g)
    g.write()
