"""b35_07: КУ «ЦНСП» Петрівської селищної ради, annual table 2023 — an Excel sheet saved as a web page
(«Веб-сторінка») and published on the council site as is: windows-1251, x: namespaces, class=xlNN cells,
mso-number-format styles, empty rows and cells, colspan/rowspan header, no-break-space thousands."""
from common import Gold, report_path, write_text

DOC = "b35_07_petrove_cnsp_annual2023.htm"
NB = "&nbsp;"

HEAD = r'''<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1251">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<link rel=File-List href="zvit_2023.files/filelist.xml">
<style id="zvit_2023_28813_Styles">
<!--table
	{mso-displayed-decimal-separator:"\,";
	mso-displayed-thousand-separator:"\00A0";}
.font528813
	{color:windowtext;
	font-size:10.0pt;
	font-weight:400;
	font-style:normal;
	font-family:"Times New Roman", serif;
	mso-font-charset:204;}
.xl6328813
	{padding-top:1px;
	padding-right:1px;
	padding-left:1px;
	mso-ignore:padding;
	color:black;
	font-size:11.0pt;
	font-family:Calibri, sans-serif;
	mso-font-charset:204;
	mso-number-format:General;
	vertical-align:bottom;
	mso-background-source:auto;
	mso-pattern:auto;
	white-space:nowrap;}
.xl65
	{mso-style-parent:style0;
	font-family:"Times New Roman", serif;
	mso-number-format:"\#\,\#\#0";
	text-align:right;
	border:.5pt solid windowtext;}
.xl66
	{mso-style-parent:style0;
	font-family:"Times New Roman", serif;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl67
	{mso-style-parent:style0;
	font-family:"Times New Roman", serif;
	mso-number-format:"\#\,\#\#0\.00";
	text-align:right;
	border:.5pt solid windowtext;}
.xl68
	{mso-style-parent:style0;
	font-family:"Times New Roman", serif;
	font-weight:700;
	text-align:center;
	vertical-align:middle;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl69
	{mso-style-parent:style0;
	font-family:"Times New Roman", serif;
	font-size:12.0pt;
	font-weight:700;
	text-align:center;
	white-space:normal;}
.xl70
	{mso-style-parent:style0;
	font-family:"Times New Roman", serif;
	mso-number-format:0;
	text-align:center;
	border:.5pt solid windowtext;}
.xl71
	{mso-style-parent:style0;
	font-family:"Times New Roman", serif;
	font-style:italic;}
.xl72
	{mso-style-parent:style0;
	font-family:"Times New Roman", serif;
	mso-number-format:"0\.0";
	text-align:right;
	border:.5pt solid windowtext;}
-->
</style>
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook>
  <x:ExcelWorksheets>
   <x:ExcelWorksheet>
    <x:Name>звіт 2023</x:Name>
    <x:WorksheetOptions>
     <x:DefaultRowHeight>300</x:DefaultRowHeight>
     <x:Print>
      <x:ValidPrinterInfo/>
      <x:PaperSizeIndex>9</x:PaperSizeIndex>
      <x:HorizontalResolution>600</x:HorizontalResolution>
     </x:Print>
     <x:Selected/>
     <x:Panes>
      <x:Pane>
       <x:Number>3</x:Number>
       <x:ActiveRow>27</x:ActiveRow>
       <x:ActiveCol>4</x:ActiveCol>
      </x:Pane>
     </x:Panes>
    </x:WorksheetOptions>
   </x:ExcelWorksheet>
  </x:ExcelWorksheets>
  <x:WindowHeight>7755</x:WindowHeight>
  <x:WindowWidth>20490</x:WindowWidth>
 </x:ExcelWorkbook>
</xml><![endif]-->
</head>

<body link="#0563C1" vlink="#954F72" class=xl6328813>
'''


def td(v="", cls="xl66", num=None, extra=""):
    if v == "":
        return f"  <td class={cls}{extra}>&nbsp;</td>" if cls in ("xl65", "xl66", "xl67", "xl70") else f"  <td{extra}></td>"
    a = f' x:num="{num}"' if num is not None else (" x:num" if cls in ("xl65", "xl70") else "")
    return f"  <td class={cls}{extra}{a}>{v}</td>"


def n(x):
    s = f"{x:,}".replace(",", NB)
    return s


def money(x):
    whole, frac = f"{x:,.2f}".split(".")
    return whole.replace(",", NB) + "," + frac


ROWS = [
    # no, name, recipients, idp, children, services
    (1, "Догляд вдома", 143, 11, None, 9482),
    (2, "Денний догляд", 27, 3, None, 1356),
    (3, "Консультування", 318, 74, 41, 702),
    (4, "Інформування", 405, 96, None, 405),
    (5, "Соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах", 34, 8, 61, 1118),
    (6, "Натуральна допомога", 512, 187, None, 512),
    (7, "Соціальне таксі", 46, None, None, 139),
    (8, "Екстрене (кризове) втручання", 12, 5, 4, 27),
]
KEY = [
    ("Надійшло заяв про надання соціальних послуг", 612, 574),
    ("Проведено оцінювань індивідуальних потреб", 587, 549),
    ("Відмовлено у наданні послуг", 9, 14),
    ("Проведено групових заходів (тренінги, групи взаємопідтримки)", 24, 19),
    ("Кількість учасників групових заходів, осіб", 356, 301),
    ("Взяли участь в анкетуванні отримувачів, осіб", 96, 88),
    ("Задоволені якістю послуг, %", "94,8", "92,0"),
    ("Надійшло скарг", 0, 1),
]
TOT = (sum(r[2] for r in ROWS), 394, sum(r[4] or 0 for r in ROWS), sum(r[5] for r in ROWS))  # 394: the slip (384)


def tr(cells, h=20):
    return f" <tr height={h} style='height:{h * 0.75:.1f}pt'>\n" + "\n".join(cells) + "\n </tr>"


def empty_row(h=20):
    return tr(["  <td height=%d style='height:%.1fpt'></td>" % (h, h * 0.75)] + ["  <td></td>"] * 6, h)


def build():
    out = [HEAD]
    out.append("<p class=xl71>Додаток до рішення виконавчого комітету Петрівської селищної ради від 15.02.2024 № 38</p>")
    out.append("<p class=xl71>Оприлюднено відповідно до Закону України «Про доступ до публічної інформації» (файл «zvit_2023.xlsx», аркуш «звіт 2023»)</p>")
    out.append("<p class=xl71>Звіт розглянуто на засіданні виконавчого комітету 15.02.2024. Дані наведено станом на 01.01.2024 "
               "за первинним обліком установи (журнали обліку, особові справи отримувачів).</p>")
    out.append("<div id=\"zvit_2023_28813\" align=center x:publishsource=\"Excel\">")
    out.append("<table border=0 cellpadding=0 cellspacing=0 width=861 class=xl6328813\n style='border-collapse:\n collapse;table-layout:fixed;width:646pt'>")
    out.append(" <col class=xl6328813 width=38 style='mso-width-source:userset;mso-width-alt:1389;width:29pt'>")
    out.append(" <col class=xl6328813 width=311 style='mso-width-source:userset;mso-width-alt:11373;width:233pt'>")
    out.append(" <col class=xl6328813 width=96 span=4 style='mso-width-source:userset;mso-width-alt:3510;width:72pt'>")
    out.append(" <col class=xl6328813 width=128 style='width:96pt'>")
    out.append(tr(["  <td height=20 class=xl6328813 width=38 style='height:15.0pt;width:29pt'></td>",
                   "  <td class=xl6328813 width=311 style='width:233pt'></td>"] + ["  <td class=xl6328813 width=96></td>"] * 4
                  + ["  <td class=xl71 width=128 style='width:96pt'>Таблиця 1</td>"]))
    out.append(tr(["  <td colspan=7 height=42 class=xl69 style='height:31.5pt'>Звіт про надання соціальних послуг "
                   "Комунальною установою «Центр надання соціальних послуг» Петрівської селищної ради "
                   "Кіровоградської області за 2023 рік</td>"], 42))
    out.append(empty_row())
    out.append(tr(["  <td rowspan=2 height=60 class=xl68 style='height:45.0pt'>№ з/п</td>",
                   "  <td rowspan=2 class=xl68>Назва соціальної послуги</td>",
                   "  <td colspan=3 class=xl68 style='border-left:none'>Кількість отримувачів, осіб</td>",
                   "  <td rowspan=2 class=xl68>Кількість наданих послуг, од.</td>",
                   "  <td rowspan=2 class=xl68>Примітка</td>"], 20))
    out.append(tr(["  <td height=40 class=xl68 style='height:30.0pt;border-top:none;border-left:none'>усього</td>",
                   "  <td class=xl68 style='border-top:none;border-left:none'>у т.ч. ВПО</td>",
                   "  <td class=xl68 style='border-top:none;border-left:none'>у т.ч. дітей</td>"], 40))
    out.append(tr(["  <td height=20 class=xl70 style='height:15.0pt' x:num>1</td>", td("2", "xl70", 2), td("3", "xl70", 3),
                   td("4", "xl70", 4), td("5", "xl70", 5), td("6", "xl70", 6), td("7", "xl70", 7)]))
    for no, name, rec, idp, ch, sv in ROWS:
        note = "за направленнями УСЗН" if no == 6 else ("поїздок – 139" if no == 7 else "")
        cells = [td(str(no), "xl70", no), td(name), td(n(rec), "xl65", rec),
                 td(n(idp) if idp is not None else "", "xl65", idp),
                 td(n(ch) if ch is not None else "", "xl65", ch),
                 td(n(sv), "xl65", sv), td(note)]
        out.append(tr(cells, 40 if len(name) > 40 else 20))
        if no == 4:
            out.append(empty_row())
    out.append(tr(["  <td class=xl66>&nbsp;</td>", td("Разом"), td(n(TOT[0]), "xl65", TOT[0]), td(n(TOT[1]), "xl65", TOT[1]),
                   td(n(TOT[2]), "xl65", TOT[2]), td(n(TOT[3]), "xl65", TOT[3]), td("")]))
    out.append(empty_row())
    out.append(empty_row())
    out.append(tr(["  <td height=20 class=xl6328813 style='height:15.0pt'></td>",
                   "  <td colspan=3 class=xl69>Фінансування установи (загальний фонд)</td>", "  <td></td>", "  <td></td>", "  <td></td>"]))
    fin = [("Затверджено кошторисом на 2023 рік, грн", 6418300.00),
           ("Касові видатки за 2023 рік, грн", 6201874.56),
           ("Економія, грн", 216425.44)]
    for label, v in fin:
        out.append(tr(["  <td></td>", td(label), td(money(v), "xl67", f"{v:.2f}".rstrip("0").rstrip(".")),
                       "  <td></td>", "  <td></td>", "  <td></td>", "  <td></td>"]))
    out.append(empty_row())
    out.append(tr(["  <td height=20 class=xl6328813 style='height:15.0pt'></td>",
                   "  <td class=xl69>Основні показники діяльності</td>", "  <td class=xl68>2023 рік</td>",
                   "  <td class=xl68>2022 рік</td>", "  <td></td>", "  <td></td>", "  <td></td>"]))
    for label, v, prev in KEY:
        out.append(tr(["  <td></td>", td(label), td(n(v) if isinstance(v, int) else v, "xl65", v if isinstance(v, int) else None),
                       td(n(prev) if isinstance(prev, int) else prev, "xl65", prev if isinstance(prev, int) else None),
                       "  <td></td>", "  <td></td>", "  <td></td>"]))
    out.append(empty_row())
    other = [("Штатна чисельність, посад", "38,5", "38.5", "xl72"),
             ("Фактично зайнято працівників (на 31.12.2023)", "35", "35", "xl65"),
             ("Кількість населених пунктів, що обслуговуються", "27", "27", "xl65"),
             ("Середньомісячна кількість отримувачів догляду вдома", "118", "118", "xl65")]
    for label, v, num, cls in other:
        out.append(tr(["  <td></td>", td(label), td(v, cls, num), "  <td></td>", "  <td></td>", "  <td></td>", "  <td></td>"]))
    out.append(empty_row())
    out.append(tr(["  <td height=20 class=xl6328813 style='height:15.0pt'></td>",
                   "  <td class=xl6328813>Директор</td>", "  <td colspan=2 class=xl6328813>____________________</td>",
                   "  <td></td>", "  <td colspan=2 class=xl6328813>Головний бухгалтер ____________</td>"]))
    out.append(tr(["  <td></td>", "  <td class=xl71>Виконавець: тел. (05237) 0-94-16</td>", "  <td></td>", "  <td></td>",
                   "  <td></td>", "  <td></td>", "  <td></td>"]))
    out.append(" <![if supportMisc]>\n <tr height=0 style='display:none'>\n  <td width=38 style='width:29pt'></td>\n"
               "  <td width=311 style='width:233pt'></td>\n  <td width=96 style='width:72pt'></td>\n"
               "  <td width=96 style='width:72pt'></td>\n  <td width=96 style='width:72pt'></td>\n"
               "  <td width=96 style='width:72pt'></td>\n  <td width=128 style='width:96pt'></td>\n </tr>\n <![endif]>")
    out.append("</table>\n\n</div>\n\n\n<!----------------------------->\n<!--END OF OUTPUT FROM EXCEL PUBLISH AS WEB PAGE WIZARD-->\n<!----------------------------->\n</body>\n\n</html>\n")
    return "\n".join(out)


SERV = {1: "home_care", 2: "day_care", 3: "counselling", 4: "informing", 5: "social_support_sjo",
        6: "natural_aid", 7: "social_taxi", 8: "crisis_intervention"}


def rowq(no, name, rec, idp, ch, sv):
    cell = lambda v: "" if v is None else f"{v:,}".replace(",", " ")
    return "\t".join([str(no), name, cell(rec), cell(idp), cell(ch), cell(sv)])


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Петрівської селищної ради",
        "centre_type": "cnsp",
        "settlement": "Петрове",
        "oblast": "Кіровоградська",
        "report_kind": "annual_report",
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
        "published": None,
    }, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Петрівської селищної ради",
                            "Комунальна установа «Центр надання соціальних послуг» Петрівської селищної ради Кіровоградської області",
                            "Центр надання соціальних послуг Петрівської селищної ради Кіровоградської області"]})
    del g.meta["published"]
    f = g.f
    tq = "\tРазом\t1 497\t394\t106\t13 741"
    T_rec = f("served", "persons", 1497, tq, label="Разом")
    T_idp = f("served", "persons", 394, tq, label="Разом", category="внутрішньо переміщені особи", parent=T_rec)
    T_ch = f("served", "children", 106, tq, label="Разом", parent=T_rec)
    T_sv = f("services_provided", "services", 13741, tq, label="Разом")
    ids = {"rec": [], "idp": [], "ch": [], "sv": []}
    for no, name, rec, idp, ch, sv in ROWS:
        q = rowq(no, name, rec, idp, ch, sv)
        srv = SERV[no]
        ids["rec"].append(f("served", "persons", rec, q, service=srv, label=name, group="table1_recipients", parent=T_rec))
        if idp is not None:
            ids["idp"].append(f("served", "persons", idp, q, service=srv, label=name, category="внутрішньо переміщені особи",
                                group="table1_idp", parent=T_idp))
        if ch is not None:
            ids["ch"].append(f("served", "children", ch, q, service=srv, label=name, group="table1_children", parent=T_ch))
        ids["sv"].append(f("services_provided", "services", sv, q, service=srv, label=name, group="table1_services",
                           parent=T_sv))
    ap = f("budget_approved", "uah", 6418300, "\tЗатверджено кошторисом на 2023 рік, грн\t6 418 300,00",
           label="загальний фонд, кошторис на 2023 рік")
    sp = f("budget_spent", "uah", 6201874.56, "\tКасові видатки за 2023 рік, грн\t6 201 874,56", label="загальний фонд")
    sv_ = f("budget_savings", "uah", 216425.44, "\tЕкономія, грн\t216 425,44", label="загальний фонд")
    kq = lambda label, v, prev: f"\t{label}\t{v}\t{prev}"
    k_app = f("applied", "applications", 612, kq(*KEY[0]), label="заяви про надання соціальних послуг")
    k_na = f("needs_assessed", "persons", 587, kq(*KEY[1]), unit_alt="recipients",
             note="«оцінювань» without a unit; the table's unit is persons")
    k_ev = f("events", "events", 24, kq(*KEY[3]))
    k_pa = f("event_participants", "persons", 356, kq(*KEY[4]), parent=k_ev)
    k_sr = f("survey_respondents", "persons", 96, kq(*KEY[5]), unit_alt="recipients")
    k_sat = f("satisfaction", "percent", 94.8, kq(*KEY[6]), label="задоволені якістю послуг")
    f("complaints", "complaints", 0, kq(*KEY[7]))
    pos = f("staff_positions", "positions", 38.5, "\tШтатна чисельність, посад\t38,5")
    act = f("staff_actual", "staff", 35, "\tФактично зайнято працівників (на 31.12.2023)\t35")

    g.slip("table_arithmetic", "error", tq, 394, 384, [T_idp] + ids["idp"],
           "the «у т.ч. ВПО» column: 11 + 3 + 74 + 96 + 8 + 187 + 5 = 384, but «Разом» says 394 (10 more). The other "
           "three columns add up exactly.",
           " + ".join(ids["idp"]) + f" == {T_idp}")
    g.check("table_arithmetic", tq, "recipients: 143 + 27 + 318 + 405 + 34 + 512 + 46 + 12 = 1 497",
            " + ".join(ids["rec"]) + f" == {T_rec}")
    g.check("table_arithmetic", tq, "children: 41 + 61 + 4 = 106", " + ".join(ids["ch"]) + f" == {T_ch}")
    g.check("table_arithmetic", tq, "services: 9 482 + 1 356 + 702 + 405 + 1 118 + 512 + 139 + 27 = 13 741",
            " + ".join(ids["sv"]) + f" == {T_sv}")
    g.check("table_arithmetic", "\tЕкономія, грн\t216 425,44", "економія = затверджено − видатки: 6 418 300,00 − 6 201 874,56 = 216 425,44",
            f"near({ap} - {sp}, {sv_})")
    g.check("parts_sum", "\tФактично зайнято працівників (на 31.12.2023)\t35", "35 ≤ 38,5 positions", f"{act} <= {pos}")
    g.check("parts_sum", "3\tКонсультування\t318\t74\t41\t702",
            "in every row the ВПО and children cells do not exceed the row's recipients",
            "all([" + ", ".join(f"{a} <= {b}" for a, b in [
                (ids["idp"][k], ids["rec"][k2]) for k, k2 in [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 7)]]
                + [(ids["ch"][0], ids["rec"][2]), (ids["ch"][2], ids["rec"][7])]) + "])")

    g.check("percent_impossible", kq(*KEY[6]), "94,8 % of 96 respondents is reachable (91/96 = 94,79 %)",
            f"grim_ok({k_sat}, {k_sr}, 1)")
    g.check("parts_sum", kq(*KEY[1]), "587 assessments ≤ 612 applications; 9 refusals + 587 ≤ 612",
            f"{k_na} <= {k_app} and 9 + {k_na} <= {k_app}")
    g.skip("\tВідмовлено у наданні послуг\t9\t14", [9, 14], "refusals (no §3 id) and the 2022 figure")
    g.skip("\tОсновні показники діяльності\t2023 рік\t2022 рік", [2023, 2022], "years in the column heads")
    g.skip("\tНадійшло заяв про надання соціальних послуг\t612\t574", [574, 549, 19, 301, 88, 92.0, 1],
           "the «2022 рік» column of the key-indicator block (previous year's figures)")
    g.skip("Звіт розглянуто на засіданні виконавчого комітету 15.02.2024. Дані наведено станом на 01.01.2024",
           [15, 2, 2024, 1, 1, 2024], "dates")
    g.skip("Додаток до рішення виконавчого комітету Петрівської селищної ради від 15.02.2024 № 38", [15, 2, 2024, 38],
           "decision date and number")
    g.skip("(файл «zvit_2023.xlsx», аркуш «звіт 2023»)", [2023, 2023], "file and sheet names")
    g.skip("Таблиця 1", [1], "table number")
    g.skip("Кіровоградської області за 2023 рік", [2023], "year in the title row")
    g.skip("1\t2\t3\t4\t5\t6\t7", [1, 2, 3, 4, 5, 6, 7], "column-number row of the header")
    g.skip("1\tДогляд вдома", list(range(1, 9)), "row numbers № з/п 1–8")
    g.skip("поїздок – 139", [139], "note repeating the social-taxi row as trips (items); the row's 139 services is a fact")
    g.skip("за направленнями УСЗН", [], "note, no number")
    g.skip("Затверджено кошторисом на 2023 рік", [2023], "year")
    g.skip("(на 31.12.2023)", [31, 12, 2023], "date")
    g.skip("\tКількість населених пунктів, що обслуговуються\t27", [27], "settlement count")
    g.skip("\tСередньомісячна кількість отримувачів догляду вдома\t118", [118], "monthly average (no §3 id)")
    g.skip("Виконавець: тел. (05237) 0-94-16", [5237, 9416], "phone")
    g.note("an Excel sheet published as a web page: the reader prints each table row as one line of tab-separated cells "
           "(empty cells kept as empty fields, empty rows dropped, colspan/rowspan cells not repeated, no-break spaces as "
           "spaces). Every cell is a fact quoted by its row; row cells hang on the «Разом» cell of the same column "
           "(the ВПО and children totals hang on the recipients total)")
    g.note("units: the header says «Кількість отримувачів, осіб» → persons; «у т.ч. дітей» → children; «Кількість наданих "
           "послуг, од.» → services")
    g.note("money is written in hryvnias with kopecks (6 201 874,56) and stored as is; no KEKV is written")
    g.note("«Фактично зайнято працівників (на 31.12.2023)» → staff_actual at the end of the report year")
    g.note("the title row, the «Таблиця 1» cell and the signature row sit inside the same table")
    return g


if __name__ == "__main__":
    import sys
    p = report_path(DOC)
    write_text(p, build(), encoding="cp1251", newline="\r\n")
    gold().write()
    if "--show" in sys.argv:
        from common import read_text
        print(read_text(p).replace("\t", "<T>"))
