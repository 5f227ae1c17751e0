"""b69_08: analytic note on the ТЦСО of Безлюдівська селищна рада (Харківська) for H1 2024, written in
Google Docs and downloaded as «Веб-сторінка (.html, zip)»: one UTF-8 .html with a <style> block of
.cN classes, every run in <span class="cN">, lists «lst-kix_…», a table of <td class="c7" colspan="1"
rowspan="1"><p><span>, a reviewer's comment [a] and footnotes [1]–[3] at the end.
One planted slip: internal_conflict (prose 127 IDPs, table «Разом» 121 = sum of its rows)."""
from common import Gold, report_path, write_text

DOC = "b69_08_bezliudivka_tcso_gdoc_h1_2024.html"

STYLE = (
    '@import url(https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXqVC6o75Eld_V98);'
    'ul.lst-kix_abc123-0{list-style-type:none}.lst-kix_abc123-0>li:before{content:"\\0025cf   "}'
    'ul.lst-kix_abc123-1{list-style-type:none}.lst-kix_abc123-1>li:before{content:"\\0025cb   "}'
    'ol{margin:0;padding:0}table td,table th{padding:0}'
    '.c1{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:10pt;font-family:"Times New Roman";font-style:normal}'
    '.c2{padding-top:0pt;padding-bottom:0pt;line-height:1.0;orphans:2;widows:2;text-align:left}'
    '.c3{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:12pt;font-family:"Times New Roman";font-style:normal}'
    '.c4{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Times New Roman";font-style:normal}'
    '.c5{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:justify}'
    '.c6{margin-left:36pt;padding-left:0pt}'
    '.c7{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:117pt;border-top-color:#000000;border-bottom-style:solid}'
    '.c8{padding:0;margin:0}.c9{background-color:#ffffff;max-width:481.9pt;padding:56.7pt 42.5pt 56.7pt 70.9pt}'
    '.c10{margin-left:-5.4pt;border-spacing:0;border-collapse:collapse;margin-right:auto}.c11{height:0pt}'
    '.c12{height:12pt}.c13{font-weight:700}.c14{margin:5pt;border:1px solid black}.c15{vertical-align:super}'
    '.c16{text-align:center}.title{padding-top:24pt;color:#000000;font-weight:700;font-size:14pt;padding-bottom:6pt;'
    'font-family:"Times New Roman";line-height:1.0;page-break-after:avoid;text-align:center}'
)


def span(t, c="c3"):
    return f'<span class="{c}">{t}</span>'


def para(*runs, c="c5"):
    return f'<p class="{c}">' + "".join(runs) + "</p>"


def empty():
    return '<p class="c5 c12"><span class="c3"></span></p>'


def cmnt(n):
    return f'<sup><a href="#cmnt{n}" id="cmnt_ref{n}">[{chr(96 + n)}]</a></sup>'


def ftnt(n):
    return f'<sup class="c15"><a href="#ftnt{n}" id="ftnt_ref{n}">[{n}]</a></sup>'


def ul(items, lvl=0, start=True):
    cls = f"c8 lst-kix_abc123-{lvl}" + (" start" if start else "")
    return f'<ul class="{cls}">' + "".join(f'<li class="c5 c6 li-bullet-0">{"".join(r)}</li>' for r in items) + "</ul>"


TABLE = [
    ("Структурний підрозділ", "Отримувачі, осіб", "з них ВПО", "Надано послуг"),
    ("Відділення соціальної допомоги вдома № 1", "96", "18", "7 412"),
    ("Відділення соціальної допомоги вдома № 2", "88", "21", "6 935"),
    ("Відділення денного перебування", "64", "15", "2 207"),
    ("Відділення організації надання адресної натуральної та грошової допомоги", "250", "67", "4 810"),
    ("Разом", "498", "121", "21 364"),
]


def table():
    rows = []
    for i, r in enumerate(TABLE):
        cls = "c4" if i in (0, len(TABLE) - 1) else "c3"
        tds = "".join(f'<td class="c7" colspan="1" rowspan="1"><p class="c2">{span(v, cls)}</p></td>' for v in r)
        rows.append(f'<tr class="c11">{tds}</tr>')
    return '<a id="t.e3f1a0b2c4d5"></a><a id="t.0"></a><table class="c10"><tbody>' + "".join(rows) + "</tbody></table>"


def body():
    h = []
    h.append(para(span("Аналітична довідка щодо надання соціальних послуг Територіальним центром соціального обслуговування (надання соціальних послуг) Безлюдівської селищної ради за І півріччя 2024 року", "c4"), c="c5 title"))
    h.append(empty())
    h.append(para(span("Безлюдівська селищна територіальна громада Харківського району Харківської області об"), span("'"),
                  span("єднує 14 населених пунктів, у яких проживає 28,7 тис. мешканців, з них 6,9 тис. – особи похилого віку"), ftnt(1), span(".")))
    h.append(para(span("У І півріччі 2024 року Територіальним центром обслуговано "), span("498", "c3 c13"),
                  span("&nbsp;осіб (І півріччя 2023 р. – 463 особи), з них внутрішньо переміщених осіб – 127"),
                  cmnt(1), span(". Надано 21 364 соціальні послуги. Розподіл за структурними підрозділами:")))
    h.append(table())
    h.append(empty())
    h.append(para(span("Серед 184 отримувачів послуги догляду вдома:")))
    h.append(ul([[span("одиноких – 112;")], [span("осіб з інвалідністю І–ІІ групи – 47;")],
                 [span("осіб віком 80 років і старше – 71.")]]))
    h.append(para(span("За звітний період на обслуговування взято 31 особу, знято з обслуговування 24 особи, у тому числі:")))
    h.append(ul([[span("у зв"), span("'"), span("язку зі смертю – 13;")], [span("у зв"), span("'"), span("язку зі зміною місця проживання – 6;")],
                 [span("за власним бажанням – 5.")]], lvl=1))
    h.append(para(span("Станом на 01.07.2024 в черзі на обслуговування вдома перебуває 9 осіб. Вартість однієї години догляду для платних отримувачів становить 71,20 грн"),
                  ftnt(2), span(".")))
    h.append(para(span("Адресну натуральну допомогу отримали 250 осіб: видано 412 продуктових наборів і 96 комплектів засобів гігієни на загальну суму 318,6 тис. грн"),
                  ftnt(3), span(". У відділенні денного перебування проведено 38 групових заходів (гуртки, заняття з фізичної активності, екскурсії).")))
    h.append(para(span("Анкетування: опитано 52 отримувачі, якістю послуг задоволені 92,3 % опитаних. Скарг за звітний період не зареєстровано.")))
    h.append(para(span("Кадри. Штатна чисельність – 46,5 штатної одиниці, фактично працює 41 працівник, з них 29 соціальних робітників.")))
    h.append(para(span("Фінансування. Касові видатки за І півріччя становлять 7 842,3 тис. грн, або 48,6 % річного кошторису (16 136,4 тис. грн). До спеціального фонду надійшло 214,7 тис. грн плати за соціальні послуги.")))
    h.append(empty())
    h.append(para(span("Підготувала: заступник директора ТЦСО, тел. (057) 0-41-92-05"), c="c2"))
    h.append('<hr class="c14"><div>' + para('<a href="#ftnt_ref1" id="ftnt1">[1]</a>', span("&nbsp;За даними відділу ЦНАП станом на 01.01.2024.", "c1"), c="c2") + "</div>")
    h.append("<div>" + para('<a href="#ftnt_ref2" id="ftnt2">[2]</a>', span("&nbsp;Рішення виконавчого комітету від 21.12.2023 № 312.", "c1"), c="c2") + "</div>")
    h.append("<div>" + para('<a href="#ftnt_ref3" id="ftnt3">[3]</a>', span("&nbsp;З урахуванням благодійної допомоги, оціненої за актами від 12.03.2024 № 5 та від 17.05.2024 № 9.", "c1"), c="c2") + "</div>")
    h.append('<div class="c14">' + para('<a href="#cmnt_ref1" id="cmnt1">[a]</a>', span("у таблиці 121 – звірити з ЄІССС перед відправкою", "c1"), c="c2") + "</div>")
    return "".join(h)


def page():
    return ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
            f'<style type="text/css">{STYLE}</style></head><body class="c9 doc-content">{body()}</body></html>')


def main():
    path = report_path(DOC)
    write_text(path, page())
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Безлюдівської селищної ради",
        "centre_type": "tcso",
        "settlement": "Безлюдівка",
        "oblast": "Харківська",
        "report_kind": "period_report",
        "period_start": "2024-01-01",
        "period_end": "2024-06-30",
    })
    f1 = g.f("served", "persons", 498, "Територіальним центром обслуговано 498 осіб")
    f2 = g.f("served", "persons", 127, "з них внутрішньо переміщених осіб – 127", category="внутрішньо переміщені особи",
             parent=f1)
    f3 = g.f("services_provided", "services", 21364, "Надано 21 364 соціальні послуги")
    rows = TABLE[1:5]
    tot = "\t".join(TABLE[5])
    ft_r = g.f("served", "persons", 498, tot, label="Разом (таблиця)")
    ft_v = g.f("served", "persons", 121, tot, label="Разом (таблиця), з них ВПО", category="внутрішньо переміщені особи",
               parent=ft_r)
    ft_s = g.f("services_provided", "services", 21364, tot, label="Разом (таблиця)")
    svc = ["home_care", "home_care", "day_care", "natural_aid"]
    R, V, S = [], [], []
    for r, s in zip(rows, svc):
        q = "\t".join(r)
        R.append(g.f("served", "persons", int(r[1]), q, service=s, district=r[0], group="table_recipients", parent=ft_r))
        V.append(g.f("served", "persons", int(r[2]), q, service=s, district=r[0], category="внутрішньо переміщені особи",
                     group="table_idp", parent=ft_v))
        S.append(g.f("services_provided", "services", int(r[3].replace(" ", "")), q, service=s, district=r[0],
                     group="table_services", parent=ft_s))
    fh = g.f("served", "persons", 184, "Серед 184 отримувачів послуги догляду вдома", service="home_care")
    g.f("served", "persons", 112, "одиноких – 112;", service="home_care", category="одинокі", parent=fh)
    g.f("served", "persons", 47, "осіб з інвалідністю І–ІІ групи – 47;", service="home_care",
        category="особи з інвалідністю І–ІІ групи", parent=fh)
    g.f("served", "persons", 71, "осіб віком 80 років і старше – 71.", service="home_care",
        category="особи віком 80 років і старше", parent=fh)
    g.f("served", "persons", 31, "на обслуговування взято 31 особу", service="home_care", label="взято на обслуговування",
        alt=["registered_new", "support_started"])
    fd = g.f("deregistered", "persons", 24, "знято з обслуговування 24 особи", service="home_care")
    gd = "deregistered_24_by_reason"
    d1 = g.f("deregistered", "persons", 13, "у зв'язку зі смертю – 13;", service="home_care", label="у зв'язку зі смертю",
             group=gd, parent=fd)
    d2 = g.f("deregistered", "persons", 6, "у зв'язку зі зміною місця проживання – 6;", service="home_care",
             label="зміна місця проживання", group=gd, parent=fd)
    d3 = g.f("deregistered", "persons", 5, "за власним бажанням – 5.", service="home_care", label="за власним бажанням",
             group=gd, parent=fd)
    fn = g.f("served", "persons", 250, "Адресну натуральну допомогу отримали 250 осіб", service="natural_aid")
    g.f("aid_value", "uah", 318600, "на загальну суму 318,6 тис. грн", service="natural_aid", parent=fn)
    g.f("events", "events", 38, "проведено 38 групових заходів")
    fs = g.f("survey_respondents", "recipients", 52, "опитано 52 отримувачі", unit_alt="persons")
    fsat = g.f("satisfaction", "percent", 92.3, "якістю послуг задоволені 92,3 % опитаних")
    g.f("complaints", "complaints", 0, "Скарг за звітний період не зареєстровано.")
    fp = g.f("staff_positions", "positions", 46.5, "Штатна чисельність – 46,5 штатної одиниці")
    fa = g.f("staff_actual", "staff", 41, "фактично працює 41 працівник")
    fw = g.f("staff_actual", "staff", 29, "з них 29 соціальних робітників", label="соціальні робітники", parent=fa)
    fsp = g.f("budget_spent", "uah", 7842300, "Касові видатки за І півріччя становлять 7 842,3 тис. грн, або 48,6 %",
              percent=48.6)
    fap = g.f("budget_approved", "uah", 16136400, "річного кошторису (16 136,4 тис. грн)", label="річний кошторис 2024")
    g.f("budget_received", "uah", 214700, "До спеціального фонду надійшло 214,7 тис. грн плати за соціальні послуги",
        label="спеціальний фонд, плата за соціальні послуги")

    k = lambda x: "f" + x[1:]
    g.slip("internal_conflict", "error", "з них внутрішньо переміщених осіб – 127", 127, 121, [f2, ft_v],
           "the prose gives 127 IDPs among the 498 served, the table's «з них ВПО» total gives 121, and the table's rows "
           "(18 + 21 + 15 + 67) sum to 121. The reviewer's comment [a] («у таблиці 121») flags the same mismatch.",
           f"{k(f2)} == {k(ft_v)}")
    g.check("table_arithmetic", tot, "recipients 96 + 88 + 64 + 250 = 498", " + ".join(k(x) for x in R) + f" == {k(ft_r)}")
    g.check("table_arithmetic", tot, "IDPs 18 + 21 + 15 + 67 = 121", " + ".join(k(x) for x in V) + f" == {k(ft_v)}")
    g.check("table_arithmetic", tot, "services 7 412 + 6 935 + 2 207 + 4 810 = 21 364",
            " + ".join(k(x) for x in S) + f" == {k(ft_s)}")
    g.check("internal_conflict", "Надано 21 364 соціальні послуги", "prose 498 and 21 364 equal the table totals",
            f"f1 == {k(ft_r)} and f3 == {k(ft_s)}")
    g.check("internal_conflict", "Серед 184 отримувачів послуги догляду вдома",
            "184 home-care recipients = the two home-care departments 96 + 88", f"{k(R[0])} + {k(R[1])} == {k(fh)}")
    g.check("internal_conflict", "Адресну натуральну допомогу отримали 250 осіб",
            "250 = the natural-aid department's row", f"{k(R[3])} == {k(fn)}")
    g.check("parts_sum", "знято з обслуговування 24 особи, у тому числі:", "13 + 6 + 5 = 24",
            f"{k(d1)} + {k(d2)} + {k(d3)} == {k(fd)}")
    g.check("parts_sum", "одиноких – 112;", "each category (112, 47, 71) ≤ 184; overlapping, not a partition",
            f"max(f{int(fh[1:]) + 1}, f{int(fh[1:]) + 2}, f{int(fh[1:]) + 3}) <= {k(fh)}")
    g.check("percent_impossible", "опитано 52 отримувачі, якістю послуг задоволені 92,3 % опитаних",
            "48 of 52 = 92,31 % → 92,3", f"pct_ok({k(fsat)}, 48, {k(fs)}, 1)")
    g.check("percent_mismatch", "Касові видатки за І півріччя становлять 7 842,3 тис. грн, або 48,6 %",
            "7 842,3 / 16 136,4 = 48,60 %", f"pct_ok(p{fsp[1:]}, {k(fsp)}, {k(fap)}, 1)")
    g.check("parts_sum", "з них 29 соціальних робітників", "29 ≤ 41 ≤ 46,5", f"{k(fw)} <= {k(fa)} <= {k(fp)}")

    g.skip("об'єднує 14 населених пунктів, у яких проживає 28,7 тис. мешканців, з них 6,9 тис. – особи похилого віку",
           [14, 28700, 6900], "settlement and population counts")
    g.skip("(І півріччя 2023 р. – 463 особи)", [1, 2023, 463], "prior-year figure")
    g.skip("Структурний підрозділ\tОтримувачі, осіб", [], "table header")
    g.skip("Відділення соціальної допомоги вдома № 1", [1, 2], "department numbers № 1, № 2")
    g.skip("осіб з інвалідністю І–ІІ групи", [1, 2], "disability groups")
    g.skip("осіб віком 80 років і старше", [80], "age")
    g.skip("Станом на 01.07.2024 в черзі на обслуговування вдома перебуває 9 осіб.", [1, 7, 2024, 9],
           "date; waiting list (no §3 id)")
    g.skip("Вартість однієї години догляду для платних отримувачів становить 71,20 грн", [71.2], "tariff")
    g.skip("видано 412 продуктових наборів і 96 комплектів засобів гігієни", [412, 96], "items (sets)")
    g.skip("Підготувала: заступник директора ТЦСО, тел. (057) 0-41-92-05", [57, 41, 92, 5], "phone")
    g.skip("За даними відділу ЦНАП станом на 01.01.2024.", [1, 1, 2024], "footnote [1]: date")
    g.skip("Рішення виконавчого комітету від 21.12.2023 № 312.", [21, 12, 2023, 312], "footnote [2]: decision")
    g.skip("оціненої за актами від 12.03.2024 № 5 та від 17.05.2024 № 9.", [12, 3, 2024, 5, 17, 5, 2024, 9],
           "footnote [3]: act dates and numbers")
    g.skip("у таблиці 121 – звірити з ЄІССС перед відправкою", [121],
           "reviewer's comment [a]: repeats the table total, not a statement of the report")
    g.skip("[1]", [1, 2, 3], "footnote markers [1]–[3] (and their superscripts in the text)")
    g.skip("І півріччя 2024 року", [1, 2024], "period")

    g.note("a Google Docs export: footnotes [1]–[3] and the reviewer's comment [a] are printed at the end; their numbers are never facts")
    g.note("the department table: every cell is a fact quoted by its row, department in `district`, rows hang on the «Разом» cell of the same column; the ВПО column is a category of the recipients")
    g.note("department service ids: the two home-care departments → home_care, day-stay department → day_care, natural and cash aid department → natural_aid")
    g.note("prose 498 and 21 364 are separate facts from the table totals; the prose ВПО 127 conflicts with the table's 121")
    g.note("«Серед 184 отримувачів … одиноких – 112; … інвалідністю – 47; … 80 років і старше – 71» are overlapping categories: parent only, no group")
    g.note("«взято на обслуговування 31 особу» → served (alt registered_new, support_started) labelled")
    g.note("budget: annual approval 16 136,4 тис. грн (budget_approved labelled) and H1 spending 7 842,3 with its percent 48,6 of the annual")
    g.write()


if __name__ == "__main__":
    main()
