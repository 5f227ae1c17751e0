"""b55_07: internal quality assessment for 2025 of КЗ «Центр надання соціальних послуг» Ставчанської сільської ради
(Чернівецька). LESS COMMON STYLE 1: a Word document saved as «Веб-сторінка, фільтрована» and pasted into the
council site: class=MsoNormal, <o:p></o:p>, mso- styles, <![if !supportLists]> list numbers as separate spans,
a class=MsoTableGrid table with <p class=MsoNormal> in every cell, &nbsp; inside numbers, numbers split across
spans, windows-1251, the site's header and footer around it.
Planted slip: percents_sum (answers to the timeliness question sum to 102,6 %)."""
from common import Gold, write_text, report_path

DOC = "b55_07_stavchany_cnsp_internal2025.html"

def p(html, align=None, bold=False, size=None):
    st = " align=center style='text-align:center'" if align == "c" else " style='text-align:justify;text-indent:35.45pt'"
    sz = f"font-size:{size}.0pt;" if size else ""
    inner = f"<span lang=UK style='{sz}font-family:\"Times New Roman\",serif;mso-ansi-language:UK'>{html}<o:p></o:p></span>"
    if bold:
        inner = f"<b style='mso-bidi-font-weight:normal'>{inner}</b>"
    return f"<p class=MsoNormal{st}>{inner}</p>\n"

def li(num, html, lfo=1):
    return (f"<p class=MsoListParagraph style='margin-left:36.0pt;mso-add-space:auto;text-align:justify;"
            f"text-indent:-18.0pt;mso-list:l{lfo - 1} level1 lfo{lfo}'><![if !supportLists]><span lang=UK "
            f"style='mso-bidi-font-family:\"Times New Roman\";mso-ansi-language:UK'><span style='mso-list:Ignore'>{num}"
            f"<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>"
            f"<![endif]><span lang=UK style='mso-ansi-language:UK'>{html}<o:p></o:p></span></p>\n")

def bullet(html):
    return (f"<p class=MsoListParagraphCxSpMiddle style='margin-left:36.0pt;mso-add-space:auto;text-indent:-18.0pt;"
            f"mso-list:l2 level1 lfo3'><![if !supportLists]><span lang=UK style='font-family:Symbol;mso-fareast-font-family:"
            f"Symbol;mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt \"Times New Roman\"'>"
            f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=UK>{html}<o:p></o:p></span></p>\n")

def cell(html, w, c=False):
    al = " align=center style='text-align:center'" if c else ""
    return (f"<td width={w} valign=top style='width:{w * 0.75:.1f}pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;"
            f"padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal{al}><span lang=UK style='font-size:12.0pt;mso-ansi-language:UK'>"
            f"{html}<o:p></o:p></span></p></td>")

TABLE_ROWS = [
    ("Догляд вдома", "148", "52", "96,2", "home_care"),
    ("Денний догляд", "27", "19", "94,7", "day_care"),
    ("Соціальна адаптація", "36", "22", "90,9", "social_adaptation"),
    ("Консультування", "99<span lang=UK>3</span>", "61", "93,4", "counselling"),
]
TOTAL = ("Всього", "1&nbsp;204", "154", "94,2")

def table():
    ws = [190, 120, 100, 130]
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;"
           "mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"]
    hdr = ["Соціальна послуга", "Отримувачів, осіб", "Опитано, осіб", "Задоволені якістю, %"]
    rows = [hdr] + [r[:4] for r in TABLE_ROWS] + [TOTAL]
    for i, r in enumerate(rows):
        tds = "".join(cell(v if j or i in (0, len(rows) - 1) else v, ws[j], c=j > 0) for j, v in enumerate(r))
        out.append(f"<tr style='mso-yfti-irow:{i}{';mso-yfti-firstrow:yes' if i == 0 else ''}'>{tds}</tr>")
    out.append("</table>\n")
    return "\n".join(out)

BODY = (
    p("ЗВІТ", "c", True, 14)
    + p("про результати внутрішньої оцінки якості надання соціальних послуг Комунальним закладом «Центр надання "
        "соціальних послуг» Ставчанської сільської ради за 2025 рік", "c", True)
    + p("<o:p>&nbsp;</o:p>")
    + p("Внутрішню оцінку проведено відповідно до наказу директора від 05.01.2026 № 3-од робочою групою у складі "
        "4 осіб у період з 12 по 23 січня 2026 року. Оцінювалися послуги догляду вдома, денного догляду, соціальної "
        "адаптації та консультування.")
    + p("Основні показники діяльності Центру за 2025 рік:")
    + li("1.", "Соціальні послуги надано 1&nbsp;2<span style='mso-spacerun:yes'></span>04 особам, з них 233 особи – "
         "внутрішньо переміщені (19,4&nbsp;%).")
    + li("2.", "Загальна кількість наданих соціальних послуг – 14&nbsp;617.")
    + li("3.", "Для отримувачів денного догляду проведено 24 групові заходи.")
    + li("4.", "Скарг на якість надання послуг не надходило.")
    + p("Результати анкетування отримувачів наведено в таблиці.")
    + table()
    + p("<o:p>&nbsp;</o:p>")
    + p("На запитання «Чи отримали Ви послугу своєчасно?» відповіді розподілилися так: «так» – 87,0&nbsp;%, «частково» – "
        "11,7&nbsp;%, «ні» – 3,9&nbsp;%.")
    + p("За результатами оцінки робоча група визначила рівень дотримання критеріїв:")
    + bullet("адресність та індивідуальний підхід – «добре»;")
    + bullet("результативність – «добре»;")
    + bullet("своєчасність – «задовільно»;")
    + bullet("повага до гідності отримувача – «добре».")
    + p("Загальна оцінка якості надання соціальних послуг – «добре».")
    + p("Штатна чисельність Центру – 41,5 посади, фактично працює 38 працівників, з них 21 соціальний робітник. "
        "Протягом року 12 працівників підвищили кваліфікацію. Середній вік отримувачів послуги догляду вдома – 78 років.")
    + p("Рекомендації:")
    + li("1.", "Переглянути графік виходу соціальних робітників у 3 віддалених селах до 30.06.2026.", 4)
    + li("2.", "Забезпечити навчання 5 працівників з питань надання послуги соціальної адаптації.", 4)
    + p("<o:p>&nbsp;</o:p>")
    + p("Директор<span style='mso-tab-count:6'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>(підпис)")
)

PAGE = """<html>
<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1251">
<title>Звіт про результати внутрішньої оцінки якості за 2025 рік - Ставчанська сільська рада</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<div class="site-header"><div class="gerb"><img src="/img/gerb.png" alt=""></div>
<div class="site-name">Ставчанська сільська рада<br>Чернівецький район, Чернівецька область</div>
<div class="hdr-phone">Гаряча лінія: (0372) 05-73-16</div></div>
<ul class="mainmenu"><li><a href="/">Головна</a></li><li><a href="/rada">Рада</a></li><li><a href="/vykonkom">Виконком</a></li>
<li><a href="/cnsp">ЦНСП</a></li><li><a href="/publichna-informatsiia">Публічна інформація</a></li></ul>
<div class="page-content">
<div class="news-date">Опубліковано 30.01.2026 &nbsp; Переглядів: 97</div>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>CNSP</o:Author>
  <o:Words>612</o:Words>
  <o:Characters>3491</o:Characters>
 </o:DocumentProperties>
</xml><![endif]-->
<div class=WordSection1>
%s
</div>
</div>
<div class="site-footer">© 2018–2026 Ставчанська сільська рада. 60044, с. Ставчани, вул. Головна, 112. Усі матеріали доступні за ліцензією CC BY 4.0</div>
</body>
</html>
"""

def main():
    write_text(report_path(DOC), PAGE % BODY, encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Ставчанської сільської ради",
        "centre_type": "cnsp", "settlement": "Ставчани",
        "report_kind": "internal_assessment",
        "period_start": "2025-01-01", "period_end": "2025-12-31", "published": "2026-01-30"},
        {"centre": ["Комунальний заклад «Центр надання соціальних послуг» Ставчанської сільської ради",
                    "КЗ «Центр надання соціальних послуг» Ставчанської сільської ради"]})
    f = g.f
    n = lambda x: x[1:]
    tot = f("served", "persons", 1204, "Соціальні послуги надано 1 204 особам")
    idp = f("served", "persons", 233, "з них 233 особи – внутрішньо переміщені (19,4 %)", percent=19.4,
            category="внутрішньо переміщені особи", parent=tot)
    f("services_provided", "services", 14617, "Загальна кількість наданих соціальних послуг – 14 617.")
    f("events", "events", 24, "Для отримувачів денного догляду проведено 24 групові заходи.", service="day_care")
    f("complaints", "complaints", 0, "Скарг на якість надання послуг не надходило.")
    clean = lambda s: s.replace("&nbsp;", " ").replace("<span lang=UK>", "").replace("</span>", "")
    tq = "\t".join(clean(x) for x in TOTAL)
    num = lambda s: (lambda v: int(v) if v.is_integer() else v)(float(clean(s).replace(" ", "").replace(",", ".")))
    TS = f("served", "persons", num(TOTAL[1]), tq, label="Всього")
    TR = f("survey_respondents", "persons", num(TOTAL[2]), tq, label="Всього")
    TP = f("satisfaction", "percent", num(TOTAL[3]), tq, label="Всього", alt=["share"])
    S, R, P = [], [], []
    for r in TABLE_ROWS:
        q = "\t".join(clean(x) for x in r[:4])
        S.append(f("served", "persons", num(r[1]), q, service=r[4], group="table_served", parent=TS))
        R.append(f("survey_respondents", "persons", num(r[2]), q, service=r[4], group="table_respondents", parent=TR))
        P.append(f("satisfaction", "percent", num(r[3]), q, service=r[4], alt=["share"]))
    yes = f("share", "percent", 87, "«так» – 87,0 %", criterion="timeliness", label="отримали послугу своєчасно: «так»",
            alt=["satisfaction"])
    part = f("share", "percent", 11.7, "«частково» – 11,7 %", criterion="timeliness", label="отримали послугу своєчасно: «частково»")
    no = f("share", "percent", 3.9, "«ні» – 3,9 %", criterion="timeliness", label="отримали послугу своєчасно: «ні»")
    rt = [f("rating", "rating", "good", "адресність та індивідуальний підхід – «добре»;", criterion="targeting"),
          f("rating", "rating", "good", "результативність – «добре»;", criterion="effectiveness"),
          f("rating", "rating", "satisfactory", "своєчасність – «задовільно»;", criterion="timeliness"),
          f("rating", "rating", "good", "повага до гідності отримувача – «добре».", criterion="dignity"),
          f("rating", "rating", "good", "Загальна оцінка якості надання соціальних послуг – «добре».", criterion="overall")]
    pos = f("staff_positions", "positions", 41.5, "Штатна чисельність Центру – 41,5 посади")
    act = f("staff_actual", "staff", 38, "фактично працює 38 працівників")
    sw = f("staff_actual", "staff", 21, "з них 21 соціальний робітник", label="соціальні робітники", parent=act)
    tr = f("staff_trained", "staff", 12, "Протягом року 12 працівників підвищили кваліфікацію.")

    g.slip("percents_sum", "error",
           "«так» – 87,0 %, «частково» – 11,7 %, «ні» – 3,9 %",
           102.6, 100, [yes, part, no, TR],
           "the three answers partition the 154 respondents but sum to 102,6 %. Each share alone is reachable with 154 "
           "(134, 18 and 6 of 154), but 134 + 18 + 6 = 158 > 154",
           f"psum_ok([f{n(yes)}, f{n(part)}, f{n(no)}], 1)")
    g.check("percent_impossible", "«так» – 87,0 %, «частково» – 11,7 %, «ні» – 3,9 %",
            "each answer share alone is reachable with 154 respondents", f"grim_ok(f{n(yes)}, f{n(TR)}, 1) and grim_ok(f{n(part)}, f{n(TR)}, 1) and grim_ok(f{n(no)}, f{n(TR)}, 1)")
    g.check("table_arithmetic", tq, "recipients: 148 + 27 + 36 + 993 = 1 204", " + ".join("f" + n(x) for x in S) + f" == f{n(TS)}")
    g.check("table_arithmetic", tq, "respondents: 52 + 19 + 22 + 61 = 154", " + ".join("f" + n(x) for x in R) + f" == f{n(TR)}")
    g.check("percent_impossible", tq, "each row's % is reachable with its respondents (50/52, 18/19, 20/22, 57/61, 145/154)",
            "all([" + ", ".join(f"grim_ok(f{n(pp)}, f{n(rr)}, 1)" for pp, rr in zip(P + [TP], R + [TR])) + "])")
    g.check("table_arithmetic", tq, "the Всього % lies between the rows' % (a weighted mean)",
            "min([" + ", ".join("f" + n(x) for x in P) + f"]) <= f{n(TP)} <= max([" + ", ".join("f" + n(x) for x in P) + "])")
    g.check("internal_conflict", "Соціальні послуги надано 1 204 особам", "the 1 204 of the list equals the table's Всього",
            f"f{n(tot)} == f{n(TS)}")
    g.check("percent_mismatch", "з них 233 особи – внутрішньо переміщені (19,4 %)", "233 / 1 204 = 19,35 % → 19,4 (half-up)",
            f"pct_ok(p{n(idp)}, f{n(idp)}, f{n(tot)}, 1)")
    g.check("parts_sum", "фактично працює 38 працівників, з них 21 соціальний робітник", "21 ≤ 38 ≤ 41,5; 12 trained ≤ 38",
            f"f{n(sw)} <= f{n(act)} <= f{n(pos)} and f{n(tr)} <= f{n(act)}")

    g.skip("наказу директора від 05.01.2026 № 3-од", [5, 1, 2026, 3], "order date and number")
    g.skip("робочою групою у складі 4 осіб у період з 12 по 23 січня 2026 року", [4, 12, 23, 2026], "working group size, assessment dates")
    g.skip("за 2025 рік", [2025], "report year")
    g.skip("1. Соціальні послуги надано", [1, 2, 3, 4], "list numbers (Word list spans)")
    g.skip("Опубліковано 30.01.2026 Переглядів: 97", [30, 1, 2026, 97], "publication date, view counter")
    g.skip("Середній вік отримувачів послуги догляду вдома – 78 років.", [78], "average age")
    g.skip("Переглянути графік виходу соціальних робітників у 3 віддалених селах до 30.06.2026.", [3, 30, 6, 2026], "settlement count, deadline")
    g.skip("Забезпечити навчання 5 працівників", [5], "recommendation (a plan)")
    g.note("the page is a Word «filtered web page» pasted into the council site; list numbers are separate spans, numbers carry &nbsp; and are split across spans (1&nbsp;2…04, 99<span>3</span>)")
    g.note("table: every cell is a fact quoted by its row; recipients and respondents hang on Всього; the % column is satisfaction per service (alt share), not a percent of a count in the same cell")
    g.note("the timeliness question's answers are shares with criterion timeliness; «так» carries alt satisfaction")
    g.note("ratings: four criteria in the bullet list and the overall rating; no bands are written, so no rating_band check")
    g.note("«87,0 %» is stored as 87")
    g.note("oblast: only the site header says «Чернівецька область», and the reader drops that header, so meta has no oblast")
    g.write()

if __name__ == "__main__":
    main()
