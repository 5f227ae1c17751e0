"""b29_08: ТЦСО Заліщицької міської ради (Тернопільська), report page for the community on H1 2025
set in two columns (reportlab frames): a full-width title band, then text running down the left column
and on into the right column, with a boxed «У цифрах» panel at the foot of the right column and a page
footer with the address. Third person.
Planted slip: internal_conflict (54 day-care visitors in the text, 45 in the «У цифрах» box)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib import colors
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, FrameBreak, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

DOC = "b29_08_zalishchyky_tcso_h1_2025.pdf"

TITLE = [
    "ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) ЗАЛІЩИЦЬКОЇ МІСЬКОЇ РАДИ",
    "Звіт для громади: підсумки І півріччя 2025 року",
    "Випуск № 2, липень 2025 року",
]
BODY = [
    ("p", "Територіальний центр надає соціальні послуги мешканцям міста Заліщики та 46 сіл громади, де проживає понад 7,2 тис. осіб пенсійного віку. Пропонуємо короткий огляд роботи установи за січень – червень 2025 року: скільки людей отримали допомогу, які послуги були найпотрібнішими і як оцінюють нашу роботу самі отримувачі."),
    ("h", "Догляд вдома"),
    ("p", "У першому півріччі 2025 року послугу догляду вдома отримували 276 осіб, з них 94 особи віком понад 80 років. Соціальні робітники територіального центру надали їм 24 918 соціальних послуг: допомогу в прибиранні, придбанні та доставці продуктів і ліків, оплаті комунальних послуг."),
    ("p", "Взято на обслуговування 31 особу. Знято з обслуговування 27 осіб, з них 19 – у зв'язку зі смертю, 8 – у зв'язку з переїздом до рідних."),
    ("h", "Денний догляд"),
    ("p", "Відділення денного перебування протягом півріччя відвідували 54 особи. Для них проведено 63 групові заходи – заняття з рукоділля, співу, скандинавської ходьби, лекції лікарів, – у яких взяли участь 588 учасників. Відділення працює щоденно, крім вихідних, з 9.00 до 16.00."),
    ("h", "Натуральна допомога"),
    ("p", "Натуральну допомогу отримали 211 осіб, зокрема 67 внутрішньо переміщених осіб, на загальну суму 187,5 тис. грн. З пункту прокату видано 36 технічних засобів реабілітації: крісла колісні, ходунки, милиці."),
    ("h", "Соціальне таксі"),
    ("p", "Послугою соціального таксі скористалися 43 особи з інвалідністю. Автомобіль територіального центру здійснив 129 поїздок загальною протяжністю 6 840 км."),
    ("h", "Думка отримувачів"),
    ("p", "У червні проведено опитування 80 отримувачів послуг. Якістю послуг повністю задоволені 95 % опитаних, частково задоволені – 5 %. Скарг за півріччя не надходило."),
    ("h", "Команда і кошти"),
    ("p", "Штатним розписом передбачено 34 штатні одиниці, працює 31 працівник, з них 22 соціальні робітники. Видатки загального фонду на утримання територіального центру за півріччя склали 4 863,2 тис. грн."),
    ("p", "Протягом півріччя 14 працівників пройшли навчання з надання першої домедичної допомоги, а 6 соціальних робітників – курси підвищення кваліфікації в обласному центрі."),
    ("p", "У ІІ півріччі планується відкрити відділення стаціонарного догляду на 15 ліжок."),
]
BOX = [
    ("276", "отримувачів догляду вдома"),
    ("24 918", "наданих послуг догляду вдома"),
    ("45", "відвідувачів відділення денного перебування"),
    ("211", "отримувачів натуральної допомоги"),
    ("43", "користувачі соціального таксі"),
]
FOOTER = ("48600, Тернопільська обл., м. Заліщики, вул. Степана Бандери, 34 · тел. (03554) 0-21-37 · "
          "tc.zalishchyky@example.ua")


def build(path):
    register_fonts()
    W, H = A4
    m = 15 * mm
    gap = 7 * mm
    colw = (W - 2 * m - gap) / 2
    title_h = 30 * mm
    foot_h = 14 * mm
    body_h = H - 2 * m - title_h - foot_h
    top = Frame(m, H - m - title_h, W - 2 * m, title_h, id="top", showBoundary=0)
    c1 = Frame(m, m + foot_h, colw, body_h, id="c1")
    c2 = Frame(m + colw + gap, m + foot_h, colw, body_h, id="c2")

    def on_page(canv, doc):
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#2a5d8f"))
        canv.setLineWidth(1.2)
        canv.line(m, H - m - title_h + 2 * mm, W - m, H - m - title_h + 2 * mm)
        canv.line(m + colw + gap / 2, m + foot_h + 4 * mm, m + colw + gap / 2, H - m - title_h - 2 * mm)
        canv.setFont("DSans", 7.5)
        canv.drawCentredString(W / 2, m + 4 * mm, FOOTER)
        canv.restoreState()

    doc = _Doc(path, pagesize=A4, leftMargin=m, rightMargin=m, topMargin=m, bottomMargin=m,
                          invariant=1, title="Звіт для громади: підсумки І півріччя 2025 року",
                          author="ТЦСО Заліщицької міської ради")
    doc.addPageTemplates([PageTemplate(id="two", frames=[top, c1, c2], onPage=on_page)])
    t1 = ParagraphStyle("t1", fontName="DSans-B", fontSize=11.5, leading=14, alignment=TA_CENTER,
                        textColor=colors.HexColor("#2a5d8f"))
    t2 = ParagraphStyle("t2", fontName="DSans-B", fontSize=15, leading=19, alignment=TA_CENTER, spaceBefore=3)
    t3 = ParagraphStyle("t3", fontName="DSans", fontSize=8.5, leading=11, alignment=TA_CENTER)
    hd = ParagraphStyle("hd", fontName="DSansC-B", fontSize=11, leading=13, spaceBefore=6, spaceAfter=2,
                        textColor=colors.HexColor("#2a5d8f"))
    body = ParagraphStyle("b", fontName="DSerif", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=4)
    bxn = ParagraphStyle("bn", fontName="DSans-B", fontSize=12, leading=14)
    bxt = ParagraphStyle("bt", fontName="DSansC", fontSize=8.5, leading=10.5)
    story = [Paragraph(TITLE[0], t1), Paragraph(TITLE[1], t2), Paragraph(TITLE[2], t3), FrameBreak()]
    for k, t in BODY:
        story.append(Paragraph(t, hd if k == "h" else body))
    story.append(Spacer(1, 6))
    data = [[Paragraph("У цифрах", hd), ""]] + [[Paragraph(n, bxn), Paragraph(t, bxt)] for n, t in BOX]
    tb = Table(data, colWidths=[22 * mm, colw - 24 * mm])
    tb.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#2a5d8f")),
                            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3f8")),
                            ("SPAN", (0, 0), (1, 0)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story.append(tb)
    doc.build(story)
    return doc.frames_used


class _Doc(BaseDocTemplate):
    """Records which frame each paragraph lands in (to confirm the text runs into both columns)."""
    frames_used = None

    def afterFlowable(self, fl):
        if self.frames_used is None:
            self.frames_used = []
        self.frames_used.append((self.frame.id, (getattr(fl, "text", None) or "")[:30]))


def main():
    path = report_path(DOC)
    used = build(path)
    assert {"c1", "c2"} <= {fid for fid, _ in used}, used
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Заліщицької міської ради",
        "centre_type": "tcso", "settlement": "Заліщики", "oblast": "Тернопільська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30"},
        meta_alt={"centre": ["Територіальний центр соціального обслуговування Заліщицької міської ради"],
                  "report_kind": ["other"]})
    f = g.f

    def v(fid):
        return "f" + fid[1:]
    hc = f("served", "persons", 276, "послугу догляду вдома отримували 276 осіб", service="home_care")
    old = f("served", "persons", 94, "з них 94 особи віком понад 80 років", service="home_care",
            category="особи віком понад 80 років", parent=hc)
    sp = f("services_provided", "services", 24918, "надали їм 24 918 соціальних послуг", service="home_care")
    nw = f("served", "persons", 31, "Взято на обслуговування 31 особу", service="home_care",
           alt=["registered_new", "support_started"], parent=hc)
    de = f("deregistered", "persons", 27, "Знято з обслуговування 27 осіб", service="home_care",
           alt=["support_completed"])
    d1 = f("deregistered", "persons", 19, "19 – у зв'язку зі смертю", service="home_care", label="у зв'язку зі смертю",
           alt=["outcome_other"], group="deregistered_27_by_reason", parent=de)
    d2 = f("deregistered", "persons", 8, "8 – у зв'язку з переїздом до рідних", service="home_care",
           label="переїзд до рідних", alt=["outcome_other"], group="deregistered_27_by_reason", parent=de)
    dc = f("served", "persons", 54, "Відділення денного перебування протягом півріччя відвідували 54 особи",
           service="day_care")
    ev = f("events", "events", 63, "проведено 63 групові заходи", service="day_care")
    ep = f("event_participants", "persons", 588, "у яких взяли участь 588 учасників", parent=ev)
    na = f("served", "persons", 211, "Натуральну допомогу отримали 211 осіб", service="natural_aid")
    idp = f("served", "persons", 67, "зокрема 67 внутрішньо переміщених осіб", service="natural_aid",
            category="внутрішньо переміщені особи", parent=na)
    av = f("aid_value", "uah", 187500, "на загальну суму 187,5 тис. грн", service="natural_aid")
    tx = f("served", "persons", 43, "Послугою соціального таксі скористалися 43 особи з інвалідністю",
           service="social_taxi", category="особи з інвалідністю")
    rs = f("survey_respondents", "recipients", 80, "проведено опитування 80 отримувачів послуг", unit_alt="persons")
    sat = f("satisfaction", "percent", 95, "Якістю послуг повністю задоволені 95 % опитаних",
            label="повністю задоволені якістю послуг", alt=["share"])
    prt = f("share", "percent", 5, "частково задоволені – 5 %", label="частково задоволені якістю послуг",
            alt=["satisfaction"])
    cp = f("complaints", "complaints", 0, "Скарг за півріччя не надходило.")
    pos = f("staff_positions", "positions", 34, "Штатним розписом передбачено 34 штатні одиниці")
    act = f("staff_actual", "staff", 31, "працює 31 працівник")
    sw = f("staff_actual", "staff", 22, "з них 22 соціальні робітники", label="соціальні робітники", parent=act)
    tr1 = f("staff_trained", "staff", 14, "14 працівників пройшли навчання з надання першої домедичної допомоги",
            label="перша домедична допомога")
    tr2 = f("staff_trained", "staff", 6, "6 соціальних робітників – курси підвищення кваліфікації",
            label="соціальні робітники, курси підвищення кваліфікації")
    bs = f("budget_spent", "uah", 4863200, "за півріччя склали 4 863,2 тис. грн", label="загальний фонд")
    box = {}
    for n, t in BOX:
        q = n + " " + t
        kw = {"276": dict(indicator="served", unit="persons", service="home_care"),
              "24 918": dict(indicator="services_provided", unit="services", service="home_care"),
              "45": dict(indicator="served", unit="persons", service="day_care"),
              "211": dict(indicator="served", unit="persons", service="natural_aid"),
              "43": dict(indicator="served", unit="persons", service="social_taxi")}[n]
        ind, unit = kw.pop("indicator"), kw.pop("unit")
        box[n] = f(ind, unit, int(n.replace(" ", "")), q, label="«У цифрах»", **kw)

    g.slip("internal_conflict", "error", "45 відвідувачів відділення денного перебування",
           45, 54, [dc, box["45"]],
           "the text says the day-care department was attended by 54 persons in the half-year; the «У цифрах» box gives 45 for the same indicator, service and period",
           f"{v(dc)} == {v(box['45'])}")
    g.check("internal_conflict", "У цифрах", "the other four box figures repeat the text (276, 24 918, 211, 43)",
            f"{v(box['276'])} == {v(hc)} and {v(box['24 918'])} == {v(sp)} and {v(box['211'])} == {v(na)} and {v(box['43'])} == {v(tx)}")
    g.check("parts_sum", "Знято з обслуговування 27 осіб, з них 19", "19 + 8 = 27", f"{v(d1)} + {v(d2)} == {v(de)}")
    g.check("parts_sum", "з них 94 особи віком понад 80 років", "94 ≤ 276; 31 taken ≤ 276",
            f"{v(old)} <= {v(hc)} and {v(nw)} <= {v(hc)}")
    g.check("parts_sum", "зокрема 67 внутрішньо переміщених осіб", "67 ≤ 211", f"{v(idp)} <= {v(na)}")
    g.check("percents_sum", "Якістю послуг повністю задоволені 95 % опитаних, частково задоволені – 5 %",
            "95 + 5 = 100", f"psum_ok([{v(sat)}, {v(prt)}], 0)")
    g.check("percent_impossible", "Якістю послуг повністю задоволені 95 % опитаних",
            "95 % and 5 % of 80 are 76 and 4", f"grim_ok({v(sat)}, {v(rs)}, 0) and grim_ok({v(prt)}, {v(rs)}, 0)")
    g.check("parts_sum", "з них 22 соціальні робітники", "22 ≤ 31 ≤ 34; 14 and 6 trained ≤ 31; 6 ≤ 22",
            f"{v(sw)} <= {v(act)} <= {v(pos)} and {v(tr1)} <= {v(act)} and {v(tr2)} <= {v(sw)}")

    sk = g.skip
    sk("мешканцям міста Заліщики та 46 сіл громади, де проживає понад 7,2 тис. осіб пенсійного віку", [46, 7.2],
       "settlement count, population")
    sk("Звіт для громади: підсумки І півріччя 2025 року", [1, 2025], "period in the title")
    sk("Випуск № 2, липень 2025 року", [2, 2025], "issue number and date")
    sk("віком понад 80 років", [80], "age (part of a category)")
    sk("з 9.00 до 16.00", [9, 16], "opening hours")
    sk("З пункту прокату видано 36 технічних засобів реабілітації", [36], "items")
    sk("здійснив 129 поїздок загальною протяжністю 6 840 км", [129, 6840], "trips and distance (no §3 id)")
    sk("У ІІ півріччі планується відкрити відділення стаціонарного догляду на 15 ліжок.", [2, 15], "plan")
    sk("48600, Тернопільська обл., м. Заліщики, вул. Степана Бандери, 34", [48600, 34], "postcode and address")
    sk("тел. (03554) 0-21-37", [3554, 2137], "phone")
    g.note("two-column page: `zvitparse read` prints the title band, then the left column, then the right column and the box; the page footer follows")
    g.note("the «У цифрах» box repeats five figures of the text: each is its own fact (figure written twice = two facts), labelled «У цифрах»; one of them (45 vs 54) is the planted internal_conflict")
    g.note("«Взято на обслуговування» → served (alt registered_new, support_started); «Знято з обслуговування … з них» → deregistered with reasons as labelled parts")
    g.note("survey: «повністю задоволені 95 %» → satisfaction (alt share); «частково задоволені – 5 %» → share (alt satisfaction); respondents «отримувачів» → recipients (unit_alt persons)")
    g.write()


if __name__ == "__main__":
    main()
