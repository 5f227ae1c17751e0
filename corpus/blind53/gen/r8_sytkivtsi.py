"""b53_08: КУ «ЦНСП» Ситковецької селищної ради, analytic note for January–September 2025, written in Google
Docs and exported as HTML («Завантажити → Веб-сторінка»): every run in its own span, class soup, empty
spacer paragraphs, lst-kix lists, a table whose cells hold <p>, header and footer text, a long <style> block."""
import html
import re
from common import Gold, write_text, report_path

DOC = "b53_08_sytkivtsi_cnsp_9m2025.html"

STYLE = (
    '@import url(https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXFBmB3aWTVZ-5Zw);'
    '.lst-kix_q7m2xk1t0b3a-1>li:before{content:"\\0025cb   "}.lst-kix_q7m2xk1t0b3a-0>li:before{content:"\\0025cf   "}'
    'ul.lst-kix_q7m2xk1t0b3a-0{list-style-type:none}ul.lst-kix_q7m2xk1t0b3a-1{list-style-type:none}'
    '.lst-kix_h3ds09v1f8wz-0>li:before{content:"-  "}ul.lst-kix_h3ds09v1f8wz-0{list-style-type:none}'
    'ol{margin:0;padding:0}table td,table th{padding:0}'
    '.c14{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;'
    'border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;'
    'border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:234pt;'
    'border-top-color:#000000;border-bottom-style:solid}'
    '.c15{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;'
    'border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;'
    'border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:110.2pt;'
    'border-top-color:#000000;border-bottom-style:solid}'
    '.c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:12pt;'
    'font-family:"Times New Roman";font-style:normal}'
    '.c3{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:12pt;'
    'font-family:"Times New Roman";font-style:normal}'
    '.c4{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:12pt;'
    'font-family:"Times New Roman";font-style:normal}'
    '.c9{color:#666666;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:9pt;'
    'font-family:"Arial";font-style:italic}'
    '.c1{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:justify;'
    'text-indent:35.4pt}'
    '.c2{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left;height:11pt}'
    '.c5{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left}'
    '.c6{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:center}'
    '.c7{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:right}'
    '.c8{background-color:#ffffff;max-width:481.9pt;padding:56.7pt 42.5pt 56.7pt 70.9pt}'
    '.c10{margin-left:36pt;padding-left:0pt;padding-top:0pt;padding-bottom:0pt;line-height:1.15;'
    'orphans:2;widows:2;text-align:justify}'
    '.c11{border-spacing:0;border-collapse:collapse;margin-right:auto}.c12{height:0pt}'
    '.c13{color:inherit;text-decoration:inherit}.c16{color:#1155cc;text-decoration:underline}'
    '.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";'
    'line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
    '.subtitle{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt;font-family:"Arial";'
    'line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
    'li{color:#000000;font-size:11pt;font-family:"Arial"}p{margin:0;color:#000000;font-size:11pt;'
    'font-family:"Arial"}h1{padding-top:20pt;color:#000000;font-size:20pt;padding-bottom:6pt;font-family:"Arial";'
    'line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
    'h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;'
    'page-break-after:avoid;orphans:2;widows:2;text-align:left}'
)


def runs(*parts):
    """Spans for a paragraph: plain strings are c3 runs, (text,) tuples are bold c4 runs."""
    out = []
    for p in parts:
        if isinstance(p, tuple):
            out.append(f'<span class="c4">{html.escape(p[0], quote=True)}</span>')
        else:
            out.append(f'<span class="c3">{html.escape(p, quote=True)}</span>')
    return "".join(out)


def P(*parts, cls="c1"):
    return f'<p class="{cls}">{runs(*parts)}</p>'


SP = '<p class="c2"><span class="c0"></span></p>'


def UL(items, kix="q7m2xk1t0b3a-0", start=True):
    lis = "".join(f'<li class="c10 li-bullet-0">{runs(*it)}</li>' for it in items)
    return f'<ul class="c12 lst-kix_{kix}{" start" if start else ""}">{lis}</ul>'


TABLE = [("Населений пункт / округ", "Отримувачів соціальних послуг", "з них догляд вдома"),
         ("смт Ситківці", "468", "97"),
         ("Старостинський округ № 1", "212", "54"),
         ("Старостинський округ № 2", "187", "41"),
         ("Старостинський округ № 3", "171", "38"),
         ("Разом", "1 038", "230")]


def table():
    rows = []
    for i, r in enumerate(TABLE):
        tds = []
        for j, c in enumerate(r):
            cls = "c14" if j == 0 else "c15"
            inner = f'<p class="c5"><span class="{"c4" if i == 0 or r[0] == "Разом" else "c3"}">{html.escape(c)}</span></p>'
            tds.append(f'<td class="{cls}" colspan="1" rowspan="1">{inner}</td>')
        rows.append(f'<tr class="c12">{"".join(tds)}</tr>')
    return f'<table class="c11"><tbody>{"".join(rows)}</tbody></table>'


def build():
    b = []
    b.append('<div><p class="c7"><span class="c9">КУ «ЦНСП» Ситковецької селищної ради · Аналітична записка · '
             'чернетка від 06.10.2025</span></p></div>')
    b.append('<p class="title" id="h.3x1b9k2m0z7q"><span class="c4">Аналітична записка</span></p>')
    b.append(P("щодо надання соціальних послуг комунальною установою «Центр надання соціальних послуг» "
               "Ситковецької селищної ради у січні–вересні 2025 року", cls="c6"))
    b.append(SP)
    b.append(P("Протягом дев", "'", "яти місяців 2025 року до нас звернулося ", ("1 214"),
               " осіб; оцінювання потреб ми провели ", ("436"), " сім", "'", "ям/особам."))
    b.append(P("Соціальні послуги ми надали ", ("1 038",), " особам. За категоріями отримувачі розподілилися так:"))
    b.append(UL([("особи похилого віку – ", "512", " (49,3 %);"),
                 ("особи з інвалідністю – ", "298", " (28,7 %);"),
                 ("внутрішньо переміщені особи – ", "141", " (13,6 %);"),
                 ("інші категорії – ", "87", " (8,4 %)."),
                 ]))
    b.append(SP)
    b.append(P("Розподіл отримувачів за місцем проживання (таблиця складена за даними журналів обліку станом на 30.09.2025):"))
    b.append(table())
    b.append(SP)
    b.append(P("Послугу консультування отримали ", "312", " осіб, у тому числі ", "74",
               " – з використанням телефонного зв", "'", "язку."))
    b.append(P("Під соціальним супроводом перебуває ", "21", " сім", "'", "я, у яких ", "43",
               " дитини. Супровід завершено ", "9", " сім", "'", "ям, з них ", "7", " – з позитивним результатом."))
    b.append(P("Ми провели ", "14", " групових заходів, у яких взяли участь ", "260", " осіб (зокрема ",
               "3", " заходи до Дня людей похилого віку 1 жовтня не враховано – вони відбулися вже після звітного періоду)."))
    b.append(SP)
    b.append(P(("Опитування."), " У вересні опитано ", "76", " отримувачів послуги догляду вдома. Якість послуг "
               "оцінили як високу ", "68,4 %", " опитаних, як задовільну – ", "28,9 %", ", як низьку – ", "5,3 %", "."))
    b.append(P("Скарг за звітний період ми не отримували."))
    b.append(SP)
    b.append(P(("Кадри і кошти."), " Штатний розпис – ", "41", " посада, працює ", "38", " осіб; ", "6",
               " працівників пройшли навчання за програмою підвищення кваліфікації (", "24", " год)."))
    b.append(UL([("затверджено на 2025 рік – ", "11 874,0", " тис. грн;"),
                 ("касові видатки за 9 місяців – ", "8 203,6", " тис. грн;"),
                 ("з них оплата праці (КЕКВ 2111) – ", "6 227,4", " тис. грн."),
                 ], kix="h3ds09v1f8wz-0"))
    b.append(SP)
    b.append(P("План на IV квартал: запровадити послугу «соціальне таксі» (до ", "2", " поїздок на тиждень), "
               "див. ", ))
    b[-1] = b[-1].replace("</p>", '<span class="c16"><a class="c13" href="https://www.google.com/url?q=https://'
                          'sytkivtsi-rada.example.ua/cnsp&amp;sa=D&amp;source=editors&amp;ust=1759747200000000&amp;'
                          'usg=AOvVaw3k">сторінку Центру</a></span><span class="c3">.</span></p>')
    b.append(SP)
    b.append('<div><p class="c5"><span class="c9">Виконавець: відділ соціальної роботи, тел. (04348) 0-22-71. '
             'Вих. № 214/02 від 07.10.2025</span></p><p class="c5"><span class="c9">23830, смт Ситківці, '
             'вул. Незалежності, 47</span></p></div>')
    return ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
            + STYLE + '</style></head><body class="c8 doc-content">' + "".join(b) + "</body></html>")


def main():
    path = report_path(DOC)
    write_text(path, build())
    from common import read_text
    text = read_text(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Ситковецької селищної ради",
        "centre_type": "cnsp", "settlement": "Ситківці", "oblast": None,
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-09-30"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Ситковецької селищної ради",
                             "КУ «Центр надання соціальних послуг» Ситковецької селищної ради",
                             "КУ «ЦНСП» Ситковецької селищної ради"]})
    del g.meta["oblast"]
    f = g.f
    f("applied", "persons", 1214, "до нас звернулося 1 214 осіб")
    f("needs_assessed", "families_persons", 436, "оцінювання потреб ми провели 436 сім'ям/особам")
    tot = f("served", "persons", 1038, "Соціальні послуги ми надали 1 038 особам")
    cats = [("особи похилого віку – 512 (49,3 %)", 512, 49.3, "особи похилого віку"),
            ("особи з інвалідністю – 298 (28,7 %)", 298, 28.7, "особи з інвалідністю"),
            ("внутрішньо переміщені особи – 141 (13,6 %)", 141, 13.6, "внутрішньо переміщені особи"),
            ("інші категорії – 87 (8,4 %)", 87, 8.4, "інші категорії")]
    cp = [f("served", "persons", v, q, percent=pc, category=c, group="served_1038_by_category", parent=tot)
          for q, v, pc, c in cats]
    lines = text.split("\n")

    def row(name):
        hits = [ln for ln in lines if ln.startswith(name + "\t")]
        assert len(hits) == 1, (name, hits)
        return hits[0]

    rt = row("Разом")
    trr = f("served", "recipients", 1038, rt, unit_alt="persons", label="Разом, отримувачів")
    trh = f("served", "recipients", 230, rt, unit_alt="persons", service="home_care", label="Разом, догляд вдома",
            parent=trr)
    rr, rh = [], []
    for name, a, h in TABLE[1:-1]:
        q = row(name)
        rr.append(f("served", "recipients", int(a), q, unit_alt="persons", district=name,
                    group="table_recipients_by_district", parent=trr))
        rh.append(f("served", "recipients", int(h), q, unit_alt="persons", service="home_care", district=name,
                    group="table_home_care_by_district", parent=trh))
    co = f("served", "persons", 312, "Послугу консультування отримали 312 осіб", service="counselling")
    cot = f("served", "persons", 74, "у тому числі 74 – з використанням телефонного зв'язку", service="counselling",
            label="з використанням телефонного зв'язку", parent=co)
    sup = f("served", "families", 21, "Під соціальним супроводом перебуває 21 сім'я", service="social_support_sjo",
            alt=["support_ongoing"])
    f("served", "children", 43, "у яких 43 дитини", service="social_support_sjo", alt=["support_ongoing"], parent=sup)
    sc = f("support_completed", "families", 9, "Супровід завершено 9 сім'ям", service="social_support_sjo", parent=sup)
    sp_ = f("outcome_positive", "families", 7, "з них 7 – з позитивним результатом", service="social_support_sjo",
            parent=sc)
    ev = f("events", "events", 14, "Ми провели 14 групових заходів")
    f("event_participants", "persons", 260, "у яких взяли участь 260 осіб", parent=ev)
    sv = f("survey_respondents", "recipients", 76, "опитано 76 отримувачів послуги догляду вдома", service="home_care",
           unit_alt="persons")
    q1 = f("satisfaction", "percent", 68.4, "оцінили як високу 68,4 % опитаних", service="home_care",
           label="оцінили якість як високу", alt=["share"])
    q2 = f("share", "percent", 28.9, "як задовільну – 28,9 %", service="home_care", label="оцінили якість як задовільну",
           alt=["satisfaction"])
    q3 = f("share", "percent", 5.3, "як низьку – 5,3 %", service="home_care", label="оцінили якість як низьку")
    f("complaints", "complaints", 0, "Скарг за звітний період ми не отримували.")
    spos = f("staff_positions", "positions", 41, "Штатний розпис – 41 посада")
    sact = f("staff_actual", "staff", 38, "працює 38 осіб")
    strn = f("staff_trained", "staff", 6, "6 працівників пройшли навчання за програмою підвищення кваліфікації")
    ba = f("budget_approved", "uah", 11874000, "затверджено на 2025 рік – 11 874,0 тис. грн",
           label="кошторис на 2025 рік (річний)")
    bs = f("budget_spent", "uah", 8203600, "касові видатки за 9 місяців – 8 203,6 тис. грн")
    bk = f("budget_spent", "uah", 6227400, "з них оплата праці (КЕКВ 2111) – 6 227,4 тис. грн", kekv="2111",
           label="оплата праці", parent=bs)

    g.slip("percents_sum", "error", "Якість послуг оцінили як високу 68,4 % опитаних, як задовільну – 28,9 %, як низьку – 5,3 %.",
           102.6, 100, [q1, q2, q3, sv],
           "the three answers partition the 76 respondents but sum to 102,6 %; each alone is reachable with 76 "
           "(52, 22, 4 of 76), but 52 + 22 + 4 = 78 > 76",
           f"psum_ok([{q1}, {q2}, {q3}], 1)")
    g.check("percent_impossible", "оцінили як високу 68,4 % опитаних", "68,4, 28,9, 5,3 each reachable with 76",
            f"grim_ok({q1}, {sv}, 1) and grim_ok({q2}, {sv}, 1) and grim_ok({q3}, {sv}, 1)")
    g.check("parts_sum", "За категоріями отримувачі розподілилися так:", "512 + 298 + 141 + 87 = 1 038",
            " + ".join(cp) + f" == {tot}")
    g.check("percent_mismatch", "особи похилого віку – 512 (49,3 %)",
            "49,33; 28,71; 13,58; 8,38 % of 1 038 → 49,3; 28,7; 13,6; 8,4",
            " and ".join(f"pct_ok(p{c[1:]}, {c}, {tot}, 1)" for c in cp))
    g.check("percents_sum", "особи похилого віку – 512 (49,3 %)", "49,3 + 28,7 + 13,6 + 8,4 = 100,0",
            "psum_ok([" + ", ".join("p" + c[1:] for c in cp) + "], 1)")
    g.check("table_arithmetic", rt, "468 + 212 + 187 + 171 = 1 038", " + ".join(rr) + f" == {trr}")
    g.check("table_arithmetic", rt, "97 + 54 + 41 + 38 = 230", " + ".join(rh) + f" == {trh}")
    g.check("internal_conflict", rt, "table Разом 1 038 = prose 1 038", f"{trr} == {tot}")
    g.check("parts_sum", "у тому числі 74 – з використанням телефонного зв'язку", "74 ≤ 312; 7 ≤ 9 ≤ 21",
            f"{cot} <= {co} and {sp_} <= {sc} <= {sup}")
    g.check("parts_sum", "працює 38 осіб", "6 trained ≤ 38 working ≤ 41 positions", f"{strn} <= {sact} <= {spos}")
    g.check("parts_sum", "з них оплата праці (КЕКВ 2111) – 6 227,4 тис. грн",
            "6 227,4 ≤ 8 203,6 ≤ 11 874,0 тис. грн", f"{bk} <= {bs} <= {ba}")

    g.skip("чернетка від 06.10.2025", [6, 10, 2025], "date in the document header")
    g.skip("у січні–вересні 2025 року", [2025], "period")
    g.skip("Протягом дев'яти місяців 2025 року", [2025], "period")
    g.skip("станом на 30.09.2025", [30, 9, 2025], "date")
    g.skip("Старостинський округ № 1", [1, 2, 3], "numbers of the starosta districts")
    g.skip("(зокрема 3 заходи до Дня людей похилого віку 1 жовтня не враховано – вони відбулися вже після звітного періоду)",
           [3, 1], "events after the period, not counted; date")
    g.skip("(24 год)", [24], "duration")
    g.skip("(КЕКВ 2111)", [2111], "budget code (carried in kekv)")
    g.skip("(до 2 поїздок на тиждень)", [2], "plan")
    g.skip("План на IV квартал", [4], "quarter number of the plan")
    g.skip("Виконавець: відділ соціальної роботи, тел. (04348) 0-22-71. Вих. № 214/02 від 07.10.2025",
           [4348, 2271, 214, 2, 7, 10, 2025], "phone, outgoing number and date (document footer)")
    g.skip("23830, смт Ситківці, вул. Незалежності, 47", [23830, 47], "postcode, address")
    for sk in g.skipped[:]:
        if sk["quote"] not in text:
            g.skipped.remove(sk)
            g.note(f"not in the read text, so not skipped: {sk['quote']!r}")

    g.note("a Google Docs export: every run in its own span (numbers in separate runs), empty c2 spacer paragraphs, "
           "lst-kix lists, table cells holding <p>; the header (draft date) and footer (phone, outgoing number, "
           "address) are part of the body")
    g.note("oblast is not stated in the text (only «смт Ситківці»), so meta has no oblast")
    g.note("the 1 038 persons are written twice (prose and table Разом): two facts. The table gives recipients by "
           "place (district) and home-care recipients by place; «Отримувачів» → recipients (unit_alt persons)")
    g.note("the survey answers are bare percentages → satisfaction (alt share) for «високу», share for the others")
    g.note("the slip: survey shares 68,4 + 28,9 + 5,3 = 102,6 %")
    g.write()


if __name__ == "__main__":
    main()
