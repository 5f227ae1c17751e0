"""b92_04: КУ «ЦНСП» Михайлюцької сільської ради (Хмельницька), internal quality assessment of home care provided in
2024. reportlab PDF with the document's own rating bands and a criteria table. Impersonal / commission voice.
Planted slip: rating_band (Своєчасність 87,5 % rated «добре»; the document's band for «добре» is 90–100 %)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
from common import Gold, report_path, register_fonts

DOC = "b92_04_mykhailiuchka_cnsp_internal2024.pdf"
register_fonts()
N = ParagraphStyle("n", fontName="LSerif", fontSize=11, leading=14.5, firstLineIndent=10 * mm, spaceAfter=4)
C = ParagraphStyle("c", parent=N, firstLineIndent=0, alignment=1)
H = ParagraphStyle("h", parent=C, fontName="LSerif-B", fontSize=12, spaceBefore=6, spaceAfter=6)

CRIT = [("1", "Адресність та індивідуальний підхід", "96,9", "добре"),
        ("2", "Результативність", "92,2", "добре"),
        ("3", "Своєчасність", "87,5", "добре"),
        ("4", "Доступність та відкритість", "90,6", "добре"),
        ("5", "Повага до гідності отримувача", "100", "добре"),
        ("6", "Професійність", "95,3", "добре"),
        ("7", "Зручність", "76,6", "задовільно"),
        ("8", "Конфіденційність інформації", "98,4", "добре")]

story = [
    Paragraph("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»<br/>МИХАЙЛЮЦЬКОЇ СІЛЬСЬКОЇ РАДИ<br/>"
              "ШЕПЕТІВСЬКОГО РАЙОНУ ХМЕЛЬНИЦЬКОЇ ОБЛАСТІ", H),
    Paragraph("30431, с. Михайлючка, вул. Незалежності, 40; тел. (03840) 0-36-15; cnsp.mykhailiuchka@example.ua; "
              "ЄДРПОУ 43810267", C),
    Spacer(1, 4 * mm),
    Paragraph("ЗВІТ<br/>про результати внутрішньої оцінки якості соціальної послуги догляду вдома, наданої у 2024 році", H),
    Paragraph("Внутрішню оцінку якості проведено відповідно до Порядку, затвердженого постановою Кабінету Міністрів "
              "України від 01.06.2020 № 449, та наказу директора Центру від 03.02.2025 № 11-ОД комісією у складі "
              "5 осіб у період з 10 по 28 лютого 2025 року.", N),
    Paragraph("1. Загальні відомості про послугу", H),
    Paragraph("Послугу догляду вдома у 2024 році отримувало 86 осіб, з них 61 жінка та 25 чоловіків. Серед "
              "отримувачів 19 осіб проживають самотньо; середній вік отримувачів – 78 років. Протягом року на "
              "обслуговування взято 14 осіб. Надання послуги припинено 12 особам: у зв'язку зі смертю – 7, "
              "влаштуванням до будинку-інтернату – 2, переїздом до рідних за межі громади – 3.", N),
    Paragraph("Протягом 2024 року соціальними робітниками надано 9 418 послуг догляду вдома, у середньому 8 відвідувань "
              "одного отримувача на місяць. Штатна чисельність відділення соціальної допомоги вдома – 12 посад "
              "соціальних робітників, фактично працює 11. Чотири соціальні робітники у 2024 році пройшли навчання "
              "з догляду за маломобільними особами.", N),
    Paragraph("2. Методи оцінки", H),
    Paragraph("Комісія опрацювала 30 особових справ отримувачів (35 % від їх загальної кількості), провела "
              "анкетування, в якому взяли участь 64 отримувачі послуги, та 9 спостережень під час надання послуги. "
              "Скарг на якість послуги протягом 2024 року не зареєстровано.", N),
    Paragraph("Рівень якості за кожним критерієм визначався за часткою позитивних відповідей: від 90 до 100 % – "
              "«добре»; від 70 до 89,9 % – «задовільно»; менше 70 % – «незадовільно».", N),
    Paragraph("3. Результати оцінки", H),
    Paragraph("Таблиця 2. Оцінка якості за критеріями", C),
]
rows = [("№", "Критерій", "Позитивних відповідей, %", "Оцінка")] + CRIT + [("Загальна оцінка", "", "–", "добре")]
t = Table(rows, colWidths=[10 * mm, 75 * mm, 50 * mm, 30 * mm])
t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "LSerif"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                       ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (0, 9), (1, 9))]))
story += [t, Spacer(1, 4 * mm),
          Paragraph("За результатами анкетування наданою послугою повністю задоволені 89,1 % опитаних, частково "
                    "задоволені – 9,4 %, не задоволені – 1,6 % (одна особа висловила побажання щодо часу відвідувань).",
                    N),
          Paragraph("4. Висновки та рекомендації", H),
          Paragraph("Загальна оцінка якості надання соціальної послуги догляду вдома у 2024 році – «добре». Найнижчий "
                    "показник отримано за критерієм зручності.", N),
          Paragraph("Рекомендовано: 1) переглянути графіки відвідувань отримувачів у віддалених селах до 30.06.2025; "
                    "2) ввести до штатного розпису 2 додаткові посади соціальних робітників з 01.01.2026.", N),
          Spacer(1, 6 * mm),
          Paragraph("Голова комісії (підпис)", N)]


def footer(c, doc):
    c.setFont("LSerif", 9)
    c.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page}")


doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                        topMargin=18 * mm, bottomMargin=20 * mm, title="Звіт ВОЯ 2024", author="КУ ЦНСП")
doc.build(story, onFirstPage=footer, onLaterPages=footer)

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Михайлюцької сільської ради",
    "centre_type": "cnsp", "settlement": "Михайлючка", "oblast": "Хмельницька",
    "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    {"centre": ["Комунальна установа «Центр надання соціальних послуг» Михайлюцької сільської ради"]})
f = g.f
sv = f("served", "persons", 86, "Послугу догляду вдома у 2024 році отримувало 86 осіб", service="home_care")
sw = f("served", "persons", 61, "61 жінка", service="home_care", category="жінки", group="served_86_by_sex", parent=sv)
sm = f("served", "persons", 25, "25 чоловіків", service="home_care", category="чоловіки", group="served_86_by_sex",
       parent=sv)
sl = f("served", "persons", 19, "19 осіб проживають самотньо", service="home_care", category="самотньо проживаючі",
       parent=sv)
nw = f("served", "persons", 14, "на обслуговування взято 14 осіб", service="home_care",
       label="взято на обслуговування", alt=["registered_new", "support_started"], parent=sv)
cp = f("support_completed", "persons", 12, "Надання послуги припинено 12 особам", service="home_care",
       alt=["deregistered"], parent=sv)
c1 = f("outcome_other", "persons", 7, "у зв'язку зі смертю – 7", service="home_care", label="смерть",
       group="stopped_12_by_reason", parent=cp)
c2 = f("outcome_other", "persons", 2, "влаштуванням до будинку-інтернату – 2", service="home_care",
       label="влаштування до будинку-інтернату", group="stopped_12_by_reason", parent=cp)
c3 = f("outcome_other", "persons", 3, "переїздом до рідних за межі громади – 3", service="home_care",
       label="переїзд", group="stopped_12_by_reason", parent=cp)
sp = f("services_provided", "services", 9418, "надано 9 418 послуг догляду вдома", service="home_care")
pos = f("staff_positions", "positions", 12, "12 посад соціальних робітників")
act = f("staff_actual", "staff", 11, "фактично працює 11")
trn = f("staff_trained", "staff", 4, "Чотири соціальні робітники у 2024 році пройшли навчання",
        note="number in words")
sr = f("survey_respondents", "recipients", 64, "в якому взяли участь 64 отримувачі послуги", unit_alt="persons")
cm = f("complaints", "complaints", 0, "Скарг на якість послуги протягом 2024 року не зареєстровано.")
CID = ["targeting", "effectiveness", "timeliness", "accessibility", "dignity", "professionalism", "convenience",
       "confidentiality"]
SH, RT = [], []
for (n, name, pct, rating), cid in zip(CRIT, CID):
    q = f"{n}\t{name}\t{pct}\t{rating}"
    val = int(pct) if "," not in pct else float(pct.replace(",", "."))
    SH.append(f("share", "percent", val, q, criterion=cid, label="частка позитивних відповідей", alt=["satisfaction"]))
    RT.append(f("rating", "rating", "good" if rating == "добре" else "satisfactory", q, criterion=cid))
ov = f("rating", "rating", "good", "Загальна оцінка\t–\tдобре", criterion="overall")
ov2 = f("rating", "rating", "good", "Загальна оцінка якості надання соціальної послуги догляду вдома у 2024 році – «добре»",
        criterion="overall", note="the overall rating written a second time, in the conclusions")
s1 = f("satisfaction", "percent", 89.1, "повністю задоволені 89,1 % опитаних", label="повністю задоволені",
       alt=["share"])
s2 = f("share", "percent", 9.4, "частково задоволені – 9,4 %", label="частково задоволені", alt=["satisfaction"])
s3 = f("share", "percent", 1.6, "не задоволені – 1,6 %", label="не задоволені")

BANDS = "[(90, 100, 'good'), (70, 89.9, 'satisfactory'), (0, 69.9, 'unsatisfactory')]"
g.slip("rating_band", "error", "3\tСвоєчасність\t87,5\tдобре", "good", "satisfactory", [SH[2], RT[2]],
       "87,5 % falls in the document's own band 70–89,9 % = «задовільно», but the table rates it «добре»",
       f"band({SH[2]}, {BANDS}) == {RT[2]}")
ok = [i for i in range(8) if i != 2]
g.check("rating_band", "Рівень якості за кожним критерієм визначався за часткою позитивних відповідей",
        "the other seven criteria agree with the bands (96,9 92,2 90,6 100 95,3 98,4 → добре; 76,6 → задовільно)",
        " and ".join(f"band({SH[i]}, {BANDS}) == {RT[i]}" for i in ok))
g.check("percent_impossible", "в якому взяли участь 64 отримувачі послуги",
        "every criterion share is reachable with 64 respondents (62, 59, 56, 58, 64, 61, 49, 63 of 64)",
        " and ".join(f"grim_ok({s}, {sr}, 1)" for s in SH))
g.check("percents_sum", "повністю задоволені 89,1 % опитаних, частково задоволені – 9,4 %, не задоволені – 1,6 %",
        "89,1 + 9,4 + 1,6 = 100,1, within rounding (57, 6, 1 of 64)",
        f"psum_ok([{s1}, {s2}, {s3}], 1) and grim_ok({s1}, {sr}, 1) and grim_ok({s2}, {sr}, 1) and grim_ok({s3}, {sr}, 1)")
g.check("parts_sum", "з них 61 жінка та 25 чоловіків", "61 + 25 = 86", f"{sw} + {sm} == {sv}")
g.check("parts_sum", "Надання послуги припинено 12 особам", "7 + 2 + 3 = 12", f"{c1} + {c2} + {c3} == {cp}")
g.check("percent_mismatch", "Комісія опрацювала 30 особових справ отримувачів (35 % від їх загальної кількості)",
        "30 case files of 86 = 34,9 % → 35 (30 is skipped, used as a literal)", f"pct_ok(35, 30, {sv}, 0)")
g.check("parts_sum", "фактично працює 11", "11 working ≤ 12 positions; 4 trained ≤ 11; 64 surveyed ≤ 86 served",
        f"{act} <= {pos} and {trn} <= {act} and {sr} <= {sv}")

g.skip("30431, с. Михайлючка, вул. Незалежності, 40; тел. (03840) 0-36-15", [30431, 40, 3840, 3615], "postcode, address, phone")
g.skip("ЄДРПОУ 43810267", [43810267], "ЄДРПОУ")
g.skip("наданої у 2024 році", [2024], "year of the assessed period")
g.skip("від 01.06.2020 № 449", [1, 6, 2020, 449], "act date and number")
g.skip("від 03.02.2025 № 11-ОД комісією у складі 5 осіб у період з 10 по 28 лютого 2025 року",
       [3, 2, 2025, 11, 5, 10, 28, 2025], "order, commission size, assessment dates")
g.skip("середній вік отримувачів – 78 років", [78], "average age")
g.skip("у середньому 8 відвідувань одного отримувача на місяць", [8], "ratio")
g.skip("Комісія опрацювала 30 особових справ отримувачів (35 % від їх загальної кількості)", [30, 35],
       "case files studied (method, no §3 id); used as literals in a check")
g.skip("та 9 спостережень під час надання послуги", [9], "observations (method)")
g.skip("від 90 до 100 % – «добре»; від 70 до 89,9 % – «задовільно»; менше 70 % – «незадовільно»",
       [90, 100, 70, 89.9, 70], "band definitions")
g.skip("Таблиця 2. Оцінка якості за критеріями", [2], "table number")
g.skip("1\tАдресність та індивідуальний підхід\t96,9\tдобре", [1, 2, 3, 4, 5, 6, 7, 8], "row numbers")
g.skip("(одна особа висловила побажання щодо часу відвідувань)", [1], "one respondent's wish: no §3 id")
g.skip("до 30.06.2025", [30, 6, 2025], "deadline of a recommendation")
g.skip("2) ввести до штатного розпису 2 додаткові посади соціальних робітників з 01.01.2026", [2, 2, 1, 1, 2026],
       "recommendation (plan) and its number")
g.skip("1. Загальні відомості про послугу", [1, 2, 3, 4], "section numbers")
g.skip("Протягом 2024 року соціальними робітниками", [2024], "year")
g.skip("Рекомендовано: 1) переглянути", [1], "number of a recommendation")
g.note("period: the assessment covers the service provided in 2024 (carried out in February 2025)")
g.note("criterion shares → share with criterion (alt satisfaction); each table row gives a share and a rating fact, "
       "both quoted by the row as the reader prints it (cells tab-separated)")
g.note("the document defines its own bands 90–100 / 70–89,9 / <70; the slip is judged against them")
g.note("«Загальна оцінка» in the table and in the conclusions → two overall rating facts")
g.note("survey answers are bare percentages: «повністю задоволені» → satisfaction (alt share), the other two → share")
g.note("«взято на обслуговування» → served (alt registered_new, support_started); «припинено надання послуги» → "
       "support_completed (alt deregistered) with reasons as outcome_other, as in blind18")
g.note("«19 осіб проживають самотньо» overlaps the sex breakdown: parent only, no group")
g.write()
