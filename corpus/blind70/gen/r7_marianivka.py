"""b70_07: КУ «ЦНСП» Мар'янівської селищної ради (Волинська), «2024 рік у цифрах» — an infographic page made
in Word: the figures sit in text boxes (mc:AlternateContent with wps:txbx / w:txbxContent and the VML fallback
v:textbox with the same content), next to ordinary paragraphs and one ordinary table. python-docx + raw XML."""
import docx
from docx.oxml import parse_xml
from docx.shared import Pt
from xml.sax.saxutils import escape
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b70_07_marianivka_cnsp_infographic2024.docx"

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def _paras(lines):
    out = []
    for ln in lines:
        big = ln.startswith("!")
        ln = ln.lstrip("!")
        rpr = ('<w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="44"/></w:rPr>' if big
               else '<w:rPr><w:sz w:val="18"/></w:rPr>')
        out.append(f'<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr>'
                   f'<w:r>{rpr}<w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>')
    return "".join(out)


def box(n, lines, x, y, cx=1700000, cy=950000, fill="DEEBF7", shape="roundRect"):
    """A floating text box as Word 2010+ writes it: DrawingML (wps) in mc:Choice, VML in mc:Fallback."""
    c = _paras(lines)
    vml = "roundrect" if shape == "roundRect" else "rect"
    return parse_xml(
        f'<w:r {NS}><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + n}" '
        f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{n}" name="Надпис {n}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="{shape}"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        f'<a:ln w="12700"><a:solidFill><a:srgbClr val="2E75B6"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{c}</w:txbxContent></wps:txbx>'
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="45720" tIns="45720" rIns="45720" bIns="45720" anchor="ctr">'
        f'<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:{vml} id="Надпис {n}" o:spid="_x0000_s{1025 + n}" '
        f'style="position:absolute;margin-left:{x / 12700:.1f}pt;margin-top:{y / 12700:.1f}pt;width:{cx / 12700:.1f}pt;'
        f'height:{cy / 12700:.1f}pt;z-index:{n};mso-wrap-style:square" fillcolor="#{fill.lower()}" strokecolor="#2e75b6" strokeweight="1pt">'
        f'<v:textbox><w:txbxContent>{c}</w:txbxContent></v:textbox><w10:wrap anchorx="margin"/></v:{vml}></w:pict>'
        f'</mc:Fallback></mc:AlternateContent></w:r>')


def make(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    p = d.add_paragraph()
    p._p.append(box(1, ["!2024 РІК У ЦИФРАХ", "КУ «Центр надання соціальних послуг» Мар'янівської селищної ради"],
                    0, 0, cx=5700000, cy=700000, fill="1F4E79", shape="rect"))
    d.add_paragraph("Шановні мешканці громади! Пропонуємо коротко, у цифрах, підсумки роботи нашого Центру за 2024 рік. "
                    "Дані – станом на 31.12.2024, за журналами обліку отримувачів.")
    p = d.add_paragraph()
    p._p.append(box(2, ["!1 046", "осіб отримали соціальні послуги"], 0, 100000))
    p._p.append(box(3, ["!18 734", "соціальних послуги надано"], 1950000, 100000))
    p._p.append(box(4, ["!412", "отримувачів – внутрішньо переміщені особи (39,4 %)"], 3900000, 100000))
    d.add_paragraph("Центр працює з 01.03.2021 (рішення селищної ради від 18.12.2020 № 2/14) і обслуговує 23 населені "
                    "пункти громади з населенням 14,2 тис. осіб. Послуги надаються у приміщенні Центру, за місцем "
                    "проживання отримувачів та виїзною мобільною бригадою.")
    p = d.add_paragraph()
    p._p.append(box(12, ["!203", "звернення до Центру"], 0, 80000, fill="E2F0D9"))
    p._p.append(box(13, ["!58 осіб", "пройшли оцінку потреб"], 1950000, 80000, fill="E2F0D9"))
    d.add_paragraph("Отримувачі та обсяги послуг за 2024 рік:")
    rows = [("Послуга", "Отримувачів", "Надано послуг"),
            ("Догляд вдома", "96", "9 870"),
            ("Денний догляд", "31", "2 604"),
            ("Консультування", "588", "1 932"),
            ("Натуральна допомога", "304", "304"),
            ("Соціальний супровід (сімей)", "27", "1 214"),
            ("Інші (інформування, посередництво)", "–", "2 810")]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    d.add_paragraph("Натуральну допомогу (1 260 продуктових наборів і 410 гігієнічних наборів від партнерських "
                    "благодійних фондів) отримали 304 особи; вартість переданої допомоги – 1,18 млн грн. Підвищили "
                    "кваліфікацію 8 працівників Центру.")
    p = d.add_paragraph()
    p._p.append(box(5, ["!27 сімей", "під соціальним супроводом,", "з них 9 сімей ВПО (34,6 %)"], 0, 120000))
    p._p.append(box(6, ["!11 / 9 / 7", "взято під супровід / завершено / з позитивним результатом"], 1950000, 120000))
    p._p.append(box(7, ["!97 %", "отримувачів задоволені якістю послуг", "(опитано 134 особи)"], 3900000, 120000))
    d.add_paragraph("")
    p = d.add_paragraph()
    p._p.append(box(8, ["!38 заходів", "1 215 учасників"], 0, 100000, fill="FFF2CC"))
    p._p.append(box(9, ["!27 працівників", "з них 19 соціальних робітників"], 1950000, 100000, fill="FFF2CC"))
    p._p.append(box(10, ["!0 скарг", "142 виїзди мобільної бригади"], 3900000, 100000, fill="FFF2CC"))
    d.add_paragraph("Касові видатки Центру у 2024 році склали 6,94 млн грн, з них на оплату праці – 5,31 млн грн. "
                    "У 2025 році плануємо відкрити відділення денного догляду для дітей з інвалідністю на 12 місць.")
    p = d.add_paragraph()
    p._p.append(box(11, ["45734, Волинська обл., Луцький р-н, селище Мар'янівка, вул. Незалежності, 7",
                         "тел. (03379) 0-22-64 • пн–пт 8:00–17:00"], 0, 0, cx=5700000, cy=420000, fill="F2F2F2", shape="rect"))
    d.add_paragraph("Інфографіку підготовлено 14.01.2025. Сторінка 1/1")
    fix_docx_props(d, "ЦНСП Мар'янівка")
    d.save(path)
    freeze_zip(path)


def build():
    path = report_path(DOC)
    make(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Мар'янівської селищної ради",
        "centre_type": "cnsp", "settlement": "Мар'янівка", "oblast": "Волинська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Мар'янівської селищної ради",
                    "КУ «Центр надання соціальних послуг» Мар'янівської селищної ради"],
         "report_kind": ["other"]})
    f = g.f
    sv = f("served", "persons", 1046, "1 046\nосіб отримали соціальні послуги")
    sp = f("services_provided", "services", 18734, "18 734\nсоціальних послуги надано")
    vp = f("served", "persons", 412, "412\nотримувачів – внутрішньо переміщені особи (39,4 %)", percent=39.4,
           category="внутрішньо переміщені особи", parent=sv)
    ap = f("applied", "applications", 203, "203\nзвернення до Центру", unit_alt="persons")
    na = f("needs_assessed", "persons", 58, "58 осіб\nпройшли оцінку потреб")
    rows = [("Догляд вдома\t96\t9 870", "home_care", "persons", 96, 9870),
            ("Денний догляд\t31\t2 604", "day_care", "persons", 31, 2604),
            ("Консультування\t588\t1 932", "counselling", "persons", 588, 1932),
            ("Натуральна допомога\t304\t304", "natural_aid", "persons", 304, 304),
            ("Соціальний супровід (сімей)\t27\t1 214", "social_support_sjo", "families", 27, 1214)]
    tab = []
    for q, svc, u, a, b in rows:
        x = f("served", u, a, q, service=svc, group="table_recipients_by_service", parent=sv)
        y = f("services_provided", "services", b, q, service=svc, group="table_services_by_service", parent=sp)
        tab.append((x, y))
    oth = f("services_provided", "services", 2810, "Інші (інформування, посередництво)\t–\t2 810",
            label="інші (інформування, посередництво)", group="table_services_by_service", parent=sp)
    nr = f("served", "persons", 304, "отримали 304 особи", service="natural_aid")
    av = f("aid_value", "uah", 1180000, "вартість переданої допомоги – 1,18 млн грн", label="натуральна допомога")
    tr = f("staff_trained", "staff", 8, "Підвищили кваліфікацію 8 працівників Центру.")
    ss = f("served", "families", 27, "27 сімей\nпід соціальним супроводом,", service="social_support_sjo",
           alt=["support_ongoing"])
    si = f("served", "families", 9, "з них 9 сімей ВПО (34,6 %)", percent=34.6, service="social_support_sjo",
           category="внутрішньо переміщені особи", parent=ss)
    q3 = "11 / 9 / 7\nвзято під супровід / завершено / з позитивним результатом"
    st = f("support_started", "families", 11, q3, service="social_support_sjo", parent=ss)
    sc = f("support_completed", "families", 9, q3, service="social_support_sjo", parent=ss)
    op = f("outcome_positive", "families", 7, q3, service="social_support_sjo", parent=sc)
    sf = f("satisfaction", "percent", 97, "97 %\nотримувачів задоволені якістю послуг")
    rs = f("survey_respondents", "persons", 134, "(опитано 134 особи)")
    ev = f("events", "events", 38, "38 заходів")
    ep = f("event_participants", "persons", 1215, "1 215 учасників", parent=ev)
    sa = f("staff_actual", "staff", 27, "27 працівників")
    sw = f("staff_actual", "staff", 19, "з них 19 соціальних робітників", label="соціальні робітники", parent=sa)
    cp = f("complaints", "complaints", 0, "0 скарг")
    bs = f("budget_spent", "uah", 6940000, "Касові видатки Центру у 2024 році склали 6,94 млн грн")
    bw = f("budget_spent", "uah", 5310000, "з них на оплату праці – 5,31 млн грн", label="оплата праці", parent=bs)

    g.slip("percent_mismatch", "error", "з них 9 сімей ВПО (34,6 %)", 34.6, 33.3, [si, ss],
           "9 of the 27 families under support is 33,3 %, not 34,6 % (34,6 % would be 9 of 26)",
           f"pct_ok(p{si[1:]}, {si}, {ss}, 1)")
    g.check("table_arithmetic", "Послуга\tОтримувачів\tНадано послуг",
            "Отримувачів: 96 + 31 + 588 + 304 + 27 = 1 046 (the box total)", " + ".join(x for x, _ in tab) + f" == {sv}")
    g.check("table_arithmetic", "Послуга\tОтримувачів\tНадано послуг",
            "Надано послуг: 9 870 + 2 604 + 1 932 + 304 + 1 214 + 2 810 = 18 734 (the box total)",
            " + ".join(y for _, y in tab) + f" + {oth} == {sp}")
    g.check("percent_mismatch", "412\nотримувачів – внутрішньо переміщені особи (39,4 %)", "412 / 1 046 = 39,39 % → 39,4",
            f"pct_ok(p{vp[1:]}, {vp}, {sv}, 1)")
    g.check("internal_conflict", "Соціальний супровід (сімей)\t27\t1 214",
            "27 families in the table = 27 in the box; 304 natural-aid recipients in the table = prose",
            f"{tab[4][0]} == {ss} and {tab[3][0]} == {nr}")
    g.check("parts_sum", q3, "11 taken and 9 completed ≤ 27; 7 positive ≤ 9 completed",
            f"{st} <= {ss} and {sc} <= {ss} and {op} <= {sc}")
    g.check("percent_impossible", "(опитано 134 особи)", "97 % is reachable with 134 respondents (130 of 134 = 97,01 %)",
            f"grim_ok({sf}, {rs}, 0)")
    g.check("parts_sum", "з них 19 соціальних робітників", "19 ≤ 27; 8 trained ≤ 27", f"{sw} <= {sa} and {tr} <= {sa}")
    g.check("parts_sum", "з них на оплату праці – 5,31 млн грн", "5,31 ≤ 6,94 млн грн", f"{bw} <= {bs}")

    g.skip("2024 РІК У ЦИФРАХ", [2024], "report year")
    g.skip("підсумки роботи нашого Центру за 2024 рік", [2024], "report year")
    g.skip("Отримувачі та обсяги послуг за 2024 рік:", [2024], "report year")
    g.skip("Дані – станом на 31.12.2024", [31, 12, 2024], "date")
    g.skip("Центр працює з 01.03.2021 (рішення селищної ради від 18.12.2020 № 2/14)", [1, 3, 2021, 18, 12, 2020, 2, 14],
           "dates, decision number")
    g.skip("обслуговує 23 населені пункти громади з населенням 14,2 тис. осіб", [23, 14200], "settlements, population")
    g.skip("(1 260 продуктових наборів і 410 гігієнічних наборів", [1260, 410], "items handed out")
    g.skip("142 виїзди мобільної бригади", [142], "mobile-team trips (no §3 id)")
    g.skip("У 2025 році плануємо відкрити відділення денного догляду для дітей з інвалідністю на 12 місць.", [2025, 12], "plan")
    g.skip("45734, Волинська обл., Луцький р-н, селище Мар'янівка, вул. Незалежності, 7", [45734, 7], "postcode, address")
    g.skip("тел. (03379) 0-22-64 • пн–пт 8:00–17:00", [3379, 0, 22, 64, 8, 0, 17, 0], "phone, office hours")
    g.skip("Інфографіку підготовлено 14.01.2025. Сторінка 1/1", [14, 1, 2025, 1, 1], "date, page number")
    g.note("the figures sit in Word text boxes (wps:txbx in mc:Choice with a VML v:textbox fallback holding the same "
           "paragraphs); `zvitparse read` prints each box once, as its paragraphs on separate lines, so a box's big "
           "number and its caption are on two lines and the quotes contain the line break")
    g.note("«11 / 9 / 7 — взято під супровід / завершено / з позитивним результатом»: three facts from one box, matched by "
           "position")
    g.note("the table has no Разом row; its columns add up to the box totals 1 046 and 18 734 (the «Соціальний супровід "
           "(сімей)» row counts families, the others persons)")
    g.note("«203 звернення до Центру» → applied, unit applications (unit_alt persons)")
    g.note("natural aid 304 is written twice (table row and prose) → two facts; the 27 families under support likewise")
    g.note("report_kind annual_report (a summary of the year); meta_alt allows other for the infographic form")
    g.write()
    return g


if __name__ == "__main__":
    build()
