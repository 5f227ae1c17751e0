"""b44_07: ЦСС Муровано-Куриловецької селищної ради, «2024 рік у цифрах»: an infographic page made in Word.
Key figures stand in text boxes and callouts (w:txbxContent inside drawing shapes, written as Word writes them:
mc:AlternateContent with the DrawingML text box in mc:Choice and the same text again in a VML v:textbox in
mc:Fallback), beside ordinary paragraphs and a small table. python-docx plus raw XML."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from xml.sax.saxutils import escape
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b44_07_murovani_kurylivtsi_css_annual2024.docx"

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word"')

# VML shape types as Word writes them before the first shape of each kind
SHAPETYPE = {
    "202": '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>',
    "62": '<v:shapetype id="_x0000_t62" coordsize="21600,21600" o:spt="62" adj="1350,25920" '
          'path="m3600,qx,3600l0@8@12@24,0@9,,18000qy3600,21600l@6,21600@15@27@7,21600,18000,21600qx21600,18000l21600@9'
          '@18@30,21600@8,21600,3600qy18000,l@5,0@21@33@4,xe"><v:formulas><v:f eqn="sum 10800 0 #0"/>'
          '<v:f eqn="sum 10800 0 #1"/></v:formulas><v:path o:connecttype="custom" o:connectlocs="10800,0;0,10800;10800,21600;21600,10800;@40,@41"/>'
          '<v:handles><v:h position="#0,#1"/></v:handles></v:shapetype>',
}
_seen_types = set()


def box_paras(lines):
    out = []
    for i, ln in enumerate(lines):
        size = 36 if i == 0 else 20
        bold = "<w:b/><w:bCs/>" if i == 0 else ""
        out.append('<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>'
                   f'<w:rPr><w:sz w:val="{size}"/></w:rPr></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>'
                   f'{bold}<w:color w:val="1F3864"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
                   f'<w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>')
    return "".join(out)


def shape_run(n, lines, x, y, w=1800000, h=900000, callout=False, fill="DEEAF6"):
    body = box_paras(lines)
    geom = ('<a:prstGeom prst="wedgeRoundRectCallout"><a:avLst><a:gd name="adj1" fmla="val -20833"/>'
            '<a:gd name="adj2" fmla="val 62500"/><a:gd name="adj3" fmla="val 16667"/></a:avLst></a:prstGeom>'
            if callout else '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>')
    cnv = '<wps:cNvSpPr/>' if callout else '<wps:cNvSpPr txBox="1"/>'
    vtype = "62" if callout else "202"
    stype = "" if vtype in _seen_types else SHAPETYPE[vtype]
    _seen_types.add(vtype)
    adj = ' adj="6300,24300"' if callout else ""
    emu = 12700
    xml = (
        f'<w:r {NS}><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + n * 1024}" '
        f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{w}" cy="{h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{n}" name="{"Callout" if callout else "Text Box"} {n}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>{cnv}'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>{geom}'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="2F5597"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>'
        f'<wps:bodyPr rot="0" spcFirstLastPara="0" vertOverflow="overflow" horzOverflow="overflow" vert="horz" wrap="square" '
        f'lIns="91440" tIns="45720" rIns="91440" bIns="45720" numCol="1" spcCol="0" rtlCol="0" fromWordArt="0" anchor="ctr" '
        f'anchorCtr="0" forceAA="0" compatLnSpc="1"><a:prstTxWarp prst="textNoShape"><a:avLst/></a:prstTxWarp><a:noAutofit/></wps:bodyPr>'
        f'</wps:wsp></a:graphicData></a:graphic>'
        f'<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
        f'<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV></wp:anchor></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict>{stype}<v:shape id="{"Callout" if callout else "Text Box"} {n}" o:spid="_x0000_s{1025 + n}" '
        f'type="#_x0000_t{vtype}"{adj} style="position:absolute;margin-left:{x / emu:.1f}pt;margin-top:{y / emu:.1f}pt;'
        f'width:{w / emu:.1f}pt;height:{h / emu:.1f}pt;z-index:{251658240 + n * 1024};visibility:visible;'
        f'mso-wrap-style:square;mso-width-percent:0;mso-height-percent:0;mso-position-horizontal:absolute;'
        f'mso-position-horizontal-relative:text;mso-position-vertical:absolute;mso-position-vertical-relative:text;'
        f'v-text-anchor:middle" fillcolor="#{fill.lower()}" strokecolor="#2f5597" strokeweight="1pt">'
        f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        f'</mc:AlternateContent></w:r>')
    return parse_xml(xml)


BOXES_1 = [
    (1, ["1 384 особи", "отримали соціальні послуги", "(2023 рік – 1 205)"], False),
    (2, ["6 217 послуг", "надано за рік"], False),
    (3, ["218 сімей", "пройшли оцінку потреб"], False),
]
BOXES_2 = [
    (4, ["41 сім'я", "під соціальним супроводом (97 дітей)"], True),
    (5, ["29 сімей", "подолали складні життєві обставини"], True),
    (6, ["12 прийомних сімей і ДБСТ", "у них виховується 38 дітей"], True),
]
BOXES_3 = [
    (7, ["27 групових заходів", "640 учасників"], False),
    (8, ["94,6 %", "отримувачів задоволені якістю послуг"], False),
    (9, ["0 скарг", "на роботу фахівців"], False),
    (10, ["Громада: 42 населені пункти", "26,7 тис. мешканців"], True),
]

ROWS = [
    ("Інформування", "612", "1 904"),
    ("Консультування", "498", "3 127"),
    ("Соціальний супровід сімей у СЖО", "152", "881"),
    ("Соціальна профілактика", "122", "305"),
]
TOTAL = ("Всього", "1 384", "6 217")
SVC = ["informing", "counselling", "social_support_sjo", "social_prevention"]


def add_box_row(d, boxes):
    p = d.add_paragraph()
    for i, (n, lines, callout) in enumerate(boxes):
        fill = "FFF2CC" if callout else "DEEAF6"
        p._p.append(shape_run(n, lines, x=i * 1500000, y=0, w=1400000, h=1000000, callout=callout, fill=fill))
    for _ in range(5):  # empty paragraphs that make room for the boxes, as people do in Word
        d.add_paragraph()


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Центр соціальних служб Муровано-Куриловецької селищної ради")
    r.bold = True
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("2024 рік у цифрах")
    r.bold = True
    r.font.size = Pt(20)
    d.add_paragraph("Центр соціальних служб Муровано-Куриловецької селищної ради утворено рішенням 14 сесії 8 скликання "
                    "селищної ради від 23.12.2021 № 386. Інфографіку підготовлено до звіту селищного голови про "
                    "підсумки 2024 року.")
    add_box_row(d, BOXES_1)
    add_box_row(d, BOXES_2)
    add_box_row(d, BOXES_3)
    paras = [
        "Протягом 2024 року до Центру надійшли повідомлення про 356 сімей/осіб, які можуть перебувати у складних "
        "життєвих обставинах. Оцінку потреб проведено 218 сім'ям, складні життєві обставини виявлено у 164 сімей (75,2 %).",
        "Під соціальним супроводом перебувало 43 сім'ї: 19 сімей взято під супровід у 2024 році, 24 сім'ї "
        "продовжували отримувати послугу з 2023 року. Завершено супровід 33 сімей: 29 – з позитивним результатом, "
        "3 – у зв'язку з переїздом, 1 – у зв'язку з відмовою від послуги. Надання послуги продовжено у 2025 році 10 сім'ям.",
        "Соціальне супроводження прийомних сімей і дитячих будинків сімейного типу здійснювали 2 фахівці, "
        "кожну сім'ю відвідано не рідше 1 разу на місяць. На телефон гарячої лінії Центру надійшло 186 дзвінків.",
        "В опитуванні щодо якості послуг, проведеному в листопаді 2024 року, взяли участь 112 отримувачів.",
        "Соціальні послуги за видами:",
    ]
    for t in paras:
        d.add_paragraph(t)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Соціальна послуга", "Отримувачів, осіб", "Надано послуг")):
        t.rows[0].cells[i].text = h
    for row in ROWS + [TOTAL]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    tail = [
        "Штатна чисельність Центру – 12 посад, працює 11 фахівців. Підвищили кваліфікацію 7 фахівців (курси "
        "обласного центру соціальних служб, вебінари Мінсоцполітики).",
        "У 2025 році Центр планує запровадити послугу підтриманого проживання для 6 осіб з числа випускників закладів.",
        "24401, смт Муровані Курилівці, вул. Соборна, 115, тел. (04356) 0-21-63",
    ]
    for x in tail:
        d.add_paragraph(x)
    fix_docx_props(d, author="ЦСС")
    d.save(path)
    freeze_zip(path, when=(2025, 1, 20, 9, 0, 0))


def num(s):
    return int(s.replace(" ", ""))


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Муровано-Куриловецької селищної ради",
        "centre_type": "css", "settlement": "Муровані Курилівці",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        meta_alt={"report_kind": ["other"]})
    f = g.f
    # text boxes and callouts (each once, though Word stores each box twice)
    b1 = f("served", "persons", 1384, "1 384 особи", note="text box 1; caption «отримали соціальні послуги»")
    b2 = f("services_provided", "services", 6217, "6 217 послуг", note="text box 2")
    b3 = f("needs_assessed", "families", 218, "218 сімей", note="text box 3; caption «пройшли оцінку потреб»")
    c4 = f("served", "families", 41, "41 сім'я", service="social_support_sjo", alt=["support_ongoing"],
           note="callout 4; caption «під соціальним супроводом (97 дітей)»")
    c4c = f("served", "children", 97, "під соціальним супроводом (97 дітей)", service="social_support_sjo",
            alt=["support_ongoing"], parent=c4)
    c5 = f("outcome_positive", "families", 29, "подолали складні життєві обставини",
           note="callout 5: «29 сімей» / «подолали складні життєві обставини»; the quote is the caption, the figure is the box's first paragraph «29 сімей»")
    c6 = f("served", "families", 12, "12 прийомних сімей і ДБСТ", service="social_support_foster")
    c6c = f("served", "children", 38, "у них виховується 38 дітей", service="social_support_foster", parent=c6)
    b7 = f("events", "events", 27, "27 групових заходів")
    b7p = f("event_participants", "persons", 640, "640 учасників", parent=b7)
    b8 = f("satisfaction", "percent", 94.6, "отримувачів задоволені якістю послуг", alt=["share"],
           note="text box 8: «94,6 %» / «отримувачів задоволені якістю послуг»")
    b9 = f("complaints", "complaints", 0, "0 скарг")
    # paragraphs
    nt = f("notified", "families_persons", 356, "надійшли повідомлення про 356 сімей/осіб")
    na = f("needs_assessed", "families", 218, "Оцінку потреб проведено 218 сім'ям")
    sjo = f("in_difficult_circumstances", "families", 164, "виявлено у 164 сімей (75,2 %)", percent=75.2, parent=na)
    sup = f("served", "families", 43, "Під соціальним супроводом перебувало 43 сім'ї", service="social_support_sjo",
            alt=["support_ongoing"])
    st = f("support_started", "families", 19, "19 сімей взято під супровід у 2024 році", service="social_support_sjo",
           group="support_43_by_start", parent=sup)
    cont = f("served", "families", 24, "24 сім'ї", service="social_support_sjo", label="продовжували отримувати послугу з 2023 року",
             alt=["support_ongoing"], group="support_43_by_start", parent=sup)
    cm = f("support_completed", "families", 33, "Завершено супровід 33 сімей", service="social_support_sjo", parent=sup)
    og = "completed_33_by_outcome"
    o1 = f("outcome_positive", "families", 29, "29 – з позитивним результатом", group=og, parent=cm)
    o2 = f("outcome_other", "families", 3, "3 – у зв'язку з переїздом", label="переїзд", group=og, parent=cm)
    o3 = f("outcome_other", "families", 1, "1 – у зв'язку з відмовою від послуги", label="відмова від послуги", group=og, parent=cm)
    ong = f("support_ongoing", "families", 10, "Надання послуги продовжено у 2025 році 10 сім'ям", service="social_support_sjo")
    cl = f("calls", "calls", 186, "надійшло 186 дзвінків")
    resp = f("survey_respondents", "recipients", 112, "взяли участь 112 отримувачів", unit_alt="persons")
    # table
    tq = "\t".join(TOTAL)
    t1 = f("served", "persons", num(TOTAL[1]), tq, label="Всього")
    t2 = f("services_provided", "services", num(TOTAL[2]), tq, label="Всього")
    rc, rs = [], []
    for i, row in enumerate(ROWS):
        q = "\t".join(row)
        rc.append(f("served", "persons", num(row[1]), q, service=SVC[i], group="table_served", parent=t1))
        rs.append(f("services_provided", "services", num(row[2]), q, service=SVC[i], group="table_services", parent=t2))
    pos = f("staff_positions", "positions", 12, "Штатна чисельність Центру – 12 посад")
    act = f("staff_actual", "staff", 11, "працює 11 фахівців")
    tr = f("staff_trained", "staff", 7, "Підвищили кваліфікацію 7 фахівців")

    g.check("table_arithmetic", tq, "612 + 498 + 152 + 122 = 1 384", " + ".join(rc) + f" == {t1}")
    g.check("table_arithmetic", tq, "1 904 + 3 127 + 881 + 305 = 6 217", " + ".join(rs) + f" == {t2}")
    g.check("internal_conflict", "1 384 особи", "text box 1 and the table's Всього agree (1 384); text box 2 and the table agree (6 217)",
            f"{b1} == {t1} and {b2} == {t2}")
    g.check("internal_conflict", "218 сімей", "text box 3 and the paragraph agree (218 families assessed)", f"{b3} == {na}")
    g.check("internal_conflict", "подолали складні життєві обставини",
            "callout 5 and the paragraph agree (29 families with a positive result)", f"{c5} == {o1}")
    g.check("percent_mismatch", "виявлено у 164 сімей (75,2 %)", "164 / 218 = 75,23 % → 75,2", f"pct_ok(p{sjo[1:]}, {sjo}, {na}, 1)")
    g.check("parts_sum", "Під соціальним супроводом перебувало 43 сім'ї", "19 + 24 = 43", f"{st} + {cont} == {sup}")
    g.check("parts_sum", "Завершено супровід 33 сімей", "29 + 3 + 1 = 33", f"{o1} + {o2} + {o3} == {cm}")
    g.check("parts_sum", "Надання послуги продовжено у 2025 році 10 сім'ям", "43 − 33 = 10", f"{sup} - {cm} == {ong}")
    g.check("percent_impossible", "отримувачів задоволені якістю послуг", "94,6 % is reachable with 112 respondents (106 of 112)",
            f"grim_ok({b8}, {resp}, 1)")
    g.check("parts_sum", "працює 11 фахівців", "7 trained ≤ 11 working ≤ 12 positions", f"{tr} <= {act} <= {pos}")
    g.slip("internal_conflict", "error", "41 сім'я", 41, 43, [c4, sup],
           "callout 4 says 41 families under social support, the paragraph says 43 (19 taken in 2024 + 24 continued from 2023 = 43, "
           "and 43 − 33 completed = 10 continued into 2025). The callout carries a stale figure",
           f"{c4} == {sup}")

    g.skip("(2023 рік – 1 205)", [2023, 1205], "prior-year figure in the caption of text box 1")
    g.skip("2024 рік у цифрах", [2024], "year in the title")
    g.skip("рішенням 14 сесії 8 скликання селищної ради від 23.12.2021 № 386", [14, 8, 23, 12, 2021, 386],
           "session, convocation, decision date and number")
    g.skip("підсумки 2024 року", [2024], "year")
    g.skip("здійснювали 2 фахівці, кожну сім'ю відвідано не рідше 1 разу на місяць", [2, 1],
           "specialists assigned to foster families (a subset of staff, not a §3 figure) and visit frequency")
    g.skip("Громада: 42 населені пункти", [42, 26.7], "settlements and population «26,7 тис. мешканців» (callout 10)")
    g.skip("в листопаді 2024 року", [2024], "month of the survey")
    g.skip("Надання послуги продовжено у 2025 році", [2025], "year (the 10 is a fact)")
    g.skip("У 2025 році Центр планує запровадити послугу підтриманого проживання для 6 осіб", [2025, 6], "2025 plan")
    g.skip("24401, смт Муровані Курилівці, вул. Соборна, 115, тел. (04356) 0-21-63", [24401, 115, 4356, 2163],
           "postcode, address, phone")
    g.note("infographic: nine text boxes and callouts hold key figures. Word stores each box twice (DrawingML in mc:Choice, VML in mc:Fallback); the gold holds each box's figure once")
    g.note("a figure written both in a box and in the body (1 384 and 6 217 in the table, 218 and 29 in the paragraphs) is two facts, one per place, as blind18 counts figures written twice. Only the 41 vs 43 families under support disagree (internal_conflict)")
    g.note("box quotes are taken inside one box paragraph (the figure line or the caption line), because how the reader separates the paragraphs of a box is not part of the contract")
    g.note("«0 скарг» → complaints 0; «94,6 %» → satisfaction (alt share) checked by GRIM against the 112 respondents of the paragraph")
    g.note("«12 прийомних сімей і ДБСТ» → served, social_support_foster, families (ДБСТ counted as families), with 38 children")
    g.note("report_kind annual_report (the year's results); meta_alt other for the infographic form")
    g.write()


if __name__ == "__main__":
    main()
