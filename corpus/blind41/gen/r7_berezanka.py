"""b41_07: КУ «ЦНСП» Березанської селищної ради (Миколаївська), draft annual report for 2024 sent with
tracked changes left in («Рецензування»): w:ins / w:del runs with w:author and w:date, deleted text in
w:delText, two comments. The gold holds what the document says once every change is accepted."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from common import Gold, report_path, fix_docx_props, freeze_zip

NAME = "b41_07_berezanka_cnsp_annual2024_draft.docx"
ED1, ED2 = "Користувач", "ВСЗН-2"
D1, D2 = "2025-01-16T09:41:00Z", "2025-01-17T14:05:00Z"

# each paragraph: list of segments (kind, text[, author, date]); kind t = plain, i = inserted, d = deleted
PARAS = [
    [("t", "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» БЕРЕЗАНСЬКОЇ СЕЛИЩНОЇ РАДИ")],
    [("t", "57401, Миколаївська обл., смт Березанка, вул. Шевченка, 18, тел. (05153) 0-12-64")],
    [("t", "ПРОЄКТ")],
    [("t", "ЗВІТ про діяльність Центру за 2024 рік")],
    [("t", "Центр утворено рішенням селищної ради від 17.12.2020 № 42; він обслуговує 28 населених пунктів громади.")],
    [("t", "У 2024 році соціальні послуги отримали "), ("d", "540", ED1, D1), ("i", "548", ED1, D1),
     ("t", " осіб, з них:")],
    [("t", "– консультування – 302;")],
    [("t", "– догляд вдома – 146;")],
    [("t", "– денний догляд – 31;")],
    [("t", "– соціальна адаптація – 61.")],
    [("t", "Вперше за послугами звернулися 137 осіб"), ("i", ", з них 44 – внутрішньо переміщені особи", ED2, D2),
     ("t", ".")],
    [("t", "Послуга догляду вдома надавалася 146 отримувачам"), ("d", " віком від 65 до 97 років", ED1, D1),
     ("t", "; соціальними робітниками надано "), ("d", "18 904", ED1, D1), ("i", "19 240", ED1, D1),
     ("t", " послуги з догляду вдома. Тариф на платну послугу – 68,40 грн за годину.")],
    [("t", "Під соціальним супроводом перебувало "), ("d", "23", ED2, D2), ("i", "27", ED2, D2),
     ("t", " сімей, у яких виховується 52 дитини. Взято під супровід 15 сімей, завершено супровід 12 сімей, "
           "з них з позитивним результатом – 9, мінімізовано складні життєві обставини – 3.")],
    [("d", "Також у 2024 році Центром проведено 14 групових заходів для 212 учасників.", ED2, D2)],
    [("i", "Проведено 11 групових заходів (тренінги, клуби спілкування), участь у яких взяли 187 осіб.", ED2, D2)],
    [("t", "Штатна чисельність Центру – 26 посад, фактично працює "), ("d", "22", ED1, D1), ("i", "23", ED1, D1),
     ("t", " працівники. Скарг на якість послуг протягом року не надійшло.")],
    [("t", "Підвищили кваліфікацію "), ("d", "5", ED2, D2), ("i", "7", ED2, D2),
     ("t", " працівників"), ("i", " (курси та вебінари обласного центру соціальних служб)", ED2, D2),
     ("t", ". На телефонну лінію Центру надійшло 93 дзвінки; мобільна бригада здійснила 16 виїздів до "
           "віддалених сіл, найдальше з яких розташоване за 34 км від селища.")],
    [("t", "В анкетуванні взяли участь 84 отримувачі"), ("d", " (опитування у грудні)", ED1, D1), ("t", ", "),
     ("d", "91,7", ED1, D1), ("i", "92,9", ED1, D1), ("t", " % з них задоволені якістю послуг.")],
    [("t", "Касові видатки загального фонду склали 11 482,6 тис. грн при затверджених кошторисом 11 730,0 тис. грн; "
           "економія – 247,4 тис. грн."), ("d", " Залишок коштів спецфонду на 01.01.2025 – 3,1 тис. грн.", ED2, D2)],
    [("t", "Отже, у звітному році 23 сім'ї перебували під соціальним супроводом"),
     ("i", ", а кількість отримувачів послуг зросла порівняно з 2023 роком на 39 осіб", ED1, D1), ("t", ".")],
    [("i", "У 2025 році планується запровадити послугу «соціальне таксі» та ввести 2 нові посади.", ED2, D2)],
    [("t", "Директор КУ «ЦНСП»                              (підпис)")],
]
_rid = [100]


def _run(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _change(kind, text, author, date):
    el = OxmlElement("w:ins" if kind == "i" else "w:del")
    _rid[0] += 1
    el.set(qn("w:id"), str(_rid[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run(text, deleted=(kind == "d")))
    return el


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    paras = []
    for i, segs in enumerate(PARAS):
        p = d.add_paragraph()
        if i in (0, 2, 3):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for seg in segs:
            if seg[0] == "t":
                p.add_run(seg[1])
            else:
                p._p.append(_change(*seg))
        paras.append(p)
    # two comments (Word «Примітки»), anchored on plain runs
    c1 = d.add_comment(paras[5].runs[0], text="Уточнено за журналом обліку станом на 10.01.2025", author=ED1,
                       initials="К")
    c2 = d.add_comment(paras[-3].runs[0], text="Перевірити цифри у висновку!", author=ED2, initials="В")
    c1._comment_elm.set(qn("w:date"), D1)   # fixed dates: python-docx stamps the clock
    c2._comment_elm.set(qn("w:date"), D2)
    # turn on «Рецензування» (track revisions) in settings, as the sender's Word had it
    settings = d.settings.element
    tr = OxmlElement("w:trackRevisions")
    settings.find(qn("w:defaultTabStop")).addprevious(tr)   # schema order: after proofState
    fix_docx_props(d, "ЦНСП Березанка")
    d.core_properties.last_modified_by = ED2
    d.core_properties.revision = 7
    path = report_path(NAME)
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Березанської селищної ради", "centre_type": "cnsp",
        "settlement": "Березанка", "oblast": "Миколаївська", "report_kind": "annual_report",
        "period_start": "2024-01-01", "period_end": "2024-12-31"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Березанської селищної ради",
                             "КУ «Центр надання соціальних послуг» Березанської селищної ради"]})
    f = g.f
    tot = f("served", "persons", 548, "У 2024 році соціальні послуги отримали 548 осіб",
            note="accepted text: 540 deleted, 548 inserted")
    parts = []
    for q, svc in (("консультування – 302", "counselling"), ("догляд вдома – 146", "home_care"),
                   ("денний догляд – 31", "day_care"), ("соціальна адаптація – 61", "social_adaptation")):
        parts.append(f("served", "persons", int(q.split("– ")[1]), "– " + q, service=svc,
                       group="served_548_by_service", parent=tot))
    ap = f("applied", "persons", 137, "Вперше за послугами звернулися 137 осіб", label="вперше")
    ap2 = f("applied", "persons", 44, "з них 44 – внутрішньо переміщені особи",
            category="внутрішньо переміщені особи", parent=ap, note="inserted by a tracked change")
    hc = f("served", "recipients", 146, "Послуга догляду вдома надавалася 146 отримувачам", service="home_care",
           unit_alt="persons")
    f("services_provided", "services", 19240, "соціальними робітниками надано 19 240 послуги з догляду вдома",
      service="home_care", note="accepted text: 18 904 deleted, 19 240 inserted")
    sup = f("served", "families", 27, "Під соціальним супроводом перебувало 27 сімей", service="social_support_sjo",
            alt=["support_ongoing"], note="accepted text: 23 deleted, 27 inserted")
    f("served", "children", 52, "у яких виховується 52 дитини", service="social_support_sjo",
      alt=["support_ongoing"], parent=sup)
    stt = f("support_started", "families", 15, "Взято під супровід 15 сімей", service="social_support_sjo",
            parent=sup)
    cmp_ = f("support_completed", "families", 12, "завершено супровід 12 сімей", service="social_support_sjo",
             parent=sup)
    o1 = f("outcome_positive", "families", 9, "з них з позитивним результатом – 9",
           group="completed_12_by_outcome", parent=cmp_)
    o2 = f("outcome_minimized", "families", 3, "мінімізовано складні життєві обставини – 3",
           group="completed_12_by_outcome", parent=cmp_)
    ev = f("events", "events", 11, "Проведено 11 групових заходів", note="sentence inserted by a tracked change; "
           "the struck-out sentence (14 заходів, 212 учасників) is not in the accepted text")
    f("event_participants", "persons", 187, "участь у яких взяли 187 осіб", parent=ev)
    sp = f("staff_positions", "positions", 26, "Штатна чисельність Центру – 26 посад")
    sa = f("staff_actual", "staff", 23, "фактично працює 23 працівники", note="accepted text: 22 deleted, 23 inserted")
    f("complaints", "complaints", 0, "Скарг на якість послуг протягом року не надійшло.")
    trn = f("staff_trained", "staff", 7, "Підвищили кваліфікацію 7 працівників", note="accepted text: 5 deleted, 7 inserted")
    f("calls", "calls", 93, "На телефонну лінію Центру надійшло 93 дзвінки")
    sv = f("survey_respondents", "recipients", 84, "В анкетуванні взяли участь 84 отримувачі", unit_alt="persons")
    sat = f("satisfaction", "percent", 92.9, "92,9 % з них задоволені якістю послуг", label="задоволені якістю послуг",
            note="accepted text: 91,7 deleted, 92,9 inserted")
    bs = f("budget_spent", "uah", 11482600, "Касові видатки загального фонду склали 11 482,6 тис. грн",
           label="загальний фонд")
    ba = f("budget_approved", "uah", 11730000, "при затверджених кошторисом 11 730,0 тис. грн", label="загальний фонд")
    be = f("budget_savings", "uah", 247400, "економія – 247,4 тис. грн", label="загальний фонд")
    sup2 = f("served", "families", 23, "Отже, у звітному році 23 сім'ї перебували під соціальним супроводом",
             service="social_support_sjo", alt=["support_ongoing"], label="висновок (повтор)",
             note="untouched sentence: the editor corrected 23 → 27 above but not here")

    g.check("parts_sum", "– соціальна адаптація – 61.",
            "the list itself: 302 + 146 + 31 + 61 = 540 (see the audit: the total says 548)",
            f"{' + '.join(parts)} == 540")
    g.check("internal_conflict", "Послуга догляду вдома надавалася 146 отримувачам",
            "home care 146 in the list and in the home-care paragraph agree", f"{parts[1]} == {hc}")
    g.check("parts_sum", "Вперше за послугами звернулися 137 осіб, з них 44", "44 ≤ 137 ≤ 548", f"{ap2} <= {ap} <= {tot}")
    g.check("parts_sum", "завершено супровід 12 сімей, з них з позитивним результатом – 9", "9 + 3 = 12",
            f"{o1} + {o2} == {cmp_}")
    g.check("parts_sum", "Взято під супровід 15 сімей", "15 taken and 12 completed ≤ 27 under support",
            f"{stt} <= {sup} and {cmp_} <= {sup}")
    g.check("parts_sum", "фактично працює 23 працівники", "23 ≤ 26; 7 trained ≤ 23", f"{trn} <= {sa} <= {sp}")
    g.check("percent_impossible", "92,9 % з них задоволені якістю послуг", "78/84 = 92,86 → 92,9",
            f"grim_ok({sat}, {sv}, 1)")
    g.check("table_arithmetic", "економія – 247,4 тис. грн", "11 730,0 − 11 482,6 = 247,4", f"{ba} - {bs} == {be}")
    g.slip("parts_sum", "error", "У 2024 році соціальні послуги отримали 548 осіб, з них:", 540, 548,
           [tot] + parts,
           "the editor corrected the total 540 → 548 but left the breakdown: 302 + 146 + 31 + 61 = 540, 8 short "
           "of 548", f"{' + '.join(parts)} == {tot}", slip=1)
    g.slip("internal_conflict", "error", "Отже, у звітному році 23 сім'ї перебували під соціальним супроводом",
           23, 27, [sup, sup2],
           "families under social support: 27 in the section on support (corrected from 23 by a tracked change), "
           "23 in the conclusion (not corrected)", f"{sup} == {sup2}", slip=2)

    g.skip("57401, Миколаївська обл., смт Березанка, вул. Шевченка, 18, тел. (05153) 0-12-64",
           [57401, 18, 5153, 1264], "postcode, address, phone")
    g.skip("ЗВІТ про діяльність Центру за 2024 рік", [2024], "year")
    g.skip("Центр утворено рішенням селищної ради від 17.12.2020 № 42; він обслуговує 28 населених пунктів громади.",
           [17, 12, 2020, 42, 28], "decision date and number, settlement count")
    g.skip("Тариф на платну послугу – 68,40 грн за годину.", [68.4], "tariff")
    g.skip("мобільна бригада здійснила 16 виїздів до віддалених сіл, найдальше з яких розташоване за 34 км від селища",
           [16, 34], "trips of the mobile team (no §3 id), distance")
    g.skip("а кількість отримувачів послуг зросла порівняно з 2023 роком на 39 осіб", [2023, 39],
           "difference from the prior year (inserted by a tracked change)")
    g.skip("У 2025 році планується запровадити послугу «соціальне таксі» та ввести 2 нові посади.", [2025, 2],
           "2025 plan (inserted by a tracked change)")
    g.note("the document is a draft with tracked changes left in. The gold is the text with every change "
           "accepted: deleted runs (w:del / w:delText: 540, 18 904, 23, 22, 5, 91,7, «віком від 65 до 97 років», "
           "the sentence on 14 events for 212 participants, «(опитування у грудні)», the special-fund balance "
           "3,1 тис. грн on 01.01.2025) are not in it, inserted runs (w:ins) are. `zvitparse read` prints the "
           "accepted text, so deleted figures are neither facts nor skips")
    g.note("two Word comments (10.01.2025 date; «Перевірити цифри у висновку!») are not in the read text")
    g.note("the 548 total and the 23 families of the conclusion are what the accepted text says; the slips are "
           "what an uncareful correction leaves behind")
    g.note("«Вперше за послугами звернулися 137 осіб» → applied with label вперше (persons)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
