"""b120_07: КЗ «Центр надання соціальних послуг» Новолатівської сільської ради (Дніпропетровська), annual report 2023.
Less common style: the whole body is one Word multi-level auto-numbered list (numbering.xml: «1.», «1.1.», «а)»).
The numbers are not in the text, and every breakdown («з них») is carried only by the list level."""
import docx
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.enum.text import WD_ALIGN_PARAGRAPH
from lxml import etree
from common import Gold, report_path, save_docx

DOC = "b120_07_novolativka_cnsp_annual2023.docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

HEAD = [
    "Комунальний заклад «Центр надання соціальних послуг» Новолатівської сільської ради",
    "53062, Дніпропетровська обл., Криворізький р-н, с. Новолатівка, вул. Садова, 3, тел. (0564) 0-90-34",
    "ЗВІТ ПРО ДІЯЛЬНІСТЬ ЗА 2023 РІК",
]
INTRO = ("Заклад утворено рішенням Новолатівської сільської ради від 19.02.2021 № 214-6/VIII. "
         "Нижче наведено основні показники роботи за 2023 рік станом на 31.12.2023.")
# (level, text)
ITEMS = [
    (0, "Звернення та оцінка потреб"),
    (1, "Звернулися до закладу 538 осіб"),
    (2, "внутрішньо переміщені особи – 164"),
    (2, "особи з інвалідністю – 97"),
    (2, "ветерани війни та члени їхніх сімей – 58"),
    (1, "Проведено оцінку потреб 212 осіб"),
    (2, "базову – 171"),
    (2, "комплексну – 41"),
    (0, "Надання соціальних послуг"),
    (1, "Отримали соціальні послуги 497 осіб"),
    (2, "консультування – 301"),
    (2, "догляд вдома – 88"),
    (2, "денний догляд – 35"),
    (2, "натуральна допомога – 73"),
    (1, "Надано 14 126 соціальних послуг"),
    (2, "консультування – 612"),
    (2, "догляд вдома – 11 904"),
    (2, "денний догляд – 1 537"),
    (2, "натуральна допомога – 73"),
    (1, "Вартість години послуги догляду вдома для отримувачів, які сплачують за неї, – 61,20 грн"),
    (0, "Соціальний супровід сімей, які перебувають у складних життєвих обставинах"),
    (1, "Перебувало під супроводом 23 сім'ї, в яких виховується 47 дітей"),
    (2, "взято під супровід у 2023 році – 14"),
    (2, "продовжують супровід з 2022 року – 9"),
    (1, "Завершено надання послуги 15 сім'ям"),
    (2, "з позитивним результатом – 9"),
    (2, "СЖО мінімізовано – 3"),
    (2, "без результату – 1"),
    (2, "у зв'язку зі зміною місця проживання – 3"),
    (1, "Супровід продовжено у 2024 році 8 сім'ям"),
    (0, "Кадрове забезпечення"),
    (1, "Штатна чисельність – 42 посади"),
    (1, "Фактично працює 39 осіб"),
    (2, "соціальні робітники – 24"),
    (2, "фахівці із соціальної роботи – 6"),
    (2, "адміністративний та господарський персонал – 9"),
    (1, "Підвищили кваліфікацію 17 працівників"),
    (0, "Групова робота та звернення"),
    (1, "Проведено 19 групових заходів, участь у яких взяли 344 особи"),
    (1, "Скарг на роботу закладу не надходило"),
    (0, "Фінансування"),
    (1, "Касові видатки загального фонду – 11 482,7 тис. грн"),
    (2, "оплата праці з нарахуваннями – 10 196,4 тис. грн"),
    (2, "комунальні послуги та енергоносії – 842,9 тис. грн"),
    (2, "інші видатки – 443,4 тис. грн"),
    (1, "До спеціального фонду надійшло плати за соціальні послуги 214,6 тис. грн"),
]
TAIL = [
    "У 2024 році заклад планує відкрити відділення соціальної реабілітації на 12 місць.",
    "Директор                                   (підпис)",
    "15.01.2024",
]

ABSTRACT = f'''<w:abstractNum xmlns:w="{W}" w:abstractNumId="77"><w:nsid w:val="1A2B3C4D"/><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="792" w:hanging="432"/></w:pPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="russianLower"/><w:lvlText w:val="%3)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1224" w:hanging="432"/></w:pPr></w:lvl>
</w:abstractNum>'''


def build(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(13)
    numbering = d.part.numbering_part.element
    absn = etree.fromstring(ABSTRACT)
    first = numbering.find(qn("w:num"))
    if first is not None:
        first.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(etree.fromstring(f'<w:num xmlns:w="{W}" w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    for i, t in enumerate(HEAD):
        p = d.add_paragraph()
        r = p.add_run(t)
        r.bold = i != 1
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(INTRO)
    for lvl, text in ITEMS:
        p = d.add_paragraph(style="List Paragraph")
        r = p.add_run(text)
        if lvl == 0:
            r.bold = True
        pPr = p._p.get_or_add_pPr()
        numPr = etree.SubElement(pPr, qn("w:numPr"))
        il = etree.SubElement(numPr, qn("w:ilvl"))
        il.set(qn("w:val"), str(lvl))
        ni = etree.SubElement(numPr, qn("w:numId"))
        ni.set(qn("w:val"), "77")
    for t in TAIL:
        d.add_paragraph(t)
    save_docx(d, path, author="КЗ ЦНСП")


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Новолатівської сільської ради",
        "centre_type": "cnsp", "settlement": "Новолатівка", "oblast": "Дніпропетровська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
    }, meta_alt={"centre": [
        "Комунальний заклад «Центр надання соціальних послуг» Новолатівської сільської ради",
        "КЗ «Центр надання соціальних послуг» Новолатівської сільської ради"]})
    f = g.f
    ap = f("applied", "persons", 538, "Звернулися до закладу 538 осіб")
    c1 = f("applied", "persons", 164, "внутрішньо переміщені особи – 164", category="внутрішньо переміщені особи", parent=ap)
    c2 = f("applied", "persons", 97, "особи з інвалідністю – 97", category="особи з інвалідністю", parent=ap)
    c3 = f("applied", "persons", 58, "ветерани війни та члени їхніх сімей – 58", category="ветерани війни та члени їхніх сімей", parent=ap)
    na = f("needs_assessed", "persons", 212, "Проведено оцінку потреб 212 осіб")
    n1 = f("needs_assessed", "persons", 171, "базову – 171", label="базова оцінка", group="needs_212_by_kind", parent=na)
    n2 = f("needs_assessed", "persons", 41, "комплексну – 41", label="комплексна оцінка", group="needs_212_by_kind", parent=na)
    sv = f("served", "persons", 497, "Отримали соціальні послуги 497 осіб")
    svc = [("counselling", "консультування"), ("home_care", "догляд вдома"), ("day_care", "денний догляд"),
           ("natural_aid", "натуральна допомога")]
    sp_items = [(301, "консультування – 301"), (88, "догляд вдома – 88"), (35, "денний догляд – 35"), (73, "натуральна допомога – 73")]
    svp = [f("served", "persons", v, q, service=s, group="served_497_by_service", parent=sv)
           for (s, _), (v, q) in zip(svc, sp_items)]
    sp = f("services_provided", "services", 14126, "Надано 14 126 соціальних послуг")
    sv_items = [(612, "консультування – 612"), (11904, "догляд вдома – 11 904"), (1537, "денний догляд – 1 537"),
                (73, "натуральна допомога – 73")]
    spp = [f("services_provided", "services", v, q, service=s, group="services_14126_by_service", parent=sp)
           for (s, _), (v, q) in zip(svc, sv_items)]
    su = f("served", "families", 23, "Перебувало під супроводом 23 сім'ї", service="social_support_sjo", alt=["support_ongoing"])
    sc = f("served", "children", 47, "в яких виховується 47 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=su)
    st = f("support_started", "families", 14, "взято під супровід у 2023 році – 14", service="social_support_sjo",
           group="support_23_by_start", parent=su)
    sf = f("served", "families", 9, "продовжують супровід з 2022 року – 9", service="social_support_sjo",
           alt=["support_ongoing"], label="продовжують супровід з 2022 року", group="support_23_by_start", parent=su)
    cp = f("support_completed", "families", 15, "Завершено надання послуги 15 сім'ям", service="social_support_sjo", parent=su)
    gc = "completed_15_by_outcome"
    o1 = f("outcome_positive", "families", 9, "з позитивним результатом – 9", service="social_support_sjo", group=gc, parent=cp)
    o2 = f("outcome_minimized", "families", 3, "СЖО мінімізовано – 3", service="social_support_sjo", group=gc, parent=cp)
    o3 = f("outcome_negative", "families", 1, "без результату – 1", service="social_support_sjo", group=gc, parent=cp)
    o4 = f("outcome_other", "families", 3, "у зв'язку зі зміною місця проживання – 3", service="social_support_sjo",
           label="зміна місця проживання", group=gc, parent=cp)
    og = f("support_ongoing", "families", 8, "Супровід продовжено у 2024 році 8 сім'ям", service="social_support_sjo", parent=su)
    ps = f("staff_positions", "positions", 42, "Штатна чисельність – 42 посади")
    sa = f("staff_actual", "staff", 39, "Фактично працює 39 осіб")
    gs = "staff_39_by_role"
    s1 = f("staff_actual", "staff", 24, "соціальні робітники – 24", label="соціальні робітники", group=gs, parent=sa)
    s2 = f("staff_actual", "staff", 6, "фахівці із соціальної роботи – 6", label="фахівці із соціальної роботи", group=gs, parent=sa)
    s3 = f("staff_actual", "staff", 9, "адміністративний та господарський персонал – 9",
           label="адміністративний та господарський персонал", group=gs, parent=sa)
    tr = f("staff_trained", "staff", 17, "Підвищили кваліфікацію 17 працівників")
    ev = f("events", "events", 19, "Проведено 19 групових заходів")
    ep = f("event_participants", "persons", 344, "участь у яких взяли 344 особи", parent=ev)
    cm = f("complaints", "complaints", 0, "Скарг на роботу закладу не надходило")
    bs = f("budget_spent", "uah", 11482700, "Касові видатки загального фонду – 11 482,7 тис. грн", label="загальний фонд")
    gb = "spent_11482_7_by_item"
    b1 = f("budget_spent", "uah", 10196400, "оплата праці з нарахуваннями – 10 196,4 тис. грн",
           label="оплата праці з нарахуваннями", group=gb, parent=bs)
    b2 = f("budget_spent", "uah", 842900, "комунальні послуги та енергоносії – 842,9 тис. грн",
           label="комунальні послуги та енергоносії", group=gb, parent=bs)
    b3 = f("budget_spent", "uah", 443400, "інші видатки – 443,4 тис. грн", label="інші видатки", group=gb, parent=bs)
    br = f("budget_received", "uah", 214600, "До спеціального фонду надійшло плати за соціальні послуги 214,6 тис. грн",
           label="спеціальний фонд, плата за соціальні послуги")

    n = lambda x: x[1:]  # noqa: E731
    S = lambda xs: " + ".join(f"f{n(x)}" for x in xs)  # noqa: E731
    g.check("parts_sum", "Звернулися до закладу 538 осіб", "categories at level 3 overlap (not a partition): 164 + 97 + 58 = 319 ≤ 538",
            f"{S([c1, c2, c3])} <= f{n(ap)}")
    g.check("parts_sum", "Проведено оцінку потреб 212 осіб", "171 + 41 = 212", f"f{n(n1)} + f{n(n2)} == f{n(na)}")
    g.check("parts_sum", "Отримали соціальні послуги 497 осіб", "301 + 88 + 35 + 73 = 497; 497 ≤ 538", f"{S(svp)} == f{n(sv)} and f{n(sv)} <= f{n(ap)}")
    g.check("parts_sum", "Надано 14 126 соціальних послуг", "612 + 11 904 + 1 537 + 73 = 14 126", f"{S(spp)} == f{n(sp)}")
    g.check("parts_sum", "Перебувало під супроводом 23 сім'ї", "14 taken in 2023 + 9 carried over from 2022 = 23", f"f{n(st)} + f{n(sf)} == f{n(su)}")
    g.check("parts_sum", "Супровід продовжено у 2024 році 8 сім'ям", "15 completed + 8 continued = 23", f"f{n(cp)} + f{n(og)} == f{n(su)}")
    g.check("parts_sum", "Фактично працює 39 осіб", "24 + 6 + 9 = 39; 39 ≤ 42; 17 trained ≤ 39",
            f"{S([s1, s2, s3])} == f{n(sa)} and f{n(sa)} <= f{n(ps)} and f{n(tr)} <= f{n(sa)}")
    g.check("parts_sum", "Касові видатки загального фонду – 11 482,7 тис. грн", "10 196,4 + 842,9 + 443,4 = 11 482,7 тис. грн",
            f"{S([b1, b2, b3])} == f{n(bs)}")

    g.slip("parts_sum", "error", "Завершено надання послуги 15 сім'ям", 16, 15, [cp, o1, o2, o3, o4],
           "the four outcomes one level below «Завершено надання послуги 15 сім'ям» sum to 9 + 3 + 1 + 3 = 16, one more than 15. "
           "Only the list level says they are a breakdown of the 15; the four reasons are exclusive, so a partition. "
           "(15 + 8 continued = 23 holds, so the 15 is the consistent figure.)",
           f"{S([o1, o2, o3, o4])} == f{n(cp)}")

    sk = g.skip
    sk("53062, Дніпропетровська обл., Криворізький р-н, с. Новолатівка, вул. Садова, 3, тел. (0564) 0-90-34", [53062, 3, 564, 9034],
       "postcode, address, phone")
    sk("ЗВІТ ПРО ДІЯЛЬНІСТЬ ЗА 2023 РІК", [2023], "period (meta)")
    sk("рішенням Новолатівської сільської ради від 19.02.2021 № 214-6/VIII", [19, 2, 2021, 214, 6], "decision date and number")
    sk("Нижче наведено основні показники роботи за 2023 рік станом на 31.12.2023.", [2023, 31, 12, 2023], "year, date")
    sk("Вартість години послуги догляду вдома для отримувачів, які сплачують за неї, – 61,20 грн", [61.2], "tariff")
    sk("взято під супровід у 2023 році", [2023], "year")
    sk("продовжують супровід з 2022 року", [2022], "year (the 9 is a 2023 figure: families served in 2023 whose support began in 2022)")
    sk("Супровід продовжено у 2024 році", [2024], "year")
    sk("У 2024 році заклад планує відкрити відділення соціальної реабілітації на 12 місць.", [2024, 12], "plan")
    sk("15.01.2024", [15, 1, 2024], "date")

    g.note("the list numbers (1., 1.1., а)) come from numbering.xml and are not in the read text; the reader prints each item as its own paragraph without level. Every parent_id below a count follows the Word list level: a level-3 item hangs on the level-2 item above it")
    g.note("level-3 items carry no indicator word («консультування – 301»): they take the indicator and unit of their level-2 parent")
    g.note("the applicant categories (ВПО, інвалідність, ветерани) overlap → parent only, no group; every other level-3 list is a partition with a group")
    g.note("«продовжують супровід з 2022 року – 9» → served (alt support_ongoing) with a label; «Супровід продовжено у 2024 році 8 сім'ям» → support_ongoing")
    g.note("«Скарг … не надходило» → complaints 0")
    g.note("money in тис. грн → hryvnias; no KEKV written, so no kekv")
    g.note("planted slip: the completed-support outcomes sum to 16 of 15")
    g.write()


if __name__ == "__main__":
    main()
