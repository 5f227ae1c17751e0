"""b112_07: ТЦСО Краснолуцької сільської ради, annual report 2022 as an ODT written by LibreOffice Writer
(content.xml / styles.xml / meta.xml / manifest built by hand; outline-numbered headings, a table with merged
cells, a text frame, soft page breaks, text:s runs inside numbers)."""
from common import Gold, report_path, write_odt, ODT_NS

NAME = "b112_07_krasna_luka_tcso_annual2022.odt"
S = "<text:s/>"


def p(text, style="P2"):
    return f'<text:p text:style-name="{style}">{text}</text:p>\n'


def h(level, text):
    style = "Heading_20_1" if level == 1 else "Heading_20_2"
    return f'<text:h text:style-name="{style}" text:outline-level="{level}">{text}</text:h>\n'


def cell(text, style="A1", span=None, rows=None, pstyle="Table_20_Contents"):
    a = f' table:style-name="Table1.{style}" office:value-type="string"'
    if span:
        a += f' table:number-columns-spanned="{span}"'
    if rows:
        a += f' table:number-rows-spanned="{rows}"'
    return f'<table:table-cell{a}><text:p text:style-name="{pstyle}">{text}</text:p></table:table-cell>'


COV = "<table:covered-table-cell/>"
ROWS = [("Відділення соціальної допомоги вдома", "118", "97", f"14{S}236"),
        ("Відділення денного перебування", "36", "36", f"2{S}104"),
        ("Відділення організації надання адресної натуральної допомоги", "258", "258", "516")]
TOTAL = ("Разом", "412", "391", f"16{S}856")

table = ['<table:table table:name="Таблиця1" table:style-name="Table1">',
         '<table:table-column table:style-name="Table1.A"/>',
         '<table:table-column table:style-name="Table1.B" table:number-columns-repeated="3"/>',
         '<table:table-header-rows>',
         "<table:table-row>" + cell("Відділення", rows=2, pstyle="Table_20_Heading") +
         cell("Обслуговано осіб", span=2, pstyle="Table_20_Heading") + COV +
         cell("Надано послуг", rows=2, pstyle="Table_20_Heading") + "</table:table-row>",
         "<table:table-row>" + COV + cell("усього", pstyle="Table_20_Heading") +
         cell("у т. ч. безоплатно", pstyle="Table_20_Heading") + COV + "</table:table-row>",
         '</table:table-header-rows>']
for i, r in enumerate(ROWS):
    if i == 2:
        table.append("<text:soft-page-break/>")
    table.append("<table:table-row>" + "".join(cell(x) for x in r) + "</table:table-row>")
table.append("<table:table-row>" + "".join(cell(x, pstyle="P5") for x in TOTAL) + "</table:table-row>")
table.append("<table:table-row>" + cell("Дані станом на 31.12.2022; кожного отримувача враховано один раз – за основним відділенням.",
                                         span=4, pstyle="P6") + COV * 3 + "</table:table-row>")
table.append("</table:table>")

frame = ('<draw:frame draw:style-name="fr1" draw:name="Рамка1" text:anchor-type="paragraph" svg:x="11.2cm" svg:y="0.1cm" '
         'svg:width="5.6cm" draw:z-index="0"><draw:text-box fo:min-height="3.2cm">'
         '<text:p text:style-name="Frame_20_contents">2022 рік у цифрах:</text:p>'
         '<text:p text:style-name="Frame_20_contents">412 отримувачів</text:p>'
         f'<text:p text:style-name="Frame_20_contents">16{S}856 соціальних послуг</text:p>'
         '<text:p text:style-name="Frame_20_contents">38 нових отримувачів</text:p>'
         '<text:p text:style-name="Frame_20_contents">1 скарга</text:p>'
         '</draw:text-box></draw:frame>')

body = "".join([
    p("Краснолуцька сільська рада Миргородського району Полтавської області", "P1"),
    p("Територіальний центр соціального обслуговування (надання соціальних послуг)", "P1"),
    p("37643, с. Красна Лука, вул. Шкільна, 3, тел. (05345) 0-51-62, tcso.krasnaluka@example.ua, ЄДРПОУ 42617390", "P1"),
    p("ЗВІТ", "P3"),
    p("про роботу територіального центру за 2022 рік", "P3"),
    h(1, "Загальні відомості"),
    p("Територіальний центр утворено рішенням сесії Краснолуцької сільської ради від 28.01.2021 № 3-5/VIII. "
      "Центр обслуговує жителів 14 населених пунктів громади."),
    h(1, "Соціальне обслуговування"),
    p(frame + f"Протягом 2022 року територіальним центром обслуговано 412 осіб, що на 27 більше, ніж у 2021 році. "
      "Серед обслугованих вдома – 11 внутрішньо переміщених осіб, які прибули з Харківської та Донецької областей."),
    h(2, "Обслуговування за відділеннями"),
    p("Таблиця 1", "P4"),
    "".join(table),
    "<text:soft-page-break/>",
    h(2, "Рух отримувачів"),
    p("Взято на обслуговування 38 осіб, знято з обслуговування 41 особу, з них: у зв'язку зі смертю – 26, "
      "влаштовано до стаціонарних закладів – 9, у зв'язку з виїздом за межі громади – 6."),
    p("Натуральну допомогу (продуктові набори, засоби гігієни, ковдри) видано на загальну суму 203,8"
      f"{S}тис.{S}грн."),
    h(1, "Якість послуг"),
    p("В анкетуванні, проведеному у грудні 2022 року, взяли участь 52 отримувачі послуг; повністю задоволені "
      "якістю послуг 87,3 % опитаних. Протягом року надійшла одна скарга (щодо запізнення соціального робітника); "
      "під час перевірки факти не<text:soft-page-break/> підтвердилися."),
    h(1, "Кадри"),
    p("Штатний розпис – 23 посади, фактично працює 21 особа, у тому числі 15 соціальних робітників. "
      "Четверо працівників пройшли навчання за програмою підвищення кваліфікації."),
    h(1, "Фінансування"),
    p(f"Кошторисом на 2022 рік затверджено 4{S}418,7 тис. грн, касові видатки склали 4{S}402,3 тис. грн, "
      "економія – 16,4 тис. грн. До спеціального фонду за платні послуги надійшло 52,6 тис. грн."),
    p(f"Директор<text:tab/>_____________", "P7"),
    p("30.01.2023", "P7"),
])

AUTO = """<office:automatic-styles>
<style:style style:name="Table1" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
<style:style style:name="Table1.A" style:family="table-column"><style:table-column-properties style:column-width="7.4cm"/></style:style>
<style:style style:name="Table1.B" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>
<style:style style:name="Table1.A1" style:family="table-cell"><style:table-cell-properties fo:padding="0.097cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm"/></style:style>
<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="P6" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
<style:style style:name="P7" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="12cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties style:wrap="parallel" style:vertical-pos="from-top" style:horizontal-pos="from-left" fo:border="0.06pt solid #000000" fo:padding="0.15cm"/></style:style>
</office:automatic-styles>"""

CONTENT = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODT_NS}>\n'
           '<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="\'Liberation Serif\'" '
           'style:font-family-generic="roman" style:font-pitch="variable"/></office:font-face-decls>\n'
           f'{AUTO}\n<office:body><office:text>\n'
           '<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
           '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/></text:sequence-decls>\n'
           f'{body}</office:text></office:body></office:document-content>\n')

STYLES = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODT_NS}>\n'
          '<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="\'Liberation Serif\'" '
          'style:font-family-generic="roman" style:font-pitch="variable"/></office:font-face-decls>\n<office:styles>\n'
          '<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="uk" fo:country="UA"/></style:default-style>\n'
          '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>\n'
          '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-bottom="0.247cm"/></style:style>\n'
          '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>\n'
          '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:list-style-name="" style:class="text"/>\n'
          '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:list-style-name="" style:class="text"><style:text-properties fo:font-size="13pt" fo:font-style="italic"/></style:style>\n'
          '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>\n'
          '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>\n'
          '<style:style style:name="Frame_20_contents" style:display-name="Frame contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>\n'
          '<style:style style:name="Frame" style:family="graphic"><style:graphic-properties text:anchor-type="paragraph" svg:x="0cm" svg:y="0cm" style:wrap="parallel"/></style:style>\n'
          '<text:outline-style style:name="Outline">\n'
          '<text:outline-level-style text:level="1" style:num-format="1" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.762cm" fo:margin-left="0.762cm"/></style:list-level-properties></text:outline-level-style>\n'
          '<text:outline-level-style text:level="2" style:num-format="1" style:num-suffix="." text:display-levels="2"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-1.016cm" fo:margin-left="1.016cm"/></style:list-level-properties></text:outline-level-style>\n'
          '</text:outline-style>\n</office:styles>\n'
          '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" '
          'fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="1.5cm"/></style:page-layout></office:automatic-styles>\n'
          '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>\n'
          '</office:document-styles>\n')

META = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODT_NS}><office:meta>'
        '<meta:creation-date>2023-01-27T09:14:00</meta:creation-date><dc:date>2023-01-30T11:02:00</dc:date>'
        '<meta:editing-cycles>7</meta:editing-cycles><meta:editing-duration>PT2H41M</meta:editing-duration>'
        '<meta:generator>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</meta:generator>'
        '<dc:title>Звіт ТЦСО за 2022 рік</dc:title><dc:language>uk-UA</dc:language>'
        '<meta:document-statistic meta:table-count="1" meta:object-count="0" meta:page-count="2" meta:paragraph-count="38"/>'
        '</office:meta></office:document-meta>\n')

write_odt(report_path(NAME), CONTENT, STYLES, META, when=(2023, 1, 30, 11, 2, 0))

# ---------------------------------------------------------------- gold
g = Gold(NAME, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Краснолуцької сільської ради",
    "centre_type": "tcso", "settlement": "Красна Лука", "oblast": "Полтавська",
    "report_kind": "annual_report", "period_start": "2022-01-01", "period_end": "2022-12-31"},
    {"centre": ["Територіальний центр соціального обслуговування (надання соціальних послуг)"],
     "settlement": ["Краснолуцька сільська громада"]})


def rowq(r):
    return "\t".join(x.replace(S, " ") for x in r)


def num(x):
    return int(x.replace(S, ""))


fr_r = g.f("served", "recipients", 412, "412 отримувачів", unit_alt="persons", label="рамка «2022 рік у цифрах»")
fr_s = g.f("services_provided", "services", 16856, "16 856 соціальних послуг", label="рамка «2022 рік у цифрах»")
fr_n = g.f("served", "recipients", 38, "38 нових отримувачів", unit_alt="persons", alt=["registered_new", "support_started"],
           label="нові отримувачі (рамка)")
fr_c = g.f("complaints", "complaints", 1, "1 скарга", note="frame; the prose gives the same complaint in words")
sv = g.f("served", "persons", 412, "Протягом 2022 року територіальним центром обслуговано 412 осіб")
TQ = rowq(TOTAL)
t_s = g.f("served", "persons", 412, TQ, label="Разом (таблиця 1)")
t_f = g.f("served", "persons", 391, TQ, label="Разом, у т. ч. безоплатно", parent=t_s)
t_p = g.f("services_provided", "services", 16856, TQ, label="Разом (таблиця 1)")
SVC = ["home_care", "day_care", "natural_aid"]
rs, rf, rp = [], [], []
for r, s in zip(ROWS, SVC):
    q = rowq(r)
    a = g.f("served", "persons", num(r[1]), q, service=s, district=r[0], group="t1_served", parent=t_s)
    rs.append(a)
    rf.append(g.f("served", "persons", num(r[2]), q, service=s, district=r[0], label="у т. ч. безоплатно", group="t1_free", parent=t_f))
    rp.append(g.f("services_provided", "services", num(r[3]), q, service=s, district=r[0], group="t1_services", parent=t_p))
g.f("served", "persons", 11, "Серед обслугованих вдома – 11 внутрішньо переміщених осіб", service="home_care",
    category="внутрішньо переміщені особи", parent=rs[0])
nw = g.f("served", "persons", 38, "Взято на обслуговування 38 осіб", alt=["registered_new", "support_started"], label="взято на обслуговування")
dr = g.f("deregistered", "persons", 41, "знято з обслуговування 41 особу")
dp = [g.f("deregistered", "persons", 26, "у зв'язку зі смертю – 26", label="у зв'язку зі смертю", group="dereg_41", parent=dr),
      g.f("deregistered", "persons", 9, "влаштовано до стаціонарних закладів – 9", label="влаштування до стаціонарних закладів", group="dereg_41", parent=dr),
      g.f("deregistered", "persons", 6, "у зв'язку з виїздом за межі громади – 6", label="виїзд за межі громади", group="dereg_41", parent=dr)]
g.f("aid_value", "uah", 203800, "видано на загальну суму 203,8 тис. грн", service="natural_aid")
sr = g.f("survey_respondents", "recipients", 52, "взяли участь 52 отримувачі послуг", unit_alt="persons")
sat = g.f("satisfaction", "percent", 87.3, "повністю задоволені якістю послуг 87,3 % опитаних", label="повністю задоволені якістю послуг", alt=["share"])
cm = g.f("complaints", "complaints", 1, "Протягом року надійшла одна скарга", note="number in words: «одна» = 1")
pos = g.f("staff_positions", "positions", 23, "Штатний розпис – 23 посади")
act = g.f("staff_actual", "staff", 21, "фактично працює 21 особа")
sw = g.f("staff_actual", "staff", 15, "у тому числі 15 соціальних робітників", label="соціальні робітники", parent=act)
g.f("staff_trained", "staff", 4, "Четверо працівників пройшли навчання", note="number in words: «Четверо» = 4")
ba = g.f("budget_approved", "uah", 4418700, "Кошторисом на 2022 рік затверджено 4 418,7 тис. грн")
bs = g.f("budget_spent", "uah", 4402300, "касові видатки склали 4 402,3 тис. грн")
bv = g.f("budget_savings", "uah", 16400, "економія – 16,4 тис. грн")
g.f("budget_received", "uah", 52600, "До спеціального фонду за платні послуги надійшло 52,6 тис. грн", label="спеціальний фонд, платні послуги")

g.slip("percent_impossible", "error", "взяли участь 52 отримувачі послуг; повністю задоволені якістю послуг 87,3 % опитаних", 87.3,
       "86,5 or 88,5", [sat, sr],
       "GRIM: with 52 respondents at one decimal the reachable shares near 87,3 are 45/52 = 86,5 % and 46/52 = 88,5 %; no whole number of the 52 gives 87,3 %",
       f"grim_ok({sat}, {sr}, 1)")
g.check("table_arithmetic", TQ, "118 + 36 + 258 = 412", f"{' + '.join(rs)} == {t_s}")
g.check("table_arithmetic", TQ, "97 + 36 + 258 = 391", f"{' + '.join(rf)} == {t_f}")
g.check("table_arithmetic", TQ, "14 236 + 2 104 + 516 = 16 856", f"{' + '.join(rp)} == {t_p}")
g.check("table_arithmetic", rowq(ROWS[0]), "in each row: free of charge ≤ all served", " and ".join(f"{a} <= {b}" for a, b in zip(rf, rs)))
g.check("internal_conflict", "обслуговано 412 осіб", "prose 412 = table Разом 412 = frame 412", f"{sv} == {t_s} == {fr_r}")
g.check("internal_conflict", "16 856 соціальних послуг", "frame 16 856 = table Разом 16 856", f"{fr_s} == {t_p}")
g.check("internal_conflict", "38 нових отримувачів", "frame 38 = prose «Взято на обслуговування 38 осіб»; frame «1 скарга» = prose «одна скарга»",
        f"{fr_n} == {nw} and {fr_c} == {cm}")
g.check("parts_sum", "знято з обслуговування 41 особу, з них:", "26 + 9 + 6 = 41", f"{' + '.join(dp)} == {dr}")
g.check("table_arithmetic", "економія – 16,4 тис. грн", "4 418,7 − 4 402,3 = 16,4 тис. грн", f"{ba} - {bs} == {bv}")
g.check("parts_sum", "фактично працює 21 особа, у тому числі 15 соціальних робітників", "15 ≤ 21 ≤ 23", f"{sw} <= {act} <= {pos}")

g.skip("37643, с. Красна Лука, вул. Шкільна, 3, тел. (05345) 0-51-62", [37643, 3, 5345, 5162], "postcode, address, phone")
g.skip("ЄДРПОУ 42617390", [42617390], "ЄДРПОУ")
g.skip("рішенням сесії Краснолуцької сільської ради від 28.01.2021 № 3-5/VIII", [28, 1, 2021, 3, 5], "decision date and number")
g.skip("Центр обслуговує жителів 14 населених пунктів громади.", [14], "settlements")
g.skip("2022 рік у цифрах:", [2022], "year (frame title)")
g.skip("що на 27 більше, ніж у 2021 році", [27, 2021], "difference from the prior year")
g.skip("Таблиця 1", [1], "table number")
g.skip("Дані станом на 31.12.2022", [31, 12, 2022], "date (table note)")
g.skip("проведеному у грудні 2022 року", [2022], "survey month")
g.skip("30.01.2023", [30, 1, 2023], "date")
g.note("ODT: the reader prints the headings without their outline numbers (the numbering lives in styles.xml), the text frame's paragraphs "
       "before the text of the paragraph it is anchored to, the merged header as one row («Відділення / Обслуговано осіб / Надано послуг») "
       "with its second row «усього / у т. ч. безоплатно», and `text:s` inside numbers as one space (16 856)")
g.note("the frame «2022 рік у цифрах» repeats four figures of the text: each is its own fact (figures written twice); «отримувачів» → unit recipients (unit_alt persons)")
g.note("table 1: every cell is a fact quoted by its row; rows hang on the Разом cell of the same column; the department goes in `district` and its service in `service`; "
       "«у т. ч. безоплатно» is a served fact with a label, hanging on the Разом free column")
g.note("«Взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → deregistered with labelled reasons")
g.note("«одна скарга», «Четверо працівників»: numbers in words, facts")
g.note("slip: 87,3 % satisfied of 52 respondents is impossible at one decimal (GRIM)")
g.write()
