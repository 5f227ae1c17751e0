"""b93_08: КУ «ЦНСП» Ленковецької сільської ради (Хмельницька), bilingual report to a donor on the
project «Мобільна бригада соціальної підтримки», H1 2025. Less common style: reportlab PDF, every
Ukrainian paragraph followed by its English translation, table headers in both languages.
Decision: English sentences are translations; their figures are NOT facts (skipped), since the project's
extractor reads Ukrainian and each figure is counted once, in the Ukrainian paragraph. Table cells are
written once under bilingual headers, so they are facts.
Planted slip: percent_mismatch («13 сімей … (16,7 %)» of 84 is 15,5 %)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
import re

from common import Gold, report_path, register_fonts, read_text

DOC = "b93_08_lenkivtsi_cnsp_h1_2025.pdf"

TABLE = [("Послуга / Service", "Кількість сімей / Number of families", "Надано послуг / Services provided"),
         ("Консультування / Counselling", "84", "263"),
         ("Соціальний супровід / Social support", "17", "136"),
         ("Натуральна допомога / In-kind aid", "62", "62"),
         ("Кризове втручання / Crisis intervention", "6", "9"),
         ("Разом / Total", "84*", "470")]

UA_EN = [
    ("Проєкт «Мобільна бригада соціальної підтримки» реалізується Центром надання соціальних послуг "
     "Ленковецької сільської ради за підтримки Благодійного фонду «Спільні громади» відповідно до грантової "
     "угоди № UA-2024-117 від 12.12.2024. Мета проєкту – наблизити соціальні послуги до мешканців віддалених "
     "сіл громади, зокрема до внутрішньо переміщених осіб.",
     "The project “Mobile Social Support Team” is implemented by the Centre for Social Services of Lenkivtsi "
     "village council with the support of the Common Communities Charitable Foundation under grant agreement "
     "No. UA-2024-117 of 12 December 2024. It aims to bring social services closer to residents of remote "
     "villages, including internally displaced persons."),
    ("У січні – червні 2025 року мобільна бригада здійснила 212 виїздів до 14 віддалених сіл. Послуги бригади "
     "отримали 84 сім'ї, у яких виховується 171 дитина. Серед них 38 сімей внутрішньо переміщених осіб "
     "(45,2 %), 13 сімей, які виховують дітей з інвалідністю (16,7 %), та 21 багатодітна сім'я (25,0 %).",
     "In January–June 2025 the mobile team made 212 trips to 14 remote villages. 84 families raising 171 "
     "children received services, among them 38 IDP families (45.2%), 13 families raising children with "
     "disabilities (16.7%) and 21 large families (25.0%)."),
    ("Надані послуги наведено в таблиці 1.", "Services provided are shown in Table 1."),
]

UA_EN2 = [
    ("* Одна сім'я могла отримати кілька послуг, тому в рядку «Разом» зазначено кількість різних сімей.",
     "* A family could receive several services; the Total row gives the number of distinct families."),
    ("Під соціальний супровід у звітному періоді взято 11 сімей. Завершено супровід 9 сімей: у 7 сім'ях "
     "складні життєві обставини подолано, у 2 – мінімізовано.",
     "11 families were taken under social support in the reporting period. Support was completed for 9 "
     "families: difficult life circumstances were overcome in 7 families and minimized in 2."),
    ("Психолог бригади провів 16 групових занять для батьків і дітей, у яких взяли участь 127 осіб. На "
     "телефон «гарячої лінії» проєкту надійшло 96 дзвінків.",
     "The team psychologist held 16 group sessions for parents and children attended by 127 people. The "
     "project hotline received 96 calls."),
    ("У червні 2025 року опитано 60 отримувачів послуг: 95 % з них задоволені роботою бригади. Скарг не "
     "надходило.",
     "In June 2025, 60 service recipients were surveyed: 95% of them are satisfied with the team's work. No "
     "complaints were received."),
    ("У складі бригади працюють 4 фахівці (фахівець із соціальної роботи, психолог, юрист, водій); 3 з них "
     "пройшли навчання з першої психологічної допомоги.",
     "The team has 4 staff members (a social worker, a psychologist, a lawyer and a driver); 3 of them were "
     "trained in psychological first aid."),
    ("Сума гранту на 2025 рік становить 1 240 000,00 грн. У звітному періоді на рахунок Центру надійшло "
     "620 000,00 грн (50 % суми гранту), використано 598 420,50 грн, залишок на 30.06.2025 – 21 579,50 грн.",
     "The grant for 2025 amounts to UAH 1,240,000.00. In the reporting period the Centre received "
     "UAH 620,000.00 (50% of the grant) and spent UAH 598,420.50; the balance on 30 June 2025 is UAH 21,579.50."),
]


def build(path):
    register_fonts()
    ua = ParagraphStyle("ua", fontName="LSerif", fontSize=10.5, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=2)
    en = ParagraphStyle("en", fontName="LSerif-I", fontSize=9.5, leading=12, alignment=TA_JUSTIFY, spaceAfter=8,
                        textColor=colors.HexColor("#333366"))
    h = ParagraphStyle("h", fontName="LSans-B", fontSize=12, leading=15, alignment=TA_CENTER, spaceAfter=4)
    hs = ParagraphStyle("hs", fontName="LSans", fontSize=9.5, leading=12, alignment=TA_CENTER, spaceAfter=2)
    cell = ParagraphStyle("cell", fontName="LSans", fontSize=9, leading=11)
    num = ParagraphStyle("num", parent=cell, alignment=TA_RIGHT)
    story = [
        Paragraph("ЗВІТ ПРО РЕАЛІЗАЦІЮ ПРОЄКТУ «МОБІЛЬНА БРИГАДА СОЦІАЛЬНОЇ ПІДТРИМКИ»", h),
        Paragraph("PROJECT REPORT “MOBILE SOCIAL SUPPORT TEAM”", h),
        Paragraph("Виконавець: Комунальна установа «Центр надання соціальних послуг» Ленковецької сільської ради "
                  "Хмельницької області / Implementing partner: Municipal Institution “Centre for Social "
                  "Services” of Lenkivtsi Village Council, Khmelnytskyi Oblast", hs),
        Paragraph("Звітний період: 01.01.2025 – 30.06.2025 / Reporting period: 1 January – 30 June 2025", hs),
        Paragraph("Контакти / Contacts: 31162, с. Ленківці, вул. Центральна, 12; тел. (03856) 0-24-90; "
                  "cnsp.lenkivtsi@example.ua", hs),
        Spacer(1, 10),
    ]
    for u, e in UA_EN:
        story += [Paragraph(u, ua), Paragraph(e, en)]
    story.append(Paragraph("Таблиця 1. Соціальні послуги, січень – червень 2025 року / Table 1. Social services, "
                           "January – June 2025", hs))
    data = [[Paragraph(c, cell) for c in TABLE[0]]]
    for row in TABLE[1:]:
        data.append([Paragraph(row[0], cell), Paragraph(row[1], num), Paragraph(row[2], num)])
    t = Table(data, colWidths=[7.5 * cm, 4.2 * cm, 4.2 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8f4"))]))
    story += [t, Spacer(1, 4)]
    for u, e in UA_EN2:
        story += [Paragraph(u, ua), Paragraph(e, en)]
    story += [Spacer(1, 10), Paragraph("Директор Центру / Director of the Centre ______________", ua),
              Paragraph("07.07.2025", ua)]

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("LSans", 8)
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Сторінка {doc.page} / Page {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, invariant=1, title="Project report H1 2025",
                            author="CNSP Lenkivtsi")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def _num(tok):
    """An English number as a value: thousands commas dropped, whole numbers as ints."""
    x = float(tok.replace(",", ""))
    return int(x) if x.is_integer() else x


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Ленковецької сільської ради",
        "centre_type": "cnsp", "settlement": "Ленківці", "oblast": "Хмельницька",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Ленковецької сільської ради",
        "Комунальна установа «Центр надання соціальних послуг» Ленковецької сільської ради Хмельницької області",
        "КУ «Центр надання соціальних послуг» Ленковецької сільської ради"],
        "report_kind": ["other"]})
    f = g.f
    fam = f("served", "families", 84, "Послуги бригади отримали 84 сім'ї", label="мобільна бригада")
    ch = f("served", "children", 171, "у яких виховується 171 дитина", parent=fam)
    c1 = f("served", "families", 38, "38 сімей внутрішньо переміщених осіб (45,2 %)", percent=45.2,
           category="внутрішньо переміщені особи", parent=fam)
    c2 = f("served", "families", 13, "13 сімей, які виховують дітей з інвалідністю (16,7 %)", percent=16.7,
           category="сім'ї, які виховують дітей з інвалідністю", parent=fam)
    c3 = f("served", "families", 21, "21 багатодітна сім'я (25,0 %)", percent=25.0, category="багатодітні сім'ї",
           parent=fam)
    rows = {r[0]: "\t".join(r) for r in TABLE}
    tq = rows["Разом / Total"]
    tf = f("served", "families", 84, tq, label="Разом (таблиця 1), різні сім'ї",
           note="«84*»: the footnote says distinct families, so the column is not a partition")
    tn = f("services_provided", "services", 470, tq, label="Разом (таблиця 1)")
    rf, rn = [], []
    for lab, sid in (("Консультування / Counselling", "counselling"),
                     ("Соціальний супровід / Social support", "social_support_sjo"),
                     ("Натуральна допомога / In-kind aid", "natural_aid"),
                     ("Кризове втручання / Crisis intervention", "crisis_intervention")):
        row = dict((r[0], r) for r in TABLE)[lab]
        rf.append(f("served", "families", int(row[1]), rows[lab], service=sid, parent=tf))
        rn.append(f("services_provided", "services", int(row[2]), rows[lab], service=sid, group="table1_services",
                    parent=tn))
    ss = f("support_started", "families", 11, "Під соціальний супровід у звітному періоді взято 11 сімей",
           service="social_support_sjo")
    sc = f("support_completed", "families", 9, "Завершено супровід 9 сімей", service="social_support_sjo")
    op = f("outcome_positive", "families", 7, "у 7 сім'ях складні життєві обставини подолано",
           service="social_support_sjo", group="completed_9_by_result", parent=sc)
    om = f("outcome_minimized", "families", 2, "у 2 – мінімізовано", service="social_support_sjo",
           group="completed_9_by_result", parent=sc)
    ev = f("events", "events", 16, "Психолог бригади провів 16 групових занять")
    evp = f("event_participants", "persons", 127, "у яких взяли участь 127 осіб", parent=ev)
    cl = f("calls", "calls", 96, "надійшло 96 дзвінків")
    sv = f("survey_respondents", "recipients", 60, "опитано 60 отримувачів послуг", unit_alt="persons")
    sat = f("satisfaction", "percent", 95, "95 % з них задоволені роботою бригади", alt=["share"])
    cp = f("complaints", "complaints", 0, "Скарг не надходило.")
    st_ = f("staff_actual", "staff", 4, "У складі бригади працюють 4 фахівці", label="мобільна бригада")
    tr = f("staff_trained", "staff", 3, "3 з них пройшли навчання з першої психологічної допомоги", parent=st_)
    ba = f("budget_approved", "uah", 1240000, "Сума гранту на 2025 рік становить 1 240 000,00 грн",
           label="сума гранту на 2025 рік", uncertain=True,
           note="the grant for the whole year: a budget_approved of the year the half-year belongs to")
    br = f("budget_received", "uah", 620000, "на рахунок Центру надійшло 620 000,00 грн (50 % суми гранту)",
           percent=50.0, label="грант, перший транш")
    bs = f("budget_spent", "uah", 598420.5, "використано 598 420,50 грн", label="кошти гранту")

    g.slip("percent_mismatch", "error", "13 сімей, які виховують дітей з інвалідністю (16,7 %)", 16.7, 15.5,
           [c2, fam],
           "13 of the 84 families is 15,5 %, not 16,7 % (16,7 % is 14 of 84, so GRIM passes). The English "
           "translation repeats the error («13 families … (16.7%)»); the finding is on the Ukrainian",
           f"pct_ok(p{c2[1:]}, {c2}, {fam}, 1)")
    g.check("percent_impossible", "13 сімей, які виховують дітей з інвалідністю (16,7 %)",
            "16,7 % is reachable with 84 (14/84 = 16,67 %)", f"grim_ok(p{c2[1:]}, {fam}, 1)")
    g.check("percent_mismatch", "38 сімей внутрішньо переміщених осіб (45,2 %)", "38 / 84 = 45,24 % → 45,2",
            f"pct_ok(p{c1[1:]}, {c1}, {fam}, 1)")
    g.check("percent_mismatch", "21 багатодітна сім'я (25,0 %)", "21 / 84 = 25,0 %", f"pct_ok(p{c3[1:]}, {c3}, {fam}, 1)")
    g.check("table_arithmetic", tq, "services column: 263 + 136 + 62 + 9 = 470", " + ".join(rn) + f" == {tn}")
    g.check("table_arithmetic", tq,
            "families column is not a partition (footnote *: distinct families); each row ≤ 84 and the total "
            "equals the 84 of the prose", " and ".join(f"{x} <= {tf}" for x in rf) + f" and {tf} == {fam}")
    g.check("parts_sum", "Завершено супровід 9 сімей", "7 + 2 = 9", f"{op} + {om} == {sc}")
    g.check("parts_sum", "Під соціальний супровід у звітному періоді взято 11 сімей",
            "11 taken and 9 completed ≤ 17 families in the social-support row", f"{ss} <= {rf[1]} and {sc} <= {rf[1]}")
    g.check("percent_impossible", "95 % з них задоволені роботою бригади", "57 / 60 = 95 %", f"grim_ok({sat}, {sv}, 0)")
    g.check("percent_mismatch", "на рахунок Центру надійшло 620 000,00 грн (50 % суми гранту)",
            "620 000 / 1 240 000 = 50 %", f"pct_ok(p{br[1:]}, {br}, {ba}, 0)")
    g.check("table_arithmetic", "залишок на 30.06.2025 – 21 579,50 грн",
            "620 000,00 − 598 420,50 = 21 579,50 (the balance is a skipped literal)", f"near({br} - {bs}, 21579.5)")
    g.check("parts_sum", "3 з них пройшли навчання", "3 ≤ 4", f"{tr} <= {st_}")

    sk = g.skip
    EN = ("English translation of the Ukrainian paragraph before it: its figures repeat the Ukrainian ones and "
          "are not facts (the extractor reads Ukrainian; each figure is counted once)")
    text = read_text(report_path(DOC))
    for _, e in UA_EN + UA_EN2:
        # a page break can split an English paragraph into two blocks: skip its sentences then
        pieces = [e] if e in text else [x if x.endswith(".") else x + "." for x in e.split(". ")]
        for piece in pieces:
            vals = [_num(x) for x in re.findall(r"\d+(?:,\d{3})*(?:\.\d+)?", piece)]
            if vals:
                sk(piece, vals, EN)
    sk("Сторінка 1 / Page 1", [1, 1], "page footer")
    sk("Сторінка 2 / Page 2", [2, 2], "page footer")
    sk("Звітний період: 01.01.2025 – 30.06.2025 / Reporting period: 1 January – 30 June 2025",
       [1, 1, 2025, 30, 6, 2025, 1, 30, 2025], "reporting period")
    sk("31162, с. Ленківці, вул. Центральна, 12; тел. (03856) 0-24-90", [31162, 12, 3856, 2490],
       "postcode, address, phone")
    sk("грантової угоди № UA-2024-117 від 12.12.2024", [2024, 117, 12, 12, 2024], "grant agreement number and date")
    sk("У січні – червні 2025 року мобільна бригада здійснила 212 виїздів до 14 віддалених сіл.", [2025, 212, 14],
       "trips and villages: no §3 id")
    sk("Надані послуги наведено в таблиці 1.", [1], "table number")
    sk("Таблиця 1. Соціальні послуги, січень – червень 2025 року / Table 1. Social services, January – June 2025",
       [1, 2025, 1, 2025], "table caption")
    sk("У червні 2025 року", [2025], "survey month")
    sk("Сума гранту на 2025 рік", [2025], "year")
    sk("залишок на 30.06.2025 – 21 579,50 грн", [30, 6, 2025, 21579.5],
       "date; balance of the grant: no §3 id (used as a literal in a check)")
    sk("07.07.2025", [7, 7, 2025], "date")
    g.note("bilingual report: the English translation after each Ukrainian paragraph repeats the figures. "
           "Choice: English figures are NOT facts; every English paragraph with a figure is skipped with that "
           "reason. The slip is recorded once, on the Ukrainian sentence")
    g.note("table 1 has bilingual headers and labels but each value once: cells are facts, quoted by row. The "
           "families column has the footnote «*» (distinct families), so its rows overlap: parent_id without a group, "
           "no parts_sum; the services column is a partition of 470 (group)")
    g.note("the table total «84*» and the prose «84 сім'ї» are two facts")
    g.note("report_kind period_report (a half-year report to a donor); meta_alt other")
    g.note("grant money: received 620 000,00 → budget_received (50 % of the grant as its percent); spent "
           "598 420,50 → budget_spent (a float value, kopiykas); the grant 1 240 000,00 for 2025 → budget_approved "
           "(uncertain); the balance 21 579,50 is skipped (no §3 id)")
    g.note("«95 % з них задоволені» → satisfaction 95 (alt share) of the 60 surveyed")
    return g


if __name__ == "__main__":
    build(report_path(DOC))
    gold().write()
