"""b73_07: КУ «Центр надання соціальних послуг» Кам'яномостівської сільської ради (Миколаївська),
annual report 2024, as a council clerk saves it in LibreOffice Writer: an OpenDocument text (.odt)
written by hand (mimetype stored first, META-INF/manifest.xml, content.xml, styles.xml, meta.xml).
content.xml has text:h, text:p, text:list, a table:table with a header row and float cell values,
text:s runs of spaces, text:tab, text:soft-page-break (one in the middle of a list, one in the
middle of a sentence), rsid-style text:span runs that split numbers, empty paragraphs, a bookmark,
and a footnote (text:note).
Planted slip: internal_conflict (table 1 says 58 home-care recipients, section 3 says 61)."""
from xml.sax.saxutils import escape
from common import Gold, report_path, write_zip_by_hand

DOC = "b73_07_kamianyi_mist_cnsp_annual2024.odt"

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'office:version="1.3"')


def P(body, style="P1"):
    return f'<text:p text:style-name="{style}">{body}</text:p>'


def H(body, level=2):
    return f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{body}</text:h>'


def cell(v, num=False, style="Table1.A2"):
    if num:
        raw = v.replace(" ", "")
        return (f'<table:table-cell table:style-name="{style}" office:value-type="float" office:value="{raw}">'
                f'<text:p text:style-name="Table_20_Contents">{escape(v)}</text:p></table:table-cell>')
    return (f'<table:table-cell table:style-name="{style}" office:value-type="string">'
            f'<text:p text:style-name="Table_20_Contents">{escape(v)}</text:p></table:table-cell>')


_LID = [0]


def LST(items, soft_after=None):
    _LID[0] += 1
    out = ['<text:list xml:id="list{0}" text:style-name="L1">'.format(3187450 + 7 * _LID[0])]
    for i, it in enumerate(items):
        out.append(f'<text:list-item>{P(it, "P7")}</text:list-item>')
        if soft_after == i:
            out.append('<text:soft-page-break/>')
    out.append('</text:list>')
    return "".join(out)


TABLE_ROWS = [("Інформування", "214", "302"), ("Консультування", "176", "388"),
              ("Догляд вдома", "58", "12 410"), ("Денний догляд", "22", "2 860"),
              ("Натуральна допомога", "133", "267")]
TOTAL = ("Всього", "603", "16 227")

FOOT = ('<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        '<text:note-body><text:p text:style-name="Footnote">Враховано також звернення, що надійшли через '
        'Урядову гарячу лінію 1545 та ЦНАП сільської ради.</text:p></text:note-body></text:note>')


def content():
    b = []
    b.append(P('<text:bookmark text:name="_top"/>ЗАТВЕРДЖЕНО', "P2"))
    b.append(P('рішенням виконавчого комітету<text:line-break/>Кам’яномостівської сільської ради'
               '<text:line-break/>від 14.02.2025<text:s text:c="3"/>№ 19', "P2"))
    b.append(P("", "P1"))
    b.append(H("ЗВІТ", 1))
    b.append(P("про роботу комунальної установи «Центр надання соціальних послуг» Кам’яномостівської "
               "сільської ради Первомайського району Миколаївської області за 2024 рік", "P3"))
    b.append(P("", "P1"))
    b.append(H("1. Загальні відомості"))
    b.append(P("Центр утворено рішенням сесії сільської ради від 26.11.2021 № 8-XIV/VIII.<text:s/> Адреса: 55223, "
               "Миколаївська обл., Первомайський р-н, с. Кам’яний Міст, вул. Миру, 3, тел. (05161) 0-52-43. "
               "Центр обслуговує 11 населених пунктів громади, у яких проживає 6 214 осіб, у тому числі "
               "1 873 особи віком понад 60 років."))
    b.append(H("2. Надання соціальних послуг"))
    b.append(P(f"Протягом 2024 року до Центру звернулося 684 особи{FOOT}. Соціальні послуги отримали "
               '<text:span text:style-name="T1">60</text:span><text:span text:style-name="T2">3</text:span>'
               " особи,<text:s text:c=\"2\"/>яким надано 16 227 послуг (у 2023 році – 571 особа та 15 040 послуг). "
               "Дані про надані послуги наведено в таблиці 1."))
    b.append(P("Таблиця 1", "P4"))
    t = ['<table:table table:name="Таблиця1" table:style-name="Table1">'
         '<table:table-column table:style-name="Table1.A"/>'
         '<table:table-column table:style-name="Table1.B" table:number-columns-repeated="2"/>'
         '<table:table-header-rows><table:table-row>'
         + cell("Назва послуги", style="Table1.A1") + cell("Кількість отримувачів, осіб", style="Table1.A1")
         + cell("Кількість наданих послуг", style="Table1.A1") + '</table:table-row></table:table-header-rows>']
    for name, n, s in TABLE_ROWS + [TOTAL]:
        t.append("<table:table-row>" + cell(name) + cell(n, True) + cell(s, True) + "</table:table-row>")
    t.append("</table:table>")
    b.append("".join(t))
    b.append(P("Серед отримувачів соціальних послуг:"))
    b.append(LST(["особи похилого віку – 287 (47,6 %);", "особи з інвалідністю – 164 (27,2 %);",
                  "внутрішньо переміщені особи – 97 (16,1 %);", "сім’ї з дітьми – 55 (9,1 %)."], soft_after=1))
    b.append(P("", "P1"))
    b.append(H("3. Догляд вдома та соціальний супровід"))
    b.append(P("Послугу догляду вдома надавали 6 соціальних робітників 61 особі. Протягом року взято на "
               "обслуговування 14 осіб, знято з обслуговування 11 (9 – у зв’язку зі смертю, 2 – у зв’язку "
               "з переїздом)."))
    b.append(P("Соціальний супровід сімей, які перебувають у складних життєвих обставинах, здійснювався щодо "
               "9 сімей, у яких виховується 21 дитина. Завершено супровід 5 сімей, з них 4 – з позитивним "
               "результатом,<text:soft-page-break/> 1 – у зв’язку зі зміною місця проживання."))
    b.append(H("4. Кадрове забезпечення"))
    b.append(P("Штатним розписом передбачено 18 штатних одиниць, фактично зайнято 16.<text:s/> Протягом року "
               '<text:span text:style-name="T1">7</text:span> працівників пройшли навчання (онлайн-курси, '
               "семінари обласного центру соціальних служб)."))
    b.append(H("5. Фінансування"))
    b.append(P("Касові видатки загального фонду за 2024 рік становили 4 386,9 тис. грн при затверджених "
               "кошторисом 4 412,0 тис. грн (виконання – 99,4 %)."))
    b.append(H("6. Якість послуг"))
    b.append(P("В опитуванні взяли участь 96 отримувачів, 91 % з них задоволені якістю послуг. Надійшли дві "
               "скарги, обидві розглянуто, порушень не встановлено."))
    b.append(H("7. Завдання на 2025 рік"))
    b.append(LST(["запровадити послугу підтриманого проживання для 4 осіб;",
                  "збільшити кількість отримувачів догляду вдома до 70 осіб."]))
    b.append(P("", "P1"))
    b.append(P("Директор ЦНСП<text:tab/><text:tab/><text:tab/>___________", "P5"))
    auto = ('<office:automatic-styles>'
            '<style:style style:name="Table1" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>'
            '<style:style style:name="Table1.A" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>'
            '<style:style style:name="Table1.B" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>'
            '<style:style style:name="Table1.A1" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>'
            '<style:style style:name="Table1.A2" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>'
            '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm"/></style:style>'
            '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="10cm"/></style:style>'
            '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>'
            '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/></style:style>'
            '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Standard"/>'
            '<style:style style:name="P7" style:family="paragraph" style:parent-style-name="List_20_Paragraph" style:list-style-name="L1"/>'
            '<style:style style:name="T1" style:family="text"><style:text-properties officeooo:rsid="0012a4f1" xmlns:officeooo="http://openoffice.org/2009/office"/></style:style>'
            '<style:style style:name="T2" style:family="text"><style:text-properties officeooo:rsid="0013c2e7" xmlns:officeooo="http://openoffice.org/2009/office"/></style:style>'
            '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="–"/></text:list-style>'
            '</office:automatic-styles>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-content {NS}>'
            '<office:font-face-decls/>' + auto +
            '<office:body><office:text><text:sequence-decls/>' + "".join(b) +
            '</office:text></office:body></office:document-content>')


STYLES = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          f'<office:document-styles {NS}><office:styles>'
          '<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="14pt"/></style:style>'
          '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard"/>'
          '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard"/>'
          '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph"/>'
          '<style:style style:name="Footnote" style:family="paragraph"/>'
          '</office:styles></office:document-styles>')
META = ('<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-meta {NS}><office:meta>'
        '<meta:generator>LibreOffice/7.3.7.2$Windows_X86_64 LibreOffice_project/e114eadc50a9ff8d8c8a0567d6da8f454beeb84f</meta:generator>'
        '<meta:creation-date>2025-02-12T09:14:00</meta:creation-date><dc:date>2025-02-14T10:31:00</dc:date>'
        '<meta:editing-cycles>7</meta:editing-cycles></office:meta></office:document-meta>')
MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
            '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>')


def build(path):
    write_zip_by_hand(path, [("mimetype", b"application/vnd.oasis.opendocument.text"),
                             ("META-INF/manifest.xml", MANIFEST.encode("utf-8")),
                             ("content.xml", content().encode("utf-8")),
                             ("styles.xml", STYLES.encode("utf-8")),
                             ("meta.xml", META.encode("utf-8"))])


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Кам'яномостівської сільської ради", "centre_type": "cnsp",
        "settlement": "Кам'яний Міст", "oblast": "Миколаївська", "report_kind": "annual_report",
        "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Кам'яномостівської сільської ради",
                    "КУ «Центр надання соціальних послуг» Кам'яномостівської сільської ради"]})
    ap = g.f("applied", "persons", 684, "до Центру звернулося 684 особи")
    sv = g.f("served", "persons", 603, "Соціальні послуги отримали 603 особи")
    sp = g.f("services_provided", "services", 16227, "яким надано 16 227 послуг")
    T = g.f("served", "persons", 603, "Всього\t603\t16 227", label="Всього, отримувачів")
    TS = g.f("services_provided", "services", 16227, "Всього\t603\t16 227", label="Всього")
    SV = {"Інформування": "informing", "Консультування": "counselling", "Догляд вдома": "home_care",
          "Денний догляд": "day_care", "Натуральна допомога": "natural_aid"}
    R, RS = {}, {}
    for name, n, s in TABLE_ROWS:
        q = f"{name}\t{n}\t{s}"
        R[name] = g.f("served", "persons", int(n.replace(" ", "")), q, service=SV[name], group="table1_recipients", parent=T)
        RS[name] = g.f("services_provided", "services", int(s.replace(" ", "")), q, service=SV[name],
                       group="table1_services", parent=TS)
    cats = [("особи похилого віку", 287, 47.6, "особи похилого віку – 287 (47,6 %)"),
            ("особи з інвалідністю", 164, 27.2, "особи з інвалідністю – 164 (27,2 %)"),
            ("внутрішньо переміщені особи", 97, 16.1, "внутрішньо переміщені особи – 97 (16,1 %)"),
            ("сім'ї з дітьми", 55, 9.1, "сім'ї з дітьми – 55 (9,1 %)")]
    C = [g.f("served", "persons", v, q, percent=p, category=c, group="served_603_by_category", parent=sv)
         for c, v, p, q in cats]
    hc = g.f("served", "persons", 61, "Послугу догляду вдома надавали 6 соціальних робітників 61 особі", service="home_care")
    hw = g.f("staff_actual", "staff", 6, "Послугу догляду вдома надавали 6 соціальних робітників",
             service="home_care", label="соціальні робітники")
    hn = g.f("served", "persons", 14, "взято на \nобслуговування 14 осіб".replace(" \n", " "), service="home_care",
             alt=["registered_new", "support_started"], label="взято на обслуговування", parent=hc)
    hd = g.f("deregistered", "persons", 11, "знято з обслуговування 11", service="home_care")
    h1 = g.f("deregistered", "persons", 9, "9 – у зв'язку зі смертю", service="home_care", label="у зв'язку зі смертю",
             group="dereg_11_by_reason", parent=hd)
    h2 = g.f("deregistered", "persons", 2, "2 – у зв'язку \nз переїздом".replace(" \n", " "), service="home_care",
             label="у зв'язку з переїздом", group="dereg_11_by_reason", parent=hd)
    ss = g.f("served", "families", 9, "здійснювався щодо \n9 сімей".replace(" \n", " "), service="social_support_sjo",
             alt=["support_ongoing"])
    g.f("served", "children", 21, "у яких виховується 21 дитина", service="social_support_sjo",
        alt=["support_ongoing"], parent=ss)
    sc = g.f("support_completed", "families", 5, "Завершено супровід 5 сімей", service="social_support_sjo", parent=ss)
    o1 = g.f("outcome_positive", "families", 4, "з них 4 – з позитивним \nрезультатом".replace(" \n", " "),
             service="social_support_sjo", group="completed_5_by_result", parent=sc)
    o2 = g.f("outcome_other", "families", 1, "1 – у зв'язку зі зміною місця проживання", service="social_support_sjo",
             label="зміна місця проживання", group="completed_5_by_result", parent=sc)
    pos = g.f("staff_positions", "positions", 18, "Штатним розписом передбачено 18 штатних одиниць")
    act = g.f("staff_actual", "staff", 16, "фактично зайнято 16")
    tr = g.f("staff_trained", "staff", 7, "7 працівників пройшли навчання")
    bs = g.f("budget_spent", "uah", 4386900, "Касові видатки загального фонду за 2024 рік становили 4 386,9 тис. грн",
             percent=99.4, label="загальний фонд")
    ba = g.f("budget_approved", "uah", 4412000, "при затверджених \nкошторисом 4 412,0 тис. грн".replace(" \n", " "),
             label="загальний фонд, кошторис на 2024 рік")
    rs = g.f("survey_respondents", "recipients", 96, "В опитуванні взяли участь 96 отримувачів", unit_alt="persons")
    sat = g.f("satisfaction", "percent", 91, "91 % з них задоволені якістю послуг")
    g.f("complaints", "complaints", 2, "Надійшли дві \nскарги".replace(" \n", " "), note="number in words: «дві»")

    hct = R["Догляд вдома"]
    g.slip("internal_conflict", "error", "Послугу догляду вдома надавали 6 соціальних робітників 61 особі", 61, 58,
           [hct, hc], "home-care recipients in 2024: table 1 says 58, section 3 says 61 (same indicator, unit, service and period)",
           f"{hct} == {hc}")
    g.check("table_arithmetic", "Всього\t603\t16 227", "recipients: 214 + 176 + 58 + 22 + 133 = 603",
            " + ".join(R.values()) + f" == {T}")
    g.check("table_arithmetic", "Всього\t603\t16 227", "services: 302 + 388 + 12 410 + 2 860 + 267 = 16 227",
            " + ".join(RS.values()) + f" == {TS}")
    g.check("internal_conflict", "яким надано 16 227 послуг", "prose 603 / 16 227 = table Всього 603 / 16 227; 603 ≤ 684 applied",
            f"{sv} == {T} and {sp} == {TS} and {sv} <= {ap}")
    g.check("parts_sum", "Серед отримувачів соціальних послуг:", "287 + 164 + 97 + 55 = 603", " + ".join(C) + f" == {sv}")
    g.check("percent_mismatch", "особи похилого віку – 287 (47,6 %);",
            "287/603 = 47,60; 164/603 = 27,20; 97/603 = 16,09 → 16,1; 55/603 = 9,12 → 9,1",
            " and ".join(f"pct_ok(p{c[1:]}, {c}, {sv}, 1)" for c in C))
    g.check("percents_sum", "сім'ї з дітьми – 55 (9,1 %).", "47,6 + 27,2 + 16,1 + 9,1 = 100,0",
            "psum_ok([" + ", ".join(f"p{c[1:]}" for c in C) + "], 1)")
    g.check("parts_sum", "знято з обслуговування 11 (9 – у зв'язку зі смертю", "9 + 2 = 11", f"{h1} + {h2} == {hd}")
    g.check("parts_sum", "Завершено супровід 5 сімей, з них 4", "4 + 1 = 5 ≤ 9", f"{o1} + {o2} == {sc} and {sc} <= {ss}")
    g.check("parts_sum", "фактично зайнято 16", "16 ≤ 18; 7 trained ≤ 16; 6 social workers ≤ 16",
            f"{act} <= {pos} and {tr} <= {act} and {hw} <= {act}")
    g.check("percent_mismatch", "(виконання – 99,4 %)", "4 386,9 / 4 412,0 = 99,43 % → 99,4", f"pct_ok(p{bs[1:]}, {bs}, {ba}, 1)")
    g.check("percent_impossible", "91 % з них задоволені якістю послуг", "91 % of 96 is reachable (87 of 96 = 90,6 → 91)",
            f"grim_ok({sat}, {rs}, 0)")

    g.skip("від 14.02.2025 № 19", [14, 2, 2025, 19], "approval decision date and number")
    g.skip("Кам'яномостівської сільської ради Первомайського району Миколаївської області за 2024 рік", [2024], "report year")
    g.skip("від 26.11.2021 № 8-XIV/VIII", [26, 11, 2021, 8], "decision date and number")
    g.skip("55223, Миколаївська обл., Первомайський р-н, с. Кам'яний Міст, вул. Миру, 3, тел. (05161) 0-52-43",
           [55223, 3, 5161, 5243], "postcode, address, phone")
    g.skip("Центр обслуговує 11 населених пунктів громади, у яких проживає 6 214 осіб, у тому числі 1 873 особи віком понад 60 років.",
           [11, 6214, 1873, 60], "settlement count, population, age")
    g.skip("Протягом 2024 року", [2024], "report year")
    g.skip("(у 2023 році – 571 особа та 15 040 послуг)", [2023, 571, 15040], "prior-year figures")
    g.skip("Дані про надані послуги наведено в таблиці 1.", [1], "table number")
    g.skip("Таблиця 1", [1], "table caption")
    g.skip("Урядову гарячу лінію 1545", [1545], "hotline number in the footnote")
    g.skip("¹", [1], "footnote mark")
    g.skip("за 2024 рік становили", [2024], "year")
    g.skip("запровадити послугу підтриманого проживання для 4 осіб;", [4], "plan for 2025")
    g.skip("збільшити кількість отримувачів догляду вдома до 70 осіб.", [70], "plan for 2025")
    g.skip("7. Завдання на 2025 рік", [7, 2025], "section number, plan year")
    g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6, 7], "section numbers 1.–7.")
    g.note("ODT: the reader joins rsid spans (60|3 → 603), collapses text:s, prints the footnote mark as «¹» and the footnote at the end")
    g.note("the «Серед отримувачів» list sums to 603 with percentages summing to 100, so it is treated as a partition (group)")
    g.note("table 1: rows hang on the Всього cell of their column; prose 603 / 16 227 and table Всього are separate facts")
    g.note("«дві скарги» → complaints 2 (number in words)")
    g.note("budget: only the general-fund spent/approved of the year, no KEKV; «виконання – 99,4 %» is the spent row's percent")
    g.write()


if __name__ == "__main__":
    main()
