"""b109_08: analytic note of КУ «ЦНСП» Успенівської сільської ради (Одеська) on services to IDPs in 2023,
typeset to look like LaTeX output (less common style): serif face, numbered sections «1 Вступ»,
booktabs tables (three rules), footnote marks after figures with the footnotes at the page bottom,
thin spaces as thousands separators, «табл. 2» cross-references, a small bibliography.
reportlab PDF (invariant=1). No Computer Modern font is installed: Liberation Serif stands in."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle, Spacer)
from common import Gold, report_path, register_fonts, read_text

DOC = "b109_08_uspenivka_cnsp_note2023.pdf"
T = "\u2009"   # thin space, as \, in LaTeX


def fn(k):
    return f"<super>{k}</super>"


FOOT = {
    1: "За даними Єдиної інформаційної бази даних про внутрішньо переміщених осіб станом на 01.01.2024.",
    2: f"Особу враховано один раз незалежно від кількості звернень; повторних звернень зареєстровано 641.",
    3: "Сім'ї, які перебували під супроводом хоча б один день протягом 2023 р.",
    4: "Для порівняння: у 2022 р. повністю задоволеними були 64,2 % опитаних [2, с. 31].",
}

BODY = [
    ("title", "Соціальні послуги для внутрішньо переміщених осіб в Успенівській громаді: підсумки 2023 року"),
    ("sub", "Аналітична записка"),
    ("sub", "Комунальна установа «Центр надання соціальних послуг» Успенівської сільської ради, Одеська область"),
    ("sub", "лютий 2024"),
    ("abs", "<b>Анотація.</b> У записці проаналізовано звернення внутрішньо переміщених осіб (ВПО) до Центру, "
            "оцінку їхніх потреб, надання соціальних послуг і задоволеність ними у 2023 р. Показано, що основне "
            "навантаження припадає на натуральну допомогу (табл. 1), а її фінансування здебільшого залежить від "
            "міжнародних організацій (табл. 2)."),
    ("h", "1 Вступ"),
    ("p", f"На 1 січня 2024 р. у громаді перебувало на обліку 2{T}186 ВПО{fn(1)}, що становить близько 14 % "
          "населення громади. Записку підготовлено на виконання рішення виконавчого комітету сільської ради "
          "від 14.12.2023 № 231 для планування соціальних послуг на 2024–2026 рр."),
    ("h", "2 Дані та методика"),
    ("p", "Використано журнал обліку звернень, особові справи отримувачів і результати анкетування, проведеного "
          "в листопаді 2023 р. (n = 186). Частки обчислено від кількості осіб, які відповіли на запитання, "
          "і округлено до десятих. Методика оцінки відповідає рекомендаціям [1]."),
    ("h", "3 Результати"),
    ("h2", "3.1 Звернення та оцінка потреб"),
    ("p", f"У 2023 р. до Центру звернулися 1{T}734 особи, з них 912 ВПО{fn(2)}. Оцінку потреб проведено "
          "688 особам, з них 402 ВПО (58,4 %). Розподіл отримувачів за видами послуг наведено в табл. 1."),
    ("cap", "Таблиця 1: Отримувачі соціальних послуг за видами послуг, 2023 р."),
    ("t1", None),
    ("p", "Найвища частка ВПО – серед отримувачів соціальної адаптації, найнижча – серед отримувачів догляду вдома, "
          "який надається переважно місцевим одиноким людям похилого віку."),
    ("h2", "3.2 Натуральна допомога"),
    ("p", "Натуральну допомогу (продуктові набори, засоби гігієни, побутові товари) ВПО отримували з трьох джерел "
          "(див. табл. 2). Частка місцевого бюджету залишається невеликою, що робить допомогу вразливою до "
          "змін у програмах донорів [3, с. 118]."),
    ("cap", "Таблиця 2: Натуральна допомога ВПО за джерелами фінансування, 2023 р."),
    ("t2", None),
    ("h2", "3.3 Соціальний супровід"),
    ("p", f"Під соціальним супроводом перебували 27 сімей ВПО, у яких виховується 49 дітей{fn(3)}. Протягом "
          "року під супровід взято 15 сімей, завершено супровід 12 сімей, з них із позитивним результатом – 8."),
    ("h2", "3.4 Задоволеність послугами"),
    ("p", f"За результатами анкетування (n = 186) якістю послуг повністю задоволені 71,5 % опитаних, частково – "
          f"24,7 %, не задоволені – 3,8 %{fn(4)}. Найбільше незадоволених потреб опитані ВПО назвали в житлі "
          "(42,5 %) та працевлаштуванні (37,1 %); можна було обрати кілька відповідей."),
    ("h", "4 Висновки"),
    ("p", f"Отже, у 2023 р. Центр надав соціальні послуги 903 ВПО (у 2022 р. – 711). Послуги ВПО надавали "
          "9 фахівців із 23 працівників Центру. Доцільно передбачити в програмі на 2024–2026 рр. кошти "
          "місцевого бюджету на натуральну допомогу та розширити послугу соціальної адаптації."),
    ("h", "Література"),
    ("bib", "[1] Про затвердження Методичних рекомендацій з проведення моніторингу та оцінки якості соціальних "
            "послуг : наказ Мінсоцполітики України від 27.12.2013 № 904."),
    ("bib", "[2] Аналітична записка щодо надання соціальних послуг ВПО у 2022 році. Успенівка : КУ «ЦНСП», 2023. 38 с."),
    ("bib", "[3] Соціальні послуги в територіальних громадах : практичний посібник. Київ, 2021. С. 112–130."),
]
T1 = [["Послуга", "Усього, осіб", "з них ВПО", "Частка ВПО, %"],
      ["Інформування", f"1{T}126", "604", "53,6"],
      ["Консультування", "847", "471", "55,6"],
      ["Натуральна допомога", f"1{T}318", "879", "66,7"],
      ["Соціальна адаптація", "64", "52", "81,3"],
      ["Догляд вдома", "59", "7", "11,9"],
      ["Разом", f"3{T}414", f"2{T}013", "59,0"]]
T2 = [["Джерело", "Наборів, шт.", "Вартість, тис. грн"],
      ["Місцевий бюджет (програма)", f"1{T}240", "604,3"],
      ["Благодійні внески", "560", "318,5"],
      ["Міжнародні організації", f"2{T}310", f"1{T}146,2"],
      ["Разом", f"4{T}110", f"2{T}096,0"]]


class NoteDoc(BaseDocTemplate):
    def __init__(self, path, **kw):
        super().__init__(path, **kw)
        self.notes_on_page = []
        fr = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body", leftPadding=0, rightPadding=0)
        self.addPageTemplates([PageTemplate("p", frames=[fr], onPageEnd=self._end)])

    def afterFlowable(self, flowable):
        k = getattr(flowable, "_footnotes", ())
        self.notes_on_page.extend(k)

    def _end(self, c, d):
        c.saveState()
        if self.notes_on_page:
            y = 3.6 * cm
            c.setLineWidth(0.4)
            c.line(self.leftMargin, y + 0.35 * cm, self.leftMargin + 5 * cm, y + 0.35 * cm)
            for k in self.notes_on_page:
                c.setFont("LSerif", 6)
                c.drawString(self.leftMargin, y + 2.5, str(k))
                c.setFont("LSerif", 8.5)
                c.drawString(self.leftMargin + 0.25 * cm, y, FOOT[k])
                y -= 0.42 * cm
        c.setFont("LSerif", 10)
        c.drawCentredString(A4[0] / 2, 1.5 * cm, str(d.page))
        c.restoreState()
        self.notes_on_page = []


def booktabs(data, widths, st):
    rows = [[Paragraph(c, st) for c in r] for r in data]
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),     # \toprule
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),     # \midrule
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),   # \midrule before the total
        ("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black),   # \bottomrule
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return t


def build(path):
    register_fonts()
    p = ParagraphStyle("p", fontName="LSerif", fontSize=11, leading=13.6, alignment=TA_JUSTIFY, firstLineIndent=16)
    title = ParagraphStyle("t", fontName="LSerif", fontSize=16, leading=20, alignment=TA_CENTER, spaceAfter=8)
    sub = ParagraphStyle("s", fontName="LSerif", fontSize=11, leading=14, alignment=TA_CENTER, spaceAfter=2)
    ab = ParagraphStyle("a", fontName="LSerif", fontSize=10, leading=12.5, alignment=TA_JUSTIFY, leftIndent=28, rightIndent=28, spaceBefore=12, spaceAfter=6)
    h = ParagraphStyle("h", fontName="LSerif-B", fontSize=13, leading=16, spaceBefore=12, spaceAfter=5)
    h2 = ParagraphStyle("h2", fontName="LSerif-B", fontSize=11.5, leading=14, spaceBefore=9, spaceAfter=3)
    cap = ParagraphStyle("c", fontName="LSerif", fontSize=10, leading=12, alignment=TA_CENTER, spaceBefore=8, spaceAfter=4)
    tc = ParagraphStyle("tc", fontName="LSerif", fontSize=10, leading=12)
    bib = ParagraphStyle("b", fontName="LSerif", fontSize=10, leading=12.5, leftIndent=18, firstLineIndent=-18, spaceAfter=2)
    styles = {"title": title, "sub": sub, "abs": ab, "h": h, "h2": h2, "p": p, "cap": cap, "bib": bib}
    doc = NoteDoc(path, pagesize=A4, leftMargin=3.2 * cm, rightMargin=3.2 * cm, topMargin=2.8 * cm, bottomMargin=4.4 * cm,
                  invariant=1, title="Аналітична записка", author="КУ ЦНСП")
    fl = []
    for kind, text in BODY:
        if kind == "t1":
            fl.append(booktabs(T1, [5.2 * cm, 2.6 * cm, 2.3 * cm, 2.8 * cm], tc))
            continue
        if kind == "t2":
            fl.append(booktabs(T2, [6.2 * cm, 2.8 * cm, 3.6 * cm], tc))
            continue
        para = Paragraph(text, styles[kind])
        para._footnotes = [k for k in FOOT if fn(k) in text]
        fl.append(para)
        if kind == "sub" and text.startswith("лютий"):
            fl.append(Spacer(1, 6))
    doc.build(fl)


def main():
    path = report_path(DOC)
    build(path)
    text = read_text(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Успенівської сільської ради",
        "centre_type": "cnsp", "settlement": "Успенівка", "oblast": "Одеська",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
    }, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Успенівської сільської ради",
                   "КУ «Центр надання соціальних послуг» Успенівської сільської ради"],
        "report_kind": ["other", "annual_report"]})
    f = g.f
    n = lambda x: x[1:]
    s = lambda x: x.replace(T, " ")
    IDP = "внутрішньо переміщені особи"
    rs1 = f("survey_respondents", "persons", 186, "в листопаді 2023 р. (n = 186)")
    ap = f("applied", "persons", 1734, s(f"до Центру звернулися 1{T}734 особи"))
    api = f("applied", "persons", 912, "з них 912 ВПО", parent=ap, category=IDP)
    na = f("needs_assessed", "persons", 688, "Оцінку потреб проведено 688 особам")
    nai = f("needs_assessed", "persons", 402, "з них 402 ВПО (58,4 %)", percent=58.4, parent=na, category=IDP)

    def row(r):   # how the reader prints a booktabs row: cells joined by spaces, thin spaces as spaces
        return " ".join(c.replace(T, " ") for c in r)

    svc = ["informing", "counselling", "natural_aid", "social_adaptation", "home_care"]
    tq = row(T1[6])
    tt = f("served", "persons", 3414, tq, label="Разом (табл. 1)")
    ti = f("served", "persons", 2013, tq, percent=59.0, category=IDP, parent=tt, label="Разом, з них ВПО (табл. 1)")
    ra, rb = [], []
    for r_, sv in zip(T1[1:6], svc):
        q = row(r_)
        a = f("served", "persons", int(r_[1].replace(T, "")), q, service=sv, parent=tt, group="table1_total_by_service")
        b = f("served", "persons", int(r_[2]), q, service=sv, category=IDP, percent=float(r_[3].replace(",", ".")), parent=a, group="table1_idp_by_service")
        ra.append(a); rb.append(b)
    t2q = row(T2[4])
    at = f("aid_value", "uah", 2096000, t2q, service="natural_aid", label="Разом (табл. 2)", category=IDP)
    av = []
    for r_ in T2[1:4]:
        v = round(float(r_[2].replace(T, "").replace(",", ".")) * 1000)
        av.append(f("aid_value", "uah", v, row(r_), service="natural_aid", label=r_[0], category=IDP, parent=at, group="table2_value_by_source"))
    sf = f("served", "families", 27, "Під соціальним супроводом перебували 27 сімей ВПО", service="social_support_sjo", alt=["support_ongoing"], category=IDP)
    sc = f("served", "children", 49, "у яких виховується 49 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=sf)
    st = f("support_started", "families", 15, "під супровід взято 15 сімей", service="social_support_sjo", parent=sf)
    cp = f("support_completed", "families", 12, "завершено супровід 12 сімей", service="social_support_sjo", parent=sf)
    op = f("outcome_positive", "families", 8, "з них із позитивним результатом – 8", parent=cp)
    rs2 = f("survey_respondents", "persons", 186, "За результатами анкетування (n = 186)", note="the sample size said a second time")
    s1 = f("satisfaction", "percent", 71.5, "якістю послуг повністю задоволені 71,5 % опитаних", alt=["share"], label="повністю задоволені")
    s2 = f("share", "percent", 24.7, "частково – 24,7 %", alt=["satisfaction"], label="частково задоволені")
    s3 = f("share", "percent", 3.8, "не задоволені – 3,8 %", label="не задоволені")
    h1 = f("share", "percent", 42.5, "в житлі (42,5 %)", label="незадоволена потреба в житлі")
    h2 = f("share", "percent", 37.1, "працевлаштуванні (37,1 %)", label="незадоволена потреба в працевлаштуванні")
    svi = f("served", "persons", 903, "Центр надав соціальні послуги 903 ВПО", category=IDP)
    sa = f("staff_actual", "staff", 23, "9 фахівців із 23 працівників Центру")
    sai = f("staff_actual", "staff", 9, "Послуги ВПО надавали 9 фахівців", parent=sa, label="надавали послуги ВПО")

    g.slip("table_arithmetic", "error", t2q, 2096000, 2069000, [at] + av,
           "the value column sums to 604,3 + 318,5 + 1 146,2 = 2 069,0 тис. грн, but Разом says 2 096,0 (digits transposed)",
           " + ".join(f"f{n(x)}" for x in av) + f" == f{n(at)}")
    g.check("table_arithmetic", tq, "Усього column: 1126 + 847 + 1318 + 64 + 59 = 3414", " + ".join(f"f{n(x)}" for x in ra) + f" == f{n(tt)}")
    g.check("table_arithmetic", tq, "з них ВПО column: 604 + 471 + 879 + 52 + 7 = 2013", " + ".join(f"f{n(x)}" for x in rb) + f" == f{n(ti)}")
    g.check("percent_mismatch", tq, "Частка ВПО column: each row's % = ВПО / Усього (53,6; 55,6; 66,7; 81,3; 11,9) and 2013 / 3414 = 59,0",
            " and ".join(f"pct_ok(p{n(b)}, f{n(b)}, f{n(a)}, 1)" for a, b in zip(ra, rb)) + f" and pct_ok(p{n(ti)}, f{n(ti)}, f{n(tt)}, 1)")
    g.check("table_arithmetic", row(T2[-1]), "Наборів column: 1240 + 560 + 2310 = 4110 (items are literals: no §3 id)", "1240 + 560 + 2310 == 4110")
    g.check("percent_mismatch", "з них 402 ВПО (58,4 %)", "402 / 688 = 58,43 → 58,4", f"pct_ok(p{n(nai)}, f{n(nai)}, f{n(na)}, 1)")
    g.check("parts_sum", "з них 912 ВПО", "912 ≤ 1734; 402 ≤ 688 ≤ 1734", f"f{n(api)} <= f{n(ap)} and f{n(nai)} <= f{n(na)} <= f{n(ap)}")
    g.check("parts_sum", "Центр надав соціальні послуги 903 ВПО", "903 IDPs served: at least the 879 of the largest service row, at most the 912 IDPs who applied",
            f"max({', '.join('f' + n(b) for b in rb)}) <= f{n(svi)} <= f{n(api)}")
    g.check("parts_sum", "завершено супровід 12 сімей, з них", "15 taken, 12 completed ≤ 27; 8 positive ≤ 12", f"f{n(st)} <= f{n(sf)} and f{n(cp)} <= f{n(sf)} and f{n(op)} <= f{n(cp)}")
    g.check("percents_sum", "повністю задоволені 71,5 % опитаних", "71,5 + 24,7 + 3,8 = 100,0", f"psum_ok([f{n(s1)}, f{n(s2)}, f{n(s3)}], 1)")
    g.check("percent_impossible", "(n = 186)", "all five survey shares are reachable with 186 (133, 46, 7, 79, 69 of 186)",
            " and ".join(f"grim_ok(f{n(x)}, f{n(rs1)}, 1)" for x in (s1, s2, s3, h1, h2)))
    g.check("parts_sum", "Послуги ВПО надавали 9 фахівців", "9 ≤ 23", f"f{n(sai)} <= f{n(sa)}")
    g.check("internal_conflict", "За результатами анкетування (n = 186)", "the sample size is the same both times", f"f{n(rs1)} == f{n(rs2)}")

    g.skip("лютий 2024", [2024], "date of the note")
    g.skip(s(f"перебувало на обліку 2{T}186 ВПО¹"), [2186, 1], "IDPs registered in the state database (population-like, another body's register), footnote mark")
    g.skip("що становить близько 14 % населення громади", [14], "share of population")
    g.skip("від 14.12.2023 № 231", [14, 12, 2023, 231], "decision date and number")
    g.skip("на 2024–2026 рр.", [2024, 2026], "programme years")
    g.skip("1 Вступ", [1, 2, 3, 3.1, 3.2, 3.3, 3.4, 4], "section numbers")
    g.skip("рекомендаціям [1]", [1], "citation number")
    g.skip("з них 912 ВПО²", [2], "footnote mark")
    g.skip("Таблиця 1: Отримувачі соціальних послуг за видами послуг, 2023 р.", [1, 2023], "table number, year")
    g.skip("Таблиця 2: Натуральна допомога ВПО за джерелами фінансування, 2023 р.", [2, 2023], "table number, year")
    g.skip("(див. табл. 2)", [2], "cross-reference")
    g.skip("[3, с. 118]", [3, 118], "citation with page")
    g.skip("Місцевий бюджет (програма) 1 240", [1240, 560, 2310, 4110], "items (sets) in table 2")
    g.skip("у яких виховується 49 дітей³", [3], "footnote mark")
    g.skip("не задоволені – 3,8 %⁴", [4], "footnote mark")
    g.skip("(у 2022 р. – 711)", [2022, 711], "prior-year figure")
    g.skip("Для порівняння: у 2022 р. повністю задоволеними були 64,2 % опитаних [2, с. 31].", [2022, 64.2, 2, 31], "footnote: prior-year share, citation")
    g.skip("станом на 01.01.2024", [1, 1, 2024], "footnote: date")
    g.skip("1 За даними Єдиної інформаційної бази", [1], "footnote number at the page bottom")
    g.skip("2 Особу враховано один раз", [2], "footnote number at the page bottom")
    g.skip("3 Сім'ї, які перебували під супроводом хоча б один день протягом 2023 р.", [3, 1, 2023], "footnote number, «один день», year")
    g.skip("4 Для порівняння", [4], "footnote number at the page bottom")
    g.skip("повторних звернень зареєстровано 641", [641], "footnote: repeat applications (not persons), no separate §3 id")
    g.skip("від 27.12.2013 № 904", [27, 12, 2013, 904], "bibliography: order date and number")
    g.skip("Успенівка : КУ «ЦНСП», 2023. 38 с.", [2023, 38], "bibliography: year, pages")
    g.skip("Київ, 2021. С. 112–130.", [2021, 112, 130], "bibliography: year, pages")

    g.note("an analytic note → report_kind period_report (SPEC §5); other and annual_report accepted in meta_alt")
    g.note("typeset like LaTeX: footnote marks are raised digits after figures; the reader prints them as ¹ ² ³ ⁴ glued to the figure («912 ВПО²»): they are not part of the value. Footnotes are drawn at the page bottom; their figures are skipped")
    g.note("thin spaces as thousands separators: the reader prints them as ordinary spaces («1 734»); booktabs rows (no vertical rules) come out with cells joined by single spaces, so «Інформування 1 126 604 53,6» must be split by column count, not by spaces; quotes follow the reader")
    g.note("table 1: each cell is a fact quoted by its row; the Усього cells hang on Разом, the ВПО cells hang on the Усього cell of their row with their Частка ВПО % as percent; the ВПО Разом carries 59,0 %")
    g.note("table 2: Вартість cells → aid_value (natural_aid) by source; the Наборів column is items (skipped, but checked as literals)")
    g.note("the page-1 footnotes ¹ ² come out inside the paragraph that runs across the page break («…місцевим одиноким людям 1 За даними … 641. похилого віку.»), as in a real LaTeX PDF")
    g.note("«n = 186» appears twice: two survey_respondents facts")
    g.note("the unmet-needs shares (житло 42,5 %, працевлаштування 37,1 %) are standalone shares (multiple answers: no partition)")
    g.note("«903 ВПО» in the conclusions → served persons with the IDP category, no parent (the table counts person-services)")
    g.write()


if __name__ == "__main__":
    main()
