"""b19_03: internal quality assessment of home care provided in 2024 by the КУ «ЦНСП»
Шепетівської міської ради (Хмельницька). reportlab PDF with a criteria table.

Planted slip: percent_impossible — Результативність 87,3 % of positive answers, but the text says
the shares are computed from the 48 respondents, and no whole k of 48 gives 87,3 (41 → 85,4; 42 → 87,5).
"""
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, KeepTogether

from common import Gold, report_path, register_fonts

DOC = "b19_03_shepetivka_cnsp_internal2024.pdf"

CRIT = [
    ("Адресність та індивідуальний підхід", "targeting", "95,8", 95.8),
    ("Результативність", "effectiveness", "87,3", 87.3),
    ("Своєчасність", "timeliness", "91,7", 91.7),
    ("Доступність та відкритість", "accessibility", "100,0", 100),
    ("Зручність", "convenience", "83,3", 83.3),
    ("Повага до гідності отримувача", "dignity", "97,9", 97.9),
    ("Професійність", "professionalism", "93,8", 93.8),
]

HEAD1 = "Комунальна установа «Центр надання соціальних послуг» Шепетівської міської ради"
HEAD2 = ("30400, Хмельницька обл., м. Шепетівка, вул. Судилківська, 21; тел. (03840) 0-42-15; "
         "ЄДРПОУ 44287391; e-mail: cnsp.shepetivka@example.ua")
TITLE = ("ЗВІТ про результати внутрішньої оцінки якості соціальної послуги догляду вдома, "
         "наданої у 2024 році")
PARAS = [
    ("h", "1. Організація оцінки"),
    ("p", "Відповідно до Порядку проведення моніторингу надання та оцінки якості соціальних послуг, "
          "затвердженого постановою Кабінету Міністрів України від 01.06.2020 № 449, та наказу директора "
          "від 03.02.2025 № 14-од у період з 03.02.2025 по 28.02.2025 комісією у складі 5 осіб проведено "
          "внутрішню оцінку якості соціальної послуги догляду вдома, наданої у 2024 році."),
    ("p", "Методи оцінки: аналіз 30 особових справ отримувачів (вибірка – 20 % від їх загальної кількості), "
          "анкетування отримувачів, спостереження за наданням послуги під час 12 виїздів за місцем "
          "проживання."),
    ("h", "2. Загальні відомості про надання послуги"),
    ("p", "У 2024 році послугу догляду вдома отримували 146 осіб, з них 39 – особи з інвалідністю I групи, "
          "21 – внутрішньо переміщені особи. До Центру надійшло 27 заяв про надання послуги, за результатами "
          "оцінки потреб взято на обслуговування 25 осіб. Знято з обслуговування 19 осіб, у тому числі "
          "14 – у зв'язку зі смертю, 5 – у зв'язку з переїздом до родичів."),
    ("p", "Надано 21 846 послуг догляду вдома. Послугу надавали 31 соціальний робітник та 2 фахівці із "
          "соціальної роботи. У 2024 році 24 соціальні робітники пройшли навчання з догляду за особами "
          "з деменцією. Денний догляд у відділенні денного перебування отримували 18 осіб (ця послуга "
          "оцінюватиметься у 2025 році)."),
    ("h", "3. Результати анкетування"),
    ("p", "В анкетуванні взяли участь 48 отримувачів послуги (33 % від загальної кількості), з них 35 жінок "
          "і 13 чоловіків. Якістю послуги повністю задоволені 39 осіб (81,3 %), частково – 8 (16,7 %), "
          "не задоволені – 1 особа (2,1 %)."),
    ("p", "Частку позитивних відповідей за кожним критерієм розраховано від загальної кількості респондентів. "
          "Шкала оцінювання: 80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»."),
    ("t", "Таблиця 1. Результати оцінки за критеріями якості"),
    ("table", None),
    ("h", "4. Висновки та рекомендації"),
    ("p", "Загальний рівень якості надання соціальної послуги догляду вдома у 2024 році оцінено як «добре». "
          "Скарг від отримувачів послуги у 2024 році не надходило. Порушень конфіденційності інформації "
          "не виявлено."),
    ("p", "Рекомендовано: 1) забезпечити підвищення кваліфікації 10 соціальних робітників до 01.10.2025; "
          "2) скоротити строк оформлення документів на обслуговування до 5 робочих днів."),
    ("p", "Голова комісії (підпис) 28.02.2025"),
]


def build():
    register_fonts()
    st = ParagraphStyle("n", fontName="LSerif", fontSize=12, leading=15, alignment=TA_JUSTIFY, spaceAfter=6)
    stc = ParagraphStyle("c", parent=st, alignment=TA_CENTER)
    sth = ParagraphStyle("h", parent=st, fontName="LSerif-B")
    stt = ParagraphStyle("t", fontName="LSerif", fontSize=11, leading=13)
    els = [Paragraph(HEAD1, stc), Paragraph(HEAD2, stc), Spacer(1, 6),
           Paragraph(TITLE, ParagraphStyle("T", parent=stc, fontName="LSerif-B"))]
    for kind, txt in PARAS:
        if kind == "h":
            els.append(Paragraph(txt, sth))
        elif kind == "p":
            els.append(Paragraph(txt, st))
        elif kind == "t":
            title_par = Paragraph(txt, stc)
        else:
            rows = [[Paragraph("№", stt), Paragraph("Критерій якості", stt),
                     Paragraph("Частка позитивних відповідей, %", stt), Paragraph("Оцінка", stt)]]
            for i, (name, _c, ps, _p) in enumerate(CRIT):
                rows.append([str(i + 1), Paragraph(name, stt), ps, "добре"])
            rows.append(["", Paragraph("Загальна оцінка", stt), "х", "добре"])
            t = Table(rows, colWidths=[30, 220, 130, 80], repeatRows=1)
            t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 11),
                                   ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            els.append(KeepTogether([title_par, t]))
            els.append(Spacer(1, 8))

    def foot(c, d):
        c.setFont("LSerif", 9)
        c.drawString(270, 20, f"Сторінка {d.page}")

    doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, invariant=1, title="Звіт про внутрішню оцінку",
                            author="КУ ЦНСП", leftMargin=60, rightMargin=50, topMargin=50, bottomMargin=50)
    doc.build(els, onFirstPage=foot, onLaterPages=foot)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Шепетівської міської ради",
        "centre_type": "cnsp",
        "settlement": "Шепетівка",
        "oblast": "Хмельницька",
        "report_kind": "internal_assessment",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Шепетівської міської ради",
        "КУ «Центр надання соціальних послуг» Шепетівської міської ради"]})
    n = lambda fid: fid[1:]
    HC = "home_care"
    f_hc = g.f("served", "persons", 146, "послугу догляду вдома отримували 146 осіб", service=HC)
    f_c1 = g.f("served", "persons", 39, "з них 39 – особи з інвалідністю I групи", service=HC, parent=f_hc,
               category="особи з інвалідністю I групи")
    f_c2 = g.f("served", "persons", 21, "21 – внутрішньо переміщені особи", service=HC, parent=f_hc,
               category="внутрішньо переміщені особи")
    f_app = g.f("applied", "applications", 27, "надійшло 27 заяв про надання послуги", service=HC)
    f_new = g.f("served", "persons", 25, "взято на обслуговування 25 осіб", service=HC,
                alt=["registered_new", "support_started"], parent=f_hc, label="взято на обслуговування")
    f_der = g.f("deregistered", "persons", 19, "Знято з обслуговування 19 осіб", service=HC,
                alt=["support_completed"], parent=f_hc)
    f_d1 = g.f("deregistered", "persons", 14, "14 – у зв'язку зі смертю", service=HC, parent=f_der,
               group="deregistered_19_by_reason", label="смерть", alt=["outcome_other"])
    f_d2 = g.f("deregistered", "persons", 5, "5 – у зв'язку з переїздом до родичів", service=HC, parent=f_der,
               group="deregistered_19_by_reason", label="переїзд до родичів", alt=["outcome_other"])
    f_srv = g.f("services_provided", "services", 21846, "Надано 21 846 послуг догляду вдома", service=HC)
    f_sw = g.f("staff_actual", "staff", 31, "Послугу надавали 31 соціальний робітник", service=HC,
               label="соціальні робітники")
    f_ssr = g.f("staff_actual", "staff", 2, "2 фахівці із соціальної роботи", service=HC,
                label="фахівці із соціальної роботи")
    f_tr = g.f("staff_trained", "staff", 24, "24 соціальні робітники пройшли навчання", service=HC,
               label="догляд за особами з деменцією")
    f_dc = g.f("served", "persons", 18, "Денний догляд у відділенні денного перебування отримували 18 осіб",
               service="day_care")
    f_sur = g.f("survey_respondents", "recipients", 48, "В анкетуванні взяли участь 48 отримувачів послуги (33 %",
                unit_alt="persons", percent=33, service=HC)
    f_w = g.f("survey_respondents", "persons", 35, "з них 35 жінок", service=HC, parent=f_sur,
              group="survey_48_by_sex", label="жінки")
    f_m = g.f("survey_respondents", "persons", 13, "13 чоловіків", service=HC, parent=f_sur,
              group="survey_48_by_sex", label="чоловіки")
    f_s1 = g.f("survey_respondents", "persons", 39, "повністю задоволені 39 осіб (81,3 %)", percent=81.3,
               service=HC, parent=f_sur, group="survey_48_by_answer", label="повністю задоволені")
    f_s2 = g.f("survey_respondents", "persons", 8, "частково – 8 (16,7 %)", percent=16.7,
               service=HC, parent=f_sur, group="survey_48_by_answer", label="частково задоволені")
    f_s3 = g.f("survey_respondents", "persons", 1, "не задоволені – 1 особа (2,1 %)", percent=2.1,
               service=HC, parent=f_sur, group="survey_48_by_answer", label="не задоволені")
    shares, ratings = [], []
    for i, (name, cid, ps, p) in enumerate(CRIT):
        q = f"{i + 1}\t{name}\t{ps}\tдобре"
        shares.append(g.f("share", "percent", p, q, service=HC, criterion=cid, alt=["satisfaction"],
                          label=f"частка позитивних відповідей: {name}"))
        ratings.append(g.f("rating", "rating", "good", q, service=HC, criterion=cid))
    f_ov1 = g.f("rating", "rating", "good", "Загальна оцінка\tх\tдобре", service=HC, criterion="overall")
    f_ov2 = g.f("rating", "rating", "good", "у 2024 році оцінено як «добре»", service=HC, criterion="overall")
    f_cmp = g.f("complaints", "complaints", 0, "Скарг від отримувачів послуги у 2024 році не надходило", service=HC)

    eff = shares[1]
    g.slip("percent_impossible", "error", f"2\tРезультативність\t87,3\tдобре", 87.3, "85,4 or 87,5 (N = 48)",
           [eff, f_sur],
           "the text says the shares are computed from the 48 respondents; no whole k of 48 gives 87,3 % "
           "(41/48 = 85,4 %, 42/48 = 87,5 %)",
           f"grim_ok(f{n(eff)}, f{n(f_sur)}, 1)")

    bands = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    g.check("percent_impossible", "1\tАдресність та індивідуальний підхід\t95,8\tдобре",
            "the other six criterion shares are reachable with 48 (46, 44, 48, 40, 47, 45 of 48)",
            " and ".join(f"grim_ok(f{n(x)}, f{n(f_sur)}, 1)" for i, x in enumerate(shares) if i != 1))
    g.check("rating_band", "Шкала оцінювання: 80–100 % – «добре»",
            "all seven shares fall into 80–100 % and are rated «добре»",
            " and ".join(f"band(f{n(s)}, {bands}) == f{n(r)}" for s, r in zip(shares, ratings)))
    g.check("parts_sum", "з них 35 жінок", "35 + 13 = 48", f"f{n(f_w)} + f{n(f_m)} == f{n(f_sur)}")
    g.check("parts_sum", "повністю задоволені 39 осіб (81,3 %)", "39 + 8 + 1 = 48",
            f"f{n(f_s1)} + f{n(f_s2)} + f{n(f_s3)} == f{n(f_sur)}")
    g.check("percent_mismatch", "повністю задоволені 39 осіб (81,3 %)",
            "39/48 = 81,25 → 81,3 (half-up); 8/48 = 16,67 → 16,7; 1/48 = 2,08 → 2,1",
            " and ".join(f"pct_ok(p{n(x)}, f{n(x)}, f{n(f_sur)}, 1)" for x in (f_s1, f_s2, f_s3)))
    g.check("percents_sum", "повністю задоволені 39 осіб (81,3 %)", "81,3 + 16,7 + 2,1 = 100,1, within rounding",
            f"psum_ok([p{n(f_s1)}, p{n(f_s2)}, p{n(f_s3)}], 1)")
    g.check("percent_mismatch", "48 отримувачів послуги (33 %", "48/146 = 32,9 → 33",
            f"pct_ok(p{n(f_sur)}, f{n(f_sur)}, f{n(f_hc)}, 0)")
    g.check("parts_sum", "у тому числі 14 – у зв'язку зі смертю", "14 + 5 = 19",
            f"f{n(f_d1)} + f{n(f_d2)} == f{n(f_der)}")
    g.check("parts_sum", "з них 39 – особи з інвалідністю I групи", "39 and 21 ≤ 146; 25 taken on ≤ 27 applications",
            f"f{n(f_c1)} + f{n(f_c2)} <= f{n(f_hc)} and f{n(f_new)} <= f{n(f_app)}")
    g.check("parts_sum", "24 соціальні робітники пройшли навчання", "24 trained ≤ 31 social workers",
            f"f{n(f_tr)} <= f{n(f_sw)}")

    g.skip("30400, Хмельницька обл., м. Шепетівка, вул. Судилківська, 21; тел. (03840) 0-42-15;",
           [30400, 21, 3840, 4215], "postcode, address, phone")
    g.skip("ЄДРПОУ 44287391", [44287391], "ЄДРПОУ")
    g.skip("постановою Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449], "act date and number")
    g.skip("від 03.02.2025 № 14-од у період з 03.02.2025 по 28.02.2025", [3, 2, 2025, 14, 28],
           "order date/number, assessment dates")
    g.skip("комісією у складі 5 осіб", [5], "commission size")
    g.skip("аналіз 30 особових справ отримувачів (вибірка – 20 % від їх загальної кількості)", [30, 20],
           "case files analysed and the sample share; no §3 id")
    g.skip("під час 12 виїздів", [12], "observation visits; no §3 id")
    g.skip("(ця послуга оцінюватиметься у 2025 році)", [2025], "plan")
    g.skip("Шкала оцінювання: 80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»",
           [80, 100, 60, 79.9], "rating band definitions")
    g.skip("Таблиця 1. Результати оцінки за критеріями якості", [1], "table number")
    for i, (name, _c, ps, _p) in enumerate(CRIT):
        g.skip(f"{i + 1}\t{name}\t{ps}\tдобре", [i + 1], "row number")
    g.skip("1) забезпечити підвищення кваліфікації 10 соціальних робітників до 01.10.2025",
           [1, 10, 2025], "recommendation (plan) with a deadline")
    g.skip("2) скоротити строк оформлення документів на обслуговування до 5 робочих днів", [2, 5],
           "recommendation, duration")
    g.skip("Голова комісії (підпис) 28.02.2025", [28, 2, 2025], "date")
    for h in [t for k, t in PARAS if k == "h"]:
        g.skip(h, [int(h.split(".")[0])], "section number")
    g.skip("Сторінка 1", [1], "page footer (the reader prints «Сторінка 1» at the top and «Сторінка 2» "
           "between the table and section 4)")
    g.skip("Сторінка 2", [2], "page footer")

    g.note("criteria table: each row gives a share (share with criterion, alt satisfaction) and a rating; both "
           "quoted by the row. The «Загальна оцінка» row has «х» for the share and «добре» for the rating")
    g.note("the overall rating is written twice (table and conclusions): two facts")
    g.note("«48 отримувачів послуги (33 % від загальної кількості)»: the 33 % is the respondents' share of the "
           "146 recipients, kept as the respondents' percent")
    g.note("«Знято з обслуговування» → deregistered (alt support_completed); «взято на обслуговування» → served "
           "(alt registered_new, support_started)")
    return g


if __name__ == "__main__":
    build()
    gold().write()
