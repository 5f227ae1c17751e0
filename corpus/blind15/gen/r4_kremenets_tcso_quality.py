"""b15_04: ТЦСО Кременецької міської ради (Тернопільська), internal quality assessment of the
service «догляд вдома» for 2024. PDF (reportlab) with a running header and footer, a survey
paragraph and a criteria table (% of indicators met and a rating «Добре»/«Задовільно»).
Planted: rating_band (77 % rated «Добре» against the report's own 80–100 % band),
percent_mismatch (79 of 86 respondents written 90,8 %).
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import Gold, pdf_styles, report_path

DOC = "b15_04_kremenets_tcso_quality2024.pdf"
CENTRE = ("Територіальний центр соціального обслуговування (надання соціальних послуг) "
          "Кременецької міської ради")
HEADER = "ТЦСО Кременецької міської ради • Внутрішня оцінка якості послуги догляду вдома"

CRITERIA = [  # (criterion id, name, percent, rating word, rating id)
    ("targeting", "Адресність та індивідуальний підхід", 96, "Добре", "good"),
    ("effectiveness", "Результативність", 88, "Добре", "good"),
    ("timeliness", "Своєчасність", 91, "Добре", "good"),
    ("accessibility", "Доступність та відкритість", 77, "Добре", "good"),       # slip
    ("convenience", "Зручність", 74, "Задовільно", "satisfactory"),
    ("dignity", "Повага до гідності отримувача соціальної послуги", 100, "Добре", "good"),
    ("professionalism", "Професійність", 85, "Добре", "good"),
]
OVERALL = 87
assert round(sum(c[2] for c in CRITERIA) / len(CRITERIA)) == OVERALL
BANDS = [[80, 100, "good"], [60, 79, "satisfactory"], [0, 59, "unsatisfactory"]]

PARAS_1 = [
    ("title", "ЗВІТ<br/>про результати внутрішньої оцінки якості соціальної послуги догляду вдома, "
              "наданої у 2024 році"),
    ("body", "Відповідно до Порядку проведення моніторингу надання та оцінки якості соціальних послуг, "
             "затвердженого постановою Кабінету Міністрів України від 01.06.2020 № 449, та наказу "
             "директора територіального центру від 04.11.2024 № 87-од у період з 11 по 29 листопада "
             "2024 року комісією у складі 5 осіб проведено внутрішню оцінку якості соціальної послуги "
             "догляду вдома, наданої Територіальним центром соціального обслуговування (надання "
             "соціальних послуг) Кременецької міської ради Тернопільської області у 2024 році."),
    ("body", "Станом на 01.11.2024 послугу догляду вдома отримували 214 осіб. Протягом року послугу "
             "надавали 27 соціальних робітників, 18 з яких у 2024 році пройшли навчання з питань "
             "догляду за особами з деменцією. Послуга надається, як правило, 2–3 рази на тиждень "
             "відповідно до індивідуального плану."),
    ("h", "1. Методи оцінки"),
    ("body", "Під час оцінки проведено аналіз особових справ отримувачів (вибірково 40 справ), "
             "спостереження за процесом надання послуги під час 12 візитів разом із соціальними "
             "робітниками, співбесіди з працівниками та анкетування отримувачів послуги."),
    ("h", "2. Результати анкетування"),
    ("body", "В анкетуванні взяли участь 86 отримувачів послуги догляду вдома (40,2 % від тих, хто "
             "отримував послугу станом на 01.11.2024), з них жінки – 64 (74,4 %), чоловіки – 22 "
             "(25,6 %). За віком: 60–69 років – 14 осіб, 70–79 років – 38 осіб, 80 років і старше – "
             "34 особи."),
    ("body", "Задоволені якістю послуги в цілому 94,2 % опитаних, частково задоволені – 5,8 %, "
             "незадоволених немає. На запитання про своєчасність приходу соціального робітника "
             "позитивно відповіли 79 респондентів (90,8 %). Повністю поінформовані про свої права та "
             "порядок оскарження рішень 71 респондент (82,6 %)."),
    ("h", "3. Оцінка за критеріями якості"),
    ("body", "Оцінка за кожним критерієм визначалася за відсотком виконання показників Державного "
             "стандарту догляду вдома: від 80 до 100 % – «добре», від 60 до 79 % – «задовільно», "
             "менше 60 % – «незадовільно»."),
]

PARAS_2 = [
    ("body", "Скарг на якість надання послуги догляду вдома протягом 2024 року не надходило."),
    ("h", "4. Рекомендації"),
    ("body", "1) до 01.06.2025 облаштувати пандус біля входу до адміністративного приміщення; "
             "2) розмістити на сайті міської ради оновлений перелік послуг і тарифів; "
             "3) забезпечити навчання ще 9 соціальних робітників; 4) повторне анкетування провести "
             "у IV кварталі 2025 року."),
    ("body", "Голова комісії – заступник директора територіального центру"),
    ("small", "47003, Тернопільська обл., м. Кременець, вул. Дубенська, 4; тел. (03546) 0-25-83"),
]


def table(st):
    rows = [[Paragraph("№", st["cellb"]), Paragraph("Критерій якості", st["cellb"]),
             Paragraph("Рівень виконання показників, %", st["cellb"]), Paragraph("Оцінка", st["cellb"])]]
    for i, (_, name, pct, word, _) in enumerate(CRITERIA):
        rows.append([str(i + 1), Paragraph(name, st["cell"]), str(pct), word])
    rows.append(["", Paragraph("Загальна оцінка якості", st["cellb"]), str(OVERALL), "Добре"])
    t = Table(rows, colWidths=[28, 250, 110, 90], repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 9.5),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return t


def on_page(c, doc):
    c.saveState()
    c.setFont("LSerif", 8)
    c.drawString(56, 806, HEADER)
    c.line(56, 802, 539, 802)
    c.drawCentredString(297, 28, f"Сторінка {doc.page}")
    c.restoreState()


def build():
    st = pdf_styles()
    doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, invariant=1, pageCompression=1, topMargin=60,
                            bottomMargin=50, leftMargin=56, rightMargin=56,
                            title="Внутрішня оцінка якості", author="")
    flow = [Paragraph(t, st[k]) for k, t in PARAS_1]
    flow += [Paragraph("Таблиця. Результати оцінки за критеріями", st["h"]), table(st), Spacer(1, 8)]
    flow += [Paragraph(t, st[k]) for k, t in PARAS_2]
    doc.build(flow, onFirstPage=on_page, onLaterPages=on_page)


def gold():
    g = Gold(DOC, {
        "centre": CENTRE, "centre_type": "tcso", "settlement": "Кременець", "oblast": "Тернопільська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, meta_alt={"centre": [CENTRE + " Тернопільської області"]})
    f = g.f
    hc = f("served", "persons", 214, "Станом на 01.11.2024 послугу догляду вдома отримували 214 осіб",
           service="home_care", alt=["support_ongoing"])
    sw = f("staff_actual", "staff", 27, "надавали 27 соціальних робітників", service="home_care",
           label="соціальні робітники")
    tr = f("staff_trained", "staff", 18, "18 з яких у 2024 році пройшли навчання", service="home_care",
           parent=sw)
    resp = f("survey_respondents", "recipients", 86, "В анкетуванні взяли участь 86 отримувачів",
             service="home_care", percent=40.2, unit_alt="persons")
    w = f("survey_respondents", "persons", 64, "жінки – 64 (74,4 %)", service="home_care", label="жінки",
          percent=74.4, group="respondents_86_by_sex", parent=resp)
    m = f("survey_respondents", "persons", 22, "чоловіки – 22 (25,6 %)", service="home_care",
          label="чоловіки", percent=25.6, group="respondents_86_by_sex", parent=resp)
    a1 = f("survey_respondents", "persons", 14, "60–69 років – 14 осіб", service="home_care",
           label="віком 60–69 років", group="respondents_86_by_age", parent=resp)
    a2 = f("survey_respondents", "persons", 38, "70–79 років – 38 осіб", service="home_care",
           label="віком 70–79 років", group="respondents_86_by_age", parent=resp)
    a3 = f("survey_respondents", "persons", 34, "80 років і старше – 34 особи", service="home_care",
           label="віком 80 років і старше", group="respondents_86_by_age", parent=resp)
    sat = f("satisfaction", "percent", 94.2, "Задоволені якістю послуги в цілому 94,2 % опитаних",
            service="home_care")
    part = f("share", "percent", 5.8, "частково задоволені – 5,8 %", service="home_care",
             label="частка опитаних, частково задоволених якістю послуги", alt=["satisfaction"])
    tim = f("survey_respondents", "persons", 79, "позитивно відповіли 79 респондентів (90,8 %)",
            service="home_care", percent=90.8,
            label="позитивно оцінили своєчасність приходу соціального робітника", parent=resp)
    inf = f("survey_respondents", "persons", 71, "71 респондент (82,6 %)", service="home_care",
            percent=82.6,
            label="повністю поінформовані про права та порядок оскарження", parent=resp)
    row_ids = {}
    for i, (cid, name, pct, word, rid) in enumerate(CRITERIA):
        row = f"{i + 1}\t{name}\t{pct}\t{word}"
        s = f("share", "percent", pct, row, service="home_care", criterion=cid,
              label=f"рівень виконання показників: {name}")
        r = f("rating", "rating", rid, row, service="home_care", criterion=cid)
        row_ids[cid] = (row, s, r)
    orow = f"Загальна оцінка якості\t{OVERALL}\tДобре"
    os_ = f("share", "percent", OVERALL, orow, service="home_care", criterion="overall",
            label="загальний рівень виконання показників")
    or_ = f("rating", "rating", "good", orow, service="home_care", criterion="overall")
    f("complaints", "complaints", 0, "Скарг на якість надання послуги догляду вдома протягом 2024 року не надходило",
      service="home_care")

    row, s, r = row_ids["accessibility"]
    g.slip("rating_band", "error", row, "good", "satisfactory", [s, r],
           "Доступність та відкритість: 77 % is in the document's own band 60–79 % «задовільно», "
           "but the row says «Добре».",
           {"kind": "band", "value": s, "rating": "good", "bands": BANDS})
    g.slip("percent_mismatch", "error", "позитивно відповіли 79 респондентів (90,8 %)", 90.8, 91.9,
           [tim, resp],
           "79 of the 86 respondents: 79/86 = 91.86 % → 91,9 %, written 90,8 % (= 79/87). The other "
           "percentages of the paragraph use N = 86.",
           {"kind": "pct", "k": tim, "n": resp, "p": f"{tim}.percent", "decimals": 1})

    g.check("percent_mismatch", "(40,2 % від тих, хто отримував послугу станом на 01.11.2024)",
            "86/214 = 40.19 % → 40,2", {"kind": "pct", "k": resp, "n": hc, "p": f"{resp}.percent", "decimals": 1})
    g.check("parts_sum", "жінки – 64 (74,4 %), чоловіки – 22", "64 + 22 = 86",
            {"kind": "sum", "parts": [w, m], "total": resp})
    g.check("percent_mismatch", "жінки – 64 (74,4 %)", "64/86 = 74.42 % → 74,4",
            {"kind": "pct", "k": w, "n": resp, "p": f"{w}.percent", "decimals": 1})
    g.check("percent_mismatch", "чоловіки – 22 (25,6 %)", "22/86 = 25.58 % → 25,6",
            {"kind": "pct", "k": m, "n": resp, "p": f"{m}.percent", "decimals": 1})
    g.check("percents_sum", "жінки – 64 (74,4 %), чоловіки – 22", "74,4 + 25,6 = 100,0",
            {"kind": "pct_sum", "percents": [f"{w}.percent", f"{m}.percent"], "decimals": 1})
    g.check("parts_sum", "За віком: 60–69 років – 14 осіб", "14 + 38 + 34 = 86",
            {"kind": "sum", "parts": [a1, a2, a3], "total": resp})
    g.check("percents_sum", "частково задоволені – 5,8 %", "94,2 + 5,8 + 0 (незадоволених немає) = 100,0",
            {"kind": "pct_sum", "percents": [sat, part], "decimals": 1})
    g.check("percent_impossible", "Задоволені якістю послуги в цілому 94,2 % опитаних",
            "81/86 = 94.19 % → 94,2 is achievable", {"kind": "pct", "k": 81, "n": resp, "p": sat, "decimals": 1})
    g.check("percent_impossible", "частково задоволені – 5,8 %", "5/86 = 5.81 % → 5,8 is achievable",
            {"kind": "pct", "k": 5, "n": resp, "p": part, "decimals": 1})
    g.check("percent_mismatch", "71 респондент (82,6 %)", "71/86 = 82.56 % → 82,6",
            {"kind": "pct", "k": inf, "n": resp, "p": f"{inf}.percent", "decimals": 1})
    for cid, (row, s, r) in row_ids.items():
        if cid == "accessibility":
            continue
        rid = g._by_id[r]["value"]
        g.check("rating_band", row, f"{cid}: {g._by_id[s]['value']} % → {rid}",
                {"kind": "band", "value": s, "rating": rid, "bands": BANDS})
    g.check("rating_band", orow, "overall: 87 % → добре (87 = mean of the seven rows, 611/7 = 87.3)",
            {"kind": "band", "value": os_, "rating": "good", "bands": BANDS})
    g.check("parts_sum", "18 з яких у 2024 році пройшли навчання", "18 trained ≤ 27 social workers",
            {"kind": "le", "a": tr, "b": sw})

    g.skip("постановою Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449],
           "legal act date and number")
    g.skip("від 04.11.2024 № 87-од", [4, 11, 2024, 87], "order date and number")
    g.skip("у період з 11 по 29 листопада 2024 року комісією у складі 5 осіб", [11, 29, 2024, 5],
           "dates of the assessment and size of the commission")
    g.skip("Послуга надається, як правило, 2–3 рази на тиждень", [2, 3], "frequency of visits")
    g.skip("(вибірково 40 справ)", [40], "case files sampled; no §3 id")
    g.skip("під час 12 візитів", [12], "observation visits; no §3 id")
    g.skip("60–69 років", [60, 69, 70, 79, 80], "age bands (the counts beside them are facts)")
    g.skip("незадоволених немає", [0], "zero written in words; implied by 94,2 + 5,8 = 100")
    g.skip("від 80 до 100 % – «добре», від 60 до 79 % – «задовільно», менше 60 % – «незадовільно»",
           [80, 100, 60, 79, 60], "rating band definitions")
    g.skip("1\tАдресність та індивідуальний підхід", [1, 2, 3, 4, 5, 6, 7], "row numbers of the table")
    g.skip("до 01.06.2025 облаштувати пандус", [1, 6, 2025], "deadline of a recommendation (plan)")
    g.skip("забезпечити навчання ще 9 соціальних робітників", [9], "plan")
    g.skip("у IV кварталі 2025 року", [4, 2025], "plan")
    g.skip("Сторінка 1", [1, 2], "page numbers (running footer)")
    g.skip("47003, Тернопільська обл., м. Кременець, вул. Дубенська, 4; тел. (03546) 0-25-83",
           [47003, 4, 3546, 2583], "postcode, address, phone")

    g.note("period: the service «надана у 2024 році» → 2024-01-01..2024-12-31; report_kind internal_assessment")
    g.note("criteria table: each row gives a share (percent, criterion) and a rating (criterion); the "
           "«Загальна оцінка якості» row → criterion overall")
    g.note("respondent counts with a percent (79 → 90,8 %, 71 → 82,6 %) are survey_respondents rows "
           "with a label and the percent, as a percent next to a count belongs to that count (no criterion "
           "set: the questions touch timeliness and accessibility, but these are survey counts, not ratings)")
    g.note("«214 осіб станом на 01.11.2024» → served home_care (alt support_ongoing)")
    g.note("the running header and the page numbers of the PDF are page furniture, not facts")
    g.write()


if __name__ == "__main__":
    build()
    gold()
